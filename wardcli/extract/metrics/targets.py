"""Whether a figure is a goal ("phấn đấu", "mục tiêu", "phải đạt") rather than a result."""

from __future__ import annotations

import re

from ..units import BASE_WORDS, CONTRAST_WORDS, TARGET_WORDS


def _is_target(sent: str, offset: int) -> bool:
    """A goal word said before the figure. Not one that is the counted noun of another figure
    ("15 chỉ tiêu và 3 khâu đột phá"), the base of a comparison ("đạt 112% kế hoạch, chi ...",
    "vượt kế hoạch"), the name of a document ("Kế hoạch số 12/KH-UBND"), or the end of a past
    span ("từ năm 2020 đến năm 2025")."""
    head = sent[:offset].lower()
    if any(w in head for w in CONTRAST_WORDS):
        turns = [m.end() for m in _CONTRAST.finditer(head)]
        if turns:
            head = head[turns[-1]:]
    if ("phải" in head or "yêu cầu" in head) and _REQUIRED.search(head):
        return True  # "tỷ lệ ... phải đạt 95%", "yêu cầu ... tỷ lệ giải ngân đạt 100%"
    for w, pattern in _TARGET_PATTERNS:
        if w not in head:
            continue
        for m in pattern.finditer(head):
            before, after = head[:m.start()], head[m.end():]
            if (_COUNT_END.search(before) and not _YEAR_END.search(before)) \
                    or _BASE_BEFORE.search(before):
                continue  # "15 chỉ tiêu" is counted; "năm 2026 chỉ tiêu ... là" is a goal
            if _DOC_NUMBER_AFTER.match(after):
                continue  # "Kế hoạch số 45", "Kế hoạch 45/KH-UBND"
            if _PROGRAMME_END.search(before):
                continue  # "Chương trình mục tiêu quốc gia ...": the name of a programme
            if w == "đến năm" and _FROM_WORD.search(before):
                continue
            return True
    return False


# A requirement in the figure's own clause: "phải đạt", or "yêu cầu ... đạt" (not "đáp ứng
# yêu cầu", "theo yêu cầu"): the figure is what must be reached. "tối thiểu" alone is no goal.
_REQUIRED = re.compile(r"(?:(?<!\w)phải\s+đạt|(?<!\w)(?<!ứng )(?<!theo )(?<!cầu )yêu cầu\s+(?!của)[^;:.]*?(?<!\w)đạt)"
                       r"(?!\w)[^,;:.]*$")


_TARGET_PATTERNS = [(w, re.compile(r"(?<!\w)" + re.escape(w) + r"(?!\w)")) for w in TARGET_WORDS]

_COUNT_END = re.compile(r"[\d%]\s*$")

_YEAR_END = re.compile(r"(?<![\d.,])(?:19|20)\d\d\s*$")

_DOC_NUMBER_AFTER = re.compile(r"\s*(?:số\b|\d+\s*[/-])")

_PROGRAMME_END = re.compile(r"(?<!\w)chương trình\s*$")

_FROM_WORD = re.compile(r"\btừ\b")

_CONTRAST = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in CONTRAST_WORDS) + r")(?!\w)")

_BASE_BEFORE = re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(w) for w in BASE_WORDS) + r")\s*$")
