"""Hits and their context, in code-point offsets of the original (NFC) field text.

A hit is found in the folded corpus but said in the stored text: `start`/`end` index the
field's NFC text, so `text[hit.start:hit.end] == hit.match`. The helpers below take that text
(the store has it) and give the paragraph of a hit and the context to print around it.

>>> text = "Tin vắn.\\nPhường Tương Mai họp. Bàn việc đường.\\nHết."
>>> h = Hit("d1", "text", 16, 25, "Tương Mai")
>>> paragraph_span(text, h.start)
(1, 9, 46)
>>> text[slice(*context_span(text, h.start, h.end, unit="sentence"))]
'Phường Tương Mai họp.'
>>> text[slice(*context_span(text, h.start, h.end, 1))].count("\\n")
2
"""

from __future__ import annotations

from dataclasses import dataclass

PARAGRAPH = "paragraph"
SENTENCE = "sentence"


@dataclass(frozen=True, slots=True)
class Hit:
    """One match: doc, field ("title", "lead", "text", "caption"), code-point span, matched text."""

    doc_id: str
    field: str
    start: int
    end: int
    match: str

    def to_dict(self) -> dict:
        return {"doc_id": self.doc_id, "field": self.field, "start": self.start,
                "end": self.end, "match": self.match}


def paragraph_span(text: str, offset: int) -> tuple[int, int, int]:
    """(paragraph number from 0, start, end) of the line of `text` holding `offset`."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text.count("\n", 0, start), start, len(text) if end < 0 else end


def context_span(text: str, start: int, end: int, n: int = 0, unit: str = PARAGRAPH) -> tuple[int, int]:
    """(start, end) of the paragraph or sentence around [start, end), with `n` more of them
    on each side (grep -C N)."""
    if unit == SENTENCE:
        from ..extract.sentences import sentence_spans

        spans = sentence_spans(text) or [(0, len(text))]
        first = next((k for k, (s, e) in enumerate(spans) if e > start), len(spans) - 1)
        last = next((k for k, (s, e) in enumerate(spans) if e >= end), len(spans) - 1)
        first, last = max(0, first - n), min(len(spans) - 1, last + n)
        return min(spans[first][0], start), max(spans[last][1], end)
    if unit != PARAGRAPH:
        raise ValueError(f"unknown context unit {unit!r} (paragraph or sentence)")
    s = text.rfind("\n", 0, start) + 1
    e = text.find("\n", end)
    e = len(text) if e < 0 else e
    for _ in range(n):
        if s > 0:
            s = text.rfind("\n", 0, s - 1) + 1
        if e < len(text):
            nxt = text.find("\n", e + 1)
            e = len(text) if nxt < 0 else nxt
    return s, e
