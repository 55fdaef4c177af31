"""The shape of a line: how it ends (a sentence, a full stop, a summary), whether a word opens
with a capital, whether a paragraph holds several sentences."""

from __future__ import annotations

import re


class _UpperStart:
    """Whether a word starts with a capital letter (any script: "Đảng", "Ủy", "MTTQ")."""

    @staticmethod
    def match(word: str) -> bool:
        return bool(word) and word[0].isupper()


UPPER_START = _UpperStart()


# A sentence break inside a line: ". " then a capital, after a word of 3+ letters that is not an
# abbreviation in capitals ("TP. Hà Nội", "Q. Ba Đình").
SENTENCE_BREAK = re.compile(r"[^\W\d_]*[a-zà-ỹđ][^\W\d_]{2,}[.!?…][\"”)]?\s+[\"“(]?[A-ZÀ-ỸĐ]")


WORD = re.compile(r"[^\W_]+")


def ends_sentence(line: str) -> bool:
    return line.rstrip().endswith((".", "!", "?", "…", '"', "”", ";", ":"))


_CLOSERS = "\"”’')]»"


def ends_full_stop(line: str, but: str = "") -> bool:
    """Ends with a full stop ". ! ? …" (less those in `but`), maybe inside a closing quote or
    bracket: 'nói.' and 'nhiều lần."' do, 'nhiều lần"' (a quoted headline) and 'như sau:' do
    not."""
    return line.rstrip().rstrip(_CLOSERS).endswith(tuple(c for c in ".!?…" if c not in but))


def ends_summary(line: str) -> bool:
    """`ends_sentence`, except that a closing quote counts only after a full stop: a headline
    ends 'Chủ tịch phường: "Không để dân đi lại nhiều lần"'."""
    s = line.rstrip()
    if s.endswith(('"', "”")):
        return ends_full_stop(s)
    return ends_sentence(s)


def is_multi_sentence(line: str) -> bool:
    """A paragraph of two or more sentences, ending in a full stop: body text, never a title."""
    return len(line) >= 100 and ends_full_stop(line) and bool(SENTENCE_BREAK.search(line[:-1]))
