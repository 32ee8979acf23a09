//! The diagram's SVG in the page, kept in step with the model's render by patching.
//!
//! The model renders a scene into [`Parts`]; the first paint writes them whole, exactly as the
//! exports do. After an edit, [`Drawn::update`] compares the new parts with the drawn ones and
//! touches only what changed: a moved node gets a new `transform` (and box height), a
//! connection whose ends moved gets new coordinates, a changed node or connection is re-parsed
//! alone. Elements are found through an index kept here, not by querying the DOM, so an edit
//! that shifts every row of a 300-node diagram costs attribute writes and nothing else: parsing
//! markup and walking the DOM is what used to cost the frame.

use model::svg::{EdgePart, NodePart, Parts};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

#[wasm_bindgen]
extern "C" {
    /// An element seen only as something with attributes.
    type Attributes;

    /// `Element.setAttribute` without web-sys's exception wrapper: the names written here are
    /// constants that cannot throw, and the wrapper was a measurable share of a redraw.
    #[wasm_bindgen(method, js_name = setAttribute)]
    fn set(this: &Attributes, name: &str, value: &str);
}

/// Sets attribute `name` of `el` to `value`.
fn put(el: &Element, name: &str, value: &str) {
    el.unchecked_ref::<Attributes>().set(name, value);
}

/// One node on screen: its group and its box, and the piece they show.
struct NodeEls {
    g: Element,
    rect: Option<Element>,
    part: Arc<NodePart>,
}

/// One connection on screen: its group, its path and its label, and the piece they show.
struct EdgeEls {
    g: Element,
    path: Option<Element>,
    label: Option<Element>,
    part: Arc<EdgePart>,
}

/// The SVG as drawn in a host element, with an index of its nodes and connections.
pub(crate) struct Drawn {
    /// What the drawing shows but its nodes and connections (which the index holds).
    frame: Parts,
    svg: Element,
    title: Element,
    desc: Element,
    bands: Element,
    nodes_g: Element,
    edges_g: Element,
    legend: Element,
    nodes: HashMap<String, NodeEls>,
    edges: HashMap<String, EdgeEls>,
    /// The ids drawn as selected.
    selected: HashSet<String>,
}

fn child(parent: &Element, selector: &str) -> Option<Element> {
    parent.query_selector(selector).ok().flatten()
}

fn node_els(g: Element, part: &Arc<NodePart>) -> NodeEls {
    NodeEls {
        rect: child(&g, ":scope > rect"),
        g,
        part: Arc::clone(part),
    }
}

fn edge_els(g: Element, part: &Arc<EdgePart>) -> EdgeEls {
    EdgeEls {
        part: Arc::clone(part),
        path: g.first_element_child(),
        label: if part.label.is_empty() {
            None
        } else {
            g.last_element_child()
        },
        g,
    }
}

/// Replaces `old` with the element `markup` parses to, and returns the new one.
fn replace(old: &Element, markup: &str) -> Option<Element> {
    old.insert_adjacent_html("afterend", markup).ok()?;
    let new = old.next_element_sibling();
    old.remove();
    new
}

/// Appends the element `markup` parses to inside `parent`, and returns it.
fn append(parent: &Element, markup: &str) -> Option<Element> {
    parent.insert_adjacent_html("beforeend", markup).ok()?;
    parent.last_element_child()
}

/// Removes from the page, and from `index`, every element whose id is not `wanted`.
fn remove_gone<T>(
    index: &mut HashMap<String, T>,
    wanted: &HashSet<&str>,
    element: impl Fn(&T) -> &Element,
) {
    index.retain(|id, els| {
        let keep = wanted.contains(id.as_str());
        if !keep {
            element(els).remove();
        }
        keep
    });
}

/// Marks a node as selected or not, for the eye (`selected`) and for assistive technology
/// (`aria-pressed`: nodes are toggle buttons).
fn mark(g: &Element, on: bool) {
    let _ = g.class_list().toggle_with_force("selected", on);
    put(g, "aria-pressed", if on { "true" } else { "false" });
}

impl Drawn {
    /// Writes `parts` whole into `host` and indexes the result. `None` if the markup did not
    /// come out as expected (it always does; the caller then simply redraws next time).
    pub(crate) fn draw(host: &Element, parts: &Parts) -> Option<Drawn> {
        host.set_inner_html(&parts.to_svg(None));
        let svg = child(host, ":scope > svg")?;
        let nodes_g = child(&svg, ":scope > g.nodes")?;
        let edges_g = child(&svg, ":scope > g.edges")?;
        let mut nodes = HashMap::with_capacity(parts.nodes.len());
        let mut el = nodes_g.first_element_child();
        for n in &parts.nodes {
            let g = el?;
            el = g.next_element_sibling();
            put(&g, "aria-pressed", "false");
            nodes.insert(n.id.clone(), node_els(g, n));
        }
        let mut edges = HashMap::with_capacity(parts.edges.len());
        let mut el = edges_g.first_element_child();
        for e in &parts.edges {
            let g = el?;
            el = g.next_element_sibling();
            edges.insert(e.id.clone(), edge_els(g, e));
        }
        Some(Drawn {
            frame: Parts {
                width: parts.width.clone(),
                height: parts.height.clone(),
                title: parts.title.clone(),
                desc: parts.desc.clone(),
                bands: parts.bands.clone(),
                nodes: Vec::new(),
                edges: Vec::new(),
                legend: parts.legend.clone(),
            },
            title: child(&svg, ":scope > title")?,
            desc: child(&svg, ":scope > desc")?,
            bands: child(&svg, ":scope > g.bands")?,
            legend: child(&svg, ":scope > g.legend")?,
            svg,
            nodes_g,
            edges_g,
            nodes,
            edges,
            selected: HashSet::new(),
        })
    }

    /// Whether `next` is another diagram rather than an edit of this one (it shares fewer than
    /// half its nodes), which one write of the whole draws faster than patching.
    pub(crate) fn is_other(&self, next: &Parts) -> bool {
        let shared = next
            .nodes
            .iter()
            .filter(|n| self.nodes.contains_key(&n.id))
            .count();
        shared * 2 < next.nodes.len()
    }

    /// Brings the drawing from what it shows to `next`, keeping the selection marked.
    pub(crate) fn update(&mut self, next: &Parts) {
        let shown = &mut self.frame;
        // Text, never markup: titles and descriptions hold user names.
        if shown.title != next.title {
            self.title.set_text_content(Some(&next.title));
            shown.title.clone_from(&next.title);
        }
        if shown.desc != next.desc {
            self.desc.set_text_content(Some(&next.desc));
            shown.desc.clone_from(&next.desc);
        }
        if (&shown.width, &shown.height) != (&next.width, &next.height) {
            put(&self.svg, "width", &next.width);
            put(&self.svg, "height", &next.height);
            put(
                &self.svg,
                "viewBox",
                &format!("0 0 {} {}", next.width, next.height),
            );
            shown.width.clone_from(&next.width);
            shown.height.clone_from(&next.height);
        }
        if shown.bands != next.bands {
            self.bands.set_inner_html(&next.bands);
            shown.bands.clone_from(&next.bands);
        }
        if shown.legend != next.legend {
            if let Some(el) = replace(&self.legend, &next.legend) {
                self.legend = el;
            }
            shown.legend.clone_from(&next.legend);
        }
        self.update_nodes(&next.nodes);
        self.update_edges(&next.edges);
    }

    fn update_nodes(&mut self, next: &[Arc<NodePart>]) {
        let wanted: HashSet<&str> = next.iter().map(|n| n.id.as_str()).collect();
        remove_gone(&mut self.nodes, &wanted, |els| &els.g);
        self.selected.retain(|id| wanted.contains(id.as_str()));
        for n in next {
            let fresh = match self.nodes.get_mut(&n.id) {
                Some(els) if Arc::ptr_eq(&els.part, n) => continue,
                Some(els) if (&els.part.open, &els.part.body) == (&n.open, &n.body) => {
                    let o = std::mem::replace(&mut els.part, Arc::clone(n));
                    if (&o.x, &o.y) != (&n.x, &n.y) {
                        put(&els.g, "transform", &n.transform());
                    }
                    if o.h != n.h {
                        if let Some(rect) = &els.rect {
                            put(rect, "height", &n.h);
                        }
                    }
                    continue;
                }
                Some(els) => replace(&els.g, &n.markup()),
                None => append(&self.nodes_g, &n.markup()),
            };
            if let Some(g) = fresh {
                mark(&g, self.selected.contains(&n.id));
                self.nodes.insert(n.id.clone(), node_els(g, n));
            }
        }
    }

    fn update_edges(&mut self, next: &[Arc<EdgePart>]) {
        let wanted: HashSet<&str> = next.iter().map(|e| e.id.as_str()).collect();
        remove_gone(&mut self.edges, &wanted, |els| &els.g);
        for e in next {
            let fresh = match self.edges.get_mut(&e.id) {
                Some(els) if Arc::ptr_eq(&els.part, e) || els.part == *e => continue,
                Some(els) if els.part.same_but_geometry(e) => {
                    let o = std::mem::replace(&mut els.part, Arc::clone(e));
                    if let (true, Some(path)) = (o.d != e.d, &els.path) {
                        put(path, "d", &e.d);
                    }
                    if let (true, Some(label)) = (
                        (&o.label_x, &o.label_y) != (&e.label_x, &e.label_y),
                        &els.label,
                    ) {
                        put(label, "x", &e.label_x);
                        put(label, "y", &e.label_y);
                    }
                    continue;
                }
                Some(els) => replace(&els.g, &e.markup()),
                None => append(&self.edges_g, &e.markup()),
            };
            if let Some(g) = fresh {
                self.edges.insert(e.id.clone(), edge_els(g, e));
            }
        }
    }

    /// Marks exactly `ids` as selected, touching only the nodes whose mark changes.
    pub(crate) fn select(&mut self, ids: &[String]) {
        let want: HashSet<&str> = ids.iter().map(String::as_str).collect();
        for id in &self.selected {
            if !want.contains(id.as_str()) {
                if let Some(els) = self.nodes.get(id) {
                    mark(&els.g, false);
                }
            }
        }
        for id in &want {
            if !self.selected.contains(*id) {
                if let Some(els) = self.nodes.get(*id) {
                    mark(&els.g, true);
                }
            }
        }
        self.selected = want
            .into_iter()
            .filter(|id| self.nodes.contains_key(*id))
            .map(str::to_owned)
            .collect();
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::*;
    use model::document::{Component, Document, Kind, Point};
    use model::views::framework;
    use wasm_bindgen_test::*;

    fn host() -> Element {
        let doc = web_sys::window().unwrap().document().unwrap();
        let el = doc.create_element("div").unwrap();
        doc.body().unwrap().append_child(&el).unwrap();
        el
    }

    fn parts(d: &Document) -> Parts {
        Parts::of(&framework::scene(model::Catalogue::get(), d))
    }

    /// The drawing's pieces as markup, each group's children sorted (a patch appends new items
    /// last, which changes paint order only), without the selection marks the app adds.
    fn snapshot(host: &Element) -> Vec<String> {
        let svg = host.first_element_child().unwrap();
        let mut out = vec![svg.get_attribute("viewBox").unwrap()];
        for sel in ["title", "desc", "g.bands", "g.legend"] {
            out.push(
                child(&svg, &format!(":scope > {sel}"))
                    .unwrap()
                    .outer_html(),
            );
        }
        for sel in ["g.nodes", "g.edges"] {
            let g = child(&svg, &format!(":scope > {sel}")).unwrap();
            let mut items = Vec::new();
            let mut el = g.first_element_child();
            while let Some(e) = el {
                let e2 = e
                    .clone_node_with_deep(true)
                    .unwrap()
                    .unchecked_into::<Element>();
                let _ = e2.remove_attribute("aria-pressed");
                let _ = e2.class_list().remove_1("selected");
                items.push(e2.outer_html());
                el = e.next_element_sibling();
            }
            model::sort::sort(&mut items);
            out.extend(items);
        }
        out
    }

    /// Patching a drawing to an edited framework gives what drawing it afresh gives: rows
    /// shifted by an added component, a rename, a removed and a relabelled connection, a
    /// component dragged, and the title and description.
    #[wasm_bindgen_test]
    fn a_patched_drawing_equals_a_fresh_one() {
        let before =
            model::compose::from_reference(model::Catalogue::get(), Kind::Province, "Tỉnh Huế");
        let mut after = before.clone();
        after.title = "Khung <mới> & \"khác\"".into();
        after
            .components
            .insert(3, Component::new("added", "Hệ thống thêm <b>mới</b>", 2));
        after.components[7].name = "Tên đã đổi".into();
        after.components[9].position = Some(Point { x: 40.0, y: 40.0 });
        after.connections.remove(0);
        after.connections[1].label = "dữ liệu".into();

        let patched = host();
        let mut drawn = Drawn::draw(&patched, &parts(&before)).unwrap();
        drawn.update(&parts(&after));
        let fresh = host();
        Drawn::draw(&fresh, &parts(&after)).unwrap();
        assert_eq!(snapshot(&patched), snapshot(&fresh));
        // Hostile text stayed text.
        assert!(patched.query_selector("b").unwrap().is_none());
    }

    /// Selection marks follow the selection and survive a node being redrawn.
    #[wasm_bindgen_test]
    fn selection_marks_survive_a_redraw() {
        let before =
            model::compose::from_reference(model::Catalogue::get(), Kind::Ministry, "Bộ Tư pháp");
        let id = before.components[0].id.clone();
        let host = host();
        let mut drawn = Drawn::draw(&host, &parts(&before)).unwrap();
        drawn.select(std::slice::from_ref(&id));
        let mut after = before.clone();
        after.components[0].name = "Tên khác hẳn".into();
        drawn.update(&parts(&after));
        let marked: Vec<String> = (0..host.query_selector_all("g.node.selected").unwrap().length())
            .filter_map(|i| host.query_selector_all("g.node.selected").unwrap().item(i))
            .map(|n| {
                n.unchecked_into::<Element>()
                    .get_attribute("data-id")
                    .unwrap()
            })
            .collect();
        assert_eq!(marked, vec![id.clone()]);
        let pressed = host
            .query_selector_all("g.node[aria-pressed=\"true\"]")
            .unwrap()
            .length();
        assert_eq!(pressed, 1);
        drawn.select(&[]);
        assert!(host.query_selector("g.node.selected").unwrap().is_none());
        assert_eq!(
            host.query_selector_all("g.node[aria-pressed=\"false\"]")
                .unwrap()
                .length() as usize,
            after.components.len()
        );
    }
}
