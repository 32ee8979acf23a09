# -*- coding: utf-8 -*-
"""Build /work/dev4/overlap_dev4.json: labelled agency IT-inventory rows for the overlap checker.
Labels come only from the source documents in /work/shared/seeds (1132/QĐ-TTg, 3090/QĐ-BKHCN,
5441/BKHCN, 4577/BKHCN, 05-QĐ/BCĐTW). Run: python3 build.py"""
import glob, json, re, unicodedata, collections

SEED = '/work/shared/seeds/'
OUT = '/work/dev4/overlap_dev4.json'

# ---- platform list of 1132 Phụ lục II, numbered as in the document -------------------------
t = open(glob.glob(SEED + '004_*')[0], encoding='utf-8').read()
ia, ib = t.index('A. Nhóm nền tảng'), t.index('B. Nhóm các nền tảng')
PLAT = {}
for g, seg in (('A', t[ia:ib]), ('B', t[ib:])):
    for line in seg.split('\n'):
        p = line.split('\t')
        if len(p) > 1 and re.fullmatch(r'\d+', p[0].strip()):
            PLAT['%s-%02d' % (g, int(p[0]))] = re.sub('<[^>]+>', '', p[1]).strip()
assert len(PLAT) == 79, len(PLAT)

# ---- 3090 Phần II mục 3 national components that are not 1132 rows (document's own names) ----
EMAIL = 'Hệ thống thư điện tử (email) công vụ thống nhất'
EMAIL_TB = 'Hệ thống thư điện tử phục vụ tiếp nhận thông báo do cơ quan nhà nước gửi đến'
BDHV = 'Nền tảng Bình dân học vụ số'
NATIONAL = {EMAIL, EMAIL_TB, BDHV}

# ---- citation shorthands ----
def qa(n): return '1132/QĐ-TTg Phụ lục II mục A STT %d (%s)' % (n, PLAT['A-%02d' % n])
def qb(n): return '1132/QĐ-TTg Phụ lục II mục B STT %d (%s, chủ quản %s)' % (n, PLAT['B-%02d' % n], OWNER['B-%02d' % n])
OWNER = {}
for g, seg in (('A', t[ia:ib]), ('B', t[ib:])):
    for line in seg.split('\n'):
        p = line.split('\t')
        if len(p) > 3 and re.fullmatch(r'\d+', p[0].strip()):
            OWNER['%s-%02d' % (g, int(p[0]))] = p[-2].strip()
D2 = '1132/QĐ-TTg Điều 2 khoản 2'
D2X = '1132/QĐ-TTg Điều 2 khoản 2 (ngoại lệ "yêu cầu đặc thù về quốc phòng, an ninh, cơ yếu")'
RA = {  # 3090 Phụ lục I reference architectures
    'party': '3090/QĐ-BKHCN Phụ lục I mục 1 (Khung kiến trúc số tham chiếu của cơ quan Đảng)',
    'assembly': '3090/QĐ-BKHCN Phụ lục I mục 2 (Khung kiến trúc số tham chiếu của Quốc hội)',
    'front': '3090/QĐ-BKHCN Phụ lục I mục 3 (Khung kiến trúc số tham chiếu của MTTQ Việt Nam)',
    'other': '3090/QĐ-BKHCN Phụ lục I mục 4 (Khung kiến trúc số tham chiếu của các cơ quan, tổ chức khác)',
    'ministry': '3090/QĐ-BKHCN Phụ lục I mục 5 (Khung kiến trúc số tham chiếu cấp bộ)',
    'province': '3090/QĐ-BKHCN Phụ lục I mục 6 (Khung kiến trúc số tham chiếu cấp tỉnh)',
    'commune': '3090/QĐ-BKHCN Phụ lục I mục 7 (Khung kiến trúc số tham chiếu cấp xã)',
}
II3 = '3090/QĐ-BKHCN Phần II mục 3 điểm '
S4577 = '4577/BKHCN-CĐSQG mục 1 (mỗi bộ có một HTTT giải quyết TTHC "kéo dài tới các địa phương")'

CASES = []
def r(kind, agency, status, name, desc, exp, why, nat=()):
    CASES.append(dict(kind=kind, agency=agency, status=status, name=name, description=desc,
                      expected=list(exp), expected_national=list(nat), why=why))

# =============================== PROVINCE ===============================
P = 'province'
r(P, 'Sở Tài chính tỉnh Lai Châu', 'planned', 'Dự án xây dựng Cổng thông tin đấu thầu điện tử tỉnh Lai Châu',
  'Đăng tải kế hoạch lựa chọn nhà thầu, phát hành HSMT, nhận HSDT và mở thầu qua mạng cho các chủ đầu tư dùng vốn ngân sách địa phương.',
  ['B-28'], qb(28) + ': thống nhất thông tin đấu thầu và đấu thầu qua mạng toàn quốc; ' + D2 + '.')
r(P, 'Trung tâm Dịch vụ đấu giá tài sản – Sở Tư pháp tỉnh Điện Biên', 'existing', 'Trang thông tin đấu giá tài sản công', '',
  ['B-22'], qb(22) + ': đăng tải thông báo, niêm yết công khai và quản lý các cuộc đấu giá tài sản công.')
r(P, 'Sở Tài chính tỉnh Cao Bằng', 'planned', 'Kinh phí xây dựng phần mềm công khai ngân sách tỉnh và xã năm 2027',
  'Đăng tải dự toán, quyết toán ngân sách địa phương theo Luật NSNN để người dân tra cứu.',
  ['B-26'], qb(26) + ': công khai ngân sách của các cơ quan, đơn vị trên toàn quốc theo Luật NSNN.')
r(P, 'Sở Nội vụ tỉnh Tuyên Quang', 'expanding', 'Nâng cấp, mở rộng phần mềm quản lý hồ sơ CBCCVC (hợp nhất dữ liệu tỉnh Hà Giang cũ)',
  'Hợp nhất hồ sơ cán bộ, công chức, viên chức hai tỉnh; quản lý tuyển dụng, nâng ngạch, nâng lương.',
  ['B-29'], qb(29) + ': cho phép cơ quan quản lý CBCCVC ở trung ương và địa phương khai thác; mở rộng bị cấm theo ' + D2 + '.')
r(P, 'Trung tâm Dịch vụ việc làm tỉnh Quảng Trị', 'existing', 'vieclamquangtri.vn',
  'Sàn kết nối người tìm việc và doanh nghiệp tuyển dụng, tổ chức phiên giao dịch việc làm online hằng tháng.',
  ['B-31'], qb(31) + ': kết nối cung – cầu lao động, giao dịch việc làm trực tuyến cho tổ chức dịch vụ việc làm công.')
r(P, 'Trung tâm Lưu trữ lịch sử – Sở Nội vụ tỉnh Gia Lai', 'planned', 'Gói thầu xây dựng phần mềm quản lý tài liệu lưu trữ lịch sử tỉnh Gia Lai',
  'Quản lý CSDL tài liệu lưu trữ các phông nộp lưu từ cơ quan cấp tỉnh, cấp xã; tra cứu phục vụ độc giả.',
  ['B-32'], qb(32) + ': quản lý tập trung CSDL tài liệu lưu trữ Phông lưu trữ nhà nước Việt Nam đến khi đưa vào lưu trữ.')
r(P, 'Sở Y tế tỉnh Vĩnh Long', 'planned', 'App Sức khỏe Vĩnh Long – hồ sơ sức khỏe cá nhân', '',
  ['B-33'], qb(33) + ': lưu trữ, quản lý thông tin sức khỏe cá nhân người dân tập trung, thống nhất toàn quốc.')
r(P, 'Chi cục An toàn vệ sinh thực phẩm tỉnh Cà Mau', 'expanding', 'Mở rộng phần mềm quản lý ATTP',
  'Tiếp nhận hồ sơ tự công bố sản phẩm, cấp giấy chứng nhận cơ sở đủ điều kiện ATTP, theo dõi hậu kiểm.',
  ['B-34'], qb(34) + ': môi trường số duy nhất cho 100% TTHC an toàn thực phẩm (tự công bố, chứng nhận cơ sở đủ điều kiện...).')
r(P, 'Sở GDĐT tỉnh Đồng Tháp', 'existing', 'vnEdu – sổ điểm, học bạ điện tử các trường THCS, THPT', '',
  ['B-35'], qb(35) + ': phục vụ quản trị các cơ sở giáo dục mầm non, phổ thông, GDTX trên cả nước.')
r(P, 'Sở GDĐT tỉnh Lâm Đồng', 'planned', 'Thuê dịch vụ CNTT nền tảng học tập trực tuyến (LMS) cho học sinh phổ thông toàn tỉnh',
  'Giao bài, kiểm tra đánh giá trực tuyến, kho học liệu số dùng chung cho các trường.',
  ['B-36'], qb(36) + ': đổi mới phương pháp dạy, học, kiểm tra, đánh giá trong cơ sở giáo dục mầm non, phổ thông, GDTX.')
r(P, 'Chi cục Chăn nuôi và Thú y tỉnh Sơn La', 'existing', 'Phan mem quan ly tiem phong gia suc gia cam', '',
  ['B-37'], qb(37) + ': nghiệp vụ chuyên ngành thú y, giám sát dịch bệnh trong chăn nuôi, xuyên suốt trung ương đến địa phương.')
r(P, 'Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh', 'planned', 'Đầu tư hệ thống dự báo sinh vật gây hại cây trồng và quản lý buôn bán thuốc BVTV',
  'Điều tra phát hiện dịch hại, phát bản tin dự báo; quản lý cửa hàng kinh doanh thuốc bảo vệ thực vật.',
  ['B-38'], qb(38) + ': quản lý nhà nước, chia sẻ dữ liệu chuyên ngành trồng trọt và bảo vệ thực vật toàn quốc.')
r(P, 'Sở Nông nghiệp và Môi trường tỉnh Lào Cai', 'planned', 'Dự án ứng dụng học máy dự báo lũ quét, sạt lở đất cho các xã vùng cao',
  'Tự xây dựng và huấn luyện mô hình AI từ dữ liệu mưa, địa hình; phát cảnh báo sớm tới UBND xã.',
  ['B-39'], qb(39) + ': phần mềm AI dùng chung cảnh báo thiên tai (ưu tiên lũ quét, sạt lở), có bộ công cụ cho các đơn vị tự tùy biến.')
r(P, 'Sở Công Thương tỉnh Tây Ninh', 'planned', 'Xây dựng nền tảng quản lý thương mại – thị trường tỉnh Tây Ninh',
  'Tích hợp dữ liệu cửa hàng xăng dầu, chợ, trung tâm thương mại và dữ liệu xử phạt của lực lượng QLTT trên địa bàn.',
  ['B-42'], qb(42) + ': tích hợp dữ liệu hạ tầng thương mại (xăng dầu, chợ, TTTM) và xử phạt của lực lượng QLTT.')
r(P, 'Sở Tư pháp tỉnh Ninh Bình', 'expanding', 'Nâng cấp CSDL văn bản QPPL của tỉnh sau sáp nhập',
  'Quản lý chương trình xây dựng văn bản, rà soát, hệ thống hóa VBQPPL do HĐND, UBND tỉnh ban hành.',
  ['B-43'], qb(43) + ': dùng chung cho mọi cơ quan nhà nước trung ương đến địa phương trong xây dựng, rà soát, hệ thống hóa VBQPPL.')
r(P, 'Văn phòng UBND tỉnh Hưng Yên', 'existing', 'Công báo điện tử tỉnh Hưng Yên', '',
  ['A-17'], qa(17) + ': nền tảng thống nhất cho tất cả cơ quan ban hành văn bản pháp quy tự đăng tải VBQPPL.')
r(P, 'Sở Tư pháp tỉnh Phú Thọ', 'planned', 'Cổng tra cứu pháp luật và hỏi đáp pháp luật trực tuyến cho người dân',
  'Người dân, doanh nghiệp tìm hiểu văn bản pháp luật, gửi câu hỏi pháp lý và nhận trả lời.',
  ['A-16'], qa(16) + ': kênh thông tin pháp luật tập trung để người dân, doanh nghiệp tra cứu, tìm hiểu.')
r(P, 'Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Nguyên', 'planned', 'Xây dựng CSDL di sản văn hóa tỉnh (di tích, hiện vật, di sản phi vật thể)', '',
  ['B-44'], qb(44) + ': quản lý, cập nhật, lưu trữ di sản văn hóa trên môi trường số, tập trung toàn quốc.')
r(P, 'Thanh tra tỉnh Khánh Hòa', 'existing', 'Phần mềm quản lý công tác thanh tra',
  'Quản lý kế hoạch thanh tra, đoàn thanh tra, kết luận và theo dõi, đôn đốc xử lý sau thanh tra.',
  ['B-56'], qb(56) + ': toàn bộ quy trình nghiệp vụ thanh tra, dùng xuyên suốt trung ương đến địa phương.')
r(P, 'Ban Tiếp công dân tỉnh Quảng Ngãi', 'existing', 'Phần mềm xử lý đơn thư', '',
  ['B-55'], qb(55) + ': tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo từ trung ương đến địa phương.')
r(P, 'Thanh tra tỉnh Đắk Lắk', 'planned', 'Phần mềm kê khai, công khai bản kê khai tài sản, thu nhập hằng năm', '',
  ['B-57'], qb(57) + ': hỗ trợ kê khai, công khai, theo dõi, xác minh tài sản, thu nhập của người có nghĩa vụ kê khai.')
r(P, 'Sở Khoa học và Công nghệ tỉnh An Giang', 'planned', 'Trợ lý ảo TTHC An Giang – tự phát triển engine NLP',
  'Tự huấn luyện mô hình và xây dựng nền tảng thuật toán trợ lý ảo riêng cho Trung tâm Phục vụ hành chính công.',
  ['A-10'], qa(10) + ': một nền tảng duy nhất để địa phương xây trợ lý ảo "mà không phải đầu tư, triển khai các nền tảng thuật toán riêng lẻ".')
r(P, 'Sở Khoa học và Công nghệ tỉnh Lạng Sơn', 'planned', 'Mua sắm WAF và thiết bị chống DDoS cho các cổng TTĐT của tỉnh', '',
  ['A-14'], qa(14) + ': tường lửa ứng dụng web, chống DDoS quy mô lớn; "các cơ quan nhà nước không cần đầu tư, xây dựng các giải pháp có tính năng tương tự".')
r(P, 'Sở Khoa học và Công nghệ tỉnh Cao Bằng', 'existing', 'Thuê dịch vụ SOC Viettel – giám sát ATTT tập trung của tỉnh',
  'Giám sát, phát hiện tấn công mạng 24/7, phân tích mã độc và điều phối xử lý sự cố cho hệ thống của tỉnh.',
  ['A-13'], qa(13) + ': giám sát, phát hiện tấn công, điều phối ứng phó sự cố, phân tích mã độc tập trung; không cần hệ thống điều phối riêng lẻ.')
r(P, 'Sở Khoa học và Công nghệ tỉnh Quảng Trị', 'planned', 'Open Data Portal Quảng Trị',
  'Xuất bản tập dữ liệu mở của các sở, ngành theo chuẩn DCAT cho người dân, doanh nghiệp khai thác.',
  ['A-07'], qa(7) + ': nền tảng tập trung cung cấp dữ liệu mở của các bộ, ngành, địa phương (DCAT-VN).')
r(P, 'Văn phòng UBND tỉnh Tuyên Quang', 'existing', 'Máy chủ mail @tuyenquang.gov.vn', '',
  [], II3 + 'c: hệ thống thư điện tử công vụ thống nhất dùng chung từ trung ương đến cấp xã; máy chủ thư riêng của tỉnh lặp lại thành phần này (không phải dòng 1132).',
  [EMAIL])
r(P, 'Sở Tài chính tỉnh Gia Lai', 'planned', 'Phần mềm thu thập, tổng hợp số liệu chỉ tiêu thống kê cấp tỉnh, cấp xã',
  'Các sở và UBND xã nhập số liệu chỉ tiêu thống kê, tổng hợp niên giám của tỉnh.',
  ['A-15'], qa(15) + ': quản lý, thu thập, xử lý dữ liệu báo cáo chỉ tiêu thống kê quốc gia, cấp tỉnh, cấp xã.')
r(P, 'Sở Xây dựng tỉnh Lâm Đồng', 'planned', 'Nền tảng ITS tỉnh Lâm Đồng',
  'Kết nối camera trên các tuyến cao tốc qua địa bàn, trạm thu phí không dừng và trạm kiểm soát tải trọng xe để điều hành giao thông.',
  ['B-54'], qb(54) + ': kết nối dữ liệu giao thông thời gian thực từ cao tốc, thu phí không dừng, kiểm soát tải trọng trên toàn quốc.')
r(P, 'Sở Xây dựng tỉnh Vĩnh Long', 'existing', 'Phần mềm cấp giấy phép xây dựng',
  'Tiếp nhận, thẩm định hồ sơ cấp phép xây dựng của tỉnh và các xã.',
  ['B-10'], qb(10) + ' và ' + S4577 + ': TTHC lĩnh vực xây dựng thuộc hệ thống của Bộ Xây dựng dùng thống nhất từ trung ương đến địa phương.')
r(P, 'Sở Công Thương tỉnh Hà Tĩnh', 'planned', 'Phần mềm cấp giấy phép bán lẻ rượu, thuốc lá và GCN đủ điều kiện cửa hàng xăng dầu', '',
  ['B-08'], qb(8) + ' và ' + S4577 + '.')
r(P, 'Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Tháp', 'existing', 'Phần mềm một cửa cấp phép biểu diễn nghệ thuật, quảng cáo', '',
  ['B-11'], qb(11) + ' và ' + S4577 + '.')
r(P, 'Sở Dân tộc và Tôn giáo tỉnh Lai Châu', 'planned', 'Dự án CSDL công tác dân tộc tỉnh Lai Châu',
  'Quản lý dữ liệu đồng bào DTTS, địa bàn vùng DTTS và miền núi, kết quả thực hiện chính sách dân tộc.',
  ['B-46'], qb(46) + ': công cụ quản lý, tổng hợp dữ liệu dân tộc, địa bàn vùng DTTS, chính sách dân tộc toàn quốc.')
r(P, 'Sở Dân tộc và Tôn giáo tỉnh Điện Biên', 'planned', 'PM quản lý cơ sở tôn giáo, chức sắc, chức việc', '',
  ['B-47'], qb(47) + ': quản lý dữ liệu cơ sở tôn giáo, chức sắc, chức việc, nhà tu hành.')
r(P, 'Sở Khoa học và Công nghệ tỉnh Thái Nguyên', 'planned', 'CSDL khoa học và công nghệ tỉnh Thái Nguyên',
  'Thông tin tổ chức KH&CN, nhân lực KH&CN, nhiệm vụ KH&CN và công bố khoa học trên địa bàn.',
  ['B-49'], qb(49) + ': thông tin dùng chung về tổ chức, nhân lực, nhiệm vụ KH&CN, công bố khoa học toàn quốc.')
r(P, 'Sở Nội vụ tỉnh Cà Mau', 'planned', 'Phần mềm giao kết hợp đồng lao động điện tử cho doanh nghiệp trên địa bàn', '',
  ['B-30'], qb(30) + ': quản lý tập trung dữ liệu hợp đồng lao động điện tử, dịch vụ dùng chung cho doanh nghiệp cả nước.')
r(P, 'Sở Tài chính TP Hải Phòng', 'expanding', 'Mở rộng phần mềm lập, phân bổ dự toán ngân sách tới 114 xã, phường, đặc khu',
  'Nhập, phân bổ, điều chỉnh dự toán của đơn vị dự toán và đơn vị sử dụng ngân sách thành phố.',
  ['B-52'], qb(52) + ': nghiệp vụ trực tuyến nhập, phân bổ, bổ sung, điều chỉnh dự toán của cơ quan tài chính, đơn vị dự toán.')
r(P, 'Sở Xây dựng tỉnh Tuyên Quang', 'existing', 'PM mot cua dang ky bien dong dat dai', '',
  ['B-09'], qb(9) + ' và ' + S4577 + ': TTHC đất đai thuộc lĩnh vực Bộ Nông nghiệp và Môi trường.')
r(P, 'Sở Tư pháp tỉnh Đồng Tháp', 'existing', 'Phần mềm cấp phiếu lý lịch tư pháp (bản riêng của tỉnh)', '',
  ['B-06'], qb(6) + ' và ' + S4577 + '.')
r(P, 'Sở Y tế tỉnh Khánh Hòa', 'expanding', 'Nâng cấp phần mềm cấp, cấp lại chứng chỉ hành nghề khám bệnh, chữa bệnh', '',
  ['B-14'], qb(14) + ' và ' + S4577 + '.')
r(P, 'Sở Nội vụ TP Hải Phòng', 'existing', 'Phần mềm cấp giấy phép lao động cho người nước ngoài',
  'Tiếp nhận, xử lý hồ sơ cấp, gia hạn, thu hồi GPLĐ; tích hợp ký số.',
  ['B-05'], qb(5) + ' và ' + S4577 + ': lĩnh vực lao động thuộc Bộ Nội vụ.')
r(P, 'Ban Quản lý Khu kinh tế cửa khẩu tỉnh Lạng Sơn', 'planned', 'Hệ thống khai báo điện tử phương tiện, hàng hóa xuất nhập khẩu tại cửa khẩu',
  'Tiếp nhận hồ sơ của doanh nghiệp cho các cơ quan kiểm tra chuyên ngành tại cửa khẩu theo cơ chế một cửa.',
  ['B-18'], qb(18) + ': kết nối cơ quan nhà nước và doanh nghiệp trong thủ tục với hàng hóa, phương tiện xuất nhập cảnh theo cơ chế một cửa quốc gia.')
r(P, 'Sở Khoa học và Công nghệ tỉnh Ninh Bình', 'planned', 'Xây dựng nền tảng blockchain của tỉnh Ninh Bình',
  'Hạ tầng chuỗi khối đa dụng để các sở, ngành phát triển ứng dụng hợp đồng thông minh, xác thực văn bằng, truy xuất nguồn gốc.',
  ['A-09'], qa(9) + ': nền tảng chuỗi khối đa dụng để bộ, ngành, địa phương phát triển ứng dụng trên đó.')
r(P, 'Văn phòng UBND tỉnh Phú Thọ', 'planned', 'Hộp thư điện tử công dân Phú Thọ',
  'Cấp hộp thư cho người dân để nhận thông báo, kết quả giải quyết từ các cơ quan nhà nước của tỉnh.',
  [], II3 + 'c: hệ thống thư điện tử phục vụ tiếp nhận thông báo do cơ quan nhà nước gửi đến (trên hạ tầng TTDL quốc gia) – thành phần quốc gia không có trong 1132.',
  [EMAIL_TB])
r(P, 'Đài Phát thanh và Truyền hình tỉnh Cà Mau', 'planned', 'Ứng dụng xem truyền hình trực tuyến riêng CTV Go', '',
  ['B-61'], qb(61) + ': nền tảng truyền hình số dùng chung cho Đài THVN và tất cả đài truyền hình địa phương phát trên Internet.')
r(P, 'Đài Phát thanh và Truyền hình tỉnh Sơn La', 'expanding', 'Mở rộng app nghe phát thanh trực tuyến và podcast của Đài', '',
  ['B-60'], qb(60) + ': cung cấp các kênh phát thanh của VOV và các đài phát thanh tỉnh, thành phố để nghe mọi lúc, mọi nơi.')
r(P, 'Sở Nội vụ tỉnh Lâm Đồng', 'retiring', 'Ngừng phần mềm quản lý CBCCVC cũ của tỉnh Đắk Nông, Bình Thuận (trước sáp nhập)', '',
  ['B-29'], qb(29) + '; chức năng trùng nền tảng quốc gia (trạng thái dừng không đổi nhãn chức năng).')
r(P, 'Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị', 'retiring', 'Thanh lý phần mềm quản lý di tích (hết hợp đồng thuê)', '',
  ['B-44'], qb(44) + ': quản lý di sản văn hóa (di tích) trên môi trường số.')
# province negatives
r(P, 'Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa', 'existing', 'Bản đồ số nông nghiệp Khánh Hòa',
  'Số hóa vùng trồng, truy xuất nguồn gốc sản phẩm, cảnh báo thời tiết cho nông dân.',
  [], RA['province'] + ' Lớp 3 điểm b: "Bản đồ số nông nghiệp" là thành phần cấp tỉnh tự xây dựng; không lặp ' + qb(38) + '.')
r(P, 'Sở Xây dựng TP Cần Thơ', 'planned', 'Đầu tư hệ thống điều khiển đèn tín hiệu giao thông thông minh nội đô', '',
  [], RA['province'] + ' Lớp 3 điểm b: "Hệ thống điều khiển đèn giao thông thông minh" tại giao lộ đô thị địa phương; khác phạm vi B-54 (cao tốc, thu phí, tải trọng toàn quốc).')
r(P, 'Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ngãi', 'planned', 'Ứng dụng du lịch thông minh Lý Sơn – VR360, thuyết minh tự động đa ngôn ngữ', '',
  [], RA['province'] + ' Lớp 3 điểm b: "Giải pháp chuyển đổi số du lịch" (VR 360, thuyết minh tự động) do tỉnh triển khai.')
r(P, 'Sở Nông nghiệp và Môi trường tỉnh An Giang', 'existing', 'Hệ thống quan trắc môi trường tự động (nước mặt, không khí)',
  'Trạm quan trắc tự động truyền số liệu về trung tâm, cảnh báo khi vượt ngưỡng.',
  [], RA['province'] + ' Lớp 3 điểm b: "Hệ thống quan trắc và giám sát môi trường" do tỉnh triển khai; không phải nền tảng AI B-41.')
r(P, 'Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Ninh', 'expanding', 'Nâng cấp Hệ thống thông tin nguồn tỉnh Tây Ninh',
  'Cung cấp tin bài cho đài truyền thanh cấp xã ứng dụng CNTT-VT; thống kê hiệu quả thông tin cơ sở.',
  [], RA['province'] + ' Lớp 3: "Hệ thống thông tin nguồn cấp tỉnh" là thành phần cấp tỉnh; không phải B-60 (phát thanh số quốc gia).')
r(P, 'Sở Khoa học và Công nghệ tỉnh Sơn La', 'expanding', 'Nâng cấp LGSP tỉnh Sơn La (nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh)', '',
  [], RA['province'] + ' Lớp 2: "Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh"; 1132 mục A STT 6 mô tả NDXP kết nối tới các LGSP địa phương.')
r(P, 'Sở Khoa học và Công nghệ tỉnh Đắk Lắk', 'planned', 'Xây dựng kho dữ liệu dùng chung tỉnh Đắk Lắk (data warehouse)', '',
  [], RA['province'] + ' Lớp 2: "Kho dữ liệu dùng chung cấp tỉnh".')
r(P, 'Trung tâm Giám sát, điều hành thông minh tỉnh Ninh Bình', 'existing', 'Kinh phí duy trì vận hành IOC Ninh Bình năm 2027', '',
  [], RA['province'] + ' Lớp 3: "Trung tâm giám sát, điều hành thông minh cấp tỉnh".')
r(P, 'Sở Khoa học và Công nghệ tỉnh Phú Thọ', 'planned', 'Nền tảng AI cấp tỉnh Phú Thọ',
  'Cụm GPU, mô hình và công cụ phát triển ứng dụng AI dùng chung cho các sở, xã; kết nối LGSP, NDXP và đồng bộ với Nền tảng AI quốc gia.',
  [], RA['province'] + ' Lớp 3: "Nền tảng AI cấp tỉnh" kết nối, đồng bộ với Nền tảng AI quốc gia.')
r(P, 'Văn phòng UBND tỉnh Hưng Yên', 'existing', 'eOffice VNPT',
  'Quản lý văn bản và điều hành của UBND tỉnh và các sở; gửi nhận văn bản liên thông qua Trục liên thông văn bản quốc gia.',
  [], RA['province'] + ' Lớp 3 (Ứng dụng hỗ trợ hoạt động của cơ quan nhà nước) và Lớp 4 (Bàn làm việc số gồm quản lý văn bản); chỉ kết nối với ' + qa(4) + '.')
r(P, 'Sở Khoa học và Công nghệ tỉnh Lào Cai', 'planned', 'Gói thầu tích hợp HTTT giải quyết TTHC tỉnh với Cổng DVC quốc gia và VNeID', '',
  [], 'Kết nối, sử dụng ' + qa(1) + ' và ' + qa(2) + '; 3090 Phần II mục 3 điểm d: hai kênh giao tiếp chính.')
r(P, 'Sở Khoa học và Công nghệ tỉnh Quảng Trị', 'expanding', 'Module xác thực định danh qua VNeID cho Cổng TTĐT và HTTT TTHC tỉnh', '',
  [], 'Sử dụng dịch vụ của ' + qa(3) + ' (đăng nhập bằng tài khoản định danh), không xây dịch vụ xác thực riêng.')
r(P, 'Trung tâm Phục vụ hành chính công tỉnh Gia Lai', 'existing', 'Ki-ốt tra cứu hồ sơ', '',
  [], '3090/QĐ-BKHCN Phụ lục I mục 6 Lớp 4: kênh tiếp cận bổ trợ; kiosk chỉ là điểm truy cập, không lặp chức năng dòng nào của 1132.')
r(P, 'Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh', 'planned', 'Màn hình LED hiển thị tình hình giải quyết hồ sơ cho người dân', '',
  [], 'Thiết bị hiển thị tại nơi làm thủ tục; nói nơi đặt và đối tượng phục vụ, không có chức năng của dòng nào trong 1132 Phụ lục II.')
r(P, 'Văn phòng UBND tỉnh Vĩnh Long', 'existing', 'HTTT giải quyết TTHC tỉnh Vĩnh Long (hợp nhất Bến Tre, Trà Vinh)',
  'Một cửa điện tử liên thông đa lĩnh vực; nhận đồng bộ dữ liệu hồ sơ để tỉnh tra cứu, khai thác.',
  [], RA['province'] + ' Lớp 3: "Các HTTT giải quyết TTHC cấp tỉnh (hiện có) tiếp tục duy trì, là nơi nhận đồng bộ dữ liệu".')
r(P, 'Văn phòng UBND tỉnh Cà Mau', 'existing', 'Ký số từ xa cho CBCC – tích hợp chữ ký số chuyên dùng Ban Cơ yếu vào QLVB', '',
  [], 'Sử dụng Hệ thống chứng thực chữ ký số chuyên dùng công vụ (3090 Phần II mục 3 điểm a), không xây CA riêng.')
r(P, 'Sở Tư pháp tỉnh Điện Biên', 'planned', 'Job đồng bộ dữ liệu hộ tịch từ phần mềm dùng chung của Bộ Tư pháp về kho dữ liệu tỉnh', '',
  [], 'Đồng bộ dữ liệu (sử dụng) từ hệ thống của Bộ qua nền tảng chia sẻ; không lặp ' + qb(6) + '.')
r(P, 'Bệnh viện Đa khoa tỉnh Gia Lai', 'expanding', 'Nâng cấp HIS – LIS – PACS', '',
  [], 'Phần mềm nghiệp vụ khám chữa bệnh nội viện; ' + qb(33) + ' chỉ lưu thông tin sức khỏe cá nhân và TTHC, không điều hành bệnh viện.')
r(P, 'Sở Xây dựng tỉnh Lâm Đồng', 'existing', 'Ứng dụng thanh toán vé xe buýt, xe điện du lịch Đà Lạt', '',
  [], RA['province'] + ' Lớp 3 điểm b: "Ứng dụng quản lý thanh toán vé điện tử giao thông công cộng".')
r(P, 'UBND TP Cần Thơ', 'planned', 'Bãi đỗ xe thông minh khu trung tâm', 'Xem chỗ trống, đặt chỗ, thanh toán online.',
  [], RA['province'] + ' Lớp 3 điểm b: "Bãi đỗ xe thông minh".')
r(P, 'Sở Công Thương tỉnh Đắk Lắk', 'planned', 'Hệ thống logistics tỉnh – điều phối vận tải, kho bãi nông sản',
  '', [], RA['province'] + ' Lớp 3 điểm b: "Hệ thống logistic của tỉnh".')
r(P, 'Sở Tài chính tỉnh Quảng Ngãi', 'expanding', 'Nâng cấp QLVB Sở Tài chính – thêm module hồ sơ công việc (HSCV), ký số', '',
  [], RA['province'] + ' Lớp 4: Bàn làm việc số (quản lý văn bản, quản lý công việc).')
r(P, 'Văn phòng UBND tỉnh Nghệ An', 'existing', 'Phần mềm theo dõi nhiệm vụ UBND tỉnh giao', '',
  [], RA['province'] + ' Lớp 3: "Hệ thống thông tin phục vụ chỉ đạo, điều hành cấp tỉnh"; không phải ' + qb(21) + ' (nghị quyết của Trung ương).')
r(P, 'Sở Khoa học và Công nghệ tỉnh Hà Tĩnh', 'existing', 'Duy trì vận hành Trung tâm dữ liệu tỉnh Hà Tĩnh', '',
  [], RA['province'] + ' Lớp 1: "Trung tâm dữ liệu cấp tỉnh (sử dụng trung tâm dữ liệu hiện có)".')
r(P, 'Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn', 'existing', 'Cổng TTĐT du lịch Lạng Sơn', 'Giới thiệu điểm đến, lễ hội, đặc sản OCOP.',
  [], RA['province'] + ' Lớp 3 điểm b: giải pháp chuyển đổi số du lịch (thông tin điểm đến, sản phẩm OCOP) của tỉnh.')
r(P, 'Sở Nông nghiệp và Môi trường tỉnh Cà Mau', 'existing', 'HT camera giám sát rừng phòng hộ ven biển, cảnh báo cháy rừng', '',
  [], 'Thiết bị IoT/camera giám sát hiện trường (3090 Phần II mục 3 điểm a: hạ tầng IoT, camera); không phải phần mềm AI dùng chung ' + qb(39) + '.')
r(P, 'Sở Khoa học và Công nghệ tỉnh Thái Nguyên', 'existing', 'Kết nối mạng TSLCD cấp II tới 92 xã, phường', '',
  [], 'Sử dụng Mạng Truyền số liệu chuyên dùng (3090 Phần II mục 3 điểm a); đường kết nối, không lặp nền tảng.')
r(P, 'Văn phòng UBND tỉnh Lai Châu', 'retiring', 'Dừng phần mềm một cửa điện tử cấp huyện (sau khi bỏ cấp huyện)', '',
  [], 'Phần mềm một cửa đa lĩnh vực của địa phương thuộc HTTT giải quyết TTHC cấp tỉnh (' + RA['province'] + ' Lớp 3).')
r(P, 'Sở Y tế tỉnh Cao Bằng', 'existing', 'Liên thông dữ liệu khám sức khỏe lái xe, giấy chứng sinh lên Sổ sức khỏe điện tử trên VNeID', '',
  [], 'Gửi dữ liệu lên (sử dụng) ' + qb(33) + ' và ' + qa(2) + '.')
r(P, 'Sở Giáo dục và Đào tạo tỉnh Hưng Yên', 'existing', 'Đồng bộ CSDL ngành giáo dục từ phần mềm quản lý trường học về Bộ GDĐT', '',
  [], 'Đồng bộ dữ liệu về ' + qb(35) + ' (sử dụng, không lặp).')

# =============================== MINISTRY ===============================
M = 'ministry'
r(M, 'Cục Thuế – Bộ Tài chính', 'expanding', 'Nâng cấp hệ thống quản lý thuế tập trung TMS', '',
  [], 'Chủ quản tự vận hành nền tảng: ' + qb(27) + '; Cục Thuế thuộc Bộ Tài chính.')
r(M, 'Thuế tỉnh Gia Lai', 'existing', 'eTax Mobile – hỗ trợ người nộp thuế', '',
  [], 'Thành phần của ' + qb(27) + ' do ngành thuế (Bộ Tài chính, chủ quản) triển khai.')
r(M, 'Cục Hải quan – Bộ Tài chính', 'expanding', 'Dự án Hải quan số giai đoạn 2 (thay thế VNACCS/VCIS)', '',
  [], 'Chủ quản: ' + qb(25) + '.')
r(M, 'Chi cục Hải quan khu vực VIII', 'existing', 'Hệ thống giám sát hải quan tự động tại cảng (VASSCM)', '',
  [], 'Thuộc hệ thống Hải quan của Bộ Tài chính (chủ quản ' + qb(25) + ').')
r(M, 'Kho bạc Nhà nước khu vực XII', 'existing', 'TABMIS – phân hệ kế toán, kiểm soát chi', '',
  [], 'Bộ Tài chính (KBNN trực thuộc) là chủ quản ' + qb(52) + '.')
r(M, 'Kho bạc Nhà nước', 'existing', 'Dịch vụ công trực tuyến KBNN', 'Tiếp nhận hồ sơ kiểm soát chi, đăng ký mở tài khoản của đơn vị sử dụng ngân sách.',
  [], 'Thuộc HTTT giải quyết TTHC của Bộ Tài chính – chủ quản ' + qb(7) + '.')
r(M, 'Cục Thống kê – Bộ Tài chính', 'planned', 'Chương trình CAPI thu thập phiếu điều tra trên máy tính bảng', '',
  [], 'Bộ Tài chính là chủ quản ' + qa(15) + '.')
r(M, 'Thống kê tỉnh Điện Biên', 'existing', 'Phần mềm báo cáo thống kê cơ sở', '',
  [], 'Đơn vị thống kê thuộc Bộ Tài chính – chủ quản ' + qa(15) + '.')
r(P, 'Chi cục Quản lý thị trường – Sở Công Thương tỉnh Lạng Sơn', 'existing', 'PM quản lý xử phạt VPHC của lực lượng QLTT', '',
  [], qb(42) + ' chỉ "tích hợp dữ liệu xử phạt vi phạm hành chính của lực lượng quản lý thị trường"; phần mềm lập biên bản, quyết định xử phạt là nguồn dữ liệu được tích hợp, không lặp chức năng của nền tảng.')
r(M, 'Bộ Tư pháp', 'expanding', 'Nâng cấp Cổng Pháp luật quốc gia – phân hệ phản ánh chính sách', '',
  [], 'Chủ quản: ' + qa(16) + '.')
r(M, 'Bộ Nội vụ', 'expanding', 'Mở rộng CSDL quốc gia về CBCCVC tới cấp xã', '',
  [], 'Chủ quản: ' + qb(29) + '.')
r(M, 'Bộ Y tế', 'existing', 'Hệ thống quản lý thông tin tiêm chủng quốc gia', '',
  [], 'Chủ quản: ' + qb(33) + ' (nền tảng tích hợp hệ thống tiêm chủng quốc gia).')
r(M, 'Bộ Giáo dục và Đào tạo', 'expanding', 'Nâng cấp CSDL ngành giáo dục và đào tạo – ứng dụng AI', '',
  [], 'Chủ quản: ' + qb(35) + '.')
r(M, 'Cục Đường bộ Việt Nam – Bộ Xây dựng', 'planned', 'Trung tâm quản lý, điều hành giao thông các tuyến cao tốc', '',
  [], 'Bộ Xây dựng là chủ quản ' + qb(54) + '.')
r(M, 'Cục Chăn nuôi và Thú y – Bộ Nông nghiệp và Môi trường', 'existing', 'VAHIS – hệ thống báo cáo dịch bệnh động vật', '',
  [], 'Bộ Nông nghiệp và Môi trường là chủ quản ' + qb(37) + '.')
r(M, 'Bộ Công Thương', 'existing', 'eCoSys – cấp C/O điện tử', '',
  [], 'Chủ quản HTTT giải quyết TTHC lĩnh vực công thương: ' + qb(8) + '.')
r(M, 'Bộ Công Thương', 'expanding', 'Mở rộng HTTT giải quyết TTHC của Bộ tới các Sở Công Thương và UBND xã', '',
  [], 'Chủ quản mở rộng nền tảng của mình: ' + qb(8) + ' và ' + S4577 + '.')
r(M, 'Bộ Xây dựng', 'existing', 'Cổng DVC Bộ Xây dựng – cấp chứng chỉ hành nghề, đăng kiểm', '',
  [], 'Chủ quản: ' + qb(10) + '.')
r(M, 'Bộ Ngoại giao', 'existing', 'Cổng DVC lãnh sự (hợp pháp hóa, chứng nhận lãnh sự)', '',
  [], 'Chủ quản: ' + qb(4) + '.')
r(M, 'Văn phòng Chính phủ', 'expanding', 'Nâng cấp Trục liên thông văn bản quốc gia – truy vết xử lý văn bản', '',
  [], 'Chủ quản: ' + qa(4) + '.')
r(M, 'Bộ Khoa học và Công nghệ', 'expanding', 'Nâng cấp NDXP', '',
  [], 'Chủ quản: ' + qa(6) + '.')
r(M, 'Bộ Nội vụ', 'existing', 'Sàn giao dịch việc làm quốc gia', '',
  [], 'Chủ quản: ' + qb(31) + '.')
r(M, 'Ngân hàng Nhà nước – Chi nhánh Khu vực 7', 'existing', 'Khai thác CIC – tra cứu thông tin tín dụng', '',
  [], 'Đơn vị của chủ quản ' + qb(51) + ', chỉ khai thác.')
r(M, 'Bộ Y tế', 'planned', 'Trợ lý ảo tư vấn y tế – tùy biến trên Trợ lý ảo quốc gia',
  'Bổ sung tri thức chuyên ngành y tế lên nền tảng trợ lý ảo do Bộ Công an triển khai.',
  [], qa(10) + ': "các bộ, ngành, địa phương sẽ tùy biến thành các trợ lý ảo của riêng mình" – tùy biến trên nền tảng là sử dụng.')
r(M, 'Bộ Giáo dục và Đào tạo', 'existing', 'Hệ thống báo cáo thống kê ngành giáo dục (chỉ tiêu thống kê bộ, ngành)', '',
  [], qa(15) + ' "kết nối, tích hợp dữ liệu báo cáo thống kê của các chỉ tiêu thống kê bộ, ngành" – hệ thống chỉ tiêu ngành được tích hợp, không bị thay thế.')
r(M, 'Bộ Nông nghiệp và Môi trường', 'expanding', 'Nâng cấp LGSP Bộ NN&MT kết nối NDXP', '',
  [], RA['ministry'] + ' Lớp 2: "Nền tảng tích hợp, chia sẻ dữ liệu cấp bộ (LGSP cấp bộ)".')
r(M, 'Bộ Dân tộc và Tôn giáo', 'existing', 'Cổng thông tin điện tử Bộ Dân tộc và Tôn giáo', '',
  [], 'Cổng thông tin của cơ quan; không dòng nào của 1132 Phụ lục II là cổng thông tin cơ quan (A-01 là dịch vụ công, A-07 dữ liệu, A-16 pháp luật).')
r(M, 'Bộ Tài chính', 'expanding', 'e-GP – Hệ thống mạng đấu thầu quốc gia, phân hệ hợp đồng điện tử', '',
  [], 'Chủ quản: ' + qb(28) + '.')
r(M, 'Kho bạc Nhà nước khu vực III', 'planned', 'Kết nối DVC KBNN với NDXP để nhận dữ liệu dự toán', '',
  [], 'Kết nối sử dụng ' + qa(6) + '.')
r(M, 'Cục Bảo vệ thực vật – Bộ Nông nghiệp và Môi trường', 'existing', 'Phân hệ kết nối Cơ chế một cửa quốc gia cấp giấy kiểm dịch thực vật', '',
  [], 'Adapter kết nối tới ' + qb(18) + '.')
r(M, 'Công an tỉnh Hà Tĩnh', 'existing', 'Phần mềm quản lý hồ sơ nghiệp vụ cảnh sát', '',
  [], D2X + '; hệ thống nghiệp vụ an ninh, trật tự.')
r(M, 'Bộ Chỉ huy quân sự tỉnh Lai Châu', 'existing', 'Phần mềm quản lý văn bản mật nội bộ quân sự', '',
  [], D2X + ': yêu cầu đặc thù quốc phòng; không tính trùng ' + qa(4) + '.')
r(M, 'Bộ đội Biên phòng tỉnh An Giang', 'planned', 'Hệ thống quản lý tàu thuyền ra vào, giám sát đường biên', '',
  [], D2X + '; 3090 Phần II mục 3 điểm c cũng nêu ứng dụng chuyên ngành đặc thù quản lý biên giới.')
r(M, 'Ban Cơ yếu Chính phủ', 'expanding', 'Mở rộng Hệ thống chứng thực chữ ký số chuyên dùng công vụ', '',
  [], 'Chủ quản thành phần quốc gia (3090 Phần II mục 3 điểm a); ' + D2X + '.')
r(M, 'Bộ Công Thương', 'planned', 'Gói thầu triển khai hệ thống email on-premise (Microsoft Exchange) cho cơ quan Bộ', '',
  [], II3 + 'c: hệ thống thư điện tử công vụ thống nhất dùng chung từ trung ương đến cấp xã.', [EMAIL])
r(M, 'Cục Du lịch Quốc gia Việt Nam – Bộ VHTTDL', 'planned', 'Thuê dịch vụ SOC giám sát an toàn thông tin riêng',
  'Thuê nhà cung cấp giám sát, phát hiện tấn công và điều phối ứng cứu sự cố cho các hệ thống của Cục.',
  ['A-13'], qa(13) + ': không cần đầu tư, xây dựng hệ thống điều phối an ninh mạng riêng lẻ.')
r(M, 'Cục Hải quan – Bộ Tài chính', 'planned', 'Chatbot hải quan tự xây dựng mô hình thuật toán riêng', '',
  ['A-10'], qa(10) + ' (chủ quản Bộ Công an): bộ, ngành không đầu tư nền tảng thuật toán trợ lý ảo riêng lẻ.')
r(M, 'Bộ Xây dựng', 'planned', 'Phần mềm theo dõi thực hiện Nghị quyết, Kết luận của Trung ương tại Bộ Xây dựng', '',
  ['B-21'], qb(21) + ': triển khai tại các cơ quan Đảng, các bộ/ngành từ trung ương đến cơ sở.')
r(M, 'Bộ Nông nghiệp và Môi trường', 'planned', 'Đầu tư trung tâm điều phối ứng cứu sự cố ATTT riêng của Bộ', '',
  ['A-13'], qa(13) + ': điều phối ứng phó sự cố an ninh mạng tập trung.')
r(M, 'Bộ Văn hóa, Thể thao và Du lịch', 'planned', 'Xây dựng private cloud của Bộ để di chuyển các HTTT', 'Ảo hóa, lưu trữ tập trung cho các cục, vụ.',
  ['A-08'], qa(8) + '; 5441/BKHCN mục 2.2: HTTT của bộ, ngành sử dụng TTDL quốc gia và nền tảng điện toán đám mây trong TTDLQG; ' + RA['ministry'] + ' Lớp 1: chỉ dùng trung tâm dữ liệu hiện có.')
r(M, 'Bộ Xây dựng', 'planned', 'Cổng đấu thầu qua mạng riêng cho các dự án Bộ làm chủ đầu tư', '',
  ['B-28'], qb(28) + ': áp dụng cho mọi đơn vị dùng vốn ngân sách nhà nước.')
r(M, 'Bộ Công Thương', 'planned', 'Sàn kết nối việc làm ngành Công Thương',
  'Kết nối cung – cầu lao động giữa doanh nghiệp ngành công thương và người lao động; đăng tin tuyển dụng, hồ sơ ứng viên.',
  ['B-31'], qb(31) + ': kết nối cung – cầu lao động, giao dịch việc làm trực tuyến toàn quốc.')
r(M, 'Bộ Xây dựng', 'planned', 'Cổng dữ liệu mở ngành xây dựng', '',
  ['A-07'], qa(7) + ': dữ liệu mở của các bộ, ngành công bố tập trung trên Cổng dữ liệu quốc gia.')
r(M, 'Cục Thi hành án dân sự – Bộ Tư pháp', 'existing', 'Phan mem quan ly van ban thi hanh an', '',
  [], RA['ministry'] + ' Lớp 3: ứng dụng Quản lý văn bản và điều hành của bộ.')
r(M, 'Thuế tỉnh Lâm Đồng', 'planned', 'Thuê dịch vụ Zimbra mail cho công chức thuế', '',
  [], II3 + 'c: thư điện tử công vụ thống nhất.', [EMAIL])
r(M, 'Bộ Dân tộc và Tôn giáo', 'expanding', 'Mở rộng CSDL dân tộc tới UBND xã vùng DTTS', '',
  [], 'Chủ quản: ' + qb(46) + '.')
r(M, 'Bộ Giáo dục và Đào tạo', 'planned', 'Dashboard điều hành ngành giáo dục', '',
  [], RA['ministry'] + ' Lớp 4: Bảng thông tin điều hành (Dashboard) cấp bộ.')
r(M, 'Bộ Tài chính', 'existing', 'Nền tảng Công khai ngân sách nhà nước', '',
  [], 'Chủ quản: ' + qb(26) + '.')
r(P, 'Chi cục Quản lý thị trường – Sở Công Thương tỉnh Quảng Trị', 'planned', 'Kinh phí mua máy tính bảng kiểm tra hiện trường cho đội QLTT', '',
  [], 'Mua thiết bị đầu cuối; không có chức năng nền tảng nào của 1132 Phụ lục II.')
r(M, 'Bộ Nông nghiệp và Môi trường', 'existing', 'Nền tảng AI hỗ trợ phân tích, cảnh báo thiên tai – giai đoạn 1', '',
  [], 'Chủ quản: ' + qb(39) + '.')
r(M, 'Bộ Y tế', 'retiring', 'Ngừng Cổng tiếp nhận hồ sơ ATTP cũ (chuyển sang HTTT và CSDL quốc gia về ATTP)', '',
  [], 'Chủ quản thay hệ thống cũ bằng ' + qb(34) + '.')
r(M, 'Bộ Khoa học và Công nghệ', 'planned', 'Bàn làm việc số (Digital Workplace) của Bộ',
  'Tích hợp quản lý văn bản, lịch công tác, hội nghị trực tuyến, kho tài liệu số, trợ lý ảo.',
  [], RA['ministry'] + ' Lớp 4: "Bàn làm việc số (Digital Workplace)" là thành phần cấp bộ tự xây dựng.')

# =============================== COMMUNE ===============================
C = 'commune'
r(C, 'UBND xã Mường Tè (tỉnh Lai Châu)', 'existing', 'Wifi miễn phí khu trung tâm xã', '',
  [], RA['commune'] + ' Lớp 1: hạ tầng ICT cấp xã gồm "hệ thống wifi công cộng".')
r(C, 'UBND đặc khu Phú Quốc (tỉnh An Giang)', 'planned', 'Dự án camera an ninh, giám sát trật tự đô thị đặc khu Phú Quốc', '',
  [], RA['commune'] + ' Lớp 1: "hệ thống camera an ninh".')
r(C, 'UBND phường Sa Pa (tỉnh Lào Cai)', 'expanding', 'Nâng cấp hệ thống truyền thanh thông minh IP', '',
  [], RA['commune'] + ' Lớp 1: "hệ thống truyền thanh thông minh"; không phải ' + qb(60) + '.')
r(C, 'UBND xã Đồng Văn (tỉnh Tuyên Quang)', 'planned', 'Mua sắm thiết bị phòng họp trực tuyến của xã', '',
  [], RA['commune'] + ' Lớp 1: "hệ thống hội nghị truyền hình trực tuyến" thuộc hạ tầng ICT cấp xã.')
r(C, 'UBND đặc khu Lý Sơn (tỉnh Quảng Ngãi)', 'existing', 'Bảng điện tử công cộng thông tin cho người dân', '',
  [], RA['commune'] + ' Lớp 1: "hệ thống bảng điện tử công cộng".')
r(C, 'UBND phường Pleiku (tỉnh Gia Lai)', 'planned', 'Phần mềm đăng ký hộ kinh doanh của phường',
  'Tiếp nhận, cấp giấy chứng nhận đăng ký hộ kinh doanh qua mạng.',
  ['B-23'], qb(23) + ': đăng ký doanh nghiệp, hộ kinh doanh qua mạng điện tử trên phạm vi toàn quốc.')
r(C, 'UBND phường Vị Thanh (TP Cần Thơ)', 'existing', 'PM ho tich phuong', '',
  ['B-06'], qb(6) + ' và ' + S4577 + ': hộ tịch là TTHC lĩnh vực tư pháp.')
r(C, 'UBND xã Cần Giờ (TP Hồ Chí Minh)', 'planned', 'Phần mềm cấp giấy phép xây dựng nhà ở riêng lẻ', '',
  ['B-10'], qb(10) + ' và ' + S4577 + '.')
r(C, 'UBND phường Bạc Liêu (tỉnh Cà Mau)', 'existing', 'Phần mềm chứng thực bản sao điện tử từ bản chính', '',
  ['B-06'], qb(6) + ' và ' + S4577 + ': chứng thực thuộc lĩnh vực tư pháp.')
r(C, 'UBND xã Bắc Hà (tỉnh Lào Cai)', 'planned', 'Phần mềm quản lý trường mầm non, tiểu học, THCS trên địa bàn xã', '',
  ['B-35'], qb(35) + ': dùng chung cho Bộ GDĐT, sở GDĐT, xã/phường; quản trị cơ sở giáo dục mầm non, phổ thông.')
r(C, 'UBND phường Trà Vinh (tỉnh Vĩnh Long)', 'planned', 'Thuê Google Workspace làm hộp thư cho cán bộ phường', '',
  [], II3 + 'c: thư điện tử công vụ thống nhất "triển khai dùng chung từ Trung ương đến cấp xã".', [EMAIL])
r(C, 'UBND xã Côn Đảo (TP Hồ Chí Minh)', 'planned', 'Giải pháp thanh toán không tiền mặt tại chợ và bến tàu', '',
  [], RA['commune'] + ' Lớp 3 điểm b: "Giải pháp thanh toán điện tử/không tiền mặt".')
r(C, 'Trạm Y tế xã Phong Thổ (tỉnh Lai Châu)', 'planned', 'Tư vấn, khám sức khỏe từ xa (telehealth) cho bản vùng cao', '',
  [], RA['commune'] + ' Lớp 3 điểm b: "Giải pháp tư vấn, chăm sóc sức khoẻ từ xa".')
r(C, 'UBND xã Vạn Ninh (tỉnh Khánh Hòa)', 'existing', 'Gian hàng TMĐT sản phẩm OCOP của xã', '',
  [], RA['commune'] + ' Lớp 3 điểm b: "Giải pháp cho thương mại điện tử".')
r(C, 'UBND phường Sóc Trăng (TP Cần Thơ)', 'planned', 'Chiếu sáng công cộng thông minh tuyến trung tâm', '',
  [], RA['commune'] + ' Lớp 3 điểm b: "Hệ thống chiếu sáng thông minh (nếu cấp tỉnh không triển khai tập trung)".')
r(C, 'UBND xã Mường Nhé (tỉnh Điện Biên)', 'existing', 'Phần mềm quản lý hồ sơ cán bộ, công chức xã', '',
  ['B-29'], qb(29) + ': quản lý CBCCVC trung ương đến địa phương.')
r(C, 'UBND phường Buôn Ma Thuột (tỉnh Đắk Lắk)', 'planned', 'Phần mềm tổng hợp số liệu chỉ tiêu thống kê cấp xã', '',
  ['A-15'], qa(15) + ': thu thập, xử lý dữ liệu chỉ tiêu thống kê cấp xã.')
r(C, 'UBND xã Tân Uyên (tỉnh Lai Châu)', 'existing', 'QLVB xã – dùng chung iOffice của tỉnh', '',
  [], '4577/BKHCN mục 3: cấp xã dùng giải pháp dùng chung của tỉnh; ' + RA['commune'] + ' Lớp 3: ứng dụng dùng chung của tỉnh.')
r(C, 'UBND phường Hạc Thành (tỉnh Thanh Hóa)', 'existing', 'Phần mềm tiếp công dân, xử lý đơn thư của phường', '',
  ['B-55'], qb(55) + ': tiếp công dân, xử lý đơn thống nhất trung ương đến địa phương.')
r(C, 'UBND xã Cô Tô (tỉnh Quảng Ninh)', 'existing', 'Chữ ký số Ban Cơ yếu cho công chức xã', '',
  [], 'Sử dụng Hệ thống chứng thực chữ ký số chuyên dùng công vụ (3090 Phần II mục 3 điểm a).')
r(C, 'UBND phường Quy Nhơn (tỉnh Gia Lai)', 'existing', 'Kiosk lấy số thứ tự bộ phận một cửa', '',
  [], 'Thiết bị xếp hàng tại nơi làm thủ tục; không có chức năng của dòng nào trong 1132 Phụ lục II.')
r(C, 'UBND xã Bát Xát (tỉnh Lào Cai)', 'planned', 'Chatbot xã tự phát triển (thuê đơn vị lập trình riêng)', 'Trả lời câu hỏi về thủ tục, lịch tiếp dân của xã.',
  ['A-10'], qa(10) + ': địa phương tùy biến trên trợ lý ảo quốc gia, không đầu tư nền tảng thuật toán riêng lẻ.')
r(C, 'UBND xã Tam Nông (tỉnh Phú Thọ)', 'existing', 'Phần mềm cập nhật biến động đất đai, cấp GCN của xã', '',
  ['B-09'], qb(9) + ' và ' + S4577 + ': TTHC đất đai thuộc Bộ Nông nghiệp và Môi trường.')
r(C, 'UBND xã Hướng Hóa (tỉnh Quảng Trị)', 'existing', 'Tổ công nghệ số cộng đồng – điểm hỗ trợ nộp hồ sơ DVC lưu động', '',
  [], RA['commune'] + ' Lớp 4: kênh tiếp cận bổ trợ (điểm hỗ trợ tại cộng đồng, dịch vụ lưu động).')
r(C, 'UBND xã Nậm Pồ (tỉnh Điện Biên)', 'planned', 'Xây dựng trang học trực tuyến kỹ năng số cho người dân xã',
  'Khóa học mở về sử dụng điện thoại thông minh, DVC trực tuyến, thanh toán số cho mọi người dân.',
  [], II3 + 'c: "Nền tảng Bình dân học vụ số" – học trực tuyến mở đại trà phổ cập kỹ năng số cho mọi đối tượng.', [BDHV])
r(C, 'UBND phường Cao Lãnh (tỉnh Đồng Tháp)', 'planned', 'Khai thác dữ liệu dân cư qua LGSP tỉnh cho bộ phận một cửa', '',
  [], 'Sử dụng dữ liệu qua nền tảng chia sẻ (' + RA['province'] + ' Lớp 2; ' + qa(6) + '); không lặp.')
r(C, 'UBND xã Long Phú (TP Cần Thơ)', 'existing', 'Cảm biến IoT đo mực nước, cảnh báo ngập cho người dân', '',
  [], RA['commune'] + ' Lớp 1: "hệ thống Internet vạn vật"; không phải phần mềm AI ' + qb(39) + '.')
r(C, 'UBND xã Yên Minh (tỉnh Tuyên Quang)', 'retiring', 'Ngừng phần mềm một cửa cấp huyện cũ, chuyển sang HTTT TTHC tỉnh', '',
  [], 'Một cửa đa lĩnh vực của địa phương – thành phần HTTT giải quyết TTHC cấp tỉnh (' + RA['province'] + ' Lớp 3).')
r(C, 'UBND phường Hà Giang 1 (tỉnh Tuyên Quang)', 'existing', 'Trang thông tin điện tử phường', '',
  [], '1132/QĐ-TTg Phụ lục II: không dòng nào là trang thông tin của cơ quan; không lặp.')
r(C, 'UBND xã Mỹ Tú (TP Cần Thơ)', 'retiring', 'Dừng phần mềm quản lý hộ tịch cũ', '',
  ['B-06'], qb(6) + ' và ' + S4577 + '; trạng thái dừng không đổi nhãn chức năng.')
r(C, 'UBND phường Kon Tum (tỉnh Quảng Ngãi)', 'planned', 'Kinh phí thuê phần mềm quản lý tiêm phòng vật nuôi của phường', '',
  ['B-37'], qb(37) + ': nghiệp vụ thú y, dịch bệnh chăn nuôi xuyên suốt tới địa phương.')
r(C, 'UBND xã Tiên Lãng (TP Hải Phòng)', 'planned', 'Công khai ngân sách xã trên trang riêng', 'Đăng dự toán, quyết toán ngân sách xã cho người dân xem.',
  ['B-26'], qb(26) + ': công khai ngân sách của các cơ quan, đơn vị trên toàn quốc.')
r(C, 'UBND xã Na Hang (tỉnh Tuyên Quang)', 'existing', 'May tinh mot cua + may scan', '',
  [], RA['commune'] + ' Lớp 1 (hạ tầng ICT cấp xã); thiết bị đầu cuối, không có chức năng của dòng nào trong 1132/QĐ-TTg Phụ lục II.')
r(C, 'UBND phường Đông Hà (tỉnh Quảng Trị)', 'expanding', 'Bổ sung camera AI nhận diện vi phạm trật tự đô thị', '',
  [], RA['commune'] + ' Lớp 1: hệ thống camera an ninh cấp xã.')
r(C, 'UBND xã Ea Súp (tỉnh Đắk Lắk)', 'planned', 'App nông nghiệp thông minh cho hợp tác xã cà phê', '',
  [], RA['commune'] + ' Lớp 3 điểm b: "Giải pháp triển khai nông nghiệp thông minh cho doanh nghiệp, hộ kinh doanh".')
r(C, 'UBND phường Phan Thiết (tỉnh Lâm Đồng)', 'planned', 'Hệ thống tiếp nhận giải quyết khiếu nại, tố cáo, kiến nghị của công dân', '',
  ['B-55'], qb(55) + ': tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh.')

# =============================== PARTY ===============================
D = 'party'
r(D, 'Văn phòng Tỉnh ủy Cao Bằng', 'existing', 'Phần mềm QLVB và điều hành của Tỉnh ủy (thuê VNPT)',
  'Gửi, nhận, xử lý văn bản giữa các cơ quan Đảng trong tỉnh tới đảng ủy xã.',
  ['B-19'], qb(19) + ': gửi, nhận, xử lý văn bản trong các cơ quan Đảng xuyên suốt từ trung ương đến cấp xã.')
r(D, 'Ban Tổ chức Tỉnh ủy Điện Biên', 'expanding', 'Nâng cấp phần mềm quản lý cơ sở dữ liệu đảng viên của tỉnh', '',
  ['B-20'], qb(20) + ': nghiệp vụ tổ chức, cán bộ, đảng viên triển khai tập trung cho cơ quan Đảng các cấp.')
r(D, 'Văn phòng Tỉnh ủy Tây Ninh', 'planned', 'Phần mềm theo dõi, đánh giá kết quả thực hiện nghị quyết, kết luận của Trung ương', '',
  ['B-21'], qb(21) + '.')
r(D, 'Văn phòng Trung ương Đảng', 'expanding', 'Nâng cấp HTTT điều hành tác nghiệp – mở rộng tới đảng ủy cấp xã', '',
  [], 'Chủ quản: ' + qb(19) + '.')
r(D, 'Văn phòng Trung ương Đảng', 'existing', 'HTTT lĩnh vực tổ chức – xây dựng Đảng', '',
  [], 'Chủ quản: ' + qb(20) + '.')
r(D, 'Ủy ban Kiểm tra Trung ương', 'planned', 'HTTT kiểm tra, giám sát, kỷ luật Đảng',
  'Quản lý cuộc kiểm tra, giám sát, thi hành kỷ luật đảng viên và tổ chức đảng.',
  [], RA['party'] + ' Lớp 3: HTTT chuyên ngành lĩnh vực "(2) Kiểm tra, giám sát, kỷ luật Đảng"; không phải ' + qb(56) + ' (thanh tra nhà nước).')
r(D, 'Ban Tuyên giáo và Dân vận Trung ương', 'existing', 'Hệ thống thu thập, tổng hợp thông tin trên Internet (social listening)', '',
  [], RA['party'] + ' Lớp 3: "Hệ thống thu thập, tổng hợp thông tin trên Internet".')
r(D, 'Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An', 'planned', 'Phần mềm quản lý đội ngũ báo cáo viên, tổng hợp dư luận xã hội', '',
  [], RA['party'] + ' Lớp 3: HTTT chuyên ngành lĩnh vực "(3) Tuyên giáo và Dân vận".')
r(D, 'Đảng ủy phường Hạc Thành (tỉnh Thanh Hóa)', 'existing', 'Sổ tay đảng viên điện tử', '',
  [], RA['party'] + ' Lớp 3: "Ứng dụng Đảng viên số".')
r(D, 'Văn phòng Tỉnh ủy Lạng Sơn', 'planned', 'Phần mềm tiếp nhận, giải quyết thủ tục trong Đảng (chuyển sinh hoạt đảng, kết nạp đảng viên)', '',
  ['B-01'], qb(1) + ': hệ thống dùng chung tại tất cả các tổ chức Đảng toàn quốc.')
r(D, 'Văn phòng Tỉnh ủy Gia Lai', 'existing', 'Mail server riêng của Tỉnh ủy', '',
  [], II3 + 'c: thư điện tử công vụ thống nhất cho các cơ quan trong hệ thống chính trị.', [EMAIL])
r(D, 'Văn phòng Tỉnh ủy Hà Tĩnh', 'expanding', 'Nâng cấp đường truyền kết nối Mạng thông tin diện rộng của Đảng', '',
  [], 'Sử dụng Mạng thông tin diện rộng của Đảng (3090 Phần II mục 3 điểm a); không lặp.')
r(D, 'Văn phòng Tỉnh ủy Vĩnh Long', 'planned', 'Dashboard điều hành của Thường trực Tỉnh ủy', '',
  [], RA['party'] + ' Lớp 4: Bảng thông tin điều hành (Dashboard) của các cơ quan Đảng.')
r(D, 'Văn phòng Tỉnh ủy Lâm Đồng', 'planned', 'Gói thầu phần mềm phục vụ Đại hội đại biểu Đảng bộ tỉnh (tài liệu điện tử, biểu quyết)', '',
  [], RA['party'] + ' Lớp 3: "Các ứng dụng hỗ trợ Đại hội Đảng các cấp".')
r(D, 'Văn phòng Tỉnh ủy Cà Mau', 'planned', 'Hệ thống gửi nhận văn bản mật tích hợp giải pháp bảo mật Ban Cơ yếu',
  'Xử lý văn bản toàn trình đến độ Mật, Tối mật giữa Tỉnh ủy và các đảng ủy trực thuộc.',
  ['B-19'], qb(19) + ': gửi, nhận, xử lý văn bản toàn trình tới cấp độ Tối mật, tích hợp giải pháp bảo mật của Ban Cơ yếu.')
r(D, 'Đảng ủy xã Mường Tè (tỉnh Lai Châu)', 'planned', 'Thue hop thu dien tu cho can bo dang uy xa', '',
  [], II3 + 'c: thư điện tử công vụ thống nhất dùng chung đến cấp xã.', [EMAIL])
r(D, 'Văn phòng Tỉnh ủy Khánh Hòa', 'existing', 'Duy trì vận hành Trung tâm dữ liệu Tỉnh ủy', '',
  [], RA['party'] + ' Lớp 1: "Trung tâm dữ liệu của Đảng (sử dụng trung tâm dữ liệu hiện có)".')
r(D, 'Văn phòng Tỉnh ủy Quảng Ngãi', 'planned', 'Nền tảng tích hợp, chia sẻ dữ liệu các cơ quan Đảng tỉnh', '',
  [], RA['party'] + ' Lớp 2: "Nền tảng tích hợp, chia sẻ dữ liệu của cơ quan Đảng".')
r(D, 'Đảng ủy Chính phủ', 'planned', 'Phần mềm quản lý hồ sơ đảng viên các đảng bộ trực thuộc', '',
  ['B-20'], qb(20) + ': nghiệp vụ về tổ chức, cán bộ, đảng viên triển khai tập trung.')
r(D, 'Ban Tổ chức Tỉnh ủy Phú Thọ', 'existing', 'Phần mềm hỗ trợ công tác bảo vệ chính trị nội bộ', '',
  ['B-20'], qb(20) + ': bao gồm nghiệp vụ "bảo vệ chính trị nội bộ".')
r(D, 'Văn phòng Tỉnh ủy Đồng Tháp', 'existing', 'Kết nối phần mềm điều hành tác nghiệp với Trục liên thông văn bản quốc gia', '',
  [], 'Adapter liên thông với ' + qa(4) + '.')

# =============================== ASSEMBLY ===============================
Q = 'assembly'
r(Q, 'Văn phòng Quốc hội', 'expanding', 'Hệ thống phòng họp không giấy phục vụ kỳ họp Quốc hội', '',
  [], RA['assembly'] + ' Lớp 3: "Nhóm các ứng dụng số của Quốc hội hỗ trợ kỳ họp Quốc hội".')
r(Q, 'Văn phòng Đoàn ĐBQH và HĐND tỉnh Lạng Sơn', 'existing', 'Phần mềm tổng hợp ý kiến, kiến nghị cử tri', '',
  [], RA['assembly'] + ' Lớp 3: lĩnh vực "(6) Công tác dân nguyện", ứng dụng tương tác với cử tri.')
r(Q, 'HĐND tỉnh Sơn La', 'planned', 'Ứng dụng HĐND số cho đại biểu (tài liệu kỳ họp, chất vấn trực tuyến)', '',
  [], RA['province'] + ' Lớp 3: "Các ứng dụng và nghiệp vụ dùng chung của Đảng, Quốc hội, MTTQ" và ứng dụng đặc thù của tỉnh; không dòng 1132 nào phục vụ kỳ họp.')
r(Q, 'Văn phòng Đoàn ĐBQH và HĐND tỉnh Hà Tĩnh', 'planned', 'Thuê máy chủ email riêng cho đại biểu HĐND', '',
  [], II3 + 'c: thư điện tử công vụ thống nhất cho các cơ quan trong hệ thống chính trị.', [EMAIL])
r(Q, 'HĐND tỉnh Quảng Trị', 'existing', 'Phần mềm theo dõi kiến nghị sau giám sát chuyên đề', '',
  [], RA['assembly'] + ' Lớp 3: lĩnh vực "(2) Giám sát" của cơ quan dân cử; không phải ' + qb(56) + '.')
r(Q, 'Văn phòng Quốc hội', 'planned', 'Hệ thống hỗ trợ lập pháp – quản lý hồ sơ dự án luật', '',
  [], RA['assembly'] + ' Lớp 3: lĩnh vực "(1) Lập pháp" do Quốc hội tự xây dựng.')
r(Q, 'HĐND tỉnh An Giang', 'existing', 'Theo dõi thực hiện nghị quyết HĐND tỉnh', '',
  [], 'Nghị quyết của HĐND tỉnh, không phải nghị quyết của Trung ương theo ' + qb(21) + '; ứng dụng đặc thù của tỉnh (' + RA['province'] + ').')
r(Q, 'Văn phòng Quốc hội', 'existing', 'Cổng TTĐT Quốc hội – chuyên mục lấy ý kiến nhân dân về dự thảo luật', '',
  [], RA['assembly'] + ' Lớp 3: "ứng dụng số của Quốc hội hỗ trợ tương tác với công dân, cử tri".')
r(Q, 'Thường trực HĐND tỉnh Tuyên Quang', 'planned', 'Trang công khai dự toán, quyết toán ngân sách tỉnh đã được HĐND quyết định', '',
  ['B-26'], qb(26) + ': công khai ngân sách theo Luật NSNN cho các cơ quan, đơn vị trên toàn quốc.')
r(Q, 'Đoàn ĐBQH tỉnh Đắk Lắk', 'planned', 'Đăng nhập bằng tài khoản VNeID cho cử tri gửi kiến nghị', '',
  [], 'Sử dụng ' + qa(3) + ' / ' + qa(2) + ' để xác thực; không lặp.')
r(Q, 'Văn phòng Quốc hội', 'existing', 'Duy trì Trung tâm dữ liệu Quốc hội', '',
  [], RA['assembly'] + ' Lớp 1: "Trung tâm dữ liệu của Quốc hội (sử dụng trung tâm dữ liệu hiện có)".')
r(Q, 'HĐND tỉnh Gia Lai', 'planned', 'Phần mềm kê khai tài sản, thu nhập của đại biểu HĐND', '',
  ['B-57'], qb(57) + ': kê khai, công khai tài sản, thu nhập của người có nghĩa vụ kê khai trong phạm vi cả nước.')
r(Q, 'Văn phòng Đoàn ĐBQH và HĐND tỉnh Cà Mau', 'retiring', 'Ngừng phần mềm QLVB riêng, chuyển sang QLVB dùng chung của tỉnh', '',
  [], RA['province'] + ': ứng dụng dùng chung cấp tỉnh; quản lý văn bản nội bộ không lặp dòng nào của 1132.')

# =============================== FRONT ===============================
F = 'front'
r(F, 'Ủy ban MTTQ Việt Nam tỉnh Điện Biên', 'planned', 'Phần mềm giám sát và phản biện xã hội', '',
  [], RA['front'] + ' Lớp 3: lĩnh vực "(3) Giám sát và phản biện xã hội".')
r(F, 'Hội Cựu chiến binh tỉnh Lai Châu', 'existing', 'Phần mềm quản lý hội viên CCB', '',
  [], RA['front'] + ' Lớp 3: lĩnh vực "(1) Đoàn kết – tập hợp nhân dân", ứng dụng nghiệp vụ chuyên ngành.')
r(F, 'Hội Liên hiệp Phụ nữ tỉnh Đồng Tháp', 'planned', 'Dự án nền tảng học trực tuyến kỹ năng số cho hội viên phụ nữ',
  'Khóa học mở về kỹ năng số, an toàn trên mạng, dịch vụ công trực tuyến.',
  [], II3 + 'c: "Nền tảng Bình dân học vụ số" – học trực tuyến mở đại trà về kỹ năng số cho mọi đối tượng.', [BDHV])
r(F, 'Tỉnh đoàn Cà Mau', 'planned', 'Thuê hosting mail cho cán bộ Đoàn', '',
  [], II3 + 'c: thư điện tử công vụ thống nhất (MTTQ và tổ chức chính trị – xã hội thuộc hệ thống chính trị).', [EMAIL])
r(F, 'Hội Nông dân tỉnh Sơn La', 'existing', 'Sàn TMĐT nông sản cho hội viên', '',
  [], 'Không dòng nào của 1132 Phụ lục II là sàn thương mại điện tử; ' + RA['front'] + ' Lớp 3 (ứng dụng tương tác với nhân dân).')
r(F, 'Trung ương Hội Nông dân Việt Nam', 'expanding', 'Ứng dụng quản lý Quỹ Hỗ trợ nông dân', '',
  [], RA['front'] + ' Lớp 3: ứng dụng nghiệp vụ chuyên ngành của tổ chức thành viên.')
r(F, 'Ủy ban Trung ương MTTQ Việt Nam', 'planned', 'Ứng dụng tiếp nhận ý kiến, kiến nghị của nhân dân gửi Mặt trận', '',
  [], RA['front'] + ' Lớp 3: "Nhóm các ứng dụng số hỗ trợ tương tác với nhân dân".')
r(F, 'Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long', 'existing', 'QLVB nội bộ MTTQ tỉnh', '',
  [], RA['front'] + ' Lớp 3: "Nhóm các ứng dụng số hỗ trợ hoạt động nội bộ".')
r(F, 'Trung ương Đoàn TNCS Hồ Chí Minh', 'expanding', 'Nâng cấp sổ đoàn viên điện tử', '',
  [], RA['front'] + ' Lớp 3: ứng dụng nghiệp vụ chuyên ngành của tổ chức thành viên MTTQ.')
r(F, 'Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi', 'existing', 'Phần mềm quản lý Quỹ Vì người nghèo và cứu trợ', '',
  [], RA['front'] + ' Lớp 3: nghiệp vụ chuyên ngành của Mặt trận.')
r(F, 'Hội Cựu chiến binh Việt Nam', 'planned', 'Đăng nhập VNeID cho app hội viên', '',
  [], 'Sử dụng ' + qa(3) + '; không lặp.')
r(F, 'Hội Liên hiệp Phụ nữ tỉnh Tây Ninh', 'planned', 'Ứng dụng tự xây dựng engine chatbot tư vấn cho hội viên', '',
  [], RA['front'] + ' Lớp 3: ứng dụng tương tác với nhân dân. (1132 A-10 nêu "bộ, ngành, địa phương"; để trống vì không rõ áp dụng cho tổ chức thành viên MTTQ – không gán nhãn dương.)')
r(F, 'Ủy ban MTTQ Việt Nam tỉnh Lào Cai', 'existing', 'Cổng TTĐT Mặt trận tỉnh – chuyên mục công khai quỹ cứu trợ', '',
  [], RA['front'] + ' Lớp 3; công khai quỹ cứu trợ của Mặt trận không phải công khai ngân sách nhà nước (' + qb(26) + ').')

# =============================== OTHER ===============================
O = 'other'
r(O, 'Tòa án nhân dân tối cao', 'expanding', 'Hệ thống quản lý án và hồ sơ vụ án điện tử', '',
  [], RA['other'] + ' Lớp 3: HTTT chuyên ngành của Tòa án.')
r(O, 'Tòa án nhân dân TP Hải Phòng', 'existing', 'Công bố bản án, quyết định trên cổng của Tòa án', '',
  [], RA['other'] + ' Lớp 3; bản án không phải VBQPPL nên không lặp ' + qa(17) + '.')
r(O, 'Viện kiểm sát nhân dân tối cao', 'planned', 'Phần mềm quản lý án hình sự, kiểm sát điều tra', '',
  [], RA['other'] + ' Lớp 3: HTTT chuyên ngành của Viện kiểm sát.')
r(O, 'Viện kiểm sát nhân dân tỉnh Lâm Đồng', 'existing', 'Mail server VKS tỉnh', '',
  [], II3 + 'c: thư điện tử công vụ thống nhất cho cơ quan trong hệ thống chính trị.', [EMAIL])
r(O, 'Kiểm toán nhà nước', 'expanding', 'Phần mềm quản lý hoạt động kiểm toán', 'Kế hoạch, đoàn kiểm toán, báo cáo, theo dõi kiến nghị kiểm toán.',
  [], RA['other'] + ' Lớp 3; kiểm toán nhà nước không phải thanh tra hành chính (' + qb(56) + ').')
r(O, 'Kiểm toán nhà nước', 'planned', 'Kho dữ liệu kiểm toán từ xa, kết nối Kho bạc và Thuế qua NDXP', '',
  [], RA['other'] + ' Lớp 2 (CSDL chuyên ngành, nền tảng tổng hợp, phân tích dữ liệu); kết nối dùng ' + qa(6) + '.')
r(O, 'Đài Truyền hình Việt Nam', 'expanding', 'Nâng cấp VTVGo', '',
  [], 'Chủ quản: ' + qb(61) + '.')
r(O, 'Đài Tiếng nói Việt Nam', 'planned', 'Dự án Nền tảng phát thanh số VOV', '',
  [], 'Chủ quản: ' + qb(60) + '.')
r(O, 'Bệnh viện Bạch Mai', 'existing', 'HIS/LIS/PACS Bạch Mai', '',
  [], 'Phần mềm nghiệp vụ khám chữa bệnh của bệnh viện; ' + qb(33) + ' chỉ lưu thông tin sức khỏe cá nhân.')
r(O, 'Bệnh viện Trung ương Huế', 'planned', 'App hồ sơ sức khỏe cá nhân của bệnh viện',
  'Người bệnh lưu trữ, xem hồ sơ sức khỏe cá nhân, kết quả xét nghiệm suốt đời trên app riêng của bệnh viện.',
  ['B-33'], qb(33) + ': lưu trữ, quản lý thông tin sức khỏe cá nhân tập trung toàn quốc.')
r(O, 'Bệnh viện K', 'existing', 'Liên thông đơn thuốc điện tử và giấy chuyển tuyến lên Sổ sức khỏe điện tử', '',
  [], 'Kết nối gửi dữ liệu vào ' + qb(33) + '.')
r(O, 'Đại học Huế', 'expanding', 'LMS Moodle đào tạo từ xa', '',
  [], qb(36) + ' chỉ phạm vi mầm non, phổ thông, GDTX; LMS của đại học không nằm trong phạm vi.')
r(O, 'Trường Đại học Kinh tế Quốc dân', 'existing', 'Phần mềm quản lý đào tạo tín chỉ', '',
  [], qb(35) + ' quản trị cơ sở mầm non, phổ thông, GDTX; quản lý đào tạo đại học ngoài phạm vi.')
r(O, 'Bệnh viện Chợ Rẫy', 'planned', 'Thuê dịch vụ SOC giám sát an ninh mạng 24/7', '',
  ['A-13'], qa(13) + ': các cơ quan, tổ chức khai thác dịch vụ giám sát, phát hiện tấn công mà không xây hệ thống riêng lẻ.')
r(O, 'Thông tấn xã Việt Nam', 'existing', 'CMS báo điện tử', '',
  [], 'Hệ thống xuất bản tin của cơ quan báo chí; 1132/QĐ-TTg Phụ lục II không có dòng nào có chức năng này (B-60, B-61 là phát thanh, truyền hình).')
r(O, 'Trường Đại học Y Dược Cần Thơ', 'planned', 'Phan mem ke toan MISA Mimosa', '',
  [], 'Phần mềm kế toán nội bộ đơn vị sự nghiệp; ' + RA['ministry'] + ' Lớp 3 liệt kê "Quản lý tài chính, kế toán" là ứng dụng quản lý nguồn lực của đơn vị.')
r(O, 'Bệnh viện Nhi Trung ương', 'planned', 'Kinh phí mua sắm WAF, anti-DDoS bảo vệ cổng đặt lịch khám', '',
  ['A-14'], qa(14) + ': tường lửa ứng dụng web, chống DDoS; cơ quan nhà nước không cần đầu tư giải pháp tương tự.')
r(O, 'Học viện Chính trị quốc gia Hồ Chí Minh', 'existing', 'Hệ thống e-learning bồi dưỡng lý luận chính trị', '',
  [], qb(36) + ' không phủ đào tạo lý luận chính trị; ứng dụng nghiệp vụ chuyên ngành của cơ sở đào tạo.')
r(O, 'Tòa án nhân dân tối cao', 'planned', 'Trung tâm dữ liệu Tòa án – duy trì, bổ sung lưu trữ', '',
  [], RA['other'] + ' Lớp 1: trung tâm dữ liệu của Tòa án (sử dụng trung tâm dữ liệu hiện có).')
r(O, 'Kiểm toán nhà nước', 'planned', 'Email kiểm toán viên – thuê máy chủ riêng', '',
  [], II3 + 'c: thư điện tử công vụ thống nhất.', [EMAIL])
r(O, 'Viện kiểm sát nhân dân tối cao', 'planned', 'Phần mềm quản lý đơn khiếu nại, tố cáo trong hoạt động tư pháp', '',
  [], RA['other'] + ' Lớp 3: HTTT chuyên ngành của Viện kiểm sát (kiểm sát giải quyết khiếu nại, tố cáo tư pháp). (Gần nghĩa B-55 nhưng hoạt động tư pháp do VKS thực hiện theo luật chuyên ngành – ngoại lệ Điều 2 khoản 2.)')


# ---------------- extra rows (vendor-named, 2-id, retiring) ----------------
r(P, 'Sở Nông nghiệp và Môi trường tỉnh Cao Bằng', 'planned', 'Dự án phần mềm quản lý sản xuất nông nghiệp tỉnh Cao Bằng',
  'Phân hệ 1: cơ sở chăn nuôi, tiêm phòng, kiểm dịch động vật; Phân hệ 2: sinh vật gây hại, thuốc BVTV, vùng trồng. Tổng mức đầu tư 6,8 tỷ đồng.',
  ['B-37', 'B-38'], qb(37) + '; ' + qb(38) + ': hai phân hệ lặp hai nền tảng chuyên ngành.')
r(P, 'Thanh tra tỉnh Lào Cai', 'planned', 'FPT.eGov Inspection – thanh tra và xử lý đơn',
  'Giải pháp all-in-one của FPT: quản lý cuộc thanh tra, kết luận, theo dõi sau thanh tra và tiếp công dân, phân loại, xử lý đơn khiếu nại tố cáo.',
  ['B-55', 'B-56'], qb(55) + '; ' + qb(56) + '.')
r(P, 'Thanh tra TP Hải Phòng', 'expanding', 'Mở rộng phần mềm kê khai tài sản và theo dõi phòng, chống tham nhũng',
  'Bổ sung kê khai, xác minh tài sản, thu nhập; cơ sở dữ liệu vụ việc tham nhũng, tiêu cực phát hiện qua thanh tra.',
  ['B-57', 'B-58'], qb(57) + '; ' + qb(58) + '.')
r(P, 'Sở Nông nghiệp và Môi trường tỉnh Tây Ninh', 'planned', 'Cổng DVC trực tuyến riêng cho hồ sơ đất đai của Sở',
  'Người dân đăng ký tài khoản, nộp hồ sơ đất đai trực tuyến, tra cứu kết quả trên cổng riêng của Sở (không qua Cổng DVC quốc gia).',
  ['A-01', 'B-09'], qa(1) + ' (giao diện một cửa duy nhất cho người dân nộp TTHC) và ' + qb(9) + ' (TTHC đất đai).')
r(P, 'Văn phòng UBND tỉnh Khánh Hòa', 'existing', 'VNPT iOffice', 'Quản lý văn bản, hồ sơ công việc, lịch họp cho các sở và 65 xã, phường.',
  [], RA['province'] + ' Lớp 4: Bàn làm việc số (quản lý văn bản, lịch công tác, quản lý công việc).')
r(D, 'Đảng ủy Khối các cơ quan tỉnh Quảng Trị', 'retiring', 'Viettel vOffice (bản dùng riêng của Đảng ủy khối)', 'Gửi, nhận văn bản đảng giữa Đảng ủy khối và chi bộ cơ sở; dừng khi hết hợp đồng thuê.',
  ['B-19'], qb(19) + '; ngừng vận hành không đổi nhãn chức năng.')
r(M, 'Chi cục Hải quan khu vực XV', 'existing', 'MISA QLTS.VN', 'Quản lý tài sản công, khấu hao của đơn vị.',
  [], RA['ministry'] + ' Lớp 3: "Ứng dụng quản lý nguồn lực (Quản lý tài sản; Quản lý tài chính, kế toán)".')
r(P, 'Sở Khoa học và Công nghệ tỉnh Đồng Tháp', 'planned', 'Bkav SmartID – hệ thống định danh, xác thực tài khoản công dân riêng của tỉnh',
  'Tự cấp tài khoản cho người dân, eKYC bằng căn cước, xác thực đăng nhập cho mọi ứng dụng của tỉnh.',
  ['A-03'], qa(3) + ': cung cấp dịch vụ định danh, xác thực điện tử dùng chung.')
r(O, 'Bệnh viện Đại học Y Hà Nội', 'retiring', 'Dừng thuê dịch vụ CMC SOC', 'Chuyển sang kết nối nền tảng giám sát an ninh mạng quốc gia.',
  ['A-13'], qa(13) + '; dịch vụ đang dừng vẫn có chức năng trùng (quy tắc 9).')
r(C, 'UBND phường Sóc Trăng (TP Cần Thơ)', 'retiring', 'Thanh lý wifi công cộng cũ tại công viên', '',
  [], RA['commune'] + ' Lớp 1: "hệ thống wifi công cộng".')
r(Q, 'Văn phòng Đoàn ĐBQH và HĐND tỉnh Quảng Ngãi', 'retiring', 'Dừng phần mềm kê khai tài sản đại biểu tự phát triển năm 2019', '',
  ['B-57'], qb(57) + '; quy tắc 9.')
r(F, 'Hội Liên hiệp Phụ nữ tỉnh Cà Mau', 'retiring', 'Ngừng app quản lý hội viên phiên bản cũ', '',
  [], RA['front'] + ' Lớp 3: ứng dụng nghiệp vụ của tổ chức thành viên MTTQ.')

DROP = {'Ứng dụng tự xây dựng engine chatbot tư vấn cho hội viên', 'Phần mềm quản lý đơn khiếu nại, tố cáo trong hoạt động tư pháp'}
CASES[:] = [c for c in CASES if c['name'] not in DROP]

PATCH = {
 'Trang thông tin đấu giá tài sản công': dict(description='Đăng thông báo đấu giá, niêm yết tài sản, quản lý phiên đấu giá.'),
 'App Sức khỏe Vĩnh Long – hồ sơ sức khỏe cá nhân': dict(name='Dự án ứng dụng Sức khỏe Vĩnh Long', description='Mỗi người dân có hồ sơ sức khỏe điện tử cá nhân, lịch sử khám, tiêm chủng.'),
 'Công báo điện tử tỉnh Hưng Yên': dict(description='Đăng tải nghị quyết HĐND, quyết định QPPL của UBND tỉnh (bản điện tử có giá trị như bản in).'),
 'Phần mềm kê khai, công khai bản kê khai tài sản, thu nhập hằng năm': dict(description='Công chức kê khai online, đơn vị tổng hợp, niêm yết công khai.'),
 'Mua sắm WAF và thiết bị chống DDoS cho các cổng TTĐT của tỉnh': dict(description='Dự toán 3,4 tỷ đồng; bảo vệ biên Internet, lọc bot độc hại, bảo vệ API.'),
 'Máy chủ mail @tuyenquang.gov.vn': dict(name='Kinh phí duy trì máy chủ thư điện tử @tuyenquang.gov.vn', description='Gia hạn license, sao lưu hộp thư cho 4.000 tài khoản cán bộ.'),
 'Phần mềm giao kết hợp đồng lao động điện tử cho doanh nghiệp trên địa bàn': dict(description='Doanh nghiệp soạn, ký số hợp đồng lao động với người lao động; Sở quản lý dữ liệu hợp đồng.'),
 'Ứng dụng xem truyền hình trực tuyến riêng CTV Go': dict(description='Phát trực tiếp và xem lại các kênh của Đài trên Internet, smart TV.'),
 'Đầu tư hệ thống điều khiển đèn tín hiệu giao thông thông minh nội đô': dict(description='Điều khiển tập trung đèn tín hiệu 40 nút giao, tự điều chỉnh chu kỳ theo lưu lượng.'),
 'Xây dựng kho dữ liệu dùng chung tỉnh Đắk Lắk (data warehouse)': dict(description='Kho dữ liệu dùng chung, ETL từ các CSDL chuyên ngành, phục vụ BI dashboard.'),
 'Gói thầu tích hợp HTTT giải quyết TTHC tỉnh với Cổng DVC quốc gia và VNeID': dict(description='Đồng bộ trạng thái hồ sơ, thanh toán trực tuyến, đăng nhập một lần (SSO) bằng VNeID.'),
 'Ki-ốt tra cứu hồ sơ': dict(name='Ki-ốt tra cứu hồ sơ tại TTPVHCC'),
 'Job đồng bộ dữ liệu hộ tịch từ phần mềm dùng chung của Bộ Tư pháp về kho dữ liệu tỉnh': dict(description='ETL hằng đêm qua LGSP, chỉ đọc; phục vụ thống kê của tỉnh.'),
 'Nâng cấp HIS – LIS – PACS': dict(description='Quản lý khám chữa bệnh, xét nghiệm, chẩn đoán hình ảnh; liên thông BHYT.'),
 'Hệ thống logistics tỉnh – điều phối vận tải, kho bãi nông sản': dict(name='Đầu tư hệ thống logistics tỉnh – điều phối vận tải, kho bãi nông sản', description='Điều hành doanh nghiệp vận tải, kho lạnh; tổng hợp dữ liệu hoạch định nguồn lực.'),
 'Phần mềm theo dõi nhiệm vụ UBND tỉnh giao': dict(description='Giao, đôn đốc, cảnh báo nhiệm vụ quá hạn cho các sở, xã.'),
 'HT camera giám sát rừng phòng hộ ven biển, cảnh báo cháy rừng': dict(description='Camera quang học, nhiệt trên chòi canh, báo cháy về Hạt kiểm lâm.'),
 'Kết nối mạng TSLCD cấp II tới 92 xã, phường': dict(name='Thuê kênh kết nối mạng TSLCD cấp II tới 92 xã, phường'),
 'Liên thông dữ liệu khám sức khỏe lái xe, giấy chứng sinh lên Sổ sức khỏe điện tử trên VNeID': dict(description='API gửi dữ liệu từ HIS các bệnh viện tỉnh.'),
 'Nâng cấp hệ thống quản lý thuế tập trung TMS': dict(description='Tái cấu trúc TMS, quản lý rủi ro, hóa đơn điện tử; vốn Bộ Tài chính.'),
 'Dự án Hải quan số giai đoạn 2 (thay thế VNACCS/VCIS)': dict(description='Khai báo, thông quan, giám sát tự động; kết nối Cổng một cửa quốc gia.'),
 'TABMIS – phân hệ kế toán, kiểm soát chi': dict(description='Ghi nhận kế toán, kiểm soát chi đơn vị sử dụng ngân sách trên địa bàn khu vực.'),
 'PM quản lý xử phạt VPHC của lực lượng QLTT': dict(description='Lập biên bản, quyết định xử phạt; dữ liệu được tích hợp lên nền tảng của Bộ.'),
 'Trung tâm quản lý, điều hành giao thông các tuyến cao tốc': dict(description='Kết nối camera, VMS, trạm thu phí không dừng trên cao tốc.'),
 'Cổng thông tin điện tử Bộ Dân tộc và Tôn giáo': dict(description='Tin tức, chính sách, văn bản chỉ đạo của Bộ.'),
 'Kết nối DVC KBNN với NDXP để nhận dữ liệu dự toán': dict(description='Web service nhận dữ liệu giao dự toán từ cơ quan tài chính qua NDXP.'),
 'Phần mềm quản lý văn bản mật nội bộ quân sự': dict(description='Mạng riêng quân sự, mã hóa của cơ yếu.'),
 'Gói thầu triển khai hệ thống email on-premise (Microsoft Exchange) cho cơ quan Bộ': dict(description='Giá gói thầu 4,6 tỷ đồng; 1.200 hộp thư, chống spam, lưu trữ 5 năm.'),
 'Chatbot hải quan tự xây dựng mô hình thuật toán riêng': dict(description='Huấn luyện LLM riêng trả lời doanh nghiệp về thủ tục hải quan, không dùng nền tảng trợ lý ảo dùng chung.'),
 'Đầu tư trung tâm điều phối ứng cứu sự cố ATTT riêng của Bộ': dict(description='SIEM, SOAR, đội ứng cứu; giám sát tập trung các đơn vị thuộc Bộ.'),
 'Cổng đấu thầu qua mạng riêng cho các dự án Bộ làm chủ đầu tư': dict(description='Phát hành HSMT, nhận HSDT, mở thầu trực tuyến cho các Ban QLDA thuộc Bộ.'),
 'Cổng dữ liệu mở ngành xây dựng': dict(name='Dự án Cổng dữ liệu mở ngành xây dựng', description='Công bố tập dữ liệu mở về quy hoạch, giá vật liệu, công trình cho doanh nghiệp tải về.'),
 'Dashboard điều hành ngành giáo dục': dict(description='BI dashboard các chỉ số trường, lớp, giáo viên theo thời gian thực.'),
 'Kinh phí mua máy tính bảng kiểm tra hiện trường cho đội QLTT': dict(description='30 máy tính bảng, SIM 4G.'),
 'Dự án camera an ninh, giám sát trật tự đô thị đặc khu Phú Quốc': dict(description='120 camera, kết nối về trung tâm chỉ huy của đặc khu.'),
 'Nâng cấp hệ thống truyền thanh thông minh IP': dict(description='Thay cụm loa FM bằng loa IP, phát bản tin từ hệ thống thông tin nguồn tỉnh.'),
 'Phần mềm quản lý trường mầm non, tiểu học, THCS trên địa bàn xã': dict(description='Quản lý học sinh, giáo viên, cơ sở vật chất các trường do xã quản lý.'),
 'Thuê Google Workspace làm hộp thư cho cán bộ phường': dict(description='Tên miền riêng của phường, 60 tài khoản.'),
 'Tư vấn, khám sức khỏe từ xa (telehealth) cho bản vùng cao': dict(description='Kết nối bác sĩ bệnh viện tỉnh với trạm y tế qua video.'),
 'Phần mềm quản lý hồ sơ cán bộ, công chức xã': dict(description='Sơ yếu lý lịch, quá trình công tác, nâng lương của cán bộ, công chức xã.'),
 'Phần mềm tổng hợp số liệu chỉ tiêu thống kê cấp xã': dict(description='Các bộ phận nhập số liệu chỉ tiêu thống kê cấp xã, xuất báo cáo định kỳ.'),
 'Phần mềm tiếp công dân, xử lý đơn thư của phường': dict(description='Sổ tiếp công dân, phân loại đơn, theo dõi giải quyết.'),
 'Tổ công nghệ số cộng đồng – điểm hỗ trợ nộp hồ sơ DVC lưu động': dict(description='Hỗ trợ người dân cài VNeID, nộp hồ sơ trên Cổng DVC quốc gia tại thôn, bản.'),
 'Khai thác dữ liệu dân cư qua LGSP tỉnh cho bộ phận một cửa': dict(description='Tra cứu thông tin công dân để giảm giấy tờ khi tiếp nhận hồ sơ.'),
 'Dừng phần mềm quản lý hộ tịch cũ': dict(description='Phần mềm hộ tịch do huyện cũ mua, dữ liệu đã chuyển sang hệ thống của Bộ Tư pháp.'),
 'Hệ thống tiếp nhận giải quyết khiếu nại, tố cáo, kiến nghị của công dân': dict(name='Thuê dịch vụ CNTT hệ thống tiếp nhận, giải quyết khiếu nại, tố cáo, kiến nghị của công dân', description='Tiếp nhận đơn trực tiếp và online, giao xử lý, theo dõi kết quả.'),
 'Nâng cấp phần mềm quản lý cơ sở dữ liệu đảng viên của tỉnh': dict(description='Hồ sơ đảng viên, chuyển sinh hoạt, thống kê chất lượng tổ chức đảng.'),
 'Phần mềm theo dõi, đánh giá kết quả thực hiện nghị quyết, kết luận của Trung ương': dict(description='Quản lý chỉ tiêu báo cáo, tổng hợp số liệu các đảng bộ trực thuộc.'),
 'Hệ thống thu thập, tổng hợp thông tin trên Internet (social listening)': dict(description='Thu thập, phân tích dư luận trên mạng xã hội, báo điện tử.'),
 'Sổ tay đảng viên điện tử': dict(description='Đảng viên nhận tài liệu sinh hoạt chi bộ, thông báo, nghị quyết trên điện thoại.'),
 'Phần mềm tiếp nhận, giải quyết thủ tục trong Đảng (chuyển sinh hoạt đảng, kết nạp đảng viên)': dict(description='Đảng viên nộp hồ sơ trực tuyến, theo dõi xử lý.'),
 'Mail server riêng của Tỉnh ủy': dict(description='Hộp thư cho cán bộ các ban Đảng tỉnh.'),
 'Gói thầu phần mềm phục vụ Đại hội đại biểu Đảng bộ tỉnh (tài liệu điện tử, biểu quyết)': dict(description='Giá gói thầu 850 triệu đồng.'),
 'Phần mềm quản lý hồ sơ đảng viên các đảng bộ trực thuộc': dict(description='Cập nhật lý lịch đảng viên, biến động, thống kê.'),
 'Hệ thống phòng họp không giấy phục vụ kỳ họp Quốc hội': dict(description='Tài liệu kỳ họp, đăng ký phát biểu, biểu quyết điện tử cho đại biểu.'),
 'Phần mềm tổng hợp ý kiến, kiến nghị cử tri': dict(description='Tổng hợp kiến nghị cử tri sau tiếp xúc, chuyển cơ quan có thẩm quyền, theo dõi trả lời.'),
 'Thuê máy chủ email riêng cho đại biểu HĐND': dict(description='Hộp thư @hdnd.hatinh cho 60 đại biểu.'),
 'Hệ thống hỗ trợ lập pháp – quản lý hồ sơ dự án luật': dict(description='Hồ sơ dự án luật, thẩm tra, tiếp thu chỉnh lý qua các kỳ họp.'),
 'Trang công khai dự toán, quyết toán ngân sách tỉnh đã được HĐND quyết định': dict(description='Biểu mẫu công khai dự toán, quyết toán NSĐP theo Luật NSNN.'),
 'Phần mềm kê khai tài sản, thu nhập của đại biểu HĐND': dict(name='Đầu tư phần mềm kê khai tài sản, thu nhập của đại biểu HĐND', description='Đại biểu kê khai, công khai bản kê khai tài sản hằng năm.'),
 'Phần mềm giám sát và phản biện xã hội': dict(name='Dự án phần mềm giám sát và phản biện xã hội', description='Kế hoạch giám sát, tổng hợp kiến nghị sau giám sát, phản biện dự thảo văn bản.'),
 'Phần mềm quản lý hội viên CCB': dict(description='Hồ sơ hội viên, phân loại chi hội, thống kê.'),
 'Thuê hosting mail cho cán bộ Đoàn': dict(description='Mail @tinhdoan cho 120 cán bộ chuyên trách.'),
 'Sàn TMĐT nông sản cho hội viên': dict(description='Hội viên đăng bán nông sản, kết nối thương lái.'),
 'Ứng dụng tiếp nhận ý kiến, kiến nghị của nhân dân gửi Mặt trận': dict(description='Người dân gửi ý kiến qua app, Mặt trận tổng hợp gửi cơ quan chức năng.'),
 'Hệ thống quản lý án và hồ sơ vụ án điện tử': dict(description='Thụ lý, phân công thẩm phán, hồ sơ vụ án điện tử, thống kê án.'),
 'Phần mềm quản lý án hình sự, kiểm sát điều tra': dict(description='Theo dõi án hình sự từ khởi tố đến xét xử.'),
 'Mail server VKS tỉnh': dict(description='Hộp thư cho kiểm sát viên toàn tỉnh.'),
 'Kho dữ liệu kiểm toán từ xa, kết nối Kho bạc và Thuế qua NDXP': dict(description='Thu thập dữ liệu tài chính của đơn vị được kiểm toán phục vụ phân tích.'),
 'LMS Moodle đào tạo từ xa': dict(name='Nâng cấp LMS Moodle đào tạo từ xa', description='Học trực tuyến cho sinh viên hệ từ xa, vừa làm vừa học.'),
 'Thuê dịch vụ SOC giám sát an ninh mạng 24/7': dict(description='Viettel giám sát log, phát hiện tấn công, cảnh báo sự cố cho bệnh viện.'),
 'Kinh phí mua sắm WAF, anti-DDoS bảo vệ cổng đặt lịch khám': dict(description='Tường lửa ứng dụng web, chống tấn công từ chối dịch vụ, chặn bot.'),
 'Hệ thống e-learning bồi dưỡng lý luận chính trị': dict(description='Học viên cao cấp lý luận chính trị học trực tuyến.'),
 'Email kiểm toán viên – thuê máy chủ riêng': dict(description='Thuê máy chủ và license cho hệ thống mail nội bộ.'),
 'Phan mem quan ly van ban thi hanh an': dict(description='qlvb, trinh ky, luu ho so'),
 'PM ho tich phuong': dict(description='dk khai sinh, ket hon, khai tu tai phuong'),
 'May tinh mot cua + may scan': dict(status='retiring', name='Thanh ly may tinh mot cua + may scan cu'),
 'Wifi miễn phí khu trung tâm xã': dict(description='2 điểm phát, băng thông 200Mbps.'),
 'Ứng dụng quản lý Quỹ Hỗ trợ nông dân': dict(name='Nâng cấp, mở rộng ứng dụng quản lý Quỹ Hỗ trợ nông dân', description='Quản lý dự án vay vốn, thu hồi nợ của Quỹ các cấp.'),
 'Nâng cấp sổ đoàn viên điện tử': dict(description='Đoàn viên chuyển sinh hoạt, đóng đoàn phí trên app.'),
 'Phần mềm theo dõi kiến nghị sau giám sát chuyên đề': dict(name='Kinh phí duy trì phần mềm theo dõi kiến nghị sau giám sát chuyên đề'),
 'Phần mềm quản lý hội viên CCB': dict(description='Hồ sơ hội viên, phân loại chi hội, thống kê.'),
 'Duy trì vận hành Trung tâm dữ liệu Tỉnh ủy': dict(name='Kinh phí duy trì vận hành Trung tâm dữ liệu Tỉnh ủy'),
 'Phần mềm quản lý đội ngũ báo cáo viên, tổng hợp dư luận xã hội': dict(name='Dự án phần mềm quản lý đội ngũ báo cáo viên, tổng hợp dư luận xã hội'),
 'Phần mềm hỗ trợ công tác bảo vệ chính trị nội bộ': dict(description='Quản lý hồ sơ thẩm tra lịch sử chính trị, kết luận tiêu chuẩn chính trị.'),
 'Phần mềm cấp phiếu lý lịch tư pháp (bản riêng của tỉnh)': dict(name='Kinh phí thuê phần mềm cấp phiếu lý lịch tư pháp (bản riêng của tỉnh)'),
 'PM quản lý cơ sở tôn giáo, chức sắc, chức việc': dict(name='Dự toán xây dựng PM quản lý cơ sở tôn giáo, chức sắc, chức việc'),
 'Phần mềm chứng thực bản sao điện tử từ bản chính': dict(name='Duy trì phần mềm chứng thực bản sao điện tử từ bản chính'),
 'Phần mềm cấp giấy phép xây dựng nhà ở riêng lẻ': dict(name='Đầu tư phần mềm cấp giấy phép xây dựng nhà ở riêng lẻ'),
 'Hệ thống quản lý tàu thuyền ra vào, giám sát đường biên': dict(name='Dự án hệ thống quản lý tàu thuyền ra vào, giám sát đường biên'),
 'CMS báo điện tử': dict(name='Thuê dịch vụ CMS báo điện tử'),
 'Phần mềm quản lý đào tạo tín chỉ': dict(name='Duy trì phần mềm quản lý đào tạo tín chỉ'),
 'vnEdu – sổ điểm, học bạ điện tử các trường THCS, THPT': dict(description='Giải pháp VNPT: sổ liên lạc, sổ điểm, học bạ số, quản lý hồ sơ học sinh, giáo viên.'),
 'Xây dựng CSDL di sản văn hóa tỉnh (di tích, hiện vật, di sản phi vật thể)': dict(description='Số hóa hồ sơ 1.200 di tích, hiện vật bảo tàng; tra cứu cho người dân.'),
 'Phần mềm cấp giấy phép bán lẻ rượu, thuốc lá và GCN đủ điều kiện cửa hàng xăng dầu': dict(description='Tiếp nhận hồ sơ một cửa, thẩm định, cấp giấy phép điện tử.'),
 'Nâng cấp phần mềm cấp, cấp lại chứng chỉ hành nghề khám bệnh, chữa bệnh': dict(description='Module tiếp nhận online, thẩm định hồ sơ, in chứng chỉ có mã QR.'),
 'Mở rộng app nghe phát thanh trực tuyến và podcast của Đài': dict(description='Nghe trực tiếp, nghe lại các kênh phát thanh của Đài tỉnh trên điện thoại.'),
 'Thanh lý phần mềm quản lý di tích (hết hợp đồng thuê)': dict(description='Quản lý hồ sơ xếp hạng, tu bổ di tích.'),
 'Ứng dụng du lịch thông minh Lý Sơn – VR360, thuyết minh tự động đa ngôn ngữ': dict(description='Tham quan ảo, bản đồ điểm đến, đặt tour, giới thiệu đặc sản.'),
 'Nâng cấp LGSP tỉnh Sơn La (nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh)': dict(description='Bổ sung API gateway, kết nối NDXP và NDOP.'),
 'Module xác thực định danh qua VNeID cho Cổng TTĐT và HTTT TTHC tỉnh': dict(description='Tích hợp OAuth2 với nền tảng định danh và xác thực điện tử của Bộ Công an.'),
 'Màn hình LED hiển thị tình hình giải quyết hồ sơ cho người dân': dict(description='Màn hình 3x2m tại sảnh, lấy số liệu từ HTTT TTHC tỉnh.'),
 'Ứng dụng thanh toán vé xe buýt, xe điện du lịch Đà Lạt': dict(description='QR code, thẻ từ; đối soát doanh thu các đơn vị vận tải.'),
 'Nâng cấp QLVB Sở Tài chính – thêm module hồ sơ công việc (HSCV), ký số': dict(description='Bổ sung HSCV, ký số Ban Cơ yếu, app mobile cho lãnh đạo.'),
 'Duy trì vận hành Trung tâm dữ liệu tỉnh Hà Tĩnh': dict(description='Điện, điều hòa, bảo trì máy chủ; nguồn chi thường xuyên 2027.'),
 'Đồng bộ CSDL ngành giáo dục từ phần mềm quản lý trường học về Bộ GDĐT': dict(description='Đẩy dữ liệu học sinh, giáo viên theo chuẩn của Bộ.'),
 'eTax Mobile – hỗ trợ người nộp thuế': dict(description='Khai, nộp thuế trên điện thoại, tra cứu nghĩa vụ thuế.'),
 'Chương trình CAPI thu thập phiếu điều tra trên máy tính bảng': dict(description='Điều tra viên nhập phiếu trên tablet, đồng bộ về hệ thống xử lý của ngành thống kê.'),
 'Mở rộng CSDL quốc gia về CBCCVC tới cấp xã': dict(description='Bổ sung dữ liệu cán bộ, công chức cấp xã sau sắp xếp đơn vị hành chính.'),
 'Mở rộng HTTT giải quyết TTHC của Bộ tới các Sở Công Thương và UBND xã': dict(description='Cấp tài khoản cho Sở, xã xử lý TTHC lĩnh vực công thương trên hệ thống của Bộ.'),
 'Trợ lý ảo tư vấn y tế – tùy biến trên Trợ lý ảo quốc gia': dict(),
 'Hệ thống báo cáo thống kê ngành giáo dục (chỉ tiêu thống kê bộ, ngành)': dict(description='Thu thập chỉ tiêu thống kê ngành từ các sở GDĐT; kết nối nền tảng thống kê quốc gia.'),
 'Nâng cấp LGSP Bộ NN&MT kết nối NDXP': dict(description='Trục tích hợp dữ liệu cấp bộ, bổ sung dịch vụ chia sẻ dữ liệu đất đai, môi trường.'),
 'Phân hệ kết nối Cơ chế một cửa quốc gia cấp giấy kiểm dịch thực vật': dict(description='Nhận hồ sơ từ NSW, trả kết quả kiểm dịch về NSW.'),
 'Mở rộng Hệ thống chứng thực chữ ký số chuyên dùng công vụ': dict(description='Cấp chứng thư số cho cán bộ cấp xã, ký số từ xa.'),
 'Bảng điện tử công cộng thông tin cho người dân': dict(description='Bảng LED đặt tại cảng, trung tâm đặc khu; thông báo thời tiết, tàu chạy.'),
 'Gian hàng TMĐT sản phẩm OCOP của xã': dict(description='Gian hàng trên sàn Postmart, Voso cho hợp tác xã.'),
 'Kiosk lấy số thứ tự bộ phận một cửa': dict(description='In số, gọi số, đánh giá hài lòng.'),
 'Trang thông tin điện tử phường': dict(description='Tin tức, thông báo của UBND phường.'),
 'Kinh phí thuê phần mềm quản lý tiêm phòng vật nuôi của phường': dict(description='Theo dõi tiêm phòng dại chó mèo, dịch tả lợn; báo cáo dịch bệnh động vật.'),
 'Bổ sung camera AI nhận diện vi phạm trật tự đô thị': dict(description='Camera nhận diện lấn chiếm vỉa hè, đổ rác trái phép.'),
 'App nông nghiệp thông minh cho hợp tác xã cà phê': dict(description='Cảm biến độ ẩm, tưới tự động, nhật ký canh tác cho hộ sản xuất.'),
 'Nâng cấp HTTT điều hành tác nghiệp – mở rộng tới đảng ủy cấp xã': dict(description='Cấp tài khoản, thiết bị bảo mật cho đảng ủy xã, phường mới.'),
 'Dashboard điều hành của Thường trực Tỉnh ủy': dict(description='Trực quan hóa chỉ tiêu nghị quyết đại hội, tiến độ nhiệm vụ.'),
 'Nền tảng tích hợp, chia sẻ dữ liệu các cơ quan Đảng tỉnh': dict(description='Kết nối dữ liệu giữa các ban Đảng tỉnh và LGSP của chính quyền.'),
 'Kết nối phần mềm điều hành tác nghiệp với Trục liên thông văn bản quốc gia': dict(description='Gói tin edXML gửi nhận văn bản với khối chính quyền.'),
 'Ứng dụng HĐND số cho đại biểu (tài liệu kỳ họp, chất vấn trực tuyến)': dict(description='Tài liệu kỳ họp, đăng ký chất vấn, biểu quyết, lịch tiếp xúc cử tri.'),
 'Cổng TTĐT Quốc hội – chuyên mục lấy ý kiến nhân dân về dự thảo luật': dict(description='Người dân góp ý trực tuyến vào dự thảo luật đang trình Quốc hội.'),
 'QLVB nội bộ MTTQ tỉnh': dict(description='Văn bản đến, đi, trình ký giữa các ban của Ủy ban MTTQ tỉnh.'),
 'Phần mềm quản lý Quỹ Vì người nghèo và cứu trợ': dict(description='Thu, chi, phân bổ quỹ; công khai danh sách hỗ trợ.'),
 'Công bố bản án, quyết định trên cổng của Tòa án': dict(description='Đăng bản án đã có hiệu lực, ẩn danh đương sự.'),
 'HIS/LIS/PACS Bạch Mai': dict(description='Quản lý bệnh viện, xét nghiệm, lưu trữ hình ảnh; hồ sơ bệnh án điện tử nội viện.'),
 'Nâng cấp VTVGo': dict(description='Bổ sung kênh của các đài địa phương, tăng năng lực CDN.'),
}
for c in CASES:
    p = PATCH.get(c['name'])
    if p:
        for k, v in p.items():
            c[k] = v

# ---------------- post-process, validate, write ----------------
# empty "expected" where a national component applies is intentional (national != 1132 row)
import random
random.Random(4).shuffle(CASES)
out_cases = []
for i, c in enumerate(CASES, 1):
    c = {'id': 'H%03d' % i, **c}
    for k, v in list(c.items()):
        if isinstance(v, str):
            c[k] = unicodedata.normalize('NFC', v)
        elif isinstance(v, list):
            c[k] = [unicodedata.normalize('NFC', x) for x in v]
    for e in c['expected']:
        assert e in PLAT, (c['id'], e)
    for n in c['expected_national']:
        assert n in NATIONAL, (c['id'], n)
    assert c['kind'] in {'province', 'ministry', 'commune', 'party', 'assembly', 'front', 'other'}
    assert c['status'] in {'existing', 'planned', 'expanding', 'retiring'}
    out_cases.append(c)

ABOUT = unicodedata.normalize('NFC', """Bộ dữ liệu kiểm thử dev4: các dòng kê khai CNTT giả lập của cơ quan, viết trực tiếp từ văn bản nguồn (không đọc mã nguồn hay dữ liệu gán nhãn của dự án). Nguồn: 1132/QĐ-TTg (Điều 2; Phụ lục II, nhóm A STT 1–17 = A-01…A-17, nhóm B STT 1–62 = B-01…B-62, đánh số theo thứ tự dòng trong văn bản); 3090/QĐ-BKHCN (Phần II mục 3 các lớp dùng chung; Phụ lục I bảy khung kiến trúc tham chiếu); 4577/BKHCN-CĐSQG; 5441/BKHCN; 05-QĐ/BCĐTW.
Quy tắc gán nhãn:
1. expected = các dòng 1132 Phụ lục II mà thành phần lặp lại chức năng, mục tiêu và phạm vi sử dụng (Điều 2 khoản 2), xét theo nội dung mô tả chứ không theo từ ngữ tên gọi.
2. Cơ quan chủ quản (hoặc đơn vị trực thuộc chủ quản, ví dụ Cục Thuế/KBNN/Cục Thống kê thuộc Bộ Tài chính) vận hành, nâng cấp, mở rộng nền tảng của chính mình → [].
3. Thành phần mà khung kiến trúc tham chiếu 3090 Phụ lục I giao cho loại cơ quan đó tự xây dựng (LGSP, kho dữ liệu dùng chung, IOC, nền tảng AI cấp tỉnh/bộ, bàn làm việc số, HTTT TTHC cấp tỉnh hiện có, hạ tầng ICT cấp xã, ứng dụng chuyên ngành Đảng/QH/MTTQ…) → [].
4. Adapter, kết nối, đăng nhập, đồng bộ, tùy biến trên nền tảng quốc gia là sử dụng, không phải lặp → [].
5. Dòng chỉ nêu nơi đặt, thiết bị, đối tượng phục vụ (kiosk, màn hình, wifi, camera, máy tính) hoặc trùng từ ngữ nhưng khác mục đích → [].
6. Phần mềm TTHC của tỉnh/xã cho một lĩnh vực của một bộ → dòng B của bộ đó (1132 mục B STT 2–17; 4577 mục 1: hệ thống của mỗi bộ kéo dài tới địa phương).
7. Hệ thống quốc phòng, an ninh, cơ yếu → [] theo ngoại lệ Điều 2 khoản 2.
8. Thành phần quốc gia 3090 Phần II mục 3 không có trong 1132 (thư điện tử công vụ thống nhất, thư điện tử tiếp nhận thông báo, Bình dân học vụ số) → expected_national dùng đúng tên văn bản; expected để [].
9. Trạng thái (existing/planned/expanding/retiring) và thời điểm vận hành của nền tảng không đổi nhãn chức năng; Điều 2 khoản 3 (được duy trì đến khi nền tảng vận hành) là chuyện xử lý, không phải chuyện trùng chức năng.
10. Trường hợp văn bản để mơ hồ (ví dụ họp trực tuyến, quản lý cán bộ cấp bộ, báo cáo, tiếp công dân của Đoàn ĐBQH) thì không đưa vào, hoặc chỉ đưa dạng nhãn âm có lý do rõ.""")

doc = {'about': ABOUT, 'cases': out_cases}
s = json.dumps(doc, ensure_ascii=False, indent=1)
open(OUT, 'w', encoding='utf-8').write(unicodedata.normalize('NFC', s))

# ---- report ----
d = json.load(open(OUT, encoding='utf-8'))
ids = [c['id'] for c in d['cases']]
assert len(ids) == len(set(ids))
n = len(ids)
pos = [c for c in d['cases'] if c['expected'] or c['expected_national']]
print('rows', n, 'positives', len(pos), '%.0f%%' % (100 * len(pos) / n))
print('kind', collections.Counter(c['kind'] for c in d['cases']))
print('pos by kind', collections.Counter(c['kind'] for c in pos))
print('status', collections.Counter(c['status'] for c in d['cases']))
print('empty desc', sum(1 for c in d['cases'] if not c['description']))
print('budget/project lines', sum(1 for c in d['cases'] if re.match(r'(Dự án|Kinh phí|Gói thầu|Đầu tư|Thuê|Nâng cấp|Mở rộng|Duy trì|Mua sắm)', c['name'])))
print('2-id rows', sum(1 for c in d['cases'] if len(c['expected']) > 1))
