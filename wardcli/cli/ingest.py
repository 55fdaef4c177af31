"""wardcli ingest PATH...: pages into the store."""

from __future__ import annotations

import sys
from typing import List

import typer

from .context import ProvinceOption, err, handle_errors, open_store

PROGRESS_MIN_FILES = 20


@handle_errors
def ingest_cmd(
    paths: List[str] = typer.Argument(..., help='Files, directories (recursive) or "-" for stdin.'),
    glob: str = typer.Option("*.txt", "--glob", help="Pattern for files inside directories."),
    province: str = ProvinceOption,
    no_wait: bool = typer.Option(False, "--no-wait", help="Fail at once if another writer holds the store."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary or progress on stderr."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0,
                             help="Processes that parse pages; 0 (default) means one per core. "
                                  "The store is the same whatever the number."),
):
    """Read scraped pages into the store."""
    from ..ingest import default_jobs, ingest, iter_paths

    store = open_store()
    on_wait = None if quiet else err
    progress = None
    bar = None
    if not quiet and sys.stderr.isatty():
        total = sum(1 for _ in iter_paths(paths, glob)) if "-" not in paths else 0
        if total >= PROGRESS_MIN_FILES:
            from rich.progress import Progress

            bar = Progress(transient=True, console=_stderr_console())
            task = bar.add_task("ingest", total=total)
            bar.start()
            progress = lambda n: bar.update(task, completed=n)  # noqa: E731
    try:
        report = ingest(paths, store, glob=glob, province=province, wait=not no_wait, on_wait=on_wait,
                        on_error=lambda p, r: err(f"{p}: {r}"), progress=progress,
                        jobs=jobs or default_jobs())
    finally:
        if bar is not None:
            bar.stop()
    if not quiet:
        _summary(report)
    if report.failed:
        raise typer.Exit(1)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _summary(report) -> None:
    d = report.to_dict()
    if sys.stderr.isatty():
        from ..render.output import write_table

        write_table([d], [(k, k.replace("_", " ")) for k in d], out=sys.stderr)
    else:
        sys.stderr.write("wardcli: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in d.items()) + "\n")
    if report.files and report.already == report.files:
        sys.stderr.write("wardcli: every page was already in the store; nothing added\n")
