"""Officials in one text: a person's name next to the offices the text gives them.

The text is read paragraph by paragraph as words; a paragraph states officials in a few
constructions of a name and a *role chain*, one or more roles joined by ",", "-" or "và" ("Bí
thư Đảng ủy, Chủ tịch HĐND phường Tương Mai Nguyễn Văn A"). A role is a title, the bodies it
belongs to and an optional territory; each role then gets its place (a ward, the city or a
province, or a national body), and each official one hit per (name, place).

The package, vocabulary at the bottom and the entry point on top; each module's docstring
states its part of the rules:
    vocab.py          the word tables of roles.py compiled to phrase tables and key sets
    tokens.py         words with their lexicon keys, each word's key remembered
    reader.py         a paragraph's tokens and the lookups on them (phrases, capitalised runs)
    names.py          a person's name
    territories.py    wards, the city, provinces, old districts, sub-territories, delegations
    bodies.py         bodies beyond the table, central bodies, clauses of responsibility
    chain.py          a role and a chain of roles (`Parser`)
    constructions.py  a paragraph's (name, roles): chain then name, name then chain, appointments
    placement.py      the place of each role of a chain
    lists.py          a list of officials after a heading that gives them one office
    document.py       one text: the lines worth reading, its wards and provinces when asked

    >>> from wardcli.gazetteer import load_gazetteer
    >>> h = find_officials("Chủ tịch UBND phường Tương Mai Đào Thị Thu Hằng phát biểu.",
    ...                    load_gazetteer(), None)
    >>> (h[0].name, h[0].roles, h[0].place, h[0].place_code)
    ('Đào Thị Thu Hằng', ['Chủ tịch UBND'], 'Tương Mai', '00322')
"""

from __future__ import annotations

from ...gazetteer import DEFAULT_PROVINCE, Gazetteer
from ..hits import OfficialHit
from .chain import Parser
from .constructions import parse_paragraph
from .document import Text
from .lists import listed_officials
from .placement import assign_places, place_code

__all__ = ["drop_subsumed_roles", "find_officials"]


def drop_subsumed_roles(roles: list[str]) -> list[str]:
    """"Phó Chủ tịch HĐND" is the short form of "Phó Chủ tịch Thường trực HĐND" when both occur."""
    keep = []
    for r in roles:
        longer = [o for o in roles if o != r and o.replace(" Thường trực", "", 1) == r]
        if not longer:
            keep.append(r)
    return keep


def find_officials(text: str, gaz: Gazetteer, place: str | None,
                   province: str = DEFAULT_PROVINCE, wards: list | None = None) -> list[OfficialHit]:
    """Officials named in `text`, one hit per (name, place), roles in order of first mention.

    `place` is the ward (short name) the text is about, or None: it stands for a bare "phường"
    or an office of a ward body with no territory. `wards` are the text's ward hits as the
    place recogniser read them (extract.places); without them the text is read alone.
    """
    doc = Text(text, gaz, province, wards)
    merged: dict[tuple[str, str], OfficialHit] = {}
    for offset, toks, keys in doc.paragraphs():
        p = Parser(toks, doc, keys)
        for f in parse_paragraph(p):
            def local(tok: int, offset=offset, toks=toks) -> str | None:
                # A ward office with no territory: the last ward named before that role in the
                # paragraph ("A, Bí thư Đảng ủy phường X, ... Chủ tịch HĐND phường": X), else `place`.
                at = toks[tok].start
                return next((h.unit.name for h in reversed(doc.wards()) if offset <= h.start < at), None) or place

            for role, where in assign_places(f.roles, p, f.tok, local):
                hit = merged.get((f.name, where))
                if hit is None:
                    hit = merged[(f.name, where)] = OfficialHit(f.start, f.end, f.name, [], where,
                                                                place_code(gaz, where, province))
                if role not in hit.roles:
                    hit.roles.append(role)
    for start, end, name, offices in listed_officials(doc):
        # "các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh: A, ...; B, ...": the heading's office
        for role, where in offices:
            hit = merged.get((name, where))
            if hit is None:
                hit = merged[(name, where)] = OfficialHit(start, end, name, [], where,
                                                          place_code(gaz, where, province))
            if role not in hit.roles:
                hit.roles.append(role)
    for hit in merged.values():
        hit.roles = drop_subsumed_roles(hit.roles)
    return sorted(merged.values(), key=lambda h: h.start)
