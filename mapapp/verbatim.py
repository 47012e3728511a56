"""folium's rendered JavaScript and HTML go into the page verbatim, never through Jinja again.

branca (folium's base) renders an element's ``header``/``html``/``script`` macros, then
wraps each *result* in a new ``Element``, whose constructor compiles that result as a
Jinja template, and renders it again (``MacroElement.render``; ``Popup.render`` likewise).
Two consequences for this app, whose layers carry article sentences and analysts' notes:

* **Text was run as a template.** A sentence containing ``{{ 7*7 }}`` showed ``49``, a
  stray ``{%`` broke the whole map, and Jinja (unsandboxed) could reach Python objects
  from text a report supplied.
* **Every rerun paid for compiling megabytes.** Lexing the symbol and zone layers' data as
  templates was ~40 % of a Map rerun at 12k events (``benchmarks/bench_map.py --profile``),
  on every slider move of every session.

:func:`install` (called when :mod:`mapapp.mapview` is imported) replaces those two render
methods with ones that add the rendered text as a :class:`Verbatim` element. Elements are
rendered as before otherwise (same macros, same order, same names), so the page is the same
apart from Jinja's habit of dropping one trailing newline. Idempotent and thread-safe
(the methods are replaced once, before any session renders).
"""

from __future__ import annotations

import threading

import folium.map
from branca.element import Element, Figure, MacroElement

_lock = threading.Lock()
_installed = False


class Verbatim(Element):
    """Rendered text, returned as it is (no template)."""

    def __init__(self, text: str):
        super().__init__()
        self._name = "Verbatim"
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


def figure_of(element: Element) -> Figure:
    """The page an element is drawn into: the ``Figure`` at the root of its tree (a folium Map's page).

    Parameters
    ----------
    element : branca.element.Element
        A folium map or any element added to one.

    Returns
    -------
    branca.element.Figure
        Its root, whose ``header``, ``html`` and ``script`` take what the page adds
        (typed ``Element`` by branca's ``get_root``; a Map is always made inside a Figure).

    Raises
    ------
    TypeError
        The element is not inside a Figure.
    """
    figure = element.get_root()
    if not isinstance(figure, Figure):
        raise TypeError(f"{type(element).__name__} can be rendered only inside a Figure (a folium Map)")
    return figure


def _macro_render(self: MacroElement, **kwargs) -> None:
    figure = figure_of(self)
    macros = self._template.module.__dict__
    for part in ("header", "html", "script"):
        macro = macros.get(part)
        if macro is not None:
            getattr(figure, part).add_child(Verbatim(str(macro(self, kwargs))), name=self.get_name())
    for child in list(self._children.values()):
        child.render(**kwargs)


def _popup_render(self: folium.map.Popup, **kwargs) -> None:
    for child in list(self._children.values()):
        child.render(**kwargs)
    figure_of(self).script.add_child(Verbatim(self._template.render(this=self, kwargs=kwargs)), name=self.get_name())


def install() -> None:
    """Make branca's ``MacroElement`` and folium's ``Popup`` add their output verbatim (once)."""
    global _installed
    with _lock:
        if _installed:
            return
        MacroElement.render = _macro_render  # type: ignore[method-assign]
        folium.map.Popup.render = _popup_render  # type: ignore[method-assign]
        _installed = True
