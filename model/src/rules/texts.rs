//! The rules' texts in English, for a user who reads the app in English: each rule's explanation
//! as a template in `seeds/rule_texts.json`, filled from the finding, and a gloss of a
//! Vietnamese citation's words ("Điều 2, khoản 2" → "Article 2, clause 2").
//!
//! The Vietnamese explanation the rule wrote stays the finding's own text: exports, reports and
//! `khung check` give it, and the citation itself is always shown verbatim (it is the law's
//! reference); the English is a reading aid beside it.

use super::{Finding, Severity};
use crate::catalogue::Catalogue;
use serde::Deserialize;
use std::sync::OnceLock;

/// The seed file, embedded at compile time like the catalogue.
const SEED: &str = include_str!("../../../seeds/rule_texts.json");

#[derive(Debug, Deserialize)]
struct File {
    citation_terms: Vec<(String, String)>,
    rules: Vec<RuleText>,
}

/// One rule's English explanations.
#[derive(Debug, Deserialize)]
struct RuleText {
    rule: String,
    en: String,
    #[serde(default)]
    exempted_en: Option<String>,
    #[serde(default)]
    info_en: Option<String>,
}

fn file() -> &'static File {
    static FILE: OnceLock<File> = OnceLock::new();
    FILE.get_or_init(|| {
        serde_json::from_str(SEED).unwrap_or_else(|e| panic!("seeds/rule_texts.json: {e}"))
    })
}

/// The name of the platform or national shared component a finding is about, as the documents
/// write it.
fn platform_name(f: &Finding, cat: &Catalogue) -> String {
    let Some(id) = f.platform.as_deref() else {
        return String::new();
    };
    cat.platform(id)
        .map(|p| p.name.clone())
        .or_else(|| {
            super::national_component::components()
                .iter()
                .find(|n| n.id == id)
                .map(|n| n.name.clone())
        })
        .unwrap_or_default()
}

/// The finding's explanation in English, from its rule's template; `None` when the rule has no
/// English text (the caller shows the Vietnamese).
///
/// ```
/// use model::{document::*, rules, Catalogue};
/// let cat = Catalogue::get();
/// let mut d = Document::new("k", Kind::Province, "Lâm Đồng");
/// d.components.push(Component::new("c", "Hệ thống đấu thầu qua mạng của tỉnh", 3));
/// let f = rules::check(&d, cat).into_iter().find(|f| f.component == "c").unwrap();
/// let en = rules::texts::english(&f, cat).unwrap();
/// assert!(en.starts_with("«Hệ thống đấu thầu qua mạng của tỉnh» does what B-28"));
/// ```
pub fn english(f: &Finding, cat: &Catalogue) -> Option<String> {
    let t = file().rules.iter().find(|r| r.rule == f.rule)?;
    let template = match (f.exempted, f.severity) {
        (true, _) => t.exempted_en.as_deref().unwrap_or(&t.en),
        (false, Severity::Info) => t.info_en.as_deref().unwrap_or(&t.en),
        _ => &t.en,
    };
    let text = template
        .replace("{component}", &f.component_name)
        .replace("{platform_name}", &platform_name(f, cat))
        .replace("{platform}", f.platform.as_deref().unwrap_or(""))
        .replace("{go_live}", f.go_live.as_deref().unwrap_or("?"))
        .replace("{source}", &f.source);
    // A template naming a platform the finding has not leaves no double space.
    Some(
        text.split(' ')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The explanation's first sentence in English, as a badge's tooltip shows it.
pub fn english_first_line(f: &Finding, cat: &Catalogue) -> Option<String> {
    let text = english(f, cat)?;
    let first = Finding {
        explanation: text,
        ..f.clone()
    };
    Some(first.first_line().to_owned())
}

/// An English gloss of a Vietnamese citation's words, or `None` when nothing in it needs one.
///
/// ```
/// assert_eq!(
///     model::rules::texts::gloss("1132/QĐ-TTg, Điều 2, khoản 2").as_deref(),
///     Some("1132/QĐ-TTg, Article 2, clause 2")
/// );
/// assert_eq!(model::rules::texts::gloss("1132/QĐ-TTg"), None);
/// ```
pub fn gloss(citation: &str) -> Option<String> {
    let mut out = citation.to_owned();
    for (vi, en) in &file().citation_terms {
        out = out.replace(vi.as_str(), en);
    }
    (out != citation).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_its_english_and_every_placeholder_is_known() {
        let known = [
            "{component}",
            "{platform}",
            "{platform_name}",
            "{go_live}",
            "{source}",
        ];
        for r in super::super::RULES {
            for id in r.ids {
                let t = file().rules.iter().find(|t| t.rule == *id);
                assert!(t.is_some(), "{id} has no English in seeds/rule_texts.json");
            }
        }
        for t in &file().rules {
            for text in [Some(&t.en), t.exempted_en.as_ref(), t.info_en.as_ref()]
                .into_iter()
                .flatten()
            {
                let mut rest = text.as_str();
                while let Some(i) = rest.find('{') {
                    let end = rest[i..].find('}').expect("a closed placeholder") + i + 1;
                    assert!(
                        known.contains(&&rest[i..end]),
                        "{}: {}",
                        t.rule,
                        &rest[i..end]
                    );
                    rest = &rest[end..];
                }
            }
        }
    }

    #[test]
    fn an_english_explanation_keeps_the_names_and_the_citation_verbatim() {
        let cat = Catalogue::get();
        let mut d = crate::document::Document::new("k", crate::document::Kind::Commune, "Xã A");
        d.components.push(crate::document::Component::new(
            "c",
            "Cổng dịch vụ công của xã",
            4,
        ));
        for f in super::super::check(&d, cat) {
            let en = english(&f, cat).expect("every rule has its English");
            assert!(en.contains(&f.source), "{en}");
            if !f.component_name.is_empty() {
                assert!(en.contains(&f.component_name), "{en}");
            }
            assert!(!en.contains('{'), "{en}");
        }
    }
}
