//! Duplication of a national shared component that 1132/QĐ-TTg does not list: 3090/QĐ-BKHCN
//! Phần II.3.
//!
//! The model of 3090/QĐ-BKHCN Phần II.3 names shared components beside the 79 platforms of
//! 1132/QĐ-TTg: the unified official e-mail, the national online meeting platform, the
//! specialised digital-signature certification service of Ban Cơ yếu Chính phủ, the gateway to
//! public certification services, the national data centre, the national reporting system, Bình
//! dân học vụ số (`seeds/national_components.json`).
//! They are "xây dựng trên nguyên tắc dùng chung để tránh trùng lặp, lãng phí" (Phần II.3.c), so
//! an agency building its own is reported, as a finding of kind `national_component` that cites
//! 3090, apart from the `overlap` findings, which 1132 Điều 2 governs.
//!
//! What is *not* reported, as for overlaps: a reused platform, the component's owner's own
//! component, a system that may have the special requirements of defence or cipher (a
//! military e-mail on the defence network; `seeds/vocabulary.json`, `special_requirements`),
//! a component that stands for an element of the agency's reference architecture,
//! a national component whose function the reference architecture gives that kind of agency
//! to build (`built_by`: a province runs "Họp trực tuyến" among its office applications, a
//! commune's ICT layer includes video conferencing), and one that does not serve that kind of
//! agency (`kinds`: the national reporting system serves the state administration).
//!
//! # Severity
//! 3090/QĐ-BKHCN is an architecture to follow, not the ban of 1132 Điều 2: new, expanding and
//! existing duplicates are `warning`s; a retiring one, or one with a recorded exemption, is
//! `info`.

use super::overlap::{matches_of, THRESHOLD};
use super::phrase_index::{Origin, PlatformIndex, Target};
use super::vocabulary::{vocabulary, Vocabulary};
use super::{Analysis, Finding, FindingKind, Rule, Severity};
use crate::catalogue::{Catalogue, Source};
use crate::document::{Document, Status};
use serde::Deserialize;

/// The rule id.
pub const RULE_ID: &str = "3090-national-component";

/// The seed, embedded at compile time.
pub const SEED: &str = include_str!("../../../seeds/national_components.json");

/// The rule as [`super::check`] runs it; it counts towards KPI-1, architecture compliance.
pub const RULE: Rule = Rule {
    ids: &[RULE_ID],
    kpi_group: "KPI-1",
    check,
    run,
    units,
};

/// A national shared component of 3090/QĐ-BKHCN Phần II.3 that 1132/QĐ-TTg does not list.
#[derive(Debug, Clone, Deserialize)]
pub struct NationalComponent {
    /// Its id (`QG-THU-DIEN-TU`).
    pub id: String,
    /// Its name in 3090.
    pub name: String,
    /// Its layer, 1–4.
    pub layer: u8,
    /// The agency the documents name as its owner, or empty.
    #[serde(default)]
    pub owner: String,
    /// Whether it serves officials only ("cơ quan, đơn vị, cá nhân trong hệ thống chính
    /// trị"): a component whose text names only the public as its users does not duplicate it.
    #[serde(default)]
    pub officials_only: bool,
    /// Whether agencies use it by connecting their own part to it (a network): then naming it
    /// says nothing, and only a component that says it replaces it ("thay mạng TSLCD")
    /// duplicates it.
    #[serde(default)]
    pub only_when_replaced: bool,
    /// Other names it goes by.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The phrases that name its function in an inventory.
    pub terms: Vec<String>,
    /// Reference-architecture elements that give the function to a kind of agency.
    #[serde(default)]
    pub built_by: Vec<String>,
    /// The kinds of agency it serves (`ministry`, …); empty for every kind.
    #[serde(default)]
    pub kinds: Vec<String>,
    /// Where 3090 describes it.
    pub source: Source,
}

#[derive(Deserialize)]
struct File {
    components: Vec<NationalComponent>,
}

/// The components and their phrase index, built once.
struct Prepared {
    components: Vec<NationalComponent>,
    index: PlatformIndex,
}

fn prepared() -> &'static Prepared {
    static P: std::sync::OnceLock<Prepared> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        let components = serde_json::from_str::<File>(SEED)
            .unwrap_or_else(|e| panic!("seeds/national_components.json: {e}"))
            .components;
        let targets: Vec<Target> = components
            .iter()
            .map(|c| Target {
                id: &c.id,
                name: &c.name,
                acronym: None,
                terms: c.terms.iter().map(|t| (t.as_str(), Origin::Term)).collect(),
            })
            .collect();
        let index = PlatformIndex::of(&targets);
        Prepared { components, index }
    })
}

/// The national components of `seeds/national_components.json`.
pub fn components() -> &'static [NationalComponent] {
    &prepared().components
}

/// It judges the components the agency builds itself.
fn units(a: &Analysis) -> usize {
    a.own().count()
}

/// Findings for every component `doc`'s agency builds itself that duplicates a national
/// component.
///
/// ```
/// use model::{Catalogue, document::*, rules::national_component};
/// let mut doc = Document::new("Khung", Kind::Ministry, "Bộ Y tế");
/// doc.components.push(serde_json::from_str(
///     r#"{"id":"c1","name":"Hệ thống thư điện tử công vụ của Bộ","layer":3,"status":"planned"}"#).unwrap());
/// let f = national_component::check(&doc, Catalogue::get());
/// assert_eq!(f[0].platform.as_deref(), Some("QG-THU-DIEN-TU"));
/// ```
pub fn check(doc: &Document, cat: &Catalogue) -> Vec<Finding> {
    run(&Analysis::new(doc, cat))
}

/// Whether `text` names target `target` of `index` right after words saying it takes its place.
fn replaced(index: &PlatformIndex, text: &super::reading::Text, target: usize) -> bool {
    index.find(text).iter().any(|h| {
        index.phrases[h.phrase as usize]
            .uses
            .iter()
            .any(|u| u.platform == target)
            && super::reading::replacing_before(&text.words, h.start)
    })
}

/// [`check`] on a shared analysis.
pub fn run(a: &Analysis) -> Vec<Finding> {
    let p = prepared();
    let doc = a.doc;
    let kind_elements: Vec<&str> = a
        .cat
        .reference_architecture(doc.kind.as_str())
        .map(|r| {
            r.layers
                .iter()
                .flat_map(|l| &l.elements)
                .map(|e| e.id.as_str())
                .collect()
        })
        .unwrap_or_default();
    let v = vocabulary();
    let agency = v.agency_words(&doc.agency);
    let mut out = Vec::new();
    for (i, c) in a.own() {
        if a.covering(i).is_some() {
            continue;
        }
        let found = matches_of(&p.index, a.text(i), c.status);
        if found.is_empty() {
            continue;
        }
        let c_owner = v.agency_words(&c.owner);
        // A defence or cipher system keeps its own separate network (1132/QĐ-TTg Điều 2 khoản
        // 2 exempts such special requirements from the ban on duplicates; the shared components
        // of 3090 are built for the civil administration): not reported.
        if v.may_be_special(&agency, &c_owner, &a.text(i).words) {
            continue;
        }
        let ws = &a.text(i).words;
        let for_public_only =
            Vocabulary::mentions(&v.public, ws) && !Vocabulary::mentions(&v.officials, ws);
        for m in found {
            debug_assert!(m.score >= THRESHOLD);
            let n = &p.components[m.platform];
            if n.officials_only && for_public_only {
                continue;
            }
            if n.only_when_replaced && !replaced(&p.index, a.text(i), m.platform) {
                continue;
            }
            let owner = v.agency_words(&n.owner);
            if Vocabulary::is_owner(&agency, &owner)
                || Vocabulary::is_owner(&c_owner, &owner)
                || n.built_by
                    .iter()
                    .any(|b| kind_elements.contains(&b.as_str()))
                || !(n.kinds.is_empty() || n.kinds.iter().any(|k| k == doc.kind.as_str()))
            {
                continue;
            }
            let citation = n.source.citation();
            let exemption = c
                .exemption
                .as_ref()
                .filter(|e| !e.justification.trim().is_empty());
            let (severity, exempted) = match (exemption, c.status) {
                (Some(_), _) => (Severity::Info, true),
                (None, Status::Retiring) => (Severity::Info, false),
                _ => (Severity::Warning, false),
            };
            let matched = m
                .evidence
                .iter()
                .map(|(w, f)| format!("«{w}» ({})", f.label()))
                .collect::<Vec<_>>()
                .join(", ");
            let rest = match (exemption, c.status) {
                (Some(e), _) => format!(
                    "Được miễn trừ (yêu cầu đặc thù: {}), lý do ghi nhận: «{}».",
                    e.ground.label(),
                    e.justification.trim()
                ),
                (None, Status::Retiring) => {
                    "Hệ thống đang dừng sử dụng: hãy chuyển sang thành phần dùng chung.".to_owned()
                }
                _ => "Thành phần này được xây dựng một lần, dùng chung từ trung ương đến cấp \
                      xã để tránh trùng lặp, lãng phí: hãy sử dụng thành phần dùng chung thay \
                      vì tự đầu tư, duy trì hệ thống riêng."
                    .to_owned(),
            };
            out.push(Finding {
                platform: Some(n.id.clone()),
                exempted,
                ..Finding::about(
                    c,
                    FindingKind::NationalComponent,
                    severity,
                    RULE_ID,
                    &citation,
                    format!(
                        "«{}» có chức năng tương tự {} (thành phần dùng chung quốc gia, lớp {}, \
                         {citation}): khớp {matched}. {rest}",
                        c.name, n.name, n.layer
                    ),
                )
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Kind;
    use crate::rules::test_util::*;

    fn ids(kind: Kind, agency: &str, name: &str, description: &str) -> Vec<String> {
        let d = doc(
            kind,
            agency,
            vec![own("c", name, description, Status::Planned)],
        );
        check(&d, &cat())
            .into_iter()
            .filter_map(|f| f.platform)
            .collect()
    }

    #[test]
    fn an_own_gateway_to_public_certification_duplicates_the_national_one() {
        // 3090 Phần II.3.a lists the gateway apart from the specialised certification system.
        let found = ids(
            Kind::Ministry,
            "Ngân hàng Nhà nước Việt Nam",
            "Cổng kết nối các CA công cộng",
            "",
        );
        assert_eq!(found, ["QG-CA-CONG-CONG"]);
        // Signing with a public CA's certificate uses the service.
        assert!(ids(
            Kind::Ministry,
            "Bộ Y tế",
            "Phần mềm ký số",
            "Ký số bằng chữ ký số công cộng"
        )
        .is_empty());
    }

    #[test]
    fn a_network_built_instead_of_the_special_data_network_duplicates_it() {
        assert_eq!(
            ids(
                Kind::Province,
                "Tỉnh Ninh Bình",
                "Thuê kênh truyền riêng kết nối các sở với các xã thay mạng TSLCD",
                ""
            ),
            ["QG-MANG-TSLCD"]
        );
        // The agency's own part of the network, a channel rented on it, or a connection to it
        // uses it.
        for name in [
            "Mạng truyền số liệu chuyên dùng cấp II của tỉnh",
            "Thuê kênh truyền số liệu chuyên dùng cấp II tới các xã",
            "Kết nối mạng TSLCD cho các sở",
        ] {
            assert!(
                ids(Kind::Province, "Tỉnh Ninh Bình", name, "").is_empty(),
                "{name}"
            );
        }
    }

    #[test]
    fn an_own_mail_system_duplicates_the_unified_one() {
        assert_eq!(
            ids(
                Kind::Province,
                "Tỉnh Lạng Sơn",
                "Hệ thống thư điện tử công vụ của tỉnh",
                ""
            ),
            ["QG-THU-DIEN-TU"]
        );
        assert_eq!(
            ids(Kind::Ministry, "Bộ Y tế", "Mail server nội bộ (Email)", ""),
            ["QG-THU-DIEN-TU"]
        );
    }

    #[test]
    fn words_that_fold_alike_are_told_apart_when_written_with_diacritics() {
        // "tích hợp thu phí" folds as "hộp thư" does.
        let its = "Hệ thống giao thông thông minh, tích hợp thu phí không dừng";
        assert!(ids(Kind::Province, "Tỉnh Ninh Bình", its, "").is_empty());
        assert_eq!(
            ids(
                Kind::Province,
                "Tỉnh Ninh Bình",
                "Hộp thư công vụ của tỉnh",
                ""
            ),
            ["QG-THU-DIEN-TU"]
        );
    }

    #[test]
    fn what_the_reference_architecture_gives_the_kind_is_no_finding() {
        // A province runs "Họp trực tuyến" among its office applications, a commune's ICT
        // layer holds video conferencing; a Party committee's reference architecture has neither.
        let name = "Hệ thống hội nghị truyền hình trực tuyến";
        assert!(ids(Kind::Province, "Tỉnh Sơn La", name, "").is_empty());
        assert!(ids(Kind::Commune, "Xã Tân Lập", name, "").is_empty());
        assert_eq!(
            ids(Kind::Party, "Tỉnh ủy Sơn La", name, ""),
            ["QG-HOP-TRUC-TUYEN"]
        );
    }

    #[test]
    fn the_owner_and_a_passing_mention_are_no_finding() {
        // The Government Office runs the national meeting platform (05-QĐ/BCĐTW Chương III).
        let meet = "Nâng cấp Nền tảng họp trực tuyến quốc gia";
        assert!(ids(Kind::Ministry, "Văn phòng Chính phủ", meet, "").is_empty());
        assert_eq!(
            ids(Kind::Ministry, "Bộ Y tế", meet, ""),
            ["QG-HOP-TRUC-TUYEN"]
        );
        let name = "Hệ thống chứng thực chữ ký số chuyên dùng Chính phủ";
        assert!(ids(Kind::Ministry, "Ban Cơ yếu Chính phủ", name, "").is_empty());
        assert_eq!(ids(Kind::Ministry, "Bộ Y tế", name, ""), ["QG-CHU-KY-SO"]);
        // Signing documents uses the service; it does not duplicate it.
        assert!(ids(
            Kind::Province,
            "Tỉnh Cao Bằng",
            "Phần mềm ký số tập trung",
            "Ký số văn bản trên eOffice bằng chứng thư số chuyên dùng"
        )
        .is_empty());
        assert!(ids(
            Kind::Province,
            "Tỉnh Hà Tĩnh",
            "Hệ thống đăng nhập một lần",
            "Cho cán bộ truy cập eOffice, thư điện tử"
        )
        .is_empty());
    }

    #[test]
    fn a_component_serving_the_state_administration_concerns_it_alone() {
        let name = "Hệ thống báo cáo định kỳ";
        assert_eq!(ids(Kind::Commune, "Xã Tân Lập", name, ""), ["QG-BAO-CAO"]);
        assert!(ids(Kind::Front, "Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng", name, "").is_empty());
    }

    #[test]
    fn every_component_cites_3090_and_its_built_by_elements_exist() {
        let cat = Catalogue::get();
        let known: Vec<&str> = cat
            .reference_architectures
            .iter()
            .flat_map(|r| r.layers.iter().flat_map(|l| &l.elements))
            .map(|e| e.id.as_str())
            .collect();
        for n in components() {
            assert_eq!(n.source.document, "3090/QĐ-BKHCN", "{}", n.id);
            assert!(n.source.quote.as_deref().is_some_and(|q| !q.is_empty()));
            assert!(!n.terms.is_empty() && (1..=4).contains(&n.layer));
            for b in &n.built_by {
                assert!(known.contains(&b.as_str()), "{}: {b}", n.id);
            }
            assert!(cat.platforms.iter().all(|p| p.name != n.name));
        }
    }
}
