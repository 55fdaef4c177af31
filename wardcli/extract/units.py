"""Vietnamese vocabulary of reported quantities, as data: counted nouns, units, scale and
currency words, and the words around a figure that make it a quantity or not.

Pure data, no logic: numbers.py and metrics.py read these tables. One entry per word or
phrase, glossed in English. Matching is case- and tone-placement-insensitive (tone_key), and
the longest phrase wins, so "hộ" and "hộ nghèo" may both be listed.

The counted nouns are the general vocabulary of Vietnamese local-government reporting
(people, households, organisations, works and projects, administration, security, health,
education, social welfare, land and measures), not a list taken from any one page.
"""

# ---------------------------------------------------------------------------------------
# Numbers: scale, currency, units glued to a figure
# ---------------------------------------------------------------------------------------

# Scale words written after a figure, with what they multiply by.
SCALE_WORDS = {
    "nghìn": 1_000,  # thousand
    "ngàn": 1_000,  # thousand (southern spelling)
    "vạn": 10_000,  # ten thousand (dated)
    "triệu": 1_000_000,  # million
    "tỷ": 1_000_000_000,  # billion
    "tỉ": 1_000_000_000,  # billion (older spelling)
}

# Currency words, and what one of each is worth in đồng (None: not convertible offline).
CURRENCY_WORDS = {
    "đồng": 1,  # Vietnamese đồng
    "vnđ": 1,  # đồng, abbreviated
    "vnd": 1,  # đồng, ISO code
    "đ": 1,  # đồng, symbol-like abbreviation
    "usd": None,  # US dollar
    "đô la": None,  # dollar
}

# Measurement units that may be written glued to a figure ("500m2", "3km", "12ha").
GLUED_UNITS = ("km2", "km²", "m2", "m²", "m3", "km", "ha", "kg", "kw", "kwh", "mw", "m", "tấn", "đ")

# ---------------------------------------------------------------------------------------
# Metrics: what follows or precedes a figure
# ---------------------------------------------------------------------------------------

# Counted nouns and measurement units, matched longest first, case-insensitively.
COUNTED_NOUNS = [
    # people
    "người",  # persons
    "đồng bào",  # compatriots (not money)
    "đồng hồ",  # meters, clocks (not money)
    "đồng phục",  # uniforms (not money)
    "người dân",  # residents
    "người lao động",  # workers
    "người có công",  # people with merit (war veterans' families)
    "người cao tuổi",  # elderly people
    "cử tri",  # voters
    "đại biểu",  # delegates
    "đại biểu Quốc hội",  # National Assembly deputies
    "đại biểu HĐND",  # People's Council deputies
    "đại biểu Hội đồng nhân dân",  # People's Council deputies
    "ĐBQH",  # National Assembly deputies (abbr.)
    "đảng viên",  # party members
    "đồng chí",  # comrades
    "cán bộ",  # officials
    "công chức",  # civil servants
    "viên chức",  # public employees
    "cán bộ, công chức, viên chức",  # officials and public employees
    "cán bộ, công chức",  # officials and civil servants
    "cán bộ, đảng viên",  # officials and party members
    "hội viên",  # association members
    "đoàn viên",  # union / youth-union members
    "thành viên",  # members
    "ủy viên",  # committee members
    "quần chúng",  # non-party supporters
    "học sinh",  # pupils
    "sinh viên",  # students
    "học viên",  # trainees
    "giáo viên",  # teachers
    "trẻ",  # children
    "trẻ em",  # children
    "cháu",  # children (in care)
    "bệnh nhân",  # patients
    "lao động",  # workers
    "cá nhân",  # individuals
    "tập thể",  # collectives
    "gia đình",  # families
    "hộ",  # households
    "hộ gia đình",  # households
    "hộ nghèo",  # poor households
    "hộ cận nghèo",  # near-poor households
    "hộ dân",  # households
    "nhân khẩu",  # registered residents
    "chiến sĩ",  # soldiers / police officers
    "tình nguyện viên",  # volunteers
    "thí sinh",  # candidates (exam)
    "ứng cử viên",  # candidates (election)
    "người ứng cử",  # candidates (election)
    "lượt",  # visits / times
    "lượt người",  # person-visits
    "lượt khách",  # visitor trips
    "lượt truy cập",  # website visits
    "nhân viên",  # staff
    "y bác sĩ",  # doctors and nurses
    "bác sĩ",  # doctors
    "người nghèo",  # poor people
    "người khuyết tật",  # people with disabilities
    "thương binh",  # war invalids
    "đối tượng bảo trợ xã hội",  # social-protection beneficiaries
    "thanh niên",  # young people
    "công dân",  # citizens
    "tân binh",  # recruits
    "phụ nữ",  # women
    "nông dân",  # farmers
    "cựu chiến binh",  # veterans
    "lao động nông thôn",  # rural workers
    "việc làm",  # jobs
    "chỗ làm việc",  # jobs
    "người tham gia",  # participants
    "vận động viên",  # athletes
    # organisations and places
    "doanh nghiệp",  # businesses
    "DN",  # businesses (abbr.)
    "hộ kinh doanh",  # household businesses
    "cơ sở kinh doanh",  # business premises
    "HTX",  # cooperatives (abbr.)
    "CLB",  # clubs (abbr.)
    "ban",  # boards
    "chi hội",  # association branches
    "khu phố",  # quarters
    "ấp",  # hamlets
    "bản",  # villages (mountain)
    "làng",  # villages
    "khu",  # zones
    "cụm",  # clusters
    "trường mầm non",  # kindergartens
    "nhóm trẻ",  # day-care groups
    "trạm y tế",  # health stations
    "bệnh viện",  # hospitals
    "ĐVHC",  # administrative units (abbr.)
    "TDP",  # residential groups (abbr.)
    "gian hàng",  # stalls
    "thửa đất",  # land plots
    "thửa",  # plots
    "căn",  # apartments / houses
    "căn nhà",  # houses
    "nhà ở",  # dwellings
    "nhà văn hóa",  # community halls
    "nhà văn hoá",  # community halls, old tone placement
    "nhà đại đoàn kết",  # solidarity houses (for the poor)
    "nhà tình nghĩa",  # houses of gratitude
    "nhà tình thương",  # charity houses
    "công viên",  # parks
    "vườn hoa",  # gardens
    "ngõ",  # lanes
    "cầu",  # bridges
    "cống",  # culverts
    "giếng",  # wells
    "hợp tác xã",  # cooperatives
    "cơ sở",  # establishments
    "cơ quan",  # agencies
    "đơn vị",  # units
    "đơn vị bầu cử",  # constituencies
    "tổ bầu cử",  # polling teams
    "khu vực bỏ phiếu",  # polling areas
    "điểm bầu cử",  # polling stations
    "điểm cầu",  # video-conference end points
    "điểm",  # points / sites
    "tổ dân phố",  # residential groups
    "thôn",  # hamlets
    "khu dân cư",  # residential areas
    "phường",  # wards
    "xã",  # communes
    "xã, phường",  # communes and wards (the pair as one count: "126 xã, phường")
    "phường, xã",  # wards and communes
    "phòng chuyên môn",  # specialised departments (of a ward's people's committee)
    "trung tâm",  # centres
    "trung tâm phục vụ hành chính công",  # public-administration service centres
    "tổ công nghệ số",  # digital-technology teams
    "tổ công nghệ số cộng đồng",  # community digital-technology teams
    "tổ tự quản",  # self-management teams
    "tổ an ninh trật tự",  # security and order teams
    "tổ hòa giải",  # mediation teams
    "tài khoản",  # accounts
    "tài khoản định danh điện tử",  # electronic identification accounts (VNeID)
    "đơn vị hành chính",  # administrative units
    "chi bộ",  # party cells
    "chi bộ cơ sở",  # grassroots party cells
    "chi bộ trực thuộc",  # party cells under a committee
    "đảng bộ",  # party committees
    "đảng bộ cơ sở",  # grassroots party committees
    "đảng bộ trực thuộc",  # party committees under a committee
    "tổ chức cơ sở Đảng",  # grassroots party organisations
    "tổ chức cơ sở đảng",  # grassroots party organisations
    "tổ chức đảng",  # party organisations
    "tổ chức",  # organisations
    "thẻ đảng",  # party cards
    "thẻ đảng viên",  # party cards
    "trường",  # schools
    "trường học",  # schools
    "lớp",  # classes
    "lớp học",  # classes
    "phòng học",  # classrooms
    "chợ",  # markets
    "tuyến phố",  # streets
    "tuyến đường",  # roads
    "tuyến",  # routes
    "căn hộ",  # apartments
    "ngôi nhà",  # houses
    "nhà",  # houses
    "câu lạc bộ",  # clubs
    "mô hình",  # models / schemes
    "tổ",  # teams
    "đội",  # teams
    "tổ công tác",  # working groups
    # documents, meetings, work
    "văn bản",  # documents
    "tiêu chí",  # criteria
    "chỉ số",  # indices
    "nội dung",  # items (of an agenda)
    "lĩnh vực",  # fields
    "hạng mục",  # work items
    "gói thầu",  # tender packages
    "ca",  # cases (medical)
    "ca mắc",  # infection cases
    "giường bệnh",  # hospital beds
    "trạm",  # stations
    "camera",  # cameras
    "hồ sơ",  # dossiers
    "thủ tục",  # procedures
    "thủ tục hành chính",  # administrative procedures
    "TTHC",  # administrative procedures (abbr.)
    "giấy chứng nhận",  # certificates (land use etc.)
    "GCN",  # certificates (abbr.)
    "giấy phép",  # permits
    "giấy phép xây dựng",  # building permits
    "thẻ bảo hiểm y tế",  # health-insurance cards
    "thẻ BHYT",  # health-insurance cards (abbr.)
    "sổ tiết kiệm",  # savings books
    "học bổng",  # scholarships
    "suất học bổng",  # scholarships
    "liều",  # doses
    "liều vắc xin",  # vaccine doses
    "mũi",  # shots
    "mũi tiêm",  # injections
    "mũi vắc xin",  # vaccine shots
    "mũi vaccine",  # vaccine shots
    "đơn vị máu",  # units of blood
    "vi phạm",  # violations
    "lỗi vi phạm",  # traffic offences
    "trường hợp vi phạm",  # violation cases
    "vụ vi phạm",  # violations
    "vụ tai nạn",  # accidents
    "vụ cháy",  # fires
    "vụ tai nạn giao thông",  # traffic accidents
    "biên bản",  # records (of violations)
    "tin báo",  # crime reports
    "lượt xe",  # vehicle trips
    "nghị quyết",  # resolutions
    "quyết định",  # decisions
    "kế hoạch",  # plans
    "báo cáo",  # reports
    "đơn",  # petitions
    "đơn thư",  # petitions and letters
    "kiến nghị",  # recommendations
    "ý kiến",  # opinions
    "kỳ họp",  # sessions
    "cuộc họp",  # meetings
    "hội nghị",  # conferences
    "phiên",  # sessions
    "buổi",  # sessions
    "cuộc",  # events
    "sự kiện",  # events
    "cuộc thi",  # contests
    "cuộc kiểm tra",  # inspections
    "cuộc giám sát",  # supervisions
    "cuộc thanh tra",  # inspections
    "đợt",  # rounds
    "lần",  # times
    "vụ",  # cases
    "vụ việc",  # cases
    "vụ án",  # criminal cases
    "đối tượng",  # suspects / subjects
    "trường hợp",  # cases
    "tài khoản",  # accounts
    "chữ ký số",  # digital signatures
    "phương tiện",  # vehicles
    "xe",  # vehicles
    "cây",  # trees
    "suất quà",  # gift packages
    "suất",  # portions
    "phần quà",  # gifts
    "giải",  # prizes
    "huy chương",  # medals
    "bằng khen",  # certificates of merit
    "giấy khen",  # certificates of merit (lower level)
    "danh hiệu",  # titles
    "sản phẩm",  # products
    "dự án",  # projects
    "công trình",  # works
    "chương trình",  # programmes
    "đề án",  # schemes
    "chỉ tiêu",  # targets / indicators
    "nhiệm vụ",  # tasks
    "giải pháp",  # solutions
    "mục tiêu",  # goals
    "khâu đột phá",  # breakthrough areas
    "đột phá",  # breakthroughs
    "nhóm",  # groups
    "bài",  # articles
    "bài viết",  # articles
    "tác phẩm",  # works (press, art)
    "tin",  # news items
    "ngày công",  # work-days (a count, despite "ngày")
    "giờ công",  # work-hours
    "điểm phần trăm",  # percentage points
    "bậc",  # steps (in a ranking)
    "con",  # head (of livestock)
    "chiếc",  # pieces
    "bộ",  # sets
    "cái",  # items
    "bình",  # bottles, tanks
    "bao",  # sacks
    "thùng",  # boxes
    "túi",  # bags
    "kiện",  # parcels
    "cuốn",  # volumes (books)
    "quyển",  # volumes (books)
    # measures
    "km",  # kilometres
    "km2",  # square kilometres
    "m",  # metres
    "m2",  # square metres
    "m²",  # square metres
    "m3",  # cubic metres
    "mét",  # metres
    "ha",  # hectares
    "héc-ta",  # hectares
    "tấn",  # tonnes
    "kg",  # kilograms
    "lít",  # litres
    "MW",  # megawatts
    "kWh",  # kilowatt-hours
    "km²",  # square kilometres
    "sào",  # sao (360 m2 in the north)
    "mẫu",  # mau (3,600 m2)
    "tạ",  # quintals (100 kg)
    "yến",  # 10 kg
    "gam",  # grams
    "khối",  # cubic metres (colloquial)
    "kW",  # kilowatts
]

# Task nouns that may be joined ("nhiệm vụ và giải pháp", "nhiệm vụ, giải pháp") into one unit,
# and classifiers that take one of them after ("nhóm giải pháp").
TASK_NOUNS = ["nhiệm vụ", "giải pháp", "mục tiêu", "chỉ tiêu", "chương trình", "đề án", "khâu đột phá"]
CLASSIFIERS = ["nhóm", "khâu", "loại"]  # group, area, kind

# Qualifiers that may follow a counted noun and are not part of it.
QUALIFIERS = [
    "chính",  # main
    "trọng tâm",  # key
    "trọng điểm",  # key
    "ưu tú",  # outstanding
    "tiêu biểu",  # exemplary
    "văn hóa tiêu biểu",  # exemplary cultural (family, group)
    "văn hoá tiêu biểu",  # same, old tone placement
    "chủ yếu",  # principal
    "chính thức",  # full (delegates)
    "dự khuyết",  # alternate (delegates)
    "dự bị",  # probationary (party members)
    "cụ thể",  # specific
    "quan trọng",  # important
    "tập trung",  # central ("9 điểm nấu ăn tập trung")
    "tự động",  # automatic ("2 máy lấy số tự động")
    "công cộng",  # public ("56 điểm Wi-Fi công cộng")
    "thường xuyên",  # regular ("6 điểm ngập thường xuyên")
]

# Classifier nouns that name a kind of place, building or device only with the noun run after
# them: "9 điểm nấu ăn", "6 trạm bơm", "4 cụm công nghiệp", "320 cơ sở sản xuất", "8 quầy tiếp
# nhận", "2 máy lấy số", "55 lượt công dân". When one of these is all a table gives, the unit
# takes the following run of lower-case syllables (or an acronym: "điểm Wi-Fi") as well.
CLASSIFIER_HEADS = ["điểm", "trạm", "cụm", "cơ sở", "nhà", "quầy", "máy", "lượt", "bãi", "kho", "bến",
                    "chốt", "khu"]

# Compounds that a noun run takes whole even though one of their syllables ends a run elsewhere
# (a stop word or verb): "máy lấy số", "quầy tiếp nhận", "điểm trực cứu hộ".
COMPOUND_WORDS = [
    "lấy số",  # take a queue number
    "tiếp nhận",  # reception
    "tiếp dân",  # receiving citizens
    "cứu hộ",  # rescue
    "cứu trợ",  # relief
    "cứu nạn",  # rescue
    "hỗ trợ",  # support
    "giải trí",  # recreation
    "giải khát",  # refreshment
    "đồng đội",  # comrades in arms ("nhà nghĩa tình đồng đội")
    "công nghệ số",  # digital technology
    "chuyển đổi số",  # digital transformation
    "chữ ký số",  # digital signature
    "xử lý",  # treatment ("trạm xử lý nước thải")
    "trung chuyển",  # transfer
    "tập kết",  # gathering
    "thu gom",  # collection
    "sơ tán",  # evacuation
    "sản xuất",  # production
    "bán hàng",  # sales
    "đỗ xe",  # parking
    "trông giữ",  # keeping (vehicles)
    "phát sóng",  # broadcasting ("trạm phát sóng")
]

# Nouns after a figure that make it a date, duration, age, anniversary, term or model name.
NON_METRIC_NOUNS = [
    "năm",  # years (anniversaries "80 năm", durations)
    "tháng",  # months
    "tuần",  # weeks
    "ngày",  # days
    "ngày đêm",  # days and nights
    "ngày qua",  # the past days
    "đêm",  # nights
    "giờ",  # hours
    "tiếng",  # hours (colloquial)
    "phút",  # minutes
    "giây",  # seconds
    "tuổi",  # years of age
    "độ",  # degrees (temperature, angle)
    "lượt xem",  # page views (a widget of the news page)
    "lượt thích",  # likes
    "lượt chia sẻ",  # shares
    "bình luận",  # comments
    "cấp",  # levels ("chính quyền 2 cấp", the two-tier model)
    "quý",  # quarters
    "thế kỷ",  # centuries
    "nhiệm kỳ",  # terms
    "khóa",  # terms (of a council)
    "khoá",  # same, old tone placement
    "sao",  # stars, a rating ("sản phẩm OCOP 4 sao", "khách sạn 5 sao")
]

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

# Exceptions to NUMBER_PREFIXES: "số" after these words is a count, not a label.
COUNT_PREFIXES = [
    "tổng số",  # total number
    "với số",  # with a number of
    "có số",  # has a number of
    "dân số",  # population ("dân số 65.023 người")
    "quân số",  # headcount (of a force)
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

# Nouns for units of government: a figure of them followed by names ("2 phường Cầu Giấy và
# Nghĩa Đô") only counts the places it names.
PLACE_NOUNS = ["phường", "xã", "thôn", "tổ dân phố", "quận", "huyện", "tỉnh", "thành phố"]

# Words that end a unit: verbs, prepositions, conjunctions (a fallback noun never starts with one).
STOP_WORDS = {
    "và", "với", "của", "là", "đạt", "trên", "tại", "trong", "từ", "đến", "cho", "so", "bằng",
    "tăng", "giảm", "được", "đã", "sẽ", "đang", "có", "không", "theo", "về", "để", "thì", "mà",
    "hoặc", "hay", "các", "những", "này", "đó", "ở", "như", "vào", "ra", "lên", "xuống", "nhằm",
    "gồm", "trở", "còn", "thuộc", "hơn", "trước", "sau", "qua", "khi", "nên", "vì", "do", "bị",
    "triển", "tham", "thực", "hiện", "số", "mỗi", "mới", "nữa", "người",
    # verbs and adverbs that often follow a figure which is a name or code ("tuyến 09 đi qua")
    "đi", "làm", "đón", "nhận", "dự", "xảy", "cần", "phải", "chưa", "đều", "cùng", "lại", "vừa",
    "sắp", "rồi", "luôn", "vẫn", "cũng", "chỉ", "nay", "ấy", "kia", "đây", "tiếp", "chính",
    # conjunctions: never a unit ("520 học sinh lớp 1 nhưng ...")
    "nhưng", "tuy", "nếu", "suốt",
}

# A counted noun not in the tables is read as the whole run of lower-case content syllables
# after the figure ("5 đoàn kiểm tra liên ngành"), so it is never cut inside a word; a run longer
# than this is more than a noun and keeps only its first syllable.
MAX_NOUN_SYLLABLES = 6
# Syllables that end such a run: verbs that often follow a counted noun with no stop word
# between ("200 suất quà trị giá ...", "30 hộ ký cam kết").
NOUN_RUN_ENDS = ["trị", "ký", "hoàn", "đăng", "hưởng", "thoát", "đóng", "góp", "ủng", "tặng", "trao",
                 "sử", "áp", "giúp", "đảm", "phối", "tiếp", "chào", "vượt", "chiếm", "hỗ", "tổ",
                 "bố", "xây", "lắp", "phục", "giải", "đưa", "tới", "chung", "đầu", "gây"]

# Words that mark a figure as a goal rather than a result, when said before it in the sentence.
TARGET_WORDS = ["phấn đấu", "mục tiêu", "chỉ tiêu", "kế hoạch", "dự kiến", "đề ra", "hướng tới", "đến năm",
                "dự toán"]
# Words right before a goal word that make it the base of a comparison, not a goal
# ("vượt kế hoạch", "so với kế hoạch", "hoàn thành chỉ tiêu").
BASE_WORDS = ["so với", "vượt", "hoàn thành", "bằng", "theo", "đạt", "với", "của"]
# Words that turn a sentence round: a goal said before them does not reach a figure after
# ("Kế hoạch đặt ra 90% nhưng thực tế đạt 92%").
CONTRAST_WORDS = ["nhưng", "song", "tuy nhiên", "thực tế", "trong khi"]

# Words between the two ends of a range ("từ 20 đến 25%"); dashes and "~" are also read as one.
RANGE_WORDS = ["đến", "tới"]

# Commune-level type words, as written before a unit's name.
WARD_TYPES = ["phường", "xã", "thị trấn"]

# Verbs that introduce the pre-2025 units a ward was formed from: wards named after them
# ("được thành lập trên cơ sở sáp nhập phường A, phường B, ...") are not the place of a figure.
MERGE_WORDS = ["sáp nhập", "hợp nhất", "nhập", "sắp xếp"]

# Verbs after a city or ward that make it the giver of a plan, not the place of a figure
# ("đạt 104% dự toán Thành phố giao, tăng 12%": the 12% is still the ward's).
GIVER_VERBS = ["giao", "phân bổ", "ban hành", "chỉ đạo"]
# Nouns before "(của) thành phố" that make the city the author of a rule, not the place of a
# figure ("theo chủ trương của thành phố"); the goal words of TARGET_WORDS count too.
GIVER_NOUNS = ["chủ trương", "chỉ đạo", "quy định"]

# Verbs after which a place is the addressee of a request, not the place of the figures that
# follow ("Phường đề xuất Thành phố bổ sung 60 phòng học": the 60 rooms are the ward's).
# Not after "theo" or "tờ", where the word is a noun ("Theo báo cáo UBND phường X, ...").
ADDRESSEE_VERBS = ["đề xuất", "đề nghị", "kiến nghị", "xin", "trình", "tham mưu", "gửi",
                   "kiến nghị với", "đề xuất với", "đề nghị với", "báo cáo với", "xin ý kiến"]

# Verbs of giving after which a place is the recipient, not the place of the figure, when the
# sentence names the giver before them ("Hà Nội gửi tặng thành phố A và tỉnh B 6.000 tấn gạo":
# the rice is Hà Nội's figure).
RECIPIENT_VERBS = ["tặng", "gửi tặng", "trao tặng", "trao", "hỗ trợ", "ủng hộ", "giúp đỡ", "chi viện"]

# Bodies of a unit written between "của" and the unit's name: "6.000 đảng viên của Đảng bộ
# phường X" belong to X as "của phường X" would.
OWNER_BODIES = ["Đảng bộ", "đảng bộ", "Đảng ủy", "Đảng uỷ", "UBND", "HĐND", "Ủy ban nhân dân",
                "Uỷ ban nhân dân", "Hội đồng nhân dân", "chính quyền", "nhân dân", "Nhân dân",
                "Ủy ban MTTQ", "Ủy ban Mặt trận Tổ quốc", "MTTQ"]

# Words right after a unit's name that make it a former (pre-2025) unit: "huyện Mê Linh (cũ)",
# "phường Dịch Vọng Hậu cũ". A former unit is never the place of a figure.
FORMER_MARKS = ["(cũ)", "cũ", "(trước đây)", "trước đây", "trước sáp nhập", "trước khi sáp nhập"]

# Bodies that are a figure's place when they are the subject of its sentence or headline
# ("Quốc hội khóa XV: Thông qua 12 luật").
BODY_NAMES = ["Quốc hội"]

# Places named without a ward: the city / country a figure belongs to.
COUNTRY_WORDS = ["cả nước", "toàn quốc"]  # the whole country

# Other names of provinces, folded, and the gazetteer's short name for each.
PROVINCE_ALIASES = {
    "hcm": "Hồ Chí Minh",  # "TP.HCM"
    "tphcm": "Hồ Chí Minh",  # "TPHCM"
    "sai gon": "Hồ Chí Minh",  # Saigon
    "thua thien hue": "Huế",  # the province's pre-2025 name
}

# Verbs and fillers between the label and the figure ("tổng thu ... đạt trên 390 tỷ đồng").
LABEL_CUTS = ["đạt", "là", "bằng", "tăng", "giảm", "lên", "còn", "chiếm", "vượt",
              "cắt giảm", "suy giảm", "gia tăng", "tăng thêm", "giảm xuống", "đạt được"]
# Nouns that end in a verb of LABEL_CUTS and are not one ("giải phóng mặt bằng 15.000 m2").
LABEL_CUT_FALSE = ["mặt bằng", "công bằng", "cân bằng", "bằng lòng"]
# Words where a label stops, read backwards from its verb ("Nổi bật là | tổng thu ...").
LABEL_STARTS = ["là", "với", "đã", "và", "thì", "nhưng", "trong đó", "theo đó", "đặc biệt",
                "phấn đấu", "dự kiến"]
# Words of a period before a figure at the head of a clause ("Năm 2025 thu ngân sách đạt ...").
PERIOD_WORDS = ["năm", "cả", "trong", "tháng", "quý", "giai đoạn", "nhiệm kỳ", "đến", "từ", "đầu", "cuối"]
LABEL_TRIMS = ["trên địa bàn", "giai đoạn", "năm", "của", "trong", "tại", "nhiệm kỳ", "đến", "từ"]

# Words of approximation between a verb and its figure ("đạt trên 390 tỷ đồng").
APPROX_WORDS = ["về", "trên", "hơn", "gần", "khoảng", "xấp xỉ", "tối thiểu", "tối đa", "ít nhất", "gần như",
                "tới", "đến", "từ", "chỉ", "ước", "gần đạt", "dưới", "chưa đến"]
# Measure nouns written right before a figure ("tỷ lệ 99,97%").
MEASURE_NOUNS = ["tỷ lệ", "tốc độ", "mức", "tổng số", "khoảng"]
