"""Words with their lexicon keys, each word's key remembered.

`lexicon.tokenize` computes a word's `tone_key` at every occurrence; the same few thousand
words recur on every page, so here each word's key is computed once and remembered, and a line
can be tested by its keys (`keys_of`, no tokens made) before it is cut into tokens.
"""

from __future__ import annotations

from ...lang.lexicon import WORD, Token, key as _key

_KEYS: dict[str, str] = {}  # word -> its lexicon key, remembered (the vocabulary is small)
_new_token = tuple.__new__  # a Token from its four fields, without NamedTuple's keyword layer


def keys_of(words: list[str]) -> list[str]:
    """The lexicon keys of words, each word's remembered: most words recur on every page."""
    known = _KEYS
    if len(known) > 200_000:
        known.clear()
    out = []
    for w in words:
        k = known.get(w)
        if k is None:
            k = known[w] = _key(w)
        out.append(k)
    return out


def tokenize(text: str, start: int = 0, end: int | None = None,
             keys: list[str] | None = None) -> list[Token]:
    """`lexicon.tokenize(text, start, end)`, with remembered keys (or the keys given)."""
    end = len(text) if end is None else end
    if keys is None:
        keys = keys_of(WORD.findall(text, start, end))
    return [_new_token(Token, (m.group(), m.start(), m.end(), k))
            for m, k in zip(WORD.finditer(text, start, end), keys)]
