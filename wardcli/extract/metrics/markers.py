"""Places named in one sentence ("markers"): wards, former wards, districts, provinces, the
country, a bare "phường"/"xã" that means one ward, minus addressees, partners, recipients
and the wards a ward was merged from."""

from __future__ import annotations

import re

from ...gazetteer import Gazetteer
from ...text import fold_key
from ..numbers import _matches_at
from ..units import (
    ADDRESSEE_VERBS, BODY_NAMES, COUNTRY_WORDS, GIVER_NOUNS, GIVER_VERBS, MERGE_WORDS, RECIPIENT_VERBS,
    TARGET_WORDS, WARD_TYPES)
from .words import _FORMER_AFTER, _NAME, _OWNER_BODY, _UPPER, _WARD_NAME, _WARD_WORD
from .names import (
    _former_code, _list_members, _person_after, _province_name, _resolve_run, _ward_type, unit_text)

_PAREN = re.compile(r"\([^()]*\)")
# "các"/"những" (plural) before a ward word
_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|những)\s+$", re.IGNORECASE)
# a line led by a name and a colon ("Cầu Giấy: ...")
_LINE_HEAD = re.compile(r"\s*([^:\n]{2,40}):\s")
# "cấp" (level) before a city word
_LEVEL_BEFORE = re.compile(r"(?<!\w)cấp\s+$", re.IGNORECASE)
_OF_BEFORE = re.compile(r"của\s+(?:toàn\s+)?$")  # "của (toàn) thành phố": the whole a share is of
_CLAUSE_VERB = re.compile(r"(?<!\w)(?:đã|đạt|có|là|được)(?!\w)")
_WORD_AFTER = re.compile(r"\s+[^\W\d_]")
_CITY_THEN_WORD = re.compile(r"(?:thành phố|tỉnh)\s+[^\W\d_]")  # "..., tỉnh có 124 xã"
_CLAUSE_MARKS = re.compile(r"[,;:]")


def _starts(low: str, words) -> list[int]:
    """Where any of `words` starts in `low`, in order."""
    found = set()
    for w in words:
        i = low.find(w)
        while i >= 0:
            found.add(i)
            i = low.find(w, i + 1)
    return sorted(found)


# The words that lead each pattern below, lower case: the patterns are tried only where one of
# them stands (`_matches_at`), not at every character.
_WARD_WORDS = ("phường", "xã", "p.")
_DISTRICT_WORDS = ("quận", "huyện", "thị xã")
_PROVINCE_WORDS = ("thành phố", "tp", "tỉnh", "thủ đô")
_ADDRESSEE_WORDS = tuple(w.lower() for w in ADDRESSEE_VERBS)
_PARTNER_WORDS = ("phối hợp", "liên kết", "hợp tác", "ký kết")
_LOCATIVE_WORDS = ("địa bàn", "tại", "toàn", "của", "ở")
_COUNTRY_WORDS = tuple(w.lower() for w in COUNTRY_WORDS)
_MERGE_WORDS = tuple(w.lower() for w in MERGE_WORDS)
# Letters that a case-blind pattern matches but lower() does not give ("ſ" for "s", "ı" for "i").
_FOLD_TRAPS = re.compile("[ıſẛ]")
_PROVINCE_WORD = re.compile(r"\b(?:[Tt]hành phố|TP\.?|[Tt]ỉnh|Thủ đô)(?:\s*(" + _NAME.pattern + r"))?")

_DISTRICT = re.compile(r"\b(?:[Qq]uận|[Hh]uyện|[Tt]hị xã)\s+((?!\d)" + _NAME.pattern + ")")


def _paren_spans(sent: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PAREN.finditer(sent)]


BARE = "*"  # code of a bare "phường"/"xã" marker until `_resolve_bare` names its ward


def _pending(code) -> bool:
    """A marker whose ward `_resolve_bare` has still to name: a bare "phường"/"xã" (BARE), or a
    former ward (a tuple of the codes of the 2025 units it went into)."""
    return code == BARE or isinstance(code, tuple)


def _markers(sent: str, gaz: Gazetteer, place: str | None, province: str, line_start: bool):
    """Places named in a sentence: list of (offset, place, code, locative). Parenthesised asides
    ("phường Đống Đa (Hà Nội)") are skipped. A bare "phường"/"xã" ("của phường", "HĐND phường")
    gets the code BARE: which ward it means depends on the paragraph (`_resolve_bare`)."""
    parens = _paren_spans(sent)
    low = sent.lower()
    if len(low) != len(sent) or _FOLD_TRAPS.search(sent):
        low = None  # lower() does not show what the patterns match: run them all

    def near(at: int, width: int, words) -> bool:  # one of `words` in the `width` characters before
        return low is None or any(w in low[max(0, at - width):at] for w in words)

    def scan(pattern: re.Pattern, words):  # pattern.finditer(sent), tried only where `words` stand
        return pattern.finditer(sent) if low is None else _matches_at(pattern, sent, _starts(low, words))

    out = []
    ward_ends = []  # where a named ward ends: a city right after it is an apposition
    share_of = set()  # a city that cannot own a figure before it

    def inside(i):
        return any(s <= i < e for s, e in parens)

    for m in scan(_WARD_WORD, _WARD_WORDS):
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
            if _PLURAL_BEFORE.search(sent[max(0, m.start() - 8):m.start()]):
                out.extend(_list_members(sent, nm.start() + len(unit_text(nm.group(), unit)), gaz, province))
        elif nm and _person_after(gaz, nm.group(), province) and _is_bare_ward(sent, m):
            out.append((m.start(), place, BARE))  # "Chủ tịch UBND phường Ngô Thị Lan Phương"
        elif not nm and _is_bare_ward(sent, m):
            out.append((m.start(), place, BARE))  # "Đảng ủy phường": a ward named before, or the doc's
    if line_start:
        hm = _LINE_HEAD.match(sent)
        if hm and not _WARD_WORD.match(hm.group(1)):
            unit = gaz.resolve(hm.group(1).strip(), province)
            if unit:
                out.append((0, unit.name, unit.code))
    for m in scan(_DISTRICT, _DISTRICT_WORDS):
        if not inside(m.start()) and not _FORMER_AFTER.match(sent, m.end()):
            out.append((m.start(), m.group(1).strip(), None))  # a former district, as written
    for m in scan(_COUNTRY, _COUNTRY_WORDS):
        if not inside(m.start()):
            out.append((m.start(), "cả nước", None))
    for m in scan(_PROVINCE_WORD, _PROVINCE_WORDS):
        if inside(m.start()) or _GIVER_AFTER.match(sent, m.end()) \
                or _LEVEL_BEFORE.search(sent[max(0, m.start() - 6):m.start()]):
            continue  # "danh hiệu ... cấp Thành phố": a level, not a place
        named = _province_name(gaz, m.group(1) or "")
        if named:
            out.append((m.start(), named, None))
        elif m.group(1) and m.group(1)[:2].isupper():
            continue  # "TP.HCM"-style abbreviation of a province we do not know
        elif sent[m.start()].isupper() or sent[m.start():m.start() + 6].lower() == "thủ đô" \
                or sent[max(0, m.start() - 5):m.start()].lower().endswith("toàn "):
            out.append((m.start(), province, None))  # "Thành phố", "toàn thành phố": the page's city
            if _OF_BEFORE.search(sent[max(0, m.start() - 10):m.start()]):
                share_of.add(m.start())  # "chiếm 22% số phòng của toàn thành phố" is a share
        elif not (m.group(1) or " ")[:1].isupper() and _city_is_place(sent, m.start()):
            out.append((m.start(), province, None))  # "trên địa bàn thành phố", "của thành phố"
            if _OF_BEFORE.search(sent[max(0, m.start() - 6):m.start()]):
                share_of.add(m.start())  # after a figure: "chiếm 5% tổng thu của thành phố" is a share
    for m in _province_pattern(province).finditer(sent) if province in sent else ():
        if not inside(m.start()):
            out.append((m.start(), province, None))
    head = _SUBJECT_PROVINCE.match(sent)
    if head:  # "Bắc Ninh thu hút 1,2 tỷ USD vốn FDI": a province as the subject of a headline
        named = _province_name(gaz, head.group(1))
        if named and fold_key(named) == fold_key(head.group(1)):
            out.append((head.start(1), named, None))
    for body, pattern in _BODIES:  # "Kỳ họp thứ 10, Quốc hội khóa XV: Thông qua 12 luật"
        if body not in sent:
            continue
        for m in pattern.finditer(sent):
            if not inside(m.start()) and _CLAUSE_HEAD.search(sent[:m.start()]) and _BODY_ACTS.match(sent, m.end()):
                out.append((m.start(), body, None))
    for m in scan(_WHOLE_PARTY, ("toàn",)):  # "đảng viên trong toàn Đảng bộ": the doc's own party body
        if not inside(m.start()):
            out.append((m.start(1), place, BARE))
    out = _drop_recipients(sent, out)
    # "Dự có đồng chí A, Bí thư Thành ủy Cần Thơ; 250 đại biểu ...": the place in the office of
    # an attendee, closing an item of the list, is not where the figures after it are
    out = [mk for mk in out if not (_OFFICE_BEFORE.search(sent[max(0, mk[0] - 40):mk[0]])
                                    and _ITEM_END_AFTER.match(sent, mk[0]) or _PARTY_ITEM_END.match(sent, mk[0]))]
    # "Phường đề xuất Thành phố bổ sung ...": the addressee of a request is not the figure's place,
    # nor a partner ("Hội đã phối hợp với các hợp tác xã ở xã B tổ chức 6 lớp")
    out = [mk for mk in out
           if not (near(mk[0], 40, _ADDRESSEE_WORDS) and _ADDRESSEE_BEFORE.search(sent[max(0, mk[0] - 40):mk[0]]))
           and not (near(mk[0], 60, _PARTNER_WORDS) and _PARTNER_BEFORE.search(sent[max(0, mk[0] - 60):mk[0]]))]
    merged = next(iter(scan(_MERGED, _MERGE_WORDS)), None) if out else None
    if merged:  # "trên cơ sở sáp nhập phường A, phường B": A and B are what the ward was formed from
        out = [mk for mk in out if mk[0] < merged.start()]
    # "phường An Cựu, TP Huế": a city right after a ward only says where the ward is
    out = [(o, p, c) for o, p, c in out
           if c is not None and not _pending(c) or not any(_APPOSITION.fullmatch(sent[e:o]) for e in ward_ends if e <= o)]
    out = [(o, p, c, o not in share_of and near(o, 40, _LOCATIVE_WORDS) and bool(_LOCATIVE.search(sent[max(0, o - 40):o])))
           for o, p, c in sorted(set(out), key=lambda m: m[0])]
    return out


_OFFICE_BEFORE = re.compile(r"(?:Thành ủy|Thành uỷ|Tỉnh ủy|Tỉnh uỷ|UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân"
                            r"|Hội đồng nhân dân|Đảng ủy|Đảng uỷ|MTTQ)\s+$")
_ITEM_END_AFTER = re.compile(r"(?:(?:[Pp]hường|[Xx]ã|[Tt]ỉnh|[Tt]hành phố|TP\.?)\s*)?" + _NAME.pattern + r"\s*;")

# "Tỉnh ủy Nghệ An;" closing an attendee's office: the province's party committee is a marker
_PARTY_ITEM_END = re.compile(r"(?:Thành|Tỉnh) u?[ủu]y\s+" + _NAME.pattern + r"\s*;")

_COUNTRY = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in COUNTRY_WORDS) + r")\b", re.IGNORECASE)

_BODIES = [(b, re.compile(r"(?<!\w)" + re.escape(b) + r"(?!\w)")) for b in BODY_NAMES]

_PROVINCE_PATTERNS: dict[str, re.Pattern] = {}


def _province_pattern(province: str) -> re.Pattern:
    """The page province's name as a whole word, compiled once per province."""
    pattern = _PROVINCE_PATTERNS.get(province)
    if pattern is None:
        pattern = _PROVINCE_PATTERNS[province] = re.compile(r"\b" + re.escape(province) + r"\b")
    return pattern


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
                and not _CLAUSE_VERB.search(sent[dropped[-1][0]:mk[0]]):
            dropped.append(mk)
            continue
        keep.append(mk)
    return keep


_ADDRESSEE_BEFORE = re.compile(r"(?<!\w)(?<![Tt]heo )(?<![Tt]ờ )(?:" + "|".join(re.escape(w) for w in sorted(ADDRESSEE_VERBS, key=len, reverse=True))
                               + r")\s+(?:(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|lãnh đạo)\s+)?$",
                               re.IGNORECASE)


_PARTNER_BEFORE = re.compile(r"(?<!\w)(?:phối hợp với|phối hợp cùng|liên kết với|hợp tác với|ký kết với)"
                             r"\s+(?:[^\W\d_]+\s+){0,5}$", re.IGNORECASE)


_SUBJECT_PROVINCE = re.compile(r"[\s\"“‘'(\-–]*((?:[" + _UPPER + r"][^\W\d_]*)(?:\s+[" + _UPPER + r"][^\W\d_]*){0,3})"
                               r"(?=\s*:|\s+(?![" + _UPPER + r"])[^\W\d_])")


# After a body's name as a subject: its term ("khóa XV"), then ":" or a lower-case verb.
_BODY_ACTS = re.compile(r"(?:\s+kh[óo]a\s+[IVXLC]+)?(?:\s*:|\s+[a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ])")

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
    verb_after = _WORD_AFTER.match(sent[m.end() - 1:])
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
    subject = bool(_CLAUSE_HEAD.search(sent[:start])) and bool(_CITY_THEN_WORD.match(sent[start:]))
    if not (_CITY_OWNER_BEFORE.search(head[-12:]) or _CITY_BODY_BEFORE.search(head) or subject):
        return False
    return not _CITY_NOT_PLACE_BEFORE.search(_CLAUSE_MARKS.split(sent[:start])[-1])


_LOCATIVE = re.compile(r"(?:địa bàn|tại|toàn|của|ở)\s+(?:" + _OWNER_BODY + r"\s+)?$", re.IGNORECASE)
