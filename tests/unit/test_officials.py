"""find_officials on invented sentences: each construction, place rules, merging, negatives.

Names and sentences are made up; ward codes were checked against the gazetteer's table.
"""

import unicodedata

import pytest

from wardcli.extract.officials import find_officials
from wardcli.gazetteer import load_gazetteer
from wardcli.text import normalise

TUONG_MAI = "00322"
DINH_CONG = "00316"
HOA_XA = "10417"  # xã, Hà Nội


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def table(text, gaz, place=None):
    """{(name, place): roles} for a text."""
    return {(h.name, h.place): h.roles for h in find_officials(text, gaz, place)}


# -- constructions -------------------------------------------------------------------------------


def test_title_before_name_with_shared_ward(gaz):
    text = "Bí thư Đảng ủy, Chủ tịch HĐND phường Định Công Lê Quang Vinh phát biểu khai mạc."
    hits = find_officials(text, gaz, None)
    assert len(hits) == 1
    h = hits[0]
    assert (h.name, h.roles, h.place, h.place_code) == (
        "Lê Quang Vinh", ["Bí thư Đảng ủy", "Chủ tịch HĐND"], "Định Công", DINH_CONG)
    assert text[h.start:h.end] == "Lê Quang Vinh"


def test_name_before_title_bare_ward_uses_place(gaz):
    text = "Dự buổi lễ có đồng chí Phan Thị Yến - Phó Bí thư Đảng ủy, Chủ tịch UBND phường."
    assert table(text, gaz, "Tương Mai") == {
        ("Phan Thị Yến", "Tương Mai"): ["Phó Bí thư Đảng ủy", "Chủ tịch UBND"]}


def test_bare_ward_prefers_ward_named_earlier_in_paragraph(gaz):
    text = ("Kỳ họp HĐND phường Định Công diễn ra sáng nay. Đồng chí Cao Văn Lực - Chủ tịch HĐND "
            "phường, phát biểu bế mạc.")
    assert table(text, gaz, "Tương Mai") == {("Cao Văn Lực", "Định Công"): ["Chủ tịch HĐND"]}


def test_appointment(gaz):
    text = "Đồng chí Hứa Minh Tâm được chỉ định giữ chức Bí thư Đảng ủy xã Hòa Xá, nhiệm kỳ 2025-2030."
    hits = find_officials(text, gaz, None)
    assert [(h.name, h.roles, h.place, h.place_code) for h in hits] == [
        ("Hứa Minh Tâm", ["Bí thư Đảng ủy"], "Hòa Xá", HOA_XA)]


def test_elected_and_appointed_variants(gaz):
    text = ("Bà Kiều Thanh Nga được bầu giữ chức Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam phường. "
            "Ông Lò Văn Sáng được bổ nhiệm làm Phó Chủ tịch Ủy ban nhân dân phường.")
    assert table(text, gaz, "Định Công") == {
        ("Kiều Thanh Nga", "Định Công"): ["Chủ tịch Ủy ban MTTQ Việt Nam"],
        ("Lò Văn Sáng", "Định Công"): ["Phó Chủ tịch UBND"],
    }


def test_city_official_visiting(gaz):
    text = "Phó Chủ tịch Thường trực HĐND Thành phố Đinh Thị Hạnh tặng hoa chúc mừng phường Tương Mai."
    hits = find_officials(text, gaz, "Tương Mai")
    assert [(h.name, h.roles, h.place, h.place_code) for h in hits] == [
        ("Đinh Thị Hạnh", ["Phó Chủ tịch Thường trực HĐND"], "Hà Nội", "01")]


def test_list_of_officials(gaz):
    text = ("Tham dự có các đồng chí: Tạ Quang Huy - Bí thư Đảng ủy phường; Lục Thị Bích - Phó Bí thư "
            "Thường trực Đảng ủy; Mạc Đình Toàn, Phó Bí thư Đảng ủy, Chủ tịch UBND phường, cùng các "
            "đại biểu.")
    assert table(text, gaz, "Tương Mai") == {
        ("Tạ Quang Huy", "Tương Mai"): ["Bí thư Đảng ủy"],
        ("Lục Thị Bích", "Tương Mai"): ["Phó Bí thư Thường trực Đảng ủy"],
        ("Mạc Đình Toàn", "Tương Mai"): ["Phó Bí thư Đảng ủy", "Chủ tịch UBND"],
    }


def test_honorific_name_comma_title(gaz):
    text = "Ông Quách Văn Hiếu, Chủ tịch UBND phường Định Công cho biết sẽ xử lý dứt điểm."
    assert table(text, gaz) == {("Quách Văn Hiếu", "Định Công"): ["Chủ tịch UBND"]}


def test_title_comma_honorific_name(gaz):
    text = "Chủ tịch UBND phường Định Công, ông Quách Văn Hiếu cho biết sẽ xử lý dứt điểm."
    assert table(text, gaz) == {("Quách Văn Hiếu", "Định Công"): ["Chủ tịch UBND"]}


def test_caption_with_role(gaz):
    text = "Đồng chí Giang Thị Thơm - Ủy viên Ban Thường vụ Thành ủy phát biểu tại hội nghị"
    assert table(text, gaz) == {("Giang Thị Thơm", "Hà Nội"): ["Ủy viên Ban Thường vụ Thành ủy"]}


def test_delegation_head_named_from_sentence(gaz):
    text = ("Đoàn kiểm tra số 7 của Ban Thường vụ Thành ủy do Thiếu tướng Âu Văn Lâm - Ủy viên Ban "
            "Thường vụ Thành ủy, Bí thư Đảng ủy, Giám đốc Công an Thành phố làm Trưởng đoàn đã làm "
            "việc với phường.")
    assert table(text, gaz, "Tương Mai") == {("Âu Văn Lâm", "Hà Nội"): [
        "Ủy viên Ban Thường vụ Thành ủy", "Bí thư Đảng ủy Công an", "Giám đốc Công an",
        "Trưởng đoàn kiểm tra số 7"]}


def test_city_and_ward_entries_for_one_person(gaz):
    text = ("Đồng chí Trịnh Thu Hà - Thành ủy viên, Bí thư Đảng ủy, Chủ tịch HĐND phường Định Công, "
            "Trưởng đoàn công tác số 3 của Thành ủy dự đại hội.")
    assert table(text, gaz) == {
        ("Trịnh Thu Hà", "Hà Nội"): ["Thành ủy viên", "Trưởng đoàn công tác số 3"],
        ("Trịnh Thu Hà", "Định Công"): ["Bí thư Đảng ủy", "Chủ tịch HĐND"],
    }


def test_province_and_national_bodies(gaz):
    text = ("Phó Chủ tịch UBND thành phố Hà Nội Ninh Văn Khải được chỉ định giữ chức Phó Bí thư Tỉnh "
            "ủy Hưng Yên. Đồng chí Sầm Thị Liên, Phó Chủ tịch Quốc hội dự lễ.")
    assert table(text, gaz) == {
        ("Ninh Văn Khải", "Hà Nội"): ["Phó Chủ tịch UBND"],
        ("Ninh Văn Khải", "Hưng Yên"): ["Phó Bí thư Tỉnh ủy"],
        ("Sầm Thị Liên", "Quốc hội"): ["Phó Chủ tịch Quốc hội"],
    }


def test_named_boards_and_departments(gaz):
    text = ("Phó trưởng Ban Nội chính Thành ủy Khổng Minh Đạt và Giám đốc Sở Xây dựng Hà Nội Tống "
            "Văn Phúc kiểm tra công trình.")
    assert table(text, gaz) == {
        ("Khổng Minh Đạt", "Hà Nội"): ["Phó trưởng Ban Nội chính Thành ủy"],
        ("Tống Văn Phúc", "Hà Nội"): ["Giám đốc Sở Xây dựng"],
    }


# -- normalisation and merging --------------------------------------------------------------------


def test_long_forms_and_old_tone_marks_normalised(gaz):
    text = "Uỷ viên Ban Thường vụ Thành uỷ, Phó Chủ tịch Hội đồng nhân dân thành phố Hà Nội Vi Văn Đức dự."
    assert table(text, gaz) == {
        ("Vi Văn Đức", "Hà Nội"): ["Ủy viên Ban Thường vụ Thành ủy", "Phó Chủ tịch HĐND"]}


def test_rank_is_not_part_of_name_or_role(gaz):
    text = "Đại tá Doãn Quốc Khánh, Trưởng Công an phường Định Công báo cáo."
    assert table(text, gaz) == {("Doãn Quốc Khánh", "Định Công"): ["Trưởng Công an"]}


def test_mentions_merge_and_short_form_is_subsumed(gaz):
    text = ("Phó Chủ tịch Thường trực HĐND Thành phố Đinh Thị Hạnh dự đại hội.\n"
            "Phó Chủ tịch HĐND Thành phố Đinh Thị Hạnh tặng hoa chúc mừng.\n"
            "Đồng chí Đinh Thị Hạnh, Ủy viên Ban Thường vụ Thành ủy phát biểu.")
    hits = find_officials(text, gaz, "Tương Mai")
    assert len(hits) == 1
    assert hits[0].roles == ["Phó Chủ tịch Thường trực HĐND", "Ủy viên Ban Thường vụ Thành ủy"]
    assert text[hits[0].start:hits[0].end] == "Đinh Thị Hạnh"


def test_nfd_input_after_normalise_gives_same_hits(gaz):
    text = "Bí thư Đảng ủy phường Định Công Lê Quang Vinh phát biểu."
    nfd = normalise(unicodedata.normalize("NFD", text))
    assert table(nfd, gaz) == table(text, gaz)


# -- negatives ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Đồng chí Trần Văn Khoa phát biểu tại hội nghị.",  # a name with no office
    "Bà Lê Thị Hoa cho biết gia đình đã nhận quà.",
    "Bí thư Đảng ủy phường Định Công phát biểu tại hội nghị.",  # an office with no name
    "Người dân trên phố Lê Duẩn, Chủ tịch UBND phường đã đến kiểm tra.",  # a street
    "Rào chắn trên đường Nguyễn Trãi - Chủ tịch UBND phường chỉ đạo.",
    "Đảng ủy phường Định Công, HĐND phường Định Công tổ chức hội nghị.",  # bodies
    "Ban Chấp hành Đảng bộ Thành phố Hà Nội, Chủ tịch UBND phường dự.",  # a place, not a name
    "Hoàng Liệt - Chủ tịch UBND phường báo cáo kết quả.",  # a ward name before a title
    "Đoàn Chủ tịch điều hành Đại hội.",  # presidium, not a person
    "Chủ tịch Hồ Chí Minh luôn dạy cán bộ phải gần dân.",  # a title with no body
])
def test_not_an_official(gaz, text):
    assert find_officials(text, gaz, "Tương Mai") == []


def test_ward_name_in_title_is_not_part_of_person_name(gaz):
    hits = find_officials("Chủ tịch UBND phường Tương Mai Hà Văn Sơn trao quà.", gaz, None)
    assert [(h.name, h.place, h.place_code) for h in hits] == [("Hà Văn Sơn", "Tương Mai", TUONG_MAI)]


def test_empty_and_plain_text(gaz):
    assert find_officials("", gaz, None) == []
    assert find_officials("Không có ai ở đây.\n\n", gaz, None) == []


def test_acronym_in_brackets_and_abbreviated_ward(gaz):
    text = ("Phó Chủ tịch Ủy ban nhân dân (UBND) phường Định Công Lê Văn Tám cho biết. "
            "Chủ tịch UBND P. Tương Mai Nguyễn Văn Hải kết luận.")
    assert table(text, gaz) == {
        ("Lê Văn Tám", "Định Công"): ["Phó Chủ tịch UBND"],
        ("Nguyễn Văn Hải", "Tương Mai"): ["Chủ tịch UBND"],
    }


def test_board_with_compound_name_and_title_dash_honorific(gaz):
    text = ("Trưởng Ban Kinh tế - Xã hội HĐND phường Tương Mai Đồng Văn Hưng trình bày tờ trình. "
            "Bí thư Đảng ủy phường Định Công - đồng chí Võ Văn Lâm kết luận.")
    assert table(text, gaz) == {
        ("Đồng Văn Hưng", "Tương Mai"): ["Trưởng Ban Kinh tế - Xã hội HĐND"],
        ("Võ Văn Lâm", "Định Công"): ["Bí thư Đảng ủy"],
    }
