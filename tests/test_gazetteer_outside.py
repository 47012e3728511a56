"""Towns of Syria outside al-Hasakah that reports from the area name (Afrin, Deir ez-Zor, Manbij …):
each at its own GeoNames point, never standing in for the report's own city, and a far event
still no event of this map.

Every sentence below was written for these tests (in the style of 2018-2023 reports), not copied.
"""

from __future__ import annotations

import csv
import datetime as dt

from conftest import ROOT, english_article

GAZ = ROOT / "geo" / "gazetteer.csv"
OUTSIDE = ("afrin", "manbij", "deir_ez_zor", "aleppo", "raqqa", "tal_abyad", "tal_rifaat", "ain_issa", "kobani",
           "hajin")


def _rows():
    with open(GAZ, encoding="utf-8", newline="") as fh:
        return {r["id"]: r for r in csv.DictReader(fh)}


def test_outside_towns_carry_their_geonames_point_licence_and_precision(gazetteer):
    rows = _rows()
    for pid in OUTSIDE:
        r = rows[pid]
        assert r["parent"] == "syria" and r["lat"] and r["geo_precision"] == "1", pid
        assert "geonameid=" in r["source"] and r["licence"].startswith("GeoNames CC BY 4.0"), pid
        assert gazetteer.outside_area(pid) and gazetteer.outside_area(f"{pid}_countryside"), pid
    for pid in ("qamishli", "hasakah", "tall_tamr", "tayy", "nusaybin", "hasakah_governorate", "northeast_syria"):
        assert not gazetteer.outside_area(pid), pid


def test_outside_towns_are_named_in_arabic_kurdish_and_english(run_text):
    r = run_text("وتحدث مسؤول في الإدارة الذاتية بالقامشلي عن نازحين من عفرين وتل رفعت يقيمون في مخيمات، "
                 "وعن آخرين وصلوا من كري سبي وعين عيسى، فيما بقيت كوباني ومنبج ودير الزور بعيدة عن التصعيد.")
    by = {m.place_id: m for m in r.mentions}
    assert {"afrin", "tal_rifaat", "tal_abyad", "ain_issa", "kobani", "manbij", "deir_ez_zor"} <= set(by)
    for pid in ("afrin", "tal_abyad", "deir_ez_zor"):
        assert not by[pid].approximate and by[pid].geo_precision == 1 and by[pid].lat is not None, pid
    r = run_text("Families who fled Afrin and Tal Rifaat in 2018 now live in camps, a Qamishli official said, "
                 "as did others from Tal Abyad, Ain Issa and Deir Ezzor.")
    assert {"afrin", "tal_rifaat", "tal_abyad", "ain_issa", "deir_ez_zor"} <= {m.place_id for m in r.mentions}


def test_a_common_word_among_the_geonames_names_is_left_out(run_text, gazetteer):
    assert "هجين" not in gazetteer.places["hajin"].aliases  # 'hybrid'
    r = run_text("ووصف الباحث نظام الإدارة في المنطقة بأنه نظام هجين يجمع بين المجالس والعشائر.")
    assert "hajin" not in {m.place_id for m in r.mentions}
    r = run_text("واشتبك مسلحون مساء أمس عند مدخل بلدة هجين شرقي دير الزور.")
    assert "hajin" in {m.place_id for m in r.mentions}


def test_the_city_told_back_is_the_reports_own_not_a_far_town_named_before(run_text):
    r = run_text("انفجرت سيارة مفخخة صباح اليوم في مدينة القامشلي. وزعم التنظيم أن التفجير ثأر لما "
                 "تشهده مدينة منبج. وأغلقت قوى الأمن الداخلي مداخل المدينة بعد الانفجار.")
    assert "manbij" in {m.place_id for m in r.mentions}
    told_back = [m for m in r.mentions if m.how == "anaphora" and m.text == "المدينة"]
    assert told_back and all(m.place_id == "qamishli" for m in told_back)


def test_a_report_that_keeps_naming_a_far_town_stays_on_its_own_city(run_text):
    r = run_text("خرج المئات في القامشلي اليوم في مسيرة تضامناً مع عفرين، ورفعوا صور أبناء عفرين "
                 "الذين نزحوا منها، مطالبين بوقف الهجوم على عفرين. واعتقلت دورية شاباً في المدينة مساءً.")
    assert "afrin" in {m.place_id for m in r.mentions}
    arrests = [e for e in r.events if e.sub_event_type == "Arrests"]
    assert arrests and all(e.place_id == "qamishli" for e in arrests)


def test_a_local_event_named_with_a_far_town_is_placed_at_the_local_place(run_text):
    r = run_text("وفي ناحية الدرباسية، نظّم العشرات وقفة مساء أمس أمام مقر المجلس، رفعوا فيها صور مقاتلين قتلوا في عفرين.")
    protests = [e for e in r.events if e.event_type == "Protests"]
    assert protests and all(e.place_id in ("darbasiyah_subdistrict", "darbasiyah") for e in protests)


def test_an_english_strike_near_a_far_town_is_drawn_at_that_town(pipeline):
    text = ("A car was hit by a Turkish drone in Darbasiyah on Saturday, a monitor said. Turkish artillery also "
            "shelled farmland in the Manbij countryside, in Aleppo province, that same day.")
    r = pipeline.process(english_article(text, dt.date(2022, 11, 14)))
    assert {"manbij_countryside", "aleppo"} <= {m.place_id for m in r.mentions}
    # the far countryside at its own point, ", in Aleppo province" only says where it lies
    assert [e.place_id for e in r.events] == ["darbasiyah", "manbij_countryside"]


def test_a_city_named_only_as_where_people_fled_to_is_not_the_report_s_city(run_text):
    r = run_text("أخبار عفرين\nاستهدفت مسيّرة تركية سيارة في مدينة عفرين مساء أمس. وقال شهود في عفرين إن "
                 "الغارة أصابت سوقاً شعبياً في عفرين. وجرح أربعة مدنيين في قصف مدفعي لاحق ليلاً. ونزحت أسر "
                 "كثيرة من عفرين باتجاه مدينة القامشلي.")
    assert not [e for e in r.events if e.place_id == "qamishli" and "مدنيين" in e.evidence]
    r = run_text("أخبار عفرين\nاستهدفت مسيّرة تركية سيارة في مدينة عفرين مساء أمس. وقال شهود في عفرين إن "
                 "الغارة أصابت سوقاً شعبياً في عفرين. وجرح أربعة مدنيين في قصف مدفعي لاحق ليلاً. ووصلت أسر "
                 "كثيرة هاربة من عفرين إلى مدينة القامشلي.")
    assert not [e for e in r.events if e.place_id == "qamishli" and "مدنيين" in e.evidence]


def test_a_city_after_ila_with_no_verb_of_going_is_still_the_report_s_city(run_text):
    r = run_text("أخبار القامشلي\nعاد الهدوء إلى مدينة القامشلي بعد يومين من التوتر. وأصيب رجلان برصاص "
                 "مجهولين ليلاً. ونقل مسؤول صحي في الحسكة عن أطباء في الحسكة أن حالتهما مستقرة.")
    assert [e for e in r.events if e.place_id == "qamishli" and "رجلان" in e.evidence]
