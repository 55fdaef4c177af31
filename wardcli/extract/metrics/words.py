"""The metrics extractor's vocabulary, compiled once at import: word tables as phrase tables
and key sets, the words after a figure, longest-phrase matching with the gaps a phrase allows,
and the lexical patterns (names, ward words) the other modules share. The tables themselves
are data in `wardcli/extract/units.py`.

Words are lexicon `Token`s keyed as the lexicon keys words (`wardcli.lang.lexicon.key`), and
phrase tables are lexicon `PhraseTable`s. What metrics adds: two words joined by a hyphen are
one word ("Wi-Fi"), punctuation is no token but a gap, a figure's words are looked for in a
short window only, and a phrase says which gaps it allows ("cán bộ, công chức" needs ", "
where "cán bộ công chức" needs " ").

    >>> toks = _tokens("390 cán bộ, công chức", 4)
    >>> _match("390 cán bộ, công chức", toks, 0, _NOUNS), _match("390 cán bộ; công chức", toks, 0, _NOUNS)
    (4, 2)
"""

from __future__ import annotations

import re

from ...gazetteer import tone_key
from ...lang.lexicon import PhraseTable, Token
from ..roles import SURNAMES as _SURNAMES  # the surnames officials.py reads names by
from ..units import (
    APPROX_WORDS, CLASSIFIER_HEADS, CLASSIFIERS, COMPOUND_WORDS, COUNT_PREFIXES, COUNTED_NOUNS,
    CURRENCY_WORDS, EACH_WORDS, FORMER_MARKS, LABEL_CUT_FALSE, LABEL_CUTS, LABEL_STARTS, MEASURE_NOUNS,
    NON_METRIC_NOUNS, NOUN_RUN_ENDS, NUMBER_PREFIXES, OWNER_BODIES, PERIOD_WORDS, PLACE_NAME_PREFIXES,
    PLACE_NOUNS, QUALIFIERS, SCALE_WORDS, STOP_WORDS, TARGET_WORDS, TASK_NOUNS)

_key = tone_key  # the matching key of a word, or of several words read as one

# --- words after a figure -------------------------------------------------------------------

# How far after a figure its unit is looked for: this many words within this many characters.
_MAX_WORDS = 12
_WINDOW = 200
_ALNUM_RUN = re.compile(r"[^\W_]+")
_NON_WORD = re.compile(r"[^\w]+")

# A word as the lexicon cuts it (`WORD`, letters and digits), two words joined by a hyphen read
# as one ("Wi-Fi", "héc-ta", "Covid-19"); "_" and punctuation are gaps, not tokens.
_JOINED_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)?")


def _tokens(text: str, start: int, limit: int = _MAX_WORDS) -> _Words:
    """Up to `limit` words from `start` (within _WINDOW characters), as lexicon `Token`s keyed
    as the lexicon keys words, read as far as the caller asks (`_Words.has`). Punctuation is no
    token here; callers check the gaps.

    >>> [t.text for t in _tokens("12 điểm Wi-Fi, 3 hộ", 2)]
    ['điểm', 'Wi-Fi', '3', 'hộ']
    """
    return _Words(text, start, limit)


class _Words(list):
    """The words after an offset, cut only as far as they are read: the unit after a figure is
    mostly settled by its first two or three words, not the twelve it may take. A list of the
    words read so far; `has(i)` reads on to word i. Readers ask `has(i)` before they index
    past what they know exists; `all()` reads them all."""

    __slots__ = ("_next", "_limit")
    _FIRST = 3  # words read at once

    def __init__(self, text: str, start: int, limit: int):
        super().__init__()
        self._next = _JOINED_WORD.finditer(text, start, min(len(text), start + _WINDOW))
        self._limit = limit
        self._read_to(self._FIRST - 1)

    def has(self, i: int) -> bool:
        """Whether there is a word i."""
        return i < len(self) or self._read_to(i)

    def _read_to(self, i: int) -> bool:
        while len(self) <= i:
            m = next(self._next, None) if len(self) < self._limit else None
            if m is None:
                return False
            w = m.group()
            self.append(_new_token(Token, (w, m.start(), m.end(), tone_key(w))))  # a word's lexicon key
        return True

    def all(self) -> _Words:
        self._read_to(self._limit)
        return self

    def __iter__(self):
        i = 0
        while self.has(i):
            yield self[i]
            i += 1


_new_token = tuple.__new__


def _adjacent(text: str, end: int, tok: Token) -> bool:
    """Whether `tok` follows offset `end` directly or after one space."""
    return text[end:tok.start] in (" ", "")


# --- phrase tables ----------------------------------------------------------------------------

def _phrases(table: list[str]) -> PhraseTable:
    """A word table as a `PhraseTable` of word keys; each phrase's value is the set of the gap
    sequences it may be written with: " " inside a compound, ", " in a pair of nouns written
    with a comma ("cán bộ, công chức"). A phrase is cut into words as `_tokens` cuts a text, so
    a hyphenated word is one word ("héc-ta", as the figure's words read it).

    >>> _match("300 héc-ta lúa", _tokens("300 héc-ta lúa", 3), 0, _phrases(["héc-ta"]))
    1
    """
    gaps_of: dict[tuple[str, ...], set] = {}
    for w in table:
        words = list(_JOINED_WORD.finditer(w))
        gaps = tuple(", " if "," in w[a.end():b.start()] else " " for a, b in zip(words, words[1:]))
        k = tuple(tone_key(m.group()) for m in words)
        if k:
            gaps_of.setdefault(k, set()).add(gaps)
    return PhraseTable.from_keys({k: frozenset(g) for k, g in gaps_of.items()})


def _match(text: str, toks: _Words, i: int, table: PhraseTable) -> int:
    """Number of tokens from toks[i] that form the longest phrase of `table` (0 if none).
    Tokens must be separated as in the phrase: by single spaces, or by ", " where the phrase
    has a comma. A phrase whose words match but not its gaps gives way to a shorter one."""
    if not toks.has(i):
        return 0
    candidates = table.by_first.get(toks[i].key)
    if not candidates:
        return 0
    for phrase in candidates:
        n = len(phrase)
        if n == 1:
            return 1  # one word: no gap to check
        if not toks.has(i + n - 1):
            continue
        for j in range(1, n):
            if toks[i + j].key != phrase[j]:
                break
        else:
            gaps = tuple(text[toks[j].end:toks[j + 1].start] for j in range(i, i + n - 1))
            if gaps in table.values[phrase]:
                return n
    return 0


_NOUNS = _phrases(COUNTED_NOUNS)  # counted nouns ("đảng viên", "hộ")
_TASKS = _phrases(TASK_NOUNS)  # tasks counted in groups ("nhiệm vụ", "giải pháp")
_QUALS = _phrases(QUALIFIERS)  # qualifiers after a noun ("ưu tú", "chính thức")
_NON = _phrases(NON_METRIC_NOUNS)  # nouns that make a figure no metric ("năm", "tháng")
_PLACES = _phrases(PLACE_NOUNS)  # unit nouns ("phường", "xã")
_COMPOUNDS = _phrases(COMPOUND_WORDS)  # compounds taken whole inside a noun ("lấy số")

# --- key sets -------------------------------------------------------------------------------

_SCALES = {_key(w): v for w, v in SCALE_WORDS.items()}  # "triệu" -> 1e6
_CURRENCY = {_key(w): v for w, v in CURRENCY_WORDS.items()}  # "đồng" -> 1
_CLASSIFIERS = {_key(w) for w in CLASSIFIERS}  # "nhóm" (group)
_STOP = {_key(w) for w in STOP_WORDS}  # words no noun runs through
_AND = _key("và")  # and
_APPROX = {_key(w) for w in APPROX_WORDS}  # "khoảng" (about)
_MEASURES = {_key(w) for w in MEASURE_NOUNS}  # "tỷ lệ" (rate)
_LABEL_CUTS = {_key(w) for w in LABEL_CUTS}  # verbs before a figure ("đạt")
_LABEL_STARTS = {_key(w) for w in LABEL_STARTS}  # words a label starts after ("là")
_CUT_FALSE = {_key(w) for w in LABEL_CUT_FALSE}  # "mặt bằng": no verb "bằng"
_TARGET_VERBS = {_key(w) for w in TARGET_WORDS}  # "phấn đấu" (strive)
_PERIOD_WORDS = {_key(w) for w in PERIOD_WORDS}  # "năm" (year)
_RUN_ENDS = {_key(w) for w in NOUN_RUN_ENDS}  # verbs that end a noun run ("trao")
_HEADS = {_key(w) for w in CLASSIFIER_HEADS}  # "điểm" (point) + the noun after it
_PREFIX_KEYS = {_key(w) for w in NUMBER_PREFIXES}  # "số 10", "Điều 5": labels
_SURNAME_KEYS = {tone_key(w) for w in _SURNAMES}
_COUNT_PREFIXES = {_key(w) for w in COUNT_PREFIXES}  # "tổng số" (total): a count follows
_EACH = {_key(w) for w in EACH_WORDS}  # "mỗi" (each)
_PLACE_NAME_KEYS = {_key(w) for w in PLACE_NAME_PREFIXES}  # "Phường 5", "Tổ 12"
_NOT_COUNTED = _PREFIX_KEYS | {_key(w) for w in PLACE_NOUNS}

# --- lexical patterns -----------------------------------------------------------------------

_WORD = r"[^\W\d_]+"
_RATE_SUFFIX = re.compile(r"(?:/" + _WORD + r")*")  # "/người/năm" after a unit
# "phường"/"xã" before a name, or bare before punctuation ("... của xã."); not "xã hội" (society)
_WARD_WORD = re.compile(r"\b(?:[Pp]hường|[Xx]ã(?!\s+hội)|PHƯỜNG|XÃ|P\.)(?:\s+|(?=[.,;:!?)\"”]|$))")
# Upper-case letters only: "À-Ỹ" as a range also holds the lower-case letters ("quận đã có").
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and c.isalpha())
_NAME = re.compile(r"(?:[" + _UPPER + r"][^\W\d_]*|\d+)(?:(?:\s+|\s*-\s*)(?:[" + _UPPER + r"][^\W\d_]*|\d+))*")
# A ward's name may join its parts with any dash: "phường Văn Miếu – Quốc Tử Giám".
_WARD_NAME = re.compile(r"(?:[" + _UPPER + r"][^\W\d_]*|\d+)(?:(?:\s+|\s*[-–—]\s*)(?:[" + _UPPER + r"][^\W\d_]*|\d+))*")
_FORMER_AFTER = re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in sorted(FORMER_MARKS, key=len, reverse=True))
                           + r")(?!\w)", re.IGNORECASE)
# The bodies of a place that own what is said of it ("của Đảng bộ phường X").
_OWNER_BODY = r"(?:" + "|".join(re.escape(w) for w in sorted(OWNER_BODIES, key=len, reverse=True)) + r")"
