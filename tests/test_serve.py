"""The launcher (mapapp/serve.py): the app's start-up work done before the server listens."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

from mapapp import data, loading, mapview, serve


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory):
    from pipeline.build import build

    out = tmp_path_factory.mktemp("serve") / "out"
    build(ROOT / "seeds", ROOT / "geo", out, progress=False, curated_dir=ROOT / "curated")  # as the app builds
    return out


def test_the_apps_own_imports_are_made_and_a_components_module_is_left_to_the_first_run(tmp_path, monkeypatch):
    (tmp_path / "qserve_one.py").write_text("X = 1\n", encoding="utf-8")
    (tmp_path / "qserve_pkg").mkdir()
    (tmp_path / "qserve_pkg" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "qserve_pkg" / "part.py").write_text("Y = 2\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    app = tmp_path / "app.py"
    app.write_text("from __future__ import annotations\nimport qserve_one\nfrom qserve_pkg import part\n"
                   "from streamlit_folium import st_folium\nraise SystemExit('the script itself ran')\n",
                   encoding="utf-8")
    for name in ("qserve_one", "qserve_pkg", "qserve_pkg.part"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    done = serve.import_app_modules(app)
    assert done == ["qserve_one", "qserve_pkg"]  # no streamlit_folium: it registers its map with the server on import
    assert "qserve_one" in sys.modules and "qserve_pkg.part" in sys.modules


def test_the_first_page_finds_the_build_read_and_its_opening_view_made(out_dir, monkeypatch, restore_folium):
    """After :func:`serve.warm`, the app's first run (AppTest) neither reads the build again nor makes the
    opening view's symbols: it shows what the warm-up made, the page the same as without it."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("QMAP_OUT", str(out_dir))
    monkeypatch.setenv("QMAP_SKIP_BUILD", "1")
    monkeypatch.setenv("QMAP_TILES", "none")
    st.cache_resource.clear()
    try:
        assert serve.warm()
        made = []
        real = mapview.symbol_data
        monkeypatch.setattr(mapview, "symbol_data", lambda groups: made.append(len(groups)) or real(groups))
        monkeypatch.setattr(data, "load_dataset", lambda out: pytest.fail("the build was read again"))
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.query_params["view"] = "Map"
        at.run()
        assert not at.exception
        assert any("of 36 events" in m.value for m in at.markdown)
        assert made == []  # the opening view's symbols were the warm-up's
    finally:
        st.cache_resource.clear()


def test_without_a_build_nothing_is_read_and_the_first_page_builds(tmp_path, monkeypatch):
    monkeypatch.setenv("QMAP_OUT", str(tmp_path / "none"))
    monkeypatch.setenv("QMAP_SKIP_BUILD", "1")
    monkeypatch.setattr(loading, "cached_dataset", lambda *a: pytest.fail("read a build that is not there"))
    assert serve.warm() is False


def test_main_warms_up_then_runs_streamlit_with_the_options_given(monkeypatch):
    from streamlit.web import cli

    calls = []
    monkeypatch.setattr(serve, "import_app_modules", lambda: calls.append("imports"))
    monkeypatch.setattr(serve, "warm", lambda: calls.append("warm") or True)
    monkeypatch.setattr(serve.gc, "freeze", lambda: calls.append("freeze"))  # (not this test process)
    monkeypatch.setattr(cli, "main", lambda args, prog_name: calls.append((prog_name, args)))
    serve.main(["--server.port", "8999"])
    assert calls == ["imports", "warm", "freeze", ("streamlit", ["run", str(ROOT / "app.py"), "--server.port", "8999",
                                                                 "--server.fileWatcherType", "none"])]
    calls.clear()
    serve.main(["--server.fileWatcherType=auto"])  # an option given is kept, never doubled
    assert calls[-1] == ("streamlit", ["run", str(ROOT / "app.py"), "--server.fileWatcherType=auto"])

    def broken():
        raise data.BrokenBuild(ROOT / "build" / "events.parquet", "truncated")

    calls.clear()
    monkeypatch.setattr(serve, "warm", broken)
    serve.main([])  # a broken build: logged, and the server starts all the same (the page names the file)
    assert calls[-1] == ("streamlit", ["run", str(ROOT / "app.py"), "--server.fileWatcherType", "none"])
