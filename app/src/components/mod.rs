//! One component per file.

pub(crate) mod catalogue_filters;
pub(crate) mod catalogue_panel;
pub(crate) mod component_form;
pub(crate) mod context_menu;
pub(crate) mod details;
pub(crate) mod diagram;
pub(crate) mod editor;
pub(crate) mod editor_toolbar;
pub(crate) mod embed_code;
pub(crate) mod embed_page;
pub(crate) mod embed_view;
pub(crate) mod export_menu;
pub(crate) mod findings_panel;
pub(crate) mod glossary_view;
pub(crate) mod my_frameworks;
pub(crate) mod new_framework;
pub(crate) mod notice_bar;
pub(crate) mod outline;
pub(crate) mod principles_view;
pub(crate) mod roadmap_view;
pub(crate) mod search_palette;
pub(crate) mod static_diagram;
pub(crate) mod view_pane;
pub(crate) mod view_tabs;
