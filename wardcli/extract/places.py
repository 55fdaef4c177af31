"""The place recogniser: each doc's places, found once per page and handed to the extractors.

A page's docs (its article and teasers) are read together. First the province the page is
about (`wards.page_province`: the default unless the page clearly names another), then what its
texts settle for each other (`wards.page_hints`: units placed firmly, provinces named), then
each field's ward mentions read in that province with those hints, and the provinces each
field names. `find_places` does all of it once per page; `extract` turns each doc's places into
records and hands them on, instead of looking the wards up again.

Every text is scanned once whatever the number of readings (`wards.scan`): the page province,
the hints and the doc's own reading share one scan, and a reading without hints is remembered.

    >>> from wardcli.gazetteer import load_gazetteer
    >>> from wardcli.page import parse_page
    >>> p = parse_page("Đoàn thăm xã Phú Lương\\n\\nĐoàn công tác thăm xã Phú Lương (tỉnh Thái "
    ...                "Nguyên).\\n\\nTin liên quan\\n\\nXã Phú Lương làm du lịch cộng đồng\\n", "a.txt")
    >>> page = find_places([p.article, *p.teasers], load_gazetteer())
    >>> page.province, page.provinces
    ('Hà Nội', ('Thái Nguyên',))
    >>> [(f.name, [h.unit.province for h in f.wards]) for f in page.docs[1].fields]
    [('title', ['Thái Nguyên'])]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..gazetteer import DEFAULT_PROVINCE, Gazetteer, load_gazetteer
from ..model import Doc
from .hits import WardHit
from .wards import PageHints, page_hints, page_province, read_text


@dataclass
class FieldPlaces:
    """The places of one field of a doc (its title, text or a caption)."""

    name: str  # the field: "title", "text", "captions.0"
    text: str
    wards: list[WardHit]  # ward mentions read with the page's hints, in order; read only
    provinces: list[tuple[int, str]]  # (offset, 2025 province) named after "tỉnh", "thành phố", "TP."


@dataclass
class DocPlaces:
    doc: Doc
    fields: list[FieldPlaces]

    @property
    def wards(self) -> list[tuple[str, list[WardHit]]]:
        """(field name, its ward hits) for each field, in the doc's order."""
        return [(f.name, f.wards) for f in self.fields]


@dataclass
class PagePlaces:
    """The places of one page's docs, in the order given."""

    province: str  # the province the page is about: read every doc in it
    hints: PageHints  # what the page's texts settle for each other
    docs: list[DocPlaces]

    @property
    def provinces(self) -> tuple[str, ...]:
        """The 2025 provinces the page's texts name, in order of first mention."""
        return self.hints.provinces


def page_texts(docs: list[Doc]) -> list[str]:
    """The texts of a page's docs that extraction reads, field by field."""
    return [t for d in docs for _, t in d.fields_for_extraction()]


def find_places(docs: list[Doc], gaz: Gazetteer | None = None, province: str = DEFAULT_PROVINCE,
                wanted: Callable[[Doc], bool] | None = None) -> PagePlaces:
    """The page's province, its hints, and each doc's places read in them. Every doc's text
    counts for the province and the hints; only the docs `wanted` says yes to (all, if None)
    are read for their own places, in order."""
    gaz = gaz or load_gazetteer()
    texts = page_texts(docs)
    where = page_province(texts, gaz, province)
    hints = page_hints(texts, gaz, where)
    return PagePlaces(where, hints, [doc_places(d, gaz, where, hints) for d in docs
                                     if wanted is None or wanted(d)])


def doc_places(doc: Doc, gaz: Gazetteer, province: str = DEFAULT_PROVINCE,
               hints: PageHints | None = None) -> DocPlaces:
    """One doc's places, read in `province` with the page's `hints` (None: the doc alone)."""
    fields = []
    for name, text in doc.fields_for_extraction():
        hits, resolver = read_text(text, gaz, province, hints)
        fields.append(FieldPlaces(name, text, hits, list(resolver.named)))
    return DocPlaces(doc, fields)
