"""Words and word shingles of diacritic-folded text, hashed to integers.

Everything dedupe compares is built here: a doc's text is folded as `wardcli.text.fold` folds
it (lower-case ASCII, tones and marks dropped, "đ" -> "d"), cut into words of letters and
digits (punctuation and layout never count), and read as overlapping runs of `SHINGLE` words.
Each word is hashed to 64 bits by rensa's token hash (the same on every machine and in every
process) and a shingle's hash mixes its words' hashes, so hashes can be stored and compared
across runs.

Folding runs in C (NFD, then bytes operations) and gives the same words as `fold` for
Vietnamese text, NFC or NFD (tests/unit/test_dedupe_seeds.py checks every page in the repo);
a letter outside Vietnamese ("ø", "ß") is dropped and a sign ("°", "©") separates words, where
`fold` transliterates them ("24°C": "24 c", not "24degc").
`name_pairs` reads the capitalised word pairs (names of places and people) a teaser link
must agree on.

    >>> words("Phường TƯƠNG MAI, nhiệm kỳ 2025-2030.")
    ['phuong', 'tuong', 'mai', 'nhiem', 'ky', '2025', '2030']
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

import numpy as np

SHINGLE = 3  # words per shingle: long enough to carry word order, short enough for edits

# After NFD every Vietnamese letter is an ASCII letter plus combining marks (U+0300-U+036F,
# two UTF-8 bytes each, dropped with all other bytes >= 0x80), except "đ"/"Đ", turned into
# "d" first. Lead bytes of punctuation blocks become a space first, so "2025–2030" and
# "“Tinh”" still split: C2 (U+0080-00BF: NBSP, «, °), E2 (U+2000-2FFF: dashes, quotes, …),
# E3 (U+3000-3FFF: CJK punctuation).
_D_BYTES = (b"\xc4\x91", b"\xc4\x90")  # đ, Đ in UTF-8
_SEPARATOR_LEADS = (b"\xc2", b"\xe2", b"\xe3")
_ASCII_MAP = bytes(  # A-Z -> a-z; letters, digits and newlines kept; all else a space
    c + 32 if 65 <= c <= 90 else c if (48 <= c <= 57 or 97 <= c <= 122 or c == 10) else 32
    for c in range(256)
)
_NON_ASCII = bytes(range(128, 256))
_K1 = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constants mixing the words of a shingle
_K2 = np.uint64(0xC2B2AE3D27D4EB4F)


def word_bytes(text: str | None) -> list[bytes]:
    """The folded words of `text`, as ASCII bytes (letters and digits; all else separates).

    The same words as `wardcli.text.fold` followed by a split on non-alphanumerics, for
    Vietnamese text in NFC or NFD; it runs in C (NFD, bytes.translate, bytes.split).

    >>> word_bytes("Phường TƯƠNG MAI, nhiệm kỳ 2025–2030.")
    [b'phuong', b'tuong', b'mai', b'nhiem', b'ky', b'2025', b'2030']
    """
    return _fold_bytes(text).split() if text else []


def _fold_bytes(text: str) -> bytes:
    """`text` folded to lower-case ASCII letters, digits, spaces and newlines."""
    b = unicodedata.normalize("NFD", text).encode("utf-8", "replace")
    for d in _D_BYTES:
        b = b.replace(d, b"d")
    for lead in _SEPARATOR_LEADS:
        b = b.replace(lead, b" ")
    return b.translate(_ASCII_MAP, _NON_ASCII)


def words(text: str | None) -> list[str]:
    """`word_bytes` as strings.

    >>> words("Hoà Xá ĐỒNG")
    ['hoa', 'xa', 'dong']
    """
    return [w.decode("ascii") for w in word_bytes(text)]


def shingle_hashes(word_hashes: np.ndarray) -> np.ndarray:
    """Hashes of the overlapping `SHINGLE`-word runs, from the words' hashes, in text order.

    A text shorter than a shingle is one shingle; an empty text has none.
    """
    n = len(word_hashes)
    if n == 0:
        return word_hashes
    with np.errstate(over="ignore"):
        if n < SHINGLE:
            out = word_hashes[0] * _K1
            for h in word_hashes[1:]:
                out = (out ^ h) * _K2
            return np.array([out], dtype=np.uint64)
        return (word_hashes[:-2] * _K1) ^ (word_hashes[1:-1] * _K2) ^ word_hashes[2:]


# Upper-case letters (NFC), for the names in a text.
_UPPER = "".join(chr(c) for c in range(0x41, 0x1F00) if chr(c).isupper() and chr(c).isalpha())
# A run of two or more capitalised words. A line or sentence start (one of OPENERS before the
# run, spaces aside) capitalises its first word for grammar's sake: "Xã Hồng Sơn ...".
_NAME_RUN = re.compile(rf"\b[{_UPPER}]\w*(?: [{_UPPER}]\w*)+")
_OPENERS = frozenset('\n.!?:;"“(')


def _opens(text: str, i: int) -> bool:
    """Whether position i starts a line or a sentence (spaces aside)."""
    i -= 1
    while i >= 0 and text[i] == " ":
        i -= 1
    return i < 0 or text[i] in _OPENERS


def name_pairs(text: str | None) -> list[bytes]:
    """Folded pairs of adjacent capitalised words: the names of places and people ("xã Hồng
    Sơn" -> "hong son"; "Phùng Thị Hồng Hà" -> "phung thi", "thi hong", "hong ha"). The first
    word of a run that opens a line or a sentence is left out; a text in capitals (a shouted
    headline) names nothing.

    >>> name_pairs("Xã Hồng Sơn: Ủy ban bầu cử xã Hồng Sơn cho biết. Bà Phùng Thị Hà dự.")
    [b'hong son', b'hong son', b'phung thi', b'thi ha']
    """
    if not text or text.isupper():
        return []
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    runs = [(_opens(text, m.start()), m.group()) for m in _NAME_RUN.finditer(text)]
    if not runs:
        return []
    out = []
    folded = _fold_bytes("\n".join(run for _, run in runs)).split(b"\n")
    for (opens, _), line in zip(runs, folded):
        ws = line.split()
        out.extend(ws[i] + b" " + ws[i + 1] for i in range(1 if opens else 0, len(ws) - 1))
    return out


def key_of(ws: Sequence[bytes]) -> int:
    """A 63-bit hash of a word sequence: equal for texts that fold to the same words.

    >>> key_of(word_bytes("Tương Mai.")) == key_of(word_bytes("TUONG  mai"))
    True
    """
    digest = hashlib.blake2b(b" ".join(ws), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1
