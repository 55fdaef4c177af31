"""SIGKILL a real writer process mid-ingest, then check what is left and finish the job.

After each kill the store must open, every committed line must parse, counts must match
the manifest, the committed pages must be exactly the first k pages with all of their
records (nothing of page k or later), and a fresh writer must finish the job into a store
byte-identical to one written without a kill.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from storesynth import page_index, write_pages

from wardcli.store import KINDS, Store
from wardcli.store.index import INDEX
from wardcli.store.index import dump as index_dump

pytestmark = pytest.mark.slow
SCRIPT = Path(__file__).with_name("storesynth.py")
PAGES, BATCH = 2000, 50

# When to kill: seconds after the start, or when docs.jsonl passes a fraction of its
# final size (the file grows during a commit, before the manifest is replaced).
KILL_POINTS = [("after", 0.05), ("after", 0.2), ("after", 0.5)] + [
    ("docs_at", f) for f in (0.0, 0.1, 0.3, 0.5, 0.7, 0.9)
]


def snapshot(root):
    """Every file of the store but the lock, as bytes; the derived index as its rows (its
    sqlite bytes depend on the history of commits, its rows must not)."""
    files = {p.name: p.read_bytes() for p in sorted(Path(root).iterdir())
             if p.name not in ("lock", INDEX)}
    return {**files, INDEX: index_dump(root)}


def origin(kind, record):
    """The index of the page a stored record came from."""
    source = record["mentions"][0]["source"] if kind in ("wards", "officials") else record["source"]
    return page_index(source)


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """A store written without a kill: its bytes and its records."""
    root = tmp_path_factory.mktemp("reference")
    write_pages(root, PAGES, BATCH)
    store = Store(root)
    return snapshot(root), {kind: list(store.iter(kind)) for kind in KINDS}


def kill_writer(root, how, value, final_docs_bytes):
    """Start the writer subprocess, SIGKILL it at the kill point; False if it finished."""
    args = [sys.executable, str(SCRIPT), "write", str(root), str(PAGES), str(BATCH)]
    proc = subprocess.Popen(args)
    started = time.monotonic()
    docs = Path(root) / "docs.jsonl"
    try:
        while proc.poll() is None:
            if how == "after":
                due = time.monotonic() - started >= value
            else:
                due = docs.exists() and docs.stat().st_size >= value * final_docs_bytes
            if due:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                return True
            time.sleep(0.0005)
        return False
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def uncommitted_bytes(root):
    files = Store(root).manifest()["files"]
    return sum(
        (Path(root) / name).stat().st_size - entry["bytes"]
        for name, entry in files.items()
        if (Path(root) / name).exists()
    )


def check_consistent(root, reference_records):
    """What a reader sees after the kill: committed pages 0..k-1, whole."""
    store = Store(root)
    manifest = store.manifest()
    records = {kind: list(store.iter(kind)) for kind in KINDS}  # parses every committed line
    for kind in KINDS:
        assert len(records[kind]) == manifest["counts"][kind] == store.count(kind)
    k = len(records["pages"])
    assert [page_index(p["source"]) for p in records["pages"]] == list(range(k))
    for kind in KINDS:
        expected = [r for r in reference_records[kind] if origin(kind, r) < k]
        assert records[kind] == expected, f"{kind}: not exactly the records of pages 0..{k - 1}"
    return k


@pytest.mark.parametrize("how,value", KILL_POINTS, ids=[f"{h}_{v}" for h, v in KILL_POINTS])
def test_sigkill_leaves_a_consistent_store_that_a_rerun_completes(tmp_path, reference, how, value):
    reference_bytes, reference_records = reference
    root = tmp_path / "store"
    killed = kill_writer(root, how, value, len(reference_bytes["docs.jsonl"]))
    committed_pages = check_consistent(root, reference_records) if root.exists() else 0
    tail = uncommitted_bytes(root) if root.exists() else 0
    print(f"{how} {value}: killed={killed} committed_pages={committed_pages} tail={tail}")

    write_pages(root, PAGES, BATCH)  # the re-run: skips committed pages, repairs the tail

    assert snapshot(root) == reference_bytes
