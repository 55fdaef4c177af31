"""A person's name.

A name is 2-5 capitalised words starting with a family name, not preceded by a street or place
word or an acronym ("Trường THCS Lê Quý Đôn"), not inside such a run, and not itself a place or a
ward of the province ("Bí thư Đảng ủy Hoàng Liệt Nguyễn Văn A"). Ranks and honorifics before it
are not part of it.
"""

from __future__ import annotations

from .reader import Reader
from .vocab import (AND, BODIES, CITY_WORDS, PLACE_ENDS, RANK_WORDS, STREET_ENDS, SURNAMES,
                    TITLES, WARD_WORDS)


class Names(Reader):
    """Persons' names at a token."""

    def is_name(self, i: int) -> bool:
        return self.name(i)[0] is not None

    def name(self, i: int, after_role: bool = False) -> tuple[str | None, int]:
        """A person's name at i: 2-5 capitalised words, the first a family name. Unless it
        follows a role, a street or place word before it ("phố Lê Duẩn") rules it out."""
        toks = self.toks
        if i >= len(toks) or not self.alpha[i] or not self.cap[i] or toks[i].key not in SURNAMES:
            return None, i
        j = i
        while j < len(toks) and j - i < 5 and self.alpha[j] and self.cap[j] \
                and not (toks[j].text.isupper() and len(toks[j].text) > 1):  # not HĐND, UBND
            if j > i and (self.at(j, TITLES) or self.at(j, BODIES) or self.at(j, CITY_WORDS)
                          or self.at(j, WARD_WORDS)):
                break
            j += 1
        if j - i < 2:
            return None, i
        if j < len(toks) and self.alpha[j] and self.cap[j] and j - i >= 5 and not self.at(j, TITLES):
            return None, i  # a longer capitalised run: a title or slogan, not a name
        name = self.span(i, j)
        if self.gaz.is_province(name) or self.gaz.is_district(name, self.province):
            return None, i
        k = i - 1
        if not after_role and k >= 0 and self.alpha[k] and toks[k].text.isupper() and len(toks[k].text) > 1 \
                and toks[k].key not in RANK_WORDS:
            return None, i  # after an acronym ("Trường THCS Lê Quý Đôn", "UBND Nguyễn ..."): a name of a thing
        if not after_role and self.place_word_before(i):
            return None, i
        return name, j

    def place_word_before(self, i: int) -> bool:
        """A street or place word before the capitalised run at i, or before the first item of a
        list it ends ("phố Lê Duẩn, Giải Phóng và Nguyễn Xiển": all streets)."""
        keys = self.keys
        ends = PLACE_ENDS
        while True:
            k = i - 1
            if k >= 0:
                for phrase in ends.get(keys[k], ()):
                    n = len(phrase)
                    if k - n + 1 >= 0 and tuple(keys[k - n + 1:k + 1]) == phrase:
                        return True
            if k < 1 or keys[k] not in {",", AND} or not (self.alpha[k - 1] and self.cap[k - 1]):
                return False
            i = k - 1
            while i > 0 and self.alpha[i - 1] and self.cap[i - 1]:
                i -= 1
            ends = STREET_ENDS  # a list after "phường" may name people ("phường A, B - Chủ tịch")
