"""wardcli show TARGET: one doc (by id prefix), a ward profile, or an official's record."""

from __future__ import annotations

import re
from typing import Optional

import typer

from .app import app, handle_errors, open_store
from .options import Format, FormatOption, ProvinceOption, emit, pick_format

_HEX = re.compile(r"^[0-9a-fA-F]{4,}$")


def _resolve(store, target: str, province: str):
    """("doc", record) | ("ward", profile) | ("official", [records]); doc ids first, then wards,
    then officials' names."""
    from .. import query
    from ..errors import NotFoundError

    if _HEX.match(target):
        try:
            return "doc", query.find_doc(store, target)
        except NotFoundError:
            pass
    found = query.find_officials(store, target)
    try:
        unit = query.resolve_ward(target, province)
    except NotFoundError:
        if found:
            return "official", found
        raise NotFoundError(f"no doc, ward or official matches {target!r}") from None
    return "ward", ward_profile(store, unit)


def ward_profile(store, unit) -> dict:
    from .. import query
    from ..gazetteer import load_gazetteer

    f = query.Filters(ward=unit)
    merged = query.wards(store, f)
    docs = sorted(query.docs(store, f), key=lambda d: d.get("published") or "", reverse=True)
    return {
        "code": unit.code, "name": unit.name, "type": unit.type, "province": unit.province,
        "province_code": unit.province_code,
        "former_units": [f"{x.type} {x.name} ({x.district_type} {x.district})"
                         for x in load_gazetteer().former_units(unit.code)],
        "former_units_mentioned": merged[0]["former_units"] if merged else [],
        "officials": query.officials(store, f),
        "metrics": list(query.metrics(store, f)),
        "docs": [{k: d[k] for k in ("id", "kind", "published", "title", "source")} for d in docs],
    }


@app.command("show")
@handle_errors
def show_cmd(
    target: str = typer.Argument(..., help="A doc id prefix, a ward name, or an official's name."),
    province: str = ProvinceOption,
    fmt: Optional[Format] = FormatOption,
):
    """Show a doc, a ward profile or an official, in full."""
    what, rec = _resolve(open_store(), target, province)
    out = pick_format(fmt)
    if out != "table":
        emit(rec if isinstance(rec, list) else [rec], out, [])
        return
    from ..render import panels

    {"doc": panels.show_doc, "ward": panels.show_ward, "official": panels.show_officials}[what](rec)
