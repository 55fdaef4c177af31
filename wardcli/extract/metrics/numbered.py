"""Figures that are no quantity: labels and ordinals ("số 10", "Điều 5", "Phường 5", "tổ
17 cụm Ngọc Thụy") and years ("2025-2030")."""

from __future__ import annotations

import re

from ..numbers import Figure, is_year
from ..units import ADDRESS_WORDS
from .words import _COUNT_PREFIXES, _EACH, _NOT_COUNTED, _PLACE_NAME_KEYS, _PREFIX_KEYS, _SCALES, _UPPER, _key
from .counted import _read_unit

_NUMBER_DASH_END = re.compile(r"\d+\s*[-–]\s*$")
_LETTERS = re.compile(r"[^\W\d_]+")
_LETTER_END = re.compile(r"[^\W\d_]\s*$")
_SEPARATOR = re.compile(r"[.,]")
_DASH_NUMBER = re.compile(r"\s*[-–]\s*\d")
_DASH_END = re.compile(r"[-–]\s*$")


def _prefix_blocks(text: str, start: int, end: int | None = None) -> bool:
    """True when the words right before a figure make it a label or ordinal ("số 10"). The
    second figure of "ngày 12-12" or "Điều 5-7" shares the first one's label word. A place word
    ("Phường 5", "Tổ 12") names a numbered place only with a whole number and no unit after it:
    "chi ngân sách phường 88,2 tỷ đồng" is an amount."""
    head = text[max(0, start - 30):start]
    if head.rstrip().endswith(("-", "–")):
        pair = _NUMBER_DASH_END.search(head)
        return bool(pair) and _prefix_blocks(text, max(0, start - 30) + pair.start())
    words = _LETTERS.findall(head.split("\n")[-1])
    if not words or not _LETTER_END.search(head):
        return False
    if len(words) >= 2 and _key(" ".join(words[-2:])) in _COUNT_PREFIXES:
        return False  # "tổng số 4.918 học viên" counts
    for n in (3, 2, 1):
        if len(words) >= n and _key(" ".join(words[-n:])) in _PREFIX_KEYS:
            before = words[:-n]
            each = {_key(" ".join(before[-k:])) for k in (1, 2) if len(before) >= k}
            if each & _EACH:
                return False  # "mỗi nhà 60 triệu đồng" is an amount per house
            # "Phường 5" is a name, "chi ngân sách phường 88,2 tỷ đồng" an amount
            return not (end is not None and _key(" ".join(words[-n:])) in _PLACE_NAME_KEYS
                        and _measure_follows(text, start, end))
    return False


def _measure_follows(text: str, start: int, end: int) -> bool:
    """A figure that is a quantity, not a place's number: written with a separator ("88,2",
    "1.200"), or followed by "%", money, a scale word or a counted noun from the tables that
    is not itself a place ("Tổ 5 khu phố 3" stays a name)."""
    if _SEPARATOR.search(text[start:end]):
        return True
    if _ADDRESS_AFTER.match(text, end):
        return False  # "tổ 17 cụm Ngọc Thụy", "tổ 3 ngõ 12": an address, not 17 "cụm"
    read = _read_unit(text, end, guess=False)
    if not read:
        return False
    unit, _, _, money = read
    first = _key(unit.split()[0]) if unit.split() else ""
    return money or unit.startswith("%") or first in _SCALES or _key(unit) not in _NOT_COUNTED


# After a numbered place's number: an address word with its own name or number ("tổ 17 cụm
# Ngọc Thụy", "tổ 2 số nhà 15"); the word in any case, the name capitalised or a number.
_ADDRESS_AFTER = re.compile(
    r"[ \t]+(?i:" + "|".join(re.escape(w) for w in sorted(ADDRESS_WORDS, key=len, reverse=True))
    + r")[ \t]+(?:\d|[" + _UPPER + r"])")


def _is_year_context(text: str, fig: Figure) -> bool:
    """A year written alone or as a range ("2025-2030", "2020 - 2025")."""
    if not is_year(fig.raw):
        return False
    after = text[fig.end:fig.end + 4]
    before = text[max(0, fig.start - 3):fig.start]
    return bool(_DASH_NUMBER.match(after) or _DASH_END.search(before))
