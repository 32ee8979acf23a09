//! Details of any element a user clicks, with its source: the same answer for the app's panel,
//! the command line and the tests, so a fact is cited the same way everywhere.

use crate::catalogue::{Catalogue, Source};

/// What the details panel shows for one element.
#[derive(Debug, Clone, PartialEq)]
pub struct Details {
    /// The element's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// What kind of record it is, in Vietnamese.
    pub kind: String,
    /// Its description or purpose, verbatim.
    pub description: String,
    /// Labelled facts: owner, go-live, layer, group, …
    pub facts: Vec<(String, String)>,
    /// Related elements, as (id, name).
    pub related: Vec<(String, String)>,
    /// Where it comes from.
    pub sources: Vec<Source>,
    /// OCR slips fixed in transcription, as (original, fixed).
    pub ocr_fixes: Vec<(String, String)>,
}

/// OCR fixes as (original, fixed) pairs, as the panel lists them.
pub(crate) fn fixes(v: &[crate::catalogue::OcrFix]) -> Vec<(String, String)> {
    v.iter()
        .map(|f| (f.original.clone(), f.fixed.clone()))
        .collect()
}

fn layer_fact(cat: &Catalogue, layer: u8) -> (String, String) {
    ("Lớp".into(), super::layer_title(cat, layer))
}

fn platform_names(cat: &Catalogue, ids: &[String]) -> Vec<(String, String)> {
    ids.iter()
        .filter_map(|id| cat.platform(id).map(|p| (p.id.clone(), p.name.clone())))
        .collect()
}

/// Describes the platform, national component or reference element with `id`. A platform's
/// `operational` flag is read as given, so pass a catalogue from [`Catalogue::as_of`].
pub fn describe(cat: &Catalogue, id: &str) -> Option<Details> {
    if let Some(p) = cat.platform(id) {
        let mut facts = vec![
            ("Nhóm".into(), format!("Nhóm {:?}", p.group)),
            ("Cơ quan chủ quản".into(), p.owner.clone()),
            ("Thời gian bắt đầu vận hành".into(), p.start.text.clone()),
            (
                "Trạng thái".into(),
                if p.operational {
                    "Đang vận hành".into()
                } else {
                    "Chưa vận hành".into()
                },
            ),
            layer_fact(cat, p.layer),
        ];
        if let Some(a) = &p.acronym {
            facts.insert(0, ("Viết tắt".into(), a.clone()));
        }
        if !p.capabilities.is_empty() {
            facts.push(("Năng lực".into(), p.capabilities.join("; ")));
        }
        let mut description = p.purpose.clone();
        if description.is_empty() {
            if let Some(other) = p.purpose_shared_with.as_ref().and_then(|o| cat.platform(o)) {
                description = format!("(Chung với {}) {}", other.id, other.purpose);
            }
        }
        // Related: the national components and reference elements that use this platform.
        let mut related: Vec<(String, String)> = cat
            .layers
            .iter()
            .flat_map(|l| l.components.iter())
            .filter(|c| c.platforms.iter().any(|x| x == id))
            .map(|c| (c.id.clone(), c.name.clone()))
            .collect();
        related.extend(
            cat.plan
                .rows
                .iter()
                .filter(|r| r.platform.as_deref() == Some(id))
                .map(|r| (r.id.clone(), r.name.clone())),
        );
        return Some(Details {
            id: p.id.clone(),
            name: p.name.clone(),
            kind: "Nền tảng số dùng chung quốc gia".into(),
            description,
            facts,
            related,
            sources: vec![p.source.clone()],
            ocr_fixes: fixes(&p.ocr_fixes),
        });
    }
    for l in &cat.layers {
        if let Some(c) = l.components.iter().find(|c| c.id == id) {
            let mut sources = vec![c.source.clone()];
            sources.extend(c.also.iter().cloned());
            return Some(Details {
                id: c.id.clone(),
                name: c.name.clone(),
                kind: "Thành phần dùng chung quốc gia".into(),
                description: c.description.clone(),
                facts: vec![layer_fact(cat, l.layer)],
                related: platform_names(cat, &c.platforms),
                sources,
                ocr_fixes: fixes(&c.ocr_fixes),
            });
        }
    }
    for r in &cat.reference_architectures {
        for l in &r.layers {
            if let Some(e) = l.elements.iter().find(|e| e.id == id) {
                let mut facts = vec![
                    ("Khung tham chiếu".into(), r.name.clone()),
                    layer_fact(cat, l.layer),
                ];
                if e.expected_build {
                    facts.push((
                        "Triển khai".into(),
                        "Cơ quan tự xây dựng, triển khai".into(),
                    ));
                }
                if e.national_shared {
                    facts.push(("Loại".into(), "Thành phần dùng chung quốc gia".into()));
                }
                if let Some(n) = &e.note {
                    facts.push(("Ghi chú".into(), n.clone()));
                }
                let mut related = platform_names(cat, &e.platforms);
                related.extend(platform_names(cat, &e.connects_to));
                return Some(Details {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    kind: "Thành phần khung tham chiếu".into(),
                    description: e.description.clone(),
                    facts,
                    related,
                    sources: vec![e.source.clone()],
                    ocr_fixes: fixes(&e.ocr_fixes),
                });
            }
        }
    }
    None
}
