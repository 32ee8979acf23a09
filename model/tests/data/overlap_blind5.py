# -*- coding: utf-8 -*-
"""Build /work/blind5/overlap_blind5.json: six whole agency IT inventories, labelled
against 1132/QĐ-TTg Phụ lục II and 3090/QĐ-BKHCN Phần II mục 3 (from the documents only)."""
import json, unicodedata, collections

A = {1: "Cổng dịch vụ công quốc gia", 2: "Nền tảng VNeID", 3: "Nền tảng định danh và xác thực điện tử",
     4: "Trục liên thông văn bản quốc gia", 5: "Nền tảng chia sẻ, điều phối dữ liệu của Trung tâm dữ liệu quốc gia",
     6: "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia", 7: "Cổng dữ liệu quốc gia",
     8: "Nền tảng điện toán đám mây trong Trung tâm dữ liệu quốc gia", 9: "Nền tảng chuỗi khối (blockchain) quốc gia",
     10: "Trợ lý ảo quốc gia", 11: "Trung tâm tính toán hiệu năng cao của Trung tâm dữ liệu quốc gia",
     12: "Nền tảng số từ điển dữ liệu dùng chung", 13: "Nền tảng SOC quốc gia thế hệ mới",
     14: "Hệ thống phòng vệ mạng quốc gia", 15: "Nền tảng quản lý dữ liệu thống kê", 16: "Cổng Pháp luật quốc gia",
     17: "Hệ thống Công báo điện tử nước Cộng hòa xã hội chủ nghĩa Việt Nam"}
B = {1: "Hệ thống thông tin giải quyết thủ tục hành chính của Đảng trên môi trường điện tử"}
for i in range(2, 18):
    B[i] = "Hệ thống thông tin giải quyết thủ tục hành chính"
B.update({6: "Hệ thống thông tin giải quyết thủ tục hành chính (Bộ Tư pháp)",
          10: "Hệ thống thông tin giải quyết thủ tục hành chính (Bộ Xây dựng)",
          18: "Cổng thông tin một cửa quốc gia", 19: "Hệ thống thông tin điều hành tác nghiệp trong các cơ quan Đảng",
          20: "Hệ thống thông tin lĩnh vực tổ chức - xây dựng Đảng",
          21: "Phần mềm theo dõi tình hình thực hiện Nghị quyết, Chỉ thị, Kết luận của Trung ương",
          22: "Hệ thống quản lý đấu giá tài sản", 23: "Nền tảng quản lý doanh nghiệp quốc gia",
          24: "Nền tảng tài chính số quốc gia", 25: "Hệ thống công nghệ thông tin thực hiện Hải quan số",
          26: "Nền tảng Công khai ngân sách nhà nước", 27: "Hệ thống thông tin quản lý thuế",
          28: "Hệ thống mạng đấu thầu quốc gia", 29: "Nền tảng quản lý cán bộ công chức, viên chức quốc gia",
          30: "Nền tảng hợp đồng lao động điện tử", 31: "Sàn giao dịch việc làm quốc gia",
          32: "Nền tảng số quốc gia về văn thư, lưu trữ", 33: "Nền tảng Số sức khỏe điện tử",
          34: "Hệ thống thông tin và Cơ sở dữ liệu quốc gia về An toàn thực phẩm",
          35: "Nền tảng số quản trị giáo dục quốc gia", 36: "Nền tảng giáo dục thông minh quốc gia",
          37: "Nền tảng quốc gia về chăn nuôi và thú y", 38: "Nền tảng quốc gia về trồng trọt và bảo vệ thực vật",
          39: "Nền tảng trí tuệ nhân tạo (AI) hỗ trợ phân tích, cảnh báo thiên tai",
          40: "Nền tảng trí tuệ nhân tạo (AI) hỗ trợ ứng phó với biến đổi khí hậu",
          41: "Nền tảng trí tuệ nhân tạo (AI) hỗ trợ bảo vệ môi trường", 42: "Nền tảng quản lý thương mại và thị trường",
          43: "Nền tảng số pháp luật Việt Nam", 44: "Nền tảng quản lý cơ sở dữ liệu quốc gia về di sản văn hóa",
          45: "Nền tảng Quản trị và Kinh doanh du lịch", 46: "Nền tảng/Cơ sở dữ liệu dân tộc",
          47: "Nền tảng/Cơ sở dữ liệu tôn giáo",
          48: "Nền tảng số quản lý khoa học, công nghệ và đổi mới sáng tạo quốc gia",
          49: "Hệ thống thông tin quốc gia về khoa học, công nghệ và đổi mới sáng tạo",
          50: "Hệ thống thanh toán điện tử liên ngân hàng", 51: "Hệ thống thông tin tín dụng quốc gia",
          52: "Hệ thống thông tin ngân sách và kế toán nhà nước số (VDBAS)",
          53: "Nền tảng/Cơ sở dữ liệu chuyên ngành quản lý chứng khoán",
          54: "Nền tảng quản lý hệ thống giao thông thông minh đường bộ",
          55: "Nền tảng số công tác tiếp công dân, xử lý đơn giải quyết khiếu nại, tố cáo",
          56: "Nền tảng số công tác thanh tra", 57: "Nền tảng số công tác kiểm soát tài sản, thu nhập",
          58: "Nền tảng số công tác phòng, chống tham nhũng, lãng phí, tiêu cực",
          59: "Nền tảng số công tác thực hiện trách nhiệm giải trình", 60: "Nền tảng phát thanh số quốc gia",
          61: "Nền tảng truyền hình số trực tuyến quốc gia VTVGo",
          62: "Nền tảng dữ liệu đo lường hành vi khán giả xem truyền hình - VTV Big Data và VTV Rating"})
PLATFORMS = {}
for n, v in A.items():
    PLATFORMS["A-%02d" % n] = ("A", n, v)
for n, v in B.items():
    PLATFORMS["B-%02d" % n] = ("B", n, v)

# 3090 Phần II mục 3 national shared components that are not 1132 rows
NAT = {
    "email": ("Hệ thống thư điện tử (email) công vụ thống nhất", "điểm c (Lớp 3)"),
    "ca": ("Hệ thống chứng thực chữ ký số chuyên dùng công vụ", "điểm a (Lớp 1)"),
    "bdhv": ("Nền tảng Bình dân học vụ số", "điểm c (Lớp 3)"),
}

L1132 = "1132/QĐ-TTg"
D2 = "Điều 2 khoản 2 1132/QĐ-TTg"

def ref(pid):
    g, n, name = PLATFORMS[pid]
    return "%s Phụ lục II mục %s STT %d «%s»" % (L1132, g, n, name)

def P(pid, note, pid2=None):
    s = "Lặp chức năng, mục tiêu và phạm vi của %s" % ref(pid)
    if pid2:
        s += " và %s" % ref(pid2)
    return s + ": " + note + " (" + D2 + ")."

def N(key, note):
    name, pt = NAT[key]
    return ("Lặp thành phần dùng chung quốc gia «%s» (3090/QĐ-BKHCN Phần II mục 3 %s), không phải một dòng của "
            "%s Phụ lục II: %s." % (name, pt, L1132, note))

def USE(pid, note=""):
    return ("Chỉ sử dụng/kết nối tới %s, không xây dựng hệ thống có chức năng tương tự; sử dụng nền tảng dùng chung "
            "là trách nhiệm theo %s Điều 3 khoản 2 điểm b. %s" % (ref(pid), L1132, note)).strip()

def RA(mục, layer, item, extra=""):
    names = {1: "cơ quan Đảng", 3: "Mặt trận Tổ quốc Việt Nam", 4: "cơ quan, tổ chức khác",
             5: "cấp bộ", 6: "cấp tỉnh", 7: "cấp xã"}
    s = ("Thành phần do khung kiến trúc tham chiếu %s giao cơ quan tự triển khai (3090/QĐ-BKHCN Phụ lục I mục %d, %s: «%s»); "
         "không có dòng tương ứng trong %s Phụ lục II." % (names[mục], mục, layer, item, L1132))
    return (s + " " + extra).strip()

def OWN(note):
    return ("Hệ thống nghiệp vụ riêng của cơ quan, không thuộc danh mục %s Phụ lục II và không trùng nền tảng "
            "nào trong 3090/QĐ-BKHCN Phần II mục 3: %s." % (L1132, note))

INV = []  # (kind, agency, rows)

# ---------------------------------------------------------------- 1. province
prov = "Tỉnh Lào Cai"
R = [
 ("existing", "Hệ thống quản lý văn bản và điều hành dùng chung tỉnh (VNPT iOffice)",
  "Dùng chung cho các sở, ban, ngành và UBND các xã, phường; ký số, xử lý hồ sơ công việc, liên thông văn bản qua Trục quốc gia.",
  [], [], RA(6, "Lớp 4", "Bàn làm việc số ... quản lý văn bản, điều hành", "Trục liên thông văn bản quốc gia (A-04) chỉ là trục gửi, nhận giữa các cơ quan; hệ thống QLVB nội bộ kết nối vào trục, không lặp trục.")),
 ("existing", "Cổng thông tin điện tử tỉnh và các trang thành phần của sở, xã", "",
  [], [], OWN("cổng thông tin của cơ quan không phải giao diện giải quyết TTHC (A-01) hay Cổng Pháp luật (A-16)")),
 ("existing", "HTTT giải quyết TTHC tỉnh Lào Cai (một cửa điện tử)",
  "Tiếp nhận, xử lý hồ sơ TTHC thuộc thẩm quyền tỉnh, xã; đồng bộ trạng thái hồ sơ lên Cổng DVC quốc gia.",
  [], [], RA(6, "Lớp 3 điểm a", "Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh", "Ghi chú cùng mục: HTTT giải quyết TTHC cấp tỉnh hiện có tiếp tục duy trì.")),
 ("expanding", "Nâng cấp Cổng dịch vụ công tỉnh (giao diện nộp hồ sơ, thanh toán trực tuyến, tra cứu kết quả riêng của tỉnh)",
  "Bổ sung giao diện mới cho người dân, doanh nghiệp nộp hồ sơ trực tuyến trên cổng riêng của tỉnh thay vì qua Cổng DVCQG.",
  ["A-01"], [], P("A-01", "cổng riêng cho người dân nộp hồ sơ lặp «giao diện một cửa duy nhất»; 3090/QĐ-BKHCN Phần II mục 2 điểm đ (Nguyên tắc 5) yêu cầu chấm dứt việc mỗi địa phương xây dựng một cổng dịch vụ công riêng")),
 ("planned", "App \"Lào Cai S\" – ứng dụng công dân số của tỉnh",
  "Ứng dụng di động cho người dân: nộp DVC, nhận thông báo của chính quyền, lưu giấy tờ cá nhân, phản ánh hiện trường.",
  ["A-02"], [], P("A-02", "ứng dụng di động làm kênh giao tiếp chính thức với người dân, lưu dữ liệu số công dân, thực hiện DVC là chức năng của VNeID; 3090 Phần II mục 2 điểm đ (Nguyên tắc 5) nêu tình trạng mỗi địa phương xây dựng ứng dụng riêng biệt cần chấm dứt")),
 ("existing", "Nen tang tich hop, chia se du lieu tinh (LGSP)", "",
  [], [], RA(6, "Lớp 2", "Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh", "NDXP (A-06) là điểm nút kết nối tới các LGSP địa phương.")),
 ("existing", "Trung tâm dữ liệu tỉnh – thuê chỗ đặt và máy chủ tại Viettel IDC",
  "Hạ tầng máy chủ, lưu trữ cho các hệ thống dùng chung của tỉnh.",
  [], [], RA(6, "Lớp 1", "Trung tâm dữ liệu cấp tỉnh (sử dụng trung tâm dữ liệu hiện có)")),
 ("planned", "Xây dựng Kho dữ liệu dùng chung cấp tỉnh", "",
  [], [], RA(6, "Lớp 2", "Kho dữ liệu dùng chung cấp tỉnh")),
 ("existing", "Trung tâm giám sát, điều hành thông minh (IOC) tỉnh",
  "Tổng hợp dữ liệu các lĩnh vực, camera, phản ánh hiện trường phục vụ lãnh đạo tỉnh.",
  [], [], RA(6, "Lớp 3 điểm a", "Trung tâm giám sát, điều hành thông minh cấp tỉnh")),
 ("planned", "Nền tảng AI cấp tỉnh (cung cấp mô hình, API AI cho các sở, ngành)",
  "Hạ tầng và dịch vụ AI dùng chung trong tỉnh, kết nối qua LGSP và đồng bộ với nền tảng AI quốc gia.",
  [], [], RA(6, "Lớp 3 điểm a", "Nền tảng AI cấp tỉnh")),
 ("planned", "Xây dựng trợ lý ảo hỏi đáp TTHC của tỉnh trên mô hình ngôn ngữ lớn tự huấn luyện",
  "Đầu tư máy chủ GPU, tự huấn luyện mô hình, xây dựng chatbot riêng hỏi đáp pháp luật, TTHC cho người dân và cán bộ.",
  ["A-10"], [], P("A-10", "A-10 là nền tảng duy nhất để các địa phương tùy biến trợ lý ảo của mình mà không đầu tư nền tảng thuật toán riêng lẻ, phân tán, trùng lặp")),
 ("existing", "Hệ thống thư điện tử công vụ tỉnh (@laocai.gov.vn) – máy chủ mail riêng", "",
  [], ["Hệ thống thư điện tử (email) công vụ thống nhất"], N("email", "hệ thống thư điện tử riêng của tỉnh lặp hệ thống email công vụ dùng chung từ Trung ương đến cấp xã")),
 ("expanding", "Thuê dịch vụ tường lửa ứng dụng web (WAF) và chống DDoS cho cổng TTĐT, cổng DVC tỉnh", "",
  ["A-14"], [], P("A-14", "tường lửa ứng dụng web và phòng chống tấn công từ chối dịch vụ là dịch vụ dùng chung cốt lõi của A-14; các cơ quan nhà nước không cần đầu tư giải pháp có tính năng tương tự")),
 ("existing", "Phần mềm phòng chống mã độc tập trung cho máy trạm (Bkav Endpoint)", "",
  [], [], "Hạ tầng bảo đảm an ninh, an toàn dữ liệu đầu cuối do chủ quản hệ thống đầu cuối tự triển khai (3090/QĐ-BKHCN Phần II mục 3 điểm a); A-13, A-14 là giám sát/phòng vệ tập trung cấp quốc gia, không phải bảo vệ đầu cuối."),
 ("planned", "Cổng dữ liệu mở tỉnh Lào Cai",
  "Công bố danh mục dữ liệu, tập dữ liệu mở của các sở, ngành cho người dân, doanh nghiệp khai thác.",
  ["A-07"], [], P("A-07", "A-07 là nền tảng tập trung thống nhất cung cấp dữ liệu mở của các bộ, ngành, địa phương, có không gian riêng cho từng cơ quan quản trị tập dữ liệu")),
 ("existing", "Sở Tài chính – Phần mềm quản lý ngân sách tỉnh (lập, phân bổ, điều chỉnh dự toán)",
  "Các đơn vị dự toán lập, phân bổ, điều chỉnh dự toán ngân sách trực tuyến với Sở Tài chính.",
  ["B-52"], [], P("B-52", "nhập, phân bổ, bổ sung, điều chỉnh dự toán ngân sách của cơ quan tài chính và đơn vị dự toán là chức năng của VDBAS")),
 ("existing", "MISA Mimosa.NET – kế toán hành chính sự nghiệp các đơn vị", "",
  [], [], "Phần mềm kế toán của từng đơn vị là ứng dụng quản lý tài chính, kế toán (3090/QĐ-BKHCN Phụ lục I mục 5 Lớp 3 «Ứng dụng quản lý nguồn lực»); không lặp B-52, vốn là hệ thống ngân sách, kế toán nhà nước (1132 Phụ lục II mục B STT 52)."),
 ("planned", "Cong cong khai ngan sach tinh Lao Cai", "",
  ["B-26"], [], P("B-26", "công khai ngân sách của các cơ quan, đơn vị được thực hiện thông qua nền tảng tập trung, thống nhất dùng chung cho các bộ, ngành, địa phương")),
 ("existing", "Trang đấu giá tài sản công trực tuyến của tỉnh",
  "Niêm yết, tổ chức đấu giá thanh lý tài sản công, tài sản tịch thu do vi phạm hành chính.",
  ["B-22"], [], P("B-22", "đăng tải thông báo, niêm yết và quản lý các cuộc đấu giá tài sản công, tài sản vi phạm hành chính")),
 ("existing", "Phần mềm quản lý tài sản công của tỉnh", "",
  [], [], "Ứng dụng quản lý tài sản (3090/QĐ-BKHCN Phụ lục I mục 5 Lớp 3 «Ứng dụng quản lý nguồn lực: ... Quản lý tài sản»); 1132 chỉ có B-22 về đấu giá tài sản, không có nền tảng quản lý tài sản công."),
 ("planned", "Sở Nội vụ – Xây dựng CSDL cán bộ, công chức, viên chức riêng của tỉnh",
  "Quản lý hồ sơ điện tử, tuyển dụng, nâng ngạch, đánh giá CBCCVC của các cơ quan, đơn vị trong tỉnh.",
  ["B-29"], [], P("B-29", "B-29 cho phép cơ quan quản lý CBCCVC ở trung ương và địa phương khai thác, sử dụng và cho CBCCVC cập nhật hồ sơ điện tử; 3090 Phần II mục 3 điểm c cũng xác định đây là nền tảng dùng chung")),
 ("existing", "Sàn giao dịch việc làm trực tuyến tỉnh (Trung tâm Dịch vụ việc làm)",
  "Kết nối người tìm việc và doanh nghiệp tuyển dụng, tổ chức phiên giao dịch việc làm online.",
  ["B-31"], [], P("B-31", "kết nối cung - cầu lao động, giao dịch việc làm trực tuyến cho tổ chức dịch vụ việc làm công, người lao động, người sử dụng lao động")),
 ("existing", "Phần mềm quản lý tài liệu lưu trữ lịch sử tỉnh (số hóa, tra cứu)", "",
  ["B-32"], [], P("B-32", "quản lý cơ sở dữ liệu tài liệu lưu trữ thuộc Phông lưu trữ nhà nước Việt Nam")),
 ("existing", "Sở GD&ĐT – thuê phần mềm quản lý trường học, sổ điểm điện tử (Viettel SMAS) cho các trường phổ thông",
  "", ["B-35"], [], P("B-35", "quản trị các cơ sở giáo dục mầm non, phổ thông trên cả nước, dùng chung cho Bộ GDĐT, các sở GDĐT, xã/phường")),
 ("planned", "Hệ thống học tập trực tuyến (LMS), kiểm tra đánh giá cho học sinh phổ thông toàn tỉnh",
  "Ngân hàng đề, thi trực tuyến, học liệu số cho các trường THCS, THPT.",
  ["B-36"], [], P("B-36", "đổi mới phương pháp dạy, học, kiểm tra, đánh giá trong các cơ sở giáo dục phổ thông")),
 ("existing", "Sở Y tế – Phần mềm quản lý tiêm chủng của tỉnh", "",
  ["B-33"], [], P("B-33", "B-33 tích hợp Hệ thống quản lý thông tin tiêm chủng quốc gia")),
 ("existing", "Phần mềm HIS quản lý khám, chữa bệnh tại các trung tâm y tế khu vực", "",
  [], [], OWN("phần mềm quản lý hoạt động khám chữa bệnh của cơ sở y tế; B-33 là sổ sức khỏe điện tử của người dân, không phải hệ thống điều hành bệnh viện")),
 ("planned", "Hệ thống cảnh báo sớm lũ quét, sạt lở đất ứng dụng AI của tỉnh",
  "Tự xây dựng mô hình AI dự báo, cảnh báo lũ quét, sạt lở cho các xã vùng cao.",
  ["B-39"], [], P("B-39", "phần mềm AI dùng chung hỗ trợ cảnh báo thiên tai, ưu tiên lũ quét, sạt lở đất; bộ công cụ cho phép các đơn vị tùy biến mà không xây riêng")),
 ("existing", "Mạng lưới trạm đo mưa tự động và camera giám sát điểm sạt lở", "",
  [], [], "Hạ tầng thu thập số liệu hiện trường (thiết bị IoT, 3090/QĐ-BKHCN Phần II mục 4 điểm a; Phụ lục I mục 6 Lớp 3 điểm b «Hệ thống quan trắc và giám sát môi trường»), không phải phần mềm AI cảnh báo của B-39 (1132 Phụ lục II mục B STT 39)."),
 ("planned", "Sở NN&MT – Phần mềm quản lý dịch bệnh động vật, kiểm dịch và cơ sở chăn nuôi", "",
  ["B-37"], [], P("B-37", "cơ sở chăn nuôi, phòng chống dịch bệnh động vật, kiểm dịch là nghiệp vụ của nền tảng thống nhất từ trung ương đến địa phương")),
 ("existing", "Hệ thống quan trắc môi trường tự động (nước thải, không khí) tỉnh", "",
  [], [], RA(6, "Lớp 3 điểm b", "Hệ thống quan trắc và giám sát môi trường")),
 ("planned", "CSDL dân tộc tỉnh (hộ đồng bào DTTS, chính sách dân tộc, chương trình MTQG)", "",
  ["B-46"], [], P("B-46", "quản lý, cập nhật, khai thác dữ liệu về dân tộc, địa bàn vùng đồng bào DTTS, chính sách và chương trình dân tộc")),
 ("existing", "Thanh tra tỉnh – Phần mềm tiếp công dân, xử lý đơn thư khiếu nại, tố cáo",
  "Dùng cho Ban tiếp công dân tỉnh và các sở.",
  ["B-55"], [], P("B-55", "tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo, thống nhất sử dụng từ trung ương đến địa phương")),
 ("existing", "Sở Tư pháp – Công báo điện tử tỉnh",
  "Đăng tải văn bản QPPL của HĐND, UBND tỉnh trên Công báo tỉnh.",
  ["A-17"], [], P("A-17", "nền tảng tập trung, thống nhất cho tất cả cơ quan ban hành văn bản pháp quy chủ động đăng tải VBQPPL")),
 ("retiring", "CSDL văn bản QPPL tỉnh – dừng, chuyển dữ liệu về CSDL quốc gia về pháp luật", "",
  ["B-43"], [], P("B-43", "lưu trữ tập trung VBQPPL vào cơ sở dữ liệu quốc gia về pháp luật và chia sẻ cho các hệ thống; nhãn theo chức năng, không theo việc hệ thống đang dừng")),
 ("existing", "Sở VHTTDL – CSDL di tích, di sản văn hóa tỉnh", "",
  ["B-44"], [], P("B-44", "quản lý, lưu trữ, chia sẻ dữ liệu di sản văn hóa trên môi trường số, tập trung, thống nhất toàn quốc")),
 ("existing", "Ứng dụng du lịch thông minh Lào Cai (bản đồ, VR360, thuyết minh tự động)",
  "Hỗ trợ du khách 24/7, đa ngôn ngữ, giới thiệu OCOP, đặt dịch vụ.",
  [], [], RA(6, "Lớp 3 điểm b", "Giải pháp chuyển đổi số du lịch")),
 ("existing", "Hệ thống thông tin nguồn tỉnh (cấp tin cho đài truyền thanh cơ sở)", "",
  [], [], RA(6, "Lớp 3 điểm a", "Hệ thống thông tin nguồn cấp tỉnh")),
 ("planned", "Dashboard điều hành của UBND tỉnh và bộ chỉ số KPI", "",
  [], [], RA(6, "Lớp 4", "Bảng thông tin điều hành (Dashboard) ... cấp tỉnh; Khung giám sát và đo lường kết quả (KPIs)")),
 ("existing", "Kết nối NDXP và Nền tảng chia sẻ, điều phối dữ liệu của TTDLQG", "",
  [], [], USE("A-06", "LGSP tỉnh kết nối, không thay thế.")),
 ("planned", "Phần mềm thu thập, tổng hợp báo cáo chỉ tiêu thống kê cấp tỉnh, cấp xã",
  "Các sở và UBND xã nhập số liệu chỉ tiêu thống kê, Cục Thống kê tỉnh tổng hợp, công bố.",
  ["A-15"], [], P("A-15", "quản lý, thu thập, xử lý dữ liệu báo cáo các chỉ tiêu thống kê quốc gia, cấp tỉnh, cấp xã và công bố chỉ tiêu")),
]
INV.append(("province", prov, R))

# ---------------------------------------------------------------- 2. ministry
mini = "Bộ Xây dựng"
R = [
 ("existing", "Hệ thống quản lý văn bản và điều hành của Bộ Xây dựng", "Xử lý văn bản, hồ sơ công việc, ký số trên toàn Bộ.",
  [], [], RA(5, "Lớp 3", "Ứng dụng hỗ trợ hoạt động của các cơ quan nhà nước: Quản lý văn bản và điều hành")),
 ("existing", "Cổng thông tin điện tử Bộ Xây dựng", "",
  [], [], OWN("cổng thông tin của bộ, không phải giao diện giải quyết TTHC (A-01)")),
 ("existing", "Hệ thống thông tin giải quyết TTHC của Bộ Xây dựng",
  "Hệ thống của Bộ, dùng thống nhất từ Bộ đến sở xây dựng để giải quyết TTHC lĩnh vực xây dựng, nhà ở, giao thông.",
  [], [], "Đây chính là nền tảng của Bộ tại 1132/QĐ-TTg Phụ lục II mục B STT 10 (cơ quan chủ quản: Bộ Xây dựng); cơ quan chủ quản đầu tư, vận hành nền tảng của mình theo Điều 3 khoản 1 điểm d, không phải trùng lặp."),
 ("planned", "Nền tảng quản lý hệ thống giao thông thông minh đường bộ (ITS) – giai đoạn 1", "",
  [], [], "Nền tảng do chính Bộ Xây dựng là cơ quan chủ quản (1132/QĐ-TTg Phụ lục II mục B STT 54); cơ quan chủ quản triển khai đầu tư theo Điều 3 khoản 1 điểm d, không phải hệ thống trùng lặp."),
 ("existing", "LGSP Bộ Xây dựng", "", [], [], RA(5, "Lớp 2", "Nền tảng tích hợp, chia sẻ dữ liệu cấp bộ (LGSP cấp bộ)")),
 ("existing", "Trung tâm dữ liệu Bộ Xây dựng", "Phòng máy chủ tại trụ sở Bộ, dự phòng tại Trung tâm Thông tin.",
  [], [], RA(5, "Lớp 1", "Trung tâm dữ liệu cấp bộ (sử dụng Trung tâm dữ liệu hiện có)")),
 ("planned", "Kho dữ liệu dùng chung ngành xây dựng (data warehouse)", "",
  [], [], RA(5, "Lớp 2", "Kho dữ liệu dùng chung cấp bộ")),
 ("planned", "Kho quản lý dữ liệu điện tử của tổ chức, cá nhân (gắn với HTTT giải quyết TTHC của Bộ)", "",
  [], [], RA(5, "Lớp 2, Lớp 3", "Kho quản lý dữ liệu điện tử của tổ chức, cá nhân")),
 ("planned", "Nền tảng AI cấp bộ (ministry AI platform)", "Shared GPU, models and APIs for ministry units, synced with the national AI platform.",
  [], [], RA(5, "Lớp 3", "Nền tảng AI cấp bộ")),
 ("planned", "Bàn làm việc số (Digital Workplace) Bộ Xây dựng", "",
  [], [], RA(5, "Lớp 4", "Bàn làm việc số (Digital Workplace)")),
 ("planned", "Dashboard chỉ đạo điều hành và KPI của Bộ", "",
  [], [], RA(5, "Lớp 4", "Bảng thông tin điều hành (Dashboard) giám sát, điều hành cấp bộ; KPIs")),
 ("existing", "CSDL quốc gia về nhà ở và thị trường bất động sản", "",
  [], [], OWN("CSDL chuyên ngành của Bộ (3090 Phụ lục I mục 5 Lớp 2 «Các CSDL dùng chung, CSDL chuyên ngành»)")),
 ("existing", "CSDL về hoạt động xây dựng (năng lực tổ chức, chứng chỉ hành nghề)", "",
  [], [], OWN("CSDL chuyên ngành của Bộ (3090 Phụ lục I mục 5 Lớp 2)")),
 ("existing", "CSDL kết cấu hạ tầng giao thông đường bộ", "",
  [], [], OWN("CSDL chuyên ngành (3090 Phụ lục I mục 5 Lớp 2); là nguồn dữ liệu chứ không phải nền tảng")),
 ("existing", "Hệ thống quản lý đăng kiểm phương tiện (Cục Đăng kiểm)", "",
  [], [], OWN("nghiệp vụ chuyên ngành đặc thù (3090 Phụ lục I mục 5 Lớp 3)")),
 ("existing", "Hệ thống thu phí điện tử không dừng (ETC) – dữ liệu trung tâm", "",
  [], [], "Hệ thống nghiệp vụ thu phí là nguồn dữ liệu được B-54 kết nối, tích hợp (1132/QĐ-TTg Phụ lục II mục B STT 54 nêu «hệ thống thu phí điện tử không dừng» là nguồn); không lặp nền tảng."),
 ("existing", "Phần mềm quản lý dự án đầu tư xây dựng của Bộ", "",
  [], [], RA(5, "Lớp 3", "Quản lý dự án đầu tư")),
 ("existing", "Phan mem thi dua khen thuong", "", [], [], RA(5, "Lớp 3", "Quản lý thi đua khen thưởng")),
 ("existing", "Phần mềm quản lý hợp tác quốc tế", "", [], [], RA(5, "Lớp 3", "Quản lý hợp tác quốc tế")),
 ("existing", "Kế toán MISA cho các đơn vị dự toán trực thuộc", "",
  [], [], RA(5, "Lớp 3", "Ứng dụng quản lý nguồn lực: Quản lý tài chính, kế toán")),
 ("existing", "Microsoft Exchange mail server Bộ Xây dựng (@moc.gov.vn)", "On-premise mail system for all staff.",
  [], ["Hệ thống thư điện tử (email) công vụ thống nhất"], N("email", "máy chủ thư riêng của Bộ lặp hệ thống email công vụ dùng chung")),
 ("planned", "Xây dựng hệ thống CA nội bộ cấp chứng thư số cho cán bộ của Bộ", "Tự vận hành CA, cấp và thu hồi chứng thư số để ký văn bản.",
  [], ["Hệ thống chứng thực chữ ký số chuyên dùng công vụ"], N("ca", "tự cấp chứng thư số cho cán bộ để ký văn bản, giao dịch điện tử lặp hệ thống chứng thực chữ ký số chuyên dùng công vụ của Ban Cơ yếu Chính phủ")),
 ("existing", "Tích hợp chữ ký số chuyên dùng (Ban Cơ yếu) vào QLVB và HTTT TTHC", "",
  [], [], "Sử dụng Hệ thống chứng thực chữ ký số chuyên dùng công vụ (3090/QĐ-BKHCN Phần II mục 3 điểm a), không xây CA riêng; tích hợp ký số là yêu cầu tại 4577/BKHCN mục 2 điểm c."),
 ("expanding", "Thuê dịch vụ anti-DDoS và WAF cho cổng thông tin, cổng DVC của Bộ", "",
  ["A-14"], [], P("A-14", "tường lửa ứng dụng web quốc gia, phòng chống DDoS tập trung là dịch vụ của A-14")),
 ("existing", "Phần mềm diệt virus máy trạm (Kaspersky) toàn Bộ", "",
  [], [], "Bảo đảm an toàn đầu cuối do chủ quản hệ thống đầu cuối triển khai (3090/QĐ-BKHCN Phần II mục 3 điểm a)."),
 ("planned", "Cổng dữ liệu mở ngành xây dựng", "Open data portal publishing construction datasets (DCAT).",
  ["A-07"], [], P("A-07", "xuất bản dữ liệu mở theo DCAT-VN của các bộ, ngành trên nền tảng tập trung thống nhất")),
 ("planned", "Chatbot trợ lý ảo pháp luật xây dựng (tự phát triển mô hình, hạ tầng riêng)", "",
  ["A-10"], [], P("A-10", "các bộ tùy biến trợ lý ảo trên nền tảng duy nhất, không đầu tư nền tảng thuật toán riêng lẻ")),
 ("planned", "Blockchain platform for construction material traceability (own nodes)",
  "Ministry-run permissioned blockchain network for smart contracts and traceability.",
  ["A-09"], [], P("A-09", "nền tảng chuỗi khối cơ bản để các bộ, ngành phát triển ứng dụng trên đó; tự dựng mạng chuỗi khối riêng lặp chức năng")),
 ("existing", "Hệ thống lựa chọn nhà thầu qua mạng của Bộ (đăng tải, nộp HSDT, mở thầu)", "",
  ["B-28"], [], P("B-28", "đăng tải thông tin, nộp hồ sơ dự thầu, mở thầu, đánh giá qua mạng áp dụng với mọi cơ quan sử dụng vốn nhà nước")),
 ("existing", "Phần mềm tiếp công dân, xử lý đơn thư KNTC của Bộ", "",
  ["B-55"], [], P("B-55", "tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo, thống nhất từ trung ương đến địa phương")),
 ("planned", "Phần mềm kê khai, quản lý bản kê khai tài sản, thu nhập của công chức Bộ", "",
  ["B-57"], [], P("B-57", "kê khai, công khai, theo dõi, xác minh tài sản, thu nhập của người có nghĩa vụ kê khai")),
 ("existing", "He thong lay y kien du thao VBQPPL truc tuyen cua Bo", "",
  ["A-16"], [], P("A-16", "kênh tương tác lấy ý kiến chuyên gia và nhân dân trong quá trình xây dựng pháp luật")),
 ("planned", "Phần mềm quản lý xây dựng VBQPPL (soạn thảo, thẩm định, ban hành) của Vụ Pháp chế", "",
  ["B-43"], [], P("B-43", "quản lý chương trình xây dựng VBQPPL: dự thảo, tham vấn, thẩm định, ban hành, dùng chung cho mọi cơ quan")),
 ("planned", "Trang công khai dự toán, quyết toán ngân sách của Bộ và đơn vị trực thuộc", "",
  ["B-26"], [], P("B-26", "công khai ngân sách của các cơ quan, đơn vị trên toàn quốc qua nền tảng tập trung")),
 ("existing", "Phần mềm phân bổ, giao dự toán ngân sách cho đơn vị trực thuộc Bộ", "",
  ["B-52"], [], P("B-52", "nhập, phân bổ, bổ sung, điều chỉnh dự toán ngân sách của đơn vị dự toán")),
 ("planned", "Ứng dụng di động DVC Bộ Xây dựng cho người dân, doanh nghiệp", "Citizen app: submit, track and receive results of ministry procedures.",
  ["A-02"], [], P("A-02", "thực hiện dịch vụ công trực tuyến trên di động là chức năng của VNeID; 3090 Phần II mục 3 điểm d: Cổng DVCQG và VNeID là hai kênh giao tiếp chính")),
 ("existing", "Hệ thống tài khoản, xác thực người dân/doanh nghiệp riêng cho các dịch vụ của Bộ", "Đăng ký tài khoản bằng email/SĐT, xác minh giấy tờ trực tuyến.",
  ["A-03"], [], P("A-03", "cung cấp định danh, xác thực điện tử cho truy cập dịch vụ số; 3090 Phần II mục 2 điểm đ: người dân chỉ cần một định danh duy nhất")),
 ("existing", "Kết nối Cổng DVCQG và Trục liên thông văn bản quốc gia", "",
  [], [], USE("A-01", "Cùng nội dung với kết nối Trục liên thông văn bản quốc gia (A-04).")),
 ("existing", "Sử dụng mạng TSLCD kết nối các Cục, Vụ", "",
  [], [], "Sử dụng Mạng Truyền số liệu chuyên dùng (3090/QĐ-BKHCN Phần II mục 3 điểm a), không xây mạng riêng."),
]
INV.append(("ministry", mini, R))

# ---------------------------------------------------------------- 3. commune
com = "Xã Bảo Thắng (tỉnh Lào Cai)"
R = [
 ("existing", "Tài khoản iOffice của tỉnh cho UBND xã", "Xã dùng hệ thống QLVB dùng chung của tỉnh.",
  [], [], RA(7, "Lớp 3 điểm a", "Nền tảng số dùng chung của tỉnh nêu tại mục 6")),
 ("existing", "Một cửa điện tử xã – sử dụng HTTT giải quyết TTHC của tỉnh", "",
  [], [], RA(7, "Lớp 3 điểm a", "Nền tảng số dùng chung của tỉnh nêu tại mục 6", "Xã dùng HTTT giải quyết TTHC cấp tỉnh (Phụ lục I mục 6 Lớp 3 điểm a).")),
 ("existing", "Trang thông tin điện tử xã (trang thành phần trên Cổng TTĐT tỉnh)", "",
  [], [], OWN("trang thông tin thành phần của xã trên cổng tỉnh")),
 ("existing", "Mạng LAN, Internet trụ sở UBND xã", "", [], [], RA(7, "Lớp 1", "Hạ tầng ICT cấp xã: Mạng cấp xã")),
 ("existing", "Duy trì kết nối mạng truyền số liệu chuyên dùng cấp II", "",
  [], [], "Sử dụng Mạng TSLCD (3090/QĐ-BKHCN Phần II mục 3 điểm a; Phụ lục I mục 7 Lớp 1)."),
 ("planned", "Lắp đặt wifi công cộng khu trung tâm xã và nhà văn hóa thôn", "",
  [], [], RA(7, "Lớp 1", "Hạ tầng ICT cấp xã: hệ thống wifi công cộng")),
 ("expanding", "Mở rộng hệ thống truyền thanh thông minh (loa IP) đến 100% thôn, bản", "",
  [], [], RA(7, "Lớp 1", "Hạ tầng ICT cấp xã: hệ thống truyền thanh thông minh")),
 ("existing", "Camera an ninh các trục đường chính", "", [], [], RA(7, "Lớp 1", "Hạ tầng ICT cấp xã: hệ thống camera an ninh")),
 ("existing", "Phòng họp trực tuyến UBND xã (điểm cầu kết nối tỉnh)", "",
  [], [], RA(7, "Lớp 1", "Hạ tầng ICT cấp xã: hệ thống hội nghị truyền hình trực tuyến")),
 ("planned", "Bảng điện tử công cộng tại bộ phận một cửa", "", [], [], RA(7, "Lớp 1", "hệ thống bảng điện tử công cộng")),
 ("existing", "Tổ công nghệ số cộng đồng – điểm hỗ trợ người dân dùng DVC, VNeID", "",
  [], [], RA(7, "Lớp 4", "kênh tiếp cận bổ trợ (điểm hỗ trợ tại cộng đồng...)", "Hỗ trợ dùng Cổng DVCQG (A-01) và VNeID (A-02), không lặp chúng.")),
 ("existing", "Xác thực người dân bằng VNeID khi tiếp nhận hồ sơ", "", [], [], USE("A-02")),
 ("existing", "Cập nhật hồ sơ cán bộ xã trên Nền tảng quản lý CBCCVC quốc gia", "", [], [], USE("B-29")),
 ("existing", "Sử dụng phần mềm đăng ký, quản lý hộ tịch dùng chung của Bộ Tư pháp", "", [], [], USE("B-06")),
 ("planned", "Giải pháp thanh toán không tiền mặt tại chợ xã", "QR code cho tiểu thương, thu phí chợ.",
  [], [], RA(7, "Lớp 3 điểm b", "Giải pháp thanh toán điện tử/không tiền mặt")),
 ("planned", "Giải pháp nông nghiệp thông minh cho HTX chè (cảm biến, tưới tự động)", "",
  [], [], RA(7, "Lớp 3 điểm b", "Giải pháp triển khai nông nghiệp thông minh cho doanh nghiệp, hộ kinh doanh")),
 ("planned", "Đưa sản phẩm OCOP của xã lên sàn thương mại điện tử", "",
  [], [], RA(7, "Lớp 3 điểm b", "Giải pháp cho thương mại điện tử")),
 ("planned", "Tư vấn sức khỏe từ xa tại trạm y tế xã", "", [], [], RA(7, "Lớp 3 điểm b", "Giải pháp tư vấn, chăm sóc sức khoẻ từ xa")),
 ("planned", "Chiếu sáng thông minh trục đường trung tâm xã", "Tỉnh chưa triển khai tập trung.",
  [], [], RA(7, "Lớp 3 điểm b", "Hệ thống chiếu sáng thông minh (nếu cấp tỉnh không triển khai tập trung)")),
 ("existing", "May scan, may tinh so hoa ho so, ket qua giai quyet TTHC", "",
  [], [], "Thiết bị đầu cuối phục vụ số hóa (hạ tầng ICT cấp xã, 3090/QĐ-BKHCN Phụ lục I mục 7 Lớp 1); không phải hệ thống phần mềm lặp nền tảng nào."),
 ("planned", "Website DVC riêng của xã cho người dân nộp hồ sơ trực tuyến", "",
  ["A-01"], [], P("A-01", "giao diện một cửa duy nhất cho người dân nộp hồ sơ TTHC; 4577/BKHCN mục 3: cấp xã không tự xây dựng ứng dụng riêng lẻ khi đã có giải pháp dùng chung")),
 ("planned", "App \"Xã thông minh Bảo Thắng\"", "Người dân nộp hồ sơ, nhận thông báo, gửi phản ánh qua điện thoại.",
  ["A-02"], [], P("A-02", "kênh giao tiếp chính thức giữa người dân và cơ quan nhà nước, thực hiện DVC trên di động; 3090 Phần II mục 2 điểm đ (Nguyên tắc 5)")),
 ("existing", "Thuê Google Workspace làm email công vụ tên miền riêng của xã", "",
  [], ["Hệ thống thư điện tử (email) công vụ thống nhất"], N("email", "dịch vụ thư riêng của xã lặp hệ thống email công vụ triển khai dùng chung đến cấp xã")),
 ("retiring", "Phần mềm hộ tịch cài đặt riêng của xã cũ (trước sáp nhập) – thanh lý", "",
  ["B-06"], [], P("B-06", "đăng ký hộ tịch là TTHC thuộc lĩnh vực Bộ Tư pháp, giải quyết trên hệ thống của Bộ dùng thống nhất từ trung ương đến địa phương (1132 Phụ lục II mục B STT 5 mô tả chung); nhãn theo chức năng dù hệ thống đang dừng")),
 ("planned", "Phần mềm đăng ký hộ kinh doanh của xã", "Tiếp nhận, cấp giấy chứng nhận đăng ký hộ kinh doanh trên địa bàn.",
  ["B-23"], [], P("B-23", "đăng ký thành lập hộ kinh doanh qua mạng và giải quyết TTHC lĩnh vực hộ kinh doanh tập trung toàn quốc")),
 ("existing", "Thuê phần mềm quản lý trường mầm non, tiểu học trên địa bàn xã", "",
  ["B-35"], [], P("B-35", "quản trị cơ sở giáo dục mầm non, phổ thông, dùng chung cho xã/phường")),
 ("planned", "Phần mềm thu thập chỉ tiêu thống kê cấp xã", "",
  ["A-15"], [], P("A-15", "thu thập, xử lý báo cáo chỉ tiêu thống kê cấp xã")),
 ("existing", "Phần mềm tiếp công dân, xử lý đơn thư của UBND xã", "",
  ["B-55"], [], P("B-55", "tiếp công dân, xử lý đơn, dùng thống nhất đến địa phương, phân cấp đến từng cán bộ")),
 ("existing", "Sổ tiêm chủng điện tử riêng của trạm y tế xã", "Excel online + app theo dõi trẻ tiêm chủng.",
  ["B-33"], [], P("B-33", "quản lý thông tin tiêm chủng được tích hợp trong Nền tảng Số sức khỏe điện tử")),
 ("planned", "App bao cao dich benh gia suc, gia cam cua xa", "",
  ["B-37"], [], P("B-37", "phòng, chống dịch bệnh động vật, cảnh báo dịch bệnh trong chăn nuôi thống nhất đến địa phương")),
 ("planned", "Trang kết nối việc làm của xã (tin tuyển dụng, hồ sơ người tìm việc)", "",
  ["B-31"], [], P("B-31", "cập nhật thông tin người tìm việc, việc tìm người, kết nối việc làm")),
 ("planned", "CSDL hộ đồng bào dân tộc thiểu số của xã", "",
  ["B-46"], [], P("B-46", "dữ liệu về dân tộc, vùng đồng bào DTTS và kết quả thực hiện chính sách dân tộc")),
 ("planned", "Chatbot Zalo tra lời TTHC – thuê startup tự huấn luyện mô hình", "",
  ["A-10"], [], P("A-10", "địa phương tùy biến trợ lý ảo trên nền tảng duy nhất, không đầu tư thuật toán riêng lẻ")),
 ("planned", "Landslide early-warning AI service for the commune (vendor subscription)", "",
  ["B-39"], [], P("B-39", "phần mềm AI cảnh báo thiên tai, ưu tiên sạt lở đất, lũ quét")),
 ("existing", "Dùng Dashboard dùng chung của tỉnh cho lãnh đạo xã", "",
  [], [], RA(7, "Lớp 4", "Bảng thông tin điều hành (Dashboard) ... dùng chung tại cấp tỉnh")),
]
INV.append(("commune", com, R))

# ---------------------------------------------------------------- 4. party
par = "Tỉnh ủy Sơn La"
R = [
 ("existing", "Hệ thống thông tin điều hành tác nghiệp (dùng chung của Văn phòng Trung ương)", "Gửi, nhận, xử lý văn bản đến độ Tối mật giữa các cơ quan Đảng tỉnh và đảng ủy xã.",
  [], [], USE("B-19")),
 ("existing", "Mạng thông tin diện rộng của Đảng – các điểm kết nối cơ quan Tỉnh ủy", "",
  [], [], "Sử dụng Mạng thông tin diện rộng của Đảng (3090/QĐ-BKHCN Phần II mục 3 điểm a; 5441/BKHCN mục 2.2), không xây mạng riêng."),
 ("existing", "Trung tâm dữ liệu Tỉnh ủy", "", [], [], RA(1, "Lớp 1", "Trung tâm dữ liệu của Đảng (sử dụng trung tâm dữ liệu hiện có)")),
 ("existing", "Cổng thông tin điện tử Đảng bộ tỉnh", "", [], [], OWN("cổng thông tin tuyên truyền của Đảng bộ tỉnh")),
 ("existing", "UBKT Tỉnh ủy – Phần mềm quản lý công tác kiểm tra, giám sát, kỷ luật đảng", "",
  [], [], RA(1, "Lớp 3", "Các hệ thống thông tin chuyên ngành ... (2) Lĩnh vực Kiểm tra, giám sát, kỷ luật Đảng")),
 ("existing", "Ban Tuyên giáo và Dân vận – Phần mềm tổng hợp tình hình tư tưởng, dư luận xã hội", "",
  [], [], RA(1, "Lớp 3", "Các hệ thống thông tin chuyên ngành ... (3) Lĩnh vực Tuyên giáo và Dân vận")),
 ("existing", "Hệ thống thu thập, tổng hợp thông tin trên Internet (social listening)", "",
  [], [], RA(1, "Lớp 3", "Hệ thống thu thập, tổng hợp thông tin trên Internet")),
 ("planned", "Ứng dụng phục vụ Đại hội Đảng bộ tỉnh (phòng họp không giấy, bỏ phiếu điện tử)", "",
  [], [], RA(1, "Lớp 3", "Các ứng dụng hỗ trợ Đại hội Đảng các cấp")),
 ("planned", "Hệ thống báo cáo tổng hợp, phân tích, dự báo của Văn phòng Tỉnh ủy", "",
  [], [], RA(1, "Lớp 3", "Hệ thống thông tin báo cáo tổng hợp, phân tích, dự báo")),
 ("planned", "Dashboard điều hành Thường trực Tỉnh ủy", "", [], [], RA(1, "Lớp 4", "Bảng thông tin điều hành (Dashboard) ... của các cơ quan Đảng")),
 ("planned", "Bo chi so KPI chuyen doi so cac co quan Dang tinh", "", [], [], RA(1, "Lớp 4", "Khung giám sát và đo lường kết quả (KPIs)")),
 ("existing", "Phần mềm kế toán tài chính đảng", "",
  [], [], RA(1, "Lớp 3", "Hệ thống thông tin quản trị nội bộ và dùng chung")),
 ("existing", "Quản lý tài sản, phương tiện Văn phòng Tỉnh ủy", "", [], [], RA(1, "Lớp 3", "Hệ thống thông tin quản trị nội bộ và dùng chung")),
 ("existing", "Kho lưu trữ số tài liệu Phông lưu trữ Đảng của Tỉnh ủy", "",
  [], [], "B-32 (1132/QĐ-TTg Phụ lục II mục B STT 32) quản lý tài liệu Phông lưu trữ nhà nước, văn bản hình thành trong cơ quan nhà nước; tài liệu Phông lưu trữ Đảng của cơ quan Đảng nằm ngoài phạm vi đó; thuộc quản trị nội bộ (3090 Phụ lục I mục 1 Lớp 3)."),
 ("existing", "Sử dụng phần mềm CSDL đảng viên do Trung ương triển khai", "", [], [], USE("B-20")),
 ("existing", "Tiếp nhận hồ sơ thủ tục trong Đảng trên HTTT giải quyết TTHC của Đảng", "", [], [], USE("B-01")),
 ("existing", "Sổ tay đảng viên điện tử (ứng dụng Đảng viên số của Trung ương)", "",
  [], [], RA(1, "Lớp 3", "Ứng dụng Đảng viên số", "Đảng bộ tỉnh triển khai sử dụng.")),
 ("existing", "Giải pháp bảo mật gửi nhận văn bản mật (thiết bị, phần mềm Ban Cơ yếu cấp)", "",
  [], [], "Sử dụng giải pháp bảo mật cho hệ thống gửi, nhận văn bản mật do trung ương triển khai (3090/QĐ-BKHCN Phần II mục 3 điểm a)."),
 ("existing", "LAN, máy trạm, antivirus cơ quan Tỉnh ủy", "",
  [], [], "Hạ tầng đầu cuối do chủ quản tự triển khai (3090/QĐ-BKHCN Phần II mục 3 điểm a)."),
 ("existing", "Ban Nội chính – CSDL theo dõi vụ việc, vụ án do Ban chỉ đạo tỉnh theo dõi", "",
  [], [], RA(1, "Lớp 3", "Các hệ thống thông tin chuyên ngành ... (4) Lĩnh vực Nội chính, cải cách tư pháp")),
 ("planned", "Mua sắm phần mềm QLVB & HSCV riêng cho cơ quan Tỉnh ủy (thay hệ thống dùng chung)", "",
  ["B-19"], [], P("B-19", "gửi, nhận, xử lý văn bản toàn trình trong cơ quan Đảng từ trung ương đến cấp xã")),
 ("expanding", "Nâng cấp, mở rộng phần mềm văn bản đi/đến của Văn phòng Tỉnh ủy tới các đảng ủy xã", "",
  ["B-19"], [], P("B-19", "mở rộng phạm vi hệ thống xử lý văn bản riêng xuống cấp xã lặp hệ thống dùng chung xuyên suốt đến cấp xã")),
 ("existing", "Ban Tổ chức Tỉnh ủy – phần mềm quản lý hồ sơ đảng viên tự xây dựng", "",
  ["B-20"], [], P("B-20", "quản lý tổ chức, cán bộ, đảng viên triển khai tập trung cho cơ quan Đảng các cấp")),
 ("planned", "Phần mềm quản lý cán bộ diện Ban Thường vụ Tỉnh ủy quản lý", "Hồ sơ, quy hoạch, luân chuyển, đánh giá cán bộ.",
  ["B-20"], [], P("B-20", "nghiệp vụ công tác tổ chức, cán bộ của cơ quan Đảng các cấp")),
 ("retiring", "Phan mem quan ly dang vien ban 2015 (cai dat cuc bo)", "",
  ["B-20"], [], P("B-20", "quản lý đảng viên; nhãn theo chức năng dù hệ thống đang dừng")),
 ("existing", "Phần mềm theo dõi thực hiện nghị quyết, chỉ thị, kết luận của Trung ương tại Đảng bộ tỉnh", "",
  ["B-21"], [], P("B-21", "theo dõi, đánh giá thực hiện NQ, CT, KL của Trung ương, triển khai đến cơ sở")),
 ("expanding", "Bổ sung module thống kê số liệu địa phương về thực hiện NQ Trung ương", "",
  ["B-21"], [], P("B-21", "chức năng «Thống kê số liệu địa phương» có sẵn trong phần mềm dùng chung")),
 ("planned", "Phần mềm tiếp nhận hồ sơ chuyển sinh hoạt đảng, kết nạp đảng trực tuyến của Tỉnh ủy", "",
  ["B-01"], [], P("B-01", "giải quyết thủ tục hành chính của Đảng trên môi trường điện tử, dùng chung tại tất cả tổ chức Đảng")),
 ("planned", "UBKT – phần mềm kê khai, xác minh tài sản, thu nhập cán bộ diện Tỉnh ủy quản lý", "",
  ["B-57"], [], P("B-57", "kê khai, theo dõi, xác minh tài sản, thu nhập của người có nghĩa vụ kê khai trong phạm vi cả nước")),
 ("existing", "Máy chủ thư điện tử riêng của Tỉnh ủy", "",
  [], ["Hệ thống thư điện tử (email) công vụ thống nhất"], N("email", "email công vụ thống nhất dùng cho mọi cơ quan trong hệ thống chính trị")),
 ("retiring", "Email cu cua cac huyen uy (truoc sap xep) – dung van hanh", "",
  [], ["Hệ thống thư điện tử (email) công vụ thống nhất"], N("email", "hệ thống thư riêng; nhãn theo chức năng dù đang dừng")),
 ("planned", "Thuê WAF/anti-DDoS cho Cổng TTĐT Đảng bộ tỉnh", "",
  ["A-14"], [], P("A-14", "tường lửa ứng dụng web và chống DDoS tập trung")),
 ("planned", "Virtual assistant for Party documents (own LLM training)", "",
  ["A-10"], [], P("A-10", "trợ lý ảo phải tùy biến trên nền tảng duy nhất thay vì tự đầu tư thuật toán riêng")),
 ("planned", "Hệ thống cấp chứng thư số nội bộ của Tỉnh ủy", "",
  [], ["Hệ thống chứng thực chữ ký số chuyên dùng công vụ"], N("ca", "chứng thực chữ ký số cho văn bản, giao dịch điện tử trong hệ thống chính trị do Ban Cơ yếu chủ quản")),
]
INV.append(("party", par, R))

# ---------------------------------------------------------------- 5. front
fro = "Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên"
R = [
 ("existing", "Phần mềm quản lý văn bản, hồ sơ công việc cơ quan MTTQ tỉnh", "",
  [], [], RA(3, "Lớp 3", "Nhóm các ứng dụng số hỗ trợ hoạt động nội bộ")),
 ("existing", "Cổng thông tin điện tử MTTQ tỉnh", "", [], [], OWN("cổng thông tin tuyên truyền của Mặt trận")),
 ("existing", "Máy chủ, phòng máy cơ quan MTTQ tỉnh", "", [], [], RA(3, "Lớp 1", "Trung tâm dữ liệu của MTTQ (sử dụng hiện có)")),
 ("planned", "Kết nối nền tảng tích hợp, chia sẻ dữ liệu của MTTQ Việt Nam", "",
  [], [], RA(3, "Lớp 2", "Nền tảng tích hợp, chia sẻ dữ liệu của Mặt trận Tổ quốc Việt Nam")),
 ("existing", "CSDL hội viên, đoàn viên các tổ chức chính trị - xã hội tỉnh", "",
  [], [], RA(3, "Lớp 2", "Các CSDL dùng chung, CSDL chuyên ngành")),
 ("existing", "Phần mềm giám sát và phản biện xã hội", "", [], [], RA(3, "Lớp 3", "lĩnh vực (3) Giám sát và phản biện xã hội")),
 ("existing", "Phần mềm tổng hợp ý kiến, kiến nghị của cử tri và nhân dân", "",
  [], [], RA(3, "Lớp 3", "lĩnh vực (2) Tham gia xây dựng Đảng, Nhà nước")),
 ("existing", "Quản lý Quỹ Vì người nghèo và cứu trợ", "", [], [], RA(3, "Lớp 3", "Nhóm các ứng dụng số hỗ trợ các nghiệp vụ chuyên ngành")),
 ("existing", "Phan mem quan ly nha Dai doan ket", "", [], [], RA(3, "Lớp 3", "lĩnh vực (1) Đoàn kết – tập hợp nhân dân")),
 ("existing", "Thi đua khen thưởng MTTQ và các đoàn thể", "", [], [], RA(3, "Lớp 3", "lĩnh vực (5) Đối ngoại nhân dân và phong trào thi đua")),
 ("planned", "Ứng dụng \"Mặt trận với dân\" tiếp nhận phản ánh, góp ý của nhân dân", "",
  [], [], RA(3, "Lớp 3", "Nhóm các ứng dụng số hỗ trợ tương tác với nhân dân")),
 ("planned", "Dashboard giám sát, điều hành của Ban Thường trực", "", [], [], RA(3, "Lớp 4", "Bảng thông tin điều hành (Dashboard) ... của MTTQ Việt Nam")),
 ("existing", "MISA kế toán cơ quan MTTQ và đoàn thể", "",
  [], [], RA(3, "Lớp 3", "Nhóm các ứng dụng số hỗ trợ hoạt động nội bộ")),
 ("existing", "LĐLĐ tỉnh – Phần mềm quản lý đoàn viên công đoàn", "", [], [], RA(3, "Lớp 2", "Các CSDL dùng chung, CSDL chuyên ngành")),
 ("existing", "Hội Nông dân – Sàn thương mại điện tử nông sản của hội viên", "",
  [], [], OWN("sàn TMĐT hỗ trợ hội viên tiêu thụ nông sản; B-42 (1132 Phụ lục II mục B STT 42) là nền tảng quản lý nhà nước về thương mại, thị trường, khác mục tiêu")),
 ("existing", "Tỉnh đoàn – dùng ứng dụng Thanh niên Việt Nam của Trung ương Đoàn", "",
  [], [], RA(3, "Lớp 3", "Các nền tảng khác do Ủy ban Trung ương MTTQ Việt Nam chủ trì", "Tổ chức thành viên sử dụng ứng dụng của cấp trung ương, không xây riêng.")),
 ("existing", "Hội CCB – phần mềm quản lý hội viên", "", [], [], RA(3, "Lớp 2", "Các CSDL dùng chung, CSDL chuyên ngành")),
 ("existing", "Kết nối mạng TSLCD và Mạng thông tin diện rộng của Đảng", "",
  [], [], "Sử dụng hạ tầng mạng dùng chung (3090/QĐ-BKHCN Phần II mục 3 điểm a), không xây mạng riêng."),
 ("existing", "Ký số văn bản bằng chứng thư số chuyên dùng Ban Cơ yếu", "",
  [], [], "Sử dụng Hệ thống chứng thực chữ ký số chuyên dùng công vụ (3090/QĐ-BKHCN Phần II mục 3 điểm a)."),
 ("planned", "Trang quyên góp trực tuyến ủng hộ đồng bào bị thiên tai", "",
  [], [], RA(3, "Lớp 3", "Nhóm các ứng dụng số hỗ trợ tương tác với nhân dân")),
 ("existing", "Phần mềm quản lý cán bộ Mặt trận cơ sở, trưởng ban công tác Mặt trận", "",
  [], [], RA(3, "Lớp 3", "lĩnh vực (1) Đoàn kết – tập hợp nhân dân", "Đối tượng là cán bộ Mặt trận ở khu dân cư, không phải CBCCVC của B-29.")),
 ("planned", "Bo cong cu KPI danh gia chuyen doi so MTTQ cac cap", "", [], [], RA(3, "Lớp 4", "Khung giám sát và đo lường kết quả (KPIs)")),
 ("existing", "Máy chủ mail riêng của Ủy ban MTTQ tỉnh (@mttqthainguyen.vn)", "",
  [], ["Hệ thống thư điện tử (email) công vụ thống nhất"], N("email", "email công vụ dùng chung cho mọi cơ quan trong hệ thống chính trị")),
 ("retiring", "Email riêng của Hội LHPN tỉnh – dừng, chuyển sang email công vụ", "",
  [], ["Hệ thống thư điện tử (email) công vụ thống nhất"], N("email", "hệ thống thư riêng; nhãn theo chức năng dù đang dừng")),
 ("planned", "Thuê dịch vụ chống DDoS và WAF cho cổng TTĐT MTTQ tỉnh", "",
  ["A-14"], [], P("A-14", "tường lửa ứng dụng web, chống DDoS tập trung dùng chung")),
 ("planned", "Hệ thống tài khoản hội viên đăng nhập bằng CCCD, xác thực khuôn mặt (eKYC riêng)", "",
  ["A-03"], [], P("A-03", "định danh, xác thực điện tử cho chủ thể truy cập dịch vụ số")),
 ("planned", "Trợ lý ảo AI hỏi đáp chính sách cho hội viên (tự huấn luyện mô hình)", "",
  ["A-10"], [], P("A-10", "trợ lý ảo phải tùy biến trên nền tảng duy nhất, không đầu tư thuật toán riêng lẻ")),
 ("existing", "Tỉnh đoàn – Sàn việc làm thanh niên (kết nối doanh nghiệp tuyển dụng và đoàn viên)", "",
  ["B-31"], [], P("B-31", "kết nối cung - cầu lao động, giao dịch việc làm trực tuyến")),
 ("planned", "Hội LHPN – nền tảng học trực tuyến mở phổ cập kỹ năng số cho hội viên, nhân dân", "",
  [], ["Nền tảng Bình dân học vụ số"], N("bdhv", "học trực tuyến mở đại trà phổ cập kiến thức, kỹ năng số cho mọi đối tượng")),
 ("planned", "Trang công khai dự toán, quyết toán ngân sách của cơ quan MTTQ tỉnh", "",
  ["B-26"], [], P("B-26", "công khai ngân sách của các cơ quan, đơn vị trên toàn quốc qua nền tảng tập trung")),
 ("planned", "Hội Người cao tuổi – ứng dụng sổ sức khỏe điện tử cho hội viên", "Lưu thông tin sức khỏe cá nhân, lịch khám, tiêm chủng.",
  ["B-33"], [], P("B-33", "lưu trữ, quản lý thông tin sức khỏe cá nhân của người dân tập trung toàn quốc")),
 ("planned", "LĐLĐ tỉnh – nền tảng ký hợp đồng lao động điện tử cho doanh nghiệp, đoàn viên", "",
  ["B-30"], [], P("B-30", "quản lý tập trung giao dịch hợp đồng lao động điện tử, cấp mã định danh cho mỗi hợp đồng")),
 ("planned", "E-learning platform for digital skills open to all citizens (Tỉnh đoàn)", "",
  [], ["Nền tảng Bình dân học vụ số"], N("bdhv", "nền tảng học trực tuyến mở đại trà về kỹ năng số cho mọi đối tượng")),
]
INV.append(("front", fro, R))

# ---------------------------------------------------------------- 6. other: provincial broadcaster
oth = "Báo và Phát thanh, Truyền hình Phú Thọ"
R = [
 ("existing", "Hệ thống tòa soạn hội tụ (CMS báo điện tử)", "", [], [], OWN("hệ thống tác nghiệp báo chí")),
 ("existing", "Hệ thống playout phát sóng tự động kênh PTV", "", [], [], OWN("thiết bị, phần mềm phát sóng truyền hình")),
 ("existing", "MAM – lưu trữ tư liệu video, audio số", "", [], [], OWN("kho tư liệu nghiệp vụ của cơ quan báo chí")),
 ("existing", "Hệ thống dựng hình phi tuyến (Avid)", "", [], [], OWN("thiết bị sản xuất chương trình")),
 ("existing", "Truyền dẫn tín hiệu qua vệ tinh và IP", "", [], [], OWN("hạ tầng truyền dẫn phát sóng")),
 ("existing", "Website báo điện tử baophutho.vn", "", [], [], OWN("trang báo điện tử, không phải nền tảng phát thanh/truyền hình trực tuyến")),
 ("existing", "Kênh YouTube, Facebook, TikTok của Báo và PTTH", "", [], [], OWN("kênh trên mạng xã hội bên thứ ba, không phải hệ thống do cơ quan xây dựng")),
 ("existing", "Phần mềm kế toán MISA", "", [], [], OWN("kế toán nội bộ của đơn vị sự nghiệp; khác B-52 là hệ thống ngân sách, kế toán nhà nước")),
 ("existing", "QLVB nội bộ (dùng iOffice của tỉnh)", "", [], [], RA(6, "Lớp 4", "Bàn làm việc số ... quản lý văn bản, điều hành")),
 ("existing", "Quản lý hợp đồng quảng cáo, CRM khách hàng", "", [], [], OWN("quản trị kinh doanh quảng cáo")),
 ("existing", "Phần mềm tính nhuận bút", "", [], [], OWN("quản trị nội bộ")),
 ("existing", "Quản lý lịch phát sóng, kế hoạch chương trình", "", [], [], OWN("nghiệp vụ phát sóng")),
 ("existing", "Cung cấp tín hiệu kênh PTV lên VTVGo", "", [], [], USE("B-61")),
 ("planned", "Đưa kênh phát thanh FM Phú Thọ lên Nền tảng phát thanh số quốc gia", "", [], [], USE("B-60")),
 ("existing", "Khai thác số liệu VTV Rating cho kênh PTV", "", [], [], USE("B-62")),
 ("existing", "Vận hành Hệ thống thông tin nguồn tỉnh (giao cho Báo và PTTH)", "",
  [], [], RA(6, "Lớp 3 điểm a", "Hệ thống thông tin nguồn cấp tỉnh")),
 ("planned", "AI tự động tạo phụ đề, lồng tiếng tiếng dân tộc cho bản tin", "",
  [], [], OWN("ứng dụng AI trong sản xuất nội dung; không phải nền tảng trợ lý ảo (A-10) và nên khai thác Nền tảng AI dùng chung (3090 Phần II mục 3 điểm b) nhưng không lặp một nền tảng cung cấp dịch vụ tương tự")),
 ("existing", "Server lưu trữ tại chỗ, NAS, sao lưu", "", [], [], OWN("hạ tầng lưu trữ nội bộ của đơn vị")),
 ("existing", "Antivirus, firewall mạng nội bộ", "", [], [], "Bảo vệ đầu cuối, nội bộ do chủ quản tự triển khai (3090/QĐ-BKHCN Phần II mục 3 điểm a)."),
 ("existing", "Ký số văn bản bằng chữ ký số Ban Cơ yếu", "", [], [], "Sử dụng Hệ thống chứng thực chữ ký số chuyên dùng công vụ (3090/QĐ-BKHCN Phần II mục 3 điểm a)."),
 ("planned", "Dashboard lãnh đạo: lượt xem, tương tác đa nền tảng", "", [], [], OWN("bảng điều hành nội bộ về lượt xem nội dung của đơn vị; B-62 đo hành vi khán giả truyền hình toàn quốc, dashboard chỉ hiển thị số liệu")),
 ("existing", "Hệ thống phát sóng số mặt đất DVB-T2 (thuê hạ tầng)", "", [], [], OWN("hạ tầng phát sóng truyền hình mặt đất, không phát trên Internet")),
 ("existing", "Ứng dụng OTT \"PTV Go\" xem trực tiếp và xem lại các kênh truyền hình của đài", "",
  ["B-61"], [], P("B-61", "nền tảng truyền hình số dùng chung cho tất cả các đài truyền hình trung ương và địa phương phát trên Internet")),
 ("expanding", "Nâng cấp hệ thống livestream các kênh PTV trên website và app", "Thêm máy chủ streaming, CDN riêng.",
  ["B-61"], [], P("B-61", "phát kênh truyền hình của đài địa phương trên Internet")),
 ("retiring", "App xem truyền hình trực tuyến cũ – ngừng, chuyển khán giả sang VTVGo", "",
  ["B-61"], [], P("B-61", "phát truyền hình trên Internet; nhãn theo chức năng dù đang dừng")),
 ("planned", "Online radio & podcast app for Phú Thọ FM", "Live radio streaming and on-demand listening.",
  ["B-60"], [], P("B-60", "nghe, nghe lại các kênh phát thanh của đài tỉnh trực tuyến mọi lúc, mọi nơi")),
 ("existing", "Phát thanh trực tuyến (nghe lại) trên website đài", "",
  ["B-60"], [], P("B-60", "nghe, nghe lại kênh phát thanh của đài tỉnh trên Internet")),
 ("planned", "Xây dựng hệ thống đo lường khán giả (people meter) riêng cho kênh PTV", "",
  ["B-62"], [], P("B-62", "đo lường hành vi khán giả xem truyền hình cho tất cả các kênh truyền hình, các đài địa phương được dùng chung")),
 ("planned", "Big Data phân tích hành vi, rating khán giả truyền hình của đài", "",
  ["B-62"], [], P("B-62", "dữ liệu lớn, đo lường rating khán giả truyền hình")),
 ("existing", "Mail server riêng của Báo và PTTH", "",
  [], ["Hệ thống thư điện tử (email) công vụ thống nhất"], N("email", "email công vụ thống nhất dùng cho cơ quan, đơn vị trong hệ thống chính trị")),
 ("planned", "Thue dich vu chong DDoS, WAF cho website va app", "",
  ["A-14"], [], P("A-14", "chống DDoS, tường lửa ứng dụng web tập trung")),
 ("planned", "Blockchain riêng xác thực bản quyền nội dung video", "Tự dựng mạng blockchain ghi nhận bản quyền, hợp đồng thông minh.",
  ["A-09"], [], P("A-09", "nền tảng chuỗi khối cơ bản để các cơ quan phát triển ứng dụng, hợp đồng thông minh")),
 ("planned", "Chatbot trợ lý ảo cho khán giả (own LLM)", "",
  ["A-10"], [], P("A-10", "xây dựng trợ lý ảo trên nền tảng duy nhất thay vì thuật toán riêng")),
 ("planned", "Trang công khai dự toán, quyết toán của đơn vị", "",
  ["B-26"], [], P("B-26", "công khai ngân sách của các cơ quan, đơn vị qua nền tảng tập trung")),
]
INV.append(("other", oth, R))


# ---------------------------------------------------------------- revisions (balance, extra rows, descriptions)
def _inv(kind):
    return [x for x in INV if x[0] == kind][0][2]

_drop = {"Xây dựng trợ lý ảo hỏi đáp TTHC của tỉnh trên mô hình ngôn ngữ lớn tự huấn luyện",
         "Cong cong khai ngan sach tinh Lao Cai",
         "Thanh tra tỉnh – Phần mềm tiếp công dân, xử lý đơn thư khiếu nại, tố cáo",
         "Thuê dịch vụ tường lửa ứng dụng web (WAF) và chống DDoS cho cổng TTĐT, cổng DVC tỉnh"}
_p = _inv("province")
_p[:] = [r for r in _p if r[1] not in _drop]
_p += [
 ("planned", "Sở KH&CN – Phần mềm quản lý nhiệm vụ KH&CN, phân bổ kinh phí và CSDL tổ chức, nhân lực KH&CN tỉnh",
  "Quản lý đề tài, dự án cấp tỉnh từ đề xuất đến nghiệm thu, theo dõi kinh phí; lưu thông tin tổ chức, nhà khoa học, công bố.",
  ["B-48", "B-49"], [], P("B-48", "quản lý nhiệm vụ KH&CN và phân bổ ngân sách KH&CN lặp B-48; thông tin tổ chức, nhân lực, nhiệm vụ, công bố KH&CN lặp B-49", "B-49")),
 ("existing", "Phần mềm quản lý công việc, lịch công tác (FPT.eGov)", "Giao việc, theo dõi tiến độ, lịch công tác lãnh đạo các sở.",
  [], [], RA(6, "Lớp 3 điểm a", "Ứng dụng hỗ trợ hoạt động của các cơ quan nhà nước (Quản lý công việc...)")),
 ("planned", "Kho quản lý dữ liệu điện tử của tổ chức, cá nhân (tỉnh)", "",
  [], [], RA(6, "Lớp 2", "Kho quản lý dữ liệu điện tử của tổ chức, cá nhân")),
 ("existing", "HTTT chỉ đạo, điều hành của UBND tỉnh (theo dõi nhiệm vụ giao)", "Theo dõi nhiệm vụ UBND tỉnh giao cho sở, xã; cảnh báo quá hạn.",
  [], [], RA(6, "Lớp 3 điểm a", "Hệ thống thông tin phục vụ chỉ đạo, điều hành cấp tỉnh")),
 ("expanding", "Nâng cấp, mở rộng Bàn làm việc số cho cán bộ cấp xã", "Tích hợp văn bản, lịch, họp, trợ lý số trên một màn hình cho cán bộ xã sau sáp nhập.",
  [], [], RA(6, "Lớp 4", "Bàn làm việc số (Digital Workplace)")),
 ("planned", "Đèn giao thông thông minh TP. Lào Cai và TP. Yên Bái cũ", "",
  [], [], RA(6, "Lớp 3 điểm b", "Hệ thống điều khiển đèn giao thông thông minh", "B-54 là nền tảng quản lý ITS đường bộ toàn quốc (cao tốc, thu phí, tải trọng), không phải điều khiển đèn nút giao đô thị.")),
 ("planned", "Smart parking app – trung tâm thành phố", "Book and pay for parking online.",
  [], [], RA(6, "Lớp 3 điểm b", "Bãi đỗ xe thông minh")),
]
_m = _inv("ministry")
_m += [
 ("expanding", "Nâng cấp, mở rộng LGSP Bộ Xây dựng kết nối V-APEX", "",
  [], [], RA(5, "Lớp 2", "Nền tảng tích hợp, chia sẻ dữ liệu cấp bộ (LGSP cấp bộ)", "Đăng ký API qua V-APEX là yêu cầu của 3090 Phần II mục 3 điểm b.")),
 ("retiring", "Retire legacy Lotus Notes document workflow", "Replaced by the ministry document management system.",
  [], [], RA(5, "Lớp 3", "Quản lý văn bản và điều hành")),
 ("expanding", "Mở rộng Microsoft Exchange thêm 2.000 hộp thư cho các đơn vị trực thuộc", "",
  [], ["Hệ thống thư điện tử (email) công vụ thống nhất"], N("email", "mở rộng phạm vi hệ thống thư riêng lặp email công vụ dùng chung")),
]
_c = _inv("commune")
_c += [
 ("expanding", "Nâng cấp camera an ninh, kết nối về IOC tỉnh", "Bổ sung 40 camera AI tại các ngã ba, chợ, trường học.",
  [], [], RA(7, "Lớp 1", "Hạ tầng ICT cấp xã: hệ thống camera an ninh")),
 ("planned", "Quan trắc môi trường khu xử lý rác thải xã", "Tỉnh chưa triển khai tập trung tại khu vực này.",
  [], [], RA(7, "Lớp 3 điểm b", "Hệ thống quan trắc và giám sát môi trường (nếu cấp tỉnh không triển khai tập trung)")),
 ("planned", "Ứng dụng du lịch cộng đồng cho homestay, hộ kinh doanh du lịch", "Đặt phòng, giới thiệu bản văn hóa, thanh toán QR.",
  [], [], RA(7, "Lớp 3 điểm b", "Giải pháp/nền tảng chuyển đổi số du lịch cho doanh nghiệp, hộ kinh doanh cá thể")),
 ("retiring", "Dừng trang dịch vụ công riêng của thị trấn cũ, chuyển người dân sang Cổng DVCQG", "",
  ["A-01"], [], P("A-01", "giao diện nộp hồ sơ TTHC riêng; nhãn theo chức năng dù đang dừng")),
]
_q = _inv("party")
_q += [
 ("expanding", "Duy trì vận hành, nâng cấp thiết bị lưu trữ, UPS Trung tâm dữ liệu Tỉnh ủy", "Thay thế SAN, UPS hết khấu hao tại trung tâm dữ liệu hiện có.",
  [], [], RA(1, "Lớp 1", "Trung tâm dữ liệu của Đảng (sử dụng trung tâm dữ liệu hiện có)")),
 ("existing", "Phần mềm quản lý lịch công tác, phòng họp Văn phòng Tỉnh ủy", "",
  [], [], RA(1, "Lớp 3", "Hệ thống thông tin quản trị nội bộ và dùng chung")),
 ("existing", "Phần mềm theo dõi mô hình \"Dân vận khéo\"", "Cập nhật, đánh giá mô hình dân vận khéo của các đảng bộ xã.",
  [], [], RA(1, "Lớp 3", "Các hệ thống thông tin chuyên ngành ... (3) Lĩnh vực Tuyên giáo và Dân vận")),
 ("planned", "Phần mềm theo dõi chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025–2030", "Theo dõi các chỉ tiêu kinh tế - xã hội do Đại hội Đảng bộ tỉnh đề ra.",
  [], [], RA(1, "Lớp 3", "Các hệ thống thông tin chuyên ngành ... (5) Lĩnh vực Kinh tế - xã hội", "B-21 (1132 Phụ lục II mục B STT 21) chỉ theo dõi nghị quyết, chỉ thị, kết luận của Trung ương; nghị quyết đại hội cấp tỉnh nằm ngoài phạm vi.")),
]
_f = _inv("front")
_f += [
 ("existing", "Hội Chữ thập đỏ – phần mềm quản lý người hiến máu tình nguyện", "",
  [], [], RA(3, "Lớp 3", "Nhóm các ứng dụng số hỗ trợ các nghiệp vụ chuyên ngành")),
 ("existing", "Quản lý các cuộc vận động, phong trào thi đua do MTTQ phát động", "Theo dõi kết quả cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\".",
  [], [], RA(3, "Lớp 3", "lĩnh vực (4) Tuyên truyền, vận động")),
 ("existing", "Tinh doan – quan ly cong trinh thanh nien, hoat dong tinh nguyen", "",
  [], [], RA(3, "Lớp 3", "Nhóm các ứng dụng số hỗ trợ các nghiệp vụ chuyên ngành")),
 ("existing", "Hội LHPN – theo dõi hộ phụ nữ nghèo, phụ nữ khởi nghiệp được hỗ trợ", "",
  [], [], RA(3, "Lớp 3", "Nhóm các ứng dụng số hỗ trợ các nghiệp vụ chuyên ngành")),
 ("expanding", "Mở rộng phần mềm quản lý văn bản MTTQ tỉnh xuống Ban Thường trực MTTQ cấp xã", "",
  [], [], RA(3, "Lớp 3", "Nhóm các ứng dụng số hỗ trợ hoạt động nội bộ")),
]
_o = _inv("other")
_o += [
 ("planned", "Nền tảng OTT hợp nhất phát trực tiếp, nghe/xem lại kênh PTV và FM Phú Thọ", "Một ứng dụng cho cả truyền hình và phát thanh của đơn vị, máy chủ streaming riêng.",
  ["B-61", "B-60"], [], P("B-61", "phát kênh truyền hình địa phương trên Internet lặp B-61; nghe, nghe lại kênh phát thanh của đài tỉnh trực tuyến lặp B-60", "B-60")),
 ("existing", "Phần mềm chấm công, tính lương nội bộ", "", [], [], OWN("quản trị tài chính, tiền lương nội bộ của đơn vị")),
 ("planned", "Virtual studio AR cho bản tin thời sự", "Trường quay ảo, đồ họa tăng cường thực tế.", [], [], OWN("thiết bị, phần mềm sản xuất chương trình")),
 ("expanding", "Nâng cấp, mở rộng tòa soạn hội tụ tích hợp AI hỗ trợ biên tập", "", [], [], OWN("hệ thống tác nghiệp báo chí của đơn vị")),
]

DESC = {
 "Cổng thông tin điện tử tỉnh và các trang thành phần của sở, xã": "Đăng tin chỉ đạo điều hành, văn bản, thông báo của tỉnh; mỗi sở, xã có trang thành phần.",
 "Xây dựng Kho dữ liệu dùng chung cấp tỉnh": "Tập hợp dữ liệu từ các CSDL chuyên ngành của sở để dùng chung, phân tích.",
 "Hệ thống thư điện tử công vụ tỉnh (@laocai.gov.vn) – máy chủ mail riêng": "Khoảng 9.000 hộp thư cho cán bộ tỉnh, xã; máy chủ đặt tại trung tâm dữ liệu tỉnh.",
 "Phần mềm quản lý tài sản công của tỉnh": "Theo dõi, kê khai, báo cáo tài sản công của các cơ quan, đơn vị.",
 "Phần mềm quản lý tài liệu lưu trữ lịch sử tỉnh (số hóa, tra cứu)": "Số hóa, lưu trữ, cho phép tra cứu tài liệu nộp lưu vào Lưu trữ lịch sử tỉnh.",
 "Sở Y tế – Phần mềm quản lý tiêm chủng của tỉnh": "Trạm y tế nhập mũi tiêm, theo dõi lịch tiêm của trẻ em trên địa bàn tỉnh.",
 "Phần mềm HIS quản lý khám, chữa bệnh tại các trung tâm y tế khu vực": "Tiếp đón, kê đơn, viện phí, kết nối giám định BHYT.",
 "Sở NN&MT – Phần mềm quản lý dịch bệnh động vật, kiểm dịch và cơ sở chăn nuôi": "Ghi nhận ổ dịch, tiêm phòng, cấp giấy kiểm dịch, danh sách trang trại.",
 "CSDL dân tộc tỉnh (hộ đồng bào DTTS, chính sách dân tộc, chương trình MTQG)": "Quản lý dữ liệu hộ DTTS, thôn đặc biệt khó khăn, kết quả chương trình MTQG 1719.",
 "Sở VHTTDL – CSDL di tích, di sản văn hóa tỉnh": "Hồ sơ di tích xếp hạng, di sản phi vật thể, hiện vật bảo tàng tỉnh.",
 "Hệ thống thông tin nguồn tỉnh (cấp tin cho đài truyền thanh cơ sở)": "Biên tập, phát bản tin cho loa truyền thanh IP các xã, đánh giá hoạt động thông tin cơ sở.",
 "Nen tang tich hop, chia se du lieu tinh (LGSP)": "",
 "Cổng thông tin điện tử Bộ Xây dựng": "Thông tin chỉ đạo điều hành, văn bản, quy hoạch ngành.",
 "Nền tảng quản lý hệ thống giao thông thông minh đường bộ (ITS) – giai đoạn 1": "Tích hợp dữ liệu các trung tâm điều hành cao tốc, thu phí không dừng, trạm cân tải trọng toàn quốc.",
 "Kho dữ liệu dùng chung ngành xây dựng (data warehouse)": "Tổng hợp dữ liệu các CSDL chuyên ngành của Bộ phục vụ phân tích.",
 "CSDL quốc gia về nhà ở và thị trường bất động sản": "Dữ liệu dự án nhà ở, giao dịch bất động sản do sở xây dựng các tỉnh cập nhật.",
 "CSDL kết cấu hạ tầng giao thông đường bộ": "Dữ liệu cầu, đường, công trình trên quốc lộ, cao tốc.",
 "Hệ thống quản lý đăng kiểm phương tiện (Cục Đăng kiểm)": "Quản lý kiểm định an toàn kỹ thuật phương tiện tại các trung tâm đăng kiểm.",
 "Phần mềm quản lý dự án đầu tư xây dựng của Bộ": "Theo dõi tiến độ, giải ngân các dự án do Bộ làm chủ đầu tư.",
 "Kế toán MISA cho các đơn vị dự toán trực thuộc": "MISA Mimosa cho kế toán hành chính sự nghiệp.",
 "Thuê dịch vụ anti-DDoS và WAF cho cổng thông tin, cổng DVC của Bộ": "Thuê dịch vụ bảo vệ biên Internet của nhà mạng, gói 3 năm.",
 "Chatbot trợ lý ảo pháp luật xây dựng (tự phát triển mô hình, hạ tầng riêng)": "Đầu tư cụm GPU, tự huấn luyện mô hình trả lời về quy chuẩn, pháp luật xây dựng.",
 "Hệ thống lựa chọn nhà thầu qua mạng của Bộ (đăng tải, nộp HSDT, mở thầu)": "Dùng cho các gói thầu do các Ban QLDA của Bộ tổ chức.",
 "Phần mềm tiếp công dân, xử lý đơn thư KNTC của Bộ": "Ghi nhận lượt tiếp công dân, phân loại, chuyển xử lý đơn, theo dõi giải quyết.",
 "Phần mềm kê khai, quản lý bản kê khai tài sản, thu nhập của công chức Bộ": "Kê khai trực tuyến, lưu bản kê khai, phục vụ xác minh.",
 "Phần mềm quản lý xây dựng VBQPPL (soạn thảo, thẩm định, ban hành) của Vụ Pháp chế": "Theo dõi chương trình xây dựng văn bản, dự thảo, ý kiến thẩm định.",
 "Phần mềm phân bổ, giao dự toán ngân sách cho đơn vị trực thuộc Bộ": "Các đơn vị lập, điều chỉnh dự toán; Vụ Kế hoạch - Tài chính phân bổ trực tuyến.",
 "Sử dụng mạng TSLCD kết nối các Cục, Vụ": "Kênh kết nối trụ sở Bộ với các Cục và Sở Xây dựng.",
 "Một cửa điện tử xã – sử dụng HTTT giải quyết TTHC của tỉnh": "Bộ phận một cửa xã tiếp nhận, xử lý hồ sơ trên hệ thống của tỉnh.",
 "Mạng LAN, Internet trụ sở UBND xã": "Cáp mạng, switch, đường truyền cáp quang 200Mbps.",
 "Mở rộng hệ thống truyền thanh thông minh (loa IP) đến 100% thôn, bản": "Thay loa FM hỏng bằng cụm loa IP nhận tin từ hệ thống thông tin nguồn tỉnh.",
 "Phòng họp trực tuyến UBND xã (điểm cầu kết nối tỉnh)": "Màn hình, camera, codec họp trực tuyến với tỉnh.",
 "Tổ công nghệ số cộng đồng – điểm hỗ trợ người dân dùng DVC, VNeID": "Hướng dẫn người dân cài VNeID, nộp hồ sơ trực tuyến tại nhà văn hóa thôn.",
 "Giải pháp nông nghiệp thông minh cho HTX chè (cảm biến, tưới tự động)": "Hỗ trợ HTX lắp cảm biến độ ẩm, tưới nhỏ giọt điều khiển qua điện thoại.",
 "Website DVC riêng của xã cho người dân nộp hồ sơ trực tuyến": "Trang web do xã thuê, người dân nộp hồ sơ hộ tịch, chứng thực trực tuyến.",
 "Thuê Google Workspace làm email công vụ tên miền riêng của xã": "Hộp thư @baothang... cho cán bộ, công chức xã.",
 "Thuê phần mềm quản lý trường mầm non, tiểu học trên địa bàn xã": "Quản lý học sinh, giáo viên, sổ điểm, thu học phí cho 6 trường do xã quản lý.",
 "Phần mềm thu thập chỉ tiêu thống kê cấp xã": "Công chức thống kê nhập số liệu dân số, sản xuất, báo cáo định kỳ.",
 "Phần mềm tiếp công dân, xử lý đơn thư của UBND xã": "Ghi sổ tiếp công dân, theo dõi đơn thư tại xã.",
 "Trang kết nối việc làm của xã (tin tuyển dụng, hồ sơ người tìm việc)": "Đăng tin tuyển dụng của doanh nghiệp khu công nghiệp, nhận hồ sơ lao động.",
 "Chatbot Zalo tra lời TTHC – thuê startup tự huấn luyện mô hình": "Trả lời tự động câu hỏi về thủ tục, giấy tờ qua Zalo OA của xã.",
 "Landslide early-warning AI service for the commune (vendor subscription)": "AI model predicting landslide risk from rainfall and slope data; SMS alerts to hamlets.",
 "Trung tâm dữ liệu Tỉnh ủy": "Phòng máy chủ đặt các hệ thống của cơ quan Đảng tỉnh.",
 "Cổng thông tin điện tử Đảng bộ tỉnh": "Tin tức, văn kiện, tuyên truyền của Đảng bộ tỉnh.",
 "UBKT Tỉnh ủy – Phần mềm quản lý công tác kiểm tra, giám sát, kỷ luật đảng": "Theo dõi các cuộc kiểm tra, giám sát, thi hành kỷ luật đảng viên.",
 "Ứng dụng phục vụ Đại hội Đảng bộ tỉnh (phòng họp không giấy, bỏ phiếu điện tử)": "Tài liệu đại hội trên máy tính bảng, bầu cử bằng phần mềm.",
 "Hệ thống báo cáo tổng hợp, phân tích, dự báo của Văn phòng Tỉnh ủy": "Tổng hợp báo cáo của đảng bộ trực thuộc, phân tích phục vụ Thường trực.",
 "Phần mềm kế toán tài chính đảng": "Kế toán ngân sách, đảng phí của các cơ quan Đảng tỉnh.",
 "Kho lưu trữ số tài liệu Phông lưu trữ Đảng của Tỉnh ủy": "Số hóa, bảo quản tài liệu thuộc Phông lưu trữ Đảng Cộng sản Việt Nam tại Kho lưu trữ Tỉnh ủy.",
 "Sổ tay đảng viên điện tử (ứng dụng Đảng viên số của Trung ương)": "Triển khai cho đảng viên toàn tỉnh sử dụng.",
 "Giải pháp bảo mật gửi nhận văn bản mật (thiết bị, phần mềm Ban Cơ yếu cấp)": "Thiết bị mã hóa, phần mềm bảo mật cho văn bản mật đến đảng ủy xã.",
 "Ban Nội chính – CSDL theo dõi vụ việc, vụ án do Ban chỉ đạo tỉnh theo dõi": "",
 "Mua sắm phần mềm QLVB & HSCV riêng cho cơ quan Tỉnh ủy (thay hệ thống dùng chung)": "Mua bản quyền phần mềm quản lý văn bản, hồ sơ công việc triển khai cho các ban, văn phòng Tỉnh ủy.",
 "Nâng cấp, mở rộng phần mềm văn bản đi/đến của Văn phòng Tỉnh ủy tới các đảng ủy xã": "Mở rộng tài khoản, liên thông văn bản từ Tỉnh ủy tới 75 đảng ủy xã, phường.",
 "Ban Tổ chức Tỉnh ủy – phần mềm quản lý hồ sơ đảng viên tự xây dựng": "Lý lịch, biến động, chuyển sinh hoạt đảng của đảng viên toàn Đảng bộ tỉnh.",
 "Phần mềm theo dõi thực hiện nghị quyết, chỉ thị, kết luận của Trung ương tại Đảng bộ tỉnh": "Các cấp ủy cập nhật kết quả, tiến độ thực hiện; tổng hợp báo cáo định kỳ.",
 "Phần mềm tiếp nhận hồ sơ chuyển sinh hoạt đảng, kết nạp đảng trực tuyến của Tỉnh ủy": "Đảng viên, chi bộ nộp hồ sơ trực tuyến, theo dõi kết quả giải quyết.",
 "UBKT – phần mềm kê khai, xác minh tài sản, thu nhập cán bộ diện Tỉnh ủy quản lý": "Kê khai trực tuyến hằng năm, so sánh biến động, phục vụ xác minh.",
 "Máy chủ thư điện tử riêng của Tỉnh ủy": "Hộp thư cho cán bộ các cơ quan Đảng tỉnh.",
 "Thuê WAF/anti-DDoS cho Cổng TTĐT Đảng bộ tỉnh": "Dịch vụ bảo vệ website trước tấn công từ Internet.",
 "Virtual assistant for Party documents (own LLM training)": "Train an in-house model on Party documents to answer cadres' questions.",
 "Hệ thống cấp chứng thư số nội bộ của Tỉnh ủy": "Tự vận hành máy chủ CA cấp chứng thư cho cán bộ ký văn bản.",
 "Phần mềm quản lý văn bản, hồ sơ công việc cơ quan MTTQ tỉnh": "Văn bản đến, đi, giao việc trong cơ quan MTTQ và các đoàn thể tỉnh.",
 "CSDL hội viên, đoàn viên các tổ chức chính trị - xã hội tỉnh": "Dữ liệu hội viên Hội LHPN, Hội Nông dân, Hội CCB, đoàn viên.",
 "Phần mềm giám sát và phản biện xã hội": "Kế hoạch, kết quả giám sát, văn bản phản biện của MTTQ các cấp.",
 "Phần mềm tổng hợp ý kiến, kiến nghị của cử tri và nhân dân": "Tổng hợp ý kiến cử tri gửi kỳ họp Quốc hội, HĐND; theo dõi trả lời.",
 "Quản lý Quỹ Vì người nghèo và cứu trợ": "Thu, chi, phân bổ quỹ; danh sách hộ được hỗ trợ.",
 "Ứng dụng \"Mặt trận với dân\" tiếp nhận phản ánh, góp ý của nhân dân": "Người dân gửi góp ý với Mặt trận, Ban công tác Mặt trận khu dân cư tiếp nhận.",
 "LĐLĐ tỉnh – Phần mềm quản lý đoàn viên công đoàn": "Thẻ đoàn viên, biến động đoàn viên, công đoàn cơ sở.",
 "Hội Nông dân – Sàn thương mại điện tử nông sản của hội viên": "Giới thiệu, bán sản phẩm chè, OCOP của hội viên.",
 "Phần mềm quản lý cán bộ Mặt trận cơ sở, trưởng ban công tác Mặt trận": "Danh sách trưởng ban công tác Mặt trận khu dân cư.",
 "Máy chủ mail riêng của Ủy ban MTTQ tỉnh (@mttqthainguyen.vn)": "Email cho cán bộ cơ quan MTTQ và các đoàn thể tỉnh.",
 "Hệ thống tài khoản hội viên đăng nhập bằng CCCD, xác thực khuôn mặt (eKYC riêng)": "Tự xây dựng dịch vụ định danh, xác thực hội viên khi dùng các ứng dụng của Mặt trận.",
 "Trợ lý ảo AI hỏi đáp chính sách cho hội viên (tự huấn luyện mô hình)": "Mua máy chủ GPU, tự huấn luyện chatbot trả lời chính sách cho hội viên.",
 "Tỉnh đoàn – Sàn việc làm thanh niên (kết nối doanh nghiệp tuyển dụng và đoàn viên)": "Đăng tin tuyển dụng, hồ sơ tìm việc, gợi ý việc làm cho thanh niên.",
 "Hội LHPN – nền tảng học trực tuyến mở phổ cập kỹ năng số cho hội viên, nhân dân": "Khóa học trực tuyến mở về kỹ năng số, an toàn trên mạng cho mọi người dân.",
 "LĐLĐ tỉnh – nền tảng ký hợp đồng lao động điện tử cho doanh nghiệp, đoàn viên": "Soạn, ký, lưu trữ hợp đồng lao động điện tử giữa doanh nghiệp và người lao động.",
 "E-learning platform for digital skills open to all citizens (Tỉnh đoàn)": "Free MOOC on basic digital skills for every resident.",
 "Hệ thống tòa soạn hội tụ (CMS báo điện tử)": "Biên tập, duyệt, xuất bản tin bài đa nền tảng.",
 "Hệ thống playout phát sóng tự động kênh PTV": "Phát sóng tự động theo lịch, chèn quảng cáo.",
 "MAM – lưu trữ tư liệu video, audio số": "Lưu trữ, tìm kiếm tư liệu chương trình đã phát sóng.",
 "Website báo điện tử baophutho.vn": "Trang tin tức của cơ quan báo chí tỉnh.",
 "Quản lý hợp đồng quảng cáo, CRM khách hàng": "Hợp đồng, lịch phát quảng cáo, công nợ khách hàng.",
 "Cung cấp tín hiệu kênh PTV lên VTVGo": "Đẩy tín hiệu kênh PTV lên nền tảng VTVGo của Đài Truyền hình Việt Nam.",
 "Vận hành Hệ thống thông tin nguồn tỉnh (giao cho Báo và PTTH)": "Đơn vị được giao vận hành, biên tập bản tin cho truyền thanh cơ sở.",
 "AI tự động tạo phụ đề, lồng tiếng tiếng dân tộc cho bản tin": "Tạo phụ đề, thuyết minh tiếng Mường, Dao cho bản tin thời sự.",
 "Ứng dụng OTT \"PTV Go\" xem trực tiếp và xem lại các kênh truyền hình của đài": "App iOS/Android, Smart TV; máy chủ streaming, CDN riêng.",
 "Phát thanh trực tuyến (nghe lại) trên website đài": "Nghe trực tiếp, nghe lại chương trình FM trên website.",
 "Xây dựng hệ thống đo lường khán giả (people meter) riêng cho kênh PTV": "Lắp thiết bị đo tại hộ gia đình mẫu, tính rating kênh PTV.",
 "Big Data phân tích hành vi, rating khán giả truyền hình của đài": "Thu thập dữ liệu xem từ set-top box, OTT để đo rating.",
 "Mail server riêng của Báo và PTTH": "Hộp thư cho phóng viên, biên tập viên.",
 "Chatbot trợ lý ảo cho khán giả (own LLM)": "Self-hosted model answering audience questions about programmes.",
 "Trang công khai dự toán, quyết toán của đơn vị": "Đăng công khai dự toán, quyết toán ngân sách của đơn vị sự nghiệp.",
 "Trang công khai dự toán, quyết toán ngân sách của Bộ và đơn vị trực thuộc": "Đăng tải số liệu công khai dự toán, quyết toán ngân sách theo Luật NSNN.",
 "Trang công khai dự toán, quyết toán ngân sách của cơ quan MTTQ tỉnh": "Công khai dự toán, quyết toán theo quy định.",
 "Phần mềm diệt virus máy trạm (Kaspersky) toàn Bộ": "Bản quyền 3.500 máy trạm, quản trị tập trung.",
 "Tích hợp chữ ký số chuyên dùng (Ban Cơ yếu) vào QLVB và HTTT TTHC": "Ký số văn bản, kết quả giải quyết TTHC bằng chứng thư số do Ban Cơ yếu cấp.",
 "Kho quản lý dữ liệu điện tử của tổ chức, cá nhân (gắn với HTTT giải quyết TTHC của Bộ)": "Lưu kết quả giải quyết TTHC theo tài khoản người dân, doanh nghiệp để tái sử dụng.",
 "Dashboard chỉ đạo điều hành và KPI của Bộ": "Trực quan hóa số liệu ngành cho lãnh đạo Bộ.",
 "Phần mềm quản lý hợp tác quốc tế": "Đoàn ra, đoàn vào, điều ước, dự án ODA.",
 "Sở GD&ĐT – thuê phần mềm quản lý trường học, sổ điểm điện tử (Viettel SMAS) cho các trường phổ thông": "Hồ sơ học sinh, giáo viên, sổ điểm, học bạ điện tử toàn ngành giáo dục tỉnh.",
 "Phần mềm hộ tịch cài đặt riêng của xã cũ (trước sáp nhập) – thanh lý": "Phần mềm đăng ký khai sinh, kết hôn, khai tử do xã cũ tự mua.",
 "Camera an ninh các trục đường chính": "12 camera tại cổng trụ sở, chợ, cầu.",
 "Kết nối nền tảng tích hợp, chia sẻ dữ liệu của MTTQ Việt Nam": "Đồng bộ dữ liệu hội viên, giám sát lên hệ thống của Ủy ban Trung ương MTTQ.",
 "Hội CCB – phần mềm quản lý hội viên": "Hồ sơ hội viên cựu chiến binh, biến động, sinh hoạt chi hội.",
 "Trang quyên góp trực tuyến ủng hộ đồng bào bị thiên tai": "Nhận ủng hộ qua QR, công khai danh sách đóng góp.",
 "Khai thác số liệu VTV Rating cho kênh PTV": "Mua/nhận báo cáo rating từ VTV để điều chỉnh khung chương trình.",
 "Kết nối NDXP và Nền tảng chia sẻ, điều phối dữ liệu của TTDLQG": "LGSP tỉnh kết nối để khai thác CSDL quốc gia về dân cư, doanh nghiệp.",
 "Dashboard điều hành của UBND tỉnh và bộ chỉ số KPI": "Màn hình chỉ số KT-XH, TTHC, chuyển đổi số cho lãnh đạo tỉnh.",
}
for _k, _a, _rows in INV:
    for _i, _r in enumerate(_rows):
        if not _r[2] and _r[1] in DESC:
            _rows[_i] = (_r[0], _r[1], DESC[_r[1]], _r[3], _r[4], _r[5])
_unused = set(DESC) - {r[1] for _k, _a, rows in INV for r in rows}
assert not _unused, _unused


# second pass: drop rows judged ambiguous, add a few positives, more descriptions
_AMBIG = {"HTTT giải quyết TTHC tỉnh Lào Cai (một cửa điện tử)",
          "UBKT – phần mềm kê khai, xác minh tài sản, thu nhập cán bộ diện Tỉnh ủy quản lý",
          "Một cửa điện tử xã – sử dụng HTTT giải quyết TTHC của tỉnh"}
for _k, _a, _rows in INV:
    _rows[:] = [r for r in _rows if r[1] not in _AMBIG]
_f += [
 ("existing", "LĐLĐ tỉnh – Cổng kết nối việc làm cho đoàn viên, người lao động mất việc", "Thu thập nhu cầu tuyển dụng của doanh nghiệp, giới thiệu việc làm cho người lao động.",
  ["B-31"], [], P("B-31", "kết nối cung - cầu lao động, giao dịch việc làm trực tuyến cho người lao động và người sử dụng lao động")),
]
_q += [
 ("expanding", "Nâng cấp phần mềm thống kê, báo cáo số lượng tổ chức cơ sở đảng, đảng viên của Ban Tổ chức Tỉnh ủy", "Bổ sung biểu mẫu thống kê, phân tích chất lượng tổ chức cơ sở đảng, đảng viên.",
  ["B-20"], [], P("B-20", "thực hiện nghiệp vụ, thống kê, phân tích về công tác tổ chức xây dựng Đảng, tổ chức, đảng viên")),
]
_o += [
 ("planned", "Thuê nền tảng OTT white-label (FPT Play) phát kênh PTV", "",
  ["B-61"], [], P("B-61", "thuê dịch vụ phát kênh truyền hình địa phương trên Internet cũng bị Điều 2 khoản 2 điều chỉnh")),
]
_c += [
 ("planned", "Mua phần mềm quản lý hồ sơ cán bộ, công chức xã", "Lý lịch, quá trình công tác, đánh giá, nâng lương của cán bộ, công chức xã sau sáp nhập.",
  ["B-29"], [], P("B-29", "quản lý hồ sơ điện tử cán bộ, công chức trên môi trường số cho cơ quan ở trung ương và địa phương")),
]
DESC2 = {
 "Hệ thống quan trắc môi trường tự động (nước thải, không khí) tỉnh": "Trạm quan trắc tự động truyền số liệu về Sở NN&MT, cảnh báo vượt ngưỡng.",
 "Đèn giao thông thông minh TP. Lào Cai và TP. Yên Bái cũ": "Điều khiển tập trung đèn tín hiệu tại 25 nút giao đô thị.",
 "CSDL về hoạt động xây dựng (năng lực tổ chức, chứng chỉ hành nghề)": "Thông tin năng lực hoạt động xây dựng, chứng chỉ hành nghề do Bộ và sở cấp.",
 "Hệ thống thu phí điện tử không dừng (ETC) – dữ liệu trung tâm": "Dữ liệu giao dịch thu phí các trạm BOT.",
 "Duy trì kết nối mạng truyền số liệu chuyên dùng cấp II": "Thuê bao đường truyền TSLCD kết nối xã với tỉnh.",
 "Lắp đặt wifi công cộng khu trung tâm xã và nhà văn hóa thôn": "Phục vụ người dân tra cứu, nộp hồ sơ trực tuyến.",
 "Đưa sản phẩm OCOP của xã lên sàn thương mại điện tử": "Hỗ trợ hộ kinh doanh mở gian hàng trên các sàn TMĐT.",
 "Tư vấn sức khỏe từ xa tại trạm y tế xã": "Kết nối khám từ xa với bệnh viện tỉnh.",
 "App bao cao dich benh gia suc, gia cam cua xa": "Thu y vien thon bao cao o dich, so con chet, tiem phong qua dien thoai.",
 "CSDL hộ đồng bào dân tộc thiểu số của xã": "Xã tự lập cơ sở dữ liệu hộ DTTS, người có uy tín, kết quả thụ hưởng chính sách dân tộc.",
 "He thong lay y kien du thao VBQPPL truc tuyen cua Bo": "Dang du thao, nguoi dan va doanh nghiep gop y truc tuyen.",
 "Ban Tuyên giáo và Dân vận – Phần mềm tổng hợp tình hình tư tưởng, dư luận xã hội": "Cộng tác viên dư luận xã hội gửi phiếu, tổng hợp báo cáo.",
 "Hệ thống thu thập, tổng hợp thông tin trên Internet (social listening)": "Theo dõi thông tin trên mạng xã hội liên quan đến địa phương.",
 "Ban Nội chính – CSDL theo dõi vụ việc, vụ án do Ban chỉ đạo tỉnh theo dõi": "Theo dõi tiến độ xử lý vụ việc, vụ án nghiêm trọng, dư luận quan tâm.",
 "Phần mềm quản lý lịch công tác, phòng họp Văn phòng Tỉnh ủy": "Đăng ký phòng họp, lịch công tác Thường trực Tỉnh ủy.",
 "Bổ sung module thống kê số liệu địa phương về thực hiện NQ Trung ương": "Tự phát triển thêm module trên phần mềm của Văn phòng Tỉnh ủy.",
 "Phan mem quan ly nha Dai doan ket": "Danh sach ho duoc ho tro xay, sua nha; tien do, kinh phi.",
 "Tinh doan – quan ly cong trinh thanh nien, hoat dong tinh nguyen": "Cong trinh thanh nien, chien dich Mua he xanh.",
 "Hội LHPN – theo dõi hộ phụ nữ nghèo, phụ nữ khởi nghiệp được hỗ trợ": "Danh sách hội viên được hỗ trợ, kết quả thoát nghèo.",
 "Thuê dịch vụ chống DDoS và WAF cho cổng TTĐT MTTQ tỉnh": "Gói dịch vụ bảo vệ website của nhà mạng.",
 "Quản lý lịch phát sóng, kế hoạch chương trình": "Lập khung chương trình, lịch phát sóng tuần.",
 "Hệ thống phát sóng số mặt đất DVB-T2 (thuê hạ tầng)": "Phát kênh PTV qua hạ tầng truyền hình số mặt đất.",
 "Nâng cấp, mở rộng tòa soạn hội tụ tích hợp AI hỗ trợ biên tập": "Gợi ý tít, tóm tắt, kiểm tra chính tả tin bài.",
 "Hệ thống dựng hình phi tuyến (Avid)": "Dựng chương trình, bản tin.",
}
for _k, _a, _rows in INV:
    for _i, _r in enumerate(_rows):
        if not _r[2] and _r[1] in DESC2:
            _rows[_i] = (_r[0], _r[1], DESC2[_r[1]], _r[3], _r[4], _r[5])
_unused = set(DESC2) - {r[1] for _k, _a, rows in INV for r in rows if r[2] == DESC2.get(r[1])}
assert not _unused, _unused

# ---------------------------------------------------------------- assemble
def nfc(s):
    return unicodedata.normalize("NFC", s)


_c += [("retiring", "Thanh lý máy chủ, phòng máy tại trụ sở các xã cũ trước sáp nhập", "Chuyển ứng dụng còn dùng về trung tâm dữ liệu tỉnh.",
  [], [], RA(7, "Lớp 1", "Sử dụng hạ tầng Trung tâm dữ liệu cấp tỉnh"))]
_o += [("retiring", "Ngừng phát sóng truyền hình analog", "", [], [], OWN("hạ tầng phát sóng mặt đất, không phát trên Internet"))]
_f += [("retiring", "Dung website rieng cua Hoi Nong dan tinh, gop vao Cong TTDT MTTQ tinh", "",
  [], [], OWN("trang thông tin của tổ chức thành viên, không phải nền tảng trong 1132"))]

# third pass: statuses as the agencies report them (avoid status tracking the label)
STATUS = {
 "Cổng dữ liệu mở tỉnh Lào Cai": "existing",
 "CSDL dân tộc tỉnh (hộ đồng bào DTTS, chính sách dân tộc, chương trình MTQG)": "existing",
 "Phần mềm thu thập, tổng hợp báo cáo chỉ tiêu thống kê cấp tỉnh, cấp xã": "existing",
 "Phần mềm thu thập chỉ tiêu thống kê cấp xã": "existing",
 "CSDL hộ đồng bào dân tộc thiểu số của xã": "existing",
 "App bao cao dich benh gia suc, gia cam cua xa": "existing",
 "Trang kết nối việc làm của xã (tin tuyển dụng, hồ sơ người tìm việc)": "existing",
 "Trang công khai dự toán, quyết toán ngân sách của cơ quan MTTQ tỉnh": "existing",
 "Hội LHPN – nền tảng học trực tuyến mở phổ cập kỹ năng số cho hội viên, nhân dân": "existing",
 "Trang công khai dự toán, quyết toán của đơn vị": "existing",
 "Trang công khai dự toán, quyết toán ngân sách của Bộ và đơn vị trực thuộc": "existing",
 "Phần mềm kê khai, quản lý bản kê khai tài sản, thu nhập của công chức Bộ": "existing",
 "Phần mềm quản lý cán bộ diện Ban Thường vụ Tỉnh ủy quản lý": "existing",
 "Thuê WAF/anti-DDoS cho Cổng TTĐT Đảng bộ tỉnh": "existing",
 "Trung tâm giám sát, điều hành thông minh (IOC) tỉnh": "expanding",
 "Hệ thống quan trắc môi trường tự động (nước thải, không khí) tỉnh": "expanding",
 "CSDL quốc gia về nhà ở và thị trường bất động sản": "expanding",
 "Phần mềm giám sát và phản biện xã hội": "planned",
 "Ban Tuyên giáo và Dân vận – Phần mềm tổng hợp tình hình tư tưởng, dư luận xã hội": "planned",
 "Quản lý hợp đồng quảng cáo, CRM khách hàng": "planned",
 "Thi đua khen thưởng MTTQ và các đoàn thể": "planned",
 "Phần mềm quản lý hợp tác quốc tế": "planned",
 "Quản lý tài sản, phương tiện Văn phòng Tỉnh ủy": "planned",
 "Phần mềm theo dõi mô hình \"Dân vận khéo\"": "planned",
 "Phần mềm tính nhuận bút": "planned",
 "Hội CCB – phần mềm quản lý hội viên": "planned",
}
_seen = set()
for _k, _a, _rows in INV:
    for _i, _r in enumerate(_rows):
        if _r[1] in STATUS:
            _rows[_i] = (STATUS[_r[1]],) + tuple(_r[1:])
            _seen.add(_r[1])
assert _seen == set(STATUS), set(STATUS) - _seen

import random
cases = []
k = 0
for _n, (kind, agency, rows) in enumerate(INV):
    rows = list(rows)
    random.Random(5000 + _n).shuffle(rows)  # real inventories are not sorted by label
    for st, name, desc, exp, nat, why in rows:
        k += 1
        cases.append({"id": "K%03d" % k, "kind": kind, "agency": nfc(agency), "status": st,
                      "name": nfc(name), "description": nfc(desc), "expected": exp,
                      "expected_national": [nfc(x) for x in nat], "why": nfc(why)})

ABOUT = nfc("""Bộ kiểm thử mù blind5: sáu danh mục hệ thống CNTT trọn vẹn của sáu cơ quan (tỉnh miền núi Tây Bắc sau sáp nhập kèm các sở; Bộ Xây dựng; một xã sau sáp nhập 2025; Tỉnh ủy và các ban; Ủy ban MTTQ tỉnh kèm tổ chức thành viên; cơ quan báo chí - phát thanh truyền hình tỉnh), viết trực tiếp từ văn bản nguồn, không đọc mã nguồn hay dữ liệu gán nhãn của dự án. Tên cơ quan, sản phẩm là giả định minh họa.
Quy tắc gán nhãn:
1. expected chứa mã nền tảng 1132/QĐ-TTg Phụ lục II (A-01…A-17, B-01…B-62 theo thứ tự STT) khi thành phần do chính cơ quan xây dựng, mua, thuê hoặc mở rộng có chức năng, mục tiêu và phạm vi sử dụng tương tự nền tảng đó (Điều 2 khoản 2).
2. expected_national ghi tên thành phần dùng chung quốc gia tại 3090/QĐ-BKHCN Phần II mục 3 không có trong 1132 (email công vụ thống nhất, chứng thực chữ ký số chuyên dùng công vụ, Bình dân học vụ số) khi thành phần lặp nó.
3. Việc chỉ sử dụng, kết nối, cập nhật dữ liệu lên nền tảng dùng chung là âm tính.
4. Thành phần mà khung kiến trúc tham chiếu (3090 Phụ lục I) giao cơ quan tự triển khai (LGSP, trung tâm dữ liệu hiện có, kho dữ liệu, IOC, nền tảng AI cấp bộ/tỉnh, QLVB, dashboard, KPI, hạ tầng ICT cấp xã, giải pháp kinh tế số, xã hội số) là âm tính.
5. Hệ thống nghiệp vụ riêng không có dòng tương ứng trong 1132 và không lặp thành phần 3090 II.3 là âm tính.
6. Cơ quan chủ quản vận hành chính nền tảng của mình (Điều 3 khoản 1) không bị coi là trùng lặp.
7. Nhãn dựa trên chức năng, không dựa trên trạng thái: hệ thống đang dừng (retiring) hoặc đang được phép duy trì do nền tảng chưa vận hành (Điều 2 khoản 3) vẫn mang nhãn nền tảng mà nó lặp.
8. Phạm vi phải trùng: ví dụ B-32 chỉ phủ Phông lưu trữ nhà nước, B-36 chỉ phủ mầm non, phổ thông, GDTX; ngoài phạm vi là âm tính.
9. Bảo vệ đầu cuối do chủ quản tự triển khai (3090 Phần II mục 3 điểm a) là âm tính; WAF/chống DDoS biên Internet lặp A-14.
10. Trường hợp văn bản mâu thuẫn hoặc không đủ rõ (ví dụ khung tham chiếu giao tự làm trong khi 1132 có nền tảng cùng loại; HTTT giải quyết TTHC cấp tỉnh so với B-02…B-17; một cửa cấp xã riêng; SOC cấp tỉnh; hệ thống báo cáo; họp trực tuyến; CSDL đất đai) bị loại khỏi bộ.
Nguồn: 1132/QĐ-TTg (24/6/2026) Điều 2, Điều 3, Phụ lục II; 3090/QĐ-BKHCN Phần II mục 2, mục 3, Phụ lục I mục 1, 3, 4, 5, 6, 7; 5441/BKHCN mục 2.2; 4577/BKHCN mục 2, 3.""")

out = {"about": ABOUT, "cases": cases}
with open("/work/blind5/overlap_blind5.json", "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)

# ---------------------------------------------------------------- validate
d = json.load(open("/work/blind5/overlap_blind5.json", encoding="utf-8"))
ids = [c["id"] for c in d["cases"]]
assert len(ids) == len(set(ids))
natnames = {v[0] for v in NAT.values()}
for c in d["cases"]:
    for e in c["expected"]:
        assert e in PLATFORMS, e
    for e in c["expected_national"]:
        assert e in natnames, e
    for key in ("agency", "name", "description", "why"):
        assert c[key] == unicodedata.normalize("NFC", c[key])
    assert c["status"] in ("existing", "planned", "expanding", "retiring")
    assert c["why"]
raw = open("/work/blind5/overlap_blind5.json", encoding="utf-8").read()
assert raw == unicodedata.normalize("NFC", raw)
pos = lambda c: bool(c["expected"] or c["expected_national"])
print("rows", len(ids), "positives", sum(map(pos, d["cases"])))
for kind in ("province", "ministry", "commune", "party", "front", "other"):
    cs = [c for c in d["cases"] if c["kind"] == kind]
    print(kind, len(cs), "pos", sum(map(pos, cs)), "emptydesc", sum(1 for c in cs if not c["description"]))
print(collections.Counter(c["status"] for c in d["cases"]))
print("empty desc", sum(1 for c in d["cases"] if not c["description"]))
print("multi-id", sum(1 for c in d["cases"] if len(c["expected"]) > 1))
