"""Data tables for officials: office titles, bodies, territory words, ranks, surnames.

Every entry is a phrase as lower-case words; matching compares words by `tone_key`, so "Uỷ" and
"Ủy" are the same word. Each table maps the phrase to its standard short form (the spelling
wardcli reports) and is glossed in English.
"""

from __future__ import annotations

from ..gazetteer import OFFICIAL_ALIASES, PROVINCE_ALIASES as _ALIASES

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
    "tỉnh ủy viên": ("Tỉnh ủy viên", False, "province"),  # member of a provincial party committee
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
    "thường trực ban bí thư": ("Thường trực Ban Bí thư", False, "national"),  # Secretariat's standing member
    "phó thủ tướng": ("Phó Thủ tướng", False, "national"),  # deputy prime minister
    "chỉ huy trưởng": ("Chỉ huy trưởng", True, None),  # military commander
    "chỉ huy phó": ("Chỉ huy phó", True, None),  # deputy military commander
    "đại biểu": ("Đại biểu", True, None),  # deputy (of the National Assembly, a council)
    # Offices below the ward: the residential group or village is a sub-territory, so the place
    # stays the ward (see SUB_TERRITORY_WORDS).
    "tổ trưởng tổ dân phố": ("Tổ trưởng tổ dân phố", False, None),  # head of a residential group
    "tổ trưởng tdp": ("Tổ trưởng tổ dân phố", False, None),
    # Head of a numbered working group of a party committee ("Tổ trưởng Tổ công tác số 8 của Ban
    # Thường vụ Tỉnh ủy"): like "Trưởng đoàn công tác số 10", the group's office, number kept.
    "tổ trưởng tổ công tác": ("Tổ trưởng Tổ công tác", False, "delegation"),
    "trưởng thôn": ("Trưởng thôn", False, None),  # village head
    # Abbreviations used in captions and short news ("CT UBND", "PCT UBND", "PBT Đảng ủy").
    "ct": ("Chủ tịch", True, None),
    "pct": ("Phó Chủ tịch", True, None),
    "bt": ("Bí thư", True, None),
    "pbt": ("Phó Bí thư", True, None),
    "uv": ("Ủy viên", True, None),
    "uv btv": ("Ủy viên Ban Thường vụ", False, None),  # a standing-committee member
    "uvbtv": ("Ủy viên Ban Thường vụ", False, None),
    "ubtv": ("Ủy viên Ban Thường vụ", False, None),
    "pbt thường trực": ("Phó Bí thư Thường trực", True, None),
    "pct thường trực": ("Phó Chủ tịch Thường trực", True, None),
    "phó": ("Phó trưởng", True, None),  # "Phó Ban Tuyên giáo": deputy head of a board
    "chánh thanh tra": ("Chánh Thanh tra", False, None),  # chief inspector
    "phó chánh văn phòng": ("Phó Chánh Văn phòng", True, None),
    "đbqh": ("Đại biểu Quốc hội", False, "national"),  # National Assembly deputy
    "tuv": ("Tỉnh ủy viên", False, "province"),  # "TUV": a provincial party committee member
    # Assistants of a national leader: one office, the leader's title is not theirs.
    "trợ lý tổng bí thư": ("Trợ lý Tổng Bí thư", False, "national"),
    "trợ lý chủ tịch nước": ("Trợ lý Chủ tịch nước", False, "national"),
    "trợ lý thủ tướng": ("Trợ lý Thủ tướng", False, "national"),
    "phụ trách": ("Phụ trách", True, None),  # in charge of (an office: "Phụ trách Văn phòng ...")
}

# Misspellings of titles seen in body text (a tone mark dropped): typo -> the title it stands
# for. ("Uỷ"/"Ủy" and doubled spaces need no entry: words are compared by tone key.)
TITLE_TYPOS = {
    "chủ tich": "chủ tịch",  # chair, "ị" typed as "i"
    "phó chủ tich": "phó chủ tịch",  # vice-chair
    "chu tịch": "chủ tịch",  # chair, "ủ" typed as "u"
    "phó chu tịch": "phó chủ tịch",
    "giám đôc": "giám đốc",  # director
    "phó giám đôc": "phó giám đốc",
}

# Words right before a title that make it part of a longer office or body ("Trợ lý Tổng Bí
# thư", "Văn phòng Tổng Bí thư", "Thư ký Chủ tịch"): the title alone is not an office there.
TITLE_OWNERS = ("trợ lý", "thư ký", "văn phòng", "phó")

# Titles that are offices only with certain bodies (phrase -> allowed starts of the first body):
# "đại biểu HĐND", "đại biểu Quốc hội" are offices, "đại biểu Công an phường" is a representative;
# a bare "Phó" is the deputy head of a board ("Phó Ban Tuyên giáo").
TITLE_BODY_LIMITS = {
    "đại biểu": ("HĐND", "Quốc hội"),
    "phó": ("Ban", "Phòng"),
    "phụ trách": ("Văn phòng", "Ban"),
}

# Party titles written with no body before another role ("Phó Bí thư, Chủ tịch UBND phường"):
# the party committee of the same territory, or the city's when that role is city-level.
IMPLIED_BODIES = {"Bí thư": "Đảng ủy", "Phó Bí thư": "Đảng ủy", "Phó Bí thư Thường trực": "Đảng ủy"}
IMPLIED_CITY_BODY = "Thành ủy"  # Hà Nội's party committee
IMPLIED_PROVINCE_BODY = "Tỉnh ủy"  # another province's
# A standing-committee member with no committee written ("Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban
# Kiểm tra Đảng ủy"): the party committee's, of the place its chain gives (Đảng ủy of a ward,
# Thành ủy of the city, Tỉnh ủy of another province). NOTES.md: "Ủy viên BTV Thành ủy".
STANDING_MEMBER = "Ủy viên Ban Thường vụ"

# Heads of a national body who report the bare title, the body being the place ("Bộ trưởng",
# unit "Bộ Y tế"): title -> starts of the body's name.
OWN_BODY_HEADS = {
    "Bộ trưởng": ("Bộ ",), "Thứ trưởng": ("Bộ ",),
    "Giám đốc": ("Bệnh viện",), "Phó Giám đốc": ("Bệnh viện",),
    "Chủ tịch": ("Hội Liên hiệp Phụ nữ Việt Nam",), "Phó Chủ tịch": ("Hội Liên hiệp Phụ nữ Việt Nam",),
}

# Words before a title that qualify the office ("Quyền Chủ tịch UBND", "Q. Chủ tịch UBND"):
# kept, in standard form, in front of the title. "q" is matched only when a "." follows.
TITLE_PREFIXES = {"quyền": "Quyền", "q": "Quyền"}

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
    "bch": ("Ban Chấp hành", "local"),
    "ban chấp hành": ("Ban Chấp hành", "local"),  # executive committee
    "công an": ("Công an", "local"),  # police
    "đoàn thanh niên": ("Đoàn Thanh niên", "local"),  # youth union
    "đoàn tncs hồ chí minh": ("Đoàn Thanh niên", "local"),
    "đoàn thanh niên cộng sản hồ chí minh": ("Đoàn Thanh niên", "local"),
    "hội liên hiệp phụ nữ": ("Hội Liên hiệp Phụ nữ", "local"),  # women's union
    # The national women's union: a body outside the ward/city system, its own place.
    "hội liên hiệp phụ nữ việt nam": ("Hội Liên hiệp Phụ nữ Việt Nam", "national"),
    "hội lhpn việt nam": ("Hội Liên hiệp Phụ nữ Việt Nam", "national"),
    "hội lhpn": ("Hội Liên hiệp Phụ nữ", "local"),
    "hội cựu chiến binh": ("Hội Cựu chiến binh", "local"),  # veterans' association
    "hội ccb": ("Hội Cựu chiến binh", "local"),
    "hội nông dân": ("Hội Nông dân", "local"),  # farmers' union
    "ban chỉ huy quân sự": ("Ban Chỉ huy Quân sự", "local"),  # military command
    "lđlđ": ("LĐLĐ", "local"),  # labour federation
    "liên đoàn lao động": ("LĐLĐ", "local"),
    "thành ủy": ("Thành ủy", "city"),  # city party committee
    "tỉnh ủy": ("Tỉnh ủy", "province"),  # provincial party committee
    # Pre-2025 district bodies ("Chủ nhiệm Ủy ban Kiểm tra Quận ủy Đống Đa"): place is the
    # district named after them, as written.
    "quận ủy": ("Quận ủy", "district"),  # district party committee (urban)
    "huyện ủy": ("Huyện ủy", "district"),  # district party committee (rural)
    "thị ủy": ("Thị ủy", "district"),  # town party committee
    # Central bodies ("T.Ư", "TW" = Trung ương): place "Trung ương".
    "ủy ban t . ư mttq việt nam": ("Ủy ban Trung ương MTTQ Việt Nam", "national"),
    "ủy ban tư mttq việt nam": ("Ủy ban Trung ương MTTQ Việt Nam", "national"),
    "ủy ban tw mttq việt nam": ("Ủy ban Trung ương MTTQ Việt Nam", "national"),
    "quốc hội": ("Quốc hội", "national"),  # National Assembly
    "ủy ban trung ương mttq việt nam": ("Ủy ban Trung ương MTTQ Việt Nam", "national"),
    "ủy ban trung ương mặt trận tổ quốc việt nam": ("Ủy ban Trung ương MTTQ Việt Nam", "national"),
    "bộ chính trị": ("Bộ Chính trị", "national"),  # Politburo
    "ban bí thư": ("Ban Bí thư", "national"),  # Party Secretariat
    "trung ương đảng": ("Trung ương Đảng", "national"),  # Party Central Committee
    "ban chấp hành trung ương": ("Ban Chấp hành Trung ương", "national"),  # Central Committee
    "ban chấp hành trung ương đảng": ("Trung ương Đảng", "national"),  # the Party's, in short
    "chính phủ": ("Chính phủ", "national"),  # Government
    "đảng bộ": ("Đảng bộ", "local"),  # party organisation ("Ủy viên Ban Chấp hành Đảng bộ")
    "thành đoàn": ("Thành đoàn", "city"),  # the city's youth union
    "tỉnh đoàn": ("Tỉnh đoàn", "province"),  # a province's youth union
    "chi bộ": ("Chi bộ", "local"),  # party cell (of a residential group, village, agency)
    "chi đoàn": ("Chi đoàn", "local"),  # youth-union cell (of a residential group, agency)
    "ban công tác mặt trận": ("Ban Công tác Mặt trận", "local"),  # front work board (of a group)
    "công đoàn": ("Công đoàn", "local"),  # trade union
    "hội chữ thập đỏ": ("Hội Chữ thập đỏ", "local"),  # Red Cross
    "hội người cao tuổi": ("Hội Người cao tuổi", "local"),  # elderly association
    "hội khuyến học": ("Hội Khuyến học", "local"),  # study-promotion association
    "hội cựu thanh niên xung phong": ("Hội Cựu thanh niên xung phong", "local"),
    "trung tâm phục vụ hành chính công": ("Trung tâm Phục vụ hành chính công", "local"),  # one-stop shop
    "trạm y tế": ("Trạm Y tế", "local"),  # ward health station
    # Abbreviations.
    "đu": ("Đảng ủy", "local"),
    "ub mttq": ("Ủy ban MTTQ Việt Nam", "local"),
    "ubmttq": ("Ủy ban MTTQ Việt Nam", "local"),
    "ubmttq việt nam": ("Ủy ban MTTQ Việt Nam", "local"),
    "mttqvn": ("Ủy ban MTTQ Việt Nam", "local"),
    "ủy ban mttqvn": ("Ủy ban MTTQ Việt Nam", "local"),
    "ubmttqvn": ("Ủy ban MTTQ Việt Nam", "local"),
    "ubkt": ("Ủy ban Kiểm tra", "local"),
    "hlhpn": ("Hội Liên hiệp Phụ nữ", "local"),
    "đtn": ("Đoàn Thanh niên", "local"),
    "bchqs": ("Ban Chỉ huy Quân sự", "local"),
    "ban chqs": ("Ban Chỉ huy Quân sự", "local"),
    "tt hđnd": ("Thường trực HĐND", "local"),
}

# Words after a body that make it a central one ("Ban Tổ chức Trung ương", "Ủy ban Kiểm tra
# T.Ư"): standard form, and the place such offices go under.
CENTRAL_WORDS = {"trung ương": "Trung ương", "t . ư": "Trung ương", "tư": "Trung ương",
                 "tw": "Trung ương"}
CENTRAL_PLACE = "Trung ương"
# The Party's central organs: in a chain with another central office they share its place.
PARTY_CENTRE = ("Bộ Chính trị", "Ban Bí thư", "Trung ương Đảng", "Ban Chấp hành Trung ương")

# Short names of provinces ("TP.HCM", "TPHCM", "TP HCM"): the officials' entries of the one
# alias table, gazetteer.PROVINCE_ALIASES.
PROVINCE_ALIASES = {alias: _ALIASES[alias] for alias in OFFICIAL_ALIASES}

# Bodies written so briefly that they count only right before a territory word ("Bí thư Đoàn
# phường"); elsewhere the word is a family name or a delegation ("Đoàn Văn Hùng", "Đoàn công tác").
# Kept short, as written (NOTES.md: the page's own short form, "Bí thư Đoàn").
SHORT_BODIES = {"đoàn": "Đoàn"}

# State bodies of a ward whose party committee a party title before them in the chain means
# ("Bí thư Đảng ủy, Trưởng Công an phường": the police's party committee, "Bí thư Đảng ủy Công an").
PARTY_SHARING_BODIES = ("Công an", "LĐLĐ", "Ban Chỉ huy Quân sự")  # police, labour, military

# Titles of heads of offices whose body may be one this table does not know ("Phó Chánh Văn
# phòng Điều phối nông thôn mới Thành phố", "Giám đốc Ban Quản lý dự án đầu tư xây dựng phường
# X"): the body is taken as written, from a capitalised word up to a territory or the name.
OPEN_BODY_TITLES = ("Giám đốc", "Phó Giám đốc", "Chánh Văn phòng", "Phó Chánh Văn phòng",
                    "Trưởng", "Phó trưởng")

# A clause of responsibility between an office and the name ("Phó Chủ tịch UBND phường phụ
# trách khối văn hóa - xã hội Nguyễn Văn A"): skipped, it is neither role nor name.
CHARGE_WORDS = ("phụ trách",)

# Sub-territories below a ward ("tổ dân phố số 5", "thôn Đông"): written after an office of a
# residential group or party cell, dropped from the role; the place stays the ward.
SUB_TERRITORY_WORDS = ("tổ dân phố", "tdp", "thôn", "khu phố", "khu dân cư", "cụm dân cư", "tổ",
                       "xóm", "bản", "ấp")

# Where a national office with no body written belongs.
NATIONAL_TITLE_PLACES = {
    "Thủ tướng": "Chính phủ",  # prime minister: the Government
    "Phó Thủ tướng": "Chính phủ",
    "Tổng Bí thư": "Trung ương Đảng",  # general secretary: the Party's Central Committee
    "Thường trực Ban Bí thư": "Trung ương",  # the Secretariat's standing member: the centre
    "Chủ tịch nước": "Nhà nước",  # state president: the State
    "Đại biểu Quốc hội": "Quốc hội",  # "ĐBQH": a National Assembly deputy
    "Trợ lý Tổng Bí thư": "Văn phòng Tổng Bí thư",  # assistants work in the leader's office
    "Trợ lý Chủ tịch nước": "Văn phòng Chủ tịch nước",
    "Trợ lý Thủ tướng": "Văn phòng Chính phủ",
}

# Heads of bodies named by the capitalised words after them ("Ban Nội chính", "Sở Xây dựng",
# "Hội Liên hiệp Phụ nữ"), and their level.
NAMED_BODY_HEADS: dict[str, str] = {
    "ban": "local",  # board
    # City departments go under the city ("Giám đốc Sở Nội vụ Hà Nội": unit "Hà Nội", role "Giám
    # đốc Sở Nội vụ"), like the city's party boards ("Ban Tổ chức Thành ủy"): FORMAT.md keeps the
    # body's own name as unit only for offices in neither a ward nor the city ("Quốc hội").
    "sở": "city",  # city department
    "hội": "local",  # association
    "bộ": "national",  # ministry
    "bệnh viện": "national",  # hospital: its own place, never the page's ward
    "văn phòng": "local",  # office
    "trung tâm": "local",  # centre (public service, health)
    "phòng": "local",  # ward division
}

# Delegations: "Đoàn công tác số 14", "Đoàn giám sát số 15".
DELEGATION_HEAD = "đoàn"
DELEGATION_KINDS = ("công tác", "giám sát", "kiểm tra",  # working, supervision, inspection
                    "đại biểu quốc hội", "đbqh")  # the city's National Assembly deputies
DELEGATION_FORMS = {"đbqh": "đại biểu Quốc hội"}  # standard spelling of an abbreviated kind

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
    "được bầu bổ sung giữ chức", "được bầu bổ sung làm", "được bầu bổ sung",  # by-election
    "được giao giữ chức", "được giao", "giữ chức vụ",  # was given (acting) charge of
    "giữ chức", "làm",  # holds the office of; acts as
    "tái cử", "được tái cử", "được bầu tái cử", "được bầu tái đắc cử",  # was re-elected
    "được tín nhiệm bầu giữ chức", "được tín nhiệm bầu làm", "được tín nhiệm bầu",  # elected (trust)
    "tiếp tục giữ chức", "tiếp tục làm",  # continues to hold
    "trúng cử",  # won a seat ("trúng cử đại biểu HĐND phường")
)

# Plural words before a title: the names listed after it all hold the office ("các Phó Chủ tịch
# UBND phường A và B").
PLURAL_WORDS = ("các", "hai", "ba", "những", "02", "03")

# A list of officials after a heading that ends in ":" ("... các đồng chí Ủy viên Ban Chấp
# hành Đảng bộ tỉnh:", "bầu bổ sung vào Ban Thường vụ Tỉnh ủy các đồng chí:", "Tổ đại biểu Quốc
# hội ... gồm các đại biểu:"): every person listed holds the heading's office.
LIST_OPENERS = ("các đồng chí", "các đại biểu", "các ông", "các bà")  # the persons listed
LIST_JOINED = ("vào",)  # "bầu vào <body>": each becomes a member ("Ủy viên") of it
LIST_MEMBER = "Ủy viên"
# A heading naming a body of deputies: each person listed is a deputy of it.
LIST_DEPUTIES = {"đại biểu quốc hội": "Đại biểu Quốc hội", "đbqh": "Đại biểu Quốc hội"}

# Offices read under another standard name, by the level of their place: a member of the
# provincial (city) party organisation's executive committee is a "Tỉnh ủy viên" ("Thành ủy
# viên"). Role as read -> {level of place: standard form}.
ROLE_RENAMES = {
    "Ủy viên Ban Chấp hành Đảng bộ": {"province": "Tỉnh ủy viên", "city": "Thành ủy viên"},
}

# Honorifics before a name: not part of it.
HONORIFICS = ("đồng chí", "đ/c", "đ.c", "ông", "bà", "các đồng chí", "các ông", "các bà",
              "anh", "chị")
# Ranks and academic titles before a name: not part of name or role.
RANKS = (
    "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng",
    "đại tá", "thượng tá", "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy",
    "gs", "pgs", "ts", "ths", "tiến sĩ", "thạc sĩ", "bác sĩ", "nhà báo",
    "gs.ts", "pgs.ts", "ts.", "ths.", "bs", "bs.", "ts.bs", "ths.bs", "bsckii", "bscki", "ls", "ks",
)
# Words right before a capitalised run that make it a street or place, never a person.
PLACE_BEFORE = ("phố", "đường", "ngõ", "ngách", "phường", "xã", "quận", "huyện", "tỉnh",
                "thành phố", "tp", "thị trấn", "thị xã", "thôn", "tổ dân phố", "khu phố", "cầu",
                "chợ", "trường", "đình", "chùa", "đền", "hồ", "sông", "núi", "làng", "xóm", "khu",
                "thcs", "thpt", "tiểu học", "mầm non", "mẫu giáo", "bệnh viện", "công viên",
                "nhà văn hóa", "khu đô thị", "tuyến phố", "quảng trường", "tượng đài", "di tích",
                "mang tên", "giải thưởng", "tuyến đường", "dự án", "ga", "bến xe", "tòa nhà",
                "vườn hoa", "cụm", "lăng", "phố đi bộ", "khu vực", "tuyến", "ngã tư", "ngã ba",
                "nút giao", "chung cư", "cúp", "giải", "huy hiệu", "giải thưởng")

# Vietnamese family names (a closed class): a person's name starts with one. Words that are
# mostly a place or a title when capitalised ("Cái Răng", "Vạn Phúc", "Ngũ Hành Sơn", "Phó",
# "Cung Văn hóa", "Đường Láng") are left out: a name starting with one of them is missed rather
# than a place taken for a person.
SURNAMES = frozenset("""
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đào đoàn trương lương
đinh mai cao lưu tạ tô hà lâm chu kiều phùng quách thái tăng triệu vương la khúc nghiêm kim

từ mạc lại diệp hứa âu thân giang trịnh lục hầu tống đàm quan bạch cù doãn khổng lã lỗ ông phí
sầm tiêu ung vi viên yên châu chế chử đồng giáp hàn khương lạc liêu lư luân mã mạnh ninh phương
quản tôn trình văn thạch thiều tòng ứng ôn hạ đậu cấn khuất nhữ mẫn nhâm lam tào bành lều trà
kha ân biện bồ chúc dư đái đàn đổng giản hán hình liễu lữ lưỡng mạch miêu ngạc ngọ ngụy nhan
nhiêu sử thôi thục tiết trâu uông vưu

nông lò lường điêu cầm bế lành ma mông đèo quàng khà chẩu hoàng
vàng sùng giàng thào mùa hờ lầu tẩn chảo bàn sìn tráng

y ksor siu rơ rah kpă cil
""".split())
# Lines of the table: the common Kinh names; the rarer Kinh (many Sino-Vietnamese) names; Tày,
# Nùng, Thái and Mường names, then Hmong and Dao; the Central Highlands' name-openers (Ê Đê "Y"
# for men, Gia Rai "Ksor", "Siu", "Rơ Mah", "Rah Lan", Ba Na "Kpă", K'Ho "Cil").
