"""Figures in a table written as text with "|": the counted noun of a "Số <noun>" column
heading and the ward of a "Phường" column."""

from __future__ import annotations

import re

from ...gazetteer import Gazetteer, tone_key
from ...text import fold_key
from ..numbers import Figure
from .words import _NOUNS, _match, _tokens

_FIGURE_CELL = re.compile(r"[\d.,/]+\s*%?")
_COUNT_HEADING = re.compile(r"^(?:tổng số|số lượng|số)\s+", re.IGNORECASE)
_COUNT_HEADING_WORD = re.compile(r"(?:tổng số|số lượng|số)\s", re.IGNORECASE)

# The column headings of a table that name its rows' units.
_UNIT_HEADINGS = {"phuong", "xa", "phuong xa", "xa phuong", "don vi", "ten don vi", "dia phuong", "dia ban"}


def _table_row(text: str, fig: Figure, gaz: Gazetteer, province: str):
    """For a figure in a table row written with "|" (a page's table as text): (the counted noun
    its column heading gives, or None; the 2025 unit the row names in a "Phường"/"Đơn vị" column,
    or None). None when the figure is in no table. The heading is the first line of the block of
    "|" lines: "STT | Phường | Số hồ sơ | Tỷ lệ đúng hạn" gives "hồ sơ" and the row's ward."""
    ls = text.rfind("\n", 0, fig.start) + 1
    le = text.find("\n", fig.start)
    le = len(text) if le < 0 else le
    line = text[ls:le]
    if line.count("|") < 1:
        return None
    col = text[ls:fig.start].count("|")
    cells = [c.strip() for c in line.split("|")]
    if not _FIGURE_CELL.fullmatch(cells[col] if col < len(cells) else ""):
        return None  # the figure shares its cell with words: read as prose
    above = [x for x in text[:ls].split("\n") if x.strip()]  # rows may be set apart by blank lines
    block = []
    while above and "|" in above[-1]:
        block.append(above.pop())
    if not block:
        return None  # no heading above
    heading = [c.strip() for c in block[-1].split("|")]
    if len(heading) != len(cells):
        return None
    noun = None
    h = _COUNT_HEADING.sub("", heading[col])
    toks = _tokens(h, 0).all()
    n = _match(h, toks, 0, _NOUNS) if toks else 0
    if n == len(toks) and n and _COUNT_HEADING_WORD.match(heading[col]):
        noun = h
    unit = None
    for hc, c in zip(heading, cells):
        if fold_key(hc).replace("/", " ").replace(",", " ").split() and \
                " ".join(fold_key(hc).replace("/", " ").replace(",", " ").split()) in _UNIT_HEADINGS:
            u = gaz.resolve(c, province)
            if u is not None and tone_key(u.name) == tone_key(gaz.split_type(c)[1]):
                unit = u
    return noun, unit
