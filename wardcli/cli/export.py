"""wardcli export KIND: every record of a kind as JSON lines, JSON or CSV, to stdout or a file."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .context import Kind, ProvinceOption, SinceOption, UntilOption, WardOption, handle_errors, open_store


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


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
    from ..store.fsio import replacing

    with replacing(output, text=True) as fh:
        _write(writer, rows, columns, fh)


def _write(writer, rows, columns, stream):
    from ..render import output as out

    if writer is out.write_csv:
        writer(rows, stream, columns=columns)
    else:
        writer(rows, stream)
