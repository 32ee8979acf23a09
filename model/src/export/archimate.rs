//! The framework as an ArchiMate model, in The Open Group's ArchiMate Model Exchange File Format
//! 3.1 (namespace `http://www.opengroup.org/xsd/archimate/3.0/`, which 3.1 keeps), so that
//! architects can open it in Archi, BiZZdesign, Sparx EA or any tool that imports the standard.
//!
//! The file holds the model's elements and relationships, property definitions for what
//! ArchiMate has no field for (Khung id, layer, platform, status, owner, capabilities,
//! exemption), organizations (one folder per layer, one for relationships, one for the view) and
//! one view: the diagram as Khung lays it out, with each layer as a visual container and each
//! component at the position and size it has on screen. Names and documentation are tagged
//! `xml:lang="vi"`. Everything is written through quick-xml's writer, so all text is escaped.
//!
//! # How components become elements
//!
//! | Layer of the national model | Component | ArchiMate element |
//! |---|---|---|
//! | 1 Hạ tầng số và an ninh mạng | the agency's own | `Node` |
//! | 1 | a reused national platform | `TechnologyService` |
//! | 2 Dữ liệu và nền tảng lõi | named for data (see below) | `DataObject` |
//! | 2 | any other, own or reused | `ApplicationComponent` |
//! | 3 Ứng dụng và nghiệp vụ | the agency's own | `ApplicationComponent` |
//! | 3 | a reused national platform | `ApplicationService` |
//! | 4 Kênh tương tác | named for a group of users (see below) | `BusinessRole` |
//! | 4 | any other (portal, app, dashboard), own or reused | `ApplicationInterface` |
//!
//! Why:
//!
//! - **Own structure, reused services.** What the agency runs itself is structure it owns and
//!   places: a data centre, network or server room is a technology `Node`, a system it builds
//!   is an `ApplicationComponent`. A national platform reused under 1132/QĐ-TTg is run by
//!   another agency; what the reusing agency models is the behaviour it is offered, which is
//!   ArchiMate's *service*: hosting, networks and security monitoring from the national data
//!   centre are `TechnologyService`s, and shared business applications (the national
//!   public-service portal, the document exchange axis, online meetings, official e-mail) are
//!   `ApplicationService`s.
//! - **Layer 2 holds data and the platforms that move it.** Databases (CSDL) and data stores
//!   are passive structure, `DataObject`. The core platforms of layer 2 (the agency's LGSP,
//!   NDXP, identity and authentication) are integrated with component to component, exchanging
//!   data with the agency's systems, so they stay `ApplicationComponent`s even when reused; the
//!   `platform` property marks the reused ones.
//! - **Layer 4 is where users meet the system.** Portals, apps and dashboards are the points
//!   of access at which application services are offered to users, ArchiMate's
//!   `ApplicationInterface`. A layer-4 component named for the users themselves (citizens,
//!   businesses, officials) stands for their part in the interaction: a `BusinessRole`.
//! - **Names are read by their head noun.** Vietnamese puts the head noun first, so a name
//!   *starting* with "CSDL", "Cơ sở dữ liệu", "Dữ liệu" or "Kho dữ liệu" (after a plural "Các" or
//!   "Những") names data, while "Nền tảng tích hợp, chia sẻ dữ liệu" names a platform and
//!   "Hệ thống CSDL …" a system. Likewise a layer-4 name starting with "Người dân", "Công dân",
//!   "Doanh nghiệp", "Cán bộ", "Công chức", "Viên chức", "Người dùng" or "Lãnh đạo" names users.
//!
//! # How connections become relationships
//!
//! Khung's connections mean "exchanges data with", in the direction given. Every choice below
//! is valid in the ArchiMate 3.1 relationship table (Appendix B, as Archi encodes it) for every
//! pair of the element types above:
//!
//! - between two elements that are not `DataObject`s: `Flow` (transfer of data from one to the
//!   other), which the table allows between any two of them; a two-way connection becomes one
//!   undirected `Association` instead, since a flow has one direction;
//! - between a `DataObject` and another element: `Access`, drawn from the other element to the
//!   data as the standard requires, `Write` when the connection runs towards the data, `Read`
//!   when it runs from it, `ReadWrite` when it runs both ways;
//! - between two `DataObject`s: `Association` (the table allows nothing more specific), directed
//!   when the connection is.
//!
//! The connection's label becomes the relationship's name. Connections whose ends are missing
//! are left out.
//!
//! # Identifiers
//!
//! Identifiers must be XML `ID`s: each is `id-` and the Khung id with every character other than
//! an ASCII letter, digit, `-`, `_` or `.` replaced by `_`, with `-2`, `-3`, … added when two
//! would clash. View nodes and view connections get `id-node-…` and `id-conn-…`.

use crate::catalogue::Catalogue;
use crate::document::{Component, Connection, Direction, Document, Status};
use crate::text::fold;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use std::collections::{HashMap, HashSet};
use std::io;

/// The namespace of the exchange format, which version 3.1 keeps from 3.0.
pub const NAMESPACE: &str = "http://www.opengroup.org/xsd/archimate/3.0/";
/// Where The Open Group publishes the 3.1 schema the output follows.
pub const SCHEMA_LOCATION: &str =
    "http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd";
const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";

/// The ArchiMate element type a component becomes; see the module header for the mapping.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ElementType {
    /// Technology layer, active structure.
    Node,
    /// Technology layer, behaviour offered to others.
    TechnologyService,
    /// Application layer, passive structure.
    DataObject,
    /// Application layer, active structure.
    ApplicationComponent,
    /// Application layer, behaviour offered to others.
    ApplicationService,
    /// Application layer, point of access.
    ApplicationInterface,
    /// Business layer, a responsibility taken by users.
    BusinessRole,
}

impl ElementType {
    /// The `xsi:type` the exchange format uses.
    pub fn as_str(self) -> &'static str {
        match self {
            ElementType::Node => "Node",
            ElementType::TechnologyService => "TechnologyService",
            ElementType::DataObject => "DataObject",
            ElementType::ApplicationComponent => "ApplicationComponent",
            ElementType::ApplicationService => "ApplicationService",
            ElementType::ApplicationInterface => "ApplicationInterface",
            ElementType::BusinessRole => "BusinessRole",
        }
    }
}

/// Head nouns, folded, that make a layer-2 name a `DataObject`.
const DATA_HEADS: [&str; 5] = [
    "csdl",
    "co so du lieu",
    "du lieu",
    "kho du lieu",
    "database",
];
/// Head nouns, folded, that make a layer-4 name a `BusinessRole`.
const ROLE_HEADS: [&str; 8] = [
    "nguoi dan",
    "cong dan",
    "doanh nghiep",
    "can bo",
    "cong chuc",
    "vien chuc",
    "nguoi dung",
    "lanh dao",
];

/// True when the folded `name`, after a plural marker, starts with one of `heads` as whole words.
fn headed_by(name: &str, heads: &[&str]) -> bool {
    let f = fold(name);
    let f = ["cac ", "nhung "]
        .iter()
        .find_map(|p| f.strip_prefix(p))
        .unwrap_or(&f);
    heads.iter().any(|h| {
        f.strip_prefix(h)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    })
}

/// The element type of `c`, by its layer, whether it reuses a national platform, and its name.
///
/// ```
/// use model::document::Component;
/// use model::export::archimate::{element_type, ElementType};
/// let mut c = Component::new("c1", "Cơ sở dữ liệu cán bộ", 2);
/// assert_eq!(element_type(&c), ElementType::DataObject);
/// c.name = "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh".into();
/// assert_eq!(element_type(&c), ElementType::ApplicationComponent);
/// c.layer = 3;
/// c.platform = Some("A-04".into());
/// assert_eq!(element_type(&c), ElementType::ApplicationService);
/// ```
pub fn element_type(c: &Component) -> ElementType {
    let reused = c.platform.is_some();
    match c.layer {
        1 if reused => ElementType::TechnologyService,
        1 => ElementType::Node,
        2 if headed_by(&c.name, &DATA_HEADS) => ElementType::DataObject,
        2 => ElementType::ApplicationComponent,
        4 if headed_by(&c.name, &ROLE_HEADS) => ElementType::BusinessRole,
        4 => ElementType::ApplicationInterface,
        _ if reused => ElementType::ApplicationService,
        _ => ElementType::ApplicationComponent,
    }
}

/// A relationship as written: its type, its ends (which `Access` may swap) and attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Relationship {
    /// `Flow`, `Access` or `Association`.
    pub kind: &'static str,
    /// Whether source and target are the connection's `to` and `from`.
    pub swapped: bool,
    /// The `accessType` of an `Access`.
    pub access: Option<&'static str>,
    /// The `isDirected` of an `Association`.
    pub directed: Option<bool>,
}

/// The relationship a connection between elements of types `from` and `to` becomes; see the
/// module header.
///
/// ```
/// use model::document::Direction;
/// use model::export::archimate::{relationship, ElementType::*};
/// assert_eq!(relationship(ApplicationComponent, Node, Direction::Forward).kind, "Flow");
/// let r = relationship(DataObject, ApplicationComponent, Direction::Forward);
/// assert_eq!((r.kind, r.swapped, r.access), ("Access", true, Some("Read")));
/// ```
pub fn relationship(from: ElementType, to: ElementType, direction: Direction) -> Relationship {
    let data = |t| t == ElementType::DataObject;
    let both = direction == Direction::Both;
    let plain = |kind, directed| Relationship {
        kind,
        swapped: false,
        access: None,
        directed,
    };
    match (data(from), data(to)) {
        (false, false) if both => plain("Association", None),
        (false, false) => plain("Flow", None),
        (true, true) => plain("Association", Some(!both)),
        (false, true) => Relationship {
            kind: "Access",
            swapped: false,
            access: Some(if both { "ReadWrite" } else { "Write" }),
            directed: None,
        },
        (true, false) => Relationship {
            kind: "Access",
            swapped: true,
            access: Some(if both { "ReadWrite" } else { "Read" }),
            directed: None,
        },
    }
}

/// Hands out unique XML `ID`s.
#[derive(Default)]
struct Ids(HashSet<String>);

impl Ids {
    fn make(&mut self, raw: &str) -> String {
        let clean: String = raw
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let base = format!("id-{clean}");
        let mut id = base.clone();
        let mut n = 1;
        while !self.0.insert(id.clone()) {
            n += 1;
            id = format!("{base}-{n}");
        }
        id
    }
}

/// Drops characters XML 1.0 cannot hold (most control characters), which no reader lets in
/// but a document built in code might hold.
fn xml_chars(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && !matches!(c, '\u{FFFE}' | '\u{FFFF}'))
        })
        .collect()
}

/// The property definitions, in the order written: id, Vietnamese name, English name.
const PROPERTIES: [(&str, &str, &str); 9] = [
    ("propid-khung-id", "Mã trong Khung", "Khung id"),
    ("propid-layer", "Lớp", "Layer"),
    ("propid-platform", "Nền tảng dùng chung", "Shared platform"),
    ("propid-status", "Trạng thái", "Status"),
    ("propid-owner", "Cơ quan chủ quản", "Owner"),
    ("propid-capabilities", "Năng lực", "Capabilities"),
    ("propid-exemption", "Miễn trừ", "Exemption"),
    ("propid-agency", "Cơ quan", "Agency"),
    ("propid-kind", "Loại cơ quan", "Kind of agency"),
];

fn status_words(s: Status) -> (&'static str, &'static str) {
    match s {
        Status::Existing => ("Hiện có", "existing"),
        Status::Planned => ("Kế hoạch", "planned"),
        Status::Expanding => ("Mở rộng, nâng cấp", "expanding"),
        Status::Retiring => ("Sắp dừng", "retiring"),
    }
}

/// A thin layer over quick-xml's writer for the few shapes this format needs.
struct Xml(Writer<Vec<u8>>);

impl Xml {
    fn open(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        let mut start = BytesStart::new(name);
        for &a in attrs {
            start.push_attribute(a);
        }
        self.0.write_event(Event::Start(start))
    }

    fn close(&mut self, name: &str) -> io::Result<()> {
        self.0.write_event(Event::End(BytesEnd::new(name)))
    }

    fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        let mut start = BytesStart::new(name);
        for &a in attrs {
            start.push_attribute(a);
        }
        self.0.write_event(Event::Empty(start))
    }

    fn text(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) -> io::Result<()> {
        self.0
            .create_element(name)
            .with_attributes(attrs.iter().copied())
            .write_text_content(BytesText::new(&xml_chars(text)))?;
        Ok(())
    }

    /// `<name xml:lang="vi">text</name>`, or nothing for empty text.
    fn vi(&mut self, name: &str, text: &str) -> io::Result<()> {
        if text.trim().is_empty() {
            return Ok(());
        }
        self.text(name, &[("xml:lang", "vi")], text)
    }

    /// `<properties>` with a `<property>` per value (values in Vietnamese, then English).
    fn properties(&mut self, props: &[(&str, Vec<(&str, String)>)]) -> io::Result<()> {
        let props: Vec<_> = props.iter().filter(|(_, v)| !v.is_empty()).collect();
        if props.is_empty() {
            return Ok(());
        }
        self.open("properties", &[])?;
        for (def, values) in props {
            self.open("property", &[("propertyDefinitionRef", def)])?;
            for (lang, v) in values {
                if lang.is_empty() {
                    self.text("value", &[], v)?;
                } else {
                    self.text("value", &[("xml:lang", lang)], v)?;
                }
            }
            self.close("property")?;
        }
        self.close("properties")
    }
}

/// A value without a language, or none for empty text.
fn plain(v: &str) -> Vec<(&'static str, String)> {
    if v.trim().is_empty() {
        Vec::new()
    } else {
        vec![("", v.to_owned())]
    }
}

/// A Vietnamese value, or none for empty text.
fn vi(v: &str) -> Vec<(&'static str, String)> {
    if v.trim().is_empty() {
        Vec::new()
    } else {
        vec![("vi", v.to_owned())]
    }
}

/// Writes `doc` as an ArchiMate exchange file, with one view laid out as Khung draws it.
///
/// ```
/// use model::document::{Component, Document, Kind};
/// let mut doc = Document::new("Khung", Kind::Province, "Lâm Đồng");
/// doc.components.push(Component::new("c1", "<LGSP> tỉnh", 2));
/// let xml = model::export::archimate::write(model::Catalogue::get(), &doc);
/// assert!(xml.contains(r#"<element identifier="id-c1" xsi:type="ApplicationComponent">"#));
/// assert!(xml.contains("&lt;LGSP&gt; tỉnh"));
/// ```
///
/// # Complexity
/// O(n log n + m) for n components and m connections, as the layout it draws on.
pub fn write(cat: &Catalogue, doc: &Document) -> String {
    let mut xml = Xml(Writer::new_with_indent(Vec::new(), b' ', 2));
    write_model(&mut xml, cat, doc).expect("writing to memory cannot fail");
    let mut bytes = xml.0.into_inner();
    bytes.push(b'\n');
    String::from_utf8(bytes).expect("quick-xml writes the UTF-8 it is given")
}

fn write_model(xml: &mut Xml, cat: &Catalogue, doc: &Document) -> io::Result<()> {
    let mut ids = Ids::default();
    let model_id = ids.make("model");
    let view_id = ids.make("view");
    let types: HashMap<&str, ElementType> = doc
        .components
        .iter()
        .map(|c| (c.id.as_str(), element_type(c)))
        .collect();
    let element_ids: HashMap<&str, String> = doc
        .components
        .iter()
        .map(|c| (c.id.as_str(), ids.make(&c.id)))
        .collect();
    // Connections whose ends exist, with their relationship and identifier.
    let relations: Vec<_> = doc
        .connections
        .iter()
        .filter_map(|e| {
            let (from, to) = (types.get(e.from.as_str())?, types.get(e.to.as_str())?);
            Some((e, relationship(*from, *to, e.direction), ids.make(&e.id)))
        })
        .collect();

    xml.0
        .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let schema_location = format!("{NAMESPACE} {SCHEMA_LOCATION}");
    xml.open(
        "model",
        &[
            ("xmlns", NAMESPACE),
            ("xmlns:xsi", XSI),
            ("xsi:schemaLocation", &schema_location),
            ("identifier", &model_id),
        ],
    )?;
    xml.vi("name", title(doc))?;
    let of = if doc.agency.is_empty() {
        doc.kind.label()
    } else {
        &doc.agency
    };
    xml.vi(
        "documentation",
        &format!(
            "Khung kiến trúc số của {of}, theo mô hình bốn lớp của 05-QĐ/BCĐTW và 3090/QĐ-BKHCN: \
             {} thành phần, {} kết nối. Xuất từ Khung {}.",
            doc.components.len(),
            doc.connections.len(),
            crate::VERSION
        ),
    )?;
    xml.properties(&[
        ("propid-agency", vi(&doc.agency)),
        (
            "propid-kind",
            vec![
                ("vi", doc.kind.label().to_owned()),
                ("en", doc.kind.as_str().to_owned()),
            ],
        ),
    ])?;

    if !doc.components.is_empty() {
        xml.open("elements", &[])?;
        for c in &doc.components {
            write_element(xml, c, &element_ids[c.id.as_str()])?;
        }
        xml.close("elements")?;
    }

    if !relations.is_empty() {
        xml.open("relationships", &[])?;
        for (e, r, id) in &relations {
            let (a, b) = (&element_ids[e.from.as_str()], &element_ids[e.to.as_str()]);
            let (source, target) = if r.swapped { (b, a) } else { (a, b) };
            let mut attrs = vec![
                ("identifier", id.as_str()),
                ("source", source.as_str()),
                ("target", target.as_str()),
                ("xsi:type", r.kind),
            ];
            if let Some(access) = r.access {
                attrs.push(("accessType", access));
            }
            if r.directed == Some(true) {
                attrs.push(("isDirected", "true"));
            }
            if e.label.trim().is_empty() {
                xml.empty("relationship", &attrs)?;
            } else {
                xml.open("relationship", &attrs)?;
                xml.vi("name", &e.label)?;
                xml.close("relationship")?;
            }
        }
        xml.close("relationships")?;
    }

    write_organizations(xml, cat, doc, &element_ids, &relations, &view_id)?;

    xml.open("propertyDefinitions", &[])?;
    for (id, vi_name, en_name) in PROPERTIES {
        xml.open(
            "propertyDefinition",
            &[("identifier", id), ("type", "string")],
        )?;
        xml.text("name", &[("xml:lang", "vi")], vi_name)?;
        xml.text("name", &[("xml:lang", "en")], en_name)?;
        xml.close("propertyDefinition")?;
    }
    xml.close("propertyDefinitions")?;

    write_view(xml, cat, doc, &mut ids, &view_id, &element_ids, &relations)?;
    xml.close("model")
}

/// The model's and the view's name: the document's title, or a generic one.
fn title(doc: &Document) -> &str {
    if doc.title.trim().is_empty() {
        "Khung kiến trúc số"
    } else {
        &doc.title
    }
}

fn write_element(xml: &mut Xml, c: &Component, id: &str) -> io::Result<()> {
    xml.open(
        "element",
        &[("identifier", id), ("xsi:type", element_type(c).as_str())],
    )?;
    xml.text("name", &[("xml:lang", "vi")], &c.name)?;
    xml.vi("documentation", &c.description)?;
    let (status_vi, status_en) = status_words(c.status);
    let exemption = c.exemption.as_ref().map_or(String::new(), |e| {
        format!("{}: {}", e.ground.label(), e.justification)
    });
    xml.properties(&[
        ("propid-khung-id", plain(&c.id)),
        ("propid-layer", plain(&c.layer.to_string())),
        (
            "propid-platform",
            plain(c.platform.as_deref().unwrap_or("")),
        ),
        (
            "propid-status",
            vec![("vi", status_vi.into()), ("en", status_en.into())],
        ),
        ("propid-owner", vi(&c.owner)),
        ("propid-capabilities", vi(&c.capabilities.join("; "))),
        ("propid-exemption", vi(&exemption)),
    ])?;
    xml.close("element")
}

/// One folder per layer holding its elements, one for relationships, one for the view.
fn write_organizations(
    xml: &mut Xml,
    cat: &Catalogue,
    doc: &Document,
    element_ids: &HashMap<&str, String>,
    relations: &[(&Connection, Relationship, String)],
    view_id: &str,
) -> io::Result<()> {
    xml.open("organizations", &[])?;
    for layer in 1..=4u8 {
        let members: Vec<&Component> = doc.components.iter().filter(|c| c.layer == layer).collect();
        if members.is_empty() {
            continue;
        }
        xml.open("item", &[])?;
        xml.text(
            "label",
            &[("xml:lang", "vi")],
            &crate::views::layer_title(cat, layer),
        )?;
        for c in members {
            xml.empty("item", &[("identifierRef", &element_ids[c.id.as_str()])])?;
        }
        xml.close("item")?;
    }
    if !relations.is_empty() {
        xml.open("item", &[])?;
        xml.text("label", &[("xml:lang", "vi")], "Quan hệ")?;
        for (_, _, id) in relations {
            xml.empty("item", &[("identifierRef", id)])?;
        }
        xml.close("item")?;
    }
    xml.open("item", &[])?;
    xml.text("label", &[("xml:lang", "vi")], "Góc nhìn")?;
    xml.empty("item", &[("identifierRef", view_id)])?;
    xml.close("item")?;
    xml.close("organizations")
}

/// The diagram: layers as containers, components at their laid-out place, relationships.
fn write_view(
    xml: &mut Xml,
    cat: &Catalogue,
    doc: &Document,
    ids: &mut Ids,
    view_id: &str,
    element_ids: &HashMap<&str, String>,
    relations: &[(&Connection, Relationship, String)],
) -> io::Result<()> {
    let scene = crate::views::framework::scene(cat, doc);
    // The format wants non-negative integer positions; a node dragged above or left of the
    // origin shifts the whole picture.
    let dx = scene.nodes.iter().map(|n| n.x).fold(0.0f32, f32::min);
    let dy = scene.nodes.iter().map(|n| n.y).fold(0.0f32, f32::min);
    let at = |v: f32, d: f32| format!("{}", (v - d).round().max(0.0) as u64);
    let size = |v: f32| format!("{}", v.round().max(1.0) as u64);

    xml.open("views", &[])?;
    xml.open("diagrams", &[])?;
    xml.open(
        "view",
        &[
            ("identifier", view_id),
            ("xsi:type", "Diagram"),
            ("viewpoint", "Layered"),
        ],
    )?;
    xml.vi("name", title(doc))?;
    xml.vi("documentation", &scene.description)?;
    let layer_of: HashMap<&str, u8> = doc
        .components
        .iter()
        .map(|c| (c.id.as_str(), c.layer))
        .collect();
    let band_ids: Vec<String> = scene
        .bands
        .iter()
        .map(|b| ids.make(&format!("layer-{}", b.layer)))
        .collect();
    let node_ids: HashMap<&str, String> = scene
        .nodes
        .iter()
        .filter(|n| element_ids.contains_key(n.id.as_str()))
        .map(|n| (n.id.as_str(), ids.make(&format!("node-{}", n.id))))
        .collect();
    let element_node = |xml: &mut Xml, n: &crate::scene::Node| -> io::Result<()> {
        let (Some(id), Some(element)) =
            (node_ids.get(n.id.as_str()), element_ids.get(n.id.as_str()))
        else {
            return Ok(());
        };
        let (x, y, w, h) = (at(n.x, dx), at(n.y, dy), size(n.w), size(n.h));
        xml.empty(
            "node",
            &[
                ("identifier", id),
                ("elementRef", element),
                ("xsi:type", "Element"),
                ("x", &x),
                ("y", &y),
                ("w", &w),
                ("h", &h),
            ],
        )
    };
    // Each layer is a visual container holding the nodes that lie inside it; a node the user
    // dragged out of its band is drawn on its own, where it was put.
    let (band_x, band_w) = (4.0, scene.width - 8.0);
    let inside = |n: &crate::scene::Node, b: &crate::scene::Band| {
        layer_of.get(n.id.as_str()) == Some(&b.layer)
            && n.x >= band_x
            && n.x + n.w <= band_x + band_w
            && n.y >= b.y
            && n.y + n.h <= b.y + b.height
    };
    for (b, id) in scene.bands.iter().zip(&band_ids) {
        let (x, y, w, h) = (at(band_x, dx), at(b.y, dy), size(band_w), size(b.height));
        xml.open(
            "node",
            &[
                ("identifier", id),
                ("x", &x),
                ("y", &y),
                ("w", &w),
                ("h", &h),
                ("xsi:type", "Container"),
            ],
        )?;
        xml.text("label", &[("xml:lang", "vi")], &b.title)?;
        for n in scene.nodes.iter().filter(|n| inside(n, b)) {
            element_node(xml, n)?;
        }
        xml.close("node")?;
    }
    for n in &scene.nodes {
        if !scene.bands.iter().any(|b| inside(n, b)) {
            element_node(xml, n)?;
        }
    }
    for (e, r, rel_id) in relations {
        let (Some(a), Some(b)) = (node_ids.get(e.from.as_str()), node_ids.get(e.to.as_str()))
        else {
            continue;
        };
        let (source, target) = if r.swapped { (b, a) } else { (a, b) };
        let id = ids.make(&format!("conn-{}", e.id));
        xml.empty(
            "connection",
            &[
                ("identifier", &id),
                ("relationshipRef", rel_id),
                ("xsi:type", "Relationship"),
                ("source", source),
                ("target", target),
            ],
        )?;
    }
    xml.close("view")?;
    xml.close("diagrams")?;
    xml.close("views")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_and_role_heads_are_whole_leading_words() {
        let t = |name: &str, layer| element_type(&Component::new("c", name, layer));
        assert_eq!(
            t("Các CSDL dùng chung, CSDL chuyên ngành", 2),
            ElementType::DataObject
        );
        assert_eq!(
            t("Kho dữ liệu dùng chung cấp tỉnh", 2),
            ElementType::DataObject
        );
        assert_eq!(t("CSDL", 2), ElementType::DataObject);
        assert_eq!(
            t("Hệ thống CSDL tỉnh", 2),
            ElementType::ApplicationComponent
        );
        assert_eq!(t("CSDLX", 2), ElementType::ApplicationComponent);
        assert_eq!(t("Dữ liệu dân cư", 3), ElementType::ApplicationComponent);
        assert_eq!(t("Người dân, doanh nghiệp", 4), ElementType::BusinessRole);
        assert_eq!(
            t("Cổng dịch vụ công tỉnh", 4),
            ElementType::ApplicationInterface
        );
        assert_eq!(t("Trung tâm dữ liệu tỉnh", 1), ElementType::Node);
    }

    #[test]
    fn reused_platforms_become_services_on_layers_one_and_three() {
        let mut c = Component::new("c", "Nền tảng điện toán đám mây", 1);
        c.platform = Some("A-08".into());
        assert_eq!(element_type(&c), ElementType::TechnologyService);
        c.layer = 2;
        assert_eq!(element_type(&c), ElementType::ApplicationComponent);
        c.layer = 3;
        assert_eq!(element_type(&c), ElementType::ApplicationService);
        c.layer = 4;
        assert_eq!(element_type(&c), ElementType::ApplicationInterface);
    }

    /// The ArchiMate 3.1 relationship table (Appendix B) for the seven element types used, as
    /// Archi encodes it in `com.archimatetool.model/model/relationships.xml` (3.1 and 3.2 agree
    /// here): the letters every cell of each group holds, f flow, a access, o association,
    /// t triggering, v serving, c composition, g aggregation, s specialization.
    fn allowed(source: ElementType, target: ElementType, kind: &str) -> bool {
        use ElementType::*;
        let letter = match kind {
            "Flow" => 'f',
            "Access" => 'a',
            "Association" => 'o',
            _ => return false,
        };
        let letters = match (source, target) {
            (DataObject, DataObject) => "cgos",
            (DataObject, _) => "o",
            (_, DataObject) => "ao",
            _ => "fotv",
        };
        letters.contains(letter)
    }

    #[test]
    fn every_relationship_is_allowed_by_the_table() {
        use ElementType::*;
        let all = [
            Node,
            TechnologyService,
            DataObject,
            ApplicationComponent,
            ApplicationService,
            ApplicationInterface,
            BusinessRole,
        ];
        for a in all {
            for b in all {
                for d in [Direction::Forward, Direction::Both] {
                    let r = relationship(a, b, d);
                    let (s, t) = if r.swapped { (b, a) } else { (a, b) };
                    assert!(allowed(s, t, r.kind), "{a:?} -> {b:?} ({d:?}): {}", r.kind);
                }
            }
        }
    }

    #[test]
    fn layers_hold_their_nodes_unless_dragged_out() {
        let mut doc = Document::new("t", crate::document::Kind::Province, "");
        let mut far = Component::new("far", "Xa", 3);
        far.position = Some(crate::document::Point {
            x: -50.0,
            y: 4000.0,
        });
        doc.components = vec![Component::new("near", "Gần", 3), far];
        let xml = write(Catalogue::get(), &doc);
        let layer3 = xml.find("id-layer-3").unwrap();
        let layer3_end = layer3 + xml[layer3..].find("</node>").unwrap();
        let near = xml.find("id-node-near").unwrap();
        let far = xml.find("id-node-far").unwrap();
        assert!(layer3 < near && near < layer3_end, "{xml}");
        assert!(far > xml.rfind("</node>").unwrap(), "{xml}");
        // Shifted right by 50 so that no position is negative.
        assert!(
            xml.contains(r#"elementRef="id-far" xsi:type="Element" x="0""#),
            "{xml}"
        );
    }

    #[test]
    fn ids_are_clean_and_unique() {
        let mut ids = Ids::default();
        assert_eq!(ids.make("c1"), "id-c1");
        assert_eq!(ids.make("a b"), "id-a_b");
        assert_eq!(ids.make("a_b"), "id-a_b-2");
        assert_eq!(ids.make("<x>\"ế"), "id-_x___");
        assert_eq!(ids.make("c1"), "id-c1-2");
    }
}
