"""Adding a report to a build: the incremental build equals a build from nothing.

Real text throughout: the seed article and a development report (``benchmarks/data/reports/dev/ar01``)
with their metadata in a temporary seeds folder, the shipped gazetteer and a copy of
``curated/``. Reports are then added as an analyst adds them (:func:`pipeline.addreport.add_report`),
each built incrementally (the new article analysed, the rest from the cache) and compared with a
build from nothing (``force=True``) of the same inputs, file by file
(:func:`pipeline.incremental.canonical_outputs`: the cache's records compared in article order).
The added reports were written for this test: one reports the seed's shooting at the Wahda
roundabout again (same place, day, actors and type: it merges into the seed's event), one
reports clashes in Tayy during the seed's 24-hour truce (a violation: the truce changes).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil

import orjson
import pytest
from conftest import ROOT

from pipeline.addreport import add_report, from_text
from pipeline.build import build
from pipeline.incremental import article_event_ids, canonical_cache, canonical_outputs
from pipeline.mergestate import MERGE_STATE, canonical_state
from pipeline.resultcache import CACHE_NAME
from pipeline.trucestate import TRUCE_STATE, canonical_truce_state

SEED = "000_35a237ec7240c52b"
DEV = ROOT / "benchmarks" / "data" / "reports" / "dev" / "ar01"

# written for this test: the shooting at the Wahda roundabout on Tuesday evening (the seed's event)
SAME_EVENT = ("إطلاق نار على حاجز للأسايش في القامشلي\n"
              "أطلق مسلحون من الدفاع الوطني النار على حاجز لقوات الأسايش عند دوار الوحدة في مدينة القامشلي "
              "مساء الثلاثاء، وقتل أحد عناصر الحاجز.\n")
# written for this test: clashes in Tayy on Thursday, inside the seed's truce (2021-04-21 22:00 + 24 h)
TRUCE_BROKEN = ("خرق للهدنة في حي طي\n"
                "تجددت الاشتباكات بين قوات الأسايش ومسلحي الدفاع الوطني في حي طي جنوب مدينة القامشلي "
                "ظهر اليوم الخميس رغم الهدنة التي أعلنت برعاية روسية.\n")


@pytest.fixture()
def corpus(tmp_path):
    seeds, curated = tmp_path / "seeds", tmp_path / "curated"
    seeds.mkdir()
    for ext in (".txt", ".toml"):
        shutil.copy(ROOT / "seeds" / f"{SEED}{ext}", seeds)
    meta = json.loads(DEV.with_suffix(".json").read_text(encoding="utf-8"))
    shutil.copy(DEV.with_suffix(".txt"), seeds / "dev_ar01.txt")
    (seeds / "dev_ar01.toml").write_text(
        f'source = "{meta["outlet"]}"\npublished = {meta["published"]}\nlanguage = "{meta["language"]}"\n'
        f'url = "{meta["url"]}"\ntitle = {json.dumps(meta["title"])}\n', encoding="utf-8")
    shutil.copytree(ROOT / "curated", curated)
    # an analyst's decision on the seed's clash in Tayy: applied by every build, never rewritten
    (curated / "reviews.csv").write_text(
        "event_id,decision,changes,merged_into,reason,reviewed_by,reviewed_at\n"
        f"{SEED}-ec9e59436,confirm,,,,analyst,2026-12-05T10:00:00+00:00\n", encoding="utf-8")
    return seeds, curated


def _build(seeds, curated, out, force=False):
    return build(seeds, ROOT / "geo", out, progress=False, curated_dir=curated, force=force)


def _assert_same_as_full_build(seeds, curated, out, tmp_path, name):
    full = tmp_path / f"full-{name}"
    stats = _build(seeds, curated, full, force=True)
    assert stats.cached == 0
    mine, theirs = canonical_outputs(out), canonical_outputs(full)
    assert sorted(mine) == sorted(theirs)
    for file in theirs:
        assert mine[file] == theirs[file], f"{file} differs from a full build after adding {name}"
    # the two files left out differ only by the time and the counts of processed and cached articles
    manifests = [orjson.loads((d / "manifest.json").read_bytes()) for d in (out, full)]
    for m in manifests:
        del m["built_at"], m["counts"]["processed"], m["counts"]["cached"]
    assert manifests[0] == manifests[1], f"manifest.json differs from a full build after adding {name}"
    reports = [(d / "report.md").read_text(encoding="utf-8").splitlines() for d in (out, full)]
    assert [r for r in reports[0] if not r.startswith("- articles: ")] == \
        [r for r in reports[1] if not r.startswith("- articles: ")], f"report.md differs after adding {name}"


def _events(out):
    return {f["properties"]["event_id"]: f["properties"]
            for f in orjson.loads((out / "events.geojson").read_bytes())["features"]}


def test_an_added_report_merged_into_an_existing_event_equals_a_full_build(corpus, tmp_path):
    seeds, curated = corpus
    out = tmp_path / "out"
    first = _build(seeds, curated, out)
    assert first.processed == 2 and first.ok, first.errors
    before = _events(out)
    reviews = (curated / "reviews.csv").read_bytes()

    added = add_report(seeds, from_text(SAME_EVENT), published=dt.date(2021, 4, 21), source="Test Outlet")
    stats = _build(seeds, curated, out)
    assert (stats.processed, stats.cached) == (1, 2)
    _assert_same_as_full_build(seeds, curated, out, tmp_path, "the same event")

    # the new report joined the seed's event at the roundabout: no new event, two reports
    ids = article_event_ids(out, added.id)
    assert ids, "the added report's event is not on the map"
    after = _events(out)
    merged = [after[i] for i in ids if i.startswith(SEED)]
    assert merged, "the added report did not merge into the seed's event"
    assert merged[0]["place_id"] == "wahda_roundabout"
    assert merged[0]["report_count"] == before[merged[0]["event_id"]]["report_count"] + 1
    assert len(after) == len(before)
    assert after[f"{SEED}-ec9e59436"]["review_status"] == "confirmed"
    assert (curated / "reviews.csv").read_bytes() == reviews  # the analysts' file is never written


def test_an_added_report_that_breaks_a_truce_equals_a_full_build(corpus, tmp_path):
    seeds, curated = corpus
    out = tmp_path / "out"
    _build(seeds, curated, out)
    truces_before = orjson.loads((out / "truces.json").read_bytes())
    old_cache = canonical_cache(out / CACHE_NAME)
    old_file = (out / CACHE_NAME).read_bytes()

    added = add_report(seeds, from_text(TRUCE_BROKEN), published=dt.date(2021, 4, 22), source="Test Outlet")
    stats = _build(seeds, curated, out)
    assert stats.processed == 1
    _assert_same_as_full_build(seeds, curated, out, tmp_path, "a truce violation")

    truces = orjson.loads((out / "truces.json").read_bytes())
    assert truces != truces_before
    seed_truce = next(t for t in truces if t["event_id"].startswith(SEED))
    broken_by = seed_truce["violations"] + seed_truce["uncertain_violations"]
    assert any(str(v).startswith(added.id) for v in broken_by), seed_truce
    # the new article sorts between the seed and ar01, yet the old records were kept as they
    # were (copied whole) and its record added after them
    assert sorted([SEED, added.id, "dev_ar01"])[1] == added.id
    new_file = (out / CACHE_NAME).read_bytes()
    assert new_file.startswith(old_file) and len(new_file) > len(old_file)
    assert len(canonical_cache(out / CACHE_NAME)) == len(new_file) > len(old_cache)


def test_a_malformed_added_report_costs_only_itself(corpus, tmp_path):
    seeds, curated = corpus
    out = tmp_path / "out"
    _build(seeds, curated, out)
    events = _events(out)
    (seeds / "bad_added.txt").write_text(SAME_EVENT, encoding="utf-8")
    (seeds / "bad_added.toml").write_text("published = 2021-13-40\n", encoding="utf-8")  # no such date
    stats = _build(seeds, curated, out)
    assert [e["path"] for e in stats.errors] == [str(seeds / "bad_added.toml")]
    assert "bad_added" in orjson.loads((out / "errors.json").read_bytes())[0]["path"]
    assert _events(out) == events
    _assert_same_as_full_build(seeds, curated, out, tmp_path, "a malformed report")


def test_adding_a_report_in_the_same_process_reuses_the_pipeline_its_last_build_made(corpus, tmp_path,
                                                                                     monkeypatch):
    # the app's Add report page builds in its server process: the gazetteer's matcher and word lists
    # (most of an added report's build) are made again only when the fingerprint changes
    import pipeline.core

    seeds, curated = corpus
    out = tmp_path / "out"
    _build(seeds, curated, out)
    made = []
    init = pipeline.core.Pipeline.__init__

    def counted(self, *a, **kw):
        made.append(1)
        init(self, *a, **kw)

    monkeypatch.setattr(pipeline.core.Pipeline, "__init__", counted)
    add_report(seeds, from_text(SAME_EVENT), published=dt.date(2021, 4, 21), source="Test Outlet")
    assert _build(seeds, curated, out).processed == 1
    assert made == []
    _assert_same_as_full_build(seeds, curated, out, tmp_path, "the same event")  # (its own pipeline: force)
    geo = tmp_path / "geo"
    shutil.copytree(ROOT / "geo", geo)
    with open(geo / "gazetteer.csv", "a", encoding="utf-8") as fh:  # another gazetteer: another pipeline
        fh.write("\n")
    made.clear()
    build(seeds, geo, out, progress=False, curated_dir=curated)
    assert made == [1]


# written for these tests: Turkish shelling of a village near Tal Tamr on Sunday (an event of its own)
NEW_EVENT = ("قصف تركي على ريف تل تمر\n"
             "قصفت القوات التركية بالمدفعية قرية خربة الوحش في ريف تل تمر صباح الأحد، ولم ترد أنباء عن إصابات.\n")
# written for these tests: a 72-hour truce in Halko agreed on a Tuesday evening in June (weeks after the others)
JUNE_TRUCE = ("هدنة في حي حلكو\n"
              "توصلت قوات الأسايش ومسلحو الدفاع الوطني إلى هدنة لمدة 72 ساعة في حي حلكو بمدينة القامشلي "
              "مساء الثلاثاء برعاية روسية.\n")
# written for these tests: clashes in Halko on a Thursday weeks after every other report (the latest day moves)
LATER = ("اشتباكات في حي حلكو\n"
         "اندلعت اشتباكات بين قوات الأسايش وعناصر الدفاع الوطني في حي حلكو بمدينة القامشلي مساء الخميس، "
         "ما أسفر عن مقتل عنصرين.\n")


def _latest_day(out):
    return max(str(p.get("date_to") or p.get("event_date")) for p in _events(out).values())


@pytest.mark.parametrize("reviewed", [True, False], ids=["reviews", "no-reviews"])
def test_each_kind_of_added_report_equals_a_full_build(corpus, tmp_path, reviewed):
    # one build after another, as an analyst adds reports: one joins an event, one is a new event,
    # one breaks a truce, one moves the latest day (the truces' horizon); without reviews.csv the build
    # merges as the articles come (pipeline.merge.Merger), with it after applying the decisions
    seeds, curated = corpus
    if not reviewed:
        (curated / "reviews.csv").unlink()
    out = tmp_path / "out"
    _build(seeds, curated, out)
    steps = [("joins an event", SAME_EVENT, dt.date(2021, 4, 21)), ("a new event", NEW_EVENT, dt.date(2021, 4, 25)),
             ("breaks a truce", TRUCE_BROKEN, dt.date(2021, 4, 22)), ("moves the latest day", LATER, dt.date(2021, 6, 10))]
    for name, text, published in steps:
        before, latest = _events(out), _latest_day(out)
        truces = orjson.loads((out / "truces.json").read_bytes())
        added = add_report(seeds, from_text(text), published=published, source="Test Outlet")
        stats = _build(seeds, curated, out)
        assert stats.processed == 1 and stats.ok, stats.errors
        _assert_same_as_full_build(seeds, curated, out, tmp_path, name)
        after = _events(out)
        mine = article_event_ids(out, added.id)
        assert mine, f"the report that {name} is not on the map"
        if name == "joins an event":
            assert len(after) == len(before) and not any(i.startswith(added.id) for i in mine)
        elif name == "a new event":
            assert len(after) == len(before) + 1 and all(i.startswith(added.id) for i in mine)
        elif name == "breaks a truce":
            assert orjson.loads((out / "truces.json").read_bytes()) != truces
        else:
            assert _latest_day(out) > latest  # (the truces are analysed up to another day)
        # the app reads the new article through the index, where the build put it
        index = orjson.loads((out / "articles_index.json").read_bytes())
        assert [a["id"] for a in index] == [a["id"] for a in orjson.loads((out / "articles.json").read_bytes())]
        assert added.id in {a["id"] for a in index}


def _count_state_merges(monkeypatch):
    """Count the builds that merged added reports against the merge state (pipeline.mergestate); those
    that also copied the current build's articles from its per-article files count twice."""
    import pipeline.build

    calls = []

    def counting(real):
        def counted(*a, **kw):
            calls.append(1)
            return real(*a, **kw)
        return counted

    for name in ("merge_added", "_stream_added"):
        monkeypatch.setattr(pipeline.build, name, counting(getattr(pipeline.build, name)))
    return calls


def _count_copied_features(monkeypatch):
    """For each build that copies features of the current events.geojson: how many it copies, of how many."""
    import pipeline.output

    copied = []
    init = pipeline.output.FeatureCopy.__init__

    def noted(self, path, ranges):
        copied.append((sum(r is not None for r in ranges), len(ranges)))
        init(self, path, ranges)

    monkeypatch.setattr(pipeline.output.FeatureCopy, "__init__", noted)
    return copied


def _count_truce_updates(monkeypatch):
    """Each build's truce analysis: whether it updated the current build's (pipeline.trucestate), and the
    ids of the truces it analysed (all of them when it did not update)."""
    import pipeline.truces

    builds: list[tuple[bool, list[str]]] = []
    update, core, full = pipeline.truces.update_analysis, pipeline.truces.truce_core, pipeline.truces.analysis

    def updated(*a, **kw):
        builds.append((True, []))
        return update(*a, **kw)

    def analysed(*a, **kw):
        builds.append((False, []))
        return full(*a, **kw)

    def made(r, *a, **kw):
        builds[-1][1].append(r["event_id"])
        return core(r, *a, **kw)

    monkeypatch.setattr(pipeline.truces, "update_analysis", updated)
    monkeypatch.setattr(pipeline.truces, "analysis", analysed)
    monkeypatch.setattr(pipeline.truces, "truce_core", made)
    return builds


def _truces(out):
    return {t["event_id"]: t for t in orjson.loads((out / "truces.json").read_bytes())}


def test_added_reports_merged_against_the_merge_state_equal_a_full_build(corpus, tmp_path, monkeypatch):
    # without reviews.csv each build keeps the merge's state beside the cache; an add then merges only the
    # groups its events join (here: one joins the seed's event, one is new, one breaks a truce, one is a truce
    # in June, one moves the latest day and breaks that truce, then one says again what the first said, two
    # articles added at once), and every file, the states' content included, equals a full build's; the
    # truce analysis kept beside the state is updated: only the truces the new events may change are
    # analysed again
    seeds, curated = corpus
    (curated / "reviews.csv").unlink()
    out = tmp_path / "out"
    _build(seeds, curated, out)
    assert canonical_outputs(out)[MERGE_STATE]
    calls = _count_state_merges(monkeypatch)
    copied = _count_copied_features(monkeypatch)
    analysed = _count_truce_updates(monkeypatch)
    assert (out / TRUCE_STATE).is_file()
    steps = [("joins an event", [SAME_EVENT], dt.date(2021, 4, 21)), ("a new event", [NEW_EVENT], dt.date(2021, 4, 25)),
             ("breaks a truce", [TRUCE_BROKEN], dt.date(2021, 4, 22)), ("a truce", [JUNE_TRUCE], dt.date(2021, 6, 9)),
             ("moves the latest day", [LATER], dt.date(2021, 6, 10)),
             ("two at once", [SAME_EVENT.replace("وقتل", "وقُتل"), NEW_EVENT.replace("صباح", "ظهر")], dt.date(2021, 4, 20))]
    for n, (name, texts, published) in enumerate(steps, 1):
        truces = _truces(out)
        for text in texts:
            add_report(seeds, from_text(text), published=published, source="Test Outlet")
        analysed.clear()
        stats = _build(seeds, curated, out)
        assert stats.processed == len(texts) and stats.ok, stats.errors
        assert len(calls) == 2 * n, f"the build after '{name}' did not merge against the state"
        # the truce analysis was the current build's, updated: only the truces the new events may change again
        assert len(analysed) == 1 and analysed[0][0], f"the build after '{name}' analysed every truce"
        again = analysed[0][1]
        now = _truces(out)
        if name == "breaks a truce":  # the clashes in Tayy fall in the seed's truce's window: its violations change
            seed_truce = next(t for t in truces if t.startswith(SEED))
            assert seed_truce in again and now[seed_truce]["violations"] != truces[seed_truce]["violations"]
        elif name == "a new event":  # shelling near Tal Tamr: in no truce's window
            assert again == [], again
        elif name == "a truce":  # a truce of its own in June, the only one analysed: in force
            (june,) = set(now) - set(truces)
            assert again == [june] and now[june]["status_computed"] == "in force", now[june]
        elif name == "moves the latest day":  # the clashes in Halko fall in the June truce's window: broken now
            assert again == [june], again  # (the April truces' windows are long past: taken as they were)
            assert now[june]["status_computed"] == "broken" and now[june]["violations"], now[june]
        # the features of the events the add left as they were are copied from the current events.geojson
        assert len(copied) == n and 0 < copied[-1][0] < copied[-1][1], copied
        _assert_same_as_full_build(seeds, curated, out, tmp_path, name)
        assert canonical_state(out / MERGE_STATE) == canonical_state(tmp_path / f"full-{name}" / MERGE_STATE) != b""
        assert canonical_truce_state(out / TRUCE_STATE) == \
            canonical_truce_state(tmp_path / f"full-{name}" / TRUCE_STATE) != b""


def test_a_build_that_is_no_mere_add_merges_everything(corpus, tmp_path, monkeypatch):
    # the state is used only when the articles merged are its own plus added ones: a changed article, a
    # removed one, a damaged state file, another curated file or an added article whose id another takes
    # make the build merge every event, with the same outputs as a full build
    seeds, curated = corpus
    (curated / "reviews.csv").unlink()
    out = tmp_path / "out"
    _build(seeds, curated, out)
    calls = _count_state_merges(monkeypatch)

    def changed(name):
        assert _build(seeds, curated, out).ok
        assert calls == [], f"{name}: merged against a state that does not hold"
        _assert_same_as_full_build(seeds, curated, out, tmp_path, name)

    text = (seeds / "dev_ar01.txt").read_text(encoding="utf-8")
    (seeds / "dev_ar01.txt").write_text(text + "\n", encoding="utf-8")
    changed("a changed article")
    added = add_report(seeds, from_text(NEW_EVENT), published=dt.date(2021, 4, 25), source="Test Outlet")
    for ext in (".txt", ".toml"):
        (seeds / f"{added.id}{ext}").unlink()
    _build(seeds, curated, out)
    calls.clear()
    (seeds / "dev_ar01.txt").unlink()
    (seeds / "dev_ar01.toml").unlink()
    changed("a removed article")
    state = out / MERGE_STATE
    data = state.read_bytes()
    state.unlink()  # (the version's file may be shared by a link: replaced, not edited)
    state.write_bytes(data[:len(data) // 2])
    add_report(seeds, from_text(SAME_EVENT), published=dt.date(2021, 4, 21), source="Test Outlet")
    changed("a damaged state")
    with open(curated / "events.csv", "a", encoding="utf-8") as fh:
        fh.write("\n")
    add_report(seeds, from_text(TRUCE_BROKEN), published=dt.date(2021, 4, 22), source="Test Outlet")
    changed("another curated file")
    # an added article sorting before the seed with the seed's id: the seed's events leave the merge
    seed_meta = (seeds / f"{SEED}.toml").read_text(encoding="utf-8")
    shutil.copy(DEV.with_suffix(".txt"), seeds / "000_0first.txt")
    (seeds / "000_0first.toml").write_text(seed_meta if "id =" in seed_meta else f'id = "{SEED}"\n' + seed_meta,
                                        encoding="utf-8")
    stats = _build(seeds, curated, out)
    assert any("already used" in e["reason"] for e in stats.errors), stats.errors
    _assert_same_as_full_build(seeds, curated, out, tmp_path, "an id taken")


def test_seeds_unchanged_since_the_last_build_are_not_read_again(corpus, tmp_path, monkeypatch):
    # each build notes the status of the seed files it read (pipeline.seednotes); the next one reads only
    # the files whose status differs: an added report, and an article rewritten with the same size and
    # modification time (its change time moved), whose new text the build then finds
    import os

    import pipeline.build
    import pipeline.seednotes

    monkeypatch.setattr(pipeline.seednotes, "SETTLED_NS", 0)  # (the test's files are seconds old)
    seeds, curated = corpus
    out = tmp_path / "out"
    _build(seeds, curated, out)
    read = []
    real = pipeline.build.read_article_files

    def counted(path, meta):
        read.append(os.path.basename(path))
        return real(path, meta)

    monkeypatch.setattr(pipeline.build, "read_article_files", counted)
    added = add_report(seeds, from_text(NEW_EVENT), published=dt.date(2021, 4, 25), source="Test Outlet")
    assert _build(seeds, curated, out).processed == 1
    assert read == [f"{added.id}.txt"]
    _assert_same_as_full_build(seeds, curated, out, tmp_path, "an added report, the rest not read")
    read.clear()
    assert _build(seeds, curated, out).cached == 3
    assert read == []
    path = seeds / "dev_ar01.txt"
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    # one word for another of the same length, the modification time put back
    changed = text.replace("القامشلي", "القامشلى", 1)
    assert changed != text and len(changed.encode()) == len(text.encode())
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    stats = _build(seeds, curated, out)
    assert stats.processed == 1 and "dev_ar01.txt" in read
    _assert_same_as_full_build(seeds, curated, out, tmp_path, "a rewritten article of the same size and time")


def test_a_kept_truce_analysis_that_cannot_be_used_costs_only_time(corpus, tmp_path, monkeypatch, caplog):
    # the truce analysis kept beside the merge state is used only with the state it was written with: one
    # damaged, of another build (another merge state), or missing makes the build analyse every truce
    # (said as a warning, but for a missing one), with the same outputs as a full build; the next add
    # uses the one that build kept
    seeds, curated = corpus
    (curated / "reviews.csv").unlink()
    out = tmp_path / "out"
    _build(seeds, curated, out)
    analysed = _count_truce_updates(monkeypatch)
    calls = _count_state_merges(monkeypatch)
    add_report(seeds, from_text(SAME_EVENT), published=dt.date(2021, 4, 21), source="Test Outlet")
    _build(seeds, curated, out)
    assert [u for u, _ in analysed] == [True]
    older = (out / TRUCE_STATE).read_bytes()  # (goes with this build's merge state only)

    def replaced(data):
        (out / TRUCE_STATE).unlink()  # (the version's file may be shared by a link: replaced, not edited)
        if data is not None:
            (out / TRUCE_STATE).write_bytes(data)

    texts = [("a violation", TRUCE_BROKEN, dt.date(2021, 4, 22)), ("a new event", NEW_EVENT, dt.date(2021, 4, 25)),
             ("a later event", LATER, dt.date(2021, 6, 10)),
             ("the same event", SAME_EVENT.replace("وقتل", "وقُتل"), dt.date(2021, 4, 21))]
    data = (out / TRUCE_STATE).read_bytes()
    cases = [("a cut file", data[:len(data) // 2], True), ("a changed byte", data[:-1] + bytes([data[-1] ^ 1]), True),
             ("another build's", None, True), ("none", None, False)]
    for (how, damaged, warned), (name, text, published) in zip(cases, texts):
        if how == "another build's":
            replaced(older)
        else:
            replaced(damaged)
        add_report(seeds, from_text(text), published=published, source="Test Outlet")
        caplog.clear()
        analysed.clear()
        n = len(calls)
        with caplog.at_level("WARNING"):
            stats = _build(seeds, curated, out)
        assert stats.processed == 1 and stats.ok, stats.errors
        assert len(calls) == n + 2, f"{how}: the build did not merge against the state"
        assert [u for u, _ in analysed] == [False], f"{how}: the truces were not all analysed"
        assert ("truce analysis not reused" in caplog.text) == warned, (how, caplog.text)
        _assert_same_as_full_build(seeds, curated, out, tmp_path, f"{name} ({how} kept analysis)")
        assert canonical_truce_state(out / TRUCE_STATE) != b""
        data = (out / TRUCE_STATE).read_bytes()
    add_report(seeds, from_text(NEW_EVENT.replace("صباح", "مساء")), published=dt.date(2021, 4, 26), source="Test Outlet")
    analysed.clear()
    _build(seeds, curated, out)
    assert [u for u, _ in analysed] == [True]  # the analysis the last build kept
    _assert_same_as_full_build(seeds, curated, out, tmp_path, "after the fallbacks")
