"""What a figure counts: counted nouns and measures, the words that qualify or join them,
and the nouns that make a figure a date, duration or name instead."""

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
    "cán bộ công chức viên chức",  # officials and public employees (written without commas)
    "cán bộ công chức",  # officials and civil servants (written without a comma)
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
    "lượt khách du lịch",  # tourist trips
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
    "tuyến ngõ",  # lanes
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
