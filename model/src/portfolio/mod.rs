//! The portfolio: many agencies' frameworks seen together, read-only.
//!
//! The steering committee, a line ministry or a province asks three questions of all the
//! frameworks under it: who reuses which national platform, who duplicates which, and which
//! capability many agencies build for themselves. [`Portfolio`] answers them with the same
//! rules `khung check` runs on one framework ([`crate::rules::check_with`]), so a portfolio's
//! overlaps are exactly the sum of its frameworks' own, plus the candidates of
//! [`candidates`].
//!
//! Each framework is summarised ([`Summary`]) as soon as it is read and then dropped, so a
//! portfolio of 4,000 frameworks never holds them all in memory; the summaries are then
//! combined ([`Portfolio::new`]).

pub mod candidates;
pub mod criteria;
pub mod report;

use crate::catalogue::Catalogue;
use crate::document::{Document, Kind};
use crate::rules::{Analysis, FindingKind, Severity};
use candidates::{Candidate, Term};
use serde::Serialize;

/// One agency's framework as the portfolio lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Agency {
    /// The file it was read from, as the caller named it.
    pub file: String,
    /// The agency's name (the title, or the file, when the framework names none).
    pub agency: String,
    /// The agency's kind.
    pub kind: Kind,
    /// The framework's title.
    pub title: String,
    /// How many components it has.
    pub components: usize,
    /// How many of them reuse a national platform.
    pub reuses: usize,
    /// How many overlap findings it has (exempted ones included).
    pub overlaps: usize,
    /// How many of those are exempted.
    pub exempted: usize,
}

/// What an agency does about one platform.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// Index into [`Portfolio::agencies`].
    pub agency: usize,
    /// The platform's id, e.g. `A-06`.
    pub platform: String,
    /// `overlap` when any component duplicates it without exemption, else `exempted` when an
    /// exempted one does, else `reuse`.
    pub state: State,
    /// Components that reuse it.
    pub reuse: Vec<String>,
    /// Components that duplicate it.
    pub overlap: Vec<String>,
    /// Components that duplicate it under a recorded exemption.
    pub exempted: Vec<String>,
}

/// The state a matrix cell shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// A component duplicates the platform.
    Overlap,
    /// A component duplicates it under an exemption.
    Exempted,
    /// The agency reuses it.
    Reuse,
}

impl State {
    /// The Vietnamese label the reports and the app show.
    pub fn label(self) -> &'static str {
        match self {
            State::Overlap => "trùng lặp",
            State::Exempted => "miễn trừ",
            State::Reuse => "dùng lại",
        }
    }
}

/// One duplication of a national platform by one agency's component.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Overlap {
    /// Index into [`Portfolio::agencies`].
    pub agency: usize,
    /// The agency's name.
    pub agency_name: String,
    /// The agency's kind.
    pub kind: Kind,
    /// The component's id.
    pub component_id: String,
    /// The component's name.
    pub component: String,
    /// The platform duplicated.
    pub platform: String,
    /// How much it matters (see [`crate::rules::overlap`]).
    pub severity: Severity,
    /// The rule id.
    pub rule: String,
    /// Whether a recorded exemption covers it.
    pub exempted: bool,
    /// The rule's explanation.
    pub explanation: String,
}

/// A file that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileError {
    /// The file.
    pub file: String,
    /// What is wrong, naming the line and field when known.
    pub message: String,
}

/// What the portfolio keeps of one framework.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    agency: Agency,
    cells: Vec<Cell>,
    overlaps: Vec<Overlap>,
    terms: Vec<Term>,
}

impl Summary {
    /// Checks `doc` (read from `file`) with every rule against `cat` and keeps what the
    /// portfolio shows.
    ///
    /// # Complexity
    /// That of [`crate::rules::check`] on `doc`.
    pub fn new(file: &str, doc: &Document, cat: &Catalogue) -> Summary {
        let analysis = Analysis::new(doc, cat);
        let findings: Vec<_> = crate::rules::check_with(&analysis)
            .into_iter()
            .filter(|f| f.kind == FindingKind::Overlap && f.platform.is_some())
            .collect();
        let name = [&doc.agency, &doc.title]
            .into_iter()
            .find(|s| !s.trim().is_empty())
            .cloned()
            .unwrap_or_else(|| file.to_owned());
        let mut cells: Vec<Cell> = Vec::new();
        let mut reuses = 0;
        for c in &doc.components {
            if let Some(p) = &c.platform {
                reuses += 1;
                let i = cell_of(&mut cells, p);
                cells[i].reuse.push(c.id.clone());
            }
        }
        let mut overlaps = Vec::with_capacity(findings.len());
        for f in &findings {
            let p = f.platform.as_deref().unwrap_or_default();
            let i = cell_of(&mut cells, p);
            if f.exempted {
                cells[i].exempted.push(f.component.clone());
            } else {
                cells[i].overlap.push(f.component.clone());
            }
            overlaps.push(Overlap {
                agency: 0,
                agency_name: name.clone(),
                kind: doc.kind,
                component_id: f.component.clone(),
                component: f.component_name.clone(),
                platform: p.to_owned(),
                severity: f.severity,
                rule: f.rule.clone(),
                exempted: f.exempted,
                explanation: f.explanation.clone(),
            });
        }
        for c in &mut cells {
            c.state = if !c.overlap.is_empty() {
                State::Overlap
            } else if !c.exempted.is_empty() {
                State::Exempted
            } else {
                State::Reuse
            };
        }
        // An agency's own capabilities: the capability terms of what it builds itself, but not
        // of a duplicate of a national platform (that is an overlap) nor of what its reference
        // architecture tells it to build. Names are left out: they carry the agency's own
        // words ("… tỉnh Lâm Đồng") and say what a system is called, not what it does.
        let duplicated: std::collections::HashSet<&str> =
            findings.iter().map(|f| f.component.as_str()).collect();
        let mut terms = Vec::new();
        for (i, c) in analysis.own() {
            if duplicated.contains(c.id.as_str()) || analysis.element(i).is_some() {
                continue;
            }
            for t in &c.capabilities {
                if let Some(key) = candidates::key(t) {
                    terms.push(Term {
                        agency: 0,
                        component: c.id.clone(),
                        name: c.name.clone(),
                        text: t.clone(),
                        key,
                    });
                }
            }
        }
        let exempted = overlaps.iter().filter(|o| o.exempted).count();
        Summary {
            agency: Agency {
                file: file.to_owned(),
                agency: name,
                kind: doc.kind,
                title: doc.title.clone(),
                components: doc.components.len(),
                reuses,
                overlaps: overlaps.len(),
                exempted,
            },
            cells,
            overlaps,
            terms,
        }
    }
}

/// The index of `platform`'s cell in `cells`, added empty when missing.
fn cell_of(cells: &mut Vec<Cell>, platform: &str) -> usize {
    cells
        .iter()
        .position(|c| c.platform == platform)
        .unwrap_or_else(|| {
            cells.push(Cell {
                agency: 0,
                platform: platform.to_owned(),
                state: State::Reuse,
                reuse: Vec::new(),
                overlap: Vec::new(),
                exempted: Vec::new(),
            });
            cells.len() - 1
        })
}

/// Many agencies' frameworks, seen together.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Portfolio {
    /// Every framework read, in the order given.
    pub agencies: Vec<Agency>,
    /// The platforms some agency reuses or duplicates, in catalogue order.
    pub platforms: Vec<String>,
    /// Agencies × platforms: one cell for each pair where something happens.
    pub matrix: Vec<Cell>,
    /// Every overlap across the agencies.
    pub overlaps: Vec<Overlap>,
    /// Capabilities at least three agencies build for themselves.
    pub shared_candidates: Vec<Candidate>,
    /// The criteria of 4577/BKHCN-CĐSQG the candidates cite.
    pub criteria: &'static [criteria::Criterion],
    /// Files that could not be read.
    pub errors: Vec<FileError>,
}

impl Portfolio {
    /// Combines the summaries, in the order given, with the files that could not be read.
    ///
    /// ```
    /// use model::{compose, document::Kind, portfolio::{Portfolio, Summary}, Catalogue};
    /// let cat = Catalogue::get();
    /// let doc = compose::from_reference(cat, Kind::Province, "Lâm Đồng");
    /// let p = Portfolio::new(vec![Summary::new("lam-dong.json", &doc, cat)], Vec::new(), cat);
    /// assert_eq!(p.agencies[0].agency, "Lâm Đồng");
    /// assert!(p.overlaps.is_empty());
    /// ```
    pub fn new(summaries: Vec<Summary>, errors: Vec<FileError>, cat: &Catalogue) -> Portfolio {
        let mut p = Portfolio {
            agencies: Vec::with_capacity(summaries.len()),
            platforms: Vec::new(),
            matrix: Vec::new(),
            overlaps: Vec::new(),
            shared_candidates: Vec::new(),
            criteria: criteria::all(),
            errors,
        };
        let mut terms = Vec::new();
        let mut used = std::collections::HashSet::new();
        for (i, s) in summaries.into_iter().enumerate() {
            p.agencies.push(s.agency);
            for mut c in s.cells {
                c.agency = i;
                used.insert(c.platform.clone());
                p.matrix.push(c);
            }
            p.overlaps
                .extend(s.overlaps.into_iter().map(|o| Overlap { agency: i, ..o }));
            terms.extend(s.terms.into_iter().map(|t| Term { agency: i, ..t }));
        }
        p.platforms = cat
            .platforms
            .iter()
            .map(|pl| pl.id.clone())
            .filter(|id| used.remove(id))
            .collect();
        // A platform id the catalogue does not know still gets its column, after the rest.
        let mut unknown: Vec<String> = used.into_iter().collect();
        crate::sort::sort(&mut unknown);
        p.platforms.extend(unknown);
        p.shared_candidates = candidates::find(&terms, &criteria::citation());
        p
    }

    /// The overlaps that pass the filters (`None` lets everything through).
    pub fn overlaps_where<'a>(
        &'a self,
        platform: Option<&'a str>,
        kind: Option<Kind>,
        severity: Option<Severity>,
    ) -> impl Iterator<Item = &'a Overlap> {
        self.overlaps.iter().filter(move |o| {
            platform.is_none_or(|p| o.platform == p)
                && kind.is_none_or(|k| o.kind == k)
                && severity.is_none_or(|s| o.severity == s)
        })
    }
}

/// Summarises every framework `read` yields, on every core the machine offers (one on the
/// web), in the order of `files`. `read` returns the framework or why it cannot be read.
pub fn summarise<F>(files: &[String], cat: &Catalogue, read: F) -> (Vec<Summary>, Vec<FileError>)
where
    F: Fn(&str) -> Result<Document, String> + Sync,
{
    let one = |f: &String| read(f).map(|d| Summary::new(f, &d, cat));
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len().max(1));
    let results: Vec<Result<Summary, String>> = if threads <= 1 {
        files.iter().map(one).collect()
    } else {
        let chunk = files.len().div_ceil(threads);
        std::thread::scope(|s| {
            let handles: Vec<_> = files
                .chunks(chunk)
                .map(|part| s.spawn(move || part.iter().map(one).collect::<Vec<_>>()))
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().expect("a portfolio worker does not panic"))
                .collect()
        })
    };
    let mut summaries = Vec::with_capacity(results.len());
    let mut errors = Vec::new();
    for (file, r) in files.iter().zip(results) {
        match r {
            Ok(s) => summaries.push(s),
            Err(message) => errors.push(FileError {
                file: file.clone(),
                message,
            }),
        }
    }
    (summaries, errors)
}
