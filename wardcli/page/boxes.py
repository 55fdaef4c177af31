"""Related-link boxes set inside an article ("Đọc thêm" / a few titles, then the article goes
on): lifted out as stubs so they do not end the article."""

from __future__ import annotations

from .kinds import (
    has_photo_mark,
    is_caption_line,
    is_inline_box_label,
    is_label,
    is_paragraph,
    is_section_label,
)
from .names import is_name
from .shapes import ends_sentence
from .stamps import line_stamp
from .stubs import Stub
from .vocab import PHOTO_CREDIT_TAIL


def lift_boxes(lines: list[str], blank_after: list[bool]):
    """Take out the related-link boxes set inside an article ("Đọc thêm" / a few titles, then
    the article goes on): (lines, blank_after, stubs). A box is a section label after some
    text, 1-4 bare titles, then two paragraphs in a row; a list of stubs with summaries never
    has two paragraphs in a row. Under an inline-box label ("Đọc thêm", "Tin liên quan") the
    titles end at a blank line (when the label itself has none under it), and it is enough
    that the body resumes: a paragraph or caption first, then two body lines in a row before
    the next section label."""
    stubs: list[Stub] = []
    out, out_blank = [], []
    text_seen = False
    i, n = 0, len(lines)
    while i < n:
        ln = lines[i]
        if text_seen and is_section_label(ln):
            inline = is_inline_box_label(ln)
            k, closed = 0, False
            while k < 4 and i + 1 + k < n and _is_box_title(lines[i + 1 + k]):
                k += 1
                if inline and blank_after[i + k] and not blank_after[i]:
                    closed = True  # a blank line closes the box
                    break
            after = lines[i + 1 + k:i + 3 + k]
            if k and ((len(after) == 2 and all(is_paragraph(x) for x in after))
                      or (inline and _body_resumes(lines, i + 1 + k, closed))):
                stubs.extend(Stub(title=t, pos=len(out)) for t in lines[i + 1:i + 1 + k])
                i += 1 + k
                continue
        text_seen = text_seen or is_paragraph(ln)
        out.append(ln)
        out_blank.append(blank_after[i])
        i += 1
    return out, out_blank, stubs


def _is_box_title(line: str) -> bool:
    return 3 <= len(line.split()) and len(line) <= 200 and not ends_sentence(line) \
        and not is_label(line) and line_stamp(line) is None and not is_name(line) \
        and not PHOTO_CREDIT_TAIL.search(line) and not has_photo_mark(line)


def _is_body_line(line: str) -> bool:
    return is_paragraph(line) or is_caption_line(line)


def _body_resumes(lines: list[str], j: int, heading: bool = False) -> bool:
    """Whether the article goes on at lines[j]: a paragraph or a caption (after a sub-heading,
    with `heading`, when a blank line closed the box), and two body lines (paragraphs,
    captions) in a row before the next section label. A list of stubs with summaries
    alternates titles and summaries, so never has two in a row."""
    if heading and j + 1 < len(lines) and not _is_body_line(lines[j]) \
            and not is_section_label(lines[j]) and line_stamp(lines[j]) is None:
        j += 1
    if j >= len(lines) or not _is_body_line(lines[j]):
        return False
    for a in range(j, len(lines) - 1):
        if is_section_label(lines[a]):
            return False
        if _is_body_line(lines[a]) and _is_body_line(lines[a + 1]):
            return True
    return False
