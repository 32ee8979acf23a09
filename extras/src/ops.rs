//! The operations the `extras` worker offers, by name. Each takes the request's fields and
//! returns bytes for the app to save or show.

use crate::Request;
use model::catalogue::Date;
use model::{io, report, Catalogue};

/// Runs `op` on `req`.
pub(crate) fn run(op: &str, req: &Request<'_>) -> Result<Vec<u8>, String> {
    match op {
        "report.docx" => report_of(req, |input| {
            report::docx(input, req.bytes("png").as_deref())
        }),
        "report.html" => report_of(req, |input| Ok(report::html(input).into_bytes())),
        _ => Err(format!("không có chức năng «{op}»")),
    }
}

/// Reads the framework (`framework`, canonical JSON), the day "operational" is judged on
/// (`day`) and the day of writing (`today`), and makes the report with `make`.
fn report_of(
    req: &Request<'_>,
    make: impl FnOnce(&report::Input<'_>) -> Result<Vec<u8>, String>,
) -> Result<Vec<u8>, String> {
    let doc = io::json::read(&req.text("framework")?).map_err(|e| e.to_string())?;
    let date = |key: &str| -> Result<Date, String> {
        let v = req.text(key)?;
        Date::parse(&v).ok_or_else(|| format!("ngày «{v}» không đúng dạng YYYY-MM-DD"))
    };
    let (day, today) = (date("day")?, date("today")?);
    let cat = Catalogue::get().as_of(day);
    make(&report::Input {
        doc: &doc,
        cat: &cat,
        day,
        today,
    })
}
