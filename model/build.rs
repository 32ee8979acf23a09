//! Compiles the seeds the diagrams draw from (layers, platforms, reference architectures) into
//! static Rust data, `$OUT_DIR/compiled_seeds.rs`, read by `catalogue::compiled`.
//!
//! Why: the app and the embed must load fast and small. Parsing the seed JSON at start-up links
//! serde_json's deserialisers for every seed type, ships the whole JSON text (with texts no type
//! reads) and costs start-up time. Here each record becomes a static row of string literals and
//! slices that the program copies into the catalogue's types, with no parsing.
//!
//! Two tables are written from the same files: `FULL`, every field the JSON reader fills (the
//! app), and `DRAWN`, the same with the texts only the app's panels show left empty (the
//! read-only embed, which only draws). Which fields are which is the data in [`SEEDS`] below;
//! the row types and their copies into the catalogue's types are written from the same data.
//! A malformed seed stops the build with the file, the record and the field; the model's tests
//! check that `FULL` equals what the JSON reader makes of the same files, field by field.

use serde_json::Value;
use std::fmt::Write as _;
use std::path::Path;

/// How a field is read from a seed and written as static data.
enum Kind {
    /// Text (`String`).
    Text,
    /// Text or nothing (`Option<String>`); absent is nothing.
    MaybeText,
    /// A whole number of the named Rust type.
    Int(&'static str),
    /// True or false; absent is false.
    Flag,
    /// A list of text.
    Texts,
    /// A record.
    One(&'static Shape),
    /// A list of records.
    Many(&'static Shape),
    /// `A` or `B` (`Group`).
    Group,
    /// When a platform starts operating (`StartKind`): read from the enclosing record's own
    /// `kind`, `date`, `from_year` and `to_year`, as serde's `flatten` does.
    When,
    /// Not in the seeds: the catalogue works it out after loading (its `Default` here).
    Derived,
}

/// A field of a record: its name in the JSON and in Rust, how it is read, and whether it must
/// be there and whether a diagram draws from it.
struct Field {
    name: &'static str,
    kind: Kind,
    /// Absent is an error (a field without `#[serde(default)]` in the catalogue's types).
    required: bool,
    /// Kept in `DRAWN`; without it, the field is empty there.
    drawn: bool,
}

/// A required field a diagram draws from.
const fn field(name: &'static str, kind: Kind) -> Field {
    Field {
        name,
        kind,
        required: true,
        drawn: true,
    }
}

impl Field {
    /// The field may be absent (`#[serde(default)]`).
    const fn optional(self) -> Field {
        Field {
            required: false,
            ..self
        }
    }

    /// Only the app's panels show the field: empty in `DRAWN`.
    const fn panel(self) -> Field {
        Field {
            drawn: false,
            ..self
        }
    }
}

/// A record type of the catalogue (`catalogue::*`) and its fields, in declaration order.
struct Shape {
    name: &'static str,
    fields: &'static [Field],
}

use Kind::*;

const SOURCE: Shape = Shape {
    name: "Source",
    fields: &[
        field("document", Text),
        field("part", Text),
        field("row", Text).optional(),
        field("quote", MaybeText).optional(),
    ],
};

const OCR_FIX: Shape = Shape {
    name: "OcrFix",
    fields: &[
        field("field", Text),
        field("original", Text),
        field("fixed", Text),
    ],
};

const LAYER_COMPONENT: Shape = Shape {
    name: "LayerComponent",
    fields: &[
        field("id", Text),
        field("name", Text),
        field("description", Text).optional().panel(),
        field("platforms", Texts).optional(),
        field("source", One(&SOURCE)).panel(),
        field("also", Many(&SOURCE)).optional().panel(),
        field("ocr_fixes", Many(&OCR_FIX)).optional().panel(),
    ],
};

const LAYER: Shape = Shape {
    name: "Layer",
    fields: &[
        field("layer", Int("u8")),
        field("name", Text),
        field("name_en", Text).optional(),
        field("description", Text).optional().panel(),
        field("source", One(&SOURCE)).panel(),
        field("sources", Many(&SOURCE)).optional().panel(),
        field("components", Many(&LAYER_COMPONENT)).optional(),
    ],
};

const DECISION: Shape = Shape {
    name: "Decision",
    fields: &[field("id", Text), field("title", Text), field("date", Text)],
};

const CLAUSE: Shape = Shape {
    name: "Clause",
    fields: &[
        field("clause", Int("u32")),
        field("text", Text),
        field("source", One(&SOURCE)),
    ],
};

const CRITERION: Shape = Shape {
    name: "Criterion",
    fields: &[
        field("group", Group),
        field("number", Int("u32")),
        field("text", Text),
        field("source", One(&SOURCE)),
    ],
};

const START: Shape = Shape {
    name: "Start",
    fields: &[field("text", Text), field("when", When)],
};

const PLATFORM: Shape = Shape {
    name: "Platform",
    fields: &[
        field("id", Text),
        field("group", Group),
        field("stt", Int("u32")),
        field("name", Text),
        field("acronym", MaybeText).optional(),
        field("purpose", Text).panel(),
        field("purpose_shared_with", MaybeText).optional().panel(),
        field("owner", Text),
        field("start", One(&START)),
        field("operational", Derived),
        field("layer", Int("u8")),
        field("layer_reason", Text).optional().panel(),
        field("capabilities", Texts),
        field("capabilities_reason", Text).optional().panel(),
        field("source", One(&SOURCE)).panel(),
        field("ocr_fixes", Many(&OCR_FIX)).optional().panel(),
    ],
};

const REF_ELEMENT: Shape = Shape {
    name: "RefElement",
    fields: &[
        field("id", Text),
        field("name", Text),
        field("description", Text).optional().panel(),
        field("national_shared", Flag).optional(),
        field("platforms", Texts).optional(),
        field("connects_to", Texts).optional(),
        field("expected_build", Flag).optional(),
        field("note", MaybeText).optional().panel(),
        field("source", One(&SOURCE)).panel(),
        field("ocr_fixes", Many(&OCR_FIX)).optional().panel(),
    ],
};

const REF_LAYER: Shape = Shape {
    name: "RefLayer",
    fields: &[
        field("layer", Int("u8")),
        field("title", Text),
        field("elements", Many(&REF_ELEMENT)),
    ],
};

const REF_NOTE: Shape = Shape {
    name: "RefNote",
    fields: &[
        field("id", Text),
        field("text", Text),
        field("rule", Text).optional(),
        field("source", One(&SOURCE)),
    ],
};

const REFERENCE_ARCHITECTURE: Shape = Shape {
    name: "ReferenceArchitecture",
    fields: &[
        field("id", Text),
        field("name", Text),
        field("source", One(&SOURCE)).panel(),
        field("intro", Text).optional().panel(),
        field("layers", Many(&REF_LAYER)),
        field("notes", Many(&REF_NOTE)).optional().panel(),
    ],
};

const SUPERSEDED: Shape = Shape {
    name: "Superseded",
    fields: &[
        field("by", Text),
        field("note", Text),
        field("source", One(&SOURCE)),
    ],
};

const PLAN_GROUP: Shape = Shape {
    name: "PlanGroup",
    fields: &[
        field("number", Int("u8")),
        field("name", Text),
        field("source", One(&SOURCE)),
    ],
};

const PLAN_ROW: Shape = Shape {
    name: "PlanRow",
    fields: &[
        field("id", Text),
        field("group", Int("u8")),
        field("stt", Text),
        field("name", Text),
        field("owner", Text).optional(),
        field("owner_agency", MaybeText).optional(),
        field("completion", Text).optional(),
        field("platform", MaybeText).optional(),
        field("platform_reason", Text).optional(),
        field("source", One(&SOURCE)),
        field("ocr_fixes", Many(&OCR_FIX)).optional(),
    ],
};

const PLAN: Shape = Shape {
    name: "Plan",
    fields: &[
        field("superseded", One(&SUPERSEDED)),
        field("groups", Many(&PLAN_GROUP)),
        field("rows", Many(&PLAN_ROW)),
    ],
};

const CORE_PRINCIPLE: Shape = Shape {
    name: "CorePrinciple",
    fields: &[
        field("id", Text),
        field("number", Int("u8")),
        field("name", Text),
        field("name_en", Text).optional(),
        field("description", Text).optional(),
        field("feeds", Texts).optional(),
        field("source", One(&SOURCE)),
        field("ocr_fixes", Many(&OCR_FIX)).optional(),
    ],
};

const CYCLE: Shape = Shape {
    name: "Cycle",
    fields: &[field("text", Text), field("source", One(&SOURCE))],
};

const IMPLEMENTATION_PRINCIPLE: Shape = Shape {
    name: "ImplementationPrinciple",
    fields: &[
        field("id", Text),
        field("group", Text),
        field("name", Text),
        field("name_en", Text).optional(),
        field("text", Text).optional(),
        field("source", One(&SOURCE)),
    ],
};

const TECHNICAL_REQUIREMENT: Shape = Shape {
    name: "TechnicalRequirement",
    fields: &[
        field("id", Text),
        field("layer", Int("u8")),
        field("text", Text),
        field("source", One(&SOURCE)),
    ],
};

const PRINCIPLES: Shape = Shape {
    name: "Principles",
    fields: &[
        field("core", Many(&CORE_PRINCIPLE)),
        field("cycle", One(&CYCLE)),
        field("implementation", Many(&IMPLEMENTATION_PRINCIPLE)).optional(),
        field("technical_requirements", Many(&TECHNICAL_REQUIREMENT)).optional(),
    ],
};

const AGENCY: Shape = Shape {
    name: "Agency",
    fields: &[
        field("id", Text),
        field("name", Text),
        field("name_en", Text).optional(),
        field("kind", Text),
        field("source", One(&SOURCE)),
    ],
};

const TERM: Shape = Shape {
    name: "Term",
    fields: &[
        field("term", Text),
        field("vi", Text),
        field("en", Text),
        field("note", MaybeText).optional(),
        field("source", One(&SOURCE)),
    ],
};

const PHASE: Shape = Shape {
    name: "Phase",
    fields: &[
        field("id", Text),
        field("from_year", Int("i32")),
        field("to_year", Int("i32")),
        field("name", Text).optional(),
        field("goals", Texts).optional(),
        field("source", One(&SOURCE)),
    ],
};

const KPI_GROUP: Shape = Shape {
    name: "KpiGroup",
    fields: &[
        field("id", Text),
        field("name", Text),
        field("name_en", Text).optional(),
        field("indicators", Texts).optional(),
        field("source", One(&SOURCE)),
    ],
};

/// The record types of the six reference seeds (plan, principles, agencies, glossary, roadmap,
/// KPI groups), which the browser app fetches and its browser parses: each gets a reader of
/// parsed JSON (`catalogue::tree`), much smaller than a serde deserialiser.
const TREE_SHAPES: &[&Shape] = &[
    &SOURCE,
    &OCR_FIX,
    &SUPERSEDED,
    &PLAN_GROUP,
    &PLAN_ROW,
    &PLAN,
    &CORE_PRINCIPLE,
    &CYCLE,
    &IMPLEMENTATION_PRINCIPLE,
    &TECHNICAL_REQUIREMENT,
    &PRINCIPLES,
    &AGENCY,
    &TERM,
    &PHASE,
    &KPI_GROUP,
];

/// The seed files and what each holds at its top: together, the fields of `Tables`.
const SEEDS: &[(&str, &[Field])] = &[
    (
        "../seeds/platforms.json",
        &[
            field("document", One(&DECISION)),
            field("article2", Many(&CLAUSE)).panel(),
            field("criteria", Many(&CRITERION)).panel(),
            field("platforms", Many(&PLATFORM)),
        ],
    ),
    ("../seeds/layers.json", &[field("layers", Many(&LAYER))]),
    (
        "../seeds/reference_architectures.json",
        &[field(
            "reference_architectures",
            Many(&REFERENCE_ARCHITECTURE),
        )],
    ),
];

/// Every record type, each once, for the row types and their copies.
const SHAPES: &[&Shape] = &[
    &SOURCE,
    &OCR_FIX,
    &LAYER_COMPONENT,
    &LAYER,
    &DECISION,
    &CLAUSE,
    &CRITERION,
    &START,
    &PLATFORM,
    &REF_ELEMENT,
    &REF_LAYER,
    &REF_NOTE,
    &REFERENCE_ARCHITECTURE,
];

fn main() {
    for (file, _) in SEEDS {
        println!("cargo::rerun-if-changed={file}");
    }
    println!("cargo::rerun-if-changed=build.rs");
    let seeds: Vec<(Seed, &[Field])> = SEEDS
        .iter()
        .map(|&(file, fields)| (Seed::read(file), fields))
        .collect();
    let mut out = String::from("// Generated by model/build.rs from seeds/: do not edit.\n\n");
    for shape in SHAPES {
        row_type(&format!("{}Row", shape.name), shape.fields, &mut out);
        copy(shape, &mut out);
    }
    let top: Vec<&Field> = SEEDS.iter().flat_map(|(_, f)| f.iter()).collect();
    row_type("Tables", top.iter().copied(), &mut out);
    for (name, drawn_only, cfg) in [
        ("FULL", false, "any(test, feature = \"catalogue-texts\")"),
        (
            "DRAWN",
            true,
            "any(test, not(feature = \"catalogue-texts\"))",
        ),
    ] {
        let _ = write!(out, "#[cfg({cfg})]\nstatic {name}: Tables = Tables {{\n");
        for (seed, fields) in &seeds {
            let mut w = Writer {
                seed,
                drawn_only,
                out: &mut out,
            };
            for f in *fields {
                w.out.push_str("    ");
                w.field(f, &seed.json, "top");
                w.out.push_str(",\n");
            }
        }
        out.push_str("};\n\n");
    }
    write("compiled_seeds.rs", &out);
    let mut readers = String::from("// Generated by model/build.rs: do not edit.\n\n");
    for shape in TREE_SHAPES {
        reader(shape, &mut readers);
    }
    write("tree_readers.rs", &readers);
}

fn write(name: &str, text: &str) {
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&dir).join(name), text)
        .unwrap_or_else(|e| panic!("cannot write {name} in {dir}: {e}"));
}

/// How a record is read from parsed JSON (`catalogue::tree`): each field by `FromTree`, a
/// required one that is absent an error, an optional one its `Default`, as serde does; the
/// first error is kept in `e`.
fn reader(shape: &Shape, out: &mut String) {
    let name = shape.name;
    let _ = writeln!(
        out,
        "impl FromTree for {name} {{\n    fn from_tree<T: Tree>(v: &T, e: &mut Option<String>) -> {name} {{\n        record(v, e);\n        {name} {{"
    );
    for f in shape.fields {
        let read = if f.required { "required" } else { "optional" };
        let _ = writeln!(out, "            {0}: {read}(v, {0:?}, e),", f.name);
    }
    out.push_str("        }\n    }\n}\n\n");
}

/// A field's type in the static rows.
fn row_field_type(kind: &Kind) -> String {
    match kind {
        Text => "&'static str".to_owned(),
        MaybeText => "Option<&'static str>".to_owned(),
        Int(ty) => (*ty).to_owned(),
        Flag => "bool".to_owned(),
        Texts => "&'static [&'static str]".to_owned(),
        One(s) => format!("{}Row", s.name),
        Many(s) => format!("&'static [{}Row]", s.name),
        Group => "Group".to_owned(),
        When => "When".to_owned(),
        Derived => unreachable!("derived fields have no row field"),
    }
}

/// The struct of static rows for a record type (its derived fields left out).
fn row_type<'a>(name: &str, fields: impl IntoIterator<Item = &'a Field>, out: &mut String) {
    let _ = writeln!(out, "struct {name} {{");
    for f in fields.into_iter().filter(|f| !matches!(f.kind, Derived)) {
        let _ = writeln!(out, "    {}: {},", f.name, row_field_type(&f.kind));
    }
    out.push_str("}\n\n");
}

/// How a row becomes the catalogue's type: each field copied by `Own`.
fn copy(shape: &Shape, out: &mut String) {
    let name = shape.name;
    let _ = writeln!(
        out,
        "impl Own for {name}Row {{\n    type Owned = {name};\n    fn own(&self) -> {name} {{\n        {name} {{"
    );
    for f in shape.fields {
        let _ = match f.kind {
            Derived => writeln!(out, "            {}: Default::default(),", f.name),
            _ => writeln!(out, "            {0}: self.{0}.own(),", f.name),
        };
    }
    out.push_str("        }\n    }\n}\n\n");
}

/// A seed file, parsed; its path is kept to name it in errors.
struct Seed {
    file: &'static str,
    json: Value,
}

impl Seed {
    fn read(file: &'static str) -> Seed {
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("seeds: {file}: {e}"));
        let json = serde_json::from_str(&text).unwrap_or_else(|e| panic!("seeds: {file}: {e}"));
        Seed { file, json }
    }

    fn fail(&self, at: &str, what: &str) -> ! {
        panic!("seeds: {}: {at}: {what}", self.file)
    }
}

/// Writes one table's static data from a seed.
struct Writer<'a> {
    seed: &'a Seed,
    /// Panel fields are written empty (`DRAWN`).
    drawn_only: bool,
    out: &'a mut String,
}

impl Writer<'_> {
    /// `name: value` for a field of the record `v` at `at`.
    fn field(&mut self, f: &Field, v: &Value, at: &str) {
        let _ = write!(self.out, "{}: ", f.name);
        if matches!(f.kind, When) {
            return self.when(v, at);
        }
        match v.get(f.name) {
            _ if self.drawn_only && !f.drawn => self.empty(&f.kind),
            None if f.required => self.seed.fail(at, &format!("`{}` is missing", f.name)),
            None => self.empty(&f.kind),
            Some(Value::Null) if matches!(f.kind, MaybeText) => self.empty(&f.kind),
            Some(x) => self.value(&f.kind, x, &format!("{at}.{}", f.name)),
        }
    }

    /// The value of a field that is there.
    fn value(&mut self, kind: &Kind, v: &Value, at: &str) {
        let seed = self.seed;
        let wrong = |what: &str| -> ! { seed.fail(at, &format!("is not {what}")) };
        match kind {
            Text => {
                let s = v.as_str().unwrap_or_else(|| wrong("text"));
                let _ = write!(self.out, "{s:?}");
            }
            MaybeText => {
                let s = v.as_str().unwrap_or_else(|| wrong("text"));
                let _ = write!(self.out, "Some({s:?})");
            }
            Int(ty) => {
                let n = v.as_i64().unwrap_or_else(|| wrong("a whole number"));
                let fits = match *ty {
                    "u8" => u8::try_from(n).is_ok(),
                    "u32" => u32::try_from(n).is_ok(),
                    _ => i32::try_from(n).is_ok(),
                };
                if !fits {
                    wrong(&format!("a number that fits {ty}"));
                }
                let _ = write!(self.out, "{n}");
            }
            Flag => {
                let b = v.as_bool().unwrap_or_else(|| wrong("true or false"));
                let _ = write!(self.out, "{b}");
            }
            Texts => {
                let list = v.as_array().unwrap_or_else(|| wrong("a list"));
                self.out.push_str("&[");
                for (i, x) in list.iter().enumerate() {
                    self.value(&Text, x, &format!("{at}[{i}]"));
                    self.out.push_str(", ");
                }
                self.out.push(']');
            }
            One(shape) => self.record(shape, v, at),
            Many(shape) => {
                let list = v.as_array().unwrap_or_else(|| wrong("a list"));
                self.out.push_str("&[\n");
                for (i, x) in list.iter().enumerate() {
                    self.record(shape, x, &format!("{at}[{i}]"));
                    self.out.push_str(",\n");
                }
                self.out.push(']');
            }
            Group => match v.as_str() {
                Some(g @ ("A" | "B")) => {
                    let _ = write!(self.out, "Group::{g}");
                }
                _ => wrong("the group A or B"),
            },
            When | Derived => unreachable!("read from the enclosing record"),
        }
    }

    /// `ShapeRow { … }` for the record `v`.
    fn record(&mut self, shape: &Shape, v: &Value, at: &str) {
        if !v.is_object() {
            self.seed.fail(at, "is not a record");
        }
        let _ = write!(self.out, "{}Row {{ ", shape.name);
        for f in shape.fields.iter().filter(|f| !matches!(f.kind, Derived)) {
            self.field(f, v, at);
            self.out.push_str(", ");
        }
        self.out.push('}');
    }

    /// A platform's start of operation from the record's `kind` and the fields it names.
    fn when(&mut self, v: &Value, at: &str) {
        let seed = self.seed;
        let text = |key: &str| {
            v.get(key)
                .and_then(Value::as_str)
                .unwrap_or_else(|| seed.fail(at, &format!("`{key}` is missing or not text")))
        };
        let year = |key: &str| {
            v.get(key)
                .and_then(Value::as_i64)
                .and_then(|n| i32::try_from(n).ok())
                .unwrap_or_else(|| seed.fail(at, &format!("`{key}` is not a year")))
        };
        let when = match text("kind") {
            "operational" => "When::Operational".to_owned(),
            "date" => format!("When::Date({:?})", text("date")),
            "year" => format!("When::Year({}, {})", year("from_year"), year("to_year")),
            k => seed.fail(at, &format!("unknown kind {k:?}")),
        };
        self.out.push_str(&when);
    }

    /// An absent or left-out field: what serde's `default` gives.
    fn empty(&mut self, kind: &Kind) {
        match kind {
            Text => self.out.push_str("\"\""),
            MaybeText => self.out.push_str("None"),
            Int(_) => self.out.push('0'),
            Flag => self.out.push_str("false"),
            Texts | Many(_) => self.out.push_str("&[]"),
            One(shape) => {
                let _ = write!(self.out, "{}Row {{ ", shape.name);
                for f in shape.fields.iter().filter(|f| !matches!(f.kind, Derived)) {
                    let _ = write!(self.out, "{}: ", f.name);
                    self.empty(&f.kind);
                    self.out.push_str(", ");
                }
                self.out.push('}');
            }
            Group | When | Derived => unreachable!("never absent: required in the seeds"),
        }
    }
}
