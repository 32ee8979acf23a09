//! `rules::check` end to end on a 1000-row inventory: the synthetic framework of
//! `model::synth` (1.5 connections per component), every fourth row renamed after a system
//! agencies really run and given a one-sentence description, as inventories have them. The
//! issue's budget is 10 ms natively for a first check; the editor re-checks after every edit. `cargo bench -p model --bench check` prints the figures.

use model::catalogue::Date;
use model::document::Document;
use model::{rules, synth, Catalogue};

fn main() {
    divan::main();
}

/// Names and descriptions from real inventories: duplicates of national platforms, elements
/// the reference architecture asks for, and ordinary sector software.
const REALISTIC: [(&str, &str); 12] = [
    (
        "Hệ thống một cửa điện tử cấp tỉnh",
        "Tiếp nhận, xử lý, trả kết quả hồ sơ thủ tục hành chính cho các sở và xã",
    ),
    (
        "App công dân số tỉnh",
        "Ứng dụng di động cho người dân nhận thông báo, gửi phản ánh",
    ),
    (
        "Trung tâm giám sát an toàn thông tin mạng (SOC)",
        "Giám sát 24/7, phát hiện tấn công, phân tích mã độc",
    ),
    (
        "Hệ thống quản lý văn bản và điều hành (eOffice)",
        "Quản lý văn bản đến, đi; liên thông qua Trục liên thông văn bản quốc gia",
    ),
    (
        "Hệ thống đấu thầu qua mạng của Sở Tài chính",
        "Đăng tải kế hoạch lựa chọn nhà thầu, phát hành hồ sơ mời thầu",
    ),
    (
        "Cổng dịch vụ công tỉnh",
        "Nộp hồ sơ, thanh toán phí và nhận kết quả trực tuyến",
    ),
    (
        "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)",
        "Kết nối, chia sẻ dữ liệu giữa các sở, kết nối NDXP và NDOP",
    ),
    (
        "Phần mềm quản lý hồ sơ cán bộ, công chức, viên chức",
        "Lý lịch, quá trình công tác, đào tạo, khen thưởng",
    ),
    (
        "Hệ thống quản lý đất đai",
        "Hồ sơ địa chính, biến động đất đai, bản đồ địa chính",
    ),
    (
        "Trung tâm dữ liệu tỉnh",
        "Máy chủ, lưu trữ, ảo hóa cho các hệ thống dùng chung",
    ),
    (
        "Phần mềm quản lý chuyên ngành y tế của Sở Y tế",
        "Quản lý cơ sở khám chữa bệnh, hành nghề y dược",
    ),
    (
        "Bảng thông tin điều hành (Dashboard) của UBND tỉnh",
        "Trực quan hóa số liệu kinh tế - xã hội cho lãnh đạo",
    ),
];

fn inventory(n: usize) -> Document {
    let mut doc = synth::framework(n, 1.5);
    doc.agency = "Tỉnh Lâm Đồng".into();
    for (i, c) in doc
        .components
        .iter_mut()
        .enumerate()
        .filter(|(i, _)| i % 4 == 0)
    {
        let (name, description) = REALISTIC[(i / 4) % REALISTIC.len()];
        c.name = format!("{name} {i}");
        c.description = description.into();
    }
    doc
}

/// A first check, as after an import: no component text seen before. The previous
/// iteration's texts are forgotten before the timer starts (one iteration per sample, so the
/// cache is empty for each), since freeing them is not part of checking a new inventory.
#[divan::bench(args = [100, 1000, 5000], sample_count = 30, sample_size = 1)]
fn check(bencher: divan::Bencher, n: usize) {
    let cat = Catalogue::get().as_of(Date {
        year: 2026,
        month: 11,
        day: 23,
    });
    let doc = inventory(n);
    bencher
        .with_inputs(rules::analysis::forget_component_texts)
        .bench_values(|()| rules::check(divan::black_box(&doc), &cat).len());
}

/// The check the editor runs after one edit: one component renamed, every other one's text
/// derived by the check before.
#[divan::bench(args = [300, 1000], sample_count = 30)]
fn check_after_one_edit(bencher: divan::Bencher, n: usize) {
    let cat = Catalogue::get().as_of(Date {
        year: 2026,
        month: 11,
        day: 23,
    });
    let mut doc = inventory(n);
    rules::check(&doc, &cat);
    let mut edit = 0usize;
    bencher.bench_local(|| {
        edit += 1;
        doc.components[n / 2].name = format!("Hệ thống quản lý văn bản {edit}");
        rules::check(divan::black_box(&doc), &cat).len()
    });
}

#[divan::bench(sample_count = 30)]
fn check_and_score_1000(bencher: divan::Bencher) {
    let cat = Catalogue::get().as_of(Date {
        year: 2026,
        month: 11,
        day: 23,
    });
    let doc = inventory(1000);
    bencher.bench(|| {
        let a = rules::Analysis::new(divan::black_box(&doc), &cat);
        let f = rules::check_with(&a);
        rules::kpi_scores_with(&a, &f).len()
    });
}
