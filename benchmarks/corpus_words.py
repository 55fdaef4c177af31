"""Word lists and sentence templates for the corpus generator (`corpus.py`).

All text here was written for the generator; the seeds were read only for their layout. A
template is a string with slots and alternatives:

    {slot}      a value of the story (`corpus.Story.slots`): ward, names, figures, dates
    [a|b|c]     one of the alternatives, chosen at random (no nesting; slots allowed inside)

Slots every story provides (see `corpus.make_story`): ward "phường Tương Mai", ward_full (the
ward with its province: "xã Phù Cát, tỉnh Gia Lai"; in leads), wname "Tương Mai", wtype "phường" (or "xã", "đặc khu"), ward2 (another unit of the province), prov "thành
phố Hà Nội", city "Thành phố", party "Thành ủy", term "2025-2030", day "14/8", dayfull "14/8/2025", year "2025", next "2026", event (the story's
event noun: "Đại hội", "kỳ họp", ...), the officials (sec, dep, chair, vhd, vub, mttq, guest,
each with _t: title without the place, _tw: title with the place) and the figures (delegates,
members, revenue, revenue_pct, ...). A slot name with a capital ("{Ward}", "{Sec_tw}") is the
value with its first letter in capitals.
"""

from __future__ import annotations

# --- names -----------------------------------------------------------------------------------

# Family names, most common first (a person's name starts with one of these).
SURNAMES = ("Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ "
            "Ngô Dương Lý Đào Đoàn Vương Trịnh Lương Đinh Lâm Mai Tạ Chu Cao Tô Kiều Quách "
            "Trương Lưu Tăng Triệu Phùng Nghiêm Khúc Lại Nông Giang Thân Doãn Mạc").split()
# Middle names for men and for women.
MIDDLE_M = "Văn Văn Hữu Đức Minh Quang Ngọc Xuân Thế Công Mạnh Duy Tiến Bảo Gia Hải Trọng Đình Quốc Việt Anh Thanh Trung Khắc".split()
MIDDLE_F = "Thị Thị Thị Thu Hồng Ngọc Thanh Minh Kim Thúy Phương Diệu Bích Lan Hải Mai Khánh Tuyết".split()
# Given names for men and for women.
GIVEN_M = ("Hùng Dũng Tuấn Tùng Long Nam Sơn Hải Thắng Cường Hiếu Trung Khánh Huy Kiên Vinh "
           "Toàn Thành Đạt Hòa Quân Phong Hưng Nghĩa Thịnh Tú Lộc Bình Quyết Khải Định Tiến "
           "Chiến Hậu Luân Phúc Thuận Trường Tâm Đông Giang Lực Nhân").split()
GIVEN_F = ("Hà Lan Hương Mai Trang Hằng Phương Hoa Linh Quyên Thảo Nga Yến Nhung Oanh Loan Chi "
           "Ngân Huyền Thủy Vân Dung Hạnh Liên Nhàn Thoa Tuyết Vy Nhi Ánh Diệp Hiền Lý Xuân").split()

# --- offices (title without the place; the generator adds "{ward}" or the city) -------------

# Ward offices: slot -> the ways a paper writes it (several offices are held together).
WARD_OFFICES = {
    "sec": ("Bí thư Đảng ủy, Chủ tịch HĐND", "Bí thư Đảng ủy", "Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân"),  # party secretary
    "dep": ("Phó Bí thư Thường trực Đảng ủy", "Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND"),  # standing deputy secretary
    "chair": ("Phó Bí thư Đảng ủy, Chủ tịch UBND", "Chủ tịch UBND", "Chủ tịch Ủy ban nhân dân"),  # people's committee chair
    "vhd": ("Phó Chủ tịch HĐND", "Phó Chủ tịch Thường trực HĐND"),  # council vice-chair
    "vub": ("Phó Chủ tịch UBND", "Đảng ủy viên, Phó Chủ tịch UBND"),  # committee vice-chair
    "mttq": ("Chủ tịch Ủy ban MTTQ Việt Nam", "Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam"),  # front chair
}
# City or province guests: "{party}" is Thành ủy / Tỉnh ủy, "{city}" Thành phố / tỉnh.
GUEST_OFFICES = (
    "Ủy viên Ban Thường vụ {party}, Phó Chủ tịch UBND {city}",  # standing member, vice-chair
    "Phó Chủ tịch Thường trực HĐND {city}",  # standing council vice-chair
    "Ủy viên Ban Thường vụ {party}, Trưởng Ban Tổ chức {party}",  # head of organisation
    "{party} viên, Phó Chủ tịch UBND {city}",  # committee member, vice-chair
    "Ủy viên Ban Thường vụ {party}, Chủ nhiệm Ủy ban Kiểm tra {party}",  # inspection chair
    "Phó Trưởng Ban Tuyên giáo và Dân vận {party}",  # deputy head of propaganda
    "Ủy viên Ban Thường vụ {party}, Trưởng đoàn công tác số {team} của {party}",  # delegation head
)

# Reporters' pen names: a given name pair or a surname and a given name.
PEN_NAMES = ("Minh An", "Gia Hân", "Thu Trang", "Hoài Nam", "Khánh Linh", "Bảo Ngọc", "Hà Phương",
             "Quỳnh Chi", "Ngọc Lan", "Đức Anh", "Thanh Tùng", "Mai Hoa", "Hải Yến", "Phương Thảo",
             "Lê Minh", "Trần Hải", "Vũ Thoa", "Đỗ Hằng", "Hồng Nhung", "Tuấn Kiệt", "Việt Hà",
             "Kim Oanh", "Diệu Linh", "Quang Huy")

# --- story kinds: the event, its headlines and leads ---------------------------------------

# kind -> (event noun, long name of the event). Long names take slots.
EVENTS = {
    "congress": ("Đại hội", "Đại hội đại biểu Đảng bộ {ward} lần thứ I, nhiệm kỳ {term}"),  # party congress
    "council": ("kỳ họp", "Kỳ họp thứ {session} HĐND {ward} khóa I, nhiệm kỳ 2021-2026"),  # council session
    "review": ("hội nghị", "Hội nghị tổng kết công tác năm {year}, triển khai nhiệm vụ năm {next}"),  # year review
    "election": ("cuộc bầu cử", "cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031"),  # election
    "welfare": ("chương trình", "chương trình trao quà cho gia đình chính sách, hộ nghèo và hộ cận nghèo"),  # gifts
    "urban": ("đợt ra quân", "đợt ra quân lập lại trật tự đô thị và vệ sinh môi trường"),  # urban order drive
    "digital": ("chiến dịch", "chiến dịch hỗ trợ người dân sử dụng dịch vụ công trực tuyến"),  # e-government
}

HEADLINES = {
    "congress": (
        "{Ward}: [Khơi dậy|Phát huy] khát vọng [phát triển|vươn lên] trong nhiệm kỳ {term}",
        "Đại hội Đảng bộ {ward} lần thứ I: [Đoàn kết|Đồng lòng], [đổi mới|sáng tạo], [bứt phá|phát triển]",
        "{Ward} xác định {breakthroughs} khâu đột phá nhiệm kỳ {term}",
        "Đảng bộ {ward} đặt mục tiêu thu ngân sách tăng {growth} mỗi năm",
        "{Ward}: [Xây dựng|Phấn đấu xây dựng] {wtype} [văn minh, hiện đại|xanh, sạch, đẹp] với {targets} chỉ tiêu chủ yếu",
        "Đồng chí {sec} được chỉ định giữ chức Bí thư Đảng ủy {ward}",
        "{Ward} tổ chức thành công Đại hội đại biểu Đảng bộ lần thứ I",
        "[Những dấu ấn|Dấu ấn] của Đảng bộ {ward} sau ngày vận hành chính quyền hai cấp",
    ),
    "council": (
        "Kỳ họp thứ {session} HĐND {ward}: Thông qua {resolutions} nghị quyết quan trọng",
        "HĐND {ward} [quyết nghị|thống nhất] {targets} chỉ tiêu phát triển năm {next}",
        "{Ward}: Thu ngân sách đạt {revenue_pct} dự toán [được giao|năm {year}]",
        "HĐND {ward} [giám sát chặt chẽ|tăng cường giám sát] việc giải ngân đầu tư công",
        "{Ward} dành {invest} tỷ đồng cho các công trình [hạ tầng|trường học, y tế] năm {next}",
        "Cử tri {ward} [kiến nghị|đề xuất] nhiều nội dung về trật tự xây dựng",
        "Kỳ họp HĐND {ward}: [Lấy người dân làm trung tâm|Quyết tâm hoàn thành kế hoạch năm {next}]",
    ),
    "review": (
        "{Ward}: [Tạo nền tảng|Xây dựng nền tảng] vững chắc cho năm {next}",
        "{Ward} tổng kết năm {year}: Thu ngân sách vượt [dự toán|kế hoạch], an sinh được bảo đảm",
        "Năm đầu vận hành mô hình mới, {ward} hoàn thành [vượt mức|toàn diện] các chỉ tiêu",
        "{Ward} ký giao ước thi đua năm {next} với {branches} tổ chức cơ sở Đảng",
        "{Ward}: Giải quyết {dossiers} hồ sơ hành chính, [không để tồn đọng|đúng hạn trên {ontime}]",
        "Tăng trưởng kinh tế của {ward} ước đạt {growth} trong năm {year}",
        "{Ward} [khen thưởng|biểu dương] tập thể, cá nhân [tiêu biểu|xuất sắc] năm {year}",
    ),
    "election": (
        "{Ward}: Tỷ lệ cử tri đi bầu đạt {turnout}",
        "[Hơn|Gần] {voters} cử tri {ward} [nô nức|phấn khởi] đi bầu cử",
        "{Ward} [sẵn sàng|hoàn tất chuẩn bị] cho ngày hội non sông",
        "{Ward} [bố trí|thành lập] {units} tổ bầu cử, bảo đảm an toàn tuyệt đối",
        "Bầu cử tại {ward}: [Cán bộ hỗ trợ người cao tuổi|Lực lượng đoàn viên hỗ trợ cử tri] tận tình",
        "{Ward} công bố kết quả bầu cử đại biểu HĐND nhiệm kỳ 2026-2031",
    ),
    "welfare": (
        "{Ward} trao {gifts} suất quà [Tết|nghĩa tình] cho hộ khó khăn",
        "[Ấm áp|Nghĩa tình] những phần quà của {ward} gửi đến người dân",
        "{Ward}: Hỗ trợ {gift_value} triệu đồng cho gia đình chính sách",
        "{Ward} [bàn giao|khánh thành] {houses} nhà Đại đoàn kết cho hộ nghèo",
        "Không để ai bị bỏ lại phía sau: {ward} [chăm lo|quan tâm] an sinh xã hội",
        "{Ward} tặng quà người dân nhân [kỷ niệm Quốc khánh|dịp Tết Nguyên đán]",
    ),
    "urban": (
        "{Ward} ra quân [giải quyết|xử lý] \"điểm nóng\" trật tự đô thị",
        "{Ward}: [Quyết liệt|Kiên quyết] lập lại trật tự vỉa hè, lòng đường",
        "{Ward} [thu gom|vận chuyển] {waste} tấn rác thải tồn đọng",
        "{Ward}: [Chuyển biến|Tạo chuyển biến] rõ nét về vệ sinh môi trường",
        "{Ward} xử lý {violations} trường hợp vi phạm trật tự xây dựng",
        "Phường, xã đồng hành: {ward} [cải tạo|chỉnh trang] {streets} tuyến phố",
    ),
    "digital": (
        "{Ward} hướng tới chính quyền số, đô thị [thông minh|văn minh]",
        "{Ward}: {online_rate} hồ sơ được tiếp nhận trực tuyến",
        "{Ward} [phát động|triển khai] phong trào \"Bình dân học vụ số\"",
        "{Ward} [hỗ trợ|hướng dẫn] {citizens} người dân cài đặt chữ ký số",
        "Chuyển đổi số ở {ward}: [Người dân là trung tâm|Lấy sự hài lòng làm thước đo]",
        "{Ward} [đưa vào vận hành|khai trương] Trung tâm phục vụ hành chính công",
    ),
}

LEADS = {
    "congress": (
        "[Sáng|Chiều|Ngày] {day}, Đảng bộ {ward_full} [long trọng|trọng thể] tổ chức {event_long}, với sự tham dự của {delegates} đại biểu đại diện cho [hơn|gần] {members} đảng viên.",
        "{Event_long} đã diễn ra [sáng|chiều|trong hai ngày] {day} tại Trung tâm văn hóa {ward_full}, với {delegates} đại biểu chính thức.",
        "Với chủ đề [\"Đoàn kết - Dân chủ - Kỷ cương - Đột phá - Phát triển\"|\"Đổi mới, sáng tạo, vì hạnh phúc của Nhân dân\"], {event_long} [khai mạc|diễn ra] [sáng|chiều] {day}.",
        "[Sáng|Chiều] {dayfull}, {delegates} đại biểu thay mặt cho {members} đảng viên của Đảng bộ {ward_full} về dự Đại hội lần thứ I, nhiệm kỳ {term}.",
    ),
    "council": (
        "[Sáng|Chiều|Ngày] {day}, HĐND {ward_full} [tổ chức|khai mạc] {event_long} để xem xét, quyết định nhiều nội dung quan trọng về kinh tế - xã hội và ngân sách.",
        "{Event_long} [đã bế mạc|diễn ra] [sáng|chiều] {day}, sau [một ngày|hai ngày] làm việc [khẩn trương|nghiêm túc], trách nhiệm.",
        "Ngày {dayfull}, HĐND {ward_full} đã tổ chức {event_long}; [dự|tham dự] kỳ họp có {councillors} đại biểu HĐND {wtype} và đại diện cử tri.",
        "[Sáng|Chiều] {day}, {event_long} đã [thông qua|biểu quyết thông qua] {resolutions} nghị quyết, trong đó có dự toán thu, chi ngân sách năm {next}.",
    ),
    "review": (
        "[Ngày|Sáng|Chiều] {day}, Đảng ủy - HĐND - UBND - Ủy ban MTTQ Việt Nam {ward_full} tổ chức {event_long}.",
        "{Ward_full} vừa tổ chức {event_long}, đánh giá [toàn diện|khách quan] kết quả năm đầu vận hành mô hình chính quyền địa phương hai cấp.",
        "[Sáng|Chiều] {dayfull}, UBND {ward_full} tổ chức {event_long}; [dự hội nghị|tham dự] có lãnh đạo {party} {prov_name} và các ban, ngành.",
        "Năm {year} khép lại với nhiều kết quả [nổi bật|đáng ghi nhận] của {ward_full}, được đánh giá tại {event_long} [sáng|chiều] {day}.",
    ),
    "election": (
        "Từ [sáng sớm|6 giờ sáng] {day}, [hơn|gần] {voters} cử tri {ward_full} đã đến {units} khu vực bỏ phiếu để thực hiện quyền và nghĩa vụ công dân.",
        "Ngày {dayfull}, cùng với cử tri cả nước, cử tri {ward_full} tham gia {event_long} trong không khí [phấn khởi|trang nghiêm].",
        "Ủy ban bầu cử {ward_full} cho biết, đến [17 giờ|19 giờ] ngày {day}, tỷ lệ cử tri đi bầu trên địa bàn đạt {turnout}.",
        "[Chuẩn bị|Hướng tới] {event_long}, {ward_full} đã [kiện toàn|thành lập] {units} tổ bầu cử và niêm yết danh sách {voters} cử tri.",
    ),
    "welfare": (
        "[Ngày|Sáng|Chiều] {day}, {ward_full} tổ chức {event_long}, trao {gifts} suất quà với tổng trị giá {gift_value} triệu đồng.",
        "Nhằm [chăm lo|động viên] người dân có hoàn cảnh khó khăn, {ward_full} vừa tổ chức {event_long}.",
        "{Ward_full} đã trao {gifts} suất quà cho các gia đình chính sách, hộ nghèo và hộ cận nghèo trên địa bàn trong [dịp này|ngày {day}].",
        "Ủy ban MTTQ Việt Nam {ward_full} phối hợp với UBND {wtype} tổ chức {event_long} vào [sáng|chiều] {day}.",
    ),
    "urban": (
        "[Sáng|Ngày] {day}, UBND {ward_full} tổ chức lễ ra quân [lập lại|giải quyết] trật tự đô thị với sự tham gia của {volunteers} cán bộ, đoàn viên và người dân.",
        "Thực hiện chỉ đạo của UBND {city}, {ward_full} [vừa triển khai|đã phát động] {event_long} trên toàn địa bàn.",
        "Sau khi đi vào hoạt động theo mô hình mới, {ward_full} xác định trật tự đô thị là [nhiệm vụ trọng tâm|khâu đột phá] của năm {year}.",
        "{Ward_full} [đã tổ chức|tổ chức] {event_long} trên {streets} tuyến phố, ngõ xóm vào [sáng|chiều] {day}.",
    ),
    "digital": (
        "[Ngày|Sáng] {day}, UBND {ward_full} phát động {event_long}, hướng tới mục tiêu [100%|hầu hết] hồ sơ được xử lý trên môi trường số.",
        "Thực hiện kế hoạch của UBND {city}, {ward_full} [đã triển khai|triển khai] {event_long} tại {units} tổ dân phố.",
        "Sau {months} tháng vận hành, Trung tâm phục vụ hành chính công {ward_full} đã tiếp nhận {dossiers} hồ sơ, trong đó {online_rate} được nộp trực tuyến.",
        "{Ward_full} vừa [tổng kết|sơ kết] {event_long}, với {citizens} người dân được hỗ trợ [trực tiếp|tại nhà].",
    ),
}

# --- body sentences -------------------------------------------------------------------------

# Who came: the guest from the city or province, always with the title (a later "đồng chí X"
# alone refers back to it).
GUEST_INTRO = (
    "[Dự|Tham dự] {event} có đồng chí {guest}, {guest_t}; cùng các đồng chí lãnh đạo {ward}.",
    "Về dự và chỉ đạo {event} có đồng chí {guest} - {guest_t}.",
    "Đến dự có đồng chí {guest} - {guest_t} và đại diện lãnh đạo các sở, ngành {city}.",
    "{Event} vinh dự đón đồng chí {guest}, {guest_t}, về dự và phát biểu chỉ đạo.",
    "[Dự|Tham dự] và chỉ đạo {event} có {guest_t} {guest}.",
    "Đoàn công tác của {party} do đồng chí {guest}, {guest_t}, làm trưởng đoàn đã [dự|về dự] {event}.",
    "[Có mặt|Cùng dự] tại {event} có đồng chí {guest} - {guest_t}.",
    "{Guest_t} {guest} [đã đến dự|về dự] và [phát biểu chỉ đạo|chúc mừng] {event}.",
    "[Dự|Tham dự] {event} có đồng chí {guest}, {guest_t}, cùng đại diện các ban, ngành của {city}.",
    "Đồng chí {guest}, {guest_t}, [dự và chỉ đạo|tham dự và phát biểu tại] {event}.",
    "[Về dự|Dự] {event}, về phía {city} có {guest_t} {guest}.",
)

# Who presided: the ward's officials with their titles.
ATTENDANCE = (
    "Tham dự có các đồng chí: {sec}, {sec_t} {wtype}; {dep}, {dep_t}; {chair}, {chair_t} {wtype}.",
    "Đồng chí {sec} - {sec_t} {wtype} và đồng chí {chair} - {chair_t} {wtype} [đồng chủ trì|chủ trì] {event}.",
    "[Chủ trì|Điều hành] {event} có các đồng chí: {sec}, {sec_t} {wtype}; {vhd}, {vhd_t} {wtype}.",
    "Dự {event} còn có đồng chí {mttq}, {mttq_t} {wtype}, cùng đại diện các tổ dân phố.",
    "Về phía {ward} có đồng chí {dep}, {dep_t} và đồng chí {vub}, {vub_t} {wtype}.",
    "{Event} do đồng chí {chair}, {chair_t} {wtype}, [chủ trì|điều hành].",
    "Cùng dự có đồng chí {vhd}, {vhd_t} {wtype}, và đồng chí {mttq}, {mttq_t} {wtype}.",
    "Đồng chí {dep}, {dep_t} {wtype}, [điều hành|dẫn dắt] phần thảo luận tại {event}.",
    "Tham dự còn có đồng chí {vub} - {vub_t} {wtype} và lãnh đạo các phòng, ban chuyên môn.",
    "Chủ trì {event} có đồng chí {sec}, {sec_t} {wtype}, cùng các đồng chí trong Ban Thường vụ Đảng ủy.",
)

# Achievements, kind-neutral; several carry figures.
RESULTS = (
    "[Kinh tế|Kinh tế của {wtype}] tiếp tục [tăng trưởng ổn định|duy trì đà tăng trưởng]; tổng thu ngân sách trên địa bàn đạt {revenue} tỷ đồng, bằng {revenue_pct} dự toán.",
    "Công tác cải cách hành chính có nhiều chuyển biến; {online_rate} hồ sơ được giải quyết trực tuyến, [không có|không để] hồ sơ quá hạn.",
    "Văn hóa - xã hội có nhiều [chuyển biến tích cực|tiến bộ]; an sinh xã hội được bảo đảm, đời sống của người dân [từng bước được nâng lên|được cải thiện rõ rệt].",
    "Trên địa bàn có {families} hộ gia đình đạt danh hiệu gia đình văn hóa, chiếm {family_rate} tổng số hộ.",
    "Công tác quản lý đô thị được tăng cường; {violations} trường hợp vi phạm trật tự xây dựng đã được xử lý [dứt điểm|kịp thời].",
    "Thu nhập bình quân đầu người ước đạt {income} triệu đồng/người/năm, tăng {growth} so với cùng kỳ.",
    "UBND {wtype} đã ban hành {documents} văn bản chỉ đạo, tổ chức {meetings} cuộc họp; [100%|gần như toàn bộ] văn bản được xử lý trên môi trường mạng.",
    "Toàn {wtype} hiện có {poor} hộ nghèo và {near_poor} hộ cận nghèo, giảm [mạnh|đáng kể] so với đầu nhiệm kỳ.",
    "Công tác xây dựng Đảng đạt nhiều kết quả; Đảng bộ đã kết nạp {new_members} đảng viên mới, [vượt|đạt] chỉ tiêu đề ra.",
    "Các trường học trên địa bàn [duy trì|giữ vững] chất lượng giáo dục; {schools} trường đạt chuẩn quốc gia.",
    "Phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\" được [duy trì|triển khai] sâu rộng ở {units} tổ dân phố.",
    "An ninh chính trị, trật tự an toàn xã hội được giữ vững; số vụ phạm pháp hình sự giảm {crime_drop} so với năm trước.",
    "Tổng vốn đầu tư công được giải ngân đạt {invest} tỷ đồng, bằng {disburse_pct} kế hoạch.",
    "[Công tác y tế|Công tác chăm sóc sức khỏe nhân dân] được quan tâm; tỷ lệ người dân tham gia bảo hiểm y tế đạt {insurance}.",
    "Đảng bộ hiện có {branches} chi bộ trực thuộc với {members} đảng viên; [100%|hầu hết] chi bộ hoàn thành tốt nhiệm vụ.",
    "Nhiều công trình [dân sinh|hạ tầng] được hoàn thành và đưa vào sử dụng, [góp phần|từng bước] thay đổi diện mạo đô thị.",
    "Sau sắp xếp, {wtype} có diện tích {area} km² và quy mô dân số [khoảng|hơn] {population} người.",
    "[Hoạt động|Phong trào] thi đua yêu nước được [đẩy mạnh|phát động sâu rộng]; nhiều tập thể, cá nhân được khen thưởng.",
    "Công tác tiếp công dân, giải quyết đơn thư được thực hiện [nghiêm túc|đúng quy định]; {petitions} đơn thư đã được giải quyết.",
    "Hoạt động của Mặt trận Tổ quốc và các đoàn thể [hướng mạnh về cơ sở|có nhiều đổi mới], tạo sự đồng thuận trong Nhân dân.",
    "Tổng số hộ kinh doanh trên địa bàn tăng lên {families}, [nhiều|phần lớn] hộ đã chuyển sang thanh toán không dùng tiền mặt.",
    "Công tác chuyển đổi số có bước tiến rõ; {signatures} người dân đã có tài khoản định danh điện tử mức 2.",
    "Tỷ lệ người dân tham gia bảo hiểm y tế đạt {insurance}, [cao hơn|vượt] chỉ tiêu {city} giao.",
    "{Wtype} đã hoàn thành [giải phóng mặt bằng|bàn giao mặt bằng] cho {projects} dự án trọng điểm.",
    "Lực lượng công an {wtype} đã [giải quyết|tiếp nhận và xử lý] {petitions} tin báo, tố giác tội phạm.",
    "Các hoạt động văn hóa, thể thao được tổ chức [sôi nổi|thường xuyên], thu hút [đông đảo|hàng nghìn lượt] người dân tham gia.",
    "Công tác quân sự - quốc phòng địa phương được [duy trì|thực hiện] nghiêm; [100%|toàn bộ] chỉ tiêu giao quân được hoàn thành.",
    "Sau sắp xếp, bộ máy của {wtype} được kiện toàn với [các phòng chuyên môn|ba phòng chuyên môn và một trung tâm], hoạt động [thông suốt|ổn định].",
)

# Figures tied to a kind of story (added to its results and figures paragraphs).
KIND_FIGURES = {
    "congress": (
        "Đại hội đã [bầu|chỉ định] Ban Chấp hành Đảng bộ khóa I gồm {committee} đồng chí và {delegates_up} đại biểu dự Đại hội Đảng bộ {city}.",
        "Nhiệm kỳ {term}, Đảng bộ {wtype} đề ra {targets} chỉ tiêu chủ yếu, {tasks} nhiệm vụ trọng tâm và {breakthroughs} khâu đột phá.",
        "Phấn đấu đến năm 2030, thu ngân sách tăng bình quân {growth}/năm; tỷ lệ hộ nghèo giảm về dưới {poor_rate}.",
        "Đại hội biểu quyết thông qua Nghị quyết với tỷ lệ [tán thành|nhất trí] {agree}.",
    ),
    "council": (
        "Kỳ họp đã thông qua {resolutions} nghị quyết, trong đó dự toán thu ngân sách năm {next} là {budget_next} tỷ đồng.",
        "Tổng chi ngân sách {wtype} năm {next} được [quyết định|phân bổ] là {spend} tỷ đồng, [ưu tiên|dành phần lớn] cho đầu tư phát triển.",
        "Tại kỳ họp, {questions} lượt đại biểu đã tham gia chất vấn, [tập trung|xoáy sâu] vào trật tự xây dựng và giải ngân vốn đầu tư công.",
        "HĐND {wtype} đã tiếp nhận {petitions} ý kiến, kiến nghị của cử tri; đến nay [đã giải quyết|đã trả lời] {answered}.",
    ),
    "review": (
        "Năm {year}, tổng thu ngân sách nhà nước trên địa bàn đạt {revenue_m} triệu đồng, bằng {revenue_pct} chỉ tiêu được giao.",
        "Trung tâm phục vụ hành chính công đã tiếp nhận {dossiers} hồ sơ, giải quyết đúng hạn {ontime}.",
        "Hội nghị đã khen thưởng {awards_groups} tập thể và {awards_people} cá nhân có thành tích xuất sắc trong năm {year}.",
        "Đảng ủy {wtype} phối hợp mở {courses} lớp bồi dưỡng cho {trainees} lượt học viên, đạt 100% kế hoạch.",
    ),
    "election": (
        "Toàn {wtype} có {voters} cử tri [được ghi tên|có tên] trong danh sách, bầu tại {units} khu vực bỏ phiếu.",
        "Đến cuối ngày, tỷ lệ cử tri đi bầu đạt {turnout}, [không có|không xảy ra] sự cố phức tạp.",
        "{Wtype} đã bố trí {volunteers} đoàn viên, thanh niên hỗ trợ người cao tuổi và người khuyết tật đi bầu.",
        "Có {candidates} người ứng cử để bầu {seats} đại biểu HĐND {wtype} nhiệm kỳ 2026-2031.",
    ),
    "welfare": (
        "Tổng cộng {gifts} suất quà đã được trao, trị giá {gift_value} triệu đồng, từ ngân sách {wtype} và nguồn xã hội hóa.",
        "Quỹ \"Vì người nghèo\" của {wtype} năm nay vận động được {fund} triệu đồng.",
        "{Wtype} đã hỗ trợ xây mới, sửa chữa {houses} nhà Đại đoàn kết với tổng kinh phí {house_money} triệu đồng.",
        "Mỗi suất quà gồm tiền mặt và nhu yếu phẩm trị giá {gift_each} đồng.",
    ),
    "urban": (
        "Lực lượng chức năng đã thu gom {waste} tấn rác thải, phế thải xây dựng và giải tỏa {violations} điểm lấn chiếm vỉa hè.",
        "Đã có {streets} tuyến phố được ra quân chỉnh trang, {volunteers} lượt người dân tham gia.",
        "Từ đầu năm, {wtype} đã xử phạt {fines} trường hợp vi phạm với số tiền {fine_money} triệu đồng.",
        "Tỷ lệ rác thải sinh hoạt được thu gom, xử lý trong ngày đạt {waste_rate}.",
    ),
    "digital": (
        "Tỷ lệ hồ sơ trực tuyến toàn trình đạt {online_rate}; {signatures} người dân đã được cấp chữ ký số.",
        "{Wtype} đã thành lập {units} tổ công nghệ số cộng đồng với {volunteers} thành viên.",
        "Mức độ hài lòng của người dân với dịch vụ hành chính công đạt {satisfaction}.",
        "Trong {months} tháng, {citizens} người dân được hướng dẫn kích hoạt định danh điện tử mức 2.",
    ),
}

# A guest's or leader's speech: directions for the period ahead.
DIRECTION = (
    "Phát biểu chỉ đạo, đồng chí {guest} [ghi nhận|biểu dương] những kết quả mà Đảng bộ, chính quyền và Nhân dân {ward} đạt được.",
    "Đồng chí {guest} đề nghị {ward} tiếp tục [rà soát|hoàn thiện] quy chế làm việc, bảo đảm bộ máy vận hành thông suốt, không gián đoạn.",
    "[Nhấn mạnh|Lưu ý] yêu cầu nhiệm vụ thời gian tới, đồng chí {guest_t} đề nghị {wtype} chú trọng khai thác tiềm năng, lợi thế của địa phương.",
    "Đồng chí {guest} yêu cầu cấp ủy, chính quyền {wtype} [tập trung|quyết liệt] giải quyết những tồn tại về trật tự xây dựng, vệ sinh môi trường.",
    "Theo đồng chí {guest}, {wtype} cần đẩy mạnh chuyển đổi số, coi đây là [động lực|giải pháp then chốt] để nâng cao chất lượng phục vụ người dân.",
    "Đồng chí cũng đề nghị {wtype} [quan tâm|chăm lo] đào tạo, bồi dưỡng đội ngũ cán bộ có bản lĩnh, dám nghĩ, dám làm, dám chịu trách nhiệm.",
    "Phát biểu [tiếp thu|kết luận], đồng chí {sec}, {sec_t} {ward} [khẳng định|cho biết], {wtype} sẽ tiếp thu đầy đủ ý kiến chỉ đạo.",
    "Đồng chí {chair}, {chair_t} {wtype} cho biết, UBND {wtype} sẽ [cụ thể hóa|triển khai] các nghị quyết bằng kế hoạch hành động với lộ trình rõ ràng.",
    "Theo {chair_tw} {chair}, năm {next} {wtype} tập trung [giải ngân|đẩy nhanh tiến độ] các dự án đầu tư công trọng điểm.",
    "{Sec_tw} {sec} nhấn mạnh yêu cầu giữ vững kỷ cương hành chính, lấy sự hài lòng của Nhân dân làm thước đo hiệu quả công việc.",
    "Đồng chí đề nghị [chú trọng|tăng cường] công tác kiểm tra, giám sát, kịp thời chấn chỉnh những hạn chế, thiếu sót.",
    "{Guest_t} {guest} lưu ý {wtype} cần làm tốt công tác dân vận, lắng nghe và giải quyết kịp thời kiến nghị chính đáng của người dân.",
    "Cùng với đó, {wtype} cần [bảo tồn|phát huy] giá trị các di tích, lễ hội truyền thống gắn với phát triển du lịch, dịch vụ.",
    "Đồng chí {vhd}, {vhd_t} {wtype} đề nghị các đại biểu tăng cường tiếp xúc cử tri, [nắm bắt|phản ánh] kịp thời tâm tư của Nhân dân.",
    "[Báo cáo|Trình bày] tại {event}, đồng chí {vub}, {vub_t} {wtype} nêu rõ những khó khăn về hạ tầng và nguồn lực sau sắp xếp.",
    "Đồng chí {guest} [đề nghị|yêu cầu] {ward} tập trung tháo gỡ vướng mắc trong giải phóng mặt bằng các dự án đầu tư công.",
    "[Chỉ đạo|Phát biểu] tại {event}, đồng chí {guest} nhấn mạnh vai trò của người đứng đầu trong [thực hiện|triển khai] nhiệm vụ.",
    "{Guest_t} {guest} đề nghị {wtype} chủ động [rà soát|đánh giá] các chỉ tiêu còn khó khăn để có giải pháp phù hợp.",
    "Đồng chí {guest} lưu ý công tác phòng cháy, chữa cháy tại các khu dân cư đông đúc [cần được|phải được] quan tâm thường xuyên.",
    "Đồng chí {sec}, {sec_t} {wtype}, [cảm ơn|trân trọng cảm ơn] sự quan tâm của {city} và khẳng định quyết tâm của cấp ủy, chính quyền.",
    "Theo đồng chí {chair}, {chair_t} {wtype}, khó khăn lớn nhất hiện nay là [hạ tầng xuống cấp|nguồn lực đầu tư còn hạn chế].",
    "Đồng chí {dep}, {dep_t} {wtype}, đề nghị các chi bộ [nâng cao chất lượng sinh hoạt|đổi mới nội dung sinh hoạt] định kỳ.",
    "{Vub_tw} {vub} cho biết, {wtype} sẽ [công khai|niêm yết] đầy đủ thủ tục hành chính tại Trung tâm phục vụ hành chính công.",
    "Đồng chí {mttq}, {mttq_t} {wtype}, đề nghị các tổ dân phố [phát huy|tiếp tục phát huy] vai trò giám sát của Nhân dân.",
    "Đồng chí {guest} đánh giá cao [tinh thần đoàn kết|sự chủ động] của tập thể lãnh đạo {ward} trong năm đầu vận hành mô hình mới.",
)

# Tasks and aims for the period ahead.
TASKS = (
    "Năm {next}, {ward} [đặt mục tiêu|phấn đấu] thu ngân sách đạt {budget_next} tỷ đồng, tăng {growth} so với năm {year}.",
    "{Wtype} tập trung {tasks} nhóm nhiệm vụ, giải pháp, trong đó ưu tiên [phát triển hạ tầng|chỉnh trang đô thị], cải cách hành chính và chuyển đổi số.",
    "Mục tiêu đến năm 2030 là [xây dựng|phát triển] {ward} xanh, sạch, đẹp, văn minh, hiện đại, người dân có cuộc sống [ấm no|hạnh phúc].",
    "{Wtype} phấn đấu [100%|toàn bộ] trường học đạt chuẩn quốc gia và tỷ lệ hộ gia đình văn hóa đạt trên {family_rate}.",
    "[Các|Những] khâu đột phá được xác định gồm: hoàn thiện hạ tầng giao thông, nâng cao chất lượng cán bộ và đẩy mạnh chuyển đổi số.",
    "{Wtype} sẽ [rà soát|thống kê] quỹ đất công, đề xuất {city} đầu tư xây dựng nhà văn hóa, sân chơi cho thiếu nhi tại các tổ dân phố.",
    "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến phấn đấu đạt trên {online_rate}.",
    "[{Wtype}|{Ward}] tiếp tục thực hiện nghiêm quy định về nêu gương, [xây dựng|củng cố] hệ thống chính trị trong sạch, vững mạnh.",
    "Trong năm {next}, {wtype} sẽ khởi công {projects} công trình, tổng mức đầu tư khoảng {invest} tỷ đồng.",
    "Cùng với phát triển kinh tế, {wtype} chú trọng giảm nghèo bền vững, [phấn đấu|quyết tâm] không còn hộ nghèo vào cuối nhiệm kỳ.",
    "{Wtype} tiếp tục [kiện toàn|sắp xếp] các tổ dân phố, bảo đảm {units} tổ dân phố hoạt động hiệu quả, gần dân.",
    "{Ward} sẽ phối hợp với các phường, xã lân cận, trong đó có {ward2}, để giải quyết những vấn đề liên vùng về giao thông và thoát nước.",
    "{Wtype} sẽ [số hóa|chuẩn hóa] toàn bộ hồ sơ, dữ liệu đất đai và dân cư trong năm {next}.",
    "Mục tiêu năm {next} là [không để phát sinh|xử lý dứt điểm] vi phạm mới về trật tự xây dựng.",
    "Phấn đấu tỷ lệ người dân hài lòng với dịch vụ hành chính công đạt trên {satisfaction}.",
    "{Wtype} tiếp tục [vận động|huy động] nguồn lực xã hội hóa để xây dựng {houses} nhà Đại đoàn kết cho hộ khó khăn.",
    "Công tác [phát triển đảng viên|kết nạp đảng viên] phấn đấu đạt {new_members} đảng viên mới mỗi năm.",
    "[Hoàn thành|Phấn đấu hoàn thành] việc cải tạo, chỉnh trang {streets} tuyến phố, ngõ xóm trong nhiệm kỳ.",
    "{Wtype} sẽ [nâng cấp|mở rộng] hệ thống camera an ninh, phấn đấu phủ kín các tuyến đường chính.",
    "Tiếp tục [nâng cao|củng cố] chất lượng hoạt động của {units} tổ công nghệ số cộng đồng.",
    "{Wtype} đề ra mục tiêu thu nhập bình quân đầu người đạt {income} triệu đồng/người/năm vào năm 2030.",
    "[Tập trung|Ưu tiên] nguồn lực cho giáo dục, bảo đảm {schools} trường học đủ phòng học theo chuẩn.",
)

# Closing lines.
CLOSING = (
    "{Event_long} đã kết thúc [thành công tốt đẹp|thành công], [tạo khí thế mới|mở ra giai đoạn phát triển mới] cho {ward}.",
    "Kết thúc {event}, các đại biểu [biểu quyết|nhất trí] thông qua các nội dung với tỷ lệ tán thành cao.",
    "Dịp này, {awards_groups} tập thể và {awards_people} cá nhân [được tặng Giấy khen|được khen thưởng] vì có thành tích xuất sắc.",
    "Với quyết tâm chính trị cao, {ward} bước vào năm {next} với [khí thế|niềm tin] mới.",
    "Tại {event}, {ward} đã ký kết chương trình phối hợp với Ủy ban MTTQ Việt Nam {wtype} giai đoạn {term}.",
    "{Event} cũng công bố quyết định chỉ định {delegates_up} đại biểu chính thức dự Đại hội Đảng bộ {city}.",
    "Các đại biểu đã [thống nhất|nhất trí] cao với báo cáo và chương trình công tác năm {next}.",
    "Ngay sau {event}, các chi bộ sẽ [quán triệt|triển khai] nghị quyết tới từng đảng viên.",
    "{Event} là dấu mốc quan trọng, [thể hiện|khẳng định] quyết tâm của Đảng bộ, chính quyền và Nhân dân {ward}.",
    "Khép lại {event}, {ward} [phát động|ra quân] đợt thi đua cao điểm chào mừng các ngày lễ lớn.",
    "Các đại biểu đã [chụp ảnh lưu niệm|cùng chụp ảnh lưu niệm] và [thăm quan|tham quan] khu trưng bày thành tựu của {wtype}.",
    "Kết thúc {event}, {ward} đã [trao|tặng] {awards_groups} Giấy khen cho các tập thể tiêu biểu.",
    "Theo kế hoạch, {wtype} sẽ [sơ kết|đánh giá] việc thực hiện nghị quyết vào giữa năm {next}.",
    "{Event} kết thúc trong không khí [phấn khởi|đoàn kết], [tin tưởng|quyết tâm] của các đại biểu.",
)

# Sentences that a re-published copy adds (a later paragraph's extra detail).
ADDED = (
    "Cũng tại {event}, đại diện các tổ dân phố đã [phát biểu|gửi] nhiều ý kiến tâm huyết về quản lý đô thị.",
    "Ngay sau {event}, lãnh đạo {wtype} đã [đi kiểm tra|khảo sát] thực tế một số công trình trên địa bàn.",
    "Theo kế hoạch, kết quả {event} sẽ được [thông tin|phổ biến] rộng rãi tới người dân qua hệ thống loa truyền thanh.",
    "Được biết, đây là lần đầu tiên {event} được tổ chức theo hình thức kết hợp trực tiếp và trực tuyến.",
    "[Trước đó|Trước {event}], các chi bộ đã tổ chức lấy ý kiến đóng góp vào dự thảo văn kiện.",
    "Trong giờ nghỉ giải lao, nhiều đại biểu đã [trao đổi|chia sẻ] kinh nghiệm về cải cách hành chính.",
    "[Dịp này|Cũng dịp này], {ward} đã [ra mắt|giới thiệu] trang thông tin điện tử mới của {wtype}.",
    "Một số ý kiến đề nghị {wtype} sớm [có giải pháp|xử lý] tình trạng ngập úng cục bộ vào mùa mưa.",
    "Đại diện cử tri đã [bày tỏ|gửi gắm] mong muốn chính quyền tiếp tục quan tâm đến người cao tuổi.",
    "Thông tin về {event} được [đăng tải|cập nhật] trên trang điện tử của {wtype} ngay trong ngày.",
)

# Subheadings set between paragraphs (magazine layout).
SUBHEADS = (
    "[Chủ động|Linh hoạt] trong giai đoạn chuyển đổi",
    "Nâng cao chất lượng [phục vụ Nhân dân|cán bộ]",
    "Đột phá từ [chuyển đổi số|cải cách hành chính]",
    "Những con số [ấn tượng|biết nói]",
    "[Quyết tâm|Khát vọng] cho chặng đường mới",
    "Lấy người dân làm trung tâm",
    "Giữ vững kỷ cương, [kỷ luật|trách nhiệm]",
    "Để chính quyền [gần dân|vì dân] hơn",
    "Những [dấu ấn|kết quả] nổi bật",
    "Năm {next}: [Tăng tốc|Bứt phá]",
    "Khơi thông nguồn lực",
    "Chuyển biến từ cơ sở",
)

# Photo captions.
CAPTIONS = (
    "Quang cảnh {event}",
    "Các đại biểu thực hiện nghi thức chào cờ",
    "Các đại biểu biểu quyết thông qua [nghị quyết|các nội dung]",
    "{Sec_tw} {sec} phát biểu [khai mạc|tại {event}|kết luận]",
    "{Chair_tw} {chair} [báo cáo tại|trình bày báo cáo tại] {event}",
    "{Guest_t} {guest} phát biểu chỉ đạo",
    "Đồng chí {guest} [tặng hoa chúc mừng {event}|trao Giấy khen cho các tập thể tiêu biểu]",
    "Lãnh đạo {ward} trao [quà|Giấy khen] cho các [hộ gia đình|tập thể] tiêu biểu",
    "Các đại biểu [chụp ảnh lưu niệm|dự {event}]",
    "Đoàn Chủ tịch điều hành {event}",
    "{Mttq_tw} {mttq} [trao quà|thăm hỏi] người dân",
    "Cán bộ {wtype} hướng dẫn người dân [thực hiện thủ tục|cài đặt ứng dụng]",
    "{Dep_tw} {dep} phát biểu [thảo luận|tham luận] tại {event}",
    "{Vhd_tw} {vhd} [điều hành|chủ trì] phần thảo luận",
    "{Vub_tw} {vub} [trình bày tờ trình|báo cáo kết quả] tại {event}",
    "Các đại biểu [dự|tham dự] {event} tại hội trường {ward}",
    "[Đại diện|Lãnh đạo] {ward} tặng hoa các đại biểu",
    "Lực lượng đoàn viên, thanh niên [hỗ trợ|hướng dẫn] người dân",
    "Toàn cảnh {event} [sáng|chiều] {day}",
    "[Các đại biểu|Đại biểu] phát biểu ý kiến tại {event}",
    "Đồng chí {guest} [trò chuyện|trao đổi] với người dân {ward}",
    "{Sec_tw} {sec} [trao Giấy khen|tặng Giấy khen] cho các tập thể",
)

# Another section label above a related list, per layout family.
RELATED_LABELS = ("Tin cùng chuyên mục", "Tin khác", "Tin liên quan", "Bài viết khác", "Tin mới")
