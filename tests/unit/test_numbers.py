"""Vietnamese number formats: parse_number and iter_figures on invented sentences."""

import pytest
from hypothesis import given, strategies as st

from wardcli.extract.numbers import is_phone, iter_figures, parse_number


@pytest.mark.parametrize(
    "raw, value",
    [
        ("7.812", 7812),  # dot between thousands
        ("2.345.678", 2345678),
        ("96,3", 96.3),  # comma before decimals
        ("4.506,25", 4506.25),  # both
        ("07", 7),  # leading zero of a count
        ("0", 0),
        ("12.5", 12.5),  # English decimal point copied from elsewhere
        ("1,500,000", 1500000),  # English thousands, three groups
        ("3,75", 3.75),
        ("5400", 5400),
    ],
)
def test_parse_number_reads_the_vietnamese_way(raw, value):
    got = parse_number(raw)
    assert got == value
    assert type(got) is type(value)


@pytest.mark.parametrize("raw", ["", "abc", "1.2.3,4,5", "12a"])
def test_parse_number_refuses_what_is_not_one_number(raw):
    assert parse_number(raw) is None


def _values(text):
    return [f.value for f in iter_figures(text)]


def test_dates_times_and_codes_are_not_figures():
    text = ("Sáng 13/9, lúc 14:25 ngày 21/10/2025, theo Quyết định 77/2024/QĐ-UBND, "
            "Công văn 845/UBND-VX và Kế hoạch 03-KH/ĐU, quý II/2025, tháng 11/2024.")
    assert _values(text) == []


def test_day_month_that_may_be_a_part_of_a_whole_is_flagged():
    (f,) = iter_figures("Sáng 3/9 hoàn thành")  # also "3 of 9"; metrics keeps it only before a counted noun
    assert f.date_like


def test_figures_glued_to_letters_are_skipped_but_glued_units_kept():
    assert _values("Xe K9, mã QH15, lúc 7h45, dịch Covid-19") == []
    assert _values("Cải tạo 800m2 vỉa hè và 4km mương") == [800, 4]


def test_ratio_of_two_counts_is_one_figure_with_a_pair():
    (f,) = iter_figures("Có 5.120/5.300 hộ đồng thuận.")
    assert (f.raw, f.value) == ("5.120", 5120)
    assert f.pair_end is not None


def test_phone_numbers_are_not_figures():
    assert is_phone("0243.456.7890")
    assert not is_phone("03")
    assert _values("Đường dây nóng 0987654321 hoặc 024.3942.1111.") == []


def test_year_ranges_are_not_figures_but_count_ranges_keep_the_upper_bound():
    assert _values("giai đoạn 2021-2025 và 2026 – 2030") == [2021, 2026]  # years, dropped by metrics
    assert _values("tăng 8-9%") == [8, 9]


@given(st.text(alphabet="0123456789.,/:- %abđ", max_size=30))
def test_parsers_never_raise(text):
    for f in iter_figures(text):
        assert f.value is not None
    parse_number(text)


@pytest.mark.parametrize(
    "text",
    [
        "Đường dây nóng 1900 1234.",  # service number in two groups
        "Tổng đài 1800.1091 miễn phí.",
        "Gọi 024 3826 1234 hoặc (024) 3826 1235.",  # landlines in groups
        "Liên hệ +84 912 345 678.",  # international form
        "Số điện thoại 0243.826.1234.",
    ],
)
def test_phone_numbers_written_in_groups_are_not_figures(text):
    assert _values(text) == []


def test_grouped_figures_that_are_not_phones_are_kept():
    assert _values("Hỗ trợ 1.900.000 đồng cho 05 - 07 hộ, có 0 ca mắc, 03 cá nhân.") == [1900000, 5, 7, 0, 3]
    assert _values("Tỷ lệ 0,12% và 1.900 hộ.") == [0.12, 1900]


@pytest.mark.parametrize(
    "raw, value",
    [
        ("1.234,5", 1234.5),  # budget in tỷ đồng
        ("85,3", 85.3),
        ("0,12", 0.12),
        ("15.000", 15000),
        ("30.801", 30801),
        ("1,75", 1.75),
    ],
)
def test_parse_number_ward_news_figures(raw, value):
    got = parse_number(raw)
    assert got == value and type(got) is type(value)


def test_dates_written_with_dashes_are_not_figures():
    # year first (ISO) and year last, with "-" or "–"
    assert _values("Cập nhật 2024-11-27 Bản tin phường; họp ngày 05-12-2024 và 2024–12–05.") == []
    # a range or a term stays as before: two counts, a year span
    assert _values("Mỗi tổ có 10-12 hộ.") == [10, 12]


# Issue 9: phone numbers and dash dates are looked for only where they can start; the spans
# must be those of a scan at every character.
_SPAN_TEXTS = [
    "Liên hệ 0243.826.1234 hoặc +84 912 345 678, (024) 3826 1234, 1900 1234.",
    "Ngày 2025-08-13, 13 - 08 - 2025, 13–08–2025; 12-2025-01 và 99-99-9999.",
    "Có 1.234-5 hộ, 0-1-2025, x12-08-2025, 3/12-08-2025 và 2025-8-1.",
    "",
]


@pytest.mark.parametrize("text", _SPAN_TEXTS)
def test_phone_and_date_spans_equal_a_full_scan(text):
    import re

    from wardcli.extract import numbers

    phones = [m.span() for m in numbers._PHONE.finditer(text) if len(re.sub(r"\D", "", m.group())) >= 8]
    assert numbers._phone_spans(text) == phones
    dashes = [m.span() for m in numbers._DASH_DATE.finditer(text)]
    assert [m.span() for m in numbers._matches_at(numbers._DASH_DATE, text, numbers._date_starts(text))] == dashes


@given(st.text(alphabet="0123456789 .,-–/+()ab\n", max_size=40))
def test_phone_and_date_spans_equal_a_full_scan_on_any_digits(text):
    test_phone_and_date_spans_equal_a_full_scan(text)
