"""The metrics extractor's vocabulary, compiled once: word tables as phrase tables and key
sets, the tokens after a figure, longest-phrase matching with the gaps a phrase allows, and the
lexical patterns (names, ward words) the other modules share. The tables are data in
`wardcli/extract/units.py`."""

from __future__ import annotations

import re

from ...gazetteer import tone_key
from ..roles import SURNAMES as _SURNAMES  # the surnames officials.py reads names by
from ..units import (
    APPROX_WORDS, CLASSIFIERS, CLASSIFIER_HEADS, COMPOUND_WORDS, COUNTED_NOUNS, COUNT_PREFIXES,
    CURRENCY_WORDS, EACH_WORDS, FORMER_MARKS, LABEL_CUTS, LABEL_CUT_FALSE, LABEL_STARTS, MEASURE_NOUNS,
    NON_METRIC_NOUNS, NOUN_RUN_ENDS, NUMBER_PREFIXES, OWNER_BODIES, PERIOD_WORDS, PLACE_NAME_PREFIXES,
    PLACE_NOUNS, QUALIFIERS, SCALE_WORDS, STOP_WORDS, TARGET_WORDS, TASK_NOUNS)


_WORD = r"[^\W\d_]+"


_RATE_SUFFIX = re.compile(r"(?:/" + _WORD + r")*")  # "/người/năm" after a unit


def _key(s: str) -> str:
    return tone_key(s)


def _tokens(text: str, start: int, limit: int = 12) -> list[tuple[int, int, str]]:
    """Up to `limit` words from `start`, as (start, end, word); punctuation stops nothing here,
    callers check the gaps."""
    out = []
    for m in re.finditer(r"[^\W_]+(?:-[^\W_]+)?²?", text[start:start + 200]):
        out.append((start + m.start(), start + m.end(), m.group()))
        if len(out) >= limit:
            break
    return out


def _phrases(table: list[str]) -> list[tuple[list[str], list[str]]]:
    """Each phrase as (word keys, the gaps between its words): " " inside a compound, ", " in a
    pair of nouns written with a comma ("cán bộ, công chức"). Longest first."""
    keyed = set()
    for w in table:
        words = re.findall(r"[^\W_]+", w)
        gaps = re.findall(r"[^\w]+", w.strip())
        keyed.add((tuple(_key(x) for x in words), tuple(", " if "," in g else " " for g in gaps)))
    return [(list(k), list(g)) for k, g in sorted(keyed, key=lambda p: len(p[0]), reverse=True)]


_NOUNS = _phrases(COUNTED_NOUNS)


_TASKS = _phrases(TASK_NOUNS)


_QUALS = _phrases(QUALIFIERS)


_NON = _phrases(NON_METRIC_NOUNS)


_PLACES = _phrases(PLACE_NOUNS)


_SCALES = {_key(w): v for w, v in SCALE_WORDS.items()}


_CURRENCY = {_key(w): v for w, v in CURRENCY_WORDS.items()}


_CLASSIFIERS = {_key(w) for w in CLASSIFIERS}


_STOP = {_key(w) for w in STOP_WORDS}


_AND = _key("và")  # and


_APPROX = {_key(w) for w in APPROX_WORDS}


_MEASURES = {_key(w) for w in MEASURE_NOUNS}


_LABEL_CUTS = {_key(w) for w in LABEL_CUTS}


_LABEL_STARTS = {_key(w) for w in LABEL_STARTS}


_CUT_FALSE = {_key(w) for w in LABEL_CUT_FALSE}


_TARGET_VERBS = {_key(w) for w in TARGET_WORDS}


_PERIOD_WORDS = {_key(w) for w in PERIOD_WORDS}


_RUN_ENDS = {_key(w) for w in NOUN_RUN_ENDS}


_HEADS = {_key(w) for w in CLASSIFIER_HEADS}


_COMPOUNDS = _phrases(COMPOUND_WORDS)


_BY_FIRST: dict[int, tuple[list, dict[str, list]]] = {}


def _by_first(phrases: list) -> dict[str, list]:
    """The phrases grouped by their first word key, keeping their longest-first order."""
    entry = _BY_FIRST.get(id(phrases))
    if entry is None or entry[0] is not phrases:
        index: dict[str, list] = {}
        for ph, gaps in phrases:
            if ph:
                index.setdefault(ph[0], []).append((ph, gaps))
        entry = _BY_FIRST[id(phrases)] = (phrases, index)
    return entry[1]


def _match(text: str, toks: list[tuple[int, int, str]], i: int, phrases: list[list[str]]) -> int:
    """Number of tokens from toks[i] that form the longest phrase in `phrases` (0 if none).
    Tokens must be separated as in the phrase: by single spaces, or by ", " where the phrase has
    a comma ("cán bộ, công chức")."""
    if i >= len(toks):
        return 0
    for ph, gaps in _by_first(phrases).get(_key(toks[i][2]), ()):
        n = len(ph)
        if i + n > len(toks):
            continue
        if [_key(t[2]) for t in toks[i + 1:i + n]] != ph[1:]:
            continue
        if any(text[toks[j][1]:toks[j + 1][0]] != gaps[j - i] for j in range(i, i + n - 1)):
            continue
        return n
    return 0


def _adjacent(text: str, end: int, tok: tuple[int, int, str]) -> bool:
    return text[end:tok[0]] in (" ", "")


_PREFIX_KEYS = {_key(w) for w in NUMBER_PREFIXES}


_SURNAME_KEYS = {tone_key(w) for w in _SURNAMES}


_COUNT_PREFIXES = {_key(w) for w in COUNT_PREFIXES}


_EACH = {_key(w) for w in EACH_WORDS}


_PLACE_NAME_KEYS = {_key(w) for w in PLACE_NAME_PREFIXES}


_NOT_COUNTED = _PREFIX_KEYS | {_key(w) for w in PLACE_NOUNS}


# "phường"/"xã" before a name, or bare before punctuation ("... của xã."); not "xã hội" (society)
_WARD_WORD = re.compile(r"\b(?:[Pp]hường|[Xx]ã(?!\s+hội)|PHƯỜNG|XÃ|P\.)(?:\s+|(?=[.,;:!?)\"”]|$))")


# Upper-case letters only: "À-Ỹ" as a range also holds the lower-case letters ("quận đã có").
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and c.isalpha())


_NAME = re.compile(r"(?:[" + _UPPER + r"][^\W\d_]*|\d+)(?:(?:\s+|\s*-\s*)(?:[" + _UPPER + r"][^\W\d_]*|\d+))*")


# A ward's name may join its parts with any dash: "phường Văn Miếu – Quốc Tử Giám".
_WARD_NAME = re.compile(r"(?:[" + _UPPER + r"][^\W\d_]*|\d+)(?:(?:\s+|\s*[-–—]\s*)(?:[" + _UPPER + r"][^\W\d_]*|\d+))*")


_FORMER_AFTER = re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in sorted(FORMER_MARKS, key=len, reverse=True))
                           + r")(?!\w)", re.IGNORECASE)


# Words that introduce a place after a figure as where it happened ("tại 26 tổ ... của phường X").
_OWNER_BODY = r"(?:" + "|".join(re.escape(w) for w in sorted(OWNER_BODIES, key=len, reverse=True)) + r")"
