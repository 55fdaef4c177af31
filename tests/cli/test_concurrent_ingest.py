"""Two real `wardcli ingest` processes on one store at once: the second waits for the
first's lock, neither corrupts the store, and every page of both ends up stored whole."""

import subprocess
import sys

import pytest

from wardcli.store import Store

pytestmark = pytest.mark.slow

PAGE = """Phường {ward}: hội nghị số {n} của nhóm {group}

08:30 12/09/2025

HNP - Sáng 11/9, phường {ward} tổ chức hội nghị lần {n} của nhóm {group}. Tổng thu ngân sách đạt {n} tỷ đồng.

Tin khác

Tin liên quan chung của nhóm {group}
"""
WARDS = ["Hoàng Liệt", "Tương Mai", "Yên Sở", "Định Công"]


def write_pages(directory, group, count):
    directory.mkdir()
    for n in range(count):
        text = PAGE.format(ward=WARDS[n % len(WARDS)], n=n, group=group)
        (directory / f"{group}-{n:04d}.txt").write_text(text, encoding="utf-8")


def test_two_concurrent_ingests_neither_corrupt_nor_interleave(tmp_path):
    count = 400
    write_pages(tmp_path / "a", "A", count)
    write_pages(tmp_path / "b", "B", count)
    store = tmp_path / "store"
    procs = [
        subprocess.Popen([sys.executable, "-m", "wardcli", "--store", str(store), "ingest",
                          str(tmp_path / g)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
        for g in ("a", "b")
    ]
    results = [p.communicate(timeout=300) for p in procs]
    for p, (_out, err) in zip(procs, results):
        assert p.returncode == 0, err
    waited = [err for _out, err in results if "waiting for the store lock" in err]
    assert len(waited) <= 1

    s = Store(store)
    pages = list(s.iter("pages"))
    assert len(pages) == 2 * count
    # A writer holds the lock for its whole run, so one run's pages all come before the
    # other's, whatever its commits.
    groups = [p["source"].rsplit("/", 2)[-2] for p in pages]
    switches = sum(1 for x, y in zip(groups, groups[1:]) if x != y)
    assert switches == 1, "the two writers' pages interleave"
    docs = list(s.iter("docs"))
    assert len({d["id"] for d in docs}) == len(docs) == s.count("docs")
    # each page: its own article; the two groups' shared teasers once per group
    assert sum(d["kind"] == "article" for d in docs) == 2 * count
    assert sum(d["kind"] == "teaser" for d in docs) == 2
