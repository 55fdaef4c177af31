"""Text normalisation and diacritic folding.

`normalise` runs on every page before anything else, so that NFC and NFD copies of a page,
CRLF and LF copies, and copies with or without a BOM give the same records and ids.

`fold` maps Vietnamese text to lower-case ASCII for matching ("Tương Mai" -> "tuong mai",
"Hoà"/"Hòa" -> "hoa"). `fold_map` also returns, for each folded character, the index of the
character of the original string it came from, so a match in folded text maps back to exact
offsets in the original (offsets are code points into NFC text).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Characters that render as nothing and only break matching. (Regexes, not str.translate: a
# translate table is looked up for every character of a non-ASCII text, 40 times slower.)
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
# Non-breaking and odd-width spaces become a plain space.
_SPACES = re.compile("[\u00a0\u2007\u202f\u2009\u200a\u3000]")
_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029|\x85")


def normalise(text: str) -> str:
    """BOM, CRLF/CR, Unicode NFC, NBSP and zero-width characters.

    >>> normalise("\\ufeffTu\\u031bo\\u031bng\\u00a0Mai\\r\\n")
    'Tương Mai\\n'
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    text = _NEWLINES.sub("\n", text)
    text = _SPACES.sub(" ", _INVISIBLE.sub("", text))
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c < "\x80":
        return c.lower()
    if c in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", c)[0]
    if base < "\x80":
        return base.lower()
    if unicodedata.category(c) == "Mn":  # a stray combining mark folds to nothing
        return ""
    from unidecode import unidecode

    return unidecode(c).lower()


class _FoldTable(dict):
    """code point -> folded string, for `str.translate`; filled on first sight of a character."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


# Latin, combining marks and Vietnamese letters filled at import: the characters of every page.
_FOLD_TABLE = _FoldTable()
for _code in (*range(0x250), *range(0x300, 0x370), *range(0x1E00, 0x1F00)):
    _FOLD_TABLE[_code] = _fold_char(chr(_code))


_MARKS = re.compile("[\u0300-\u036f]+")  # combining diacritics, as NFD writes them


def fold(text: str) -> str:
    """Lower-case ASCII with the diacritics removed; same length as `text` for Vietnamese.

    Each character folds as `_fold_char` says. The fast way (NFD, marks dropped, lower case,
    "đ" -> "d") gives exactly that whenever its result is ASCII; otherwise the text has other
    letters, and it is folded character by character.

    >>> fold("Phường TƯƠNG MAI, xã Hoà Xá")
    'phuong tuong mai, xa hoa xa'
    """
    text = unicodedata.normalize("NFC", text)
    if text.isascii():
        return text.lower()
    fast = _MARKS.sub("", unicodedata.normalize("NFD", text)).replace("đ", "d").replace("Đ", "d").lower()
    return fast if fast.isascii() else text.translate(_FOLD_TABLE)


def fold_map(text: str) -> tuple[str, list[int]]:
    """`fold(text)` and, for each character of it, the index in `text` it came from.

    `text` must already be NFC (as every stored text is). A match folded[i:j] covers
    text[m[i]:m[j-1] + 1].
    """
    out: list[str] = []
    index: list[int] = []
    for i, c in enumerate(text):
        f = _fold_char(c)
        out.append(f)
        index.extend([i] * len(f))
    return "".join(out), index


@lru_cache(maxsize=1 << 15)
def fold_key(text: str) -> str:
    """A matching key: folded, punctuation dropped, spaces collapsed ("Văn Miếu - Quốc Tử Giám"
    -> "van mieu quoc tu giam")."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())
