# -*- coding: utf-8 -*-
"""Build /work/dev10/overlap_dev10.json: six whole agency IT inventories, labelled from
1132/QĐ-TTg Phụ lục II and 3090/QĐ-BKHCN (Phần II mục 3, Phụ lục I) only."""
import json, unicodedata, os

def P(g, n):
    return f"1132/QĐ-TTg Phụ lục II mục {g} STT {n}"
D2 = "1132/QĐ-TTg Điều 2 khoản 2"
PL = {"party": "3090/QĐ-BKHCN Phụ lục I mục 1 (Khung KT số tham chiếu của cơ quan Đảng)",
      "assembly": "3090/QĐ-BKHCN Phụ lục I mục 2 (Khung KT số tham chiếu của Quốc hội)",
      "other": "3090/QĐ-BKHCN Phụ lục I mục 4 (Khung KT số tham chiếu của cơ quan, tổ chức khác)",
      "ministry": "3090/QĐ-BKHCN Phụ lục I mục 5 (Khung KT số tham chiếu cấp bộ)",
      "province": "3090/QĐ-BKHCN Phụ lục I mục 6 (Khung KT số tham chiếu cấp tỉnh)",
      "commune": "3090/QĐ-BKHCN Phụ lục I mục 7 (Khung KT số tham chiếu cấp xã)"}
II3a = "3090/QĐ-BKHCN Phần II mục 3 điểm a (Lớp 1)"
II3b = "3090/QĐ-BKHCN Phần II mục 3 điểm b (Lớp 2)"
II3c = "3090/QĐ-BKHCN Phần II mục 3 điểm c (Lớp 3)"
II3d = "3090/QĐ-BKHCN Phần II mục 3 điểm d (Lớp 4)"
EMAIL = "Hệ thống thư điện tử (email) công vụ thống nhất"
NOTIF = "Hệ thống thư điện tử phục vụ tiếp nhận thông báo do cơ quan nhà nước gửi đến"
CA = "Hệ thống chứng thực chữ ký số chuyên dùng công vụ"
BDHV = "Nền tảng Bình dân học vụ số"

USE = "Dòng này chính là nền tảng quốc gia mà cơ quan chỉ sử dụng/kết nối (không tự xây dựng bản riêng), không lặp lại chức năng: "
CONN = "Thành phần kết nối/tích hợp tới nền tảng quốc gia, không tự thực hiện chức năng của nền tảng: "
OWNREF = "Thành phần mà khung kiến trúc tham chiếu giao cho loại cơ quan này tự xây dựng: "
OWNSECT = "Phần mềm nghiệp vụ nội bộ/chuyên ngành riêng, không có nền tảng nào trong 1132 Phụ lục II mục A, B có cùng chức năng: "
DUP = "Tự xây dựng/thuê/mở rộng hệ thống có chức năng, mục tiêu, phạm vi tương tự nền tảng dùng chung quốc gia ("
DUPN = "Tự triển khai hệ thống riêng lặp lại thành phần dùng chung quốc gia nêu tại "

INV = []

# ---------------------------------------------------------------- 1. province
prov = ("province", "Tỉnh Vĩnh Long (sau sáp nhập Vĩnh Long - Bến Tre - Trà Vinh)", [
 ("existing", "Hệ thống QLVB và điều hành VNPT iOffice", "Phần mềm quản lý văn bản, hồ sơ công việc dùng chung cho các sở, ngành, UBND cấp xã.", [], [], OWNREF + PL["province"] + " Lớp 3 (Ứng dụng hỗ trợ hoạt động của các cơ quan nhà nước; Bàn làm việc số Lớp 4)."),
 ("existing", "Cổng thông tin điện tử tỉnh", "", [], [], OWNSECT + "cổng thông tin của tỉnh là kênh của địa phương; không có dòng tương ứng trong 1132 Phụ lục II."),
 ("existing", "Trung tâm dữ liệu tỉnh (đặt tại Trung tâm Chuyển đổi số)", "Hạ tầng máy chủ, lưu trữ cho các HTTT dùng chung của tỉnh.", [], [], OWNREF + PL["province"] + " Lớp 1 (Trung tâm dữ liệu cấp tỉnh, sử dụng TTDL hiện có)."),
 ("expanding", "Nâng cấp, mở rộng nền tảng LGSP tỉnh", "Mở rộng trục tích hợp chia sẻ dữ liệu cấp tỉnh, kết nối NDXP để phục vụ tỉnh mới sau hợp nhất.", [], [], OWNREF + PL["province"] + " Lớp 2 (Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh); kết nối NDXP theo " + P("A", 6) + "."),
 ("existing", "Kết nối Cổng Dịch vụ công quốc gia", "Đồng bộ hồ sơ, trạng thái giải quyết TTHC của tỉnh lên Cổng DVCQG.", [], [], CONN + P("A", 1) + "."),
 ("existing", "Trung tâm giám sát, điều hành thông minh (IOC) tỉnh", "", [], [], OWNREF + PL["province"] + " Lớp 3 (Trung tâm giám sát, điều hành thông minh cấp tỉnh)."),
 ("planned", "Nền tảng AI cấp tỉnh", "Hạ tầng, dịch vụ AI dùng chung trong tỉnh, kết nối LGSP, đồng bộ với Nền tảng AI quốc gia.", [], [], OWNREF + PL["province"] + " Lớp 3 (Nền tảng AI cấp tỉnh)."),
 ("existing", "Hệ thống thư điện tử tỉnh mail.vinhlong.gov.vn", "Máy chủ thư điện tử riêng cấp hộp thư cho cán bộ, công chức các sở và xã.", [], [EMAIL], DUPN + II3c + " (Hệ thống thư điện tử công vụ thống nhất, dùng chung từ Trung ương đến cấp xã)."),
 ("existing", "Cong bao dien tu tinh", "Dang tai van ban QPPL do HDND, UBND tinh ban hanh.", ["A-17"], [], DUP + P("A", 17) + ": nền tảng tập trung công bố VBQPPL, cho phép mọi cơ quan ban hành tự đăng tải)."),
 ("planned", "Cổng dữ liệu mở tỉnh Vĩnh Long", "Công bố danh mục dữ liệu, xuất bản tập dữ liệu mở của các sở ngành cho người dân, doanh nghiệp.", ["A-07"], [], DUP + P("A", 7) + ": nền tảng tập trung cung cấp dữ liệu mở của các bộ, ngành, địa phương)."),
 ("existing", "Phần mềm tiếp công dân, xử lý đơn thư (Thanh tra tỉnh)", "Quản lý tiếp công dân, xử lý đơn khiếu nại, tố cáo, kiến nghị, phản ánh toàn tỉnh.", ["B-55"], [], DUP + P("B", 55) + ")."),
 ("existing", "Phan mem quan ly ho so CBCCVC tinh", "Quan ly ho so, qua trinh cong tac cua can bo, cong chuc, vien chuc cac so va xa.", ["B-29"], [], DUP + P("B", 29) + ": quản lý CBCCVC trung ương và địa phương)."),
 ("existing", "Hệ thống thông tin báo cáo tỉnh", "Thu thập báo cáo định kỳ của các sở, xã phục vụ UBND tỉnh; kết nối Hệ thống thông tin báo cáo Chính phủ.", [], [], "Là phần 'Hệ thống thông tin báo cáo bộ, cơ quan, địa phương' của Hệ thống thông tin báo cáo quốc gia (" + II3c + "); " + PL["province"] + " Lớp 3 liệt kê Hệ thống báo cáo."),
 ("existing", "HTTT chỉ đạo, điều hành của UBND tỉnh", "", [], [], OWNREF + PL["province"] + " Lớp 3 (Hệ thống thông tin phục vụ chỉ đạo, điều hành cấp tỉnh)."),
 ("existing", "Kho dữ liệu dùng chung tỉnh (Data warehouse)", "", [], [], OWNREF + PL["province"] + " Lớp 2 (Kho dữ liệu dùng chung cấp tỉnh)."),
 ("planned", "Bàn làm việc số tỉnh (Digital Workplace)", "Tích hợp QLVB, lịch công tác, quản lý công việc trên một giao diện cho cán bộ.", [], [], OWNREF + PL["province"] + " Lớp 4 (Bàn làm việc số)."),
 ("existing", "Hệ thống thông tin nguồn cấp tỉnh", "Cung cấp tin bài cho đài truyền thanh cấp xã ứng dụng CNTT-VT.", [], [], OWNREF + PL["province"] + " Lớp 3 (Hệ thống thông tin nguồn cấp tỉnh)."),
 ("planned", "Thuê dịch vụ chống tấn công DDoS và tường lửa ứng dụng web (WAF) cho các cổng của tỉnh", "", ["A-14"], [], DUP + P("A", 14) + ": tường lửa ứng dụng web quốc gia, phòng chống DDoS; cơ quan nhà nước không cần đầu tư giải pháp tương tự)."),
 ("planned", "Đầu tư Trung tâm SOC tỉnh", "Giám sát, phát hiện tấn công mạng và điều phối ứng phó sự cố cho các hệ thống của tỉnh.", ["A-13"], [], DUP + P("A", 13) + ": cơ quan kết nối khai thác, không xây dựng hệ thống điều phối an ninh mạng riêng)."),
 ("existing", "Phần mềm diệt virus, EDR cho máy trạm", "", [], [], "Bảo đảm an ninh đầu cuối do chủ quản hệ thống tự triển khai: " + II3a + " (Hạ tầng bảo đảm an ninh, an toàn dữ liệu đầu cuối)."),
 ("existing", "Sở GDĐT - Phần mềm quản lý trường học (SMAS) cho các trường phổ thông", "Thuê phần mềm quản trị nhà trường, sổ điểm, hồ sơ học sinh cho toàn bộ trường trên địa bàn.", ["B-35"], [], DUP + P("B", 35) + ": quản trị các cơ sở giáo dục mầm non, phổ thông, GDTX trên cả nước)."),
 ("existing", "Sở Y tế - HIS/EMR Bệnh viện đa khoa tỉnh", "Bệnh án điện tử, quản lý khám chữa bệnh nội viện.", [], [], OWNSECT + "phần mềm bệnh viện nội bộ; " + P("B", 33) + " là sổ sức khỏe cá nhân toàn quốc, không phải phần mềm khám chữa bệnh của bệnh viện."),
 ("planned", "So suc khoe dien tu cong dan tinh", "App luu tru thong tin suc khoe ca nhan cua nguoi dan trong tinh.", ["B-33"], [], DUP + P("B", 33) + ": lưu trữ, quản lý thông tin sức khỏe cá nhân tập trung thống nhất toàn quốc)."),
 ("existing", "Sở NN&MT - Bản đồ số nông nghiệp (vùng trồng dừa, bưởi)", "Số hóa vùng trồng, truy xuất nguồn gốc, cảnh báo thời tiết cho nông dân.", [], [], OWNREF + PL["province"] + " Lớp 3 điểm b (Bản đồ số nông nghiệp)."),
 ("existing", "Hệ thống quan trắc môi trường tự động tỉnh", "", [], [], OWNREF + PL["province"] + " Lớp 3 điểm b (Hệ thống quan trắc và giám sát môi trường)."),
 ("planned", "Phần mềm quản lý tiêm phòng, dịch bệnh gia súc gia cầm", "Chi cục Chăn nuôi và Thú y xây dựng riêng để theo dõi dịch bệnh, kiểm dịch động vật.", ["B-37"], [], DUP + P("B", 37) + ": môi trường số tập trung quản lý thú y, dịch bệnh từ trung ương đến địa phương)."),
 ("existing", "Sở Công Thương - CSDL chợ, siêu thị, cửa hàng xăng dầu", "", ["B-42"], [], DUP + P("B", 42) + ": tích hợp dữ liệu hạ tầng thương mại như xăng dầu, chợ, trung tâm thương mại)."),
 ("existing", "Sở Tài chính - Trang công khai ngân sách tỉnh", "Đăng tải dự toán, quyết toán ngân sách địa phương theo Luật NSNN.", ["B-26"], [], DUP + P("B", 26) + ": nền tảng dùng chung công khai ngân sách của các cơ quan, đơn vị toàn quốc)."),
 ("existing", "Phần mềm kế toán hành chính sự nghiệp MISA Mimosa", "", [], [], OWNSECT + "kế toán nội bộ đơn vị; " + P("B", 52) + " là hệ thống ngân sách, kho bạc của Bộ Tài chính, không phải sổ kế toán của đơn vị."),
 ("existing", "Sở VHTTDL - CSDL di tích, di sản văn hóa tỉnh", "Quản lý hồ sơ di tích xếp hạng, di sản văn hóa phi vật thể của tỉnh.", ["B-44"], [], DUP + P("B", 44) + ")."),
 ("existing", "Ứng dụng du lịch thông minh Vĩnh Long (VR360, thuyết minh tự động)", "", [], [], OWNREF + PL["province"] + " Lớp 3 điểm b (Giải pháp chuyển đổi số du lịch)."),
 ("expanding", "Mở rộng Sàn giao dịch việc làm trực tuyến tỉnh", "Trung tâm DVVL tự vận hành sàn kết nối người tìm việc và doanh nghiệp.", ["B-31"], [], DUP + P("B", 31) + ": quản lý tập trung thống nhất toàn quốc về kết nối cung - cầu lao động)."),
 ("existing", "Hệ thống đèn giao thông thông minh TP Vĩnh Long", "", [], [], OWNREF + PL["province"] + " Lớp 3 điểm b (Hệ thống điều khiển đèn giao thông thông minh)."),
 ("existing", "Hệ thống chiếu sáng công cộng thông minh", "", [], [], OWNREF + PL["province"] + " Lớp 3 điểm b (Hệ thống chiếu sáng thông minh)."),
 ("retiring", "Cổng dịch vụ công riêng của Sở Tư pháp (cũ)", "Cổng nộp hồ sơ trực tuyến riêng của Sở, ngừng sau khi chuyển toàn bộ DVC về Cổng DVCQG.", ["A-01"], [], DUP + P("A", 1) + ": giao diện một cửa duy nhất để tổ chức, cá nhân thực hiện TTHC); trạng thái ngừng không đổi bản chất chức năng."),
 ("planned", "Nền tảng blockchain dùng chung của tỉnh", "Hạ tầng chuỗi khối đa dụng để các sở phát triển ứng dụng hợp đồng thông minh, truy xuất.", ["A-09"], [], DUP + P("A", 9) + ": nền tảng chuỗi khối đa dụng cho bộ, ngành, địa phương phát triển ứng dụng trên đó)."),
 ("existing", "Chữ ký số chuyên dùng (Ban Cơ yếu) cho lãnh đạo, văn thư", "Sử dụng chứng thư số do Ban Cơ yếu Chính phủ cấp.", [], [], USE + II3a + " (Hệ thống chứng thực chữ ký số chuyên dùng công vụ)."),
 ("existing", "Mạng TSLCD cấp II kết nối sở, xã", "", [], [], USE + II3a + " (Mạng truyền số liệu chuyên dùng)."),
 ("planned", "Thue dich vu Kho quan ly du lieu dien tu cua to chuc, ca nhan", "", [], [], OWNREF + PL["province"] + " Lớp 2 (Kho quản lý dữ liệu điện tử của tổ chức, cá nhân)."),
 ("existing", "Thanh tra tỉnh - Phần mềm quản lý kê khai, công khai tài sản thu nhập", "Người có nghĩa vụ kê khai nộp bản kê khai tài sản, thu nhập hằng năm; Thanh tra tổng hợp, xác minh.", ["B-57"], [], DUP + P("B", 57) + ")."),
 ("existing", "Ban Dân tộc - Tôn giáo: CSDL cơ sở tôn giáo, chức sắc", "", ["B-47"], [], DUP + P("B", 47) + ": dữ liệu về cơ sở tôn giáo, chức sắc, chức việc)."),
])
INV.append(prov)

# ---------------------------------------------------------------- 2. ministry
mini = ("ministry", "Bộ Xây dựng", [
 ("existing", "Hệ thống QLVB và điều hành Bộ Xây dựng", "Xử lý văn bản đến, đi, hồ sơ công việc của cơ quan Bộ và các Cục.", [], [], OWNREF + PL["ministry"] + " Lớp 3 (Quản lý văn bản và điều hành)."),
 ("existing", "Cổng TTĐT Bộ Xây dựng", "", [], [], OWNSECT + "cổng thông tin của Bộ; không có dòng tương ứng trong 1132 Phụ lục II."),
 ("existing", "Hệ thống thông tin giải quyết TTHC Bộ Xây dựng", "Hệ thống DVC, một cửa điện tử dùng thống nhất từ Bộ đến Sở Xây dựng; Bộ là cơ quan chủ quản.", [], [], "Chính là nền tảng " + P("B", 10) + " do Bộ Xây dựng chủ quản; chủ quản không tự trùng lặp với nền tảng của mình."),
 ("existing", "Trung tâm dữ liệu Bộ", "", [], [], OWNREF + PL["ministry"] + " Lớp 1 (Trung tâm dữ liệu cấp bộ)."),
 ("existing", "LGSP Bộ Xây dựng", "Trục tích hợp, chia sẻ dữ liệu cấp bộ, kết nối NDXP.", [], [], OWNREF + PL["ministry"] + " Lớp 2 (LGSP cấp bộ)."),
 ("existing", "Kết nối Trục liên thông văn bản quốc gia", "", [], [], CONN + P("A", 4) + "."),
 ("retiring", "Cổng DVC trực tuyến riêng của Cục Hàng hải", "Cổng nộp hồ sơ, xử lý một cửa riêng của Cục, đang chuyển về HTTT giải quyết TTHC của Bộ.", ["A-01", "B-10"], [], DUP + P("A", 1) + " và " + P("B", 10) + ": HTTT giải quyết TTHC của Bộ Xây dựng dùng thống nhất từ trung ương đến địa phương)."),
 ("planned", "Cục Đường bộ - xây dựng hệ thống một cửa điện tử riêng cấp phép lưu hành xe quá tải", "Tiếp nhận, xử lý hồ sơ cấp phép trực tuyến riêng cho Cục.", ["B-10"], [], DUP + P("B", 10) + ": mỗi bộ triển khai một HTTT giải quyết TTHC của ngành, dùng thống nhất)."),
 ("existing", "CSDL quốc gia về hoạt động xây dựng", "", [], [], OWNSECT + PL["ministry"] + " Lớp 2 (Các CSDL chuyên ngành)."),
 ("existing", "HTTT về nhà ở và thị trường bất động sản", "", [], [], OWNSECT + PL["ministry"] + " Lớp 2-3 (CSDL, ứng dụng chuyên ngành đặc thù)."),
 ("planned", "Nền tảng quản lý hệ thống giao thông thông minh đường bộ", "Bộ chủ quản; tích hợp dữ liệu ITS cao tốc, ETC, trạm cân.", [], [], "Chính là nền tảng " + P("B", 54) + " do Bộ Xây dựng chủ quản."),
 ("existing", "Hệ thống ITS tuyến cao tốc Cần Thơ - Cà Mau", "Camera, VMS, giám sát điều hành tuyến; gửi dữ liệu về nền tảng ITS của Bộ.", [], [], "Là hệ thống nguồn mà " + P("B", 54) + " kết nối, tích hợp ('dữ liệu từ các hệ thống quản lý điều hành giao thông tuyến đường cao tốc'), không lặp lại nền tảng."),
 ("existing", "Đăng kiểm - phần mềm quản lý kiểm định xe cơ giới", "", [], [], OWNSECT + PL["ministry"] + " Lớp 3 (ứng dụng chuyên ngành đặc thù)."),
 ("existing", "Hệ thống thư điện tử mail.moc.gov.vn", "Email riêng của Bộ cho toàn bộ cán bộ cơ quan Bộ và các Cục.", [], [EMAIL], DUPN + II3c + " (Hệ thống thư điện tử công vụ thống nhất)."),
 ("planned", "Trục gửi nhận văn bản điện tử giữa Bộ với doanh nghiệp, người dân", "Xây mới kênh gửi văn bản từ Bộ tới doanh nghiệp xây dựng, chủ đầu tư và nhận văn bản phản hồi.", ["A-04"], [], DUP + P("A", 4) + ": có mở rộng kết nối với tổ chức, doanh nghiệp, người dân để gửi, nhận văn bản)."),
 ("existing", "Hệ thống thông tin báo cáo Bộ Xây dựng", "", [], [], "Là 'Hệ thống thông tin báo cáo bộ' thuộc Hệ thống thông tin báo cáo quốc gia (" + II3c + "), không phải bản riêng lặp lại."),
 ("planned", "Nền tảng AI cấp bộ", "", [], [], OWNREF + PL["ministry"] + " Lớp 3 (Nền tảng AI cấp bộ)."),
 ("planned", "Tro ly ao tra cuu quy chuan xay dung - tu phat trien mo hinh NLP rieng", "Bộ tự đầu tư nền tảng thuật toán, mô hình ngôn ngữ riêng để dựng chatbot.", ["A-10"], [], DUP + P("A", 10) + ": một nền tảng duy nhất để bộ, ngành dựng trợ lý ảo mà không đầu tư nền tảng thuật toán riêng lẻ)."),
 ("existing", "Bảng điều hành (Dashboard) lãnh đạo Bộ", "", [], [], OWNREF + PL["ministry"] + " Lớp 4 (Dashboard giám sát, điều hành cấp bộ)."),
 ("existing", "Phần mềm quản lý thi đua khen thưởng", "", [], [], OWNREF + PL["ministry"] + " Lớp 3 (Quản lý thi đua khen thưởng)."),
 ("existing", "Thanh tra Bộ - phần mềm tiếp công dân, xử lý đơn", "", ["B-55"], [], DUP + P("B", 55) + ": thống nhất sử dụng từ trung ương đến địa phương)."),
 ("planned", "Phần mềm kê khai tài sản, thu nhập của Bộ", "Cán bộ thuộc diện kê khai nộp bản kê khai điện tử; Vụ TCCB theo dõi.", ["B-57"], [], DUP + P("B", 57) + ")."),
 ("existing", "Vụ Pháp chế - phần mềm rà soát, hệ thống hóa VBQPPL", "Quản lý chương trình xây dựng văn bản, rà soát, hệ thống hóa VBQPPL ngành xây dựng.", ["B-43"], [], DUP + P("B", 43) + ": dùng chung cho mọi cơ quan trong xây dựng VBQPPL, rà soát, hệ thống hóa)."),
 ("existing", "Cổng công khai ngân sách Bộ", "", ["B-26"], [], DUP + P("B", 26) + ")."),
 ("existing", "Quản lý tài sản, kế toán (MISA) cơ quan Bộ", "", [], [], OWNREF + PL["ministry"] + " Lớp 3 (Ứng dụng quản lý nguồn lực: Quản lý tài sản; Quản lý tài chính, kế toán)."),
 ("existing", "Phần mềm quản lý dự án đầu tư công", "", [], [], OWNREF + PL["ministry"] + " Lớp 3 (Quản lý dự án đầu tư)."),
 ("planned", "Thuê dịch vụ WAF, anti-DDoS cho cổng TTĐT và DVC của Bộ", "", ["A-14"], [], DUP + P("A", 14) + ")."),
 ("existing", "SOC giám sát an toàn thông tin Bộ (thuê Viettel)", "Giám sát 24/7, phát hiện tấn công, điều phối ứng cứu sự cố cho các hệ thống của Bộ.", ["A-13"], [], DUP + P("A", 13) + ")."),
 ("existing", "Sử dụng Nền tảng định danh và xác thực điện tử (đăng nhập DVC bằng VNeID)", "", [], [], USE + P("A", 3) + "; " + P("A", 2) + "."),
 ("planned", "Cổng dữ liệu mở ngành Xây dựng", "Xuất bản tập dữ liệu mở về quy hoạch, giá vật liệu cho cộng đồng.", ["A-07"], [], DUP + P("A", 7) + ")."),
 ("existing", "Phần mềm quản lý hợp tác quốc tế", "", [], [], OWNREF + PL["ministry"] + " Lớp 3 (Quản lý hợp tác quốc tế)."),
 ("existing", "Bàn làm việc số Bộ Xây dựng", "", [], [], OWNREF + PL["ministry"] + " Lớp 4 (Bàn làm việc số)."),
 ("expanding", "Mở rộng Kho dữ liệu dùng chung cấp Bộ", "", [], [], OWNREF + PL["ministry"] + " Lớp 2 (Kho dữ liệu dùng chung cấp bộ)."),
 ("existing", "Hệ thống đấu giá tài sản thanh lý của Bộ", "Đăng thông báo, tổ chức đấu giá trực tuyến tài sản công dư thừa của các đơn vị thuộc Bộ.", ["B-22"], [], DUP + P("B", 22) + ")."),
 ("existing", "Kết nối Hệ thống mạng đấu thầu quốc gia", "Đăng tải KHLCNT của các dự án do Bộ làm chủ đầu tư.", [], [], CONN + P("B", 28) + "."),
 ("existing", "CSDL giá vật liệu xây dựng, suất vốn đầu tư", "", [], [], OWNSECT + PL["ministry"] + " Lớp 2 (CSDL chuyên ngành)."),
 ("existing", "Hệ thống hội nghị truyền hình Bộ - Sở Xây dựng", "Phòng họp, thiết bị đầu cuối (MCU) kết nối các Sở.", [], [], "Trang thiết bị phòng họp của Bộ; " + PL["ministry"] + " Lớp 4 nêu hội nghị trực tuyến là công cụ trong Bàn làm việc số. Không xem là nền tảng họp trực tuyến quốc gia riêng."),
 ("planned", "Mobile app Bộ Xây dựng cho người dân", "Tra cứu thông tin quy hoạch, giá nhà ở xã hội; đăng nhập bằng VNeID.", [], [], OWNSECT + "kênh bổ trợ cung cấp thông tin ngành; không lưu giấy tờ, không định danh riêng (" + PL["ministry"] + " Lớp 4)."),
])
INV.append(mini)

# ---------------------------------------------------------------- 3. commune
com = ("commune", "UBND xã Đồng Văn, tỉnh Tuyên Quang (xã mới sau sắp xếp 2025)", [
 ("existing", "QLVB VNPT iOffice (dùng chung của tỉnh)", "Tài khoản trên hệ thống QLVB của tỉnh cấp cho xã.", [], [], OWNREF + PL["commune"] + " Lớp 3 (Nền tảng số dùng chung của tỉnh)."),
 ("existing", "Tiếp nhận hồ sơ TTHC trên Cổng DVC quốc gia / HTTT giải quyết TTHC tỉnh", "", [], [], USE + P("A", 1) + "; " + PL["commune"] + " Lớp 4."),
 ("existing", "Trang thông tin điện tử xã", "", [], [], OWNSECT + "trang tin của xã; không có nền tảng tương ứng trong 1132."),
 ("existing", "Mang LAN, Internet tai tru so xa", "", [], [], OWNREF + PL["commune"] + " Lớp 1 (Hạ tầng ICT cấp xã)."),
 ("existing", "Đài truyền thanh thông minh IP (loa 24 cụm bản)", "Nhận tin từ HTTT nguồn của tỉnh.", [], [], OWNREF + PL["commune"] + " Lớp 1 (hệ thống truyền thanh thông minh)."),
 ("existing", "Điểm cầu hội nghị truyền hình trực tuyến xã", "", [], [], OWNREF + PL["commune"] + " Lớp 1 (hệ thống hội nghị truyền hình trực tuyến)."),
 ("existing", "Camera an ninh trung tâm xã, chợ phiên", "", [], [], OWNREF + PL["commune"] + " Lớp 1 (hệ thống camera an ninh)."),
 ("planned", "Wifi công cộng tại chợ phiên, khu du lịch Cao nguyên đá", "", [], [], OWNREF + PL["commune"] + " Lớp 1 (hệ thống wifi công cộng)."),
 ("existing", "Mạng TSLCD kết nối xã - tỉnh", "", [], [], USE + II3a + " (Mạng truyền số liệu chuyên dùng); " + PL["commune"] + " Lớp 1."),
 ("planned", "Phần mềm quản lý đồng bào DTTS và chính sách dân tộc của xã", "Xã tự thuê phần mềm theo dõi hộ đồng bào DTTS, thụ hưởng chính sách, chương trình MTQG.", ["B-46"], [], DUP + P("B", 46) + ": nền tảng dùng chung toàn quốc về dữ liệu dân tộc, vùng DTTS và miền núi, chính sách dân tộc); 4577/BKHCN mục 3: cấp xã không tự xây ứng dụng riêng khi đã có giải pháp dùng chung."),
 ("existing", "Hộp thư xã trên mail server riêng (xadongvan@...)", "Thuê hosting email riêng cho UBND xã.", [], [EMAIL], DUPN + II3c + " (Hệ thống thư điện tử công vụ thống nhất, triển khai đến cấp xã)."),
 ("existing", "Phan mem ke toan xa MISA Bamboo", "", [], [], OWNSECT + "kế toán ngân sách xã của đơn vị; " + P("B", 52) + " là hệ thống ngân sách, kho bạc trung ương."),
 ("planned", "App học kỹ năng số cho người dân xã", "Xã thuê nền tảng học trực tuyến phổ cập kỹ năng số, chuyển đổi số cho người dân, tổ công nghệ số cộng đồng.", [], [BDHV], DUPN + II3c + " (Nền tảng Bình dân học vụ số: học trực tuyến mở đại trà phổ cập kỹ năng số cho mọi đối tượng)."),
 ("existing", "Giải pháp thanh toán không dùng tiền mặt tại chợ, trường học", "", [], [], OWNREF + PL["commune"] + " Lớp 3 điểm b (Giải pháp thanh toán điện tử/không tiền mặt)."),
 ("planned", "Giải pháp chuyển đổi số du lịch cho hộ kinh doanh homestay", "", [], [], OWNREF + PL["commune"] + " Lớp 3 điểm b (Giải pháp/nền tảng chuyển đổi số du lịch cho doanh nghiệp, hộ kinh doanh)."),
 ("planned", "Giải pháp nông nghiệp thông minh cho HTX chè Shan tuyết", "", [], [], OWNREF + PL["commune"] + " Lớp 3 điểm b (Giải pháp nông nghiệp thông minh)."),
 ("planned", "Tư vấn khám chữa bệnh từ xa tại Trạm y tế xã", "", [], [], OWNREF + PL["commune"] + " Lớp 3 điểm b (Giải pháp tư vấn, chăm sóc sức khoẻ từ xa)."),
 ("existing", "Phần mềm quản lý hộ tịch (Bộ Tư pháp)", "", [], [], OWNSECT + "hệ thống chuyên ngành của Bộ Tư pháp mà xã sử dụng; không có dòng tương ứng trong 1132."),
 ("existing", "Phần mềm thống kê báo cáo số liệu kinh tế - xã hội của xã (tự thuê)", "Thu thập, xử lý các chỉ tiêu thống kê cấp xã để báo cáo lên tỉnh.", ["A-15"], [], DUP + P("A", 15) + ": quản lý, thu thập, xử lý dữ liệu các chỉ tiêu thống kê quốc gia, cấp tỉnh, cấp xã)."),
 ("existing", "Tài khoản Nền tảng quản lý CBCCVC quốc gia", "Cập nhật hồ sơ cán bộ, công chức xã.", [], [], USE + P("B", 29) + "."),
 ("planned", "Xây dựng CSDL cán bộ, công chức xã (Excel online + phần mềm riêng)", "Lưu hồ sơ, quá trình công tác, lương của cán bộ, công chức xã.", ["B-29"], [], DUP + P("B", 29) + ")."),
 ("existing", "Tiep cong dan, xu ly don thu xa - phan mem rieng", "Quan ly don khieu nai, to cao, kien nghi, phan anh cua cong dan xa.", ["B-55"], [], DUP + P("B", 55) + ": thống nhất xuyên suốt từ trung ương đến địa phương, phân cấp đến từng cán bộ)."),
 ("existing", "Sử dụng VNeID xác thực người dân khi làm TTHC", "", [], [], USE + P("A", 2) + "."),
 ("planned", "Bảng điện tử công cộng tại UBND xã", "", [], [], OWNREF + PL["commune"] + " Lớp 1 (hệ thống bảng điện tử công cộng)."),
 ("existing", "Phần mềm quản lý đất đai (dùng chung của tỉnh)", "", [], [], OWNREF + PL["commune"] + " Lớp 3 (Các ứng dụng và nghiệp vụ dùng chung của tỉnh)."),
 ("planned", "Thuê dịch vụ lưu trữ đám mây cho CSDL của xã", "", [], [], OWNREF + PL["commune"] + " Lớp 1 (Sử dụng hạ tầng Trung tâm dữ liệu cấp tỉnh) — thành phần hạ tầng nhỏ, không phải nền tảng điện toán đám mây trong TTDL quốc gia."),
 ("existing", "Phần mềm quản lý trường mầm non, tiểu học trên địa bàn (xã tự mua)", "Quản lý học sinh, điểm, hồ sơ nhà trường của các trường do xã quản lý.", ["B-35"], [], DUP + P("B", 35) + ": quản lý nhà nước về GDĐT dùng chung cho Bộ, sở, xã/phường; quản trị cơ sở giáo dục)."),
 ("planned", "Quản lý gia súc, tiêm phòng lở mồm long móng các bản", "Xã tự lập app theo dõi đàn trâu bò, lịch tiêm phòng, ổ dịch.", ["B-37"], [], DUP + P("B", 37) + ")."),
 ("existing", "Zalo OA UBND xã", "Kênh thông báo, tiếp nhận phản ánh của người dân.", [], [], OWNSECT + "kênh bổ trợ tiếp cận người dân (" + PL["commune"] + " Lớp 4: các kênh tiếp cận bổ trợ)."),
 ("existing", "Ký số văn bản bằng chứng thư số Ban Cơ yếu", "", [], [], USE + II3a + " (Hệ thống chứng thực chữ ký số chuyên dùng công vụ)."),
 ("planned", "Hệ thống IoT cảnh báo sạt lở đất tại các bản", "", [], [], OWNREF + PL["commune"] + " Lớp 1 (hệ thống Internet vạn vật)."),
 ("existing", "Sàn TMĐT tiêu thụ đặc sản xã (mật ong bạc hà)", "", [], [], OWNREF + PL["commune"] + " Lớp 3 điểm b (Giải pháp cho thương mại điện tử)."),
 ("planned", "Nâng cấp phần mềm QLVB riêng của xã (mua mới)", "Xã mua thêm phần mềm quản lý văn bản, gửi nhận văn bản liên thông với các xã, sở.", ["A-04"], [], DUP + P("A", 4) + ": nền tảng gửi, nhận văn bản điện tử thống nhất toàn quốc); 4577/BKHCN mục 3: cấp xã không tự xây khi đã có giải pháp dùng chung."),
 ("existing", "Trang công khai ngân sách xã (tự dựng)", "Công khai dự toán, quyết toán ngân sách xã.", ["B-26"], [], DUP + P("B", 26) + ")."),
 ("existing", "Kết nối CSDL quốc gia về dân cư qua ứng dụng của Bộ Công an", "", [], [], CONN + II3b + " (CSDL quốc gia về Dân cư)."),
 ("planned", "Phần mềm quản lý cơ sở tín ngưỡng, tôn giáo trên địa bàn", "", ["B-47"], [], DUP + P("B", 47) + ")."),
])
INV.append(com)

# ---------------------------------------------------------------- 4. party
par = ("party", "Thành ủy Cần Thơ và các ban tham mưu", [
 ("existing", "Hệ thống thông tin điều hành tác nghiệp (VPTW triển khai)", "Gửi, nhận, xử lý văn bản Đảng đến độ Tối mật.", [], [], USE + P("B", 19) + "."),
 ("existing", "Phần mềm QLVB nội bộ riêng của Văn phòng Thành ủy (thuê FPT.eGov)", "Tiếp nhận, xử lý văn bản đi, đến và hồ sơ công việc của các ban Đảng thành phố.", ["B-19"], [], DUP + P("B", 19) + ": HTTT dùng chung gửi, nhận, xử lý văn bản từ trung ương đến cấp xã trong các cơ quan Đảng)."),
 ("existing", "Phần mềm quản lý cơ sở dữ liệu đảng viên (Ban Tổ chức)", "", [], [], USE + P("B", 20) + " (phần mềm do Trung ương triển khai)."),
 ("planned", "Ban Tổ chức Thành ủy xây mới phần mềm quản lý cán bộ, đảng viên riêng", "Quản lý hồ sơ đảng viên, cán bộ diện Thành ủy quản lý, thống kê phân tích đội ngũ.", ["B-20"], [], DUP + P("B", 20) + ": triển khai tập trung cho cơ quan Đảng các cấp về tổ chức, cán bộ, đảng viên)."),
 ("existing", "Phan mem theo doi thuc hien Nghi quyet, Chi thi, Ket luan cua Trung uong (tu xay dung)", "Quan ly chi tieu, thong ke so lieu thuc hien NQ TW tai thanh pho.", ["B-21"], [], DUP + P("B", 21) + ")."),
 ("existing", "Mạng thông tin diện rộng của Đảng", "", [], [], USE + II3a + " (Mạng thông tin diện rộng của Đảng)."),
 ("existing", "Trung tâm dữ liệu Thành ủy (phòng máy chủ hiện có)", "", [], [], OWNREF + PL["party"] + " Lớp 1 (Trung tâm dữ liệu của Đảng, sử dụng TTDL hiện có)."),
 ("planned", "Nền tảng tích hợp, chia sẻ dữ liệu cơ quan Đảng thành phố", "", [], [], OWNREF + PL["party"] + " Lớp 2 (Nền tảng tích hợp, chia sẻ dữ liệu của cơ quan Đảng)."),
 ("planned", "Nền tảng phân tích, xử lý dữ liệu tổng hợp", "", [], [], OWNREF + PL["party"] + " Lớp 2 (Nền tảng phân tích, xử lý dữ liệu tổng hợp)."),
 ("existing", "UBKT Thành ủy - phần mềm kiểm tra, giám sát, thi hành kỷ luật Đảng", "", [], [], OWNREF + PL["party"] + " Lớp 3 (HTTT chuyên ngành lĩnh vực Kiểm tra, giám sát, kỷ luật Đảng)."),
 ("existing", "Ban Tuyên giáo và Dân vận - Hệ thống thu thập, tổng hợp thông tin trên Internet", "Theo dõi dư luận xã hội trên mạng.", [], [], OWNREF + PL["party"] + " Lớp 3 (Hệ thống thu thập, tổng hợp thông tin trên Internet)."),
 ("existing", "App Sổ tay đảng viên điện tử", "", [], [], OWNREF + PL["party"] + " Lớp 3 (Ứng dụng Đảng viên số)."),
 ("existing", "Phần mềm phục vụ Đại hội Đảng bộ thành phố (họp không giấy, bầu cử)", "", [], [], OWNREF + PL["party"] + " Lớp 3 (Các ứng dụng hỗ trợ Đại hội Đảng các cấp)."),
 ("existing", "Hệ thống báo cáo tổng hợp, phân tích, dự báo của Thành ủy", "", [], [], OWNREF + PL["party"] + " Lớp 3 (Hệ thống thông tin báo cáo tổng hợp, phân tích, dự báo)."),
 ("planned", "Dashboard điều hành Thường trực Thành ủy", "", [], [], OWNREF + PL["party"] + " Lớp 4 (Dashboard giám sát, điều hành của các cơ quan Đảng)."),
 ("existing", "Email thanhuy.cantho (máy chủ thư riêng)", "Cấp hộp thư cho cán bộ các ban Đảng và đảng ủy phường, xã.", [], [EMAIL], DUPN + II3c + " (Hệ thống thư điện tử công vụ thống nhất)."),
 ("planned", "Cổng tiếp nhận, giải quyết thủ tục hành chính trong Đảng (chuyển sinh hoạt đảng, kết nạp)", "Thành ủy tự xây để đảng viên nộp hồ sơ trực tuyến.", ["B-01"], [], DUP + P("B", 1) + ": HTTT dùng chung tại tất cả tổ chức Đảng toàn quốc)."),
 ("existing", "Cổng TTĐT Đảng bộ thành phố Cần Thơ", "", [], [], OWNSECT + "cổng thông tin của Đảng bộ; không có nền tảng tương ứng trong 1132."),
 ("existing", "Phần mềm quản lý tài chính, kế toán Đảng", "", [], [], OWNREF + PL["party"] + " Lớp 3 (Hệ thống thông tin quản trị nội bộ và dùng chung)."),
 ("existing", "Giải pháp bảo mật gửi nhận văn bản mật (Ban Cơ yếu)", "", [], [], USE + II3a + " (Giải pháp bảo mật cho hệ thống gửi, nhận văn bản mật)."),
 ("existing", "Chứng thư số chuyên dùng cho lãnh đạo Thành ủy", "", [], [], USE + II3a + " (Hệ thống chứng thực chữ ký số chuyên dùng công vụ)."),
 ("planned", "Thành ủy tự đầu tư CA cấp chứng thư số riêng cho cán bộ Đảng thành phố", "Máy chủ CA nội bộ phát hành chữ ký số cho văn bản Đảng.", [], [CA], DUPN + II3a + " (Hệ thống chứng thực chữ ký số chuyên dùng công vụ do Ban Cơ yếu Chính phủ chủ quản)."),
 ("existing", "Ban Nội chính - phần mềm theo dõi vụ án, vụ việc tham nhũng, tiêu cực được chỉ đạo", "", [], [], OWNREF + PL["party"] + " Lớp 3 (HTTT chuyên ngành lĩnh vực Nội chính, cải cách tư pháp)."),
 ("planned", "Trợ lý ảo Đảng viên - tự huấn luyện mô hình ngôn ngữ riêng", "Thành ủy đầu tư hạ tầng GPU và mô hình riêng để dựng trợ lý ảo hỏi đáp văn kiện.", ["A-10"], [], DUP + P("A", 10) + ": không đầu tư nền tảng thuật toán riêng lẻ để dựng trợ lý ảo)."),
 ("existing", "Phòng họp trực tuyến Thành ủy - Đảng ủy phường, xã", "Thiết bị đầu cuối, phòng họp.", [], [], "Trang thiết bị phòng họp; không phải bản riêng của Nền tảng họp trực tuyến quốc gia (" + II3c + ") vì không xây phần mềm HTT đa điểm riêng."),
 ("existing", "Thuê SOC giám sát an ninh mạng cho cơ quan Đảng thành phố", "Giám sát, phát hiện tấn công, điều phối ứng cứu sự cố.", ["A-13"], [], DUP + P("A", 13) + "); không thuộc ngoại lệ quốc phòng, an ninh, cơ yếu của " + D2 + "."),
 ("existing", "Thư viện điện tử văn kiện Đảng", "", [], [], OWNREF + PL["party"] + " Lớp 2 (Các CSDL dùng chung, CSDL chuyên ngành)."),
 ("existing", "Kê khai tài sản, thu nhập cán bộ diện Thành ủy quản lý - phần mềm riêng", "Nhập, lưu, xác minh bản kê khai tài sản, thu nhập.", ["B-57"], [], DUP + P("B", 57) + ")."),
 ("existing", "Phần mềm quản lý thi đua, khen thưởng của Đảng", "", [], [], OWNREF + PL["party"] + " Lớp 3 (Hệ thống thông tin quản trị nội bộ và dùng chung)."),
 ("retiring", "Phần mềm quản lý văn bản cũ (Lotus Notes) của Văn phòng Thành ủy", "Đang thay bằng HTTT điều hành tác nghiệp của VPTW.", ["B-19"], [], DUP + P("B", 19) + "); trạng thái ngừng không đổi bản chất chức năng."),
 ("existing", "Khung kiến trúc dữ liệu các cơ quan Đảng thành phố", "", [], [], OWNREF + PL["party"] + " Lớp 2 (Khung kiến trúc dữ liệu của các cơ quan Đảng)."),
 ("existing", "Ban Tuyên giáo - Phần mềm quản lý báo cáo viên, tuyên truyền miệng", "", [], [], OWNREF + PL["party"] + " Lớp 3 (HTTT chuyên ngành lĩnh vực Tuyên giáo và Dân vận)."),
 ("existing", "Phần mềm tiếp nhận đơn thư, tố cáo đối với đảng viên (UBKT)", "", [], [], OWNREF + PL["party"] + " Lớp 3 (lĩnh vực Kiểm tra, giám sát, kỷ luật Đảng)."),
 ("planned", "Nâng cấp phần mềm QLVB riêng của Đảng ủy các phường, xã", "Mở rộng phần mềm văn bản của Thành ủy xuống 103 đảng ủy cơ sở.", ["B-19"], [], DUP + P("B", 19) + ": thực hiện xuyên suốt đến cấp xã); mở rộng phạm vi bị cấm theo " + D2 + "."),
 ("existing", "Phần mềm quản lý thu nộp đảng phí", "", [], [], OWNREF + PL["party"] + " Lớp 3 (Hệ thống thông tin quản trị nội bộ và dùng chung)."),
 ("existing", "Tường lửa, antivirus máy trạm các ban", "", [], [], "An ninh đầu cuối do chủ quản tự triển khai: " + II3a + "."),
 ("planned", "Theo doi thuc hien NQ Dai hoi Dang bo thanh pho - mo rong tu phan mem NQ TW rieng", "Mở rộng phần mềm tự xây sang theo dõi cả nghị quyết, chỉ thị, kết luận của Trung ương tại các đảng bộ trực thuộc.", ["B-21"], [], DUP + P("B", 21) + ": phần mềm theo dõi NQ, CT, KL của Trung ương triển khai đến cơ sở)."),
])
INV.append(par)

# ---------------------------------------------------------------- 5. assembly
asm = ("assembly", "Văn phòng Đoàn ĐBQH và HĐND tỉnh An Giang", [
 ("existing", "Cổng TTĐT Đoàn ĐBQH và HĐND tỉnh", "", [], [], OWNREF + PL["assembly"] + " Lớp 3 (Nhóm ứng dụng hỗ trợ tương tác với công dân, cử tri, ĐBQH)."),
 ("existing", "Hệ thống phục vụ kỳ họp HĐND không giấy (e-Parliament)", "Tài liệu kỳ họp, biểu quyết điện tử, đăng ký phát biểu.", [], [], OWNREF + PL["assembly"] + " Lớp 3 (Nhóm ứng dụng hỗ trợ kỳ họp)."),
 ("existing", "App đại biểu HĐND tỉnh", "Tài liệu, lịch tiếp xúc cử tri, tra cứu cho đại biểu.", [], [], OWNREF + PL["assembly"] + " Lớp 3 (lĩnh vực Công tác đại biểu)."),
 ("existing", "Phần mềm quản lý kiến nghị cử tri", "Tổng hợp, chuyển và theo dõi trả lời kiến nghị cử tri sau tiếp xúc.", [], [], OWNREF + PL["assembly"] + " Lớp 3 (lĩnh vực Công tác dân nguyện)."),
 ("existing", "Phần mềm theo dõi hoạt động giám sát của HĐND", "", [], [], OWNREF + PL["assembly"] + " Lớp 3 (lĩnh vực Giám sát)."),
 ("existing", "QLVB va dieu hanh Van phong (dung chung cua tinh)", "", [], [], OWNREF + PL["assembly"] + " Lớp 3 (Nhóm ứng dụng hỗ trợ hoạt động nội bộ)."),
 ("existing", "Kết nối Trục liên thông văn bản quốc gia qua LGSP tỉnh", "", [], [], CONN + P("A", 4) + "."),
 ("existing", "Email rieng hdnd.angiang (Zimbra)", "May chu thu dien tu rieng cap hop thu cho dai bieu va chuyen vien.", [], [EMAIL], DUPN + II3c + " (Hệ thống thư điện tử công vụ thống nhất)."),
 ("existing", "Hội nghị truyền hình Văn phòng - điểm cầu xã", "Phòng họp, thiết bị đầu cuối.", [], [], "Trang thiết bị đầu cuối; không xây phần mềm HTT đa điểm riêng (" + II3c + ")."),
 ("planned", "Số hóa tài liệu kỳ họp, đưa vào kho lưu trữ điện tử riêng của Văn phòng", "Kho lưu trữ tài liệu lưu trữ điện tử riêng, quản lý từ khi ban hành đến bảo quản lâu dài.", ["B-32"], [], DUP + P("B", 32) + ": quản lý tập trung tài liệu lưu trữ từ khi ban hành đến khi đưa vào lưu trữ)."),
 ("existing", "Tài khoản Nền tảng quản lý CBCCVC quốc gia cho công chức Văn phòng", "", [], [], USE + P("B", 29) + "."),
 ("planned", "Phần mềm quản lý hồ sơ công chức Văn phòng (mua riêng)", "Quản lý hồ sơ, lương, đánh giá công chức, người lao động của Văn phòng.", ["B-29"], [], DUP + P("B", 29) + ")."),
 ("existing", "Chữ ký số chuyên dùng cho lãnh đạo Văn phòng", "", [], [], USE + II3a + " (Hệ thống chứng thực chữ ký số chuyên dùng công vụ)."),
 ("existing", "Phần mềm kế toán MISA cho Văn phòng", "", [], [], OWNREF + PL["assembly"] + " Lớp 3 (Nhóm ứng dụng hỗ trợ hoạt động nội bộ); không phải " + P("B", 52) + "."),
 ("existing", "CSDL đại biểu Quốc hội, đại biểu HĐND tỉnh", "", [], [], OWNREF + PL["assembly"] + " Lớp 2 (CSDL chuyên ngành) và Lớp 3 (lĩnh vực Công tác đại biểu)."),
 ("planned", "Dashboard tổng hợp hoạt động HĐND", "", [], [], OWNREF + PL["assembly"] + " Lớp 4 (Dashboard giám sát, điều hành của Quốc hội)."),
 ("existing", "Dùng Trung tâm dữ liệu tỉnh để đặt máy chủ", "", [], [], OWNREF + PL["assembly"] + " Lớp 1 (sử dụng trung tâm dữ liệu hiện có)."),
 ("existing", "Mạng TSLCD kết nối Văn phòng", "", [], [], USE + II3a + " (Mạng truyền số liệu chuyên dùng)."),
 ("planned", "Trợ lý ảo cho đại biểu HĐND (tự xây nền tảng thuật toán)", "Văn phòng tự thuê phát triển mô hình, nền tảng hỏi đáp riêng.", ["A-10"], [], DUP + P("A", 10) + ")."),
 ("planned", "Tro ly ao dai bieu tren nen tang Tro ly ao quoc gia", "Tuy bien tri thuc chuyen nganh HDND tren nen tang cua Bo Cong an.", [], [], "Tùy biến trên chính nền tảng " + P("A", 10) + " ('các bộ, ngành, địa phương sẽ tùy biến thành trợ lý ảo của riêng mình'): đúng cách dùng, không trùng lặp."),
 ("existing", "Hệ thống thu thập, tổng hợp ý kiến, dư luận trên môi trường số", "", [], [], OWNREF + PL["assembly"] + " Lớp 3 (Hệ thống thu thập, tổng hợp thông tin trên môi trường số)."),
 ("planned", "Thuê dịch vụ giám sát an toàn thông tin (SOC) cho hệ thống của Văn phòng", "Giám sát phát hiện tấn công, điều phối xử lý sự cố 24/7.", ["A-13"], [], DUP + P("A", 13) + ")."),
 ("existing", "Web Application Firewall cho cong TTDT HDND", "", ["A-14"], [], DUP + P("A", 14) + ": tường lửa ứng dụng web quốc gia)."),
 ("existing", "Phần mềm quản lý tài sản công của Văn phòng", "", [], [], OWNREF + PL["assembly"] + " Lớp 3 (Nhóm ứng dụng hỗ trợ hoạt động nội bộ)."),
 ("existing", "Đăng tải nghị quyết HĐND lên Công báo điện tử", "", [], [], USE + P("A", 17) + "."),
 ("planned", "Kênh gửi văn bản, thông báo của HĐND tới doanh nghiệp, người dân (tự xây)", "Hệ thống gửi văn bản điện tử, thông báo kết quả giải quyết kiến nghị tới tổ chức, cá nhân và nhận phản hồi.", ["A-04"], [], DUP + P("A", 4) + ": mở rộng kết nối gửi văn bản sang tổ chức, doanh nghiệp, người dân và ngược lại)."),
 ("existing", "Phần mềm kê khai tài sản, thu nhập công chức Văn phòng", "", ["B-57"], [], DUP + P("B", 57) + ")."),
 ("existing", "Ứng dụng lịch công tác, quản lý công việc nội bộ", "", [], [], OWNREF + PL["assembly"] + " Lớp 3 (Nhóm ứng dụng hỗ trợ hoạt động nội bộ)."),
 ("existing", "Phần mềm quản lý hoạt động đối ngoại của Đoàn ĐBQH", "", [], [], OWNREF + PL["assembly"] + " Lớp 3 (lĩnh vực Đối ngoại)."),
 ("existing", "Tham gia góp ý dự án luật trên Hệ thống thông tin của Quốc hội", "", [], [], OWNREF + PL["assembly"] + " Lớp 3 (lĩnh vực Lập pháp; nền tảng do Văn phòng Quốc hội chủ trì)."),
 ("existing", "Đăng nhập VNeID cho người dân gửi kiến nghị trên cổng", "", [], [], USE + P("A", 2) + "; " + P("A", 3) + "."),
 ("planned", "Xây dựng tài khoản, định danh điện tử riêng cho cử tri trên cổng HĐND", "Cử tri đăng ký tài khoản, xác thực eKYC bằng CCCD do Văn phòng tự vận hành.", ["A-03"], [], DUP + P("A", 3) + ": dịch vụ định danh, xác thực điện tử theo NĐ 69/2024)."),
 ("existing", "Phần mềm quản lý lịch tiếp công dân của Đoàn ĐBQH", "", [], [], OWNREF + PL["assembly"] + " Lớp 3 (lĩnh vực Công tác dân nguyện) — chỉ lịch, phân công, không xử lý đơn khiếu nại, tố cáo."),
 ("planned", "Nền tảng tổng hợp, phân tích dữ liệu hoạt động dân cử", "", [], [], OWNREF + PL["assembly"] + " Lớp 2 (Nền tảng tổng hợp, phân tích dữ liệu)."),
 ("existing", "Số hóa, lưu trữ video các kỳ họp HĐND", "", [], [], OWNREF + PL["assembly"] + " Lớp 3 (Nhóm ứng dụng hỗ trợ kỳ họp)."),
 ("existing", "Máy chủ gửi email thông báo tới công dân (noreply.hdnd)", "Gửi thông báo, kết quả trả lời kiến nghị đến hộp thư công dân.", [], [NOTIF], DUPN + II3c + " (Hệ thống thư điện tử phục vụ tiếp nhận thông báo do cơ quan nhà nước gửi đến)."),
 ("retiring", "Phần mềm QLVB cũ của Văn phòng HĐND (trước hợp nhất)", "Đã chuyển dữ liệu sang QLVB dùng chung của tỉnh.", [], [], OWNREF + PL["assembly"] + " Lớp 3 (ứng dụng hỗ trợ hoạt động nội bộ); QLVB nội bộ không trùng nền tảng 1132 (A-04 là trục liên thông, không phải phần mềm QLVB)."),
])
INV.append(asm)

# ---------------------------------------------------------------- 6. other
oth = ("other", "Bảo hiểm xã hội tỉnh Cà Mau", [
 ("existing", "Phần mềm thu, sổ thẻ (TST) của BHXH Việt Nam", "", [], [], OWNSECT + PL["other"] + " Lớp 3 (HTTT chuyên ngành)."),
 ("existing", "Hệ thống giám định BHYT", "Tiếp nhận dữ liệu khám chữa bệnh BHYT từ cơ sở y tế.", [], [], OWNSECT + PL["other"] + " Lớp 3 (HTTT chuyên ngành)."),
 ("existing", "Ứng dụng VssID", "", [], [], OWNSECT + PL["other"] + " Lớp 4 (kênh bổ trợ) — ứng dụng chuyên ngành BHXH, không phải VNeID."),
 ("existing", "Kết nối VNeID hiển thị thẻ BHYT", "", [], [], CONN + P("A", 2) + "."),
 ("existing", "Tiếp nhận hồ sơ BHXH qua Cổng DVC quốc gia", "", [], [], USE + P("A", 1) + "."),
 ("existing", "QLVB va dieu hanh nganh BHXH", "", [], [], OWNREF + PL["other"] + " Lớp 3 (Nhóm ứng dụng hỗ trợ hoạt động nội bộ)."),
 ("existing", "Trang thông tin BHXH tỉnh", "", [], [], OWNSECT + "trang tin đơn vị; không có nền tảng tương ứng trong 1132."),
 ("existing", "Phần mềm kế toán, quản lý chi trả chế độ", "", [], [], OWNSECT + PL["other"] + " Lớp 3 (ứng dụng nghiệp vụ chuyên ngành); không phải " + P("B", 52) + "."),
 ("existing", "Email tỉnh trên máy chủ thư riêng của BHXH tỉnh", "Hộp thư riêng cho viên chức BHXH tỉnh và BHXH cơ sở.", [], [EMAIL], DUPN + II3c + " (Hệ thống thư điện tử công vụ thống nhất)."),
 ("existing", "Tổng đài, chatbot hỗ trợ người tham gia BHXH", "Hỏi đáp tự động trên nền tảng thuật toán, mô hình riêng do BHXH tự đầu tư.", ["A-10"], [], DUP + P("A", 10) + ")."),
 ("planned", "Thuê hạ tầng WAF, chống DDoS cho DVC BHXH tỉnh", "", ["A-14"], [], DUP + P("A", 14) + ")."),
 ("existing", "Phòng máy chủ BHXH tỉnh", "", [], [], OWNREF + PL["other"] + " Lớp 1 (Trung tâm dữ liệu hiện có)."),
 ("existing", "Quản lý hồ sơ viên chức BHXH tỉnh (phần mềm riêng)", "Lưu hồ sơ, quá trình công tác, nâng lương của viên chức.", ["B-29"], [], DUP + P("B", 29) + ": quản lý cán bộ, công chức, viên chức trung ương và địa phương)."),
 ("existing", "Phần mềm quản lý tài sản, kho ấn chỉ", "", [], [], OWNREF + PL["other"] + " Lớp 3 (Nhóm ứng dụng hỗ trợ hoạt động nội bộ)."),
 ("existing", "Tra cứu dữ liệu dân cư qua kết nối CSDL quốc gia về dân cư", "", [], [], CONN + II3b + " (CSDL quốc gia về Dân cư)."),
 ("existing", "Kết nối Nền tảng hợp đồng lao động điện tử", "Nhận dữ liệu HĐLĐ để đối soát đối tượng tham gia bắt buộc.", [], [], CONN + P("B", 30) + "."),
 ("planned", "Xây dựng hệ thống hợp đồng lao động điện tử riêng cho doanh nghiệp đóng BHXH", "Doanh nghiệp giao kết, lưu HĐLĐ điện tử trên hệ thống của BHXH tỉnh.", ["B-30"], [], DUP + P("B", 30) + ": quản lý tập trung dữ liệu HĐLĐ điện tử, cung cấp dịch vụ dùng chung cho tổ chức, doanh nghiệp)."),
 ("existing", "Kết nối Sàn giao dịch việc làm quốc gia để xác minh trợ cấp thất nghiệp", "", [], [], CONN + P("B", 31) + "."),
 ("existing", "Phần mềm tiếp nhận, xử lý khiếu nại, tố cáo về BHXH", "Tiếp công dân, xử lý đơn khiếu nại, tố cáo của người lao động, doanh nghiệp.", ["B-55"], [], DUP + P("B", 55) + ")."),
 ("existing", "Kiem tra, thanh tra chuyen nganh dong BHXH - phan mem rieng", "Quan ly doan thanh tra, ket luan, theo doi thuc hien ket luan thanh tra.", ["B-56"], [], DUP + P("B", 56) + ": toàn bộ quy trình nghiệp vụ thanh tra, quản lý đoàn thanh tra, kết luận)."),
 ("existing", "Kê khai tài sản thu nhập viên chức (phần mềm nội bộ)", "", ["B-57"], [], DUP + P("B", 57) + ")."),
 ("existing", "Thuê dịch vụ SOC giám sát an ninh mạng", "Giám sát, phát hiện tấn công, điều phối ứng cứu sự cố.", ["A-13"], [], DUP + P("A", 13) + ")."),
 ("existing", "Chứng thư số chuyên dùng công vụ cho lãnh đạo", "", [], [], USE + II3a + " (Hệ thống chứng thực chữ ký số chuyên dùng công vụ)."),
 ("existing", "Cổng kết nối chữ ký số công cộng cho doanh nghiệp ký hồ sơ", "", [], [], USE + II3a + " (Cổng kết nối dịch vụ chứng thực chữ ký số công cộng)."),
 ("existing", "Hội nghị truyền hình BHXH tỉnh - BHXH cơ sở", "", [], [], "Thiết bị đầu cuối phòng họp; không xây phần mềm HTT đa điểm riêng (" + II3c + ")."),
 ("existing", "Dashboard điều hành thu, chi BHXH tỉnh", "", [], [], OWNREF + PL["other"] + " Lớp 4 (Dashboard giám sát, điều hành)."),
 ("planned", "Nền tảng tổng hợp, phân tích dữ liệu ngành tại tỉnh", "", [], [], OWNREF + PL["other"] + " Lớp 2 (Nền tảng tổng hợp, phân tích dữ liệu)."),
 ("existing", "Công khai ngân sách BHXH tỉnh trên trang riêng", "Đăng tải dự toán, quyết toán ngân sách của đơn vị.", ["B-26"], [], DUP + P("B", 26) + ")."),
 ("existing", "Kết nối Hệ thống mạng đấu thầu quốc gia", "", [], [], CONN + P("B", 28) + "."),
 ("planned", "Xây dựng phần mềm đấu thầu qua mạng riêng cho gói mua sắm của BHXH", "Đăng tải KHLCNT, phát hành HSMT, nộp thầu điện tử trên hệ thống riêng.", ["B-28"], [], DUP + P("B", 28) + ")."),
 ("existing", "Phần mềm quản lý hồ sơ lưu trữ BHXH (số hóa)", "", [], [], OWNSECT + "hồ sơ nghiệp vụ BHXH của người tham gia (" + PL["other"] + " Lớp 2 CSDL chuyên ngành)."),
 ("retiring", "Hệ thống gửi SMS, email thông báo riêng (cũ)", "Gửi email thông báo đóng, hưởng BHXH đến hộp thư công dân; ngừng để chuyển về hệ thống dùng chung.", [], [NOTIF], DUPN + II3c + " (Hệ thống thư điện tử phục vụ tiếp nhận thông báo do cơ quan nhà nước gửi đến)."),
 ("existing", "Mạng WAN ngành BHXH", "", [], [], OWNREF + PL["other"] + " Lớp 1 (hạ tầng của cơ quan) — mạng nội bộ ngành."),
 ("existing", "Số sức khỏe điện tử trên VNeID - chỉ liên thông dữ liệu giám định", "", [], [], CONN + P("B", 33) + "."),
 ("planned", "Ứng dụng học kỹ năng số, phổ cập chuyển đổi số cho người dân tham gia BHXH tự nguyện", "Nền tảng học trực tuyến mở đại trà do BHXH tỉnh thuê.", [], [BDHV], DUPN + II3c + " (Nền tảng Bình dân học vụ số)."),
 ("existing", "Thống kê chỉ tiêu BHXH gửi Cục Thống kê", "Xuất số liệu chỉ tiêu thống kê ngành lên nền tảng thống kê.", [], [], CONN + P("A", 15) + "."),
 ("existing", "Quản lý đối tượng chi trả lương hưu qua bưu điện", "", [], [], OWNSECT + PL["other"] + " Lớp 3 (ứng dụng nghiệp vụ chuyên ngành)."),
])
INV.append(oth)


# ---------------------------------------------------------------- additional rows per inventory
EXTRA = {
 "province": [
  ("expanding", "Duy trì vận hành, mở rộng Công báo điện tử tỉnh sau hợp nhất", "Gộp dữ liệu công báo của 3 tỉnh cũ, tiếp tục đăng văn bản QPPL của HĐND, UBND tỉnh.", ["A-17"], [], DUP + P("A", 17) + "); mở rộng phạm vi là trường hợp " + D2 + "."),
  ("retiring", "Hệ thống email cũ tỉnh Bến Tre (trước hợp nhất)", "Dừng máy chủ thư, chuyển hộp thư cán bộ sang hệ thống thư công vụ dùng chung.", [], [EMAIL], DUPN + II3c + " (Hệ thống thư điện tử công vụ thống nhất); trạng thái ngừng không đổi bản chất chức năng."),
  ("expanding", "Thanh tra tỉnh - nâng cấp phần mềm tiếp công dân và kê khai tài sản thu nhập (tích hợp)", "Một phần mềm gồm phân hệ tiếp công dân, xử lý đơn khiếu nại tố cáo và phân hệ kê khai, xác minh tài sản thu nhập; mở rộng xuống cấp xã.", ["B-55", "B-57"], [], DUP + P("B", 55) + " và " + P("B", 57) + "): mô tả nêu rõ cả hai phân hệ."),
  ("planned", "Legal information portal for citizens and businesses", "Tra cứu văn bản pháp luật, hỏi đáp pháp luật trực tuyến, lấy ý kiến người dân về dự thảo — provincial build.", ["A-16"], [], DUP + P("A", 16) + ": kênh thông tin pháp luật tập trung, thống nhất để người dân, doanh nghiệp tra cứu; tương tác lấy ý kiến)."),
  ("planned", "Sở Nội vụ - Kho lưu trữ tài liệu điện tử tỉnh", "Tiếp nhận, bảo quản tài liệu lưu trữ điện tử của các cơ quan thuộc nguồn nộp lưu vào Lưu trữ lịch sử tỉnh.", ["B-32"], [], DUP + P("B", 32) + ": quản lý tập trung cơ sở dữ liệu tài liệu lưu trữ Phông lưu trữ nhà nước)."),
  ("existing", "Sở GDĐT - LMS học trực tuyến, kiểm tra đánh giá học sinh phổ thông", "Hệ thống dạy học, giao bài, thi trực tuyến cho giáo viên, học sinh toàn tỉnh.", ["B-36"], [], DUP + P("B", 36) + ": đổi mới phương pháp dạy, học, kiểm tra, đánh giá trong cơ sở giáo dục phổ thông)."),
  ("existing", "Sở Y tế - phần mềm quản lý ATTP, tự công bố sản phẩm", "Doanh nghiệp tự công bố sản phẩm, cấp giấy chứng nhận cơ sở đủ điều kiện ATTP trên hệ thống riêng của Sở.", ["B-34"], [], DUP + P("B", 34) + ": môi trường số duy nhất cho 100% TTHC an toàn thực phẩm)."),
  ("expanding", "Nâng cấp, mở rộng Trung tâm dữ liệu tỉnh sau hợp nhất", "Bổ sung năng lực lưu trữ, ảo hóa tại TTDL hiện có cho các HTTT của tỉnh mới.", [], [], OWNREF + PL["province"] + " Lớp 1 (Trung tâm dữ liệu cấp tỉnh, sử dụng TTDL hiện có)."),
 ],
 "ministry": [
  ("expanding", "Nâng cấp, mở rộng hệ thống email Bộ cho các đơn vị sự nghiệp trực thuộc", "Cấp thêm 3.000 hộp thư trên máy chủ thư riêng của Bộ.", [], [EMAIL], DUPN + II3c + " (Hệ thống thư điện tử công vụ thống nhất)."),
  ("planned", "Thuê dịch vụ e-Procurement riêng cho các gói mua sắm tập trung của Bộ", "Đăng tải thông báo mời thầu, nộp hồ sơ dự thầu qua mạng trên hệ thống riêng.", ["B-28"], [], DUP + P("B", 28) + ": thống nhất quản lý thông tin đấu thầu và đấu thầu qua mạng toàn quốc)."),
  ("retiring", "Phần mềm kê khai tài sản cũ (Access) của Vụ TCCB", "Dừng sử dụng sau khi chuyển sang hệ thống mới.", ["B-57"], [], DUP + P("B", 57) + "); trạng thái ngừng không đổi bản chất chức năng."),
  ("expanding", "Duy trì vận hành, nâng cấp LGSP Bộ kết nối NDXP, NDOP", "", [], [], OWNREF + PL["ministry"] + " Lớp 2 (LGSP cấp bộ), kết nối " + P("A", 6) + " và " + P("A", 5) + "."),
 ],
 "commune": [
  ("planned", "Cổng DVC riêng của xã cho người dân nộp hồ sơ online", "Xã tự thuê website nhận hồ sơ TTHC trực tuyến, trả kết quả cho người dân.", ["A-01"], [], DUP + P("A", 1) + ": giao diện một cửa duy nhất thực hiện TTHC); 4577/BKHCN mục 3: cấp xã không tự xây ứng dụng riêng."),
  ("expanding", "Mở rộng phần mềm tiếp công dân riêng của xã cho 3 xã cũ sáp nhập", "", ["B-55"], [], DUP + P("B", 55) + "); mở rộng phạm vi thuộc " + D2 + "."),
  ("retiring", "Phần mềm quản lý văn bản riêng của xã cũ Sủng Là", "Đã chuyển dữ liệu lên QLVB dùng chung của tỉnh, dừng thuê.", [], [], "QLVB nội bộ cấp xã cũ; không có dòng 1132 cho phần mềm QLVB (A-04 là trục liên thông) — " + PL["commune"] + " Lớp 3 (dùng nền tảng dùng chung của tỉnh)."),
 ],
 "party": [
  ("existing", "Đảng ủy phường Ninh Kiều - phần mềm quản lý hồ sơ đảng viên riêng", "Lưu lý lịch, sinh hoạt, chuyển sinh hoạt của đảng viên phường.", ["B-20"], [], DUP + P("B", 20) + ")."),
  ("expanding", "Nâng cấp, mở rộng email Thành ủy cho đảng ủy phường, xã", "Cấp hộp thư trên máy chủ thư riêng của Thành ủy cho 103 đảng ủy.", [], [EMAIL], DUPN + II3c + " (Hệ thống thư điện tử công vụ thống nhất)."),
 ],
 "assembly": [
  ("existing", "Trang công khai ngân sách của Văn phòng", "Công khai dự toán, quyết toán ngân sách của Văn phòng theo Luật NSNN.", ["B-26"], [], DUP + P("B", 26) + ": công khai ngân sách của các cơ quan, đơn vị toàn quốc)."),
  ("expanding", "Nang cap, mo rong may chu email rieng cua Van phong", "Tang dung luong, cap hop thu cho dai bieu HDND cap tinh khoa moi.", [], [EMAIL], DUPN + II3c + " (Hệ thống thư điện tử công vụ thống nhất)."),
 ],
 "other": [
  ("planned", "Own SSO / eKYC for BHXH e-services in the province", "Tự vận hành tài khoản, định danh, xác thực điện tử người tham gia bằng CCCD gắn chip.", ["A-03"], [], DUP + P("A", 3) + ")."),
  ("retiring", "Phần mềm quản lý viên chức cũ của BHXH tỉnh", "Hồ sơ viên chức, nâng lương; dừng khi dữ liệu đã chuyển sang nền tảng quốc gia.", ["B-29"], [], DUP + P("B", 29) + "); trạng thái ngừng không đổi bản chất chức năng."),
 ],
}

FILL = {
 "Cổng thông tin điện tử tỉnh": "Cổng thông tin chính thức của UBND tỉnh, tích hợp trang của các sở, ngành.",
 "Trung tâm giám sát, điều hành thông minh (IOC) tỉnh": "Tổng hợp dữ liệu các lĩnh vực, camera, phản ánh hiện trường phục vụ lãnh đạo tỉnh.",
 "HTTT chỉ đạo, điều hành của UBND tỉnh": "Giao việc, theo dõi nhiệm vụ UBND tỉnh giao cho các sở, xã.",
 "Phần mềm diệt virus, EDR cho máy trạm": "Bản quyền Bkav Endpoint cho 5.000 máy trạm.",
 "Sở Công Thương - CSDL chợ, siêu thị, cửa hàng xăng dầu": "Quản lý hạ tầng thương mại trên địa bàn tỉnh phục vụ quản lý thị trường.",
 "Phần mềm kế toán hành chính sự nghiệp MISA Mimosa": "Kế toán đơn vị cho các sở, đơn vị sự nghiệp.",
 "Hệ thống đèn giao thông thông minh TP Vĩnh Long": "Điều khiển tập trung đèn tín hiệu tại các nút giao lớn.",
 "Mạng TSLCD cấp II kết nối sở, xã": "Thuê kênh VNPT mạng truyền số liệu chuyên dùng.",
 "Ban Dân tộc - Tôn giáo: CSDL cơ sở tôn giáo, chức sắc": "Phần mềm riêng quản lý cơ sở tôn giáo, chức sắc, chức việc, hoạt động tôn giáo trên địa bàn.",
 "Trung tâm dữ liệu Bộ": "Phòng máy chủ tại trụ sở Bộ, ảo hóa VMware.",
 "CSDL quốc gia về hoạt động xây dựng": "Dữ liệu năng lực tổ chức, cá nhân hoạt động xây dựng, cấp phép xây dựng.",
 "HTTT về nhà ở và thị trường bất động sản": "Thu thập dữ liệu giao dịch nhà ở, dự án BĐS từ các Sở Xây dựng.",
 "Hệ thống thông tin báo cáo Bộ Xây dựng": "Báo cáo định kỳ của các Sở Xây dựng, kết nối Hệ thống thông tin báo cáo Chính phủ.",
 "Thanh tra Bộ - phần mềm tiếp công dân, xử lý đơn": "Phần mềm riêng tiếp công dân, phân loại, xử lý đơn khiếu nại, tố cáo gửi Bộ.",
 "Cổng công khai ngân sách Bộ": "Trang riêng đăng dự toán, quyết toán ngân sách của Bộ và đơn vị trực thuộc.",
 "Thuê dịch vụ WAF, anti-DDoS cho cổng TTĐT và DVC của Bộ": "Thuê CDN, WAF, chống DDoS của nhà mạng cho các website Internet của Bộ.",
 "Sử dụng Nền tảng định danh và xác thực điện tử (đăng nhập DVC bằng VNeID)": "Người dân đăng nhập bằng tài khoản định danh điện tử VNeID.",
 "Mở rộng Kho dữ liệu dùng chung cấp Bộ": "Bổ sung dữ liệu chủ ngành xây dựng vào kho.",
 "CSDL giá vật liệu xây dựng, suất vốn đầu tư": "Công bố giá, chỉ số giá xây dựng.",
 "Tiếp nhận hồ sơ TTHC trên Cổng DVC quốc gia / HTTT giải quyết TTHC tỉnh": "Bộ phận một cửa xã dùng tài khoản được cấp.",
 "Phan mem ke toan xa MISA Bamboo": "Ke toan ngan sach va tai chinh xa.",
 "Phần mềm quản lý hộ tịch (Bộ Tư pháp)": "Đăng ký khai sinh, kết hôn, khai tử trên phần mềm dùng chung của Bộ Tư pháp.",
 "Sử dụng VNeID xác thực người dân khi làm TTHC": "Quét QR VNeID tại bộ phận một cửa.",
 "Hệ thống IoT cảnh báo sạt lở đất tại các bản": "Cảm biến đo mưa, độ dịch chuyển đất, cảnh báo qua loa truyền thanh.",
 "Phần mềm quản lý cơ sở tín ngưỡng, tôn giáo trên địa bàn": "Xã tự thuê phần mềm theo dõi cơ sở tín ngưỡng, tôn giáo, chức sắc, hoạt động tôn giáo.",
 "Phần mềm quản lý cơ sở dữ liệu đảng viên (Ban Tổ chức)": "Cập nhật hồ sơ đảng viên trên phần mềm do Trung ương triển khai.",
 "Trung tâm dữ liệu Thành ủy (phòng máy chủ hiện có)": "Máy chủ đặt tại Văn phòng Thành ủy, kết nối mạng diện rộng của Đảng.",
 "Nền tảng tích hợp, chia sẻ dữ liệu cơ quan Đảng thành phố": "Kết nối, chia sẻ dữ liệu giữa các ban Đảng thành phố và với chính quyền.",
 "UBKT Thành ủy - phần mềm kiểm tra, giám sát, thi hành kỷ luật Đảng": "Quản lý cuộc kiểm tra, giám sát, hồ sơ kỷ luật đảng viên.",
 "Phần mềm phục vụ Đại hội Đảng bộ thành phố (họp không giấy, bầu cử)": "Tài liệu điện tử, kiểm phiếu bầu cử tại Đại hội.",
 "Hệ thống báo cáo tổng hợp, phân tích, dự báo của Thành ủy": "Tổng hợp báo cáo các đảng bộ trực thuộc.",
 "Cổng TTĐT Đảng bộ thành phố Cần Thơ": "Tin tức, văn kiện, hoạt động của Đảng bộ thành phố.",
 "Ban Nội chính - phần mềm theo dõi vụ án, vụ việc tham nhũng, tiêu cực được chỉ đạo": "Theo dõi tiến độ xử lý các vụ việc Ban Chỉ đạo thành phố theo dõi.",
 "Thư viện điện tử văn kiện Đảng": "Số hóa văn kiện, nghị quyết của Đảng bộ qua các kỳ.",
 "Phần mềm tiếp nhận đơn thư, tố cáo đối với đảng viên (UBKT)": "Tiếp nhận, giải quyết tố cáo đối với tổ chức đảng, đảng viên.",
 "Tường lửa, antivirus máy trạm các ban": "Thiết bị tường lửa nội bộ và phần mềm diệt virus.",
 "Phần mềm theo dõi hoạt động giám sát của HĐND": "Kế hoạch, kết quả giám sát chuyên đề, kiến nghị sau giám sát.",
 "Kết nối Trục liên thông văn bản quốc gia qua LGSP tỉnh": "Gửi, nhận văn bản với Văn phòng Quốc hội và các bộ.",
 "CSDL đại biểu Quốc hội, đại biểu HĐND tỉnh": "Hồ sơ, hoạt động của đại biểu dân cử.",
 "Web Application Firewall cho cong TTDT HDND": "Thue WAF rieng bao ve cong HDND truoc tan cong web.",
 "Phần mềm kê khai tài sản, thu nhập công chức Văn phòng": "Phần mềm riêng nhập bản kê khai tài sản, thu nhập hằng năm.",
 "Tham gia góp ý dự án luật trên Hệ thống thông tin của Quốc hội": "Đại biểu, chuyên viên dùng tài khoản hệ thống của Văn phòng Quốc hội.",
 "Đăng nhập VNeID cho người dân gửi kiến nghị trên cổng": "Tích hợp đăng nhập bằng tài khoản định danh điện tử.",
 "Phần mềm thu, sổ thẻ (TST) của BHXH Việt Nam": "Quản lý thu BHXH, BHYT, cấp sổ, thẻ.",
 "Ứng dụng VssID": "Ứng dụng BHXH số cho người tham gia tra cứu quá trình đóng, hưởng.",
 "Kết nối VNeID hiển thị thẻ BHYT": "Đồng bộ thông tin thẻ BHYT lên ứng dụng VNeID.",
 "QLVB va dieu hanh nganh BHXH": "Phan mem van ban dung chung toan nganh BHXH.",
 "Thuê hạ tầng WAF, chống DDoS cho DVC BHXH tỉnh": "Thuê dịch vụ bảo vệ biên Internet cho các dịch vụ trực tuyến của BHXH tỉnh.",
 "Kê khai tài sản thu nhập viên chức (phần mềm nội bộ)": "Phần mềm riêng kê khai, công khai bản kê khai tài sản, thu nhập.",
 "Cổng kết nối chữ ký số công cộng cho doanh nghiệp ký hồ sơ": "Xác thực chữ ký số công cộng trên hồ sơ điện tử của doanh nghiệp.",
 "Dashboard điều hành thu, chi BHXH tỉnh": "Chỉ tiêu thu, nợ đọng, chi trả theo thời gian thực.",
 "Kết nối Hệ thống mạng đấu thầu quốc gia": "Đăng tải kế hoạch lựa chọn nhà thầu của đơn vị.",
 "Mạng WAN ngành BHXH": "Kênh truyền kết nối BHXH tỉnh với BHXH Việt Nam và BHXH cơ sở.",
 "Số sức khỏe điện tử trên VNeID - chỉ liên thông dữ liệu giám định": "Gửi dữ liệu khám chữa bệnh BHYT sang Sổ sức khỏe điện tử.",
 "Quản lý đối tượng chi trả lương hưu qua bưu điện": "Danh sách, biến động người hưởng lương hưu, trợ cấp.",
 "Phần mềm quản lý dự án đầu tư công": "Theo dõi kế hoạch vốn, tiến độ giải ngân dự án do Bộ quản lý.",
 "Bảng điều hành (Dashboard) lãnh đạo Bộ": "Trực quan hóa chỉ tiêu ngành, tiến độ nhiệm vụ.",
 "Trang thông tin điện tử xã": "Trang con trên cổng TTĐT tỉnh.",
 "Giải pháp nông nghiệp thông minh cho HTX chè Shan tuyết": "Cảm biến, nhật ký canh tác điện tử cho HTX.",
}

# Rows dropped after review: either ambiguous under the documents (left out rather than guessed)
# or trimmed to keep each inventory within 35-45 rows.
DROP = {
 "Thanh tra tỉnh - Phần mềm quản lý kê khai, công khai tài sản thu nhập",  # covered by the integrated row
 "Ban Dân tộc - Tôn giáo: CSDL cơ sở tôn giáo, chức sắc",               # trim (B-47 kept in commune)
 "Hệ thống chiếu sáng công cộng thông minh",                             # trim
 "Hệ thống quan trắc môi trường tự động tỉnh",                           # trim
 "Thuê dịch vụ lưu trữ đám mây cho CSDL của xã",                         # ambiguous vs A-08 / provincial DC
 "Phần mềm tiếp nhận đơn thư, tố cáo đối với đảng viên (UBKT)",          # ambiguous vs B-55
 "Ban Nội chính - phần mềm theo dõi vụ án, vụ việc tham nhũng, tiêu cực được chỉ đạo",  # ambiguous vs B-58
 "Phần mềm quản lý hồ sơ lưu trữ BHXH (số hóa)",                         # ambiguous vs B-32
 "Nâng cấp phần mềm QLVB riêng của xã (mua mới)",                        # ambiguous: QLVB vs A-04 axis
}

ABOUT = """Test set for an overlap checker: six whole agency IT inventories (province, ministry, commune, Party, assembly office, other public body), each row labelled only from the source documents: 1132/QĐ-TTg (24/6/2026) Điều 2 and Phụ lục II (Nhóm A rows A-01..A-17, Nhóm B rows B-01..B-62, numbered by the STT column); 3090/QĐ-BKHCN Phần II mục 3 (national shared components by layer) and Phụ lục I mục 1-7 (reference architectures); 4577/BKHCN mục 3 (local apps must not overlap shared platforms; communes do not build their own when a shared solution exists); 5441 and 05-QĐ/BCĐTW for background. Engine code and other labelled data were not consulted.
Labelling rules:
1. expected lists a 1132 row when the component's own function, purpose and scope repeat that platform (agency builds, buys, rents or extends its own version).
2. Status does not change the label: planned, expanding, existing and retiring versions of a duplicate are all labelled; go-live dates and the Điều 2 khoản 3 transition only affect legality, not overlap.
3. A row that is the national platform itself used by the agency, or a connector/integration to it, is not a duplicate (expected empty).
4. A platform's owner listing its own 1132 platform is not a duplicate (e.g. Bộ Xây dựng with B-10, B-54); a sub-unit of the owner building a separate one is.
5. Anything the 3090 Phụ lục I reference architecture tells that kind of agency to build itself (data centre, LGSP/Party/QH integration platform, IOC, QLVB, chỉ đạo điều hành, Nền tảng AI cấp tỉnh/bộ, dashboards, sector CSDL, commune ICT and digital-economy solutions...) is not a duplicate.
6. expected_national is used only for 3090 Phần II mục 3 components that are not 1132 rows (official e-mail, notification e-mail, chữ ký số chuyên dùng công vụ, Bình dân học vụ số), with the document's own name.
7. Own sector/internal software with no 1132 counterpart (accounting, HIS, hộ tịch, BHXH business systems, portals) is negative; unit accounting is not B-52; endpoint antivirus is the owner's job (3090 II.3 a).
8. Meeting-room hardware, reporting systems that are part of the national reporting system, provincial TTHC systems and online-meeting software, statistics of ministries, and other cases the documents leave open were either labelled negative with the reason shown or left out.
9. A row gets two ids only when its description clearly covers both platforms."""

def build():
    cases = []
    n = 0
    for kind, agency, rows in INV:
        for st, name, desc, exp, nat, why in rows + EXTRA[kind]:
            if name in DROP:
                continue
            if not desc:
                desc = FILL.get(name, "")
            n += 1
            c = {"id": f"K{n:03d}", "kind": kind, "agency": agency, "status": st,
                 "name": name, "description": desc, "expected": exp,
                 "expected_national": nat, "why": why}
            cases.append({k: unicodedata.normalize("NFC", v) if isinstance(v, str) else
                          [unicodedata.normalize("NFC", x) for x in v] for k, v in c.items()})
    out = {"about": unicodedata.normalize("NFC", ABOUT), "cases": cases}
    p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "overlap_dev10.json")
    with open(p, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    return p

if __name__ == "__main__":
    print(build())
