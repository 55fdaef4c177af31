"""Parallel ingest (issue 9): `--jobs N` gives the store `--jobs 1` gives, byte for byte, and
skipping teasers already stored changes nothing but the time."""

import shutil
from pathlib import Path

import orjson
import pytest

from wardcli import ingest as ingest_module
from wardcli.gazetteer import load_gazetteer
from wardcli.ingest import ingest, page_records
from wardcli.store import Store

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEEDS = Path(__file__).parent.parent.parent / "seeds"


def _pages(tmp_path: Path) -> Path:
    """Seeds and fixtures, each twice with a different last line (new articles, the same
    teasers on several pages), one exact copy, and one file that is not UTF-8."""
    out = tmp_path / "pages"
    out.mkdir()
    sources = sorted(SEEDS.glob("*.txt")) + sorted(FIXTURES.glob("page_*.txt"))[:6]
    for n in (1, 2):
        for f in sources:
            (out / f"{f.stem}_{n}.txt").write_text(f.read_text(encoding="utf-8") + f"\n\nGhi chú {n}.\n",
                                                    encoding="utf-8")
    shutil.copy(out / f"{sources[0].stem}_1.txt", out / "zz_exact_copy.txt")
    (out / "zz_latin1.txt").write_bytes("Phường Tương Mai".encode("latin-1", "replace") + b"\xe0\n")
    return out


def _store_bytes(root: Path) -> dict[str, bytes]:
    out = {k: (root / f"{k}.jsonl").read_bytes() for k in ("docs", "wards", "officials", "metrics")}
    # pages.jsonl differs only in ingested_at, the time of each run
    out["pages"] = b"".join(orjson.dumps({k: v for k, v in orjson.loads(line).items() if k != "ingested_at"})
                            for line in (root / "pages.jsonl").read_bytes().splitlines())
    return out


@pytest.mark.slow
def test_jobs_2_writes_the_same_store_as_jobs_1(tmp_path, monkeypatch):
    pages = _pages(tmp_path)
    monkeypatch.setattr(ingest_module, "MIN_PAGES_FOR_POOL", 0)  # a pool even for a small batch
    monkeypatch.setattr(ingest_module, "BATCH_PAGES", 3)  # several batches in flight
    one = ingest([str(pages)], Store(tmp_path / "one"), jobs=1)
    two = ingest([str(pages)], Store(tmp_path / "two"), jobs=2)
    assert one.to_dict() == two.to_dict()
    assert one.already == 1 and len(one.failed) == 1 and one.failed[0][0].endswith("zz_latin1.txt")
    assert one.teasers > one.new_docs - one.articles > 0  # teasers repeat across the pages
    assert _store_bytes(tmp_path / "one") == _store_bytes(tmp_path / "two")


def test_known_teasers_are_skipped_exactly_as_the_store_drops_them():
    gaz = load_gazetteer()
    text = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text(encoding="utf-8")
    _, full = page_records(text, "a.txt", gaz)
    teaser_ids = [d["id"] for d in full["docs"] if d["kind"] == "teaser"]
    assert len(teaser_ids) >= 4
    known = set(teaser_ids[::2])
    _, part = page_records(text, "a.txt", gaz, known=known.__contains__)

    def keep(r):
        doc = r.get("doc_id") or r["mentions"][0]["doc_id"]
        return doc not in known

    assert [d["id"] for d in part["docs"]] == [d["id"] for d in full["docs"] if d["id"] not in known]
    for kind in ("wards", "officials", "metrics"):
        assert part[kind] == [r for r in full[kind] if keep(r)]


def test_an_article_is_read_even_when_known():
    """Its place is the context of the page's teasers, so it is never skipped."""
    gaz = load_gazetteer()
    text = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text(encoding="utf-8")
    _, part = page_records(text, "a.txt", gaz, known=lambda _id: True)
    assert [d["kind"] for d in part["docs"]] == ["article"]


def test_jobs_below_one_is_refused(tmp_path):
    with pytest.raises(ValueError):
        ingest([str(FIXTURES)], Store(tmp_path / "s"), jobs=0)


def test_cli_refuses_a_negative_jobs_count_and_stores_nothing(store_env):
    from typer.testing import CliRunner

    from wardcli.cli.app import app

    r = CliRunner().invoke(app, ["ingest", "--jobs", "-1", str(FIXTURES / "cli_ward_article.txt")])
    assert r.exit_code == 2
    assert "--jobs" in r.stderr
    assert not store_env.exists()
