"""Extraction: from one doc, or one page's docs, to wards, officials and metrics, each with
where it was said.

Pure: no files, terminal or store. The places of a page's docs are found once (places.py: the
page's province, what its texts settle for each other, each field's wards); the per-text
finders live in officials.py and metrics.py. This module walks a doc's fields (title, body,
captions), decides which ward the doc is about, and turns hits into records with mentions and
evidence sentences. `extract_page` reads a whole page; `extract` one doc.

    >>> from wardcli.page import parse_page
    >>> page = parse_page("Phường Tương Mai: Thu ngân sách đạt 118,6%\\n\\nNội dung.", "a.txt")
    >>> [w.name for w in extract(page.article).wards]
    ['Tương Mai']
    >>> [[w.name for w in ex.wards] for _, ex in extract_page([page.article, *page.teasers])]
    [['Tương Mai']]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from ..gazetteer import DEFAULT_PROVINCE, Gazetteer, load_gazetteer
from ..model import Doc, Mention, Metric, Official, Ward, make_id, official_id
from ..text import fold
from .places import DocPlaces, doc_places, find_places, page_texts
from .sentences import Sentences
from .wards import PageHints


@dataclass
class Extraction:
    wards: list[Ward] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    place: str | None = None  # the ward the doc is about (short name), if any


def _mention(doc: Doc, fname: str, start: int, end: int, sentences: Sentences, roles=None) -> Mention:
    return Mention(doc.id, doc.source, fname, start, end, sentences.around(start), doc.published, roles)


def _main_place(doc: Doc, hits_by_field: list[tuple[str, list]], context_place: str | None,
                gaz: Gazetteer) -> str | None:
    """The ward a doc is about: the first ward of its title, else the province or city its title
    names (a city-wide story: "Hơn 70% cử tri Hà Nội đã đi bầu cử" is about Hà Nội, the wards
    in its text are examples) unless the title is about its wards ("Nhiều phường của Hà Nội
    ...", "các xã phía tây Hà Nội ..."), else its most-named ward, else the page's (for a teaser
    with no ward of its own)."""
    counts: Counter[str] = Counter()
    for fname, hits in hits_by_field:
        current = [h for h in hits if h.unit is not None]
        if fname == "title" and current:
            return current[0].unit.name
        if fname == "title" and doc.title \
                and not re.search(r"(?<!\w)(?:phường|xã(?!\s+hội)|thị trấn)(?!\w)", doc.title, re.IGNORECASE):
            named = gaz.provinces_in(doc.title)
            if named:
                return named[0][1]
        counts.update(h.unit.name for h in current)
    if counts:
        return counts.most_common(1)[0][0]
    return context_place


# Folded words of a sentence that tells what a 2025 unit was formed from (the page's own word
# on which old unit went where; the package's map lists only the main pieces of a split ward).
# Not after a time word: "sau (khi) sáp nhập, phường X ..." names the new ward, not the old ones.
_FORMED_FROM = re.compile(
    r"(?<!sau )(?<!sau khi )(?<!truoc )(?<!truoc khi )(?<!khi )"
    r"\b(?:sap nhap|hop nhat|tren co so|thanh lap tu|hinh thanh tu|sap xep)\b")


def _formed_from(text: str, ward_at: int, former_at: int) -> bool:
    """Whether a merger verb stands between the 2025 ward and the old name, in that order
    ("Phường X được thành lập trên cơ sở ... phường A")."""
    return bool(_FORMED_FROM.search(fold(text[ward_at:former_at])))


def _link_former(hit, text: str, current: list, doc_codes: set[str], sentences: Sentences) -> list[tuple]:
    """(pre-2025 unit, the 2025 codes the page ties it to) for a former-ward hit.

    Several old units may share a name (two xã Liên Hà, of Đông Anh and Đan Phượng): the one
    whose successor the same sentence names wins ("Xã Thư Lâm được thành lập trên cơ sở ... xã
    Liên Hà"), then the one whose successor is the nearest ward named before it in the paragraph,
    then one whose successor the doc names. A merger sentence that names one 2025 unit which the
    package's map does not list as a successor is taken at its word, for a name that means one
    old unit. Codes are only those the page names, so a ward named elsewhere on the page or in
    the store does not inherit the old unit; an old unit tied to nothing keeps no successor.
    `current` holds the doc field's current hits, `doc_codes` the codes the whole doc names,
    `sentences` the field's sentences.
    """
    spans = sentences.spans
    sent = next(((s, e) for s, e in spans if s <= hit.start < e), (hit.start, hit.end))
    in_sentence = list(dict.fromkeys(h.unit.code for h in current if sent[0] <= h.start < sent[1]))
    candidates = hit.former

    def tied(codes) -> list[tuple]:
        return [(f, [c for c in f.successor_codes if c in codes]) for f in candidates
                if set(codes) & set(f.successor_codes)]

    if found := tied(in_sentence):
        return found
    first = next((h.start for h in current if sent[0] <= h.start < sent[1]), None)
    if len(in_sentence) == 1 and len(candidates) == 1 and first is not None and _formed_from(text, first, hit.start):
        return [(candidates[0], in_sentence)]
    para_start = text.rfind("\n", 0, hit.start) + 1
    before = [h for h in current if para_start <= h.start < hit.start]
    for h in reversed(before):  # the nearest ward named before it in the paragraph
        if found := tied([h.unit.code]):
            return found
    if found := tied(doc_codes):
        return found
    return [(candidates[0], [])] if len(candidates) == 1 else []


def _row_ward(text: str, current: list, at: int):
    """The one ward named in the flattened table row ("1 | Cầu Giấy | 1.245 | 99,2%") that holds
    offset `at`, or None (not a table row, or no ward or several in it): the row's figures are
    that ward's, whatever the text around the table is about."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    if "|" not in text[start:end]:
        return None
    units = {h.unit.code: h.unit for h in current if start <= h.start < end}
    return next(iter(units.values())) if len(units) == 1 else None


def extract(doc: Doc, gaz: Gazetteer | None = None, province: str = DEFAULT_PROVINCE,
            context_place: str | None = None, page: PageHints | None = None) -> Extraction:
    """Wards, officials and metrics of one doc. `context_place` is the ward of the page the doc
    came from, used for a teaser that names none; `page` is what the page's texts settle
    (`page_hints`), so a teaser's shared name is read as the article reads it. To read a whole
    page, `extract_page` does all of this once."""
    gaz = gaz or load_gazetteer()
    return _extract(doc_places(doc, gaz, province, page), gaz, province, context_place)


def extract_page(docs: list[Doc], gaz: Gazetteer | None = None, province: str = DEFAULT_PROVINCE,
                 wanted: Callable[[Doc], bool] | None = None) -> list[tuple[Doc, Extraction]]:
    """Each doc of one page (its article, then its teasers, as `parse_page` gives them) with its
    extraction, in order: read in the page's province (`page_province`) with what its texts
    settle for each other (`page_hints`), a teaser that names no ward taking the article's.
    The records are those of `extract` called doc by doc with those arguments. Only the docs
    `wanted` says yes to are extracted (all, if None); every doc's text still counts for the
    page's province and hints, so a doc's records do not depend on which others are wanted.

        >>> from wardcli.page import parse_page
        >>> p = parse_page("Phường Tương Mai: Thu ngân sách đạt 118,6%\\n\\nNội dung.", "a.txt")
        >>> [(d.kind, [w.name for w in ex.wards]) for d, ex in extract_page([p.article])]
        [('article', ['Tương Mai'])]
    """
    gaz = gaz or load_gazetteer()
    places = find_places(docs, gaz, province, wanted)
    out = []
    context = None
    for doc in places.docs:
        ex = _extract(doc, gaz, places.province, context)
        if doc.doc.kind == "article":
            context = ex.place
        out.append((doc.doc, ex))
    return out


def _extract(places: DocPlaces, gaz: Gazetteer, province: str, context_place: str | None) -> Extraction:
    """Wards, officials and metrics of one doc whose places are found."""
    from .metrics import find_metrics
    from .officials import find_officials

    doc = places.doc
    fields = [(f.name, f.text) for f in places.fields]
    ward_hits = places.wards
    place = _main_place(doc, ward_hits, context_place, gaz)
    out = Extraction(place=place)
    metric_place = place
    if context_place and place == context_place and not any(h.unit for _, hs in ward_hits for h in hs):
        # a teaser naming no ward: its own summary may name where its figures belong
        # ("UBND thành phố Hà Nội vừa trao 200 suất học bổng") before the page's ward does
        from .metrics import lead_place

        lead = next((t for f, t in fields if f != "title"), None)
        metric_place = (lead_place(lead, gaz, province) if lead else None) or place
    current_codes = {h.unit.code for _, hits in ward_hits for h in hits if h.unit is not None}

    for (fname, text), (_, hits) in zip(fields, ward_hits):
        sentences = Sentences(text)
        current = [h for h in hits if h.unit is not None]
        for h in hits:
            m = _mention(doc, fname, h.start, h.end, sentences)
            if h.unit is not None:
                u = h.unit
                out.wards.append(Ward(u.code, u.name, u.type, u.province, u.province_code, mentions=[m]))
            else:
                for f, successors in _link_former(h, text, current, current_codes, sentences):
                    out.wards.append(Ward(f.code, f.name, f.type, f.province, "", status="former",
                                          successor_codes=successors, mentions=[m]))
        for o in find_officials(text, gaz, place, province, hits):
            m = _mention(doc, fname, o.start, o.end, sentences, roles=list(o.roles))
            out.officials.append(Official(official_id(o.name, o.place), o.name, list(o.roles), o.place,
                                          o.place_code, mentions=[m]))
        for h in find_metrics(text, gaz, metric_place, province):
            mid = make_id("metric", doc.id, fname, h.start, h.end, h.value, h.unit)
            where, code = h.place, h.place_code
            if (row := _row_ward(text, current, h.start)) is not None:  # "2 | Yên Hòa | 986 | 98,7%"
                where, code = row.name, row.code
            out.metrics.append(Metric(mid, h.value, h.unit, h.label, where, code, h.period,
                                      h.target, h.amount_dong, h.raw, doc.id, doc.source, fname,
                                      h.start, h.end, sentences.around(h.start), doc.published))
    return out


def page_hints(docs: list[Doc], gaz: Gazetteer | None = None, province: str = DEFAULT_PROVINCE) -> PageHints:
    """What the docs of one page (its article and teasers) settle for each other; pass it to
    `extract` for each of them."""
    from .wards import page_hints as hints

    gaz = gaz or load_gazetteer()
    return hints(page_texts(docs), gaz, province)


def page_province(docs: list[Doc], gaz: Gazetteer | None = None, province: str = DEFAULT_PROVINCE) -> str:
    """The province the docs of one page (its article and teasers) are about: `province` unless
    the page clearly names another (`wards.page_province`: provinces named, its wards, bare
    "tỉnh"/"Tỉnh ủy" words). Pass it to `page_hints` and to `extract` for each doc, so a bare
    "tỉnh" of an official or a figure means that province."""
    from .wards import page_province as infer

    gaz = gaz or load_gazetteer()
    return infer(page_texts(docs), gaz, province)
