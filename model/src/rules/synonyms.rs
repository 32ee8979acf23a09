//! The words agencies use for what the catalogue names otherwise.
//!
//! Inventories say "một cửa điện tử", "eOffice", "app công dân" or "SOC"; the catalogue says
//! "giải quyết thủ tục hành chính", "quản lý văn bản và điều hành", "VNeID" and "giám sát an
//! toàn thông tin mạng". Two tables bridge them, both read on the component's side only (the
//! catalogue's own words stay as the documents give them):
//!
//! - [`ABBREVIATIONS`] are single words written out where they stand ("TTHC" becomes "thủ tục
//!   hành chính"), since the catalogue never uses the short form.
//! - [`SYNONYMS`] are phrases whose catalogue wording is *added* next to the original, so that
//!   a phrase the catalogue itself uses still matches as written.
//!
//! Every entry is a general equivalence of administrative Vietnamese, never a fix for one
//! inventory row. An agency's own document-management system (eOffice, "quản lý văn bản") is
//! deliberately *not* mapped to the national document exchange axis: only exchanging
//! documents between agencies ("liên thông văn bản", "gửi nhận văn bản") is what A-04 does, and
//! the catalogue's own capability terms already say so.

/// Abbreviations and their expansions. Matching is on folded words, so case and diacritics do
/// not matter ("tthc", "TTHC").
pub const ABBREVIATIONS: &[(&str, &str)] = &[
    ("TTHC", "thủ tục hành chính"),
    ("DVC", "dịch vụ công"),
    ("DVCTT", "dịch vụ công trực tuyến"),
    ("CSDL", "cơ sở dữ liệu"),
    ("ATTT", "an toàn thông tin"),
    ("ANM", "an ninh mạng"),
    ("HTTT", "hệ thống thông tin"),
    ("CBCCVC", "cán bộ công chức viên chức"),
    ("CBCC", "cán bộ công chức"),
    ("VBQPPL", "văn bản quy phạm pháp luật"),
    ("QPPL", "quy phạm pháp luật"),
    ("KHCN", "khoa học công nghệ"),
    ("KH&CN", "khoa học công nghệ"),
    ("ĐMST", "đổi mới sáng tạo"),
    ("QLVB", "quản lý văn bản"),
    ("VTLT", "văn thư lưu trữ"),
    ("ATTP", "an toàn thực phẩm"),
    ("KNTC", "khiếu nại tố cáo"),
    ("BHXH", "bảo hiểm xã hội"),
    ("NSNN", "ngân sách nhà nước"),
    ("PCTN", "phòng chống tham nhũng"),
    ("TTĐTLNH", "thanh toán điện tử liên ngân hàng"),
    ("eGP", "đấu thầu qua mạng"),
    ("eOffice", "quản lý văn bản và điều hành"),
    ("iOffice", "quản lý văn bản và điều hành"),
    ("elearning", "dạy học trực tuyến"),
    ("chatbot", "trợ lý ảo"),
    ("callbot", "trợ lý ảo"),
    ("firewall", "tường lửa"),
];

/// Phrases and the catalogue wording added next to them.
pub const SYNONYMS: &[(&str, &str)] = &[
    // Administrative procedures (A-01, B-02 … B-17).
    ("một cửa điện tử", "giải quyết thủ tục hành chính"),
    ("một cửa liên thông", "giải quyết thủ tục hành chính"),
    ("bộ phận một cửa", "giải quyết thủ tục hành chính"),
    ("hệ thống một cửa", "giải quyết thủ tục hành chính"),
    ("phần mềm một cửa", "giải quyết thủ tục hành chính"),
    ("cổng dịch vụ công", "dịch vụ công trực tuyến"),
    ("dịch vụ công trực tuyến", "cổng dịch vụ công"),
    ("nộp hồ sơ trực tuyến", "dịch vụ công trực tuyến"),
    // Issuing a licence is an administrative procedure.
    ("cấp giấy phép", "giải quyết thủ tục hành chính"),
    // Security operations and network defence.
    ("SOC", "giám sát an toàn thông tin mạng"),
    (
        "trung tâm giám sát an toàn thông tin",
        "giám sát an toàn thông tin mạng",
    ),
    (
        "giám sát an toàn thông tin",
        "giám sát an toàn thông tin mạng",
    ),
    ("giám sát an toàn an ninh mạng", "giám sát an ninh mạng"),
    (
        "điều hành an toàn thông tin",
        "trung tâm điều hành an ninh mạng",
    ),
    ("điều hành an ninh mạng", "trung tâm điều hành an ninh mạng"),
    ("chống tấn công ddos", "chống ddos"),
    // E-procurement (B-28).
    ("đấu thầu qua mạng", "mạng đấu thầu"),
    ("đấu thầu trực tuyến", "đấu thầu qua mạng"),
    ("mua sắm công trực tuyến", "mua sắm trực tuyến"),
    // The citizen app.
    ("app công dân", "vneid"),
    ("ứng dụng công dân", "vneid"),
    ("công dân số", "vneid"),
    ("ví giấy tờ điện tử", "vneid"),
    ("chi trả trợ cấp", "chi trả an sinh xã hội"),
    // Identification and authentication (A-03). Digital signing is not identification: "chữ
    // ký số" is deliberately absent.
    ("xác thực người dùng", "định danh và xác thực điện tử"),
    ("xác thực tài khoản", "định danh và xác thực điện tử"),
    ("xác thực một lần", "đăng nhập một lần"),
    ("đăng nhập tập trung", "xác thực tập trung"),
    ("quản lý định danh", "định danh điện tử"),
    ("quản lý danh tính", "định danh điện tử"),
    ("danh tính số", "định danh điện tử"),
    // Agencies' own document management: mapped to the catalogue's own wording for it, never
    // to the national exchange axis A-04.
    ("văn phòng điện tử", "quản lý văn bản và điều hành"),
    ("quản lý văn bản điều hành", "quản lý văn bản và điều hành"),
    (
        "quản lý văn bản và hồ sơ công việc",
        "quản lý văn bản và điều hành",
    ),
    ("trục liên thông văn bản", "liên thông văn bản điện tử"),
    ("trục văn bản", "liên thông văn bản điện tử"),
    // Integration and data sharing.
    ("LGSP", "nền tảng tích hợp chia sẻ dữ liệu"),
    ("trục LGSP", "nền tảng tích hợp chia sẻ dữ liệu"),
    ("trục tích hợp", "trục tích hợp dữ liệu"),
    ("trục liên thông dữ liệu", "trục tích hợp dữ liệu"),
    (
        "nền tảng kết nối chia sẻ dữ liệu",
        "nền tảng tích hợp chia sẻ dữ liệu",
    ),
    // Cloud, virtual assistants, data dictionary.
    ("đám mây", "điện toán đám mây"),
    ("private cloud", "điện toán đám mây"),
    ("trợ lý số", "trợ lý ảo"),
    ("trợ lý thông minh", "trợ lý ảo"),
    ("hỏi đáp trực tuyến tự động", "hỏi đáp tự động"),
    ("danh mục dùng chung", "chuẩn dữ liệu dùng chung"),
    ("cơ sở dữ liệu", "kho dữ liệu"),
    ("danh mục điện tử dùng chung", "chuẩn dữ liệu dùng chung"),
    // Open data.
    ("cổng dữ liệu mở", "dữ liệu mở"),
    ("công khai dữ liệu mở", "công bố dữ liệu mở"),
    // Law (A-16, A-17, B-43).
    ("văn bản pháp luật", "tra cứu pháp luật"),
    ("phổ biến giáo dục pháp luật", "phổ biến pháp luật"),
    // Civil servants (B-29), labour (B-30, B-31), archives (B-32).
    ("quản lý cán bộ", "quản lý cán bộ công chức viên chức"),
    ("hồ sơ cán bộ", "hồ sơ cán bộ công chức viên chức"),
    ("quản lý công chức", "quản lý cán bộ công chức viên chức"),
    ("quản lý viên chức", "quản lý cán bộ công chức viên chức"),
    ("tìm kiếm việc làm", "kết nối việc làm"),
    ("giới thiệu việc làm", "kết nối việc làm"),
    ("lưu trữ lịch sử", "tài liệu lưu trữ"),
    ("lưu trữ hồ sơ điện tử", "lưu trữ điện tử"),
    ("cổng việc làm", "sàn giao dịch việc làm"),
    ("trang việc làm", "sàn giao dịch việc làm"),
    ("kho lưu trữ", "lưu trữ số"),
    // Health (B-33), education (B-35, B-36).
    ("hồ sơ sức khỏe", "sổ sức khỏe điện tử"),
    ("sổ sức khoẻ", "sổ sức khỏe điện tử"),
    ("tiêm chủng", "quản lý tiêm chủng"),
    ("học trực tuyến", "dạy học trực tuyến"),
    ("học tập trực tuyến", "dạy học trực tuyến"),
    // Business registration (B-23), tax (B-27), budget (B-52), auctions (B-22).
    ("đăng ký kinh doanh", "đăng ký doanh nghiệp"),
    ("khai thuế", "kê khai thuế"),
    ("nộp thuế", "người nộp thuế"),
    ("đấu giá", "đấu giá tài sản"),
    // Complaints and petitions (B-55), inspection (B-56), asset declaration (B-57).
    ("tiếp dân", "tiếp công dân"),
    ("đơn thư", "xử lý đơn thư"),
    ("khiếu nại", "giải quyết khiếu nại tố cáo"),
    ("tố cáo", "giải quyết khiếu nại tố cáo"),
    ("kê khai tài sản", "kê khai tài sản thu nhập"),
    // Party cadres (B-20): "cán bộ diện Ban Thường vụ Tỉnh ủy quản lý".
    ("cán bộ diện", "quản lý cán bộ diện trung ương quản lý"),
    ("thanh tra", "nghiệp vụ thanh tra"),
    // Agriculture and environment (B-37 … B-41), tourism (B-45), traffic (B-54).
    ("dịch bệnh gia súc", "phòng chống dịch bệnh động vật"),
    ("dịch bệnh động vật", "phòng chống dịch bệnh động vật"),
    ("sinh vật gây hại", "cảnh báo dự báo sinh vật gây hại"),
    ("phòng chống thiên tai", "cảnh báo thiên tai"),
    ("cảnh báo lũ", "cảnh báo bão lũ"),
    ("khí tượng thủy văn", "dự báo khí tượng thủy văn"),
    ("du lịch số", "du lịch thông minh"),
    ("khán giả xem truyền hình", "khán giả truyền hình"),
    ("thu phí không dừng", "thu phí điện tử không dừng"),
    ("giao thông thông minh", "điều hành giao thông"),
];

/// Phrases whose words mean something else together than apart: inside one of these, no
/// catalogue phrase may start. "Hội nghị truyền hình trực tuyến" is video conferencing, not the
/// online television of B-61; "đèn giao thông thông minh" are smart traffic lights, not the
/// intelligent transport platform of B-54.
pub const MASKS: &[&str] = &[
    "hội nghị truyền hình",
    "truyền hình hội nghị",
    "họp truyền hình",
    "đèn giao thông",
    "đèn tín hiệu giao thông",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    #[test]
    fn no_entry_maps_to_itself_or_repeats() {
        let mut seen = std::collections::HashSet::new();
        for (a, b) in SYNONYMS.iter().chain(ABBREVIATIONS) {
            assert_ne!(fold(a), fold(b), "{a}");
            assert!(seen.insert(fold(a)), "{a} twice");
        }
    }

    #[test]
    fn document_management_is_never_mapped_to_the_exchange_axis() {
        for (a, b) in SYNONYMS.iter().chain(ABBREVIATIONS) {
            let (a, b) = (fold(a), fold(b));
            if a.contains("quan ly van ban") || a.contains("office") || a.contains("van phong") {
                assert!(
                    !b.contains("lien thong") && !b.contains("truc"),
                    "{a} → {b}"
                );
            }
        }
    }
}
