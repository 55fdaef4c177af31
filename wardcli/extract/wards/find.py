"""Reading a text's ward mentions in a province: the type-word pass, then counted sets,
headlines and table cells, over the text's `Scan`; and what a page's texts settle."""

from __future__ import annotations

from functools import lru_cache

from ...gazetteer import DEFAULT_PROVINCE, Gazetteer, Unit
from ..hits import WardHit
from .lists import headline_hits, member_hits, table_hits
from .resolver import PageHints, Resolver
from .scan import SCANS_KEPT, scan_text
from .triggers import trigger_hits


def find_wards(text: str, gaz: Gazetteer, province: str = DEFAULT_PROVINCE,
               page: PageHints | None = None) -> list[WardHit]:
    """Every mention of a commune-level unit in `text`, in order of position.

    `province` decides a name that several provinces share, unless the text names one next to
    the ward ("xã X, tỉnh Y") or `page` (what the page's texts settle, see `page_hints`) holds
    one.

    >>> from wardcli.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> [(h.surface, h.status) for h in find_wards("sáp nhập hai phường Tây Tựu và Minh Khai", g)]
    [('phường Tây Tựu', 'former'), ('Minh Khai', 'former')]
    >>> [(h.surface, h.status) for h in find_wards("Sau sáp nhập, phường Tây Tựu có 5 vạn dân", g)]
    [('phường Tây Tựu', 'current')]
    """
    hits, _ = read_text(text, gaz, province, page)
    return [WardHit(h.start, h.end, h.surface, h.unit, list(h.former)) for h in hits]


def read_text(text: str, gaz: Gazetteer, province: str,
              page: PageHints | None = None) -> tuple[list[WardHit], Resolver]:
    """The hits of `find_wards` and the resolver that found them (which names it placed firmly,
    the provinces the text names). A reading without page hints is remembered: the page's
    province, its hints and the officials parser read the same texts in the same province.
    Callers only read the result."""
    if page is None or (not page.units and not page.provinces):
        return _read_alone(text, gaz, province)
    return _read(text, gaz, province, page)


def _read(text: str, gaz: Gazetteer, province: str, page: PageHints | None) -> tuple[list[WardHit], Resolver]:
    scan = scan_text(text, gaz)
    resolver = Resolver(scan, province, page)
    hits = trigger_hits(scan, resolver, province)
    hits += member_hits(scan, resolver, hits)
    hits += headline_hits(scan, resolver, hits)
    hits += table_hits(scan, resolver, hits)
    for h in hits:
        h.surface = scan.original[h.start:h.end]
    hits.sort(key=lambda h: (h.start, h.end))
    return hits, resolver


@lru_cache(maxsize=SCANS_KEPT)
def _read_alone(text: str, gaz: Gazetteer, province: str) -> tuple[list[WardHit], Resolver]:
    return _read(text, gaz, province, None)


def page_hints(texts, gaz: Gazetteer, province: str = DEFAULT_PROVINCE) -> PageHints:
    """What the texts of one page (article fields and teasers) settle for each other: the
    2025 units they resolve on their own evidence and the provinces they name.

    >>> from wardcli.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> hints = page_hints(["Đoàn thăm xã Phú Lương (tỉnh Thái Nguyên)."], g)
    >>> [(u.code, u.province) for u in hints.units], hints.provinces
    ([('05611', 'Thái Nguyên')], ('Thái Nguyên',))
    >>> [h.unit.province for h in find_wards("Xã Phú Lương làm du lịch", g, page=hints)]
    ['Thái Nguyên']
    """
    units: dict[str, Unit] = {}
    provinces: dict[str, None] = {}
    for text in texts:
        hits, resolver = _read_alone(text, gaz, province)
        units.update((h.unit.code, h.unit) for h in hits if h.unit is not None and h.start in resolver.firm)
        provinces.update((p, None) for _, p in resolver.named)
    return PageHints(tuple(units.values()), tuple(provinces))
