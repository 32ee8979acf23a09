# -*- coding: utf-8 -*-
"""Build /work/dev9/overlap_dev9.json from hand-written rows.
Platform ids are parsed from 1132/QĐ-TTg Phụ lục II (seed 004) so every expected id is checked."""
import json, re, unicodedata, glob, collections

SEED = glob.glob('/work/shared/seeds/004_*.txt')[0]

def parse_1132():
    txt = open(SEED, encoding='utf-8').read().splitlines()
    plats, group = {}, None
    for ln in txt:
        if ln.startswith('A. Nhóm'): group = 'A'
        elif ln.startswith('B. Nhóm'): group = 'B'
        if group is None: continue
        c = ln.split('\t')
        if len(c) >= 5 and c[0].strip().isdigit():
            pid = f"{group}-{int(c[0]):02d}"
            plats[pid] = (c[1].strip(), c[3].strip())
    return plats

P = parse_1132()
assert len([k for k in P if k[0] == 'A']) == 17 and len([k for k in P if k[0] == 'B']) == 62, len(P)

def A(n):
    nm, ow = P[f"A-{n:02d}"]; return f"1132/QĐ-TTg Phụ lục II mục A STT {n} ({nm}; chủ quản {ow})"
def B(n):
    nm, ow = P[f"B-{n:02d}"]; return f"1132/QĐ-TTg Phụ lục II mục B STT {n} ({nm}; chủ quản {ow})"
D2 = "1132/QĐ-TTg Điều 2 khoản 2"
EXC = "1132/QĐ-TTg Điều 2 khoản 2 (ngoại lệ: yêu cầu đặc thù về quốc phòng, an ninh, cơ yếu)"
TTHC = "1132/QĐ-TTg Phụ lục II mục B STT 5 (mỗi cơ quan cấp bộ triển khai HTTT giải quyết TTHC thuộc ngành, lĩnh vực mình, sử dụng thống nhất từ trung ương đến địa phương); 4577/BKHCN mục 1 (HTTT giải quyết TTHC của bộ kéo dài tới các địa phương)"
def PL(m, layer):
    lvl = {1: 'cơ quan Đảng', 2: 'Quốc hội', 3: 'Mặt trận Tổ quốc Việt Nam', 4: 'cơ quan, tổ chức khác', 5: 'cấp bộ', 6: 'cấp tỉnh', 7: 'cấp xã'}[m]
    return f"3090/QĐ-BKHCN Phụ lục I mục {m} (Khung kiến trúc số tham chiếu {lvl}) {layer}"
P3a = "3090/QĐ-BKHCN Phần II mục 3 điểm a (Lớp 1)"
P3b = "3090/QĐ-BKHCN Phần II mục 3 điểm b (Lớp 2)"
P3c = "3090/QĐ-BKHCN Phần II mục 3 điểm c (Lớp 3)"
P3d = "3090/QĐ-BKHCN Phần II mục 3 điểm d (Lớp 4)"
X4577 = "4577/BKHCN mục 3 (địa phương)"

# 3090 Phần II mục 3 national components that are not 1132 rows (document's own names)
N_EMAIL = "Hệ thống thư điện tử (email) công vụ thống nhất"
N_NOTIFY = "Hệ thống thư điện tử phục vụ tiếp nhận thông báo do cơ quan nhà nước gửi đến"
N_TSLCD = "Mạng Truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước (Mạng TSLCD)"
N_PWAN = "Mạng thông tin diện rộng của Đảng"
N_CA = "Hệ thống chứng thực chữ ký số chuyên dùng công vụ"
N_CAGW = "Cổng kết nối dịch vụ chứng thực chữ ký số công cộng"
N_VAPEX = "Nền tảng trao đổi giao diện lập trình ứng dụng quốc gia (V-APEX)"
N_MAP = "Bản đồ số quốc gia và hệ thống mã bưu chính"
N_AI = "Nền tảng phân tích dữ liệu lớn và trí tuệ nhân tạo dùng chung (Nền tảng AI)"
N_BDHV = "Nền tảng Bình dân học vụ số"
NATIONAL = [N_EMAIL, N_NOTIFY, N_TSLCD, N_PWAN, N_CA, N_CAGW, N_VAPEX, N_MAP, N_AI, N_BDHV]

def strip(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return ''.join(ch for ch in unicodedata.normalize('NFD', s) if unicodedata.category(ch) != 'Mn')


# Overrides (original name prefix -> (new name or None, description, new status or None)).
OVR = {
 "Thuê 40 vCPU": (None, "Hạng mục 3.2 dự toán CNTT năm 2027: thuê IaaS, đơn giá theo tháng, gồm băng thông 100 Mbps và 2 IP public.", None),
 "Bản đồ số nông nghiệp Đồng Tháp": (None, "Nền tảng WebGIS + app cho HTX: số hóa vùng trồng, nhật ký canh tác, QR truy xuất, cảnh báo thời tiết, sâu bệnh.", "expanding"),
 "Mua sắm WAF": (None, "Thiết bị WAF 2 node HA + gói scrubbing chống DDoS 10 Gbps, bản quyền 3 năm.", None),
 "Virtual assistant engine": (None, "Engine NLP + ho tro tra loi TTHC; thanh ly hop dong cuoi nam 2026.", None),
 "Đồng bộ danh mục dữ liệu mở": (None, "Job ETL hằng tuần đẩy metadata DCAT-VN và tập dữ liệu lên data.gov.vn.", None),
 "Hệ thống thông tin phục vụ chỉ đạo, điều hành tỉnh Phú Thọ": (None, "Theo dõi nhiệm vụ UBND tỉnh giao, chỉ tiêu KT-XH, số liệu từ các sở; phục vụ họp giao ban.", "expanding"),
 "Thuê kênh TSLCD cấp II": (None, "Kênh 50 Mbps/xã, VNPT cung cấp, kết nối về TTDL tỉnh.", None),
 "Xây dựng phần mềm cấp giấy phép xây dựng trực tuyến tỉnh Quảng Ngãi": (None, "Nhận hồ sơ xin phép xây dựng, thẩm định bản vẽ, cấp giấy phép điện tử có mã QR cho công trình trên địa bàn.", None),
 "Hệ thống điều khiển đèn tín hiệu": (None, "32 nút giao, bộ điều khiển thích ứng theo lưu lượng, trung tâm điều khiển tại Sở Xây dựng.", None),
 "Tích hợp đăng nhập VNeID": (None, "Tích hợp OIDC với VNeID mức 2 cho đăng nhập của người dân; không lưu mật khẩu.", None),
 "Trung tâm giám sát, điều hành thông minh (IOC) tỉnh Lào Cai": (None, "Giám sát giao thông, du lịch Sa Pa, phản ánh hiện trường, camera; 12 phân hệ chuyên đề.", "expanding"),
 "Phần mềm quản lý an toàn thực phẩm ngành Công Thương": (None, "Tiếp nhận hồ sơ tự công bố, cấp GCN cơ sở đủ điều kiện ATTP thuộc ngành Công Thương, hậu kiểm.", None),
 "Xây dựng phần mềm tiếp công dân, xử lý đơn thư": ("Ngừng phần mềm tiếp công dân, xử lý đơn thư khiếu nại, tố cáo tỉnh Sơn La (bản 2019)", "Sổ tiếp công dân, phân loại đơn, theo dõi giải quyết khiếu nại, tố cáo của các sở và xã; chuyển dữ liệu sang nền tảng của Thanh tra Chính phủ.", "retiring"),
 "Phần mềm quản lý cuộc thanh tra": (None, "Theo dõi kế hoạch thanh tra, quyết định, kết luận, kiến nghị xử lý và đôn đốc thực hiện.", None),
 "Hệ thống quản lý bản kê khai tài sản": (None, "Nhập bản kê khai, so sánh biến động tài sản qua các năm, chọn ngẫu nhiên người để xác minh.", None),
 "Wifi công cộng khu cửa khẩu": (None, "Phục vụ người dân, lái xe chờ thông quan; 20 access point.", None),
 "Ninh Binh Smart Tourism": (None, "App cho du khach: tour ao 360 Trang An, thuyet minh tu dong 5 ngon ngu, dat ve.", None),
 "Phần mềm quản lý cơ sở tôn giáo": (None, "Quản lý cơ sở thờ tự, chức sắc, chức việc, hoạt động tín ngưỡng trên địa bàn.", None),
 "Đồng bộ học bạ số": (None, "API đẩy dữ liệu học bạ cuối năm từ vnEdu/SMAS về CSDL của Bộ GD&ĐT.", None),
 "Xây dựng nền tảng blockchain tỉnh Lai Châu": (None, "Mạng Hyperledger Fabric riêng 4 node, smart contract cho các sở phát triển ứng dụng xác thực.", None),
 "Phần mềm rà soát, hệ thống hóa VBQPPL": (None, "Theo dõi văn bản hết hiệu lực, kết quả rà soát định kỳ, tập hệ thống hóa 5 năm.", None),
 "Hệ thống quản lý hợp đồng lao động điện tử": (None, "Doanh nghiệp giao kết, lưu trữ, tra cứu hợp đồng lao động điện tử; cấp mã hợp đồng.", None),
 "Hệ thống quan trắc môi trường tự động": (None, "18 trạm tự động truyền số liệu về Sở, cảnh báo vượt ngưỡng QCVN.", None),
 "Nâng cấp hạ tầng Trung tâm dữ liệu tỉnh": (None, "Thay thế hệ thống lưu trữ hết bảo hành, mở rộng cụm ảo hóa cho các ứng dụng dùng chung của tỉnh.", "expanding"),
 "Phần mềm phòng chống mã độc (EDR)": (None, "Bản quyền 3 năm, quản trị tập trung tại TTDL tỉnh.", None),
 "Data lake (Hadoop/Spark)": (None, "Tầng raw/curated cho dữ liệu từ LGSP, IOC; phục vụ phân tích, dự báo của tỉnh.", None),
 "Đăng ký, công bố API của LGSP": (None, "Đăng ký 46 API theo chuẩn API quốc gia.", None),
 "WebGIS quản lý hạ tầng kỹ thuật đô thị": (None, "Lớp cấp thoát nước, chiếu sáng, cây xanh trên nền bản đồ quốc gia.", None),
 "Hệ thống email công vụ riêng của tỉnh (Zimbra": (None, "Đầu tư 2 máy chủ, license Zimbra Network Edition, chống spam.", None),
 "Tổ chức lớp kỹ năng số cho CBCC xã": (None, "12 khóa học, 3.200 lượt học viên năm 2026.", None),
 "Nền tảng học trực tuyến mở (MOOC)": (None, "Vendor đề xuất: Moodle tùy biến, video bài giảng tiếng Mông, Thái, cấp chứng nhận.", None),
 "Phần mềm quản lý tiêm chủng tỉnh": (None, "Quản lý đối tượng tiêm, lịch tiêm, sổ tiêm chủng của trẻ em và người dân toàn tỉnh.", None),
 "Nâng cấp HIS, LIS, PACS": (None, "HIS quản lý khám, BHYT; LIS xét nghiệm; PACS lưu trữ hình ảnh CT, MRI.", None),
 "Cổng kết nối các CA công cộng": (None, "Gateway xác minh chứng thư, OCSP/CRL của các CA công cộng cho hồ sơ điện tử của tỉnh.", None),
 "Private cloud tỉnh (OpenStack)": (None, "Chuyển 18 ứng dụng từ máy chủ vật lý lên cụm OpenStack trong TTDL tỉnh, tự động sao lưu.", None),
 "Phần mềm đăng ký hộ tịch điện tử dùng riêng": (None, "Dang ky khai sinh, ket hon, khai tu cho cac xa, trich luc ho tich dien tu.", None),
 "BI dashboard chỉ tiêu KT-XH": (None, "Trực quan hóa 60 chỉ tiêu từ kho dữ liệu dùng chung của tỉnh.", None),
 "Nâng cấp ứng dụng VNeID": (None, "Bổ sung ví giấy tờ, chi trả an sinh qua tài khoản định danh.", None),
 "Expand national government cloud": (None, "Add compute and storage clusters for national databases migrated in 2027.", None),
 "Nâng cấp Trục liên thông văn bản quốc gia": (None, "Mở rộng kết nối gửi văn bản tới doanh nghiệp, người dân; truy vết gửi, nhận.", None),
 "Duy trì vận hành NDXP": (None, "Chi phí thuê bao, nhân sự vận hành 24/7 năm 2027.", None),
 "Cổng Pháp luật quốc gia - module": (None, "Tiếp nhận, phân loại, chuyển xử lý, công khai phản hồi phản ánh về chính sách.", None),
 "Đầu tư xây dựng Nền tảng số công tác thanh tra": (None, "Quản lý trước, trong, sau thanh tra; thanh tra điện tử.", None),
 "Đầu tư Hệ thống CNTT Hải quan số": (None, "Thay thế VNACCS/VCIS, số hóa toàn bộ nghiệp vụ hải quan.", None),
 "Sổ sức khỏe điện tử - mở rộng": (None, "Tích hợp dữ liệu tiêm chủng quốc gia vào sổ sức khỏe trên VNeID.", None),
 "Nâng cấp hệ thống email Exchange on-premise": (None, "Nâng cấp Exchange 2016 lên Exchange SE, thêm 1.000 mailbox cho các Cục.", None),
 "LGSP cấp bộ: ESB": (None, "ESB WSO2, Kafka cho bản tin bất đồng bộ, API gateway; kết nối các hệ thống của Bộ với NDXP/NDOP.", None),
 "Kho dữ liệu dùng chung ngành Nội vụ": (None, "Tổng hợp dữ liệu từ các CSDL chuyên ngành của Bộ phục vụ phân tích.", None),
 "Nền tảng AI cấp bộ: LLM": (None, "Triển khai LLM mã nguồn mở trên 4 GPU tại TTDL Bộ, RAG trên kho văn bản của Bộ.", None),
 "Phần mềm cấp Phiếu lý lịch tư pháp": (None, "Nhận yêu cầu qua VNeID, tra cứu CSDL lý lịch tư pháp, trả phiếu điện tử.", "expanding"),
 "AI early-warning": (None, "Nowcasting models for hydro-met forecasting units, shared with provincial stations.", None),
 "Phần mềm quản lý tài sản công của Bộ": (None, "Theo dõi nguyên giá, khấu hao, điều chuyển tài sản của các đơn vị thuộc Bộ.", None),
 "Kết nối phần mềm cảng vụ": (None, "Nhận bản khai điện tử từ Cổng một cửa quốc gia, trả kết quả cấp phép.", None),
 "Tích hợp dữ liệu xử phạt VPHC": (None, "Phân hệ của Nền tảng quản lý thương mại và thị trường.", None),
 "Trợ lý ảo quốc gia - lớp tri thức": (None, "Bộ tri thức nền về quản lý nhà nước, pháp luật cho các bộ, địa phương tùy biến.", None),
 "Đầu tư chatbot AI riêng": (None, "Nhà thầu tự phát triển mô hình hiểu câu hỏi, huấn luyện trên dữ liệu hỏi đáp của Bộ; không dùng nền tảng chung.", None),
 "Cổng dữ liệu mở ngành văn hóa": (None, "Xuất bản tập dữ liệu di tích, lễ hội, thiết chế văn hóa cho người dân tải về, có API.", None),
 "Phần mềm quản lý thi đua, khen thưởng": (None, "Quản lý hồ sơ đề nghị khen thưởng, danh hiệu thi đua của các đơn vị thuộc Bộ.", None),
 "Cấp và tra cứu văn bằng": (None, "Smart contract trên nền tảng chuỗi khối quốc gia; các trường ghi văn bằng, người dân tra cứu.", None),
 "Mạng TSLCD - nâng cấp lõi": (None, "Nâng băng thông lõi 100G, mở rộng điểm kết nối cấp xã.", None),
 "Wifi công cộng nhà văn hóa xã": (None, "2 access point, thuê bao cáp quang 150 Mbps.", None),
 "Thuê kênh TSLCD và Internet leased line": (None, "Tuyến vi ba + cáp quang biển; băng thông 20 Mbps.", None),
 "Hệ thống truyền thanh thông minh": (None, "Nhận tin từ Hệ thống thông tin nguồn của tỉnh, phát tự động theo lịch.", "expanding"),
 "Phần mềm quản lý hồ sơ cán bộ, công chức xã": (None, "Lý lịch 2C, quá trình công tác, đánh giá xếp loại của cán bộ, công chức xã.", None),
 "Dashboard điều hành phường": (None, "Xem các chỉ tiêu của phường trên dashboard dùng chung của tỉnh.", None),
 "Trang thông tin điện tử xã": (None, "Tin tức, thông báo, lịch tiếp dân; chạy trên hạ tầng của tỉnh.", "existing"),
 "IoT quan trắc chất lượng nước": (None, "Cảm biến pH, oxy hòa tan, độ mặn, cảnh báo qua Zalo cho hộ nuôi.", None),
 "Phần mềm cấp giấy phép xây dựng nhà ở riêng lẻ": (None, "Tiếp nhận hồ sơ, thẩm định, cấp phép xây dựng nhà ở riêng lẻ trên địa bàn phường.", None),
 "Phần mềm tiếp công dân, theo dõi đơn thư của xã": (None, "Ghi sổ tiếp dân, theo dõi đơn phản ánh, kiến nghị, khiếu nại; báo cáo định kỳ.", None),
 "Cài agent giám sát ATTT": (None, "Agent miễn phí do tỉnh cấp, log tập trung về hệ thống giám sát của tỉnh.", None),
 "Phần mềm đấu giá quyền sử dụng đất": (None, "Niêm yết thông báo đấu giá, nhận hồ sơ, tổ chức trả giá trực tuyến các lô đất.", None),
 "Phần mềm quản lý cơ sở kinh doanh thực phẩm": (None, "Tiếp nhận bản cam kết, xác nhận kiến thức ATTP, cấp giấy chứng nhận cho cơ sở nhỏ lẻ.", None),
 "Quản lý thông tin đồng bào Khmer": (None, "Tự thu thập dân số, hộ nghèo, thụ hưởng chính sách dân tộc theo từng ấp.", None),
 "Hệ thống thông tin điều hành tác nghiệp trong các cơ quan Đảng - mở rộng": (None, "Triển khai tới đảng ủy xã, phường, đặc khu sau sắp xếp.", None),
 "Kết nối mạng thông tin diện rộng của Đảng": (None, "Thiết bị đầu cuối, đường truyền tới trụ sở đảng ủy xã.", "expanding"),
 "Phần mềm quản lý hồ sơ đảng viên": (None, "Lý lịch đảng viên, kết nạp, chuyển sinh hoạt, đánh giá, thống kê tổ chức cơ sở đảng.", None),
 "Phần mềm theo dõi, đôn đốc thực hiện nghị quyết": (None, "Giao nhiệm vụ triển khai nghị quyết, chỉ thị, kết luận của TW; theo dõi tiến độ của các đảng bộ.", None),
 "Social listening": (None, "Thu thập tin từ báo điện tử, mạng xã hội; phân loại, cảnh báo thông tin xấu độc.", None),
 "Nền tảng tích hợp, chia sẻ dữ liệu của cơ quan Đảng": (None, "Kết nối các HTTT chuyên ngành của cơ quan Đảng, liên thông NDXP.", None),
 "Phần mềm giải quyết thủ tục của Đảng": (None, "Đảng viên nộp hồ sơ chuyển sinh hoạt, kết nạp trực tuyến; theo dõi kết quả.", None),
 "Mua sắm hệ thống email riêng của Tỉnh ủy": (None, "Máy chủ thư, tên miền riêng cho 900 cán bộ các ban Đảng.", None),
 "Thuê phần mềm quản lý cán bộ diện Ban Thường vụ": (None, "Hồ sơ cán bộ, quy hoạch, luân chuyển, thẩm định tiêu chuẩn chính trị.", None),
 "E-learning bồi dưỡng lý luận chính trị": (None, "Học trực tuyến chương trình sơ cấp, trung cấp lý luận chính trị.", None),
 "Nền tảng tích hợp, chia sẻ dữ liệu của Quốc hội": (None, "Kết nối các ứng dụng số của Quốc hội, liên thông NDXP, NDOP.", None),
 "e-Parliament": (None, "Tài liệu kỳ họp, đăng ký phát biểu, biểu quyết điện tử, máy tính bảng ĐBQH.", "expanding"),
 "Phần mềm tổng hợp, theo dõi kiến nghị cử tri": (None, "Tổng hợp ý kiến, kiến nghị cử tri qua tiếp xúc cử tri, chuyển cơ quan có thẩm quyền, theo dõi trả lời.", None),
 "Thuê email hosting riêng cho đại biểu HĐND": (None, "120 hộp thư tên miền riêng cho đại biểu, 3 năm.", None),
 "Khai thác dữ liệu từ Nền tảng/CSDL dân tộc": (None, "Kết nối qua LGSP, lấy số liệu thực hiện chính sách phục vụ giám sát chuyên đề.", None),
 "Hệ thống đăng công báo nghị quyết QPPL": (None, "Đăng tải nghị quyết quy phạm của HĐND tỉnh; phát hành bản công báo điện tử riêng.", None),
 "Thuê 80 vCPU private cloud": (None, "Gia han thue tai nguyen ao hoa 12 thang.", None),
 "Phần mềm giám sát và phản biện xã hội": (None, "Quản lý kế hoạch, đoàn giám sát, kiến nghị sau giám sát, ý kiến phản biện dự thảo.", None),
 "Hệ thống thư điện tử riêng cho MTTQ tỉnh": (None, "Thuê email hosting cho MTTQ tỉnh, Hội Nông dân, Hội LHPN, Tỉnh đoàn, CCB.", None),
 "Nền tảng học kỹ năng số đại trà": (None, "Khóa học miễn phí về dùng VNeID, thanh toán số, an toàn mạng cho mọi người dân.", None),
 "eOffice MTTQ tỉnh": (None, "VNPT eOffice, ký số chuyên dùng.", None),
 "Cổng tiếp nhận ý kiến, kiến nghị của Nhân dân gửi Mặt trận": (None, "Người dân gửi ý kiến, kiến nghị để Mặt trận tổng hợp, giám sát, phản ánh tới cấp ủy, chính quyền.", None),
 "Thuê cloud 16 vCPU": (None, "Gói cloud server 12 tháng.", None),
 "Hệ thống chứng thực chữ ký số chuyên dùng công vụ - mở rộng": (None, "Bổ sung HSM, dịch vụ ký số từ xa trên di động cho cán bộ các cấp.", None),
 "Nền tảng tích hợp, chia sẻ dữ liệu ngành Tòa án": (None, "Kết nối hệ thống quản lý án, hồ sơ điện tử với VKS, Công an qua NDXP.", None),
 "Cổng công bố bản án": (None, "Công bố bản án, quyết định đã có hiệu lực sau khi ẩn danh.", "expanding"),
 "Thuê dịch vụ chống DDoS, WAF": (None, "Gói anti-DDoS 5 Gbps, WAF cloud cho 64 trang tin.", None),
 "Mở rộng hệ thống mail nội bộ": (None, "Thêm 2.000 hộp thư cho KTNN khu vực.", None),
 "OTT app truyền hình": (None, "App iOS/Android + Smart TV, CDN riêng, quảng cáo.", None),
 "App nghe đài trực tuyến": (None, "Phát trực tiếp kênh phát thanh tỉnh, nghe lại, podcast.", None),
 "VTV Big Data": (None, "Đo lường hành vi khán giả cho các đài TW và địa phương.", None),
 "Phần mềm xử lý hồ sơ đặc xá": (None, "Theo dõi hồ sơ trình, ý kiến thẩm định, quyết định của Chủ tịch nước.", None),
 "Nâng cấp hạ tầng TTDL ngành Tòa án": (None, "Bổ sung UPS, điều hòa chính xác, storage cho hồ sơ điện tử.", "expanding"),
 "Audit data warehouse": (None, "Kho dữ liệu kiểm toán, phân tích rủi ro lập kế hoạch kiểm toán.", None),
 "Hệ thống email công vụ riêng ngành Kiểm sát": (None, "Máy chủ thư tại TTDL ngành cho 17.000 cán bộ.", None),
}


# Second pass of edits keyed by original name prefix: new name / status / description / strip diacritics.
EXTRA = {
 "Speech-to-text ghi biên bản": dict(desc="Thu âm phiên họp, chuyển thành văn bản tiếng Việt, thư ký biên tập lại."),
 "Trung tâm giám sát an ninh mạng quân sự": dict(desc="Giám sát mạng máy tính quân sự, phát hiện và xử lý tấn công."),
 "Nâng cấp core hệ thống thông tin tín dụng": dict(desc="Thay core database, bổ sung chấm điểm tín dụng, API cho tổ chức tín dụng."),
 "Cổng dịch vụ công lãnh sự": dict(desc="Nhận hồ sơ hợp pháp hóa, chứng nhận lãnh sự trực tuyến, thanh toán phí, trả kết quả qua bưu chính."),
 "OCR số hóa sổ hộ tịch": dict(desc="Scan + nhận dạng ký tự các sổ hộ tịch 1975-2015, nhập vào CSDL hộ tịch điện tử."),
 "Chatbot Zalo OA trả lời": dict(desc="Thuê đơn vị tư vấn xây bộ câu hỏi, tự huấn luyện mô hình trả lời trên máy chủ riêng của xã."),
 "Camera an ninh trật tự tại các trục": dict(desc="16 camera AI nhận diện biển số, lưu hình 30 ngày, xem tại Công an xã."),
 "Telehealth": dict(desc="Kết nối trạm y tế xã với bệnh viện tỉnh qua video, chia sẻ phim X-quang."),
 "Ứng dụng Đảng viên số": dict(desc="Sinh hoạt chi bộ điện tử, học nghị quyết, đóng đảng phí trên điện thoại."),
 "Phần mềm quản lý hồ sơ kiểm tra, giám sát": dict(desc="Quản lý kế hoạch kiểm tra, giám sát, hồ sơ thi hành kỷ luật đảng viên, tổ chức đảng."),
 "Hệ thống lấy ý kiến đảng viên": dict(desc="Đảng viên đọc dự thảo, gửi góp ý; tổng hợp theo chủ đề cho tổ biên tập."),
 "App tương tác cử tri": dict(desc="Cử tri theo dõi hoạt động của đại biểu, gửi ý kiến, xem lịch tiếp xúc cử tri."),
 "Phần mềm quản lý hội viên phụ nữ": dict(desc="Danh sách hội viên, sinh hoạt chi hội, các mô hình hỗ trợ phụ nữ khởi nghiệp."),
 "Phần mềm quản lý hành nghề thú y": dict(desc="Cấp chứng chỉ hành nghề thú y, quản lý cửa hàng kinh doanh thuốc thú y trên địa bàn."),
 "Phát kênh Lào Cai TV": dict(desc="Đưa luồng phát trực tiếp của kênh tỉnh lên nền tảng dùng chung, không tự làm app."),
 # status / name changes
 "Open Data Portal tỉnh Lâm Đồng": dict(name="Nâng cấp, mở rộng Open Data Portal tỉnh Lâm Đồng", status="expanding"),
 "Đầu tư xây dựng phần mềm cấp phép hành nghề khám bệnh": dict(name="Phần mềm cấp phép hành nghề khám bệnh, chữa bệnh và chứng chỉ hành nghề dược trực tuyến", status="existing"),
 "Phần mềm quản lý dịch bệnh động vật": dict(status="existing"),
 "Phần mềm thu thập, tổng hợp chỉ tiêu thống kê": dict(name="Nâng cấp phần mềm thu thập, tổng hợp chỉ tiêu thống kê KT-XH cấp tỉnh, cấp xã", status="expanding"),
 "Hệ thống đấu thầu qua mạng tỉnh Gia Lai": dict(status="existing"),
 "Xây dựng CSDL đồng bào dân tộc thiểu số": dict(name="Mở rộng CSDL đồng bào dân tộc thiểu số (Khmer, Chăm, Hoa) sau hợp nhất với Kiên Giang", status="expanding"),
 "Phần mềm công khai ngân sách tỉnh và xã": dict(status="existing"),
 "Phần mềm quản lý trường học dùng chung": dict(status="existing"),
 "Sàn giao dịch việc làm trực tuyến Điện Biên": dict(status="existing"),
 "Phần mềm quản lý hộ tịch riêng của xã": dict(status="existing"),
 "Phần mềm quản lý hồ sơ đảng viên, tổ chức": dict(name="Nâng cấp, mở rộng phần mềm quản lý hồ sơ đảng viên, tổ chức cơ sở đảng của tỉnh", status="expanding"),
 "OTT app truyền hình": dict(status="existing"),
 "Cổng dữ liệu mở ngành văn hóa": dict(status="existing"),
 "Hệ thống CA nội bộ": dict(),
 "Phần mềm tiếp công dân, theo dõi đơn thư của xã": dict(nd=True),
 "Phần mềm quản lý cuộc thanh tra": dict(nd=True),
 "Kho dữ liệu dùng chung tỉnh Thái Nguyên": dict(nd=True),
 "Trung tâm giám sát, điều hành thông minh (IOC)": dict(nd=True),
 "Tích hợp đăng nhập VNeID": dict(nd=True),
 "Phần mềm quản lý cơ sở kinh doanh thực phẩm": dict(nd=True),
 "Xây dựng phần mềm cấp giấy phép xây dựng trực tuyến": dict(nd=True),
 "Hệ thống quản lý hợp đồng lao động điện tử": dict(nd=True),
 "Phần mềm quản lý tài sản công của Bộ": dict(nd=True),
 "Phần mềm đấu giá quyền sử dụng đất": dict(nd=True),
 "Mua sắm hệ thống email riêng của Tỉnh ủy": dict(nd=True),
 "Phần mềm giám sát và phản biện xã hội": dict(nd=True),
 "Kết nối phần mềm cảng vụ": dict(nd=True),
 "Hệ thống quan trắc môi trường tự động": dict(nd=True),
}

ROWS = []
def r(kind, agency, status, name, desc, exp, why, nat=(), nd=False):
    for k, (nn, dd, ss) in OVR.items():
        if name.startswith(k):
            name = nn or name
            if not desc: desc = dd
            status = ss or status
            break
    for k, e in EXTRA.items():
        if name.startswith(k) or (e.get('name') and name == e['name']):
            name = e.get('name', name); status = e.get('status', status)
            if not desc and e.get('desc'): desc = e['desc']
            nd = nd or e.get('nd', False)
    if nd:
        name, desc = strip(name), strip(desc)
    ROWS.append(dict(kind=kind, agency=agency, status=status, name=name, description=desc,
                     expected=list(exp), expected_national=list(nat), why=why))

# ---------------- PROVINCE ----------------
p = 'province'
r(p, "UBND tỉnh Lai Châu (Sở Khoa học và Công nghệ)", "expanding",
  "Nâng cấp, mở rộng Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Lai Châu (LGSP) giai đoạn 2",
  "Bổ sung 30 dịch vụ kết nối mới giữa các sở, ngành; nâng cấp API gateway nội bộ, hàng đợi bản tin; duy trì kết nối lên NDXP và NDOP.",
  [], f"{PL(6,'Lớp 2')} liệt kê 'Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh'; {A(6)} tự mô tả NDXP kết nối tới LGSP của địa phương, nên LGSP tỉnh là thành phần tỉnh được giao xây dựng, không trùng.")
r(p, "Tỉnh Điện Biên", "planned",
  "Thuê 40 vCPU, 160 GB RAM, 4 TB SSD trên Viettel Cloud (12 tháng) cho Cổng TTĐT và hệ thống QLVB tỉnh", "",
  [], f"Hạ tầng cho ứng dụng của chính tỉnh: {PL(6,'Lớp 1')} (Trung tâm dữ liệu cấp tỉnh, ưu tiên đám mây). {A(8)} có mục tiêu là đưa cơ sở dữ liệu quốc gia lên đám mây TTDL quốc gia; thuê tài nguyên cho cổng, QLVB của tỉnh không lặp lại mục tiêu, phạm vi đó.")
r(p, "Sở Y tế tỉnh Sơn La", "planned",
  "Đầu tư xây dựng phần mềm cấp phép hành nghề khám bệnh, chữa bệnh và chứng chỉ hành nghề dược trực tuyến",
  "Tiếp nhận hồ sơ, thẩm định, cấp phép và trả kết quả cho cá nhân, cơ sở KCB trên địa bàn tỉnh.",
  ["B-14"], f"Hệ thống giải quyết TTHC thuộc lĩnh vực y tế chạy riêng ở tỉnh: {TTHC}; {B(14)}.")
r(p, "Sở Nông nghiệp và Môi trường tỉnh Gia Lai", "planned",
  "Phần mềm quản lý dịch bệnh động vật, kiểm dịch vận chuyển và cấp giấy chứng nhận vệ sinh thú y",
  "Theo dõi ổ dịch, tiêm phòng đàn gia súc, gia cầm; kiểm dịch động vật, sản phẩm động vật vận chuyển ra ngoài tỉnh.",
  ["B-37"], f"{B(37)}: nền tảng quản lý nhà nước thống nhất từ trung ương đến địa phương về chăn nuôi, thú y, kiểm dịch, dịch bệnh động vật.")
r(p, "Tỉnh Đồng Tháp", "existing",
  "Bản đồ số nông nghiệp Đồng Tháp (mã số vùng trồng xoài, sầu riêng; truy xuất nguồn gốc; cảnh báo thời tiết)", "",
  [], f"{PL(6,'Lớp 3 điểm b')} nêu đích danh 'Bản đồ số nông nghiệp: số hóa vùng trồng, truy xuất nguồn gốc, cảnh báo thời tiết' là ứng dụng cấp tỉnh; không tính trùng với {B(38)}.")
r(p, "Tỉnh Cao Bằng (Sở KH&CN)", "planned",
  "Gói giám sát SOC 12 tháng cho 42 hệ thống thông tin của tỉnh",
  "Thuê dịch vụ giám sát 24/7, phát hiện tấn công mạng, điều phối ứng cứu sự cố và phân tích mã độc tập trung cho toàn tỉnh.",
  ["A-13"], f"{A(13)}: các dịch vụ giám sát, phát hiện tấn công, điều phối ứng phó sự cố, phân tích mã độc tập trung; 'các cơ quan, tổ chức được kết nối, khai thác dịch vụ của nền tảng mà không cần đầu tư, xây dựng hệ thống điều phối an ninh mạng riêng lẻ'. {D2}.")
r(p, "Tỉnh Cao Bằng", "existing",
  "Kết nối giám sát ATTT với hệ thống giám sát quốc gia",
  "Cài đặt sensor, đẩy log của các hệ thống về hệ thống giám sát của trung ương theo hướng dẫn.",
  [], f"Chỉ kết nối, gửi dữ liệu lên nền tảng quốc gia ({A(13)} nêu 'các cơ quan được kết nối, khai thác dịch vụ'); không xây nền tảng thứ hai.", nd=True)
r(p, "Tỉnh Quảng Trị", "planned",
  "Mua sắm WAF và dịch vụ chống DDoS cho Cổng TTĐT và Cổng DVC tỉnh", "",
  ["A-14"], f"{A(14)}: tường lửa ứng dụng web quốc gia, phòng chống tấn công từ chối dịch vụ tập trung; 'các cơ quan nhà nước không cần đầu tư, xây dựng các giải pháp có tính năng tương tự'.")
r(p, "Sở Nội vụ tỉnh Hưng Yên", "existing",
  "Phần mềm quản lý hồ sơ CBCCVC tỉnh Hưng Yên",
  "Quản lý lý lịch, quá trình công tác, nâng lương, đánh giá xếp loại cán bộ, công chức, viên chức của các sở, ngành và 104 xã, phường.",
  ["B-29"], f"{B(29)}: nền tảng dùng chung để các cơ quan trung ương và địa phương quản lý CBCCVC; {P3c} cũng nêu nền tảng này là thành phần dùng chung.")
r(p, "Tỉnh Tuyên Quang (Văn phòng UBND tỉnh)", "planned",
  "Chatbot hỏi đáp TTHC tỉnh Tuyên Quang trên nền tảng Trợ lý ảo quốc gia",
  "Bổ sung bộ tri thức thủ tục, địa danh, số điện thoại đường dây nóng của tỉnh; tùy biến trên nền tảng dùng chung do Bộ Công an cung cấp.",
  [], f"{A(10)} cho phép 'các bộ, ngành, địa phương tùy biến thành các trợ lý ảo của riêng mình để bổ sung thêm các tri thức' trên nền tảng duy nhất; đây là dùng nền tảng, không lặp lại.")
r(p, "Tỉnh Tuyên Quang", "retiring",
  "Virtual assistant engine (NLP) - hop dong thue FPT.AI cho chatbot tinh", "",
  ["A-10"], f"Một nền tảng thuật toán trợ lý ảo riêng của địa phương: {A(10)} nêu mục tiêu để địa phương 'không phải đầu tư, triển khai các nền tảng thuật toán riêng lẻ, phân tán, trùng lặp'. Trạng thái dừng không đổi chức năng được gán nhãn.", nd=True)
r(p, "Tỉnh Khánh Hòa (Sở KH&CN)", "planned",
  "Đầu tư cụm máy chủ GPU (8x H100) cho Nền tảng AI cấp tỉnh",
  "Cung cấp năng lực tính toán, mô hình và công cụ phát triển ứng dụng AI cho các sở, ngành; kết nối qua LGSP, đồng bộ với Nền tảng AI quốc gia.",
  [], f"{PL(6,'Lớp 3 điểm a')}: 'Nền tảng AI cấp tỉnh: hạ tầng và dịch vụ AI dùng chung trong phạm vi tỉnh, cung cấp năng lực tính toán, mô hình...'.")
r(p, "Tỉnh Lâm Đồng", "planned",
  "Open Data Portal tỉnh Lâm Đồng",
  "Công bố danh mục dữ liệu và xuất bản các tập dữ liệu mở (DCAT-VN) để người dân, doanh nghiệp tìm kiếm, tải về.",
  ["A-07"], f"{A(7)}: nền tảng tập trung thống nhất cung cấp dữ liệu mở của các bộ, ngành, địa phương, xuất bản tập dữ liệu theo DCAT-VN, có không gian riêng cho từng cơ quan quản trị tập dữ liệu của mình.")
r(p, "Tỉnh Lâm Đồng", "existing",
  "Đồng bộ danh mục dữ liệu mở của tỉnh lên Cổng dữ liệu quốc gia", "",
  [], f"Xuất bản dữ liệu của tỉnh lên chính {A(7)} (đúng cách dùng nền tảng); không phải hệ thống thứ hai.")
r(p, "Tỉnh Ninh Bình (Sở KH&CN)", "planned",
  "Xây dựng từ điển dữ liệu dùng chung của tỉnh Ninh Bình",
  "Định nghĩa thống nhất tên gọi, định dạng, đơn vị tính cho các trường dữ liệu phổ biến (họ tên, ngày sinh, địa chỉ, mã định danh) dùng cho mọi CSDL trên địa bàn.",
  ["A-12"], f"{A(12)}: định nghĩa thống nhất tên gọi, mô tả, định dạng, đơn vị tính của các trường dữ liệu sử dụng phổ biến giữa các cơ quan; 3090/QĐ-BKHCN Phần II mục 4 điểm b: mọi CSDL phải áp dụng chung từ điển dữ liệu.")
r(p, "Tỉnh Ninh Bình", "existing",
  "Khung kiến trúc dữ liệu cấp tỉnh Ninh Bình v1.0", "",
  [], f"{PL(6,'Lớp 2')} liệt kê 'Khung kiến trúc dữ liệu cấp tỉnh' là thành phần tỉnh tự xây dựng.")
r(p, "Sở Tài chính tỉnh Phú Thọ", "planned",
  "Phần mềm thu thập, tổng hợp chỉ tiêu thống kê KT-XH cấp tỉnh, cấp xã",
  "Thu thập, xử lý báo cáo thống kê các chỉ tiêu thống kê cấp tỉnh, cấp xã từ 148 xã, phường và công bố số liệu hằng quý.",
  ["A-15"], f"{A(15)}: quản lý, thu thập và xử lý dữ liệu báo cáo thống kê của các chỉ tiêu thống kê quốc gia, cấp tỉnh, cấp xã và công bố, khai thác chỉ tiêu.")
r(p, "Tỉnh Phú Thọ", "existing",
  "Hệ thống thông tin phục vụ chỉ đạo, điều hành tỉnh Phú Thọ (EOC)", "",
  [], f"{PL(6,'Lớp 3 điểm a')}: 'Hệ thống thông tin phục vụ chỉ đạo, điều hành cấp tỉnh'.")
r(p, "Tỉnh Vĩnh Long", "planned",
  "Đầu tư xây dựng hệ thống CA nội bộ cấp chứng thư số cho cán bộ, công chức tỉnh",
  "Tự vận hành Root CA, HSM; cấp, gia hạn, thu hồi chứng thư ký số cho CBCC để ký văn bản điện tử.",
  [], f"{P3a}: 'Hệ thống chứng thực chữ ký số chuyên dùng công vụ do Ban Cơ yếu Chính phủ chủ quản' cung cấp dịch vụ chứng thực chữ ký số cho các cơ quan trong hệ thống chính trị; không phải dòng của 1132.", [N_CA])
r(p, "Tỉnh Vĩnh Long", "existing",
  "Tích hợp ký số chuyên dùng (Ban Cơ yếu) vào eOffice",
  "Ký số văn bản đi bằng chứng thư số chuyên dùng công vụ qua USB token và ký số từ xa.",
  [], f"Dùng dịch vụ chứng thực chữ ký số chuyên dùng ({P3a}); tích hợp, không xây hệ thống chứng thực riêng.")
r(p, "Tỉnh Cà Mau", "existing",
  "License Microsoft 365 E3 - 1.500 user",
  "Email Exchange Online và OneDrive cho CBCC các sở, ngành.",
  [], f"Hộp thư cho công chức là chức năng của hệ thống thư điện tử dùng chung 'từ Trung ương đến cấp xã' ({P3c}); không phải dòng 1132.", [N_EMAIL])
r(p, "Tỉnh Cà Mau", "existing",
  "Thuê kênh TSLCD cấp II cho 64 xã, phường, đặc khu", "",
  [], f"Sử dụng mạng TSLCD quốc gia ({P3a}); thuê kênh là dùng, không lặp lại.")
r(p, "Sở Xây dựng tỉnh Quảng Ngãi", "planned",
  "Xây dựng phần mềm cấp giấy phép xây dựng trực tuyến tỉnh Quảng Ngãi", "",
  ["B-10"], f"TTHC lĩnh vực xây dựng giải quyết trên hệ thống riêng của tỉnh: {TTHC}; {B(10)}.")
r(p, "Tỉnh Quảng Ngãi", "existing",
  "Hệ thống điều khiển đèn tín hiệu giao thông thông minh khu đô thị trung tâm", "",
  [], f"{PL(6,'Lớp 3 điểm b')} nêu đích danh 'Hệ thống điều khiển đèn giao thông thông minh' của tỉnh; không phải {B(54)} (quản lý ITS đường bộ toàn quốc).")
r(p, "Tỉnh Gia Lai (Sở Xây dựng)", "planned",
  "Hệ thống quản lý, điều hành giao thông thông minh (ITS) trên các tuyến cao tốc qua địa bàn tỉnh",
  "Kết nối, tích hợp dữ liệu thời gian thực từ trung tâm điều hành cao tốc, trạm thu phí không dừng (ETC) và trạm kiểm soát tải trọng xe.",
  ["B-54"], f"{B(54)}: nền tảng tập trung thống nhất kết nối dữ liệu giao thông thời gian thực từ hệ thống điều hành tuyến cao tốc, thu phí điện tử không dừng, kiểm soát tải trọng xe trên toàn quốc.")
r(p, "Tỉnh Đắk Lắk", "planned",
  "App Công dân số Đắk Lắk",
  "Tài khoản định danh công dân, ví giấy tờ số, nộp hồ sơ dịch vụ công, thanh toán trực tuyến và kênh nhận thông báo từ chính quyền.",
  ["A-02"], f"{A(2)}: lưu trữ dữ liệu số của công dân, định danh, thực hiện DVC, ví điện tử, kênh giao tiếp chính thức giữa người dân với cơ quan nhà nước; {P3d}: VNeID là kênh di động chính.")
r(p, "Tỉnh Đắk Lắk", "existing",
  "Tích hợp đăng nhập VNeID cho Hệ thống thông tin giải quyết TTHC tỉnh", "",
  [], f"Chỉ dùng dịch vụ xác thực của {A(2)}/{A(3)}; là bộ kết nối.")
r(p, "UBND tỉnh Tây Ninh", "existing",
  "Duy trì vận hành Hệ thống thông tin giải quyết TTHC tỉnh Tây Ninh (iGate)",
  "Nhận đồng bộ dữ liệu hồ sơ để tra cứu, khai thác phục vụ quản lý tại địa phương.",
  [], f"{PL(6,'Lớp 3 điểm a')} Ghi chú: 'Các HTTT giải quyết TTHC cấp tỉnh (hiện có) tiếp tục duy trì, là nơi nhận đồng bộ dữ liệu giải quyết TTHC'.")
r(p, "Tỉnh Tây Ninh (Sở Tài chính)", "planned",
  "Xây dựng Cổng đấu giá tài sản trực tuyến tỉnh Tây Ninh",
  "Niêm yết thông báo, tổ chức đấu giá quyền sử dụng đất, tài sản công dôi dư và tài sản tịch thu.",
  ["B-22"], f"{B(22)}: đăng tải thông báo, niêm yết công khai, quản lý các cuộc đấu giá tài sản; bán tài sản công dư thừa, tài sản vi phạm hành chính.")
r(p, "Tỉnh Lào Cai (Sở Tài chính)", "planned",
  "Phần mềm công khai ngân sách tỉnh và xã",
  "Công khai dự toán, quyết toán ngân sách của các đơn vị trên địa bàn theo Luật NSNN.",
  ["B-26"], f"{B(26)}: nền tảng dùng chung quốc gia phục vụ công khai ngân sách của các cơ quan, đơn vị trên toàn quốc theo Luật Ngân sách nhà nước.", nd=True)
r(p, "Tỉnh Lào Cai", "existing",
  "Trung tâm giám sát, điều hành thông minh (IOC) tỉnh Lào Cai", "",
  [], f"{PL(6,'Lớp 3 điểm a')}: 'Trung tâm giám sát, điều hành thông minh cấp tỉnh'.")
r(p, "Tỉnh Thái Nguyên (Sở Tài chính)", "planned",
  "Xây dựng CSDL doanh nghiệp tỉnh Thái Nguyên",
  "Tiếp nhận đăng ký thành lập doanh nghiệp, hộ kinh doanh; quản lý thay đổi đăng ký, tạm ngừng, giải thể.",
  ["B-23"], f"{B(23)}: nền tảng phục vụ đăng ký thành lập doanh nghiệp, hộ kinh doanh trên phạm vi toàn quốc (CSDL quốc gia về đăng ký doanh nghiệp).")
r(p, "Tỉnh Thái Nguyên", "existing",
  "Kho dữ liệu dùng chung tỉnh Thái Nguyên (data warehouse)",
  "Tổng hợp dữ liệu từ CSDL chuyên ngành của các sở phục vụ phân tích, báo cáo, IOC.",
  [], f"{PL(6,'Lớp 2')}: 'Kho dữ liệu dùng chung cấp tỉnh'.")
r(p, "Sở Công Thương tỉnh Hà Tĩnh", "planned",
  "Phần mềm quản lý an toàn thực phẩm ngành Công Thương (tự công bố sản phẩm, cấp GCN cơ sở đủ điều kiện ATTP)", "",
  ["B-34"], f"{B(34)}: 'môi trường số duy nhất phục vụ 100% thủ tục hành chính an toàn thực phẩm (tự công bố, đăng ký sản phẩm...)'.")
r(p, "Tỉnh Hà Tĩnh", "existing",
  "Hệ thống thông tin nguồn tỉnh Hà Tĩnh",
  "Cung cấp tin bài, lịch phát cho đài truyền thanh cấp xã ứng dụng CNTT-VT.",
  [], f"{PL(6,'Lớp 3 điểm a')}: 'Hệ thống thông tin nguồn cấp tỉnh'.")
r(p, "Tỉnh Sơn La (Thanh tra tỉnh)", "planned",
  "Xây dựng phần mềm tiếp công dân, xử lý đơn thư khiếu nại, tố cáo tỉnh Sơn La", "",
  ["B-55"], f"{B(55)}: nền tảng tập trung thống nhất phục vụ tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh từ trung ương đến địa phương.")
r(p, "Thanh tra tỉnh Sơn La", "existing",
  "Phần mềm quản lý cuộc thanh tra, kết luận và theo dõi thực hiện kiến nghị sau thanh tra", "",
  ["B-56"], f"{B(56)}: phục vụ toàn bộ quy trình nghiệp vụ thanh tra (trước, trong, sau thanh tra), sử dụng xuyên suốt từ trung ương đến địa phương.")
r(p, "Tỉnh Lạng Sơn", "planned",
  "Hệ thống quản lý bản kê khai tài sản, thu nhập của người có chức vụ, quyền hạn tỉnh Lạng Sơn", "",
  ["B-57"], f"{B(57)}: quản lý, cập nhật, tổng hợp, khai thác, xác minh dữ liệu kiểm soát tài sản, thu nhập.")
r(p, "Tỉnh Lạng Sơn", "existing",
  "Wifi công cộng khu cửa khẩu Tân Thanh", "",
  [], f"Chỉ nói vị trí và đối tượng phục vụ; wifi công cộng là hạ tầng ICT địa phương ({P3a}), không có dòng 1132 tương ứng.", nd=True)
r(p, "Sở VHTTDL tỉnh Ninh Bình", "planned",
  "Xây dựng CSDL di sản văn hóa tỉnh Ninh Bình (di tích, bảo vật, di sản phi vật thể)",
  "Số hóa hồ sơ khoa học di tích, hiện vật bảo tàng; chia sẻ dữ liệu di sản với Bộ.",
  ["B-44"], f"{B(44)}: nền tảng triển khai tập trung, dùng chung thống nhất toàn quốc để quản lý, cập nhật, lưu trữ, chia sẻ dữ liệu di sản văn hóa giữa Bộ với địa phương.")
r(p, "Sở VHTTDL tỉnh Ninh Bình", "existing",
  "Ninh Binh Smart Tourism app (VR360, audio guide, ban do diem den)", "",
  [], f"{PL(6,'Lớp 3 điểm b')}: 'Giải pháp chuyển đổi số du lịch' (VR 360, thuyết minh tự động, bản đồ) là ứng dụng cấp tỉnh.", nd=True)
r(p, "Tỉnh Khánh Hòa (Sở VHTTDL)", "planned",
  "Nền tảng quản trị cơ sở lưu trú, doanh nghiệp lữ hành và dữ liệu lõi ngành du lịch tỉnh",
  "Chuyển quản lý du lịch từ hành chính sang quản trị bằng dữ liệu; kết nối số hoạt động kinh doanh của các cơ sở du lịch.",
  ["B-45"], f"{B(45)}: hạ tầng dữ liệu lõi của ngành Du lịch, chuyển quản lý sang quản trị bằng dữ liệu, kết nối số hoạt động kinh doanh.")
r(p, "Tỉnh An Giang", "planned",
  "Xây dựng CSDL đồng bào dân tộc thiểu số (Khmer, Chăm, Hoa) tỉnh An Giang",
  "Quản lý dân số, hộ nghèo, thực hiện chính sách dân tộc và chỉ tiêu KT-XH vùng đồng bào.",
  ["B-46"], f"{B(46)}: môi trường nghiệp vụ số dùng chung phục vụ quản lý nhà nước về công tác dân tộc trên phạm vi toàn quốc, dữ liệu chính sách dân tộc, chỉ tiêu KT-XH.")
r(p, "Tỉnh An Giang (Sở Dân tộc và Tôn giáo)", "existing",
  "Phần mềm quản lý cơ sở tôn giáo, tín ngưỡng", "",
  ["B-47"], f"{B(47)}: phục vụ quản lý nhà nước về tín ngưỡng, tôn giáo.")
r(p, "Sở GD&ĐT tỉnh Quảng Trị", "planned",
  "Phần mềm quản lý trường học dùng chung toàn tỉnh",
  "Quản trị các trường mầm non, phổ thông, GDTX: hồ sơ học sinh, giáo viên, báo cáo thống kê cho Sở và xã.",
  ["B-35"], f"{B(35)}: phục vụ quản trị các cơ sở giáo dục mầm non, phổ thông, GDTX trên cả nước, dùng chung cho Bộ, các sở GDĐT, xã/phường.")
r(p, "Sở GD&ĐT tỉnh Quảng Trị", "existing",
  "Đồng bộ học bạ số từ phần mềm trường lên CSDL ngành giáo dục", "",
  [], f"Đồng bộ dữ liệu lên nền tảng của Bộ ({B(35)}); đây là kết nối.")
r(p, "Sở Nội vụ tỉnh Điện Biên", "planned",
  "Sàn giao dịch việc làm trực tuyến Điện Biên",
  "Kết nối người tìm việc với doanh nghiệp tuyển dụng, đăng tin tuyển dụng, phiên giao dịch online.",
  ["B-31"], f"{B(31)}: nền tảng quản lý tập trung, thống nhất toàn quốc về kết nối cung - cầu lao động, giao dịch việc làm trực tuyến.", nd=True)
r(p, "Sở Nội vụ tỉnh Điện Biên", "existing",
  "Kho lưu trữ số tài liệu lưu trữ lịch sử tỉnh",
  "Tiếp nhận nộp lưu hồ sơ điện tử của các cơ quan, bảo quản và phục vụ khai thác tài liệu lưu trữ.",
  ["B-32"], f"{B(32)}: nền tảng dùng chung quản lý tập trung CSDL tài liệu lưu trữ, kiểm soát tài liệu từ khi ban hành đến khi đưa vào lưu trữ.")
r(p, "Tỉnh Lai Châu", "planned",
  "Xây dựng nền tảng blockchain tỉnh Lai Châu để xác thực văn bằng, hồ sơ đất đai", "",
  ["A-09"], f"{A(9)}: nền tảng chuỗi khối đa dụng để các bộ, ngành, địa phương phát triển ứng dụng dùng công nghệ chuỗi khối trên đó.")
r(p, "Tỉnh Hưng Yên (Văn phòng UBND tỉnh)", "planned",
  "Công báo điện tử tỉnh Hưng Yên",
  "Đăng tải nghị quyết của HĐND, quyết định quy phạm pháp luật của UBND tỉnh và các xã, phường.",
  ["A-17"], f"{A(17)}: nền tảng tập trung, dùng chung công bố VBQPPL; 'cho phép tất cả các cơ quan ban hành văn bản pháp quy chủ động đăng tải'.")
r(p, "Sở Tư pháp tỉnh Hưng Yên", "existing",
  "Phần mềm rà soát, hệ thống hóa VBQPPL của tỉnh", "",
  ["B-43"], f"{B(43)}: nền tảng dùng chung cho tất cả cơ quan nhà nước từ trung ương đến địa phương, gồm kiểm tra, rà soát, hệ thống hóa VBQPPL.")
r(p, "Tỉnh Gia Lai (Sở Tài chính)", "planned",
  "Hệ thống đấu thầu qua mạng tỉnh Gia Lai",
  "Đăng tải kế hoạch lựa chọn nhà thầu, phát hành HSMT, mở thầu điện tử cho các chủ đầu tư trên địa bàn.",
  ["B-28"], f"{B(28)}: thống nhất quản lý thông tin về đấu thầu và đấu thầu qua mạng trên phạm vi toàn quốc.")
r(p, "Tỉnh Cao Bằng (Sở Nội vụ)", "planned",
  "Hệ thống quản lý hợp đồng lao động điện tử cho doanh nghiệp trên địa bàn", "",
  ["B-30"], f"{B(30)}: quản lý tập trung dữ liệu hợp đồng lao động điện tử, dịch vụ dùng chung cho doanh nghiệp, tổ chức trên phạm vi cả nước.")
r(p, "Tỉnh Khánh Hòa (Sở NN&MT)", "existing",
  "Hệ thống quan trắc môi trường tự động (nước thải KCN, không khí) tỉnh Khánh Hòa", "",
  [], f"{PL(6,'Lớp 3 điểm b')}: 'Hệ thống quan trắc và giám sát môi trường' là ứng dụng cấp tỉnh; không lặp {B(41)} (phần mềm AI dùng chung của Bộ).")
r(p, "Sở KH&CN tỉnh Quảng Trị", "planned",
  "Nâng cấp hạ tầng Trung tâm dữ liệu tỉnh: bổ sung SAN 200 TB, license ảo hóa VMware vSphere", "",
  [], f"{PL(6,'Lớp 1')}: 'Trung tâm dữ liệu cấp tỉnh (sử dụng Trung tâm dữ liệu hiện có)'; nâng cấp TTDL hiện có của tỉnh.")
r(p, "Tỉnh Quảng Trị", "planned",
  "Dịch vụ sao lưu offsite (backup) dữ liệu các hệ thống cấp độ 3, 4 của tỉnh",
  "Sao lưu hằng ngày, lưu trữ 90 ngày tại DC thứ hai của nhà cung cấp.",
  [], f"3090/QĐ-BKHCN Phần II mục 4 điểm a yêu cầu hệ thống cấp độ 4, 5 có sao lưu, dự phòng; sao lưu dữ liệu của chính tỉnh không có dòng 1132 tương ứng.")
r(p, "Tỉnh Hà Tĩnh", "planned",
  "Phần mềm phòng chống mã độc (EDR) cho 3.000 máy trạm", "",
  [], f"{P3a}: 'Hạ tầng bảo đảm an ninh, an toàn dữ liệu đầu cuối: do chủ quản hệ thống thông tin đầu cuối chịu trách nhiệm triển khai'.")
r(p, "Tỉnh Lâm Đồng", "planned",
  "Data lake (Hadoop/Spark) cho Nền tảng tổng hợp, phân tích dữ liệu cấp tỉnh", "",
  [], f"{PL(6,'Lớp 2')}: 'Nền tảng tổng hợp, phân tích dữ liệu cấp tỉnh'.")
r(p, "Tỉnh Lâm Đồng", "planned",
  "Kho quản lý dữ liệu điện tử của tổ chức, cá nhân",
  "Lưu giấy tờ, kết quả TTHC đã số hóa theo tài khoản của người dân, doanh nghiệp để tái sử dụng.",
  [], f"{PL(6,'Lớp 2')} liệt kê 'Kho quản lý dữ liệu điện tử của tổ chức, cá nhân' là thành phần cấp tỉnh.")
r(p, "Tỉnh Sơn La (Văn phòng UBND tỉnh)", "planned",
  "Triển khai Bàn làm việc số (Digital Workplace) cho CBCC tỉnh Sơn La",
  "Một giao diện tích hợp QLVB, lịch công tác, quản lý công việc, kho tài liệu và trợ lý ảo.",
  [], f"{PL(6,'Lớp 4')}: 'Xây dựng, triển khai Bàn làm việc số (Digital Workplace)'.")
r(p, "Tỉnh Tuyên Quang", "existing",
  "VNPT iOffice", "QLVB và điều hành, liên thông Trục liên thông văn bản quốc gia.",
  [], f"QLVB nội bộ là ứng dụng hỗ trợ hoạt động của cơ quan ({PL(6,'Lớp 3 điểm a')}: 'Quản lý công việc'); chỉ kết nối với {A(4)}.")
r(p, "Tỉnh Thái Nguyên (Văn phòng UBND tỉnh)", "planned",
  "Phần mềm gửi, nhận văn bản điện tử giữa UBND tỉnh với doanh nghiệp, hộ kinh doanh và người dân",
  "Gửi văn bản của cơ quan nhà nước tới tổ chức, doanh nghiệp, người dân và nhận văn bản trả lời; truy vết trạng thái gửi nhận.",
  ["A-04"], f"{A(4)}: kết nối, trao đổi văn bản điện tử thống nhất toàn quốc, 'có mở rộng kết nối với tổ chức, doanh nghiệp, người dân để cơ quan nhà nước gửi văn bản sang... và ngược lại', truy vết quá trình gửi, nhận.")
r(p, "Tỉnh Vĩnh Long", "planned",
  "Hệ thống phòng họp không giấy (e-Cabinet) cho phiên họp UBND tỉnh",
  "Phát hành tài liệu họp, biểu quyết, ghi chú trên máy tính bảng tại phòng họp.",
  [], f"Ứng dụng hỗ trợ hoạt động nội bộ của tỉnh ({PL(6,'Lớp 3 điểm a')}); không có dòng 1132 về phiên họp tại chỗ.")
r(p, "Tỉnh Khánh Hòa (Sở KH&CN)", "planned",
  "Developer portal & API gateway cong bo API du lieu cua tinh cho doanh nghiep",
  "Cong bo, cap API key, quan ly API cho khu vuc tu nhan va cong dong khai thac.",
  [], f"{P3b}: V-APEX là nền tảng trung tâm kết nối, công bố, quản lý, chia sẻ API của các cơ quan cho khu vực tư nhân; 'mọi hệ thống cấp bộ, cấp tỉnh, cấp xã phải đăng ký, công bố... thông qua V-APEX'. Không phải dòng 1132.", [N_VAPEX], nd=True)
r(p, "Tỉnh Phú Thọ", "existing",
  "Đăng ký, công bố API của LGSP tỉnh lên V-APEX", "",
  [], f"Đúng cách dùng V-APEX ({P3b}); kết nối, không lặp.")
r(p, "Tỉnh An Giang (Sở NN&MT)", "planned",
  "Tự xây dựng bản đồ số nền và hệ thống mã bưu chính, mã địa chỉ riêng của tỉnh",
  "Số hóa lại lớp nền giao thông, địa danh, gán mã địa chỉ cho từng thửa nhà để định vị đối tượng quản lý.",
  [], f"{P3b}: 'Bản đồ số quốc gia và hệ thống mã bưu chính, đảm bảo định vị chính xác các đối tượng quản lý' là thành phần dùng chung quốc gia (không phải dòng 1132).", [N_MAP])
r(p, "Tỉnh Hưng Yên (Sở Xây dựng)", "planned",
  "WebGIS quản lý hạ tầng kỹ thuật đô thị, dùng nền Bản đồ số quốc gia", "",
  [], f"Lớp chuyên đề của tỉnh chồng lên nền bản đồ quốc gia ({P3b}); dùng, không làm lại nền.")
r(p, "Tỉnh Quảng Ngãi", "planned",
  "Hệ thống email công vụ riêng của tỉnh (Zimbra on-premise, 3.000 hộp thư)", "",
  [], f"{P3c}: 'Hệ thống thư điện tử (email) công vụ thống nhất... triển khai dùng chung từ Trung ương đến cấp xã'.", [N_EMAIL])
r(p, "Tỉnh Quảng Ngãi (Sở Nội vụ)", "existing",
  "Tổ chức lớp kỹ năng số cho CBCC xã trên nền tảng Bình dân học vụ số", "",
  [], f"Sử dụng {N_BDHV} ({P3c}); không xây nền tảng riêng.")
r(p, "Tỉnh Lai Châu", "planned",
  "Nền tảng học trực tuyến mở (MOOC) phổ cập kỹ năng số cho toàn dân tỉnh Lai Châu", "",
  [], f"{P3c}: 'Nền tảng Bình dân học vụ số: nền tảng học trực tuyến mở đại trà quốc gia để đào tạo, phổ cập kiến thức, kỹ năng số cho mọi đối tượng'.", [N_BDHV])
r(p, "Tỉnh Điện Biên", "planned",
  "eKYC và tài khoản định danh điện tử riêng cho người dân dùng dịch vụ số của tỉnh",
  "Xác thực khuôn mặt, đối chiếu CCCD, cấp tài khoản đăng nhập một lần cho các dịch vụ số của tỉnh.",
  ["A-03"], f"{A(3)}: nền tảng dùng chung cung cấp dịch vụ định danh, xác thực điện tử theo Nghị định 69/2024/NĐ-CP.")
r(p, "Sở Y tế tỉnh Lạng Sơn", "planned",
  "Phần mềm quản lý tiêm chủng tỉnh Lạng Sơn", "",
  ["B-33"], f"{B(33)}: lưu trữ, quản lý thông tin sức khỏe cá nhân tập trung toàn quốc, 'tích hợp Hệ thống quản lý thông tin tiêm chủng quốc gia'.", nd=True)
r(p, "Bệnh viện Đa khoa tỉnh Lạng Sơn", "expanding",
  "Nâng cấp HIS, LIS, PACS", "",
  [], f"Phần mềm vận hành khám chữa bệnh của một bệnh viện; {B(33)} là sổ sức khỏe cá nhân toàn quốc, không phải hệ thống vận hành bệnh viện.")
r(p, "Tỉnh Ninh Bình (cũ Hà Nam)", "retiring",
  "mail.hanam.gov.vn - dung sau sap nhap", "",
  [], f"Hệ thống thư điện tử riêng cấp tỉnh lặp chức năng của {N_EMAIL} ({P3c}); gán nhãn theo chức năng bất kể trạng thái.", [N_EMAIL], nd=True)
r(p, "Tỉnh Cà Mau (Sở KH&CN)", "planned",
  "Cấp hộp thư điện tử cho mỗi công dân để nhận thông báo của chính quyền",
  "Mỗi người dân có một địa chỉ email do tỉnh cấp để nhận giấy mời, thông báo, kết quả giải quyết.",
  [], f"{P3c}: 'Hệ thống thư điện tử phục vụ tiếp nhận thông báo do cơ quan nhà nước gửi đến... phục vụ công dân'; không phải dòng 1132.", [N_NOTIFY])
r(p, "Tỉnh Đồng Tháp (Sở KH&CN)", "planned",
  "Cổng kết nối các CA công cộng (VNPT-CA, Viettel-CA, FPT-CA) để kiểm tra chữ ký số của doanh nghiệp trên hồ sơ điện tử", "",
  [], f"{P3a}: 'Cổng kết nối dịch vụ chứng thực chữ ký số công cộng: phục vụ kết nối dịch vụ chứng thực chữ ký số công cộng với các hệ thống thông tin'.", [N_CAGW])
r(p, "Tỉnh Hà Tĩnh", "planned",
  "Speech-to-text ghi biên bản họp UBND tỉnh", "",
  [], "Công cụ AI phục vụ nghiệp vụ nội bộ; không có dòng 1132 nào về chuyển giọng nói thành văn bản (1132/QĐ-TTg Phụ lục II).")
r(p, "Tỉnh Gia Lai", "planned",
  "OCR so hoa ho so dat dai luu tru giay", "",
  [], "Số hóa tài liệu của tỉnh; không dòng 1132 nào có chức năng nhận dạng ký tự (1132/QĐ-TTg Phụ lục II).", nd=True)
r(p, "Tỉnh Tây Ninh", "planned",
  "Private cloud tỉnh (OpenStack) trên TTDL tỉnh - migrate 18 ứng dụng", "",
  [], f"{PL(6,'Lớp 1')} (Trung tâm dữ liệu cấp tỉnh) và nguyên tắc Cloud First ({'3090/QĐ-BKHCN Phần II mục 2'}); ứng dụng của tỉnh, không phải CSDL quốc gia như phạm vi {A(8)}.")
r(p, "Tỉnh Phú Thọ (Sở Tư pháp)", "planned",
  "Phần mềm đăng ký hộ tịch điện tử dùng riêng của tỉnh", "",
  ["B-06"], f"TTHC hộ tịch thuộc lĩnh vực Bộ Tư pháp: {TTHC}; {B(6)}.", nd=True)
r(p, "Tỉnh Đồng Tháp", "existing",
  "BI dashboard chỉ tiêu KT-XH cho lãnh đạo tỉnh (Power BI)", "",
  [], f"{PL(6,'Lớp 4')}: 'Các Bảng thông tin điều hành (Dashboard) giám sát, điều hành cấp tỉnh'.")

# ---------------- MINISTRY ----------------
m = 'ministry'
r(m, "Bộ Công an (Cục Cảnh sát QLHC về TTXH)", "expanding",
  "Nâng cấp ứng dụng VNeID phiên bản mới: ví giấy tờ số, chi trả an sinh", "",
  [], f"Chủ quản tự nâng cấp nền tảng của mình: {A(2)}; 1132/QĐ-TTg Điều 2 khoản 1 (nền tảng được duy trì, nâng cấp thường xuyên).")
r(m, "Bộ Công an (Cục An ninh mạng và PCTP sử dụng CNC)", "planned",
  "Triển khai Nền tảng SOC quốc gia thế hệ mới - giai đoạn 1", "",
  [], f"Chủ quản xây dựng chính nền tảng: {A(13)}.")
r(m, "Bộ Công an (Trung tâm dữ liệu quốc gia)", "expanding",
  "Expand national government cloud capacity at National Data Center No.2", "",
  [], f"Chủ quản mở rộng chính nền tảng: {A(8)}.")
r(m, "Bộ Công an", "planned",
  "Xây dựng Nền tảng số từ điển dữ liệu dùng chung", "",
  [], f"Chủ quản: {A(12)}.")
r(m, "Văn phòng Chính phủ", "expanding",
  "Nâng cấp Trục liên thông văn bản quốc gia: mở rộng kết nối doanh nghiệp, người dân", "",
  [], f"Chủ quản: {A(4)}.")
r(m, "Bộ Khoa học và Công nghệ (Cục Chuyển đổi số quốc gia)", "existing",
  "Duy trì vận hành NDXP", "",
  [], f"Chủ quản: {A(6)}.")
r(m, "Bộ Tài chính (Cục Thống kê)", "planned",
  "Nền tảng quản lý dữ liệu thống kê - giai đoạn 2 (thu thập chỉ tiêu cấp xã)", "",
  [], f"Chủ quản: {A(15)}.", nd=True)
r(m, "Bộ Tư pháp", "planned",
  "Cổng Pháp luật quốc gia - module tiếp nhận, phản hồi phản ánh, kiến nghị về chính sách pháp luật", "",
  [], f"Chủ quản: {A(16)} (gồm tiếp nhận, phản hồi phản ánh, kiến nghị về chính sách pháp luật).")
r(m, "Bộ Nội vụ", "expanding",
  "Nâng cấp CSDL quốc gia về CBCCVC, kết nối 34 tỉnh", "",
  [], f"Chủ quản: {B(29)}.")
r(m, "Thanh tra Chính phủ", "planned",
  "Đầu tư xây dựng Nền tảng số công tác thanh tra (thanh tra điện tử)", "",
  [], f"Chủ quản: {B(56)}.")
r(m, "Ngân hàng Nhà nước Việt Nam (CIC)", "expanding",
  "Nâng cấp core hệ thống thông tin tín dụng quốc gia", "",
  [], f"Chủ quản: {B(51)}.")
r(m, "Ngân hàng Nhà nước Việt Nam", "existing",
  "IBPS - duy tri van hanh he thong thanh toan dien tu lien ngan hang", "",
  [], f"Chủ quản: {B(50)}.", nd=True)
r(m, "Bộ Tài chính (Ủy ban Chứng khoán Nhà nước)", "planned",
  "Data warehouse giám sát thị trường chứng khoán", "Kho dữ liệu tập trung chuyên ngành phục vụ giám sát giao dịch.",
  [], f"Đơn vị của chủ quản: {B(53)} (Kho dữ liệu tập trung chuyên ngành của UBCKNN).")
r(m, "Bộ Tài chính (Cục Hải quan)", "planned",
  "Đầu tư Hệ thống CNTT Hải quan số thế hệ mới", "",
  [], f"Chủ quản: {B(25)}.")
r(m, "Bộ Dân tộc và Tôn giáo", "planned",
  "Xây dựng Nền tảng/CSDL tôn giáo", "",
  [], f"Chủ quản: {B(47)}.")
r(m, "Bộ Xây dựng (Cục Đường bộ Việt Nam)", "planned",
  "Nền tảng quản lý ITS đường bộ toàn quốc", "",
  [], f"Chủ quản: {B(54)}.")
r(m, "Bộ Văn hóa, Thể thao và Du lịch", "planned",
  "Hệ thống gửi nhận văn bản điện tử riêng giữa Bộ và các Sở VHTTDL",
  "Trao đổi văn bản điện tử, truy vết trạng thái gửi, nhận, xử lý giữa Bộ với 34 Sở, không qua trục chung.",
  ["A-04"], f"{A(4)}: kết nối và trao đổi văn bản điện tử thống nhất toàn quốc giữa các cơ quan trong hệ thống chính trị, truy vết quá trình gửi, nhận, xử lý.")
r(m, "Bộ Ngoại giao", "planned",
  "Thuê dịch vụ Anti-DDoS và WAF cho website các cơ quan đại diện ở nước ngoài", "",
  ["A-14"], f"{A(14)}: tường lửa ứng dụng web, phòng chống DDoS tập trung; 'các cơ quan nhà nước không cần đầu tư... giải pháp có tính năng tương tự'. Đối ngoại không thuộc ngoại lệ quốc phòng, an ninh, cơ yếu ({D2}).")
r(m, "Bộ Y tế", "expanding",
  "Sổ sức khỏe điện tử - mở rộng tích hợp dữ liệu tiêm chủng", "",
  [], f"Chủ quản: {B(33)}.")
r(m, "Bộ Giáo dục và Đào tạo", "planned",
  "Nền tảng học tập số cho học sinh phổ thông (LMS, kiểm tra đánh giá trực tuyến)", "",
  [], f"Chủ quản: {B(36)}.", nd=True)
r(m, "Bộ Công Thương", "expanding",
  "Nâng cấp hệ thống email Exchange on-premise của Bộ (5.000 mailbox)", "",
  [], f"{P3c}: thư điện tử công vụ là hệ thống dùng chung từ Trung ương đến cấp xã.", [N_EMAIL])
r(m, "Bộ Xây dựng", "planned",
  "Thuê 200 vCPU trên cloud thương mại để vận hành CSDL quốc gia về nhà ở và thị trường bất động sản",
  "Hosting CSDL, sao lưu, DR tại DC của nhà cung cấp.",
  ["A-08"], f"{A(8)}: hạ tầng đám mây tập trung lưu trữ, quản lý dữ liệu quốc gia, mục tiêu 100% CSDL quốc gia chạy trên nền tảng; 3090/QĐ-BKHCN Phần II mục 4 điểm b: 'CSDL quốc gia phải được lưu trữ trên hạ tầng TTDL quốc gia'.")
r(m, "Bộ Tài chính (Cục Công nghệ thông tin và Chuyển đổi số)", "planned",
  "LGSP cấp bộ: ESB + message queue (Kafka), kết nối NDXP/NDOP", "",
  [], f"{PL(5,'Lớp 2')}: 'Nền tảng tích hợp, chia sẻ dữ liệu cấp bộ (LGSP cấp bộ)'.")
r(m, "Bộ Nội vụ", "existing",
  "Kho dữ liệu dùng chung ngành Nội vụ", "",
  [], f"{PL(5,'Lớp 2')}: 'Kho dữ liệu dùng chung cấp bộ'.")
r(m, "Bộ Khoa học và Công nghệ", "planned",
  "Nền tảng AI cấp bộ: LLM mã nguồn mở on-premise tra cứu văn bản nội bộ", "",
  [], f"{PL(5,'Lớp 3')}: 'Nền tảng AI cấp bộ... cung cấp năng lực tính toán, mô hình và công cụ... đồng bộ với Nền tảng AI quốc gia'.")
r(m, "Bộ Dân tộc và Tôn giáo", "planned",
  "Đầu tư xây dựng mô hình ngôn ngữ lớn tiếng Việt và tiếng dân tộc thiểu số dùng chung cho các cơ quan hệ thống chính trị",
  "Huấn luyện foundation model, cung cấp API xử lý ngôn ngữ tự nhiên cho các bộ, ngành, địa phương.",
  [], f"{P3b}: Nền tảng AI dùng chung cung cấp mô hình nền tảng, dịch vụ AI lõi qua API cho toàn hệ thống, gồm 'Mô hình ngôn ngữ lớn tiếng Việt... xử lý tiếng Việt và ngôn ngữ dân tộc thiểu số'; không phải dòng 1132.", [N_AI])
r(m, "Bộ Tư pháp (Trung tâm Lý lịch tư pháp quốc gia)", "existing",
  "Phần mềm cấp Phiếu lý lịch tư pháp trực tuyến", "",
  [], f"TTHC thuộc lĩnh vực của chính Bộ Tư pháp, chủ quản {B(6)}.")
r(m, "Bộ Ngoại giao (Cục Lãnh sự)", "existing",
  "Cổng dịch vụ công lãnh sự: hợp pháp hóa, chứng nhận lãnh sự", "",
  [], f"Chủ quản: {B(4)} (Bộ Ngoại giao, đã vận hành).")
r(m, "Bộ Nông nghiệp và Môi trường (Cục Khí tượng Thủy văn)", "planned",
  "AI early-warning for flash floods and landslides", "",
  [], f"Chủ quản: {B(39)}.")
r(m, "Bộ Ngoại giao", "existing",
  "MISA Mimosa", "Kế toán hành chính sự nghiệp của Văn phòng Bộ.",
  [], f"{PL(5,'Lớp 3')}: 'Ứng dụng quản lý nguồn lực (Quản lý tài chính, kế toán)'; kế toán đơn vị không lặp chức năng {B(52)} (phân bổ dự toán, thu chi NSNN).")
r(m, "Bộ Văn hóa, Thể thao và Du lịch", "existing",
  "Phần mềm quản lý tài sản công của Bộ", "",
  [], f"{PL(5,'Lớp 3')}: 'Ứng dụng quản lý nguồn lực (Quản lý tài sản)'.")
r(m, "Bộ Quốc phòng (Bộ Tư lệnh 86)", "planned",
  "Trung tâm giám sát an ninh mạng quân sự (SOC)", "",
  [], f"{EXC}; hệ thống phục vụ quốc phòng.")
r(m, "Bộ Quốc phòng", "existing",
  "Mạng truyền số liệu quân sự", "",
  [], f"{EXC}.")
r(m, "Bộ Quốc phòng (Cục CNTT)", "planned",
  "Private cloud quan su luu tru du lieu quoc phong", "",
  [], f"{EXC}; 3090/QĐ-BKHCN Phần II mục 4 điểm b: dữ liệu quốc phòng chỉ lưu tại TTDL quốc gia khi chủ sở hữu đồng ý.", nd=True)
r(m, "Bộ Xây dựng (Cục Hàng hải và Đường thủy Việt Nam)", "planned",
  "Cổng khai báo điện tử riêng cho tàu biển quốc tế nhập cảnh, xuất cảnh, quá cảnh",
  "Tiếp nhận bản khai, cấp giấy phép rời cảng cho tàu nước ngoài, tách khỏi cổng một cửa.",
  ["B-18"], f"{B(18)}: thủ tục liên quan đến phương tiện vận tải xuất cảnh, nhập cảnh, quá cảnh theo cơ chế một cửa quốc gia.")
r(m, "Bộ Xây dựng (Cảng vụ Hàng hải Hải Phòng)", "existing",
  "Kết nối phần mềm cảng vụ với Cổng thông tin một cửa quốc gia", "",
  [], f"Chỉ kết nối vào {B(18)}.")
r(m, "Bộ Tài chính (Kho bạc Nhà nước)", "expanding",
  "VDBAS - triển khai phân hệ chi NSNN trực tuyến", "",
  [], f"Chủ quản: {B(52)}.")
r(m, "Bộ Công Thương (Cục Quản lý và Phát triển thị trường trong nước)", "planned",
  "Tích hợp dữ liệu xử phạt VPHC của lực lượng QLTT và hạ tầng thương mại", "",
  [], f"Chủ quản: {B(42)}.")
r(m, "Bộ Khoa học và Công nghệ", "planned",
  "Nền tảng số quản lý nhiệm vụ KH,CN&ĐMST quốc gia", "",
  [], f"Chủ quản: {B(48)}.")
r(m, "Bộ Văn hóa, Thể thao và Du lịch (Cục Du lịch Quốc gia)", "planned",
  "Tourism Management & Business Platform", "",
  [], f"Chủ quản: {B(45)}.")
r(m, "Bộ Nội vụ (Cục Việc làm)", "expanding",
  "San viec lam quoc gia - mo rong ket noi trung tam dich vu viec lam", "",
  [], f"Chủ quản: {B(31)}.", nd=True)
r(m, "Bộ Công an", "planned",
  "Trợ lý ảo quốc gia - lớp tri thức quản lý nhà nước, pháp luật", "",
  [], f"Chủ quản: {A(10)}.")
r(m, "Bộ Xây dựng", "planned",
  "Đầu tư chatbot AI riêng (engine NLP tự phát triển) hỏi đáp TTHC ngành xây dựng", "",
  ["A-10"], f"{A(10)}: các bộ tùy biến trợ lý ảo trên nền tảng duy nhất 'mà không phải đầu tư, triển khai các nền tảng thuật toán riêng lẻ'.")
r(m, "Bộ Tư pháp (Cục Hộ tịch, quốc tịch, chứng thực)", "planned",
  "OCR số hóa sổ hộ tịch giấy lưu trữ", "",
  [], "Công cụ số hóa tài liệu; không có dòng 1132 nào về nhận dạng ký tự (1132/QĐ-TTg Phụ lục II).")
r(m, "Thanh tra Chính phủ", "retiring",
  "He thong tiep cong dan, xu ly don thu phien ban cu", "Ngung khi Nen tang so cong tac tiep cong dan van hanh.",
  [], f"Hệ thống cũ của chính chủ quản {B(55)}.", nd=True)
r(m, "Bộ Tài chính (Cục Thuế)", "expanding",
  "Nâng cấp ứng dụng eTax Mobile", "",
  [], f"Chủ quản: {B(27)}.")
r(m, "Bộ Văn hóa, Thể thao và Du lịch", "planned",
  "Cổng dữ liệu mở ngành văn hóa (xuất bản dataset cho người dân tải về)", "",
  ["A-07"], f"{A(7)}: nền tảng tập trung cung cấp dữ liệu mở của các bộ, ngành, địa phương, có không gian riêng cho mỗi cơ quan quản trị tập dữ liệu.")
r(m, "Bộ Công Thương", "existing",
  "Viettel vOffice", "Quản lý văn bản và điều hành của cơ quan Bộ.",
  [], f"{PL(5,'Lớp 3')}: 'Ứng dụng hỗ trợ hoạt động của các cơ quan nhà nước (Quản lý văn bản và điều hành...)'.")
r(m, "Bộ Ngoại giao", "planned",
  "Executive dashboard cấp bộ (Power BI)", "",
  [], f"{PL(5,'Lớp 4')}: 'Các Bảng thông tin điều hành (Dashboard) giám sát, điều hành cấp bộ'.")
r(m, "Bộ Xây dựng", "planned",
  "Phần mềm quản lý thi đua, khen thưởng", "",
  [], f"{PL(5,'Lớp 3')}: 'Quản lý thi đua khen thưởng' là ứng dụng hỗ trợ hoạt động cấp bộ.")
r(m, "Bộ Giáo dục và Đào tạo", "planned",
  "Cấp và tra cứu văn bằng, chứng chỉ trên Nền tảng chuỗi khối quốc gia", "",
  [], f"Ứng dụng xây trên {A(9)} (nền tảng cho phép bộ, ngành phát triển ứng dụng chuỗi khối trên đó); dùng, không lặp.")
r(m, "Bộ Khoa học và Công nghệ (Cục Bưu điện Trung ương)", "expanding",
  "Mạng TSLCD - nâng cấp lõi IP/MPLS", "",
  [], f"Đơn vị vận hành tự nâng cấp chính mạng TSLCD ({P3a}); không phải hệ thống thứ hai.")
r(m, "Bộ Nông nghiệp và Môi trường", "planned",
  "Kho quản lý dữ liệu điện tử của tổ chức, cá nhân (phục vụ HTTT giải quyết TTHC của Bộ)", "",
  [], f"{PL(5,'Lớp 2')}: 'Kho quản lý dữ liệu điện tử của tổ chức, cá nhân'.")
r(m, "Bộ Y tế (Cục Quản lý Khám, chữa bệnh)", "planned",
  "Dự toán 2027: thuê dịch vụ phần mềm cấp phép hành nghề KCB dùng chung toàn quốc (2,4 tỷ đồng)", "",
  [], f"Thuộc HTTT giải quyết TTHC của chính Bộ Y tế, chủ quản {B(14)}.")

# ---------------- COMMUNE ----------------
c = 'commune'
r(c, "UBND xã Sìn Hồ (tỉnh Lai Châu)", "existing",
  "Wifi công cộng nhà văn hóa xã", "",
  [], f"{P3a} 'Hạ tầng ICT cấp xã' gồm hệ thống wifi công cộng; {PL(7,'Lớp 1')}.", nd=True)
r(c, "UBND phường Hà Giang 1 (tỉnh Tuyên Quang)", "planned",
  "Màn hình LED tại Bộ phận một cửa phường",
  "Hiển thị số thứ tự, trạng thái hồ sơ dịch vụ công cho người dân chờ.",
  [], f"Thiết bị hiển thị tại chỗ (bảng điện tử công cộng, {P3a}); nhắc tới 'dịch vụ công' nhưng không xử lý hồ sơ, không lặp {A(1)}.")
r(c, "UBND xã Mường Nhé (tỉnh Điện Biên)", "planned",
  "Kiosk tra cứu dịch vụ công cho người dân",
  "Tra cứu tình trạng hồ sơ trên Cổng DVC quốc gia, in phiếu hẹn.",
  [], f"Kênh tiếp cận bổ trợ tại cộng đồng ({PL(7,'Lớp 4')}); truy cập {A(1)}, không thay thế.")
r(c, "UBND đặc khu Phú Quốc (tỉnh An Giang)", "planned",
  "Xây dựng cổng dịch vụ công trực tuyến riêng của đặc khu Phú Quốc",
  "Giao diện để người dân, doanh nghiệp nộp hồ sơ, theo dõi, nhận kết quả các TTHC tại đặc khu.",
  ["A-01"], f"{A(1)}: 'giao diện một cửa duy nhất của tổ chức, cá nhân thực hiện các TTHC'; {X4577}: cấp xã không tự xây dựng phần mềm riêng lẻ khi đã có giải pháp dùng chung.")
r(c, "UBND đặc khu Lý Sơn (tỉnh Quảng Ngãi)", "planned",
  "Kết nối Internet vệ tinh dự phòng cho trụ sở đặc khu", "",
  [], f"{P3a}: 'Các kết nối đặc thù cho vùng sâu, vùng xa... Internet vệ tinh'.")
r(c, "UBND đặc khu Bạch Long Vĩ (TP Hải Phòng)", "existing",
  "Thuê kênh TSLCD và Internet leased line", "",
  [], f"Dùng mạng TSLCD quốc gia và Internet ({P3a}).")
r(c, "UBND xã Bát Xát (tỉnh Lào Cai)", "existing",
  "Hệ thống truyền thanh thông minh (IP) - 24 cụm loa", "",
  [], f"{P3a}: Hạ tầng ICT cấp xã gồm 'hệ thống truyền thanh thông minh'.")
r(c, "UBND xã Mèo Vạc (tỉnh Tuyên Quang)", "planned",
  "Camera an ninh trật tự tại các trục đường chính của xã", "",
  [], f"{P3a}: Hạ tầng ICT cấp xã gồm 'hệ thống camera an ninh'.")
r(c, "UBND xã Năm Căn (tỉnh Cà Mau)", "planned",
  "Phần mềm quản lý hộ tịch riêng của xã",
  "Đăng ký khai sinh, kết hôn, khai tử, cấp trích lục hộ tịch cho người dân.",
  ["B-06"], f"TTHC hộ tịch thuộc lĩnh vực Bộ Tư pháp: {TTHC}; {B(6)}.")
r(c, "UBND xã Tam Nông (tỉnh Đồng Tháp)", "existing",
  "phan mem chung thuc", "chung thuc ban sao tu ban chinh, chung thuc chu ky",
  ["B-06"], f"Chứng thực là TTHC lĩnh vực Bộ Tư pháp: {TTHC}; {B(6)}.", nd=True)
r(c, "UBND xã Mường Tè (tỉnh Lai Châu)", "planned",
  "Phần mềm quản lý hồ sơ cán bộ, công chức xã", "",
  ["B-29"], f"{B(29)}: nền tảng dùng chung quản lý CBCCVC ở trung ương và địa phương.")
r(c, "UBND xã Na Hang (tỉnh Tuyên Quang)", "existing",
  "Email xã dùng Gmail", "Dùng gmail gửi nhận công văn, giấy mời.",
  [], f"Thư điện tử công vụ của xã là chức năng của hệ thống dùng chung 'từ Trung ương đến cấp xã' ({P3c}).", [N_EMAIL], nd=True)
r(c, "UBND xã Đồng Văn (tỉnh Tuyên Quang)", "existing",
  "Phòng họp trực tuyến xã (màn hình, camera, micro)", "",
  [], f"{P3a}: Hạ tầng ICT cấp xã gồm 'hệ thống hội nghị truyền hình trực tuyến' (thiết bị điểm cầu).")
r(c, "UBND phường Tân An (tỉnh Tây Ninh)", "planned",
  "Dashboard điều hành phường lấy số liệu từ IOC tỉnh", "",
  [], f"{PL(7,'Lớp 4')}: dashboard giám sát, điều hành dùng chung tại cấp tỉnh; không dòng 1132 nào tương ứng.")
r(c, "UBND xã Con Cuông (tỉnh Nghệ An)", "planned",
  "Phần mềm đăng ký hộ kinh doanh của xã",
  "Cấp, thay đổi, tạm ngừng giấy chứng nhận đăng ký hộ kinh doanh.",
  ["B-23"], f"{B(23)}: nền tảng phục vụ đăng ký thành lập doanh nghiệp, hộ kinh doanh trên phạm vi toàn quốc.")
r(c, "UBND xã Krông Nô (tỉnh Lâm Đồng)", "planned",
  "Phan mem quan ly dan gia suc, tiem phong va kiem dich dong vat cua xa", "",
  ["B-37"], f"{B(37)}: quản lý thống nhất từ trung ương đến địa phương về chăn nuôi, thú y, dịch bệnh, kiểm dịch động vật.", nd=True)
r(c, "UBND xã Phong Thổ (tỉnh Lai Châu)", "planned",
  "Trang thông tin điện tử xã", "",
  [], "Kênh thông tin của xã; không dòng 1132/QĐ-TTg Phụ lục II nào là trang tin của cơ quan.")
r(c, "UBND phường Sa Pa (tỉnh Lào Cai)", "planned",
  "Ứng dụng đặt phòng homestay, thanh toán QR cho hộ kinh doanh du lịch", "",
  [], f"{PL(7,'Lớp 3 điểm b')}: 'Giải pháp/nền tảng chuyển đổi số du lịch cho doanh nghiệp, hộ kinh doanh cá thể', 'Giải pháp thanh toán điện tử'.")
r(c, "UBND xã Cần Giờ (TP Hồ Chí Minh)", "planned",
  "IoT quan trắc chất lượng nước vùng nuôi tôm", "",
  [], f"{PL(7,'Lớp 3 điểm b')}: 'Hệ thống quan trắc và giám sát môi trường (nếu cấp tỉnh không triển khai tập trung)'.")
r(c, "UBND xã Năm Căn (tỉnh Cà Mau)", "planned",
  "Chợ không dùng tiền mặt (QR code) tại chợ xã", "",
  [], f"{PL(7,'Lớp 3 điểm b')}: 'Giải pháp thanh toán điện tử/không tiền mặt'.")
r(c, "UBND phường Long Châu (tỉnh Vĩnh Long)", "existing",
  "QLVB iOffice (dung chung cua tinh)", "",
  [], f"Xã dùng giải pháp dùng chung của tỉnh ({X4577}); QLVB là ứng dụng hỗ trợ hoạt động, không phải dòng 1132.", nd=True)
r(c, "UBND xã Mường Lát (tỉnh Thanh Hóa)", "planned",
  "Chatbot Zalo OA trả lời người dân về TTHC, tự huấn luyện mô hình AI riêng", "",
  ["A-10"], f"{A(10)}: địa phương tùy biến trên nền tảng trợ lý ảo duy nhất 'mà không phải đầu tư, triển khai các nền tảng thuật toán riêng lẻ'.")
r(c, "UBND xã Mường Lát (tỉnh Thanh Hóa)", "existing",
  "Zalo OA UBND xa", "dang thong bao, lich tiep dan",
  [], "Kênh đăng thông báo của xã; không lặp chức năng dòng nào của 1132/QĐ-TTg Phụ lục II.", nd=True)
r(c, "UBND phường Tuy Hòa (tỉnh Đắk Lắk)", "planned",
  "Phần mềm cấp giấy phép xây dựng nhà ở riêng lẻ của phường", "",
  ["B-10"], f"TTHC lĩnh vực xây dựng: {TTHC}; {B(10)}.")
r(c, "UBND xã Ea Súp (tỉnh Đắk Lắk)", "existing",
  "Phần mềm tiếp công dân, theo dõi đơn thư của xã", "",
  ["B-55"], f"{B(55)}: tiếp công dân, xử lý đơn, khiếu nại, tố cáo, kiến nghị, phản ánh, phân cấp xử lý đến từng cán bộ từ trung ương đến địa phương.")
r(c, "UBND xã Chư Sê (tỉnh Gia Lai)", "planned",
  "He thong tong hop chi tieu thong ke cap xa", "tu tong hop bao cao thong ke KT-XH cua xa bang phan mem rieng",
  ["A-15"], f"{A(15)}: thu thập, xử lý dữ liệu báo cáo thống kê các chỉ tiêu thống kê cấp tỉnh, cấp xã.", nd=True)
r(c, "UBND xã Hòn Đất (tỉnh An Giang)", "planned",
  "Cài agent giám sát ATTT cho 25 máy trạm, đẩy log về SOC tỉnh", "",
  [], f"An toàn đầu cuối do chủ quản chịu trách nhiệm ({P3a}); chỉ gửi dữ liệu lên hệ thống giám sát, không dựng nền tảng điều phối.")
r(c, "UBND phường Thái Bình (tỉnh Hưng Yên)", "planned",
  "Phần mềm đấu giá quyền sử dụng đất trực tuyến của phường", "",
  ["B-22"], f"{B(22)}: đăng tải thông báo, niêm yết công khai, quản lý các cuộc đấu giá tài sản.")
r(c, "UBND xã Lộc Bình (tỉnh Lạng Sơn)", "planned",
  "Phần mềm quản lý cơ sở kinh doanh thực phẩm, xác nhận kiến thức ATTP", "",
  ["B-34"], f"{B(34)}: môi trường số duy nhất phục vụ 100% TTHC an toàn thực phẩm.")
r(c, "UBND xã Quản Bạ (tỉnh Tuyên Quang)", "existing",
  "Đầu đọc CCCD gắn chip tại bộ phận một cửa", "",
  [], f"Thiết bị đọc, xác thực thẻ dùng dịch vụ của {A(3)}; không phải nền tảng.")
r(c, "UBND xã Trà Cú (tỉnh Vĩnh Long)", "planned",
  "Quản lý thông tin đồng bào Khmer, hộ nghèo vùng DTTS của xã", "",
  ["B-46"], f"{B(46)}: CSDL dùng chung quản lý nhà nước về công tác dân tộc, chính sách dân tộc trên phạm vi toàn quốc.")
r(c, "UBND phường Điện Biên Phủ (tỉnh Điện Biên)", "planned",
  "Bảng điện tử công cộng tại quảng trường", "",
  [], f"{P3a}: Hạ tầng ICT cấp xã gồm 'hệ thống bảng điện tử công cộng'.")
r(c, "UBND xã Bắc Yên (tỉnh Sơn La)", "retiring",
  "Hop thu dien tu ten mien rieng cua huyen cu", "Ngung sau sap xep don vi hanh chinh.",
  [], f"Email riêng lặp {N_EMAIL} ({P3c}); nhãn theo chức năng.", [N_EMAIL], nd=True)
r(c, "UBND xã Mộc Châu (tỉnh Sơn La)", "existing",
  "Tiếp nhận hồ sơ TTHC trên Hệ thống thông tin giải quyết TTHC của tỉnh", "",
  [], f"Xã dùng hệ thống dùng chung của tỉnh ({X4577}; {PL(7,'Lớp 3')}).")
r(c, "UBND xã Đam Rông (tỉnh Lâm Đồng)", "planned",
  "Telehealth: tư vấn khám bệnh từ xa cho trạm y tế xã", "",
  [], f"{PL(7,'Lớp 3 điểm b')}: 'Giải pháp tư vấn, chăm sóc sức khoẻ từ xa'; không lặp {B(33)}.")
r(c, "UBND phường Buôn Ma Thuột (tỉnh Đắk Lắk)", "planned",
  "Bãi đỗ xe thông minh khu trung tâm", "",
  [], f"{PL(7,'Lớp 3 điểm b')}: 'Bãi đỗ xe thông minh (nếu cấp tỉnh không triển khai tập trung)'.")

# ---------------- PARTY ----------------
y = 'party'
r(y, "Văn phòng Trung ương Đảng", "expanding",
  "Hệ thống thông tin điều hành tác nghiệp trong các cơ quan Đảng - mở rộng tới đảng ủy xã", "",
  [], f"Chủ quản: {B(19)}.")
r(y, "Văn phòng Tỉnh ủy Cao Bằng", "planned",
  "Mua phần mềm eOffice thương mại cho các ban Đảng tỉnh",
  "Gửi, nhận, xử lý văn bản, hồ sơ công việc của các ban xây dựng Đảng và đảng ủy trực thuộc.",
  ["B-19"], f"{B(19)}: hệ thống dùng chung gửi, nhận, xử lý văn bản toàn trình trong các cơ quan Đảng, xuyên suốt từ trung ương đến cấp xã.")
r(y, "Tỉnh ủy Cao Bằng", "existing",
  "Kết nối mạng thông tin diện rộng của Đảng tới 56 đảng ủy xã", "",
  [], f"Sử dụng {N_PWAN} ({P3a}); mở rộng điểm kết nối, không xây mạng thứ hai.")
r(y, "Đảng ủy UBND tỉnh Gia Lai", "planned",
  "Ứng dụng Đảng viên số", "",
  [], f"{PL(1,'Lớp 3')}: 'Ứng dụng Đảng viên số'.")
r(y, "Ban Tổ chức Tỉnh ủy Hà Tĩnh", "planned",
  "Phần mềm quản lý hồ sơ đảng viên, tổ chức cơ sở đảng của tỉnh", "",
  ["B-20"], f"{B(20)}: triển khai tập trung cho cơ quan Đảng các cấp, nghiệp vụ về tổ chức, cán bộ, đảng viên.")
r(y, "Văn phòng Tỉnh ủy Lâm Đồng", "planned",
  "Phần mềm theo dõi, đôn đốc thực hiện nghị quyết, chỉ thị, kết luận của Trung ương", "",
  ["B-21"], f"{B(21)}: phần mềm theo dõi tình hình thực hiện nghị quyết, chỉ thị, kết luận của Trung ương.")
r(y, "Ủy ban Kiểm tra Tỉnh ủy Quảng Trị", "planned",
  "Phần mềm quản lý hồ sơ kiểm tra, giám sát, thi hành kỷ luật đảng", "",
  [], f"{PL(1,'Lớp 3')}: HTTT chuyên ngành cơ quan Đảng gồm 'Lĩnh vực Kiểm tra, giám sát, kỷ luật Đảng'.")
r(y, "Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ", "existing",
  "Social listening - thu thập, tổng hợp thông tin trên Internet", "",
  [], f"{PL(1,'Lớp 3')}: 'Hệ thống thu thập, tổng hợp thông tin trên Internet'.")
r(y, "Đảng ủy xã Mường Nhé (tỉnh Điện Biên)", "existing",
  "nhan van ban qua he thong dieu hanh tac nghiep cua Dang", "",
  [], f"Người dùng của {B(19)}.", nd=True)
r(y, "Văn phòng Trung ương Đảng", "planned",
  "Nền tảng tích hợp, chia sẻ dữ liệu của cơ quan Đảng", "",
  [], f"{PL(1,'Lớp 2')}: 'Nền tảng tích hợp, chia sẻ dữ liệu của cơ quan Đảng'.")
r(y, "Tỉnh ủy An Giang", "planned",
  "Phần mềm giải quyết thủ tục của Đảng trực tuyến (chuyển sinh hoạt đảng, kết nạp đảng viên)", "",
  ["B-01"], f"{B(1)}: hệ thống dùng chung triển khai tại tất cả các tổ chức Đảng trên quy mô toàn quốc.")
r(y, "Tỉnh ủy An Giang", "planned",
  "Ung dung ho tro Dai hoi Dang bo tinh (tai lieu, bieu quyet dien tu)", "",
  [], f"{PL(1,'Lớp 3')}: 'Các ứng dụng hỗ trợ Đại hội Đảng các cấp'.", nd=True)
r(y, "Văn phòng Tỉnh ủy Đồng Tháp", "planned",
  "Mua sắm hệ thống email riêng của Tỉnh ủy", "",
  [], f"{P3c}: thư điện tử công vụ thống nhất cho cơ quan, đơn vị trong hệ thống chính trị, từ Trung ương đến cấp xã.", [N_EMAIL])
r(y, "Tỉnh ủy Lai Châu", "existing",
  "Giải pháp bảo mật Ban Cơ yếu cho máy soạn thảo văn bản mật", "",
  [], f"{P3a}: 'Giải pháp bảo mật cho hệ thống gửi, nhận văn bản mật' dùng chung; đây là triển khai, không lặp.")
r(y, "Văn phòng Trung ương Đảng", "planned",
  "Nâng cấp phần mềm theo dõi thực hiện Nghị quyết, Chỉ thị, Kết luận của Trung ương", "",
  [], f"Chủ quản: {B(21)}.")
r(y, "Ban Tổ chức Tỉnh ủy Tây Ninh", "planned",
  "Thuê phần mềm quản lý cán bộ diện Ban Thường vụ quản lý và bảo vệ chính trị nội bộ", "",
  ["B-20"], f"{B(20)}: nghiệp vụ tổ chức, cán bộ, đảng viên, bảo vệ chính trị nội bộ cho cơ quan Đảng các cấp.")
r(y, "Tỉnh ủy Vĩnh Long", "planned",
  "BI dashboard lãnh đạo Tỉnh ủy", "",
  [], f"{PL(1,'Lớp 4')}: 'Bảng thông tin điều hành (Dashboard) giám sát, điều hành của các cơ quan Đảng'.")
r(y, "Trường Chính trị tỉnh Đắk Lắk", "existing",
  "E-learning bồi dưỡng lý luận chính trị", "",
  [], f"Ứng dụng đào tạo nội bộ của cơ quan Đảng ({PL(1,'Lớp 3')} hệ thống quản trị nội bộ); không lặp Nền tảng Bình dân học vụ số (phổ cập kỹ năng số đại trà).")
r(y, "Đảng ủy phường Hà Giang 1", "existing",
  "so tay dang vien", "",
  [], f"Ứng dụng cho đảng viên ({PL(1,'Lớp 3')} 'Ứng dụng Đảng viên số').", nd=True)
r(y, "Đảng ủy các cơ quan Đảng Trung ương", "planned",
  "Hệ thống lấy ý kiến đảng viên góp ý dự thảo văn kiện đại hội", "",
  [], f"{PL(1,'Lớp 3')}: 'Các ứng dụng hỗ trợ Đại hội Đảng các cấp'.")
r(y, "Văn phòng Tỉnh ủy Thái Nguyên", "planned",
  "Đầu tư hệ thống gửi nhận văn bản mật riêng của Tỉnh ủy tới cấp xã",
  "Gửi, nhận, xử lý văn bản mật, tối mật giữa Tỉnh ủy và đảng ủy xã, phường.",
  ["B-19"], f"{B(19)}: gửi, nhận, xử lý văn bản toàn trình tới cấp độ Tối mật, xuyên suốt từ trung ương đến cấp xã.")

# ---------------- ASSEMBLY ----------------
q = 'assembly'
r(q, "Văn phòng Quốc hội", "planned",
  "Nền tảng tích hợp, chia sẻ dữ liệu của Quốc hội", "",
  [], f"{PL(2,'Lớp 2')}: 'Nền tảng tích hợp, chia sẻ dữ liệu của Quốc hội'.")
r(q, "Văn phòng Quốc hội", "existing",
  "e-Parliament: hệ thống phục vụ kỳ họp không giấy", "",
  [], f"{PL(2,'Lớp 3')}: 'Nhóm các ứng dụng số của Quốc hội hỗ trợ kỳ họp Quốc hội'.")
r(q, "Văn phòng Quốc hội (Trung tâm Thông tin)", "planned",
  "Trợ lý ảo cho ĐBQH tùy biến trên nền tảng Trợ lý ảo quốc gia", "Bổ sung tri thức tài liệu kỳ họp, dự án luật.",
  [], f"{A(10)}: cơ quan tùy biến trợ lý ảo riêng trên nền tảng duy nhất; dùng, không lặp.")
r(q, "Văn phòng Đoàn ĐBQH và HĐND tỉnh Quảng Trị", "planned",
  "Phần mềm tổng hợp, theo dõi kiến nghị cử tri gửi tới kỳ họp", "",
  [], f"{PL(2,'Lớp 3')}: lĩnh vực Công tác dân nguyện, 'ứng dụng số hỗ trợ tương tác với công dân, cử tri, ĐBQH'; kiến nghị cử tri với ĐBQH không phải đơn khiếu nại, tố cáo của {B(55)}.")
r(q, "Văn phòng Đoàn ĐBQH và HĐND tỉnh Đắk Lắk", "planned",
  "Thuê email hosting riêng cho đại biểu HĐND tỉnh", "",
  [], f"{P3c}: thư điện tử công vụ thống nhất cho cơ quan, cá nhân trong hệ thống chính trị.", [N_EMAIL])
r(q, "Văn phòng Quốc hội (Trung tâm Thông tin)", "planned",
  "WAF + anti-DDoS subscription for National Assembly portal", "",
  ["A-14"], f"{A(14)}: tường lửa ứng dụng web, chống DDoS tập trung, cơ quan nhà nước không cần đầu tư giải pháp tương tự; Quốc hội không thuộc ngoại lệ {D2}.")
r(q, "Văn phòng Quốc hội", "planned",
  "Dashboard giám sát của Ủy ban Thường vụ Quốc hội", "",
  [], f"{PL(2,'Lớp 4')}: dashboard giám sát, điều hành của Quốc hội.")
r(q, "Văn phòng Đoàn ĐBQH và HĐND tỉnh Lào Cai", "existing",
  "Trang thông tin HĐND tỉnh, livestream kỳ họp", "",
  [], f"{PL(2,'Lớp 3')} ứng dụng tương tác cử tri; không dòng 1132 nào tương ứng.")
r(q, "Hội đồng Dân tộc của Quốc hội", "planned",
  "Khai thác dữ liệu từ Nền tảng/CSDL dân tộc phục vụ giám sát chính sách dân tộc", "",
  [], f"Khai thác {B(46)} qua kết nối; không thu thập lại dữ liệu.")
r(q, "Văn phòng Đoàn ĐBQH và HĐND tỉnh Hưng Yên", "planned",
  "Hệ thống đăng công báo nghị quyết QPPL của HĐND tỉnh", "",
  ["A-17"], f"{A(17)}: nền tảng tập trung, dùng chung công bố VBQPPL, mọi cơ quan ban hành văn bản pháp quy tự đăng tải.")
r(q, "Viện Nghiên cứu lập pháp", "planned",
  "Thư viện số tài liệu nghiên cứu lập pháp", "",
  [], f"{PL(2,'Lớp 3')}: ứng dụng nghiệp vụ chuyên ngành (Lĩnh vực Lập pháp).")
r(q, "Văn phòng Quốc hội", "planned",
  "Thuê 80 vCPU private cloud tại TTDL Quốc hội cho hệ thống ứng dụng", "",
  [], f"{PL(2,'Lớp 1')}: 'Trung tâm dữ liệu của Quốc hội (sử dụng Trung tâm dữ liệu hiện có)'.", nd=True)
r(q, "Văn phòng Quốc hội", "existing",
  "App tương tác cử tri - ĐBQH", "",
  [], f"{PL(2,'Lớp 3')}: 'Nhóm các ứng dụng số của Quốc hội hỗ trợ tương tác với công dân, cử tri, ĐBQH'.")
r(q, "Văn phòng Đoàn ĐBQH và HĐND tỉnh Cao Bằng", "planned",
  "CSDL tra cứu văn bản pháp luật cho cử tri và người dân",
  "Hệ thống tra cứu luật, nghị định, thông tư có tìm kiếm toàn văn, mở cho mọi người dân.",
  ["A-16"], f"{A(16)}: kênh thông tin pháp luật tập trung, thống nhất để người dân, doanh nghiệp tra cứu, tìm hiểu thuận tiện.")

# ---------------- FRONT ----------------
f = 'front'
r(f, "Ủy ban Trung ương MTTQ Việt Nam", "planned",
  "Nền tảng tích hợp, chia sẻ dữ liệu của MTTQ Việt Nam", "",
  [], f"{PL(3,'Lớp 2')}: 'Nền tảng tích hợp, chia sẻ dữ liệu của Mặt trận Tổ quốc Việt Nam'.")
r(f, "Ủy ban MTTQ tỉnh Sơn La", "planned",
  "Phần mềm giám sát và phản biện xã hội", "",
  [], f"{PL(3,'Lớp 3')}: lĩnh vực 'Giám sát và phản biện xã hội'.")
r(f, "Ủy ban MTTQ tỉnh Gia Lai", "existing",
  "quan ly quy vi nguoi ngheo", "",
  [], f"{PL(3,'Lớp 3')}: ứng dụng nghiệp vụ chuyên ngành của Mặt trận; không dòng 1132 tương ứng.", nd=True)
r(f, "Ủy ban MTTQ tỉnh Khánh Hòa", "planned",
  "Hệ thống thư điện tử riêng cho MTTQ tỉnh và các tổ chức chính trị - xã hội", "",
  [], f"{P3c}: thư điện tử công vụ thống nhất dùng chung cho cơ quan trong hệ thống chính trị.", [N_EMAIL])
r(f, "Tỉnh đoàn Lâm Đồng", "planned",
  "Nền tảng học kỹ năng số đại trà cho thanh niên và người dân (MOOC)", "",
  [], f"{P3c}: 'Nền tảng Bình dân học vụ số: học trực tuyến mở đại trà quốc gia... kỹ năng số cho mọi đối tượng'.", [N_BDHV])
r(f, "Hội Nông dân tỉnh Đồng Tháp", "existing",
  "App kết nối tiêu thụ nông sản cho hội viên", "",
  [], f"{PL(3,'Lớp 3')}: ứng dụng số hỗ trợ tương tác với nhân dân; không lặp dòng 1132 nào.")
r(f, "Ủy ban MTTQ tỉnh Hà Tĩnh", "existing",
  "eOffice MTTQ tỉnh - liên thông Trục liên thông văn bản quốc gia", "",
  [], f"QLVB nội bộ ({PL(3,'Lớp 3')} ứng dụng hỗ trợ hoạt động nội bộ) kết nối {A(4)}.")
r(f, "Hội Liên hiệp Phụ nữ tỉnh An Giang", "planned",
  "Phần mềm quản lý hội viên phụ nữ", "",
  [], f"{PL(3,'Lớp 3')}: ứng dụng nghiệp vụ chuyên ngành (Đoàn kết - tập hợp nhân dân).")
r(f, "Ủy ban Trung ương MTTQ Việt Nam", "planned",
  "Dashboard điều hành MTTQ", "",
  [], f"{PL(3,'Lớp 4')}: dashboard giám sát, điều hành của MTTQ.")
r(f, "Ủy ban MTTQ tỉnh Tuyên Quang (Liên đoàn Lao động tỉnh)", "planned",
  "Sàn việc làm trực tuyến cho đoàn viên công đoàn và người lao động",
  "Đăng tin tuyển dụng, hồ sơ người tìm việc, kết nối doanh nghiệp.",
  ["B-31"], f"{B(31)}: nền tảng thống nhất toàn quốc kết nối cung - cầu lao động, giao dịch việc làm trực tuyến.")
r(f, "Hội Cựu chiến binh tỉnh Cao Bằng", "existing",
  "ql hoi vien", "",
  [], f"{PL(3,'Lớp 3')}: ứng dụng nghiệp vụ chuyên ngành.", nd=True)
r(f, "Ủy ban MTTQ tỉnh Vĩnh Long", "planned",
  "Cổng tiếp nhận ý kiến, kiến nghị của Nhân dân gửi Mặt trận", "",
  [], f"{PL(3,'Lớp 3')}: 'Nhóm các ứng dụng số hỗ trợ tương tác với nhân dân' (lĩnh vực Giám sát và phản biện xã hội).")
r(f, "Ủy ban MTTQ tỉnh Quảng Ngãi", "planned",
  "Thuê cloud 16 vCPU cho cổng TTĐT và phần mềm của MTTQ tỉnh", "",
  [], f"Hạ tầng cho ứng dụng của chính cơ quan ({PL(3,'Lớp 1')}); không phải CSDL quốc gia như phạm vi {A(8)}.")
r(f, "Ủy ban Trung ương MTTQ Việt Nam", "planned",
  "Đầu tư hệ thống CA riêng cấp chứng thư ký số cho cán bộ Mặt trận các cấp", "",
  [], f"{P3a}: Hệ thống chứng thực chữ ký số chuyên dùng công vụ do Ban Cơ yếu Chính phủ chủ quản phục vụ các cơ quan trong hệ thống chính trị.", [N_CA])

# ---------------- OTHER ----------------
o = 'other'
r(o, "Ban Cơ yếu Chính phủ", "expanding",
  "Hệ thống chứng thực chữ ký số chuyên dùng công vụ - mở rộng ký số từ xa (HSM)", "",
  [], f"Chủ quản tự mở rộng ({P3a}).")
r(o, "Ban Cơ yếu Chính phủ", "planned",
  "Giám sát an ninh mạng cho mạng cơ yếu", "",
  [], f"{EXC}.")
r(o, "Tòa án nhân dân tối cao", "planned",
  "Nền tảng tích hợp, chia sẻ dữ liệu ngành Tòa án", "",
  [], f"{PL(4,'Lớp 2')}: 'Nền tảng tích hợp, chia sẻ dữ liệu của các cơ quan, tổ chức khác (Tòa án nhân dân tối cao...)'.")
r(o, "Tòa án nhân dân tối cao", "existing",
  "Cổng công bố bản án, quyết định", "",
  [], f"{PL(4,'Lớp 3')}: HTTT chuyên ngành của Tòa án.")
r(o, "Viện kiểm sát nhân dân tối cao", "planned",
  "Thuê dịch vụ chống DDoS, WAF cho các trang tin ngành Kiểm sát", "",
  ["A-14"], f"{A(14)}: phòng chống DDoS tập trung, tường lửa ứng dụng web quốc gia; các cơ quan nhà nước không cần đầu tư giải pháp tương tự.")
r(o, "Kiểm toán Nhà nước", "planned",
  "Phần mềm quản lý hồ sơ kiểm toán điện tử", "",
  [], f"{PL(4,'Lớp 3')}: HTTT chuyên ngành của cơ quan khác trong hệ thống chính trị.")
r(o, "Kiểm toán Nhà nước", "expanding",
  "Mở rộng hệ thống mail nội bộ mail.sav.gov.vn", "",
  [], f"{P3c}: thư điện tử công vụ thống nhất dùng chung cho cơ quan trong hệ thống chính trị.", [N_EMAIL])
r(o, "Đài Tiếng nói Việt Nam", "planned",
  "Nền tảng phát thanh số quốc gia - giai đoạn 1", "",
  [], f"Chủ quản: {B(60)}.")
r(o, "Báo và Phát thanh, Truyền hình Gia Lai", "planned",
  "OTT app truyền hình trực tuyến riêng của Đài (live TV, VOD)", "",
  ["B-61"], f"{B(61)}: nền tảng truyền hình số dùng chung cho VTV và tất cả các đài truyền hình địa phương phát trên Internet.")
r(o, "Báo và Phát thanh, Truyền hình Lào Cai", "existing",
  "Phát kênh Lào Cai TV trên VTVGo", "",
  [], f"Dùng {B(61)}.")
r(o, "Báo và Phát thanh, Truyền hình Cà Mau", "planned",
  "App nghe đài trực tuyến và podcast của đài tỉnh", "",
  ["B-60"], f"{B(60)}: nền tảng phát thanh số trực tuyến cung cấp đầy đủ các kênh phát thanh của VOV và của các đài tỉnh, thành phố.")
r(o, "Đài Truyền hình Việt Nam", "existing",
  "VTV Big Data / VTV Rating", "",
  [], f"Chủ quản: {B(62)}.")
r(o, "Báo và Phát thanh, Truyền hình Khánh Hòa", "planned",
  "He thong do luong khan gia (people meter) rieng cho kenh tinh", "",
  ["B-62"], f"{B(62)}: nền tảng dùng chung đo lường hành vi khán giả cho tất cả các kênh truyền hình tại Việt Nam.", nd=True)
r(o, "Văn phòng Chủ tịch nước", "planned",
  "Phần mềm xử lý hồ sơ đặc xá, quốc tịch trình Chủ tịch nước", "",
  [], f"{PL(4,'Lớp 3')}: nghiệp vụ chuyên ngành của cơ quan khác; không dòng 1132 tương ứng.")
r(o, "Học viện Chính trị quốc gia Hồ Chí Minh", "planned",
  "LMS đào tạo cao cấp lý luận chính trị", "",
  [], f"Ứng dụng đào tạo chuyên ngành ({PL(4,'Lớp 3')}); không lặp Nền tảng Bình dân học vụ số (phổ cập kỹ năng số đại trà) hay {B(36)} (giáo dục phổ thông).")
r(o, "Công an tỉnh Lạng Sơn", "existing",
  "Camera giám sát an ninh trật tự của Công an tỉnh", "",
  [], f"{EXC}.")
r(o, "Bộ Chỉ huy Quân sự tỉnh Quảng Trị", "planned",
  "Phần mềm quản lý đăng ký nghĩa vụ quân sự", "",
  [], f"{EXC}; lĩnh vực của {B(3)}.")
r(o, "Tòa án nhân dân tối cao", "planned",
  "Nâng cấp hạ tầng TTDL ngành Tòa án", "",
  [], f"{PL(4,'Lớp 1')}: 'Trung tâm dữ liệu của các cơ quan, tổ chức khác (Tòa án nhân dân tối cao...)' (sử dụng TTDL hiện có).")
r(o, "Văn phòng Chủ tịch nước", "existing",
  "chu ky so chuyen dung - token Ban Co yeu", "",
  [], f"Dùng {N_CA} ({P3a}).", nd=True)
r(o, "Kiểm toán Nhà nước", "planned",
  "Audit data warehouse + BI", "",
  [], f"{PL(4,'Lớp 2')}: 'Nền tảng tổng hợp, phân tích dữ liệu' và 'CSDL chuyên ngành' của cơ quan khác.")
r(o, "Công an tỉnh Hà Tĩnh", "planned",
  "Phần mềm quản lý hồ sơ nghiệp vụ trinh sát", "",
  [], f"{EXC}.")

# ---------------- additions: retiring rows after the 2025 mergers, more positives ----------------
r(p, "Tỉnh Hải Phòng (cũ Hải Dương)", "retiring",
  "Dừng phần mềm quản lý CBCCVC tỉnh Hải Dương cũ",
  "Chuyển hồ sơ 21.000 CBCCVC sang nền tảng dùng chung, thanh lý hợp đồng thuê phần mềm.",
  ["B-29"], f"Chức năng quản lý hồ sơ CBCCVC trùng {B(29)}; nhãn theo chức năng, không theo trạng thái.")
r(p, "Tỉnh Đắk Lắk (cũ Phú Yên)", "retiring",
  "Thanh lý hợp đồng thuê SOC tỉnh Phú Yên (VNPT)",
  "Dịch vụ giám sát, phát hiện tấn công, ứng cứu sự cố cho các hệ thống của tỉnh Phú Yên cũ.",
  ["A-13"], f"{A(13)}: giám sát, phát hiện tấn công, điều phối ứng phó sự cố tập trung; cơ quan không cần xây hệ thống riêng lẻ.")
r(p, "Tỉnh Cà Mau (cũ Bạc Liêu)", "retiring",
  "Cong du lieu mo tinh Bac Lieu - ngung sau hop nhat", "",
  ["A-07"], f"{A(7)}: dữ liệu mở của địa phương được cung cấp tập trung trên Cổng dữ liệu quốc gia.", nd=True)
r(p, "Tỉnh Lâm Đồng (cũ Đắk Nông)", "retiring",
  "LGSP tỉnh Đắk Nông - hợp nhất vào LGSP tỉnh Lâm Đồng",
  "Chuyển 22 dịch vụ kết nối sang LGSP của tỉnh mới, dừng máy chủ cũ.",
  [], f"{PL(6,'Lớp 2')}: LGSP cấp tỉnh là thành phần tỉnh xây dựng; không phải nền tảng quốc gia.")
r(p, "Tỉnh Tây Ninh (cũ Long An)", "retiring",
  "Di dời TTDL tỉnh Long An về TTDL tỉnh Tây Ninh", "",
  [], f"{PL(6,'Lớp 1')}: Trung tâm dữ liệu cấp tỉnh; hợp nhất hạ tầng của tỉnh, không dòng 1132 nào.")
r(m, "Bộ Nội vụ (cũ Bộ LĐ-TB&XH)", "retiring",
  "Cổng thông tin việc làm cũ - chuyển sang Sàn giao dịch việc làm quốc gia", "",
  [], f"Hệ thống cũ của chính chủ quản {B(31)} (Bộ Nội vụ).")
r(c, "UBND xã Triệu Phong (tỉnh Quảng Trị)", "retiring",
  "trang tt dien tu huyen cu", "",
  [], "Trang tin của đơn vị hành chính cũ; không lặp chức năng dòng nào của 1132/QĐ-TTg Phụ lục II.", nd=True)
r(y, "Tỉnh ủy Ninh Bình (cũ Nam Định)", "retiring",
  "Phần mềm QLVB riêng của Tỉnh ủy Nam Định cũ",
  "Gửi, nhận, xử lý văn bản giữa các ban Đảng; chuyển toàn bộ sang hệ thống dùng chung của Văn phòng Trung ương.",
  ["B-19"], f"{B(19)}: hệ thống dùng chung gửi, nhận, xử lý văn bản trong các cơ quan Đảng từ trung ương đến cấp xã.")
r(o, "Kiểm toán Nhà nước", "retiring",
  "Chatbot hỏi đáp nghiệp vụ kiểm toán (engine NLP riêng)",
  "Nhà thầu tự huấn luyện mô hình hiểu câu hỏi; dừng, chờ tùy biến trên nền tảng trợ lý ảo chung.",
  ["A-10"], f"{A(10)}: nền tảng duy nhất để các cơ quan xây trợ lý ảo, không đầu tư nền tảng thuật toán riêng lẻ.")
r(m, "Bộ Y tế (Cục CNTT)", "planned",
  "Thuê dịch vụ SOC 24/7 của nhà cung cấp cho 15 hệ thống của Bộ",
  "Giám sát log tập trung, săn tìm mối đe dọa, điều phối ứng cứu sự cố, phân tích mẫu mã độc.",
  ["A-13"], f"{A(13)}: giám sát, phát hiện tấn công, chia sẻ tình báo, điều phối ứng phó sự cố, phân tích mã độc tập trung; cơ quan không cần đầu tư hệ thống riêng lẻ. Y tế không thuộc ngoại lệ {D2}.")
r(m, "Bộ Nội vụ (Văn phòng Bộ)", "planned",
  "Xây dựng cổng đấu thầu qua mạng riêng cho các gói mua sắm của Bộ",
  "Đăng kế hoạch lựa chọn nhà thầu, phát hành hồ sơ mời thầu, nhận và mở thầu điện tử.",
  ["B-28"], f"{B(28)}: thống nhất quản lý thông tin đấu thầu và thực hiện đấu thầu qua mạng trên phạm vi toàn quốc.")
r(m, "Bộ Tư pháp (Cục Bổ trợ tư pháp)", "planned",
  "Private blockchain lưu vết giao dịch công chứng",
  "Mạng chuỗi khối riêng do Bộ vận hành, các tổ chức hành nghề công chứng ghi nhận giao dịch.",
  ["A-09"], f"{A(9)}: nền tảng chuỗi khối quốc gia để bộ, ngành, địa phương phát triển ứng dụng chuỗi khối trên đó.")
r(c, "UBND xã Hướng Hóa (tỉnh Quảng Trị)", "planned",
  "Phần mềm tiếp nhận, giải quyết hồ sơ chế độ người có công của xã",
  "Nhận hồ sơ hưởng trợ cấp ưu đãi người có công, thẩm định, trình phê duyệt và trả kết quả.",
  ["B-05"], f"TTHC lĩnh vực người có công thuộc Bộ Nội vụ: {TTHC}; {B(5)}.")
r(f, "Ủy ban MTTQ tỉnh Lào Cai", "planned",
  "Thuê dịch vụ giám sát SOC riêng cho hệ thống của MTTQ tỉnh", "",
  ["A-13"], f"{A(13)}: các cơ quan, tổ chức kết nối nền tảng SOC quốc gia, không xây hệ thống điều phối an ninh mạng riêng lẻ.")
r(o, "Tòa án nhân dân tối cao", "planned",
  "Blockchain riêng lưu vết hồ sơ vụ án điện tử",
  "Tự dựng mạng chuỗi khối đa nút tại các tòa án để bảo đảm toàn vẹn hồ sơ.",
  ["A-09"], f"{A(9)}: nền tảng chuỗi khối đa dụng để các ngành phát triển ứng dụng chuỗi khối trên đó.")
r(p, "Tỉnh Tuyên Quang (Sở NN&MT)", "planned",
  "Phần mềm quản lý hành nghề thú y, cửa hàng thuốc thú y", "",
  ["B-37"], f"{B(37)}: gồm quản lý thuốc thú y, hành nghề thú y thống nhất từ trung ương đến địa phương.")
r(p, "Sở Tư pháp tỉnh Hà Tĩnh", "planned",
  "Cổng pháp luật tỉnh Hà Tĩnh",
  "Tra cứu văn bản, hỏi đáp pháp luật, tiếp nhận phản ánh, kiến nghị của người dân về chính sách pháp luật.",
  ["A-16"], f"{A(16)}: kênh thông tin pháp luật tập trung cho người dân tra cứu; tiếp nhận, phản hồi phản ánh, kiến nghị về chính sách pháp luật.")
r(q, "Văn phòng Đoàn ĐBQH và HĐND tỉnh Tây Ninh", "planned",
  "Gói giám sát SOC 12 tháng cho hệ thống của Văn phòng", "",
  ["A-13"], f"{A(13)}: cơ quan được kết nối, khai thác dịch vụ giám sát tập trung, không xây hệ thống riêng lẻ.")

r(p, "Tỉnh Thái Nguyên (cũ Bắc Kạn)", "expanding",
  "Nâng cấp, mở rộng giải pháp SOC + WAF/anti-DDoS tập trung cho toàn tỉnh sau hợp nhất",
  "Mở rộng giám sát, phát hiện tấn công, ứng cứu sự cố cho hệ thống của Bắc Kạn cũ; bổ sung tường lửa ứng dụng web và lọc DDoS cho 60 website.",
  ["A-13", "A-14"], f"Hai chức năng trong một gói: giám sát, điều phối ứng phó sự cố ({A(13)}) và tường lửa ứng dụng web, chống DDoS ({A(14)}); cả hai nền tảng nêu cơ quan không cần đầu tư giải pháp tương tự.")
r(c, "UBND xã Tiên Yên (tỉnh Quảng Ninh)", "planned",
  "Phan mem mot cua rieng cua xa: ho tich, chung thuc, dang ky ho kinh doanh", "",
  ["B-06", "B-23"], f"Hộ tịch, chứng thực là TTHC lĩnh vực Bộ Tư pháp ({TTHC}; {B(6)}); đăng ký hộ kinh doanh thuộc {B(23)}.", nd=True)
r(m, "Bộ Công Thương (Văn phòng Bộ)", "planned",
  "Hệ thống mua sắm qua mạng và bán đấu giá tài sản thanh lý của Bộ",
  "Đấu thầu điện tử các gói mua sắm; niêm yết, tổ chức đấu giá trực tuyến tài sản công dôi dư của các đơn vị thuộc Bộ.",
  ["B-28", "B-22"], f"Đấu thầu qua mạng trùng {B(28)}; niêm yết, đấu giá tài sản công dư thừa trùng {B(22)}.")

# rows copied from a security audit, a cloud-migration list, a data-governance register and a bill of quantities
r(p, "Tỉnh Cao Bằng (Sở Xây dựng)", "existing",
  "[Audit ATTT 2026 - phát hiện 07] Máy chủ thư điện tử riêng mail.sxd của Sở chưa vá lỗ hổng",
  "Postfix/Dovecot tự cài, 140 hộp thư công chức của Sở, không kết nối hệ thống thư của tỉnh.",
  [], f"Hộp thư công vụ riêng của một sở lặp {N_EMAIL} ({P3c}: dùng chung từ Trung ương đến cấp xã).", [N_EMAIL])
r(p, "Tỉnh Hà Tĩnh", "planned",
  "Cloud migration wave 2 - app #07: Cổng TTĐT tỉnh (Liferay) -> private cloud tỉnh", "",
  [], f"Chuyển cổng thông tin của tỉnh lên hạ tầng của tỉnh ({PL(6,'Lớp 1')}); không CSDL quốc gia, không dòng 1132 bị lặp.")
r(m, "Bộ Nông nghiệp và Môi trường (Cục Chuyển đổi số)", "existing",
  "DG register DS-031: master data danh mục đơn vị hành chính (bản sao từ Bộ Nội vụ, đồng bộ qua NDXP)",
  "Read-only replica, đồng bộ hằng đêm, dùng làm reference data cho các CSDL ngành.",
  [], f"Bản sao chỉ đọc lấy qua {A(6)}; là dùng nền tảng chia sẻ, không lập nguồn dữ liệu thứ hai.")
r(p, "Tỉnh Hưng Yên (Sở KH&CN)", "planned",
  "BOQ lô 3, mục 3.4: HSM Thales Luna 7 (02 thiết bị) cho hệ thống CA ký số tập trung do tỉnh tự vận hành",
  "Lưu khóa gốc, cấp và quản lý chứng thư ký số cho công chức các sở, xã.",
  [], f"Tỉnh tự làm CA cấp chứng thư cho công chức lặp 'Hệ thống chứng thực chữ ký số chuyên dùng công vụ do Ban Cơ yếu Chính phủ chủ quản' ({P3a}).", [N_CA])
r(p, "Tỉnh Đồng Tháp (Sở KH&CN)", "planned",
  "BOQ 5.2: Splunk Enterprise 50 GB/ngày + dịch vụ SOC L1/L2 12 tháng", "",
  ["A-13"], f"SIEM + dịch vụ giám sát, phát hiện, ứng cứu tập trung cho tỉnh lặp {A(13)} (cơ quan không cần xây hệ thống điều phối an ninh mạng riêng lẻ).")
r(p, "Tỉnh Quảng Ngãi (Sở KH&CN)", "existing",
  "DG register DS-112: ban sao CSDL dan cu tai kho du lieu dung chung tinh (dong bo qua NDXP, chi doc)", "",
  [], f"Dữ liệu lấy qua nền tảng chia sẻ ({A(6)}) vào 'Kho dữ liệu dùng chung cấp tỉnh' ({PL(6,'Lớp 2')}); không thu thập lại, không lặp nền tảng nào.", nd=True)

# ---------------- write ----------------
ABOUT = {
 "how": "Viết tay từ văn bản nguồn (seeds 000 = 3090/QĐ-BKHCN, 001 = 5441/BKHCN, 002 = 05-QĐ/BCĐTW, 003 = 4577/BKHCN, 004 = 1132/QĐ-TTg), không đọc mã hoặc dữ liệu gán nhãn của dự án. Mã A-nn/B-nn đánh theo số STT trong 1132/QĐ-TTg Phụ lục II mục A (17 dòng) và mục B (62 dòng), được build.py đọc lại từ seed 004 để kiểm tra. Dòng đặt tên theo văn phong dự toán, kế hoạch mua sắm, báo cáo CNTT, hồ sơ nhà thầu, văn thư; khoảng 1/5 gõ không dấu và 1/5 tiếng Anh/nửa Anh.",
 "rules": [
  "1. Dương tính khi chức năng, mục tiêu và phạm vi của hệ thống lặp lại một dòng của 1132/QĐ-TTg Phụ lục II (Điều 2 khoản 2), xét theo chức năng mô tả chứ không theo tên gọi.",
  "2. Nhãn theo chức năng, không theo trạng thái hay thời điểm vận hành của nền tảng: hệ thống đang dừng (retiring) vẫn mang nhãn của nền tảng nó lặp lại; Điều 2 khoản 3 chỉ quyết định thời điểm, không đổi nhãn.",
  "3. Cơ quan chủ quản (hoặc đơn vị của chủ quản) xây dựng, nâng cấp, vận hành nền tảng của chính mình: [] (không trùng).",
  "4. Thành phần mà Khung kiến trúc số tham chiếu (3090/QĐ-BKHCN Phụ lục I mục 1-7) giao cho đúng loại cơ quan đó tự xây dựng (LGSP cấp bộ/tỉnh, kho dữ liệu dùng chung, nền tảng AI cấp bộ/tỉnh, TTDL hiện có, IOC, HTTT chỉ đạo điều hành, HTTT nguồn, Bàn làm việc số, dashboard, bản đồ số nông nghiệp, quan trắc môi trường, ứng dụng chuyên ngành của Đảng/Quốc hội/MTTQ...): [].",
  "5. Bộ kết nối, đăng nhập, đồng bộ, agent, thuê kênh, tùy biến trên nền tảng (dùng nền tảng quốc gia): [].",
  "6. Hệ thống chỉ nhắc từ ngữ của nền tảng nhưng phục vụ mục đích khác, hoặc chỉ nói vị trí/đối tượng phục vụ (kiosk, màn hình, wifi, camera, trang tin): [].",
  "7. Hệ thống giải quyết TTHC của một ngành chạy riêng ở tỉnh/xã mang mã B của bộ quản lý ngành đó (1132 Phụ lục II mục B STT 5; 4577/BKHCN mục 1: HTTT TTHC của bộ kéo dài tới địa phương); nền tảng ngành dùng chung 'từ trung ương đến địa phương' (B-xx) cũng vậy.",
  "8. Hệ thống quốc phòng, an ninh, cơ yếu: [] theo ngoại lệ của 1132 Điều 2 khoản 2.",
  "9. Thành phần dùng chung quốc gia của 3090/QĐ-BKHCN Phần II mục 3 không có trong 1132 (email công vụ, email nhận thông báo, TSLCD, mạng diện rộng của Đảng, chữ ký số chuyên dùng, cổng kết nối CA công cộng, V-APEX, bản đồ số quốc gia, Nền tảng AI, Bình dân học vụ số): ghi vào expected_national bằng tên trong văn bản, expected để [].",
  "10. Trường hợp văn bản để mơ hồ (vd. phần mềm họp trực tuyến cấp tỉnh, quản lý cán bộ cấp bộ, HTTT báo cáo địa phương, SSO nội bộ) thì bỏ, không đoán."
 ],
 "sources": ["1132/QĐ-TTg (24/6/2026) Điều 2, Phụ lục II mục A, B", "3090/QĐ-BKHCN (08/10/2025) Phần II mục 3, mục 4; Phụ lục I mục 1-7", "4577/BKHCN mục 1, mục 3", "5441/BKHCN", "05-QĐ/BCĐTW"]
}

def main():
    cases = []
    for i, row in enumerate(ROWS, 1):
        d = {"id": f"K{i:03d}"}
        d.update(row)
        d = {k: (unicodedata.normalize('NFC', v) if isinstance(v, str) else [unicodedata.normalize('NFC', x) for x in v] if isinstance(v, list) else v) for k, v in d.items()}
        cases.append(d)
    ids = [c['id'] for c in cases]
    assert len(ids) == len(set(ids))
    for c in cases:
        assert c['kind'] in {'province','ministry','commune','party','assembly','front','other'}
        assert c['status'] in {'existing','planned','expanding','retiring'}
        for e in c['expected']: assert e in P, e
        for n in c['expected_national']: assert n in NATIONAL, n
        assert c['why']
    about = ABOUT["how"] + "\nQuy tắc gán nhãn:\n" + "\n".join(ABOUT["rules"]) + "\nNguồn: " + "; ".join(ABOUT["sources"])
    out = {"about": about, "cases": cases}
    txt = json.dumps(out, ensure_ascii=False, indent=1)
    assert unicodedata.normalize('NFC', txt) == txt
    open('/work/dev9/overlap_dev9.json', 'w', encoding='utf-8').write(txt)
    return cases

if __name__ == '__main__':
    cs = main()
    print(len(cs))
