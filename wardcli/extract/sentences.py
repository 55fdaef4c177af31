"""Sentence spans, for the evidence sentence of each mention."""

from __future__ import annotations

import bisect
import re

# A sentence ends at . ! ? … or ; followed by a space and a capital or digit, at a line break,
# or at the end of the text. "TP. Hà Nội"-style abbreviations keep their dot. (The abbreviations
# are looked behind from after the mark, so only marks pay for the look.)
_END = re.compile(r"[.!?…;](?<!\bTP.)(?<!\bP.)(?<!\bQ.)(?<!\bTT.)(?=\s+[\"“(]?[A-ZĐÀ-Ỹ0-9])|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed.

    >>> t = "Phường A đạt 5%. Xã B đạt 6%."
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['Phường A đạt 5%.', 'Xã B đạt 6%.']
    """
    spans = []
    start = 0
    for m in _END.finditer(text):
        end = m.end() if m.group()[0] != "\n" else m.start()
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


class Sentences:
    """Find the sentence around an offset quickly (binary search over the spans)."""

    def __init__(self, text: str):
        self.text = text
        self.spans = sentence_spans(text)
        self._starts = [s for s, _ in self.spans]

    def around(self, offset: int) -> str:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return self.text[: self.spans[0][1]] if self.spans else ""
        s, e = self.spans[i]
        return self.text[s:e]
