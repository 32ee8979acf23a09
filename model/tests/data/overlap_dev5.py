# -*- coding: utf-8 -*-
"""Build /work/dev5/overlap_dev5.json from hand-written rows (sources: 1132/QĐ-TTg, 3090/QĐ-BKHCN, 5441, 4577/BKHCN, 05-QĐ/BCĐTW)."""
import json, unicodedata, collections

def A(n): return f"1132/QĐ-TTg Phụ lục II mục A STT {n}"
def B(n): return f"1132/QĐ-TTg Phụ lục II mục B STT {n}"
D2 = "1132/QĐ-TTg Điều 2 khoản 2"
D2X = "1132/QĐ-TTg Điều 2 khoản 2 (ngoại lệ quốc phòng, an ninh, cơ yếu)"
RA = {"party": "3090/QĐ-BKHCN Phụ lục I mục 1 (khung tham chiếu cơ quan Đảng)",
      "assembly": "3090/QĐ-BKHCN Phụ lục I mục 2 (khung tham chiếu Quốc hội)",
      "front": "3090/QĐ-BKHCN Phụ lục I mục 3 (khung tham chiếu MTTQ Việt Nam)",
      "other": "3090/QĐ-BKHCN Phụ lục I mục 4 (khung tham chiếu cơ quan khác: TANDTC, VKSNDTC…)",
      "ministry": "3090/QĐ-BKHCN Phụ lục I mục 5 (khung tham chiếu cấp bộ)",
      "province": "3090/QĐ-BKHCN Phụ lục I mục 6 (khung tham chiếu cấp tỉnh)",
      "commune": "3090/QĐ-BKHCN Phụ lục I mục 7 (khung tham chiếu cấp xã)"}
II3a = "3090/QĐ-BKHCN Phần II mục 3 điểm a (Lớp 1)"
II3b = "3090/QĐ-BKHCN Phần II mục 3 điểm b (Lớp 2)"
II3c = "3090/QĐ-BKHCN Phần II mục 3 điểm c (Lớp 3)"
II3d = "3090/QĐ-BKHCN Phần II mục 3 điểm d (Lớp 4)"
G4577 = "4577/BKHCN mục 3 (đối với các địa phương)"
B5 = "1132/QĐ-TTg Phụ lục II mục B STT 5 (mỗi bộ triển khai HTTT giải quyết TTHC của ngành mình, dùng thống nhất từ trung ương đến địa phương)"

N_MAIL = "Hệ thống thư điện tử (email) công vụ thống nhất"
N_NOTI = "Hệ thống thư điện tử phục vụ tiếp nhận thông báo do cơ quan nhà nước gửi đến"
N_BDHV = "Nền tảng Bình dân học vụ số"
N_CKS = "Hệ thống chứng thực chữ ký số chuyên dùng công vụ"
N_TSL = "Mạng Truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước"
N_VAPEX = "Nền tảng trao đổi giao diện lập trình ứng dụng quốc gia (V-APEX)"
N_HTT = "Nền tảng họp trực tuyến quốc gia"
N_MAP = "Bản đồ số quốc gia và hệ thống mã bưu chính"

ROWS = []
def r(kind, agency, status, name, desc, exp, nat, why):
    ROWS.append((kind, agency, status, name, desc, exp, nat, why))

# ---------------- PROVINCE (70) ----------------
P = "province"
r(P,"Tỉnh Điện Biên","existing","Hệ thống thư điện tử công vụ tỉnh (mail.dienbien.gov.vn)","Máy chủ thư điện tử nội bộ cấp hộp thư cho CBCCVC toàn tỉnh đến cấp xã.",[],[N_MAIL],f"Hộp thư công vụ riêng của tỉnh lặp chức năng hệ thống email công vụ thống nhất dùng chung từ Trung ương đến cấp xã ({II3c}); không phải dòng 1132.")
r(P,"Tỉnh Lai Châu","planned","Thuê dịch vụ CNTT: hệ thống xác thực định danh người dân tỉnh Lai Châu (eKYC, tài khoản công dân riêng)","Người dân đăng ký tài khoản trên app của tỉnh bằng chụp CCCD + khuôn mặt để dùng các dịch vụ số của tỉnh.",["A-03"],[],f"Tự cấp danh tính số và xác thực điện tử cho công dân là chức năng của Nền tảng định danh và xác thực điện tử ({A(3)}); {D2}.")
r(P,"Tỉnh Lai Châu","existing","Tích hợp đăng nhập VNeID cho Cổng DVC tỉnh","Module kết nối OIDC tới Nền tảng định danh và xác thực điện tử, không lưu tài khoản riêng.",[],[],f"Chỉ kết nối, sử dụng nền tảng {A(3)}; kênh VNeID là kênh chính theo {II3d}; không lặp chức năng.")
r(P,"Tỉnh Sơn La","planned","Đầu tư xây dựng Cổng thanh toán và tiếp nhận hồ sơ trực tuyến một cửa duy nhất của tỉnh thay thế việc nộp qua Cổng DVCQG","Người dân, doanh nghiệp nộp mọi hồ sơ TTHC của tỉnh tại cổng riêng; không đồng bộ lên Cổng DVC quốc gia.",["A-01"],[],f"Một giao diện một cửa riêng để nộp TTHC lặp mục tiêu Cổng dịch vụ công quốc gia ({A(1)}: giao diện một cửa duy nhất); {II3d} chỉ cho kênh bổ trợ.")
r(P,"Tỉnh Sơn La","existing","Điểm hỗ trợ DVC lưu động – xe tiếp nhận hồ sơ tại bản","Xe lưu động có máy tính, máy scan hỗ trợ đồng bào nộp hồ sơ trên Cổng DVCQG.",[],[],f"Kênh tiếp cận bổ trợ (dịch vụ lưu động) mà {II3d} cho địa phương tự phát triển; dùng Cổng DVCQG chứ không thay thế.")
r(P,"Tỉnh Lào Cai","existing","Kiosk tra cứu hồ sơ TTHC tại Trung tâm phục vụ hành chính công","",[],[],f"Thiết bị đầu cuối tại điểm phục vụ, chỉ nói nơi đặt/đối tượng phục vụ; là kênh bổ trợ theo {II3d}, không lặp nền tảng nào.")
r(P,"Tỉnh Lào Cai","expanding","Nâng cấp, mở rộng phần mềm một cửa điện tử ngành Xây dựng: cấp giấy phép xây dựng, chứng chỉ hành nghề","Sở Xây dựng tự xây dựng luồng tiếp nhận, xử lý hồ sơ TTHC lĩnh vực xây dựng riêng, mở rộng xuống xã.",["B-10"],[],f"TTHC thuộc ngành Xây dựng do HTTT giải quyết TTHC của Bộ Xây dựng ({B(10)}) dùng thống nhất từ trung ương đến địa phương ({B5}).")
r(P,"Tỉnh Gia Lai","planned","Xây dựng CSDL ngành y tế tỉnh Gia Lai – hồ sơ sức khỏe điện tử người dân","Lưu trữ hồ sơ sức khỏe cá nhân của toàn bộ người dân trong tỉnh, cho phép người dân tra cứu tiền sử khám chữa bệnh.",["B-33"],[],f"Lưu trữ, quản lý thông tin sức khỏe cá nhân tập trung là mục tiêu của Nền tảng Sổ sức khỏe điện tử ({B(33)}).")
r(P,"Tỉnh Gia Lai","existing","HIS Bệnh viện Đa khoa tỉnh (FPT.eHospital)","Phần mềm quản lý bệnh viện: khám, viện phí, dược, kết nối giám định BHYT.",[],[],f"Phần mềm nghiệp vụ của đơn vị sự nghiệp y tế, không có dòng 1132 tương ứng; {B(33)} chỉ là nơi HIS gửi dữ liệu; thuộc phần mềm chuyên ngành {RA['province']}.")
r(P,"Tỉnh Gia Lai","existing","LIS, PACS BVĐK tỉnh","",[],[],f"Xét nghiệm, lưu trữ hình ảnh y khoa là phần mềm chuyên môn bệnh viện; không dòng nào trong {B(33)}…{B(34)} có chức năng này.")
r(P,"Tỉnh Đắk Lắk","existing","Phan mem quan ly tiem chung tinh","",["B-33"],[],f"Quản lý thông tin tiêm chủng đã được tích hợp vào Nền tảng Sổ sức khỏe điện tử ({B(33)}: 'Tích hợp Hệ thống quản lý thông tin tiêm chủng quốc gia').")
r(P,"Tỉnh Đắk Lắk","planned","Đầu tư xây dựng hệ thống quản lý chăn nuôi, thú y và truy xuất nguồn gốc gia súc tỉnh Đắk Lắk","Quản lý đàn bò, dịch bệnh, tiêm phòng, cơ sở chăn nuôi và kiểm dịch vận chuyển động vật trên địa bàn.",["B-37"],[],f"Quản lý nhà nước về chăn nuôi, thú y, dịch bệnh, truy xuất nguồn gốc từ trung ương đến địa phương là {B(37)}.")
r(P,"Tỉnh Đắk Lắk","existing","Bản đồ số vùng trồng cà phê, sầu riêng (mã số vùng trồng)","Số hóa vùng trồng, truy xuất nguồn gốc phục vụ xuất khẩu; cảnh báo thời tiết cho nông dân.",[],[],f"'Bản đồ số nông nghiệp' là thành phần kinh tế số {RA['province']} cho tỉnh tự xây dựng.")
r(P,"Tỉnh Lâm Đồng","planned","Nền tảng dữ liệu trồng trọt – BVTV tỉnh: quản lý sinh vật gây hại, phân bón, thuốc BVTV","Thu thập dữ liệu sâu bệnh, cơ sở buôn bán thuốc BVTV, phân bón; dùng chung cho các xã.",["B-38"],[],f"Quản lý nhà nước, chia sẻ dữ liệu về trồng trọt và BVTV là {B(38)}.")
r(P,"Tỉnh Lâm Đồng","existing","Hệ thống chuyển đổi số du lịch Đà Lạt – app du lịch thông minh, VR360","Thuyết minh tự động, bản đồ điểm đến, đặt chỗ cho du khách.",[],[],f"'Giải pháp chuyển đổi số du lịch' là thành phần kinh tế số {RA['province']}; hướng tới du khách, khác {B(45)} (quản trị kinh doanh du lịch toàn ngành).")
r(P,"Tỉnh Lâm Đồng","planned","Xây dựng CSDL cơ sở lưu trú, doanh nghiệp lữ hành, hướng dẫn viên và phần mềm thống kê khách du lịch của tỉnh","Sở VHTTDL quản lý dữ liệu kinh doanh du lịch, thống kê lượt khách, doanh thu.",["B-45"],[],f"Hạ tầng dữ liệu lõi ngành du lịch, quản trị kinh doanh du lịch là {B(45)}.")
r(P,"Tỉnh Cà Mau","existing","Hệ thống quan trắc môi trường nước tự động vùng nuôi tôm","Trạm cảm biến độ mặn, pH, oxy; cảnh báo tự động.",[],[],f"'Hệ thống quan trắc và giám sát môi trường' là thành phần {RA['province']}.")
r(P,"Tỉnh Cà Mau","planned","Ứng dụng AI dự báo xâm nhập mặn, sạt lở bờ biển và cảnh báo thiên tai tỉnh Cà Mau","Tự huấn luyện mô hình AI dự báo thiên tai, phát cảnh báo cho người dân.",["B-39"],[],f"Phần mềm AI hỗ trợ dự báo, cảnh báo thiên tai là {B(39)} (Bộ NN&MT, dùng chung).")
r(P,"Tỉnh An Giang","expanding","Nâng cấp phần mềm quản lý đấu giá quyền sử dụng đất và tài sản công của tỉnh","Đăng thông báo, niêm yết công khai, tổ chức trả giá trực tuyến các cuộc đấu giá tài sản do tỉnh quản lý.",["B-22"],[],f"Đăng thông báo, niêm yết và quản lý cuộc đấu giá tài sản là Hệ thống quản lý đấu giá tài sản ({B(22)}).")
r(P,"Tỉnh An Giang","existing","Trang thông tin điện tử Ban Dân tộc – tôn giáo (Sở Dân tộc và Tôn giáo)","",[],[],f"Trang TTĐT giới thiệu tin tức là kênh thông tin của cơ quan, không lặp {B(46)} hay {B(47)} (nền tảng nghiệp vụ dữ liệu).")
r(P,"Tỉnh An Giang","planned","Phần mềm quản lý cơ sở thờ tự, tổ chức tôn giáo, chức sắc trên địa bàn tỉnh","Cập nhật, báo cáo dữ liệu về tổ chức tôn giáo, cơ sở tín ngưỡng, hoạt động tôn giáo.",["B-47"],[],f"Quản lý, cập nhật, báo cáo dữ liệu về tổ chức tôn giáo, tín ngưỡng là {B(47)}.")
r(P,"Tỉnh Vĩnh Long","existing","HTTT nguồn tỉnh + truyền thanh thông minh","Cung cấp tin bài cho đài truyền thanh cơ sở ứng dụng CNTT-VT.",[],[],f"'Hệ thống thông tin nguồn cấp tỉnh' có trong {RA['province']}.")
r(P,"Tỉnh Vĩnh Long","planned","Nền tảng phát thanh trực tuyến của Đài PT-TH tỉnh (app nghe radio, podcast)","Đài tự xây ứng dụng phát các kênh radio trên Internet.",["B-60"],[],f"Nền tảng phát thanh số quốc gia ({B(60)}) đã gồm cả các kênh phát thanh của đài tỉnh; app riêng lặp mục tiêu.")
r(P,"Tỉnh Đồng Tháp","existing","eOffice VNPT (iOffice) – QLVB và điều hành tỉnh Đồng Tháp","Quản lý văn bản đi/đến, hồ sơ công việc, ký số; liên thông văn bản qua Trục quốc gia.",[],[],f"QLVB-ĐH của tỉnh là ứng dụng hỗ trợ hoạt động cơ quan ({RA['province']}); liên thông qua {A(4)} là sử dụng, không lặp.")
r(P,"Tỉnh Đồng Tháp","retiring","Phần mềm quản lý hồ sơ cán bộ, công chức tỉnh (PMQLCB) – dừng sau khi chuyển dữ liệu","",["B-29"],[],f"Quản lý hồ sơ CBCCVC của tỉnh lặp Nền tảng quản lý CBCCVC quốc gia ({B(29)}), nên được dừng.")
r(P,"Tỉnh Quảng Trị","planned","Đầu tư xây dựng Cổng công bố dữ liệu mở tỉnh Quảng Trị (open data portal)","Công bố danh mục dữ liệu, dữ liệu mở của các sở, ngành cho người dân, doanh nghiệp tải về.",["A-07"],[],f"Công bố dữ liệu mở, danh mục dữ liệu của cơ quan nhà nước là Cổng dữ liệu quốc gia ({A(7)}) dùng cho cả địa phương.")
r(P,"Tỉnh Quảng Trị","existing","LGSP tỉnh Quảng Trị","Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh, kết nối NDXP.",[],[],f"'Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh' có trong {RA['province']}; NDXP ({A(6)}) kết nối tới LGSP địa phương.")
r(P,"Tỉnh Quảng Trị","expanding","Mở rộng kho dữ liệu dùng chung tỉnh (data warehouse) và BI dashboard điều hành","",[],[],f"'Kho dữ liệu dùng chung cấp tỉnh' và Dashboard điều hành cấp tỉnh có trong {RA['province']}.")
r(P,"Tỉnh Hà Tĩnh","existing","HT SOC tỉnh (giám sát ATTT 24/7, Viettel)","Giám sát an toàn thông tin các hệ thống của tỉnh, kết nối chia sẻ với NCSC/A05.",[],[],f"Hạ tầng bảo đảm an toàn cho hệ thống đầu cuối do chủ quản triển khai ({II3a}); chia sẻ lên {A(13)} là sử dụng.")
r(P,"Tỉnh Hà Tĩnh","planned","Xây dựng hệ thống chống DDoS tập trung, WAF và lọc lưu lượng cho toàn bộ website, ứng dụng Internet của các bộ, ngành, địa phương","Vendor đề xuất dịch vụ bảo vệ vòng ngoài dùng chung quy mô quốc gia do tỉnh chủ trì.",["A-14"],[],f"Tường lửa ứng dụng web, chống DDoS tập trung quy mô lớn, lọc lưu lượng dùng chung là Hệ thống phòng vệ mạng quốc gia ({A(14)}).")
r(P,"Tỉnh Nghệ An","existing","Phần mềm quản lý khám chữa bệnh trạm y tế xã","",[],[],f"Phần mềm chuyên môn trạm y tế (HIS tuyến xã); {B(33)} là nơi nhận dữ liệu, không thay thế phần mềm khám chữa bệnh.")
r(P,"Tỉnh Nghệ An","planned","Hệ thống tiếp nhận, xử lý hồ sơ công bố sản phẩm, cấp giấy chứng nhận cơ sở đủ điều kiện ATTP của tỉnh","Doanh nghiệp nộp hồ sơ tự công bố, đăng ký bản công bố sản phẩm tại hệ thống của Sở Y tế.",["B-34"],[],f"{B(34)} là môi trường số duy nhất cho 100% TTHC an toàn thực phẩm (tự công bố, đăng ký sản phẩm, chứng nhận cơ sở…).")
r(P,"Tỉnh Thanh Hóa","existing","Hệ thống camera giám sát an ninh trật tự, giao thông (IOC Thanh Hóa)","",[],[],f"Trung tâm giám sát, điều hành thông minh cấp tỉnh và camera là thành phần {RA['province']}.")
r(P,"Tỉnh Thanh Hóa","planned","Nâng cấp hệ thống điều khiển đèn tín hiệu giao thông thông minh TP Thanh Hóa","",[],[],f"'Hệ thống điều khiển đèn giao thông thông minh' tại giao lộ đô thị có trong {RA['province']}; khác {B(54)} (ITS đường bộ toàn quốc: cao tốc, thu phí không dừng).")
r(P,"Tỉnh Thanh Hóa","planned","Xây dựng trung tâm quản lý điều hành giao thông tuyến cao tốc qua tỉnh, tích hợp thu phí không dừng, trạm cân tải trọng","Tỉnh đầu tư nền tảng riêng thu thập dữ liệu giao thông thời gian thực tuyến cao tốc Bắc – Nam qua địa bàn.",["B-54"],[],f"Kết nối dữ liệu quản lý điều hành cao tốc, thu phí điện tử không dừng, kiểm soát tải trọng là {B(54)}.")
r(P,"Tỉnh Tuyên Quang","existing","Phần mềm theo dõi nhiệm vụ UBND tỉnh giao (TaskGov)","Theo dõi việc thực hiện nhiệm vụ do Chủ tịch UBND tỉnh giao các sở, ngành.",[],[],f"Hệ thống thông tin phục vụ chỉ đạo, điều hành cấp tỉnh / quản lý công việc có trong {RA['province']}.")
r(P,"Tỉnh Tuyên Quang","planned","Nền tảng học trực tuyến mở đại trà phổ cập kỹ năng số cho toàn dân tỉnh Tuyên Quang","Khóa học kỹ năng số miễn phí cho mọi người dân, tổ công nghệ số cộng đồng.",[],[N_BDHV],f"Học trực tuyến mở đại trà phổ cập kỹ năng số cho mọi đối tượng là Nền tảng Bình dân học vụ số ({II3c}), không phải dòng 1132.")
r(P,"Tỉnh Cao Bằng","existing","CSDL dân tộc thiểu số tỉnh, phần mềm theo dõi chương trình MTQG 1719","Theo dõi chỉ tiêu, kết quả thực hiện chính sách dân tộc, dự án thuộc chương trình MTQG vùng đồng bào DTTS.",["B-46"],[],f"Quản lý, tổng hợp dữ liệu về dân tộc, dự án, chỉ tiêu và kết quả thực hiện chính sách dân tộc là {B(46)}.")
r(P,"Tỉnh Cao Bằng","existing","Wifi công cộng khu trung tâm hành chính tỉnh","",[],[],f"Hạ tầng wifi công cộng là hạ tầng ICT ({II3a}); không có dòng 1132 tương ứng.")
r(P,"Tỉnh Lạng Sơn","planned","Xây dựng phần mềm quản lý cửa khẩu số và khai báo hàng hóa xuất nhập khẩu tại cửa khẩu Hữu Nghị","Doanh nghiệp khai báo thủ tục xuất nhập khẩu, quá cảnh; kết nối các cơ quan kiểm tra chuyên ngành tại cửa khẩu.",["B-18"],[],f"Kết nối các cơ quan với doanh nghiệp trong thủ tục hải quan và thủ tục xuất nhập khẩu là Cổng thông tin một cửa quốc gia ({B(18)}).")
r(P,"Tỉnh Lạng Sơn","existing","Phần mềm quản lý phương tiện vào bãi chờ xuất khẩu (bãi đỗ thông minh)","Đăng ký xếp hàng, thanh toán phí bãi cho xe container.",[],[],f"Bãi đỗ xe thông minh/hệ thống logistic của tỉnh có trong {RA['province']}; không phải thủ tục hải quan.")
r(P,"Tỉnh Phú Thọ","existing","Phần mềm quản lý thi đua khen thưởng","",[],[],f"'Quản lý thi đua khen thưởng' là ứng dụng hỗ trợ cơ quan nhà nước trong khung tham chiếu (Phụ lục I mục 5, mục 6 của 3090); không có dòng 1132.")
r(P,"Tỉnh Phú Thọ","planned","Đầu tư xây dựng phần mềm quản lý đề tài, nhiệm vụ KH&CN cấp tỉnh kết nối CSDL quốc gia","Quản lý nhiệm vụ KH&CN do tỉnh cấp kinh phí; đồng bộ kết quả lên hệ thống quốc gia.",["B-48"],[],f"Nền tảng số quản lý KH,CN&ĐMST quốc gia ({B(48)}) là nền tảng quản trị tập trung dùng chung; phần mềm quản lý nhiệm vụ riêng của tỉnh lặp chức năng.")
r(P,"Tỉnh Hưng Yên","existing","Sàn giao dịch việc làm tỉnh Hưng Yên (vieclamhungyen)","Kết nối cung – cầu lao động, doanh nghiệp đăng tuyển, người lao động nộp hồ sơ trực tuyến.",["B-31"],[],f"Kết nối cung – cầu lao động, giao dịch việc làm trực tuyến là Sàn giao dịch việc làm quốc gia ({B(31)}).")
r(P,"Tỉnh Hưng Yên","planned","Phần mềm ký kết, lưu trữ HĐLĐ điện tử cho doanh nghiệp KCN","Doanh nghiệp trong KCN ký hợp đồng lao động điện tử với công nhân qua nền tảng của Ban quản lý.",["B-30"],[],f"Quản lý tập trung dữ liệu hợp đồng lao động điện tử là {B(30)}.")
r(P,"Thành phố Hải Phòng","existing","ePort – Hệ thống cảng điện tử","",[],[],f"Hệ thống điều hành logistic/cảng thuộc kinh tế số của địa phương ({RA['province']}: hệ thống logistic của tỉnh); không phải TTHC hải quan.")
r(P,"Thành phố Hải Phòng","planned","Xây dựng HTTT giải quyết TTHC lĩnh vực hải quan tại chỗ cho doanh nghiệp KKT Đình Vũ","Doanh nghiệp khai tờ khai hải quan, nhận kết quả thông quan qua hệ thống của thành phố.",["B-25","B-18"],[],f"Khai báo và thông quan hải quan thuộc {B(25)} (Hải quan số) và Cổng một cửa quốc gia ({B(18)}).")
r(P,"Thành phố Cần Thơ","existing","Cổng thông tin điện tử thành phố Cần Thơ","",[],[],f"Cổng TTĐT của địa phương là kênh thông tin của cơ quan; không có dòng 1132 tương ứng (không phải {A(1)}).")
r(P,"Thành phố Cần Thơ","planned","Trợ lý ảo AI cho cán bộ – tự đầu tư GPU, tự huấn luyện LLM riêng của thành phố","Vendor đề xuất mua máy chủ GPU, fine-tune mô hình ngôn ngữ riêng để trả lời câu hỏi pháp luật, quy trình nội bộ.",["A-10"],[],f"{A(10)} là nền tảng duy nhất để địa phương xây dựng trợ lý ảo mà không đầu tư thuật toán riêng lẻ; tự đầu tư nền tảng trợ lý ảo riêng lặp mục tiêu.")
r(P,"Thành phố Cần Thơ","planned","Tùy biến tri thức địa phương cho trợ lý ảo trên nền tảng Trợ lý ảo quốc gia","Bổ sung bộ câu hỏi – đáp về thủ tục của thành phố vào trợ lý ảo dùng chung.",[],[],f"{A(10)} nêu các bộ, ngành, địa phương tùy biến trợ lý ảo của mình trên nền tảng dùng chung; đây là sử dụng.")
r(P,"Tỉnh Quảng Ngãi","existing","Phần mềm quản lý cấp phép khai thác khoáng sản, tài nguyên nước","Tiếp nhận, giải quyết hồ sơ cấp phép thuộc lĩnh vực môi trường, khoáng sản của Sở NN&MT.",["B-9"],[],f"TTHC lĩnh vực tài nguyên, môi trường thuộc HTTT giải quyết TTHC của Bộ NN&MT ({B(9)}; {B5}).")
r(P,"Tỉnh Quảng Ngãi","planned","Hệ thống quản lý dự án đầu tư công tỉnh","",[],[],f"'Quản lý dự án đầu tư' là ứng dụng hỗ trợ hoạt động cơ quan trong khung tham chiếu ({RA['province']}, ví dụ tại Phụ lục I mục 5); không có dòng 1132.")
r(P,"Tỉnh Khánh Hòa","existing","Phan mem quan ly luu tru dien tu (luu tru lich su tinh)","Số hóa, quản lý CSDL tài liệu lưu trữ lịch sử tỉnh, phục vụ độc giả tra cứu.",["B-32"],[],f"Quản lý tập trung CSDL tài liệu lưu trữ Phông lưu trữ nhà nước Việt Nam là {B(32)}.")
r(P,"Tỉnh Khánh Hòa","planned","Đầu tư hệ thống giám sát tàu cá, nhật ký khai thác điện tử eCDT","Truy xuất nguồn gốc thủy sản khai thác chống khai thác IUU.",[],[],f"Không dòng 1132 về thủy sản khai thác ({B(37)} chỉ chăn nuôi, thú y; {B(38)} trồng trọt, BVTV); phần mềm chuyên ngành theo {RA['province']}.")
r(P,"Thành phố Đà Nẵng","existing","Hệ thống họp trực tuyến tỉnh – thành phố (Cisco/Polycom)","Phục vụ họp giữa UBND TP với các phường, xã.",[],[],f"'Họp trực tuyến' được nêu trong ứng dụng hỗ trợ hoạt động cơ quan nhà nước cấp tỉnh ({RA['province']}); hạ tầng hội nghị truyền hình cấp xã ({II3a}).")
r(P,"Thành phố Đà Nẵng","expanding","Mở rộng nền tảng dữ liệu mở Đà Nẵng (opendata.danang) thành cổng dữ liệu cho các tỉnh miền Trung","",["A-07"],[],f"Công bố, cung cấp dữ liệu mở của cơ quan nhà nước là Cổng dữ liệu quốc gia ({A(7)}); mở rộng phạm vi bị {D2} hạn chế.")
r(P,"Thành phố Huế","planned","Nâng cấp CSDL di sản văn hóa cố đô: số hóa, quản lý, chia sẻ dữ liệu di tích, hiện vật","Cập nhật, chuẩn hóa, lưu trữ dữ liệu di sản; kết nối các bảo tàng, di tích trong tỉnh.",["B-44"],[],f"Quản lý, cập nhật, lưu trữ, chuẩn hóa và chia sẻ dữ liệu di sản văn hóa trên môi trường số là {B(44)}.")
r(P,"Thành phố Huế","existing","Bảo tàng số, thuyết minh tự động QR tại di tích","",[],[],f"Giải pháp chuyển đổi số du lịch (thuyết minh tự động, VR) có trong {RA['province']}.")
r(P,"Tỉnh Ninh Bình","planned","Duy trì vận hành HT tiếp công dân, quản lý đơn thư KNTC tỉnh Ninh Bình","Tiếp nhận, phân loại, xử lý đơn khiếu nại, tố cáo, kiến nghị phản ánh; theo dõi giải quyết.",["B-55"],[],f"Tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh là {B(55)}.")
r(P,"Tỉnh Ninh Bình","existing","Màn hình LED thông tin tại quảng trường và Trung tâm HCC","",[],[],f"Bảng điện tử công cộng là hạ tầng ICT ({II3a}); chỉ nói nơi đặt, không lặp nền tảng.")
r(P,"Tỉnh Bắc Ninh","planned","Phần mềm quản lý thanh tra, kiểm tra: kế hoạch thanh tra, đoàn thanh tra, kết luận, theo dõi thực hiện kết luận","Dùng cho Thanh tra tỉnh và các sở, phân quyền đến từng thanh tra viên.",["B-56"],[],f"Toàn bộ quy trình nghiệp vụ thanh tra trước, trong, sau thanh tra là Nền tảng số công tác thanh tra ({B(56)}).")
r(P,"Tỉnh Bắc Ninh","existing","MISA Mimosa.NET – kế toán HCSN các đơn vị dự toán","",[],[],f"Kế toán đơn vị là ứng dụng quản lý nguồn lực ('Quản lý tài chính, kế toán', Phụ lục I mục 5 của 3090, áp dụng tương tự {RA['province']}); không trùng {B(52)} (hệ thống ngân sách, kế toán nhà nước của KBNN).")
r(P,"Tỉnh Thái Nguyên","planned","Xây dựng kho học liệu số, thi trắc nghiệm trực tuyến dùng chung cho các trường phổ thông tỉnh (LMS)","Giáo viên giao bài, học sinh học và làm bài kiểm tra trực tuyến; AI chấm bài.",["B-36"],[],f"Đổi mới dạy, học, kiểm tra, đánh giá trong cơ sở giáo dục phổ thông là Nền tảng giáo dục thông minh quốc gia ({B(36)}).")
r(P,"Tỉnh Thái Nguyên","existing","Phần mềm quản lý trường học (SMAS, VnEdu) các trường trên địa bàn","Quản lý hồ sơ học sinh, sổ điểm, học bạ số.",["B-35"],[],f"Phục vụ quản trị các cơ sở giáo dục phổ thông là Nền tảng số quản trị giáo dục quốc gia ({B(35)}).")
r(P,"Tỉnh Đồng Nai","existing","Hệ thống thông tin giải quyết TTHC tỉnh Đồng Nai (một cửa điện tử dùng chung)","Tiếp nhận và xử lý hồ sơ TTHC của tỉnh, đồng bộ với Cổng DVCQG.",[],[],f"HTTT giải quyết TTHC cấp tỉnh hiện có được tiếp tục duy trì (ghi chú tại {RA['province']}); không tính là lặp {B(2)}.")
r(P,"Tỉnh Đồng Nai","planned","Thuê phần mềm quản lý hồ sơ người lao động nước ngoài, cấp giấy phép lao động","Cấp, gia hạn giấy phép lao động cho người nước ngoài làm việc tại KCN.",["B-5"],[],f"Cấp giấy phép lao động là TTHC lĩnh vực Bộ Nội vụ (lao động), thuộc HTTT giải quyết TTHC của Bộ Nội vụ ({B5}).")
r(P,"Tỉnh Tây Ninh","existing","CSDL tài sản công, quản lý xe ô tô công","",[],[],f"'Quản lý tài sản' là ứng dụng quản lý nguồn lực trong khung tham chiếu (Phụ lục I mục 5 của 3090); không có dòng 1132 về tài sản công (ngoài đấu giá, {B(22)}).")
r(P,"Tỉnh Tây Ninh","planned","Xây dựng hệ thống công khai dự toán, quyết toán ngân sách các cấp của tỉnh trên Internet","Công bố số liệu ngân sách tỉnh và các xã, phường cho người dân tra cứu theo Luật NSNN.",["B-26"],[],f"Công khai ngân sách của các cơ quan, đơn vị theo Luật NSNN là {B(26)}.")
r(P,"Thành phố Hồ Chí Minh","planned","Thuê dịch vụ nền tảng blockchain riêng của Thành phố để các sở triển khai hợp đồng thông minh","Chuỗi khối permissioned dùng chung cho các ứng dụng chứng thực bản sao, truy xuất nguồn gốc của TP.",["A-9"],[],f"Nền tảng chuỗi khối đa dụng để các bộ, ngành, địa phương phát triển ứng dụng là {A(9)}.")
r(P,"Thành phố Hồ Chí Minh","existing","Ứng dụng thanh toán vé điện tử xe buýt, metro","",[],[],f"'Ứng dụng quản lý thanh toán vé điện tử giao thông công cộng' có trong {RA['province']}.")
r(P,"Thành phố Hà Nội","planned","Đầu tư xây dựng hệ thống điều tra, thu thập số liệu thống kê nhà nước của thành phố (CAPI/CAWI)","Các cơ quan, xã phường nhập báo cáo thống kê, tổng hợp chỉ tiêu thống kê theo Luật Thống kê.",["A-15"],[],f"Hoạt động thống kê nhà nước từ trung ương đến địa phương theo Luật Thống kê là Nền tảng quản lý dữ liệu thống kê ({A(15)}).")
r(P,"Thành phố Hà Nội","existing","Hệ thống chiếu sáng công cộng thông minh","",[],[],f"'Hệ thống chiếu sáng thông minh' có trong {RA['province']}.")
r(P,"Tỉnh Quảng Ninh","planned","Xây dựng phần mềm quản lý, hỗ trợ doanh nghiệp: đăng ký thành lập hộ kinh doanh trực tuyến của tỉnh","Hộ kinh doanh đăng ký thành lập, thay đổi trên hệ thống của tỉnh, cấp mã số hộ kinh doanh.",["B-23"],[],f"Đăng ký thành lập doanh nghiệp, hộ kinh doanh trên toàn quốc là {B(23)}.")
r(P,"Tỉnh Quảng Ninh","existing","Trung tâm điều hành thông minh IOC Quảng Ninh – dashboard KT-XH","Tổng hợp chỉ tiêu KT-XH từ các sở, dữ liệu thời gian thực.",[],[],f"Trung tâm giám sát, điều hành thông minh cấp tỉnh có trong {RA['province']}.")
r(P,"Tỉnh Điện Biên","planned","Kết nối, đồng bộ dữ liệu hộ nghèo, đối tượng BTXH với CSDL quốc gia qua LGSP","Job đồng bộ hằng đêm.",[],[],f"Chỉ kết nối, chia sẻ qua LGSP/{A(6)}; không lặp chức năng nền tảng nào.")
r(P,"Tỉnh Phú Thọ","planned","CSDL văn bản QPPL tỉnh – tra cứu VBQPPL cho người dân, lấy ý kiến dự thảo","Hệ thống tra cứu toàn bộ VBQPPL còn hiệu lực và kênh lấy ý kiến dự thảo của tỉnh.",["A-16"],[],f"Kênh thông tin pháp luật tập trung để người dân tra cứu và lấy ý kiến dự thảo là Cổng Pháp luật quốc gia ({A(16)}).")

# ---------------- MINISTRY (50) ----------------
M = "ministry"
r(M,"Bộ Y tế","existing","Nền tảng Sổ sức khỏe điện tử (VNeID tích hợp)","Bộ Y tế vận hành nền tảng sổ sức khỏe điện tử dùng chung toàn quốc.",[],[],f"Bộ Y tế là cơ quan chủ quản {B(33)}; chủ quản vận hành nền tảng của mình không phải lặp.")
r(M,"Bộ Y tế","planned","Cục ATTP – nâng cấp HTTT và CSDL quốc gia về ATTP giai đoạn 2026–2030","",[],[],f"Cơ quan chủ quản {B(34)} nâng cấp nền tảng của mình (Điều 2 khoản 1 của 1132 cho phép nâng cấp).")
r(M,"Bộ Y tế","existing","Phần mềm quản lý đăng ký thuốc, dược liệu (DAV)","",[],[],f"Bộ Y tế là chủ quản HTTT giải quyết TTHC ngành y tế ({B(14)}); phần mềm TTHC lĩnh vực dược do chính Bộ vận hành là một phần hệ thống của chủ quản, không lặp.")
r(M,"Bộ Giáo dục và Đào tạo","existing","CSDL ngành giáo dục (csdl.moet.gov.vn) – nền tảng quản trị giáo dục","",[],[],f"Bộ GDĐT là chủ quản {B(35)}.")
r(M,"Bộ Giáo dục và Đào tạo","planned","Hệ thống thi tốt nghiệp THPT và tuyển sinh trực tuyến","Đăng ký dự thi, xét tuyển đại học trực tuyến.",[],[],f"Nghiệp vụ chuyên ngành của Bộ GDĐT ({RA['ministry']}: ứng dụng chuyên ngành đặc thù); đăng ký là TTHC thuộc {B(13)} do chính Bộ chủ quản.")
r(M,"Bộ Nông nghiệp và Môi trường","existing","Cục Chăn nuôi và Thú y – Hệ thống thông tin quốc gia về chăn nuôi, thú y","",[],[],f"Bộ NN&MT là chủ quản {B(37)}.")
r(M,"Bộ Nông nghiệp và Môi trường","planned","Đầu tư trang bị hệ thống thư điện tử riêng của Bộ cho 40 đơn vị","Máy chủ Exchange riêng cấp hộp thư @mae.gov.vn.",[],[N_MAIL],f"Thư điện tử công vụ riêng lặp Hệ thống email công vụ thống nhất ({II3c}).")
r(M,"Bộ Nông nghiệp và Môi trường","existing","Hệ thống quan trắc khí tượng thủy văn tự động, mô hình dự báo số trị","Trung tâm Dự báo KTTV quốc gia.",[],[],f"Hệ thống quan trắc, dự báo nghiệp vụ chuyên ngành; {B(39)} là phần mềm AI dùng chung do chính Bộ chủ quản; không lặp.")
r(M,"Bộ Xây dựng","planned","Cục Đường bộ – Nền tảng quản lý ITS đường bộ toàn quốc","",[],[],f"Bộ Xây dựng là chủ quản {B(54)}.")
r(M,"Bộ Xây dựng","planned","Xây dựng hệ thống lựa chọn nhà thầu qua mạng riêng của Bộ cho các dự án giao thông","Đăng tải kế hoạch lựa chọn nhà thầu, phát hành HSMT, mở thầu điện tử cho các Ban QLDA thuộc Bộ.",["B-28"],[],f"Thông tin và thực hiện đấu thầu qua mạng áp dụng với mọi đơn vị dùng vốn nhà nước là {B(28)}.")
r(M,"Bộ Văn hoá, Thể thao và Du lịch","existing","CSDL quốc gia về di sản văn hóa","",[],[],f"Bộ VHTTDL là chủ quản {B(44)}.")
r(M,"Bộ Văn hoá, Thể thao và Du lịch","planned","Nền tảng quản lý vận động viên, huấn luyện viên thể thao thành tích cao","",[],[],f"Không có dòng 1132 về thể thao; ứng dụng chuyên ngành đặc thù ({RA['ministry']}).")
r(M,"Bộ Nội vụ","existing","CSDL quốc gia về CBCCVC – Nền tảng quản lý CBCCVC","",[],[],f"Bộ Nội vụ là chủ quản {B(29)}.")
r(M,"Bộ Nội vụ","planned","Phần mềm quản lý người có công, chi trả trợ cấp ưu đãi","",[],[],f"Nghiệp vụ chuyên ngành của Bộ; không có dòng 1132 về người có công ({RA['ministry']}).")
r(M,"Bộ Tài chính","existing","Hệ thống mạng đấu thầu quốc gia (e-GP)","",[],[],f"Bộ Tài chính là chủ quản {B(28)}.")
r(M,"Bộ Tài chính","planned","Cục Thống kê – Nền tảng quản lý dữ liệu thống kê","",[],[],f"Bộ Tài chính là chủ quản {A(15)}.")
r(M,"Bộ Tài chính","existing","Hệ thống TABMIS / VDBAS – Kho bạc Nhà nước","",[],[],f"Bộ Tài chính là chủ quản {B(52)}.")
r(M,"Bộ Tư pháp","existing","Cổng Pháp luật quốc gia (phapluat.gov.vn)","",[],[],f"Bộ Tư pháp là chủ quản {A(16)}.")
r(M,"Bộ Tư pháp","planned","Phần mềm hộ tịch điện tử dùng chung","Đăng ký khai sinh, kết hôn, khai tử từ trung ương đến xã.",[],[],f"Giải quyết TTHC lĩnh vực tư pháp thuộc {B(6)} do chính Bộ Tư pháp chủ quản; Bộ triển khai hệ thống ngành mình ({B5}).")
r(M,"Bộ Dân tộc và Tôn giáo","planned","Nền tảng/CSDL dân tộc và CSDL tôn giáo","",[],[],f"Bộ DT&TG là chủ quản {B(46)} và {B(47)}.")
r(M,"Bộ Khoa học và Công nghệ","existing","Nền tảng NDXP","",[],[],f"Bộ KH&CN là chủ quản {A(6)}.")
r(M,"Bộ Khoa học và Công nghệ","planned","HTTT quốc gia về KH,CN&ĐMST","",[],[],f"Bộ KH&CN là chủ quản {B(49)}.")
r(M,"Bộ Công Thương","planned","Nền tảng quản lý thương mại và thị trường","Tích hợp dữ liệu sở giao dịch hàng hóa, xử phạt QLTT.",[],[],f"Bộ Công Thương là chủ quản {B(42)}.")
r(M,"Bộ Công Thương","existing","eCoSys – cấp C/O điện tử","",[],[],f"Cấp C/O là TTHC của Bộ Công Thương; Bộ là chủ quản {B(8)}, hệ thống của chính chủ quản không lặp.")
r(M,"Bộ Công Thương","planned","Đầu tư hệ thống tổng hợp dữ liệu xử phạt vi phạm của lực lượng QLTT các tỉnh và giá cả thị trường riêng của Vụ Thị trường trong nước","",[],[],f"Vụ thuộc chính Bộ Công Thương (chủ quản {B(42)}); là phân hệ của nền tảng chủ quản, không lặp.")
r(M,"Bộ Ngoại giao","existing","Hệ thống cấp hộ chiếu ngoại giao, công vụ; hợp pháp hóa lãnh sự","",[],[],f"TTHC của Bộ Ngoại giao thuộc {B(4)}, chính Bộ chủ quản.")
r(M,"Bộ Quốc phòng","existing","Hệ thống QLVB mật quân sự trên mạng truyền số liệu quân sự","",[],[],f"Yêu cầu đặc thù quốc phòng – ngoại lệ của {D2X}.")
r(M,"Bộ Quốc phòng","planned","Xây dựng hệ thống thư điện tử quân sự riêng","",[],[],f"Ngoại lệ quốc phòng tại {D2X}; nguyên tắc email thống nhất không áp dụng cho hệ thống quân sự đặc thù.")
r(M,"Bộ Quốc phòng","existing","Phần mềm quản lý quân nhân, công nhân viên quốc phòng","",[],[],f"Ngoại lệ quốc phòng ({D2X}); không tính là lặp {B(29)}.")
r(M,"Bộ Công an","existing","Cổng dịch vụ công Bộ Công an","",[],[],f"Bộ Công an là chủ quản {B(2)} và {A(1)}.")
r(M,"Bộ Công an","planned","Trung tâm tính toán hiệu năng cao TTDLQG","",[],[],f"Bộ Công an là chủ quản {A(11)}.")
r(M,"Ngân hàng Nhà nước Việt Nam","existing","Hệ thống thanh toán điện tử liên ngân hàng (IBPS)","",[],[],f"NHNN là chủ quản {B(50)}.")
r(M,"Ngân hàng Nhà nước Việt Nam","planned","CIC – nâng cấp HTTT tín dụng quốc gia","",[],[],f"NHNN là chủ quản {B(51)}.")
r(M,"Thanh tra Chính phủ","planned","Nền tảng số công tác kiểm soát tài sản, thu nhập","",[],[],f"Thanh tra Chính phủ là chủ quản {B(57)}.")
r(M,"Bộ Y tế","planned","Thuê dịch vụ hệ thống kê khai tài sản, thu nhập điện tử của cán bộ ngành y tế","CBCCVC kê khai tài sản, thu nhập hằng năm trên phần mềm riêng của Bộ; Vụ TCCB xác minh.",["B-57"],[],f"Kê khai, công khai, xác minh tài sản, thu nhập là {B(57)} (Thanh tra Chính phủ).")
r(M,"Bộ Giáo dục và Đào tạo","planned","Phần mềm quản lý hồ sơ viên chức, giáo viên toàn ngành (HRM giáo dục)","Quản lý lý lịch, quá trình công tác, xếp lương của giáo viên, viên chức trường học cả nước.",["B-29"],[],f"Quản lý hồ sơ CBCCVC trung ương và địa phương là {B(29)} (Bộ Nội vụ).")
r(M,"Bộ Xây dựng","existing","CSDL quốc gia về hoạt động xây dựng, nhà ở và thị trường BĐS","",[],[],f"CSDL chuyên ngành của Bộ ({II3b}); không có dòng 1132 tương ứng.")
r(M,"Bộ Nông nghiệp và Môi trường","planned","AI cảnh báo thiên tai – nền tảng dùng chung","",[],[],f"Bộ NN&MT là chủ quản {B(39)}.")
r(M,"Bộ Khoa học và Công nghệ","planned","Xây dựng sàn giao dịch công nghệ quốc gia (Techmart số)","",[],[],f"Không có dòng 1132 về giao dịch công nghệ; ứng dụng chuyên ngành ({RA['ministry']}).")
r(M,"Bộ Văn hoá, Thể thao và Du lịch","planned","Đầu tư hệ thống lưu trữ, khai thác phim tư liệu (kho phim số) của Viện Phim","",[],[],f"Ứng dụng chuyên ngành; không dòng 1132 tương ứng ({RA['ministry']}); không phải di sản văn hóa trong {B(44)} theo mô tả.")
r(M,"Bộ Tài chính","planned","Cục Thuế – HTTT quản lý thuế mới","",[],[],f"Bộ Tài chính là chủ quản {B(27)}.")
r(M,"Bộ Nội vụ","planned","Hệ thống lưu trữ tài liệu điện tử – Cục Văn thư và Lưu trữ nhà nước","",[],[],f"Bộ Nội vụ là chủ quản {B(32)}.")
r(M,"Bộ Nông nghiệp và Môi trường","planned","Đầu tư xây dựng nền tảng hợp đồng thông minh blockchain truy xuất nguồn gốc nông sản dùng chung cho các bộ, ngành","Vendor đề xuất chuỗi khối nền tảng đa dụng cho các đơn vị phát triển ứng dụng.",["A-9"],[],f"Nền tảng chuỗi khối đa dụng dùng chung là {A(9)} (Bộ Công an).")
r(M,"Bộ Công Thương","existing","Phần mềm QLVB – iOffice Bộ Công Thương, liên thông Trục văn bản quốc gia","",[],[],f"QLVB và điều hành là ứng dụng hỗ trợ của bộ ({RA['ministry']}); kết nối {A(4)} là sử dụng.")
r(M,"Bộ Y tế","planned","Xây dựng trục liên thông văn bản riêng ngành y tế kết nối tất cả cơ quan nhà nước, doanh nghiệp, bệnh viện toàn quốc","",["A-4"],[],f"Kết nối, trao đổi văn bản điện tử thống nhất toàn quốc giữa các cơ quan và mở rộng tới doanh nghiệp là Trục liên thông văn bản quốc gia ({A(4)}).")
r(M,"Bộ Khoa học và Công nghệ","planned","Bàn làm việc số (Digital Workplace) của Bộ","",[],[],f"Bàn làm việc số có trong Lớp 4 {RA['ministry']}.")
r(M,"Bộ Xây dựng","planned","Nền tảng AI cấp bộ – hạ tầng AI dùng chung trong Bộ","Cung cấp mô hình, công cụ AI cho các đơn vị thuộc Bộ, kết nối Nền tảng AI quốc gia.",[],[],f"'Nền tảng AI cấp bộ' có trong {RA['ministry']}.")
r(M,"Bộ Tài chính","existing","Cổng thông tin một cửa quốc gia (NSW)","",[],[],f"Bộ Tài chính là chủ quản {B(18)}.")

# ---------------- COMMUNE (35) ----------------
C = "commune"
r(C,"Xã Mường Nhé (Điện Biên)","existing","Truyền thanh thông minh xã (loa IP)","",[],[],f"Hệ thống truyền thanh thông minh là hạ tầng ICT cấp xã ({RA['commune']}).")
r(C,"Xã Tà Xùa (Sơn La)","existing","wifi cong cong ban Tà Xùa","",[],[],f"Hệ thống wifi công cộng là hạ tầng ICT cấp xã ({RA['commune']}).")
r(C,"Xã Tà Xùa (Sơn La)","planned","Phần mềm quản lý homestay, đặt phòng cho hộ kinh doanh du lịch cộng đồng","",[],[],f"'Giải pháp chuyển đổi số du lịch cho doanh nghiệp, hộ kinh doanh cá thể' có trong {RA['commune']}.")
r(C,"Xã Phong Thổ (Lai Châu)","planned","Phần mềm quản lý hồ sơ đảng viên chi bộ xã","Lý lịch đảng viên, chuyển sinh hoạt đảng, thống kê đảng viên.",["B-20"],[],f"Nghiệp vụ, thống kê về tổ chức, cán bộ, đảng viên là HTTT lĩnh vực tổ chức – xây dựng Đảng ({B(20)}) triển khai tập trung đến địa phương.")
r(C,"Xã Bát Xát (Lào Cai)","existing","Camera an ninh các trục đường xã","",[],[],f"Hệ thống camera an ninh là hạ tầng ICT cấp xã ({RA['commune']}).")
r(C,"Xã Bát Xát (Lào Cai)","planned","Xây dựng phần mềm quản lý đàn gia súc, tiêm phòng dịch tả lợn châu Phi của xã","Thú y viên xã cập nhật tổng đàn, tiêm phòng, ổ dịch.",["B-37"],[],f"Dịch bệnh, tiêm phòng, quản lý chăn nuôi từ trung ương đến địa phương là {B(37)}.")
r(C,"Xã Ea Kar (Đắk Lắk)","existing","Zalo OA UBND xã","Trang Zalo chính thức đăng thông báo cho người dân.",[],[],f"Kênh thông tin bổ trợ của xã ({II3d}); không lặp nền tảng nào.")
r(C,"Xã Ea Kar (Đắk Lắk)","planned","Tài khoản email riêng cho cán bộ xã (thuê Google Workspace)","",[],[N_MAIL],f"Thư điện tử công vụ triển khai dùng chung từ Trung ương đến cấp xã ({II3c}).")
r(C,"Xã Krông Nô (Lâm Đồng)","planned","Giải pháp nông nghiệp thông minh – cảm biến tưới tự động cho HTX cà phê","",[],[],f"'Giải pháp triển khai nông nghiệp thông minh cho doanh nghiệp, hộ kinh doanh' có trong {RA['commune']}.")
r(C,"Xã Ia Grai (Gia Lai)","existing","phan mem ke toan xa (MISA Bamboo)","",[],[],f"Kế toán ngân sách xã là phần mềm quản lý tài chính nội bộ; không dòng 1132 tương ứng ({B(52)} là hệ thống của KBNN mà xã kết nối).")
r(C,"Xã Ia Grai (Gia Lai)","planned","Phần mềm quản lý hộ tịch của xã (đăng ký khai sinh, khai tử)","",["B-6"],[],f"Hộ tịch là TTHC lĩnh vực tư pháp thuộc {B(6)}, dùng thống nhất đến địa phương ({B5}).")
r(C,"Phường Buôn Ma Thuột (Đắk Lắk)","existing","Bãi đỗ xe thông minh khu trung tâm","",[],[],f"'Bãi đỗ xe thông minh (nếu cấp tỉnh không triển khai tập trung)' có trong {RA['commune']}.")
r(C,"Phường Buôn Ma Thuột (Đắk Lắk)","planned","Thuê app tiếp nhận đơn thư khiếu nại, tố cáo và lịch tiếp công dân của phường","",["B-55"],[],f"Tiếp công dân, xử lý đơn khiếu nại, tố cáo là {B(55)}.")
r(C,"Xã Đất Mũi (Cà Mau)","existing","Hệ thống hội nghị truyền hình xã","",[],[],f"Hệ thống hội nghị truyền hình trực tuyến là hạ tầng ICT cấp xã ({RA['commune']}).")
r(C,"Xã Đất Mũi (Cà Mau)","planned","Phần mềm thanh toán không dùng tiền mặt cho chợ, tiểu thương (QR)","",[],[],f"'Giải pháp thanh toán điện tử/không tiền mặt' có trong {RA['commune']}; khác {B(50)} (liên ngân hàng).")
r(C,"Xã Tri Tôn (An Giang)","planned","Xây dựng CSDL hộ đồng bào Khmer, theo dõi chính sách hỗ trợ đồng bào DTTS của xã","Cập nhật hộ, nhân khẩu DTTS, kết quả thực hiện chính sách dân tộc.",["B-46"],[],f"Dữ liệu về dân tộc và kết quả thực hiện chính sách dân tộc là {B(46)}.")
r(C,"Xã Tri Tôn (An Giang)","existing","Bảng điện tử công cộng tại chợ xã","",[],[],f"Bảng điện tử công cộng là hạ tầng ICT cấp xã ({RA['commune']}).")
r(C,"Xã Tân Phú (Đồng Tháp)","planned","Phan mem quan ly vung trong lua, sau benh cua xa","",["B-38"],[],f"Quản lý trồng trọt, sinh vật gây hại cây trồng là {B(38)}.")
r(C,"Xã Long Hồ (Vĩnh Long)","existing","Kết nối phần mềm một cửa tỉnh – tài khoản cán bộ xã","",[],[],f"Xã sử dụng giải pháp dùng chung của tỉnh ({G4577}); không lặp.")
r(C,"Xã Long Hồ (Vĩnh Long)","planned","Phần mềm chấm công, quản lý hồ sơ cán bộ xã","Lưu lý lịch, quá trình công tác, nâng lương cán bộ, công chức xã.",["B-29"],[],f"Quản lý hồ sơ, lý lịch CBCC cấp xã là {B(29)}.")
r(C,"Xã Hòa Bình (Vĩnh Long)","existing","Trang TTĐT xã","",[],[],f"Trang thông tin điện tử xã là kênh thông tin; không dòng 1132 tương ứng.")
r(C,"Phường Thủ Dầu Một (TP.HCM)","planned","Xây dựng chatbot tự huấn luyện mô hình AI riêng trả lời thủ tục cho người dân phường","Tự mua máy chủ GPU đặt tại phường.",["A-10"],[],f"Địa phương xây dựng trợ lý ảo trên nền tảng {A(10)} thay vì đầu tư thuật toán riêng; cấp xã không tự xây khi đã có giải pháp dùng chung ({G4577}).")
r(C,"Phường Thủ Dầu Một (TP.HCM)","existing","Giải pháp tư vấn sức khỏe từ xa trạm y tế phường (telehealth)","",[],[],f"'Giải pháp tư vấn, chăm sóc sức khỏe từ xa' có trong {RA['commune']}.")
r(C,"Xã Mường Lát (Thanh Hóa)","planned","Lắp đặt Internet vệ tinh cho điểm bưu điện văn hóa xã","",[],[],f"Kết nối đặc thù vùng sâu, vùng xa (Internet vệ tinh) là hạ tầng ({II3a}); không lặp nền tảng.")
r(C,"Xã Mường Lát (Thanh Hóa)","planned","Xây dựng phần mềm cấp phép kinh doanh, ĐK hộ kinh doanh của xã","Cấp giấy chứng nhận đăng ký hộ kinh doanh.",["B-23"],[],f"Đăng ký hộ kinh doanh trên toàn quốc là {B(23)}.")
r(C,"Xã Kỳ Sơn (Nghệ An)","existing","Tổ công nghệ số cộng đồng – điểm hỗ trợ người dân cài VNeID","",[],[],f"Điểm hỗ trợ tại cộng đồng là kênh tiếp cận bổ trợ ({II3d}); hỗ trợ dùng {A(2)}.")
r(C,"Xã Kỳ Sơn (Nghệ An)","planned","Phần mềm quản lý trường mầm non, tiểu học trên địa bàn xã","Sổ điểm, học bạ, quản lý học sinh.",["B-35"],[],f"Quản trị cơ sở giáo dục mầm non, phổ thông và quản lý nhà nước về GDĐT đến xã/phường là {B(35)}.")
r(C,"Xã Na Hang (Tuyên Quang)","existing","Cameras + IoT cảnh báo lũ quét, sạt lở","",[],[],f"Hệ thống IoT là hạ tầng ICT cấp xã ({RA['commune']}); cảm biến không phải nền tảng AI {B(39)}.")
r(C,"Xã Sa Thầy (Quảng Ngãi)","planned","Phần mềm quản lý phòng khám, tiêm chủng trạm y tế xã và sổ tiêm chủng điện tử cho trẻ","",["B-33"],[],f"Thông tin tiêm chủng được tích hợp vào {B(33)}.")
r(C,"Phường Hải Châu (Đà Nẵng)","planned","Ứng dụng thương mại điện tử cho hộ kinh doanh, sản phẩm OCOP phường","",[],[],f"'Giải pháp cho thương mại điện tử' có trong {RA['commune']}.")
r(C,"Phường Hải Châu (Đà Nẵng)","planned","Xây dựng cổng tiếp nhận phản ánh kiến nghị, khiếu nại tố cáo trực tuyến của phường và CSDL đơn thư","",["B-55"],[],f"Tiếp nhận, xử lý kiến nghị, phản ánh, khiếu nại, tố cáo và CSDL tập trung lĩnh vực này là {B(55)}.")
r(C,"Xã Tam Đường (Lai Châu)","existing","HT quan trắc môi trường xã (nếu tỉnh chưa triển khai)","",[],[],f"'Hệ thống quan trắc và giám sát môi trường (nếu cấp tỉnh không triển khai tập trung)' có trong {RA['commune']}.")
r(C,"Xã Tam Đường (Lai Châu)","planned","Đầu tư mua sắm phần mềm quản lý công chức, viên chức, hồ sơ điện tử cán bộ cho khối xã","",["B-29"],[],f"Quản lý CBCCVC trung ương đến địa phương là {B(29)}.")

# ---------------- PARTY (20) ----------------
PA = "party"
r(PA,"Văn phòng Trung ương Đảng","existing","HTTT điều hành tác nghiệp trong các cơ quan Đảng","",[],[],f"VPTW Đảng là chủ quản {B(19)}.")
r(PA,"Văn phòng Trung ương Đảng","existing","HTTT lĩnh vực tổ chức – xây dựng Đảng","",[],[],f"VPTW Đảng là chủ quản {B(20)}.")
r(PA,"Tỉnh ủy Đắk Lắk","planned","Xây dựng phần mềm gửi nhận văn bản mật riêng của Tỉnh ủy đến các đảng ủy xã","Gửi, nhận, xử lý văn bản đến độ Tối mật toàn trình từ tỉnh đến xã.",["B-19"],[],f"Gửi, nhận, xử lý văn bản toàn trình tới độ Tối mật từ trung ương đến cấp xã là {B(19)}.")
r(PA,"Tỉnh ủy Đắk Lắk","existing","Ứng dụng Đảng viên số (triển khai của VPTW)","",[],[],f"'Ứng dụng Đảng viên số' có trong {RA['party']}.")
r(PA,"Tỉnh ủy Sơn La","planned","Phan mem quan ly dang vien","",["B-20"],[],f"Nghiệp vụ, thống kê về tổ chức, cán bộ, đảng viên là {B(20)}.")
r(PA,"Tỉnh ủy Sơn La","existing","Hệ thống thu thập, tổng hợp thông tin trên Internet (dư luận xã hội)","",[],[],f"'Hệ thống thu thập, tổng hợp thông tin trên Internet' có trong {RA['party']}.")
r(PA,"Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai","planned","Nền tảng tuyên truyền, quản lý báo cáo viên, nắm bắt dư luận xã hội","",[],[],f"Hệ thống chuyên ngành lĩnh vực Tuyên giáo và Dân vận có trong {RA['party']}.")
r(PA,"Ủy ban Kiểm tra Tỉnh ủy Gia Lai","existing","Phần mềm quản lý hồ sơ kiểm tra, giám sát, kỷ luật đảng","",[],[],f"Lĩnh vực Kiểm tra, giám sát, kỷ luật Đảng có trong {RA['party']}; không dòng 1132 tương ứng.")
r(PA,"Văn phòng Tỉnh ủy Cà Mau","planned","Thuê dịch vụ phần mềm theo dõi việc thực hiện nghị quyết, kết luận của Trung ương và Tỉnh ủy","Theo dõi tiến độ, đánh giá kết quả thực hiện nghị quyết, chỉ thị, kết luận đến cơ sở.",["B-21"],[],f"Theo dõi, đánh giá thực hiện nghị quyết, chỉ thị, kết luận của Trung ương tại cơ quan Đảng đến cơ sở là {B(21)}.")
r(PA,"Văn phòng Tỉnh ủy Cà Mau","existing","Ứng dụng hỗ trợ Đại hội Đảng bộ tỉnh (tài liệu, biểu quyết)","",[],[],f"'Các ứng dụng hỗ trợ Đại hội Đảng các cấp' có trong {RA['party']}.")
r(PA,"Tỉnh ủy An Giang","planned","Xây dựng hệ thống xử lý thủ tục hành chính của Đảng trực tuyến (chuyển sinh hoạt đảng, cấp thẻ đảng viên)","",["B-1"],[],f"Giải quyết TTHC của Đảng trên môi trường điện tử là {B(1)}.")
r(PA,"Đảng ủy xã Mường Khương (Lào Cai)","existing","Kết nối mạng diện rộng của Đảng đến xã","",[],[],f"Mạng thông tin diện rộng của Đảng là hạ tầng dùng chung ({II3a}); kết nối là sử dụng.")
r(PA,"Tỉnh ủy Lâm Đồng","planned","Đầu tư mạng WAN riêng bảo mật kết nối Tỉnh ủy với MTTQ và các đoàn thể thay thế mạng TSLCD","",[],[N_TSL],f"Mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước là thành phần dùng chung Lớp 1 ({II3a}).")
r(PA,"Tỉnh ủy Lâm Đồng","existing","Trung tâm dữ liệu Tỉnh ủy (hiện có)","",[],[],f"Trung tâm dữ liệu của Đảng dùng cái hiện có ({RA['party']}).")
r(PA,"Ban Tổ chức Tỉnh ủy Điện Biên","planned","Phần mềm quản lý cán bộ diện Ban Thường vụ quản lý, quy hoạch, luân chuyển","",["B-20"],[],f"Tổ chức, cán bộ trong cơ quan Đảng thuộc {B(20)}.")
r(PA,"Văn phòng Thành ủy Cần Thơ","existing","Dashboard điều hành của Thành ủy","",[],[],f"Bảng thông tin điều hành của cơ quan Đảng có trong Lớp 4 {RA['party']}.")
r(PA,"Văn phòng Thành ủy Cần Thơ","planned","Hệ thống email nội bộ Thành ủy (@cantho.dcs.vn) tự vận hành","",[],[N_MAIL],f"Hệ thống email công vụ thống nhất dùng chung trong hệ thống chính trị ({II3c}); cơ quan Đảng dùng ứng dụng dùng chung theo {RA['party']}.")
r(PA,"Ban Nội chính Tỉnh ủy Vĩnh Long","planned","Phần mềm theo dõi vụ án, vụ việc tham nhũng, tiêu cực BCĐ tỉnh theo dõi","",[],[],f"Lĩnh vực Nội chính, cải cách tư pháp là hệ thống chuyên ngành của cơ quan Đảng ({RA['party']}); {B(58)} thuộc khối nhà nước (Thanh tra CP) — không gắn.")
r(PA,"Tỉnh ủy Gia Lai","planned","Nền tảng tích hợp, chia sẻ dữ liệu của các cơ quan Đảng tỉnh","",[],[],f"'Nền tảng tích hợp, chia sẻ dữ liệu của cơ quan Đảng' có trong {RA['party']}.")
r(PA,"Đảng ủy các cơ quan Đảng tỉnh Quảng Trị","planned","Thuê phần mềm quản lý công văn, hồ sơ công việc riêng cho Đảng ủy khối (eOffice)","Gửi nhận văn bản, xử lý hồ sơ công việc giữa Đảng ủy và các chi bộ trực thuộc.",["B-19"],[],f"Gửi, nhận, xử lý văn bản trong cơ quan Đảng từ trung ương đến cấp xã là {B(19)} (đã vận hành).")

# ---------------- ASSEMBLY (12) ----------------
AS = "assembly"
r(AS,"Văn phòng Quốc hội","existing","Hệ thống phục vụ kỳ họp Quốc hội (eParliament, biểu quyết điện tử)","",[],[],f"'Ứng dụng số hỗ trợ kỳ họp Quốc hội' có trong {RA['assembly']}.")
r(AS,"Văn phòng Quốc hội","planned","Xây dựng hệ thống công bố, đăng tải chính thống toàn văn VBQPPL (công báo điện tử) riêng của Quốc hội","",["A-17"],[],f"Công bố VBQPPL chính thống, dùng chung cho tất cả các cơ quan là Hệ thống Công báo điện tử ({A(17)}).")
r(AS,"Văn phòng Quốc hội","existing","App ĐBQH – tài liệu họp, tương tác cử tri","",[],[],f"'Ứng dụng số hỗ trợ tương tác với công dân, cử tri, ĐBQH' có trong {RA['assembly']}.")
r(AS,"Văn phòng Quốc hội","planned","Thuê hệ thống email công vụ riêng cho đại biểu Quốc hội và cán bộ VPQH","",[],[N_MAIL],f"Email công vụ thống nhất dùng chung toàn hệ thống chính trị ({II3c}).")
r(AS,"Văn phòng Quốc hội","existing","Hệ thống tiếp nhận, xử lý đơn thư công dân gửi đến Quốc hội (Ban Dân nguyện)","",[],[],f"Lĩnh vực Công tác dân nguyện là hệ thống chuyên ngành của Quốc hội ({RA['assembly']}); {B(55)} là nền tảng của khối hành chính (Thanh tra CP).")
r(AS,"Đoàn ĐBQH và HĐND tỉnh Sơn La","planned","Phần mềm tổng hợp ý kiến, kiến nghị cử tri","",[],[],f"Nhóm ứng dụng tương tác cử tri / công tác dân nguyện của {RA['assembly']}.")
r(AS,"Đoàn ĐBQH và HĐND tỉnh Cà Mau","planned","Đầu tư hệ thống giám sát chuyên đề của HĐND (quản lý đoàn giám sát, kiến nghị sau giám sát)","",[],[],f"Lĩnh vực Giám sát là hệ thống chuyên ngành của khối Quốc hội ({RA['assembly']}); không phải thanh tra nhà nước {B(56)}.")
r(AS,"Văn phòng Quốc hội","planned","Nền tảng tích hợp, chia sẻ dữ liệu của Quốc hội","",[],[],f"Có trong Lớp 2 {RA['assembly']}.")
r(AS,"Văn phòng Quốc hội","planned","Xây dựng CSDL, phần mềm quản lý hồ sơ công chức, người lao động VPQH tự vận hành","Quản lý lý lịch, quá trình công tác, lương của công chức VPQH.",["B-29"],[],f"Quản lý hồ sơ CBCCVC là {B(29)}; {RA['assembly']} không liệt kê quản lý cán bộ riêng.")
r(AS,"Đoàn ĐBQH và HĐND tỉnh Gia Lai","existing","Phòng họp không giấy HĐND tỉnh (e-Cabinet)","",[],[],f"Nhóm ứng dụng hỗ trợ kỳ họp/hoạt động nội bộ theo {RA['assembly']}.")
r(AS,"Văn phòng Quốc hội","planned","Lấy ý kiến nhân dân về dự thảo luật trên Cổng TTĐT Quốc hội","",[],[],f"Nhóm ứng dụng hỗ trợ tương tác với công dân của Quốc hội ({RA['assembly']}); lĩnh vực Lập pháp.")

# ---------------- FRONT (12) ----------------
F = "front"
r(F,"Ủy ban Trung ương MTTQ Việt Nam","planned","Nền tảng giám sát và phản biện xã hội số","",[],[],f"Lĩnh vực Giám sát và phản biện xã hội có trong {RA['front']}.")
r(F,"Ủy ban MTTQ tỉnh Điện Biên","existing","Phần mềm quản lý Quỹ Vì người nghèo, vận động cứu trợ","",[],[],f"Lĩnh vực Đoàn kết – tập hợp nhân dân / vận động có trong {RA['front']}.")
r(F,"Ủy ban MTTQ tỉnh Gia Lai","planned","Xây dựng email công vụ riêng @mattran.gialai cho cán bộ Mặt trận, đoàn thể","",[],[N_MAIL],f"Email công vụ thống nhất triển khai dùng chung ({II3c}).")
r(F,"Hội Nông dân tỉnh Đồng Tháp","existing","App tư vấn kỹ thuật canh tác cho hội viên","",[],[],f"Nhóm ứng dụng tương tác với nhân dân của {RA['front']}.")
r(F,"Tỉnh đoàn Cà Mau","planned","Ứng dụng Thanh niên Việt Nam – quản lý đoàn viên","",[],[],f"Nhóm ứng dụng hỗ trợ nghiệp vụ chuyên ngành của MTTQ và đoàn thể ({RA['front']}); không dòng 1132 (B-20 dành cho đảng viên).")
r(F,"Liên đoàn Lao động tỉnh Hưng Yên","planned","Đầu tư sàn việc làm công đoàn – kết nối doanh nghiệp tuyển dụng với đoàn viên thất nghiệp","",["B-31"],[],f"Kết nối cung – cầu lao động, giao dịch việc làm trực tuyến là {B(31)}.")
r(F,"Hội Liên hiệp Phụ nữ tỉnh An Giang","existing","Phần mềm quản lý hội viên phụ nữ","",[],[],f"Ứng dụng nghiệp vụ của tổ chức chính trị – xã hội thuộc MTTQ ({RA['front']}).")
r(F,"Ủy ban MTTQ tỉnh Vĩnh Long","planned","Kho dữ liệu dùng chung và dashboard của MTTQ tỉnh","",[],[],f"Nền tảng tổng hợp, phân tích dữ liệu và Dashboard có trong {RA['front']}.")
r(F,"Ủy ban Trung ương MTTQ Việt Nam","planned","Nền tảng số tiếp nhận ý kiến, kiến nghị cử tri và nhân dân","",[],[],f"Nhóm ứng dụng số tương tác với nhân dân; lĩnh vực tham gia xây dựng Đảng, Nhà nước ({RA['front']}).")

# ---------------- OTHER (20) ----------------
O = "other"
r(O,"Tòa án nhân dân tối cao","existing","Hệ thống quản lý án, công khai bản án","",[],[],f"HTTT chuyên ngành của TANDTC ({RA['other']}).")
r(O,"Tòa án nhân dân tối cao","planned","Tòa án điện tử – nộp đơn khởi kiện trực tuyến","",[],[],f"Nghiệp vụ chuyên ngành tư pháp của Tòa án ({RA['other']}); không dòng 1132 tương ứng.")
r(O,"Viện kiểm sát nhân dân tối cao","planned","Thuê dịch vụ hệ thống thư điện tử ngành Kiểm sát tự vận hành","",[],[N_MAIL],f"Email công vụ thống nhất dùng chung ({II3c}); {RA['other']} dùng ứng dụng dùng chung của điểm c.")
r(O,"Viện kiểm sát nhân dân tối cao","existing","Phần mềm quản lý án hình sự, thống kê tội phạm","",[],[],f"HTTT chuyên ngành VKSNDTC ({RA['other']}).")
r(O,"Kiểm toán nhà nước","planned","Nền tảng kiểm toán điện tử, kho dữ liệu kiểm toán","",[],[],f"Ứng dụng chuyên ngành cơ quan khác trong hệ thống chính trị ({RA['other']}); không phải {B(56)} (thanh tra).")
r(O,"Đài Truyền hình Việt Nam","existing","VTVGo","",[],[],f"VTV là chủ quản {B(61)}.")
r(O,"Đài Truyền hình Việt Nam","existing","VTV Rating – đo lường khán giả","",[],[],f"VTV là chủ quản {B(62)}.")
r(O,"Đài Tiếng nói Việt Nam","planned","Nền tảng phát thanh số quốc gia (VOV)","",[],[],f"VOV là chủ quản {B(60)}.")
r(O,"Đài Phát thanh – Truyền hình tỉnh Đắk Lắk","planned","Xây dựng ứng dụng OTT xem truyền hình trực tuyến riêng của Đài tỉnh (DRT Play)","Phát trực tiếp và xem lại các kênh truyền hình của Đài trên Internet.",["B-61"],[],f"{B(61)} dùng chung cho tất cả các đài truyền hình trung ương và địa phương phát trên Internet.")
r(O,"Đài PT-TH tỉnh Sơn La","planned","Mua hệ thống đo lường rating khán giả riêng (set-top box panel)","",["B-62"],[],f"Đo lường hành vi khán giả xem truyền hình cho tất cả các kênh là {B(62)}.")
r(O,"Bảo hiểm xã hội Việt Nam","existing","Hệ thống giám định BHYT, cổng tiếp nhận dữ liệu KCB","",[],[],f"HTTT nghiệp vụ chuyên ngành; không có dòng 1132 về BHXH.")
r(O,"Ban Cơ yếu Chính phủ","existing","Hệ thống chứng thực chữ ký số chuyên dùng công vụ","",[],[],f"Ban Cơ yếu là chủ quản hệ thống chứng thực chữ ký số chuyên dùng ({II3a}); cũng thuộc ngoại lệ cơ yếu ({D2X}).")
r(O,"Ban Cơ yếu Chính phủ","planned","Giải pháp mã hóa dữ liệu cho phần mềm gửi nhận văn bản mật","",[],[],f"Ngoại lệ cơ yếu ({D2X}); giải pháp bảo mật Lớp 1 ({II3a}).")
r(O,"Trường Đại học Tây Nguyên","planned","Hệ thống e-learning, LMS Moodle cho sinh viên","",[],[],f"Nghiệp vụ đào tạo đại học; {B(36)} chỉ phạm vi mầm non, phổ thông, GDTX, không gồm đại học.")
r(O,"Trường Đại học Cần Thơ","existing","Phần mềm quản lý đề tài NCKH cấp trường","",[],[],f"'Quản lý khoa học và công nghệ' là ứng dụng hỗ trợ hoạt động nội bộ trong khung tham chiếu (3090 Phụ lục I mục 5; mục 4 cho cơ quan khác); phạm vi một trường, không phải nền tảng quốc gia {B(48)}.")
r(O,"Trường Chính trị tỉnh Điện Biên","planned","Xây dựng hệ thống CA riêng cấp chứng thư số cho cán bộ, giảng viên ký văn bản","",[],[N_CKS],f"Chứng thực chữ ký số cho văn bản, giao dịch trong hệ thống chính trị là Hệ thống chứng thực chữ ký số chuyên dùng công vụ ({II3a}).")
r(M,"Thanh tra Chính phủ","planned","Nền tảng số công tác tiếp công dân, xử lý đơn KNTC","",[],[],f"Thanh tra Chính phủ là chủ quản {B(55)}.")
r(O,"Bảo hiểm xã hội Việt Nam","planned","Xây dựng nền tảng giao dịch việc làm trực tuyến cho người hưởng trợ cấp thất nghiệp","Kết nối người lao động hưởng trợ cấp thất nghiệp với doanh nghiệp tuyển dụng trên toàn quốc.",["B-31"],[],f"Giao dịch việc làm trực tuyến, kết nối cung – cầu lao động toàn quốc là {B(31)}.")
r(O,"Tòa án nhân dân tối cao","planned","Đầu tư xây dựng hệ thống bán đấu giá tài sản thi hành án trực tuyến riêng","Niêm yết, thông báo đấu giá tài sản kê biên.",["B-22"],[],f"Đăng tải thông báo, niêm yết công khai và quản lý các cuộc đấu giá tài sản là {B(22)}.")
r(O,"Viện kiểm sát nhân dân tối cao","planned","Kết nối chia sẻ dữ liệu với CSDL quốc gia về dân cư qua NDXP","",[],[],f"Sử dụng {A(6)}; không lặp.")

# ---------------- extra rows: vendor names, multi-system cells, budget lines, retiring ----------------
r(P,"Tỉnh Sơn La","existing","VNPT iGate","Một cửa điện tử và DVC trực tuyến của tỉnh, đồng bộ trạng thái hồ sơ lên Cổng DVCQG.",[],[],f"Là HTTT giải quyết TTHC cấp tỉnh hiện có, được duy trì theo ghi chú tại {RA['province']}; đồng bộ với {A(1)} là sử dụng.")
r(P,"Tỉnh Điện Biên","existing","Viettel vOffice","Quản lý văn bản điều hành các sở, UBND xã.",[],[],f"QLVB và điều hành là ứng dụng hỗ trợ hoạt động cơ quan nhà nước ({RA['province']}); không dòng 1132 (A-04 là trục liên thông giữa các cơ quan).")
r(P,"Tỉnh Lai Châu","retiring","Phần mềm quản lý văn bản, HSCV, lịch công tác và thư điện tử nội bộ (gói FPT.eGov 2018)","Dừng phân hệ thư điện tử nội bộ khi chuyển sang email công vụ thống nhất; giữ phân hệ QLVB.",[],[N_MAIL],f"Phân hệ thư điện tử nội bộ lặp Hệ thống email công vụ thống nhất ({II3c}); QLVB/HSCV thuộc {RA['province']} không lặp.")
r(P,"Tỉnh Gia Lai","existing","Phần mềm quản lý KCB TTYT khu vực, phần mềm kê đơn điện tử và phần mềm kết nối liên thông đơn thuốc quốc gia","",[],[],f"Phần mềm chuyên môn cơ sở y tế và bộ kết nối gửi dữ liệu lên hệ thống của Bộ Y tế; không lặp {B(33)} hay {B(34)}.")
r(P,"Tỉnh Đắk Lắk","retiring","Phần mềm quản lý hồ sơ sức khỏe điện tử toàn dân (2019), Phần mềm quản lý tiêm chủng mở rộng và Phần mềm theo dõi bệnh không lây nhiễm","Chuyển dữ liệu sang Sổ sức khỏe điện tử.",["B-33"],[],f"Hồ sơ sức khỏe cá nhân và tiêm chủng là {B(33)} (đã tích hợp Hệ thống quản lý thông tin tiêm chủng quốc gia).")
r(P,"Tỉnh Đồng Tháp","planned","Kinh phí duy trì vận hành: Phần mềm quản lý thi đua khen thưởng, Phần mềm quản lý tài sản công và Phần mềm quản lý dự án đầu tư công năm 2027","",[],[],f"Ba phần mềm đều là ứng dụng hỗ trợ hoạt động/quản lý nguồn lực được liệt kê trong khung tham chiếu (3090 Phụ lục I mục 5, áp dụng cấp tỉnh theo {RA['province']}); không dòng 1132.")
r(P,"Tỉnh An Giang","retiring","Cong thong tin viec lam An Giang (vieclam.angiang)","",["B-31"],[],f"Kết nối cung – cầu lao động, giao dịch việc làm trực tuyến là Sàn giao dịch việc làm quốc gia ({B(31)}).")
r(P,"Tỉnh Vĩnh Long","planned","Thuê dịch vụ Bkav eGov – hệ thống gửi thông báo qua SMS, Zalo cho người dân khi hồ sơ TTHC có kết quả","",[],[],f"Kênh nhắn tin thông báo bổ trợ ({II3d}); không phải hộp thư điện tử tiếp nhận thông báo (thành phần {II3c}) và không lặp {A(1)}.")
r(P,"Tỉnh Cà Mau","planned","Đầu tư xây dựng hệ thống hộp thư điện tử cho công dân để nhận thông báo, kết quả giải quyết từ các cơ quan nhà nước của tỉnh","Mỗi người dân được cấp một địa chỉ email @camau.gov.vn để nhận văn bản, thông báo của chính quyền.",[],[N_NOTI],f"Hệ thống thư điện tử phục vụ tiếp nhận thông báo do cơ quan nhà nước gửi đến là thành phần dùng chung ({II3c}), không phải dòng 1132.")
r(P,"Tỉnh Hà Tĩnh","retiring","CMC CA – chứng thư số cho cá nhân cán bộ","Trước đây thuê CA công cộng cấp chữ ký số cho lãnh đạo ký văn bản; chuyển sang chứng thư số của Ban Cơ yếu.",[],[N_CKS],f"Chứng thực chữ ký số cho văn bản trong cơ quan hệ thống chính trị là Hệ thống chứng thực chữ ký số chuyên dùng công vụ ({II3a}).")
r(P,"Tỉnh Quảng Ngãi","existing","Ký số từ xa cho cán bộ qua Cổng kết nối dịch vụ CKS công cộng (tích hợp vào iOffice)","",[],[],f"Tích hợp ký số, sử dụng thành phần dùng chung ({II3a}); không lặp.")
r(P,"Tỉnh Phú Thọ","existing","Phần mềm cấp phù hiệu xe, giấy phép kinh doanh vận tải bằng ô tô (Sở Xây dựng)","Giải quyết TTHC lĩnh vực đường bộ của Sở.",["B-10"],[],f"TTHC lĩnh vực giao thông đường bộ thuộc ngành Xây dựng, thuộc {B(10)} dùng thống nhất đến địa phương ({B5}).")
r(P,"Tỉnh Lào Cai","planned","Phần mềm quản lý di tích, lễ hội và hồ sơ di sản văn hóa phi vật thể của tỉnh (Sa Pa, Bắc Hà)","",["B-44"],[],f"Quản lý, cập nhật, lưu trữ dữ liệu di sản văn hóa là {B(44)}.")
r(P,"Tỉnh Lào Cai","existing","Ứng dụng du lịch thông minh Sa Pa – thuyết minh đa ngôn ngữ, bản đồ điểm đến","",[],[],f"Giải pháp chuyển đổi số du lịch phục vụ du khách ({RA['province']}).")
r(P,"Tỉnh Khánh Hòa","planned","Nâng cấp, mở rộng Cổng TTĐT tỉnh: tích hợp chuyên mục công khai ngân sách, lịch tiếp công dân, hỏi đáp","Cổng đăng liên kết và nhúng số liệu từ các nền tảng quốc gia.",[],[],f"Cổng TTĐT chỉ hiển thị/liên kết; không tự thực hiện chức năng {B(26)} hay {B(55)}.")
r(P,"Tỉnh Tây Ninh","planned","Thuê dịch vụ CNTT Hệ thống dạy học trực tuyến – kiểm tra đánh giá học sinh THCS/THPT (VNPT E-Learning)","",["B-36"],[],f"Dạy, học, kiểm tra, đánh giá trong cơ sở giáo dục phổ thông là {B(36)}.")
r(P,"Tỉnh Bắc Ninh","planned","Hệ thống e-learning bồi dưỡng cán bộ, công chức tỉnh về nghiệp vụ QLNN","Khóa học nội bộ về kỹ năng soạn thảo, nghiệp vụ chuyên môn cho công chức.",[],[],f"Bồi dưỡng nghiệp vụ nội bộ, không phải học trực tuyến mở đại trà cho mọi đối tượng ({N_BDHV}, {II3c}) và không phải {B(36)} (mầm non, phổ thông).")
r(P,"Tỉnh Hưng Yên","retiring","PM quản lý cán bộ, PM quản lý viên chức sự nghiệp GD, PM quản lý hợp đồng lao động khối hành chính","Dừng khi Nền tảng quản lý CBCCVC quốc gia vận hành.",["B-29"],[],f"Quản lý CBCCVC ở trung ương và địa phương là {B(29)}.")
r(M,"Bộ Y tế","retiring","Hệ thống quản lý thông tin tiêm chủng quốc gia (tách riêng)","Đã tích hợp vào Sổ sức khỏe điện tử.",[],[],f"Bộ Y tế là chủ quản {B(33)}; hệ thống tiêm chủng được tích hợp vào nền tảng của chính Bộ.")
r(M,"Bộ Giáo dục và Đào tạo","existing","Hệ thống học liệu số, ngân hàng câu hỏi, thi trực tuyến phổ thông (igiaoduc)","",[],[],f"Bộ GDĐT là chủ quản {B(36)}.")
r(M,"Bộ Nông nghiệp và Môi trường","planned","Cục Trồng trọt và BVTV – Nền tảng quốc gia về trồng trọt và BVTV","",[],[],f"Bộ NN&MT là chủ quản {B(38)}.")
r(M,"Bộ Công Thương","planned","Thuê dịch vụ phần mềm quản lý, cấp phép sàn đấu giá hàng hóa và đấu giá tài sản thanh lý của Bộ","Đăng thông báo, niêm yết công khai, tổ chức đấu giá tài sản công dư thừa.",["B-22"],[],f"Niêm yết và quản lý cuộc đấu giá, bán tài sản công dư thừa là {B(22)} (Bộ Công an).")
r(M,"Bộ Tài chính","retiring","Phần mềm quản lý hồ sơ cán bộ (HRM) của Cục Hải quan, Cục Thuế, KBNN","",["B-29"],[],f"Quản lý hồ sơ CBCCVC là {B(29)} (Bộ Nội vụ); Bộ Tài chính không phải chủ quản.")
r(M,"Bộ Dân tộc và Tôn giáo","existing","Cổng TTĐT Bộ, chuyên mục hỏi đáp chính sách","",[],[],f"Kênh thông tin của bộ; không lặp {B(46)} hay {B(47)}.")
r(M,"Bộ Tư pháp","planned","Nền tảng số pháp luật Việt Nam (xây dựng VBQPPL, pháp chế)","",[],[],f"Bộ Tư pháp là chủ quản {B(43)}.")
r(M,"Bộ Văn hoá, Thể thao và Du lịch","planned","Cục Du lịch QG – Nền tảng Quản trị và Kinh doanh du lịch","",[],[],f"Bộ VHTTDL là chủ quản {B(45)}.")
r(M,"Bộ Xây dựng","planned","Xây dựng CSDL văn bản pháp luật ngành xây dựng, phần mềm soạn thảo, lấy ý kiến, thẩm định dự thảo VBQPPL và rà soát hệ thống hóa văn bản","",["B-43"],[],f"Xây dựng VBQPPL, kiểm tra, rà soát, hệ thống hóa VBQPPL dùng chung cho mọi cơ quan là Nền tảng số pháp luật Việt Nam ({B(43)}).")
r(M,"Bộ Nông nghiệp và Môi trường","planned","Phần mềm kiểm kê khí nhà kính và giám sát phát thải ngành chăn nuôi","",[],[],f"Kiểm kê khí nhà kính trong chăn nuôi được nêu trong phạm vi {B(37)} do chính Bộ NN&MT chủ quản; phân hệ của chủ quản, không lặp.")
r(C,"Xã Mộc Châu (Sơn La)","existing","Phần mềm một cửa (dùng chung của tỉnh), phần mềm QLVB tỉnh và phần mềm kế toán xã","",[],[],f"Xã dùng giải pháp dùng chung của tỉnh ({G4577}); kế toán xã là ứng dụng nội bộ; không lặp dòng 1132.")
r(C,"Xã Phú Quốc (An Giang)","planned","Thuê hệ thống thư điện tử và lưu trữ đám mây Microsoft 365 cho UBND đặc khu","",[],[N_MAIL],f"Thư điện tử công vụ thống nhất triển khai đến cấp xã ({II3c}).")
r(C,"Xã Cái Nước (Cà Mau)","retiring","PM quản lý hộ nghèo, PM thống kê chỉ tiêu KT-XH xã","Chỉ tiêu thống kê nhập trực tiếp trên hệ thống thống kê quốc gia.",["A-15"],[],f"Thực hiện hoạt động thống kê nhà nước từ trung ương đến địa phương là {A(15)}; phần mềm hộ nghèo là nghiệp vụ khác nhưng ô ghi chung, phân hệ thống kê chỉ tiêu lặp {A(15)}.")
r(C,"Xã Si Ma Cai (Lào Cai)","planned","Đầu tư hệ thống truy xuất nguồn gốc lợn bản, gà đen cho HTX","",["B-37"],[],f"Truy xuất nguồn gốc động vật, sản phẩm động vật là chức năng {B(37)}.")
r(C,"Xã Đắk Mil (Lâm Đồng)","existing","Nhóm Zalo điều hành UBND xã, camera, loa","",[],[],f"Hạ tầng ICT cấp xã và kênh trao đổi; không lặp dòng 1132 ({RA['commune']}).")
r(PA,"Tỉnh ủy Lai Châu","retiring","Phần mềm quản lý hồ sơ đảng viên cũ (2012)","Chuyển dữ liệu sang HTTT lĩnh vực tổ chức – xây dựng Đảng.",["B-20"],[],f"Quản lý đảng viên thuộc {B(20)}.")
r(PA,"Văn phòng Tỉnh ủy Đồng Tháp","existing","Hệ thống báo cáo tổng hợp, phân tích, dự báo của Tỉnh ủy","",[],[],f"'Hệ thống thông tin báo cáo tổng hợp, phân tích, dự báo' có trong {RA['party']}.")
r(AS,"Văn phòng Quốc hội","retiring","Hệ thống công báo Quốc hội (đăng văn bản luật, nghị quyết chính thức)","",["A-17"],[],f"Công bố VBQPPL chính thống dùng chung là {A(17)}.")
r(F,"Ủy ban MTTQ tỉnh Cà Mau","retiring","phan mem quan ly cong van MTTQ cu","",[],[],f"QLVB nội bộ là nhóm ứng dụng hỗ trợ hoạt động nội bộ ({RA['front']}); không dòng 1132 cho khối Mặt trận.")
r(O,"Kiểm toán nhà nước","expanding","Mở rộng hệ thống họp trực tuyến nội bộ KTNN đến các KTNN khu vực","",[],[],f"Nhóm ứng dụng hỗ trợ hoạt động nội bộ ({RA['other']}); hạ tầng hội nghị truyền hình.")



r(P,"Tỉnh Gia Lai","planned","Xây dựng HTTT KH&CN tỉnh: CSDL nhà khoa học, đề tài, công bố, sáng chế và tổ chức KH&CN; thư viện số KH&CN","Thu thập, lưu trữ, chia sẻ thông tin KH&CN trên địa bàn, cho phép tra cứu công khai.",["B-49"],[],f"Thu thập, lưu trữ, chia sẻ, khai thác thông tin KH,CN&ĐMST thống nhất toàn quốc là {B(49)}.")
r(P,"Tỉnh Sơn La","planned","Phần mềm rà soát, hệ thống hóa VBQPPL và quản lý công tác pháp chế (Sở Tư pháp)","Theo dõi rà soát văn bản, hệ thống hóa định kỳ, tự kiểm tra văn bản do HĐND, UBND tỉnh ban hành.",["B-43"],[],f"Kiểm tra, rà soát, hệ thống hóa VBQPPL và hoạt động pháp chế dùng chung từ trung ương đến địa phương là {B(43)}.")
r(P,"Tỉnh Cà Mau","planned","Thuê giải pháp AI mô phỏng tác động biến đổi khí hậu, nước biển dâng cho quy hoạch vùng ven biển","Bộ công cụ và mô hình AI dự báo kịch bản BĐKH do tỉnh tự đặt hàng.",["B-40"],[],f"Phần mềm AI dùng chung hỗ trợ nghiệp vụ ứng phó biến đổi khí hậu là {B(40)}.")
r(C,"Xã Ea H'leo (Đắk Lắk)","planned","PM quan ly thu thue ho kinh doanh, khoan thue","",["B-27"],[],f"Quản lý thuế (kể cả thuế hộ kinh doanh) thuộc Hệ thống thông tin quản lý thuế ({B(27)}).")
r(P,"Tỉnh Vĩnh Long","planned","Phần mềm CSDL về phòng, chống tham nhũng, tiêu cực của Thanh tra tỉnh","Số hóa hồ sơ vụ việc, cập nhật, lưu trữ dữ liệu công tác PCTN của các sở, xã.",["B-58"],[],f"Số hóa quy trình, cập nhật, lưu trữ dữ liệu công tác PCTNLPTC là {B(58)}.")
r(M,"Bộ Giáo dục và Đào tạo","planned","Xây dựng cổng việc làm kết nối sinh viên tốt nghiệp với nhà tuyển dụng toàn quốc","Doanh nghiệp đăng tin, sinh viên ứng tuyển trực tuyến; thống kê cung – cầu lao động qua đào tạo.",["B-31"],[],f"Kết nối cung – cầu lao động, giao dịch việc làm trực tuyến toàn quốc là {B(31)} (Bộ Nội vụ).")
r(C,"Xã Mường Tè (Lai Châu)","planned","Phần mềm quản lý hoạt động tín ngưỡng, tôn giáo, điểm nhóm sinh hoạt tôn giáo tập trung trên địa bàn xã","",["B-47"],[],f"Quản lý, cập nhật, báo cáo dữ liệu về tín ngưỡng, tôn giáo là {B(47)}.")
r(M,"Bộ Công Thương","planned","Đầu tư nền tảng giao kết, lưu trữ hợp đồng lao động điện tử cho doanh nghiệp ngành công thương","Vendor đề xuất: e-contract platform, ký số, lưu trữ tập trung dữ liệu HĐLĐ, định danh các bên.",["B-30"],[],f"Quản lý tập trung dữ liệu HĐLĐ điện tử và định danh chủ thể giao kết là {B(30)} (Bộ Nội vụ).")

r(F,"Ủy ban MTTQ tỉnh Lào Cai","planned","Thuê dịch vụ chatbot AI riêng (tự huấn luyện mô hình) giải đáp chính sách cho nhân dân","Nhà cung cấp dựng mô hình ngôn ngữ riêng trên máy chủ thuê, trả lời câu hỏi của người dân qua Zalo.",["A-10"],[],f"{A(10)} là nền tảng duy nhất để các cơ quan xây dựng trợ lý ảo, không đầu tư thuật toán riêng lẻ; tự dựng mô hình riêng lặp mục tiêu.")
r(F,"Ủy ban MTTQ tỉnh Quảng Trị","existing","App Mặt trận số – đăng nhập bằng tài khoản VNeID","Người dân đăng nhập qua VNeID để gửi ý kiến tới Mặt trận.",[],[],f"Đăng nhập bằng VNeID là sử dụng {A(2)}/{A(3)}; nhóm ứng dụng tương tác với nhân dân của {RA['front']}.")

DESC = {
"Kiosk tra cứu hồ sơ TTHC": "Máy kiosk màn hình cảm ứng, quét mã biên nhận để xem tình trạng hồ sơ; dữ liệu lấy từ hệ thống một cửa.",
"LIS, PACS BVĐK tỉnh": "Hệ thống xét nghiệm (LIS) kết nối máy phân tích và PACS lưu ảnh CT, MRI, X-quang.",
"Trang thông tin điện tử Ban Dân tộc": "Đăng tin hoạt động, văn bản chỉ đạo về công tác dân tộc, tôn giáo.",
"Mở rộng kho dữ liệu dùng chung tỉnh": "Bổ sung 12 nguồn dữ liệu chuyên ngành vào DWH, xây thêm 20 báo cáo Power BI cho lãnh đạo.",
"Phần mềm quản lý khám chữa bệnh trạm y tế xã": "PM HIS tuyến xã: đón tiếp, kê đơn, xuất thuốc, đẩy XML 4210 lên cổng giám định BHYT.",
"Nâng cấp hệ thống điều khiển đèn": "Bổ sung 15 nút giao, điều khiển theo lưu lượng từ trung tâm điều hành giao thông TP.",
"Wifi công cộng khu trung tâm": "Phát sóng miễn phí quanh Trung tâm phục vụ HCC, công viên.",
"Phần mềm quản lý thi đua khen thưởng": "qly ho so de nghi khen thuong, so vang",
"ePort – Hệ thống cảng điện tử": "Đăng ký giao nhận container, thanh toán cước điện tử cho các doanh nghiệp cảng.",
"Hệ thống quản lý dự án đầu tư công tỉnh": "Theo dõi kế hoạch vốn, giải ngân, tiến độ các dự án ĐTC do tỉnh quản lý.",
"Mở rộng nền tảng dữ liệu mở Đà Nẵng": "Cho phép các tỉnh miền Trung đăng tải, công bố bộ dữ liệu mở và danh mục dịch vụ chia sẻ dữ liệu lên cùng cổng.",
"Màn hình LED thông tin": "Trình chiếu thông tin tuyên truyền, lịch tiếp dân, mã QR dịch vụ công cho người dân.",
"MISA Mimosa.NET": "Dự toán năm 2027: 180 triệu đồng phí bản quyền, bảo trì cho 42 đơn vị.",
"Ứng dụng thanh toán vé điện tử": "Vé QR, thẻ không tiếp xúc cho xe buýt và tuyến metro số 1.",
"Cục ATTP – nâng cấp HTTT": "Bổ sung phân hệ hậu kiểm, kết nối dữ liệu của Sở Y tế các tỉnh.",
"Phần mềm quản lý đăng ký thuốc": "Cục Quản lý Dược tiếp nhận hồ sơ đăng ký lưu hành thuốc, cấp số đăng ký.",
"Cục Chăn nuôi và Thú y – Hệ thống": "Hệ thống của Cục thu thập dữ liệu đàn vật nuôi, dịch bệnh, thuốc thú y từ các tỉnh.",
"Nền tảng quản lý vận động viên": "Hồ sơ VĐV, HLV đội tuyển, chế độ dinh dưỡng, kết quả thi đấu.",
"Phần mềm quản lý người có công": "Hồ sơ người có công, quyết định trợ cấp, danh sách chi trả qua bưu điện.",
"Hệ thống mạng đấu thầu quốc gia (e-GP)": "Vận hành muasamcong.gov.vn; nâng cấp phân hệ mua sắm tập trung.",
"Hệ thống TABMIS / VDBAS": "Quản lý ngân sách, kế toán nhà nước; chuyển đổi sang VDBAS.",
"Nền tảng NDXP": "Trục tích hợp, chia sẻ dữ liệu quốc gia; duy trì vận hành năm 2027.",
"Đầu tư hệ thống tổng hợp dữ liệu xử phạt": "Vụ thuộc Bộ xây dựng phân hệ giá cả và xử phạt trên nền tảng thương mại và thị trường của Bộ.",
"Hệ thống cấp hộ chiếu ngoại giao": "Cục Lãnh sự tiếp nhận hồ sơ trực tuyến, trả kết quả.",
"Hệ thống QLVB mật quân sự": "Gửi, nhận văn bản mật giữa các quân khu, quân chủng trên mạng quân sự, mã hóa của Ban Cơ yếu.",
"Xây dựng hệ thống thư điện tử quân sự riêng": "Hộp thư cho quân nhân trên mạng truyền số liệu quân sự, tách biệt Internet.",
"Phần mềm quản lý quân nhân": "Quản lý hồ sơ sĩ quan, QNCN, công nhân viên quốc phòng; độ mật.",
"Trung tâm tính toán hiệu năng cao TTDLQG": "Hạ tầng GPU phục vụ phân tích dữ liệu lớn, AI quy mô quốc gia.",
"Nền tảng số công tác kiểm soát tài sản": "Kê khai, công khai, xác minh tài sản thu nhập trên môi trường số.",
"CSDL quốc gia về hoạt động xây dựng": "Thu thập dữ liệu nhà ở, thị trường bất động sản từ các Sở Xây dựng.",
"Xây dựng sàn giao dịch công nghệ quốc gia": "Kết nối cung cầu công nghệ, chào bán kết quả nghiên cứu, tư vấn chuyển giao.",
"Đầu tư hệ thống lưu trữ, khai thác phim": "Số hóa phim nhựa, lưu trữ bản master, cho phép khai thác có thu phí.",
"Hệ thống lưu trữ tài liệu điện tử – Cục Văn thư": "Cục triển khai nền tảng lưu trữ số tập trung cho các cơ quan.",
"Phần mềm QLVB – iOffice Bộ Công Thương": "VNPT iOffice, ký số, gửi nhận văn bản với các bộ, tỉnh qua Trục.",
"Xây dựng trục liên thông văn bản riêng ngành y tế": "Gửi nhận văn bản điện tử giữa Bộ Y tế, các Sở Y tế, bệnh viện, doanh nghiệp dược và mọi cơ quan nhà nước khác.",
"Bàn làm việc số (Digital Workplace)": "Một giao diện cho cán bộ: văn bản, lịch họp, công việc, kho tài liệu, trợ lý GenAI.",
"Truyền thanh thông minh xã": "28 cụm loa IP điều khiển qua phần mềm, nhận tin từ HTTT nguồn tỉnh.",
"Phần mềm quản lý homestay": "Hỗ trợ hộ dân làm du lịch cộng đồng nhận đặt phòng, thanh toán QR.",
"Tài khoản email riêng cho cán bộ xã": "Cán bộ dùng gmail cá nhân, đề xuất thuê Google Workspace 25 tài khoản.",
"Giải pháp nông nghiệp thông minh": "Cảm biến độ ẩm đất, tưới nhỏ giọt tự động cho HTX.",
"Phần mềm quản lý hộ tịch của xã": "Xã đề xuất mua phần mềm riêng để đăng ký, in trích lục khai sinh, khai tử.",
"Bãi đỗ xe thông minh khu trung tâm": "Cảm biến chỗ trống, app đặt chỗ, thanh toán online.",
"Thuê app tiếp nhận đơn thư": "Ghi sổ tiếp dân, nhận đơn qua app, theo dõi thời hạn giải quyết.",
"Phần mềm thanh toán không dùng tiền mặt": "Mã QR thu phí chợ, tiểu thương nhận thanh toán chuyển khoản.",
"Trang TTĐT xã": "dang tin, thong bao cua UBND xa",
"Giải pháp tư vấn sức khỏe từ xa": "Bác sĩ tuyến tỉnh tư vấn qua video cho bệnh nhân tại trạm y tế.",
"Lắp đặt Internet vệ tinh": "3 điểm bản vùng cao chưa có cáp quang.",
"Tổ công nghệ số cộng đồng": "Hỗ trợ người dân kích hoạt định danh mức 2, nộp hồ sơ trên Cổng DVCQG.",
"Phần mềm quản lý phòng khám, tiêm chủng trạm y tế xã": "Trạm y tế nhập mũi tiêm, lịch tiêm cho trẻ, in sổ tiêm chủng riêng của xã.",
"Ứng dụng thương mại điện tử cho hộ kinh doanh": "Gian hàng số cho sản phẩm OCOP, liên kết sàn TMĐT.",
"HT quan trắc môi trường xã": "Trạm đo bụi, tiếng ồn tại cụm công nghiệp xã.",
"HTTT điều hành tác nghiệp trong các cơ quan Đảng": "Gửi nhận văn bản đến độ Tối mật, triển khai đến đảng ủy xã.",
"HTTT lĩnh vực tổ chức – xây dựng Đảng": "CSDL đảng viên, tổ chức đảng, cán bộ diện BCT, BBT quản lý.",
"Ứng dụng Đảng viên số": "App cho đảng viên: sinh hoạt chi bộ, tài liệu, học tập nghị quyết.",
"Hệ thống thu thập, tổng hợp thông tin trên Internet": "Thu thập tin bài báo chí, mạng xã hội về tỉnh, phân loại sắc thái.",
"Nền tảng tuyên truyền, quản lý báo cáo viên": "Danh sách báo cáo viên, tài liệu tuyên truyền, khảo sát dư luận.",
"Phần mềm quản lý hồ sơ kiểm tra, giám sát": "Theo dõi các cuộc kiểm tra, giám sát, thi hành kỷ luật đảng viên.",
"Ứng dụng hỗ trợ Đại hội Đảng bộ tỉnh": "Tài liệu điện tử, điểm danh, bầu cử điện tử tại Đại hội.",
"Kết nối mạng diện rộng của Đảng đến xã": "Kéo đường truyền mạng diện rộng của Đảng đến 64 đảng ủy xã.",
"Đầu tư mạng WAN riêng bảo mật": "Tỉnh ủy thuê kênh riêng, thiết bị mã hóa, dùng cho kết nối với Ủy ban MTTQ và các đoàn thể tỉnh thay cho mạng TSLCD.",
"Trung tâm dữ liệu Tỉnh ủy (hiện có)": "Duy trì vận hành phòng máy chủ Tỉnh ủy, thay UPS, điều hòa.",
"Dashboard điều hành của Thành ủy": "Biểu đồ tình hình thực hiện nghị quyết, chỉ tiêu KT-XH cho Thường trực Thành ủy.",
"Hệ thống email nội bộ Thành ủy": "Máy chủ mail Zimbra riêng, 600 hộp thư cho cán bộ các ban đảng.",
"Phần mềm theo dõi vụ án, vụ việc tham nhũng": "Ban Chỉ đạo cấp tỉnh về PCTN theo dõi vụ án, vụ việc tham nhũng, tiêu cực.",
"Nền tảng tích hợp, chia sẻ dữ liệu của các cơ quan Đảng tỉnh": "Kết nối CSDL các ban đảng, chia sẻ với LGSP tỉnh.",
"Hệ thống phục vụ kỳ họp Quốc hội": "Tài liệu phiên họp, đăng ký phát biểu, biểu quyết điện tử tại hội trường.",
"App ĐBQH – tài liệu họp": "Ứng dụng di động cho đại biểu nhận tài liệu, lịch họp, ý kiến cử tri.",
"Thuê hệ thống email công vụ riêng cho đại biểu": "Thuê dịch vụ email @quochoi riêng, 2.000 hộp thư.",
"Hệ thống tiếp nhận, xử lý đơn thư công dân gửi đến Quốc hội": "Ban Dân nguyện phân loại, chuyển đơn, theo dõi trả lời của cơ quan có thẩm quyền.",
"Phần mềm tổng hợp ý kiến, kiến nghị cử tri": "Tổng hợp ý kiến cử tri sau tiếp xúc trước, sau kỳ họp, gửi các bộ ngành trả lời.",
"Đầu tư hệ thống giám sát chuyên đề của HĐND": "Quản lý kế hoạch giám sát, báo cáo, kiến nghị sau giám sát của Thường trực HĐND tỉnh.",
"Phòng họp không giấy HĐND tỉnh": "Máy tính bảng cho đại biểu, tài liệu kỳ họp điện tử.",
"Nền tảng giám sát và phản biện xã hội số": "Quản lý các cuộc giám sát, phản biện của MTTQ các cấp.",
"Phần mềm quản lý Quỹ Vì người nghèo": "Tiếp nhận ủng hộ, phân bổ hỗ trợ, công khai thu chi quỹ.",
"Xây dựng email công vụ riêng @mattran": "Máy chủ thư riêng đặt tại MTTQ tỉnh cho 450 cán bộ.",
"App tư vấn kỹ thuật canh tác cho hội viên": "Hội viên hỏi đáp kỹ sư nông nghiệp, xem giá nông sản.",
"Ứng dụng Thanh niên Việt Nam": "Quản lý đoàn viên, sổ đoàn điện tử, điểm rèn luyện.",
"Đầu tư sàn việc làm công đoàn": "Doanh nghiệp đăng tin tuyển dụng, đoàn viên mất việc nộp hồ sơ trực tuyến trên toàn tỉnh.",
"Phần mềm quản lý hội viên phụ nữ": "danh sach hoi vien, hoi phi, chi hoi",
"Nền tảng số tiếp nhận ý kiến, kiến nghị cử tri": "Cử tri gửi ý kiến, MTTQ tổng hợp chuyển đến Quốc hội, HĐND.",
"Hệ thống quản lý án, công khai bản án": "Quản lý thụ lý, giải quyết án; đăng bản án trên Cổng công bố bản án.",
"Tòa án điện tử – nộp đơn khởi kiện": "Đương sự nộp đơn, tài liệu, nhận thông báo tố tụng trực tuyến.",
"Thuê dịch vụ hệ thống thư điện tử ngành Kiểm sát": "Email @vks cho kiểm sát viên 3 cấp, thuê máy chủ riêng.",
"Phần mềm quản lý án hình sự, thống kê tội phạm": "Theo dõi án từ khởi tố đến xét xử, thống kê tội phạm liên ngành.",
"Nền tảng kiểm toán điện tử": "Hồ sơ kiểm toán điện tử, kho dữ liệu đơn vị được kiểm toán, phân tích rủi ro.",
"VTVGo": "Nền tảng OTT phát các kênh truyền hình trung ương và địa phương.",
"Hệ thống giám định BHYT": "Tiếp nhận dữ liệu khám chữa bệnh từ các cơ sở, giám định chi phí.",
"Hệ thống chứng thực chữ ký số chuyên dùng công vụ": "Cấp chứng thư số cho cơ quan, cá nhân trong hệ thống chính trị.",
"Hệ thống e-learning, LMS Moodle": "Bài giảng, bài tập, thi kết thúc học phần trực tuyến cho sinh viên.",
"Phần mềm quản lý đề tài NCKH cấp trường": "Đăng ký, xét duyệt, nghiệm thu đề tài của giảng viên, sinh viên.",
"Xây dựng hệ thống CA riêng": "Tự dựng máy chủ CA (EJBCA) cấp chứng thư số cho 120 cán bộ, giảng viên để ký văn bản.",
"Kết nối chia sẻ dữ liệu với CSDL quốc gia về dân cư": "Xác thực thông tin nhân thân bị can, bị cáo qua NDXP.",
"Kinh phí duy trì vận hành: Phần mềm quản lý thi đua": "Dòng dự toán 2027: 350 triệu đồng cho bảo trì, thuê hạ tầng ba phần mềm.",
"Thuê dịch vụ Bkav eGov": "Gửi tin nhắn tự động khi hồ sơ có kết quả, kèm đường dẫn tra cứu trên Cổng DVCQG.",
"Ký số từ xa cho cán bộ": "Tích hợp ký số từ xa trên điện thoại vào phần mềm QLVB.",
"Ứng dụng du lịch thông minh Sa Pa": "Thuyết minh 5 ngôn ngữ, bản đồ bản làng, gợi ý lịch trình.",
"Thuê dịch vụ CNTT Hệ thống dạy học trực tuyến": "Giải pháp all-in-one: lớp học ảo, ngân hàng đề, chấm trắc nghiệm AI, báo cáo học lực cho 180 trường.",
"Cổng TTĐT Bộ, chuyên mục hỏi đáp chính sách": "Người dân gửi câu hỏi về chính sách dân tộc, Bộ trả lời công khai.",
"Phần mềm kiểm kê khí nhà kính": "Phân hệ của nền tảng chăn nuôi thú y do Cục Chăn nuôi và Thú y xây dựng.",
"Phần mềm một cửa (dùng chung của tỉnh)": "Xa dung chung PM cua tinh, chi tra phi ke toan",
"Thuê hệ thống thư điện tử và lưu trữ đám mây Microsoft 365": "Đặc khu đề xuất thuê 60 tài khoản Exchange Online, OneDrive.",
"Đầu tư hệ thống truy xuất nguồn gốc lợn bản": "Gắn tem QR, ghi nhận tiêm phòng, xuất chuồng của đàn vật nuôi.",
"Hệ thống báo cáo tổng hợp, phân tích, dự báo của Tỉnh ủy": "Tổng hợp báo cáo của các đảng bộ trực thuộc, phân tích xu hướng.",
"Hệ thống công báo Quốc hội": "Đăng văn bản chính thức; dừng khi Công báo điện tử dùng chung vận hành.",
"phan mem quan ly cong van MTTQ cu": "thay bang PM moi",
"Mở rộng hệ thống họp trực tuyến nội bộ KTNN": "Thêm 8 điểm cầu tại KTNN khu vực.",
"Xây dựng hệ thống công bố, đăng tải chính thống": "Cổng đăng toàn văn luật, nghị quyết có giá trị như bản gốc, cho mọi cơ quan tra cứu bản chính thống.",
"Mua hệ thống đo lường rating khán giả riêng": "Lắp thiết bị đo tại 500 hộ để đo tỷ suất người xem các kênh của Đài.",
"Phan mem quan ly dang vien": "",
"Phần mềm quản lý cán bộ diện Ban Thường vụ": "Hồ sơ, quy hoạch, luân chuyển, đánh giá cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý.",
"Xây dựng hệ thống xử lý thủ tục hành chính của Đảng": "Đảng viên nộp hồ sơ chuyển sinh hoạt đảng, đề nghị cấp lại thẻ đảng trực tuyến.",
"Phần mềm quản lý hồ sơ cán bộ, công chức cơ quan Hội": "Hội tự mua phần mềm quản lý lý lịch, quá trình công tác, nâng lương công chức cơ quan Hội.",
"Phần mềm quản lý cấp phép khai thác khoáng sản": None,
"Cong thong tin viec lam An Giang": "",
"Phần mềm quản lý hồ sơ cán bộ, công chức tỉnh (PMQLCB)": "Chuyển dữ liệu sang Nền tảng quản lý CBCCVC quốc gia rồi dừng.",
"Phần mềm quản lý hồ sơ cán bộ (HRM) của Cục Hải quan": "Ba hệ thống HRM riêng, dừng sau khi dữ liệu lên nền tảng CBCCVC.",
"Xây dựng CSDL văn bản pháp luật ngành xây dựng": "Đề xuất dự án 2027: soạn thảo, lấy ý kiến, thẩm định dự thảo VBQPPL; rà soát, hệ thống hóa văn bản của Bộ.",
"Phần mềm quản lý di tích, lễ hội": "Số hóa hồ sơ di tích, di sản phi vật thể; cập nhật, chia sẻ dữ liệu di sản với các bảo tàng.",
}
STATUS = {
"Nâng cấp hệ thống điều khiển đèn": "expanding",
"Nâng cấp CSDL di sản văn hóa cố đô": "expanding",
"CIC – nâng cấp HTTT tín dụng quốc gia": "expanding",
"Cục ATTP – nâng cấp HTTT": "expanding",
"Nâng cấp, mở rộng Cổng TTĐT tỉnh": "expanding",
"Duy trì vận hành HT tiếp công dân": "existing",
"Nâng cấp phần mềm quản lý đấu giá": "expanding",
"Xây dựng trung tâm quản lý điều hành giao thông tuyến cao tốc": "planned",
}
_rows = []
for row in ROWS:
    row = list(row)
    for k, v in DESC.items():
        if row[3].startswith(k) and v and not row[4]:
            row[4] = v; break
    for k, v in STATUS.items():
        if row[3].startswith(k): row[2] = v
    _rows.append(tuple(row))
ROWS[:] = _rows

BLANK = ["Hệ thống mạng đấu thầu quốc gia (e-GP)","Hệ thống TABMIS / VDBAS","Nền tảng NDXP","Nền tảng Sổ sức khỏe điện tử","Cục Chăn nuôi và Thú y","Nền tảng quản lý thương mại và thị trường","Nền tảng số công tác kiểm soát tài sản","VTVGo","Hệ thống giám định BHYT","Hệ thống chứng thực chữ ký số chuyên dùng công vụ","Lắp đặt Internet vệ tinh","HT quan trắc môi trường xã","Bãi đỗ xe thông minh khu trung tâm","Truyền thanh thông minh xã","Hệ thống quản lý dự án đầu tư công tỉnh","Ứng dụng thanh toán vé điện tử","Cục ATTP – nâng cấp HTTT","Trung tâm tính toán hiệu năng cao"]
ROWS[:] = [tuple(list(r_[:4]) + [""] + list(r_[5:])) if any(r_[3].startswith(b) for b in BLANK) else r_ for r_ in ROWS]

# ---------------- build ----------------
import re as _re
def norm_id(x):
    g, n = x.split("-"); return f"{g}-{int(n):02d}"
VALID = {f"A-{i:02d}" for i in range(1, 18)} | {f"B-{i:02d}" for i in range(1, 63)}
ABOUT = (
 "Viết tay từ văn bản nguồn, không đọc mã hay dữ liệu nhãn của dự án. Nguồn: 1132/QĐ-TTg (Điều 2, Phụ lục II mục A STT 1–17 = A-01…A-17, mục B STT 1–62 = B-01…B-62, đánh số theo STT của văn bản); "
 "3090/QĐ-BKHCN (Phần II mục 3 điểm a–d: thành phần dùng chung; Phụ lục I mục 1–7: khung tham chiếu Đảng, Quốc hội, MTTQ, cơ quan khác, cấp bộ, cấp tỉnh, cấp xã); 5441 và 4577/BKHCN (hướng dẫn, mục 3 đối với địa phương); 05-QĐ/BCĐTW (mô hình bốn lớp). "
 "Quy tắc: (1) expected = dòng 1132 mà thành phần lặp chức năng, mục tiêu và phạm vi (Điều 2 khoản 2), xét theo mô tả chức năng chứ không theo từ ngữ; "
 "(2) cơ quan chủ quản vận hành, nâng cấp nền tảng của mình hoặc phân hệ của nó → []; "
 "(3) thành phần mà khung tham chiếu Phụ lục I 3090 cho loại cơ quan đó tự xây (LGSP, kho dữ liệu dùng chung, QLVB, dashboard, IOC, HTTT nguồn, bản đồ số nông nghiệp, đèn giao thông, bãi đỗ xe, hạ tầng ICT xã…) → []; "
 "(4) bộ kết nối, đăng nhập, đồng bộ, ký số tích hợp, kênh hỗ trợ dùng một nền tảng quốc gia → []; "
 "(5) kiosk, màn hình, wifi, cổng/trang TTĐT, kênh Zalo… chỉ nói nơi đặt hay đối tượng phục vụ → []; "
 "(6) hệ thống TTHC của một ngành do tỉnh/xã tự làm → dòng B của bộ quản lý ngành đó (B-02…B-17, theo B-05: mỗi bộ triển khai hệ thống ngành mình dùng thống nhất đến địa phương); riêng HTTT giải quyết TTHC cấp tỉnh dùng chung hiện có → [] (ghi chú Phụ lục I mục 6); "
 "(7) hệ thống quốc phòng, an ninh, cơ yếu đặc thù → [] (ngoại lệ Điều 2 khoản 2); "
 "(8) expected_national = tên thành phần Phần II mục 3 của 3090 không có trong 1132 (email công vụ thống nhất, thư điện tử tiếp nhận thông báo, Bình dân học vụ số, chứng thực chữ ký số chuyên dùng, mạng TSLCD) khi thành phần lặp nó; "
 "(9) nhãn theo chức năng bất kể trạng thái hay thời điểm vận hành của nền tảng (Điều 2 khoản 3 chỉ hoãn việc thay thế); ô liệt kê nhiều hệ thống được gắn nhãn theo hệ thống lặp trong ô; "
 "(10) trường hợp văn bản không phân định rõ (báo cáo, họp trực tuyến, phản ánh hiện trường, một cửa cấp tỉnh mở rộng, CSDL đất đai…) bị loại khỏi bộ.")
cases = []
for i, (kind, agency, status, name, desc, exp, nat, why) in enumerate(ROWS, 1):
    e = [norm_id(x) for x in exp]
    cases.append({"id": f"J{i:03d}", "kind": kind, "agency": agency, "status": status, "name": name,
                  "description": desc, "expected": e, "expected_national": nat, "why": why})
def nfc(o):
    if isinstance(o, str): return unicodedata.normalize("NFC", o)
    if isinstance(o, list): return [nfc(x) for x in o]
    if isinstance(o, dict): return {k: nfc(v) for k, v in o.items()}
    return o
data = nfc({"about": ABOUT, "cases": cases})
for c in data["cases"]:
    assert all(x in VALID for x in c["expected"]), c
    assert c["status"] in {"existing","planned","expanding","retiring"}
if __name__ == "__main__":
    with open("/work/dev5/overlap_dev5.json", "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    cs = data["cases"]
    print(len(cs), collections.Counter(c["kind"] for c in cs), collections.Counter(c["status"] for c in cs))
    pos = sum(1 for c in cs if c["expected"] or c["expected_national"])
    print("positives", pos, round(pos/len(cs),2), "empty desc", sum(1 for c in cs if not c["description"]))
