# -*- coding: utf-8 -*-
"""Build /work/blind4/overlap_blind4.json from hand-written rows.
Labels come only from the seed documents in /work/shared/seeds/ (1132/QĐ-TTg, 3090/QĐ-BKHCN,
5441/BKHCN, 4577/BKHCN, 05-QĐ/BCĐTW)."""
import json, re, glob, unicodedata, collections

SEED = glob.glob('/work/shared/seeds/004_*.txt')[0]

# ---- parse 1132 Phụ lục II: A-nn / B-nn -> (name, owner) ----
PLAT = {}
grp = None
for line in open(SEED, encoding='utf-8'):
    s = line.rstrip('\n')
    if s.startswith('A. Nhóm'):
        grp = 'A'
    elif s.startswith('B. Nhóm'):
        grp = 'B'
    if grp:
        p = s.split('\t')
        if len(p) >= 5 and p[0].strip().isdigit():
            PLAT['%s-%02d' % (grp, int(p[0]))] = (re.sub('<[^>]*>', '', p[1]).strip(), p[3].strip())
assert len([k for k in PLAT if k[0] == 'A']) == 17 and len([k for k in PLAT if k[0] == 'B']) == 62, len(PLAT)


def C(pid):
    g, n = pid.split('-')
    name, owner = PLAT[pid]
    return '1132/QĐ-TTg Phụ lục II mục %s STT %d (%s; chủ quản %s)' % (g, int(n), name, owner)


D2 = '1132/QĐ-TTg Điều 2 khoản 2'
EXC = '1132/QĐ-TTg Điều 2 khoản 2 (ngoại lệ yêu cầu đặc thù quốc phòng, an ninh, cơ yếu)'
II3a = '3090/QĐ-BKHCN Phần II mục 3 điểm a (Lớp 1)'
II3b = '3090/QĐ-BKHCN Phần II mục 3 điểm b (Lớp 2)'
II3c = '3090/QĐ-BKHCN Phần II mục 3 điểm c (Lớp 3)'
II3d = '3090/QĐ-BKHCN Phần II mục 3 điểm d (Lớp 4)'
PL = {1: '3090/QĐ-BKHCN Phụ lục I mục 1 (khung tham chiếu cơ quan Đảng)',
      2: '3090/QĐ-BKHCN Phụ lục I mục 2 (khung tham chiếu Quốc hội)',
      3: '3090/QĐ-BKHCN Phụ lục I mục 3 (khung tham chiếu Mặt trận Tổ quốc)',
      4: '3090/QĐ-BKHCN Phụ lục I mục 4 (khung tham chiếu cơ quan, tổ chức khác)',
      5: '3090/QĐ-BKHCN Phụ lục I mục 5 (khung tham chiếu cấp bộ)',
      6: '3090/QĐ-BKHCN Phụ lục I mục 6 (khung tham chiếu cấp tỉnh)',
      7: '3090/QĐ-BKHCN Phụ lục I mục 7 (khung tham chiếu cấp xã)'}
G4577 = '4577/BKHCN-CĐSQG mục 1 (mỗi bộ, ngành có một HTTT giải quyết TTHC thuộc phạm vi của mình, kéo dài tới các địa phương)'
G4577L = '4577/BKHCN-CĐSQG mục 3 (địa phương không xây phần mềm chồng lấn nền tảng dùng chung)'

# 3090 Phần II mục 3 national components that are not 1132 rows (document's own names)
EMAIL = 'Hệ thống thư điện tử (email) công vụ thống nhất'
MAILTB = 'Hệ thống thư điện tử phục vụ tiếp nhận thông báo do cơ quan nhà nước gửi đến'
VAPEX = 'Nền tảng trao đổi giao diện lập trình ứng dụng quốc gia (V-APEX)'
MAP = 'Bản đồ số quốc gia và hệ thống mã bưu chính'
AI = 'Nền tảng phân tích dữ liệu lớn và trí tuệ nhân tạo dùng chung (Nền tảng AI)'
BDHV = 'Nền tảng Bình dân học vụ số'
CKS = 'Hệ thống chứng thực chữ ký số chuyên dùng công vụ'
CKSCC = 'Cổng kết nối dịch vụ chứng thực chữ ký số công cộng'
TSLCD = 'Mạng Truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước (Mạng TSLCD)'
WAND = 'Mạng thông tin diện rộng của Đảng'
MEET = 'Nền tảng họp trực tuyến quốc gia'
NATIONAL = {EMAIL, MAILTB, VAPEX, MAP, AI, BDHV, CKS, CKSCC, TSLCD, WAND, MEET}

P, M, X, D, Q, F, O = 'province', 'ministry', 'commune', 'party', 'assembly', 'front', 'other'
E, PL_, XP, R = 'existing', 'planned', 'expanding', 'retiring'

ROWS = []


def r(kind, agency, status, name, desc, exp, nat, why):
    ROWS.append((kind, agency, status, name, desc, exp, nat, why))


# ======================= GROUP A =======================
# A-01 Cổng DVC quốc gia
r(P, 'Tỉnh Tuyên Quang', PL_, 'Đầu tư xây dựng Cổng giao dịch công trực tuyến tập trung của tỉnh',
  'Một điểm truy cập duy nhất để người dân, doanh nghiệp nộp hồ sơ, theo dõi và nhận kết quả thủ tục của tất cả các sở, ngành và UBND xã trên địa bàn.',
  ['A-01'], [], C('A-01') + ': giao diện một cửa duy nhất cho tổ chức, cá nhân thực hiện TTHC; xây một cửa riêng cho mọi lĩnh vực lặp chức năng, ' + D2 + '.')
r(P, 'Tỉnh Hà Tĩnh', E, 'Module đồng bộ trạng thái hồ sơ sang Cổng DVCQG (job 15 phút)', '',
  [], [], 'Thành phần kết nối, đồng bộ dữ liệu tới ' + C('A-01') + ', tức là sử dụng nền tảng, không lặp chức năng; ' + II3d + ' coi Cổng DVCQG là kênh chính.')
r(M, 'Bộ Công an (Cục C06)', XP, 'Nâng cấp Cổng Dịch vụ công quốc gia tại Trung tâm dữ liệu quốc gia theo mô hình một cửa số',
  'Mở rộng năng lực tiếp nhận hồ sơ, tái sử dụng dữ liệu từ CSDL tổng hợp quốc gia.',
  [], [], 'Bộ Công an là cơ quan chủ quản ' + C('A-01') + '; chủ quản vận hành, nâng cấp nền tảng của mình không phải trùng lặp (1132 Điều 2 khoản 1, Điều 3 khoản 1).')
# A-02 VNeID
r(P, 'Tỉnh Thanh Hóa', PL_, 'Ứng dụng di động "Công dân số Thanh Hóa" (super app)',
  'App tích hợp ví giấy tờ số cá nhân, đăng nhập bằng tài khoản VNeID, thanh toán phí, nhận thông báo và kênh tương tác chính thức giữa chính quyền với người dân.',
  ['A-02'], [], C('A-02') + ': ứng dụng quốc gia lưu trữ dữ liệu số công dân, định danh, ví điện tử, kênh giao tiếp chính thức; ' + II3d + ' xác định VNeID là kênh di động chính, nên app cùng chức năng là trùng lặp.')
r(X, 'Xã Mường Nhé (Điện Biên)', E, 'Trang bị máy tính bảng cho tổ hỗ trợ kích hoạt tài khoản định danh lưu động', '',
  [], [], 'Thiết bị cho kênh tiếp cận bổ trợ (dịch vụ lưu động) mà ' + PL[7] + ' Lớp 4 cho địa phương tự tổ chức; hỗ trợ người dân dùng ' + C('A-02') + ', không phải hệ thống trùng lặp.')
# A-03 định danh, xác thực
r(M, 'Bộ Xây dựng', PL_, 'Hệ thống quản lý tài khoản và xác thực người dân, doanh nghiệp dùng riêng cho các dịch vụ công của Bộ',
  'Cấp tài khoản, mật khẩu, OTP cho tổ chức, cá nhân khi nộp hồ sơ cấp chứng chỉ hành nghề, đăng kiểm.',
  ['A-03'], [], C('A-03') + ': dịch vụ định danh, xác thực điện tử dùng chung theo NĐ 69/2024; tự cấp tài khoản, xác thực công dân là lặp chức năng, ' + D2 + '.')
r(P, 'Tỉnh Bắc Ninh', XP, 'SSO tỉnh – bổ sung đăng nhập bằng tài khoản VNeID cho 14 HTTT dùng chung', '',
  [], [], 'Đăng nhập một lần tích hợp xác thực qua ' + C('A-03') + ' / ' + C('A-02') + ': là client sử dụng nền tảng, không tạo danh tính số riêng.')
# A-04 Trục liên thông văn bản
r(P, 'Tỉnh Quảng Ninh', XP, 'Mở rộng hệ thống trung chuyển văn bản điện tử của tỉnh ra các bộ, ngành và doanh nghiệp',
  'Gửi, nhận văn bản điện tử giữa UBND tỉnh với bộ, ngành Trung ương, doanh nghiệp; theo dõi vết gửi nhận, xử lý.',
  ['A-04'], [], C('A-04') + ': nền tảng gửi, nhận và truy vết văn bản điện tử thống nhất toàn quốc, có mở rộng tới doanh nghiệp; ' + D2 + ' cấm mở rộng phạm vi hệ thống tương tự.')
r(P, 'Tỉnh Lạng Sơn', E, 'eOffice - goi tin lien thong truc VPCP', '',
  [], [], 'Gói kết nối của phần mềm QLVB với ' + C('A-04') + ' là sử dụng nền tảng; QLVB nội bộ là ứng dụng hỗ trợ cơ quan nhà nước theo ' + PL[6] + '.')
r(M, 'Văn phòng Chính phủ', XP, 'Nâng cấp Trục liên thông văn bản quốc gia: kết nối tổ chức, doanh nghiệp, người dân', '',
  [], [], 'VPCP là chủ quản ' + C('A-04') + '; chủ quản nâng cấp nền tảng của mình không phải trùng lặp.')
# data sharing
r(P, 'Tỉnh Đồng Tháp', E, 'Duy trì vận hành nền tảng LGSP tỉnh (kết nối NDXP, NDOP)',
  'Thuê dịch vụ duy trì trục tích hợp dữ liệu cấp tỉnh, kết nối các CSDL của sở với NDXP và NDOP.',
  [], [], 'Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh là thành phần ' + PL[6] + ' Lớp 2 giao tỉnh xây; ' + C('A-06') + ' mô tả NDXP kết nối tới LGSP địa phương; không trùng lặp.')
r(M, 'Bộ Khoa học và Công nghệ', E, 'NDXP – duy trì vận hành, giám sát kết nối các LGSP', '',
  [], [], 'Bộ KH&CN là chủ quản ' + C('A-06') + '.')
r(M, 'Bộ Công an (Trung tâm dữ liệu quốc gia)', PL_, 'Triển khai thành phần Phân phối dữ liệu quốc gia của NDOP',
  'Phân phối dữ liệu từ CSDL tổng hợp quốc gia tới cơ quan sử dụng theo yêu cầu hoặc chủ động.',
  [], [], 'Bộ Công an là chủ quản ' + C('A-05') + '; đây là thành phần của chính nền tảng.')
r(D, 'Văn phòng Thành ủy Cần Thơ', E, 'Nền tảng tích hợp, chia sẻ dữ liệu của các cơ quan Đảng Thành ủy', '',
  [], [], PL[1] + ' Lớp 2 giao cơ quan Đảng "Nền tảng tích hợp, chia sẻ dữ liệu của cơ quan Đảng"; không trùng ' + C('A-06') + '.')
# A-07 Cổng dữ liệu
r(P, 'Thành phố Đà Nẵng', XP, 'Nâng cấp Cổng dữ liệu mở thành phố (CKAN) – xuất bản dataset theo DCAT-VN',
  'Không gian để các sở tự quản trị và công bố tập dữ liệu mở, API dữ liệu; người dân, doanh nghiệp tải về và phản hồi.',
  ['A-07'], [], C('A-07') + ': nền tảng tập trung để bộ, ngành, địa phương xuất bản dữ liệu mở theo DCAT-VN, có không gian riêng cho từng cơ quan; ' + D2 + '.')
r(M, 'Bộ Y tế', PL_, 'Cổng dữ liệu mở ngành y tế', 'Công bố danh mục dữ liệu và tập dữ liệu mở của Bộ Y tế cho cộng đồng khai thác.',
  ['A-07'], [], C('A-07') + ' là điểm tập trung công bố dữ liệu mở của các bộ, ngành, địa phương; cổng riêng của bộ lặp mục tiêu, ' + D2 + '.')
r(P, 'Tỉnh Gia Lai', E, 'Chuẩn hóa, xuất bản 42 tập dữ liệu mở của tỉnh lên Cổng dữ liệu quốc gia', '',
  [], [], 'Công việc cung cấp dữ liệu cho ' + C('A-07') + ', là sử dụng nền tảng.')
# A-08 Cloud
r(M, 'Bộ Nông nghiệp và Môi trường', PL_, 'Thuê dịch vụ điện toán đám mây riêng (private cloud) của doanh nghiệp viễn thông để vận hành CSDL quốc gia về đất đai',
  'Chuyển toàn bộ máy chủ CSDL quốc gia sang hạ tầng ảo hóa thuê ngoài giai đoạn 2026-2030.',
  ['A-08'], [], C('A-08') + ': mục tiêu 100% CSDL quốc gia chạy trên nền tảng đám mây trong TTDLQG; 5441/BKHCN mục 2.2 yêu cầu CSDL quốc gia dùng nền tảng này; thuê đám mây riêng cho CSDL quốc gia là lặp, ' + D2 + '.')
r(P, 'Tỉnh Nghệ An', E, 'Duy trì vận hành Trung tâm dữ liệu tỉnh (thuê chỗ đặt, điện, điều hòa)', '',
  [], [], PL[6] + ' Lớp 1: "Trung tâm dữ liệu cấp tỉnh (sử dụng Trung tâm dữ liệu hiện có)"; duy trì TTDL hiện có là thành phần kiến trúc, không trùng ' + C('A-08') + '.')
# A-09 blockchain
r(P, 'Thành phố Hải Phòng', PL_, 'Đầu tư nền tảng blockchain dùng chung thành phố cho các sở phát triển smart contract',
  'Hạ tầng chuỗi khối đa dụng để các cơ quan xây dựng ứng dụng hợp đồng thông minh, chứng thực giao dịch.',
  ['A-09'], [], C('A-09') + ': nền tảng chuỗi khối đa dụng để bộ, ngành, địa phương phát triển ứng dụng trên đó; ' + D2 + '.')
r(O, 'Đại học Quốc gia Thành phố Hồ Chí Minh', PL_, 'Xác thực văn bằng số trên nền tảng chuỗi khối quốc gia',
  'Ghi mã băm văn bằng tốt nghiệp lên nền tảng blockchain quốc gia để nhà tuyển dụng đối chiếu.',
  [], [], 'Ứng dụng phát triển trên ' + C('A-09') + ' (nền tảng cho phép bộ, ngành phát triển ứng dụng trên đó) là sử dụng, không lặp.')
# A-10 trợ lý ảo
r(P, 'Tỉnh Khánh Hòa', PL_, 'Trợ lý ảo AI tỉnh Khánh Hòa – tự phát triển mô hình, thuật toán xử lý ngôn ngữ riêng',
  'Giải đáp 24/7 về thủ tục hành chính, pháp luật, chính sách cho người dân và cán bộ.',
  ['A-10'], [], C('A-10') + ': một nền tảng duy nhất để bộ, ngành, địa phương xây trợ lý ảo, không đầu tư nền tảng thuật toán riêng lẻ; ' + D2 + '.')
r(M, 'Bộ Văn hoá, Thể thao và Du lịch', PL_, 'Tùy biến trợ lý ảo ngành văn hóa trên nền tảng Trợ lý ảo quốc gia',
  'Bổ sung tri thức chuyên ngành di sản, báo chí xuất bản vào trợ lý ảo dùng chung.', [], [],
  C('A-10') + ' cho phép bộ, ngành tùy biến trợ lý ảo riêng trên nền tảng dùng chung, bổ sung tri thức chuyên ngành; là sử dụng.')
r(F, 'Trung ương Hội Liên hiệp Phụ nữ Việt Nam', PL_, 'Chatbot hỗ trợ hội viên (FPT.AI) – huấn luyện mô hình riêng', '',
  ['A-10'], [], 'Chatbot/trợ lý ảo tự huấn luyện mô hình riêng lặp ' + C('A-10') + ' (một nền tảng duy nhất, không triển khai thuật toán riêng lẻ).')
# A-11 HPC
r(F, 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', PL_, 'Đầu tư cụm máy chủ GPU huấn luyện mô hình ngôn ngữ lớn tiếng Việt phục vụ phân tích dư luận',
  'Cung cấp năng lực tính toán, mô hình nền tảng và dịch vụ AI lõi qua API cho các ban của Mặt trận.',
  [], [AI], II3b + ': Nền tảng AI quốc gia cung cấp năng lực tính toán, mô hình nền tảng, LLM tiếng Việt qua API để các cơ quan không đầu tư riêng lẻ; khung tham chiếu MTTQ ' + PL[3] + ' không giao xây nền tảng AI riêng. Không thuộc hàng nào của 1132.')
r(M, 'Bộ Công an', PL_, 'Xây dựng Trung tâm tính toán hiệu năng cao của TTDLQG', '',
  [], [], 'Bộ Công an là chủ quản ' + C('A-11') + '.')
# A-12 từ điển dữ liệu
r(M, 'Bộ Tài chính', PL_, 'Công cụ từ điển dữ liệu dùng chung cho các cơ quan trong hệ thống chính trị',
  'Định nghĩa thống nhất tên trường, định dạng, đơn vị tính, quan hệ dữ liệu dùng chung giữa mọi cơ quan, tổ chức trên cả nước.',
  ['A-12'], [], C('A-12') + ': hệ thống định nghĩa thống nhất trường dữ liệu dùng chung giữa các cơ quan trong hệ thống chính trị; Bộ Tài chính không phải chủ quản; ' + D2 + '.')
r(M, 'Bộ Công an', E, 'Cập nhật Nền tảng số từ điển dữ liệu dùng chung (bổ sung 1.200 trường)', '',
  [], [], 'Bộ Công an là chủ quản ' + C('A-12') + '.')
# A-13 SOC
r(P, 'Tỉnh Phú Thọ', PL_, 'Thuê dịch vụ Trung tâm giám sát, điều hành an toàn thông tin (SOC) tỉnh – gói Viettel SOC 24/7',
  'Giám sát, phát hiện tấn công mạng, điều phối ứng phó sự cố cho hệ thống thông tin của tỉnh.',
  ['A-13'], [], C('A-13') + ': giám sát phát hiện tấn công, điều phối ứng phó sự cố; cơ quan kết nối khai thác mà không xây hệ thống điều phối an ninh mạng riêng lẻ; ' + D2 + '.')
r(Q, 'Văn phòng Quốc hội', XP, 'Mở rộng SOC Quốc hội: giám sát tập trung, phân tích mã độc', '',
  ['A-13'], [], C('A-13') + ' cung cấp giám sát tấn công mạng và phân tích mã độc tập trung; Quốc hội không thuộc ngoại lệ quốc phòng, an ninh, cơ yếu của ' + D2 + '.')
r(M, 'Bộ Công an (Cục A05)', E, 'Nền tảng điều hành an ninh mạng quốc gia – vận hành, chia sẻ tình báo mối đe dọa', '',
  [], [], 'Bộ Công an là chủ quản ' + C('A-13') + '.')
r(O, 'Bộ Chỉ huy quân sự tỉnh Sơn La', E, 'Hệ thống giám sát an ninh mạng quân sự nội bộ', 'Vận hành trên mạng truyền số liệu quân sự, do đơn vị tác chiến không gian mạng quản lý.',
  [], [], EXC + ': hệ thống có yêu cầu đặc thù quốc phòng không thuộc diện trùng lặp với ' + C('A-13') + '.')
# A-14 phòng vệ mạng
r(P, 'Tỉnh Lâm Đồng', E, 'Thuê dịch vụ chống DDoS và tường lửa ứng dụng web (WAF) cho Cổng TTĐT và DVC tỉnh',
  'Kinh phí năm 2027: 480 triệu đồng.', ['A-14'], [],
  C('A-14') + ': cung cấp tường lửa ứng dụng web quốc gia, chống DDoS tập trung; cơ quan nhà nước không cần đầu tư giải pháp tương tự; ' + D2 + '.')
r(X, 'Phường Hồng Gai (Quảng Ninh)', E, 'Mua bản quyền Bkav Endpoint cho 45 máy trạm', '',
  [], [], II3a + ': "Hạ tầng bảo đảm an ninh, an toàn dữ liệu đầu cuối: do chủ quản hệ thống thông tin đầu cuối chịu trách nhiệm triển khai"; bảo vệ đầu cuối không phải phòng vệ biên của ' + C('A-14') + '.')
# A-15 thống kê
r(P, 'Tỉnh Cao Bằng', PL_, 'Phần mềm thu thập, tổng hợp chỉ tiêu thống kê cấp tỉnh, cấp xã',
  'Các xã nhập số liệu theo hệ thống chỉ tiêu thống kê cấp xã, tỉnh tổng hợp và công bố niên giám.',
  ['A-15'], [], C('A-15') + ': thu thập, xử lý báo cáo thống kê chỉ tiêu quốc gia, cấp tỉnh, cấp xã và công bố; ' + D2 + '.')
r(M, 'Bộ Tài chính (Cục Thống kê)', XP, 'Mở rộng Nền tảng quản lý dữ liệu thống kê tới cấp xã', '',
  [], [], 'Bộ Tài chính là chủ quản ' + C('A-15') + '.')
r(P, 'Tỉnh Tây Ninh', E, 'Google Analytics + dashboard luot truy cap cong TTDT', '',
  [], [], 'Đo lượt truy cập website là phân tích web, mục đích khác với thống kê nhà nước của ' + C('A-15') + '; chỉ trùng chữ "thống kê".')
# A-16 Cổng pháp luật
r(P, 'Tỉnh Hưng Yên', PL_, 'Trang tra cứu pháp luật và hỏi đáp chính sách cho người dân, doanh nghiệp',
  'Tra cứu văn bản pháp luật, tìm hiểu quy định, gửi phản ánh kiến nghị về chính sách pháp luật và nhận trả lời.',
  ['A-16'], [], C('A-16') + ': kênh tập trung để người dân, doanh nghiệp tra cứu pháp luật và tiếp nhận, phản hồi phản ánh về chính sách pháp luật; ' + D2 + '.')
r(M, 'Bộ Tư pháp', XP, 'Cổng Pháp luật quốc gia – giai đoạn 2: kênh lấy ý kiến chuyên gia, nhân dân', '',
  [], [], 'Bộ Tư pháp là chủ quản ' + C('A-16') + '.')
# A-17 Công báo
r(P, 'Tỉnh Ninh Bình', E, 'Công báo điện tử tỉnh Ninh Bình',
  'Đăng tải văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành.', ['A-17'], [],
  C('A-17') + ': nền tảng tập trung công bố VBQPPL, cho phép mọi cơ quan ban hành tự đăng tải văn bản của mình; ' + D2 + '.')
r(Q, 'Văn phòng Quốc hội', PL_, 'Xây dựng Công báo riêng đăng toàn văn luật, nghị quyết của Quốc hội, UBTVQH', '',
  ['A-17'], [], C('A-17') + ' cho phép tất cả cơ quan ban hành văn bản pháp quy chủ động đăng tải; công báo riêng lặp chức năng, ' + D2 + '.')
r(M, 'Văn phòng Chính phủ', XP, 'Hệ thống Công báo điện tử – cho phép cơ quan ban hành tự đăng tải', '',
  [], [], 'VPCP là chủ quản ' + C('A-17') + '.')

# ======================= GROUP B: TTHC systems (B-01..B-17) =======================
r(D, 'Tỉnh ủy Lai Châu', PL_, 'Phần mềm giải quyết thủ tục hành chính trong Đảng trực tuyến của Tỉnh ủy',
  'Tiếp nhận, xử lý hồ sơ thủ tục của tổ chức đảng, đảng viên trên môi trường điện tử.', ['B-01'], [],
  C('B-01') + ': hệ thống dùng chung tại tất cả tổ chức Đảng toàn quốc; ' + D2 + '.')
r(D, 'Đảng ủy phường Sa Pa (Lào Cai)', E, 'Ứng dụng Đảng viên số', '',
  [], [], PL[1] + ' Lớp 3 liệt kê "Ứng dụng Đảng viên số" là thành phần của khung tham chiếu cơ quan Đảng; không phải ' + C('B-01') + '.')
r(M, 'Văn phòng Trung ương Đảng', XP, 'Mở rộng HTTT giải quyết TTHC của Đảng tới đảng ủy cấp xã', '',
  [], [], 'VPTW là chủ quản ' + C('B-01') + '.')
r(P, 'Tỉnh Vĩnh Long', E, 'HTTT giải quyết TTHC tỉnh (iGate) – duy trì, nhận đồng bộ dữ liệu hồ sơ', '',
  [], [], PL[6] + ' Lớp 3: HTTT giải quyết TTHC cấp tỉnh hiện có "tiếp tục duy trì, là nơi nhận đồng bộ dữ liệu giải quyết TTHC"; thành phần kiến trúc, không xếp trùng ' + C('B-02') + '.')
r(M, 'Bộ Công an', PL_, 'HTTT giải quyết TTHC tập trung từ Trung ương đến cấp xã, kết nối Cổng DVCQG', '',
  [], [], 'Bộ Công an là chủ quản ' + C('B-02') + '.')
r(M, 'Bộ Quốc phòng', E, 'Hệ thống thông tin giải quyết thủ tục hành chính của Bộ Quốc phòng', '',
  [], [], 'Bộ Quốc phòng là chủ quản ' + C('B-03') + '.')
r(P, 'Tỉnh Lào Cai', PL_, 'Phần mềm tiếp nhận hồ sơ đề nghị cấp hộ chiếu công vụ, hợp pháp hóa lãnh sự (VP UBND tỉnh)', '',
  ['B-04'], [], C('B-04') + ' (Bộ Ngoại giao); ' + G4577 + '; hệ thống riêng của tỉnh cho TTHC lĩnh vực ngoại giao lặp hệ thống của Bộ.')
r(M, 'Bộ Ngoại giao', XP, 'Nâng cấp Cổng dịch vụ công lãnh sự (HTTT giải quyết TTHC Bộ Ngoại giao)', '',
  [], [], 'Bộ Ngoại giao là chủ quản ' + C('B-04') + '.')
r(P, 'Tỉnh An Giang (Sở Nội vụ)', PL_, 'Đầu tư phần mềm cấp, gia hạn giấy phép lao động cho người nước ngoài',
  'Doanh nghiệp nộp hồ sơ trực tuyến, Sở thẩm định và trả giấy phép điện tử.', ['B-05'], [],
  C('B-05') + ': mỗi bộ triển khai hệ thống giải quyết TTHC thuộc ngành mình, dùng thống nhất từ trung ương đến địa phương; ' + G4577 + '.')
r(M, 'Bộ Nội vụ', PL_, 'HTTT giải quyết TTHC Bộ Nội vụ dùng thống nhất đến Sở Nội vụ, UBND xã', '',
  [], [], 'Bộ Nội vụ là chủ quản ' + C('B-05') + '.')
r(X, 'Xã Bát Tràng (Hà Nội)', PL_, 'phan mem ho tich xa (khai sinh, ket hon, khai tu)', '',
  ['B-06'], [], C('B-06') + ' (Bộ Tư pháp); ' + G4577 + '; 4577 mục 3: cấp xã không tự xây phần mềm riêng lẻ.')
r(P, 'Tỉnh Quảng Trị (Sở Tư pháp)', E, 'Số hóa sổ hộ tịch giấy, nhập vào CSDL hộ tịch điện tử của Bộ Tư pháp',
  'Thuê nhân công nhập liệu 120.000 trích lục.', [], [],
  'Nhập dữ liệu vào hệ thống của Bộ là sử dụng, không xây hệ thống lặp ' + C('B-06') + '.')
r(P, 'Tỉnh Cà Mau (Sở Tư pháp)', PL_, 'Phần mềm cấp Phiếu lý lịch tư pháp trực tuyến của tỉnh', '',
  ['B-06'], [], C('B-06') + ': TTHC lĩnh vực tư pháp thuộc hệ thống của Bộ Tư pháp kéo dài tới địa phương (' + G4577 + ').')
r(P, 'Tỉnh Thái Nguyên (Sở Tài chính)', PL_, 'Phần mềm giải quyết TTHC lĩnh vực quản lý giá, công sản của Sở Tài chính', '',
  ['B-07'], [], C('B-07') + '; ' + G4577 + '.')
r(P, 'Thành phố Huế (Sở Công Thương)', XP, 'Nâng cấp phần mềm cấp giấy phép bán lẻ rượu, thuốc lá, GCN đủ điều kiện kinh doanh xăng dầu',
  'Mở rộng cho UBND các phường tiếp nhận hồ sơ giấy phép bán lẻ rượu.', ['B-08'], [],
  C('B-08') + ' (Bộ Công Thương); ' + G4577 + '; ' + D2 + ' cấm mở rộng phạm vi.')
r(X, 'Xã Đất Mũi (Cà Mau)', E, 'Phần mềm một cửa lĩnh vực đất đai của xã (đăng ký biến động, tách thửa)', '',
  ['B-09'], [], C('B-09') + ' (Bộ Nông nghiệp và Môi trường); ' + G4577 + '.')
r(P, 'Tỉnh Đắk Lắk', PL_, 'Cấp phép khai thác, sử dụng nước mặt, nước dưới đất trực tuyến', '',
  ['B-09'], [], C('B-09') + ': TTHC tài nguyên nước thuộc Bộ Nông nghiệp và Môi trường; ' + G4577 + '.')
r(P, 'Thành phố Hồ Chí Minh (Sở Xây dựng)', XP, 'Cấp phép xây dựng trực tuyến – giai đoạn 2, mở rộng cho 168 phường, xã',
  'Tiếp nhận hồ sơ xin phép xây dựng nhà ở riêng lẻ, cấp giấy phép điện tử.', ['B-10'], [],
  C('B-10') + ' (Bộ Xây dựng); ' + G4577 + '; ' + D2 + '.')
r(P, 'Tỉnh Bắc Ninh (Sở Xây dựng)', E, 'WebGIS công bố thông tin quy hoạch đô thị', 'Tra cứu bản đồ quy hoạch chi tiết 1/500, chỉ giới xây dựng.',
  [], [], 'Phần mềm chuyên ngành của Sở (' + PL[6] + ' Lớp 3: "Phần mềm quản lý chuyên ngành của các Sở", cần xin ý kiến Bộ); không phải TTHC ' + C('B-10') + ' hay GTTM ' + C('B-54') + '.')
r(P, 'Tỉnh Quảng Ngãi (Sở VHTTDL)', PL_, 'Phần mềm cấp giấy phép kinh doanh karaoke, vũ trường, biểu diễn nghệ thuật', '',
  ['B-11'], [], C('B-11') + '; ' + G4577 + '.')
r(P, 'Tỉnh Hà Tĩnh (Sở KH&CN)', PL_, 'Cấp giấy phép tiến hành công việc bức xạ (X-quang y tế) trên môi trường mạng', '',
  ['B-12'], [], C('B-12') + ' (Bộ KH&CN); ' + G4577 + '.')
r(P, 'Tỉnh Nghệ An (Sở GD&ĐT)', PL_, 'PM cap ban sao van bang, cong nhan van bang nuoc ngoai', '',
  ['B-13'], [], C('B-13') + ' (Bộ GDĐT); ' + G4577 + '.')
r(P, 'Tỉnh Điện Biên (Sở Y tế)', XP, 'Mở rộng phần mềm cấp giấy phép hành nghề khám bệnh, chữa bệnh',
  'Bổ sung cấp giấy phép hoạt động phòng khám tư nhân.', ['B-14'], [],
  C('B-14') + ' (Bộ Y tế); ' + G4577 + '; ' + D2 + '.')
r(M, 'Bộ Dân tộc và Tôn giáo', PL_, 'HTTT giải quyết TTHC lĩnh vực dân tộc, tín ngưỡng, tôn giáo', '',
  [], [], 'Bộ Dân tộc và Tôn giáo là chủ quản ' + C('B-15') + '.')
r(M, 'Ngân hàng Nhà nước Việt Nam', E, 'Cổng dịch vụ công NHNN – HTTT giải quyết TTHC ngành ngân hàng', '',
  [], [], 'NHNN là chủ quản ' + C('B-16') + '.')
r(M, 'Thanh tra Chính phủ', PL_, 'HTTT giải quyết TTHC Thanh tra Chính phủ', '',
  [], [], 'Thanh tra Chính phủ là chủ quản ' + C('B-17') + '.')
r(P, 'Tỉnh Tây Ninh (Sở Nội vụ)', E, 'Kết nối HTTT giải quyết TTHC tỉnh với hệ thống TTHC của Bộ Nội vụ (API)', '',
  [], [], 'Bộ kết nối sử dụng ' + C('B-05') + ', không lặp chức năng.')

# ======================= B-18 .. B-62 =======================
# B-18 NSW
r(P, 'Thành phố Hải Phòng', PL_, 'Cổng một cửa cảng biển thành phố – khai báo thủ tục tàu thuyền xuất cảnh, nhập cảnh',
  'Doanh nghiệp khai một lần thông tin tàu, hàng hóa, thuyền viên cho các cơ quan quản lý tại cảng.', ['B-18'], [],
  C('B-18') + ': kết nối cơ quan nhà nước và doanh nghiệp thực hiện thủ tục cho phương tiện vận tải xuất cảnh, nhập cảnh theo cơ chế một cửa quốc gia; ' + D2 + '.')
r(M, 'Bộ Công Thương', E, 'Kết nối hệ thống cấp C/O điện tử (eCoSys) với Cổng thông tin một cửa quốc gia', '',
  [], [], 'Kết nối để xử lý thủ tục qua ' + C('B-18') + ' là sử dụng nền tảng.')
r(P, 'Tỉnh Đồng Nai', PL_, 'Hệ thống logistics tỉnh – điều hành doanh nghiệp vận tải, kho bãi', '',
  [], [], PL[6] + ' Lớp 3 điểm b liệt kê "Hệ thống logistic của tỉnh"; không phải thủ tục một cửa của ' + C('B-18') + '.')
# B-19 Party ops
r(D, 'Đảng ủy xã Tà Xùa (Sơn La)', PL_, 'Mua phần mềm quản lý văn bản riêng để gửi, nhận văn bản của Đảng ủy xã', '',
  ['B-19'], [], C('B-19') + ': hệ thống dùng chung gửi, nhận, xử lý văn bản trong cơ quan Đảng xuyên suốt tới cấp xã; ' + D2 + '.')
r(D, 'Văn phòng Tỉnh ủy Gia Lai', E, 'Khai thác HTTT điều hành tác nghiệp – cấp token ký số cơ yếu cho 120 cán bộ', '',
  [], [], 'Trang bị để sử dụng ' + C('B-19') + ', không xây hệ thống riêng.')
r(M, 'Văn phòng Trung ương Đảng', E, 'Hệ thống thông tin điều hành tác nghiệp – duy trì vận hành toàn quốc', '',
  [], [], 'VPTW là chủ quản ' + C('B-19') + '.')
# B-20
r(D, 'Đảng ủy Khối các cơ quan tỉnh Đồng Tháp', E, 'Phần mềm quản lý hồ sơ đảng viên, tổ chức cơ sở đảng của Đảng bộ Khối',
  'Cập nhật lý lịch, biến động đảng viên, thống kê chất lượng tổ chức đảng.', ['B-20'], [],
  C('B-20') + ': triển khai tập trung cho cơ quan Đảng các cấp về tổ chức, cán bộ, đảng viên; ' + D2 + '.')
r(D, 'Ủy ban Kiểm tra Thành ủy Hà Nội', PL_, 'Phần mềm hỗ trợ kiểm tra, giám sát, thi hành kỷ luật đảng', '',
  [], [], PL[1] + ' Lớp 3 giao HTTT chuyên ngành lĩnh vực "Kiểm tra, giám sát, kỷ luật Đảng"; không phải ' + C('B-20') + '.')
# B-21
r(D, 'Ban Thường vụ Tỉnh ủy Quảng Trị', PL_, 'Phần mềm theo dõi, đánh giá kết quả thực hiện nghị quyết, chỉ thị, kết luận của Trung ương tại Đảng bộ tỉnh', '',
  ['B-21'], [], C('B-21') + ': triển khai tại cơ quan Đảng từ trung ương đến cơ sở; ' + D2 + '.')
r(D, 'Văn phòng Tỉnh ủy Khánh Hòa', XP, 'Hệ thống thông tin báo cáo tổng hợp, phân tích, dự báo của Tỉnh ủy', '',
  [], [], PL[1] + ' Lớp 3 liệt kê "Hệ thống thông tin báo cáo tổng hợp, phân tích, dự báo" cho cơ quan Đảng; thành phần kiến trúc.')
# B-22 đấu giá
r(P, 'Tỉnh Thanh Hóa (Sở Tư pháp)', PL_, 'Trang đấu giá tài sản công trực tuyến của tỉnh',
  'Niêm yết, đăng thông báo và tổ chức phiên đấu giá tài sản thanh lý, tài sản tịch thu.', ['B-22'], [],
  C('B-22') + ': đăng tải thông báo, niêm yết công khai, quản lý các cuộc đấu giá tài sản công, tài sản vi phạm hành chính; ' + D2 + '.')
r(M, 'Bộ Ngoại giao', PL_, 'Thuê nền tảng đấu giá trực tuyến để thanh lý phương tiện, tài sản dư thừa', '',
  ['B-22'], [], C('B-22') + ' phục vụ bán tài sản công không còn sử dụng; ' + D2 + '.')
r(X, 'Phường Hội An (Đà Nẵng)', E, 'MISA QLTS – quan ly tai san co dinh', '',
  [], [], 'Quản lý, hạch toán tài sản cố định của đơn vị (quản lý nguồn lực) là mục đích khác với đấu giá tài sản của ' + C('B-22') + '.')
# B-23 DN
r(X, 'Đặc khu Phú Quốc (An Giang)', PL_, 'Cổng đăng ký hộ kinh doanh trực tuyến của đặc khu', '',
  ['B-23'], [], C('B-23') + ': đăng ký hộ kinh doanh qua mạng điện tử trên phạm vi toàn quốc; ' + D2 + '.')
r(P, 'Tỉnh Bắc Ninh', E, 'CRM chăm sóc nhà đầu tư (Trung tâm Xúc tiến đầu tư)', 'Quản lý liên hệ, lịch làm việc với nhà đầu tư FDI.',
  [], [], 'Quản lý quan hệ nhà đầu tư là nghiệp vụ xúc tiến, không phải đăng ký, quản lý doanh nghiệp của ' + C('B-23') + '.')
r(M, 'Bộ Tài chính', XP, 'CSDL quốc gia về đăng ký doanh nghiệp – mở rộng đăng ký hộ kinh doanh', '',
  [], [], 'Bộ Tài chính là chủ quản ' + C('B-23') + '.')
# B-24/B-26/B-27/B-52
r(M, 'Bộ Tài chính', PL_, 'Nền tảng tài chính số quốc gia', '', [], [], 'Bộ Tài chính là chủ quản ' + C('B-24') + '.')
r(P, 'Tỉnh Phú Thọ', PL_, 'Trang công khai ngân sách nhà nước của tỉnh (dự toán, quyết toán, thuyết minh)', '',
  ['B-26'], [], C('B-26') + ': nền tảng tập trung dùng chung cho bộ, ngành, địa phương để công khai ngân sách; ' + D2 + '.')
r(M, 'Bộ Nội vụ', E, 'Chuyên mục công khai dự toán, quyết toán ngân sách của Bộ và các đơn vị', '',
  ['B-26'], [], C('B-26') + ' là nền tảng công khai ngân sách dùng chung cho các bộ; ' + D2 + '.')
r(X, 'Xã Năm Căn (Cà Mau)', E, 'Bảng điện tử LED công khai tài chính tại trụ sở xã', '',
  [], [], PL[7] + ' Lớp 1: "hệ thống bảng điện tử công cộng" là hạ tầng ICT cấp xã; chỉ nói nơi đặt thiết bị, không phải nền tảng ' + C('B-26') + '.')
r(X, 'Xã Cát Tiên (Lâm Đồng)', PL_, 'Phần mềm quản lý thu thuế sử dụng đất phi nông nghiệp, lập bộ thuế của xã', '',
  ['B-27'], [], C('B-27') + ' (quản lý thuế, Bộ Tài chính); ' + D2 + '.')
r(O, 'Bệnh viện Đa khoa tỉnh Lạng Sơn', E, 'MISA Mimosa.NET – kế toán hành chính sự nghiệp', '',
  [], [], 'Kế toán đơn vị là quản lý tài chính nội bộ (' + PL[5] + ' nhóm quản lý nguồn lực); không phải quản lý thuế ' + C('B-27') + ' hay VDBAS ' + C('B-52') + '.')
r(P, 'Thành phố Cần Thơ (Sở Tài chính)', PL_, 'Phần mềm lập, phân bổ, điều chỉnh dự toán ngân sách cho các đơn vị dự toán của thành phố', '',
  ['B-52'], [], C('B-52') + ': nghiệp vụ trực tuyến nhập, phân bổ, bổ sung, điều chỉnh dự toán ngân sách của các cơ quan; ' + D2 + '.')
r(M, 'Bộ Tài chính (Kho bạc Nhà nước)', PL_, 'Xây dựng VDBAS', '', [], [], 'Bộ Tài chính là chủ quản ' + C('B-52') + '.')
# B-25 Hải quan
r(M, 'Bộ Tài chính (Cục Hải quan)', PL_, 'Hệ thống CNTT thực hiện Hải quan số', '', [], [], 'Bộ Tài chính là chủ quản ' + C('B-25') + '.')
r(O, 'Bộ Tư lệnh Bộ đội Biên phòng', E, 'Hệ thống quản lý người, phương tiện qua cửa khẩu biên giới (nghiệp vụ biên phòng)', '',
  [], [], EXC + '; kiểm soát biên phòng là nhiệm vụ quốc phòng, không tính là trùng ' + C('B-25') + '.')
# B-28 đấu thầu
r(P, 'Tỉnh Sơn La', PL_, 'Hệ thống đấu thầu điện tử của tỉnh (đăng kế hoạch LCNT, mở thầu qua mạng)', '',
  ['B-28'], [], C('B-28') + ': thống nhất quản lý thông tin đấu thầu và đấu thầu qua mạng toàn quốc; ' + D2 + '.')
r(P, 'Tỉnh Lai Châu', E, 'Phần mềm quản lý dự án đầu tư công (theo dõi giải ngân)', '',
  [], [], 'Quản lý dự án đầu tư là ứng dụng hỗ trợ cơ quan nhà nước (' + PL[5] + ' liệt kê "Quản lý dự án đầu tư"); không phải lựa chọn nhà thầu ' + C('B-28') + '.')
# B-29 CBCCVC
r(P, 'Tỉnh Hưng Yên (Sở Nội vụ)', PL_, 'Đầu tư phần mềm quản lý hồ sơ CBCCVC dùng chung từ sở đến xã, công chức tự cập nhật lý lịch điện tử',
  '', ['B-29'], [], C('B-29') + ': nền tảng cho cơ quan trung ương và địa phương quản lý CBCCVC, cho CBCCVC tự cập nhật hồ sơ; ' + D2 + '.')
r(P, 'Tỉnh Quảng Ngãi (Sở Nội vụ)', PL_, 'Phần mềm thi tuyển công chức trực tuyến (nộp hồ sơ dự tuyển, thi trên máy)', '',
  ['B-29'], [], '4577/BKHCN mục 2 lấy ví dụ dịch vụ "Nộp hồ sơ tuyển dụng; tiếp nhận hồ sơ tuyển dụng" của ' + C('B-29') + '; trùng chữ "tuyển dụng" với sàn việc làm nhưng thuộc nền tảng CBCCVC.')
r(M, 'Bộ Nội vụ', XP, 'Nền tảng quản lý CBCCVC quốc gia – bổ sung dịch vụ nâng ngạch', '', [], [], 'Bộ Nội vụ là chủ quản ' + C('B-29') + '.')
# B-30 HĐLĐ
r(P, 'Tỉnh Bắc Ninh (BQL các KCN)', PL_, 'Nền tảng ký kết hợp đồng lao động điện tử cho doanh nghiệp KCN',
  'Cấp mã hợp đồng, lưu trữ tập trung và chia sẻ dữ liệu hợp đồng với cơ quan quản lý lao động.', ['B-30'], [],
  C('B-30') + ': cấp mã định danh cho mỗi hợp đồng lao động điện tử, quản lý tập trung cả nước; ' + D2 + '.')
r(O, 'Kiểm toán Nhà nước', E, 'Ký số hợp đồng mua sắm, hợp đồng dịch vụ (e-contract)', '',
  [], [], 'Hợp đồng kinh tế, mua sắm không phải hợp đồng lao động của ' + C('B-30') + '; chỉ trùng chữ "hợp đồng điện tử".')
# B-31 việc làm
r(P, 'Thành phố Đà Nẵng (Trung tâm Dịch vụ việc làm)', E, 'Sàn giao dịch việc làm trực tuyến Đà Nẵng (job portal)',
  'Người tìm việc, doanh nghiệp đăng tin, kết nối cung – cầu lao động, thống kê phiên giao dịch.', ['B-31'], [],
  C('B-31') + ': quản lý tập trung toàn quốc kết nối cung – cầu lao động, phục vụ cả tổ chức dịch vụ việc làm công; ' + D2 + '.')
r(F, 'Liên đoàn Lao động tỉnh Thái Nguyên', PL_, 'App tim viec lam cho doan vien cong doan', '',
  ['B-31'], [], C('B-31') + ' (kết nối người lao động – người sử dụng lao động toàn quốc); ' + D2 + '.')
# B-32 văn thư lưu trữ
r(P, 'Tỉnh Tuyên Quang (Trung tâm Lưu trữ lịch sử)', PL_, 'Kho lưu trữ tài liệu điện tử lịch sử tỉnh – tiếp nhận hồ sơ điện tử nộp lưu',
  'Bảo quản lâu dài, tổ chức khai thác tài liệu lưu trữ thuộc Phông lưu trữ nhà nước tại tỉnh.', ['B-32'], [],
  C('B-32') + ': quản lý tập trung CSDL tài liệu lưu trữ Phông lưu trữ nhà nước Việt Nam từ khi ban hành đến khi vào lưu trữ; ' + D2 + '.')
r(M, 'Bộ Nội vụ (Cục Văn thư và Lưu trữ nhà nước)', PL_, 'Nền tảng số quốc gia về văn thư, lưu trữ', '', [], [], 'Bộ Nội vụ là chủ quản ' + C('B-32') + '.')
# B-33 sức khỏe
r(P, 'Tỉnh Lâm Đồng (Sở Y tế)', PL_, 'Hồ sơ sức khỏe điện tử toàn dân tỉnh Lâm Đồng',
  'Lưu trữ thông tin sức khỏe cá nhân suốt đời, lịch sử khám chữa bệnh, tiêm chủng của người dân trong tỉnh.', ['B-33'], [],
  C('B-33') + ': lưu trữ, quản lý tập trung thông tin sức khỏe cá nhân toàn quốc; ' + D2 + '.')
r(O, 'Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk', E, 'Phần mềm quản lý tiêm chủng riêng của tỉnh', '',
  ['B-33'], [], C('B-33') + ' tích hợp Hệ thống quản lý thông tin tiêm chủng quốc gia; phần mềm tiêm chủng riêng lặp chức năng.')
r(O, 'Bệnh viện Trung ương Huế', XP, 'HIS – LIS – PACS: nâng cấp hệ thống thông tin bệnh viện, xét nghiệm, chẩn đoán hình ảnh', '',
  [], [], 'Hệ thống nghiệp vụ khám chữa bệnh nội bộ của bệnh viện (ứng dụng chuyên ngành, ' + PL[4] + '); không phải sổ sức khỏe toàn dân ' + C('B-33') + '.')
# B-34 ATTP
r(P, 'Thành phố Hồ Chí Minh (Ban Quản lý ATTP)', XP, 'Phần mềm kiểm tra, hậu kiểm cơ sở thực phẩm và giám sát ngộ độc',
  'Mở rộng tới các phường, xã; cảnh báo nguy cơ sự cố an toàn thực phẩm.', ['B-34'], [],
  C('B-34') + ': trục chia sẻ dữ liệu kiểm tra, hậu kiểm, giám sát nguy cơ, phòng ngừa sự cố ngộ độc; ' + D2 + '.')
r(M, 'Bộ Y tế', PL_, 'HTTT và CSDL quốc gia về an toàn thực phẩm', '', [], [], 'Bộ Y tế là chủ quản ' + C('B-34') + '.')
# B-35/B-36 giáo dục
r(P, 'Tỉnh Ninh Bình (Sở GD&ĐT)', E, 'Thuê phần mềm quản lý trường học (hồ sơ học sinh, giáo viên, sổ điểm) cho 900 trường', '',
  ['B-35'], [], C('B-35') + ': quản trị các cơ sở giáo dục mầm non, phổ thông, GDTX trên cả nước; ' + D2 + '.')
r(P, 'Tỉnh Thanh Hóa (Sở GD&ĐT)', PL_, 'LMS học trực tuyến, giao bài, kiểm tra đánh giá cho học sinh THCS, THPT toàn tỉnh', '',
  ['B-36'], [], C('B-36') + ': đổi mới dạy, học, kiểm tra, đánh giá trong cơ sở giáo dục phổ thông; ' + D2 + '.')
r(O, 'Trường Đại học Cần Thơ', E, 'Moodle e-learning cho sinh viên đại học', '',
  [], [], C('B-36') + ' chỉ phục vụ mầm non, phổ thông, GDTX; LMS đại học nằm ngoài phạm vi.')
r(M, 'Bộ Giáo dục và Đào tạo', XP, 'Nền tảng giáo dục thông minh quốc gia – bổ sung ngân hàng câu hỏi AI', '', [], [], 'Bộ GDĐT là chủ quản ' + C('B-36') + '.')
r(M, 'Bộ Giáo dục và Đào tạo', PL_, 'Nền tảng số quản trị giáo dục quốc gia', '', [], [], 'Bộ GDĐT là chủ quản ' + C('B-35') + '.')
# B-37..B-41
r(P, 'Tỉnh Tuyên Quang (Sở NN&MT)', PL_, 'Phần mềm quản lý tiêm phòng, dịch bệnh gia súc, gia cầm và kiểm dịch động vật', '',
  ['B-37'], [], C('B-37') + ': nghiệp vụ chuyên ngành thú y, dịch bệnh, kiểm dịch từ trung ương đến địa phương; ' + D2 + '.')
r(P, 'Tỉnh Đồng Tháp (Chi cục Trồng trọt và BVTV)', E, 'Hệ thống giám sát, dự báo sinh vật gây hại lúa và quản lý cửa hàng thuốc BVTV', '',
  ['B-38'], [], C('B-38') + ': dùng chung quản lý nhà nước lĩnh vực trồng trọt, bảo vệ thực vật toàn quốc; ' + D2 + '.')
r(P, 'Tỉnh Đắk Lắk', PL_, 'Bản đồ số nông nghiệp tỉnh', 'Số hóa vùng trồng cà phê, cảnh báo thời tiết, truy xuất nguồn gốc.',
  [], [], PL[6] + ' Lớp 3 điểm b giao tỉnh xây "Bản đồ số nông nghiệp"; thành phần kiến trúc.')
r(P, 'Tỉnh Lào Cai', PL_, 'Ứng dụng AI dự báo lũ quét, sạt lở đất cấp xã tự huấn luyện mô hình',
  'Mô hình học máy dự báo nguy cơ sạt lở từ dữ liệu mưa, địa hình.', ['B-39'], [],
  C('B-39') + ': phần mềm ứng dụng AI dùng chung hỗ trợ cảnh báo lũ quét, sạt lở đất; ' + D2 + '.')
r(X, 'Xã Mù Cang Chải (Lào Cai)', E, 'Lắp đặt loa cảnh báo sớm lũ quét tại 12 bản', '',
  [], [], 'Thiết bị cảnh báo tại chỗ (hạ tầng truyền thanh cấp xã, ' + PL[7] + ' Lớp 1); không phải nền tảng AI ' + C('B-39') + '.')
r(M, 'Bộ Nông nghiệp và Môi trường', PL_, 'Nền tảng AI hỗ trợ ứng phó với biến đổi khí hậu', '', [], [], 'Bộ NN&MT là chủ quản ' + C('B-40') + '.')
r(P, 'Tỉnh Bắc Ninh (Sở NN&MT)', XP, 'Hệ thống quan trắc và giám sát môi trường tự động, cảnh báo vượt ngưỡng', '',
  [], [], PL[6] + ' Lớp 3 điểm b giao tỉnh "Hệ thống quan trắc và giám sát môi trường"; không trùng ' + C('B-41') + '.')
r(M, 'Bộ Nông nghiệp và Môi trường', E, 'Nền tảng quốc gia về chăn nuôi và thú y', '', [], [], 'Bộ NN&MT là chủ quản ' + C('B-37') + '.')
# B-42
r(P, 'Tỉnh Cao Bằng (Sở Công Thương)', PL_, 'CSDL hạ tầng thương mại (chợ, cửa hàng xăng dầu, TTTM) và dữ liệu xử phạt của quản lý thị trường', '',
  ['B-42'], [], C('B-42') + ': tích hợp dữ liệu hạ tầng thương mại và xử phạt của lực lượng quản lý thị trường; ' + D2 + '.')
r(X, 'Xã Đồng Văn (Tuyên Quang)', PL_, 'Gian hàng thương mại điện tử cho sản phẩm OCOP của hợp tác xã', '',
  [], [], PL[7] + ' Lớp 3 điểm b giao cấp xã "Giải pháp cho thương mại điện tử"; không phải nền tảng quản lý thương mại ' + C('B-42') + '.')
# B-43
r(P, 'Tỉnh Hà Tĩnh (Sở Tư pháp)', PL_, 'Phần mềm quản lý xây dựng, thẩm định, rà soát, hệ thống hóa VBQPPL của tỉnh', '',
  ['B-43'], [], C('B-43') + ': dùng chung cho mọi cơ quan nhà nước từ trung ương đến địa phương trong xây dựng, thẩm định, rà soát VBQPPL; ' + D2 + '.')
r(M, 'Bộ Tư pháp', PL_, 'Nền tảng số pháp luật Việt Nam – soạn thảo VBQPPL có AI hỗ trợ', '', [], [], 'Bộ Tư pháp là chủ quản ' + C('B-43') + '.')
# B-44/B-45
r(P, 'Thành phố Huế (Sở VHTTDL)', XP, 'CSDL di tích, di sản văn hóa Cố đô – chuẩn hóa, chia sẻ dữ liệu di sản', '',
  ['B-44'], [], C('B-44') + ': quản lý, chuẩn hóa, chia sẻ dữ liệu di sản văn hóa toàn quốc; ' + D2 + '.')
r(P, 'Tỉnh Quảng Ninh', PL_, 'Thuyết minh tự động, tham quan ảo VR 360 Vịnh Hạ Long', '',
  [], [], PL[6] + ' Lớp 3 điểm b "Giải pháp chuyển đổi số du lịch" (3D, VR 360, thuyết minh tự động); thành phần kiến trúc.')
r(P, 'Tỉnh Khánh Hòa (Sở VHTTDL)', PL_, 'Nền tảng quản lý cơ sở lưu trú, doanh nghiệp lữ hành và thống kê khách du lịch', '',
  ['B-45'], [], C('B-45') + ': hạ tầng dữ liệu lõi ngành du lịch, quản trị bằng dữ liệu; ' + D2 + '.')
r(M, 'Bộ Văn hoá, Thể thao và Du lịch', PL_, 'Nền tảng Quản trị và Kinh doanh du lịch', '', [], [], 'Bộ VHTTDL là chủ quản ' + C('B-45') + '.')
# B-46/B-47
r(P, 'Tỉnh Điện Biên (Sở Dân tộc và Tôn giáo)', PL_, 'CSDL đồng bào dân tộc thiểu số và theo dõi thực hiện chính sách dân tộc', '',
  ['B-46'], [], C('B-46') + ': dữ liệu dân tộc, vùng DTTS, chính sách dân tộc và kết quả thực hiện; ' + D2 + '.')
r(P, 'Tỉnh An Giang', PL_, 'Phần mềm quản lý cơ sở tôn giáo, chức sắc, chức việc', '',
  ['B-47'], [], C('B-47') + ': quản lý dữ liệu tổ chức tôn giáo, cơ sở tôn giáo, chức sắc, chức việc; ' + D2 + '.')
r(M, 'Bộ Dân tộc và Tôn giáo', PL_, 'Nền tảng/CSDL tôn giáo', '', [], [], 'Bộ Dân tộc và Tôn giáo là chủ quản ' + C('B-47') + '.')
# B-48/B-49
r(P, 'Tỉnh Gia Lai (Sở KH&CN)', PL_, 'Phần mềm quản lý nhiệm vụ KH&CN cấp tỉnh (đề xuất, xét duyệt, nghiệm thu, kinh phí)', '',
  ['B-48'], [], C('B-48') + ': quản lý, theo dõi nguồn lực đối với các nhiệm vụ KH&CN trên cả nước; ' + D2 + '.')
r(P, 'Tỉnh Thái Nguyên', PL_, 'CSDL chuyên gia, nhà khoa học và công bố khoa học của tỉnh', '',
  ['B-49'], [], C('B-49') + ': thông tin dùng chung toàn quốc về tổ chức, nhân lực, kết quả KH&CN; ' + D2 + '.')
r(M, 'Bộ Khoa học và Công nghệ', XP, 'HTTT quốc gia về KH&CN và ĐMST', '', [], [], 'Bộ KH&CN là chủ quản ' + C('B-49') + '.')
# B-50/B-51/B-53
r(M, 'Ngân hàng Nhà nước Việt Nam', XP, 'Hệ thống TTĐTLNH thế hệ mới', '', [], [], 'NHNN là chủ quản ' + C('B-50') + '.')
r(M, 'Ngân hàng Nhà nước Việt Nam (CIC)', E, 'Hệ thống thông tin tín dụng quốc gia – nâng cấp chấm điểm tín dụng', '', [], [], 'NHNN là chủ quản ' + C('B-51') + '.')
r(M, 'Bộ Tài chính (Ủy ban Chứng khoán Nhà nước)', PL_, 'Data Warehouse chuyên ngành chứng khoán', '', [], [], 'Bộ Tài chính (UBCKNN) là chủ quản ' + C('B-53') + '.')
# B-54
r(P, 'Tỉnh Quảng Trị', PL_, 'Trung tâm điều hành giao thông thông minh tuyến cao tốc qua tỉnh – tích hợp dữ liệu ETC, trạm cân tải trọng',
  '', ['B-54'], [], C('B-54') + ': tích hợp dữ liệu thời gian thực từ điều hành cao tốc, thu phí không dừng, kiểm soát tải trọng; ' + D2 + '.')
r(P, 'Thành phố Hà Nội', XP, 'Mở rộng hệ thống điều khiển đèn tín hiệu giao thông thông minh (thêm 80 nút giao)', '',
  [], [], PL[6] + ' Lớp 3 điểm b "Hệ thống điều khiển đèn giao thông thông minh"; thành phần kiến trúc tỉnh.')
r(M, 'Bộ Xây dựng', PL_, 'Nền tảng quản lý hệ thống giao thông thông minh đường bộ', '', [], [], 'Bộ Xây dựng là chủ quản ' + C('B-54') + '.')
# B-55..B-59
r(P, 'Tỉnh Sơn La (Thanh tra tỉnh)', E, 'Phần mềm tiếp công dân, xử lý đơn thư khiếu nại, tố cáo dùng chung tỉnh', '',
  ['B-55'], [], C('B-55') + ': tập trung thống nhất từ trung ương đến địa phương; ' + D2 + '.')
r(M, 'Bộ Dân tộc và Tôn giáo', PL_, 'Phan mem tiep dan, xu ly don KNTC cua Bo', '',
  ['B-55'], [], C('B-55') + '; chủ quản là Thanh tra Chính phủ, không phải Bộ; ' + D2 + '.')
r(P, 'Tỉnh Nghệ An (Thanh tra tỉnh)', PL_, 'Phần mềm quản lý đoàn thanh tra, kết luận và theo dõi xử lý sau thanh tra', '',
  ['B-56'], [], C('B-56') + ': toàn bộ quy trình nghiệp vụ thanh tra, thống nhất từ trung ương đến địa phương; ' + D2 + '.')
r(O, 'Kiểm toán Nhà nước', XP, 'Hệ thống quản lý hoạt động kiểm toán (kế hoạch, đoàn kiểm toán, hồ sơ kiểm toán)', '',
  [], [], 'Kiểm toán nhà nước là chuyên ngành riêng của cơ quan khác trong hệ thống chính trị (' + PL[4] + '); khác thanh tra của ' + C('B-56') + ' dù quy trình tương tự.')
r(P, 'Tỉnh Vĩnh Long', PL_, 'Phần mềm kê khai tài sản, thu nhập điện tử của người có nghĩa vụ kê khai', '',
  ['B-57'], [], C('B-57') + ': kê khai, công khai, xác minh tài sản, thu nhập; ' + D2 + '.')
r(M, 'Bộ Giáo dục và Đào tạo', PL_, 'Phần mềm kê khai tài sản thu nhập nội bộ cho cán bộ thuộc diện Bộ quản lý', '',
  ['B-57'], [], C('B-57') + '; ' + D2 + '.')
r(M, 'Thanh tra Chính phủ', PL_, 'Nền tảng số công tác phòng, chống tham nhũng, lãng phí, tiêu cực', '', [], [], 'Thanh tra Chính phủ là chủ quản ' + C('B-58') + '.')
r(M, 'Thanh tra Chính phủ', PL_, 'Nền tảng số công tác thực hiện trách nhiệm giải trình', '', [], [], 'Thanh tra Chính phủ là chủ quản ' + C('B-59') + '.')
r(M, 'Thanh tra Chính phủ', XP, 'Nền tảng số tiếp công dân, xử lý đơn – mở rộng tới cấp xã', '', [], [], 'Thanh tra Chính phủ là chủ quản ' + C('B-55') + '.')
# B-60..B-62
r(O, 'Đài Phát thanh và Truyền hình tỉnh Quảng Ngãi', PL_, 'App nghe radio trực tuyến riêng của Đài', 'Nghe trực tiếp, nghe lại các kênh phát thanh của Đài trên điện thoại.',
  ['B-60'], [], C('B-60') + ': cung cấp đầy đủ kênh phát thanh của VOV và đài các tỉnh, nghe lại mọi lúc mọi nơi; ' + D2 + '.')
r(X, 'Phường Mũi Né (Lâm Đồng)', XP, 'Mở rộng đài truyền thanh thông minh IP tới 9 khu phố', '',
  [], [], PL[7] + ' Lớp 1: "hệ thống truyền thanh thông minh" là hạ tầng ICT cấp xã; không phải phát thanh số trực tuyến ' + C('B-60') + '.')
r(P, 'Tỉnh Gia Lai', E, 'Hệ thống thông tin nguồn cấp tỉnh', '', [], [],
  PL[6] + ' Lớp 3 liệt kê "Hệ thống thông tin nguồn cấp tỉnh" cung cấp thông tin nguồn cho đài truyền thanh cấp xã; thành phần kiến trúc.')
r(O, 'Đài Phát thanh và Truyền hình Thành phố Hải Phòng', PL_, 'Nền tảng OTT xem truyền hình trực tuyến riêng (THP Go)', '',
  ['B-61'], [], C('B-61') + ': nền tảng truyền hình số dùng chung cho VTV và tất cả đài truyền hình địa phương phát trên Internet; ' + D2 + '.')
r(O, 'Thông tấn xã Việt Nam', XP, 'Mở rộng ứng dụng xem truyền hình Vnews trên Internet (OTT)', '',
  ['B-61'], [], C('B-61') + ' dùng chung cho các đài truyền hình trung ương và địa phương phát trên Internet; ' + D2 + '.')
r(O, 'Đài Truyền hình Việt Nam', E, 'VTVGo – duy trì vận hành', '', [], [], 'VTV là chủ quản ' + C('B-61') + '.')
r(O, 'Đài Phát thanh và Truyền hình tỉnh Nghệ An', PL_, 'Hệ thống đo lường rating khán giả riêng của Đài', '',
  ['B-62'], [], C('B-62') + ': đo lường hành vi khán giả cho tất cả kênh truyền hình; ' + D2 + '.')
r(O, 'Đài Truyền hình Việt Nam', E, 'VTV Rating – bổ sung đo lường đa nền tảng', '', [], [], 'VTV là chủ quản ' + C('B-62') + '.')
r(O, 'Đài Tiếng nói Việt Nam', PL_, 'Nền tảng phát thanh số quốc gia', '', [], [], 'VOV là chủ quản ' + C('B-60') + '.')

# ======================= 3090 national components not in 1132 =======================
r(P, 'Tỉnh Cao Bằng', E, 'mail.caobang.gov.vn – duy tri may chu thu dien tu tinh', '',
  [], [EMAIL], II3c + ': "Hệ thống thư điện tử (email) công vụ thống nhất" dùng chung từ Trung ương đến cấp xã; máy chủ thư riêng lặp chức năng. Không có hàng tương ứng trong 1132.')
r(X, 'Xã Ia Grai (Gia Lai)', PL_, 'Thuê dịch vụ email tên miền riêng cho cán bộ xã (Google Workspace)', '',
  [], [EMAIL], II3c + ': thư điện tử công vụ thống nhất triển khai tới cấp xã.')
r(M, 'Bộ Dân tộc và Tôn giáo', E, 'Hệ thống thư điện tử của Bộ (Zimbra)', '', [], [EMAIL], II3c + ' (email công vụ thống nhất).')
r(D, 'Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ', PL_, 'Trang bị máy chủ thư điện tử nội bộ riêng của Ban', '',
  [], [EMAIL], II3c + ': email công vụ thống nhất cho mọi cơ quan, cá nhân trong hệ thống chính trị.')
r(Q, 'Văn phòng Đoàn ĐBQH và HĐND tỉnh Hưng Yên', E, 'Hộp thư điện tử riêng cho đại biểu (Exchange on-premise)', '',
  [], [EMAIL], II3c + ' (email công vụ thống nhất trong hệ thống chính trị).')
r(O, 'Kiểm toán Nhà nước', XP, 'Nâng cấp hệ thống thư điện tử nội bộ KTNN lên 5.000 hộp thư', '', [], [EMAIL], II3c + ' (email công vụ thống nhất).')
r(P, 'Tỉnh Tây Ninh', E, 'SMTP relay gửi email thông báo tự động từ các HTTT', 'Dịch vụ gửi thư một chiều, không có hộp thư người dùng.',
  [], [], 'Dịch vụ chuyển tiếp gửi thư cho ứng dụng không phải hệ thống hộp thư công vụ (' + II3c + ') hay hộp thư nhận thông báo của công dân; mục đích khác.')
r(P, 'Tỉnh Hà Tĩnh', PL_, 'Cấp hộp thư điện tử cho công dân để nhận thông báo của chính quyền tỉnh', '',
  [], [MAILTB], II3c + ': "Hệ thống thư điện tử phục vụ tiếp nhận thông báo do cơ quan nhà nước gửi đến" trên hạ tầng TTDLQG cho công dân.')
r(P, 'Thành phố Hồ Chí Minh', PL_, 'Cổng công bố và quản lý API mở của thành phố cho doanh nghiệp, cộng đồng phát triển',
  'API marketplace: đăng ký, công bố, quản lý, cấp khóa API dịch vụ dữ liệu của các sở cho khu vực tư nhân.', [], [VAPEX],
  II3b + ': V-APEX là nền tảng trung tâm kết nối, công bố, quản lý và chia sẻ API của các cơ quan, khai thác bởi khu vực tư nhân; 5441 mục 2.2 yêu cầu công bố qua V-APEX.')
r(P, 'Tỉnh Khánh Hòa', PL_, 'Đăng ký, công bố 35 API của LGSP tỉnh lên V-APEX', '', [], [],
  'Tuân thủ yêu cầu đăng ký, công bố API qua V-APEX (' + II3b + '; 5441 mục 2.2) là sử dụng.')
r(P, 'Tỉnh Lạng Sơn', PL_, 'Xây dựng hệ thống mã địa chỉ số và mã bưu chính riêng của tỉnh', 'Gán mã định vị cho từng thửa đất, hộ gia đình.',
  [], [MAP], II3b + ': "Bản đồ số quốc gia và hệ thống mã bưu chính" bảo đảm định vị chính xác các đối tượng quản lý.')
r(P, 'Tỉnh Quảng Ngãi', PL_, 'Nền tảng AI cấp tỉnh (hạ tầng GPU, mô hình, công cụ phát triển ứng dụng AI)', '',
  [], [], PL[6] + ' Lớp 3: "Nền tảng AI cấp tỉnh" là thành phần giao tỉnh xây, đồng bộ với Nền tảng AI quốc gia; không trùng.')
r(M, 'Bộ Xây dựng', PL_, 'Nền tảng AI cấp bộ – kết nối LGSP, khai thác Nền tảng AI quốc gia', '', [], [],
  PL[5] + ' Lớp 3: "Nền tảng AI cấp bộ" là thành phần giao bộ xây.')
r(X, 'Xã Mường Tè (Lai Châu)', PL_, 'Đầu tư máy chủ GPU, huấn luyện mô hình ngôn ngữ tiếng dân tộc riêng của xã', '',
  [], [AI], II3b + ': Nền tảng AI quốc gia cung cấp năng lực tính toán và xử lý ngôn ngữ tự nhiên kể cả ngôn ngữ DTTS; ' + PL[7] + ' không giao xã xây nền tảng AI; 4577 mục 3: cấp xã không tự xây riêng lẻ.')
r(P, 'Tỉnh Điện Biên', PL_, 'Hệ thống học trực tuyến mở (MOOC) phổ cập kỹ năng số cho mọi người dân', '',
  [], [BDHV], II3c + ': "Nền tảng Bình dân học vụ số" là nền tảng học trực tuyến mở đại trà quốc gia phổ cập kiến thức chuyển đổi số, kỹ năng số cho mọi đối tượng.')
r(F, 'Tỉnh đoàn Vĩnh Long', E, 'Chiến dịch hướng dẫn thanh niên học trên nền tảng Bình dân học vụ số', '', [], [],
  'Hoạt động vận động sử dụng nền tảng quốc gia (' + II3c + '), không xây nền tảng học riêng.')
r(M, 'Bộ Tài chính (Cục Thuế)', E, 'E-learning bồi dưỡng nghiệp vụ quản lý thuế cho công chức ngành thuế', '', [], [],
  'Bồi dưỡng chuyên môn nội bộ khác với phổ cập kỹ năng số đại trà của Nền tảng Bình dân học vụ số (' + II3c + ').')
r(P, 'Thành phố Hà Nội', PL_, 'Xây dựng hệ thống CA riêng cấp chứng thư số cho cán bộ, công chức thành phố', '',
  [], [CKS], II3a + ': "Hệ thống chứng thực chữ ký số chuyên dùng công vụ" do Ban Cơ yếu Chính phủ chủ quản cho các cơ quan trong hệ thống chính trị.')
r(O, 'Ban Cơ yếu Chính phủ', XP, 'Mở rộng dịch vụ ký số từ xa chuyên dùng công vụ', '', [], [],
  'Ban Cơ yếu Chính phủ là chủ quản Hệ thống chứng thực chữ ký số chuyên dùng công vụ (' + II3a + ').')
r(P, 'Tỉnh Ninh Bình', E, 'Tích hợp ký số từ xa của Ban Cơ yếu vào eOffice, iGate', '', [], [],
  'Tích hợp chữ ký số chuyên dùng vào ứng dụng là sử dụng (' + II3a + '; 4577 mục 2 yêu cầu tích hợp chữ ký số).')
r(M, 'Bộ Công Thương', PL_, 'Cổng trung gian kết nối các nhà cung cấp chữ ký số công cộng (VNPT-CA, Viettel-CA, FPT-CA) cho mọi HTTT của Bộ', '',
  [], [CKSCC], II3a + ': "Cổng kết nối dịch vụ chứng thực chữ ký số công cộng" kết nối dịch vụ CA công cộng với các HTTT.')
r(P, 'Tỉnh Thái Nguyên', PL_, 'Thuê kênh truyền MPLS riêng kết nối các sở, ngành và UBND xã thay cho mạng TSLCD', '',
  [], [TSLCD], II3a + ': "Mạng Truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước" kết nối các cơ quan, tách biệt Internet.')
r(X, 'Xã Sìn Hồ (Lai Châu)', E, 'Duy trì đường truyền TSLCD cấp II tại UBND xã', '', [], [],
  'Thuê bao sử dụng mạng TSLCD (' + II3a + '; ' + PL[7] + ' Lớp 1), không lặp.')
r(F, 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai', PL_, 'Đầu tư mạng diện rộng bảo mật riêng của MTTQ để trao đổi tài liệu mật', '',
  [], [WAND], II3a + ' và 5441 mục 2.2: kết nối, trao đổi thông tin yêu cầu độ mật cao nhất của Đảng, Nhà nước, Mặt trận phải dùng "Mạng thông tin diện rộng của Đảng".')
r(X, 'Phường Vĩnh Long (Vĩnh Long)', PL_, 'Hệ thống hội nghị truyền hình trực tuyến tại hội trường phường', '', [], [],
  PL[7] + ' Lớp 1 liệt kê "hệ thống hội nghị truyền hình trực tuyến" trong hạ tầng ICT cấp xã; thiết bị phòng họp, không trùng Nền tảng họp trực tuyến quốc gia.')
r(P, 'Tỉnh Hưng Yên', E, 'Hệ thống thông tin phục vụ chỉ đạo, điều hành của UBND tỉnh', '', [], [],
  PL[6] + ' Lớp 3: "Hệ thống thông tin phục vụ chỉ đạo, điều hành cấp tỉnh"; thành phần kiến trúc, không trùng hệ thống của Chính phủ (' + II3c + ').')
r(P, 'Thành phố Cần Thơ', XP, 'IOC – Trung tâm giám sát, điều hành thông minh thành phố (bổ sung 20 dashboard)', '', [], [],
  PL[6] + ' Lớp 3 "Trung tâm giám sát, điều hành thông minh cấp tỉnh" và Lớp 4 dashboard; thành phần kiến trúc.')
r(M, 'Bộ Khoa học và Công nghệ', PL_, 'Bàn làm việc số (Digital Workplace) của Bộ', 'Tích hợp QLVB, lịch công tác, họp trực tuyến, kho tài liệu, trợ lý AI.',
  [], [], PL[5] + ' Lớp 4: "Bàn làm việc số (Digital Workplace)" giao cấp bộ xây; thành phần kiến trúc.')
r(M, 'Văn phòng Chính phủ', E, 'Hệ thống thông tin báo cáo Chính phủ', '', [], [],
  'VPCP vận hành Hệ thống thông tin báo cáo Chính phủ, thành phần của Hệ thống thông tin báo cáo quốc gia (' + II3c + '); chủ quản, không trùng.')

# ======================= extra rows: province =======================
r(P, 'Tỉnh Phú Thọ', E, 'VNPT iOffice', 'Quản lý văn bản và điều hành cho 20 sở, 148 xã.', [], [],
  'Quản lý văn bản và điều hành là ứng dụng hỗ trợ hoạt động cơ quan nhà nước (' + PL[5] + ', ' + PL[6] + ' Lớp 3); gửi nhận liên thông dùng ' + C('A-04') + '.')
r(P, 'Tỉnh Thanh Hóa', XP, 'Viettel vOffice – nâng cấp ký số, giao việc', '', [], [],
  'QLVB, quản lý công việc nội bộ là ứng dụng hỗ trợ cơ quan nhà nước theo ' + PL[6] + ' Lớp 3.')
r(P, 'Tỉnh Đồng Nai', E, 'Kiosk tra cứu hồ sơ tại Trung tâm phục vụ hành chính công', '', [], [],
  'Thiết bị đặt tại nơi tiếp nhận để tra cứu; kênh bổ trợ (' + II3d + '), không phải nền tảng ' + C('A-01') + '.')
r(P, 'Tỉnh Nghệ An', PL_, 'Wifi công cộng miễn phí cho người dân tại quảng trường, bến xe', '', [], [],
  'Hạ tầng mạng phục vụ người dân (' + II3a + ' hạ tầng ICT); không phải nền tảng dùng chung nào.')
r(P, 'Thành phố Huế', E, 'Hue-S – ứng dụng tiếp nhận phản ánh hiện trường đô thị', '', [], [],
  'Ứng dụng chính quyền số đặc thù của tỉnh (' + PL[6] + ' Lớp 3 "Các ứng dụng chính quyền số đặc thù khác của tỉnh").')
r(P, 'Tỉnh Quảng Trị', R, 'Dừng vận hành Cổng DVC tỉnh cũ, chuyển người dân sang Cổng DVCQG', '', [], [],
  'Hệ thống đang dừng để chuyển sang ' + C('A-01') + '; việc ngừng là hướng tuân thủ ' + D2 + ', không phải đầu tư trùng lặp.')
r(P, 'Tỉnh Cà Mau', R, 'Ngừng thuê phần mềm quản lý hồ sơ cán bộ cũ, chuyển dữ liệu lên nền tảng quốc gia', '', [], [],
  'Ngừng hệ thống riêng, chuyển dữ liệu lên ' + C('B-29') + ' là sử dụng nền tảng; không còn trùng lặp.')
r(P, 'Tỉnh Sơn La', E, 'Cổng thông tin điện tử tỉnh (Portal)', '', [], [],
  'Cổng TTĐT là kênh thông tin của cơ quan; không có nền tảng tương ứng trong 1132 Phụ lục II hay 3090 Phần II mục 3.')
r(P, 'Tỉnh Lâm Đồng', PL_, 'Bãi đỗ xe thông minh Đà Lạt – đặt chỗ, thanh toán online', '', [], [],
  PL[6] + ' Lớp 3 điểm b "Bãi đỗ xe thông minh"; thành phần kiến trúc.')
r(P, 'Tỉnh Quảng Ninh', E, 'Camera giám sát an ninh trật tự kết nối IOC', '', [], [],
  'Hạ tầng camera (' + II3a + ' hạ tầng ICT) cấp dữ liệu cho trung tâm điều hành tỉnh (' + PL[6] + '); không trùng nền tảng quốc gia.')
r(P, 'Tỉnh Tây Ninh', PL_, 'Thuê dịch vụ hạ tầng ảo hóa (VNPT SmartCloud) cho các HTTT dùng chung của tỉnh', '', [], [],
  'Hạ tầng cho HTTT cấp tỉnh; ' + PL[6] + ' Lớp 1 cho dùng TTDL cấp tỉnh; ' + C('A-08') + ' hướng tới CSDL quốc gia; tài liệu không cấm hạ tầng cho hệ thống tỉnh.')
r(P, 'Tỉnh Cà Mau', E, 'Ứng dụng quản lý thanh toán vé xe buýt điện tử', '', [], [],
  PL[6] + ' Lớp 3 điểm b "Ứng dụng quản lý thanh toán vé điện tử giao thông công cộng".')
r(P, 'Tỉnh An Giang', E, 'Kho dữ liệu dùng chung tỉnh (data warehouse) và BI dashboard', '', [], [],
  PL[6] + ' Lớp 2 "Kho dữ liệu dùng chung cấp tỉnh", "Nền tảng tổng hợp, phân tích dữ liệu cấp tỉnh"; thành phần kiến trúc.')
r(P, 'Tỉnh Vĩnh Long', PL_, 'Kho quản lý dữ liệu điện tử của tổ chức, cá nhân', '', [], [],
  PL[6] + ' Lớp 2 liệt kê "Kho quản lý dữ liệu điện tử của tổ chức, cá nhân"; thành phần kiến trúc.')
r(P, 'Tỉnh Đắk Lắk', E, 'Helpdesk CNTT nội bộ Sở KH&CN (ticket)', '', [], [],
  'Hỗ trợ kỹ thuật nội bộ; không tương ứng nền tảng nào trong 1132 hay 3090 II.3.')
r(P, 'Tỉnh Hà Tĩnh', XP, 'Chuyen doi so du lich: app du lich thong minh Ha Tinh', '', [], [],
  PL[6] + ' Lớp 3 điểm b "Giải pháp chuyển đổi số du lịch" (hỗ trợ du khách 24/7); không phải ' + C('B-45') + '.')
r(P, 'Tỉnh Gia Lai (Sở GD&ĐT)', E, 'Kết nối phần mềm quản lý trường học với CSDL ngành giáo dục của Bộ', '', [], [],
  'Đồng bộ dữ liệu lên ' + C('B-35') + ' là sử dụng.')
r(P, 'Tỉnh Lai Châu', PL_, 'Phần mềm quản lý hồ sơ hộ nghèo, cận nghèo và chi trả trợ cấp xã hội', '', [], [],
  'Không có nền tảng an sinh tương ứng trong 1132 Phụ lục II (chỉ VNeID là kênh chi trả); ' + C('B-46') + ' chỉ về chính sách dân tộc.')
r(P, 'Thành phố Hà Nội', PL_, 'Đầu tư xây dựng Trung tâm dữ liệu thành phố mới (Tier III)', '', [], [],
  'Không trùng một nền tảng cụ thể; 3090 Phụ lục I mục 6 chỉ hạn chế xây TTDL mới "khi thật sự cần thiết" – đây là yêu cầu thẩm định, không phải trùng ' + C('A-08') + '.')
r(P, 'Tỉnh Điện Biên', E, 'Cổng hỗ trợ tư vấn khám chữa bệnh từ xa cho trạm y tế xã (telehealth)', '', [], [],
  PL[7] + ' Lớp 3 điểm b "Giải pháp tư vấn, chăm sóc sức khoẻ từ xa"; không phải sổ sức khỏe ' + C('B-33') + '.')
r(P, 'Thành phố Đà Nẵng', PL_, 'Chiếu sáng công cộng thông minh (LoRa, cảm biến)', '', [], [],
  PL[6] + ' Lớp 3 điểm b "Hệ thống chiếu sáng thông minh".')
r(P, 'Tỉnh Thái Nguyên', E, 'Màn hình LED tuyên truyền tại Trung tâm hành chính công', '', [], [],
  'Chỉ nói thiết bị hiển thị tại nơi phục vụ; không phải nền tảng quốc gia.')
r(P, 'Tỉnh Bắc Ninh', R, 'Trục liên thông văn bản tỉnh (cũ) – ngừng sau khi kết nối trực tiếp Trục VPCP', '', [], [],
  'Hệ thống đang dừng để dùng ' + C('A-04') + '; không đầu tư thêm.')
r(P, 'Tỉnh Lào Cai', E, 'Hệ thống giám sát tàu cá, nhật ký khai thác điện tử', '', [], [],
  'Không có hàng tương ứng thủy sản trong 1132 Phụ lục II; phần mềm chuyên ngành của Sở theo ' + PL[6] + '.')

# ======================= extra rows: ministry =======================
r(M, 'Bộ Quốc phòng', E, 'Hệ thống quản lý văn bản và điều hành trên mạng quân sự', 'Gửi nhận văn bản mật trong toàn quân.', [], [],
  EXC + '; hệ thống quân sự có yêu cầu đặc thù quốc phòng, không tính trùng ' + C('A-04') + '.')
r(M, 'Bộ Quốc phòng (Bộ Tư lệnh Cảnh sát biển)', PL_, 'Trung tâm điều hành tác chiến, giám sát vùng biển', '', [], [],
  EXC + '.')
r(M, 'Bộ Công an (Công an tỉnh Đồng Nai)', E, 'Hệ thống quản lý hồ sơ nghiệp vụ an ninh, điều tra', '', [], [],
  EXC + ': hệ thống có yêu cầu đặc thù an ninh.')
r(M, 'Bộ Công an', XP, 'Nền tảng VNeID – bổ sung ví giấy tờ, chi trả an sinh', '', [], [], 'Bộ Công an là chủ quản ' + C('A-02') + '.')
r(M, 'Bộ Công an', E, 'Hệ thống quản lý đấu giá tài sản', '', [], [], 'Bộ Công an là chủ quản ' + C('B-22') + '.')
r(M, 'Bộ Công an', PL_, 'Nền tảng chuỗi khối quốc gia (NDAChain)', '', [], [], 'Bộ Công an là chủ quản ' + C('A-09') + '.')
r(M, 'Bộ Công an', PL_, 'Hệ thống phòng vệ mạng quốc gia – WAF, anti-DDoS tập trung', '', [], [], 'Bộ Công an là chủ quản ' + C('A-14') + '.')
r(M, 'Bộ Công an', PL_, 'Cổng dữ liệu quốc gia – mở rộng chức năng dữ liệu mở', '', [], [], 'Bộ Công an là chủ quản ' + C('A-07') + '.')
r(M, 'Bộ Công an', E, 'Nền tảng định danh và xác thực điện tử', '', [], [], 'Bộ Công an là chủ quản ' + C('A-03') + '.')
r(M, 'Bộ Công an', PL_, 'Trợ lý ảo quốc gia – tri thức cơ bản về quản lý nhà nước', '', [], [], 'Bộ Công an là chủ quản ' + C('A-10') + '.')
r(M, 'Bộ Công an', XP, 'Nền tảng điện toán đám mây TTDLQG – mở rộng tài nguyên', '', [], [], 'Bộ Công an là chủ quản ' + C('A-08') + '.')
r(M, 'Bộ Tài chính', E, 'Hệ thống mạng đấu thầu quốc gia (e-GP)', '', [], [], 'Bộ Tài chính là chủ quản ' + C('B-28') + '.')
r(M, 'Bộ Tài chính', PL_, 'Nền tảng Công khai ngân sách nhà nước', '', [], [], 'Bộ Tài chính là chủ quản ' + C('B-26') + '.')
r(M, 'Bộ Tài chính (Cục Thuế)', XP, 'HTTT quản lý thuế tập trung (TMS) – nâng cấp', '', [], [], 'Bộ Tài chính là chủ quản ' + C('B-27') + '.')
r(M, 'Bộ Tài chính', E, 'Cổng thông tin một cửa quốc gia', '', [], [], 'Bộ Tài chính là chủ quản ' + C('B-18') + '.')
r(M, 'Bộ Tài chính', PL_, 'HTTT giải quyết TTHC Bộ Tài chính', '', [], [], 'Bộ Tài chính là chủ quản ' + C('B-07') + '.')
r(M, 'Bộ Nội vụ', PL_, 'Nền tảng hợp đồng lao động điện tử', '', [], [], 'Bộ Nội vụ là chủ quản ' + C('B-30') + '.')
r(M, 'Bộ Nội vụ', E, 'Sàn giao dịch việc làm quốc gia', '', [], [], 'Bộ Nội vụ là chủ quản ' + C('B-31') + '.')
r(M, 'Bộ Y tế', XP, 'Nền tảng Số sức khỏe điện tử – tích hợp tiêm chủng quốc gia', '', [], [], 'Bộ Y tế là chủ quản ' + C('B-33') + '.')
r(M, 'Bộ Y tế', E, 'HTTT giải quyết TTHC Bộ Y tế', '', [], [], 'Bộ Y tế là chủ quản ' + C('B-14') + '.')
r(M, 'Bộ Nông nghiệp và Môi trường', XP, 'Nền tảng quốc gia về trồng trọt và bảo vệ thực vật', '', [], [], 'Bộ NN&MT là chủ quản ' + C('B-38') + '.')
r(M, 'Bộ Nông nghiệp và Môi trường', PL_, 'Nền tảng AI hỗ trợ phân tích, cảnh báo thiên tai', '', [], [], 'Bộ NN&MT là chủ quản ' + C('B-39') + '.')
r(M, 'Bộ Nông nghiệp và Môi trường', PL_, 'Nền tảng AI hỗ trợ bảo vệ môi trường', '', [], [], 'Bộ NN&MT là chủ quản ' + C('B-41') + '.')
r(M, 'Bộ Công Thương', E, 'Nền tảng quản lý thương mại và thị trường', '', [], [], 'Bộ Công Thương là chủ quản ' + C('B-42') + '.')
r(M, 'Bộ Công Thương', PL_, 'Thuê dịch vụ hệ thống đấu thầu qua mạng riêng cho các Tổng cục, đơn vị trực thuộc', '',
  ['B-28'], [], C('B-28') + ': áp dụng với mọi cơ quan nhà nước, đơn vị sử dụng vốn ngân sách; ' + D2 + '.')
r(M, 'Bộ Công Thương', PL_, 'Cổng một cửa riêng cho cấp phép XNK hàng hóa, vận hành độc lập với NSW', '',
  ['B-18'], [], C('B-18') + ': thủ tục hành chính liên quan hàng hóa xuất khẩu, nhập khẩu theo cơ chế một cửa quốc gia; ' + D2 + '.')
r(M, 'Bộ Văn hoá, Thể thao và Du lịch', E, 'CSDL quốc gia về di sản văn hóa', '', [], [], 'Bộ VHTTDL là chủ quản ' + C('B-44') + '.')
r(M, 'Bộ Dân tộc và Tôn giáo', PL_, 'Nền tảng/CSDL dân tộc', '', [], [], 'Bộ Dân tộc và Tôn giáo là chủ quản ' + C('B-46') + '.')
r(M, 'Bộ Khoa học và Công nghệ', PL_, 'Nền tảng số quản lý KH&CN và ĐMST quốc gia', '', [], [], 'Bộ KH&CN là chủ quản ' + C('B-48') + '.')
r(M, 'Bộ Khoa học và Công nghệ', E, 'HTTT giải quyết TTHC Bộ KH&CN', '', [], [], 'Bộ KH&CN là chủ quản ' + C('B-12') + '.')
r(M, 'Bộ Tư pháp', E, 'HTTT giải quyết TTHC Bộ Tư pháp (hộ tịch, lý lịch tư pháp, quốc tịch)', '', [], [], 'Bộ Tư pháp là chủ quản ' + C('B-06') + '.')
r(M, 'Bộ Xây dựng', E, 'HTTT giải quyết TTHC Bộ Xây dựng', '', [], [], 'Bộ Xây dựng là chủ quản ' + C('B-10') + '.')
r(M, 'Văn phòng Trung ương Đảng', XP, 'HTTT lĩnh vực tổ chức – xây dựng Đảng', '', [], [], 'VPTW là chủ quản ' + C('B-20') + '.')
r(M, 'Văn phòng Trung ương Đảng', E, 'Phần mềm theo dõi thực hiện Nghị quyết, Chỉ thị, Kết luận của Trung ương', '', [], [], 'VPTW là chủ quản ' + C('B-21') + '.')
r(M, 'Thanh tra Chính phủ', PL_, 'Nền tảng số công tác thanh tra', '', [], [], 'Thanh tra Chính phủ là chủ quản ' + C('B-56') + '.')
r(M, 'Thanh tra Chính phủ', PL_, 'Nền tảng số công tác kiểm soát tài sản, thu nhập', '', [], [], 'Thanh tra Chính phủ là chủ quản ' + C('B-57') + '.')
r(M, 'Bộ Ngoại giao', PL_, 'Gói Viettel SOC giám sát ATTT 24/7 cho hệ thống của Bộ', '',
  ['A-13'], [], C('A-13') + ': giám sát, phát hiện tấn công mạng dùng chung, không xây điều phối an ninh mạng riêng lẻ; ' + D2 + '.')

# ======================= commune =======================
r(X, 'Xã Tà Xùa (Sơn La)', E, 'Wifi công cộng tại nhà văn hóa bản', '', [], [], PL[7] + ' Lớp 1: "hệ thống wifi công cộng" là hạ tầng ICT cấp xã.')
r(X, 'Phường Sa Pa (Lào Cai)', E, 'Camera an ninh khu du lịch', '', [], [], PL[7] + ' Lớp 1: "hệ thống camera an ninh" là hạ tầng ICT cấp xã.')
r(X, 'Xã Đồng Văn (Tuyên Quang)', PL_, 'Điểm hỗ trợ dịch vụ công tại cộng đồng – trang bị máy tính, máy in', '', [], [],
  PL[7] + ' Lớp 4: "điểm hỗ trợ tại cộng đồng" là kênh bổ trợ địa phương tự tổ chức; hỗ trợ dùng ' + C('A-01') + '.')
r(X, 'Đặc khu Lý Sơn (Quảng Ngãi)', PL_, 'Phần mềm quản lý văn bản riêng của UBND đặc khu (mua ngoài)', 'Thay cho phần mềm QLVB dùng chung của tỉnh.', [], [],
  '4577 mục 3: cấp xã không tự xây phần mềm riêng khi đã có giải pháp dùng chung của tỉnh – đây là trùng với hệ thống của tỉnh, không phải với một hàng 1132 hay thành phần 3090 II.3.')
r(X, 'Xã Năm Căn (Cà Mau)', PL_, 'Phần mềm một cửa xã – nhận hồ sơ cấp giấy phép kinh doanh bán lẻ rượu, thuốc lá', '',
  ['B-08'], [], C('B-08') + '; ' + G4577 + '.')
r(X, 'Phường Mũi Né (Lâm Đồng)', E, 'Cap phep xay dung nha o rieng le – phan mem cua phuong', '',
  ['B-10'], [], C('B-10') + '; ' + G4577 + '.')
r(X, 'Xã Mường Nhé (Điện Biên)', PL_, 'Thuê phần mềm quản lý đối tượng bảo trợ xã hội, chính sách dân tộc tại xã', '', ['B-46'], [],
  C('B-46') + ': cập nhật, theo dõi dữ liệu chính sách dân tộc, vùng đồng bào DTTS từ trung ương; ' + D2 + '.')
r(X, 'Xã Đất Mũi (Cà Mau)', E, 'Trang Facebook, Zalo OA của UBND xã', '', [], [], 'Kênh truyền thông xã hội; không phải nền tảng dùng chung nào.')
r(X, 'Phường Hồng Gai (Quảng Ninh)', PL_, 'Giải pháp thanh toán không tiền mặt tại chợ phường (QR)', '', [], [],
  PL[7] + ' Lớp 3 điểm b "Giải pháp thanh toán điện tử/không tiền mặt".')
r(X, 'Xã Ia Grai (Gia Lai)', E, 'IoT quan trắc độ ẩm đất cho hợp tác xã cà phê', '', [], [],
  PL[7] + ' Lớp 3 điểm b "Giải pháp triển khai nông nghiệp thông minh"; không phải ' + C('B-38') + '.')
r(X, 'Xã Bát Tràng (Hà Nội)', E, 'Phan mem quan ly nhan khau xa (excel + web)', '', [], [],
  'Quản lý dân cư do CSDL quốc gia về dân cư đảm nhiệm (3090 Phần II mục 3 điểm b), nhưng tài liệu không đặt nó trong danh mục 1132 hay tên thành phần dùng chung ở II.3 có chức năng tương ứng – hàng được giữ ở nhóm âm vì chỉ là sổ theo dõi nội bộ.')
r(X, 'Xã Sìn Hồ (Lai Châu)', PL_, 'Phần mềm kê khai giá, đăng ký giá của xã', '', ['B-07'], [], C('B-07') + '; ' + G4577 + '.')
r(X, 'Phường Hội An (Đà Nẵng)', PL_, 'Cấp phép tổ chức lễ hội, biểu diễn nghệ thuật trên địa bàn phường – phần mềm riêng', '', ['B-11'], [], C('B-11') + '; ' + G4577 + '.')
r(X, 'Xã Cát Tiên (Lâm Đồng)', XP, 'Mở rộng phần mềm chứng thực bản sao điện tử của xã', '', ['B-06'], [],
  C('B-06') + ': chứng thực thuộc lĩnh vực tư pháp; ' + G4577 + '; ' + D2 + '.')
r(X, 'Xã Mù Cang Chải (Lào Cai)', PL_, 'Hệ thống bảng điện tử công cộng tại trung tâm xã', '', [], [], PL[7] + ' Lớp 1 "hệ thống bảng điện tử công cộng".')
r(X, 'Xã Mường Tè (Lai Châu)', E, 'Chatbot Zalo tra cứu thủ tục (dùng trợ lý ảo của tỉnh)', '', [], [],
  'Kênh hỏi đáp dùng trợ lý ảo của tỉnh; không tự phát triển nền tảng thuật toán ' + C('A-10') + '.')
r(X, 'Phường Vĩnh Long (Vĩnh Long)', R, 'Phần mềm một cửa cũ của phường – ngừng, chuyển sang HTTT giải quyết TTHC tỉnh', '', [], [],
  'Ngừng hệ thống riêng để dùng hệ thống dùng chung (4577 mục 3); không phải đầu tư trùng lặp.')
r(X, 'Đặc khu Phú Quốc (An Giang)', PL_, 'Bãi đỗ xe thông minh khu du lịch Dương Đông', '', [], [],
  PL[7] + ' Lớp 3 điểm b "Bãi đỗ xe thông minh (nếu cấp tỉnh không triển khai tập trung)".')
r(X, 'Xã Đồng Văn (Tuyên Quang)', PL_, 'Nền tảng du lịch số cho homestay, hộ kinh doanh', '', [], [],
  PL[7] + ' Lớp 3 điểm b "Giải pháp/nền tảng chuyển đổi số du lịch cho doanh nghiệp, hộ kinh doanh"; không phải ' + C('B-45') + '.')
r(X, 'Phường Sa Pa (Lào Cai)', PL_, 'Phần mềm quản lý kê khai lưu trú, thống kê khách du lịch của phường', '', ['B-45'], [],
  C('B-45') + ': quản trị dữ liệu cơ sở lưu trú, khách du lịch; ' + D2 + '.')
r(X, 'Xã Tà Xùa (Sơn La)', PL_, 'phan mem quan ly dich benh gia suc xa', '', ['B-37'], [],
  C('B-37') + ': giám sát, cảnh báo dịch bệnh trong chăn nuôi xuyên suốt tới địa phương; ' + D2 + '.')
r(X, 'Phường Hồng Gai (Quảng Ninh)', E, 'Máy bấm số thứ tự, màn hình gọi số tại bộ phận một cửa', '', [], [],
  'Thiết bị hàng đợi tại nơi tiếp nhận; không phải nền tảng ' + C('A-01') + ' hay ' + C('B-02') + '.')
r(X, 'Xã Năm Căn (Cà Mau)', XP, 'Mở rộng phần mềm chấm điểm thi đua thôn, ấp', '', [], [],
  'Ứng dụng đặc thù cấp xã (' + PL[7] + ' Lớp 3 "Các ứng dụng đặc thù khác cấp xã"); không tương ứng nền tảng quốc gia.')

# ======================= party =======================
r(D, 'Thành ủy Thành phố Hồ Chí Minh', E, 'Hệ thống thu thập, tổng hợp thông tin trên Internet (social listening)', '', [], [],
  PL[1] + ' Lớp 3 liệt kê "Hệ thống thu thập, tổng hợp thông tin trên Internet".')
r(D, 'Tỉnh ủy An Giang', PL_, 'Các ứng dụng hỗ trợ Đại hội Đảng bộ tỉnh (phòng họp không giấy, bầu cử điện tử)', '', [], [],
  PL[1] + ' Lớp 3 "Các ứng dụng hỗ trợ Đại hội Đảng các cấp".')
r(D, 'Ban Nội chính Tỉnh ủy Thanh Hóa', PL_, 'HTTT chuyên ngành lĩnh vực nội chính, cải cách tư pháp', '', [], [],
  PL[1] + ' Lớp 3 lĩnh vực "(4) Nội chính, cải cách tư pháp".')
r(D, 'Văn phòng Tỉnh ủy Hà Tĩnh', PL_, 'Dashboard điều hành của Thường trực Tỉnh ủy', '', [], [],
  PL[1] + ' Lớp 4 "Bảng thông tin điều hành (Dashboard) giám sát, điều hành của các cơ quan Đảng".')
r(D, 'Ban Tổ chức Tỉnh ủy Nghệ An', XP, 'Nâng cấp phần mềm quản lý đảng viên, thống kê chất lượng tổ chức đảng riêng của tỉnh', '', ['B-20'], [],
  C('B-20') + ': nghiệp vụ tổ chức, cán bộ, đảng viên triển khai tập trung; ' + D2 + '.')
r(D, 'Đảng ủy phường Hội An (Đà Nẵng)', E, 'Dùng HTTT điều hành tác nghiệp của Đảng – cấp tài khoản cho chi bộ', '', [], [],
  'Sử dụng ' + C('B-19') + '.')
r(D, 'Tỉnh ủy Quảng Ngãi', PL_, 'Trung tâm dữ liệu của Đảng bộ tỉnh – sử dụng TTDL hiện có, bổ sung máy chủ', '', [], [],
  PL[1] + ' Lớp 1 "Trung tâm dữ liệu của Đảng (sử dụng Trung tâm dữ liệu hiện có)".')
r(D, 'Văn phòng Thành ủy Hải Phòng', E, 'QLVB Dang (phan mem rieng, gui nhan van ban mat)', '', ['B-19'], [],
  C('B-19') + ': gửi, nhận, xử lý văn bản tới Tối mật, dùng chung từ trung ương đến cấp xã; ' + D2 + '.')
r(D, 'Tỉnh ủy Đắk Lắk', PL_, 'Đầu tư SOC riêng cho mạng nội bộ các cơ quan Đảng tỉnh', '', ['A-13'], [],
  C('A-13') + '; cơ quan Đảng không thuộc ngoại lệ quốc phòng, an ninh, cơ yếu của ' + D2 + '.')
r(D, 'Ban Tuyên giáo và Dân vận Tỉnh ủy Cà Mau', E, 'Phần mềm quản lý đội ngũ báo cáo viên, dư luận xã hội', '', [], [],
  PL[1] + ' Lớp 3 lĩnh vực "(3) Tuyên giáo và Dân vận".')
r(D, 'Văn phòng Tỉnh ủy Lạng Sơn', R, 'Ngừng phần mềm theo dõi nghị quyết tự xây, chuyển sang phần mềm của VPTW', '', [], [],
  'Dừng hệ thống riêng để dùng ' + C('B-21') + '; không phải đầu tư trùng lặp.')
r(D, 'Tỉnh ủy Tây Ninh', PL_, 'Công khai tài chính đảng – trang công khai ngân sách các cơ quan Đảng tỉnh', '', ['B-26'], [],
  C('B-26') + ': công khai ngân sách của các cơ quan, đơn vị trên toàn quốc; ' + D2 + '.')

# ======================= assembly =======================
r(Q, 'Văn phòng Quốc hội', E, 'Hệ thống phòng họp không giấy phục vụ kỳ họp Quốc hội (e-Parliament)', '', [], [],
  PL[2] + ' Lớp 3 "Nhóm các ứng dụng số hỗ trợ kỳ họp Quốc hội".')
r(Q, 'Văn phòng Quốc hội', PL_, 'Ứng dụng tương tác cử tri – đại biểu Quốc hội', '', [], [],
  PL[2] + ' Lớp 3 "Nhóm các ứng dụng số ... hỗ trợ tương tác với công dân, cử tri, ĐBQH".')
r(Q, 'Ban Dân nguyện và Giám sát', XP, 'HTTT tổng hợp kiến nghị cử tri', '', [], [],
  PL[2] + ' Lớp 3 lĩnh vực "(6) Công tác dân nguyện"; không phải ' + C('B-55') + '.')
r(Q, 'Văn phòng Quốc hội', PL_, 'Hệ thống trung chuyển văn bản điện tử riêng giữa VPQH với các bộ, tỉnh (không qua Trục quốc gia)', '', ['A-04'], [],
  C('A-04') + ': nền tảng kết nối, trao đổi văn bản thống nhất giữa các cơ quan trong hệ thống chính trị; ' + D2 + '.')
r(Q, 'Văn phòng Quốc hội', E, 'CSDL luật, nghị quyết phục vụ thẩm tra dự án luật (lĩnh vực lập pháp)', '', [], [],
  PL[2] + ' Lớp 3 lĩnh vực "(1) Lập pháp".')
r(Q, 'Văn phòng Đoàn ĐBQH và HĐND tỉnh Cao Bằng', E, 'Ket noi he thong giam sat cua QH', '', [], [],
  'Dùng hệ thống chuyên ngành giám sát của Quốc hội (' + PL[2] + ' lĩnh vực "(2) Giám sát").')
r(Q, 'Văn phòng Quốc hội', PL_, 'Thuê dịch vụ anti-DDoS, WAF cho Cổng TTĐT Quốc hội', '', ['A-14'], [],
  C('A-14') + ': WAF, chống DDoS dùng chung; ' + D2 + '.')
r(Q, 'Viện Nghiên cứu lập pháp', PL_, 'Trung tâm dữ liệu riêng mới của Viện', '', [], [],
  PL[2] + ' Lớp 1: Trung tâm dữ liệu của Quốc hội (dùng TTDL hiện có, xây mới chỉ khi thật sự cần thiết) – điều kiện thẩm định, không phải trùng một nền tảng cụ thể.')
r(Q, 'Văn phòng Quốc hội', E, 'Nền tảng tích hợp, chia sẻ dữ liệu của Quốc hội', '', [], [],
  PL[2] + ' Lớp 2 "Nền tảng tích hợp, chia sẻ dữ liệu của Quốc hội".')
r(Q, 'Văn phòng Đoàn ĐBQH và HĐND tỉnh Đồng Tháp', PL_, 'Xây dựng CA cấp chứng thư số riêng cho đại biểu HĐND', '', [], [CKS],
  II3a + ': Hệ thống chứng thực chữ ký số chuyên dùng công vụ (Ban Cơ yếu) cho các cơ quan trong hệ thống chính trị.')

# ======================= front =======================
r(F, 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', E, 'HTTT giám sát và phản biện xã hội', '', [], [],
  PL[3] + ' Lớp 3 lĩnh vực "(3) Giám sát và phản biện xã hội".')
r(F, 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ', PL_, 'Phần mềm quản lý Quỹ Vì người nghèo, Quỹ cứu trợ', '', [], [],
  PL[3] + ' Lớp 3 nhóm ứng dụng nghiệp vụ chuyên ngành của Mặt trận.')
r(F, 'Trung ương Đoàn TNCS Hồ Chí Minh', XP, 'Ứng dụng Thanh niên Việt Nam – quản lý đoàn viên, sổ đoàn điện tử', '', [], [],
  PL[3] + ' Lớp 3 "Nhóm các ứng dụng số hỗ trợ tương tác với nhân dân / nghiệp vụ chuyên ngành"; không tương ứng nền tảng 1132.')
r(F, 'Hội Nông dân tỉnh Đồng Tháp', PL_, 'San TMDT nong san cho hoi vien', '', [], [],
  'Ứng dụng hỗ trợ hội viên (' + PL[3] + '); thương mại điện tử không phải ' + C('B-42') + '.')
r(F, 'Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh', PL_, 'Email công vụ riêng cho cán bộ Mặt trận các cấp (mail server tự vận hành)', '', [], [EMAIL],
  II3c + ': email công vụ thống nhất dùng chung trong hệ thống chính trị tới cấp xã.')
r(F, 'Tổng Liên đoàn Lao động Việt Nam', PL_, 'Phần mềm kê khai tài sản, thu nhập cán bộ công đoàn', '', ['B-57'], [],
  C('B-57') + ': kê khai tài sản, thu nhập của người có nghĩa vụ kê khai; ' + D2 + '.')
r(F, 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', PL_, 'Nền tảng tích hợp, chia sẻ dữ liệu của MTTQ (LGSP Mặt trận)', '', [], [],
  PL[3] + ' Lớp 2 "Nền tảng tích hợp, chia sẻ dữ liệu của Mặt trận Tổ quốc Việt Nam".')
r(F, 'Hội Cựu chiến binh tỉnh Quảng Trị', E, 'Kết nối tiếp nhận văn bản qua Trục liên thông văn bản quốc gia', '', [], [],
  'Sử dụng ' + C('A-04') + '.')

# ======================= other =======================
r(O, 'Tòa án nhân dân tối cao', E, 'Hệ thống quản lý án, công khai bản án', '', [], [],
  PL[4] + ' Lớp 3: HTTT chuyên ngành của Tòa án; không trùng nền tảng 1132.')
r(O, 'Viện kiểm sát nhân dân tối cao', XP, 'Phần mềm quản lý, thống kê án hình sự liên ngành', '', [], [],
  PL[4] + ' Lớp 3: HTTT chuyên ngành VKSND; thống kê nghiệp vụ không phải ' + C('A-15') + '.')
r(O, 'Tòa án nhân dân tối cao', PL_, 'Đầu tư Công báo điện tử riêng đăng nghị quyết của Hội đồng Thẩm phán', '', ['A-17'], [],
  C('A-17') + ': mọi cơ quan ban hành văn bản pháp quy tự đăng tải trên nền tảng dùng chung; ' + D2 + '.')
r(O, 'Văn phòng Chủ tịch nước', E, 'Phần mềm xử lý hồ sơ đặc xá, quốc tịch trình Chủ tịch nước', '', [], [],
  PL[4] + ' ứng dụng nghiệp vụ chuyên ngành; không tương ứng nền tảng 1132.')
r(O, 'Ban Cơ yếu Chính phủ', E, 'Hệ thống quản lý khóa mật mã', '', [], [], EXC + '.')
r(O, 'Bệnh viện Bạch Mai', PL_, 'Bệnh án điện tử (EMR) toàn viện', '', [], [],
  'Bệnh án điện tử là nghiệp vụ khám chữa bệnh nội bộ của bệnh viện; ' + C('B-33') + ' là sổ sức khỏe cá nhân của người dân, khác mục đích.')
r(O, 'Học viện Chính trị quốc gia Hồ Chí Minh', E, 'ERP quản lý đào tạo, học viên', '', [], [],
  'Ứng dụng nội bộ (' + PL[4] + '); đào tạo lý luận chính trị không thuộc ' + C('B-35') + ' hay ' + C('B-36') + '.')
r(O, 'Viện kiểm sát nhân dân tối cao', PL_, 'Đầu tư hệ thống thư điện tử ngành kiểm sát', '', [], [EMAIL],
  II3c + ': email công vụ thống nhất dùng chung trong hệ thống chính trị.')


# ---- extra positives for less-covered rows ----
r(P, 'Tỉnh Thái Nguyên (Thanh tra tỉnh)', PL_, 'CSDL phòng, chống tham nhũng, lãng phí, tiêu cực của tỉnh',
  'Lưu trữ, phân tích dữ liệu vụ việc, tài sản thu nhập, doanh nghiệp liên quan để phát hiện dấu hiệu tham nhũng, lãng phí.',
  ['B-58'], [], C('B-58') + ': số hóa, lưu trữ, cung cấp dữ liệu phục vụ phòng ngừa, phát hiện tham nhũng, lãng phí, tiêu cực, thống nhất từ trung ương; ' + D2 + '.')
r(P, 'Tỉnh Hưng Yên', PL_, 'Phần mềm theo dõi, đánh giá việc thực hiện trách nhiệm giải trình của các sở, UBND xã', '',
  ['B-59'], [], C('B-59') + ': theo dõi, tổng hợp, giám sát việc thực hiện trách nhiệm giải trình của cơ quan, đơn vị; ' + D2 + '.')
r(P, 'Tỉnh Cà Mau', PL_, 'Thuê giải pháp AI mô phỏng kịch bản biến đổi khí hậu, nước biển dâng, xâm nhập mặn',
  'Tự huấn luyện mô hình dự báo từ dữ liệu khí tượng thủy văn của tỉnh.',
  ['B-40'], [], C('B-40') + ': phần mềm ứng dụng AI dùng chung hỗ trợ nghiệp vụ ứng phó biến đổi khí hậu, cho phép đơn vị tùy biến; ' + D2 + '.')

r(P, 'Tỉnh Quảng Trị (Thanh tra tỉnh)', PL_, 'Hệ thống nghiệp vụ thanh tra tỉnh – phân hệ tiếp công dân, xử lý đơn KNTC và phân hệ quản lý đoàn thanh tra',
  'Một phần mềm dùng chung cho Thanh tra tỉnh, thanh tra sở và UBND xã: sổ tiếp dân, xử lý đơn, kế hoạch, kết luận thanh tra.',
  ['B-55', 'B-56'], [], 'Hai phân hệ lặp hai nền tảng: ' + C('B-55') + ' và ' + C('B-56') + '; cả hai thống nhất từ trung ương đến địa phương; ' + D2 + '.')
r(D, 'Đảng ủy phường Hồng Gai (Quảng Ninh)', PL_, 'Phần mềm tổng thể Đảng ủy phường: QLVB đảng + quản lý hồ sơ đảng viên', '',
  ['B-19', 'B-20'], [], 'Phân hệ văn bản lặp ' + C('B-19') + '; phân hệ đảng viên lặp ' + C('B-20') + '; ' + D2 + '.')
r(P, 'Tỉnh Lâm Đồng', PL_, 'App định danh công dân Lâm Đồng – cấp tài khoản định danh, xác thực, ví giấy tờ cá nhân', '',
  ['A-02', 'A-03'], [], 'Cấp danh tính số, xác thực lặp ' + C('A-03') + '; ví giấy tờ và kênh di động lặp ' + C('A-02') + '; ' + D2 + '.')

# ---- prune redundant owner rows of ministries (keep one owner row per owning agency) ----
def _pids(why):
    return set(re.findall(r'mục ([AB]) STT (\d+)', why))
_neg_refs = collections.Counter()
for row in ROWS:
    if not row[5] and not row[6] and 'là chủ quản' not in row[7]:
        for g, n in _pids(row[7]):
            _neg_refs[(g, n)] += 1
_kept_owner = set()
_new = []
for row in ROWS:
    kind, agency, status, name, desc, exp, nat, why = row
    if kind == M and not exp and not nat and 'là chủ quản' in why:
        owner = why.split(' là chủ quản')[0]
        ps = _pids(why)
        if owner in _kept_owner and ps and all(_neg_refs[p] > 0 for p in ps):
            continue
        _kept_owner.add(owner)
    _new.append(row)
ROWS[:] = _new

CASES = []
for i, (kind, agency, status, name, desc, exp, nat, why) in enumerate(ROWS, 1):
    CASES.append({'id': 'K%03d' % i, 'kind': kind, 'agency': agency, 'status': status,
                  'name': name, 'description': desc, 'expected': exp,
                  'expected_national': nat, 'why': why})

# ---- apply overrides (descriptions, statuses, vendor-only names, retiring labels) ----
import importlib.util, os
_spec = importlib.util.spec_from_file_location('ov', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'overlap_blind4_overrides.py'))
ov = importlib.util.module_from_spec(_spec); _spec.loader.exec_module(ov)
_byid = {c['id']: c for c in CASES}
for k, v in ov.DESC.items():
    assert not _byid[k]['description'], k
    _byid[k]['description'] = v
for k, v in ov.STATUS.items():
    _byid[k]['status'] = v
for k, v in ov.NAME.items():
    _byid[k]['name'] = v
for k, v in ov.DESC2.items():
    _byid[k]['description'] = v
for k, (exp, why) in ov.EXPECTED.items():
    for pid in PLAT:
        why = why.replace('{%s}' % pid, C(pid))
    _byid[k]['expected'] = exp
    _byid[k]['why'] = why
CASES = [c for c in CASES if c['id'] not in ov.REMOVE]
for i, c in enumerate(CASES, 1):
    c['id'] = 'K%03d' % i
# status rebalance (final ids): keep status from predicting the label
_FINAL_STATUS = {}
for _k in ['K016', 'K034', 'K037', 'K042', 'K047', 'K053', 'K054', 'K060', 'K061', 'K075', 'K077', 'K080', 'K083',
           'K086', 'K088', 'K093', 'K109', 'K117', 'K119', 'K125', 'K126', 'K128', 'K129', 'K141', 'K145', 'K151',
           'K222', 'K229', 'K236', 'K237', 'K251', 'K266', 'K277']:
    _FINAL_STATUS[_k] = 'existing'
_FINAL_STATUS['K123'] = 'expanding'
_NEG_RETIRE = {'K079', 'K238', 'K087'}
for c in CASES:
    if c['id'] in _FINAL_STATUS:
        assert c['expected'] or c['expected_national'], c['id']
        c['status'] = _FINAL_STATUS[c['id']]
    if c['id'] in _NEG_RETIRE:
        assert not c['expected'] and not c['expected_national'], c['id']
        c['status'] = 'retiring'

ABOUT = (
    'Bộ kiểm thử mù blind4: các dòng kiểm kê HTTT do cơ quan tự khai (viết theo văn phong kế hoạch mua sắm, dự toán, báo cáo CNTT, '
    'đề xuất của nhà cung cấp, và cách ghi vắn tắt/không dấu của văn thư), gán nhãn chỉ từ văn bản nguồn, không đọc mã hay dữ liệu của dự án. '
    'Quy tắc: (1) expected = mã A-nn/B-nn theo thứ tự STT trong 1132/QĐ-TTg Phụ lục II mục A/B khi thành phần lặp chức năng, mục tiêu và phạm vi của nền tảng (Điều 2 khoản 2), '
    'bất kể nền tảng đã vận hành hay chưa; (2) cơ quan chủ quản vận hành, nâng cấp nền tảng của mình -> []; '
    '(3) thành phần mà khung kiến trúc tham chiếu 3090/QĐ-BKHCN Phụ lục I giao đúng loại cơ quan đó xây (LGSP, kho dữ liệu, IOC, dashboard, QLVB, Nền tảng AI cấp bộ/tỉnh, Bàn làm việc số, HTTT chuyên ngành Đảng/Quốc hội/Mặt trận/Tòa án, hạ tầng ICT cấp xã, giải pháp kinh tế số/xã hội số) -> []; '
    '(4) bộ kết nối, đăng nhập, đồng bộ, nhập liệu, cấp tài khoản để dùng một nền tảng quốc gia -> []; '
    '(5) hệ thống chỉ trùng chữ nhưng khác mục đích, hoặc chỉ nói nơi đặt/đối tượng phục vụ (kiosk, màn hình, wifi, camera) -> []; '
    '(6) hệ thống giải quyết TTHC của tỉnh/xã cho lĩnh vực của một bộ -> hàng B (STT 3-17) của bộ đó, theo 4577/BKHCN mục 1 (hệ thống của bộ kéo dài tới địa phương); HTTT giải quyết TTHC cấp tỉnh hiện có dùng chung -> [] theo ghi chú 3090 Phụ lục I mục 6; '
    '(7) hệ thống có yêu cầu đặc thù quốc phòng, an ninh, cơ yếu -> [] (ngoại lệ 1132 Điều 2 khoản 2); '
    '(8) expected_national = tên thành phần dùng chung quốc gia trong 3090 Phần II mục 3 không có trong 1132 (email công vụ, V-APEX, Nền tảng AI, Bình dân học vụ số, chữ ký số chuyên dùng, mạng TSLCD, mạng diện rộng của Đảng...), theo đúng tên văn bản; '
    '(9) hệ thống đang dừng (retiring) vẫn ghi nền tảng mà nó lặp chức năng; việc dừng để chuyển sang hệ thống dùng chung của tỉnh -> []; '
    '(10) trường hợp văn bản để ngỏ (họp trực tuyến và hệ thống báo cáo cấp tỉnh/bộ, quản lý cán bộ/KH&CN/thanh tra cấp bộ, TTHC quốc phòng ở xã...) bị loại khỏi bộ. '
    'Tạo bằng build.py (+ overrides.py cho mô tả, trạng thái, tên sản phẩm). Nguồn: 1132/QĐ-TTg (24/6/2026) Điều 2, Phụ lục II; 3090/QĐ-BKHCN Phần II mục 3, Phụ lục I; 5441/BKHCN-CĐSQG mục 2.2; 4577/BKHCN-CĐSQG mục 1-3; 05-QĐ/BCĐTW.')


def nfc(o):
    if isinstance(o, str):
        return unicodedata.normalize('NFC', o)
    if isinstance(o, list):
        return [nfc(x) for x in o]
    if isinstance(o, dict):
        return {k: nfc(v) for k, v in o.items()}
    return o


doc = nfc({'about': ABOUT, 'cases': CASES})
with open('/work/blind4/overlap_blind4.json', 'w', encoding='utf-8') as f:
    json.dump(doc, f, ensure_ascii=False, indent=1)

# ---- validation ----
d = json.load(open('/work/blind4/overlap_blind4.json', encoding='utf-8'))
ids = [c['id'] for c in d['cases']]
assert len(ids) == len(set(ids))
for c in d['cases']:
    for e in c['expected']:
        assert e in PLAT, e
    for n in c['expected_national']:
        assert n in NATIONAL, n
    assert c['kind'] in {P, M, X, D, Q, F, O} and c['status'] in {E, PL_, XP, R}
    for k, v in c.items():
        if isinstance(v, str):
            assert v == unicodedata.normalize('NFC', v)
print('cases', len(ids))
print('kind', collections.Counter(c['kind'] for c in d['cases']))
print('status', collections.Counter(c['status'] for c in d['cases']))
pos = sum(1 for c in d['cases'] if c['expected'] or c['expected_national'])
print('positives', pos, round(pos / len(ids), 3), 'nat-pos', sum(1 for c in d['cases'] if c['expected_national']))
for c in d['cases']:
    for e in c['expected']:
        own = PLAT[e][1]
        assert own.lower() not in c['agency'].lower(), (c['id'], e)
print('multi', sum(1 for c in d['cases'] if len(c['expected']) > 1))
print('empty desc', sum(1 for c in d['cases'] if not c['description']))
cov = set(e for c in d['cases'] for e in c['expected'])
print('platform ids positive', len(cov), 'missing', sorted(set(PLAT) - cov))
