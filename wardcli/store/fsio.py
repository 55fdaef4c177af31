"""Bytes to disk, durably: the one atomic file replacement, appends, fsyncs.

`replacing(path)` is how wardcli replaces a file whole (the store's manifest, `export -o`):
write a temp file in the same directory, fsync it, `os.replace` it over `path`, fsync the
directory. Killed at any instant, `path` holds the old bytes or the new ones, never a mix.

Example::

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> with replacing(d / "a.txt") as f:
    ...     _ = f.write(b"whole or nothing\\n")
    >>> (d / "a.txt").read_bytes(), sorted(p.name for p in d.iterdir())
    (b'whole or nothing\\n', ['a.txt'])
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO


@contextmanager
def replacing(path: Path, tmp: Path | None = None, text: bool = False) -> Iterator[IO]:
    """A file to write `path`'s new content to; on a clean exit it replaces `path` atomically
    and durably, on an exception the temp file is removed and `path` is untouched.

    `tmp`: a fixed temp name (the store's `manifest.json.tmp`, which its next writer knows to
    clear away), else a fresh hidden one beside `path` (`.<name>.<random>`, mode 0600).
    `text`: a UTF-8 text stream with no newline translation instead of a binary one; its
    `.buffer` takes bytes too. OSError is the caller's to word.
    """
    directory = path.parent
    if tmp is None:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    else:
        fd, name = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666), tmp
    try:
        f = os.fdopen(fd, "w", encoding="utf-8", newline="") if text else os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        _discard(name)
        raise
    try:
        with f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(name, path)
        fsync_dir(directory)
    except BaseException:
        _discard(name)
        raise


def _discard(name) -> None:
    with suppress(OSError):
        os.unlink(name)


def fsync_dir(directory: Path) -> None:
    """Make a directory's entries (a new file, a rename) durable."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def open_append(path: Path) -> int:
    """A descriptor that appends to `path`, creating it if missing."""
    return os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)


def write_all(fd: int, data: bytes) -> None:
    """os.write until every byte is written."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def last_byte(path: Path, end: int) -> bytes:
    """The byte at offset `end - 1` of `path`."""
    with open(path, "rb") as f:
        f.seek(end - 1)
        return f.read(1)
