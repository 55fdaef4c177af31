"""Reading committed records: at most the bytes the manifest commits, one JSON object a line.

Readers take no lock. Bytes past the committed length (a crashed writer's tail) are never
parsed; committed bytes that do not parse are a StoreError naming the file and line.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import orjson

from ..errors import StoreError
from .manifest import MANIFEST, shorter_than_committed


def iter_records(path: Path, committed: int, expected: int) -> Iterator[dict]:
    """Parse the first `committed` bytes of `path`, one JSON object per line; there must be
    `expected` of them."""
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
            raise shorter_than_committed(path, size, committed)
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


def iter_pages(path: Path, entry: dict) -> Iterator[dict]:
    """The committed lines of pages.jsonl (`entry`: its manifest entry), each checked to
    hold a page hash and its doc ids."""
    for lineno, page in enumerate(iter_records(path, entry["bytes"], entry["records"]), 1):
        if not isinstance(page.get("page"), str) or not isinstance(page.get("docs"), list):
            raise StoreError(f"{path} line {lineno}: a page line without 'page' and 'docs'")
        yield page
