"""``python -m pipeline add``: a report from a .txt, a saved page, stdin or a URL into seeds/."""

from __future__ import annotations

import io
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from pipeline.addreport import AddError, FetchError, add_report, from_html, read_source
from pipeline.articles import load_article

ROOT = Path(__file__).resolve().parent.parent

# written for these tests
REPORT = ("شفق نيوز/ اندلعت اشتباكات عنيفة بين قوات الأسايش وعناصر الدفاع الوطني في حي طي بمدينة القامشلي "
          "مساء الثلاثاء، ما أسفر عن مقتل ثلاثة عناصر.\n")
PAGE = """<!doctype html>
<html lang="ar"><head><meta charset="utf-8">
<title>توتر في القامشلي - موقع تجريبي</title>
<meta property="og:title" content="توتر في القامشلي">
<meta property="og:site_name" content="Test Outlet">
<meta property="article:published_time" content="2021-04-23T09:30:00+03:00">
<link rel="canonical" href="https://news.example.org/ar/qamishli-tension">
</head><body>
<nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
<article><h1>توتر في القامشلي</h1>
<p>قصفت قوات النظام بقذائف الهاون حي حلكو في مدينة القامشلي صباح اليوم، ما أدى إلى إصابة طفلين بجروح.</p>
<p>وقال شاهد عيان إن القصف استمر نحو ساعة، وإن الأهالي لجؤوا إلى الأقبية خوفاً من تجدده.</p>
</article>
<footer>جميع الحقوق محفوظة</footer>
</body></html>
"""


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", "add", *args], check=False, input=stdin, capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def test_add_txt_writes_text_and_metadata_that_the_build_reads(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    src = tmp_path / "report.txt"
    src.write_text(REPORT, encoding="utf-8")
    r = _cli(str(src), "--published", "2021-04-21", "--seeds", str(seeds))
    assert r.returncode == 0, r.stderr
    aid = r.stdout.splitlines()[0]
    assert (seeds / f"{aid}.txt").read_text(encoding="utf-8") == REPORT  # exactly as given
    meta = tomllib.loads((seeds / f"{aid}.toml").read_text(encoding="utf-8"))
    assert meta["source"] == "Shafaq News" and str(meta["published"]) == "2021-04-21" and meta["language"] == "ar"
    assert "not determined: title (--title)" in r.stdout and "not determined: URL (--url)" in r.stdout
    art = load_article(seeds / f"{aid}.txt")
    assert art.text == REPORT and art.source == "Shafaq News"


def test_add_saved_html_takes_text_title_date_outlet_url(tmp_path):
    seeds = tmp_path / "seeds"
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    r = _cli(str(page), "--seeds", str(seeds), "--id", "npa_test_1")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == "npa_test_1"
    assert "not determined" not in r.stdout
    text = (seeds / "npa_test_1.txt").read_text(encoding="utf-8")
    assert "قصفت قوات النظام بقذائف الهاون حي حلكو" in text
    assert "الرئيسية" not in text and "جميع الحقوق" not in text  # menus and footer left out
    meta = tomllib.loads((seeds / "npa_test_1.toml").read_text(encoding="utf-8"))
    assert meta["title"] == "توتر في القامشلي" and meta["source"] == "Test Outlet"
    assert str(meta["published"]) == "2021-04-23" and meta["url"] == "https://news.example.org/ar/qamishli-tension"


def test_add_from_stdin_and_duplicates_refused(tmp_path):
    seeds = tmp_path / "seeds"
    r = _cli("-", "--published", "2021-04-21", "--source", "North Press Agency", "--seeds", str(seeds), stdin=REPORT)
    assert r.returncode == 0, r.stderr
    aid = r.stdout.splitlines()[0]
    assert tomllib.loads((seeds / f"{aid}.toml").read_text(encoding="utf-8"))["source"] == "North Press Agency"
    # the same text again, under another id: refused, naming the file that has it
    again = _cli("-", "--published", "2021-04-21", "--id", "other", "--seeds", str(seeds), stdin=REPORT)
    assert again.returncode == 2 and f"{aid}.txt" in again.stderr and "already in seeds/" in again.stderr
    # another text under an existing id: refused, naming that id's file
    clash = _cli("-", "--published", "2021-04-21", "--id", aid, "--seeds", str(seeds), stdin=REPORT + "وتابع.\n")
    assert clash.returncode == 2 and f"{aid}.txt" in clash.stderr and "already exists" in clash.stderr
    assert sorted(p.name for p in seeds.iterdir()) == [f"{aid}.toml", f"{aid}.txt"]  # nothing else written


def test_add_without_a_date_asks_for_published(tmp_path):
    r = _cli("-", "--seeds", str(tmp_path / "seeds"), stdin=REPORT)
    assert r.returncode == 2 and "--published YYYY-MM-DD" in r.stderr
    assert not (tmp_path / "seeds").exists() or not list((tmp_path / "seeds").iterdir())


def test_add_url_without_network_says_what_to_do(tmp_path):
    # a closed port on this machine: the fetch fails as it does with no network
    r = _cli("http://127.0.0.1:9/report.html", "--seeds", str(tmp_path / "seeds"))
    assert r.returncode == 2
    assert "could not fetch http://127.0.0.1:9/report.html" in r.stderr and "save it" in r.stderr
    assert "Traceback" not in r.stderr
    with pytest.raises(FetchError) as err:
        read_source("http://127.0.0.1:9/report.html")
    # the command line's hint for the command line; the app's page has its own way (save, then upload)
    assert "python -m pipeline add PAGE.html" in str(err.value)
    app = err.value.for_app()
    assert "Upload a file" in app and "http://127.0.0.1:9/report.html" in app and "python -m" not in app


def test_bad_metadata_is_refused_before_anything_is_written(tmp_path):
    import datetime as dt

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    report = read_source("-", stdin=io.StringIO(REPORT))
    with pytest.raises(AddError):
        add_report(seeds, report, published=dt.date(2021, 4, 21), article_id="bad id")
    with pytest.raises(AddError, match="url must start with http") as err:
        add_report(seeds, report, published=dt.date(2021, 4, 21), url="ftp://x")
    # said of the field to change, not of a .toml that was never written (a probe read a path and line there)
    assert str(err.value).startswith("stdin: the URL field (--url): url must") and ".toml" not in str(err.value)
    assert "nothing was written" in str(err.value)
    # a title holding a line separator (U+2028) does not shift the field named
    with pytest.raises(AddError, match="the URL field") as err:
        add_report(seeds, report, published=dt.date(2021, 4, 21), title="عنوان\u2028سطر", url="https://a.test/<x>")
    assert list(seeds.iterdir()) == []


def test_page_without_article_text_is_an_error():
    with pytest.raises(AddError, match="no article text"):
        from_html("<html><head><title>x</title></head><body><div></div></body></html>", origin="empty.html")
