"""Hostile input, third pass: what a crafted or mistaken input cell does in the app's HTML.

Each test reproduces one defect found by probing copies in ``tmp_path``.
"""

from __future__ import annotations

import csv
import io
import shutil

import pandas as pd
import pytest
from conftest import ROOT

#: Markdown behind a blank line: after it, Streamlit's Markdown is no longer in the HTML block the
#: sink opened, so the image would be fetched from another machine and the text set in bold.
BREAKOUT = "\n\n![x](http://tracker.test/p.png) **bold**\r\rmore"


def _one_html_block(markup: str) -> bool:
    """Whether ``markup``, given to ``st.markdown(…, unsafe_allow_html=True)``, is read as HTML only.

    CommonMark (Streamlit's Markdown) reads a block that opens with ``<div``, ``<table`` or
    ``<style>`` as raw HTML up to a blank line (``<style>``: up to the line holding ``</style>``);
    what follows is Markdown again. A block with no line ending (LF or CR) at all stays HTML.
    """
    return markup.lstrip().startswith("<") and "\n" not in markup and "\r" not in markup


# --------------------------------------------------------------------------- line breaks in the app's HTML blocks

def test_feed_truce_and_review_html_blocks_hold_no_line_break():
    """A gazetteer name, an outlet, a curated sentence with a blank line (a quoted CSV cell, a TOML
    ``\\n``) ended the Feed row's, the truce table's and the Review sentence's HTML block: the rest
    was Markdown, and the browser fetched ``![x](http://…)`` from elsewhere (seen in Chromium)."""
    from mapapp.feedview import row_html
    from mapapp.reviewview import highlight_sentence
    from mapapp.timeline_view import truce_table_html

    row = {"event_type": "Battles", "sub_event_type": "Armed clash", "actor1": "SDF", "actor2": "NDF",
           "location": "Tayy" + BREAKOUT, "source": "Outlet" + BREAKOUT, "date_from": "2021-04-23",
           "date_to": "2021-04-23", "review_status": "unreviewed", "fatalities": 1}
    table = pd.DataFrame([{"status": "held", "parties": "SDF and NDF", "place": "Tayy" + BREAKOUT, "violations": 0}])
    sentence = highlight_sentence({"evidence": "Clashes in Tayy." + BREAKOUT}, None)
    for markup in (row_html(row), truce_table_html(table), f'<div class="qarticle" dir="ltr">{sentence}</div>'):
        assert _one_html_block(markup), markup
        assert "![x](http://tracker.test/p.png)" in markup  # the text is still shown, as written
    assert "&lt;b&gt;" in row_html({**row, "location": "<b>"})  # and still escaped


@pytest.fixture
def breakout_build(tmp_path):
    """A build whose gazetteer writes Tayy's English name with a blank line in it (a quoted cell)."""
    from pipeline.build import build

    geo = tmp_path / "geo"
    shutil.copytree(ROOT / "geo", geo)
    rows = list(csv.reader(io.StringIO((geo / "gazetteer.csv").read_text(encoding="utf-8"))))
    for r in rows:
        if r[0] == "tayy":
            r[2] += BREAKOUT
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    (geo / "gazetteer.csv").write_text(buf.getvalue(), encoding="utf-8")
    out = tmp_path / "out"
    build(ROOT / "seeds", geo, out, curated_dir=ROOT / "curated", progress=False)
    return out


@pytest.mark.parametrize("view", ["Feed", "Timeline"])
def test_a_place_name_with_a_blank_line_stays_text_on_the_page(breakout_build, view, monkeypatch, restore_folium):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("QMAP_OUT", str(breakout_build))
    monkeypatch.setenv("QMAP_SKIP_BUILD", "1")
    monkeypatch.setenv("QMAP_TILES", "none")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params.update({"view": view, "from": "2021-04-19", "to": "2021-04-28"})
    at.run()
    assert not at.exception
    shown = [m.value for m in at.markdown if "tracker.test" in m.value]
    assert shown, "Tayy's name is on the page"
    assert all(_one_html_block(v) for v in shown), shown
