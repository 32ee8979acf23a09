//! The report as a Word document (.docx), written by docx-rs: A4 with the margins of Vietnamese
//! administrative documents, Times New Roman 13 pt, real heading styles (so Word's navigation
//! pane works), a table of contents listing every heading, page numbers in the footer, the diagram as a PNG picture, and tables whose header
//! row repeats on every page.
//!
//! docx-rs escapes every text it writes, so a hostile name stays text. It cannot mark a header
//! row as repeating (`w:tblHeader`), so [`write`] gives header rows a 1-twip minimum height no
//! other row has and replaces that mark with `w:tblHeader` in `word/document.xml` afterwards,
//! rewriting that one part with the zip crate.

use super::content::{Block, Content, Table};
use docx_rs::{
    AlignmentType, BreakType, Docx, Footer, HeightRule, LineSpacing, PageMargin, PageNum,
    Paragraph, Pic, Run, RunFonts, Shading, ShdType, Style, StyleType, TableCell, TableLayoutType,
    TableRow, WidthType,
};
use std::io::{Cursor, Read, Write};

/// A4 in twentieths of a point.
const PAGE: (u32, u32) = (11_906, 16_838);
/// Margins in twips: top 20 mm, right 15 mm, bottom 20 mm, left 30 mm.
const MARGIN: (i32, i32, i32, i32) = (1134, 850, 1134, 1701);
/// The text width in twips.
const TEXT_WIDTH: usize = (PAGE.0 as i32 - MARGIN.1 - MARGIN.3) as usize;
const FONT: &str = "Times New Roman";
/// English Metric Units per twip.
const EMU_PER_TWIP: u64 = 635;

/// Writes `content` as a .docx whose diagram is `diagram_png` (PNG bytes, of any size: the
/// picture is scaled to the text width, and to at most 2/3 of the page height).
///
/// ```
/// use model::report::content::{Block, Content};
/// let c = Content { title: "Khung".into(), agency: "Sở".into(), blocks: vec![Block::Para("a".into())] };
/// let bytes = model::report::docx::write(&c, None).unwrap();
/// assert_eq!(&bytes[..2], b"PK");
/// ```
pub fn write(content: &Content, diagram_png: Option<&[u8]>) -> Result<Vec<u8>, String> {
    let mut docx = Docx::new()
        .page_size(PAGE.0, PAGE.1)
        .page_margin(
            PageMargin::new()
                .top(MARGIN.0)
                .right(MARGIN.1)
                .bottom(MARGIN.2)
                .left(MARGIN.3)
                .footer(567),
        )
        .default_fonts(
            RunFonts::new()
                .ascii(FONT)
                .hi_ansi(FONT)
                .east_asia(FONT)
                .cs(FONT),
        )
        .default_size(26)
        .add_style(heading_style(1, 30))
        .add_style(heading_style(2, 26))
        .footer(
            Footer::new().add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Center)
                    .add_page_num(PageNum::new()),
            ),
        )
        .first_footer(Footer::new().add_paragraph(Paragraph::new()))
        .title_pg();
    for block in &content.blocks {
        docx = match block {
            Block::Cover(lines) => cover(docx, lines),
            Block::Contents => contents(docx, content),
            Block::Heading(level, text) => docx.add_paragraph(
                Paragraph::new()
                    .style(&format!("Heading{level}"))
                    .page_break_before(*level == 1)
                    .add_run(Run::new().add_text(text)),
            ),
            Block::Para(text) => docx.add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Both)
                    .line_spacing(LineSpacing::new().after(120))
                    .add_run(Run::new().add_text(text)),
            ),
            Block::Diagram(caption) => {
                if let Some(png) = diagram_png {
                    docx = docx.add_paragraph(
                        Paragraph::new()
                            .align(AlignmentType::Center)
                            .add_run(Run::new().add_image(picture(png)?)),
                    );
                }
                docx.add_paragraph(
                    Paragraph::new()
                        .align(AlignmentType::Center)
                        .add_run(Run::new().add_text(caption).italic().size(24)),
                )
            }
            Block::Table(t) => docx.add_table(table(t)),
        };
    }
    let mut out = Cursor::new(Vec::new());
    docx.build()
        .pack(&mut out)
        .map_err(|e| format!("không ghi được tệp Word: {e}"))?;
    repeat_header_rows(&out.into_inner())
}

/// The table of contents as a list of the headings. A Word TOC field was tried first: docx-rs
/// writes one, but LibreOffice shows its first entry as field code, so the list is written
/// out; the headings keep Word's heading styles, so Word's navigation pane and its own
/// "Mục lục" field (one click to insert) still work.
fn contents(mut docx: Docx, content: &Content) -> Docx {
    docx = docx.add_paragraph(
        Paragraph::new()
            .align(AlignmentType::Center)
            .line_spacing(LineSpacing::new().after(240))
            .add_run(Run::new().add_text("MỤC LỤC").bold().size(28)),
    );
    for (level, text) in content.headings() {
        let p = Paragraph::new()
            .line_spacing(LineSpacing::new().after(60))
            .add_run(Run::new().add_text(text));
        docx = docx.add_paragraph(if level > 1 {
            p.indent(Some(567), None, None, None)
        } else {
            p
        });
    }
    docx
}

fn heading_style(level: u8, size: usize) -> Style {
    Style::new(format!("Heading{level}"), StyleType::Paragraph)
        .name(format!("Heading {level}"))
        .based_on("Normal")
        .next("Normal")
        .bold()
        .size(size)
        .outline_lvl(usize::from(level - 1))
        .line_spacing(LineSpacing::new().before(240).after(120))
}

fn cover(mut docx: Docx, lines: &[(String, u8)]) -> Docx {
    // Push the title a third of the way down the page, as on a printed cover.
    for _ in 0..6 {
        docx = docx.add_paragraph(Paragraph::new());
    }
    for (text, emphasis) in lines {
        let (run, after) = match emphasis {
            0 => (
                Run::new().add_text(text.to_uppercase()).bold().size(40),
                480,
            ),
            1 => (Run::new().add_text(text).bold().size(32), 480),
            _ => (Run::new().add_text(text), 160),
        };
        docx = docx.add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Center)
                .line_spacing(LineSpacing::new().after(after))
                .add_run(run),
        );
    }
    docx.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)))
}

/// The diagram, at the text width, or less to keep it within 2/3 of the page height.
fn picture(png: &[u8]) -> Result<Pic, String> {
    let (w, h) = png_size(png).ok_or("ảnh sơ đồ không phải PNG")?;
    let max_w = TEXT_WIDTH as u64 * EMU_PER_TWIP;
    let max_h = u64::from(PAGE.1) * 2 / 3 * EMU_PER_TWIP;
    let (w64, h64) = (u64::from(w.max(1)), u64::from(h.max(1)));
    let scale_w = max_w as f64 / w64 as f64;
    let scale_h = max_h as f64 / h64 as f64;
    let s = scale_w.min(scale_h);
    let (ew, eh) = ((w64 as f64 * s) as u32, (h64 as f64 * s) as u32);
    Ok(Pic::new_with_dimensions(png.to_vec(), w, h).size(ew, eh))
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(png: &[u8]) -> Option<(u32, u32)> {
    if png.len() < 24 || &png[..8] != b"\x89PNG\r\n\x1a\n" || &png[12..16] != b"IHDR" {
        return None;
    }
    let be = |i: usize| u32::from_be_bytes([png[i], png[i + 1], png[i + 2], png[i + 3]]);
    Some((be(16), be(20)))
}

fn table(t: &Table) -> docx_rs::Table {
    let widths: Vec<usize> = t
        .widths
        .iter()
        .map(|w| TEXT_WIDTH * usize::from(*w) / 100)
        .collect();
    let cell = |text: &str, w: usize, head: bool| {
        let mut c = TableCell::new().width(w, WidthType::Dxa);
        for line in text.split('\n') {
            let run = Run::new().add_text(line).size(22);
            c = c.add_paragraph(Paragraph::new().add_run(if head { run.bold() } else { run }));
        }
        if head {
            c = c.shading(Shading::new().shd_type(ShdType::Clear).fill("E8E8E8"));
        }
        c
    };
    let header = TableRow::new(
        t.header
            .iter()
            .zip(&widths)
            .map(|(h, w)| cell(h, *w, true))
            .collect(),
    )
    .cant_split()
    .row_height(HEADER_MARK)
    .height_rule(HeightRule::AtLeast);
    let mut rows = vec![header];
    rows.extend(t.rows.iter().map(|r| {
        TableRow::new(
            r.iter()
                .zip(&widths)
                .map(|(c, w)| cell(c, *w, false))
                .collect(),
        )
        .cant_split()
    }));
    docx_rs::Table::new(rows)
        .set_grid(widths)
        .layout(TableLayoutType::Fixed)
        .width(TEXT_WIDTH, WidthType::Dxa)
}

/// The minimum row height (in twips) that marks a header row: 1 twip, which changes nothing
/// on the page and no other row has.
const HEADER_MARK: f32 = 1.0;

/// Replaces the mark of every header row with `w:tblHeader` in `word/document.xml`, copying
/// every other part unchanged.
fn repeat_header_rows(docx: &[u8]) -> Result<Vec<u8>, String> {
    let fail = |e: &dyn std::fmt::Display| format!("không ghi được tệp Word: {e}");
    let mut src = zip::ZipArchive::new(Cursor::new(docx)).map_err(|e| fail(&e))?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(docx.len())));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..src.len() {
        let mut part = src.by_index(i).map_err(|e| fail(&e))?;
        let name = part.name().to_owned();
        let mut bytes = Vec::with_capacity(part.size() as usize);
        part.read_to_end(&mut bytes).map_err(|e| fail(&e))?;
        if name == "word/document.xml" {
            let xml = String::from_utf8(bytes).map_err(|e| fail(&e))?;
            let mark = format!("<w:trHeight w:val=\"{HEADER_MARK}\" w:hRule=\"atLeast\" />");
            if !xml.contains(&mark) && xml.contains("<w:tbl>") {
                return Err(fail(&"docx-rs no longer marks header rows as expected"));
            }
            bytes = xml.replace(&mark, "<w:tblHeader />").into_bytes();
        }
        out.start_file(name, opts).map_err(|e| fail(&e))?;
        out.write_all(&bytes).map_err(|e| fail(&e))?;
    }
    out.finish().map(Cursor::into_inner).map_err(|e| fail(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_size_reads_ihdr() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend(640u32.to_be_bytes());
        png.extend(480u32.to_be_bytes());
        assert_eq!(png_size(&png), Some((640, 480)));
        assert_eq!(png_size(b"GIF89a"), None);
    }
}
