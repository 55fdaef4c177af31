"""Run a compiled pattern over a folded corpus: one pass over the data, hits in stored offsets.

The data is read in line-aligned chunks (memory flat in the corpus size); a folded pattern
reads the ASCII copy, a diacritic one the marked bytes.
Matches never cross a line end: a match that would is retried within its own line, as grep's
line-oriented search does. Empty matches are not reported.

>>> import tempfile
>>> from wardcli.search.folded import FoldedWriter
>>> from wardcli.search.pattern import compile_patterns
>>> d = tempfile.mkdtemp()
>>> with FoldedWriter(d) as w:
...     w.add("doc1", "title", "Phường TƯƠNG MAI")
...     w.add("doc1", "text", "Ông A, Đảng ủy phường Tương Mai.\\nHòa Bình, Hoà Xá.")
>>> with FoldedIndex(d) as ix:
...     [(h.field, h.start, h.end, h.match) for h in search(ix, compile_patterns("tuong mai"))]
[('title', 7, 16, 'tuong mai'), ('text', 22, 31, 'tuong mai')]
>>> with FoldedIndex(d) as ix:
...     [h.start for h in search(ix, compile_patterns("Hòa"))]
[33, 43]
"""

from __future__ import annotations

from collections import Counter
from typing import Callable, Iterator

from .folded import FoldedIndex
from .hits import Hit
from .marks import unmark
from .pattern import Matcher


def iter_spans(index: FoldedIndex, matcher: Matcher, chunk_size: int = 1 << 23) -> Iterator[tuple[int, int, bytes]]:
    """(start, end, stored bytes) of every match, in stream offsets, in order."""
    for hay, lo, hi in index.iter_windows(chunk_size, ascii=matcher.folded):
        for s, e in _scan(hay, lo, hi, matcher):
            yield s, e, hay[s:e]


def _line_end(hay, at: int, hi: int) -> int:
    """The end of the line holding offset `at` (its newline, or `hi`)."""
    end = hay.find(b"\n", at, hi)
    return hi if end < 0 else end


def _in_line(regex, hay, start: int, line_end: int) -> Iterator[tuple[int, int]]:
    """Non-empty matches in hay[start:line_end], as finditer finds them (after an empty match
    it retries at the same place for a non-empty one)."""
    for m in regex.finditer(hay, start, line_end):
        if m.end() > m.start():
            yield m.span()


def _scan(hay, lo: int, hi: int, matcher: Matcher) -> Iterator[tuple[int, int]]:
    """Spans of matches in hay[lo:hi] (whole lines), none across a line end."""
    regex, probe = matcher.regex, matcher.probe
    pos = lo  # (re clamps a start past `hi` to `hi`: stop there)
    if probe is not None:  # candidate lines from the fast probe, hits from the full regex
        while pos <= hi and (m := probe.search(hay, pos, hi)) is not None:
            s = m.start()
            line_end = _line_end(hay, s, hi)
            yield from _in_line(regex, hay, max(lo, hay.rfind(b"\n", lo, s) + 1), line_end)
            pos = line_end + 1
        return
    search = regex.search
    while pos <= hi and (m := search(hay, pos, hi)) is not None:
        s, e = m.span()
        if e == s:  # an empty match ("a?|b"): a non-empty one may start at s too
            line_end = _line_end(hay, s, hi)
            yield from _in_line(regex, hay, s, line_end)
            pos = line_end + 1
            continue
        if hay.find(b"\n", s, e) < 0:
            yield s, e
            pos = e
            continue
        line_end = _line_end(hay, s, e)  # crossed a line end: stay in the line
        yield from _in_line(regex, hay, pos, line_end)
        pos = line_end + 1


def iter_located(
    index: FoldedIndex, matcher: Matcher, chunk_size: int = 1 << 23
) -> Iterator[tuple[int, int, int, bytes]]:
    """(field, start, end, marked bytes) of each match, in code points of the field's text.

    Two matches inside one character that folds to several letters ("s" twice in "ß") widen
    to the same span: a span within the previous one is not repeated."""
    last = (-1, 0, 0)
    for s, e, raw in iter_spans(index, matcher, chunk_size):
        f, start, end = index.locate(s, e)
        if f == last[0] and last[1] <= start and end <= last[2]:
            continue
        last = (f, start, end)
        yield f, start, end, raw


def search(
    index: FoldedIndex,
    matcher: Matcher,
    text_of: Callable[[str, str], str] | None = None,
    chunk_size: int = 1 << 23,
) -> Iterator[Hit]:
    """Every match as a Hit in the field's original code-point offsets.

    `text_of(doc_id, field)` gives the stored NFC text, for `Hit.match`; without it the match
    is the stored form (folded ASCII or marked, decoded; the original lower-cased, folded for
    a folded pattern, wherever characters map 1:1).
    """
    last_field, doc_id, name, text = -1, "", "", ""
    for f, start, end, raw in iter_located(index, matcher, chunk_size):
        if f != last_field:
            last_field, doc_id, name = f, index.doc_id(f), index.field_name(f)
            text = text_of(doc_id, name) if text_of is not None else ""
        yield Hit(doc_id, name, start, end, text[start:end] if text_of is not None else unmark(raw))


def count_by_doc(index: FoldedIndex, matcher: Matcher) -> Counter:
    """Matches per doc id (grep -c)."""
    fields: Counter = Counter(f for f, _, _, _ in iter_located(index, matcher))
    out: Counter = Counter()
    for f, k in fields.items():
        out[index.doc_id(f)] += k
    return out
