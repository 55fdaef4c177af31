"""Extraction: from one doc to wards, officials and metrics, each with where it was said.

Pure: no files, terminal or store. The per-text finders live in wards.py, officials.py and
metrics.py; this module walks a doc's fields (title, body, captions), decides which ward the
doc is about, and turns hits into records with mentions and evidence sentences.

    >>> from wardcli.page import parse_page
    >>> page = parse_page("Phường Tương Mai: Thu ngân sách đạt 118,6%\\n\\nNội dung.", "a.txt")
    >>> [w.name for w in extract(page.article).wards]
    ['Tương Mai']
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..gazetteer import DEFAULT_PROVINCE, Gazetteer, load_gazetteer
from ..model import Doc, Mention, Metric, Official, Ward, make_id, official_id
from .sentences import Sentences


@dataclass
class Extraction:
    wards: list[Ward] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    place: str | None = None  # the ward the doc is about (short name), if any


def _mention(doc: Doc, fname: str, start: int, end: int, sentences: Sentences, roles=None) -> Mention:
    return Mention(doc.id, doc.source, fname, start, end, sentences.around(start), doc.published, roles)


def _main_place(doc: Doc, hits_by_field: list[tuple[str, list]], context_place: str | None) -> str | None:
    """The ward a doc is about: the first ward of its title, else its most-named ward, else
    the page's (for a teaser with no ward of its own)."""
    counts: Counter[str] = Counter()
    for fname, hits in hits_by_field:
        current = [h for h in hits if h.unit is not None]
        if fname == "title" and current:
            return current[0].unit.name
        counts.update(h.unit.name for h in current)
    if counts:
        return counts.most_common(1)[0][0]
    return context_place


def _choose_former(hit, current_codes: set[str]):
    """Of the pre-2025 units a name may mean, those merged into a ward the doc names."""
    linked = [f for f in hit.former if current_codes & set(f.successor_codes)]
    return linked or (hit.former if len(hit.former) == 1 else [])


def extract(doc: Doc, gaz: Gazetteer | None = None, province: str = DEFAULT_PROVINCE,
            context_place: str | None = None) -> Extraction:
    """Wards, officials and metrics of one doc. `context_place` is the ward of the page the doc
    came from, used for a teaser that names none."""
    from .metrics import find_metrics
    from .officials import find_officials
    from .wards import find_wards

    gaz = gaz or load_gazetteer()
    fields = doc.fields_for_extraction()
    ward_hits = [(f, find_wards(t, gaz, province)) for f, t in fields]
    place = _main_place(doc, ward_hits, context_place)
    out = Extraction(place=place)
    current_codes = {h.unit.code for _, hits in ward_hits for h in hits if h.unit is not None}

    for (fname, text), (_, hits) in zip(fields, ward_hits):
        sentences = Sentences(text)
        for h in hits:
            m = _mention(doc, fname, h.start, h.end, sentences)
            if h.unit is not None:
                u = h.unit
                out.wards.append(Ward(u.code, u.name, u.type, u.province, u.province_code, mentions=[m]))
            else:
                for f in _choose_former(h, current_codes):
                    out.wards.append(Ward(f.code, f.name, f.type, f.province, "", status="former",
                                          successor_codes=list(f.successor_codes), mentions=[m]))
        for o in find_officials(text, gaz, place, province):
            m = _mention(doc, fname, o.start, o.end, sentences, roles=list(o.roles))
            out.officials.append(Official(official_id(o.name, o.place), o.name, list(o.roles), o.place,
                                          o.place_code, mentions=[m]))
        for h in find_metrics(text, gaz, place, province):
            mid = make_id("metric", doc.id, fname, h.start, h.end, h.value, h.unit)
            out.metrics.append(Metric(mid, h.value, h.unit, h.label, h.place, h.place_code, h.period,
                                      h.target, h.amount_dong, h.raw, doc.id, doc.source, fname,
                                      h.start, h.end, sentences.around(h.start), doc.published))
    return out
