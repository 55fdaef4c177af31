import unicodedata

from hypothesis import given, strategies as st

from wardcli.text import fold, fold_key, fold_map, normalise


def test_normalise_strips_bom_crlf_nbsp_zero_width_and_composes():
    raw = "\ufeffPhu\u031bo\u031b\u0300ng\u00a0Tu\u031bo\u031bng\u200b Mai\r\nxã Ô Diên\r"
    assert normalise(raw) == "Phường Tương Mai\nxã Ô Diên\n"


def test_nfd_and_nfc_normalise_to_the_same_text():
    nfc = "Bí thư Đảng ủy phường Tây Tựu"
    assert normalise(unicodedata.normalize("NFD", nfc)) == nfc


def test_fold_removes_tones_and_vowel_marks_and_d_bar():
    assert fold("ĐẠI HỘI Phường TƯƠNG MAI") == "dai hoi phuong tuong mai"
    assert fold("Hoà") == fold("Hòa") == "hoa"


def test_fold_key_drops_punctuation():
    assert fold_key("Văn Miếu - Quốc Tử Giám") == "van mieu quoc tu giam"


VI_LETTERS = list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ĐƯƠÂ.,:-09")
vietnamese = st.text(alphabet=st.sampled_from(VI_LETTERS) | st.characters(), max_size=60)


@given(vietnamese)
def test_fold_map_points_each_folded_char_at_its_source(s):
    s = unicodedata.normalize("NFC", s)
    folded, index = fold_map(s)
    assert len(folded) == len(index)
    assert index == sorted(index)
    pieces = {}
    for ch, j in zip(folded, index):
        pieces[j] = pieces.get(j, "") + ch
    assert all(pieces.get(j, "") == fold(c) for j, c in enumerate(s))


def test_fold_map_match_maps_back_to_original_span():
    s = "Ủy ban MTTQ phường Tương Mai"
    folded, index = fold_map(s)
    i = folded.index("tuong mai")
    j = i + len("tuong mai")
    assert s[index[i]: index[j - 1] + 1] == "Tương Mai"


@given(vietnamese)
def test_fold_is_its_characters_folded_one_by_one(s):
    # issue 9: fold() takes a fast path (NFD, marks dropped); it must give what folding each
    # character of the NFC text gives, for any text
    from wardcli.text import _fold_char

    assert fold(s) == "".join(_fold_char(c) for c in unicodedata.normalize("NFC", s))


@given(st.text(alphabet=st.sampled_from(list("\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0\u2007\u202f\u2009\u200a\u3000 ab\r\nđ")), max_size=40))
def test_normalise_drops_invisibles_and_plain_spaces_odd_ones(s):
    out = normalise(s)
    assert not set(out) & set("\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0\u2007\u202f\u2009\u200a\u3000\r")
    body = s[1:] if s.startswith("\ufeff") else s
    kept = [c for c in body.replace("\r\n", "\n").replace("\r", "\n") if c not in "\u200b\u200c\u200d\u2060\ufeff\u00ad"]
    assert out == "".join(" " if c in "\u00a0\u2007\u202f\u2009\u200a\u3000" else c for c in kept)
