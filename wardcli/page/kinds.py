"""Line kinds of a scraped news page: section labels, widgets, tag lines, footers, contacts,
breadcrumbs, menus, outlets, captions, paragraphs. Pure predicates over one line, reading the
word tables of `vocab.py`."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold_key
from .names import is_name
from .shapes import SENTENCE_BREAK, UPPER_START, WORD, ends_full_stop, ends_sentence
from .stamps import line_stamp
from .vocab import (
    BLOCK_LABELS,
    BREADCRUMB,
    CAPTION_OPENERS,
    CHROME_ROW_BARS,
    CHROME_ROW_DASHES,
    CAPTION_OPENERS_MARKED,
    CONTACT_PREFIXES,
    COPYRIGHT_PREFIXES,
    FOLLOW,
    FOOTER_PREFIXES,
    HASHTAGS,
    INLINE_BOX_LABELS,
    MARKET_WIDGET_HEADS,
    MENU_ITEMS,
    NOISE_LABELS,
    OUTLET_PREFIX,
    OUTLETS,
    PHOTO_CREDIT_HEAD,
    PHOTO_CREDIT_TAIL,
    PHOTO_MARK,
    PHOTO_VERBS,
    PHOTO_VERBS_MARKED,
    POLL_OPTION,
    SCENE_OPENERS,
    SCRIPT_ARTEFACTS,
    SECTION_GRAMMAR,
    SECTION_LABELS,
    SITE_NAME_PREFIXES,
    SITE_TAGLINE_WORDS,
    TAG_LABELS,
    TAG_LINE,
    VISIT_COUNTER_HEADS,
    WEATHER,
)

_DECOR = re.compile(r"^[\s>»›•·|#*+-]+|[\s<>»›•·|#*+:：-]+$|\s*[:：]?\s*\(?\d[\d.,]*\)?$")


@lru_cache(maxsize=8192)
def label_key(line: str) -> str:
    """"» TIN LIÊN QUAN:" -> "tin lien quan"; "Bình luận (0)" -> "binh luan"."""
    return fold_key(_DECOR.sub("", _DECOR.sub("", line.strip())))


def is_section_label(line: str) -> bool:
    if len(line) > 40:
        return False
    key = label_key(line)
    return key in SECTION_LABELS or bool(SECTION_GRAMMAR.match(key))


def is_inline_box_label(line: str) -> bool:
    return len(line) <= 40 and label_key(line) in INLINE_BOX_LABELS


def is_label(line: str) -> bool:
    return is_section_label(line) or is_noise(line)


def is_block_label(line: str) -> bool:
    return len(line) <= 40 and label_key(line) in BLOCK_LABELS


def is_noise(line: str) -> bool:
    return len(line) <= 40 and label_key(line) in NOISE_LABELS or _is_widget(line)


def _is_widget(line: str) -> bool:
    """A widget line with no text: weather ("Hà Nội 24°C"), a poll option ("Hài lòng (29%)"),
    a follow button ("Theo dõi Báo Mới trên"), a row of hashtags, a source line ("Nguồn: Báo
    X", the outlet the page reposts), a site's tagline."""
    if len(line) > 160:
        return False
    reading, _, sky = line.partition(" - ")  # "Đà Nẵng 27°C - Có mưa rào": and the sky
    if len(reading) <= 30 and len(sky.split()) <= 4 and WEATHER.search(reading):
        place = WEATHER.sub("", reading).replace(",", " ").split()  # a place, a reading
        if len(place) <= 3 and all(UPPER_START.match(w) for w in place):
            return True
    if _is_market_widget(line) or (fold_key(line).startswith(VISIT_COUNTER_HEADS)
                                    and any(c.isdigit() for c in line)):
        return True
    if ("%" in line and POLL_OPTION.match(line) and len(line.split("(")[0].split()) <= 4) \
            or HASHTAGS.match(line.strip()):
        return True
    key = fold_key(line)
    if FOLLOW.match(key) or _is_source_line(line):
        return True
    head, sep, tail = line.partition(" - ")
    return bool(sep) and len(line) <= 100 and len(head.split()) <= 4 and not ends_sentence(line) \
        and fold_key(tail).startswith(SITE_TAGLINE_WORDS)


def _is_market_widget(line: str) -> bool:
    """"Giá vàng SJC: 148,5 - 150,5 triệu đồng/lượng", "Tỷ giá USD/VND: 26.350": a price
    widget's line, a market word, a colon, then figures with at most two words of unit."""
    head, sep, tail = line.partition(":")
    tail = tail.strip()
    if not sep or len(head) > 30 or not tail[:1].isdigit():
        return False
    words = [w for w in tail.split() if any(c.isalpha() for c in w)]
    return len(words) <= 2 and fold_key(head).startswith(MARKET_WIDGET_HEADS)


def is_chrome_row(line: str) -> bool:
    """A row of site links, sister publications or a slogan: "Đăng ký | Đăng nhập", "Tòa
    soạn | Quảng cáo | Đặt báo", "Báo in | Cuối tuần | Truyền hình", "Thông tin nhanh -
    Chính xác - Gần dân". Pieces of 1-4 words, no figures, no sentence, no "label: value"
    (a credit line), two or more joined by bars, three or more by dashes."""
    if len(line) > 150 or any(c.isdigit() for c in line) or ":" in line or ends_sentence(line):
        return False
    for sep, least in ((CHROME_ROW_BARS, 2), (CHROME_ROW_DASHES, 3)):
        parts = sep.split(line)
        if len(parts) >= least and all(1 <= len(p.split()) <= 4 for p in parts):
            return True
    return False


def _is_source_line(line: str) -> bool:
    """"Nguồn: Báo Kinh tế & Đô thị" (source): the outlet a page reposts, not text."""
    head, sep, tail = line.partition(":")
    return bool(sep) and fold_key(head) == "nguon" and 0 < len(tail.split()) <= 8 \
        and not ends_full_stop(tail)


def is_script_artefact(line: str) -> bool:
    """"undefined", "null", "[object Object]": a failed script's output, never text."""
    return line.strip().lower() in SCRIPT_ARTEFACTS


def is_tag_line(line: str) -> bool:
    """"Từ khóa: a, b, c": keywords, never text."""
    m = TAG_LINE.match(line)
    return bool(m) and fold_key(m.group("head")) in TAG_LABELS and len(line) <= 160 \
        and not ends_sentence(line) and not any(q in line for q in '"“”')


def is_footer(line: str) -> bool:
    if len(line) > 250:
        return False
    key = fold_key(line)
    if line.startswith(("©", "(c)", "(C)")) or key.startswith(COPYRIGHT_PREFIXES) \
            or ("©" in line and len(line) <= 160):
        return True
    return ":" in line[:40] and key.startswith(FOOTER_PREFIXES)


def is_contact(line: str) -> bool:
    return len(line) <= 160 and ":" in line[:25] and fold_key(line).startswith(CONTACT_PREFIXES)


def is_breadcrumb(line: str) -> bool:
    """"Trang chủ > Tin tức > Hoạt động": short pieces joined by arrows or slashes."""
    parts = BREADCRUMB.split(line)
    return len(parts) >= 2 and len(line) <= 150 and not ends_sentence(line) \
        and all(0 < len(p.split()) <= 6 for p in parts)


def is_site_name(line: str) -> bool:
    return len(line) <= 120 and fold_key(line).startswith(SITE_NAME_PREFIXES)


def is_menu_item(line: str) -> bool:
    """A menu or breadcrumb entry: a known section name ("Pháp luật", "Tin tức - Sự kiện") or a
    line of 1-3 words with no digits or punctuation that is not a name."""
    if any(c.isdigit() for c in line) or ends_sentence(line):
        return False
    key = label_key(line)
    if not key:
        return False
    if key in MENU_ITEMS or all(fold_key(p) in MENU_ITEMS for p in re.split(r"\s[-&|/]\s", line)):
        return True
    return len(line.split()) <= 3 and not is_name(line)


def is_outlet_name(line: str) -> bool:
    """An outlet's name on its own line ("Tiền Phong", "Hànộimới", "Kinh tế & Đô thị",
    "VOV.VN"): a known outlet, or 1-4 capitalised words with no digits or punctuation."""
    s = line.strip()
    if not s or len(s) > 30 or any(c.isdigit() for c in s) or ends_sentence(s) or ":" in s:
        return False
    if fold_key(s).replace(" ", "").replace(".", "") in OUTLETS:
        return True
    words = [w for w in s.split() if w not in ("&", "-", "–")]
    return 1 <= len(words) <= 4 and UPPER_START.match(words[0]) and not is_label(s)


def inline_link(line: str) -> str | None:
    """"Xem thêm: <title>" inside an article: the linked title."""
    head, sep, tail = line.partition(":")
    if sep and tail.strip() and len(head) <= 30 and fold_key(head) in SECTION_LABELS:
        return tail.strip()
    return None


def strip_outlet(s: str) -> str:
    return OUTLET_PREFIX.sub("", s, count=1)


def is_paragraph(line: str) -> bool:
    return len(line) >= 80 and ends_sentence(line) and line_stamp(line) is None


def is_caption_line(line: str) -> bool:
    """A photo caption by its own marks: a credit ("... Ảnh: Minh Đức", "Ảnh: <caption>") or
    the alt-text suffix ("<headline>- Ảnh 3.")."""
    return len(line) < 300 and bool(PHOTO_CREDIT_TAIL.search(line) or PHOTO_CREDIT_HEAD.match(line)
                                    or has_photo_mark(line))


def has_photo_mark(line: str) -> bool:
    """Whether the line ends in a photo's number, "<headline>- Ảnh 3." (`PHOTO_MARK`). The
    pattern is only tried on a line that ends in a digit, maybe then a full stop: almost no
    line does, and searching a paragraph for a pattern anchored at its end is slow."""
    tail = line.rstrip()
    if tail.endswith("."):
        tail = tail[:-1].rstrip()
    return tail[-1:].isdecimal() and PHOTO_MARK.search(line) is not None


def strip_photo_mark(line: str) -> str:
    """The line without its photo mark ("<headline>- Ảnh 3." -> "<headline>")."""
    return PHOTO_MARK.sub("", line) if has_photo_mark(line) else line


def describes_photo(line: str, sentence: bool = False) -> bool:
    """A short line that reads as a photo caption without a photo mark: "Các đại biểu chụp ảnh
    lưu niệm", "Bí thư Đảng ủy phường ... Võ Xuân Trọng phát biểu chỉ đạo", "Quang cảnh Đại
    hội". Not a sentence (no final punctuation, no colon or quotes), so sub-headings such as
    "Nâng cao chất lượng cán bộ, củng cố niềm tin Nhân dân" are not captions. With `sentence`,
    one sentence closed by a single full stop counts too ("Toàn cảnh Đại hội.")."""
    if len(line) >= 150 or len(line.split()) < 3 or any(c in line for c in ':"“”'):
        return False
    if ends_sentence(line):
        body = line.rstrip()[:-1]
        if not (sentence and line.rstrip().endswith(".") and not ends_sentence(body)
                and not SENTENCE_BREAK.search(line.rstrip()) and ". " not in body):
            return False
    key = " " + fold_key(line) + " "
    if key.startswith(tuple(f" {w} " for w in SCENE_OPENERS)):
        return True
    words = " " + " ".join(WORD.findall(line.lower())) + " "
    if not key.startswith(tuple(f" {w} " for w in CAPTION_OPENERS)) \
            and not words.startswith(tuple(f" {w} " for w in CAPTION_OPENERS_MARKED)):
        return False
    return any(f" {v} " in key for v in PHOTO_VERBS) \
        or any(f" {v} " in words for v in PHOTO_VERBS_MARKED)
