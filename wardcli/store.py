"""The store: a directory of append-only JSON-lines files and the manifest that commits them.

This module is the sole owner of the store directory (layout and protocol: docs/store.md)::

    manifest.json    the commit point: committed byte length and record count per file
    docs.jsonl       one Doc.to_dict() per line
    wards.jsonl      one Ward.to_dict() per line
    officials.jsonl  one Official.to_dict() per line
    metrics.jsonl    one Metric.to_dict() per line
    pages.jsonl      one line per ingested page: page hash, source, doc ids, ingested_at
    lock             flock()ed by the one writer; holds its pid

Readers take no lock: they read the manifest, then at most the committed bytes of each file.
A writer appends whole pages, and a commit (fsync the files, then atomically replace the
manifest) makes them visible. Bytes past the committed length are left by a crash; readers
never parse them and the next writer truncates them.
"""

from __future__ import annotations

import errno
import fcntl
import os
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path

import orjson

from .errors import LockedError, StoreError

SCHEMA_VERSION = 1
KINDS = ("docs", "wards", "officials", "metrics", "pages")
RECORD_KINDS = KINDS[:4]  # what add_page() takes; "pages" lines are made by the store

MANIFEST = "manifest.json"
MANIFEST_TMP = "manifest.json.tmp"
LOCK = "lock"
# Entries a directory may hold without a manifest and still count as an empty store:
# what a writer leaves if it dies while creating the store.
_CREATION_LEFTOVERS = frozenset({LOCK, MANIFEST_TMP})

# MIGRATIONS[i] takes a store from schema i + 1 to i + 2. Each is a named function
# (root, manifest) -> manifest, run by the writer under the lock; see docs/store.md.
MIGRATIONS: list[Callable[[Path, dict], dict]] = []

_HELD: set[str] = set()  # real paths of stores this process holds the writer lock on


def default_store_path() -> Path:
    """The store used when none is given: $WARDCLI_STORE, else the user data dir.

    Example::

        >>> os.environ["WARDCLI_STORE"] = "/tmp/wards"
        >>> default_store_path()
        PosixPath('/tmp/wards')
    """
    env = os.environ.get("WARDCLI_STORE")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("wardcli")) / "store"


def file_name(kind: str) -> str:
    """The file that holds records of `kind`: "docs" -> "docs.jsonl"."""
    if kind not in KINDS:
        raise ValueError(f"unknown record kind {kind!r}; expected one of {', '.join(KINDS)}")
    return f"{kind}.jsonl"


class Store:
    """A store directory, for reading. `writer()` gives the one writer.

    Reads see exactly what was committed when they start; a missing store reads as empty.

    Example::

        store = Store(default_store_path())
        for doc in store.iter("docs"):
            print(doc["id"], doc["title"])
    """

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    def __repr__(self) -> str:
        return f"Store({str(self.root)!r})"

    def manifest(self) -> dict:
        """The committed manifest (an empty one if the store does not exist yet).

        Example::

            >>> Store(path).manifest()["counts"]
            {'docs': 12, 'wards': 30, 'officials': 4, 'metrics': 9, 'pages': 5}
        """
        return _read_manifest(self.root) or _new_manifest()

    def iter(self, kind: str) -> Iterator[dict]:
        """Committed records of `kind` in append order, streamed from disk.

        Raises StoreError naming the file and line if the committed bytes do not parse.

        Example::

            >>> [m["raw"] for m in Store(path).iter("metrics")][:2]
            ['30.801 triệu đồng', '12 km']
        """
        name = file_name(kind)
        entry = self.manifest()["files"][name]
        return _iter_records(self.root / name, entry["bytes"], entry["records"])

    def count(self, kind: str) -> int:
        """How many committed records of `kind` there are (from the manifest).

        Example::

            >>> Store(path).count("docs")
            12
        """
        return self.manifest()["files"][file_name(kind)]["records"]

    def page_hashes(self) -> set[str]:
        """Content hashes of every committed page.

        Example::

            >>> "5f2c9e0a11b3d4e7" in Store(path).page_hashes()
            True
        """
        return {page["page"] for page in _iter_pages(self)}

    def doc_ids(self) -> set[str]:
        """Ids of every committed doc. Read from pages.jsonl, so doc text is not parsed.

        Example::

            >>> len(Store(path).doc_ids()) == Store(path).count("docs")
            True
        """
        return {doc_id for page in _iter_pages(self) for doc_id in page["docs"]}

    def writer(self, wait: bool = True, on_wait: Callable[[str], None] | None = None) -> Writer:
        """Take the writer lock (creating the store if needed) and return the Writer.

        With `wait`, block until another writer finishes, calling `on_wait(message)` once
        first; without it, raise LockedError. Use it as a context manager, which commits
        and releases the lock on the way out.

        Example::

            with Store(path).writer(on_wait=print) as w:
                if not w.has_page(page_hash):
                    w.add_page(page_hash, "a.html", {"docs": [doc.to_dict()]})
        """
        return Writer(self.root, wait=wait, on_wait=on_wait)


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
        _prepare_root(root)
        self._lock = _Lock(root, wait, on_wait)
        try:
            self._manifest = _open_for_writing(root)
            self.repaired = _repair(root, self._manifest)
            self._pages, self._docs = _load_index(root, self._manifest)
            self._fds = {kind: _open_append(root / file_name(kind)) for kind in KINDS}
            _fsync_dir(root)  # the files' directory entries, if just created
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

            >>> w.add_page(page_hash, "vnexpress/a.html",
            ...            {"docs": [d.to_dict() for d in docs], "wards": wards})
            2
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

            >>> w.commit(); store.count("pages")
            500
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
                _write_all(self._fds[kind], data)
                os.fsync(self._fds[kind])
            except OSError as e:
                raise StoreError(f"{self.root / name}: cannot write: {e.strerror}") from e
            files[name] = {
                "bytes": committed["bytes"] + len(data),
                "records": committed["records"] + len(rows),
            }
        manifest = _build_manifest(files, self._manifest["created_by"])
        _write_manifest(self.root, manifest)
        self._manifest = manifest
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


# --- the lock ---------------------------------------------------------------------------


class _Lock:
    """An exclusive flock() on <root>/lock, holding our pid for others' messages."""

    def __init__(self, root: Path, wait: bool, on_wait):
        self.key = os.path.realpath(root)
        if self.key in _HELD:
            raise StoreError(f"{root}: this process already has a writer open on the store")
        self.path = root / LOCK
        try:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as e:
            raise StoreError(f"{self.path}: cannot open: {e.strerror}") from e
        try:
            self._acquire(root, wait, on_wait)
            os.ftruncate(self.fd, 0)
            os.pwrite(self.fd, f"{os.getpid()}\n".encode(), 0)
        except BaseException:
            os.close(self.fd)
            raise
        _HELD.add(self.key)
        self.released = False

    def _acquire(self, root: Path, wait: bool, on_wait) -> None:
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError as e:
            if e.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise StoreError(f"{self.path}: cannot lock: {e.strerror}") from e
        holder = self._holder()
        if not wait:
            raise LockedError(f"{root}: the store is locked by another writer ({holder})")
        if on_wait is not None:
            on_wait(f"waiting for the store lock held by {holder}")
        fcntl.flock(self.fd, fcntl.LOCK_EX)

    def _holder(self) -> str:
        try:
            pid = self.path.read_text().strip()
        except OSError:
            pid = ""
        return f"pid {pid}" if pid.isdigit() else "another process"

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        _HELD.discard(self.key)
        try:
            os.ftruncate(self.fd, 0)
        finally:
            os.close(self.fd)  # closing drops the flock


# --- opening and repair -----------------------------------------------------------------


def _prepare_root(root: Path) -> None:
    """Create the store dir if missing; refuse a file or a non-empty non-store dir."""
    if root.exists() and not root.is_dir():
        raise StoreError(f"{root}: not a directory, so not a store")
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"{root}: cannot create the store: {e.strerror}") from e
    _check_is_store(root)


def _check_is_store(root: Path) -> None:
    if (root / MANIFEST).exists():
        return
    extra = sorted(set(os.listdir(root)) - _CREATION_LEFTOVERS)
    if extra:
        shown = ", ".join(extra[:3]) + (", ..." if len(extra) > 3 else "")
        raise StoreError(f"{root}: not a wardcli store (no {MANIFEST}) and not empty ({shown})")


def _open_for_writing(root: Path) -> dict:
    """The manifest under the lock: created for a new store, migrated for an older one."""
    manifest = _read_manifest(root, for_writing=True)
    if manifest is None:
        _check_is_store(root)  # again, now that we hold the lock
        manifest = _new_manifest()
        _write_manifest(root, manifest)
    while manifest["schema_version"] < SCHEMA_VERSION:
        migrate = MIGRATIONS[manifest["schema_version"] - 1]
        manifest = migrate(root, manifest)
        manifest["schema_version"] += 1
        _write_manifest(root, manifest)
    return manifest


def _repair(root: Path, manifest: dict) -> dict[str, int]:
    """Truncate every file to its committed length; return bytes dropped per file."""
    dropped = {}
    for name, entry in manifest["files"].items():
        path = root / name
        committed = entry["bytes"]
        size = path.stat().st_size if path.exists() else 0
        if size < committed:
            raise _shorter_than_committed(path, size, committed)
        if size > committed:
            with open(path, "r+b") as f:
                f.truncate(committed)
                os.fsync(f.fileno())
            dropped[name] = size - committed
        if committed and _last_byte(path, committed) != b"\n":
            raise StoreError(f"{path}: the committed bytes do not end a line; the store is damaged")
    (root / MANIFEST_TMP).unlink(missing_ok=True)
    return dropped


def _load_index(root: Path, manifest: dict) -> tuple[set[str], set[str]]:
    """(page hashes, doc ids) of the committed store, from pages.jsonl."""
    pages: set[str] = set()
    docs: set[str] = set()
    entry = manifest["files"][file_name("pages")]
    for page in _checked_pages(root / "pages.jsonl", entry):
        pages.add(page["page"])
        docs.update(page["docs"])
    return pages, docs


def _iter_pages(store: Store) -> Iterator[dict]:
    entry = store.manifest()["files"][file_name("pages")]
    return _checked_pages(store.root / "pages.jsonl", entry)


def _checked_pages(path: Path, entry: dict) -> Iterator[dict]:
    for lineno, page in enumerate(_iter_records(path, entry["bytes"], entry["records"]), 1):
        if not isinstance(page.get("page"), str) or not isinstance(page.get("docs"), list):
            raise StoreError(f"{path} line {lineno}: a page line without 'page' and 'docs'")
        yield page


# --- bytes on disk ----------------------------------------------------------------------


def _iter_records(path: Path, committed: int, expected: int) -> Iterator[dict]:
    """Parse the first `committed` bytes of `path`, one JSON object per line."""
    if committed == 0:
        return
    lineno = 0
    try:
        f = open(path, "rb")
    except FileNotFoundError:
        raise StoreError(f"{path}: missing, but {MANIFEST} committed {committed} bytes") from None
    with f:
        size = os.fstat(f.fileno()).st_size
        if size < committed:
            raise _shorter_than_committed(path, size, committed)
        remaining = committed
        while remaining:
            line = f.readline(remaining)
            lineno += 1
            if not line:
                raise StoreError(f"{path}: shrank below the {committed} bytes committed")
            remaining -= len(line)
            yield _parse_line(path, lineno, line)
    if lineno != expected:
        raise StoreError(f"{path}: {lineno} records committed, but {MANIFEST} says {expected}")


def _parse_line(path: Path, lineno: int, line: bytes) -> dict:
    if not line.endswith(b"\n"):
        raise StoreError(f"{path} line {lineno}: the committed bytes end inside this line")
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError as e:
        raise StoreError(f"{path} line {lineno}: not valid JSON ({e})") from None
    if not isinstance(record, dict):
        raise StoreError(f"{path} line {lineno}: not a JSON object")
    return record


def _read_manifest(root: Path, for_writing: bool = False) -> dict | None:
    """The checked manifest, or None for a missing or still empty store."""
    path = root / MANIFEST
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        if root.exists():
            if not root.is_dir():
                raise StoreError(f"{root}: not a directory, so not a store") from None
            _check_is_store(root)
        return None
    except NotADirectoryError:
        raise StoreError(f"{root}: not a directory, so not a store") from None
    except OSError as e:
        raise StoreError(f"{path}: cannot read: {e.strerror}") from e
    try:
        manifest = orjson.loads(data)
    except orjson.JSONDecodeError as e:
        raise StoreError(f"{path}: not valid JSON ({e}); the store is damaged") from None
    return _check_manifest(path, manifest, for_writing)


def _check_manifest(path: Path, manifest, for_writing: bool) -> dict:
    if not isinstance(manifest, dict) or not isinstance(manifest.get("schema_version"), int):
        raise StoreError(f"{path}: not a wardcli manifest (no schema_version)")
    version = manifest["schema_version"]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: store was written by a newer wardcli (schema {version}); this is "
            f"schema {SCHEMA_VERSION}. Upgrade wardcli to use this store."
        )
    if version < 1:
        raise StoreError(f"{path}: bad schema_version {version!r}")
    if version < SCHEMA_VERSION and not for_writing:
        raise StoreError(
            f"{path}: store has schema {version}, this wardcli reads schema {SCHEMA_VERSION}; "
            "opening it for writing migrates it"
        )
    files = manifest.get("files")
    for kind in KINDS:
        entry = files.get(file_name(kind)) if isinstance(files, dict) else None
        if not (
            isinstance(entry, dict)
            and all(isinstance(entry.get(k), int) and entry[k] >= 0 for k in ("bytes", "records"))
        ):
            raise StoreError(f"{path}: no valid entry for {file_name(kind)}")
    return manifest


def _new_manifest() -> dict:
    from . import __version__

    empty = {file_name(kind): {"bytes": 0, "records": 0} for kind in KINDS}
    return _build_manifest(empty, f"wardcli {__version__}")


def _build_manifest(files: dict, created_by: str) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "created_by": created_by,
        "files": {file_name(k): files[file_name(k)] for k in KINDS},
        "counts": {k: files[file_name(k)]["records"] for k in KINDS},
    }


def _write_manifest(root: Path, manifest: dict) -> None:
    """Replace the manifest atomically and durably: temp, fsync, rename, fsync dir."""
    data = orjson.dumps(manifest, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    tmp = root / MANIFEST_TMP
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, root / MANIFEST)
        _fsync_dir(root)
    except OSError as e:
        raise StoreError(f"{root / MANIFEST}: cannot write: {e.strerror}") from e


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


def _open_append(path: Path) -> int:
    return os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _truncate_tail(fd: int, committed: int, path: Path) -> None:
    """Drop what a failed commit left past the committed length."""
    size = os.fstat(fd).st_size
    if size < committed:
        raise _shorter_than_committed(path, size, committed)
    if size > committed:
        os.ftruncate(fd, committed)


def _shorter_than_committed(path: Path, size: int, committed: int) -> StoreError:
    return StoreError(
        f"{path}: {size} bytes, but {MANIFEST} committed {committed}; the store is damaged"
    )


def _last_byte(path: Path, committed: int) -> bytes:
    with open(path, "rb") as f:
        f.seek(committed - 1)
        return f.read(1)


def _fsync_dir(root: Path) -> None:
    fd = os.open(root, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
