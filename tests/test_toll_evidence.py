"""A toll told in another sentence is part of the event's evidence (pipeline/tollevidence.py), and the
popup and the Review page show that sentence.

New-user probe: an unreviewed event "20–21 Apr, Tayy, 3 killed, 15 injured" showed a sentence saying only
that clashes escalated; the 3 dead came from the next sentence (the NDF's own announcement). The Arabic
rules keep that sentence in ``more_evidence``; the English ones did not, and no view showed it.
Test sentences are our own words.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import app_runner

from pipeline.records import Article

EN = ("Heavy fighting broke out on Monday night between the Asayish and the National Defence Forces in the Tayy "
      "neighbourhood of Qamishli, a resident told our reporter.\nThe NDF later said on its website that four of its "
      "gunmen had died, and medics counted more than twenty wounded on both sides.\nShops in the city centre stayed "
      "shut on Tuesday.")
#: "three" twice: the toll's sentence is the one nearest the event's, not the first that holds the word
EN_TWICE = ("Residents of Halko said the streets had been calm for three weeks.\nAsayish units and NDF gunmen fought "
            "for hours on Sunday in the Halko district of Qamishli.\nA local monitor said three fighters lost their "
            "lives and two others were hurt.\nThe clashes ended before dawn.")


def _events(pipeline, text: str, language: str = "en"):
    art = Article(id="t", path="<test>", text=text, published=dt.date(2021, 4, 22), source="test", language=language)
    return pipeline.process(art).events


def _sentences(text: str, e) -> list[str]:
    return [text[s:t] for s, t in e.more_evidence]


def test_a_toll_told_in_the_next_sentence_joins_the_events_evidence(pipeline):
    (clash,) = [e for e in _events(pipeline, EN) if e.sub_event_type == "Armed clash"]
    assert (clash.fatalities, clash.injuries) == (4, 20) and "four" not in clash.evidence
    further = _sentences(EN, clash)
    assert any("four of its gunmen had died" in s and "more than twenty wounded" in s for s in further)
    assert not any("Shops" in s for s in further)  # only the sentence that states the toll
    assert all(EN[s:t].strip() == EN[s:t] for s, t in clash.more_evidence)  # a whole sentence, no edge blanks


def test_the_tolls_sentence_is_the_nearest_one_that_states_it(pipeline):
    (clash,) = [e for e in _events(pipeline, EN_TWICE) if e.sub_event_type == "Armed clash"]
    assert clash.fatalities == 3
    further = _sentences(EN_TWICE, clash)
    assert any("three fighters lost their lives" in s for s in further)
    assert not any("three weeks" in s for s in further)


def test_every_extracted_toll_is_in_the_events_own_sentences(pipeline, seed_article):
    """On the seed article and on these texts, each toll's words are in the evidence or a further sentence."""
    for text, events in ((seed_article.text, pipeline.process(seed_article).events), (EN, _events(pipeline, EN)),
                         (EN_TWICE, _events(pipeline, EN_TWICE))):
        for e in events:
            for said in (e.fatalities_text, e.injuries_text):
                if said:
                    assert said in e.evidence or any(said in s for s in _sentences(text, e)), (said, e.evidence)


@pytest.fixture(scope="module")
def with_english(tmp_path_factory):
    from conftest import seed_plus_report

    return seed_plus_report(tmp_path_factory.mktemp("toll_evidence"), EN, dt.date(2021, 4, 27))


def test_the_popup_and_review_show_the_sentence_the_toll_comes_from(with_english, monkeypatch, restore_folium):
    """The map popup shows, under the event's sentence, the sentence its toll comes from (marked as such);
    the Review page shows it under the highlighted sentence."""
    import re

    from mapapp import mapview

    feats = json.loads((with_english / "events.geojson").read_text(encoding="utf-8"))["features"]
    clash = next(f["properties"] for f in feats if f["properties"]["fatalities"] == 4)
    app = app_runner(monkeypatch, with_english)
    at = app(view="Map", event=clash["event_id"], **{"from": "2021-04-26", "to": "2021-04-27"}).run()
    assert not at.exception
    els = [e for e in at.get("component_instance") if getattr(e.proto, "component_name", "").endswith("st_folium")]
    fg = json.loads(els[0].proto.json_args)["feature_group"]
    popups = " ".join(d["popup"] for b in re.findall(r'\}\)\("([A-Za-z0-9+/=]+)"\);', fg)
                      for d in mapview.unpack_json(b))
    block = popups[popups.index(f'data-event-id="{clash["event_id"]}"'):]
    assert "the toll is from another sentence of the article" in block
    assert "four of its gunmen had died" in block and block.index("Heavy fighting") < block.index("four of its gunmen")
    at = app(view="Review", review=clash["event_id"]).run()
    assert not at.exception
    page = " ".join(m.value for m in at.markdown)
    assert "the toll is from another sentence of the article" in page and "four of its gunmen had died" in page
