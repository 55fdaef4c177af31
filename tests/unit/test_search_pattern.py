"""Smart folding, fixed strings, whole words and errors of `wardcli.search.pattern` (issue 12)."""

import re
import unicodedata

import pytest

from wardcli.errors import UsageError
from wardcli.search.marks import LETTERS, TO_FOLDED, marked, unmark
from wardcli.search.pattern import EXACT, FOLD, PatternError, compile_patterns, has_diacritics
from wardcli.text import fold


def finds(pattern, text, **kw):
    m = compile_patterns(pattern, **kw)
    data = marked(unicodedata.normalize("NFC", text))
    hay = data.translate(TO_FOLDED) if m.folded else data
    return [unmark(data[x.start() : x.end()]) for x in m.regex.finditer(hay)]


def test_the_alphabet_has_one_byte_per_vietnamese_letter():
    assert len(LETTERS) == 67 and len(set(LETTERS)) == 67
    assert all(len(marked(c)) == len(marked(c.upper())) == 1 for c in LETTERS)
    assert marked("".join(LETTERS)).translate(TO_FOLDED).decode() == fold("".join(LETTERS))


@pytest.mark.parametrize(
    "pattern, text, hit",
    [
        ("tuong mai", "Phường Tương Mai", True),
        ("tuong mai", "PHƯỜNG TƯƠNG MAI", True),
        ("tuong mai", unicodedata.normalize("NFD", "Tương Mai"), True),
        ("dang uy", "Đảng ủy phường", True),
        ("Tương", "tưởng", False),
        ("Tương", "TƯƠNG MAI", True),
        ("Tương", unicodedata.normalize("NFD", "tương"), True),
        ("Hòa", "Hoà Xá", True),
        ("Hoà", "Hòa Bình", True),
        ("Hòa", "Hoa", False),
        ("thúy", "Nguyễn Thị Thuý", True),
        ("khoẻ", "sức khỏe", True),
        ("đ", "Đống Đa", True),
        ("đ", "dong da", False),
        ("d", "Đống Đa", True),
    ],
)
def test_smart_folding(pattern, text, hit):
    assert bool(finds(pattern, text)) is hit


def test_diacritics_are_detected_in_literals_classes_and_escapes():
    assert not has_diacritics("tuong mai") and not has_diacritics(r"[a-z]+\d")
    assert has_diacritics("Tương") and has_diacritics("[ơư]") and has_diacritics(r"\u0111")
    assert has_diacritics(unicodedata.normalize("NFD", "Hòa"))


def test_modes_can_be_forced():
    assert finds("Tương", "tưởng", mode=FOLD) == ["tưởng"]
    assert finds("tuong", "Tương", mode=EXACT) == []
    assert finds("tuong", "tuong", mode=EXACT) == ["tuong"]


def test_mixed_patterns_each_keep_their_own_mode():
    m = compile_patterns(["Tương", "hoa"])
    assert m.modes == (EXACT, FOLD) and not m.folded
    assert finds(["Tương", "hoa"], "tưởng Hòa tương") == ["hòa", "tương"]


@pytest.mark.parametrize(
    "pattern, text, want",
    [
        ("t.ong", "Tương tuong", ["tương", "tuong"]),
        ("[ưu]", "ư u ừ", ["ư", "u"]),
        ("[^ư ]", "ư u ừ", ["u", "ừ"]),
        ("ư+", "ưưư", ["ưưư"]),
        (r"\w+", "Đảng ủy", ["đảng", "ủy"]),
        (r"\bủy\b", "Đảng ủy", ["ủy"]),
        ("Hòa?", "hò hòa", ["hò", "hòa"]),
    ],
)
def test_regex_syntax_works_on_vietnamese_letters(pattern, text, want):
    assert finds(pattern, text) == want


def test_classes_ranges_and_escapes_fold():
    assert finds("[A-Z]+ mai", "Tương Mai") == ["tương mai"]
    assert finds(r"\x54uong", "Tương") == ["tương"]
    assert finds("[^a-z ]", "Tương Mai 9") == ["9"]
    assert finds(r"(?i)TUONG", "tương") == ["tương"]


def test_characters_that_fold_to_several_letters():
    assert finds("ss", "Straße") == ["ss"]  # the stored form; hits widen to "ß"
    assert finds("…", "a... b") == ["..."]
    assert finds("[…x]", "a… b") == ["..."]


def test_fixed_strings_escape_regex_syntax():
    assert finds("a.b", "a.b axb", fixed=True) == ["a.b"]
    assert finds("(Hòa)", "(Hoà)", fixed=True) == ["(hoà)"]


def test_whole_words_in_folded_and_diacritic_modes():
    assert finds("mai", "Tương Mai, maison", word=True) == ["mai"]
    assert finds("Mai", "Tương Mai, Maison, Maiư", word=True) == ["mai"]
    assert finds("Tương", "Tương Mai, Tươngư", word=True) == ["tương"]
    assert finds("ủy", "Đảng ủy, ủyban", word=True) == ["ủy"]


@pytest.mark.parametrize("bad", ["(", "[a-", "a**", "(?P<x>a", "\\"])
def test_an_invalid_regex_raises_one_line_naming_the_problem(bad):
    with pytest.raises(PatternError) as e:
        compile_patterns(bad)
    msg = str(e.value)
    assert "\n" not in msg and "invalid regex" in msg and repr(bad) in msg
    assert isinstance(e.value, ValueError) and isinstance(e.value, UsageError)


def test_unsupported_constructs_are_refused_clearly():
    with pytest.raises(PatternError, match="verbose"):
        compile_patterns("(?x) a b")
    with pytest.raises(PatternError, match="too wide"):
        compile_patterns("[\u0100-\uffff]")
    with pytest.raises(PatternError, match="no pattern"):
        compile_patterns([])


def test_ascii_patterns_on_ascii_text_agree_in_both_modes():
    text = "Ward 7, district 3: 12 wards; ward-7."
    for p in ["ward", r"\d+", "w.rd", "[dw]ar", r"\bward\b", "^Ward", r"7\.$"]:
        assert finds(p, text, mode=FOLD) == finds(p, text, mode=EXACT) == [
            m.group().lower() for m in re.finditer(p, text, re.M | re.I)
        ]
