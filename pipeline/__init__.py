"""Qamishli conflict-map pipeline: Arabic news articles → geocoded, evidenced events.

Stages (each a module): :mod:`~pipeline.articles` (read) → :mod:`~pipeline.arabic`
(normalise) → :mod:`~pipeline.places` (find places and actors) →
:mod:`~pipeline.gazetteer` (resolve) → :mod:`~pipeline.dates` and
:mod:`~pipeline.events` (extract) → :mod:`~pipeline.merge` (one event, many reports) →
:mod:`~pipeline.truces` → :mod:`~pipeline.output` (write).
:func:`pipeline.core.Pipeline.process` runs them on one article;
:func:`pipeline.build.build` on a folder. Nothing here imports streamlit.
See ``docs/architecture.md`` for the flow and which module owns which fact.

``__version__`` comes from one place, ``pyproject.toml``: read from the file in a source
checkout (so an editable install never reports a stale version), else from the installed
package's metadata.
"""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "qamishli-conflict-map"


def _version() -> str:
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
    except (OSError, tomllib.TOMLDecodeError):
        project = {}
    if project.get("name") == DISTRIBUTION and project.get("version"):
        return str(project["version"])
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"


__version__ = _version()
