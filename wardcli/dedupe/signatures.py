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
  article's title and opening, or a teaser's title and summary, and the numbers of the
  article's title and opening or of the teaser's title, as sorted unique CRC-32s;
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

import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from .shingles import hash_words, key_of, name_pairs, shingle_hashes, word_bytes

NUM_PERM = 128  # MinHash values per doc: standard error of a Jaccard estimate ~ 0.035 at 0.8
SEED = 20251  # any fixed seed; changing it invalidates stored sketches (it is in FORMAT)
OPENING_WORDS = 300  # words of an article's text a teaser is matched against
MIN_TITLE_WORDS = 5  # shorter titles ("Thông báo", "Tin ảnh") do not join teasers by title
RECALL_AT_THRESHOLD = 0.98  # chance that a pair exactly at the threshold is a candidate
FORMAT = 1  # bump when anything above or the byte layout changes
_HEADER = struct.Struct("<BBBxIIqqIII")  # format, rensa algorithm, kind, n_perm, n_words, exact, title_key, n_link, n_title, n_names
OPENING_CHARS = 8 * OPENING_WORDS  # characters of an article's text read for names
_KINDS = ("article", "teaser")


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

    def __eq__(self, other) -> bool:
        return (isinstance(other, Sketch) and self.kind == other.kind
                and self.n_words == other.n_words and self.exact == other.exact
                and self.title_key == other.title_key
                and np.array_equal(self.minhash, other.minhash)
                and np.array_equal(self.link, other.link)
                and np.array_equal(self.title, other.title)
                and np.array_equal(self.names, other.names))

    def to_bytes(self) -> bytes:
        head = _HEADER.pack(FORMAT, _algorithm(), _KINDS.index(self.kind), len(self.minhash),
                            self.n_words, self.exact, self.title_key, len(self.link), len(self.title),
                            len(self.names))
        return b"".join((head, self.minhash.astype("<u4").tobytes(), self.link.astype("<u4").tobytes(),
                         self.title.astype("<u4").tobytes(), self.names.astype("<u4").tobytes()))

    @classmethod
    def from_bytes(cls, data: bytes) -> Sketch:
        if len(data) < _HEADER.size:
            raise ValueError("sketch too short")
        fmt, algo, kind, n_perm, n_words, exact, title_key, n_link, n_title, n_names = _HEADER.unpack_from(data)
        if fmt != FORMAT or algo != _algorithm() or n_perm != NUM_PERM or kind >= len(_KINDS):
            raise ValueError(f"sketch made another way (format {fmt}, algorithm {algo}, {n_perm} perms)")
        if len(data) != _HEADER.size + 4 * (n_perm + n_link + n_title + n_names):
            raise ValueError("sketch length does not match its header")
        arr = np.frombuffer(data, dtype="<u4", offset=_HEADER.size).astype(np.uint32)
        cut = np.cumsum([n_perm, n_link, n_title])
        return cls(_KINDS[kind], n_words, exact, title_key, arr[:cut[0]], arr[cut[0]:cut[1]],
                   arr[cut[1]:cut[2]], arr[cut[2]:])


def _u32_set(hashes: np.ndarray) -> np.ndarray:
    return np.unique((hashes & np.uint64(0xFFFFFFFF)).astype(np.uint32))


def sketch_texts(items: Sequence[tuple[str, str | None, str | None]]) -> list[Sketch]:
    """Sketches of (kind, title, body) triples: body is an article's text or a teaser's summary.

    Batched: one rensa call hashes every word and one computes every signature.
    """
    from rensa import RMinHash

    titles, bodies, word_lists = [], [], []
    for kind, title, body in items:
        tw, bw = word_bytes(title), word_bytes(body)
        if kind == "article" and not bw:  # a photo page or a stub: the title is all there is
            tw, bw = [], tw
        titles.append(tw)
        bodies.append(bw)
        word_lists.append(tw + bw)
    hashes = hash_words(word_lists) if word_lists else []
    out, flat, offsets = [], [], [0]
    for (kind, title, body), tw, bw, wh in zip(items, titles, bodies, hashes):
        nt = len(tw)
        title_sh = shingle_hashes(wh[:nt])
        if kind == "article":
            body_sh = shingle_hashes(wh[nt:])
            link = np.concatenate([title_sh, shingle_hashes(wh[nt:nt + OPENING_WORDS])])
            exact = key_of(bw)
        else:
            body_sh = shingle_hashes(wh)
            link = body_sh
            exact = key_of(tw + [b"|"] + bw)
        flat.append(body_sh)
        offsets.append(offsets[-1] + len(body_sh))
        title_key = key_of(tw) if nt >= MIN_TITLE_WORDS else 0
        names = name_pairs(title) + name_pairs(body[:OPENING_CHARS] if kind == "article" and body else body)
        figures = tw if kind == "teaser" else tw + bw[:OPENING_WORDS]  # a teaser's title's figures
        names += [b"#" + w for w in figures if w.isdigit()]
        out.append(Sketch(kind, len(bw) if kind == "article" else nt + len(bw), exact, title_key,
                          np.zeros(0, np.uint32), _u32_set(link), _u32_set(title_sh),
                          np.unique(np.array([zlib.crc32(x) for x in names], dtype=np.uint32))))
    if out:
        matrix = RMinHash.digest_matrix_from_flat_token_hashes(
            np.concatenate(flat).astype(np.uint64), np.array(offsets, dtype=np.uint64), NUM_PERM, SEED)
        rows = np.array(matrix.to_rows(), dtype=np.uint32)
        for s, row, n in zip(out, rows, np.diff(offsets)):
            s.minhash = row if n else np.full(NUM_PERM, 0xFFFFFFFF, np.uint32)
    return out


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
