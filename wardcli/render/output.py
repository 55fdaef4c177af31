"""Writers for records: JSON lines, JSON, CSV and rich tables. No page text is ever parsed as
markup or allowed to reach the terminal raw (see safe.py).

Every writer takes plain dicts in a fixed key order and a binary or text stream. Output is
byte-identical for the same records: no timestamps, no colour unless a table goes to a
terminal.
"""

from __future__ import annotations

import csv
import io
import sys
from typing import IO, Iterable

import orjson

from .safe import csv_safe, terminal_safe

FORMATS = ("table", "jsonl", "json", "csv")


def _binary(out: IO | None):
    out = out or sys.stdout
    return getattr(out, "buffer", out)


def write_jsonl(records: Iterable[dict], out: IO | None = None) -> int:
    """One object per line, UTF-8 as is, keys in record order."""
    b = _binary(out)
    n = 0
    for r in records:
        b.write(orjson.dumps(r) + b"\n")
        n += 1
    b.flush()
    return n


def write_json(records: Iterable[dict], out: IO | None = None) -> int:
    """A JSON array, streamed one element at a time, one element per line."""
    b = _binary(out)
    n = 0
    b.write(b"[")
    for r in records:
        b.write((b"\n" if n == 0 else b",\n") + orjson.dumps(r))
        n += 1
    b.write(b"\n]\n" if n else b"]\n")
    b.flush()
    return n


def _cell(v: object) -> object:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, dict)):
        if isinstance(v, list) and all(isinstance(x, str) for x in v):
            v = "; ".join(v)
        else:
            v = orjson.dumps(v).decode()
    return csv_safe(v)


def write_csv(records: Iterable[dict], out: IO | None = None, columns: list[str] | None = None) -> int:
    """RFC 4180 CSV with a header; lists of strings joined by "; ", nested values as JSON;
    text cells that start like a formula are prefixed with an apostrophe."""
    text = out or sys.stdout
    if not hasattr(text, "encoding") and hasattr(text, "write"):
        text = io.TextIOWrapper(text, encoding="utf-8", newline="")
    w = csv.writer(text, lineterminator="\r\n")
    n = 0
    for r in records:
        if n == 0:
            columns = columns or list(r)
            w.writerow(columns)
        w.writerow([_cell(r.get(c)) for c in columns])
        n += 1
    if n == 0 and columns:
        w.writerow(columns)
    text.flush()
    return n


def write_table(rows: Iterable[dict], columns: list[tuple[str, str]], out: IO | None = None,
                title: str | None = None, width: int | None = None, color: bool | None = None) -> int:
    """A rich table. `columns` are (key, header). Every cell is a Text built from
    terminal-safe text, so "[bold]" and ESC sequences in page text show literally."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out or sys.stdout, width=width, no_color=(color is False) or None,
                      highlight=False, soft_wrap=False)
    table = Table(title=Text(title) if title else None, show_lines=False, header_style="bold")
    for _, header in columns:
        table.add_column(Text(header), overflow="fold")
    n = 0
    for r in rows:
        table.add_row(*[Text(terminal_safe(_plain(r.get(k)), keep_newlines=False)) for k, _ in columns])
        n += 1
    console.print(table)
    return n


def _plain(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return ", ".join(_plain(x) for x in v)
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)
