"""The glue of extract(): which pre-2025 unit a former name means and which 2025 unit it is
tied to, and how a page's docs read a shared name together (page_hints).

Hand-made sentences; codes read by hand from the package's data (`admin_units`,
`admin_units_legacy` and converter_2025.json):
- xã Liên Hà, huyện Đông Anh (00484) -> Đông Anh 00454, Thư Lâm 00475;
  xã Liên Hà, huyện Đan Phượng (09802) -> Mê Linh 09022, Ô Diên 09817.
- phường Khương Trung, quận Thanh Xuân (00349) -> Khương Đình 00364, Phương Liệt 00352.
- phường Thanh Xuân is 00367 (not a successor of Khương Trung in the package's map).
- Phú Lương: xã of Thái Nguyên 05611, xã of Tuyên Quang 02611, phường of Hà Nội 09568.
"""

import pytest

from wardcli.extract import extract, page_hints
from wardcli.gazetteer import load_gazetteer
from wardcli.model import Doc

THU_LAM, O_DIEN, DONG_ANH = "00475", "09817", "00454"
LIEN_HA_DONG_ANH, LIEN_HA_DAN_PHUONG = "00484", "09802"
KHUONG_TRUNG, KHUONG_DINH, PHUONG_LIET, THANH_XUAN = "00349", "00364", "00352", "00367"
PHU_LUONG_THAI_NGUYEN, PHU_LUONG_HN = "05611", "09568"


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _doc(text: str, title: str | None = None, kind: str = "article", captions=()) -> Doc:
    return Doc(id=f"{kind}-{hash((title, text)) & 0xffff:x}", kind=kind, source="t.txt", title=title,
               published=None, published_raw=None, byline=None, lead=None, captions=list(captions),
               text=text)


def _formers(ex) -> list[tuple[str, list[str]]]:
    return [(w.code, w.successor_codes) for w in ex.wards if w.status == "former"]


def _current(ex) -> list[str]:
    return [w.code for w in ex.wards if w.status == "current"]


# --- which old unit, tied to which new one ----------------------------------------------------

def test_the_sentence_naming_a_successor_picks_the_old_unit(gaz):
    doc = _doc("Xã Thư Lâm ra đời trên cơ sở sáp nhập các xã Thụy Lâm, Liên Hà và Vân Hà. "
               "Cán bộ xã đã tới học tập xã Ô Diên.")
    former = dict(_formers(extract(doc, gaz)))
    # not the Đan Phượng Liên Hà, though its successor Ô Diên is named in the doc
    assert LIEN_HA_DAN_PHUONG not in former
    assert former[LIEN_HA_DONG_ANH] == [THU_LAM]  # only the ward the page ties it to


def test_the_nearest_ward_before_in_the_paragraph_picks_the_old_unit(gaz):
    doc = _doc("Cánh đồng xã Ô Diên vào mùa. Trước đây, nông dân xã Liên Hà (cũ) trồng lúa ở đây.\n\n"
               "Ở xã Thư Lâm, người dân làm nghề cá.")
    assert _formers(extract(doc, gaz)) == [(LIEN_HA_DAN_PHUONG, [O_DIEN])]


def test_the_district_written_picks_the_old_unit(gaz):
    doc = _doc("Nông dân xã Liên Hà (huyện Đông Anh cũ) trồng đào; xã Ô Diên trồng rau.")
    assert _formers(extract(doc, gaz)) == [(LIEN_HA_DONG_ANH, [])]
    doc = _doc("Trụ sở xã Liên Hà thuộc huyện Đông Anh (cũ) nay là nhà văn hóa.")
    assert [c for c, _ in _formers(extract(doc, gaz))] == [LIEN_HA_DONG_ANH]


def test_the_doc_naming_a_successor_ties_the_old_unit_to_it_only(gaz):
    doc = _doc("Người dân phường Khương Trung (cũ) đã quen thủ tục mới.\n\nPhường Phương Liệt tiếp dân.")
    assert _formers(extract(doc, gaz)) == [(KHUONG_TRUNG, [PHUONG_LIET])]


def test_an_old_unit_tied_to_no_ward_of_the_doc_keeps_no_successor(gaz):
    # else the store would list it under any successor some other doc names
    doc = _doc("Người dân phường Khương Trung (cũ) đã quen thủ tục mới.")
    assert _formers(extract(doc, gaz)) == [(KHUONG_TRUNG, [])]


def test_a_merger_sentence_is_taken_at_its_word(gaz):
    # the package's map sends Khương Trung to Khương Đình and Phương Liệt; the page says
    # Thanh Xuân took a part of it, and names no other ward
    doc = _doc("Phường Thanh Xuân được hình thành từ các phường Nhân Chính và một phần phường Khương Trung.")
    formers = dict(_formers(extract(doc, gaz)))
    assert formers[KHUONG_TRUNG] == [THANH_XUAN]


# --- a page's docs read a shared name together -------------------------------------------------

def test_a_teaser_takes_the_unit_the_article_placed(gaz):
    article = _doc("Đoàn cán bộ tới xã Phú Lương (tỉnh Thái Nguyên) tìm hiểu nghề chè.", title="Học tập mô hình chè")
    teaser = _doc("", title="Xã Phú Lương mở hội chợ nông sản", kind="teaser")
    hints = page_hints([article, teaser], gaz)
    assert _current(extract(teaser, gaz)) == [PHU_LUONG_HN]  # alone: the default's phường
    assert _current(extract(teaser, gaz, page=hints)) == [PHU_LUONG_THAI_NGUYEN]
    assert extract(teaser, gaz, page=hints).place == "Phú Lương"


def test_a_page_that_places_nothing_leaves_the_default(gaz):
    article = _doc("Phường Tương Mai tổ chức hội nghị.", title="Hội nghị")
    teaser = _doc("", title="Xã Phú Lương mở hội chợ nông sản", kind="teaser")
    hints = page_hints([article, teaser], gaz)
    assert _current(extract(teaser, gaz, page=hints)) == [PHU_LUONG_HN]


def test_page_records_pass_the_page_hints(gaz):
    from wardcli.ingest import page_records

    text = ("Học tập mô hình trồng chè\n\n"
            "Đoàn cán bộ đã tới xã Phú Lương (tỉnh Thái Nguyên) tìm hiểu nghề chè. Các hộ chia sẻ "
            "kinh nghiệm chăm sóc đồi chè và làm du lịch.\n\n"
            "Tin khác\n"
            "Xã Phú Lương mở hội chợ nông sản\n")
    _, records = page_records(text, "t.txt", gaz)
    codes = {w["code"] for w in records["wards"] if w["status"] == "current"}
    assert PHU_LUONG_HN not in codes and PHU_LUONG_THAI_NGUYEN in codes


def test_after_the_merger_is_not_the_pages_word_on_an_old_unit(gaz):
    # "sau sáp nhập" is a time; Khương Trung is named as a place of the past, tied to nothing here
    doc = _doc("Sau sáp nhập, phường Thanh Xuân tiếp nhận hồ sơ của người dân phường Khương Trung (cũ).")
    assert _formers(extract(doc, gaz)) == [(KHUONG_TRUNG, [])]


# --- the page's province -------------------------------------------------------------------------
# Kinh Bắc 09187 and Võ Cường 09190: phường of Bắc Ninh only; Việt Hưng: phường of Hà Nội 00127
# and of Quảng Ninh 06661; Tiền Phong: phường of Bắc Ninh 07696 (Hà Nội had a xã Tiền Phong).

BAC_NINH_PAGE = (
    "Kinh Bắc: Hoàn thành 95% kế hoạch thu ngân sách\n\n"
    "Chiều 5/11, Bí thư Tỉnh ủy Bắc Ninh làm việc với Đảng ủy phường Kinh Bắc. Dự buổi làm việc có "
    "đồng chí Trần Văn Hòa, Phó Chủ tịch UBND tỉnh. Năm nay toàn tỉnh có 1.320 doanh nghiệp mới.\n\n"
    "Phường Kinh Bắc đã kết nghĩa với phường Việt Hưng (Hà Nội). Chủ tịch UBND phường Việt Hưng "
    "Lê Văn Nam tặng phường 50 bộ máy tính.\n\n"
    "Tin khác\n"
    "Phường Tiền Phong: Khánh thành cầu mới\n"
    "Phường Võ Cường ra quân làm sạch dữ liệu\n"
)


def test_page_records_read_a_page_in_the_province_it_names(gaz):
    from wardcli.ingest import page_records

    _, records = page_records(BAC_NINH_PAGE, "t.txt", gaz)
    codes = {w["code"] for w in records["wards"] if w["status"] == "current"}
    assert {"09187", "09190", "07696", "00127"} <= codes
    places = {(o["name"], o["place"]) for o in records["officials"]}
    assert ("Trần Văn Hòa", "Bắc Ninh") in places  # a bare "tỉnh": the page's province
    assert ("Lê Văn Nam", "Việt Hưng") in places  # a Hà Nội ward the text placed keeps its people
    assert not any(p == "Hà Nội" for _, p in places)
    assert {(m["value"], m["place"]) for m in records["metrics"]} >= {(1320, "Bắc Ninh")}  # "toàn tỉnh"


def test_page_province_keeps_the_default_without_clear_evidence(gaz):
    from wardcli.extract import page_province

    article = _doc("Phường Tương Mai tiếp đoàn công tác của xã Tam Đa (tỉnh Bắc Ninh).", title="Hội nghị")
    assert page_province([article], gaz) == "Hà Nội"
    assert page_province([article], gaz, "Bắc Ninh") == "Bắc Ninh"


def test_the_figures_of_a_table_row_belong_to_its_ward(gaz):
    # Quảng Bị 10072 and Tiến Thắng 08995: xã of Hà Nội; the article is about phường Tương Mai
    doc = _doc("Phường Tương Mai đạt 99,5% hồ sơ đúng hạn. Kết quả của một số xã:\n\n"
               "TT | Xã | Tỷ lệ đúng hạn\n\n1 | Quảng Bị | 98,7%\n\n2 | Tiến Thắng | 97,6%\n",
               title="Phường Tương Mai: Cải cách hành chính")
    places = {(m.value, m.place_code) for m in extract(doc, gaz).metrics}
    assert {(98.7, "10072"), (97.6, "08995")} <= places
    assert (99.5, "00322") in places  # the figure outside the table stays the article's ward


def test_teaser_naming_no_ward_takes_the_place_its_summary_names_for_figures(gaz):
    # the page is about phường Khương Đình; the teaser's summary says the city gave the grants
    teaser = _doc("UBND thành phố Hà Nội vừa trao 150 suất học bổng cho học sinh vượt khó.",
                  title="Trao 150 suất học bổng cho học sinh vượt khó", kind="teaser")
    ex = extract(teaser, gaz, context_place="Khương Đình")
    assert {(m.value, m.unit, m.place) for m in ex.metrics} == {(150, "suất học bổng", "Hà Nội")}
    assert ex.place == "Khương Đình"  # the doc still belongs to the page's ward


def test_teaser_naming_nothing_keeps_the_page_ward_for_figures(gaz):
    teaser = _doc("Phường vừa trao 150 suất học bổng cho học sinh vượt khó.",
                  title="Trao 150 suất học bổng cho học sinh vượt khó", kind="teaser")
    ex = extract(teaser, gaz, context_place="Khương Đình")
    assert {m.place for m in ex.metrics} == {"Khương Đình"}


# --- the real-page conventions: merged-from wards, counted sets, a ward-led page province --------
# Giảng Võ: 2025 phường 00025, also a pre-2025 phường of Ba Đình; Mông Dương: phường only in Quảng
# Ninh (06760); Ba Đình 00004, Ngọc Hà 00008, Láng 00199 (phường, Hà Nội).

def test_a_merged_from_ward_that_kept_its_name_is_a_former_record(gaz):
    doc = _doc("Phường Giảng Võ được thành lập trên cơ sở sáp nhập các phường Giảng Võ, Cát Linh.")
    ex = extract(doc, gaz)
    assert _current(ex) == ["00025"]  # the subject only
    formers = {(w.name, tuple(w.successor_codes)) for w in ex.wards if w.status == "former"}
    assert ("Giảng Võ", ("00025",)) in formers and any(n == "Cát Linh" for n, _ in formers)


def test_a_counted_set_of_wards_after_gom_gives_each_ward(gaz):
    doc = _doc("Đại biểu tiếp xúc cử tri 3 phường thuộc Đơn vị bầu cử số 1 (gồm: Ba Đình, Ngọc Hà và Láng).")
    assert _current(extract(doc, gaz)) == ["00004", "00008", "00199"]


def test_page_records_follow_a_ward_only_one_tinh_has(gaz):
    from wardcli.ingest import page_records

    text = ("Phường Mông Dương tổ chức Đại hội Đảng bộ lần thứ I\n\n"
            "Sáng 20/8, Đảng bộ phường Mông Dương tổ chức Đại hội. Dự đại hội có Phó Chủ tịch UBND "
            "tỉnh Hoàng Văn Sơn. Lãnh đạo Tỉnh ủy, HĐND tỉnh gửi lẵng hoa chúc mừng.\n")
    _, records = page_records(text, "t.txt", gaz)
    assert {w["code"] for w in records["wards"] if w["status"] == "current"} == {"06760"}
    places = {(o["name"], o["place"]) for o in records["officials"]}
    assert ("Hoàng Văn Sơn", "Quảng Ninh") in places
    assert not any(p == "Hà Nội" for _, p in places)


# --- one place recogniser per page (issue 9) ------------------------------------------------------

def _page_records_by_doc(docs, gaz):
    """The records of extract() called doc by doc, as ingest did before extract_page."""
    from wardcli.extract import page_province

    province = page_province(docs, gaz)
    hints = page_hints(docs, gaz, province)
    out, context = [], None
    for doc in docs:
        ex = extract(doc, gaz, province, context_place=context, page=hints)
        if doc.kind == "article":
            context = ex.place
        out.append(ex)
    return out


@pytest.mark.parametrize("text", [BAC_NINH_PAGE, (
    "Học tập mô hình trồng chè\n\n"
    "Đoàn cán bộ đã tới xã Phú Lương (tỉnh Thái Nguyên) tìm hiểu nghề chè. Phường Tương Mai đạt 99,5% "
    "hồ sơ đúng hạn; Chủ tịch UBND phường Tương Mai Nguyễn Văn An trao 20 suất quà.\n\n"
    "Tin khác\n"
    "Xã Phú Lương mở hội chợ nông sản\n"
    "Trao 150 suất học bổng cho học sinh vượt khó\n")])
def test_extract_page_gives_the_records_of_extract_doc_by_doc(gaz, text):
    from wardcli.extract import extract_page
    from wardcli.page import parse_page

    page = parse_page(text, "t.txt")
    docs = [page.article, *page.teasers]
    whole = [ex for _, ex in extract_page(docs, gaz)]
    assert [ex.place for ex in whole] == [ex.place for ex in _page_records_by_doc(docs, gaz)]
    assert [(ex.wards, ex.officials, ex.metrics) for ex in whole] == \
        [(ex.wards, ex.officials, ex.metrics) for ex in _page_records_by_doc(docs, gaz)]


def test_find_places_gives_each_field_its_wards_with_the_page_hints(gaz):
    from wardcli.extract.places import find_places

    article = _doc("Đoàn cán bộ đã tới xã Phú Lương (tỉnh Thái Nguyên) tìm hiểu nghề chè.", title="Nghề chè")
    teaser = _doc("", title="Xã Phú Lương mở hội chợ nông sản", kind="teaser")
    page = find_places([article, teaser], gaz)
    assert page.province == "Hà Nội" and page.provinces == ("Thái Nguyên",)
    assert [[(f.name, [h.unit.code for h in f.wards]) for f in d.fields] for d in page.docs] == [
        [("title", []), ("text", [PHU_LUONG_THAI_NGUYEN])], [("title", [PHU_LUONG_THAI_NGUYEN])]]
    (text,) = [f for f in page.docs[0].fields if f.name == "text"]
    assert text.provinces == [(text.text.index("tỉnh"), "Thái Nguyên")]


def test_find_places_reads_the_page_in_the_province_it_names(gaz):
    from wardcli.extract.places import find_places
    from wardcli.page import parse_page

    page = parse_page(BAC_NINH_PAGE, "t.txt")
    places = find_places([page.article, *page.teasers], gaz)
    assert places.province == "Bắc Ninh"
    codes = {h.unit.code for d in places.docs for f in d.fields for h in f.wards if h.unit}
    assert {"09187", "09190", "07696", "00127"} <= codes


def test_a_doc_read_again_gives_the_same_records(gaz):
    # a text's scan and its reading without hints are remembered: a second reading, or one in
    # another province in between, must not change what extract gives
    doc = _doc("Phường Hoàng Mai tổ chức hội nghị; Chủ tịch UBND phường Hoàng Mai Lê Văn Nam phát biểu.")
    first = extract(doc, gaz)
    other = extract(doc, gaz, "Nghệ An")
    assert _current(first) == ["00331", "00331"] and _current(other) == ["17110", "17110"]
    assert extract(doc, gaz) == first


# --- issue 10: ward recognition on unseen pages ---------------------------------------------
# (find_wards cases; here because test_wards.py is past 500 lines)

from wardcli.extract.wards import find_wards  # noqa: E402

D_RAN, B_LAO, EA_H_LEO, CU_M_GAR = "24934", "24829", "24184", "24280"
TUONG_MAI = "00322"


def _ward_codes(gaz, text, province="Hà Nội"):
    return [h.unit.code for h in find_wards(text, gaz, province) if h.unit is not None]


@pytest.mark.parametrize("text, province, codes", [
    ("Xã D'Ran: hơn 300 hộ trồng hoa được hỗ trợ giống mới.", "Lâm Đồng", [D_RAN]),
    ("UBND phường B\u2019Lao vừa ra mắt tổ công nghệ số.", "Lâm Đồng", [B_LAO]),  # curly apostrophe
    ("Hai xã Ea H'Leo và Cư M'gar ký kết hợp tác.", "Đắk Lắk", [EA_H_LEO, CU_M_GAR]),
])
def test_ward_names_with_an_apostrophe(gaz, text, province, codes):
    # issue 10: ethnic-minority names join syllables with an apostrophe, straight or curly
    assert _ward_codes(gaz, text, province) == codes


@pytest.mark.parametrize("text", [
    # "sắp xếp từ": the 2025 reform's own word for a merger
    "Phường Định Công được sắp xếp từ toàn bộ diện tích của các phường Tương Mai, Lĩnh Nam và xã Yên Sở.",
    # "trên cơ sở sắp xếp", then a second list after "thuộc quận X (cũ)"
    "Phường Định Công được thành lập trên cơ sở sắp xếp toàn bộ diện tích các phường Tương Mai, Lĩnh "
    "Nam thuộc quận Hoàng Mai (cũ), một phần các phường Yên Sở thuộc quận Hoàng Mai cũ.",
])
def test_a_merger_list_names_the_old_units_even_where_a_2025_ward_kept_the_name(gaz, text):
    # issue 10: Tương Mai, Lĩnh Nam and Yên Sở are 2025 wards too, but the list speaks of the
    # pre-2025 units the subject was formed from; only the subject is a mention of today's ward
    assert _ward_codes(gaz, text) == ["00316"]
    assert [h.surface.split()[-1] for h in find_wards(text, gaz) if h.unit is None] == ["Mai", "Nam", "Sở"]


def test_after_the_rearrangement_the_ward_named_is_todays(gaz):
    # a time word before the verb: "sau sắp xếp" tells of the new ward
    assert _ward_codes(gaz, "Sau sắp xếp, phường Tương Mai có 40 tổ dân phố.") == [TUONG_MAI]
    assert _ward_codes(gaz, "Các phường Tương Mai và Lĩnh Nam được sắp xếp thành phường mới.") == [
        TUONG_MAI, "00328"]


def test_a_2025_name_that_starts_with_its_number(gaz):
    # issue 10: "phường 2 Bảo Lộc" is the 2025 ward "2 Bảo Lộc", not the old "Phường 2"; the
    # list goes on with numbered items; "phường 12 Nguyễn Văn An" is still the old Phường 12
    text = "Các phường 1 Bảo Lộc, 2 Bảo Lộc và B'Lao ký kết giao ước thi đua."
    assert [h.unit.name for h in find_wards(text, gaz, "Lâm Đồng")] == ["1 Bảo Lộc", "2 Bảo Lộc", "B'Lao"]
    hits = find_wards("Chủ tịch UBND phường 12 Nguyễn Văn An cho biết", gaz, "Hồ Chí Minh")
    assert [(h.surface, h.unit) for h in hits] == [("phường 12", None)]


def test_a_numbered_list_of_old_wards_reads_every_item_in_the_district_after_it(gaz):
    hits = find_wards("Phường mới gồm địa bàn các phường 11, 12, 13 và 14 thuộc Quận 5 (cũ).", gaz,
                      "Hồ Chí Minh")
    assert [(h.surface, {f.district for f in h.former}) for h in hits] == [
        ("phường 11", {"Quận 5"}), ("12", {"Quận 5"}), ("13", {"Quận 5"}), ("14", {"Quận 5"})]


@pytest.mark.parametrize("text, province", [
    ("Móng Cái 1: khai trương trung tâm hành chính công", "Quảng Ninh"),
    ("UBND phường Móng Cái 1 vừa tổ chức hội nghị", "Quảng Ninh"),
    ("Đảng ủy phường Xuân Hương – Đà Lạt ra nghị quyết", "Lâm Đồng"),
])
def test_names_with_a_number_or_a_suffix_are_kept_whole(gaz, text, province):
    assert [h.unit.name for h in find_wards(text, gaz, province)] in (["Móng Cái 1"], ["Xuân Hương - Đà Lạt"])


@pytest.mark.parametrize("text", [
    "Du khách đến mua lụa Vạn Phúc, chụp ảnh trên cầu Long Biên rồi dạo quanh hồ Hoàn Kiếm.",
    "Cầu Long Biên: sửa chữa mặt cầu trong ba tháng",
    "Trường THCS Long Biên và chợ Long Biên cùng đón khách; phố Xã Đàn thông xe.",
])
def test_a_landmark_sharing_a_wards_name_is_not_a_mention(gaz, text):
    # issue 10: a craft village, bridge, lake, market, school or street named after a ward
    assert find_wards(text, gaz) == []
