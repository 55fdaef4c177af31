"""wardcli check [--repair] (issue 11): one line per problem naming file and line; exit 0 sound,
1 problems found, 2 the store cannot be read; --repair mends tails, leftovers and the index."""

import sqlite3
import subprocess
import sys

import orjson
import pytest
from typer.testing import CliRunner

from wardcli.cli.app import app
from wardcli.store import INDEX, Store
from wardcli.store.index import dump

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def doc(i):
    return {"id": f"d{i:04d}", "kind": "article", "source": f"p{i}.txt", "title": f"T{i}",
            "published": "2025-07-01"}


@pytest.fixture
def store(store_env):
    """A sound store of 6 pages in 3 commits."""
    with Store(store_env).writer() as w:
        for i in range(6):
            w.add_page(f"page{i}", f"p{i}.txt", {
                "docs": [doc(i)],
                "wards": [{"code": "00322", "name": "Tương Mai", "status": "current",
                           "mentions": [{"doc_id": f"d{i:04d}", "published": "2025-07-01"}]}],
                "metrics": [{"id": f"m{i}", "place_code": "00322", "doc_id": f"d{i:04d}"}],
            })
            if i % 2:
                w.commit()
    return store_env


def manifest(root):
    return orjson.loads((root / "manifest.json").read_bytes())


def set_manifest(root, m):
    (root / "manifest.json").write_bytes(orjson.dumps(m))


def test_sound_store_exits_0_and_prints_nothing(store):
    r = run("check")
    assert r.exit_code == 0, r.stdout
    assert r.stdout == "" and "ok" in r.stderr


def test_help_names_the_exit_codes():
    r = run("check", "--help")
    assert r.exit_code == 0 and "--repair" in r.stdout and "Exit status" in r.stdout


@pytest.mark.parametrize("content", [None, b"{not json", b'{"schema_version": 99, "files": {}}'])
def test_unreadable_store_exits_2(store_env, content):
    if content is not None:
        store_env.mkdir()
        (store_env / "manifest.json").write_bytes(content)
    r = run("check")
    assert r.exit_code == 2
    assert r.stdout == "" and "wardcli: " in r.stderr


def test_truncated_file_is_damage_that_repair_cannot_mend(store):
    path = store / "docs.jsonl"
    path.write_bytes(path.read_bytes()[:-30])
    for args in (["check"], ["check", "--repair"]):
        r = run(*args)
        assert r.exit_code == 1
        assert "docs.jsonl: " in r.stdout and "committed records are lost" in r.stdout


def test_corrupt_line_is_named_by_file_and_line(store):
    path = store / "metrics.jsonl"
    lines = path.read_bytes().splitlines(keepends=True)
    lines[2] = b"{" + lines[2][1:].replace(b'"', b"'", 1)  # same length, not JSON
    path.write_bytes(b"".join(lines))
    r = run("check")
    assert r.exit_code == 1
    assert r.stdout.splitlines()[0].startswith("metrics.jsonl line 3: not valid JSON")
    assert "1 problem in" in r.stderr


def test_deleted_index_is_reported_then_built_by_repair(store):
    good = dump(store)
    (store / INDEX).unlink()
    r = run("check")
    assert r.exit_code == 1 and r.stdout == "index.sqlite: is missing; `wardcli check --repair` builds it\n"
    r = run("check", "--repair")
    assert r.exit_code == 0, r.stdout
    assert "repaired: index.sqlite: built" in r.stderr
    assert dump(store) == good


def test_index_that_disagrees_with_the_lines_is_rebuilt(store):
    good = dump(store)
    with sqlite3.connect(store / INDEX) as conn:
        conn.execute("UPDATE lines SET offset = offset + 1 WHERE file = 'docs.jsonl' AND line = 4")
    r = run("check")
    assert r.exit_code == 1 and "index.sqlite: disagrees with docs.jsonl line 4" in r.stdout
    r = run("check", "--repair")
    assert r.exit_code == 0 and "repaired: index.sqlite: rebuilt" in r.stderr
    assert dump(store) == good


def test_torn_tail_and_leftovers_are_mended(store):
    with open(store / "wards.jsonl", "ab") as f:
        f.write(b'{"code": "003')
    (store / "manifest.json.tmp").write_bytes(b"{")
    (store / f".{INDEX}.999999999.abcd").write_bytes(b"")  # no such pid
    r = run("check")
    assert r.exit_code == 1 and "wards.jsonl: 13 bytes past the committed" in r.stdout
    r = run("check", "--repair")
    assert r.exit_code == 0, r.stdout
    assert "repaired: wards.jsonl: truncated 13 bytes" in r.stderr
    assert "manifest.json.tmp: removed" in r.stderr and f".{INDEX}.999999999.abcd: removed" in r.stderr
    assert sorted(p.name for p in store.iterdir() if p.name.startswith((".", "manifest"))) == ["manifest.json"]


def test_duplicate_ids_and_dangling_references_are_problems(store):
    m = manifest(store)
    extra = {"docs": orjson.dumps(doc(2)) + b"\n",
             "metrics": orjson.dumps({"id": "m9", "place_code": None, "doc_id": "nope"}) + b"\n"}
    for kind, line in extra.items():
        with open(store / f"{kind}.jsonl", "ab") as f:
            f.write(line)
        m["files"][f"{kind}.jsonl"]["bytes"] += len(line)
        m["files"][f"{kind}.jsonl"]["records"] += 1
    set_manifest(store, m)
    r = run("check")
    assert r.exit_code == 1
    assert "docs.jsonl line 7: id d0002 again (first on line 3)" in r.stdout
    assert "metrics.jsonl line 7: names doc 'nope', which docs.jsonl does not hold" in r.stdout


def test_count_disagreeing_with_the_manifest_is_a_problem(store):
    m = manifest(store)
    m["files"]["pages.jsonl"]["records"] += 1
    set_manifest(store, m)
    r = run("check")
    assert r.exit_code == 1 and "pages.jsonl: 6 lines committed, but manifest.json counts 7" in r.stdout


def test_repair_refuses_a_store_locked_by_another_process(store):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(store)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline() == b"locked\n"
        r = run("check", "--repair")
        assert r.exit_code == 2 and "locked by another writer" in r.stderr
        assert run("check").exit_code == 0  # checking alone takes no lock
    finally:
        holder.communicate(b"\n", timeout=30)


HOLD = """
import sys
from wardcli.store import Store
with Store(sys.argv[1]).writer():
    print("locked", flush=True)
    sys.stdin.readline()
"""
