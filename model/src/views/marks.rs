//! Which mark a finding puts on its component's box: the badge's shape says what the finding is
//! about (a duplicated platform, an unmet requirement, a missing connection, an exemption) and
//! the box's outline how much it matters. A duplicated national shared component counts as an
//! overlap; a possible overlap, for a person to confirm, has the overlap badge hollow. The screen and every export take their marks from
//! here, so a picture in a report shows exactly what the editor showed.

use crate::rules::{Finding, FindingKind, Severity};
use crate::scene::{Badge, Level, Mark};
use std::collections::HashMap;

/// The badge one finding calls for. An exempted finding is drawn as an exemption, for the
/// record, whatever its kind.
///
/// ```
/// use model::{rules, views::marks, scene::{Level, Mark}};
/// # let cat = model::Catalogue::get();
/// # let mut d = model::document::Document::new("k", model::document::Kind::Province, "Huế");
/// # d.components.push(model::document::Component::new("c", "Cổng dịch vụ công tỉnh", 4));
/// for f in rules::check(&d, cat).iter().filter(|f| f.component == "c") {
///     let b = marks::badge(f);
///     assert_eq!(b.mark == Mark::Exempted, f.exempted);
/// }
/// ```
pub fn badge(f: &Finding) -> Badge {
    if f.exempted {
        return Badge {
            level: Level::Info,
            mark: Mark::Exempted,
        };
    }
    Badge {
        level: match f.severity {
            Severity::Violation => Level::Violation,
            Severity::Warning => Level::Warning,
            Severity::Info => Level::Info,
        },
        mark: match f.kind {
            FindingKind::Overlap | FindingKind::NationalComponent => Mark::Overlap,
            FindingKind::PossibleOverlap => Mark::PossibleOverlap,
            FindingKind::Compliance => Mark::Compliance,
            FindingKind::Connection => Mark::Connection,
        },
    }
}

/// Each flagged component's most severe badge (an overlap before a compliance finding of the
/// same severity), keyed by component id. Findings about the framework as a whole mark no box.
pub fn badges(findings: &[Finding]) -> HashMap<&str, Badge> {
    let mut out: HashMap<&str, Badge> = HashMap::new();
    for f in findings.iter().filter(|f| !f.component.is_empty()) {
        let b = badge(f);
        out.entry(f.component.as_str())
            .and_modify(|e| *e = (*e).min(b))
            .or_insert(b);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(id: &str, kind: FindingKind, severity: Severity, exempted: bool) -> Finding {
        Finding {
            component: id.into(),
            component_name: String::new(),
            kind,
            platform: None,
            severity,
            rule: String::new(),
            source: String::new(),
            explanation: String::new(),
            go_live: None,
            exempted,
        }
    }

    #[test]
    fn the_most_severe_finding_marks_the_box_and_kinds_stay_apart() {
        let fs = [
            finding("a", FindingKind::Compliance, Severity::Warning, false),
            finding("a", FindingKind::Overlap, Severity::Violation, false),
            finding("b", FindingKind::Connection, Severity::Warning, false),
            finding("b", FindingKind::Compliance, Severity::Warning, false),
            finding("c", FindingKind::Overlap, Severity::Violation, true),
            finding("", FindingKind::Compliance, Severity::Violation, false),
            finding("d", FindingKind::PossibleOverlap, Severity::Info, false),
            finding(
                "e",
                FindingKind::NationalComponent,
                Severity::Warning,
                false,
            ),
        ];
        let b = badges(&fs);
        assert_eq!(b.len(), 5);
        assert_eq!(
            (b["d"].mark, b["e"].mark),
            (Mark::PossibleOverlap, Mark::Overlap)
        );
        assert_eq!(
            b["a"],
            Badge {
                level: Level::Violation,
                mark: Mark::Overlap
            }
        );
        assert_eq!(
            b["b"],
            Badge {
                level: Level::Warning,
                mark: Mark::Compliance
            }
        );
        assert_eq!(
            b["c"],
            Badge {
                level: Level::Info,
                mark: Mark::Exempted
            }
        );
    }
}
