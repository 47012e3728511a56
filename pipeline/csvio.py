"""Reading the hand-edited CSV files (gazetteer, zones) row by row with true line numbers.

One bad line must not cost the rest of the file: a line that is not UTF-8 is reported
and blanked (its line number kept), a record with more or fewer fields than the header
is reported, so is a quoted field that runs on into what looks like the next row (an
unclosed quote), and every row comes with the 1-based line where it starts in the
file, blank lines and quoted line breaks included.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import TypeVar

from .errors import InputError
from .files import read_input

E = TypeVar("E", bound=InputError)


#: A count (fatalities, injuries, displaced): a whole number of at most 7 ASCII digits. A longer
#: one is a typo, and Python refuses to turn a number of over 4,300 digits into an int.
COUNT_RE = re.compile(r"[0-9]{1,7}")


def clip(value: str, limit: int = 60) -> str:
    """``value`` for an error message: its ``repr``, cut to ``limit`` characters with the length said."""
    return repr(value) if len(value) <= limit else f"{value[:limit]!r}… ({len(value):,} characters)"


def utf16_problem(raw: bytes) -> str | None:
    """What to say when ``raw`` is UTF-16 text (what "Unicode text" in a spreadsheet or
    Notepad saves), else None: a UTF-16 byte-order mark, or NUL bytes in the first 200 all in
    odd or all in even places (the high bytes of ASCII spaces, digits, punctuation) and the
    whole decoding as UTF-16 of that order."""
    utf16 = "file is UTF-16, not UTF-8; save it again as UTF-8 (in a spreadsheet: CSV UTF-8; in Notepad: UTF-8)"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return utf16
    head = raw[:200]
    nuls = {i % 2 for i, b in enumerate(head) if b == 0}
    if head.count(0) >= 2 and len(nuls) == 1 and len(raw) % 2 == 0:
        try:
            raw.decode("utf-16-le" if nuls == {1} else "utf-16-be")
        except UnicodeDecodeError:
            return None
        return utf16
    return None


def read_for_append(path: str | Path, error_cls: type[E]) -> bytes:
    """The bytes of a hand-edited CSV file that a write route (a review decision, an override)
    appends one row to; ``b""`` when it does not exist.

    A line that is not UTF-8 is kept as it is: :func:`read_csv` reports and skips it, so it
    costs only itself and never stops an analyst's save. The caller appends its UTF-8 row
    after :func:`ends_line` of these bytes.

    Parameters
    ----------
    path : str or Path
    error_cls : type
        The :class:`InputError` subclass to refuse with.

    Returns
    -------
    bytes

    Raises
    ------
    InputError
        (as ``error_cls``) The file is UTF-16 (a UTF-8 row after it would be unreadable) or
        cannot be read (a folder, no permission); nothing is written.
    """
    try:
        raw = read_input(path)
    except FileNotFoundError:
        return b""
    except OSError as e:
        raise error_cls(path, f"cannot read it ({e.strerror}); nothing was written") from None
    wide = utf16_problem(raw)
    if wide:
        raise error_cls(path, f"{wide}; nothing was written", 1)
    return raw


def csv_line(values) -> str:
    """One CSV row as ``csv.writer`` writes it, without its line end, every field holding a line
    break of any kind quoted (the one CSV writer of every file the project writes).

    ``csv.writer(lineterminator="\\n")`` quotes a field holding ``\\n`` but not one holding a lone
    ``\\r`` (it quotes only the characters of its line end), which ``csv.reader`` then refuses and
    pandas splits into two rows. Written with ``"\\r\\n"`` line ends both are quoted; the line end
    is cut off, and the caller ends the line with ``\\n``.
    """
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerow(values)
    return buf.getvalue()[:-2]


def line_breaks(text: str | bytes) -> int:
    """How many line breaks ``text`` holds as :func:`read_csv` counts lines: ``\\r\\n``, a lone
    ``\\r`` and a lone ``\\n`` are one each (so an appended row's line number is the one its
    errors are reported at)."""
    if isinstance(text, bytes):
        return text.count(b"\n") + text.count(b"\r") - text.count(b"\r\n")
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def ends_line(raw: bytes) -> bytes:
    """``raw`` ending with a line break when it holds anything (the next row starts on a line of its own)."""
    return raw if not raw or raw.endswith(b"\n") else raw + b"\n"


def read_csv(path: str | Path, error_cls: type[E]) -> tuple[list[str], list[tuple[int, dict]], list[E]]:
    """Parse a CSV file leniently.

    Parameters
    ----------
    path : str or Path
    error_cls : type
        The :class:`InputError` subclass to report problems with.

    Returns
    -------
    (header, rows, errors)
        ``rows`` is a list of ``(line, {column: value})`` for well-formed records.
    """
    path = str(path)
    errors: list[E] = []
    try:
        raw = read_input(path)
    except OSError as e:
        return [], [], [error_cls(path, f"cannot open: {e.strerror}")]
    wide = utf16_problem(raw)
    if wide:  # one error for the file, not one per line
        return [], [], [error_cls(path, wide, 1)]
    lines = raw.split(b"\n")
    for i, line in enumerate(lines):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as e:
            errors.append(error_cls(path, f"line is not UTF-8 (byte 0x{line[e.start]:02x}); re-save the file as UTF-8; "
                                          "this row was skipped", i + 1))
            lines[i] = b""
    text = b"\n".join(lines).decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    physical = io.StringIO(text, newline="").readlines()  # lines with their ends, as csv.reader reads them
    header: list[str] = []
    rows: list[tuple[int, dict]] = []
    skip_to: int | None = 0  # 0-based index of the line the reader (re)starts at
    while skip_to is not None:
        first, skip_to = skip_to, None
        for start, fields in _records(csv.reader(islice(physical, first, None))):
            start += first
            if fields and fields[0].startswith("\x00csv error"):
                errors.append(error_cls(path, f"unreadable row ({fields[0][11:]}); check the quoting; this row was "
                                              "skipped", start))
                skip_to = start  # read again from the next line
                break
            if not header:
                header = [h.strip() for h in fields]
                continue
            if not any(f.strip() for f in fields):
                continue
            swallowed = _swallowed_line(fields, len(header))
            if swallowed is not None:
                quote_line, column, runs_to = start + swallowed[0], swallowed[1], start + swallowed[2]
                name = header[column] if column < len(header) else f"field {column + 1}"
                errors.append(error_cls(path, f"the quote that opens field '{name}' on this line is never closed: "
                                              f"the field runs on into line {runs_to}, which looks like a row of its "
                                              "own. Close the quote; this row was skipped, the rows below it were "
                                              "read as they are", quote_line))
                skip_to = quote_line  # only this row is lost: read on from the line after the quote
                break
            if len(fields) != len(header):
                errors.append(error_cls(path, f"row has {len(fields)} fields, header has {len(header)}; "
                                              + ("quote fields that contain commas" if len(fields) > len(header) else
                                                 "write every field, empty ones too (a missing comma shifts the "
                                                 "columns)"),
                                        start))
                continue
            rows.append((start, dict(zip(header, fields))))
    return header, rows, errors


def _swallowed_line(fields: list[str], columns: int) -> tuple[int, int, int] | None:
    """Where a record's quoted field takes in something shaped like a whole row (at least
    half the header's commas on one line): ``(lines from the record's start to the line
    where that field opens, the field's index, lines from the start to the swallowed
    line)``, or None.

    A line break inside a quoted field is allowed (long notes), but a quote left open
    makes the field run on through the next rows; their commas give it away.
    """
    offset = 0
    for i, f in enumerate(fields):
        parts = f.split("\n")
        for k, part in enumerate(parts[1:], 1):
            if part.count(",") >= max(2, (columns - 1) // 2):
                return offset, i, offset + k
        offset += len(parts) - 1
    return None


def _records(reader) -> Iterator[tuple[int, list[str]]]:
    """``(start_line, fields)`` for every record, blank lines included as empty records."""
    prev_end = 0
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            yield (reader.line_num, [f"\x00csv error: {e}"])
            return
        end = reader.line_num
        inner = sum(map(line_breaks, fields))  # a quoted \r is a line to csv.reader too
        start = end - inner if fields else end
        # csv.reader yields [] for a blank line; keep counting from its end
        yield (max(start, prev_end + 1), fields)
        prev_end = end
