"""The one writer of a store: repair on open, whole pages buffered, commit, release.

Commit protocol (docs/store.md): append each file's buffered lines, fsync them, then replace
the manifest (temp, fsync, rename, fsync the directory). A crash before the rename leaves
only an uncommitted tail, which the next writer truncates on open.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import orjson

from ..errors import StoreError
from .fsio import fsync_dir, last_byte, open_append, write_all
from .lock import Lock
from .manifest import (
    KINDS,
    MANIFEST_TMP,
    RECORD_KINDS,
    build_manifest,
    check_is_store,
    file_name,
    open_for_writing,
    shorter_than_committed,
    write_manifest,
)
from .index import IndexUnusable, remove_leftovers
from .index import update as update_index
from .reader import iter_pages


class Writer:
    """The one writer of a store; holds its lock from creation until `close()`.

    `add_page()` buffers a whole page; `commit()` makes everything added so far durable
    and visible at once. Leaving the `with` block commits, even when an exception is on
    its way out (pages are only ever added whole), then releases the lock.

    Example::

        with store.writer() as w:
            for i, (page_hash, source, records) in enumerate(pages):
                w.add_page(page_hash, source, records)
                if w.pending >= 500:
                    w.commit()
    """

    def __init__(self, root: Path, wait: bool = True, on_wait=None):
        self.root = root
        self.repaired: dict[str, int] = {}  # file name -> bytes of torn tail truncated
        self.index_error: Exception | None = None  # why the last index update failed
        _prepare_root(root)
        self._lock = Lock(root, wait, on_wait)
        try:
            self._manifest = open_for_writing(root)
            self.repaired = _repair(root, self._manifest)
            self._pages, self._docs = _load_index(root, self._manifest)
            self._fds = {kind: open_append(root / file_name(kind)) for kind in KINDS}
            fsync_dir(root)  # the files' directory entries, if just created
        except BaseException:
            self._close_fds()
            self._lock.release()
            raise
        self._buffers: dict[str, list[bytes]] = {kind: [] for kind in KINDS}
        self._pending_pages: set[str] = set()
        self._pending_docs: set[str] = set()

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self._finish(exc)

    def __del__(self) -> None:  # a writer dropped without close(): free the lock, no commit
        if hasattr(self, "_lock") and not self._lock.released:
            self._close_fds()
            self._lock.release()

    @property
    def pending(self) -> int:
        """Pages added since the last commit."""
        return len(self._pending_pages)

    def has_page(self, page_hash: str) -> bool:
        """Whether the page is stored or added (committed or not)."""
        return page_hash in self._pages or page_hash in self._pending_pages

    def has_doc(self, doc_id: str) -> bool:
        """Whether the doc is stored or added (committed or not)."""
        return doc_id in self._docs or doc_id in self._pending_docs

    def doc_ids(self) -> frozenset[str]:
        """Ids of every doc stored or added (committed or not), as a snapshot."""
        return frozenset(self._docs | self._pending_docs)

    def add_page(
        self,
        page_hash: str,
        source: str,
        records: dict[str, list[dict]],
        ingested_at: str | None = None,
    ) -> int:
        """Add one page's records, whole or not at all; return how many docs were new.

        `records` maps "docs", "wards", "officials", "metrics" to lists of dicts (the
        models' `to_dict()`). Docs already stored are skipped, and with them the records
        that refer only to them (by `doc_id` or `mentions[].doc_id`; mentions of such docs
        are dropped from records that also refer to new ones). A page already stored or
        added is a no-op that returns 0. `ingested_at` (ISO UTC) defaults to now. Nothing
        reaches the disk until `commit()`.

        Example::

            w.add_page(page_hash, "vnexpress/a.html",
                       {"docs": [d.to_dict() for d in docs], "wards": wards})  # -> 2
        """
        self._check_open()
        unknown = set(records) - set(RECORD_KINDS)
        if unknown:
            raise ValueError(f"add_page: unknown record kinds {sorted(unknown)}")
        if self.has_page(page_hash):
            return 0
        new_ids, page_doc_ids, skipped = self._classify_docs(records.get("docs", []))
        page_line = {
            "page": page_hash,
            "source": source,
            "docs": page_doc_ids,
            "ingested_at": ingested_at or _utc_now(),
        }
        lines = {"docs": _first_of_each(records.get("docs", []), new_ids), "pages": [page_line]}
        for kind in ("wards", "officials", "metrics"):
            kept = (_without_docs(r, skipped) for r in records.get(kind, []))
            lines[kind] = [r for r in kept if r is not None]
        encoded = {kind: [orjson.dumps(r) + b"\n" for r in rows] for kind, rows in lines.items()}
        for kind, rows in encoded.items():  # only now, when every line has encoded
            self._buffers[kind].extend(rows)
        self._pending_pages.add(page_hash)
        self._pending_docs.update(new_ids)
        return len(new_ids)

    def commit(self) -> None:
        """Make every page added so far durable and visible to readers, atomically.

        Appends each file's buffered lines, fsyncs them, then replaces the manifest
        (temp file, fsync, rename, fsync the directory). A crash before the rename leaves
        only an uncommitted tail, which the next writer truncates. No-op if nothing is added.

        Example::

            w.commit(); store.count("pages")  # -> 500
        """
        self._check_open()
        if not self._pending_pages:
            return
        files = dict(self._manifest["files"])
        for kind in KINDS:
            name = file_name(kind)
            rows = self._buffers[kind]
            if not rows:
                continue
            committed = files[name]
            data = b"".join(rows)
            try:
                _truncate_tail(self._fds[kind], committed["bytes"], self.root / name)
                write_all(self._fds[kind], data)
                os.fsync(self._fds[kind])
            except OSError as e:
                raise StoreError(f"{self.root / name}: cannot write: {e.strerror}") from e
            files[name] = {
                "bytes": committed["bytes"] + len(data),
                "records": committed["records"] + len(rows),
            }
        manifest = build_manifest(files, self._manifest["created_by"])
        write_manifest(self.root, manifest)
        self._manifest = manifest
        try:  # derived: if this fails, or never runs, the next reader catches the index up
            update_index(self.root)
        except (sqlite3.Error, OSError, StoreError, IndexUnusable) as e:
            self.index_error = e
        self._pages |= self._pending_pages
        self._docs |= self._pending_docs
        self._pending_pages, self._pending_docs = set(), set()
        self._buffers = {kind: [] for kind in KINDS}

    def close(self) -> None:
        """Commit what was added, then release the lock (always). Safe to call twice.

        Example::

            w = store.writer(); w.add_page(h, "a.html", records); w.close()
        """
        self._finish(None)

    def _finish(self, exc: BaseException | None) -> None:
        """Commit and release; if `exc` is on its way out, a failed commit only notes it."""
        if self._lock.released:
            return
        try:
            self.commit()
        except Exception as e:
            if exc is None:
                raise
            exc.add_note(f"and committing the pages added before it failed: {e}")
        finally:
            self._close_fds()
            self._lock.release()

    def _classify_docs(self, docs: list[dict]) -> tuple[set[str], list[str], set[str]]:
        """(ids new to the store, all the page's ids in order, ids already stored)."""
        new_ids: set[str] = set()
        skipped: set[str] = set()
        ordered: list[str] = []
        for doc in docs:
            doc_id = doc.get("id")
            if not isinstance(doc_id, str) or not doc_id:
                raise ValueError(f"add_page: a doc without an id: {str(doc)[:80]}")
            if doc_id in new_ids or doc_id in skipped:
                continue
            ordered.append(doc_id)
            (skipped if self.has_doc(doc_id) else new_ids).add(doc_id)
        return new_ids, ordered, skipped

    def _check_open(self) -> None:
        if self._lock.released:
            raise ValueError(f"the writer of {self.root} is closed")

    def _close_fds(self) -> None:
        for fd in getattr(self, "_fds", {}).values():
            os.close(fd)
        self._fds = {}


# --- opening and repair -----------------------------------------------------------------


def _prepare_root(root: Path) -> None:
    """Create the store dir if missing; refuse a file or a non-empty non-store dir."""
    if root.exists() and not root.is_dir():
        raise StoreError(f"{root}: not a directory, so not a store")
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"{root}: cannot create the store: {e.strerror}") from e
    check_is_store(root)


def _repair(root: Path, manifest: dict) -> dict[str, int]:
    """Truncate every file to its committed length; return bytes dropped per file."""
    dropped = {}
    for name, entry in manifest["files"].items():
        path = root / name
        committed = entry["bytes"]
        size = path.stat().st_size if path.exists() else 0
        if size < committed:
            raise shorter_than_committed(path, size, committed)
        if size > committed:
            with open(path, "r+b") as f:
                f.truncate(committed)
                os.fsync(f.fileno())
            dropped[name] = size - committed
        if committed and last_byte(path, committed) != b"\n":
            raise StoreError(f"{path}: the committed bytes do not end a line; the store is damaged")
    (root / MANIFEST_TMP).unlink(missing_ok=True)
    remove_leftovers(root)  # temp files of index rebuilds killed midway
    return dropped


def _load_index(root: Path, manifest: dict) -> tuple[set[str], set[str]]:
    """(page hashes, doc ids) of the committed store, from pages.jsonl."""
    pages: set[str] = set()
    docs: set[str] = set()
    entry = manifest["files"][file_name("pages")]
    for page in iter_pages(root / "pages.jsonl", entry):
        pages.add(page["page"])
        docs.update(page["docs"])
    return pages, docs


def _truncate_tail(fd: int, committed: int, path: Path) -> None:
    """Drop what a failed commit left past the committed length."""
    size = os.fstat(fd).st_size
    if size < committed:
        raise shorter_than_committed(path, size, committed)
    if size > committed:
        os.ftruncate(fd, committed)


# --- what a page adds -------------------------------------------------------------------


def _without_docs(record: dict, skipped: set[str]) -> dict | None:
    """`record` minus what belongs to already-stored docs; None if nothing is left."""
    if not skipped:
        return record
    mentions = record.get("mentions")
    if isinstance(mentions, list) and mentions:
        kept = [m for m in mentions if m.get("doc_id") not in skipped]
        if not kept:
            return None
        return record if len(kept) == len(mentions) else {**record, "mentions": kept}
    return None if record.get("doc_id") in skipped else record


def _first_of_each(docs: list[dict], ids: set[str]) -> list[dict]:
    """The first doc with each id in `ids`, in page order."""
    out, seen = [], set()
    for doc in docs:
        if doc["id"] in ids and doc["id"] not in seen:
            seen.add(doc["id"])
            out.append(doc)
    return out


def _utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
