"""Dedupe on a generated corpus: speed beside datasketch, and pairwise precision/recall.

    python benchmarks/dedupe_bench.py DIR [--limit N] [--threshold 0.8] [--no-datasketch]

DIR holds pages and the generator's manifest.jsonl and teasers.jsonl (benchmarks/corpus.py).
Pages are read and parsed first (not timed: the store holds parsed docs); then, timed:

- wardcli.dedupe.dedupe over every doc (articles and teasers): sketches and clusters;
- datasketch used directly (MinHash, 128 permutations, MinHashLSH at the threshold) over the
  same pages' article text, and over the whole page text: 3-word shingles of folded words,
  each set hashed with MinHash.update_batch, inserted and queried.

Quality is pairwise over pages: two pages are a true pair when the manifest gives them the
same story; a found pair when their articles share a cluster. Teasers are scored apart: a
link is right when the teaser (matched to the pool by its title) stands for the story of the
page whose article it is linked to; recall counts the teasers whose story has a page here.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wardcli.dedupe import DEFAULT_THRESHOLD, DocText, dedupe  # noqa: E402
from wardcli.dedupe.shingles import word_bytes  # noqa: E402
from wardcli.page import parse_page  # noqa: E402
from wardcli.text import fold_key, normalise  # noqa: E402


def pairs(labels: list) -> int:
    return sum(n * (n - 1) // 2 for n in Counter(labels).values())


def pair_scores(truth: list, found: list) -> tuple[float, float, int, int]:
    """Pairwise precision and recall of the clustering `found` against `truth` (parallel lists)."""
    tp = pairs(list(zip(truth, found)))
    fp, tn = pairs(found), pairs(truth)
    return (tp / fp if fp else 1.0), (tp / tn if tn else 1.0), fp, tn


def load(directory: Path, limit: int | None):
    manifest = [json.loads(line) for line in open(directory / "manifest.jsonl", encoding="utf-8")]
    if limit:
        manifest = manifest[:limit]
    pool = {}
    for line in open(directory / "teasers.jsonl", encoding="utf-8"):
        t = json.loads(line)
        pool[fold_key(t["title"])] = t["story"]
    return manifest, pool


def parse_all(directory: Path, manifest: list[dict]):
    pages, docs = [], {}
    for m in manifest:
        text = normalise((directory / m["page"]).read_text(encoding="utf-8"))
        page = parse_page(text, m["page"])
        pages.append((m, text, page))
        for d in ([page.article] if page.article else []) + page.teasers:
            docs[d.id] = d
    return pages, docs


def _shingle_sets(texts: list[str]) -> list[list[bytes]]:
    out = []
    for t in texts:
        ws = word_bytes(t)
        out.append([b" ".join(ws[i:i + 3]) for i in range(max(1, len(ws) - 2))] if ws else [b""])
    return out


def run_datasketch(keys: list[str], texts: list[str], threshold: float) -> tuple[list[int], float]:
    """Cluster labels from datasketch MinHashLSH (query each doc, union the hits), and seconds."""
    from datasketch import MinHash, MinHashLSH

    t0 = time.perf_counter()
    sets = _shingle_sets(texts)
    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    hashes = []
    with lsh.insertion_session() as session:
        for k, s in zip(keys, sets):
            m = MinHash(num_perm=128)
            m.update_batch(s)
            hashes.append(m)
            session.insert(k, m)
    parent = {k: k for k in keys}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for k, m in zip(keys, hashes):
        for other in lsh.query(m):
            a, b = find(k), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    seconds = time.perf_counter() - t0
    return [find(k) for k in keys], seconds


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("directory", type=Path)
    ap.add_argument("--limit", type=int, default=None, help="first N pages only")
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    ap.add_argument("--no-datasketch", action="store_true")
    args = ap.parse_args(argv)

    manifest, pool = load(args.directory, args.limit)
    t0 = time.perf_counter()
    pages, docs = parse_all(args.directory, manifest)
    n = len(pages)
    mb = sum(len(t.encode()) for _, t, _ in pages) / 1e6
    print(f"{n} pages ({mb:.1f} MB), {len(docs)} distinct docs; read and parsed in "
          f"{time.perf_counter() - t0:.1f} s (not counted below)")

    t0 = time.perf_counter()
    result = dedupe([DocText.from_doc(d) for d in docs.values()], args.threshold)
    secs = time.perf_counter() - t0
    marks = {m.doc_id: m for m in result.marks}
    print(f"wardcli.dedupe: {secs:.2f} s, {n / secs:,.0f} pages/s "
          f"({len(result.sketches)} sketches, {sum(map(len, result.sketches.values())) / 1e6:.1f} MB)")

    with_article = [(m, p) for m, _, p in pages if p.article]
    truth = [m["story"] for m, _ in with_article]
    found = [marks[p.article.id].cluster for _, p in with_article]
    prec, rec, fp, tn = pair_scores(truth, found)
    print(f"  articles: pairwise precision {prec:.3f} recall {rec:.3f} "
          f"({fp} pairs found, {tn} true; {len(with_article)} of {n} pages have an article)")
    by_how = defaultdict(lambda: [0, 0])
    first_page = {}
    for (m, p), c in zip(with_article, found):
        first_page.setdefault(m["story"], c)
    for (m, p), c in zip(with_article, found):
        if m["how"] != "original":
            by_how[m["how"]][0] += 1
            by_how[m["how"]][1] += c == first_page[m["story"]]
    print("  copies in the original's cluster: " + ", ".join(
        f"{how} {ok}/{tot}" for how, (tot, ok) in sorted(by_how.items())))

    story_of_article = {p.article.id: m["story"] for m, p in with_article}
    linked = right = linkable = found_right = unknown = same_title = 0
    for d in docs.values():
        if d.kind != "teaser":
            continue
        key = fold_key(d.title or "")
        if key not in pool:
            unknown += 1
            continue
        story = pool[key]
        has_page = story is not None and story in first_page
        linkable += has_page
        target = marks[d.id].teaser_of
        if target:
            linked += 1
            ok = story_of_article.get(target) == story
            right += ok
            found_right += ok and has_page
            same_title += not ok and fold_key(docs[target].title or "") == key
    print(f"  teasers: {linked} linked, precision {right / linked if linked else 1:.3f}, "
          f"recall {found_right / linkable if linkable else 1:.3f} ({linkable} teaser docs whose "
          f"story has a page here; {unknown} teaser docs not in the pool)")
    print(f"    of the {linked - right} wrong links, {same_title} go to an article with the teaser's "
          f"very title (another story of that ward under the same headline)")

    if args.no_datasketch:
        return
    keys = [m["page"] for m, _ in with_article]
    for label, texts in (("article text", [p.article.text for _, p in with_article]),
                         ("whole page", [t for _, t, p in pages if p.article])):
        labels, s = run_datasketch(keys, texts, args.threshold)
        prec, rec, fp, tn = pair_scores(truth, labels)
        print(f"datasketch MinHashLSH over {label}: {s:.2f} s, {len(keys) / s:,.0f} pages/s; "
              f"precision {prec:.3f} recall {rec:.3f}")


if __name__ == "__main__":
    main()
