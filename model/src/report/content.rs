//! What the framework document says, as a list of neutral blocks (headings, paragraphs, tables,
//! the diagram), so that the Word and the HTML writers lay out one and the same content and
//! cannot drift apart.
//!
//! Every block is built from the document, the catalogue as of the report's day and one rules
//! analysis; nothing here is typed in by hand, so the report is redone, not edited, after the
//! next change to the framework.

use super::sources;
use crate::catalogue::{Catalogue, Date};
use crate::document::{Component, Direction, Document};
use crate::rules::{self, Analysis, Finding, Severity};
use std::collections::{BTreeMap, HashMap};

/// What the report is made from.
pub struct Input<'a> {
    /// The framework.
    pub doc: &'a Document,
    /// The catalogue as of `day` (its `operational` flags hold on that day).
    pub cat: &'a Catalogue,
    /// The day "đã vận hành" is judged on.
    pub day: Date,
    /// The day the report is written, printed on the title page.
    pub today: Date,
}

/// A table: column titles, relative column widths (they sum to 100) and rows of plain text; a
/// line break in a cell starts a new line.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Column titles, repeated on every printed page.
    pub header: Vec<&'static str>,
    /// Relative widths, in percent of the text width.
    pub widths: Vec<u8>,
    /// Rows, one string per cell.
    pub rows: Vec<Vec<String>>,
}

/// One block of the report, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The title page's lines: (text, emphasis) where emphasis 0 is the main title, 1 the
    /// agency, 2 an ordinary centred line.
    Cover(Vec<(String, u8)>),
    /// The table of contents, listing every heading of level 1 and 2.
    Contents,
    /// A heading; level 1 starts a new page.
    Heading(u8, String),
    /// A paragraph.
    Para(String),
    /// The four-layer diagram, with its caption.
    Diagram(String),
    /// A table.
    Table(Table),
}

/// The whole report: its blocks, and the title and agency for file names and metadata.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    /// The framework's title.
    pub title: String,
    /// The agency.
    pub agency: String,
    /// The blocks, in reading order.
    pub blocks: Vec<Block>,
}

impl Content {
    /// Headings of level 1 and 2, for a table of contents.
    pub fn headings(&self) -> impl Iterator<Item = (u8, &str)> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Heading(l, t) if *l <= 2 => Some((*l, t.as_str())),
            _ => None,
        })
    }
}

/// `24/6/2026`: how Vietnamese official documents write a date.
pub fn vn_date(d: Date) -> String {
    format!("{}/{}/{}", d.day, d.month, d.year)
}

/// Builds the report of `input`. One rules analysis serves the findings and the KPI scores.
///
/// # Complexity
/// Linear in components, connections and findings, after the rules' own work.
pub fn build(input: &Input<'_>) -> Content {
    let Input {
        doc,
        cat,
        day,
        today,
    } = *input;
    let analysis = Analysis::new(doc, cat);
    let findings = rules::check_with(&analysis);
    let scores = rules::kpi_scores_with(&analysis, &findings);
    let mut cited = sources::Cited::default();
    let mut blocks = vec![cover(doc, day, today), Block::Contents];

    blocks.push(Block::Heading(1, "1. Sơ đồ kiến trúc bốn lớp".into()));
    blocks.push(Block::Para(format!(
        "Khung kiến trúc số của {} gồm {} thành phần và {} kết nối, bố trí theo mô hình bốn lớp \
         của Khung kiến trúc tổng thể quốc gia số.",
        who(doc),
        doc.components.len(),
        doc.connections.len()
    )));
    cited.add("05-QĐ/BCĐTW, Chương II");
    cited.add("3090/QĐ-BKHCN, Phần II.3");
    blocks.push(Block::Diagram(format!(
        "Hình 1. Sơ đồ kiến trúc bốn lớp của {}",
        who(doc)
    )));

    components(doc, cat, &mut blocks, &mut cited);
    connections(doc, &mut blocks);
    findings_blocks(&findings, &mut blocks, &mut cited);
    exemptions(doc, cat, &mut blocks, &mut cited);
    kpis(cat, &scores, &mut blocks, &mut cited);
    platforms(doc, cat, day, &mut blocks, &mut cited);

    blocks.push(Block::Heading(1, "Phụ lục. Văn bản được trích dẫn".into()));
    blocks.push(Block::Para(
        "Các văn bản dưới đây được trích dẫn trong báo cáo này, kèm các phần được dẫn chiếu."
            .into(),
    ));
    blocks.push(Block::Table(cited.table()));

    Content {
        title: doc.title.clone(),
        agency: doc.agency.clone(),
        blocks,
    }
}

fn who(doc: &Document) -> &str {
    if doc.agency.is_empty() {
        &doc.title
    } else {
        &doc.agency
    }
}

fn cover(doc: &Document, day: Date, today: Date) -> Block {
    let mut lines = vec![(doc.title.clone(), 0)];
    if !doc.agency.is_empty() {
        lines.push((doc.agency.clone(), 1));
    }
    lines.push((format!("Loại cơ quan: {}", doc.kind.label()), 2));
    lines.push((format!("Ngày lập: {}", vn_date(today)), 2));
    lines.push((
        format!(
            "Đối chiếu với Danh mục nền tảng số dùng chung quốc gia ban hành kèm theo \
             Quyết định số 1132/QĐ-TTg ngày {} của Thủ tướng Chính phủ; tình trạng \
             «đã vận hành» của các nền tảng tính đến ngày {}.",
            vn_date(Catalogue::SIGNED),
            vn_date(day)
        ),
        2,
    ));
    lines.push((
        format!(
            "Lập bằng Khung {}, công cụ mô hình hóa Khung kiến trúc số.",
            crate::VERSION
        ),
        2,
    ));
    Block::Cover(lines)
}

fn components(
    doc: &Document,
    cat: &Catalogue,
    blocks: &mut Vec<Block>,
    cited: &mut sources::Cited,
) {
    blocks.push(Block::Heading(1, "2. Thành phần theo lớp".into()));
    for layer in 1..=4u8 {
        let name = cat.layer(layer).map(|l| l.name.clone()).unwrap_or_default();
        if let Some(l) = cat.layer(layer) {
            cited.add(&l.source.citation());
        }
        blocks.push(Block::Heading(2, format!("2.{layer}. Lớp {layer}: {name}")));
        let rows: Vec<Vec<String>> = doc
            .components
            .iter()
            .filter(|c| c.layer == layer)
            .enumerate()
            .map(|(i, c)| {
                vec![
                    (i + 1).to_string(),
                    c.name.clone(),
                    c.description.clone(),
                    c.status.label().into(),
                    c.owner.clone(),
                    platform_cell(cat, c),
                ]
            })
            .collect();
        if rows.is_empty() {
            blocks.push(Block::Para("Lớp này chưa có thành phần.".into()));
            continue;
        }
        blocks.push(Block::Table(Table {
            header: vec![
                "STT",
                "Tên thành phần",
                "Mô tả",
                "Tình trạng",
                "Đơn vị chủ quản",
                "Nền tảng quốc gia dùng lại",
            ],
            widths: vec![8, 22, 28, 11, 14, 17],
            rows,
        }));
    }
}

fn platform_cell(cat: &Catalogue, c: &Component) -> String {
    match c.platform.as_deref() {
        None => String::new(),
        Some(id) => match cat.platform(id) {
            Some(p) => format!("{id} {}", p.name),
            None => id.to_owned(),
        },
    }
}

fn connections(doc: &Document, blocks: &mut Vec<Block>) {
    blocks.push(Block::Heading(1, "3. Kết nối giữa các thành phần".into()));
    if doc.connections.is_empty() {
        blocks.push(Block::Para("Khung chưa có kết nối nào.".into()));
        return;
    }
    let names: HashMap<&str, &str> = doc
        .components
        .iter()
        .map(|c| (c.id.as_str(), c.name.as_str()))
        .collect();
    let name = |id: &str| names.get(id).copied().unwrap_or(id).to_owned();
    let rows = doc
        .connections
        .iter()
        .enumerate()
        .map(|(i, k)| {
            vec![
                (i + 1).to_string(),
                name(&k.from),
                name(&k.to),
                k.label.clone(),
                match k.direction {
                    Direction::Forward => "Một chiều",
                    Direction::Both => "Hai chiều",
                }
                .into(),
            ]
        })
        .collect();
    blocks.push(Block::Table(Table {
        header: vec![
            "STT",
            "Từ thành phần",
            "Đến thành phần",
            "Nội dung",
            "Chiều",
        ],
        widths: vec![8, 30, 30, 20, 12],
        rows,
    }));
}

fn findings_blocks(findings: &[Finding], blocks: &mut Vec<Block>, cited: &mut sources::Cited) {
    blocks.push(Block::Heading(1, "4. Kết quả kiểm tra".into()));
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    blocks.push(Block::Para(format!(
        "Khung được kiểm tra theo quy định không trùng lặp nền tảng số dùng chung quốc gia \
         (1132/QĐ-TTg, Điều 2) và các yêu cầu của 3090/QĐ-BKHCN và 4577/BKHCN-CĐSQG: \
         {} vi phạm, {} cảnh báo, {} thông tin.",
        count(Severity::Violation),
        count(Severity::Warning),
        count(Severity::Info)
    )));
    cited.add("1132/QĐ-TTg, Điều 2");
    for (n, severity) in [Severity::Violation, Severity::Warning, Severity::Info]
        .into_iter()
        .enumerate()
    {
        let group: Vec<&Finding> = findings.iter().filter(|f| f.severity == severity).collect();
        blocks.push(Block::Heading(
            2,
            format!("4.{}. {} ({})", n + 1, severity.label(), group.len()),
        ));
        if group.is_empty() {
            blocks.push(Block::Para("Không có.".into()));
            continue;
        }
        let rows = group
            .iter()
            .enumerate()
            .map(|(i, f)| {
                cited.add(&f.source);
                let mut what = if f.component_name.is_empty() {
                    "Toàn khung".to_owned()
                } else {
                    f.component_name.clone()
                };
                if f.exempted {
                    what.push_str(" (được miễn trừ)");
                }
                vec![
                    (i + 1).to_string(),
                    what,
                    f.explanation.clone(),
                    format!("{}\nQuy tắc {}", f.source, f.rule),
                ]
            })
            .collect();
        blocks.push(Block::Table(Table {
            header: vec!["STT", "Thành phần", "Giải thích", "Căn cứ và quy tắc"],
            widths: vec![8, 18, 49, 25],
            rows,
        }));
    }
}

fn exemptions(
    doc: &Document,
    cat: &Catalogue,
    blocks: &mut Vec<Block>,
    cited: &mut sources::Cited,
) {
    blocks.push(Block::Heading(1, "5. Các trường hợp miễn trừ".into()));
    let clause = cat.article2.iter().find(|c| c.clause == 2);
    let rows: Vec<Vec<String>> = doc
        .components
        .iter()
        .filter_map(|c| c.exemption.as_ref().map(|e| (c, e)))
        .enumerate()
        .map(|(i, (c, e))| {
            vec![
                (i + 1).to_string(),
                c.name.clone(),
                e.ground.label().into(),
                e.justification.clone(),
            ]
        })
        .collect();
    let basis = clause
        .map(|c| {
            cited.add(&c.source.citation());
            format!("Căn cứ {}: «{}»", c.source.citation(), c.text)
        })
        .unwrap_or_default();
    if rows.is_empty() {
        blocks.push(Block::Para(format!(
            "Khung không ghi nhận trường hợp miễn trừ nào. {basis}"
        )));
        return;
    }
    blocks.push(Block::Para(basis));
    blocks.push(Block::Table(Table {
        header: vec![
            "STT",
            "Thành phần",
            "Lý do miễn trừ",
            "Giải trình của cơ quan",
        ],
        widths: vec![8, 27, 18, 47],
        rows,
    }));
}

fn kpis(
    cat: &Catalogue,
    scores: &[(String, String, u8)],
    blocks: &mut Vec<Block>,
    cited: &mut sources::Cited,
) {
    blocks.push(Block::Heading(1, "6. Điểm theo nhóm chỉ số KPI".into()));
    blocks.push(Block::Para(
        "3090/QĐ-BKHCN, Phần III.3.4 nêu năm nhóm chỉ số KPI nhưng chưa ban hành bộ chỉ số \
         chi tiết. Khung chấm mỗi nhóm theo các kiểm tra nó thực hiện được: mỗi đối tượng có \
         vi phạm mất 1 điểm, có cảnh báo mất ½ điểm; điểm nhóm là trung bình các quy tắc áp \
         dụng, quy về thang 100."
            .into(),
    ));
    let source: HashMap<&str, String> = cat
        .kpis
        .iter()
        .map(|g| (g.id.as_str(), g.source.citation()))
        .collect();
    let rows = scores
        .iter()
        .map(|(id, name, score)| {
            let s = source.get(id.as_str()).cloned().unwrap_or_default();
            cited.add(&s);
            vec![id.clone(), name.clone(), format!("{score}/100"), s]
        })
        .collect();
    blocks.push(Block::Table(Table {
        header: vec!["Mã", "Nhóm chỉ số", "Điểm", "Căn cứ"],
        widths: vec![12, 40, 14, 34],
        rows,
    }));
}

fn platforms(
    doc: &Document,
    cat: &Catalogue,
    day: Date,
    blocks: &mut Vec<Block>,
    cited: &mut sources::Cited,
) {
    blocks.push(Block::Heading(
        1,
        "7. Nền tảng số dùng chung quốc gia được sử dụng".into(),
    ));
    let mut used: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for c in &doc.components {
        if let Some(p) = c.platform.as_deref() {
            used.entry(p).or_default().push(&c.name);
        }
    }
    if used.is_empty() {
        blocks.push(Block::Para(
            "Khung chưa sử dụng lại nền tảng số dùng chung quốc gia nào.".into(),
        ));
        return;
    }
    blocks.push(Block::Para(format!(
        "Tình trạng vận hành tính đến ngày {}, theo thời gian vận hành mà 1132/QĐ-TTg, Phụ lục II \
         ghi cho từng nền tảng.",
        vn_date(day)
    )));
    let rows = used
        .iter()
        .enumerate()
        .map(|(i, (id, by))| {
            let p = cat.platform(id);
            if let Some(p) = p {
                cited.add(&p.source.citation());
            }
            vec![
                (i + 1).to_string(),
                p.map(|p| format!("{id} {}", p.name))
                    .unwrap_or_else(|| format!("{id} (không có trong danh mục)")),
                p.map(|p| p.owner.clone()).unwrap_or_default(),
                p.map(|p| p.start.text.clone()).unwrap_or_default(),
                match p {
                    Some(p) if p.operational => "Đã vận hành",
                    Some(_) => "Chưa vận hành",
                    None => "",
                }
                .into(),
                by.join("; "),
            ]
        })
        .collect();
    blocks.push(Block::Table(Table {
        header: vec![
            "STT",
            "Nền tảng",
            "Cơ quan chủ quản",
            "Thời gian vận hành",
            "Tình trạng",
            "Thành phần sử dụng",
        ],
        widths: vec![8, 28, 18, 14, 12, 20],
        rows,
    }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compose;
    use crate::document::Kind;

    fn sample() -> Content {
        let cat = Catalogue::get();
        let doc = compose::from_reference(cat, Kind::Province, "Lâm Đồng");
        let day = Date::parse("2026-11-29").unwrap();
        build(&Input {
            doc: &doc,
            cat: &cat.as_of(day),
            day,
            today: day,
        })
    }

    #[test]
    fn every_part_the_issue_names_is_there() {
        let c = sample();
        let h: Vec<&str> = c.headings().map(|(_, t)| t).collect();
        for want in [
            "1. Sơ đồ",
            "2. Thành phần",
            "2.4. Lớp 4",
            "3. Kết nối",
            "4. Kết quả kiểm tra",
            "4.2. Cảnh báo",
            "5. Các trường hợp miễn trừ",
            "6. Điểm",
            "7. Nền tảng",
            "Phụ lục",
        ] {
            assert!(h.iter().any(|t| t.starts_with(want)), "{want} in {h:?}");
        }
        assert!(matches!(c.blocks[0], Block::Cover(_)));
    }

    #[test]
    fn the_cover_names_the_catalogue_and_the_day() {
        let c = sample();
        let Block::Cover(lines) = &c.blocks[0] else {
            panic!("no cover")
        };
        let text: String = lines.iter().map(|(t, _)| t.as_str()).collect();
        assert!(text.contains("1132/QĐ-TTg ngày 24/6/2026"));
        assert!(text.contains("tính đến ngày 29/11/2026"));
        assert!(text.contains(crate::VERSION));
    }

    #[test]
    fn the_appendix_lists_every_document_a_finding_cites() {
        let c = sample();
        let Some(Block::Table(appendix)) = c.blocks.last() else {
            panic!("no appendix")
        };
        let listed: Vec<&str> = appendix.rows.iter().map(|r| r[1].as_str()).collect();
        for doc in [
            "05-QĐ/BCĐTW",
            "3090/QĐ-BKHCN",
            "1132/QĐ-TTg",
            "4577/BKHCN-CĐSQG",
        ] {
            assert!(listed.contains(&doc), "{doc} in {listed:?}");
        }
    }
}
