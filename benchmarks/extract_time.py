"""Time page parsing and extraction, and fingerprint their output.

    python benchmarks/extract_time.py

Runs `ingest.page_records` (parse, then extract wards, officials and metrics; no store) over
the seeds, the benchmark pages and the test fixtures, after one warm-up page so the gazetteer
load is not counted. Prints the pages, milliseconds a page, and a sha256 prefix of every
page's records: a speed-up that claims to change nothing must leave the fingerprint alone.
"""

from __future__ import annotations

import glob
import hashlib
import time

import orjson

from wardcli.gazetteer import load_gazetteer
from wardcli.ingest import page_records, read_page

PATTERNS = ("seeds/*.txt", "benchmarks/pages/*.txt", "benchmarks/round2/pages/*.txt",
            "tests/fixtures/*.txt")


def main() -> None:
    gaz = load_gazetteer()
    files = [f for pattern in PATTERNS for f in sorted(glob.glob(pattern))]
    texts = [(read_page(f), f) for f in files]
    page_records(*texts[0], gaz)  # warm-up
    digest = hashlib.sha256()
    start = time.perf_counter()
    for text, source in texts:
        _, records = page_records(text, source, gaz)
        digest.update(orjson.dumps(records, option=orjson.OPT_SORT_KEYS))
    per_page = (time.perf_counter() - start) / len(texts) * 1000
    print(f"{len(texts)} pages  {per_page:.1f} ms/page  records {digest.hexdigest()[:16]}")


if __name__ == "__main__":
    main()
