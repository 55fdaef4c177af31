"""index.sqlite: indexed queries give exactly the full scan's answers (issue 11), and a stale,
missing or corrupt index is caught up or rebuilt, never trusted."""

import os
import tempfile
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storesynth import INGESTED_AT, make_page

from wardcli import query
from wardcli.gazetteer import Unit
from wardcli.store import INDEX, Store
from wardcli.store.index import dump, update

CODES = ["00001", "00002", "00003", "00004"]
NAMES = ["Nguyễn Văn An", "nguyen van an", "Trần Thị Bình", "Lê Cường"]
DOC_IDS = [f"{a}{b}0f{c}" for a in "ab" for b in "0c" for c in "123"]  # shared prefixes
DATES = [None, "2025-01-02", "2025-03-04T08:00:00", "2025-07-01"]


def unit(code: str) -> Unit:
    return Unit(code, f"Ward {code}", "phường", "Hà Nội", "01", f"ward {code}")


def mention(doc_id, published):
    return {"doc_id": doc_id, "source": "s", "field": "text", "start": 0, "end": 1,
            "sentence": "x", "published": published}


@st.composite
def pages(draw):
    """A list of pages, each (records, commit after it?): docs with shared ids, and wards,
    officials and metrics over a few codes, names and places."""
    out = []
    for p in range(draw(st.integers(1, 8))):
        ids = draw(st.lists(st.sampled_from(DOC_IDS), min_size=1, max_size=3, unique=True))
        dates = {i: draw(st.sampled_from(DATES)) for i in ids}
        docs = [{"id": i, "kind": draw(st.sampled_from(["article", "teaser"])), "source": f"src{p % 3}",
                 "title": f"t{i}", "published": dates[i]} for i in ids]

        def mentions():
            chosen = draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3))
            return [mention(i, dates[i]) for i in chosen]

        wards = []
        for _ in range(draw(st.integers(0, 3))):
            former = draw(st.booleans())
            wards.append({"code": draw(st.sampled_from(CODES + ["09999"])), "name": f"W{p}",
                          "status": "former" if former else "current",
                          "successor_codes": draw(st.lists(st.sampled_from(CODES), max_size=2)) if former else [],
                          "former_units": [], "mentions": mentions()})
        officials = []
        for _ in range(draw(st.integers(0, 3))):
            name, place = draw(st.sampled_from(NAMES)), draw(st.sampled_from(CODES + [None]))
            officials.append({"id": f"o-{name.lower()[:3]}-{place}", "name": name,
                              "roles": draw(st.lists(st.sampled_from(["chủ tịch", "bí thư"]), max_size=2)),
                              "place": "P", "place_code": place, "mentions": mentions()})
        metrics = [{"id": f"m{p}-{k}", "value": k, "place_code": draw(st.sampled_from(CODES + [None])),
                    "doc_id": draw(st.sampled_from(ids)), "source": f"src{p % 3}",
                    "published": dates[ids[0]]} for k in range(draw(st.integers(0, 3)))]
        records = {"docs": docs, "wards": wards, "officials": officials, "metrics": metrics}
        out.append((records, draw(st.booleans())))
    return out


def write(root: Path, pages_) -> None:
    with Store(root).writer() as w:
        for n, (records, commit) in enumerate(pages_):
            w.add_page(f"page{n}", f"p{n}.txt", records, ingested_at=INGESTED_AT)
            if commit:
                w.commit()


def answers(store, code, name, prefix, f):
    """Every indexed query's answer, as the bytes of its JSON."""
    u = unit(code)
    wf = query.Filters(ward=u, kind=f.get("kind"), since=f.get("since"), until=f.get("until"),
                       source=f.get("source"), limit=f.get("limit"))
    out = {kind: list(query.records(store, kind, wf)) for kind in ("docs", "wards", "officials", "metrics")}
    out["profile"] = query.ward_profile(store, u)
    out["officials_named"] = query.find_officials(store, name)
    try:
        out["doc"] = query.find_doc(store, prefix)
    except Exception as e:  # noqa: BLE001 (the same error both ways is the same answer)
        out["doc"] = f"{type(e).__name__}: {e}"
    return orjson.dumps(out)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages(), st.sampled_from(CODES), st.sampled_from(NAMES + ["Lê  CƯỜNG", "nobody"]),
       st.sampled_from(["ab0f", "a00f", "b0c0f1", "ffff", "a"]),
       st.fixed_dictionaries({}, optional={"kind": st.sampled_from(["article", "teaser"]),
                                           "since": st.sampled_from(["2025-02", "2025-03-04"]),
                                           "until": st.sampled_from(["2025-03", "2025-07-01"]),
                                           "source": st.sampled_from(["src1", "src"]),
                                           "limit": st.integers(0, 3)}))
def test_indexed_queries_equal_the_full_scan(pages_, code, name, prefix, f):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "s"
        write(root, pages_)
        indexed = Store(root)
        assert indexed.index() is not None
        assert answers(indexed, code, name, prefix, f) == answers(Store(root, use_index=False),
                                                                 code, name, prefix, f)


def synth_store(root, n=30, batch=7):
    with Store(root).writer() as w:
        for i in range(n):
            w.add_page(*make_page(i), ingested_at=INGESTED_AT)
            if w.pending >= batch:
                w.commit()


def profile(root, code="00003"):
    return orjson.dumps(query.ward_profile(Store(root, use_index=False), unit(code)))


def test_writer_keeps_the_index_equal_to_a_rebuild(tmp_path):
    synth_store(tmp_path)
    kept = dump(tmp_path)
    (tmp_path / INDEX).unlink()
    update(tmp_path)
    assert dump(tmp_path) == kept


def test_index_behind_the_manifest_is_caught_up_with_one_message(tmp_path, monkeypatch):
    import wardcli.store.writer as writer

    synth_store(tmp_path, n=10, batch=100)
    monkeypatch.setattr(writer, "update_index", lambda root: None)  # the writer "dies" before it
    with Store(tmp_path).writer() as w:
        for i in range(10, 20):
            w.add_page(*make_page(i), ingested_at=INGESTED_AT)
    said = []
    store = Store(tmp_path, notify=said.append)
    assert orjson.dumps(query.ward_profile(store, unit("00033"))) == profile(tmp_path, "00033")
    assert len(said) == 1 and "behind the last commit" in said[0]
    assert dump(tmp_path)["covered"] == sorted(
        (n, e["bytes"], e["records"]) for n, e in store.manifest()["files"].items())


@pytest.mark.parametrize("damage", ["delete", "garbage", "ahead"])
def test_missing_corrupt_or_ahead_index_is_rebuilt(tmp_path, damage):
    synth_store(tmp_path)
    good = dump(tmp_path)
    path = tmp_path / INDEX
    if damage == "delete":
        path.unlink()
    elif damage == "garbage":
        path.write_bytes(b"not sqlite at all" * 100)
    else:  # an index that claims more than the manifest commits is never trusted
        import sqlite3

        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE covered SET bytes = bytes + 10 WHERE file = 'docs.jsonl'")
            conn.execute("DELETE FROM keys WHERE file = 'wards.jsonl'")  # so trusting it would show
    said = []
    store = Store(tmp_path, notify=said.append)
    assert orjson.dumps(query.ward_profile(store, unit("00003"))) == profile(tmp_path)
    assert len(said) == 1 and "rebuilding" in said[0]
    assert dump(tmp_path) == good


def test_unwritable_stale_index_falls_back_to_a_scan(tmp_path, monkeypatch):
    synth_store(tmp_path)
    import wardcli.store.index as index

    def refuse(*args):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(index, "rebuild", refuse)
    (tmp_path / INDEX).unlink()
    said = []
    store = Store(tmp_path, notify=said.append)
    assert orjson.dumps(query.ward_profile(store, unit("00003"))) == profile(tmp_path)
    assert len(said) == 2 and "scanning every record instead" in said[1]  # rebuilding; then cannot
    assert not (tmp_path / INDEX).exists()


def test_empty_or_missing_store_has_no_index(tmp_path):
    assert Store(tmp_path / "none").index() is None
    assert not (tmp_path / "none").exists()


def test_rebuild_leaves_no_temp_files_and_the_umask_mode(tmp_path):
    synth_store(tmp_path, n=3)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert INDEX in names and not [n for n in names if n.startswith(f".{INDEX}")]
    assert (tmp_path / INDEX).stat().st_mode & 0o777 == (tmp_path / "docs.jsonl").stat().st_mode & 0o777
    assert os.path.getsize(tmp_path / INDEX) > 0


def test_store_with_nothing_committed_needs_no_index_and_says_nothing(tmp_path):
    with Store(tmp_path).writer():
        pass  # creates the store, commits nothing
    said = []
    assert Store(tmp_path, notify=said.append).index() is None
    assert said == [] and not (tmp_path / INDEX).exists()
