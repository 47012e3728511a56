"""Normalisation keeps offsets; clitics and whole words; places and traps on real sentences."""

from __future__ import annotations

from pipeline.arabic import normalise, normalise_phrase, tokenise

# sentences from the seed article, and from the April 2021 reports listed in ../shared/reference
SEED_S3 = ("وتصاعدت وتيرة الاشتباكات خلال اليومين الماضيين بين قوات الأمن الداخلي (الاسايش) التابعة للإدارة الذاتية "
           "وقوات الدفاع الوطني التابعة للحكومة السورية في محيط حي طي جنوب مدينة القامشلي شمال شرق سوريا.")


def test_normalisation_folds_spelling_variants():
    n = normalise("الأسايش والآسايش وإنهاء مسؤولين قرية ذبانة على ٢٠ نيسان")
    assert n.text == "الاسايش والاسايش وانهاء مسوولين قريه ذبانه علي 20 نيسان"
    assert n.kept is None  # one-to-one: offsets are identity


def test_diacritics_and_tatweel_are_removed_but_offsets_point_into_the_original():
    original = "اشتبكتْ قـــوات الأَسايِش مع الدفاعِ الوطنيّ في حيّ طيّ"
    n = normalise(original)
    assert n.text == "اشتبكت قوات الاسايش مع الدفاع الوطني في حي طي"
    i = n.text.index("حي طي")
    s, e = n.to_original(i, i + len("حي طي"))
    assert original[s:e] == "حيّ طيّ"  # the shadda on the last letter belongs to the span
    j = n.text.index("قوات")
    s, e = n.to_original(j, j + 4)
    assert original[s:e] == "قـــوات"


def test_latin_names_fold_accents():
    assert normalise_phrase("Qamişlo") == "qamislo"
    assert normalise_phrase("Tall Ḩamīs") == "tall hamis"


def test_tokens_are_whole_words():
    toks = [t.text for t in tokenise(normalise("قوات سوريا الديمقراطية").text)]
    assert toks == ["قوات", "سوريا", "الديمقراطيه"]


def _places(result):
    return [(m.text, m.place_id) for m in result.mentions]


def test_clitics_on_place_names(run_text):
    r = run_text("وقالت الأسايش إن أحد عناصر الدفاع الوطني أطلق النار على حاجز عند دوار الوحدة بمدينة القامشلي.")
    assert ("دوار الوحدة", "wahda_roundabout") in _places(r)
    assert ("بمدينة القامشلي", "qamishli") in _places(r)
    r = run_text("نزحت عائلات من حارة الطي إلى قرية ذبانة وللقامشلي.")
    assert ("حارة الطي", "tayy") in _places(r)
    assert ("قرية ذبانة", "dhubana") in _places(r)
    assert ("وللقامشلي", "qamishli") in _places(r)


def test_letters_of_tayy_inside_a_word_are_no_place(run_text):
    r = run_text(SEED_S3)
    tayy = [m for m in r.mentions if m.place_id == "tayy"]
    assert [m.text for m in tayy] == ["حي طي"]
    # سوريا inside the actor name قوات سوريا الديمقراطية is no place
    r = run_text("وتسيطر قوات سوريا الديمقراطية على معظم المدينة.")
    assert all(m.place_id not in ("syria", "northeast_syria") for m in r.mentions)


def test_tayy_after_tribe_word_is_the_tribe(run_text):
    r = run_text("وزار وجهاء من قبيلة طيء وعشيرة الطي حي طي في القامشلي.")
    tayy = [m.text for m in r.mentions if m.place_id == "tayy"]
    assert tayy == ["حي طي"]


def test_wahda_alone_is_a_common_word(run_text):
    r = run_text("ودعت الأسايش إلى الوحدة بين مكونات المدينة، وأقامت حاجزاً عند دوار الوحدة.")
    wahda = [m.text for m in r.mentions if m.place_id == "wahda_roundabout"]
    assert wahda == ["دوار الوحدة"]


def test_city_and_airport_anaphora_resolve_to_the_article_city(run_text):
    r = run_text("اندلعت اشتباكات في القامشلي. وتسيطر القوات الحكومية على المطار الدولي وسط مخاوف سكان المدينة.")
    pl = _places(r)
    assert ("المطار الدولي", "qamishli_airport") in pl
    assert ("المدينة", "qamishli") in pl
    # without a city in the article, "المدينة" stays unresolved rather than guessed
    r = run_text("وتسيطر القوات الحكومية على المطار الدولي وسط مخاوف سكان المدينة.")
    assert r.mentions == []


def test_unknown_neighbourhood_goes_to_unresolved_report(run_text):
    r = run_text("وقالت مصادر إن اشتباكات اندلعت في حي الصناعة وقرية تل حجر قرب القامشلي.")
    names = [u.text for u in r.unresolved]
    assert "حي الصناعة" in names
    assert "قرية تل حجر" in names
    assert all(u.text == r.article.text[u.start:u.end] for u in r.unresolved)
    # known places are not reported as unresolved
    assert not any("القامشلي" in u.text for u in r.unresolved)


def test_approximate_places_carry_their_basis(seed_result):
    tayy = next(m for m in seed_result.mentions if m.place_id == "tayy")
    assert tayy.approximate and tayy.geo_precision == 2
    assert "south" in tayy.location_note and "no cited point" in tayy.location_note
    city = next(m for m in seed_result.mentions if m.place_id == "qamishli")
    assert not city.approximate and city.geo_precision == 1 and "GeoNames" in city.location_note


def test_one_vocabulary_pass_finds_what_each_list_finds_alone():
    """``positions`` read off the pipeline's one-pass scan equals a pass per word list."""
    from pathlib import Path

    from pipeline.arabic import positions
    from pipeline.core import Pipeline

    pipe = Pipeline.from_geo_dir()
    text = (Path(__file__).resolve().parent.parent / "seeds" / "000_35a237ec7240c52b.txt").read_text(encoding="utf-8")
    lists = pipe.vocabulary.lists
    assert len(lists) >= 10
    scanned = tokenise(normalise(text).text)
    pipe.vocabulary.scan(scanned)
    plain = tokenise(normalise(text).text)
    found = 0
    for words in lists:
        alone = positions(plain, words)
        assert positions(scanned, words) == alone == [i for i, t in enumerate(plain) if t.text in words]
        found += bool(alone)
    assert found >= 8  # the seed has words of most lists (places, actors, triggers, dates...)


def test_stage_lists_are_read_off_the_scan_with_the_same_answers():
    """``where``/``has_any`` on an article's scanned words (the phrase stages' lists registered
    with the pipeline's vocabulary) answer as a pass over plain words does."""
    from pathlib import Path

    from pipeline.arabic import has_any, where
    from pipeline.core import Pipeline
    from pipeline.events import stage_word_lists

    pipe = Pipeline.from_geo_dir()
    seed = (Path(__file__).resolve().parent.parent / "seeds" / "000_35a237ec7240c52b.txt").read_text(encoding="utf-8")
    texts = [seed, "وأطلق مسلحون النار على حاجز، وسلمت قسد جثث ثلاثة عناصر، ورشق شبان الدورية بالحجارة. "
                   "ودخلت دورية روسية إلى القرية بعد أن رفعت القوات حالة التأهب وأفرجت عن موقوفين مقابل آخرين."]
    registered = pipe.vocabulary.lists
    hits = 0
    for text in texts:
        tokens = tokenise(normalise(text).text)
        pipe.vocabulary.scan(tokens)
        plain = list(tokens.words)
        for forms in stage_word_lists():
            assert any(forms is r for r in registered)
            expected = [k for k, w in enumerate(plain) if w in forms]
            assert where(tokens.words, forms) == where(plain, forms) == expected
            assert has_any(tokens.words, forms) == has_any(plain, forms) == bool(expected)
            hits += bool(expected)
    assert hits >= 8
