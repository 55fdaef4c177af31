"""Reported quantities in a text: a figure, the unit or counted noun after it, and what,
where and when it measures.

The grammar, in order of preference, for what follows a figure:
  "%"  (+ "/năm"-style rate suffix)                          118,6%   15%/năm
  scale word? + currency (+ "/người/năm" suffix)             390 tỷ đồng   104,7 triệu đồng/người/năm
  scale word? + counted noun from COUNTED_NOUNS (longest)     6.523 đảng viên   1,2 triệu lượt khách
  classifier ("nhóm") + task nouns joined by "và" / ","     5 nhóm nhiệm vụ và giải pháp
  a plain lower-case noun of one or two syllables           12 căn hộ
  a classifier noun + the noun run after it                 9 điểm nấu ăn   2 máy lấy số   56 điểm Wi-Fi
A "/word" rate suffix stays with any unit ("62 tạ/ha"). Qualifiers after the noun ("ưu tú",
"chính thức") are dropped. When the noun comes before the figure ("số đơn vị bầu cử ... là
182"), the noun is taken from there. The lower end of a range shares the upper end's unit
("từ 20 đến 25%", "20-25%": two figures). A bare year-like figure ("2000") counts only
before a noun from the tables ("2000 hộ dân", not "Hiến pháp 2013 quy định").

Not metrics: dates, times, years, terms, ordinals, anniversaries, ages, durations, document
numbers, phone numbers, school grades ("lớp 1"), ratings ("4 sao"), the "2 cấp" model name: see
NON_METRIC_NOUNS and NUMBER_PREFIXES; nor a count of units that names them or marks them as
former ("3 xã Liên Mạc, Chu Phan", "Cả 3 xã trước sáp nhập"). A table row written with "|"
takes its ward from a "Phường" column and a bare figure's unit from a "Số <noun>" heading.

Place: the last place named before the figure in its sentence, else the places the paragraph
named before (a list of several wards there gives the province that holds them). Not places:
a former unit ("huyện Mê Linh (cũ)"; a former ward stands for the ward the page puts it in,
else the doc's), the addressee of a request or a partner ("đề xuất Thành phố", "phối hợp với
... xã B"), a level ("cấp Thành phố"). A province gets its province code.
The vocabulary (COUNTED_NOUNS, ...) is data in units.py; this module holds the rules.

    >>> from wardcli.gazetteer import load_gazetteer
    >>> [(h.value, h.unit) for h in find_metrics("Đại hội có 238 đại biểu ưu tú.", load_gazetteer(), "Tương Mai")]
    [(238, 'đại biểu')]
"""

from __future__ import annotations

import re

from ..gazetteer import DEFAULT_PROVINCE, Gazetteer, tone_key
from ..text import fold_key
from .hits import MetricHit
from .numbers import Figure, is_year, iter_figures, parse_number
from .roles import SURNAMES as _SURNAMES  # the surnames officials.py reads names by
from .sentences import sentence_spans
from .units import (ADDRESS_WORDS, ADDRESSEE_VERBS, APPROX_WORDS, BASE_WORDS, BODY_NAMES, CLASSIFIER_HEADS, CLASSIFIERS,
                    COMPOUND_WORDS, FORMER_MARKS, CONTRAST_WORDS, COUNTED_NOUNS, COUNTRY_WORDS,
                    COUNT_PREFIXES, CURRENCY_WORDS, EACH_WORDS, GIVER_NOUNS, GIVER_VERBS, LABEL_CUTS, LABEL_CUT_FALSE,
                    LABEL_STARTS, LABEL_TRIMS, MAX_NOUN_SYLLABLES, MEASURE_NOUNS, MERGE_WORDS, NON_METRIC_NOUNS,
                    NOUN_RUN_ENDS, NUMBER_PREFIXES, OWNER_BODIES, PERIOD_WORDS, PLACE_NAME_PREFIXES, PLACE_NOUNS,
                    PROVINCE_ALIASES, QUALIFIERS, RANGE_WORDS, RECIPIENT_VERBS, SCALE_WORDS, STOP_WORDS, TARGET_WORDS,
                    TASK_NOUNS, WARD_TYPES)

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


def _task_run(text: str, toks, i: int) -> int:
    """Tokens of task nouns joined by "và" or ",": "nhiệm vụ và giải pháp" -> 4."""
    n = _match(text, toks, i, _TASKS)
    if not n:
        return 0
    j = i + n
    while j < len(toks):
        gap = text[toks[j - 1][1]:toks[j][0]]
        k = j
        if gap == " " and _key(toks[j][2]) == _AND:
            k = j + 1
        elif gap != ", ":
            break
        if k >= len(toks) or (k > j and text[toks[k - 1][1]:toks[k][0]] != " "):
            break
        m = _match(text, toks, k, _TASKS)
        if not m:
            break
        after = k + m
        # "8 tập thể, 8 cá nhân": a figure after a comma starts a new metric, checked by caller
        j = after
    return j - i


def _read_unit(text: str, end: int, nouns_only: bool = False,
               guess: bool = True) -> tuple[str, int, float, bool] | None:
    """The unit written right after a figure ending at `end`: (unit as written, end of unit,
    scale to đồng or 1, is_money), or None when what follows is not a unit. `nouns_only`
    (after "12/12", which may be a date) accepts only a known counted noun; `guess=False`
    (after a bare year-like "2013") refuses a noun that is in no table ("Hiến pháp 2013 quy định")."""
    if nouns_only:
        toks = _tokens(text, end)
        n = _match(text, toks, 0, _NOUNS) if toks and _adjacent(text, end, toks[0]) else 0
        return (text[toks[0][0]:toks[n - 1][1]], toks[n - 1][1], 1, False) if n else None
    rest = text[end:end + 3]
    if rest.startswith("%") or rest.startswith(" %"):
        m = _RATE_SUFFIX.match(text, text.index("%", end) + 1)
        return text[text.index("%", end):m.end()], m.end(), 1, False
    toks = _tokens(text, end)
    if not toks or not _adjacent(text, end, toks[0]):
        return None
    i = 0
    scale = 1
    if _key(toks[0][2]) in _SCALES:
        scale = _SCALES[_key(toks[0][2])]
        i = 1
    money = _read_money(text, end, toks, i, scale)
    if money:
        return money
    if i == 1 and (len(toks) < 2 or not _adjacent(text, toks[0][1], toks[1])):
        return toks[0][2], toks[0][1], 1, False  # "390 tỷ"
    if i < len(toks) and scale == 1 and _match(text, toks, i, _NON) >= max(1, _match(text, toks, i, _NOUNS)):
        return None  # "80 năm", "6 tháng"; a longer counted noun wins ("200 ngày công")
    n = 0
    if _key(toks[i][2]) in _CLASSIFIERS and i + 1 < len(toks) and _adjacent(text, toks[i][1], toks[i + 1]):
        t = _task_run(text, toks, i + 1)
        if t:
            n = 1 + t
    if not n:
        n = max(_task_run(text, toks, i), _match(text, toks, i, _NOUNS))
    if not n and guess:
        n = _fallback(text, toks, i)
    if n and _key(" ".join(t[2] for t in toks[i:i + n])) in _HEADS and i + n < len(toks) \
            and _adjacent(text, toks[i + n - 1][1], toks[i + n]):
        run = _noun_run(text, toks, i + n, acronyms=True)  # "9 điểm nấu ăn", "56 điểm Wi-Fi"
        if n + run <= MAX_NOUN_SYLLABLES:
            n += run
    elif n and i + n < len(toks) and _adjacent(text, toks[i + n - 1][1], toks[i + n]) \
            and _mixed_acronym(toks[i + n][2]):
        n += 1  # "212.460 tài khoản VNeID"
    if not n and i == 1:  # "390 tỷ": the scale word alone
        return toks[0][2], toks[0][1], 1, False
    if not n:
        return None
    last = toks[i + n - 1]
    if _match(text, toks, i, _PLACES) == n and _names_its_places(text, toks, i + n, last[1]):
        return None  # "2 phường Cầu Giấy và Nghĩa Đô", "Cả 3 xã trước sáp nhập" count the places they name
    u_end = _RATE_SUFFIX.match(text, last[1]).end()  # "62 tạ/ha", "2 lần/tuần"
    return text[toks[0][0] if i else toks[i][0]:u_end], u_end, 1, False


def _names_its_places(text: str, toks, j: int, end: int) -> bool:
    """After a count of units ("3 xã" ending at `end`, next token toks[j]): their names
    ("3 xã Liên Mạc, Chu Phan", "2 phường: A và B") or a word making them the former units a
    ward was formed from ("Cả 3 xã trước sáp nhập", "5 phường cũ")."""
    if _FORMER_AFTER.match(text, end):
        return True
    if j >= len(toks) or not toks[j][2][:1].isupper() or _key(toks[j][2]) in _STOP:
        return False
    return text[end:toks[j][0]] in (" ", ": ", " gồm ", " là ")


def _read_money(text: str, end: int, toks, i: int, scale: int):
    """scale? + currency (+ "/người/năm"): ("tỷ đồng", end, đồng per unit, True), or None.
    A longer counted noun wins ("640 đồng chí" is people, not money)."""
    if i >= len(toks) or (i and not _adjacent(text, toks[i - 1][1], toks[i])):
        return None
    word = _key(toks[i][2])
    two = _key(text[toks[i][0]:toks[i + 1][1]]) if i + 1 < len(toks) else ""
    size = 2 if two in _CURRENCY else (1 if word in _CURRENCY else 0)
    if not size or _match(text, toks, i, _NOUNS) > size:
        return None
    u_end = _RATE_SUFFIX.match(text, toks[i + size - 1][1]).end()
    rate = _CURRENCY[two if size == 2 else word]
    return text[end:u_end].strip(), u_end, (scale * rate if rate else 0), True


def _fallback(text: str, toks, i: int) -> int:
    """A plain noun not in the tables: lower case ("12 căn hộ"), or capitalised out of respect
    before a lower-case syllable ("238 Đảng viên", not "Cầu Giấy"). Syllables are not words, so
    the noun is never cut inside a run of content syllables ("3 phòng chuyên môn", not "phòng
    chuyên"): it takes the whole run up to a stop word, qualifier, non-metric noun, punctuation
    or capitalised word, when the run is short enough to be one noun phrase; a longer run keeps
    its first syllable only, the head noun or classifier ("tổ", "đoàn")."""
    if i >= len(toks) or (i and not _adjacent(text, toks[i - 1][1], toks[i])):
        return 0
    w = toks[i][2]
    if not w.isalpha() or _key(w) in _STOP:
        return 0
    run = 1 + _noun_run(text, toks, i + 1)
    if not w.islower() and not (w[:1].isupper() and w[1:].islower() and run >= 2):
        return 0
    if run > MAX_NOUN_SYLLABLES:
        return 1 if w.islower() else 2
    return run


def _noun_run(text: str, toks, j: int, acronyms: bool = False) -> int:
    """Tokens from toks[j] that go on a noun: adjacent lower-case syllables up to a stop word,
    run-ending verb, qualifier, non-metric noun or punctuation; a known compound is taken whole
    whatever its syllables ("lấy số", "tiếp nhận"). With `acronyms`, a written acronym counts
    as a syllable ("điểm Wi-Fi")."""
    k = j
    while k < len(toks) and _adjacent(text, toks[k - 1][1], toks[k]):
        c = _match(text, toks, k, _COMPOUNDS)
        if c and all(_adjacent(text, toks[x - 1][1], toks[x]) for x in range(k + 1, k + c)):
            k += c
            continue
        nxt = toks[k][2]
        if acronyms and _is_acronym(nxt):
            k += 1
            continue
        if not (nxt.islower() and nxt.replace("-", "").isalpha()) or _key(nxt) in _STOP or _key(nxt) in _RUN_ENDS \
                or _match(text, toks, k, _QUALS) or _match(text, toks, k, _NON):
            break
        k += 1
    return k - j


def _is_acronym(w: str) -> bool:
    """"OCOP", "BHYT", "Wi-Fi", "VNeID": upper case after the first letter, not a proper name."""
    letters = w.replace("-", "")
    return letters.isalpha() and len(letters) >= 2 and any(c.isupper() for c in letters[1:])


def _mixed_acronym(w: str) -> bool:
    """An acronym written in mixed case ("VNeID", "eKYC"): a brand or system, never a place."""
    return _is_acronym(w) and any(c.islower() for c in w) and not w[1:].islower()


def _prefix_blocks(text: str, start: int, end: int | None = None) -> bool:
    """True when the words right before a figure make it a label or ordinal ("số 10"). The
    second figure of "ngày 12-12" or "Điều 5-7" shares the first one's label word. A place word
    ("Phường 5", "Tổ 12") names a numbered place only with a whole number and no unit after it:
    "chi ngân sách phường 88,2 tỷ đồng" is an amount."""
    head = text[max(0, start - 30):start]
    if head.rstrip().endswith(("-", "–")):
        pair = re.search(r"\d+\s*[-–]\s*$", head)
        return bool(pair) and _prefix_blocks(text, max(0, start - 30) + pair.start())
    words = re.findall(r"[^\W\d_]+", head.split("\n")[-1])
    if not words or not re.search(r"[^\W\d_]\s*$", head):
        return False
    if len(words) >= 2 and _key(" ".join(words[-2:])) in _COUNT_PREFIXES:
        return False  # "tổng số 4.918 học viên" counts
    for n in (3, 2, 1):
        if len(words) >= n and _key(" ".join(words[-n:])) in _PREFIX_KEYS:
            before = words[:-n]
            each = {_key(" ".join(before[-k:])) for k in (1, 2) if len(before) >= k}
            if each & _EACH:
                return False  # "mỗi nhà 60 triệu đồng" is an amount per house
            # "Phường 5" is a name, "chi ngân sách phường 88,2 tỷ đồng" an amount
            return not (end is not None and _key(" ".join(words[-n:])) in _PLACE_NAME_KEYS
                        and _measure_follows(text, start, end))
    return False


_PREFIX_KEYS = {_key(w) for w in NUMBER_PREFIXES}
_SURNAME_KEYS = {tone_key(w) for w in _SURNAMES}
_COUNT_PREFIXES = {_key(w) for w in COUNT_PREFIXES}
_EACH = {_key(w) for w in EACH_WORDS}
_PLACE_NAME_KEYS = {_key(w) for w in PLACE_NAME_PREFIXES}
_NOT_COUNTED = _PREFIX_KEYS | {_key(w) for w in PLACE_NOUNS}


def _measure_follows(text: str, start: int, end: int) -> bool:
    """A figure that is a quantity, not a place's number: written with a separator ("88,2",
    "1.200"), or followed by "%", money, a scale word or a counted noun from the tables that
    is not itself a place ("Tổ 5 khu phố 3" stays a name)."""
    if re.search(r"[.,]", text[start:end]):
        return True
    if _ADDRESS_AFTER.match(text, end):
        return False  # "tổ 17 cụm Ngọc Thụy", "tổ 3 ngõ 12": an address, not 17 "cụm"
    read = _read_unit(text, end, guess=False)
    if not read:
        return False
    unit, _, _, money = read
    first = _key(unit.split()[0]) if unit.split() else ""
    return money or unit.startswith("%") or first in _SCALES or _key(unit) not in _NOT_COUNTED


# --- context: place, period, target, label ------------------------------------------------

# "phường"/"xã" before a name, or bare before punctuation ("... của xã."); not "xã hội" (society)
_WARD_WORD = re.compile(r"\b(?:[Pp]hường|[Xx]ã(?!\s+hội)|PHƯỜNG|XÃ|P\.)(?:\s+|(?=[.,;:!?)\"”]|$))")
# Upper-case letters only: "À-Ỹ" as a range also holds the lower-case letters ("quận đã có").
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and c.isalpha())
_NAME = re.compile(r"(?:[" + _UPPER + r"][^\W\d_]*|\d+)(?:(?:\s+|\s*-\s*)(?:[" + _UPPER + r"][^\W\d_]*|\d+))*")
# A ward's name may join its parts with any dash: "phường Văn Miếu – Quốc Tử Giám".
_WARD_NAME = re.compile(r"(?:[" + _UPPER + r"][^\W\d_]*|\d+)(?:(?:\s+|\s*[-–—]\s*)(?:[" + _UPPER + r"][^\W\d_]*|\d+))*")
# After a numbered place's number: an address word with its own name or number ("tổ 17 cụm
# Ngọc Thụy", "tổ 2 số nhà 15"); the word in any case, the name capitalised or a number.
_ADDRESS_AFTER = re.compile(
    r"[ \t]+(?i:" + "|".join(re.escape(w) for w in sorted(ADDRESS_WORDS, key=len, reverse=True))
    + r")[ \t]+(?:\d|[" + _UPPER + r"])")
_PROVINCE_WORD = re.compile(r"\b(?:[Tt]hành phố|TP\.?|[Tt]ỉnh|Thủ đô)(?:\s*(" + _NAME.pattern + r"))?")
_DISTRICT = re.compile(r"\b(?:[Qq]uận|[Hh]uyện|[Tt]hị xã)\s+((?!\d)" + _NAME.pattern + ")")
_PERIOD = re.compile(
    r"(?:\d+ tháng (?:đầu|cuối) năm|năm|nhiệm kỳ|giai đoạn|quý [IV]+(?:/| năm )?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)"
    r"|(?:nhiệm kỳ|giai đoạn)\s+\d{4}\s*[-–]\s*\d{4}", re.IGNORECASE)


def _paren_spans(sent: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", sent)]


BARE = "*"  # code of a bare "phường"/"xã" marker until `_resolve_bare` names its ward


def _pending(code) -> bool:
    """A marker whose ward `_resolve_bare` has still to name: a bare "phường"/"xã" (BARE), or a
    former ward (a tuple of the codes of the 2025 units it went into)."""
    return code == BARE or isinstance(code, tuple)


def _former_code(gaz: Gazetteer, name: str, province: str) -> tuple:
    """The codes of the 2025 units a former ward named `name` went into (maybe none known)."""
    words = name.split()
    for k in range(len(words), 0, -1):
        found = gaz.resolve_former(" ".join(words[:k]), province)
        if found:
            return tuple(sorted({c for f in found for c in f.successor_codes}))
    return ()


def _markers(sent: str, gaz: Gazetteer, place: str | None, province: str, line_start: bool):
    """Places named in a sentence: list of (offset, place, code, locative). Parenthesised asides
    ("phường Đống Đa (Hà Nội)") are skipped. A bare "phường"/"xã" ("của phường", "HĐND phường")
    gets the code BARE: which ward it means depends on the paragraph (`_resolve_bare`)."""
    parens = _paren_spans(sent)
    out = []
    ward_ends = []  # where a named ward ends: a city right after it is an apposition
    share_of = set()  # a city that cannot own a figure before it

    def inside(i):
        return any(s <= i < e for s, e in parens)

    for m in _WARD_WORD.finditer(sent):
        if inside(m.start()):
            continue
        nm = _WARD_NAME.match(sent, m.end())
        if nm and not (nm.group()[:1].isupper() or nm.group()[:1].isdigit()):
            nm = None  # "của phường đạt": a lower-case word is no name
        unit = _resolve_run(gaz, nm.group(), province, _ward_type(m.group())) if nm else None
        if nm:
            ward_ends.append(nm.start() + len(unit_text(nm.group(), unit).rstrip(" -–—")) if unit else nm.end())
        if nm and _FORMER_AFTER.match(sent, nm.end()):
            out.append((m.start(), place, _former_code(gaz, nm.group(), province)))  # "phường X (cũ)"
        elif unit:
            out.append((m.start(), unit.name, unit.code))
            if re.search(r"(?<!\w)(?:các|những)\s+$", sent[max(0, m.start() - 8):m.start()], re.IGNORECASE):
                out.extend(_list_members(sent, nm.start() + len(unit_text(nm.group(), unit)), gaz, province))
        elif nm and _person_after(gaz, nm.group(), province) and _is_bare_ward(sent, m):
            out.append((m.start(), place, BARE))  # "Chủ tịch UBND phường Ngô Thị Lan Phương"
        elif not nm and _is_bare_ward(sent, m):
            out.append((m.start(), place, BARE))  # "Đảng ủy phường": a ward named before, or the doc's
    if line_start:
        hm = re.match(r"\s*([^:\n]{2,40}):\s", sent)
        if hm and not _WARD_WORD.match(hm.group(1)):
            unit = gaz.resolve(hm.group(1).strip(), province)
            if unit:
                out.append((0, unit.name, unit.code))
    for m in _DISTRICT.finditer(sent):
        if not inside(m.start()) and not _FORMER_AFTER.match(sent, m.end()):
            out.append((m.start(), m.group(1).strip(), None))  # a former district, as written
    for w in COUNTRY_WORDS:
        for m in re.finditer(r"\b" + re.escape(w) + r"\b", sent, re.IGNORECASE):
            if not inside(m.start()):
                out.append((m.start(), "cả nước", None))
    for m in _PROVINCE_WORD.finditer(sent):
        if inside(m.start()) or _GIVER_AFTER.match(sent, m.end()) \
                or re.search(r"(?<!\w)cấp\s+$", sent[max(0, m.start() - 6):m.start()], re.IGNORECASE):
            continue  # "danh hiệu ... cấp Thành phố": a level, not a place
        named = _province_name(gaz, m.group(1) or "")
        if named:
            out.append((m.start(), named, None))
        elif m.group(1) and m.group(1)[:2].isupper():
            continue  # "TP.HCM"-style abbreviation of a province we do not know
        elif sent[m.start()].isupper() or sent[m.start():m.start() + 6].lower() == "thủ đô" \
                or sent[max(0, m.start() - 5):m.start()].lower().endswith("toàn "):
            out.append((m.start(), province, None))  # "Thành phố", "toàn thành phố": the page's city
        elif not (m.group(1) or " ")[:1].isupper() and _city_is_place(sent, m.start()):
            out.append((m.start(), province, None))  # "trên địa bàn thành phố", "của thành phố"
            if re.search(r"của\s+$", sent[max(0, m.start() - 6):m.start()]):
                share_of.add(m.start())  # after a figure: "chiếm 5% tổng thu của thành phố" is a share
    for m in re.finditer(r"\b" + re.escape(province) + r"\b", sent):
        if not inside(m.start()):
            out.append((m.start(), province, None))
    head = _SUBJECT_PROVINCE.match(sent)
    if head:  # "Bắc Ninh thu hút 1,2 tỷ USD vốn FDI": a province as the subject of a headline
        named = _province_name(gaz, head.group(1))
        if named and fold_key(named) == fold_key(head.group(1)):
            out.append((head.start(1), named, None))
    for body in BODY_NAMES:  # "Kỳ họp thứ 10, Quốc hội khóa XV: Thông qua 12 luật"
        for m in re.finditer(r"(?<!\w)" + re.escape(body) + r"(?!\w)", sent):
            if not inside(m.start()) and _CLAUSE_HEAD.search(sent[:m.start()]) and _BODY_ACTS.match(sent, m.end()):
                out.append((m.start(), body, None))
    for m in _WHOLE_PARTY.finditer(sent):  # "đảng viên trong toàn Đảng bộ": the doc's own party body
        if not inside(m.start()):
            out.append((m.start(1), place, BARE))
    out = _drop_recipients(sent, out)
    # "Phường đề xuất Thành phố bổ sung ...": the addressee of a request is not the figure's place,
    # nor a partner ("Hội đã phối hợp với các hợp tác xã ở xã B tổ chức 6 lớp")
    out = [mk for mk in out if not _ADDRESSEE_BEFORE.search(sent[max(0, mk[0] - 40):mk[0]])
           and not _PARTNER_BEFORE.search(sent[max(0, mk[0] - 60):mk[0]])]
    merged = _MERGED.search(sent)
    if merged:  # "trên cơ sở sáp nhập phường A, phường B": A and B are what the ward was formed from
        out = [mk for mk in out if mk[0] < merged.start()]
    # "phường An Cựu, TP Huế": a city right after a ward only says where the ward is
    out = [(o, p, c) for o, p, c in out
           if c is not None and not _pending(c) or not any(_APPOSITION.fullmatch(sent[e:o]) for e in ward_ends if e <= o)]
    out = [(o, p, c, o not in share_of and bool(_LOCATIVE.search(sent[max(0, o - 40):o])))
           for o, p, c in sorted(set(out), key=lambda m: m[0])]
    return out


# "toàn Đảng bộ" with no unit after it: the party organisation the doc is about.
_WHOLE_PARTY = re.compile(r"(?<!\w)toàn\s+([Đđ]ảng\s+bộ)(?!\w)(?!\s*(?:[Pp]hường|[Xx]ã|[Tt]hành phố|[Tt]ỉnh|[Qq]uận|[Hh]uyện|TP"
                          r"|[" + _UPPER + r"]))")
_RECIPIENT_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(RECIPIENT_VERBS, key=len, reverse=True))
                               + r")\s+(?:cho\s+)?(?:(?:UBND|nhân dân|người dân|bà con)\s+)?$", re.IGNORECASE)
# From one recipient to the next of a list: "thành phố Hồ Chí Minh và tỉnh Bình Dương".
_RECIPIENT_LIST = re.compile(r"[^;:.!?\d]{1,60}?(?:,|\svà|\scùng)\s+$")


def _drop_recipients(sent: str, out: list) -> list:
    """Markers without the places that receive a gift after a giving verb ("Hà Nội gửi tặng
    thành phố A và tỉnh B 6.000 tấn gạo": A and B), when a place before the verb gives it."""
    out = sorted(out, key=lambda mk: mk[0])
    dropped, keep = [], []
    for mk in out:
        gift = _RECIPIENT_BEFORE.search(sent, max(0, mk[0] - 40), mk[0])
        if gift and any(k[0] < gift.start() for k in keep):
            dropped.append(mk)
            continue
        if dropped and _RECIPIENT_LIST.fullmatch(sent[dropped[-1][0]:mk[0]]) \
                and not re.search(r"(?<!\w)(?:đã|đạt|có|là|được)(?!\w)", sent[dropped[-1][0]:mk[0]]):
            dropped.append(mk)
            continue
        keep.append(mk)
    return keep


_FORMER_AFTER = re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in sorted(FORMER_MARKS, key=len, reverse=True))
                           + r")(?!\w)", re.IGNORECASE)
_ADDRESSEE_BEFORE = re.compile(r"(?<!\w)(?<![Tt]heo )(?<![Tt]ờ )(?:" + "|".join(re.escape(w) for w in sorted(ADDRESSEE_VERBS, key=len, reverse=True))
                               + r")\s+(?:(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|lãnh đạo)\s+)?$",
                               re.IGNORECASE)
_PARTNER_BEFORE = re.compile(r"(?<!\w)(?:phối hợp với|phối hợp cùng|liên kết với|hợp tác với|ký kết với)"
                             r"\s+(?:[^\W\d_]+\s+){0,5}$", re.IGNORECASE)
_SUBJECT_PROVINCE = re.compile(r"[\s\"“‘'(\-–]*((?:[" + _UPPER + r"][^\W\d_]*)(?:\s+[" + _UPPER + r"][^\W\d_]*){0,3})"
                               r"(?=\s*:|\s+(?![" + _UPPER + r"])[^\W\d_])")
# After a body's name as a subject: its term ("khóa XV"), then ":" or a lower-case verb.
_BODY_ACTS = re.compile(r"(?:\s+kh[óo]a\s+[IVXLC]+)?(?:\s*:|\s+[a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ])")


def _ward_type(word: str) -> str | None:
    """"phường" or "xã" for the type word before a name ("Phường", "P.", "XÃ ")."""
    w = word.strip().lower()
    return "phường" if w in ("phường", "p.") else "xã" if w == "xã" else None


def _resolve_run(gaz: Gazetteer, run: str, province: str, type: str | None = None):
    """The unit the longest leading words of a capitalised run name ("Văn Miếu – Quốc Tử Giám
    tổ chức" -> the ward Văn Miếu - Quốc Tử Giám), or None. A unit of another province than
    `province` counts only when it has the type written before the name (`type`): "phường Văn
    Miếu" on a Hà Nội page is not xã Văn Miếu of Phú Thọ; "phường Bến Thành" is Hồ Chí Minh's."""
    words = re.split(r"(\s+)", run)
    for k in range(len(words), 0, -1):
        cand = "".join(words[:k]).strip(" -–—")
        if not cand:
            continue
        unit = gaz.resolve(cand, province)
        if unit is None:
            if k > 1 and gaz.former_only(cand):
                return None  # "phường Láng Hạ" is the old ward, not the 2025 "Láng" cut short
            continue
        if not province or fold_key(unit.province) == fold_key(province) or type is None or unit.type == type:
            return unit
    return None


def unit_text(name_run: str, unit) -> str:
    """The leading words of a capitalised run that name `unit` ("Quảng Bị, Hòa Phú" -> "Quảng Bị")."""
    words = re.split(r"(\s+)", name_run)
    for k in range(len(words), 0, -1):
        cand = "".join(words[:k]).strip(" -–—")
        if cand and tone_key(cand) == tone_key(unit.name):
            return "".join(words[:k])
    return name_run


def _list_members(sent: str, pos: int, gaz: Gazetteer, province: str) -> list:
    """The wards after the first of a plural list ("các xã Quảng Bị, Hòa Phú, Trần Phú và ..."):
    names joined by "," or "và", each resolved in `province`; the list ends at a name that is
    no ward or a word that is no name."""
    out = []
    while True:
        sep = re.match(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)", sent[pos:])
        if not sep:
            break
        at = pos + sep.end()
        nm = _NAME.match(sent, at)
        if not nm or not nm.group()[:1].isupper():
            break
        unit = None
        words = re.split(r"(\s+)", nm.group())
        for k in range(len(words), 0, -1):
            cand = "".join(words[:k]).strip(" -")
            if cand and (unit := gaz.resolve(cand, province)) is not None and tone_key(unit.name) == tone_key(cand):
                pos = at + len("".join(words[:k]).rstrip())
                break
            unit = None
        if unit is None:
            break
        out.append((at, unit.name, unit.code))
    return out


def _person_after(gaz: Gazetteer, name: str, province: str) -> bool:
    """A capitalised run after "phường"/"xã" that is a person's name, not a unit's: it starts
    with a surname and no leading part of it names a unit, current or former
    ("Chủ tịch UBND phường Ngô Thị Lan Phương")."""
    words = name.split()
    if len(words) < 2 or tone_key(words[0]) not in _SURNAME_KEYS:
        return False
    for k in range(len(words), 0, -1):
        head = " ".join(words[:k])
        if gaz.candidates(head) or gaz.resolve_former(head, None):
            return False
    return True


_GIVER_AFTER = re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in GIVER_VERBS) + r")\b", re.IGNORECASE)

def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A merge verb, up to four words and a count, then a ward type: "sáp nhập phường", "sắp xếp 10 phường"
_MERGED = re.compile(r"(?<!\w)(?:" + _alternatives(MERGE_WORDS) + r")\s+(?:[^\W\d_]+\s+){0,4}?(?:\d+\s+)?"
                     r"(?:" + _alternatives(WARD_TYPES) + r")\b", re.IGNORECASE)
_APPOSITION = re.compile(r"\s*[,–-]\s*(?:(?:TP\.?|[Tt]hành phố|[Tt]ỉnh)\s*)?")

# Words before a bare "phường"/"xã" that make it one ward ("UBND phường", "toàn xã", "ngân sách xã"),
# unlike a plural ("126 xã, phường", "các phường").
_OWN_WARD_BEFORE = re.compile(r"(?:ủy|uỷ|UBND|HĐND|MTTQ|bộ|quyền|của|tại|bàn|toàn|dân|ngân sách|lãnh đạo|(?<!\w)cả)\s+$",
                              re.IGNORECASE)

# What comes before a capitalised bare "Phường"/"Xã" that is the subject of its sentence
# ("Phường đã hoàn thành ...", "\"Xã có ..."): nothing, or an opening quote or dash.
_SUBJECT_WARD = re.compile(r"[\s\"“'‘(\-–]*")

# Words before a lower-case "thành phố" that make it the page's city as the place of a figure
# ("trên địa bàn thành phố", "của thành phố"), unlike a city agency ("các sở, ngành thành phố").
_CITY_OWNER_BEFORE = re.compile(r"(?<!\w)(?:của|bàn|tại|ở|trong|khắp|cả)\s+$", re.IGNORECASE)
# ... unless it is the giver of a plan or the base of a comparison in the same clause
# ("đạt 100% kế hoạch của thành phố", "thấp hơn mức bình quân của thành phố").
_CITY_NOT_PLACE_BEFORE = re.compile(
    r"(?:(?<!\w)(?:hơn|so với)\s+(?:[^\W\d_]+\s+){0,4}"
    r"|(?<!\w)(?:" + "|".join(re.escape(w) for w in TARGET_WORDS + GIVER_NOUNS) + r")\s+(?:của\s+)?)$",
    re.IGNORECASE)

def _is_bare_ward(sent: str, m: re.Match) -> bool:
    """A "phường"/"xã" with no name that means one ward: after an owner word ("UBND phường",
    "của xã", "Cả phường"), or as the subject of its sentence, capitalised ("Phường đã ...") or
    after an introductory phrase ("Bước vào nhiệm kỳ mới, xã đặt mục tiêu ..."). Not the word
    for every commune ("HĐND xã, phường", "các xã, phường", "HĐND cấp xã")."""
    if _GENERIC_WARD_BEFORE.search(sent[max(0, m.start() - 16):m.start()]) or _GENERIC_WARD_AFTER.match(sent, m.end()):
        return False
    verb_after = re.match(r"\s+[^\W\d_]", sent[m.end() - 1:])
    if sent[m.start()].islower():
        return bool(_OWN_WARD_BEFORE.search(sent[max(0, m.start() - 12):m.start()])) \
            or bool(_INTRO_PHRASE.fullmatch(sent[:m.start()]) and verb_after)
    return bool(_SUBJECT_WARD.fullmatch(sent[:m.start()]) and verb_after)


# "phường"/"xã" as the word for every commune: a pair or a level ("HĐND xã, phường",
# "các xã, phường", "cấp xã", "xã và phường").
_WARD_TYPE_WORD = r"(?:phường|xã|thị trấn)"
_GENERIC_WARD_BEFORE = re.compile(r"(?:(?<!\w)(?:cấp|các|những|mọi|từng)|(?<!\w)" + _WARD_TYPE_WORD
                                  + r"\s*(?:,|và|hoặc))\s*$", re.IGNORECASE)
_GENERIC_WARD_AFTER = re.compile(r"\s*(?:,|và|hoặc|/)\s*" + _WARD_TYPE_WORD + r"(?!\w)", re.IGNORECASE)
# One introductory phrase and its comma at the head of a sentence ("Bước vào nhiệm kỳ
# 2025-2030, ", "Sau sáp nhập, "): the word after it is the sentence's subject.
_INTRO_PHRASE = re.compile(r"[\s\"“'‘(\-–]*[" + _UPPER + r"][^,;:.!?\n]{2,80},\s+")


# A lower-case "thành phố" after the name of one of its bodies ("UBND thành phố sẽ họp"), or
# alone at the head of a clause as its subject ("..., thành phố đã hỗ trợ ...").
_CITY_BODY_BEFORE = re.compile(r"(?<!\w)(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|chính quyền)\s+$",
                               re.IGNORECASE)
_CLAUSE_HEAD = re.compile(r"(?:^|[,;:.]\s*)[\"“‘'(\-–\s]*$")


def _city_is_place(sent: str, start: int) -> bool:
    """A lower-case "thành phố" at `start` that is the page's city as a place ("trên địa bàn
    thành phố", "của thành phố", "UBND thành phố sẽ ...", "..., thành phố đã ..."), not the
    giver of a plan or the base of a comparison."""
    head = sent[max(0, start - 20):start]
    subject = bool(_CLAUSE_HEAD.search(sent[:start])) and bool(re.match(r"thành phố\s+[^\W\d_]", sent[start:]))
    if not (_CITY_OWNER_BEFORE.search(head[-12:]) or _CITY_BODY_BEFORE.search(head) or subject):
        return False
    return not _CITY_NOT_PLACE_BEFORE.search(re.split(r"[,;:]", sent[:start])[-1])


# Words that introduce a place after a figure as where it happened ("tại 26 tổ ... của phường X").
_OWNER_BODY = r"(?:" + "|".join(re.escape(w) for w in sorted(OWNER_BODIES, key=len, reverse=True)) + r")"
_LOCATIVE = re.compile(r"(?:địa bàn|tại|toàn|của|ở)\s+(?:" + _OWNER_BODY + r"\s+)?$", re.IGNORECASE)


def _province_name(gaz: Gazetteer, name: str) -> str | None:
    """The province a capitalised run starts with ("Hà Nội Trần Văn A" -> "Hà Nội"), or None."""
    from ..text import fold_key

    words = name.replace(".", " ").split()
    for k in range(min(len(words), 4), 0, -1):
        head = " ".join(words[:k])
        alias = PROVINCE_ALIASES.get(fold_key(head))
        if alias:
            return alias
        if gaz.is_province(head):
            return next(p for p in gaz.provinces if fold_key(p) == fold_key(head))
    return None


def _resolve_bare(markers, earlier_wards, fallback):
    """Give each bare "phường"/"xã" marker its ward: the ward named last before it in the sentence,
    else in an earlier sentence of the paragraph (`earlier_wards`), else the first ward named
    later in the sentence ("'Cả phường có ...', ông X, Chủ tịch UBND phường Y, nói"), else the
    doc's own ward (`fallback`, with code None)."""
    named = [m for m in markers if m[2] is not None and not _pending(m[2])]
    out = []
    for o, p, c, loc in markers:
        if isinstance(c, tuple):  # a former ward: the ward the page names that it went into, else the doc's
            around = [m for m in named if m[0] < o][::-1] + list(earlier_wards)[::-1] + [m for m in named if m[0] > o]
            part_of = next((m for m in around if m[2] in c), None)
            p, c = (part_of[1], part_of[2]) if part_of else (fallback, None)
        elif c == BARE:
            before = [m for m in named if m[0] < o]
            after = [m for m in named if m[0] > o]
            if before:
                p, c = before[-1][1], before[-1][2]
            elif earlier_wards:
                p, c = earlier_wards[-1][1], earlier_wards[-1][2]
            elif after:
                p, c = after[0][1], after[0][2]
            else:
                p, c = fallback, None
        out.append((o, p, c, loc))
    return out


# Between a figure and a ward marker after it, in one noun phrase: no clause break, no figure.
_SAME_PHRASE = re.compile(r"[^;:.!?()\d\n]{0,100}")


def _possessor_after(sent: str, offset: int, markers, before, home: str | None) -> tuple | None:
    """A ward that owns the noun phrase after the figure ("200 đại biểu ... tiêu biểu của xã"),
    when the last place before the figure is a city or district in an earlier clause or another
    member of a list (the title of a person: "Trưởng Ban Dân vận Thành ủy Hà Nội; cùng ... 200
    đại biểu ... của xã"; "lãnh đạo của thành phố và 300 đại biểu của phường")."""
    if not before or before[-1][2] is not None:
        return None
    between = sent[before[-1][0]:offset]
    if ";" not in between and ", " not in between and not re.search(r"(?<!\w)(?:và|cùng)(?!\w)", between):
        return None  # "Thành phố hỗ trợ 50 hộ của xã": the city is the subject of the figure's clause
    fig = re.match(r"[\d.,/]+", sent[offset:])
    start = offset + (fig.end() if fig else 0)
    for m in markers:
        if m[0] <= start or (m[2] is None and m[1] != home):
            continue
        if _OWNER_BEFORE.search(sent[max(0, m[0] - 40):m[0]]) and _same_phrase(sent[start:m[0]]):
            return m
        break
    return None


# Before a ward that owns the noun phrase before it: "của (Đảng bộ) phường X", "trong toàn Đảng bộ".
_OWNER_BEFORE = re.compile(r"(?:(?<!\w)của\s+(?:" + _OWNER_BODY + r"\s+)?|(?<!\w)toàn\s+)$")


def _same_phrase(between: str) -> bool:
    """Whether a figure and a ward after it are in one noun phrase: no clause break; another
    figure may stand in it ("199 đại biểu đại diện cho 3.776 đảng viên trong toàn Đảng bộ"),
    unless it is a member of its own joined by "và"/"cùng"/","."""
    plain = re.sub(r"\d+(?:[.,]\d+)*", "0", between)
    if "0" in plain and re.search(r"(?:,|(?<!\w)và|(?<!\w)cùng)\s+(?:[^\W\d_]+\s+){0,3}0", plain):
        return False
    return bool(_SAME_PHRASE.fullmatch(plain.replace("0", "x")))


# Between a figure and a place after it: a break into another clause.
_CLAUSE_BREAK = re.compile(r"[;:!?]")


_INTRO_OPENING = re.compile(r"[\s\"“'‘(\-–]*(?:Với|Được|Sau khi|Trên cơ sở|Từ|Là|Gồm|Bao gồm|Nằm|Sở hữu)(?!\w)")


def _subject_ward(sent: str, offset: int, markers) -> tuple | None:
    """The named ward that is the subject of the sentence's main clause, after the figure's
    introductory phrase: at the head of a clause and followed by a lower-case word, not by
    another member of a list ("Được thành lập trên cơ sở 12 phường ..., phường X hiện có ...").
    Only when the sentence opens with a participle or preposition that makes its head an
    introductory phrase ("Với", "Được", "Sau khi", "Từ"): "Năm 2025, thu đạt 300 tỷ đồng,
    phường X cũng ..." may be another ward's news."""
    if not _INTRO_OPENING.match(sent):
        return None
    for m in markers:
        if m[0] <= offset or m[2] is None or _pending(m[2]):
            continue
        if not re.search(r",\s*$", sent[:m[0]]):
            continue
        w = _WARD_WORD.match(sent, m[0])
        nm = _WARD_NAME.match(sent, w.end()) if w else None
        if nm and re.match(r"\s+(?!(?:và|hoặc|cùng|với)\b)[a-zà-ỹđ]", sent[nm.end():]):
            return m
    return None


def _place_for(offset: int, markers, later_markers, fallback, sent: str = "") -> tuple[str | None, str | None]:
    before = [m for m in markers if m[0] < offset]
    owner = _possessor_after(sent, offset, markers, before, fallback[0]) if sent else None
    if owner:
        return owner[1], owner[2]
    if before:
        return before[-1][1], before[-1][2]
    # a place after the figure, where it happened, only in the figure's own clause
    after = [m for m in markers if m[0] > offset and m[3] and not _CLAUSE_BREAK.search(sent, offset, m[0])] \
        if sent else [m for m in markers if m[0] > offset and m[3]]
    subject = _subject_ward(sent, offset, markers) if sent else None
    if subject and (not after or subject[0] < after[0][0] or after[0][2] is None):
        return subject[1], subject[2]  # "Được thành lập từ 12 phường ..., phường X hiện có ..."
    if after:
        return after[0][1], after[0][2]
    if later_markers:
        return later_markers[-1][1], later_markers[-1][2]
    return fallback


def _period(sent: str, offset: int) -> str | None:
    # "tăng 8% so với năm 2024": the year compared with is not the figure's period
    found = [m for m in _PERIOD.finditer(sent) if not re.search(r"(?:so với|hơn)\s*$", sent[max(0, m.start() - 10):m.start()])]
    if not found:
        return None
    before = [m for m in found if m.start() < offset]
    if not before:
        # a period after the figure counts only in its own clause: "giải ngân đạt 95% ...; báo cáo
        # ... trước Kỳ họp thứ 28, nhiệm kỳ 2021-2026" is the council's term, not the figure's
        found = [m for m in found if not re.search(r"[;:]", sent[offset:m.start()])]
        if not found:
            return None
    m = before[-1] if before else found[0]
    p = m.group().strip().lower()
    if p.startswith("năm "):
        p = p[4:]
    p = re.sub(r"\s*[-–]\s*", "-", p)
    return " ".join(p.split())


def _is_target(sent: str, offset: int) -> bool:
    """A goal word said before the figure. Not one that is the counted noun of another figure
    ("15 chỉ tiêu và 3 khâu đột phá"), the base of a comparison ("đạt 112% kế hoạch, chi ...",
    "vượt kế hoạch"), the name of a document ("Kế hoạch số 12/KH-UBND"), or the end of a past
    span ("từ năm 2020 đến năm 2025")."""
    head = sent[:offset].lower()
    turns = [m.end() for m in _CONTRAST.finditer(head)]
    if turns:
        head = head[turns[-1]:]
    if _REQUIRED.search(head):
        return True  # "tỷ lệ ... phải đạt 95%", "yêu cầu ... tỷ lệ giải ngân đạt 100%"
    for w in TARGET_WORDS:
        for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", head):
            before, after = head[:m.start()], head[m.end():]
            if (re.search(r"[\d%]\s*$", before) and not re.search(r"(?<![\d.,])(?:19|20)\d\d\s*$", before)) \
                    or _BASE_BEFORE.search(before):
                continue  # "15 chỉ tiêu" is counted; "năm 2026 chỉ tiêu ... là" is a goal
            if re.match(r"\s*(?:số\b|\d+\s*[/-])", after):
                continue  # "Kế hoạch số 45", "Kế hoạch 45/KH-UBND"
            if re.search(r"(?<!\w)chương trình\s*$", before):
                continue  # "Chương trình mục tiêu quốc gia ...": the name of a programme
            if w == "đến năm" and re.search(r"\btừ\b", before):
                continue
            return True
    return False


# A requirement in the figure's own clause: "phải đạt", or "yêu cầu ... đạt" (not "đáp ứng
# yêu cầu", "theo yêu cầu"): the figure is what must be reached. "tối thiểu" alone is no goal.
_REQUIRED = re.compile(r"(?:(?<!\w)phải\s+đạt|(?<!\w)(?<!ứng )(?<!theo )(?<!cầu )yêu cầu\s+(?!của)[^;:.]*?(?<!\w)đạt)"
                       r"(?!\w)[^,;:.]*$")
_CONTRAST = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in CONTRAST_WORDS) + r")(?!\w)")
_BASE_BEFORE = re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(w) for w in BASE_WORDS) + r")\s*$")


def _label(sent: str, offset: int) -> str | None:
    """What a figure measures: the subject of the verb right before it ("tổng thu ngân sách
    đạt trên 390 tỷ đồng"), or the measure noun right before it ("tỷ lệ 99,97%")."""
    head = sent[:offset]
    head = re.split(r"[;:.!?()]|, ", head)[-1]
    words = head.split()
    while words and _key(words[-1]) in _APPROX:
        words.pop()
    if len(words) >= 2 and _key(" ".join(words[-2:])) in _CUT_FALSE:
        return None  # "giải phóng mặt bằng 15.000 m2": no verb before the figure
    if words and (_key(words[-1]) in _LABEL_CUTS or _key(" ".join(words[-2:])) in _LABEL_CUTS):
        while words and (_key(words[-1]) in _LABEL_CUTS or _key(" ".join(words[-2:])) in _LABEL_CUTS):
            del words[-(2 if _key(" ".join(words[-2:])) in _LABEL_CUTS and len(words) >= 2 else 1):]
        while words and _key(words[-1]) in {_key("đã"), _key("ước"), _key("sẽ")}:
            words.pop()
        while len(words) >= 2 and _key(" ".join(words[-2:])) in _TARGET_VERBS:  # "phấn đấu đạt"
            del words[-2:]
        for i in range(len(words) - 1, -1, -1):
            if _key(words[i]) in _LABEL_STARTS or _key(" ".join(words[i:i + 2])) in _LABEL_STARTS:
                words = words[i + (2 if _key(" ".join(words[i:i + 2])) in _LABEL_STARTS else 1):]
                break
        while True:  # a figure inside the subject ends it, unless only a period stands before
            i = next((i for i, w in enumerate(words) if any(c.isdigit() for c in w)), None)
            if i is None:
                break
            if all(_key(w) in _PERIOD_WORDS for w in words[:i]):
                words = words[i + 1:]
            else:
                words = words[:i]
    elif len(words) >= 2 and _key(" ".join(words[-2:])) in _MEASURES:
        words = words[-2:]
    else:
        return None
    text = " ".join(words)
    for t in LABEL_TRIMS:
        m = re.search(r"(?:^|\s)" + re.escape(t) + r"\b", text, re.IGNORECASE)
        if m:
            text = text[:m.start()]
    text = text.strip(" ,-–")
    return text or None


# --- noun before the figure ("số đơn vị bầu cử ... là 182") --------------------------------

_NOUN_BEFORE = re.compile(r"\b(?:[Tt]ổng\s+)?[Ss]ố\s+(?:lượng\s+)?")


def _unit_before(text: str, sent_start: int, start: int, end: int) -> str | None:
    """The counted noun of "(tổng) số <noun> ... là <figure>" when the figure ends a clause."""
    after = text[end:end + 2]
    if after and not re.match(r"\s*(?:[.;,)]|$)", after) and after[:1] not in ("", "\n"):
        return None
    head = text[sent_start:start]
    if not re.search(r"\blà\s*$", head):
        return None
    clause_start = max(head.rfind(";"), head.rfind(". "))
    head = head[clause_start + 1:]
    for m in _NOUN_BEFORE.finditer(head):
        pos = m.end()
        toks = _tokens(head, pos)
        n = _match(head, toks, 0, _NOUNS)
        if n and toks[0][0] == pos:
            return head[toks[0][0]:toks[n - 1][1]]
    return None


def _amount(value: int | float, rate: float, money: bool) -> int | float | None:
    """A money figure in đồng ("30.801 triệu đồng" -> 30801000000); None for other units."""
    amount = value * rate if money and rate else None
    if isinstance(amount, float) and amount.is_integer():
        amount = int(amount)
    return amount


def find_metrics(text: str, gaz: Gazetteer, place: str | None, province: str = DEFAULT_PROVINCE) -> list[MetricHit]:
    """Every reported quantity in `text`, in order. `place` is the ward the text is about;
    a figure belongs to it unless its sentence names another unit.

    >>> from wardcli.gazetteer import load_gazetteer
    >>> h = find_metrics("Thu ngân sách đạt 30.801 triệu đồng.", load_gazetteer(), "Tây Tựu")[0]
    >>> (h.value, h.unit, h.amount_dong, h.place)
    (30801, 'triệu đồng', 30801000000, 'Tây Tựu')
    """
    home_code = None
    if place:
        u = gaz.resolve(place, province)
        home_code = u.code if u else None
    hits: list[MetricHit] = []
    figures = iter_figures(text)
    if not figures:
        return hits
    spans = sentence_spans(text)
    cache: dict[tuple[int, int], list] = {}

    def para_first(i: int) -> int:
        para_start = text.rfind("\n", 0, spans[i][0]) + 1
        first = i
        while first > 0 and spans[first - 1][0] >= para_start:
            first -= 1
        return first

    def markers_of(i: int) -> list:
        """The sentence's markers, bare "phường"/"xã" resolved against the paragraph so far."""
        s0, s1 = spans[i]
        if (s0, s1) not in cache:
            line_start = s0 == 0 or text[s0 - 1] == "\n"
            raw = _markers(text[s0:s1], gaz, place, province, line_start)
            wards = []
            if any(_pending(m[2]) for m in raw):
                wards = [m for j in range(para_first(i), i) for m in markers_of(j) if m[2] is not None]
            cache[(s0, s1)] = _resolve_bare(raw, wards, place)
        return cache[(s0, s1)]

    si = 0
    context_at: dict[int, int] = {}  # upper end of a range -> its lower end
    for k, fig in enumerate(figures):
        while si < len(spans) - 1 and spans[si][1] <= fig.start:
            si += 1
        s0, s1 = spans[si]
        if not (s0 <= fig.start < s1) or _prefix_blocks(text, fig.start, fig.pair_end or fig.end) \
                or _is_year_context(text, fig):
            continue
        read = _unit_of(text, fig)
        if read is None and k + 1 < len(figures):
            read = _range_unit(text, fig, figures[k + 1], s1)
            if read is not None:
                context_at[figures[k + 1].start] = fig.start  # the upper end's context is the lower's
        if read is None and not fig.pair_end:
            noun = _unit_before(text, s0, fig.start, fig.end)
            read = (noun, fig.end, 1, False) if noun else None
        row = _table_row(text, fig, gaz, province)
        if read is None and row and row[0]:
            read = (row[0], fig.end, 1, False)  # "Cầu Giấy | 1.245" under "Số hồ sơ"
        if read is None:
            continue
        unit, u_end, rate, money = read
        # earlier sentences of the same paragraph, for a sentence that names no place
        first = para_first(si)
        earlier = [m for j in range(first, si) for m in markers_of(j) if m[2] is not None or m[1] != place]
        if earlier and not markers_of(si):
            # the nearest earlier sentence that names places names several wards ("các xã A, B và
            # phường C bị chia cắt. Chính quyền cơ sở đã sơ tán 1.832 hộ"): a figure of all of
            # them belongs to the province that holds them, not to the last one named
            last = next(ms for j in range(si - 1, first - 1, -1)
                        if (ms := [m for m in markers_of(j) if m[2] is not None or m[1] != place]))
            if len({m[2] for m in last if m[2] is not None and not _pending(m[2])}) >= 2 \
                    and not any(m[2] is None for m in last):
                earlier = [(last[-1][0], province, None, False)]
        off = context_at.get(fig.start, fig.start) - s0
        pl, code = _place_for(off, markers_of(si), earlier, (place, home_code), text[s0:s1])
        if row and row[1]:
            pl, code = row[1].name, row[1].code  # the unit a table row is about
        if pl == place and code is None:
            code = home_code
        if code is None and pl:
            code = gaz.province_code(pl)  # "Hà Nội" -> "01"
        sent = text[s0:s1]
        period, target, label = _period(sent, off), _is_target(sent, off), _label(sent, off)
        values = [(fig.start, fig.value, fig.raw)]
        if fig.pair_end:
            second = text[fig.end:fig.pair_end].lstrip(" /")
            values.append((fig.pair_end - len(second), parse_number(second), second))
        for fs, v, raw in values:
            hits.append(MetricHit(fs, u_end, v, unit, raw, label, pl, code, period, target, _amount(v, rate, money)))
    return hits


# The column headings of a table that name its rows' units.
_UNIT_HEADINGS = {"phuong", "xa", "phuong xa", "xa phuong", "don vi", "ten don vi", "dia phuong", "dia ban"}


def _table_row(text: str, fig: Figure, gaz: Gazetteer, province: str):
    """For a figure in a table row written with "|" (a page's table as text): (the counted noun
    its column heading gives, or None; the 2025 unit the row names in a "Phường"/"Đơn vị" column,
    or None). None when the figure is in no table. The heading is the first line of the block of
    "|" lines: "STT | Phường | Số hồ sơ | Tỷ lệ đúng hạn" gives "hồ sơ" and the row's ward."""
    ls = text.rfind("\n", 0, fig.start) + 1
    le = text.find("\n", fig.start)
    le = len(text) if le < 0 else le
    line = text[ls:le]
    if line.count("|") < 1:
        return None
    col = text[ls:fig.start].count("|")
    cells = [c.strip() for c in line.split("|")]
    if not re.fullmatch(r"[\d.,/]+\s*%?", cells[col] if col < len(cells) else ""):
        return None  # the figure shares its cell with words: read as prose
    above = [x for x in text[:ls].split("\n") if x.strip()]  # rows may be set apart by blank lines
    block = []
    while above and "|" in above[-1]:
        block.append(above.pop())
    if not block:
        return None  # no heading above
    heading = [c.strip() for c in block[-1].split("|")]
    if len(heading) != len(cells):
        return None
    noun = None
    h = re.sub(r"^(?:tổng số|số lượng|số)\s+", "", heading[col], flags=re.IGNORECASE)
    toks = _tokens(h, 0)
    n = _match(h, toks, 0, _NOUNS) if toks else 0
    if n == len(toks) and n and re.match(r"(?:tổng số|số lượng|số)\s", heading[col], re.IGNORECASE):
        noun = h
    unit = None
    for hc, c in zip(heading, cells):
        if fold_key(hc).replace("/", " ").replace(",", " ").split() and \
                " ".join(fold_key(hc).replace("/", " ").replace(",", " ").split()) in _UNIT_HEADINGS:
            u = gaz.resolve(c, province)
            if u is not None and tone_key(u.name) == tone_key(gaz.split_type(c)[1]):
                unit = u
    return noun, unit


def lead_place(text: str, gaz: Gazetteer, province: str = DEFAULT_PROVINCE) -> str | None:
    """The place the first sentence of a lead or summary names first, as the subject of the
    story ("HNP - UBND thành phố Hà Nội vừa trao 200 suất học bổng" -> "Hà Nội"), or None. For a
    teaser whose title names no place: its figures belong there before the page's ward.

    >>> from wardcli.gazetteer import load_gazetteer
    >>> lead_place("HNP - UBND thành phố Hà Nội vừa trao 200 suất học bổng.", load_gazetteer())
    'Hà Nội'
    """
    spans = sentence_spans(text)
    if not spans:
        return None
    s0, s1 = spans[0]
    marks = [m for m in _markers(text[s0:s1], gaz, None, province, True) if not _pending(m[2]) and m[1]]
    return marks[0][1] if marks else None


def _unit_of(text: str, fig: Figure):
    """The unit after a figure (after the second of "a/b"). A bare year-like figure ("2013")
    takes only a unit from the tables: "Hiến pháp 2013 quy định" is no count of "quy định"."""
    bare_year = not fig.pair_end and is_year(fig.raw)
    return _read_unit(text, fig.pair_end or fig.end, nouns_only=fig.date_like, guess=not bare_year)


# Between the two ends of a range: "20-25%", "20 – 25%", "từ 20 đến 25%", "20 tới 25 hộ".
_RANGE_GAP = re.compile(r"\s*(?:[-–~]|" + "|".join(re.escape(w) for w in RANGE_WORDS) + r")\s*")


def _range_unit(text: str, fig: Figure, nxt: Figure, sent_end: int):
    """The lower end of a range shares the unit of the upper end ("từ 20 đến 25%" gives 20%
    and 25%), when the upper end is a quantity in the same sentence. Dates and years are not
    ranges here ("20-25/8" is no figure; "2020-2025" is dropped before)."""
    if fig.pair_end or nxt.pair_end or nxt.start >= sent_end or is_year(fig.raw):
        return None
    if not _RANGE_GAP.fullmatch(text[fig.end:nxt.start]):
        return None
    return _unit_of(text, nxt)


def _is_year_context(text: str, fig: Figure) -> bool:
    """A year written alone or as a range ("2025-2030", "2020 - 2025")."""
    if not is_year(fig.raw):
        return False
    after = text[fig.end:fig.end + 4]
    before = text[max(0, fig.start - 3):fig.start]
    return bool(re.match(r"\s*[-–]\s*\d", after) or re.search(r"[-–]\s*$", before))
