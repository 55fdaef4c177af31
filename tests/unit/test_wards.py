"""find_wards on invented sentences: each construction, negatives, tone variants, NFD, province.

Expected codes were checked by hand against the package's sqlite table `admin_units`.
"""

import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from wardcli.extract.wards import find_wards, page_province
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


PHU_DONG = "00541"  # xã Phù Đổng, Hà Nội
THU_LAM = "00475"  # xã Thư Lâm, Hà Nội
BAT_TRANG = "00577"  # xã Bát Tràng, Hà Nội
CAM_GIANG = "10888"  # xã Cẩm Giang, Hải Phòng (Hải Phòng also has xã Cẩm Giàng, 10903)
CAM_GIANG_GRAVE = "10903"


@pytest.mark.parametrize(
    "text, codes",
    [
        # a tone typo of one unit of the province ("Phù Đồng" for Phù Đổng) is that unit
        ("Đoàn đi các xã: Bát Tràng, Phù Đồng, Thư Lâm trong hai ngày.", [BAT_TRANG, PHU_DONG, THU_LAM]),
        ("Lãnh đạo các phường Tương Mai, Hoàng Liết và Định Công cùng dự.", [TUONG_MAI, HOANG_LIET, DINH_CONG]),
        # an unknown capitalised item does not end the list when the next items are wards
        ("Lãnh đạo các phường Tương Mai, Sông Lam Mới, Hoàng Liệt, Định Công cùng dự.",
         [TUONG_MAI, HOANG_LIET, DINH_CONG]),
    ],
)
def test_a_list_goes_on_past_a_typo_or_an_unknown_item(gaz, text, codes):
    assert _codes(gaz, text) == codes


def test_a_typo_two_units_share_without_diacritics_is_skipped_not_guessed(gaz):
    text = "Đoàn về các xã Cẩm Giàng, Cẩm Giáng, Cẩm Giang trong tuần."
    assert _codes(gaz, text, "Hải Phòng") == [CAM_GIANG_GRAVE, CAM_GIANG]


@pytest.mark.parametrize(
    "text, codes",
    [
        # a person's name ends the list even when a ward comes after it
        ("Lãnh đạo các phường Tương Mai, Hoàng Liệt, Nguyễn Văn Bình, Định Công dự họp.",
         [TUONG_MAI, HOANG_LIET]),
        # a street, then the district and the city: an address
        ("Cửa hàng ở phường Hoàng Liệt, Giải Phóng, Hoàng Mai, Hà Nội.", [HOANG_LIET]),
        # other punctuation after the unknown item: not the same list
        ("Đoàn đến các phường Tương Mai; Sông Lam Mới, Định Công.", [TUONG_MAI]),
    ],
)
def test_a_list_still_ends_at_a_person_or_a_street(gaz, text, codes):
    assert _codes(gaz, text) == codes


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

def test_merged_old_ward_is_former_even_when_a_2025_unit_kept_the_name(gaz):
    # a merger verb names the pre-2025 wards, Tây Tựu (a 2025 name too) included: both are former
    hits = find_wards("Phường mới được sáp nhập từ hai phường Tây Tựu và Minh Khai.", gaz)
    assert [(h.surface, h.status) for h in hits] == [("phường Tây Tựu", "former"), ("Minh Khai", "former")]
    assert [(f.name, f.province) for f in hits[0].former] == [("Tây Tựu", "Hà Nội")]
    assert "00613" in hits[0].former[0].successor_codes  # Tây Tựu (2025) took it in
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


# --- ward news shapes (codes read from the package's sqlite `admin_units`, by hand) -----------

YEN_SO = "00340"
O_DIEN = "09817"  # xã, Hà Nội
DAN_PHUONG = "09784"  # xã, Hà Nội
LIEN_MINH_HN = "09787"  # also xã Liên Minh in Phú Thọ (08227) and Ninh Bình (13786)
LIEN_MINH_PHU_THO = "08227"
LANG = "00199"
O_CHO_DUA = "00190"
BAT_TRANG = "00577"  # a 2025 xã of Hà Nội (was xã Bát Tràng, huyện Gia Lâm)
CUA_NAM = "00082"
HA_DONG = "09556"  # phường, Hà Nội; xã Hà Đông is in Hải Phòng (10882)
SOC_SON = "00376"  # xã, Hà Nội (thị trấn Sóc Sơn before 2025)
PHU_DIEN = "00619"
BEN_THANH = "26743"  # Hồ Chí Minh
HOAN_KIEM = "00070"
KIEN_HUNG = "09552"


@pytest.mark.parametrize(
    "text, codes",
    [
        # a list after "các phường:" or a count: every name in it is a ward
        ("Lãnh đạo các phường: Hoàng Liệt, Định Công, Yên Sở dự hội nghị.", [HOANG_LIET, DINH_CONG, YEN_SO]),
        ("Nông dân 3 xã Ô Diên, Đan Phượng và Liên Minh thu hoạch lúa.", [O_DIEN, DAN_PHUONG, LIEN_MINH_HN]),
        # one type word, two wards
        ("Đoàn viên phường Hoàng Liệt và Yên Sở ra quân.", [HOANG_LIET, YEN_SO]),
        ("UBND các phường Láng, Ô Chợ Dừa phối hợp xử lý.", [LANG, O_CHO_DUA]),
        # "(huyện Gia Lâm cũ)": cũ belongs to the district; Bát Tràng is a 2025 xã
        ("Làng gốm xã Bát Tràng (huyện Gia Lâm cũ) đón khách.", [BAT_TRANG]),
        ("Phường Cửa Nam tổ chức lễ chào cờ.", [CUA_NAM]),
        ("Phường Văn Miếu - Quốc Tử Giám: Ra mắt mô hình mới", [VAN_MIEU]),
        ("Cán bộ phường Văn Miếu-Quốc Tử Giám và phường Văn Miếu Quốc Tử Giám", [VAN_MIEU, VAN_MIEU]),
        # the 2025 ward that took a district's name; the district itself is not one
        ("Phường Hà Đông được thành lập trên địa bàn quận Hà Đông (cũ).", [HA_DONG]),
        ("UBND xã Sóc Sơn họp phiên thường kỳ.", [SOC_SON]),
        ("Chủ tịch UBND phường Phú Diễn (Hà Nội) phát biểu.", [PHU_DIEN]),
        ("Tổ dân phố số 5 phường Yên Sở; TDP 12, P.Định Công", [YEN_SO, DINH_CONG]),
        ("Phố Định Công đông xe; phường Định Công ra quân.", [DINH_CONG]),
        ("Liên hệ p.Tương Mai, P.Hoàng Liệt hoặc p. Yên Sở.", [TUONG_MAI, HOANG_LIET, YEN_SO]),
        ("Phường Hoàn Kiếm (trước là một phần quận Hoàn Kiếm) ra quân.", [HOAN_KIEM]),
        # an item with its own type word opens its own mention: one hit each, not two
        ("Phường Thượng Cát, Phường Đông Ngạc cùng tham gia.", ["00598", "00602"]),
        # a district-named item in the middle of a list of wards is a ward too
        ("Các hộ ở xã Phúc Thịnh, Thư Lâm, Đông Anh, Vĩnh Thanh được hỗ trợ.",
         ["00466", "00475", "00454", "00508"]),
        # ... but at the end of it, before the province, an old-style address
        ("Trụ sở tại xã Thư Lâm, Đông Anh, Hà Nội.", ["00475"]),
        ("Đại diện phường Kiến Hưng, Hà Đông cùng dự.", [KIEN_HUNG]),
        # "các xã, phường:" — the plural covers both type words, so a district-named item stays
        ("Người dân các xã, phường: Bát Tràng, Hoàng Mai được hỗ trợ.", [BAT_TRANG, HOANG_MAI_HN]),
        # some sites type the Icelandic eth (U+00D0) for Đ
        ("Phường \u00d0ịnh Công ra quân.", [DINH_CONG]),
        ("ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ PHƯỜNG TƯƠNG MAI LẦN THỨ I, NHIỆM KỲ 2025 - 2030", [TUONG_MAI]),
        ("ĐẠI HỘI ĐẢNG BỘ XÃ SÓC SƠN: KHÁT VỌNG PHÁT TRIỂN", [SOC_SON]),
        # headline about several wards
        ("Tương Mai, Hoàng Liệt: Ra quân làm sạch môi trường", [TUONG_MAI, HOANG_LIET]),
    ],
)
def test_ward_news_shapes(gaz, text, codes):
    assert _codes(gaz, text) == codes


@pytest.mark.parametrize(
    "text",
    [
        "Tp. Hà Nội tổ chức hội nghị; TP Hà Nội ban hành kế hoạch.",
        "UBND quận Hà Đông (cũ) bàn giao hồ sơ.",
        "Quận Hoàn Kiếm trước đây có 18 phường.",
        "Phố Định Công và đường Giải Phóng ùn tắc.",
        "Ông Hoàng Liệt cho biết sẽ tiếp tục.",
        "Trường THCS Tương Mai khai giảng năm học mới.",
        "Trần Hưng Đạo: Vị anh hùng dân tộc",  # a unit in other provinces, here a person
        "Ùn tắc kéo dài trên đường Xã Đàn.",
        "Bài và ảnh: P.Hà",  # a reporter's initial, not a ward
    ],
)
def test_not_wards_in_ward_news(gaz, text):
    assert find_wards(text, gaz) == []


def test_township_is_former_and_not_a_2025_unit(gaz):
    (hit,) = find_wards("Người dân thị trấn Phùng (huyện Đan Phượng) đón tin vui.", gaz)
    assert hit.surface == "thị trấn Phùng" and hit.unit is None
    assert [(f.name, f.type, f.district) for f in hit.former] == [("Phùng", "thị trấn", "Đan Phượng")]


def test_eth_lookalike_keeps_the_surface_as_written(gaz):
    text = "Phường \u00d0ịnh Công ra quân."
    (hit,) = find_wards(text, gaz)
    assert hit.surface == text[hit.start:hit.end] == "Phường \u00d0ịnh Công"


def test_lower_case_abbreviation_span(gaz):
    text = "Liên hệ p.Tương Mai để biết thêm."
    (hit,) = find_wards(text, gaz)
    assert (hit.surface, hit.unit.code) == ("p.Tương Mai", TUONG_MAI)
    assert text[hit.start:hit.end] == "p.Tương Mai"
    assert find_wards("Tp.Hà Nội và TP. Hà Nội", gaz) == []  # "Tp." is a city, never a ward


# --- merger sentences: the wards merged are the old ones ----------------------------------------
# Every ward a merger names is a pre-2025 unit, also one whose name the 2025 map kept (Cửa Nam,
# Giảng Võ, Kim Liên, Tây Mỗ, Đại Mỗ are 2025 units of Hà Nội); the subject before the verb is
# the new ward. In Hà Nội "Trần Hưng Đạo" and "Thành Công" are only pre-2025 wards (2025 units
# of those names are in other provinces), so a merger makes them former rather than resolving
# them elsewhere.

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Phường Cửa Nam được thành lập trên cơ sở sáp nhập các phường Hàng Bài, Trần Hưng Đạo, Cửa Nam.",
         [("Phường Cửa Nam", "current"), ("phường Hàng Bài", "former"), ("Trần Hưng Đạo", "former"),
          ("Cửa Nam", "former")]),
        ("Phường Giảng Võ được thành lập trên cơ sở nhập toàn bộ diện tích tự nhiên, quy mô dân số "
         "của các phường Giảng Võ, Thành Công và Láng Hạ.",
         [("Phường Giảng Võ", "current"), ("phường Giảng Võ", "former"), ("Thành Công", "former"),
          ("Láng Hạ", "former")]),
        ("Sáp nhập phường Đại Mỗ và phường Tây Mỗ thành phường mới.",
         [("phường Đại Mỗ", "former"), ("phường Tây Mỗ", "former")]),
        # "after the merger": the ward named is the new one
        ("Sau sáp nhập, phường Kim Liên có hơn 80.000 dân.", [("phường Kim Liên", "current")]),
        ("Sau sáp nhập phường Kim Liên có hơn 80.000 dân.", [("phường Kim Liên", "current")]),
        ("Trên cơ sở đó, phường Kim Liên triển khai kế hoạch.", [("phường Kim Liên", "current")]),
        ("Sau khi sáp nhập hai phường Kim Liên và Khương Thượng, bộ máy ổn định.",
         [("phường Kim Liên", "former"), ("Khương Thượng", "former")]),
        # a plural shared by two type words: "các xã, phường"
        ("Sáp nhập các xã, phường Kim Liên, Khương Thượng.",
         [("phường Kim Liên", "former"), ("Khương Thượng", "former")]),
        # "toàn bộ hoặc một phần địa giới" between the verb and the list
        ("Phường Giảng Võ được hình thành trên cơ sở nhập toàn bộ hoặc một phần địa giới các phường: "
         "Giảng Võ, Cát Linh (quận Ba Đình cũ).",
         [("Phường Giảng Võ", "current"), ("phường: Giảng Võ", "former"), ("Cát Linh", "former")]),
        # the merger goes on over ";" and a former district's note to the next list of its sentence
        ("Phường Ba Đình thành lập trên cơ sở sáp nhập toàn bộ dân số của các phường: Trúc Bạch, "
         "Quán Thánh (quận Ba Đình cũ); phần lớn diện tích tự nhiên của các phường Ngọc Hà, Kim Mã "
         "(quận Ba Đình cũ); một phần phường Cửa Nam (quận Hoàn Kiếm cũ).",
         [("Phường Ba Đình", "current"), ("phường: Trúc Bạch", "former"), ("Quán Thánh", "former"),
          ("phường Ngọc Hà", "former"), ("Kim Mã", "former"), ("phường Cửa Nam", "former")]),
        # a new sentence ends the merger
        ("Phường Ba Đình được thành lập trên cơ sở sáp nhập các phường Trúc Bạch, Quán Thánh. "
         "Các phường Ngọc Hà, Giảng Võ cũng tham dự.",
         [("Phường Ba Đình", "current"), ("phường Trúc Bạch", "former"), ("Quán Thánh", "former"),
          ("phường Ngọc Hà", "current"), ("Giảng Võ", "current")]),
    ],
)
def test_merger_names_the_old_wards(gaz, text, expected):
    assert [(h.surface, h.status) for h in find_wards(text, gaz)] == expected


def test_merged_dropped_name_points_at_the_old_unit_and_its_successor(gaz):
    hits = find_wards("sáp nhập các phường Kim Liên, Khương Thượng", gaz)
    assert [(f.name, f.district, f.province) for f in hits[1].former] == [("Khương Thượng", "Đống Đa", "Hà Nội")]
    assert "00229" in hits[1].former[0].successor_codes  # Kim Liên (2025) took it in


# --- other provinces --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Khách đến phường Bến Thành, TP Hồ Chí Minh.",
        "Khách đến phường Bến Thành, TP.HCM.",
        "Khách đến phường Bến Thành (Thành phố Hồ Chí Minh).",
        "Khách đến phường Bến Thành.",  # one unit in the country: resolves without a hint
    ],
)
def test_ward_in_another_province(gaz, text):
    assert _codes(gaz, text) == [BEN_THANH]


def test_province_named_earlier_in_the_sentence_decides_a_shared_name(gaz):
    assert _codes(gaz, "Xã Liên Minh ra quân.") == [LIEN_MINH_HN]  # default: Hà Nội
    assert _codes(gaz, "Tại tỉnh Phú Thọ, xã Liên Minh ra quân.") == [LIEN_MINH_PHU_THO]
    # a full stop ends the context; the default holds again
    assert _codes(gaz, "Tỉnh Phú Thọ có nhiều đổi mới. Xã Liên Minh ra quân.") == [LIEN_MINH_HN]


def test_name_only_other_provinces_share_resolves_by_a_province_the_text_names(gaz):
    # Tân Phú: several provinces, none Hà Nội; the page names Đồng Nai in another sentence
    assert _codes(gaz, "xã Tân Phú có 5 hộ.") == []
    (code,) = _codes(gaz, "Người dân tỉnh Đồng Nai đón tin vui. Tại xã Tân Phú có 5 hộ.")
    assert gaz.by_code[code].province == "Đồng Nai" and gaz.by_code[code].name == "Tân Phú"


# --- no network ---------------------------------------------------------------------------------

def test_find_wards_needs_no_network_and_never_imports_the_package(monkeypatch):
    import socket
    import sys

    def refuse(*a, **k):
        raise AssertionError("network use in find_wards")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    load_gazetteer.cache_clear()  # read the data again under the ban
    try:
        g = load_gazetteer()
        text = "Hoàng Liệt: ra quân\nsáp nhập hai phường Tây Tựu và Minh Khai; xã Tân Phú, tỉnh Đồng Nai"
        assert len(find_wards(text, g)) == 4
    finally:
        load_gazetteer.cache_clear()
    assert not [m for m in sys.modules if m.split(".")[0] in ("vietnamadminunits", "geopy")]


# --- one page-shaped text, every construction at once --------------------------------------------

PAGE = """Phường Hoàng Liệt: Ra mắt mô hình “Tổ dân phố 4 an”
Ngày 12/9, UBND phường Hoàng Liệt (Hà Nội) tổ chức ra mắt mô hình tại TDP số 5. Phường Hoàng Liệt \
được thành lập trên cơ sở sáp nhập toàn bộ các phường Hoàng Liệt, Thịnh Liệt và một phần phường \
Đại Kim, quận Hoàng Mai (cũ). Dự lễ có lãnh đạo các phường: Định Công, Yên Sở, Tương Mai và xã \
Thanh Trì. Trên tuyến đường Giải Phóng, phố Định Công, lực lượng quận Hoàng Mai trước đây thường \
xuyên ra quân.
Tin liên quan
Lĩnh Nam: Ra quân tổng vệ sinh môi trường
Xã Bát Tràng (huyện Gia Lâm cũ) đón 1 triệu lượt khách
"""


def test_page_shaped_text(gaz):
    hits = find_wards(PAGE, gaz)
    current = {h.unit.code for h in hits if h.unit is not None}
    # Hoàng Liệt, Định Công, Yên Sở, Tương Mai, xã Thanh Trì (00640), Lĩnh Nam, Bát Tràng;
    # not quận Hoàng Mai (00331 would be phường Hoàng Mai), not phố Định Công on its own
    assert current == {HOANG_LIET, DINH_CONG, YEN_SO, TUONG_MAI, "00640", "00328", BAT_TRANG}
    former = [(h.surface, h.former[0].district) for h in hits if h.unit is None]
    # the merger names the old Hoàng Liệt too (the 2025 Hoàng Liệt is current in the headline)
    assert former == [("phường Hoàng Liệt", "Hoàng Mai"), ("Thịnh Liệt", "Hoàng Mai"),
                      ("phường Đại Kim", "Hoàng Mai")]
    for h in hits:
        assert PAGE[h.start:h.end] == h.surface


# --- the type word and the page as evidence (codes read from `admin_units` by hand) -------------
# Phú Lương: xã in Thái Nguyên (05611) and Tuyên Quang (02611), phường in Hà Nội (09568, a
# phường before 2025 too). Hoàng Mai: phường in Hà Nội (00331) and Nghệ An (17110).

from wardcli.extract.wards import PageHints, page_hints  # noqa: E402

PHU_LUONG_THAI_NGUYEN = "05611"
PHU_LUONG_HN = "09568"


def test_written_type_picks_a_province_the_text_names_over_the_defaults_other_type(gaz):
    # Hà Nội has Phú Lương only as a phường; the text names Thái Nguyên, which has the xã
    text = "Đoàn công tác tỉnh Thái Nguyên về thăm Thủ đô. Sau đó, xã Phú Lương trao quà."
    assert _codes(gaz, text) == [PHU_LUONG_THAI_NGUYEN]


def test_xa_for_a_phuong_of_the_default_province_stays_when_nothing_points_elsewhere(gaz):
    assert _codes(gaz, "Hội nông dân xã Phú Lương trao quà.") == [PHU_LUONG_HN]


def test_page_hints_keep_only_units_placed_on_firm_evidence(gaz):
    hints = page_hints(["Chè xã Phú Lương (tỉnh Thái Nguyên) được mùa.", "Phường Hoàng Mai ra quân."], gaz)
    assert [u.code for u in hints.units] == [PHU_LUONG_THAI_NGUYEN]  # not the default's Hoàng Mai
    assert hints.provinces == ("Thái Nguyên",)


def test_a_teaser_reads_a_name_as_the_page_placed_it(gaz):
    hints = page_hints(["Chè xã Phú Lương (tỉnh Thái Nguyên) được mùa."], gaz)
    assert [h.unit.code for h in find_wards("Xã Phú Lương mở lớp học nghề", gaz, page=hints)] == [PHU_LUONG_THAI_NGUYEN]
    # a province the page only names is enough for the written type
    hints = PageHints(provinces=("Thái Nguyên",))
    assert [h.unit.code for h in find_wards("Xã Phú Lương mở lớp học nghề", gaz, page=hints)] == [PHU_LUONG_THAI_NGUYEN]


def test_a_unit_the_page_placed_wins_over_the_default_province(gaz):
    hints = page_hints(["Lãnh đạo phường Hoàng Mai, tỉnh Nghệ An thăm Hà Nội.", "Phường Hoàng Mai ra quân."], gaz)
    assert _codes(gaz, "Phường Hoàng Mai khai trương chợ đêm") == [HOANG_MAI_HN]
    assert [h.unit.code for h in find_wards("Phường Hoàng Mai khai trương chợ đêm", gaz, page=hints)] == [HOANG_MAI_NGHE_AN]
    # the page placing both leaves the default
    both = page_hints(["phường Hoàng Mai (Nghệ An) và phường Hoàng Mai (Hà Nội) kết nghĩa"], gaz)
    assert [h.unit.code for h in find_wards("Phường Hoàng Mai khai trương", gaz, page=both)] == [HOANG_MAI_HN]


def test_an_old_unit_of_an_unnamed_province_is_not_a_chance_match(gaz):
    # "Phan" was a xã of Tây Ninh; here it opens a person's name after "xã"
    assert find_wards("Chủ tịch HĐND xã Phan Văn Đức phát biểu.", gaz) == []
    # with its province named, the old unit stands
    (hit,) = find_wards("Tỉnh Tây Ninh có nhiều đổi mới. Người dân xã Phan (cũ) đón tin vui.", gaz)
    assert [f.code for f in hit.former] == ["25558"]


@pytest.mark.parametrize(
    "text, codes",
    [
        # two pre-2025 xã Liên Hà in Hà Nội: Đông Anh (00484) and Đan Phượng (09802)
        ("Sáp nhập các xã Liên Hà, Việt Hùng thuộc huyện Đông Anh (cũ).", ["00484"]),
        ("Sáp nhập các xã Liên Hà, Hồng Hà của huyện Đan Phượng (cũ).", ["09802"]),
        # seven pre-2025 "Phường 12" in Hồ Chí Minh; Quận 3's is 27130
        ("Trụ sở cũ đặt tại phường 12 thuộc Quận 3 (cũ), TP Hồ Chí Minh.", ["27130"]),
    ],
)
def test_district_after_thuoc_or_cua_picks_the_old_unit(gaz, text, codes):
    hit = find_wards(text, gaz)[0]
    assert hit.unit is None and [f.code for f in hit.former] == codes


def test_headline_about_a_unit_the_page_placed(gaz):
    # "Hoàng Mai: ..." alone is Hà Nội's; on a page that placed phường Hoàng Mai in Nghệ An, it is that one
    hints = page_hints(["Lãnh đạo phường Hoàng Mai, tỉnh Nghệ An thăm Hà Nội."], gaz)
    assert [h.unit.code for h in find_wards("Hoàng Mai: Khai trương chợ đêm", gaz, page=hints)] == [HOANG_MAI_NGHE_AN]
    # a bare name of a province only the page names counts as a headline there: Thái Nguyên's
    # xã Phú Lương, not Hà Nội's phường of that name
    hints = page_hints(["Chè xã Phú Lương (tỉnh Thái Nguyên) được mùa."], gaz)
    assert [h.unit.code for h in find_wards("Phú Lương: Mở hội chợ chè", gaz, page=hints)] == [PHU_LUONG_THAI_NGUYEN]


def test_a_province_written_next_to_the_ward_beats_the_type_word(gaz):
    # "(Hà Nội)" right after it: Hà Nội's phường, though the text names Thái Nguyên elsewhere
    text = "Đoàn tỉnh Thái Nguyên về Thủ đô. Người dân xã Phú Lương (Hà Nội) đón đoàn."
    assert _codes(gaz, text) == [PHU_LUONG_HN]


# --- the written type, a text's own placement, flattened tables, the page's province ----------
# Codes read by hand from `admin_units` / `admin_units_legacy`:
# Tiền Phong: phường of Bắc Ninh 07696, xã of Phú Thọ 04891 and Nghệ An 16750; before 2025 also
# xã of Mê Linh and Thường Tín (Hà Nội). Việt Hưng: phường of Hà Nội 00127 and Quảng Ninh 06661.
# Kinh Bắc 09187, Võ Cường 09190, Từ Sơn 09367 (phường, Bắc Ninh only).
# Quảng Bị 10072, Tiến Thắng 08995 (xã, Hà Nội).
TIEN_PHONG_BN, VIET_HUNG_HN, KINH_BAC, VO_CUONG, TU_SON = "07696", "00127", "09187", "09190", "09367"
QUANG_BI, TIEN_THANG = "10072", "08995"


def test_the_written_type_beats_an_old_unit_of_another_type(gaz):
    # Hà Nội had only xã Tiền Phong before 2025; "Phường Tiền Phong" is the one phường of the name
    assert _codes(gaz, "Phường Tiền Phong: Khánh thành cầu mới") == [TIEN_PHONG_BN]
    # the old type written keeps the old unit
    assert _former(gaz, "Nhà văn hóa xã Tiền Phong cũ") == ["xã Tiền Phong"]


def test_a_ward_the_text_placed_keeps_its_province_later_in_the_text(gaz):
    text = ("Phường Kinh Bắc kết nghĩa với phường Việt Hưng (Hà Nội). "
            "Chủ tịch UBND phường Việt Hưng Lê Văn Nam tặng quà.")
    assert _codes(gaz, text, "Bắc Ninh") == [KINH_BAC, VIET_HUNG_HN, VIET_HUNG_HN]


def test_a_flattened_table_column_of_wards(gaz):
    text = ("Số hộ được hỗ trợ:\n"
            "TT | Xã | Số hộ | Kinh phí\n\n"
            "1 | Quảng Bị | 120 | 1,2 tỷ đồng\n\n"
            "2 | Tiến Thắng | 95 | 0,9 tỷ đồng\n"
            "Tổng | 215 | 2,1 tỷ đồng\n"
            "3 | Hoàng Liệt | 10 | 0,1 tỷ đồng\n")
    # the total row has another count of cells and ends the table; the row after it is no longer read
    assert _codes(gaz, text) == [QUANG_BI, TIEN_THANG]
    # a column with another header is not a ward column
    assert _codes(gaz, "Chỉ tiêu | Số hộ\nTương Mai | 120\n") == []


def test_the_page_province_from_what_the_page_names(gaz):
    bac_ninh = ["Kinh Bắc: Khánh thành nhà văn hóa",
                "Bí thư Tỉnh ủy Bắc Ninh làm việc với phường Kinh Bắc và phường Võ Cường. "
                "Chủ tịch UBND tỉnh đề nghị phường Từ Sơn hỗ trợ.",
                "Phường Tiền Phong: Hơn 200 hộ dân bàn giao mặt bằng"]
    assert page_province(bac_ninh, gaz) == "Bắc Ninh"
    # one ward of another province named on a Hà Nội page does not move it
    assert page_province(["Thành ủy Hà Nội thăm phường Tương Mai, phường Hoàng Liệt và phường "
                          "Kinh Bắc (Bắc Ninh)."], gaz) == "Hà Nội"
    # "UBND tỉnh" alone, with no province named, is not enough
    assert page_province(["UBND tỉnh giao chỉ tiêu cho phường Tương Mai."], gaz) == "Hà Nội"
    # a default given by the caller stays unless the page says otherwise
    assert page_province(["Phường Tương Mai họp."], gaz, "Bắc Ninh") == "Bắc Ninh"


# --- members of a counted set of wards after "gồm" / "bao gồm" / "là" ------------------------------
# Codes from `admin_units`: Ba Đình 00004, Ngọc Hà 00008, Giảng Võ 00025, Láng 00199, Đống Đa 00235,
# Hai Bà Trưng 00256 (phường, Hà Nội); Sóc Sơn 00376, Nội Bài 00433 (xã, Hà Nội).

@pytest.mark.parametrize(
    "text, codes",
    [
        ("Đại biểu gặp cử tri 6 phường thuộc Đơn vị bầu cử số 4 TP. Hà Nội (gồm: Ba Đình, Ngọc Hà, "
         "Giảng Võ, Đống Đa, Láng và Hai Bà Trưng) vào chiều nay.",
         ["00004", "00008", "00025", "00235", "00199", "00256"]),
        ("Hai xã của huyện cũ bao gồm Sóc Sơn và Nội Bài đã hoàn thành.", ["00376", "00433"]),
        ("Các phường dẫn đầu là Giảng Võ, Láng.", ["00025", "00199"]),
    ],
)
def test_members_of_a_counted_set_of_wards(gaz, text, codes):
    assert _codes(gaz, text) == codes


@pytest.mark.parametrize(
    "text",
    [
        "Trong 126 xã, phường, số đơn vị đạt chuẩn là 80.",
        "Chủ tịch UBND các phường là Nguyễn Văn Tuấn.",
        "Đảng bộ phường gồm có 98 tổ chức cơ sở đảng.",  # not plural: no list of wards
        "Các phường đã họp. Thành phần gồm: Giảng Võ, Láng.",  # "gồm" in another sentence
    ],
)
def test_no_members_without_a_counted_set(gaz, text):
    assert _codes(gaz, text) == []


def test_a_former_districts_note_outside_a_merger_keeps_the_wards_current(gaz):
    # "(huyện Sóc Sơn cũ)" places 2025 communes in the old district; it does not make them old
    text = "Tại 2 xã Sóc Sơn và Nội Bài (huyện Sóc Sơn cũ), nhiều thôn chưa có cáp quang."
    assert _codes(gaz, text) == ["00376", "00433"]


# --- the page's province from wards only one province has ----------------------------------------
# Mông Dương: phường only in Quảng Ninh (06760); Chợ Lớn: phường only in Hồ Chí Minh (27343).

def test_a_page_about_a_ward_only_one_tinh_has_follows_it_when_its_level_words_agree(gaz):
    texts = ["Phường Mông Dương tổ chức đại hội",
             "Đại hội Đảng bộ phường Mông Dương có sự tham dự của lãnh đạo Tỉnh ủy, HĐND tỉnh."]
    assert page_province(texts, gaz) == "Quảng Ninh"
    # without the words of a tỉnh, one ward is not enough
    assert page_province(["Phường Mông Dương tổ chức đại hội"], gaz) == "Hà Nội"
    # "Thành ủy" speaks for the default city
    assert page_province(["Phường Mông Dương tổ chức đại hội. Thành ủy chỉ đạo."], gaz) == "Hà Nội"


def test_a_page_about_a_ward_of_another_city_follows_it_when_that_city_is_named(gaz):
    texts = ["Đại hội Đảng bộ phường Chợ Lớn, TP.HCM", "Ban Thường vụ Thành ủy chỉ định nhân sự."]
    assert page_province(texts, gaz) == "Hồ Chí Minh"
    assert page_province(["Đại hội Đảng bộ phường Chợ Lớn. Thành ủy chỉ định nhân sự."], gaz) == "Hà Nội"


def test_a_ward_of_the_default_keeps_the_page_in_the_default(gaz):
    texts = ["Phường Mông Dương và phường Tương Mai kết nghĩa. Tỉnh ủy, HĐND tỉnh chúc mừng."]
    assert page_province(texts, gaz) == "Hà Nội"


# --- a longer old name beats a 2025 name that is its prefix ---------------------------------------
# Láng Hạ: phường of Đống Đa before 2025; Láng (00199) is a 2025 phường of Hà Nội.

def test_an_old_ward_whose_prefix_is_a_2025_ward_stays_the_old_ward(gaz):
    assert gaz.former_only("Láng Hạ") and not gaz.former_only("Láng")
    hits = find_wards("Người dân phường Láng Hạ Nguyễn Văn Tuấn và các phường Láng Hạ, Láng.", gaz)
    assert [(h.surface, h.status) for h in hits] == [
        ("phường Láng Hạ", "former"), ("phường Láng Hạ", "former"), ("Láng", "current")]
    assert hits[2].unit.code == "00199"


# --- remembered readings, the folded windows, the one alias table (issue 9) -----------------------

def test_find_wards_gives_a_fresh_list_each_time(gaz):
    text = "Đảng ủy phường Tương Mai họp. Phường Hoàng Liệt dự."
    hits = find_wards(text, gaz)
    hits[0].surface = "changed"
    hits.clear()
    again = find_wards(text, gaz)
    assert [(h.surface, h.unit.code) for h in again] == [("phường Tương Mai", TUONG_MAI), ("Phường Hoàng Liệt", HOANG_LIET)]


def test_the_same_text_read_in_two_provinces_keeps_each_reading(gaz):
    text = "Đoàn công tác thăm phường Hoàng Mai."
    for _ in range(2):
        assert _codes(gaz, text) == [HOANG_MAI_HN]
        assert [h.unit.code for h in find_wards(text, gaz, "Nghệ An")] == [HOANG_MAI_NGHE_AN]
    hints = page_hints(["Phường Hoàng Mai, tỉnh Nghệ An đón khách."], gaz)
    assert [h.unit.code for h in find_wards(text, gaz, page=hints)] == [HOANG_MAI_NGHE_AN]
    assert _codes(gaz, text) == [HOANG_MAI_HN]


VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " ,.:;()\n0123456789\u0300\u00d0\u00e6\u2460",
               max_size=80), st.data())
def test_a_window_of_the_folded_text_is_the_fold_of_the_window(text, data):
    from wardcli.extract.wards.spans import _merger_window, fold_whole

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _merger_window(text, start, end, fold_whole(text)) == _merger_window(text, start, end)


def test_each_extractor_reads_the_alias_entries_it_always_read():
    # one table (gazetteer.PROVINCE_ALIASES); each reader's entries unchanged, so no record moves
    from wardcli.extract.units import PROVINCE_ALIASES as METRICS
    from wardcli.extract.wards.vocab import PROVINCE_ALIASES as WARDS
    from wardcli.gazetteer import OFFICIAL_ALIASES, PROVINCE_ALIASES

    assert WARDS == {"hcm": "Hồ Chí Minh", "hn": "Hà Nội"}
    assert METRICS == {"hcm": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh", "sai gon": "Hồ Chí Minh",
                       "thua thien hue": "Huế"}
    assert {a.lower(): PROVINCE_ALIASES[a] for a in OFFICIAL_ALIASES} == {
        "hcm": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh", "hồ chí minh": "Hồ Chí Minh"}


def test_a_ward_placed_by_a_short_province_name(gaz):
    (hit,) = find_wards("Đoàn thăm phường Hoàng Mai, TP. HN sáng nay.", gaz, "Nghệ An")
    assert hit.unit.code == HOANG_MAI_HN
