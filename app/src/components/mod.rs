//! One component per file.

pub(crate) mod catalogue_filters;
pub(crate) mod details;
pub(crate) mod diagram;
pub(crate) mod outline;
pub(crate) mod view_pane;
pub(crate) mod view_tabs;
