"""Bylines: a line that is a person's or an outlet's name ("Lê Thắm", "Theo Hà Nội Mới", "HÀ
ANH"), and the name a byline line gives."""

from __future__ import annotations

import re

from ..text import fold_key
from .shapes import UPPER_START
from .vocab import BYLINE_PREFIX, BYLINE_STAFF, BYLINE_WORDS, CREDIT_ROLES


def is_name(s: str) -> bool:
    """A byline: a few capitalised words ("Lê Thắm", "Theo Hà Nội Mới", "Nhóm PV")."""
    s = BYLINE_PREFIX.sub("", s.strip()).strip(" .")
    if not s or len(s) > 50 or any(c.isdigit() for c in s) or ":" in s:
        return False
    words = [w.strip("()[]") for w in s.replace(",", " , ").split()]
    if not 1 <= len(words) <= 7 or (s.isupper() and len(words) > 1 and "PV" not in words):
        return False  # "TIN NÓNG" is a heading, not a name
    names = 0
    for w in words:
        low = w.lower()
        if low in BYLINE_STAFF:
            names += 2
        elif low in BYLINE_WORDS or not w:
            continue
        elif not UPPER_START.match(w):
            return False
        else:
            names += 1
    if names == 1 and len(words) == 2 and words[0].lower() == "theo":
        return True  # "Theo Kinhtedothi" (after the outlet)
    return names >= 2 or (names == 1 and len(words) == 1 and s.isupper() and len(s) <= 6)


def is_caps_name(s: str) -> bool:
    """A byline set in capitals ("HÀ ANH", "HÀ ANH - MINH ĐỨC"); only trusted in the header,
    between the headline and its time."""
    words = [w for w in s.split() if w not in BYLINE_WORDS]
    return s.isupper() and 2 <= len(words) <= 6 and len(s) <= 40 \
        and not any(c.isdigit() for c in s) and all(len(w) <= 7 for w in words)


# An outlet after a byline's slash: "Thu Hường/VOV.VN", "Minh Anh/TTXVN".
_BYLINE_OUTLET = re.compile(r"\s*/\s*(?:[\w-]+\.[\w.]+|[A-ZĐ]{2,12})$")


def clean_byline(s: str) -> str:
    s = BYLINE_PREFIX.sub("", s.strip()).strip(" .")
    s = _BYLINE_OUTLET.sub("", s) or s
    if s.startswith("(") and s.endswith(")") and s.count("(") == 1:
        s = s[1:-1].strip()  # "(Theo Hànộimới)"
    return s


def credit_names(line: str) -> list[str]:
    """The names of a credit line, "Nội dung: Lê Thu Hà | Ảnh: Trần Vỹ | Thiết kế: Minh Khuê"
    (text, photos, design: roles in `CREDIT_ROLES`), or [] for any other line."""
    if len(line) > 160 or "|" not in line:
        return []
    names = []
    for piece in line.split("|"):
        role, sep, name = piece.partition(":")
        if not sep or fold_key(role) not in CREDIT_ROLES or not is_name(name):
            return []
        names.append(name.strip())
    return names
