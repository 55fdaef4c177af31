"""What a figure counts: the unit, currency or counted noun written after it ("6.523 đảng
viên", "390 tỷ đồng", "62 tạ/ha"), or before it ("số đơn vị bầu cử ... là 182"); the lower
end of a range shares the upper end's unit."""

from __future__ import annotations

import re

from ..numbers import Figure, is_year
from ..units import MAX_NOUN_SYLLABLES, RANGE_WORDS
from .words import (
    _AND, _CLASSIFIERS, _COMPOUNDS, _CURRENCY, _FORMER_AFTER, _HEADS, _NON, _NOUNS, _PLACES, _QUALS,
    _RATE_SUFFIX, _RUN_ENDS, _SCALES, _STOP, _TASKS, _adjacent, _key, _match, _tokens)

_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.;,)]|$)")
# "... là" (is) right before the figure
_IS_BEFORE = re.compile(r"\blà\s*$")


def _task_run(text: str, toks, i: int) -> int:
    """Tokens of task nouns joined by "và" or ",": "nhiệm vụ và giải pháp" -> 4."""
    n = _match(text, toks, i, _TASKS)
    if not n:
        return 0
    j = i + n
    while toks.has(j):
        gap = text[toks[j - 1].end:toks[j].start]
        k = j
        if gap == " " and toks[j].key == _AND:
            k = j + 1
        elif gap != ", ":
            break
        if not toks.has(k) or (k > j and text[toks[k - 1].end:toks[k].start] != " "):
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
        return (text[toks[0].start:toks[n - 1].end], toks[n - 1].end, 1, False) if n else None
    rest = text[end:end + 3]
    if rest.startswith("%") or rest.startswith(" %"):
        m = _RATE_SUFFIX.match(text, text.index("%", end) + 1)
        return text[text.index("%", end):m.end()], m.end(), 1, False
    toks = _tokens(text, end)
    if not toks or not _adjacent(text, end, toks[0]):
        return None
    i = 0
    scale = 1
    if toks[0].key in _SCALES:
        scale = _SCALES[toks[0].key]
        i = 1
    money = _read_money(text, end, toks, i, scale)
    if money:
        return money
    if i == 1 and (not toks.has(1) or not _adjacent(text, toks[0].end, toks[1])):
        return toks[0].text, toks[0].end, 1, False  # "390 tỷ"
    if toks.has(i) and scale == 1 and _match(text, toks, i, _NON) >= max(1, _match(text, toks, i, _NOUNS)):
        return None  # "80 năm", "6 tháng"; a longer counted noun wins ("200 ngày công")
    n = 0
    if toks[i].key in _CLASSIFIERS and toks.has(i + 1) and _adjacent(text, toks[i].end, toks[i + 1]):
        t = _task_run(text, toks, i + 1)
        if t:
            n = 1 + t
    if not n:
        n = max(_task_run(text, toks, i), _match(text, toks, i, _NOUNS))
    if not n and guess:
        n = _fallback(text, toks, i)
    if n and _key(" ".join(t.text for t in toks[i:i + n])) in _HEADS and toks.has(i + n) \
            and _adjacent(text, toks[i + n - 1].end, toks[i + n]):
        run = _noun_run(text, toks, i + n, acronyms=True)  # "9 điểm nấu ăn", "56 điểm Wi-Fi"
        if n + run <= MAX_NOUN_SYLLABLES:
            n += run
    elif n and toks.has(i + n) and _adjacent(text, toks[i + n - 1].end, toks[i + n]) \
            and _mixed_acronym(toks[i + n].text):
        n += 1  # "212.460 tài khoản VNeID"
    if not n and i == 1:  # "390 tỷ": the scale word alone
        return toks[0].text, toks[0].end, 1, False
    if not n:
        return None
    last = toks[i + n - 1]
    if _match(text, toks, i, _PLACES) == n and _names_its_places(text, toks, i + n, last.end):
        return None  # "2 phường Cầu Giấy và Nghĩa Đô", "Cả 3 xã trước sáp nhập" count the places they name
    u_end = _RATE_SUFFIX.match(text, last.end).end()  # "62 tạ/ha", "2 lần/tuần"
    return text[toks[0].start if i else toks[i].start:u_end], u_end, 1, False


def _names_its_places(text: str, toks, j: int, end: int) -> bool:
    """After a count of units ("3 xã" ending at `end`, next token toks[j]): their names
    ("3 xã Liên Mạc, Chu Phan", "2 phường: A và B") or a word making them the former units a
    ward was formed from ("Cả 3 xã trước sáp nhập", "5 phường cũ")."""
    if _FORMER_AFTER.match(text, end):
        return True
    if not toks.has(j) or not toks[j].text[:1].isupper() or toks[j].key in _STOP:
        return False
    return text[end:toks[j].start] in (" ", ": ", " gồm ", " là ")


def _read_money(text: str, end: int, toks, i: int, scale: int):
    """scale? + currency (+ "/người/năm"): ("tỷ đồng", end, đồng per unit, True), or None.
    A longer counted noun wins ("640 đồng chí" is people, not money)."""
    if not toks.has(i) or (i and not _adjacent(text, toks[i - 1].end, toks[i])):
        return None
    word = toks[i].key
    two = _key(text[toks[i].start:toks[i + 1].end]) if toks.has(i + 1) else ""
    size = 2 if two in _CURRENCY else (1 if word in _CURRENCY else 0)
    if not size or _match(text, toks, i, _NOUNS) > size:
        return None
    u_end = _RATE_SUFFIX.match(text, toks[i + size - 1].end).end()
    rate = _CURRENCY[two if size == 2 else word]
    return text[end:u_end].strip(), u_end, (scale * rate if rate else 0), True


def _fallback(text: str, toks, i: int) -> int:
    """A plain noun not in the tables: lower case ("12 căn hộ"), or capitalised out of respect
    before a lower-case syllable ("238 Đảng viên", not "Cầu Giấy"). Syllables are not words, so
    the noun is never cut inside a run of content syllables ("3 phòng chuyên môn", not "phòng
    chuyên"): it takes the whole run up to a stop word, qualifier, non-metric noun, punctuation
    or capitalised word, when the run is short enough to be one noun phrase; a longer run keeps
    its first syllable only, the head noun or classifier ("tổ", "đoàn")."""
    if not toks.has(i) or (i and not _adjacent(text, toks[i - 1].end, toks[i])):
        return 0
    w = toks[i].text
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
    while toks.has(k) and _adjacent(text, toks[k - 1].end, toks[k]):
        c = _match(text, toks, k, _COMPOUNDS)
        if c and all(_adjacent(text, toks[x - 1].end, toks[x]) for x in range(k + 1, k + c)):
            k += c
            continue
        nxt = toks[k].text
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


_NOUN_BEFORE = re.compile(r"\b(?:[Tt]ổng\s+)?[Ss]ố\s+(?:lượng\s+)?")


def _unit_before(text: str, sent_start: int, start: int, end: int) -> str | None:
    """The counted noun of "(tổng) số <noun> ... là <figure>" when the figure ends a clause."""
    after = text[end:end + 2]
    if after and not _CLAUSE_END_AFTER.match(after) and after[:1] not in ("", "\n"):
        return None
    head = text[sent_start:start]
    if not _IS_BEFORE.search(head):
        return None
    clause_start = max(head.rfind(";"), head.rfind(". "))
    head = head[clause_start + 1:]
    for m in _NOUN_BEFORE.finditer(head):
        pos = m.end()
        toks = _tokens(head, pos)
        n = _match(head, toks, 0, _NOUNS)
        if n and toks[0].start == pos:
            return head[toks[0].start:toks[n - 1].end]
    return None


def _amount(value: int | float, rate: float, money: bool) -> int | float | None:
    """A money figure in đồng ("30.801 triệu đồng" -> 30801000000); None for other units."""
    amount = value * rate if money and rate else None
    if isinstance(amount, float) and amount.is_integer():
        amount = int(amount)
    return amount


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
