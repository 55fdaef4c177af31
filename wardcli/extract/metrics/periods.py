"""The period a figure is reported for ("năm 2025", "6 tháng đầu năm 2025", "nhiệm kỳ
2025-2030")."""

from __future__ import annotations

import re
from functools import lru_cache



_PERIOD = re.compile(
    r"(?:\d+ tháng (?:đầu|cuối) năm|năm|nhiệm kỳ|giai đoạn|quý [IV]+(?:/| năm )?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)"
    r"|(?:nhiệm kỳ|giai đoạn)\s+\d{4}\s*[-–]\s*\d{4}", re.IGNORECASE)


_COMPARED_BEFORE = re.compile(r"(?:so với|hơn)\s*$")  # "tăng 8% so với năm 2024"
_CLAUSE_MARK = re.compile(r"[;:]")
_DASH = re.compile(r"\s*[-–]\s*")
_FOUR_DIGITS = re.compile(r"\d{4}")  # every period names a year


@lru_cache(maxsize=256)
def _periods_in(sent: str) -> tuple:
    """The periods a sentence names, but not the year a figure is compared with ("tăng 8% so
    với năm 2024"). Cached: a sentence with several figures is read once."""
    if not _FOUR_DIGITS.search(sent):
        return ()
    return tuple(m for m in _PERIOD.finditer(sent) if not _COMPARED_BEFORE.search(sent, max(0, m.start() - 10), m.start()))


def _period(sent: str, offset: int) -> str | None:
    """The period of the figure at `offset`: the last one named before it, else the first one
    after it in its own clause.

    >>> _period("6 tháng đầu năm 2025, thu đạt 90%, tăng 8% so với năm 2024.", 29)
    '6 tháng đầu năm 2025'
    """
    found = _periods_in(sent)
    if not found:
        return None
    before = [m for m in found if m.start() < offset]
    if not before:
        # a period after the figure counts only in its own clause: "giải ngân đạt 95% ...; báo cáo
        # ... trước Kỳ họp thứ 28, nhiệm kỳ 2021-2026" is the council's term, not the figure's
        found = [m for m in found if not _CLAUSE_MARK.search(sent, offset, m.start())]
        if not found:
            return None
    m = before[-1] if before else found[0]
    p = m.group().strip().lower()
    if p.startswith("năm "):
        p = p[4:]
    p = _DASH.sub("-", p)
    return " ".join(p.split())
