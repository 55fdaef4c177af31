"""Words with their lexicon keys, each word's key remembered.

`lexicon.tokenize` computes a word's `tone_key` at every occurrence; the same few thousand
words recur on every page, so here each word's key is computed once and remembered, and a line
can be tested by its keys (`keys_of`, no tokens made) before it is cut into tokens. Both loops
run in C (`map` over the remembered keys and the regex's matches).
"""

from __future__ import annotations

from itertools import repeat
from re import Match

from ...lang.lexicon import WORD, Token, key as _key

_KEYS: dict[str, str] = {}  # word -> its lexicon key, remembered (the vocabulary is small)
_new_token = tuple.__new__  # a Token from its four fields, without NamedTuple's keyword layer


def keys_of(words: list[str]) -> list[str]:
    """The lexicon keys of words, each word's remembered: most words recur on every page."""
    known = _KEYS
    if len(known) > 200_000:
        known.clear()
    keys = list(map(known.get, words))
    if None in keys:
        for n, k in enumerate(keys):
            if k is None:
                keys[n] = known[words[n]] = _key(words[n])
    return keys


def match_words(text: str, start: int = 0, end: int | None = None) -> tuple[list[Match], list[str]]:
    """The regex matches of the words and punctuation of text[start:end], and their texts."""
    matches = list(WORD.finditer(text, start, len(text) if end is None else end))
    return matches, list(map(Match.group, matches))


def make_tokens(matches: list[Match], words: list[str], keys: list[str]) -> list[Token]:
    """Tokens from `match_words` and `keys_of`."""
    return list(map(_new_token, repeat(Token),
                    zip(words, map(Match.start, matches), map(Match.end, matches), keys)))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """`lexicon.tokenize(text, start, end)`, with remembered keys."""
    matches, words = match_words(text, start, end)
    return make_tokens(matches, words, keys_of(words))
