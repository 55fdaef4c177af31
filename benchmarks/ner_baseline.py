"""Baseline for person names: underthesea's NER against the gold officials' names.

underthesea is not a dependency of wardcli (it is large and wardcli does not use it); run
this in a venv of its own, as docs/quality.md shows:

    python -m venv /tmp/uts && /tmp/uts/bin/pip install underthesea unidecode
    /tmp/uts/bin/python benchmarks/ner_baseline.py seeds ../shared/gold

For each page, every line of the page is tagged; runs of B-PER/I-PER tokens are the
predicted names. Names are compared as the scorer compares them (folded, as sets per
page), so the figure lines up with the `names` row of score.py.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

from underthesea import ner
from unidecode import unidecode


def fold(s: str) -> str:
    s = unidecode(unicodedata.normalize("NFC", s)).lower()
    return " ".join(re.sub(r"[^a-z0-9%/.,]+", " ", s).split())


def person_names(text: str) -> set[str]:
    names: set[str] = set()
    for line in text.splitlines():
        if not line.strip():
            continue
        current: list[str] = []
        for token, _pos, _chunk, tag in ner(line) + [("", "", "", "O")]:
            if tag == "B-PER" or (tag == "I-PER" and not current):
                if current:
                    names.add(" ".join(current))
                current = [token]
            elif tag == "I-PER":
                current.append(token)
            elif current:
                names.add(" ".join(current))
                current = []
    return {fold(n) for n in names}


def main(pages_dir: str, gold_dir: str) -> None:
    tp = npred = ngold = 0
    for page in sorted(Path(pages_dir).glob("*.txt")):
        gold = json.loads((Path(gold_dir) / f"{page.stem}.json").read_text("utf-8"))
        want = {fold(o["name"]) for o in gold.get("officials", [])}
        got = person_names(unicodedata.normalize("NFC", page.read_text("utf-8")))
        tp, npred, ngold = tp + len(want & got), npred + len(got), ngold + len(want)
        print(f"{page.name}: gold {len(want)}, predicted {len(got)}, matched {len(want & got)}")
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"names  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, predicted {npred}, gold {ngold})")


if __name__ == "__main__":
    main(*sys.argv[1:3])
