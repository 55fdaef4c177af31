"""Territories after a role: wards, the city, provinces, old districts, and what lies below a
ward.

A territory is a ward ("phường Tương Mai", "P. Tương Mai", or a ward's bare name right after a
body), "Thành phố"/"TP" (the page's province), "tỉnh X" or a province's bare name, or a bare
"phường"/"tỉnh" (see `LOCAL`, `PROVINCE`). A ward's name is the longest known prefix of the
capitalised run; with diacritics written, the marks must agree.

Pre-merger posts: an old district's bodies ("Quận ủy Đống Đa", "Huyện ủy", "quận 5 (cũ)") and a
former ward ("phường Láng Hạ", longest name first, so not the newer "Láng") are territories named
as written, and the appointment after them is still read ("... được chỉ định làm Bí thư Đảng ủy
phường"). A residential group or village after an office ("tổ dân phố số 5", "thôn Đông") is
part of the ward: skipped. Delegations are named with their number ("Đoàn công tác số 14").
"""

from __future__ import annotations

from ...gazetteer import tone_key
from .. import roles as T
from .names import Names
from .vocab import (CITY_WORDS, DELEGATION_HEAD, DELEGATION_KINDS, DISTRICT_WORDS, FORMER_NOTE,
                    LOCAL, NUMBER, PROVINCE, PROVINCE_ALIASES, PROVINCE_WORDS, SUB_TERRITORY,
                    WARD_WORDS)


class Territories(Names):
    """Territories, old districts, sub-territories and delegations at a token."""

    def ward_name(self, i: int) -> tuple[str | None, int]:
        """A 2025 unit's name at i (longest known prefix of the capitalised run)."""
        end = self.cap_run(i)
        if end < len(self.toks) and end > i and self.toks[end].text.isdigit():
            # a number ending a ward's name ("phường Móng Cái 1"), when the gazetteer has it
            unit = self.gaz.resolve(self.span(i, end + 1), self.province)
            if unit is not None and tone_key(unit.name) == tone_key(self.span(i, end + 1)):
                return unit.name, end + 1
        for j in range(end, i, -1):
            if self.toks[j - 1].text in "-–":
                continue
            text = self.span(i, j)
            if self.gaz.exact_former(text, province=self.province) and not self.gaz.exact_units(text) \
                    and self.name(i, after_role=True)[1] <= j:
                # a pre-2025 ward ("phường Khâm Thiên", "phường Láng Hạ", not the newer "Láng"):
                # a territory of its own, named as written
                return text, j
            unit = self.gaz.resolve(text, self.province)
            # With diacritics written, the marks must agree: "phường Tạ Văn Dũng" is not "Tả Van".
            if unit is not None and (text.isascii() or tone_key(unit.name) == tone_key(text)):
                return unit.name, j
        for j in range(end, i, -1):
            # A ward of another province, its name shared by several ("phường Việt Hưng" on a
            # Bắc Ninh page: Hà Nội and Quảng Ninh have one): still a ward, named as written.
            names = {u.name for u in self.gaz.exact_units(self.span(i, j))}
            if len(names) == 1 and tone_key(next(iter(names))) == tone_key(self.span(i, j)):
                return names.pop(), j
        return None, i

    def province_name(self, i: int) -> tuple[str | None, int]:
        n = self.at(i, PROVINCE_ALIASES)
        if n and self.cap[i]:  # "TP.HCM", "TPHCM"
            return PROVINCE_ALIASES.values[tuple(self.keys[i:i + n])], i + n
        end = self.cap_run(i, 4)
        for j in range(end, i + 1, -1):
            name = self.span(i, j)
            if self.gaz.is_province(name) or self.gaz.current_province(name):
                return name, j  # as written, pre-2025 provinces included
        return None, i

    def territory(self, i: int) -> tuple[str | None, int]:
        """(place, end) for a territory at i; place LOCAL for a bare "phường"/"xã"."""
        toks = self.toks
        n = self.at(i, WARD_WORDS)
        if n:
            name, j = self.ward_name(i + n)
            return (name, j) if name else (LOCAL, i + n)
        if i + 2 < len(toks) and toks[i].text == "P" and toks[i + 1].text == ".":  # "P. Tương Mai"
            name, j = self.ward_name(i + 2)
            if name:
                return name, j
        n = self.at(i, CITY_WORDS)
        if n:
            j = i + n
            if j < len(toks) and toks[j].text == ".":
                j += 1
            name, k = self.province_name(j)
            return (name, k) if name else (self.province, j)
        n = self.at(i, PROVINCE_WORDS)
        if n:
            name, k = self.province_name(i + n)
            if name:
                return name, k
            if not (i + n < len(toks) and self.cap[i + n] and self.alpha[i + n]) \
                    or self.name(i + n, after_role=True)[0]:  # "Chủ tịch UBND tỉnh Lê Văn C"
                return PROVINCE, i + n  # a bare "tỉnh" ("Phó Chủ tịch HĐND tỉnh"): the province level
        n = self.at(i, DISTRICT_WORDS)
        if n and i + n < len(toks) and self.cap[i + n]:
            j = self.cap_run(i + n, 3)
            return self.span(i + n, j), j
        name, k = self.province_name(i)
        if name:
            return name, k
        return self.bare_ward(i)

    def bare_ward(self, i: int) -> tuple[str | None, int]:
        """A ward named without its type word right after a body ("Bí thư Đảng ủy Hoàng Liệt
        Nguyễn Văn A"): the longest prefix of the capitalised run that is exactly a ward of the
        province, so the ward is not read as the start of a person's name."""
        end = self.cap_run(i, 5)
        for j in range(end, i + 1, -1):
            if end - j == 1:
                continue  # "Trần Phú Cường": one word left over, so a person's name
            units = self.gaz.exact_units(self.span(i, j))
            if any(u.province == self.province for u in units):
                return next(u.name for u in units if u.province == self.province), j
        return None, i

    def is_place_name(self, text: str) -> bool:
        """A ward (2025 or former), district or province name."""
        g = self.gaz
        return bool(g.exact_units(text) or g.exact_former(text) or g.is_district(text, None)
                    or g.is_province(text))

    def district_name(self, i: int) -> tuple[str | None, int]:
        """A pre-2025 district's name at i, as written ("Đống Đa" after "Quận ủy"; "quận 5",
        "huyện Gia Lâm": the type word kept only before a number), past a "(cũ)" note."""
        toks = self.toks
        n = self.at(i, DISTRICT_WORDS)
        if n and i + n < len(toks) and toks[i + n].text.isdigit():
            return self._old(self.span(i, i + n + 1), i + n + 1)
        if n and i + n < len(toks) and self.cap[i + n]:
            name, j = self.district_name(i + n)
            return (name, j) if name else self._old(self.span(i + n, self.cap_run(i + n, 3)), self.cap_run(i + n, 3))
        end = self.cap_run(i, 4)
        for j in range(end, i, -1):
            if self.gaz.is_district(self.span(i, j), None):
                return self._old(self.span(i, j), j)
        return None, i

    def _old(self, name: str, j: int) -> tuple[str, int]:
        """(name, end past a "(cũ)" note after it)."""
        toks = self.toks
        if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 1].key == FORMER_NOTE and toks[j + 2].text == ")":
            return name, j + 3
        return name, j

    def sub_territory(self, i: int, named: bool = False) -> int:
        """Skip a residential group or village after an office ("tổ dân phố số 5", "thôn Đông",
        "TDP 12"); it is part of the ward, so it neither names the place nor enters the role.
        `named`: the title already holds the sub-territory word ("Tổ trưởng tổ dân phố số 5")."""
        toks = self.toks
        n = self.at(i, SUB_TERRITORY)
        if not n and not named:
            return i
        j = i + n
        if j < len(toks) and toks[j].key == NUMBER:
            j += 1
        if j < len(toks) and toks[j].text.isdigit():
            return j + 1
        k = j
        while k < len(toks) and k - j < 3 and self.alpha[k] and self.cap[k] and not self.name(k, True)[0] \
                and not self.at(k, WARD_WORDS):
            k += 1  # "thôn Đông", stopping at the person's name
        return k if k > j else i

    def delegation(self, i: int) -> tuple[str | None, int]:
        """"Đoàn công tác số 14" at i."""
        toks = self.toks
        if i >= len(toks) or toks[i].key != DELEGATION_HEAD:
            return None, i
        n = self.at(i + 1, DELEGATION_KINDS)
        if not n:
            return None, i
        j = i + 1 + n
        words = [t.text for t in toks[i + 1:j]]
        if not words[0].isupper():  # "Giám sát" -> "giám sát"; "ĐBQH", "đại biểu Quốc hội" kept
            words[0] = words[0].lower()
        text = "đoàn " + T.DELEGATION_FORMS.get(" ".join(words).lower(), " ".join(words))
        if j + 1 < len(toks) and toks[j].key == NUMBER and toks[j + 1].text.isdigit():
            text += " số " + toks[j + 1].text
            j += 2
        return text, j
