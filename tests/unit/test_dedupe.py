"""wardcli.dedupe on small hand-written texts: exact and near copies, stories kept apart,
teasers linked to their article, canonical choice, stored sketches (issue 13)."""

import unicodedata
from dataclasses import replace

import numpy as np
import pytest

from wardcli.dedupe import DocText, Mark, Sketch, dedupe
from wardcli.dedupe.shingles import name_pairs, word_bytes, words
from wardcli.dedupe.signatures import candidate_pairs, lsh_params, sketch_texts

# An invented report: ten sentences on one ward's council session.
LEAD = ("Chiều 10/7, HĐND phường Hòa Bình đã tổ chức kỳ họp thứ hai, nhiệm kỳ 2021-2026, "
        "nhằm đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025.")
SENTENCES = [
    LEAD,
    "Dự kỳ họp có đồng chí Lê Văn Tâm, Bí thư Đảng ủy, Chủ tịch HĐND phường, cùng 32 đại biểu "
    "HĐND và đại diện các tổ dân phố trên địa bàn.",
    "Theo báo cáo của UBND phường, tổng thu ngân sách 6 tháng đầu năm đạt 128,4 tỷ đồng, "
    "bằng 61,2% dự toán được giao.",
    "Phường đã giải quyết 4.215 hồ sơ thủ tục hành chính, trong đó 98% hồ sơ được trả kết quả "
    "đúng hạn và trước hạn.",
    "Công tác chỉnh trang đô thị được đẩy mạnh, 14 tuyến ngõ được cải tạo mặt đường và hệ "
    "thống thoát nước.",
    "Các đại biểu dành nhiều thời gian thảo luận về tình trạng lấn chiếm vỉa hè tại khu vực "
    "chợ và các tuyến phố chính.",
    "Đại biểu Trần Thị Hoa đề nghị UBND phường sớm có phương án bố trí điểm trông giữ xe cho "
    "người dân ở các khu tập thể cũ.",
    "Kỳ họp đã thông qua 6 nghị quyết quan trọng, trong đó có nghị quyết về kế hoạch đầu tư "
    "công năm 2026.",
    "Phát biểu bế mạc, đồng chí Lê Văn Tâm đề nghị các đại biểu tiếp tục bám sát cơ sở, lắng "
    "nghe ý kiến cử tri.",
    "Mục tiêu của phường là hoàn thành toàn diện các chỉ tiêu kinh tế - xã hội năm 2025 "
    "theo nghị quyết đã đề ra.",
]
TEXT = "\n\n".join(SENTENCES)
TITLE = "Phường Hòa Bình thông qua 6 nghị quyết tại kỳ họp thứ hai"

# Another story on the same ward, written the same way: must stay apart.
OTHER = "\n\n".join([
    "Sáng 3/9, UBND phường Hòa Bình phối hợp với Ủy ban MTTQ Việt Nam phường tổ chức lễ ra mắt "
    "mô hình tổ dân phố văn minh, không rác thải nhựa.",
    "Dự buổi lễ có đồng chí Lê Văn Tâm, Bí thư Đảng ủy, Chủ tịch HĐND phường, cùng đông đảo "
    "người dân trên địa bàn.",
    "Mô hình được triển khai đầu tiên tại tổ dân phố số 5 với 212 hộ gia đình tham gia ký cam "
    "kết phân loại rác tại nguồn.",
    "Mỗi hộ được phát hai thùng đựng rác và tài liệu hướng dẫn cách phân loại rác hữu cơ, rác "
    "tái chế và rác còn lại.",
    "Đồng chí Nguyễn Văn Minh, Chủ tịch UBND phường, cho biết phường sẽ nhân rộng mô hình ra "
    "toàn bộ 18 tổ dân phố trong năm 2026.",
    "Các đoàn thể sẽ cử thành viên kiểm tra định kỳ hằng tháng và biểu dương những hộ thực hiện "
    "tốt.",
])


def article(id_, text=TEXT, title=TITLE, published="2025-07-10T21:05"):
    return DocText(id_, "article", title, text, published)


def teaser(id_, title=TITLE, summary=LEAD, published="2025-07-10T21:05"):
    return DocText(id_, "teaser", title, summary, published)


def marks_by_id(docs, **kw) -> dict[str, Mark]:
    return {m.doc_id: m for m in dedupe(docs, **kw).marks}


def test_exact_copy_is_a_duplicate_of_the_earlier_doc():
    m = marks_by_id([article("b", published="2025-07-11"), article("a", published="2025-07-10")])
    assert m["a"] == Mark("a", None, None, "a", None)
    assert m["b"] == Mark("b", "a", None, "a", 1.0)


def test_copy_without_title_line_is_an_exact_duplicate():
    m = marks_by_id([article("a"), article("b", title=None)])
    assert m["b"].duplicate_of == "a" and m["b"].similarity == 1.0


def test_nfd_copy_is_an_exact_duplicate():
    nfd = article("b", text=unicodedata.normalize("NFD", TEXT), title=unicodedata.normalize("NFD", TITLE))
    m = marks_by_id([article("a"), nfd])
    assert m["b"].duplicate_of == "a" and m["b"].similarity == 1.0


def test_sentence_dropped_is_a_near_duplicate_of_the_fuller_text():
    shorter = "\n\n".join(SENTENCES[:4] + SENTENCES[5:])
    m = marks_by_id([article("a", text=shorter), article("b")])
    assert m["a"].duplicate_of == "b"  # the more complete text is canonical
    assert 0.8 <= m["a"].similarity < 1.0


def test_sentence_added_is_a_near_duplicate():
    longer = TEXT + "\n\nBuổi chiều cùng ngày, các đại biểu đi kiểm tra thực tế tại hai công trình."
    m = marks_by_id([article("a"), article("b", text=longer)])
    assert m["a"].duplicate_of == "b" and 0.8 <= m["a"].similarity < 1.0


def test_figures_changed_is_a_near_duplicate():
    changed = TEXT.replace("128,4 tỷ", "129,1 tỷ").replace("61,2%", "61,8%").replace("4.215", "4.251")
    m = marks_by_id([article("a"), article("b", text=changed)])
    assert m["b"].duplicate_of == "a" and 0.8 <= m["b"].similarity < 1.0


def test_two_stories_on_one_ward_stay_apart():
    m = marks_by_id([article("a"), article("b", text=OTHER, title="Phường Hòa Bình ra mắt tổ dân phố văn minh")])
    assert m["a"].cluster == "a" and m["b"].cluster == "b"
    assert m["a"].duplicate_of is None and m["b"].duplicate_of is None


def test_a_lower_threshold_merges_what_the_default_keeps_apart():
    half = "\n\n".join(SENTENCES[:6])
    assert marks_by_id([article("a"), article("b", text=half)])["b"].duplicate_of is None
    assert marks_by_id([article("a"), article("b", text=half)], threshold=0.5)["b"].duplicate_of == "a"


def test_teaser_links_to_an_article_that_has_no_title():
    m = marks_by_id([article("a", title=None), teaser("t")])
    assert m["t"].teaser_of == "a" and m["t"].duplicate_of == "a" and m["t"].cluster == "a"
    assert m["t"].similarity > 0.5
    assert m["a"].teaser_of is None and m["a"].duplicate_of is None


def test_teaser_of_another_story_on_the_ward_is_not_linked():
    other_lead = OTHER.split("\n\n")[0]
    m = marks_by_id([article("a", title=None), teaser("t", "Phường Hòa Bình ra mắt tổ dân phố văn minh", other_lead)])
    assert m["t"].teaser_of is None and m["t"].cluster == "t"


def test_teaser_from_a_template_on_another_ward_is_not_linked():
    m = marks_by_id([article("a"), teaser("t", TITLE.replace("Hòa Bình", "Yên Hòa"), LEAD.replace("Hòa Bình", "Yên Hòa"))])
    assert m["t"].teaser_of is None


def test_teaser_with_another_figure_in_its_headline_is_not_linked():
    m = marks_by_id([article("a"), teaser("t", TITLE.replace("6 nghị quyết", "9 nghị quyết"))])
    assert m["t"].teaser_of is None


def test_teaser_dated_a_month_away_is_not_linked():
    m = marks_by_id([article("a"), teaser("t", published="2025-08-20T08:00")])
    assert m["t"].teaser_of is None
    m = marks_by_id([article("a", published=None), teaser("t", published="2025-08-20T08:00")])
    assert m["t"].teaser_of == "a"  # an undated article cannot be told apart by date


def test_a_bare_teaser_title_links_only_to_its_headline():
    m = marks_by_id([article("a"), teaser("t", summary="")])
    assert m["t"].teaser_of == "a"
    m = marks_by_id([article("a"), teaser("t", "Phường Hòa Bình tổ chức kỳ họp", "")])
    assert m["t"].teaser_of is None


def test_one_teaser_on_several_pages_is_one_cluster_with_its_article():
    docs = [article("a"), teaser("t1"), teaser("t2", summary=""), teaser("t3", published="2025-07-11T08:00")]
    m = marks_by_id(docs)
    assert {m[t].cluster for t in ("t1", "t2", "t3")} == {"a"}
    assert all(m[t].teaser_of == "a" for t in ("t1", "t2", "t3"))


def test_teasers_with_one_title_and_no_article_are_one_cluster():
    m = marks_by_id([teaser("t2", summary=""), teaser("t1")])
    assert m["t1"].cluster == m["t2"].cluster == "t1"  # the one with a summary is more complete
    assert m["t2"].duplicate_of == "t1" and m["t2"].teaser_of is None


@pytest.mark.parametrize("docs, canonical", [
    ([teaser("t", summary=TEXT), article("z", text=TEXT)], "z"),  # an article before a teaser
    ([article("a", text=TEXT), article("b", text=TEXT + "\n\nThêm một câu nữa ở cuối bài.")], "b"),  # longer
    ([article("b", published="2025-07-09"), article("a", published="2025-07-10")], "b"),  # earlier
    ([article("b", published=None), article("a", published="2025-07-10")], "a"),  # dated first
    ([article("b"), article("a")], "a"),  # then the smaller id
])
def test_canonical_choice(docs, canonical):
    marks = dedupe(docs).marks
    assert {m.cluster for m in marks} == {canonical}
    assert [m.doc_id for m in marks if m.duplicate_of is None] == [canonical]


def test_marks_do_not_depend_on_input_order():
    docs = [article("a"), article("b", title=None), teaser("t"), article("c", text=OTHER), teaser("u", summary="")]
    first = dedupe(docs).marks
    assert dedupe(docs[::-1]).marks == first
    assert dedupe(docs[2:] + docs[:2]).marks == first
    assert [m.doc_id for m in first] == sorted(m.doc_id for m in first)


def test_stored_sketches_are_reused_and_give_the_same_marks():
    docs = [article("a"), article("b", title=None), teaser("t"), article("c", text=OTHER)]
    result = dedupe(docs)
    assert sorted(result.sketches) == ["a", "b", "c", "t"]
    stored = [replace(d, text="", sketch=result.sketches[d.id]) for d in docs]
    again = dedupe(stored)
    assert again.marks == result.marks and again.sketches == {}


def test_a_sketch_made_another_way_is_made_again():
    good = dedupe([article("a")]).sketches["a"]
    stale = bytes([99]) + good[1:]
    result = dedupe([replace(article("a"), sketch=stale)])
    assert result.sketches == {"a": good}
    with pytest.raises(ValueError):
        Sketch.from_bytes(stale)
    with pytest.raises(ValueError):
        Sketch.from_bytes(good[:-4])


def test_sketch_round_trip_and_size():
    s = sketch_texts([("article", TITLE, TEXT)])[0]
    data = s.to_bytes()
    assert Sketch.from_bytes(data) == s
    assert len(data) < 2500


def test_empty_and_tiny_docs():
    assert dedupe([]).marks == []
    docs = [DocText("a", "article", None, ""), DocText("b", "article", "Tin ảnh", ""),
            DocText("c", "teaser", "Ab", ""), DocText("d", "teaser", None, "")]
    marks = dedupe(docs).marks
    assert [m.cluster for m in marks] == ["a", "b", "c", "d"]


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="kind"):
        dedupe([DocText("a", "page", None, "x")])


def test_docs_from_model_docs():
    from wardcli.page import parse_page

    page = parse_page(f"{TITLE}\n\n21:05 10/07/2025\n\n{TEXT}\n", "a.txt")
    d = DocText.from_doc(page.article)
    assert (d.id, d.kind, d.title, d.published) == (page.article.id, "article", TITLE, "2025-07-10T21:05")
    assert d.text.startswith("Chiều 10/7")


def test_words_fold_like_text_fold():
    from wardcli.text import fold

    s = "Phường TƯƠNG MAI – “Đoàn kết”, nhiệm kỳ 2025–2030; Hoà/Hòa Xá…"
    expected = "".join(c if c.isalnum() and c.isascii() else " " for c in fold(s)).split()
    assert words(s) == expected
    assert words(unicodedata.normalize("NFD", s)) == expected
    assert word_bytes("") == []


def test_name_pairs_skip_sentence_openers_and_shouted_lines():
    assert name_pairs("Xã Hồng Sơn tổ chức. Ông Nguyễn Văn An dự.") == [b"hong son", b"nguyen van", b"van an"]
    assert name_pairs("ĐẠI HỘI ĐẢNG BỘ PHƯỜNG TƯƠNG MAI") == []
    assert name_pairs(unicodedata.normalize("NFD", "ở phường Tương Mai")) == [b"tuong mai"]


def test_lsh_finds_a_pair_above_the_threshold():
    sk = sketch_texts([("article", None, TEXT), ("article", None, TEXT + " Thêm."), ("article", None, OTHER)])
    mh = np.stack([s.minhash for s in sk])
    pairs = candidate_pairs(mh, *lsh_params(0.8)).tolist()
    assert [0, 1] in pairs and [0, 2] not in pairs and [1, 2] not in pairs
