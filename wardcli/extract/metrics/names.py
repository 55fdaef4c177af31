"""Capitalised runs to units: the ward, former ward or province a run of name words means,
and the wards of a plural list ("các xã Quảng Bị, Hòa Phú và ...")."""

from __future__ import annotations

import re
from functools import lru_cache

from ...gazetteer import Gazetteer, tone_key
from ...text import fold_key
from ..units import PROVINCE_ALIASES
from .words import _NAME, _SURNAME_KEYS

# The lookups below are pure functions of the gazetteer and a name: each name is resolved once.
_CACHED = 4096
_SPACES = re.compile(r"(\s+)")
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)")  # between the names of a list


@lru_cache(maxsize=_CACHED)
def _former_code(gaz: Gazetteer, name: str, province: str) -> tuple:
    """The codes of the 2025 units a former ward named `name` went into (maybe none known)."""
    words = name.split()
    for k in range(len(words), 0, -1):
        found = gaz.resolve_former(" ".join(words[:k]), province)
        if found:
            return tuple(sorted({c for f in found for c in f.successor_codes}))
    return ()


def _ward_type(word: str) -> str | None:
    """"phường" or "xã" for the type word before a name ("Phường", "P.", "XÃ ")."""
    w = word.strip().lower()
    return "phường" if w in ("phường", "p.") else "xã" if w == "xã" else None


@lru_cache(maxsize=_CACHED)
def _resolve_run(gaz: Gazetteer, run: str, province: str, type: str | None = None):
    """The unit the longest leading words of a capitalised run name ("Văn Miếu – Quốc Tử Giám
    tổ chức" -> the ward Văn Miếu - Quốc Tử Giám), or None. A unit of another province than
    `province` counts only when it has the type written before the name (`type`): "phường Văn
    Miếu" on a Hà Nội page is not xã Văn Miếu of Phú Thọ; "phường Bến Thành" is Hồ Chí Minh's."""
    words = _SPACES.split(run)
    for k in range(len(words), 0, -1):
        cand = "".join(words[:k]).strip(" -–—")
        if not cand:
            continue
        unit = gaz.resolve(cand, province)
        if unit is None:
            if k > 1 and gaz.former_only(cand):
                return None  # "phường Láng Hạ" is the old ward, not the 2025 "Láng" cut short
            continue
        if not province or fold_key(unit.province) == fold_key(province) or type is None or unit.type == type:
            return unit
    return None


@lru_cache(maxsize=_CACHED)
def unit_text(name_run: str, unit) -> str:
    """The leading words of a capitalised run that name `unit` ("Quảng Bị, Hòa Phú" -> "Quảng Bị")."""
    words = _SPACES.split(name_run)
    for k in range(len(words), 0, -1):
        cand = "".join(words[:k]).strip(" -–—")
        if cand and tone_key(cand) == tone_key(unit.name):
            return "".join(words[:k])
    return name_run


def _list_members(sent: str, pos: int, gaz: Gazetteer, province: str) -> list:
    """The wards after the first of a plural list ("các xã Quảng Bị, Hòa Phú, Trần Phú và ..."):
    names joined by "," or "và", each resolved in `province`; the list ends at a name that is
    no ward or a word that is no name."""
    out = []
    while True:
        sep = _LIST_SEP.match(sent, pos)
        if not sep:
            break
        at = sep.end()
        nm = _NAME.match(sent, at)
        if not nm or not nm.group()[:1].isupper():
            break
        unit = None
        words = _SPACES.split(nm.group())
        for k in range(len(words), 0, -1):
            cand = "".join(words[:k]).strip(" -")
            if cand and (unit := gaz.resolve(cand, province)) is not None and tone_key(unit.name) == tone_key(cand):
                pos = at + len("".join(words[:k]).rstrip())
                break
            unit = None
        if unit is None:
            break
        out.append((at, unit.name, unit.code))
    return out


@lru_cache(maxsize=_CACHED)
def _person_after(gaz: Gazetteer, name: str, province: str) -> bool:
    """A capitalised run after "phường"/"xã" that is a person's name, not a unit's: it starts
    with a surname and no leading part of it names a unit, current or former
    ("Chủ tịch UBND phường Ngô Thị Lan Phương")."""
    words = name.split()
    if len(words) < 2 or tone_key(words[0]) not in _SURNAME_KEYS:
        return False
    for k in range(len(words), 0, -1):
        head = " ".join(words[:k])
        if gaz.candidates(head) or gaz.resolve_former(head, None):
            return False
    return True


@lru_cache(maxsize=_CACHED)
def _province_name(gaz: Gazetteer, name: str) -> str | None:
    """The province a capitalised run starts with ("Hà Nội Trần Văn A" -> "Hà Nội"), or None."""
    words = name.replace(".", " ").split()
    for k in range(min(len(words), 4), 0, -1):
        head = " ".join(words[:k])
        alias = PROVINCE_ALIASES.get(fold_key(head))
        if alias:
            return alias
        if gaz.is_province(head):
            return next(p for p in gaz.provinces if fold_key(p) == fold_key(head))
    return None
