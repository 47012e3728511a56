"""Qamishli conflict-map pipeline: Arabic news articles → geocoded, evidenced events.

Stages (each a module): :mod:`~pipeline.articles` (read) → :mod:`~pipeline.arabic`
(normalise) → :mod:`~pipeline.places` (find places and actors) →
:mod:`~pipeline.gazetteer` (resolve) → :mod:`~pipeline.dates` and
:mod:`~pipeline.events` (extract) → :mod:`~pipeline.output` (write).
:func:`pipeline.core.Pipeline.process` runs them on one article;
:func:`pipeline.build.build` on a folder. Nothing here imports streamlit.
"""

__version__ = "0.1.0"
