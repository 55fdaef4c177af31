"""Vietnamese number formats: figures written with digits, parsed the Vietnamese way.

Vietnamese writes "." between thousands and "," before decimals: "6.523" is 6523,
"118,6" is 118.6, "1.234.567,5" is 1234567.5. Pages copied from other sources sometimes use
the English forms, so a lone "." followed by other than three digits ("1.5") is a decimal
point, and several ","-separated groups of three ("1,234,567") are thousands.

Scale words ("triệu", "tỷ") multiply a figure; currency words mark money. Both are data
tables here, one entry per word, glossed in English.

    >>> parse_number("30.801")
    30801
    >>> parse_number("118,6")
    118.6
    >>> iter_figures("đạt 82.969/84.252 cử tri")[0].raw
    '82.969'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .units import CURRENCY_WORDS, GLUED_UNITS, SCALE_WORDS  # noqa: F401  (re-exported)


_NON_DIGIT = re.compile(r"\D")
# A run of digits with "." or "," groups inside ("6.523", "118,6", "1.234.567,5").
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_THOUSANDS_DOT = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_THOUSANDS_COMMA = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")


def parse_number(raw: str) -> int | float | None:
    """The value of a figure written with digits, or None when it is not one number.

    >>> [parse_number(s) for s in ("6.523", "118,6", "1.234.567", "03", "1,2", "1.5", "x")]
    [6523, 118.6, 1234567, 3, 1.2, 1.5, None]
    """
    raw = raw.strip()
    if not raw or not _FIGURE.fullmatch(raw):
        return None
    if _THOUSANDS_DOT.fullmatch(raw):
        whole, _, frac = raw.partition(",")
        whole = whole.replace(".", "")
        return float(f"{whole}.{frac}") if frac else int(whole)
    if _THOUSANDS_COMMA.fullmatch(raw):
        whole, _, frac = raw.partition(".")
        whole = whole.replace(",", "")
        return float(f"{whole}.{frac}") if frac else int(whole)
    if raw.isdigit():
        return int(raw)
    if raw.count(".") + raw.count(",") == 1:  # one decimal separator, either way round
        return float(raw.replace(",", "."))
    return None


@dataclass
class Figure:
    """A figure found in a text: where, as written, and its value."""

    start: int
    end: int
    raw: str
    value: int | float
    pair_end: int | None = None  # for "a/b": end of the second figure, which shares a's unit
    date_like: bool = False  # "12/12" reads as a day/month too; a counted noun after it decides


# A figure, with its neighbours checked by `iter_figures` (letters or "/" glued to it).
_CANDIDATE = re.compile(r"\d+(?:[.,]\d+)*(?:\s*/\s*\d+(?:[.,]\d+)*)*")


def is_year(raw: str) -> bool:
    """A year written as four digits, 1900-2100 ("2025"; not "2.025")."""
    return raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2100


def _is_date_or_code(parts: list[str]) -> bool:
    """True for "15/08/2025", "2/9", "12/2025", "19/2025": slash forms that are not a ratio."""
    if len(parts) >= 3:
        return True
    a, b = parts
    if not (a.isdigit() and b.isdigit()):
        return False
    if is_year(b):
        return True
    return int(a) <= 31 and 1 <= int(b) <= 12


def _part_of_whole(parts: list[str]) -> bool:
    """"12/12" or "9/10" may be a count of a total ("hoàn thành 12/12 chỉ tiêu"): two plain
    numbers, the first not above the second, the second not a year."""
    a, b = parts
    return a.isdigit() and b.isdigit() and not is_year(b) and int(a) <= int(b)


def is_phone(raw: str) -> bool:
    """A telephone number: starts with 0 and has nine or more digits ("0243.825.1234")."""
    return raw.startswith("0") and len(_NON_DIGIT.sub("", raw)) >= 9


# A telephone number written in groups: "0243.826.1234", "024 3826 1234", "(024) 3826 1234",
# "+84 912 345 678", "1900 1234", "1800.1091". Checked for length in `_phone_spans`.
_PHONE = re.compile(r"(?<![\d.,])(?:\+84\s?|\(0\d{1,3}\)\s?|0|1[89]00)\d*(?:[ .\-]\d{2,4}){1,4}(?![\d,]|\.\d)")


def _phone_spans(text: str) -> list[tuple[int, int]]:
    """Spans of telephone numbers: eight or more digits in groups, starting "0", "+84" or a
    "1800"/"1900" service prefix."""
    out = []
    for m in _matches_at(_PHONE, text, (m.start() for m in _PHONE_START.finditer(text))):
        if len(_NON_DIGIT.sub("", m.group())) >= 8:
            out.append((m.start(), m.end()))
    return out


# A date written with dashes, year first or last: "2025-08-13", "13-08-2025" (also "–").
_DASH_DATE = re.compile(r"(?<![\d.,/])(?:(\d{4})\s?[-–]\s?(\d{1,2})\s?[-–]\s?(\d{1,2})"
                        r"|(\d{1,2})\s?[-–]\s?(\d{1,2})\s?[-–]\s?(\d{4}))(?![\d]|[.,]\d)")


_PHONE_START = re.compile(r"[+(01]")  # where a telephone number can start
_DASH_CHAR = re.compile(r"[-–]")


def _date_starts(text: str) -> list[int]:
    """Where a date written with dashes can start: a digit one to five characters before a
    dash ("2025-", "13 -")."""
    starts = set()
    for d in _DASH_CHAR.finditer(text):
        i = d.start()
        starts.update(p for p in range(max(0, i - 5), i) if text[p].isdigit())
    return sorted(starts)


def _matches_at(pattern: re.Pattern, text: str, starts):
    """The matches of `pattern.finditer(text)`, trying only at `starts` (ascending, and holding
    every offset where `pattern` can match): the same matches, without trying every offset."""
    pos = 0
    for p in starts:
        if p < pos:
            continue
        m = pattern.match(text, p)
        if m:
            yield m
            pos = m.end()


def _date_spans(text: str) -> list[tuple[int, int]]:
    """Spans of dates written with dashes ("2025-08-13", "13-08-2025"): a year of 1900-2100,
    a month of 1-12 and a day of 1-31."""
    out = []
    for m in _matches_at(_DASH_DATE, text, _date_starts(text)):
        year, month, day = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(6), m.group(5), m.group(4))
        if is_year(year) and 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
            out.append((m.start(), m.end()))
    return out


def iter_figures(text: str) -> list[Figure]:
    """Every standalone figure in `text`: not glued to letters ("B52", "QH15", "19h",
    "Covid-19"), not a date, time, phone number or document number ("15/08/2025", "2025-08-15",
    "15-08-2025", "09:07", "19/2025/QĐ-TTg"). "a/b" of two counts ("82.969/84.252") gives one figure with `pair_end`.

    >>> [f.value for f in iter_figures("Ngày 15/8/2025, lúc 09:07, có 6.523 người; B52.")]
    [6523]
    """
    out: list[Figure] = []
    n = len(text)
    skip = None  # phone numbers and dates, found when the text has a candidate
    for m in _CANDIDATE.finditer(text):
        s, e = m.start(), m.end()
        raw = m.group()
        before = text[s - 1] if s > 0 else " "
        after = text[e] if e < n else " "
        if before.isalnum() or before in "/:_":
            continue
        if before in "-–" and s >= 2 and text[s - 2].isalpha():  # "Covid-19", "VIII-2025"
            continue
        if is_year(raw) and _RANGE_BEFORE.search(text, max(0, s - 4), s):  # "2025 - 2030"
            continue
        if after.isalpha() and not _glued_unit(text, e):  # "19h", "3a"
            continue
        if after in "/:_" or (after in "-" and e + 1 < n and text[e + 1].isalpha()):  # "1057/UBND", "02-KH"
            continue
        if after == ":" or (after in ".," and e + 1 < n and text[e + 1].isdigit()):
            continue
        if raw.endswith((".", ",")):
            continue
        if is_phone(raw):
            continue
        if skip is None:  # the checks above are cheaper: phone numbers and dates are found once
            skip = _phone_spans(text) + _date_spans(text)
        if skip and any(ps <= s < pe for ps, pe in skip):
            continue
        parts = [p.strip() for p in raw.split("/")]
        if len(parts) > 1:
            if len(parts) != 2:
                continue
            date_like = _is_date_or_code(parts)
            if date_like and not _part_of_whole(parts):
                continue
            a, b = parse_number(parts[0]), parse_number(parts[1])
            if a is None or b is None:
                continue
            first_end = s + len(raw.split("/")[0].rstrip())
            out.append(Figure(s, first_end, parts[0], a, pair_end=e, date_like=date_like))
            continue
        value = parse_number(raw)
        if value is None:
            continue
        out.append(Figure(s, e, raw, value))
    return out




_RANGE_BEFORE = re.compile(r"\d\s*[-–]\s*$")  # "2025 - " before a year: "2025 - 2030"
_GLUED_WORD = re.compile(r"[^\W\d_]+\d?²?")
_GLUED_UNITS = frozenset(GLUED_UNITS)


def _glued_unit(text: str, i: int) -> bool:
    """Whether the letters glued to a figure's end at `i` are a unit ("20ha", "15km2")."""
    m = _GLUED_WORD.match(text, i)
    return bool(m) and m.group().lower() in _GLUED_UNITS
