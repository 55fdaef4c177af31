"""Stubs (teasers): the related-article lists around an article, read as title, time and
summary in the orders sites print them, and turned into teaser docs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import Stamp as _Stamp
from ..model import Doc, doc_id
from ..text import fold_key
from .kinds import (has_photo_mark, inline_link, is_chrome_row, is_label, is_outlet_name,
                    strip_outlet)
from .names import is_name
from .shapes import ends_full_stop, ends_sentence, ends_summary, is_multi_sentence
from .stamps import is_time_line, line_stamp, split_trailing_stamp
from .vocab import OUTLET_PREFIX, PHOTO_CREDIT_TAIL


@dataclass
class Stub:
    title: str
    summary: str = ""
    stamp: _Stamp | None = None
    pos: int = 0  # line index, for page order


def _repeat_len(lines: list[str], i: int) -> int:
    """k when lines[i:i+k] joined with one space equal lines[i+k] (a title shown twice).

    Compared by `fold_key`, which is one line's key joined to the next's: the key of lines
    joined with a space is their keys joined with a space (empty keys left out), so each
    line is folded once, however many starts look at it."""
    for k in range(1, 4):
        if i + k >= len(lines):
            return 0
        last = lines[i + k - 1]  # lines[i:i + k - 1] passed on the rounds before
        if is_label(last) or is_time_line(last) or has_photo_mark(last):
            return 0
        target = fold_key(lines[i + k])
        if target and target == " ".join(key for key in map(fold_key, lines[i:i + k]) if key):
            return k
    return 0


def _looks_like_summary(line: str, title: str, bare_list: bool = False) -> bool:
    """Whether the line under a bare title is its summary rather than the next title. A line
    ending in a closing quote with no full stop before it is a quoted headline; in a list whose
    stubs so far had no summaries (`bare_list`), a line without a final full stop (a question
    included) is a title."""
    if OUTLET_PREFIX.match(line):
        return True
    if not ends_summary(line) or (bare_list and not ends_full_stop(line, "?!")):
        return False
    if len(line) >= max(80, int(len(title) * 1.3)):
        return True
    # a shorter sentence under a title that is not one: "Tên bài / Một câu tóm tắt."
    return not ends_sentence(title) and len(line) >= max(50, int(len(title) * 1.2)) \
        and line.count(" ") >= 8


def _read_stub(lines: list[str], i: int, strong_only: bool = False,
               above: _Stamp | None = None, bare_list: bool = False) -> tuple[Stub | None, int]:
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
    elif i + 1 < n and is_time_line(lines[i + 1]):
        title = lines[i]
        j = i + 1
    elif i + 2 < n and is_outlet_name(lines[i + 1]) and is_time_line(lines[i + 2]) \
            and len(lines[i].split()) >= 4:
        title = lines[i]  # "title / outlet / time": an aggregator names each stub's source
        j = i + 2
        sourced = True
    else:
        title, stamp = split_trailing_stamp(lines[i])
        if strong_only and stamp is None:
            return None, i
        j = i + 1
    if stamp is None and j < n and is_time_line(lines[j]):
        stamp = line_stamp(lines[j])
        time_line = True
        j += 1
    summary = ""
    if j < n and not is_label(lines[j]) and not is_time_line(lines[j]) \
            and not has_photo_mark(lines[j]) and not _repeat_len(lines, j):
        nxt_is_time = j + 1 < n and is_time_line(lines[j + 1])
        if sourced:  # a summary only when it reads as one and opens no stub of its own
            take = _looks_like_summary(lines[j], title, bare_list) and not (
                j + 2 < n and is_outlet_name(lines[j + 1]) and is_time_line(lines[j + 2]))
        elif time_line:
            take = not nxt_is_time
        elif k:
            take = True
        else:
            take = _looks_like_summary(lines[j], title, bare_list)
        if take:
            summary = lines[j]
            j += 1
    if stamp is None and j < n and is_time_line(lines[j]):
        stamp = line_stamp(lines[j])
        j += 1
    return Stub(title=title, summary=summary, stamp=stamp, pos=i), j


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


def read_stubs(lines: list[str], offset: int) -> list[Stub]:
    lines = _unnumber(lines)
    out = []
    i = 0
    pending = None  # a time printed above its title ("time / title / summary")
    bare = False  # the stubs read so far in this list had no summaries
    while i < len(lines):
        line = lines[i]
        if is_label(line) or has_photo_mark(line) or is_chrome_row(line):  # or a menu row
            pending = None
            bare = False
            i += 1
            continue
        if (len(line) < 300 and PHOTO_CREDIT_TAIL.search(line)) or is_multi_sentence(line):
            i += 1  # a caption ("... Ảnh: Minh Đức") or a paragraph of text is never a title
            continue
        if is_time_line(line):
            pending = line_stamp(line)
            i += 1
            continue
        link = inline_link(line)  # "Xem thêm: <title>"
        if link and len(link.split()) >= 3:
            out.append(Stub(title=link, pos=offset + i))
            pending = None
            i += 1
            continue
        stub, i = _read_stub(lines, i, above=pending, bare_list=bare)
        pending = None
        if stub is None:
            continue
        if stub.stamp or (len(stub.title.split()) >= 3 and not is_name(stub.title)):
            stub.pos += offset
            out.append(stub)
            bare = not stub.summary
    return out


def stub_run_start(lines: list[str], start: int) -> int | None:
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


def teaser_docs(stubs: list[Stub], source: str, page_id: str) -> list[Doc]:
    seen: set[str] = set()
    out = []
    for s in sorted(stubs, key=lambda s: s.pos):
        key = fold_key(s.title)
        if not key or key in seen:
            continue
        seen.add(key)
        summary = strip_outlet(s.summary) if s.summary else ""
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
