"""Words around a figure in its sentence: places, stop words, goals and bases, givers and
recipients, former units, labels, periods and approximations."""

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

# Words between the two ends of a range or a change ("từ 20 đến 25%", "từ 52 xuống còn 44 học
# sinh/lớp"); dashes and "~" are also read as one.
RANGE_WORDS = [
    "đến", "tới",  # to
    "xuống còn", "xuống",  # down to
    "lên đến", "lên tới", "lên",  # up to
]

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
