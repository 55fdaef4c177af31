"""Paths -> decoded text -> page -> extraction -> store, collecting per-file failures.

A bad file (missing, unreadable, binary, not UTF-8) is reported with its reason and the batch
goes on; nothing already stored is touched. Pages are committed in batches (every
`COMMIT_EVERY` pages or `COMMIT_SECONDS`), so a kill loses at most the batch in flight, and a
re-run picks it up: a page whose content hash is already stored is skipped.

    >>> from wardcli.store import Store
    >>> report = ingest(["seeds"], Store("/tmp/wardcli-doctest"))  # doctest: +SKIP
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .errors import InputError
from .gazetteer import DEFAULT_PROVINCE, Gazetteer, load_gazetteer
from .model import make_id
from .text import normalise

COMMIT_EVERY = 500
COMMIT_SECONDS = 2.0
STDIN = "-"


@dataclass
class IngestReport:
    files: int = 0
    articles: int = 0
    teasers: int = 0
    already: int = 0  # pages whose content was already in the store
    new_docs: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)

    def to_dict(self) -> dict:
        return {"files": self.files, "articles": self.articles, "teasers": self.teasers,
                "already_present": self.already, "new_docs": self.new_docs, "failed": len(self.failed)}


def iter_paths(paths: Iterable[str], glob: str = "*.txt") -> Iterator[str]:
    """Files as given; directories walked recursively for `glob`, in sorted order; "-" for stdin.
    A path that does not exist is yielded as is, so reading it reports the error."""
    for p in paths:
        if p == STDIN:
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob(glob)):
                if f.is_file():
                    yield str(f)
        else:
            yield p


def read_page(path: str) -> str:
    """The page's text, decoded and normalised, or InputError naming the problem."""
    try:
        data = sys.stdin.buffer.read() if path == STDIN else Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as e:
        raise InputError(path, e.strerror or str(e)) from None
    return decode_page(path, data)


def decode_page(path: str, data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (NUL bytes), not a text page")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(path, f"not UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start})") from None
    return normalise(text)


def page_records(text: str, source: str, gaz: Gazetteer, province: str = DEFAULT_PROVINCE,
                 known: Callable[[str], bool] | None = None):
    """The page, and the records of each kind of its docs, ready for the store.

    `known(doc_id)` says a doc is already stored (or will be, by an earlier page of the same
    run): such a teaser is not extracted, and neither it nor its records are returned, exactly
    as the store would drop them. The article is always read, since its place is the context
    of the page's teasers.
    """
    from .extract import extract_page
    from .page import parse_page

    page = parse_page(text, source)
    docs = ([page.article] if page.article else []) + list(page.teasers)
    records: dict[str, list[dict]] = {"docs": [], "wards": [], "officials": [], "metrics": []}
    wanted = None if known is None else (lambda d: d.kind == "article" or not known(d.id))
    # the page's province and what its docs settle for each other are read from all of them
    # (a page of another province's paper, a teaser's shared name read as the article reads it)
    for doc, ex in extract_page(docs, gaz, province, wanted):
        records["docs"].append(doc.to_dict())
        records["wards"].extend(w.to_dict() for w in ex.wards)
        records["officials"].extend(o.to_dict() for o in ex.officials)
        records["metrics"].extend(m.to_dict() for m in ex.metrics)
    return page, records


def _only_new(records: dict[str, list[dict]], writer) -> dict[str, list[dict]]:
    """Drop docs the store already holds (a teaser seen on another page) and their records."""
    new: dict[str, dict] = {}
    for d in records["docs"]:
        if d["id"] not in new and not writer.has_doc(d["id"]):
            new[d["id"]] = d
    out = {"docs": list(new.values())}
    for kind in ("wards", "officials", "metrics"):
        out[kind] = [r for r in records[kind] if _doc_of(r) in new]
    return out


def _doc_of(record: dict) -> str:
    if "doc_id" in record:
        return record["doc_id"]
    return record["mentions"][0]["doc_id"]


@dataclass
class _Page:
    """One input on its way through the pipeline, in input order."""

    path: str
    page_hash: str | None = None
    text: str | None = None  # dropped once extracted
    error: str | None = None  # a reason: the file could not be read or parsed
    input_error: bool = False
    articles: int = 0
    teasers: int = 0
    records: dict | None = None


def _read(path: str, dispatched: set[str], stored: Callable[[str], bool]) -> _Page:
    """Read and hash one input; a page already stored or already sent on is not extracted."""
    item = _Page(path)
    try:
        text = read_page(path)
    except InputError as e:
        item.path, item.error, item.input_error = e.path, e.reason, True
        return item
    item.page_hash = make_id("page", text)
    if item.page_hash not in dispatched and not stored(item.page_hash):
        dispatched.add(item.page_hash)
        item.text = text
    return item


def _extract(item: _Page, gaz: Gazetteer, province: str, known: Callable[[str], bool]) -> _Page:
    """Parse and extract one page read by `_read` (no-op for the others); errors become reasons."""
    if item.text is None:
        return item
    try:
        page, item.records = page_records(item.text, item.path, gaz, province, known)
        item.articles = 1 if page.article else 0
        item.teasers = len(page.teasers)
    except Exception as e:  # a bug on one page must not lose the batch; name it
        if os.environ.get("WARDCLI_DEBUG"):
            raise
        item.error = f"internal error: {type(e).__name__}: {e}"
    item.text = None
    return item


# -- worker processes (--jobs N) --------------------------------------------------------------
# Each worker loads the gazetteer once and remembers the docs it has extracted: a teaser it
# met on an earlier page is stored by the time this page is written (pages are written in
# input order), so skipping it changes nothing but the time.

_WORKER: dict = {}


def _worker_init(province: str, stored_docs: frozenset[str]) -> None:
    _WORKER.update(gaz=load_gazetteer(), province=province, stored=stored_docs, seen=set())


def _worker_known(doc_id: str) -> bool:
    return doc_id in _WORKER["seen"] or doc_id in _WORKER["stored"]


def _worker_batch(items: list[_Page]) -> list[_Page]:
    out = []
    for item in items:
        item = _extract(item, _WORKER["gaz"], _WORKER["province"], _worker_known)
        if item.records is not None:
            _WORKER["seen"].update(d["id"] for d in item.records["docs"])
        out.append(item)
    return out


BATCH_PAGES = 16  # pages sent to a worker at once
WINDOW_BATCHES = 4  # batches in flight per worker: bounds memory whatever the corpus size
MIN_PAGES_FOR_POOL = 64  # fewer inputs are read in this process: starting workers costs more


def _batches(items: Iterator[_Page], size: int) -> Iterator[list[_Page]]:
    batch: list[_Page] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _parallel(items: Iterator[_Page], jobs: int, province: str, stored_docs: frozenset[str]) -> Iterator[_Page]:
    """Extract pages in a pool of `jobs` processes; yield them in input order, at most
    jobs * WINDOW_BATCHES batches in flight."""
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_worker_init,
                             initargs=(province, stored_docs)) as pool:
        window: deque = deque()
        for batch in _batches(items, BATCH_PAGES):
            window.append(pool.submit(_worker_batch, batch))
            if len(window) >= jobs * WINDOW_BATCHES:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()


def default_jobs() -> int:
    """Worker processes for `--jobs`: the cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def ingest(paths: Iterable[str], store, *, glob: str = "*.txt", province: str = DEFAULT_PROVINCE,
           wait: bool = True, on_wait: Callable[[str], None] | None = None,
           on_error: Callable[[str, str], None] | None = None,
           progress: Callable[[int], None] | None = None, jobs: int = 1) -> IngestReport:
    """Ingest every page under `paths` into `store`. Errors of single files are collected in
    the report (and passed to `on_error` as they happen); store errors raise.

    With `jobs` > 1 pages are parsed and extracted in that many processes while this one
    reads files and writes the store, in input order: the store's bytes are the same as with
    `jobs=1` (only `ingested_at` differs, as between any two runs).
    """
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    report = IngestReport()
    path_list = list(iter_paths(paths, glob))
    if len(path_list) < MIN_PAGES_FOR_POOL or STDIN in path_list:
        jobs = 1
    with store.writer(wait=wait, on_wait=on_wait) as w:
        dispatched: set[str] = set()
        read = (_read(p, dispatched, w.has_page) for p in path_list)
        if jobs == 1:
            gaz = load_gazetteer()
            done = (_extract(item, gaz, province, w.has_doc) for item in read)
        else:
            done = _parallel(read, jobs, province, w.doc_ids())
        pending = 0
        last = time.monotonic()
        for item in done:
            report.files += 1
            if item.error is not None:
                report.failed.append((item.path, item.error))
                if on_error:
                    on_error(item.path, item.error)
            elif item.records is None or w.has_page(item.page_hash):
                report.already += 1
            else:
                report.new_docs += w.add_page(item.page_hash, item.path, _only_new(item.records, w))
                report.articles += item.articles
                report.teasers += item.teasers
                pending += 1
            if progress:
                progress(report.files)
            if pending and (pending >= COMMIT_EVERY or time.monotonic() - last >= COMMIT_SECONDS):
                w.commit()
                pending = 0
                last = time.monotonic()
    return report
