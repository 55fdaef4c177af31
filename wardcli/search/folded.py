"""The folded corpus: the searchable fields of every doc, marked once, in one flat file.

A directory holds three files:

`folded.bin`
    The marked text (`marks.marked`) of each field, each followed by b"\\n", in the order they
    were added. One byte per character for Vietnamese text; `TO_FOLDED` turns it into `fold()`.
`folded.idx`
    Header (magic, then counts), then arrays of little-endian int64 and the doc ids:
    per field: stream offset, code-point offset, doc number, field kind;
    per cluster: stream offset, code-point offset, bytes, code points;
    per doc: offset of its id in the id blob (one more than docs); the id blob (UTF-8).

Offsets. Code points count in a virtual text made of each field's NFC text followed by "\\n",
so a field's local offset is a global code-point offset minus the field's. Where characters do
not map 1:1 to bytes, a "cluster" records it: a character that folds to 0 or 2+ bytes ("ß" ->
"ss", "…" -> "...", an emoji -> ""), and a stray combining mark joined to the character before
it. NFC Vietnamese has none, so the cluster table is sparse; between clusters the map is a
shift, found by bisection over the arrays (read through memoryviews: nothing per doc is loaded).

Commit order: `folded.bin` grows first, then `folded.idx` is replaced atomically; the index
records how many bytes of `folded.bin` it covers, and readers never look past that, so a crash
mid-write leaves the previous index valid (the writer cuts the uncommitted tail on reopening).
"""

from __future__ import annotations

import bisect
import mmap
import os
import re
import struct
import sys
import unicodedata
from array import array
from pathlib import Path
from typing import Iterator

from .marks import CODE, TO_FOLDED, _TABLE, marked

# Field kinds, in the order of their numbers in the index.
FIELDS = ("title", "lead", "text", "caption")
BIN = "folded.bin"
# The same bytes translated to ASCII (`fold()` of each field): folded patterns search it with
# no per-query translation (~3x faster) at the cost of a second file of the same size.
ASCII = "folded.ascii"
IDX = "folded.idx"
_MAGIC = b"WFOLD\x00\x00\x01"
# magic, stream length, code points, fields, clusters, docs, id-blob bytes
_HEAD = struct.Struct("<8s6q")
# Characters that may not map 1:1 (not ASCII, not a Vietnamese letter).
_OTHER = re.compile("[^\x00-\x7f" + "".join(sorted(CODE)) + "]")
_ITEM = 8  # bytes of one array entry


class FoldedError(Exception):
    """A folded index that is damaged or disagrees with its data file."""


class FoldedWriter:
    """Append docs' fields to the folded corpus in `directory`.

    >>> import tempfile
    >>> d = tempfile.mkdtemp()
    >>> with FoldedWriter(d) as w:
    ...     w.add("doc1", "title", "Phường Tương Mai")
    >>> FoldedIndex(d).locate(7, 16)
    (0, 7, 16)
    """

    def __init__(self, directory: str | os.PathLike, sync: bool = True):
        self.dir = Path(directory)
        self.sync = sync  # fsync on close (off for scratch indexes and tests)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.field_pos, self.field_cp = array("q"), array("q")
        self.field_doc, self.field_kind = array("q"), array("q")
        self.cl_pos, self.cl_cp, self.cl_n, self.cl_c = array("q"), array("q"), array("q"), array("q")
        self.doc_off, self.ids = array("q", [0]), bytearray()
        self.pos = self.cp = 0
        self._last_id: str | None = None
        if (self.dir / IDX).exists():
            self._load()
        for name in (BIN, ASCII):
            with open(self.dir / name, "ab") as f:
                f.truncate(self.pos)  # drop a tail no index covers
        self._bin = open(self.dir / BIN, "ab")
        self._ascii = open(self.dir / ASCII, "ab")

    def _load(self) -> None:
        data = (self.dir / IDX).read_bytes()
        head = _read_head(data)
        _, self.pos, self.cp, nf, nc, nd, nid = head
        cols = _split(data, nf, nc, nd)
        for a, raw in zip(
            (self.field_pos, self.field_cp, self.field_doc, self.field_kind,
             self.cl_pos, self.cl_cp, self.cl_n, self.cl_c),
            cols[:8],
        ):
            a.frombytes(raw)
        self.doc_off = array("q")
        self.doc_off.frombytes(cols[8])
        self.ids = bytearray(cols[9])

    def add(self, doc_id: str, field: str, text: str) -> None:
        """Append one field of a doc (NFC text, as the store holds it)."""
        if field not in FIELDS:
            raise ValueError(f"unknown field {field!r} (one of {', '.join(FIELDS)})")
        if not unicodedata.is_normalized("NFC", text):
            raise ValueError(f"{doc_id}: {field} is not NFC; normalise() it first")
        if doc_id != self._last_id:
            self.ids += doc_id.encode("utf-8")
            self.doc_off.append(len(self.ids))
            self._last_id = doc_id
        data = marked(text) + b"\n"
        self.field_pos.append(self.pos)
        self.field_cp.append(self.cp)
        self.field_doc.append(len(self.doc_off) - 2)
        self.field_kind.append(FIELDS.index(field))
        if not text.isascii():
            self._clusters(text)
        self._bin.write(data)
        self._ascii.write(data.translate(TO_FOLDED))
        self.pos += len(data)
        self.cp += len(text) + 1

    def _clusters(self, text: str) -> None:
        """Record the characters of `text` that do not map to exactly one byte."""
        found: list[list[int]] = []  # [local cp, code points, bytes]
        for m in _OTHER.finditer(text):
            i = m.start()
            n = len(_TABLE[ord(text[i])])
            if n == 1:
                continue
            if n == 0 and i > 0 and unicodedata.category(text[i])[0] == "M":
                if found and found[-1][0] + found[-1][1] == i:
                    found[-1][1] += 1  # a mark on a character that is a cluster already
                else:
                    found.append([i - 1, 2, len(_TABLE[ord(text[i - 1])])])
            else:
                found.append([i, 1, n])
        shift = 0  # bytes minus code points before the cluster
        for cp, c, n in found:
            self.cl_pos.append(self.pos + cp + shift)
            self.cl_cp.append(self.cp + cp)
            self.cl_n.append(n)
            self.cl_c.append(c)
            shift += n - c

    def close(self) -> None:
        """Flush the data, then replace the index atomically."""
        for f in (self._bin, self._ascii):
            f.flush()
            if self.sync:
                os.fsync(f.fileno())
            f.close()
        nf, nc, nd = len(self.field_pos), len(self.cl_pos), len(self.doc_off) - 1
        head = _HEAD.pack(_MAGIC, self.pos, self.cp, nf, nc, nd, len(self.ids))
        tmp = self.dir / (IDX + ".tmp")
        with open(tmp, "wb") as f:
            f.write(head)
            for a in (self.field_pos, self.field_cp, self.field_doc, self.field_kind,
                      self.cl_pos, self.cl_cp, self.cl_n, self.cl_c, self.doc_off):
                f.write(_le(a))
            f.write(self.ids)
            f.flush()
            if self.sync:
                os.fsync(f.fileno())
        os.replace(tmp, self.dir / IDX)
        if not self.sync:
            return
        fd = os.open(self.dir, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> "FoldedWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:  # leave the previous index in force; the data tail is cut on reopening
            self._bin.close()
            self._ascii.close()


class FoldedIndex:
    """Read a folded corpus: stream its data in line-aligned chunks, map spans back."""

    def __init__(self, directory: str | os.PathLike):
        self.dir = Path(directory)
        with open(self.dir / IDX, "rb") as f:
            self._mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        if sys.byteorder != "little":
            raise FoldedError("folded index is little-endian; this machine is not")
        head = _read_head(self._mm)
        _, self.length, self.code_points, nf, nc, nd, nid = head
        for name in (BIN, ASCII):
            if os.path.getsize(self.dir / name) < self.length:
                raise FoldedError(f"{self.dir / name}: shorter than its index says")
        view = memoryview(self._mm)
        cols = _split(view, nf, nc, nd)
        casts = [c.cast("q") for c in cols[:9]]
        self._views = [view, *cols, *casts]  # released by close(), casts first
        (self.field_pos, self.field_cp, self.field_doc, self.field_kind,
         self.cl_pos, self.cl_cp, self.cl_n, self.cl_c, self.doc_off) = casts
        self._ids = cols[9]
        self.fields = nf
        self._last = (0, -1, -1, False)  # field bounds, number and 1:1-ness of the last locate

    def __len__(self) -> int:
        """Number of fields."""
        return self.fields

    def iter_windows(self, size: int = 1 << 23, ascii: bool = False) -> Iterator[tuple[object, int, int]]:
        """(buffer, start, end): line-aligned windows of about `size` bytes over the mapped
        marked data (or its ASCII fold), in stream offsets. Pages of a window already searched
        are dropped from memory, so a search stays flat in the corpus size."""
        if self.length == 0:
            return
        with open(self.dir / (ASCII if ascii else BIN), "rb") as f:
            mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        try:
            start = 0
            while start < self.length:
                end = min(start + size, self.length)
                if end < self.length:
                    cut = mm.rfind(b"\n", start, end)
                    end = cut + 1 if cut >= 0 else mm.find(b"\n", end, self.length) + 1 or self.length
                yield mm, start, end
                page = start - start % mmap.PAGESIZE
                if hasattr(mm, "madvise") and end - page >= mmap.PAGESIZE:
                    mm.madvise(mmap.MADV_DONTNEED, page, (end - page) // mmap.PAGESIZE * mmap.PAGESIZE)
                start = end
        finally:
            mm.close()

    def field_of(self, pos: int) -> int:
        """Index of the field whose stream bytes contain offset `pos`."""
        return bisect.bisect_right(self.field_pos, pos) - 1

    def doc_id(self, field: int) -> str:
        d = self.field_doc[field]
        return bytes(self._ids[self.doc_off[d] : self.doc_off[d + 1]]).decode("utf-8")

    def field_name(self, field: int) -> str:
        return FIELDS[self.field_kind[field]]

    def locate(self, start: int, end: int) -> tuple[int, int, int]:
        """(field, start, end) in code points of the field's text, for stream bytes
        [start, end) within one field; a span inside a multi-byte character widens to it."""
        lo, hi, f, plain = self._last
        if not lo <= start < hi:  # hits come in order: most fall in the field of the last one
            f = self.field_of(start)
            lo = self.field_pos[f]
            hi = self.field_pos[f + 1] if f + 1 < self.fields else self.length
            k = bisect.bisect_left(self.cl_pos, lo)
            plain = k == len(self.cl_pos) or self.cl_pos[k] >= hi  # no cluster: 1:1 map
            self._last = (lo, hi, f, plain)
        if plain:
            return f, start - lo, end - lo
        base = self.field_cp[f]
        return f, self._cp_start(start) - base, self._cp_end(end) - base

    def _cp_start(self, b: int) -> int:
        k = bisect.bisect_right(self.cl_pos, b) - 1
        if k < 0:
            return b
        p, n = self.cl_pos[k], self.cl_n[k]
        if b < p + n:
            return self.cl_cp[k]
        return self.cl_cp[k] + self.cl_c[k] + b - p - n

    def _cp_end(self, e: int) -> int:
        k = bisect.bisect_left(self.cl_pos, e) - 1
        if k < 0:
            return e
        p, n = self.cl_pos[k], self.cl_n[k]
        if e <= p + n:
            return self.cl_cp[k] + self.cl_c[k]
        return self.cl_cp[k] + self.cl_c[k] + e - p - n

    def close(self) -> None:
        for v in reversed(self._views):
            v.release()
        self._mm.close()

    def __enter__(self) -> "FoldedIndex":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _le(a: array) -> bytes:
    if a.itemsize != _ITEM or sys.byteorder != "little":  # the format is little-endian int64
        raise FoldedError("folded index needs int64 arrays on a little-endian machine")
    return a.tobytes()


def _read_head(data) -> tuple:
    if len(data) < _HEAD.size or bytes(data[:8]) != _MAGIC:
        raise FoldedError("not a folded index (bad magic)")
    return _HEAD.unpack_from(data, 0)


def _split(data, nf: int, nc: int, nd: int) -> list:
    """The index's columns as slices of `data` (9 int64 columns, then the id blob)."""
    sizes = [nf] * 4 + [nc] * 4 + [nd + 1]
    out, at = [], _HEAD.size
    for n in sizes:
        out.append(data[at : at + n * _ITEM])
        at += n * _ITEM
    out.append(data[at:])
    if sum(len(x) for x in out[:9]) != sum(sizes) * _ITEM:
        raise FoldedError("folded index is truncated")
    return out
