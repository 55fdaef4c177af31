"""wardcli export KIND: every record of a kind as JSON lines, JSON or CSV, to stdout or a file."""

from __future__ import annotations

import os
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .app import app, handle_errors, open_store
from .list import Kind
from .options import ProvinceOption, SinceOption, UntilOption, WardOption


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


@app.command("export")
@handle_errors
def export_cmd(
    kind: Kind = typer.Argument(..., help="docs, wards, officials or metrics."),
    fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f", help="jsonl, json or csv."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file, atomically."),
    ward: Optional[str] = WardOption,
    since: Optional[str] = SinceOption,
    until: Optional[str] = UntilOption,
    province: str = ProvinceOption,
):
    """Export records as JSON lines, JSON or CSV."""
    from .. import query
    from ..render import output as out

    f = query.Filters(ward=query.resolve_ward(ward, province) if ward else None, since=since, until=until)
    rows = query.records(open_store(), kind.value, f)
    writer = {"jsonl": out.write_jsonl, "json": out.write_json, "csv": out.write_csv}[fmt.value]
    columns = {"docs": query.DOC_FIELDS, "wards": query.WARD_FIELDS,
               "officials": query.OFFICIAL_FIELDS, "metrics": query.METRIC_FIELDS}[kind.value]
    if output is None:
        _write(writer, rows, columns, sys.stdout)
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent if str(output.parent) else ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            _write(writer, rows, columns, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, output)
        dfd = os.open(output.parent if str(output.parent) else ".", os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _write(writer, rows, columns, stream):
    from ..render import output as out

    if writer is out.write_csv:
        writer(rows, stream, columns=columns)
    else:
        writer(rows, stream)
