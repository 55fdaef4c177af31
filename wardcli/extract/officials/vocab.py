"""The word tables of `roles.py`, compiled once for the officials parser.

Phrase tables (`lexicon.PhraseTable`: phrases as tuples of word keys, indexed by first key) for
what is matched at a token; sets of keys for single words; and the sets of keys that can open a
construction, which let the parser pass over every other token. Entries and their English
glosses live in `roles.py`; this module only compiles them.
"""

from __future__ import annotations

from ...gazetteer import tone_key
from ...lang.lexicon import PhraseTable, key as _key, phrase_key
from .. import roles as T


def _by_last(phrases) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases grouped by their last key, to test what ends right before a token."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for ph in phrases:
        out.setdefault(ph[-1], []).append(ph)
    return {k: tuple(v) for k, v in out.items()}


# -- titles and bodies --------------------------------------------------------------------------
TITLES = PhraseTable({**T.TITLES, **{typo: T.TITLES[title] for typo, title in T.TITLE_TYPOS.items()}})
# phrase -> (standard form, needs_body, level); a misspelt title reads as the title it stands for
PREFIXES = {_key(k): v for k, v in T.TITLE_PREFIXES.items()}  # "Quyền", "Q.": acting
BODY_LIMITS = {phrase_key(k): v for k, v in T.TITLE_BODY_LIMITS.items()}  # title -> body starts
TITLE_OWNERS = tuple(PhraseTable(T.TITLE_OWNERS))  # "Trợ lý", "Văn phòng" before a title
OPEN_TITLES = set(T.OPEN_BODY_TITLES)  # office heads whose body may be unknown
# National titles that are offices alone ("Tổng Bí thư"), as key tuples of two words or more.
NATIONAL_TITLES = tuple(ph for ph, (_, needs_body, level) in TITLES.values.items()
                        if level == "national" and not needs_body and len(ph) > 1)
BODIES = PhraseTable(T.BODIES)  # phrase -> (standard form, level)
NAMED_HEADS = PhraseTable(T.NAMED_BODY_HEADS)  # "Ban", "Sở", "Hội" -> level
SHORT_BODIES = {_key(k): v for k, v in T.SHORT_BODIES.items()}  # "Đoàn" before "phường"
CENTRAL = PhraseTable(T.CENTRAL_WORDS)  # "Trung ương", "T.Ư", "TW" after a body
PARTY_CENTRE = set(T.PARTY_CENTRE)  # the Party's central organs
CITY_IN_NAME = {(_key("bệnh"), _key("viện"))}  # a hospital's name may end in its city
COOPERATIVE = (_key("hợp"), _key("tác"))  # "hợp tác xã": a cooperative, its "xã" no commune
DELEGATION_KINDS = PhraseTable(T.DELEGATION_KINDS)  # "công tác", "giám sát" after "Đoàn"
CHARGE = PhraseTable(T.CHARGE_WORDS)  # "phụ trách": a clause of responsibility

# -- territories ---------------------------------------------------------------------------------
WARD_WORDS = PhraseTable(T.WARD_WORDS)  # "phường", "xã", ...
CITY_WORDS = PhraseTable(T.CITY_WORDS)  # "Thành phố", "TP"
PROVINCE_WORDS = PhraseTable(T.PROVINCE_WORDS)  # "tỉnh"
DISTRICT_WORDS = PhraseTable(T.DISTRICT_WORDS)  # "quận", "huyện", "thị xã" (pre-2025)
SUB_TERRITORY = PhraseTable(T.SUB_TERRITORY_WORDS)  # "tổ dân phố", "thôn": below a ward
PROVINCE_ALIASES = PhraseTable(T.PROVINCE_ALIASES)  # "TPHCM" -> province
LOCAL = "\0local"  # a role whose place is the ward the paragraph is about
PROVINCE = "\0province"  # a bare "tỉnh": the page's province, see Reader.province_at

# -- around names -------------------------------------------------------------------------------
SURNAMES = {tone_key(s) for s in T.SURNAMES}
HONORIFICS = PhraseTable(T.HONORIFICS)  # "ông", "đồng chí"
RANKS = PhraseTable(T.RANKS)  # "Thượng tá", "TS."
RANK_WORDS = {w for phrase in RANKS for w in phrase}
PLACE_BEFORE = tuple(PhraseTable(T.PLACE_BEFORE))  # "phố", "trường": a place's name follows
# The same without unit words: a list after "phường" may name people ("phường A, B - Chủ tịch").
STREET_BEFORE = tuple(ph for ph in PLACE_BEFORE if ph not in WARD_WORDS and ph not in CITY_WORDS
                      and ph not in DISTRICT_WORDS and ph not in PROVINCE_WORDS)
PLACE_ENDS = _by_last(PLACE_BEFORE)
STREET_ENDS = _by_last(STREET_BEFORE)

# -- joining words ------------------------------------------------------------------------------
APPOINT = PhraseTable(T.APPOINTMENT_PHRASES)  # "được chỉ định giữ chức", "làm"
APPOINT_ENDS = {phrase[-1] for phrase in APPOINT}  # "giao" of "được giao quyền Chủ tịch"
PASSIVE = _key("được")  # "được chỉ định ...": a passive appointment
SEPARATORS = {_key(s) for s in T.ROLE_SEPARATORS}  # ",", "-", "và" between roles
OF = {_key(s) for s in T.OF_WORDS}  # "của"
PLURALS = {_key(w) for w in T.PLURAL_WORDS}  # "các", "hai" before a title
FORMERLY = _key("nguyên")  # "nguyên Bí thư": a post held before, not now
NUMBER = _key("số")  # "số 5"
AND = _key("và")
AND_JOINS = frozenset({",", AND})  # "A, B và C"
LIST_JOINS = frozenset({",", AND, _key("cùng")})  # "A, B và C", "A cùng B": names listed
ACTING_SHORT = _key("q")  # "Q." for "Quyền" (acting), only with its dot
FORMER_NOTE = _key("cũ")  # "quận 5 (cũ)": the former district
DELEGATION_HEAD = _key(T.DELEGATION_HEAD)  # "Đoàn" of "Đoàn công tác số 14"

# -- where a construction can start ---------------------------------------------------------------
# Keys at which one of the paragraph's constructions can start: a title (or its "Quyền"), an
# honorific, a rank, or a family name. A token with none of them opens no role chain, no name
# and no appointment, so the paragraph parser passes over it.
OPENERS = frozenset({*TITLES.by_first, *PREFIXES, *HONORIFICS.by_first, *RANKS.by_first,
                     *SURNAMES})
TITLE_FIRST = frozenset(TITLES.by_first)  # every role opens on a title
ROLE_OPENERS = TITLE_FIRST | frozenset(PREFIXES)  # ... or on its "Quyền"
# Keys at which a province can be named after a province word or body ("tỉnh", "Tỉnh ủy").
PROVINCE_OPENERS = frozenset({*PROVINCE_WORDS.by_first,
                              *(ph[0] for ph, (_, level) in BODIES.values.items() if level == "province")})
