"""One text as the officials parser reads it: the lines worth reading, and the wards and
provinces of the whole text, looked up only when a line needs them."""

from __future__ import annotations

from ...gazetteer import Gazetteer
from .chain import Parser
from .tokens import keys_of, make_tokens, match_words, tokenize
from .vocab import BODIES, PROVINCE_OPENERS, PROVINCE_WORDS, SURNAMES, TITLE_FIRST


class Text:
    """One text, and what is looked up in the whole text only when a paragraph needs it: the
    wards it names and the provinces it names."""

    def __init__(self, text: str, gaz: Gazetteer, province: str, wards: list | None = None):
        self.text = text
        self.gaz = gaz
        self.province = province
        self._wards = None if wards is None else [h for h in wards if h.unit is not None]
        self._provinces: list[tuple[int, str]] | None = None

    def wards(self) -> list:
        """The 2025 wards the text names, in text order: those the place recogniser found with
        the page's hints when the caller hands them in, else `find_wards` on the text alone."""
        if self._wards is None:
            from ..wards import find_wards

            self._wards = [h for h in find_wards(self.text, self.gaz, self.province) if h.unit is not None]
        return self._wards

    def provinces(self) -> list[tuple[int, str]]:
        """(offset, name) of each province the text names after "tỉnh" or "Tỉnh ủy" ("Bí thư
        Tỉnh ủy Bắc Ninh", "UBND tỉnh Bắc Ninh"), in text order."""
        if self._provinces is None:
            self._provinces = province_mentions(self)
        return self._provinces

    def paragraphs(self):
        """(offset, tokens, keys) of each line of the text that may state an official: one
        with a title's first word and a capitalised family name (every official found has
        both), so the words of other lines are never made tokens."""
        text = self.text
        offset = 0
        while offset <= len(text):
            end = text.find("\n", offset)
            end = len(text) if end < 0 else end
            matches, words = match_words(text, offset, end)
            keys = keys_of(words)
            if not (TITLE_FIRST.isdisjoint(keys) or SURNAMES.isdisjoint(keys)) and any(
                    k in SURNAMES and w[0].isupper() for w, k in zip(words, keys)):
                yield offset, make_tokens(matches, words, keys), keys
            offset = end + 1


def province_mentions(doc: Text) -> list[tuple[int, str]]:
    """See `Text.provinces`: read over the whole text's tokens, at the tokens that can open a
    province word or a province's body."""
    toks = tokenize(doc.text)
    p = Parser(toks, doc)
    out = []
    for i, t in enumerate(toks):
        if t.key not in PROVINCE_OPENERS:
            continue
        n = BODIES.match(p.keys, i)
        if not (n and BODIES.values[tuple(p.keys[i:i + n])][1] == "province"):
            n = PROVINCE_WORDS.match(p.keys, i)
        if n:
            name, _ = p.province_name(i + n)
            if name:
                out.append((t.start, name))
    return out
