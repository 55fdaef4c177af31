"""Words written right before a figure: labels and ordinals (not a quantity), numbered
places, address words, and the exceptions that make the figure a count again."""

# Words written right before a figure that make it a label, ordinal or number of a document,
# not a quantity: "số 10", "lần thứ 2", "Kỳ họp thứ 4", "năm 2025", "Nghị quyết 202/...".
NUMBER_PREFIXES = [
    "số",  # number (document, team, house)
    "thứ",  # ordinal
    "lần thứ",  # ordinal time
    "lần",  # time number ("Hội nghị lần 2")
    "đợt",  # round number ("đợt 3")
    "vòng",  # round (of a contest)
    "phần",  # part
    "hạng",  # rank / class
    "năm",  # year
    "tháng",  # month
    "ngày",  # day
    "quý",  # quarter
    "khóa",  # term
    "khoá",  # term, old tone placement
    "nhiệm kỳ",  # term
    "giai đoạn",  # period
    "ảnh",  # photo (caption numbering)
    "hình",  # figure
    "điều",  # article (of a law)
    "khoản",  # clause
    "chương",  # chapter
    "mục",  # section
    "phụ lục",  # annex
    "trang",  # page
    "lớp",  # school grade ("520 học sinh lớp 1")
    "tổ",  # team (its name: "Tổ 5")
    "phường",  # ward (a numbered ward's name: "Phường 5")
    "xã",  # commune (its name)
    "quận",  # district (its name: "Quận 3")
    "khu phố",  # quarter (its name)
    "ấp",  # hamlet (its name)
    "khu",  # zone (its name)
    "lô",  # lot
    "tầng",  # floor
    "km",  # milestone ("Km 5")
    "tổ dân phố",  # residential group (its name)
    "TDP",  # residential group (abbr.)
    "đường",  # street (its name)
    "ngõ",  # lane
    "ngách",  # alley
    "hẻm",  # alley
    "nhà",  # house (its number)
    "phòng",  # room
    "quốc lộ",  # national road
    "tỉnh lộ",  # provincial road
    "lúc",  # at (a time)
    "sáng",  # morning (of a date)
    "chiều",  # afternoon
    "tối",  # evening
    "đêm",  # night
    "quyết định",  # decision
    "nghị quyết",  # resolution
    "nghị định",  # decree
    "thông tư",  # circular
    "chỉ thị",  # directive
    "kế hoạch",  # plan
    "công văn",  # official letter
    "luật",  # law
    "tờ trình",  # submission
    "thông báo",  # notice
    "kết luận",  # conclusion
    "quy chế",  # statute
    "công điện",  # official telegram
    "văn bản",  # document
    "đề án",  # scheme ("Đề án 06")
    "chương trình",  # programme ("Chương trình 135")
    "mã",  # code
    "mã số",  # code number
    "biển số",  # licence plate
    "đơn vị bầu cử",  # constituency (its number)
    "khu vực",  # area (its number)
    "cổng",  # gate
    "tòa",  # building
    "toà",  # building, old tone placement
    "mùng",  # day of the month ("mùng 2")
    "mồng",  # same, other spelling
    "top",  # rank ("top 10")
    "tốp",  # rank
    "bệnh viện",  # hospital (its number: "Bệnh viện 108")
    "sư đoàn",  # division (its number)
    "trung đoàn",  # regiment
    "lữ đoàn",  # brigade
    "tiểu đoàn",  # battalion
    "đại đội",  # company (military)
    "quân đoàn",  # corps
    "quân khu",  # military region
    "xe buýt",  # bus (its route number)
    "tuyến buýt",  # bus route
    "hotline",  # hotline
    "đường dây nóng",  # hotline
    "tổng đài",  # switchboard
    "số máy",  # extension
    "điện thoại",  # telephone
    "đt",  # telephone (abbr.)
    "sđt",  # telephone (abbr.)
    "fax",  # fax
]

# NUMBER_PREFIXES that name a numbered place ("Phường 5", "Tổ 12", "Khu phố 3"): the figure
# after one is still a quantity when it has a decimal part or a unit follows ("chi ngân sách
# phường 88,2 tỷ đồng").
PLACE_NAME_PREFIXES = ["phường", "xã", "quận", "tổ", "khu phố", "ấp", "khu", "tổ dân phố", "TDP"]

# Address words that go on a numbered place's name with a name or number of their own ("tổ 17
# cụm Ngọc Thụy", "tổ 3 ngõ 12", "tổ 2 số nhà 15"): the number before one is not a count of them.
ADDRESS_WORDS = ["cụm", "khu", "khu phố", "ngõ", "ngách", "hẻm", "kiệt", "số nhà", "nhà số", "thôn", "xóm",
                 "khóm", "ấp", "bản", "đội", "phố", "đường", "tổ", "tổ dân phố", "khu dân cư", "cụm dân cư"]

# Exceptions to NUMBER_PREFIXES: "số" after these words is a count, not a label; a verb that
# ends in a label word ("chỉnh trang" ends in "trang", page) is followed by a count.
COUNT_PREFIXES = [
    "tổng số",  # total number
    "với số",  # with a number of
    "có số",  # has a number of
    "dân số",  # population ("dân số 65.023 người")
    "quân số",  # headcount (of a force)
    "chỉnh trang",  # renovate ("chỉnh trang 14 tuyến phố"; not "trang 14", page 14)
]

# Words before a NUMBER_PREFIXES noun that make the figure after it a count per item
# ("mỗi nhà 60 triệu đồng": each house gets 60 million).
EACH_WORDS = [
    "mỗi",  # each ("mỗi nhà 60 triệu đồng", "mỗi năm 500 hộ")
    "một",  # one, per
    "hằng",  # every ("hằng năm 1,05%")
    "hàng",  # every ("hàng tháng 2 triệu đồng")
    "bình quân",  # on average
    "trung bình",  # on average
    "cả",  # whole ("cả năm 320 tỷ đồng")
]
