"""Duplicate docs: exact copies, near copies, and teasers linked to their articles.

Plain data in, marks out; no store, no files. `dedupe(docs)` takes `DocText`s and returns a
`Result`: one `Mark` per doc (`duplicate_of`, `teaser_of`, `cluster`, `similarity`) and the
sketches it computed, as bytes, for the caller to keep: a doc passed again with its stored
`sketch` and no text is not sketched again.

    >>> a = DocText("a1", "article", "Tin", "Sáng 14/8, phường Tương Mai tổ chức Đại hội đại biểu lần thứ I.")
    >>> b = DocText("b2", "article", None, "SÁNG 14/8, PHƯỜNG TƯƠNG MAI TỔ CHỨC ĐẠI HỘI ĐẠI BIỂU LẦN THỨ I.")
    >>> [(m.doc_id, m.duplicate_of, m.similarity) for m in dedupe([b, a]).marks]
    [('a1', None, None), ('b2', 'a1', 1.0)]

Pieces: `shingles` (folded words, shingle hashes), `signatures` (`Sketch`, MinHash, LSH
banding), `clusters` (union-find, teaser links), `canonical` (canonical choice, `Mark`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from .canonical import Mark, make_marks
from .clusters import group
from .signatures import Sketch, sketch_texts

__all__ = ["DEFAULT_THRESHOLD", "DocText", "Mark", "Result", "Sketch", "dedupe", "sketch_docs"]

DEFAULT_THRESHOLD = 0.8  # estimated Jaccard of two bodies' shingles for a near duplicate


@dataclass(frozen=True)
class DocText:
    """What dedupe reads of a doc. `text` is an article's body (lead and paragraphs, as
    `Doc.text`) or a teaser's summary ("" if none); `sketch` a stored `Sketch.to_bytes()`."""

    id: str
    kind: str  # "article" | "teaser"
    title: str | None
    text: str = ""
    published: str | None = None
    sketch: bytes | None = None

    @classmethod
    def from_doc(cls, doc, sketch: bytes | None = None) -> DocText:
        """From a `wardcli.model.Doc` (captions are left out: they follow the layout)."""
        return cls(doc.id, doc.kind, doc.title, doc.text or "", doc.published, sketch)


@dataclass
class Result:
    marks: list[Mark]  # one per doc, sorted by doc id
    sketches: dict[str, bytes] = field(default_factory=dict)  # newly computed, by doc id

    def duplicates(self) -> list[Mark]:
        """The marks of docs that are not their cluster's canonical doc."""
        return [m for m in self.marks if m.duplicate_of]


def sketch_docs(docs: list[DocText]) -> tuple[list[Sketch], dict[str, bytes]]:
    """A sketch per doc: its stored one when still valid, else computed (and returned as bytes)."""
    out: list[Sketch | None] = []
    todo = []
    for i, d in enumerate(docs):
        s = None
        if d.sketch is not None:
            try:
                s = Sketch.from_bytes(d.sketch)
            except ValueError:
                s = None
        if s is None:
            todo.append(i)
        out.append(s)
    fresh = sketch_texts([(docs[i].kind, docs[i].title, docs[i].text) for i in todo])
    new = {}
    for i, s in zip(todo, fresh):
        out[i] = s
        new[docs[i].id] = s.to_bytes()
    return out, new  # type: ignore[return-value]


def _day(published: str | None) -> int | None:
    """The day of an ISO date or date-time ("2025-08-15T09:07"), as a day number; else None."""
    try:
        return date.fromisoformat(published[:10]).toordinal() if published else None
    except ValueError:
        return None


def dedupe(docs: Iterable[DocText], threshold: float = DEFAULT_THRESHOLD) -> Result:
    """Marks for `docs` (any order; the result depends only on the set of docs)."""
    items = sorted({d.id: d for d in docs}.values(), key=lambda d: d.id)
    for d in items:
        if d.kind not in ("article", "teaser"):
            raise ValueError(f"{d.id}: kind must be 'article' or 'teaser', not {d.kind!r}")
    sketches, new = sketch_docs(items)
    roots, links, near = group(sketches, threshold, [_day(d.published) for d in items])
    marks = make_marks([d.id for d in items], [d.published for d in items], sketches, roots, links, near)
    return Result(marks, new)
