"""Adding a report to ``seeds/``: from a text file, a saved web page, a URL or pasted text.

``python -m pipeline add SOURCE`` and the app's "Add report" page both go through here:

1. :func:`read_source` (or :func:`from_text` / :func:`from_html` for what the app holds in
   memory) turns the source into a :class:`Report`: the text exactly as extracted, and
   what the page says about itself (title, date, outlet, URL). Web pages are read with
   ``trafilatura`` (main text without menus and footers; metadata from the page's tags).
   A URL is fetched with ``trafilatura`` too; with no network it fails with
   :class:`FetchError`, which says to save the page and add the ``.html`` instead.
2. :func:`add_report` fills what the caller gives (``--published``, ``--source``...), checks
   the id and the text are new, and writes ``seeds/<id>.txt`` and ``seeds/<id>.toml``,
   each atomically (the metadata first: the build reads only ``*.txt``, so a reader never
   sees a text without its metadata). It never overwrites: an existing id or the same text
   under another id is refused, naming the file.

Nothing here builds; the caller runs the build (the CLI prints the command, the app builds).
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import itertools
import json
import logging
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .articles import LANGUAGES, URL_RE, decode_text, read_metadata
from .datemath import implausible
from .english.dates import MONTHS as EN_MONTHS
from .errors import InputError, MetadataError, PipelineError
from .files import MAX_ARTICLE_BYTES, NotRegularFileError, folder_lock, read_input
from .outlets import dateline_outlet, outlet_problem, without_invisible
from .output import atomic_write

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from .core import Pipeline

#: An article id: a file stem anyone can type (letters, digits, ``_ . -``).
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")
_ARABIC_RE = re.compile(r"[\u0600-\u06FF]")
_LATIN_RE = re.compile(r"[A-Za-z]")


#: Longest text the app's paste box takes (characters): a browser slows to a halt sending a paste of
#: several hundred kilobytes (700 KB timed out); longer texts are uploaded as a file (up to
#: :data:`pipeline.files.MAX_ARTICLE_BYTES`). A news report is a few thousand characters.
MAX_PASTE_CHARS = 100_000

#: Largest saved page read (bytes): a news page is well under 5 MB; trafilatura takes ~2 s and
#: ~25 MB of memory per MB of page (a 43 MB page: 73 s, 1 GB).
MAX_PAGE_BYTES = 20 * 1024 * 1024


def _too_big(size: int, limit: int, what: str) -> str:
    return (f"{what} is {size:,} bytes, more than the {limit:,} bytes accepted; "
            + ("save the page as HTML only (not 'complete' or single-file), or copy the report's text and paste it"
               if what == "page" else "a report is a few kilobytes: keep only the report's own text"))


#: The metadata keys a report is added with, as the Add page and ``pipeline add`` name them.
_FIELDS = {"url": "the URL field (--url)", "title": "the Title field (--title)", "source": "the Outlet field (--source)",
           "published": "the Published field (--published)", "language": "the Language field (--language)",
           "id": "the Id field (--id)"}


class AddError(InputError):
    """A report that cannot be added (duplicate, bad metadata, unreadable source)."""


class DuplicateError(AddError):
    """The report, or the id it would take, is already in ``seeds/``: nothing was written.

    ``str(error)`` speaks to a command-line user (``--id``); :meth:`for_app` to the app's Add report page.

    Attributes
    ----------
    existing : str
        The id already in ``seeds/``.
    same_text : bool
        True when that article's text is this report's (the same report, added before).
    """

    def __init__(self, path: str | Path, message: str, existing: str, same_text: bool):
        self.existing = existing
        self.same_text = same_text
        super().__init__(path, message)

    def for_app(self, described: str = "") -> str:
        """The Add report page's words: which report is already in the data (``described``: its title, outlet
        and date when the app knows them), and what to do."""
        which = f"'{self.existing}'" + (f" ({described})" if described else "")
        if self.same_text:
            return (f"This report is already in the data as {which}: nothing was saved. Find it under Articles, "
                    "or in the Review page.")
        return (f"The id '{self.existing}' is already taken by another report {which}: nothing was saved. Type "
                "another id in the form's Id field, or leave it empty for one made from the date and the text.")


class NothingFoundError(AddError):
    """The text names no place, no date and no event the pipeline reads: adding it needs a confirmation
    (``nothing_found_ok``), as such a text is more likely a slip ("hello", a wrong paste) than a report."""


class FetchError(PipelineError):
    """A URL that could not be fetched (no network, or the site did not answer).

    ``str(error)`` tells a command-line user what to do (``python -m pipeline add PAGE.html``);
    :meth:`for_app` tells a user of the app's Add report page (save the page, upload it there).
    """

    def __init__(self, url: str, refused: str = ""):
        self.url = url
        self.refused = refused  # why the address was not even tried (not a web address), for both messages
        super().__init__(refused or (
            f"could not fetch {url}: no network here, or the site did not answer. Open the page in a "
            "browser, save it (File > Save page as, .html) and run `python -m pipeline add PAGE.html "
            f"--url {url}`, or paste its text (`python -m pipeline add -`)."))

    def for_app(self) -> str:
        """The message for the Add report page, which has an upload and a paste box, not a command line."""
        if self.refused:
            return self.refused
        return (f"Could not fetch {self.url}: no network here, or the site did not answer. Open the page in your "
                "browser, save it there (File > Save page as…, a .html file), then choose 'Upload a file' above "
                "and upload it; or choose 'Paste text' and paste the report's text. Give the address in the "
                "URL field of the form so the report keeps it.")


@dataclass
class Report:
    """A report read from its source, before it is written to ``seeds/``.

    Attributes
    ----------
    text : str
        The text exactly as extracted (written byte for byte as ``seeds/<id>.txt``).
    title, source, source_ar, url, language : str
        What the source says; empty when it does not say.
    published : datetime.date or None
        The publication date the page gives, when it gives one.
    origin : str
        Where it came from (a path, a URL, ``stdin``, ``pasted text``), for messages.
    page_source : bool
        Read out of a web page's markup given as text (pasted, or saved as ``.txt``:
        :func:`from_text_or_page`), which the app says.
    """

    text: str
    title: str = ""
    published: dt.date | None = None
    source: str = ""
    source_ar: str = ""
    url: str = ""
    language: str = ""
    origin: str = ""
    page_source: bool = False


@dataclass
class Added:
    """What :func:`add_report` wrote.

    Attributes
    ----------
    id : str
    text_path, meta_path : Path
    metadata : dict
        The metadata written (``published`` as a date).
    unknown : list of str
        What could not be determined from the source and was not given (each with the
        option that gives it), e.g. ``"outlet (--source)"``.
    """

    id: str
    text_path: Path
    meta_path: Path
    metadata: dict
    unknown: list[str] = field(default_factory=list)


def detect_language(text: str) -> str:
    """``ar`` when Arabic letters outnumber Latin ones, else ``en``.

    Parameters
    ----------
    text : str

    Returns
    -------
    str
    """
    return "ar" if len(_ARABIC_RE.findall(text)) >= len(_LATIN_RE.findall(text)) else "en"


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def from_text(text: str, origin: str = "pasted text", known_outlets: Iterable[str] = ()) -> Report:
    """A report from plain text (the dateline gives the outlet: ``شفق نيوز/``, ``(Hawar)``,
    ``القامشلي – نورث برس``; :func:`pipeline.outlets.dateline_outlet`).

    Parameters
    ----------
    text : str
    origin : str
        Named in messages.
    known_outlets : iterable of str
        Outlet names a dateline may give besides the shipped list (the build's outlets).

    Returns
    -------
    Report

    Raises
    ------
    AddError
        An empty text or one of only spaces and blank lines (saying which), a text over
        :data:`pipeline.files.MAX_ARTICLE_BYTES`, or one holding half of a surrogate pair.
    """
    if not text.strip():
        raise AddError(origin, "the report is empty: paste or upload the report's text" if not text else
                               "the text holds only spaces or blank lines: paste the report's text itself")
    if not without_invisible(text, all_format=True).strip():
        raise AddError(origin, "the text holds only invisible characters (zero-width spaces, joiners, direction "
                               "marks): paste the report's text itself")
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as e:  # a lone surrogate: no character, cannot be saved as UTF-8
        raise AddError(origin, f"the text holds an invalid character (U+{ord(text[e.start]):04X}, half of a pair, "
                               f"at character {e.start:,}); copy the report's text again", 1 + text.count("\n", 0, e.start)) from None
    if size > MAX_ARTICLE_BYTES:  # the build refuses it (pipeline.files): say so now, before it is written
        raise AddError(origin, _too_big(size, MAX_ARTICLE_BYTES, "text"))
    outlet = dateline_outlet(text, known_outlets)
    return Report(text=text, source=outlet[0] if outlet else "", source_ar=outlet[1] if outlet else "",
                  language=detect_language(text), origin=origin)


#: Tags of a web page's markup (what pasted page source holds and a report's text never does).
_HTML_TAG_RE = re.compile(r"<\s*/?\s*(?:html|head|body|meta|title|script|style|div|span|p|br|a|h[1-6]|article|"
                          r"section|header|footer|nav|ul|ol|li|img|figure|time|link|strong|em|b|i)\b[^<>]*>",
                          re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is a web page's markup rather than a report's text: it opens with a document
    type or an ``<html>`` tag, or holds at least three HTML tags (``<p>``, ``</div>``, ``<br/>`` …).

    Examples
    --------
    >>> looks_like_html("<!DOCTYPE html><html><body><p>...</p></body></html>")
    True
    >>> looks_like_html("قتل شخصان في القامشلي <وفق مصادر محلية>.")
    False
    """
    head = text.lstrip()[:15].lower()
    if head.startswith(("<!doctype", "<html")):
        return True
    return next(itertools.islice(_HTML_TAG_RE.finditer(text), 2, None), None) is not None


def from_text_or_page(text: str, origin: str, known_outlets: Iterable[str] = ()) -> Report:
    """A report from text that may be a web page's source: :func:`from_html` when it is
    (:func:`looks_like_html`: a page saved or pasted as text keeps its tags otherwise, and every
    heading, title and caption would be read as the report's words), else :func:`from_text`."""
    if looks_like_html(text):
        report = from_html(text, origin=f"{origin} (a web page's source)")
        report.page_source = True
        return report
    return from_text(text, origin, known_outlets)


def from_html(html: str | bytes, url: str = "", origin: str = "web page") -> Report:
    """A report from a saved web page: its main text and metadata, read with ``trafilatura``.

    Parameters
    ----------
    html : str or bytes
    url : str, optional
        The page's address when known (a fetched page); otherwise the page's canonical link.
    origin : str
        Named in messages.

    Returns
    -------
    Report

    Raises
    ------
    AddError
        When the page holds no text ``trafilatura`` recognises as an article.
    """
    import trafilatura

    size = len(html) if isinstance(html, bytes) else len(html.encode("utf-8", "surrogatepass"))
    if size > MAX_PAGE_BYTES:
        raise AddError(origin, _too_big(size, MAX_PAGE_BYTES, "page"))
    try:
        doc = trafilatura.bare_extraction(html, url=url or None, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as e:  # a markup the reader chokes on (an SVG or XML root, broken nesting): the file's fault
        log.debug("page reader failed on %s", origin, exc_info=True)
        raise AddError(origin, f"this page could not be read ({type(e).__name__}); copy the report's own text, "
                               "without the page's markup, and paste it or add it as a .txt file") from None
    text = (getattr(doc, "text", "") or "").strip() if doc is not None else ""
    if not text:
        raise AddError(origin, "no article text found in this page; copy the report's text and add it as .txt or "
                               "paste it")
    page_url = url or (getattr(doc, "url", "") or "")
    report = from_text(text, origin)
    # the page's title and site name are suggestions for the form, not text kept as published: without the
    # invisible characters that the metadata refuses (a direction control; in an outlet's name, any)
    report.title = without_invisible(getattr(doc, "title", "") or "")
    report.published = _date(getattr(doc, "date", None))
    report.source = without_invisible(getattr(doc, "sitename", "") or "", all_format=True) or report.source
    report.url = page_url.strip() if URL_RE.match(page_url.strip()) else ""  # what the metadata accepts, else unknown
    lang = (getattr(doc, "language", "") or "")[:2]
    if lang in LANGUAGES:
        report.language = lang
    return report


def fetch_url(url: str) -> Report:
    """Fetch a web page and read it as :func:`from_html` does.

    Parameters
    ----------
    url : str
        ``http://`` or ``https://``.

    Returns
    -------
    Report

    Raises
    ------
    FetchError
        When the page cannot be fetched (no network, a refused connection, an error page):
        the message says to save the page in a browser and add the ``.html`` file.
    """
    import trafilatura

    if not URL_RE.match(url):  # file://, javascript:, ftp:// or a typo: never handed to the fetcher
        raise FetchError(url, f"cannot fetch {url[:200]!r}: only http:// and https:// addresses (with no space) are "
                              "fetched; for a saved page, add the .html file (the app: 'Upload a file')")
    quiet = logging.getLogger("trafilatura")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # its own error line would repeat ours
    try:
        html = trafilatura.fetch_url(url)
    finally:
        quiet.setLevel(level)
    if not html:
        raise FetchError(url)
    return from_html(html, url=url, origin=url)


def read_source(source: str, stdin: TextIO | None = None) -> Report:
    """Read what ``python -m pipeline add SOURCE`` names.

    Parameters
    ----------
    source : str
        A ``.txt`` file, a saved ``.html``/``.htm`` page, an ``http(s)://`` URL, or ``-``
        for standard input (text, or HTML when it starts with a tag).
    stdin : file, optional
        Standard input (default ``sys.stdin``).

    Returns
    -------
    Report

    Raises
    ------
    AddError
        Unreadable, empty or not UTF-8 input, or an unknown file type.
    FetchError
        A URL that could not be fetched.
    """
    if source == "-":
        raw = (stdin or sys.stdin).read(MAX_PAGE_BYTES + 1)  # more is refused below, never all read
        if len(raw) > MAX_PAGE_BYTES:
            raise AddError("stdin", f"more than the {MAX_PAGE_BYTES:,} characters accepted; a report is a few "
                                    "kilobytes: paste only the report's own text")
        return from_text_or_page(decode_text(raw.encode("utf-8"), "stdin"), "stdin")
    if re.match(r"^https?://", source):
        return fetch_url(source)
    path = Path(source)
    suffix = path.suffix.lower()
    page = suffix in (".html", ".htm", ".xhtml")
    try:  # a regular file only (a named pipe would block, /dev/zero never end), and not too big
        data = read_input(path, MAX_PAGE_BYTES if page else MAX_ARTICLE_BYTES)
    except OSError as e:
        advice = _too_big(0, 0, "page" if page else "text").split("; ", 1)[1] if e.errno == errno.EFBIG else ""
        what = f"this {e.strerror}" if isinstance(e, NotRegularFileError) else f"cannot read: {e.strerror}"
        raise AddError(path, what + (f"; {advice}" if advice else "")) from None
    if page:
        return from_html(data, origin=str(path))
    if suffix in (".txt", ".text", ""):
        return from_text_or_page(decode_text(data, path), str(path))
    raise AddError(path, f"unknown file type {suffix!r}: give a .txt, a saved .html page, a URL or - (stdin)")


#: A headline is at most this long (characters and words).
_HEADLINE_CHARS, _HEADLINE_WORDS = 160, 25
_EN_MONTHS_RE = "|".join(sorted(EN_MONTHS, key=len, reverse=True))  # the English stage's month names ("Sept", "Apr")
_EN_DATE = re.compile(r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(%s)\.?|(%s)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?)\s+(\d{4})\b"
                      % ((_EN_MONTHS_RE,) * 2), re.IGNORECASE)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


#: A first line this short that names an outlet is a dateline, not a headline.
_DATELINE_WORDS = 6


def suggest_title(text: str) -> str:
    """A headline on the text's first line, as a title to suggest ("" when there is none).

    The first line is a headline when more text follows it, it is short (at most 160 characters and
    25 words), it does not end as a sentence does (``.``, ``!``, ``?``, ``؟``, ``:``) and it is not
    a dateline alone (``القامشلي – نورث برس``: a place and an outlet, no headline).
    """
    from .outlets import dateline_outlet

    lines = [line.strip() for line in text.strip().splitlines()]
    if len(lines) < 2 or not lines[0] or not any(lines[1:]):
        return ""
    head = without_invisible(lines[0])  # a suggestion: without the direction controls the metadata refuses
    if len(head) > _HEADLINE_CHARS or len(head.split()) > _HEADLINE_WORDS or head.endswith((".", "!", "?", "؟", ":")):
        return ""
    if len(head.split()) <= _DATELINE_WORDS and dateline_outlet(head) is not None:
        return ""
    return head


def suggest_published(text: str, today: dt.date | None = None) -> dt.date | None:
    """The latest full date (day, month name and year, or ``YYYY-MM-DD``; English or Arabic month names)
    the text gives up to ``today``: a publication date to suggest, which the user confirms (a report
    is published on or after the days it tells of). None when it gives none."""
    from .arabic import normalise_phrase
    from .dates import _MONTHS as AR_MONTHS

    today = today or dt.date.today()
    found: list[dt.date] = []

    def add(y: str, m: int, d: str) -> None:
        try:
            day = dt.date(int(y), m, int(d))
        except ValueError:
            return
        if dt.date(1990, 1, 1) <= day <= today:
            found.append(day)

    for m in _EN_DATE.finditer(text):
        month = EN_MONTHS[(m.group(2) or m.group(3)).lower()]
        add(m.group(5), month, m.group(1) or m.group(4))
    for m in _ISO_DATE.finditer(text):
        add(m.group(1), int(m.group(2)), m.group(3))
    if _ARABIC_RE.search(text):
        plain = normalise_phrase(text)  # (Arabic-Indic and Persian digits made ASCII there)
        months = "|".join(sorted(map(re.escape, AR_MONTHS), key=len, reverse=True))
        for m in re.finditer(rf"(?<!\d)(\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?({months})(?:\s*\(\s*\w+\s*\))?\s+"
                             rf"(?:من\s+)?(?:عام\s+)?(\d{{4}})(?!\d)", plain):
            add(m.group(3), AR_MONTHS[m.group(2)], m.group(1))
    return max(found) if found else None


def published_problem(day: dt.date | None, today: dt.date | None = None) -> str:
    """Why ``day`` cannot be a report's publication date, in words for the form, or "" when it can.

    The build's rule (:func:`pipeline.datemath.implausible`): not before 1990, not after tomorrow (a
    report of Syria's morning is dated a day ahead of a clock in the Americas).

    Parameters
    ----------
    day : datetime.date or None
    today : datetime.date, optional
        Default: today.

    Returns
    -------
    str
        ``"The publication date 10 Mar 2027 is in the future (today is 07 Dec 2026): a typo in the year?
        Correct it to add the report."``, or "".
    """
    if day is None:
        return ""
    today = today or dt.date.today()
    why = implausible(day, today)
    if why is None:
        return ""
    if day > today:
        return (f"The publication date {day:%d %b %Y} is in the future (today is {today:%d %b %Y}): a typo in the "
                "year? Correct it to add the report.")
    return f"The publication date {day:%d %b %Y} cannot be right: {why}. Correct it to add the report."


def paste_problem(text: str) -> str:
    """Why a pasted text is refused (longer than :data:`MAX_PASTE_CHARS`, pointing to the upload), or ""."""
    if len(text) <= MAX_PASTE_CHARS:
        return ""
    return (f"The pasted text is {len(text):,} characters, more than the {MAX_PASTE_CHARS:,} the text box takes: "
            f"save it as a .txt file and choose 'Upload a file' (up to {MAX_ARTICLE_BYTES // (1024 * 1024)} MB).")


@dataclass(frozen=True)
class Reading:
    """What the pipeline reads in a report before it is added (:func:`read_report`).

    Attributes
    ----------
    places, dates, events : int
        Places named (in the gazetteer or not), dates stated, events made (those set aside by
        screening included).
    """

    places: int
    dates: int
    events: int

    @property
    def nothing(self) -> bool:
        """True when the text names no place, no date and no event."""
        return not (self.places or self.dates or self.events)


def read_report(pipeline: Pipeline, text: str, published: dt.date, language: str = "") -> Reading:
    """Run the pipeline on a report's text as the build will, and count what it reads.

    Parameters
    ----------
    pipeline : Pipeline
        A compiled pipeline (:meth:`pipeline.core.Pipeline.from_geo_dir`).
    text : str
    published : datetime.date
    language : str, optional
        Default: read from the script.

    Returns
    -------
    Reading
    """
    from .records import Article

    article = Article(id="new", path="", text=text, published=published, source="",
                      language=language or detect_language(text))
    result = pipeline.process(article)
    return Reading(len(result.mentions) + len(result.unresolved), len(result.dates),
                   len(result.events) + len(result.set_aside))


def default_id(text: str, published: dt.date | None) -> str:
    """``<YYYYMMDD>_<16 hex digits of the text's SHA-256>``: sorts by date; the same text, the same id."""
    day = published.strftime("%Y%m%d") if published else "undated"
    return f"{day}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"


def _toml(meta: dict) -> str:
    lines = []
    for key, value in meta.items():
        if value in ("", None):
            continue
        if isinstance(value, dt.date):
            lines.append(f"{key} = {value.isoformat()}")
        else:
            # a JSON string is a valid TOML basic string (same escapes), but for DEL, which TOML wants
            # escaped too; a lone surrogate (no character: a broken page) cannot be written at all
            text = re.sub("[\ud800-\udfff]", "\ufffd", str(value))
            lines.append(f"{key} = {json.dumps(text, ensure_ascii=False)}".replace("\x7f", "\\u007f"))
    return "\n".join(lines) + "\n"


def find_same_text(seeds_dir: Path, text: str) -> Path | None:
    """The article of ``seeds_dir`` whose text is ``text`` (ignoring surrounding whitespace), or None.

    Only files of about the same size are read, so this stays fast on a large corpus.
    """
    want = text.strip()
    size = len(want.encode("utf-8"))
    for p in sorted(seeds_dir.glob("*.txt")):
        try:
            n = p.stat().st_size
            if size <= n <= size + 64 and p.read_bytes().decode("utf-8", "replace").strip() == want:
                return p
        except OSError:
            continue
    return None


def add_report(seeds_dir: str | Path, report: Report, *, published: dt.date | None = None, source: str = "",
               language: str = "", title: str = "", url: str = "", article_id: str = "",
               added_by: str = "", unknown_outlet_ok: bool = True, pipeline: Pipeline | None = None,
               nothing_found_ok: bool = False) -> Added:
    """Write ``report`` as ``seeds/<id>.txt`` + ``seeds/<id>.toml`` (each atomically).

    Values given here win over what the source says.

    Parameters
    ----------
    seeds_dir : str or Path
    report : Report
    published : datetime.date, optional
        Required unless the source gave a date.
    source, language, title, url : str, optional
        Outlet (English), ``ar``/``en``/``ku``, headline, address.
    article_id : str, optional
        Default :func:`default_id`.
    added_by : str, optional
        Recorded in the metadata's ``notes`` with the time.
    unknown_outlet_ok : bool
        False: refuse a report whose outlet is neither given nor read from its dateline (the app asks
        for it, or for a tick saying it is unknown); True (the command line): save ``unknown`` and list it
        in :attr:`Added.unknown`.
    pipeline : Pipeline, optional
        Given, the text is read first (:func:`read_report`): one that names no place, no date and no event
        is refused with :class:`NothingFoundError` unless ``nothing_found_ok``.
    nothing_found_ok : bool
        The user confirmed adding a text in which nothing is read.

    Returns
    -------
    Added

    Raises
    ------
    AddError
        No date anywhere (asks for ``--published``), a date in the future; a bad id, language or URL; the
        id or the text already in ``seeds/`` (naming that file); no outlet (with ``unknown_outlet_ok``
        False). Nothing is written then.
    NothingFoundError
        A text that names nothing the pipeline reads, unconfirmed (only when ``pipeline`` is given).
    """
    seeds_dir = Path(seeds_dir)
    text = report.text
    if not text.strip():
        raise AddError(report.origin or "input", "the report is empty")
    published = published or report.published
    if published is None:
        raise AddError(report.origin or "input", "no publication date found in the source: give it with "
                                                 "--published YYYY-MM-DD")
    if published_problem(published):
        raise AddError(report.origin or "input", published_problem(published))
    aid = article_id.strip() or default_id(text, published)
    if not ID_RE.match(aid):
        raise AddError(seeds_dir / f"{aid}.txt", "an id is letters, digits, '_', '.' or '-' (at most 100), "
                                                 "starting with a letter or digit")
    txt, toml = seeds_dir / f"{aid}.txt", seeds_dir / f"{aid}.toml"
    same = find_same_text(seeds_dir, text) if seeds_dir.is_dir() else None
    for p in (txt, toml):
        if p.exists():
            raise DuplicateError(p, f"id '{aid}' already exists; give another --id (nothing was written)", aid,
                                 same is not None and same.stem == aid)
    if same is not None:
        raise DuplicateError(same, f"this text is already in seeds/ as '{same.stem}' (nothing was written)",
                             same.stem, True)
    unknown = []
    outlet = source.strip() or report.source
    if not outlet and not unknown_outlet_ok:
        raise AddError(report.origin or "input", "no outlet given and none named by the text's dateline: give the "
                                                 "outlet, or say that it is not known")
    if not outlet:
        unknown.append("outlet (--source)")
    elif outlet_problem(outlet):  # refused before anything is written, naming the field to change
        raise AddError(report.origin or "input", f"the outlet (the Outlet field, --source): {outlet_problem(outlet)}")
    meta: dict = {
        "source": outlet or "unknown",
        "source_ar": report.source_ar if not source.strip() else "",
        "published": published,
        "published_basis": "as printed" if (published == report.published) else "given when the report was added",
        "language": (language or report.language or detect_language(text)),
        "title": title.strip() or report.title,
        "url": url.strip() or report.url,
    }
    if not meta["title"]:
        unknown.append("title (--title)")
    if not meta["url"]:
        unknown.append("URL (--url)")
    if pipeline is not None and not nothing_found_ok and read_report(pipeline, text, published, meta["language"]).nothing:
        raise NothingFoundError(report.origin or "input", "the text names no place, no date and no event: it would be "
                                                          "saved as a report that gives nothing. Check that it is the "
                                                          "report's text; to add it all the same, confirm it")
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    meta["notes"] = f"added {stamp}" + (f" by {added_by.strip()}" if added_by.strip() else "") + \
        (f" from {without_invisible(report.origin)}" if report.origin and not report.origin.startswith(("/", ".")) else "")
    body = _toml(meta)
    try:
        read_metadata(toml, body.encode("utf-8"))  # the same checks as the build: refuse before writing
    except MetadataError as e:  # said of the field to change: the .toml it names was never written
        lines = body.split("\n")  # (TOML's lines: splitlines would also break at U+2028 inside a title)
        key = lines[e.line - 1].partition("=")[0].strip() if e.line and e.line <= len(lines) else ""
        field = _FIELDS.get(key, "the metadata")
        raise AddError(report.origin or "input", f"{field}: {e.reason} (nothing was written)") from None
    with folder_lock(seeds_dir):  # two adds of one id at once: one is refused, never a mix of both
        for p in (txt, toml):
            if p.exists():
                raise DuplicateError(p, f"id '{aid}' was added meanwhile; give another --id (nothing was written)",
                                     aid, False)
        atomic_write(toml, body)
        try:
            atomic_write(txt, text.encode("utf-8"))
        except BaseException:
            toml.unlink(missing_ok=True)
            raise
    return Added(aid, txt, toml, meta, unknown)
