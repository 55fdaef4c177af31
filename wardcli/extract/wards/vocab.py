"""Ward recognition's word tables: Vietnamese words as data, each glossed in English.

Pure data; the recogniser's patterns are built from these in `spans`.
"""

from ...gazetteer import WARD_ALIASES, folded_aliases

# Words that open a ward mention, as a regex alternative -> the gazetteer's type word.
# "P."/"p." is matched on its own (see _ABBREV).
TYPE_WORDS = {
    r"phường": "phường",  # urban ward
    r"xã": "xã",  # rural commune
    r"thị[ \t]+trấn": "thị trấn",  # township (pre-2025 only)
    r"đặc[ \t]+khu": "đặc khu",  # special zone (islands)
}

# Folded words that, right before "xã", make it part of another noun, not a commune.
NOT_COMMUNE_BEFORE = (
    "thi",  # thị xã: district-level town
    "hop tac",  # hợp tác xã: cooperative
)

# Folded words right before a type word that make it plural, so a list follows.
PLURAL_WORDS = {
    "cac",  # các: the (plural)
    "nhung",  # những: (plural)
    "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi",  # two .. ten
}

# Folded words after a name that mark it as a pre-2025 unit.
FORMER_MARKERS = {"cu"}  # cũ: former, old

# Folded words introducing a province after a ward ("phường X, tỉnh Y").
PROVINCE_WORDS = ("tinh", "thanh pho", "tp")  # tỉnh: province; thành phố / TP.: city

# Folded words that tie a ward to the district or province after them ("xã Liên Hà thuộc huyện
# Đông Anh (cũ)", "phường Cô Giang của Quận 1 (cũ)"); only with a level word after them.
PLACE_LINKS = ("thuoc", "cua")  # thuộc: belonging to; của: of
PLACE_LINKS_RAW = ("thuộc", "của")  # the same, as written

# Folded words introducing an intermediate level that may sit between ward and province
# ("xã X, huyện Z, tỉnh Y").
DISTRICT_WORDS = ("quan", "huyen", "thi xa", "thanh pho", "tp")  # quận, huyện, thị xã, thành phố

# Folded verbs of a merger: the wards named right after them are the pre-2025 units merged
# ("sáp nhập hai phường Tây Tựu và Minh Khai", "được thành lập trên cơ sở các phường ...").
MERGER_CUES = (
    "sap nhap",  # sáp nhập: merge
    "hop nhat",  # hợp nhất: unite
    "tren co so",  # trên cơ sở: on the basis of
    "thanh lap tu",  # thành lập từ: formed from
    "hinh thanh tu",  # hình thành từ: formed from
    "sap xep",  # sắp xếp (từ): rearranged (from), the 2025 reform's own word
)
# Folded words that may stand between a merger verb and the type word ("sáp nhập toàn bộ diện
# tích tự nhiên, quy mô dân số của các phường ...").
MERGER_FILLERS = (
    "toan bo", "mot phan", "phan lon", "nguyen trang",  # whole / part / most / as they are
    "dien tich", "tu nhien", "dan so", "quy mo", "dia gioi",  # area, natural, population, size, bounds
    "cua", "va", "hoac",  # of, and, or
    "don vi hanh chinh", "sap nhap", "nhap", "tu",  # administrative units, merge, from
    "sap xep",  # "trên cơ sở sắp xếp toàn bộ diện tích ...": rearranging
    "xa", "phuong", "thi tran",  # "sáp nhập các xã, phường X, Y": a type word the plural shares
)
# Folded words before a merger verb that make it a time ("sau sáp nhập, phường X": after the
# merger); then only a plural ("sau khi sáp nhập hai phường") still names the old units.
MERGER_TIME_WORDS = ("sau khi", "sau", "khi", "truoc khi", "truoc")

# Words joining the items of a list of wards, besides commas.
LIST_JOINERS_RAW = ("và",)  # và: and

# Folded headers of a table column whose cells are ward names ("STT | Phường | Số hồ sơ") ->
# the type word they imply (None: either type).
TABLE_WARD_HEADERS = {
    "phuong": "phường", "ten phuong": "phường",  # ward, ward name
    "xa": "xã", "ten xa": "xã",  # commune, commune name
    "phuong, xa": None, "xa, phuong": None, "phuong/xa": None, "xa/phuong": None,
    "don vi": None, "ten don vi": None, "don vi hanh chinh": None,  # unit (of government)
    "dia ban": None, "dia phuong": None,  # area, locality
}

# Short forms of province names, folded -> the gazetteer's name: the entries of the one alias
# table (gazetteer.PROVINCE_ALIASES) that ward recognition reads.
PROVINCE_ALIASES = folded_aliases(WARD_ALIASES)

# Letters some sites type for others that look the same: the Icelandic eth for Vietnamese đ.
LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})  # Ð -> Đ, ð -> đ

# Bullets that may open a headline line.
BULLETS = "-–—•*+·"
