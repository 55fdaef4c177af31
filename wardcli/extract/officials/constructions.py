"""A paragraph's statements: which names hold which role chains.

Constructions:
- chain, then name: "Phó Chủ tịch UBND Thành phố Trương Việt Dũng", also after ", ông"/", Thượng
  tá"/" - " ("Trưởng Công an phường X, Thượng tá Y"); after a plural ("các Phó Chủ tịch UBND
  phường A và B") every listed name holds the chain;
- name, then chain after "," "-" "(" (or directly after an honorific: "đồng chí A Phó Bí thư ..."):
  "đồng chí Nguyễn Khắc Định, Phó Chủ tịch Quốc hội", lists "có các đồng chí: A - Bí thư ...; B - ...";
- an appointment or delegation after either: "... được chỉ định giữ chức Bí thư Đảng ủy
  phường X", "bầu đồng chí A làm ...", "được giao quyền Chủ tịch ...", "... làm Trưởng đoàn"
  (the delegation's name is taken from the sentence); names joined by ",", "và" or "cùng" before
  it all take it ("bầu ông A và bà B giữ chức Phó Chủ tịch UBND xã");
- a caption's position note between name and chain is skipped ("Bà A (giữa), Chủ tịch ..."), and
  a biography in brackets between a name and its appointment ("A (sinh năm ...) được ...").

In a list "A - role, role B", a role right before a name opens B's item; "role A - role" gives A
both. Ranks and honorifics are dropped. Former office holders ("nguyên Bí thư") are not
officials. Every construction needs a title and a family name: a token that opens neither a
title, an honorific, a rank nor a name (`vocab.OPENERS`) is passed over.
"""

from __future__ import annotations

from dataclasses import dataclass

from .chain import Parser, Role
from .vocab import (AND_JOINS, APPOINT, FORMERLY, HONORIFICS, LIST_JOINS, OPENERS, PASSIVE, PLURALS,
                    RANKS, ROLE_OPENERS, SURNAMES, TITLES)


@dataclass
class Found:
    """A name and the roles a paragraph gives it."""

    name: str
    start: int
    end: int
    roles: list[Role]
    tok: int  # token index of the name


def parse_paragraph(p: Parser) -> list[Found]:
    """Every (name, roles) the paragraph states, left to right."""
    toks = p.toks
    found: list[Found] = []
    i = 0
    keys, cap = p.keys, p.cap
    while i < len(toks):
        if keys[i] not in OPENERS and not (cap[i] and keys[i] in SURNAMES):
            i += 1  # no title, honorific, rank or family name: nothing starts here
            continue
        # chain, then name
        roles, j = p.chain(i) if keys[i] in ROLE_OPENERS else ([], i)
        if roles:
            # "Nguyên Bí thư Thành đoàn Hà Nội A được chỉ định làm ...": a post A no longer holds
            past = i > 0 and toks[i - 1].key == FORMERLY
            k = _province_aside(p, p.skip(j, RANKS))  # "... phường X, tỉnh Y, ông Z"
            if k < len(toks) and toks[k].text in {",", "-", "–"} and (
                    p.at(k + 1, HONORIFICS) or p.at(k + 1, RANKS)):
                k = p.skip(p.skip_honorific(k + 1), RANKS)  # "Chủ tịch UBND phường X, ông Y"
            elif k < len(toks) and toks[k].text in {"-", "–"} and p.is_name(k + 1):
                k += 1  # "Chủ tịch UBND phường X - Nguyễn Văn Y"
            elif k < len(toks) and toks[k].text == ":" and _plural_before(p, roles[0].start) \
                    and p.is_name(k + 1):
                k += 1  # "Các Phó Chủ tịch UBND phường X: A, B"
            name, e = p.name(k, after_role=True)
            if name:
                more, e2 = _after(p, e)
                if not more and e < len(toks) and toks[e].text in {"-", "–"}:
                    # "Thành ủy viên, Phó Chủ tịch HĐND A - Phó Trưởng Đoàn ...": more of A's
                    more, e3 = p.chain(e + 1)
                    if more and not p.name(p.skip(e3, RANKS), after_role=True)[0]:
                        e2 = e3
                    else:
                        more = []
                if not past or more:
                    found.append(Found(name, toks[k].start, toks[e - 1].end,
                                       more if past else roles + more, k))
                i = max(e2, e)
                if i == e and _plural_before(p, roles[0].start) and not past:
                    # "các Phó Chủ tịch UBND phường A và B": every name listed holds the office
                    while i + 1 < len(toks) and toks[i].key in AND_JOINS:
                        name, e = p.name(i + 1, after_role=True)
                        if not name or (e < len(toks) and toks[e].text in {",", "-", "–", "("}
                                        and p.chain(e + 1)[0]):
                            break
                        found.append(Found(name, toks[i + 1].start, toks[e - 1].end, roles, i + 1))
                        i = e
                continue
            i = j
            continue
        # name, then chain
        k = p.skip(p.skip_honorific(i), RANKS)
        name, e = p.name(k)
        if name and k == i and p.gaz.exact_units(name) and any(
                u.province == p.province for u in p.gaz.exact_units(name)):
            name = None  # a bare ward name ("Hoàng Liệt - ..."), unless an honorific says otherwise
        if name:
            # "đồng chí A, Bí thư ..."; with an honorific also "đồng chí A Bí thư ..." (no comma)
            a = _skip_aside(p, e)  # "Bà A (giữa), Chủ tịch ...": a caption's position note
            sep = a < len(toks) and toks[a].text in {",", "-", "–", "("}
            if sep or (k > i and a < len(toks)):
                roles, j = p.chain(a + 1 if sep else a)
                if roles and p.name(p.skip(j, RANKS), after_role=True)[0]:
                    # "A - Chánh Thanh tra Bộ X, Giám đốc Sở Y Nguyễn Văn B", "title A, title
                    # B": the last role opens the next item, held by the name after it
                    if len(roles) > 1:
                        found.append(Found(name, toks[k].start, toks[e - 1].end, roles[:-1], k))
                    i = roles[-1].start
                    continue
                if roles:
                    more, j2 = _after(p, j)
                    found.append(Found(name, toks[k].start, toks[e - 1].end, roles + more, k))
                    i = max(j, j2)
                    continue
            more, j2 = _after(p, _skip_brackets(p, e))  # "A (sinh năm ..., quê ...) được ..."
            if not more and _skip_brackets(p, e) > e:
                more, j2 = _later_appointment(p, _skip_brackets(p, e))
            if more:
                found.append(Found(name, toks[k].start, toks[e - 1].end, more, k))
                i = j2
                continue
            listed, e2 = _name_list(p, e)
            if listed:
                more, j2 = _after(p, e2)
                if more:
                    # "bầu ông A và bà B giữ chức Phó Chủ tịch UBND": every listed name takes it
                    for n2, k2, e3 in [(name, k, e), *listed]:
                        found.append(Found(n2, toks[k2].start, toks[e3 - 1].end, more, k2))
                    i = j2
                    continue
            i = e
            continue
        if k < len(toks) and p.alpha[k] and p.cap[k] and toks[k].key in SURNAMES:
            # A name-like run ruled out (a place, a street, a ward): no person starts inside it
            # either ("Nhà văn hóa Nguyễn Văn Cừ": not "Văn Cừ"); a title inside it still may.
            j = k + 1
            while j < len(toks) and p.alpha[j] and p.cap[j] and not p.at(j, TITLES) \
                    and not p.at(j, HONORIFICS) and not p.at(j, RANKS):
                j += 1
            i = max(i + 1, j)
            continue
        i += 1
    return found


def _province_aside(p: Parser, k: int) -> int:
    """Past ", <province>" after a chain when ", <honorific or rank>" follows it ("Phó Chủ tịch
    UBND xã X, tỉnh Y, ông Z", "... phường X, Hà Nội, bà Z"): the ward's province, said in passing
    between the office and its holder; else k."""
    toks = p.toks
    if k + 2 >= len(toks) or toks[k].text != ",":
        return k
    place, e = p.territory(k + 1)
    if place is None or not (p.gaz.is_province(place) or p.gaz.current_province(place)):
        return k
    if e + 1 < len(toks) and toks[e].text == "," and (p.at(e + 1, HONORIFICS) or p.at(e + 1, RANKS)):
        return e
    return k


def _skip_aside(p: Parser, e: int) -> int:
    """Past a short parenthesised note after a name that holds no role ("(giữa)", "(thứ hai từ
    trái sang)"), when a separator and a role chain follow it; else e."""
    toks = p.toks
    if e >= len(toks) or toks[e].text != "(" or p.chain(e + 1)[0]:
        return e
    for j in range(e + 1, min(e + 9, len(toks))):
        if toks[j].text == ")":
            a = j + 1
            if a + 1 < len(toks) and toks[a].text in {",", "-", "–"} and p.chain(a + 1)[0]:
                return a
            return e
        if toks[j].text in "();":
            return e
    return e


def _skip_brackets(p: Parser, e: int) -> int:
    """Past a parenthesised aside of any length at e (a biography: "(sinh năm 1975, quê ...)"),
    nested brackets included; e when none starts there or it is not closed."""
    toks = p.toks
    if e >= len(toks) or toks[e].text != "(":
        return e
    depth = 0
    for j in range(e, len(toks)):
        if toks[j].text == "(":
            depth += 1
        elif toks[j].text == ")":
            depth -= 1
            if depth == 0:
                return j + 1
    return e


def _later_appointment(p: Parser, b: int) -> tuple[list[Role], int]:
    """After a name and its biography in brackets, the roles of a passive appointment ("được chỉ
    định làm ...") further on in the same sentence, past the rest of the biography ("A (sinh năm
    ...) có trình độ ...; từng giữ chức ...; được chỉ định làm ..."); none when the sentence ends
    or another person is named first."""
    toks = p.toks
    for j in range(b, min(b + 120, len(toks))):
        if toks[j].text in {".", "!", "?", ":"} or p.name(p.skip(p.skip_honorific(j), RANKS))[0]:
            return [], b
        if toks[j].key == PASSIVE and p.at(j, APPOINT):
            return _after(p, j)
    return [], b


def _name_list(p: Parser, e: int) -> tuple[list[tuple[str, int, int]], int]:
    """Further names joined by ",", "và" or "cùng" after a name ending at token e ("A, B và bà
    C"), each with an optional honorific or rank: [(name, start token, end token)], end of the
    list; none when a listed name has its own role ("A và bà C, Phó Chủ tịch ...")."""
    toks = p.toks
    out: list[tuple[str, int, int]] = []
    while e + 1 < len(toks) and toks[e].key in LIST_JOINS:
        k = p.skip(p.skip_honorific(e + 1), RANKS)
        name, e2 = p.name(k)
        if not name:
            break
        if e2 < len(toks) and toks[e2].text in {",", "-", "–", "("} and p.chain(e2 + 1)[0]:
            return [], e  # that name's own office: no list
        out.append((name, k, e2))
        e = e2
    return out, e


def _plural_before(p: Parser, i: int) -> bool:
    """A plural word right before token i ("các Phó Chủ tịch", "hai Phó Chủ tịch")."""
    return i > 0 and p.toks[i - 1].key in PLURALS


def _after(p: Parser, i: int) -> tuple[list[Role], int]:
    """Roles given by an appointment phrase at i ("được chỉ định giữ chức ...", "làm ...")."""
    k = i + 1 if i < len(p.toks) and p.toks[i].text == "," else i  # "A, Bí thư ..., được bầu ..."
    n = p.at(k, APPOINT)
    if not n:
        return [], i
    roles, j = p.chain(k + n)
    return roles, (j if roles else i)
