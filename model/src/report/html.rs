//! The report as one self-contained HTML page made for printing: A4 pages, each chapter on a new
//! page, table headers repeated on every page, the diagram as vector SVG (a `data:` image, so
//! its own styles cannot leak into the page and nothing is fetched). The page holds no script,
//! so it opens under the app's Content-Security-Policy and prints from any browser.
//!
//! All text goes through quick-xml's escaping: a name stays text, whatever it holds.

use super::content::{Block, Content, Table};
use base64::Engine;
use quick_xml::escape::escape;
use std::fmt::Write;

/// The print stylesheet. Margins follow the usual layout of Vietnamese administrative
/// documents (left 30 mm for binding, 20 mm top and bottom, 15 mm right).
const CSS: &str = "\
@page{size:A4;margin:20mm 15mm 20mm 30mm;@bottom-center{content:counter(page);font:11pt 'Times New Roman',serif}}\
@page:first{@bottom-center{content:none}}\
html{background:#fff;color:#000}\
body{font-family:'Times New Roman','Liberation Serif','Noto Serif','DejaVu Serif',serif;font-size:13pt;line-height:1.4;margin:0 auto;max-width:165mm}\
@media screen{body{padding:12mm 0}.cover{border-bottom:1px dashed #999}}\
.cover{min-height:240mm;display:flex;flex-direction:column;justify-content:center;text-align:center;break-after:page}\
.cover .title{font-size:22pt;font-weight:700;text-transform:uppercase;margin:0 0 12pt}\
.cover .agency{font-size:16pt;font-weight:700;margin:0 0 36pt}\
.cover p{margin:4pt 10mm}\
nav.toc{break-after:page}nav.toc h2{text-align:center}nav.toc ol{list-style:none;padding:0}\
nav.toc li.l2{padding-left:8mm}nav.toc a{color:#000;text-decoration:none}\
h1{font-size:15pt;break-before:page;break-after:avoid;margin:0 0 10pt}\
h2{font-size:13pt;break-after:avoid;margin:14pt 0 6pt}\
p{margin:0 0 6pt;text-align:justify}\
figure{margin:8pt 0;text-align:center;break-inside:avoid}\
figure img{max-width:100%;max-height:230mm}\
figcaption{font-style:italic;font-size:12pt;margin-top:4pt}\
table{border-collapse:collapse;width:100%;margin:4pt 0 10pt;font-size:11pt;table-layout:fixed}\
thead{display:table-header-group}\
tr{break-inside:avoid}\
th,td{border:0.75pt solid #000;padding:2pt 4pt;vertical-align:top;text-align:left;overflow-wrap:anywhere}\
th{background:#e8e8e8;font-weight:700}";

/// Writes `content` as an HTML page whose diagram is `diagram_svg`.
///
/// ```
/// use model::report::content::{Block, Content};
/// let c = Content {
///     title: "Khung <b>".into(),
///     agency: "Sở".into(),
///     blocks: vec![Block::Heading(1, "1. <i>".into())],
/// };
/// let page = model::report::html::write(&c, "<svg/>");
/// assert!(page.contains("1. &lt;i&gt;") && !page.contains("<i>"));
/// ```
pub fn write(content: &Content, diagram_svg: &str) -> String {
    let mut s = String::with_capacity(64 * 1024);
    let _ = write!(
        s,
        "<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Khung {}\">\n<title>{}</title>\n<style>{CSS}</style>\n\
         </head>\n<body>\n",
        crate::VERSION,
        escape(&content.title)
    );
    let mut heading = 0usize;
    for block in &content.blocks {
        match block {
            Block::Cover(lines) => {
                s.push_str("<section class=\"cover\">\n");
                for (text, emphasis) in lines {
                    let class = match emphasis {
                        0 => " class=\"title\"",
                        1 => " class=\"agency\"",
                        _ => "",
                    };
                    let _ = writeln!(s, "<p{class}>{}</p>", escape(text));
                }
                s.push_str("</section>\n");
            }
            Block::Contents => {
                s.push_str("<nav class=\"toc\">\n<h2>MỤC LỤC</h2>\n<ol>\n");
                for (i, (level, text)) in content.headings().enumerate() {
                    let _ = writeln!(
                        s,
                        "<li class=\"l{level}\"><a href=\"#h{}\">{}</a></li>",
                        i + 1,
                        escape(text)
                    );
                }
                s.push_str("</ol>\n</nav>\n");
            }
            Block::Heading(level, text) => {
                heading += 1;
                let _ = writeln!(s, "<h{level} id=\"h{heading}\">{}</h{level}>", escape(text));
            }
            Block::Para(text) => {
                let _ = writeln!(s, "<p>{}</p>", escape(text));
            }
            Block::Diagram(caption) => {
                let data = base64::engine::general_purpose::STANDARD.encode(diagram_svg);
                let _ = writeln!(
                    s,
                    "<figure><img src=\"data:image/svg+xml;base64,{data}\" alt=\"{0}\">\
                     <figcaption>{0}</figcaption></figure>",
                    escape(caption)
                );
            }
            Block::Table(t) => table(&mut s, t),
        }
    }
    s.push_str("</body>\n</html>\n");
    s
}

fn table(s: &mut String, t: &Table) {
    s.push_str("<table>\n<colgroup>");
    for w in &t.widths {
        let _ = write!(s, "<col style=\"width:{w}%\">");
    }
    s.push_str("</colgroup>\n<thead><tr>");
    for h in &t.header {
        let _ = write!(s, "<th>{}</th>", escape(*h));
    }
    s.push_str("</tr></thead>\n<tbody>\n");
    for row in &t.rows {
        s.push_str("<tr>");
        for cell in row {
            s.push_str("<td>");
            for (i, line) in cell.split('\n').enumerate() {
                if i > 0 {
                    s.push_str("<br>");
                }
                s.push_str(&escape(line));
            }
            s.push_str("</td>");
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody>\n</table>\n");
}
