"""Word tables of a scraped news page: section labels, widgets, footers, menus, outlets,
bylines, photo credits and captions (Vietnamese, each entry glossed in English).

Pure data: the predicates that read lines with them are in `kinds.py`, `names.py` and
`stamps.py`. Word tables are compared by `fold_key` (case, diacritics and tone placement do
not matter) unless a comment says otherwise."""

from __future__ import annotations

import re

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
# đọc nhiều / xem nhiều / cùng chủ đề" (other / related / newest / same section / highlights /
# most read / same topic).
SECTION_GRAMMAR = re.compile(
    r"^(?:cac |nhung )?(?:tin|bai|bai viet|tin bai|tin tuc|thong tin|van ban)"
    r" (?:(?:khac|lien quan|moi|moi nhat|moi hon|cu hon|cung chuyen muc|cung loai|noi bat|"
    r"doc nhieu|xem nhieu|tieu diem|da dua|anh|video|cung chu de)(?: khac| nhat)?)$"
    # ... or a kind of story + "khác" (other): "Video khác", "E-magazine khác", "Podcast khác"
    r"|^(?:video|clip|e ?magazine|podcast|infographic|anh|phong su|multimedia|longform) khac$"
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
WEATHER = re.compile(r"-?\d{1,2}\s*°\s*[CF]?\b")


POLL_OPTION = re.compile(r"^[^\d.!?:]{2,30}\(\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\)$")


FOLLOW = re.compile(r"^theo doi\b.{0,40}\btren(?: (?:facebook|zalo|youtube|tiktok|google news"
                     r"|google tin tuc|mang xa hoi))?$")


HASHTAGS = re.compile(r"^#\w.*#\w")


# A market or price widget's caption, "Giá vàng SJC: 148,5 - 150,5 triệu đồng/lượng": it opens
# with one of these (fold_key prefixes) and a colon, and figures follow.
MARKET_WIDGET_HEADS = (
    "gia vang",  # gold price
    "gia xang",  # petrol price
    "xang",  # petrol
    "dau",  # oil / diesel
    "ty gia",  # exchange rate
    "gia usd",  # dollar price
    "vn index", "vnindex", "hnx index",  # stock indices
    "gia heo", "gia lua", "gia ca phe", "gia tieu", "gia cao su",  # farm prices: pig, rice, ...
    "chung khoan",  # stocks
)


# A portal's visit counter, "Thống kê truy cập: Đang online 41 | Tổng 2.305.118" (visit
# statistics, online now, total visits, visits today); fold_key prefixes.
VISIT_COUNTER_HEADS = ("thong ke truy cap", "dang online", "dang truy cap", "tong luot truy cap",
                       "luot truy cap", "truy cap hom nay")


# A row of site links or a slogan above the article: pieces of 1-4 words joined by these
# ("Đăng ký | Đăng nhập", "Tòa soạn | Quảng cáo | Đặt báo", "Thông tin nhanh - Chính xác -
# Gần dân"). "|" and "·" make a row from two pieces, a dash from three.
CHROME_ROW_BARS = re.compile(r"\s[|·•]\s")
CHROME_ROW_DASHES = re.compile(r"\s[-–—]\s")


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
BREADCRUMB = re.compile(r"\s(?:>|»|›|/|\\|→)\s")


BULLET = re.compile(r"^[•●▪■►▶◆◇○◦]\s*")  # list bullets printed as characters


TAG_LINE = re.compile(r"^(?P<head>[^:：]{2,24})[:：]\s*\S")


# Words that open a byline before the name: "Bài và ảnh: X" (text and photos by X).
BYLINE_PREFIX = re.compile(
    r"^(?:b[àa]i\s+v[àa]\s+[ảa]nh|b[àa]i,?\s+[ảa]nh|tin,?\s+[ảa]nh|b[àa]i|tin|[ảa]nh|"
    r"t[áa]c\s+gi[ảa]|ph[óo]ng\s+vi[êe]n)\s*:\s*",
    re.IGNORECASE,
)


# Roles in a credit line under an e-magazine's headline, "Nội dung: X | Ảnh: Y | Thiết kế: Z"
# (fold_key): text, photos, design, editor, author, produced by, layout, graphics, video.
CREDIT_ROLES = {"noi dung", "anh", "thiet ke", "bien tap", "tac gia", "thuc hien", "trinh bay",
                "do hoa", "video", "bai", "bai va anh", "ky thuat", "san xuat"}


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


NAME_INTRO = {  # words before a name: ward, commune, district, street, river, Mr/Mrs, comrade, ...
    "phường", "xã", "quận", "huyện", "thị", "trấn", "tỉnh", "phố", "thành", "đường", "thôn",
    "ấp", "bản", "làng", "sông", "hồ", "núi", "chùa", "đình", "đền", "cầu", "chợ", "ông", "bà",
    "anh", "chị", "em", "cô", "chú", "bác", "cụ", "đồng", "chí", "khu", "tổ", "cụm", "trường",
    "bệnh", "viện", "công", "ty", "tập", "đoàn", "ban", "sở", "bộ", "hội", "nước", "nhà", "tại",
    "của", "và", "với", "cho", "ở", "về", "từ", "đến", "tổng", "bí", "thư", "chủ", "tịch",
}


# Words after which the line must go on: a preposition or function word, or a verb whose
# object follows ("chúc mừng Đại hội", congratulate the congress; "thay mặt Ban ...", on behalf
# of). A headline never ends on one, so no run-on is cut after it.
GOES_ON = {
    "các", "những", "là", "được", "bị", "để", "theo", "trong", "trên", "dưới", "khi", "mà",
    "thì", "nhưng", "hoặc", "như", "giữa", "mừng", "mặt", "thăm", "tiếp", "gặp", "dự", "tặng",
    "đón", "viếng", "hỏi",
}


# A line opening on an honorific and a name ("Bà Nguyễn Văn A ...", "Đồng chí Trần B ..."):
# one caption or sentence about that person, never headlines run together.
PERSON_OPENING = re.compile(r"(?:bà|ông|đồng chí)\s+(?!Rịa\b|Đen\b|Chiểu\b|Điểm\b)[A-ZÀ-ỸĐ]",
                             re.IGNORECASE)  # not the places "Bà Rịa", "Bà Đen", ...
