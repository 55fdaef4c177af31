"""What every command shares: the run's state (store, --debug), stderr messages, the store
opener, the error wrapper, and the common options and output formats.

Commands import this module, never `app.py`; `app.py` imports the commands and registers
them, so imports point one way. Nothing here imports rich, the gazetteer or extraction at
module level, so `wardcli --help` stays fast.

Exit status: 0 ok; 1 nothing found, or some inputs failed; 2 usage or store error.
"""

from __future__ import annotations

import functools
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Iterable, Optional

import typer

from ..errors import WardError


class State:
    """The global options of this run, set by the app's callback."""

    store_path: Optional[Path] = None
    debug: bool = False


state = State()


def err(message: str) -> None:
    """One line on stderr, page text made inert."""
    from ..render.safe import terminal_safe

    sys.stderr.write(f"wardcli: {terminal_safe(message, keep_newlines=False)}\n")
    sys.stderr.flush()


def open_store():
    """The store named by --store / $WARDCLI_STORE, else the default one."""
    from ..store import Store, default_store_path

    return Store(state.store_path or default_store_path())


def handle_errors(fn):
    """Word WardError as one stderr line and exit with its code; a closed stdout pipe
    (`wardcli export | head`) is a normal end, exit 0."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except WardError as e:
            if state.debug:
                raise
            err(str(e))
            raise typer.Exit(e.exit_code) from None
        except BrokenPipeError:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(0) from None

    return wrapper


# --- common options -------------------------------------------------------------------------


class Kind(str, Enum):
    """The record kinds a user lists or exports."""

    docs = "docs"
    wards = "wards"
    officials = "officials"
    metrics = "metrics"


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
    color = None if sys.stdout.isatty() and not os.environ.get("NO_COLOR") else False
    return output.write_table(records, columns, title=title, color=color)
