"""Page text -> the main article, its captions, and the related-article stubs (teasers).

Pure: `parse_page(text, source)` takes text already passed through `text.normalise` and
returns a `Page`. Nothing here reads files or prints.

How a scraped page is read (the family of templates seen on ward news sites):

- Lines that are never text are dropped first: widgets ("Chia sẻ", "Bình luận (0)"), tag
  lines ("Từ khóa: ..."), breadcrumbs ("Trang chủ > Tin tức"), a portal's name above the
  article, footer contact lines, weather boxes ("Hà Nội 24°C"), poll options ("Hài lòng
  (29%)"), follow buttons, hashtag rows, source lines ("Nguồn: Báo X"), a site's tagline; a
  comment form, poll ("Bình chọn"), link box ("Liên kết website") or site footer ("©", "Cơ quan
  chủ quản: ...", "Giấy phép hoạt động ...", "Liên hệ quảng cáo") is skipped up to the next
  section label. A related box set inside the body (a section label,
  1-4 bare titles, then two paragraphs in a row; or, under "Đọc thêm", "Tin liên quan" and the
  like, titles up to a blank line, then the body going on with a paragraph or a caption) gives
  teasers and does not end the article.
- Header: the first few lines (after short menu lines) may hold the title, a byline and a
  timestamp, in any of the orders "title / time", "title / byline time", "title / byline /
  time", "byline / byline / time", "breadcrumb / time / title". Names and short lines above
  the title are breadcrumbs; of several lines of 4+ words above the time, the headline nearest
  it is the title ("Pháp luật / An ninh trật tự / <headline> / time"); a byline in capitals
  just above the time is kept when the title is below it. A site's date over its menu ("Thứ
  Tư, ngày 05/11/2025 / Giới thiệu / Tin tức / ...", or over a headline with its own stamp) is
  the site's "today", never the article's time. With no timestamp, the first line of 4+ words is the title when
  it reads like a headline and the page shows it again (above a photo, in a related list)
  or sets it apart with a blank line, or the page has no blank lines at all and a paragraph
  follows it (unless it reads as a photo's caption); a short column name above it ("Sức sống
  cơ sở") is not the title. A headline may carry its stamp on its own line ("<title>
  08/08/2025 18:13", "<title> - 08:30 15/08/2025", "<title> (15/08/2025)").
  Timestamps are read by `dates.parse_stamp`. Script debris ("undefined", "null") is dropped.
- Body: paragraphs up to the first section label ("Tin khác", ...) or the first run of
  stubs. Photo headlines ("<title>- Ảnh 3." or the bare title repeated above a photo) are
  dropped and the line after them is a caption; a line printed twice in a row is a caption,
  and so is a line with a photo credit ("... Ảnh: Minh Đức", "(Ảnh: ...)", "Ảnh: <caption>"),
  and a short line between paragraphs that shows who does what ("Các đại biểu chụp ảnh lưu
  niệm", "<office> <name> phát biểu chỉ đạo", "Quang cảnh hội nghị"; tables in `lines.py`).
  "<headline> - 2" is the headline over a photo. Between paragraphs, such a line may also be
  one short sentence closed by a full stop ("Bà X phát biểu tại Đại hội.").
  A paragraph printed twice in a row (a sapo) is kept once.
  A short name on the last line is the closing signature (byline), "(Theo X)" included, and so
  is a name in capitals there ("THANH DUNG"); "PV" alone on a line under the sapo is the byline.
- Stubs: a title, then optionally its time and a summary, in the orders the sites use:
  "title / title again / summary / time", "title / time / summary", or bare titles (a line
  under a bare title is its summary only if it ends in a full stop, not in a bare quote, and in
  a list of bare titles a line with no final full stop is the next title); a date
  may be printed on the title's line, before or after it ("15/09/2025 - Tên bài"); an
  aggregator prints "title / outlet / time" ("Tiền Phong", "1 ngày trước"), the outlet being
  the stub's source; a list numbered in sequence ("1. ", "2. ", ...) loses its numbers.
  A title split over lines is joined with one space when the next line repeats it whole.
  A caption ("... Ảnh: X") or a paragraph of several sentences is never a title.

Example:

    >>> page = parse_page("Phường A: Tin chính\\n\\n09:07 15/08/2025\\n\\nNội dung.", "a.txt")
    >>> page.article.title, page.article.published, page.article.text
    ('Phường A: Tin chính', '2025-08-15T09:07', 'Nội dung.')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import Stamp as _Stamp
from .model import Doc, doc_id, make_id
from .text import fold_key
from .lines import (
    BYLINE_STAFF,
    CAPS_HEADING_WORDS,
    CAPTION_OPENERS,
    OUTLET_PREFIX,
    PHOTO_CREDIT_HEAD,
    PHOTO_CREDIT_TAIL,
    PHOTO_MARK,
    PHOTO_VERBS,
    TAG_LABELS,
    TITLE_PHOTO_NUMBER,
    _BULLET,
    _UPPER_START,
    _byline,
    _ends_full_stop,
    _ends_sentence,
    _ends_summary,
    _inline_link,
    _is_block_label,
    _is_breadcrumb,
    _is_caption_line,
    _is_caps_name,
    _is_contact,
    _describes_photo,
    _is_footer,
    _is_inline_box_label,
    _is_label,
    _is_menu_item,
    _is_outlet_name,
    _is_publish_stamp,
    _is_multi_sentence,
    _is_script_artefact,
    _is_name,
    _is_noise,
    _is_section_label,
    _is_site_name,
    _is_tag_line,
    _is_time_line,
    _label_key,
    _parse_stamp,
    _strip_outlet,
)


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


def _looks_like_summary(line: str, title: str, bare_list: bool = False) -> bool:
    """Whether the line under a bare title is its summary rather than the next title. A line
    ending in a closing quote with no full stop before it is a quoted headline; in a list whose
    stubs so far had no summaries (`bare_list`), a line without a final full stop (a question
    included) is a title."""
    if OUTLET_PREFIX.match(line):
        return True
    if not _ends_summary(line) or (bare_list and not _ends_full_stop(line, "?!")):
        return False
    if len(line) >= max(80, int(len(title) * 1.3)):
        return True
    # a shorter sentence under a title that is not one: "Tên bài / Một câu tóm tắt."
    return not _ends_sentence(title) and len(line) >= max(50, int(len(title) * 1.2)) \
        and line.count(" ") >= 8


# A title with its date on the same line: "Tên bài (15/08/2025)", "Tên bài - 09:07 15/08/2025".
_STAMP_TEXT = (r"(?:\d{1,2}[:h]\d{2}\s*[-|,]?\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
               r"(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2})?")
_TRAILING_STAMP = re.compile(
    rf"\s*(?:\(\s*({_STAMP_TEXT})\s*\)|\[\s*({_STAMP_TEXT})\s*\]|[-–—|]\s*({_STAMP_TEXT})"
    rf"|\s({_STAMP_TEXT}))$"
)
# ... or before it: "15/09/2025 - Tên bài", "[15/09/2025] Tên bài", "08:30 15/09/2025 | Tên bài".
_LEADING_STAMP = re.compile(
    rf"^(?:\(\s*({_STAMP_TEXT})\s*\)|\[\s*({_STAMP_TEXT})\s*\]|({_STAMP_TEXT})\s*[-–—|]?)\s+(?=\w)"
)


def _split_trailing_stamp(line: str) -> tuple[str, _Stamp | None]:
    m = _TRAILING_STAMP.search(line)
    if m and len(line[:m.start()].split()) >= 3:
        st = _parse_stamp(next(g for g in m.groups() if g))
        if st is not None and not st.rest:
            return line[:m.start()].rstrip(" -–—|"), st
    m = _LEADING_STAMP.match(line)
    rest = line[m.end():] if m else ""
    if m and len(rest.split()) >= 3 and _UPPER_START.match(rest) and not rest.endswith("."):
        st = _parse_stamp(next(g for g in m.groups() if g))
        if st is not None and not st.rest:
            return line[m.end():], st
    return line, None


def _read_stub(lines: list[str], i: int, strong_only: bool = False,
               above: _Stamp | None = None, bare_list: bool = False) -> tuple[_Stub | None, int]:
    """The stub starting at lines[i] and the index after it. With `strong_only`, only a stub
    marked by a repeated title or a timestamp counts. `above`: the time printed over the
    title, in lists laid out "time / title / summary"; a later time is then the next stub's.
    `bare_list`: the stubs above it in the list had no summaries."""
    n = len(lines)
    k = _repeat_len(lines, i)
    stamp = above
    time_line = False  # "title / time / summary"
    sourced = False  # "title / outlet / time"
    if above is not None:
        title = " ".join(lines[i:i + k]) if k else lines[i]
        j = i + k + 1 if k else i + 1
    elif k:
        title = " ".join(lines[i:i + k])
        j = i + k + 1
    elif i + 1 < n and _is_time_line(lines[i + 1]):
        title = lines[i]
        j = i + 1
    elif i + 2 < n and _is_outlet_name(lines[i + 1]) and _is_time_line(lines[i + 2]) \
            and len(lines[i].split()) >= 4:
        title = lines[i]  # "title / outlet / time": an aggregator names each stub's source
        j = i + 2
        sourced = True
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
        if sourced:  # a summary only when it reads as one and opens no stub of its own
            take = _looks_like_summary(lines[j], title, bare_list) and not (
                j + 2 < n and _is_outlet_name(lines[j + 1]) and _is_time_line(lines[j + 2]))
        elif time_line:
            take = not nxt_is_time
        elif k:
            take = True
        else:
            take = _looks_like_summary(lines[j], title, bare_list)
        if take:
            summary = lines[j]
            j += 1
    if stamp is None and j < n and _is_time_line(lines[j]):
        stamp = _parse_stamp(lines[j])
        j += 1
    return _Stub(title=title, summary=summary, stamp=stamp, pos=i), j


_LIST_NUMBER = re.compile(r"^(\d{1,2})[.)]\s+(?=\S)")


def _unnumber(lines: list[str]) -> list[str]:
    """Lines of a numbered list ("1. Tên bài", "2. Tên bài", ...) without their numbers: only
    items numbered in sequence (1., 2., 3.; other lines may stand between them, such as times),
    so "2.000 hộ ..." or a lone "3. ..." keep theirs."""
    out = list(lines)
    items = [(i, int(m.group(1))) for i, ln in enumerate(lines) if (m := _LIST_NUMBER.match(ln))]
    run: list[int] = []

    def close():
        if len(run) >= 2 and (items[run[0]][1] == 1 or len(run) >= 3):
            for r in run:
                i = items[r][0]
                out[i] = _LIST_NUMBER.sub("", lines[i], count=1)

    for r, (i, num) in enumerate(items):
        if run and num == items[run[-1]][1] + 1 and i - items[run[-1]][0] <= 4:
            run.append(r)
        else:
            close()
            run = [r]
    close()
    return out


def _read_stubs(lines: list[str], offset: int) -> list[_Stub]:
    lines = _unnumber(lines)
    out = []
    i = 0
    pending = None  # a time printed above its title ("time / title / summary")
    bare = False  # the stubs read so far in this list had no summaries
    while i < len(lines):
        line = lines[i]
        if _is_label(line) or PHOTO_MARK.search(line):
            pending = None
            bare = False
            i += 1
            continue
        if (len(line) < 300 and PHOTO_CREDIT_TAIL.search(line)) or _is_multi_sentence(line):
            i += 1  # a caption ("... Ảnh: Minh Đức") or a paragraph of text is never a title
            continue
        if _is_time_line(line):
            pending = _parse_stamp(line)
            i += 1
            continue
        link = _inline_link(line)  # "Xem thêm: <title>"
        if link and len(link.split()) >= 3:
            out.append(_Stub(title=link, pos=offset + i))
            pending = None
            i += 1
            continue
        stub, i = _read_stub(lines, i, above=pending, bare_list=bare)
        pending = None
        if stub is None:
            continue
        if stub.stamp or (len(stub.title.split()) >= 3 and not _is_name(stub.title)):
            stub.pos += offset
            out.append(stub)
            bare = not stub.summary
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


# Words after which the line must go on: a preposition or function word, or a verb whose
# object follows ("chúc mừng Đại hội", congratulate the congress; "thay mặt Ban ...", on behalf
# of). A headline never ends on one, so no run-on is cut after it.
_GOES_ON = {
    "các", "những", "là", "được", "bị", "để", "theo", "trong", "trên", "dưới", "khi", "mà",
    "thì", "nhưng", "hoặc", "như", "giữa", "mừng", "mặt", "thăm", "tiếp", "gặp", "dự", "tặng",
    "đón", "viếng", "hỏi",
}
# A line opening on an honorific and a name ("Bà Nguyễn Văn A ...", "Đồng chí Trần B ..."):
# one caption or sentence about that person, never headlines run together.
_PERSON_OPENING = re.compile(r"(?:bà|ông|đồng chí)\s+(?!Rịa\b|Đen\b|Chiểu\b|Điểm\b)[A-ZÀ-ỸĐ]",
                             re.IGNORECASE)  # not the places "Bà Rịa", "Bà Đen", ...


def _reads_as_caption(line: str) -> bool:
    """Whether a long unpunctuated line reads as one photo caption: an honorific and a name
    first, or an office first and a photo verb ("Chủ tịch ... phát biểu ...")."""
    m = _PERSON_OPENING.match(line)
    if m and line[m.end() - 1].isupper() and line[0].isupper():
        return True
    key = " " + fold_key(line) + " "
    return key.startswith(tuple(f" {w} " for w in CAPTION_OPENERS)) \
        and any(f" {v} " in key for v in PHOTO_VERBS)


def _split_run_on(line: str) -> list[str] | None:
    """A line of several headlines run together ("... 2026 MTTQ phường ... toàn dân Đảng ủy
    ..."), split where a capitalised word follows two lower-case words; None when not one.
    Each piece must read as a headline: not cut after a word the sentence goes on from, and
    a line that reads as one caption is never cut."""
    if len(line) < 150 or _ends_sentence(line) or ". " in line or _reads_as_caption(line):
        return None
    words = line.split()
    cuts = []
    quotes = [w.count('"') for w in words]  # straight quotes open and close alike: count them
    for i in range(2, len(words)):
        w, p1, p2 = words[i], words[i - 1], words[i - 2]
        opening = p1.endswith('"') and sum(quotes[:i]) % 2 == 1  # 'mô hình "' opens, 'mẫu"' closes
        if not _UPPER_START.match(w) or opening or p1.endswith((":", ",", "-", "–", "(", "“")):
            continue
        lower = all(not _UPPER_START.match(p) for p in (p1, p2))
        if lower and p1.lower() not in _NAME_INTRO and p1.lower() not in _GOES_ON \
                and not p1.endswith(","):
            if p2.lower() == p1.lower():
                continue
            cuts.append(i)
    pieces, last = [], 0
    for c in cuts + [len(words)]:
        piece = " ".join(words[last:c])
        if len(piece) < 30 or len(words[last:c]) < 6:  # a headline: 6+ words
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
    lines, blank_after, boxed = _lift_boxes(lines, blank_after)
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
    stubs = boxed + inline + _read_stubs(lines[end:], end)

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
    """The page's non-blank lines without widgets, tags, footers or navigation above the
    article, and for each whether a blank line follows it."""
    lines: list[str] = []
    blank_after: list[bool] = []
    started = False  # labels before the first line of real text are site navigation
    skipping = False  # inside a comment form or site footer, up to the next section label
    tags = False  # inside a tag list headed by "Từ khóa" on its own line
    seen_text = False  # a paragraph of text has been read
    for ln in text.split("\n"):
        ln = _BULLET.sub("", ln.strip())
        if not ln:
            if blank_after:
                blank_after[-1] = True
            continue
        if skipping or tags:
            if _is_section_label(ln):
                skipping = tags = False
            elif tags and (len(ln.split()) > 6 or _ends_sentence(ln)):
                tags = False
            else:
                continue
        if _is_block_label(ln) or _is_footer(ln):
            skipping = seen_text  # above the text, only the line itself goes
            continue
        if len(ln) <= 40 and _label_key(ln) in TAG_LABELS:
            tags = seen_text  # a tag list follows; above the text, only the label goes
            continue
        if _is_noise(ln) or _is_script_artefact(ln) or _is_tag_line(ln) or _is_breadcrumb(ln) \
                or (seen_text and _is_contact(ln)) \
                or (not started and (_is_section_label(ln) or _is_site_name(ln))):
            continue
        started = started or len(ln.split()) >= 4 or _parse_stamp(ln) is not None
        seen_text = seen_text or (len(ln) >= 80 and _ends_sentence(ln))
        lines.append(ln)
        blank_after.append(False)
    return lines, blank_after


def _is_paragraph(line: str) -> bool:
    return len(line) >= 80 and _ends_sentence(line) and _parse_stamp(line) is None


def _lift_boxes(lines: list[str], blank_after: list[bool]):
    """Take out the related-link boxes set inside an article ("Đọc thêm" / a few titles, then
    the article goes on): (lines, blank_after, stubs). A box is a section label after some
    text, 1-4 bare titles, then two paragraphs in a row; a list of stubs with summaries never
    has two paragraphs in a row. Under an inline-box label ("Đọc thêm", "Tin liên quan") the
    titles end at a blank line (when the label itself has none under it), and it is enough
    that the body resumes: a paragraph or caption first, then two body lines in a row before
    the next section label."""
    stubs: list[_Stub] = []
    out, out_blank = [], []
    text_seen = False
    i, n = 0, len(lines)
    while i < n:
        ln = lines[i]
        if text_seen and _is_section_label(ln):
            inline = _is_inline_box_label(ln)
            k, closed = 0, False
            while k < 4 and i + 1 + k < n and _is_box_title(lines[i + 1 + k]):
                k += 1
                if inline and blank_after[i + k] and not blank_after[i]:
                    closed = True  # a blank line closes the box
                    break
            after = lines[i + 1 + k:i + 3 + k]
            if k and ((len(after) == 2 and all(_is_paragraph(x) for x in after))
                      or (inline and _body_resumes(lines, i + 1 + k, closed))):
                stubs.extend(_Stub(title=t, pos=len(out)) for t in lines[i + 1:i + 1 + k])
                i += 1 + k
                continue
        text_seen = text_seen or _is_paragraph(ln)
        out.append(ln)
        out_blank.append(blank_after[i])
        i += 1
    return out, out_blank, stubs


def _is_box_title(line: str) -> bool:
    return 3 <= len(line.split()) and len(line) <= 200 and not _ends_sentence(line) \
        and not _is_label(line) and _parse_stamp(line) is None and not _is_name(line) \
        and not PHOTO_CREDIT_TAIL.search(line) and not PHOTO_MARK.search(line)


def _is_body_line(line: str) -> bool:
    return _is_paragraph(line) or _is_caption_line(line)


def _body_resumes(lines: list[str], j: int, heading: bool = False) -> bool:
    """Whether the article goes on at lines[j]: a paragraph or a caption (after a sub-heading,
    with `heading`, when a blank line closed the box), and two body lines (paragraphs,
    captions) in a row before the next section label. A list of stubs with summaries
    alternates titles and summaries, so never has two in a row."""
    if heading and j + 1 < len(lines) and not _is_body_line(lines[j]) \
            and not _is_section_label(lines[j]) and _parse_stamp(lines[j]) is None:
        j += 1
    if j >= len(lines) or not _is_body_line(lines[j]):
        return False
    for a in range(j, len(lines) - 1):
        if _is_section_label(lines[a]):
            return False
        if _is_body_line(lines[a]) and _is_body_line(lines[a + 1]):
            return True
    return False


def _is_masthead(lines: list[str], h: int) -> bool:
    """Whether the stamp at lines[h] is the site's "today" above its menu, not the article's
    time: a date with no clock time and no publication label ("Thứ Tư, ngày 05/11/2025"), no
    headline above it, and under it two or more menu lines, or the headline with a stamp of its
    own just under it (after any menu lines), on a line of its own ("Ngày đăng: ...") or on the
    headline's ("<headline> 09:10 01/03/2025")."""
    st = _parse_stamp(lines[h])
    if st is None or st.iso is None or "T" in st.iso or _is_publish_stamp(lines[h]):
        return False
    if any(len(b.split()) >= 6 and _is_headline(b) for b in lines[:h]):
        return False
    k = h + 1
    while k < len(lines) and _is_menu_item(lines[k]):
        k += 1
    menu = k - (h + 1)
    later = any(_parse_stamp(b) is not None for b in lines[k + 1:k + 3]) \
        or (k < len(lines) and _split_trailing_stamp(lines[k])[1] is not None
            and _is_headline(_split_trailing_stamp(lines[k])[0]))
    return menu >= 2 or later


def _read_header(lines: list[str], blank_after: list[bool]):
    """(title, stamp, bylines, lines that open the body (a sapo), index where the body starts)."""
    # a site's date above its menu is not the article's ("Thứ Năm, 18/12/2025 / Giới thiệu / ...")
    mast = {k for k in range(min(len(lines), 4)) if _is_masthead(lines, k)}
    # short menu lines on top ("Giới thiệu", "Tin tức", "Văn bản") do not use up the window
    menu = next((k for k, b in enumerate(lines) if k not in mast and (
                 len(b.split()) >= 6 or _is_name(b) or _parse_stamp(b) is not None)), 0)
    for h, ln in enumerate(lines[:menu + 6]):
        if _is_section_label(ln) or len(ln) > 400:
            break
        st = _parse_stamp(ln) if h not in mast else None
        if st is None:
            head = _stamped_headline(lines, h, mast)
            if head is not None:
                return head
            continue
        bylines = [_byline(st.rest)] if st.rest else []
        title, sapo = None, []
        body_start = h + 1
        # the headline: the first line of 4+ words; names and short lines above it are
        # breadcrumbs ("Hà Nội", "Thời sự"), names below it bylines
        def wordy(b: str) -> bool:
            return not _is_name(b) and len(b.split()) >= 4

        # ... and only names, bylines or a sapo stand between it and the time (not menu items);
        # of several, the headline nearest the time ("Pháp luật / An ninh trật tự / <headline>")
        ts = [k for k, b in enumerate(lines[:h]) if k not in mast and wordy(b) and all(
            wordy(x) or _is_name(x) or _is_caps_name(x) for x in lines[k + 1:h])]
        heads = [k for k in ts if _is_headline(lines[k]) and not _is_menu_item(lines[k])
                 and not _is_caps_name(lines[k])]
        # (a sapo with no full stop is longer than a headline: "<headline> / <sapo> / time")
        short = [k for k in heads if len(lines[k]) <= 160]
        t = (short or heads)[-1] if heads else (ts[0] if ts else None)
        for k, b in enumerate(lines[:h]):
            if t is not None and k <= t:
                continue
            if _is_name(b) or _is_caps_name(b):
                if _byline(b) not in bylines:
                    bylines.append(_byline(b))
            else:
                sapo.append(b)
        if t is not None:
            title = lines[t]
            if _headline_stamp(title):  # its own date too: "<headline> (15/08/2025) / time"
                title = _headline_stamp(title)[0]
        elif _title_below(lines, h + 1):  # "breadcrumb / time / title / sapo"
            title = lines[h + 1]
            body_start = h + 2
            sapo, bylines = [], bylines[:1] if st.rest else []  # all above were breadcrumbs
            # ... but for a byline in capitals just above the time ("Thời sự / NGUYỄN HIỀN / time")
            if not bylines and h and _is_caps_name(lines[h - 1]) \
                    and not _is_menu_item(lines[h - 1].title()):
                bylines = [_byline(lines[h - 1])]
        else:
            title = next((b for b in lines[:h] if not _is_name(b)), None)
        # a byline printed on its own line just after the stamp
        if body_start + 1 < len(lines) and (_is_name(lines[body_start])
                                             or _is_caps_name(lines[body_start])):
            if not bylines:
                bylines.append(_byline(lines[body_start]))
            body_start += 1
        return title, st, bylines, sapo, body_start
    if not lines:
        return None, None, [], [], 0
    # no timestamp: the headline is the first line, after any breadcrumbs of 1-3 words (and
    # after a site's date and its menu: then the line under the menu is the headline when a
    # paragraph follows it)
    s0 = 0
    if mast:
        s0 = max(mast) + 1
        while s0 < len(lines) - 1 and _is_menu_item(lines[s0]):
            s0 += 1
    f = next((k for k, b in enumerate(lines[s0:s0 + 4], s0) if len(b.split()) >= 4 or _is_name(b)),
             s0)
    # a column's name over the headline ("Sức sống cơ sở / <headline> / <paragraph>"): a short
    # line, then a longer headline-shaped line over a paragraph
    if f + 2 < len(lines) and _is_headline(lines[f]) and len(lines[f]) <= 40 \
            and _is_headline(lines[f + 1]) and len(lines[f + 1].split()) >= 6 \
            and len(lines[f + 1]) > len(lines[f]) + 10 and _is_paragraph(lines[f + 2]) \
            and not _describes_photo(lines[f + 1]) and not _is_caption_line(lines[f + 1]) \
            and not any(c.isdigit() for c in lines[f]):
        f += 1
    first = lines[f]
    if _is_headline(first) and len(lines) > f + 1:
        shown_again = any(fold_key(PHOTO_MARK.sub("", ln)) == fold_key(first)
                          for ln in lines[f + 1:])
        under_menu = bool(mast) and f == s0 and _is_paragraph(lines[f + 1])
        # a page printed with no blank lines at all: the first line over a paragraph, unless it
        # is a photo's caption (pages open with a photo too)
        unspaced = not any(blank_after[:-1]) and _is_paragraph(lines[f + 1]) \
            and not _describes_photo(first) and not _is_caption_line(first)
        if blank_after[f] or (shown_again and len(first.split()) >= 6) \
                or ((under_menu or unspaced) and len(first.split()) >= 4):
            return first, None, [], [], f + 1
    return None, None, [], [], s0


def _stamped_headline(lines: list[str], h: int, mast: set[int]):
    """The header when the headline carries its own stamp ("<headline> 08/08/2025 18:13",
    "<headline> - 08:30 15/08/2025", "<headline> (15/08/2025)"): the first headline of the
    page, not one of a list of dated titles; a bare date after a space ("... ngày 15/08/2025")
    is part of the words unless a clock time goes with it. (title, stamp, bylines, sapo, body
    start) or None."""
    found = _headline_stamp(lines[h])
    if found is None:
        return None
    title, st = found
    if any(k not in mast and len(b.split()) >= 6 and _is_headline(b)
           for k, b in enumerate(lines[:h])):
        return None  # a headline above: this is not the page's first
    nxt = lines[h + 1] if h + 1 < len(lines) else None
    if nxt is None or _split_trailing_stamp(nxt)[1] is not None \
            or any(_parse_stamp(b) is not None for b in lines[h + 1:h + 4]):
        return None  # a list of dated titles, or a stamp line of its own under it
    bylines, body_start = [], h + 1
    if body_start + 1 < len(lines) and (_is_name(lines[body_start])
                                         or _is_caps_name(lines[body_start])):
        bylines.append(_byline(lines[body_start]))
        body_start += 1
    return title, st, bylines, [], body_start


def _headline_stamp(line: str):
    """(headline, stamp) of a headline printed with its stamp, or None; a bare date after a
    space ("... sáng 30/04/2025") is part of the words unless a clock time goes with it."""
    title, st = _split_trailing_stamp(line)
    if st is None or st.iso is None or not _is_headline(title) or len(title.split()) < 4 \
            or _describes_photo(title) or _is_caption_line(title):
        return None
    m = _TRAILING_STAMP.search(line)
    if m and line[:m.start()].rstrip(" -–—|") == title and m.group(4) and "T" not in st.iso:
        return None
    return title, st


def _title_below(lines: list[str], i: int) -> bool:
    """Whether lines[i], just under the timestamp, is the headline: headline-like, 4+ words,
    and text follows it."""
    return i + 1 < len(lines) and _is_headline(lines[i]) and len(lines[i].split()) >= 4 \
        and not lines[i].endswith((":", ";", "…")) and len(lines[i]) <= 200


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
    if n >= 2 and ((_is_name(region[-1]) and len(region[-1]) < 40)
                   or _is_caps_signature(region[-1])):
        signature = _byline(region[-1])
        n -= 1
    staff = None  # "PV" alone on a line under the sapo
    i = 0
    while i < n:
        ln = region[i]
        if i and _is_staff_byline(ln):
            staff = staff or _byline(ln)
            i += 1
            continue
        if paragraphs and fold_key(ln) == fold_key(paragraphs[-1]) and _is_long_paragraph(ln):
            i += 1  # a paragraph printed twice (the sapo above and below the byline)
            continue
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
        if tkey and (fold_key(ln) == tkey or fold_key(TITLE_PHOTO_NUMBER.sub("", ln)) == tkey):
            # the headline shown again above a photo, maybe numbered ("<headline> - 2")
            nxt = region[i + 1] if i + 1 < n and paragraphs else None  # not the title twice on top
            if nxt and len(nxt) < 300 and fold_key(nxt) != tkey and not PHOTO_MARK.search(nxt):
                captions.append(nxt)
                i += 2
            else:
                i += 1
            continue
        if i + 1 < n and fold_key(region[i + 1]) == fold_key(ln) and len(ln) < 300 \
                and not _is_long_paragraph(ln):
            captions.append(ln)  # a photo's alt text and caption, the same words twice
            i += 2
            continue
        if len(ln) < 300 and (PHOTO_CREDIT_TAIL.search(ln) or PHOTO_CREDIT_HEAD.match(ln)):
            cap = PHOTO_CREDIT_HEAD.sub("", ln)
            if not _is_name(cap):  # a bare credit "Ảnh: Minh Đức" is neither text nor caption
                captions.append(cap)
            i += 1
            continue
        link = _inline_link(ln)
        if link:
            inline.append(_Stub(title=link, pos=offset + i))
            i += 1
            continue
        if (_describes_photo(ln) or (i and _describes_photo(ln, sentence=True))) \
                and _between_paragraphs(region, i, n, captions):
            captions.append(ln)  # a caption with no photo mark
            i += 1
            continue
        parts = _split_run_on(ln) if paragraphs else None
        if parts:
            inline.extend(_Stub(title=p, pos=offset + i) for p in parts)
            i += 1
            continue
        paragraphs.append(ln)
        i += 1
    return {"paragraphs": paragraphs, "captions": captions,
            "signature": signature or staff}, inline


def _is_long_paragraph(line: str) -> bool:
    """A paragraph too long for a photo's caption: printed twice in a row, it is kept once."""
    return _is_paragraph(line) and len(line) >= 200


def _is_staff_byline(line: str) -> bool:
    """"PV", "Nhóm PV" (reporter, reporters) alone on a line: a byline, never text."""
    return len(line) <= 20 and _byline(line).lower() in BYLINE_STAFF


def _is_caps_signature(line: str) -> bool:
    """A closing signature in capitals ("THANH DUNG", "NGỌC ANH"), on the last line of the
    body: not a label, a menu entry or a heading ("TIN NÓNG")."""
    return _is_caps_name(line) and not _is_label(line) and not _is_menu_item(line.title()) \
        and not fold_key(line).startswith(CAPS_HEADING_WORDS)


def _between_paragraphs(region: list[str], i: int, n: int, captions: list[str]) -> bool:
    """Whether region[i] stands between body text: a paragraph (or a caption) above it, or
    nothing (the page opens with a caption), and a paragraph or a caption below it."""
    def body(x: str) -> bool:
        return _is_paragraph(x) or _is_caption_line(x) or _describes_photo(x, sentence=True)

    above = i == 0 or body(region[i - 1]) or region[i - 1] in captions
    return above and i + 1 < n and body(region[i + 1])


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
