"""The Typer app: global options and the subcommands' registration, nothing else.

Commands live one per module and import `context.py` (state, error wrapper, store opener,
common options); this module imports them and registers them, so no command imports it.

Exit status: 0 ok; 1 nothing found, or some inputs failed; 2 usage or store error.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

from .. import __version__
from .context import state

HELP = """Clean, deduplicated, queryable store of Vietnamese local-government news.

Exit status: 0 ok; 1 nothing found, or some inputs failed; 2 usage or store error.
"""

app = typer.Typer(name="wardcli", help=HELP, no_args_is_help=True, add_completion=True,
                  pretty_exceptions_show_locals=False, rich_markup_mode=None)


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


# The order of registration is the order of --help.
from .ingest import ingest_cmd  # noqa: E402
from .export import export_cmd  # noqa: E402
from .list import list_cmd  # noqa: E402
from .show import show_cmd  # noqa: E402
from .check import check_cmd  # noqa: E402

app.command("ingest")(ingest_cmd)
app.command("list")(list_cmd)
app.command("show")(show_cmd)
app.command("export")(export_cmd)
app.command("check")(check_cmd)


def main() -> None:
    app()
