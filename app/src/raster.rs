//! PNG export: the same SVG the screen shows, drawn onto a canvas at 1× or 2× and encoded by
//! the browser, so the picture matches the screen and the SVG export exactly.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Rasterises `svg` (width × height user units) at `scale` and returns PNG bytes.
pub(crate) async fn png(svg: &str, width: f64, height: f64, scale: f64) -> Result<Vec<u8>, String> {
    let fail = |m: &str| format!("Không tạo được ảnh PNG: {m}.");
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("không có trang"))?;
    let parts = js_sys::Array::of1(&JsValue::from_str(svg));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("image/svg+xml");
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(|_| fail("SVG"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("liên kết"))?;
    let img = web_sys::HtmlImageElement::new().map_err(|_| fail("ảnh"))?;
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let bad = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        img.set_onload(Some(ok.unchecked_ref()));
        img.set_onerror(Some(bad.unchecked_ref()));
    });
    img.set_src(&url);
    let result = wasm_bindgen_futures::JsFuture::from(loaded).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    result.map_err(|_| fail("trình duyệt không vẽ được SVG"))?;

    let canvas: web_sys::HtmlCanvasElement = doc
        .create_element("canvas")
        .map_err(|_| fail("canvas"))?
        .dyn_into()
        .map_err(|_| fail("canvas"))?;
    let (w, h) = (
        (width * scale).ceil() as u32,
        (height * scale).ceil() as u32,
    );
    if w == 0 || h == 0 || u64::from(w) * u64::from(h) > 268_000_000 {
        return Err(fail("sơ đồ quá lớn để xuất ảnh; hãy dùng SVG"));
    }
    canvas.set_width(w);
    canvas.set_height(h);
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .ok_or_else(|| fail("canvas 2d"))?
        .dyn_into()
        .map_err(|_| fail("canvas 2d"))?;
    ctx.scale(scale, scale).map_err(|_| fail("tỉ lệ"))?;
    ctx.draw_image_with_html_image_element_and_dw_and_dh(&img, 0.0, 0.0, width, height)
        .map_err(|_| fail("vẽ"))?;
    let data_url = canvas
        .to_data_url_with_type("image/png")
        .map_err(|_| fail("mã hóa PNG"))?;
    let b64 = data_url
        .split_once(',')
        .map(|(_, b)| b)
        .ok_or_else(|| fail("mã hóa PNG"))?;
    let bin = web_sys::window()
        .ok_or_else(|| fail("cửa sổ"))?
        .atob(b64)
        .map_err(|_| fail("mã hóa PNG"))?;
    Ok(bin.chars().map(|c| c as u32 as u8).collect())
}
