"""Reading articles and their metadata.

An article is a UTF-8 text file ``seeds/<id>.txt``; its metadata lives beside it in
``seeds/<id>.toml`` (schema in the README, "Article metadata"). The text is never edited:
offsets reported anywhere in the pipeline index into it exactly as Python reads it
(universal newlines), after a UTF-8 byte-order mark if the file starts with one (what
Windows Notepad saves): the mark is not part of the text.

The dateline ``شفق نيوز/`` at the start of a paragraph is recognised as the source when
the metadata gives none (``extract`` on a bare file). A missing ``language`` (or a bare
file) is read from the text's script (:func:`pipeline.language.detect_language`).
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

from .csvio import utf16_problem
from .datemath import implausible
from .errors import ArticleError, MetadataError
from .files import MAX_ARTICLE_BYTES, read_input
from .language import detect_language
from .outlets import direction_control_problem, outlet_problem
from .records import Article

REQUIRED_META = ("source", "published")  # language: detected from the text when absent
#: Largest metadata file accepted (bytes).
MAX_META_BYTES = 1024 * 1024
#: Syria's clock (UTC+3: summer time in 2021, all year since 2022), for ``published`` times with an offset.
SYRIA_TIME = dt.timezone(dt.timedelta(hours=3), "Syria")
KNOWN_META = {"title", "source", "source_ar", "language", "published", "published_basis", "url",
              "related_urls", "notes", "id"}
LANGUAGES = {"ar", "en", "ku"}
#: An article ``id`` given in metadata: it keys every output (event ids, links), so a safe slug.
ARTICLE_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,99}")
#: What an id taken from a file name may not hold (any language's letters, spaces, dots are fine):
#: control characters (a newline in a name) and what changes a link's or an attribute's meaning.
FILE_ID_BAD_RE = re.compile(r"[\x00-\x1f\x7f&#?%<>\"'\\]")
#: A ``url`` or ``related_urls`` entry: http(s), no whitespace or control character (a newline
#: in an address is a paste error, and an address ends up in links), no ``<`` or ``>`` (markup
#: pasted into the field, never part of an address; a quote may be: some outlets' slugs hold one).
URL_RE = re.compile(r"https?://[^\s\x00-\x1f\x7f<>]+\Z")

#: Datelines that name the outlet: Arabic name → English name.
DATELINES = {
    "شفق نيوز": "Shafaq News",
    "نورث برس": "North Press Agency",
    "هاوار": "Hawar News Agency",
    "عنب بلدي": "Enab Baladi",
    "المرصد السوري": "Syrian Observatory for Human Rights",
}
_DATELINE_RE = re.compile(r"(?m)^\s*(" + "|".join(map(re.escape, DATELINES)) + r")\s*/")


def read_text(path: str | Path) -> str:
    """Read an article file as text.

    Raises
    ------
    ArticleError
        When the file is missing, empty, not UTF-8 or looks binary.
    """
    path = Path(path)
    try:
        raw = read_input(path, MAX_ARTICLE_BYTES)
    except OSError as e:
        raise ArticleError(path, f"cannot read article: {e.strerror}") from None
    return decode_text(raw, path)


def decode_text(raw: bytes, path: str | Path = "<bytes>") -> str:
    """Decode an article's bytes exactly as :func:`read_text` does (same checks, same newlines).

    Raises
    ------
    ArticleError
    """
    if not raw or raw.isspace():  # (not raw.strip(), without the copy)
        raise ArticleError(path, "article is empty; remove it or paste the report's text")
    wide = utf16_problem(raw)
    if wide:
        raise ArticleError(path, wide.replace("file is", "article is"), 1)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise ArticleError(path, f"not UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start}); re-save the file as UTF-8",
                           line) from None
    if "\x00" in text:
        raise ArticleError(path, "contains NUL bytes: this is not a plain-text article",
                           text.count("\n", 0, text.index("\x00")) + 1)
    if text.startswith("\ufeff"):  # a byte-order mark is no part of the text: offsets count after it
        text = text[1:]
    if not text or text.isspace():  # (not text.strip(), without the copy)
        raise ArticleError(path, "article is empty (only whitespace); remove it or paste the report's text")
    # universal newlines, as open() would give
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def detect_source(text: str) -> tuple[str, str] | None:
    """Outlet named by a dateline such as ``شفق نيوز/``: ``(english, arabic)`` or None."""
    m = _DATELINE_RE.search(text)
    if not m:
        return None
    return DATELINES[m.group(1)], m.group(1)


def _key_line(raw: str, key: str) -> int | None:
    m = re.search(rf"(?m)^\s*(?:{re.escape(key)}\s*=|\[+\s*{re.escape(key)}\s*\]+)", raw)
    return raw[: m.start()].count("\n") + 1 if m else None


def read_metadata(path: str | Path, raw_bytes: bytes | None = None) -> dict:
    """Read and validate a metadata TOML file.

    Parameters
    ----------
    path : str or Path
    raw_bytes : bytes, optional
        The file's content when the caller has read it already (the build does, to hash
        it); ``path`` then only names the file in messages.

    Returns
    -------
    dict
        With ``published`` as :class:`datetime.date`.

    Raises
    ------
    MetadataError
        Naming the file and line: missing file, TOML syntax, missing or malformed keys.
    """
    path = path if isinstance(path, Path) else Path(path)
    try:
        raw = (read_input(path, MAX_META_BYTES) if raw_bytes is None else raw_bytes).decode("utf-8")
    except FileNotFoundError:
        raise MetadataError(path, "metadata file is missing; create it beside the article "
                                  "(keys: source, published, language; see README)") from None
    except UnicodeDecodeError:
        raise MetadataError(path, "metadata is not UTF-8; re-save it as UTF-8") from None
    except OSError as e:
        raise MetadataError(path, f"cannot read metadata: {e.strerror}") from None
    raw = raw.removeprefix("\ufeff")  # a byte-order mark (Notepad) is accepted
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")  # universal newlines, as open() would give
    try:
        meta = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"line (\d+)", str(e))
        raise MetadataError(path, f"not valid TOML: {e}", int(m.group(1)) if m else None) from None
    except RecursionError:  # tomllib parses nested arrays and tables recursively
        raise MetadataError(path, "arrays or tables nested too deep to read; metadata holds strings, a date and a "
                                  "list of URLs (see README)", _first_nested_line(raw)) from None
    for key in REQUIRED_META:
        if key not in meta or meta[key] in ("", None):
            raise MetadataError(path, f"required key '{key}' is missing or empty")
        if isinstance(meta[key], str) and not meta[key].strip():
            raise MetadataError(path, f"required key '{key}' is blank (only spaces); give its value", _key_line(raw, key))
    for key in meta:
        if key not in KNOWN_META:
            raise MetadataError(path, f"unknown key '{key}'; known keys: {', '.join(sorted(KNOWN_META))}",
                                _key_line(raw, key))
    pub = meta["published"]
    if isinstance(pub, dt.datetime):
        # the day in Syria (UTC+3) when the time has an offset: "yesterday" is the reader's day
        pub = (pub.astimezone(SYRIA_TIME) if pub.tzinfo is not None else pub).date()
    elif isinstance(pub, str):
        try:
            pub = dt.date.fromisoformat(pub)
        except ValueError:
            raise MetadataError(path, f"published must be a date YYYY-MM-DD, not {pub!r}",
                                _key_line(raw, "published")) from None
    if not isinstance(pub, dt.date):
        raise MetadataError(path, f"published must be a date YYYY-MM-DD, not {pub!r}", _key_line(raw, "published"))
    if implausible(pub):
        raise MetadataError(path, f"published date is implausible: {implausible(pub)}", _key_line(raw, "published"))
    meta["published"] = pub
    if "language" in meta and (not isinstance(meta["language"], str) or meta["language"] not in LANGUAGES):
        raise MetadataError(path, f"language must be one of {sorted(LANGUAGES)}, not {meta['language']!r}",
                            _key_line(raw, "language"))
    for key in ("title", "source", "source_ar", "published_basis", "url", "notes"):
        if key in meta and not isinstance(meta[key], str):
            raise MetadataError(path, f"'{key}' must be a string", _key_line(raw, key))
    if isinstance(meta.get("source"), str) and outlet_problem(meta["source"]):
        raise MetadataError(path, f"'source': {outlet_problem(meta['source'])}", _key_line(raw, "source"))
    for key in ("title", "source_ar", "published_basis", "notes"):  # shown in the app's lines (popups, briefing)
        if isinstance(meta.get(key), str) and direction_control_problem(meta[key]):
            raise MetadataError(path, f"'{key}': {direction_control_problem(meta[key])}", _key_line(raw, key))
    if "id" in meta and (not isinstance(meta["id"], str) or not ARTICLE_ID_RE.fullmatch(meta["id"])):
        raise MetadataError(path, f"id must be a short slug of letters, digits, '_' and '-' (starting with a letter "
                                  f"or digit, at most 100 characters), not {meta['id']!r}", _key_line(raw, "id"))
    if meta.get("url") and not URL_RE.match(meta["url"]):
        raise MetadataError(path, f"url must start with http:// or https:// and hold no space, control character, < or >, "
                                  f"not {_clip(meta['url'])}", _key_line(raw, "url"))
    related = meta.get("related_urls", [])
    if not isinstance(related, list) or not all(isinstance(u, str) and URL_RE.match(u) for u in related):
        raise MetadataError(path, "related_urls must be a list of http:// or https:// addresses "
                                  f"(related_urls = [\"https://…\"]), not {_clip(related)}", _key_line(raw, "related_urls"))
    return meta


def _first_nested_line(raw: str) -> int | None:
    """The line of the first ``[[`` or ``{`` that opens a value nested in another, if any."""
    m = re.search(r"(?m)^[^=\n]*=\s*[\[{][^\]}\n]*[\[{]", raw)
    return raw[: m.start()].count("\n") + 1 if m else None


def _clip(value: object, limit: int = 80) -> str:
    """``repr(value)`` for a message, cut to ``limit`` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


def stray_seed_files(names: list[str]) -> list[tuple[str, str]]:
    """The files of a seeds folder that look meant as an article but are never read, with why.

    Articles are ``<id>.txt`` with ``<id>.toml`` beside them. A text whose suffix is ``.txt`` in
    another case (``x.TXT``, what some Windows tools save) is not read; metadata with no
    ``<id>.txt`` beside it (the text renamed, removed or saved under another suffix) belongs to
    no article. Either would leave a report off the map with nothing said.

    Parameters
    ----------
    names : list of str
        The folder's file names.

    Returns
    -------
    list of (str, str)
        ``(name, reason)`` for each such file, in the order of ``names``.
    """
    present = set(names)
    out = []
    for name in names:
        stem, dot, suffix = name.rpartition(".")
        if not dot or not stem:
            continue
        if suffix.lower() == "txt" and suffix != "txt":
            out.append((name, f"not read: an article's text ends in .txt in lower case; rename it {stem}.txt"))
        elif suffix == "toml" and stem + ".txt" not in present:
            others = [n for n in names if n != name and n.rpartition(".")[0] == stem]
            hint = (f" ({', '.join(others)} is there: rename it {stem}.txt)" if others else
                    f" (save the report's text as {stem}.txt, or remove this file)")
            out.append((name, f"metadata of no article: there is no {stem}.txt beside it{hint}"))
    return out


def metadata_path(text_path: str | Path) -> Path:
    """The metadata file that belongs to an article text file."""
    return Path(text_path).with_suffix(".toml")


def load_article(path: str | Path, published: dt.date | None = None, require_metadata: bool = True,
                 text_bytes: bytes | None = None, meta_bytes: bytes | None = None) -> Article:
    """Read an article and its metadata into an :class:`Article`.

    Parameters
    ----------
    path : str or Path
        The ``.txt`` file.
    published : datetime.date, optional
        Overrides the metadata's date (``extract --published``).
    require_metadata : bool
        When False and no ``.toml`` exists, fall back to the dateline for the source and
        to ``published`` (which must then be given).
    text_bytes, meta_bytes : bytes, optional
        The files' contents when the caller has read them already (the build does, to
        hash them); not given means read from disk (``meta_bytes`` given means the
        metadata file exists).

    Raises
    ------
    ArticleError, MetadataError
    """
    path = Path(path)
    text = read_text(path) if text_bytes is None else decode_text(text_bytes, path)
    meta_file = path.with_suffix(".toml")  # metadata_path(path)
    meta_exists = meta_bytes is not None or meta_file.exists()
    if meta_exists or require_metadata:
        meta = read_metadata(meta_file, meta_bytes)
    else:
        if published is None:
            raise MetadataError(meta_file, "no metadata file: pass --published YYYY-MM-DD or create the .toml")
        detected = detect_source(text)
        meta = {"source": detected[0] if detected else "unknown", "source_ar": detected[1] if detected else "",
                "published": published, "published_basis": "given on the command line"}
    if published is not None:
        meta["published"] = published
        meta["published_basis"] = "given on the command line"
    if not meta.get("id") and (bad := FILE_ID_BAD_RE.search(path.stem)) is not None:
        raise ArticleError(path, f"the file name gives the article's id, and {bad.group()!r} in it would break the links to "
                                 "its events (?event=<id>-e1); rename the file (letters, digits, '_' and '-' are "
                                 "safe) or give id = \"…\" in its metadata")
    return Article(
        id=meta.get("id") or path.stem, path=str(path), text=text, published=meta["published"],
        source=meta["source"], language=meta.get("language") or detect_language(text), title=meta.get("title", ""), url=meta.get("url", ""),
        published_basis=meta.get("published_basis", ""), source_ar=meta.get("source_ar", ""),
        notes=meta.get("notes", ""),
    )
