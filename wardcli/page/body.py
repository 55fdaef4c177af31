"""The article's body: paragraphs, captions (with or without a photo mark), the closing
signature, and the related links inside the text."""

from __future__ import annotations

from ..text import fold_key
from .kinds import (
    describes_photo,
    has_photo_mark,
    inline_link,
    is_caption_line,
    is_label,
    is_menu_item,
    is_paragraph,
)
from .names import clean_byline, is_caps_name, is_name
from .runon import split_run_on
from .stubs import Stub
from .vocab import (
    BYLINE_STAFF,
    CAPS_HEADING_WORDS,
    PHOTO_CREDIT_HEAD,
    PHOTO_CREDIT_TAIL,
    PHOTO_MARK,
    TITLE_PHOTO_NUMBER,
)


def read_body(region: list[str], offset: int, title: str | None):
    """Paragraphs, captions, closing signature, and inline related links of the body."""
    tkey = fold_key(title) if title else None
    paragraphs: list[str] = []
    captions: list[str] = []
    inline: list[Stub] = []
    signature = None
    n = len(region)
    if n >= 2 and ((is_name(region[-1]) and len(region[-1]) < 40)
                   or _is_caps_signature(region[-1])):
        signature = clean_byline(region[-1])
        n -= 1
    staff = None  # "PV" alone on a line under the sapo
    i = 0
    while i < n:
        ln = region[i]
        if i and _is_staff_byline(ln):
            staff = staff or clean_byline(ln)
            i += 1
            continue
        if paragraphs and fold_key(ln) == fold_key(paragraphs[-1]) and _is_long_paragraph(ln):
            i += 1  # a paragraph printed twice (the sapo above and below the byline)
            continue
        if has_photo_mark(ln):
            alt = PHOTO_MARK.sub("", ln).strip()
            nxt = region[i + 1] if i + 1 < n else None
            if tkey and fold_key(alt) == tkey or not alt:
                if nxt and len(nxt) < 300 and not has_photo_mark(nxt):
                    captions.append(nxt)
                    i += 2
                    continue
            else:
                captions.append(alt)
                if nxt and fold_key(nxt) == fold_key(alt):
                    i += 1
            i += 1
            continue
        if tkey and (fold_key(ln) == tkey or fold_key(_strip_photo_number(ln)) == tkey):
            # the headline shown again above a photo, maybe numbered ("<headline> - 2")
            nxt = region[i + 1] if i + 1 < n and paragraphs else None  # not the title twice on top
            if nxt and len(nxt) < 300 and fold_key(nxt) != tkey and not has_photo_mark(nxt):
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
            if not is_name(cap):  # a bare credit "Ảnh: Minh Đức" is neither text nor caption
                captions.append(cap)
            i += 1
            continue
        link = inline_link(ln)
        if link:
            inline.append(Stub(title=link, pos=offset + i))
            i += 1
            continue
        if (describes_photo(ln) or (i and describes_photo(ln, sentence=True))) \
                and _between_paragraphs(region, i, n, captions):
            captions.append(ln)  # a caption with no photo mark
            i += 1
            continue
        parts = split_run_on(ln) if paragraphs else None
        if parts:
            inline.extend(Stub(title=p, pos=offset + i) for p in parts)
            i += 1
            continue
        paragraphs.append(ln)
        i += 1
    return {"paragraphs": paragraphs, "captions": captions,
            "signature": signature or staff}, inline


def _strip_photo_number(line: str) -> str:
    """The line without a photo's number after a dash ("<headline> - 2"); the pattern is only
    tried on a line that ends in a digit."""
    return TITLE_PHOTO_NUMBER.sub("", line) if line.rstrip()[-1:].isdecimal() else line


def _is_long_paragraph(line: str) -> bool:
    """A paragraph too long for a photo's caption: printed twice in a row, it is kept once."""
    return is_paragraph(line) and len(line) >= 200


def _is_staff_byline(line: str) -> bool:
    """"PV", "Nhóm PV" (reporter, reporters) alone on a line: a byline, never text."""
    return len(line) <= 20 and clean_byline(line).lower() in BYLINE_STAFF


def _is_caps_signature(line: str) -> bool:
    """A closing signature in capitals ("THANH DUNG", "NGỌC ANH"), on the last line of the
    body: not a label, a menu entry or a heading ("TIN NÓNG")."""
    return is_caps_name(line) and not is_label(line) and not is_menu_item(line.title()) \
        and not fold_key(line).startswith(CAPS_HEADING_WORDS)


def _between_paragraphs(region: list[str], i: int, n: int, captions: list[str]) -> bool:
    """Whether region[i] stands between body text: a paragraph (or a caption) above it, or
    nothing (the page opens with a caption), and a paragraph or a caption below it."""
    def body(x: str) -> bool:
        return is_paragraph(x) or is_caption_line(x) or describes_photo(x, sentence=True)

    above = i == 0 or body(region[i - 1]) or region[i - 1] in captions
    return above and i + 1 < n and body(region[i + 1])
