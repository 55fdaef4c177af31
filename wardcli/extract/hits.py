"""What the pure extractors return: spans in one text, before they become store records."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..gazetteer import FormerUnit, Unit


@dataclass
class WardHit:
    """A mention of a commune-level unit. `unit` is set for a 2025 unit; `former` lists the
    pre-2025 units the mention may mean when it names an old ward ("sáp nhập hai phường Tây
    Tựu và Minh Khai": Minh Khai)."""

    start: int
    end: int
    surface: str  # the text as written, e.g. "phường Tương Mai"
    unit: Unit | None = None
    former: list[FormerUnit] = field(default_factory=list)

    @property
    def status(self) -> str:
        return "current" if self.unit is not None else "former"


@dataclass
class OfficialHit:
    start: int  # span of the name
    end: int
    name: str  # as written, without ông/bà/đồng chí
    roles: list[str]  # standard short forms, e.g. "Bí thư Đảng ủy", "Chủ tịch HĐND"
    place: str  # ward short name, "Hà Nội" (or other province), or the body as written
    place_code: str | None = None  # ward code, or province code for a province


@dataclass
class MetricHit:
    start: int  # span of the figure and its unit ("6.523 đảng viên")
    end: int
    value: float | int
    unit: str  # as written right after the number ("%", "tỷ đồng", "đảng viên")
    raw: str  # the figure as written
    label: str | None = None  # what is measured ("tổng thu ngân sách nhà nước")
    place: str | None = None
    place_code: str | None = None
    period: str | None = None  # "2025", "6 tháng đầu năm 2025", "nhiệm kỳ 2025-2030"
    target: bool = False  # a goal ("phấn đấu", "mục tiêu", "đến năm 2030") rather than a result
    amount_dong: float | int | None = None  # money: the amount in đồng
