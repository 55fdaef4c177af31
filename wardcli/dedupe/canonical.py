"""The canonical doc of each group, and one `Mark` per doc.

Order of preference inside a cluster (the first is canonical): an article before a teaser, then
the more complete text (more words in the body), then the earliest published (a doc with no
date comes after dated ones), then the smallest id. The order is total, so the same docs give
the same marks in any input order.

Every doc gets a mark: a doc alone in its cluster has `cluster` = its own id and nothing else.
`similarity` is the doc's similarity to the canonical doc: 1.0 for an exact duplicate (or a
teaser with the same title), the estimated Jaccard of the two signatures for a near duplicate,
the link score for a teaser of the canonical article; None for the canonical doc itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

import numpy as np

from .signatures import Sketch


@dataclass(frozen=True)
class Mark:
    doc_id: str
    duplicate_of: str | None  # the canonical doc of the cluster, unless this is it
    teaser_of: str | None  # a teaser in an article's cluster: that cluster's canonical article
    cluster: str  # id of the cluster's canonical doc
    similarity: float | None  # to the canonical doc (see the module's docstring)

    def to_dict(self) -> dict:
        return asdict(self)


def preference(kind: str, n_words: int, published: str | None, doc_id: str) -> tuple:
    """Sort key: the smallest key in a cluster is its canonical doc.

    >>> sorted([("teaser", 90, "2025-01-01", "b"), ("article", 10, None, "c"),
    ...         ("article", 10, "2025-02-01", "d")], key=lambda d: preference(*d))[0]
    ('article', 10, '2025-02-01', 'd')
    """
    return (kind != "article", -n_words, published is None, published or "", doc_id)


def make_marks(ids: Sequence[str], published: Sequence[str | None], sketches: Sequence[Sketch],
               roots: list[int], links: dict[int, tuple[int, float]],
               near: dict[tuple[int, int], float]) -> list[Mark]:
    """Marks in the order of `ids`, from `clusters.group`'s roots and links."""
    cluster_of = [links[r][0] if r in links else r for r in roots]
    members: dict[int, list[int]] = {}
    for i, c in enumerate(cluster_of):
        members.setdefault(c, []).append(i)
    canon = {}
    for c, ms in members.items():
        canon[c] = min(ms, key=lambda i: preference(sketches[i].kind, sketches[i].n_words,
                                                    published[i], ids[i]))
    marks = []
    for i, c in enumerate(cluster_of):
        k = canon[c]
        if i == k:
            marks.append(Mark(ids[i], None, None, ids[k], None))
            continue
        a, b = sketches[i], sketches[k]
        teaser_of = ids[k] if a.kind == "teaser" and b.kind == "article" else None
        if a.kind != b.kind:
            sim = links[roots[i]][1]
        elif a.exact == b.exact or (a.kind == "teaser" and a.title_key and a.title_key == b.title_key):
            sim = 1.0
        else:
            sim = near.get((min(i, k), max(i, k)))
            if sim is None:
                sim = float(np.mean(a.minhash == b.minhash))
        marks.append(Mark(ids[i], ids[k], teaser_of, ids[k], round(sim, 3)))
    return marks
