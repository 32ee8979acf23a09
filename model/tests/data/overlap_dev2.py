# -*- coding: utf-8 -*-
"""Build overlap_dev2.json (next to this script): a hand-labelled test set of agency IT-inventory rows
for an overlap checker. Labels come only from the source documents in /work/shared/seeds/
(1132/QĐ-TTg, 3090/QĐ-BKHCN, 4577/BKHCN-CĐSQG, 5441/BKHCN-CĐSQG, 05-QĐ/BCĐTW)."""
import json, os, re, unicodedata, collections

# The text of 1132/QĐ-TTg (the project's source documents are not in the repository).
SEED_1132 = os.environ.get("SEED_1132", "/work/shared/seeds/004_9f379aa583f12351.txt")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "overlap_dev2.json")

# ---- platform ids exactly as numbered in 1132 Phụ lục II (A-01.. / B-01..) ----
def platform_ids():
    txt = open(SEED_1132, encoding="utf-8").read()
    part = txt[txt.index("Phụ lục II\n\nDANH MỤC"):]
    a_start = part.index("A. Nhóm"); b_start = part.index("B. Nhóm")
    ids = {}
    for grp, chunk in (("A", part[a_start:b_start]), ("B", part[b_start:])):
        for m in re.finditer(r"^(\d+)\t([^\t]+)", chunk, re.M):
            ids[f"{grp}-{int(m.group(1)):02d}"] = m.group(2).strip()
    return ids

IDS = platform_ids()

# ---- citation helpers ----
def A(n): return f"1132/QĐ-TTg Phụ lục II mục A STT {n}"
def B(n): return f"1132/QĐ-TTg Phụ lục II mục B STT {n}"
D22 = "1132/QĐ-TTg Điều 2 khoản 2"
N3 = "3090/QĐ-BKHCN Phần II mục 3"
def PL1(k): return f"3090/QĐ-BKHCN Phụ lục I mục {k}"
G4577 = "4577/BKHCN-CĐSQG mục 1 (mỗi bộ một HTTT giải quyết TTHC kéo dài tới các địa phương)"
G4577_3 = "4577/BKHCN-CĐSQG mục 3 (đối với các địa phương)"

# ---- 3090 Phần II.3 national shared components that are not 1132 rows (document's names) ----
EMAIL = "Hệ thống thư điện tử (email) công vụ thống nhất"
EMAIL_TB = "Hệ thống thư điện tử phục vụ tiếp nhận thông báo do cơ quan nhà nước gửi đến"
VAPEX = "Nền tảng trao đổi giao diện lập trình ứng dụng quốc gia (V-APEX)"
BDHV = "Nền tảng Bình dân học vụ số"
CKSCC = "Cổng kết nối dịch vụ chứng thực chữ ký số công cộng"
BANDO = "Bản đồ số quốc gia và hệ thống mã bưu chính"
AIP = "Nền tảng phân tích dữ liệu lớn và trí tuệ nhân tạo dùng chung (Nền tảng AI)"
NATIONAL = {EMAIL, EMAIL_TB, VAPEX, BDHV, CKSCC, BANDO, AIP}

ROWS = []
def R(kind, agency, status, name, desc, exp, nat, why):
    ROWS.append((kind, agency, status, name, desc, exp, nat, why))

EM_WHY = f"{N3} điểm c: Hệ thống thư điện tử (email) công vụ thống nhất dùng chung từ Trung ương đến cấp xã cho mọi cơ quan trong hệ thống chính trị; không phải dòng của 1132"
OWN = "chủ quản tự vận hành/nâng cấp nền tảng của mình (1132 Điều 3 khoản 1 giao cơ quan chủ quản xây dựng, hoàn thiện) nên không trùng"
USE = "chỉ kết nối/sử dụng nền tảng quốc gia, không lặp chức năng (1132 Điều 3 khoản 2 điểm b: khai thác, sử dụng nền tảng)"

# =============================== PROVINCE ===============================
P = "province"
R(P, "UBND TP Hà Nội", "expanding", "Nâng cấp hệ thống thư điện tử công vụ thành phố (Zimbra, mail.hanoi.gov.vn)",
  "Mở rộng dung lượng hộp thư, bổ sung khoảng 20.000 tài khoản cho cán bộ cấp xã sau sắp xếp.", [], [EMAIL], EM_WHY)
R(P, "UBND tỉnh Tuyên Quang", "planned", "Trung tâm giám sát ATTT mạng (SOC) tỉnh - thuê Viettel Cyber Security",
  "Đầu tư SIEM, giám sát và phát hiện tấn công mạng 24/7 cho các hệ thống thông tin của tỉnh, điều phối ứng phó sự cố.",
  ["A-13"], [], f"{A(13)}: nền tảng SOC quốc gia cung cấp giám sát, phát hiện tấn công, điều phối ứng phó; các cơ quan không cần xây dựng hệ thống điều phối an ninh mạng riêng lẻ")
R(P, "Sở KH&CN tỉnh Đồng Nai", "existing", "Phần mềm phòng chống mã độc (EDR) cho máy trạm các sở",
  "Bản quyền BKAV Endpoint cho 4.500 máy tính của các sở, ngành.", [], [],
  f"{N3} điểm a: hạ tầng bảo đảm an ninh, an toàn dữ liệu đầu cuối do chủ quản hệ thống đầu cuối tự triển khai; không phải SOC ({A(13)}) hay phòng vệ vòng ngoài ({A(14)})")
R(P, "UBND tỉnh Khánh Hòa", "planned", "Mua sắm WAF và giải pháp chống DDoS cho Cổng TTĐT và hệ thống một cửa",
  "Tường lửa ứng dụng web, chống tấn công từ chối dịch vụ, chặn bot cho các website .gov.vn của tỉnh.",
  ["A-14"], [], f"{A(14)}: Hệ thống phòng vệ mạng quốc gia cung cấp WAF quốc gia, chống DDoS, chặn bot; cơ quan nhà nước không cần đầu tư giải pháp tương tự")
R(P, "UBND TP Cần Thơ", "existing", "Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) TP Cần Thơ",
  "Kết nối các HTTT của thành phố với NDXP và các CSDL quốc gia.", [], [],
  f"{PL1(6)} Lớp 2 giao tỉnh 'Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh'; {A(6)} mô tả NDXP kết nối tới các LGSP của địa phương")
R(P, "Sở KH&CN TP Đà Nẵng", "expanding", "Kho dữ liệu dùng chung thành phố (Data Warehouse)",
  "Bổ sung dữ liệu y tế, giáo dục vào kho; phục vụ BI dashboard.", [], [], f"{PL1(6)} Lớp 2: 'Kho dữ liệu dùng chung cấp tỉnh' là thành phần tỉnh tự xây dựng")
R(P, "UBND TP Hải Phòng", "planned", "Cổng dữ liệu mở (Open Data Portal, CKAN) TP Hải Phòng",
  "Công bố danh mục dữ liệu, xuất bản bộ dữ liệu mở chuẩn DCAT cho doanh nghiệp, người dân tải về.",
  ["A-07"], [], f"{A(7)}: Cổng dữ liệu quốc gia là nền tảng tập trung để các bộ, ngành, địa phương xuất bản dữ liệu mở (DCAT-VN), có không gian riêng cho từng cơ quan")
R(P, "UBND tỉnh An Giang", "existing", "HTTT giải quyết TTHC tỉnh An Giang (iGate)",
  "Một cửa điện tử tiếp nhận, xử lý hồ sơ TTHC của các sở và UBND cấp xã; đồng bộ trạng thái hồ sơ với Cổng DVCQG.", [], [],
  f"{PL1(6)} Lớp 3 điểm a: HTTT giải quyết TTHC cấp tỉnh (hiện có) tiếp tục duy trì theo Ghi chú; là thành phần của kiến trúc tỉnh")
R(P, "UBND tỉnh Quảng Ninh", "planned", "Ứng dụng di động 'Quảng Ninh số' cho công dân",
  "App: tài khoản công dân, ví giấy tờ số, nộp hồ sơ dịch vụ công, nhận thông báo của chính quyền.",
  ["A-02"], [], f"{A(2)}: VNeID là ứng dụng quốc gia lưu trữ dữ liệu số công dân, thực hiện DVC, kênh giao tiếp chính thức; 3090 Phần II mục 2 điểm đ (Nguyên tắc 5) chấm dứt việc mỗi địa phương xây ứng dụng riêng")
R(P, "UBND tỉnh Lâm Đồng", "planned", "Hệ thống tài khoản và xác thực người dùng tập trung của tỉnh",
  "Người dân, doanh nghiệp đăng ký tài khoản riêng của tỉnh, xác thực OTP để đăng nhập các dịch vụ số.",
  ["A-03"], [], f"{A(3)}: Nền tảng định danh và xác thực điện tử cung cấp dịch vụ định danh, xác thực dùng chung (NĐ 69/2024)")
R(P, "UBND tỉnh Lâm Đồng", "existing", "Module đăng nhập bằng VNeID cho hệ thống một cửa",
  "Tích hợp xác thực định danh điện tử qua nền tảng của Bộ Công an.", [], [], f"{A(3)}; {USE}")
R(P, "Văn phòng UBND tỉnh Thanh Hóa", "existing", "eOffice VNPT - Quản lý văn bản và điều hành",
  "QLVB, HSCV, lịch công tác, ký số; văn bản liên tỉnh gửi nhận qua Trục liên thông văn bản quốc gia.", [], [],
  f"{PL1(6)} Lớp 4: Bàn làm việc số (quản lý văn bản, điều hành, lịch công tác) do tỉnh triển khai; {A(4)} chỉ là trục trao đổi văn bản giữa các cơ quan")
R(P, "UBND tỉnh Nghệ An", "expanding", "Mở rộng trục liên thông văn bản tỉnh tới doanh nghiệp, người dân",
  "Cho phép cơ quan nhà nước gửi văn bản điện tử trực tiếp tới doanh nghiệp, người dân và nhận văn bản của họ; truy vết trạng thái gửi nhận.",
  ["A-04"], [], f"{A(4)}: Trục liên thông văn bản quốc gia thống nhất toàn quốc, có mở rộng kết nối với tổ chức, doanh nghiệp, người dân; truy vết gửi nhận")
R(P, "Sở Nội vụ tỉnh Hà Tĩnh", "existing", "HTTT quản lý hồ sơ CBCCVC tỉnh (Viettel)", "", ["B-29"], [],
  f"{B(29)}: Nền tảng quản lý CBCCVC quốc gia cho cơ quan quản lý CBCCVC ở trung ương và địa phương; kiến trúc tỉnh ({PL1(6)}) không giao tỉnh phần mềm quản lý cán bộ riêng")
R(P, "Sở Nội vụ tỉnh Phú Thọ", "retiring", "PM quan ly CBCCVC (ban cu)",
  "Dung van hanh sau khi chuyen du lieu len nen tang quan ly CBCCVC quoc gia.", ["B-29"], [],
  f"{B(29)}: chức năng lặp nền tảng quản lý CBCCVC quốc gia; nhãn theo chức năng, không theo trạng thái (đang dừng)")
R(P, "Sở Tài chính tỉnh Bắc Ninh", "planned", "Phần mềm thu thập, tổng hợp chỉ tiêu thống kê cấp tỉnh, cấp xã",
  "Các sở, UBND xã nhập số liệu theo hệ thống chỉ tiêu thống kê cấp tỉnh; công bố niên giám.",
  ["A-15"], [], f"{A(15)}: nền tảng tập trung thu thập, xử lý, công bố chỉ tiêu thống kê quốc gia, cấp tỉnh, cấp xã")
R(P, "Văn phòng UBND tỉnh Bắc Ninh", "existing", "Hệ thống thông tin báo cáo tỉnh Bắc Ninh",
  "Báo cáo định kỳ của các sở, xã; kết nối Hệ thống thông tin báo cáo Chính phủ.", [], [],
  f"{PL1(6)} Lớp 3 (ứng dụng hỗ trợ: Hệ thống báo cáo) và {N3} điểm c (HTTT báo cáo quốc gia gồm cả HTTT báo cáo của bộ, địa phương); không phải chỉ tiêu thống kê ({A(15)})")
R(P, "UBND TP Hồ Chí Minh", "planned", "Trợ lý ảo hỏi đáp TTHC (tự phát triển mô hình riêng)",
  "Đầu tư máy chủ GPU, tự huấn luyện mô hình ngôn ngữ riêng để trả lời người dân về thủ tục hành chính.",
  ["A-10"], [], f"{A(10)}: một nền tảng duy nhất để bộ, ngành, địa phương xây trợ lý ảo mà không đầu tư nền tảng thuật toán riêng lẻ")
R(P, "UBND tỉnh Đồng Tháp", "planned", "Trợ lý ảo Đồng Tháp trên nền tảng Trợ lý ảo quốc gia",
  "Bổ sung tri thức địa phương (TTHC, chính sách của tỉnh) vào trợ lý ảo tùy biến từ nền tảng của Bộ Công an.", [], [],
  f"{A(10)}: các địa phương tùy biến trợ lý ảo của mình trên nền tảng quốc gia; {USE}")
R(P, "UBND TP Huế", "existing", "Nền tảng AI dùng chung TP Huế",
  "Hạ tầng GPU và dịch vụ AI (OCR, nhận dạng giọng nói) cho các ứng dụng chính quyền số, kết nối qua LGSP.", [], [],
  f"{PL1(6)} Lớp 3: 'Nền tảng AI cấp tỉnh' là thành phần tỉnh được xây dựng, đồng bộ với Nền tảng AI quốc gia")
R(P, "Sở KH&CN tỉnh Gia Lai", "existing", "Trung tâm dữ liệu tỉnh Gia Lai", "Phòng máy chủ, ảo hóa VMware.", [], [],
  f"{PL1(6)} Lớp 1: Trung tâm dữ liệu cấp tỉnh (sử dụng trung tâm dữ liệu hiện có)")
R(P, "UBND tỉnh Quảng Ngãi", "planned", "Công báo điện tử tỉnh Quảng Ngãi",
  "Đăng tải văn bản QPPL do HĐND, UBND tỉnh ban hành.", ["A-17"], [],
  f"{A(17)}: Công báo điện tử là nền tảng tập trung, mọi cơ quan ban hành văn bản pháp quy tự đăng tải văn bản của mình")
R(P, "Sở Tư pháp tỉnh Tây Ninh", "expanding", "PM quản lý xây dựng, thẩm định VBQPPL của tỉnh",
  "Theo dõi dự thảo, thẩm định, rà soát, hệ thống hóa VBQPPL của HĐND, UBND tỉnh.", ["B-43"], [],
  f"{B(43)}: Nền tảng số pháp luật dùng chung cho mọi cơ quan từ trung ương đến địa phương trong xây dựng, thẩm định, rà soát, hệ thống hóa VBQPPL")
R(P, "Sở Tư pháp tỉnh Vĩnh Long", "existing", "Trang tra cứu, hỏi đáp pháp luật cho người dân",
  "Người dân tra cứu văn bản pháp luật, gửi câu hỏi, phản ánh về chính sách pháp luật và nhận phản hồi.", ["A-16"], [],
  f"{A(16)}: Cổng Pháp luật quốc gia là kênh thông tin pháp luật tập trung để người dân tra cứu và tiếp nhận, phản hồi phản ánh về chính sách pháp luật")
R(P, "Sở Tài chính tỉnh Cà Mau", "planned", "Phần mềm đấu giá tài sản công trực tuyến của tỉnh",
  "Niêm yết, tổ chức đấu giá trực tuyến xe công, tài sản thanh lý, tang vật vi phạm hành chính.", ["B-22"], [],
  f"{B(22)}: Hệ thống quản lý đấu giá tài sản (niêm yết công khai, quản lý cuộc đấu giá tài sản công, tài sản vi phạm hành chính)")
R(P, "Sở Tài chính tỉnh Ninh Bình", "planned", "Cổng công khai ngân sách tỉnh",
  "Công khai dự toán, quyết toán ngân sách tỉnh và các đơn vị theo Luật NSNN.", ["B-26"], [],
  f"{B(26)}: Nền tảng Công khai ngân sách nhà nước dùng chung cho bộ, ngành, địa phương để công khai ngân sách")
R(P, "Trung tâm Dịch vụ việc làm tỉnh Thái Nguyên", "existing", "Sàn giao dịch việc làm trực tuyến tỉnh",
  "Đăng tin tuyển dụng, hồ sơ người tìm việc, gợi ý kết nối cung - cầu lao động.", ["B-31"], [],
  f"{B(31)}: Sàn giao dịch việc làm quốc gia quản lý tập trung kết nối cung - cầu lao động cho tổ chức dịch vụ việc làm công")
R(P, "Sở Y tế tỉnh Lào Cai", "planned", "Hồ sơ sức khỏe điện tử người dân tỉnh Lào Cai",
  "Lưu trữ thông tin sức khỏe cá nhân, tiền sử khám chữa bệnh của người dân trên địa bàn.", ["B-33"], [],
  f"{B(33)}: Nền tảng Sổ sức khỏe điện tử lưu trữ, quản lý thông tin sức khỏe cá nhân tập trung thống nhất toàn quốc")
R(P, "Bệnh viện Đa khoa tỉnh Lào Cai", "existing", "HIS - Phần mềm quản lý bệnh viện (FPT.eHospital)",
  "Quản lý khám bệnh, viện phí, dược, kết nối cổng giám định BHYT; đẩy dữ liệu khám chữa bệnh lên sổ sức khỏe điện tử.", [], [],
  f"{B(33)} là kho thông tin sức khỏe cá nhân và TTHC khám chữa bệnh, không phải phần mềm vận hành bệnh viện; HIS chỉ cung cấp dữ liệu cho nền tảng ({USE})")
R(P, "Sở Y tế tỉnh Điện Biên", "existing", "Phần mềm quản lý tiêm chủng mở rộng tỉnh",
  "Nhập mũi tiêm, nhắc lịch tiêm cho trẻ tại các trạm y tế.", ["B-33"], [],
  f"{B(33)}: nền tảng Sổ sức khỏe điện tử tích hợp Hệ thống quản lý thông tin tiêm chủng quốc gia")
R(P, "UBND tỉnh Sơn La", "planned", "PM cấp giấy chứng nhận cơ sở đủ điều kiện ATTP",
  "Tiếp nhận hồ sơ tự công bố sản phẩm, cấp GCN cơ sở đủ điều kiện an toàn thực phẩm cho Sở Y tế, Sở NN&MT, Sở Công Thương.", ["B-34"], [],
  f"{B(34)}: môi trường số duy nhất phục vụ 100% TTHC an toàn thực phẩm, liên thông ba Bộ và 34 tỉnh")
R(P, "Sở GD&ĐT tỉnh Hưng Yên", "existing", "vnEdu VNPT - quản lý trường học, sổ điểm, học bạ số",
  "Dùng chung cho các trường mầm non, tiểu học, THCS, THPT toàn tỉnh.", ["B-35"], [],
  f"{B(35)}: Nền tảng số quản trị giáo dục quốc gia phục vụ quản trị các cơ sở giáo dục mầm non, phổ thông, GDTX")
R(P, "Sở GD&ĐT tỉnh Hưng Yên", "planned", "Hệ thống e-learning LMS (Moodle) cho học sinh phổ thông",
  "Giao bài, kiểm tra đánh giá trực tuyến, ngân hàng câu hỏi.", ["B-36"], [],
  f"{B(36)}: Nền tảng giáo dục thông minh quốc gia phục vụ dạy, học, kiểm tra, đánh giá trong cơ sở giáo dục phổ thông")
R(P, "Sở NN&MT tỉnh Lạng Sơn", "existing", "PM quản lý dịch bệnh động vật, tiêm phòng LMLM",
  "Theo dõi ổ dịch, kiểm dịch vận chuyển gia súc qua cửa khẩu.", ["B-37"], [],
  f"{B(37)}: Nền tảng quốc gia về chăn nuôi và thú y (phòng chống dịch bệnh, kiểm dịch động vật) thống nhất từ trung ương đến địa phương")
R(P, "Sở NN&MT tỉnh Lâm Đồng", "existing", "Bản đồ số nông nghiệp, mã số vùng trồng",
  "Số hóa vùng trồng cà phê, sầu riêng; truy xuất nguồn gốc; cảnh báo thời tiết cho nông dân.", [], [],
  f"{PL1(6)} Lớp 3 điểm b liệt kê 'Bản đồ số nông nghiệp' (số hóa vùng trồng, truy xuất nguồn gốc, cảnh báo thời tiết) là thành phần tỉnh triển khai")
R(P, "UBND tỉnh Quảng Trị", "planned", "Hệ thống AI dự báo, cảnh báo lũ quét, sạt lở đất",
  "Tự xây dựng, huấn luyện mô hình AI cảnh báo sớm sạt lở, lũ quét cho các xã miền núi.", ["B-39"], [],
  f"{B(39)}: hệ thống phần mềm AI dùng chung cảnh báo thiên tai (ưu tiên lũ quét, sạt lở đất), có bộ công cụ để các đơn vị tùy biến")
R(P, "Sở NN&MT tỉnh Đồng Nai", "existing", "Hệ thống quan trắc môi trường tự động",
  "Trạm quan trắc nước thải, khí thải KCN truyền số liệu về Sở, cảnh báo vượt ngưỡng.", [], [],
  f"{PL1(6)} Lớp 3 điểm b: 'Hệ thống quan trắc và giám sát môi trường' là thành phần cấp tỉnh")
R(P, "Sở Xây dựng TP Hà Nội", "existing", "Hệ thống điều khiển đèn tín hiệu giao thông thông minh", "", [], [],
  f"{PL1(6)} Lớp 3 điểm b: 'Hệ thống điều khiển đèn giao thông thông minh' tại các giao lộ đô thị là thành phần cấp tỉnh; không phải nền tảng ITS cao tốc ({B(54)})")
R(P, "Sở VHTTDL tỉnh Quảng Ninh", "existing", "Cổng du lịch thông minh & app Halong Travel",
  "Bản đồ điểm đến, VR360, đặt dịch vụ, đa ngôn ngữ cho du khách.", [], [],
  f"{PL1(6)} Lớp 3 điểm b: 'Giải pháp chuyển đổi số du lịch' (VR 360, hỗ trợ du khách, đa ngôn ngữ) là thành phần cấp tỉnh")
R(P, "Sở VHTTDL tỉnh Ninh Bình", "planned", "CSDL di sản văn hóa tỉnh",
  "Số hóa hồ sơ di tích, hiện vật, di sản phi vật thể; chia sẻ cho các bảo tàng.", ["B-44"], [],
  f"{B(44)}: nền tảng quản lý CSDL quốc gia về di sản văn hóa triển khai tập trung, dùng chung toàn quốc")
R(P, "Sở Dân tộc và Tôn giáo tỉnh Cao Bằng", "existing", "CSDL công tác dân tộc tỉnh",
  "Dữ liệu vùng đồng bào DTTS, kết quả thực hiện chính sách dân tộc.", ["B-46"], [],
  f"{B(46)}: Nền tảng/CSDL dân tộc là môi trường nghiệp vụ số dùng chung toàn quốc về công tác dân tộc")
R(P, "Sở Dân tộc và Tôn giáo tỉnh Gia Lai", "planned", "Phần mềm quản lý cơ sở tôn giáo, chức sắc, chức việc", "", ["B-47"], [],
  f"{B(47)}: Nền tảng/CSDL tôn giáo quản lý tổ chức, cơ sở tôn giáo, chức sắc, chức việc")
R(P, "Thanh tra tỉnh Thanh Hóa", "existing", "PM tiếp công dân và xử lý đơn thư KNTC",
  "Thanh tra tỉnh, các sở và UBND xã cập nhật đơn, theo dõi giải quyết.", ["B-55"], [],
  f"{B(55)}: nền tảng tiếp công dân, xử lý đơn, giải quyết khiếu nại tố cáo thống nhất từ trung ương đến địa phương")
R(P, "Thanh tra tỉnh Phú Thọ", "planned", "Phan mem quan ly doan thanh tra, ket luan thanh tra", "", ["B-56"], [],
  f"{B(56)}: Nền tảng số công tác thanh tra (đoàn thanh tra, kết luận, theo dõi sau thanh tra) dùng thống nhất đến địa phương")
R(P, "Thanh tra tỉnh Đắk Lắk", "planned", "Kê khai tài sản, thu nhập trực tuyến",
  "Người có nghĩa vụ kê khai nhập bản kê khai; cơ quan kiểm soát theo dõi, xác minh.", ["B-57"], [],
  f"{B(57)}: Nền tảng số công tác kiểm soát tài sản, thu nhập (kê khai, công khai, xác minh)")
R(P, "Sở KH&CN tỉnh Bắc Ninh", "existing", "Phần mềm quản lý nhiệm vụ KH&CN cấp tỉnh",
  "Đăng ký, xét chọn, kiểm tra, nghiệm thu đề tài; theo dõi, phân bổ kinh phí sự nghiệp KH&CN.", ["B-48"], [],
  f"{B(48)}: nền tảng quản lý, điều phối nguồn lực tài chính đối với nhiệm vụ KH&CN trên phạm vi cả nước")
R(P, "Sở Xây dựng TP Hải Phòng", "expanding", "Hệ thống cấp phép xây dựng trực tuyến",
  "Tiếp nhận, thẩm định, cấp giấy phép xây dựng; trả kết quả qua Cổng DVCQG.", ["B-10"], [],
  f"{B(10)} và {G4577}: thủ tục ngành xây dựng thuộc HTTT giải quyết TTHC của Bộ Xây dựng dùng thống nhất đến địa phương")
R(P, "Văn phòng Đăng ký đất đai TP Cần Thơ", "existing", "Phần mềm đăng ký đất đai, cấp GCN",
  "Tiếp nhận và xử lý hồ sơ đăng ký biến động, cấp giấy chứng nhận QSDĐ.", ["B-09"], [],
  f"{B(9)} và {G4577}: thủ tục lĩnh vực đất đai thuộc HTTT giải quyết TTHC của Bộ Nông nghiệp và Môi trường")
R(P, "Sở Nội vụ TP Hồ Chí Minh", "planned", "Phần mềm cấp giấy phép lao động cho người nước ngoài", "", ["B-05"], [],
  f"{B(5)} và {G4577}: thủ tục lĩnh vực lao động do Bộ Nội vụ quản lý thuộc HTTT giải quyết TTHC của Bộ Nội vụ")
R(P, "Sở VHTTDL TP Huế", "existing", "PM cấp phép tổ chức biểu diễn nghệ thuật, lễ hội", "", ["B-11"], [],
  f"{B(11)} và {G4577}: thủ tục ngành văn hóa thuộc HTTT giải quyết TTHC của Bộ VHTTDL")
R(P, "Sở Công Thương tỉnh Quảng Ngãi", "planned", "Phần mềm cấp giấy phép bán lẻ rượu, thuốc lá", "", ["B-08"], [],
  f"{B(8)} và {G4577}: thủ tục ngành công thương thuộc HTTT giải quyết TTHC của Bộ Công Thương")
R(P, "So Y te tinh Tay Ninh", "existing", "Phan mem cap chung chi hanh nghe kham chua benh", "", ["B-14"], [],
  f"{B(14)} và {G4577}: thủ tục ngành y tế thuộc HTTT giải quyết TTHC của Bộ Y tế")
R(P, "UBND TP Đà Nẵng", "existing", "Trung tâm giám sát, điều hành đô thị thông minh (IOC)",
  "Tích hợp camera, phản ánh hiện trường, dữ liệu các sở; dashboard cho lãnh đạo thành phố.", [], [],
  f"{PL1(6)} Lớp 3: 'Trung tâm giám sát, điều hành thông minh cấp tỉnh' là thành phần tỉnh xây dựng")
R(P, "Sở VHTTDL TP Hà Nội", "existing", "Hệ thống thông tin nguồn thành phố",
  "Cung cấp tin bài cho đài truyền thanh cấp xã ứng dụng CNTT-VT.", [], [], f"{PL1(6)} Lớp 3: 'Hệ thống thông tin nguồn cấp tỉnh'")
R(P, "UBND tỉnh Đồng Tháp", "existing", "Cổng thông tin điện tử tỉnh",
  "Tin tức, chỉ đạo điều hành, hỏi đáp; có liên kết sang Cổng Dịch vụ công quốc gia.", [], [],
  f"Cổng TTĐT đăng tin, không tiếp nhận TTHC; {A(1)} là giao diện một cửa thực hiện TTHC; 1132 Phụ lục II không có nền tảng cổng tin tức")
R(P, "Trung tâm Phục vụ hành chính công tỉnh Vĩnh Long", "existing", "Kiosk tra cứu hồ sơ, lấy số thứ tự",
  "Màn hình cảm ứng cho người dân tra cứu tình trạng hồ sơ tại trung tâm.", [], [],
  f"thiết bị đầu cuối tại chỗ; {PL1(6)} Lớp 4 cho phép kênh tiếp cận bổ trợ (điểm hỗ trợ); không lặp nền tảng nào của 1132 Phụ lục II")
R(P, "UBND tỉnh An Giang", "planned", "Wifi công cộng khu du lịch Núi Sam", "", [], [],
  f"hạ tầng kết nối; {N3} điểm a liệt kê wifi công cộng trong hạ tầng ICT địa phương; không có dòng tương ứng trong 1132 Phụ lục II")
R(P, "Sở KH&CN tỉnh Khánh Hòa", "expanding", "Hệ thống họp trực tuyến tỉnh (Cisco Webex)",
  "Mở rộng điểm cầu tới 65 xã, phường sau sắp xếp.", [], [],
  f"{PL1(6)} Lớp 3 liệt kê 'Họp trực tuyến' trong ứng dụng hỗ trợ của tỉnh và {PL1(7)} Lớp 1 liệt kê hội nghị truyền hình trực tuyến cấp xã")
R(P, "UBND tỉnh Hà Tĩnh", "planned", "Cổng API mở cho doanh nghiệp (developer portal)",
  "Công bố, quản lý và cấp khóa API dữ liệu của tỉnh cho doanh nghiệp, startup khai thác.", [], [VAPEX],
  f"{N3} điểm b: V-APEX là nền tảng trung tâm công bố, quản lý, chia sẻ API của cơ quan nhà nước cho khu vực tư nhân; HTTT cấp tỉnh phải công bố API qua V-APEX")
R(P, "Sở KH&CN tỉnh Hà Tĩnh", "existing", "Đăng ký API tra cứu hồ sơ TTHC lên V-APEX", "", [], [], f"{N3} điểm b (V-APEX); {USE}")
R(P, "UBND tỉnh Nghệ An", "planned", "Hệ thống mã địa chỉ số và mã bưu chính riêng của tỉnh",
  "Gán mã định vị cho từng hộ, công trình phục vụ giao nhận, định vị đối tượng quản lý.", [], [BANDO],
  f"{N3} điểm b: Bản đồ số quốc gia và hệ thống mã bưu chính bảo đảm định vị đối tượng quản lý")
R(P, "Sở Xây dựng tỉnh Nghệ An", "existing", "WebGIS quy hoạch xây dựng",
  "Công bố đồ án quy hoạch chi tiết cho người dân tra cứu trên nền bản đồ.", [], [],
  f"lớp chuyên đề quy hoạch của tỉnh, dùng bản đồ nền; không lặp {N3} điểm b (Bản đồ số quốc gia) và không có dòng 1132 tương ứng")
R(P, "Sở KH&CN TP Hồ Chí Minh", "planned", "Nền tảng MOOC phổ cập kỹ năng số cho người dân",
  "Khóa học trực tuyến mở về kỹ năng số, an toàn trên mạng cho mọi người dân thành phố.", [], [BDHV],
  f"{N3} điểm c: Nền tảng Bình dân học vụ số là nền tảng học trực tuyến mở đại trà quốc gia phổ cập kỹ năng số cho mọi đối tượng")
R(P, "UBND tỉnh Cà Mau", "existing", "Hộp thư điện tử nhận thông báo cho công dân",
  "Cấp hộp thư cho người dân để nhận thông báo, kết quả giải quyết TTHC từ cơ quan nhà nước.", [], [EMAIL_TB],
  f"{N3} điểm c: Hệ thống thư điện tử phục vụ tiếp nhận thông báo do cơ quan nhà nước gửi đến công dân")
R(P, "Sở KH&CN tỉnh Lạng Sơn", "retiring", "Hệ thống thư điện tử cũ @langson.gov.vn (MDaemon)",
  "Dừng sau khi chuyển tài khoản sang hệ thống thư điện tử công vụ thống nhất.", [], [EMAIL],
  EM_WHY + "; nhãn theo chức năng, không theo trạng thái")
R(P, "Văn phòng UBND tỉnh Điện Biên", "existing", "Tích hợp chữ ký số chuyên dùng vào eOffice",
  "Ký số SIM PKI và USB token do Ban Cơ yếu Chính phủ cấp trên phần mềm QLVB.", [], [],
  f"{N3} điểm a (Hệ thống chứng thực chữ ký số chuyên dùng công vụ); {USE}")
R(P, "Báo và Phát thanh, Truyền hình Thái Nguyên", "planned", "App OTT xem truyền hình trực tuyến của đài tỉnh",
  "Phát trực tiếp và xem lại các kênh truyền hình của tỉnh trên Internet, Smart TV.", ["B-61"], [],
  f"{B(61)}: VTVGo là nền tảng truyền hình số dùng chung cho tất cả các đài truyền hình trung ương và địa phương phát trên Internet")
R(P, "Báo và Phát thanh, Truyền hình Thái Nguyên", "existing", "Cung cấp kênh TN1 lên VTVGo", "", [], [],
  f"{B(61)}: đài địa phương phát kênh qua nền tảng dùng chung; {USE}")
R(P, "Báo và Phát thanh, Truyền hình Gia Lai", "planned", "App nghe phát thanh trực tuyến (radio online)",
  "Nghe trực tiếp, nghe lại các chương trình phát thanh của đài tỉnh.", ["B-60"], [],
  f"{B(60)}: Nền tảng phát thanh số quốc gia cung cấp các kênh của VOV và các đài phát thanh tỉnh, nghe lại mọi lúc")
R(P, "Sở Công Thương tỉnh Sơn La", "existing", "Sàn thương mại điện tử nông sản, OCOP Sơn La", "", [], [],
  f"{PL1(6)} Lớp 3 điểm b (kinh tế số, sản phẩm OCOP) và {PL1(7)} Lớp 3 điểm b (giải pháp thương mại điện tử); không có dòng 1132 tương ứng")
R(P, "Sở Tài chính tỉnh Hưng Yên", "existing", "Phần mềm quản lý tài sản công",
  "Theo dõi tăng giảm, khấu hao tài sản cố định của các cơ quan, đơn vị.", [], [],
  f"kế toán tài sản, không phải đấu giá tài sản ({B(22)}) hay kiểm soát tài sản thu nhập ({B(57)}); {PL1(5)} liệt kê 'Quản lý tài sản' là ứng dụng quản lý nguồn lực")
R(P, "Văn phòng UBND tỉnh Tuyên Quang", "existing", "BI dashboard chỉ đạo điều hành của Chủ tịch UBND tỉnh",
  "Chỉ số KT-XH, tiến độ giải ngân, hồ sơ TTHC trễ hạn.", [], [],
  f"{PL1(6)} Lớp 3 (HTTT phục vụ chỉ đạo, điều hành cấp tỉnh) và Lớp 4 (Dashboard giám sát, điều hành cấp tỉnh)")
R(P, "Trung tâm Phục vụ hành chính công tỉnh Quảng Trị", "existing", "Hệ thống xếp hàng tự động và đánh giá mức độ hài lòng",
  "", [], [], f"thiết bị phục vụ tại quầy một cửa; không lặp nền tảng nào của 1132 Phụ lục II")
R(P, "Sở Tài chính tỉnh Đồng Nai", "planned", "Phần mềm lựa chọn nhà thầu qua mạng của tỉnh",
  "Đăng tải kế hoạch lựa chọn nhà thầu, nhận hồ sơ dự thầu, mở thầu điện tử cho các chủ đầu tư trên địa bàn.", ["B-28"], [],
  f"{B(28)}: Hệ thống mạng đấu thầu quốc gia thống nhất đăng tải thông tin, nộp HSDT, mở thầu qua mạng trên toàn quốc")
R(P, "Sở KH&CN TP Hải Phòng", "existing", "Kết nối NDXP đồng bộ dữ liệu hộ tịch, đất đai", "", [], [], f"{A(6)}; {USE}")
R(P, "UBND tỉnh Vĩnh Long", "planned", "Kho quản lý dữ liệu điện tử của tổ chức, cá nhân",
  "Lưu kết quả giải quyết TTHC theo tài khoản người dân để tái sử dụng, không phải nộp lại.", [], [],
  f"{PL1(6)} Lớp 2 liệt kê 'Kho quản lý dữ liệu điện tử của tổ chức, cá nhân' là thành phần cấp tỉnh (dù {A(2)} cũng lưu dữ liệu số công dân)")
R(P, "UBND tỉnh Lai Châu", "planned", "Cong dich vu cong rieng cua So Nong nghiep va Moi truong",
  "Website rieng de doanh nghiep nop ho so cap phep khai thac nuoc, xa thai", ["B-09", "A-01"], [],
  f"{B(9)} và {G4577}: thủ tục lĩnh vực tài nguyên nước, môi trường thuộc HTTT giải quyết TTHC của Bộ NN&MT; cổng nộp hồ sơ riêng lặp {A(1)} (giao diện một cửa duy nhất; 3090 Phần II mục 2 điểm đ)")
R(P, "UBND tỉnh Lai Châu", "existing", "Đồng bộ dữ liệu hồ sơ TTHC lên Cổng Dịch vụ công quốc gia",
  "Job đồng bộ 15 phút/lần trạng thái hồ sơ từ hệ thống một cửa tỉnh.", [], [], f"{A(1)}; {USE}")
R(P, "Sở Nội vụ TP Đà Nẵng", "existing", "Phần mềm thi đua khen thưởng", "Đề nghị, xét duyệt khen thưởng trực tuyến cho các cơ quan thành phố.", [], [],
  f"{PL1(5)} liệt kê 'Quản lý thi đua khen thưởng' là ứng dụng hỗ trợ hoạt động cơ quan nhà nước; không có dòng 1132 tương ứng")
R(P, "UBND tỉnh Đắk Lắk", "existing", "Hệ thống camera giám sát giao thông, trật tự đô thị", "", [], [],
  f"hạ tầng camera ({N3} điểm a: camera an ninh thuộc hạ tầng ICT địa phương); không phải nền tảng ITS đường bộ cao tốc ({B(54)})")

# =============================== MINISTRY ===============================
M = "ministry"
R(M, "Bộ Công an", "expanding", "Nền tảng VNeID - bổ sung ví điện tử, chi trả an sinh", "", [], [], f"{A(2)} chủ quản Bộ Công an; {OWN}")
R(M, "Văn phòng Chính phủ", "existing", "Trục liên thông văn bản quốc gia (nâng cấp truy vết)", "", [], [], f"{A(4)} chủ quản Văn phòng Chính phủ; {OWN}")
R(M, "Cục Thuế - Bộ Tài chính", "existing", "Hệ thống quản lý thuế tập trung (TMS)", "Quản lý đăng ký, kê khai, nộp thuế; eTax cho người nộp thuế.", [], [], f"{B(27)} chủ quản Bộ Tài chính; {OWN}")
R(M, "Cục Hải quan - Bộ Tài chính", "expanding", "VNACCS/VCIS - Hải quan số", "", [], [], f"{B(25)} chủ quản Bộ Tài chính; {OWN}")
R(M, "Bộ Nội vụ", "planned", "Nền tảng hợp đồng lao động điện tử", "Cấp mã định danh cho mỗi HĐLĐ điện tử theo NĐ 337/2025.", [], [], f"{B(30)} chủ quản Bộ Nội vụ; {OWN}")
R(M, "Bộ Y tế", "existing", "Hệ thống thông tin giải quyết TTHC Bộ Y tế", "Dùng chung từ Bộ đến Sở Y tế, trạm y tế xã.", [], [], f"{B(14)} chủ quản Bộ Y tế; {OWN}")
R(M, "Bộ Giáo dục và Đào tạo", "expanding", "CSDL ngành giáo dục - quản trị trường học", "", [], [], f"{B(35)} chủ quản Bộ GD&ĐT; {OWN}")
R(M, "Thanh tra Chính phủ", "planned", "Nền tảng số công tác thanh tra", "", [], [], f"{B(56)} chủ quản Thanh tra Chính phủ; {OWN}")
R(M, "Ngân hàng Nhà nước Việt Nam", "existing", "Hệ thống thông tin tín dụng quốc gia (CIC)", "", [], [], f"{B(51)} chủ quản NHNN; {OWN}")
R(M, "Bộ Tư pháp", "planned", "Cổng Pháp luật quốc gia - module lấy ý kiến dự thảo", "", [], [], f"{A(16)} chủ quản Bộ Tư pháp; {OWN}")
R(M, "Bộ Khoa học và Công nghệ", "existing", "NDXP - nâng cấp năng lực xử lý", "", [], [], f"{A(6)} chủ quản Bộ KH&CN; {OWN}")
R(M, "Bộ Xây dựng", "planned", "Nền tảng ITS quản lý giao thông thông minh đường bộ",
  "Kết nối dữ liệu thu phí không dừng, trạm kiểm soát tải trọng, camera các tuyến cao tốc toàn quốc.", [], [], f"{B(54)} chủ quản Bộ Xây dựng; {OWN}")
R(M, "Bộ Công Thương", "planned", "Hệ thống quản lý TTHC an toàn thực phẩm ngành Công Thương",
  "Tiếp nhận hồ sơ cấp GCN cơ sở đủ điều kiện ATTP thuộc ngành Công Thương; quản lý kiểm tra, hậu kiểm.", ["B-34"], [],
  f"{B(34)}: chủ quản Bộ Y tế, là môi trường số duy nhất cho 100% TTHC ATTP và trục chia sẻ giữa ba Bộ (gồm Bộ Công Thương); Bộ Công Thương không phải chủ quản")
R(M, "Bộ Xây dựng", "existing", "Hệ thống thư điện tử Bộ Xây dựng (@moc.gov.vn)", "", [], [EMAIL], EM_WHY)
R(M, "Bộ Nông nghiệp và Môi trường", "planned", "SOC Bộ NN&MT",
  "Giám sát ATTT tập trung, phát hiện tấn công, phân tích mã độc cho các hệ thống của Bộ.", ["A-13"], [],
  f"{A(13)}: dịch vụ dùng chung giám sát, phát hiện tấn công, phân tích mã độc tập trung; không xây hệ thống riêng lẻ")
R(M, "Bộ Văn hóa, Thể thao và Du lịch", "planned", "Chống DDoS và WAF cho các cổng TTĐT của Bộ", "", ["A-14"], [],
  f"{A(14)}: tường lửa ứng dụng web quốc gia, chống DDoS tập trung; cơ quan nhà nước không cần đầu tư giải pháp tương tự")
R(M, "Bộ Công Thương", "planned", "Cổng dữ liệu mở ngành Công Thương",
  "Xuất bản dữ liệu mở về xuất nhập khẩu, năng lượng; danh mục dịch vụ chia sẻ dữ liệu của Bộ.", ["A-07"], [],
  f"{A(7)}: Cổng dữ liệu quốc gia là điểm tập trung danh mục dịch vụ chia sẻ dữ liệu và xuất bản dữ liệu mở của bộ, ngành")
R(M, "Bộ Giáo dục và Đào tạo", "planned", "Văn bằng, chứng chỉ số trên mạng blockchain riêng",
  "Tự triển khai mạng chuỗi khối permissioned (Hyperledger Fabric) để ghi nhận, xác thực văn bằng.", ["A-09"], [],
  f"{A(9)}: nền tảng chuỗi khối quốc gia đa dụng để bộ, ngành, địa phương phát triển ứng dụng trên đó; Bộ GD&ĐT không phải chủ quản")
R(M, "Bộ Nông nghiệp và Môi trường", "planned", "Truy xuất nguồn gốc nông sản trên nền tảng blockchain quốc gia", "", [], [],
  f"{A(9)} cho phép bộ, ngành phát triển ứng dụng trên nền tảng; truy xuất nguồn gốc trồng trọt thuộc {B(38)} do chính Bộ NN&MT chủ quản; {USE}")
R(M, "Bộ Công Thương", "existing", "Hệ thống xây dựng, lấy ý kiến và thẩm định dự thảo VBQPPL của Bộ",
  "Soạn thảo, đăng dự thảo lấy ý kiến người dân, doanh nghiệp, thẩm định, theo dõi ban hành văn bản.", ["B-43", "A-16"], [],
  f"{B(43)} (quản lý xây dựng, thẩm định VBQPPL cho mọi cơ quan) và {A(16)} (kênh lấy ý kiến nhân dân trong xây dựng pháp luật)")
R(M, "Bộ Y tế", "planned", "Hệ thống đấu thầu thuốc tập trung trực tuyến",
  "Đăng tải kế hoạch lựa chọn nhà thầu, nộp HSDT, mở thầu, công bố kết quả cho các cơ sở y tế.", ["B-28"], [],
  f"{B(28)}: Hệ thống mạng đấu thầu quốc gia áp dụng cho mọi cơ quan, đơn vị dùng vốn NSNN")
R(M, "Bộ Dân tộc và Tôn giáo", "existing", "CSDL công tác dân tộc", "", [], [], f"{B(46)} chủ quản Bộ Dân tộc và Tôn giáo; {OWN}")
R(M, "Bộ Quốc phòng", "existing", "Hệ thống thư điện tử quân sự", "Thư điện tử trên mạng truyền số liệu quân sự, tách biệt Internet.", [], [],
  f"{D22}: ngoại lệ yêu cầu đặc thù quốc phòng; không tính trùng với {N3} (thư điện tử công vụ)")
R(M, "Bộ Tư lệnh 86 - Bộ Quốc phòng", "planned", "Trung tâm điều hành an ninh mạng quân sự", "", [], [],
  f"{D22}: ngoại lệ đặc thù quốc phòng, dù chức năng gần {A(13)}")
R(M, "Bộ Quốc phòng", "existing", "Hệ thống thông tin giải quyết TTHC Bộ Quốc phòng", "", [], [], f"{B(3)} chủ quản Bộ Quốc phòng; {OWN}")
R(M, "Ban Cơ yếu Chính phủ", "existing", "Hệ thống chứng thực chữ ký số chuyên dùng Chính phủ", "Cấp, quản lý chứng thư số cho cơ quan nhà nước.", [], [],
  f"{N3} điểm a: Ban Cơ yếu Chính phủ là chủ quản; đồng thời {D22} ngoại lệ cơ yếu")
R(M, "Bộ Công an", "existing", "Hệ thống quản lý xuất nhập cảnh", "", [], [], f"{D22}: đặc thù an ninh; thủ tục thuộc {B(2)} do chính Bộ Công an chủ quản")
R(M, "Bộ Tài chính", "expanding", "LGSP Bộ Tài chính", "", [], [], f"{PL1(5)} Lớp 2: 'Nền tảng tích hợp, chia sẻ dữ liệu cấp bộ (LGSP cấp bộ)'")
R(M, "Bộ Nội vụ", "existing", "eOffice Bộ Nội vụ - QLVB và điều hành", "", [], [], f"{PL1(5)} Lớp 3: ứng dụng 'Quản lý văn bản và điều hành' của bộ")
R(M, "Bộ Ngoại giao", "planned", "Bàn làm việc số (Digital Workplace) Bộ Ngoại giao",
  "Tích hợp QLVB, lịch công tác, họp trực tuyến, kho tài liệu, trợ lý ảo GenAI.", [], [], f"{PL1(5)} Lớp 4: 'Bàn làm việc số (Digital Workplace)' do bộ xây dựng")
R(M, "Bộ Y tế", "existing", "Phần mềm thi đua khen thưởng ngành Y tế", "", [], [], f"{PL1(5)} Lớp 3: 'Quản lý thi đua khen thưởng'")
R(M, "Bộ Xây dựng", "planned", "Nền tảng AI Bộ Xây dựng", "Hạ tầng AI dùng chung trong bộ, kết nối qua LGSP, đồng bộ Nền tảng AI quốc gia.", [], [],
  f"{PL1(5)} Lớp 3: 'Nền tảng AI cấp bộ'")
R(M, "Bộ Tư pháp", "existing", "Kết nối Cổng DVCQG - đồng bộ hồ sơ lý lịch tư pháp", "", [], [], f"{A(1)}; {USE}")
R(M, "Bộ Khoa học và Công nghệ", "planned", "HTTT quốc gia về KH&CN - CSDL công bố khoa học", "", [], [], f"{B(49)} chủ quản Bộ KH&CN; {OWN}")
R(M, "Bộ Văn hóa, Thể thao và Du lịch", "existing", "CSDL quốc gia về di sản văn hóa", "", [], [], f"{B(44)} chủ quản Bộ VHTTDL; {OWN}")
R(M, "Bộ Nông nghiệp và Môi trường", "existing", "Hệ thống AI cảnh báo thiên tai", "", [], [], f"{B(39)} chủ quản Bộ NN&MT; {OWN}")
R(M, "Bộ Tài chính", "existing", "Hệ thống mạng đấu thầu quốc gia (muasamcong)", "", [], [], f"{B(28)} chủ quản Bộ Tài chính; {OWN}")
R(M, "Bộ Công an", "planned", "Hệ thống quản lý đấu giá tài sản", "Niêm yết, quản lý cuộc đấu giá tài sản công, tài sản vi phạm hành chính.", [], [],
  f"{B(22)} chủ quản Bộ Công an; {OWN}")
R(M, "Ngân hàng Nhà nước Việt Nam", "planned", "Cổng kết nối các CA công cộng cho giao dịch ký số",
  "Gateway kết nối dịch vụ chứng thực chữ ký số công cộng để xác thực chữ ký số của tổ chức tín dụng, doanh nghiệp.", [], [CKSCC],
  f"{N3} điểm a: Cổng kết nối dịch vụ chứng thực chữ ký số công cộng phục vụ các HTTT giao dịch điện tử dùng chữ ký số")
R(M, "Bộ Nội vụ", "existing", "CSDL quốc gia về CBCCVC", "", [], [], f"{B(29)} chủ quản Bộ Nội vụ; {OWN}")
R(M, "Bo Dan toc va Ton giao", "existing", "Tich hop du lieu ton giao voi CSDL dan cu", "", [], [], f"{B(47)} chủ quản Bộ Dân tộc và Tôn giáo; {OWN}")
R(M, "Cục Thống kê - Bộ Tài chính", "existing", "Nền tảng quản lý dữ liệu thống kê", "", [], [], f"{A(15)} chủ quản Bộ Tài chính; {OWN}")
R(M, "Bộ Y tế", "planned", "Hạ tầng máy chủ riêng cho CSDL quốc gia về y tế",
  "Đầu tư ảo hóa, lưu trữ tại phòng máy của Bộ để vận hành CSDL quốc gia về y tế.", ["A-08"], [],
  f"{A(8)}: mục tiêu 100% CSDL quốc gia chạy trên nền tảng điện toán đám mây trong TTDLQG; 3090 Phần II mục 4 điểm b: CSDL quốc gia lưu trên hạ tầng TTDLQG")
R(M, "Bộ Giáo dục và Đào tạo", "existing", "Nền tảng học tập trực tuyến cho học sinh phổ thông", "", [], [], f"{B(36)} chủ quản Bộ GD&ĐT; {OWN}")
R(M, "Bộ Công Thương", "existing", "Nền tảng quản lý thương mại và thị trường", "", [], [], f"{B(42)} chủ quản Bộ Công Thương; {OWN}")
R(M, "Bộ Nông nghiệp và Môi trường", "planned", "Trợ lý ảo ngành NN&MT (tùy biến từ Trợ lý ảo quốc gia)", "", [], [], f"{A(10)}: bộ, ngành tùy biến trợ lý ảo trên nền tảng; {USE}")
R(M, "Bộ Ngoại giao", "existing", "Hệ thống giải quyết TTHC lãnh sự (hợp pháp hóa, chứng nhận lãnh sự)", "", [], [], f"{B(4)} chủ quản Bộ Ngoại giao; {OWN}")
R(M, "Bộ Văn hóa, Thể thao và Du lịch", "planned", "HTTT giải quyết TTHC ngành văn hóa, thể thao, du lịch", "Dùng chung từ Bộ đến Sở VHTTDL.", [], [], f"{B(11)} chủ quản Bộ VHTTDL; {OWN}")
R(M, "Bộ Xây dựng", "existing", "PM quan ly du an dau tu xay dung", "", [], [], f"{PL1(5)} Lớp 3: 'Quản lý dự án đầu tư'")
R(M, "Bộ Tài chính", "planned", "Hệ thống thông tin báo cáo Bộ Tài chính", "Chế độ báo cáo định kỳ của các đơn vị thuộc Bộ, kết nối HTTT báo cáo Chính phủ.", [], [],
  f"{N3} điểm c: HTTT báo cáo quốc gia gồm cả HTTT báo cáo bộ; là thành phần của bộ")
R(M, "Bộ Giáo dục và Đào tạo", "expanding", "Thư điện tử ngành giáo dục (@moet.edu.vn)", "Cấp thêm tài khoản cho cán bộ các sở GD&ĐT.", [], [EMAIL], EM_WHY)
R(M, "Bộ Dân tộc và Tôn giáo", "planned", "Phần mềm kê khai tài sản, thu nhập cán bộ của Bộ", "", ["B-57"], [],
  f"{B(57)}: nền tảng kiểm soát tài sản, thu nhập hỗ trợ kê khai, công khai, xác minh cho mọi người có nghĩa vụ kê khai")
R(M, "Bộ Công Thương", "planned", "Phần mềm tiếp công dân, xử lý đơn KNTC của Bộ", "", ["B-55"], [],
  f"{B(55)}: nền tảng tiếp công dân, xử lý đơn, giải quyết khiếu nại tố cáo dùng thống nhất từ trung ương đến địa phương")
R(M, "Bộ Tài chính", "planned", "SIEM/SOC ngành Tài chính", "Thu thập log, phát hiện tấn công, điều phối ứng phó sự cố cho các đơn vị thuộc Bộ.", ["A-13"], [],
  f"{A(13)}: nền tảng SOC quốc gia; các cơ quan không cần xây hệ thống điều phối an ninh mạng riêng lẻ")
R(M, "Bộ Ngoại giao", "existing", "Kết nối Cổng thông tin một cửa quốc gia", "Trao đổi dữ liệu thị thực, hộ chiếu ngoại giao.", [], [], f"{B(18)}; {USE}")
R(M, "Văn phòng Chính phủ", "existing", "Hệ thống thông tin báo cáo Chính phủ", "", [], [], f"{N3} điểm c: thành phần của HTTT báo cáo quốc gia do chính VPCP vận hành; {OWN}")

# =============================== COMMUNE ===============================
C = "commune"
R(C, "UBND phường Hoàn Kiếm, TP Hà Nội", "existing", "Một cửa điện tử phường (dùng hệ thống TTHC của thành phố)", "", [], [],
  f"{PL1(7)} Lớp 3 điểm a: cấp xã dùng nền tảng dùng chung của tỉnh ({PL1(6)}: HTTT giải quyết TTHC cấp tỉnh)")
R(C, "UBND xã Bát Tràng, TP Hà Nội", "planned", "Cổng dịch vụ công riêng của xã",
  "Website để người dân nộp hồ sơ trực tuyến các thủ tục của xã.", ["A-01"], [],
  f"{A(1)}: giao diện một cửa duy nhất thực hiện TTHC; 3090 Phần II mục 2 điểm đ (Nguyên tắc 5) chấm dứt việc mỗi địa phương xây cổng dịch vụ công riêng")
R(C, "UBND phường Sài Gòn, TP Hồ Chí Minh", "planned", "Chatbot AI phường (tự xây mô hình)", "Tự thuê GPU, huấn luyện chatbot trả lời TTHC.", ["A-10"], [],
  f"{A(10)}: địa phương xây trợ lý ảo trên nền tảng duy nhất, không đầu tư thuật toán riêng; {G4577_3} cấp xã không tự xây khi đã có giải pháp dùng chung")
R(C, "UBND phường Ninh Kiều, TP Cần Thơ", "existing", "Phần mềm đăng ký, quản lý hộ tịch riêng của phường", "", ["B-06"], [],
  f"{B(6)} và {G4577}: hộ tịch là thủ tục lĩnh vực tư pháp thuộc HTTT giải quyết TTHC của Bộ Tư pháp")
R(C, "UBND xã Đồng Đăng, tỉnh Lạng Sơn", "planned", "PM đăng ký hộ kinh doanh", "Cấp giấy chứng nhận đăng ký hộ kinh doanh tại xã.", ["B-23"], [],
  f"{B(23)}: Nền tảng quản lý doanh nghiệp quốc gia phục vụ đăng ký hộ kinh doanh qua mạng trên toàn quốc")
R(C, "UBND phường Hải Châu, TP Đà Nẵng", "existing", "Hệ thống camera an ninh khu dân cư", "", [], [], f"{PL1(7)} Lớp 1: hạ tầng ICT cấp xã gồm hệ thống camera an ninh")
R(C, "UBND xã Bát Xát, tỉnh Lào Cai", "planned", "Hệ thống truyền thanh thông minh IP", "", [], [], f"{PL1(7)} Lớp 1: hệ thống truyền thanh thông minh")
R(C, "UBND xã Mộc Châu, tỉnh Sơn La", "planned", "Wifi công cộng trung tâm xã", "Phục vụ người dân khi làm thủ tục.", [], [], f"{PL1(7)} Lớp 1: hệ thống wifi công cộng")
R(C, "UBND phường Thuận Hóa, TP Huế", "existing", "Bảng điện tử công cộng (LED) tại nhà văn hóa", "", [], [], f"{PL1(7)} Lớp 1: hệ thống bảng điện tử công cộng")
R(C, "UBND xã Diễn Châu, tỉnh Nghệ An", "existing", "Hội nghị truyền hình trực tuyến xã", "", [], [], f"{PL1(7)} Lớp 1: hệ thống hội nghị truyền hình trực tuyến cấp xã")
R(C, "UBND xã Tháp Mười, tỉnh Đồng Tháp", "planned", "Nông nghiệp thông minh cho HTX (IoT tưới tiêu)", "", [], [], f"{PL1(7)} Lớp 3 điểm b: giải pháp nông nghiệp thông minh")
R(C, "UBND phường Hạ Long, tỉnh Quảng Ninh", "existing", "Thanh toán không dùng tiền mặt (QR) tại bộ phận một cửa", "", [], [],
  f"{PL1(7)} Lớp 3 điểm b: giải pháp thanh toán điện tử/không tiền mặt")
R(C, "UBND xã Hoằng Hóa, tỉnh Thanh Hóa", "planned", "Phần mềm QLVB riêng của xã",
  "Mua phần mềm quản lý văn bản riêng dù tỉnh đã triển khai eOffice dùng chung.", [], [],
  f"lặp giải pháp dùng chung của tỉnh ({G4577_3}), không lặp nền tảng của 1132 Phụ lục II hay thành phần {N3}")
R(C, "UBND phường Lê Chân, TP Hải Phòng", "existing", "Email cán bộ phường trên máy chủ riêng", "", [], [EMAIL], EM_WHY)
R(C, "UBND xã Ia Grai, tỉnh Gia Lai", "planned", "Phần mềm thống kê, tổng hợp chỉ tiêu KT-XH cấp xã", "", ["A-15"], [],
  f"{A(15)}: thu thập, xử lý chỉ tiêu thống kê cấp xã trên nền tảng tập trung")
R(C, "UBND xã Cư M'gar, tỉnh Đắk Lắk", "planned", "Phần mềm đấu giá quyền sử dụng đất", "Tổ chức đấu giá trực tuyến các lô đất của xã.", ["B-22"], [],
  f"{B(22)}: Hệ thống quản lý đấu giá tài sản (đăng tải, niêm yết, quản lý các cuộc đấu giá tài sản)")
R(C, "UBND phường Bến Thành, TP Hồ Chí Minh", "existing", "Phần mềm tiếp công dân, xử lý đơn thư phường", "", ["B-55"], [],
  f"{B(55)}: phân cấp xử lý đến từng cán bộ từ trung ương đến địa phương")
R(C, "UBND xã Châu Phú, tỉnh An Giang", "existing", "PM chứng thực bản sao điện tử", "", ["B-06"], [],
  f"{B(6)} và {G4577}: chứng thực là thủ tục lĩnh vực tư pháp thuộc HTTT giải quyết TTHC của Bộ Tư pháp")
R(C, "UBND xã Năm Căn, tỉnh Cà Mau", "existing", "Kiosk tra cứu TTHC tại UBND xã", "", [], [],
  f"thiết bị đầu cuối; {PL1(7)} Lớp 4 cho phép kênh tiếp cận bổ trợ; không lặp nền tảng của 1132 Phụ lục II")
R(C, "UBND phường Kinh Bắc, tỉnh Bắc Ninh", "existing", "Kết nối CSDL quốc gia về dân cư để xác thực thông tin công dân", "", [], [], f"{A(3)}/{A(5)}; {USE}")
R(C, "UBND xã Hàm Yên, tỉnh Tuyên Quang", "existing", "Phần mềm quản lý tiêm chủng trạm y tế xã", "", ["B-33"], [],
  f"{B(33)}: tích hợp Hệ thống quản lý thông tin tiêm chủng quốc gia")
R(C, "UBND xa Tra On, tinh Vinh Long", "planned", "PM theo doi sau benh hai cay trong", "", ["B-38"], [],
  f"{B(38)}: Nền tảng quốc gia về trồng trọt và bảo vệ thực vật (cảnh báo, dự báo dịch hại)")
R(C, "UBND phường Hoa Lư, tỉnh Ninh Bình", "planned", "Phần mềm quản lý trường mầm non phường", "", ["B-35"], [],
  f"{B(35)}: quản trị các cơ sở giáo dục mầm non trên cả nước, dùng chung cho xã/phường")
R(C, "UBND xã Thanh Sơn, tỉnh Phú Thọ", "planned", "Phần mềm kho lưu trữ tài liệu điện tử của xã",
  "Số hóa, lưu trữ hồ sơ, tài liệu đến hạn nộp lưu.", ["B-32"], [],
  f"{B(32)}: Nền tảng số quốc gia về văn thư, lưu trữ quản lý tài liệu từ khi ban hành đến khi đưa vào lưu trữ")
R(C, "UBND phường Nha Trang, tỉnh Khánh Hòa", "existing", "Trang thông tin điện tử phường", "", [], [],
  "trang tin của phường; 1132 Phụ lục II không có nền tảng cổng tin tức; không phải giao diện TTHC của " + A(1))
R(C, "UBND xã Gio Linh, tỉnh Quảng Trị", "existing", "Hệ thống chiếu sáng thông minh", "", [], [], f"{PL1(7)} Lớp 3 điểm b: hệ thống chiếu sáng thông minh (nếu tỉnh không triển khai tập trung)")
R(C, "UBND phường Lâm Viên - Đà Lạt, tỉnh Lâm Đồng", "planned", "Ứng dụng du lịch cho hộ kinh doanh homestay", "", [], [],
  f"{PL1(7)} Lớp 3 điểm b: giải pháp chuyển đổi số du lịch cho doanh nghiệp, hộ kinh doanh cá thể")
R(C, "UBND xã Mường Chà, tỉnh Điện Biên", "existing", "PM quản lý hồ sơ địa chính, biến động đất đai xã", "", ["B-09"], [],
  f"{B(9)} và {G4577}: thủ tục đất đai thuộc HTTT giải quyết TTHC của Bộ NN&MT kéo dài tới địa phương")
R(C, "UBND phường Ba Đình, TP Hà Nội", "planned", "Thuê dịch vụ SOC giám sát ATTT cho phường", "", ["A-13"], [],
  f"{A(13)}: các cơ quan khai thác dịch vụ SOC quốc gia mà không đầu tư hệ thống riêng lẻ")
R(C, "UBND xã Hòa An, tỉnh Cao Bằng", "existing", "Tư vấn sức khỏe từ xa cho trạm y tế (telehealth)", "", [], [], f"{PL1(7)} Lớp 3 điểm b: giải pháp tư vấn, chăm sóc sức khỏe từ xa")
R(C, "UBND phường Biên Hòa, tỉnh Đồng Nai", "existing", "Đồng bộ hồ sơ hộ kinh doanh lên hệ thống đăng ký doanh nghiệp quốc gia", "", [], [], f"{B(23)}; {USE}")
R(C, "UBND xã Bình Sơn, tỉnh Quảng Ngãi", "planned", "Phần mềm quản lý cơ sở tín ngưỡng trên địa bàn xã", "", ["B-47"], [],
  f"{B(47)}: Nền tảng/CSDL tôn giáo quản lý cơ sở tín ngưỡng, hoạt động tín ngưỡng")
R(C, "UBND phường Phan Đình Phùng, tỉnh Thái Nguyên", "planned", "Camera AI nhận diện biển số tại cổng UBND", "", [], [],
  f"{PL1(7)} Lớp 1: camera an ninh thuộc hạ tầng ICT cấp xã; không lặp nền tảng của 1132")
R(C, "UBND xã Tam Đường, tỉnh Lai Châu", "existing", "PM kê khai tài sản thu nhập cán bộ xã", "", ["B-57"], [],
  f"{B(57)}: nền tảng kiểm soát tài sản, thu nhập dùng xuyên suốt đến địa phương")
R(C, "UBND phường Cái Răng, TP Cần Thơ", "retiring", "Phần mềm hộ tịch cũ của phường (bản cài đặt offline)",
  "Ngừng sử dụng, dữ liệu đã chuyển sang hệ thống của Bộ Tư pháp.", ["B-06"], [],
  f"{B(6)}: chức năng lặp HTTT giải quyết TTHC của Bộ Tư pháp; nhãn theo chức năng, không theo trạng thái")
R(C, "UBND xã Hương Khê, tỉnh Hà Tĩnh", "existing", "Đồng bộ số liệu chỉ tiêu thống kê cấp xã lên nền tảng quản lý dữ liệu thống kê", "", [], [], f"{A(15)}; {USE}")

# =============================== PARTY ===============================
PA = "party"
R(PA, "Văn phòng Trung ương Đảng", "existing", "Hệ thống thông tin điều hành tác nghiệp trong các cơ quan Đảng", "", [], [], f"{B(19)} chủ quản VPTW Đảng; {OWN}")
R(PA, "Văn phòng Trung ương Đảng", "expanding", "HTTT lĩnh vực tổ chức - xây dựng Đảng", "", [], [], f"{B(20)} chủ quản VPTW Đảng; {OWN}")
R(PA, "Tỉnh ủy Nghệ An", "planned", "Phần mềm quản lý văn bản, hồ sơ công việc riêng của Tỉnh ủy",
  "Gửi, nhận, xử lý văn bản đi, đến trong các ban đảng tỉnh và đảng ủy xã.", ["B-19"], [],
  f"{B(19)}: hệ thống dùng chung gửi, nhận, xử lý văn bản toàn trình xuyên suốt từ trung ương đến cấp xã trong các cơ quan Đảng")
R(PA, "Thành ủy TP Hồ Chí Minh", "existing", "Phần mềm quản lý đảng viên, tổ chức đảng", "", ["B-20"], [],
  f"{B(20)}: HTTT lĩnh vực tổ chức - xây dựng Đảng triển khai tập trung cho cơ quan Đảng các cấp (tổ chức, cán bộ, đảng viên)")
R(PA, "Tỉnh ủy Gia Lai", "planned", "Phần mềm theo dõi thực hiện nghị quyết, chỉ thị, kết luận",
  "Theo dõi chỉ tiêu, thống kê số liệu thực hiện nghị quyết của Trung ương và Tỉnh ủy.", ["B-21"], [],
  f"{B(21)}: phần mềm theo dõi thực hiện NQ, CT, KL của Trung ương triển khai tại các cơ quan Đảng đến cơ sở")
R(PA, "Tỉnh ủy Quảng Ninh", "planned", "Dịch vụ công trực tuyến của Đảng bộ tỉnh",
  "Chuyển sinh hoạt đảng, xác nhận lý lịch đảng viên trực tuyến.", ["B-01"], [],
  f"{B(1)}: HTTT giải quyết TTHC của Đảng dùng chung tại tất cả tổ chức Đảng")
R(PA, "Tỉnh ủy Thanh Hóa", "existing", "Sổ tay đảng viên điện tử", "", [], [], f"{PL1(1)} Lớp 3: 'Ứng dụng Đảng viên số'")
R(PA, "Tỉnh ủy Lâm Đồng", "planned", "Phần mềm phục vụ Đại hội Đảng bộ tỉnh", "", [], [], f"{PL1(1)} Lớp 3: 'Các ứng dụng hỗ trợ Đại hội Đảng các cấp'")
R(PA, "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai", "existing", "Hệ thống thu thập, phân tích thông tin trên Internet (social listening)", "", [], [],
  f"{PL1(1)} Lớp 3: 'Hệ thống thu thập, tổng hợp thông tin trên Internet'")
R(PA, "Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh", "planned", "Phần mềm công tác kiểm tra, giám sát, kỷ luật đảng", "", [], [],
  f"{PL1(1)} Lớp 3: HTTT chuyên ngành lĩnh vực Kiểm tra, giám sát, kỷ luật Đảng")
R(PA, "Đảng ủy các cơ quan Đảng Trung ương", "existing", "Liên thông HTTT điều hành tác nghiệp với Trục liên thông văn bản quốc gia", "", [], [], f"{A(4)}; {USE}")
R(PA, "Tỉnh ủy Bắc Ninh", "existing", "Dashboard điều hành của Thường trực Tỉnh ủy", "", [], [], f"{PL1(1)} Lớp 4: Dashboard giám sát, điều hành của các cơ quan Đảng")
R(PA, "Tỉnh ủy Cà Mau", "existing", "Trung tâm dữ liệu Tỉnh ủy", "", [], [], f"{PL1(1)} Lớp 1: Trung tâm dữ liệu của Đảng (sử dụng trung tâm hiện có)")
R(PA, "Văn phòng Trung ương Đảng", "existing", "Phần mềm theo dõi tình hình thực hiện NQ, CT, KL của Trung ương", "", [], [], f"{B(21)} chủ quản VPTW Đảng; {OWN}")
R(PA, "Thành ủy Hà Nội", "planned", "Hệ thống thư điện tử Thành ủy", "Thư điện tử công vụ (không mật) cho cán bộ các ban đảng thành phố.", [], [EMAIL], EM_WHY)
R(PA, "Đảng ủy Chính phủ", "existing", "Phần mềm quản lý hồ sơ đảng viên của Đảng bộ", "", ["B-20"], [],
  f"{B(20)}: quản lý tổ chức, đảng viên triển khai tập trung cho cơ quan Đảng các cấp")
R(PA, "Tỉnh ủy Quảng Trị", "planned", "WAF, chống DDoS cho Cổng TTĐT Đảng bộ tỉnh", "", ["A-14"], [],
  f"{A(14)}: phòng vệ biên Internet dùng chung; cơ quan không đầu tư giải pháp tương tự")
R(PA, "Tỉnh ủy Sơn La", "existing", "Điểm kết nối Mạng thông tin diện rộng của Đảng", "", [], [],
  f"{N3} điểm a: Mạng thông tin diện rộng của Đảng là hạ tầng dùng chung; điểm kết nối là sử dụng, không lặp")
R(PA, "Dang uy phuong Tay Ho, TP Ha Noi", "planned", "PM quan ly van ban Dang uy phuong (ban rieng)", "", ["B-19"], [],
  f"{B(19)}: xử lý văn bản toàn trình trong cơ quan Đảng xuyên suốt đến cấp xã")
R(PA, "Văn phòng Trung ương Đảng", "planned", "HTTT giải quyết TTHC của Đảng trên môi trường điện tử", "", [], [], f"{B(1)} chủ quản VPTW Đảng; {OWN}")
R(PA, "Ban Tổ chức Tỉnh ủy Tây Ninh", "existing", "Phần mềm quản lý cán bộ diện Ban Thường vụ Tỉnh ủy quản lý", "", ["B-20"], [],
  f"{B(20)}: nghiệp vụ tổ chức, cán bộ, đảng viên thuộc HTTT lĩnh vực tổ chức - xây dựng Đảng")

# =============================== ASSEMBLY ===============================
AS = "assembly"
R(AS, "Văn phòng Quốc hội", "existing", "Hệ thống hỗ trợ kỳ họp Quốc hội (e-Parliament)", "Tài liệu phiên họp, biểu quyết điện tử.", [], [],
  f"{PL1(2)} Lớp 3: 'Nhóm các ứng dụng số của Quốc hội hỗ trợ kỳ họp Quốc hội'")
R(AS, "Văn phòng Quốc hội", "planned", "Nền tảng tương tác đại biểu với cử tri", "", [], [],
  f"{PL1(2)} Lớp 3: 'Nhóm các ứng dụng số của Quốc hội hỗ trợ tương tác với công dân, cử tri, ĐBQH'")
R(AS, "Văn phòng Đoàn ĐBQH và HĐND tỉnh Nghệ An", "existing", "Phần mềm tiếp công dân, xử lý đơn thư dân nguyện", "", [], [],
  f"{PL1(2)} Lớp 3: lĩnh vực Công tác dân nguyện là HTTT chuyên ngành của Quốc hội; {B(55)} là nền tảng của khối hành chính do Thanh tra Chính phủ chủ quản")
R(AS, "Văn phòng Quốc hội", "planned", "SOC riêng cho hệ thống CNTT Quốc hội", "", ["A-13"], [],
  f"{A(13)}: các cơ quan khai thác dịch vụ SOC quốc gia, không xây hệ thống điều phối an ninh mạng riêng lẻ")
R(AS, "Văn phòng Quốc hội", "expanding", "Kho dữ liệu lập pháp", "", [], [], f"{PL1(2)} Lớp 2 (Nền tảng tổng hợp, phân tích dữ liệu; CSDL chuyên ngành) và Lớp 3 (lĩnh vực Lập pháp)")
R(AS, "Văn phòng Đoàn ĐBQH và HĐND TP Hà Nội", "planned", "Hệ thống thư điện tử riêng cho đại biểu HĐND", "", [], [EMAIL], EM_WHY)
R(AS, "Văn phòng Quốc hội", "existing", "Kết nối NDXP khai thác dữ liệu ngân sách", "", [], [], f"{A(6)}; {USE}")
R(AS, "Văn phòng Quốc hội", "planned", "Cổng dữ liệu mở của Quốc hội",
  "Xuất bản dữ liệu mở về dự án luật, kết quả biểu quyết dưới dạng tập dữ liệu tải về.", ["A-07"], [],
  f"{A(7)}: nền tảng tập trung để cơ quan, tổ chức xuất bản dữ liệu mở theo DCAT-VN, có không gian riêng cho từng cơ quan")
R(AS, "Văn phòng Đoàn ĐBQH và HĐND tỉnh Cà Mau", "existing", "Phòng họp không giấy kỳ họp HĐND tỉnh", "", [], [],
  f"ứng dụng hỗ trợ kỳ họp ({PL1(2)} Lớp 3); không lặp nền tảng của 1132 Phụ lục II")
R(AS, "Văn phòng Quốc hội", "existing", "Trung tâm dữ liệu Quốc hội", "", [], [], f"{PL1(2)} Lớp 1: Trung tâm dữ liệu của Quốc hội (sử dụng trung tâm hiện có)")
R(AS, "Văn phòng Quốc hội", "planned", "Mua WAF, anti-DDoS cho Cổng TTĐT Quốc hội", "", ["A-14"], [],
  f"{A(14)}: tường lửa ứng dụng web quốc gia, chống DDoS; cơ quan không đầu tư giải pháp tương tự")
R(AS, "Văn phòng Quốc hội", "existing", "Hệ thống quản lý văn bản và hồ sơ công việc VPQH", "", [], [],
  f"{PL1(2)} Lớp 3: 'Nhóm các ứng dụng số của Quốc hội hỗ trợ hoạt động nội bộ'")
R(AS, "Van phong Doan DBQH va HDND tinh Thanh Hoa", "planned", "Phan mem quan ly ho so can bo cong chuc cua Van phong", "", ["B-29"], [],
  f"{B(29)}: nền tảng quản lý CBCCVC cho cơ quan quản lý CBCCVC ở trung ương và địa phương")

# =============================== FRONT ===============================
F = "front"
R(F, "Ủy ban Trung ương MTTQ Việt Nam", "existing", "Nền tảng 'Mặt trận số' tương tác với nhân dân", "", [], [], f"{PL1(3)} Lớp 3: 'Nhóm các ứng dụng số hỗ trợ tương tác với nhân dân'")
R(F, "Ủy ban MTTQ Việt Nam tỉnh Phú Thọ", "existing", "Email cán bộ Mặt trận trên máy chủ riêng", "", [], [EMAIL], EM_WHY)
R(F, "Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp", "existing", "Phần mềm quản lý Quỹ Vì người nghèo, cứu trợ", "", [], [],
  f"{PL1(3)} Lớp 3: HTTT chuyên ngành của Mặt trận (đoàn kết, tập hợp nhân dân; khác)")
R(F, "Trung ương Đoàn TNCS Hồ Chí Minh", "planned", "Nền tảng học trực tuyến kỹ năng số cho thanh niên (MOOC)", "", [], [BDHV],
  f"{N3} điểm c: Nền tảng Bình dân học vụ số là nền tảng học trực tuyến mở đại trà phổ cập kỹ năng số cho mọi đối tượng")
R(F, "Tổng Liên đoàn Lao động Việt Nam", "planned", "Sàn việc làm công đoàn kết nối cung - cầu lao động toàn quốc", "", ["B-31"], [],
  f"{B(31)}: Sàn giao dịch việc làm quốc gia quản lý tập trung, thống nhất toàn quốc về kết nối cung - cầu lao động")
R(F, "Trung ương Hội LHPN Việt Nam", "existing", "Phần mềm quản lý hội viên", "", [], [], f"{PL1(3)} Lớp 3: ứng dụng hỗ trợ nghiệp vụ chuyên ngành của Mặt trận và các tổ chức thành viên")
R(F, "Ủy ban MTTQ Việt Nam TP Đà Nẵng", "planned", "WAF, chống DDoS cho cổng TTĐT Mặt trận thành phố", "", ["A-14"], [],
  f"{A(14)}: phòng vệ biên Internet dùng chung cho cơ quan nhà nước và hệ thống chính trị")
R(F, "Ủy ban Trung ương MTTQ Việt Nam", "planned", "Hạ tầng GPU và mô hình ngôn ngữ lớn riêng của Mặt trận",
  "Tự đầu tư năng lực tính toán, mô hình nền tảng tiếng Việt và các API AI lõi (NLP, nhận dạng ảnh) dùng riêng.", [], [AIP],
  f"{N3} điểm b: Nền tảng AI dùng chung (PaaS: tính toán hiệu năng cao, foundation models, dịch vụ AI lõi qua API) để cơ quan không đầu tư riêng lẻ; {PL1(3)} không giao Mặt trận nền tảng AI riêng")
R(F, "Ủy ban MTTQ Việt Nam tỉnh Lào Cai", "existing", "Kết nối Trục liên thông văn bản quốc gia", "", [], [], f"{A(4)}; {USE}")
R(F, "Hội Nông dân Việt Nam", "existing", "Sàn TMĐT nông sản cho hội viên", "", [], [],
  f"{PL1(3)} Lớp 3: ứng dụng hỗ trợ nghiệp vụ; {B(42)} là nền tảng quản lý nhà nước về thương mại, không phải sàn bán hàng")
R(F, "Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa", "planned", "Phần mềm giám sát và phản biện xã hội", "", [], [], f"{PL1(3)} Lớp 3: lĩnh vực Giám sát và phản biện xã hội")
R(F, "Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long", "planned", "Tài khoản người dân riêng cho app Mặt trận tỉnh",
  "Người dân đăng ký tài khoản, xác thực OTP riêng để đăng nhập app.", ["A-03"], [],
  f"{A(3)}: Nền tảng định danh và xác thực điện tử dùng chung")
R(F, "Ủy ban Trung ương MTTQ Việt Nam", "existing", "Trung tâm dữ liệu Mặt trận", "", [], [], f"{PL1(3)} Lớp 1: Trung tâm dữ liệu của MTTQ Việt Nam (sử dụng trung tâm hiện có)")

# =============================== OTHER ===============================
O = "other"
R(O, "Đài Truyền hình Việt Nam", "existing", "VTVGo", "", [], [], f"{B(61)} chủ quản Đài Truyền hình Việt Nam; {OWN}")
R(O, "Đài Tiếng nói Việt Nam", "planned", "Nền tảng phát thanh số quốc gia (VOV)", "", [], [], f"{B(60)} chủ quản Đài Tiếng nói Việt Nam; {OWN}")
R(O, "Đài Truyền hình Việt Nam", "existing", "VTV Big Data và VTV Rating", "", [], [], f"{B(62)} chủ quản Đài Truyền hình Việt Nam; {OWN}")
R(O, "Thông tấn xã Việt Nam", "planned", "Hệ thống đo lường khán giả riêng cho kênh Vnews",
  "Thu thập dữ liệu hành vi người xem, tính rating kênh.", ["B-62"], [],
  f"{B(62)}: nền tảng dùng chung đo lường hành vi khán giả cho tất cả các kênh truyền hình tại Việt Nam")
R(O, "Tòa án nhân dân tối cao", "existing", "Hệ thống quản lý án và công bố bản án", "", [], [], f"{PL1(4)} Lớp 3: HTTT chuyên ngành của Tòa án")
R(O, "Tòa án nhân dân tối cao", "existing", "Thư điện tử @toaan.gov.vn", "", [], [EMAIL], EM_WHY)
R(O, "Viện kiểm sát nhân dân tối cao", "planned", "WAF, anti-DDoS cho hệ thống ngành Kiểm sát", "", ["A-14"], [],
  f"{A(14)}: phòng vệ biên Internet quốc gia; không đầu tư giải pháp tương tự")
R(O, "Kiểm toán nhà nước", "existing", "Phần mềm kiểm toán điện tử", "", [], [], f"{PL1(4)} Lớp 3: ứng dụng nghiệp vụ chuyên ngành")
R(O, "Kiểm toán nhà nước", "planned", "Kết nối khai thác dữ liệu VDBAS", "", [], [], f"{B(52)}; {USE}")
R(O, "Kiểm toán nhà nước", "planned", "SOC riêng của Kiểm toán nhà nước", "", ["A-13"], [],
  f"{A(13)}: dịch vụ SOC dùng chung; không xây hệ thống điều phối an ninh mạng riêng lẻ")
R(O, "Văn phòng Chủ tịch nước", "existing", "Phần mềm xử lý hồ sơ đặc xá, khen thưởng", "", [], [], f"{PL1(4)} Lớp 3: ứng dụng nghiệp vụ chuyên ngành")
R(O, "Đại học Quốc gia Hà Nội", "existing", "LMS e-learning cho sinh viên", "", [], [],
  f"{B(36)} chỉ phục vụ cơ sở giáo dục mầm non, phổ thông, GDTX; giáo dục đại học không thuộc phạm vi")
R(O, "Bệnh viện Bạch Mai", "existing", "HIS/LIS/PACS", "", [], [], f"phần mềm vận hành bệnh viện; {B(33)} là kho thông tin sức khỏe cá nhân, không phải HIS")
R(O, "Tòa án nhân dân TP Hồ Chí Minh", "existing", "Kiosk tra cứu lịch xét xử", "", [], [], "thiết bị tra cứu tại chỗ; không lặp nền tảng của 1132 Phụ lục II")
R(O, "Viện kiểm sát nhân dân tối cao", "existing", "Trung tâm dữ liệu ngành Kiểm sát", "", [], [], f"{PL1(4)} Lớp 1: Trung tâm dữ liệu của cơ quan khác (sử dụng trung tâm hiện có)")
R(O, "Bảo hiểm xã hội Việt Nam", "existing", "Tích hợp thẻ BHYT vào VNeID", "", [], [], f"{A(2)}; {USE}")
R(O, "Thông tấn xã Việt Nam", "planned", "Hệ thống thư điện tử TTXVN", "", [], [EMAIL], EM_WHY)
R(O, "Kiểm toán nhà nước", "planned", "Cổng công khai kết quả kiểm toán", "", [], [],
  f"công khai kết quả kiểm toán, không phải công khai ngân sách ({B(26)}); không có dòng 1132 tương ứng")
R(O, "Văn phòng Chủ tịch nước", "existing", "Phần mềm quản lý văn bản VPCTN", "", [], [], f"{PL1(4)} Lớp 3: 'Nhóm các ứng dụng số hỗ trợ hoạt động nội bộ'")
R(O, "Đài Tiếng nói Việt Nam", "existing", "Phát kênh VOVTV trên VTVGo", "", [], [], f"{B(61)}; {USE}")
R(O, "Tòa án nhân dân tối cao", "planned", "Hệ thống lựa chọn nhà thầu qua mạng nội bộ của ngành Tòa án",
  "Chào giá trực tuyến, mua sắm trực tuyến cho các gói mua sắm của các tòa án.", ["B-28"], [],
  f"{B(28)}: Hệ thống mạng đấu thầu quốc gia (mua sắm trực tuyến, chào giá trực tuyến) áp dụng cho cơ quan dùng vốn NSNN")


# ---- additional rows (hard negatives, statuses, two-id rows) ----
R(P, "Sở Tài chính tỉnh Phú Thọ", "expanding", "Phần mềm quản lý dự án đầu tư công tỉnh",
  "Theo dõi kế hoạch vốn, tiến độ dự án, giải ngân; lấy kết quả lựa chọn nhà thầu từ Hệ thống mạng đấu thầu quốc gia và số liệu thanh toán từ VDBAS qua LGSP.", [], [],
  f"quản lý dự án đầu tư ({PL1(5)} liệt kê 'Quản lý dự án đầu tư' là ứng dụng hỗ trợ); chỉ lấy dữ liệu từ {B(28)} và {B(52)}, {USE}")
R(P, "UBND tỉnh Ninh Bình", "planned", "Bàn làm việc số (Digital Workplace) tỉnh Ninh Bình",
  "Một giao diện cho cán bộ: QLVB, lịch công tác, họp trực tuyến, kho tài liệu, trợ lý ảo; đăng nhập một lần (SSO), hiển thị hộp thư từ hệ thống thư điện tử công vụ thống nhất và văn bản từ Trục liên thông văn bản quốc gia.", [], [],
  f"{PL1(6)} Lớp 4: 'Bàn làm việc số (Digital Workplace)' do tỉnh xây dựng; chỉ hiển thị, kết nối các nền tảng quốc gia")
R(P, "UBND tỉnh Quảng Ngãi", "retiring", "Phần mềm một cửa điện tử cấp huyện (cũ)", "Dừng do không còn cấp huyện; hồ sơ chuyển về hệ thống TTHC của tỉnh.", [], [],
  f"là một phần HTTT giải quyết TTHC cấp tỉnh ({PL1(6)} Lớp 3 điểm a), không lặp nền tảng của 1132 Phụ lục II")
R(P, "Trung tâm Xúc tiến đầu tư tỉnh Bắc Ninh", "existing", "CRM chăm sóc nhà đầu tư", "", [], [], "quản lý quan hệ nhà đầu tư; không có dòng 1132 Phụ lục II hay thành phần 3090 Phần II mục 3 tương ứng")
R(P, "Sở KH&CN TP Hà Nội", "existing", "Helpdesk CNTT nội bộ (GLPI)", "", [], [], "công cụ hỗ trợ kỹ thuật nội bộ; không lặp nền tảng quốc gia nào")
R(P, "Văn phòng UBND tỉnh Tây Ninh", "existing", "Phần mềm quản lý xe công, đặt xe", "", [], [], "quản lý nội bộ; không lặp nền tảng của 1132 Phụ lục II")
R(P, "So KH&CN tinh An Giang", "expanding", "Mo rong LGSP ket noi them 20 he thong", "", [], [], f"{PL1(6)} Lớp 2: nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh")
R(P, "Sở Tài chính tỉnh Khánh Hòa", "planned", "Cổng công khai ngân sách và kết quả lựa chọn nhà thầu",
  "Công khai dự toán, quyết toán ngân sách và công bố kết quả lựa chọn nhà thầu các gói thầu của tỉnh.", ["B-26", "B-28"], [],
  f"{B(26)} (công khai ngân sách) và {B(28)} (công bố kết quả lựa chọn nhà thầu qua mạng)")
R(P, "Thanh tra TP Hồ Chí Minh", "planned", "Hệ thống phòng, chống tham nhũng thành phố",
  "Kê khai, xác minh tài sản, thu nhập; theo dõi, xử lý vụ việc tham nhũng, lãng phí, tiêu cực.", ["B-57", "B-58"], [],
  f"{B(57)} (kiểm soát tài sản, thu nhập) và {B(58)} (phòng, chống tham nhũng, lãng phí, tiêu cực)")
R(P, "Thanh tra tỉnh Lào Cai", "planned", "Phần mềm theo dõi thực hiện trách nhiệm giải trình của các cơ quan", "", ["B-59"], [],
  f"{B(59)}: Nền tảng số công tác thực hiện trách nhiệm giải trình dùng xuyên suốt đến địa phương")
R(M, "Ủy ban Chứng khoán Nhà nước - Bộ Tài chính", "expanding", "Kho dữ liệu chuyên ngành chứng khoán (Data Warehouse)", "", [], [], f"{B(53)} chủ quản Bộ Tài chính; {OWN}")
R(M, "Ngân hàng Nhà nước Việt Nam", "planned", "Hệ thống thanh toán điện tử liên ngân hàng thế hệ mới", "", [], [], f"{B(50)} chủ quản NHNN; {OWN}")
R(M, "Bộ Khoa học và Công nghệ", "existing", "Phần mềm quản lý hợp tác quốc tế", "", [], [], f"{PL1(5)} Lớp 3: 'Quản lý hợp tác quốc tế'")
R(M, "Bộ Tài chính", "planned", "Kho quản lý dữ liệu điện tử của tổ chức, cá nhân",
  "Lưu kết quả giải quyết TTHC của Bộ theo tài khoản tổ chức, cá nhân.", [], [],
  f"{PL1(5)} Lớp 2 liệt kê 'Kho quản lý dữ liệu điện tử của tổ chức, cá nhân' cho cấp bộ")
R(M, "Bộ Tài chính", "retiring", "Cổng dữ liệu mở cũ của Bộ (data.mof)", "Ngừng, chuyển các bộ dữ liệu mở sang Cổng dữ liệu quốc gia.", ["A-07"], [],
  f"{A(7)} (chủ quản Bộ Công an): xuất bản dữ liệu mở của bộ, ngành; nhãn theo chức năng, không theo trạng thái")
R(C, "UBND xã Yên Thế, tỉnh Bắc Ninh", "existing", "Mạng LAN, Internet UBND xã", "", [], [], f"{PL1(7)} Lớp 1: mạng cấp xã (Intranet, Internet)")
R(C, "UBND phường Long Xuyên, tỉnh An Giang", "planned", "Điểm hỗ trợ dịch vụ công lưu động cho người cao tuổi",
  "Máy tính bảng, 4G để cán bộ hướng dẫn người dân nộp hồ sơ trên Cổng DVCQG và VNeID.", [], [],
  f"{PL1(7)} Lớp 4: kênh tiếp cận bổ trợ (điểm hỗ trợ tại cộng đồng, dịch vụ lưu động); {USE}")
R(PA, "Tỉnh ủy Phú Thọ", "retiring", "PM QLVB cũ của Tỉnh ủy (Lotus Notes)", "Đã chuyển sang Hệ thống thông tin điều hành tác nghiệp dùng chung.", ["B-19"], [],
  f"{B(19)}: chức năng gửi, nhận, xử lý văn bản trong cơ quan Đảng; nhãn theo chức năng, không theo trạng thái")
R(PA, "Tỉnh ủy Đắk Lắk", "existing", "Hệ thống thông tin báo cáo tổng hợp, phân tích của Tỉnh ủy", "", [], [], f"{PL1(1)} Lớp 3: 'Hệ thống thông tin báo cáo tổng hợp, phân tích, dự báo'")
R(AS, "Văn phòng Quốc hội", "planned", "Gỡ băng ghi âm phiên họp bằng AI", "", [], [], f"{PL1(2)} Lớp 3: ứng dụng hỗ trợ kỳ họp Quốc hội")
R(F, "Ủy ban MTTQ Việt Nam tỉnh Hưng Yên", "retiring", "Website cũ của Ủy ban MTTQ huyện (sau sáp nhập)", "", [], [], "trang tin; không lặp nền tảng của 1132 Phụ lục II")
R(O, "Viện kiểm sát nhân dân tối cao", "retiring", "Phần mềm quản lý án hình sự (bản cũ)", "Thay bằng phiên bản mới của ngành.", [], [], f"{PL1(4)} Lớp 3: HTTT chuyên ngành của Viện kiểm sát")
R(O, "Kiểm toán nhà nước", "expanding", "Kho dữ liệu kiểm toán", "", [], [], f"{PL1(4)} Lớp 2: nền tảng tổng hợp, phân tích dữ liệu; CSDL chuyên ngành")

R(O, "Đài Truyền hình Việt Nam", "existing", "ERP tài chính, kế toán, vật tư (SAP)", "", [], [], "quản trị nguồn lực nội bộ của đơn vị; không lặp nền tảng của 1132 Phụ lục II (VDBAS B-52 là hệ thống ngân sách, kế toán nhà nước, không phải ERP đơn vị)")

ABOUT = """Bộ kiểm thử độc lập (dev2) gồm các dòng kiểm kê HTTT giả lập của cơ quan trong hệ thống chính trị, gán nhãn tay chỉ dựa trên văn bản nguồn, không đọc mã hay dữ liệu của engine.
Nguồn: 1132/QĐ-TTg (24/6/2026) Điều 2 và Phụ lục II (Nhóm A STT 1-17 = A-01..A-17; Nhóm B STT 1-62 = B-01..B-62, đánh số đúng thứ tự bảng); 3090/QĐ-BKHCN Phần II mục 2-4 và Phụ lục I (7 kiến trúc tham chiếu); 4577/BKHCN-CĐSQG; 5441/BKHCN-CĐSQG; 05-QĐ/BCĐTW.
Quy tắc gán nhãn:
1. expected = id của dòng 1132 Phụ lục II mà thành phần lặp lại chức năng, mục tiêu và phạm vi (theo cột 'Mục tiêu dùng chung'), dù tên gọi khác (1132 Điều 2 khoản 2).
2. Cơ quan chủ quản (hoặc đơn vị trực thuộc chủ quản) vận hành, nâng cấp chính nền tảng của mình: [] (1132 Điều 3 khoản 1).
3. Thành phần mà khung kiến trúc tham chiếu (3090 Phụ lục I) giao cho đúng loại cơ quan đó tự xây dựng (LGSP, kho dữ liệu, IOC, nền tảng AI cấp tỉnh/bộ, HTTT giải quyết TTHC cấp tỉnh hiện có, bàn làm việc số, QLVB, báo cáo, họp trực tuyến của tỉnh, ứng dụng chuyên ngành Đảng/Quốc hội/Mặt trận...): [] kể cả khi có từ ngữ giống nền tảng quốc gia.
4. Bộ nối, đăng nhập, đồng bộ, tích hợp, tùy biến trên nền tảng quốc gia (sử dụng chứ không thay thế): [].
5. Thiết bị, hạ tầng đầu cuối hoặc hệ thống chỉ nêu vị trí/đối tượng phục vụ (kiosk, màn hình, wifi, camera, xếp hàng), hoặc trùng từ nhưng khác mục đích (HIS, LMS đại học, kế toán tài sản, cổng tin tức): [].
6. Phần mềm thủ tục của một ngành do tỉnh/xã tự làm: gán HTTT giải quyết TTHC của bộ quản lý ngành đó (B-02..B-17) theo 1132 B STT 5 và 4577 mục 1; nếu ngành có nền tảng chuyên ngành riêng bao trùm thủ tục (ATTP B-34, hộ kinh doanh B-23, đấu thầu B-28...) thì gán nền tảng đó.
7. Hệ thống quốc phòng, an ninh, cơ yếu thuộc ngoại lệ 1132 Điều 2 khoản 2: [].
8. expected_national = tên thành phần dùng chung quốc gia tại 3090 Phần II mục 3 không có trong 1132 (thư điện tử công vụ thống nhất, thư điện tử nhận thông báo, V-APEX, Bình dân học vụ số, Cổng kết nối CA công cộng, Bản đồ số quốc gia và mã bưu chính, Nền tảng AI dùng chung), dùng đúng tên trong văn bản.
9. Trạng thái (existing/planned/expanding/retiring) và thời điểm vận hành của nền tảng (1132 Điều 2 khoản 3) không đổi nhãn: nhãn mô tả sự lặp chức năng; dòng 'retiring' vẫn mang id nó lặp.
10. Lặp giải pháp dùng chung của tỉnh (không phải của quốc gia) thì []. Trường hợp văn bản mâu thuẫn hoặc không rõ (ví dụ quản lý cán bộ cấp bộ, trợ lý ảo của Quốc hội, lấy ý kiến cử tri) thì bỏ, không đưa vào.
Ghi chú: tên địa phương theo 34 tỉnh, thành sau sắp xếp 2025; một số dòng cố ý viết không dấu, viết tắt hoặc để trống mô tả."""

def nfc(x):
    if isinstance(x, str): return unicodedata.normalize("NFC", x)
    if isinstance(x, list): return [nfc(i) for i in x]
    if isinstance(x, dict): return {k: nfc(v) for k, v in x.items()}
    return x

def main():
    cases = []
    for i, (kind, agency, status, name, desc, exp, nat, why) in enumerate(ROWS, 1):
        cases.append({"id": f"D{i:03d}", "kind": kind, "agency": agency, "status": status, "name": name,
                      "description": desc, "expected": exp, "expected_national": nat, "why": why})
    doc = nfc({"about": ABOUT, "cases": cases})
    # validation
    assert len({c["id"] for c in cases}) == len(cases)
    for c in doc["cases"]:
        assert c["kind"] in {"province", "ministry", "commune", "party", "assembly", "front", "other"}, c
        assert c["status"] in {"existing", "planned", "expanding", "retiring"}, c
        for e in c["expected"]: assert e in IDS, (c["id"], e)
        for n in c["expected_national"]: assert n in NATIONAL, (c["id"], n)
        assert c["why"]
    s = json.dumps(doc, ensure_ascii=False, indent=1)
    assert unicodedata.normalize("NFC", s) == s
    open(OUT, "w", encoding="utf-8").write(s + "\n")
    # stats
    cs = doc["cases"]
    pos = [c for c in cs if c["expected"] or c["expected_national"]]
    print("rows", len(cs), "positives", len(pos), f"{100*len(pos)/len(cs):.0f}%", "platform ids parsed", len(IDS))
    for k in ["province", "ministry", "commune", "party", "assembly", "front", "other"]:
        sub = [c for c in cs if c["kind"] == k]
        print(k, len(sub), "pos", sum(1 for c in sub if c["expected"] or c["expected_national"]))
    print(collections.Counter(c["status"] for c in cs))
    print("two-id rows", sum(1 for c in cs if len(c["expected"]) > 1), "national rows", sum(1 for c in cs if c["expected_national"]))

if __name__ == "__main__":
    main()
