"""Per-doc sketches (MinHash signature and the few hash sets dedupe needs) and LSH banding.

A `Sketch` is all that dedupe keeps of a doc's text, so a later run only sketches new docs:

- `minhash`: `NUM_PERM` 32-bit MinHash values (rensa's `RMinHash`, seed `SEED`) over the shingles
  of the doc's body: an article's text (lead and paragraphs: no title, which a copy may lack,
  no captions, which follow the layout), or a teaser's title and summary;
- `exact`: a hash of the body's folded words (equal bodies, exact duplicates);
- `title_key`: a hash of the folded title when it has at least `MIN_TITLE_WORDS` words, else 0;
- `link`: the shingles a teaser is matched on (an article's title and first `OPENING_WORDS`
  words; a teaser's title and summary), `title`: the title's shingles, both as sorted unique
  32-bit hashes;
- `names`: the pairs of words naming someone or somewhere (`shingles.name_pairs`) in an
  article's title and opening, or a teaser's title and summary; `figures`: the numbers of the
  title (of an untitled article: of its opening); both as sorted unique CRC-32s;
- `n_words`: the body's length in words (the more complete text wins the canonical choice).

`to_bytes()` is compact (about 0.5 KB plus 4 bytes a link shingle or name) and starts with a format
byte and rensa's algorithm version: `Sketch.from_bytes` refuses a sketch made another way
(ValueError), and the caller sketches that doc again.

`candidate_pairs` bands the signatures (`bands` x `rows` values each): docs that agree on a whole
band share a bucket, found by sorting band keys, so the work is linear in the number of docs.

    >>> s = sketch_texts([("article", "Tiêu đề", "Một hai ba bốn năm sáu.")])[0]
    >>> Sketch.from_bytes(s.to_bytes()) == s
    True
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

import numpy as np

from .shingles import SHINGLE, key_of, name_pairs, shingle_hashes, word_bytes

NUM_PERM = 128  # MinHash values per doc: standard error of a Jaccard estimate ~ 0.035 at 0.8
SEED = 20251  # any fixed seed; changing it invalidates stored sketches (it is in FORMAT)
OPENING_WORDS = 300  # words of an article's text a teaser is matched against
MIN_TITLE_WORDS = 5  # shorter titles ("Thông báo", "Tin ảnh") do not join teasers by title
RECALL_AT_THRESHOLD = 0.98  # chance that a pair exactly at the threshold is a candidate
FORMAT = 2  # bump when anything above or the byte layout changes
_HEADER = struct.Struct("<BBBxIIqqIIII")  # format, rensa algorithm, kind, n_perm, n_words, exact, title_key, n_link, n_title, n_names, n_figures
OPENING_CHARS = 1500  # characters of an article's text read for names and figures (lead and more)
_KINDS = ("article", "teaser")
_DIGITS = re.compile(r"[0-9]+")


@lru_cache(maxsize=1)
def _algorithm() -> int:
    from rensa import RMinHash

    return int(RMinHash.ALGORITHM_VERSION)


@dataclass(eq=False)
class Sketch:
    kind: str
    n_words: int
    exact: int
    title_key: int
    minhash: np.ndarray  # uint32[NUM_PERM]
    link: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint32))  # sorted unique uint32
    title: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint32))  # sorted unique uint32
    names: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint32))  # sorted unique uint32
    figures: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint32))  # sorted unique uint32

    def __eq__(self, other) -> bool:
        return (isinstance(other, Sketch) and self.kind == other.kind
                and self.n_words == other.n_words and self.exact == other.exact
                and self.title_key == other.title_key
                and np.array_equal(self.minhash, other.minhash)
                and np.array_equal(self.link, other.link)
                and np.array_equal(self.title, other.title)
                and np.array_equal(self.names, other.names)
                and np.array_equal(self.figures, other.figures))

    def to_bytes(self) -> bytes:
        head = _HEADER.pack(FORMAT, _algorithm(), _KINDS.index(self.kind), len(self.minhash),
                            self.n_words, self.exact, self.title_key, len(self.link), len(self.title),
                            len(self.names), len(self.figures))
        arrays = (self.minhash, self.link, self.title, self.names, self.figures)
        return head + b"".join(a.astype("<u4").tobytes() for a in arrays)

    @classmethod
    def from_bytes(cls, data: bytes) -> Sketch:
        if len(data) < _HEADER.size:
            raise ValueError("sketch too short")
        fmt, algo, kind, n_perm, n_words, exact, title_key, n_link, n_title, n_names, n_figs = _HEADER.unpack_from(data)
        if fmt != FORMAT or algo != _algorithm() or n_perm != NUM_PERM or kind >= len(_KINDS):
            raise ValueError(f"sketch made another way (format {fmt}, algorithm {algo}, {n_perm} perms)")
        if len(data) != _HEADER.size + 4 * (n_perm + n_link + n_title + n_names + n_figs):
            raise ValueError("sketch length does not match its header")
        arr = np.frombuffer(data, dtype="<u4", offset=_HEADER.size).astype(np.uint32)
        a, b, c, d = np.cumsum([n_perm, n_link, n_title, n_names]).tolist()
        return cls(_KINDS[kind], n_words, exact, title_key, arr[:a], arr[a:b], arr[b:c], arr[c:d], arr[d:])


def _segments(sh: np.ndarray, flat: np.ndarray, starts: np.ndarray, lengths: np.ndarray
              ) -> tuple[np.ndarray, np.ndarray]:
    """Shingle hashes of word segments (start, length) of `flat` word hashes, and the index of
    the segment each came from, in segment order. `sh[p]` is the shingle starting at word p."""
    n_sh = np.where(lengths >= SHINGLE, lengths - SHINGLE + 1, (lengths > 0).astype(np.int64))
    owner = np.repeat(np.arange(len(starts)), n_sh)
    pos = np.repeat(starts - np.cumsum(np.r_[0, n_sh[:-1]]), n_sh) + np.arange(n_sh.sum())
    out = sh[np.minimum(pos, max(len(sh) - 1, 0))] if len(sh) else np.zeros(len(pos), np.uint64)
    for k in np.flatnonzero((lengths > 0) & (lengths < SHINGLE)):  # short: one shingle of all
        at = np.searchsorted(owner, k)
        out[at] = shingle_hashes(flat[starts[k]:starts[k] + lengths[k]])[0]
    return out, owner


def _sets(values: np.ndarray, owner: np.ndarray, n: int) -> list[np.ndarray]:
    """Per owner 0..n-1: its values' low 32 bits, sorted and unique."""
    key = np.sort((owner.astype(np.int64) << 32) | (values & np.uint64(0xFFFFFFFF)).astype(np.int64))
    key = key[np.r_[True, key[1:] != key[:-1]]] if len(key) else key
    cuts = np.searchsorted(key >> 32, np.arange(n + 1))
    low = (key & 0xFFFFFFFF).astype(np.uint32)
    return [low[cuts[i]:cuts[i + 1]] for i in range(n)]


def sketch_texts(items: Sequence[tuple[str, str | None, str | None]]) -> list[Sketch]:
    """Sketches of (kind, title, body) triples: body is an article's text or a teaser's summary.

    Batched: the texts are folded one by one, then one rensa call hashes every word, shingles
    and sets are cut from one array, and one rensa call computes every signature.
    """
    from rensa import RMinHash

    n = len(items)
    if not n:
        return []
    unique: dict[tuple, int] = {}  # a teaser printed on many pages is sketched once
    first = [unique.setdefault(item, len(unique)) for item in items]
    if len(unique) < n:
        done = sketch_texts(list(unique))
        return [done[j] for j in first]  # shared: sketches are never changed once made
    word_lists, n_title, n_body, exact, title_key = [], [], [], [], []
    names, name_owner, figs, fig_owner = [], [], [], []
    for i, (kind, title, body) in enumerate(items):
        tw, bw = word_bytes(title), word_bytes(body)
        if kind == "article" and not bw:  # a photo page or a stub: the title is all there is
            tw, bw = [], tw
        word_lists.append(tw + bw)
        n_title.append(len(tw))
        n_body.append(len(bw))
        exact.append(key_of(bw) if kind == "article" else key_of(tw + [b"|"] + bw))
        title_key.append(key_of(tw) if len(tw) >= MIN_TITLE_WORDS else 0)
        opening = body[:OPENING_CHARS] if kind == "article" and body else body
        figures = _DIGITS.findall(title or "")  # the title's figures (an untitled article's opening's)
        if kind == "article" and not title and opening:
            figures = _DIGITS.findall(opening)
        doc_names = name_pairs(title) + name_pairs(opening)
        names.extend(doc_names)
        name_owner.extend([i] * len(doc_names))
        figs.extend(figures)
        fig_owner.extend([i] * len(figures))
    counts = np.array([len(w) for w in word_lists], dtype=np.int64)
    flat = np.fromiter(chain.from_iterable(RMinHash.hash_token_sets(word_lists)), np.uint64, int(counts.sum()))
    sh = shingle_hashes(flat)  # sh[p]: the shingle starting at word p (across docs; cut below)
    start = np.r_[0, np.cumsum(counts)[:-1]]
    nt, nb = np.array(n_title, dtype=np.int64), np.array(n_body, dtype=np.int64)
    article = np.array([k == "article" for k, _, _ in items])
    body_start = np.where(article, start + nt, start)
    body_len = np.where(article, nb, nt + nb)
    body_sh, body_owner = _segments(sh, flat, body_start, body_len)
    title_sh, title_owner = _segments(sh, flat, start, nt)
    open_sh, open_owner = _segments(sh, flat, body_start, np.where(article, np.minimum(nb, OPENING_WORDS), body_len))
    link = _sets(np.r_[open_sh, title_sh[article[title_owner]]],
                 np.r_[open_owner, title_owner[article[title_owner]]], n)
    titles = _sets(title_sh, title_owner, n)
    name_sets = _sets(np.fromiter((zlib.crc32(x) for x in names), np.uint64, len(names)),
                      np.array(name_owner, dtype=np.int64), n)
    fig_sets = _sets(np.fromiter((zlib.crc32(x.encode()) for x in figs), np.uint64, len(figs)),
                     np.array(fig_owner, dtype=np.int64), n)
    offsets = np.r_[0, np.cumsum(np.bincount(body_owner, minlength=n))].astype(np.uint64)
    matrix = RMinHash.digest_matrix_from_flat_token_hashes(body_sh, offsets, NUM_PERM, SEED)
    rows = np.array(matrix.to_rows(), dtype=np.uint32)
    rows[np.diff(offsets) == 0] = 0xFFFFFFFF
    return [Sketch(items[i][0], int(nb[i] if article[i] else nt[i] + nb[i]), exact[i], title_key[i],
                   rows[i], link[i], titles[i], name_sets[i], fig_sets[i]) for i in range(n)]


def lsh_params(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows): the longest bands (fewest false candidates) that still make a pair at
    `threshold` a candidate with probability at least `RECALL_AT_THRESHOLD`.

    >>> lsh_params(0.8)
    (18, 7)
    """
    best = (num_perm, 1)
    for rows in range(1, num_perm + 1):
        bands = num_perm // rows
        if 1.0 - (1.0 - threshold ** rows) ** bands >= RECALL_AT_THRESHOLD:
            best = (bands, rows)
    return best


def candidate_pairs(minhash: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """Index pairs (i < j) of rows of `minhash` that agree on at least one whole band.

    In a bucket of k docs, each is paired with the bucket's first doc and with its neighbour
    in sorted order (2k pairs, not k^2): enough for union-find once pairs are verified.
    """
    n = len(minhash)
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64)
    out = []
    idx = np.arange(n, dtype=np.int64)
    for b in range(bands):
        band = minhash[:, b * rows:(b + 1) * rows].astype(np.uint64)
        key = np.zeros(n, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for c in range(rows):
                key = (key ^ band[:, c]) * np.uint64(0x100000001B3) + np.uint64(c)
        order = np.argsort(key, kind="stable")
        k = key[order]
        same = k[1:] == k[:-1]
        if not same.any():
            continue
        first = np.maximum.accumulate(np.where(np.r_[True, ~same], idx, 0))  # bucket start
        a, b2 = order[:-1][same], order[1:][same]
        out.append(np.stack([a, b2], 1))
        star = same & (first[1:] != idx[:-1])
        out.append(np.stack([order[first[1:][star]], order[1:][star]], 1))
    if not out:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.sort(np.concatenate(out), axis=1)
    return np.unique(pairs, axis=0)


def estimate_jaccard(minhash: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """Share of equal MinHash values for each pair: an estimate of their shingles' Jaccard."""
    if len(pairs) == 0:
        return np.zeros(0)
    return (minhash[pairs[:, 0]] == minhash[pairs[:, 1]]).mean(axis=1)
