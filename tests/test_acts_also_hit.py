"""The strikes just told, named again as a whole with "also" (``وطالت الضربات أيضاً محطة …``),
hit one more site, an event of their kind at its own place (issue 10: drone strikes were the
commonest Arabic miss on dev). Every sentence here was written for these tests; none is copied
from an outlet or from the evaluation reports.
"""

from __future__ import annotations

import pytest

AIR = ("Explosions/Remote violence", "Air/drone strike")
LEAD = "قصفت مسيرات تركية مساء أمس صوامع الحبوب في مدينة عامودا. "


def _sites(events) -> list[str]:
    return sorted(e.place_id for e in events if (e.event_type, e.sub_event_type) == AIR)


@pytest.mark.parametrize("second, place", [
    ("وطالت الضربات أيضاً محطة المياه في بلدة الدرباسية.", "darbasiyah"),
    ("واستهدفت الهجمات كذلك مستودعاً للوقود في مدينة القامشلي.", "qamishli"),
    ("كما أصابت الضربات أيضاً معملاً للغاز قرب بلدة القحطانية.", "qahtaniyah"),
])
def test_the_strikes_also_hitting_a_site_of_its_own_is_one_more_strike(run_text, second, place):
    assert _sites(run_text(LEAD + second, "2023-10-06").events) == sorted(["amuda", place])


def test_the_strikes_also_doing_harm_with_no_site_of_their_own_are_no_new_event(run_text):
    text = LEAD + "وتسببت الضربات أيضاً بانقطاع الكهرباء عن أحياء واسعة."
    assert _sites(run_text(text, "2023-10-06").events) == ["amuda"]
