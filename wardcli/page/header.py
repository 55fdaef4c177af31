"""The article's header: title, timestamp, bylines and a sapo, in the orders sites print them,
and the site's own date over its menu told apart from the article's time."""

from __future__ import annotations

from ..text import fold_key
from .kinds import (
    describes_photo,
    has_photo_mark,
    is_caption_line,
    is_label,
    is_menu_item,
    is_paragraph,
    is_section_label,
    strip_photo_mark,
)
from .names import clean_byline, credit_names, is_caps_name, is_name
from .shapes import SENTENCE_BREAK, ends_sentence
from .stamps import TRAILING_STAMP, is_publish_stamp, line_stamp, split_trailing_stamp
from .vocab import PHOTO_MARK


def _is_masthead(lines: list[str], h: int) -> bool:
    """Whether the stamp at lines[h] is the site's "today" above its menu, not the article's
    time: a date with no clock time and no publication label ("Thứ Tư, ngày 05/11/2025"), no
    headline above it, and under it two or more menu lines, or the headline with a stamp of its
    own just under it (after any menu lines), on a line of its own ("Ngày đăng: ...") or on the
    headline's ("<headline> 09:10 01/03/2025")."""
    st = line_stamp(lines[h])
    if st is None or st.iso is None or "T" in st.iso or is_publish_stamp(lines[h]):
        return False
    if any(len(b.split()) >= 6 and is_headline(b) for b in lines[:h]):
        return False
    k = h + 1
    while k < len(lines) and is_menu_item(lines[k]):
        k += 1
    menu = k - (h + 1)
    later = any(line_stamp(b) is not None for b in lines[k + 1:k + 3]) \
        or (k < len(lines) and split_trailing_stamp(lines[k])[1] is not None
            and is_headline(split_trailing_stamp(lines[k])[0]))
    return menu >= 2 or later


def read_header(lines: list[str], blank_after: list[bool]):
    """(title, stamp, bylines, lines that open the body (a sapo), index where the body starts)."""
    # a site's date above its menu is not the article's ("Thứ Năm, 18/12/2025 / Giới thiệu / ...")
    mast = {k for k in range(min(len(lines), 4)) if _is_masthead(lines, k)}
    # short menu lines on top ("Giới thiệu", "Tin tức", "Văn bản") do not use up the window
    menu = next((k for k, b in enumerate(lines) if k not in mast and (
                 len(b.split()) >= 6 or is_name(b) or line_stamp(b) is not None)), 0)
    for h, ln in enumerate(lines[:menu + 6]):
        if is_section_label(ln) or len(ln) > 400:
            break
        st = line_stamp(ln) if h not in mast else None
        if st is not None and sum(map(is_paragraph, lines[:h])) >= 2:
            break  # a stamp under two paragraphs is the article's foot ("... / Xuất bản: ...")
        if st is None:
            head = _stamped_headline(lines, h, mast)
            if head is not None:
                return head
            continue
        bylines = [clean_byline(st.rest)] if st.rest else []
        title, sapo = None, []
        body_start = h + 1
        # the headline: the first line of 4+ words; names and short lines above it are
        # breadcrumbs ("Hà Nội", "Thời sự"), names below it bylines
        def wordy(b: str) -> bool:
            return not is_name(b) and len(b.split()) >= 4

        # ... and only names, bylines or a sapo stand between it and the time (not menu items);
        # of several, the headline nearest the time ("Pháp luật / An ninh trật tự / <headline>")
        ts = [k for k, b in enumerate(lines[:h]) if k not in mast and wordy(b) and all(
            wordy(x) or is_name(x) or is_caps_name(x) for x in lines[k + 1:h])]
        heads = [k for k in ts if is_headline(lines[k]) and not is_menu_item(lines[k])
                 and not is_caps_name(lines[k]) and not credit_names(lines[k])]
        # (a sapo with no full stop is longer than a headline: "<headline> / <sapo> / time")
        short = [k for k in heads if len(lines[k]) <= 160]
        t = (short or heads)[-1] if heads else (ts[0] if ts else None)
        # lines in capitals above the time ("THÔNG CÁO BÁO CHÍ / UBND XÃ X / Hà Nội, ngày ...")
        # are a document's heading and sender when the headline stands under the time
        full_stop = not heads and bool(ts) and all(lines[k].isupper() for k in ts)
        if full_stop and _title_below(lines, h + 1, full_stop=True):
            t = None
        for k, b in enumerate(lines[:h]):
            if t is not None and k <= t:
                continue
            if is_name(b) or is_caps_name(b):
                if clean_byline(b) not in bylines:
                    bylines.append(clean_byline(b))
            else:
                sapo.append(b)
        if t is not None:
            title = lines[t]
            if _headline_stamp(title):  # its own date too: "<headline> (15/08/2025) / time"
                title = _headline_stamp(title)[0]
        elif _title_below(lines, h + 1, full_stop):  # "breadcrumb / time / title / sapo"
            title = lines[h + 1]
            body_start = h + 2
            sapo, bylines = [], bylines[:1] if st.rest else []  # all above were breadcrumbs
            # ... but for a byline in capitals just above the time ("Thời sự / NGUYỄN HIỀN / time")
            if not bylines and h and is_caps_name(lines[h - 1]) \
                    and not is_menu_item(lines[h - 1].title()):
                bylines = [clean_byline(lines[h - 1])]
        else:
            title = next((b for b in lines[:h] if not is_name(b)), None)
        # a byline printed on its own line just after the stamp
        if body_start + 1 < len(lines) and (is_name(lines[body_start])
                                             or is_caps_name(lines[body_start])):
            if not bylines:
                bylines.append(clean_byline(lines[body_start]))
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
        while s0 < len(lines) - 1 and is_menu_item(lines[s0]):
            s0 += 1
    f = next((k for k, b in enumerate(lines[s0:s0 + 4], s0) if len(b.split()) >= 4 or is_name(b)),
             s0)
    # a column's name over the headline ("Sức sống cơ sở / <headline> / <paragraph>"): a short
    # line, then a longer headline-shaped line over a paragraph
    if f + 2 < len(lines) and is_headline(lines[f]) and len(lines[f]) <= 40 \
            and is_headline(lines[f + 1]) and len(lines[f + 1].split()) >= 6 \
            and len(lines[f + 1]) > len(lines[f]) + 10 and is_paragraph(lines[f + 2]) \
            and not describes_photo(lines[f + 1]) and not is_caption_line(lines[f + 1]) \
            and not credit_names(lines[f + 1]) \
            and not any(c.isdigit() for c in lines[f]):
        f += 1
    first = lines[f]
    # an e-magazine's credit line under the headline ("Nội dung: X | Ảnh: Y") is its byline
    credits = credit_names(lines[f + 1]) if f + 1 < len(lines) else []
    nxt = f + 2 if credits else f + 1
    if is_headline(first) and len(lines) > nxt:
        shown_again = any(fold_key(strip_photo_mark(ln)) == fold_key(first)
                          for ln in lines[f + 1:])
        under_menu = bool(mast) and f == s0 and is_paragraph(lines[nxt])
        # a page printed with no blank lines at all: the first line over a paragraph, unless it
        # is a photo's caption (pages open with a photo too)
        unspaced = not any(blank_after[:-1]) and is_paragraph(lines[nxt]) \
            and not describes_photo(first) and not is_caption_line(first)
        if blank_after[f] or (shown_again and len(first.split()) >= 6) \
                or ((under_menu or unspaced) and len(first.split()) >= 4):
            return first, None, credits[:1], [], nxt
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
    if any(k not in mast and len(b.split()) >= 6 and is_headline(b)
           for k, b in enumerate(lines[:h])):
        return None  # a headline above: this is not the page's first
    nxt = lines[h + 1] if h + 1 < len(lines) else None
    if nxt is None or split_trailing_stamp(nxt)[1] is not None \
            or any(line_stamp(b) is not None for b in lines[h + 1:h + 4]):
        return None  # a list of dated titles, or a stamp line of its own under it
    bylines, body_start = [], h + 1
    if body_start + 1 < len(lines) and (is_name(lines[body_start])
                                         or is_caps_name(lines[body_start])):
        bylines.append(clean_byline(lines[body_start]))
        body_start += 1
    return title, st, bylines, [], body_start


def _headline_stamp(line: str):
    """(headline, stamp) of a headline printed with its stamp, or None; a bare date after a
    space ("... sáng 30/04/2025") is part of the words unless a clock time goes with it."""
    title, st = split_trailing_stamp(line)
    if st is None or st.iso is None or not is_headline(title) or len(title.split()) < 4 \
            or describes_photo(title) or is_caption_line(title):
        return None
    m = TRAILING_STAMP.search(line)
    if m and line[:m.start()].rstrip(" -–—|") == title and m.group(4) and "T" not in st.iso:
        return None
    return title, st


def _title_below(lines: list[str], i: int, full_stop: bool = False) -> bool:
    """Whether lines[i], just under the timestamp, is the headline: headline-like, 4+ words,
    and text follows it. With `full_stop`, a headline closed by a full stop counts too: one
    short sentence over a longer paragraph."""
    if i + 1 >= len(lines):
        return False
    line = lines[i]
    if full_stop and line.endswith(".") and not line.endswith("..") and len(line) <= 160 \
            and not SENTENCE_BREAK.search(line) and is_paragraph(lines[i + 1]) \
            and len(lines[i + 1]) > len(line):
        line = line[:-1]
    return is_headline(line) and len(line.split()) >= 4 \
        and not line.endswith((":", ";", "…")) and len(line) <= 200


def is_headline(line: str) -> bool:
    return len(line) <= 250 and not line.endswith(".") and not is_name(line) \
        and line_stamp(line) is None and not is_label(line)


def repeated_headline(region: list[str]) -> str | None:
    """A headline the page never prints on top but repeats above its photos."""
    marked = [PHOTO_MARK.sub("", ln) for ln in region if has_photo_mark(ln)]
    counts: dict[str, list[int]] = {}
    for i, ln in enumerate(region):
        if len(ln) <= 250 and not ends_sentence(ln):
            counts.setdefault(fold_key(ln), []).append(i)
    for ln in region:
        at = counts.get(fold_key(ln), [])
        apart = all(b - a > 1 for a, b in zip(at, at[1:]))
        if apart and (len(at) >= 3 or (len(at) == 2 and len(ln.split()) >= 6)):
            return ln
    if len(marked) >= 2 and len({fold_key(m) for m in marked}) == 1:
        return marked[0]
    return None
