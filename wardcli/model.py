"""Records: what a page yields and what the store holds.

Every record has `to_dict()` with a fixed key order (the export contract, docs/schema.md)
and `from_dict()`. Ids are content hashes, the same on every machine.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields

ID_LENGTH = 16  # hex digits of sha256; prefixes of it are accepted like git's


def make_id(*parts: object) -> str:
    """A stable id from the parts' text: sha256 over the parts joined by U+001F."""
    data = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:ID_LENGTH]


class _Record:
    def to_dict(self) -> dict:
        out = {}
        for f in fields(self):  # type: ignore[arg-type]
            v = getattr(self, f.name)
            if isinstance(v, list) and v and isinstance(v[0], _Record):
                v = [x.to_dict() for x in v]
            out[f.name] = v
        return out

    @classmethod
    def from_dict(cls, d: dict):
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in d.items() if k in names})


@dataclass
class Doc(_Record):
    """An article or a teaser (a related-article stub) found on a page.

    `text` is the body: for an article, lead and paragraphs joined by blank lines
    (captions are kept apart in `captions`); for a teaser, its summary.
    """

    id: str
    kind: str  # "article" | "teaser"
    source: str
    title: str | None
    published: str | None  # ISO 8601 local time, or YYYY-MM-DD, or None
    published_raw: str | None  # the time as the page wrote it ("23 giờ trước")
    byline: str | None
    lead: str | None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    text: str = ""
    page: str = ""  # content hash of the whole normalised page the doc came from

    def fields_for_extraction(self) -> list[tuple[str, str]]:
        """(field name, text) pairs that extraction reads; offsets refer to these."""
        out = []
        if self.title:
            out.append(("title", self.title))
        if self.text:
            out.append(("text", self.text))
        for i, c in enumerate(self.captions):
            out.append((f"captions.{i}", c))
        return out


def doc_id(kind: str, title, published, byline, text: str, captions: list[str]) -> str:
    return make_id(kind, title, published, byline, text, "\x1e".join(captions))


@dataclass
class Mention(_Record):
    """Where a record was found: `start`/`end` are code-point offsets into the NFC text of
    the doc's `field` ("title", "text" or "captions.N")."""

    doc_id: str
    source: str
    field: str
    start: int
    end: int
    sentence: str
    published: str | None = None
    roles: list[str] | None = None  # officials only: the roles this mention states


@dataclass
class Ward(_Record):
    code: str  # five digits, Quyết định 19/2025/QĐ-TTg (former units: the pre-2025 code)
    name: str  # short name without "Phường"/"Xã"
    type: str  # "phường" | "xã" | "đặc khu"
    province: str
    province_code: str
    status: str = "current"  # "current" | "former" (a pre-2025 unit)
    successor_codes: list[str] = field(default_factory=list)  # former units: the new unit(s) the page ties them to
    former_units: list[str] = field(default_factory=list)  # current units: former names mentioned
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Official(_Record):
    id: str
    name: str
    roles: list[str]
    place: str  # ward short name, "Hà Nội" (or another province) or the body as written
    place_code: str | None
    mentions: list[Mention] = field(default_factory=list)


def official_id(name: str, place: str) -> str:
    from .text import fold_key

    return make_id("official", fold_key(name), fold_key(place))


@dataclass
class Metric(_Record):
    id: str
    value: float | int
    unit: str
    label: str | None
    place: str | None
    place_code: str | None
    period: str | None
    target: bool
    amount_dong: float | int | None  # money only: the amount in đồng
    raw: str  # the figure as written ("30.801 triệu đồng")
    doc_id: str
    source: str
    field: str
    start: int
    end: int
    text: str  # the evidence sentence
    published: str | None = None


def _from_dict_with_mentions(cls, d: dict):
    obj = _Record.from_dict.__func__(cls, d)  # type: ignore[attr-defined]
    obj.mentions = [m if isinstance(m, Mention) else Mention.from_dict(m) for m in obj.mentions]
    return obj


Ward.from_dict = classmethod(_from_dict_with_mentions)  # type: ignore[assignment]
Official.from_dict = classmethod(_from_dict_with_mentions)  # type: ignore[assignment]
