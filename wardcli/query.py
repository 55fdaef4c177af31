"""Read the store back: merged wards and officials, filters, id prefixes and names.

The store keeps one ward line and one official line per doc that mentions them (append-only,
crash-safe); here they are merged into one record per ward code and one per (person, place),
with every mention listed in store order.

Queries on one ward, official or doc (`--ward`, `show`) read only the lines the store's
index (index.sqlite) points them to, then merge and filter them exactly as the full scan
does: same records, same order. A store without a usable index (or `Store(path,
use_index=False)`, the reference in tests) is scanned.

    >>> from wardcli.store import Store
    >>> [w["name"] for w in wards(Store("/tmp/empty-store"))]
    []
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

from .extract.officials import drop_subsumed_roles
from .errors import AmbiguousError, NotFoundError
from .gazetteer import DEFAULT_PROVINCE, Unit, load_gazetteer
from .text import fold_key

KINDS = ("docs", "wards", "officials", "metrics")

# Fixed key order of every exported record (docs/schema.md is the contract).
DOC_FIELDS = ["id", "kind", "source", "title", "published", "published_raw", "byline", "lead",
              "paragraphs", "captions", "text", "page"]
WARD_FIELDS = ["code", "name", "type", "province", "province_code", "former_units", "docs",
               "first_published", "last_published", "mentions"]
OFFICIAL_FIELDS = ["id", "name", "roles", "place", "place_code", "docs", "first_published",
                   "last_published", "mentions"]
METRIC_FIELDS = ["id", "value", "unit", "label", "place", "place_code", "period", "target",
                 "amount_dong", "raw", "doc_id", "source", "published", "field", "start", "end", "text"]


@dataclass
class Filters:
    ward: Unit | None = None
    kind: str | None = None  # docs: "article" | "teaser"
    since: str | None = None  # ISO date or datetime prefix, inclusive
    until: str | None = None
    source: str | None = None  # substring of the source path
    limit: int | None = None


def resolve_ward(name: str, province: str = DEFAULT_PROVINCE) -> Unit:
    """The ward a user typed, case- and diacritic-insensitive, "Phường"/"Xã" optional.
    Unknown: NotFoundError with the closest names; several: AmbiguousError with candidates."""
    gaz = load_gazetteer()
    unit = gaz.resolve(name, province)
    if unit is not None:
        return unit
    found = gaz.candidates(name)
    if len(found) > 1:
        listed = "; ".join(f"{u.full_name} ({u.province}, {u.code})" for u in found[:10])
        raise AmbiguousError(f"ward {name!r} is ambiguous: {listed}; use --province")
    close = gaz.suggest(name, province=province)
    hint = f"; closest: {', '.join(u.name for u in close)}" if close else ""
    raise NotFoundError(f"no ward named {name!r} in {province}{hint}")


def _in_range(published: str | None, f: Filters) -> bool:
    if f.since and (not published or published[: len(f.since)] < f.since):
        return False
    if f.until and (not published or published[: len(f.until)] > f.until):
        return False
    return True


def _limited(it: Iterable[dict], limit: int | None) -> Iterator[dict]:
    for i, r in enumerate(it):
        if limit is not None and i >= limit:
            return
        yield r


def _ordered(d: dict, keys: list[str]) -> dict:
    return {k: d.get(k) for k in keys}


def _index(store):
    """The store's index, or None (scan): a Store with use_index off, or any other reader."""
    return store.index() if hasattr(store, "index") else None


def _ward_lines(store, code: str) -> Iterable[dict]:
    """Ward lines that may bear on ward `code` (its own lines, former units it succeeds);
    every line, in store order, without an index."""
    ix = _index(store)
    if ix is None:
        return store.iter("wards")
    return ix.records_any("wards", [("code", [code]), ("successor", [code])])


def _docs_mentioning(store, code: str) -> set[str]:
    ix = _index(store)
    lines = store.iter("wards") if ix is None else ix.records("wards", "code", [code])
    return {m["doc_id"] for w in lines if w["code"] == code for m in w["mentions"]}


def docs(store, f: Filters | None = None) -> Iterator[dict]:
    f = f or Filters()
    wanted = _docs_mentioning(store, f.ward.code) if f.ward else None
    ix = _index(store) if wanted is not None else None
    source = store.iter("docs") if ix is None else ix.records("docs", "id", wanted)

    def keep(d):
        return ((wanted is None or d["id"] in wanted) and (not f.kind or d["kind"] == f.kind)
                and (not f.source or f.source in d["source"]) and _in_range(d.get("published"), f))

    return _limited((_ordered(d, DOC_FIELDS) for d in source if keep(d)), f.limit)


def _merge(records: Iterable[dict], key: str) -> dict[str, dict]:
    merged: dict[str, dict] = {}
    for r in records:
        k = r[key]
        m = merged.get(k)
        if m is None:
            merged[k] = m = dict(r, mentions=list(r["mentions"]))
            m["roles"] = list(r.get("roles") or [])
            m["former_units"] = list(r.get("former_units") or [])
            continue
        m["mentions"].extend(r["mentions"])
        for role in r.get("roles") or []:
            if role not in m["roles"]:
                m["roles"].append(role)
    for m in merged.values():
        # a caption's "Phó Chủ tịch HĐND" is the text's "Phó Chủ tịch Thường trực HĐND"
        m["roles"] = drop_subsumed_roles(m["roles"])
        dates = sorted(x["published"] for x in m["mentions"] if x.get("published"))
        m["docs"] = len({x["doc_id"] for x in m["mentions"]})
        m["first_published"] = dates[0] if dates else None
        m["last_published"] = dates[-1] if dates else None
    return merged


def wards(store, f: Filters | None = None) -> list[dict]:
    """Current (2025) wards the store mentions, by code; former units named alongside a ward
    are listed in its `former_units`."""
    f = f or Filters()
    lines = list(_ward_lines(store, f.ward.code) if f.ward else store.iter("wards"))
    current = [r for r in lines if r.get("status", "current") == "current"]
    merged = _merge(current, "code")
    for r in lines:
        if r.get("status") == "former":
            for code in r.get("successor_codes") or []:
                m = merged.get(code)
                if m is not None and r["name"] not in m["former_units"]:
                    m["former_units"].append(r["name"])
    out = [_ordered(m, WARD_FIELDS) for m in merged.values()
           if (not f.ward or m["code"] == f.ward.code) and _in_range(m["last_published"], f)]
    out.sort(key=lambda m: (m["code"]))
    return list(_limited(out, f.limit))


def officials(store, f: Filters | None = None) -> list[dict]:
    """One record per (person, place), roles in the order first stated."""
    f = f or Filters()
    merged = _merge(_official_lines(store, "place", f.ward.code) if f.ward else store.iter("officials"),
                    "id")
    out = [_ordered(m, OFFICIAL_FIELDS) for m in merged.values()
           if (not f.ward or m.get("place_code") == f.ward.code) and _in_range(m["last_published"], f)]
    return list(_limited(out, f.limit))


def _official_lines(store, field: str, key: str) -> Iterable[dict]:
    """Every line of each official with a line whose `field` is `key` (place code, folded
    name), in store order: what merging them needs. Every line, without an index."""
    ix = _index(store)
    if ix is None:
        return store.iter("officials")
    ids = {o["id"] for o in ix.records("officials", field, [key])}
    return ix.records("officials", "id", ids)


def metrics(store, f: Filters | None = None) -> Iterator[dict]:
    f = f or Filters()
    ix = _index(store) if f.ward else None
    lines = store.iter("metrics") if ix is None else ix.records("metrics", "place", [f.ward.code])

    def keep(m):
        return ((not f.ward or m.get("place_code") == f.ward.code)
                and (not f.source or f.source in m["source"]) and _in_range(m.get("published"), f))

    return _limited((_ordered(m, METRIC_FIELDS) for m in lines if keep(m)), f.limit)


def records(store, kind: str, f: Filters | None = None) -> Iterable[dict]:
    return {"docs": docs, "wards": wards, "officials": officials, "metrics": metrics}[kind](store, f)


def find_doc(store, prefix: str) -> dict:
    """The doc whose id starts with `prefix` (as git takes a commit prefix)."""
    p = prefix.strip().lower()
    if len(p) < 4:
        raise NotFoundError(f"doc id prefix {prefix!r} is too short (4 hex digits at least)")
    ix = _index(store)
    lines = store.iter("docs") if ix is None else ix.records_with_prefix("docs", "id", p)
    found = [d for d in lines if d["id"].startswith(p)]
    if not found:
        raise NotFoundError(f"no doc with id {prefix!r}")
    if len(found) > 1:
        raise AmbiguousError(f"doc id {prefix!r} is ambiguous: {', '.join(d['id'] for d in found[:10])}")
    return _ordered(found[0], DOC_FIELDS)


def find_officials(store, name: str) -> list[dict]:
    """Officials whose folded name equals `name` folded (every place they hold office in)."""
    key = fold_key(name)
    merged = _merge(_official_lines(store, "name", key), "id")
    return [_ordered(o, OFFICIAL_FIELDS) for o in merged.values() if fold_key(o["name"]) == key]


def ward_profile(store, unit: Unit) -> dict:
    """Everything the store holds on one ward: its units before the 2025 merger (from the
    gazetteer, and as the pages name them), officials, metrics, and docs newest first."""
    f = Filters(ward=unit)
    merged = wards(store, f)
    found = sorted(docs(store, f), key=lambda d: d.get("published") or "", reverse=True)
    return {
        "code": unit.code, "name": unit.name, "type": unit.type, "province": unit.province,
        "province_code": unit.province_code,
        "former_units": [f"{x.type} {x.name} ({x.district_type} {x.district})"
                         for x in load_gazetteer().former_units(unit.code)],
        "former_units_mentioned": merged[0]["former_units"] if merged else [],
        "officials": officials(store, f),
        "metrics": list(metrics(store, f)),
        "docs": [{k: d[k] for k in ("id", "kind", "published", "title", "source")} for d in found],
    }
