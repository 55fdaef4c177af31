"""One phrase matcher over tone keys, shared by the extractors.

A word table ("Phó Chủ tịch", "Đảng ủy", "cán bộ, công chức") is compiled once into a
`PhraseTable`: phrases as tuples of word keys, indexed by their first key, longest first. A text
is cut into `Token`s once (`tokenize`); `PhraseTable.hits` then finds, for every token of a
paragraph, the longest phrase starting there in one pass, so parsers ask an array instead of
matching again at each call.

Keys are `tone_key`s: lower case, NFC, tone marks kept but not their placement ("Hoà" and
"Hòa" share a key, "Thanh" and "Thạnh" do not). Punctuation tokens are their own key.

    >>> t = PhraseTable(["Chủ tịch", "Phó Chủ tịch", "UBND"])
    >>> toks = tokenize("Phó Chủ tịch UBND phường")
    >>> t.hits(toks)
    [3, 2, 0, 1, 0]
    >>> t.match([tok.key for tok in toks], 1)
    2
"""

from __future__ import annotations

import re
from typing import Iterable, Mapping, NamedTuple, Sequence

from ..gazetteer import tone_key

WORD = re.compile(r"\w+|[^\w\s]")  # a word, or one punctuation character


class Token(NamedTuple):
    text: str
    start: int  # code point offsets into the text tokenised
    end: int
    key: str


def key(word: str) -> str:
    """A word's matching key: its tone key; punctuation is its own key.

    >>> key("Uỷ") == key("Ủy")
    True
    """
    return tone_key(word) if word[0].isalnum() else word


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The keys of a phrase's words and punctuation, as `tokenize` would cut it.

    >>> phrase_key("Ban Thường vụ") == (key("Ban"), key("Thường"), key("vụ"))
    True
    """
    return tuple(key(w) for w in WORD.findall(phrase))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and punctuation of text[start:end] with offsets into `text`."""
    k = key
    return [Token(m.group(), m.start(), m.end(), k(m.group()))
            for m in WORD.finditer(text, start, len(text) if end is None else end)]


class PhraseTable:
    """Phrases of one word table, by key tuple, with a first-key index (longest first).

    Built from strings (the value is the phrase as written) or a mapping phrase -> value.
    """

    __slots__ = ("values", "by_first", "max_len")

    def __init__(self, phrases: Iterable[str] | Mapping[str, object]):
        items = phrases.items() if isinstance(phrases, Mapping) else ((p, p) for p in phrases)
        values: dict[tuple[str, ...], object] = {}
        for phrase, value in items:
            k = phrase_key(phrase)
            if k:
                values.setdefault(k, value)
        self._index(values)

    @classmethod
    def from_keys(cls, values: Mapping[tuple[str, ...], object]) -> PhraseTable:
        """A table of phrases already cut and keyed by the caller (a reader whose words are
        not `tokenize`'s, e.g. one that keeps "héc-ta" whole).

        >>> PhraseTable.from_keys({(key("héc-ta"),): "ha"}).match([key("héc-ta")], 0)
        1
        """
        table = cls.__new__(cls)
        table._index({k: v for k, v in values.items() if k})
        return table

    def _index(self, values: dict[tuple[str, ...], object]) -> None:
        self.values: dict[tuple[str, ...], object] = values
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for k in sorted(values, key=len, reverse=True):
            self.by_first.setdefault(k[0], []).append(k)
        self.max_len = max((len(k) for k in values), default=0)

    def __contains__(self, phrase: tuple[str, ...]) -> bool:
        return phrase in self.values

    def __iter__(self):
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)

    def get(self, phrase: tuple[str, ...], default=None):
        return self.values.get(phrase, default)

    def match(self, keys: Sequence[str], i: int) -> int:
        """Length in words of the longest phrase starting at keys[i], 0 if none."""
        if i >= len(keys):
            return 0
        for phrase in self.by_first.get(keys[i], ()):
            n = len(phrase)
            if i + n <= len(keys) and all(keys[i + j] == phrase[j] for j in range(1, n)):
                return n
        return 0

    def hits(self, toks: Sequence[Token]) -> list[int]:
        """`match` at every token, in one pass: hits[i] is the longest phrase length at i."""
        keys = [t.key for t in toks]
        by_first = self.by_first
        out = [0] * len(keys)
        for i, k in enumerate(keys):
            cands = by_first.get(k)
            if cands:
                for phrase in cands:
                    n = len(phrase)
                    if i + n <= len(keys) and all(keys[i + j] == phrase[j] for j in range(1, n)):
                        out[i] = n
                        break
        return out

    def value_at(self, keys: Sequence[str], i: int, n: int):
        """The value of the phrase keys[i:i+n] (after a successful `match`)."""
        return self.values[tuple(keys[i:i + n])]
