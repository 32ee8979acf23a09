//! Starting a framework: a new document seeded from the reference architecture of the agency's
//! kind, with its national shared components already linked to their catalogue entries.

use crate::catalogue::Catalogue;
use crate::document::{Component, Connection, Direction, Document, Kind, Status};

/// A new framework for an agency of `kind`, holding its reference architecture's elements and
/// the connections the text names. An element that stands for a catalogue platform reuses it;
/// a platform the text says an element connects to, but which the architecture does not list,
/// is added as a reused component so that the connection can be drawn.
///
/// ```
/// use model::{compose, document::Kind, Catalogue};
/// let d = compose::from_reference(Catalogue::get(), Kind::Province, "Lâm Đồng");
/// assert!(d.components.iter().all(|c| (1..=4).contains(&c.layer)));
/// ```
pub fn from_reference(cat: &Catalogue, kind: Kind, agency: &str) -> Document {
    let title = match agency.trim() {
        "" => format!("Khung kiến trúc số – {}", kind.label()),
        a => format!("Khung kiến trúc số của {a}"),
    };
    let mut doc = Document::new(title, kind, agency.trim());
    let Some(r) = cat.reference_architecture(kind.as_str()) else {
        return doc;
    };
    for l in &r.layers {
        for e in &l.elements {
            let platform = if e.expected_build {
                None
            } else {
                e.platforms.first().cloned()
            };
            doc.components.push(Component {
                id: e.id.clone(),
                name: e.name.clone(),
                description: e.description.clone(),
                layer: l.layer,
                status: Status::Existing,
                owner: match platform.as_deref().and_then(|p| cat.platform(p)) {
                    Some(p) => p.owner.clone(),
                    None => agency.trim().to_owned(),
                },
                capabilities: Vec::new(),
                platform,
                position: None,
                exemption: None,
            });
        }
    }
    for l in &r.layers {
        for e in &l.elements {
            for target in &e.connects_to {
                let to = match doc
                    .components
                    .iter()
                    .find(|c| c.id != e.id && c.platform.as_deref() == Some(target))
                {
                    Some(c) => c.id.clone(),
                    None => {
                        let Some(p) = cat.platform(target) else {
                            continue;
                        };
                        doc.components.push(Component {
                            id: format!("platform-{}", p.id),
                            name: p.name.clone(),
                            description: p.purpose.clone(),
                            layer: p.layer,
                            status: Status::Existing,
                            owner: p.owner.clone(),
                            capabilities: Vec::new(),
                            platform: Some(p.id.clone()),
                            position: None,
                            exemption: None,
                        });
                        format!("platform-{}", p.id)
                    }
                };
                let id = format!("{}→{}", e.id, to);
                if doc.connections.iter().all(|c| c.id != id) {
                    doc.connections.push(Connection {
                        id,
                        from: e.id.clone(),
                        to,
                        label: "kết nối".into(),
                        direction: Direction::Forward,
                    });
                }
            }
        }
    }
    doc
}

/// A component that reuses catalogue platform `platform` in `doc`, with a fresh id, the
/// platform's layer, owner and capability terms; `None` when no such platform exists.
///
/// ```
/// use model::{compose, document::{Document, Kind}, Catalogue};
/// let d = Document::new("Khung", Kind::Province, "Lâm Đồng");
/// let c = compose::reuse(Catalogue::get(), "A-01", &d).unwrap();
/// assert_eq!(c.platform.as_deref(), Some("A-01"));
/// assert_eq!(c.layer, Catalogue::get().platform("A-01").unwrap().layer);
/// ```
pub fn reuse(cat: &Catalogue, platform: &str, doc: &Document) -> Option<Component> {
    let p = cat.platform(platform)?;
    Some(Component {
        id: doc.fresh_id("c"),
        name: p.name.clone(),
        description: p.purpose.clone(),
        layer: p.layer,
        status: Status::Existing,
        owner: p.owner.clone(),
        capabilities: p.capabilities.clone(),
        platform: Some(p.id.clone()),
        position: None,
        exemption: None,
    })
}
