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
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

from .errors import InputError
from .files import read_input

E = TypeVar("E", bound=InputError)


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
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] = []
    rows: list[tuple[int, dict]] = []
    for rec in _records(reader):
        start, fields = rec
        if fields and fields[0].startswith("\x00csv error"):
            errors.append(error_cls(path, f"unreadable row ({fields[0][11:]}); check the quoting", start))
            break
        if not header:
            header = [h.strip() for h in fields]
            continue
        if not any(f.strip() for f in fields):
            continue
        swallowed = _swallowed_line(fields, len(header))
        if swallowed is not None:
            errors.append(error_cls(path, f"a quoted field runs from this line into line {start + swallowed}, which "
                                          "looks like a row of its own: is a closing quote missing? (both rows "
                                          "were skipped)", start))
            continue
        if len(fields) != len(header):
            errors.append(error_cls(path, f"row has {len(fields)} fields, header has {len(header)}; "
                                          + ("quote fields that contain commas" if len(fields) > len(header) else
                                             "write every field, empty ones too (a missing comma shifts the columns)"),
                                    start))
            continue
        rows.append((start, dict(zip(header, fields))))
    return header, rows, errors


def _swallowed_line(fields: list[str], columns: int) -> int | None:
    """How many lines below its start a record's field takes in something shaped like a
    whole row (at least half the header's commas on one line), or None.

    A line break inside a quoted field is allowed (long notes), but a quote left open
    makes the field run on through the next rows; their commas give it away.
    """
    offset = 0
    for f in fields:
        parts = f.split("\n")
        for k, part in enumerate(parts[1:], 1):
            if part.count(",") >= max(2, (columns - 1) // 2):
                return offset + k
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
        inner = sum(f.count("\n") for f in fields)
        start = end - inner if fields else end
        # csv.reader yields [] for a blank line; keep counting from its end
        yield (max(start, prev_end + 1), fields)
        prev_end = end
