//! Reference material: agencies, glossary, roadmap phases and KPI groups.

use super::source::Source;
use serde::{Deserialize, Serialize};

/// An agency that publishes a framework or owns a platform.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Agency {
    /// ASCII slug, e.g. `bo-cong-an`.
    pub id: String,
    /// Vietnamese name.
    pub name: String,
    /// English name.
    #[serde(default)]
    pub name_en: String,
    /// `ministry`, `ministry_level`, `government_agency`, `central` or `province`.
    pub kind: String,
    /// Citation.
    pub source: Source,
}

/// A glossary entry.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Term {
    /// The acronym, e.g. `NDXP`.
    pub term: String,
    /// Vietnamese expansion.
    pub vi: String,
    /// English gloss.
    pub en: String,
    /// What a reader should know: a typo in the source kept verbatim, or a meaning inferred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Citation.
    pub source: Source,
}

/// A roadmap phase of 3090/QĐ-BKHCN III.1.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Phase {
    /// e.g. `2025-2026`.
    pub id: String,
    /// First year.
    pub from_year: i32,
    /// Last year.
    pub to_year: i32,
    /// Name.
    #[serde(default)]
    pub name: String,
    /// Goals, verbatim.
    #[serde(default)]
    pub goals: Vec<String>,
    /// Citation.
    pub source: Source,
}

/// A KPI group of 3090/QĐ-BKHCN III.3.4.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KpiGroup {
    /// e.g. `KPI-1`.
    pub id: String,
    /// Vietnamese name.
    pub name: String,
    /// English gloss.
    #[serde(default)]
    pub name_en: String,
    /// Indicators, verbatim.
    #[serde(default)]
    pub indicators: Vec<String>,
    /// Citation.
    pub source: Source,
}

// Read by `Catalogue::with_references`: embedded with `all-seeds`, or fetched by the browser app.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct AgenciesFile {
    pub(crate) agencies: Vec<Agency>,
}

// Read by `Catalogue::with_references`: embedded with `all-seeds`, or fetched by the browser app.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct GlossaryFile {
    pub(crate) terms: Vec<Term>,
}

// Read by `Catalogue::with_references`: embedded with `all-seeds`, or fetched by the browser app.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct RoadmapFile {
    pub(crate) phases: Vec<Phase>,
}

// Read by `Catalogue::with_references`: embedded with `all-seeds`, or fetched by the browser app.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct KpisFile {
    pub(crate) groups: Vec<KpiGroup>,
}
