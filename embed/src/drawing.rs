//! A view drawn: its SVG (the model's renderer, as the app and the exports write it), its
//! minimap, its title and size, and each node's box for zooming to a selection. This is all the
//! embed page keeps of a scene, so a framework's drawing can be made in the worker and sent to
//! the page as a plain JavaScript object.

use js_sys::{Array, Object, Reflect};
use model::scene::Scene;
use model::viewport::Rect;
use wasm_bindgen::JsValue;

/// Diagrams with more nodes than this get a minimap (as in the app).
const MINIMAP_FROM: usize = 40;

/// A view drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    /// The view's title.
    pub title: String,
    /// The drawing's size in diagram units.
    pub size: (f64, f64),
    /// The SVG markup.
    pub svg: String,
    /// The minimap's SVG, for diagrams with many nodes.
    pub minimap: Option<String>,
    /// Each node's id and box, in diagram units.
    pub boxes: Vec<(String, Rect)>,
}

impl Drawing {
    /// Draws `scene`.
    pub fn of(scene: &Scene) -> Drawing {
        Drawing {
            title: scene.title.clone(),
            size: (f64::from(scene.width), f64::from(scene.height)),
            svg: model::svg::Svg(scene).to_string(),
            minimap: (scene.nodes.len() > MINIMAP_FROM)
                .then(|| model::minimap::Minimap(scene).to_string()),
            boxes: scene
                .nodes
                .iter()
                .map(|n| {
                    let b = (
                        f64::from(n.x),
                        f64::from(n.y),
                        f64::from(n.w),
                        f64::from(n.h),
                    );
                    (n.id.clone(), b)
                })
                .collect(),
        }
    }

    /// As a JavaScript object, to post between the worker and the page.
    pub fn to_js(&self) -> JsValue {
        let o = Object::new();
        let set = |k: &str, v: JsValue| {
            let _ = Reflect::set(&o, &k.into(), &v);
        };
        set("title", self.title.as_str().into());
        set("width", self.size.0.into());
        set("height", self.size.1.into());
        set("svg", self.svg.as_str().into());
        set(
            "minimap",
            self.minimap.as_deref().map_or(JsValue::NULL, JsValue::from),
        );
        let boxes = Array::new();
        for (id, (x, y, w, h)) in &self.boxes {
            boxes.push(&Array::of5(
                &id.as_str().into(),
                &(*x).into(),
                &(*y).into(),
                &(*w).into(),
                &(*h).into(),
            ));
        }
        set("boxes", boxes.into());
        o.into()
    }

    /// From [`Drawing::to_js`]'s object; `None` if it is not one.
    pub fn from_js(v: &JsValue) -> Option<Drawing> {
        let get = |k: &str| Reflect::get(v, &k.into()).ok();
        let boxes = Array::from(&get("boxes")?)
            .iter()
            .map(|b| {
                let b = Array::from(&b);
                let n = |i| b.get(i).as_f64();
                Some((b.get(0).as_string()?, (n(1)?, n(2)?, n(3)?, n(4)?)))
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Drawing {
            title: get("title")?.as_string()?,
            size: (get("width")?.as_f64()?, get("height")?.as_f64()?),
            svg: get("svg")?.as_string()?,
            minimap: get("minimap")?.as_string(),
            boxes,
        })
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::*;
    use model::catalogue::Catalogue;
    use model::views::{catalogue_map, national};
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn a_drawing_crosses_to_the_page_unchanged() {
        let cat = Catalogue::get();
        let small = Drawing::of(&national::scene(cat));
        assert!(small.minimap.is_none());
        assert!(small.svg.starts_with("<svg"));
        let large = Drawing::of(&catalogue_map::scene(cat, &Default::default()));
        assert!(large.minimap.is_some());
        for d in [small, large] {
            assert_eq!(Drawing::from_js(&d.to_js()), Some(d));
        }
        assert_eq!(Drawing::from_js(&JsValue::from(3)), None);
    }
}
