"""parse_page on hand-written pages, one per template family, plus edge cases.

Each fixture is an invented article laid out like the ward news pages wardcli reads.
"""

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from wardcli.model import doc_id, make_id
from wardcli.page import parse_page
from wardcli.text import normalise

FIXTURES = Path(__file__).parent.parent / "fixtures"


def load(name: str):
    text = normalise((FIXTURES / name).read_text(encoding="utf-8"))
    return parse_page(text, name)


def titles(page):
    return [t.title for t in page.teasers]


# --- template: title line, then "HH:MM DD/MM/YYYY" ------------------------------------------

TITLE_TIME = "page_title_time.txt"
TT_TITLE = "Phường Khương Đình: Ra mắt tổ công nghệ số cộng đồng tại 24 tổ dân phố"


def test_title_time_header():
    a = load(TITLE_TIME).article
    assert a.kind == "article"
    assert a.title == TT_TITLE
    assert a.published == "2025-09-03T14:20"
    assert a.published_raw == "14:20 03/09/2025"
    assert a.byline is None


def test_outlet_prefix_is_stripped_from_lead():
    a = load(TITLE_TIME).article
    assert a.lead == ("Chiều 2/9, UBND phường Khương Đình tổ chức lễ ra mắt 24 tổ công nghệ số "
                      "cộng đồng với 312 thành viên.")
    assert "HNP" not in a.text


def test_text_is_lead_and_paragraphs_only():
    a = load(TITLE_TIME).article
    assert a.paragraphs == [
        "Các tổ sẽ hướng dẫn người dân cài đặt ứng dụng định danh điện tử và nộp hồ sơ trực tuyến.",
        "Phát biểu tại buổi lễ, Bí thư Đảng ủy phường đề nghị các tổ hoạt động thường xuyên, sát dân.",
    ]
    assert a.text == "\n\n".join([a.lead] + a.paragraphs)


def test_captions_kept_apart_without_photo_suffix():
    a = load(TITLE_TIME).article
    assert a.captions == [
        "Chủ tịch UBND phường Khương Đình Trần Văn Lộc trao quyết định cho các tổ trưởng",
        "Thành viên tổ công nghệ số hướng dẫn người cao tuổi sử dụng điện thoại thông minh",
    ]
    assert not any("Ảnh" in c for c in a.captions)
    for c in a.captions:
        assert c not in a.text
    assert "- Ảnh 2." not in a.text
    assert TT_TITLE not in a.text  # the headline repeated as the photo's alt text


@pytest.mark.parametrize("label", ["Tin đọc nhiều", "Tin cùng chuyên mục", "Xem theo ngày",
                                   "Tin khác", "Phiên bản di động"])
def test_boilerplate_labels_are_not_text_or_teasers(label):
    page = load(TITLE_TIME)
    assert label not in page.article.text
    assert label not in titles(page)


def test_teasers_in_page_order_once_each():
    page = load(TITLE_TIME)
    assert titles(page) == [
        "Phường Khương Đình tổng vệ sinh môi trường đón năm học mới",
        "Thông báo lịch tiếp công dân tháng 9 của Chủ tịch UBND phường",
        # split over two lines on the page, joined with one space
        "Phường Khương Đình sơ kết công tác phòng cháy chữa cháy 8 tháng đầu năm",
        # the trailing full stop is part of the title as the page writes it
        "Hội Cựu chiến binh phường trao 15 suất quà cho hội viên khó khăn.",
    ]
    assert all(t.kind == "teaser" for t in page.teasers)


def test_teaser_times_summaries_and_relative_time():
    t = {d.title: d for d in load(TITLE_TIME).teasers}
    first = t["Phường Khương Đình tổng vệ sinh môi trường đón năm học mới"]
    assert first.published is None  # "2 giờ trước" cannot be resolved without a crawl time
    assert first.published_raw == "2 giờ trước"
    assert first.text == ("Sáng 1/9, hơn 500 đoàn viên, thanh niên tham gia tổng vệ sinh "
                          "quanh các trường học.")
    notice = t["Thông báo lịch tiếp công dân tháng 9 của Chủ tịch UBND phường"]
    assert notice.published == "2025-09-01T16:05"
    assert notice.text == ""  # the line under it only repeats the title
    fire = t["Phường Khương Đình sơ kết công tác phòng cháy chữa cháy 8 tháng đầu năm"]
    assert fire.published == "2025-08-29T09:15"
    assert fire.text.startswith("Ngày 28/8, phường Khương Đình")


# --- template: the page opens on a photo caption ---------------------------------------------


def test_caption_first_page_has_no_title_date_or_byline():
    page = load("page_caption_first.txt")
    a = page.article
    assert a is not None
    assert (a.title, a.published, a.byline) == (None, None, None)
    assert "Tỷ lệ hồ sơ giải quyết đúng hạn của xã đạt 98,2%" in a.text
    assert page.teasers == []


# --- template: byline and time first, title only above the photos ----------------------------


def test_byline_first_page_takes_title_from_photo_headline():
    a = load("page_byline_first.txt").article
    assert a.title == "Xã Liên Minh đặt mục tiêu trở thành xã nông thôn mới kiểu mẫu"
    assert a.byline == "Minh Châu"
    assert a.published == "2025-08-18T10:08"
    assert a.published_raw == "10:08 | 18/08/2025"
    assert a.captions == ["Các đại biểu tham dự đại hội.", "Đoàn Chủ tịch điều hành phiên thảo luận."]
    assert a.title not in a.text
    assert "Minh Châu" not in a.text
    assert a.lead.startswith("Đại hội đại biểu Đảng bộ xã Liên Minh")
    assert a.paragraphs[-1] == "Đại hội đã bầu Ban Chấp hành Đảng bộ xã gồm 21 đồng chí."


# --- template: no time, closing signature, run-on related links ------------------------------

RUNON = "page_signature_runon.txt"
RO_TITLE = "Xã Hồng Vân: Hoàn thành giải phóng mặt bằng tuyến đê tả sông Hồng"


def test_signature_is_byline_and_missing_time_is_none():
    a = load(RUNON).article
    assert a.title == RO_TITLE
    assert a.published is None and a.published_raw is None
    assert a.byline == "Trần Minh"
    assert "Trần Minh" not in a.text
    assert a.text.endswith("trong mùa mưa lũ.")


def test_run_on_line_is_split_into_teasers_and_own_title_stub_kept():
    page = load(RUNON)
    assert titles(page) == [
        "Phường Yên Sở tổ chức ngày hội đại đoàn kết toàn dân tộc năm 2025",
        "Hội Nông dân xã Thường Tín tập huấn kỹ thuật trồng rau an toàn",
        "Công an xã Chương Dương ra mắt mô hình camera an ninh liên gia",
        "Phường Lĩnh Nam lắp đặt 40 điểm đèn chiếu sáng ngõ xóm",
        RO_TITLE,  # the page's own article, listed under "Nên xem": a teaser too
    ]
    a = page.article
    assert "Yên Sở" not in a.text and "Lĩnh Nam" not in a.text
    assert "Có thể bạn quan tâm" not in a.text
    # a subheading stays in the body; the photo caption does not
    assert "Đồng thuận từ người dân" in a.paragraphs
    assert a.captions == ["Lãnh đạo xã Hồng Vân kiểm tra hiện trường thi công."]


def test_self_teaser_has_its_own_id():
    page = load(RUNON)
    own = [t for t in page.teasers if t.title == RO_TITLE][0]
    assert own.id != page.article.id
    assert own.text.startswith("Ngày 12/11, UBND xã Hồng Vân")


# --- sibling formats from other outlets -------------------------------------------------------


def test_weekday_gmt_stamp_breadcrumb_and_team_byline():
    page = load("page_sibling_formats.txt")
    a = page.article
    assert a.title == "Phường Bồ Đề khánh thành nhà văn hóa tổ dân phố số 7"
    assert a.published == "2025-09-22T16:45"
    assert a.byline == "Nhóm PV"
    assert a.lead.startswith("Sáng 22/9, phường Bồ Đề")  # "(HNM) - " stripped
    assert "Chia sẻ" not in a.text and "Xem thêm" not in a.text


def test_inline_see_also_and_dated_stub_titles():
    page = load("page_sibling_formats.txt")
    assert [(t.title, t.published) for t in page.teasers] == [
        ("Phường Bồ Đề ra quân làm sạch bờ sông", None),
        ("Phường Bồ Đề phát động phong trào sống xanh", "2025-09-20"),
        ("Hội Phụ nữ phường Bồ Đề ra mắt câu lạc bộ nữ doanh nhân", "2025-09-18"),
    ]


def test_iso_stamp_with_updated_label():
    a = load("page_relative_iso.txt").article
    assert a.published == "2025-09-05T07:30"
    assert a.published_raw == "Cập nhật: 2025-09-05T07:30:00+07:00"


def test_relative_article_time_is_kept_raw_and_published_is_none():
    a = load("page_relative_time.txt").article
    assert a.title == "Phường Giảng Võ tổng kết mùa hè xanh"
    assert a.published is None
    assert a.published_raw == "3 giờ trước"
    assert "3 giờ trước" not in a.text


@pytest.mark.parametrize("stamp, iso", [
    ("15-08-2025", "2025-08-15"),
    ("Thứ Sáu, 15/08/2025 09:07", "2025-08-15T09:07"),
    ("15/08/2025 - 09:07", "2025-08-15T09:07"),
    ("Cập nhật: 9h07 ngày 15/8/2025 (GMT+7)", "2025-08-15T09:07"),
    ("2025-08-15", "2025-08-15"),
    ("Thứ sáu, ngày 15 tháng 8 năm 2025", "2025-08-15"),
    ("45 phút trước", None),
])
def test_timestamp_shapes(stamp, iso):
    page = parse_page(f"Phường Hạ Đình tổ chức ngày hội\n\n{stamp}\n\nNội dung bài.", "s.txt")
    assert page.article.published == iso
    assert page.article.published_raw == stamp
    assert page.article.text == "Nội dung bài."


def test_byline_beside_the_time():
    page = parse_page("Phường Hạ Đình tổ chức ngày hội\n\nThu Trang 07:45 02/10/2025\n\nNội dung.",
                      "s.txt")
    a = page.article
    assert (a.byline, a.published, a.published_raw) == ("Thu Trang", "2025-10-02T07:45",
                                                         "07:45 02/10/2025")


def test_date_inside_a_sentence_is_not_the_publication_time():
    text = "Phường Hạ Đình tổ chức ngày hội\n\nNgày 15/08/2025, phường tổ chức ngày hội.\n"
    a = parse_page(text, "s.txt").article
    assert a.published is None
    assert a.text == "Ngày 15/08/2025, phường tổ chức ngày hội."


# --- ids -----------------------------------------------------------------------------------


def test_nfd_crlf_copy_gives_same_ids():
    raw = (FIXTURES / TITLE_TIME).read_text(encoding="utf-8")
    nfd = "\ufeff" + unicodedata.normalize("NFD", raw).replace("\n", "\r\n").replace(" ", "\u00a0", 3)
    a, b = parse_page(normalise(raw), "a.txt"), parse_page(normalise(nfd), "b.txt")
    assert a.page == b.page
    assert a.article.id == b.article.id
    assert [t.id for t in a.teasers] == [t.id for t in b.teasers]
    assert a.article.source == "a.txt" and b.article.source == "b.txt"


def test_ids_follow_doc_id_and_page_hash():
    text = normalise((FIXTURES / TITLE_TIME).read_text(encoding="utf-8"))
    page = parse_page(text, "x.txt")
    a = page.article
    assert page.page == make_id("page", text) == a.page
    assert a.id == doc_id("article", a.title, a.published, a.byline, a.text, a.captions)
    t = page.teasers[0]
    assert t.id == doc_id("teaser", t.title, t.published, None, t.text, [])
    assert len({d.id for d in [a, *page.teasers]}) == 1 + len(page.teasers)


def test_changed_body_changes_article_id():
    base = "Phường Hạ Đình tổ chức ngày hội\n\n09:00 01/10/2025\n\nNội dung bài."
    one = parse_page(base, "s.txt").article.id
    two = parse_page(base.replace("Nội dung", "Nội dung khác"), "s.txt").article.id
    assert one != two


# --- degenerate pages ------------------------------------------------------------------------


def test_empty_page():
    page = parse_page("", "empty.txt")
    assert page.article is None
    assert page.teasers == []
    assert page.page == make_id("page", "")


def test_page_of_labels_only_has_nothing():
    page = parse_page("Tin khác\n\nXem thêm\nPhiên bản di động\n", "l.txt")
    assert page.article is None
    assert page.teasers == []


def test_title_and_time_without_body():
    page = parse_page("Phường Hạ Đình tổ chức ngày hội\n\n09:00 01/10/2025\n\nTin khác\n"
                      "Xã Tân Lập trồng 2.000 cây xanh\n08:00 30/09/2025\n", "h.txt")
    a = page.article
    assert a.title == "Phường Hạ Đình tổ chức ngày hội"
    assert a.published == "2025-10-01T09:00"
    assert (a.lead, a.paragraphs, a.text) == (None, [], "")
    assert [(t.title, t.published) for t in page.teasers] == [
        ("Xã Tân Lập trồng 2.000 cây xanh", "2025-09-30T08:00")]


def test_unlabelled_stub_list_after_article_ends_the_body():
    text = ("Phường Hạ Đình tổ chức ngày hội\n\n09:00 01/10/2025\n\nNội dung bài viết.\n\n"
            "Xã Tân Lập trồng 2.000 cây xanh\nXã Tân Lập trồng 2.000 cây xanh\n"
            "Sáng 29/9, xã Tân Lập phát động trồng cây.\n08:00 30/09/2025\n"
            "Phường Định Công khai giảng lớp tin học\nPhường Định Công khai giảng lớp tin học\n"
            "Lớp học miễn phí cho người cao tuổi.\n07:30 29/09/2025\n")
    page = parse_page(text, "u.txt")
    assert page.article.text == "Nội dung bài viết."
    assert titles(page) == ["Xã Tân Lập trồng 2.000 cây xanh",
                            "Phường Định Công khai giảng lớp tin học"]


def test_captions_printed_twice_at_the_end_of_the_body_stay_in_the_article():
    # caption, caption again, paragraph: the shape of an undated stub, but no timestamp
    text = ("Phường Hạ Đình tổ chức ngày hội\n\n09:00 01/10/2025\n\nĐoạn mở đầu.\n\n"
            "Các đại biểu dự hội nghị\n\nCác đại biểu dự hội nghị\n\nĐoạn thứ hai.\n\n"
            "Lãnh đạo phường trao giấy khen\n\nLãnh đạo phường trao giấy khen\n\n"
            "Đoạn cuối bài.\n\nTin khác\n\nXã Tân Lập trồng 2.000 cây xanh\n08:00 30/09/2025\n")
    page = parse_page(text, "c.txt")
    assert page.article.text == "Đoạn mở đầu.\n\nĐoạn thứ hai.\n\nĐoạn cuối bài."
    assert page.article.captions == ["Các đại biểu dự hội nghị", "Lãnh đạo phường trao giấy khen"]
    assert titles(page) == ["Xã Tân Lập trồng 2.000 cây xanh"]


def test_section_label_after_a_short_dated_article_still_ends_it():
    # no line has four words, but the timestamp shows the article has begun
    text = ("Xã Ô Diên\n\n10:08 | 18/08/2025\n\nThân bài.\n\nTin khác\n\n"
            "Xã Tân Lập trồng cây\nXã Tân Lập trồng cây\n09:00 17/08/2025\n")
    page = parse_page(text, "s.txt")
    assert page.article.text == "Thân bài."
    assert [(t.title, t.published) for t in page.teasers] == [
        ("Xã Tân Lập trồng cây", "2025-08-17T09:00")]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "", "Tin khác", "Xem", "09:07 15/08/2025", "23 giờ trước", "Lê Thắm",
    "Phường Tương Mai tổ chức hội nghị", "Nội dung bài viết có dấu chấm.",
    "Phường A- Ảnh 1.", "Thứ Hai, 15/08/2025", "HNP - Sáng 1/9, phường họp.",
]) | st.text(max_size=30), max_size=25))
def test_parser_never_raises(lines):
    text = normalise("\n".join(lines))
    page = parse_page(text, "h.txt")
    assert page.page == make_id("page", text)
    keys = [t.title for t in page.teasers]
    assert len(keys) == len(set(keys))


# --- layouts seen on other outlets -----------------------------------------------------------


def test_time_above_title_in_header_and_in_lists():
    text = ("15/08/2025 09:07\nPhường Hạ Đình tổ chức ngày hội văn hóa\n\n"
            "Nội dung bài viết về ngày hội.\n\nTin khác\n"
            "14/08/2025 08:00\nXã Tân Lập trồng cây xanh dịp Tết\n"
            "Xã Tân Lập vừa phát động trồng 2.000 cây xanh tại các tuyến đường, trường học và "
            "khu dân cư.\n13/08/2025 08:00\nPhường Định Công mở lớp tin học\n")
    page = parse_page(text, "t.txt")
    assert page.article.title == "Phường Hạ Đình tổ chức ngày hội văn hóa"
    assert page.article.published == "2025-08-15T09:07"
    assert page.article.text == "Nội dung bài viết về ngày hội."
    # each time belongs to the stub below it, not to the one above
    assert [(t.title, t.published) for t in page.teasers] == [
        ("Xã Tân Lập trồng cây xanh dịp Tết", "2025-08-14T08:00"),
        ("Phường Định Công mở lớp tin học", "2025-08-13T08:00"),
    ]
    assert page.teasers[0].text.startswith("Xã Tân Lập vừa phát động")


def test_navigation_label_above_the_article_does_not_end_it():
    text = ("Tin mới\nPhường Hạ Đình tổ chức ngày hội văn hóa\n\n09:00 01/10/2025\n\n"
            "Nội dung bài viết về ngày hội.\n")
    a = parse_page(text, "n.txt").article
    assert a.title == "Phường Hạ Đình tổ chức ngày hội văn hóa"
    assert a.text == "Nội dung bài viết về ngày hội."


def test_same_short_caption_twice_is_not_taken_for_a_title():
    text = ("Quang cảnh hội nghị\nSáng 3/10, xã Tân Lập họp tổng kết quý III.\n"
            "Quang cảnh hội nghị\nXã đạt 9 trên 10 chỉ tiêu đề ra.\n")
    a = parse_page(text, "c.txt").article
    assert a.title is None
    assert "Xã đạt 9 trên 10 chỉ tiêu đề ra." in a.text


def test_credit_prefix_is_dropped_from_signature():
    text = ("Phường Hạ Đình tổ chức ngày hội văn hóa\n\n09:00 01/10/2025\n\n"
            "Nội dung bài viết về ngày hội.\nBài và ảnh: Ngọc Lan\n")
    a = parse_page(text, "s.txt").article
    assert a.byline == "Ngọc Lan"
    assert a.text == "Nội dung bài viết về ngày hội."


def test_title_printed_twice_on_top_keeps_the_lead():
    text = ("Phường Hạ Đình tổ chức ngày hội văn hóa\n09:00 01/10/2025\n"
            "Phường Hạ Đình tổ chức ngày hội văn hóa\nSáng 1/10, phường tổ chức ngày hội.\n")
    a = parse_page(text, "d.txt").article
    assert a.lead == "Sáng 1/10, phường tổ chức ngày hội."
    assert a.captions == []


# --- other outlets' templates: date above the title, dash/pipe times, portals, footers ------

OUTLET_PAGES = {
    # breadcrumb, weekday date above the title, sapo, "Ảnh:" caption, signature, tags, footer
    "page_date_above_title.txt": dict(
        title="Phường Láng mở lớp dạy kỹ năng số miễn phí cho người cao tuổi",
        published="2025-09-15T08:30",
        byline="Hà Anh",
        teasers=[
            "Phường Láng ra mắt tổ công nghệ số cộng đồng",
            "Hà Nội đặt mục tiêu 80% người dân dùng dịch vụ công trực tuyến",
            "Người cao tuổi phường Ô Chợ Dừa học dùng điện thoại thông minh",
            "Xã Sóc Sơn ra quân dọn vệ sinh môi trường cuối tuần",
            "Phường Đống Đa tiếp nhận hồ sơ hỗ trợ hộ kinh doanh",
        ]),
    # "Thứ hai, dd/mm/yyyy - HH:MM", two names under it, "(Dân trí) -" lead, comment widgets
    "page_dash_time_byline_under.txt": dict(
        title="Xã Phúc Thọ hoàn thành giải phóng mặt bằng tuyến đường liên xã",
        published="2025-09-15T08:30",
        byline="Hà Anh - Minh Đức",
        teasers=[
            "Xã Đan Phượng khởi công trường mầm non mới",
            "Phường Hà Đông lắp thêm 40 camera giám sát giao thông",
            "Hà Nội khai trương thêm tuyến xe buýt điện nội đô",
            "Thủ đô đón hơn 3 triệu lượt khách trong dịp nghỉ lễ",
        ]),
    # ward portal: site name, "Trang chủ > ..." breadcrumb, date only beside a view count
    "page_ward_portal_date_only.txt": dict(
        title="Phường Hoàng Liệt tổ chức tổng vệ sinh môi trường hưởng ứng Ngày Chủ nhật xanh",
        published="2025-09-15",
        byline="Nhóm PV",
        teasers=[
            "Phường Hoàng Liệt ra quân xử lý vi phạm trật tự đô thị",
            "Phường Hoàng Liệt tổ chức hội nghị đối thoại với Nhân dân",
            "Phường Hoàng Liệt triển khai kế hoạch phòng, chống dịch sốt xuất huyết",
            "Hội nghị sơ kết công tác 9 tháng đầu năm 2025",
        ]),
    # "dd/mm/yyyy | HH:MM", a "Đọc thêm" box inside the body, "PV", "Tags:", dated list
    "page_pipe_time_inline_box.txt": dict(
        title="Phường Yên Hòa đối thoại với hộ kinh doanh về chuyển đổi thuế khoán",
        published="2025-09-15T08:30",
        byline="PV",
        teasers=[
            "Phường Yên Hòa hỗ trợ hộ kinh doanh lắp máy tính tiền",
            "Xã Thường Tín phát động Tết trồng cây mùa thu",
            "Phường Cầu Giấy khánh thành nhà văn hóa tổ dân phố số 12",
        ]),
    # "Cập nhật: HH:MM, dd/mm/yyyy", "(Theo X)" source line, comment form, seconds in times
    "page_updated_stamp_source_byline.txt": dict(
        title="Phường Hoàn Kiếm chỉnh trang 12 tuyến phố đón Quốc khánh",
        published="2025-09-15T08:30",
        byline="Theo Hànộimới",
        teasers=[
            "Phường Cửa Nam ra mắt mô hình tổ dân phố không rác thải nhựa",
            "Phường Ba Đình hoàn thành cải tạo 3 khu tập thể cũ",
            "Xã Gia Lâm khai trương chợ nông sản an toàn",
            "Phường Tây Hồ tổ chức lễ hội hoa đào cuối năm",
        ]),
}


@pytest.mark.parametrize("name", sorted(OUTLET_PAGES))
def test_outlet_template_header(name):
    want = OUTLET_PAGES[name]
    a = load(name).article
    assert (a.title, a.published, a.byline) == (want["title"], want["published"], want["byline"])


@pytest.mark.parametrize("name", sorted(OUTLET_PAGES))
def test_outlet_template_teasers(name):
    assert titles(load(name)) == OUTLET_PAGES[name]["teasers"]


FOOTER_WORDS = ["Bản quyền", "©", "Tổng biên tập", "Địa chỉ", "Điện thoại", "Chịu trách nhiệm",
                "Từ khóa", "Tags", "Chủ đề:", "Bình luận", "Họ và tên", "Lượt xem", "Trang chủ",
                "Cổng thông tin", "In bài", "Chia sẻ", "Quay lại"]


@pytest.mark.parametrize("name", sorted(OUTLET_PAGES))
def test_outlet_widgets_and_footers_are_neither_text_nor_teasers(name):
    page = load(name)
    for word in FOOTER_WORDS:
        assert word not in page.article.text, word
        assert not any(word in t for t in titles(page)), word
    assert page.article.title not in page.article.text
    assert not any(t.published and "giờ" in t.title for t in page.teasers)


def test_date_above_title_keeps_sapo_as_lead_and_credit_caption_apart():
    a = load("page_date_above_title.txt").article
    assert a.lead.startswith("Hơn 120 người cao tuổi ở phường Láng")
    assert a.captions == ["Đoàn viên thanh niên hướng dẫn người cao tuổi cài ứng dụng. Ảnh: Minh Đức"]
    assert "Ảnh: Minh Đức" not in a.text
    assert a.paragraphs[-1].startswith("Theo kế hoạch, phường sẽ mở thêm 8 lớp")
    assert "Thời sự" not in a.text and "Hà Anh" not in a.text


def test_relative_times_under_list_titles_stay_raw():
    page = load("page_date_above_title.txt")
    stamped = {t.title: t.published_raw for t in page.teasers if t.published_raw}
    assert stamped == {"Xã Sóc Sơn ra quân dọn vệ sinh môi trường cuối tuần": "2 giờ trước",
                       "Phường Đống Đa tiếp nhận hồ sơ hỗ trợ hộ kinh doanh": "3 giờ trước"}


def test_parenthesised_outlet_and_photo_credit_lines():
    a = load("page_dash_time_byline_under.txt").article
    assert a.lead.startswith("Sau hơn 3 tháng vận động, xã Phúc Thọ")
    assert a.captions == ["Đường liên xã đang được thi công mở rộng (Ảnh: Minh Đức)."]
    assert len(a.paragraphs) == 3
    summaries = {t.title: t.lead for t in load("page_dash_time_byline_under.txt").teasers}
    assert summaries["Xã Đan Phượng khởi công trường mầm non mới"].startswith("Trường mầm non có 16")
    assert summaries["Hà Nội khai trương thêm tuyến xe buýt điện nội đô"] is None


def test_portal_caption_line_and_dated_list_titles():
    page = load("page_ward_portal_date_only.txt")
    a = page.article
    assert a.captions == ["Cán bộ, người dân phường Hoàng Liệt thu gom rác thải ven hồ Linh Đàm"]
    assert a.lead.startswith("Sáng 14/9, UBND phường Hoàng Liệt")
    assert a.paragraphs[-1].startswith("Dịp này, phường phát động")
    assert [t.published for t in page.teasers] == ["2025-09-12", "2025-09-08", None, None]


def test_related_box_inside_the_body_does_not_end_the_article():
    a = load("page_pipe_time_inline_box.txt").article
    assert a.lead.startswith("Chiều 14/9, UBND phường Yên Hòa")
    assert len(a.paragraphs) == 3
    assert a.paragraphs[-1].startswith("Phó Chủ tịch UBND phường Yên Hòa Đỗ Thị Lan")
    assert "máy tính tiền" not in a.text


def test_source_line_byline_and_seconds_in_list_times():
    page = load("page_updated_stamp_source_byline.txt")
    a = page.article
    assert a.published_raw == "Cập nhật: 08:30, 15/09/2025"
    assert a.captions == ["Tuyến phố Đinh Tiên Hoàng sau khi chỉnh trang (Ảnh: Hà Anh)"]
    assert "Theo Hànộimới" not in a.text
    assert [t.published for t in page.teasers] == ["2025-09-15T07:20", "2025-09-14T16:05",
                                                   None, None]


@pytest.mark.parametrize("stamp, iso", [
    ("Thứ Hai, 15/09/2025 08:30 (GMT+7)", "2025-09-15T08:30"),
    ("Thứ hai, 15/9/2025, 08:30 (GMT+7)", "2025-09-15T08:30"),
    ("15/09/2025 | 08:30", "2025-09-15T08:30"),
    ("Cập nhật: 08:30, 15/09/2025", "2025-09-15T08:30"),
    ("Ngày 15/09/2025 08:30", "2025-09-15T08:30"),
    ("15-09-2025 08:30:12", "2025-09-15T08:30"),
    ("15/09/2025 08:30 GMT+7", "2025-09-15T08:30"),
    ("Thứ Hai, 15-09-2025, 08:30", "2025-09-15T08:30"),
    ("08:30 | Thứ Hai, 15/09/2025", "2025-09-15T08:30"),
    ("Ngày đăng: 15/09/2025 | Lượt xem: 1.204", "2025-09-15"),
    ("Ngày đăng: 15/09/2025 08:30 | Cập nhật: 16/09/2025 10:00", "2025-09-15T08:30"),
    ("15/09/2025", "2025-09-15"),
])
def test_outlet_timestamp_shapes(stamp, iso):
    page = parse_page(f"Phường Hạ Đình tổ chức ngày hội văn hóa\n\n{stamp}\n\nNội dung bài.",
                      "s.txt")
    assert page.article.published == iso
    assert page.article.text == "Nội dung bài."


@pytest.mark.parametrize("sig, who", [
    ("PV", "PV"), ("Nhóm PV", "Nhóm PV"), ("Hà Anh - Minh Đức", "Hà Anh - Minh Đức"),
    ("(Theo Hànộimới)", "Theo Hànộimới"), ("TTXVN", "TTXVN"), ("Theo Kinhtedothi", "Theo Kinhtedothi"),
    ("Minh Đức (TTXVN)", "Minh Đức (TTXVN)"),
])
def test_closing_signature_shapes(sig, who):
    text = ("Phường Hạ Đình tổ chức ngày hội văn hóa\n\n15/09/2025 08:30\n\n"
            "Sáng 14/9, phường tổ chức ngày hội văn hóa các dân tộc.\n\n"
            f"Hơn 500 người dân tham gia các hoạt động.\n\n{sig}\n")
    a = parse_page(text, "s.txt").article
    assert a.byline == who
    assert sig not in a.text
    assert a.paragraphs == ["Hơn 500 người dân tham gia các hoạt động."]


def test_menu_lines_capitals_byline_and_dates_before_list_titles():
    page = load("page_menu_caps_byline.txt")
    a = page.article
    assert a.title == "Phường Nghĩa Đô khai trương điểm phục vụ hành chính công thứ hai"
    assert (a.published, a.byline) == ("2025-09-15T08:30", "HÀ ANH - MINH ĐỨC")
    assert a.lead.startswith("Từ ngày 15/9, người dân phường Nghĩa Đô")
    assert a.captions == ["Người dân làm thủ tục tại điểm phục vụ mới (ảnh minh họa)"]
    assert len(a.paragraphs) == 2 and a.paragraphs[-1].startswith("Chủ tịch UBND phường Nghĩa Đô")
    for junk in ["Giới thiệu", "Lịch công tác", "Bình luận", "hành chính công\n", "cải cách hành chính"]:
        assert junk not in a.text
    assert [(t.title, t.published) for t in page.teasers] == [
        ("Phường Nghĩa Đô tổ chức Ngày hội đọc sách cho thiếu nhi", "2025-09-15"),
        ("Phường Cầu Giấy tuyên dương 40 học sinh giỏi", "2025-09-14"),
        ("Phường Xuân Đỉnh nghiệm thu tuyến ống cấp nước sạch", "2025-09-12"),
    ]


def test_section_label_with_count_and_arrows_is_a_label():
    text = ("Phường Hạ Đình tổ chức ngày hội văn hóa\n\n15/09/2025 08:30\n\n"
            "Sáng 14/9, phường Hạ Đình tổ chức ngày hội văn hóa các dân tộc với hơn 500 người dân.\n\n"
            "TIN CÙNG CHUYÊN MỤC (12)\nPhường Định Công trao quà cho hộ nghèo\n")
    page = parse_page(text, "s.txt")
    assert titles(page) == ["Phường Định Công trao quà cho hộ nghèo"]
    assert "CHUYÊN MỤC" not in page.article.text


def test_summary_lines_in_lists_are_not_taken_for_a_related_box():
    # label, title, summary, title, summary: a list, even though it follows the article's text
    text = ("Phường Hạ Đình tổ chức ngày hội văn hóa\n\n15/09/2025 08:30\n\n"
            "Sáng 14/9, phường Hạ Đình tổ chức ngày hội văn hóa các dân tộc với hơn 500 người dân.\n\n"
            "Đọc thêm\nPhường Định Công trao quà cho hộ nghèo\n"
            "Nhân dịp Tết Trung thu, phường Định Công trao 120 suất quà cho hộ nghèo và cận nghèo trên địa bàn.\n"
            "Phường Tương Mai ra quân dọn vệ sinh\n"
            "Hơn 800 người dân phường Tương Mai tham gia dọn vệ sinh môi trường tại các tổ dân phố.\n")
    page = parse_page(text, "s.txt")
    assert titles(page) == ["Phường Định Công trao quà cho hộ nghèo", "Phường Tương Mai ra quân dọn vệ sinh"]
    assert "Định Công" not in page.article.text


def test_undated_page_skips_short_breadcrumbs_above_the_headline():
    text = ("Tin tức\nHoạt động phường\n\nPhường Hạ Đình tổ chức ngày hội văn hóa các dân tộc\n\n"
            "Sáng 14/9, phường Hạ Đình tổ chức ngày hội văn hóa các dân tộc với hơn 500 người dân.\n\n"
            "Nhiều hoạt động văn hóa, thể thao được tổ chức tại sân nhà văn hóa phường.\n\nMinh Đức\n")
    a = parse_page(text, "s.txt").article
    assert (a.title, a.published, a.byline) == (
        "Phường Hạ Đình tổ chức ngày hội văn hóa các dân tộc", None, "Minh Đức")
    assert a.lead.startswith("Sáng 14/9") and "Tin tức" not in a.text


def test_contact_lines_without_copyright_are_not_teasers():
    text = ("Phường Hạ Đình tổ chức ngày hội văn hóa\n\n15/09/2025 08:30\n\n"
            "Sáng 14/9, phường Hạ Đình tổ chức ngày hội văn hóa các dân tộc với hơn 500 người dân.\n\n"
            "Tin khác\nPhường Định Công trao quà cho hộ nghèo\n"
            "Địa chỉ: số 5 phố Hạ Đình, Hà Nội\nĐiện thoại: 024 3858 1234\nHotline: 0912 345 678\n")
    assert titles(parse_page(text, "s.txt")) == ["Phường Định Công trao quà cho hộ nghèo"]


def test_address_in_a_sentence_is_still_text():
    text = ("Phường Hạ Đình mở điểm tiêm chủng mới cho trẻ em\n\n15/09/2025 08:30\n\n"
            "Sáng 14/9, phường Hạ Đình mở điểm tiêm chủng mới với 4 bàn tiêm và phòng theo dõi sau tiêm.\n\n"
            "Địa chỉ điểm tiêm là số 5 phố Hạ Đình, người dân có thể đăng ký trước qua ứng dụng của phường.\n")
    a = parse_page(text, "s.txt").article
    assert a.paragraphs == ["Địa chỉ điểm tiêm là số 5 phố Hạ Đình, người dân có thể đăng ký trước "
                            "qua ứng dụng của phường."]


def test_breadcrumb_time_question_title_capital_byline_and_credits():
    text = ("Xã hội\nThứ Hai, 15-09-2025, 08:30\nVì sao phường Hạ Đình chọn mô hình chợ đêm?\nHÀ ANH\n"
            "Sáng 14/9, phường Hạ Đình khai trương chợ đêm với 120 gian hàng của các hộ kinh doanh.\n"
            "Lượt xem: 1.204\n"
            "Ông Trần Văn Lộc phát biểu tại buổi lễ - Ảnh: MINH ĐỨC\n"
            "Người dân tham quan chợ đêm ẢNH: MINH ĐỨC\n"
            "Chợ mở cửa từ 18 giờ đến 23 giờ các ngày cuối tuần tại phố đi bộ của phường.\n"
            "Tin liên quan\n• Phường Định Công trao quà cho hộ nghèo\n"
            "Xem thêm: Phường Tương Mai ra quân dọn vệ sinh môi trường\n")
    page = parse_page(text, "s.txt")
    a = page.article
    assert (a.title, a.published, a.byline) == (
        "Vì sao phường Hạ Đình chọn mô hình chợ đêm?", "2025-09-15T08:30", "HÀ ANH")
    assert a.captions == ["Ông Trần Văn Lộc phát biểu tại buổi lễ - Ảnh: MINH ĐỨC",
                          "Người dân tham quan chợ đêm ẢNH: MINH ĐỨC"]
    assert a.paragraphs == ["Chợ mở cửa từ 18 giờ đến 23 giờ các ngày cuối tuần tại phố đi bộ "
                            "của phường."]
    assert titles(page) == ["Phường Định Công trao quà cho hộ nghèo",
                            "Phường Tương Mai ra quân dọn vệ sinh môi trường"]


@pytest.mark.parametrize("label", ["Các tin liên quan", "CÁC BÀI VIẾT LIÊN QUAN", "Tin tức mới nhất",
                                   "» Tin cùng chuyên mục ›", "Tin bài khác:", "Đọc thêm",
                                   "Tin mới", "Tin nổi bật", "Bài liên quan (4)"])
def test_section_label_spellings_end_the_article(label):
    text = ("Phường Hạ Đình tổ chức ngày hội văn hóa\n\n15/09/2025 08:30\n\n"
            "Sáng 14/9, phường Hạ Đình tổ chức ngày hội văn hóa các dân tộc với hơn 500 người dân.\n\n"
            f"{label}\nPhường Định Công trao quà cho hộ nghèo\nXã Ô Diên trồng 2.000 cây xanh\n")
    page = parse_page(text, "s.txt")
    assert titles(page) == ["Phường Định Công trao quà cho hộ nghèo", "Xã Ô Diên trồng 2.000 cây xanh"]
    assert page.article.paragraphs == []


@pytest.mark.parametrize("heading", ["Tin tức", "Bài viết", "Thông báo"])
def test_words_close_to_labels_are_not_labels(heading):
    text = ("Phường Hạ Đình tổ chức ngày hội văn hóa\n\n15/09/2025 08:30\n\n"
            "Sáng 14/9, phường Hạ Đình tổ chức ngày hội văn hóa các dân tộc với hơn 500 người dân.\n\n"
            f"{heading}\nHơn 500 người dân tham gia các hoạt động văn hóa, thể thao suốt cả ngày.\n")
    page = parse_page(text, "s.txt")
    assert page.teasers == []
    assert page.article.paragraphs[-1].startswith("Hơn 500 người dân")


def test_dated_timeline_in_the_body_is_not_a_list_of_stubs():
    text = ("Phường Hạ Đình hoàn thành cải tạo chợ dân sinh\n\n15/09/2025 08:30\n\n"
            "Dự án cải tạo chợ Hạ Đình được triển khai qua ba giai đoạn trong năm 2025.\n\n"
            "01/03/2025: Khởi công xây dựng nhà chợ mới với 180 ki-ốt.\n"
            "15/06/2025: Hoàn thành phần thô và hệ thống phòng cháy.\n"
            "01/09/2025: Bàn giao ki-ốt cho các hộ kinh doanh.\n")
    page = parse_page(text, "s.txt")
    assert page.teasers == []
    assert len(page.article.paragraphs) == 3


def test_short_sentence_under_a_list_title_is_its_summary():
    text = ("Phường Hạ Đình tổ chức ngày hội văn hóa\n\n15/09/2025 08:30\n\n"
            "Sáng 14/9, phường Hạ Đình tổ chức ngày hội văn hóa các dân tộc với hơn 500 người dân.\n\n"
            "Tin khác\nPhường Định Công trao quà cho hộ nghèo\n"
            "Phường trao 120 suất quà cho hộ nghèo nhân dịp Trung thu.\n"
            "Xã Ô Diên trồng 2.000 cây xanh\n"
            "Cây được trồng dọc các tuyến đường liên thôn của xã Ô Diên.\n")
    page = parse_page(text, "s.txt")
    assert [(t.title, t.lead) for t in page.teasers] == [
        ("Phường Định Công trao quà cho hộ nghèo",
         "Phường trao 120 suất quà cho hộ nghèo nhân dịp Trung thu."),
        ("Xã Ô Diên trồng 2.000 cây xanh",
         "Cây được trồng dọc các tuyến đường liên thôn của xã Ô Diên."),
    ]


@pytest.mark.parametrize("stamp, iso", [
    ("Đăng ngày: 15/09/2025 | Chuyên mục: Tin hoạt động", "2025-09-15"),
    ("Ngày đăng: 15/09/2025 08:30 | Tác giả: Minh Đức | Lượt xem: 56", "2025-09-15T08:30"),
    ("Thời gian đăng: 15/09/2025 08:30", "2025-09-15T08:30"),
    ("15/9/2025 2:30:00 CH", "2025-09-15T14:30"),
])
def test_portal_stamp_lines_with_other_fields(stamp, iso):
    page = parse_page(f"Phường Hạ Đình tổ chức ngày hội văn hóa\n\n{stamp}\n\nNội dung bài.", "s.txt")
    assert page.article.published == iso
    assert page.article.text == "Nội dung bài."


def test_a_sentence_with_a_pipe_is_not_a_stamp():
    text = "Phường Hạ Đình tổ chức ngày hội văn hóa\n\nNgày 15/09/2025 | phường tổ chức ngày hội\n"
    assert parse_page(text, "s.txt").article.published is None


def test_masthead_printed_above_the_article_is_dropped_line_by_line():
    text = ("Tổng biên tập: Trần Văn Bình\nGiấy phép số 12/GP-BTTTT cấp ngày 01/3/2024\n"
            "Bản quyền thuộc về Báo điện tử Tin Phường.\n"
            "Mọi hình thức sao chép lại thông tin phải được sự đồng ý bằng văn bản.\n"
            "Vui lòng đăng nhập để gửi bình luận\nĐăng xuất\n"
            "Phường Hạ Đình tổ chức ngày hội văn hóa các dân tộc\n15/09/2025 08:30\n"
            "Sáng 14/9, phường Hạ Đình tổ chức ngày hội văn hóa các dân tộc với hơn 500 người dân.\n")
    a = parse_page(text, "s.txt").article
    assert (a.title, a.published) == ("Phường Hạ Đình tổ chức ngày hội văn hóa các dân tộc",
                                      "2025-09-15T08:30")
    assert a.text.startswith("Sáng 14/9") and "Bản quyền" not in a.text


# --- a related box in mid-article, followed by a paragraph and captions ---------------------

_BOX_PAGE = (
    "Phường Hạ Đình tổng kết năm học 2024-2025\n\n15/09/2025 | 08:30\n\n"
    "Sáng 14/9, phường Hạ Đình tổ chức hội nghị tổng kết năm học với hơn 300 cán bộ, giáo viên.\n\n"
    "Năm học vừa qua, các trường trên địa bàn phường có 96% học sinh đạt danh hiệu học sinh giỏi và khá.\n\n"
    "{label}\nPhường Định Công trao quà cho hộ nghèo\n"
    "Phường Tương Mai ra quân dọn vệ sinh môi trường\n\n"
    "Phát biểu tại hội nghị, Chủ tịch UBND phường đề nghị các trường tiếp tục đổi mới phương pháp "
    "giảng dạy. Phường sẽ hỗ trợ kinh phí sửa chữa phòng học.\n\n"
    "Chủ tịch UBND phường Hạ Đình trao thưởng cho giáo viên. Ảnh: Minh Đức\n\n"
    "Chủ tịch UBND phường Hạ Đình trao thưởng cho giáo viên. Ảnh: Minh Đức\n\n"
    "Năm học mới, phường đặt mục tiêu 100% trường học đạt chuẩn quốc gia và xây thêm 2 trường mầm non.\n\n"
    "Minh Đức\n\n"
    "Tags: phường Hạ Đình, giáo dục\n\n"
    "Tin mới\n\nXã Ô Diên trồng cây xanh dọc đê sông Hồng\n15/09/2025 | 07:45\n"
)


@pytest.mark.parametrize("label", ["Đọc thêm", "Xem thêm", "Tin liên quan", "BÀI LIÊN QUAN"])
def test_inline_box_followed_by_one_paragraph_and_a_caption_does_not_end_the_article(label):
    page = parse_page(_BOX_PAGE.format(label=label), "s.txt")
    a = page.article
    assert titles(page) == ["Phường Định Công trao quà cho hộ nghèo",
                            "Phường Tương Mai ra quân dọn vệ sinh môi trường",
                            "Xã Ô Diên trồng cây xanh dọc đê sông Hồng"]
    assert a.byline == "Minh Đức"
    assert a.captions == ["Chủ tịch UBND phường Hạ Đình trao thưởng cho giáo viên. Ảnh: Minh Đức"]
    assert a.paragraphs[-1].startswith("Năm học mới, phường đặt mục tiêu")
    assert any(p.startswith("Phát biểu tại hội nghị") for p in a.paragraphs)
    assert "Định Công" not in a.text


def test_inline_box_ends_at_a_blank_line_before_a_subheading():
    text = _BOX_PAGE.format(label="Đọc thêm").replace(
        "Phát biểu tại hội nghị", "Nhiều giải pháp cho năm học mới\n\nPhát biểu tại hội nghị")
    page = parse_page(text, "s.txt")
    assert "Nhiều giải pháp cho năm học mới" not in titles(page)
    assert "Nhiều giải pháp cho năm học mới" in page.article.paragraphs
    assert titles(page)[:2] == ["Phường Định Công trao quà cho hộ nghèo",
                                "Phường Tương Mai ra quân dọn vệ sinh môi trường"]


def test_end_of_article_related_list_is_still_a_list():
    # label, bare titles, then another list: nothing of the article resumes
    text = ("Phường Hạ Đình tổng kết năm học\n\n15/09/2025 | 08:30\n\n"
            "Sáng 14/9, phường Hạ Đình tổ chức hội nghị tổng kết năm học với hơn 300 cán bộ, giáo viên.\n\n"
            "Tin liên quan\nPhường Định Công trao quà cho hộ nghèo\n"
            "Phường Tương Mai ra quân dọn vệ sinh môi trường\n\n"
            "Phường Hoàng Liệt tổ chức hội nghị đối thoại với Nhân dân về trật tự đô thị. "
            "Hơn 200 người dân tham dự và nêu 15 ý kiến.\n")
    page = parse_page(text, "s.txt")
    assert titles(page)[:2] == ["Phường Định Công trao quà cho hộ nghèo",
                                "Phường Tương Mai ra quân dọn vệ sinh môi trường"]
    assert "Định Công" not in page.article.text


def test_captions_and_multi_sentence_paragraphs_are_never_teaser_titles():
    text = ("Phường Hạ Đình tổng kết năm học\n\n15/09/2025 | 08:30\n\n"
            "Sáng 14/9, phường Hạ Đình tổ chức hội nghị tổng kết năm học với hơn 300 cán bộ, giáo viên.\n\n"
            "Tin khác\n"
            "Chủ tịch UBND phường Hạ Đình trao thưởng cho giáo viên. Ảnh: Minh Đức\n"
            "Phường Định Công trao quà cho hộ nghèo\n\n"
            "Năm học mới, phường đặt mục tiêu 100% trường học đạt chuẩn quốc gia. Phường cũng sẽ "
            "xây thêm 2 trường mầm non và sửa chữa 40 phòng học xuống cấp trên địa bàn phường.\n\n"
            "Năm học mới, phường đặt mục tiêu xây thêm 2 trường mầm non. Phường cũng sẽ sửa chữa "
            "40 phòng học xuống cấp và mua sắm thêm thiết bị dạy học cho các trường trên địa bàn.\n")
    page = parse_page(text, "s.txt")
    assert titles(page) == ["Phường Định Công trao quà cho hộ nghèo"]


# --- bare lists: a headline with a quote is the next title, not a summary ------------------


def test_headline_ending_in_a_quote_is_the_next_title_in_a_bare_list():
    text = ("Phường Hạ Đình tổng kết năm học\n\n15/09/2025 | 08:30\n\n"
            "Sáng 14/9, phường Hạ Đình tổ chức hội nghị tổng kết năm học với hơn 300 cán bộ, giáo viên.\n\n"
            "Tin nổi bật\nHà Nội khởi công cầu mới vào dịp cuối năm\n"
            "Phường Sơn Tây sẽ có trung tâm hành chính công\n"
            'Chủ tịch UBND phường Đông Ngạc: "Không để người dân phải đi lại nhiều lần"\n'
            "Giá xăng dầu đồng loạt giảm từ 15h chiều nay\n")
    assert titles(parse_page(text, "s.txt")) == [
        "Hà Nội khởi công cầu mới vào dịp cuối năm",
        "Phường Sơn Tây sẽ có trung tâm hành chính công",
        'Chủ tịch UBND phường Đông Ngạc: "Không để người dân phải đi lại nhiều lần"',
        "Giá xăng dầu đồng loạt giảm từ 15h chiều nay"]


def test_quote_ending_without_full_stop_is_not_a_summary_even_first_in_a_list():
    text = ("Phường Hạ Đình tổng kết năm học\n\n15/09/2025 | 08:30\n\n"
            "Sáng 14/9, phường Hạ Đình tổ chức hội nghị tổng kết năm học với hơn 300 cán bộ, giáo viên.\n\n"
            "Tin nổi bật\nPhường Sơn Tây sẽ có trung tâm hành chính công\n"
            'Chủ tịch UBND phường Đông Ngạc: "Không để người dân phải đi lại nhiều lần"\n')
    assert len(parse_page(text, "s.txt").teasers) == 2


def test_quoted_summary_with_full_stop_is_still_a_summary():
    text = ("Phường Hạ Đình tổng kết năm học\n\n15/09/2025 | 08:30\n\n"
            "Sáng 14/9, phường Hạ Đình tổ chức hội nghị tổng kết năm học với hơn 300 cán bộ, giáo viên.\n\n"
            "Tin nổi bật\nPhường Sơn Tây sẽ có trung tâm hành chính công\n"
            'Chủ tịch UBND phường cho biết: "Trung tâm sẽ đi vào hoạt động từ đầu năm 2026."\n'
            "Hà Nội khởi công cầu mới vào dịp cuối năm\n"
            "Cây cầu dài 1,2 km nối hai bờ sông Hồng, dự kiến hoàn thành sau 36 tháng thi công.\n")
    page = parse_page(text, "s.txt")
    assert titles(page) == ["Phường Sơn Tây sẽ có trung tâm hành chính công",
                            "Hà Nội khởi công cầu mới vào dịp cuối năm"]
    assert page.teasers[0].lead.startswith("Chủ tịch UBND phường cho biết")


def test_in_a_bare_list_a_headline_without_full_stop_is_a_title():
    # the previous stubs had no summaries, so a long line with no final full stop is a title
    text = ("Phường Hạ Đình tổng kết năm học\n\n15/09/2025 | 08:30\n\n"
            "Sáng 14/9, phường Hạ Đình tổ chức hội nghị tổng kết năm học với hơn 300 cán bộ, giáo viên.\n\n"
            "Tin khác\nHà Nội khởi công cầu mới\nXã Ô Diên trồng cây\n"
            "Phường Sơn Tây tiếp nhận 1.200 hồ sơ trực tuyến trong tháng đầu vận hành trung tâm mới;\n")
    assert len(parse_page(text, "s.txt").teasers) == 3


# --- captions with no photo mark, between paragraphs --------------------------------------

_CAPTION_PAGE = (
    "Phường Hạ Đình tổng kết năm học\n\n15/09/2025 | 08:30\n\n"
    "Sáng 14/9, phường Hạ Đình tổ chức hội nghị tổng kết năm học với hơn 300 cán bộ, giáo viên.\n"
    "Phó Chủ tịch UBND phường Hạ Đình Nguyễn Thu Trang báo cáo tại hội nghị\n"
    "Năm học vừa qua, các trường trên địa bàn phường có 96% học sinh đạt danh hiệu học sinh giỏi và khá.\n"
    "Quang cảnh hội nghị\n"
    "Các đại biểu chụp ảnh lưu niệm cùng giáo viên tiêu biểu\n"
    "Phường sẽ hỗ trợ kinh phí sửa chữa 40 phòng học xuống cấp trên địa bàn trong năm học mới.\n"
    "Nâng cao chất lượng đội ngũ giáo viên\n"
    "Lãnh đạo phường đề nghị các trường tiếp tục đổi mới phương pháp giảng dạy, đẩy mạnh chuyển đổi số.\n"
    "Đồng chí Trần Văn Lộc phát biểu:\n"
    "Chúng ta cần chăm lo hơn nữa cho đội ngũ giáo viên, nhất là giáo viên mầm non ở các tổ dân phố.\n"
)


def test_captions_without_photo_marks_are_kept_apart():
    a = parse_page(_CAPTION_PAGE, "s.txt").article
    assert a.captions == ["Phó Chủ tịch UBND phường Hạ Đình Nguyễn Thu Trang báo cáo tại hội nghị",
                          "Quang cảnh hội nghị",
                          "Các đại biểu chụp ảnh lưu niệm cùng giáo viên tiêu biểu"]
    assert "chụp ảnh" not in a.text and "Quang cảnh" not in a.text


def test_subheadings_and_colon_lines_stay_in_the_text():
    a = parse_page(_CAPTION_PAGE, "s.txt").article
    assert "Nâng cao chất lượng đội ngũ giáo viên" in a.paragraphs
    assert "Đồng chí Trần Văn Lộc phát biểu:" in a.paragraphs


def test_page_opening_with_an_unmarked_caption():
    text = ("Chủ tịch UBND xã Phú Nghĩa Lê Thị Hoa phát biểu tại hội nghị\n"
            "Sáng 5/9, UBND xã Phú Nghĩa tổ chức hội nghị sơ kết công tác cải cách hành chính 8 tháng.\n"
            "Xã đã tiếp nhận 4.200 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 99%, cao hơn cùng kỳ năm trước.\n")
    a = parse_page(text, "s.txt").article
    assert a.captions == ["Chủ tịch UBND xã Phú Nghĩa Lê Thị Hoa phát biểu tại hội nghị"]
    assert a.lead.startswith("Sáng 5/9")


def test_headline_repeated_with_a_photo_number_is_not_text():
    text = ("Thời sự\nThứ năm, 25/12/2025 - 14:05\nPhường Hạ Đình tổng kết năm học\n"
            "(Dân trí) - Sáng 14/9, phường Hạ Đình tổ chức hội nghị tổng kết năm học với 300 giáo viên.\n"
            "Năm học vừa qua, các trường trên địa bàn phường có 96% học sinh đạt danh hiệu giỏi và khá.\n"
            "Phường Hạ Đình tổng kết năm học - 1\n"
            "Giáo viên tiêu biểu nhận khen thưởng tại hội nghị\n"
            "Phường sẽ hỗ trợ kinh phí sửa chữa 40 phòng học xuống cấp trên địa bàn trong năm học mới.\n")
    a = parse_page(text, "s.txt").article
    assert a.title == "Phường Hạ Đình tổng kết năm học"
    assert a.captions == ["Giáo viên tiêu biểu nhận khen thưởng tại hội nghị"]
    assert not any("- 1" in p for p in a.paragraphs)


def test_photo_story_titled_anh_colon_is_still_a_teaser():
    text = ("Phường Hạ Đình tổng kết năm học\n\n15/09/2025 | 08:30\n\n"
            "Sáng 14/9, phường Hạ Đình tổ chức hội nghị tổng kết năm học với hơn 300 cán bộ, giáo viên.\n\n"
            "Tin khác\nẢnh: Phố phường Hà Nội rực rỡ cờ hoa mừng Quốc khánh\n"
            "Phường Định Công trao quà cho hộ nghèo\n")
    assert titles(parse_page(text, "s.txt")) == [
        "Ảnh: Phố phường Hà Nội rực rỡ cờ hoa mừng Quốc khánh", "Phường Định Công trao quà cho hộ nghèo"]


def test_question_headline_in_a_bare_list_is_a_title():
    text = ("Phường Hạ Đình tổng kết năm học\n\n15/09/2025 | 08:30\n\n"
            "Sáng 14/9, phường Hạ Đình tổ chức hội nghị tổng kết năm học với hơn 300 cán bộ, giáo viên.\n\n"
            "Tin khác\nHà Nội khởi công cầu mới\nXã Ô Diên trồng cây\n"
            "Vì sao phường Sơn Tây chọn mô hình trung tâm hành chính công không giấy tờ đầu tiên?\n")
    assert len(parse_page(text, "s.txt").teasers) == 3


# --- round 2: site furniture around the article ----------------------------------------------

_BODY = ("Sáng 1/3, UBND phường Tây Mỗ tổ chức ngày hội đọc sách với sự tham gia của hơn 500 "
         "thiếu nhi trên địa bàn.\n"
         "Các em được tặng 1.200 cuốn sách và tham gia nhiều trò chơi bổ ích do đoàn viên thanh "
         "niên hướng dẫn.\n")
_HEAD = "Phường Tây Mỗ tổ chức ngày hội đọc sách cho thiếu nhi"


def test_site_date_above_the_menu_is_not_the_articles():
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG TÂY MỖ\nThứ Hai, ngày 03/03/2025\nTrang chủ\n"
            "Giới thiệu\nTin tức - Sự kiện\nChính quyền cơ sở\nVăn bản\n"
            f"{_HEAD}\nNgày đăng: 01/03/2025 09:10\n{_BODY}")
    a = parse_page(text, "s.txt").article
    assert a.title == _HEAD
    assert a.published == "2025-03-01T09:10"
    assert a.lead.startswith("Sáng 1/3")


def test_weather_widget_and_views_tail_around_a_caps_headline():
    text = ("Thứ Sáu, 07/03/2025\nHà Nội 19°C\nTrang chủ\nGiới thiệu\nTin tức\nLiên hệ\n"
            f"{_HEAD.upper()}\n05/03/2025 14:05 | Lượt xem: 2.048\n{_BODY}")
    a = parse_page(text, "s.txt").article
    assert a.title == _HEAD.upper()
    assert a.published == "2025-03-05T14:05"
    assert "19°C" not in a.text and a.lead.startswith("Sáng 1/3")


def test_site_date_above_the_menu_with_no_article_stamp():
    text = f"Thứ Hai, ngày 03/03/2025\nGiới thiệu\nTin tức\nVăn bản\n{_HEAD}\n{_BODY}"
    a = parse_page(text, "s.txt").article
    assert a.published is None
    assert a.title == _HEAD
    assert a.lead.startswith("Sáng 1/3")


def test_dated_section_line_over_the_title_is_still_the_stamp():
    # one breadcrumb under a date, then the headline: the date is the article's
    text = f"Thứ Hai, ngày 03/03/2025\nVăn hóa\n{_HEAD}\n{_BODY}"
    assert parse_page(text, "s.txt").article.published == "2025-03-03"


def test_headline_nearest_the_stamp_beats_a_four_word_section_name():
    text = (f"Trang chủ\nXã hội\nChính quyền cơ sở\n{_HEAD}\n"
            f"Thứ bảy, 08/03/2025 - 10:15\n{_BODY}")
    a = parse_page(text, "s.txt").article
    assert a.title == _HEAD
    assert a.lead.startswith("Sáng 1/3")


def test_caps_byline_above_the_stamp_with_the_title_below():
    text = f"Văn hóa\nTRẦN MAI\n08/03/2025 10:15 GMT+7\n{_HEAD}\n{_BODY}"
    a = parse_page(text, "s.txt").article
    assert a.title == _HEAD
    assert a.byline == "TRẦN MAI"


def test_signature_with_an_outlet_after_a_slash():
    text = f"{_HEAD}\n\n08/03/2025 10:15\n\n{_BODY}Hoàng Lan/VTC.VN\n"
    assert parse_page(text, "s.txt").article.byline == "Hoàng Lan"


_ARTICLE = f"{_HEAD}\n\n08/03/2025 10:15\n\n{_BODY}"


def test_poll_links_and_licence_lines_are_not_teasers():
    text = (_ARTICLE + "Tin khác\nPhường Xuân Phương trao quà cho hộ nghèo\n"
            "Bình chọn\nBạn thấy chuyên mục Văn hóa thế nào?\nRất hay (70%)\nBình thường (30%)\n"
            "Liên kết website\nCổng Dịch vụ công quốc gia\nBáo điện tử Chính phủ\n")
    assert titles(parse_page(text, "s.txt")) == ["Phường Xuân Phương trao quà cho hộ nghèo"]


def test_footer_and_widget_lines_are_dropped():
    text = (_ARTICLE + "Tin khác\nPhường Xuân Phương trao quà cho hộ nghèo\nQuảng cáo\n"
            "Xã Thượng Cát khánh thành nhà văn hóa thôn\n"
            "Chủ đề nóng\n#Đọc sách #Thiếu nhi #Tây Mỗ\n"
            "Tin Nhanh - Mạng xã hội tin tức của người Hà Nội\n"
            "Giấy phép hoạt động báo điện tử số 12/GP-BTTTT\nLiên hệ quảng cáo\n"
            "Tin Nhanh © 2025\n")
    assert titles(parse_page(text, "s.txt")) == [
        "Phường Xuân Phương trao quà cho hộ nghèo", "Xã Thượng Cát khánh thành nhà văn hóa thôn"]


def test_source_line_and_follow_button_are_not_the_lead():
    text = (f"{_HEAD}\nNguồn: Báo Tin Nhanh\n3 giờ trước\nTheo dõi Tin Nhanh trên\n{_BODY}")
    a = parse_page(text, "s.txt").article
    assert a.title == _HEAD
    assert a.lead.startswith("Sáng 1/3")
    assert "Nguồn" not in a.text and "Theo dõi" not in a.text


def test_numbers_of_a_numbered_list_are_not_part_of_the_titles():
    text = (_ARTICLE + "Đọc nhiều\n1. Phường Xuân Phương trao quà cho hộ nghèo\n"
            "2. Xã Thượng Cát khánh thành nhà văn hóa thôn\n3. Phường Tây Tựu ra mắt câu lạc bộ dưỡng sinh\n")
    assert titles(parse_page(text, "s.txt")) == [
        "Phường Xuân Phương trao quà cho hộ nghèo", "Xã Thượng Cát khánh thành nhà văn hóa thôn",
        "Phường Tây Tựu ra mắt câu lạc bộ dưỡng sinh"]


def test_a_number_opening_a_lone_title_is_kept():
    text = (_ARTICLE + "Tin khác\n2.000 hộ dân xã Thượng Cát được hỗ trợ nước sạch\n"
            "3. Phường Tây Tựu ra mắt câu lạc bộ dưỡng sinh\n")
    assert titles(parse_page(text, "s.txt")) == [
        "2.000 hộ dân xã Thượng Cát được hỗ trợ nước sạch",
        "3. Phường Tây Tựu ra mắt câu lạc bộ dưỡng sinh"]


def test_outlet_line_between_a_stub_and_its_time_is_its_source():
    text = (_ARTICLE + "Tin liên quan\nPhường Xuân Phương trao quà cho hộ nghèo\nTin Nhanh\n"
            "2 ngày trước\nXã Thượng Cát khánh thành nhà văn hóa thôn\nHànộimới\n3 ngày trước\n"
            "Phường Tây Tựu ra mắt câu lạc bộ dưỡng sinh\nKinh tế & Đô thị\n4 ngày trước\n")
    assert titles(parse_page(text, "s.txt")) == [
        "Phường Xuân Phương trao quà cho hộ nghèo", "Xã Thượng Cát khánh thành nhà văn hóa thôn",
        "Phường Tây Tựu ra mắt câu lạc bộ dưỡng sinh"]


def test_run_on_headlines_split_after_a_closing_straight_quote():
    line = ('Phường Tây Tựu phát động phong trào "Ngõ phố sáng - xanh - sạch" '
            'Hội Nông dân xã Thượng Cát tập huấn kỹ thuật trồng rau an toàn cho hội viên '
            'Đoàn Thanh niên phường Xuân Phương ra quân tình nguyện mùa đông')
    text = f"{_HEAD}\n\n08/03/2025 10:15\n\n{_BODY}\n{line}\n\nCác em còn được xem múa rối nước.\n"
    assert titles(parse_page(text, "s.txt")) == [
        'Phường Tây Tựu phát động phong trào "Ngõ phố sáng - xanh - sạch"',
        "Hội Nông dân xã Thượng Cát tập huấn kỹ thuật trồng rau an toàn cho hội viên",
        "Đoàn Thanh niên phường Xuân Phương ra quân tình nguyện mùa đông"]


def test_long_caption_opening_on_a_person_is_not_split_into_teasers():
    # one caption with no final stop: "Ông <name> ... tặng bằng khen" then the rest of the
    # sentence from a capital; read as two headlines, it left two stubs of half a sentence
    line = ("Ông Lê Quang Minh thay mặt Thường trực Đảng ủy phường, Đoàn công tác số 4 tặng "
            "bằng khen Chi hội Người cao tuổi tổ dân phố số 12 phường Tây Tựu vì thành tích "
            "xuất sắc năm 2025")
    text = f"{_HEAD}\n\n08/03/2025 10:15\n\n{_BODY}\n{line}\n\nCác em còn được xem múa rối nước.\n"
    p = parse_page(text, "s.txt")
    assert titles(p) == []
    assert line in p.article.paragraphs + p.article.captions


def test_long_caption_of_an_office_with_a_photo_verb_is_not_split():
    line = ("Phó Chủ tịch UBND phường Xuân Phương Trần Thị Hoa cùng các thành viên đoàn công "
            "tác trao quà cho gia đình chính sách tại tổ dân phố số 5 Hội Cựu chiến binh "
            "phường cùng dự buổi trao quà sáng cùng ngày")
    text = f"{_HEAD}\n\n08/03/2025 10:15\n\n{_BODY}\n{line}\n\nCác em còn được xem múa rối nước.\n"
    assert titles(parse_page(text, "s.txt")) == []


def test_run_on_headlines_not_cut_after_a_verb_whose_object_follows():
    # "đến thăm Trường ..." (visit the school) goes on: only the cut between headlines is kept
    line = ("Lãnh đạo phường Hòa Bình đến thăm Trường Tiểu học Kim Đồng trong ngày khai giảng "
            "năm học mới Phường Hòa Bình ra mắt mô hình tổ dân phố văn minh không rác thải nhựa")
    text = f"{_HEAD}\n\n08/03/2025 10:15\n\n{_BODY}\n{line}\n\nCác em còn được xem múa rối nước.\n"
    assert titles(parse_page(text, "s.txt")) == [
        "Lãnh đạo phường Hòa Bình đến thăm Trường Tiểu học Kim Đồng trong ngày khai giảng năm học mới",
        "Phường Hòa Bình ra mắt mô hình tổ dân phố văn minh không rác thải nhựa"]


def test_related_documents_are_teasers():
    text = (_ARTICLE + "Văn bản liên quan\n"
            "Quyết định số 45/QĐ-UBND về việc thành lập Tổ công nghệ số cộng đồng phường Tây Mỗ\n"
            "Kế hoạch số 12/KH-UBND về phát triển văn hóa đọc năm 2025\n")
    p = parse_page(text, "s.txt")
    assert titles(p) == [
        "Quyết định số 45/QĐ-UBND về việc thành lập Tổ công nghệ số cộng đồng phường Tây Mỗ",
        "Kế hoạch số 12/KH-UBND về phát triển văn hóa đọc năm 2025"]
    assert not any("Quyết định" in x for x in p.article.paragraphs)


def test_site_date_over_a_headline_with_its_own_stamp():
    text = f"Thứ Hai, ngày 03/03/2025\n{_HEAD}\nĐăng lúc: 09:10 01/03/2025\n{_BODY}"
    a = parse_page(text, "s.txt").article
    assert (a.title, a.published) == (_HEAD, "2025-03-01T09:10")
    assert a.lead.startswith("Sáng 1/3")


def test_stamp_with_a_view_count_after_it():
    text = f"{_HEAD}\n05/03/2025 14:05 | 2.048 lượt xem\n{_BODY}"
    a = parse_page(text, "s.txt").article
    assert (a.title, a.published) == (_HEAD, "2025-03-05T14:05")
    assert a.lead.startswith("Sáng 1/3")


def test_long_unpunctuated_sapo_between_headline_and_stamp_is_not_the_title():
    sapo = ("Hơn 500 thiếu nhi phường Tây Mỗ được tặng sách, tham gia trò chơi dân gian và giao lưu "
            "với các nhà văn, họa sĩ viết và vẽ cho thiếu nhi trong ngày hội đọc sách lần thứ nhất của phường")
    text = f"Văn hóa\nĐọc sách cùng con\n{_HEAD}\n{sapo}\n08/03/2025 10:15\n{_BODY}"
    a = parse_page(text, "s.txt").article
    assert a.title == _HEAD
    assert a.lead == sapo


# --- round 3: layouts of pages scraped without their markup -----------------------------------

_HL = "Đại hội Đảng bộ phường Thanh Hà lần thứ I thành công tốt đẹp"
_P1 = ("Sáng 12/4, Đảng bộ phường Thanh Hà tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030, "
       "với 150 đại biểu chính thức đại diện cho 1.240 đảng viên.")
_P2 = ("Đại hội đã thảo luận, thống nhất thông qua Báo cáo chính trị và bầu Ban Chấp hành Đảng bộ "
       "phường gồm 25 đồng chí.")
_P3 = ("Phát biểu bế mạc, Bí thư Đảng ủy phường đề nghị các cấp ủy sớm cụ thể hóa Nghị quyết thành "
       "chương trình hành động.")
_SAPO = ("Trong hai ngày 11 và 12/4, Đảng bộ phường Thanh Hà tổ chức Đại hội đại biểu lần thứ I, "
         "nhiệm kỳ 2025-2030. Đại hội đề ra 18 chỉ tiêu chủ yếu, trong đó thu ngân sách tăng bình "
         "quân 10% mỗi năm và tỷ lệ hộ nghèo giảm về 0% vào cuối nhiệm kỳ.")
_STAMPED = f"{_HL}\n\n12/04/2025 18:13\n\n"


@pytest.mark.parametrize("line, iso", [
    (f"{_HL} 12/04/2025 18:13", "2025-04-12T18:13"),
    (f"{_HL} - 08:30 12/04/2025", "2025-04-12T08:30"),
    (f"{_HL} | 12/04/2025 08:30", "2025-04-12T08:30"),
    (f"{_HL} (12/04/2025)", "2025-04-12"),
])
def test_stamp_printed_on_the_headline_line(line, iso):
    a = parse_page(f"{line}\n\n{_P1}\n\n{_P2}\n", "s.txt").article
    assert (a.title, a.published) == (_HL, iso)
    assert a.lead == _P1 and a.paragraphs == [_P2]


def test_stamp_on_the_headline_line_under_breadcrumbs_with_a_byline_below():
    text = f"Tin tức\nXây dựng Đảng\n{_HL} 12/04/2025 18:13\nLê Minh Hà\n{_P1}\n{_P2}\n"
    a = parse_page(text, "s.txt").article
    assert (a.title, a.published, a.byline) == (_HL, "2025-04-12T18:13", "Lê Minh Hà")
    assert a.lead == _P1


def test_site_date_over_a_headline_with_its_stamp_on_the_same_line():
    text = f"Thứ Hai, ngày 14/04/2025\n{_HL} 12/04/2025 18:13\n{_P1}\n{_P2}\n"
    a = parse_page(text, "s.txt").article
    assert (a.title, a.published) == (_HL, "2025-04-12T18:13")


def test_a_date_in_the_headline_words_is_not_its_stamp():
    head = "Phường Thanh Hà tổ chức lễ chào cờ sáng 30/04/2025"
    a = parse_page(f"{head}\n\n{_P1}\n\n{_P2}\n", "s.txt").article
    assert (a.title, a.published) == (head, None)


def test_page_without_blank_lines_takes_its_first_line_as_title():
    a = parse_page(f"{_HL}\n{_P1}\n{_P2}\n", "s.txt").article
    assert (a.title, a.published) == (_HL, None)
    assert a.lead == _P1 and a.paragraphs == [_P2]


@pytest.mark.parametrize("first", [
    "Đại hội Đảng bộ phường Thanh Hà khai mạc sáng nay.",  # a sentence
    "Bí thư Đảng ủy phường Thanh Hà Lê Văn Nam tặng hoa chúc mừng Đại hội",  # a caption
    "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Minh Hà",  # a credited caption
])
def test_page_without_blank_lines_opening_with_no_headline_has_no_title(first):
    a = parse_page(f"{first}\n{_P1}\n{_P2}\n", "s.txt").article
    assert a.title is None


def test_captions_closed_by_a_full_stop_between_paragraphs():
    text = (_STAMPED + f"{_P1}\n\nToàn cảnh Đại hội đại biểu Đảng bộ phường Thanh Hà.\n\n{_P2}\n\n"
            f"Bà Lê Thị Hạnh phát biểu tại Đại hội.\n\n{_P3}\n")
    a = parse_page(text, "s.txt").article
    assert a.captions == ["Toàn cảnh Đại hội đại biểu Đảng bộ phường Thanh Hà.",
                          "Bà Lê Thị Hạnh phát biểu tại Đại hội."]
    assert a.lead == _P1 and a.paragraphs == [_P2, _P3]


@pytest.mark.parametrize("cap", [
    "Ông Trần Văn Khoa thăm hỏi gia đình chính sách trên địa bàn phường",
    "Tổng Biên tập Báo Thanh Hà Nguyễn Văn Lâm tặng hoa chúc mừng Đại hội",
    "Đại diện các hộ gia đình nhận quà tết.",
    "Lãnh đạo phường trao quà cho các hộ có hoàn cảnh khó khăn.",
    "Bà Nguyễn Thị Lan thăm và tặng quà các gia đình chính sách.",
])
def test_caption_openers_and_photo_verbs(cap):
    a = parse_page(_STAMPED + f"{_P1}\n\n{cap}\n\n{_P2}\n", "s.txt").article
    assert a.captions == [cap]
    assert a.paragraphs == [_P2]


@pytest.mark.parametrize("line", [
    "Ông Trần Văn Khoa tham gia công tác Mặt trận từ năm 2010.",  # "tham gia", not "thăm"
    "Ông Trần Văn Khoa thẩm định hồ sơ của các hộ dân.",  # "thẩm định" folds like "thăm"
    "Bà Lê Thị Hạnh phát biểu tại Đại hội. Bà đề nghị các chi bộ tăng cường kiểm tra.",  # two
    "Bà Lê Thị Hạnh phát biểu tại Đại hội!",
])
def test_short_sentences_that_are_not_captions_stay_in_the_text(line):
    a = parse_page(_STAMPED + f"{_P1}\n\n{line}\n\n{_P2}\n", "s.txt").article
    assert a.captions == []
    assert a.paragraphs == [line, _P2]


def test_script_artefact_lines_are_dropped_and_do_not_hide_a_caption():
    text = (_STAMPED + f"{_P1}\n\nundefined\nBà Lê Thị Hạnh phát biểu tại Đại hội\n\n{_P2}\n"
            f"[object Object]\n{_P3}\nNaN\n")
    a = parse_page(text, "s.txt").article
    assert a.captions == ["Bà Lê Thị Hạnh phát biểu tại Đại hội"]
    assert a.paragraphs == [_P2, _P3]
    assert not any(w in a.text for w in ("undefined", "object", "NaN"))


def test_sapo_printed_twice_in_a_row_is_kept_once():
    a = parse_page(_STAMPED + f"{_SAPO}\n\n{_SAPO}\n\n{_P2}\n", "s.txt").article
    assert a.lead == _SAPO
    assert a.paragraphs == [_P2] and a.captions == []


@pytest.mark.parametrize("sig", ["THANH DUNG", "NGỌC ANH", "HÀ ANH - MINH ĐỨC"])
def test_closing_signature_in_capitals_is_the_byline(sig):
    a = parse_page(_STAMPED + f"{_P1}\n\n{_P2}\n\n{sig}\n", "s.txt").article
    assert a.byline == sig
    assert sig not in a.text and a.paragraphs == [_P2]


def test_capital_signature_just_before_a_related_label():
    text = (_STAMPED + f"{_P1}\n\n{_P2}\n\nTHANH DUNG\n\nTin liên quan\n"
            "Phường Tân Phú trao quà tết cho hộ nghèo\nXã Bình Mỹ khánh thành nhà văn hóa\n")
    p = parse_page(text, "s.txt")
    assert p.article.byline == "THANH DUNG"
    assert len(p.teasers) == 2


@pytest.mark.parametrize("last", ["TIN NÓNG", "XEM THÊM VIDEO"])
def test_capital_heading_on_the_last_line_is_not_a_signature(last):
    a = parse_page(_STAMPED + f"{_P1}\n\n{_P2}\n\n{last}\n", "s.txt").article
    assert a.byline is None


def test_capitals_inside_the_body_are_not_the_byline():
    a = parse_page(_STAMPED + f"{_P1}\n\nTHANH DUNG\n\n{_P2}\n\n{_P3}\n", "s.txt").article
    assert a.byline is None
    assert "THANH DUNG" in a.paragraphs


@pytest.mark.parametrize("staff", ["PV", "Nhóm PV"])
def test_staff_byline_between_sapo_and_body(staff):
    a = parse_page(_STAMPED + f"{_SAPO}\n\n{staff}\n\n{_P2}\n\n{_P3}\n", "s.txt").article
    assert a.byline == staff
    assert a.lead == _SAPO and a.paragraphs == [_P2, _P3]


def test_sapo_around_a_staff_byline_on_a_page_without_blank_lines():
    a = parse_page(f"{_HL}\n{_SAPO}\nPV\n{_SAPO}\n{_P2}\n{_P3}\n", "s.txt").article
    assert (a.title, a.byline) == (_HL, "PV")
    assert a.lead == _SAPO and a.paragraphs == [_P2, _P3]


@pytest.mark.parametrize("line", [
    "Ba năm qua, phường đã trao quà cho các hộ nghèo.",  # "Ba" (three) folds like "Bà"
    "Ông bà ta vẫn dặn con cháu giữ nếp nhà.",  # no photo verb
])
def test_openers_are_read_with_their_marks(line):
    a = parse_page(_STAMPED + f"{_P1}\n\n{line}\n\n{_P2}\n", "s.txt").article
    assert a.captions == []
    assert line in a.paragraphs


def test_headline_with_its_own_stamp_and_a_stamp_line_under_it():
    text = f"{_HL} (12/04/2025)\n\n09:15 13/04/2025\n\n{_P1}\n\n{_P2}\n"
    a = parse_page(text, "s.txt").article
    assert (a.title, a.published) == (_HL, "2025-04-13T09:15")
    assert a.lead == _P1


def test_column_name_over_an_undated_headline_is_not_the_title():
    text = f"Sống khỏe mỗi ngày\n\n{_HL}\n\n{_P1}\n\n{_P2}\n"
    a = parse_page(text, "s.txt").article
    assert a.title == _HL
    assert a.lead == _P1 and "Sống khỏe" not in a.text


# --- shortcuts the parser takes for speed must agree with the slow way (issue 9) -------------

# Pieces that make the anchored patterns match or nearly match: photo marks, stamps, numbers
# after dashes, poll shares, and the spaces and stops around them.
_PIECES = st.lists(st.sampled_from([
    "Ảnh", "ảnh", "anh", " ", "  ", "\t", "\n", "-", "–", "—", "|", ".", "3", "12", "1", "2025",
    "15/08/2025", "08:30", "09h07", "(", ")", "[", "]", "%", "Hài lòng", "Tin", "Phường A", "٣",
    "\u00a0", "x",
]), max_size=12).map("".join)


@settings(max_examples=600, deadline=None)
@given(_PIECES)
def test_photo_mark_shortcut_agrees_with_the_pattern(line):
    from wardcli.page.kinds import has_photo_mark, strip_photo_mark
    from wardcli.page.vocab import PHOTO_MARK

    assert has_photo_mark(line) == bool(PHOTO_MARK.search(line))
    assert strip_photo_mark(line) == PHOTO_MARK.sub("", line)


@settings(max_examples=600, deadline=None)
@given(_PIECES)
def test_trailing_stamp_shortcut_never_skips_a_match(line):
    from wardcli.page.stamps import TRAILING_STAMP, _may_end_in_stamp

    assert _may_end_in_stamp(line) or not TRAILING_STAMP.search(line)


@settings(max_examples=600, deadline=None)
@given(_PIECES)
def test_widget_and_photo_number_shortcuts_never_skip_a_match(line):
    from wardcli.page.body import _strip_photo_number
    from wardcli.page.vocab import POLL_OPTION, TITLE_PHOTO_NUMBER

    assert "%" in line or not POLL_OPTION.match(line)
    assert _strip_photo_number(line) == TITLE_PHOTO_NUMBER.sub("", line)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("aăâđeêoôơuưy AĐ.-:,()0123456789ảẢ\u0301\u00a0ǅ½ß"),
                        max_size=12).map(lambda s: unicodedata.normalize("NFC", s)), min_size=1,
                max_size=3))
def test_key_of_joined_lines_is_their_keys_joined(parts):
    # _repeat_len compares line keys joined instead of folding the joined lines again
    from wardcli.text import fold_key

    assert fold_key(" ".join(parts)) == " ".join(k for k in map(fold_key, parts) if k)


# --- site chrome above the headline (issue 10) ----------------------------------------------


def test_link_rows_and_slogan_above_masthead_are_not_the_title():
    # "Đăng ký | Đăng nhập", "Tòa soạn | Quảng cáo | Đặt báo" and a slogan of short pieces
    # joined by dashes are chrome: the site's date under them is its "today", and the article's
    # stamp under the byline gives the full time
    page = load("page_chrome_rows_masthead.txt")
    assert page.article.title == ("Phường Minh Khai lát lại vỉa hè 9 tuyến phố trước mùa lễ "
                                  "hội cuối năm")
    assert page.article.published == "2025-11-06T08:40"
    assert page.article.byline == "Ngọc Lan - Văn Tú"


def test_market_widget_captions_are_not_text_and_full_stop_headline_is_the_title():
    page = load("page_market_widget_fullstop.txt")
    assert page.article.title == "Phường Thuận Hóa mở tuyến phố đi bộ mới bên bờ sông."
    assert page.article.published == "2025-11-03T19:20"
    assert "Giá vàng" not in page.article.text and "25.910" not in page.article.text


def test_same_topic_label_opens_the_teaser_list():
    page = load("page_market_widget_fullstop.txt")
    assert titles(page) == ["Phường Thuận Hóa chỉnh trang 12 kiệt nhỏ",
                            "Phường Phú Xuân thu gom rác thải bằng xe điện"]


def test_emagazine_credit_line_is_the_byline_and_foot_stamp_is_the_date():
    page = load("page_emagazine_credits.txt")
    assert page.article.title == "Làng chài giữ nghề giữa lòng đô thị biển"
    assert page.article.byline == "Phạm Thu Trang"
    assert page.article.published == "2025-10-28"
    assert "Xuất bản" not in page.article.text
    assert titles(page) == ["Mùa rươi trên những cánh đồng ven sông",
                            "Người giữ lửa nghề đúc đồng làng cổ"]


def test_stamp_row_with_author_and_editor_fields_gives_the_time():
    page = load("page_byline_editor_stamp_row.txt")
    assert page.article.title == ("Phường Tân Định khởi công cải tạo nhà văn hóa khu phố sau "
                                  "30 năm")
    assert page.article.published == "2025-12-11T10:05"
    assert titles(page) == ["Phường Tân Định trồng mới 300 cây xanh",
                            "Phường Bến Thành mở rộng tuyến phố đi bộ"]


@pytest.mark.parametrize("line", [
    "Đăng ký | Đăng nhập", "Tòa soạn | Quảng cáo | Đặt báo",
    "Báo in | Cuối tuần | An ninh Thủ đô | Truyền hình",
    "Thông tin nhanh - Chính xác - Gần dân",
])
def test_chrome_row_kinds(line):
    from wardcli.page.kinds import is_chrome_row
    assert is_chrome_row(line)


@pytest.mark.parametrize("line", [
    "Xã Gia Lâm khai mạc Tuần lễ Văn hóa - Du lịch làng nghề",
    "Hà Nội - Hải Phòng",
    "Tác giả: Hầu Minh | Biên tập: Lê Vy",
    "Phường Tây Hồ: Hơn 3.000 đoàn viên ra quân",
])
def test_headlines_and_credits_are_not_chrome_rows(line):
    from wardcli.page.kinds import is_chrome_row
    assert not is_chrome_row(line)


@pytest.mark.parametrize("line,widget", [
    ("Giá vàng SJC: 148,5 - 150,5 triệu đồng/lượng", True),
    ("Tỷ giá USD/VND: 26.350", True),
    ("Đà Nẵng 27°C - Có mưa rào", True),
    ("Hà Nội: 114 xã vận hành ổn định sau 4 tháng", False),
    ("Giá vàng: 5 điều người mua cần biết trước ngày vía Thần Tài", False),
])
def test_market_and_weather_widgets(line, widget):
    from wardcli.page.kinds import is_noise
    assert is_noise(line) is widget


def test_caps_document_heading_above_dated_line_gives_headline_below_with_full_stop():
    # a press release: "THÔNG CÁO BÁO CHÍ / UBND PHƯỜNG X / <place>, ngày ..." then the
    # headline, closed by a full stop, over a longer lead
    page = load("page_press_release_caps_heading.txt")
    assert page.article.title == ("Phường Nam Sơn tổ chức Ngày hội đọc sách cho thiếu nhi lần "
                                  "thứ hai.")
    assert page.article.published == "2025-11-14"
    assert page.article.lead.startswith("Sáng 13/11")


def test_sidebar_lists_before_the_article_are_teasers_not_its_end():
    page = load("page_sidebar_before_article.txt")
    assert page.article.title == ("Hội đồng nhân dân phường Đông Hải giám sát tiến độ các dự "
                                  "án trọng điểm")
    assert page.article.published == "2025-11-20T10:20"
    assert page.article.lead.startswith("Sáng 19/11")
    assert titles(page) == [
        "Phường Đông Hải hoàn thành cải tạo 6 tuyến kênh thoát nước",
        "Xã Tân Lập đón nhận bằng công nhận xã văn hóa",
        "Phường Tây Sơn ra mắt bản đồ số các điểm du lịch",
        "Phường Bắc Lý: Trồng mới 2.000 cây xanh trên các tuyến phố",
    ]


def test_lead_day_with_year_of_dated_related_stories_is_the_date():
    page = load("page_lead_date_dated_related.txt")
    assert page.article.title.startswith("Phường Bình Minh tổng kết năm đầu")
    assert page.article.published == "2025-12-05"


def test_lead_day_without_dated_stamps_on_the_page_gives_no_date():
    # a full date inside the text may be of any year: it does not date the lead
    page = load("page_lead_date_no_dated_related.txt")
    assert page.article.published is None


def test_menu_row_and_visit_counter_after_the_article_are_not_teasers():
    text = ("Phường An Phú lắp 30 camera giám sát giao thông\n09:00 12/11/2025\n"
            "Sáng 11/11, phường An Phú hoàn thành lắp đặt 30 camera giám sát giao thông tại "
            "các nút giao đông xe trên địa bàn phường.\n\nTin khác\n"
            "Phường An Phú trồng mới 500 cây xanh\nTrang chủ | Thời sự | Kinh tế | Pháp luật\n"
            "Thống kê truy cập: Đang online 12 | Tổng 1.204.331\n")
    page = parse_page(normalise(text), "m.txt")
    assert titles(page) == ["Phường An Phú trồng mới 500 cây xanh"]
