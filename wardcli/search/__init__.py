"""Diacritic-insensitive regex search over a folded corpus: pattern -> matcher -> hits.

`pattern.compile_patterns` (smart folding) gives a `Matcher`; `folded.FoldedWriter` writes the
corpus once at ingest and `folded.FoldedIndex` reads it; `searcher.search` runs the matcher in
one pass and yields `hits.Hit` in original offsets. No printing, no store, no CLI here.
"""

from .folded import FIELDS, FoldedError, FoldedIndex, FoldedWriter
from .hits import Hit, context_span, paragraph_span
from .pattern import EXACT, FOLD, Matcher, PatternError, compile_patterns, has_diacritics
from .searcher import count_by_doc, iter_located, iter_spans, search

__all__ = [
    "EXACT", "FIELDS", "FOLD", "FoldedError", "FoldedIndex", "FoldedWriter", "Hit", "Matcher",
    "PatternError", "compile_patterns", "context_span", "count_by_doc", "has_diacritics",
    "iter_located", "iter_spans", "paragraph_span", "search",
]
