"""Human views for `wardcli show`: a doc, a ward profile, an official. Page text only ever
enters rich as `Text(terminal_safe(...))`, never as markup."""

from __future__ import annotations

import os
import sys

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .safe import terminal_safe


def _console() -> Console:
    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    return Console(highlight=False, no_color=not color)


def _t(s, style: str | None = None) -> Text:
    return Text(terminal_safe("" if s is None else str(s)), style=style or "")


def _meta(pairs) -> Table:
    t = Table.grid(padding=(0, 2))
    t.add_column(style="bold")
    t.add_column()
    for k, v in pairs:
        t.add_row(Text(k), _t(v))
    return t


def _table(rows, columns) -> Table:
    t = Table(header_style="bold")
    for _, h in columns:
        t.add_column(Text(h), overflow="fold")
    for r in rows:
        t.add_row(*[_t(", ".join(map(str, r.get(k))) if isinstance(r.get(k), list) else r.get(k)) for k, _ in columns])
    return t


def show_doc(d: dict) -> None:
    parts = [_meta([("id", d["id"]), ("kind", d["kind"]), ("published", d["published"] or d.get("published_raw")),
                    ("byline", d["byline"]), ("source", d["source"])])]
    if d.get("lead"):
        parts += [Text(""), _t(d["lead"], "bold")]
    for p in d.get("paragraphs") or []:
        parts += [Text(""), _t(p)]
    if d["kind"] == "teaser" and d.get("text"):
        parts += [Text(""), _t(d["text"])]
    if d.get("captions"):
        parts += [Text(""), Text("Captions", style="bold underline")]
        parts += [_t(f"• {c}") for c in d["captions"]]
    _console().print(Panel(Group(*parts), title=_t(d["title"] or "(no title)"), title_align="left"))


def show_ward(p: dict) -> None:
    c = _console()
    meta = [("code", p["code"]), ("type", p["type"]), ("province", f"{p['province']} ({p['province_code']})"),
            ("former units", "; ".join(p["former_units"]) or "-")]
    if p["former_units_mentioned"]:
        meta.append(("named as former", ", ".join(p["former_units_mentioned"])))
    c.print(Panel(_meta(meta), title=_t(f"{p['type'].capitalize()} {p['name']}"), title_align="left"))
    c.print(Text("Officials", style="bold"))
    c.print(_table(p["officials"], [("name", "name"), ("roles", "roles"), ("first_published", "first seen"),
                                    ("last_published", "last seen"), ("docs", "docs")]))
    c.print(Text("Metrics", style="bold"))
    c.print(_table(p["metrics"], [("value", "value"), ("unit", "unit"), ("label", "label"), ("period", "period"),
                                  ("published", "published"), ("text", "sentence")]))
    c.print(Text("Docs", style="bold"))
    c.print(_table(p["docs"], [("published", "published"), ("kind", "kind"), ("title", "title"), ("id", "id")]))


def show_officials(records: list[dict]) -> None:
    c = _console()
    for o in records:
        rows = [{"published": m.get("published"), "roles": ", ".join(m.get("roles") or []),
                 "sentence": m["sentence"], "doc": m["doc_id"][:10]} for m in o["mentions"]]
        c.print(Panel(Group(_meta([("place", f"{o['place']} ({o['place_code'] or '-'})"),
                                   ("roles", ", ".join(o["roles"]))]),
                            _table(rows, [("published", "date"), ("roles", "roles"), ("sentence", "evidence"),
                                          ("doc", "doc")])),
                      title=_t(o["name"]), title_align="left"))
