"""The page's lines without its chrome: widgets, tags, footers and the navigation above the
article are dropped, and each kept line knows whether a blank line follows it."""

from __future__ import annotations

from .kinds import (
    is_block_label,
    is_breadcrumb,
    is_chrome_row,
    is_contact,
    is_footer,
    is_noise,
    is_script_artefact,
    is_section_label,
    is_site_name,
    is_tag_line,
    label_key,
)
from .shapes import ends_sentence
from .stamps import line_stamp
from .vocab import BULLET, TAG_LABELS


def page_lines(text: str) -> tuple[list[str], list[bool]]:
    """The page's non-blank lines without widgets, tags, footers or navigation above the
    article, and for each whether a blank line follows it."""
    lines: list[str] = []
    blank_after: list[bool] = []
    started = False  # labels before the first line of real text are site navigation
    skipping = False  # inside a comment form or site footer, up to the next section label
    tags = False  # inside a tag list headed by "Từ khóa" on its own line
    seen_text = False  # a paragraph of text has been read
    for ln in text.split("\n"):
        ln = BULLET.sub("", ln.strip())
        if not ln:
            if blank_after:
                blank_after[-1] = True
            continue
        if skipping or tags:
            if is_section_label(ln):
                skipping = tags = False
            elif tags and (len(ln.split()) > 6 or ends_sentence(ln)):
                tags = False
            else:
                continue
        if is_block_label(ln) or is_footer(ln):
            skipping = seen_text  # above the text, only the line itself goes
            continue
        if len(ln) <= 40 and label_key(ln) in TAG_LABELS:
            tags = seen_text  # a tag list follows; above the text, only the label goes
            continue
        if is_noise(ln) or is_script_artefact(ln) or is_tag_line(ln) or is_breadcrumb(ln) \
                or (seen_text and is_contact(ln)) or (not seen_text and is_chrome_row(ln)) \
                or (not started and (is_section_label(ln) or is_site_name(ln))):
            continue
        started = started or len(ln.split()) >= 4 or line_stamp(ln) is not None
        seen_text = seen_text or (len(ln) >= 80 and ends_sentence(ln))
        lines.append(ln)
        blank_after.append(False)
    return lines, blank_after
