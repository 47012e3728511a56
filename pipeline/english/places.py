"""English place names: transliteration variants and the names after a head noun.

The shared :class:`~pipeline.places.PlaceFinder` matches the gazetteer's English and
Kurdish aliases as whole words (case-insensitive; ``Qamishli's`` and ``al-Tay`` split into
tokens). English copy spells Arabic names many ways, so two more steps run on English
articles:

1. **Variants**: names not found as written are matched after folding the letters
   transliterations disagree on (:func:`fold`): a final ``h`` after a vowel
   (``Hilaliyah``/``Hilaliya``), ``-iye``/``-iya``, ``ou``/``oo``/``u``, ``ee``/``i``,
   doubled letters (``Qaddur``/``Qadur``), and a leading article ``al-``/``el-`` (and the
   gazetteer's sun-letter forms ``Ash``/``Ad``/``Ar``…: ``Al-Shaddadah`` is ``Ash Shaddadah``), the
   spellings of the "mound" word (``Tel``/``Tell``/``Tall``/``Til`` are ``Tal``) and of the ``ay``
   diphthong (``Keif``/``Kayf``). Only gazetteer names are matched, so folding cannot invent a place.
   A word with a letter only the Kurdish Latin alphabet uses (``ê``, ``î``, ``û``, ``ç``, ``ş``) is read
   with that alphabet's ``c`` as ``j`` and ``x`` as ``kh`` (:func:`kurdish_latin`: ``Til Cûma`` is
   ``Tal Jumaa``). A name written with an ayn or hamza mark (``al‑Maʿbada``, ``Ma‘bada``) is joined across the mark
   and compared with its vowels loosened (:func:`loose_fold`: ``Maʿbada`` is ``Muabbada``).
   Names still unmatched are compared by their consonant skeleton (:func:`skeleton`:
   vowels dropped, ``q``/``g``/``k`` and doubled letters folded, the words run together):
   ``Qadourbek`` is ``Qaddur Bek``, ``Tel al-Laban`` is ``Tall al-Lubn``, ``Jal Agha`` is
   ``Jil Agha``. Only capitalised names, only skeletons of five letters or more that a
   single gazetteer place has, and only near what the report is about: a skeleton match (or a
   folded variant of a village, quarter or landmark) more than :data:`SKELETON_FAR_KM` from every
   place the report names as written (``Tel Nasri``, by Tal Tamr, is not the gazetteer's ``Tell
   Nasr`` 100 km east; ``the Salihiya district in Hasakah`` is not the village Al-Salihiyah) is
   left out, so the name is read as one the gazetteer lacks (rule 4) and drawn in the area the
   text gives.
2. **Tribes**: a name before ``tribe``, ``clan``, ``tribal`` is the tribe (``the Tayy
   tribe``), not the neighbourhood; a country in an organisation's name (``Kurdistan
   Democratic Party of Syria``, ``Syrian Observatory``) is no place.
3. **Around a town** (:meth:`EnglishPlaces._around`): ``villages west of the town of Tal
   Tamr``, ``north of Amuda``, ``15 km east of Qamishli``, ``a village near Tal Tamr``,
   ``a village close to Qamishli``: the town's countryside (its side's own row when the
   gazetteer has one), never the town itself. What lies at the town's edge (``the outskirts
   of Amuda``, ``the road west of Amuda``, ``the entrance to``) is the town, as ACLED codes it.
4. **Unresolved names**: a capitalised name after ``village of`` (``hamlet of``), ``town of``,
   ``neighbourhood of``, ``neighbourhoods of X and Y``, ``town of X (Y)`` (or before
   ``village``, ``neighbourhood``, ``prison``, or in apposition to one: ``X, a village near
   Amuda``, ``X and Y, two villages north of Tal Tamr``, or right after a locative word:
   ``near Zirgan``, ``the outskirts of Zirgan``, ``shells fell on X and Y``) that is not in the
   gazetteer, nor an actor's name, nor another name of a known place given in brackets
   (``Tal Kocher (Al-Yarubiyah)``), is reported (``unresolved.csv``) for the analyst, and so is
   the same name where the article repeats it without its head noun. It is placed in the area
   that holds it (:func:`~pipeline.places.enclosing_area`), never at another town or village.
5. **The airport** (:meth:`EnglishPlaces.the_airport`): ``the airport``, ``the city's airport`` is
   the airport of the article's city when the gazetteer has one, as ``المطار`` is in Arabic;
   "the prison", "the camp" are the landmark named before (:func:`~pipeline.places.landmarks_told_back`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from functools import lru_cache

from ..acled import haversine_km
from ..arabic import NormalisedText, Tokens
from ..gazetteer import Gazetteer, Place
from ..places import PlaceFinder, enclosing_area, governorate_of
from ..records import Mention, Unresolved
from .lexicon import Lexicon, default_lexicon

_ARTICLES = frozenset({"al", "el"})
#: The article assimilated to a sun letter in the gazetteer's transliterations ("Ash Shaddadah",
#: "Ad Darbasiyah", "Ar Rumaylan"): dropped from those names, as "al" is from the text's.
_SUN_ARTICLES = frozenset({"ash", "ad", "adh", "ar", "as", "at", "ath", "az", "an"})
#: English head nouns and the kinds they introduce.
HEADS = {
    "village": "village", "hamlet": "village", "town": "town", "city": "city", "neighbourhood": "neighbourhood",
    "neighborhood": "neighbourhood", "district": "neighbourhood", "quarter": "neighbourhood", "camp": "landmark",
    "roundabout": "roundabout", "subdistrict": "subdistrict", "sub-district": "subdistrict",
}
_HEAD_OF_RE = re.compile(
    r"\b(?P<head>village|hamlet|town|city|neighbou?rhood|district|quarter|camp|subdistrict|sub-district)s?\s+of\s+"
    r"(?P<name>(?:(?:al|el|Al|El)[-\s]|[aeAE][dnrstz]h?-)?[A-Z][\w'’-]+(?:\s+(?:[ae][ldnrstz]h?-)?[A-Z][\w'’-]+){0,2})"
)
_NAME_HEAD_RE = re.compile(
    r"(?<![\w-])(?P<name>(?:[aeAE][ldnrstz]h?-)?[A-Z][\w'’-]+(?:\s+(?:[ae][ldnrstz]h?-)?[A-Z][\w'’-]+){0,1})\s+"
    r"(?P<head>village|neighbou?rhood|district|quarter|camp|roundabout|prison|dam|area)\b"
)
#: A capitalised name word, maybe behind its article, also assimilated (``al-``, ``ar-``, ``ash-``, ``ez-``).
_NAME = r"(?:[aeAE][ldnrstz]h?-)?[A-Z][\w'’-]+"
#: A name in apposition to a head noun: "in Kherbet Ali, a village close to Amuda", "on Kaniya
#: and Girdim, two villages north of Tal Tamr", "Tal Baydar, a mainly Arab village".
_APPOSITION_RE = re.compile(
    rf"(?<![\w-])(?P<name>{_NAME}(?:\s+{_NAME}){{0,2}})(?:\s+and\s+(?P<name2>{_NAME}(?:\s+{_NAME}){{0,2}}))?$")
#: The head noun phrase after the comma (searched first: it is rare, the names before it are not);
#: "X, the western district of Qamishli" is a quarter, inside the city.
_APPOSED_HEAD_RE = re.compile(
    r",\s+(?:a|an|two|three|four|both|the|another)\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<head>village|villages|hamlet|hamlets|neighbou?rhoods?|districts?|quarters?)\b")
#: A capitalised name right after a locative word with no head noun: "targeted a position near
#: Zirgan", "shells fell on Dardara and Tal Shanan", "a checkpoint at Kherbet Ali".
_LOCATIVE_NAME_RE = re.compile(
    rf"\b(?:near|in|at|outside|around|on|(?:the\s+)?(?:outskirts|vicinity|surroundings|edges?|environs)\s+of)"
    rf"\s+(?P<name>{_NAME}(?:\s+{_NAME}){{0,2}})"
    rf"(?:\s+and\s+(?P<name2>{_NAME}(?:\s+{_NAME}){{0,2}}))?")
#: A list of names with a plural head noun after it: "Zahrat and Bir Nasir villages", "Qubayra,
#: Mazraat Sabah and Jarnaz villages", "Hulaywa and Kasra areas".
_NAMES_BEFORE_HEADS_RE = re.compile(
    rf"(?<![\w-])(?P<names>{_NAME}(?:\s+{_NAME}){{0,2}}(?:\s*,\s*{_NAME}(?:\s+{_NAME}){{0,2}}){{0,8}}"
    rf"\s*,?\s+and\s+{_NAME}(?:\s+{_NAME}){{0,2}})\s+(?P<head>villages|hamlets|towns|areas)\b")
#: A plural head noun with its list right after it, without "of": "the villages Kasra, Dulaimiya
#: and Muftiya"; or, a few words on, "including", "such as" or a verb "include": "several villages
#: were shelled, including Humaydiya and …", "Villages shelled on Monday include Jarnaz, …".
_HEADS_BEFORE_NAMES_RE = re.compile(
    rf"\b(?P<head>[Vv]illages|[Hh]amlets|[Tt]owns)(?:[^.;:\n]{{0,60}}?(?:\s*,?\s+(?:including|such\s+as|namely)|"
    rf"\s(?:include|includes|included)))?[^\S\n]+(?P<name>{_NAME}(?:[^\S\n]+{_NAME}){{0,2}})")
#: The two ends of a stretch between two places: "fighting between Khirbat Dawud and Safiyat".
_BETWEEN_RE = re.compile(
    rf"\bbetween\s+(?P<name>{_NAME}(?:\s+{_NAME}){{0,2}})\s+and\s+(?P<name2>{_NAME}(?:\s+{_NAME}){{0,2}})")
#: Words of a name that make it no place: compounds of a side ("SDF-held"), languages, feasts, media.
_NOT_PLACE_PARTS = re.compile(r"-(?:held|led|backed|controlled|run|affiliated|linked|based|allied|aligned)$",
                              re.IGNORECASE)
_NOT_PLACE_WORDS = frozenset({"english", "arabic", "kurmanji", "ramadan", "eid", "christmas", "facebook", "twitter",
                              "telegram", "whatsapp", "youtube", "instagram", "x", "islamic", "state", "god",
                              "parliament", "congress", "council", "court"})
#: Capitalised words that are no place name before an apposition ("On Sunday, a village …").
_NOT_APPOSED = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                          "february", "march", "april", "may", "june", "july", "august", "september", "october",
                          "november", "december", "meanwhile", "separately", "overnight", "later", "earlier",
                          "however", "also", "today", "yesterday", "on", "in", "at", "the", "a", "an", "jan", "feb",
                          "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
def _unpossessed(word: str) -> str:
    """``Tuesday's`` → ``tuesday``: a word lower-cased, without its possessive ending."""
    w = word.lower()
    return w[:-2] if w.endswith(("'s", "’s")) else w


#: More names after the first: "the neighbourhoods of Ghwayran and al-Zuhour", "the villages of
#: Qubayra, Mazraat Sabah, and Jarnaz" (the comma before "and" too), "the town of Zirgan (Abu Rasin)".
_MORE_NAMES_RE = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*\(\s*)(?P<name>{_NAME}(?:\s+{_NAME})?)\)?")
#: The same for a list with no "of" (:meth:`EnglishPlaces._listed_names`), whose names may have three words
#: ("include Jarnaz, Qasr Umm Hanun and Safiyat").
_MORE_LISTED_RE = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<name>{_NAME}(?:\s+{_NAME}){{0,2}})")
#: A people's, a faith's or a country's adjective ("the Assyrian village of X", "a Yazidi town") says who
#: lives there, not which place it is.
_PEOPLE_WORDS = frozenset({"kurdish", "arab", "christian", "syrian", "turkish", "assyrian", "syriac", "armenian",
                           "chaldean", "yazidi", "ezidi", "muslim", "sunni", "shia", "shiite", "alawite",
                           "druze", "circassian", "turkmen", "bedouin", "iraqi", "american", "russian",
                           "iranian", "kurd"})
_NOT_NAMES = frozenset({"the", "a", "this", "that", "same", "nearby", "neighbouring", "neighboring",
                        "southern", "northern", "eastern", "western", "central", "border",
                        "its", "their"}) | _PEOPLE_WORDS


#: Things a person owns ("Hamo's house", "Ali's car"): after one, a possessive name is an owner's,
#: no place; any other word ("Amuda's countryside", "Tal Ghazala's main road") keeps it a place.
_OWNED_AFTER_POSSESSIVE = frozenset({"house", "houses", "home", "homes", "car", "cars", "shop", "shops", "store",
                                     "farm", "farms", "land", "lands", "truck", "vehicle", "motorcycle", "office",
                                     "family", "brother", "son", "sons", "father", "wife", "relatives", "body"})
#: The first word of a village's name that makes it a place whatever follows ("Kherbet Omar's main street").
_PLACE_PARTICLES = frozenset({"kherbet", "khirbet", "khirbat", "tal", "tell", "til", "ain", "ayn", "umm", "um",
                              "abu", "qasr", "jabal", "tall", "bir", "deir", "ras"})


_TRIBE_RE = re.compile(r"(?:['’]s)?\s+(?:tribe|tribes|clan|clans|tribal|tribesmen)\b", re.IGNORECASE)


_ORGANISATION_RE = re.compile(
    r"\b(?-i:(?=[A-Z]))(?:party|council|front|union|movement|coalition|committee|organi[sz]ation|association|observatory|"
    r"network|centre|center|ministry|league|alliance|administration|(?-i:Forces))"
    r"\s+(?:for\s+[\w\s]{0,30}?\s+)?(?:of|in)\s+(?:the\s+)?$",
    re.IGNORECASE)


def _in_organisation(text: str, m: Mention) -> bool:
    """``Kurdistan Democratic Party of Syria``, ``Council of Qamishli``-style names: the
    country or region ends an organisation's name (only countries and regions: ``the
    military council of Tal Tamr`` still names the town; only a capitalised body: ``a joint
    administration in north-eastern Syria`` names the region)."""
    return m.kind in ("country", "region") and _ORGANISATION_RE.search(text, max(0, m.start - 60), m.start) is not None


#: Capitalised words that make the name before them an outlet's or an armed group's
#: ("Syria TV", "Syria Direct", "the Syria Observatory for Human Rights", "Tel Tamr Military
#: Council", "Kurdistan 24)"): case-sensitive, so "the Tal Tamr military council" still names the town.
_NAMED_BODY_RE = re.compile(
    r"(?:['’]s)?\s+(?:Military\s+Council|TV|Television|News|Radio|Press|Agency|Brigades?|Battalion|Regiment|"
    r"Observatory|Direct|"
    r"Operations\s+Room|Information\s+Cent(?:re|er)|Media\s+Cent(?:re|er)|24\)|"
    r"(?i:people['’]s\s+(?:council|municipality|house)|civil\s+council))(?![\w-])")


def _named_body(text: str, m: Mention) -> bool:
    """A place's name opening an outlet's or a group's name: no place (a trap, issue 10); a
    country or region inside a party's or a front's name (``Future Syria Party``, ``Syrian
    Democratic Council``: the name ends on ``Party``, ``Council``, ``Front`` … with at most two
    capitalised words between)."""
    if _NAMED_BODY_RE.match(text, m.end) is not None:
        return True
    return m.kind in ("country", "region") and _PARTY_AFTER_RE.match(text, m.end) is not None


#: After a country's name: the rest of a party's or a front's name (case-sensitive heads).
_PARTY_AFTER_RE = re.compile(
    r"(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:Party|Council|Front|Movement|Union|Coalition|Committee|Assembly|"
    r"Congress|Alliance|Current|Bloc|Organi[sz]ation)(?![\w-])")


#: Right before a place: a description of where a source, outlet or group sits ("a monitor based
#: in Britain", "the watchdog, which is headquartered in London"), never where an event happened.
_BASED_IN_RE = re.compile(r"\b(?:based|headquartered)\s+(?:in|out\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


def _source_base(text: str, start: int) -> bool:
    """Whether the place name starting at ``start`` follows ``based in`` / ``headquartered in``:
    the seat of whoever is described (``a monitor based in Britain``), no event place (the
    ``Britain-based`` form is no place already, see ``_NOT_PLACE_PARTS``)."""
    return _BASED_IN_RE.search(text, max(0, start - 40), start) is not None


#: A side of a country before its name: "the far northeast of Syria", "the north-east of Syria".
_SIDE_OF_RE = re.compile(r"\bthe\s+(?:far\s+)?(?P<dir>(?:north|south)-?(?:east|west)|north|south|east|west)\s+of\s+$",
                         re.IGNORECASE)


def _tribe(text: str, m: Mention) -> bool:
    """``the Tayy tribe``, ``Tai clan``: a tribe's name, not the neighbourhood."""
    return _TRIBE_RE.match(text, m.end) is not None


_DIRECTIONS = {"eastern": "east", "western": "west", "northern": "north", "southern": "south",
               "east": "east", "west": "west", "north": "north", "south": "south"}
#: "Amuda countryside", "Amuda's countryside", "Hasakah's southern countryside" after a town's name.
_COUNTRYSIDE_AFTER_RE = re.compile(
    r"(?:['’]s)?\s+(?:(?P<dir>eastern|western|northern|southern)\s+)?(?:country\s*side|rural\s+area|rural\s+areas)\b",
    re.IGNORECASE)
#: "the countryside of Amuda", "… of the town of Amuda", "… of Syria's Tel Tamr", "… of the Al Qahtaniyah
#: subdistrict" before a town's name.
_COUNTRYSIDE_BEFORE_RE = re.compile(
    r"\b(?:(?:the\s+)?(?P<dir>eastern|western|northern|southern)\s+)?countryside\s+of\s+"
    r"(?:the\s+(?:(?:city|town|subdistrict|district)\s+of\s+)?)?(?:Syria['’]s\s+)?(?:al[\s-])?$",
    re.IGNORECASE)
_SIDES = {"north": "north", "south": "south", "east": "east", "west": "west", "northeast": "north-east",
          "northwest": "north-west", "southeast": "south-east", "southwest": "south-west"}
#: "west of the town of", "15 km north-east of", "a village near", "the outskirts of",
#: "villages in the countryside around" right before a town's name.
_AROUND_RE = re.compile(
    r"(?:\b(?P<dir>(?:north|south)(?:[-\s]?(?:east|west))?|east|west|(?:north|south|east|west)ern)\s+of\s+"
    r"|\b(?:village|villages|farm|farms|farmland|fields|hamlet|hamlets|area|areas)\s+"
    r"(?:near|around|outside|close\s+to|not\s+far\s+from|in\s+the\s+vicinity\s+of|on\s+the\s+outskirts\s+of)\s+"
    r")(?:the\s+)?(?:(?:city|town)\s+of\s+)?$",
    re.IGNORECASE)
#: A town's villages, after or before its name: its countryside ("Tal Tamr's villages", "the villages of Amuda").
_VILLAGES_AFTER_RE = re.compile(r"(?:['’]s)?\s+villages\b", re.IGNORECASE)
_VILLAGES_OF_RE = re.compile(r"\bvillages\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?$", re.IGNORECASE)
#: A name that a list goes on after ("the villages of Tal Tamr, Abu Rasin and …"): each name is a place.
_LIST_GOES_ON_RE = re.compile(r"\s*,|\s+and\s+(?:the\s+)?[A-Z]")


def villages_phrase(text: str, m: Mention) -> tuple[int, int] | None:
    """The span of ``text`` (original offsets) of a town's villages around mention ``m`` (``Tal
    Tamr's villages``, ``the Amuda villages``, ``the villages of Amuda``), from ``villages`` or the
    name to the end of the phrase; None when ``m`` is named no such way."""
    after = _VILLAGES_AFTER_RE.match(text, m.end)
    before = _VILLAGES_OF_RE.search(text, max(0, m.start - 40), m.start)
    if after is None and before is None:
        return None
    return (before.start() if before is not None else m.start), (after.end() if after is not None else m.end)
#: What lies at a town's edge, which ACLED codes to the town itself: "a house on the
#: outskirts of Amuda", "a checkpoint on the road west of Amuda", "at the entrance to Tal Tamr".
_AT_THE_EDGE_RE = re.compile(
    r"\b(?:road|roads|highway|checkpoint|entrance|entrances|gate|edge|outskirts)\s*$", re.IGNORECASE)
#: A compass adjective right before a name: "in northern Hasakah", "north-eastern al-Hasakah".
_COMPASS_BEFORE_RE = re.compile(r"\b(?:north|south)?-?(?:north|south|east|west)ern\s+(?:al-|Al-)?$")
#: What makes "northern Hasakah" the city or its countryside after all.
_CITY_AFTER_RE = re.compile(r"\s+(?:city|countryside|town|neighbou?rhoods?|districts?)\b", re.IGNORECASE)
_PROVINCE_RE = re.compile(r"\s+(?:province|governorate)\b", re.IGNORECASE)
#: "the governorate of al-Hasakah", "the province of Hasakah": the title before the name.
_PROVINCE_OF_RE = re.compile(r"\b(?:province|governorate)\s+of\s+$", re.IGNORECASE)
#: "Hasakah, Raqqa and Deir ez-Zor provinces": a list of names closed by the plural title.
_PROVINCES_AFTER_RE = re.compile(
    r"(?:\s*(?:,\s*and|,|and)\s+(?:[Aa]l-)?[A-Z][\w'’]*(?:[ -](?:[a-z]{1,3}-)?[A-Z][\w'’]*){0,2})*"
    r"\s+(?:provinces|governorates)\b")
#: A report's opening label: "Hasakah: …", "Al-Hasakah | …".
_LABEL_AFTER_RE = re.compile(r"\s*[:|]")
#: What joins the names of a list: ", ", " and ", ", and ".
_LIST_GAP_RE = re.compile(r"^\s*(?:,\s*and|,|and)\s*$")
_IN_BEFORE_RE = re.compile(r"\bin\s+$")
#: "in" right behind the place it locates ("Tal Tamr in al-Hasakah", "Amuda, in Hasakah"), not
#: after other words ("killed near Amuda were returned to their relatives in Hasakah": the city).
_APPOSED_IN_RE = re.compile(r"[\s,]*in\s+")
_SETTLEMENT_OR_AREA = frozenset({"town", "village", "area", "subdistrict"})
_AIRBASE_RE = re.compile(r"(?:['’]s)?\s+(?:airbase|air\s+base|military\s+airport|airport|airfield)\b", re.IGNORECASE)
_DIRECTION_BEFORE_RE = re.compile(r"\b(eastern|western|northern|southern)\s+$", re.IGNORECASE)


def _direction_before(text: str, start: int) -> str | None:
    m = _DIRECTION_BEFORE_RE.search(text, max(0, start - 12), start)
    return m.group(1) if m else None


#: After ``X (Known)``: the kind the writer gives the pair (``Tal Kocher (Al-Yarubiyah) town``).
_PAIR_KIND_RE = re.compile(r"\s+(?P<kind>town|city)\b", re.IGNORECASE)


def _alias_of_known(text: str, start: int, end: int, mentions: list[Mention], head: str = "") -> bool:
    """Whether the name at ``[start, end)`` and a known place are one place named twice, one
    of them in brackets right after the other: ``Tal Kocher (Al-Yarubiyah) town``,
    ``al-Yarubiyah (Tal Kocher)``.

    An unknown name followed by a known place in brackets is that place's other name only
    when no head noun stands before it (``the village of X (Tal Tamr)`` is a village in Tal
    Tamr's area, not Tal Tamr) and the two plausibly are one place: the text calls the pair
    a town or city, the known place's own kind (``near Tal Kocher (Al-Yarubiyah) town``).
    Otherwise (``near X (Amuda)``) the bracketed place is the enclosing area and the name
    stays unresolved (a spelling the matcher misses falls there too: coarser, never wrong).
    """
    after = re.match(r"\s*\(\s*", text[end:end + 4])
    if after is not None:
        if head:
            return False
        at = end + after.end()
        for m in mentions:
            if not (m.place_id and at <= m.start <= at + 3 and text[m.end:m.end + 1] == ")"
                    and text[at:m.start].lower() in ("", "al-", "el-", "al ")):
                continue
            kind = _PAIR_KIND_RE.match(text, m.end + 1)
            if kind is not None and kind.group("kind").lower() == m.kind:
                return True
        return False
    if text[end:end + 1] == ")":
        before = re.search(r"\s*\(\s*$", text[max(0, start - 4):start])
        if before is not None:
            at = start - len(before.group(0))
            return any(m.end == at and m.place_id for m in mentions)
    return False


#: Head nouns of an unknown place inside a settlement: a town named with it is its enclosure.
_INSIDE_HEADS = frozenset({"neighbourhood", "neighborhood", "district", "quarter", "camp", "roundabout", "prison",
                           "street"})
#: Last words of a name that make it a place inside a settlement ("Munir Habib Street").
_INSIDE_NAME_WORDS = frozenset({"street", "road", "avenue", "square", "roundabout", "market", "souq", "hospital",
                                "school", "mosque", "church", "bakery", "stadium", "park", "prison", "neighbourhood",
                                "neighborhood", "quarter", "district"})
_IN_TOWN_RE = re.compile(r"\s*(?:,\s*)?in\s+(?:the\s+(?:city|town)\s+of\s+)?", re.IGNORECASE)


def _inside_words(text: str, name: str, end: int, mentions: list[Mention]) -> bool:
    """Whether a name found with no head noun is of a place inside a settlement: it ends with a
    word such as ``Street``, ``Hospital``, ``Square``, or ``in <city or town>`` follows it
    (``on Munir Habib Street in Qamishli``, ``in al-Sinaa in Qamishli``)."""
    if name.split()[-1].lower() in _INSIDE_NAME_WORDS:
        return True
    after = _IN_TOWN_RE.match(text, end)
    return after is not None and any(m.start == after.end() and m.kind in ("city", "town") for m in mentions)


def _to_norm(nt: NormalisedText, orig: int) -> int:
    return orig if nt.kept is None else bisect.bisect_left(nt.kept, orig)


#: The spellings of تل ("mound", the first word of many place names): one word when folded.
_MOUND_WORDS = frozenset({"tal", "tall", "tel", "tell", "til"})
#: The diphthong of ``ay`` as English copy spells it (``ei``, ``ey``, ``ai``).
_DIPHTHONG_RE = re.compile(r"[ae][iy]")


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """A lower-case word with the letters transliterations disagree on folded.

    Examples
    --------
    >>> fold("hilaliyah") == fold("hilaliye") == fold("hilaliya")
    True
    >>> fold("qaddur") == fold("qadour")
    True
    >>> fold("tel") == fold("tall") == fold("tal")
    True
    >>> fold("keif") == fold("kayf")
    True
    """
    w = word.lower()
    if w in _MOUND_WORDS:
        return "tal"  # "Tel Tamr", "Tell Tamr", "Tall Tamr" are "Tal Tamr"
    w = w.replace("ou", "u").replace("oo", "u").replace("ee", "i")
    w = _DIPHTHONG_RE.sub("ay", w)  # "Keif"/"Kayf", "Deir"/"Dayr", "Ain"/"Ayn", "Rumeilan"/"Rumaylan"
    if len(w) > 3 and w.endswith("h") and w[-2] in "aeiou":
        w = w[:-1]
    if len(w) > 3 and w.endswith("ye"):
        w = w[:-1] + "a"
    out: list[str] = []
    for c in w:
        if not out or c != out[-1] or c.isdigit():
            out.append(c)
    return "".join(out)


#: Marks an ayn or a hamza is written with inside a transliterated word (``Maʿbada``, ``Ma‘bada``).
_AYN_MARKS = frozenset("ʿʾʻʼ‘’'`")
#: Marks that start a word only as an ayn or a hamza (not the quotation marks ‘ ’ ').
_WORD_INITIAL_MARKS = frozenset("ʿʾʻʼ`")
_MARK_INSIDE_RE = re.compile(r"(?<=[a-z])[ʿʾʻʼ‘’'`](?=[a-z])|(?<![a-z])[ʿʾʻʼ`](?=[a-z])")
#: English endings after an apostrophe: no part of a name (``Qamishli’s``, ``don’t``).
_ENGLISH_ENDINGS = frozenset({"s", "t", "d", "ll", "re", "ve", "m"})
#: Hyphens an article is joined with (the ASCII one, the non-breaking U+2011, U+2010, dashes).
_HYPHENS = frozenset("-\u2010\u2011\u2012\u2013")
#: Shortest vowel-loose key matched (letters of its words together).
_LOOSE_MIN = 5
_VOWEL_RUN_RE = re.compile(r"[aeiou]+")


def loose_fold(word: str) -> str:
    """:func:`fold` with every run of vowels one ``a``: what a scholarly transliteration
    (``Maʿbada``, ``ʿAmudah``) and a common spelling (``Muabbada``, ``Amuda``) of one name share.

    Examples
    --------
    >>> loose_fold("mabada") == loose_fold("muabbada")
    True
    >>> loose_fold("tamr") == loose_fold("tumr") != loose_fold("tmar")
    True
    """
    return _VOWEL_RUN_RE.sub("a", fold(word))


#: Letters only the Kurdish Latin alphabet uses in these names: a word with one is spelt the Kurdish way.
_KURDISH_LETTERS = frozenset("êîûçşÊÎÛÇŞ")
_KURDISH_TO_ENGLISH = (("ç", "ch"), ("ş", "sh"), ("c", "j"), ("x", "kh"), ("ê", "e"), ("î", "i"), ("û", "u"))


def kurdish_latin(word: str) -> str:
    """A word spelt in the Kurdish Latin alphabet as English copy spells it: ``c`` is ``j``,
    ``x`` is ``kh``, ``ç`` is ``ch``, ``ş`` is ``sh`` (``Til Cûma`` is ``Tal Juma``). Used only
    on words that have a letter only that alphabet uses (``ê``, ``î``, ``û``, ``ç``, ``ş``).

    Examples
    --------
    >>> kurdish_latin("Cûma")
    'juma'
    >>> kurdish_latin("Xelîl")
    'khelil'
    """
    w = word.lower()
    for k, e in _KURDISH_TO_ENGLISH:
        w = w.replace(k, e)
    return w


_SKELETON_DROP = str.maketrans({c: None for c in "aeiouyw'’`-"})
#: Shortest skeleton matched (shorter ones are too often another word's).
SKELETON_MIN = 5
#: A skeleton match farther than this from every place the report names as written is another
#: place of similar consonants (a homonym), not the one meant.
SKELETON_FAR_KM = 50.0
#: Kinds too wide to say where a report is (a match is always "near" its governorate).
_WIDE_KINDS = frozenset({"country", "region", "governorate"})
#: Kinds whose variant spellings (rule 1) are taken wherever the report is: towns and wider are
#: few and far apart; a village, a quarter or a landmark spelt as another is checked like a
#: skeleton match ("the Salihiya district in Hasakah" is not the village Al-Salihiyah 60 km west).
_KNOWN_BY_VARIANT = _WIDE_KINDS | {"city", "town", "subdistrict", "area"}


def skeleton(words) -> str:
    """The consonants of a name, run together: what English spellings of one Arabic or
    Kurdish name share.

    Examples
    --------
    >>> skeleton(["qadourbek"]) == skeleton(["qaddur", "bek"])
    True
    >>> skeleton(["tel", "al", "laban"]) == skeleton(["tall", "al", "lubn"])
    True
    >>> skeleton(["jal", "agha"]) == skeleton(["jil", "agha"])
    True
    """
    out: list[str] = []
    for x in (w.lower() for w in words):
        if x in _ARTICLES:
            continue
        x = x.replace("q", "k").replace("g", "k").replace("kh", "k")
        if len(x) > 3 and x.endswith("h") and x[-2] in "aeiouy":
            x = x[:-1]
        x = x[:1] + x[1:].translate(_SKELETON_DROP)
        word: list[str] = []
        for c in x:
            if not word or c != word[-1]:
                word.append(c)
        out.append("".join(word))
    joined = "".join(out)
    # a name written as one word or two ("Qadourbek", "Qaddur Bek") runs together when long
    return joined if len(out) == 1 or len(joined) >= SKELETON_MIN else " ".join(out)


def _long_enough(key: str) -> bool:
    """A skeleton distinctive enough to match on: five letters, or two words of four."""
    return len(key.replace(" ", "")) >= (4 if " " in key else SKELETON_MIN)


def _folded(words) -> tuple[str, ...]:
    return tuple(fold(w) for w in words if w not in _ARTICLES)


#: Where the clause of an unknown name ends, for the area named after it: a sentence's end, a
#: line's, a semicolon, or a comma before a new clause (``, and a march set off through …``).
_CLAUSE_END_RE = re.compile(r"\.\s|\n|;|,\s+(?:and|but|while|whereas)\s")

#: A name of one to three capitalised words (``Shahid Khabat``, ``Mothers’``).
_NAMES = rf"{_NAME}(?:\s+{_NAME}){{0,2}}"
#: Names coordinated before a plural head: "the Rashidiya and Bustan districts".
_COORDINATED_RE = re.compile(rf"{_NAMES}")
#: A headline in title case: a line of at most ``_TITLE_WORDS`` words, this share of its words of
#: four letters or more capitalised.
_TITLE_SHARE = 0.8
_TITLE_WORDS = 20


def _facility_patterns(facilities: Mapping[str, tuple[str, ...]]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The patterns of a name before one of the ``[facilities]`` heads (``the X oil station``,
    ``the X and Y districts``: plural heads take each name) and of a name after a capitalised
    ``of_name`` head (``the Church of Saint Elias``); None for an empty list."""
    heads = sorted({*facilities.get("countryside", ()), *facilities.get("inside", ())}, key=len, reverse=True)
    before = None
    if heads:
        alt = "|".join(r"\s+".join(re.escape(w) for w in h.split()) for h in heads)
        before = re.compile(rf"(?<![\w-])(?P<names>{_NAMES}(?:(?:\s*,\s*|\s+and\s+){_NAMES})*)\s+"
                            rf"(?P<head>(?i:{alt}))(?P<plural>e?s)?(?![\w'’-])")
    of = facilities.get("of_name", ())
    after = re.compile(rf"(?<![\w-])(?P<name>(?:{'|'.join(map(re.escape, of))})\s+of\s+(?:the\s+)?{_NAMES})"
                       ) if of else None
    return before, after


def _in_title_line(text: str, at: int) -> bool:
    """Whether the line holding offset ``at`` is set in title case (a headline: ``Turkish Drone
    Strikes Hit Oil Station``), where capitals mark no name."""
    s, e = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    every = re.findall(r"[A-Za-z][\w'’-]*", text[s:e if e != -1 else len(text)])
    words = [w for w in every if len(w) > 3]
    return len(every) <= _TITLE_WORDS and len(words) >= 3 \
        and sum(w[0].isupper() for w in words) >= _TITLE_SHARE * len(words)


class EnglishPlaces:
    """Variant spellings and unresolved names on top of the shared place finder.

    Parameters
    ----------
    gazetteer : Gazetteer
    places : PlaceFinder
        Its matches come first; this adds what it missed.
    lexicon : Lexicon, optional
        Its ``facilities`` heads (``oil station``, ``hospital``) name places the gazetteer may
        lack; defaults to ``pipeline/data/english.toml``.
    """

    def __init__(self, gazetteer: Gazetteer, places: PlaceFinder, lexicon: Lexicon | None = None):
        self.gazetteer = gazetteer
        self.places = places
        facilities = (lexicon or default_lexicon()).facilities
        self._facility_inside = frozenset(h.lower() for h in facilities.get("inside", ()))
        self._facility_re, self._of_name_re = _facility_patterns(facilities)
        # folded first word -> [(folded rest, place id)], longest first
        self._index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        known: set[str] = set()
        for p in gazetteer.places.values():
            for name in (p.name_en, *p.aliases):
                if not name or not name.isascii():
                    continue
                known.add(name.lower())
                raw = re.findall(r"[a-z0-9]+", name.lower())
                if len(raw) > 1 and raw[0] in _SUN_ARTICLES:
                    raw = raw[1:]  # "Ash Shaddadah" is also written "Al-Shaddadah", "Shaddadah"
                words = _folded(raw)
                if not words or (len(words) == 1 and len(words[0]) < 4):
                    continue
                self._index.setdefault(words[0], []).append((words[1:], p.id))
        for entries in self._index.values():
            entries.sort(key=lambda e: -len(e[0]))
        # skeleton -> place ids (a skeleton two places share is not used)
        skel: dict[str, set[str]] = {}
        for p in gazetteer.places.values():
            if p.kind in ("country", "region", "governorate", "area"):
                continue
            for name in (p.name_en, *p.aliases):
                if name and name.isascii():
                    key = skeleton(re.findall(r"[a-z0-9]+", name.lower()))
                    if _long_enough(key):
                        skel.setdefault(key, set()).add(p.id)
        self._skeletons = {k: next(iter(v)) for k, v in skel.items() if len(v) == 1}
        # vowel-loose key -> place ids (for names written with an ayn or hamza mark)
        loose: dict[tuple[str, ...], set[str]] = {}
        for p in gazetteer.places.values():
            for name in (p.name_en, *p.aliases):
                if not name or not name.isascii():
                    continue
                raw = re.findall(r"[a-z0-9]+", _MARK_INSIDE_RE.sub("", name.lower()))
                if len(raw) > 1 and raw[0] in _SUN_ARTICLES:
                    raw = raw[1:]
                lkey = tuple(loose_fold(w) for w in raw if w not in _ARTICLES)
                if lkey and len("".join(lkey)) >= _LOOSE_MIN:
                    loose.setdefault(lkey, set()).add(p.id)
        self._loose = {k: next(iter(v)) for k, v in loose.items() if len(v) == 1}
        self._known = known
        self._actor_names = {a.lower() for actor in places.actors.values() for a in actor.aliases}

    def find(self, nt: NormalisedText, tokens: Tokens, mentions: list[Mention], blocked: set[int]
             ) -> list[Mention]:
        """Mentions the shared finder missed, matched on folded spellings.

        Parameters
        ----------
        nt : NormalisedText
        tokens : Tokens
        mentions : list of Mention
            What the shared finder found (their tokens are not matched again).
        blocked : set of int
            Tokens of actor names.

        Returns
        -------
        list of Mention
            ``mentions`` plus the new ones, in text order.
        """
        taken = set(blocked)
        starts, ends = tokens.starts, tokens.ends
        o_spans = [nt.to_original(s, e) for s, e in zip(starts, ends)]
        for m in mentions:
            taken.update(i for i, (s, e) in enumerate(o_spans) if s >= m.start and e <= m.end)
        words = tokens.words
        folded = [fold(kurdish_latin(nt.original[a:b])) if _KURDISH_LETTERS & set(nt.original[a:b]) else fold(w)
                  for w, (a, b) in zip(words, o_spans)]
        out = list(mentions)
        by_skeleton: list[Mention] = []
        i, n = 0, len(words)
        while i < n:
            if i in taken:
                i += 1
                continue
            first = i + 1 if words[i] in _ARTICLES and i + 1 < n else i
            best = None
            for rest, pid in self._index.get(folded[first], ()):
                j, k = first + 1, 0
                while k < len(rest) and j < n and (words[j] in _ARTICLES or folded[j] == rest[k]):
                    if words[j] not in _ARTICLES:
                        k += 1
                    j += 1
                if k == len(rest) and not any(t in taken for t in range(i, j)):
                    best = (j - 1, pid)
                    break
            skeletal = False
            if best is None and nt.original[o_spans[first][0]].isupper():
                best = self._by_skeleton(nt, words, o_spans, first, taken)
                skeletal = best is not None
            if best is None or not nt.original[o_spans[first][0]].isupper():
                i += 1
                continue
            last, pid = best
            out.append(self.places._mention(nt, starts[i], ends[last], pid, "name"))
            if skeletal or out[-1].kind not in _KNOWN_BY_VARIANT:
                by_skeleton.append(out[-1])
            taken.update(range(i, last + 1))
            i = last + 1
        for first_tok, last_tok, pid in self._marked_names(nt, tokens, o_spans, taken):
            out.append(self.places._mention(nt, starts[first_tok], ends[last_tok], pid, "name"))
            if out[-1].kind not in _KNOWN_BY_VARIANT:
                by_skeleton.append(out[-1])
            taken.update(range(first_tok, last_tok + 1))
        skeletal_ids = {id(m) for m in by_skeleton}
        far = {id(m) for m in self._far_from_report(by_skeleton, [m for m in out if id(m) not in skeletal_ids])}
        out = [m for m in out if id(m) not in far]
        out.sort(key=lambda m: m.start)
        return self._governorate_in_context(nt, [
            self._airport(nt, self._province(nt, self._countryside(nt, self._side_of_country(nt, m)))) for m in out
            if not _tribe(nt.original, m) and not _in_organisation(nt.original, m)
            and not _named_body(nt.original, m) and not _source_base(nt.original, m.start)])

    def _governorate_in_context(self, nt: NormalisedText, mentions: list[Mention]) -> list[Mention]:
        """Stage: the name of the city a governorate is named after stands for the governorate
        where the text uses it as a province's name: as a report's opening label ("Hasakah: a
        bombing and …", "Al-Hasakah | ISIS cells …"), in a list with another province's capital
        ("SDF-held areas of Hasakah and Deir Ezzor", "in Deir Ezzor and Al-Hasakah"), or after
        ``in`` right behind a place of the governorate outside the city ("the countryside of
        Al-Shaddadi in Al-Hasakah"; "Ghwayran prison in Hasakah" stays the city, and so does a
        city named later in the clause: "killed near Amuda were returned to their relatives in
        Hasakah")."""
        text = nt.original
        out = list(mentions)
        for k, m in enumerate(out):
            if m.place_id is None or m.kind != "city":
                continue
            gov = next((a for a in self.gazetteer.ancestors(m.place_id) if a.kind == "governorate"), None)
            if gov is None or not m.name_en or m.name_en.lower() not in (gov.name_en or "").lower():
                continue
            label = not text[:m.start].strip() and _LABEL_AFTER_RE.match(text, m.end) is not None
            listed = any(o.kind == "city" and o.place_id is not None and self.gazetteer.outside_area(o.place_id)
                         and _LIST_GAP_RE.match(text[min(o.end, m.end):max(o.start, m.start)])
                         for o in out[max(0, k - 2):k + 3] if o is not m)
            inside = False
            if _IN_BEFORE_RE.search(text, max(0, m.start - 5), m.start):
                prior = next((o for o in reversed(out[:k]) if o.end <= m.start), None)
                inside = (prior is not None and prior.place_id is not None
                          and _APPOSED_IN_RE.fullmatch(text, prior.end, m.start) is not None
                          and prior.kind in _SETTLEMENT_OR_AREA  # (a quarter or a square lies in a city)
                          and prior.place_id != m.place_id and m.place_id not in self.gazetteer.ancestor_ids(prior.place_id)
                          and gov.id in self.gazetteer.ancestor_ids(prior.place_id))
            if label or listed or inside:
                out[k] = self.places._mention(nt, _to_norm(nt, m.start), _to_norm(nt, m.end), gov.id, "name")
        return out

    def _far_from_report(self, candidates: list[Mention], named: list[Mention]) -> list[Mention]:
        """The ``candidates`` (skeleton matches) farther than :data:`SKELETON_FAR_KM` from every
        place of ``named`` (the places the report names as written) that says where the report
        is: a settlement or an area, not a governorate or wider. None when the report names no
        such place."""
        points = []
        for m in named:
            if m.place_id is None or m.kind in _WIDE_KINDS:
                continue
            loc = self.gazetteer.locate(m.place_id)
            if loc.lat is not None and loc.lon is not None:
                points.append((loc.lat, loc.lon))
        if not points:
            return []
        far = []
        for m in candidates:
            if m.place_id is None:
                continue
            at = self.gazetteer.locate(m.place_id)
            if at.lat is None or at.lon is None:
                continue
            if min(haversine_km(at.lat, at.lon, a, b) for a, b in points) > SKELETON_FAR_KM:
                far.append(m)
        return far

    def _side_of_country(self, nt: NormalisedText, m: Mention) -> Mention:
        """``the far northeast of Syria``: the country's region on that side when the gazetteer
        has one (its ``position``), as ``north-eastern Syria`` is."""
        if m.place_id is None or m.kind != "country":
            return m
        hit = _SIDE_OF_RE.search(nt.original, max(0, m.start - 30), m.start)
        if hit is None:
            return m
        side = hit.group("dir").lower().replace("-", "")
        region = self.gazetteer.find_child(m.place_id, kind="region", position=_SIDES.get(side, side))
        if region is None:
            return m
        return self.places._mention(nt, _to_norm(nt, hit.start("dir")), _to_norm(nt, m.end), region.id, "relative")

    def _airport(self, nt: NormalisedText, m: Mention) -> Mention:
        """``Al-Qamishli airbase``, ``Qamishli air base``, ``Qamishli military airport``,
        ``Qamishly airport``: the city's airport row (the gazetteer lists ``Qamishli airport``
        as written only; a variant spelling of the city before ``airport`` is the same)."""
        if m.place_id is None or m.kind not in ("city", "town"):
            return m
        after = _AIRBASE_RE.match(nt.original, m.end)
        if not after:
            return m
        airport = self.gazetteer.find_child(m.place_id, kind="airport")
        if airport is None:
            return m
        return self.places._mention(nt, _to_norm(nt, m.start), _to_norm(nt, after.end()), airport.id, "name")

    def the_airport(self, nt: NormalisedText, tokens: Tokens, mentions: list[Mention], focus: str | None
                    ) -> list[Mention]:
        """``the airport``, ``the city's airport``: the airport of the article's city (``focus``),
        when the gazetteer has one, as ``المطار`` is in Arabic (:mod:`pipeline.places`, rule 5);
        an anaphor (``how`` ``anaphora``). None when the city has no airport row.

        Parameters
        ----------
        nt : NormalisedText
        tokens : Tokens
        mentions : list of Mention
            The places found; an airport already named ("Qamishli airport") is left to them.
        focus : str or None

        Returns
        -------
        list of Mention
        """
        words = tokens.words
        if "airport" not in words:
            return []
        focus_airport = self.gazetteer.find_child(focus, kind="airport") if focus else None
        spans = [nt.to_original(s, e) for s, e in zip(tokens.starts, tokens.ends)]
        out = []
        for i, w in enumerate(words):
            if w != "airport" or any(m.start <= spans[i][0] < m.end for m in mentions):
                continue
            if i >= 3 and words[i - 3] == "the" and words[i - 2] in ("city", "town") and words[i - 1] == "s":
                first = i - 3  # "the city's airport"
            elif i >= 1 and words[i - 1] in ("the", "its"):
                first = i - 1  # ("… the centre of the city and at its airport")
            else:
                continue
            # the airport of a city named before it in its sentence ("in Qamishli, … still holds the
            # airport"), else of the article's city
            airport = self._sentence_city_airport(nt, mentions, spans[first][0]) or focus_airport
            if airport is None:
                continue
            m = self.places._mention(nt, tokens.starts[first], tokens.ends[i], airport.id, "anaphora")
            out.append(m)
        return out

    def _sentence_city_airport(self, nt: NormalisedText, mentions: list[Mention], at: int) -> Place | None:
        """The airport row of the last city or town named before offset ``at`` in its sentence."""
        text = nt.original
        for m in sorted(mentions, key=lambda x: x.start, reverse=True):
            if m.end > at or m.place_id is None:
                continue
            if any(c in text[m.end:at] for c in ".!?\n"):
                return None
            if m.kind in ("city", "town"):
                return self.gazetteer.find_child(m.place_id, kind="airport")
        return None

    def around(self, nt: NormalisedText, mentions: list[Mention]) -> dict[int, Mention]:
        """The countryside an event is in when the text places it around a town, by the
        town mention's start: ``villages west of the town of Tal Tamr``, ``north of Amuda``,
        ``a village near Tal Tamr``, ``a village close to Qamishli``. The mention itself still
        names the town; a direction in apposition to a place already named (``the Tayy
        neighbourhood, south of Qamishli``, ``Tal al-Eid village, southeast of Qamishli``)
        only says where that place is, and is left out.

        Parameters
        ----------
        nt : NormalisedText
        mentions : list of Mention

        Returns
        -------
        dict of int -> Mention
        """
        out = {}
        ends = {x.end for x in mentions}
        for m in mentions:
            area = self._around(nt, m, ends)
            if area is not m:
                out[m.start] = area
        return out

    def _marked_names(self, nt: NormalisedText, tokens: Tokens, o_spans, taken: set[int]
                      ) -> list[tuple[int, int, str]]:
        """Stage: names written in a scholarly transliteration, with an ayn or hamza mark
        (``al-Maʿbada``, ``Raʾs``, ``Ma‘bada``): (first token, last token, place id) of each whose
        vowel-loose form (:func:`loose_fold`) is a single gazetteer place's.

        A mark inside a word splits it into tokens; here the parts are joined again (not before an
        English ending: ``Qamishli’s``, ``don’t``). Such writers spell the vowels their own way
        (``Maʿbada`` for ``Muabbada``), so only the consonants and where the vowels stand are
        compared. Only names that carry a mark (the sign of that transliteration), of capitalised
        words, are matched; a village found so is checked for distance like a skeleton match."""
        text = nt.original
        words = tokens.words
        n = len(words)
        units: list[tuple[int, int, str, bool]] = []  # first, last token, joined word, marked
        i = 0
        while i < n:
            s0 = o_spans[i][0]
            marked = s0 > 0 and text[s0 - 1] in _WORD_INITIAL_MARKS
            j, parts = i, [words[i]]
            while j + 1 < n and o_spans[j + 1][0] == o_spans[j][1] + 1 and text[o_spans[j][1]] in _AYN_MARKS \
                    and words[j + 1] not in _ENGLISH_ENDINGS and text[o_spans[j + 1][0]].islower():
                j += 1
                parts.append(words[j])
                marked = True
            units.append((i, j, "".join(parts), marked))
            i = j + 1
        found: list[tuple[int, int, str]] = []
        used: set[int] = set()

        def article(u: int) -> bool:
            first, last, word, _ = units[u]
            return (word in _ARTICLES or word in _SUN_ARTICLES) and text[o_spans[last][1]:o_spans[last][1] + 1] in _HYPHENS

        def name_word(u: int) -> bool:
            return not any(t in taken for t in range(units[u][0], units[u][1] + 1)) and u not in used \
                and units[u][2].isalpha() and text[o_spans[units[u][0]][0]].isupper() and units[u][2] not in _NOT_NAMES

        for k, (_, _, _, marked) in enumerate(units):
            if not marked or not name_word(k):
                continue
            best = None
            for lo in range(max(0, k - 2), k + 1):
                for hi in range(min(len(units) - 1, k + 2), k - 1, -1):
                    span = range(lo, hi + 1)
                    if article(hi) or not all(name_word(u) or article(u) and u < hi for u in span):
                        continue
                    key = tuple(loose_fold(units[u][2]) for u in span if not article(u))
                    pid = self._loose.get(key) if len("".join(key)) >= _LOOSE_MIN else None
                    if pid is not None and (best is None or hi - lo > best[1] - best[0]):
                        best = (lo, hi, pid)
            if best is not None:
                lo, hi, pid = best
                used.update(range(lo, hi + 1))
                found.append((units[lo][0], units[hi][1], pid))
        return found

    def _by_skeleton(self, nt: NormalisedText, words: list[str], o_spans, first: int, taken: set[int]
                     ) -> tuple[int, str] | None:
        """(last token, place id) of a capitalised name of one to three words whose skeleton
        is a single gazetteer place's (``Qadourbek``, ``Tel al-Laban``), longest first."""
        text = nt.original
        n = len(words)
        for size in (3, 2, 1):
            toks: list[int] = []
            j = first
            while j < n and len(toks) < size:
                if j in taken or not words[j].isalpha():
                    break
                if words[j] not in _ARTICLES:
                    if not text[o_spans[j][0]].isupper() or words[j] in _NOT_NAMES:
                        break
                    toks.append(j)
                j += 1
            if len(toks) < size:
                continue
            key = skeleton(words[t] for t in range(first, toks[-1] + 1))
            if not _long_enough(key) or " ".join(words[first:toks[-1] + 1]) in self._actor_names:
                continue
            pid = self._skeletons.get(key)
            if pid is not None:
                return toks[-1], pid
        return None

    def _around(self, nt: NormalisedText, m: Mention, ends: set[int] | None = None) -> Mention:
        """``west of the town of Tal Tamr``, ``a village near Amuda``, ``a village close to
        Qamishli``, ``Tal Tamr's villages``: the town's countryside (the side's own row when there is one)."""
        if m.place_id is None or m.kind not in ("city", "town"):
            return m
        text = nt.original
        if _VILLAGES_AFTER_RE.match(text, m.end) or _VILLAGES_OF_RE.search(text, max(0, m.start - 40), m.start) \
                and not _LIST_GOES_ON_RE.match(text, m.end):
            # "Tal Tamr's villages", "the Amuda villages", "the villages of Amuda": its countryside ("the
            # villages of Tal Tamr, Abu Rasin and Amuda" names each town: no countryside)
            whole = self.gazetteer.find_child(m.place_id, kind="area", position="")
            return m if whole is None else self.places._mention(nt, _to_norm(nt, m.start), _to_norm(nt, m.end),
                                                                 whole.id, "relative")
        hit = _AROUND_RE.search(text, max(0, m.start - 60), m.start)
        if hit is None:
            return m
        comma = text.rfind(",", max(0, hit.start() - 2), hit.start() + 1)
        if comma != -1 and (ends is None or comma in ends or comma - 1 in ends):
            # "the Tayy neighbourhood, south of Qamishli": where a place named before lies; but
            # after a name the gazetteer lacks ("the village of Kherbet Omar, east of Amuda") the
            # direction is all the text gives: the town's countryside
            return m
        if hit.group("dir") and _AT_THE_EDGE_RE.search(text, max(0, hit.start() - 30), hit.start()):
            return m  # "a checkpoint on the road west of Amuda": at the town's edge, the town
        side = _SIDES.get((hit.group("dir") or "").lower().replace("-", "").replace("ern", ""))
        area = side and self.gazetteer.find_child(m.place_id, kind="area", position=f"{side}_countryside")
        area = area or self.gazetteer.find_child(m.place_id, kind="area", position="")
        if area is None:
            return m
        return self.places._mention(nt, _to_norm(nt, m.start), _to_norm(nt, m.end), area.id, "relative")

    def _province(self, nt: NormalisedText, m: Mention) -> Mention:
        """``Al-Hasakah province``, ``Hasakah governorate``: the governorate, not its capital.
        ``in northern Hasakah``, ``northeastern al-Hasakah``: a direction before the name of the
        city the governorate is named after (not followed by ``city`` or ``countryside``) is
        that part of the governorate, not the city."""
        if m.place_id is None or m.kind not in ("city", "town"):
            return m
        after = _PROVINCE_RE.match(nt.original, m.end)
        gov = next((a for a in self.gazetteer.ancestors(m.place_id) if a.kind == "governorate"), None)
        if gov is None:
            return m
        if after:
            return self.places._mention(nt, _to_norm(nt, m.start), _to_norm(nt, after.end()), gov.id, "name")
        named_for = bool(m.name_en) and (m.name_en or "").lower() in (gov.name_en or "").lower()
        if named_for and (_PROVINCE_OF_RE.search(nt.original, max(0, m.start - 30), m.start)
                          or _PROVINCES_AFTER_RE.match(nt.original, m.end)):
            return self.places._mention(nt, _to_norm(nt, m.start), _to_norm(nt, m.end), gov.id, "name")
        side = _COMPASS_BEFORE_RE.search(nt.original, max(0, m.start - 30), m.start)
        if side is not None and named_for and not _CITY_AFTER_RE.match(nt.original, m.end):
            return self.places._mention(nt, _to_norm(nt, side.start()), _to_norm(nt, m.end), gov.id, "relative")
        return m

    def _countryside(self, nt: NormalisedText, m: Mention) -> Mention:
        """``eastern Qamishli countryside``, ``the countryside of Amuda``, ``Amuda's western
        countryside``: the town's countryside
        area (its side's own row when the gazetteer has one), not the town."""
        if m.place_id is None or m.kind not in ("city", "town"):
            return m
        text = nt.original
        after = _COUNTRYSIDE_AFTER_RE.match(text, m.end)
        before = _COUNTRYSIDE_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
        if not after and not before:
            return m
        word = (before.group("dir") if before else None) or (after.group("dir") if after else None) \
            or _direction_before(text, m.start)
        side = _DIRECTIONS.get((word or "").lower())
        area = side and self.gazetteer.find_child(m.place_id, kind="area", position=f"{side}_countryside")
        area = area or self.gazetteer.find_child(m.place_id, kind="area", position="")
        if area is None:
            return m
        s = before.start() if before else m.start
        e = after.end() if after else m.end
        ns, ne = _to_norm(nt, s), _to_norm(nt, e)
        return self.places._mention(nt, ns, ne, area.id, "relative")

    def _listed_names(self, text: str) -> list[tuple[int, int, int, int, str, str]]:
        """Stage of :meth:`unresolved`: names listed with a plural head noun that no ``of``
        joins to them (span, name span, head, name): before it (``Zahrat and Bir Nasir
        villages``), after it (``the villages Kasra, Dulaimiya and Muftiya``; ``villages,
        including …``; ``Villages shelled on Monday include …``) and both ends of ``between X and
        Y``. Each name must be a place's name (:meth:`_bare_name`: no day, side, people or
        acronym); a known place's name is left to the gazetteer by the caller."""
        out: list[tuple[int, int, int, int, str, str]] = []

        def add(start: int, written: str, head: str) -> bool:
            bare = self._bare_name(written)
            if bare is not None:
                end = start + len(written)
                out.append((end - len(bare), end, end - len(bare), end, head, bare))
            return bare is not None

        for m in _NAMES_BEFORE_HEADS_RE.finditer(text):
            head = m.group("head").rstrip("s")
            for n in _COORDINATED_RE.finditer(text, m.start("names"), m.end("names")):
                add(n.start(), n.group(0), head)
        for m in _HEADS_BEFORE_NAMES_RE.finditer(text):
            head = m.group("head").lower().rstrip("s")
            if not add(m.start("name"), m.group("name"), head):
                continue  # the word after the head opens no place's name: no list follows
            end = m.end()
            while (more := _MORE_LISTED_RE.match(text, end)) is not None and "\n" not in more.group(0):
                add(more.start("name"), more.group("name"), head)
                end = more.end()
        for m in _BETWEEN_RE.finditer(text):
            for g in ("name", "name2"):
                add(m.start(g), m.group(g), "")
        return out

    def _bare_name(self, written: str | None) -> str | None:
        """The place name in ``written`` (a capitalised name after a locative word), or None
        when it is a day, a month, an acronym, a side's compound (``SDF-held``), an actor's
        name, a language or a medium (``on Facebook``)."""
        if not written:
            return None
        # ("in Tuesday's shelling": a day's possessive, no place)
        words = written.split()
        while words and _unpossessed(words[0]) in _NOT_APPOSED:
            words = words[1:]
        if not words or any(_unpossessed(w) in _NOT_APPOSED or w.lower().strip("'’s") in _NOT_PLACE_WORDS
                            or _NOT_PLACE_PARTS.search(w) or len(w) > 1 and w.isupper() for w in words):
            return None
        name = " ".join(words)
        if words[0].lower() in _NOT_NAMES or any(w.lower() in self._actor_names for w in words) \
                or name.lower() in self._actor_names:
            return None
        return name

    def _placed_at(self, after: list[str], focus: str | None, inside: bool, city: bool = False) -> str:
        """The id of the area an unknown name is drawn in (see :meth:`unresolved`); ``inside``:
        the name is of a place inside a settlement (a quarter, a street, a prison); ``city``: it
        is called a city, which the sentence places in no known area: the gazetteer holds the
        governorate's cities, so this one lies elsewhere and is drawn nowhere ("")."""
        gaz = self.gazetteer
        for pid in after:
            area = enclosing_area(gaz, pid, inside)
            if area is not None:
                return area.id
        if not focus or focus not in gaz.places or city:
            return ""
        if inside and gaz.places[focus].kind in ("city", "town"):
            return focus
        gov = governorate_of(gaz, [focus])
        return gov.id if gov is not None else ""

    def _facilities(self, text: str) -> list[tuple[int, int, int, int, str, str]]:
        """Names before a ``[facilities]`` head (``the Marwaniya oil station``, ``the Rashidiya
        and Bustan districts``, ``the Mothers’ Square``) or after an ``of_name`` head (``the Church
        of Saint Elias``), as :meth:`unresolved` finds them: (span, name span, head, name). A
        capitalised head of a place inside a settlement is part of the name; a name after a
        capitalised word (``Kurdish Red Crescent hospital``), a day or a month, or in a
        title-case headline is left out."""
        out: list[tuple[int, int, int, int, str, str]] = []
        if self._of_name_re is not None:
            for m in self._of_name_re.finditer(text):
                if not _in_title_line(text, m.start()):
                    head = m.group("name").split()[0].lower()
                    out.append((m.start(), m.end(), m.start(), m.end(), head, m.group("name")))
        if self._facility_re is None:
            return out
        for m in self._facility_re.finditer(text):
            before = re.search(r"([\w'’-]+)\W*$", text[max(0, m.start() - 30):m.start()])
            if before is not None and before.group(1)[:1].isupper() or _in_title_line(text, m.start()) \
                    or any(f[0] <= m.start() < f[1] for f in out):
                continue
            head = " ".join(m.group("head").split())
            names = list(_COORDINATED_RE.finditer(text, m.start("names"), m.end("names")))
            if len(names) > 1 and not m.group("plural"):
                names = names[-1:]  # "Amuda and the Kalasa oil station": one name to a singular head
            for k, n in enumerate(names):
                name, ns, ne = n.group(0), n.start(), n.end()
                words = name.split()
                if _unpossessed(words[0]) in _NOT_APPOSED or words[0].lower() in _NOT_NAMES:
                    continue
                last = k == len(names) - 1
                if last and len(names) == 1 and head[:1].isupper() and head.lower() in self._facility_inside:
                    # "Mothers’ Square", "Salam Hospital" (but the Jaghjagh River is "Jaghjagh", as told again)
                    name, ne = text[ns:m.end("head")], m.end("head")
                out.append((ns, m.end() if last else ne, ns, ne, head.lower(), name))
        return out

    def unresolved(self, text: str, mentions: list[Mention], article_id: str, focus: str | None = None
                   ) -> list[Unresolved]:
        """Capitalised names after (or before) a place head noun that the gazetteer lacks.

        Parameters
        ----------
        text : str
            The article as read.
        mentions : list of Mention
            Resolved mentions; a name inside one is known.
        article_id : str
        focus : str, optional
            The article's city: where a name is placed when its sentence names no area.

        Each name is placed (``placed_at``) in the area that holds the first place the same
        clause names after it (:func:`~pipeline.places.enclosing_area`: ``the village of
        Shorek east of Qamishli`` → Qamishli's countryside; ``the X neighbourhood of Qamishli``
        → Qamishli; the clause ends at a sentence's end, a semicolon or ``, and``), else, for a
        place inside a settlement, in the city or town its clause names before it (``residents
        of Amude held a sit-in at the X Square``), else in ``focus``, else in the governorate of
        ``focus``: never at another town or village. Names before a ``[facilities]`` head
        (``the X oil station``, ``the X and Y districts``) are found as well.
        """
        out: list[Unresolved] = []
        seen: set[tuple[int, int]] = set()
        found: list[tuple[int, int, int, int, str, str]] = []  # span, name span, head, name
        facilities = self._facilities(text)
        found += facilities
        for rx in (_HEAD_OF_RE, _NAME_HEAD_RE):
            for m in rx.finditer(text):
                found.append((*m.span(), *m.span("name"), m.group("head"), m.group("name")))
                if rx is _HEAD_OF_RE:
                    end = m.end()
                    while (more := _MORE_NAMES_RE.match(text, end)) is not None:
                        found.append((*more.span("name"), *more.span("name"), m.group("head"), more.group("name")))
                        end = more.end()
        found += self._listed_names(text)
        # an apposed quarter before the bare names: it says the name is inside a settlement ("X, the
        # western district of Qamishli"); an apposed village after them, as before
        apposed: list[tuple[int, int, int, int, str, str]] = []
        for h in _APPOSED_HEAD_RE.finditer(text):
            ap = _APPOSITION_RE.search(text, max(0, h.start() - 80), h.start())
            if ap is None:
                continue
            for g in ("name", "name2"):
                if ap.group(g) is None:
                    continue
                words = ap.group(g).split()
                # "In Qamishli's Hilaliya, a village …": drop words of a sentence's opening
                while words and words[0].lower() in _NOT_APPOSED:
                    words = words[1:]
                if not words or any(w.lower() in _NOT_APPOSED for w in words):
                    continue
                name = " ".join(words)
                ns = ap.end(g) - len(name)
                head = h.group("head").rstrip("s")
                apposed.append((ns, ap.end(g), ns, ap.end(g), head, name))
        found += [a for a in apposed if a[4].lower() in _INSIDE_HEADS]
        for m in _LOCATIVE_NAME_RE.finditer(text):
            for g in ("name", "name2"):
                bare = self._bare_name(m.group(g))
                if bare is not None:
                    e = m.end(g)
                    found.append((e - len(bare), e, e - len(bare), e, "", bare))
        found += [a for a in apposed if a[4].lower() not in _INSIDE_HEADS]
        for s, e, ns, ne, head, name in found:
            named = head and text[s:ns].rstrip().endswith(" of") and len(name.split()) > 1 \
                and name.split()[0].lower() in _PEOPLE_WORDS
            # ("the village of Arab Khan": after "village of", a people's word opens the name)
            if name.split()[0].lower() in _NOT_NAMES and not named or (ns, ne) in seen or _source_base(text, ns) \
                    or len(name) > 1 and name.isupper():
                continue  # (not an acronym: "the IS prison")
            if any(x.start < ne and ns < x.end for x in mentions):
                continue
            if any(f[2] < ne and ns < f[3] and f[2:4] != (ns, ne) for f in facilities):
                continue  # a name a facility head gave already ("the Kalasa oil field", not "Kalasa" again)
            if name.lower() in self._known or name.lower() in self._actor_names:
                continue
            if name.endswith(("'s", "’s")) and name.split()[0].lower() not in _PLACE_PARTICLES \
                    and (following := re.match(r"\s+([a-z]+)", text[ne:])) is not None \
                    and following.group(1) in _OWNED_AFTER_POSSESSIVE:
                continue  # "the raid on Hamo's house": an owner, no place
            if _alias_of_known(text, ns, ne, mentions, head):
                continue  # "near Tal Kocher (Al-Yarubiyah) town": another name of a place the gazetteer has
            seen.add((ns, ne))
            cs, ce = max(0, s - 60), min(len(text), e + 60)
            # the clause the name stands in: "held a sit-in at the Women's Square, and a march set off
            # through Tirbespiye" names no area of the square after it
            hit = _CLAUSE_END_RE.search(text, e)
            stop = hit.start() if hit is not None else len(text)
            after = [x.place_id for x in mentions if e <= x.start < stop and x.place_id]
            inside = head.lower() in _INSIDE_HEADS or head.lower() in self._facility_inside \
                or not head and _inside_words(text, name, e, mentions)
            if not after and inside:
                # "residents of Amude held a sit-in at the Women's Square": the town its clause names before it
                opened = max((k.end() for k in _CLAUSE_END_RE.finditer(text, max(0, s - 300), s)),
                             default=max(0, s - 300))
                after = [x.place_id for x in reversed(mentions) if opened <= x.start and x.end <= s and x.place_id
                         and x.kind in ("city", "town")][:1]
            out.append(Unresolved(article_id, s, e, text[s:e], head, name,
                                  text[cs:ce].replace("\n", " "),
                                  self._placed_at(after, focus, inside, head.lower() == "city")))
        # the same name later in the article, without its head noun ("… in Zirgan")
        for u in list(out):
            for m in re.finditer(rf"(?<![\w-]){re.escape(u.name)}(?![\w-])", text):
                ns, ne = m.span()
                if (ns, ne) in seen or any(x.start < ne and ns < x.end for x in mentions) \
                        or any(y.start <= ns < y.end for y in out):
                    continue
                seen.add((ns, ne))
                cs, ce = max(0, ns - 60), min(len(text), ne + 60)
                out.append(Unresolved(article_id, ns, ne, u.name, "", u.name, text[cs:ce].replace("\n", " "),
                                      u.placed_at))
        out.sort(key=lambda u: u.start)
        return out
