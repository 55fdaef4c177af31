"""Lists of officials after a heading that ends in ":", each person holding the heading's office.

A heading names the persons listed ("các đồng chí", "các đại biểu") and the office they share,
in one of three ways:
- the office right after them: "Trao thưởng có các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh:";
- a body they are elected to before them: "bầu bổ sung vào Ban Thường vụ Tỉnh ủy ... các đồng
  chí:" (each an "Ủy viên Ban Thường vụ Tỉnh ủy");
- a body of deputies before them: "Tổ đại biểu Quốc hội ... gồm các đại biểu:" (each a "Đại
  biểu Quốc hội").
The items follow on the same line or the next ones, "A, Bí thư Đảng ủy phường X;" each, split
by ";" or a line end; the list ends with an item ending in "." or a piece that opens with no
name. Each item's own roles are read by the paragraph parser as usual; here only the heading's
office is given to the name that opens each item.
"""

from __future__ import annotations

import re

from .. import roles as T
from .chain import Parser
from .document import Text
from .placement import assign_places
from .tokens import tokenize
from .vocab import BODIES, LOCAL, RANKS

_OPENERS = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, T.LIST_OPENERS)), re.IGNORECASE)
_JOINED = re.compile(r"\b(?:%s)\s+" % "|".join(map(re.escape, T.LIST_JOINED)), re.IGNORECASE)
_DEPUTIES = re.compile(r"(?:%s)" % "|".join(map(re.escape, T.LIST_DEPUTIES)), re.IGNORECASE)


def listed_officials(doc: Text) -> list[tuple[int, int, str, list[tuple[str, str]]]]:
    """(start, end, name, [(role, place)]) for each person opening an item of a list after a
    heading that gives an office; none when the text has no such heading."""
    text = doc.text
    if ":" not in text:
        return []
    out = []
    for m in _OPENERS.finditer(text):
        colon = text.find(":", m.end())
        line_end = text.find("\n", m.end())
        if colon < 0 or (0 <= line_end < colon):
            continue
        offices = _heading_office(doc, text[text.rfind("\n", 0, m.start()) + 1:m.start()],
                                  text[m.end():colon].strip())
        if offices:
            out.extend((s, e, name, offices) for s, e, name in _items(doc, colon + 1))
    return out


def _heading_office(doc: Text, before: str, after: str) -> list[tuple[str, str]]:
    """The (role, place) pairs the heading gives: the office after the persons word, else
    "Ủy viên" of the body joined before it, else a deputy of the body of deputies named."""
    if after:
        return _read_office(doc, after)
    joined = list(_JOINED.finditer(before))
    if joined:
        rest = before[joined[-1].end():]
        toks = tokenize(rest)
        p = Parser(toks, Text(rest, doc.gaz, doc.province, []))
        n = p.at(0, BODIES)
        if n:
            j = n
            while p.at(j, BODIES):  # "Ban Thường vụ Tỉnh ủy": the whole body
                j += p.at(j, BODIES)
            return _read_office(doc, f"{T.LIST_MEMBER} {p.span(0, j)}")
    m = _DEPUTIES.search(before)
    if m:
        return _read_office(doc, T.LIST_DEPUTIES[m.group(0).lower()])
    return []


def _read_office(doc: Text, office: str) -> list[tuple[str, str]]:
    """(role, place) of an office written alone, when the whole of it is a role chain."""
    toks = tokenize(office)
    p = Parser(toks, Text(office, doc.gaz, doc.province, []))
    roles, j = p.chain(0)
    if not roles or j != len(toks):
        return []
    return [(r, pl) for r, pl in assign_places(roles, p, 0, lambda tok: None) if pl != LOCAL]


def _items(doc: Text, pos: int) -> list[tuple[int, int, str]]:
    """(start, end, name) of the name opening each item of the list from `pos` on."""
    text = doc.text
    out = []
    while pos < len(text):
        while pos < len(text) and text[pos] in " \t\n-+•*":
            pos += 1
        ends = [e for e in (text.find(";", pos), text.find("\n", pos)) if e >= 0]
        end = min(ends) if ends else len(text)
        piece = text[pos:end]
        toks = tokenize(piece)
        p = Parser(toks, Text(piece, doc.gaz, doc.province, []))
        k = p.skip(p.skip_honorific(0), RANKS)
        name, e = p.name(k)
        if not name or e >= len(toks) or toks[e].text not in {",", "-", "–", "("}:
            break
        out.append((pos + toks[k].start, pos + toks[e - 1].end, name))
        if end >= len(text) or text[end] != ";" and piece.rstrip().endswith("."):
            break
        pos = end + 1
    return out

