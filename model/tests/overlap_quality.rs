//! How well the overlap judgement agrees with people, on two labelled sets of inventory lines:
//!
//! - `tests/data/overlap_labelled.json`, the development set: the engine's authors have read it,
//!   so its figures say little about inventories nobody tuned the engine to. Its misses are
//!   printed one by one, to work on.
//! - `tests/data/overlap_dev2.json`, the second development set: written from the documents by
//!   someone who had read neither the rules nor the other sets (its script is
//!   `overlap_dev2.py`). Its figures before anyone worked on its misses are kept in
//!   `bench/overlap.txt`, as a second unseen-data figure; its misses are printed too.
//! - `tests/data/overlap_dev3.json`, the third development set (249 rows, script
//!   `overlap_dev3.py`): written the same way by a fourth person, asked to vary the style of the
//!   sentence (engineers', finance staff's, vendors' and clerks' wording, product names, typos).
//!   Its first figures, before anyone worked on its misses, are in `bench/overlap.txt`; its
//!   misses are printed.
//! - `tests/data/overlap_dev4.json`, the fourth development set (243 rows, script
//!   `overlap_dev4.py`), written by a seventh person after the third blind set, asked for the
//!   ministries' general departments, hospitals, the Party's central committees and budget-line
//!   wording. Its first figures are in `bench/overlap.txt`; its misses are printed.
//! - `tests/data/overlap_dev5.json`, the fifth development set (265 rows, script
//!   `overlap_dev5.py`), written by an eighth person sector by sector, with rows copied from IT
//!   reports. Its first figures are in `bench/overlap.txt`; its misses are printed.
//! - `tests/data/overlap_blind.json`, the blind set: written from the documents by someone who
//!   had not read the rules. Only its aggregate figures are printed, never a case, so that
//!   nobody tunes the engine to it.
//! - `tests/data/overlap_blind2.json`, a second blind set, written the same way by a third person
//!   who had read neither the code nor the other sets, asked for other agencies and the wording
//!   of procurement plans and IT reports (its script is `overlap_blind2.py`). It was committed
//!   after the engine's last change, so its first figures are a fresh unseen measure; the same
//!   rule holds: aggregate figures only.
//! - `tests/data/overlap_blind3.json`, a third blind set of 264 rows (script
//!   `overlap_blind3.py`), written by a sixth person at the end of the work on the third
//!   development set, asked for other agencies again (procuracies, the State Bank's branches,
//!   social security, the youth and farmers' unions, People's Councils, special zones) and for a
//!   third of the rows without description: its first figures measure the engine as it stood
//!   then on inventories nobody had seen. Aggregate figures only.
//!
//! Each case becomes a framework of one component built by the case's agency (kind, agency and
//! status from the case, the component's owner the agency itself), checked by
//! [`model::rules::check`] with the catalogue as of 2026-11-23. Two kinds of finding are scored
//! as (case, thing duplicated) pairs, whatever their severity:
//!
//! - `overlap` findings, against the case's `expected` 1132/QĐ-TTg platform ids;
//! - `national_component` findings, against the case's `expected_national`: free-text names of
//!   the national shared components of 3090/QĐ-BKHCN Phần II.3 that 1132 does not list, read
//!   as the component of `seeds/national_components.json` whose name or alias they hold.
//!
//! `possible_overlap` findings are weaker matches a person confirms or dismisses: they are not
//! scored. Precision and recall are micro-averaged over the pairs. They must reach 0.9 on the
//! five development sets. On the blind sets the goal is also 0.9 (issue 13 asks 0.95), but the
//! engine does not reach it yet (first blind set: 0.81 precision, 0.80 recall when it was
//! committed, 0.92 and 0.88 after the work on the second to fifth development sets): the test
//! holds the blind figures at [`BLIND_FLOOR`] and [`BLIND2_FLOOR`] so that they cannot fall back
//! unseen, and the floors rise as the engine improves. The false-alarm rate is the share of cases that duplicate nothing but get a
//! finding. The figures are written to `target/overlap-quality.txt`; `scripts/bench-overlap.sh
//! --write` copies them to `bench/overlap.txt`.
//!
//! Run with `cargo test -p model --test overlap_quality -- --nocapture` to see them.

use model::catalogue::Date;
use model::document::{Component, Document, Kind, Status};
use model::rules;
use model::text::fold;
use model::Catalogue;
use serde::Deserialize;
use std::collections::BTreeSet;
use std::fmt::Write as _;

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
    #[serde(default)]
    expected_national: Vec<String>,
}

/// The minimum precision and recall on the development set.
const FLOOR: f64 = 0.9;

/// The minimum precision and recall on the second development set, as on the first. (They were
/// 0.807 and 0.814 when it was committed, before anyone worked on its misses.)
const DEV2_FLOOR: f64 = FLOOR;

/// The minimum precision and recall on the third development set, as on the first. (They were
/// 0.869 and 0.775 when it was committed, before anyone worked on its misses.)
const DEV3_FLOOR: f64 = FLOOR;

/// The minimum precision and recall on the fourth development set, as on the first. (They were
/// 0.874 and 0.865 when it was committed, before anyone worked on its misses.)
const DEV4_FLOOR: f64 = FLOOR;

/// The minimum precision and recall on the fifth development set, as on the first. (They were
/// 0.851 and 0.811 when it was committed, before anyone worked on its misses.)
const DEV5_FLOOR: f64 = FLOOR;

/// The minimum precision and recall on the sixth development set, as on the first. (They were
/// 0.846 and 0.860 when it was committed, before anyone worked on its misses.)
const DEV6_FLOOR: f64 = FLOOR;

/// The minimum precision and recall on the seventh development set, as on the first. (They were
/// 0.916 and 0.813 when it was committed, before anyone worked on its misses.)
const DEV7_FLOOR: f64 = FLOOR;

/// The minimum precision and recall on the eighth development set, as on the first. (They were
/// 0.887 and 0.851 when it was committed, before anyone worked on its misses.)
const DEV8_FLOOR: f64 = FLOOR;

/// The minimum precision and recall on the ninth development set, as on the first. (They were
/// 0.901 and 0.909 when it was committed, before anyone worked on its misses.)
const DEV9_FLOOR: f64 = FLOOR;

/// The minimum precision and recall on the tenth development set (six whole inventories), while
/// its misses are worked on: just under the figures it gave when it was committed, before anyone
/// worked on its misses (0.853 and 0.926); raise it to [FLOOR] once both reach it.
const DEV10_FLOOR: f64 = 0.85;

/// The minimum precision and recall on the blind set: a guard against regressions just under
/// today's figures (precision 0.924, recall 0.885), not the goal (0.95). Raise it whenever the
/// engine gets better; never lower it to let a change through.
const BLIND_FLOOR: f64 = 0.88;
/// The second blind set's regression floor, just under today's figures (precision 0.930,
/// recall 0.903; 0.846 and 0.854 when it was committed).
const BLIND2_FLOOR: f64 = 0.90;
/// The third blind set's regression floor, just under its figures (precision 0.920, recall
/// 0.912; 0.899 and 0.867 when it was committed, after the work on the third development set).
const BLIND3_FLOOR: f64 = 0.90;
/// The fourth blind set's regression floor, just under its figures when it was committed
/// (precision 0.923, recall 0.857), after the work on the seventh and eighth development sets.
const BLIND4_FLOOR: f64 = 0.85;
/// The fifth blind set's regression floor, just under its figures when it was committed
/// (precision 0.862, recall 0.862): six whole inventories, measured on the engine after all the
/// work on the ninth development set.
const BLIND5_FLOOR: f64 = 0.86;

/// The national components of 3090/QĐ-BKHCN Phần II.3 and every name they go by, folded.
fn national_names() -> Vec<(String, Vec<String>)> {
    let v: serde_json::Value =
        serde_json::from_str(include_str!("../../seeds/national_components.json"))
            .expect("seeds/national_components.json parses");
    v["components"]
        .as_array()
        .expect("a components list")
        .iter()
        .map(|c| {
            let mut names = vec![fold(c["name"].as_str().unwrap_or_default())];
            for a in c["aliases"].as_array().into_iter().flatten() {
                names.push(fold(a.as_str().unwrap_or_default()));
            }
            (c["id"].as_str().unwrap_or_default().to_owned(), names)
        })
        .collect()
}

/// The national component a free-text label names: the one with the longest name or alias the
/// label holds as whole words, or `None`.
fn national_id(label: &str, names: &[(String, Vec<String>)]) -> Option<String> {
    let padded = |s: &str| {
        let words: Vec<&str> = s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        format!(" {} ", words.join(" "))
    };
    let label = padded(&fold(label));
    names
        .iter()
        .flat_map(|(id, ns)| ns.iter().map(move |n| (id, padded(n))))
        .filter(|(_, n)| n.trim() != "" && label.contains(n.as_str()))
        .max_by_key(|(_, n)| n.len())
        .map(|(id, _)| id.clone())
}

fn status(s: &str) -> Status {
    model::io::json::parse_status(s).unwrap_or(Status::Planned)
}

fn document(c: &Case) -> Document {
    let kind = Kind::parse(&c.kind).unwrap_or_else(|| panic!("{}: unknown kind {}", c.id, c.kind));
    let mut d = Document::new(format!("Ca {}", c.id), kind, c.agency.clone());
    d.components.push(Component {
        id: c.id.clone(),
        name: c.name.clone(),
        description: c.description.clone(),
        layer: 3,
        status: status(&c.status),
        owner: c.agency.clone(),
        capabilities: Vec::new(),
        platform: None,
        position: None,
        exemption: None,
    });
    d
}

/// The figures of one set.
struct Figures {
    cases: usize,
    tp: usize,
    fp: usize,
    fn_: usize,
    clean: usize,
    false_alarms: usize,
    unmapped: usize,
    misses: Vec<String>,
}

impl Figures {
    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
    fn false_alarm_rate(&self) -> f64 {
        self.false_alarms as f64 / self.clean.max(1) as f64
    }
    fn line(&self, set: &str) -> String {
        format!(
            "{set}: {} cases; precision {:.3} ({}/{}); recall {:.3} ({}/{}); false alarms on {:.1} % \
             of the {} components that duplicate nothing ({})",
            self.cases,
            self.precision(),
            self.tp,
            self.tp + self.fp,
            self.recall(),
            self.tp,
            self.tp + self.fn_,
            100.0 * self.false_alarm_rate(),
            self.clean,
            self.false_alarms,
        )
    }
}

fn score(set: &str, json: &str) -> Figures {
    let labelled: Labelled =
        serde_json::from_str(json).unwrap_or_else(|e| panic!("{set} does not parse: {e}"));
    let cat = Catalogue::get().as_of(Date {
        year: 2026,
        month: 11,
        day: 23,
    });
    let names = national_names();
    let mut f = Figures {
        cases: labelled.cases.len(),
        tp: 0,
        fp: 0,
        fn_: 0,
        clean: 0,
        false_alarms: 0,
        unmapped: 0,
        misses: Vec::new(),
    };
    for case in &labelled.cases {
        for p in &case.expected {
            assert!(
                cat.platform(p).is_some(),
                "{set}: a case names no platform {p}"
            );
        }
        let findings = rules::check(&document(case), &cat);
        let found: BTreeSet<String> = findings
            .iter()
            .filter_map(|f| match f.kind.as_str() {
                "overlap" => f.platform.clone(),
                "national_component" => f.platform.as_ref().map(|p| format!("national {p}")),
                _ => None,
            })
            .collect();
        let mut expected: BTreeSet<String> = case.expected.iter().cloned().collect();
        for label in &case.expected_national {
            match national_id(label, &names) {
                Some(id) => expected.insert(format!("national {id}")),
                None => {
                    f.unmapped += 1;
                    expected.insert(format!("national ?{label}"))
                }
            };
        }
        f.tp += found.intersection(&expected).count();
        let extra: Vec<_> = found.difference(&expected).cloned().collect();
        let missing: Vec<_> = expected.difference(&found).cloned().collect();
        f.fp += extra.len();
        f.fn_ += missing.len();
        if expected.is_empty() {
            f.clean += 1;
            f.false_alarms += usize::from(!found.is_empty());
        }
        if !extra.is_empty() || !missing.is_empty() {
            f.misses.push(format!(
                "{} [{} {}] «{}»: extra {:?}, missing {:?}",
                case.id, case.kind, case.status, case.name, extra, missing
            ));
        }
    }
    f
}

/// One labelled set: its name, file, text, the fewest cases it must hold, its floor, and whether
/// its misses are printed (development sets) or only its aggregate (blind sets).
struct Set {
    name: &'static str,
    file: &'static str,
    json: &'static str,
    min_cases: usize,
    floor: f64,
    blind: bool,
}

/// Every labelled set, in the order the report lists them.
const SETS: [Set; 15] = [
    Set {
        name: "development",
        file: "overlap_labelled.json",
        json: include_str!("data/overlap_labelled.json"),
        min_cases: 130,
        floor: FLOOR,
        blind: false,
    },
    Set {
        name: "second development",
        file: "overlap_dev2.json",
        json: include_str!("data/overlap_dev2.json"),
        min_cases: 220,
        floor: DEV2_FLOOR,
        blind: false,
    },
    Set {
        name: "third development",
        file: "overlap_dev3.json",
        json: include_str!("data/overlap_dev3.json"),
        min_cases: 200,
        floor: DEV3_FLOOR,
        blind: false,
    },
    Set {
        name: "fourth development",
        file: "overlap_dev4.json",
        json: include_str!("data/overlap_dev4.json"),
        min_cases: 200,
        floor: DEV4_FLOOR,
        blind: false,
    },
    Set {
        name: "fifth development",
        file: "overlap_dev5.json",
        json: include_str!("data/overlap_dev5.json"),
        min_cases: 200,
        floor: DEV5_FLOOR,
        blind: false,
    },
    Set {
        name: "sixth development",
        file: "overlap_dev6.json",
        json: include_str!("data/overlap_dev6.json"),
        min_cases: 200,
        floor: DEV6_FLOOR,
        blind: false,
    },
    Set {
        name: "seventh development",
        file: "overlap_dev7.json",
        json: include_str!("data/overlap_dev7.json"),
        min_cases: 200,
        floor: DEV7_FLOOR,
        blind: false,
    },
    Set {
        name: "eighth development",
        file: "overlap_dev8.json",
        json: include_str!("data/overlap_dev8.json"),
        min_cases: 200,
        floor: DEV8_FLOOR,
        blind: false,
    },
    Set {
        name: "ninth development",
        file: "overlap_dev9.json",
        json: include_str!("data/overlap_dev9.json"),
        min_cases: 200,
        floor: DEV9_FLOOR,
        blind: false,
    },
    Set {
        name: "tenth development",
        file: "overlap_dev10.json",
        json: include_str!("data/overlap_dev10.json"),
        min_cases: 200,
        floor: DEV10_FLOOR,
        blind: false,
    },
    Set {
        name: "blind",
        file: "overlap_blind.json",
        json: include_str!("data/overlap_blind.json"),
        min_cases: 150,
        floor: BLIND_FLOOR,
        blind: true,
    },
    Set {
        name: "second blind",
        file: "overlap_blind2.json",
        json: include_str!("data/overlap_blind2.json"),
        min_cases: 200,
        floor: BLIND2_FLOOR,
        blind: true,
    },
    Set {
        name: "third blind",
        file: "overlap_blind3.json",
        json: include_str!("data/overlap_blind3.json"),
        min_cases: 200,
        floor: BLIND3_FLOOR,
        blind: true,
    },
    Set {
        name: "fourth blind",
        file: "overlap_blind4.json",
        json: include_str!("data/overlap_blind4.json"),
        min_cases: 200,
        floor: BLIND4_FLOOR,
        blind: true,
    },
    Set {
        name: "fifth blind",
        file: "overlap_blind5.json",
        json: include_str!("data/overlap_blind5.json"),
        min_cases: 200,
        floor: BLIND5_FLOOR,
        blind: true,
    },
];

#[test]
fn overlap_precision_and_recall_hold_their_floors() {
    let scored: Vec<(&Set, Figures)> = SETS
        .iter()
        .map(|s| (s, score(&format!("{} set", s.name), s.json)))
        .collect();
    for (s, f) in &scored {
        assert!(f.cases >= s.min_cases, "the {} set is complete", s.name);
    }
    let mut report = String::new();
    for (s, f) in &scored {
        let _ = writeln!(
            report,
            "{}",
            f.line(&format!("{} set ({})", s.name, s.file))
        );
    }
    for (s, f) in scored.iter().filter(|(_, f)| f.unmapped > 0) {
        let _ = writeln!(
            report,
            "{} set: {} national-component labels name no component of seeds/national_components.json",
            s.name, f.unmapped
        );
    }
    eprint!("{report}");
    // Only the development sets' misses are printed: nobody may tune to a blind set's cases.
    for (s, f) in scored.iter().filter(|(s, _)| !s.blind) {
        for m in &f.misses {
            eprintln!("  {}-set miss: {m}", s.name.replace(' ', "-"));
        }
    }
    let out = concat!(env!("CARGO_MANIFEST_DIR"), "/../target/overlap-quality.txt");
    let _ = std::fs::create_dir_all(concat!(env!("CARGO_MANIFEST_DIR"), "/../target"));
    std::fs::write(out, &report).expect("the figures are written to target/");
    for (s, f) in &scored {
        let floor = s.floor;
        assert!(
            f.precision() >= floor && f.recall() >= floor,
            "{} set: precision {:.3} and recall {:.3} must both reach {floor}",
            s.name,
            f.precision(),
            f.recall()
        );
    }
}

#[test]
fn national_labels_are_read_by_name_or_alias() {
    let names = national_names();
    assert!(!names.is_empty());
    for (id, ns) in &names {
        for n in ns {
            assert_eq!(national_id(n, &names).as_deref(), Some(id.as_str()), "{n}");
        }
    }
    assert_eq!(national_id("Phần mềm quản lý đất đai", &names), None);
}
