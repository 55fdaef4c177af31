"""Data tables for officials: office titles, bodies, territory words, ranks, surnames.

Every entry is a phrase as lower-case words; matching compares words by `tone_key`, so "Uỷ" and
"Ủy" are the same word. Each table maps the phrase to its standard short form (the spelling
wardcli reports) and is glossed in English.
"""

from __future__ import annotations

# Office titles that open a role. Value: (standard form, needs_body, level). A title with
# needs_body=False is an office on its own ("Thành ủy viên"); the others take a body after them.
# level (see BODIES) is set for titles whose office fixes the place by itself.
TITLES: dict[str, tuple[str, bool, str | None]] = {
    "bí thư": ("Bí thư", True, None),  # party secretary
    "phó bí thư": ("Phó Bí thư", True, None),  # deputy secretary
    "phó bí thư thường trực": ("Phó Bí thư Thường trực", True, None),  # standing deputy secretary
    "tổng bí thư": ("Tổng Bí thư", False, "national"),  # general secretary
    "chủ tịch": ("Chủ tịch", True, None),  # chair (people's council, committee, association)
    "phó chủ tịch": ("Phó Chủ tịch", True, None),  # vice-chair
    "phó chủ tịch thường trực": ("Phó Chủ tịch Thường trực", True, None),  # standing vice-chair
    "chủ tịch nước": ("Chủ tịch nước", False, "national"),  # state president
    "ủy viên": ("Ủy viên", True, None),  # member (of a standing committee, ...)
    "thành ủy viên": ("Thành ủy viên", False, "city"),  # member of the city party committee
    "tỉnh ủy viên": ("Tỉnh ủy viên", False, "city"),  # member of a provincial party committee
    "đảng ủy viên": ("Đảng ủy viên", False, None),  # member of a ward party committee
    "trưởng": ("Trưởng", True, None),  # head of (ban, đoàn, công an, phòng)
    "phó trưởng": ("Phó trưởng", True, None),  # deputy head of
    "trưởng đoàn": ("Trưởng đoàn", False, "delegation"),  # head of a delegation (body may follow)
    "phó trưởng đoàn": ("Phó trưởng đoàn", False, "delegation"),  # deputy head of a delegation
    "giám đốc": ("Giám đốc", True, None),  # director
    "phó giám đốc": ("Phó Giám đốc", True, None),  # deputy director
    "chủ nhiệm": ("Chủ nhiệm", True, None),  # chair of an inspection committee
    "phó chủ nhiệm": ("Phó Chủ nhiệm", True, None),  # deputy chair of ...
    "chánh văn phòng": ("Chánh Văn phòng", True, None),  # chief of office
    "bộ trưởng": ("Bộ trưởng", True, None),  # minister
    "thứ trưởng": ("Thứ trưởng", True, None),  # deputy minister
    "thủ tướng": ("Thủ tướng", False, "national"),  # prime minister
    "phó thủ tướng": ("Phó Thủ tướng", False, "national"),  # deputy prime minister
    "chỉ huy trưởng": ("Chỉ huy trưởng", True, None),  # military commander
}

# Bodies a title belongs to. Value: (standard form, level). Levels: "local" (a ward's own
# body unless a territory says otherwise), "city" (the province's party committee: place is the
# province), "province" (a named province's committee), "national" (place is the body itself),
# "delegation" (a city delegation: place is the province unless a ward is named).
BODIES: dict[str, tuple[str, str]] = {
    "đảng ủy": ("Đảng ủy", "local"),  # party committee
    "hđnd": ("HĐND", "local"),  # people's council
    "hội đồng nhân dân": ("HĐND", "local"),
    "thường trực hđnd": ("Thường trực HĐND", "local"),  # standing board of the council
    "ubnd": ("UBND", "local"),  # people's committee
    "ủy ban nhân dân": ("UBND", "local"),
    "ủy ban mttq việt nam": ("Ủy ban MTTQ Việt Nam", "local"),  # Fatherland Front committee
    "ủy ban mttq": ("Ủy ban MTTQ Việt Nam", "local"),
    "ủy ban mặt trận tổ quốc việt nam": ("Ủy ban MTTQ Việt Nam", "local"),
    "ủy ban mặt trận tổ quốc": ("Ủy ban MTTQ Việt Nam", "local"),
    "mttq việt nam": ("Ủy ban MTTQ Việt Nam", "local"),
    "mttq": ("Ủy ban MTTQ Việt Nam", "local"),
    "mặt trận tổ quốc việt nam": ("Ủy ban MTTQ Việt Nam", "local"),
    "mặt trận tổ quốc": ("Ủy ban MTTQ Việt Nam", "local"),
    "ủy ban bầu cử": ("Ủy ban Bầu cử", "local"),  # election committee
    "ủy ban kiểm tra": ("Ủy ban Kiểm tra", "local"),  # party inspection committee
    "ban thường vụ": ("Ban Thường vụ", "local"),  # standing committee
    "btv": ("Ban Thường vụ", "local"),
    "ban chấp hành": ("Ban Chấp hành", "local"),  # executive committee
    "công an": ("Công an", "local"),  # police
    "đoàn thanh niên": ("Đoàn Thanh niên", "local"),  # youth union
    "đoàn tncs hồ chí minh": ("Đoàn Thanh niên", "local"),
    "đoàn thanh niên cộng sản hồ chí minh": ("Đoàn Thanh niên", "local"),
    "hội liên hiệp phụ nữ": ("Hội Liên hiệp Phụ nữ", "local"),  # women's union
    "hội lhpn": ("Hội Liên hiệp Phụ nữ", "local"),
    "hội cựu chiến binh": ("Hội Cựu chiến binh", "local"),  # veterans' association
    "hội ccb": ("Hội Cựu chiến binh", "local"),
    "hội nông dân": ("Hội Nông dân", "local"),  # farmers' union
    "ban chỉ huy quân sự": ("Ban Chỉ huy Quân sự", "local"),  # military command
    "lđlđ": ("LĐLĐ", "local"),  # labour federation
    "liên đoàn lao động": ("LĐLĐ", "local"),
    "thành ủy": ("Thành ủy", "city"),  # city party committee
    "tỉnh ủy": ("Tỉnh ủy", "province"),  # provincial party committee
    "quốc hội": ("Quốc hội", "national"),  # National Assembly
    "bộ chính trị": ("Bộ Chính trị", "national"),  # Politburo
    "ban bí thư": ("Ban Bí thư", "national"),  # Party Secretariat
    "trung ương đảng": ("Trung ương Đảng", "national"),  # Party Central Committee
    "ban chấp hành trung ương": ("Ban Chấp hành Trung ương", "national"),  # Central Committee
    "chính phủ": ("Chính phủ", "national"),  # Government
}

# Where a national office with no body written belongs.
NATIONAL_TITLE_PLACES = {
    "Thủ tướng": "Chính phủ",  # prime minister: the Government
    "Phó Thủ tướng": "Chính phủ",
    "Tổng Bí thư": "Trung ương Đảng",  # general secretary: the Party's Central Committee
    "Chủ tịch nước": "Nhà nước",  # state president: the State
}

# Heads of bodies named by the capitalised words after them ("Ban Nội chính", "Sở Xây dựng",
# "Hội Liên hiệp Phụ nữ"), and their level.
NAMED_BODY_HEADS: dict[str, str] = {
    "ban": "local",  # board
    "sở": "city",  # city department
    "hội": "local",  # association
    "bộ": "national",  # ministry
    "văn phòng": "local",  # office
    "trung tâm": "local",  # centre (public service, health)
    "phòng": "local",  # ward division
}

# Delegations: "Đoàn công tác số 14", "Đoàn giám sát số 15".
DELEGATION_HEAD = "đoàn"
DELEGATION_KINDS = ("công tác", "giám sát", "kiểm tra")  # working, supervision, inspection

# Unit-type words before a commune-level unit's name.
WARD_WORDS = ("phường", "xã", "thị trấn", "đặc khu")  # ward, commune, township, special zone
# Words for the city or a province ("Thành phố", "TP", "tỉnh").
CITY_WORDS = ("thành phố", "tp")
PROVINCE_WORDS = ("tỉnh",)
DISTRICT_WORDS = ("quận", "huyện", "thị xã")  # pre-2025 district level

# Words that join a role to the body it serves ("Trưởng đoàn ... của Thành ủy Hà Nội").
OF_WORDS = ("của",)

# Separators between roles in a chain.
ROLE_SEPARATORS = (",", "-", "–", "—", "và")

# Phrases after a name or a role that introduce a further office (appointments, delegations).
APPOINTMENT_PHRASES = (
    "được chỉ định giữ chức", "được chỉ định làm", "được chỉ định",  # was appointed (party)
    "được bầu giữ chức", "được bầu làm", "được bầu là", "được bầu",  # was elected
    "được bổ nhiệm giữ chức", "được bổ nhiệm làm", "được bổ nhiệm",  # was appointed (state)
    "được điều động giữ chức", "được phân công giữ chức", "được phân công làm",
    "tái đắc cử", "đắc cử",  # was (re-)elected
    "giữ chức", "làm",  # holds the office of; acts as
)

# Honorifics before a name: not part of it.
HONORIFICS = ("đồng chí", "đ/c", "ông", "bà", "các đồng chí")
# Ranks and academic titles before a name: not part of name or role.
RANKS = (
    "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng",
    "đại tá", "thượng tá", "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy",
    "gs", "pgs", "ts", "ths", "tiến sĩ", "thạc sĩ", "bác sĩ", "nhà báo",
)
# Words right before a capitalised run that make it a street or place, never a person.
PLACE_BEFORE = ("phố", "đường", "ngõ", "ngách", "phường", "xã", "quận", "huyện", "tỉnh",
                "thành phố", "tp", "thị trấn", "thị xã", "thôn", "tổ dân phố", "khu phố", "cầu",
                "chợ", "trường", "đình", "chùa", "đền", "hồ", "sông", "núi", "làng", "xóm", "khu")

# Vietnamese family names (a closed class): a person's name starts with one.
SURNAMES = frozenset("""
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đào đoàn trương lương
đinh mai cao lưu tạ tô hà lâm chu kiều phùng quách thái tăng triệu vương la khúc nghiêm kim
từ mạc lại diệp hứa âu thân giang trịnh nông lò lục hầu tống đàm quan bạch cù doãn khổng lã
lỗ ông phí sầm tiêu ung vi viên yên châu chế chử đồng giáp hàn hoàng khương lạc liêu lư luân
mã mạnh nghiêm ninh phương quản tôn trình văn vương thạch thiều tòng ứng ôn mông lành hạ
đậu cấn khuất nhữ bế cầm lường điêu vàng sùng giàng thào mùa hờ lầu tào bành mẫn nhâm lam
""".split())
