"""Ward mentions in one text: "phường X", "xã X", "P. X", lists, upper-case and "X:" headlines.

A mention starts at a unit-type word (phường, xã, thị trấn, đặc khu, "P."/"p.") followed by a
capitalised name, or is a line that starts with bare ward names and a colon (a headline about
the wards: "Hoàng Liệt: ...", "Tương Mai, Hoàng Liệt: ..."; only units of the page's province
or of a province the text names, so "Trần Hưng Đạo: ..." about the man is not one). The name
is the longest run of capitalised syllables the gazetteer knows; so "phường Tương Mai Võ Xuân
Trọng" gives Tương Mai. After the first name a list may go on ("các phường Cầu Giấy, Nghĩa Đô
và Xuân Đỉnh"); an item with its own type word starts a mention of its own, and a bare
district name ends the list (an address: "phường Kiến Hưng, Hà Đông") unless the list is
plural or more wards follow it. A list item that matches one unit of the province only without
diacritics is that unit (a tone typo: "Phù Đồng" for Phù Đổng), and an unknown capitalised item
that is no person's name is skipped when the same punctuation and a ward of the province follow.

A name followed by "(cũ)", a name a merger verb introduces ("sáp nhập hai phường Tây Tựu và
Minh Khai", "thành lập trên cơ sở các phường ..."; not "sau sáp nhập, phường X"), a township,
or a name that is a pre-2025 ward of the province but not a 2025 unit gives a hit with
`former` filled instead of `unit`. A merger's wards are former even when a 2025 ward kept the
name (the subject before the verb is the new ward), and the merger goes on to the next lists of
its sentence when only fillers, ";" and a former district's note stand between them ("... các
phường A, B (quận Ba Đình cũ); một phần diện tích của các phường C, D"). Outside a merger,
"(huyện X cũ)" after a list places the wards in the old district; they stay 2025 units.

A counted set of wards ("11 phường thuộc Đơn vị bầu cử số 1 (gồm: Ba Đình, Ngọc Hà ...)", "các
xã còn lại là ...") lists its members after "gồm", "bao gồm" or "là": each is a unit of that type
in the province, district names included. Districts, provinces and streets have no type word of ours
in front, so they never start a mention; a bare name counts only in a headline.

A name several provinces share is read in the province the text names right after it
("phường Hoàng Mai, Nghệ An"), else the one named earlier in the same sentence ("Tại tỉnh Phú
Thọ, xã Liên Minh ..."), else the default; a name the default province lacks goes to the
nearest province the text names that has it.

A written type word is evidence too: "Phường X" is the one phường X of the country rather than a
pre-2025 xã X of the default province. A name the text placed firmly ("phường Việt Hưng (Hà
Nội)") keeps that unit at its later mentions in the same text. In a flattened table ("STT |
Phường | Số hồ sơ" then "1 | Cầu Giấy | 1.245"), the cells of a column headed Phường, Xã, Đơn
vị or Địa bàn are wards of the province.

`page_province` infers the province a page is about (the default unless the page clearly names
another: "Tỉnh ủy Bắc Ninh", its wards, bare "tỉnh"/"Tỉnh ủy" words on a page where the default
is a city); the caller reads the whole page in it. `page_hints` is what a page's texts settle for
each other.

The package, vocabulary at the bottom: `vocab` (word tables), `spans` (patterns and text
primitives), `scan` (a text's province-free facts, found once per text and remembered),
`resolver` (name -> unit in a province), `triggers`, `lists` (the finders), `find`
(`find_wards`, `page_hints`), `province` (`page_province`).

Text is NFC (wardcli.text.normalise); tone-mark placement may be old or new style, which the
gazetteer's tone keys absorb. Offsets are code points into the text given.

    >>> from wardcli.gazetteer import load_gazetteer
    >>> [h.unit.code for h in find_wards("Đảng ủy phường Tương Mai họp.", load_gazetteer())]
    ['00322']
"""

from .find import find_wards, page_hints, read_text
from .province import ProvinceEvidence, page_province, province_evidence
from .resolver import PageHints

__all__ = ["PageHints", "ProvinceEvidence", "find_wards", "page_hints", "page_province", "province_evidence",
           "read_text"]
