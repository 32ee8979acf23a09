//! The browser's parsed JSON as the model's [`model::catalogue::Tree`], so the reference seeds
//! fetched on demand are parsed by the browser (`Response.json()`, native and fast) and read
//! by the model's small generated readers: index.html links no JSON parser for them.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// A value `JSON.parse` made.
pub(crate) struct JsTree(pub(crate) JsValue);

impl model::catalogue::Tree for JsTree {
    fn get(&self, key: &str) -> Option<JsTree> {
        if !self.is_record() {
            return None;
        }
        // Own fields only: a key the object lacks must not find one of Object.prototype's.
        let key = JsValue::from_str(key);
        if !Object::has_own(self.0.unchecked_ref::<Object>(), &key) {
            return None;
        }
        Reflect::get(&self.0, &key).ok().map(JsTree)
    }

    fn is_record(&self) -> bool {
        self.0.is_object() && !Array::is_array(&self.0)
    }

    fn is_null(&self) -> bool {
        self.0.is_null()
    }

    fn text(&self) -> Option<String> {
        self.0.as_string()
    }

    fn number(&self) -> Option<f64> {
        self.0.as_f64()
    }

    fn items(&self) -> Option<Vec<JsTree>> {
        self.0
            .dyn_ref::<Array>()
            .map(|a| a.iter().map(JsTree).collect())
    }
}
