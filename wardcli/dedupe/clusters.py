"""Groups of docs that tell one story: exact and near duplicates, teasers and their articles.

`group(sketches, threshold)` takes one `Sketch` per doc (in a fixed order) and returns, per doc,
the index of its group's root, plus for each teaser group the article group it stands for:

1. Exact duplicates: docs of one kind with the same folded body (`Sketch.exact`).
2. Near duplicates: one doc per exact group goes through LSH banding (`candidate_pairs`); a
   candidate pair of one kind whose estimated Jaccard is at least `threshold` is joined
   (union-find). Articles compare bodies (text without title or captions), teasers their
   title and summary.
3. Teasers with the same folded title of `MIN_TITLE_WORDS` words or more are one group, so a
   teaser printed bare on one page and with its summary on another stays together.
4. Each teaser group is linked to at most one article group (`link_teasers`): the share of the
   teaser's shingles (title and summary) found in the article's title and opening, each
   shingle weighted by its rarity among articles (log inverse document frequency), so that a
   ward's name or "nhiệm kỳ 2025-2030" counts little and "các cơ quan UBND" much. Candidates
   come from an inverted index of article shingles (linear: shingles found in more than
   `MAX_POSTINGS` articles are not followed; they weigh next to nothing). The link is made
   when the best article group beats the second by `LINK_MARGIN` (on the mean of the score
   and the title's share, below) and either the score is at
   least `LINK_SCORE`, or it is at least `LINK_SCORE_WITH_TITLE` and `TITLE_SHARE` of the
   title's shingles are in the article (the article page may lack its title and lead, as seed
   001 does). A teaser with no summary has only its title: it is linked only when
   `TITLE_ONLY_SHARE` of its title is found in the article's title or opening.

Article groups are never joined through teasers, so one ambiguous teaser cannot merge two
stories.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .signatures import Sketch, candidate_pairs, estimate_jaccard, lsh_params

LINK_SCORE = 0.5  # weighted share of a teaser's shingles in an article: a link on its own
LINK_SCORE_WITH_TITLE = 0.25  # ... a link when the title backs it (TITLE_SHARE)
TITLE_SHARE = 0.65  # share of the title's shingles found in the article's title and opening
TITLE_ONLY_SHARE = 0.8  # a teaser with no summary: share of its title found in the article
LINK_MARGIN = 0.1  # the best article group must beat the second by this much
MIN_SUMMARY_WORDS = 8  # fewer words after the title: a title-only teaser
MAX_POSTINGS = 200  # article shingles this common are not followed to candidates


class UnionFind:
    """Disjoint sets over 0..n-1; the root of a set is its smallest member (deterministic)."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        p = self.parent
        root = i
        while p[root] != root:
            root = p[root]
        while p[i] != root:
            p[i], i = root, p[i]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra

    def roots(self) -> list[int]:
        return [self.find(i) for i in range(len(self.parent))]


def _union_equal(uf: UnionFind, keys: Sequence, members: Sequence[int]) -> None:
    first: dict = {}
    for i in members:
        k = keys[i]
        if k in first:
            uf.union(first[k], i)
        else:
            first[k] = i


def group(sketches: Sequence[Sketch], threshold: float = 0.8) -> tuple[list[int], dict[int, tuple[int, float]], dict[tuple[int, int], float]]:
    """Roots per doc, the teaser-group links {teaser root: (article root, score)}, and the
    verified near-duplicate similarities {(i, j): estimated Jaccard}."""
    n = len(sketches)
    uf = UnionFind(n)
    kinds = [s.kind for s in sketches]
    nonempty = [i for i in range(n) if sketches[i].n_words > 0]
    _union_equal(uf, [(s.kind, s.exact) for s in sketches], nonempty)
    reps = [i for i in nonempty if uf.find(i) == i]
    near: dict[tuple[int, int], float] = {}
    if len(reps) > 1:
        mh = np.stack([sketches[i].minhash for i in reps])
        bands, rows = lsh_params(threshold)
        pairs = candidate_pairs(mh, bands, rows)
        sims = estimate_jaccard(mh, pairs)
        for (a, b), sim in zip(pairs.tolist(), sims.tolist()):
            i, j = reps[a], reps[b]
            if sim >= threshold and kinds[i] == kinds[j]:
                uf.union(i, j)
                near[(i, j)] = sim
    teasers = [i for i in range(n) if kinds[i] == "teaser" and sketches[i].title_key]
    _union_equal(uf, [s.title_key for s in sketches], teasers)
    roots = uf.roots()
    links = link_teasers(sketches, roots)
    return roots, links, near


def _representatives(sketches: Sequence[Sketch], roots: list[int], kind: str) -> dict[int, int]:
    """{root: member with the longest body (smallest index on ties)} for groups of `kind`."""
    best: dict[int, int] = {}
    for i, r in enumerate(roots):
        if sketches[i].kind == kind:
            j = best.get(r)
            if j is None or sketches[i].n_words > sketches[j].n_words:
                best[r] = i
    return best


def link_teasers(sketches: Sequence[Sketch], roots: list[int]) -> dict[int, tuple[int, float]]:
    """{teaser group root: (article group root, score)} for the teaser groups that link."""
    arts = _representatives(sketches, roots, "article")
    teas = _representatives(sketches, roots, "teaser")
    if not arts or not teas:
        return {}
    art_roots = sorted(arts)
    art_sets = [sketches[arts[r]].link for r in art_roots]
    hashes = np.concatenate(art_sets)
    owner = np.repeat(np.arange(len(art_roots)), [len(s) for s in art_sets])
    order = np.argsort(hashes, kind="stable")
    hashes, owner = hashes[order], owner[order]
    n_art = len(art_roots)

    tea_roots = sorted(teas)
    t_sets = [sketches[teas[r]].link for r in tea_roots]
    t_hash = np.concatenate(t_sets)
    t_owner = np.repeat(np.arange(len(tea_roots)), [len(s) for s in t_sets])
    t_title = np.concatenate([np.isin(s, sketches[teas[r]].title) for r, s in zip(tea_roots, t_sets)])
    lo = np.searchsorted(hashes, t_hash, "left")
    hi = np.searchsorted(hashes, t_hash, "right")
    df = hi - lo
    weight = np.log((n_art + 1.0) / (df + 1.0))
    total = np.bincount(t_owner, weights=weight, minlength=len(tea_roots))
    follow = (df > 0) & (df <= MAX_POSTINGS)
    lo, df_f = lo[follow], df[follow]
    rows = np.repeat(np.arange(len(t_hash))[follow], df_f)
    starts = np.repeat(lo - np.cumsum(np.r_[0, df_f[:-1]]), df_f)
    post = starts + np.arange(len(rows))
    t_of, a_of = t_owner[rows], owner[post]
    pair = t_of.astype(np.int64) * n_art + a_of
    uniq, inv = np.unique(pair, return_inverse=True)
    score = np.bincount(inv, weights=weight[rows]) / np.maximum(total[uniq // n_art], 1e-12)
    title_hits = np.bincount(inv, weights=t_title[rows].astype(float))

    best: dict[int, list] = {}
    for key, s, th in zip(uniq.tolist(), score.tolist(), title_hits.tolist()):
        t, a = divmod(key, n_art)
        n_title = len(sketches[teas[tea_roots[t]]].title)
        ts = th / n_title if n_title else 0.0
        best.setdefault(t, []).append(((s + ts) / 2, s, ts, a))
    links = {}
    for t, cands in best.items():
        cands.sort(key=lambda c: (-c[0], c[3]))
        c1, s1, ts1, a1 = cands[0]
        c2 = cands[1][0] if len(cands) > 1 else 0.0
        sk = sketches[teas[tea_roots[t]]]
        if sk.n_words >= len(sk.title) + 2 + MIN_SUMMARY_WORDS:  # a summary under the title
            ok = s1 >= LINK_SCORE or (s1 >= LINK_SCORE_WITH_TITLE and ts1 >= TITLE_SHARE)
        else:
            ok = ts1 >= TITLE_ONLY_SHARE
        if ok and c1 - c2 >= LINK_MARGIN:
            links[tea_roots[t]] = (art_roots[a1], round(s1, 6))
    return links
