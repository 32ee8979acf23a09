//! Three-way merge of framework files, by component and connection id, for `khung merge` and
//! git's merge driver.
//!
//! Two architects edit copies of one framework; their edits meet here. For each element and
//! each field, a change made on one side only is taken; the same change made on both sides is
//! taken once; different changes to one field are a [`Clash`]. Capability terms merge as sets
//! (a term added on either side is kept, a term removed on either side goes), since two people
//! adding terms to one component is the normal case, not a conflict.
//!
//! Nothing is lost silently:
//! - a clash keeps "ours" in the result and lists both values;
//! - an element deleted on one side and changed on the other is kept (changed) and listed;
//! - a component deleted on one side but still used by a connection the other side added or
//!   changed is kept and listed, so the result never holds a dangling connection.

use crate::diff::{component_fields, connection_fields};
use crate::document::{Component, Connection, Decision, Document, Review};
use serde::Serialize;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::fmt;

/// Something the two sides disagree on; the result keeps `ours`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Clash {
    /// `framework`, `component` or `connection`.
    #[serde(rename = "type")]
    pub element: crate::diff::Element,
    /// The element's id (empty for the framework).
    pub id: String,
    /// The field both changed, or `deleted` when one side deleted the element, or `used` when
    /// one side deleted a component the other still connects to.
    pub field: String,
    /// The value in the common ancestor (`null` when the element is new on both sides).
    pub base: Value,
    /// Our value (`null` when we deleted it).
    pub ours: Value,
    /// Their value (`null` when they deleted it).
    pub theirs: Value,
}

impl fmt::Display for Clash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = |v: &Value| match v {
            Value::Null => "(xóa / không có)".to_owned(),
            other => other.to_string(),
        };
        write!(
            f,
            "{} {} {}: gốc {} · bên ta {} · bên kia {}",
            self.element.label(),
            self.id,
            self.field,
            v(&self.base),
            v(&self.ours),
            v(&self.theirs)
        )
    }
}

/// The merged framework and what the sides clash on.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The result; on a clash it holds our value.
    pub doc: Document,
    /// The clashes, in document order.
    pub clashes: Vec<Clash>,
}

/// One field's three-way merge: `Ok(value)` or `Err(())` when both sides changed it differently.
fn field3<T: PartialEq + Clone>(base: Option<&T>, ours: &T, theirs: &T) -> Result<T, ()> {
    if ours == theirs || base == Some(theirs) {
        Ok(ours.clone())
    } else if base == Some(ours) {
        Ok(theirs.clone())
    } else {
        Err(())
    }
}

/// Capability terms as sets: a term either side added stays, a term either side removed goes;
/// order follows ours, then theirs' new terms.
fn terms3(base: Option<&[String]>, ours: &[String], theirs: &[String]) -> Vec<String> {
    let base: HashSet<&String> = base.unwrap_or(&[]).iter().collect();
    let ours_set: HashSet<&String> = ours.iter().collect();
    let theirs_set: HashSet<&String> = theirs.iter().collect();
    let keep = |t: &String| {
        let in_both = ours_set.contains(t) && theirs_set.contains(t);
        in_both || !base.contains(t)
    };
    let mut out: Vec<String> = ours.iter().filter(|t| keep(t)).cloned().collect();
    out.extend(
        theirs
            .iter()
            .filter(|t| !ours_set.contains(t) && keep(t))
            .cloned(),
    );
    out
}

struct Merger {
    clashes: Vec<Clash>,
}

impl Merger {
    fn clash(
        &mut self,
        element: crate::diff::Element,
        id: &str,
        field: &str,
        b: Value,
        o: Value,
        t: Value,
    ) {
        self.clashes.push(Clash {
            element,
            id: id.to_owned(),
            field: field.to_owned(),
            base: b,
            ours: o,
            theirs: t,
        });
    }

    /// Merges one field; on a clash keeps ours and records it, by the field's JSON values.
    fn field<T: PartialEq + Clone>(
        &mut self,
        at: (crate::diff::Element, &str, &str),
        base: Option<&T>,
        ours: &T,
        theirs: &T,
        values: impl Fn(&T) -> Value,
    ) -> T {
        field3(base, ours, theirs).unwrap_or_else(|()| {
            self.clash(
                at.0,
                at.1,
                at.2,
                base.map_or(Value::Null, &values),
                values(ours),
                values(theirs),
            );
            ours.clone()
        })
    }

    fn component(&mut self, base: Option<&Component>, o: &Component, t: &Component) -> Component {
        use crate::diff::Element::Component as C;
        let id = o.id.as_str();
        let (b_name, b_desc, b_layer, b_status, b_owner, b_platform, b_pos, b_ex) = match base {
            Some(b) => (
                Some(&b.name),
                Some(&b.description),
                Some(&b.layer),
                Some(&b.status),
                Some(&b.owner),
                Some(&b.platform),
                Some(&b.position),
                Some(&b.exemption),
            ),
            None => (None, None, None, None, None, None, None, None),
        };
        Component {
            id: o.id.clone(),
            name: self.field((C, id, "name"), b_name, &o.name, &t.name, |v| {
                Value::from(v.as_str())
            }),
            description: self.field(
                (C, id, "description"),
                b_desc,
                &o.description,
                &t.description,
                |v| Value::from(v.as_str()),
            ),
            layer: self.field((C, id, "layer"), b_layer, &o.layer, &t.layer, |v| {
                Value::from(*v)
            }),
            status: self.field((C, id, "status"), b_status, &o.status, &t.status, |v| {
                crate::diff::status_value(*v)
            }),
            owner: self.field((C, id, "owner"), b_owner, &o.owner, &t.owner, |v| {
                Value::from(v.as_str())
            }),
            capabilities: terms3(
                base.map(|b| b.capabilities.as_slice()),
                &o.capabilities,
                &t.capabilities,
            ),
            platform: self.field(
                (C, id, "platform"),
                b_platform,
                &o.platform,
                &t.platform,
                |v| v.as_ref().map_or(Value::Null, |s| Value::from(s.as_str())),
            ),
            position: self.field((C, id, "position"), b_pos, &o.position, &t.position, |v| {
                v.map_or(Value::Null, |p| serde_json::json!({"x": p.x, "y": p.y}))
            }),
            exemption: self.field((C, id, "exemption"), b_ex, &o.exemption, &t.exemption, |v| {
                v.as_ref().map_or(Value::Null, |e| {
                    serde_json::json!({"ground": e.ground.as_str(), "justification": e.justification})
                })
            }),
        }
    }

    fn connection(
        &mut self,
        base: Option<&Connection>,
        o: &Connection,
        t: &Connection,
    ) -> Connection {
        use crate::diff::Element::Connection as E;
        let id = o.id.as_str();
        let s = |v: &String| Value::from(v.as_str());
        Connection {
            id: o.id.clone(),
            from: self.field((E, id, "from"), base.map(|b| &b.from), &o.from, &t.from, s),
            to: self.field((E, id, "to"), base.map(|b| &b.to), &o.to, &t.to, s),
            label: self.field(
                (E, id, "label"),
                base.map(|b| &b.label),
                &o.label,
                &t.label,
                s,
            ),
            direction: self.field(
                (E, id, "direction"),
                base.map(|b| &b.direction),
                &o.direction,
                &t.direction,
                |d| crate::diff::direction_value(*d),
            ),
        }
    }
}

/// What [`merge_list`] needs of an element.
trait Mergeable: Clone + PartialEq {
    const ELEMENT: crate::diff::Element;
    fn id(&self) -> &str;
    /// The element as JSON, for a delete/modify clash.
    fn value(&self) -> Value;
    /// Merges an element present on both sides.
    fn merge3(m: &mut Merger, base: Option<&Self>, ours: &Self, theirs: &Self) -> Self;
}

impl Mergeable for Component {
    const ELEMENT: crate::diff::Element = crate::diff::Element::Component;
    fn id(&self) -> &str {
        &self.id
    }
    fn value(&self) -> Value {
        Value::Object(
            component_fields(self)
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect(),
        )
    }
    fn merge3(m: &mut Merger, base: Option<&Self>, ours: &Self, theirs: &Self) -> Self {
        m.component(base, ours, theirs)
    }
}

impl Mergeable for Connection {
    const ELEMENT: crate::diff::Element = crate::diff::Element::Connection;
    fn id(&self) -> &str {
        &self.id
    }
    fn value(&self) -> Value {
        Value::Object(
            connection_fields(self)
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect(),
        )
    }
    fn merge3(m: &mut Merger, base: Option<&Self>, ours: &Self, theirs: &Self) -> Self {
        m.connection(base, ours, theirs)
    }
}

/// Merges elements by id. Order: ours, with theirs' new elements after (or theirs' order when
/// ours kept base's order), then elements deleted on one side that must stay.
fn merge_list<T: Mergeable>(m: &mut Merger, base: &[T], ours: &[T], theirs: &[T]) -> Vec<T> {
    let by_id = |list: &[T]| -> HashMap<String, usize> {
        list.iter()
            .enumerate()
            .map(|(i, x)| (x.id().to_owned(), i))
            .collect()
    };
    let (bi, oi, ti) = (by_id(base), by_id(ours), by_id(theirs));
    let ids_of = |list: &[T]| list.iter().map(|x| x.id().to_owned()).collect::<Vec<_>>();
    let ours_kept_order = ids_of(ours) == ids_of(base);
    let (first, second) = if ours_kept_order {
        (ids_of(theirs), ids_of(ours))
    } else {
        (ids_of(ours), ids_of(theirs))
    };
    let mut order = first;
    let mut seen: HashSet<String> = order.iter().cloned().collect();
    for k in second.into_iter().chain(ids_of(base)) {
        if seen.insert(k.clone()) {
            order.push(k);
        }
    }
    let mut out = Vec::with_capacity(order.len());
    for k in order {
        let b = bi.get(&k).map(|&i| &base[i]);
        let o = oi.get(&k).map(|&i| &ours[i]);
        let t = ti.get(&k).map(|&i| &theirs[i]);
        match (b, o, t) {
            (_, Some(o), Some(t)) => out.push(T::merge3(m, b, o, t)),
            (None, Some(x), None) | (None, None, Some(x)) => out.push(x.clone()),
            (Some(b), Some(x), None) | (Some(b), None, Some(x)) => {
                // Deleted on one side: gone if the other left it alone, else kept and listed.
                if x != b {
                    let (ours_v, theirs_v) = if o.is_some() {
                        (x.value(), Value::Null)
                    } else {
                        (Value::Null, x.value())
                    };
                    m.clash(T::ELEMENT, &k, "deleted", b.value(), ours_v, theirs_v);
                    out.push(x.clone());
                }
            }
            (Some(_), None, None) | (None, None, None) => {}
        }
    }
    out
}

/// Merges `ours` and `theirs`, two descendants of `base`.
///
/// ```
/// use model::{merge::merge, document::*};
/// let base = Document::new("Khung", Kind::Province, "Lâm Đồng");
/// let mut ours = base.clone();
/// ours.components.push(Component::new("c1", "LGSP tỉnh", 2));
/// let mut theirs = base.clone();
/// theirs.components.push(Component::new("c2", "Kho dữ liệu", 2));
/// let m = merge(&base, &ours, &theirs);
/// assert!(m.clashes.is_empty());
/// assert_eq!(m.doc.components.len(), 2);
/// ```
///
/// # Complexity
/// O(n + m) hash lookups for n components and m connections, plus O(k · n) to keep the
/// components that k kept connections still use.
pub fn merge(base: &Document, ours: &Document, theirs: &Document) -> Merged {
    use crate::diff::Element;
    let mut m = Merger {
        clashes: Vec::new(),
    };
    let mut doc = Document::new(String::new(), ours.kind, String::new());
    let s = |v: &String| Value::from(v.as_str());
    doc.title = m.field(
        (Element::Framework, "", "title"),
        Some(&base.title),
        &ours.title,
        &theirs.title,
        s,
    );
    doc.kind = m.field(
        (Element::Framework, "", "kind"),
        Some(&base.kind),
        &ours.kind,
        &theirs.kind,
        |k| Value::from(k.as_str()),
    );
    doc.agency = m.field(
        (Element::Framework, "", "agency"),
        Some(&base.agency),
        &ours.agency,
        &theirs.agency,
        s,
    );
    doc.components = merge_list(
        &mut m,
        &base.components,
        &ours.components,
        &theirs.components,
    );
    doc.connections = merge_list(
        &mut m,
        &base.connections,
        &ours.connections,
        &theirs.connections,
    );
    doc.reviews = merge_reviews(&mut m, base, ours, theirs);
    // A component one side deleted while the other still connects to it comes back.
    let mut present: HashSet<String> = doc.components.iter().map(|c| c.id.clone()).collect();
    let ends: Vec<(String, String)> = doc
        .connections
        .iter()
        .flat_map(|e| [(e.id.clone(), e.from.clone()), (e.id.clone(), e.to.clone())])
        .collect();
    for (edge, end) in ends {
        if present.contains(&end) {
            continue;
        }
        let found = [ours, theirs, base]
            .into_iter()
            .find_map(|d| d.component(&end))
            .cloned();
        if let Some(c) = found {
            let side = |d: &Document| d.component(&end).map_or(Value::Null, Mergeable::value);
            m.clash(
                Element::Component,
                &end,
                &format!("used by {edge}"),
                side(base),
                side(ours),
                side(theirs),
            );
            present.insert(end.clone());
            doc.components.push(c);
        }
    }
    // A decision about a component that is gone goes with it, as removing a component does.
    doc.reviews.retain(|r| present.contains(&r.component));
    Merged {
        doc,
        clashes: m.clashes,
    }
}

/// Merges the recorded overlap decisions, keyed by component and platform, as fields are
/// merged: one side's new or changed decision is taken, different decisions clash (ours kept),
/// and a decision withdrawn on one side and changed on the other is kept and listed.
fn merge_reviews(
    m: &mut Merger,
    base: &Document,
    ours: &Document,
    theirs: &Document,
) -> Vec<Review> {
    let get = |d: &Document, c: &str, p: &str| {
        d.reviews
            .iter()
            .find(|r| r.component == c && r.platform == p)
            .map(|r| r.decision)
    };
    let value = |d: Option<Decision>| d.map_or(Value::Null, |d| Value::from(d.as_str()));
    let mut keys: Vec<(String, String)> = Vec::new();
    for r in ours
        .reviews
        .iter()
        .chain(&theirs.reviews)
        .chain(&base.reviews)
    {
        let k = (r.component.clone(), r.platform.clone());
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    let mut out = Vec::new();
    for (c, p) in keys {
        let (b, o, t) = (get(base, &c, &p), get(ours, &c, &p), get(theirs, &c, &p));
        let decision = match field3(Some(&b), &o, &t) {
            Ok(d) => d,
            Err(()) => {
                let id = format!("{c} {p}");
                let field = if o.is_none() || t.is_none() {
                    "deleted"
                } else {
                    "review"
                };
                m.clash(
                    crate::diff::Element::Framework,
                    &id,
                    field,
                    value(b),
                    value(o),
                    value(t),
                );
                o.or(t)
            }
        };
        if let Some(decision) = decision {
            out.push(Review {
                component: c,
                platform: p,
                decision,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Direction, Status};

    use crate::diff::tests::doc as base;

    #[test]
    fn edits_to_different_fields_both_land() {
        let b = base();
        let mut o = base();
        o.components[0].name = "Nền tảng LGSP".into();
        let mut t = base();
        t.components[0].status = Status::Planned;
        let m = merge(&b, &o, &t);
        assert!(m.clashes.is_empty());
        assert_eq!(m.doc.components[0].name, "Nền tảng LGSP");
        assert_eq!(m.doc.components[0].status, Status::Planned);
    }

    #[test]
    fn the_same_field_changed_differently_clashes_and_keeps_ours() {
        let b = base();
        let mut o = base();
        o.components[1].layer = 3;
        let mut t = base();
        t.components[1].layer = 1;
        let m = merge(&b, &o, &t);
        assert_eq!(m.doc.components[1].layer, 3);
        assert_eq!(m.clashes.len(), 1);
        let c = &m.clashes[0];
        assert_eq!((c.id.as_str(), c.field.as_str()), ("c2", "layer"));
        assert_eq!(
            (c.base.clone(), c.ours.clone(), c.theirs.clone()),
            (4.into(), 3.into(), 1.into())
        );
        assert!(c.to_string().contains("bên kia 1"));
    }

    #[test]
    fn deleted_on_one_side_and_changed_on_the_other_is_kept_and_listed() {
        let b = base();
        let mut o = base();
        o.components.remove(1);
        o.connections.clear();
        let mut t = base();
        t.components[1].owner = "Sở KH&CN".into();
        let m = merge(&b, &o, &t);
        assert!(m.doc.component("c2").is_some());
        assert_eq!(m.clashes.len(), 1);
        assert_eq!(m.clashes[0].field, "deleted");
        assert_eq!(m.clashes[0].ours, Value::Null);
        // e1 was deleted by ours and untouched by theirs: it goes.
        assert!(m.doc.connections.is_empty());
    }

    #[test]
    fn a_deleted_component_a_new_connection_uses_comes_back() {
        let b = base();
        let mut o = base();
        o.components.remove(1);
        o.connections.clear();
        let mut t = base();
        t.connections.push(Connection {
            id: "e2".into(),
            from: "c2".into(),
            to: "c1".into(),
            label: "phản hồi".into(),
            direction: Direction::Forward,
        });
        let m = merge(&b, &o, &t);
        assert!(m.doc.component("c2").is_some());
        assert!(m.clashes.iter().any(|c| c.field == "used by e2"));
        let ids: HashSet<&str> = m.doc.components.iter().map(|c| c.id.as_str()).collect();
        assert!(m
            .doc
            .connections
            .iter()
            .all(|e| ids.contains(e.from.as_str()) && ids.contains(e.to.as_str())));
    }

    #[test]
    fn capability_terms_merge_as_sets() {
        let mut b = base();
        b.components[0].capabilities = vec!["a".into(), "b".into()];
        let mut o = b.clone();
        o.components[0].capabilities = vec!["a".into(), "b".into(), "c".into()];
        let mut t = b.clone();
        t.components[0].capabilities = vec!["b".into(), "d".into()];
        let m = merge(&b, &o, &t);
        assert_eq!(m.doc.components[0].capabilities, ["b", "c", "d"]);
        assert!(m.clashes.is_empty());
    }

    #[test]
    fn overlap_decisions_merge_by_component_and_platform() {
        let review = |c: &str, d| Review {
            component: c.into(),
            platform: "A-01".into(),
            decision: d,
        };
        let b = base();
        let mut o = base();
        o.reviews.push(review("c1", Decision::Dismissed));
        let mut t = base();
        t.reviews.push(review("c2", Decision::Confirmed));
        let m = merge(&b, &o, &t);
        assert!(m.clashes.is_empty());
        assert_eq!(m.doc.reviews.len(), 2);
        // Different decisions on one pair clash, ours kept.
        let mut t2 = base();
        t2.reviews.push(review("c1", Decision::Confirmed));
        let m = merge(&b, &o, &t2);
        assert_eq!(m.clashes[0].field, "review");
        assert_eq!(m.doc.reviews, [review("c1", Decision::Dismissed)]);
    }

    #[test]
    fn the_same_new_component_on_both_sides_is_taken_once() {
        let b = base();
        let mut o = base();
        o.components.push(Component::new("c3", "Kho dữ liệu", 2));
        let t = o.clone();
        let m = merge(&b, &o, &t);
        assert_eq!(m.doc, o);
    }
}
