"""The writer lock: an exclusive flock() on <store>/lock, which holds the writer's pid.

One writer per store across processes (flock), and per process (`_HELD`, since flock on a
second descriptor of the same file would not block this process).
"""

from __future__ import annotations

import errno
import fcntl
import os
from pathlib import Path

from ..errors import LockedError, StoreError
from .manifest import LOCK

_HELD: set[str] = set()  # real paths of stores this process holds the writer lock on


class Lock:
    """An exclusive flock() on <root>/lock, holding our pid for others' messages.

    With `wait`, block until the holder is done, calling `on_wait(message)` once first;
    without it, raise LockedError naming the holder.
    """

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
        """Empty the pid and drop the lock; safe to call twice."""
        if self.released:
            return
        self.released = True
        _HELD.discard(self.key)
        try:
            os.ftruncate(self.fd, 0)
        finally:
            os.close(self.fd)  # closing drops the flock
