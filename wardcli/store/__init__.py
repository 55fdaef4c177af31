"""The store: a directory of append-only JSON-lines files and the manifest that commits them.

This package is the sole owner of the store directory (layout and protocol: docs/store.md)::

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

Modules, bottom up: `fsio` (atomic replacement, appends, fsyncs), `manifest` (layout, schema,
the commit point), `lock` (the writer lock), `reader` (committed lines), `writer` (the one
writer); `Store` here ties them together.

Example (a page in, its records out)::

    >>> import tempfile
    >>> store = Store(Path(tempfile.mkdtemp()) / "store")
    >>> with store.writer() as w:
    ...     w.add_page("5f2c9e0a11b3d4e7", "a.txt", {"docs": [{"id": "d1", "title": "A"}]})
    1
    >>> store.count("docs"), [d["title"] for d in store.iter("docs")], store.doc_ids()
    (1, ['A'], {'d1'})
    >>> store.manifest()["counts"]
    {'docs': 1, 'wards': 0, 'officials': 0, 'metrics': 0, 'pages': 1}
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from .manifest import (
    KINDS,
    RECORD_KINDS,
    SCHEMA_VERSION,
    file_name,
    new_manifest,
    read_manifest,
)
from .index import INDEX, Index, open_index
from .reader import iter_pages, iter_records
from .writer import Writer

__all__ = ["INDEX", "Index", "KINDS", "RECORD_KINDS", "SCHEMA_VERSION", "Store", "Writer", "default_store_path",
           "file_name"]


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


class Store:
    """A store directory, for reading. `writer()` gives the one writer.

    Reads see exactly what was committed when they start; a missing store reads as empty.

    Example::

        store = Store(default_store_path())
        for doc in store.iter("docs"):
            print(doc["id"], doc["title"])
    """

    def __init__(self, root: str | os.PathLike, use_index: bool = True,
                 notify: Callable[[str], None] | None = None):
        self.root = Path(root)
        self.use_index = use_index  # False: queries scan every record (the reference path)
        self.notify = notify  # told when the index is rebuilt, caught up or not usable
        self._index: Index | None = None

    def __repr__(self) -> str:
        return f"Store({str(self.root)!r})"

    def manifest(self) -> dict:
        """The committed manifest (an empty one if the store does not exist yet).

        Example::

            Store(path).manifest()["counts"]  # -> {"docs": 12, "wards": 30, ...}
        """
        return read_manifest(self.root) or new_manifest()

    def iter(self, kind: str) -> Iterator[dict]:
        """Committed records of `kind` in append order, streamed from disk.

        Raises StoreError naming the file and line if the committed bytes do not parse.

        Example::

            [m["raw"] for m in Store(path).iter("metrics")][:2]  # -> ['30.801 triệu đồng', '12 km']
        """
        name = file_name(kind)
        entry = self.manifest()["files"][name]
        return iter_records(self.root / name, entry["bytes"], entry["records"])

    def count(self, kind: str) -> int:
        """How many committed records of `kind` there are (from the manifest).

        Example::

            Store(path).count("docs")  # -> 12
        """
        return self.manifest()["files"][file_name(kind)]["records"]

    def page_hashes(self) -> set[str]:
        """Content hashes of every committed page.

        Example::

            "5f2c9e0a11b3d4e7" in Store(path).page_hashes()  # -> True
        """
        return {page["page"] for page in self._iter_pages()}

    def doc_ids(self) -> set[str]:
        """Ids of every committed doc. Read from pages.jsonl, so doc text is not parsed.

        Example::

            len(Store(path).doc_ids()) == Store(path).count("docs")  # -> True
        """
        return {doc_id for page in self._iter_pages() for doc_id in page["docs"]}

    def index(self) -> Index | None:
        """The index (index.sqlite) brought up to the last commit, or None: scan instead.

        None when the store is empty or `use_index` is off, or (said through `notify`) when
        the index cannot be written. A missing, stale or corrupt index is rebuilt first.

        Example::

            ix = Store(path).index()
            ix and [d["title"] for d in ix.records("docs", "id", ["5f2c9e0a11b3d4e7"])]
        """
        if not self.use_index:
            return None
        if self._index is not None:
            self._index.close()
        self._index = open_index(self.root, self.notify)
        if self._index is None:
            self.use_index = False  # one message per Store, then scans
        return self._index

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

    def _iter_pages(self) -> Iterator[dict]:
        entry = self.manifest()["files"][file_name("pages")]
        return iter_pages(self.root / "pages.jsonl", entry)
