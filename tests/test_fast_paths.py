"""The speed-ups of the per-article stages answer exactly as the plain code they replace."""

from __future__ import annotations

import random

from conftest import ROOT

from pipeline.arabic import (
    _TABLE,
    _TOKEN_RE,
    ARTICLE_PREFIXES,
    PLAIN_PREFIXES,
    normalise_phrase,
    proclitic_forms,
    split_proclitics,
    tokenise,
)
from pipeline.events import load_event_words


def test_proclitic_table_answers_like_the_prefix_loop():
    """A frozen stem list is looked up in a table of its prefixed forms; a plain set takes the
    prefix loop. Both must give the same ``(prefix, stem)`` for every word, including words
    that split two ways (``بال`` + stem vs ``ب`` + ``ال``-stem) and words that do not match."""
    rng = random.Random(5)
    letters = "وفبكلالمسيرهقتنحجد"
    prefixes = sorted(set(PLAIN_PREFIXES + ARTICLE_PREFIXES)) + ["ا", "ي", "ت"]
    lists = list(load_event_words().values()) + [frozenset({"ال", "المدينه", "مدينه", "لمدينه", "بال"})]
    checked = matched = 0
    for stems in lists:
        words = [p + s for s in stems for p in prefixes]
        words += ["".join(rng.choice(letters) for _ in range(rng.randint(1, 8))) for _ in range(500)]
        for w in words:
            fast, plain = split_proclitics(w, stems), split_proclitics(w, set(stems))
            assert fast == plain, (w, fast, plain)
            assert (w in proclitic_forms(stems)) == (plain is not None)
            checked += 1
            matched += plain is not None
    assert matched > 1000 and checked > matched  # both kinds of answer were compared


def test_normalise_phrase_equals_translating_through_the_table():
    """``normalise_phrase`` replaces only the characters that change; the answer must be the
    one translating every character through the table gives, on real and made-up text."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "benchmarks" / "data" / "reports").rglob("*.txt"))]
    rng = random.Random(7)
    alphabet = [chr(c) for c in range(0x0600, 0x06FF)] + list("AZaz09 ,.-«»“”ḩşÇé\u200c\u0640")
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(2000)]
    lines = [line for t in texts for line in t.splitlines()] + texts
    for line in lines:
        assert normalise_phrase(line) == " ".join(_TOKEN_RE.findall(line.translate(_TABLE))), line
    assert len(lines) > 2500


def test_event_ids_from_the_tokens_equal_ids_from_the_text(pipeline):
    """The Arabic extractor builds an event's id from the sentence's and trigger's tokens; it
    must be :func:`pipeline.ids.event_id` of the evidence and trigger text as written (with
    hamzas, diacritics and tatweel) for every event of the seed and the Arabic reports."""
    import datetime as dt
    import json

    from pipeline.articles import load_article
    from pipeline.ids import event_id

    paths = sorted((ROOT / "seeds").glob("*.txt"))
    paths += sorted((ROOT / "benchmarks" / "data" / "reports").rglob("ar*.txt"))
    checked = 0
    for path in paths:
        meta = path.with_suffix(".json")
        published = dt.date.fromisoformat(json.loads(meta.read_text(encoding="utf-8"))["published"]) \
            if meta.exists() else None
        article = load_article(path, published=published, require_metadata=not meta.exists())
        ids: dict[str, int] = {}
        for ev in pipeline.process(article).events:
            base = event_id(article.id, ev.evidence, ev.trigger)
            ids[base] = ids.get(base, 0) + 1
            assert ev.event_id == (base if ids[base] == 1 else f"{base}-{ids[base]}"), (path.name, ev.evidence)
            checked += 1
    assert checked >= 50  # (96 on 2026-12-05)


def test_a_registered_table_outlives_the_trimming_of_the_form_tables(pipeline, monkeypatch):
    """:func:`proclitic_forms` trims its cache when lists made on the fly fill it; the tables a
    vocabulary registered stay, or the next call would build an equal table the scan does not
    know and every window check of its list would pass over the whole article from then on
    (in a session, after ``test_proclitic_table_answers_like_the_prefix_loop`` built tables for
    the 319 lists of a fresh ``load_event_words()``; in a build, after ~2,000 articles of
    ``frozenset({noun, bare})``)."""
    import pipeline.arabic as arabic
    from pipeline.events import _TRYING

    monkeypatch.setattr(arabic, "_FORM_TABLES", dict(arabic._FORM_TABLES))  # (the flood below stays here)
    registered = proclitic_forms(_TRYING)
    assert id(registered) in pipeline.vocabulary._lists
    made = [frozenset({f"كلمه{k}"}) for k in range(1200)]  # lists made on the fly, alive: no id reused
    for stems in made:
        proclitic_forms(stems)
    assert len(arabic._FORM_TABLES) <= 513 + len(pipeline.vocabulary._lists)  # trimmed all the same
    assert proclitic_forms(_TRYING) is registered
    tokens = tokenise(normalise_phrase("حاولت دورية توقيف سائق"))
    pipeline.vocabulary.scan(tokens)
    assert arabic.scanned_any(tokens.words, proclitic_forms(_TRYING)) is True


def test_a_window_check_never_passes_over_the_whole_article(pipeline, run_text, monkeypatch):
    """``has_any``/``where`` on an article's scanned words answer from its one vocabulary scan
    when the list asked about is registered (:func:`pipeline.events.stage_word_lists`), else with
    a pass over every word of the article. A stage may pay that once an article; a window check
    (``_in_window``: the attempt check runs one for every trigger) must not: when the scan does not
    know its list it looks in its window only. Register a list a stage asks the whole article
    about in ``stage_word_lists`` all the same: a pass costs about as much as a whole rule."""
    import sys

    import pipeline.arabic as arabic
    import pipeline.events as events

    passes: list[str] = []
    windows: list[bool] = []

    def checked(real):
        def look(words, forms):
            hits = arabic._hits(words)
            if hits is not None and hits[0].get(id(forms)) is None:
                passes.append(sys._getframe(1).f_code.co_name)
            return real(words, forms)
        return look

    def scanned(words, forms):
        windows.append(arabic.scanned_any(words, forms) is not None)
        return arabic.scanned_any(words, forms)

    for name in ("has_any", "where"):
        monkeypatch.setattr(events, name, checked(getattr(arabic, name)))
    monkeypatch.setattr(events, "scanned_any", scanned, raising=False)
    seed = (ROOT / "seeds" / "000_35a237ec7240c52b.txt").read_text(encoding="utf-8")
    run_text(seed)
    # an attempt told before an arrest, a bomber who blew himself up, artillery as a subject
    run_text("وحاولت دورية تابعة للأمن العسكري صباح اليوم توقيف سائق شاحنة في حي الزهور بمدينة القامشلي. "
             "وفجّر رجل يحمل حزاماً ناسفاً نفسه قرب حاجز في بلدة تل حميس أمس. "
             "واستهدفت مدفعية الجيش التركي قرية في ريف القامشلي الشرقي مساء الأحد.")
    assert "_in_window" not in passes
    assert windows and sum(windows) > len(windows) // 2  # the window checks ran, most read off the scan
    assert "attempted" not in passes and "_in_window" not in passes


def test_a_window_check_answers_alike_whether_or_not_the_scan_knows_its_list():
    """``_in_window`` on scanned words of a registered list, on plain words and on scanned words
    of a list the scan does not know: the same answer for every window."""
    from pipeline.arabic import Vocabulary
    from pipeline.events import _TRYING, _in_window

    text = ("حاولت دورية توقيف سائق في الحي، ثم سعت مجموعة إلى خطف شاب قرب الجسر. "
            "وقالت مصادر إن القوات انسحبت من القرية بعد ساعات")
    tokens = tokenise(normalise_phrase(text))
    vocabulary = Vocabulary()
    vocabulary.add(proclitic_forms(_TRYING))
    vocabulary.scan(tokens)
    unknown = frozenset(_TRYING)  # same words, another list: not registered
    plain = list(tokens.words)
    n = len(plain)
    answers = set()
    for lo in range(n):
        for hi in range(lo, n + 1):
            a = _in_window(tokens.words, _TRYING, lo, hi)
            assert a == _in_window(plain, _TRYING, lo, hi) == _in_window(tokens.words, unknown, lo, hi)
            answers.add(a)
    assert answers == {True, False}


def test_sentence_ends_between_two_offsets_count_as_the_character_loop_did():
    """``places.sentence_ends`` (a C-level search, stopped at the second run of marks) gives the
    count the character loop of ``_recent_town``/``_paragraph_area`` gave, capped at two, for any
    range of any text: runs of ``.!?؟`` and line breaks, a run cut by either end of the range."""
    from pipeline.places import _SENTENCE_BREAKS, sentence_ends

    def loop(gap: str) -> int:
        return sum(1 for k, ch in enumerate(gap) if ch in _SENTENCE_BREAKS
                   and (k == 0 or gap[k - 1] not in _SENTENCE_BREAKS))

    rng = random.Random(11)
    alphabet = list("ab ،,.!?؟\n") + ["قرية", "؟!", ".."]
    seen = set()
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        lo, hi = rng.randint(0, len(text) + 2), rng.randint(0, len(text) + 2)
        want = min(loop(text[lo:hi]), 2)
        assert sentence_ends(text, lo, hi) == want, (text, lo, hi)
        seen.add(want)
    assert seen == {0, 1, 2}


def test_processing_articles_adds_no_form_table_per_article(run_text):
    # "the same road" looks up its noun's forms: made once per noun, not once per call (a table
    # per call filled the cache until it was trimmed)
    from pipeline import arabic

    text = ("استهدفت مسيرة سيارة على الطريق بين القامشلي وعامودا يوم الأحد. "
            "وكانت مسيرة قد استهدفت دراجة نارية على الطريق ذاته يوم الخميس الماضي.")
    run_text(text, "2023-03-06")
    before = set(arabic._FORM_TABLES)
    for _ in range(3):
        run_text(text, "2023-03-06")
    assert set(arabic._FORM_TABLES) == before


def test_a_second_pass_over_the_dev_reports_adds_no_form_table(pipeline):
    # every word list a stage looks up is made once: a list made per call (a union, a set of
    # two forms) caches a new table per article until the cache is trimmed
    import datetime as dt
    import json

    from pipeline import arabic
    from pipeline.records import Article

    folder = ROOT / "benchmarks" / "data" / "reports" / "dev"
    texts = [(g.with_suffix(".txt").read_text(encoding="utf-8"),
              dt.date.fromisoformat(json.loads(g.read_text(encoding="utf-8"))["published"]))
             for g in sorted(folder.glob("*.json"))]

    def one_pass(tag: str) -> None:
        for n, (text, published) in enumerate(texts):
            pipeline.process(Article(id=f"{tag}{n}", path="<test>", text=text, published=published, source="test"))

    arabic._trim_form_tables()  # (other tests' lists gone: no trimming in the middle of the passes)
    one_pass("a")
    before = set(arabic._FORM_TABLES)
    one_pass("b")
    assert set(arabic._FORM_TABLES) == before
