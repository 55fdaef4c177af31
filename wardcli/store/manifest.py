"""The store's layout and its commit point, manifest.json: names, schema, reading, writing.

The manifest records, per file, how many bytes and records are committed; replacing it is
the commit (docs/store.md). `MIGRATIONS` take an older store to `SCHEMA_VERSION`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import orjson

from ..errors import StoreError
from .fsio import replacing

SCHEMA_VERSION = 1
KINDS = ("docs", "wards", "officials", "metrics", "pages")
RECORD_KINDS = KINDS[:4]  # what add_page() takes; "pages" lines are made by the store

MANIFEST = "manifest.json"
MANIFEST_TMP = "manifest.json.tmp"
LOCK = "lock"
# Entries a directory may hold without a manifest and still count as an empty store:
# what a writer leaves if it dies while creating the store.
CREATION_LEFTOVERS = frozenset({LOCK, MANIFEST_TMP})

# MIGRATIONS[i] takes a store from schema i + 1 to i + 2. Each is a named function
# (root, manifest) -> manifest, run by the writer under the lock; see docs/store.md.
MIGRATIONS: list[Callable[[Path, dict], dict]] = []


def file_name(kind: str) -> str:
    """The file that holds records of `kind`: "docs" -> "docs.jsonl"."""
    if kind not in KINDS:
        raise ValueError(f"unknown record kind {kind!r}; expected one of {', '.join(KINDS)}")
    return f"{kind}.jsonl"


def check_is_store(root: Path) -> None:
    """Refuse a directory with no manifest that holds anything but creation leftovers."""
    if (root / MANIFEST).exists():
        return
    extra = sorted(set(os.listdir(root)) - CREATION_LEFTOVERS)
    if extra:
        shown = ", ".join(extra[:3]) + (", ..." if len(extra) > 3 else "")
        raise StoreError(f"{root}: not a wardcli store (no {MANIFEST}) and not empty ({shown})")


def read_manifest(root: Path, for_writing: bool = False) -> dict | None:
    """The checked manifest, or None for a missing or still empty store."""
    path = root / MANIFEST
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        if root.exists():
            if not root.is_dir():
                raise StoreError(f"{root}: not a directory, so not a store") from None
            check_is_store(root)
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


def open_for_writing(root: Path) -> dict:
    """The manifest under the lock: created for a new store, migrated for an older one."""
    manifest = read_manifest(root, for_writing=True)
    if manifest is None:
        check_is_store(root)  # again, now that we hold the lock
        manifest = new_manifest()
        write_manifest(root, manifest)
    while manifest["schema_version"] < SCHEMA_VERSION:
        migrate = MIGRATIONS[manifest["schema_version"] - 1]
        manifest = migrate(root, manifest)
        manifest["schema_version"] += 1
        write_manifest(root, manifest)
    return manifest


def new_manifest() -> dict:
    """The manifest of an empty store."""
    from .. import __version__

    empty = {file_name(kind): {"bytes": 0, "records": 0} for kind in KINDS}
    return build_manifest(empty, f"wardcli {__version__}")


def build_manifest(files: dict, created_by: str) -> dict:
    """A manifest for `files` (file name -> {"bytes", "records"}), keys in the fixed order."""
    return {
        "schema_version": SCHEMA_VERSION,
        "created_by": created_by,
        "files": {file_name(k): files[file_name(k)] for k in KINDS},
        "counts": {k: files[file_name(k)]["records"] for k in KINDS},
    }


def write_manifest(root: Path, manifest: dict) -> None:
    """Replace the manifest atomically and durably: temp, fsync, rename, fsync dir."""
    data = orjson.dumps(manifest, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    try:
        with replacing(root / MANIFEST, tmp=root / MANIFEST_TMP) as f:
            f.write(data)
    except OSError as e:
        raise StoreError(f"{root / MANIFEST}: cannot write: {e.strerror}") from e


def shorter_than_committed(path: Path, size: int, committed: int) -> StoreError:
    """The error for a file cut below what the manifest committed."""
    return StoreError(
        f"{path}: {size} bytes, but {MANIFEST} committed {committed}; the store is damaged"
    )
