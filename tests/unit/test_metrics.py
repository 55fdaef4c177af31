"""find_metrics on invented sentences: formats, units, negatives, targets, places, periods."""

import pytest
from hypothesis import given, settings, strategies as st

from wardcli.extract.metrics import find_metrics
from wardcli.gazetteer import load_gazetteer

HOME = "Bát Tràng"


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _found(gaz, text, place=HOME):
    return [(h.value, h.unit) for h in find_metrics(text, gaz, place)]


def _one(gaz, text, place=HOME):
    hits = find_metrics(text, gaz, place)
    assert len(hits) == 1, [(h.value, h.unit) for h in hits]
    return hits[0]


# --- number formats and units -----------------------------------------------------------------

@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Xã đã cấp 7.812 thẻ bảo hiểm y tế.", 7812, "thẻ bảo"),
        ("Tỷ lệ tiêm chủng đạt 96,3%.", 96.3, "%"),
        ("Dư nợ tăng 12 %/năm.", 12, "%/năm"),
        ("Khen thưởng 07 tập thể xuất sắc.", 7, "tập thể"),
        ("Toàn xã có 2.345.678 m2 đất nông nghiệp.", 2345678, "m2"),
        ("Ngân sách chi 4.506,25 triệu đồng cho giáo dục.", 4506.25, "triệu đồng"),
        ("Thu nhập đạt 88,5 triệu đồng/người/năm.", 88.5, "triệu đồng/người/năm"),
        ("Có 1,5 triệu lượt khách đến tham quan.", 1.5, "triệu lượt khách"),
        ("Đã nạo vét 3,4 km kênh mương.", 3.4, "km"),
        ("Phường có 19 tổ dân phố.", 19, "tổ dân phố"),
        ("Kết nạp 11 đảng viên mới.", 11, "đảng viên"),
        ("Hội nghị có 140 Đại biểu tham dự.", 140, "Đại biểu"),  # the page's case is kept
        ("Xã bầu 3 đại biểu Quốc hội khóa mới.", 3, "đại biểu Quốc hội"),
        ("Đảng ủy có 27 tổ chức cơ sở Đảng trực thuộc.", 27, "tổ chức cơ sở Đảng"),
        ("Nghị quyết nêu 4 khâu đột phá.", 4, "khâu đột phá"),
        ("Kế hoạch gồm 6 nhóm nhiệm vụ và giải pháp.", 6, "nhóm nhiệm vụ và giải pháp"),
        ("Đề ra 9 nhiệm vụ, giải pháp then chốt.", 9, "nhiệm vụ, giải pháp"),
        ("Đã trao 640 đồng chí huy hiệu.", 640, "đồng chí"),  # "đồng chí" is not money
    ],
)
def test_figure_and_unit_as_written(gaz, text, value, unit):
    h = _one(gaz, text)
    assert (h.value, h.unit) == (value, unit)
    assert text[h.start:h.end].startswith(h.raw)
    assert text[h.start:h.end].endswith(h.unit)


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Dự có 310 đại biểu ưu tú.", "đại biểu"),
        ("Chỉ định 5 đại biểu chính thức.", "đại biểu"),
        ("Chỉ định 2 đại biểu dự khuyết.", "đại biểu"),
        ("Hướng dẫn 8 đảng viên dự bị.", "đảng viên"),
        ("Xác định 12 chỉ tiêu chủ yếu.", "chỉ tiêu"),
        ("Tập trung 4 nhiệm vụ trọng tâm.", "nhiệm vụ"),
        ("Biểu dương 30 gia đình văn hóa tiêu biểu.", "gia đình"),
    ],
)
def test_qualifiers_after_the_noun_are_dropped(gaz, text, unit):
    assert _one(gaz, text).unit == unit


def test_ratio_gives_two_metrics_with_the_shared_unit(gaz):
    assert _found(gaz, "Đã có 5.120/5.300 cử tri đi bầu.") == [(5120, "cử tri"), (5300, "cử tri")]


def test_part_of_whole_that_looks_like_a_date(gaz):
    assert _found(gaz, "Hoàn thành 11/11 chỉ tiêu.") == [(11, "chỉ tiêu"), (11, "chỉ tiêu")]
    assert _found(gaz, "Chiều 11/11 hội nghị khai mạc; tối 2/9 bắn pháo hoa.") == []
    assert _found(gaz, "Đạt 4/4 tiêu chí.") == [(4, "tiêu chí"), (4, "tiêu chí")]


def test_money_gets_an_amount_in_dong(gaz):
    hits = find_metrics("Thu 2,5 tỷ đồng, chi 750 triệu đồng và tặng quà 300.000 đồng/suất.", gaz, HOME)
    assert [h.amount_dong for h in hits] == [2_500_000_000, 750_000_000, 300_000]
    assert find_metrics("Có 90 hộ nghèo.", gaz, HOME)[0].amount_dong is None


def test_counted_noun_before_the_figure(gaz):
    h = _one(gaz, "Tổng số tổ bầu cử trên địa bàn xã là 41.")
    assert (h.value, h.unit) == (41, "tổ bầu cử")


# --- not metrics --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Ngày 21/10/2025 và sáng 3/9, hội nghị khai mạc.",  # dates
        "Khai mạc lúc 14:25, kết thúc lúc 17h30.",  # times
        "Trong năm 2026 và nhiệm kỳ 2026-2031 của HĐND.",  # years, terms
        "Đại hội lần thứ 2 và Kỳ họp thứ 7; Đoàn công tác số 12.",  # ordinals
        "Kỷ niệm 95 năm thành lập Đảng.",  # anniversary
        "Cụ bà 102 tuổi được chúc thọ.",  # age
        "Sau hơn 4 tháng hoạt động, 9 tháng đầu năm, chiến dịch 30 ngày đêm.",  # durations
        "Theo Quyết định số 88/2025/QĐ-UBND và Nghị quyết 12/NQ-HĐND.",  # document numbers
        "Liên hệ đường dây nóng 0987654321.",  # phone
        "Vận hành mô hình chính quyền địa phương 2 cấp.",  # model name
        "Tăng cường hai nhiệm vụ và ba giải pháp.",  # numbers as words
        "Sáp nhập 2 phường Cầu Giấy và Nghĩa Đô.",  # counts the places it names
        "Xem Ảnh 3.",  # caption number
        "Hội nghị lần 2 bàn về đợt 3 thi đua.",  # numbers of a round
        "Cơ quan: số 12 phố Lý Thái Tổ, ngõ 5.",  # addresses
    ],
)
def test_non_metrics(gaz, text):
    assert _found(gaz, text) == []


# --- targets and periods ------------------------------------------------------------------------

def test_target_vs_actual(gaz):
    hits = find_metrics(
        "Năm 2025, thu ngân sách đạt 130% dự toán. Phấn đấu đến năm 2030 tỷ lệ hộ nghèo còn 1%.", gaz, HOME)
    assert [(h.value, h.target) for h in hits] == [(130, False), (1, True)]
    assert [h.period for h in hits] == ["2025", "2030"]


def test_count_of_targets_is_not_itself_a_target_marker(gaz):
    hits = find_metrics("Thông qua 18 chỉ tiêu và 2 khâu đột phá.", gaz, HOME)
    assert [h.target for h in hits] == [False, False]


@pytest.mark.parametrize(
    "text, period",
    [
        ("Thu ngân sách 9 tháng đầu năm 2025 đạt 75%.", "9 tháng đầu năm 2025"),
        ("Nhiệm kỳ 2020 - 2025, kết nạp 120 đảng viên.", "nhiệm kỳ 2020-2025"),
        ("Giai đoạn 2021-2025 giải ngân 96%.", "giai đoạn 2021-2025"),
        ("Đã giải ngân 96% vốn.", None),
        ("Sản lượng tăng 7% so với năm 2024.", None),  # the year compared with
    ],
)
def test_period(gaz, text, period):
    assert _one(gaz, text).period == period


def test_label_is_what_is_measured(gaz):
    h = _one(gaz, "Tổng thu ngân sách nhà nước trên địa bàn đạt trên 210 tỷ đồng.")
    assert h.label == "Tổng thu ngân sách nhà nước"
    assert _one(gaz, "Cử tri đi bầu với tỷ lệ 99,1%.").label == "tỷ lệ"


# --- place attribution --------------------------------------------------------------------------

def test_figure_belongs_to_the_doc_ward_by_default(gaz):
    h = _one(gaz, "Đảng ủy phường đã kết nạp 14 đảng viên.")
    assert (h.place, h.place_code) == (HOME, gaz.resolve(HOME).code)
    assert _one(gaz, "Có 14 đảng viên.", place=None).place is None


def test_another_ward_named_in_the_sentence(gaz):
    h = _one(gaz, "Phường Hoàn Kiếm có 18 tổ dân phố.")
    assert (h.place, h.place_code) == ("Hoàn Kiếm", gaz.resolve("Hoàn Kiếm").code)
    h = _one(gaz, "Sáng nay, 31 điểm bầu cử trên địa bàn xã Sóc Sơn khai mạc.")
    assert h.place == "Sóc Sơn"


def test_headline_naming_a_ward_before_a_colon(gaz):
    assert _one(gaz, "Hoàn Kiếm: Gần 500 người dân tham gia ngày hội.").place == "Hoàn Kiếm"


def test_city_and_country(gaz):
    assert _one(gaz, "Thành phố Hà Nội có 30 đơn vị bầu cử.").place == "Hà Nội"
    assert _one(gaz, "Lễ được kết nối tới 126 điểm cầu trên toàn Thành phố.").place == "Hà Nội"
    assert _one(gaz, "Số đại biểu được bầu trong cả nước là 500.").place == "cả nước"


def test_parenthesised_city_does_not_take_the_ward_figure(gaz):
    h = _one(gaz, "Đảng bộ phường Hoàn Kiếm (thành phố Hà Nội) có 2.100 đảng viên.")
    assert h.place == "Hoàn Kiếm"


def test_earlier_sentence_of_the_paragraph_names_the_ward(gaz):
    text = "Đảng bộ phường Hoàn Kiếm (Hà Nội) đạt nhiều kết quả. Nổi bật là thu ngân sách đạt 150% so với dự toán Thành phố giao."
    assert _one(gaz, text).place == "Hoàn Kiếm"


@settings(max_examples=60)
@given(st.text(alphabet="0123456789.,/%: -abđxãphườngtỷ triệuđồngviênHàNội()\n", max_size=60))
def test_find_metrics_never_raises(text):
    for h in find_metrics(text, load_gazetteer(), HOME):
        assert 0 <= h.start < h.end <= len(text)
