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

    /// The legend's Vietnamese caption ([`crate::captions`] holds the English).
    pub fn caption(self) -> &'static str {
        crate::captions::Caption::Kind(self).text(crate::captions::Lang::Vi)
    }
}

/// What a finding on a node is about, drawn as the badge's shape and colour so that the kinds
/// stay apart in greyscale print too (shape), and at a glance on screen (colour).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mark {
    /// It duplicates a national shared platform of 1132/QĐ-TTg or a national shared component of
    /// 3090/QĐ-BKHCN: a circle with two overlapping squares.
    Overlap,
    /// It may duplicate one, for a person to confirm or dismiss: the overlap badge hollow.
    PossibleOverlap,
    /// It misses or breaks a requirement of 3090/QĐ-BKHCN or 4577/BKHCN-CĐSQG: a square with "!".
    Compliance,
    /// It lacks a connection the reference architecture requires: a diamond with a link.
    Connection,
    /// Its finding is exempted with a recorded justification: a hexagon with a tick.
    Exempted,
}

impl Mark {
    /// Every mark, in the legend's order.
    pub const ALL: [Mark; 5] = [
        Mark::Overlap,
        Mark::PossibleOverlap,
        Mark::Compliance,
        Mark::Connection,
        Mark::Exempted,
    ];

    /// The CSS class of the badge's shape and colour.
    pub fn class(self) -> &'static str {
        match self {
            Mark::Overlap => "mark-overlap",
            Mark::PossibleOverlap => "mark-possible",
            Mark::Compliance => "mark-compliance",
            Mark::Connection => "mark-connection",
            Mark::Exempted => "mark-exempted",
        }
    }
}

/// How much the finding on a node matters, drawn as the box's outline (a thick solid one for a
/// violation, a dashed one for a warning, none for information).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    /// It breaks a rule (e.g. duplicates an operational platform).
    Violation,
    /// It will break one when a platform goes live, or should be looked at.
    Warning,
    /// For information, or exempted with a recorded justification.
    Info,
}

impl Level {
    /// The CSS class of the node's outline.
    pub fn class(self) -> &'static str {
        match self {
            Level::Violation => "flag-violation",
            Level::Warning => "flag-warning",
            Level::Info => "flag-info",
        }
    }
}

/// A finding's mark on a node, so a flagged component stands out at once: the outline says how
/// much it matters, the badge what it is about. Ordered most severe first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Badge {
    /// How much it matters.
    pub level: Level,
    /// What it is about.
    pub mark: Mark,
}

impl Badge {
    /// The CSS classes of the node carrying it: outline, then badge.
    pub fn class(self) -> String {
        format!("{} {}", self.level.class(), self.mark.class())
    }

    /// The Vietnamese words for screen readers: what it is about, and how much it matters.
    pub fn caption(self) -> String {
        self.caption_in(crate::captions::Lang::Vi)
    }

    /// [`Badge::caption`] in `lang`.
    pub fn caption_in(self, lang: crate::captions::Lang) -> String {
        use crate::captions::Caption;
        format!(
            "{} ({})",
            Caption::Mark(self.mark).text(lang),
            Caption::Level(self.level).text(lang).to_lowercase()
        )
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

/// A routed connection: an orthogonal polyline, drawn with rounded corners.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// The connection's own id.
    pub id: String,
    /// Source node id.
    pub from: String,
    /// Target node id.
    pub to: String,
    /// Label, drawn at `label_at`.
    pub label: String,
    /// Arrow heads at both ends.
    pub both: bool,
    /// An extra CSS class set after layout, such as a version comparison's `diff-removed`.
    pub mark: Option<&'static str>,
    /// From the source box's side to the target box's side; every segment is horizontal or
    /// vertical.
    pub points: Vec<(f32, f32)>,
    /// Where the label's middle and baseline go: on the connection, clear of boxes, band titles
    /// and other labels (`None` when there is no label).
    pub label_at: Option<(f32, f32)>,
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
