"""wardcli list [docs|wards|officials|metrics]: records as a table or JSON lines."""

from __future__ import annotations

from typing import Optional

import typer

from .context import (FormatOption, LimitOption, ProvinceOption, SinceOption, UntilOption, WardOption,
                      Format, Kind, emit, err, handle_errors, open_store, pick_format)


COLUMNS = {
    "docs": [("id", "id"), ("kind", "kind"), ("published", "published"), ("title", "title"), ("source", "source")],
    "wards": [("code", "code"), ("name", "name"), ("type", "type"), ("province", "province"),
              ("docs", "docs"), ("former_units", "former units"), ("last_published", "last seen")],
    "officials": [("name", "name"), ("roles", "roles"), ("place", "place"), ("docs", "docs"),
                  ("last_published", "last seen")],
    "metrics": [("value", "value"), ("unit", "unit"), ("label", "label"), ("place", "place"),
                ("period", "period"), ("target", "target"), ("doc_id", "doc")],
}


def table_rows(kind: str, rows):
    for r in rows:
        if kind == "docs":
            r = dict(r, id=r["id"][:10], title=r["title"] if r["title"] is not None else "(no title)")
        elif kind == "metrics":
            r = dict(r, doc_id=r["doc_id"][:10], target="target" if r["target"] else "")
        yield r


@handle_errors
def list_cmd(
    kind: Kind = typer.Argument(Kind.docs, help="What to list."),
    ward: Optional[str] = WardOption,
    doc_kind: Optional[str] = typer.Option(None, "--kind", help="docs only: article or teaser."),
    since: Optional[str] = SinceOption,
    until: Optional[str] = UntilOption,
    source: Optional[str] = typer.Option(None, "--source", help="Only records from sources containing this."),
    limit: Optional[int] = LimitOption,
    province: str = ProvinceOption,
    fmt: Optional[Format] = FormatOption,
    ids: bool = typer.Option(False, "--ids", "-l", help="One id per line (docs and officials)."),
):
    """List docs, wards, officials or metrics (exit 1 if none match)."""
    from .. import query

    f = query.Filters(ward=query.resolve_ward(ward, province) if ward else None, kind=doc_kind,
                      since=since, until=until, source=source, limit=limit)
    store = open_store()
    store.notify = err  # says when the index is rebuilt or caught up
    rows = query.records(store, kind.value, f)
    out = pick_format(fmt)
    if ids:
        key = "code" if kind is Kind.wards else "id"
        n = 0
        for r in rows:
            typer.echo(r.get(key) or "")
            n += 1
    elif out == "table":
        n = emit(table_rows(kind.value, rows), out, COLUMNS[kind.value])
    else:
        n = emit(rows, out, COLUMNS[kind.value])
    if n == 0:
        raise typer.Exit(1)
