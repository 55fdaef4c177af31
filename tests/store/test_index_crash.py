"""SIGKILL a real `wardcli ingest` between its JSON-lines commit and its index write (issue 11):
the store must be consistent after `check --repair`, and queries must answer as a full scan
does before any repair (the reader catches the index up)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from wardcli import query
from wardcli.store import Store

ROOT = Path(__file__).resolve().parents[2]
# Runs the real CLI with the writer's index step replaced by a SIGKILL of the process itself.
KILLER = """
import os, signal, sys
import wardcli.store.writer as writer
writer.update_index = lambda root: os.kill(os.getpid(), signal.SIGKILL)
from wardcli.cli.app import main
sys.argv = ["wardcli"] + sys.argv[1:]
main()
"""


def wardcli(*args, env_store):
    return subprocess.run([sys.executable, "-m", "wardcli", "--store", str(env_store), *args],
                          capture_output=True, cwd=ROOT)


def scan_jsonl(records):
    return b"".join(orjson.dumps(r) + b"\n" for r in records)


@pytest.mark.slow
def test_sigkill_between_commit_and_index_write(tmp_path):
    store = tmp_path / "store"
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    for p in sorted((ROOT / "seeds").glob("*.txt"))[:3]:
        shutil.copy(p, first)
    for p in sorted((ROOT / "seeds").glob("*.txt"))[3:]:
        shutil.copy(p, second)
    assert wardcli("ingest", str(first), env_store=store).returncode == 0
    before = orjson.loads((store / "manifest.json").read_bytes())

    killed = subprocess.run([sys.executable, "-c", KILLER, "--store", str(store), "ingest", str(second)],
                            capture_output=True, cwd=ROOT)
    assert killed.returncode == -9  # the kill landed
    after = orjson.loads((store / "manifest.json").read_bytes())
    assert after["counts"]["pages"] > before["counts"]["pages"]  # its JSON lines committed

    check = wardcli("check", env_store=store)
    assert check.returncode == 1
    assert b"index.sqlite: covers less than manifest.json commits" in check.stdout

    scan = Store(store, use_index=False)
    tuong_mai = query.resolve_ward("Tương Mai")
    expected = {
        ("show", "Tương Mai"): scan_jsonl([query.ward_profile(scan, tuong_mai)]),
        ("show", "Võ Xuân Trọng"): scan_jsonl(query.find_officials(scan, "Võ Xuân Trọng")),
        ("list", "officials", "--ward", "Tương Mai"): scan_jsonl(
            query.officials(scan, query.Filters(ward=tuong_mai))),
        ("list", "docs", "--ward", "Tương Mai"): scan_jsonl(query.docs(scan, query.Filters(ward=tuong_mai))),
    }
    assert expected[("show", "Tương Mai")].count(b'"id"') > 3  # the query has something to show
    for n, (args, want) in enumerate(expected.items()):
        got = wardcli(*args, "-f", "jsonl", env_store=store)
        assert got.returncode == 0, got.stderr
        assert got.stdout == want, args
        said = got.stderr.decode()
        assert ("behind the last commit" in said) == (n == 0)  # the first reader caught it up

    repaired = wardcli("check", "--repair", env_store=store)
    assert repaired.returncode == 0, repaired.stdout
    assert wardcli("check", env_store=store).returncode == 0
