"""Reported quantities in a text: a figure, the unit or counted noun after it, and what,
where and when it measures.

The grammar, in order of preference, for what follows a figure:
  "%"  (+ "/năm"-style rate suffix)                          118,6%   15%/năm
  scale word? + currency (+ "/người/năm" suffix)             390 tỷ đồng   104,7 triệu đồng/người/năm
  scale word? + counted noun from COUNTED_NOUNS (longest)     6.523 đảng viên   1,2 triệu lượt khách
  classifier ("nhóm") + task nouns joined by "và" / ","     5 nhóm nhiệm vụ và giải pháp
  a plain lower-case noun of one or two syllables           12 căn hộ
  a classifier noun + the noun run after it                 9 điểm nấu ăn   2 máy lấy số   56 điểm Wi-Fi
A "/word" rate suffix stays with any unit ("62 tạ/ha"). Qualifiers after the noun ("ưu tú",
"chính thức") are dropped. When the noun comes before the figure ("số đơn vị bầu cử ... là
182"), the noun is taken from there. The lower end of a range shares the upper end's unit
("từ 20 đến 25%", "20-25%": two figures). A bare year-like figure ("2000") counts only
before a noun from the tables ("2000 hộ dân", not "Hiến pháp 2013 quy định").

Not metrics: dates, times, years, terms, ordinals, anniversaries, ages, durations, document
numbers, phone numbers, school grades ("lớp 1"), ratings ("4 sao"), the "2 cấp" model name: see
NON_METRIC_NOUNS and NUMBER_PREFIXES; nor a count of units that names them or marks them as
former ("3 xã Liên Mạc, Chu Phan", "Cả 3 xã trước sáp nhập"). A table row written with "|"
takes its ward from a "Phường" column and a bare figure's unit from a "Số <noun>" heading.

Place: the last place named before the figure in its sentence, else the places the paragraph
named before (a list of several wards there gives the province that holds them). Not places:
a former unit ("huyện Mê Linh (cũ)"; a former ward stands for the ward the page puts it in,
else the doc's), the addressee of a request or a partner ("đề xuất Thành phố", "phối hợp với
... xã B"), a level ("cấp Thành phố"). A province gets its province code.
The vocabulary (COUNTED_NOUNS, ...) is data in units.py; this package holds the rules, one idea
a module, vocabulary at the bottom: words (tables compiled, tokens, phrase matching), names
(name runs to units), markers (places of a sentence), placing (a figure's place among them),
counted (the unit after a figure), numbered (figures that are labels or years), periods,
targets, labels, tables ("|" rows); this module walks the figures.

    >>> from wardcli.gazetteer import load_gazetteer
    >>> [(h.value, h.unit) for h in find_metrics("Đại hội có 238 đại biểu ưu tú.", load_gazetteer(), "Tương Mai")]
    [(238, 'đại biểu')]
"""

from __future__ import annotations

from ...gazetteer import DEFAULT_PROVINCE, Gazetteer
from ..hits import MetricHit
from ..numbers import iter_figures, parse_number
from ..sentences import sentence_spans
from .counted import _amount, _range_unit, _unit_before, _unit_of
from .labels import _label
from .markers import _markers, _pending
from .numbered import _is_year_context, _prefix_blocks
from .periods import _period
from .placing import _place_in_sentence, _resolve_bare
from .tables import _table_row
from .targets import _is_target

__all__ = ["find_metrics", "lead_place"]


def find_metrics(text: str, gaz: Gazetteer, place: str | None, province: str = DEFAULT_PROVINCE) -> list[MetricHit]:
    """Every reported quantity in `text`, in order. `place` is the ward the text is about;
    a figure belongs to it unless its sentence names another unit.

    >>> from wardcli.gazetteer import load_gazetteer
    >>> h = find_metrics("Thu ngân sách đạt 30.801 triệu đồng.", load_gazetteer(), "Tây Tựu")[0]
    >>> (h.value, h.unit, h.amount_dong, h.place)
    (30801, 'triệu đồng', 30801000000, 'Tây Tựu')
    """
    hits: list[MetricHit] = []
    figures = iter_figures(text)
    if not figures:
        return hits
    home_code = None
    if place:
        u = gaz.resolve(place, province)
        home_code = u.code if u else None
    spans = _figure_line_spans(text, figures)
    cache: dict[tuple[int, int], list] = {}

    def para_first(i: int) -> int:
        para_start = text.rfind("\n", 0, spans[i][0]) + 1
        first = i
        while first > 0 and spans[first - 1][0] >= para_start:
            first -= 1
        return first

    def markers_of(i: int) -> list:
        """The sentence's markers, bare "phường"/"xã" resolved against the paragraph so far."""
        s0, s1 = spans[i]
        if (s0, s1) not in cache:
            line_start = s0 == 0 or text[s0 - 1] == "\n"
            raw = _markers(text[s0:s1], gaz, place, province, line_start)
            wards = []
            if any(_pending(m[2]) for m in raw):
                wards = [m for j in range(para_first(i), i) for m in markers_of(j) if m[2] is not None]
            cache[(s0, s1)] = _resolve_bare(raw, wards, place)
        return cache[(s0, s1)]

    si = 0
    context_at: dict[int, int] = {}  # upper end of a range -> its lower end
    for k, fig in enumerate(figures):
        while si < len(spans) - 1 and spans[si][1] <= fig.start:
            si += 1
        s0, s1 = spans[si]
        if not (s0 <= fig.start < s1) or _prefix_blocks(text, fig.start, fig.pair_end or fig.end) \
                or _is_year_context(text, fig):
            continue
        read = _unit_of(text, fig)
        if read is None and k + 1 < len(figures):
            read = _range_unit(text, fig, figures[k + 1], s1)
            if read is not None:
                context_at[figures[k + 1].start] = fig.start  # the upper end's context is the lower's
        if read is None and not fig.pair_end:
            noun = _unit_before(text, s0, fig.start, fig.end)
            read = (noun, fig.end, 1, False) if noun else None
        row = _table_row(text, fig, gaz, province)
        if read is None and row and row[0]:
            read = (row[0], fig.end, 1, False)  # "Cầu Giấy | 1.245" under "Số hồ sơ"
        if read is None:
            continue
        unit, u_end, rate, money = read
        off = context_at.get(fig.start, fig.start) - s0
        own = markers_of(si)
        found = _place_in_sentence(off, own, place, text[s0:s1]) if own else None
        if found is None:
            # earlier sentences of the same paragraph, for a sentence that names no place
            first = para_first(si)
            earlier = [m for j in range(first, si) for m in markers_of(j) if m[2] is not None or m[1] != place]
            if earlier and not own:
                # the nearest earlier sentence that names places names several wards ("các xã A, B và
                # phường C bị chia cắt. Chính quyền cơ sở đã sơ tán 1.832 hộ"): a figure of all of
                # them belongs to the province that holds them, not to the last one named
                last = next(ms for j in range(si - 1, first - 1, -1)
                            if (ms := [m for m in markers_of(j) if m[2] is not None or m[1] != place]))
                if len({m[2] for m in last if m[2] is not None and not _pending(m[2])}) >= 2 \
                        and not any(m[2] is None for m in last):
                    earlier = [(last[-1][0], province, None, False)]
            found = (earlier[-1][1], earlier[-1][2]) if earlier else (place, home_code)
        pl, code = found
        if row and row[1]:
            pl, code = row[1].name, row[1].code  # the unit a table row is about
        if pl == place and code is None:
            code = home_code
        if code is None and pl:
            code = gaz.province_code(pl)  # "Hà Nội" -> "01"
        sent = text[s0:s1]
        period, target, label = _period(sent, off), _is_target(sent, off), _label(sent, off)
        values = [(fig.start, fig.value, fig.raw)]
        if fig.pair_end:
            second = text[fig.end:fig.pair_end].lstrip(" /")
            values.append((fig.pair_end - len(second), parse_number(second), second))
        for fs, v, raw in values:
            hits.append(MetricHit(fs, u_end, v, unit, raw, label, pl, code, period, target, _amount(v, rate, money)))
    return hits


def _figure_line_spans(text: str, figures: list) -> list[tuple[int, int]]:
    """The sentence spans of the lines (paragraphs) that hold a figure, in order: a figure's
    place is looked for in its own paragraph only, and a sentence never crosses a line break,
    so the other lines are never cut into sentences."""
    spans: list[tuple[int, int]] = []
    line_end = -1
    for fig in figures:
        if fig.start < line_end:
            continue  # a line already cut
        line_start = text.rfind("\n", 0, fig.start) + 1
        line_end = text.find("\n", fig.start)
        if line_end < 0:
            line_end = len(text)
        spans.extend((line_start + s, line_start + e) for s, e in sentence_spans(text[line_start:line_end]))
    return spans


def lead_place(text: str, gaz: Gazetteer, province: str = DEFAULT_PROVINCE) -> str | None:
    """The place the first sentence of a lead or summary names first, as the subject of the
    story ("HNP - UBND thành phố Hà Nội vừa trao 200 suất học bổng" -> "Hà Nội"), or None. For a
    teaser whose title names no place: its figures belong there before the page's ward.

    >>> from wardcli.gazetteer import load_gazetteer
    >>> lead_place("HNP - UBND thành phố Hà Nội vừa trao 200 suất học bổng.", load_gazetteer())
    'Hà Nội'
    """
    spans = sentence_spans(text)
    if not spans:
        return None
    s0, s1 = spans[0]
    marks = [m for m in _markers(text[s0:s1], gaz, None, province, True) if not _pending(m[2]) and m[1]]
    return marks[0][1] if marks else None
