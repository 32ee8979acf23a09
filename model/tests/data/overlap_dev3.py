#!/usr/bin/env python3
"""Build /work/dev3/overlap_dev3.json: a hand-labelled test set of agency IT-inventory rows
for an overlap checker, written from the source documents in /work/shared/seeds only."""
import glob, json, re, sys, unicodedata
from collections import Counter

SEEDS = "/work/shared/seeds"
OUT = "/work/dev3/overlap_dev3.json"

# ---- 1132/QĐ-TTg Phụ lục II: number the rows as the document does (A-01.., B-01..) ----
def load_1132():
    txt = open(glob.glob(SEEDS + "/004_*.txt")[0], encoding="utf-8").read()
    part = txt[txt.index("DANH MỤC NỀN TẢNG SỐ DÙNG CHUNG QUỐC GIA"):]
    a_start = part.index("A. Nhóm"); b_start = part.index("B. Nhóm")
    rows = {}
    for grp, seg in (("A", part[a_start:b_start]), ("B", part[b_start:])):
        for line in seg.split("\n"):
            m = re.match(r"^(\d+)\t([^\t]+)\t", line)
            if m:
                rows[f"{grp}-{int(m.group(1)):02d}"] = re.sub(r"<[^>]+>", "", m.group(2)).strip()
    return rows

P1132 = load_1132()

def A(n):
    k = f"A-{n:02d}"; return f"1132/QĐ-TTg Phụ lục II mục A STT {n} ({P1132[k]})"
def B(n):
    k = f"B-{n:02d}"; return f"1132/QĐ-TTg Phụ lục II mục B STT {n} ({P1132[k]})"

# 3090/QĐ-BKHCN Phần II mục 3 national shared components that are not 1132 rows (document's names)
EMAIL = "Hệ thống thư điện tử (email) công vụ thống nhất"
NOTIFY = "Hệ thống thư điện tử phục vụ tiếp nhận thông báo do cơ quan nhà nước gửi đến"
CA = "Hệ thống chứng thực chữ ký số chuyên dùng công vụ"
BDHV = "Nền tảng Bình dân học vụ số"
NATIONAL = {EMAIL, NOTIFY, CA, BDHV}
II3a = "3090/QĐ-BKHCN Phần II mục 3 điểm a (Lớp 1)"
II3b = "3090/QĐ-BKHCN Phần II mục 3 điểm b (Lớp 2)"
II3c = "3090/QĐ-BKHCN Phần II mục 3 điểm c (Lớp 3)"
II3d = "3090/QĐ-BKHCN Phần II mục 3 điểm d (Lớp 4)"
P5 = "3090/QĐ-BKHCN Phần II mục 2 điểm đ (Nguyên tắc 5)"
D2 = "1132/QĐ-TTg Điều 2 khoản 2 (ngoại lệ quốc phòng, an ninh, cơ yếu)"
PL = {  # 3090 Phụ lục I reference architectures
    "party": "3090/QĐ-BKHCN Phụ lục I mục 1 (Khung tham chiếu cơ quan Đảng)",
    "assembly": "3090/QĐ-BKHCN Phụ lục I mục 2 (Khung tham chiếu Quốc hội)",
    "front": "3090/QĐ-BKHCN Phụ lục I mục 3 (Khung tham chiếu MTTQ Việt Nam)",
    "other": "3090/QĐ-BKHCN Phụ lục I mục 4 (Khung tham chiếu cơ quan, tổ chức khác: TANDTC, VKSNDTC…)",
    "ministry": "3090/QĐ-BKHCN Phụ lục I mục 5 (Khung tham chiếu cấp bộ)",
    "province": "3090/QĐ-BKHCN Phụ lục I mục 6 (Khung tham chiếu cấp tỉnh)",
    "commune": "3090/QĐ-BKHCN Phụ lục I mục 7 (Khung tham chiếu cấp xã)",
}
S4577 = "4577/BKHCN-CĐSQG mục 1 (mỗi bộ, ngành có một HTTT giải quyết TTHC kéo dài tới các địa phương)"
S4577x = "4577/BKHCN-CĐSQG mục 3 (cấp xã không tự xây dựng phần mềm riêng lẻ khi đã có giải pháp dùng chung)"
OWN = "chủ quản tự xây dựng/vận hành nền tảng của mình (1132 Điều 3 khoản 1 điểm d) – không phải trùng lặp"
USE = "chỉ kết nối/khai thác nền tảng, không lặp lại chức năng (1132 Điều 3 khoản 2 điểm b; 4577 mục 2 c: kết nối qua API/SDK)"

ROWS = []
def r(kind, agency, status, name, desc, exp, nat, why):
    ROWS.append((kind, agency, status, name, desc, exp, nat, why))

# ============================ PROVINCE ============================
K = "province"
r(K, "Sở Nông nghiệp và Môi trường tỉnh Lai Châu", "planned",
  "Xây dựng phần mềm quản lý tiêm phòng và giám sát dịch bệnh gia súc, gia cầm",
  "Theo dõi ổ dịch LMLM, dịch tả lợn châu Phi, số liều vắc xin đã tiêm theo xã; quản lý kiểm dịch vận chuyển động vật qua các chốt.",
  ["B-37"], [], f"Phòng, chống dịch bệnh động vật và kiểm dịch là nghiệp vụ của {B(37)}, triển khai xuyên suốt từ trung ương đến địa phương.")
r(K, "Tỉnh Sơn La", "existing",
  "HTTT quản lý mã số vùng trồng và cơ sở đóng gói (xoài, nhãn, mận xuất khẩu)",
  "Cấp, giám sát mã số vùng trồng; cập nhật điều tra sinh vật gây hại; phục vụ truy xuất nguồn gốc.",
  ["B-38"], [], f"Quản lý dữ liệu trồng trọt, BVTV, cảnh báo và truy xuất nguồn gốc thuộc {B(38)}.")
r(K, "Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp", "planned",
  "Thuê dịch vụ CNTT: AI dự báo sâu bệnh hại lúa theo mùa vụ",
  "Giải pháp của nhà cung cấp sử dụng ảnh vệ tinh + dữ liệu bẫy đèn để cảnh báo rầy nâu, đạo ôn cho nông dân.",
  ["B-38"], [], f"Cảnh báo, dự báo dịch hại cây trồng là dịch vụ dùng chung của {B(38)}; 1132 Điều 2 khoản 2 cấm cả thuê dịch vụ tương tự.")
r(K, "Tỉnh Lào Cai", "planned",
  "Đầu tư xây dựng hệ thống AI cảnh báo sớm lũ quét, sạt lở đất",
  "Mô hình học máy phân tích lượng mưa từ trạm đo tự động, dự báo điểm có nguy cơ sạt lở cho các xã vùng cao.",
  ["B-39"], [], f"Phần mềm AI phân tích, cảnh báo thiên tai (ưu tiên lũ quét, sạt lở) là {B(39)}.")
r(K, "Tỉnh Lào Cai", "existing",
  "Trạm đo mưa tự động + loa cảnh báo tại điểm xung yếu",
  "Thiết bị IoT đo mưa và loa phát cảnh báo tại các thôn bản có nguy cơ sạt lở.",
  [], [], f"Thiết bị đo và phát cảnh báo tại hiện trường là hạ tầng IoT ({PL['commune']} Lớp 1: hệ thống Internet vạn vật, truyền thanh), không phải phần mềm AI phân tích của {B(39)}.")
r(K, "Tỉnh Cà Mau", "planned",
  "Nền tảng AI phân tích xâm nhập mặn và kịch bản nước biển dâng",
  "Phục vụ xây dựng kế hoạch thích ứng biến đổi khí hậu vùng ven biển Cà Mau – Bạc Liêu.",
  ["B-40"], [], f"Ứng dụng AI hỗ trợ nghiệp vụ ứng phó biến đổi khí hậu thuộc {B(40)}.")
r(K, "Tỉnh Vĩnh Long", "existing",
  "Hệ thống quan trắc môi trường tự động (nước mặt, khí thải KCN)",
  "Trạm quan trắc truyền dữ liệu về Sở NN&MT, cảnh báo vượt ngưỡng.",
  [], [], f"Hệ thống quan trắc và giám sát môi trường được {PL['province']} Lớp 3 b liệt kê là thành phần cấp tỉnh; khác mục đích với {B(41)} (nền tảng AI).")
r(K, "Sở Công Thương tỉnh Tây Ninh", "expanding",
  "Nâng cấp, mở rộng phần mềm quản lý hạ tầng thương mại (chợ, siêu thị, cửa hàng xăng dầu)",
  "Bổ sung dữ liệu khu vực Long An cũ; tổng hợp báo cáo gửi Bộ Công Thương.",
  ["B-42"], [], f"Tích hợp dữ liệu hạ tầng thương mại như xăng dầu, chợ, TTTM là chức năng của {B(42)}; mở rộng bị cấm theo 1132 Điều 2 khoản 2.")
r(K, "Tỉnh An Giang", "existing",
  "Sàn TMĐT nông sản An Giang",
  "Sàn bán hàng trực tuyến cho HTX, sản phẩm OCOP.",
  [], [], f"Sàn bán hàng phục vụ kinh doanh, không phải quản lý nhà nước về thương mại như {B(42)}; giải pháp TMĐT nằm trong {PL['commune']} Lớp 3 b.")
r(K, "Trung tâm Bảo tồn di tích Cố đô Huế (TP Huế)", "existing",
  "Phần mềm quản lý hồ sơ khoa học di tích, hiện vật, kiểm kê bảo vật",
  "Cập nhật, lưu trữ, chuẩn hóa dữ liệu hiện vật và hồ sơ di tích, chia sẻ cho Sở VHTT.",
  ["B-44"], [], f"Quản lý, lưu trữ, chuẩn hóa dữ liệu di sản văn hóa là {B(44)}, dùng chung thống nhất toàn quốc.")
r(K, "Trung tâm Bảo tồn di tích Cố đô Huế (TP Huế)", "planned",
  "App thuyết minh tự động, tham quan ảo VR360 Đại Nội",
  "Đa ngôn ngữ, quét QR tại điểm tham quan.",
  [], [], f"Giải pháp chuyển đổi số du lịch (số hóa 3D, VR 360, thuyết minh tự động) là thành phần cấp tỉnh theo {PL['province']} Lớp 3 b.")
r(K, "Sở Dân tộc và Tôn giáo tỉnh Quảng Ngãi", "planned",
  "Xây dựng CSDL dân tộc và theo dõi thực hiện chính sách dân tộc tỉnh",
  "Dữ liệu hộ DTTS, địa bàn vùng đồng bào, chương trình MTQG, chỉ tiêu KT-XH vùng DTTS (bao gồm Kon Tum cũ).",
  ["B-46"], [], f"Quản lý dữ liệu về dân tộc, địa bàn vùng đồng bào DTTS, chính sách dân tộc là {B(46)}.")
r(K, "Tinh Gia Lai", "existing",
  "phan mem quan ly co so ton giao, chuc sac", "",
  ["B-47"], [], f"Quản lý cơ sở tôn giáo, chức sắc, chức việc là {B(47)}.")
r(K, "Sở Khoa học và Công nghệ tỉnh Đắk Lắk", "planned",
  "Thuê phần mềm quản lý nhiệm vụ KH&CN cấp tỉnh và phân bổ kinh phí sự nghiệp KH&CN",
  "", ["B-48"], [], f"Quản lý nhiệm vụ KH&CN và phân bổ ngân sách KH&CN là chức năng của {B(48)}.")
r(K, "Sở Khoa học và Công nghệ tỉnh Nghệ An", "existing",
  "CSDL thông tin KH&CN tỉnh",
  "Lưu thông tin tổ chức KH&CN, chuyên gia, kết quả nghiên cứu, công bố khoa học của tỉnh.",
  ["B-49"], [], f"Thông tin về tổ chức, nhân lực, nhiệm vụ, công bố KH&CN được thu thập, lưu trữ tập trung ở {B(49)}.")
r(K, "Tỉnh Thái Nguyên", "planned",
  "Đầu tư xây dựng Cổng dữ liệu mở tỉnh Thái Nguyên",
  "Xuất bản bộ dữ liệu mở theo DCAT-VN, cung cấp API cho doanh nghiệp, startup khai thác.",
  ["A-07"], [], f"Xuất bản dữ liệu mở của bộ, ngành, địa phương theo DCAT-VN là chức năng của {A(7)}.")
r(K, "Tỉnh Hà Tĩnh", "existing",
  "LGSP tỉnh Hà Tĩnh",
  "Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh; kết nối NDXP, CSDL quốc gia về dân cư.",
  [], [], f"Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh là thành phần tỉnh phải có ({PL['province']} Lớp 2); kết nối tới {A(6)}.")
r(K, "Tỉnh Phú Thọ", "planned",
  "Kho dữ liệu dùng chung tỉnh + BI dashboard chỉ đạo điều hành",
  "Data warehouse hợp nhất dữ liệu Vĩnh Phúc, Hòa Bình, Phú Thọ cũ; dashboard cho lãnh đạo UBND.",
  [], [], f"{PL['province']} Lớp 2 (Kho dữ liệu dùng chung cấp tỉnh) và Lớp 4 (Dashboard cấp tỉnh).")
r(K, "Tỉnh Quảng Trị", "expanding",
  "Nâng cấp, mở rộng IOC tỉnh Quảng Trị sau sáp nhập",
  "Trung tâm giám sát, điều hành thông minh: bổ sung camera, dữ liệu khu vực Quảng Bình cũ.",
  [], [], f"Trung tâm giám sát, điều hành thông minh cấp tỉnh thuộc {PL['province']} Lớp 3 a.")
r(K, "Cục Thống kê – UBND tỉnh Lâm Đồng", "planned",
  "Hệ thống thu thập, tổng hợp chỉ tiêu thống kê cấp tỉnh, cấp xã",
  "124 xã, phường nhập biểu chỉ tiêu thống kê cấp xã; tự động tổng hợp hệ thống chỉ tiêu cấp tỉnh và công bố.",
  ["A-15"], [], f"Thu thập, xử lý dữ liệu báo cáo các chỉ tiêu thống kê cấp tỉnh, cấp xã và công bố là {A(15)}.")
r(K, "Văn phòng UBND tỉnh Khánh Hòa", "existing",
  "Công báo tỉnh điện tử (chuyên mục trên Cổng TTĐT)",
  "Đăng tải văn bản QPPL do HĐND, UBND tỉnh ban hành.",
  ["A-17"], [], f"Công bố VBQPPL, cho phép mọi cơ quan ban hành tự đăng tải, là {A(17)}.")
r(K, "Sở Tư pháp TP Cần Thơ", "planned",
  "Hệ thống quản lý xây dựng, thẩm định, kiểm tra, rà soát, hệ thống hóa VBQPPL của thành phố",
  "", ["B-43"], [], f"Quản lý xây dựng, thẩm định, rà soát, hệ thống hóa VBQPPL dùng chung từ trung ương đến địa phương là {B(43)}.")
r(K, "Thanh tra tỉnh Cao Bằng", "existing",
  "PM tiếp công dân, xử lý đơn", "",
  ["B-55"], [], f"Tiếp công dân, xử lý đơn, giải quyết khiếu nại tố cáo là {B(55)}.")
r(K, "Thanh tra tỉnh Lạng Sơn", "planned",
  "Phần mềm quản lý bản kê khai, xác minh tài sản, thu nhập",
  "Người có nghĩa vụ kê khai nộp bản kê khai trực tuyến; Thanh tra tỉnh xác minh, công khai.",
  ["B-57"], [], f"Kê khai, công khai, xác minh tài sản, thu nhập là {B(57)}.")
r(K, "Thanh tra tỉnh Điện Biên", "existing",
  "Hệ thống quản lý hoạt động thanh tra – module đoàn thanh tra, kết luận, theo dõi sau thanh tra",
  "", ["B-56"], [], f"Quản lý đoàn thanh tra, kết luận thanh tra, theo dõi xử lý sau thanh tra là {B(56)}.")
r(K, "Sở Nội vụ tỉnh Tuyên Quang", "expanding",
  "Nâng cấp phần mềm quản lý hồ sơ CBCCVC tỉnh (hợp nhất dữ liệu Hà Giang – Tuyên Quang)",
  "Quản lý hồ sơ, quá trình công tác, nâng lương, đào tạo của cán bộ, công chức, viên chức toàn tỉnh.",
  ["B-29"], [], f"Quản lý CBCCVC ở trung ương và địa phương trên môi trường số là {B(29)}.")
r(K, "Tỉnh Ninh Bình", "expanding",
  "Mở rộng hệ thống thư điện tử công vụ @ninhbinh.gov.vn cho các xã, phường mới",
  "Cấp hộp thư cho cán bộ 129 xã, phường sau sắp xếp (gồm Hà Nam, Nam Định cũ).",
  [], [EMAIL], f"{II3c}: Hệ thống thư điện tử công vụ thống nhất triển khai dùng chung từ Trung ương đến cấp xã; không phải dòng của 1132.")
r(K, "Sở Tài chính tỉnh Hưng Yên", "retiring",
  "Máy chủ mail Zimbra của Sở Tài chính Thái Bình (cũ)",
  "Dừng vận hành Q4/2026, chuyển hộp thư sang hệ thống chung.",
  [], [EMAIL], f"Hệ thống thư điện tử riêng lặp chức năng của {EMAIL} ({II3c}); trạng thái ngừng không thay đổi nhãn chức năng.")
r(K, "Tỉnh Đồng Nai", "planned",
  "Thuê dịch vụ SOC giám sát an toàn thông tin 24/7 cho TTDL tỉnh",
  "Giám sát, phát hiện tấn công, điều phối ứng cứu sự cố cho hệ thống của tỉnh (gồm Bình Phước cũ).",
  ["A-13"], [], f"Giám sát, phát hiện tấn công và điều phối ứng phó sự cố là dịch vụ lõi của {A(13)}; cơ quan không cần xây dựng hệ thống điều phối riêng.")
r(K, "Tỉnh Đồng Nai", "planned",
  "Mua sắm thiết bị WAF, anti-DDoS bảo vệ Cổng TTĐT, Cổng DVC tỉnh",
  "", ["A-14"], [], f"Tường lửa ứng dụng web và phòng chống DDoS là dịch vụ của {A(14)}; 'các cơ quan nhà nước không cần đầu tư các giải pháp có tính năng tương tự'.")
r(K, "Tỉnh Đồng Nai", "existing",
  "Phần mềm diệt virus, EDR cho máy trạm các sở",
  "Bản quyền Bkav Endpoint cho 3.500 máy tính.",
  [], [], f"{II3a}: hạ tầng bảo đảm an ninh, an toàn dữ liệu đầu cuối do chủ quản hệ thống đầu cuối tự triển khai; không trùng {A(14)} (bảo vệ biên Internet).")
r(K, "Tỉnh Vĩnh Long", "planned",
  "Thuê chatbot trợ lý ảo giải đáp thủ tục hành chính (Zalo OA, Cổng TTĐT)",
  "Gói Viettel Cyberbot/FPT.AI, tự huấn luyện bộ câu hỏi về TTHC của tỉnh (gồm Bến Tre, Trà Vinh cũ).",
  ["A-10"], [], f"{A(10)} là nền tảng duy nhất để địa phương xây dựng trợ lý ảo của mình mà không đầu tư nền tảng thuật toán riêng.")
r(K, "Tỉnh Phú Thọ", "planned",
  "Nền tảng AI cấp tỉnh (hạ tầng GPU, model serving cho các sở)",
  "Kết nối LGSP, đồng bộ với Nền tảng AI quốc gia.",
  [], [], f"Nền tảng AI cấp tỉnh là thành phần tỉnh được hướng dẫn xây dựng ({PL['province']} Lớp 3 a).")
r(K, "Tỉnh Tây Ninh", "existing",
  "Ứng dụng di động Tây Ninh Smart",
  "Người dân nộp hồ sơ dịch vụ công, tra cứu kết quả, nhận thông báo của chính quyền trên app riêng của tỉnh.",
  ["A-01", "A-02"], [], f"{P5} yêu cầu chấm dứt việc mỗi địa phương xây dựng cổng DVC, ứng dụng riêng; nộp hồ sơ trực tuyến là {A(1)}, kênh di động giao tiếp với người dân là {A(2)}.")
r(K, "Tỉnh An Giang", "planned",
  "Tích hợp đăng nhập bằng tài khoản VNeID cho HTTT giải quyết TTHC tỉnh",
  "", [], [], f"Dùng dịch vụ xác thực của {A(3)}/{A(2)}: {USE}.")
r(K, "TP Huế", "existing",
  "Kiosk lấy số thứ tự, tra cứu TTHC tại Trung tâm Phục vụ hành chính công",
  "", [], [], f"Thiết bị tại điểm phục vụ là kênh tiếp cận bổ trợ ({II3d}); không lặp chức năng nền tảng nào.")
r(K, "Tỉnh Gia Lai", "planned",
  "Wifi công cộng miễn phí tại khu du lịch Quy Nhơn, Pleiku",
  "", [], [], f"Wifi công cộng là hạ tầng ICT địa phương ({II3a}), không có dòng 1132 tương ứng.")
r(K, "Sở VHTT tỉnh Nghệ An", "existing",
  "Hệ thống thông tin nguồn tỉnh Nghệ An",
  "Cung cấp tin bài cho đài truyền thanh ứng dụng CNTT-VT các xã, đánh giá hoạt động thông tin cơ sở.",
  [], [], f"Hệ thống thông tin nguồn cấp tỉnh là thành phần tỉnh ({PL['province']} Lớp 3 a).")
r(K, "Văn phòng UBND tỉnh Hà Tĩnh", "expanding",
  "VNPT iOffice – nâng cấp tích hợp ký số, liên thông Trục LTVB quốc gia",
  "QLVB&ĐH dùng chung cho sở, ngành, xã; bổ sung ký số từ xa.",
  [], [], f"Ứng dụng quản lý văn bản, công việc là ứng dụng hỗ trợ cơ quan nhà nước tỉnh được xây dựng ({PL['province']} Lớp 3 a); gửi nhận liên cơ quan đi qua {A(4)}.")
r(K, "UBND tỉnh Sơn La", "planned",
  "Module gửi văn bản điện tử đến doanh nghiệp, người dân có truy vết trạng thái nhận",
  "Tỉnh tự gửi quyết định, thông báo tới hộp nhận của doanh nghiệp, theo dõi đã nhận/đã đọc.",
  ["A-04"], [], f"{A(4)} có mở rộng kết nối để cơ quan nhà nước gửi văn bản sang tổ chức, doanh nghiệp, người dân và truy vết gửi, nhận.")
r(K, "Sở Nội vụ TP Cần Thơ", "retiring",
  "Hệ thống lưu trữ tài liệu điện tử của Lưu trữ lịch sử tỉnh Hậu Giang (cũ)",
  "Quản lý hồ sơ nộp lưu, mục lục, tra cứu tài liệu lưu trữ lịch sử.",
  ["B-32"], [], f"Quản lý tập trung CSDL tài liệu lưu trữ Phông lưu trữ nhà nước là {B(32)}.")
r(K, "Sở VHTTDL tỉnh Khánh Hòa", "existing",
  "PM quản lý cơ sở lưu trú, doanh nghiệp lữ hành, hướng dẫn viên",
  "", ["B-45"], [], f"Dữ liệu lõi quản trị ngành du lịch (cơ sở kinh doanh du lịch) thuộc {B(45)}.")
r(K, "Tỉnh Lâm Đồng", "existing",
  "Ứng dụng du lịch thông minh Đà Lạt",
  "Bản đồ điểm đến, đặt phòng, thuyết minh đa ngôn ngữ, giới thiệu OCOP.",
  [], [], f"Giải pháp chuyển đổi số du lịch phục vụ du khách là thành phần tỉnh ({PL['province']} Lớp 3 b), khác {B(45)} (quản trị ngành).")
r(K, "Tỉnh Điện Biên", "planned",
  "Đồng bộ dữ liệu hộ DTTS từ phần mềm tỉnh lên CSDL dân tộc của Bộ qua LGSP",
  "Job đồng bộ hằng đêm, API theo chuẩn Bộ DT&TG.",
  [], [], f"Đồng bộ dữ liệu vào {B(46)}: {USE}.")
r(K, "Sở Y tế tỉnh Cà Mau", "existing",
  "Phần mềm hồ sơ sức khỏe điện tử người dân (triển khai từ Bạc Liêu cũ)",
  "Lưu trữ thông tin sức khỏe cá nhân, lịch sử khám chữa bệnh của người dân trên địa bàn.",
  ["B-33"], [], f"Lưu trữ, quản lý thông tin sức khỏe cá nhân tập trung thống nhất toàn quốc là {B(33)}.")
r(K, "Bệnh viện Đa khoa tỉnh Cao Bằng", "existing",
  "HIS – VNPT HIS",
  "Quản lý khám chữa bệnh nội, ngoại trú, viện phí, dược, kết nối cổng giám định BHYT.",
  [], [], f"Phần mềm nghiệp vụ của bệnh viện, không lưu hồ sơ sức khỏe tập trung toàn quốc như {B(33)}; không có dòng 1132 tương ứng.")
r(K, "Sở Y tế tỉnh Tuyên Quang", "planned",
  "Phần mềm quản lý tiêm chủng mở rộng tuyến xã",
  "Đăng ký, nhắc lịch tiêm, quản lý đối tượng tiêm chủng trẻ em tại trạm y tế.",
  ["B-33"], [], f"{B(33)} tích hợp Hệ thống quản lý thông tin tiêm chủng quốc gia.")
r(K, "Sở Y tế tỉnh Hưng Yên", "existing",
  "Phần mềm tiếp nhận hồ sơ tự công bố sản phẩm, quản lý cơ sở đủ điều kiện ATTP",
  "", ["B-34"], [], f"Thủ tục tự công bố, chứng nhận cơ sở đủ điều kiện ATTP là môi trường số duy nhất của {B(34)}.")
r(K, "Sở GD&ĐT tỉnh Thái Nguyên", "existing",
  "Viettel SMAS",
  "Quản lý trường học, sổ điểm điện tử, sổ liên lạc cho các trường THCS, THPT.",
  ["B-35"], [], f"Quản trị các cơ sở giáo dục phổ thông là {B(35)}.")
r(K, "Sở GD&ĐT tỉnh Nghệ An", "planned",
  "Thuê LMS dạy học trực tuyến, kho học liệu, ngân hàng đề kiểm tra cho trường phổ thông",
  "", ["B-36"], [], f"Dạy, học, kiểm tra, đánh giá trong cơ sở giáo dục phổ thông là {B(36)}.")
r(K, "Tỉnh Ninh Bình", "planned",
  "Xây dựng nền tảng học trực tuyến mở phổ cập kỹ năng số cho người dân",
  "Khóa học miễn phí về dịch vụ công trực tuyến, an toàn trên mạng, thanh toán số cho mọi người dân.",
  [], [BDHV], f"{II3c}: Nền tảng Bình dân học vụ số là nền tảng học trực tuyến mở đại trà quốc gia phổ cập kỹ năng số cho mọi đối tượng; không phải dòng 1132.")
r(K, "Sở Nội vụ tỉnh Hà Tĩnh", "existing",
  "E-learning bồi dưỡng nghiệp vụ công chức cấp xã",
  "Khóa học về quản lý nhà nước, kỹ năng soạn thảo văn bản cho công chức xã mới.",
  [], [], f"Bồi dưỡng nghiệp vụ nội bộ; khác {BDHV} (phổ cập kỹ năng số cho mọi đối tượng, {II3c}); không có dòng 1132.")
r(K, "Sở Tài chính tỉnh Đắk Lắk", "planned",
  "Cổng niêm yết thông báo đấu giá tài sản công, tài sản tịch thu",
  "Đăng tải thông báo, quản lý các cuộc đấu giá xe, tài sản thanh lý của các đơn vị.",
  ["B-22"], [], f"Đăng tải thông báo, niêm yết công khai và quản lý đấu giá tài sản công, tài sản vi phạm hành chính là {B(22)}.")
r(K, "Sở Tài chính tỉnh Gia Lai", "existing",
  "PM quản lý, phân bổ dự toán ngân sách tỉnh – xã",
  "Nhập, phân bổ, điều chỉnh dự toán cho các đơn vị sử dụng ngân sách.",
  ["B-52"], [], f"Nhập, phân bổ, bổ sung, điều chỉnh dự toán ngân sách của cơ quan tài chính, đơn vị dự toán là {B(52)}.")
r(K, "Sở Tài chính tỉnh Lạng Sơn", "planned",
  "Chuyên mục công khai ngân sách trên Cổng TTĐT Sở",
  "Đăng dự toán, quyết toán ngân sách tỉnh theo Luật NSNN.",
  ["B-26"], [], f"Công khai ngân sách của các cơ quan, đơn vị thực hiện qua nền tảng tập trung {B(26)}.")
r(K, "Tỉnh Quảng Trị", "existing",
  "Hệ thống điều khiển đèn tín hiệu giao thông thông minh Đồng Hới, Đông Hà",
  "", [], [], f"Điều khiển đèn giao thông thông minh đô thị là thành phần tỉnh ({PL['province']} Lớp 3 b); khác {B(54)}.")
r(K, "Sở Xây dựng tỉnh Tây Ninh", "planned",
  "Nền tảng tích hợp dữ liệu thu phí không dừng, trạm kiểm tra tải trọng và camera cao tốc",
  "Kết nối, chia sẻ dữ liệu giao thông thời gian thực trên cao tốc qua địa bàn, phân luồng, cung cấp thông tin cho người dân.",
  ["B-54"], [], f"Tích hợp dữ liệu ETC, kiểm soát tải trọng, điều hành cao tốc là {B(54)}.")
r(K, "Trung tâm Dịch vụ việc làm tỉnh An Giang", "existing",
  "Sàn giao dịch việc làm trực tuyến An Giang",
  "Người lao động đăng hồ sơ tìm việc, doanh nghiệp đăng tin tuyển dụng, kết nối cung – cầu.",
  ["B-31"], [], f"Kết nối cung – cầu lao động, giao dịch việc làm trực tuyến (kể cả cho tổ chức dịch vụ việc làm công) là {B(31)}.")
r(K, "Tỉnh Vĩnh Long", "planned",
  "Giải pháp xác thực định danh người dân bằng eKYC riêng của tỉnh",
  "Đối chiếu khuôn mặt với ảnh CCCD gắn chip, cấp tài khoản dùng chung cho các dịch vụ của tỉnh.",
  ["A-03"], [], f"Cung cấp dịch vụ định danh, xác thực điện tử là {A(3)}.")
r(K, "TP Cần Thơ", "existing",
  "Dịch vụ hộp thư nhận thông báo cho công dân",
  "Mỗi công dân được cấp một địa chỉ email để nhận thông báo, quyết định của chính quyền thành phố.",
  [], [NOTIFY], f"{II3c}: hệ thống thư điện tử phục vụ tiếp nhận thông báo do cơ quan nhà nước gửi đến (trên hạ tầng TTDLQG); không phải dòng 1132.")
r(K, "Tỉnh Khánh Hòa", "planned",
  "Bãi đỗ xe thông minh Nha Trang",
  "Xem chỗ trống, đặt chỗ, thanh toán online cho người dân.",
  [], [], f"Bãi đỗ xe thông minh là thành phần tỉnh ({PL['province']} Lớp 3 b).")
r(K, "Sở Xây dựng tỉnh Sơn La", "existing",
  "Phần mềm một cửa cấp giấy phép xây dựng của Sở Xây dựng",
  "Tiếp nhận, thẩm định, cấp GPXD công trình; trả kết quả điện tử.",
  ["B-10"], [], f"Thủ tục lĩnh vực xây dựng thuộc HTTT giải quyết TTHC của Bộ Xây dựng ({B(10)}), kéo dài tới địa phương ({S4577}).")
r(K, "Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp", "planned",
  "Phần mềm cấp phép khai thác nước mặt, xả thải vào nguồn nước",
  "", ["B-09"], [], f"Thủ tục tài nguyên nước thuộc HTTT giải quyết TTHC của Bộ NN&MT ({B(9)}); {S4577}.")
r(K, "TP Huế", "existing",
  "Duy trì vận hành HTTT giải quyết TTHC thành phố (một cửa điện tử)",
  "Tiếp nhận đồng bộ dữ liệu giải quyết TTHC, tra cứu, thống kê phục vụ quản lý.",
  [], [], f"HTTT giải quyết TTHC cấp tỉnh hiện có tiếp tục duy trì ({PL['province']} Lớp 3 a, Ghi chú).")
r(K, "Tỉnh Thái Nguyên", "existing",
  "Camera giám sát an ninh trật tự, giao thông đô thị",
  "", [], [], f"Camera an ninh là hạ tầng ICT địa phương ({II3a}); không có dòng 1132.")
r(K, "Văn phòng UBND tỉnh Lai Châu", "existing",
  "Phần mềm theo dõi nhiệm vụ UBND tỉnh giao",
  "Theo dõi tiến độ thực hiện nhiệm vụ tại văn bản chỉ đạo của Chủ tịch UBND tỉnh.",
  [], [], f"Thuộc HTTT phục vụ chỉ đạo, điều hành cấp tỉnh ({PL['province']} Lớp 3 a); khác {B(21)} (nghị quyết, chỉ thị, kết luận của Trung ương Đảng).")
r(K, "Tỉnh Điện Biên", "existing",
  "Thuê kênh truyền số liệu chuyên dùng cấp II tới 45 xã",
  "", [], [], f"Sử dụng Mạng truyền số liệu chuyên dùng ({II3a}); không lặp nền tảng nào.")
r(K, "Sở Xây dựng tỉnh Hà Tĩnh", "existing",
  "GIS quy hoạch đô thị",
  "Bản đồ quy hoạch chi tiết 1/500, tra cứu thông tin quy hoạch.",
  [], [], "Ứng dụng chuyên ngành đặc thù của Sở (3090 Phụ lục I mục 6 Lớp 3 a: phần mềm quản lý chuyên ngành của các Sở); không có dòng 1132 về quy hoạch đô thị.")
r(K, "Tỉnh Đắk Lắk", "existing",
  "Tích hợp ký số chuyên dùng (Ban Cơ yếu) vào QLVB",
  "Cán bộ dùng chứng thư số do Ban Cơ yếu cấp để ký văn bản đi.",
  [], [], f"Sử dụng dịch vụ của {CA} ({II3a}): {USE}.")
r(K, "Tỉnh Phú Thọ", "planned",
  "Xây dựng CA nội bộ cấp chứng thư số cho cán bộ, công chức tỉnh",
  "Tự vận hành máy chủ CA, HSM để cấp, thu hồi chứng thư ký văn bản.",
  [], [CA], f"{II3a}: Hệ thống chứng thực chữ ký số chuyên dùng công vụ do Ban Cơ yếu Chính phủ chủ quản cung cấp cho các cơ quan trong hệ thống chính trị.")
r(K, "Văn phòng UBND tỉnh Lào Cai", "existing",
  "Hệ thống báo cáo KT-XH tỉnh",
  "Các sở, xã gửi báo cáo định kỳ trực tuyến; kết nối Hệ thống thông tin báo cáo Chính phủ.",
  [], [], f"Hệ thống báo cáo là ứng dụng tỉnh xây dựng ({PL['province']} Lớp 3 a) và là phần 'báo cáo địa phương' của Hệ thống thông tin báo cáo quốc gia ({II3c}).")
r(K, "Báo và Phát thanh, Truyền hình Tuyên Quang", "planned",
  "Ứng dụng OTT xem trực tiếp, xem lại kênh truyền hình Tuyên Quang trên Internet",
  "", ["B-61"], [], f"{B(61)} là nền tảng truyền hình số dùng chung cho tất cả các đài truyền hình trung ương và địa phương phát trên Internet.")
r(K, "Báo và Phát thanh, Truyền hình Nghệ An", "existing",
  "App nghe radio trực tuyến, podcast Đài Nghệ An",
  "", ["B-60"], [], f"{B(60)} cung cấp cả các kênh phát thanh của đài các tỉnh để nghe, nghe lại mọi lúc, mọi nơi.")
r(K, "Sở Tư pháp tỉnh Quảng Ngãi", "existing",
  "Kết nối CSDL hộ tịch tỉnh với HTTT TTHC Bộ Tư pháp",
  "Đồng bộ trạng thái hồ sơ qua LGSP.", [], [], f"Kết nối với {B(6)}: {USE}.")
r(K, "Tỉnh Cà Mau", "existing",
  "Hệ thống giám sát hành trình tàu cá (VMS) chống khai thác IUU",
  "", [], [], "Không có nền tảng nào trong 1132 Phụ lục II về giám sát tàu cá; ứng dụng chuyên ngành đặc thù (3090 Phụ lục I mục 6 Lớp 3 a).")
r(K, "UBND tỉnh Lạng Sơn", "existing",
  "Màn hình LED thông tin tại cửa khẩu Hữu Nghị",
  "Hiển thị thông tin xuất nhập khẩu, thời tiết, tuyên truyền cho người dân, lái xe.",
  [], [], f"Bảng điện tử công cộng là hạ tầng ICT ({II3a}); nói 'xuất nhập khẩu' nhưng không lặp {B(18)}.")

# ============================ MINISTRY ============================
K = "ministry"
r(K, "Bộ Tư pháp", "expanding",
  "Nâng cấp Cổng Pháp luật quốc gia giai đoạn 2",
  "Bổ sung kênh lấy ý kiến, tiếp nhận phản ánh về chính sách pháp luật.",
  [], [], f"Bộ Tư pháp là cơ quan chủ quản của {A(16)}: {OWN}.")
r(K, "Văn phòng Chính phủ", "expanding",
  "Trục liên thông văn bản quốc gia – mở rộng kết nối cấp xã và doanh nghiệp",
  "", [], [], f"VPCP là chủ quản {A(4)}: {OWN}.")
r(K, "Bộ Công an", "planned",
  "Đầu tư Nền tảng SOC quốc gia thế hệ mới giai đoạn 1",
  "", [], [], f"Bộ Công an là chủ quản {A(13)}: {OWN}.")
r(K, "Bộ Nội vụ", "planned",
  "Nền tảng hợp đồng lao động điện tử – cấp mã định danh hợp đồng",
  "Theo NĐ 337/2025/NĐ-CP.", [], [], f"Bộ Nội vụ là chủ quản {B(30)}: {OWN}.")
r(K, "Bộ Y tế", "existing",
  "Hệ thống quản lý thông tin tiêm chủng quốc gia",
  "", [], [], f"Bộ Y tế là chủ quản {B(33)} (tích hợp hệ thống tiêm chủng quốc gia): {OWN}.")
r(K, "Bộ Giáo dục và Đào tạo", "expanding",
  "CSDL ngành giáo dục – nâng cấp thành nền tảng quản trị giáo dục có AI",
  "", [], [], f"Bộ GD&ĐT là chủ quản {B(35)}: {OWN}.")
r(K, "Bộ Quốc phòng", "existing",
  "Hệ thống QLVB, điều hành trên mạng truyền số liệu quân sự",
  "Gửi, nhận, xử lý văn bản có độ mật giữa các đơn vị toàn quân.",
  [], [], f"Yêu cầu đặc thù quốc phòng: {D2}.")
r(K, "Bộ Tư lệnh Tác chiến không gian mạng (Bộ Quốc phòng)", "planned",
  "Trung tâm giám sát an ninh mạng (SOC) quân sự",
  "Giám sát, phát hiện, ứng cứu sự cố trên mạng quân sự.", [], [],
  f"Giống chức năng {A(13)} nhưng thuộc ngoại lệ {D2}.")
r(K, "Bộ Quốc phòng", "existing",
  "HTTT giải quyết TTHC Bộ Quốc phòng",
  "", [], [], f"Bộ Quốc phòng là chủ quản {B(3)}: {OWN}.")
r(K, "Bộ Tư lệnh Bộ đội Biên phòng (Bộ Quốc phòng)", "existing",
  "Hệ thống quản lý người, phương tiện xuất nhập cảnh qua cửa khẩu biên giới đất liền",
  "", [], [], f"Nhắc tới người và phương tiện xuất, nhập cảnh như {B(18)} nhưng là hệ thống quốc phòng, an ninh biên giới: {D2}.")
r(K, "Ban Cơ yếu Chính phủ", "expanding",
  "Mở rộng hệ thống chứng thực chữ ký số chuyên dùng công vụ, ký số từ xa",
  "", [], [], f"Ban Cơ yếu là chủ quản {CA} ({II3a}); đồng thời thuộc ngoại lệ cơ yếu ({D2}).")
r(K, "Bộ Xây dựng", "planned",
  "Nền tảng quản lý hệ thống giao thông thông minh đường bộ",
  "", [], [], f"Bộ Xây dựng là chủ quản {B(54)}: {OWN}.")
r(K, "Cục Thuế (Bộ Tài chính)", "expanding",
  "Nâng cấp hệ thống quản lý thuế tập trung TMS",
  "", [], [], f"Bộ Tài chính là chủ quản {B(27)}: {OWN}.")
r(K, "Ủy ban Chứng khoán Nhà nước (Bộ Tài chính)", "existing",
  "Data Warehouse giám sát thị trường chứng khoán",
  "", [], [], f"Bộ Tài chính (UBCKNN) là chủ quản {B(53)}: {OWN}.")
r(K, "Bảo hiểm xã hội Việt Nam (Bộ Tài chính)", "existing",
  "Hệ thống thư điện tử nội bộ @vss.gov.vn",
  "Máy chủ thư riêng, 25.000 hộp thư cho viên chức toàn ngành.",
  [], [EMAIL], f"Lặp chức năng {EMAIL}, dùng chung trong hệ thống chính trị từ Trung ương đến cấp xã ({II3c}).")
r(K, "Bảo hiểm xã hội Việt Nam (Bộ Tài chính)", "planned",
  "Kết nối Nền tảng HĐLĐ điện tử để đối soát người lao động tham gia BHXH bắt buộc",
  "", [], [], f"Khai thác dữ liệu {B(30)}: {USE}.")
r(K, "Bảo hiểm xã hội Việt Nam (Bộ Tài chính)", "existing",
  "Hệ thống thông tin giám định BHYT",
  "Tiếp nhận dữ liệu khám chữa bệnh từ cơ sở y tế, giám định chi phí BHYT.",
  [], [], "Không có nền tảng nào trong 1132 Phụ lục II về giám định BHYT; ứng dụng nghiệp vụ chuyên ngành (3090 Phụ lục I mục 5 Lớp 3).")
r(K, "Bộ Dân tộc và Tôn giáo", "planned",
  "Nền tảng/CSDL tôn giáo", "", [], [], f"Bộ DT&TG là chủ quản {B(47)}: {OWN}.")
r(K, "Bộ Công Thương", "existing",
  "eCoSys – cấp C/O điện tử",
  "", [], [], f"Thủ tục của Bộ Công Thương, thuộc hệ thống TTHC do chính Bộ chủ quản ({B(8)}): {OWN}.")
r(K, "Cục Du lịch Quốc gia (Bộ VHTTDL)", "planned",
  "Nền tảng Quản trị và Kinh doanh du lịch", "", [], [], f"Bộ VHTTDL là chủ quản {B(45)}: {OWN}.")
r(K, "Bộ Xây dựng", "planned",
  "Đầu tư phần mềm QLVB và hồ sơ công việc (eOffice) cho khối cơ quan Bộ",
  "", [], [], f"Quản lý văn bản và điều hành là ứng dụng cấp bộ ({PL['ministry']} Lớp 3).")
r(K, "Bộ Nông nghiệp và Môi trường", "planned",
  "Digital Workplace – Bàn làm việc số của Bộ",
  "Tích hợp QLVB, lịch công tác, họp trực tuyến, kho tài liệu, trợ lý ảo GenAI cho công chức.",
  [], [], f"Bàn làm việc số cấp bộ ({PL['ministry']} Lớp 4).")
r(K, "Bộ Y tế", "planned",
  "Nền tảng AI ngành y tế (AI cấp bộ)",
  "Hạ tầng GPU, kho mô hình phục vụ các cục, vụ; kết nối LGSP Bộ, NDXP.",
  [], [], f"Nền tảng AI cấp bộ ({PL['ministry']} Lớp 3).")
r(K, "Bộ Ngoại giao", "existing",
  "LGSP Bộ Ngoại giao", "Kết nối NDXP.", [], [], f"LGSP cấp bộ ({PL['ministry']} Lớp 2).")
r(K, "Bộ Khoa học và Công nghệ", "existing",
  "Vận hành Hệ thống thư điện tử công vụ thống nhất",
  "", [], [], f"05-QĐ/BCĐTW Chương III mục 2 điểm d giao Bộ KH&CN chủ trì xây dựng, vận hành hệ thống này: chủ quản, không trùng lặp.")
r(K, "Bộ Khoa học và Công nghệ", "expanding",
  "NDXP – nâng cấp năng lực kết nối LGSP", "", [], [], f"Bộ KH&CN là chủ quản {A(6)}: {OWN}.")
r(K, "Bộ Công Thương", "planned",
  "Đầu tư máy chủ thư điện tử riêng @moit.gov.vn thay hệ thống cũ",
  "Mua license Microsoft Exchange, 2 máy chủ, thiết bị lưu trữ.",
  [], [EMAIL], f"Lặp {EMAIL} ({II3c}).")
r(K, "Trường Đại học Cần Thơ (Bộ GD&ĐT)", "existing",
  "Hệ thống quản lý đào tạo tín chỉ",
  "Quản lý sinh viên, học phần, đăng ký môn, điểm.",
  [], [], f"{B(35)} phục vụ cơ sở mầm non, phổ thông, GDTX; đại học không thuộc phạm vi.")
r(K, "Trường Đại học Tây Nguyên (Bộ GD&ĐT)", "existing",
  "LMS Moodle cho sinh viên", "", [], [], f"{B(36)} giới hạn ở mầm non, phổ thông, GDTX; LMS của trường đại học không trùng.")
r(K, "Trường Đại học Nông Lâm – Đại học Huế (Bộ GD&ĐT)", "planned",
  "Cụm máy tính hiệu năng cao (HPC) cho nghiên cứu gen cây trồng",
  "", [], [], f"Cùng tên gọi HPC nhưng mục đích nghiên cứu khoa học của trường, không phải hạ tầng tính toán chiến lược phục vụ quản trị quốc gia của {A(11)}.")
r(K, "Học viện Nông nghiệp Việt Nam (Bộ NN&MT)", "planned",
  "Cổng tuyển sinh trực tuyến", "", [], [], "Tuyển sinh đại học không thuộc nền tảng nào trong 1132 Phụ lục II.")
r(K, "Bệnh viện Bạch Mai (Bộ Y tế)", "expanding",
  "LIS, PACS, HIS – bổ sung API đẩy dữ liệu lên Hồ sơ sức khỏe điện tử",
  "", [], [], f"Phần mềm nghiệp vụ bệnh viện; API đẩy dữ liệu vào {B(33)}: {USE}.")
r(K, "Cục Thống kê (Bộ Tài chính)", "planned",
  "Nền tảng quản lý dữ liệu thống kê – giai đoạn 1", "", [], [], f"Bộ Tài chính là chủ quản {A(15)}: {OWN}.")
r(K, "Cục Khí tượng Thủy văn (Bộ NN&MT)", "planned",
  "Ứng dụng AI dự báo mưa lớn, lũ quét", "", [], [], f"Bộ NN&MT là chủ quản {B(39)}: {OWN}.")
r(K, "Bộ Dân tộc và Tôn giáo", "planned",
  "Phần mềm theo dõi thực hiện Nghị quyết, Chỉ thị, Kết luận của Trung ương tại Bộ",
  "Đầu tư riêng để các vụ cập nhật tiến độ, thống kê số liệu thực hiện.",
  ["B-21"], [], f"{B(21)} đã triển khai tại các cơ quan Đảng, các bộ/ngành từ trung ương đến cơ sở.")
r(K, "Thanh tra Chính phủ", "planned",
  "Nền tảng số công tác thanh tra", "", [], [], f"Thanh tra Chính phủ là chủ quản {B(56)}: {OWN}.")
r(K, "Ngân hàng Nhà nước Việt Nam", "expanding",
  "Hệ thống thông tin tín dụng quốc gia (CIC) – nâng cấp", "", [], [], f"NHNN là chủ quản {B(51)}: {OWN}.")
r(K, "Bộ Ngoại giao", "existing",
  "Cổng DVC lãnh sự – hợp pháp hóa, chứng nhận lãnh sự", "", [], [], f"Bộ Ngoại giao là chủ quản {B(4)}: {OWN}.")
r(K, "Bộ Xây dựng", "planned",
  "Phần mềm lựa chọn nhà thầu trực tuyến cho các Ban QLDA thuộc Bộ",
  "Phát hành HSMT, nộp HSDT, mở thầu, đánh giá, công bố kết quả qua mạng.",
  ["B-28"], [], f"Đấu thầu qua mạng (phát hành HSMT, nộp HSDT, mở thầu, đánh giá, công bố) là {B(28)}.")
r(K, "Cục Sở hữu trí tuệ (Bộ KH&CN)", "existing",
  "IPLib / hệ thống nộp đơn sở hữu công nghiệp trực tuyến", "", [], [], f"Thủ tục của Bộ KH&CN, thuộc hệ thống TTHC do chính Bộ chủ quản ({B(12)}): {OWN}.")
r(K, "Bộ Xây dựng", "planned",
  "Open data portal ngành xây dựng",
  "Công bố dataset vật liệu, giá xây dựng, chỉ số giá dạng mở cho cộng đồng.",
  ["A-07"], [], f"Xuất bản dữ liệu mở của bộ, ngành là {A(7)}.")
r(K, "Bộ Công Thương", "existing",
  "Chuyên mục lấy ý kiến nhân dân, doanh nghiệp đối với dự thảo VBQPPL trên Cổng TTĐT Bộ",
  "", ["A-16"], [], f"{A(16)} là kênh tương tác đa chiều để lấy ý kiến chuyên gia, nhân dân trong xây dựng pháp luật.")
r(K, "Bộ Nội vụ", "planned",
  "Trợ lý ảo pháp luật lao động – tự phát triển mô hình",
  "Thuê GPU, tự huấn luyện LLM trả lời câu hỏi của người lao động, doanh nghiệp.",
  ["A-10"], [], f"{A(10)}: bộ, ngành xây dựng trợ lý ảo trên nền tảng duy nhất, không đầu tư nền tảng thuật toán riêng lẻ.")
r(K, "Bộ Y tế", "planned",
  "CSDL văn bản pháp luật y tế (cập nhật, rà soát, hệ thống hóa VBQPPL)",
  "", ["B-43"], [], f"Lưu trữ, rà soát, hệ thống hóa VBQPPL dùng chung cho tất cả cơ quan nhà nước là {B(43)}.")
r(K, "Bộ Nông nghiệp và Môi trường", "planned",
  "Nền tảng blockchain dùng chung của Bộ",
  "Hạ tầng chuỗi khối để các cục phát triển smart contract (truy xuất, chứng nhận).",
  ["A-09"], [], f"Nền tảng chuỗi khối đa dụng cho bộ, ngành, địa phương phát triển ứng dụng là {A(9)}.")
r(K, "Bộ Y tế", "planned",
  "Cổng tiếp nhận, xử lý đơn thư khiếu nại, tố cáo, phản ánh ngành y tế",
  "", ["B-55"], [], f"Xử lý đơn, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh là {B(55)}.")
r(K, "Bộ Y tế", "planned",
  "Phần mềm kê khai tài sản, thu nhập cho viên chức toàn ngành y tế",
  "", ["B-57"], [], f"Hỗ trợ kê khai, công khai, theo dõi tài sản, thu nhập là {B(57)}.")
r(K, "Bộ Giáo dục và Đào tạo", "planned",
  "HTTT theo dõi, xử lý vụ việc tham nhũng, lãng phí, tiêu cực trong ngành",
  "", ["B-58"], [], f"Số hóa công tác phòng, chống tham nhũng, lãng phí, tiêu cực là {B(58)}.")
r(K, "Bộ VHTTDL", "planned",
  "Trang niêm yết, đấu giá tài sản thanh lý của các đơn vị sự nghiệp thuộc Bộ",
  "", ["B-22"], [], f"Niêm yết, quản lý đấu giá tài sản công không còn sử dụng là {B(22)}.")
r(K, "Văn phòng Bộ Xây dựng", "existing",
  "MISA Mimosa",
  "Kế toán hành chính sự nghiệp tại Văn phòng Bộ.",
  [], [], f"Quản lý tài chính, kế toán nội bộ là ứng dụng quản lý nguồn lực cấp bộ ({PL['ministry']} Lớp 3); không phải nghiệp vụ ngân sách – kho bạc của {B(52)}.")
r(K, "Bộ Xây dựng", "existing",
  "Đồng bộ trạng thái hồ sơ từ HTTT TTHC Bộ lên Cổng DVC quốc gia",
  "", [], [], f"Kết nối với {A(1)}: {USE}.")
r(K, "Bộ Công Thương", "planned",
  "Đăng ký, công bố API của các CSDL ngành trên V-APEX",
  "", [], [], f"{II3b}: mọi hệ thống phải đăng ký, công bố API qua V-APEX – sử dụng, không trùng lặp.")
r(K, "Bộ Quốc phòng", "planned",
  "Nền tảng điện toán đám mây quân sự", "", [], [], f"Giống {A(8)} về công nghệ nhưng thuộc ngoại lệ {D2}.")
r(K, "Bộ Xây dựng", "expanding",
  "HTTT giải quyết TTHC Bộ Xây dựng – mở rộng tới Sở Xây dựng 34 tỉnh",
  "", [], [], f"Bộ Xây dựng là chủ quản {B(10)}, được mở rộng từ trung ương đến địa phương ({S4577}).")
r(K, "Bộ Xây dựng", "planned",
  "Module xác thực định danh bằng nhận diện khuôn mặt tự phát triển cho HTTT TTHC Bộ",
  "Tự xây dựng eKYC thay vì dùng tài khoản định danh điện tử.",
  ["A-03"], [], f"Dịch vụ định danh, xác thực điện tử là {A(3)}.")
r(K, "Bộ Xây dựng", "planned",
  "Công khai dự toán, quyết toán các đơn vị thuộc Bộ trên portal riêng",
  "", ["B-26"], [], f"Công khai ngân sách các cơ quan, đơn vị qua nền tảng tập trung {B(26)}.")
r(K, "Bộ Công Thương", "planned",
  "PM tiếp nhận yêu cầu giải trình và theo dõi trả lời giải trình của các đơn vị",
  "", ["B-59"], [], f"Theo dõi, tổng hợp việc thực hiện trách nhiệm giải trình là {B(59)}.")

# ============================ COMMUNE ============================
K = "commune"
r(K, "Xã Mường Nhé (tỉnh Điện Biên)", "planned",
  "Phần mềm đăng ký hộ kinh doanh cấp xã",
  "Tiếp nhận, cấp giấy chứng nhận đăng ký hộ kinh doanh, quản lý hộ sau đăng ký.",
  ["B-23"], [], f"Đăng ký hộ kinh doanh và quản lý sau đăng ký là {B(23)}.")
r(K, "Phuong Bac Lieu (tinh Ca Mau)", "existing",
  "phan mem ho tich", "dang ky khai sinh, ket hon, khai tu",
  ["B-06"], [], f"Thủ tục hộ tịch thuộc lĩnh vực Bộ Tư pháp: {B(6)}; {S4577}.")
r(K, "Xã Đồng Văn (tỉnh Tuyên Quang)", "planned",
  "Wifi công cộng chợ phiên", "", [], [], f"Hạ tầng ICT cấp xã ({PL['commune']} Lớp 1).")
r(K, "Đặc khu Phú Quốc (tỉnh An Giang)", "expanding",
  "Nâng cấp, mở rộng camera AI giám sát an ninh khu du lịch",
  "Nhận diện biển số, đếm người, cảnh báo tụ tập cho người dân và du khách.",
  [], [], f"Camera an ninh là hạ tầng ICT cấp xã ({PL['commune']} Lớp 1); không có dòng 1132.")
r(K, "Xã Sìn Hồ (tỉnh Lai Châu)", "existing",
  "Loa truyền thanh thông minh IP", "", [], [], f"Hệ thống truyền thanh thông minh ({PL['commune']} Lớp 1).")
r(K, "Phường Sóc Trăng (TP Cần Thơ)", "planned",
  "Phần mềm riêng cấp giấy phép bán lẻ rượu, thuốc lá",
  "", ["B-08"], [], f"Thủ tục thuộc lĩnh vực Bộ Công Thương: {B(8)}; {S4577}; {S4577x}.")
r(K, "Phường Cao Lãnh (tỉnh Đồng Tháp)", "planned",
  "Zalo mini app nộp hồ sơ TTHC của phường",
  "Người dân chụp giấy tờ, nộp hồ sơ, nhận kết quả qua Zalo.",
  ["A-01", "A-02"], [], f"{P5}: không xây dựng cổng DVC, ứng dụng riêng; hai kênh chính là {A(1)} và ứng dụng VNeID ({A(2)}); {S4577x}.")
r(K, "Xã Trà Cú (tỉnh Vĩnh Long)", "existing",
  "Màn hình LED tuyên truyền tại trụ sở UBND xã", "", [], [], f"Bảng điện tử công cộng ({PL['commune']} Lớp 1).")
r(K, "Đặc khu Côn Đảo (TP Hồ Chí Minh)", "planned",
  "Điểm cầu hội nghị truyền hình trực tuyến của đặc khu",
  "Camera, micro, màn hình kết nối họp với Thành phố.",
  [], [], f"Hệ thống hội nghị truyền hình trực tuyến là hạ tầng ICT cấp xã ({PL['commune']} Lớp 1).")
r(K, "Xã Bảo Lâm (tỉnh Cao Bằng)", "planned",
  "Thuê Google Workspace làm email cho cán bộ xã",
  "", [], [EMAIL], f"{EMAIL} dùng chung từ Trung ương đến cấp xã ({II3c}).")
r(K, "Phường Sa Pa (tỉnh Lào Cai)", "existing",
  "App du lịch Sa Pa (đặt tour, homestay)", "", [], [], f"Giải pháp chuyển đổi số du lịch cho doanh nghiệp, hộ kinh doanh ({PL['commune']} Lớp 3 b).")
r(K, "Xã Vân Hồ (tỉnh Sơn La)", "planned",
  "Phần mềm theo dõi tiêm phòng đàn trâu, bò hộ gia đình",
  "", ["B-37"], [], f"Phòng, chống dịch bệnh động vật thuộc {B(37)}, xuyên suốt tới địa phương.")
r(K, "Xã An Biên (tỉnh An Giang)", "planned",
  "Phần mền quản lí mã số vùng trồng lúa, sổ nhật ký canh tác điện tử",
  "", ["B-38"], [], f"Quản lý dữ liệu trồng trọt, truy xuất nguồn gốc là {B(38)}.")
r(K, "Đặc khu Lý Sơn (tỉnh Quảng Ngãi)", "planned",
  "Phần mềm thống kê chỉ tiêu thống kê cấp xã",
  "Nhập số liệu dân số, diện tích gieo trồng, sản lượng khai thác cho báo cáo thống kê.",
  ["A-15"], [], f"Thu thập dữ liệu báo cáo chỉ tiêu thống kê cấp xã là {A(15)}.")
r(K, "Phường Tân An (tỉnh Tây Ninh)", "existing",
  "Đầu đọc CCCD gắn chip, xác thực VNeID tại bộ phận một cửa", "", [], [], f"Sử dụng {A(3)}: {USE}.")
r(K, "Xã Thanh Sơn (tỉnh Phú Thọ)", "existing",
  "Kiosk tra cứu kết quả hồ sơ, lấy số thứ tự", "", [], [], f"Thiết bị kênh tiếp cận bổ trợ ({II3d}); không lặp nền tảng.")
r(K, "Phường Hà Giang 1 (tỉnh Tuyên Quang)", "existing",
  "VNPT iOffice (dùng hệ thống của tỉnh)", "Tài khoản trên QLVB dùng chung của tỉnh.", [], [],
  f"Dùng nền tảng dùng chung của tỉnh ({PL['commune']} Lớp 3 a); không phải nền tảng quốc gia.")
r(K, "Xã Ea Súp (tỉnh Đắk Lắk)", "planned",
  "Phần mềm quản lý hồ sơ sức khỏe người cao tuổi tại trạm y tế xã",
  "", ["B-33"], [], f"Lưu trữ thông tin sức khỏe cá nhân của người dân là {B(33)}.")
r(K, "Phường Buôn Ma Thuột (tỉnh Đắk Lắk)", "existing",
  "PM quản lý học sinh, sổ điểm các trường mầm non, tiểu học do phường quản lý",
  "", ["B-35"], [], f"Quản trị cơ sở giáo dục mầm non, phổ thông là {B(35)} (dùng chung cho xã/phường).")
r(K, "Xã Ngọc Hồi (tỉnh Quảng Ngãi)", "planned",
  "Thanh toán không tiền mặt tại chợ xã (QR)", "", [], [], f"Giải pháp thanh toán điện tử ({PL['commune']} Lớp 3 b); không lặp {B(50)}.")
r(K, "Phường Long Xuyên (tỉnh An Giang)", "existing",
  "Phần mềm tiếp công dân, xử lý đơn thư của phường", "", ["B-55"], [], f"{B(55)}, phân cấp tới từng cán bộ địa phương.")
r(K, "Xã Mường Tè (tỉnh Lai Châu)", "planned",
  "PM quản lý hộ đồng bào DTTS thụ hưởng chính sách",
  "", ["B-46"], [], f"Dữ liệu về dân tộc và kết quả thực hiện chính sách dân tộc là {B(46)}.")
r(K, "Xã Cái Nước (tỉnh Cà Mau)", "existing",
  "Trang thông tin điện tử xã", "", [], [], "Trang TTĐT của cơ quan không có trong 1132 Phụ lục II.")
r(K, "Xã Cam Lộ (tỉnh Quảng Trị)", "retiring",
  "Máy chủ email của UBND huyện Cam Lộ cũ", "Ngừng sau khi bỏ cấp huyện.", [], [EMAIL], f"Lặp {EMAIL} ({II3c}); nhãn không phụ thuộc trạng thái.")
r(K, "Xã Đakrông (tỉnh Quảng Trị)", "existing",
  "Camera cảnh báo cháy rừng", "", [], [], f"Hạ tầng IoT/camera ({PL['commune']} Lớp 1); không có dòng 1132 về phòng cháy rừng.")
r(K, "Phường Bình Minh (tỉnh Vĩnh Long)", "existing",
  "PM cấp phép xây dựng nhà ở riêng lẻ", "", ["B-10"], [], f"Thủ tục lĩnh vực xây dựng: {B(10)}; {S4577}.")
r(K, "Xã Châu Thành (tỉnh Tây Ninh)", "planned",
  "Phần mềm chứng thực bản sao điện tử từ bản chính", "", ["B-06"], [], f"Chứng thực là lĩnh vực Bộ Tư pháp: {B(6)}; {S4577}.")
r(K, "Phường Điện Biên Phủ (tỉnh Điện Biên)", "existing",
  "Bảng điện tử công cộng thông tin giá nông sản", "", [], [], f"Bảng điện tử công cộng ({PL['commune']} Lớp 1).")
r(K, "Xã Tủa Chùa (tỉnh Điện Biên)", "planned",
  "Tự dựng trang học trực tuyến kỹ năng số cho người dân",
  "Video hướng dẫn dùng điện thoại thông minh, VNeID, thanh toán số bằng tiếng Mông.",
  [], [BDHV], f"{II3c}: Nền tảng Bình dân học vụ số phổ cập kỹ năng số cho mọi đối tượng.")
r(K, "Xã Bắc Yên (tỉnh Sơn La)", "planned",
  "Internet vệ tinh cho các bản vùng cao", "", [], [], f"Kết nối đặc thù cho vùng sâu, vùng xa ({II3a}).")
r(K, "Phường Rạch Giá (tỉnh An Giang)", "planned",
  "Thuê chatbot AI trả lời người dân về TTHC trên fanpage phường",
  "", ["A-10"], [], f"{A(10)}: địa phương tùy biến trợ lý ảo trên nền tảng duy nhất; {S4577x}.")
r(K, "Xã Vũ Thư (tỉnh Hưng Yên)", "planned",
  "Phần mềm quản lý hồ sơ cán bộ, công chức xã", "", ["B-29"], [], f"Quản lý CBCCVC ở địa phương là {B(29)}.")
r(K, "Phường Hội An (TP Đà Nẵng)", "existing",
  "Phần mềm quản lý di tích, hiện vật phố cổ Hội An", "", ["B-44"], [], f"Quản lý dữ liệu di sản văn hóa là {B(44)}.")
r(K, "Phường Hội An (TP Đà Nẵng)", "existing",
  "QR thuyết minh tự động tại điểm di tích", "Cho du khách quét mã nghe thuyết minh.", [], [],
  f"Giải pháp chuyển đổi số du lịch ({PL['commune']} Lớp 3 b); nhắc 'di tích' nhưng không quản lý dữ liệu di sản như {B(44)}.")
r(K, "Xã Kiên Lương (tỉnh An Giang)", "existing",
  "Đồng bộ dữ liệu hộ tịch xã lên hệ thống của Bộ Tư pháp", "", [], [], f"Kết nối với {B(6)}: {USE}.")
r(K, "Xã Năm Căn (tỉnh Cà Mau)", "existing",
  "Nhập báo cáo KT-XH xã trên hệ thống báo cáo tỉnh", "", [], [], f"Sử dụng hệ thống báo cáo cấp tỉnh ({PL['commune']} Lớp 3 a).")

# ============================ PARTY ============================
K = "party"
r(K, "Văn phòng Tỉnh ủy Lai Châu", "existing",
  "Phần mềm QLVB và hồ sơ công việc riêng của Văn phòng Tỉnh ủy",
  "Gửi, nhận, xử lý văn bản giữa các cơ quan đảng trong tỉnh.",
  ["B-19"], [], f"{B(19)} là hệ thống dùng chung gửi, nhận, xử lý văn bản từ trung ương đến cấp xã trong các cơ quan Đảng.")
r(K, "Ban Tổ chức Tỉnh ủy Cà Mau", "planned",
  "Phần mềm quản lý hồ sơ đảng viên", "", ["B-20"], [], f"Nghiệp vụ tổ chức, cán bộ, đảng viên là {B(20)}.")
r(K, "Đảng ủy xã Mường Nhé (tỉnh Điện Biên)", "planned",
  "Ứng dụng theo dõi thực hiện nghị quyết, chỉ thị, kết luận",
  "Theo dõi tiến độ thực hiện nghị quyết Trung ương, Tỉnh ủy tại xã.",
  ["B-21"], [], f"{B(21)} đã triển khai từ trung ương đến cơ sở.")
r(K, "Văn phòng Trung ương Đảng", "expanding",
  "Hệ thống thông tin điều hành tác nghiệp – mở rộng tới đảng ủy xã", "", [], [], f"VPTW là chủ quản {B(19)}: {OWN}.")
r(K, "Ban Tổ chức Tỉnh ủy Gia Lai", "existing",
  "Triển khai Ứng dụng Đảng viên số cho đảng viên trong tỉnh", "Cấp tài khoản, tập huấn.", [], [],
  f"Ứng dụng Đảng viên số thuộc {PL['party']} Lớp 3; tỉnh chỉ triển khai sử dụng.")
r(K, "Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An", "planned",
  "Hệ thống thu thập, phân tích dư luận trên Internet (social listening)", "", [], [],
  f"Hệ thống thu thập, tổng hợp thông tin trên Internet thuộc {PL['party']} Lớp 3.")
r(K, "Ủy ban Kiểm tra Tỉnh ủy Đồng Tháp", "existing",
  "Phần mềm công tác kiểm tra, giám sát, kỷ luật đảng", "", [], [],
  f"Lĩnh vực Kiểm tra, giám sát, kỷ luật Đảng thuộc {PL['party']} Lớp 3; không phải thanh tra nhà nước ({B(56)}).")
r(K, "Tỉnh ủy Lâm Đồng", "planned",
  "Cổng tiếp nhận, giải quyết thủ tục trong Đảng trực tuyến",
  "Chuyển sinh hoạt đảng, kết nạp, cấp lại thẻ đảng viên trực tuyến.",
  ["B-01"], [], f"{B(1)} dùng chung tại tất cả các tổ chức Đảng toàn quốc.")
r(K, "Văn phòng Tỉnh ủy Sơn La", "planned",
  "Nâng cấp Trung tâm dữ liệu Tỉnh ủy (dùng hạ tầng hiện có)", "", [], [],
  f"Trung tâm dữ liệu của Đảng, sử dụng TTDL hiện có ({PL['party']} Lớp 1).")
r(K, "Tỉnh ủy Điện Biên", "existing",
  "Kết nối mạng thông tin diện rộng của Đảng tới đảng ủy xã", "", [], [],
  f"Sử dụng Mạng thông tin diện rộng của Đảng ({II3a}).")
r(K, "Ban Tổ chức Tỉnh ủy Thái Nguyên", "planned",
  "Phần mềm thống kê, phân tích đội ngũ cán bộ diện Ban Thường vụ quản lý, bảo vệ chính trị nội bộ",
  "", ["B-20"], [], f"Thống kê, phân tích công tác tổ chức, cán bộ, bảo vệ chính trị nội bộ là {B(20)}.")
r(K, "Văn phòng Tỉnh ủy An Giang", "planned",
  "Dashboard điều hành của Thường trực Tỉnh ủy", "", [], [], f"Bảng thông tin điều hành của cơ quan Đảng ({PL['party']} Lớp 4).")
r(K, "Tỉnh ủy Vĩnh Long", "existing",
  "Ứng dụng hỗ trợ Đại hội Đảng bộ tỉnh (phòng họp không giấy, bầu cử điện tử)", "", [], [],
  f"Các ứng dụng hỗ trợ Đại hội Đảng các cấp ({PL['party']} Lớp 3).")
r(K, "Dang uy xa Sin Ho (tinh Lai Chau)", "existing",
  "phan mem QLVB dang uy xa", "", ["B-19"], [], f"{B(19)} thực hiện xuyên suốt tới cấp xã.")
r(K, "Văn phòng Tỉnh ủy Khánh Hòa", "planned",
  "Hệ thống báo cáo tổng hợp, phân tích, dự báo của Tỉnh ủy", "", [], [],
  f"Hệ thống thông tin báo cáo tổng hợp, phân tích, dự báo của cơ quan Đảng ({PL['party']} Lớp 3).")
r(K, "Ban Nội chính Thành ủy Cần Thơ", "existing",
  "PM theo dõi vụ án, vụ việc Ban Chỉ đạo PCTNLPTC thành phố theo dõi", "", [], [],
  f"Lĩnh vực Nội chính, cải cách tư pháp của cơ quan Đảng ({PL['party']} Lớp 3), không phải nền tảng của khối nhà nước {B(58)}.")
r(K, "Tỉnh ủy Tuyên Quang", "expanding",
  "Nâng cấp Cổng thông tin điện tử Đảng bộ tỉnh", "", [], [], "Cổng/trang TTĐT không có trong 1132 Phụ lục II.")
r(K, "Tỉnh ủy Phú Thọ", "existing",
  "Cấp tài khoản Phần mềm theo dõi thực hiện Nghị quyết cho các đảng ủy xã", "", [], [], f"Sử dụng {B(21)}: {USE}.")
r(K, "Đảng ủy Chính phủ", "planned",
  "Phần mềm quản lý đảng viên riêng của Đảng bộ", "", ["B-20"], [], f"Quản lý đảng viên cho cơ quan Đảng các cấp là {B(20)}.")
r(K, "Văn phòng Tỉnh ủy Hà Tĩnh", "retiring",
  "Bkav eGov – QLVB Tỉnh ủy (thay thế dần)", "Gửi nhận văn bản giữa Tỉnh ủy và đảng ủy cơ sở.",
  ["B-19"], [], f"Trùng chức năng gửi, nhận, xử lý văn bản của {B(19)}.")

# ============================ ASSEMBLY ============================
K = "assembly"
r(K, "Văn phòng Quốc hội", "existing",
  "eQuochoi – phòng họp không giấy cho đại biểu", "", [], [], f"Nhóm ứng dụng hỗ trợ kỳ họp Quốc hội ({PL['assembly']} Lớp 3).")
r(K, "Ủy ban Kinh tế và Tài chính của Quốc hội", "planned",
  "Công cụ BI phân tích dữ liệu phục vụ giám sát ngân sách", "", [], [],
  f"Lĩnh vực Giám sát; Nền tảng tổng hợp, phân tích dữ liệu của Quốc hội ({PL['assembly']} Lớp 2, 3).")
r(K, "Ban Dân nguyện và Giám sát (UBTVQH)", "existing",
  "Hệ thống tổng hợp kiến nghị cử tri", "", [], [], f"Lĩnh vực Công tác dân nguyện ({PL['assembly']} Lớp 3).")
r(K, "Văn phòng Quốc hội", "planned",
  "Nâng cấp Trung tâm dữ liệu Quốc hội", "", [], [], f"Trung tâm dữ liệu của Quốc hội, dùng TTDL hiện có ({PL['assembly']} Lớp 1).")
r(K, "Đoàn ĐBQH tỉnh Lạng Sơn", "existing",
  "Email riêng của Đoàn qua hosting thuê ngoài", "", [], [EMAIL], f"Lặp {EMAIL} dùng chung trong hệ thống chính trị ({II3c}).")
r(K, "Truyền hình Quốc hội (Văn phòng Quốc hội)", "planned",
  "Ứng dụng OTT Truyền hình Quốc hội", "Xem trực tiếp phiên họp, xem lại chương trình trên Internet.",
  ["B-61"], [], f"{B(61)} dùng chung cho tất cả các đài truyền hình trung ương và địa phương phát trên Internet.")
r(K, "Văn phòng Quốc hội", "existing",
  "Kết nối Trục LTVB quốc gia gửi nhận văn bản với Chính phủ", "", [], [], f"Sử dụng {A(4)}: {USE}.")
r(K, "Ủy ban Pháp luật và Tư pháp của Quốc hội", "existing",
  "Thư viện số tài liệu phục vụ thẩm tra dự án luật", "", [], [], f"Lĩnh vực Lập pháp, ứng dụng nghiệp vụ chuyên ngành của Quốc hội ({PL['assembly']} Lớp 3).")
r(K, "Hội đồng Dân tộc của Quốc hội", "planned",
  "Khai thác dữ liệu từ Nền tảng/CSDL dân tộc phục vụ giám sát chính sách", "", [], [], f"Khai thác {B(46)}: {USE}.")
r(K, "Văn phòng Quốc hội", "planned",
  "Thuê WAF, anti-DDoS cho Cổng TTĐT Quốc hội", "", ["A-14"], [], f"Tường lửa ứng dụng web, chống DDoS là dịch vụ của {A(14)}.")
r(K, "Ủy ban Văn hóa và Xã hội của Quốc hội", "existing",
  "Không gian làm việc số của Ủy ban", "Lịch công tác, tài liệu phiên họp, xin ý kiến thành viên.", [], [],
  f"Nhóm ứng dụng hỗ trợ hoạt động nội bộ của Quốc hội ({PL['assembly']} Lớp 3).")
r(K, "Văn phòng Quốc hội", "planned",
  "Hệ thống CA riêng cấp chứng thư số cho đại biểu Quốc hội", "", [], [CA], f"{CA} cung cấp cho các cơ quan trong hệ thống chính trị ({II3a}).")
r(K, "Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội", "planned",
  "Hệ thống thu thập thông tin dư luận trên môi trường số về các dự án luật", "", [], [],
  f"Hệ thống thu thập, tổng hợp thông tin trên môi trường số ({PL['assembly']} Lớp 3).")

# ============================ FRONT ============================
K = "front"
r(K, "Ủy ban MTTQ Việt Nam tỉnh Điện Biên", "existing",
  "Phần mềm quản lý Quỹ Vì người nghèo, an sinh xã hội", "", [], [], f"Nghiệp vụ chuyên ngành của Mặt trận ({PL['front']} Lớp 3).")
r(K, "Hội LHPN tỉnh An Giang", "planned",
  "App quản lý hội viên phụ nữ", "", [], [], f"Ứng dụng nghiệp vụ chuyên ngành của tổ chức thành viên Mặt trận ({PL['front']} Lớp 3).")
r(K, "Trung ương Hội LHPN Việt Nam", "planned",
  "Sàn việc làm cho lao động nữ",
  "Người tìm việc – việc tìm người, gợi ý việc làm bằng AI, toàn quốc.",
  ["B-31"], [], f"Kết nối cung – cầu lao động, giao dịch việc làm trực tuyến toàn quốc là {B(31)}.")
r(K, "Tỉnh Đoàn Lạng Sơn", "existing",
  "Sổ đoàn viên điện tử", "", [], [], f"Nghiệp vụ chuyên ngành của tổ chức thành viên Mặt trận ({PL['front']} Lớp 3).")
r(K, "Ủy ban Trung ương MTTQ Việt Nam", "planned",
  "Trục trao đổi văn bản điện tử riêng giữa Mặt trận và các tổ chức chính trị - xã hội",
  "Kết nối Mặt trận các cấp, Hội LHPN, Hội Nông dân, Đoàn TN, Công đoàn để gửi nhận văn bản, truy vết.",
  ["A-04"], [], f"Kết nối, trao đổi văn bản điện tử thống nhất giữa các cơ quan trong hệ thống chính trị là {A(4)}.")
r(K, "Hội Nông dân tỉnh Đồng Tháp", "existing",
  "Email @hoinongdan – thuê hosting", "", [], [EMAIL], f"Lặp {EMAIL} ({II3c}).")
r(K, "Ủy ban MTTQ Việt Nam tỉnh Cà Mau", "existing",
  "Cổng tiếp nhận ý kiến, kiến nghị của nhân dân gửi Mặt trận", "", [], [],
  f"Nhóm ứng dụng hỗ trợ tương tác với nhân dân của Mặt trận ({PL['front']} Lớp 3).")
r(K, "Liên đoàn Lao động tỉnh Thái Nguyên", "existing",
  "Phần mềm quản lý đoàn viên công đoàn", "", [], [], f"Nghiệp vụ chuyên ngành của tổ chức thành viên Mặt trận ({PL['front']} Lớp 3).")
r(K, "Hội Cựu chiến binh tỉnh Sơn La", "planned",
  "Đăng nhập bằng VNeID cho app hội viên", "", [], [], f"Sử dụng {A(3)}: {USE}.")
r(K, "Ủy ban Trung ương MTTQ Việt Nam", "existing",
  "Hệ thống QLVB và điều hành của Mặt trận", "", [], [], f"Nhóm ứng dụng hỗ trợ hoạt động nội bộ ({PL['front']} Lớp 3).")
r(K, "Hội LHPN tỉnh Lào Cai", "planned",
  "Tự xây dựng e-learning kỹ năng số cho phụ nữ vùng cao", "", [], [BDHV], f"{BDHV} phổ cập kỹ năng số cho mọi đối tượng ({II3c}).")
r(K, "Trung ương Hội LHPN Việt Nam", "planned",
  "Thuê dịch vụ SOC giám sát, phát hiện tấn công cho hệ thống CNTT của Hội", "", ["A-13"], [],
  f"Giám sát, phát hiện tấn công, điều phối ứng phó sự cố là {A(13)}; không xây dựng hệ thống điều phối riêng lẻ.")
r(K, "Ủy ban MTTQ Việt Nam tỉnh Gia Lai", "existing",
  "App chấm điểm khu dân cư văn hóa", "", [], [], f"Nghiệp vụ phong trào thi đua của Mặt trận ({PL['front']} Lớp 3).")

# ============================ OTHER ============================
K = "other"
r(K, "Tòa án nhân dân tối cao", "existing",
  "Hệ thống quản lý án và công khai bản án", "", [], [], f"HTTT chuyên ngành của TANDTC ({PL['other']} Lớp 3).")
r(K, "Tòa án nhân dân tối cao", "planned",
  "Tòa án điện tử – nộp đơn khởi kiện, tống đạt trực tuyến",
  "Đương sự nộp đơn, tài liệu chứng cứ, nhận thông báo tố tụng trực tuyến.",
  [], [], f"Thủ tục tố tụng, không phải TTHC của {A(1)}; nghiệp vụ chuyên ngành ({PL['other']} Lớp 3).")
r(K, "Tòa án nhân dân tối cao", "existing",
  "Email @toaan.gov.vn – máy chủ riêng", "", [], [EMAIL], f"Lặp {EMAIL} ({II3c}).")
r(K, "Viện kiểm sát nhân dân tối cao", "planned",
  "Nâng cấp Trung tâm dữ liệu ngành kiểm sát (trên hạ tầng hiện có)", "", [], [], f"Trung tâm dữ liệu của cơ quan, dùng TTDL hiện có ({PL['other']} Lớp 1).")
r(K, "Viện kiểm sát nhân dân tối cao", "planned",
  "Thuê dịch vụ chống DDoS, WAF cho Cổng TTĐT ngành kiểm sát", "", ["A-14"], [], f"{A(14)}.")
r(K, "Kiểm toán nhà nước", "existing",
  "Hệ thống quản lý cuộc kiểm toán", "Kế hoạch, hồ sơ, báo cáo kiểm toán.", [], [],
  f"Kiểm toán không phải thanh tra ({B(56)}); HTTT chuyên ngành ({PL['other']} Lớp 3).")
r(K, "Kiểm toán nhà nước", "planned",
  "Kết nối khai thác dữ liệu Nền tảng tài chính số quốc gia phục vụ kiểm toán", "", [], [], f"Khai thác {B(24)}: {USE}.")
r(K, "Kiểm toán nhà nước", "planned",
  "Phần mềm quản lý xây dựng, rà soát, hệ thống hóa VBQPPL do Tổng KTNN ban hành", "", ["B-43"], [],
  f"{B(43)} dùng chung cho tất cả cơ quan nhà nước trong hoạt động xây dựng, rà soát, hệ thống hóa VBQPPL.")
r(K, "Đài Tiếng nói Việt Nam", "planned",
  "Nền tảng phát thanh số quốc gia", "", [], [], f"VOV là chủ quản {B(60)}: {OWN}.")
r(K, "Đài Truyền hình Việt Nam", "expanding",
  "VTVGo – mở rộng cho các đài địa phương", "", [], [], f"VTV là chủ quản {B(61)}: {OWN}.")
r(K, "Đài Truyền hình Việt Nam", "existing",
  "Hệ thống quản lý kho tư liệu số (MAM)", "", [], [], "Lưu trữ tư liệu sản xuất chương trình; không có dòng 1132 tương ứng.")
r(K, "Thông tấn xã Việt Nam", "planned",
  "App OTT riêng kênh Vnews", "", ["B-61"], [], f"{B(61)} dùng chung cho các đài truyền hình phát trên Internet.")
r(K, "Thông tấn xã Việt Nam", "planned",
  "Đo lường lượt xem, hành vi khán giả kênh Vnews", "", ["B-62"], [], f"Đo lường hành vi khán giả cho tất cả các kênh truyền hình là {B(62)}.")
r(K, "Tòa án nhân dân khu vực 1 – Cà Mau", "existing",
  "Kiosk tra cứu lịch xét xử", "", [], [], f"Thiết bị tra cứu tại trụ sở ({II3d}).")
r(K, "Học viện Chính trị quốc gia Hồ Chí Minh", "planned",
  "LMS đào tạo cao cấp lý luận chính trị", "", [], [], f"Không phải giáo dục phổ thông ({B(36)}) và không phải phổ cập kỹ năng số ({BDHV}).")
r(K, "Ngân hàng Chính sách xã hội", "existing",
  "Tra cứu thông tin tín dụng khách hàng vay từ CIC", "", [], [], f"Khai thác {B(51)}: {USE}.")
r(K, "Ngân hàng Phát triển Việt Nam", "existing",
  "Hệ thống chấm điểm, xếp hạng tín dụng nội bộ", "", [], [],
  f"Quản trị rủi ro nội bộ của ngân hàng, không thu thập, cung cấp thông tin tín dụng toàn quốc như {B(51)}.")
r(K, "Viện kiểm sát nhân dân tối cao", "existing",
  "PM tiếp nhận, giải quyết tố giác, tin báo về tội phạm", "", [], [],
  f"Nghiệp vụ tố tụng hình sự, không phải khiếu nại, tố cáo hành chính của {B(55)}.")
r(K, "Tòa án nhân dân tối cao", "planned",
  "Phần mềm kê khai tài sản, thu nhập của thẩm phán, công chức ngành tòa án", "", ["B-57"], [],
  f"Kê khai, theo dõi tài sản, thu nhập của người có nghĩa vụ kê khai là {B(57)}.")
r(K, "Kiểm toán nhà nước", "existing",
  "Phần mềm theo dõi thực hiện kiến nghị kiểm toán", "", [], [],
  f"Nghiệp vụ kiểm toán ({PL['other']} Lớp 3); không phải theo dõi sau thanh tra ({B(56)}).")

# ============================ ADDITIONS (retiring, vendor-only, long connector rows) ============================
r("province", "Tỉnh Đắk Lắk", "retiring",
  "Cổng dữ liệu mở tỉnh Phú Yên (cũ)", "Dừng vận hành, chuyển các bộ dữ liệu mở về hệ thống chung.",
  ["A-07"], [], f"Xuất bản dữ liệu mở của địa phương là {A(7)}; nhãn không phụ thuộc trạng thái (quy tắc 2).")
r("province", "Sở Y tế tỉnh Ninh Bình", "retiring",
  "Phần mềm quản lý tiêm chủng của Nam Định (cũ)", "", ["B-33"], [], f"{B(33)} tích hợp Hệ thống quản lý thông tin tiêm chủng quốc gia.")
r("province", "Tỉnh Quảng Ngãi", "retiring",
  "LGSP tỉnh Kon Tum (cũ)", "Hợp nhất vào LGSP tỉnh Quảng Ngãi.", [], [], f"Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh ({PL['province']} Lớp 2).")
r("province", "Tỉnh Hưng Yên", "planned",
  "CMC SOC", "Gói giám sát ATTT 12 tháng, phát hiện tấn công và ứng cứu sự cố cho TTDL tỉnh.",
  ["A-13"], [], f"Giám sát, phát hiện tấn công và điều phối ứng phó sự cố là {A(13)}.")
r("province", "Sở Y tế tỉnh Lạng Sơn", "expanding",
  "Nâng cấp HIS cho các Trung tâm Y tế khu vực – module liên thông",
  "Nâng cấp phần mềm HIS cho 11 TTYT khu vực: bổ sung bệnh án điện tử, kết nối liên thông đơn thuốc, đẩy dữ liệu khám chữa bệnh lên Nền tảng Số sức khỏe điện tử và cổng giám định BHYT, xác thực người bệnh bằng VNeID.",
  [], [], f"Phần mềm nghiệp vụ cơ sở khám chữa bệnh; {B(33)} và {A(2)} chỉ là nơi kết nối: {USE}.")
r("ministry", "Bộ Nông nghiệp và Môi trường", "retiring",
  "Máy chủ thư điện tử @monre.gov.vn (Bộ TN&MT cũ)", "", [], [EMAIL], f"Lặp {EMAIL} ({II3c}); nhãn không phụ thuộc trạng thái.")
r("ministry", "Thư viện Quốc gia Việt Nam (Bộ VHTTDL)", "expanding",
  "Nâng cấp, mở rộng hệ thống thư viện số dùng chung",
  "Mở rộng kho tài liệu số cho thư viện các tỉnh; bạn đọc đăng nhập bằng VNeID, metadata chia sẻ qua NDXP, xuất bản bộ dữ liệu thư mục mở lên Cổng dữ liệu quốc gia.",
  [], [], f"Không có dòng 1132 về thư viện; {A(2)}, {A(6)}, {A(7)} chỉ được kết nối/khai thác: {USE}.")
r("other", "Đài Truyền hình Việt Nam", "retiring",
  "Hệ thống đo rating bằng people meter thế hệ cũ", "Thay bằng VTV Big Data.", [], [], f"VTV là chủ quản {B(62)}: {OWN}.")
r("commune", "Xã Mèo Vạc (tỉnh Tuyên Quang)", "retiring",
  "Loa truyền thanh có dây", "", [], [], f"Hạ tầng truyền thanh cấp xã ({PL['commune']} Lớp 1).")
r("commune", "Xã Si Ma Cai (tỉnh Lào Cai)", "planned",
  "Đầu tư xây dựng mô hình xã thông minh",
  "Tích hợp camera, loa IP, bảng điện tử tại trung tâm xã; đẩy cảnh báo lên IOC tỉnh; thông báo tới người dân qua VNeID; số liệu phục vụ báo cáo trên hệ thống báo cáo tỉnh.",
  [], [], f"Hạ tầng ICT cấp xã ({PL['commune']} Lớp 1); VNeID ({A(2)}) và IOC tỉnh chỉ là kênh/nơi kết nối.")
r("party", "Đảng ủy các cơ quan Đảng tỉnh Gia Lai", "retiring",
  "Phần mềm quản lý đảng viên của Bình Định (cũ)", "", ["B-20"], [], f"Quản lý đảng viên là {B(20)}.")
r("assembly", "Đoàn ĐBQH và HĐND tỉnh Đồng Nai", "retiring",
  "Trang thông tin Đoàn ĐBQH tỉnh Bình Phước (cũ)", "", [], [], "Trang thông tin điện tử không có trong 1132 Phụ lục II.")
r("front", "Ủy ban MTTQ Việt Nam tỉnh Lào Cai", "existing",
  "Viettel vOffice", "QLVB nội bộ cơ quan Mặt trận tỉnh và các tổ chức chính trị - xã hội.", [], [],
  f"Ứng dụng hỗ trợ hoạt động nội bộ của Mặt trận ({PL['front']} Lớp 3); gửi nhận liên cơ quan qua {A(4)}.")
r("front", "Hội Nông dân tỉnh Cà Mau", "retiring",
  "phan mem quan ly hoi vien cu", "", [], [], f"Nghiệp vụ chuyên ngành của tổ chức thành viên Mặt trận ({PL['front']} Lớp 3).")

# ============================ BUILD & VALIDATE ============================
ABOUT = {
    "how": ("Written by hand from the source documents only (1132/QĐ-TTg, 3090/QĐ-BKHCN, 5441/BKHCN-CĐSQG, "
            "4577/BKHCN-CĐSQG, 05-QĐ/BCĐTW in /work/shared/seeds), without reading the checker's code or other labelled sets. "
            "1132 Phụ lục II rows are numbered as in the document (A-01 = first row of group A, B-01 = first row of group B); "
            "build.py re-parses the list from the text and checks every expected id."),
    "rules": [
        "1. Positive when the component's function, purpose and scope repeat a 1132 Phụ lục II row (1132 Điều 2 khoản 2), judged on function, not wording.",
        "2. The label is functional: it does not depend on status (planned/existing/expanding/retiring) nor on the platform's go-live date (1132 Điều 2 khoản 3 only decides whether an existing system may continue).",
        "3. The platform's owner (Cơ quan chủ quản) building, running or expanding its own platform → [] (1132 Điều 3 khoản 1).",
        "4. Components that 3090 Phụ lục I tells that kind of agency to build (own DC on existing infrastructure, LGSP, kho dữ liệu, IOC, dashboard, QLVB, AI cấp tỉnh/bộ, provincial TTHC system, Đảng/QH/MTTQ specialised apps…) → [].",
        "5. Adapters, connectors, logins, sync jobs and API registrations that use a national platform → [].",
        "6. Devices, places and audiences (kiosk, LED screen, wifi, camera, loa, 'cho người dân') and systems sharing words but not purpose → [].",
        "7. A province's or commune's own procedure system for one ministry's field → that ministry's B-row (1132 B-05 mô tả; 4577 mục 1).",
        "8. Defence, security and cơ yếu systems → [] under 1132 Điều 2 khoản 2's exception.",
        "9. Duplicates of 3090 Phần II mục 3 national components that are not 1132 rows go in expected_national under the document's own name (email công vụ, thư nhận thông báo, chữ ký số chuyên dùng, Bình dân học vụ số).",
        "10. Cases the documents leave open were left out (e.g. provincial DVC portals, ministry HR vs 'Quản lý cán bộ' in Phụ lục I mục 5, staff SSO, provincial document-exchange hubs, Assembly law-drafting systems vs B-43).",
    ],
    "sources": ["1132/QĐ-TTg (24/6/2026) Điều 2, 3; Phụ lục II", "3090/QĐ-BKHCN Phần II mục 2, 3; Phụ lục I",
                "4577/BKHCN-CĐSQG", "5441/BKHCN-CĐSQG", "05-QĐ/BCĐTW"],
}

def nfc(s): return unicodedata.normalize("NFC", s)

def main():
    cases = []
    for i, (kind, agency, status, name, desc, exp, nat, why) in enumerate(ROWS, 1):
        cases.append({"id": f"F{i:03d}", "kind": kind, "agency": nfc(agency), "status": status,
                      "name": nfc(name), "description": nfc(desc), "expected": exp,
                      "expected_national": [nfc(n) for n in nat], "why": nfc(why)})
    # validate
    ids = [c["id"] for c in cases]; assert len(ids) == len(set(ids))
    for c in cases:
        assert c["kind"] in {"province", "ministry", "commune", "party", "assembly", "front", "other"}, c
        assert c["status"] in {"existing", "planned", "expanding", "retiring"}, c
        for e in c["expected"]: assert e in P1132, (c["id"], e)
        for n in c["expected_national"]: assert n in NATIONAL, (c["id"], n)
        assert c["why"]
    data = {"about": ABOUT, "cases": cases}
    s = json.dumps(data, ensure_ascii=False, indent=1)
    assert s == unicodedata.normalize("NFC", s)
    open(OUT, "w", encoding="utf-8").write(s + "\n")
    pos = [c for c in cases if c["expected"] or c["expected_national"]]
    print("cases", len(cases), "positives", len(pos), f"{100*len(pos)/len(cases):.0f}%")
    print("kind", Counter(c["kind"] for c in cases))
    print("status", Counter(c["status"] for c in cases))
    print("pos by kind", Counter(c["kind"] for c in pos))
    print("1132 rows parsed", len(P1132), sum(k.startswith("A") for k in P1132), sum(k.startswith("B") for k in P1132))

if __name__ == "__main__":
    main()
