"""Ward names written without a type word of their own: the members of a counted set ("11
phường ... (gồm: Ba Đình, Ngọc Hà ...)"), headline lines ("Hoàng Liệt: ..."), and the cells
of a table column headed "Phường". Each finder's candidates depend on the text only and are
found once per text (`Scan.once`); each reading resolves them in its province."""

from __future__ import annotations

import re

from ...text import fold_key
from ..hits import WardHit
from .resolver import Resolver
from .scan import Scan
from .spans import _COLON, _HEADLINE, _JOINER, _TYPE, Place
from .vocab import TABLE_WARD_HEADERS

# Words that introduce the members of a counted set of wards ("11 phường thuộc Đơn vị bầu cử
# số 1 (gồm: Ba Đình, Ngọc Hà ...)", "các xã còn lại là Nam Sơn, Bắc Sơn"), after an optional "(".
_MEMBERS_INTRO = re.compile(
    r"(?<!\w)(?:bao[ \t]+gồm|gồm(?:[ \t]+có)?|là)(?!\w)[ \t]*:?[ \t]*", re.IGNORECASE)
_MEMBERS_REACH = 100  # characters between the counted type word and "gồm"
# Between the counted type word and "gồm": no sentence end (a "." after an abbreviation such as
# "TP." is not one), no other list.
_MEMBERS_STOP = re.compile(r"[!?;\n]|(?<!\bTP)(?<!\bTp)(?<!\bP)\.[ \t]")
_SHARED_LATER = re.compile(r"[ \t]*(?:,|/|và)[ \t]*(?:xã|phường)(?!\w)", re.IGNORECASE)
_SHARED_EARLIER = re.compile(r"(?:xã|phường)[ \t]*(?:,|/|và)[ \t]*$", re.IGNORECASE)


def _member_lists(scan: Scan) -> list[tuple[int, str | None]]:
    """(where the members start, the type they must have or None) of each counted set."""
    text = scan.text
    out = []
    for start, name_pos, type_word in scan.types:
        window_end = min(len(text), name_pos + _MEMBERS_REACH)
        stop = _MEMBERS_STOP.search(text, name_pos, window_end)
        intro = _MEMBERS_INTRO.search(text, name_pos, stop.start() if stop else window_end)
        if intro is None or _TYPE.search(text, name_pos, intro.start()):
            continue
        if scan.longest_known(name_pos, scan.run(name_pos)) or not scan.plural(start):
            continue  # not a counted set: a name follows, or no plural before
        if _SHARED_LATER.match(text, name_pos - 1):
            continue  # "các xã, phường gồm": the later type word opens the list
        shared = _SHARED_EARLIER.search(text[max(0, start - 12):start])
        out.append((intro.end(), None if shared else type_word))
    return out


def member_hits(scan: Scan, resolver: Resolver, taken: list[WardHit]) -> list[WardHit]:
    """The members of a counted set of wards, listed without type words after "gồm", "bao
    gồm" or "là": "tiếp xúc cử tri 11 phường thuộc Đơn vị bầu cử số 1 (gồm: Ba Đình, Ngọc Hà,
    ... và Bạch Mai)". The type word must be plural ("các", a count) with no name right after it;
    every item is a unit of that type in the province (so a district's name such as "Ba Đình"
    counts: the text makes it the ward), and the list ends at the first item that is not."""
    text = scan.text
    hits: list[WardHit] = []
    for pos, want in scan.once("members", _member_lists):
        while True:
            ends = scan.run(pos)
            if not ends or any(h.start <= pos < h.end for h in taken + hits):
                break
            end = ends[-1]
            name = text[pos:end]
            local = resolver._local_units(name, want, resolver.province)
            marked = scan.marker(end) is not None
            if len(local) != 1 and not (marked and resolver.gaz.exact_former(name, want, resolver.province)):
                break
            found = resolver.resolve(name, want, Place(), marked, strict=True, at=pos)
            if found is None:
                break
            hits.append(WardHit(pos, end, name, found[0], list(found[1])))
            joiner = _JOINER.match(text, end)
            if not joiner:
                break
            pos = joiner.end()
    return hits


def _headlines(scan: Scan) -> list[tuple[int, list[tuple[int, int]], bool]]:
    """(line's first letter, spans of the bare names before its colon, whether all of them may
    be wards) of each line that opens with names and a colon. The spans stop before the first
    name with a type word or a province's name (the line then gives no hits, but the names
    before it are still resolved, as a reading would)."""
    text, gaz = scan.text, scan.gaz
    out = []
    for m in _HEADLINE.finditer(text):
        first = pos = m.end()
        line_end = text.find("\n", pos)
        if text.find(":", pos, len(text) if line_end < 0 else line_end) < 0:
            continue  # no colon on the line (the names and their colon are on one line)
        spans = []
        while ends := scan.run(pos):
            spans.append((pos, ends[-1]))
            joiner = _JOINER.match(text, ends[-1])
            if not joiner:
                break
            pos = joiner.end()
        if not spans or not _COLON.match(text, spans[-1][1]):
            continue
        if len(spans) > 1 and gaz.is_province(text[slice(*spans[-1])]):
            spans.pop()  # "Tương Mai, Hà Nội: ..."
        cut = next((i for i, (s, e) in enumerate(spans)
                    if gaz.split_type(text[s:e])[0] is not None or gaz.is_province(text[s:e])), len(spans))
        out.append((first, spans[:cut], cut == len(spans)))
    return out


def headline_hits(scan: Scan, resolver: Resolver, taken: list[WardHit]) -> list[WardHit]:
    """Lines that start with bare 2025 ward names and a colon ("Hoàng Liệt: Hơn 1.000 ...",
    "Tương Mai, Hoàng Liệt: ..."). Every name before the colon must be a 2025 unit."""
    text = scan.text
    hits = []
    provinces = None
    for first, spans, complete in scan.once("headlines", _headlines):
        if any(h.start <= first < h.end for h in taken):
            continue
        if provinces is None:
            # a bare name may be a person's ("Trần Hưng Đạo: ..."): only a unit of the page's
            # province, or of a province the text or the page names, counts
            provinces = ({fold_key(resolver.province)} | {fold_key(p) for _, p in resolver.named}
                         | {fold_key(p) for p in resolver.page.provinces}
                         | {fold_key(u.province) for u in resolver.page.units})
        found_all = []
        for s, e in spans:
            name = text[s:e]
            found = resolver.resolve(name, None, Place(), at=s)
            if found is None or found[0] is None or fold_key(found[0].province) not in provinces:
                break
            found_all.append(WardHit(s, e, name, found[0]))
        if complete and len(found_all) == len(spans):
            hits.extend(found_all)
    return hits


_TABLE_ROW = re.compile(r"(?m)^[^\n|]*(?:\|[^\n|]*)+$")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell's text in a flattened table row "a | b | c", spaces trimmed."""
    out = []
    pos = start
    for part in text[start:end].split("|"):
        s, e = pos, pos + len(part)
        while s < e and text[s] in " \t":
            s += 1
        while e > s and text[e - 1] in " \t":
            e -= 1
        out.append((s, e))
        pos += len(part) + 1
    return out


def _ward_cells(scan: Scan) -> list[tuple[int, int, str | None]]:
    """(start, end, type word of the column or None) of each non-empty cell without a type word
    of its own under a ward column's header. Rows follow the header (blank lines between them
    allowed) and have its number of cells."""
    text, gaz = scan.text, scan.gaz
    out = []
    if "|" not in text:
        return out
    header = None  # (cell count, column, type word, end of the last row)
    for m in _TABLE_ROW.finditer(text):
        start, end = m.start(), m.end()
        cells = _cells(text, start, end)
        if header is not None and len(cells) == header[0] and not text[header[3]:start].strip():
            s, e = cells[header[1]]
            header = (header[0], header[1], header[2], end)
            if s < e and not gaz.split_type(text[s:e])[0]:
                out.append((s, e, header[2]))
            continue
        header = None
        for i, (s, e) in enumerate(cells):
            if (key := fold_key(text[s:e])) in TABLE_WARD_HEADERS:
                header = (len(cells), i, TABLE_WARD_HEADERS[key], end)
                break
    return out


def table_hits(scan: Scan, resolver: Resolver, taken: list[WardHit]) -> list[WardHit]:
    """Cells of a flattened table column headed "Phường", "Xã", "Đơn vị", "Địa bàn" ("STT | Phường
    | Số hồ sơ" then "1 | Cầu Giấy | 1.245"): each cell is a ward of the page's province; a cell
    with its own type word is left to the type-word pass."""
    hits = []
    for s, e, type_word in scan.once("cells", _ward_cells):
        if any(h.start <= s < h.end for h in taken):
            continue
        name = scan.text[s:e]
        local = (resolver._local_units(name, type_word, resolver.province)
                 or resolver._local_units(name, None, resolver.province))
        if len(local) == 1:
            hits.append(WardHit(s, e, name, local[0]))
    return hits
