//! Session state shared through Leptos context: which view is open, what is selected and how the
//! diagram is zoomed. None of it is ever saved into a framework or exported.

use leptos::prelude::*;
use model::catalogue::Group;

/// Which diagram the user is looking at. Its `hash` form is the deep link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum View {
    /// The national four-layer model.
    National,
    /// A reference architecture, by id (`province`, `ministry`, …).
    Reference(String),
    /// The platform catalogue map.
    Catalogue,
    /// The user's own framework, in the editor.
    Editor,
    /// A framework carried in the URL (`#/fw/…`), shown read-only, as portals embed it.
    Shared(String),
    /// The seven core principles and how they feed one another.
    Principles,
    /// The roadmap: phases and each platform's go-live.
    Roadmap,
    /// The glossary of acronyms, and the agencies.
    Glossary,
}

impl View {
    /// The URL fragment for this view with `selected` named after it (`#/catalogue/A-01`), as
    /// [`View::from_hash`] reads it back.
    pub(crate) fn hash_selecting(&self, selected: Option<&str>) -> String {
        let mut hash = self.hash();
        if let Some(id) = selected {
            hash.push('/');
            hash.push_str(&String::from(js_sys::encode_uri_component(id)));
        }
        hash
    }

    /// The URL fragment for this view, e.g. `#/ref/province`.
    pub(crate) fn hash(&self) -> String {
        match self {
            View::National => "#/national".into(),
            View::Reference(id) => format!("#/ref/{id}"),
            View::Catalogue => "#/catalogue".into(),
            View::Editor => "#/editor".into(),
            View::Shared(data) => format!("#/fw/{data}"),
            View::Principles => "#/principles".into(),
            View::Roadmap => "#/roadmap".into(),
            View::Glossary => "#/glossary".into(),
        }
    }

    /// Parses a fragment written by [`View::hash`], with the selected node if one is named
    /// (`#/catalogue/A-01`). Unknown fragments open the national model.
    pub(crate) fn from_hash(hash: &str) -> (View, Option<String>) {
        let parts: Vec<&str> = hash
            .trim_start_matches('#')
            .trim_start_matches('/')
            .split('/')
            .collect();
        let decode = |s: &str| js_sys_decode(s);
        match parts.as_slice() {
            ["ref", id, rest @ ..]
                if model::Catalogue::get().reference_architecture(id).is_some() =>
            {
                (
                    View::Reference((*id).to_owned()),
                    rest.first().map(|s| decode(s)),
                )
            }
            ["catalogue", rest @ ..] => (View::Catalogue, rest.first().map(|s| decode(s))),
            ["national", rest @ ..] => (View::National, rest.first().map(|s| decode(s))),
            ["editor", rest @ ..] => (View::Editor, rest.first().map(|s| decode(s))),
            ["principles", rest @ ..] => (View::Principles, rest.first().map(|s| decode(s))),
            ["roadmap", rest @ ..] => (View::Roadmap, rest.first().map(|s| decode(s))),
            ["glossary", rest @ ..] => (View::Glossary, rest.first().map(|s| decode(s))),
            ["fw", data, rest @ ..] => (
                View::Shared((*data).to_owned()),
                rest.first().map(|s| decode(s)),
            ),
            _ => (View::National, None),
        }
    }
}

fn js_sys_decode(s: &str) -> String {
    js_sys::decode_uri_component(s)
        .map(String::from)
        .unwrap_or_else(|_| s.to_owned())
}

/// The open view.
#[derive(Clone, Copy)]
pub(crate) struct CurrentView(pub(crate) RwSignal<View>);

/// The selected nodes' ids; the last one is the primary selection the details panel shows.
#[derive(Clone, Copy)]
pub(crate) struct Selection(pub(crate) RwSignal<Vec<String>>);

impl Selection {
    /// The primary selection.
    pub(crate) fn primary(self) -> Option<String> {
        self.0.with(|s| s.last().cloned())
    }

    /// Selects `id` alone, or nothing.
    pub(crate) fn only(self, id: Option<String>) {
        self.0.set(id.into_iter().collect());
    }

    /// Adds or removes `id` (shift-click).
    pub(crate) fn toggle(self, id: String) {
        self.0.update(|s| match s.iter().position(|x| *x == id) {
            Some(i) => {
                s.remove(i);
            }
            None => s.push(id),
        });
    }
}

/// The open framework: its undo history and its storage id.
#[derive(Clone, Copy)]
pub(crate) struct Editor {
    /// Document and undo/redo stacks.
    pub(crate) history: RwSignal<model::history::History>,
    /// Where it autosaves.
    pub(crate) storage_id: RwSignal<Option<String>>,
}

/// Where the open framework's autosave stands, shown in the editor's toolbar so the user knows
/// their work is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum SaveStatus {
    /// Nothing to save: the framework has never been stored (the blank start).
    Idle,
    /// A change waits for the autosave delay.
    Pending,
    /// Saved at this local time (HH:MM).
    Saved(String),
    /// The last save failed (a full localStorage); the work is still in memory.
    Failed,
}

/// The autosave's status, and a way to save what is pending now (before listing the saved
/// frameworks, say).
#[derive(Clone, Copy)]
pub(crate) struct Autosave {
    /// Where the last change stands.
    pub(crate) status: RwSignal<SaveStatus>,
    /// Saves the pending change, if any, at once.
    pub(crate) flush: Callback<()>,
}

/// A message for the user: errors from imports and saves, confirmations.
#[derive(Clone, Copy)]
pub(crate) struct Notice(pub(crate) RwSignal<Option<(NoticeLevel, String)>>);

/// How a notice looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NoticeLevel {
    /// Something went wrong; nothing was lost.
    Error,
    /// Something worked.
    Info,
}

impl Notice {
    /// Shows an error.
    pub(crate) fn error(self, msg: impl Into<String>) {
        self.0.set(Some((NoticeLevel::Error, msg.into())));
    }

    /// Shows a confirmation.
    pub(crate) fn info(self, msg: impl Into<String>) {
        self.0.set(Some((NoticeLevel::Info, msg.into())));
    }
}

/// The component whose name is being edited in place on the diagram (double-click or F2).
#[derive(Clone, Copy)]
pub(crate) struct Renaming(pub(crate) RwSignal<Option<String>>);

/// What the diagram should do with the selection next: bring it into view, or zoom to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Focus {
    /// Scroll just enough that the selection is on screen, keeping the zoom.
    Reveal,
    /// Zoom and scroll so the selection fills the screen.
    Zoom,
}

/// A request to the open diagram, counted so that asking twice acts twice.
#[derive(Clone, Copy)]
pub(crate) struct FocusRequest(pub(crate) RwSignal<(Focus, u32)>);

impl FocusRequest {
    /// Asks the diagram to bring the selection into view (or zoom to it).
    pub(crate) fn ask(self, f: Focus) {
        self.0.update(|(focus, n)| {
            *focus = f;
            *n += 1;
        });
    }
}

/// The open framework's findings, most severe first, for whatever in the editor explains a box
/// (the inspector, the badges' tooltips).
#[derive(Clone, Copy)]
pub(crate) struct Findings(pub(crate) Signal<Vec<model::rules::Finding>>);

/// The inspector's tabs: the selection, or the whole framework's findings and KPI scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum InspectorTab {
    /// The selected component.
    Selection,
    /// Findings and KPI scores of the whole framework.
    Framework,
}

/// Which inspector tab is open.
#[derive(Clone, Copy)]
pub(crate) struct Inspecting(pub(crate) RwSignal<InspectorTab>);

/// Set to open the "new framework" dialog from outside the editor's toolbar (the first-visit
/// path's "start your framework").
#[derive(Clone, Copy)]
pub(crate) struct StartNew(pub(crate) RwSignal<bool>);

/// The day on which platforms count as operational: today by default, or the day the user picks
/// on the roadmap. Overlap severity follows it.
#[derive(Clone, Copy)]
pub(crate) struct AsOf(pub(crate) RwSignal<model::catalogue::Date>);

/// The catalogue map's filters.
#[derive(Clone, Copy)]
pub(crate) struct CatalogueFilter(pub(crate) RwSignal<FilterState>);

/// Filter controls' state, mapped onto [`model::views::catalogue_map::Filter`].
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct FilterState {
    /// Layer 1–4, or none.
    pub(crate) layer: Option<u8>,
    /// Group A or B, or none.
    pub(crate) group: Option<Group>,
    /// Owner text.
    pub(crate) owner: String,
    /// Operational status.
    pub(crate) operational: Option<bool>,
}

impl FilterState {
    /// The model's filter.
    pub(crate) fn to_filter(&self) -> model::views::catalogue_map::Filter {
        model::views::catalogue_map::Filter {
            layers: self.layer.map(|l| vec![l]),
            group: self.group,
            owner: (!self.owner.trim().is_empty()).then(|| self.owner.clone()),
            operational: self.operational,
            query: None,
        }
    }
}

/// Provides the open view and the selection, read from the URL fragment.
pub(crate) fn provide_view() {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let (view, selected) = View::from_hash(&hash);
    provide_context(CurrentView(RwSignal::new(view)));
    provide_context(Selection(RwSignal::new(selected.into_iter().collect())));
}

/// Provides every context value the components expect, starting from the URL fragment.
pub(crate) fn provide_state() {
    provide_view();
    provide_context(Notice(RwSignal::new(None)));
    let as_of = crate::entry::take_as_of().unwrap_or_else(crate::today::today);
    provide_context(AsOf(RwSignal::new(as_of)));
    provide_context(crate::editor_state::restore());
    provide_context(CatalogueFilter(RwSignal::new(FilterState::default())));
    provide_context(Renaming(RwSignal::new(None)));
    provide_context(FocusRequest(RwSignal::new((Focus::Reveal, 0))));
    provide_context(Inspecting(RwSignal::new(InspectorTab::Selection)));
    provide_context(StartNew(RwSignal::new(crate::entry::take_start_new())));
}
