//! The diagram as PNG without a browser, for the Word report written by the command line:
//! resvg draws the same SVG the screen shows, with the system's fonts (the SVG's font stack
//! falls back to any sans-serif with Vietnamese glyphs, e.g. DejaVu Sans or Liberation Sans).

use std::sync::OnceLock;

/// Sans-serif families with full Vietnamese coverage, in order of preference.
const SANS: [&str; 6] = [
    "Noto Sans",
    "Segoe UI",
    "Arial",
    "Liberation Sans",
    "DejaVu Sans",
    "Roboto",
];

/// The longest side of the report's picture, in pixels: at the text width of an A4 page
/// (165 mm) 3000 px is over 400 dpi, and a larger picture only costs time to encode.
pub const PRINT_PIXELS: f32 = 3000.0;

/// The scale that draws a `width` × `height` diagram for print: 2× for a small one, less for
/// a large one so that its longest side stays within [`PRINT_PIXELS`].
pub fn print_scale(width: f32, height: f32) -> f32 {
    (PRINT_PIXELS / width.max(height).max(1.0)).min(2.0)
}

/// Draws `svg` for the report, at [`print_scale`], and returns PNG bytes.
pub fn print_png(svg: &str) -> Result<Vec<u8>, String> {
    png(svg, None)
}

/// Draws `svg` at `scale` (`None`: [`print_scale`]) and returns PNG bytes.
pub fn png(svg: &str, scale: Option<f32>) -> Result<Vec<u8>, String> {
    static FONTS: OnceLock<std::sync::Arc<resvg::usvg::fontdb::Database>> = OnceLock::new();
    let fonts = FONTS.get_or_init(|| {
        let mut db = resvg::usvg::fontdb::Database::new();
        db.load_system_fonts();
        // fontdb's generic sans-serif is Arial, often absent on Linux: take the first family
        // with Vietnamese coverage the system has.
        let has = |name: &str| {
            db.faces()
                .any(|f| f.families.iter().any(|(n, _)| n == name))
        };
        if let Some(f) = SANS.iter().find(|f| has(f)) {
            db.set_sans_serif_family(*f);
        }
        std::sync::Arc::new(db)
    });
    if fonts.is_empty() {
        return Err(
            "không tìm thấy phông chữ nào trên máy để vẽ chữ trong sơ đồ; hãy cài \
                    phông có tiếng Việt (ví dụ gói fonts-dejavu hoặc fonts-noto)"
                .into(),
        );
    }
    let opts = resvg::usvg::Options {
        fontdb: fonts.clone(),
        ..Default::default()
    };
    let tree =
        resvg::usvg::Tree::from_str(svg, &opts).map_err(|e| format!("không vẽ được sơ đồ: {e}"))?;
    let scale = scale.unwrap_or_else(|| print_scale(tree.size().width(), tree.size().height()));
    let size = tree
        .size()
        .to_int_size()
        .scale_by(scale)
        .ok_or("sơ đồ rỗng")?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or("sơ đồ quá lớn để vẽ thành ảnh")?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| format!("không mã hóa được ảnh PNG: {e}"))
}
