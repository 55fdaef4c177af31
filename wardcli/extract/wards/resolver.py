"""Ward recognition's resolver: a name (and its written type and place) -> the 2025 unit or the
pre-2025 units it means, in the province's context, with what the page's other texts settle.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...gazetteer import FormerUnit, Unit
from ...text import fold_key
from .scan import Scan
from .spans import _SENTENCE_END, Place


@dataclass
class PageHints:
    """What the other texts of the same page settle: the units they resolve on firm evidence (a
    province named next to the ward or earlier in its sentence) and the provinces they name. A
    teaser "Xã Phú Lương ..." on a page whose article says "xã Phú Lương (tỉnh Thái Nguyên)" is
    that unit, not phường Phú Lương of the default province."""

    units: tuple[Unit, ...] = ()
    provinces: tuple[str, ...] = ()  # 2025 provinces


class Resolver:
    """Name -> 2025 unit or pre-2025 units, in a province's context, for one reading of a text
    (its `Scan`) in one province with one page's hints."""

    def __init__(self, scan: Scan, province: str, page: PageHints | None = None):
        self.gaz = scan.gaz
        self.province = province
        self.text = scan.text
        self.named = scan.named  # (offset, 2025 province) for each one named
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
        return self.gaz.is_unit_name(name)

    def typo_name(self, name: str, province: str) -> str | None:
        """The name of the one unit of `province` that `name` matches only without diacritics,
        syllable for syllable (a tone typo: "Phù Đồng" for Phù Đổng); None when `name` is a
        known name as written, or when no unit or several match."""
        if self.known(name):
            return None
        key, pkey = fold_key(name), fold_key(province)
        found = [u for u in self.gaz.folded_units(key) if fold_key(u.province) == pkey]
        if len({u.name for u in found}) != 1 or len(found[0].name.split()) != len(name.split()):
            return None
        return found[0].name

    def _local_units(self, name: str, type: str | None, province: str) -> list[Unit]:
        pkey = fold_key(province)
        return [u for u in self.gaz.exact_units(name, type) if fold_key(u.province) == pkey]

    def resolve(self, name: str, type: str | None, place: Place, former_marked: bool = False,
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
