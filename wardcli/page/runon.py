"""Run-on related links: a line of several headlines printed together, split into one title
each; a long caption is never split."""

from __future__ import annotations

from ..text import fold_key
from .shapes import UPPER_START, ends_sentence
from .vocab import CAPTION_OPENERS, GOES_ON, NAME_INTRO, PERSON_OPENING, PHOTO_VERBS


def _reads_as_caption(line: str) -> bool:
    """Whether a long unpunctuated line reads as one photo caption: an honorific and a name
    first, or an office first and a photo verb ("Chủ tịch ... phát biểu ...")."""
    m = PERSON_OPENING.match(line)
    if m and line[m.end() - 1].isupper() and line[0].isupper():
        return True
    key = " " + fold_key(line) + " "
    return key.startswith(tuple(f" {w} " for w in CAPTION_OPENERS)) \
        and any(f" {v} " in key for v in PHOTO_VERBS)


def split_run_on(line: str) -> list[str] | None:
    """A line of several headlines run together ("... 2026 MTTQ phường ... toàn dân Đảng ủy
    ..."), split where a capitalised word follows two lower-case words; None when not one.
    Each piece must read as a headline: not cut after a word the sentence goes on from, and
    a line that reads as one caption is never cut."""
    if len(line) < 150 or ends_sentence(line) or ". " in line or _reads_as_caption(line):
        return None
    words = line.split()
    cuts = []
    quotes = [w.count('"') for w in words]  # straight quotes open and close alike: count them
    for i in range(2, len(words)):
        w, p1, p2 = words[i], words[i - 1], words[i - 2]
        opening = p1.endswith('"') and sum(quotes[:i]) % 2 == 1  # 'mô hình "' opens, 'mẫu"' closes
        if not UPPER_START.match(w) or opening or p1.endswith((":", ",", "-", "–", "(", "“")):
            continue
        lower = all(not UPPER_START.match(p) for p in (p1, p2))
        if lower and p1.lower() not in NAME_INTRO and p1.lower() not in GOES_ON \
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
