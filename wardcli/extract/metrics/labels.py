"""What a figure measures: the subject of the verb before it ("tổng thu ngân sách đạt ...")
or the measure noun before it ("tỷ lệ 99,97%")."""

from __future__ import annotations

import re

from ..units import LABEL_TRIMS
from .words import (
    _APPROX, _CUT_FALSE, _LABEL_CUTS, _LABEL_STARTS, _MEASURES, _PERIOD_WORDS, _TARGET_VERBS, _key)

_CLAUSE_SPLIT = re.compile(r"[;:.!?()]|, ")
# What a label ends before ("tổng thu ngân sách trên địa bàn" -> "tổng thu ngân sách").
_TRIMS = [re.compile(r"(?:^|\s)" + re.escape(t) + r"\b", re.IGNORECASE) for t in LABEL_TRIMS]
_TENSE_WORDS = {_key("đã"), _key("ước"), _key("sẽ")}  # already, estimated, will


def _label(sent: str, offset: int) -> str | None:
    """What a figure measures: the subject of the verb right before it ("tổng thu ngân sách
    đạt trên 390 tỷ đồng"), or the measure noun right before it ("tỷ lệ 99,97%")."""
    head = sent[:offset]
    head = _CLAUSE_SPLIT.split(head)[-1]
    words = head.split()
    while words and _key(words[-1]) in _APPROX:
        words.pop()
    if len(words) >= 2 and _key(" ".join(words[-2:])) in _CUT_FALSE:
        return None  # "giải phóng mặt bằng 15.000 m2": no verb before the figure
    if words and (_key(words[-1]) in _LABEL_CUTS or _key(" ".join(words[-2:])) in _LABEL_CUTS):
        while words and (_key(words[-1]) in _LABEL_CUTS or _key(" ".join(words[-2:])) in _LABEL_CUTS):
            del words[-(2 if _key(" ".join(words[-2:])) in _LABEL_CUTS and len(words) >= 2 else 1):]
        while words and _key(words[-1]) in _TENSE_WORDS:
            words.pop()
        while len(words) >= 2 and _key(" ".join(words[-2:])) in _TARGET_VERBS:  # "phấn đấu đạt"
            del words[-2:]
        for i in range(len(words) - 1, -1, -1):
            if _key(words[i]) in _LABEL_STARTS or _key(" ".join(words[i:i + 2])) in _LABEL_STARTS:
                words = words[i + (2 if _key(" ".join(words[i:i + 2])) in _LABEL_STARTS else 1):]
                break
        while True:  # a figure inside the subject ends it, unless only a period stands before
            i = next((i for i, w in enumerate(words) if any(c.isdigit() for c in w)), None)
            if i is None:
                break
            if all(_key(w) in _PERIOD_WORDS for w in words[:i]):
                words = words[i + 1:]
            else:
                words = words[:i]
    elif len(words) >= 2 and _key(" ".join(words[-2:])) in _MEASURES:
        words = words[-2:]
    else:
        return None
    text = " ".join(words)
    for trim in _TRIMS:
        m = trim.search(text)
        if m:
            text = text[:m.start()]
    text = text.strip(" ,-–")
    return text or None
