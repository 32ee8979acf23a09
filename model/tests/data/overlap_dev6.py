# -*- coding: utf-8 -*-
"""Build /work/dev6/overlap_dev6.json — labelled agency IT-inventory rows (from the seed documents only)."""
import json, unicodedata, re, collections

# ---- 1132/QĐ-TTg Phụ lục II, numbered as in the document (A-01..A-17, B-01..B-62) ----
A_NAMES = {1: "Cổng dịch vụ công quốc gia", 2: "Nền tảng VNeID", 3: "Nền tảng định danh và xác thực điện tử",
           4: "Trục liên thông văn bản quốc gia", 5: "Nền tảng chia sẻ, điều phối dữ liệu của Trung tâm dữ liệu quốc gia",
           6: "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia", 7: "Cổng dữ liệu quốc gia",
           8: "Nền tảng điện toán đám mây trong Trung tâm dữ liệu quốc gia", 9: "Nền tảng chuỗi khối (blockchain) quốc gia",
           10: "Trợ lý ảo quốc gia", 11: "Trung tâm tính toán hiệu năng cao của Trung tâm dữ liệu quốc gia",
           12: "Nền tảng số từ điển dữ liệu dùng chung", 13: "Nền tảng SOC quốc gia thế hệ mới", 14: "Hệ thống phòng vệ mạng quốc gia",
           15: "Nền tảng quản lý dữ liệu thống kê", 16: "Cổng Pháp luật quốc gia",
           17: "Hệ thống Công báo điện tử nước Cộng hòa xã hội chủ nghĩa Việt Nam"}
B_TTHC_OWNER = {1: "Văn phòng Trung ương Đảng", 2: "Bộ Công an", 3: "Bộ Quốc phòng", 4: "Bộ Ngoại giao", 5: "Bộ Nội vụ",
                6: "Bộ Tư pháp", 7: "Bộ Tài chính", 8: "Bộ Công Thương", 9: "Bộ Nông nghiệp và Môi trường", 10: "Bộ Xây dựng",
                11: "Bộ Văn hoá, Thể thao và Du lịch", 12: "Bộ Khoa học và Công nghệ", 13: "Bộ Giáo dục và Đào tạo",
                14: "Bộ Y tế", 15: "Bộ Dân tộc và Tôn giáo", 16: "Ngân hàng Nhà nước Việt Nam", 17: "Thanh tra Chính phủ"}
B_NAMES = {n: "Hệ thống thông tin giải quyết thủ tục hành chính" for n in range(1, 18)}
B_NAMES.update({18: "Cổng thông tin một cửa quốc gia", 19: "Hệ thống thông tin điều hành tác nghiệp trong các cơ quan Đảng",
    20: "Hệ thống thông tin lĩnh vực tổ chức - xây dựng Đảng", 21: "Phần mềm theo dõi tình hình thực hiện Nghị quyết, Chỉ thị, Kết luận của Trung ương",
    22: "Hệ thống quản lý đấu giá tài sản", 23: "Nền tảng quản lý doanh nghiệp quốc gia", 24: "Nền tảng tài chính số quốc gia",
    25: "Hệ thống công nghệ thông tin thực hiện Hải quan số", 26: "Nền tảng Công khai ngân sách nhà nước", 27: "Hệ thống thông tin quản lý thuế",
    28: "Hệ thống mạng đấu thầu quốc gia", 29: "Nền tảng quản lý cán bộ công chức, viên chức quốc gia", 30: "Nền tảng hợp đồng lao động điện tử",
    31: "Sàn giao dịch việc làm quốc gia", 32: "Nền tảng số quốc gia về văn thư, lưu trữ", 33: "Nền tảng Số sức khỏe điện tử",
    34: "Hệ thống thông tin và Cơ sở dữ liệu quốc gia về An toàn thực phẩm", 35: "Nền tảng số quản trị giáo dục quốc gia",
    36: "Nền tảng giáo dục thông minh quốc gia", 37: "Nền tảng quốc gia về chăn nuôi và thú y", 38: "Nền tảng quốc gia về trồng trọt và bảo vệ thực vật",
    39: "Nền tảng trí tuệ nhân tạo (AI) hỗ trợ phân tích, cảnh báo thiên tai", 40: "Nền tảng trí tuệ nhân tạo (AI) hỗ trợ ứng phó với biến đổi khí hậu",
    41: "Nền tảng trí tuệ nhân tạo (AI) hỗ trợ bảo vệ môi trường", 42: "Nền tảng quản lý thương mại và thị trường", 43: "Nền tảng số pháp luật Việt Nam",
    44: "Nền tảng quản lý cơ sở dữ liệu quốc gia về di sản văn hóa", 45: "Nền tảng Quản trị và Kinh doanh du lịch", 46: "Nền tảng/Cơ sở dữ liệu dân tộc",
    47: "Nền tảng/Cơ sở dữ liệu tôn giáo", 48: "Nền tảng số quản lý khoa học, công nghệ và đổi mới sáng tạo quốc gia",
    49: "Hệ thống thông tin quốc gia về khoa học, công nghệ và đổi mới sáng tạo", 50: "Hệ thống thanh toán điện tử liên ngân hàng",
    51: "Hệ thống thông tin tín dụng quốc gia", 52: "Hệ thống thông tin ngân sách và kế toán nhà nước số (VDBAS)",
    53: "Nền tảng/Cơ sở dữ liệu chuyên ngành quản lý chứng khoán", 54: "Nền tảng quản lý hệ thống giao thông thông minh đường bộ",
    55: "Nền tảng số công tác tiếp công dân, xử lý đơn giải quyết khiếu nại, tố cáo", 56: "Nền tảng số công tác thanh tra",
    57: "Nền tảng số công tác kiểm soát tài sản, thu nhập", 58: "Nền tảng số công tác phòng, chống tham nhũng, lãng phí, tiêu cực",
    59: "Nền tảng số công tác thực hiện trách nhiệm giải trình", 60: "Nền tảng phát thanh số quốc gia",
    61: "Nền tảng truyền hình số trực tuyến quốc gia VTVGo", 62: "Nền tảng dữ liệu đo lường hành vi khán giả xem truyền hình - VTV Big Data và VTV Rating"})
VALID = {f"A-{n:02d}" for n in A_NAMES} | {f"B-{n:02d}" for n in B_NAMES}

# ---- 3090/QĐ-BKHCN Phần II mục 3: national shared components that are NOT rows of 1132 ----
EMAIL = "Hệ thống thư điện tử (email) công vụ thống nhất"
TSLCD = "Mạng Truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước"
CKS = "Hệ thống chứng thực chữ ký số chuyên dùng công vụ"
HOP = "Nền tảng họp trực tuyến quốc gia"
BDHV = "Nền tảng Bình dân học vụ số"
BANDO = "Bản đồ số quốc gia và hệ thống mã bưu chính"
EMAILTB = "Hệ thống thư điện tử phục vụ tiếp nhận thông báo do cơ quan nhà nước gửi đến"
WANDANG = "Mạng thông tin diện rộng của Đảng"
NATIONAL = {EMAIL, TSLCD, CKS, HOP, BDHV, BANDO, EMAILTB, WANDANG}

def A(n): return f"1132/QĐ-TTg Phụ lục II mục A STT {n} ({A_NAMES[n]}, chủ quản {A_OWN.get(n,'Bộ Công an')})"
A_OWN = {4: "Văn phòng Chính phủ", 6: "Bộ Khoa học và Công nghệ", 15: "Bộ Tài chính", 16: "Bộ Tư pháp", 17: "Văn phòng Chính phủ"}
def B(n):
    if n <= 17:
        return f"1132/QĐ-TTg Phụ lục II mục B STT {n} (HTTT giải quyết TTHC của {B_TTHC_OWNER[n]})"
    return f"1132/QĐ-TTg Phụ lục II mục B STT {n} ({B_NAMES[n]})"
D2 = "1132/QĐ-TTg Điều 2 khoản 2"
EXC = "1132/QĐ-TTg Điều 2 khoản 2 (trừ trường hợp có yêu cầu đặc thù về quốc phòng, an ninh, cơ yếu)"
N3 = "3090/QĐ-BKHCN Phần II mục 3"
def P(k): return f"3090/QĐ-BKHCN Phụ lục I mục {k}"
G = "4577/BKHCN-CĐSQG mục 1 (mỗi bộ có một HTTT giải quyết TTHC kéo dài tới các địa phương)"
G3 = "4577/BKHCN-CĐSQG mục 3 (cấp xã không tự xây dựng phần mềm riêng lẻ khi đã có giải pháp dùng chung của tỉnh hoặc Trung ương)"
OWN = "chủ quản tự vận hành nền tảng của mình, không phải trùng lặp"
USE = "chỉ kết nối/sử dụng nền tảng quốc gia, không lặp lại chức năng"

# (kind, agency, status, name, description, expected, expected_national, why)
R = []
def add(kind, agency, status, name, desc, exp, nat, why):
    R.append((kind, agency, status, name, desc, exp, nat, why))

# ======================= PROVINCE =======================
p = "province"
o = "other"
add(p, "UBND tỉnh Lai Châu", "existing", "Hệ thống thông tin giải quyết TTHC tỉnh Lai Châu (iGate)", "Duy trì vận hành; đồng bộ hồ sơ lên Cổng DVC quốc gia.", [], [],
    P(6) + " Lớp 3: HTTT giải quyết TTHC cấp tỉnh (hiện có) tiếp tục duy trì; việc đồng bộ lên " + A(1) + " là sử dụng.")
add(p, "Sở Xây dựng tỉnh Điện Biên", "planned", "Đầu tư xây dựng phần mềm cấp giấy phép xây dựng trực tuyến", "Tiếp nhận hồ sơ, thẩm định, trả giấy phép xây dựng cho hộ gia đình và doanh nghiệp trên địa bàn tỉnh.", ["B-10"], [],
    B(10) + "; " + G + ": thủ tục cấp phép xây dựng thuộc lĩnh vực Bộ Xây dựng.")
add(p, "Sở Tư pháp tỉnh Cao Bằng", "expanding", "Nâng cấp, mở rộng phần mềm cấp Phiếu lý lịch tư pháp", "", ["B-06"], [],
    B(6) + "; " + G + ": lý lịch tư pháp là TTHC lĩnh vực Bộ Tư pháp.")
add(p, "Sở Tư pháp tỉnh Lạng Sơn", "existing", "Kết nối phần mềm hộ tịch dùng chung của Bộ Tư pháp", "Cán bộ tư pháp xã đăng nhập hệ thống của Bộ; tỉnh chỉ khai thác báo cáo.", [], [],
    "Sử dụng hệ thống do bộ chủ quản triển khai tới địa phương (" + G + "); " + USE + ".")
add(p, "Văn phòng UBND tỉnh Sơn La", "existing", "eOffice VNPT", "QLVB & điều hành, HSCV, ký số, liên thông qua Trục TW.", [], [],
    P(6) + " Lớp 3 (ứng dụng hỗ trợ hoạt động của cơ quan nhà nước: quản lý công việc...); liên thông qua " + A(4) + " là sử dụng.")
add(p, "Sở Khoa học và Công nghệ tỉnh Tuyên Quang", "existing", "Trục LGSP tỉnh Tuyên Quang", "Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh, kết nối NDXP.", [], [],
    P(6) + " Lớp 2 (Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh); kết nối " + A(6) + " là sử dụng.")
add(p, "Sở Khoa học và Công nghệ tỉnh Lào Cai", "planned", "Xây dựng hệ thống trung gian trao đổi dữ liệu giữa các bộ, ngành và các tỉnh khu vực Tây Bắc", "Điểm nút trung chuyển dữ liệu liên bộ, liên tỉnh, kết nối LGSP của các tỉnh lân cận.", ["A-06"], [],
    A(6) + ": NDXP là điểm nút trung chuyển dữ liệu giữa các bộ, ngành, địa phương, kết nối tới các LGSP; vượt phạm vi LGSP cấp tỉnh của " + P(6) + ".")
add(p, "UBND tỉnh Thái Nguyên", "existing", "Kho dữ liệu dùng chung tỉnh Thái Nguyên", "", [], [],
    P(6) + " Lớp 2 (Kho dữ liệu dùng chung cấp tỉnh).")
add(p, "UBND tỉnh Phú Thọ", "planned", "Trung tâm giám sát, điều hành thông minh (IOC) giai đoạn 2", "Mở rộng dashboard chỉ số KT-XH, camera giao thông, phản ánh hiện trường.", [], [],
    P(6) + " Lớp 3 (Trung tâm giám sát, điều hành thông minh cấp tỉnh) và Lớp 4 (Dashboard).")
add(p, "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị", "planned", "Số hóa, xây dựng CSDL di sản văn hóa vật thể, phi vật thể tỉnh", "Kiểm kê, phân loại, lưu hồ sơ di tích, hiện vật; quản lý xếp hạng di tích.", ["B-44"], [],
    B(44) + ": nền tảng tập trung, dùng chung toàn quốc quản lý, bảo vệ di sản văn hóa.")
add(p, "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình", "existing", "Ứng dụng thuyết minh tự động, tham quan ảo 360 Tràng An", "Du khách quét mã QR nghe thuyết minh đa ngôn ngữ, xem VR.", [], [],
    P(6) + " Lớp 3 b) (Giải pháp chuyển đổi số du lịch: thuyết minh tự động, VR/AR); không phải quản lý CSDL di sản (" + B(44) + ").")
add(p, "Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng", "planned", "Phần mềm quản lý cơ sở lưu trú, hướng dẫn viên và doanh nghiệp lữ hành", "Thuê dịch vụ CNTT phục vụ cấp phép, thống kê khách lưu trú, giám sát hoạt động kinh doanh du lịch.", ["B-45"], [],
    B(45) + ": hạ tầng dữ liệu lõi, quản trị và kinh doanh du lịch dùng chung toàn quốc.")
add(p, "Ban Dân tộc - Tôn giáo tỉnh Gia Lai", "planned", "CSDL đồng bào dân tộc thiểu số tỉnh", "Quản lý dân số, hộ nghèo DTTS, kết quả thực hiện chính sách dân tộc theo thôn, làng.", ["B-46"], [],
    B(46) + ": môi trường nghiệp vụ số dùng chung quản lý nhà nước về công tác dân tộc, theo dõi chính sách dân tộc.")
add(p, "Sở Dân tộc và Tôn giáo tỉnh Đắk Lắk", "existing", "phan mem quan ly co so ton giao", "", ["B-47"], [],
    B(47) + ": quản lý dữ liệu về tổ chức tôn giáo, cơ sở tín ngưỡng.")
add(p, "Sở Nông nghiệp và Môi trường tỉnh Cà Mau", "expanding", "Nâng cấp hệ thống giám sát dịch bệnh thủy sản - gia súc, gia cầm", "Báo cáo ổ dịch, tiêm phòng, kiểm dịch vận chuyển động vật, cấp chứng chỉ hành nghề thú y.", ["B-37"], [],
    B(37) + ": quản lý thống nhất từ TW đến địa phương lĩnh vực chăn nuôi, thú y (dịch bệnh, kiểm dịch, hành nghề thú y).")
add(p, "Sở Nông nghiệp và Môi trường tỉnh An Giang", "existing", "Mạng lưới trạm đo mặn tự động sông Hậu", "Cảm biến IoT đo độ mặn, truyền số liệu 15 phút/lần về trung tâm.", [], [],
    P(6) + " Lớp 3 b) (Hệ thống quan trắc và giám sát môi trường); đây là thiết bị quan trắc, không phải nền tảng AI của " + B(40) + ".")
add(p, "Sở Nông nghiệp và Môi trường tỉnh Lào Cai", "planned", "Đầu tư hệ thống AI dự báo sạt lở đất, lũ quét cấp xã", "Huấn luyện mô hình học máy trên dữ liệu mưa, địa hình để phát cảnh báo thiên tai sớm.", ["B-39"], [],
    B(39) + ": phần mềm ứng dụng AI dùng chung hỗ trợ dự báo, cảnh báo thiên tai.")
add(p, "Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long", "planned", "Mô hình AI đánh giá kịch bản xâm nhập mặn và nước biển dâng", "Bộ công cụ AI phục vụ xây dựng kế hoạch thích ứng biến đổi khí hậu của tỉnh.", ["B-40"], [],
    B(40) + ": phần mềm AI dùng chung hỗ trợ nghiệp vụ ứng phó biến đổi khí hậu.")
add(p, "Sở Công Thương tỉnh Tây Ninh", "planned", "Phần mềm cấp giấy phép bán lẻ rượu, thuốc lá trực tuyến", "", ["B-08"], [],
    B(8) + "; " + G + ": giấy phép kinh doanh rượu, thuốc lá là TTHC lĩnh vực Bộ Công Thương.")
add(p, "Sở Công Thương tỉnh Đồng Tháp", "existing", "Sàn TMĐT Đồng Tháp (dongthap.gianhangvn)", "Gian hàng OCOP, nông sản cho hộ kinh doanh.", [], [],
    P(6) + "/" + P(7) + " Lớp 3 b) (giải pháp thương mại điện tử, OCOP cho doanh nghiệp, hộ kinh doanh); không có dòng 1132 tương ứng.")
add(p, "Sở Y tế tỉnh Hà Tĩnh", "planned", "Hệ thống quản lý an toàn thực phẩm tỉnh", "Cấp giấy chứng nhận cơ sở đủ điều kiện ATTP, tiếp nhận bản tự công bố sản phẩm.", ["B-34"], [],
    B(34) + ": môi trường số duy nhất phục vụ 100% TTHC an toàn thực phẩm (tự công bố, chứng nhận cơ sở đủ điều kiện).")
add(p, "Sở Y tế tỉnh Nghệ An", "planned", "App Sức khỏe Nghệ An - hồ sơ sức khỏe cá nhân của người dân", "Lưu tiền sử bệnh, kết quả khám, lịch tiêm chủng của từng người dân trong tỉnh.", ["B-33"], [],
    B(33) + ": lưu trữ, quản lý thông tin sức khỏe cá nhân tập trung toàn quốc, tích hợp tiêm chủng.")
add(p, "Sở Giáo dục và Đào tạo tỉnh Thanh Hóa", "expanding", "Mở rộng phần mềm quản lý trường học (hồ sơ học sinh, sổ điểm, thống kê EMIS) cho toàn bộ THCS, THPT", "", ["B-35"], [],
    B(35) + ": quản trị các cơ sở giáo dục mầm non, phổ thông trên cả nước, dùng chung cho Bộ, sở, xã.")
add(p, "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi", "planned", "Nền tảng dạy học trực tuyến & ngân hàng đề kiểm tra cho học sinh phổ thông (LMS)", "Giáo viên giao bài, thi trắc nghiệm, chấm điểm tự động.", ["B-36"], [],
    B(36) + ": dạy, học, kiểm tra, đánh giá trong các cơ sở giáo dục phổ thông.")
add(p, "Sở Nội vụ tỉnh Lạng Sơn", "existing", "Phần mềm quản lý hồ sơ cán bộ, công chức, viên chức tỉnh", "Quản lý lý lịch, quá trình công tác, nâng lương của CBCCVC toàn tỉnh.", ["B-29"], [],
    B(29) + ": quản lý thống nhất đội ngũ CBCCVC từ TW đến địa phương; 3090 Phần II mục 3 điểm c cũng nêu là nền tảng dùng chung.")
add(p, "Sở Nội vụ tỉnh Hưng Yên", "planned", "Sàn giao dịch việc làm trực tuyến Hưng Yên", "Kết nối cung - cầu lao động, đăng tin tuyển dụng, hồ sơ người tìm việc.", ["B-31"], [],
    B(31) + ": quản lý tập trung thống nhất toàn quốc về kết nối cung - cầu lao động.")
add(p, "Sở Nội vụ tỉnh Khánh Hòa", "planned", "Hệ thống quản lý tài liệu lưu trữ lịch sử (Trung tâm Lưu trữ lịch sử tỉnh)", "Số hóa, bảo quản, tra cứu tài liệu lưu trữ nộp vào lưu trữ lịch sử của tỉnh.", ["B-32"], [],
    B(32) + ": quản lý tập trung CSDL tài liệu lưu trữ Phông lưu trữ nhà nước, từ khi ban hành đến khi đưa vào lưu trữ.")
add(p, "Sở Nội vụ tỉnh Bắc Ninh", "planned", "Cấp giấy phép lao động cho người nước ngoài - phần mềm riêng của tỉnh", "", ["B-05"], [],
    B(5) + "; " + G + ": lĩnh vực lao động thuộc Bộ Nội vụ.")
add(p, "Sở Tài chính tỉnh Quảng Ninh", "planned", "Cổng công khai ngân sách tỉnh Quảng Ninh", "Đăng tải dự toán, quyết toán ngân sách của tỉnh và các đơn vị dự toán theo Luật NSNN.", ["B-26"], [],
    B(26) + ": nền tảng tập trung, thống nhất để công khai ngân sách của các cơ quan, đơn vị trên toàn quốc.")
add(p, "Sở Tài chính tỉnh Ninh Bình", "existing", "Phần mềm đấu giá trực tuyến tài sản công, tài sản tịch thu", "", ["B-22"], [],
    B(22) + ": đăng tải, niêm yết và quản lý các cuộc đấu giá tài sản công, tài sản vi phạm hành chính.")
add(p, "Sở Tài chính tỉnh Cần Thơ", "existing", "Phần mềm quản lý tài sản công (MISA QLTS)", "", [], [],
    "Không có dòng 1132 cho quản lý tài sản nội bộ; " + P(5) + " Lớp 3 xếp quản lý tài sản vào ứng dụng quản lý nguồn lực của cơ quan.")
add(p, "Văn phòng UBND tỉnh Điện Biên", "planned", "Phần mềm thu thập, tổng hợp báo cáo chỉ tiêu thống kê cấp tỉnh, cấp xã", "", ["A-15"], [],
    A(15) + ": thu thập, xử lý dữ liệu báo cáo thống kê các chỉ tiêu quốc gia, cấp tỉnh, cấp xã.")
add(p, "Thanh tra tỉnh Cao Bằng", "planned", "Phần mềm quản lý cuộc thanh tra và theo dõi kết luận thanh tra", "Lập kế hoạch thanh tra, nhật ký đoàn, theo dõi thực hiện kết luận.", ["B-56"], [],
    B(56) + ": toàn bộ quy trình nghiệp vụ thanh tra, sử dụng xuyên suốt từ TW đến địa phương.")
add(p, "Ban Tiếp công dân tỉnh Thái Nguyên", "expanding", "Nâng cấp, mở rộng phần mềm tiếp nhận, xử lý đơn thư kiến nghị, phản ánh", "Ghi sổ tiếp dân, phân loại đơn, chuyển xử lý và theo dõi kết quả giải quyết khiếu nại.", ["B-55"], [],
    B(55) + ": tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh.")
add(p, "Thanh tra tỉnh Tuyên Quang", "existing", "Phần mềm kê khai, theo dõi bản kê khai tài sản, thu nhập", "", ["B-57"], [],
    B(57) + ": quản lý, tổng hợp, xác minh dữ liệu kiểm soát tài sản, thu nhập.")
add(p, "Văn phòng UBND tỉnh Đắk Lắk", "planned", "Chatbot hỏi đáp TTHC \"Trợ lý Dak Lak\"", "Tự huấn luyện mô hình ngôn ngữ và xây dựng bộ máy hỏi đáp riêng của tỉnh, không dùng nền tảng chung.", ["A-10"], [],
    A(10) + ": một nền tảng duy nhất để địa phương xây trợ lý ảo, không đầu tư nền tảng thuật toán riêng lẻ.")
add(p, "Văn phòng UBND tỉnh Quảng Trị", "planned", "Trợ lý ảo tư vấn thủ tục - tùy biến trên Trợ lý ảo quốc gia", "Bổ sung tri thức TTHC đặc thù của tỉnh vào nền tảng do Bộ Công an cung cấp.", [], [],
    A(10) + " cho phép địa phương tùy biến trợ lý ảo của mình trên nền tảng chung; " + USE + ".")
add(p, "Sở Khoa học và Công nghệ tỉnh Phú Thọ", "planned", "Nền tảng AI tỉnh Phú Thọ (GPU, model hub, API dịch vụ AI)", "", [], [],
    P(6) + " Lớp 3 (Nền tảng AI cấp tỉnh: hạ tầng và dịch vụ AI dùng chung trong phạm vi tỉnh).")
add(p, "Sở Khoa học và Công nghệ tỉnh Khánh Hòa", "planned", "Thuê dịch vụ đám mây riêng lưu trữ CSDL quốc gia về dân cư, đất đai bản sao cho tỉnh", "Sao chép, lưu trữ tập trung dữ liệu các CSDL quốc gia trên hạ tầng ảo hóa riêng.", ["A-08"], [],
    A(8) + " và 3090 Phần II mục 4 b) (CSDL quốc gia phải lưu trên hạ tầng Trung tâm dữ liệu quốc gia).")
add(p, "Sở Khoa học và Công nghệ tỉnh Gia Lai", "existing", "Trung tâm dữ liệu tỉnh Gia Lai (DC)", "Duy trì vận hành trung tâm dữ liệu hiện có.", [], [],
    P(6) + " Lớp 1 (Trung tâm dữ liệu cấp tỉnh: sử dụng trung tâm dữ liệu hiện có).")
add(p, "Sở Khoa học và Công nghệ tỉnh Nghệ An", "planned", "SOC tỉnh Nghệ An – giám sát ATTT tập trung", "Giám sát an toàn thông tin cho các HTTT của tỉnh, kết nối chia sẻ với hệ thống giám sát quốc gia.", [], [],
    "3090 Phần II mục 3 a) (hạ tầng bảo đảm an ninh, an toàn đầu cuối do chủ quản hệ thống triển khai); SOC cấp tỉnh cho hệ thống của mình, có kết nối với " + A(13) + ".")
add(p, "Sở Khoa học và Công nghệ tỉnh Hưng Yên", "planned", "Đầu tư hệ thống chống DDoS, WAF dùng chung cho mọi cơ quan, doanh nghiệp trên địa bàn", "Lọc lưu lượng, chặn bot, bảo vệ API cho mọi website doanh nghiệp và cơ quan trong tỉnh.", ["A-14"], [],
    A(14) + ": tường lửa ứng dụng web quốc gia, chống DDoS tập trung, lọc lưu lượng, chặn bot, dùng chung cho cơ quan, doanh nghiệp.")
add(p, "Sở Khoa học và Công nghệ tỉnh Lâm Đồng", "planned", "Cổng dữ liệu mở tỉnh Lâm Đồng (open data portal)", "Công bố danh mục dữ liệu, cung cấp dữ liệu mở cho người dân, doanh nghiệp tải về.", ["A-07"], [],
    A(7) + ": nền tảng tập trung thống nhất cung cấp thông tin dữ liệu và dữ liệu mở của bộ, ngành, địa phương.")
add(p, "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", "planned", "Xây dựng bộ từ điển dữ liệu dùng chung riêng của tỉnh", "Tự định nghĩa tên trường, định dạng, đơn vị tính cho các trường dữ liệu phổ biến dùng giữa các cơ quan.", ["A-12"], [],
    A(12) + ": định nghĩa thống nhất tên gọi, định dạng, đơn vị tính của các trường dữ liệu dùng chung toàn quốc.")
add(p, "UBND tỉnh Cà Mau", "planned", "Nền tảng blockchain tỉnh cho truy xuất tôm và hợp đồng thông minh", "Đầu tư mạng chuỗi khối đa dụng riêng để các sở phát triển ứng dụng.", ["A-09"], [],
    A(9) + ": nền tảng chuỗi khối đa dụng để bộ, ngành, địa phương phát triển ứng dụng.")
add(p, "Sở Khoa học và Công nghệ tỉnh Sơn La", "planned", "Hệ thống SSO tỉnh kết nối VNeID", "Đăng nhập một lần cho cán bộ và người dân vào các ứng dụng của tỉnh; xác thực công dân bằng tài khoản VNeID.", [], [],
    "Xác thực qua " + A(3) + "/" + A(2) + " là sử dụng; SSO nội bộ là thành phần đầu cuối của tỉnh.")
add(p, "Sở Khoa học và Công nghệ tỉnh Tây Ninh", "planned", "Hệ thống cấp tài khoản định danh điện tử cho công dân tỉnh (eKYC, xác thực sinh trắc)", "Người dân đăng ký tài khoản riêng của tỉnh bằng CCCD, xác thực khuôn mặt để dùng dịch vụ.", ["A-03"], [],
    A(3) + ": dịch vụ định danh, xác thực điện tử dùng chung; 3090 Phần II mục 3 b) (danh tính số duy nhất).")
add(p, "Sở Khoa học và Công nghệ tỉnh Quảng Ninh", "existing", "mail.quangninh.gov.vn", "", [], [EMAIL],
    N3 + " điểm c): Hệ thống thư điện tử công vụ thống nhất dùng chung từ TW đến cấp xã; không có dòng 1132.")
add(p, "Sở Khoa học và Công nghệ tỉnh Vĩnh Long", "planned", "Xây dựng cổng MOOC phổ cập kỹ năng số cho toàn dân trong tỉnh", "Khóa học trực tuyến mở đại trà về chuyển đổi số, kỹ năng số cho mọi người dân.", [], [BDHV],
    N3 + " điểm c): Nền tảng Bình dân học vụ số (học trực tuyến mở đại trà quốc gia về kỹ năng số).")
add(p, "Sở Khoa học và Công nghệ tỉnh Ninh Bình", "planned", "Thuê kênh truyền riêng (MPLS) kết nối các sở với 129 xã thay mạng TSLCD", "Mạng diện rộng riêng, tách Internet, dùng cho trao đổi số liệu giữa các cơ quan Đảng, chính quyền.", [], [TSLCD],
    N3 + " điểm a): Mạng TSLCD của các cơ quan Đảng, Nhà nước; mạng riêng thay thế lặp lại chức năng.")
add(p, "Sở Khoa học và Công nghệ tỉnh Lai Châu", "existing", "Kết nối mạng TSLCD cấp II tới UBND các xã", "", [], [],
    N3 + " điểm a) và " + P(7) + " Lớp 1 (mạng truyền số liệu chuyên dùng là hạ tầng cấp xã); đây là sử dụng mạng TSLCD.")
add(p, "Sở Khoa học và Công nghệ tỉnh Thanh Hóa", "planned", "Hệ thống thông tin nguồn tỉnh Thanh Hóa", "Cung cấp tin bài cho đài truyền thanh thông minh cấp xã, đánh giá thông tin cơ sở.", [], [],
    P(6) + " Lớp 3 (Hệ thống thông tin nguồn cấp tỉnh).")
add(p, "Sở Xây dựng tỉnh Khánh Hòa", "existing", "Hệ thống điều khiển đèn tín hiệu giao thông thông minh Nha Trang", "", [], [],
    P(6) + " Lớp 3 b) (Hệ thống điều khiển đèn giao thông thông minh).")
add(p, "Sở Xây dựng tỉnh Lâm Đồng", "planned", "Bãi đỗ xe thông minh + chiếu sáng thông minh trung tâm Đà Lạt", "App xem chỗ trống, đặt chỗ, thanh toán; đèn LED cảm biến.", [], [],
    P(6) + " Lớp 3 b) (Bãi đỗ xe thông minh; Hệ thống chiếu sáng thông minh).")
add(p, "Sở Công Thương tỉnh Quảng Trị", "planned", "Hệ thống logistics tỉnh Quảng Trị (cảng Mỹ Thủy, cửa khẩu Lao Bảo)", "", [], [],
    P(6) + " Lớp 3 b) (Hệ thống logistic của tỉnh).")
add(p, "Sở Công Thương tỉnh Hà Tĩnh", "planned", "Phần mềm quản lý kiểm tra, xử phạt vi phạm trong hoạt động thương mại, thị trường", "Theo dõi vụ việc, hàng giả, quyết định xử phạt của lực lượng quản lý thị trường.", ["B-42"], [],
    B(42) + ": tích hợp dữ liệu xử phạt vi phạm hành chính của lực lượng quản lý thị trường.")
add(p, "Sở Khoa học và Công nghệ tỉnh Cần Thơ", "planned", "Phan mem quan ly de tai, nhiem vu KH&CN cap tinh", "Xet duyet, nghiem thu de tai; quan ly kinh phi nhiem vu KHCN.", ["B-48"], [],
    B(48) + ": nền tảng quản lý KH, CN và ĐMST theo mô hình quản trị tập trung, liên thông.")
add(p, "UBND tỉnh Điện Biên", "expanding", "Mở rộng Cổng TTĐT tỉnh: chuyên mục tra cứu văn bản QPPL của HĐND, UBND tỉnh", "Đăng tải văn bản do tỉnh ban hành trên cổng thông tin điện tử.", [], [],
    "Cổng TTĐT đăng văn bản của chính cơ quan là kênh thông tin của cơ quan; không phải nền tảng tập trung tra cứu toàn bộ pháp luật (" + A(16) + ") hay công bố chính thống (" + A(17) + ").")
add(p, "Văn phòng UBND tỉnh Gia Lai", "planned", "Cổng tra cứu pháp luật Gia Lai: toàn bộ VBQPPL trung ương và địa phương, hỏi đáp pháp luật, tiếp nhận góp ý chính sách", "", ["A-16"], [],
    A(16) + ": kênh thông tin pháp luật tập trung để tra cứu, tiếp nhận và phản hồi phản ánh, kiến nghị về chính sách pháp luật.")
add(p, "Sở Tư pháp tỉnh Tây Ninh", "planned", "Phần mềm kiểm tra, rà soát, hệ thống hóa VBQPPL của tỉnh", "", ["B-43"], [],
    B(43) + ": dùng chung cho mọi cơ quan từ TW đến địa phương trong xây dựng VBQPPL, kiểm tra, rà soát, hệ thống hóa.")
add(p, "Văn phòng Đoàn ĐBQH và HĐND tỉnh Sơn La", "existing", "Phần mềm phục vụ kỳ họp HĐND không giấy (e-Cabinet)", "Tài liệu kỳ họp, biểu quyết điện tử cho đại biểu HĐND tỉnh.", [], [],
    P(6) + " Lớp 3 (các ứng dụng chính quyền số đặc thù của tỉnh); không có dòng 1132 cho kỳ họp HĐND.")
add(p, "Thường trực HĐND tỉnh An Giang", "planned", "Cấp hộp thư riêng @hdnd.angiang cho 85 đại biểu HĐND trên máy chủ riêng", "", [], [EMAIL],
    N3 + " điểm c): Hệ thống thư điện tử công vụ thống nhất cho cá nhân trong hệ thống chính trị.")
add(p, "UBND tỉnh Lào Cai", "retiring", "Cổng dịch vụ công tỉnh Yên Bái (cũ)", "Dừng sau hợp nhất tỉnh, chuyển dữ liệu sang hệ thống TTHC tỉnh Lào Cai.", [], [],
    "Hệ thống đang dừng, hợp nhất vào HTTT giải quyết TTHC cấp tỉnh được phép duy trì (" + P(6) + " Lớp 3 ghi chú).")
add(p, "Sở Xây dựng tỉnh Cần Thơ", "planned", "Phần mềm kết nối dữ liệu cấp phép xây dựng với hệ thống của Bộ Xây dựng", "API đồng bộ hồ sơ cấp phép từ HTTT TTHC tỉnh sang hệ thống TTHC của Bộ Xây dựng.", [], [],
    B(10) + " là đích kết nối; adapter đồng bộ dữ liệu là sử dụng, " + USE + ".")
add(p, "Sở Y tế tỉnh Lạng Sơn", "planned", "Phần mềm cấp chứng chỉ hành nghề, giấy phép hoạt động khám bệnh, chữa bệnh", "", ["B-14"], [],
    B(14) + "; " + G + ": TTHC lĩnh vực y tế.")
add(p, "Sở Giáo dục và Đào tạo tỉnh Cao Bằng", "existing", "Wifi miễn phí tại 40 trường PTDT bán trú", "", [], [],
    "Hạ tầng kết nối đặc thù vùng sâu, vùng xa (3090 Phần II mục 3 a)); không có chức năng của nền tảng nào trong 1132.")
add(p, "Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang", "planned", "HTTT đất đai tỉnh: cấp GCN quyền sử dụng đất, đăng ký biến động trực tuyến", "Tiếp nhận và giải quyết TTHC đất đai cho hộ gia đình tại 124 xã.", ["B-09"], [],
    B(9) + "; " + G + ": TTHC đất đai thuộc lĩnh vực Bộ Nông nghiệp và Môi trường.")
add(p, "Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp", "planned", "Phần mềm AI phát hiện điểm xả thải, cảnh báo ô nhiễm từ ảnh vệ tinh", "", ["B-41"], [],
    B(41) + ": phần mềm AI dùng chung hỗ trợ nghiệp vụ bảo vệ môi trường.")
add(p, "Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng", "expanding", "Phần mềm cấp mã số vùng trồng, giám sát sinh vật gây hại cây cà phê, sầu riêng", "Quản lý vùng trồng, dự tính dự báo sâu bệnh, cấp phép thuốc BVTV.", ["B-38"], [],
    B(38) + ": quản lý nhà nước, chỉ đạo điều hành lĩnh vực trồng trọt và bảo vệ thực vật.")
add(o, "Bộ Chỉ huy quân sự tỉnh Lai Châu", "existing", "Mạng máy tính quân sự và phần mềm quản lý lực lượng dự bị động viên", "", [], [],
    EXC + "; không có nền tảng 1132 tương ứng.")
add(o, "Công an tỉnh Cà Mau", "existing", "Hệ thống camera giám sát an ninh trật tự kết nối Trung tâm chỉ huy", "", [], [],
    EXC + "; camera an ninh là hạ tầng nêu tại 3090 Phần II mục 3 a).")
add(p, "UBND tỉnh Hưng Yên", "planned", "Thuê dịch vụ Viettel vOffice + Zimbra mail cho các sở và 104 xã", "Gói gồm quản lý văn bản điều hành và hệ thống thư điện tử riêng của tỉnh.", [], [EMAIL],
    "QLVB điều hành là ứng dụng của tỉnh (" + P(6) + " Lớp 3); phần thư điện tử riêng lặp lại " + N3 + " điểm c) (thư điện tử công vụ thống nhất).")
add(p, "Sở Tài chính tỉnh Vĩnh Long", "existing", "Kết nối mạng đấu thầu quốc gia từ phần mềm quản lý dự án đầu tư công", "Đồng bộ KHLCNT, kết quả lựa chọn nhà thầu sang muasamcong.", [], [],
    B(28) + " là đích kết nối; " + USE + ".")
add(p, "UBND tỉnh Quảng Ngãi", "planned", "Build provincial data warehouse & BI dashboard for socio-economic KPIs", "", [], [],
    P(6) + " Lớp 2 (Kho dữ liệu dùng chung, nền tảng tổng hợp, phân tích dữ liệu cấp tỉnh) và Lớp 4 (Dashboard).")
add(p, "Sở Nội vụ tỉnh Gia Lai", "planned", "Phần mềm ký kết, lưu trữ hợp đồng lao động điện tử cho doanh nghiệp KCN", "Doanh nghiệp và người lao động ký HĐLĐ trên nền tảng của tỉnh, xác thực chủ thể giao kết.", ["B-30"], [],
    B(30) + ": quản lý tập trung dữ liệu HĐLĐ điện tử, định danh chủ thể giao kết.")
add(p, "Văn phòng UBND tỉnh Tuyên Quang", "existing", "Hệ thống thông tin báo cáo tỉnh (kết nối HTTT báo cáo Chính phủ)", "", [], [],
    N3 + " điểm c): Hệ thống thông tin báo cáo quốc gia gồm cả hệ thống báo cáo của bộ, cơ quan, địa phương; " + P(6) + " Lớp 3 nêu Hệ thống báo cáo.")
add(p, "Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk", "existing", "Kiosk tra cứu hồ sơ, máy lấy số thứ tự, màn hình LED đánh giá hài lòng", "", [], [],
    "Thiết bị tại điểm phục vụ (kênh tiếp cận bổ trợ, " + P(6) + " Lớp 4); không lặp chức năng nền tảng 1132.")
add(p, "Sở Khoa học và Công nghệ tỉnh Phú Thọ", "planned", "Hệ thống CA riêng cấp chứng thư ký số cho cán bộ các sở, xã", "Tự vận hành máy chủ CA, cấp chứng thư số để ký văn bản hành chính.", [], [CKS],
    N3 + " điểm a): Hệ thống chứng thực chữ ký số chuyên dùng công vụ do Ban Cơ yếu Chính phủ chủ quản.")
add(p, "Sở Khoa học và Công nghệ tỉnh Bắc Ninh", "existing", "Tích hợp ký số từ xa (Remote Signing) của Ban Cơ yếu vào eOffice", "", [], [],
    "Sử dụng " + N3 + " điểm a) (chữ ký số chuyên dùng công vụ); " + USE + ".")
add(o, "Đài Phát thanh và Truyền hình tỉnh Lào Cai", "planned", "Ứng dụng OTT LaoCai TV - phát trực tiếp kênh truyền hình tỉnh trên Internet", "Xây dựng hạ tầng livestream, app iOS/Android riêng.", ["B-61"], [],
    B(61) + ": nền tảng truyền hình số dùng chung cho VTV và tất cả các đài truyền hình địa phương phát trên Internet.")

# ======================= MINISTRY =======================
m = "ministry"
add(m, "Bộ Công an", "existing", "Ứng dụng VNeID", "Định danh điện tử mức 2, ví giấy tờ, thông báo lưu trú.", [], [],
    A(2) + " do Bộ Công an chủ quản; " + OWN + ".")
add(m, "Bộ Công an (Cục C06)", "expanding", "Nâng cấp Nền tảng chia sẻ, điều phối dữ liệu NDOP", "", [], [], A(5) + "; " + OWN + ".")
add(m, "Bộ Quốc phòng", "existing", "Hệ thống điện toán đám mây quân sự", "Hạ tầng ảo hóa lưu dữ liệu quốc phòng.", [], [],
    EXC + "; chức năng gần " + A(8) + " nhưng thuộc ngoại lệ quốc phòng.")
add(m, "Bộ Tư lệnh 86 - Bộ Quốc phòng", "existing", "Trung tâm giám sát an ninh mạng quân sự (SOC quân đội)", "", [], [],
    EXC + "; chức năng gần " + A(13) + " nhưng thuộc ngoại lệ quốc phòng.")
add(m, "Bộ Quốc phòng", "planned", "Cổng DVC BQP - giải quyết TTHC quân sự, nghĩa vụ quân sự", "", [], [], B(3) + "; " + OWN + ".")
add(m, "Ban Cơ yếu Chính phủ", "existing", "Hệ thống chứng thực chữ ký số chuyên dùng Chính phủ (ca.gov.vn)", "", [], [],
    N3 + " điểm a) nêu Ban Cơ yếu Chính phủ là chủ quản; " + OWN + ".")
add(m, "Bộ Ngoại giao", "existing", "Hệ thống cấp hộ chiếu ngoại giao, công vụ và hợp pháp hóa lãnh sự trực tuyến", "", [], [], B(4) + "; " + OWN + ".")
add(m, "Bộ Dân tộc và Tôn giáo", "planned", "Thuê dịch vụ Microsoft 365 (Exchange Online) làm email công vụ của Bộ", "Toàn bộ thư công vụ của cán bộ Bộ và các đơn vị trực thuộc.", [], [EMAIL],
    N3 + " điểm c): thư điện tử công vụ thống nhất dùng chung cho cá nhân trong hệ thống chính trị.")
add(m, "Bộ Nội vụ", "expanding", "Nâng cấp CSDL quốc gia về CBCCVC và Nền tảng quản lý CBCCVC", "", [], [], B(29) + "; " + OWN + ".")
add(m, "Bộ Nội vụ (Cục Việc làm)", "existing", "vieclam.gov.vn", "", [], [], B(31) + " do Bộ Nội vụ chủ quản; " + OWN + ".")
add(m, "Bộ Nội vụ (Cục Văn thư và Lưu trữ nhà nước)", "planned", "Nền tảng số văn thư, lưu trữ quốc gia - giai đoạn 1", "", [], [], B(32) + "; " + OWN + ".")
add(m, "Bộ Tư pháp", "existing", "Cổng Pháp luật quốc gia (phapluat.gov.vn)", "", [], [], A(16) + "; " + OWN + ".")
add(m, "Bộ Tư pháp", "planned", "Hệ thống thông tin giải quyết TTHC lĩnh vực tư pháp dùng chung toàn quốc", "Lý lịch tư pháp, hộ tịch, chứng thực, quốc tịch từ Bộ tới xã.", [], [], B(6) + "; " + OWN + ".")
add(m, "Bộ Tài chính (Cục Thuế)", "existing", "eTax / ứng dụng eTax Mobile", "", [], [], B(27) + "; Cục Thuế thuộc Bộ Tài chính - " + OWN + ".")
add(m, "Bộ Tài chính (Cục Hải quan)", "expanding", "Nâng cấp VNACCS/VCIS, xây dựng Hải quan số", "", [], [], B(25) + "; " + OWN + ".")
add(m, "Bộ Tài chính (Kho bạc Nhà nước)", "existing", "TABMIS - chuyển đổi sang VDBAS", "", [], [], B(52) + "; " + OWN + ".")
add(m, "Bộ Tài chính (Cục Thống kê)", "planned", "Nền tảng quản lý dữ liệu thống kê - xây dựng mới", "", [], [], A(15) + "; " + OWN + ".")
add(m, "Ủy ban Chứng khoán Nhà nước", "existing", "Data warehouse giám sát giao dịch chứng khoán", "", [], [], B(53) + " (kho dữ liệu chuyên ngành của UBCKNN, chủ quản Bộ Tài chính); " + OWN + ".")
add(m, "Ngân hàng Nhà nước Việt Nam", "existing", "Hệ thống TTĐT liên ngân hàng (CITAD)", "", [], [], B(50) + "; " + OWN + ".")
add(m, "Ngân hàng Nhà nước Việt Nam (CIC)", "expanding", "Nâng cấp hệ thống thông tin tín dụng quốc gia", "", [], [], B(51) + "; " + OWN + ".")
add(m, "Ngân hàng Nhà nước Việt Nam", "planned", "Cổng cấp phép hoạt động ngoại hối, kinh doanh vàng trực tuyến", "", [], [], B(16) + "; " + OWN + ".")
add(m, "Thanh tra Chính phủ", "planned", "Nền tảng số công tác tiếp công dân, xử lý đơn", "", [], [], B(55) + "; " + OWN + ".")
add(m, "Thanh tra Chính phủ", "planned", "Nền tảng số kiểm soát tài sản, thu nhập - CSDL quốc gia", "", [], [], B(57) + "; " + OWN + ".")
add(m, "Văn phòng Chính phủ", "existing", "Trục liên thông văn bản quốc gia (VDXP)", "", [], [], A(4) + "; " + OWN + ".")
add(m, "Văn phòng Chính phủ", "planned", "Hệ thống Công báo điện tử - nâng cấp", "", [], [], A(17) + "; " + OWN + ".")
add(m, "Bộ Khoa học và Công nghệ", "existing", "NDXP - Nền tảng tích hợp, chia sẻ dữ liệu quốc gia", "", [], [], A(6) + "; " + OWN + ".")
add(m, "Bộ Khoa học và Công nghệ (Cục Thông tin, Thống kê)", "planned", "Hệ thống thông tin quốc gia về KH, CN và ĐMST - nâng cấp", "", [], [], B(49) + "; " + OWN + ".")
add(m, "Bộ Y tế", "existing", "Hồ sơ sức khỏe điện tử trên VNeID (Sổ sức khỏe điện tử)", "", [], [], B(33) + "; " + OWN + ".")
add(m, "Bộ Giáo dục và Đào tạo", "planned", "CSDL ngành giáo dục -> Nền tảng số quản trị giáo dục quốc gia", "", [], [], B(35) + "; " + OWN + ".")
add(m, "Bộ Dân tộc và Tôn giáo", "planned", "Nền tảng/CSDL dân tộc", "", [], [], B(46) + "; " + OWN + ".")
add(m, "Bộ Xây dựng (Cục Đường bộ VN)", "planned", "Nền tảng quản lý ITS đường bộ, thu phí không dừng", "", [], [], B(54) + "; " + OWN + ".")
add(m, "Bộ Công Thương", "existing", "Hệ thống quản lý xuất xứ hàng hóa (eCoSys) kết nối Cổng một cửa quốc gia", "Cấp C/O điện tử, gửi dữ liệu qua NSW.", [], [],
    B(18) + " là đích kết nối (chủ quản Bộ Tài chính); " + USE + "; TTHC cấp C/O là của Bộ Công Thương (" + B(8) + ").")
add(m, "Bộ Công Thương", "planned", "Xây dựng cổng một cửa riêng của Bộ tiếp nhận khai báo xuất nhập khẩu, kết nối trực tiếp với cơ quan hải quan", "Doanh nghiệp khai một lần thủ tục XNK và thủ tục hàng hải qua cổng của Bộ.", ["B-18"], [],
    B(18) + ": kết nối cơ quan nhà nước với doanh nghiệp trong thủ tục hải quan và thủ tục liên quan XNK.")
add(m, "Bộ Văn hóa, Thể thao và Du lịch", "existing", "Phần mềm QLVB và điều hành (VNPT iOffice)", "", [], [],
    P(5) + " Lớp 3 (Quản lý văn bản và điều hành là ứng dụng cấp bộ).")
add(m, "Bộ Xây dựng", "planned", "Bàn làm việc số (Digital Workplace) của Bộ", "Tích hợp QLVB, lịch công tác, quản lý công việc, trợ lý GenAI cho cán bộ.", [], [],
    P(5) + " Lớp 4 (Bàn làm việc số).")
add(m, "Bộ Y tế", "planned", "LGSP Bộ Y tế + kho dữ liệu dùng chung ngành y tế", "", [], [],
    P(5) + " Lớp 2 (LGSP cấp bộ; Kho dữ liệu dùng chung cấp bộ).")
add(m, "Bộ Giáo dục và Đào tạo", "planned", "Ứng dụng khảo sát ý kiến sinh viên về chất lượng giảng dạy", "", [], [],
    "Khảo sát nội bộ ngành; " + B(36) + " chỉ phạm vi mầm non, phổ thông, GDTX; không có dòng 1132 tương ứng.")
add(m, "Bộ Tài chính", "planned", "Nền tảng AI cấp bộ (GPU, dịch vụ AI qua API) phục vụ phân tích dữ liệu ngành tài chính", "", [], [],
    P(5) + " Lớp 3 (Nền tảng AI cấp bộ).")
add(m, "Bộ Nông nghiệp và Môi trường", "existing", "Hệ thống dự báo KTTV (Tổng cục KTTV cũ) - mô hình số trị", "", [], [],
    "Bộ NN&MT là chủ quản " + B(39) + "; hệ thống nghiệp vụ dự báo của chính Bộ - " + OWN + ".")
add(m, "Bộ Văn hóa, Thể thao và Du lịch", "planned", "Phần mềm cấp phép phổ biến phim, biểu diễn nghệ thuật (thủ tục của Bộ)", "", [], [], B(11) + "; " + OWN + ".")
add(m, "Bộ Y tế", "planned", "Hệ thống tiếp nhận hồ sơ công bố mỹ phẩm, trang thiết bị y tế", "", [], [], B(14) + "; " + OWN + ".")
add(m, "Bộ Nội vụ", "planned", "Phần mềm thi đua khen thưởng của Bộ", "", [], [], P(5) + " Lớp 3 (Quản lý thi đua khen thưởng).")
add(m, "Bộ Khoa học và Công nghệ", "planned", "National Open Data portal mirror for the Ministry's datasets (data.most.gov.vn)", "Publish the ministry's own datasets and an open data catalogue to the public, separate from the national data portal.", ["A-07"], [],
    A(7) + ": cổng tập trung thống nhất cung cấp dữ liệu mở của các bộ, ngành.")
# ======================= COMMUNE =======================
c = "commune"
add(c, "UBND xã Mường Nhé (Điện Biên)", "existing", "Đài truyền thanh thông minh xã", "Cụm loa IP nhận tin từ hệ thống thông tin nguồn tỉnh.", [], [],
    P(7) + " Lớp 1 (hệ thống truyền thanh thông minh là hạ tầng ICT cấp xã).")
add(c, "UBND xã Sìn Hồ (Lai Châu)", "planned", "wifi cong cong trung tam xa", "", [], [], P(7) + " Lớp 1 (hệ thống wifi công cộng).")
add(c, "UBND xã Mèo Vạc (Tuyên Quang)", "existing", "Phòng họp trực tuyến xã (camera, màn hình, điểm cầu)", "Điểm cầu kết nối hội nghị của tỉnh.", [], [],
    P(7) + " Lớp 1 (hệ thống hội nghị truyền hình trực tuyến là hạ tầng cấp xã).")
add(c, "UBND xã Bát Xát (Lào Cai)", "existing", "Camera an ninh các tuyến đường trung tâm xã", "", [], [], P(7) + " Lớp 1 (hệ thống camera an ninh).")
add(c, "UBND phường Vị Thanh (Cần Thơ)", "existing", "Bảng điện tử công cộng tại bộ phận một cửa", "Hiển thị danh mục thủ tục, lịch tiếp dân cho người dân.", [], [],
    P(7) + " Lớp 1 (hệ thống bảng điện tử công cộng); chỉ nêu vị trí và người được phục vụ.")
add(c, "UBND phường Bạc Liêu (Cà Mau)", "existing", "Tài khoản một cửa trên HTTT giải quyết TTHC tỉnh Cà Mau", "", [], [],
    P(7) + " Lớp 3 (sử dụng nền tảng số dùng chung của tỉnh).")
add(c, "UBND xã Vĩnh Thạnh (Cần Thơ)", "planned", "Phần mềm đăng ký khai sinh, kết hôn, khai tử của xã", "Xã tự thuê phần mềm đăng ký hộ tịch, in sổ hộ tịch.", ["B-06"], [],
    B(6) + "; " + G + ": hộ tịch là TTHC lĩnh vực Bộ Tư pháp, hệ thống của Bộ kéo dài tới xã.")
add(c, "UBND đặc khu Phú Quốc (An Giang)", "planned", "Phần mềm chứng thực bản sao điện tử từ bản chính", "", ["B-06"], [],
    B(6) + "; " + G + ": chứng thực là TTHC lĩnh vực Bộ Tư pháp.")
add(c, "UBND xã Ea Súp (Đắk Lắk)", "planned", "Kho lưu trữ hồ sơ điện tử của xã (lưu trữ cơ quan)", "Số hóa hồ sơ, tài liệu hết hiệu lực xử lý để đưa vào lưu trữ lâu dài.", ["B-32"], [],
    B(32) + ": kiểm soát văn bản từ khi ban hành đến khi đưa vào lưu trữ; " + G3 + ".")
add(c, "UBND xã Krông Nô (Lâm Đồng)", "existing", "Zalo OA UBND xã", "Kênh thông báo, hỏi đáp cho người dân.", [], [],
    "Kênh tương tác bổ trợ (" + P(7) + " Lớp 4); không lặp chức năng của nền tảng 1132.")
add(c, "UBND xã Đăk Glei (Quảng Ngãi)", "planned", "Số hóa danh sách hộ đồng bào DTTS, hộ nghèo, cận nghèo theo thôn", "Xây CSDL riêng của xã theo dõi thụ hưởng chính sách dân tộc.", ["B-46"], [],
    B(46) + ": cập nhật, khai thác dữ liệu về dân tộc và kết quả thực hiện chính sách dân tộc; " + G3 + ".")
add(c, "UBND xã Tuần Giáo (Điện Biên)", "existing", "Điểm hỗ trợ dịch vụ công lưu động (tổ công nghệ số cộng đồng)", "", [], [],
    "Kênh tiếp cận bổ trợ (điểm hỗ trợ tại cộng đồng, dịch vụ lưu động) - " + P(7) + " Lớp 4.")
add(c, "UBND phường Long Xuyên (An Giang)", "planned", "Cổng thông tin tiếp nhận phản ánh, kiến nghị, đơn thư của công dân phường", "Người dân gửi đơn, theo dõi tiến độ xử lý; cán bộ tiếp dân phân loại và chuyển xử lý.", ["B-55"], [],
    B(55) + ": xử lý đơn, kiến nghị, phản ánh, xuyên suốt TW đến địa phương.")
add(c, "UBND xã Vân Hồ (Sơn La)", "planned", "Giải pháp tư vấn sức khỏe từ xa cho người dân vùng cao", "Bác sĩ trạm y tế tư vấn qua video với tuyến trên.", [], [],
    P(7) + " Lớp 3 b) (Giải pháp tư vấn, chăm sóc sức khoẻ từ xa).")
add(c, "UBND xã Mường Tè (Lai Châu)", "planned", "QR thanh toán không tiền mặt tại chợ xã", "", [], [], P(7) + " Lớp 3 b) (Giải pháp thanh toán điện tử/không tiền mặt).")
add(c, "UBND xã Đồng Văn (Tuyên Quang)", "planned", "App du lich cong dong Dong Van (homestay, dat phong)", "", [], [],
    P(7) + " Lớp 3 b) (Giải pháp/nền tảng chuyển đổi số du lịch cho doanh nghiệp, hộ kinh doanh).")
add(c, "UBND phường Kon Tum (Quảng Ngãi)", "planned", "Nâng cấp máy chủ email riêng @phuongkontum cho cán bộ", "", [], [EMAIL],
    N3 + " điểm c): thư điện tử công vụ thống nhất triển khai dùng chung đến cấp xã.")
add(c, "UBND xã Cái Nước (Cà Mau)", "planned", "Phần mềm cấp phép xây dựng nhà ở riêng lẻ cấp xã", "", ["B-10"], [],
    B(10) + "; " + G + ".")
add(c, "UBND xã Bảo Lâm (Cao Bằng)", "existing", "Phan mem ke toan ngan sach xa (MISA Bamboo)", "", [], [],
    "Phần mềm kế toán đơn vị; không phải hệ thống thông tin ngân sách và kế toán nhà nước tập trung (" + B(52) + "), dữ liệu nộp qua Kho bạc.")
add(c, "UBND xã Phong Thổ (Lai Châu)", "planned", "Chatbot xã trả lời thủ tục - dùng Trợ lý ảo của tỉnh", "", [], [],
    G3 + ": xã dùng giải pháp của tỉnh; " + USE + ".")
add(c, "UBND phường Sóc Trăng (Cần Thơ)", "planned", "Phần mềm cấp giấy chứng nhận đăng ký hộ kinh doanh của phường", "Đăng ký thành lập, thay đổi, tạm ngừng hộ kinh doanh.", ["B-23"], [],
    B(23) + ": nền tảng phục vụ đăng ký thành lập doanh nghiệp, hộ kinh doanh trên phạm vi toàn quốc.")
add(c, "UBND xã Thanh Bình (Đồng Tháp)", "existing", "Trạm quan trắc chất lượng nước kênh nội đồng", "", [], [],
    P(7) + " Lớp 3 b) (Hệ thống quan trắc và giám sát môi trường, nếu cấp tỉnh không triển khai tập trung).")
add(c, "UBND xã Mai Châu (Phú Thọ)", "planned", "Hệ thống tính điểm bình xét thi đua, khen thưởng nội bộ UBND xã", "", [], [],
    "Ứng dụng nội bộ; không có dòng 1132 cho thi đua khen thưởng của xã.")
add(c, "UBND xã Tà Xùa (Sơn La)", "planned", "Dashboard xã trên nền IOC tỉnh", "Lãnh đạo xã xem chỉ số hồ sơ TTHC, dân cư, thu ngân sách.", [], [],
    P(7) + " Lớp 4 (Dashboard giám sát, điều hành dùng chung tại cấp tỉnh).")
add(c, "UBND xã Na Hang (Tuyên Quang)", "planned", "Phần mềm theo dõi tiêm phòng gia súc, báo cáo ổ dịch cấp xã", "", ["B-37"], [],
    B(37) + ": quản lý thống nhất chăn nuôi, thú y từ TW đến địa phương; " + G3 + ".")
add(c, "UBND phường Cao Lãnh (Đồng Tháp)", "retiring", "Trang thông tin điện tử phường (Joomla cũ)", "Chuyển nội dung sang cổng TTĐT dùng chung của tỉnh.", [], [],
    "Trang thông tin của cơ quan; không có dòng 1132 tương ứng.")
add(c, "UBND phường Sa Pa (Lào Cai)", "planned", "Phần mềm thu thập chỉ tiêu thống kê cấp xã", "Cán bộ văn phòng - thống kê nhập các chỉ tiêu thống kê cấp xã định kỳ.", ["A-15"], [],
    A(15) + ": thu thập, xử lý dữ liệu báo cáo thống kê các chỉ tiêu cấp xã.")
add(c, "UBND phường Hà Tiên (An Giang)", "existing", "Hệ thống IoT cảnh báo ngập, triều cường", "Cảm biến mực nước, còi cảnh báo tại khu dân cư.", [], [],
    P(7) + " Lớp 1 (hệ thống Internet vạn vật); là thiết bị cảm biến, không phải nền tảng AI của " + B(39) + ".")
add(c, "UBND xã Mường Khương (Lào Cai)", "planned", "Xây dựng hệ thống SSO đăng nhập cho người dân của xã", "Người dân tạo tài khoản, mật khẩu riêng của xã để nộp hồ sơ và nhận kết quả.", ["A-03"], [],
    A(3) + ": dịch vụ định danh, xác thực điện tử dùng chung; " + G3 + ".")
add(c, "UBND xã Trần Văn Thời (Cà Mau)", "existing", "May tinh, may in, scan bo phan mot cua", "", [], [],
    "Thiết bị đầu cuối (3090 Phần II mục 3 a): hạ tầng đầu cuối do chủ quản triển khai).")
add(c, "UBND xã Cầu Kè (Vĩnh Long)", "planned", "Cong khai thu chi ngan sach xa tren trang rieng", "", ["B-26"], [],
    B(26) + ": công khai ngân sách của các cơ quan, đơn vị trên toàn quốc qua nền tảng tập trung.")
add(c, "UBND phường Đông Hà (Quảng Trị)", "planned", "Thuê phần mềm họp không giấy HĐND phường + lưu trữ tài liệu kỳ họp", "", [], [],
    "Ứng dụng đặc thù cấp xã (" + P(7) + " Lớp 3); không có dòng 1132 cho kỳ họp HĐND.")
add(c, "UBND xã Bình Liêu (Quảng Ninh)", "planned", "Lớp học kỹ năng số cho người dân - dùng nền tảng Bình dân học vụ số", "", [], [],
    "Sử dụng " + N3 + " điểm c) (Nền tảng Bình dân học vụ số); " + USE + ".")

# ======================= PARTY =======================
y = "party"
add(y, "Văn phòng Trung ương Đảng", "existing", "Hệ thống thông tin điều hành tác nghiệp trong các cơ quan Đảng", "", [], [], B(19) + "; " + OWN + ".")
add(y, "Văn phòng Trung ương Đảng", "planned", "HTTT giải quyết TTHC của Đảng - kết nạp, chuyển sinh hoạt đảng trực tuyến", "", [], [], B(1) + "; " + OWN + ".")
add(y, "Văn phòng Tỉnh ủy Lai Châu", "planned", "Đầu tư phần mềm gửi, nhận, xử lý văn bản mật của Tỉnh ủy", "Luân chuyển văn bản đến cấp Mật, ký số, giao việc cho các ban đảng.", ["B-19"], [],
    B(19) + ": gửi, nhận, xử lý văn bản toàn trình tới cấp Tối mật, dùng chung trong các cơ quan Đảng.")
add(y, "Ban Tổ chức Tỉnh ủy Điện Biên", "planned", "Phần mềm quản lý đảng viên, tổ chức đảng của Đảng bộ tỉnh", "Lý lịch đảng viên, phát thẻ, thống kê tổ chức cơ sở đảng.", ["B-20"], [],
    B(20) + ": triển khai tập trung cho cơ quan Đảng các cấp, nghiệp vụ tổ chức - xây dựng Đảng.")
add(y, "Văn phòng Tỉnh ủy Vĩnh Long", "existing", "Phan mem theo doi thuc hien nghi quyet, ket luan", "", ["B-21"], [],
    B(21) + ": theo dõi tình hình thực hiện nghị quyết, chỉ thị, kết luận của Trung ương.")
add(y, "Đảng ủy xã Mường Nhé (Điện Biên)", "planned", "Sổ tay đảng viên điện tử", "Ứng dụng cho đảng viên đọc tài liệu sinh hoạt chi bộ, nghị quyết.", [], [],
    P(1) + " Lớp 3 (Ứng dụng Đảng viên số do hệ thống Đảng triển khai); không có dòng 1132 tương ứng.")
add(y, "Ban Tuyên giáo và Dân vận Tỉnh ủy Cà Mau", "existing", "Hệ thống thu thập, phân tích thông tin trên mạng xã hội (social listening)", "", [], [],
    P(1) + " Lớp 3 (Hệ thống thu thập, tổng hợp thông tin trên Internet).")
add(y, "Văn phòng Tỉnh ủy Cao Bằng", "planned", "Ứng dụng phục vụ Đại hội Đảng bộ tỉnh (tài liệu, biểu quyết, sơ đồ chỗ ngồi)", "", [], [],
    P(1) + " Lớp 3 (Các ứng dụng hỗ trợ Đại hội Đảng các cấp).")
add(y, "Ủy ban Kiểm tra Tỉnh ủy Gia Lai", "planned", "Phần mềm nghiệp vụ kiểm tra, giám sát, thi hành kỷ luật đảng", "", [], [],
    P(1) + " Lớp 3 (HTTT chuyên ngành lĩnh vực Kiểm tra, giám sát, kỷ luật Đảng); khác " + B(20) + ".")
add(y, "Văn phòng Thành ủy Cần Thơ", "planned", "Kho dữ liệu và dashboard điều hành của Thành ủy", "", [], [],
    P(1) + " Lớp 2 (Nền tảng phân tích, xử lý dữ liệu tổng hợp) và Lớp 4 (Dashboard của các cơ quan Đảng).")
add(y, "Văn phòng Tỉnh ủy Đắk Lắk", "existing", "Mạng thông tin diện rộng của Đảng - kết nối đến đảng ủy xã", "", [], [],
    N3 + " điểm a) (Mạng thông tin diện rộng của Đảng); đây là sử dụng.")
add(y, "Văn phòng Tỉnh ủy Quảng Ngãi", "planned", "Xây mạng cáp quang riêng nối Tỉnh ủy với các đảng ủy xã, tách khỏi mạng diện rộng của Đảng", "", [], ["Mạng thông tin diện rộng của Đảng"],
    N3 + " điểm a): Mạng thông tin diện rộng của Đảng là mạng lõi dùng chung cho kết nối yêu cầu độ mật cao.")
add(y, "Văn phòng Tỉnh ủy Tuyên Quang", "existing", "Cổng Thông tin điện tử Đảng bộ tỉnh Tuyên Quang", "", [], [],
    "Kênh thông tin của cơ quan Đảng; không có dòng 1132 tương ứng.")
add(y, "Đảng ủy phường Long Xuyên (An Giang)", "planned", "Phần mềm xử lý thủ tục chuyển sinh hoạt đảng, kết nạp đảng viên trực tuyến của Đảng ủy", "", ["B-01"], [],
    B(1) + ": hệ thống thông tin dùng chung triển khai tại tất cả tổ chức Đảng toàn quốc.")
add(y, "Văn phòng Tỉnh ủy Sơn La", "planned", "Thuê email riêng cho cán bộ các ban đảng (Google Workspace)", "", [], [EMAIL],
    N3 + " điểm c): thư điện tử công vụ thống nhất cho mọi cơ quan trong hệ thống chính trị.")
add(y, "Ban Tổ chức Tỉnh ủy Khánh Hòa", "existing", "Kết nối dữ liệu đảng viên với CSDL quốc gia về dân cư", "Đối chiếu số định danh đảng viên qua nền tảng chia sẻ dữ liệu.", [], [],
    "Kết nối qua " + A(5) + "; " + USE + ".")
add(y, "Văn phòng Tỉnh ủy Hà Tĩnh", "planned", "Trợ lý ảo hỗ trợ cán bộ tra cứu văn kiện, nghị quyết", "Tự đầu tư mô hình ngôn ngữ lớn và nền tảng hỏi đáp riêng của Tỉnh ủy.", ["A-10"], [],
    A(10) + ": một nền tảng duy nhất, không đầu tư nền tảng thuật toán trợ lý ảo riêng lẻ.")
add(y, "Văn phòng Tỉnh ủy Nghệ An", "existing", "HSCV Tỉnh ủy (phần mềm Đảng dùng chung do VPTW triển khai)", "", [], [],
    "Sử dụng " + B(19) + " do VPTW Đảng triển khai.")
add(y, "Đảng ủy UBND tỉnh Thanh Hóa", "retiring", "Phần mềm quản lý đảng viên cũ (Access) - dừng, chuyển sang hệ thống của Trung ương", "", ["B-20"], [],
    B(20) + ": phần mềm quản lý đảng viên lặp nghiệp vụ tổ chức - xây dựng Đảng; quy tắc 9 (trạng thái dừng không đổi nhãn).")
add(y, "Trường Chính trị tỉnh Lào Cai", "planned", "E-learning bồi dưỡng lý luận chính trị cho đảng viên mới", "", [], [],
    "Đào tạo chuyên ngành của trường; không phải phổ cập kỹ năng số đại trà (" + N3 + " Bình dân học vụ số) nên không gán.")

# ======================= ASSEMBLY =======================
s = "assembly"
add(s, "Văn phòng Quốc hội", "existing", "Hệ thống phục vụ kỳ họp Quốc hội không giấy", "", [], [], P(2) + " Lớp 3 (Nhóm ứng dụng hỗ trợ kỳ họp Quốc hội).")
add(s, "Ủy ban Pháp luật và Tư pháp của Quốc hội", "planned", "Hệ thống lấy ý kiến nhân dân về dự án luật", "", [], [], P(2) + " Lớp 3 (lĩnh vực Lập pháp; ứng dụng tương tác với công dân, cử tri).")
add(s, "Ủy ban Kinh tế và Tài chính của Quốc hội", "planned", "Dashboard giám sát thực hiện dự toán ngân sách", "Lấy dữ liệu từ Bộ Tài chính để phục vụ thẩm tra.", [], [],
    P(2) + " Lớp 3 (lĩnh vực Giám sát) và Lớp 4 (Dashboard của Quốc hội).")
add(s, "Đoàn ĐBQH tỉnh Lai Châu", "existing", "Ứng dụng tiếp nhận kiến nghị cử tri của Đoàn ĐBQH", "", [], [], P(2) + " Lớp 3 (lĩnh vực Công tác dân nguyện; ứng dụng tương tác với cử tri).")
add(s, "Đoàn ĐBQH tỉnh Cà Mau", "planned", "Hộp thư điện tử riêng @dbqh-camau trên máy chủ của Đoàn", "", [], [EMAIL], N3 + " điểm c): thư điện tử công vụ thống nhất.")
add(s, "Văn phòng Quốc hội", "planned", "Cổng tra cứu toàn bộ văn bản pháp luật cho người dân kèm hỏi đáp và góp ý chính sách", "Kênh tập trung tra cứu mọi VBQPPL từ Trung ương đến địa phương.", ["A-16"], [],
    A(16) + ": kênh thông tin pháp luật tập trung, tra cứu, tiếp nhận phản ánh kiến nghị về chính sách pháp luật.")
add(s, "Văn phòng Quốc hội", "existing", "Trung tâm dữ liệu Quốc hội", "", [], [], P(2) + " Lớp 1 (Trung tâm dữ liệu của Quốc hội - sử dụng hiện có).")
add(s, "Hội đồng Dân tộc của Quốc hội", "planned", "CSDL giám sát chính sách dân tộc riêng của Hội đồng (số liệu hộ, thôn DTTS)", "Tự thu thập số liệu dân tộc thiểu số cấp xã để theo dõi chính sách.", ["B-46"], [],
    B(46) + ": dữ liệu dân tộc và kết quả thực hiện chính sách dân tộc dùng chung toàn quốc.")
add(s, "Văn phòng Quốc hội", "planned", "Virtual assistant for deputies (trợ lý ảo ĐBQH)", "Built on the National Virtual Assistant platform with legislative knowledge added.", [], [],
    A(10) + " cho phép cơ quan tùy biến trợ lý ảo trên nền tảng chung; " + USE + ".")
add(s, "Đoàn ĐBQH tỉnh Quảng Trị", "existing", "Màn hình LED tại phòng tiếp công dân của Đoàn", "", [], [], "Thiết bị tại điểm tiếp dân; chỉ nêu vị trí; không có chức năng nền tảng 1132.")
add(s, "Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội", "planned", "Phần mềm quản lý hồ sơ giám sát chuyên đề", "", [], [], P(2) + " Lớp 3 (lĩnh vực Giám sát).")
add(s, "Văn phòng Quốc hội", "expanding", "Nâng cấp LGSP Quốc hội, kết nối NDXP", "", [], [], P(2) + " Lớp 2 (Nền tảng tích hợp, chia sẻ dữ liệu của Quốc hội).")

# ======================= FRONT =======================
f = "front"
add(f, "Ủy ban MTTQ Việt Nam tỉnh Điện Biên", "planned", "Phần mềm giám sát và phản biện xã hội", "", [], [], P(3) + " Lớp 3 (lĩnh vực Giám sát và phản biện xã hội).")
add(f, "Hội Liên hiệp Phụ nữ tỉnh Lào Cai", "planned", "Thuê phần mềm họp trực tuyến đa điểm cho Hội các cấp", "", [], [HOP], N3 + " điểm c): Nền tảng họp trực tuyến quốc gia.")
add(f, "Hội Nông dân tỉnh An Giang", "existing", "Phần mềm quản lý hội viên, quỹ hỗ trợ nông dân", "", [], [], P(3) + " Lớp 3 (ứng dụng nghiệp vụ chuyên ngành của tổ chức thành viên); không có dòng 1132.")
add(f, "Tỉnh đoàn Cần Thơ", "planned", "Sàn việc làm thanh niên - kết nối doanh nghiệp tuyển dụng với đoàn viên", "Đăng tin tuyển dụng, hồ sơ ứng viên, ghép nối cung - cầu lao động.", ["B-31"], [],
    B(31) + ": kết nối cung - cầu lao động, giao dịch việc làm trực tuyến tập trung toàn quốc.")
add(f, "Hội Cựu chiến binh tỉnh Cao Bằng", "planned", "qlhv ccb", "", [], [], P(3) + " Lớp 3 (quản lý hội viên là nghiệp vụ của tổ chức).")
add(f, "Liên đoàn Lao động tỉnh Phú Thọ", "existing", "App Công đoàn Việt Nam - thẻ đoàn viên điện tử", "", [], [], P(3) + " Lớp 3 (ứng dụng tương tác với đoàn viên); không có dòng 1132.")
add(f, "Ủy ban MTTQ Việt Nam tỉnh Sơn La", "planned", "Máy chủ thư điện tử riêng mttq.sonla cho cán bộ Mặt trận và đoàn thể", "", [], [EMAIL], N3 + " điểm c): thư điện tử công vụ thống nhất.")
add(f, "Hội Liên hiệp Phụ nữ tỉnh Cà Mau", "planned", "Hệ thống đăng ký tài khoản, xác thực danh tính hội viên bằng OTP và ảnh CCCD", "Tài khoản định danh riêng của Hội dùng cho mọi dịch vụ trực tuyến của Hội.", ["A-03"], [],
    A(3) + ": dịch vụ định danh, xác thực điện tử dùng chung.")
add(f, "Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp", "existing", "Quản lý Quỹ Vì người nghèo, cứu trợ thiên tai - công khai thu chi", "", [], [],
    "Quỹ do Mặt trận vận động, không phải ngân sách nhà nước (" + B(26) + " không áp dụng); " + P(3) + " Lớp 3.")
add(f, "Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng", "planned", "Đăng nhập VNeID cho người dân gửi ý kiến tới Mặt trận", "", [], [], "Xác thực qua " + A(3) + "; " + USE + ".")
add(f, "Tỉnh đoàn Quảng Ngãi", "planned", "Chatbot tuyen truyen cho doan vien - tu xay dung nen tang AI rieng", "", ["A-10"], [], A(10) + ": không đầu tư nền tảng thuật toán trợ lý ảo riêng lẻ.")
add(f, "Ủy ban Trung ương MTTQ Việt Nam", "planned", "Nền tảng tích hợp, chia sẻ dữ liệu của Mặt trận", "", [], [], P(3) + " Lớp 2 (Nền tảng tích hợp, chia sẻ dữ liệu của MTTQ VN).")
add(f, "Hội Nông dân tỉnh Đắk Lắk", "planned", "Nền tảng dạy nghề, hỗ trợ nông dân trực tuyến", "Khóa học kỹ thuật canh tác cà phê, livestream chuyên gia.", [], [],
    "Đào tạo nghề chuyên ngành cho hội viên; không phải phổ cập kỹ năng số (Bình dân học vụ số) nên không gán.")

# ======================= OTHER =======================
o = "other"
add(o, "Tòa án nhân dân tối cao", "existing", "Hệ thống quản lý án và công bố bản án, quyết định", "", [], [], P(4) + " Lớp 3 (HTTT chuyên ngành của Tòa án NDTC).")
add(o, "Tòa án nhân dân tối cao", "planned", "Tòa án điện tử - nộp đơn khởi kiện, tống đạt trực tuyến", "", [], [], P(4) + " Lớp 3 (nghiệp vụ chuyên ngành tư pháp, không phải TTHC); không có dòng 1132.")
add(o, "Tòa án nhân dân tỉnh Gia Lai", "planned", "Máy chủ thư điện tử riêng của TAND tỉnh", "", [], [EMAIL], N3 + " điểm c): thư điện tử công vụ thống nhất; " + P(4) + " Lớp 3 yêu cầu dùng ứng dụng điểm c.")
add(o, "Viện kiểm sát nhân dân tối cao", "existing", "Phần mềm quản lý, thống kê án hình sự (VKS)", "", [], [], P(4) + " Lớp 3 (HTTT chuyên ngành của Viện kiểm sát NDTC).")
add(o, "Kiểm toán nhà nước", "existing", "Phần mềm quản lý hoạt động kiểm toán (Audit Management)", "", [], [], P(4) + " Lớp 3 (nghiệp vụ chuyên ngành); không có dòng 1132 về kiểm toán.")
add(o, "Kiểm toán nhà nước", "planned", "Thuê giải pháp họp trực tuyến (Zoom Enterprise) cho các KTNN khu vực", "", [], [HOP], N3 + " điểm c): Nền tảng họp trực tuyến quốc gia.")
add(o, "Bảo hiểm xã hội Việt Nam", "existing", "VssID - BHXH số", "", [], [], "Ứng dụng chuyên ngành BHXH; không có dòng 1132 về bảo hiểm xã hội.")
add(o, "Bảo hiểm xã hội Việt Nam", "existing", "Đăng nhập VssID bằng tài khoản định danh điện tử VNeID", "", [], [], "Xác thực qua " + A(3) + "; " + USE + ".")
add(o, "Bệnh viện Đa khoa tỉnh Điện Biên", "existing", "HIS + LIS + PACS (phần mềm VNPT-HIS)", "", [], [], "Hệ thống nghiệp vụ bệnh viện; không có dòng 1132 về quản lý bệnh viện.")
add(o, "Bệnh viện Đa khoa trung tâm An Giang", "planned", "App bệnh viện: đặt lịch khám, thanh toán viện phí", "", [], [], "Ứng dụng dịch vụ của bệnh viện; không lặp chức năng nền tảng 1132.")
add(o, "Bệnh viện Chợ Rẫy", "planned", "Kết nối dữ liệu khám chữa bệnh lên Sổ sức khỏe điện tử (VNeID)", "", [], [], "Kết nối " + B(33) + "; " + USE + ".")
add(o, "Trường Đại học Cần Thơ", "existing", "LMS Moodle + cổng thông tin sinh viên", "", [], [], B(36) + " chỉ phạm vi mầm non, phổ thông, GDTX; hệ thống đào tạo đại học không trùng.")
add(o, "Đại học Thái Nguyên", "planned", "Phần mềm quản lý đề tài, công bố khoa học nội bộ", "", [], [], "Quản lý nội bộ của cơ sở; " + B(48) + " là nền tảng quản lý nhà nước về KH&CN.")
add(o, "Đài Tiếng nói Việt Nam", "existing", "VOV - ung dung VOVgo/nghe dai truc tuyen", "", [], [], B(60) + "; Đài TNVN là chủ quản - " + OWN + ".")
add(o, "Đài Truyền hình Việt Nam", "existing", "VTVGo", "", [], [], B(61) + "; " + OWN + ".")
add(o, "Đài Phát thanh và Truyền hình Cà Mau", "planned", "Hệ thống nghe đài trực tuyến, podcast các kênh phát thanh của Đài", "Đầu tư server streaming và app radio riêng.", ["B-60"], [],
    B(60) + ": cung cấp đầy đủ các kênh phát thanh của VOV và các đài phát thanh tỉnh, thành.")
add(o, "Đài Phát thanh và Truyền hình Vĩnh Long", "planned", "Hệ thống đo lường khán giả, rating kênh THVL bằng set-top box", "", ["B-62"], [],
    B(62) + ": đo lường hành vi khán giả xem truyền hình cho tất cả các kênh tại Việt Nam.")
add(o, "Thông tấn xã Việt Nam", "existing", "Hệ thống biên tập, xuất bản tin đa phương tiện (CMS)", "", [], [], "Hệ thống nghiệp vụ báo chí; không có dòng 1132 tương ứng.")
add(o, "Tổng công ty Bưu điện Việt Nam (VNPost)", "existing", "Dịch vụ bưu chính công ích tiếp nhận, trả kết quả TTHC", "", [], [], "Dịch vụ hỗ trợ chuyển phát hồ sơ; không lặp chức năng nền tảng 1132.")
add(o, "Trung tâm Dịch vụ việc làm tỉnh Nghệ An", "expanding", "Mở rộng website việc làm của Trung tâm thành sàn giao dịch việc làm trực tuyến toàn vùng Bắc Trung Bộ", "", ["B-31"], [],
    B(31) + ": sàn giao dịch việc làm quốc gia phục vụ cả tổ chức dịch vụ việc làm công.")
add(o, "Viện Hàn lâm Khoa học xã hội Việt Nam", "planned", "Hệ thống thông tin KH&CN: CSDL công bố, chuyên gia, kết quả nghiên cứu dùng chung cho các viện và địa phương", "", ["B-49"], [],
    B(49) + ": thu thập, lưu trữ, chia sẻ thông tin KH, CN và ĐMST dùng chung toàn quốc.")
add(o, "Tập đoàn Điện lực Việt Nam (EVN)", "existing", "CSKH EVN - CRM và app EVNHCMC", "", [], [], "Hệ thống kinh doanh của doanh nghiệp; không có dòng 1132 tương ứng.")
add(o, "Trường THPT chuyên Lê Quý Đôn (Điện Biên)", "planned", "Mua phần mềm sổ điểm điện tử, học bạ số riêng của trường", "", ["B-35"], [],
    B(35) + ": quản trị các cơ sở giáo dục phổ thông trên cả nước (học bạ, sổ điểm thuộc quản trị cơ sở giáo dục).")

# ---- extra rows to widen style coverage ----
add(p, "Sở Khoa học và Công nghệ tỉnh An Giang", "existing", "Backup & DR site cho Trung tâm dữ liệu tỉnh", "Sao lưu định kỳ, phục hồi thảm họa cho HTTT cấp độ 4.", [], [],
    "3090 Phần II mục 4 a) yêu cầu hệ thống cấp độ 4, 5 có sao lưu, dự phòng; " + P(6) + " Lớp 1.")
add(p, "Sở Khoa học và Công nghệ tỉnh Cao Bằng", "existing", "Firewall, IPS, antivirus tập trung cho mạng LAN các sở", "", [], [],
    "Hạ tầng an toàn thông tin đầu cuối do chủ quản triển khai (3090 Phần II mục 3 a)).")
add(p, "Sở Khoa học và Công nghệ tỉnh Thái Nguyên", "planned", "API gateway của tỉnh công bố API đã đăng ký lên V-APEX", "", [], [],
    "Đăng ký, công bố API qua nền tảng quốc gia V-APEX (" + N3 + " điểm b)) là sử dụng; gateway của tỉnh thuộc LGSP (" + P(6) + " Lớp 2).")
add(p, "UBND tỉnh Đồng Tháp", "planned", "Thuê dịch vụ cổng thông tin điện tử và trang TTĐT cho 102 xã, phường", "", [], [],
    "Cổng/trang thông tin của cơ quan; không có dòng 1132 tương ứng.")
add(p, "Sở Tài chính tỉnh Lạng Sơn", "planned", "Phần mềm quản lý đấu thầu mua sắm công riêng của tỉnh: đăng tải KHLCNT, nhận hồ sơ dự thầu qua mạng", "", ["B-28"], [],
    B(28) + ": thống nhất quản lý thông tin đấu thầu và đấu thầu qua mạng trên toàn quốc.")
add(p, "Sở Tài chính tỉnh Đắk Lắk", "existing", "Phần mềm đăng ký kinh doanh hộ cá thể (bản local)", "", ["B-23"], [],
    B(23) + ": đăng ký thành lập doanh nghiệp, hộ kinh doanh toàn quốc.")
add(p, "UBND tỉnh Cà Mau", "planned", "Chuyển toàn bộ máy chủ ảo của tỉnh lên Cloud tại Trung tâm dữ liệu quốc gia", "", [], [],
    "Sử dụng " + A(8) + "; " + USE + ".")
add(p, "Văn phòng UBND tỉnh Khánh Hòa", "existing", "Kết nối HTTT giải quyết TTHC tỉnh với Cổng DVC quốc gia và thanh toán trực tuyến", "", [], [],
    "Kết nối " + A(1) + "; " + USE + ".")
add(p, "Văn phòng UBND tỉnh Lâm Đồng", "planned", "Xây dựng cổng DVC riêng của tỉnh Lâm Đồng làm giao diện một cửa nộp hồ sơ cho mọi bộ, ngành (thay Cổng quốc gia)", "Người dân nộp mọi thủ tục của cả trung ương và địa phương qua cổng của tỉnh.", ["A-01"], [],
    A(1) + ": giao diện một cửa duy nhất của tổ chức, cá nhân khi thực hiện TTHC; vượt phạm vi HTTT TTHC cấp tỉnh (" + P(6) + ").")
add(p, "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh", "planned", "Hệ thống chia sẻ, điều phối dữ liệu với Trung tâm dữ liệu quốc gia", "Cấu hình đầu kết nối của tỉnh, nhận dữ liệu dân cư qua NDOP; không xây nền tảng điều phối riêng.", [], [],
    "Kết nối " + A(5) + "; " + USE + ".")
add(p, "Sở Khoa học và Công nghệ tỉnh Quảng Trị", "planned", "HPC cluster for provincial AI training (GPU A100) - dùng chung cho các viện, trường trong và ngoài tỉnh", "Hạ tầng tính toán hiệu năng cao xử lý dữ liệu lớn và AI quy mô lớn cho cả nước.", ["A-11"], [],
    A(11) + ": hạ tầng tính toán chiến lược quốc gia với năng lực xử lý dữ liệu lớn và AI quy mô cao.")
add(p, "Văn phòng UBND tỉnh Tây Ninh", "planned", "Phần mềm đăng công báo tỉnh - công bố chính thức văn bản QPPL (thay Công báo giấy)", "", ["A-17"], [],
    A(17) + ": nền tảng tập trung, thống nhất, dùng chung công bố VBQPPL chính thống.")
add(p, "Sở Khoa học và Công nghệ tỉnh Đồng Tháp", "planned", "Thuê dịch vụ giám sát an toàn thông tin (SOC as a service) cho hệ thống của tỉnh", "", [], [],
    "Giám sát ATTT cho hệ thống của tỉnh do chủ quản hệ thống triển khai (3090 Phần II mục 3 a)); không phải trung tâm điều hành an ninh mạng quốc gia (" + A(13) + ").")
add(p, "Sở Xây dựng tỉnh Vĩnh Long", "planned", "Đầu tư hệ thống phạt nguội, quản lý giao thông thông minh trên các quốc lộ, cao tốc trong toàn vùng", "Nền tảng tập trung kết nối, tích hợp dữ liệu ITS đường bộ của các tuyến.", ["B-54"], [],
    B(54) + ": nền tảng tập trung thống nhất quản lý hệ thống giao thông thông minh đường bộ toàn quốc.")
add(m, "Bộ Giáo dục và Đào tạo", "planned", "Nền tảng giáo dục thông minh quốc gia - kho học liệu số", "", [], [], B(36) + "; " + OWN + ".")
add(m, "Bộ Nông nghiệp và Môi trường", "expanding", "Nâng cấp nền tảng quốc gia về trồng trọt, BVTV (mã số vùng trồng)", "", [], [], B(38) + "; " + OWN + ".")
add(m, "Bộ Văn hóa, Thể thao và Du lịch", "planned", "CSDL quốc gia về di sản văn hóa - nền tảng quản lý", "", [], [], B(44) + "; " + OWN + ".")
add(m, "Bộ Công Thương", "planned", "Nền tảng quản lý thương mại và thị trường", "", [], [], B(42) + "; " + OWN + ".")
add(m, "Bộ Tài chính", "existing", "muasamcong.mpi.gov.vn (Hệ thống mạng đấu thầu quốc gia)", "", [], [], B(28) + "; " + OWN + ".")
add(m, "Bộ Tài chính", "planned", "Nền tảng Công khai ngân sách nhà nước", "", [], [], B(26) + "; " + OWN + ".")
add(m, "Bộ Y tế", "planned", "Hệ thống thông tin và CSDL quốc gia về an toàn thực phẩm", "", [], [], B(34) + "; " + OWN + ".")
add(m, "Bộ Nội vụ", "planned", "Nền tảng hợp đồng lao động điện tử", "", [], [], B(30) + "; " + OWN + ".")
add(c, "UBND xã Lục Yên (Lào Cai)", "planned", "Phần mềm theo dõi đơn thư khiếu nại, tố cáo của xã", "", ["B-55"], [], B(55) + "; " + G3 + ".")
add(c, "UBND phường Rạch Giá (An Giang)", "planned", "Chatbot Zalo tra cứu hồ sơ cho người dân, tự xây engine NLP riêng", "", ["A-10"], [], A(10) + "; " + G3 + ".")
add(m, "Thanh tra Bộ Xây dựng", "planned", "Phần mềm quản lý cuộc thanh tra chuyên ngành xây dựng", "", ["B-56"], [], B(56) + ": toàn bộ quy trình thanh tra, thống nhất sử dụng xuyên suốt.")
add(o, "Học viện Chính trị khu vực IV (Cần Thơ)", "planned", "Thuê hosting riêng cho mail.hvctkv4 (cán bộ, giảng viên)", "", [], [EMAIL], N3 + " điểm c): thư điện tử công vụ thống nhất trong hệ thống chính trị.")
add(o, "Công ty TNHH MTV Xổ số kiến thiết Cà Mau", "existing", "ERP MISA AMIS + hóa đơn điện tử", "", [], [], "Hệ thống quản trị doanh nghiệp; không có dòng 1132 tương ứng.")


# ---- third pass: ministry positives, multi-system cells, app-store/domain rows, security inventory ----
add(m, "Bộ Nông nghiệp và Môi trường", "existing", "Trục gửi nhận văn bản điện tử riêng giữa Bộ và UBND 34 tỉnh", "Bộ tự vận hành trục trao đổi văn bản với các tỉnh, không đi qua Trục liên thông văn bản quốc gia.", ["A-04"], [],
    A(4) + ": kết nối, trao đổi văn bản điện tử thống nhất toàn quốc giữa các cơ quan trong hệ thống chính trị.")
add(m, "Bộ Xây dựng", "planned", "Phần mềm kê khai tài sản, thu nhập hằng năm của công chức Bộ", "Công chức kê khai trực tuyến, Vụ Tổ chức cán bộ tổng hợp, xác minh.", ["B-57"], [],
    B(57) + ": quản lý, cập nhật, tổng hợp, xác minh dữ liệu kiểm soát tài sản, thu nhập, thống nhất toàn quốc.")
add(m, "Bộ Giáo dục và Đào tạo", "planned", "Phần mềm theo dõi công tác phòng, chống tham nhũng, tiêu cực toàn ngành", "Theo dõi vụ việc, kiến nghị xử lý, báo cáo PCTN của các sở GDĐT và trường đại học.", ["B-58"], [],
    B(58) + ": nền tảng tập trung thống nhất số hóa công tác phòng, chống tham nhũng, lãng phí, tiêu cực.")
add(m, "Bộ Y tế", "planned", "Đầu tư Cổng dữ liệu mở ngành y tế và trợ lý ảo y tế (tự xây nền tảng NLP riêng)", "Gói thầu gồm: (1) cổng công bố dữ liệu mở y tế; (2) nền tảng trợ lý ảo do nhà thầu tự phát triển thuật toán.", ["A-07", "A-10"], [],
    A(7) + " (dữ liệu mở của các bộ) và " + A(10) + " (không đầu tư nền tảng thuật toán trợ lý ảo riêng lẻ).")
add(m, "Bộ Công Thương", "planned", "Hệ thống tiếp nhận, xử lý đơn khiếu nại, tố cáo, phản ánh của công dân gửi Bộ", "", ["B-55"], [],
    B(55) + ": tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh từ TW đến địa phương.")
add(m, "Bộ Ngoại giao", "planned", "Trang công khai dự toán, quyết toán ngân sách của Bộ và các đơn vị dự toán trực thuộc", "", ["B-26"], [],
    B(26) + ": công khai ngân sách của các cơ quan, đơn vị trên toàn quốc qua nền tảng tập trung.")
add(m, "Bộ Xây dựng", "existing", "Bkav SOC - giám sát ATTT cho hệ thống của Bộ", "Dịch vụ giám sát 24/7, kết nối chia sẻ cảnh báo với hệ thống giám sát quốc gia.", [], [],
    "Giám sát ATTT cho hệ thống của chính Bộ (3090 Phần II mục 3 a): hạ tầng bảo đảm an toàn do chủ quản triển khai); khác " + A(13) + ".")
add(m, "Bộ Công Thương", "planned", "Data catalogue & master data ngành công thương", "Danh mục dữ liệu, dữ liệu chủ (doanh nghiệp, sản phẩm) của các CSDL thuộc Bộ; áp dụng từ điển dữ liệu dùng chung.", [], [],
    P(5) + " Lớp 2 (Khung kiến trúc dữ liệu cấp bộ, CSDL chuyên ngành); áp dụng " + A(12) + " là sử dụng.")
add(m, "Bộ Nội vụ", "retiring", "Phần mềm quản lý hồ sơ người có công cũ (bản cài đặt tại các sở)", "Ngừng sau khi chuyển dữ liệu sang hệ thống tập trung.", [], [],
    "Không có dòng 1132 về người có công; hệ thống đang dừng.")
add(p, "Sở Tài chính thành phố Cần Thơ", "planned", "Gói thầu số 3: Cổng công khai ngân sách + phần mềm đấu giá tài sản công", "Đầu tư xây dựng hai phần mềm dùng riêng của thành phố.", ["B-26", "B-22"], [],
    B(26) + "; " + B(22) + ".")
add(p, "Sở Nông nghiệp và Môi trường tỉnh Sơn La", "planned", "VNPT Agri – phân hệ chăn nuôi thú y + phân hệ trồng trọt BVTV", "Quản lý đàn vật nuôi, dịch bệnh; diện tích cây trồng, sâu bệnh, mã số vùng trồng xoài, nhãn.", ["B-37", "B-38"], [],
    B(37) + "; " + B(38) + ".")
add(p, "Thanh tra tỉnh Ninh Bình", "planned", "Bkav – phần mềm thanh tra và tiếp công dân", "Một gói gồm quản lý cuộc thanh tra và tiếp dân, xử lý đơn.", ["B-56", "B-55"], [],
    B(56) + "; " + B(55) + ".")
add(p, "Sở Nông nghiệp và Môi trường tỉnh Cà Mau", "existing", "FPT.eGov", "Một cửa cấp phép xả thải, khai thác nước mặt, đăng ký biến động đất đai.", ["B-09"], [],
    B(9) + "; " + G + ": TTHC môi trường, tài nguyên nước, đất đai thuộc Bộ Nông nghiệp và Môi trường.")
add(p, "UBND tỉnh Lào Cai", "existing", "Lào Cai S (Google Play)", "Tin tức, du lịch, tra cứu tiến độ hồ sơ TTHC, đặt lịch khám.", [], [],
    "Ứng dụng công dân của tỉnh là kênh tiếp cận bổ trợ (" + P(6) + " Lớp 4); tra cứu hồ sơ lấy từ HTTT TTHC tỉnh.")
add(p, "Sở Khoa học và Công nghệ tỉnh Cà Mau", "planned", "Cà Mau ID (App Store, Google Play)", "Người dân đăng ký tài khoản bằng số điện thoại, chụp CCCD; dùng đăng nhập mọi dịch vụ số của tỉnh.", ["A-03"], [],
    A(3) + ": dịch vụ định danh, xác thực điện tử dùng chung.")
add(p, "Văn phòng UBND thành phố Cần Thơ", "existing", "dichvucong.cantho.gov.vn", "", [], [],
    P(6) + " Lớp 3: HTTT giải quyết TTHC cấp tỉnh hiện có được duy trì.")
add(p, "Sở Nội vụ tỉnh Tây Ninh", "existing", "vieclam.tayninh.gov.vn", "Sàn việc làm của tỉnh: doanh nghiệp đăng tin, người lao động nộp hồ sơ.", ["B-31"], [],
    B(31) + ": kết nối cung - cầu lao động tập trung toàn quốc.")
add(p, "Sở Khoa học và Công nghệ tỉnh Điện Biên", "existing", "Helpdesk ticketing system for provincial IT support (GLPI)", "", [], [],
    "Công cụ hỗ trợ kỹ thuật nội bộ; không có dòng 1132 tương ứng.")
add(p, "Sở Khoa học và Công nghệ tỉnh Lạng Sơn", "existing", "PKI nội bộ cấp chứng thư SSL/TLS cho máy chủ, VPN", "", [], [],
    "Chứng thư cho máy chủ, kênh mã hóa, không phải chứng thực chữ ký số cho văn bản, giao dịch (" + N3 + " điểm a)).")
add(p, "Sở Tư pháp tỉnh Tuyên Quang", "retiring", "Phần mềm hộ tịch cũ của tỉnh Hà Giang (trước hợp nhất)", "Dừng sử dụng, chuyển dữ liệu sổ hộ tịch sang hệ thống của Bộ Tư pháp.", ["B-06"], [],
    B(6) + "; quy tắc 9: nhãn theo chức năng, không theo trạng thái.")
add(p, "Sở Khoa học và Công nghệ tỉnh Vĩnh Long", "retiring", "Hệ thống thư điện tử cũ tỉnh Bến Tre, Trà Vinh", "Đang chạy song song, dừng sau khi chuyển hộp thư.", [], [EMAIL],
    N3 + " điểm c): thư điện tử công vụ thống nhất; quy tắc 9.")
add(p, "UBND tỉnh Đồng Tháp", "retiring", "LGSP tỉnh Tiền Giang (cũ)", "Hợp nhất về LGSP tỉnh Đồng Tháp.", [], [],
    P(6) + " Lớp 2 (nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh).")
add(c, "UBND xã Mường Pồn (Điện Biên)", "planned", "Gói phần mềm xã: hộ tịch + cấp phép xây dựng", "Thuê phần mềm riêng cho bộ phận một cửa xã.", ["B-06", "B-10"], [],
    B(6) + "; " + B(10) + "; " + G + ".")
add(c, "UBND xã Si Ma Cai (Lào Cai)", "retiring", "phan mem mot cua cap huyen cu", "", [], [],
    "Hệ thống cấp huyện cũ đang dừng sau khi bỏ cấp huyện; chuyển sang HTTT TTHC tỉnh (" + P(7) + ").")
add(s, "Văn phòng Quốc hội", "existing", "quochoi.vn", "", [], [], "Cổng thông tin của Quốc hội; không có dòng 1132 tương ứng.")
add(s, "Ban Dân nguyện và Giám sát", "planned", "Hệ thống tổng hợp kiến nghị cử tri toàn quốc", "Tập hợp kiến nghị của 34 Đoàn ĐBQH, theo dõi trả lời của bộ, ngành.", [], [],
    P(2) + " Lớp 3 (lĩnh vực Công tác dân nguyện).")
add(f, "Hội Liên hiệp Phụ nữ Việt Nam", "existing", "Phụ nữ Việt Nam (Google Play)", "", [], [], P(3) + " Lớp 3 (ứng dụng tương tác với nhân dân).")
add(o, "Tòa án nhân dân khu vực 2 - Lâm Đồng", "existing", "May tinh tiep nhan don tai bo phan mot cua toa", "", [], [], "Thiết bị tại điểm tiếp nhận; không lặp chức năng nền tảng 1132.")
add(o, "Trường Cao đẳng Cộng đồng Cà Mau", "planned", "Cổng tuyển sinh trực tuyến", "Thí sinh đăng ký xét tuyển, nộp lệ phí online.", [], [],
    "Nghiệp vụ tuyển sinh của trường cao đẳng; " + B(35) + "/" + B(36) + " chỉ phạm vi mầm non, phổ thông, GDTX.")
add(o, "Bệnh viện Trung ương Huế", "planned", "Ứng dụng lưu trữ hồ sơ sức khỏe trọn đời cho mọi người dân miền Trung", "Người dân tạo sổ sức khỏe cá nhân, lưu tiền sử bệnh, tiêm chủng, kết quả khám từ mọi cơ sở y tế.", ["B-33"], [],
    B(33) + ": lưu trữ, quản lý thông tin sức khỏe cá nhân tập trung, thống nhất toàn quốc, tích hợp tiêm chủng.")

add(c, "UBND xã Tam Nông (Đồng Tháp)", "planned", "Phần mềm quản lý hồ sơ đất đai cấp xã", "Đăng ký biến động, cấp GCN lần đầu cho hộ gia đình, cá nhân sau khi phân cấp về xã.", ["B-09"], [],
    B(9) + "; " + G + ".")
add(c, "UBND phường Châu Đốc (An Giang)", "expanding", "Nâng cấp truyền thanh IP, bổ sung 20 cụm loa thông minh", "", [], [],
    P(7) + " Lớp 1 (hệ thống truyền thanh thông minh).")
add(c, "UBND xã Ea Kar (Đắk Lắk)", "existing", "Viettel vOffice (gói dùng chung của tỉnh)", "Xã dùng tài khoản trên hệ thống QLVB của tỉnh.", [], [],
    P(7) + " Lớp 3 (ứng dụng dùng chung của tỉnh).")
add(c, "UBND xã Na Rì (Thái Nguyên)", "existing", "TV hiển thị kết quả giải quyết hồ sơ tại hội trường xã", "", [], [],
    "Thiết bị hiển thị tại điểm phục vụ; chỉ nêu vị trí và người được phục vụ.")
add(c, "HĐND xã Mường Chà (Điện Biên)", "planned", "Hop thu rieng cho dai bieu HDND xa", "", [], [EMAIL],
    N3 + " điểm c): thư điện tử công vụ thống nhất triển khai đến cấp xã.")
add(c, "UBND phường Sa Đéc (Đồng Tháp)", "planned", "Ứng dụng lưu sổ khám sức khỏe cho người dân phường", "Người dân lưu kết quả khám, tiền sử bệnh, tiêm chủng trên app của phường.", ["B-33"], [],
    B(33) + ": thông tin sức khỏe cá nhân quản lý tập trung toàn quốc; " + G3 + ".")
add(y, "Đảng ủy xã Bản Lầu (Lào Cai)", "planned", "Phần mềm gửi nhận văn bản, hồ sơ công việc riêng của Đảng ủy xã", "Đảng ủy xã tự mua phần mềm xử lý văn bản đảng thay hệ thống dùng chung.", ["B-19"], [],
    B(19) + ": hệ thống dùng chung gửi, nhận, xử lý văn bản trong các cơ quan Đảng.")
add(y, "Văn phòng Tỉnh ủy Lâm Đồng", "existing", "Đảng viên số Lâm Đồng (App Store)", "", [], [],
    P(1) + " Lớp 3 (Ứng dụng Đảng viên số).")
add(y, "Ban Tổ chức Thành ủy Cần Thơ", "planned", "Đồng bộ dữ liệu đảng viên là CBCCVC với Nền tảng quản lý CBCCVC quốc gia", "", [], [],
    "Đồng bộ với " + B(29) + "; " + USE + ".")

# ---- descriptions / statuses added after the first pass (keyed by row number) ----
PATCH = {
 "Nâng cấp, mở rộng phần mềm cấp Phiếu lý lịch tư pháp": ("expanding", "Bổ sung ký số, trả kết quả lý lịch tư pháp điện tử, dự toán 1,2 tỷ đồng."),
 "Kho dữ liệu dùng chung tỉnh Thái Nguyên": (None, "Tập hợp dữ liệu từ các sở phục vụ phân tích, chia sẻ nội tỉnh."),
 "Phần mềm cấp giấy phép bán lẻ rượu, thuốc lá trực tuyến": (None, "Doanh nghiệp nộp hồ sơ cấp, cấp lại giấy phép bán lẻ; Sở thẩm định và trả kết quả trên phần mềm."),
 "Cấp giấy phép lao động cho người nước ngoài - phần mềm riêng của tỉnh": (None, "Tiếp nhận hồ sơ cấp, gia hạn, thu hồi giấy phép lao động của người nước ngoài làm việc tại các KCN Bắc Ninh."),
 "Phần mềm đấu giá trực tuyến tài sản công, tài sản tịch thu": ("retiring", "Dừng sau khi nền tảng đấu giá dùng chung vận hành; hiện vẫn niêm yết, tổ chức đấu giá tài sản công của tỉnh."),
 "Phần mềm quản lý tài sản công (MISA QLTS)": (None, "Theo dõi tăng giảm, khấu hao tài sản của các đơn vị dự toán."),
 "Nền tảng AI tỉnh Phú Thọ (GPU, model hub, API dịch vụ AI)": (None, "Hạ tầng và dịch vụ AI dùng chung của tỉnh, kết nối LGSP, đồng bộ với Nền tảng AI quốc gia."),
 "mail.quangninh.gov.vn": (None, "Zimbra mail cho cán bộ sở, ngành, xã - duy trì vận hành năm 2026."),
 "Hệ thống điều khiển đèn tín hiệu giao thông thông minh Nha Trang": (None, "Điều khiển tập trung 62 nút giao, camera đếm xe."),
 "Cổng tra cứu pháp luật Gia Lai: toàn bộ VBQPPL trung ương và địa phương, hỏi đáp pháp luật, tiếp nhận góp ý chính sách": (None, "Dự kiến thuê dịch vụ 36 tháng; tích hợp chatbot hỏi đáp pháp luật."),
 "Cấp hộp thư riêng @hdnd.angiang cho 85 đại biểu HĐND trên máy chủ riêng": (None, "Dự toán: máy chủ mail, license, 3 năm vận hành."),
 "Phần mềm cấp chứng chỉ hành nghề, giấy phép hoạt động khám bệnh, chữa bệnh": ("retiring", "Phần mềm dùng từ 2019, dừng khi hệ thống TTHC của Bộ Y tế triển khai tới tỉnh."),
 "Wifi miễn phí tại 40 trường PTDT bán trú": (None, "Thuê bao đường truyền và access point cho học sinh nội trú."),
 "Phần mềm AI phát hiện điểm xả thải, cảnh báo ô nhiễm từ ảnh vệ tinh": (None, "Nhận diện tự động điểm xả thải trái phép, ô nhiễm nước mặt từ ảnh vệ tinh Sentinel bằng học sâu."),
 "Mạng máy tính quân sự và phần mềm quản lý lực lượng dự bị động viên": (None, "Quản lý quân nhân dự bị, phương tiện kỹ thuật huy động; mạng tách biệt Internet."),
 "Build provincial data warehouse & BI dashboard for socio-economic KPIs": (None, "Consolidate data from 18 departments into a data lakehouse; Power BI dashboards for the Chairman."),
 "Hệ thống thông tin báo cáo tỉnh (kết nối HTTT báo cáo Chính phủ)": (None, "Nhập số liệu báo cáo định kỳ của các sở, xã và gửi lên hệ thống báo cáo của Chính phủ."),
 "Kiosk tra cứu hồ sơ, máy lấy số thứ tự, màn hình LED đánh giá hài lòng": ("retiring", "Thay thế dần bằng thiết bị mới khi sáp nhập bộ phận một cửa."),
 "Tích hợp ký số từ xa (Remote Signing) của Ban Cơ yếu vào eOffice": (None, "Cán bộ ký số văn bản trên điện thoại qua dịch vụ ký số từ xa của Ban Cơ yếu."),
 "Nâng cấp Nền tảng chia sẻ, điều phối dữ liệu NDOP": (None, "Mở rộng dung lượng điều phối, bổ sung dịch vụ chia sẻ dữ liệu cho các bộ, tỉnh."),
 "Trung tâm giám sát an ninh mạng quân sự (SOC quân đội)": (None, "Giám sát, phát hiện tấn công mạng cho hệ thống thông tin quân sự."),
 "Cổng DVC BQP - giải quyết TTHC quân sự, nghĩa vụ quân sự": (None, "Tiếp nhận, giải quyết thủ tục hành chính thuộc lĩnh vực quốc phòng."),
 "Nâng cấp CSDL quốc gia về CBCCVC và Nền tảng quản lý CBCCVC": (None, "Bổ sung phân hệ tuyển dụng, nâng ngạch trực tuyến cho CBCCVC cả nước."),
 "vieclam.gov.vn": (None, "Sàn giao dịch việc làm quốc gia."),
 "Cổng Pháp luật quốc gia (phapluat.gov.vn)": (None, "Duy trì vận hành, bổ sung chuyên mục hỏi đáp pháp luật."),
 "eTax / ứng dụng eTax Mobile": (None, "Khai, nộp thuế điện tử cho người nộp thuế."),
 "TABMIS - chuyển đổi sang VDBAS": ("retiring", "Dừng TABMIS khi VDBAS vận hành năm 2027."),
 "Data warehouse giám sát giao dịch chứng khoán": (None, "Kho dữ liệu tập trung chuyên ngành của UBCKNN."),
 "Cổng cấp phép hoạt động ngoại hối, kinh doanh vàng trực tuyến": (None, "Thủ tục của NHNN tiếp nhận trực tuyến từ TW đến chi nhánh khu vực."),
 "Trục liên thông văn bản quốc gia (VDXP)": (None, "Gửi, nhận văn bản điện tử giữa các bộ, ngành, địa phương."),
 "Hồ sơ sức khỏe điện tử trên VNeID (Sổ sức khỏe điện tử)": (None, "Số sức khỏe điện tử tích hợp trên ứng dụng VNeID."),
 "Phần mềm QLVB và điều hành (VNPT iOffice)": (None, "Văn bản đến, đi, giao việc nội bộ Bộ; liên thông qua Trục quốc gia."),
 "LGSP Bộ Y tế + kho dữ liệu dùng chung ngành y tế": (None, "LGSP cấp bộ kết nối NDXP; kho dữ liệu phục vụ phân tích ngành."),
 "Ứng dụng khảo sát ý kiến sinh viên về chất lượng giảng dạy": (None, "Biểu mẫu khảo sát trực tuyến gửi tới sinh viên các trường đại học."),
 "Nền tảng AI cấp bộ (GPU, dịch vụ AI qua API) phục vụ phân tích dữ liệu ngành tài chính": (None, "Cung cấp năng lực tính toán, mô hình AI cho các đơn vị thuộc Bộ; tích hợp NDXP, NDOP."),
 "Hệ thống dự báo KTTV (Tổng cục KTTV cũ) - mô hình số trị": (None, "Chạy mô hình dự báo thời tiết, thủy văn nghiệp vụ."),
 "Phần mềm thi đua khen thưởng của Bộ": (None, "Xét duyệt hồ sơ khen thưởng của các đơn vị thuộc Bộ."),
 "wifi cong cong trung tam xa": (None, "Lắp 4 điểm phát wifi tại UBND xã, chợ, nhà văn hóa phục vụ người dân."),
 "Camera an ninh các tuyến đường trung tâm xã": ("expanding", "Bổ sung 12 camera tại các ngã ba, kết nối công an xã."),
 "Tài khoản một cửa trên HTTT giải quyết TTHC tỉnh Cà Mau": (None, "Cán bộ một cửa phường dùng tài khoản trên hệ thống chung của tỉnh."),
 "Phần mềm chứng thực bản sao điện tử từ bản chính": (None, "Chứng thực điện tử bản sao từ bản chính cho người dân tại bộ phận một cửa đặc khu."),
 "QR thanh toán không tiền mặt tại chợ xã": (None, "Tiểu thương dùng mã QR ngân hàng; xã hỗ trợ in mã, tập huấn."),
 "Nâng cấp máy chủ email riêng @phuongkontum cho cán bộ": (None, "Máy chủ đặt tại phường, 45 hộp thư."),
 "Phần mềm cấp phép xây dựng nhà ở riêng lẻ cấp xã": (None, "Tiếp nhận hồ sơ xin phép xây nhà ở riêng lẻ, in giấy phép."),
 "Chatbot xã trả lời thủ tục - dùng Trợ lý ảo của tỉnh": (None, "Nhúng chatbot của tỉnh lên trang thông tin xã."),
 "Hệ thống tính điểm bình xét thi đua, khen thưởng nội bộ UBND xã": (None, "Chấm điểm thi đua các thôn, tổ dân phố."),
 "Phần mềm theo dõi tiêm phòng gia súc, báo cáo ổ dịch cấp xã": (None, "Thú y viên xã nhập số liệu tiêm phòng, ổ dịch; phần mềm riêng của xã."),
 "Cong khai thu chi ngan sach xa tren trang rieng": (None, "Đăng dự toán, quyết toán ngân sách xã lên trang riêng của xã."),
 "Thuê phần mềm họp không giấy HĐND phường + lưu trữ tài liệu kỳ họp": (None, "Máy tính bảng, phần mềm tài liệu kỳ họp cho đại biểu HĐND phường."),
 "Hệ thống thông tin điều hành tác nghiệp trong các cơ quan Đảng": (None, "Gửi, nhận, xử lý văn bản tới cấp Tối mật trong các cơ quan Đảng."),
 "Phan mem theo doi thuc hien nghi quyet, ket luan": ("retiring", "Dừng, chuyển dữ liệu sang phần mềm dùng chung của Văn phòng Trung ương Đảng."),
 "Hệ thống thu thập, phân tích thông tin trên mạng xã hội (social listening)": (None, "Thu thập tin bài, bình luận trên mạng xã hội, báo điện tử; cảnh báo thông tin xấu độc."),
 "Kho dữ liệu và dashboard điều hành của Thành ủy": (None, "Trực quan hóa số liệu phát triển đảng viên, thực hiện nghị quyết cho Thường trực Thành ủy."),
 "Xây mạng cáp quang riêng nối Tỉnh ủy với các đảng ủy xã, tách khỏi mạng diện rộng của Đảng": (None, "Tự kéo cáp, thuê thiết bị mã hóa, thay kết nối qua mạng diện rộng của Đảng."),
 "Thuê email riêng cho cán bộ các ban đảng (Google Workspace)": (None, "Tên miền riêng, 300 hộp thư."),
 "HSCV Tỉnh ủy (phần mềm Đảng dùng chung do VPTW triển khai)": (None, "Triển khai theo hướng dẫn của Văn phòng Trung ương."),
 "Phần mềm quản lý đảng viên cũ (Access) - dừng, chuyển sang hệ thống của Trung ương": (None, "Dừng sử dụng từ quý I/2026."),
 "Hệ thống phục vụ kỳ họp Quốc hội không giấy": (None, "Tài liệu, biểu quyết điện tử cho đại biểu tại kỳ họp."),
 "Hệ thống lấy ý kiến nhân dân về dự án luật": (None, "Người dân góp ý dự thảo luật trực tuyến, tổng hợp ý kiến theo điều khoản."),
 "Ứng dụng tiếp nhận kiến nghị cử tri của Đoàn ĐBQH": (None, "Cử tri gửi kiến nghị trước và sau kỳ họp; Đoàn tổng hợp gửi Ban Dân nguyện."),
 "Trung tâm dữ liệu Quốc hội": (None, "Duy trì vận hành, bổ sung lưu trữ."),
 "Phần mềm quản lý hồ sơ giám sát chuyên đề": (None, "Lưu trữ hồ sơ đoàn giám sát, báo cáo giám sát chuyên đề."),
 "Phần mềm giám sát và phản biện xã hội": (None, "Theo dõi kế hoạch giám sát, kết quả phản biện xã hội của Mặt trận các cấp."),
 "Thuê phần mềm họp trực tuyến đa điểm cho Hội các cấp": (None, "Họp giao ban trực tuyến giữa Hội tỉnh và Hội cấp xã qua Internet."),
 "Phần mềm quản lý hội viên, quỹ hỗ trợ nông dân": (None, "Quản lý danh sách hội viên, quỹ cho vay hỗ trợ nông dân."),
 "App Công đoàn Việt Nam - thẻ đoàn viên điện tử": (None, "Đoàn viên tra cứu quyền lợi, ưu đãi; thẻ đoàn viên điện tử."),
 "Máy chủ thư điện tử riêng mttq.sonla cho cán bộ Mặt trận và đoàn thể": (None, "Máy chủ mail đặt tại cơ quan Mặt trận tỉnh."),
 "Quản lý Quỹ Vì người nghèo, cứu trợ thiên tai - công khai thu chi": (None, "Ghi nhận tiền ủng hộ, công khai danh sách người đóng góp."),
 "Nền tảng tích hợp, chia sẻ dữ liệu của Mặt trận": (None, "Kết nối dữ liệu giữa Mặt trận và các tổ chức chính trị - xã hội thành viên."),
 "Hệ thống quản lý án và công bố bản án, quyết định": (None, "Quản lý thụ lý, giải quyết án các cấp; công bố bản án trên cổng của Tòa án."),
 "Tòa án điện tử - nộp đơn khởi kiện, tống đạt trực tuyến": (None, "Đương sự nộp đơn, tài liệu, nhận văn bản tố tụng trực tuyến."),
 "Máy chủ thư điện tử riêng của TAND tỉnh": (None, "Máy chủ mail nội bộ cho thẩm phán, thư ký."),
 "Phần mềm quản lý, thống kê án hình sự (VKS)": (None, "Quản lý, thống kê án hình sự."),
 "Phần mềm quản lý hoạt động kiểm toán (Audit Management)": (None, "Lập kế hoạch kiểm toán, hồ sơ kiểm toán điện tử, theo dõi kiến nghị kiểm toán."),
 "Thuê giải pháp họp trực tuyến (Zoom Enterprise) cho các KTNN khu vực": (None, "Họp trực tuyến giữa trụ sở chính và các KTNN khu vực."),
 "VssID - BHXH số": ("expanding", "Bổ sung tra cứu quá trình đóng, hưởng BHXH, BHYT trên app."),
 "HIS + LIS + PACS (phần mềm VNPT-HIS)": (None, "Quản lý khám chữa bệnh, xét nghiệm, chẩn đoán hình ảnh."),
 "Kết nối dữ liệu khám chữa bệnh lên Sổ sức khỏe điện tử (VNeID)": (None, "Gửi tóm tắt hồ sơ khám, chữa bệnh qua cổng tiếp nhận của Bộ Y tế."),
 "LMS Moodle + cổng thông tin sinh viên": (None, "Học trực tuyến cho sinh viên đại học, sau đại học."),
 "VOV - ung dung VOVgo/nghe dai truc tuyen": (None, "Nghe trực tiếp, nghe lại các kênh của VOV."),
 "Hệ thống đo lường khán giả, rating kênh THVL bằng set-top box": (None, "Thu thập dữ liệu người xem qua đầu thu, tính rating từng chương trình."),
 "Hệ thống biên tập, xuất bản tin đa phương tiện (CMS)": (None, "Sản xuất, biên tập, phân phối tin ảnh, video."),
 "Mở rộng website việc làm của Trung tâm thành sàn giao dịch việc làm trực tuyến toàn vùng Bắc Trung Bộ": ("expanding", "Kết nối cung - cầu lao động cho 6 tỉnh Bắc Trung Bộ."),
 "CSKH EVN - CRM và app EVNHCMC": (None, "Chăm sóc khách hàng, ghi chỉ số, thanh toán tiền điện."),
 "Mua phần mềm sổ điểm điện tử, học bạ số riêng của trường": (None, "Nhập điểm, xuất học bạ số cho học sinh của trường."),
 "Firewall, IPS, antivirus tập trung cho mạng LAN các sở": (None, "Next-gen firewall, IPS, endpoint antivirus quản lý tập trung."),
 "Thuê dịch vụ cổng thông tin điện tử và trang TTĐT cho 102 xã, phường": (None, "Gói dịch vụ Portal cho xã, phường sau sáp nhập."),
 "Phần mềm quản lý đấu thầu mua sắm công riêng của tỉnh: đăng tải KHLCNT, nhận hồ sơ dự thầu qua mạng": (None, "Nhà thầu nộp HSDT qua mạng của tỉnh; dùng cho gói thầu vốn ngân sách tỉnh."),
 "Phần mềm đăng ký kinh doanh hộ cá thể (bản local)": ("retiring", "Dừng khi chuyển thẩm quyền đăng ký hộ kinh doanh về cấp xã."),
 "Chuyển toàn bộ máy chủ ảo của tỉnh lên Cloud tại Trung tâm dữ liệu quốc gia": (None, "Cloud migration 2026: 140 VM, 12 CSDL của các sở."),
 "Kết nối HTTT giải quyết TTHC tỉnh với Cổng DVC quốc gia và thanh toán trực tuyến": (None, "Đồng bộ trạng thái hồ sơ, thanh toán phí lệ phí qua Cổng DVC quốc gia."),
 "Thuê dịch vụ giám sát an toàn thông tin (SOC as a service) cho hệ thống của tỉnh": (None, "Thuê dịch vụ giám sát ATTT 24/7 cho các hệ thống của tỉnh, chia sẻ cảnh báo với cơ quan chức năng."),
 "Nền tảng giáo dục thông minh quốc gia - kho học liệu số": (None, "Học liệu số, ngân hàng câu hỏi cho giáo dục phổ thông."),
 "muasamcong.mpi.gov.vn (Hệ thống mạng đấu thầu quốc gia)": (None, "Đấu thầu qua mạng toàn quốc."),
 "Phần mềm theo dõi đơn thư khiếu nại, tố cáo của xã": (None, "Ghi nhận, phân loại, theo dõi kết quả giải quyết đơn của công dân."),
 "Phần mềm quản lý cuộc thanh tra chuyên ngành xây dựng": (None, "Kế hoạch thanh tra, kết luận, theo dõi xử lý sau thanh tra của Thanh tra Bộ."),
 "ERP MISA AMIS + hóa đơn điện tử": (None, "Kế toán, nhân sự, bán hàng của công ty."),
}
RET = {1: None}
_byname = {r[3]: i for i, r in enumerate(R)}
assert len(_byname) == len(R)
for k, (st, d) in PATCH.items():
    i = _byname[k]
    r = list(R[i])
    if st: r[2] = st
    if d: r[4] = d
    R[i] = tuple(r)

# ======================= OUTPUT =======================
def nfc(x):
    if isinstance(x, str): return unicodedata.normalize("NFC", x)
    if isinstance(x, list): return [nfc(i) for i in x]
    return x

ABOUT = """Written by hand from the seed documents only (1132/QĐ-TTg Phụ lục II and Điều 2; 3090/QĐ-BKHCN Phần II mục 3 and Phụ lục I; 4577/BKHCN-CĐSQG; 5441/BKHCN-CĐSQG; 05-QĐ/BCĐTW), without reading the checker's code or other labelled sets. Rows imitate inventory sheets from procurement plans, budget lines, vendor proposals, annual IT reports, cloud-migration, data-governance and security inventories, and clerks' terse entries (some without diacritics, some English, some only a product or domain name).
Labelling rules:
1. expected lists the 1132 Phụ lục II rows (A-01..A-17, B-01..B-62 in document order) whose function, purpose and scope the component repeats (1132 Điều 2 khoản 2); the test is function, not wording or vendor.
2. The owner (cơ quan chủ quản) of a platform, or a unit inside that owner (e.g. Cục Thuế in Bộ Tài chính), running or upgrading its own platform is not a duplicate: [].
3. Components that 3090 Phụ lục I tells that kind of agency to build (LGSP, kho dữ liệu dùng chung, IOC, nền tảng AI cấp tỉnh/bộ, HTTT nguồn, dashboard, Bàn làm việc số, QLVB điều hành, trung tâm dữ liệu hiện có, ICT cấp xã, ứng dụng chuyên ngành của Đảng/Quốc hội/MTTQ/Tòa án/VKS...) are not duplicates.
4. Adapters, connectors, logins, sync jobs and migrations that use a national platform are not duplicates.
5. Sector TTHC systems a province or commune builds for one ministry's field duplicate that ministry's B-02..B-17 row (4577 mục 1: each ministry's TTHC system extends to localities); the province's general TTHC system that 3090 Phụ lục I mục 6 lets it maintain is not.
6. Defence, security and cơ yếu systems fall under the exception in 1132 Điều 2 khoản 2: [].
7. expected_national names a 3090 Phần II mục 3 national shared component that is not a 1132 row (e.g. Hệ thống thư điện tử (email) công vụ thống nhất) when the component repeats it; names are the document's own.
8. Kiosks, screens, wifi, cameras, devices, sensors, or rows that only say where a system stands or whom it serves are not duplicates; a platform's words used for another purpose (e.g. university LMS vs the K-12 B-36) are not duplicates.
9. Status (existing/planned/expanding/retiring) does not change the label: the label records functional overlap; go-live timing (Điều 2 khoản 3) is left to the checker's other fields.
10. Cases where the documents conflict or stay silent (e.g. ministry 'Quản lý cán bộ'/'Quản lý KH&CN' apps vs B-29/B-48, provincial bản đồ số nông nghiệp vs B-38, họp trực tuyến inside a Bàn làm việc số) were left out."""

cases = []
for i, (kind, agency, status, name, desc, exp, nat, why) in enumerate(R, 1):
    enames = []
    for e in exp:
        n = int(e[2:])
        enames.append(e)
    cases.append({"id": f"K{i:03d}", "kind": kind, "agency": agency, "status": status, "name": name,
                  "description": desc, "expected": exp, "expected_national": nat, "why": why})
out = nfc({"about": ABOUT, "cases": cases})

# ---- validation ----
ids = [c["id"] for c in out["cases"]]
assert len(ids) == len(set(ids))
for c in out["cases"]:
    assert c["kind"] in {"province", "ministry", "commune", "party", "assembly", "front", "other"}, c
    assert c["status"] in {"existing", "planned", "expanding", "retiring"}, c
    assert c["name"].strip(), c
    for e in c["expected"]: assert e in VALID, (c["id"], e)
    for n in c["expected_national"]: assert n in NATIONAL, (c["id"], n)
    assert c["why"].strip()
keys = [(c["agency"], c["name"]) for c in out["cases"]]
dup = [k for k, v in collections.Counter(keys).items() if v > 1]
assert not dup, dup
with open("/work/dev6/overlap_dev6.json", "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    cs = out["cases"]
    print("rows", len(cs))
    print("kind", collections.Counter(c["kind"] for c in cs))
    print("status", collections.Counter(c["status"] for c in cs))
    pos = [c for c in cs if c["expected"] or c["expected_national"]]
    print("positives", len(pos), round(len(pos) / len(cs), 2), "nat", sum(1 for c in cs if c["expected_national"]))
    print("pos by kind", collections.Counter(c["kind"] for c in pos))
    print("empty desc", sum(1 for c in cs if not c["description"]))
    print("two ids", sum(1 for c in cs if len(c["expected"]) > 1))
