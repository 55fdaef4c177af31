"""wardcli show TARGET: one doc (by id prefix), a ward profile, or an official's record."""

from __future__ import annotations

import re
from typing import Optional

import typer

from .context import Format, FormatOption, ProvinceOption, emit, err, handle_errors, open_store, pick_format

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
    return "ward", query.ward_profile(store, unit)


@handle_errors
def show_cmd(
    target: str = typer.Argument(..., help="A doc id prefix, a ward name, or an official's name."),
    province: str = ProvinceOption,
    fmt: Optional[Format] = FormatOption,
):
    """Show a doc, a ward profile or an official, in full."""
    store = open_store()
    store.notify = err  # says when the index is rebuilt or caught up
    what, rec = _resolve(store, target, province)
    out = pick_format(fmt)
    if out != "table":
        emit(rec if isinstance(rec, list) else [rec], out, [])
        return
    from ..render import panels

    {"doc": panels.show_doc, "ward": panels.show_ward, "official": panels.show_officials}[what](rec)
