"""A paragraph's tokens and the lookups every part of the parser makes on them.

`Reader` holds one paragraph's tokens (or a whole text's), their keys and two flags per token
(capitalised, alphabetic) as plain lists, so the parser's inner loops index lists rather than
read attributes; `at(i, table)` is the longest phrase of a word table at token i. The parts of
the parser build on it, vocabulary first: names, territories, bodies, then roles and chains.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Protocol

from ...gazetteer import Gazetteer
from ...lang.lexicon import PhraseTable, Token
from .. import roles as T
from .vocab import HONORIFICS


class Source(Protocol):
    """The text a paragraph comes from (`document.Text`): what a parser reads beyond it."""

    text: str
    gaz: Gazetteer
    province: str  # the page's

    def provinces(self) -> list[tuple[int, str]]: ...


class Reader:
    """Tokens and the lookups on them; `toks` are one paragraph's, or a whole text's."""

    def __init__(self, toks: list[Token], doc: Source, keys: list[str] | None = None):
        self.toks = toks
        self.n = len(toks)
        self.keys = keys if keys is not None else [t.key for t in toks]
        firsts = list(map(itemgetter(0), map(itemgetter(0), toks)))  # each token's first letter
        self.cap = list(map(str.isupper, firsts))
        self.alpha = list(map(str.isalpha, firsts))
        self.doc = doc
        self.text = doc.text
        self.gaz = doc.gaz
        self.province = doc.province

    def at(self, i: int, table: PhraseTable) -> int:
        """Length in words of the longest phrase of `table` at token i, 0 if none."""
        if i >= self.n:
            return 0
        cands = table.by_first.get(self.keys[i])
        if not cands:
            return 0
        keys = self.keys
        for phrase in cands:
            n = len(phrase)
            if n == 1:
                return 1
            if i + n <= self.n and tuple(keys[i:i + n]) == phrase:
                return n
        return 0

    def province_at(self, i: int) -> str | None:
        """The province a bare "tỉnh"/"Tỉnh ủy" at token i stands for: the page's province when
        that is a province (not Hà Nội, which has no Tỉnh ủy), else the province the text names
        last before it ("Bí thư Tỉnh ủy Bắc Ninh ... Bí thư Tỉnh ủy"), else None."""
        if not self.gaz.is_city(self.province):
            return self.province
        at = self.toks[min(i, len(self.toks) - 1)].start if self.toks else 0
        return next((name for off, name in reversed(self.doc.provinces()) if off < at), None)

    def party_body(self, place: str) -> str:
        """The party committee of a city or province: Thành ủy for a centrally run city."""
        return T.IMPLIED_CITY_BODY if self.gaz.is_city(place) else T.IMPLIED_PROVINCE_BODY

    # -- pieces ---------------------------------------------------------------------------------

    def cap_run(self, i: int, limit: int = 6) -> int:
        """End index of the run of capitalised words (hyphen-joined names included) from i."""
        j = i
        while j < len(self.toks) and j - i < limit:
            t = self.toks[j]
            if self.alpha[j] and self.cap[j]:
                j += 1
            elif t.text in "-–" and j > i and j + 1 < len(self.toks) and self.cap[j + 1] \
                    and self.alpha[j + 1] and t.start - self.toks[j - 1].end == 1:
                j += 1  # "Văn Miếu - Quốc Tử Giám"
            else:
                break
        return j

    def span(self, i: int, j: int) -> str:
        return self.text[self.toks[i].start:self.toks[j - 1].end]

    def skip(self, i: int, table: PhraseTable) -> int:
        """Past every phrase of `table` from i on ("Thượng tá TS." -> the name after)."""
        while True:
            n = self.at(i, table)
            if not n:
                return i
            i += n

    def skip_honorific(self, i: int) -> int:
        """Past one honorific ("ông", "đồng chí"): "Ông Ông Văn Bình" keeps the family name Ông."""
        return i + self.at(i, HONORIFICS)
