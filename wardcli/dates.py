"""Timestamps as Vietnamese news pages print them -> ISO 8601 local time. Pure.

`parse_stamp(line, is_name)` reads a line that is a timestamp, possibly beside a byline:
"09:07 15/08/2025", "Thứ Hai, 15/09/2025 - 08:30 (GMT+7)", "Cập nhật: 08:30, 15/09/2025",
"15-09-2025 08:30:12", "Ngày đăng: 15/09/2025 | Lượt xem: 312", "Vương Vân 21:05 10/07/2025",
"23 giờ trước" (kept raw, never resolved). A date alone gives "YYYY-MM-DD".

    >>> parse_stamp("Thứ hai, 15/9/2025, 08:30 (GMT+7)", lambda s: False).iso
    '2025-09-15T08:30'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# Words that may surround a timestamp: weekdays, "updated", "posted at", time zones.
TIME_FILLERS = [
    r"th[ứu]\s+(?:hai|ba|t[ưu]|n[ăa]m|s[áa]u|b[ảa]y|\d)",  # Monday .. Saturday
    r"ch[ủu]\s+nh[ậa]t",  # Sunday
    r"\bcn\b",  # Sunday (short)
    r"\bt[2-7]\b",  # Mon..Sat (short)
    r"c[ậa]p\s+nh[ậa]t(?:\s+l[úu]c)?",  # updated (at)
    r"ng[àa]y\s+[đd][ăa]ng",  # date posted
    r"[đd][ăa]ng\s+(?:l[úu]c|ng[àa]y)",  # posted at / on
    r"[đd][ăa]ng\s+t[ảa]i",  # posted
    r"xu[ấa]t\s+b[ảa]n",  # published
    r"th[ờo]i\s+gian(?:\s+[đd][ăa]ng|\s+c[ậa]p\s+nh[ậa]t)?",  # time (posted / updated)
    r"l[úu]c",  # at
    r"ng[àa]y",  # day / on
    r"\(?\s*(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?",  # (GMT+7)
    r"\b(?:am|pm|sa|ch)\b",  # a.m. / p.m. (sáng / chiều)
    r"l[ưu][ợo]t\s+(?:xem|[đd][ọo]c|truy\s+c[ậa]p)\s*:?\s*[\d.,]+",  # views: 1.204
    r"(?<![\d/.:-])\d[\d.,]*\s+l[ưu][ợo]t\s+(?:xem|[đd][ọo]c)",  # 1.204 views
]

# Other fields a portal prints beside the date, "Ngày đăng: ... | Chuyên mục: Tin hoạt động":
# section, category, views, reads, source, author, posted by, editor, text, photos, design.
META_FIELD = re.compile(
    r"^(?:chuy[êe]n\s+m[ụu]c|danh\s+m[ụu]c|l[ưu][ợo]t\s+(?:xem|[đd][ọo]c)|ngu[ồo]n|t[áa]c\s+gi[ảa]|"
    r"ng[ưu][ờo]i\s+(?:[đd][ăa]ng|vi[ếe]t)|bi[êe]n\s+t[ậa]p|n[ộo]i\s+dung|[ảa]nh|"
    r"thi[ếe]t\s+k[ếe])\s*:", re.IGNORECASE)

# Relative times ("23 giờ trước" = 23 hours ago): kept raw, never resolved.
RELATIVE_TIME = re.compile(
    r"^(?:kho[ảa]ng\s+)?\d+\s+(?:gi[âa]y|ph[úu]t|gi[ờo]|ti[ếe]ng|ng[àa]y|tu[ầa]n|th[áa]ng|n[ăa]m)"
    r"\s+tr[ưu][ớo]c$"  # N seconds/minutes/hours/days/weeks/months/years ago
    r"|^(?:h[ôo]m\s+qua|h[ôo]m\s+nay|v[ừu]a\s+xong|m[ớo]i\s+[đd][ăa]ng)"  # yesterday/today/just now
    r"(?:\s+l[úu]c\s+\d{1,2}[:h]\d{2})?$",
    re.IGNORECASE,
)


_DATE_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_DATE_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?"
                       r"(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)")
_DATE_WORDS = re.compile(r"(\d{1,2})\s+th[áa]ng\s+(\d{1,2})\s*(?:,\s*|\s+)n[ăa]m\s+(\d{4})",
                         re.IGNORECASE)  # "15 tháng 8 năm 2025"
_TIME = re.compile(r"(?<![\d/.])(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})(?::\d{2})?(?![\d/])"
                   r"(?:\s*(am|pm|sa|ch)\b)?", re.IGNORECASE)
_FILLER = re.compile(r"(?<!\w)(?:" + "|".join(TIME_FILLERS) + r")(?!\w)", re.IGNORECASE)
_LEFTOVER = re.compile(r"[\s|,;:()\[\]/·•–—-]+")


@dataclass(frozen=True)
class Stamp:
    iso: str | None  # None for a relative time
    raw: str  # the timestamp as written
    rest: str  # what else the line holds (a byline), stripped


def _find_date(s: str):
    """(iso date, (hour, minute) or None, span) of the first date in `s`, or None."""
    m = _DATE_ISO.search(s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        hm = (int(m.group(4)), int(m.group(5))) if m.group(4) else None
    else:
        m = _DATE_DMY.search(s) or _DATE_WORDS.search(s)
        if not m:
            return None
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        hm = None
    if not (1 <= d <= 31 and 1 <= mo <= 12 and 1900 <= y <= 2100):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}", hm, m.span()


def _find_time(s: str, date_span: tuple[int, int]):
    """((hour, minute), span) of a clock time in `s` outside the date, or None."""
    for t in _TIME.finditer(s):
        if date_span[0] <= t.start() < date_span[1]:
            continue
        h, mi = int(t.group(1)), int(t.group(2))
        ampm = (t.group(3) or "").lower()
        if ampm in ("pm", "ch") and h < 12:
            h += 12
        elif ampm in ("am", "sa") and h == 12:
            h = 0
        if h < 24 and mi < 60:
            return (h, mi), t.span()
    return None


def _clean(s: str) -> str:
    """What is left of `s` once time words and separators are gone."""
    return _LEFTOVER.sub(" ", _FILLER.sub(" ", s)).strip()


def parse_stamp(line: str, is_name: Callable[[str], bool]) -> Stamp | None:
    """The timestamp a line consists of, possibly beside a name; None when it holds anything
    else ("Ngày 15/8/2025, phường ..." is a sentence, not a stamp). Of a line holding several
    ("Ngày đăng: ... | Cập nhật: ..."), the first."""
    st = _parse_one(line, is_name)
    if st is None and "|" in line and len(line) <= 160:
        parts = [p.strip() for p in line.split("|") if p.strip()]
        stamps = [_parse_one(p, is_name) for p in parts]
        dated = [x for x in stamps if x is not None and not x.rest]
        if len(parts) >= 2 and dated and all(
                (x is not None and not x.rest) or META_FIELD.match(p) for p, x in zip(parts, stamps)):
            return Stamp(dated[0].iso, line.strip(), "")
    return st


def _parse_one(line: str, is_name: Callable[[str], bool]) -> Stamp | None:
    s = line.strip()
    if not s or len(s) > 90:
        return None
    if RELATIVE_TIME.match(s):
        return Stamp(None, s, "")
    found = _find_date(s)
    if found is None:
        return None
    date, hm, span = found
    lo, hi = span
    between = ""
    if hm is None:
        t = _find_time(s, span)
        if t:
            hm, (ts, te) = t
            between = s[te:lo] if te <= lo else s[hi:ts]
            lo, hi = min(lo, ts), max(hi, te)
    if _clean(between):
        return None
    iso = date + (f"T{hm[0]:02d}:{hm[1]:02d}" if hm else "")
    before, after = _clean(s[:lo]), _clean(s[hi:])
    if before and after:
        return None
    who = before or after
    if not who:
        return Stamp(iso, s, "")
    if not is_name(who):
        return None
    raw = s.replace(who, "", 1) if who in s else s[lo:hi]
    return Stamp(iso, raw.strip(" |-–—,:"), who)


# A lead that opens on the day of the event: "Ngày 8/12, ...", "Sáng 31/10, ..." (on the day,
# in the morning, afternoon, evening, at noon, at night of D/M), with no year.
LEAD_DAY = re.compile(r"^(?:ng[àa]y|s[áa]ng|chi[ềe]u|t[ốo]i|tr[ưu]a|[đd][êe]m)\s+(\d{1,2})\s*/\s*(\d{1,2})"
                      r"(?![\d/.-])", re.IGNORECASE)


def lead_date(lead: str, stamps: list[str]) -> Stamp | None:
    """The date a lead opens on ("Ngày 8/12, ...") with the year of the page's other stamps
    (ISO dates of its dated related stories: the most frequent year, the latest of a tie).
    None when the lead has no such opening or the page prints no other stamp: a full date
    inside the text may be of any year ("(22/12/1944 - 22/12/2025)").

    >>> lead_date("Ngày 8/12, phường tổ chức hội nghị.", ["2025-12-09", "2025-12-07"]).iso
    '2025-12-08'
    """
    m = LEAD_DAY.match(lead)
    years: dict[int, int] = {}
    for iso in stamps:
        if iso and iso[:4].isdigit():
            years[int(iso[:4])] = years.get(int(iso[:4]), 0) + 1
    if not m or not years:
        return None
    day, month = int(m.group(1)), int(m.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    year = max(years, key=lambda y: (years[y], y))
    return Stamp(f"{year:04d}-{month:02d}-{day:02d}", m.group(0), "")
