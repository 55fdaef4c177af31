"""The period a figure is reported for ("năm 2025", "6 tháng đầu năm 2025", "nhiệm kỳ
2025-2030")."""

from __future__ import annotations

import re



_PERIOD = re.compile(
    r"(?:\d+ tháng (?:đầu|cuối) năm|năm|nhiệm kỳ|giai đoạn|quý [IV]+(?:/| năm )?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)"
    r"|(?:nhiệm kỳ|giai đoạn)\s+\d{4}\s*[-–]\s*\d{4}", re.IGNORECASE)


def _period(sent: str, offset: int) -> str | None:
    # "tăng 8% so với năm 2024": the year compared with is not the figure's period
    found = [m for m in _PERIOD.finditer(sent) if not re.search(r"(?:so với|hơn)\s*$", sent[max(0, m.start() - 10):m.start()])]
    if not found:
        return None
    before = [m for m in found if m.start() < offset]
    if not before:
        # a period after the figure counts only in its own clause: "giải ngân đạt 95% ...; báo cáo
        # ... trước Kỳ họp thứ 28, nhiệm kỳ 2021-2026" is the council's term, not the figure's
        found = [m for m in found if not re.search(r"[;:]", sent[offset:m.start()])]
        if not found:
            return None
    m = before[-1] if before else found[0]
    p = m.group().strip().lower()
    if p.startswith("năm "):
        p = p[4:]
    p = re.sub(r"\s*[-–]\s*", "-", p)
    return " ".join(p.split())
