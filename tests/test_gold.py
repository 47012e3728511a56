"""The hand annotation of the seed article (tests/data/gold_*.json) passes in full.

The only thing written here by hand is how the annotation's keys are spelled in this
project (gold ``southern_countryside`` is gazetteer ``qamishli_southern_countryside``...);
every expected value comes from the gold file.
"""

from __future__ import annotations

import hashlib

import pytest
from conftest import GOLD, ROOT, SEED

PLACE_IDS = {
    "qamishli": {"qamishli"},
    "qamishli_airport": {"qamishli_airport"},
    "tayy": {"tayy"},
    "wahda_roundabout": {"wahda_roundabout"},
    "security_square": {"security_square"},
    "southern_countryside": {"qamishli_southern_countryside"},
    "syria": {"syria", "northeast_syria"},
}
ACTOR_IDS = {"sdf": "sdf", "asayish": "asayish", "ndf": "ndf", "syrian_government": "syrian_government",
             "russia": "russia", "autonomous_administration": "aanes"}
SHARED = ROOT.parent / "shared"


def test_seed_is_byte_for_byte_the_shared_article():
    data = SEED.read_bytes()
    # the sha256 of the article as received; the text must never be edited
    assert hashlib.sha256(data).hexdigest() == "4c80450e1e9511646e6790930a7e3d5a9654aef0d7f0d2a51eebdccc16a7cdbe"
    shared = SHARED / "seeds" / SEED.name
    if shared.exists():
        assert data == shared.read_bytes()


def test_gold_copy_matches_shared():
    shared = SHARED / "gold" / GOLD.name.removeprefix("gold_")
    if not shared.exists():
        pytest.skip("../shared/gold not present")
    assert GOLD.read_bytes() == shared.read_bytes()


def test_article_metadata_matches_gold(seed_article, gold):
    g = gold["article"]
    assert seed_article.source == g["source"]
    assert seed_article.language == g["language"]
    assert seed_article.published.isoformat() == g["published"]
    assert "inferred" in seed_article.published_basis


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    out, i = [], text.find(surface)
    while i != -1:
        out.append((i, i + len(surface)))
        i = text.find(surface, i + 1)
    return out


@pytest.mark.parametrize("key", list(PLACE_IDS))
def test_every_gold_place_found(key, gold, seed_result, seed_article):
    place = next(p for p in gold["places"] if p["key"] == key)
    text = seed_article.text
    mine = [m for m in seed_result.mentions if m.place_id in PLACE_IDS[key]]
    assert len(mine) >= place["min_mentions"], [m.text for m in mine]
    gold_spans = [s for surface in place["surfaces"] for s in _occurrences(text, surface)]
    for m in mine:
        assert text[m.start:m.end] == m.text
        # each mention overlaps a span the annotator marked for this place
        assert any(m.start < e and s < m.end for s, e in gold_spans), (m.text, m.start)


def test_no_trap_matched(gold, seed_result, seed_article):
    text = seed_article.text
    for trap in gold["traps"]:
        for surface in [s.strip() for s in trap["surface"].split("/")]:
            for s, e in _occurrences(text, surface):
                for m in seed_result.mentions:
                    if m.start >= s and m.end <= e:
                        pytest.fail(f"trap {surface!r} yielded mention {m.text!r} ({m.place_id}): {trap['why']}")
                    if m.start < e and s < m.end and m.place_id == "tayy":
                        pytest.fail(f"trap {surface!r} overlaps a Tayy mention")
    # الوحدة is a place only inside دوار الوحدة
    for m in seed_result.mentions:
        if "الوحدة" in m.text:
            assert "دوار الوحدة" in m.text


def test_gold_actors_recognised(gold, seed_result, seed_article):
    found = {a.actor_id for a in seed_result.actors}
    for actor in gold["actors"]:
        assert ACTOR_IDS[actor["key"]] in found, actor["key"]


def _event_matches(ev, g) -> bool:
    if ev.event_type != g["event_type"] or ev.sub_event_type != g["sub_event_type"]:
        return False
    if ev.place_id not in PLACE_IDS[g["place"]]:
        return False
    if "date" in g:
        if ev.event_date.isoformat() != g["date"] or ev.date_to.isoformat() != g["date"]:
            return False
    else:
        if (ev.date_from.isoformat(), ev.date_to.isoformat()) != (g["date_from"], g["date_to"]):
            return False
    return True


def _find(events, g):
    cands = [e for e in events if _event_matches(e, g)]
    assert len(cands) == 1, f"{g['id']}: {len(cands)} candidate events"
    return cands[0]


@pytest.mark.parametrize("event_id", ["wahda_shooting", "tayy_clashes", "tayy_storming", "checkpoints_deployed",
                                      "airport_meeting", "truce_24h", "displacement"])
def test_every_gold_event_found(event_id, gold, seed_result, seed_article):
    g = next(e for e in gold["events"] if e["id"] == event_id)
    ev = _find(seed_result.events, g)
    text = seed_article.text
    assert ev.evidence == text[ev.start:ev.end]
    spans = [(ev.start, ev.end)] + [tuple(s) for s in ev.more_evidence]
    assert any(g["evidence"] in text[s:e] for s, e in spans), "gold evidence not among the event's sentences"
    if "actor1" in g:
        assert ev.actor1_id == ACTOR_IDS[g["actor1"]]
    if "actor2" in g:
        assert ev.actor2_id == ACTOR_IDS[g["actor2"]]
    if "mediator" in g:
        assert ev.mediator.startswith("Military Forces of Russia")
    if "fatalities" in g:
        assert ev.fatalities == g["fatalities"]
    if "part_of_day" in g:
        assert ev.part_of_day == g["part_of_day"]
    if "duration_hours" in g:
        assert ev.duration_hours == g["duration_hours"]
    for tag in g.get("tags", []):
        assert tag in ev.tags
    assert ev.latitude is not None and ev.geo_precision in (1, 2, 3)


def test_reported_tolls_go_to_the_clash_episode_once(gold, seed_result):
    """'NDF announced 3 killed; more than 15 wounded' is the toll of the two-day clashes."""
    g = next(e for e in gold["events"] if e["id"] == "tayy_clashes")
    assert "3" in g["fatalities_reported"] and "15" in g["fatalities_reported"]
    ev = _find(seed_result.events, g)
    assert ev.fatalities == 3
    assert ev.injuries == 15 and "أكثر من 15" in ev.injuries_text
    storming = _find(seed_result.events, next(e for e in gold["events"] if e["id"] == "tayy_storming"))
    assert storming.fatalities == 0  # not counted twice
    assert sum(e.fatalities for e in seed_result.events) == 3 + 1


def test_displacement_counts_dozens_of_families(gold, seed_result):
    g = next(e for e in gold["events"] if e["id"] == "displacement")
    ev = _find(seed_result.events, g)
    assert ev.displaced >= 20 and "عشرات العوائل" in ev.displaced_text


def test_no_event_from_negated_or_aimed_triggers(seed_result):
    """'دون التوصل لاتفاق' is no agreement; 'بهدف وقف الاشتباكات' is no clash."""
    agreements = [e for e in seed_result.events if e.sub_event_type == "Agreement"]
    assert len(agreements) == 1
    assert all("بهدف وقف" not in e.evidence or e.sub_event_type == "Agreement" for e in seed_result.events)


def test_control_statement_matches_gold(gold, seed_result):
    claims = {(c.controller_id, c.place_id) for c in seed_result.control}
    for g in gold["control"]:
        controller = ACTOR_IDS[g["controller"]]
        if g["area"] in PLACE_IDS:
            assert any((controller, pid) in claims for pid in PLACE_IDS[g["area"]]), g
        else:  # "most of Qamishli city and its countryside"
            c = next(c for c in seed_result.control if c.controller_id == controller)
            assert c.place_id == "qamishli" and c.qualifier == "most of"
    assert all(c.as_of.isoformat() == "2021-04-22" for c in seed_result.control)
