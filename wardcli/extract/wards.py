"""Ward mentions in one text: "phường X", "xã X", "P. X", lists, upper-case and "X:" headlines.

A mention starts at a unit-type word (phường, xã, thị trấn, đặc khu, "P.") followed by a
capitalised name, or is a line that starts with a bare ward name and a colon (a headline about
the ward). The name is the longest run of capitalised syllables the gazetteer knows; so
"phường Tương Mai Võ Xuân Trọng" gives Tương Mai. After the first name a list may go on
("các phường Cầu Giấy, Nghĩa Đô và Xuân Đỉnh"). A name followed by "(cũ)", or a name that is a
pre-2025 ward of the province but not a 2025 unit, gives a hit with `former` filled instead of
`unit`. Districts, provinces and streets have no type word of ours in front, so they never
start a mention; a bare name counts only in a headline.

Text is NFC (wardcli.text.normalise); tone-mark placement may be old or new style, which the
gazetteer's tone keys absorb. Offsets are code points into the text given.

    >>> from wardcli.gazetteer import load_gazetteer
    >>> [h.unit.code for h in find_wards("Đảng ủy phường Tương Mai họp.", load_gazetteer())]
    ['00322']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..gazetteer import DEFAULT_PROVINCE, FormerUnit, Gazetteer, Unit
from ..text import fold_key
from .hits import WardHit

# --- data tables (Vietnamese words, glossed) --------------------------------------------------

# Words that open a ward mention, as a regex alternative -> the gazetteer's type word.
# "P." is matched case-sensitively on its own (see _ABBREV).
TYPE_WORDS = {
    r"phường": "phường",  # urban ward
    r"xã": "xã",  # rural commune
    r"thị[ \t]+trấn": "thị trấn",  # township (pre-2025 only)
    r"đặc[ \t]+khu": "đặc khu",  # special zone (islands)
}

# Folded words that, right before "xã", make it part of another noun, not a commune.
NOT_COMMUNE_BEFORE = (
    "thi",  # thị xã: district-level town
    "hop tac",  # hợp tác xã: cooperative
)

# Folded words right before a type word that make it plural, so a list follows.
PLURAL_WORDS = {
    "cac",  # các: the (plural)
    "nhung",  # những: (plural)
    "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi",  # two .. ten
}

# Folded words after a name that mark it as a pre-2025 unit.
FORMER_MARKERS = {"cu"}  # cũ: former, old

# Folded words introducing a province after a ward ("phường X, tỉnh Y").
PROVINCE_WORDS = ("tinh", "thanh pho", "tp")  # tỉnh: province; thành phố / TP.: city

# Folded words introducing an intermediate level that may sit between ward and province
# ("xã X, huyện Z, tỉnh Y").
DISTRICT_WORDS = ("quan", "huyen", "thi xa", "thanh pho", "tp")  # quận, huyện, thị xã, thành phố

# Words joining the items of a list of wards, besides commas.
LIST_JOINERS_RAW = ("và",)  # và: and

# Short forms of province names, folded -> the gazetteer's name.
PROVINCE_ALIASES = {"hcm": "Hồ Chí Minh", "hn": "Hà Nội"}

# Bullets that may open a headline line.
_BULLETS = "-–—•*+·"

# --- patterns --------------------------------------------------------------------------------

_TYPE = re.compile(
    r"(?<!\w)(?P<type>" + "|".join(TYPE_WORDS) + r")(?!\w)[ \t]*:?[ \t]+",
    re.IGNORECASE,
)
_ABBREV = re.compile(r"(?<![\w.])P\.[ \t]*(?=[^\W\d_])")  # "P. Tương Mai", "P.Tương Mai"
_WORD = re.compile(r"[^\W_]+")
_GAP = re.compile(r"[ \t]*[-–][ \t]*|[ \t]+")  # between syllables: spaces or a joining dash
_MAX_WORDS = 6  # "Văn Miếu - Quốc Tử Giám" has five syllables
_JOINER = re.compile(
    r"[ \t]*[,;&][ \t]*(?:(?:" + "|".join(LIST_JOINERS_RAW) + r")[ \t]+)?"
    r"|[ \t]+(?:" + "|".join(LIST_JOINERS_RAW) + r")[ \t]+",
    re.IGNORECASE,
)
_FORMER_MARK = re.compile(r"[ \t]*(\(?)[ \t]*([^\W\d_]+)[ \t]*(\)?)")
_COLON = re.compile(r"[ \t]*:")
_PLACE_SEP = re.compile(r"[ \t]*[,(][ \t]*|[ \t]+[-–][ \t]+")
_LEVEL_GAP = re.compile(r"\.?[ \t]*")
_LEVEL_WORDS = sorted(set(PROVINCE_WORDS) | set(DISTRICT_WORDS), key=len, reverse=True)  # longest first
_HEADLINE = re.compile(r"(?m)^[ \t" + re.escape(_BULLETS) + r"]*(?=[^\W\d_])")


def _type_of(matched: str) -> str:
    """The gazetteer's type word for a matched type word in any case ("PHƯỜNG" -> "phường")."""
    key = fold_key(matched)
    return next(t for t in TYPE_WORDS.values() if fold_key(t) == key)


def _is_name_word(word: str, first: bool) -> bool:
    """A capitalised syllable ("Tương", "TƯƠNG"), or a number after the first ("Móng Cái 2")."""
    if word.isdigit():
        return not first
    return word[0].isupper()


_AFTER_NUMBER = re.compile(r"[/.,:\-]\d|[ \t]+([^\W\d_]+(?:[ \t]+[^\W\d_]+)?)")


def _ends_numbered_name(text: str, pos: int) -> bool:
    """After "phường 12": punctuation, the end, or a level word ("quận 3") ends the name; a date
    ("12/8") or a lower-case word ("12 tháng") means the number is not a name."""
    m = _AFTER_NUMBER.match(text, pos)
    if not m:
        return True
    if m.group(1) is None:
        return False
    words = m.group(1)
    if words[0].isupper():
        return True
    folded = fold_key(words)
    return any(folded == w or folded.startswith(w + " ") for w in DISTRICT_WORDS)


def _run(text: str, pos: int, allow_number_first: bool = False) -> list[int]:
    """End offsets of the 1..n-word prefixes of the capitalised run starting at `pos`."""
    ends: list[int] = []
    i = pos
    while len(ends) < _MAX_WORDS:
        m = _WORD.match(text, i)
        if not m:
            break
        word = m.group()
        first = not ends
        if word.lower() in LIST_JOINERS_RAW:  # "TƯƠNG MAI VÀ HOÀNG LIỆT": "VÀ" ends a name
            break
        if not (_is_name_word(word, first) or (first and allow_number_first and word.isdigit())):
            break
        ends.append(m.end())
        if first and word.isdigit():  # "phường 12": the number is the whole name
            return ends if _ends_numbered_name(text, m.end()) else []
        gap = _GAP.match(text, m.end())
        if not gap:
            break
        i = gap.end()
    return ends


def _longest_known(text: str, start: int, ends: list[int], known) -> int | None:
    """The end of the longest prefix of a run that `known` accepts ("Tương Mai Võ Xuân Trọng"
    -> the end of "Tương Mai")."""
    return next((e for e in reversed(ends) if known(text[start:e])), None)


def _all_caps(text: str, start: int, end: int) -> bool:
    letters = [c for c in text[start:end] if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


class _Resolver:
    """Name -> 2025 unit or pre-2025 units, in a province's context."""

    def __init__(self, gaz: Gazetteer, province: str):
        self.gaz = gaz
        self.province = province

    def known(self, name: str) -> bool:
        """Whether any unit anywhere, old or new, has this name (used to find where a name ends)."""
        return bool(self.gaz.exact_units(name) or self.gaz.exact_former(name))

    def _local_units(self, name: str, type: str | None, province: str) -> list[Unit]:
        pkey = fold_key(province)
        return [u for u in self.gaz.exact_units(name, type) if fold_key(u.province) == pkey]

    def resolve(self, name: str, type: str | None, place: _Place, former_marked: bool = False,
                strict: bool = False) -> tuple[Unit | None, list[FormerUnit]] | None:
        """(unit, []) for a 2025 unit, (None, former) for a pre-2025 one, None when unknown.

        The province is the one the text names next to the ward, else the default. `strict`
        keeps to that province (for list items with no type word of their own, where a chance
        match elsewhere is more likely noise than news).
        """
        prov = place.province or self.province
        old_prov = place.old_province or prov

        def former(t: str | None, p: str | None) -> list[FormerUnit]:
            found = self.gaz.exact_former(name, t, p)
            in_district = [f for f in found if place.district and fold_key(f.district) == fold_key(place.district)]
            return in_district or found

        if type == "thị trấn":  # townships were abolished in 2025
            former_marked = True
        if former_marked:
            old = former(type, old_prov) or former(None, old_prov)
            if old:
                return None, old
        local = self._local_units(name, type, prov)
        if type and not local:
            old = former(type, old_prov)
            if old:
                return None, old
            local = self._local_units(name, None, prov)  # "xã X" for what is now phường X
        if len(local) == 1:
            return local[0], []
        if local:
            return None
        old = former(None, old_prov)
        if old:
            return None, old
        if strict:
            return None
        anywhere = self.gaz.exact_units(name, type) or self.gaz.exact_units(name)
        if len(anywhere) == 1:
            return anywhere[0], []
        if not anywhere and (old := former(type, None)):
            return None, old
        return None


@dataclass
class _Place:
    """What the text says right after a ward about where it is."""

    province: str | None = None  # 2025 province
    old_province: str | None = None  # the province as written, when it is a pre-2025 one
    district: str | None = None  # pre-2025 district as written ("quận Gò Vấp")


def _preceding_words(text: str, pos: int, n: int) -> str:
    """The folded last `n` words before `pos` on the same line."""
    window = text[max(0, pos - 40):pos]  # a few words are enough
    m = re.search(r"(?<![^\W_])(?:[^\W_]+[ \t]+){%d}$" % n, window)
    return fold_key(m.group()) if m else ""


def _former_marker(text: str, end: int) -> int | None:
    """The end of "(cũ)" or "cũ" right after a name, else None."""
    m = _FORMER_MARK.match(text, end)
    if m and fold_key(m.group(2)) in FORMER_MARKERS and bool(m.group(1)) == bool(m.group(3)):
        return m.end()
    return None


def _province_at(gaz: Gazetteer, text: str, pos: int) -> tuple[str, str] | None:
    """(2025 province, name as written) for the province named by the run at `pos`."""
    ends = _run(text, pos)
    for e in reversed(ends):
        name = text[pos:e]
        found = gaz.current_province(PROVINCE_ALIASES.get(fold_key(name), name))
        if found:
            return found, name
    return None


def _level_word(text: str, pos: int) -> tuple[str | None, int]:
    """A level word at `pos` ("tỉnh", "thành phố", "TP.", "huyện" ...), folded, and where the name
    after it starts; (None, pos) when there is none."""
    for word in _LEVEL_WORDS:
        words = []
        for m in _WORD.finditer(text, pos):
            words.append(m)
            if len(words) == len(word.split()):
                break
        if words and fold_key(" ".join(w.group() for w in words)) == word:
            return word, _LEVEL_GAP.match(text, words[-1].end()).end()
    return None, pos


def _place_after(gaz: Gazetteer, text: str, end: int) -> _Place:
    """The province (and district) named right after a ward: ", tỉnh Y", " (Y)", ", Y",
    ", quận Z, thành phố Y"."""
    place = _Place()
    pos = end
    for _ in range(2):
        m = _PLACE_SEP.match(text, pos)
        if not m:
            break
        level, pos = _level_word(text, m.end())
        found = _province_at(gaz, text, pos)
        if found:
            place.province = found[0]
            if fold_key(found[0]) != fold_key(found[1]) and fold_key(found[1]) not in PROVINCE_ALIASES:
                place.old_province = found[1]
            break
        ends = _run(text, pos)
        if level not in DISTRICT_WORDS or not ends:
            break
        place.district = text[pos:ends[-1]]
        pos = ends[-1]  # skip the district and look once more
    return place


def _trigger_hits(text: str, gaz: Gazetteer, resolver: _Resolver, province: str) -> list[WardHit]:
    """Mentions opened by a type word: "phường X", "xã X", "P. X", "các phường X, Y và Z"."""
    triggers = [(m.start(), m.end(), _type_of(m.group("type"))) for m in _TYPE.finditer(text)]
    triggers += [(m.start(), m.end(), "phường") for m in _ABBREV.finditer(text)]
    hits = []
    for start, name_pos, type_word in sorted(triggers):
        if type_word == "xã" and any(_preceding_words(text, start, len(w.split())) == w for w in NOT_COMMUNE_BEFORE):
            continue
        ends = _run(text, name_pos, allow_number_first=type_word == "phường")
        end = _longest_known(text, name_pos, ends, resolver.known)
        if end is None:
            continue
        before = _preceding_words(text, start, 1)
        plural = before in PLURAL_WORDS or (before.isdigit() and len(before) <= 3)  # not a year
        caps = _all_caps(text, name_pos, ends[-1])
        names = [(start, name_pos, end)]
        while (joiner := _JOINER.match(text, end)) and (item_ends := _run(text, joiner.end())):
            item = joiner.end()
            if caps:  # upper case hides where a name ends: take the longest known prefix
                item_end = _longest_known(text, item, item_ends, resolver.known)
            else:  # the whole capitalised run must be the name
                item_end = item_ends[-1] if resolver.known(text[item:item_ends[-1]]) else None
            if item_end is None:
                break
            name = text[item:item_end]
            if gaz.is_province(name) or (not plural and gaz.is_district(name, province)):
                break
            names.append((item, item, item_end))
            end = item_end
        list_marker = _former_marker(text, end)
        place = _place_after(gaz, text, list_marker or end)
        for i, (s, ns, e) in enumerate(names):
            last = i == len(names) - 1
            marked = _former_marker(text, e) is not None or (list_marker is not None and (plural or last))
            strict = i > 0 and not plural and place.province is None
            found = resolver.resolve(text[ns:e], type_word, place, marked, strict)
            if found is not None:
                hits.append(WardHit(s, e, text[s:e], found[0], list(found[1])))
    return hits


def _headline_hits(text: str, gaz: Gazetteer, resolver: _Resolver, taken: list[WardHit]) -> list[WardHit]:
    """Lines that start with a bare 2025 ward name and a colon ("Hoàng Liệt: Hơn 1.000 ...")."""
    hits = []
    for m in _HEADLINE.finditer(text):
        pos = m.end()
        if any(h.start <= pos < h.end for h in taken):
            continue
        ends = _run(text, pos)
        if not ends or not _COLON.match(text, ends[-1]):
            continue
        name = text[pos:ends[-1]]
        if gaz.split_type(name)[0] is not None or gaz.is_province(name):
            continue
        found = resolver.resolve(name, None, _Place())
        if found is not None and found[0] is not None:
            hits.append(WardHit(pos, ends[-1], name, found[0]))
    return hits


def find_wards(text: str, gaz: Gazetteer, province: str = DEFAULT_PROVINCE) -> list[WardHit]:
    """Every mention of a commune-level unit in `text`, in order of position.

    `province` decides a name that several provinces share, unless the text names one next to
    the ward ("xã X, tỉnh Y").

    >>> from wardcli.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> [(h.surface, h.status) for h in find_wards("sáp nhập hai phường Tây Tựu và Minh Khai", g)]
    [('phường Tây Tựu', 'current'), ('Minh Khai', 'former')]
    """
    resolver = _Resolver(gaz, province)
    hits = _trigger_hits(text, gaz, resolver, province)
    hits += _headline_hits(text, gaz, resolver, hits)
    hits.sort(key=lambda h: (h.start, h.end))
    return hits
