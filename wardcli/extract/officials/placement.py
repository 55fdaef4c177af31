"""Where each role of a chain belongs: a ward, the city or a province, or a national body.

Place: a ward's short name (of any province: "phường Việt Hưng" on a Bắc Ninh page); the
province for the city party committee, "Thành phố", city departments (Sở) and city delegations;
for a bare "tỉnh"/"Tỉnh ủy" the page's province when it is a province, else the province the text
named last before ("Bí thư Tỉnh ủy Bắc Ninh ... Bí thư Tỉnh ủy"), else the body as written ("Tỉnh
ủy", "UBND tỉnh"), never Hà Nội (a city, with no Tỉnh ủy); the body itself for national bodies
("Quốc hội", "Trung ương Đảng"), even when a constituency follows ("đại biểu Quốc hội thành phố
Hà Nội"); a bare "phường" or no territory at all means the last ward named before that role in
the paragraph, else the doc's ward, else the province. A territory stated once at the end of a
chain serves the roles before it that name none ("Bí thư Đảng ủy, Chủ tịch HĐND phường Tương
Mai"). Central bodies ("Trung ương") are shared by the Party's central organs of the same chain.
"""

from __future__ import annotations

from ...gazetteer import Gazetteer
from .. import roles as T
from .chain import Parser, Role
from .vocab import LOCAL, PARTY_CENTRE


def _delegation_before(p: Parser, tok: int) -> str | None:
    """The delegation ("đoàn công tác số 14") named last before token `tok` in the paragraph."""
    for i in range(tok - 1, -1, -1):
        d, _ = p.delegation(i)
        if d:
            return d
    return None


def _city_of_wards(roles: list[Role], p: Parser) -> str | None:
    """The centrally run city whose ward a role of the chain names, when it is not the page's
    province (a Hải Phòng ward's leader on a page read as Hà Nội's): its "Thành ủy", "Thành
    phố" are that city's. None when no such ward, or the ward's name is shared by several."""
    for r in roles:
        if r.place in (None, LOCAL) or r.level != "local":
            continue
        provinces = {u.province for u in p.gaz.exact_units(r.place)}
        if len(provinces) == 1:
            city = provinces.pop()
            if city != p.province and p.gaz.is_city(city):
                return city
    return None


def assign_places(roles: list[Role], p: Parser, tok: int, local) -> list[tuple[str, str]]:
    """(role text, place) for each role of one chain, territories shared backwards."""
    out = []
    for n, r in enumerate(roles):
        title = r.text
        if r.title in ("Trưởng đoàn", "Phó trưởng đoàn") and not r.bodies:
            d = _delegation_before(p, min(tok, r.start))
            if d:
                title = f"{r.title} {d[len('đoàn '):]}"
        place = r.place
        if place is None and r.level == "local":
            for later in roles[n + 1:]:
                if later.place is not None and later.level == "local":
                    place = later.place
                    if r.bodies == ["Đảng ủy"] and later.org:
                        title = f"{title} {later.org}"
                    if r.implied and place != LOCAL and p.gaz.is_province(place):
                        # "Phó Bí thư, Chủ tịch UBND Thành phố": the city's party committee
                        title = f"{r.title} {p.party_body(place)}"
                    break
        if place is None and r.committee and any(later.level == "city" for later in roles[n + 1:]):
            place = p.province  # "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Thành ủy": the city's
        if place is None and r.committee and any(later.level == "province" for later in roles[n + 1:]):
            # "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy": the province's
            later = next(x for x in roles[n + 1:] if x.level == "province")
            place = later.place or p.province_at(r.start) or T.IMPLIED_PROVINCE_BODY
        if place is None and r.level == "province":
            # "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Bắc Ninh": that province;
            # else the page's province or the one named before ("Tỉnh ủy"; Hà Nội has none)
            place = next((later.place for later in roles[n + 1:] if later.place not in (None, LOCAL)
                          and not p.gaz.is_city(later.place) and (p.gaz.is_province(later.place)
                                                                  or p.gaz.current_province(later.place))),
                         None) or p.province_at(r.start) or (r.bodies[-1] if r.bodies else T.IMPLIED_PROVINCE_BODY)
        if place is None and r.level == "local" and not r.implied and any(
                o.level == "city" and o.place in (None, p.province) for o in roles if o is not r) \
                and not any(o.place is not None and o.level == "local" for o in roles):
            # "Thành ủy viên, Phó Chủ tịch HĐND A": no ward in a city-level chain, the city's
            place = p.province
        if place is None and r.level == "city":
            # "Ủy viên Ban Thường vụ Thành ủy, Chủ tịch UBND phường X": the city of ward X
            place = _city_of_wards(roles, p)
        if place is None:
            if r.level in ("city", "province", "delegation"):
                place = p.province
            elif r.level == "national":
                place = r.bodies[-1] if r.bodies else T.NATIONAL_TITLE_PLACES.get(r.title, r.title)
                base = r.title.split(" ", 1)[1] if r.title.startswith("Quyền ") else r.title
                if r.bodies and len(r.bodies) == 1 and place.startswith(T.OWN_BODY_HEADS.get(base, ())):
                    title = r.title  # "Bộ trưởng Bộ Y tế": "Bộ trưởng", unit "Bộ Y tế"
            else:
                place = LOCAL
        if place == LOCAL:
            ward = local(r.start)
            place = ward or p.province
            if r.committee and ward:
                title = f"{title} {T.IMPLIED_BODIES['Bí thư']}"  # a ward's: its Đảng ủy
        elif r.committee:
            # "Ủy viên Ban Thường vụ, Phó Chủ tịch HĐND Thành phố": the city's party committee;
            # with a ward named, the ward's Đảng ủy
            if p.gaz.is_province(place) or p.gaz.current_province(place):
                title = f"{title} {p.party_body(place)}"
            elif place == T.IMPLIED_PROVINCE_BODY:
                title = f"{title} {place}"  # a province not named
            elif p.gaz.resolve(place, p.province) is not None:
                title = f"{title} {T.IMPLIED_BODIES['Bí thư']}"
        renames = T.ROLE_RENAMES.get(title)
        if renames and place != LOCAL and (p.gaz.is_province(place) or p.gaz.current_province(place)):
            # "Ủy viên Ban Chấp hành Đảng bộ tỉnh": a "Tỉnh ủy viên" of that province
            title = renames.get("city" if p.gaz.is_city(place) else "province", title)
        out.append((title, place))
    if any(place == T.CENTRAL_PLACE for _, place in out):
        # "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban ... Trung ương": one place
        out = [(t, T.CENTRAL_PLACE if pl in PARTY_CENTRE else pl) for t, pl in out]
    return out


def place_code(gaz: Gazetteer, place: str, province: str) -> str | None:
    unit = gaz.resolve(place, province)
    if unit is not None and unit.name == place:
        return unit.code
    return gaz.province_code(place)
