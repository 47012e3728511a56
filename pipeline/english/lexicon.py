"""The English word lists (``pipeline/data/english.toml``), loaded and compiled once.

The lists are data so that an analyst can read and extend them without touching code:
event triggers by ACLED type, casualty words, number words, and the words that make a
trigger no event (attempts, denials, aims, causes, recaps).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..arabic import normalise_phrase
from ..errors import LexiconError
from ..eventfields import EventKind
from ..matcher import PhraseMatcher

ENGLISH_TOML = Path(__file__).resolve().parent.parent / "data" / "english.toml"
#: The lists of ``[words]`` the event rules read by name: each is required.
WORD_LISTS = ("issued", "captives", "held_ground", "calm", "strike_nouns", "around_places", "perceived", "set_out", "stationed", "site_nouns", "many",
              "career_acts", "ordinals", "copulas", "held_phrase", "released_texts",
              "detention_places", "named_by", "earlier", "attributive_before", "thing_heads",
              "topic_words", "comment_words", "topic_of_words", "party_members", "political_bodies",
              "isis_suspects", "planned_after", "quarrels", "owners",
              "fired_at_crowd", "other_matter", "opening_acts",
              "bomber_verbs", "bomber_people", "bomber_vehicles", "protest_causes", "jihadist_words", "other_charges", "escapees",
              "target_openers", "target_nouns", "target_stops", "labour_strike",
              "convoy_stop_verbs", "convoy_nouns", "convoy_owners", "shelter_at_home",
              "peaceful_causes", "blast_mishaps", "explosion_words", "mishap_deaths", "bombing_words", "air_only_actors", "fire_weapons", "figure_before", "not_a_device_after", "hostile_marks", "not_an_arson_before", "crowd_words", "blazes", "figure_devices", "locative_after_origin", "attack_nouns", "attack_total_words", "not_an_attack_before", "not_an_attack_after", "attack_not_now", "former_marks", "kin", "counted_people", "rumour_words", "rumour_verdicts",
              "relative_openers", "remembrance_held",
              "inquiry_verbs", "inquiry_objects",
              "across_border_places", "across_border_kinds",
              "neutralised_verbs", "neutralised_persons", "neutralised_air", "neutralised_artillery", "turkish_state",
              "blame_words", "died_anaphors", "died_how", "wounds_got",
              "described_participles", "participle_not_after", "described_relatives", "said_verbs", "dated_then",
              "died_verbs", "after_a_person", "sequencing", "act_noun_prepositions", "act_noun_modifiers")


#: An event trigger kind and its ACLED coding (the Arabic rules' ``events.Trigger``).
Kind = EventKind


@dataclass(frozen=True)
class Lexicon:
    """The compiled English word lists.

    Attributes
    ----------
    kinds : dict of str -> Kind
    triggers : PhraseMatcher of Kind
        Every trigger phrase, longest first.
    casualties : PhraseMatcher of str
        ``killed`` / ``injured`` words.
    units, vague : dict of str -> int
        Number words and vague plurals (with their conservative floor).
    more, about : tuple of tuple of str
        Qualifier phrases before a number (``at least``, ``about``).
    singular_persons, person_plurals : frozenset of str
    not_before, cause, recap : frozenset of str
        Words before a trigger that make it no new event.
    government_takeover : str
        The sub-event type of a takeover by state forces.
    outside : PhraseMatcher of str
        Places well outside the area the map covers (``[outside] places``).
    locative : frozenset of str
        Words that put an event at the place after them (``[outside] locative``).
    outside_names : frozenset of str
        The same places, normalised (``normalise_phrase``), to drop them from the unresolved names.
    swap_verbs : PhraseMatcher of str
        Verbs of a prisoner exchange (``[swap] verbs``) up to four words before one of
        ``swap_objects`` (``exchanged 20 prisoners``, ``swapped dozens of detainees``).
    swap_objects : frozenset of str
    swap_nouns, swap_released, swap_not_with, swap_counterparts : frozenset of str
        An exchange noun (``[swap] nouns``) after captives or their release in its sentence
        (``walked free … in an exchange between …``) and before captives or a pair of sides
        (``swap_objects``, ``swap_counterparts``) is a prisoner exchange, unless the sentence
        has one of ``swap_not_with`` (an exchange of fire, a ransom).
    body_verbs : PhraseMatcher of str
    body_objects : frozenset of str
        A verb of giving back (``[bodies] verbs``) up to four words before a word for the dead
        (``objects``: ``exchanged on Tuesday the bodies of …``) is a handover of bodies.
    with_area : PhraseMatcher of str
        A town named with the area around it (``[summary] with_area``: ``and its
        countryside``): a lead that sums up the strikes told next.
    sweep_verbs : PhraseMatcher of str
    sweep_objects, sweep_qualifiers, sweep_security : frozenset of str
        A verb of launching (``[sweep] verbs``) up to five words before a sweep, operation or
        campaign (``objects``) is a Change to group/activity; an operation or campaign only with a
        security word (``qualifiers``) between them; any of them only by an armed actor or with one
        of ``security_words`` in the sentence.
    driven_verbs : PhraseMatcher of str
    driven_objects, driven_causes, driven_flight : frozenset of str
        A verb of driving out (``[driven_out] verbs``) up to five words before civilians
        (``objects``: ``drove dozens of families out of the village``) is a displacement when one of
        ``causes`` (shelling, fighting, the offensive) drove them; a sheltering phrase is a flight
        only with one of ``causes`` or ``flight`` in its sentence or the one before.
    brought_verbs : PhraseMatcher of str
    brought_objects, brought_military, brought_not_with, brought_not_moved, brought_ends : frozenset of str
        A verb of bringing or sending (``[brought_in] verbs``) up to five words before a convoy,
        vehicles or troops (``objects``) is a deployment when the moved thing's phrase (up to one of
        ``phrase_ends``) has a military word (``military``) and none of ``not_moved`` (bodies,
        wounded, home), in a sentence with no word of aid or services (``not_with``).
    accusations : frozenset of str
        Verbs of blame (``[not_event] accusations``): ``accused Damascus of stirring up the
        fighting`` tells what someone is blamed for, not an event.
    foiled_verbs, foiled_fighting, foiled_killing, foiled_attackers : frozenset of str
        A clash trigger opening with a foiled verb (``foiled an attack``) is a fight only with a
        fighting word in its sentence, or a killing word and a word for the attackers
        (``[not_event] foiled_*``).
    feared_returns, fears : frozenset of str
        A renewal or resumption before a trigger is no event with a word of fear in its
        clause (``[not_event] feared_returns``, ``fears``).
    echo_verbs, echo_sounds : frozenset of str
        A sound noun told by how it carried (``explosions echoed``): a noise, no act.
    works, work_about, remembrances : frozenset of str
        An act that a work (``a film about``) or a remembrance (``the anniversary of``) is about
        (``[not_event] works``, ``work_about``, ``remembrances``): told long after, no event.
    deal_reached : frozenset of str
        Words of a deal reached that fold a meeting into the agreement of its clause.
    ground_raid : frozenset of str
        Words of a ground raid (homes, a search, an arrest) that keep ``raids`` from an air raid.
    release_words, held_participles : frozenset of str
        ``the release of men detained …``: people whose release is demanded, named by how they
        were held, are no new arrest (``[not_event]``).
    running_on : frozenset of str
        ``the truce entered its third day``: a truce going on, no new one, and no force moved.
    deal_aims, urging, went_on, deal_done : frozenset of str
        ``urged Ankara to agree to a ceasefire``: a deal someone is urged or sets out to reach is
        no agreement (``[not_event]``), unless told as done (``went on to sign``, ``who had asked
        … for restraint, brokered a truce``).
    words : Mapping of str -> frozenset of str
        Other word lists the event rules read by name (``[words]``, the keys of ``WORD_LISTS``).
    seized_objects : frozenset of str
        Things, not ground, that forces seize (``[not_event] seized_objects``): ``weapons were
        seized`` is no takeover.
    facilities : Mapping of str -> tuple of str
        ``[facilities]``: head nouns of named places out of town (``countryside``: ``oil
        station``, ``border crossing``) and inside a settlement (``inside``: ``hospital``,
        ``square``), capitalised heads whose name follows them (``of_name``: ``Church``) and the
        verbs and nouns of a place of care the wounded were only taken to (``taken_to``,
        ``care_places``).
    """

    kinds: dict[str, Kind]
    triggers: PhraseMatcher
    casualties: PhraseMatcher
    units: dict[str, int]
    vague: dict[str, int]
    more: tuple[tuple[str, ...], ...]
    about: tuple[tuple[str, ...], ...]
    singular_persons: frozenset[str]
    person_plurals: frozenset[str]
    not_before: frozenset[str]
    cause: frozenset[str]
    recap: frozenset[str]
    government_takeover: str
    outside: PhraseMatcher
    locative: frozenset[str]
    outside_names: frozenset[str]
    seized_objects: frozenset[str] = frozenset()
    habitual: frozenset[str] = frozenset()
    delegations: frozenset[str] = frozenset()
    set_up_verbs: PhraseMatcher | None = None
    set_up_objects: frozenset[str] = frozenset()
    #: Words before a checkpoint that make it a routine check, no deployment ("a temporary checkpoint").
    routine_checks: frozenset[str] = frozenset()
    #: ``[ground_taken]``: a verb of occupying or retaking before a word for ground is a takeover.
    taken_verbs: PhraseMatcher | None = None
    taken_objects: frozenset[str] = frozenset()
    taken_adjective_before: frozenset[str] = frozenset()
    taken_not_finite_before: frozenset[str] = frozenset()
    sweep_verbs: PhraseMatcher | None = None
    sweep_objects: frozenset[str] = frozenset()
    sweep_qualifiers: frozenset[str] = frozenset()
    sweep_security: frozenset[str] = frozenset()
    driven_verbs: PhraseMatcher | None = None
    driven_objects: frozenset[str] = frozenset()
    driven_causes: frozenset[str] = frozenset()
    driven_flight: frozenset[str] = frozenset()
    brought_verbs: PhraseMatcher | None = None
    brought_objects: frozenset[str] = frozenset()
    #: A convoy brought in is a deployment only in a sentence with one of these and none of ``brought_not_with``.
    brought_military: frozenset[str] = frozenset()
    brought_not_with: frozenset[str] = frozenset()
    brought_not_moved: frozenset[str] = frozenset()
    brought_ends: frozenset[str] = frozenset()
    close_verbs: PhraseMatcher | None = None
    close_objects: frozenset[str] = frozenset()
    accusations: frozenset[str] = frozenset()
    swap_verbs: PhraseMatcher | None = None
    body_verbs: PhraseMatcher | None = None
    body_objects: frozenset[str] = frozenset()
    swap_objects: frozenset[str] = frozenset()
    swap_nouns: frozenset[str] = frozenset()
    swap_released: frozenset[str] = frozenset()
    swap_not_with: frozenset[str] = frozenset()
    swap_counterparts: frozenset[str] = frozenset()
    with_area: PhraseMatcher | None = None
    foiled_verbs: frozenset[str] = frozenset()
    foiled_fighting: frozenset[str] = frozenset()
    foiled_killing: frozenset[str] = frozenset()
    foiled_attackers: frozenset[str] = frozenset()
    feared_returns: frozenset[str] = frozenset()
    fears: frozenset[str] = frozenset()
    echo_verbs: frozenset[str] = frozenset()
    echo_sounds: frozenset[str] = frozenset()
    works: frozenset[str] = frozenset()
    work_about: frozenset[str] = frozenset()
    remembrances: frozenset[str] = frozenset()
    deal_reached: frozenset[str] = frozenset()
    ground_raid: frozenset[str] = frozenset()
    release_words: frozenset[str] = frozenset()
    held_participles: frozenset[str] = frozenset()
    running_on: frozenset[str] = frozenset()
    deal_aims: frozenset[str] = frozenset()
    went_on: frozenset[str] = frozenset()
    deal_done: frozenset[str] = frozenset()
    urging: frozenset[str] = frozenset()
    words: Mapping[str, frozenset[str]] = field(default_factory=dict)
    facilities: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def load_lexicon(path: str | Path = ENGLISH_TOML) -> Lexicon:
    """Read and compile the English word lists.

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    Lexicon

    Raises
    ------
    LexiconError
        When the file is not valid TOML, a kind lacks its ACLED coding or a list of
        ``WORD_LISTS`` is missing from ``[words]`` or is no list of words.
    """
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise LexiconError(path, f"not valid TOML: {e}") from None
    words = data.get("words", {})
    for key in WORD_LISTS:
        if not isinstance(words.get(key), list) or not all(isinstance(w, str) for w in words[key]):
            raise LexiconError(path, f"[words] needs a list of words '{key}'")
    kinds: dict[str, Kind] = {}
    triggers: PhraseMatcher[Kind] = PhraseMatcher()
    for name, spec in data.get("kinds", {}).items():
        if not spec.get("event_type") or not spec.get("sub_event_type") or not spec.get("phrases"):
            raise LexiconError(path, f"kind '{name}' needs event_type, sub_event_type and phrases")
        k = Kind(name, spec["event_type"], spec["sub_event_type"], tuple(spec.get("tags", ())))
        kinds[name] = k
        triggers.add_many(spec["phrases"], k)
    casualties: PhraseMatcher[str] = PhraseMatcher()
    for what in ("killed", "injured"):
        casualties.add_many(data["casualties"][what], what)
    outside: PhraseMatcher[str] = PhraseMatcher()
    out = data.get("outside", {})
    outside.add_many(out.get("places", []), "outside")
    num = data["numbers"]
    ne = data["not_event"]
    set_up: PhraseMatcher[str] = PhraseMatcher()
    set_up.add_many(data.get("set_up", {}).get("verbs", []), "set_up")
    taken: PhraseMatcher[str] = PhraseMatcher()
    ground_taken = data.get("ground_taken", {})
    taken.add_many(ground_taken.get("verbs", []), "ground_taken")
    sweep_m: PhraseMatcher[str] = PhraseMatcher()
    sweep = data.get("sweep", {})
    sweep_m.add_many(sweep.get("verbs", []), "sweep")
    driven: PhraseMatcher[str] = PhraseMatcher()
    driven_out = data.get("driven_out", {})
    driven.add_many(driven_out.get("verbs", []), "driven_out")
    brought: PhraseMatcher[str] = PhraseMatcher()
    brought_in = data.get("brought_in", {})
    brought.add_many(brought_in.get("verbs", []), "brought_in")
    close: PhraseMatcher[str] = PhraseMatcher()
    close.add_many(data.get("close", {}).get("verbs", []), "close")
    with_area: PhraseMatcher[str] = PhraseMatcher()
    swap: PhraseMatcher[str] = PhraseMatcher()
    swap.add_many(data.get("swap", {}).get("verbs", []), "swap")
    bodies: PhraseMatcher[str] = PhraseMatcher()
    bodies.add_many(data.get("bodies", {}).get("verbs", []), "bodies")
    with_area.add_many(data.get("summary", {}).get("with_area", []), "with_area")

    def phrases(words):
        return tuple(tuple(w.lower().split()) for w in words)

    return Lexicon(
        kinds=kinds, triggers=triggers, casualties=casualties,
        units={k.lower(): int(v) for k, v in num["units"].items()},
        vague={k.lower(): int(v) for k, v in num["vague"].items()},
        more=phrases(num["more"]), about=phrases(num["about"]),
        singular_persons=frozenset(w.lower() for w in num["singular_persons"]),
        person_plurals=frozenset(w.lower() for w in num["person_plurals"]),
        not_before=frozenset(ne["before"]), cause=frozenset(ne["cause"]), recap=frozenset(ne["recap"]),
        government_takeover=data["takeover"]["government_sub_event_type"],
        outside=outside, locative=frozenset(w.lower() for w in out.get("locative", [])),
        outside_names=frozenset(normalise_phrase(p) for p in out.get("places", [])),
        seized_objects=frozenset(w.lower() for w in ne.get("seized_objects", [])),
        habitual=frozenset(w.lower() for w in ne.get("habitual", [])),
        delegations=frozenset(w.lower() for w in ne.get("delegations", [])),
        accusations=frozenset(w.lower() for w in ne.get("accusations", [])),
        foiled_verbs=frozenset(w.lower() for w in ne.get("foiled_verbs", [])),
        foiled_fighting=frozenset(w.lower() for w in ne.get("foiled_fighting", [])),
        foiled_killing=frozenset(w.lower() for w in ne.get("foiled_killing", [])),
        foiled_attackers=frozenset(w.lower() for w in ne.get("foiled_attackers", [])),
        **{key: frozenset(w.lower() for w in ne.get(key, [])) for key in
           ("feared_returns", "fears", "echo_verbs", "echo_sounds", "deal_reached", "ground_raid",
            "release_words", "held_participles", "running_on", "deal_aims", "urging", "went_on",
            "deal_done", "works", "work_about", "remembrances")},
        words={key: frozenset(w.lower() for w in words[key]) for key in WORD_LISTS},
        with_area=with_area, swap_verbs=swap, body_verbs=bodies,
        body_objects=frozenset(w.lower() for w in data.get("bodies", {}).get("objects", [])),
        swap_objects=frozenset(w.lower() for w in data.get("swap", {}).get("objects", [])),
        swap_nouns=frozenset(w.lower() for w in data.get("swap", {}).get("nouns", [])),
        swap_released=frozenset(w.lower() for w in data.get("swap", {}).get("released", [])),
        swap_not_with=frozenset(w.lower() for w in data.get("swap", {}).get("not_with", [])),
        swap_counterparts=frozenset(w.lower() for w in data.get("swap", {}).get("counterparts", [])),
        routine_checks=frozenset(w.lower() for w in data.get("set_up", {}).get("routine", [])),
        set_up_verbs=set_up, set_up_objects=frozenset(w.lower() for w in data.get("set_up", {}).get("objects", [])
                                                      if " " not in w),
        taken_verbs=taken, taken_objects=frozenset(w.lower() for w in ground_taken.get("objects", [])),
        taken_adjective_before=frozenset(w.lower() for w in ground_taken.get("adjective_before", [])),
        taken_not_finite_before=frozenset(w.lower() for w in ground_taken.get("not_finite_before", [])),
        sweep_verbs=sweep_m, sweep_objects=frozenset(w.lower() for w in sweep.get("objects", [])),
        sweep_qualifiers=frozenset(w.lower() for w in sweep.get("qualifiers", [])),
        sweep_security=frozenset(w.lower() for w in sweep.get("security_words", [])),
        driven_verbs=driven, driven_objects=frozenset(w.lower() for w in driven_out.get("objects", [])),
        driven_causes=frozenset(w.lower() for w in driven_out.get("causes", [])),
        driven_flight=frozenset(w.lower() for w in driven_out.get("flight", [])),
        brought_verbs=brought, brought_objects=frozenset(w.lower() for w in brought_in.get("objects", [])),
        brought_military=frozenset(w.lower() for w in brought_in.get("military", [])),
        brought_not_with=frozenset(w.lower() for w in brought_in.get("not_with", [])),
        brought_not_moved=frozenset(w.lower() for w in brought_in.get("not_moved", [])),
        brought_ends=frozenset(w.lower() for w in brought_in.get("phrase_ends", [])),
        close_verbs=close, close_objects=frozenset(w.lower() for w in data.get("close", {}).get("objects", [])),
        facilities={key: tuple(str(w) for w in data.get("facilities", {}).get(key, []))
                    for key in ("countryside", "inside", "of_name", "taken_to", "care_places")},
    )


@lru_cache(maxsize=2)
def default_lexicon() -> Lexicon:
    """The shipped word lists (cached)."""
    return load_lexicon(ENGLISH_TOML)
