"""The official list of Vietnam's commune-level units (2025) and the pre-2025 units they replaced.

Data comes from the `vietnamadminunits` package (MIT): the sqlite file it ships holds the 3,321
units of the 34 provinces with the codes of Quyết định 19/2025/QĐ-TTg (table `admin_units`),
the 10,040 pre-2025 units (table `admin_units_legacy`), and a JSON map from old units to new
ones. We read those files directly and read-only; the package's own parser is never imported,
because one of its functions calls a geocoder over the network (docs/gazetteer.md).

Lookups are tolerant of case, NFD input and old/new tone-mark placement ("Hòa"/"Hoà"): names
are compared by `tone_key`, which keeps vowel shapes and the syllable's tone but not where the
mark sits. A folded key (no diacritics) is the fallback, so "tuong mai" finds Tương Mai.

    >>> g = load_gazetteer()
    >>> g.resolve("Tương Mai").code
    '00322'
"""

from __future__ import annotations

import difflib
import importlib.util
import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import StoreError
from .text import fold_key

DEFAULT_PROVINCE = "Hà Nội"

# Words that name a unit's level, folded; stripped before lookup. English gloss on each.
UNIT_TYPE_WORDS = {
    "phuong": "phường",  # urban ward
    "p": "phường",  # abbreviation "P."
    "xa": "xã",  # rural commune
    "dac khu": "đặc khu",  # special zone
    "thi tran": "thị trấn",  # township (pre-2025 only)
}

# Other names of 2025 provinces, as pages write them -> the gazetteer's short name. The one
# alias table of the project: each reader keys it its own way (folded for wards and metrics,
# tone keys for officials) and takes the entries it has always read, below.
PROVINCE_ALIASES = {
    "HCM": "Hồ Chí Minh",  # "TP.HCM", "TP HCM": Hồ Chí Minh City
    "TPHCM": "Hồ Chí Minh",  # the same, written as one word
    "HN": "Hà Nội",  # "TP.HN": Hà Nội
    "Sài Gòn": "Hồ Chí Minh",  # Saigon, the city's old name
    "Thừa Thiên Huế": "Huế",  # the province's pre-2025 name
    "Hồ Chí Minh": "Hồ Chí Minh",  # the short name itself, for a reader that tries aliases first
}
# The entries each extractor read when each had its own table. Kept as they were so that no
# record changes; giving a reader more of them is a change of behaviour, to make on purpose
# (wards would place "TPHCM" and "Sài Gòn"; "Thừa Thiên Huế" would stop being read as the
# pre-2025 province name that former units are filed under).
WARD_ALIASES = ("HCM", "HN")
METRIC_ALIASES = ("HCM", "TPHCM", "Sài Gòn", "Thừa Thiên Huế")
OFFICIAL_ALIASES = ("HCM", "TPHCM", "Hồ Chí Minh")


def folded_aliases(names=tuple(PROVINCE_ALIASES)) -> dict[str, str]:
    """The aliases `names` of PROVINCE_ALIASES by folded key, for readers that fold.

    >>> folded_aliases(WARD_ALIASES)
    {'hcm': 'Hồ Chí Minh', 'hn': 'Hà Nội'}
    """
    return {fold_key(a): PROVINCE_ALIASES[a] for a in names}


# How many answers of exact_units / exact_former a gazetteer remembers before starting afresh.
_MEMO_SIZE = 1 << 15

# Tone marks (combining) and the digit that stands for each in a tone key.
_TONES = {"\u0300": "2", "\u0301": "1", "\u0309": "3", "\u0303": "4", "\u0323": "5"}
# Apostrophes inside ethnic-minority names ("D'Ran", "Ea H'Leo"): straight, right and left single
# quotation marks, the modifier letter; a key writes each as the straight one.
APOSTROPHES = "'\u2019\u2018\u02bc"
_APOSTROPHE_KEY = str.maketrans({c: "'" for c in APOSTROPHES[1:]})


@lru_cache(maxsize=1 << 16)
def tone_key(name: str) -> str:
    """Lower-case key that ignores where a syllable's tone mark is placed.

    >>> tone_key("Hoà Xá") == tone_key("Hòa Xá")
    True
    >>> tone_key("Thạnh Xuân") == tone_key("Thanh Xuân")
    False
    >>> tone_key("D\u2019Ran") == tone_key("D'Ran")
    True
    """
    out = []
    for syllable in re.split(r"[\s\-–,.]+", unicodedata.normalize("NFD", name.lower().translate(_APOSTROPHE_KEY))):
        if not syllable:
            continue
        tone = ""
        base = []
        for c in syllable:
            if c in _TONES:
                tone = _TONES[c]
            else:
                base.append(c)
        out.append(unicodedata.normalize("NFC", "".join(base)) + tone)
    return " ".join(out)


@dataclass(frozen=True)
class Unit:
    """A commune-level unit of the 2025 map."""

    code: str  # five digits
    name: str  # short name, e.g. "Tương Mai"
    type: str  # "phường" | "xã" | "đặc khu"
    province: str  # short province name, e.g. "Hà Nội"
    province_code: str
    key: str  # fold_key(name)

    @property
    def full_name(self) -> str:
        return f"{self.type.capitalize()} {self.name}"


@dataclass(frozen=True)
class FormerUnit:
    """A commune-level unit of the pre-2025 map and the new unit(s) it went into."""

    code: str
    name: str
    type: str  # "phường" | "xã" | "thị trấn"
    district: str
    district_type: str  # "quận" | "huyện" | "thị xã" | "thành phố"
    province: str
    successor_codes: tuple[str, ...]
    key: str


def _data_dir() -> Path:
    """The package's data folder, found without importing the package (its __init__ pulls in
    a geocoder and heavy dependencies we do not need)."""
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise StoreError("the gazetteer package 'vietnamadminunits' is not installed (pip install wardcli)")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


class Gazetteer:
    """Units by code and by name, with province-aware resolution."""

    def __init__(self, units: list[Unit], former: list[FormerUnit], districts: dict[str, set[str]]):
        self.units = units
        self.by_code = {u.code: u for u in units}
        self.former = former
        self._districts = districts  # province -> tone keys of pre-2025 district-level names
        self._by_tone: dict[str, list[Unit]] = {}
        self._by_fold: dict[str, list[Unit]] = {}
        for u in units:
            self._by_tone.setdefault(tone_key(u.name), []).append(u)
            self._by_fold.setdefault(u.key, []).append(u)
        self._former_by_tone: dict[str, list[FormerUnit]] = {}
        self._former_by_fold: dict[str, list[FormerUnit]] = {}
        self._former_of: dict[str, list[FormerUnit]] = {}
        for f in former:
            self._former_by_tone.setdefault(tone_key(f.name), []).append(f)
            self._former_by_fold.setdefault(f.key, []).append(f)
            for c in f.successor_codes:
                self._former_of.setdefault(c, []).append(f)
        self.provinces = sorted({u.province for u in units})
        self._province_codes = {fold_key(u.province): u.province_code for u in units}
        self._province_names = re.compile(
            r"(?<!\w)(" + "|".join(re.escape(p) for p in sorted(self.provinces, key=len, reverse=True))
            + r")(?!\w)")
        self._old_provinces: dict[str, str] | None = None  # folded pre-2025 province -> 2025 one
        self._province_by_key: dict[str, str] = {}  # folded 2025 province -> its short name
        for p in self.provinces:
            self._province_by_key.setdefault(fold_key(p), p)
        # answers of exact_units / exact_former, which the extractors ask of the same names often
        self._exact: dict[tuple, tuple[Unit, ...]] = {}
        self._exact_old: dict[tuple, tuple[FormerUnit, ...]] = {}
        self._names: dict[str, bool] = {}

    # -- lookups -------------------------------------------------------------------------

    @staticmethod
    def split_type(name: str) -> tuple[str | None, str]:
        """("phường", "Tương Mai") from "Phường Tương Mai"; (None, name) when no type word.

        >>> Gazetteer.split_type("Phương Liệt")
        (None, 'Phương Liệt')
        """
        return _split_type(name)

    def candidates(self, name: str, type: str | None = None) -> list[Unit]:
        """Every 2025 unit whose short name matches `name` (type word optional)."""
        t, short = self.split_type(name)
        type = type or t
        found = self._by_tone.get(tone_key(short)) or self._by_fold.get(fold_key(short), [])
        return [u for u in found if type is None or u.type == type]

    def exact_units(self, name: str, type: str | None = None) -> list[Unit]:
        """2025 units whose short name is `name` up to case and tone-mark placement; no folded
        fallback, so text with diacritics never matches a differently-accented unit.

        >>> [u.code for u in load_gazetteer().exact_units("Phường TƯƠNG MAI")]
        ['00322']
        """
        found = self._exact.get((name, type))
        if found is None:
            if len(self._exact) >= _MEMO_SIZE:  # bounded, whatever the corpus
                self._exact.clear()
            t, short = self.split_type(name)
            want = type or t
            found = self._exact[(name, type)] = tuple(
                u for u in self._by_tone.get(tone_key(short), []) if want is None or u.type == want)
        return list(found)

    def is_unit_name(self, name: str) -> bool:
        """Whether any unit, 2025 or pre-2025, bears `name` (`exact_units`, `exact_former`): where
        a capitalised run's name ends.

        >>> g = load_gazetteer()
        >>> g.is_unit_name("Láng Hạ"), g.is_unit_name("Võ Xuân Trọng")
        (True, False)
        """
        found = self._names.get(name)
        if found is None:
            if len(self._names) >= _MEMO_SIZE:
                self._names.clear()
            found = self._names[name] = bool(self.exact_units(name) or self.exact_former(name))
        return found

    def folded_units(self, key: str) -> list[Unit]:
        """2025 units whose folded short name is `key` ("phu dong"), in code order: the units a
        name written with wrong tone marks may mean.

        >>> [u.name for u in load_gazetteer().folded_units("tuong mai")]
        ['Tương Mai']
        """
        return list(self._by_fold.get(key, ()))

    def exact_former(self, name: str, type: str | None = None, province: str | None = None) -> list[FormerUnit]:
        """Pre-2025 units named `name` (tone-key match only), optionally of one type and province."""
        found = self._exact_old.get((name, type, province))
        if found is None:
            if len(self._exact_old) >= _MEMO_SIZE:
                self._exact_old.clear()
            t, short = self.split_type(name)
            want = type or t
            pkey = fold_key(province) if province else None
            if short.isdigit():  # numbered wards are stored with their type word: "Phường 12"
                short = f"{want or 'phường'} {short}"
            found = self._exact_old[(name, type, province)] = tuple(
                f for f in self._former_by_tone.get(tone_key(short), [])
                if (want is None or f.type == want) and (pkey is None or fold_key(f.province) == pkey))
        return list(found)

    def resolve(self, name: str, province: str | None = DEFAULT_PROVINCE, type: str | None = None) -> Unit | None:
        """The one 2025 unit `name` means in `province`'s context, or None.

        A name found in `province` wins; a name found nowhere else resolves wherever it is;
        a name shared by several units outside `province` stays unresolved.
        """
        found = self.candidates(name, type)
        if not found:
            return None
        if province:
            pkey = fold_key(province)
            local = [u for u in found if fold_key(u.province) == pkey]
            if len(local) == 1:
                return local[0]
            if len(local) > 1:
                exact = [u for u in local if tone_key(u.name) == tone_key(self.split_type(name)[1])]
                return exact[0] if len(exact) == 1 else None
        return found[0] if len(found) == 1 else None

    def resolve_former(self, name: str, province: str | None = DEFAULT_PROVINCE, type: str | None = None) -> list[FormerUnit]:
        """Pre-2025 units named `name` in `province` (several districts may share a name)."""
        t, short = self.split_type(name)
        type = type or t
        found = self._former_by_tone.get(tone_key(short)) or self._former_by_fold.get(fold_key(short), [])
        pkey = fold_key(province) if province else None
        return [f for f in found if (type is None or f.type == type) and (pkey is None or fold_key(f.province) == pkey)]

    def former_only(self, name: str) -> bool:
        """Whether `name` is a pre-2025 unit's name that no 2025 unit bears. A caller taking the
        longest known prefix of a capitalised run must stop at such a name, so "phường Láng Hạ"
        (an old ward) is not cut back to the 2025 ward "Láng".

        >>> g = load_gazetteer()
        >>> g.former_only("Láng Hạ"), g.former_only("Láng")
        (True, False)
        """
        return bool(self.exact_former(name)) and not self.exact_units(name)

    def former_units(self, code: str) -> list[FormerUnit]:
        """The pre-2025 units merged (wholly or partly) into the 2025 unit `code`."""
        return list(self._former_of.get(code, []))

    def is_district(self, name: str, province: str | None = DEFAULT_PROVINCE) -> bool:
        """True when `name` was a district-level unit (quận, huyện, thị xã) before 2025."""
        keys = self._districts.get(fold_key(province), set()) if province else set().union(*self._districts.values())
        return tone_key(name) in keys

    def is_province(self, name: str) -> bool:
        return fold_key(name) in self._province_by_key

    def current_province(self, name: str) -> str | None:
        """The 2025 province a province name stands for, old names included ("Hà Nam" ->
        "Ninh Bình": the province most of its pre-2025 units went into); None if not a province.

        >>> load_gazetteer().current_province("Hà Nam")
        'Ninh Bình'
        """
        key = fold_key(name)
        if (p := self._province_by_key.get(key)) is not None:
            return p
        if self._old_provinces is None:
            votes: dict[str, dict[str, int]] = {}
            for f in self.former:
                for c in f.successor_codes[:1]:
                    if c in self.by_code:
                        new = self.by_code[c].province
                        tally = votes.setdefault(fold_key(f.province), {})
                        tally[new] = tally.get(new, 0) + 1
            self._old_provinces = {k: max(v, key=v.get) for k, v in votes.items()}
        return self._old_provinces.get(key)

    def province_code(self, name: str) -> str | None:
        """The two-digit code of the 2025 province named `name` ("Hà Nội" -> "01"), or None.

        >>> load_gazetteer().province_code("Hà Nội")
        '01'
        """
        return self._province_codes.get(fold_key(name))

    def provinces_in(self, text: str) -> list[tuple[int, str]]:
        """(offset, province) for each 2025 province's short name written in `text`."""
        return [(m.start(), m.group(1)) for m in self._province_names.finditer(text)]

    def is_city(self, province: str) -> bool:
        """Whether a 2025 province is a centrally-run city ("Thành phố Hà Nội": its party
        committee is a Thành ủy) rather than a province ("Tỉnh Bắc Ninh": a Tỉnh ủy).

        >>> g = load_gazetteer()
        >>> g.is_city("Hà Nội"), g.is_city("Bắc Ninh")
        (True, False)
        """
        name = self.current_province(province) or province
        return fold_key(name) in _city_keys()

    def suggest(self, name: str, n: int = 5, province: str | None = DEFAULT_PROVINCE) -> list[Unit]:
        """The closest unit names, for "did you mean" messages."""
        _, short = self.split_type(name)
        pool = [u for u in self.units if not province or fold_key(u.province) == fold_key(province)] or self.units
        keys = {u.key: u for u in pool}
        return [keys[k] for k in difflib.get_close_matches(fold_key(short), list(keys), n=n, cutoff=0.5)]


@lru_cache(maxsize=1 << 15)
def _split_type(name: str) -> tuple[str | None, str]:
    """`Gazetteer.split_type`, remembered: the extractors ask it of the same names again and again."""
    name = " ".join(name.replace(".", ". ").split()).strip(" :,-")
    words = name.split()
    for n in (2, 1):
        head = fold_key(" ".join(words[:n]))
        raw = " ".join(words[:n]).rstrip(".")
        # Folded equality is enough for ASCII input ("phuong tuong mai"); with diacritics the
        # word must be the type word itself, so "Phương Liệt" and "Xá ..." keep their names.
        if (len(words) > n and head in UNIT_TYPE_WORDS and raw != ""
                and (raw.isascii() or tone_key(raw) == tone_key(UNIT_TYPE_WORDS[head]))):
            return UNIT_TYPE_WORDS[head], " ".join(words[n:])
    return None, name


@lru_cache(maxsize=1)
def _city_keys() -> frozenset[str]:
    """Folded short names of the 2025 provinces whose full name is "Thành phố ..."."""
    db = _data_dir() / "dataset.db"
    conn = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)
    try:
        rows = conn.execute("SELECT DISTINCT province, provinceShort FROM admin_units").fetchall()
    finally:
        conn.close()
    return frozenset(fold_key(short) for full, short in rows if fold_key(full).startswith("thanh pho "))


def _type_word(raw: str | None) -> str:
    return (raw or "").strip().lower()


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Read the package's data once per process (about 0.1 s)."""
    data = _data_dir()
    db = data / "dataset.db"
    conn = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)
    try:
        rows = conn.execute(
            "SELECT wardCode, wardShort, wardType, provinceShort, provinceCode, provinceKey, wardKey "
            "FROM admin_units ORDER BY wardCode"
        ).fetchall()
        legacy = conn.execute(
            "SELECT wardCode, wardShort, wardType, districtShort, districtType, provinceShort, "
            "provinceKey, districtKey, wardKey FROM admin_units_legacy WHERE wardShort IS NOT NULL "
            "ORDER BY wardCode"
        ).fetchall()
    finally:
        conn.close()

    units = []
    new_by_key: dict[tuple[str, str], str] = {}
    for code, short, wtype, prov, pcode, pkey, wkey in rows:
        units.append(Unit(code, short, _type_word(wtype), prov, pcode, fold_key(short)))
        new_by_key[(pkey, wkey)] = code

    converter = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))
    successors: dict[str, list[str]] = {}
    for pkey, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_key, old_keys in wards.items():
            for old in old_keys:
                successors.setdefault(old, []).append(new_by_key.get((pkey, new_key), ""))
    for pkey, olds in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, news in olds.items():
            for n in news:
                successors.setdefault(old, []).append(new_by_key.get((pkey, n["newWardKey"]), ""))

    former = []
    districts: dict[str, set[str]] = {}
    for code, short, wtype, dist, dtype, prov, pkey, dkey, wkey in legacy:
        succ = tuple(c for c in dict.fromkeys(successors.get(f"{pkey}_{dkey}_{wkey}", [])) if c)
        former.append(FormerUnit(code, short, _type_word(wtype), dist, _type_word(dtype), prov, succ, fold_key(short)))
        if dist:
            districts.setdefault(fold_key(prov), set()).add(tone_key(dist))
    return Gazetteer(units, former, districts)
