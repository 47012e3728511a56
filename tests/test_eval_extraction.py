"""The report scorer of benchmarks/eval_extraction.py on a hand-made case: which extracted
events match which gold events, and what counts against precision, recall, places and traps."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def ev():
    from benchmarks import eval_extraction

    return eval_extraction


# a gazetteer stand-in: the scorer only reads ids, names and aliases
class _Place:
    def __init__(self, id, name_en, name_ar, aliases=()):
        self.id, self.name_en, self.name_ar, self.aliases = id, name_en, name_ar, list(aliases)


class _Gaz:
    places = {p.id: p for p in [
        _Place("qamishli", "Qamishli", "القامشلي", ["Qamishlo"]),
        _Place("qamishli_subdistrict", "Qamishli subdistrict", "ناحية القامشلي"),
        _Place("tayy", "Tayy neighbourhood", "حي طي", ["حي طي", "al-Tay"]),
        _Place("tal_tamr", "Tal Tamr", "تل تمر", ["تل تمر", "Tell Tamer"]),
    ]}


TEXT = "قتل عنصر في حي طي. وسقطت قذيفة على قرية دوكركا. وقال تلفزيون سوريا إن الهدوء عاد."


def _span(s):
    return TEXT.index(s), TEXT.index(s) + len(s)


TAYY, VILLAGE, OUTLET = _span("حي طي"), _span("قرية دوكركا"), _span("تلفزيون سوريا")
S0, S1, S2 = _span("قتل عنصر في حي طي."), _span("وسقطت قذيفة على قرية دوكركا."), _span("وقال تلفزيون سوريا إن الهدوء عاد.")
GOLD = {
    "id": "t1", "language": "ar", "published": "2021-04-23",
    "sentences": [list(S0), list(S1), list(S2)],
    "events": [
        {"event_type": "Battles", "sub_event_type": "Armed clash", "date_from": "2021-04-22",
         "date_to": "2021-04-22", "place": "tayy", "fatalities": 1, "injuries": None, "sentence": 0},
        {"event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack",
         "date_from": "2021-04-20", "date_to": "2021-04-21", "place": {"name": "دوكركا", "within": "qamishli_subdistrict"},
         "fatalities": 0, "injuries": None, "sentence": 1},
    ],
    "places": [{"text": "حي طي", "start": TAYY[0], "end": TAYY[1], "place": "tayy"},
               {"text": "قرية دوكركا", "start": VILLAGE[0], "end": VILLAGE[1],
                "place": {"name": "دوكركا", "within": "qamishli_subdistrict"}}],
    "traps": [{"text": "تلفزيون سوريا", "start": OUTLET[0], "end": OUTLET[1], "kind": "outlet"}],
    "not_events": [{"sentence": 2, "why": "statement"}],
}


def _event(type_, date_from, place_id, start, date_to=None, fatalities=None, **kw):
    return {"event_type": type_, "sub_event_type": kw.pop("sub", ""), "date_from": date_from,
            "date_to": date_to or date_from, "place_id": place_id, "fatalities": fatalities, "start": start,
            "end": start + 5, **kw}


def test_the_hand_made_case_scores_as_a_coder_would(ev):
    index = ev.name_index(_Gaz())
    result = {
        "events": [
            _event("Battles", "2021-04-22", "tayy", S0[0], fatalities=2),          # the clash
            _event("Battles", "2021-04-22", "tayy", S0[0], fatalities=2),          # a duplicate: false
            _event("Explosions/Remote violence", "2021-04-21", "qamishli", S1[0]),  # snapped to the city: false
            _event("Battles", "2021-04-23", "qamishli", S2[0]),                    # from the statement: false
        ],
        "mentions": [{"start": TAYY[0], "end": TAYY[1], "place_id": "tayy"},
                     {"start": VILLAGE[0] + 5, "end": VILLAGE[1], "place_id": "qamishli"},
                     {"start": OUTLET[1] - 5, "end": OUTLET[1], "place_id": "syria"}],
        "unresolved": [],
    }
    s = ev.score_report(GOLD, result, index)
    assert len(s.pairs) == 1 and s.pairs[0][0] == 0
    assert [g["sentence"] for g in s.missed] == [1]
    assert len(s.false) == 3
    assert s.on_non_event == [3]
    assert s.place_hits == [True, False]
    assert [t["kind"] for t, _ in s.violations] == ["outlet"]
    rows = ev.tally([s])
    assert (rows["all"].gold, rows["all"].extracted, rows["all"].matched) == (2, 4, 1)
    assert (rows["all"].tolls, rows["all"].tolls_right) == (1, 0)  # 2 killed for 1
    assert (rows["all"].places, rows["all"].places_right) == (2, 1)
    assert (rows["all"].traps, rows["all"].violations) == (1, 1)
    battles = rows["type:Battles"]
    assert (battles.gold, battles.extracted, battles.matched) == (1, 3, 1)


def test_unknown_village_accepts_the_enclosing_area_or_a_gazetteer_row_of_that_name(ev):
    index = ev.name_index(_Gaz())
    gold = GOLD["events"][1]
    shell = "Explosions/Remote violence"
    assert ev.event_matches(gold, _event(shell, "2021-04-20", "qamishli_subdistrict", 30), index)
    assert not ev.event_matches(gold, _event(shell, "2021-04-20", "qamishli", 30), index)
    assert ev.event_matches(gold, _event(shell, "2021-04-20", "qamishli", 30, unresolved_name="دوكركا"), index)
    tal_tamr = dict(gold, place={"name": "بلدة تل تمر", "within": "hasakah_governorate"})
    assert ev.event_matches(tal_tamr, _event(shell, "2021-04-21", "tal_tamr", 30), index)
    english = dict(gold, place={"name": "Tal Tamr", "within": "hasakah_governorate"})
    assert ev.event_matches(english, _event(shell, "2021-04-21", "tal_tamr", 30), index)
    # the enclosing area may be named as the text names it, and is then looked up by name
    by_name = dict(gold, place={"name": "Girziro", "within": ["qamishli_subdistrict", "Qamishlo"]})
    assert ev.event_matches(by_name, _event(shell, "2021-04-21", "qamishli", 30), index)
    assert not ev.event_matches(by_name, _event(shell, "2021-04-21", "tayy", 30), index)


def test_dates_must_overlap_and_types_agree(ev):
    index = ev.name_index(_Gaz())
    gold = GOLD["events"][1]
    shell = "Explosions/Remote violence"
    assert ev.event_matches(gold, _event(shell, "2021-04-19", "qamishli_subdistrict", 30, date_to="2021-04-20"), index)
    assert not ev.event_matches(gold, _event(shell, "2021-04-22", "qamishli_subdistrict", 30), index)
    assert not ev.event_matches(gold, _event("Battles", "2021-04-20", "qamishli_subdistrict", 30), index)
    takeover = dict(GOLD["events"][0], event_type="Battles", alt_event_types=["Explosions/Remote violence"])
    assert ev.event_matches(takeover, _event(shell, "2021-04-22", "tayy", 2), index)


def test_matching_is_one_to_one_and_as_large_as_possible(ev):
    index = ev.name_index(_Gaz())
    clash = {"event_type": "Battles", "sub_event_type": "Armed clash", "place": ["tayy", "qamishli"]}
    golds = [dict(clash, date_from="2021-04-20", date_to="2021-04-22", sentence=0),
             dict(clash, date_from="2021-04-22", date_to="2021-04-22", sentence=0)]
    # the first extracted event fits both gold events, the second only the first: both are matched
    exts = [_event("Battles", "2021-04-22", "tayy", 2), _event("Battles", "2021-04-20", "qamishli", 2)]
    assert ev.match_events(golds, exts, index) == [(0, 1), (1, 0)]
    # three copies of one extracted event: two are matched, one each, the third is left over
    pairs = ev.match_events(golds, exts[:1] * 3, index)
    assert [i for i, _ in pairs] == [0, 1] and len({j for _, j in pairs}) == 2


def test_verbose_lists_matched_events_whose_actors_are_not_the_golds(ev):
    index = ev.name_index(_Gaz())
    gold = dict(GOLD, events=[dict(GOLD["events"][0], actor1="sdf", actor2="isis")])

    def misses(a1, a2):
        e = _event("Battles", "2021-04-22", "tayy", S0[0], actor1_id=a1, actor2_id=a2, evidence="قتل عنصر")
        return ev.actor_misses(ev.score_report(gold, {"events": [e], "mentions": [], "unresolved": []}, index))

    assert misses("sdf", "isis") == []
    assert len(misses("isis", "sdf")) == 1  # actor1 is the side that acts
    lines = misses("sdf", None)
    assert len(lines) == 1 and "sdf / -" in lines[0] and "gold sdf / isis" in lines[0] and "قتل عنصر" in lines[0]


def test_type_rows_count_precision_by_the_extracted_type(ev):
    # a gold clash that accepts a protest type, matched by an extracted protest: the Protests row
    # has one extracted and one matched by its own type (precision 1, not 0 or above 1) and the
    # Battles row one gold matched (recall 1) with nothing extracted as a battle
    index = ev.name_index(_Gaz())
    gold = {**GOLD, "events": [{**GOLD["events"][0], "alt_event_types": ["Protests"]}]}
    result = {"events": [_event("Protests", "2021-04-22", "tayy", S0[0], fatalities=2)],
              "mentions": [], "unresolved": []}
    s = ev.score_report(gold, result, index)
    assert len(s.pairs) == 1
    rows = ev.tally([s])
    protests, battles = rows["type:Protests"], rows["type:Battles"]
    assert (protests.extracted, protests.matched_extracted, protests.matched) == (1, 1, 0)
    assert (battles.gold, battles.matched, battles.extracted, battles.matched_extracted) == (1, 1, 0, 0)
    assert " 1.00 " in protests.row("Protests") and "1.00" in battles.row("Battles")


def test_a_name_written_with_a_sun_letter_article_is_the_same_name():
    from benchmarks.eval_extraction import name_key

    # "As Safa" (a gazetteer's transliteration) and "Al-Safa" (a report's) are one name; the
    # article is dropped only before another word, so a name that is only "As" stays itself
    assert name_key("As Safa") == name_key("Al-Safa") == "safa"
    assert name_key("Ash Shaddadi") == name_key("al-Shaddadi")
    assert name_key("Ras al-Ain") == "ras ain"
    assert name_key("Tal Tamr") != name_key("Tal Baydar")
