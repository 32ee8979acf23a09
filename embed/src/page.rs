//! The embed's markup, built once at start: the title, the zoom toolbar, the diagram's
//! viewport with its content and minimap, and the credit. Class names are the app's
//! (`static/khung.css` styles both), so the embed looks as the app's diagram does.

use crate::lang::t;
use model::captions::Lang;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, HtmlElement};

/// The elements the embed updates.
pub(crate) struct Els {
    pub(crate) main: HtmlElement,
    pub(crate) title: HtmlElement,
    pub(crate) toolbar: HtmlElement,
    pub(crate) zoom_selection: HtmlElement,
    pub(crate) level: HtmlElement,
    pub(crate) diagram: HtmlElement,
    pub(crate) content: HtmlElement,
    pub(crate) minimap: HtmlElement,
    pub(crate) minimap_content: HtmlElement,
    pub(crate) minimap_view: HtmlElement,
}

/// A new `tag` element with `class` (none when empty), appended to `parent`.
fn add(
    doc: &Document,
    parent: &HtmlElement,
    tag: &str,
    class: &str,
) -> Result<HtmlElement, JsValue> {
    let el: HtmlElement = doc.create_element(tag)?.unchecked_into();
    if !class.is_empty() {
        el.set_class_name(class);
    }
    parent.append_child(&el)?;
    Ok(el)
}

/// A toolbar button: `act` names what it does for the click handler.
fn button(
    doc: &Document,
    bar: &HtmlElement,
    act: &str,
    text: &str,
    title: &str,
) -> Result<HtmlElement, JsValue> {
    let b = add(doc, bar, "button", "")?;
    b.set_attribute("type", "button")?;
    b.set_attribute("data-act", act)?;
    b.set_attribute("title", title)?;
    b.set_text_content(Some(text));
    Ok(b)
}

/// Builds the page in `doc`'s body, its words in `lang`.
pub(crate) fn build(doc: &Document, lang: Lang) -> Result<Els, JsValue> {
    let body = doc.body().ok_or("the page has no body")?;
    let main = add(doc, &body, "main", "embed")?;
    let title = add(doc, &main, "h1", "embed-title")?;
    let toolbar = add(doc, &main, "div", "diagram-tools")?;
    toolbar.set_attribute("role", "toolbar")?;
    toolbar.set_attribute("aria-label", t(lang, "Thu phóng"))?;
    button(doc, &toolbar, "in", "+", t(lang, "Phóng to (+)"))?
        .set_attribute("aria-label", t(lang, "Phóng to"))?;
    button(doc, &toolbar, "out", "−", t(lang, "Thu nhỏ (−)"))?
        .set_attribute("aria-label", t(lang, "Thu nhỏ"))?;
    button(
        doc,
        &toolbar,
        "fit",
        t(lang, "Vừa màn hình"),
        t(lang, "Vừa màn hình (0)"),
    )?;
    let zoom_selection = button(
        doc,
        &toolbar,
        "selection",
        t(lang, "Đến vùng chọn"),
        t(lang, "Phóng đến vùng chọn (Shift+2)"),
    )?;
    zoom_selection.set_class_name("zoom-selection");
    zoom_selection.set_attribute("disabled", "")?;
    let level = add(doc, &toolbar, "span", "zoom-level")?;
    level.set_attribute("aria-live", "polite")?;
    let diagram = add(doc, &main, "div", "diagram")?;
    diagram.set_attribute("tabindex", "0")?;
    diagram.set_attribute(
        "aria-label",
        t(
            lang,
            "Sơ đồ: + − 0 để thu phóng, phím mũi tên để di chuyển, Tab để đến từng thành phần, Enter để chọn",
        ),
    )?;
    let content = add(doc, &diagram, "div", "diagram-content")?;
    let minimap = add(doc, &diagram, "div", "minimap")?;
    minimap.set_attribute("aria-hidden", "true")?;
    minimap.set_hidden(true);
    let minimap_content = add(doc, &minimap, "div", "minimap-content")?;
    let minimap_view = add(doc, &minimap, "div", "minimap-view")?;
    add(doc, &main, "p", "embed-credit")?
        .set_text_content(Some(t(lang, "Khung · Kiến trúc tổng thể quốc gia số")));
    Ok(Els {
        main,
        title,
        toolbar,
        zoom_selection,
        level,
        diagram,
        content,
        minimap,
        minimap_content,
        minimap_view,
    })
}
