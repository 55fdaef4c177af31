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
