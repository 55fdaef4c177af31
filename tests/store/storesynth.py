"""Synthetic pages for the store tests, and the writer the crash and lock tests run as a
subprocess.

Every record a page yields names its page in `source` (docs, metrics) or in its mentions'
`source` (wards, officials), so a test can tell which page any stored record came from.
Every tenth page shares a teaser with the nine after it, so the writer's skipping of
already-stored docs (and of the records that refer only to them) is exercised.

Usage as a script::

    python storesynth.py write STORE N BATCH      # pages 0..N-1, commit every BATCH pages
    python storesynth.py hold STORE LABEL COMMITS PAUSE [--until-stdin]
"""

from __future__ import annotations

import sys
import time

from wardcli.model import Doc, Mention, Metric, Official, Ward, make_id
from wardcli.store import Store

INGESTED_AT = "2025-07-01T00:00:00Z"
_WORDS = (
    "Phường Xã UBND chủ tịch ngân sách đồng dự án Hà Nội Bến Nghé Tương Mai kế hoạch"
).split()


def page_source(i: int, label: str = "site") -> str:
    return f"{label}/page-{i:06d}.html"


def page_index(source: str) -> int:
    """The page number back from page_source()."""
    return int(source.rsplit("-", 1)[1].split(".")[0])


def page_hash(i: int, label: str = "site") -> str:
    return make_id("page", label, i)


def make_page(i: int, label: str = "site") -> tuple[str, str, dict[str, list[dict]]]:
    """(page hash, source, records) of synthetic page `i`: an article, a shared teaser,
    and wards, officials and metrics mentioning both."""
    source = page_source(i, label)
    body = " ".join(_WORDS[(i * 7 + k) % len(_WORDS)] for k in range(60 + i % 90))
    article = _doc("article", f"{label} bài {i}", body, source)
    teaser = _doc("teaser", f"{label} tin liên quan {i // 10}", f"Tóm tắt {i // 10}", source)
    ids = [article.id, teaser.id]

    def mention(doc_id: str, start: int) -> Mention:
        return Mention(doc_id, source, "text", start, start + 8, body[:40])

    wards = [
        Ward(f"{(i * 3 + k) % 100000:05d}", f"Phường {k}", "phường", "Hà Nội", "01",
             mentions=[mention(ids[0], k), mention(ids[1], 0)])
        for k in range(2)
    ]
    officials = [
        Official(make_id("official", label, i), f"Nguyễn Văn {i}", ["chủ tịch"],
                 "Bến Nghé", None, mentions=[mention(ids[k % 2], k) for k in range(1 + i % 3)])
    ]
    metrics = [
        Metric(make_id("metric", label, i, k), i * 1.5 + k, "đồng", "ngân sách", None,
               None, "2025", False, i * 1000, f"{i} triệu đồng", ids[k], source, "text",
               0, 8, body[:50])
        for k in range(2)
    ]
    records = {
        "docs": [article.to_dict(), teaser.to_dict()],
        "wards": [w.to_dict() for w in wards],
        "officials": [o.to_dict() for o in officials],
        "metrics": [m.to_dict() for m in metrics],
    }
    return page_hash(i, label), source, records


def _doc(kind: str, title: str, text: str, source: str) -> Doc:
    doc_id = make_id(kind, title, text)
    return Doc(doc_id, kind, source, title, "2025-06-30", None, None, None, [text], [], text, "")


def write_pages(root, n: int, batch: int, label: str = "site") -> None:
    """Write pages 0..n-1 not already stored, committing every `batch` pages."""
    with Store(root).writer() as w:
        for i in range(n):
            page, source, records = make_page(i, label)
            if not w.has_page(page):
                w.add_page(page, source, records, ingested_at=INGESTED_AT)
                if w.pending >= batch:
                    w.commit()


def hold(root, label: str, commits: int, pause: float, until_stdin: bool) -> None:
    """Take the writer lock, write `commits` batches of 10 pages with pauses between,
    optionally wait for a line on stdin, then release; say each step on stdout."""
    def say(message: str) -> None:
        print(message, flush=True)

    with Store(root).writer(on_wait=say) as w:
        say("locked")
        for c in range(commits):
            for k in range(10):
                i = c * 10 + k
                w.add_page(page_hash(i, label), page_source(i, label),
                           make_page(i, label)[2], ingested_at=INGESTED_AT)
            w.commit()
            time.sleep(pause)
        say("committed")
        if until_stdin:
            sys.stdin.readline()
    say("released")


if __name__ == "__main__":
    command, root, *rest = sys.argv[1:]
    if command == "write":
        write_pages(root, int(rest[0]), int(rest[1]))
    elif command == "hold":
        hold(root, rest[0], int(rest[1]), float(rest[2]), "--until-stdin" in rest)
    else:
        sys.exit(f"unknown command {command}")
