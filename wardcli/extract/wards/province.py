"""The province a page is about: `page_province` (the default unless the page clearly names
another: "Tỉnh ủy Bắc Ninh", its wards, bare "tỉnh"/"Tỉnh ủy" words on a page where the default
is a city); the caller reads the whole page in it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...gazetteer import DEFAULT_PROVINCE, Gazetteer
from ...text import fold_key
from .find import read_text
from .scan import Scan, scan_text
from .spans import _ABBREV, _HEADLINE, _WORD, _province_at

# A province named by its party committee or people's council/committee ("Tỉnh ủy Bắc Ninh",
# "Thành ủy Hải Phòng"); "UBND tỉnh Y" is a "tỉnh Y" that _named_provinces finds.
_COMMITTEE_PROVINCE = re.compile(r"(?<!\w)(?:tỉnh|thành)[ \t]+(?:ủy|uỷ|uy)(?!\w)[ \t]*", re.IGNORECASE)
# A bare province-level word: "Tỉnh ủy", "UBND tỉnh", "toàn tỉnh" (a province's page) or
# "Thành ủy", "UBND Thành phố" (a centrally-run city's), with no name after it.
# Not the plural "các tỉnh, thành phố", "34 tỉnh, thành", nor "tỉnh lộ" (a provincial road).
_BARE_PROVINCE_WORD = re.compile(
    r"(?<!\w)(?<!các )(?<!những )(?<!nhiều )(?<!\d )tỉnh(?:[ \t]+(?:ủy|uỷ|uy))?(?!\w)"
    r"(?![ \t]+lộ(?!\w))(?![ \t]*,?[ \t]*thành(?!\w))", re.IGNORECASE)
_BARE_CITY_WORD = re.compile(r"(?<!\w)(?:[Tt]hành[ \t]+(?:ủy|uỷ)|Thành[ \t]+phố"
                             r"|(?:HĐND|UBND|toàn|[Tt]hủ[ \t]+đô)[ \t]+thành[ \t]+phố)(?!\w)")
_NAME_AFTER = re.compile(r"[ \t]*(?:\.[ \t]*)?[^\W\d_]")


def _bare(text: str, end: int) -> bool:
    """Whether no capitalised name follows a level word ("UBND tỉnh giao", "Tỉnh ủy."; not
    "tỉnh Bắc Ninh", "Thành phố Từ Sơn")."""
    m = _NAME_AFTER.match(text, end)
    return not (m and text[m.end() - 1].isupper())


NAMED_VOTES = 2  # a province named many times ("TP Hồ Chí Minh" in every title) counts twice


@dataclass
class ProvinceEvidence:
    """What a page says about the province it is about: votes per 2025 province (a province
    named with its level word or committee, a line opening with its name, a ward of it named
    with its type word whose name no other province has or that the text places firmly), and
    the count of bare province-level words of each kind ("tỉnh"/"Tỉnh ủy" vs "Thành ủy"/
    "Thành phố")."""

    votes: dict[str, int]
    province_words: int = 0  # bare "tỉnh", "Tỉnh ủy": the page is about a tỉnh
    city_words: int = 0  # bare "Thành ủy", "Thành phố": about a centrally-run city
    named: dict[str, int] = field(default_factory=dict)  # province -> votes from being named
    wards: dict[str, int] = field(default_factory=dict)  # province -> votes from its wards


def _level_votes(scan: Scan) -> tuple[list[str], int, int]:
    """What a text says of provinces whatever the province it is read in: the 2025 provinces it
    names (after a level word, by their committee, opening a line), in order, and its count of
    bare "tỉnh" and of bare city words."""
    text, gaz = scan.text, scan.gaz
    votes = [p for _, p in scan.named]
    for m in _COMMITTEE_PROVINCE.finditer(text):
        found = _province_at(gaz, text, m.end())
        if found:
            votes.append(found[0])
    firsts = _province_first_words(gaz)
    for m in _HEADLINE.finditer(text):  # "Bắc Ninh thu hút ...", "Hà Nội: ..."
        word = _WORD.match(text, m.end())
        key = fold_key(word.group()) if word else ""
        if key and key.split(" ", 1)[0] not in firsts:
            continue  # no province's name starts with this word (nor the run's prefixes)
        for e in reversed(scan.run(m.end())):
            if gaz.is_province(text[m.end():e]):  # a 2025 province's name, so current_province has it
                votes.append(gaz.current_province(text[m.end():e]))
                break
    original = scan.original
    province_words = sum(_bare(original, m.end()) for m in _BARE_PROVINCE_WORD.finditer(original))
    city_words = sum(_bare(original, m.end()) for m in _BARE_CITY_WORD.finditer(original))
    return votes, province_words, city_words


@lru_cache(maxsize=4)
def _province_first_words(gaz: Gazetteer) -> frozenset[str]:
    """The first folded word of each 2025 province's name ("ha" of Hà Nội)."""
    return frozenset(fold_key(p).split()[0] for p in gaz.provinces)


def province_evidence(texts, gaz: Gazetteer, province: str = DEFAULT_PROVINCE) -> ProvinceEvidence:
    votes: dict[str, int] = {}
    named: dict[str, int] = {}  # province -> times named (at most NAMED_VOTES count)
    units: dict[str, str] = {}  # ward key -> its province, each ward counted once
    province_words = city_words = 0

    for text in texts:
        if not text:
            continue
        hits, resolver = read_text(text, gaz, province)
        said, n_province, n_city = scan_text(text, gaz).once("level votes", _level_votes)
        province_words += n_province
        city_words += n_city
        for p in said:
            named[p] = named.get(p, 0) + 1
        for h in hits:
            type_word, _ = gaz.split_type(h.surface)
            if type_word is None and not _ABBREV.match(h.surface):
                continue  # a headline or table name: read in the default province already
            if h.unit is not None:
                key = f"{h.unit.type}:{fold_key(h.unit.name)}"
                holders = {u.province for u in gaz.exact_units(h.unit.name, h.unit.type)}
                if h.start in resolver.firm or len(holders) == 1:
                    units[key] = h.unit.province
            else:
                holders = {gaz.current_province(f.province) for f in h.former}
                if len(holders) == 1:
                    units[f"old:{fold_key(h.former[0].name)}"] = holders.pop()
    for p, n in named.items():
        votes[p] = min(n, NAMED_VOTES)
    wards: dict[str, int] = {}
    for p in units.values():
        votes[p] = votes.get(p, 0) + 1
        wards[p] = wards.get(p, 0) + 1
    return ProvinceEvidence(votes, province_words, city_words,
                            named={p: min(n, NAMED_VOTES) for p, n in named.items()}, wards=wards)


def page_province(texts, gaz: Gazetteer, province: str = DEFAULT_PROVINCE) -> str:
    """The province a page is about: `province` (the default) unless the page clearly speaks
    of another one.

    Another province P wins when it has at least two votes and more than the default, and
    either the page's bare level words fit P and not the default (a page speaking of "Tỉnh
    ủy", "UBND tỉnh" is not about Hà Nội, whose party committee is a Thành ủy), or P has at
    least three votes and more than twice the default's. Bare level words of the default's
    kind count as votes for the default. Failing that, P wins when every ward the page places
    firmly is P's, P outvotes the default and the level words fit P (`_ward_led`).

    >>> from wardcli.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> page_province(["Bí thư Tỉnh ủy Bắc Ninh thăm phường Từ Sơn. UBND tỉnh hỗ trợ."], g)
    'Bắc Ninh'
    >>> page_province(["Bí thư Thành ủy thăm phường Tương Mai."], g)
    'Hà Nội'
    """
    texts = [t for t in texts if t]
    ev = province_evidence(texts, gaz, province)
    default = gaz.current_province(province) or province
    default_city = gaz.is_city(default)
    own_words = ev.city_words if default_city else ev.province_words
    other_words = ev.province_words if default_city else ev.city_words
    base = ev.votes.get(default, 0) + own_words
    best = None
    for p, n in sorted(ev.votes.items(), key=lambda kv: -kv[1]):
        if fold_key(p) == fold_key(default) or n < 2 or n <= base:
            continue
        kind_fits = gaz.is_city(p) != default_city
        if (other_words > own_words and kind_fits) or (n >= 3 and n > 2 * base):
            best = p
            break
    if best is None:
        best = _ward_led(ev, gaz, default)
    if best is None:
        return province
    rivals = [q for q, n in ev.votes.items() if q != best and n >= ev.votes[best]]
    return province if rivals else best


def _ward_led(ev: ProvinceEvidence, gaz: Gazetteer, default: str) -> str | None:
    """The one other province that holds every ward the page names firmly, when nothing speaks
    for the default and the page's bare level words fit it: a page about phường Mông Dương (only
    Quảng Ninh has one) that says "Tỉnh ủy", "HĐND tỉnh" is a Quảng Ninh page; a page about
    phường Chợ Lớn that names "TP.HCM" and says "Thành ủy" is a Hồ Chí Minh one. A tỉnh needs
    more bare "tỉnh" words than city words; a city must be named on the page and outnumber
    the bare "tỉnh" words with its own."""
    if len(ev.wards) != 1:
        return None
    (p, _), = ev.wards.items()
    if fold_key(p) == fold_key(default) or ev.votes.get(default, 0) >= ev.votes.get(p, 0):
        return None
    if gaz.is_city(p):
        fits = ev.named.get(p, 0) >= 1 and ev.city_words >= ev.province_words
    else:
        fits = ev.province_words > ev.city_words
    return p if fits else None
