//! The catalogue map: the national shared platforms of 1132/QĐ-TTg by layer and owner, each
//! showing whether it operates on the chosen day.

use super::{layer_title_in, platform_kind};
use crate::captions::Lang;
use crate::catalogue::{Catalogue, Group, Platform};
use crate::layout::{columns_for, layered, BandInput, Item};
use crate::scene::Scene;
use crate::text;

/// Which platforms to show. `None` in a field means no filter on it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only these layers.
    pub layers: Option<Vec<u8>>,
    /// Only this group.
    pub group: Option<Group>,
    /// Only platforms of this owner agency (exact name, as the catalogue writes it).
    pub owner: Option<String>,
    /// Only operational (`true`) or not-yet-operational (`false`) platforms.
    pub operational: Option<bool>,
    /// Only platforms whose id, name, acronym, owner or capabilities match this query.
    pub query: Option<String>,
}

impl Filter {
    /// Whether `p` passes.
    pub fn accepts(&self, p: &Platform) -> bool {
        self.layers.as_ref().is_none_or(|ls| ls.contains(&p.layer))
            && self.group.is_none_or(|g| g == p.group)
            && self.owner.as_ref().is_none_or(|o| o == &p.owner)
            && self.operational.is_none_or(|op| op == p.operational)
            && self.query.as_ref().is_none_or(|q| {
                let hay = format!(
                    "{} {} {} {} {}",
                    p.id,
                    p.name,
                    p.acronym.as_deref().unwrap_or(""),
                    p.owner,
                    p.capabilities.join(" ")
                );
                text::matches(q, &hay)
            })
    }
}

/// Lays out the platforms of `cat` that pass `filter`, grouped by owner within each layer.
/// Pass a catalogue from [`Catalogue::as_of`] to show operation on a given day.
pub fn scene(cat: &Catalogue, filter: &Filter) -> Scene {
    scene_in(cat, filter, Lang::Vi)
}

/// [`scene`] with the drawing's own words (layer titles, legend) in `lang`.
pub fn scene_in(cat: &Catalogue, filter: &Filter, lang: Lang) -> Scene {
    scene_where(cat, filter.layers.as_deref(), |p| filter.accepts(p), lang)
}

/// Every platform of `cat`, as [`scene_in`] draws them with no filter. The read-only embed
/// draws the catalogue so: it links no search (whose Unicode tables are a fifth of its
/// first load).
pub fn scene_all(cat: &Catalogue, lang: Lang) -> Scene {
    scene_where(cat, None, |_| true, lang)
}

/// The bands of `layers` (all four when `None`) with the platforms `accepts` keeps.
fn scene_where(
    cat: &Catalogue,
    layers: Option<&[u8]>,
    accepts: impl Fn(&Platform) -> bool,
    lang: Lang,
) -> Scene {
    let bands: Vec<BandInput> = (1..=4u8)
        .filter(|l| layers.is_none_or(|ls| ls.contains(l)))
        .map(|layer| {
            let mut ps: Vec<&Platform> = cat
                .platforms
                .iter()
                .filter(|p| p.layer == layer && accepts(p))
                .collect();
            crate::sort::sort_by(&mut ps, |a, b| {
                a.owner
                    .cmp(&b.owner)
                    .then(a.group.cmp(&b.group))
                    .then(a.stt.cmp(&b.stt))
            });
            BandInput {
                layer,
                title: layer_title_in(cat, layer, lang),
                items: ps
                    .iter()
                    .map(|p| {
                        Item::new(
                            p.id.clone(),
                            format!("{} · {} ({})", p.id, p.name, p.owner),
                            platform_kind(p),
                        )
                    })
                    .collect(),
            }
        })
        .collect();
    let shown: usize = bands.iter().map(|b| b.items.len()).sum();
    let per_row = columns_for(&bands, 5);
    let mut scene = layered(
        "Danh mục nền tảng số dùng chung quốc gia (1132/QĐ-TTg)",
        &format!("{shown} nền tảng theo lớp và cơ quan chủ quản."),
        &bands,
        &[],
        per_row,
    );
    scene.lang = lang;
    scene
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scene_all_is_the_map_with_no_filter() {
        let cat = Catalogue::get();
        for lang in [Lang::Vi, Lang::En] {
            assert_eq!(
                scene_all(cat, lang),
                scene_in(cat, &Filter::default(), lang)
            );
        }
        let some = Filter {
            query: Some("dinh danh".into()),
            ..Filter::default()
        };
        let (all, found) = (scene_all(cat, Lang::Vi), scene(cat, &some));
        assert!(!found.nodes.is_empty() && found.nodes.len() < all.nodes.len());
    }
}
