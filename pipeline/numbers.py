"""Counts in Arabic news text: digits and number words, with ACLED's conservative reading.

``parse_count`` reads a quantity at a token position: ``3``، ``ثلاثة``، ``أكثر من 15``،
``قرابة 40``، ``عشرات``، ``أحد`` (one, as in ``استشهاد أحد أعضاء قواتنا``) and a bare
singular noun (``مقتل قيادي`` = one). The headline figure is the most conservative one
the words allow (ACLED): ``أكثر من 15`` → 15 (kept as "more than 15"), ``عشرات`` → 20.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .arabic import Token, normalise_phrase, split_proclitics, words_of
from .dates import MONTH_FIRST_WORDS

_UNITS = {
    "واحد": 1, "واحده": 1, "احد": 1, "احدي": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "ثمان": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
}
_TENS = {"عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40, "خمسون": 50,
         "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
         "تسعون": 90, "تسعين": 90}
_HUNDREDS = {"مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتين": 200, "مائتان": 200, "مئتي": 200,
             "مائتي": 200, "مئتا": 200, "مائتا": 200}
#: Vague plurals and their conservative floor.
_VAGUE = {"عشرات": 20, "العشرات": 20, "مئات": 200, "المئات": 200, "عده": 3, "بضعه": 3, "بضع": 3}
_MORE = {"اكثر", "ازيد"}
_ABOUT = {"نحو", "حوالي", "قرابه", "زهاء", "قرابة", "ما يقارب", "اقل"}
#: Singular nouns that count one person when no number is given ("مقتل قيادي").
SINGULAR_PERSONS = {
    "عنصر", "مقاتل", "مدني", "طفل", "طفله", "قيادي", "شخص", "جندي", "عضو", "شاب", "رجل", "امراه",
    "سيده", "شيخ", "ضابط", "مسلح", "قائد", "مواطن", "عامل", "امام",
    "سائق", "مرافق", "صحفي", "صحفيه", "ناشط", "ناشطه", "طبيب", "مسؤول", "مسؤوله", "موظف", "قياديه", "مقاتله", "مختار",
    "رئيس", "رئيسة", "نائب", "نائبة", "مدير", "مديرة",
    # people named by their work or age ("ما أدى إلى استشهاد مزارع"، "مقتل راعٍ")
    "مزارع", "راعي", "طالب", "طالبة", "معلم", "معلمة", "تاجر", "فتى", "فتاة", "مسن", "مسنة", "حارس", "مهندس",
    # a martyr, a brother ("ارتقاء شهيدين"، "قُتل شقيقان": their duals are made by rule)
    "شهيد", "شهيدة", "شقيق", "شقيقة",
}
DUAL_PERSONS = {"عنصرين", "عنصران", "شخصين", "شخصان", "طفلين", "طفلان", "جنديين", "امراتين", "امراتان", "مدنيان",
                "مقاتلان", "طفلاها", "طفليها", "طفلاه", "طفليه",
                "شابين", "شابان", "رجلين", "رجلان", "صحفيتان", "صحفيتين", "قياديان", "مسؤولتان", "مسؤولتين",
                "مقاتلتان", "مقاتلتين", "سائقان", "عاملين", "عاملان", "جنديان", "ضابطين", "ضابطان", "مسلحان",
                # "وجُرح آخران"، "وأصيبت أخريان": two more (the plural آخرين/آخرون gives no figure)
                "آخران", "أخريان"}
#: Relatives joined by و to a counted person, each adding one or two ("امرأة وطفلاها" = 3,
#: "رجل وزوجته وابنهما" = 3): a coordinated list of victims, not one.
KIN_ONE = {"زوجته", "زوجها", "ابنه", "ابنها", "ابنهما", "ابنته", "ابنتها", "ابنتهما", "طفله", "طفلها", "طفلهما",
           "طفلته", "طفلتها", "شقيقه", "شقيقها", "شقيقته", "شقيقتها", "والده", "والدها", "والدته", "والدتها",
           "امه", "امها", "ابوه", "ابيه", "ابوها", "ابيها", "اخوه", "اخيه", "اخوها", "اخيها", "اخته", "اختها",
           "حفيده", "حفيدها", "حفيدته", "حفيدتها",
           # of two ("قتلت مسيرة طفلين وأصابت والدتهما"): one relative of both
           "والدتهما", "والدهما", "امهما", "ابوهما", "شقيقتهما", "شقيقهما", "جدتهما", "جدهما", "خالهما", "عمهما"}
KIN_TWO = {"طفلاها", "طفليها", "طفلاه", "طفليه", "ابناها", "ابنيها", "ابناه", "ابنيه", "ولداها", "ولديها",
           "ولداه", "ولديه", "ابنتاها", "ابنتيها", "ابنتاه", "ابنتيه", "طفلتاها", "طفلتيها", "شقيقاه",
           "شقيقيه", "شقيقاها", "شقيقيها", "طفلاهما", "طفليهما"}

# The tables are written in ordinary spelling and looked up in normalised text (مئة → ميه):
_UNITS, _TENS, _HUNDREDS, _VAGUE = ({normalise_phrase(k): v for k, v in t.items()}
                                    for t in (_UNITS, _TENS, _HUNDREDS, _VAGUE))
_MORE, _ABOUT, SINGULAR_PERSONS, DUAL_PERSONS, KIN_ONE, KIN_TWO = (
    {normalise_phrase(k) for k in t} for t in (_MORE, _ABOUT, SINGULAR_PERSONS, DUAL_PERSONS, KIN_ONE, KIN_TWO))


def _duals(singulars: set[str]) -> set[str]:
    """The dual forms of person nouns, made by rule (normalised): ``حارس`` → ``حارسان``/``حارسين``,
    ``طفله`` → ``طفلتان``/``طفلتين``. The oblique ``ـين`` is also the sound masculine plural of a
    participle (``مقاتلين``، ``مسلحين``: fighters) or a nisba (``مدنيين``، ``قياديين``: civilians), so
    for those only the nominative ``ـان`` is a dual here."""
    out: set[str] = set()
    for w in singulars - {"فتي"}:  # (فتيان is "young men", the plural of فتى)
        if w.endswith("ه"):
            out.update((w[:-1] + "تان", w[:-1] + "تين"))
            continue
        out.add(w + "ان")
        if not (w.startswith("م") or w.endswith("ي")):
            out.add(w + "ين")
    return out


DUAL_PERSONS |= _duals(SINGULAR_PERSONS)


@dataclass(slots=True)
class Count:
    """A quantity read from text.

    Attributes
    ----------
    value : int
        The conservative headline figure.
    first, last : int
        Token range of the words read.
    qualifier : str
        ``""``, ``"more than"``, ``"about"``, ``"at least"`` or ``"vague"``.
    """

    value: int
    first: int
    last: int
    qualifier: str = ""

    def describe(self) -> str:
        if self.qualifier == "vague":
            return f"at least {self.value} (vague plural)"
        return f"{self.qualifier} {self.value}".strip()


_NUMBER_WORDS = frozenset(_UNITS) | frozenset(_TENS) | frozenset(_HUNDREDS) | frozenset(_VAGUE)


#: Longer runs of digits are no count (a phone number, an id; Python refuses ints of over 4,300 digits).
MAX_DIGITS = 7


#: Number words that, with the article, are weekdays: ``الاثنين`` (Monday), ``الأحد`` (Sunday).
_WEEKDAY_NUMBERS = frozenset({"اثنين", "احد"})


def _strip(word: str) -> str:
    """A number word without its proclitics (``وثلاثه`` → ``ثلاثه``); other words unchanged.
    ``الاثنين``، ``يوم الأحد`` are weekdays, not two and one ("استشهد أمس الإثنين بنيران …")."""
    hit = split_proclitics(word, _NUMBER_WORDS)
    if hit and hit[0].endswith("ال") and hit[1] in _WEEKDAY_NUMBERS:
        return word
    return hit[1] if hit and len(hit[1]) >= 3 else word


def _number_at(words: list[str], i: int) -> tuple[int, int] | None:
    """(value, last token) of a plain number (digits or words) at ``i``."""
    w = _strip(words[i])
    if w.isdecimal():  # (not isdigit: int() refuses superscripts such as ²)
        return (int(w), i) if len(w) <= MAX_DIGITS else None
    if w[:1] in "وف" and w[1:].isdecimal():  # "و11 جريحا"
        return (int(w[1:]), i) if len(w) <= MAX_DIGITS + 1 else None
    if w in _HUNDREDS:
        return _HUNDREDS[w], i
    if w in _TENS:
        return _TENS[w], i
    if w in _UNITS:
        value, last = _UNITS[w], i
        # "ثلاثة عشر" (13), "خمسة وعشرون" (25)
        if i + 1 < len(words):
            nxt = words[i + 1]
            if nxt in ("عشر", "عشره") and value < 10:
                return value + 10, i + 1
            if nxt.startswith("و") and nxt[1:] in _TENS:
                return value + _TENS[nxt[1:]], i + 1
        return value, last
    return None


def counts_at(words: list[str], i: int) -> bool:
    """Whether word ``i`` of normalised ``words`` is a count: a number in digits or words, or a
    vague one (``عشرات``، ``مئات``، ``عدة``)."""
    return 0 <= i < len(words) and (_number_at(words, i) is not None or _strip(words[i]) in _VAGUE)


def is_number(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` starts a number in digits or words (not a noun that counts one person)."""
    words = words_of(tokens)
    return i < len(words) and _number_at(words, i) is not None


def parse_count(tokens: Sequence[Token], i: int) -> Count | None:
    """Read a count starting at token ``i`` (qualifiers included).

    Parameters
    ----------
    tokens : list of Token
    i : int

    Returns
    -------
    Count or None
    """
    words = words_of(tokens)
    n = len(words)
    if i >= n:
        return None
    w = words[i]
    if w in _MORE and i + 2 < n and words[i + 1] in ("من", "عن"):
        c = _number_at(words, i + 2)
        if c:
            return Count(c[0], i, c[1], "more than")
    if w in ("ما",) and i + 2 < n and words[i + 1] in ("يزيد", "يقارب"):
        k = i + 3 if i + 3 < n and words[i + 2] in ("عن", "على", "علي") else i + 2
        c = _number_at(words, k)
        if c:
            return Count(c[0], i, c[1], "more than" if words[i + 1] == "يزيد" else "about")
    if _strip(w) in _ABOUT and i + 1 < n:
        c = _number_at(words, i + 1)
        if c:
            return Count(c[0], i, c[1], "about")
    if w in ("لا", "ما") and i + 2 < n and words[i + 1] in ("يقل", "يقلون"):
        k = i + 3 if words[i + 2] in ("عن",) else i + 2
        c = _number_at(words, k)
        if c:
            return Count(c[0], i, c[1], "at least")
    if _strip(w) in _VAGUE:
        return Count(_VAGUE[_strip(w)], i, i, "vague")
    c = _number_at(words, i)
    if c:
        if c[1] + 1 < n and words[c[1] + 1] in MONTH_FIRST_WORDS:
            return None  # "قتلوا يوم 20 آذار": a day of the month, not a count
        return Count(c[0], i, c[1])
    stem = w[2:] if w.startswith("ال") else w
    if stem in SINGULAR_PERSONS or (stem.endswith("ا") and stem[:-1] in SINGULAR_PERSONS):  # "فقتلوا شاباً"
        return with_another(words, with_kin(words, Count(1, i, i)))
    for suffix in ("ها", "ه"):  # "ما أدى إلى إصابة سائقها": one person with a possessive
        if w.endswith(suffix) and w[:-len(suffix)] in SINGULAR_PERSONS and len(w) - len(suffix) >= 3:
            return with_kin(words, Count(1, i, i))
    if w in DUAL_PERSONS:
        return with_kin(words, Count(2, i, i))
    # "وأصيبت والدته"، "ومقتل شقيقه": a relative counts themself (والدته itself begins with و)
    bare = w if w in KIN_ONE or w in KIN_TWO or w[:1] != "و" else w[1:]
    if bare in KIN_ONE or bare in KIN_TWO:
        return with_kin(words, Count(2 if bare in KIN_TWO else 1, i, i))
    return None


#: "وإصابة آخر بجروح"، "وجرح ثالث"، "ومقتل رابع": right after a casualty word, "another" or an
#: ordinal stands for one more person (normalised; the plural آخرين gives no figure).
ONE_MORE_PERSON = frozenset(normalise_phrase(w) for w in (
    "آخر", "أخرى", "ثان", "ثاني", "ثانية", "ثالث", "ثالثة", "رابع", "رابعة", "خامس", "خامسة", "سادس", "سادسة"))


def one_more_person(words: list[str], i: int) -> Count | None:
    """One person when word ``i``, right after a casualty word, is "another" or an ordinal
    (``مقتل عنصرين وإصابة ثالث``، ``بمقتل عنصر وجرح آخر``); None otherwise.

    Parameters
    ----------
    words : list of str
        The article's normalised words.
    i : int
        The word after the casualty word.
    """
    return Count(1, i, i) if i < len(words) and words[i] in ONE_MORE_PERSON else None


#: "عنصر من قسد وآخر من الأسايش": one more of the same kind; "عنصر من كل طرف": one of each side.
_ANOTHER_ONE = {"واخر", "واخري"}
_EACH_SIDE = {("كل", "طرف"), ("كل", "جانب"), ("الطرفين",)}


def with_another(words: list[str], c: Count) -> Count:
    """``c`` (one person) counted again when the text adds another of the same kind (``قُتل
    عنصر من قسد وآخر من الأسايش`` = 2: ``وآخر`` within four words, the first one's affiliation
    between) or one of each side (``قتل فيها عنصر من كل طرف`` = 2)."""
    if c.value != 1:
        return c
    after = words[c.last + 1:c.last + 5]
    for j, w in enumerate(after):
        if w in _ANOTHER_ONE:
            return Count(2, c.first, c.last + 1 + j, c.qualifier)
    if after[:1] == ["من"] and (tuple(after[1:3]) in _EACH_SIDE or tuple(after[1:2]) in _EACH_SIDE):
        return Count(2, c.first, c.last + (3 if after[1] == "كل" else 2), c.qualifier)
    return c


def with_kin(words: list[str], c: Count) -> Count:
    """``c`` with the relatives and other persons joined to it by و added (``امرأة وطفلاها`` = 3,
    ``رجل وزوجته وابنهما`` = 3, ``رجل وامرأة`` = 2, ``عنصرين وطفل`` = 3): each ``و`` + a relative
    with a possessive (:data:`KIN_ONE`, :data:`KIN_TWO` for the duals) or + a person noun
    (:data:`SINGULAR_PERSONS`, :data:`DUAL_PERSONS`) right after the counted persons adds one or
    two. Anything else (``وأصيب``، ``وإصابة``) ends the list."""
    value, last = c.value, c.last
    for j in range(c.last + 1, min(len(words), c.last + 5)):
        w = words[j]
        if not w.startswith("و"):
            break
        stem = w[1:]
        if stem in KIN_ONE or stem in SINGULAR_PERSONS:
            value += 1
        elif stem in KIN_TWO or stem in DUAL_PERSONS:
            value += 2
        else:
            break
        last = j
    return c if last == c.last else Count(value, c.first, last, c.qualifier)
