"""find_metrics on invented sentences of the kinds issue 10 found missed or misplaced on unseen
pages: counted nouns the tables lacked, a change "từ X xuống còn Y", counts of units, and the
places of figures on pages about provinces other than Hà Nội."""

import pytest

from wardcli.extract.metrics import find_metrics
from wardcli.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _hits(gaz, text, place="Bát Tràng", province="Hà Nội"):
    return [(h.value, h.unit, h.place) for h in find_metrics(text, gaz, place, province)]


def _units(gaz, text):
    return [(h.value, h.unit) for h in find_metrics(text, gaz, "Bát Tràng")]


# --- what a figure counts ---------------------------------------------------------------------

def test_a_verb_ending_in_a_label_word_is_followed_by_a_count(gaz):
    # "trang 9" alone is page 9; "chỉnh trang" (renovate) ends in that word
    assert _units(gaz, "Xã đã chỉnh trang 9 tuyến phố và 3 tuyến ngõ.") == [(9, "tuyến phố"), (3, "tuyến ngõ")]
    assert _units(gaz, "Xem ảnh ở trang 9 của số báo.") == []


def test_a_change_down_to_a_figure_gives_both_ends_the_shared_unit(gaz):
    assert _units(gaz, "Sĩ số giảm từ 48 xuống còn 40 học sinh/lớp.") == [(48, "học sinh/lớp"), (40, "học sinh/lớp")]
    assert _units(gaz, "Tỷ lệ hộ nghèo tăng từ 3 lên 5%.") == [(3, "%"), (5, "%")]


def test_a_hyphenated_counted_noun_is_read_whole(gaz):
    assert _units(gaz, "Xã có 120 héc-ta lúa chất lượng cao.") == [(120, "héc-ta")]


def test_a_pair_of_staff_nouns_without_commas_is_one_noun(gaz):
    assert _units(gaz, "Xã có 45 cán bộ công chức viên chức.") == [(45, "cán bộ công chức viên chức")]


def test_tourist_trips_keep_their_whole_noun(gaz):
    assert _units(gaz, "Năm qua huyện đón 2,3 triệu lượt khách du lịch.") == [(2.3, "triệu lượt khách du lịch")]


# --- places on pages about other provinces ------------------------------------------------------

def test_a_place_closing_an_attendees_office_is_not_the_place_of_the_figures_after_it(gaz):
    text = ("Dự hội nghị có đồng chí Lê Văn An, Bí thư Tỉnh ủy Nghệ An; 180 đại biểu đại diện "
            "cho 2.300 đảng viên của Đảng bộ.")
    assert [p for _, _, p in _hits(gaz, text, "Trường Vinh", "Nghệ An")] == ["Trường Vinh", "Trường Vinh"]


def test_a_share_of_the_whole_city_belongs_to_the_part_the_paragraph_is_about(gaz):
    text = ("Phường Hải Châu đẩy mạnh du lịch đêm.\n"
            "Hiện có 120 khách sạn, chiếm 15% số phòng của toàn thành phố.")
    text = text.replace("\n", " ")
    assert _hits(gaz, text, "Hải Châu", "Đà Nẵng") == [(120, "khách sạn", "Hải Châu"), (15, "%", "Hải Châu")]


def test_a_bare_province_at_the_head_of_a_clause_is_the_place_of_its_figures(gaz):
    text = "Sau hợp nhất, tỉnh có 99 đơn vị hành chính, lớn nhất cả nước; tỉnh đặt mục tiêu 60% xã đạt chuẩn."
    assert [(v, p) for v, _, p in _hits(gaz, text, "Từ Sơn", "Bắc Ninh")] == [(99, "Bắc Ninh"), (60, "Bắc Ninh")]


def test_count_of_merged_units_is_a_metric_of_the_province(gaz):
    text = "Toàn tỉnh hiện có 99 đơn vị hành chính cấp xã, trong đó 33 phường."
    assert [(v, p) for v, _, p in _hits(gaz, text, "Từ Sơn", "Bắc Ninh")] == [(99, "Bắc Ninh"), (33, "Bắc Ninh")]
    assert [(v, u) for v, u, _ in _hits(gaz, "Phường được thành lập trên cơ sở sáp nhập 4 xã.")] == [(4, "xã")]
