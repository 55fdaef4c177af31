"""Which of a sentence's places a figure belongs to: the last one before it, an owner after it
("của xã"), the subject ward of the main clause; bare "phường"/"xã" given their ward."""

from __future__ import annotations

import re

from .words import _OWNER_BODY, _WARD_NAME, _WARD_WORD
from .markers import BARE, _pending

_AND_WORD = re.compile(r"(?<!\w)(?:và|cùng)(?!\w)")
_FIGURE_CHARS = re.compile(r"[\d.,/]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_JOINED_FIGURE = re.compile(r"(?:,|(?<!\w)và|(?<!\w)cùng)\s+(?:[^\W\d_]+\s+){0,3}0")
_COMMA_END = re.compile(r",\s*$")
_LOWER_VERB_AFTER = re.compile(r"\s+(?!(?:và|hoặc|cùng|với)\b)[a-zà-ỹđ]")


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
    if ";" not in between and ", " not in between and not _AND_WORD.search(between):
        return None  # "Thành phố hỗ trợ 50 hộ của xã": the city is the subject of the figure's clause
    fig = _FIGURE_CHARS.match(sent[offset:])
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
    plain = _NUMBER.sub("0", between)
    if "0" in plain and _JOINED_FIGURE.search(plain):
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
        if not _COMMA_END.search(sent[:m[0]]):
            continue
        w = _WARD_WORD.match(sent, m[0])
        nm = _WARD_NAME.match(sent, w.end()) if w else None
        if nm and _LOWER_VERB_AFTER.match(sent[nm.end():]):
            return m
    return None


def _place_in_sentence(offset: int, markers, home: str | None, sent: str) -> tuple[str | None, str | None] | None:
    """The place of a figure at `offset` that its own sentence names (`markers`), or None when
    the sentence names none for it (the caller then looks at the paragraph before)."""
    before = [m for m in markers if m[0] < offset]
    owner = _possessor_after(sent, offset, markers, before, home)
    if owner:
        return owner[1], owner[2]
    if before:
        return before[-1][1], before[-1][2]
    # a place after the figure, where it happened, only in the figure's own clause
    after = [m for m in markers if m[0] > offset and m[3] and not _CLAUSE_BREAK.search(sent, offset, m[0])]
    subject = _subject_ward(sent, offset, markers)
    if subject and (not after or subject[0] < after[0][0] or after[0][2] is None):
        return subject[1], subject[2]  # "Được thành lập từ 12 phường ..., phường X hiện có ..."
    if after:
        return after[0][1], after[0][2]
    return None
