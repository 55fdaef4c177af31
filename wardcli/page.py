"""Page text -> the main article, its captions, and the related-article stubs (teasers).

Pure: `parse_page(text, source)` takes text already passed through `text.normalise` and
returns a `Page`. Nothing here reads files or prints.

How a scraped page is read (the family of templates seen on ward news sites):

- Header: the first few lines may hold the title, a byline and a timestamp, in any of the
  orders "title / time", "title / byline time", "byline / byline / time". With no timestamp,
  the first line is the title when it reads like a headline and the page shows it again
  (above a photo, in a related list) or sets it apart with a blank line.
- Body: paragraphs up to the first section label ("Tin khác", ...) or the first run of
  stubs. Photo headlines ("<title>- Ảnh 3." or the bare title repeated above a photo) are
  dropped and the line after them is a caption; a line printed twice in a row is a caption.
  A short name on the last line is the closing signature (byline).
- Stubs: a title, then optionally its time and a summary, in the orders the sites use:
  "title / title again / summary / time", "title / time / summary", or bare titles.
  A title split over lines is joined with one space when the next line repeats it whole.

Example:

    >>> page = parse_page("Phường A: Tin chính\\n\\n09:07 15/08/2025\\n\\nNội dung.", "a.txt")
    >>> page.article.title, page.article.published, page.article.text
    ('Phường A: Tin chính', '2025-08-15T09:07', 'Nội dung.')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .model import Doc, doc_id, make_id
from .text import fold_key

# --- data tables (Vietnamese lives here, glossed) -------------------------------------

# Labels that open a list of related stubs; the article body ends at the first of them.
# Compared by fold_key, so case and diacritics do not matter.
SECTION_LABELS = {
    "tin doc nhieu",  # most read
    "doc nhieu",  # most read
    "xem nhieu",  # most viewed
    "tin xem nhieu",  # most viewed
    "tin cung chuyen muc",  # same section
    "bai cung chuyen muc",  # same section (articles)
    "cung chuyen muc",  # same section
    "tin khac",  # other news
    "cac tin khac",  # other news
    "tin tuc khac",  # other news
    "bai viet khac",  # other articles
    "co the ban quan tam",  # you may be interested
    "ban co the quan tam",  # you may be interested
    "nen xem",  # worth seeing
    "tin lien quan",  # related news
    "bai lien quan",  # related articles
    "bai viet lien quan",  # related articles
    "tin tuc lien quan",  # related news
    "xem them",  # see more
    "doc them",  # read more
    "tin moi",  # new
    "tin moi nhat",  # newest
    "tin moi cap nhat",  # just updated
    "tin noi bat",  # highlights
    "tieu diem",  # in focus
    "tin cung loai",  # similar news
    "tin da dua",  # earlier news
    "cac tin da dua",  # earlier news
    "tin truoc",  # previous news
}

# Labels and widgets that are never text: dropped wherever they stand.
NOISE_LABELS = {
    "xem",  # "view" button
    "xem theo ngay",  # browse by date
    "phien ban di dong",  # mobile version
    "phien ban may tinh",  # desktop version
    "chia se",  # share
    "in bai",  # print
    "in bai viet",  # print article
    "gui bai",  # send article
    "binh luan",  # comments
    "ve dau trang",  # back to top
    "quay lai",  # back
    "tro ve",  # back
    "trang chu",  # home
    "tags",
    "tag",
    "tu khoa",  # keywords
    "nghe doc bai",  # listen
    "nghe bai viet",  # listen to article
    "co chu",  # font size
    "luu",  # save
    "copy link",
    "sao chep lien ket",  # copy link
    "theo doi",  # follow
    "facebook",
    "zalo",
    "twitter",
    "email",
}

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
    r"th[ờo]i\s+gian",  # time
    r"l[úu]c",  # at
    r"ng[àa]y",  # day / on
    r"\(?\s*(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?",  # (GMT+7)
    r"\b(?:am|pm|sa|ch)\b",  # a.m. / p.m. (sáng / chiều)
]

# Relative times ("23 giờ trước" = 23 hours ago): kept raw, never resolved.
RELATIVE_TIME = re.compile(
    r"^(?:kho[ảa]ng\s+)?\d+\s+(?:gi[âa]y|ph[úu]t|gi[ờo]|ti[ếe]ng|ng[àa]y|tu[ầa]n|th[áa]ng|n[ăa]m)"
    r"\s+tr[ưu][ớo]c$"  # N seconds/minutes/hours/days/weeks/months/years ago
    r"|^(?:h[ôo]m\s+qua|h[ôo]m\s+nay|v[ừu]a\s+xong|m[ớo]i\s+[đd][ăa]ng)"  # yesterday/today/just now
    r"(?:\s+l[úu]c\s+\d{1,2}[:h]\d{2})?$",
    re.IGNORECASE,
)

# Words that open a byline before the name: "Bài và ảnh: X" (text and photos by X).
BYLINE_PREFIX = re.compile(
    r"^(?:b[àa]i\s+v[àa]\s+[ảa]nh|b[àa]i,?\s+[ảa]nh|tin,?\s+[ảa]nh|b[àa]i|tin|[ảa]nh|"
    r"t[áa]c\s+gi[ảa]|ph[óo]ng\s+vi[êe]n)\s*:\s*",
    re.IGNORECASE,
)
# Bylines that are not personal names: "Theo X" (after X), "PV" (reporter), "Nhóm PV".
BYLINE_WORDS = {"theo", "nhóm", "và", "-", "–", "&", ",", "/"}
BYLINE_STAFF = {"pv", "ptv", "ctv", "btv", "nhóm pv"}  # reporter, staff, collaborator, editor

# A photo headline: the alt text "<headline>- Ảnh 3." (Ảnh = photo).
PHOTO_MARK = re.compile(r"\s*[-–—]\s*[ẢảAa]nh\s*\d+\s*\.?\s*$")
# An outlet tag opening a lead: "HNP - ", "(HNM) - ", "VOV.VN - ".
OUTLET_PREFIX = re.compile(
    r"^(?:\([^()\s]{2,24}\)|[A-ZĐĂÂÊÔƠƯ][A-ZĐĂÂÊÔƠƯ0-9]{1,9}|[A-Za-z0-9]+(?:\.[A-Za-z]{2,4})+)"
    r"\s*[-–—]\s+"
)

# --- timestamps --------------------------------------------------------------------------

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
class _Stamp:
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


@lru_cache(maxsize=8192)
def _parse_stamp(line: str) -> _Stamp | None:
    """The timestamp a line consists of, possibly beside a name; None when it holds anything
    else ("Ngày 15/8/2025, phường ..." is a sentence, not a stamp)."""
    s = line.strip()
    if not s or len(s) > 90:
        return None
    if RELATIVE_TIME.match(s):
        return _Stamp(None, s, "")
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
        return _Stamp(iso, s, "")
    if not _is_name(who):
        return None
    raw = s.replace(who, "", 1) if who in s else s[lo:hi]
    return _Stamp(iso, raw.strip(" |-–—,:"), who)


def _is_time_line(line: str) -> bool:
    st = _parse_stamp(line)
    return st is not None and not st.rest


# --- line kinds ----------------------------------------------------------------------------



class _UpperStart:
    """Whether a word starts with a capital letter (any script: "Đảng", "Ủy", "MTTQ")."""

    @staticmethod
    def match(word: str) -> bool:
        return bool(word) and word[0].isupper()


_UPPER_START = _UpperStart()


def _label_key(line: str) -> str:
    return fold_key(line.rstrip(":：").strip())


def _is_section_label(line: str) -> bool:
    return len(line) <= 40 and _label_key(line) in SECTION_LABELS


def _is_noise(line: str) -> bool:
    return len(line) <= 40 and _label_key(line) in NOISE_LABELS


def _is_label(line: str) -> bool:
    return _is_section_label(line) or _is_noise(line)


def _inline_link(line: str) -> str | None:
    """"Xem thêm: <title>" inside an article: the linked title."""
    head, sep, tail = line.partition(":")
    if sep and tail.strip() and len(head) <= 30 and fold_key(head) in SECTION_LABELS:
        return tail.strip()
    return None


def _is_name(s: str) -> bool:
    """A byline: a few capitalised words ("Lê Thắm", "Theo Hà Nội Mới", "Nhóm PV")."""
    s = BYLINE_PREFIX.sub("", s.strip()).strip(" .")
    if not s or len(s) > 50 or any(c.isdigit() for c in s) or ":" in s:
        return False
    words = [w.strip("()[]") for w in s.replace(",", " , ").split()]
    if not 1 <= len(words) <= 7 or (s.isupper() and len(words) > 1 and "PV" not in words):
        return False  # "TIN NÓNG" is a heading, not a name
    names = 0
    for w in words:
        low = w.lower()
        if low in BYLINE_STAFF:
            names += 2
        elif low in BYLINE_WORDS or not w:
            continue
        elif not _UPPER_START.match(w):
            return False
        else:
            names += 1
    return names >= 2 or (names == 1 and len(words) == 1 and s.isupper() and len(s) <= 6)


def _byline(s: str) -> str:
    return BYLINE_PREFIX.sub("", s.strip()).strip(" .")


def _ends_sentence(line: str) -> bool:
    return line.rstrip().endswith((".", "!", "?", "…", '"', "”", ";", ":"))


def _strip_outlet(s: str) -> str:
    return OUTLET_PREFIX.sub("", s, count=1)


# --- stubs ---------------------------------------------------------------------------------


@dataclass
class _Stub:
    title: str
    summary: str = ""
    stamp: _Stamp | None = None
    pos: int = 0  # line index, for page order


def _repeat_len(lines: list[str], i: int) -> int:
    """k when lines[i:i+k] joined with one space equal lines[i+k] (a title shown twice)."""
    for k in range(1, 4):
        if i + k >= len(lines):
            return 0
        part = lines[i:i + k]
        if any(_is_label(x) or _is_time_line(x) or PHOTO_MARK.search(x) for x in part):
            return 0
        if fold_key(" ".join(part)) == fold_key(lines[i + k]) and fold_key(lines[i + k]):
            return k
    return 0


def _looks_like_summary(line: str, title: str) -> bool:
    """Whether the line under a bare title is its summary rather than the next title."""
    if OUTLET_PREFIX.match(line):
        return True
    return _ends_sentence(line) and len(line) >= max(80, int(len(title) * 1.3))


# A title with its date on the same line: "Tên bài (15/08/2025)", "Tên bài - 09:07 15/08/2025".
_STAMP_TEXT = (r"(?:\d{1,2}[:h]\d{2}\s*[-|,]?\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
               r"(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2})?")
_TRAILING_STAMP = re.compile(
    rf"\s*(?:\(\s*({_STAMP_TEXT})\s*\)|\[\s*({_STAMP_TEXT})\s*\]|[-–—|]\s*({_STAMP_TEXT}))$"
)


def _split_trailing_stamp(line: str) -> tuple[str, _Stamp | None]:
    m = _TRAILING_STAMP.search(line)
    if m and len(line[:m.start()].split()) >= 3:
        st = _parse_stamp(next(g for g in m.groups() if g))
        if st is not None and not st.rest:
            return line[:m.start()].rstrip(" -–—|"), st
    return line, None


def _read_stub(lines: list[str], i: int, strong_only: bool = False,
               above: _Stamp | None = None) -> tuple[_Stub | None, int]:
    """The stub starting at lines[i] and the index after it. With `strong_only`, only a stub
    marked by a repeated title or a timestamp counts. `above`: the time printed over the
    title, in lists laid out "time / title / summary"; a later time is then the next stub's."""
    n = len(lines)
    k = _repeat_len(lines, i)
    stamp = above
    time_line = False  # "title / time / summary"
    if above is not None:
        title = " ".join(lines[i:i + k]) if k else lines[i]
        j = i + k + 1 if k else i + 1
    elif k:
        title = " ".join(lines[i:i + k])
        j = i + k + 1
    elif i + 1 < n and _is_time_line(lines[i + 1]):
        title = lines[i]
        j = i + 1
    else:
        title, stamp = _split_trailing_stamp(lines[i])
        if strong_only and stamp is None:
            return None, i
        j = i + 1
    if stamp is None and j < n and _is_time_line(lines[j]):
        stamp = _parse_stamp(lines[j])
        time_line = True
        j += 1
    summary = ""
    if j < n and not _is_label(lines[j]) and not _is_time_line(lines[j]) \
            and not PHOTO_MARK.search(lines[j]) and not _repeat_len(lines, j):
        nxt_is_time = j + 1 < n and _is_time_line(lines[j + 1])
        if time_line:
            take = not nxt_is_time
        elif k:
            take = True
        else:
            take = _looks_like_summary(lines[j], title)
        if take:
            summary = lines[j]
            j += 1
    if stamp is None and j < n and _is_time_line(lines[j]):
        stamp = _parse_stamp(lines[j])
        j += 1
    return _Stub(title=title, summary=summary, stamp=stamp, pos=i), j


def _read_stubs(lines: list[str], offset: int) -> list[_Stub]:
    out = []
    i = 0
    pending = None  # a time printed above its title ("time / title / summary")
    while i < len(lines):
        line = lines[i]
        if _is_label(line) or PHOTO_MARK.search(line):
            pending = None
            i += 1
            continue
        if _is_time_line(line):
            pending = _parse_stamp(line)
            i += 1
            continue
        stub, i = _read_stub(lines, i, above=pending)
        pending = None
        if stub is None:
            continue
        if stub.stamp or (len(stub.title.split()) >= 3 and not _is_name(stub.title)):
            stub.pos += offset
            out.append(stub)
    return out


def _stub_run_start(lines: list[str], start: int) -> int | None:
    """Where an unlabelled list of stubs begins in the body: two dated stubs in a row.

    Each must carry its own timestamp: a photo caption printed twice and followed by a
    paragraph has the shape of an undated stub, and articles end that way all the time."""
    for s in range(start, len(lines)):
        i, count = s, 0
        while i < len(lines):
            stub, j = _read_stub(lines, i, strong_only=True)
            if stub is None or stub.stamp is None:
                break
            count += 1
            i = j
        if count >= 2:
            return s
    return None


# --- run-on related links ------------------------------------------------------------------

_NAME_INTRO = {  # words before a name: ward, commune, district, street, river, Mr/Mrs, comrade, ...
    "phường", "xã", "quận", "huyện", "thị", "trấn", "tỉnh", "phố", "thành", "đường", "thôn",
    "ấp", "bản", "làng", "sông", "hồ", "núi", "chùa", "đình", "đền", "cầu", "chợ", "ông", "bà",
    "anh", "chị", "em", "cô", "chú", "bác", "cụ", "đồng", "chí", "khu", "tổ", "cụm", "trường",
    "bệnh", "viện", "công", "ty", "tập", "đoàn", "ban", "sở", "bộ", "hội", "nước", "nhà", "tại",
    "của", "và", "với", "cho", "ở", "về", "từ", "đến", "tổng", "bí", "thư", "chủ", "tịch",
}


def _split_run_on(line: str) -> list[str] | None:
    """A line of several headlines run together ("... 2026 MTTQ phường ... toàn dân Đảng ủy
    ..."), split where a capitalised word follows two lower-case words; None when not one."""
    if len(line) < 150 or _ends_sentence(line) or ". " in line:
        return None
    words = line.split()
    cuts = []
    for i in range(2, len(words)):
        w, p1, p2 = words[i], words[i - 1], words[i - 2]
        if not _UPPER_START.match(w) or p1.endswith((":", ",", "-", "–", "(", '"', "“")):
            continue
        lower = all(not _UPPER_START.match(p) for p in (p1, p2))
        if lower and p1.lower() not in _NAME_INTRO and not p1.endswith(","):
            if p2.lower() == p1.lower():
                continue
            cuts.append(i)
    pieces, last = [], 0
    for c in cuts + [len(words)]:
        piece = " ".join(words[last:c])
        if len(piece) < 30 or len(words[last:c]) < 5:
            continue
        pieces.append(piece)
        last = c
    if len(pieces) >= 2 and all(len(p) <= 200 for p in pieces) and last == len(words):
        return pieces
    return None


# --- the page ------------------------------------------------------------------------------


@dataclass
class Page:
    article: Doc | None
    teasers: list[Doc] = field(default_factory=list)
    page: str = ""


def parse_page(text: str, source: str) -> Page:
    """Split a normalised page into its article and teaser docs.

    >>> p = parse_page("Phường Định Công ra mắt tổ công nghệ số\\n\\n10:08 | 18/08/2025\\n"
    ...                "Sáng 17/8, phường ra mắt 24 tổ.\\n\\nTin khác\\n"
    ...                "Xã Ô Diên trồng cây\\nXã Ô Diên trồng cây\\n09:00 17/08/2025", "x.txt")
    >>> p.article.published, [t.title for t in p.teasers]
    ('2025-08-18T10:08', ['Xã Ô Diên trồng cây'])
    """
    page_id = make_id("page", text)
    lines, blank_after = _lines(text)
    if not lines:
        return Page(None, [], page_id)
    # the article region ends at the first section label
    end = next((i for i, ln in enumerate(lines) if _is_section_label(ln)), len(lines))
    title, stamp, bylines, sapo, body_start = _read_header(lines[:end], blank_after)
    region = lines[body_start:end]
    run = _stub_run_start(region, 1 if region else 0)
    if run is not None:
        end = body_start + run
        region = region[:run]
    region = sapo + region
    body_start -= len(sapo)

    if title is None:
        title = _repeated_headline(region)
    if title is None and stamp is not None and len(region) > 1 and _is_headline(region[0]):
        title, region, body_start = region[0], region[1:], body_start + 1  # "time / title"
    art, inline = _read_body(region, body_start, title)
    stubs = inline + _read_stubs(lines[end:], end)

    byline = bylines[0] if bylines else None
    if art["signature"] and not byline:
        byline = art["signature"]
    article = None
    paragraphs = art["paragraphs"]
    if title or paragraphs:
        lead = _strip_outlet(paragraphs[0]) if paragraphs else None
        if lead is not None:
            paragraphs = paragraphs[1:]
        body = "\n\n".join(([lead] if lead else []) + paragraphs)
        published = stamp.iso if stamp else None
        article = Doc(
            id=doc_id("article", title, published, byline, body, art["captions"]),
            kind="article", source=source, title=title, published=published,
            published_raw=stamp.raw if stamp else None, byline=byline, lead=lead,
            paragraphs=paragraphs, captions=art["captions"], text=body, page=page_id,
        )
    return Page(article, _teaser_docs(stubs, source, page_id), page_id)


def _lines(text: str) -> tuple[list[str], list[bool]]:
    """The page's non-blank lines without widgets or navigation labels above the article, and
    for each whether a blank line follows it."""
    lines: list[str] = []
    blank_after: list[bool] = []
    started = False  # labels before the first line of real text are site navigation
    for ln in text.split("\n"):
        ln = ln.strip()
        if not ln or _is_noise(ln) or (not started and _is_section_label(ln)):
            if blank_after and not ln:
                blank_after[-1] = True
            continue
        started = started or len(ln.split()) >= 4 or _parse_stamp(ln) is not None
        lines.append(ln)
        blank_after.append(False)
    return lines, blank_after


def _read_header(lines: list[str], blank_after: list[bool]):
    """(title, stamp, bylines, lines that open the body (a sapo), index where the body starts)."""
    for h, ln in enumerate(lines[:6]):
        if _is_section_label(ln) or len(ln) > 400:
            break
        st = _parse_stamp(ln)
        if st is None:
            continue
        bylines = [_byline(st.rest)] if st.rest else []
        title, sapo = None, []
        for b in lines[:h]:
            if _is_name(b):
                if _byline(b) not in bylines:
                    bylines.append(_byline(b))
            elif title is None:
                if len(b.split()) >= 4:  # shorter lines before it are breadcrumbs
                    title = b
            else:
                sapo.append(b)
        if title is None:
            title = next((b for b in lines[:h] if not _is_name(b)), None)
        body_start = h + 1
        # a byline printed on its own line just after the stamp
        if body_start + 1 < len(lines) and _is_name(lines[body_start]):
            if not bylines:
                bylines.append(_byline(lines[body_start]))
            body_start += 1
        return title, st, bylines, sapo, body_start
    if not lines:
        return None, None, [], [], 0
    first = lines[0]
    if _is_headline(first) and len(lines) > 1:
        shown_again = any(fold_key(PHOTO_MARK.sub("", ln)) == fold_key(first) for ln in lines[1:])
        if blank_after[0] or (shown_again and len(first.split()) >= 6):
            return first, None, [], [], 1
    return None, None, [], [], 0


def _is_headline(line: str) -> bool:
    return len(line) <= 250 and not line.endswith(".") and not _is_name(line) \
        and _parse_stamp(line) is None and not _is_label(line)


def _repeated_headline(region: list[str]) -> str | None:
    """A headline the page never prints on top but repeats above its photos."""
    marked = [PHOTO_MARK.sub("", ln) for ln in region if PHOTO_MARK.search(ln)]
    counts: dict[str, list[int]] = {}
    for i, ln in enumerate(region):
        if len(ln) <= 250 and not _ends_sentence(ln):
            counts.setdefault(fold_key(ln), []).append(i)
    for ln in region:
        at = counts.get(fold_key(ln), [])
        apart = all(b - a > 1 for a, b in zip(at, at[1:]))
        if apart and (len(at) >= 3 or (len(at) == 2 and len(ln.split()) >= 6)):
            return ln
    if len(marked) >= 2 and len({fold_key(m) for m in marked}) == 1:
        return marked[0]
    return None


def _read_body(region: list[str], offset: int, title: str | None):
    """Paragraphs, captions, closing signature, and inline related links of the body."""
    tkey = fold_key(title) if title else None
    paragraphs: list[str] = []
    captions: list[str] = []
    inline: list[_Stub] = []
    signature = None
    n = len(region)
    if n >= 2 and _is_name(region[-1]) and len(region[-1]) < 40:
        signature = _byline(region[-1])
        n -= 1
    i = 0
    while i < n:
        ln = region[i]
        if PHOTO_MARK.search(ln):
            alt = PHOTO_MARK.sub("", ln).strip()
            nxt = region[i + 1] if i + 1 < n else None
            if tkey and fold_key(alt) == tkey or not alt:
                if nxt and len(nxt) < 300 and not PHOTO_MARK.search(nxt):
                    captions.append(nxt)
                    i += 2
                    continue
            else:
                captions.append(alt)
                if nxt and fold_key(nxt) == fold_key(alt):
                    i += 1
            i += 1
            continue
        if tkey and fold_key(ln) == tkey:  # the headline shown again above a photo
            nxt = region[i + 1] if i + 1 < n and paragraphs else None  # not the title twice on top
            if nxt and len(nxt) < 300 and fold_key(nxt) != tkey and not PHOTO_MARK.search(nxt):
                captions.append(nxt)
                i += 2
            else:
                i += 1
            continue
        if i + 1 < n and fold_key(region[i + 1]) == fold_key(ln) and len(ln) < 300:
            captions.append(ln)  # a photo's alt text and caption, the same words twice
            i += 2
            continue
        link = _inline_link(ln)
        if link:
            inline.append(_Stub(title=link, pos=offset + i))
            i += 1
            continue
        parts = _split_run_on(ln) if paragraphs else None
        if parts:
            inline.extend(_Stub(title=p, pos=offset + i) for p in parts)
            i += 1
            continue
        paragraphs.append(ln)
        i += 1
    return {"paragraphs": paragraphs, "captions": captions, "signature": signature}, inline


def _teaser_docs(stubs: list[_Stub], source: str, page_id: str) -> list[Doc]:
    seen: set[str] = set()
    out = []
    for s in sorted(stubs, key=lambda s: s.pos):
        key = fold_key(s.title)
        if not key or key in seen:
            continue
        seen.add(key)
        summary = _strip_outlet(s.summary) if s.summary else ""
        if fold_key(summary) == key:
            summary = ""
        published = s.stamp.iso if s.stamp else None
        out.append(Doc(
            id=doc_id("teaser", s.title, published, None, summary, []),
            kind="teaser", source=source, title=s.title, published=published,
            published_raw=s.stamp.raw if s.stamp else None, byline=None,
            lead=summary or None, paragraphs=[], captions=[], text=summary, page=page_id,
        ))
    return out
