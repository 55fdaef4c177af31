"""The common options, now in `context.py`; kept so older imports (`from .options import
ProvinceOption`) go on working."""

from .context import (FormatOption, LimitOption, ProvinceOption, SinceOption, UntilOption,  # noqa: F401
                      WardOption, Format, emit, pick_format)
