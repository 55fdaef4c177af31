"""Paths -> decoded text -> page -> extraction -> store, collecting per-file failures.

A bad file (missing, unreadable, binary, not UTF-8) is reported with its reason and the batch
goes on; nothing already stored is touched. Pages are committed in batches (every
`COMMIT_EVERY` pages or `COMMIT_SECONDS`), so a kill loses at most the batch in flight, and a
re-run picks it up: a page whose content hash is already stored is skipped.

    >>> from wardcli.store import Store
    >>> report = ingest(["seeds"], Store("/tmp/wardcli-doctest"))  # doctest: +SKIP
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .errors import InputError
from .gazetteer import DEFAULT_PROVINCE, Gazetteer, load_gazetteer
from .model import make_id
from .text import normalise

COMMIT_EVERY = 500
COMMIT_SECONDS = 2.0
STDIN = "-"


@dataclass
class IngestReport:
    files: int = 0
    articles: int = 0
    teasers: int = 0
    already: int = 0  # pages whose content was already in the store
    new_docs: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)

    def to_dict(self) -> dict:
        return {"files": self.files, "articles": self.articles, "teasers": self.teasers,
                "already_present": self.already, "new_docs": self.new_docs, "failed": len(self.failed)}


def iter_paths(paths: Iterable[str], glob: str = "*.txt") -> Iterator[str]:
    """Files as given; directories walked recursively for `glob`, in sorted order; "-" for stdin.
    A path that does not exist is yielded as is, so reading it reports the error."""
    for p in paths:
        if p == STDIN:
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob(glob)):
                if f.is_file():
                    yield str(f)
        else:
            yield p


def read_page(path: str) -> str:
    """The page's text, decoded and normalised, or InputError naming the problem."""
    try:
        data = sys.stdin.buffer.read() if path == STDIN else Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as e:
        raise InputError(path, e.strerror or str(e)) from None
    return decode_page(path, data)


def decode_page(path: str, data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (NUL bytes), not a text page")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(path, f"not UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start})") from None
    return normalise(text)


def page_records(text: str, source: str, gaz: Gazetteer, province: str = DEFAULT_PROVINCE):
    """The page hash, its docs, and the records of each kind, ready for the store."""
    from .extract import extract, page_hints, page_province
    from .page import parse_page

    page = parse_page(text, source)
    docs = ([page.article] if page.article else []) + list(page.teasers)
    records: dict[str, list[dict]] = {"docs": [], "wards": [], "officials": [], "metrics": []}
    context = None
    # a page of another province's paper ("Tỉnh ủy Bắc Ninh", its wards) is read in that province
    province = page_province(docs, gaz, province)
    hints = page_hints(docs, gaz, province)  # a teaser reads a shared name as the article does
    for doc in docs:
        ex = extract(doc, gaz, province, context_place=context, page=hints)
        if doc.kind == "article":
            context = ex.place
        records["docs"].append(doc.to_dict())
        records["wards"].extend(w.to_dict() for w in ex.wards)
        records["officials"].extend(o.to_dict() for o in ex.officials)
        records["metrics"].extend(m.to_dict() for m in ex.metrics)
    return page, records


def _only_new(records: dict[str, list[dict]], writer) -> dict[str, list[dict]]:
    """Drop docs the store already holds (a teaser seen on another page) and their records."""
    new: dict[str, dict] = {}
    for d in records["docs"]:
        if d["id"] not in new and not writer.has_doc(d["id"]):
            new[d["id"]] = d
    out = {"docs": list(new.values())}
    for kind in ("wards", "officials", "metrics"):
        out[kind] = [r for r in records[kind] if _doc_of(r) in new]
    return out


def _doc_of(record: dict) -> str:
    if "doc_id" in record:
        return record["doc_id"]
    return record["mentions"][0]["doc_id"]


def ingest(paths: Iterable[str], store, *, glob: str = "*.txt", province: str = DEFAULT_PROVINCE,
           wait: bool = True, on_wait: Callable[[str], None] | None = None,
           on_error: Callable[[str, str], None] | None = None,
           progress: Callable[[int], None] | None = None) -> IngestReport:
    """Ingest every page under `paths` into `store`. Errors of single files are collected in
    the report (and passed to `on_error` as they happen); store errors raise."""
    report = IngestReport()
    gaz = load_gazetteer()
    with store.writer(wait=wait, on_wait=on_wait) as w:
        pending = 0
        last = time.monotonic()
        for path in iter_paths(paths, glob):
            report.files += 1
            try:
                text = read_page(path)
                page_hash = make_id("page", text)
                if w.has_page(page_hash):
                    report.already += 1
                else:
                    page, records = page_records(text, path, gaz, province)
                    report.new_docs += w.add_page(page_hash, path, _only_new(records, w))
                    report.articles += 1 if page.article else 0
                    report.teasers += len(page.teasers)
                    pending += 1
            except InputError as e:
                report.failed.append((e.path, e.reason))
                if on_error:
                    on_error(e.path, e.reason)
            except Exception as e:  # a bug on one page must not lose the batch; name it
                reason = f"internal error: {type(e).__name__}: {e}"
                report.failed.append((path, reason))
                if on_error:
                    on_error(path, reason)
                if os.environ.get("WARDCLI_DEBUG"):
                    raise
            if progress:
                progress(report.files)
            if pending and (pending >= COMMIT_EVERY or time.monotonic() - last >= COMMIT_SECONDS):
                w.commit()
                pending = 0
                last = time.monotonic()
    return report
