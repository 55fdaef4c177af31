"""Groups of docs that tell one story: exact and near duplicates, teasers and their articles.

`group(sketches, threshold)` takes one `Sketch` per doc (in a fixed order) and returns, per doc,
the index of its group's root, plus for each teaser group the article group it stands for:

1. Exact duplicates: docs of one kind with the same folded body (`Sketch.exact`).
2. Near duplicates: one article per exact group goes through LSH banding
   (`candidate_pairs`); a candidate pair whose estimated Jaccard is at least `threshold` is
   joined (union-find). Articles compare bodies (text without title or captions).
3. Teasers with the same folded title of `MIN_TITLE_WORDS` words or more are one group, so a
   teaser printed bare on one page and with its summary on another stays together. Teasers
   are not joined by similarity: two wards' teasers written from one template differ in a
   few shingles only (the ward's name), which Jaccard cannot weigh.
4. Each teaser group is linked to at most one article group (`link_teasers`). Its score is
   the share of the teaser's shingles (title and summary) found in the article's title and
   opening, each shingle weighted by its rarity among articles (log(1 + articles / articles
   with it); a shingle in no article weighs as one in a single article), so that a ward's
   name or "nhiệm kỳ 2025-2030" counts little and "các cơ quan UBND" much. Candidates come
   from an inverted index of article shingles: a teaser's `PROBES` rarest shingles (found in
   at most `MAX_POSTINGS` articles) are followed, so the work stays linear.

   An article is no candidate when it lacks the names the teaser gives (`NAME_SHARE` of its
   capitalised word pairs, "xã Hồng Sơn", "Phùng Thị Hồng Hà", weighted as above), or a
   number of the teaser's title (looked for in the article's title, or in the opening of an
   untitled article), or when the groups' earliest dates are more than `DATE_WINDOW` days
   apart: two wards'
   reports written from one template share most shingles, but not the ward's name or the
   figure in the headline.

   The link is made when the best candidate beats the second by `LINK_MARGIN` (on the mean of
   the score and the title's share) and either the score is at least `LINK_SCORE_ALONE` (the
   summary is the article's lead, the title was rewritten), or it is at least `LINK_SCORE`
   and `TITLE_SHARE` of the title's shingles are in the article's title (for an untitled
   article, in its opening: a page may lack its title and lead, as seed 001 does, whose title
   is found in its text). Two stories on one ward share names and wording; their titles
   differ. A teaser with no summary is linked when `TITLE_ONLY_SHARE` of its title is found.

Article groups are never joined through teasers, so one ambiguous teaser cannot merge two
stories.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .signatures import Sketch, candidate_pairs, estimate_jaccard, lsh_params

LINK_SCORE_ALONE = 0.8  # weighted share of a teaser's shingles in an article: a link on its own
LINK_SCORE = 0.25  # ... a link when the title backs it (TITLE_SHARE)
TITLE_SHARE = 0.65  # share of the title's shingles found in the article's title and opening
TITLE_ONLY_SHARE = 0.8  # a teaser with no summary: share of its title found in the article
LINK_MARGIN = 0.1  # the best article group must beat the second by this much
MIN_SUMMARY_WORDS = 8  # fewer words after the title: a title-only teaser
MAX_POSTINGS = 200  # article shingles this common are not followed to candidates
PROBES = 12  # a teaser's rarest shingles followed to candidate articles
CANDIDATES = 6  # articles per teaser scored in full (those most hit by its probes)
NAME_SHARE = 0.6  # weighted share of a teaser's name pairs (shingles.name_pairs) the article gives
MIN_NAMES = 1  # a teaser naming fewer is not held to NAME_SHARE
DATE_WINDOW = 7  # days: a dated teaser and a dated article further apart are not linked


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


def group(sketches: Sequence[Sketch], threshold: float = 0.8,
          days: Sequence[int | None] | None = None) -> tuple[list[int], dict[int, tuple[int, float]], dict[tuple[int, int], float]]:
    """Roots per doc, the teaser-group links {teaser root: (article root, score)}, and the
    verified near-duplicate similarities {(i, j): estimated Jaccard}. `days`: each doc's
    publication day (any day count, e.g. `date.toordinal()`), or None."""
    n = len(sketches)
    uf = UnionFind(n)
    kinds = [s.kind for s in sketches]
    nonempty = [i for i in range(n) if sketches[i].n_words > 0]
    _union_equal(uf, [(s.kind, s.exact) for s in sketches], nonempty)
    reps = [i for i in nonempty if uf.find(i) == i and kinds[i] == "article"]
    near: dict[tuple[int, int], float] = {}
    if len(reps) > 1:
        mh = np.stack([sketches[i].minhash for i in reps])
        bands, rows = lsh_params(threshold)
        pairs = candidate_pairs(mh, bands, rows)
        sims = estimate_jaccard(mh, pairs)
        for (a, b), sim in zip(pairs.tolist(), sims.tolist()):
            i, j = reps[a], reps[b]
            if sim >= threshold:
                uf.union(i, j)
                near[(i, j)] = sim
    teasers = [i for i in range(n) if kinds[i] == "teaser" and sketches[i].title_key]
    _union_equal(uf, [s.title_key for s in sketches], teasers)
    roots = uf.roots()
    links = link_teasers(sketches, roots, days)
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


def _flatten(sets: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """All values of `sets` in one array, and the index of the set each came from."""
    owner = np.repeat(np.arange(len(sets), dtype=np.int64), [len(x) for x in sets])
    values = np.concatenate(sets) if sets else np.zeros(0, np.uint32)
    return values, owner


def _lookup(c_t: np.ndarray, c_a: np.ndarray, t_owner: np.ndarray, t_values: np.ndarray,
            a_key: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each (teaser c_t[k], article c_a[k]) pair, each value of the teaser's set: the pair
    index, the value's row in `t_values`, and whether the article's set (`a_key`: sorted
    article << 32 | value) holds it. `t_owner` must be sorted."""
    n_t = int(c_t.max()) + 1 if len(c_t) else 0
    t_start = np.searchsorted(t_owner, np.arange(n_t), "left")
    sizes = np.bincount(t_owner, minlength=n_t)[c_t]
    pair_of = np.repeat(np.arange(len(c_t)), sizes)
    row = np.repeat(t_start[c_t] - np.cumsum(np.r_[0, sizes[:-1]]), sizes) + np.arange(sizes.sum())
    return pair_of, row, _member(a_key, (c_a[pair_of] << 32) | t_values[row].astype(np.int64))


def _member(sorted_keys: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Whether each of `keys` is in `sorted_keys`."""
    if not len(sorted_keys):
        return np.zeros(len(keys), bool)
    at = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return sorted_keys[at] == keys


def link_teasers(sketches: Sequence[Sketch], roots: list[int],
                 days: Sequence[int | None] | None = None) -> dict[int, tuple[int, float]]:
    """{teaser group root: (article group root, score)} for the teaser groups that link.

    Vectorised, in three joins: article shingles sorted once (their document frequencies give
    the weights); each teaser's `PROBES` rarest shingles found in at most `MAX_POSTINGS`
    articles name its candidates (the `CANDIDATES` articles hit most); every shingle of the
    teaser is then looked up in each candidate's set, giving the exact weighted score.
    """
    arts = _representatives(sketches, roots, "article")
    teas = _representatives(sketches, roots, "teaser")
    if not arts or not teas:
        return {}
    art_roots, tea_roots = sorted(arts), sorted(teas)
    n_art = len(art_roots)
    a_hash, a_owner = _flatten([sketches[arts[r]].link for r in art_roots])
    order = np.argsort(a_hash, kind="stable")
    a_hash, a_owner = a_hash[order], a_owner[order]
    a_key = np.sort((a_owner << 32) | a_hash.astype(np.int64))  # (article, shingle) membership

    t_sets = [sketches[teas[r]].link for r in tea_roots]
    t_hash, t_owner = _flatten(t_sets)
    tt_hash, tt_owner = _flatten([sketches[teas[r]].title for r in tea_roots])
    t_title = _member(np.sort((tt_owner << 32) | tt_hash.astype(np.int64)),
                      (t_owner << 32) | t_hash.astype(np.int64))
    lo = np.searchsorted(a_hash, t_hash, "left")
    df = np.searchsorted(a_hash, t_hash, "right") - lo
    weight = np.log1p(n_art / np.maximum(df, 1))
    total = np.bincount(t_owner, weights=weight, minlength=len(tea_roots))
    n_title = np.array([len(sketches[teas[r]].title) for r in tea_roots])

    # Candidates: postings of each teaser's rarest shingles.
    probe = np.flatnonzero((df > 0) & (df <= MAX_POSTINGS))
    probe = probe[np.lexsort((df[probe], t_owner[probe]))]
    rank = np.arange(len(probe)) - np.searchsorted(t_owner[probe], t_owner[probe], "left")
    probe = probe[rank < PROBES]
    counts = df[probe]
    rows = np.repeat(probe, counts)
    post = np.repeat(lo[probe] - np.cumsum(np.r_[0, counts[:-1]]), counts) + np.arange(counts.sum())
    cand, hits = np.unique(t_owner[rows] * n_art + a_owner[post], return_counts=True)
    c_t, c_a = cand // n_art, cand % n_art
    keep = np.lexsort((c_a, -hits, c_t))
    c_t, c_a = c_t[keep], c_a[keep]
    rank = np.arange(len(c_t)) - np.searchsorted(c_t, c_t, "left")
    c_t, c_a = c_t[rank < CANDIDATES], c_a[rank < CANDIDATES]
    if days is not None:  # a teaser dated a month before its "article" stands for another story
        first_day: dict[int, int] = {}  # a group's earliest date (a later copy keeps the story's)
        for i, d in enumerate(days):
            if d is not None and (roots[i] not in first_day or d < first_day[roots[i]]):
                first_day[roots[i]] = d
        nan = float("nan")
        t_day = np.array([first_day.get(r, nan) for r in tea_roots])
        a_day = np.array([first_day.get(r, nan) for r in art_roots])
        far = np.abs(t_day[c_t] - a_day[c_a]) > DATE_WINDOW  # False when either is unknown
        c_t, c_a = c_t[~far], c_a[~far]
    if not len(c_t):
        return {}

    # Exact scores: every shingle of the teaser against each candidate's set.
    pair_of, row, found = _lookup(c_t, c_a, t_owner, t_hash, a_key)
    score = np.bincount(pair_of, weights=weight[row] * found, minlength=len(c_t)) / np.maximum(total[c_t], 1e-12)
    # The title's share: in the article's title when it has one, else in its opening.
    at_hash, at_owner = _flatten([sketches[arts[r]].title for r in art_roots])
    at_key = np.sort((at_owner << 32) | at_hash.astype(np.int64))
    in_title = _member(at_key, (c_a[pair_of] << 32) | t_hash[row].astype(np.int64))
    titled = np.bincount(at_owner, minlength=n_art) > 0
    in_title = np.where(titled[c_a[pair_of]], in_title, found)
    title_share = np.bincount(pair_of, weights=(t_title[row] & in_title).astype(float), minlength=len(c_t))
    title_share = title_share / np.maximum(n_title[c_t], 1)
    combined = (score + title_share) / 2
    # Names: a candidate that lacks the names the teaser gives is no candidate.
    n_hash, n_owner = _flatten([sketches[teas[r]].names for r in tea_roots])
    an_hash, an_owner = _flatten([sketches[arts[r]].names for r in art_roots])
    an_key = np.sort((an_owner << 32) | an_hash.astype(np.int64))
    an_sorted = np.sort(an_hash)
    n_df = np.searchsorted(an_sorted, n_hash, "right") - np.searchsorted(an_sorted, n_hash, "left")
    n_weight = np.log1p(n_art / np.maximum(n_df, 1))
    n_total = np.bincount(n_owner, weights=n_weight, minlength=len(tea_roots))[c_t]
    n_pair, n_row, n_found = _lookup(c_t, c_a, n_owner, n_hash, an_key)
    name_share = np.bincount(n_pair, weights=n_weight[n_row] * n_found, minlength=len(c_t)) / np.maximum(n_total, 1e-12)
    n_names = np.bincount(n_owner, minlength=len(tea_roots))[c_t]
    named = (n_names < MIN_NAMES) | (name_share >= NAME_SHARE)
    # Figures: every number of the teaser's title is in the article's title (or opening).
    f_hash, f_owner = _flatten([sketches[teas[r]].figures for r in tea_roots])
    af_hash, af_owner = _flatten([sketches[arts[r]].figures for r in art_roots])
    f_pair, _, f_found = _lookup(c_t, c_a, f_owner, f_hash, np.sort((af_owner << 32) | af_hash.astype(np.int64)))
    named &= np.bincount(f_pair, weights=~f_found, minlength=len(c_t)) == 0
    c_t, c_a, score, title_share, combined = c_t[named], c_a[named], score[named], title_share[named], combined[named]

    order = np.lexsort((c_a, -combined, c_t))
    links = {}
    for j, k in enumerate(order.tolist()):
        t = int(c_t[k])
        if j and c_t[order[j - 1]] == t:
            continue
        nxt = order[j + 1] if j + 1 < len(order) and c_t[order[j + 1]] == t else None
        second = float(combined[nxt]) if nxt is not None else 0.0
        s1, ts1 = float(score[k]), float(title_share[k])
        sk = sketches[teas[tea_roots[t]]]
        if sk.n_words >= len(sk.title) + 2 + MIN_SUMMARY_WORDS:  # a summary under the title
            ok = s1 >= LINK_SCORE_ALONE or (s1 >= LINK_SCORE and ts1 >= TITLE_SHARE)
        else:
            ok = ts1 >= TITLE_ONLY_SHARE
        if ok and float(combined[k]) - second >= LINK_MARGIN:
            links[tea_roots[t]] = (art_roots[int(c_a[k])], round(s1, 6))
    return links
