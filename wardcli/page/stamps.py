"""Timestamps on a line: a line that is a time (read by `dates.parse_stamp`), one that says it
is the article's ("Ngày đăng: ..."), and a title with its date on the same line."""

from __future__ import annotations

import re
from functools import lru_cache

from ..dates import Stamp as _Stamp
from ..dates import parse_stamp
from .names import is_name
from .shapes import UPPER_START
from .vocab import PUBLISH_LABEL


@lru_cache(maxsize=8192)
def line_stamp(line: str) -> _Stamp | None:
    """The timestamp `line` consists of, possibly beside a byline; see `dates.parse_stamp`."""
    return parse_stamp(line, is_name)


def is_time_line(line: str) -> bool:
    st = line_stamp(line)
    return st is not None and not st.rest


def is_publish_stamp(line: str) -> bool:
    """A stamp that says it is the article's: "Ngày đăng: ...", "Cập nhật lúc ...", "Xuất bản ..."."""
    return bool(PUBLISH_LABEL.match(line))


# A title with its date on the same line: "Tên bài (15/08/2025)", "Tên bài - 09:07 15/08/2025".
_STAMP_TEXT = (r"(?:\d{1,2}[:h]\d{2}\s*[-|,]?\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
               r"(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2})?")


TRAILING_STAMP = re.compile(
    rf"\s*(?:\(\s*({_STAMP_TEXT})\s*\)|\[\s*({_STAMP_TEXT})\s*\]|[-–—|]\s*({_STAMP_TEXT})"
    rf"|\s({_STAMP_TEXT}))$"
)


# ... or before it: "15/09/2025 - Tên bài", "[15/09/2025] Tên bài", "08:30 15/09/2025 | Tên bài".
_LEADING_STAMP = re.compile(
    rf"^(?:\(\s*({_STAMP_TEXT})\s*\)|\[\s*({_STAMP_TEXT})\s*\]|({_STAMP_TEXT})\s*[-–—|]?)\s+(?=\w)"
)


def split_trailing_stamp(line: str) -> tuple[str, _Stamp | None]:
    """(title, stamp) of a title printed with its date after or before it, else (line, None)."""
    m = TRAILING_STAMP.search(line) if _may_end_in_stamp(line) else None
    if m and len(line[:m.start()].split()) >= 3:
        st = line_stamp(next(g for g in m.groups() if g))
        if st is not None and not st.rest:
            return line[:m.start()].rstrip(" -–—|"), st
    m = _LEADING_STAMP.match(line)
    rest = line[m.end():] if m else ""
    if m and len(rest.split()) >= 3 and UPPER_START.match(rest) and not rest.endswith("."):
        st = line_stamp(next(g for g in m.groups() if g))
        if st is not None and not st.rest:
            return line[m.end():], st
    return line, None


def _may_end_in_stamp(line: str) -> bool:
    """Whether `TRAILING_STAMP` can match: the line ends in a digit, ")" or "]" (before a
    final newline, which `$` allows). Checked first, as searching a paragraph for a pattern
    anchored at its end is slow."""
    last = line[-2:-1] if line.endswith("\n") else line[-1:]
    return last in (")", "]") or last.isdecimal()
