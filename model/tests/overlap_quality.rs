//! How well the overlap rule agrees with people: precision and recall against the hand-labelled
//! inventory lines in `tests/data/overlap_labelled.json`.
//!
//! Each case becomes a framework of one component built by the case's agency (kind, agency and
//! status from the case, the component's owner the agency itself), checked by
//! [`model::rules::overlap::check`] with the catalogue as of 2026-11-23. Every (case, platform)
//! pair the rule reports, whatever the severity, is compared with the case's `expected` list;
//! precision and recall are micro-averaged over those pairs and must both reach 0.9.
//!
//! Run with `cargo test -p model --test overlap_quality -- --nocapture` to see the figures and
//! every miss.

use model::catalogue::Date;
use model::document::{Component, Document, Kind, Status};
use model::rules::overlap;
use model::Catalogue;
use serde::Deserialize;
use std::collections::BTreeSet;

#[derive(Deserialize)]
struct Labelled {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    name: String,
    #[serde(default)]
    description: String,
    kind: String,
    #[serde(default)]
    agency: String,
    #[serde(default)]
    status: String,
    expected: Vec<String>,
}

/// The minimum precision and recall.
const FLOOR: f64 = 0.9;

fn document(c: &Case) -> Document {
    let kind = Kind::parse(&c.kind).unwrap_or_else(|| panic!("{}: unknown kind {}", c.id, c.kind));
    let status = match c.status.as_str() {
        "planned" => Status::Planned,
        "retiring" => Status::Retiring,
        _ => Status::Existing,
    };
    let mut d = Document::new(format!("Ca {}", c.id), kind, c.agency.clone());
    d.components.push(Component {
        id: c.id.clone(),
        name: c.name.clone(),
        description: c.description.clone(),
        layer: 3,
        status,
        owner: c.agency.clone(),
        capabilities: Vec::new(),
        platform: None,
        position: None,
        exemption: None,
    });
    d
}

#[test]
fn overlap_precision_and_recall_reach_ninety_percent() {
    let text = include_str!("data/overlap_labelled.json");
    let labelled: Labelled = serde_json::from_str(text).expect("the labelled set parses");
    assert!(labelled.cases.len() >= 130, "the labelled set is complete");
    let cat = Catalogue::get().as_of(Date {
        year: 2026,
        month: 11,
        day: 23,
    });
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut misses = Vec::new();
    for case in &labelled.cases {
        for p in &case.expected {
            assert!(cat.platform(p).is_some(), "{}: no platform {p}", case.id);
        }
        let found: BTreeSet<String> = overlap::check(&document(case), &cat)
            .into_iter()
            .filter_map(|f| f.platform)
            .collect();
        let expected: BTreeSet<String> = case.expected.iter().cloned().collect();
        tp += found.intersection(&expected).count();
        let extra: Vec<_> = found.difference(&expected).cloned().collect();
        let missing: Vec<_> = expected.difference(&found).cloned().collect();
        fp += extra.len();
        fn_ += missing.len();
        if !extra.is_empty() || !missing.is_empty() {
            misses.push(format!(
                "{} [{} {}] «{}»: extra {:?}, missing {:?}",
                case.id, case.kind, case.status, case.name, extra, missing
            ));
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    eprintln!(
        "overlap quality over {} cases: precision {precision:.3} ({tp}/{}), recall {recall:.3} ({tp}/{})",
        labelled.cases.len(),
        tp + fp,
        tp + fn_
    );
    for m in &misses {
        eprintln!("  miss: {m}");
    }
    assert!(
        precision >= FLOOR && recall >= FLOOR,
        "precision {precision:.3} and recall {recall:.3} must both reach {FLOOR}"
    );
}
