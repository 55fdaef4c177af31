"""One writer at a time, across processes: a real flock on <store>/lock."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from storesynth import page_index

from wardcli.errors import LockedError, StoreError
from wardcli.store import Store

pytestmark = pytest.mark.slow
SCRIPT = Path(__file__).with_name("storesynth.py")


def start_holder(root, label, commits=1, pause=0.0, until_stdin=False):
    """A subprocess that takes the writer lock and writes pages labelled `label`."""
    args = [sys.executable, str(SCRIPT), "hold", str(root), label, str(commits), str(pause)]
    if until_stdin:
        args.append("--until-stdin")
    return subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def wait_for_line(proc, expected):
    line = proc.stdout.readline().strip()
    assert line == expected, f"holder said {line!r}, expected {expected!r}"


def test_second_writer_waits_and_writes_after_the_first(tmp_path):
    a = start_holder(tmp_path, "A", commits=5, pause=0.15)
    wait_for_line(a, "locked")
    b = start_holder(tmp_path, "B", commits=5, pause=0.0)
    b_out, _ = b.communicate(timeout=30)
    a_out, _ = a.communicate(timeout=30)
    assert a.returncode == b.returncode == 0
    assert b_out.splitlines() == [
        f"waiting for the store lock held by pid {a.pid}",
        "locked",
        "committed",
        "released",
    ]
    labels = [p["source"].split("/")[0] for p in Store(tmp_path).iter("pages")]
    assert labels == ["A"] * 50 + ["B"] * 50  # all of A's commits, then all of B's
    for kind in ("docs", "metrics"):
        sources = [r["source"].split("/")[0] for r in Store(tmp_path).iter(kind)]
        assert sources == sorted(sources)


def test_no_wait_raises_locked_error_naming_the_holder(tmp_path):
    a = start_holder(tmp_path, "A", until_stdin=True)
    try:
        wait_for_line(a, "locked")
        wait_for_line(a, "committed")
        with pytest.raises(LockedError, match=rf"locked by another writer \(pid {a.pid}\)"):
            Store(tmp_path).writer(wait=False)
        assert Store(tmp_path).count("pages") == 10  # readers are not blocked
    finally:
        a.communicate("\n", timeout=30)
    with Store(tmp_path).writer(wait=False):  # free again
        pass


def test_lock_of_a_killed_writer_is_free_again(tmp_path):
    a = start_holder(tmp_path, "A", commits=2, until_stdin=True)
    wait_for_line(a, "locked")
    wait_for_line(a, "committed")
    os.kill(a.pid, signal.SIGKILL)
    a.wait(timeout=30)
    messages = []
    with Store(tmp_path).writer(wait=False, on_wait=messages.append) as w:
        assert w.repaired == {}
    assert messages == []
    assert [page_index(p["source"]) for p in Store(tmp_path).iter("pages")] == list(range(20))


def test_one_process_cannot_open_two_writers_on_a_store(tmp_path):
    with Store(tmp_path).writer():
        with pytest.raises(StoreError, match="already has a writer open"):
            Store(tmp_path / ".").writer()
    with Store(tmp_path).writer():  # released properly, so this works
        pass
