# -*- coding: utf-8 -*-
"""Build /work/blind3/overlap_blind3.json: labelled agency IT-inventory rows for an
overlap checker, written from the source documents only (1132/QĐ-TTg, 3090/QĐ-BKHCN,
5441/BKHCN-CĐSQG, 4577/BKHCN-CĐSQG, 05-QĐ/BCĐTW)."""
import glob, json, re, unicodedata, collections

SEEDS = "/work/shared/seeds/"
OUT = "/work/blind3/overlap_blind3.json"

# ---- 1132 Phụ lục II ids, numbered as in the document (A-nn, B-nn) ----
def platforms():
    txt = open(glob.glob(SEEDS + "004_*.txt")[0], encoding="utf-8").read().split("\n")
    grp, out = None, {}
    for l in txt:
        if l.startswith("A. Nhóm"): grp = "A"
        if l.startswith("B. Nhóm"): grp = "B"
        m = re.match(r"^(\d+)\t([^\t]*)\t", l)
        if grp and m:
            out[f"{grp}-{int(m.group(1)):02d}"] = m.group(2).strip()
    return out
PLAT = platforms()

# ---- citation helpers ----
def A(n): return f"1132/QĐ-TTg Phụ lục II mục A STT {n}"
def B(n): return f"1132/QĐ-TTg Phụ lục II mục B STT {n}"
D2 = "1132/QĐ-TTg Điều 2 khoản 2"
D2X = "1132/QĐ-TTg Điều 2 khoản 2 (ngoại lệ quốc phòng, an ninh, cơ yếu)"
D2L = "1132/QĐ-TTg Điều 2 khoản 2 (ngoại lệ theo pháp luật chuyên ngành)"
D31 = "1132/QĐ-TTg Điều 3 khoản 1 điểm d (cơ quan chủ quản đầu tư, xây dựng, vận hành nền tảng)"
def PL(m, lop): return f"3090/QĐ-BKHCN Phụ lục I mục {m} Lớp {lop}"
def II3(x): return f"3090/QĐ-BKHCN Phần II mục 3 điểm {x}"
K4577_1 = "4577/BKHCN-CĐSQG mục 1 (mỗi bộ, ngành có một HTTT giải quyết TTHC kéo dài tới các địa phương)"
K4577_3 = "4577/BKHCN-CĐSQG mục 3 (địa phương không chồng lấn; cấp xã không tự xây dựng riêng lẻ)"
K5441 = "5441/BKHCN-CĐSQG mục 2.2"
B05 = "1132/QĐ-TTg Phụ lục II mục B STT 5 (mỗi cơ quan cấp bộ triển khai HTTT giải quyết TTHC thuộc ngành mình, sử dụng thống nhất từ trung ương đến địa phương)"

# names of 3090 Phần II.3 national components that are not 1132 rows (document wording)
EMAIL = "Hệ thống thư điện tử (email) công vụ thống nhất"
NOTIFY = "Hệ thống thư điện tử phục vụ tiếp nhận thông báo do cơ quan nhà nước gửi đến"
BDHV = "Nền tảng Bình dân học vụ số"
PWAN = "Mạng thông tin diện rộng của Đảng"
CA = "Hệ thống chứng thực chữ ký số chuyên dùng công vụ"

def own(x):  # owner of the platform
    return f"Cơ quan chủ quản tự xây dựng/nâng cấp nền tảng của mình, không phải trùng lặp: {x}; {D31}."

E, P, X, R = "existing", "planned", "expanding", "retiring"

# (kind, agency, status, name, description, expected, expected_national, why)
ROWS = []
def add(kind, agency, status, name, desc, exp, nat, why):
    ROWS.append((kind, agency, status, name, desc, exp, nat, why))

# ======================= PROVINCE =======================
K = "province"
add(K, "UBND tỉnh Lai Châu", E, "Hệ thống QLVB và điều hành dùng chung tỉnh Lai Châu (VNPT iOffice)",
    "Quản lý văn bản đến/đi, hồ sơ công việc cho sở, ngành và UBND xã; liên thông văn bản với bộ, ngành qua Trục liên thông văn bản quốc gia.",
    [], [], f"Ứng dụng quản lý công việc/Bàn làm việc số là thành phần tỉnh tự triển khai ({PL(6,3)}; {PL(6,4)}); chỉ kết nối, không thay thế Trục liên thông ({A(4)}).")
add(K, "Sở Khoa học và Công nghệ tỉnh Điện Biên", P, "Đầu tư xây dựng trục trao đổi văn bản điện tử của tỉnh kết nối trực tiếp bộ, ngành, doanh nghiệp",
    "Gửi, nhận văn bản điện tử giữa cơ quan tỉnh với các bộ, ngành, tổ chức, doanh nghiệp và người dân; truy vết trạng thái gửi, nhận, xử lý văn bản.",
    ["A-04"], [], f"Lặp chức năng gửi, nhận, truy vết văn bản điện tử toàn quốc có mở rộng tới doanh nghiệp, người dân của {A(4)}; {D2}.")
add(K, "Sở Khoa học và Công nghệ tỉnh Cà Mau", X, "Nâng cấp, mở rộng Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP) giai đoạn 2026-2027", "",
    [], [], f"LGSP cấp tỉnh là thành phần tỉnh tự xây dựng ({PL(6,2)}); NDXP kết nối tới các LGSP địa phương ({A(6)}).")
add(K, "UBND tỉnh Sơn La", P, "Kho dữ liệu dùng chung tỉnh Sơn La (data warehouse)", "",
    [], [], f"Kho dữ liệu dùng chung cấp tỉnh nằm trong khung tham chiếu cấp tỉnh ({PL(6,2)}).")
add(K, "Sở Khoa học và Công nghệ tỉnh An Giang", E, "Cổng dữ liệu mở tỉnh An Giang (opendata.angiang.gov.vn)",
    "Công bố danh mục dữ liệu, từ điển dữ liệu và bộ dữ liệu mở của các sở, ngành, UBND xã để người dân, doanh nghiệp tải về.",
    ["A-07"], [], f"Lặp chức năng công bố thông tin dữ liệu và dữ liệu mở của các bộ, ngành, địa phương của {A(7)}.")
add(K, "UBND tỉnh Gia Lai", P, "Xây dựng nền tảng tài khoản định danh công dân Gia Lai (Gia Lai ID)",
    "Cấp tài khoản định danh và xác thực điện tử riêng của tỉnh cho người dân, doanh nghiệp để đăng nhập các dịch vụ số của tỉnh.",
    ["A-03"], [], f"Tự cấp danh tính số và xác thực cho công dân, doanh nghiệp là chức năng của {A(3)}; {II3('b')}.")
add(K, "Sở Khoa học và Công nghệ tỉnh Tây Ninh", E, "Module SSO đăng nhập bằng tài khoản VNeID cho Cổng TTĐT và các ứng dụng của tỉnh", "",
    [], [], f"Bộ kết nối sử dụng {A(2)}/{A(3)} để xác thực, không lặp chức năng định danh; {K5441} (VNeID là kênh giao tiếp chính).")
add(K, "UBND tỉnh Vĩnh Long", P, "Xây dựng Cổng dịch vụ công trực tuyến riêng của tỉnh Vĩnh Long (sau hợp nhất Bến Tre, Trà Vinh)",
    "Giao diện một cửa để người dân, doanh nghiệp nộp hồ sơ, thanh toán, tra cứu kết quả TTHC của tỉnh, thay cho nộp qua Cổng DVCQG.",
    ["A-01"], [], f"Lặp giao diện một cửa duy nhất thực hiện TTHC của {A(1)}; {II3('d')} xác định Cổng DVCQG là kênh web chính, địa phương chỉ phát triển kênh bổ trợ.")
add(K, "Trung tâm Phục vụ hành chính công tỉnh Cao Bằng", E, "Kiosk tra cứu hồ sơ TTHC tại Trung tâm PVHCC", "",
    [], [], f"Chỉ là thiết bị/điểm tiếp cận tại chỗ cho người dân (kênh bổ trợ, {PL(6,4)}), không lặp nền tảng nào của {D2}.")
add(K, "Sở Xây dựng tỉnh Quảng Trị", P, "Phần mềm cấp giấy phép xây dựng trực tuyến tỉnh Quảng Trị",
    "Tiếp nhận, thẩm định, cấp giấy phép xây dựng nhà ở và công trình trên địa bàn, trả kết quả điện tử.",
    ["B-10"], [], f"HTTT giải quyết TTHC ngành xây dựng của Bộ Xây dựng dùng từ trung ương đến địa phương: {B(10)}; {B05}; {K4577_1}.")
add(K, "Văn phòng Đăng ký đất đai tỉnh Lâm Đồng", E, "Phần mềm tiếp nhận, giải quyết hồ sơ đăng ký biến động đất đai riêng của tỉnh", "",
    ["B-09"], [], f"TTHC lĩnh vực đất đai thuộc HTTT giải quyết TTHC của Bộ Nông nghiệp và Môi trường: {B(9)}; {B05}; {K4577_1}.")
add(K, "Sở Y tế tỉnh Đắk Lắk", R, "Phan mem cap chung chi hanh nghe duoc, KCB (dung khi Bo Y te trien khai)", "",
    ["B-14"], [], f"Cấp chứng chỉ hành nghề là TTHC ngành y tế: {B(14)}; {B05}; {K4577_1}. Nhãn theo chức năng, không phụ thuộc trạng thái.")
add(K, "Sở Công Thương tỉnh Hà Tĩnh", P, "Thuê dịch vụ phần mềm cấp giấy phép bán lẻ rượu, thuốc lá năm 2027", "",
    ["B-08"], [], f"TTHC ngành công thương: {B(8)}; {B05}; {K4577_1}.")
add(K, "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh", E, "Hệ thống quản trị và kinh doanh du lịch Quảng Ninh",
    "Quản lý cơ sở lưu trú, doanh nghiệp lữ hành, hướng dẫn viên; thu thập số liệu lượt khách, doanh thu của doanh nghiệp du lịch trên địa bàn phục vụ quản trị ngành.",
    ["B-45"], [], f"Lặp hạ tầng dữ liệu lõi quản trị và kinh doanh du lịch của {B(45)}.")
add(K, "Sở Văn hóa, Thể thao và Du lịch thành phố Huế", P, "Ứng dụng du lịch thông minh Huế – thuyết minh tự động đa ngôn ngữ, VR360",
    "App cho du khách: bản đồ điểm đến, audio guide 8 ngôn ngữ, tham quan ảo 360 độ.",
    [], [], f"Giải pháp chuyển đổi số du lịch hỗ trợ du khách là thành phần tỉnh tự triển khai ({PL(6,'3 điểm b')}); không phải quản trị ngành của {B(45)}.")
add(K, "Trung tâm Bảo tồn Di tích Cố đô Huế", X, "Nâng cấp, mở rộng phần mềm số hóa, quản lý hồ sơ di tích và hiện vật",
    "Cập nhật, lưu trữ, chuẩn hóa hồ sơ khoa học di tích, hiện vật; chia sẻ dữ liệu di sản với các cơ quan liên quan.",
    ["B-44"], [], f"Lặp quản lý, cập nhật, lưu trữ, chuẩn hóa, chia sẻ dữ liệu di sản văn hóa của {B(44)}.")
add(K, "Sở Dân tộc và Tôn giáo tỉnh Lào Cai", P, "CSDL đồng bào dân tộc thiểu số tỉnh Lào Cai",
    "Thu thập, cập nhật dữ liệu hộ, nhân khẩu DTTS, thôn bản đặc biệt khó khăn và kết quả thực hiện chính sách dân tộc trên địa bàn.",
    ["B-46"], [], f"Lặp môi trường nghiệp vụ dùng chung về dữ liệu dân tộc, địa bàn vùng DTTS và kết quả chính sách của {B(46)}.")
add(K, "Sở Dân tộc và Tôn giáo tỉnh Tuyên Quang", E, "QL co so tin nguong ton giao", "",
    ["B-47"], [], f"Quản lý dữ liệu cơ sở tín ngưỡng, tôn giáo là chức năng của {B(47)}.")
add(K, "Sở Nông nghiệp và Môi trường tỉnh Cao Bằng", P, "Xây dựng hệ thống AI dự báo sạt lở đất, lũ quét cho các xã vùng cao",
    "Mô hình học máy phân tích lượng mưa, địa hình, độ ẩm đất để cảnh báo sớm sạt lở, lũ quét.",
    ["B-39"], [], f"Lặp phần mềm AI dùng chung hỗ trợ cảnh báo thiên tai (lũ quét, sạt lở) của {B(39)}.")
add(K, "Báo và Phát thanh, Truyền hình Lào Cai", P, "Đầu tư ứng dụng OTT truyền hình trực tuyến riêng của Đài (Lào Cai TV Go)",
    "Phát trực tiếp và xem lại các kênh truyền hình của tỉnh trên Internet, app iOS/Android.",
    ["B-61"], [], f"{B(61)} là nền tảng truyền hình số trực tuyến dùng chung cho tất cả các đài truyền hình địa phương phát trên Internet.")
add(K, "Báo và Phát thanh, Truyền hình Đồng Tháp", E, "Phát sóng kênh THĐT1 trên nền tảng VTVGo", "",
    [], [], f"Sử dụng {B(61)}, không xây dựng nền tảng riêng.")
add(K, "Báo và Phát thanh, Truyền hình Cà Mau", P, "Thuê giải pháp đo lường khán giả (TV rating, big data người xem) cho kênh CTV", "",
    ["B-62"], [], f"Lặp chức năng đo lường hành vi khán giả dùng chung cho các đài của {B(62)}.")
add(K, "Sở Nội vụ tỉnh Thanh Hóa", X, "Nâng cấp phần mềm quản lý hồ sơ CB, CC, VC tỉnh Thanh Hóa sau sắp xếp", "",
    ["B-29"], [], f"Lặp nền tảng quản lý CBCCVC dùng cho cơ quan trung ương và địa phương: {B(29)}; {II3('c')}.")
add(K, "Sở Nội vụ tỉnh Nghệ An", E, "Sàn giao dịch việc làm trực tuyến Nghệ An",
    "Kết nối người lao động với doanh nghiệp, đăng tin tuyển dụng, tổ chức phiên giao dịch việc làm online.",
    ["B-31"], [], f"Lặp kết nối cung - cầu lao động, giao dịch việc làm trực tuyến của {B(31)}.")
add(K, "Sở Nội vụ thành phố Cần Thơ", P, "Kho lưu trữ số tài liệu Lưu trữ lịch sử thành phố Cần Thơ",
    "Quản lý tập trung tài liệu lưu trữ số, tiếp nhận hồ sơ điện tử nộp lưu từ các cơ quan thuộc nguồn nộp lưu.",
    ["B-32"], [], f"Lặp quản lý tập trung CSDL tài liệu lưu trữ của {B(32)}.")
add(K, "Sở Y tế tỉnh Sơn La", E, "HIS Bệnh viện Đa khoa tỉnh Sơn La (FPT.eHospital)",
    "Quản lý khám chữa bệnh, viện phí, dược; liên thông dữ liệu BHYT.",
    [], [], f"Phần mềm vận hành một cơ sở khám chữa bệnh, khác mục tiêu lưu trữ thông tin sức khỏe cá nhân toàn quốc của {B(33)}.")
add(K, "Sở Y tế tỉnh Điện Biên", P, "Xây dựng hệ thống sổ sức khỏe điện tử người dân tỉnh Điện Biên",
    "Lưu hồ sơ sức khỏe cá nhân, lịch sử khám chữa bệnh của người dân trên địa bàn; tra cứu qua app.",
    ["B-33"], [], f"Lặp lưu trữ, quản lý thông tin sức khỏe cá nhân của người dân của {B(33)}.")
add(K, "Sở Y tế tỉnh Khánh Hòa", E, "Phần mềm quản lý ATTP – tiếp nhận hồ sơ tự công bố sản phẩm, cấp GCN cơ sở đủ điều kiện", "",
    ["B-34"], [], f"{B(34)} là môi trường số duy nhất cho 100% TTHC an toàn thực phẩm (tự công bố, chứng nhận cơ sở đủ điều kiện).")
add(K, "Sở Giáo dục và Đào tạo tỉnh Phú Thọ", P, "Thuê dịch vụ phần mềm quản lý trường học cho các trường mầm non, phổ thông toàn tỉnh", "",
    ["B-35"], [], f"Lặp quản trị cơ sở giáo dục mầm non, phổ thông dùng chung cho sở GDĐT và xã/phường của {B(35)}.")
add(K, "Sở Giáo dục và Đào tạo tỉnh Hưng Yên", E, "LMS học trực tuyến, giao bài, kiểm tra đánh giá học sinh THCS, THPT", "",
    ["B-36"], [], f"Lặp hoạt động dạy, học, kiểm tra, đánh giá trong cơ sở giáo dục phổ thông của {B(36)}.")
add(K, "Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp", P, "Phần mềm quản lý cơ sở chăn nuôi, tiêm phòng và dịch bệnh động vật", "",
    ["B-37"], [], f"Lặp nghiệp vụ cơ sở chăn nuôi, phòng chống dịch bệnh động vật của {B(37)}.")
add(K, "Sở Nông nghiệp và Môi trường tỉnh An Giang", X, "Mở rộng hệ thống giám sát, dự báo sinh vật gây hại lúa và quản lý cửa hàng thuốc BVTV", "",
    ["B-38"], [], f"Lặp nền tảng quản lý nhà nước về trồng trọt và bảo vệ thực vật của {B(38)}.")
add(K, "Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk", P, "Bản đồ số nông nghiệp Đắk Lắk – số hóa vùng trồng cà phê, sầu riêng, truy xuất nguồn gốc", "",
    [], [], f"Bản đồ số nông nghiệp (số hóa vùng trồng, truy xuất nguồn gốc) là thành phần tỉnh được hướng dẫn tự xây dựng ({PL(6,'3 điểm b')}).")
add(K, "Sở Công Thương tỉnh Lạng Sơn", P, "Cổng một cửa cửa khẩu tỉnh Lạng Sơn",
    "Doanh nghiệp khai báo, nộp hồ sơ thủ tục đối với hàng hóa xuất khẩu, nhập khẩu và phương tiện vận tải xuất cảnh, nhập cảnh tại các cửa khẩu của tỉnh theo cơ chế một cửa.",
    ["B-18"], [], f"Lặp chức năng thủ tục với hàng hóa XNK, phương tiện xuất nhập cảnh theo cơ chế một cửa của {B(18)}.")
add(K, "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn", E, "Phần mềm quản lý bãi xe, điều tiết xe chờ thông quan cửa khẩu Tân Thanh", "",
    [], [], f"Điều hành kho bãi, vận tải thuộc Hệ thống logistic của tỉnh ({PL(6,'3 điểm b')}); không phải thủ tục một cửa của {B(18)}.")
add(K, "Sở Tài chính tỉnh Quảng Ngãi", P, "Trang công khai ngân sách tỉnh Quảng Ngãi",
    "Đăng tải dự toán, quyết toán ngân sách của tỉnh và các đơn vị dự toán để người dân tra cứu.",
    ["B-26"], [], f"Lặp chức năng công khai ngân sách của các cơ quan, đơn vị của {B(26)}.")
add(K, "Sở Tài chính tỉnh Ninh Bình", E, "Phần mềm quản lý đấu giá tài sản công của tỉnh",
    "Niêm yết thông báo đấu giá, quản lý các cuộc đấu giá tài sản công dư thừa, tài sản tịch thu của tỉnh.",
    ["B-22"], [], f"Lặp đăng tải, niêm yết và quản lý các cuộc đấu giá tài sản của {B(22)}.")
add(K, "Sở Tài chính thành phố Hải Phòng", P, "Xây dựng cổng đấu thầu điện tử riêng cho dự án đầu tư công của thành phố", "",
    ["B-28"], [], f"Lặp đấu thầu qua mạng áp dụng cho mọi đơn vị dùng vốn ngân sách của {B(28)}.")
add(K, "Thanh tra tỉnh Hà Tĩnh", P, "Phần mềm quản lý công tác thanh tra (kế hoạch, đoàn thanh tra, kết luận, theo dõi sau thanh tra)", "",
    ["B-56"], [], f"Lặp toàn bộ quy trình nghiệp vụ thanh tra dùng thống nhất tới địa phương của {B(56)}.")
add(K, "Ban Tiếp công dân tỉnh Quảng Trị", E, "Phần mềm tiếp công dân, xử lý đơn thư khiếu nại, tố cáo", "",
    ["B-55"], [], f"Lặp chức năng tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo của {B(55)}.")
add(K, "Thanh tra thành phố Đà Nẵng", P, "Hệ thống quản lý bản kê khai tài sản, thu nhập",
    "Người có nghĩa vụ kê khai trực tuyến; cơ quan kiểm soát theo dõi, xác minh biến động tài sản.",
    ["B-57"], [], f"Lặp kê khai, theo dõi, xác minh tài sản, thu nhập của {B(57)}.")
add(K, "Sở Khoa học và Công nghệ tỉnh Quảng Ninh", P, "Triển khai SOC tỉnh Quảng Ninh",
    "Giám sát, phát hiện tấn công mạng tập trung, điều phối ứng cứu sự cố cho các HTTT của tỉnh.",
    ["A-13"], [], f"{A(13)}: cơ quan kết nối, khai thác nền tảng mà không đầu tư hệ thống điều phối an ninh mạng riêng lẻ.")
add(K, "Sở Khoa học và Công nghệ tỉnh Phú Thọ", E, "Agent thu thập log, đẩy cảnh báo về Nền tảng SOC quốc gia", "",
    [], [], f"Thành phần kết nối để khai thác {A(13)}, không lặp chức năng.")
add(K, "Sở Khoa học và Công nghệ tỉnh Thanh Hóa", P, "Mua sắm WAF và giải pháp chống DDoS cho Cổng TTĐT, Cổng DVC tỉnh", "",
    ["A-14"], [], f"{A(14)} (tường lửa ứng dụng web, chống DDoS): cơ quan nhà nước không cần đầu tư giải pháp tương tự.")
add(K, "Sở Khoa học và Công nghệ tỉnh Hưng Yên", E, "Bkav Endpoint – phòng chống mã độc máy trạm", "",
    [], [], f"Bảo đảm an toàn đầu cuối do chủ quản hệ thống đầu cuối tự triển khai ({II3('a')}); không phải lớp bảo vệ biên Internet của {A(14)}.")
add(K, "UBND tỉnh Tây Ninh", P, "Trợ lý ảo Tây Ninh – chatbot hỏi đáp TTHC dùng engine NLP riêng của nhà thầu",
    "Đầu tư nền tảng thuật toán, mô hình ngôn ngữ riêng để trả lời người dân về thủ tục, chính sách.",
    ["A-10"], [], f"{A(10)}: một nền tảng duy nhất để địa phương xây dựng trợ lý ảo, không đầu tư nền tảng thuật toán riêng lẻ.")
add(K, "UBND tỉnh Cao Bằng", P, "Tùy biến Trợ lý ảo quốc gia bổ sung tri thức đặc thù của tỉnh", "",
    [], [], f"Đúng cách dùng {A(10)} (địa phương tùy biến thành trợ lý ảo của mình).")
add(K, "Sở Tài chính tỉnh Gia Lai", E, "Phần mềm thu thập, tổng hợp chỉ tiêu thống kê cấp tỉnh, cấp xã", "",
    ["A-15"], [], f"Lặp thu thập, xử lý báo cáo thống kê các chỉ tiêu thống kê cấp tỉnh, cấp xã của {A(15)}.")
add(K, "Sở Tư pháp tỉnh Sơn La", P, "Trang tra cứu pháp luật, hỏi đáp pháp luật cho người dân Sơn La", "",
    ["A-16"], [], f"Lặp kênh thông tin pháp luật tập trung để người dân tra cứu, tìm hiểu của {A(16)}.")
add(K, "Văn phòng UBND tỉnh Hưng Yên", E, "Công báo điện tử tỉnh Hưng Yên", "",
    ["A-17"], [], f"{A(17)}: nền tảng tập trung, thống nhất công bố VBQPPL, mọi cơ quan ban hành tự đăng tải.")
add(K, "Sở Khoa học và Công nghệ tỉnh Lâm Đồng", P, "Xây dựng hạ tầng blockchain dùng chung của tỉnh",
    "Mạng chuỗi khối riêng của tỉnh cung cấp hợp đồng thông minh cho các sở triển khai truy xuất nguồn gốc, xác thực văn bằng.",
    ["A-09"], [], f"Lặp nền tảng chuỗi khối đa dụng cho phép bộ, ngành, địa phương phát triển ứng dụng của {A(9)}.")
add(K, "Sở Khoa học và Công nghệ tỉnh Đồng Nai", E, "Duy trì vận hành Trung tâm dữ liệu tỉnh Đồng Nai (kinh phí 2027)", "",
    [], [], f"Trung tâm dữ liệu cấp tỉnh hiện có được duy trì theo {PL(6,1)}.")
add(K, "UBND tỉnh Đắk Lắk", P, "Trung tâm giám sát, điều hành thông minh (IOC) tỉnh Đắk Lắk giai đoạn 2", "",
    [], [], f"Thành phần khung cấp tỉnh ({PL(6,3)}).")
add(K, "Sở Khoa học và Công nghệ tỉnh Nghệ An", E, "Hệ thống thông tin nguồn cấp tỉnh phục vụ đài truyền thanh cấp xã", "",
    [], [], f"Thành phần khung cấp tỉnh ({PL(6,3)}).")
add(K, "Sở Xây dựng tỉnh Bắc Ninh", P, "Hệ thống điều khiển đèn tín hiệu giao thông thông minh tập trung", "",
    [], [], f"Được liệt kê trong khung cấp tỉnh ({PL(6,'3 điểm b')}); khác nền tảng ITS đường bộ quốc gia {B(54)}.")
add(K, "Sở Xây dựng thành phố Hồ Chí Minh", P, "Nền tảng tích hợp dữ liệu ETC, trạm cân tải trọng, camera các tuyến cao tốc",
    "Thu thập dữ liệu thời gian thực từ thu phí không dừng, trạm kiểm soát tải trọng xe, hệ thống điều hành tuyến cao tốc để phân luồng, giám sát an toàn.",
    ["B-54"], [], f"Lặp môi trường dùng chung kết nối dữ liệu giao thông thời gian thực (cao tốc, thu phí không dừng, tải trọng) của {B(54)}.")
add(K, "Sở Khoa học và Công nghệ tỉnh Vĩnh Long", X, "Mở rộng máy chủ thư điện tử công vụ của tỉnh cho cán bộ cấp xã", "",
    [], [EMAIL], f"{II3('c')}: hệ thống thư điện tử công vụ thống nhất dùng chung từ Trung ương đến cấp xã (không có trong 1132).")
add(K, "Sở Nội vụ tỉnh Quảng Ngãi", E, "Nền tảng MOOC phổ cập kỹ năng số cho mọi người dân tỉnh",
    "Khóa học trực tuyến đại trà về chuyển đổi số, kỹ năng số cơ bản cho người dân.",
    [], [BDHV], f"{II3('c')}: Nền tảng Bình dân học vụ số là nền tảng học trực tuyến mở đại trà quốc gia về kỹ năng số.")
add(K, "UBND tỉnh An Giang", P, "Hộp thư điện tử cho mỗi công dân để nhận thông báo của chính quyền", "",
    [], [NOTIFY], f"{II3('c')}: hệ thống thư điện tử phục vụ tiếp nhận thông báo do cơ quan nhà nước gửi đến, triển khai trên hạ tầng TTDLQG.")
add(K, "UBND thành phố Cần Thơ", X, "App công dân số Cần Thơ",
    "Ứng dụng di động của thành phố: kho giấy tờ số của công dân, ví điện tử, nhận chi trả an sinh, nộp hồ sơ dịch vụ công.",
    ["A-02"], [], f"Lặp lưu trữ dữ liệu số công dân, ví điện tử, chi trả an sinh, dịch vụ công trên di động của {A(2)}; {II3('d')} (VNeID là kênh di động chính).")
add(K, "Ban Quản lý các Khu công nghiệp tỉnh Bắc Ninh", E, "Phần mềm hợp đồng lao động điện tử cho doanh nghiệp KCN",
    "Doanh nghiệp giao kết, lưu trữ hợp đồng lao động điện tử, báo cáo biến động lao động với Ban.",
    ["B-30"], [], f"Lặp quản lý tập trung dữ liệu hợp đồng lao động điện tử của {B(30)}.")
add(K, "Ban Quản lý Khu kinh tế Vân Phong (Khánh Hòa)", E, "Bản đồ GIS quỹ đất, hạ tầng KKT phục vụ xúc tiến đầu tư", "",
    [], [], f"Ứng dụng đặc thù của tỉnh ({PL(6,3)}); không trùng nền tảng nào trong 1132.")
add(K, "Thường trực HĐND tỉnh Điện Biên", P, "Phần mềm phục vụ kỳ họp HĐND tỉnh – tài liệu điện tử, biểu quyết", "",
    [], [], f"Ứng dụng chính quyền số đặc thù của tỉnh ({PL(6,3)}); không có nền tảng tương ứng trong 1132.")
add(K, "Sở Khoa học và Công nghệ tỉnh Thái Nguyên", R, "LGSP tỉnh Bắc Kạn (cũ) – dừng, hợp nhất vào LGSP Thái Nguyên", "",
    [], [], f"LGSP cấp tỉnh thuộc khung cấp tỉnh ({PL(6,2)}).")
add(K, "Sở Tư pháp tỉnh Ninh Bình", R, "Phần mềm hộ tịch dùng riêng của tỉnh Nam Định cũ", "Dừng sử dụng, chuyển dữ liệu sang hệ thống đăng ký hộ tịch của Bộ Tư pháp.",
    ["B-06"], [], f"Đăng ký hộ tịch là TTHC ngành tư pháp: {B(6)}; {B05}. Nhãn theo chức năng dù đang dừng.")
add(K, "Sở Khoa học và Công nghệ tỉnh Cà Mau", R, "Cổng DVC tỉnh Bạc Liêu cũ", "",
    ["A-01"], [], f"Cổng nộp hồ sơ TTHC riêng lặp {A(1)}; nhãn theo chức năng dù đang thu hồi.")
add(K, "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh", E, "Phần mềm quản lý nhiệm vụ KH&CN cấp tỉnh",
    "Quản lý đề xuất, tuyển chọn, theo dõi kinh phí, nghiệm thu nhiệm vụ KH&CN cấp tỉnh.",
    ["B-48"], [], f"Lặp quản lý, theo dõi, tổng hợp nguồn lực với nhiệm vụ KHCN trên phạm vi cả nước của {B(48)}.")
add(K, "Sở Khoa học và Công nghệ tỉnh Đồng Nai", P, "Phần mềm cấp giấy phép tiến hành công việc bức xạ (X-quang y tế)", "",
    ["B-12"], [], f"TTHC ngành KH&CN: {B(12)}; {B05}; {K4577_1}.")
add(K, "Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa", E, "Phần mềm cấp phép karaoke, quảng cáo, biểu diễn nghệ thuật", "",
    ["B-11"], [], f"TTHC ngành VHTTDL: {B(11)}; {B05}; {K4577_1}.")
add(K, "Sở Nội vụ tỉnh Đắk Lắk", E, "Phần mềm xác nhận, giải quyết chế độ ưu đãi người có công", "",
    ["B-05"], [], f"TTHC lĩnh vực người có công thuộc Bộ Nội vụ: {B(5)}; {K4577_1}.")
add(K, "Sở Giáo dục và Đào tạo tỉnh Lào Cai", P, "Phần mềm cấp bản sao văn bằng, công nhận văn bằng trực tuyến", "",
    ["B-13"], [], f"TTHC ngành giáo dục: {B(13)}; {B05}; {K4577_1}.")
add(K, "Sở Tài chính tỉnh Tuyên Quang", P, "Phần mềm quản lý, phân bổ dự toán và kiểm soát chi NSNN của tỉnh",
    "Nhập, phân bổ, điều chỉnh dự toán ngân sách cho đơn vị dự toán; giao dịch chi ngân sách trực tuyến.",
    ["B-52"], [], f"Lặp nghiệp vụ nhập, phân bổ, điều chỉnh dự toán và chi NSNN trực tuyến của {B(52)}.")
add(K, "Sở Nông nghiệp và Môi trường tỉnh Cà Mau", E, "Hệ thống quan trắc môi trường tự động (nước mặt, nước thải) truyền về Sở", "",
    [], [], f"Hệ thống quan trắc và giám sát môi trường thuộc khung cấp tỉnh ({PL(6,'3 điểm b')}).")
add(K, "Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa", P, "Mua bộ phần mềm AI nhận diện vi phạm môi trường từ ảnh vệ tinh, camera xả thải", "",
    ["B-41"], [], f"Lặp phần mềm ứng dụng AI dùng chung hỗ trợ nghiệp vụ bảo vệ môi trường của {B(41)}.")
add(K, "Sở Công Thương tỉnh Gia Lai", X, "Mở rộng CSDL hạ tầng thương mại (chợ, TTTM, cửa hàng xăng dầu) của tỉnh", "",
    ["B-42"], [], f"Lặp tích hợp dữ liệu hạ tầng thương mại (xăng dầu, chợ, TTTM) của {B(42)}.")
add(K, "Sở Khoa học và Công nghệ tỉnh Quảng Trị", P, "Thuê dịch vụ SOC và WAF/anti-DDoS (gói Viettel Cyber Security) cho HTTT tỉnh",
    "Giám sát, phát hiện tấn công 24/7 và lọc tấn công từ chối dịch vụ cho cổng, ứng dụng của tỉnh.",
    ["A-13", "A-14"], [], f"Gồm hai chức năng: giám sát, điều phối an ninh mạng ({A(13)}) và bảo vệ biên, chống DDoS ({A(14)}).")
add(K, "Sở Khoa học và Công nghệ tỉnh Tuyên Quang", E, "Thiết bị token chữ ký số công vụ do Ban Cơ yếu Chính phủ cấp cho lãnh đạo sở, xã", "",
    [], [], f"Sử dụng Hệ thống chứng thực chữ ký số chuyên dùng công vụ ({II3('a')}), không xây dựng riêng.")
add(K, "Sở Khoa học và Công nghệ thành phố Hải Phòng", R, "Cổng TTĐT tỉnh Hải Dương cũ – đóng, chuyển nội dung", "",
    [], [], f"Cổng thông tin điện tử của cơ quan không thuộc danh mục 1132 Phụ lục II; {D2} không áp dụng.")
add(K, "Văn phòng UBND tỉnh Quảng Ngãi", X, "Bàn làm việc số tỉnh Quảng Ngãi – tích hợp QLVB, lịch công tác, dashboard", "",
    [], [], f"Bàn làm việc số và Dashboard điều hành là thành phần tỉnh tự triển khai ({PL(6,4)}).")
add(K, "Sở Công Thương tỉnh Tây Ninh", R, "Phần mềm cấp C/O và giấy phép thương mại của tỉnh Long An cũ", "",
    ["B-08"], [], f"TTHC ngành công thương: {B(8)}; {B05}.")
add(K, "Sở Nông nghiệp và Môi trường tỉnh Lai Châu", R, "thue phan mem cap phep khai thac nuoc ngam", "",
    ["B-09"], [], f"TTHC lĩnh vực tài nguyên nước thuộc Bộ Nông nghiệp và Môi trường: {B(9)}; {B05}.")
add(K, "Sở Khoa học và Công nghệ tỉnh Điện Biên", E, "Kết nối LGSP tỉnh với NDXP và Nền tảng chia sẻ, điều phối dữ liệu của TTDLQG", "",
    [], [], f"Kết nối sử dụng {A(5)}/{A(6)}; LGSP cấp tỉnh thuộc {PL(6,2)}.")
add(K, "Sở Tài chính tỉnh Lâm Đồng", R, "Kinh phí duy trì phần mềm đăng ký hộ kinh doanh tỉnh Đắk Nông cũ: 85 triệu đồng (cắt giảm từ 2027)", "",
    ["B-23"], [], f"Đăng ký hộ kinh doanh qua mạng thuộc {B(23)}.")
add(K, "Sở Y tế thành phố Huế", X, "Mở rộng LIS, PACS kết nối các bệnh viện tuyến tỉnh", "",
    [], [], f"Phần mềm nghiệp vụ xét nghiệm/chẩn đoán hình ảnh của cơ sở KCB; không lặp mục tiêu của {B(33)}.")
add(K, "UBND tỉnh Hà Tĩnh", R, "Hệ thống email tỉnh Hà Tĩnh (mail.hatinh.gov.vn) – thu hẹp, chuyển tài khoản sang email công vụ thống nhất", "",
    [], [EMAIL], f"Hệ thống email riêng lặp {II3('c')} (thư điện tử công vụ thống nhất từ Trung ương đến cấp xã); nhãn theo chức năng.")
add(K, "Sở Dân tộc và Tôn giáo tỉnh Lai Châu", R, "Phần mềm theo dõi chính sách dân tộc (dừng khi có CSDL dân tộc của Bộ)", "",
    ["B-46"], [], f"Theo dõi, đánh giá kết quả chính sách dân tộc là chức năng của {B(46)}.")

# ======================= MINISTRY =======================
K = "ministry"
add(K, "Bộ Ngoại giao – Cục Lãnh sự", E, "Hệ thống cấp hộ chiếu ngoại giao, công vụ và hợp pháp hóa lãnh sự trực tuyến", "",
    [], [], own(B(4)))
add(K, "Bộ Ngoại giao – Trung tâm Thông tin", X, "Nâng cấp hệ thống QLVB và điều hành của Bộ (D-Office), liên thông Trục quốc gia", "",
    [], [], f"Quản lý văn bản và điều hành là ứng dụng cấp bộ ({PL(5,3)}); kết nối {A(4)} là sử dụng.")
add(K, "Bộ Ngoại giao – Trung tâm Thông tin", P, "Mua sắm giải pháp WAF, chống DDoS cho hệ thống của các Cơ quan đại diện", "",
    ["A-14"], [], f"{A(14)}: cơ quan nhà nước không đầu tư giải pháp bảo vệ biên có tính năng tương tự.")
add(K, "Học viện Ngoại giao (Bộ Ngoại giao)", E, "Thư viện số Học viện Ngoại giao (DSpace)", "",
    [], [], "Thư viện số nội bộ phục vụ đào tạo; không tương ứng nền tảng nào trong 1132 Phụ lục II.")
add(K, "Bộ Dân tộc và Tôn giáo – Trung tâm Chuyển đổi số", X, "Nâng cấp CSDL công tác dân tộc (Nền tảng dữ liệu dân tộc)", "",
    [], [], own(B(46)))
add(K, "Bộ Dân tộc và Tôn giáo – Vụ Chính sách tôn giáo", P, "Xây dựng Nền tảng/CSDL tôn giáo dùng chung toàn quốc", "",
    [], [], own(B(47)))
add(K, "Bộ Dân tộc và Tôn giáo", P, "HTTT giải quyết TTHC lĩnh vực dân tộc, tôn giáo của Bộ", "",
    [], [], own(B(15)))
add(K, "Bộ Dân tộc và Tôn giáo – Vụ Kế hoạch – Tài chính", E, "MISA Mimosa.NET", "Kế toán hành chính sự nghiệp của văn phòng Bộ.",
    [], [], f"Quản lý tài chính, kế toán là ứng dụng quản lý nguồn lực cấp bộ ({PL(5,3)}).")
add(K, "Bảo hiểm xã hội Việt Nam", E, "Kho dữ liệu tập trung ngành BHXH (Data Warehouse)", "",
    [], [], f"Kho dữ liệu dùng chung cấp bộ, ngành ({PL(5,2)}).")
add(K, "Bảo hiểm xã hội Việt Nam", E, "Đồng bộ thông tin thẻ BHYT với CSDL quốc gia về dân cư qua NDOP",
    "Job đồng bộ định kỳ, gọi API xác thực mã định danh cá nhân.", [], [], f"Kết nối sử dụng {A(5)}, không lặp chức năng.")
add(K, "Bảo hiểm xã hội Việt Nam", P, "Đầu tư hệ thống SOC riêng của ngành BHXH",
    "Giám sát an ninh mạng 24/7, phân tích mã độc, điều phối ứng cứu sự cố cho toàn ngành.",
    ["A-13"], [], f"Lặp giám sát, phát hiện tấn công, phân tích mã độc, điều phối ứng cứu của {A(13)}.")
add(K, "Bảo hiểm xã hội Việt Nam", X, "ERP quản lý tài chính, tài sản nội bộ ngành BHXH", "",
    [], [], f"Ứng dụng quản lý nguồn lực (tài sản, tài chính kế toán) cấp bộ, ngành ({PL(5,3)}).")
add(K, "Bảo hiểm xã hội tỉnh Điện Biên", E, "chu ky so cong vu Ban Co yeu cap cho vien chuc", "",
    [], [], f"Sử dụng Hệ thống chứng thực chữ ký số chuyên dùng công vụ ({II3('a')}).")
add(K, "Ngân hàng Nhà nước Chi nhánh Khu vực 10 (Cần Thơ)", E, "Trạm thanh toán điện tử liên ngân hàng tại Chi nhánh", "",
    [], [], own(B(50)))
add(K, "Ngân hàng Nhà nước – Trung tâm Thông tin tín dụng Quốc gia (CIC)", X, "Nâng cấp hệ thống thông tin tín dụng quốc gia – báo cáo tín dụng cho tổ chức tín dụng", "",
    [], [], own(B(51)))
add(K, "Ngân hàng Nhà nước Việt Nam – Cục Công nghệ thông tin", P, "HTTT giải quyết TTHC ngành ngân hàng", "",
    [], [], own(B(16)))
add(K, "Ngân hàng Nhà nước Chi nhánh Khu vực 12", E, "Phần mềm cấp phép đại lý đổi ngoại tệ", "Chi nhánh tiếp nhận, cấp giấy chứng nhận đại lý đổi ngoại tệ trên địa bàn.",
    [], [], f"Chi nhánh là một phần của chủ quản NHNN; TTHC ngành ngân hàng thuộc {B(16)} do chính NHNN chủ quản; {D31}.")
add(K, "Học viện Nông nghiệp Việt Nam (Bộ Nông nghiệp và Môi trường)", E, "E-learning (Moodle) cho sinh viên đại học", "",
    [], [], f"{B(36)} giới hạn ở mầm non, phổ thông, GDTX; đào tạo đại học không thuộc phạm vi.")
add(K, "Đại học Xây dựng Hà Nội (Bộ Giáo dục và Đào tạo)", E, "Phần mềm quản lý đào tạo tín chỉ (EduSoft Web)", "",
    [], [], f"{B(35)} phục vụ quản trị cơ sở mầm non, phổ thông, GDTX; quản lý đào tạo đại học ngoài phạm vi.")
add(K, "Trường Đại học Cần Thơ (Bộ Giáo dục và Đào tạo)", P, "Xây dựng cổng mua sắm, đấu thầu qua mạng riêng của Trường",
    "Đăng tải kế hoạch lựa chọn nhà thầu, mở thầu, đánh giá hồ sơ dự thầu điện tử cho các gói thầu dùng ngân sách.",
    ["B-28"], [], f"Lặp đấu thầu qua mạng cho đơn vị dùng vốn ngân sách của {B(28)}.")
add(K, "Trường Đại học Y Dược Cần Thơ (Bộ Y tế)", X, "Bệnh viện Trường – mở rộng HIS, LIS, PACS", "",
    [], [], f"Phần mềm vận hành cơ sở KCB; khác mục tiêu của {B(33)}.")
add(K, "Bộ Quốc phòng – Cục Công nghệ thông tin", E, "Trung tâm giám sát an ninh mạng quân sự trên mạng truyền số liệu quân sự", "",
    [], [], f"Trùng chức năng với {A(13)} nhưng thuộc {D2X}.")
add(K, "Bộ Chỉ huy quân sự tỉnh Sơn La", E, "QLVB điều hành trên mạng TSLQS", "",
    [], [], f"Hệ thống quân sự chạy trên mạng riêng của quân đội; {D2X}.")
add(K, "Bộ Tư lệnh Bộ đội Biên phòng", X, "CSDL quản lý biên giới, người và phương tiện qua lại biên giới", "",
    [], [], f"CSDL đặc thù quản lý biên giới ({II3('b')}); {D2X}.")
add(K, "Bộ Quốc phòng", P, "HTTT giải quyết TTHC của Bộ Quốc phòng (đăng ký nghĩa vụ quân sự trực tuyến)", "",
    [], [], own(B(3)))
add(K, "Bệnh viện Trung ương Quân đội 108 (Bộ Quốc phòng)", P, "Thuê HIS – EMR bệnh án điện tử", "",
    [], [], f"Phần mềm vận hành một bệnh viện; khác mục tiêu của {B(33)}.")
add(K, "Bộ Quốc phòng – Binh chủng Thông tin liên lạc", E, "Hệ thống thư điện tử quân sự", "",
    [], [], f"Trùng chức năng thư điện tử công vụ ({II3('c')}) nhưng thuộc {D2X}.")
add(K, "Bộ Công an – Cục C06", X, "Nâng cấp Cổng dịch vụ công quốc gia: hệ thống điều phối kết nối HTTT giải quyết TTHC các bộ", "",
    [], [], own(A(1)))
add(K, "Bộ Công an – Trung tâm dữ liệu quốc gia", X, "Mở rộng hạ tầng điện toán đám mây TTDLQG (giai đoạn 2)", "",
    [], [], own(A(8)))
add(K, "Bộ Công an – Trung tâm dữ liệu quốc gia", P, "Triển khai mạng blockchain NDAChain cho các bộ, ngành, địa phương", "",
    [], [], own(A(9)))
add(K, "Bộ Công an – Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", E, "Trung tâm điều hành an ninh mạng quốc gia (SOC thế hệ mới)", "",
    [], [], own(A(13)))
add(K, "Bộ Công an", P, "Hệ thống quản lý đấu giá tài sản toàn quốc", "",
    [], [], own(B(22)))
add(K, "Văn phòng Chính phủ – Cục Kiểm soát TTHC", X, "Nâng cấp Trục liên thông văn bản quốc gia: mở rộng tới doanh nghiệp, người dân", "",
    [], [], own(A(4)))
add(K, "Văn phòng Chính phủ – Cục Công báo", P, "Hệ thống Công báo điện tử nước CHXHCN Việt Nam", "",
    [], [], own(A(17)))
add(K, "Bộ Tài chính – Cục Thống kê", X, "Nền tảng quản lý dữ liệu thống kê – phân hệ thu thập chỉ tiêu cấp xã", "",
    [], [], own(A(15)))
add(K, "Bộ Tài chính – Cục Thuế", X, "Nâng cấp eTax Mobile và hệ thống quản lý thuế tập trung", "",
    [], [], own(B(27)))
add(K, "Bộ Tài chính – Cục Hải quan", P, "Hải quan số – thay thế VNACCS/VCIS", "",
    [], [], own(B(25)))
add(K, "Kho bạc Nhà nước (Bộ Tài chính)", P, "Chuyển đổi TABMIS sang Hệ thống thông tin ngân sách và kế toán nhà nước số (VDBAS)", "",
    [], [], own(B(52)))
add(K, "Bộ Tài chính – Cục Quản lý đấu thầu", E, "Hệ thống mạng đấu thầu quốc gia (e-GP)", "",
    [], [], own(B(28)))
add(K, "Ủy ban Chứng khoán Nhà nước (Bộ Tài chính)", X, "Data Warehouse chuyên ngành chứng khoán", "",
    [], [], own(B(53)))
add(K, "Bộ Nội vụ – Cục Việc làm", P, "Sàn giao dịch việc làm quốc gia", "",
    [], [], own(B(31)))
add(K, "Bộ Nội vụ – Cục Văn thư và Lưu trữ nhà nước", P, "Nền tảng số quốc gia về văn thư, lưu trữ", "",
    [], [], own(B(32)))
add(K, "Bộ Xây dựng – Cục Đường bộ Việt Nam", P, "Nền tảng quản lý hệ thống giao thông thông minh đường bộ", "",
    [], [], own(B(54)))
add(K, "Bộ Y tế – Cục Quản lý Khám, chữa bệnh", X, "Sổ sức khỏe điện tử trên VNeID – bổ sung dữ liệu tiêm chủng", "",
    [], [], own(B(33)))
add(K, "Bộ Công Thương – Trung tâm Thông tin Công nghiệp và Thương mại", P, "Đầu tư hệ thống thư điện tử riêng của Bộ (mail.moit.gov.vn) giai đoạn 2026-2028", "",
    [], [EMAIL], f"{II3('c')}: thư điện tử công vụ thống nhất dùng chung từ Trung ương đến cấp xã.")
add(K, "Bộ Văn hóa, Thể thao và Du lịch – Vụ Pháp chế", P, "Cổng tra cứu văn bản pháp luật ngành văn hóa, thể thao, du lịch cho người dân",
    "Hệ thống văn bản pháp luật của ngành, hỏi đáp pháp luật trực tuyến cho tổ chức, cá nhân.",
    ["A-16"], [], f"Lặp kênh thông tin pháp luật tập trung để người dân, doanh nghiệp tra cứu của {A(16)}.")
add(K, "Bộ Khoa học và Công nghệ – Cục Chuyển đổi số quốc gia", X, "Nâng cấp NDXP – kết nối LGSP các bộ, tỉnh", "",
    [], [], own(A(6)))
add(K, "Bộ Tư pháp", X, "Cổng Pháp luật quốc gia – kênh tiếp nhận phản ánh chính sách", "",
    [], [], own(A(16)))
add(K, "Bộ Tư pháp – Cục Hộ tịch, quốc tịch, chứng thực", E, "Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung", "",
    [], [], own(B(6)))
add(K, "Bộ Nông nghiệp và Môi trường – Cục Khí tượng Thủy văn", P, "Bộ công cụ AI dự báo mưa lớn, lũ quét dùng chung", "",
    [], [], own(B(39)))
add(K, "Thanh tra Chính phủ", P, "Nền tảng số công tác thanh tra (thanh tra điện tử)", "",
    [], [], own(B(56)))
add(K, "Bộ Văn hóa, Thể thao và Du lịch – Trung tâm Công nghệ thông tin", P, "Xây dựng cổng dữ liệu mở ngành văn hóa, thể thao và du lịch", "",
    ["A-07"], [], f"Lặp chức năng cung cấp dữ liệu mở của các bộ, ngành tập trung tại {A(7)}.")
add(K, "Bộ Công Thương – Vụ Kế hoạch, Tài chính", P, "Phần mềm công khai dự toán, quyết toán ngân sách các đơn vị thuộc Bộ", "",
    ["B-26"], [], f"Lặp công khai ngân sách của các cơ quan, đơn vị trên toàn quốc của {B(26)}.")
add(K, "Bộ Công Thương – Cục Quản lý và Phát triển thị trường trong nước", E, "Nền tảng quản lý thương mại và thị trường", "",
    [], [], own(B(42)))
add(K, "Bộ Tài chính – Cục Công nghệ thông tin và Chuyển đổi số", P, "Bàn làm việc số (Digital Workplace) Bộ Tài chính", "",
    [], [], f"Thành phần khung cấp bộ ({PL(5,4)}).")
add(K, "Bộ Xây dựng – Trung tâm Công nghệ thông tin", P, "Thuê dịch vụ giám sát an ninh mạng (SOC as a service) cho các HTTT của Bộ", "",
    ["A-13"], [], f"{A(13)}: cơ quan khai thác dịch vụ của nền tảng mà không đầu tư, thuê hệ thống điều phối an ninh mạng riêng lẻ; {D2} cấm cả thuê dịch vụ.")
add(K, "Bộ Nông nghiệp và Môi trường – Trung tâm Chuyển đổi số", P, "Tự xây dựng hạ tầng blockchain của Bộ để cấp mã truy xuất nông sản", "",
    ["A-09"], [], f"Lặp nền tảng chuỗi khối đa dụng để bộ, ngành phát triển ứng dụng của {A(9)}.")
add(K, "Bộ Giáo dục và Đào tạo – Cục Khoa học, Công nghệ và Thông tin", P, "EduID – tài khoản định danh dùng chung cho học sinh, phụ huynh, giáo viên",
    "Tài khoản đăng nhập một lần cho mọi dịch vụ số ngành giáo dục, xác thực danh tính người dùng.",
    ["A-03"], [], f"Tự cung cấp định danh, xác thực điện tử cho người dân là chức năng của {A(3)}.")
add(K, "Bộ Y tế – Cục An toàn thực phẩm", X, "HTTT và CSDL quốc gia về an toàn thực phẩm", "",
    [], [], own(B(34)))
add(K, "Bộ Nội vụ – Cục Quan hệ lao động và Tiền lương", P, "Nền tảng hợp đồng lao động điện tử", "",
    [], [], own(B(30)))
add(K, "Bộ Tài chính – Cục Công nghệ thông tin và Chuyển đổi số", E, "Nền tảng AI cấp bộ – mô hình trích xuất hồ sơ, hóa đơn", "",
    [], [], f"Nền tảng AI cấp bộ là thành phần khung cấp bộ ({PL(5,3)}).")
add(K, "Bộ Ngoại giao – Trung tâm Thông tin", R, "Hệ thống email riêng mofa.gov.vn – chuyển dần sang email công vụ thống nhất", "",
    [], [EMAIL], f"Email riêng lặp {II3('c')}; nhãn theo chức năng dù đang thu hồi.")
add(K, "Bộ Quốc phòng – Viện Kỹ thuật Cơ yếu", R, "Phần mềm gửi nhận văn bản mật thế hệ cũ", "",
    [], [], f"{D2X}.")
add(K, "Bảo hiểm xã hội Việt Nam", R, "Cổng thông tin tuyển dụng viên chức ngành BHXH (cũ)", "",
    [], [], "Trang đăng tin tuyển dụng nội bộ; không trùng nền tảng nào trong 1132 Phụ lục II (Sàn giao dịch việc làm B-31 phục vụ cung - cầu lao động xã hội).")
add(K, "Ngân hàng Nhà nước Chi nhánh Khu vực 14", R, "Phần mềm báo cáo thống kê tiền tệ cũ của chi nhánh", "",
    [], [], "Báo cáo nghiệp vụ ngân hàng nội ngành của chủ quản NHNN; không lặp nền tảng 1132 (" + B(50) + ", " + B(51) + " đều do NHNN chủ quản).")
add(K, "Bộ Công Thương – Cục Xúc tiến thương mại", R, "Sàn giao dịch TMĐT xúc tiến xuất khẩu (ngừng)", "",
    [], [], "Sàn TMĐT xúc tiến thương mại không tương ứng nền tảng nào trong 1132 Phụ lục II.")

# ======================= COMMUNE =======================
K = "commune"
add(K, "UBND xã Mường Nhé (Điện Biên)", E, "Wifi công cộng tại trụ sở UBND xã", "",
    [], [], f"Hạ tầng ICT cấp xã ({PL(7,1)}).")
add(K, "UBND phường Rạch Giá (An Giang)", P, "Màn hình LED thông tin tại Bộ phận một cửa phường", "",
    [], [], f"Bảng điện tử công cộng thuộc hạ tầng ICT cấp xã ({PL(7,1)}); chỉ nói nơi đặt.")
add(K, "UBND xã Sìn Hồ (Lai Châu)", E, "Loa truyền thanh thông minh IP các bản", "",
    [], [], f"Hệ thống truyền thanh thông minh thuộc hạ tầng ICT cấp xã ({PL(7,1)}).")
add(K, "UBND đặc khu Phú Quốc (An Giang)", P, "Phần mềm đăng ký hộ kinh doanh trực tuyến của đặc khu",
    "Tiếp nhận, cấp giấy chứng nhận đăng ký hộ kinh doanh cho hộ kinh doanh du lịch, dịch vụ trên đảo.",
    ["B-23"], [], f"Lặp đăng ký hộ kinh doanh qua mạng, giải quyết TTHC tập trung của {B(23)}.")
add(K, "UBND đặc khu Côn Đảo (TP. Hồ Chí Minh)", E, "App du lịch Côn Đảo – đặt tour, bản đồ điểm đến", "",
    [], [], f"Giải pháp chuyển đổi số du lịch cấp xã ({PL(7,3)} điểm b).")
add(K, "UBND đặc khu Vân Đồn (Quảng Ninh)", P, "Camera an ninh, giám sát giao thông đặc khu Vân Đồn", "",
    [], [], f"Hệ thống camera an ninh thuộc hạ tầng ICT cấp xã ({PL(7,1)}).")
add(K, "UBND xã Bát Xát (Lào Cai)", E, "Thue phan mem ho tich rieng cua xa", "",
    ["B-06"], [], f"Đăng ký hộ tịch là TTHC ngành tư pháp: {B(6)}; {B05}; {K4577_3}.")
add(K, "UBND xã Mù Cang Chải (Lào Cai)", P, "Phần mềm quản lý hồ sơ CB, CC cấp xã", "",
    ["B-29"], [], f"Lặp nền tảng quản lý CBCCVC quốc gia {B(29)}; {K4577_3}.")
add(K, "UBND phường Bạc Liêu (Cà Mau)", E, "Zalo OA phường Bạc Liêu", "Kênh thông báo lịch tiêm chủng, lịch cắt điện, tin tức phường tới người dân.",
    [], [], f"Kênh tiếp cận bổ trợ ({PL(7,4)}); chỉ nói đối tượng phục vụ, không lặp nền tảng nào.")
add(K, "UBND xã Cái Nước (Cà Mau)", P, "Hệ thống quan trắc độ mặn tự động trên kênh rạch", "",
    [], [], f"{PL(7,3)} điểm b: quan trắc, giám sát môi trường cấp xã (nếu tỉnh không triển khai tập trung).")
add(K, "UBND xã Đồng Văn (Tuyên Quang)", P, "Xây dựng phần mềm theo dõi hộ đồng bào DTTS và chính sách thụ hưởng của xã", "",
    ["B-46"], [], f"Lặp quản lý dữ liệu DTTS và kết quả thực hiện chính sách dân tộc của {B(46)}; {K4577_3}.")
add(K, "UBND xã Ea Súp (Đắk Lắk)", E, "Điểm hỗ trợ dịch vụ công tại nhà văn hóa buôn", "",
    [], [], f"Kênh tiếp cận bổ trợ (điểm hỗ trợ tại cộng đồng) ({PL(7,4)}).")
add(K, "UBND phường Buôn Ma Thuột (Đắk Lắk)", X, "Mở rộng phần mềm cấp giấy phép xây dựng nhà ở riêng lẻ của phường", "",
    ["B-10"], [], f"TTHC ngành xây dựng: {B(10)}; {B05}; {K4577_1}.")
add(K, "UBND xã Tam Nông (Đồng Tháp)", P, "Thuê hosting và email riêng cho cán bộ xã (@tamnong.vn)", "",
    [], [EMAIL], f"{II3('c')}: thư điện tử công vụ thống nhất dùng chung tới cấp xã.")
add(K, "UBND xã Mường Tè (Lai Châu)", E, "Điểm cầu hội nghị truyền hình trực tuyến tại phòng họp xã", "",
    [], [], f"Hệ thống hội nghị truyền hình trực tuyến thuộc hạ tầng ICT cấp xã ({PL(7,1)}).")
add(K, "UBND phường Vị Thanh (Cần Thơ)", P, "Phần mềm báo cáo thống kê chỉ tiêu KT-XH cấp xã", "",
    ["A-15"], [], f"Lặp thu thập báo cáo thống kê các chỉ tiêu thống kê cấp xã của {A(15)}.")
add(K, "UBND đặc khu Cô Tô (Quảng Ninh)", E, "Kết nối Internet vệ tinh dự phòng cho trụ sở đặc khu", "",
    [], [], f"Kết nối đặc thù cho vùng có điều kiện địa lý đặc biệt ({II3('a')}).")
add(K, "UBND đặc khu Lý Sơn (Quảng Ngãi)", P, "Truy xuất nguồn gốc tỏi Lý Sơn – ứng dụng trên NDAChain", "",
    [], [], f"Ứng dụng phát triển trên {A(9)}, không xây dựng nền tảng chuỗi khối riêng.")
add(K, "UBND đặc khu Phú Quý (Lâm Đồng)", E, "Thanh toán QR không tiền mặt tại chợ, bến tàu", "",
    [], [], f"Giải pháp thanh toán điện tử cấp xã ({PL(7,3)} điểm b).")
add(K, "UBND xã Mộc Châu (Sơn La)", P, "Ứng dụng tư vấn sức khỏe từ xa cho người dân bản vùng cao", "",
    [], [], f"Giải pháp tư vấn, chăm sóc sức khỏe từ xa cấp xã ({PL(7,3)} điểm b).")
add(K, "UBND phường Hà Tiên (An Giang)", X, "Mở rộng phần mềm quản lý cơ sở thờ tự, đăng ký sinh hoạt tôn giáo tập trung",
    "Tiếp nhận đăng ký sinh hoạt tôn giáo tập trung, theo dõi cơ sở thờ tự, chức việc trên địa bàn.",
    ["B-15", "B-47"], [], f"Vừa là TTHC lĩnh vực tôn giáo ({B(15)}; {B05}) vừa là quản lý dữ liệu cơ sở tôn giáo, chức việc, hỗ trợ TTHC ({B(47)}).")
add(K, "UBND xã Khe Sanh (Quảng Trị)", E, "Phần mềm tiếp dân, xử lý đơn của xã", "",
    ["B-55"], [], f"Lặp tiếp công dân, xử lý đơn dùng thống nhất tới địa phương của {B(55)}.")
add(K, "UBND phường Điện Biên Phủ (Điện Biên)", R, "Phần mềm QLVB riêng của phường", "Dừng, chuyển sang hệ thống QLVB dùng chung của tỉnh.",
    [], [], f"QLVB không phải nền tảng 1132 (khác {A(4)}); dùng giải pháp chung của tỉnh theo {K4577_3}.")
add(K, "UBND xã Na Hang (Tuyên Quang)", P, "Nhắn tin, phát loa cảnh báo lũ quét cho bà con", "",
    [], [], f"Chỉ truyền tin cảnh báo tới dân (truyền thanh, {PL(7,1)}); không phải công cụ AI phân tích, dự báo của {B(39)}.")
add(K, "UBND phường Long Xuyên (An Giang)", P, "Mua chatbot AI riêng (GPT) trả lời TTHC trên fanpage phường", "",
    ["A-10"], [], f"{A(10)}: địa phương tùy biến trợ lý ảo trên nền tảng duy nhất, không đầu tư thuật toán riêng lẻ; {K4577_3}.")
add(K, "UBND xã Phong Thổ (Lai Châu)", E, "Máy quét số hóa hồ sơ TTHC tại Bộ phận một cửa", "",
    [], [], "Thiết bị đầu cuối tại nơi tiếp nhận; không tương ứng nền tảng nào.")
add(K, "UBND phường Rạch Giá (An Giang)", R, "Cổng TTĐT phường (cũ) – hợp nhất vào Cổng TTĐT tỉnh", "",
    [], [], "Cổng thông tin điện tử của cơ quan không thuộc danh mục 1132 Phụ lục II.")
add(K, "UBND xã Trà Cú (Vĩnh Long)", P, "Phần mềm quản lý tiêm phòng gia súc, gia cầm của xã", "",
    ["B-37"], [], f"Lặp nghiệp vụ phòng, chống dịch bệnh động vật từ trung ương tới địa phương của {B(37)}.")
add(K, "UBND đặc khu Bạch Long Vĩ (Hải Phòng)", P, "SOC mini giám sát ATTT tập trung cho đặc khu", "",
    ["A-13"], [], f"Lặp hệ thống giám sát, điều phối an ninh mạng riêng lẻ mà {A(13)} thay thế.")
add(K, "UBND phường Thủ Dầu Một (TP. Hồ Chí Minh)", P, "Bãi đỗ xe thông minh – đặt chỗ, thanh toán qua app", "",
    [], [], f"{PL(7,3)} điểm b: bãi đỗ xe thông minh cấp xã.")
add(K, "UBND phường Sa Pa (Lào Cai)", E, "Bản đồ số homestay cho hộ kinh doanh du lịch", "",
    [], [], f"Giải pháp chuyển đổi số du lịch cho hộ kinh doanh ({PL(7,3)} điểm b); không phải quản trị ngành {B(45)}.")
add(K, "UBND xã Bình Liêu (Quảng Ninh)", P, "Trang tra cứu văn bản pháp luật, hỏi đáp pháp luật cho người dân xã biên giới", "",
    ["A-16"], [], f"Lặp kênh thông tin pháp luật tập trung của {A(16)}.")
add(K, "UBND xã Cần Giờ (TP. Hồ Chí Minh)", X, "Phần mềm quản lý trường mầm non công lập (điểm danh, sổ theo dõi trẻ, thu học phí)", "",
    ["B-35"], [], f"Lặp quản trị cơ sở giáo dục mầm non dùng chung tới xã/phường của {B(35)}.")
add(K, "UBND xã Mường Lát (Thanh Hóa)", E, "Internet vệ tinh cho các bản chưa có cáp quang", "",
    [], [], f"Kết nối đặc thù vùng sâu, vùng xa ({II3('a')}).")
add(K, "UBND phường Sóc Trăng (Cần Thơ)", R, "phan mem cap phep kinh doanh ruou ban le (cu)", "",
    ["B-08"], [], f"TTHC ngành công thương: {B(8)}; {B05}.")
add(K, "UBND xã Quảng Hòa (Cao Bằng)", R, "Phần mềm quản lý nhân sự cán bộ xã tự làm (Access) – thay bằng nền tảng CBCCVC", "",
    ["B-29"], [], f"Chức năng quản lý CBCCVC của {B(29)}; nhãn theo chức năng dù đang thu hồi.")
add(K, "UBND xã Ngọc Hiển (Cà Mau)", X, "Mở rộng điểm wifi công cộng, camera khu du lịch Đất Mũi", "",
    [], [], f"Hạ tầng ICT cấp xã ({PL(7,1)}).")
add(K, "UBND đặc khu Kiên Hải (An Giang)", R, "Máy chủ lưu trữ dữ liệu riêng tại trụ sở (chuyển lên TTDL tỉnh)", "",
    [], [], f"Cấp xã sử dụng hạ tầng Trung tâm dữ liệu cấp tỉnh ({PL(7,1)}); máy chủ tại chỗ không phải nền tảng điện toán đám mây {A(8)}.")
add(K, "UBND phường Tân An (Tây Ninh)", R, "Trang cong khai ngan sach phuong (ngung)", "",
    ["B-26"], [], f"Công khai ngân sách của đơn vị là chức năng của {B(26)}.")

# ======================= PARTY =======================
K = "party"
add(K, "Văn phòng Tỉnh ủy Lai Châu", E, "Phần mềm QLVB và điều hành nội bộ Tỉnh ủy (mua riêng của nhà thầu)",
    "Gửi, nhận, xử lý văn bản, hồ sơ công việc giữa các ban đảng tỉnh và đảng ủy xã.",
    ["B-19"], [], f"Lặp gửi, nhận, xử lý văn bản toàn trình xuyên suốt từ trung ương đến cấp xã trong cơ quan Đảng của {B(19)}.")
add(K, "Đảng ủy xã Mường Nhé (Điện Biên)", E, "Máy trạm, token cơ yếu truy cập Hệ thống điều hành tác nghiệp cơ quan Đảng", "",
    [], [], f"Thiết bị để sử dụng {B(19)}, không lặp chức năng.")
add(K, "Ban Tổ chức Tỉnh ủy Gia Lai", P, "Xây dựng phần mềm quản lý đảng viên, hồ sơ cán bộ diện Tỉnh ủy quản lý", "",
    ["B-20"], [], f"Lặp nghiệp vụ tổ chức, cán bộ, đảng viên triển khai tập trung cho cơ quan Đảng các cấp của {B(20)}.")
add(K, "Ban Tổ chức Tỉnh ủy Sơn La", E, "Tài khoản khai thác CSDL đảng viên trên HTTT tổ chức – xây dựng Đảng", "",
    [], [], f"Khai thác {B(20)}, không xây dựng riêng.")
add(K, "Văn phòng Tỉnh ủy Đồng Tháp", P, "Phần mềm theo dõi thực hiện nghị quyết, chỉ thị, kết luận của Trung ương và Tỉnh ủy", "",
    ["B-21"], [], f"Lặp phần mềm theo dõi thực hiện nghị quyết, chỉ thị, kết luận triển khai tới cơ sở của {B(21)}.")
add(K, "Đảng ủy phường Long Xuyên (An Giang)", E, "So tay dang vien dien tu", "",
    [], [], f"Ứng dụng Đảng viên số thuộc khung cơ quan Đảng ({PL(1,3)}).")
add(K, "Ủy ban Kiểm tra Tỉnh ủy Cà Mau", P, "Phần mềm quản lý công tác kiểm tra, giám sát, thi hành kỷ luật đảng", "",
    [], [], f"HTTT chuyên ngành lĩnh vực Kiểm tra, giám sát, kỷ luật Đảng ({PL(1,3)}); không phải thanh tra nhà nước {B(56)}.")
add(K, "Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An", E, "Hệ thống thu thập, phân tích thông tin trên Internet (social listening)", "",
    [], [], f"Hệ thống thu thập, tổng hợp thông tin trên Internet thuộc khung cơ quan Đảng ({PL(1,3)}).")
add(K, "Văn phòng Tỉnh ủy Quảng Trị", P, "Cổng tiếp nhận, giải quyết thủ tục trong Đảng trực tuyến (chuyển sinh hoạt đảng, kết nạp đảng viên)", "",
    ["B-01"], [], f"Lặp HTTT giải quyết TTHC của Đảng dùng chung tại tất cả tổ chức Đảng ({B(1)}).")
add(K, "Tỉnh ủy An Giang", X, "Kết nối các đảng ủy xã mới vào Mạng thông tin diện rộng của Đảng", "",
    [], [], f"Sử dụng Mạng thông tin diện rộng của Đảng ({II3('a')}), không xây dựng mạng riêng.")
add(K, "Văn phòng Trung ương Đảng – Cục Chuyển đổi số – Cơ yếu", X, "Nâng cấp Hệ thống thông tin điều hành tác nghiệp trong các cơ quan Đảng", "",
    [], [], own(B(19)))
add(K, "Văn phòng Trung ương Đảng", P, "HTTT giải quyết TTHC của Đảng trên môi trường điện tử", "",
    [], [], own(B(1)))
add(K, "Đảng ủy Bộ Dân tộc và Tôn giáo", P, "Email riêng cho cán bộ cơ quan Đảng ủy (tên miền riêng)", "",
    [], [EMAIL], f"{II3('c')}: thư điện tử công vụ thống nhất cho cơ quan, cá nhân trong hệ thống chính trị.")
add(K, "Tỉnh ủy Cao Bằng", P, "Dashboard điều hành của Tỉnh ủy (BI)", "",
    [], [], f"Bảng thông tin điều hành của cơ quan Đảng ({PL(1,4)}).")
add(K, "Ban Tổ chức Tỉnh ủy Tây Ninh", P, "Ứng dụng phục vụ Đại hội Đảng bộ tỉnh – tài liệu điện tử, biểu quyết", "",
    [], [], f"Ứng dụng hỗ trợ Đại hội Đảng các cấp ({PL(1,3)}).")
add(K, "Văn phòng Tỉnh ủy Lào Cai", R, "Phần mềm QLVB Tỉnh ủy Yên Bái cũ", "Dừng, chuyển sang Hệ thống điều hành tác nghiệp của Văn phòng Trung ương.",
    ["B-19"], [], f"Chức năng gửi, nhận, xử lý văn bản cơ quan Đảng của {B(19)}; nhãn theo chức năng dù đang thu hồi.")
add(K, "Đảng ủy xã Đồng Văn (Tuyên Quang)", E, "phan mem quan ly dang vien cua dang uy xa (tu lam)", "",
    ["B-20"], [], f"Quản lý đảng viên là nghiệp vụ của {B(20)}.")
add(K, "Văn phòng Tỉnh ủy Vĩnh Long", E, "Thiết bị mã hóa gửi nhận văn bản mật (Ban Cơ yếu cung cấp)", "",
    [], [], f"Giải pháp bảo mật gửi, nhận văn bản mật ({II3('a')}); thuộc cơ yếu, {D2X}.")
add(K, "Văn phòng Tỉnh ủy Phú Thọ", P, "Hệ thống báo cáo tổng hợp, phân tích, dự báo của Tỉnh ủy", "",
    [], [], f"Thành phần khung cơ quan Đảng ({PL(1,3)}).")
add(K, "Tỉnh ủy Khánh Hòa", R, "Cổng TTĐT Đảng bộ tỉnh Ninh Thuận cũ", "",
    [], [], "Cổng thông tin điện tử không thuộc danh mục 1132 Phụ lục II.")
add(K, "Văn phòng Thành ủy Cần Thơ", X, "Mở rộng phần mềm theo dõi nhiệm vụ Thường trực Thành ủy giao, đánh giá kết quả thực hiện nghị quyết", "",
    ["B-21"], [], f"Theo dõi, đánh giá kết quả thực hiện nghị quyết là chức năng của {B(21)}.")
add(K, "Ban Tổ chức Tỉnh ủy Hưng Yên", R, "Phần mềm quản lý hồ sơ đảng viên tỉnh Thái Bình cũ", "",
    ["B-20"], [], f"Chức năng của {B(20)}; nhãn theo chức năng.")

# ======================= ASSEMBLY =======================
K = "assembly"
add(K, "Văn phòng Quốc hội – Trung tâm Công nghệ thông tin", E, "Hệ thống phục vụ kỳ họp không giấy (e-Parliament), biểu quyết điện tử", "",
    [], [], f"Nhóm ứng dụng hỗ trợ kỳ họp Quốc hội ({PL(2,3)}).")
add(K, "Ủy ban Kinh tế và Tài chính của Quốc hội", P, "Kho dữ liệu, BI phục vụ thẩm tra dự toán ngân sách", "",
    [], [], f"Nền tảng tổng hợp, phân tích dữ liệu của Quốc hội ({PL(2,2)}).")
add(K, "Hội đồng Dân tộc của Quốc hội", E, "Phần mềm quản lý hồ sơ các đoàn giám sát, báo cáo giám sát", "",
    [], [], f"HTTT chuyên ngành lĩnh vực Giám sát của Quốc hội ({PL(2,3)}); khác quản lý nhà nước về dân tộc của {B(46)}.")
add(K, "Văn phòng Quốc hội", P, "Ứng dụng tương tác cử tri – tiếp nhận kiến nghị cử tri gửi ĐBQH", "",
    [], [], f"Nhóm ứng dụng hỗ trợ tương tác với công dân, cử tri, ĐBQH ({PL(2,3)}).")
add(K, "Đoàn ĐBQH tỉnh Điện Biên", E, "Thuê Google Workspace email cho ĐBQH và chuyên viên Đoàn", "",
    [], [EMAIL], f"{II3('c')}: thư điện tử công vụ thống nhất cho cơ quan, cá nhân trong hệ thống chính trị.")
add(K, "Văn phòng Quốc hội – Trung tâm Công nghệ thông tin", X, "Nâng cấp hạ tầng Trung tâm dữ liệu Quốc hội hiện có", "",
    [], [], f"Trung tâm dữ liệu của Quốc hội ({PL(2,1)}).")
add(K, "Văn phòng Quốc hội", X, "LGSP Quốc hội – kết nối NDXP", "",
    [], [], f"Nền tảng tích hợp, chia sẻ dữ liệu của Quốc hội ({PL(2,2)}); kết nối {A(6)}.")
add(K, "Văn phòng Quốc hội", P, "Mua sắm hệ thống SOC riêng giám sát an ninh mạng các HTTT của Quốc hội", "",
    ["A-13"], [], f"Lặp giám sát, điều phối an ninh mạng mà {A(13)} cung cấp cho mọi cơ quan.")
add(K, "Ủy ban Văn hóa và Xã hội của Quốc hội", E, "Phần mềm quản lý hồ sơ giám sát chuyên đề", "",
    [], [], f"HTTT chuyên ngành lĩnh vực Giám sát ({PL(2,3)}).")
add(K, "Văn phòng Quốc hội", R, "Kết nối gửi nhận văn bản điểm - điểm với các bộ (thay bằng Trục liên thông văn bản quốc gia)", "",
    ["A-04"], [], f"Chức năng gửi, nhận văn bản điện tử giữa các cơ quan của {A(4)}; nhãn theo chức năng.")
add(K, "Văn phòng Đoàn ĐBQH và HĐND tỉnh Cà Mau", P, "App tiếp xúc cử tri – tổng hợp kiến nghị cử tri", "",
    [], [], f"Ứng dụng tương tác cử tri ({PL(2,3)}).")
add(K, "Văn phòng Quốc hội – Thư viện Quốc hội", E, "CSDL luật và tài liệu tham khảo phục vụ ĐBQH", "",
    [], [], f"CSDL chuyên ngành của Quốc hội ({PL(2,2)}).")
add(K, "Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội", R, "Website lấy ý kiến chuyên gia dự án luật (cũ)", "",
    [], [], f"Ứng dụng nghiệp vụ lập pháp của Quốc hội ({PL(2,3)}).")
add(K, "Văn phòng Quốc hội", R, "Máy chủ thư điện tử riêng quochoi.vn thế hệ cũ", "",
    [], [EMAIL], f"Email riêng lặp {II3('c')}; nhãn theo chức năng dù đang thu hồi.")

# ======================= FRONT =======================
K = "front"
add(K, "Ủy ban MTTQ Việt Nam tỉnh Lào Cai", E, "Phần mềm quản lý Quỹ Vì người nghèo, an sinh xã hội", "",
    [], [], f"HTTT chuyên ngành của Mặt trận ({PL(3,3)}).")
add(K, "Hội Liên hiệp Phụ nữ tỉnh Sơn La", P, "Ứng dụng kết nối hội viên phụ nữ, tuyên truyền vận động", "",
    [], [], f"Nhóm ứng dụng hỗ trợ tương tác với nhân dân ({PL(3,3)}).")
add(K, "Tỉnh đoàn Cà Mau", E, "Sổ tay đoàn viên điện tử – quản lý đoàn viên", "",
    [], [], f"Nghiệp vụ chuyên ngành của khối Mặt trận, đoàn thể ({PL(3,3)}); không phải quản lý CBCCVC {B(29)}.")
add(K, "Hội Nông dân tỉnh Đắk Lắk", P, "Sàn TMĐT nông sản của Hội Nông dân", "",
    [], [], f"Ứng dụng chuyên ngành ({PL(3,3)}); không tương ứng nền tảng 1132 ({B(42)} quản lý nhà nước về thương mại).")
add(K, "Trung ương Hội Nông dân Việt Nam", P, "Đầu tư hệ thống email riêng cho cán bộ Hội các cấp", "",
    [], [EMAIL], f"{II3('c')}: thư điện tử công vụ thống nhất dùng chung trong hệ thống chính trị.")
add(K, "Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang", P, "Thuê kênh truyền riêng có mã hóa để trao đổi văn bản mật giữa MTTQ tỉnh và xã", "",
    [], [PWAN], f"{K5441}: kết nối yêu cầu độ mật cao nhất của Đảng, Nhà nước, Mặt trận phải dùng Mạng thông tin diện rộng của Đảng ({II3('a')}).")
add(K, "Ủy ban Trung ương MTTQ Việt Nam", P, "Nền tảng lấy ý kiến nhân dân góp ý dự thảo, giám sát và phản biện xã hội", "",
    [], [], f"Lĩnh vực giám sát và phản biện xã hội của Mặt trận ({PL(3,3)}).")
add(K, "Hội Liên hiệp Phụ nữ tỉnh Quảng Ngãi", E, "Phần mềm quản lý vốn ủy thác NHCSXH và tổ tiết kiệm vay vốn", "",
    [], [], f"Quản lý tổ vay vốn của Hội; không phải hệ thống thông tin tín dụng quốc gia {B(51)}.")
add(K, "Liên đoàn Lao động tỉnh Đồng Nai", X, "Phần mềm quản lý đoàn viên công đoàn, thu kinh phí công đoàn", "",
    [], [], f"Nghiệp vụ chuyên ngành tổ chức chính trị - xã hội ({PL(3,3)}).")
add(K, "Hội Cựu chiến binh tỉnh Quảng Trị", E, "phan mem quan ly hoi vien", "",
    [], [], f"Ứng dụng nội bộ ({PL(3,3)}).")
add(K, "Tỉnh đoàn An Giang", P, "Thuê nền tảng e-learning riêng phổ cập kỹ năng số cho thanh niên và mọi người dân", "",
    [], [BDHV], f"{II3('c')}: Nền tảng Bình dân học vụ số là nền tảng học trực tuyến mở đại trà quốc gia về kỹ năng số cho mọi đối tượng.")
add(K, "Ủy ban MTTQ Việt Nam tỉnh Gia Lai", E, "QLVB điều hành MTTQ tỉnh – xã (Viettel vOffice)", "",
    [], [], f"Nhóm ứng dụng hỗ trợ hoạt động nội bộ của Mặt trận ({PL(3,3)}); {B(19)} chỉ dành cho cơ quan Đảng.")
add(K, "Ủy ban MTTQ Việt Nam thành phố Hải Phòng", R, "Cổng TTĐT MTTQ tỉnh Hải Dương cũ", "",
    [], [], "Cổng thông tin điện tử không thuộc danh mục 1132 Phụ lục II.")
add(K, "Tỉnh đoàn Lai Châu", P, "Tự xây dựng hệ thống cấp chứng thư số nội bộ (Private CA) để ký số văn bản Đoàn", "",
    [], [CA], f"{II3('a')}: Hệ thống chứng thực chữ ký số chuyên dùng công vụ do Ban Cơ yếu Chính phủ chủ quản cung cấp cho cơ quan trong hệ thống chính trị.")
add(K, "Hội Liên hiệp Phụ nữ Việt Nam", R, "Phần mềm email nội bộ của Hội (ngừng, chuyển sang email công vụ)", "",
    [], [EMAIL], f"Chức năng thư điện tử công vụ ({II3('c')}); nhãn theo chức năng.")

# ======================= OTHER =======================
K = "other"
add(K, "Tòa án nhân dân tối cao", E, "Cổng công bố bản án, quyết định của Tòa án", "",
    [], [], f"HTTT chuyên ngành của Tòa án ({PL(4,3)}).")
add(K, "Tòa án nhân dân tối cao", P, "Hệ thống nộp đơn khởi kiện, tống đạt văn bản tố tụng điện tử", "",
    [], [], f"Nghiệp vụ tố tụng chuyên ngành ({PL(4,3)}); không phải TTHC của {A(1)}.")
add(K, "Viện kiểm sát nhân dân tối cao", P, "Hệ thống quản lý án hình sự, kiểm sát điều tra", "",
    [], [], f"HTTT chuyên ngành của Viện kiểm sát ({PL(4,3)}).")
add(K, "Viện kiểm sát nhân dân tối cao – Cục Thống kê tội phạm và CNTT", P, "Trung tâm giám sát an ninh mạng (SOC) ngành Kiểm sát", "",
    ["A-13"], [], f"Lặp {A(13)}; Viện kiểm sát không thuộc ngoại lệ quốc phòng, an ninh, cơ yếu của {D2}.")
add(K, "Viện kiểm sát nhân dân tỉnh Lạng Sơn", E, "eOffice QLVB ngành kiểm sát", "",
    [], [], f"Nhóm ứng dụng hỗ trợ hoạt động nội bộ ({PL(4,3)}).")
add(K, "Kiểm toán nhà nước", P, "Phần mềm quản lý hoạt động kiểm toán, hồ sơ kiểm toán điện tử", "",
    [], [], f"Nghiệp vụ kiểm toán nhà nước ({PL(4,3)}); không phải nghiệp vụ thanh tra của {B(56)}.")
add(K, "Kiểm toán nhà nước – Trung tâm Tin học", E, "Kho dữ liệu kiểm toán, phân tích dữ liệu lớn ngân sách", "",
    [], [], f"Nền tảng tổng hợp, phân tích dữ liệu của cơ quan khác ({PL(4,2)}).")
add(K, "Kiểm toán nhà nước", P, "Cổng công khai kết quả kiểm toán", "",
    [], [], f"Công khai kết quả kiểm toán khác công khai ngân sách của đơn vị ({B(26)}).")
add(K, "Đài Tiếng nói Việt Nam", E, "VOV Live – nền tảng phát thanh số", "",
    [], [], own(B(60)))
add(K, "Đài Truyền hình Việt Nam", X, "Nâng cấp VTVGo – tích hợp kênh đài địa phương", "",
    [], [], own(B(61)))
add(K, "Đài Truyền hình Việt Nam – Trung tâm Đo lường khán giả", X, "VTV Rating – mở rộng panel đo lường", "",
    [], [], own(B(62)))
add(K, "Thông tấn xã Việt Nam", P, "Xây dựng nền tảng nghe radio, podcast tổng hợp các kênh phát thanh của các đài tỉnh",
    "Người nghe trong nước và kiều bào nghe trực tiếp, nghe lại tất cả các kênh phát thanh địa phương trên app.",
    ["B-60"], [], f"Lặp nền tảng phát thanh số quốc gia cung cấp các kênh phát thanh của các đài tỉnh của {B(60)}.")
add(K, "Văn phòng Chủ tịch nước", E, "Phần mềm quản lý hồ sơ đặc xá, khen thưởng nhà nước", "",
    [], [], f"Nghiệp vụ chuyên ngành của cơ quan khác ({PL(4,3)}).")
add(K, "Ban Cơ yếu Chính phủ", X, "Mở rộng Hệ thống chứng thực chữ ký số chuyên dùng công vụ", "",
    [], [], f"Ban Cơ yếu là chủ quản hệ thống này ({II3('a')}).")
add(K, "Ban Cơ yếu Chính phủ", E, "Hệ thống thư điện tử mật của ngành cơ yếu", "",
    [], [], f"Trùng chức năng thư điện tử công vụ nhưng thuộc {D2X}.")
add(K, "Đài Tiếng nói Việt Nam – Truyền hình VOVTV", P, "Nền tảng OTT riêng VOVTV Go", "",
    ["B-61"], [], f"{B(61)} dùng chung cho tất cả các đài truyền hình từ trung ương đến địa phương phát trên Internet.")
add(K, "Tòa án nhân dân tối cao", E, "Email nội bộ ngành Tòa án (mail.toaan.gov.vn)", "",
    [], [EMAIL], f"{II3('c')}: thư điện tử công vụ thống nhất cho các cơ quan trong hệ thống chính trị.")
add(K, "Viện kiểm sát nhân dân tối cao", P, "Cổng tiếp nhận tin báo, tố giác tội phạm trực tuyến", "",
    [], [], f"Thuộc tố tụng hình sự theo pháp luật chuyên ngành ({D2L}); HTTT chuyên ngành ({PL(4,3)}).")
add(K, "Học viện Chính trị quốc gia Hồ Chí Minh", P, "LMS bồi dưỡng lý luận chính trị trực tuyến", "",
    [], [], f"Đào tạo cán bộ; {B(36)} chỉ phục vụ mầm non, phổ thông, GDTX.")
add(K, "Văn phòng Chủ tịch nước", P, "Thuê dịch vụ WAF, chống DDoS cho Cổng TTĐT Chủ tịch nước", "",
    ["A-14"], [], f"{A(14)}: cơ quan nhà nước không đầu tư, thuê giải pháp tường lửa ứng dụng web, chống DDoS tương tự.")
add(K, "Tòa án nhân dân tối cao", R, "Phần mềm tra cứu văn bản pháp luật cho người dân (cũ) trên Cổng TTĐT Tòa án", "",
    ["A-16"], [], f"Kênh tra cứu pháp luật cho người dân lặp {A(16)}; nhãn theo chức năng.")
add(K, "Kiểm toán nhà nước", R, "Hệ thống email riêng sav.gov.vn – thu hẹp", "",
    [], [EMAIL], f"Chức năng thư điện tử công vụ ({II3('c')}).")
add(K, "Đài Tiếng nói Việt Nam", R, "App VOV Giao thông cũ (hợp nhất vào VOV Live)", "",
    [], [], own(B(60)))
add(K, "Viện kiểm sát nhân dân tối cao", R, "Trang tra cứu tài liệu nghiệp vụ kiểm sát nội bộ (cũ)", "",
    [], [], f"Tài liệu nghiệp vụ chuyên ngành ({PL(4,3)}).")


# ======================= PATCHES: status balance, descriptions, wording variety =======================
# key = name as first written; value = (new_name or None, new_status or None, new_description or None)
PATCH = {
 "Kho dữ liệu dùng chung tỉnh Sơn La (data warehouse)": (None, X, "Mở rộng kho dữ liệu dùng chung: bổ sung dữ liệu 12 sở, xây dựng data mart phục vụ BI dashboard của UBND tỉnh."),
 "Module SSO đăng nhập bằng tài khoản VNeID cho Cổng TTĐT và các ứng dụng của tỉnh": (None, None, "Tích hợp OIDC với Nền tảng định danh và xác thực điện tử của Bộ Công an; người dùng đăng nhập bằng VNeID mức 2, hệ thống tỉnh không lưu mật khẩu."),
 "Phần mềm tiếp nhận, giải quyết hồ sơ đăng ký biến động đất đai riêng của tỉnh": (None, R, "Dừng sau khi HTTT giải quyết TTHC của Bộ Nông nghiệp và Môi trường vận hành; hiện vẫn tiếp nhận hồ sơ chuyển nhượng, thế chấp, cấp đổi GCN."),
 "Thuê dịch vụ phần mềm cấp giấy phép bán lẻ rượu, thuốc lá năm 2027": (None, None, "Dự toán 2027: 120 triệu đồng, nguồn chi thường xuyên; nhà cung cấp VNPT."),
 "Phát sóng kênh THĐT1 trên nền tảng VTVGo": (None, None, "Ký thỏa thuận với Đài THVN để phân phối tín hiệu kênh THĐT1, THĐT2 trên VTVGo; Đài không tự đầu tư hạ tầng OTT."),
 "Nâng cấp phần mềm quản lý hồ sơ CB, CC, VC tỉnh Thanh Hóa sau sắp xếp": (None, None, "Bổ sung phân hệ quản lý biên chế, vị trí việc làm, quá trình công tác; cập nhật hồ sơ 2 cấp chính quyền."),
 "Phần mềm quản lý ATTP – tiếp nhận hồ sơ tự công bố sản phẩm, cấp GCN cơ sở đủ điều kiện": (None, R, ""),
 "Thuê dịch vụ phần mềm quản lý trường học cho các trường mầm non, phổ thông toàn tỉnh": ("Thuê dịch vụ CNTT phần mềm quản lý trường học (Viettel SMAS) cho mầm non, phổ thông toàn tỉnh", X, "Mở rộng từ 3 tỉnh cũ lên toàn tỉnh: hồ sơ học sinh, sổ điểm điện tử, học bạ số, quản lý giáo viên."),
 "LMS học trực tuyến, giao bài, kiểm tra đánh giá học sinh THCS, THPT": (None, None, "VNPT E-Learning: giáo viên giao bài, thi trắc nghiệm online, chấm điểm tự động."),
 "Phần mềm quản lý cơ sở chăn nuôi, tiêm phòng và dịch bệnh động vật": (None, X, ""),
 "Bản đồ số nông nghiệp Đắk Lắk – số hóa vùng trồng cà phê, sầu riêng, truy xuất nguồn gốc": (None, None, "GIS vùng trồng, mã QR truy xuất cho nông sản xuất khẩu, cảnh báo thời tiết cho nông hộ."),
 "Phần mềm quản lý bãi xe, điều tiết xe chờ thông quan cửa khẩu Tân Thanh": (None, None, "Xếp hàng, cấp số thứ tự, thu phí bến bãi cho xe hàng chờ thông quan; hiển thị trên màn hình tại cửa khẩu."),
 "Xây dựng cổng đấu thầu điện tử riêng cho dự án đầu tư công của thành phố": (None, None, "Đăng tải thông báo mời thầu, nhận hồ sơ dự thầu online, mở thầu và công bố kết quả cho các chủ đầu tư thuộc thành phố."),
 "Phần mềm tiếp công dân, xử lý đơn thư khiếu nại, tố cáo": (None, X, "Nâng cấp: kết nối với các xã sau sáp nhập, thống kê đơn thư theo lĩnh vực."),
 "Agent thu thập log, đẩy cảnh báo về Nền tảng SOC quốc gia": (None, None, "Cài agent trên máy chủ TTDL tỉnh, chuyển log firewall, máy chủ web về nền tảng điều hành an ninh mạng quốc gia theo hướng dẫn của Bộ Công an."),
 "Bkav Endpoint – phòng chống mã độc máy trạm": (None, R, "Hết bản quyền 12/2026, thay bằng giải pháp endpoint mới cho 1.200 máy trạm."),
 "Tùy biến Trợ lý ảo quốc gia bổ sung tri thức đặc thù của tỉnh": (None, None, "Nạp bộ câu hỏi về TTHC, chính sách đặc thù của tỉnh vào Trợ lý ảo quốc gia do Bộ Công an triển khai; không mua engine riêng."),
 "Phần mềm thu thập, tổng hợp chỉ tiêu thống kê cấp tỉnh, cấp xã": (None, R, ""),
 "Trang tra cứu pháp luật, hỏi đáp pháp luật cho người dân Sơn La": (None, None, "Tủ sách pháp luật điện tử, hỏi đáp pháp luật có luật sư trả lời, tìm văn bản theo lĩnh vực."),
 "Công báo điện tử tỉnh Hưng Yên": (None, R, ""),
 "Duy trì vận hành Trung tâm dữ liệu tỉnh Đồng Nai (kinh phí 2027)": (None, None, "Điện, điều hòa, bảo trì thiết bị, thuê nhân sự vận hành 24/7: 2,4 tỷ đồng."),
 "Trung tâm giám sát, điều hành thông minh (IOC) tỉnh Đắk Lắk giai đoạn 2": (None, X, "Bổ sung dashboard y tế, giáo dục, giao thông cho lãnh đạo tỉnh; tích hợp camera của tỉnh Phú Yên cũ."),
 "Hệ thống điều khiển đèn tín hiệu giao thông thông minh tập trung": (None, None, "Điều khiển tập trung 45 nút giao đô thị Bắc Ninh, Bắc Giang, tự động điều chỉnh chu kỳ đèn theo lưu lượng."),
 "Mở rộng máy chủ thư điện tử công vụ của tỉnh cho cán bộ cấp xã": (None, None, "Tăng license Zimbra thêm 3.000 hộp thư @vinhlong.gov.vn cho cán bộ 124 xã, phường."),
 "Hộp thư điện tử cho mỗi công dân để nhận thông báo của chính quyền": (None, None, "Mỗi người dân có một địa chỉ thư điện tử do tỉnh cấp để nhận thông báo, kết quả giải quyết từ cơ quan nhà nước."),
 "Bản đồ GIS quỹ đất, hạ tầng KKT phục vụ xúc tiến đầu tư": (None, R, ""),
 "Phần mềm phục vụ kỳ họp HĐND tỉnh – tài liệu điện tử, biểu quyết": (None, None, "eCabinet: đại biểu HĐND nhận tài liệu trên tablet, biểu quyết điện tử, ghi âm phiên họp."),
 "Phần mềm cấp giấy phép tiến hành công việc bức xạ (X-quang y tế)": (None, None, "Cơ sở y tế nộp hồ sơ xin cấp, gia hạn giấy phép sử dụng thiết bị X-quang; Sở thẩm định và trả giấy phép điện tử."),
 "Phần mềm cấp phép karaoke, quảng cáo, biểu diễn nghệ thuật": (None, R, ""),
 "Phần mềm xác nhận, giải quyết chế độ ưu đãi người có công": (None, X, "Mở rộng cho cấp xã tiếp nhận hồ sơ trợ cấp người có công, thân nhân liệt sĩ."),
 "Phần mềm cấp bản sao văn bằng, công nhận văn bằng trực tuyến": (None, R, ""),
 "Hệ thống quan trắc môi trường tự động (nước mặt, nước thải) truyền về Sở": (None, X, "Lắp thêm 8 trạm quan trắc tự động nước mặt, truyền dữ liệu về Sở theo thời gian thực."),
 "Mua bộ phần mềm AI nhận diện vi phạm môi trường từ ảnh vệ tinh, camera xả thải": (None, None, "Giải pháp AI-powered của nhà thầu: phát hiện điểm xả thải, đổ trộm chất thải từ ảnh vệ tinh và camera, cảnh báo cho thanh tra môi trường."),
 "Thiết bị token chữ ký số công vụ do Ban Cơ yếu Chính phủ cấp cho lãnh đạo sở, xã": (None, X, "Đề nghị cấp thêm 300 chứng thư số cho lãnh đạo xã mới thành lập."),
 "Bàn làm việc số tỉnh Quảng Ngãi – tích hợp QLVB, lịch công tác, dashboard": (None, None, "Một màn hình cho công chức: văn bản, lịch họp, nhiệm vụ, email; đăng nhập một lần."),
 "Kết nối LGSP tỉnh với NDXP và Nền tảng chia sẻ, điều phối dữ liệu của TTDLQG": (None, None, "Khai thác dữ liệu dân cư, doanh nghiệp, đất đai qua NDXP và NDOP phục vụ giải quyết TTHC; cấu hình dịch vụ, chứng thư kết nối."),
 "Mở rộng LIS, PACS kết nối các bệnh viện tuyến tỉnh": (None, None, "Kết nối kết quả xét nghiệm, hình ảnh chẩn đoán giữa 6 bệnh viện, liên thông bệnh án điện tử."),
 "Hệ thống cấp hộ chiếu ngoại giao, công vụ và hợp pháp hóa lãnh sự trực tuyến": (None, X, "Bổ sung thanh toán phí trực tuyến, trả kết quả qua bưu chính; kết nối Cổng DVCQG."),
 "Nâng cấp hệ thống QLVB và điều hành của Bộ (D-Office), liên thông Trục quốc gia": (None, None, "Hệ thống QLVB – module ký số, module lịch công tác; tích hợp Trục liên thông văn bản quốc gia (gửi, nhận văn bản liên thông)."),
 "Mua sắm giải pháp WAF, chống DDoS cho hệ thống của các Cơ quan đại diện": (None, None, "Dự toán 3,2 tỷ đồng: thiết bị Web Application Firewall, dịch vụ anti-DDoS cho cổng thông tin 94 Cơ quan đại diện."),
 "Nâng cấp CSDL công tác dân tộc (Nền tảng dữ liệu dân tộc)": (None, None, "Mở rộng thu thập dữ liệu từ 34 tỉnh, dashboard chỉ tiêu KT-XH vùng DTTS."),
 "HTTT giải quyết TTHC lĩnh vực dân tộc, tôn giáo của Bộ": (None, None, "Triển khai thống nhất cho Bộ và sở, xã; kết nối Cổng DVCQG."),
 "Kho dữ liệu tập trung ngành BHXH (Data Warehouse)": (None, X, ""),
 "ERP quản lý tài chính, tài sản nội bộ ngành BHXH": (None, None, "Oracle ERP: sổ cái, tài sản cố định, mua sắm nội bộ cho BHXH 34 tỉnh."),
 "Trạm thanh toán điện tử liên ngân hàng tại Chi nhánh": (None, R, ""),
 "HTTT giải quyết TTHC ngành ngân hàng": (None, None, "Cấp phép, chấp thuận của NHNN cho tổ chức tín dụng, triển khai tới các chi nhánh khu vực."),
 "E-learning (Moodle) cho sinh viên đại học": (None, X, "Mở rộng máy chủ Moodle, thêm 200 học phần trực tuyến."),
 "Phần mềm quản lý đào tạo tín chỉ (EduSoft Web)": (None, R, "Thay bằng phần mềm quản lý đào tạo mới năm 2027."),
 "Bệnh viện Trường – mở rộng HIS, LIS, PACS": (None, None, "HIS – module nội trú, LIS – kết nối máy xét nghiệm, PACS lưu ảnh DICOM."),
 "Trung tâm giám sát an ninh mạng quân sự trên mạng truyền số liệu quân sự": (None, X, ""),
 "CSDL quản lý biên giới, người và phương tiện qua lại biên giới": (None, None, "Quản lý người, phương tiện xuất nhập cảnh qua cửa khẩu biên phòng, tình hình an ninh biên giới."),
 "Thuê HIS – EMR bệnh án điện tử": (None, None, "Thuê dịch vụ phần mềm bệnh án điện tử cho 80 khoa."),
 "Hệ thống thư điện tử quân sự": (None, R, ""),
 "Nâng cấp Cổng dịch vụ công quốc gia: hệ thống điều phối kết nối HTTT giải quyết TTHC các bộ": (None, None, "Cổng một cửa duy nhất cho người dân, doanh nghiệp; điều phối hồ sơ tới HTTT giải quyết TTHC của các bộ, ngành."),
 "Triển khai mạng blockchain NDAChain cho các bộ, ngành, địa phương": (None, X, ""),
 "Hệ thống quản lý đấu giá tài sản toàn quốc": (None, None, "Niêm yết, thông báo và tổ chức đấu giá trực tuyến tài sản công, tài sản vi phạm hành chính."),
 "Hệ thống Công báo điện tử nước CHXHCN Việt Nam": (None, X, ""),
 "Nâng cấp eTax Mobile và hệ thống quản lý thuế tập trung": (None, None, "Khai, nộp, hoàn thuế trực tuyến; quản lý rủi ro người nộp thuế."),
 "Hải quan số – thay thế VNACCS/VCIS": ("Hệ thống VNACCS/VCIS (dừng dần khi Hải quan số vận hành)", R, ""),
 "Chuyển đổi TABMIS sang Hệ thống thông tin ngân sách và kế toán nhà nước số (VDBAS)": ("TABMIS – thay thế bằng VDBAS", R, "Hệ thống thông tin quản lý ngân sách và kho bạc thế hệ cũ, ngừng khi VDBAS vận hành."),
 "Data Warehouse chuyên ngành chứng khoán": (None, None, "Kho dữ liệu tập trung về chứng khoán, giám sát thị trường; kết nối Sở Giao dịch, VSDC."),
 "Sàn giao dịch việc làm quốc gia": (None, X, ""),
 "Nền tảng số quốc gia về văn thư, lưu trữ": (None, None, "Kiểm soát văn bản từ khi ban hành đến khi nộp lưu, lưu trữ số tập trung."),
 "Sổ sức khỏe điện tử trên VNeID – bổ sung dữ liệu tiêm chủng": (None, None, ""),
 "Đầu tư hệ thống thư điện tử riêng của Bộ (mail.moit.gov.vn) giai đoạn 2026-2028": (None, None, "Mua máy chủ, bản quyền Microsoft Exchange cho 4.000 hộp thư cán bộ Bộ và các đơn vị trực thuộc."),
 "Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung": (None, X, "Mở rộng cho 3.321 xã, phường sau sắp xếp."),
 "Bộ công cụ AI dự báo mưa lớn, lũ quét dùng chung": (None, None, "Mô hình AI dự báo mưa lớn, lũ quét cho các đài khí tượng khu vực và tỉnh tùy biến."),
 "Nền tảng số công tác thanh tra (thanh tra điện tử)": (None, None, ""),
 "Xây dựng cổng dữ liệu mở ngành văn hóa, thể thao và du lịch": (None, None, "Open data portal: công bố bộ dữ liệu mở về di tích, cơ sở lưu trú, sự kiện thể thao theo chuẩn CSV/API."),
 "Phần mềm công khai dự toán, quyết toán ngân sách các đơn vị thuộc Bộ": (None, None, "Đăng công khai dự toán, quyết toán ngân sách của 60 đơn vị dự toán thuộc Bộ theo Luật NSNN."),
 "Bàn làm việc số (Digital Workplace) Bộ Tài chính": (None, X, ""),
 "Thuê dịch vụ giám sát an ninh mạng (SOC as a service) cho các HTTT của Bộ": (None, None, "Thuê dịch vụ CNTT: giám sát 24/7, phát hiện tấn công, điều phối ứng cứu sự cố, 36 tháng."),
 "Tự xây dựng hạ tầng blockchain của Bộ để cấp mã truy xuất nông sản": (None, None, "Mạng blockchain riêng của Bộ, cung cấp smart contract cho các Cục và địa phương phát triển ứng dụng truy xuất."),
 "HTTT và CSDL quốc gia về an toàn thực phẩm": (None, None, "Mở rộng tới 34 tỉnh, liên thông dữ liệu hậu kiểm với Bộ Công Thương, Bộ NN&MT."),
 "Nền tảng hợp đồng lao động điện tử": (None, X, ""),
 "Nền tảng AI cấp bộ – mô hình trích xuất hồ sơ, hóa đơn": (None, X, "GPU cluster và mô hình OCR, trích xuất thông tin dùng chung cho các Cục thuộc Bộ."),
 "Cổng thông tin tuyển dụng viên chức ngành BHXH (cũ)": (None, None, "Trang đăng tin thi tuyển viên chức của ngành; đã tích hợp vào Cổng TTĐT."),
 "Wifi công cộng tại trụ sở UBND xã": (None, None, "wifi free cho dan den lam thu tuc"),
 "Màn hình LED thông tin tại Bộ phận một cửa phường": (None, None, "Hiển thị số thứ tự, tình trạng hồ sơ cho người dân chờ tại Bộ phận một cửa."),
 "App du lịch Côn Đảo – đặt tour, bản đồ điểm đến": (None, X, ""),
 "Camera an ninh, giám sát giao thông đặc khu Vân Đồn": (None, X, "Lắp thêm 60 camera tại bến tàu, nút giao, kết nối IOC tỉnh."),
 "Phần mềm quản lý hồ sơ CB, CC cấp xã": (None, None, "Xã tự thuê phần mềm lưu lý lịch, quá trình công tác, lương của cán bộ, công chức xã."),
 "Hệ thống quan trắc độ mặn tự động trên kênh rạch": (None, None, "Cảm biến độ mặn tại 5 cống, gửi SMS cho người dân khi vượt ngưỡng."),
 "Điểm hỗ trợ dịch vụ công tại nhà văn hóa buôn": (None, X, "Mở thêm 4 điểm, có tổ công nghệ số cộng đồng hướng dẫn bà con nộp hồ sơ trên Cổng DVCQG, VNeID."),
 "Mở rộng phần mềm cấp giấy phép xây dựng nhà ở riêng lẻ của phường": (None, None, "Tiếp nhận hồ sơ, thẩm định, cấp phép xây dựng nhà ở riêng lẻ, trả giấy phép điện tử."),
 "Điểm cầu hội nghị truyền hình trực tuyến tại phòng họp xã": (None, None, "Thiết bị camera, micro, màn hình kết nối họp trực tuyến với tỉnh qua mạng TSLCD."),
 "Phần mềm báo cáo thống kê chỉ tiêu KT-XH cấp xã": (None, None, "Nhập và tổng hợp chỉ tiêu thống kê cấp xã (dân số, lao động, sản xuất) gửi lên tỉnh."),
 "Kết nối Internet vệ tinh dự phòng cho trụ sở đặc khu": (None, X, ""),
 "Truy xuất nguồn gốc tỏi Lý Sơn – ứng dụng trên NDAChain": (None, None, "Mỗi lô tỏi có mã QR ghi nhận trên mạng blockchain quốc gia NDAChain; đặc khu chỉ xây ứng dụng."),
 "Thanh toán QR không tiền mặt tại chợ, bến tàu": (None, R, ""),
 "Phần mềm tiếp dân, xử lý đơn của xã": (None, R, ""),
 "Nhắn tin, phát loa cảnh báo lũ quét cho bà con": (None, None, "Khi tỉnh phát cảnh báo, xã nhắn tin Zalo và phát loa truyền thanh tới các thôn."),
 "Mua chatbot AI riêng (GPT) trả lời TTHC trên fanpage phường": (None, None, "Thuê API mô hình ngôn ngữ lớn, huấn luyện dữ liệu thủ tục của phường để tự động trả lời người dân."),
 "Cổng TTĐT phường (cũ) – hợp nhất vào Cổng TTĐT tỉnh": (None, None, "Tên miền cũ chuyển hướng về trang của phường trên Cổng TTĐT tỉnh."),
 "Phần mềm quản lý tiêm phòng gia súc, gia cầm của xã": (None, R, ""),
 "SOC mini giám sát ATTT tập trung cho đặc khu": (None, None, "Gói SIEM + dịch vụ giám sát 24/7 của CMC Cyber Security cho mạng đặc khu."),
 "Bãi đỗ xe thông minh – đặt chỗ, thanh toán qua app": (None, X, ""),
 "Trang tra cứu văn bản pháp luật, hỏi đáp pháp luật cho người dân xã biên giới": (None, None, "Trang riêng của xã cho người dân tra cứu luật, hỏi đáp pháp luật bằng tiếng Việt và tiếng Dao."),
 "Internet vệ tinh cho các bản chưa có cáp quang": (None, R, "Thay bằng cáp quang khi nhà mạng kéo tới."),
 "Máy trạm, token cơ yếu truy cập Hệ thống điều hành tác nghiệp cơ quan Đảng": (None, X, "Bổ sung 6 máy trạm, 10 token cho đảng ủy xã sau hợp nhất."),
 "Xây dựng phần mềm quản lý đảng viên, hồ sơ cán bộ diện Tỉnh ủy quản lý": (None, None, "Quản lý lý lịch đảng viên, biến động đảng viên, hồ sơ cán bộ, thống kê phân tích đội ngũ."),
 "Phần mềm theo dõi thực hiện nghị quyết, chỉ thị, kết luận của Trung ương và Tỉnh ủy": (None, None, "Giao chỉ tiêu, theo dõi tiến độ, đánh giá kết quả thực hiện nghị quyết của các đảng bộ trực thuộc."),
 "So tay dang vien dien tu": (None, X, ""),
 "Phần mềm quản lý công tác kiểm tra, giám sát, thi hành kỷ luật đảng": (None, None, "Quản lý kế hoạch kiểm tra, giám sát, hồ sơ kỷ luật đảng viên của UBKT các cấp."),
 "Hệ thống thu thập, phân tích thông tin trên Internet (social listening)": (None, R, "Hết hợp đồng thuê, chuyển sang hệ thống do Trung ương triển khai."),
 "Kết nối các đảng ủy xã mới vào Mạng thông tin diện rộng của Đảng": (None, None, "Lắp đặt thiết bị đầu cuối mạng, kết nối 102 đảng ủy xã, phường vào mạng diện rộng của Đảng."),
 "HTTT giải quyết TTHC của Đảng trên môi trường điện tử": (None, None, "Triển khai tại tất cả tổ chức Đảng trên toàn quốc."),
 "Email riêng cho cán bộ cơ quan Đảng ủy (tên miền riêng)": (None, X, "Thêm hộp thư cho cán bộ các chi bộ trực thuộc."),
 "Dashboard điều hành của Tỉnh ủy (BI)": (None, None, "Power BI trực quan hóa số liệu đảng viên, kinh tế - xã hội cho Thường trực Tỉnh ủy."),
 "Ứng dụng phục vụ Đại hội Đảng bộ tỉnh – tài liệu điện tử, biểu quyết": (None, R, "Chỉ dùng cho nhiệm kỳ 2025-2030, thanh lý sau Đại hội."),
 "Thiết bị mã hóa gửi nhận văn bản mật (Ban Cơ yếu cung cấp)": (None, X, ""),
 "Hệ thống báo cáo tổng hợp, phân tích, dự báo của Tỉnh ủy": (None, None, ""),
 "Kho dữ liệu, BI phục vụ thẩm tra dự toán ngân sách": (None, X, "Data warehouse – ETL từ Bộ Tài chính, dashboard phân tích dự toán cho đại biểu."),
 "Phần mềm quản lý hồ sơ các đoàn giám sát, báo cáo giám sát": (None, R, ""),
 "Ứng dụng tương tác cử tri – tiếp nhận kiến nghị cử tri gửi ĐBQH": (None, None, "Cử tri gửi kiến nghị, theo dõi việc ĐBQH chuyển và trả lời kiến nghị."),
 "Thuê Google Workspace email cho ĐBQH và chuyên viên Đoàn": (None, R, "Ngừng gia hạn từ 2027."),
 "Nâng cấp hạ tầng Trung tâm dữ liệu Quốc hội hiện có": (None, None, "Thay UPS, máy chủ ảo hóa, bổ sung lưu trữ 500 TB."),
 "Mua sắm hệ thống SOC riêng giám sát an ninh mạng các HTTT của Quốc hội": (None, None, "SIEM, SOAR, đội giám sát 24/7 cho hệ thống Quốc hội và các Đoàn ĐBQH."),
 "App tiếp xúc cử tri – tổng hợp kiến nghị cử tri": (None, X, ""),
 "CSDL luật và tài liệu tham khảo phục vụ ĐBQH": (None, X, "Bổ sung tài liệu nghiên cứu, tóm tắt dự án luật bằng AI cho đại biểu."),
 "Phần mềm quản lý Quỹ Vì người nghèo, an sinh xã hội": (None, X, ""),
 "Ứng dụng kết nối hội viên phụ nữ, tuyên truyền vận động": (None, None, "App cho hội viên: tin tức, khảo sát, đăng ký tham gia hoạt động của Hội."),
 "Sổ tay đoàn viên điện tử – quản lý đoàn viên": (None, R, "Thay bằng ứng dụng Thanh niên Việt Nam của Trung ương Đoàn."),
 "Sàn TMĐT nông sản của Hội Nông dân": (None, None, "Marketplace cho hội viên đăng bán nông sản OCOP, kết nối thương lái."),
 "Đầu tư hệ thống email riêng cho cán bộ Hội các cấp": (None, None, "Mua máy chủ thư và tên miền riêng cho khoảng 2.000 cán bộ Hội từ Trung ương đến xã."),
 "Thuê kênh truyền riêng có mã hóa để trao đổi văn bản mật giữa MTTQ tỉnh và xã": (None, None, "Kênh thuê riêng của nhà mạng, thiết bị mã hóa thương mại, dùng để gửi văn bản mật."),
 "Nền tảng lấy ý kiến nhân dân góp ý dự thảo, giám sát và phản biện xã hội": (None, X, ""),
 "Phần mềm quản lý vốn ủy thác NHCSXH và tổ tiết kiệm vay vốn": (None, R, ""),
 "Phần mềm quản lý đoàn viên công đoàn, thu kinh phí công đoàn": (None, None, "Quản lý đoàn viên, thẻ đoàn viên, thu đoàn phí theo doanh nghiệp."),
 "phan mem quan ly hoi vien": (None, R, ""),
 "Thuê nền tảng e-learning riêng phổ cập kỹ năng số cho thanh niên và mọi người dân": (None, None, "Khóa học mở đại trà về kỹ năng số, an toàn trên mạng cho mọi người dân, cấp chứng nhận."),
 "QLVB điều hành MTTQ tỉnh – xã (Viettel vOffice)": (None, X, "Mở rộng cho Ủy ban MTTQ 102 xã, phường và các đoàn thể chính trị - xã hội."),
 "Tự xây dựng hệ thống cấp chứng thư số nội bộ (Private CA) để ký số văn bản Đoàn": (None, None, "Dựng máy chủ CA riêng, phát hành chứng thư số cho cán bộ Tỉnh đoàn ký văn bản điện tử."),
 "Cổng công bố bản án, quyết định của Tòa án": (None, X, "Thêm tìm kiếm toàn văn, ẩn danh tự động bằng AI."),
 "Hệ thống nộp đơn khởi kiện, tống đạt văn bản tố tụng điện tử": (None, None, "Đương sự nộp đơn khởi kiện, tài liệu chứng cứ trực tuyến; tòa án tống đạt văn bản tố tụng qua phương tiện điện tử."),
 "Hệ thống quản lý án hình sự, kiểm sát điều tra": (None, X, ""),
 "Trung tâm giám sát an ninh mạng (SOC) ngành Kiểm sát": (None, None, "Đầu tư SOC riêng giám sát tấn công mạng cho VKSND 3 cấp."),
 "eOffice QLVB ngành kiểm sát": (None, R, ""),
 "Phần mềm quản lý hoạt động kiểm toán, hồ sơ kiểm toán điện tử": (None, None, "Lập kế hoạch kiểm toán, nhật ký kiểm toán viên, hồ sơ kiểm toán điện tử, theo dõi thực hiện kiến nghị kiểm toán."),
 "Kho dữ liệu kiểm toán, phân tích dữ liệu lớn ngân sách": (None, X, ""),
 "VOV Live – nền tảng phát thanh số": (None, X, "Tích hợp thêm kênh phát thanh của các đài tỉnh."),
 "Phần mềm quản lý hồ sơ đặc xá, khen thưởng nhà nước": (None, R, ""),
 "Hệ thống thư điện tử mật của ngành cơ yếu": (None, None, ""),
 "Nền tảng OTT riêng VOVTV Go": (None, None, "Xem trực tiếp, xem lại kênh VOVTV trên Smart TV, web, mobile."),
 "Email nội bộ ngành Tòa án (mail.toaan.gov.vn)": (None, X, "Tăng dung lượng hộp thư cho 10.000 thẩm phán, thư ký."),
 "LMS bồi dưỡng lý luận chính trị trực tuyến": (None, None, "Hệ thống học tập trực tuyến cho học viên cao cấp lý luận chính trị hệ không tập trung."),
}
ROWS2 = []
_seen = set()
for r in ROWS:
    kind, agency, status, name, desc, exp, nat, why = r
    if name in PATCH:
        nn, ns, nd = PATCH[name]; _seen.add(name)
        name = nn or name; status = ns or status; desc = desc if nd is None else nd
    ROWS2.append((kind, agency, status, name, desc, exp, nat, why))
assert _seen == set(PATCH), set(PATCH) - _seen
ROWS = ROWS2


# second pass, keyed by final id (row order is fixed above)
PATCH2 = {
 "G001": ("VNPT iOffice", None, "Hệ thống QLVB và điều hành dùng chung tỉnh Lai Châu cho sở, ngành, UBND xã; ký số, lịch công tác; liên thông văn bản với bộ, ngành qua Trục liên thông văn bản quốc gia."),
 "G003": (None, None, "Bổ sung 40 dịch vụ chia sẻ dữ liệu giữa các sở và với HTTT của bộ, ngành; kết nối NDXP, NDOP; chuẩn hóa API theo V-APEX; nâng cấp hạ tầng tại TTDL tỉnh."),
 "G010": (None, E, None), "G017": (None, E, None), "G025": (None, E, None), "G034": (None, E, None),
 "G036": (None, E, None), "G041": (None, E, None), "G049": (None, E, None), "G055": (None, E, None),
 "G063": ("VNPT eCabinet – phòng họp không giấy HĐND tỉnh", E, "Đại biểu HĐND nhận tài liệu kỳ họp trên tablet, biểu quyết điện tử, ghi âm phiên họp."),
 "G068": (None, E, None), "G072": (None, E, None), "G156": (None, E, None), "G168": (None, E, None),
 "G196": (None, E, None), "G198": (None, E, None), "G231": (None, E, None), "G244": (None, E, None), "G248": (None, E, None),
 "G031": (None, E, "Phần mềm do Chi cục Chăn nuôi và Thú y cũ xây dựng: quản lý trang trại, kế hoạch tiêm phòng, báo cáo ổ dịch."),
 "G095": (None, E, None), "G098": ("CMC ERP – quản lý tài chính, tài sản nội bộ ngành BHXH", E, "Triển khai bởi CMC: sổ cái, tài sản cố định, mua sắm nội bộ cho BHXH 34 tỉnh."),
 "G108": (None, E, None), "G110": (None, E, None), "G126": (None, E, None), "G157": (None, E, None),
 "G182": (None, E, None), "G197": (None, E, None), "G228": (None, E, None), "G245": (None, E, None),
 "G022": (None, None, "Vendor proposal: nền tảng big data đo lường người xem realtime, set-top box panel, báo cáo rating từng chương trình cho đài."),
 "G032": (None, None, "Bổ sung module dự báo rầy nâu, đạo ôn; quản lý cửa hàng buôn bán thuốc BVTV; kết nối bẫy đèn IoT."),
 "G039": (None, None, "Thanh tra tỉnh tự xây dựng, dùng cho Thanh tra tỉnh và các sở."),
 "G044": (None, None, "Dòng dự toán 2027: mua 02 thiết bị WAF, thuê dịch vụ chống DDoS 12 tháng – 1,85 tỷ đồng."),
 "G075": (None, None, "Tích hợp dữ liệu chợ, siêu thị, cửa hàng xăng dầu, sàn TMĐT địa phương phục vụ điều hành thị trường."),
 "G092": (None, None, "Quản lý tổ chức tôn giáo, cơ sở tín ngưỡng, chức sắc, chức việc; dùng chung cho Bộ và 34 tỉnh."),
 "G101": (None, None, "Nâng cấp thu thập, xử lý thông tin tín dụng, chấm điểm tín dụng cá nhân."),
 "G111": (None, None, "Công dân đăng ký nghĩa vụ quân sự, tạm vắng nghĩa vụ quân sự trực tuyến; kết nối Cổng DVCQG."),
 "G115": (None, None, "Bổ sung tài nguyên tính toán, lưu trữ cho các CSDL quốc gia chuyển lên đám mây."),
 "G119": (None, None, "Mở rộng Trục để cơ quan nhà nước gửi văn bản tới tổ chức, doanh nghiệp, người dân và ngược lại."),
 "G129": (None, None, "Kết nối dữ liệu cao tốc, thu phí không dừng, trạm kiểm soát tải trọng xe toàn quốc."),
 "G133": (None, None, "Tăng năng lực NDXP, kết nối LGSP các bộ, tỉnh sau sắp xếp."),
 "G163": (None, None, "Cán bộ xã nhập thông tin hộ DTTS, thôn bản, các chính sách hộ được hưởng (hỗ trợ nhà ở, đất sản xuất) vào phần mềm riêng của xã."),
 "G166": (None, None, "Tên miền tamnong.vn, 50 hộp thư, thuê hosting 3 năm."),
 "G172": (None, None, "Kết nối trạm y tế xã với bác sĩ tuyến trên qua video cho người dân bản xa."),
 "G185": (None, None, "Mở rộng cho 6 trường mầm non sau sáp nhập xã: điểm danh trẻ, sổ theo dõi sức khỏe, thu học phí không tiền mặt; kết nối CSDL ngành giáo dục."),
 "G200": (None, None, "Đảng viên nộp hồ sơ chuyển sinh hoạt đảng, đề nghị kết nạp đảng trực tuyến; Tỉnh ủy tự đầu tư."),
 "G202": (None, None, "Bổ sung ký số, tích hợp giải pháp bảo mật của Ban Cơ yếu Chính phủ, mở rộng tới đảng ủy cấp xã."),
 "G210": (None, None, "Tổng hợp báo cáo của các đảng bộ, phân tích, dự báo tình hình phục vụ Ban Thường vụ."),
 "G212": (None, None, "Giao nhiệm vụ, nhắc hạn, chấm điểm kết quả thực hiện nghị quyết, kết luận của Trung ương và Thành ủy tại các đảng bộ."),
 "G220": (None, None, "Nền tảng tích hợp, chia sẻ dữ liệu của Quốc hội; kết nối NDXP để nhận dữ liệu từ Chính phủ."),
 "G234": (None, None, "Thu thập ý kiến nhân dân, đoàn viên, hội viên góp ý dự thảo văn bản; quản lý hoạt động giám sát, phản biện xã hội của Mặt trận."),
 "G239": ("Viettel vOffice", None, "QLVB điều hành MTTQ tỉnh – xã; mở rộng cho Ủy ban MTTQ 102 xã, phường và các đoàn thể chính trị - xã hội."),
 "G247": ("eOffice ngành kiểm sát", None, "Phần mềm QLVB thế hệ cũ của VKSND tỉnh, thay bằng hệ thống dùng chung ngành."),
 "G249": ("FPT Data Platform – kho dữ liệu kiểm toán", None, "Kho dữ liệu, phân tích dữ liệu lớn về ngân sách, doanh nghiệp nhà nước phục vụ lập kế hoạch kiểm toán."),
 "G250": (None, None, "Công bố báo cáo kiểm toán, kết quả thực hiện kiến nghị kiểm toán theo Luật Kiểm toán nhà nước."),
 "G260": (None, None, "Người dân gửi tin báo, tố giác tội phạm, kiến nghị khởi tố trực tuyến tới Viện kiểm sát."),
 "G262": (None, None, "Thuê dịch vụ CNTT 24 tháng: WAF, anti-DDoS, bot protection cho Cổng TTĐT."),
}
cases_fix = []
for i, r in enumerate(ROWS, 1):
    gid = f"G{i:03d}"
    if gid in PATCH2:
        kind, agency, status, name, desc, exp, nat, why = r
        nn, ns, nd = PATCH2[gid]
        r = (kind, agency, ns or status, nn or name, desc if nd is None else nd, exp, nat, why)
    cases_fix.append(r)
ROWS = cases_fix


# rows dropped after re-reading 3090 Phụ lục I mục 6 (ghi chú về HTTT giải quyết TTHC cấp tỉnh, có cung cấp
# dịch vụ công trực tuyến): a province's own online public-service portal is genuinely ambiguous vs A-01.
DROP = {"Xây dựng Cổng dịch vụ công trực tuyến riêng của tỉnh Vĩnh Long (sau hợp nhất Bến Tre, Trà Vinh)",
        "Cổng DVC tỉnh Bạc Liêu cũ"}
_before = len(ROWS)
ROWS = [r for r in ROWS if r[3] not in DROP]
assert len(ROWS) == _before - len(DROP)

# ======================= OUTPUT =======================
ABOUT = {
    "how": "Viết tay từ văn bản nguồn (không đọc mã hay dữ liệu gán nhãn của dự án). Mỗi dòng mô phỏng một dòng kiểm kê HTTT của cơ quan (văn phong kỹ sư, kế toán/dự toán, đề xuất nhà thầu, văn thư gõ không dấu); ID 1132 đánh số theo thứ tự dòng trong 1132/QĐ-TTg Phụ lục II (A-01..A-17, B-01..B-62).",
    "rules": [
        "1. expected = các dòng 1132 Phụ lục II mà thành phần lặp chức năng, mục tiêu và phạm vi sử dụng (1132 Điều 2 khoản 2). Nhãn theo chức năng, không phụ thuộc trạng thái (existing/planned/expanding/retiring) hay thời điểm vận hành của nền tảng (Điều 2 khoản 3 chỉ nói được duy trì tạm thời).",
        "2. Cơ quan chủ quản (và đơn vị trực thuộc của chủ quản) xây dựng, nâng cấp nền tảng của chính mình: [] (1132 Điều 3 khoản 1 điểm d).",
        "3. Thành phần mà Khung kiến trúc số tham chiếu (3090 Phụ lục I mục 1-7) giao cho loại cơ quan đó tự xây dựng (LGSP, kho dữ liệu dùng chung, TTDL hiện có, IOC, QLVB/Bàn làm việc số, dashboard, Đảng viên số, ứng dụng kỳ họp QH, hạ tầng ICT cấp xã, giải pháp kinh tế số/xã hội số...): [].",
        "4. Bộ kết nối, đăng nhập, đồng bộ, agent, thiết bị dùng một nền tảng quốc gia: [].",
        "5. Hệ thống chỉ trùng từ ngữ nhưng khác mục đích/phạm vi (HIS bệnh viện, LMS đại học, kiểm toán ≠ thanh tra, vốn ủy thác ≠ thông tin tín dụng...), hoặc chỉ nói vị trí/đối tượng phục vụ (kiosk, màn hình, wifi, 'cho người dân'): [].",
        "6. HTTT giải quyết TTHC của một ngành do tỉnh/xã tự vận hành: dòng B của bộ quản lý ngành đó (1132 Phụ lục II mục B STT 2-17, STT 5 'sử dụng thống nhất từ trung ương đến địa phương'; 4577 mục 1). Nếu hệ thống vừa giải quyết TTHC vừa là CSDL chuyên ngành có dòng B riêng thì ghi cả hai.",
        "7. Hệ thống quốc phòng, an ninh, cơ yếu có chức năng tương tự: [] theo ngoại lệ 1132 Điều 2 khoản 2; tương tự cho yêu cầu của pháp luật chuyên ngành (tố tụng).",
        "8. expected_national = tên thành phần dùng chung quốc gia tại 3090 Phần II mục 3 (không có trong 1132) mà thành phần lặp lại, ghi đúng tên trong văn bản (thư điện tử công vụ thống nhất, thư điện tử tiếp nhận thông báo, Bình dân học vụ số, Mạng thông tin diện rộng của Đảng, chứng thực chữ ký số chuyên dùng công vụ).",
        "9. Các trường hợp văn bản để mở (HTTT giải quyết TTHC cấp tỉnh nói chung, phần mềm quản lý cán bộ cấp bộ, họp trực tuyến cấp tỉnh, VssID, hệ thống lập pháp của QH so với B-43, PCTN của Ban Nội chính...) bị loại khỏi bộ."
    ],
    "sources": [
        "1132/QĐ-TTg ngày 24/6/2026: Điều 2, Điều 3, Phụ lục II mục A, mục B (seeds/004)",
        "3090/QĐ-BKHCN ngày 08/10/2025: Phần II mục 3 điểm a-d, Phụ lục I mục 1-7 (seeds/000)",
        "5441/BKHCN-CĐSQG ngày 08/10/2025 mục 2.2 (seeds/001)",
        "4577/BKHCN-CĐSQG ngày 11/9/2025 mục 1, mục 3 (seeds/003)",
        "05-QĐ/BCĐTW ngày 27/8/2025: mô hình bốn lớp (seeds/002)"
    ]
}

def nfc(x):
    if isinstance(x, str): return unicodedata.normalize("NFC", x)
    if isinstance(x, list): return [nfc(i) for i in x]
    if isinstance(x, dict): return {k: nfc(v) for k, v in x.items()}
    return x

cases = []
for i, (kind, agency, status, name, desc, exp, nat, why) in enumerate(ROWS, 1):
    cases.append({"id": f"G{i:03d}", "kind": kind, "agency": agency, "status": status,
                  "name": name, "description": desc, "expected": exp,
                  "expected_national": nat, "why": why})
doc = nfc({"about": ABOUT, "cases": cases})

# ---- validation ----
NATS = {EMAIL, NOTIFY, BDHV, PWAN, CA}
src3090 = unicodedata.normalize("NFC", open(glob.glob(SEEDS + "000_*.txt")[0], encoding="utf-8").read())
for n in NATS:
    assert unicodedata.normalize("NFC", n) in src3090, n
ids = [c["id"] for c in cases]
assert len(ids) == len(set(ids))
for c in cases:
    assert c["kind"] in {"province","ministry","commune","party","assembly","front","other"}, c
    assert c["status"] in {"existing","planned","expanding","retiring"}, c
    for e in c["expected"]:
        assert e in PLAT, (c["id"], e)
    for n in c["expected_national"]:
        assert n in NATS, (c["id"], n)
    assert c["why"].strip()
json.dump(doc, open(OUT, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
back = json.load(open(OUT, encoding="utf-8"))
s = open(OUT, encoding="utf-8").read()
assert s == unicodedata.normalize("NFC", s)
kc = collections.Counter(c["kind"] for c in cases)
sc = collections.Counter(c["status"] for c in cases)
pos = sum(1 for c in cases if c["expected"] or c["expected_national"])
emp = sum(1 for c in cases if not c["description"])
two = sum(1 for c in cases if len(c["expected"]) > 1)
print(len(cases), dict(kc), dict(sc), "pos", pos, f"{pos/len(cases):.0%}", "empty", emp, "two", two)
print("pos by kind", dict(collections.Counter(c["kind"] for c in cases if c["expected"] or c["expected_national"])))
print("ids used", sorted(collections.Counter(e for c in cases for e in c["expected"]).items()))
