"""Line kinds of a scraped news page: section labels, widgets, footers, bylines, photo marks.

Pure data tables (Vietnamese, glossed in English) and the predicates `page.py` reads a page
with. Lines are compared by `fold_key`, so case, diacritics and tone placement do not matter.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .dates import Stamp as _Stamp, parse_stamp
from .text import fold_key

# --- data tables (Vietnamese lives here, glossed) -------------------------------------

# Labels that open a list of related stubs; the article body ends at the first of them.
# Compared by fold_key, so case and diacritics do not matter.
SECTION_LABELS = {
    "tin doc nhieu",  # most read
    "doc nhieu",  # most read
    "xem nhieu",  # most viewed
    "tin xem nhieu",  # most viewed
    "tin cung chuyen muc",  # same section
    "bai cung chuyen muc",  # same section (articles)
    "cung chuyen muc",  # same section
    "tin khac",  # other news
    "cac tin khac",  # other news
    "tin tuc khac",  # other news
    "bai viet khac",  # other articles
    "co the ban quan tam",  # you may be interested
    "ban co the quan tam",  # you may be interested
    "nen xem",  # worth seeing
    "tin lien quan",  # related news
    "bai lien quan",  # related articles
    "bai viet lien quan",  # related articles
    "tin tuc lien quan",  # related news
    "xem them",  # see more
    "doc them",  # read more
    "tin moi",  # new
    "tin moi nhat",  # newest
    "tin moi cap nhat",  # just updated
    "tin noi bat",  # highlights
    "tieu diem",  # in focus
    "tin cung loai",  # similar news
    "tin da dua",  # earlier news
    "cac tin da dua",  # earlier news
    "tin truoc",  # previous news
    "tin bai lien quan",  # related news and articles
    "tin lien quan khac",  # other related news
    "bai viet cung chuyen muc",  # same section (articles)
    "tin tuc cung chuyen muc",  # same section (news)
    "cac tin cung chuyen muc",  # same section
    "cac bai viet khac",  # other articles
    "cac bai khac",  # other articles
    "cac tin moi",  # newer news
    "tin moi hon",  # newer news
    "cac tin moi hon",  # newer news
    "tin cu hon",  # older news
    "cac tin cu hon",  # older news
    "doc nhieu nhat",  # most read
    "xem nhieu nhat",  # most viewed
    "bai doc nhieu",  # most read articles
    "tin tieu diem",  # in focus
    "tin hot",  # hot news
    "moi nhat",  # newest
    "tin moi dang",  # just posted
    "doc tiep",  # read on
    "co the ban muon doc",  # you may want to read
    "dung bo lo",  # don't miss
    "tin khac cung chuyen muc",  # other news, same section
    "tin noi bat khac",  # other highlights
    "van ban lien quan",  # related documents (a portal's decisions and plans)
    "van ban moi",  # new documents
}

# Labels of a related box that sites set inside the article body ("Đọc thêm" / 1-4 titles, then
# the article goes on); the same labels can also open the list after the article.
INLINE_BOX_LABELS = {
    "doc them",  # read more
    "xem them",  # see more
    "tin lien quan",  # related news
    "bai lien quan",  # related articles
    "bai viet lien quan",  # related articles
    "tin bai lien quan",  # related news and articles
    "tin tuc lien quan",  # related news
}

# The grammar most such labels follow, for the spellings the set above lacks: "(các) tin / bài
# (viết) / tin bài / tin tức" + "khác / liên quan / mới (nhất) / cùng chuyên mục / nổi bật /
# đọc nhiều / xem nhiều" (other / related / newest / same section / highlights / most read).
_SECTION_GRAMMAR = re.compile(
    r"^(?:cac |nhung )?(?:tin|bai|bai viet|tin bai|tin tuc|thong tin|van ban)"
    r" (?:(?:khac|lien quan|moi|moi nhat|moi hon|cu hon|cung chuyen muc|cung loai|noi bat|"
    r"doc nhieu|xem nhieu|tieu diem|da dua|anh|video)(?: khac| nhat)?)$"
)

# Labels and widgets that are never text: dropped wherever they stand.
NOISE_LABELS = {
    "xem",  # "view" button
    "xem theo ngay",  # browse by date
    "phien ban di dong",  # mobile version
    "phien ban may tinh",  # desktop version
    "chia se",  # share
    "in bai",  # print
    "in bai viet",  # print article
    "gui bai",  # send article
    "binh luan",  # comments
    "ve dau trang",  # back to top
    "quay lai",  # back
    "tro ve",  # back
    "trang chu",  # home
    "tags",
    "tag",
    "tu khoa",  # keywords
    "nghe doc bai",  # listen
    "nghe bai viet",  # listen to article
    "co chu",  # font size
    "luu",  # save
    "copy link",
    "sao chep lien ket",  # copy link
    "theo doi",  # follow
    "facebook",
    "zalo",
    "twitter",
    "email",
    "gui email",  # send by email
    "gui cho ban be",  # send to a friend
    "chia se bai viet",  # share article
    "chia se facebook",  # share on Facebook
    "in trang",  # print page
    "ban in",  # printable version
    "luot xem",  # views
    "thich",  # like
    "binh luan cua ban",  # your comment
    "tai ung dung",  # get the app
    "a a a",  # font size buttons
    "phong to",  # larger text
    "thu nho",  # smaller text
    "dong",  # close
    "nguon",  # source
    "ve trang truoc",  # back
    "dang nhap",  # log in
    "dang xuat",  # log out
    "dang ky",  # sign up
    "quang cao",  # advertisement
    "lien he quang cao",  # advertise with us
    "chu de nong",  # hot topics (a tag cloud follows)
}

# Labels that open a block of no text at all (comment form, tag cloud, site footer): what follows
# is skipped up to the next section label.
BLOCK_LABELS = {
    "gui binh luan",  # post a comment
    "viet binh luan",  # write a comment
    "y kien ban doc",  # readers' comments
    "binh luan bai viet",  # comment on the article
    "gui y kien",  # send your opinion
    "y kien cua ban",  # your opinion
    "binh chon",  # poll
    "tham do y kien",  # opinion poll
    "tham do",  # poll
    "lien ket website",  # links to other sites
    "lien ket",  # links
    "website lien ket",  # linked sites
    "lien ket web",  # links
}

# Lines that are keywords, not text: "Từ khóa: a, b", "Tags: a, b", "Chủ đề: a"; alone on a
# line, the label heads a tag list of short lines.
TAG_LABELS = {"tu khoa", "tags", "tag", "chu de", "tu khoa lien quan", "the"}  # keywords, topic

# A site footer starts at a copyright line or the masthead's legal lines ("Cơ quan chủ quản",
# governing body; "Tổng biên tập", editor in chief; "Giấy phép", licence); compared by
# fold_key prefix.
COPYRIGHT_PREFIXES = (  # copyright, credit the source when reposting, licence no., no copying
    "ban quyen", "copyright", "ghi ro nguon", "luu y khi phat hanh lai", "giay phep so",
    "moi hinh thuc sao chep", "nghiem cam sao chep", "khong duoc sao chep",
    "vui long dang nhap",  # "log in to comment"
    "giay phep hoat dong", "giay phep thiet lap", "giay phep xuat ban",  # licence to operate/publish
    "lien he quang cao", "dieu khoan su dung", "chinh sach bao mat",  # ads, terms, privacy
)
FOOTER_PREFIXES = (  # these only with a colon: "Tổng biên tập: ..."
    "co quan chu quan", "tong bien tap", "pho tong bien tap", "giay phep", "chiu trach nhiem",
    "truong ban bien tap", "don vi quan ly", "co quan xuat ban", "lien he quang cao", "toa soan",
    "quan ly noi dung", "thiet ke", "phat trien boi",
)
# Contact lines of a site footer, dropped one by one: "Địa chỉ: ...", "Điện thoại: ...".
CONTACT_PREFIXES = ("dia chi", "dien thoai", "so dien thoai", "hotline", "duong day nong", "email",
                    "e mail", "fax", "website")

# Site headers above a portal's article: "Cổng thông tin điện tử phường X" (e-portal of ward X),
# "Trang thông tin điện tử", "Báo điện tử" (online newspaper); compared by fold_key prefix.
SITE_NAME_PREFIXES = ("cong thong tin dien tu", "trang thong tin dien tu", "bao dien tu",
                      "tap chi dien tu", "website", "trang tin dien tu")

# Section names of a site's menu (fold_key), for telling a menu or breadcrumb line from a byline
# or a headline: news, introduction, documents, contact, politics, society, law, ...
MENU_ITEMS = {
    "trang chu", "gioi thieu", "tin tuc", "tin tuc su kien", "su kien", "thoi su", "chinh tri",
    "xa hoi", "kinh te", "phap luat", "an ninh trat tu", "an ninh", "giao duc", "y te", "van hoa",
    "the thao", "giai tri", "the gioi", "doi song", "suc khoe", "du lich", "cong nghe", "lien he",
    "van ban", "van ban phap luat", "thu tuc hanh chinh", "cai cach hanh chinh", "hoi dap",
    "chinh quyen", "lich cong tac", "dich vu cong", "ha noi", "trong nuoc", "quoc te",
    "kinh doanh", "bat dong san", "quoc phong", "do thi", "nong thon moi", "multimedia",
    "video", "podcast", "emagazine", "infographic", "anh", "tin anh", "thong bao",
    "hoat dong", "tin hoat dong", "to chuc bo may", "dang bo", "mat tran", "doan the",
}

# Labels that date a stamp as the article's own: "Ngày đăng" (posted), "Đăng lúc" (posted at),
# "Cập nhật" (updated), "Thời gian đăng" (time posted), "Xuất bản" (published).
PUBLISH_LABEL = re.compile(
    r"^\s*(?:ng[àa]y\s+[đd][ăa]ng|[đd][ăa]ng\s+(?:l[úu]c|ng[àa]y|t[ảa]i)|c[ậa]p\s+nh[ậa]t|"
    r"th[ờo]i\s+gian\s+(?:[đd][ăa]ng|c[ậa]p\s+nh[ậa]t)|xu[ấa]t\s+b[ảa]n)", re.IGNORECASE)

# Widgets with no words of text: a weather box ("Hà Nội 24°C"), a poll option ("Rất hài lòng
# (64%)"), a follow button ("Theo dõi Báo Mới trên"), a row of hashtags ("#Chuyển đổi số #VNeID").
_WEATHER = re.compile(r"-?\d{1,2}\s*°\s*[CF]?\b")
_POLL_OPTION = re.compile(r"^[^\d.!?:]{2,30}\(\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\)$")
_FOLLOW = re.compile(r"^theo doi\b.{0,40}\btren(?: (?:facebook|zalo|youtube|tiktok|google news"
                     r"|google tin tuc|mang xa hoi))?$")
_HASHTAGS = re.compile(r"^#\w.*#\w")
# A site's own tagline at the foot of the page: "Báo Mới - Mạng xã hội tin tức hàng đầu Việt Nam"
# (news social network), "... - Cơ quan ngôn luận của ..." (mouthpiece of), "... - Trang tin tức"
# (news site); compared by fold_key, the words after the dash.
SITE_TAGLINE_WORDS = ("mang xa hoi", "co quan ngon luan", "trang tin tuc", "tin tuc hang dau",
                      "bao dien tu", "trang thong tin", "cong thong tin")

# Outlets whose names stand under a stub's title in an aggregator's list, before its time
# ("Tiền Phong", "Hànộimới", "Kinh tế & Đô thị"); compared by fold_key with spaces removed.
OUTLETS = {
    "hanoimoi", "tienphong", "kinhtedothi", "kinhtevadothi", "dantri", "vnexpress", "tuoitre",
    "thanhnien", "laodong", "laodongthudo", "nhandan", "vietnamplus", "vov", "vovvn", "vtv",
    "vtc", "vtcnews", "zingnews", "znews", "vietnamnet", "anninhthudo", "cand", "congan",
    "phapluat", "phapluattp", "nguoilaodong", "baochinhphu", "dangcongsan", "qdnd", "ttxvn",
    "vneconomy", "cafef", "dautu", "tuoitrethudo", "daibieunhandan", "hanoionline", "hnp",
    "tinnhanhchungkhoan", "baotintuc", "giaoducthoidai", "suckhoedoisong", "nongnghiep",
}

# Breadcrumb separators: "Trang chủ > Tin tức > Hoạt động", "Trang chủ / Tin tức".
_BREADCRUMB = re.compile(r"\s(?:>|»|›|/|\\|→)\s")
_BULLET = re.compile(r"^[•●▪■►▶◆◇○◦]\s*")  # list bullets printed as characters
_TAG_LINE = re.compile(r"^(?P<head>[^:：]{2,24})[:：]\s*\S")

# Words that open a byline before the name: "Bài và ảnh: X" (text and photos by X).
BYLINE_PREFIX = re.compile(
    r"^(?:b[àa]i\s+v[àa]\s+[ảa]nh|b[àa]i,?\s+[ảa]nh|tin,?\s+[ảa]nh|b[àa]i|tin|[ảa]nh|"
    r"t[áa]c\s+gi[ảa]|ph[óo]ng\s+vi[êe]n)\s*:\s*",
    re.IGNORECASE,
)
# Bylines that are not personal names: "Theo X" (after X), "PV" (reporter), "Nhóm PV".
BYLINE_WORDS = {"theo", "nhóm", "và", "-", "–", "&", ",", "/"}
BYLINE_STAFF = {"pv", "ptv", "ctv", "btv", "nhóm pv"}  # reporter, staff, collaborator, editor
# Words that open a heading set in capitals, not a signature: "TIN NÓNG" (hot news), "BÀI
# VIẾT ..." (articles), "XEM THÊM" (see more), "ĐỌC TIẾP" (read on); fold_key prefixes.
CAPS_HEADING_WORDS = ("tin ", "bai ", "xem ", "doc ", "video", "clip", "anh ", "thong bao",
                      "chuyen muc", "chu de", "su kien", "thoi su", "ban tin", "lich ")

# A photo headline: the alt text "<headline>- Ảnh 3." (Ảnh = photo).
PHOTO_MARK = re.compile(r"\s*[-–—]\s*[ẢảAa]nh\s*\d+\s*\.?\s*$")
# An outlet tag opening a lead: "HNP - ", "(HNM) - ", "VOV.VN - ".
OUTLET_PREFIX = re.compile(
    r"^(?:\([^()]{2,24}\)|[A-ZĐĂÂÊÔƠƯ][A-ZĐĂÂÊÔƠƯ0-9]{1,9}|[A-Za-z0-9]+(?:\.[A-Za-z]{2,4})+"
    r"|[A-Z][a-z]{3,}[A-Za-z]*)"
    r"\s*[-–—]\s+"
)

# The headline repeated as a photo's alt text with the photo's number: "<headline> - 1".
TITLE_PHOTO_NUMBER = re.compile(r"\s+[-–—]\s*\d{1,2}\s*$")

# Photo credits that make a line a caption: "... . Ảnh: Minh Đức", "... (Ảnh: Minh Đức).",
# "(ảnh minh họa)" (illustration), "(ảnh tư liệu)" (archive photo), or "Ảnh: <caption>" in front.
PHOTO_CREDIT_TAIL = re.compile(
    r"(?:(?:(?:[.!?…]|\s[-–—])\s+(?:[ẢA]nh|ẢNH)|\sẢNH)\s*:\s*[^.!?()]{1,60}"
    r"|\(\s*[ẢảAa]nh(?:\s*:\s*[^()]{1,60}|\s+minh\s+h[ọo]a|\s+t[ưu]\s+li[ệe]u)\s*\)\s*\.?)$"
)
PHOTO_CREDIT_HEAD = re.compile(r"^(?:[ẢA]nh|ẢNH)(?:\s+minh\s+h[ọo]a)?\s*:\s*")

# A photo caption printed with no photo mark, between paragraphs: who is shown doing what.
# It opens with a person or group (compared by fold_key prefix) ...
CAPTION_OPENERS = (
    "cac dai bieu", "dai bieu", "lanh dao", "dong chi", "cac dong chi",  # delegates, leaders, comrade(s)
    "doan chu tich", "doan cong tac", "doan dai bieu", "doan giam sat",  # presidium, working group, ...
    "bi thu", "pho bi thu", "chu tich", "pho chu tich", "giam doc", "pho giam doc",  # offices
    "truong ban", "pho truong ban", "truong phong", "bo truong", "thu truong", "dai dien",  # ... representative
    "thuong truc", "uy vien",  # standing committee, member
    "tong bien tap", "pho tong bien tap",  # editor in chief (and deputy)
)
# ... or with an opener compared with its marks (lower case), as its folded spelling is shared:
# "Bà" (Mrs) folds like "Ba" (three), "Ông" (Mr) like "Ong" (bee).
CAPTION_OPENERS_MARKED = ("bà", "ông")
# ... and says what they are doing (whole words, by fold_key) ...
PHOTO_VERBS = (
    "phat bieu", "tang hoa", "tang qua", "trao", "chup anh", "bao cao", "dieu hanh",  # speak, flowers, ...
    "chu tri", "dang huong", "dang hoa", "bam nut", "cat bang", "bieu quyet", "bo phieu",  # preside, vote
    "kiem tra", "tham du", "tham quan", "thao luan", "gan bien", "ky ket", "trao doi",  # inspect, attend, ...
    "nhan qua", "trao qua",  # receive gifts, hand over gifts
)
# ... verbs whose folded spelling is shared by other words, compared with their marks (lower
# case): "thăm" (visit) folds to "tham", as "tham gia" (take part) and "thẩm định" (appraise) do.
PHOTO_VERBS_MARKED = ("thăm",)
# ... or names the scene ("Quang cảnh hội nghị", view of the meeting).
SCENE_OPENERS = ("quang canh", "toan canh", "canh")

# What a page's script prints when it fails, alone on a line: never text (lower case).
SCRIPT_ARTEFACTS = {"undefined", "null", "nan", "[object object]", "none"}

# --- timestamps (parsed in dates.py) -------------------------------------------------


@lru_cache(maxsize=8192)
def _parse_stamp(line: str) -> _Stamp | None:
    """The timestamp `line` consists of, possibly beside a byline; see `dates.parse_stamp`."""
    return parse_stamp(line, _is_name)


def _is_time_line(line: str) -> bool:
    st = _parse_stamp(line)
    return st is not None and not st.rest


# --- line kinds ----------------------------------------------------------------------------



class _UpperStart:
    """Whether a word starts with a capital letter (any script: "Đảng", "Ủy", "MTTQ")."""

    @staticmethod
    def match(word: str) -> bool:
        return bool(word) and word[0].isupper()


_UPPER_START = _UpperStart()


_DECOR = re.compile(r"^[\s>»›•·|#*+-]+|[\s<>»›•·|#*+:：-]+$|\s*[:：]?\s*\(?\d[\d.,]*\)?$")


def _label_key(line: str) -> str:
    """"» TIN LIÊN QUAN:" -> "tin lien quan"; "Bình luận (0)" -> "binh luan"."""
    return fold_key(_DECOR.sub("", _DECOR.sub("", line.strip())))


def _is_section_label(line: str) -> bool:
    if len(line) > 40:
        return False
    key = _label_key(line)
    return key in SECTION_LABELS or bool(_SECTION_GRAMMAR.match(key))


def _is_inline_box_label(line: str) -> bool:
    return len(line) <= 40 and _label_key(line) in INLINE_BOX_LABELS


def _is_caption_line(line: str) -> bool:
    """A photo caption by its own marks: a credit ("... Ảnh: Minh Đức", "Ảnh: <caption>") or
    the alt-text suffix ("<headline>- Ảnh 3.")."""
    return len(line) < 300 and bool(PHOTO_CREDIT_TAIL.search(line) or PHOTO_CREDIT_HEAD.match(line)
                                    or PHOTO_MARK.search(line))


# A sentence break inside a line: ". " then a capital, after a word of 3+ letters that is not an
# abbreviation in capitals ("TP. Hà Nội", "Q. Ba Đình").
_SENTENCE_BREAK = re.compile(r"[^\W\d_]*[a-zà-ỹđ][^\W\d_]{2,}[.!?…][\"”)]?\s+[\"“(]?[A-ZÀ-ỸĐ]")


_WORD = re.compile(r"[^\W_]+")


def _describes_photo(line: str, sentence: bool = False) -> bool:
    """A short line that reads as a photo caption without a photo mark: "Các đại biểu chụp ảnh
    lưu niệm", "Bí thư Đảng ủy phường ... Võ Xuân Trọng phát biểu chỉ đạo", "Quang cảnh Đại
    hội". Not a sentence (no final punctuation, no colon or quotes), so sub-headings such as
    "Nâng cao chất lượng cán bộ, củng cố niềm tin Nhân dân" are not captions. With `sentence`,
    one sentence closed by a single full stop counts too ("Toàn cảnh Đại hội.")."""
    if len(line) >= 150 or len(line.split()) < 3 or any(c in line for c in ':"“”'):
        return False
    if _ends_sentence(line):
        body = line.rstrip()[:-1]
        if not (sentence and line.rstrip().endswith(".") and not _ends_sentence(body)
                and not _SENTENCE_BREAK.search(line.rstrip()) and ". " not in body):
            return False
    key = " " + fold_key(line) + " "
    if key.startswith(tuple(f" {w} " for w in SCENE_OPENERS)):
        return True
    words = " " + " ".join(_WORD.findall(line.lower())) + " "
    if not key.startswith(tuple(f" {w} " for w in CAPTION_OPENERS)) \
            and not words.startswith(tuple(f" {w} " for w in CAPTION_OPENERS_MARKED)):
        return False
    return any(f" {v} " in key for v in PHOTO_VERBS) \
        or any(f" {v} " in words for v in PHOTO_VERBS_MARKED)


def _is_script_artefact(line: str) -> bool:
    """"undefined", "null", "[object Object]": a failed script's output, never text."""
    return line.strip().lower() in SCRIPT_ARTEFACTS


def _is_multi_sentence(line: str) -> bool:
    """A paragraph of two or more sentences, ending in a full stop: body text, never a title."""
    return len(line) >= 100 and _ends_full_stop(line) and bool(_SENTENCE_BREAK.search(line[:-1]))


def _is_noise(line: str) -> bool:
    return len(line) <= 40 and _label_key(line) in NOISE_LABELS or _is_widget(line)


def _is_widget(line: str) -> bool:
    """A widget line with no text: weather ("Hà Nội 24°C"), a poll option ("Hài lòng (29%)"),
    a follow button ("Theo dõi Báo Mới trên"), a row of hashtags, a source line ("Nguồn: Báo
    X", the outlet the page reposts), a site's tagline."""
    if len(line) > 160:
        return False
    place = _WEATHER.sub("", line).replace(",", " ").split()  # "Hà Nội 24°C": a place, a reading
    if len(line) <= 30 and _WEATHER.search(line) and len(place) <= 3 \
            and all(_UPPER_START.match(w) for w in place):
        return True
    if (_POLL_OPTION.match(line) and len(line.split("(")[0].split()) <= 4) \
            or _HASHTAGS.match(line.strip()):
        return True
    key = fold_key(line)
    if _FOLLOW.match(key) or _is_source_line(line):
        return True
    head, sep, tail = line.partition(" - ")
    return bool(sep) and len(line) <= 100 and len(head.split()) <= 4 and not _ends_sentence(line) \
        and fold_key(tail).startswith(SITE_TAGLINE_WORDS)


def _is_source_line(line: str) -> bool:
    """"Nguồn: Báo Kinh tế & Đô thị" (source): the outlet a page reposts, not text."""
    head, sep, tail = line.partition(":")
    return bool(sep) and fold_key(head) == "nguon" and 0 < len(tail.split()) <= 8 \
        and not _ends_full_stop(tail)


def _is_menu_item(line: str) -> bool:
    """A menu or breadcrumb entry: a known section name ("Pháp luật", "Tin tức - Sự kiện") or a
    line of 1-3 words with no digits or punctuation that is not a name."""
    key = _label_key(line)
    if not key or any(c.isdigit() for c in line) or _ends_sentence(line):
        return False
    if key in MENU_ITEMS or all(fold_key(p) in MENU_ITEMS for p in re.split(r"\s[-&|/]\s", line)):
        return True
    return len(line.split()) <= 3 and not _is_name(line)


def _is_outlet_name(line: str) -> bool:
    """An outlet's name on its own line ("Tiền Phong", "Hànộimới", "Kinh tế & Đô thị",
    "VOV.VN"): a known outlet, or 1-4 capitalised words with no digits or punctuation."""
    s = line.strip()
    if not s or len(s) > 30 or any(c.isdigit() for c in s) or _ends_sentence(s) or ":" in s:
        return False
    if fold_key(s).replace(" ", "").replace(".", "") in OUTLETS:
        return True
    words = [w for w in s.split() if w not in ("&", "-", "–")]
    return 1 <= len(words) <= 4 and _UPPER_START.match(words[0]) and not _is_label(s)


def _is_publish_stamp(line: str) -> bool:
    """A stamp that says it is the article's: "Ngày đăng: ...", "Cập nhật lúc ...", "Xuất bản ..."."""
    return bool(PUBLISH_LABEL.match(line))


def _is_label(line: str) -> bool:
    return _is_section_label(line) or _is_noise(line)


def _is_block_label(line: str) -> bool:
    return len(line) <= 40 and _label_key(line) in BLOCK_LABELS


def _is_tag_line(line: str) -> bool:
    """"Từ khóa: a, b, c": keywords, never text."""
    m = _TAG_LINE.match(line)
    return bool(m) and fold_key(m.group("head")) in TAG_LABELS and len(line) <= 160 \
        and not _ends_sentence(line) and not any(q in line for q in '"“”')


def _is_footer(line: str) -> bool:
    key = fold_key(line)
    if len(line) > 250:
        return False
    if line.startswith(("©", "(c)", "(C)")) or key.startswith(COPYRIGHT_PREFIXES) \
            or ("©" in line and len(line) <= 160):
        return True
    return ":" in line[:40] and key.startswith(FOOTER_PREFIXES)


def _is_contact(line: str) -> bool:
    return len(line) <= 160 and ":" in line[:25] and fold_key(line).startswith(CONTACT_PREFIXES)


def _is_breadcrumb(line: str) -> bool:
    """"Trang chủ > Tin tức > Hoạt động": short pieces joined by arrows or slashes."""
    parts = _BREADCRUMB.split(line)
    return len(parts) >= 2 and len(line) <= 150 and not _ends_sentence(line) \
        and all(0 < len(p.split()) <= 6 for p in parts)


def _is_site_name(line: str) -> bool:
    return len(line) <= 120 and fold_key(line).startswith(SITE_NAME_PREFIXES)


def _inline_link(line: str) -> str | None:
    """"Xem thêm: <title>" inside an article: the linked title."""
    head, sep, tail = line.partition(":")
    if sep and tail.strip() and len(head) <= 30 and fold_key(head) in SECTION_LABELS:
        return tail.strip()
    return None


def _is_name(s: str) -> bool:
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
        elif not _UPPER_START.match(w):
            return False
        else:
            names += 1
    if names == 1 and len(words) == 2 and words[0].lower() == "theo":
        return True  # "Theo Kinhtedothi" (after the outlet)
    return names >= 2 or (names == 1 and len(words) == 1 and s.isupper() and len(s) <= 6)


def _is_caps_name(s: str) -> bool:
    """A byline set in capitals ("HÀ ANH", "HÀ ANH - MINH ĐỨC"); only trusted in the header,
    between the headline and its time."""
    words = [w for w in s.split() if w not in BYLINE_WORDS]
    return s.isupper() and 2 <= len(words) <= 6 and len(s) <= 40 \
        and not any(c.isdigit() for c in s) and all(len(w) <= 7 for w in words)


# An outlet after a byline's slash: "Thu Hường/VOV.VN", "Minh Anh/TTXVN".
_BYLINE_OUTLET = re.compile(r"\s*/\s*(?:[\w-]+\.[\w.]+|[A-ZĐ]{2,12})$")


def _byline(s: str) -> str:
    s = BYLINE_PREFIX.sub("", s.strip()).strip(" .")
    s = _BYLINE_OUTLET.sub("", s) or s
    if s.startswith("(") and s.endswith(")") and s.count("(") == 1:
        s = s[1:-1].strip()  # "(Theo Hànộimới)"
    return s


def _ends_sentence(line: str) -> bool:
    return line.rstrip().endswith((".", "!", "?", "…", '"', "”", ";", ":"))


_CLOSERS = "\"”’')]»"


def _ends_full_stop(line: str, but: str = "") -> bool:
    """Ends with a full stop ". ! ? …" (less those in `but`), maybe inside a closing quote or
    bracket: 'nói.' and 'nhiều lần."' do, 'nhiều lần"' (a quoted headline) and 'như sau:' do
    not."""
    return line.rstrip().rstrip(_CLOSERS).endswith(tuple(c for c in ".!?…" if c not in but))


def _ends_summary(line: str) -> bool:
    """`_ends_sentence`, except that a closing quote counts only after a full stop: a headline
    ends 'Chủ tịch phường: "Không để dân đi lại nhiều lần"'."""
    s = line.rstrip()
    if s.endswith(('"', "”")):
        return _ends_full_stop(s)
    return _ends_sentence(s)


def _strip_outlet(s: str) -> str:
    return OUTLET_PREFIX.sub("", s, count=1)
