"""Serve the app ready for its first analyst: ``python -m mapapp.serve [streamlit run options]``.

``streamlit run app.py`` does the app's start-up work on the first page anyone opens: it
imports the app's libraries (pandas, folium, streamlit-folium, DuckDB, the ``mapapp``
modules: ~0.8 s of CPU), reads the build (:func:`mapapp.loading.cached_dataset`) and makes
the map's first symbol layer, so the first analyst waits for all of it. This launcher does
that work before the server listens, then starts Streamlit in the same process (the same
as ``streamlit run app.py`` with the options given, e.g. ``--server.port 8501``): the first
page finds the libraries imported, the build read and the opening view's symbols made
(:meth:`mapapp.store.EventStore.shared`, the cache every session shares). It also turns
Streamlit's watching of the app's source files off (:data:`SERVE_OPTIONS`).

What it warms is what the app would make anyway, with the same functions and keys; when
the outputs are missing or stale (and ``QMAP_SKIP_BUILD`` is not set) nothing is read here:
the first page builds, as with ``streamlit run``. A broken build is logged and the server
starts all the same (the app names the broken file on its page).
"""

from __future__ import annotations

import ast
import gc
import logging
import sys
import time
from pathlib import Path

log = logging.getLogger(__name__)

#: The Streamlit script this launcher serves.
APP = Path(__file__).resolve().parent.parent / "app.py"


#: Modules left to the app's first run: a Streamlit component registers itself with the server's
#: runtime when its module is imported inside a script run, and only then (imported here, before the
#: server exists, streamlit-folium's map would never be registered and its frame would not load).
#: Their own imports (folium, branca, Streamlit's component API) are made here all the same.
FIRST_RUN_IMPORTS = frozenset({"streamlit_folium"})


#: Streamlit options the launcher sets unless its command line sets them. No file watching: every new
#: session otherwise walks the path of every loaded module to watch the app's sources for edits
#: (~0.17 s of server CPU a session's first page at 100k events); a server for analysts is restarted
#: to take new code (a new build is still picked up: the app checks the build's manifest every run).
SERVE_OPTIONS = {"--server.fileWatcherType": "none"}


def streamlit_args(args: list[str]) -> list[str]:
    """``args`` with the :data:`SERVE_OPTIONS` they do not set themselves."""
    out = list(args)
    for opt, value in SERVE_OPTIONS.items():
        if not any(a == opt or a.startswith(opt + "=") for a in args):
            out += [opt, value]
    return out


def import_app_modules(app: Path = APP, later: frozenset[str] = FIRST_RUN_IMPORTS) -> list[str]:
    """Run the module-level imports of ``app`` (its ``import`` and ``from … import`` lines), so its
    first run finds them in ``sys.modules``; the list is read from the script, never copied.

    Parameters
    ----------
    app : Path
        The Streamlit script.
    later : frozenset of str
        Top-level modules not imported here (:data:`FIRST_RUN_IMPORTS`).

    Returns
    -------
    list of str
        The modules imported (as the script names them).
    """
    tree = ast.parse(app.read_text(encoding="utf-8"), str(app))
    done = []
    for node in tree.body:
        if not isinstance(node, ast.Import | ast.ImportFrom) or getattr(node, "module", None) == "__future__":
            continue
        names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
        if any(n.split(".")[0] in later for n in names):
            continue
        exec(compile(ast.Module(body=[node], type_ignores=[]), str(app), "exec"), {})  # noqa: S102 (the app's own imports)
        done += names
    import streamlit.components.v1  # noqa: F401 (what a component module imports)

    return done


def warm() -> bool:
    """Read the build and make the map's opening view as the app's first run would.

    Returns
    -------
    bool
        True when the build was read and the opening view made; False when there is no
        readable, fresh build to read (the first page builds it).
    """
    from . import data, loading, mapview
    from .filters import Filters

    paths = data.paths()
    manifest = paths.out / "manifest.json"
    if not manifest.exists() or (not paths.skip_build and data.stale_reason(paths) is not None):
        log.info("no fresh build in %s: the first page builds it", paths.out)
        return False
    ds = loading.cached_dataset(paths.out, manifest.stat().st_mtime_ns)
    f = Filters(*ds.default_range)  # the filters a page opened without any in its address shows
    ds.options  # noqa: B018 (the filter choices, read once)
    groups = mapview.store_groups(ds.store, f, ds.truce_status, (), ds.with_further)  # as the Map asks for them
    mapview.dynamic_layers(None, ds.zones, ds.places, f.as_of, groups=groups, place_counts=ds.store.place_counts(f))
    return True


def main(argv: list[str] | None = None) -> None:
    """Warm up (:func:`import_app_modules`, :func:`warm`), then run ``streamlit run app.py`` with ``argv``."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    args = sys.argv[1:] if argv is None else argv
    from .arenas import limit_arenas

    limit_arenas()  # before the server's threads allocate (mapapp.arenas)
    t = time.perf_counter()
    import_app_modules()
    from .data import BrokenBuild
    from .store import StoreError

    try:
        warmed = warm()
    except (BrokenBuild, StoreError, OSError, ValueError) as e:  # the app names it on its page: start the server
        log.warning("warming up failed (%s); the first page will do the work", e)
        warmed = False
    # Streamlit collects garbage after every script run (runner.postScriptGC), a full collection that walks
    # every object the server holds: the libraries and the build loaded above are there for the server's
    # life, so they are frozen out of those walks (~0.1 s of CPU a run at 100k events)
    gc.collect()
    gc.freeze()
    log.info("ready in %.1f s (%s; %d objects frozen out of the collector's walks)", time.perf_counter() - t,
             "build read, opening view made" if warmed else "imports only", gc.get_freeze_count())
    from streamlit.web import cli

    cli.main(["run", str(APP), *streamlit_args(args)], prog_name="streamlit")


if __name__ == "__main__":
    main()
