"""find_wards on invented sentences: each construction, negatives, tone variants, NFD, province.

Expected codes were checked by hand against the package's sqlite table `admin_units`.
"""

import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from wardcli.extract.wards import find_wards
from wardcli.gazetteer import Gazetteer, load_gazetteer
from wardcli.text import normalise

TUONG_MAI = "00322"
HOANG_LIET = "00337"
DINH_CONG = "00316"
PHUONG_LIET = "00352"
HOA_XA = "10417"  # xã, Hà Nội
VAN_MIEU = "00226"  # Văn Miếu - Quốc Tử Giám
HOANG_MAI_HN = "00331"
HOANG_MAI_NGHE_AN = "17110"
THUY_NGUYEN = "11560"  # Hải Phòng
THUY_XUAN = "19813"  # Huế


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _codes(gaz, text, province="Hà Nội"):
    return [h.unit.code for h in find_wards(text, gaz, province) if h.unit is not None]


def _former(gaz, text, province="Hà Nội"):
    return [h.surface for h in find_wards(text, gaz, province) if h.unit is None]


# --- the gazetteer pin ----------------------------------------------------------------------

def test_tuong_mai_has_the_official_2025_code(gaz):
    # issue 3: a silent downgrade to pre-reform codes (Tương Mai = 313) must fail here
    assert gaz.resolve("Tương Mai").code == "00322"


def test_split_type_keeps_a_name_that_folds_like_a_type_word(gaz):
    # "Phương" folds to "phuong" like "phường"; it is a name, not the type word
    assert Gazetteer.split_type("Phương Liệt") == (None, "Phương Liệt")
    assert Gazetteer.split_type("phuong tuong mai") == ("phường", "tuong mai")
    assert gaz.resolve("Phương Liệt").code == PHUONG_LIET


# --- constructions ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, codes",
    [
        ("Sáng nay, phường Tương Mai tổ chức hội nghị.", [TUONG_MAI]),
        ("Kỳ họp của HĐND xã Hòa Xá diễn ra trong hai ngày.", [HOA_XA]),
        ("Phường Định Công: Khánh thành nhà văn hóa mới", [DINH_CONG]),
        ("Hoàng Liệt: Hàng nghìn người dự đêm hội", [HOANG_LIET]),
        ("  - Lĩnh Nam: ra quân dọn vệ sinh", ["00328"]),
        ("Trụ sở đặt tại P. Phương Liệt từ tháng trước.", [PHUONG_LIET]),
        ("Liên hệ P.Tương Mai để biết thêm.", [TUONG_MAI]),
        ("LỄ RA QUÂN CỦA PHƯỜNG ĐỊNH CÔNG NĂM 2026", [DINH_CONG]),
        ("Đảng ủy phường Hoàng Liệt họp phiên thường kỳ.", [HOANG_LIET]),
        ("Chủ tịch UBND phường Tương Mai Nguyễn Văn Bình phát biểu.", [TUONG_MAI]),
        ("Cán bộ phường Văn Miếu - Quốc Tử Giám trực tại chốt.", [VAN_MIEU]),
        ("Cán bộ phường Văn Miếu – Quốc Tử Giám trực tại chốt.", [VAN_MIEU]),
    ],
)
def test_single_mentions(gaz, text, codes):
    assert _codes(gaz, text) == codes


def test_surface_and_offsets_cover_the_type_word_and_name(gaz):
    text = "Hôm qua, Đảng ủy phường Tương Mai họp."
    (hit,) = find_wards(text, gaz)
    assert hit.surface == "phường Tương Mai"
    assert text[hit.start:hit.end] == hit.surface


def test_headline_name_without_type_word_is_the_name_only(gaz):
    (hit,) = find_wards("Định Công: Tổ chức văn nghệ", gaz)
    assert (hit.start, hit.end, hit.surface) == (0, 9, "Định Công")


@pytest.mark.parametrize(
    "text",
    [
        "Lãnh đạo các phường Tương Mai, Hoàng Liệt và Định Công cùng dự.",
        "Lãnh đạo ba phường Tương Mai, Hoàng Liệt, Định Công cùng dự.",
        "Lãnh đạo phường Tương Mai, Hoàng Liệt và Định Công cùng dự.",
        "Lãnh đạo các phường: Tương Mai, Hoàng Liệt và Định Công cùng dự.",
        "LÃNH ĐẠO CÁC PHƯỜNG TƯƠNG MAI, HOÀNG LIỆT VÀ ĐỊNH CÔNG CÙNG DỰ",
    ],
)
def test_lists_give_each_ward(gaz, text):
    assert _codes(gaz, text) == [TUONG_MAI, HOANG_LIET, DINH_CONG]


def test_list_stops_at_a_lower_case_word(gaz):
    assert _codes(gaz, "phường Tương Mai, đường Giải Phóng và Hoàng Liệt") == [TUONG_MAI]


# --- tone-mark placement and NFD -----------------------------------------------------------

@pytest.mark.parametrize("spelling", ["xã Hòa Xá", "xã Hoà Xá", "XÃ HOÀ XÁ", "Xã Hòa Xá"])
def test_hoa_spellings_give_one_unit(gaz, spelling):
    assert _codes(gaz, f"Nông dân {spelling} thu hoạch lúa.") == [HOA_XA]


@pytest.mark.parametrize(
    "text, code, province",
    [
        ("phường Thủy Nguyên", THUY_NGUYEN, "Hải Phòng"),
        ("phường Thuỷ Nguyên", THUY_NGUYEN, "Hải Phòng"),
        ("phường Thủy Xuân", THUY_XUAN, "Huế"),
        ("phường Thuỷ Xuân", THUY_XUAN, "Huế"),
    ],
)
def test_thuy_spellings(gaz, text, code, province):
    assert _codes(gaz, text, province) == [code]
    assert _codes(gaz, text) == [code]  # a name found in one province only resolves there


def test_nfd_input_after_normalise_gives_the_same_hits(gaz):
    nfc = "Phường Hoàng Liệt: Đảng ủy phường Tương Mai và xã Hoà Xá"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    a = [(h.start, h.end, h.unit.code) for h in find_wards(normalise(nfc), gaz)]
    b = [(h.start, h.end, h.unit.code) for h in find_wards(normalise(nfd), gaz)]
    assert a == b
    assert [c for _, _, c in a] == [HOANG_LIET, TUONG_MAI, HOA_XA]


# --- not wards -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Được hình thành từ các quận: Hoàng Mai, Hai Bà Trưng và Thanh Xuân (cũ).",
        "UBND quận Hoàng Mai họp.",
        "Huyện Thạch Thất có nhiều làng nghề.",
        "Thành phố Hà Nội công bố kế hoạch.",
        "Người dân tỉnh Nghệ An đón tin vui.",
        "Cửa hàng ở phố Tương Mai và đường Định Công.",
        "Đài tưởng niệm Khâm Thiên được tu bổ.",
        "Hà Nội: Mưa lớn kéo dài",
        "Nguyễn Văn Bình: Cần làm rõ trách nhiệm",
        "Thanh Xuân (cũ) có nhiều trường học.",
        "Thị xã Sơn Tây trước đây thuộc tỉnh Hà Tây.",
        "Hợp tác xã Tây Tựu trồng hoa.",
        "Văn hóa - xã hội phát triển; CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Các xã, phường trên toàn Thành phố đồng loạt ra quân.",
        "Ngày 2/9, phường tổ chức mít tinh; phường 12 tháng liền không có vụ cháy.",
        "Thành lập ngày 01/7/2025 theo Nghị quyết số 1656/NQ-UBTVQH15.",
    ],
)
def test_not_wards(gaz, text):
    assert find_wards(text, gaz) == []


def test_district_named_bare_counts_only_as_headline_or_with_type_word(gaz):
    assert _codes(gaz, "Nhân dân quận Thanh Xuân và Hoàng Mai vui mừng.") == []
    assert _codes(gaz, "Nhân dân phường Thanh Xuân vui mừng.") == ["00367"]
    assert _codes(gaz, "Hoàng Mai: Ra quân làm sạch đường phố") == [HOANG_MAI_HN]


def test_bare_list_item_that_is_a_district_is_left_out(gaz):
    # an old-style address: ward, then district without its type word
    assert _codes(gaz, "Trụ sở tại phường Phương Liệt, Thanh Xuân, Hà Nội.") == [PHUONG_LIET]


def test_a_year_before_the_type_word_does_not_make_a_list_plural(gaz):
    # only a plural ("các", "hai", "10") lets a bare district name into a list
    assert _codes(gaz, "Năm 2025 phường Phương Liệt, Thanh Xuân đạt chuẩn.") == [PHUONG_LIET]
    assert _codes(gaz, "Trong năm, phường Phương Liệt, Thanh Xuân đạt chuẩn.") == [PHUONG_LIET]
    assert _codes(gaz, "Hai phường Phương Liệt và Thanh Xuân đạt chuẩn.") == [PHUONG_LIET, "00367"]


# --- pre-2025 wards ------------------------------------------------------------------------------

def test_merged_old_ward_is_former(gaz):
    hits = find_wards("Phường mới được sáp nhập từ hai phường Tây Tựu và Minh Khai.", gaz)
    assert [(h.surface, h.status) for h in hits] == [("phường Tây Tựu", "current"), ("Minh Khai", "former")]
    assert hits[0].unit.code == "00613"
    # the former unit is a Hà Nội ward whose successor is known, not the 2025 xã Minh Khai elsewhere
    assert hits[1].former and all(f.province == "Hà Nội" for f in hits[1].former)
    assert any("00613" in f.successor_codes for f in hits[1].former)


@pytest.mark.parametrize("text", ["phường Tương Mai (cũ)", "phường Tương Mai cũ"])
def test_cu_marks_a_current_name_as_the_old_ward(gaz, text):
    (hit,) = find_wards(f"Người dân {text} đã chuyển về.", gaz)
    assert hit.unit is None
    assert [(f.name, f.district) for f in hit.former] == [("Tương Mai", "Hoàng Mai")]
    assert TUONG_MAI in hit.former[0].successor_codes


def test_cu_after_a_plural_list_marks_every_item(gaz):
    text = "Phường gồm các phường Tương Mai, Hoàng Liệt và Định Công (cũ)."
    hits = find_wards(text, gaz)
    assert [h.status for h in hits] == ["former"] * 3


def test_township_is_always_former(gaz):
    (hit,) = find_wards("Trước đây thị trấn Sóc Sơn là trung tâm huyện.", gaz)
    assert hit.unit is None and hit.former[0].type == "thị trấn"


def test_numbered_old_ward_with_its_district(gaz):
    (hit,) = find_wards("Trụ sở tại phường 12, quận Gò Vấp, TP.HCM.", gaz)
    assert hit.unit is None
    assert [(f.name, f.district, f.province) for f in hit.former] == [("Phường 12", "Gò Vấp", "Hồ Chí Minh")]


# --- province context --------------------------------------------------------------------------

def test_shared_name_resolves_by_the_province_argument(gaz):
    assert _codes(gaz, "phường Hoàng Mai") == [HOANG_MAI_HN]
    assert _codes(gaz, "phường Hoàng Mai", "Nghệ An") == [HOANG_MAI_NGHE_AN]


@pytest.mark.parametrize(
    "text",
    [
        "phường Hoàng Mai, tỉnh Nghệ An",
        "phường Hoàng Mai (Nghệ An)",
        "phường Hoàng Mai, Nghệ An",
        "PHƯỜNG HOÀNG MAI, TỈNH NGHỆ AN",
    ],
)
def test_explicit_province_in_the_phrase_wins(gaz, text):
    assert _codes(gaz, text) == [HOANG_MAI_NGHE_AN]


def test_name_shared_by_other_provinces_only_stays_unresolved(gaz):
    # Tân Phú is a unit in several provinces, none of them Hà Nội
    assert _codes(gaz, "xã Tân Phú") == []
    (code,) = _codes(gaz, "xã Tân Phú", "Đồng Nai")
    assert gaz.by_code[code].province == "Đồng Nai"


def test_old_province_name_maps_to_the_new_one(gaz):
    assert gaz.current_province("Hà Tây") is None  # not in the package's data
    assert gaz.current_province("Bắc Giang") == "Bắc Ninh"


# --- robustness ------------------------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Phường xã Tương Mai P.: ,và(cũ)\nHOÀNG LIỆT 12/-")), max_size=80))
def test_never_raises_and_spans_match_text(text):
    gaz = load_gazetteer()
    for h in find_wards(text, gaz):
        assert text[h.start:h.end] == h.surface
        assert (h.unit is None) != (not h.former)
