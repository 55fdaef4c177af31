"""A role and a chain of roles.

A *role* is a title ("Phó Chủ tịch"), the bodies it belongs to ("HĐND", "Ban Thường vụ Thành
ủy", "Sở Xây dựng") and an optional territory ("phường Tương Mai", "Thành phố", "tỉnh X", "Hưng
Yên"). A *role chain* is one or more roles joined by ",", "-" or "và".

Titles take "Quyền"/"Q." in front ("Quyền Chủ tịch UBND"). A party title with no body before
another role ("Phó Bí thư, Chủ tịch UBND phường") is the party committee of that territory; so
is a bare "Ủy viên Ban Thường vụ" (Đảng ủy of a ward, Thành ủy of the city, Tỉnh ủy of a
province). Offices of a residential group or party cell ("Bí thư Chi bộ tổ dân phố số 5") keep
the ward as place and drop the group. A title inside a longer office is not that office ("Trợ lý
Tổng Bí thư", "Văn phòng Tổng Bí thư"). A body ending in "Trung ương"/"T.Ư" is central: place
"Trung ương". Abbreviations ("CT UBND", "PBT", "ĐU", "UVBTV",
"ĐBQH") are data in roles.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...lang.lexicon import phrase_key
from .. import roles as T
from .bodies import Bodies
from .vocab import (ACTING_SHORT, APPOINT, APPOINT_ENDS, BODIES, BODY_LIMITS, CENTRAL, CHARGE,
                    CITY_WORDS, LOCAL, NAMED_HEADS, NATIONAL_TITLES, NUMBER, OF, OPEN_TITLES,
                    PREFIXES, PROVINCE, SEPARATORS, SHORT_BODIES, SUB_TERRITORY, TITLES,
                    TITLE_OWNERS, WARD_WORDS)


@dataclass
class Role:
    """One office as read: title, bodies, and what decides its place (see placement.py)."""

    title: str
    bodies: list[str] = field(default_factory=list)
    level: str = "local"
    place: str | None = None  # from its own territory or inherent level
    org: str | None = None  # a non-party body ("Công an") a preceding "Đảng ủy" may share
    implied: bool = False  # body not written ("Phó Bí thư, Chủ tịch UBND phường")
    committee: bool = False  # "Ủy viên Ban Thường vụ" with no party committee written after it
    start: int = 0  # token index

    @property
    def text(self) -> str:
        return " ".join([self.title, *self.bodies])


def _central_suffix(body: str) -> bool:
    """A body's name ending in "Trung ương" ("Ban Tổ chức Trung ương")."""
    words = phrase_key(body)
    return any(len(words) > len(ph) and words[-len(ph):] == ph for ph in CENTRAL)


def _national_title_inside(body: str) -> bool:
    """A body named after a national leader's title ("Văn phòng Tổng Bí thư")."""
    words = phrase_key(body)
    return any(words[s:s + len(ph)] == ph for ph in NATIONAL_TITLES
               for s in range(1, len(words) - len(ph) + 1))


class Parser(Bodies):
    """The whole parser of one paragraph: roles and chains over names, territories, bodies."""

    def title_prefix(self, i: int) -> tuple[str | None, int]:
        """"Quyền"/"Q." before a title: (standard prefix, index of the title) or (None, i)."""
        toks = self.toks
        # "Quyền"/"Q." capitalised, or lower case right after an appointment ("được giao quyền")
        # or lower case right before a capitalised title ("quyền Bộ trưởng Bộ ...")
        if i < len(toks) and toks[i].key in PREFIXES and (
                self.cap[i] or (i > 0 and toks[i - 1].key in APPOINT_ENDS)
                or (toks[i].key != ACTING_SHORT and i + 1 < len(toks) and self.cap[i + 1]
                    and self.at(i + 1, TITLES))):
            if toks[i].key == ACTING_SHORT:
                if i + 1 < len(toks) and toks[i + 1].text == ".":
                    return PREFIXES[toks[i].key], i + 2
            else:
                return PREFIXES[toks[i].key], i + 1
        return None, i

    def role(self, i: int) -> tuple[Role | None, int]:
        """One role at token i: title, bodies, own territory; (None, i) when none starts here."""
        toks = self.toks
        prefix, i0 = self.title_prefix(i)
        n = self.at(i0, TITLES)
        if not n:
            return None, i
        if not prefix and any(i >= len(ph) and tuple(self.keys[i - len(ph):i]) == ph
                              for ph in TITLE_OWNERS):
            return None, i  # "Trợ lý Tổng Bí thư", "Văn phòng Tổng Bí thư": not the leader
        phrase = tuple(self.keys[i0:i0 + n])
        title, needs_body, level = TITLES.values[phrase]
        role = Role(title, level=level or "local", start=i)
        j = i0 + n
        if title == "Tổ trưởng Tổ công tác" and j + 1 < len(toks) and toks[j].key == NUMBER \
                and toks[j + 1].text.isdigit():  # "Tổ trưởng Tổ công tác số 8"
            role.title = title = f"{title} số {toks[j + 1].text}"
            j += 2
        if title.lower().endswith("trưởng đoàn"):  # "Trưởng đoàn công tác số 10"
            d, k = self.delegation(j - 1)
            if d:
                role.bodies.append(d[len("đoàn "):])
                role.level, j = "delegation", k
        body_start = j
        j = self.role_bodies(role, j)
        limit = BODY_LIMITS.get(phrase)
        if limit and not (role.bodies and role.bodies[0].startswith(limit)):
            return None, i
        if needs_body and not role.bodies:
            # A party title with no body, followed by another role: the party committee of the
            # same territory ("Phó Bí thư, Chủ tịch UBND phường": Phó Bí thư Đảng ủy).
            implied = T.IMPLIED_BODIES.get(title)
            if not (implied and j + 1 < len(toks) and toks[j].key in SEPARATORS
                    and self.role(j + 1)[0] is not None):
                return None, i
            role.bodies.append(implied)
            role.implied = True
        if ((role.text == T.STANDING_MEMBER and not role.bodies) or (
                role.title == "Ủy viên" and role.bodies == [T.STANDING_MEMBER[len("Ủy viên "):]])) \
                and not self.unknown_body(j):
            role.committee = True  # whose standing committee: decided by its place (see assign_places)
        if prefix:
            role.title = f"{prefix} {role.title}"
        j = self.sub_territory(j, named=any(phrase[-len(sp):] == sp for sp in SUB_TERRITORY))
        if title.endswith("trưởng") and role.bodies and role.bodies[0].startswith("Đoàn"):
            role.bodies[0] = "đoàn" + role.bodies[0][4:]
        if title.endswith("Trưởng đoàn") and role.bodies and role.bodies[0].startswith("đoàn "):
            role.bodies[0] = role.bodies[0][len("đoàn "):]
        j = self.role_territory(role, j, body_start)
        k = self.charge(j)
        if k > j and role.place is None and role.level == "local":
            place, k2 = self.territory(k)  # "Phó Chủ tịch UBND phụ trách kinh tế phường Láng"
            if place not in (None, LOCAL, PROVINCE):
                role.place, k = place, k2
        return role, k

    def role_bodies(self, role: Role, j: int) -> int:
        """The bodies of a role from token j on ("Ban Thường vụ Thành ủy", "Sở Xây dựng", an
        unknown body after an office head, "Đoàn công tác số 14"), added to `role`; their end."""
        toks = self.toks
        title = role.title
        open_title = title in OPEN_TITLES
        while j < len(toks):
            d, k = self.delegation(j)
            if d:
                role.bodies.append(d)
                role.level = "delegation"
                j = k
                continue
            m = self.at(j, BODIES)
            if m:
                form, level = BODIES.values[tuple(self.keys[j:j + m])]
                role.bodies.append(form)
                if j + m + 2 < len(toks) and toks[j + m].text == "(" and toks[j + m + 2].text == ")" \
                        and toks[j + m + 1].text.isupper():
                    m += 3  # "Ủy ban nhân dân (UBND)"
                if level != "local" or role.level == "local":
                    role.level = level
                if form in T.PARTY_SHARING_BODIES:
                    role.org = form
                j += m
                if title.endswith("Văn phòng") and j + 1 < len(toks) and toks[j].text in {"-", "–", "và"}:
                    m2 = self.at(j + 1, BODIES)  # "Chánh Văn phòng HĐND - UBND": one office, both
                    if m2 and BODIES.values[tuple(self.keys[j + 1:j + 1 + m2])][1] == "local":
                        other = BODIES.values[tuple(self.keys[j + 1:j + 1 + m2])][0]
                        role.bodies[-1] = f"{form} {toks[j].text} {other}"
                        j += 1 + m2
                if level == "province":
                    name, k = self.province_name(j)
                    if name:
                        role.place, j = name, k
                if level == "district":
                    name, k = self.district_name(j)
                    role.place = name or form  # "Quận ủy Đống Đa": the old district, as written
                    j = k
                j = self.central(role, j)
                continue
            if j + 1 < len(toks) and toks[j].key in SHORT_BODIES and (
                    self.at(j + 1, WARD_WORDS) or self.at(j + 1, CITY_WORDS)):
                role.bodies.append(SHORT_BODIES[toks[j].key])  # "Bí thư Đoàn phường"
                j += 1
                continue
            after_head = not role.bodies and title.lower().endswith("trưởng")
            name, k = self.named_body(j, after_head=after_head)
            if open_title and not role.bodies and (name is None or (
                    k < len(toks) and self.alpha[k] and not self.cap[k] and self.territory(k)[0] is None
                    and toks[k].key not in SEPARATORS and toks[k].key not in OF
                    and not self.at(k, APPOINT) and not self.at(k, CHARGE))):
                # an office head's body this table does not know, up to a territory or the name
                name2, k2 = self.free_body(j, after_head=after_head)
                if name2 and (name is not None or not title.lower().endswith("trưởng")):
                    role.bodies.append(name2)
                    j = k2
                    continue
            if name:
                c = _central_suffix(name)
                if c:  # "Ban Tuyên giáo và Dân vận Trung ương": a central body
                    role.bodies.append(name)
                    role.level, role.place = "national", T.CENTRAL_PLACE
                    j = k
                    continue
                if _national_title_inside(name):
                    # "Văn phòng Tổng Bí thư": the office of a national leader, its own place
                    role.bodies.append(name)
                    role.level, role.place = "national", name
                    j = k
                    continue
                level = NAMED_HEADS.values[tuple(self.keys[j:j + self.at(j, NAMED_HEADS)])]
                role.bodies.append(name)
                if role.level == "local":
                    role.level = level
                if level == "city":
                    role.org = name
                j = k
                continue
            break
        return j

    def role_territory(self, role: Role, j: int, body_start: int) -> int:
        """A role's own territory at j ("phường X", "tỉnh Y", "của Thành ủy"), set as its place
        unless its bodies fixed one; past it, or j when none."""
        if role.place is not None:
            return j
        toks = self.toks
        place, k = self.territory(j)
        if place is None and j < len(toks) and toks[j].key in OF:
            k2 = j + 1
            while k2 < len(toks):
                m = self.at(k2, BODIES) or self.at(k2, NAMED_HEADS)
                if not m:
                    break
                lvl = BODIES.get(tuple(self.keys[k2:k2 + m]), ("", ""))[1]
                if lvl == "city":
                    place = self.province
                elif lvl == "province" and role.level == "delegation":
                    # "Tổ công tác số 8 của Ban Thường vụ Tỉnh ủy": the province named before
                    place = self.province_at(j) or T.IMPLIED_PROVINCE_BODY
                k2 += m
            p2, k3 = self.territory(k2)
            if p2 is not None:
                place, k2 = p2, k3
            if place is not None:
                k = k2
        if place == PROVINCE:
            # a bare "tỉnh": the page's province, else the one named before, else as written
            place = self.province_at(j) or (self.span(body_start, k) if k > body_start else "tỉnh")
        if place is not None:
            j = k
            if role.level != "national":  # "Đại biểu Quốc hội thành phố Hà Nội": Quốc hội
                role.place = place
        return j

    def chain(self, i: int) -> tuple[list[Role], int]:
        """Roles joined by separators from token i; (roles, end)."""
        roles: list[Role] = []
        j = i
        while True:
            role, k = self.role(j)
            if role is None:
                break
            roles.append(role)
            j = k
            if j < len(self.toks) and self.toks[j].key in SEPARATORS:
                nxt, _ = self.role(j + 1)
                if nxt is not None:
                    j += 1
                    continue
            break
        return roles, (j if roles else i)

    def central(self, role: Role, j: int) -> int:
        """"Trung ương"/"T.Ư"/"TW" right after a body ("Ủy ban Kiểm tra Trung ương"): the body is
        a central one, its place "Trung ương"; the word joins the body."""
        n = self.at(j, CENTRAL)
        if n and role.bodies and self.cap[j] and role.level != "national":
            role.bodies[-1] = f"{role.bodies[-1]} {T.CENTRAL_PLACE}"
            role.level, role.place = "national", T.CENTRAL_PLACE
            return j + n
        return j
