"""wardcli check [--repair]: verify the store; with --repair, mend what can be mended."""

from __future__ import annotations

import typer

from .context import err, handle_errors, open_store


@handle_errors
def check_cmd(
    repair: bool = typer.Option(False, "--repair", help="Truncate killed writers' tails, remove their "
                                "leftovers, rebuild or catch up the index; then check again."),
):
    """Verify the store: the manifest against the files, every committed line, unique ids,
    references to docs, and the index. One line per problem on stdout.

    Exit status: 0 the store is sound; 1 problems found (left after --repair); 2 the store
    cannot be read (or, with --repair, is locked by a writer).
    """
    from ..store.check import check_store, repair_store

    root = open_store().root
    if repair:
        for action in repair_store(root):
            err(f"repaired: {action}")
    problems = check_store(root)
    for problem in problems:
        typer.echo(str(problem))
    if problems:
        err(f"{len(problems)} problem{'s' * (len(problems) != 1)} in {root}")
        raise typer.Exit(1)
    err(f"{root}: ok")
