"""index.sqlite: a derived index of the committed JSON lines, so queries read only their lines.

The JSON-lines files stay the source of truth; the index is rebuilt from them at any time.
It holds, per committed line, its byte offset and length (`lines`), the keys a query looks
lines up by (`keys`: doc id and published date; ward code and successor codes; official id,
place and folded name; metric place and doc), and per file the committed bytes and records
it covers (`covered`). Protocol (docs/store.md#index):

- the writer, right after each commit (after the manifest rename), runs `update()`: in one
  sqlite write transaction, index each file from the offset the index covers to the offset
  the manifest commits. The step is idempotent, so a reader may run it too (sqlite's own
  lock serialises it with the writer; readers take no store lock);
- killed between the manifest rename and that transaction, the index covers less than the
  manifest: the next reader sees it and catches up (or, if it cannot write, scans);
- an index that claims more than the manifest, or does not open as this index, is rebuilt
  whole into a temp file that replaces it atomically. A reader never trusts such an index.

Example::

    >>> import tempfile
    >>> from wardcli.store import Store
    >>> store = Store(Path(tempfile.mkdtemp()) / "s")
    >>> with store.writer() as w:
    ...     w.add_page("p1", "a.txt", {"docs": [{"id": "d1"}, {"id": "d2"}]})
    2
    >>> [d["id"] for d in store.index().records("docs", "id", ["d2"])]
    ['d2']
"""

from __future__ import annotations

import os
import sqlite3
import secrets
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from pathlib import Path

from ..errors import StoreError
from .manifest import KINDS, file_name, read_manifest
from .reader import _parse_line

INDEX = "index.sqlite"
FORMAT = "1"  # bump when the tables or the keys change: an index of another format is rebuilt
TIMEOUT = 10.0  # seconds to wait for another process's index transaction
_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE covered(file TEXT PRIMARY KEY, bytes INTEGER NOT NULL, records INTEGER NOT NULL)
    WITHOUT ROWID;
CREATE TABLE lines(file TEXT, line INTEGER, offset INTEGER NOT NULL, length INTEGER NOT NULL,
    PRIMARY KEY(file, line)) WITHOUT ROWID;
CREATE TABLE keys(file TEXT, field TEXT, key TEXT, line INTEGER,
    PRIMARY KEY(file, field, key, line)) WITHOUT ROWID;
"""


class IndexUnusable(Exception):
    """The index file is missing, corrupt, of another format, or claims more than the manifest."""


def _fold(name) -> str | None:
    from ..text import fold_key  # lazily: text loads unidecode tables

    return fold_key(name) if isinstance(name, str) else None


def _str(v) -> str | None:
    return v if isinstance(v, str) and v else None


def record_keys(kind: str, rec: dict) -> set[tuple[str, str]]:
    """The (field, key) pairs a line of `kind` is found by.

    >>> sorted(record_keys("metrics", {"place_code": "00001", "doc_id": "d1"}))
    [('doc', 'd1'), ('place', '00001')]
    """
    if kind == "docs":
        pairs = [("id", _str(rec.get("id"))), ("published", _str(rec.get("published")))]
    elif kind == "wards":
        succ = rec.get("successor_codes") if isinstance(rec.get("successor_codes"), list) else []
        pairs = [("code", _str(rec.get("code")))] + [("successor", _str(c)) for c in succ]
    elif kind == "officials":
        pairs = [("id", _str(rec.get("id"))), ("place", _str(rec.get("place_code"))),
                 ("name", _fold(rec.get("name")))]
    elif kind == "metrics":
        pairs = [("place", _str(rec.get("place_code"))), ("doc", _str(rec.get("doc_id")))]
    else:
        pairs = []
    return {(f, k) for f, k in pairs if k}


def iter_lines(path: Path, start: int, end: int, first_line: int) -> Iterator[tuple[int, int, bytes]]:
    """(line number, offset, bytes) of each line of `path` between byte offsets start and end."""
    if end <= start:
        return
    try:
        f = open(path, "rb")
    except FileNotFoundError:
        raise StoreError(f"{path}: missing, but the manifest commits {end} bytes") from None
    with f:
        f.seek(start)
        offset, lineno = start, first_line
        while offset < end:
            line = f.readline(end - offset)
            if not line:
                raise StoreError(f"{path}: shorter than the {end} bytes committed")
            yield lineno, offset, line
            offset += len(line)
            lineno += 1


def expected_rows(root: Path, name: str, start: int, end: int, first_line: int):
    """(lines rows, keys rows) the index must hold for bytes start..end of file `name`."""
    kind = name[: -len(".jsonl")]
    lines, keys = [], []
    for lineno, offset, line in iter_lines(root / name, start, end, first_line):
        rec = _parse_line(root / name, lineno, line)
        lines.append((name, lineno, offset, len(line)))
        keys.extend((name, f, k, lineno) for f, k in record_keys(kind, rec))
    return lines, keys


# --- opening, checking, updating ----------------------------------------------------------


def connect(path: Path) -> sqlite3.Connection:
    """An open index (IndexUnusable if missing, not sqlite, or of another format)."""
    if not path.exists():
        raise IndexUnusable(f"{path.name} is missing")
    try:
        conn = sqlite3.connect(path, timeout=TIMEOUT, isolation_level=None)
    except sqlite3.Error as e:
        raise IndexUnusable(f"{path.name} does not open ({e})") from None
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    except sqlite3.OperationalError as e:
        if "locked" in str(e) or "busy" in str(e):
            conn.close()
            raise
        conn.close()
        raise IndexUnusable(f"{path.name} is not a wardcli index ({e})") from None
    except sqlite3.DatabaseError as e:
        conn.close()
        raise IndexUnusable(f"{path.name} is corrupt ({e})") from None
    if row is None or row[0] != FORMAT:
        conn.close()
        raise IndexUnusable(f"{path.name} is of another format")
    return conn


def covered(conn: sqlite3.Connection) -> dict[str, dict]:
    """File name -> {"bytes", "records"} the index covers."""
    try:
        rows = conn.execute("SELECT file, bytes, records FROM covered").fetchall()
    except sqlite3.OperationalError:
        raise  # locked or busy: not the index's fault
    except sqlite3.DatabaseError as e:
        raise IndexUnusable(f"{INDEX} is corrupt ({e})") from None
    got = {f: {"bytes": b, "records": r} for f, b, r in rows}
    return {file_name(k): got.get(file_name(k), {"bytes": 0, "records": 0}) for k in KINDS}


def compare(cover: dict, manifest: dict) -> str:
    """"equal", "behind" (the index covers less of some file, more of none) or "ahead"."""
    files = manifest["files"]
    if any(cover[n]["bytes"] > files[n]["bytes"] or cover[n]["records"] > files[n]["records"]
           for n in files):
        return "ahead"
    return "equal" if all(cover[n] == files[n] for n in files) else "behind"


def _index_tail(conn: sqlite3.Connection, root: Path, cover: dict, manifest: dict) -> None:
    """Index every file from what `cover` says to what `manifest` commits (in a transaction)."""
    for name, entry in manifest["files"].items():
        start = cover[name]
        if start == entry:
            continue
        lines, keys = expected_rows(root, name, start["bytes"], entry["bytes"], start["records"] + 1)
        if start["records"] + len(lines) != entry["records"]:
            raise StoreError(f"{root / name}: {start['records'] + len(lines)} records committed, "
                             f"but the manifest says {entry['records']}")
        conn.executemany("INSERT OR REPLACE INTO lines VALUES (?, ?, ?, ?)", lines)
        conn.executemany("INSERT OR IGNORE INTO keys VALUES (?, ?, ?, ?)", keys)
        conn.execute("INSERT OR REPLACE INTO covered VALUES (?, ?, ?)",
                     (name, entry["bytes"], entry["records"]))


def catch_up(root: Path, conn: sqlite3.Connection) -> dict:
    """The idempotent step: under sqlite's write lock, index from the covered offsets to the
    manifest's committed ones; return the manifest now covered. IndexUnusable if the index
    claims more than the manifest."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        cover = covered(conn)
        manifest = read_manifest(root)  # read after the covered lengths: never behind them
        if manifest is None or compare(cover, manifest) == "ahead":
            raise IndexUnusable(f"{INDEX} covers more than {root / 'manifest.json'} commits")
        _index_tail(conn, root, cover, manifest)
        conn.execute("COMMIT")
    except BaseException:
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    return manifest


def rebuild(root: Path) -> None:
    """Build the index whole into a temp file beside it, then replace it atomically."""
    tmp = root / f".{INDEX}.{os.getpid()}.{secrets.token_hex(4)}"
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))  # the umask's mode
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.executescript(_SCHEMA)
            conn.execute("INSERT INTO meta VALUES ('format', ?)", (FORMAT,))
            catch_up(root, conn)
        finally:
            conn.close()
        with suppress(FileNotFoundError):  # a hot journal of the old file must not touch the new one
            os.unlink(root / f"{INDEX}-journal")
        os.replace(tmp, root / INDEX)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def remove_leftovers(root: Path) -> list[str]:
    """Remove temp files of rebuilds whose process is gone (named `.index.sqlite.<pid>.<hex>`);
    return their names. A live process's rebuild is left alone."""
    removed = []
    for path in root.glob(f".{INDEX}.*"):
        pid = path.name[len(INDEX) + 2 :].split(".")[0]
        if pid.isdigit() and _alive(int(pid)):
            continue
        with suppress(FileNotFoundError):
            path.unlink()
            removed.append(path.name)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def update(root: Path) -> None:
    """After a commit (the writer's step): bring the index up to the manifest, rebuilding an
    unusable one. Errors are the caller's; a reader catches up if this never ran."""
    try:
        conn = connect(root / INDEX)
    except IndexUnusable:
        rebuild(root)
        return
    try:
        catch_up(root, conn)
    except IndexUnusable:
        conn.close()
        rebuild(root)
    finally:
        conn.close()


def open_index(root: Path, notify: Callable[[str], None] | None) -> Index | None:
    """The index of `root` brought up to its manifest, or None (then the caller scans).

    Missing, corrupt or claiming more than the manifest: rebuilt. Behind the manifest (a
    writer killed after its commit): caught up. Each says so through `notify`; if the index
    cannot be written, `notify` says the query scans instead and None is returned.
    """
    say = notify or (lambda message: None)
    try:
        try:
            conn = connect(root / INDEX)
            cover = covered(conn)
            manifest = read_manifest(root)  # after the covered lengths, as in catch_up
            if manifest is None:
                conn.close()
                return None
            state = compare(cover, manifest)
            if state == "equal":
                return Index(root, conn, manifest)
            if state == "behind":
                say(f"{root / INDEX} is behind the last commit; indexing the rest")
                return Index(root, conn, catch_up(root, conn))
            conn.close()
            raise IndexUnusable(f"{INDEX} covers more than the manifest commits")
        except IndexUnusable as why:
            manifest = read_manifest(root)
            if manifest is None or not any(e["bytes"] for e in manifest["files"].values()):
                return None  # nothing committed: nothing to index, nothing to say
            say(f"{root}: {why}; rebuilding it")
            rebuild(root)
            conn = connect(root / INDEX)
            return Index(root, conn, catch_up(root, conn))
    except (sqlite3.Error, OSError, IndexUnusable) as e:
        say(f"{root / INDEX}: cannot use it ({e}); scanning every record instead")
        return None


class Index:
    """An index checked against the manifest it covers; reads only the committed lines."""

    def __init__(self, root: Path, conn: sqlite3.Connection, manifest: dict):
        self.root, self.conn, self.manifest = root, conn, manifest

    def close(self) -> None:
        self.conn.close()

    def _spans(self, name: str, sql: str, args: tuple) -> list[tuple[int, int, int]]:
        committed = self.manifest["files"][name]["bytes"]
        rows = self.conn.execute(
            # CROSS JOIN: look the keys up first (sqlite would otherwise walk every line)
            "SELECT DISTINCT l.line, l.offset, l.length FROM keys k CROSS JOIN lines l"
            " ON l.file = k.file AND l.line = k.line"
            f" WHERE k.file = ? AND k.field = ? AND {sql} AND l.offset + l.length <= ?"
            " ORDER BY l.line", (name, *args, committed)).fetchall()
        return rows

    def _read(self, name: str, spans) -> Iterator[dict]:
        if not spans:
            return
        path = self.root / name
        with open(path, "rb") as f:
            fd = f.fileno()
            for lineno, offset, length in spans:
                line = os.pread(fd, length, offset)
                rec = _parse_line(path, lineno, line)
                yield rec

    def records(self, kind: str, field: str, keys: Iterable[str]) -> Iterator[dict]:
        """Committed records of `kind` with any of `keys` under `field`, in store order."""
        return self.records_any(kind, [(field, keys)])

    def records_any(self, kind: str, lookups: Iterable[tuple[str, Iterable[str]]]) -> Iterator[dict]:
        """Committed records of `kind` found by any (field, keys) lookup, each once, in
        store order."""
        name = file_name(kind)
        spans: set = set()
        for field, keys in lookups:
            keys = sorted(set(keys))
            for i in range(0, len(keys), 500):  # under sqlite's limit on bound variables
                chunk = keys[i : i + 500]
                where = f"k.key IN ({','.join('?' * len(chunk))})"
                spans.update(self._spans(name, where, (field, *chunk)))
        return self._read(name, sorted(spans))

    def records_with_prefix(self, kind: str, field: str, prefix: str) -> Iterator[dict]:
        """Committed records of `kind` whose `field` key starts with `prefix`, in store order."""
        name = file_name(kind)
        spans = self._spans(name, "k.key >= ? AND k.key < ?", (field, prefix, prefix + "\U0010ffff"))
        return self._read(name, spans)


def dump(root: Path) -> dict[str, list[tuple]] | None:
    """The index's rows, table by table in key order (None if there is no index): what two
    stores' indexes are compared by, since their sqlite bytes depend on their history."""
    if not (Path(root) / INDEX).exists():
        return None
    conn = sqlite3.connect(Path(root) / INDEX)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall())
                for t in ("meta", "covered", "lines", "keys")}
    finally:
        conn.close()
