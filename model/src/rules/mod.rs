//! The overlap and compliance engine: what Khung tells an agency about its framework.
//!
//! Every rule is a pure function `fn(&Document, &Catalogue) -> Vec<Finding>` in a file of its
//! own, with its own tests, so that each can be read next to the article it enforces:
//!
//! | rule file | rule ids | what it checks | source |
//! | --- | --- | --- | --- |
//! | [`overlap`] | `1132-art2-k2`, `1132-art2-k3`, `1132-art2-possible` | the agency's own systems do not duplicate a Group A or B platform; weaker matches are possible overlaps a person confirms or dismisses | 1132/QĐ-TTg Điều 2 khoản 2, 3 |
//! | [`national_component`] | `3090-national-component` | the agency's own systems do not duplicate a national shared component that 1132 does not list | 3090/QĐ-BKHCN Phần II.3 |
//! | [`connection`] | `3090-pl1-connects-to` | what the reference architecture has the agency build connects where the text says | 3090/QĐ-BKHCN Phụ lục I |
//! | [`data_centre`] | `3090-data-centre` | a new data centre only when truly needed | 3090/QĐ-BKHCN Phần II.4.a; Phụ lục I |
//! | [`integration`] | `3090-pl1-integration` | a ministry or province has its integration platform (LGSP) | 3090/QĐ-BKHCN Phụ lục I mục 5, 6 |
//! | [`vapex`] | `3090-vapex` | APIs are registered through V-APEX | 3090/QĐ-BKHCN Phần II.3.b |
//! | [`channels`] | `3090-channels` | both main channels, A-01 and A-02, are reused | 3090/QĐ-BKHCN Phần II.3.d |
//! | [`dashboards`] | `3090-dashboards` | dashboards for direction | 3090/QĐ-BKHCN Phần II.3.d |
//! | [`kpi_framework`] | `3090-kpi-framework` | a KPI framework | 3090/QĐ-BKHCN Phần II.3.d, III.3.4 |
//! | [`sector_agreement`] | `3090-pl1-sector-agreement` | provincial sector software has the line ministry's agreement | 3090/QĐ-BKHCN Phụ lục I mục 6 |
//! | [`commune_apps`] | `4577-commune-apps` | a commune builds no app the province already provides | 4577/BKHCN-CĐSQG mục 3 |
//! | [`single_portal`] | `3090-single-portal` | no second public-service portal | 3090/QĐ-BKHCN Phần II.3.c, d |
//!
//! [`check`] runs them all; [`kpi_scores`] turns the findings into a score per KPI group of
//! 3090/QĐ-BKHCN III.3.4. The catalogue passed in decides which platforms are operational, so
//! callers pass `Catalogue::get().as_of(day)` for the day they care about.
//!
//! Text matching is split in four: [`tokenizer`] cuts text into words, [`vocabulary`] reads the
//! word lists of `seeds/vocabulary.json`, [`reading`] prepares a component's text (synonyms,
//! abbreviations, cues) and [`phrase_index`] finds the platforms' phrases in it; which reference-architecture element a
//! component stands for is decided in [`elements`]; [`analysis`] computes each component's words
//! and element once for all rules and keeps the catalogue's indices between calls, so that a
//! 1000-row inventory is checked in a few milliseconds (`cargo bench -p model --bench check`).

pub mod analysis;
pub mod channels;
pub mod commune_apps;
pub mod connection;
pub mod dashboards;
pub mod data_centre;
pub mod elements;
pub mod integration;
pub mod kpi;
pub mod kpi_framework;
pub mod national_component;
pub mod overlap;
pub mod phrase_index;
pub mod reading;
pub mod sector_agreement;
pub mod single_portal;
pub mod texts;
pub mod tokenizer;
pub mod vapex;
pub mod vocabulary;

pub use analysis::Analysis;
pub use kpi::{kpi_scores, kpi_scores_with};

use crate::catalogue::Catalogue;
use crate::document::Document;
use serde::Serialize;

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// A component duplicates a national shared platform (1132/QĐ-TTg Điều 2).
    Overlap,
    /// A component the agency is told to build lacks a connection the text requires.
    Connection,
    /// The framework misses or breaks a requirement of 3090/QĐ-BKHCN or 4577/BKHCN-CĐSQG.
    Compliance,
    /// A weaker match with a national shared platform, for a person to confirm (then it is an
    /// overlap) or dismiss; always information, never counted as an overlap.
    PossibleOverlap,
    /// A component duplicates a national shared component of 3090/QĐ-BKHCN Phần II.3 that
    /// 1132/QĐ-TTg does not list (the unified official e-mail, the online meeting platform, …).
    NationalComponent,
}

impl FindingKind {
    /// The id used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Overlap => "overlap",
            FindingKind::Connection => "connection",
            FindingKind::Compliance => "compliance",
            FindingKind::PossibleOverlap => "possible_overlap",
            FindingKind::NationalComponent => "national_component",
        }
    }
}

/// How much a finding matters. Ordered from the most serious, so sorting puts violations first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The framework breaks a rule; `khung check` exits with 1.
    Violation,
    /// The framework must change by a date, or lacks something the texts expect.
    Warning,
    /// Shown for the record, e.g. an exempted duplication.
    Info,
}

impl Severity {
    /// The id used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Violation => "violation",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// The Vietnamese label the text report uses.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Violation => "Vi phạm",
            Severity::Warning => "Cảnh báo",
            Severity::Info => "Thông tin",
        }
    }
}

/// One thing a rule found. Serialises as the `khung check --format json` wire format: the key
/// `component` holds the component's name as the agency wrote it, because that is what a reader
/// recognises, and `component_id` holds the document's id.
///
/// A finding about the framework as a whole (a missing element) has an empty `component`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The component's id in the document; empty for a finding about the whole framework.
    #[serde(rename = "component_id")]
    pub component: String,
    /// The component's name as the agency wrote it; empty for the whole framework.
    #[serde(rename = "component")]
    pub component_name: String,
    /// What the finding is about.
    pub kind: FindingKind,
    /// The catalogue platform concerned (`A-06`, `B-28`, …), if any.
    pub platform: Option<String>,
    /// How much it matters.
    pub severity: Severity,
    /// A stable rule id such as `1132-art2-k2`, for filters and suppressions.
    pub rule: String,
    /// The citation a reader can look up: `1132/QĐ-TTg, Điều 2, khoản 2`.
    pub source: String,
    /// In Vietnamese: what matched, the rule and its citation.
    pub explanation: String,
    /// The platform's go-live as the text gives it ("Năm 2026"), when the finding is a warning
    /// that the platform is not yet operational.
    pub go_live: Option<String>,
    /// The component holds a recorded exemption (quốc phòng, an ninh, cơ yếu, pháp luật chuyên
    /// ngành); the finding is shown, not hidden.
    pub exempted: bool,
}

impl Finding {
    /// A finding about the framework as a whole, with no component.
    pub(crate) fn framework(
        kind: FindingKind,
        severity: Severity,
        rule: &str,
        source: &str,
        explanation: String,
    ) -> Finding {
        Finding {
            component: String::new(),
            component_name: String::new(),
            kind,
            platform: None,
            severity,
            rule: rule.to_owned(),
            source: source.to_owned(),
            explanation,
            go_live: None,
            exempted: false,
        }
    }

    /// A finding about one component.
    pub(crate) fn about(
        c: &crate::document::Component,
        kind: FindingKind,
        severity: Severity,
        rule: &str,
        source: &str,
        explanation: String,
    ) -> Finding {
        Finding {
            component: c.id.clone(),
            component_name: c.name.clone(),
            ..Finding::framework(kind, severity, rule, source, explanation)
        }
    }
}

impl Finding {
    /// The explanation's first sentence, which a badge's tooltip shows: up to the first full
    /// stop outside «quoted names» (a name may hold a full stop of its own), or all of it.
    ///
    /// ```
    /// # use model::rules::{Finding, FindingKind, Severity};
    /// let mut f = Finding {
    ///     component: "c".into(), component_name: "Hệ thống A.1".into(), kind: FindingKind::Overlap,
    ///     platform: None, severity: Severity::Violation, rule: String::new(), source: String::new(),
    ///     explanation: "«Hệ thống A. 1» trùng B-28. Hãy dùng B-28.".into(), go_live: None, exempted: false,
    /// };
    /// assert_eq!(f.first_line(), "«Hệ thống A. 1» trùng B-28.");
    /// ```
    pub fn first_line(&self) -> &str {
        let s = self.explanation.trim();
        let mut quoted = 0usize;
        for (i, ch) in s.char_indices() {
            match ch {
                '«' => quoted += 1,
                '»' => quoted = quoted.saturating_sub(1),
                '.' if quoted == 0 && s[i + 1..].starts_with(' ') => return &s[..=i],
                _ => {}
            }
        }
        s
    }
}

/// A rule as [`check`] and [`kpi_scores`] see it.
pub struct Rule {
    /// The rule ids its findings carry.
    pub ids: &'static [&'static str],
    /// The KPI group of 3090/QĐ-BKHCN III.3.4 it counts towards (`KPI-1` … `KPI-5`).
    pub kpi_group: &'static str,
    /// The rule itself, as a pure function of the document and the catalogue.
    pub check: fn(&Document, &Catalogue) -> Vec<Finding>,
    /// The same rule on a shared [`Analysis`], which [`check`] uses so that all rules share the
    /// text work.
    pub run: fn(&Analysis) -> Vec<Finding>,
    /// How many things it judges: components for a per-component rule, 1 for a rule about the
    /// whole framework, 0 when it does not apply to the document's kind.
    pub units: fn(&Analysis) -> usize,
}

/// Every rule, in the order the table in this module's header lists them.
pub const RULES: &[Rule] = &[
    overlap::RULE,
    national_component::RULE,
    connection::RULE,
    data_centre::RULE,
    integration::RULE,
    vapex::RULE,
    channels::RULE,
    dashboards::RULE,
    kpi_framework::RULE,
    sector_agreement::RULE,
    commune_apps::RULE,
    single_portal::RULE,
];

/// Runs every rule on `doc` against `cat` (whose `operational` flags hold on the day of
/// interest) and returns the findings sorted: by severity (violations first), then by the
/// component's position in the document (framework-wide findings first), then by rule id and
/// platform. The same inputs always give the same list.
///
/// A second-portal finding is dropped for a component that already has an overlap finding
/// against the national portal (A-01), so that one fault is reported once.
///
/// ```
/// use model::{compose, document::Kind, rules, Catalogue};
/// let cat = Catalogue::get().as_of(model::catalogue::Date { year: 2026, month: 11, day: 23 });
/// let doc = compose::from_reference(&cat, Kind::Province, "Lâm Đồng");
/// let findings = rules::check(&doc, &cat);
/// // The reference architecture itself duplicates nothing.
/// assert!(findings.iter().all(|f| f.kind != rules::FindingKind::Overlap));
/// ```
///
/// # Complexity
/// O(n · (t + e)) for n components of t words each and e elements in the reference
/// architecture, plus O(m) for m connections: platform phrases are looked up by their first
/// word, never scanned one by one, and each component's words are read once for all rules.
pub fn check(doc: &Document, cat: &Catalogue) -> Vec<Finding> {
    check_with(&Analysis::new(doc, cat))
}

/// [`check`] on an [`Analysis`] the caller keeps, e.g. to score the KPI groups with
/// [`kpi::kpi_scores_with`] without reading the components twice.
pub fn check_with(analysis: &Analysis) -> Vec<Finding> {
    let doc = analysis.doc;
    let mut out: Vec<Finding> = RULES.iter().flat_map(|r| (r.run)(analysis)).collect();
    let portal_overlaps: std::collections::HashSet<String> = out
        .iter()
        .filter(|f| f.kind == FindingKind::Overlap && f.platform.as_deref() == Some("A-01"))
        .map(|f| f.component.clone())
        .collect();
    out.retain(|f| !(f.rule == single_portal::RULE_ID && portal_overlaps.contains(&f.component)));
    sort(doc, &mut out);
    out
}

/// What the rules read of `doc`: all of it but the components' manual positions, which no rule
/// looks at. An editor that re-checks after every edit compares this to the last one and skips
/// the check after a drag.
pub fn relevant(doc: &Document) -> Document {
    let mut d = doc.clone();
    for c in &mut d.components {
        c.position = None;
    }
    d
}

/// Sorts findings as [`check`] documents.
pub(crate) fn sort(doc: &Document, findings: &mut [Finding]) {
    let position: std::collections::HashMap<&str, usize> = doc
        .components
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i + 1))
        .collect();
    crate::sort::sort_by(findings, |a, b| {
        let pa = position.get(a.component.as_str()).copied().unwrap_or(0);
        let pb = position.get(b.component.as_str()).copied().unwrap_or(0);
        (a.severity, pa, &a.rule, &a.platform, &a.explanation).cmp(&(
            b.severity,
            pb,
            &b.rule,
            &b.platform,
            &b.explanation,
        ))
    });
}

/// The component text a rule reads: name, description and capability terms.
pub(crate) fn component_text(c: &crate::document::Component) -> String {
    let mut s = String::with_capacity(c.name.len() + c.description.len() + 64);
    s.push_str(&c.name);
    s.push_str(" . ");
    s.push_str(&c.description);
    for cap in &c.capabilities {
        s.push_str(" . ");
        s.push_str(cap);
    }
    s
}

/// Folded, with punctuation as spaces and one space between words, padded with a space at
/// each end so that word sequences can be searched with `contains(" trung tam du lieu ")`.
pub(crate) fn padded(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push(' ');
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(l) = crate::text::letter(c).filter(|l| l.alnum) {
            out.push(l.folded);
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase().map(crate::text::fold_lower));
        } else if (c.is_ascii() || c.is_whitespace() || !crate::text::is_mark(c))
            && !out.ends_with(' ')
        {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// Whether the words `ws` (as [`vocabulary::words`] and [`reading::Text`] give them: folded,
/// function words dropped) hold any of the word sequences `phrases`.
pub(crate) fn says(ws: &[tokenizer::Word], phrases: &[&[&str]]) -> bool {
    phrases.iter().any(|p| {
        !p.is_empty()
            && ws
                .windows(p.len())
                .any(|w| w.iter().zip(p.iter()).all(|(a, b)| a.folded == *b))
    })
}

/// Whether the padded text `hay` holds any of the folded word sequences `needles` (each
/// written with a space at both ends).
pub(crate) fn mentions(hay: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| hay.contains(n))
}

/// The citation of `kind`'s reference-architecture element whose id ends with `suffix`, or of
/// its note with that suffix, else `fallback`.
pub(crate) fn citation(
    cat: &Catalogue,
    kind: crate::document::Kind,
    suffix: &str,
    fallback: &str,
) -> String {
    cat.reference_architecture(kind.as_str())
        .and_then(|r| {
            r.layers
                .iter()
                .flat_map(|l| &l.elements)
                .find(|e| e.id.ends_with(suffix))
                .map(|e| e.source.citation())
                .or_else(|| {
                    r.notes
                        .iter()
                        .find(|n| n.id.ends_with(suffix))
                        .map(|n| n.source.citation())
                })
        })
        .unwrap_or_else(|| fallback.to_owned())
}

#[cfg(test)]
pub(crate) mod test_util {
    //! Builders for the rules' unit tests.

    use crate::catalogue::{Catalogue, Date};
    use crate::document::{Component, Connection, Direction, Document, Kind, Status};

    /// The catalogue on the day these tests were written, 2026-11-23: A-02, A-04, A-06, B-28
    /// are operational; A-01, A-03, A-05, A-13 are not (they start in 2026 or later).
    pub(crate) fn cat() -> Catalogue {
        Catalogue::get().as_of(Date {
            year: 2026,
            month: 11,
            day: 23,
        })
    }

    /// An own component (no platform) on layer 3.
    pub(crate) fn own(id: &str, name: &str, description: &str, status: Status) -> Component {
        Component {
            id: id.into(),
            name: name.into(),
            description: description.into(),
            layer: 3,
            status,
            owner: String::new(),
            capabilities: vec![],
            platform: None,
            position: None,
            exemption: None,
        }
    }

    /// A component reusing catalogue platform `p`.
    pub(crate) fn reuse(id: &str, p: &str) -> Component {
        let plat = Catalogue::get().platform(p).expect("platform exists");
        Component {
            id: id.into(),
            name: plat.name.clone(),
            description: String::new(),
            layer: plat.layer,
            status: Status::Existing,
            owner: plat.owner.clone(),
            capabilities: vec![],
            platform: Some(p.into()),
            position: None,
            exemption: None,
        }
    }

    /// A connection `from` → `to`.
    pub(crate) fn link(from: &str, to: &str) -> Connection {
        Connection {
            id: format!("{from}->{to}"),
            from: from.into(),
            to: to.into(),
            label: String::new(),
            direction: Direction::Forward,
        }
    }

    /// A document of `kind` for `agency` holding `components`.
    pub(crate) fn doc(kind: Kind, agency: &str, components: Vec<Component>) -> Document {
        let mut d = Document::new("Khung thử", kind, agency);
        d.components = components;
        d
    }
}

#[cfg(test)]
mod tests {
    use super::test_util::*;
    use super::*;
    use crate::document::{Kind, Status};

    #[test]
    fn no_rule_reads_positions() {
        // The editor skips the check after a drag on the strength of this.
        let mut d =
            crate::compose::from_reference(Catalogue::get(), Kind::Province, "Tỉnh Lâm Đồng");
        d.components.push(own(
            "c",
            "Hệ thống một cửa điện tử tỉnh",
            "",
            Status::Planned,
        ));
        let before = check(&d, &cat());
        assert!(!before.is_empty());
        for (i, c) in d.components.iter_mut().enumerate() {
            c.position = Some(crate::document::Point {
                x: i as f32 * 37.0,
                y: 900.0 - i as f32,
            });
        }
        assert_eq!(check(&d, &cat()), before);
        assert_eq!(check(&relevant(&d), &cat()), before);
        assert!(relevant(&d).components.iter().all(|c| c.position.is_none()));
    }

    #[test]
    fn padded_folds_as_the_text_module_does() {
        for s in [
            "Cổng Dịch vụ công – Bộ Công an (A-01)",
            "ĐẢNG ủy xã  Tân Hòa",
            "Đã được Bộ Y tế thống nhất",
        ] {
            let theirs: Vec<String> = crate::text::fold(s)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect();
            assert_eq!(padded(s), format!(" {} ", theirs.join(" ")));
        }
    }

    #[test]
    fn finding_serialises_as_the_wire_format() {
        let c = own("c1", "Cổng DVC tỉnh", "", Status::Planned);
        let f = Finding::about(
            &c,
            FindingKind::Overlap,
            Severity::Violation,
            "1132-art2-k2",
            "1132/QĐ-TTg, Điều 2, khoản 2",
            "x".into(),
        );
        let v = serde_json::to_value(&f).unwrap();
        assert_eq!(v["component"], "Cổng DVC tỉnh");
        assert_eq!(v["component_id"], "c1");
        assert_eq!(v["kind"], "overlap");
        assert_eq!(v["severity"], "violation");
        assert_eq!(v["exempted"], false);
    }

    #[test]
    fn check_sorts_violations_first_and_is_deterministic() {
        let cat = cat();
        let d = doc(
            Kind::Province,
            "Tỉnh Lâm Đồng",
            vec![
                own(
                    "c1",
                    "Ứng dụng công dân số tỉnh",
                    "App công dân",
                    Status::Existing,
                ),
                own(
                    "c2",
                    "Hệ thống đấu thầu qua mạng của tỉnh",
                    "",
                    Status::Planned,
                ),
            ],
        );
        let a = check(&d, &cat);
        let b = check(&d, &cat);
        assert_eq!(a, b);
        assert!(a.windows(2).all(|w| w[0].severity <= w[1].severity));
        assert_eq!(a[0].severity, Severity::Violation);
    }

    #[test]
    fn every_rule_names_a_known_kpi_group() {
        let cat = Catalogue::get();
        for r in RULES {
            assert!(cat.kpis.iter().any(|k| k.id == r.kpi_group), "{:?}", r.ids);
        }
    }

    #[test]
    fn a_first_line_stops_at_the_first_full_stop_outside_a_quoted_name() {
        let cat = Catalogue::get();
        let d = doc(
            Kind::Province,
            "Lâm Đồng",
            vec![own(
                "c1",
                "Hệ thống đấu thầu qua mạng v.2. Sở Tài chính",
                "",
                Status::Planned,
            )],
        );
        let f = check(&d, cat)
            .into_iter()
            .find(|f| f.component == "c1")
            .expect("the procurement system is flagged");
        let line = f.first_line();
        assert!(line.contains("v.2. Sở Tài chính»"), "{line}");
        assert!(
            line.ends_with('.') && line.len() < f.explanation.len(),
            "{line}"
        );
        let whole = Finding {
            explanation: "Không có dấu chấm".into(),
            ..f
        };
        assert_eq!(whole.first_line(), "Không có dấu chấm");
    }
}
