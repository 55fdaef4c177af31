"""Page text -> the main article, its captions, and the related-article stubs (teasers).

Pure: `parse_page(text, source)` takes text already passed through `text.normalise` and
returns a `Page`. Nothing here reads files or prints.

The package, bottom up: `vocab` (word tables), `shapes` (how a line ends), `names` (bylines),
`stamps` (timestamps on a line), `kinds` (line kinds), `chrome` (the lines kept), `stubs`
(related lists and teasers), `boxes` (related boxes inside the body), `runon` (headlines run
together), `header`, `body`; `parse_page` here puts them together.

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
  niệm", "<office> <name> phát biểu chỉ đạo", "Quang cảnh hội nghị"; tables in `vocab.py`).
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

from dataclasses import dataclass, field

from ..dates import lead_date
from ..model import Doc, doc_id, make_id
from .body import read_body
from .boxes import lift_boxes
from .chrome import page_lines
from .header import is_headline, read_header, repeated_headline
from .kinds import is_paragraph, is_section_label, strip_outlet
from .shapes import ends_sentence
from .stamps import is_publish_stamp, line_stamp
from .stubs import read_stubs, stub_run_start, teaser_docs


@dataclass
class Page:
    article: Doc | None
    teasers: list[Doc] = field(default_factory=list)
    page: str = ""


def _sidebar_end(lines: list[str]) -> int:
    """Where the article starts on a page that opens with a sidebar of stub lists ("Tin nổi
    bật / titles / Đọc nhiều / titles / <section> / <headline> / time / paragraphs"): a section
    label comes before the first paragraph, and under the last such label a header is read.
    Above the first label stand bare titles only. The sidebar ends at that header's headline
    or time; 0 when the page has no such sidebar."""
    para = next((i for i, ln in enumerate(lines) if is_paragraph(ln)), None)
    labels = [i for i in range(para or 0) if is_section_label(lines[i])]
    if not labels or any(line_stamp(ln) is not None or ends_sentence(ln)
                         for ln in lines[:labels[0]]):
        return 0  # the lines above the first label are a header or text, not a list of titles
    start = labels[-1] + 1
    rest = lines[start:para]
    title, stamp, _, _, _ = read_header(rest + lines[para:para + 1], [False] * (len(rest) + 1))
    if title is None or stamp is None:
        return 0
    at = [k for k, ln in enumerate(rest) if ln == title or line_stamp(ln) == stamp]
    return start + min(at) if at else 0


def parse_page(text: str, source: str) -> Page:
    """Split a normalised page into its article and teaser docs.

    >>> p = parse_page("Phường Định Công ra mắt tổ công nghệ số\\n\\n10:08 | 18/08/2025\\n"
    ...                "Sáng 17/8, phường ra mắt 24 tổ.\\n\\nTin khác\\n"
    ...                "Xã Ô Diên trồng cây\\nXã Ô Diên trồng cây\\n09:00 17/08/2025", "x.txt")
    >>> p.article.published, [t.title for t in p.teasers]
    ('2025-08-18T10:08', ['Xã Ô Diên trồng cây'])
    """
    page_id = make_id("page", text)
    lines, blank_after = page_lines(text)
    if not lines:
        return Page(None, [], page_id)
    lines, blank_after, boxed = lift_boxes(lines, blank_after)
    skip = _sidebar_end(lines)
    if skip:  # a sidebar of stub lists before the article: its stubs are teasers
        boxed = read_stubs(lines[:skip], 0) + boxed
        lines, blank_after = lines[skip:], blank_after[skip:]
    # the article region ends at the first section label
    end = next((i for i, ln in enumerate(lines) if is_section_label(ln)), len(lines))
    title, stamp, bylines, sapo, body_start = read_header(lines[:end], blank_after)
    region = lines[body_start:end]
    run = stub_run_start(region, 1 if region else 0)
    if run is not None:
        end = body_start + run
        region = region[:run]
    region = sapo + region
    body_start -= len(sapo)
    if stamp is None:  # no time on top: one labelled at the article's foot ("Xuất bản: ...")
        foot = next((k for k, ln in enumerate(region) if is_publish_stamp(ln)
                     and line_stamp(ln) is not None and line_stamp(ln).iso), None)
        if foot is not None:
            stamp = line_stamp(region[foot])
            region = region[:foot] + region[foot + 1:]

    if title is None:
        title = repeated_headline(region)
    if title is None and stamp is not None and len(region) > 1 and is_headline(region[0]):
        title, region, body_start = region[0], region[1:], body_start + 1  # "time / title"
    art, inline = read_body(region, body_start, title)
    stubs = boxed + inline + read_stubs(lines[end:], end)

    byline = bylines[0] if bylines else None
    if art["signature"] and not byline:
        byline = art["signature"]
    article = None
    paragraphs = art["paragraphs"]
    if title or paragraphs:
        lead = strip_outlet(paragraphs[0]) if paragraphs else None
        if lead is not None:
            paragraphs = paragraphs[1:]
        body = "\n\n".join(([lead] if lead else []) + paragraphs)
        if stamp is None and lead:  # "Ngày 8/12, ...": the lead's day, the page's year
            stamp = lead_date(lead, [s.stamp.iso for s in stubs if s.stamp and s.stamp.iso])
        published = stamp.iso if stamp else None
        article = Doc(
            id=doc_id("article", title, published, byline, body, art["captions"]),
            kind="article", source=source, title=title, published=published,
            published_raw=stamp.raw if stamp else None, byline=byline, lead=lead,
            paragraphs=paragraphs, captions=art["captions"], text=body, page=page_id,
        )
    return Page(article, teaser_docs(stubs, source, page_id), page_id)
