//! The six reference seeds (plan, principles, agencies, glossary, roadmap, KPI groups) read from
//! JSON that something else has parsed: the browser app fetches them and its browser's
//! `JSON.parse` reads the text, so the app links no JSON parser or serde deserialiser for them
//! (16 KiB of its gzipped wasm; README, "Size of the first load").
//!
//! A [`Tree`] is such a parsed value; each record type reads itself from one through
//! `FromTree`, written by `model/build.rs` from the same table of fields as the static
//! catalogue. Absent optional fields get their default and absent required fields are errors,
//! as with serde; an error names the path to the field. The tests check that this reader and
//! serde_json make the same catalogue of the seed files.

use super::{
    Agency, CorePrinciple, Cycle, ImplementationPrinciple, KpiGroup, OcrFix, Phase, Plan,
    PlanGroup, PlanRow, Principles, Source, Superseded, TechnicalRequirement, Term,
};

/// A parsed JSON value: an object, array, string, number, true, false or null.
pub trait Tree: Sized {
    /// The field `key` of an object; `None` if it has none, or if this is not an object.
    fn get(&self, key: &str) -> Option<Self>;
    /// Whether this is an object (not an array).
    fn is_record(&self) -> bool;
    /// Whether this is null.
    fn is_null(&self) -> bool;
    /// The text, if this is a string.
    fn text(&self) -> Option<String>;
    /// The number, if this is one.
    fn number(&self) -> Option<f64>;
    /// The items, if this is an array.
    fn items(&self) -> Option<Vec<Self>>;
}

/// A value of the catalogue read from a [`Tree`]. Reading never stops early: a wrong value
/// becomes its default and the first error is kept in `e`, as the path to the value
/// (`.rows[3].source`) and what is wrong, after a colon. (Returning early with `?` made each
/// field an exit that drops the fields read so far: twice the code in the app's wasm.)
trait FromTree: Default {
    fn from_tree<T: Tree>(v: &T, e: &mut Option<String>) -> Self;
}

impl FromTree for String {
    fn from_tree<T: Tree>(v: &T, e: &mut Option<String>) -> String {
        v.text().unwrap_or_else(|| fail(e, "is not text"))
    }
}

impl FromTree for Option<String> {
    fn from_tree<T: Tree>(v: &T, e: &mut Option<String>) -> Option<String> {
        if v.is_null() {
            None
        } else {
            Some(String::from_tree(v, e))
        }
    }
}

/// Whole numbers of a type: JSON numbers are read as `f64`, so a fraction or a number out of
/// the type's range is an error, as with serde.
macro_rules! whole_numbers {
    ($($t:ty),*) => {$(
        impl FromTree for $t {
            fn from_tree<T: Tree>(v: &T, e: &mut Option<String>) -> $t {
                v.number()
                    .filter(|n| n.fract() == 0.0 && *n >= <$t>::MIN as f64 && *n <= <$t>::MAX as f64)
                    .map_or_else(
                        || fail(e, concat!("is not a whole number of type ", stringify!($t))),
                        |n| n as $t,
                    )
            }
        }
    )*};
}

whole_numbers!(u8, i32);

impl<X: FromTree> FromTree for Vec<X> {
    fn from_tree<T: Tree>(v: &T, e: &mut Option<String>) -> Vec<X> {
        let Some(items) = v.items() else {
            return fail(e, "is not a list");
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, x) in items.iter().enumerate() {
            let before = e.is_none();
            out.push(X::from_tree(x, e));
            within(e, before, &format_args!("[{i}]"));
        }
        out
    }
}

/// Keeps the first error; the value read is the default.
#[inline(never)]
fn fail<X: Default>(e: &mut Option<String>, what: &str) -> X {
    if e.is_none() {
        *e = Some(format!(": {what}"));
    }
    X::default()
}

/// Puts `step` in front of an error that arose since `before` was taken.
#[inline(never)]
fn within(e: &mut Option<String>, before: bool, step: &dyn std::fmt::Display) {
    if let (true, Some(m)) = (before, e.as_mut()) {
        *m = format!("{step}{m}");
    }
}

fn record<T: Tree>(v: &T, e: &mut Option<String>) {
    if !v.is_record() {
        fail::<()>(e, "is not a record");
    }
}

fn required<T: Tree, X: FromTree>(v: &T, key: &str, e: &mut Option<String>) -> X {
    match v.get(key) {
        Some(x) => optional_at(&x, key, e),
        None => fail(e, &format!("`{key}` is missing")),
    }
}

fn optional<T: Tree, X: FromTree>(v: &T, key: &str, e: &mut Option<String>) -> X {
    match v.get(key) {
        Some(x) => optional_at(&x, key, e),
        None => X::default(),
    }
}

fn optional_at<T: Tree, X: FromTree>(x: &T, key: &str, e: &mut Option<String>) -> X {
    let before = e.is_none();
    let got = X::from_tree(x, e);
    within(e, before, &format_args!(".{key}"));
    got
}

include!(concat!(env!("OUT_DIR"), "/tree_readers.rs"));

/// Reads a whole file: the record itself (`key` is `None`) or the list under `key`. The error
/// names the file and the path in it.
fn file<T: Tree, X: FromTree>(
    file: &'static str,
    tree: &T,
    key: Option<&str>,
) -> Result<X, super::SeedError> {
    let mut e = None;
    let read = match key {
        None => X::from_tree(tree, &mut e),
        Some(key) => {
            record(tree, &mut e);
            required(tree, key, &mut e)
        }
    };
    match e {
        None => Ok(read),
        Some(e) => Err(super::SeedError {
            file,
            message: e.trim_start_matches(['.', ':', ' ']).to_owned(),
        }),
    }
}

impl super::Catalogue {
    /// `self` with the reference seeds read from `trees`, the contents of
    /// [`super::REFERENCE_FILES`] in that order, already parsed (by the browser, for the
    /// app): as [`super::Catalogue::with_references`] does from their text.
    pub fn with_reference_trees<T: Tree>(
        self,
        trees: [T; 6],
    ) -> Result<super::Catalogue, super::SeedError> {
        use super::{AGENCIES, GLOSSARY, KPIS, PLAN, PRINCIPLES, ROADMAP};
        let [plan, principles, agencies, glossary, roadmap, kpis] = trees;
        Ok(super::Catalogue {
            plan: file(PLAN.0, &plan, None)?,
            principles: file(PRINCIPLES.0, &principles, None)?,
            agencies: file(AGENCIES.0, &agencies, Some("agencies"))?,
            glossary: file(GLOSSARY.0, &glossary, Some("terms"))?,
            roadmap: file(ROADMAP.0, &roadmap, Some("phases"))?,
            kpis: file(KPIS.0, &kpis, Some("groups"))?,
            ..self
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{Catalogue, REFERENCE_FILES};
    use serde_json::Value;

    /// serde_json's values stand in for the browser's.
    impl Tree for Value {
        fn get(&self, key: &str) -> Option<Value> {
            self.as_object()?.get(key).cloned()
        }
        fn is_record(&self) -> bool {
            self.is_object()
        }
        fn is_null(&self) -> bool {
            Value::is_null(self)
        }
        fn text(&self) -> Option<String> {
            self.as_str().map(str::to_owned)
        }
        fn number(&self) -> Option<f64> {
            self.as_f64()
        }
        fn items(&self) -> Option<Vec<Value>> {
            self.as_array().cloned()
        }
    }

    fn texts() -> [String; 6] {
        REFERENCE_FILES.map(|f| {
            std::fs::read_to_string(format!("{}/../{f}", env!("CARGO_MANIFEST_DIR"))).unwrap()
        })
    }

    fn trees(texts: &[String; 6]) -> [Value; 6] {
        texts.each_ref().map(|t| serde_json::from_str(t).unwrap())
    }

    fn empty() -> Catalogue {
        super::super::compiled::drawn()
    }

    #[test]
    fn reads_the_seeds_as_serde_does() {
        let texts = texts();
        let serde = empty()
            .with_references(texts.each_ref().map(String::as_str))
            .unwrap();
        let tree = empty().with_reference_trees(trees(&texts)).unwrap();
        assert_eq!(tree.plan.superseded, serde.plan.superseded);
        assert_eq!(tree.plan.groups, serde.plan.groups);
        for (t, s) in tree.plan.rows.iter().zip(&serde.plan.rows) {
            assert_eq!(t, s, "plan row {}", s.id);
        }
        assert_eq!(tree.plan.rows.len(), 84);
        assert_eq!(tree.principles, serde.principles);
        assert_eq!(tree.agencies, serde.agencies);
        assert_eq!(tree.glossary, serde.glossary);
        assert_eq!(tree.roadmap, serde.roadmap);
        assert_eq!(tree.kpis, serde.kpis);
        // Optional fields both present and absent, so defaults and values are both compared.
        assert!(tree.glossary.iter().any(|t| t.note.is_some()));
        assert!(tree.glossary.iter().any(|t| t.note.is_none()));
        assert!(!tree.agencies.is_empty() && !tree.kpis.is_empty());
    }

    #[test]
    fn a_wrong_value_is_named_by_file_and_path() {
        let texts = texts();
        let mut trees = trees(&texts);
        trees[0]["rows"][3]["source"]
            .as_object_mut()
            .unwrap()
            .remove("document");
        trees[3]["terms"][1]["vi"] = Value::from(7);
        let e = empty().with_reference_trees(trees.clone()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "seeds/plan.json: rows[3].source: `document` is missing"
        );
        trees[0] = serde_json::from_str(&texts[0]).unwrap();
        let e = empty().with_reference_trees(trees.clone()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "seeds/glossary.json: terms[1].vi: is not text"
        );
        trees[3] = Value::from(vec![1, 2]);
        let e = empty().with_reference_trees(trees).unwrap_err();
        assert_eq!(e.to_string(), "seeds/glossary.json: is not a record");
    }

    #[test]
    fn numbers_must_be_whole_and_in_range() {
        for (n, ok) in [(3.0, true), (3.5, false), (256.0, false), (-1.0, false)] {
            let mut e = None;
            u8::from_tree(&Value::from(n), &mut e);
            assert_eq!(e.is_none(), ok, "{n}");
        }
        let mut e = None;
        assert_eq!(i32::from_tree(&Value::from(2027), &mut e), 2027);
        assert_eq!(Option::<String>::from_tree(&Value::Null, &mut e), None);
        assert_eq!(e, None);
    }
}
