"""Ward mentions in one text: "phường X", "xã X", "P. X", lists, upper-case and "X:" headlines.

A mention starts at a unit-type word (phường, xã, thị trấn, đặc khu, "P."/"p.") followed by a
capitalised name, or is a line that starts with bare ward names and a colon (a headline about
the wards: "Hoàng Liệt: ...", "Tương Mai, Hoàng Liệt: ..."; only units of the page's province
or of a province the text names, so "Trần Hưng Đạo: ..." about the man is not one). The name
is the longest run of capitalised syllables the gazetteer knows; so "phường Tương Mai Võ Xuân
Trọng" gives Tương Mai. After the first name a list may go on ("các phường Cầu Giấy, Nghĩa Đô
và Xuân Đỉnh"); an item with its own type word starts a mention of its own, and a bare
district name ends the list (an address: "phường Kiến Hưng, Hà Đông") unless the list is
plural or more wards follow it. A list item that matches one unit of the province only without
diacritics is that unit (a tone typo: "Phù Đồng" for Phù Đổng), and an unknown capitalised item
that is no person's name is skipped when the same punctuation and a ward of the province follow.

A name followed by "(cũ)", a name a merger verb introduces ("sáp nhập hai phường Tây Tựu và
Minh Khai", "thành lập trên cơ sở các phường ..."; not "sau sáp nhập, phường X"), a township,
or a name that is a pre-2025 ward of the province but not a 2025 unit gives a hit with
`former` filled instead of `unit`. A merger's wards are former even when a 2025 ward kept the
name (the subject before the verb is the new ward), and the merger goes on to the next lists of
its sentence when only fillers, ";" and a former district's note stand between them ("... các
phường A, B (quận Ba Đình cũ); một phần diện tích của các phường C, D"). Outside a merger,
"(huyện X cũ)" after a list places the wards in the old district; they stay 2025 units.

A counted set of wards ("11 phường thuộc Đơn vị bầu cử số 1 (gồm: Ba Đình, Ngọc Hà ...)", "các
xã còn lại là ...") lists its members after "gồm", "bao gồm" or "là": each is a unit of that type
in the province, district names included. Districts, provinces and streets have no type word of ours
in front, so they never start a mention; a bare name counts only in a headline.

A name several provinces share is read in the province the text names right after it
("phường Hoàng Mai, Nghệ An"), else the one named earlier in the same sentence ("Tại tỉnh Phú
Thọ, xã Liên Minh ..."), else the default; a name the default province lacks goes to the
nearest province the text names that has it.

A written type word is evidence too: "Phường X" is the one phường X of the country rather than a
pre-2025 xã X of the default province. A name the text placed firmly ("phường Việt Hưng (Hà
Nội)") keeps that unit at its later mentions in the same text. In a flattened table ("STT |
Phường | Số hồ sơ" then "1 | Cầu Giấy | 1.245"), the cells of a column headed Phường, Xã, Đơn
vị or Địa bàn are wards of the province.

`page_province` infers the province a page is about (the default unless the page clearly names
another: "Tỉnh ủy Bắc Ninh", its wards, bare "tỉnh"/"Tỉnh ủy" words on a page where the default
is a city); the caller reads the whole page in it.

Text is NFC (wardcli.text.normalise); tone-mark placement may be old or new style, which the
gazetteer's tone keys absorb. Offsets are code points into the text given.

    >>> from wardcli.gazetteer import load_gazetteer
    >>> [h.unit.code for h in find_wards("Đảng ủy phường Tương Mai họp.", load_gazetteer())]
    ['00322']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..gazetteer import DEFAULT_PROVINCE, FormerUnit, Gazetteer, Unit, tone_key
from ..text import fold, fold_key
from .hits import WardHit
from .roles import SURNAMES

# --- data tables (Vietnamese words, glossed) --------------------------------------------------

# Words that open a ward mention, as a regex alternative -> the gazetteer's type word.
# "P."/"p." is matched on its own (see _ABBREV).
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

# Folded words that tie a ward to the district or province after them ("xã Liên Hà thuộc huyện
# Đông Anh (cũ)", "phường Cô Giang của Quận 1 (cũ)"); only with a level word after them.
PLACE_LINKS = ("thuoc", "cua")  # thuộc: belonging to; của: of

# Folded words introducing an intermediate level that may sit between ward and province
# ("xã X, huyện Z, tỉnh Y").
DISTRICT_WORDS = ("quan", "huyen", "thi xa", "thanh pho", "tp")  # quận, huyện, thị xã, thành phố

# Folded verbs of a merger: the wards named right after them are the pre-2025 units merged
# ("sáp nhập hai phường Tây Tựu và Minh Khai", "được thành lập trên cơ sở các phường ...").
MERGER_CUES = (
    "sap nhap",  # sáp nhập: merge
    "hop nhat",  # hợp nhất: unite
    "tren co so",  # trên cơ sở: on the basis of
    "thanh lap tu",  # thành lập từ: formed from
    "hinh thanh tu",  # hình thành từ: formed from
)
# Folded words that may stand between a merger verb and the type word ("sáp nhập toàn bộ diện
# tích tự nhiên, quy mô dân số của các phường ...").
MERGER_FILLERS = (
    "toan bo", "mot phan", "phan lon", "nguyen trang",  # whole / part / most / as they are
    "dien tich", "tu nhien", "dan so", "quy mo", "dia gioi",  # area, natural, population, size, bounds
    "cua", "va", "hoac",  # of, and, or
    "don vi hanh chinh", "sap nhap", "nhap", "tu",  # administrative units, merge, from
    "xa", "phuong", "thi tran",  # "sáp nhập các xã, phường X, Y": a type word the plural shares
)
# Folded words before a merger verb that make it a time ("sau sáp nhập, phường X": after the
# merger); then only a plural ("sau khi sáp nhập hai phường") still names the old units.
MERGER_TIME_WORDS = ("sau khi", "sau", "khi", "truoc khi", "truoc")

# Words joining the items of a list of wards, besides commas.
LIST_JOINERS_RAW = ("và",)  # và: and

# Folded headers of a table column whose cells are ward names ("STT | Phường | Số hồ sơ") ->
# the type word they imply (None: either type).
TABLE_WARD_HEADERS = {
    "phuong": "phường", "ten phuong": "phường",  # ward, ward name
    "xa": "xã", "ten xa": "xã",  # commune, commune name
    "phuong, xa": None, "xa, phuong": None, "phuong/xa": None, "xa/phuong": None,
    "don vi": None, "ten don vi": None, "don vi hanh chinh": None,  # unit (of government)
    "dia ban": None, "dia phuong": None,  # area, locality
}

# Short forms of province names, folded -> the gazetteer's name.
PROVINCE_ALIASES = {"hcm": "Hồ Chí Minh", "hn": "Hà Nội"}

# Letters some sites type for others that look the same: the Icelandic eth for Vietnamese đ.
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})  # Ð -> Đ, ð -> đ

# Bullets that may open a headline line.
_BULLETS = "-–—•*+·"

# --- patterns --------------------------------------------------------------------------------

_TYPE = re.compile(
    r"(?<!\w)(?P<type>" + "|".join(TYPE_WORDS) + r")(?!\w)[ \t]*:?[ \t]+",
    re.IGNORECASE,
)
# "P. Tương Mai", "P.Tương Mai", "p.Tương Mai"; not "Tp." (a letter before) nor "p.v" (the name
# after must be capitalised, which _run checks).
_ABBREV = re.compile(r"(?<![\w.])[Pp]\.[ \t]*(?=[^\W\d_])")
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
_PLACE_SEP = re.compile(r"[ \t]*[,(][ \t]*|[ \t]+[-–][ \t]+|[ \t]+(?P<word>thuộc|của)[ \t]+", re.IGNORECASE)
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
    head, _, rest = folded.partition(" ")
    if head in PLACE_LINKS:  # "phường 12 thuộc Quận 3": a level word after "thuộc"/"của"
        return any(rest == w or w.startswith(rest + " ") for w in _LEVEL_WORDS)
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


_SURNAME_KEYS = frozenset(tone_key(w) for w in SURNAMES)


def _list_punct(joiner: str) -> str:
    """The punctuation of a list joiner (", và" and "và" count as ",")."""
    return "".join(c for c in joiner if c in ",;&")[:1] or ","


def _longest_known(text: str, start: int, ends: list[int], known) -> int | None:
    """The end of the longest prefix of a run that `known` accepts ("Tương Mai Võ Xuân Trọng"
    -> the end of "Tương Mai")."""
    return next((e for e in reversed(ends) if known(text[start:e])), None)


def _all_caps(text: str, start: int, end: int) -> bool:
    letters = [c for c in text[start:end] if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


@dataclass
class PageHints:
    """What the other texts of the same page settle: the units they resolve on firm evidence (a
    province named next to the ward or earlier in its sentence) and the provinces they name. A
    teaser "Xã Phú Lương ..." on a page whose article says "xã Phú Lương (tỉnh Thái Nguyên)" is
    that unit, not phường Phú Lương of the default province."""

    units: tuple[Unit, ...] = ()
    provinces: tuple[str, ...] = ()  # 2025 provinces


class _Resolver:
    """Name -> 2025 unit or pre-2025 units, in a province's context."""

    def __init__(self, gaz: Gazetteer, province: str, text: str = "", page: PageHints | None = None):
        self.gaz = gaz
        self.province = province
        self.text = text
        self.named = _named_provinces(gaz, text)  # (offset, 2025 province) for each one named
        self.page = page or PageHints()
        self.firm: set[int] = set()  # offsets of the names resolved on the text's own evidence
        # units resolved firmly earlier in this text: a later bare mention of the same name means
        # the same unit ("phường Việt Hưng (Hà Nội) ... Bí thư Đảng ủy phường Việt Hưng ...")
        self.settled: dict[str, Unit] = {}

    def _page_unit(self, name: str, type: str | None) -> Unit | None:
        """The one unit of this name (and type) that the page's other texts settled, if any."""
        codes = {u.code for u in self.page.units} | set(self.settled)
        found = [u for u in self.gaz.exact_units(name, type) if u.code in codes]
        return found[0] if len(found) == 1 else None

    def _named_elsewhere(self, name: str, type: str, at: int) -> Unit | None:
        """A unit of this name with the written type in a province the text or the page names
        (nearest in the text first), for a name the default province has only with another type
        ("Xã Phú Lương" on a page about Thái Nguyên, while Hà Nội has phường Phú Lương)."""
        typed = self.gaz.exact_units(name, type)
        for p in list(dict.fromkeys(self._nearest_provinces(at) + list(self.page.provinces))):
            there = [u for u in typed if fold_key(u.province) == fold_key(p)]
            if there:
                return there[0] if len(there) == 1 else None
        return None

    def _is_named(self, province: str | None) -> bool:
        """Whether the text or the page names this (2025) province."""
        if not province:
            return False
        key = fold_key(province)
        return any(fold_key(p) == key for p in [p for _, p in self.named] + list(self.page.provinces))

    def _sentence_province(self, name: str, type: str | None, at: int) -> str | None:
        """The province named last before `at` in the same sentence, when it has a unit of this
        name ("Tỉnh Phú Thọ: xã Liên Minh ..."); None otherwise."""
        before = [(pos, p) for pos, p in self.named if pos < at]
        if not before:
            return None
        pos, p = max(before)
        if _SENTENCE_END.search(self.text, pos, at):
            return None
        return p if self._local_units(name, type, p) else None

    def _nearest_provinces(self, at: int) -> list[str]:
        """Provinces the text names, the nearest before `at` first, then those after it."""
        before = [p for pos, p in sorted(self.named, reverse=True) if pos < at]
        after = [p for pos, p in sorted(self.named) if pos >= at]
        return list(dict.fromkeys(before + after))

    def _typed_elsewhere(self, name: str, type: str) -> Unit | None:
        """The one 2025 unit of this name with the written type, in the whole country, when
        the province's own old unit of that name had another type."""
        typed = self.gaz.exact_units(name, type)
        return typed[0] if len(typed) == 1 else None

    def known(self, name: str) -> bool:
        """Whether any unit anywhere, old or new, has this name (used to find where a name ends)."""
        return bool(self.gaz.exact_units(name) or self.gaz.exact_former(name))

    def typo_name(self, name: str, province: str) -> str | None:
        """The name of the one unit of `province` that `name` matches only without diacritics,
        syllable for syllable (a tone typo: "Phù Đồng" for Phù Đổng); None when `name` is a
        known name as written, or when no unit or several match."""
        if self.known(name):
            return None
        key, pkey = fold_key(name), fold_key(province)
        found = [u for u in self.gaz.units if u.key == key and fold_key(u.province) == pkey]
        if len({u.name for u in found}) != 1 or len(found[0].name.split()) != len(name.split()):
            return None
        return found[0].name

    def _local_units(self, name: str, type: str | None, province: str) -> list[Unit]:
        pkey = fold_key(province)
        return [u for u in self.gaz.exact_units(name, type) if fold_key(u.province) == pkey]

    def resolve(self, name: str, type: str | None, place: _Place, former_marked: bool = False,
                strict: bool = False, at: int = 0,
                merged: bool = False) -> tuple[Unit | None, list[FormerUnit]] | None:
        """(unit, []) for a 2025 unit, (None, former) for a pre-2025 one, None when unknown.

        The province is the one the text names next to the ward, else the default. `strict`
        keeps to that province (for list items with no type word of their own, where a chance
        match elsewhere is more likely noise than news).
        """
        prov = explicit = place.province or self._sentence_province(name, type, at)
        if prov:
            self.firm.add(at)
        elif (hinted := self._page_unit(name, type)) is not None:
            prov = hinted.province  # a unit the page's other texts placed
        prov = prov or self.province
        old_prov = place.old_province or prov

        def former(t: str | None, p: str | None) -> list[FormerUnit]:
            found = self.gaz.exact_former(name, t, p)
            in_district = [f for f in found if place.in_district(f)]
            return in_district or found

        if type == "thị trấn":  # townships were abolished in 2025
            former_marked = True
        if merged:
            # a merger names the old units, even one whose name a 2025 unit still bears
            # ("Phường Giảng Võ được thành lập trên cơ sở các phường Giảng Võ, Thành Công ...")
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
            elsewhere = None if explicit else self._named_elsewhere(name, type, at)
            if elsewhere is not None:  # the type word is evidence too
                self.firm.add(at)
                return elsewhere, []
            local = self._local_units(name, None, prov)  # "xã X" for what is now phường X
            if not local and former(None, old_prov) and (typed := self._typed_elsewhere(name, type)) is not None:
                # the written type is evidence: "Phường Tiền Phong" is the one phường of that name
                # (Bắc Ninh), not the province's former xã Tiền Phong
                return typed, []
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
        # a name several other provinces share: the one a province the text names holds
        # ("Tỉnh Phú Thọ ... xã Liên Minh"), nearest first
        for p in self._nearest_provinces(at):
            there = [u for u in anywhere if fold_key(u.province) == fold_key(p)]
            if len(there) == 1:
                self.firm.add(at)
                return there[0], []
        if not anywhere:
            # a pre-2025 unit of another province only where the text says so: its district
            # written next to it, or its province named on the page; else a chance match
            # ("Chủ tịch HĐND xã Phan Thị ...": a person, not the old xã Phan of Tây Ninh)
            old = [f for f in former(type, None)
                   if place.in_district(f) or self._is_named(self.gaz.current_province(f.province))]
            if old:
                return None, old
        return None


@dataclass
class _Place:
    """What the text says right after a ward about where it is."""

    province: str | None = None  # 2025 province
    old_province: str | None = None  # the province as written, when it is a pre-2025 one
    district: str | None = None  # pre-2025 district as written ("Gò Vấp", "1" of "Quận 1")
    district_level: str | None = None  # its level word, folded ("quan", "huyen")

    def in_district(self, f: FormerUnit) -> bool:
        """Whether a pre-2025 unit lies in the district written ("Quận 1" is stored whole)."""
        if not self.district:
            return False
        key = fold_key(f.district)
        return key == fold_key(self.district) or key == f"{self.district_level} {fold_key(self.district)}"


_PLURAL_BEFORE = re.compile(
    r"(?<![a-z0-9])(?:" + "|".join(sorted(PLURAL_WORDS)) + r"|\d{1,3}) "  # a count, not a year
    r"(?:(?:xa|phuong|thi tran|dac khu) ?(?:,|/|va) )*$"  # "các xã, phường X": the plural is shared
)


def _is_plural(text: str, start: int) -> bool:
    """Whether a plural word or a count stands before the type word at `start` ("các phường",
    "3 xã", "các xã, phường"), so a list follows."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_PLURAL_BEFORE.search(_merger_window(text[max(line_start, start - 60):start])))


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
    ", quận Z, thành phố Y", "thuộc huyện Z (cũ)", "của Quận 1 (cũ)"."""
    place = _Place()
    pos = end
    for _ in range(2):
        m = _PLACE_SEP.match(text, pos)
        if not m:
            break
        level, pos = _level_word(text, m.end())
        if m.group("word") and level is None:  # "thuộc"/"của" only with a level word after it
            break
        found = _province_at(gaz, text, pos)
        if found:
            place.province = found[0]
            if fold_key(found[0]) != fold_key(found[1]) and fold_key(found[1]) not in PROVINCE_ALIASES:
                place.old_province = found[1]
            break
        ends = _run(text, pos, allow_number_first=level == "quan")  # "Quận 1"
        if level not in DISTRICT_WORDS or not ends:
            break
        place.district = text[pos:ends[-1]]
        place.district_level = level
        pos = ends[-1]  # skip the district and look once more
        if (mark := _former_marker(text, pos)) is not None:  # "huyện Đông Anh (cũ), Hà Nội"
            pos = mark
    return place


_MERGER = re.compile(
    r"(?<![a-z0-9])(?P<time>(?:" + "|".join(MERGER_TIME_WORDS) + r") )?"
    r"(?P<cue>" + "|".join(MERGER_CUES) + r")"
    r"(?P<fill>(?: (?:" + "|".join(MERGER_FILLERS + tuple(PLURAL_WORDS)) + r"|\d{1,3}),?)*) $"
)


def _after_merger(text: str, start: int) -> bool:
    """Whether the type word at `start` follows a merger verb, so the wards it names are the
    pre-2025 units that were merged ("sáp nhập hai phường Tây Tựu và Minh Khai"); not "sau sáp
    nhập, phường X" (after the merger) nor "sau sáp nhập phường X có ..."."""
    line_start = text.rfind("\n", 0, start) + 1
    window = _merger_window(text[max(line_start, start - 160):start])
    m = _MERGER.search(window)
    if not m:
        return False
    fill = m.group("fill").replace(",", " ").split()
    if m.group("time"):
        return bool(fill) and (fill[-1] in PLURAL_WORDS or fill[-1].isdigit())
    if m.group("cue") == "tren co so" and not fill:  # "Trên cơ sở phường X đã ..." is a reason
        return "thanh lap" in window or "hinh thanh" in window
    return True


# A parenthesis naming a former district ("(quận Ba Đình cũ)"), skipped between merged lists.
_OLD_DISTRICT_NOTE = re.compile(r"\([^()\n]{0,60}(?<!\w)cũ[ \t]*\)", re.IGNORECASE)
_MERGER_GAP = re.compile(
    r"(?: (?:" + "|".join(MERGER_FILLERS + tuple(PLURAL_WORDS)) + r"|\d{1,3}|[,;:]))*")


def _continues_merger(text: str, pos: int, start: int) -> bool:
    """Whether the type word at `start` opens another list of the merger whose last list ended
    at `pos`: only list punctuation, "và", filler words and a former district's note stand
    between them ("sáp nhập phường A và phường B"; "... các phường A, B (quận Ba Đình cũ); một
    phần diện tích tự nhiên và dân số của các phường C, D"), in the same sentence."""
    gap = _OLD_DISTRICT_NOTE.sub(" ", text[pos:start])
    if len(gap) > 160 or re.search(r"[.!?\n]", gap):
        return False
    words = " ".join(re.sub(r"\s*([,;:])\s*", r" \1 ", fold(gap)).split())
    return _MERGER_GAP.fullmatch(" " + words if words else "") is not None


def _merger_window(text: str) -> str:
    """Folded words with single spaces; commas kept, any other punctuation a "|" that no
    pattern crosses."""
    folded = re.sub(r"[^0-9a-z,\s]+", " | ", fold(text))
    folded = re.sub(r"\s*,\s*", ", ", folded)
    return re.sub(r"\s+", " ", folded)


_SENTENCE_END = re.compile(r"[.!?;\n](?!\w)")
_PROVINCE_LEVEL = re.compile(r"(?<!\w)(?:tỉnh|thành[ \t]+phố|tp)(?!\w)\.?[ \t]*", re.IGNORECASE)


def _named_provinces(gaz: Gazetteer, text: str) -> list[tuple[int, str]]:
    """(offset, 2025 province) for each "tỉnh Y", "thành phố Y", "TP. Y" in the text."""
    out = []
    for m in _PROVINCE_LEVEL.finditer(text):
        found = _province_at(gaz, text, m.end())
        if found:
            out.append((m.start(), found[0]))
    return out


def _trigger_hits(text: str, gaz: Gazetteer, resolver: _Resolver, province: str) -> list[WardHit]:
    """Mentions opened by a type word: "phường X", "xã X", "P. X", "các phường X, Y và Z"."""
    triggers = [(m.start(), m.end(), _type_of(m.group("type"))) for m in _TYPE.finditer(text)]
    triggers += [(m.start(), m.end(), "phường") for m in _ABBREV.finditer(text)]
    hits = []
    merged_until = None  # the end of the last list a merger verb named ("sáp nhập phường A và phường B")
    for start, name_pos, type_word in sorted(triggers):
        if type_word == "xã" and any(_preceding_words(text, start, len(w.split())) == w for w in NOT_COMMUNE_BEFORE):
            continue
        ends = _run(text, name_pos, allow_number_first=type_word == "phường")
        end = _longest_known(text, name_pos, ends, resolver.known)
        if end is None:
            continue
        plural = _is_plural(text, start)
        caps = _all_caps(text, name_pos, ends[-1])
        names: list[tuple[int, int, int, str | None]] = [(start, name_pos, end, None)]

        def item_at(pos: int) -> int | None:
            """The end of a list item at `pos`, or None. An item with its own type word
            ("phường X, phường Y") is not one: it opens a mention of its own."""
            if _TYPE.match(text, pos) or _ABBREV.match(text, pos):
                return None
            item_ends = _run(text, pos)
            if not item_ends:
                return None
            if caps:  # upper case hides where a name ends: take the longest known prefix
                return _longest_known(text, pos, item_ends, resolver.known)
            # the whole capitalised run must be the name
            return item_ends[-1] if resolver.known(text[pos:item_ends[-1]]) else None

        def typo_at(pos: int, caps: bool = caps) -> tuple[int, str] | None:
            """(end, unit name) of a list item at `pos` that is a tone typo of one unit of the
            province ("Phù Đồng" for Phù Đổng)."""
            if caps or _TYPE.match(text, pos) or _ABBREV.match(text, pos):
                return None
            item_ends = _run(text, pos)
            if not item_ends:
                return None
            fixed = resolver.typo_name(text[pos:item_ends[-1]], province)
            return (item_ends[-1], fixed) if fixed else None

        def next_item(pos: int) -> tuple[int, str | None] | None:
            """(end, corrected name or None) of the list item at `pos`, or None."""
            e = item_at(pos)
            if e is not None:
                return e, None
            return typo_at(pos)

        def skippable(joiner: re.Match) -> int | None:
            """The end of an unknown capitalised item after `joiner` that does not end the list:
            the same list punctuation follows it, then a unit of the province that is neither a
            province nor a district ("Tương Mai, Sông Lam Mới, Hoàng Liệt"). A person's name ("Tương
            Mai, Nguyễn Văn An, ...") ends the list."""
            pos = joiner.end()
            if _TYPE.match(text, pos) or _ABBREV.match(text, pos):
                return None
            item_ends = _run(text, pos)
            if not item_ends or text[pos].isdigit():
                return None
            e = item_ends[-1]
            words = text[pos:e].split()
            if len(words) > 1 and tone_key(words[0]) in _SURNAME_KEYS:
                return None
            after = _JOINER.match(text, e)
            if not after or _list_punct(after.group()) != _list_punct(joiner.group()):
                return None
            nxt = next_item(after.end())
            if nxt is None:
                return None
            name = nxt[1] or text[after.end():nxt[0]]
            if gaz.is_province(name) or gaz.is_district(name, province):
                return None
            return e if resolver._local_units(name, None, province) else None

        def ward_follows(pos: int) -> bool:
            """Whether another list item that is neither a province nor a district comes next
            ("xã Thư Lâm, Đông Anh, Vĩnh Thanh": Đông Anh is an item, not an address)."""
            j = _JOINER.match(text, pos)
            e = item_at(j.end()) if j else None
            if e is None:
                return False
            name = text[j.end():e]
            return not gaz.is_province(name) and not gaz.is_district(name, province)

        while joiner := _JOINER.match(text, end):
            item = joiner.end()
            found_item = next_item(item)
            if found_item is None:
                skip_end = skippable(joiner)
                if skip_end is None:
                    break
                end = skip_end  # an unknown item inside the list: go on after it
                continue
            item_end, fixed = found_item
            name = fixed or text[item:item_end]
            if gaz.is_province(name):
                break
            # a bare district name after a ward is an address ("phường Kiến Hưng, Hà Đông"),
            # unless the text says a list follows ("các phường") or more wards come after it
            if not plural and gaz.is_district(name, province) and not ward_follows(item_end):
                break
            names.append((item, item, item_end, fixed))
            end = item_end
        list_marker = _former_marker(text, end)
        place = _place_after(gaz, text, list_marker or end)
        merged = _after_merger(text, start) or (
            merged_until is not None and _continues_merger(text, merged_until, start))
        for i, (s, ns, e, fixed) in enumerate(names):
            last = i == len(names) - 1
            marked = (_former_marker(text, e) is not None
                      or (list_marker is not None and (plural or last)))
            strict = i > 0 and not plural and place.province is None
            found = resolver.resolve(fixed or text[ns:e], type_word, place, marked, strict, at=s, merged=merged)
            if found is not None and found[0] is not None and s in resolver.firm:
                resolver.settled[found[0].code] = found[0]
            if found is not None:
                hits.append(WardHit(s, e, text[s:e], found[0], list(found[1])))
        merged_until = (list_marker or end) if merged else None
    return hits


# Words that introduce the members of a counted set of wards ("11 phường thuộc Đơn vị bầu cử
# số 1 (gồm: Ba Đình, Ngọc Hà ...)", "các xã còn lại là Nam Sơn, Bắc Sơn"), after an optional "(".
_MEMBERS_INTRO = re.compile(
    r"(?<!\w)(?:bao[ \t]+gồm|gồm(?:[ \t]+có)?|là)(?!\w)[ \t]*:?[ \t]*", re.IGNORECASE)
_MEMBERS_REACH = 100  # characters between the counted type word and "gồm"
# Between the counted type word and "gồm": no sentence end (a "." after an abbreviation such as
# "TP." is not one), no other list.
_MEMBERS_STOP = re.compile(r"[!?;\n]|(?<!\bTP)(?<!\bTp)(?<!\bP)\.[ \t]")


def _member_hits(text: str, gaz: Gazetteer, resolver: _Resolver, taken: list[WardHit]) -> list[WardHit]:
    """The members of a counted set of wards, listed without type words after "gồm", "bao
    gồm" or "là": "tiếp xúc cử tri 11 phường thuộc Đơn vị bầu cử số 1 (gồm: Ba Đình, Ngọc Hà,
    ... và Bạch Mai)". The type word must be plural ("các", a count) with no name right after it;
    every item is a unit of that type in the province (so a district's name such as "Ba Đình"
    counts: the text makes it the ward), and the list ends at the first item that is not."""
    hits: list[WardHit] = []
    for m in _TYPE.finditer(text):
        type_word = _type_of(m.group("type"))
        if not _is_plural(text, m.start()) or _longest_known(text, m.end(), _run(text, m.end()), resolver.known):
            continue
        window_end = min(len(text), m.end() + _MEMBERS_REACH)
        stop = _MEMBERS_STOP.search(text, m.end(), window_end)
        intro = _MEMBERS_INTRO.search(text, m.end(), stop.start() if stop else window_end)
        if intro is None or _TYPE.search(text, m.end(), intro.start()):
            continue
        if re.match(r"[ \t]*(?:,|/|và)[ \t]*(?:xã|phường)(?!\w)", text[m.end() - 1:], re.IGNORECASE):
            continue  # "các xã, phường gồm": the later type word opens the list
        shared = re.search(r"(?:xã|phường)[ \t]*(?:,|/|và)[ \t]*$", text[max(0, m.start() - 12):m.start()],
                           re.IGNORECASE)
        want = None if shared else type_word
        pos = intro.end()
        while True:
            ends = _run(text, pos)
            if not ends or any(h.start <= pos < h.end for h in taken + hits):
                break
            end = ends[-1]
            name = text[pos:end]
            local = resolver._local_units(name, want, resolver.province)
            marked = _former_marker(text, end) is not None
            if len(local) != 1 and not (marked and resolver.gaz.exact_former(name, want, resolver.province)):
                break
            found = resolver.resolve(name, want, _Place(), marked, strict=True, at=pos)
            if found is None:
                break
            hits.append(WardHit(pos, end, name, found[0], list(found[1])))
            joiner = _JOINER.match(text, end)
            if not joiner:
                break
            pos = joiner.end()
    return hits


def _headline_hits(text: str, gaz: Gazetteer, resolver: _Resolver, taken: list[WardHit]) -> list[WardHit]:
    """Lines that start with bare 2025 ward names and a colon ("Hoàng Liệt: Hơn 1.000 ...",
    "Tương Mai, Hoàng Liệt: ..."). Every name before the colon must be a 2025 unit."""
    hits = []
    for m in _HEADLINE.finditer(text):
        pos = m.end()
        if any(h.start <= pos < h.end for h in taken):
            continue
        spans = []
        while ends := _run(text, pos):
            spans.append((pos, ends[-1]))
            joiner = _JOINER.match(text, ends[-1])
            if not joiner:
                break
            pos = joiner.end()
        if not spans or not _COLON.match(text, spans[-1][1]):
            continue
        if len(spans) > 1 and gaz.is_province(text[slice(*spans[-1])]):
            spans.pop()  # "Tương Mai, Hà Nội: ..."
        # a bare name may be a person's ("Trần Hưng Đạo: ..."): only a unit of the page's
        # province, or of a province the text or the page names, counts
        provinces = ({fold_key(resolver.province)} | {fold_key(p) for _, p in resolver.named}
                     | {fold_key(p) for p in resolver.page.provinces}
                     | {fold_key(u.province) for u in resolver.page.units})
        found_all = []
        for s, e in spans:
            name = text[s:e]
            if gaz.split_type(name)[0] is not None or gaz.is_province(name):
                break
            found = resolver.resolve(name, None, _Place(), at=s)
            if found is None or found[0] is None or fold_key(found[0].province) not in provinces:
                break
            found_all.append(WardHit(s, e, name, found[0]))
        if len(found_all) == len(spans):
            hits.extend(found_all)
    return hits


_TABLE_ROW = re.compile(r"(?m)^[^\n|]*(?:\|[^\n|]*)+$")
_CELL = re.compile(r"[^|\n]+")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell's text in a flattened table row "a | b | c", spaces trimmed."""
    out = []
    pos = start
    for part in text[start:end].split("|"):
        s, e = pos, pos + len(part)
        while s < e and text[s] in " \t":
            s += 1
        while e > s and text[e - 1] in " \t":
            e -= 1
        out.append((s, e))
        pos += len(part) + 1
    return out


def _table_hits(text: str, gaz: Gazetteer, resolver: _Resolver, taken: list[WardHit]) -> list[WardHit]:
    """Cells of a flattened table column headed "Phường", "Xã", "Đơn vị", "Địa bàn" ("STT | Phường
    | Số hồ sơ" then "1 | Cầu Giấy | 1.245"): each cell is a ward of the page's province. Rows
    follow the header (blank lines between them allowed) and have its number of cells; a cell
    with its own type word is left to the type-word pass."""
    hits = []
    rows = [(m.start(), m.end()) for m in _TABLE_ROW.finditer(text)]
    header = None  # (cell count, column, type word, end of the last row)
    for start, end in rows:
        cells = _cells(text, start, end)
        if header is not None and len(cells) == header[0] and not text[header[3]:start].strip():
            s, e = cells[header[1]]
            header = (header[0], header[1], header[2], end)
            if s >= e or any(h.start <= s < h.end for h in taken) or gaz.split_type(text[s:e])[0]:
                continue
            name = text[s:e]
            local = (resolver._local_units(name, header[2], resolver.province)
                     or resolver._local_units(name, None, resolver.province))
            if len(local) == 1:
                hits.append(WardHit(s, e, name, local[0]))
            continue
        header = None
        for i, (s, e) in enumerate(cells):
            if (key := fold_key(text[s:e])) in TABLE_WARD_HEADERS:
                header = (len(cells), i, TABLE_WARD_HEADERS[key], end)
                break
    return hits


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
    return _find(text, gaz, province, page)[0]


def _find(text: str, gaz: Gazetteer, province: str, page: PageHints | None) -> tuple[list[WardHit], _Resolver]:
    original = text
    text = text.translate(_LOOKALIKES)  # same length: offsets stay those of the text given
    resolver = _Resolver(gaz, province, text, page)
    hits = _trigger_hits(text, gaz, resolver, province)
    hits += _member_hits(text, gaz, resolver, hits)
    hits += _headline_hits(text, gaz, resolver, hits)
    hits += _table_hits(text, gaz, resolver, hits)
    for h in hits:
        h.surface = original[h.start:h.end]
    hits.sort(key=lambda h: (h.start, h.end))
    return hits, resolver


@lru_cache(maxsize=256)
def _find_alone(text: str, gaz: Gazetteer, province: str) -> tuple[list[WardHit], _Resolver]:
    """`_find` without page hints, remembered: `page_province` and `page_hints` read the same
    texts of a page in the same province. Callers only read the result."""
    return _find(text, gaz, province, None)


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
        hits, resolver = _find_alone(text, gaz, province)
        units.update((h.unit.code, h.unit) for h in hits if h.unit is not None and h.start in resolver.firm)
        provinces.update((p, None) for _, p in resolver.named)
    return PageHints(tuple(units.values()), tuple(provinces))


# --- the page's province ---------------------------------------------------------------------

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


def province_evidence(texts, gaz: Gazetteer, province: str = DEFAULT_PROVINCE) -> ProvinceEvidence:
    votes: dict[str, int] = {}
    named: dict[str, int] = {}  # province -> times named (at most NAMED_VOTES count)
    units: dict[str, str] = {}  # ward key -> its province, each ward counted once

    def vote(p: str | None, n: int = 1):
        if p:
            named[p] = named.get(p, 0) + n

    for text in texts:
        if not text:
            continue
        hits, resolver = _find_alone(text, gaz, province)
        text = text.translate(_LOOKALIKES)
        for _, p in resolver.named:
            vote(p)
        for m in _COMMITTEE_PROVINCE.finditer(text):
            found = _province_at(gaz, text, m.end())
            if found:
                vote(found[0])
        for m in _HEADLINE.finditer(text):  # "Bắc Ninh thu hút ...", "Hà Nội: ..."
            ends = _run(text, m.end())
            for e in reversed(ends):
                p = gaz.current_province(text[m.end():e])
                if p and gaz.is_province(text[m.end():e]):
                    vote(p)
                    break
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
    ev = ProvinceEvidence(votes, named={p: min(n, NAMED_VOTES) for p, n in named.items()}, wards=wards)
    for text in texts:
        if not text:
            continue
        ev.province_words += sum(_bare(text, m.end()) for m in _BARE_PROVINCE_WORD.finditer(text))
        ev.city_words += sum(_bare(text, m.end()) for m in _BARE_CITY_WORD.finditer(text))
    return ev


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
