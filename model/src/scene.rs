//! The scene: a laid-out diagram in plain coordinates, ready to draw.
//!
//! Layout produces a scene and every renderer (the SVG on screen, the exports) consumes one, so
//! what the user sees and what they export cannot drift apart.

/// How a node looks; the legend explains each one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NodeKind {
    /// A national shared component of the four-layer model.
    National,
    /// A catalogue platform (1132/QĐ-TTg) that is operational.
    PlatformOperational,
    /// A catalogue platform not yet operational.
    PlatformPlanned,
    /// An element of a reference architecture that the agency builds itself.
    Reference,
    /// The agency's own component, running today.
    OwnExisting,
    /// The agency's own component, to be built, bought or expanded.
    OwnPlanned,
    /// The agency's own component, being retired.
    OwnRetiring,
}

impl NodeKind {
    /// The CSS class the SVG uses; stable, so portals may style embeds.
    pub fn class(self) -> &'static str {
        match self {
            NodeKind::National => "k-national",
            NodeKind::PlatformOperational => "k-platform-live",
            NodeKind::PlatformPlanned => "k-platform-planned",
            NodeKind::Reference => "k-reference",
            NodeKind::OwnExisting => "k-own",
            NodeKind::OwnPlanned => "k-own-planned",
            NodeKind::OwnRetiring => "k-own-retiring",
        }
    }

    /// The legend's Vietnamese caption.
    pub fn caption(self) -> &'static str {
        match self {
            NodeKind::National => "Thành phần dùng chung quốc gia",
            NodeKind::PlatformOperational => "Nền tảng dùng chung đã vận hành",
            NodeKind::PlatformPlanned => "Nền tảng dùng chung chưa vận hành",
            NodeKind::Reference => "Thành phần cơ quan tự triển khai",
            NodeKind::OwnExisting => "Thành phần của cơ quan (hiện có)",
            NodeKind::OwnPlanned => "Thành phần của cơ quan (kế hoạch)",
            NodeKind::OwnRetiring => "Thành phần của cơ quan (sắp dừng)",
        }
    }
}

/// A finding's mark on a node, so a flagged component stands out at once (and in greyscale
/// print, by its shape and letter, not only its colour).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Badge {
    /// It breaks a rule (e.g. duplicates an operational platform).
    Violation,
    /// It will break one when a platform goes live, or should be looked at.
    Warning,
    /// For information, or exempted with a recorded justification.
    Info,
}

impl Badge {
    /// The CSS class and the legend's caption.
    pub fn class(self) -> &'static str {
        match self {
            Badge::Violation => "flag-violation",
            Badge::Warning => "flag-warning",
            Badge::Info => "flag-info",
        }
    }

    /// The legend's Vietnamese caption.
    pub fn caption(self) -> &'static str {
        match self {
            Badge::Violation => "Vi phạm (trùng nền tảng đang vận hành)",
            Badge::Warning => "Cảnh báo",
            Badge::Info => "Thông tin / đã miễn trừ",
        }
    }

    /// The letter drawn in the badge.
    pub fn letter(self) -> &'static str {
        match self {
            Badge::Violation => "!",
            Badge::Warning => "?",
            Badge::Info => "i",
        }
    }
}

/// A horizontal band holding one layer's nodes.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    /// The layer number, 1–4.
    pub layer: u8,
    /// The title drawn at the band's head, in full.
    pub title: String,
    /// Top edge.
    pub y: f32,
    /// Height.
    pub height: f32,
}

/// One box on the diagram.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The record's own id (never a graph index), used for selection and DOM keys.
    pub id: String,
    /// The full name; shown as the SVG `<title>` even where the box truncates it.
    pub name: String,
    /// The name wrapped into lines that fit the box.
    pub lines: Vec<String>,
    /// Look.
    pub kind: NodeKind,
    /// The most severe finding on this node, if any.
    pub badge: Option<Badge>,
    /// An extra CSS class set after layout, such as a version comparison's `diff-added`.
    pub mark: Option<&'static str>,
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

/// A routed connection: a cubic Bézier curve through four points.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// The connection's own id.
    pub id: String,
    /// Source node id.
    pub from: String,
    /// Target node id.
    pub to: String,
    /// Label drawn at the middle.
    pub label: String,
    /// Arrow heads at both ends.
    pub both: bool,
    /// An extra CSS class set after layout, such as a version comparison's `diff-removed`.
    pub mark: Option<&'static str>,
    /// Start, two control points, end.
    pub points: [(f32, f32); 4],
}

/// A laid-out diagram.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// Title for the SVG `<title>` and the page.
    pub title: String,
    /// Text alternative for the SVG `<desc>`.
    pub description: String,
    /// Total width.
    pub width: f32,
    /// Total height.
    pub height: f32,
    /// Bands, in drawing order.
    pub bands: Vec<Band>,
    /// Nodes, in drawing order.
    pub nodes: Vec<Node>,
    /// Connections.
    pub edges: Vec<Edge>,
    /// Node kinds that occur, for the legend, in first-use order.
    pub legend: Vec<NodeKind>,
    /// Badges that occur, for the legend, most severe first.
    pub badges: Vec<Badge>,
}
