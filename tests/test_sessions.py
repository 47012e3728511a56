"""Concurrent analysts (issue 13 item 5): what one server holds once, and what each session holds.

Sessions are simulated with ``streamlit.testing.v1.AppTest`` (no browser): every
``AppTest`` is a session of its own, and all of them share this process's
``st.cache_resource``, as the sessions of one ``streamlit run`` share the server's.
``benchmarks/bench_sessions.py`` measures the real thing (10 browsers on one server).
"""

from __future__ import annotations

import pickle
import shutil

import numpy as np
import pandas as pd
import pytest
from conftest import ROOT
from streamlit.testing.v1 import AppTest


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from pipeline.build import build

    out = tmp_path_factory.mktemp("sessions") / "out"
    build(ROOT / "seeds", ROOT / "geo", out, progress=False)
    return out


@pytest.fixture
def session(built, tmp_path, monkeypatch, restore_folium):
    """``session()`` -> a new AppTest session on the Map view of a copy of the build (a path no
    other test has loaded, so the server-wide cache starts without it)."""
    out = tmp_path / "out"
    shutil.copytree(built, out, symlinks=True)
    monkeypatch.setenv("QMAP_OUT", str(out))
    monkeypatch.setenv("QMAP_SKIP_BUILD", "1")
    monkeypatch.setenv("QMAP_TILES", "none")

    def make() -> AppTest:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.query_params["view"] = "Map"
        return at

    return make


def _move_end_back(at: AppTest) -> None:
    s = at.slider(key="dates")
    lo, hi = s.value
    s.set_value((lo, hi - pd.Timedelta(days=1).to_pytimedelta())).run()


def test_sessions_read_the_build_once(session, monkeypatch):
    from mapapp import data

    reads = []
    real = data.load_dataset
    monkeypatch.setattr(data, "load_dataset", lambda *a, **k: reads.append(a) or real(*a, **k))
    first, second = session(), session()
    first.run()
    second.run()
    _move_end_back(first)
    _move_end_back(second)
    assert not first.exception and not second.exception
    assert len(reads) == 1, f"the build was read {len(reads)} times for two sessions"


def _sized(value) -> bool:
    """A value whose size follows the data (a frame, an array, file bytes)."""
    return isinstance(value, pd.DataFrame | pd.Series | np.ndarray) or (
        isinstance(value, bytes | bytearray) and len(value) > 1024)


def test_session_state_stays_small_and_exports_are_made_on_request(session, monkeypatch):
    from mapapp import exports

    made = []
    for name in ("events_geojson", "acled_csv"):
        real = getattr(exports, name)
        monkeypatch.setattr(exports, name, lambda *a, _real=real, _name=name, **k: made.append(_name) or _real(*a, **k))
    at = session().run()
    _move_end_back(at)
    _move_end_back(at)
    assert not at.exception
    assert made == [], "a slider move made the export files (seconds per move at 10k events)"
    prepare = next(b for b in at.button if b.label == "Prepare ACLED CSV")
    prepare.click().run()
    assert made == ["acled_csv"]
    assert any(getattr(e.proto, "label", "") == "ACLED CSV" for e in at.get("download_button"))
    state = at.session_state.to_dict()
    big = {k: type(v).__name__ for k, v in state.items() if _sized(v)}
    assert not big, f"session_state holds data-sized values: {big}"
    assert len(pickle.dumps({k: v for k, v in state.items()})) < 20_000
    _move_end_back(at)  # new filters: the prepared file is not theirs, so it is offered again, not remade
    assert made == ["acled_csv"]
    assert any(b.label == "Prepare ACLED CSV" for b in at.button)


def test_at_most_the_slots_draw_at_once():
    import threading
    import time

    from mapapp import concurrency

    inside, peak, lock = [0], [0], threading.Lock()

    def draw():
        with concurrency.map_slot():
            with lock:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
            time.sleep(0.05)
            with lock:
                inside[0] -= 1

    threads = [threading.Thread(target=draw) for _ in range(3 * concurrency.SLOTS + 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert peak[0] == concurrency.SLOTS and concurrency.active() == 0


def test_the_map_is_drawn_inside_a_slot(session, monkeypatch):
    from mapapp import concurrency, mapview

    seen = []
    real = mapview.dynamic_layers
    monkeypatch.setattr(mapview, "dynamic_layers",
                        lambda *a, **k: seen.append(concurrency.active()) or real(*a, **k))
    at = session().run()
    assert not at.exception
    assert seen and all(n >= 1 for n in seen)
    assert concurrency.active() == 0  # released when the run ended
