//! Synthetic frameworks of any size, for benchmarks and stress tests. Deterministic (a fixed
//! xorshift generator), so every run measures the same graph.

use crate::document::{Component, Connection, Direction, Document, Kind, Status};

const WORDS: [&str; 16] = [
    "Hệ thống",
    "thông tin",
    "quản lý",
    "hồ sơ",
    "dữ liệu",
    "chuyên ngành",
    "đất đai",
    "y tế",
    "giáo dục",
    "giao thông",
    "tài nguyên",
    "môi trường",
    "văn bản",
    "điều hành",
    "báo cáo",
    "tỉnh",
];

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A framework with `n` components spread over the four layers and about `edges_per_node · n`
/// connections, mostly between neighbouring layers as real frameworks have them.
///
/// ```
/// let d = model::synth::framework(100, 1.5);
/// assert_eq!(d.components.len(), 100);
/// assert_eq!(d.connections.len(), 150);
/// ```
pub fn framework(n: usize, edges_per_node: f64) -> Document {
    generate(n, edges_per_node, 0x9E37_79B9_7F4A_7C15)
}

/// Platforms an [`agency_framework`] reuses now and then.
const REUSED: [&str; 6] = ["A-01", "A-02", "A-06", "A-04", "B-28", "A-13"];

/// Capability terms an [`agency_framework`]'s own components carry now and then, so that a
/// portfolio of them holds shared-platform candidates.
const OWN_TERMS: [&str; 6] = [
    "quản lý cây xanh đô thị",
    "theo dõi ngập lụt",
    "quản lý nghĩa trang",
    "quản lý chợ truyền thống",
    "giám sát bến thủy nội địa",
    "quản lý di tích lịch sử",
];

/// The framework of one synthetic agency, number `seed`: like [`framework`], with words drawn
/// afresh for each seed, a kind (mostly communes, as in the political system), about one
/// component in ten reusing a national platform and one in ten carrying an own capability
/// term. For portfolio benchmarks.
///
/// ```
/// let a = model::synth::agency_framework(100, 1.5, 1);
/// let b = model::synth::agency_framework(100, 1.5, 2);
/// assert_ne!(a.agency, b.agency);
/// assert_ne!(a.components[0].name, b.components[0].name);
/// ```
pub fn agency_framework(n: usize, edges_per_node: f64, seed: u64) -> Document {
    let mut doc = generate(
        n,
        edges_per_node,
        0x9E37_79B9_7F4A_7C15 ^ seed.wrapping_mul(0x2545_F491_4F6C_DD1D),
    );
    let mut rng = XorShift(seed.wrapping_add(1).wrapping_mul(0x9E37_79B9));
    doc.kind = match seed % 100 {
        0 => Kind::Province,
        1 => Kind::Ministry,
        2 => Kind::Party,
        _ => Kind::Commune,
    };
    doc.agency = format!("Cơ quan mẫu {seed}");
    for c in &mut doc.components {
        match rng.below(10) {
            0 => c.platform = Some(REUSED[rng.below(REUSED.len())].to_owned()),
            1 => c.capabilities = vec![OWN_TERMS[rng.below(OWN_TERMS.len())].to_owned()],
            _ => {}
        }
    }
    doc
}

fn generate(n: usize, edges_per_node: f64, seed: u64) -> Document {
    let mut rng = XorShift(seed);
    let mut doc = Document::new(
        format!("Khung tổng hợp {n} thành phần"),
        Kind::Province,
        "Tỉnh mẫu",
    );
    for i in 0..n {
        let words = 3 + rng.below(5);
        let name: Vec<&str> = (0..words).map(|_| WORDS[rng.below(WORDS.len())]).collect();
        doc.components.push(Component {
            id: format!("c{i}"),
            name: format!("{} {i}", name.join(" ")),
            description: String::new(),
            layer: 1 + (rng.below(4)) as u8,
            status: if rng.below(3) == 0 {
                Status::Planned
            } else {
                Status::Existing
            },
            owner: String::new(),
            capabilities: Vec::new(),
            platform: None,
            position: None,
            exemption: None,
        });
    }
    let m = (n as f64 * edges_per_node).round() as usize;
    for j in 0..m {
        let a = rng.below(n);
        let la = doc.components[a].layer;
        // Prefer a target one layer away.
        let mut b = rng.below(n);
        for _ in 0..4 {
            if doc.components[b].layer.abs_diff(la) == 1 {
                break;
            }
            b = rng.below(n);
        }
        doc.connections.push(Connection {
            id: format!("e{j}"),
            from: format!("c{a}"),
            to: format!("c{b}"),
            // One connection in three says what flows, as agencies' drawings do.
            label: if j % 3 == 0 {
                LABELS[(j / 3) % LABELS.len()].to_owned()
            } else {
                String::new()
            },
            direction: Direction::Forward,
        });
    }
    doc
}

/// What connections carry, in the words of agencies' framework drawings.
const LABELS: [&str; 6] = [
    "chia sẻ dữ liệu",
    "xác thực",
    "tích hợp qua LGSP",
    "đồng bộ hồ sơ",
    "báo cáo",
    "thanh toán",
];
