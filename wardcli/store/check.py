"""Verify a store, and mend what can be mended: what `wardcli check [--repair]` runs.

`check_store(root)` reads every committed byte and returns the problems it found, one
`Problem(file, line, message)` each: the manifest against the files (sizes, record counts),
every committed line a JSON object, ids unique (docs' `id`, pages' `page`), references
resolving (every doc id a page, ward, official or metric names is a stored doc), and the
index (index.sqlite) agreeing with the JSON lines. A store it cannot read at all (no
manifest, a manifest that does not parse) is a StoreError.

`repair_store(root)` takes the writer lock and mends: an uncommitted tail past a file's
committed length (a killed writer's) is truncated, crash leftovers (manifest.json.tmp, an
index's temp files) are removed, and a missing, stale or corrupt index is rebuilt or caught
up. It returns what it did, one sentence each. Damage inside committed bytes is not guessed
at: it stays a problem. The lock is a flock(), which the kernel drops when its holder dies,
so there is no stale lock to mend.

Example::

    >>> import tempfile
    >>> from wardcli.store import Store
    >>> root = Path(tempfile.mkdtemp()) / "s"
    >>> with Store(root).writer() as w:
    ...     w.add_page("p1", "a.txt", {"docs": [{"id": "d1"}]})
    1
    >>> check_store(root)
    []
    >>> (root / "index.sqlite").unlink(); [p.message for p in check_store(root)]
    ['is missing; `wardcli check --repair` builds it']
    >>> repair_store(root), check_store(root)
    (['index.sqlite: built'], [])
"""

from __future__ import annotations

import os
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..errors import StoreError
from .index import (INDEX, IndexUnusable, catch_up, compare, connect, covered, expected_rows, rebuild,
                    remove_leftovers)
from .lock import Lock
from .manifest import KINDS, MANIFEST, MANIFEST_TMP, file_name, read_manifest
from .reader import _parse_line

_SHOWN = 20  # problems of one sort shown per file before "... and N more"


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file} line {self.line}" if self.line else self.file
        return f"{where}: {self.message}"


def _manifest(root: Path) -> dict:
    if not (root / MANIFEST).exists():
        raise StoreError(f"{root}: not a wardcli store (no {MANIFEST})")
    return read_manifest(root)


def check_store(root: Path) -> list[Problem]:
    """Every problem found in the store at `root`, in file order (see the module doc)."""
    root = Path(root)
    manifest = _manifest(root)
    problems: list[Problem] = []
    records: dict[str, list[tuple[int, dict]]] = {}  # kind -> (line, only the fields checked)
    for kind in KINDS:
        name = file_name(kind)
        records[kind] = _check_file(root, name, manifest["files"][name], problems)
    problems += _check_ids(records)
    problems += _check_references(records)
    if not any(p.file == f for p in problems for f in (file_name(k) for k in KINDS)):
        problems += _check_index(root, manifest)
    return problems


def _check_file(root: Path, name: str, entry: dict, problems: list[Problem]) -> list[tuple[int, dict]]:
    """(line, record) of each committed line that parses; problems appended."""
    path = root / name
    committed = entry["bytes"]
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        if committed:
            problems.append(Problem(name, None, f"missing, but {MANIFEST} commits {committed} bytes"))
        return []
    if size < committed:
        problems.append(Problem(name, None, f"{size} bytes, but {MANIFEST} commits {committed}: "
                                "committed records are lost"))
    elif size > committed:
        problems.append(Problem(name, None, f"{size - committed} bytes past the committed "
                                f"{committed} (a killed writer's tail); --repair truncates them"))
    out: list[tuple[int, dict]] = []
    bad = 0
    with open(path, "rb") as f:
        remaining, lineno = min(size, committed), 0
        while remaining:
            line = f.readline(remaining)
            remaining -= len(line)
            lineno += 1
            try:
                out.append((lineno, _slim(_parse_line(path, lineno, line))))
            except StoreError as e:
                bad += 1
                if bad <= _SHOWN:
                    problems.append(Problem(name, lineno, str(e).split(": ", 1)[1]))
    if bad > _SHOWN:
        problems.append(Problem(name, None, f"... and {bad - _SHOWN} more lines that do not parse"))
    if size >= committed and lineno != entry["records"]:
        problems.append(Problem(name, None, f"{lineno} lines committed, but {MANIFEST} "
                                f"counts {entry['records']} records"))
    return out


def _slim(rec: dict) -> dict:
    """The fields the id and reference checks read (so a large store is not held whole)."""
    out = {k: rec[k] for k in ("id", "page", "docs", "doc_id") if k in rec}
    mentions = rec.get("mentions")
    if isinstance(mentions, list):
        out["mentions"] = [{"doc_id": m.get("doc_id")} if isinstance(m, dict) else m for m in mentions]
    return out


def _check_ids(records: dict) -> list[Problem]:
    problems = []
    for kind, field in (("docs", "id"), ("pages", "page")):
        first: dict = {}
        for lineno, rec in records[kind]:
            key = rec.get(field)
            if not isinstance(key, str) or not key:
                problems.append(Problem(file_name(kind), lineno, f"no {field!r}"))
            elif key in first:
                problems.append(Problem(file_name(kind), lineno,
                                        f"{field} {key} again (first on line {first[key]})"))
            else:
                first[key] = lineno
    return problems


def _referenced(kind: str, rec: dict) -> list:
    if kind == "pages":
        return rec.get("docs") if isinstance(rec.get("docs"), list) else []
    if kind == "metrics":
        return [rec.get("doc_id")]
    mentions = rec.get("mentions") if isinstance(rec.get("mentions"), list) else []
    return [m.get("doc_id") if isinstance(m, dict) else None for m in mentions]


def _check_references(records: dict) -> list[Problem]:
    """Every doc id a record names is a stored doc (at most _SHOWN reported per file)."""
    ids = {rec.get("id") for _, rec in records["docs"]}
    problems = []
    for kind in ("wards", "officials", "metrics", "pages"):
        missing = Counter()
        for lineno, rec in records[kind]:
            for doc_id in _referenced(kind, rec):
                if doc_id not in ids:
                    missing[doc_id] += 1
                    if sum(missing.values()) <= _SHOWN:
                        problems.append(Problem(file_name(kind), lineno,
                                                f"names doc {doc_id!r}, which docs.jsonl does not hold"))
        if sum(missing.values()) > _SHOWN:
            problems.append(Problem(file_name(kind), None, f"... and {sum(missing.values()) - _SHOWN} "
                                    "more references to docs not held"))
    return problems


def _check_index(root: Path, manifest: dict) -> list[Problem]:
    """The index against the JSON lines; run only when every file checked clean."""
    try:
        conn = connect(root / INDEX)
    except IndexUnusable as e:
        why = str(e).removeprefix(f"{INDEX} ")  # "is missing", "is corrupt (...)"
        return [Problem(INDEX, None, f"{why}; `wardcli check --repair` builds it")]
    try:
        cover = covered(conn)
        state = compare(cover, manifest)
        if state != "equal":
            said = "more than" if state == "ahead" else "less than"
            return [Problem(INDEX, None, f"covers {said} {MANIFEST} commits (a writer killed "
                            "before its index step); --repair brings it up to date")]
        problems = []
        for name, entry in manifest["files"].items():
            want_lines, want_keys = expected_rows(root, name, 0, entry["bytes"], 1)
            got_lines = conn.execute("SELECT file, line, offset, length FROM lines WHERE file = ?"
                                     " ORDER BY line", (name,)).fetchall()
            got_keys = conn.execute("SELECT file, field, key, line FROM keys WHERE file = ?",
                                    (name,)).fetchall()
            for line in _differing(want_lines, got_lines, 1) + _differing(want_keys, got_keys, 3):
                problems.append(Problem(INDEX, None, f"disagrees with {name} line {line}; "
                                        "--repair rebuilds it"))
                break
        return problems
    except (sqlite3.DatabaseError, IndexUnusable) as e:
        return [Problem(INDEX, None, f"corrupt ({e}); --repair rebuilds it")]
    finally:
        conn.close()


def _differing(want: list, got: list, line_at: int) -> list[int]:
    """Line numbers of rows in one list and not the other, smallest first."""
    diff = set(want) ^ set(got)
    return sorted(row[line_at] for row in diff)[:1]


def repair_store(root: Path, wait: bool = False) -> list[str]:
    """Mend what can be mended (see the module doc) under the writer lock; return what was done."""
    root = Path(root)
    manifest = _manifest(root)
    done: list[str] = []
    lock = Lock(root, wait=wait, on_wait=None)
    try:
        manifest = read_manifest(root)  # again, under the lock
        for name, entry in manifest["files"].items():
            path = root / name
            size = path.stat().st_size if path.exists() else 0
            if size > entry["bytes"]:
                with open(path, "r+b") as f:
                    f.truncate(entry["bytes"])
                    os.fsync(f.fileno())
                done.append(f"{name}: truncated {size - entry['bytes']} bytes past the committed "
                            f"{entry['bytes']}")
        if (root / MANIFEST_TMP).exists():
            (root / MANIFEST_TMP).unlink()
            done.append(f"{MANIFEST_TMP}: removed (left by a killed writer)")
        done += [f"{name}: removed (left by a killed index rebuild)" for name in remove_leftovers(root)]
        if any(p.file != INDEX for p in check_store(root)):
            return done  # damage in the committed bytes: the index cannot be rebuilt over it
        done += _repair_index(root)
    finally:
        lock.release()
    return done


def _repair_index(root: Path) -> list[str]:
    problems = [p for p in check_store(root) if p.file == INDEX]
    if not problems:
        return []
    try:
        conn = connect(root / INDEX)
    except IndexUnusable:
        rebuild(root)
        return [f"{INDEX}: built" if "missing" in problems[0].message else f"{INDEX}: rebuilt"]
    try:
        if compare(covered(conn), read_manifest(root)) == "behind" and len(problems) == 1 \
                and "less than" in problems[0].message:
            catch_up(root, conn)
            return [f"{INDEX}: indexed the records committed after it"]
    except (sqlite3.DatabaseError, IndexUnusable):
        pass
    finally:
        conn.close()
    rebuild(root)
    return [f"{INDEX}: rebuilt"]
