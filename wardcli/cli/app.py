"""The Typer app: global options, the error wrapper, and the subcommands' registration.

Exit status: 0 ok; 1 nothing found, or some inputs failed; 2 usage or store error.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Optional

import typer

from .. import __version__
from ..errors import WardError

HELP = """Clean, deduplicated, queryable store of Vietnamese local-government news.

Exit status: 0 ok; 1 nothing found, or some inputs failed; 2 usage or store error.
"""

app = typer.Typer(name="wardcli", help=HELP, no_args_is_help=True, add_completion=True,
                  pretty_exceptions_show_locals=False, rich_markup_mode=None)


class State:
    store_path: Optional[Path] = None
    debug: bool = False


state = State()


def err(message: str) -> None:
    """One line on stderr, page text made inert."""
    from ..render.safe import terminal_safe

    sys.stderr.write(f"wardcli: {terminal_safe(message, keep_newlines=False)}\n")
    sys.stderr.flush()


def open_store():
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


def _version(value: bool):
    if value:
        typer.echo(f"wardcli {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_options(
    store: Optional[Path] = typer.Option(None, "--store", envvar="WARDCLI_STORE", show_envvar=True,
                                         help="Store directory (default: the user data dir)."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks for errors."),
):
    """Global options."""
    state.store_path = store
    state.debug = debug
    if debug:
        os.environ["WARDCLI_DEBUG"] = "1"


def _register() -> None:
    from . import ingest, list as list_cmd, show, export  # noqa: F401,I001  (order = --help order)


def main() -> None:
    _register()
    app()


_register()
