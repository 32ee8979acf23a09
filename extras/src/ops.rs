//! The operations the `extras` worker offers, by name. Each takes the request's fields and
//! returns bytes for the app to save or show. They are here, not in the app, because the first
//! load does not need them: the report (docx-rs, zip), the ArchiMate writer (quick-xml), the CSV
//! writer and the CSV and SVG readers (csv, quick-xml).

use crate::Request;
use model::catalogue::Date;
use model::document::{Component, Document, Kind};
use model::{export, io, report, rules, Catalogue};

/// Runs `op` on `req`.
pub(crate) fn run(op: &str, req: &Request<'_>) -> Result<Vec<u8>, String> {
    match op {
        "report.docx" => report_of(req, |input| {
            report::docx(input, req.bytes("png").as_deref())
        }),
        "report.html" => report_of(req, |input| Ok(report::html(input).into_bytes())),
        "export.csv" => {
            let (doc, day) = (framework(req)?, date(req, "day")?);
            Ok(csv_with_findings(&doc, &Catalogue::get().as_of(day)).into_bytes())
        }
        "export.archimate" => {
            let (doc, today) = (framework(req)?, date(req, "today")?);
            Ok(export::archimate::write(&Catalogue::get().as_of(today), &doc).into_bytes())
        }
        "read" => read(req),
        _ => Err(format!("không có chức năng «{op}»")),
    }
}

/// The framework a request carries (`framework`, canonical JSON).
fn framework(req: &Request<'_>) -> Result<Document, String> {
    io::json::read(&req.text("framework")?).map_err(|e| e.to_string())
}

/// A day a request carries (`YYYY-MM-DD`).
fn date(req: &Request<'_>, key: &str) -> Result<Date, String> {
    let v = req.text(key)?;
    Date::parse(&v).ok_or_else(|| format!("ngày «{v}» không đúng dạng YYYY-MM-DD"))
}

/// The CSV inventory with its findings column: what the rules find, as of the catalogue's day.
fn csv_with_findings(doc: &Document, cat: &Catalogue) -> String {
    let fs = rules::check(doc, cat);
    let cell = |c: &Component| {
        fs.iter()
            .filter(|f| f.component == c.id)
            .map(|f| {
                format!(
                    "{} {}: {}",
                    f.severity.as_str(),
                    f.platform.clone().unwrap_or_default(),
                    f.rule
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    export::csv::write(doc, Some(&cell))
}

/// Reads a file the user picked (`name`, `bytes`; a CSV inventory is for an agency of kind
/// `kind` named `agency`) and answers the framework as canonical JSON, or the reader's message
/// naming the file, line and field.
fn read(req: &Request<'_>) -> Result<Vec<u8>, String> {
    let name = req.text("name")?;
    let bytes = req.bytes("bytes").ok_or("yêu cầu thiếu trường «bytes»")?;
    let kind = req.text("kind")?;
    let kind = Kind::parse(&kind).ok_or_else(|| format!("loại cơ quan «{kind}» không có"))?;
    let doc =
        io::read_file(&name, &bytes, kind, &req.text("agency")?).map_err(|e| e.in_file(&name))?;
    Ok(io::json::write(&doc).into_bytes())
}

/// Reads the framework, the day "operational" is judged on (`day`) and the day of writing
/// (`today`), and makes the report with `make`.
fn report_of(
    req: &Request<'_>,
    make: impl FnOnce(&report::Input<'_>) -> Result<Vec<u8>, String>,
) -> Result<Vec<u8>, String> {
    let doc = framework(req)?;
    let (day, today) = (date(req, "day")?, date(req, "today")?);
    let cat = Catalogue::get().as_of(day);
    make(&report::Input {
        doc: &doc,
        cat: &cat,
        day,
        today,
    })
}
