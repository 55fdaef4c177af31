"""Ward recognition's text primitives: patterns built from the word tables, capitalised runs,
list joiners, "(cũ)" marks, the place written after a ward, merger and plural windows.

Pure functions of a text (and the gazetteer); `scan.Scan` remembers their answers per text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ...gazetteer import APOSTROPHES, FormerUnit, Gazetteer, tone_key
from ...text import fold, fold_key
from ..roles import SURNAMES
from .vocab import (BULLETS, DISTRICT_WORDS, FORMER_MARKERS, LIST_JOINERS_RAW, MERGER_CUES, MERGER_FILLERS,
                    MERGER_TIME_WORDS, PLACE_LINKS, PLACE_LINKS_RAW, PLURAL_WORDS, PROVINCE_ALIASES, PROVINCE_WORDS, TYPE_WORDS)

_TYPE = re.compile(
    r"(?<!\w)(?P<type>" + "|".join(TYPE_WORDS) + r")(?!\w)[ \t]*:?[ \t]+",
    re.IGNORECASE,
)
# "P. Tương Mai", "P.Tương Mai", "p.Tương Mai"; not "Tp." (a letter before) nor "p.v" (the name
# after must be capitalised, which _run checks).
_ABBREV = re.compile(r"(?<![\w.])[Pp]\.[ \t]*(?=[^\W\d_])")
_WORD = re.compile(r"[^\W_]+")
# A syllable of a name: letters, or letters joined by an apostrophe in ethnic-minority names
# ("D'Ran", "Ea H'Leo", "Cư M'gar"; straight or curly).
_NAME_WORD = re.compile(r"[^\W_]+(?:[" + APOSTROPHES + r"][^\W\d_]+)*")
_GAP = re.compile(r"[ \t]*[-–][ \t]*|[ \t]+")  # between syllables: spaces or a joining dash
_MAX_WORDS = 6  # "Văn Miếu - Quốc Tử Giám" has five syllables
_JOINER = re.compile(
    r"[ \t]*[,;&][ \t]*(?:(?:" + "|".join(LIST_JOINERS_RAW) + r")[ \t]+)?"
    r"|[ \t]+(?:" + "|".join(LIST_JOINERS_RAW) + r")[ \t]+",
    re.IGNORECASE,
)
_FORMER_MARK = re.compile(r"[ \t]*(\(?)[ \t]*([^\W\d_]+)[ \t]*(\)?)")
_COLON = re.compile(r"[ \t]*:")
_PLACE_SEP = re.compile(r"[ \t]*[,(][ \t]*|[ \t]+[-–][ \t]+|[ \t]+(?P<word>thuộc|của)[ \t]+", re.IGNORECASE)
_LEVEL_GAP = re.compile(r"\.?[ \t]*")
_LEVEL_WORDS = sorted(set(PROVINCE_WORDS) | set(DISTRICT_WORDS), key=len, reverse=True)  # longest first
_HEADLINE = re.compile(r"(?m)^[ \t" + re.escape(BULLETS) + r"]*(?=[^\W\d_])")


@lru_cache(maxsize=256)
def _type_of(matched: str) -> str:
    """The gazetteer's type word for a matched type word in any case ("PHƯỜNG" -> "phường")."""
    key = fold_key(matched)
    return next(t for t in TYPE_WORDS.values() if fold_key(t) == key)


_JOINER_KEYS = frozenset(fold_key(w) for w in LIST_JOINERS_RAW)
_AFTER_NUMBER = re.compile(r"[/.,:\-]\d|[ \t]+([^\W\d_]+(?:[ \t]+[^\W\d_]+)?)")


def _ends_numbered_name(text: str, pos: int) -> bool:
    """After "phường 12": punctuation, the end, or a level word ("quận 3") ends the name; a date
    ("12/8") or a lower-case word ("12 tháng") means the number is not a name."""
    m = _AFTER_NUMBER.match(text, pos)
    if not m:
        return True
    if m.group(1) is None:
        return False
    words = m.group(1)
    if words[0].isupper():
        return True
    folded = fold_key(words)
    head, _, rest = folded.partition(" ")
    if head in _JOINER_KEYS:  # "các phường 11, 12 và 14": the list goes on
        return True
    if head in PLACE_LINKS:  # "phường 12 thuộc Quận 3": a level word after "thuộc"/"của"
        return any(rest == w or w.startswith(rest + " ") for w in _LEVEL_WORDS)
    return any(folded == w or folded.startswith(w + " ") for w in DISTRICT_WORDS)


_NUMBER_THEN_NAME = re.compile(r"[ \t]+(?=[^\W\d_])")  # spaces, then a letter


def _run(text: str, pos: int, allow_number_first: bool = False) -> list[int]:
    """End offsets of the 1..n-word prefixes of the capitalised run starting at `pos`: capitalised
    syllables ("Tương", "TƯƠNG"), a number after the first ("Móng Cái 2"); "phường 12" when
    `allow_number_first`, and then the capitalised words after it ("phường 2 Bảo Lộc": the
    caller keeps the longest known prefix, so "phường 12 Nguyễn Văn A" stays "12")."""
    ends: list[int] = []
    i = pos
    word_at, gap_at = _NAME_WORD.match, _GAP.match
    while len(ends) < _MAX_WORDS:
        m = word_at(text, i)
        if not m:
            break
        word = m.group()
        if word.isdigit():
            if ends:
                ends.append(m.end())
            elif allow_number_first:
                if not _ends_numbered_name(text, m.end()):
                    return []
                ends.append(m.end())
                after = _NUMBER_THEN_NAME.match(text, m.end())
                if not after:
                    return ends
                i = after.end()  # "phường 2 Bảo Lộc": a 2025 name may start with its number
                continue
            else:
                break
        elif not word[0].isupper() or word.lower() in LIST_JOINERS_RAW:  # "TƯƠNG MAI VÀ HOÀNG LIỆT"
            break
        else:
            ends.append(m.end())
        gap = gap_at(text, m.end())
        if not gap:
            break
        i = gap.end()
    return ends


_SURNAME_KEYS = frozenset(tone_key(w) for w in SURNAMES)


def _list_punct(joiner: str) -> str:
    """The punctuation of a list joiner (", và" and "và" count as ",")."""
    return "".join(c for c in joiner if c in ",;&")[:1] or ","


def _all_caps(text: str, start: int, end: int) -> bool:
    letters = [c for c in text[start:end] if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


@dataclass
class Place:
    """What the text says right after a ward about where it is."""

    province: str | None = None  # 2025 province
    old_province: str | None = None  # the province as written, when it is a pre-2025 one
    district: str | None = None  # pre-2025 district as written ("Gò Vấp", "1" of "Quận 1")
    district_level: str | None = None  # its level word, folded ("quan", "huyen")

    def in_district(self, f: FormerUnit) -> bool:
        """Whether a pre-2025 unit lies in the district written ("Quận 1" is stored whole)."""
        if not self.district:
            return False
        key = fold_key(f.district)
        return key == fold_key(self.district) or key == f"{self.district_level} {fold_key(self.district)}"


_PLURAL_BEFORE = re.compile(
    r"(?<![a-z0-9])(?:" + "|".join(sorted(PLURAL_WORDS)) + r"|\d{1,3}) "  # a count, not a year
    r"(?:(?:xa|phuong|thi tran|dac khu) ?(?:,|/|va) )*$"  # "các xã, phường X": the plural is shared
)


def _is_plural(text: str, start: int, folded: str | None = None) -> bool:
    """Whether a plural word or a count stands before the type word at `start` ("các phường",
    "3 xã", "các xã, phường"), so a list follows. `folded`: see `_merger_window`."""
    return bool(_PLURAL_BEFORE.search(_merger_window(text, _line_back(text, start, 60), start, folded)))


@lru_cache(maxsize=None)
def _last_words(n: int) -> re.Pattern:
    """The last `n` words of a window, each followed by spaces."""
    return re.compile(r"(?<![^\W_])(?:[^\W_]+[ \t]+){%d}$" % n)


def _preceding_words(text: str, pos: int, n: int) -> str:
    """The folded last `n` words before `pos` on the same line."""
    window = text[max(0, pos - 40):pos]  # a few words are enough
    m = _last_words(n).search(window)
    return fold_key(m.group()) if m else ""


def _former_marker(text: str, end: int) -> int | None:
    """The end of "(cũ)" or "cũ" right after a name, else None."""
    m = _FORMER_MARK.match(text, end)
    if m and fold_key(m.group(2)) in FORMER_MARKERS and bool(m.group(1)) == bool(m.group(3)):
        return m.end()
    return None


def _province_at(gaz: Gazetteer, text: str, pos: int) -> tuple[str, str] | None:
    """(2025 province, name as written) for the province named by the run at `pos`."""
    ends = _run(text, pos)
    for e in reversed(ends):
        name = text[pos:e]
        found = gaz.current_province(PROVINCE_ALIASES.get(fold_key(name), name))
        if found:
            return found, name
    return None


def _level_word(text: str, pos: int) -> tuple[str | None, int]:
    """A level word at `pos` ("tỉnh", "thành phố", "TP.", "huyện" ...), folded, and where the name
    after it starts; (None, pos) when there is none."""
    for word in _LEVEL_WORDS:
        words = []
        for m in _WORD.finditer(text, pos):
            words.append(m)
            if len(words) == len(word.split()):
                break
        if words and fold_key(" ".join(w.group() for w in words)) == word:
            return word, _LEVEL_GAP.match(text, words[-1].end()).end()
    return None, pos


def _place_after(gaz: Gazetteer, text: str, end: int) -> Place:
    """The province (and district) named right after a ward: ", tỉnh Y", " (Y)", ", Y",
    ", quận Z, thành phố Y", "thuộc huyện Z (cũ)", "của Quận 1 (cũ)"."""
    place = Place()
    pos = end
    for _ in range(2):
        m = _PLACE_SEP.match(text, pos)
        if not m:
            break
        level, pos = _level_word(text, m.end())
        if m.group("word") and level is None:  # "thuộc"/"của" only with a level word after it
            break
        found = _province_at(gaz, text, pos)
        if found:
            place.province = found[0]
            if fold_key(found[0]) != fold_key(found[1]) and fold_key(found[1]) not in PROVINCE_ALIASES:
                place.old_province = found[1]
            break
        ends = _run(text, pos, allow_number_first=level == "quan")  # "Quận 1"
        if level not in DISTRICT_WORDS or not ends:
            break
        place.district = text[pos:ends[-1]]
        place.district_level = level
        pos = ends[-1]  # skip the district and look once more
        if (mark := _former_marker(text, pos)) is not None:  # "huyện Đông Anh (cũ), Hà Nội"
            pos = mark
    return place


_MERGER = re.compile(
    r"(?<![a-z0-9])(?P<time>(?:" + "|".join(MERGER_TIME_WORDS) + r") )?"
    r"(?P<cue>" + "|".join(MERGER_CUES) + r")"
    r"(?P<fill>(?: (?:" + "|".join(MERGER_FILLERS + tuple(PLURAL_WORDS)) + r"|\d{1,3}),?)*) $"
)


def _after_merger(text: str, start: int, folded: str | None = None) -> bool:
    """Whether the type word at `start` follows a merger verb, so the wards it names are the
    pre-2025 units that were merged ("sáp nhập hai phường Tây Tựu và Minh Khai"); not "sau sáp
    nhập, phường X" (after the merger) nor "sau sáp nhập phường X có ...". `folded`: see
    `_merger_window`."""
    window = _merger_window(text, _line_back(text, start, 160), start, folded)
    m = _MERGER.search(window)
    if not m:
        return False
    fill = m.group("fill").replace(",", " ").split()
    if m.group("time"):
        return bool(fill) and (fill[-1] in PLURAL_WORDS or fill[-1].isdigit())
    if m.group("cue") == "tren co so" and not fill:  # "Trên cơ sở phường X đã ..." is a reason
        return "thanh lap" in window or "hinh thanh" in window
    return True


# A note naming a former district, skipped between merged lists: a parenthesis ("(quận Ba Đình
# cũ)") or a link word before it ("thuộc quận Ba Đình (cũ)", "của huyện Gia Lâm cũ").
_OLD_DISTRICT_NOTE = re.compile(
    r"\([^()\n]{0,60}(?<!\w)cũ[ \t]*\)"
    r"|(?<!\w)(?:" + "|".join(PLACE_LINKS_RAW) + r")[ \t]+[^,;()\n.]{1,60}?(?:\([ \t]*cũ[ \t]*\)|(?<!\w)cũ(?!\w))",
    re.IGNORECASE)
_MERGER_GAP = re.compile(
    r"(?: (?:" + "|".join(MERGER_FILLERS + tuple(PLURAL_WORDS)) + r"|\d{1,3}|[,;:]))*")


_GAP_STOP = re.compile(r"[.!?\n]")
_GAP_PUNCT = re.compile(r"\s*([,;:])\s*")


def _continues_merger(text: str, pos: int, start: int) -> bool:
    """Whether the type word at `start` opens another list of the merger whose last list ended
    at `pos`: only list punctuation, "và", filler words and a former district's note stand
    between them ("sáp nhập phường A và phường B"; "... các phường A, B (quận Ba Đình cũ); một
    phần diện tích tự nhiên và dân số của các phường C, D"), in the same sentence."""
    gap = _OLD_DISTRICT_NOTE.sub(" ", text[pos:start])
    if len(gap) > 160 or _GAP_STOP.search(gap):
        return False
    words = " ".join(_GAP_PUNCT.sub(r" \1 ", fold(gap)).split())
    return _MERGER_GAP.fullmatch(" " + words if words else "") is not None


def _line_back(text: str, pos: int, reach: int) -> int:
    """Where a window of at most `reach` characters before `pos` starts, not before its line."""
    return max(text.rfind("\n", 0, pos) + 1, pos - reach)


def _merger_window(text: str, start: int, end: int, folded: str | None = None) -> str:
    """text[start:end] as folded words with single spaces; commas kept, any other punctuation a
    "|" that no pattern crosses. `folded`, when given, is `fold(text)` with one character for
    each of `text` (`fold_whole`), so the window is a slice of it instead of folded again."""
    part = text[start:end]
    if folded is not None and unicodedata.is_normalized("NFC", part):
        part = folded[start:end]
    else:
        part = fold(part)
    folded = _NOT_WORD.sub(" | ", part)
    folded = _COMMA.sub(", ", folded)
    return _SPACES.sub(" ", folded)


_NOT_WORD = re.compile(r"[^0-9a-z,\s]+")
_COMMA = re.compile(r"\s*,\s*")
_SPACES = re.compile(r"\s+")


_SENTENCE_END = re.compile(r"[.!?;\n](?!\w)")
_PROVINCE_LEVEL = re.compile(r"(?<!\w)(?:tỉnh|thành[ \t]+phố|tp)(?!\w)\.?[ \t]*", re.IGNORECASE)


def _named_provinces(gaz: Gazetteer, text: str) -> list[tuple[int, str]]:
    """(offset, 2025 province) for each "tỉnh Y", "thành phố Y", "TP. Y" in the text."""
    out = []
    for m in _PROVINCE_LEVEL.finditer(text):
        found = _province_at(gaz, text, m.end())
        if found:
            out.append((m.start(), found[0]))
    return out


# Characters met so far whose fold() is one character, and those whose fold is none or several
# (a slice of the folded text would then not line up with the text).
_FOLD_ONE: set[str] = set()
_FOLD_OTHER: set[str] = set()
_FOLD_TABLE: dict[int, str] = {}  # str.translate table: each of _FOLD_ONE -> its fold


def fold_whole(text: str) -> str | None:
    """`fold(text)` when it has one character for each character of `text` (so a slice of it is
    the fold of the same slice of `text`), else None.

    >>> fold_whole("Phường Tương Mai")
    'phuong tuong mai'
    """
    if not unicodedata.is_normalized("NFC", text):
        return None
    chars = set(text)
    for c in chars - _FOLD_ONE - _FOLD_OTHER:
        f = fold(c)
        if len(f) == 1 and unicodedata.is_normalized("NFC", c):
            _FOLD_ONE.add(c)
            _FOLD_TABLE[ord(c)] = f
        else:
            _FOLD_OTHER.add(c)
    if not chars.isdisjoint(_FOLD_OTHER):
        return None
    return text.translate(_FOLD_TABLE)
