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
