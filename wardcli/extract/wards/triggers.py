"""Ward mentions opened by a type word: "phường X", "xã X", "P. X", "các phường X, Y và Z",
and the lists that go on after the first name (see the package's docstring for the rules)."""

from __future__ import annotations

import re

from ...gazetteer import tone_key
from ..hits import WardHit
from .resolver import Resolver
from .scan import Scan
from .spans import _ABBREV, _JOINER, _SURNAME_KEYS, _TYPE, _list_punct


def trigger_hits(scan: Scan, resolver: Resolver, province: str) -> list[WardHit]:
    """Mentions opened by a type word: "phường X", "xã X", "P. X", "các phường X, Y và Z"."""
    text, gaz = scan.text, scan.gaz
    hits = []
    merged_until = None  # the end of the last list a merger verb named ("sáp nhập phường A và phường B")
    for start, name_pos, type_word in scan.triggers:
        head = scan.head(start, name_pos, type_word)
        if head is None:
            continue
        _, end, caps = head
        names: list[tuple[int, int, int, str | None]] = [(start, name_pos, end, None)]
        numbered = text[name_pos].isdigit()

        def typo_at(pos: int, caps: bool = caps) -> tuple[int, str] | None:
            """(end, unit name) of a list item at `pos` that is a tone typo of one unit of the
            province ("Phù Đồng" for Phù Đổng)."""
            if caps or _TYPE.match(text, pos) or _ABBREV.match(text, pos):
                return None
            item_ends = scan.run(pos)
            if not item_ends:
                return None
            fixed = resolver.typo_name(text[pos:item_ends[-1]], province)
            return (item_ends[-1], fixed) if fixed else None

        def next_item(pos: int, caps: bool = caps) -> tuple[int, str | None] | None:
            """(end, corrected name or None) of the list item at `pos`, or None. After a numbered
            name, a numbered item ("các phường 11, 12 và 14", "phường 1 Bảo Lộc, 2 Bảo Lộc")."""
            if numbered and text[pos].isdigit():
                e = scan.longest_known(pos, scan.run(pos, allow_number_first=True))
                return (e, None) if e is not None else None
            e = scan.item_end(pos, caps)
            if e is not None:
                return e, None
            return typo_at(pos)

        def skippable(joiner: re.Match) -> int | None:
            """The end of an unknown capitalised item after `joiner` that does not end the list:
            the same list punctuation follows it, then a unit of the province that is neither a
            province nor a district ("Tương Mai, Sông Lam Mới, Hoàng Liệt"). A person's name ("Tương
            Mai, Nguyễn Văn An, ...") ends the list."""
            pos = joiner.end()
            if _TYPE.match(text, pos) or _ABBREV.match(text, pos):
                return None
            item_ends = scan.run(pos)
            if not item_ends or text[pos].isdigit():
                return None
            e = item_ends[-1]
            words = text[pos:e].split()
            if len(words) > 1 and tone_key(words[0]) in _SURNAME_KEYS:
                return None
            after = _JOINER.match(text, e)
            if not after or _list_punct(after.group()) != _list_punct(joiner.group()):
                return None
            nxt = next_item(after.end())
            if nxt is None:
                return None
            name = nxt[1] or text[after.end():nxt[0]]
            if gaz.is_province(name) or gaz.is_district(name, province):
                return None
            return e if resolver._local_units(name, None, province) else None

        def ward_follows(pos: int, caps: bool = caps) -> bool:
            """Whether another list item that is neither a province nor a district comes next
            ("xã Thư Lâm, Đông Anh, Vĩnh Thanh": Đông Anh is an item, not an address)."""
            j = _JOINER.match(text, pos)
            e = scan.item_end(j.end(), caps) if j else None
            if e is None:
                return False
            name = text[j.end():e]
            return not gaz.is_province(name) and not gaz.is_district(name, province)

        while joiner := _JOINER.match(text, end):
            item = joiner.end()
            found_item = next_item(item)
            if found_item is None:
                skip_end = skippable(joiner)
                if skip_end is None:
                    break
                end = skip_end  # an unknown item inside the list: go on after it
                continue
            item_end, fixed = found_item
            name = fixed or text[item:item_end]
            if gaz.is_province(name):
                break
            # a bare district name after a ward is an address ("phường Kiến Hưng, Hà Đông"),
            # unless the text says a list follows ("các phường") or more wards come after it
            if gaz.is_district(name, province) and not scan.plural(start) and not ward_follows(item_end):
                break
            names.append((item, item, item_end, fixed))
            end = item_end
        list_marker = scan.marker(end)
        place = scan.place_after(list_marker or end)
        merged = scan.after_merger(start) or (
            merged_until is not None and scan.continues_merger(merged_until, start))
        for i, (s, ns, e, fixed) in enumerate(names):
            last = i == len(names) - 1
            marked = (scan.marker(e) is not None
                      or (list_marker is not None and (last or scan.plural(start))))
            strict = i > 0 and place.province is None and not scan.plural(start)
            found = resolver.resolve(fixed or text[ns:e], type_word, place, marked, strict, at=s, merged=merged)
            if found is not None and found[0] is not None and s in resolver.firm:
                resolver.settled[found[0].code] = found[0]
            if found is not None:
                hits.append(WardHit(s, e, text[s:e], found[0], list(found[1])))
        merged_until = (list_marker or end) if merged else None
    return hits
