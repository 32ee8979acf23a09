//! Dragging boxes in the editor: the boxes follow the pointer; over another layer's band, that
//! band is highlighted and a hint says which layer the box will move to; on release, each box
//! snaps to a free slot inside one band, and the drag with its layer change is one undo step
//! (`model::views::drop::place`). Escape puts everything back.

use crate::components::diagram::NodeDrag;
use crate::context::Editor;
use crate::i18n::{lang, t, Lang};
use leptos::prelude::*;
use model::command::Command;
use model::document::Point;
use model::layout::snap::{self, Drop};
use model::scene::Scene;

/// The layer the dragged box would move to, shown while dragging over another band.
#[derive(Clone, Copy)]
pub(crate) struct DropTarget(pub(crate) RwSignal<Option<u8>>);

/// The editor's drag handler over `scene` (the diagram the editor shows).
pub(crate) fn on_drag(
    editor: Editor,
    scene: Memo<Scene>,
    target: DropTarget,
) -> Callback<NodeDrag> {
    // Each dragged box's layer and position when the drag began, then where it is now.
    let start = StoredValue::new(Vec::<(String, u8, (f32, f32))>::new());
    let last = StoredValue::new(Vec::<(String, f32, f32)>::new());
    let finish = move || {
        start.set_value(Vec::new());
        last.set_value(Vec::new());
        target.0.set(None);
        highlight(None);
    };
    Callback::new(move |d: NodeDrag| match d {
        NodeDrag::Move(moves) => {
            if start.with_value(Vec::is_empty) {
                let begun = editor.history.with_untracked(|h| {
                    scene.with_untracked(|s| {
                        moves
                            .iter()
                            .filter_map(|(id, _, _)| {
                                let c = h.doc().component(id)?;
                                let n = s.nodes.iter().find(|n| &n.id == id)?;
                                Some((id.clone(), c.layer, (n.x, n.y)))
                            })
                            .collect()
                    })
                });
                start.set_value(begun);
            }
            editor.history.update(|h| {
                h.begin();
                let moves = moves
                    .iter()
                    .map(|(id, x, y)| (id.clone(), Some(Point { x: *x, y: *y })))
                    .collect();
                let _ = h.apply(Command::MoveComponents(moves));
            });
            // The box under the pointer decides the band shown.
            let over = moves.first().and_then(|(id, _, y)| {
                let from = start.with_value(|s| s.iter().find(|s| &s.0 == id).map(|s| s.1))?;
                scene.with_untracked(|s| {
                    let h = s.nodes.iter().find(|n| &n.id == id)?.h;
                    let band = snap::band_at(s, y + h / 2.0)?;
                    (band.layer != from).then_some(band.layer)
                })
            });
            last.set_value(moves);
            if target.0.get_untracked() != over {
                target.0.set(over);
                highlight(over);
            }
        }
        NodeDrag::End => {
            let drops: Vec<Drop> = start.with_value(|start| {
                last.with_value(|last| {
                    last.iter()
                        .filter_map(|(id, x, y)| {
                            let (_, layer, from) = start.iter().find(|s| &s.0 == id)?;
                            Some(Drop {
                                id: id.clone(),
                                layer: *layer,
                                from: *from,
                                at: (*x, *y),
                            })
                        })
                        .collect()
                })
            });
            editor.history.update(|h| {
                if !drops.is_empty() {
                    let cat = crate::today::catalogue();
                    let cmd = scene
                        .with_untracked(|s| model::views::drop::place(cat, h.doc(), s, &drops));
                    let _ = h.apply(cmd);
                }
                h.commit();
            });
            finish();
        }
        NodeDrag::Abort => {
            editor.history.update(|h| h.abort());
            finish();
        }
    })
}

/// Marks the band of `layer` as the drop target on the drawing. The mark is an attribute of the
/// diagram's own container (`data-drop-layer`), which the stylesheet turns into the band's
/// outline: the bands' markup is rewritten whenever a drag makes a channel taller, and a class on
/// the band itself would be lost with it.
fn highlight(layer: Option<u8>) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(Some(el)) = doc.query_selector(".editor .diagram") {
        let _ = match layer {
            Some(l) => el.set_attribute("data-drop-layer", &l.to_string()),
            None => el.remove_attribute("data-drop-layer"),
        };
    }
}

/// The words of the hint: "Chuyển sang Lớp 3: Ứng dụng và nghiệp vụ".
fn hint(layer: u8) -> String {
    let cat = model::Catalogue::get();
    match (lang(), cat.layer(layer)) {
        (Lang::En, Some(l)) if !l.name_en.is_empty() => {
            format!("{} {} {layer}: {}", t("Chuyển sang"), t("Lớp"), l.name_en)
        }
        _ => format!(
            "{} {}",
            t("Chuyển sang"),
            model::views::layer_title(cat, layer)
        ),
    }
}

/// The hint over the diagram while a drop would change a box's layer.
#[component]
pub(crate) fn DropHint(target: DropTarget) -> impl IntoView {
    view! {
        <div class="drop-hint" role="status" aria-live="polite">
            {move || target.0.get().map(|l| view! { <span>{hint(l)}</span> })}
        </div>
    }
}
