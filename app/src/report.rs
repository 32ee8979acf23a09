//! The framework report in the browser: the Word file (the diagram drawn by the canvas path the
//! PNG export uses, the document written by the `extras` worker) and the print page, opened in
//! a new tab where the browser's own print dialog makes the paper or PDF copy.

use crate::extras;
use crate::raster;
use model::catalogue::Date;
use model::document::Document;
use wasm_bindgen::{JsCast, JsValue};

/// The fields every report request carries: the framework and the two days.
fn fields(doc: &Document, day: Date) -> Vec<(&'static str, JsValue)> {
    vec![
        ("framework", model::io::json::write(doc).into()),
        ("day", day.to_string().into()),
        ("today", crate::today::today().to_string().into()),
    ]
}

/// `width="…" height="…"` of an SVG's root tag, in user units.
fn svg_size(svg: &str) -> Option<(f64, f64)> {
    let tag = &svg[svg.find("<svg")?..];
    let tag = &tag[..tag.find('>')?];
    let attr = |name: &str| -> Option<f64> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        tag[at..].split('"').next()?.parse().ok()
    };
    Some((attr("width")?, attr("height")?))
}

/// The Word file of `doc`, as of `day`.
pub(crate) async fn docx(doc: &Document, day: Date) -> Result<Vec<u8>, String> {
    let svg = model::export::svg::framework(&crate::today::catalogue_on(day), doc);
    let (w, h) = svg_size(&svg).ok_or("Không đọc được kích thước sơ đồ.")?;
    // As the command line does (model::report::raster::print_scale): 2×, or less for a large
    // diagram, so that its longest side stays within 3000 px (over 400 dpi at the text width).
    let scale = (3000.0 / w.max(h).max(1.0)).min(2.0);
    let png = raster::png(&svg, w, h, scale).await?;
    let mut f = fields(doc, day);
    f.push(("png", js_sys::Uint8Array::from(png.as_slice()).into()));
    extras::call("report.docx", &f).await
}

/// Opens an empty tab now, while the click still allows it, so that the page can be shown in
/// it once the worker has written it. `None` when the browser blocks the tab.
pub(crate) fn open_tab() -> Option<web_sys::Window> {
    web_sys::window()?
        .open_with_url("about:blank")
        .ok()
        .flatten()
}

/// Writes the print page of `doc` and shows it in `tab` (or, without one, offers it as a
/// download). Returns whether it was shown.
pub(crate) async fn print(
    doc: &Document,
    day: Date,
    tab: Option<web_sys::Window>,
    name: &str,
) -> Result<bool, String> {
    let html = extras::call("report.html", &fields(doc, day)).await;
    let html = match html {
        Ok(h) => h,
        Err(e) => {
            if let Some(t) = &tab {
                let _ = t.close();
            }
            return Err(e);
        }
    };
    let Some(tab) = tab else {
        crate::browser_io::download(name, "text/html;charset=utf-8", &html)?;
        return Ok(false);
    };
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(html.as_slice()));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("text/html;charset=utf-8");
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts)
        .map_err(|_| "Không tạo được trang in.".to_owned())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "Không tạo được trang in.".to_owned())?;
    tab.location()
        .set_href(&url)
        .map_err(|_| "Không mở được trang in.".to_owned())?;
    // The tab has the page once it has loaded; free the blob a minute later.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
            revoke.unchecked_ref::<js_sys::Function>(),
            60_000,
        );
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::svg_size;

    #[test]
    fn svg_size_reads_the_root_tag() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 20\" width=\"1302\" height=\"855.5\"><rect width=\"1\"/></svg>";
        assert_eq!(svg_size(svg), Some((1302.0, 855.5)));
        assert_eq!(svg_size("<p/>"), None);
    }
}
