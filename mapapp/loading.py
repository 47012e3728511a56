"""Getting a readable build on screen: build when stale, one build at a time, repair a broken one.

The Streamlit side of :mod:`pipeline.freshness`. :func:`load` is called once per script run:

* the outputs are stale by the pipeline's one rule (:func:`mapapp.data.stale_reason`) →
  they are built through :func:`mapapp.data.ensure_built` (which holds the build lock);
* another build holds the lock (the CLI, another session, the About page's button) → the
  page says "Building…" and shows the previous build, or waits for the first one, instead
  of starting a second build;
* a published file cannot be read (truncated, not JSON) → the page names the file and
  rebuilds; with ``QMAP_SKIP_BUILD=1`` it names the file and says how to rebuild;
* ``events.geojson`` or ``zones.geojson`` missing (``QMAP_SKIP_BUILD=1``) → a warning says
  the map is drawn without them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import streamlit as st

from pipeline.freshness import BuildInProgress, describe, lock_holder

from . import data

#: Seconds the first page waits for somebody else's first build before it reruns.
FIRST_BUILD_WAIT = 60.0

_MISSING_WHAT = {"events.geojson": "no events are shown",
                 "events.parquet": "the events are read from events.geojson (slower)", "zones.geojson": "no control zones are shown",
                 "places.geojson": "no places are listed", "articles.json": "no articles are listed",
                 "errors.json": "input problems are not listed"}


@st.cache_resource(show_spinner=False)
def cached_dataset(out: Path, manifest_stamp: int) -> data.Dataset:
    """The build's outputs (:func:`mapapp.data.load_dataset`), read once per server and shared by every
    session; read again whenever a new build is published (``manifest_stamp``: the manifest's mtime).
    A module's function, so :mod:`mapapp.serve` can read the build before the first page is opened."""
    return data.load_dataset(out)


def load(paths: data.Paths, read: Callable[[Path, int], data.Dataset] = cached_dataset) -> data.Dataset:
    """The dataset to show, after building or repairing the outputs when needed.

    Parameters
    ----------
    paths : mapapp.data.Paths
    read : callable
        ``read(out_dir, manifest_mtime_ns)``: the (cached) :func:`mapapp.data.load_dataset`
        (default :func:`cached_dataset`).

    Returns
    -------
    mapapp.data.Dataset
        Stops the script run (``st.stop``) when there is nothing readable to show.
    """
    _freshen(paths)
    manifest = paths.out / "manifest.json"
    if not manifest.exists():
        holder = lock_holder(paths.out)
        if holder is not None:
            _wait_for_first_build(paths, holder)
        st.error(f"No build in {paths.out}: run `python -m pipeline build` (see README).")
        st.stop()
    try:
        ds = read(paths.out, manifest.stat().st_mtime_ns)
    except data.BrokenBuild as broken:
        ds = _repair(paths, read, broken)
    for name in ds.missing:
        st.warning(f"{paths.out / name} is missing: {_MISSING_WHAT.get(name, 'it is left out')}. "
                   + ("Rebuild with `python -m pipeline build`." if paths.skip_build else "Reload to rebuild."))
    return ds


def _freshen(paths: data.Paths) -> None:
    """Build when stale; say "Building…" when another build runs."""
    if paths.skip_build:
        return
    holder = lock_holder(paths.out)
    if holder is not None:
        _building_notice(paths, holder)
        return
    reason = data.stale_reason(paths)
    if reason is None:
        return
    try:
        with st.spinner(f"Building the map data ({reason})…"):
            built = data.ensure_built(paths)
    except BuildInProgress as busy:
        _building_notice(paths, busy.holder)
        return
    if built and ("broken" in reason or "missing" in reason or "unreadable" in reason):
        st.info(f"Rebuilt the map data: {reason}.")


def _building_notice(paths: data.Paths, holder: dict) -> None:
    if (paths.out / "manifest.json").exists():
        st.info(f"Building… another build of {paths.out} is running ({describe(holder)}); the previous build "
                "is shown until it is published: reload then.")
        return
    _wait_for_first_build(paths, holder)


def _wait_for_first_build(paths: data.Paths, holder: dict) -> None:
    """Nothing to show yet: wait (a while) for the running build, then run the page again."""
    with st.spinner(f"Building the map data… (another build is running: {describe(holder)})"):
        deadline = time.monotonic() + FIRST_BUILD_WAIT
        while lock_holder(paths.out) is not None and time.monotonic() < deadline:
            time.sleep(0.5)
    if lock_holder(paths.out) is not None:
        st.info(f"Building… ({describe(holder)}); reload the page in a moment.")
        st.stop()
    st.rerun()


def _repair(paths: data.Paths, read: Callable[[Path, int], data.Dataset], broken: data.BrokenBuild) -> data.Dataset:
    """A published file is unreadable: say which, rebuild, read again."""
    if paths.skip_build:
        st.error(f"{broken}. Rebuild the outputs: `python -m pipeline build --out {paths.out}`.")
        st.stop()
    st.warning(f"{broken}: rebuilding the map data.")
    try:
        with st.spinner("Rebuilding the map data…"):
            data.ensure_built(paths, rebuild=True)
    except BuildInProgress as busy:
        st.info(f"Building… another build is running ({describe(busy.holder)}); reload when it has finished.")
        st.stop()
    manifest = paths.out / "manifest.json"
    try:
        return read(paths.out, manifest.stat().st_mtime_ns)
    except (data.BrokenBuild, OSError) as again:
        st.error(f"{again}; the rebuild did not repair it: run `python -m pipeline build --force` and see its "
                 "errors.")
        st.stop()
    raise AssertionError("unreachable")  # st.stop() raises
