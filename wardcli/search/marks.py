"""The search alphabet: one byte per character, Vietnamese letters kept, everything else folded.

The searchable copy of a text ("marked" text) is bytes, one byte per character for all
Vietnamese text:

- an ASCII character is itself, lower-cased;
- a Vietnamese letter with a diacritic (the 66 toned or modified vowels and "đ", either case)
  is one byte 0x80-0xC2, the code of its lower-case form;
- any other character is `wardcli.text.fold` of it: ASCII (checked for every code point), of
  length 1 for most, 0 for stray combining marks and unassigned code points, 2+ for "ß", "…",
  "½" and the like.

Byte for byte, `fold_bytes(marked)` is `fold(text)`: one stored file serves the folded search
(translate a chunk, then search it) and the diacritic-keeping search (search it as is).

>>> marked("Tương Mai").translate(TO_FOLDED)
b'tuong mai'
>>> marked("Hoà") == marked("HOÀ")
True
"""

from __future__ import annotations

import codecs
import threading
import unicodedata

from ..text import _fold_char

# The twelve vowels as written before a tone mark (the modifiers breve, circumflex and horn
# are part of the letter; only the tone moves between "Hòa" and "Hoà").
VOWELS = "aăâeêioôơuưy"
# Vietnamese tones as combining marks: grave (huyền), acute (sắc), hook above (hỏi),
# tilde (ngã), dot below (nặng). Level tone (ngang) has no mark.
TONES = "\u0300\u0301\u0309\u0303\u0323"

FIRST_CODE = 0x80


def _letters() -> list[str]:
    out = []
    for vowel in VOWELS:
        for tone in ("",) + tuple(TONES):
            c = unicodedata.normalize("NFC", vowel + tone)
            if not c.isascii():
                out.append(c)
    out.append("đ")
    return out


# Lower-case Vietnamese letters that have a byte of their own, in code order.
LETTERS: tuple[str, ...] = tuple(_letters())
LAST_CODE = FIRST_CODE + len(LETTERS) - 1
# letter (either case) -> its code
CODE: dict[str, int] = {}
for _i, _c in enumerate(LETTERS):
    CODE[_c] = CODE[_c.upper()] = FIRST_CODE + _i
# code -> (vowel without tone, tone index 0-5: 0 level, 1-5 as TONES); "đ" -> ("đ", 0)
VOWEL_TONE: dict[int, tuple[str, int]] = {}
for _i, _c in enumerate(LETTERS):
    _d = unicodedata.normalize("NFD", _c)
    _tone = next((TONES.index(m) + 1 for m in _d if m in TONES), 0)
    _base = unicodedata.normalize("NFC", "".join(m for m in _d if m not in TONES))
    VOWEL_TONE[FIRST_CODE + _i] = (_base, _tone)

# bytes.translate table from marked bytes to folded ASCII.
TO_FOLDED = bytes(
    _fold_char(LETTERS[b - FIRST_CODE]).encode()[0] if FIRST_CODE <= b <= LAST_CODE else b
    for b in range(256)
)
# Bytes that are word characters in marked text: ASCII letters, digits, "_" and the letters.
WORD_BYTES = frozenset(b"0123456789abcdefghijklmnopqrstuvwxyz_") | frozenset(
    range(FIRST_CODE, LAST_CODE + 1)
)


class _MarkTable(dict):
    """str.translate table: code point -> marked form as a latin-1 str, filled on demand."""

    def __missing__(self, cp: int) -> str:
        c = chr(cp)
        code = CODE.get(c)
        out = chr(code) if code is not None else _fold_char(c)
        if code is None and not out.isascii():  # fold() is ASCII for every code point today
            out = "?" * len(out)
        self[cp] = out
        return out


_TABLE = _MarkTable()


def mark_char(c: str) -> bytes:
    """The marked bytes of one character (b"" for one that folds to nothing)."""
    return _TABLE[ord(c)].encode("latin-1")


def marked(text: str) -> bytes:
    """Marked bytes of an NFC text.

    Fast path: lower-case the text (same length, bar "İ"), encode it with a charmap of the 195
    one-byte characters (ASCII and the letters); the characters it lacks go through an error
    handler that folds the original characters at those places. About 10x `str.translate`.

    >>> marked("Đảng ủy").translate(TO_FOLDED)
    b'dang uy'
    """
    if "\u0130" in text:  # "İ".lower() is two characters: offsets would shift
        return text.translate(_TABLE).encode("latin-1")
    _CURRENT.text = text
    try:
        return codecs.charmap_encode(text.lower(), _HANDLER, _ENCODING_MAP)[0]
    finally:
        _CURRENT.text = ""


def _fold_unmapped(e: UnicodeEncodeError) -> tuple[str, int]:
    # the handler sees the lower-cased text; fold the original characters (Greek "Ξ" folds
    # to "ks", its lower case "ξ" to "x")
    original = _CURRENT.text[e.start : e.end]
    return "".join(_TABLE[ord(c)] for c in original), e.end


_HANDLER = "wardcli-search-mark"
_CURRENT = threading.local()
_ENCODING_MAP = codecs.charmap_build(
    "".join(chr(b) for b in range(128)) + "".join(LETTERS) + "\ufffe" * (128 - len(LETTERS))
)
codecs.register_error(_HANDLER, _fold_unmapped)


def compose(vowel: str, tone: int) -> str:
    """The letter for a toneless vowel and a tone index (0 level).

    >>> compose("ơ", 2)
    'ớ'
    """
    return unicodedata.normalize("NFC", vowel + ("" if tone == 0 else TONES[tone - 1]))


def split_tone(c: str) -> tuple[str, int]:
    """(vowel without tone, tone index) for a lower-case letter; (c, 0) for any other.

    >>> split_tone("ờ")
    ('ơ', 1)
    """
    code = CODE.get(c)
    if code is None:
        return c, 0
    return VOWEL_TONE[code]


def unmark(data: bytes) -> str:
    """Marked bytes back to lower-case text (exact when every character was 1:1).

    >>> unmark(marked("Phường Hoà"))
    'phường hoà'
    """
    return "".join(
        LETTERS[b - FIRST_CODE] if FIRST_CODE <= b <= LAST_CODE else chr(b) for b in data
    )
