"""Torn tails, edited files, foreign directories and newer schemas."""

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storesynth import INGESTED_AT, make_page

from wardcli.store import manifest as store_module  # where the schema and migrations live
from wardcli.store.index import INDEX
from wardcli.store.index import dump as index_dump
from wardcli.errors import StoreError
from wardcli.store import KINDS, Store


def add(writer, i):
    page, source, records = make_page(i)
    return writer.add_page(page, source, records, ingested_at=INGESTED_AT)


def make_store(root, pages=5):
    with Store(root).writer() as w:
        for i in range(pages):
            add(w, i)
    return Store(root)


def everything(store):
    return {kind: list(store.iter(kind)) for kind in KINDS}


def snapshot(root):
    """Every file of the store but the lock, as bytes; the derived index as its rows (its
    sqlite bytes depend on the history of commits, its rows must not)."""
    files = {p.name: p.read_bytes() for p in sorted(root.iterdir())
             if p.name not in ("lock", INDEX)}
    return {**files, INDEX: index_dump(root)}


def append(path, data):
    with open(path, "ab") as f:
        f.write(data)


TAILS = {
    "garbage": b"\x00\xff not json at all",
    "half_a_line": '{"id":"abc","title":"Phư'.encode()[:-1],  # ends inside a character
    "whole_lines_never_committed": b'{"id":"x"}\n{"id":"y"}\n',
}


@pytest.mark.parametrize("tail", TAILS.values(), ids=TAILS.keys())
def test_torn_tail_is_ignored_by_readers(tmp_path, tail):
    store = make_store(tmp_path)
    before = everything(store)
    for kind in KINDS:
        append(tmp_path / f"{kind}.jsonl", tail)
    assert everything(store) == before
    assert store.doc_ids() == {d["id"] for d in before["docs"]}


@pytest.mark.parametrize("tail", TAILS.values(), ids=TAILS.keys())
def test_next_writer_truncates_a_torn_tail(tmp_path, tail):
    store = make_store(tmp_path)
    clean = snapshot(tmp_path)
    append(tmp_path / "docs.jsonl", tail)
    append(tmp_path / "pages.jsonl", tail)
    with store.writer() as w:
        assert w.repaired == {"docs.jsonl": len(tail), "pages.jsonl": len(tail)}
    assert snapshot(tmp_path) == clean
    with store.writer() as w:  # and then appends after the committed bytes
        add(w, 5)
    assert [p["source"][-11:-5] for p in store.iter("pages")][-2:] == ["000004", "000005"]


def test_leftover_manifest_temp_file_is_ignored_and_removed(tmp_path):
    store = make_store(tmp_path)
    (tmp_path / "manifest.json.tmp").write_bytes(b'{"schema_version": 1, "fil')
    assert store.count("pages") == 5
    with store.writer():
        pass
    assert not (tmp_path / "manifest.json.tmp").exists()


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tail=st.binary(min_size=1, max_size=300), kind=st.sampled_from(KINDS))
def test_any_tail_bytes_change_nothing_readers_see(tmp_path_factory, tail, kind):
    root = tmp_path_factory.mktemp("store")
    store = make_store(root, pages=2)
    before, clean = everything(store), snapshot(root)
    append(root / f"{kind}.jsonl", tail)
    assert everything(store) == before
    with store.writer():
        pass
    assert snapshot(root) == clean


def test_edited_committed_line_raises_naming_file_and_line(tmp_path):
    store = make_store(tmp_path)
    count = store.count("metrics")
    path = tmp_path / "metrics.jsonl"
    lines = path.read_bytes().split(b"\n")
    lines[2] = b'{"id": broken' + b" " * (len(lines[2]) - 13)  # same length: bytes still match
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(StoreError, match=r"metrics\.jsonl line 3: not valid JSON"):
        list(store.iter("metrics"))
    assert store.count("metrics") == count  # the manifest itself is fine
    assert path.read_bytes() == b"\n".join(lines)  # and nothing was "repaired"


def test_committed_line_that_is_not_an_object_raises(tmp_path):
    with Store(tmp_path).writer() as w:
        w.add_page("p", "s", {"docs": [{"id": "d1"}]})
    (tmp_path / "docs.jsonl").write_bytes(b'["d1"]     \n')
    with pytest.raises(StoreError, match=r"docs\.jsonl line 1: not a JSON object"):
        list(Store(tmp_path).iter("docs"))


def test_pages_line_without_its_fields_raises(tmp_path):
    with Store(tmp_path).writer() as w:
        w.add_page("p", "s", {})
    path = tmp_path / "pages.jsonl"
    path.write_bytes(orjson.dumps({"pagE": "p"}).ljust(len(path.read_bytes()) - 1) + b"\n")
    with pytest.raises(StoreError, match=r"pages\.jsonl line 1"):
        Store(tmp_path).page_hashes()
    with pytest.raises(StoreError, match=r"pages\.jsonl line 1"):
        Store(tmp_path).writer()
    assert not (tmp_path / "lock").read_bytes()  # the failed writer let go of the lock


def test_line_boundary_moved_inside_the_committed_region_raises(tmp_path):
    store = make_store(tmp_path)
    path = tmp_path / "docs.jsonl"
    data = path.read_bytes()
    path.write_bytes(data[:-1] + b" ")  # the last committed newline becomes a space
    with pytest.raises(StoreError, match=r"docs\.jsonl line \d+: the committed bytes end inside"):
        list(store.iter("docs"))
    with pytest.raises(StoreError, match=r"docs\.jsonl: the committed bytes do not end a line"):
        store.writer()


def test_file_shorter_than_committed_raises(tmp_path):
    store = make_store(tmp_path)
    path = tmp_path / "wards.jsonl"
    path.write_bytes(path.read_bytes()[:100])
    message = r"wards\.jsonl: 100 bytes, but manifest.json committed \d+; the store is damaged"
    with pytest.raises(StoreError, match=message):
        list(store.iter("wards"))
    with pytest.raises(StoreError, match=message):
        store.writer()
    path.unlink()
    with pytest.raises(StoreError, match=r"wards\.jsonl: missing"):
        list(store.iter("wards"))


def test_record_count_that_disagrees_with_the_manifest_raises(tmp_path):
    store = make_store(tmp_path)
    path = tmp_path / "docs.jsonl"
    data = path.read_bytes()
    first_newline = data.index(b"\n")
    path.write_bytes(data[:first_newline] + b" " + data[first_newline + 1 :])  # two lines -> one
    with pytest.raises(StoreError, match=r"docs\.jsonl"):
        list(store.iter("docs"))


def test_newer_schema_is_refused_by_readers_and_writers(tmp_path):
    store = make_store(tmp_path)
    manifest = store.manifest()
    manifest["schema_version"] = 7
    (tmp_path / "manifest.json").write_bytes(orjson.dumps(manifest))
    before = snapshot(tmp_path)
    message = r"store was written by a newer wardcli \(schema 7\); this is schema 1"
    for action in (store.manifest, lambda: list(store.iter("docs")), store.page_hashes,
                   store.writer):
        with pytest.raises(StoreError, match=message):
            action()
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b"[1, 2]", b'{"schema_version": "1"}', b'{"schema_version": 1}',
     b'{"schema_version": 1, "files": {"docs.jsonl": {"bytes": -1, "records": 0}}}'],
    ids=["empty", "not_json", "not_object", "version_not_int", "no_files", "negative_bytes"],
)
def test_corrupt_manifest_raises_with_its_path(tmp_path, content):
    make_store(tmp_path)
    (tmp_path / "manifest.json").write_bytes(content)
    before = snapshot(tmp_path)
    with pytest.raises(StoreError, match=str(tmp_path / "manifest.json")):
        Store(tmp_path).count("docs")
    with pytest.raises(StoreError, match="manifest.json"):
        Store(tmp_path).writer()
    assert snapshot(tmp_path) == before  # never replaced by a fresh default


def test_non_empty_directory_that_is_not_a_store_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match=r"not a wardcli store \(no manifest.json\) and not empty"):
        list(Store(tmp_path).iter("docs"))
    with pytest.raises(StoreError, match="not a wardcli store"):
        Store(tmp_path).writer()
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]  # not even a lock file


def test_store_files_without_a_manifest_are_refused(tmp_path):
    make_store(tmp_path)
    (tmp_path / "manifest.json").unlink()
    with pytest.raises(StoreError, match="not a wardcli store"):
        Store(tmp_path).writer()  # rather than starting over on top of the data


def test_a_file_where_the_store_should_be_is_refused(tmp_path):
    path = tmp_path / "store"
    path.write_text("")
    with pytest.raises(StoreError, match="not a directory"):
        Store(path).count("docs")
    with pytest.raises(StoreError, match="not a directory"):
        Store(path).writer()


def test_leftovers_of_an_interrupted_creation_count_as_empty(tmp_path):
    (tmp_path / "lock").write_text("12345\n")
    (tmp_path / "manifest.json.tmp").write_bytes(b'{"sche')
    assert list(Store(tmp_path).iter("docs")) == []
    with Store(tmp_path).writer() as w:
        add(w, 0)
    assert Store(tmp_path).count("pages") == 1


def test_older_schema_is_migrated_by_the_writer(tmp_path, monkeypatch):
    store = make_store(tmp_path, pages=1)
    calls = []

    def add_note_to_manifest(root, manifest):
        calls.append(root)
        return {**manifest, "note": "migrated"}

    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(store_module, "MIGRATIONS", [add_note_to_manifest])
    with pytest.raises(StoreError, match="store has schema 1, this wardcli reads schema 2"):
        store.count("docs")
    with store.writer():
        pass
    assert calls == [tmp_path]
    manifest = store.manifest()
    assert manifest["schema_version"] == 2 and manifest["note"] == "migrated"
