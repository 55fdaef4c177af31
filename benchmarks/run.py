"""Measure wardcli on generated pages and write the figures into docs/performance.md.

    python benchmarks/run.py --pages 2000 20000          # sizes to measure
    python benchmarks/run.py --quick                     # 200 pages, fewer repeats
    python benchmarks/run.py --pages 2000 --label after  # a section of its own

For each size the corpus is generated once (`corpus.py`, same seed, kept under --work and reused
while its manifest matches) and, on those same pages:

- ingest: `wardcli --store NEW ingest DIR -q --jobs J` for each J of --jobs (default 1 2), as a
  subprocess: wall and CPU seconds, pages/s and MB/s, peak memory (the largest process, from
  wait4's ru_maxrss, and the whole process tree, sampled from /proc), and whether every --jobs
  value left the same JSON-lines bytes. An ingest without --jobs (older wardcli) runs once,
  without the option, and the other rows say so.
- stages: in-process timing of the library functions on a sample of the pages (read, page
  parse, places, officials, metrics, the whole `extract`, store), with how many of the
  officials and wards the generator wrote the extraction finds (a check of the corpus's
  realism as much as of the extractor).
- start-up: `wardcli --help` beside `python -c pass`, best and median of several runs.
- queries (issue 11): `QUERIES` is empty; fill it to time queries on the ingested store
  beside `jq -c .` over the same JSON lines (see `query_times`).

The section (between `<!-- run.py:LABEL -->` markers) is replaced on each run with the same
--label, so "baseline" and "after" sections can stand side by side. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import corpus  # noqa: E402

DOC = ROOT / "docs" / "performance.md"
DEFAULT_WORK = Path(os.environ.get("TMPDIR", "/tmp")) / "wardcli-bench"
KINDS = ("docs", "wards", "officials", "metrics")

# Queries for issue 11, run on the store ingested at --jobs 1: (label, wardcli arguments after
# `--store STORE`, the JSON-lines file `jq -c .` reads as the baseline, or None). "{ward}" and
# "{official}" are filled from the corpus manifest (its most frequent ward and an official of it).
QUERIES: tuple[tuple[str, tuple[str, ...], str | None], ...] = (
    # ("show WARD", ("show", "{ward}"), None),
    # ("list officials --ward", ("list", "officials", "--ward", "{ward}"), None),
    # ("export docs", ("export", "docs"), "docs.jsonl"),
    # ("export metrics -f csv", ("export", "metrics", "-f", "csv"), "metrics.jsonl"),
)


# --- running a command and measuring it ------------------------------------------------------

@dataclass
class Run:
    argv: list[str]
    wall: float
    cpu: float  # user + system of the process and its descendants
    max_rss_mb: float  # the largest single process (ru_maxrss)
    tree_rss_mb: float  # peak of the summed RSS of the process tree (sampled)
    code: int
    stderr: str = ""


def _stat(pid: int) -> tuple[int, int] | None:
    """(resident bytes, CPU clock ticks user + system) of a process, or None if it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return None
    fields = stat[stat.rfind(b")") + 2:].split()  # from the state on: utime [11], stime [12], rss [21]
    return int(fields[21]) * _PAGE, int(fields[11]) + int(fields[12])


def _children(pid: int) -> list[int]:
    """Child pids from /proc/PID/task/*/children (Linux 3.5+)."""
    out: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children", "rb") as f:
                out.extend(int(x) for x in f.read().split())
        except OSError:
            continue
    return out


_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _tree(root: int) -> tuple[int, dict[int, int]]:
    """Resident bytes of `root` and all its descendants, and each one's CPU clock ticks."""
    rss, ticks, todo = 0, {}, [root]
    while todo:
        pid = todo.pop()
        st = _stat(pid)
        if st is None:
            continue
        rss += st[0]
        ticks[pid] = st[1]
        todo.extend(_children(pid))
    return rss, ticks


def measure(argv: list[str], env: dict | None = None, sample: float = 0.1) -> Run:
    """Run `argv` (stdout discarded), timing it and sampling its memory.

    CPU is the larger of wait4's (the process and the children it waited for) and the sum
    of what /proc showed for each process of the tree (a pool whose workers are not the
    command's own children, such as a forkserver's, is missing from the first)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak = [0]
    ticks: dict[int, int] = {}
    done = threading.Event()
    has_proc = os.path.isdir("/proc")

    def sampler() -> None:
        while not done.is_set():
            if has_proc:
                rss, seen = _tree(proc.pid)
                peak[0] = max(peak[0], rss)
                for pid, t in seen.items():
                    ticks[pid] = max(ticks.get(pid, 0), t)
            done.wait(sample)

    thread = threading.Thread(target=sampler, daemon=True)
    thread.start()
    err = proc.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    thread.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = max(usage.ru_utime + usage.ru_stime, sum(ticks.values()) / os.sysconf("SC_CLK_TCK"))
    return Run(argv, wall, cpu, usage.ru_maxrss / 1024, peak[0] / 2**20, proc.returncode, err)


def wardcli_argv() -> list[str]:
    """The wardcli of this Python: its console script, else `python -m wardcli`."""
    script = Path(sys.executable).parent / "wardcli"
    return [str(script)] if script.exists() else [sys.executable, "-m", "wardcli"]


def has_jobs_option() -> bool:
    out = subprocess.run([*wardcli_argv(), "ingest", "--help"], capture_output=True, text=True)
    return "--jobs" in out.stdout


# --- the measurements --------------------------------------------------------------------------

@dataclass
class Corpus:
    dir: Path
    pages: int
    bytes: int
    seed: int
    gen_seconds: float | None  # None when reused


def _generator_version() -> str:
    """sha256 prefix of the generator's sources: a corpus made by another version is remade."""
    h = hashlib.sha256()
    for name in ("corpus.py", "corpus_words.py"):
        h.update((HERE / name).read_bytes())
    return h.hexdigest()[:16]


def ensure_corpus(work: Path, pages: int, seed: int, jobs: int) -> Corpus:
    """The generated pages for (pages, seed), made once under `work` by this generator."""
    d = work / f"pages-{pages}-seed{seed}"
    stamp = d / "generator.json"
    want = {"pages": pages, "seed": seed, "generator": _generator_version()}
    if stamp.exists() and json.loads(stamp.read_text(encoding="utf-8")) == want:
        lines = (d / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
        return Corpus(d, pages, sum(json.loads(x)["bytes"] for x in lines), seed, None)
    shutil.rmtree(d, ignore_errors=True)
    start = time.perf_counter()
    r = corpus.generate(d, pages, seed, jobs=jobs)
    secs = time.perf_counter() - start
    stamp.write_text(json.dumps(want), encoding="utf-8")
    return Corpus(d, pages, r["bytes"], seed, secs)


# Fields a store may stamp with the clock: left out of the digest.
VOLATILE = re.compile(rb'"ingested_at":\s*"[^"]*",?')


def store_digest(store: Path) -> str:
    """sha256 prefix of every JSON-lines file in the store, clock stamps left out (what
    --jobs must not change)."""
    h = hashlib.sha256()
    for p in sorted(store.rglob("*.jsonl")):
        h.update(str(p.relative_to(store)).encode())
        h.update(VOLATILE.sub(b"", p.read_bytes()))
    return h.hexdigest()[:16]


@dataclass
class IngestRow:
    jobs: int | None  # None: wardcli has no --jobs, ran without it
    run: Run | None
    digest: str = ""


def ingest_times(c: Corpus, work: Path, jobs_list: list[int]) -> list[IngestRow]:
    rows: list[IngestRow] = []
    with_jobs = has_jobs_option()
    for jobs in jobs_list if with_jobs else [None]:
        store = work / f"store-{c.pages}-j{jobs or 0}"
        shutil.rmtree(store, ignore_errors=True)
        argv = [*wardcli_argv(), "--store", str(store), "ingest", str(c.dir), "-q"]
        if jobs is not None:
            argv += ["--jobs", str(jobs)]
        run = measure(argv)
        rows.append(IngestRow(jobs, run, store_digest(store) if run.code in (0, 1) else ""))
    if not with_jobs:
        rows += [IngestRow(j, None) for j in jobs_list]
    return rows


@dataclass
class Stages:
    pages: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    officials_written: int = 0
    officials_found: int = 0
    wards_written: int = 0
    wards_found: int = 0
    error: str = ""  # why the stages were not timed


def stage_times(c: Corpus, sample: int, work: Path) -> Stages:
    """Per-stage seconds over the first `sample` pages, through the pipeline `ingest` runs.

    Each page: read, `parse_page`, then the place recogniser once for the page
    (`extract.places.find_places`: page province, hints, each wanted doc's wards), then each
    wanted doc's records (`extract._extract`), with the time spent inside `find_officials` and
    `find_metrics` counted apart; a teaser met on an earlier page of the sample is not wanted,
    as in `ingest`. "extract" is the whole of the records step, officials and metrics included.
    """
    import wardcli.extract as extract_module
    import wardcli.extract.metrics as metrics_module
    import wardcli.extract.officials as officials_module
    from wardcli.extract.places import find_places
    from wardcli.gazetteer import DEFAULT_PROVINCE, load_gazetteer
    from wardcli.ingest import page_records, read_page
    from wardcli.model import make_id
    from wardcli.page import parse_page
    from wardcli.store import Store

    gaz = load_gazetteer()
    manifest = [json.loads(x) for x in (c.dir / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    manifest = manifest[:sample]
    paths = [str(c.dir / m["page"]) for m in manifest]
    page_records(read_page(paths[0]), paths[0], gaz)  # warm-up: tables built outside the clock
    clock = time.process_time  # CPU of this process: the machine may be shared
    t = dict.fromkeys(("read", "parse", "places", "extract", "officials", "metrics", "store"), 0.0)

    def timed(fn, key):
        def wrapper(*args, **kwargs):
            t0 = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                t[key] += clock() - t0
        return wrapper

    originals = (officials_module.find_officials, metrics_module.find_metrics)
    officials_module.find_officials = timed(originals[0], "officials")
    metrics_module.find_metrics = timed(originals[1], "metrics")
    out = Stages(pages=len(paths))
    texts, records = [], []
    seen: set[str] = set()
    try:
        for path, m in zip(paths, manifest):
            t0 = clock()
            text = read_page(path)
            t1 = clock()
            page = parse_page(text, path)
            t2 = clock()
            docs = ([page.article] if page.article else []) + list(page.teasers)
            places = find_places(docs, gaz, DEFAULT_PROVINCE,
                                 lambda d: d.kind == "article" or d.id not in seen)
            t3 = clock()
            exs, context = [], None
            for dp in places.docs:
                ex = extract_module._extract(dp, gaz, places.province, context)
                context = ex.place if dp.doc.kind == "article" else context
                exs.append(ex)
            t4 = clock()
            for key, dt in (("read", t1 - t0), ("parse", t2 - t1), ("places", t3 - t2), ("extract", t4 - t3)):
                t[key] += dt
            kept = [dp.doc for dp in places.docs]
            seen.update(d.id for d in kept)
            texts.append((path, text))
            records.append(_records(kept, exs))
            _score(out, m, page, exs)
    finally:
        officials_module.find_officials, metrics_module.find_metrics = originals
    store_dir = work / f"store-stage-{c.pages}"
    shutil.rmtree(store_dir, ignore_errors=True)
    t0 = time.perf_counter()  # wall: writing waits on the disk (fsync), which CPU time leaves out
    with Store(store_dir).writer() as w:
        for (path, text), recs in zip(texts, records):
            h = make_id("page", text)
            if not w.has_page(h):
                w.add_page(h, path, _new_only(recs, w))
        w.commit()
    t["store"] = time.perf_counter() - t0
    shutil.rmtree(store_dir, ignore_errors=True)
    out.seconds = t
    return out


def _records(docs, exs) -> dict[str, list[dict]]:
    """A page's records as `ingest.page_records` makes them, from the timed extractions."""
    out: dict[str, list[dict]] = {k: [] for k in KINDS}
    for d, ex in zip(docs, exs):
        out["docs"].append(d.to_dict())
        for kind, items in (("wards", ex.wards), ("officials", ex.officials), ("metrics", ex.metrics)):
            out[kind].extend(x.to_dict() for x in items)
    return out


def _new_only(records: dict, writer) -> dict:
    try:
        from wardcli.ingest import _only_new
    except ImportError:  # the ingest module changed: hand the records over as they are
        return records
    return _only_new(records, writer)


def _score(out: Stages, m: dict, page, exs) -> None:
    """Count the generator's officials and ward that the article's extraction found."""
    if not page.article:
        return
    ex = exs[0]
    names = {o.name for o in ex.officials}
    out.officials_written += len(m["officials"])
    out.officials_found += sum(o["name"] in names for o in m["officials"])
    out.wards_written += 1
    out.wards_found += any(w.code == m["ward_code"] for w in ex.wards)


def startup_times(repeats: int) -> dict[str, tuple[float, float]]:
    """Best and median milliseconds of `wardcli --help` and `python -c pass`."""
    out = {}
    for label, argv in (("python -c pass", [sys.executable, "-c", "pass"]),
                        ("wardcli --help", [*wardcli_argv(), "--help"])):
        ms = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            ms.append((time.perf_counter() - t0) * 1000)
        out[label] = (min(ms), statistics.median(ms))
    return out


def query_times(store: Path, c: Corpus) -> list[tuple[str, Run, Run | None]]:
    """(label, the wardcli query, `jq -c .` over its JSON lines) for each of QUERIES (issue 11).
    Empty until QUERIES is filled."""
    if not QUERIES:
        return []
    ward, official = _query_subjects(c)
    jq = shutil.which("jq")
    rows = []
    for label, args, jsonl in QUERIES:
        args = [a.format(ward=ward, official=official) for a in args]
        run = measure([*wardcli_argv(), "--store", str(store), *args])
        base = measure([jq, "-c", ".", str(store / jsonl)]) if jq and jsonl else None
        rows.append((label, run, base))
    return rows


def _query_subjects(c: Corpus) -> tuple[str, str]:
    """The corpus's most written-about ward and an official of it, for the queries."""
    counts: dict[str, int] = {}
    people: dict[str, str] = {}
    with open(c.dir / "manifest.jsonl", encoding="utf-8") as f:
        for line in f:
            m = json.loads(line)
            counts[m["ward"]] = counts.get(m["ward"], 0) + 1
            if m["officials"]:
                people.setdefault(m["ward"], m["officials"][0]["name"])
    ward = max(counts, key=lambda w: (counts[w], w))
    return ward, people.get(ward, "")


# --- the report --------------------------------------------------------------------------------

def _mb(n: float) -> str:
    return f"{n:.0f}"


def render_section(label: str, command: str, results: list[dict], startup: dict, load: str = "?") -> str:
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [f"<!-- run.py:{label} -->", f"### {label}", "",
             f"`{command}`", "",
             f"Machine: {os.cpu_count()} cores (nproc), Python {platform.python_version()}, "
             f"{platform.system()} {platform.release()}, {now}; load average at the start "
             f"{load}.", ""]
    lines += ["| pages | MB | --jobs | wall s | CPU s | pages/s | MB/s | pages per CPU s "
              "| peak MB (largest process) | peak MB (all processes) | store bytes |",
              "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in results:
        c: Corpus = r["corpus"]
        digests = {row.digest for row in r["ingest"] if row.run}
        for row in r["ingest"]:
            jobs = "-" if row.jobs is None else str(row.jobs)
            if row.run is None:
                lines.append(f"| {c.pages:,} | {c.bytes / 1e6:.1f} | {jobs} | n/a: this wardcli has no --jobs "
                             "| | | | | | | |")
                continue
            run = row.run
            measured = sum(1 for x in r["ingest"] if x.run)
            same = row.digest if len(digests) > 1 or measured == 1 else "same"
            fail = "" if run.code in (0, 1) else f" (exit {run.code})"
            lines.append(f"| {c.pages:,} | {c.bytes / 1e6:.1f} | {jobs} | {run.wall:.1f}{fail} | {run.cpu:.1f} "
                         f"| {c.pages / run.wall:,.0f} | {c.bytes / 1e6 / run.wall:.2f} "
                         f"| {c.pages / max(run.cpu, 1e-9):,.0f} | {_mb(run.max_rss_mb)} "
                         f"| {_mb(run.tree_rss_mb)} | {same} |")
    lines.append("")
    for r in results:
        s: Stages = r["stages"]
        if s.error:
            lines += [f"Stages not timed: `{s.error}` (benchmarks/run.py's stage_times needs the new API).", ""]
        if not s.pages:
            continue
        parts = ("read", "parse", "places", "extract", "store")
        total = sum(s.seconds[k] for k in parts)
        lines += [f"Stages on the first {s.pages:,} of the {r['corpus'].pages:,} pages (CPU ms/page of "
                  "this process, so other load on the machine counts less, except store: wall time, "
                  "writing the sample to a new store). places = the place recogniser once a page "
                  "(page province, hints, the wards of each doc read); extract = the records of each "
                  "doc read, of which officials and metrics = the time inside their finders; a teaser "
                  "met on an earlier page is not read again, as in `ingest`:", "",
                  "| stage | ms/page | share |", "|---|---:|---:|"]
        for k in parts:
            v = s.seconds[k]
            lines.append(f"| {k} | {v / s.pages * 1000:.2f} | {v / total:.0%} |")
            if k == "extract":
                for sub in ("officials", "metrics"):
                    w = s.seconds[sub]
                    lines.append(f"| &nbsp;&nbsp;of which {sub} | {w / s.pages * 1000:.2f} | {w / total:.0%} |")
        lines += ["", f"Generated facts found by the extraction in those pages' articles: officials "
                  f"{s.officials_found}/{s.officials_written} "
                  f"({s.officials_found / max(s.officials_written, 1):.0%}), the article's ward "
                  f"{s.wards_found}/{s.wards_written} ({s.wards_found / max(s.wards_written, 1):.0%}).", ""]
    for r in results:
        if r["queries"]:
            lines += [f"Queries on the {r['corpus'].pages:,}-page store:", "",
                      "| query | wall s | peak MB | `jq -c .` s | jq peak MB |", "|---|---:|---:|---:|---:|"]
            for label, run, base in r["queries"]:
                jq = f"{base.wall:.2f} | {_mb(base.max_rss_mb)}" if base else "| "
                lines.append(f"| {label} | {run.wall:.2f} | {_mb(run.max_rss_mb)} | {jq} |")
            lines.append("")
    gen = [f"{r['corpus'].pages:,} pages in {r['corpus'].gen_seconds:.1f} s" for r in results
           if r["corpus"].gen_seconds is not None]
    if gen:
        lines += ["Corpus generation (benchmarks/corpus.py): " + "; ".join(gen) + ".", ""]
    (pb, pm), (wb, wm) = startup["python -c pass"], startup["wardcli --help"]
    lines += [f"Start-up: `wardcli --help` {wb:.0f} ms best, {wm:.0f} ms median; `python -c pass` "
              f"{pb:.0f} ms best, {pm:.0f} ms median: {wb - pb:+.0f} ms.", "",
              f"<!-- /run.py:{label} -->"]
    return "\n".join(lines) + "\n"


DOC_HEAD = """# Performance

Measured by `benchmarks/run.py` on pages from `benchmarks/corpus.py` (see benchmarks/README.md).
Each section below is written by one run; rerun with the same `--label` to replace it.
Figures are reported, never asserted by tests. The machine is shared: wall-clock times vary
from run to run, CPU seconds less.

"""


def write_section(doc: Path, label: str, section: str) -> None:
    text = doc.read_text(encoding="utf-8") if doc.exists() else DOC_HEAD
    begin, end = f"<!-- run.py:{label} -->", f"<!-- /run.py:{label} -->"
    if begin in text and end in text:
        a = text.index(begin)
        b = text.index(end) + len(end) + 1
        text = text[:a] + section + text[b:]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, nargs="+", default=[2000], help="corpus sizes (default 2000)")
    ap.add_argument("--quick", action="store_true", help="200 pages, fewer repeats")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="ingest --jobs values (default 1 2)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--sample", type=int, default=200, help="pages timed stage by stage (default 200)")
    ap.add_argument("--label", default="latest", help="section name in the document (default latest)")
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK, help=f"corpora and stores (default {DEFAULT_WORK})")
    ap.add_argument("--doc", type=Path, default=DOC, help="the markdown file to write")
    ap.add_argument("--keep-stores", action="store_true", help="leave the ingested stores under --work")
    args = ap.parse_args(argv)
    sizes = [200] if args.quick else args.pages
    sample = min(args.sample, 100) if args.quick else args.sample
    args.work.mkdir(parents=True, exist_ok=True)
    load = " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    command = "python benchmarks/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    results = []
    for n in sizes:
        log = lambda msg: print(f"[{n} pages] {msg}", file=sys.stderr, flush=True)  # noqa: E731
        c = ensure_corpus(args.work, n, args.seed, jobs=max(args.jobs))
        log(f"corpus {c.dir} ({c.bytes / 1e6:.1f} MB)")
        rows = ingest_times(c, args.work, args.jobs)
        for row in rows:
            if row.run:
                log(f"ingest --jobs {row.jobs or '(none)'}: {row.run.wall:.1f} s, {n / row.run.wall:.0f} pages/s, "
                    f"exit {row.run.code}")
                if row.run.code not in (0, 1):
                    log(row.run.stderr.strip().splitlines()[-1] if row.run.stderr.strip() else "")
        try:
            stages = stage_times(c, min(sample, n), args.work)
            log("stages: " + ", ".join(f"{k} {v / stages.pages * 1000:.1f}" for k, v in stages.seconds.items())
                + " ms/page")
        except (ImportError, AttributeError, TypeError) as e:  # the library's API moved on
            stages = Stages(error=f"{type(e).__name__}: {e}")
            log(f"stages not timed: {stages.error} (update stage_times)")
        first = args.work / f"store-{n}-j{rows[0].jobs or 0}"
        queries = query_times(first, c)
        if not args.keep_stores:
            for row in rows:
                shutil.rmtree(args.work / f"store-{n}-j{row.jobs or 0}", ignore_errors=True)
        results.append({"corpus": c, "ingest": rows, "stages": stages, "queries": queries})
    startup = startup_times(5 if args.quick else 15)
    section = render_section(args.label, command, results, startup, load)
    write_section(args.doc, args.label, section)
    print(section)


if __name__ == "__main__":
    main()
