//! Connections the reference architecture requires: 3090/QĐ-BKHCN Phụ lục I.
//!
//! Some elements an agency builds must connect to national platforms: the provincial and the
//! ministerial integration platform (LGSP) and AI platform connect to NDXP (A-06) and NDOP
//! (A-05). Building them is no overlap ([`super::overlap`] leaves them alone); leaving them
//! unconnected is a finding of kind `connection`, one per missing target platform.
//!
//! A connection counts in either direction, and the other end must be a component reusing the
//! target platform (its `platform` is the target's id), since only a reused platform stands for
//! the national one in the document.
//!
//! Severity is `warning`: the element exists and works, but the framework does not yet show the
//! link the text asks for.

use super::{Analysis, Finding, FindingKind, Rule, Severity};
use crate::catalogue::{Catalogue, RefElement};
use crate::document::{Component, Document};

/// The rule id.
pub const RULE_ID: &str = "3090-pl1-connects-to";

/// The rule as [`super::check`] runs it; it counts towards KPI-2, interoperability.
pub const RULE: Rule = Rule {
    ids: &[RULE_ID],
    kpi_group: "KPI-2",
    check,
    run,
    units,
};

/// The own components that stand for an element with required connections.
fn judged<'a>(a: &'a Analysis) -> Vec<(&'a Component, &'a RefElement)> {
    a.own()
        .filter_map(|(i, c)| {
            a.element(i)
                .filter(|e| e.expected_build && !e.connects_to.is_empty())
                .map(|e| (c, e))
        })
        .collect()
}

fn units(a: &Analysis) -> usize {
    judged(a).len()
}

/// Connection findings: for each component standing for an element the agency builds that the
/// text connects to national platforms, one finding per platform it is not connected to.
///
/// ```
/// use model::{compose, document::Kind, rules::connection, Catalogue};
/// let cat = Catalogue::get();
/// // A framework started from the reference architecture has every connection.
/// let doc = compose::from_reference(cat, Kind::Province, "Lâm Đồng");
/// assert!(connection::check(&doc, cat).is_empty());
/// ```
///
/// # Complexity
/// O(n + m) for n components and m connections (the graph, then each judged component's
/// neighbours), after matching each component to its element.
pub fn check(doc: &Document, cat: &Catalogue) -> Vec<Finding> {
    run(&Analysis::new(doc, cat))
}

/// [`check`] on a shared analysis.
pub fn run(a: &Analysis) -> Vec<Finding> {
    let (doc, cat) = (a.doc, a.cat);
    // Who is linked to whom, either way: a component's neighbours in the document's graph.
    let g = doc.graph();
    let mut out = Vec::new();
    for (c, e) in judged(a) {
        let reused: Vec<&str> = g
            .index
            .get(&c.id)
            .map(|&n| {
                g.graph
                    .neighbors_undirected(n)
                    .filter_map(|m| doc.components[g.graph[m]].platform.as_deref())
                    .collect()
            })
            .unwrap_or_default();
        for target in &e.connects_to {
            let linked = reused.contains(&target.as_str());
            if linked {
                continue;
            }
            let p = cat.platform(target);
            let shown = p
                .map(|p| match &p.acronym {
                    Some(a) => format!("{} ({}, {})", p.name, a, p.id),
                    None => format!("{} ({})", p.name, p.id),
                })
                .unwrap_or_else(|| target.clone());
            let source = e.source.citation();
            out.push(Finding {
                platform: Some(target.clone()),
                ..Finding::about(
                    c,
                    FindingKind::Connection,
                    Severity::Warning,
                    RULE_ID,
                    &source,
                    format!(
                        "«{}» là thành phần «{}» mà khung tham chiếu giao cho cơ quan xây dựng \
                         (không tính là trùng lặp), nhưng phải kết nối với {shown} theo {source}. \
                         Khung chưa có kết nối từ «{}» tới thành phần sử dụng {}.",
                        c.name, e.name, c.name, target
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
    use crate::document::{Kind, Status};
    use crate::rules::test_util::*;

    fn lgsp() -> Component {
        own(
            "lgsp",
            "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)",
            "",
            Status::Existing,
        )
    }

    #[test]
    fn provincial_lgsp_must_connect_to_ndxp_and_ndop() {
        let d = doc(Kind::Province, "Tỉnh Lâm Đồng", vec![lgsp()]);
        let f = check(&d, &cat());
        let targets: Vec<_> = f.iter().filter_map(|f| f.platform.as_deref()).collect();
        assert_eq!(targets, ["A-06", "A-05"]);
        assert!(f.iter().all(|f| f.kind == FindingKind::Connection));
        assert!(f[0].explanation.contains("NDXP"));
        assert!(f[0].source.starts_with("3090/QĐ-BKHCN, Phụ lục I"));
    }

    #[test]
    fn connections_in_either_direction_count() {
        let mut d = doc(
            Kind::Province,
            "Tỉnh Lâm Đồng",
            vec![lgsp(), reuse("ndxp", "A-06"), reuse("ndop", "A-05")],
        );
        d.connections = vec![link("lgsp", "ndxp"), link("ndop", "lgsp")];
        assert!(check(&d, &cat()).is_empty());
    }

    #[test]
    fn a_connection_to_an_own_copy_does_not_count() {
        let mut d = doc(
            Kind::Province,
            "Tỉnh Lâm Đồng",
            vec![
                lgsp(),
                own("x", "NDXP", "", Status::Existing),
                reuse("ndop", "A-05"),
            ],
        );
        d.connections = vec![link("lgsp", "x"), link("lgsp", "ndop")];
        let f = check(&d, &cat());
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].platform.as_deref(), Some("A-06"));
    }

    #[test]
    fn ministry_lgsp_too_but_not_a_communes_components() {
        let d = doc(
            Kind::Ministry,
            "Bộ Y tế",
            vec![own("l", "LGSP cấp bộ", "", Status::Planned)],
        );
        assert_eq!(check(&d, &cat()).len(), 2);
        let d = doc(Kind::Commune, "Xã Tân Lập", vec![lgsp()]);
        assert!(check(&d, &cat()).is_empty());
    }
}
