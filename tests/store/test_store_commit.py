"""Writing, committing and reading back a store: the normal paths."""

import gc
import os

import orjson
import pytest
from storesynth import INGESTED_AT, make_page

from wardcli.store import KINDS, Store, default_store_path
from wardcli.store.index import INDEX
from wardcli.store.index import dump as index_dump


def add(writer, i, label="site"):
    page, source, records = make_page(i, label)
    return writer.add_page(page, source, records, ingested_at=INGESTED_AT)


def snapshot(root):
    """Every file of the store but the lock, as bytes; the derived index as its rows (its
    sqlite bytes depend on the history of commits, its rows must not)."""
    files = {p.name: p.read_bytes() for p in sorted(root.iterdir())
             if p.name not in ("lock", INDEX)}
    return {**files, INDEX: index_dump(root)}


def test_default_store_path_follows_env(store_env):
    assert default_store_path() == store_env


def test_default_store_path_without_env_is_user_data_dir(monkeypatch):
    monkeypatch.delenv("WARDCLI_STORE")
    path = default_store_path()
    assert path.name == "store" and "wardcli" in str(path)


def test_missing_store_reads_as_empty(tmp_path):
    store = Store(tmp_path / "nope")
    assert [list(store.iter(k)) for k in KINDS] == [[]] * len(KINDS)
    assert store.count("docs") == 0
    assert store.page_hashes() == set() and store.doc_ids() == set()
    assert store.manifest()["schema_version"] == 1
    assert not (tmp_path / "nope").exists()  # reading creates nothing


def test_empty_dir_reads_as_empty(tmp_path):
    assert list(Store(tmp_path).iter("pages")) == []
    assert os.listdir(tmp_path) == []


def test_writer_creates_the_store_with_parents(tmp_path):
    root = tmp_path / "a" / "b" / "store"
    with Store(root).writer():
        pass
    assert sorted(os.listdir(root)) == sorted(
        ["lock", "manifest.json"] + [f"{k}.jsonl" for k in KINDS]
    )
    manifest = orjson.loads((root / "manifest.json").read_bytes())
    assert manifest["schema_version"] == 1
    assert manifest["created_by"].startswith("wardcli ")
    assert manifest["counts"] == dict.fromkeys(KINDS, 0)


def test_commit_then_reopen_gives_the_records_back(tmp_path):
    store = Store(tmp_path)
    with store.writer() as w:
        assert add(w, 0) == 2  # article and teaser
        assert add(w, 1) == 1  # the teaser is shared with page 0
    page, source, records = make_page(0)
    assert list(store.iter("docs"))[:2] == records["docs"]
    assert list(store.iter("metrics"))[:2] == records["metrics"]
    assert store.count("docs") == 3 and store.count("pages") == 2
    assert store.page_hashes() == {make_page(0)[0], make_page(1)[0]}
    assert store.doc_ids() == {d["id"] for d in store.iter("docs")}
    assert list(store.iter("pages"))[0] == {
        "page": page,
        "source": source,
        "docs": [d["id"] for d in records["docs"]],
        "ingested_at": INGESTED_AT,
    }


def test_manifest_counts_and_bytes_match_the_files(tmp_path):
    store = Store(tmp_path)
    with store.writer() as w:
        for i in range(25):
            add(w, i)
    manifest = store.manifest()
    for kind in KINDS:
        entry = manifest["files"][f"{kind}.jsonl"]
        data = (tmp_path / f"{kind}.jsonl").read_bytes()
        assert entry == {"bytes": len(data), "records": data.count(b"\n")}
        assert manifest["counts"][kind] == entry["records"] == store.count(kind)


def test_records_are_utf8_as_is_one_object_per_line(tmp_path):
    with Store(tmp_path).writer() as w:
        w.add_page("p", "s", {"docs": [{"id": "d", "title": "Phường Tương Mai"}]}, INGESTED_AT)
    assert (tmp_path / "docs.jsonl").read_bytes() == (
        '{"id":"d","title":"Phường Tương Mai"}\n'.encode()
    )
    assert (tmp_path / "pages.jsonl").read_bytes() == (
        b'{"page":"p","source":"s","docs":["d"],"ingested_at":"2025-07-01T00:00:00Z"}\n'
    )


def test_ingested_at_defaults_to_utc_now(tmp_path):
    with Store(tmp_path).writer() as w:
        w.add_page("p", "s", {})
    (page,) = Store(tmp_path).iter("pages")
    assert page["ingested_at"].endswith("Z") and len(page["ingested_at"]) == 20


def test_uncommitted_pages_are_invisible_to_readers(tmp_path):
    store = Store(tmp_path)
    with store.writer() as w:
        add(w, 0)
        w.commit()
        add(w, 1)
        assert w.pending == 1 and w.has_page(make_page(1)[0])
        assert store.count("pages") == 1
        assert len(list(store.iter("pages"))) == 1
    assert store.count("pages") == 2


def test_commit_with_nothing_added_leaves_the_manifest_alone(tmp_path):
    store = Store(tmp_path)
    with store.writer() as w:
        add(w, 0)
    before = (tmp_path / "manifest.json").stat().st_mtime_ns
    with store.writer() as w:
        w.commit()
    assert (tmp_path / "manifest.json").stat().st_mtime_ns == before


def test_records_of_an_already_stored_doc_are_skipped(tmp_path):
    doc = {"id": "d1", "text": "x"}
    ward = {"code": "1", "mentions": [{"doc_id": "d1"}]}
    with Store(tmp_path).writer() as w:
        w.add_page("p1", "a", {"docs": [doc], "wards": [ward], "metrics": [{"doc_id": "d1"}]})
    with Store(tmp_path).writer() as w:
        assert w.has_doc("d1") and w.has_page("p1")
        n = w.add_page(
            "p2",
            "b",
            {
                "docs": [doc, {"id": "d2"}, {"id": "d2"}],
                "wards": [ward, {"code": "2", "mentions": [{"doc_id": "d1"}, {"doc_id": "d2"}]}],
                "metrics": [{"doc_id": "d1"}, {"doc_id": "d2"}],
            },
        )
        assert n == 1
    store = Store(tmp_path)
    assert [d["id"] for d in store.iter("docs")] == ["d1", "d2"]
    assert list(store.iter("wards")) == [ward, {"code": "2", "mentions": [{"doc_id": "d2"}]}]
    assert list(store.iter("metrics")) == [{"doc_id": "d1"}, {"doc_id": "d2"}]
    assert [p["docs"] for p in store.iter("pages")] == [["d1"], ["d1", "d2"]]


def test_adding_a_stored_page_again_is_a_no_op(tmp_path):
    store = Store(tmp_path)
    with store.writer() as w:
        add(w, 0)
        assert add(w, 0) == 0  # pending
    before = snapshot(tmp_path)
    with store.writer() as w:
        assert add(w, 0) == 0  # committed
        assert w.pending == 0
    assert snapshot(tmp_path) == before


def test_a_page_that_cannot_be_encoded_adds_nothing(tmp_path):
    store = Store(tmp_path)
    with store.writer() as w:
        with pytest.raises(TypeError):
            w.add_page("p", "s", {"docs": [{"id": "d"}], "metrics": [{"value": object()}]})
        assert not w.has_page("p") and not w.has_doc("d") and w.pending == 0
    assert store.count("docs") == store.count("pages") == 0


def test_add_page_refuses_unknown_kinds_and_docs_without_id(tmp_path):
    with Store(tmp_path).writer() as w:
        with pytest.raises(ValueError, match="unknown record kinds"):
            w.add_page("p", "s", {"pages": []})
        with pytest.raises(ValueError, match="without an id"):
            w.add_page("p", "s", {"docs": [{"title": "t"}]})
    with pytest.raises(ValueError, match="unknown record kind"):
        Store(tmp_path).iter("ward")


def test_exception_in_the_block_commits_added_pages_and_propagates(tmp_path):
    store = Store(tmp_path)
    with pytest.raises(KeyboardInterrupt):
        with store.writer() as w:
            add(w, 0)
            add(w, 1)
            raise KeyboardInterrupt
    assert store.count("pages") == 2
    with store.writer(wait=False):  # the lock was released
        pass


def test_closed_writer_refuses_work(tmp_path):
    w = Store(tmp_path).writer()
    add(w, 0)
    w.close()
    w.close()
    assert Store(tmp_path).count("pages") == 1
    with pytest.raises(ValueError, match="closed"):
        add(w, 1)


def test_batched_writes_equal_one_big_commit(tmp_path):
    one, many = tmp_path / "one", tmp_path / "many"
    with Store(one).writer() as w:
        for i in range(40):
            add(w, i)
    with Store(many).writer() as w:
        for i in range(40):
            add(w, i)
            if i % 7 == 0:
                w.commit()
    assert snapshot(one) == snapshot(many)


def test_iteration_streams_and_can_stop_early(tmp_path):
    store = Store(tmp_path)
    with store.writer() as w:
        for i in range(30):
            add(w, i)
    it = store.iter("docs")
    first = next(it)
    it.close()
    assert first["source"] == "site/page-000000.html"


def test_writer_dropped_without_close_frees_the_lock_and_commits_nothing(tmp_path):
    w = Store(tmp_path).writer()
    add(w, 0)
    del w
    gc.collect()
    with Store(tmp_path).writer(wait=False) as w:
        assert not w.has_page(make_page(0)[0])
