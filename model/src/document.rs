//! The framework document: what one agency publishes as its own digital architecture framework.
//!
//! The document is plain data (it serialises, diffs and undoes cheaply); [`Document::graph`]
//! builds a petgraph view of it for queries. Ids are the document's own strings and never
//! petgraph indices, which removals would invalidate.

use petgraph::graph::{DiGraph, NodeIndex};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The kind of agency, which selects the reference architecture a framework starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Bộ, cơ quan ngang bộ.
    Ministry,
    /// Tỉnh, thành phố trực thuộc Trung ương.
    Province,
    /// Xã, phường, đặc khu.
    Commune,
    /// Cơ quan Đảng.
    Party,
    /// Quốc hội.
    Assembly,
    /// Mặt trận Tổ quốc Việt Nam.
    Front,
    /// Tòa án, Viện kiểm sát và các cơ quan, tổ chức khác.
    Other,
}

impl Kind {
    /// Every kind, in the order the UI lists them.
    pub const ALL: [Kind; 7] = [
        Kind::Ministry,
        Kind::Province,
        Kind::Commune,
        Kind::Party,
        Kind::Assembly,
        Kind::Front,
        Kind::Other,
    ];

    /// The id used on the command line and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Ministry => "ministry",
            Kind::Province => "province",
            Kind::Commune => "commune",
            Kind::Party => "party",
            Kind::Assembly => "assembly",
            Kind::Front => "front",
            Kind::Other => "other",
        }
    }

    /// Parses the id used on the command line.
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The Vietnamese label.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Ministry => "Cấp bộ",
            Kind::Province => "Cấp tỉnh",
            Kind::Commune => "Cấp xã",
            Kind::Party => "Cơ quan Đảng",
            Kind::Assembly => "Quốc hội",
            Kind::Front => "Mặt trận Tổ quốc Việt Nam",
            Kind::Other => "Cơ quan, tổ chức khác",
        }
    }
}

/// Where a component stands in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Running today.
    #[default]
    Existing,
    /// To be built, bought or rented.
    Planned,
    /// Running today and to be expanded or upgraded: 1132/QĐ-TTg Điều 2 khoản 2 forbids
    /// extending ("mở rộng phạm vi triển khai") a duplicate as it forbids building one.
    Expanding,
    /// Being retired.
    Retiring,
}

impl Status {
    /// Every status, in the order a form lists them.
    pub const ALL: [Status; 4] = [
        Status::Existing,
        Status::Planned,
        Status::Expanding,
        Status::Retiring,
    ];

    /// The id used in JSON and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Existing => "existing",
            Status::Planned => "planned",
            Status::Expanding => "expanding",
            Status::Retiring => "retiring",
        }
    }

    /// The Vietnamese label.
    pub fn label(self) -> &'static str {
        match self {
            Status::Existing => "Hiện có",
            Status::Planned => "Kế hoạch",
            Status::Expanding => "Mở rộng, nâng cấp",
            Status::Retiring => "Sắp dừng",
        }
    }

    /// Whether the status means new investment: building, buying, renting, expanding or
    /// upgrading, which 1132/QĐ-TTg Điều 2 khoản 2 names together.
    pub fn is_new_work(self) -> bool {
        matches!(self, Status::Planned | Status::Expanding)
    }
}

/// A point in diagram coordinates.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
}

/// A component of an agency's framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Component {
    /// The document's own id; unique within the document.
    pub id: String,
    /// Name as the agency writes it.
    pub name: String,
    /// What it does.
    #[serde(default)]
    pub description: String,
    /// Layer 1–4.
    pub layer: u8,
    /// Life-cycle status.
    #[serde(default)]
    pub status: Status,
    /// The agency that runs it.
    #[serde(default)]
    pub owner: String,
    /// Capability terms, matched against the catalogue by the overlap rules.
    #[serde(default)]
    pub capabilities: Vec<String>,
    /// The catalogue platform this component reuses (e.g. `A-01`); `None` for the agency's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    /// A manual position that overrides auto-layout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<Point>,
    /// A recorded exemption from the duplication rule (1132/QĐ-TTg Article 2 clause 2 allows
    /// one only for defence, security or cipher needs, or where a sector law requires it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exemption: Option<Exemption>,
}

impl Component {
    /// The agency's own component, existing, with nothing but a name and a layer: what a user
    /// starts from when adding one, and what tests build on.
    pub fn new(id: impl Into<String>, name: impl Into<String>, layer: u8) -> Self {
        Component {
            id: id.into(),
            name: name.into(),
            description: String::new(),
            layer,
            status: Status::Existing,
            owner: String::new(),
            capabilities: Vec::new(),
            platform: None,
            position: None,
            exemption: None,
        }
    }
}

/// Why a component may duplicate a national platform: the ground Article 2 names and the
/// agency's written justification. An exempted component is still shown, marked as exempted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exemption {
    /// The ground.
    pub ground: ExemptionGround,
    /// The agency's justification, required: an exemption without one is not recorded.
    pub justification: String,
}

/// The grounds 1132/QĐ-TTg Article 2 clause 2 accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExemptionGround {
    /// Quốc phòng.
    Defence,
    /// An ninh.
    Security,
    /// Cơ yếu.
    Cipher,
    /// Yêu cầu theo quy định của pháp luật chuyên ngành.
    SectorLaw,
}

impl ExemptionGround {
    /// The id used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ExemptionGround::Defence => "defence",
            ExemptionGround::Security => "security",
            ExemptionGround::Cipher => "cipher",
            ExemptionGround::SectorLaw => "sector_law",
        }
    }

    /// Parses the JSON id.
    pub fn parse(s: &str) -> Option<Self> {
        [Self::Defence, Self::Security, Self::Cipher, Self::SectorLaw]
            .into_iter()
            .find(|g| g.as_str() == s)
    }

    /// The Vietnamese label, as Article 2 words it.
    pub fn label(self) -> &'static str {
        match self {
            ExemptionGround::Defence => "Quốc phòng",
            ExemptionGround::Security => "An ninh",
            ExemptionGround::Cipher => "Cơ yếu",
            ExemptionGround::SectorLaw => "Pháp luật chuyên ngành",
        }
    }
}

/// Which way a connection runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// From `from` to `to`.
    #[default]
    Forward,
    /// Both ways.
    Both,
}

/// A connection between two components.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Connection {
    /// The document's own id.
    pub id: String,
    /// Source component id.
    pub from: String,
    /// Target component id.
    pub to: String,
    /// Label, e.g. "chia sẻ dữ liệu".
    #[serde(default)]
    pub label: String,
    /// Direction.
    #[serde(default)]
    pub direction: Direction,
}

/// What a person decided about a possible overlap (a weak match the rules could not settle).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    /// It does duplicate the platform: the rules report it as an overlap.
    Confirmed,
    /// It does not: the rules no longer report it.
    Dismissed,
}

impl Decision {
    /// The id used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Confirmed => "confirmed",
            Decision::Dismissed => "dismissed",
        }
    }

    /// Parses the JSON id.
    pub fn parse(s: &str) -> Option<Decision> {
        [Decision::Confirmed, Decision::Dismissed]
            .into_iter()
            .find(|d| d.as_str() == s)
    }
}

/// A person's decision on a possible overlap of one component with one platform. Saved in the
/// framework, so the judgement travels with it through export and import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// The component's id.
    pub component: String,
    /// The catalogue platform (`A-10`).
    pub platform: String,
    /// The decision.
    pub decision: Decision,
}

/// An agency's framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Title.
    pub title: String,
    /// Kind of agency.
    pub kind: Kind,
    /// The agency's name.
    #[serde(default)]
    pub agency: String,
    /// Components.
    #[serde(default)]
    pub components: Vec<Component>,
    /// Connections.
    #[serde(default)]
    pub connections: Vec<Connection>,
    /// Decisions on possible overlaps, at most one per component and platform.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<Review>,
    /// Where the layout put each component, once the user edits: kept so that an edit moves no
    /// other box ("Tự sắp xếp" computes it afresh). `None` until then: the picture is the
    /// layout's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrangement: Option<Arrangement>,
}

/// The band grid of a framework the user edits: how many columns every band has and which cell
/// each component stands in. A component whose cell is missing, or names another layer, is
/// given the first free cell of its band.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Arrangement {
    /// Columns of every band.
    pub columns: u16,
    /// Component id to its cell.
    pub cells: std::collections::BTreeMap<String, Cell>,
}

/// One cell of a band's grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Cell {
    /// The band's layer (1–4): a component moved to another layer needs a new cell there.
    pub layer: u8,
    /// Row inside the band, from its top.
    pub row: u16,
    /// Column, from the left.
    pub col: u16,
}

/// The document as a directed graph whose weights are indices into `Document::components` and
/// `Document::connections`.
pub struct Graph {
    /// The graph.
    pub graph: DiGraph<usize, usize>,
    /// Component id to node.
    pub index: HashMap<String, NodeIndex>,
}

impl Document {
    /// An empty framework.
    pub fn new(title: impl Into<String>, kind: Kind, agency: impl Into<String>) -> Self {
        Document {
            title: title.into(),
            kind,
            agency: agency.into(),
            components: Vec::new(),
            connections: Vec::new(),
            reviews: Vec::new(),
            arrangement: None,
        }
    }

    /// The decision recorded on component `component`'s possible overlap with `platform`.
    pub fn review(&self, component: &str, platform: &str) -> Option<Decision> {
        self.reviews
            .iter()
            .find(|r| r.component == component && r.platform == platform)
            .map(|r| r.decision)
    }

    /// The component with `id`.
    pub fn component(&self, id: &str) -> Option<&Component> {
        self.components.iter().find(|c| c.id == id)
    }

    /// Builds the graph view. Connections whose ends are missing are left out.
    ///
    /// # Complexity
    /// O(n + m) for n components and m connections.
    pub fn graph(&self) -> Graph {
        let mut graph = DiGraph::with_capacity(self.components.len(), self.connections.len());
        let mut index = HashMap::with_capacity(self.components.len());
        for (i, c) in self.components.iter().enumerate() {
            index.insert(c.id.clone(), graph.add_node(i));
        }
        for (i, e) in self.connections.iter().enumerate() {
            if let (Some(&a), Some(&b)) = (index.get(&e.from), index.get(&e.to)) {
                graph.add_edge(a, b, i);
            }
        }
        Graph { graph, index }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comp(id: &str, layer: u8) -> Component {
        Component::new(id, id, layer)
    }

    #[test]
    fn kind_ids_round_trip() {
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.as_str()), Some(k));
        }
        assert_eq!(Kind::parse("bo"), None);
    }

    #[test]
    fn graph_skips_dangling_connections() {
        let mut d = Document::new("t", Kind::Province, "Lâm Đồng");
        d.components = vec![comp("a", 1), comp("b", 2)];
        d.connections = vec![
            Connection {
                id: "e1".into(),
                from: "a".into(),
                to: "b".into(),
                label: String::new(),
                direction: Direction::Forward,
            },
            Connection {
                id: "e2".into(),
                from: "a".into(),
                to: "zz".into(),
                label: String::new(),
                direction: Direction::Forward,
            },
        ];
        let g = d.graph();
        assert_eq!(g.graph.node_count(), 2);
        assert_eq!(g.graph.edge_count(), 1);
    }
}
