"""Options shared by the commands that print records, and the one function that prints them."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Iterable, Optional

import typer


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


FormatOption = typer.Option(None, "--format", "-f",
                            help="table, jsonl, json or csv (default: table on a terminal, else jsonl).")
WardOption = typer.Option(None, "--ward", "-w", help='Only this ward ("Tương Mai", "tuong mai", "phường TƯƠNG MAI").')
ProvinceOption = typer.Option("Hà Nội", "--province", help="Province that resolves ward names shared by several.")
SinceOption = typer.Option(None, "--since", help="Published on or after (YYYY-MM-DD).")
UntilOption = typer.Option(None, "--until", help="Published on or before (YYYY-MM-DD).")
LimitOption = typer.Option(None, "--limit", "-n", min=0, help="At most this many records.")


def pick_format(fmt: Optional[Format], default_tty: str = "table") -> str:
    if fmt is not None:
        return fmt.value
    return default_tty if sys.stdout.isatty() else "jsonl"


def emit(records: Iterable[dict], fmt: str, columns: list[tuple[str, str]], title: str | None = None) -> int:
    """Write records to stdout in `fmt`; a table shows `columns` (key, header)."""
    from ..render import output

    if fmt == "jsonl":
        return output.write_jsonl(records)
    if fmt == "json":
        return output.write_json(records)
    if fmt == "csv":
        return output.write_csv(records)
    import os

    color = None if sys.stdout.isatty() and not os.environ.get("NO_COLOR") else False
    return output.write_table(records, columns, title=title, color=color)
