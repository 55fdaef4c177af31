"""Officials in one text: a person's name next to the offices the text gives them.

The text is read paragraph by paragraph as words. A *role chain* is one or more roles joined by
",", "-" or "và"; a role is a title ("Phó Chủ tịch"), the bodies it belongs to ("HĐND", "Ban
Thường vụ Thành ủy", "Sở Xây dựng") and an optional territory ("phường Tương Mai", "Thành
phố", "tỉnh X", "Hưng Yên"). A territory stated once at the end of a chain serves the roles
before it that name none ("Bí thư Đảng ủy, Chủ tịch HĐND phường Tương Mai").

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
- a caption's position note between name and chain is skipped ("Bà A (giữa), Chủ tịch ...").

A clause of responsibility after a role is skipped ("Phó Chủ tịch UBND phường phụ trách khối văn
hóa - xã hội Nguyễn Văn A"). An office head ("Giám đốc", "Chánh Văn phòng", "Trưởng ban") may name a
body the tables do not know; it is taken as written when it runs from a capitalised word to a
territory or the name ("Phó Chánh Văn phòng Điều phối nông thôn mới Thành phố").

Titles take "Quyền"/"Q." in front ("Quyền Chủ tịch UBND"). A party title with no body before
another role ("Phó Bí thư, Chủ tịch UBND phường") is the party committee of that territory; so
is a bare "Ủy viên Ban Thường vụ" (Đảng ủy of a ward, Thành ủy of the city, Tỉnh ủy of a
province). Offices of a residential group or party cell ("Bí thư Chi bộ tổ dân phố số 5") keep
the ward as place and drop the group. Abbreviations ("CT UBND", "PBT", "ĐU", "UVBTV", "ĐBQH") are data in roles.py.

A name is 2-5 capitalised words starting with a family name, not preceded by a street or place
word or an acronym ("Trường THCS Lê Quý Đôn"), not inside such a run, and not itself a place or a
ward of the province ("Bí thư Đảng ủy Hoàng Liệt Nguyễn Văn A"). Place: a ward's short name (of any province: "phường Việt Hưng" on a Bắc Ninh page); the
province for the city party committee, "Thành phố", city departments (Sở) and city delegations;
for a bare "tỉnh"/"Tỉnh ủy" the page's province when it is a province, else the province the text
named last before ("Bí thư Tỉnh ủy Bắc Ninh ... Bí thư Tỉnh ủy"), else the body as written ("Tỉnh
ủy", "UBND tỉnh"), never Hà Nội (a city, with no Tỉnh ủy); the body itself for national bodies ("Quốc hội", "Trung ương Đảng"), even when a
constituency follows ("đại biểu Quốc hội thành phố Hà Nội"); a bare "phường" or no territory at
all means the last ward named before that role in the paragraph, else `place`, else the province.
Ranks and honorifics are dropped. Former office holders ("nguyên Bí thư") are not officials.

Pre-merger posts: an old district's bodies ("Quận ủy Đống Đa", "Huyện ủy", "quận 5 (cũ)") and a
former ward ("phường Láng Hạ", longest name first, so not the newer "Láng") are territories named
as written, and the appointment after them is still read ("... được chỉ định làm Bí thư Đảng ủy
phường"). A body ending in "Trung ương"/"T.Ư" is central: place "Trung ương", shared by the
Party's central organs of the same chain. A title inside a longer office is not that office
("Trợ lý Tổng Bí thư", "Văn phòng Tổng Bí thư"). In a list "A - role, role B", a role right
before a name opens B's item; "role A - role" gives A both.

    >>> from wardcli.gazetteer import load_gazetteer
    >>> h = find_officials("Chủ tịch UBND phường Tương Mai Đào Thị Thu Hằng phát biểu.",
    ...                    load_gazetteer(), None)
    >>> (h[0].name, h[0].roles, h[0].place, h[0].place_code)
    ('Đào Thị Thu Hằng', ['Chủ tịch UBND'], 'Tương Mai', '00322')
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..gazetteer import DEFAULT_PROVINCE, Gazetteer, tone_key
from ..lang.lexicon import WORD, PhraseTable, Token, key as _key, phrase_key
from . import roles as T
from .hits import OfficialHit

_TITLES = PhraseTable(T.TITLES)  # phrase -> (standard form, needs_body, level)
_BODIES = PhraseTable(T.BODIES)  # phrase -> (standard form, level)
_NAMED_HEADS = PhraseTable(T.NAMED_BODY_HEADS)  # phrase -> level
_WARD_WORDS = PhraseTable(T.WARD_WORDS)
_CITY_WORDS = PhraseTable(T.CITY_WORDS)
_PROVINCE_WORDS = PhraseTable(T.PROVINCE_WORDS)
_DISTRICT_WORDS = PhraseTable(T.DISTRICT_WORDS)
_APPOINT = PhraseTable(T.APPOINTMENT_PHRASES)
_HONORIFICS = PhraseTable(T.HONORIFICS)
_RANKS = PhraseTable(T.RANKS)
_PLACE_BEFORE = tuple(PhraseTable(T.PLACE_BEFORE))
_SEPARATORS = {_key(s) for s in T.ROLE_SEPARATORS}
_FORMERLY = _key("nguyên")  # "nguyên Bí thư": a post held before, not now
_OF = {_key(s) for s in T.OF_WORDS}
_SURNAMES = {tone_key(s) for s in T.SURNAMES}
_DELEGATION_KINDS = PhraseTable(T.DELEGATION_KINDS)
_SUB_TERRITORY = PhraseTable(T.SUB_TERRITORY_WORDS)
_PREFIXES = {_key(k): v for k, v in T.TITLE_PREFIXES.items()}
_APPOINT_ENDS = {phrase[-1] for phrase in _APPOINT}
_BODY_LIMITS = {phrase_key(k): v for k, v in T.TITLE_BODY_LIMITS.items()}
_STREET_BEFORE = tuple(ph for ph in _PLACE_BEFORE
                       if ph not in _WARD_WORDS and ph not in _CITY_WORDS and ph not in _DISTRICT_WORDS
                       and ph not in _PROVINCE_WORDS)


def _by_last(phrases) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases grouped by their last key, to test what ends right before a token."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for ph in phrases:
        out.setdefault(ph[-1], []).append(ph)
    return {k: tuple(v) for k, v in out.items()}


_PLACE_ENDS = _by_last(_PLACE_BEFORE)
_STREET_ENDS = _by_last(_STREET_BEFORE)
_PLURALS = {_key(w) for w in T.PLURAL_WORDS}
_RANK_WORDS = {w for phrase in _RANKS for w in phrase}
_SHORT_BODIES = {_key(k): v for k, v in T.SHORT_BODIES.items()}
_NUMBER = _key("số")
_AND = _key("và")
_CITY_IN_NAME = {(_key("bệnh"), _key("viện"))}

LOCAL = "\0local"  # a role whose place is the ward the paragraph is about
PROVINCE = "\0province"  # a bare "tỉnh": the page's province, see _Parser.province_at
_CHARGE = PhraseTable(T.CHARGE_WORDS)
_COOPERATIVE = (_key("hợp"), _key("tác"))  # "hợp tác xã": a cooperative, its "xã" no commune
_OPEN_TITLES = set(T.OPEN_BODY_TITLES)
_TITLE_OWNERS = tuple(PhraseTable(T.TITLE_OWNERS))
_CENTRAL = PhraseTable(T.CENTRAL_WORDS)
_PROVINCE_ALIASES = PhraseTable(T.PROVINCE_ALIASES)  # phrase -> province
_PARTY_CENTRE = set(T.PARTY_CENTRE)
# National titles that are offices alone ("Tổng Bí thư"), as key tuples of two words or more.
_NATIONAL_TITLES = tuple(ph for ph, (_, needs_body, level) in _TITLES.values.items()
                         if level == "national" and not needs_body and len(ph) > 1)

# Keys at which one of the paragraph's constructions can start: a title (or its "Quyền"), an
# honorific, a rank, or a family name. A token with none of them opens no role chain, no name
# and no appointment, so the paragraph parser passes over it.
_OPENERS = frozenset({*_TITLES.by_first, *_PREFIXES, *_HONORIFICS.by_first, *_RANKS.by_first,
                      *_SURNAMES})
_TITLE_FIRST = frozenset(_TITLES.by_first)  # every role opens on a title
# Keys at which a province can be named after a province word or body ("tỉnh", "Tỉnh ủy").
_PROVINCE_OPENERS = frozenset({*_PROVINCE_WORDS.by_first,
                               *(ph[0] for ph, (_, level) in _BODIES.values.items() if level == "province")})


@dataclass
class _Role:
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


_KEYS: dict[str, str] = {}  # word -> its lexicon key, remembered (the vocabulary is small)
_new_token = tuple.__new__  # a Token from its four fields, without NamedTuple's keyword layer


def _keys_of(words: list[str]) -> list[str]:
    """The lexicon keys of words, each word's remembered: most words recur on every page."""
    known = _KEYS
    if len(known) > 200_000:
        known.clear()
    out = []
    for w in words:
        k = known.get(w)
        if k is None:
            k = known[w] = _key(w)
        out.append(k)
    return out


def _tokens(text: str, start: int = 0, end: int | None = None,
            keys: list[str] | None = None) -> list[Token]:
    """`lexicon.tokenize(text, start, end)`, with remembered keys (or the keys given)."""
    end = len(text) if end is None else end
    if keys is None:
        keys = _keys_of(WORD.findall(text, start, end))
    return [_new_token(Token, (m.group(), m.start(), m.end(), k))
            for m, k in zip(WORD.finditer(text, start, end), keys)]


class _Text:
    """One text, and what is looked up in the whole text only when a paragraph needs it: the
    wards it names and the provinces it names."""

    def __init__(self, text: str, gaz: Gazetteer, province: str):
        self.text = text
        self.gaz = gaz
        self.province = province
        self._wards: list | None = None
        self._provinces: list[tuple[int, str]] | None = None

    def wards(self) -> list:
        """The 2025 wards the text names (`find_wards` without page hints), in text order;
        remembered by the wards module, which the page's hints have already asked for them."""
        if self._wards is None:
            from .wards import _find_alone

            self._wards = [h for h in _find_alone(self.text, self.gaz, self.province)[0] if h.unit is not None]
        return self._wards

    def provinces(self) -> list[tuple[int, str]]:
        """(offset, name) of each province the text names after "tỉnh" or "Tỉnh ủy" ("Bí thư
        Tỉnh ủy Bắc Ninh", "UBND tỉnh Bắc Ninh"), in text order."""
        if self._provinces is None:
            self._provinces = _province_mentions(self)
        return self._provinces

    def paragraphs(self):
        """(offset, tokens, keys) of each line of the text that may state an official: one
        with a title's first word and a capitalised family name (every official found has
        both), so the words of other lines are never made tokens."""
        text = self.text
        offset = 0
        while offset <= len(text):
            end = text.find("\n", offset)
            end = len(text) if end < 0 else end
            words = WORD.findall(text, offset, end)
            keys = _keys_of(words)
            if not _TITLE_FIRST.isdisjoint(keys) and any(
                    k in _SURNAMES and w[0].isupper() for w, k in zip(words, keys)):
                yield offset, _tokens(text, offset, end, keys), keys
            offset = end + 1


class _Parser:
    def __init__(self, toks: list[Token], doc: _Text, keys: list[str] | None = None):
        self.toks = toks  # one paragraph's, or the whole text's
        self.n = len(toks)
        self.keys = keys if keys is not None else [t.key for t in toks]
        self.cap = [t.text[0].isupper() for t in toks]
        self.alpha = [t.text[0].isalpha() for t in toks]
        self.doc = doc
        self.text = doc.text
        self.gaz = doc.gaz
        self.province = doc.province

    def at(self, i: int, table: PhraseTable) -> int:
        """Length in words of the longest phrase of `table` at token i, 0 if none."""
        if i >= self.n:
            return 0
        cands = table.by_first.get(self.keys[i])
        if not cands:
            return 0
        keys = self.keys
        for phrase in cands:
            n = len(phrase)
            if n == 1:
                return 1
            if i + n <= self.n and tuple(keys[i:i + n]) == phrase:
                return n
        return 0

    def province_at(self, i: int) -> str | None:
        """The province a bare "tỉnh"/"Tỉnh ủy" at token i stands for: the page's province when
        that is a province (not Hà Nội, which has no Tỉnh ủy), else the province the text names
        last before it ("Bí thư Tỉnh ủy Bắc Ninh ... Bí thư Tỉnh ủy"), else None."""
        if not self.gaz.is_city(self.province):
            return self.province
        at = self.toks[min(i, len(self.toks) - 1)].start if self.toks else 0
        return next((name for off, name in reversed(self.doc.provinces()) if off < at), None)

    def party_body(self, place: str) -> str:
        """The party committee of a city or province: Thành ủy for a centrally run city."""
        return T.IMPLIED_CITY_BODY if self.gaz.is_city(place) else T.IMPLIED_PROVINCE_BODY

    # -- pieces ---------------------------------------------------------------------------------

    def cap_run(self, i: int, limit: int = 6) -> int:
        """End index of the run of capitalised words (hyphen-joined names included) from i."""
        j = i
        while j < len(self.toks) and j - i < limit:
            t = self.toks[j]
            if self.alpha[j] and self.cap[j]:
                j += 1
            elif t.text in "-–" and j > i and j + 1 < len(self.toks) and self.cap[j + 1] \
                    and self.alpha[j + 1] and t.start - self.toks[j - 1].end == 1:
                j += 1  # "Văn Miếu - Quốc Tử Giám"
            else:
                break
        return j

    def span(self, i: int, j: int) -> str:
        return self.text[self.toks[i].start:self.toks[j - 1].end]

    def ward_name(self, i: int) -> tuple[str | None, int]:
        """A 2025 unit's name at i (longest known prefix of the capitalised run)."""
        end = self.cap_run(i)
        for j in range(end, i, -1):
            if self.toks[j - 1].text in "-–":
                continue
            text = self.span(i, j)
            if self.gaz.exact_former(text, province=self.province) and not self.gaz.exact_units(text) \
                    and self.name(i, after_role=True)[1] <= j:
                # a pre-2025 ward ("phường Khâm Thiên", "phường Láng Hạ", not the newer "Láng"):
                # a territory of its own, named as written
                return text, j
            unit = self.gaz.resolve(text, self.province)
            # With diacritics written, the marks must agree: "phường Tạ Văn Dũng" is not "Tả Van".
            if unit is not None and (text.isascii() or tone_key(unit.name) == tone_key(text)):
                return unit.name, j
        for j in range(end, i, -1):
            # A ward of another province, its name shared by several ("phường Việt Hưng" on a
            # Bắc Ninh page: Hà Nội and Quảng Ninh have one): still a ward, named as written.
            names = {u.name for u in self.gaz.exact_units(self.span(i, j))}
            if len(names) == 1 and tone_key(next(iter(names))) == tone_key(self.span(i, j)):
                return names.pop(), j
        return None, i

    def province_name(self, i: int) -> tuple[str | None, int]:
        n = self.at(i, _PROVINCE_ALIASES)
        if n and self.cap[i]:  # "TP.HCM", "TPHCM"
            return _PROVINCE_ALIASES.values[tuple(self.keys[i:i + n])], i + n
        end = self.cap_run(i, 4)
        for j in range(end, i + 1, -1):
            name = self.span(i, j)
            if self.gaz.is_province(name) or self.gaz.current_province(name):
                return name, j  # as written, pre-2025 provinces included
        return None, i

    def territory(self, i: int) -> tuple[str | None, int]:
        """(place, end) for a territory at i; place LOCAL for a bare "phường"/"xã"."""
        toks = self.toks
        n = self.at(i, _WARD_WORDS)
        if n:
            name, j = self.ward_name(i + n)
            return (name, j) if name else (LOCAL, i + n)
        if i + 2 < len(toks) and toks[i].text == "P" and toks[i + 1].text == ".":  # "P. Tương Mai"
            name, j = self.ward_name(i + 2)
            if name:
                return name, j
        n = self.at(i, _CITY_WORDS)
        if n:
            j = i + n
            if j < len(toks) and toks[j].text == ".":
                j += 1
            name, k = self.province_name(j)
            return (name, k) if name else (self.province, j)
        n = self.at(i, _PROVINCE_WORDS)
        if n:
            name, k = self.province_name(i + n)
            if name:
                return name, k
            if not (i + n < len(toks) and self.cap[i + n] and self.alpha[i + n]) \
                    or self.name(i + n, after_role=True)[0]:  # "Chủ tịch UBND tỉnh Lê Văn C"
                return PROVINCE, i + n  # a bare "tỉnh" ("Phó Chủ tịch HĐND tỉnh"): the province level
        n = self.at(i, _DISTRICT_WORDS)
        if n and i + n < len(toks) and self.cap[i + n]:
            j = self.cap_run(i + n, 3)
            return self.span(i + n, j), j
        name, k = self.province_name(i)
        if name:
            return name, k
        return self.bare_ward(i)

    def bare_ward(self, i: int) -> tuple[str | None, int]:
        """A ward named without its type word right after a body ("Bí thư Đảng ủy Hoàng Liệt
        Nguyễn Văn A"): the longest prefix of the capitalised run that is exactly a ward of the
        province, so the ward is not read as the start of a person's name."""
        end = self.cap_run(i, 5)
        for j in range(end, i + 1, -1):
            if end - j == 1:
                continue  # "Trần Phú Cường": one word left over, so a person's name
            units = self.gaz.exact_units(self.span(i, j))
            if any(u.province == self.province for u in units):
                return next(u.name for u in units if u.province == self.province), j
        return None, i

    def named_body(self, i: int, after_head: bool = False) -> tuple[str | None, int]:
        """"Ban Nội chính", "Sở Xây dựng", "Hội Liên hiệp Phụ nữ": head + capitalised words,
        each with at most one lower-case word after it; stops at a body, territory or name. The head
        may be lower case right after a head title ("Trưởng ban Tuyên giáo")."""
        toks = self.toks
        n = self.at(i, _NAMED_HEADS)
        if not n or not (self.cap[i] or after_head):
            return None, i
        j = i + n
        taken = j
        # a hospital's name may end in its city ("Bệnh viện Đại học Y Hà Nội"): the name, as written
        own_city = tuple(self.keys[i:i + n]) in _CITY_IN_NAME
        while j < len(toks) and j - taken <= 1 and (self.alpha[j] or toks[j].text in "-–,"):
            t = toks[j]
            if self.cap[j] and own_city and self.province_name(j)[0]:
                j = taken = self.province_name(j)[1]
                break
            if self.cap[j]:
                if (self.at(j, _BODIES) or self.at(j, _CITY_WORDS)
                        or (not own_city and self.province_name(j)[0])
                        or self.name(j, after_role=True)[0]):
                    break
                j += 1
                if j < len(toks) and self.alpha[j] and not self.cap[j] and toks[j].key not in _SEPARATORS \
                        and not self.at(j, _WARD_WORDS) and not self.at(j, _APPOINT):
                    j += 1
                taken = j
            elif t.key == _key("và") and j + 1 < len(toks) and self.cap[j + 1] and j > i + n:
                j += 1
            elif t.text in "-–" and j > i + n and j + 1 < len(toks) and self.cap[j + 1] \
                    and not (self.at(j + 1, _TITLES) or self.is_name(j + 1)):
                j += 1  # "Ban Kinh tế - Xã hội"
            elif t.text == "," and j > i + n and self.comma_in_name(j):
                j += 1  # "Phòng Kinh tế, Hạ tầng và Đô thị"
            else:
                break
        if taken == i + n:
            return None, i
        name = self.span(i, taken)
        return name[0].upper() + name[1:], taken  # "Trưởng ban Tuyên giáo": "Ban Tuyên giáo"

    def free_body(self, i: int, after_head: bool = False) -> tuple[str | None, int]:
        """A body this table does not know, after an office head's title ("Phó Chánh Văn phòng
        Điều phối nông thôn mới Thành phố"): from a capitalised word (or a lower-case head right
        after "Trưởng": "Trưởng ban ...") over words of any case and "-", up to a territory or a
        person's name; (None, i) when it ends anywhere else."""
        toks = self.toks
        if i >= len(toks) or not self.alpha[i]:
            return None, i
        if not (self.cap[i] or (after_head and self.at(i, _NAMED_HEADS))):
            return None, i
        if self.is_name(i) or self._stop_word(i) or self.territory(i)[0] is not None:
            return None, i
        k = i + 1
        while k < len(toks) and k - i <= 10:
            t = toks[k]
            if self.alpha[k]:
                place, e = self.territory(k)
                if (place == LOCAL and e < len(toks) and self.alpha[e] and not self.cap[e]) or (
                        place is not None and k >= 2 and (toks[k - 2].key, toks[k - 1].key) == _COOPERATIVE):
                    place = None  # "Hợp tác xã nông nghiệp", "Hợp tác xã Thành Công": not a ward
                person, e = self.name(k, after_role=True)
                if person and place is None:
                    # "Ban Quản lý chợ Đồng Xuân Lê Văn Tám": a place's name before the person's
                    # ends the body ("Đồng Xuân"), the name is the rest
                    for s in range(k + 1, e - 1):
                        if self.is_place_name(self.span(k, s)) and self.name(s, after_role=True)[1] == e:
                            k = s
                            break
                if place is not None or person:
                    name = self.span(i, k)
                    return name[0].upper() + name[1:], k
                if self._stop_word(k) or t.key in _OF or t.key in _SEPARATORS or self.at(k, _CHARGE):
                    return None, i
                k += 1
            elif t.text in "-–" and k + 1 < len(toks) and self.alpha[k + 1]:
                k += 1
            else:
                return None, i
        return None, i

    def is_place_name(self, text: str) -> bool:
        """A ward (2025 or former), district or province name."""
        g = self.gaz
        return bool(g.exact_units(text) or g.exact_former(text) or g.is_district(text, None)
                    or g.is_province(text))

    def _stop_word(self, k: int) -> bool:
        toks = self.toks
        return bool(self.at(k, _TITLES) or self.at(k, _HONORIFICS) or self.at(k, _RANKS)
                    or self.at(k, _APPOINT) or self.at(k, _BODIES))

    def charge(self, j: int) -> int:
        """Past a clause of responsibility ("phụ trách khối văn hóa - xã hội", "phụ trách lĩnh
        vực kinh tế") after a role: lower-case words, "-" and "," between them; j if none."""
        toks = self.toks
        n = self.at(j, _CHARGE)
        if not n:
            return j
        k = j + n
        while k < len(toks) and k - j < 16:
            t = toks[k]
            if self.alpha[k] and not (self.cap[k] and (self.is_name(k) or self._stop_word(k)
                                          or self.at(k, _WARD_WORDS) or self.at(k, _CITY_WORDS))):
                if t.key in _SEPARATORS and k + 1 < len(toks) and self.cap[k + 1]:
                    break  # "... và Chủ tịch ...": another role
                if self.at(k, _HONORIFICS) or (not self.cap[k] and self.territory(k)[0] not in (None, LOCAL)):
                    break  # "phụ trách kinh tế phường Láng": the role's territory follows
                k += 1
            elif t.text in "-–/," and k + 1 < len(toks) and self.alpha[k + 1] and not self.cap[k + 1] \
                    and not self.at(k + 1, _HONORIFICS):
                k += 1
            else:
                break
        return k if k > j + n else j

    def comma_in_name(self, i: int) -> bool:
        """A "," at i inside a body's name: capitalised words after it, then "và" and a
        capitalised word before any other punctuation ("Kinh tế, Hạ tầng và Đô thị")."""
        toks = self.toks
        j = i + 1
        if j >= len(toks) or not (self.alpha[j] and self.cap[j]) or self.at(j, _TITLES) \
                or self.at(j, _BODIES) or self.is_name(j):
            return False
        while j < len(toks) and j - i <= 6 and self.alpha[j]:
            if toks[j].key == _key("và"):
                return j + 1 < len(toks) and self.cap[j + 1] and self.alpha[j + 1]
            j += 1
        return False

    def unknown_body(self, i: int) -> bool:
        """A capitalised word at i that is no name, territory or title: the rest of a body this
        table does not know ("Ban Thường vụ Quận ủy Hoàng Mai"), so the body is not implied."""
        toks = self.toks
        return i < len(toks) and self.alpha[i] and self.cap[i] and not self.is_name(i) and not (
            self.at(i, _WARD_WORDS) or self.at(i, _CITY_WORDS) or self.at(i, _PROVINCE_WORDS)
            or self.at(i, _TITLES) or self.at(i, _HONORIFICS) or self.at(i, _RANKS))

    def title_prefix(self, i: int) -> tuple[str | None, int]:
        """"Quyền"/"Q." before a title: (standard prefix, index of the title) or (None, i)."""
        toks = self.toks
        # "Quyền"/"Q." capitalised, or lower case right after an appointment ("được giao quyền")
        # or lower case right before a capitalised title ("quyền Bộ trưởng Bộ ...")
        if i < len(toks) and toks[i].key in _PREFIXES and (
                self.cap[i] or (i > 0 and toks[i - 1].key in _APPOINT_ENDS)
                or (toks[i].key != _key("q") and i + 1 < len(toks) and self.cap[i + 1]
                    and self.at(i + 1, _TITLES))):
            if toks[i].key == _key("q"):
                if i + 1 < len(toks) and toks[i + 1].text == ".":
                    return _PREFIXES[toks[i].key], i + 2
            else:
                return _PREFIXES[toks[i].key], i + 1
        return None, i

    def district_name(self, i: int) -> tuple[str | None, int]:
        """A pre-2025 district's name at i, as written ("Đống Đa" after "Quận ủy"; "quận 5",
        "huyện Gia Lâm": the type word kept only before a number), past a "(cũ)" note."""
        toks = self.toks
        n = self.at(i, _DISTRICT_WORDS)
        if n and i + n < len(toks) and toks[i + n].text.isdigit():
            return self._old(self.span(i, i + n + 1), i + n + 1)
        if n and i + n < len(toks) and self.cap[i + n]:
            name, j = self.district_name(i + n)
            return (name, j) if name else self._old(self.span(i + n, self.cap_run(i + n, 3)), self.cap_run(i + n, 3))
        end = self.cap_run(i, 4)
        for j in range(end, i, -1):
            if self.gaz.is_district(self.span(i, j), None):
                return self._old(self.span(i, j), j)
        return None, i

    def _old(self, name: str, j: int) -> tuple[str, int]:
        """(name, end past a "(cũ)" note after it)."""
        toks = self.toks
        if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 1].key == _key("cũ") and toks[j + 2].text == ")":
            return name, j + 3
        return name, j

    def central(self, role: "_Role", j: int) -> int:
        """"Trung ương"/"T.Ư"/"TW" right after a body ("Ủy ban Kiểm tra Trung ương"): the body is
        a central one, its place "Trung ương"; the word joins the body."""
        n = self.at(j, _CENTRAL)
        if n and role.bodies and self.cap[j] and role.level != "national":
            role.bodies[-1] = f"{role.bodies[-1]} {T.CENTRAL_PLACE}"
            role.level, role.place = "national", T.CENTRAL_PLACE
            return j + n
        return j

    def sub_territory(self, i: int, named: bool = False) -> int:
        """Skip a residential group or village after an office ("tổ dân phố số 5", "thôn Đông",
        "TDP 12"); it is part of the ward, so it neither names the place nor enters the role.
        `named`: the title already holds the sub-territory word ("Tổ trưởng tổ dân phố số 5")."""
        toks = self.toks
        n = self.at(i, _SUB_TERRITORY)
        if not n and not named:
            return i
        j = i + n
        if j < len(toks) and toks[j].key == _key("số"):
            j += 1
        if j < len(toks) and toks[j].text.isdigit():
            return j + 1
        k = j
        while k < len(toks) and k - j < 3 and self.alpha[k] and self.cap[k] and not self.name(k, True)[0] \
                and not self.at(k, _WARD_WORDS):
            k += 1  # "thôn Đông", stopping at the person's name
        return k if k > j else i

    def delegation(self, i: int) -> tuple[str | None, int]:
        """"Đoàn công tác số 14" at i."""
        toks = self.toks
        if i >= len(toks) or toks[i].key != _key(T.DELEGATION_HEAD):
            return None, i
        n = self.at(i + 1, _DELEGATION_KINDS)
        if not n:
            return None, i
        j = i + 1 + n
        words = [t.text for t in toks[i + 1:j]]
        if not words[0].isupper():  # "Giám sát" -> "giám sát"; "ĐBQH", "đại biểu Quốc hội" kept
            words[0] = words[0].lower()
        text = "đoàn " + T.DELEGATION_FORMS.get(" ".join(words).lower(), " ".join(words))
        if j + 1 < len(toks) and toks[j].key == _key("số") and toks[j + 1].text.isdigit():
            text += " số " + toks[j + 1].text
            j += 2
        return text, j

    # -- roles ----------------------------------------------------------------------------------

    def role(self, i: int) -> tuple[_Role | None, int]:
        """One role at token i: title, bodies, own territory; (None, i) when none starts here."""
        toks = self.toks
        prefix, i0 = self.title_prefix(i)
        n = self.at(i0, _TITLES)
        if not n:
            return None, i
        if not prefix and any(i >= len(ph) and tuple(self.keys[i - len(ph):i]) == ph
                              for ph in _TITLE_OWNERS):
            return None, i  # "Trợ lý Tổng Bí thư", "Văn phòng Tổng Bí thư": not the leader
        phrase = tuple(self.keys[i0:i0 + n])
        title, needs_body, level = _TITLES.values[phrase]
        role = _Role(title, level=level or "local", start=i)
        j = i0 + n
        if title == "Tổ trưởng Tổ công tác" and j + 1 < len(toks) and toks[j].key == _NUMBER \
                and toks[j + 1].text.isdigit():  # "Tổ trưởng Tổ công tác số 8"
            role.title = title = f"{title} số {toks[j + 1].text}"
            j += 2
        if title.lower().endswith("trưởng đoàn"):  # "Trưởng đoàn công tác số 10"
            d, k = self.delegation(j - 1)
            if d:
                role.bodies.append(d[len("đoàn "):])
                role.level, j = "delegation", k
        # bodies
        body_start = j
        open_title = title in _OPEN_TITLES
        while j < len(toks):
            d, k = self.delegation(j)
            if d:
                role.bodies.append(d)
                role.level = "delegation"
                j = k
                continue
            m = self.at(j, _BODIES)
            if m:
                form, level = _BODIES.values[tuple(self.keys[j:j + m])]
                role.bodies.append(form)
                if j + m + 2 < len(toks) and toks[j + m].text == "(" and toks[j + m + 2].text == ")" \
                        and toks[j + m + 1].text.isupper():
                    m += 3  # "Ủy ban nhân dân (UBND)"
                if level != "local" or role.level == "local":
                    role.level = level
                if form in ("Công an", "LĐLĐ", "Ban Chỉ huy Quân sự"):
                    role.org = form
                j += m
                if title.endswith("Văn phòng") and j + 1 < len(toks) and toks[j].text in {"-", "–", "và"}:
                    m2 = self.at(j + 1, _BODIES)  # "Chánh Văn phòng HĐND - UBND": one office, both
                    if m2 and _BODIES.values[tuple(self.keys[j + 1:j + 1 + m2])][1] == "local":
                        other = _BODIES.values[tuple(self.keys[j + 1:j + 1 + m2])][0]
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
            if j + 1 < len(toks) and toks[j].key in _SHORT_BODIES and (
                    self.at(j + 1, _WARD_WORDS) or self.at(j + 1, _CITY_WORDS)):
                role.bodies.append(_SHORT_BODIES[toks[j].key])  # "Bí thư Đoàn phường"
                j += 1
                continue
            after_head = not role.bodies and title.lower().endswith("trưởng")
            name, k = self.named_body(j, after_head=after_head)
            if open_title and not role.bodies and (name is None or (
                    k < len(toks) and self.alpha[k] and not self.cap[k] and self.territory(k)[0] is None
                    and toks[k].key not in _SEPARATORS and toks[k].key not in _OF
                    and not self.at(k, _APPOINT) and not self.at(k, _CHARGE))):
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
                level = _NAMED_HEADS.values[tuple(self.keys[j:j + self.at(j, _NAMED_HEADS)])]
                role.bodies.append(name)
                if role.level == "local":
                    role.level = level
                if level == "city":
                    role.org = name
                j = k
                continue
            break
        limit = _BODY_LIMITS.get(phrase)
        if limit and not (role.bodies and role.bodies[0].startswith(limit)):
            return None, i
        if needs_body and not role.bodies:
            # A party title with no body, followed by another role: the party committee of the
            # same territory ("Phó Bí thư, Chủ tịch UBND phường": Phó Bí thư Đảng ủy).
            implied = T.IMPLIED_BODIES.get(title)
            if not (implied and j + 1 < len(toks) and toks[j].key in _SEPARATORS
                    and self.role(j + 1)[0] is not None):
                return None, i
            role.bodies.append(implied)
            role.implied = True
        if ((role.text == T.STANDING_MEMBER and not role.bodies) or (
                role.title == "Ủy viên" and role.bodies == [T.STANDING_MEMBER[len("Ủy viên "):]])) \
                and not self.unknown_body(j):
            role.committee = True  # whose standing committee: decided by its place (see _places)
        if prefix:
            role.title = f"{prefix} {role.title}"
        j = self.sub_territory(j, named=any(phrase[-len(sp):] == sp for sp in _SUB_TERRITORY))
        if title.endswith("trưởng") and role.bodies and role.bodies[0].startswith("Đoàn"):
            role.bodies[0] = "đoàn" + role.bodies[0][4:]
        if title.endswith("Trưởng đoàn") and role.bodies and role.bodies[0].startswith("đoàn "):
            role.bodies[0] = role.bodies[0][len("đoàn "):]
        # own territory
        if role.place is None:
            place, k = self.territory(j)
            if place is None and j < len(toks) and toks[j].key in _OF:
                k2 = j + 1
                while k2 < len(toks):
                    m = self.at(k2, _BODIES) or self.at(k2, _NAMED_HEADS)
                    if not m:
                        break
                    lvl = _BODIES.get(tuple(self.keys[k2:k2 + m]), ("", ""))[1]
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
        k = self.charge(j)
        if k > j and role.place is None and role.level == "local":
            place, k2 = self.territory(k)  # "Phó Chủ tịch UBND phụ trách kinh tế phường Láng"
            if place not in (None, LOCAL, PROVINCE):
                role.place, k = place, k2
        return role, k

    def chain(self, i: int) -> tuple[list[_Role], int]:
        """Roles joined by separators from token i; (roles, end)."""
        roles: list[_Role] = []
        j = i
        while True:
            role, k = self.role(j)
            if role is None:
                break
            roles.append(role)
            j = k
            if j < len(self.toks) and self.toks[j].key in _SEPARATORS:
                nxt, _ = self.role(j + 1)
                if nxt is not None:
                    j += 1
                    continue
            break
        return roles, (j if roles else i)

    # -- names ----------------------------------------------------------------------------------

    def is_name(self, i: int) -> bool:
        return self.name(i)[0] is not None

    def name(self, i: int, after_role: bool = False) -> tuple[str | None, int]:
        """A person's name at i: 2-5 capitalised words, the first a family name. Unless it
        follows a role, a street or place word before it ("phố Lê Duẩn") rules it out."""
        toks = self.toks
        if i >= len(toks) or not self.alpha[i] or not self.cap[i] or toks[i].key not in _SURNAMES:
            return None, i
        j = i
        while j < len(toks) and j - i < 5 and self.alpha[j] and self.cap[j] \
                and not (toks[j].text.isupper() and len(toks[j].text) > 1):  # not HĐND, UBND
            if j > i and (self.at(j, _TITLES) or self.at(j, _BODIES) or self.at(j, _CITY_WORDS)
                          or self.at(j, _WARD_WORDS)):
                break
            j += 1
        if j - i < 2:
            return None, i
        if j < len(toks) and self.alpha[j] and self.cap[j] and j - i >= 5 and not self.at(j, _TITLES):
            return None, i  # a longer capitalised run: a title or slogan, not a name
        name = self.span(i, j)
        if self.gaz.is_province(name) or self.gaz.is_district(name, self.province):
            return None, i
        k = i - 1
        if not after_role and k >= 0 and self.alpha[k] and toks[k].text.isupper() and len(toks[k].text) > 1 \
                and toks[k].key not in _RANK_WORDS:
            return None, i  # after an acronym ("Trường THCS Lê Quý Đôn", "UBND Nguyễn ..."): a name of a thing
        if not after_role and self.place_word_before(i):
            return None, i
        return name, j

    def place_word_before(self, i: int) -> bool:
        """A street or place word before the capitalised run at i, or before the first item of a
        list it ends ("phố Lê Duẩn, Giải Phóng và Nguyễn Xiển": all streets)."""
        keys = self.keys
        ends = _PLACE_ENDS
        while True:
            k = i - 1
            if k >= 0:
                for phrase in ends.get(keys[k], ()):
                    n = len(phrase)
                    if k - n + 1 >= 0 and tuple(keys[k - n + 1:k + 1]) == phrase:
                        return True
            if k < 1 or keys[k] not in {",", _AND} or not (self.alpha[k - 1] and self.cap[k - 1]):
                return False
            i = k - 1
            while i > 0 and self.alpha[i - 1] and self.cap[i - 1]:
                i -= 1
            ends = _STREET_ENDS  # a list after "phường" may name people ("phường A, B - Chủ tịch")

    def skip(self, i: int, table: dict) -> int:
        while True:
            n = self.at(i, table)
            if not n:
                return i
            i += n

    def skip_honorific(self, i: int) -> int:
        """Past one honorific ("ông", "đồng chí"): "Ông Ông Văn Bình" keeps the family name Ông."""
        return i + self.at(i, _HONORIFICS)


@dataclass
class _Found:
    name: str
    start: int
    end: int
    roles: list[_Role]
    tok: int  # token index of the name


def _parse_paragraph(p: _Parser) -> list[_Found]:
    """Every (name, roles) the paragraph states, left to right."""
    toks = p.toks
    found: list[_Found] = []
    i = 0
    keys, cap = p.keys, p.cap
    while i < len(toks):
        if keys[i] not in _OPENERS and not (cap[i] and keys[i] in _SURNAMES):
            i += 1  # no title, honorific, rank or family name: nothing starts here
            continue
        # chain, then name
        roles, j = p.chain(i)
        if roles:
            # "Nguyên Bí thư Thành đoàn Hà Nội A được chỉ định làm ...": a post A no longer holds
            past = i > 0 and toks[i - 1].key == _FORMERLY
            k = p.skip(j, _RANKS)
            if k < len(toks) and toks[k].text in {",", "-", "–"} and (
                    p.at(k + 1, _HONORIFICS) or p.at(k + 1, _RANKS)):
                k = p.skip(p.skip_honorific(k + 1), _RANKS)  # "Chủ tịch UBND phường X, ông Y"
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
                    if more and not p.name(p.skip(e3, _RANKS), after_role=True)[0]:
                        e2 = e3
                    else:
                        more = []
                if not past or more:
                    found.append(_Found(name, toks[k].start, toks[e - 1].end,
                                        more if past else roles + more, k))
                i = max(e2, e)
                if i == e and _plural_before(p, roles[0].start) and not past:
                    # "các Phó Chủ tịch UBND phường A và B": every name listed holds the office
                    while i + 1 < len(toks) and toks[i].key in {",", _key("và")}:
                        name, e = p.name(i + 1, after_role=True)
                        if not name or (e < len(toks) and toks[e].text in {",", "-", "–", "("}
                                        and p.chain(e + 1)[0]):
                            break
                        found.append(_Found(name, toks[i + 1].start, toks[e - 1].end, roles, i + 1))
                        i = e
                continue
            i = j
            continue
        # name, then chain
        k = p.skip(p.skip_honorific(i), _RANKS)
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
                if roles and p.name(p.skip(j, _RANKS), after_role=True)[0]:
                    # "A - Chánh Thanh tra Bộ X, Giám đốc Sở Y Nguyễn Văn B", "title A, title
                    # B": the last role opens the next item, held by the name after it
                    if len(roles) > 1:
                        found.append(_Found(name, toks[k].start, toks[e - 1].end, roles[:-1], k))
                    i = roles[-1].start
                    continue
                if roles:
                    more, j2 = _after(p, j)
                    found.append(_Found(name, toks[k].start, toks[e - 1].end, roles + more, k))
                    i = max(j, j2)
                    continue
            more, j2 = _after(p, _skip_brackets(p, e))  # "A (sinh năm ..., quê ...) được ..."
            if not more and _skip_brackets(p, e) > e:
                more, j2 = _later_appointment(p, _skip_brackets(p, e))
            if more:
                found.append(_Found(name, toks[k].start, toks[e - 1].end, more, k))
                i = j2
                continue
            listed, e2 = _name_list(p, e)
            if listed:
                more, j2 = _after(p, e2)
                if more:
                    # "bầu ông A và bà B giữ chức Phó Chủ tịch UBND": every listed name takes it
                    for n2, k2, e3 in [(name, k, e), *listed]:
                        found.append(_Found(n2, toks[k2].start, toks[e3 - 1].end, more, k2))
                    i = j2
                    continue
            i = e
            continue
        if k < len(toks) and p.alpha[k] and p.cap[k] and toks[k].key in _SURNAMES:
            # A name-like run ruled out (a place, a street, a ward): no person starts inside it
            # either ("Nhà văn hóa Nguyễn Văn Cừ": not "Văn Cừ"); a title inside it still may.
            j = k + 1
            while j < len(toks) and p.alpha[j] and p.cap[j] and not p.at(j, _TITLES) \
                    and not p.at(j, _HONORIFICS) and not p.at(j, _RANKS):
                j += 1
            i = max(i + 1, j)
            continue
        i += 1
    return found


def _central_suffix(body: str) -> bool:
    """A body's name ending in "Trung ương" ("Ban Tổ chức Trung ương")."""
    words = phrase_key(body)
    return any(len(words) > len(ph) and words[-len(ph):] == ph for ph in _CENTRAL)


def _national_title_inside(body: str) -> bool:
    """A body named after a national leader's title ("Văn phòng Tổng Bí thư")."""
    words = phrase_key(body)
    return any(words[s:s + len(ph)] == ph for ph in _NATIONAL_TITLES
               for s in range(1, len(words) - len(ph) + 1))


def _skip_aside(p: _Parser, e: int) -> int:
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


def _skip_brackets(p: _Parser, e: int) -> int:
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


_PASSIVE = _key("được")


def _later_appointment(p: _Parser, b: int) -> tuple[list[_Role], int]:
    """After a name and its biography in brackets, the roles of a passive appointment ("được chỉ
    định làm ...") further on in the same sentence, past the rest of the biography ("A (sinh năm
    ...) có trình độ ...; từng giữ chức ...; được chỉ định làm ..."); none when the sentence ends
    or another person is named first."""
    toks = p.toks
    for j in range(b, min(b + 120, len(toks))):
        if toks[j].text in {".", "!", "?", ":"} or p.name(p.skip(p.skip_honorific(j), _RANKS))[0]:
            return [], b
        if toks[j].key == _PASSIVE and p.at(j, _APPOINT):
            return _after(p, j)
    return [], b


def _name_list(p: _Parser, e: int) -> tuple[list[tuple[str, int, int]], int]:
    """Further names joined by ",", "và" or "cùng" after a name ending at token e ("A, B và bà
    C"), each with an optional honorific or rank: [(name, start token, end token)], end of the
    list; none when a listed name has its own role ("A và bà C, Phó Chủ tịch ...")."""
    toks = p.toks
    out: list[tuple[str, int, int]] = []
    while e + 1 < len(toks) and toks[e].key in {",", _key("và"), _key("cùng")}:
        k = p.skip(p.skip_honorific(e + 1), _RANKS)
        name, e2 = p.name(k)
        if not name:
            break
        if e2 < len(toks) and toks[e2].text in {",", "-", "–", "("} and p.chain(e2 + 1)[0]:
            return [], e  # that name's own office: no list
        out.append((name, k, e2))
        e = e2
    return out, e


def _plural_before(p: _Parser, i: int) -> bool:
    """A plural word right before token i ("các Phó Chủ tịch", "hai Phó Chủ tịch")."""
    return i > 0 and p.toks[i - 1].key in _PLURALS


def _after(p: _Parser, i: int) -> tuple[list[_Role], int]:
    """Roles given by an appointment phrase at i ("được chỉ định giữ chức ...", "làm ...")."""
    k = i + 1 if i < len(p.toks) and p.toks[i].text == "," else i  # "A, Bí thư ..., được bầu ..."
    n = p.at(k, _APPOINT)
    if not n:
        return [], i
    roles, j = p.chain(k + n)
    return roles, (j if roles else i)


def _delegation_before(p: _Parser, tok: int) -> str | None:
    """The delegation ("đoàn công tác số 14") named last before token `tok` in the paragraph."""
    for i in range(tok - 1, -1, -1):
        d, _ = p.delegation(i)
        if d:
            return d
    return None


def _places(roles: list[_Role], p: _Parser, tok: int, local) -> list[tuple[str, str]]:
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
        out.append((title, place))
    if any(place == T.CENTRAL_PLACE for _, place in out):
        # "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban ... Trung ương": one place
        out = [(t, T.CENTRAL_PLACE if pl in _PARTY_CENTRE else pl) for t, pl in out]
    return out


def drop_subsumed_roles(roles: list[str]) -> list[str]:
    """"Phó Chủ tịch HĐND" is the short form of "Phó Chủ tịch Thường trực HĐND" when both occur."""
    keep = []
    for r in roles:
        longer = [o for o in roles if o != r and o.replace(" Thường trực", "", 1) == r]
        if not longer:
            keep.append(r)
    return keep


def find_officials(text: str, gaz: Gazetteer, place: str | None,
                   province: str = DEFAULT_PROVINCE) -> list[OfficialHit]:
    """Officials named in `text`, one hit per (name, place), roles in order of first mention.

    `place` is the ward (short name) the text is about, or None: it stands for a bare "phường"
    or an office of a ward body with no territory.
    """
    doc = _Text(text, gaz, province)
    merged: dict[tuple[str, str], OfficialHit] = {}
    for offset, toks, keys in doc.paragraphs():
        p = _Parser(toks, doc, keys)
        for f in _parse_paragraph(p):
            def local(tok: int, offset=offset, toks=toks) -> str | None:
                # A ward office with no territory: the last ward named before that role in the
                # paragraph ("A, Bí thư Đảng ủy phường X, ... Chủ tịch HĐND phường": X), else `place`.
                at = toks[tok].start
                return next((h.unit.name for h in reversed(doc.wards()) if offset <= h.start < at), None) or place

            for role, where in _places(f.roles, p, f.tok, local):
                hit = merged.get((f.name, where))
                if hit is None:
                    hit = merged[(f.name, where)] = OfficialHit(f.start, f.end, f.name, [], where,
                                                                _place_code(gaz, where, province))
                if role not in hit.roles:
                    hit.roles.append(role)
    for hit in merged.values():
        hit.roles = drop_subsumed_roles(hit.roles)
    return sorted(merged.values(), key=lambda h: h.start)


def _province_mentions(doc: _Text) -> list[tuple[int, str]]:
    """See `_Text.provinces`: read over the whole text's tokens, at the tokens that can open a
    province word or a province's body."""
    toks = _tokens(doc.text)
    p = _Parser(toks, doc)
    out = []
    for i, t in enumerate(toks):
        if t.key not in _PROVINCE_OPENERS:
            continue
        n = _BODIES.match(p.keys, i)
        if not (n and _BODIES.values[tuple(p.keys[i:i + n])][1] == "province"):
            n = _PROVINCE_WORDS.match(p.keys, i)
        if n:
            name, _ = p.province_name(i + n)
            if name:
                out.append((t.start, name))
    return out


def _place_code(gaz: Gazetteer, place: str, province: str) -> str | None:
    unit = gaz.resolve(place, province)
    if unit is not None and unit.name == place:
        return unit.code
    return gaz.province_code(place)
