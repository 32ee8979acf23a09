//! The national catalogue: everything the documents define, transcribed into `seeds/` and
//! embedded at compile time so the browser needs no network to show it.
//!
//! The layers, platforms and reference architectures are compiled in as static data
//! (`compiled`, written by `model/build.rs`): nothing is parsed for them at start-up. The six
//! reference seeds (plan, principles, agencies, glossary, roadmap, KPI groups) are JSON: parsed
//! once on first use where they are embedded (feature `all-seeds`,
//! [`Catalogue::with_references`]), or fetched by the browser app and parsed by its browser
//! ([`Catalogue::with_reference_trees`]). The seed files are checked by the tests in
//! `model/tests/catalogue.rs`, so a malformed seed fails CI rather than a user's session.

mod compiled;
mod layers;
mod plan;
mod platforms;
mod principles;
mod reference;
mod reference_architectures;
mod source;
pub mod tree;

pub use layers::{Layer, LayerComponent};
pub use plan::{Plan, PlanGroup, PlanRow, Superseded};
pub use platforms::{Clause, Criterion, Date, Decision, Group, Platform, Start, StartKind};
pub use principles::{
    CorePrinciple, Cycle, ImplementationPrinciple, Principles, TechnicalRequirement,
};
pub use reference::{Agency, KpiGroup, Phase, Term};
pub use reference_architectures::{RefElement, RefLayer, RefNote, ReferenceArchitecture};
pub use source::{OcrFix, Source};
pub use tree::Tree;

use std::sync::OnceLock;

const LAYERS: (&str, &str) = (
    "seeds/layers.json",
    include_str!("../../../seeds/layers.json"),
);
const PLATFORMS: (&str, &str) = (
    "seeds/platforms.json",
    include_str!("../../../seeds/platforms.json"),
);
const REFERENCE_ARCHITECTURES: (&str, &str) = (
    "seeds/reference_architectures.json",
    include_str!("../../../seeds/reference_architectures.json"),
);
const PLAN: (&str, &str) = ("seeds/plan.json", include_str!("../../../seeds/plan.json"));
const PRINCIPLES: (&str, &str) = (
    "seeds/principles.json",
    include_str!("../../../seeds/principles.json"),
);
const ROADMAP: (&str, &str) = (
    "seeds/roadmap.json",
    include_str!("../../../seeds/roadmap.json"),
);
const KPIS: (&str, &str) = ("seeds/kpis.json", include_str!("../../../seeds/kpis.json"));
const AGENCIES: (&str, &str) = (
    "seeds/agencies.json",
    include_str!("../../../seeds/agencies.json"),
);
const GLOSSARY: (&str, &str) = (
    "seeds/glossary.json",
    include_str!("../../../seeds/glossary.json"),
);

/// The seed files, by their path under the repository root, as embedded at compile time.
pub const SEED_FILES: [(&str, &str); 9] = [
    LAYERS,
    PLATFORMS,
    REFERENCE_ARCHITECTURES,
    PLAN,
    PRINCIPLES,
    ROADMAP,
    KPIS,
    AGENCIES,
    GLOSSARY,
];

/// The seed files [`Catalogue::with_references`] reads, by their path under the repository
/// root: what only the plan, principles, roadmap and glossary views, the details of a plan row
/// and search need, not the diagrams.
pub const REFERENCE_FILES: [&str; 6] = [
    PLAN.0,
    PRINCIPLES.0,
    AGENCIES.0,
    GLOSSARY.0,
    ROADMAP.0,
    KPIS.0,
];

/// Everything the documents define, read from `seeds/`. Serialises as the JSON that
/// `khung catalogue --format json` prints.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Catalogue {
    /// The decision that lists the platforms: 1132/QĐ-TTg.
    pub decision: Decision,
    /// The national shared platforms of 1132/QĐ-TTg, A-01 … A-17 then B-01 … B-62.
    pub platforms: Vec<Platform>,
    /// 1132/QĐ-TTg Article 2: the rules on duplication.
    pub article2: Vec<Clause>,
    /// 1132/QĐ-TTg Phụ lục I: what makes a platform Group A or Group B.
    pub criteria: Vec<Criterion>,
    /// The seven reference architectures of 3090/QĐ-BKHCN Phụ lục I.
    pub reference_architectures: Vec<ReferenceArchitecture>,
    /// The superseded 84-row plan of 3090/QĐ-BKHCN Phụ lục II.
    pub plan: Plan,
    /// The four layers, bottom (1) to top (4).
    pub layers: Vec<Layer>,
    /// Core and implementation principles, technical requirements.
    pub principles: Principles,
    /// Ministries, central bodies and the 34 provinces.
    pub agencies: Vec<Agency>,
    /// Every acronym the texts use.
    pub glossary: Vec<Term>,
    /// The phases of 3090/QĐ-BKHCN III.1.
    pub roadmap: Vec<Phase>,
    /// The KPI groups of 3090/QĐ-BKHCN III.3.4.
    pub kpis: Vec<KpiGroup>,
}

/// Why a seed file could not be read; names the file so the fix is obvious.
#[derive(Debug)]
pub struct SeedError {
    /// The seed file, e.g. `seeds/layers.json`.
    pub file: &'static str,
    /// What serde said, with line and column.
    pub message: String,
}

impl std::fmt::Display for SeedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

impl std::error::Error for SeedError {}

fn parse<T: serde::de::DeserializeOwned>(file: &'static str, json: &str) -> Result<T, SeedError> {
    serde_json::from_str(json).map_err(|e| SeedError {
        file,
        message: e.to_string(),
    })
}

impl Catalogue {
    /// Makes the catalogue from the embedded seeds. Prefer [`Catalogue::get`], which does this
    /// once.
    ///
    /// The layers, platforms and reference architectures come from static data, not parsed:
    /// with the crate's `catalogue-texts` feature (the app) with every field, without it (the
    /// read-only embed, which only draws) without the texts only the app's panels show
    /// (descriptions, sources, Article 2, criteria). With `all-seeds` the plan, principles,
    /// agencies, glossary, roadmap and KPI groups are parsed from their embedded JSON; without
    /// it they are left empty and their files are not in the binary
    /// ([`Catalogue::with_references`] adds them later).
    pub fn load() -> Result<Self, SeedError> {
        #[cfg(feature = "catalogue-texts")]
        let cat = compiled::full();
        #[cfg(not(feature = "catalogue-texts"))]
        let cat = compiled::drawn();
        #[cfg(feature = "all-seeds")]
        let cat = cat.with_references([
            PLAN.1,
            PRINCIPLES.1,
            AGENCIES.1,
            GLOSSARY.1,
            ROADMAP.1,
            KPIS.1,
        ])?;
        Ok(cat)
    }

    /// `self` with the reference seeds read from `texts`, the contents of
    /// [`REFERENCE_FILES`] in that order (the command line and the editor page, which embed
    /// them). The browser app's first page fetches them when a view first needs them and reads
    /// what its browser parsed ([`Catalogue::with_reference_trees`]).
    ///
    /// ```
    /// let base = model::Catalogue::get().clone();
    /// let texts = model::catalogue::REFERENCE_FILES.map(|f| {
    ///     std::fs::read_to_string(format!("{}/../{f}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    /// });
    /// let full = base.with_references(texts.each_ref().map(String::as_str)).unwrap();
    /// assert_eq!(full.principles.core.len(), 7);
    /// ```
    pub fn with_references(self, texts: [&str; 6]) -> Result<Catalogue, SeedError> {
        let [plan, principles, agencies, glossary, roadmap, kpis] = texts;
        Ok(Catalogue {
            plan: parse(PLAN.0, plan)?,
            principles: parse(PRINCIPLES.0, principles)?,
            agencies: parse::<reference::AgenciesFile>(AGENCIES.0, agencies)?.agencies,
            glossary: parse::<reference::GlossaryFile>(GLOSSARY.0, glossary)?.terms,
            roadmap: parse::<reference::RoadmapFile>(ROADMAP.0, roadmap)?.phases,
            kpis: parse::<reference::KpisFile>(KPIS.0, kpis)?.groups,
            ..self
        })
    }

    /// The catalogue, parsed on first use and shared after that.
    ///
    /// # Panics
    /// Only if the embedded seeds are malformed, which the crate's tests rule out.
    pub fn get() -> &'static Catalogue {
        static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
        CATALOGUE.get_or_init(|| Catalogue::load().unwrap_or_else(|e| panic!("{e}")))
    }

    /// The date 1132/QĐ-TTg was signed: what "Đã vận hành" refers to.
    pub const SIGNED: Date = Date {
        year: 2026,
        month: 6,
        day: 24,
    };

    /// A copy whose platforms' `operational` flags hold on `day`, e.g. today, or a date the
    /// user picks on the roadmap.
    pub fn as_of(&self, day: Date) -> Catalogue {
        let mut c = self.clone();
        for p in &mut c.platforms {
            p.operational = p.start.operational_on(day);
        }
        c
    }

    /// The platform with `id` (`A-01` … `B-62`).
    pub fn platform(&self, id: &str) -> Option<&Platform> {
        self.platforms.iter().find(|p| p.id == id)
    }

    /// The reference architecture with `id` (`province`, `ministry`, …).
    pub fn reference_architecture(&self, id: &str) -> Option<&ReferenceArchitecture> {
        self.reference_architectures.iter().find(|r| r.id == id)
    }

    /// Layer `n`'s band title as the diagrams show it ("Lớp 2: …").
    pub fn layer_title(&self, n: u8) -> String {
        match self.layer(n) {
            Some(l) => format!("Lớp {}: {}", n, l.name),
            None => format!("Lớp {n}"),
        }
    }

    /// The layer numbered `n` (1–4).
    pub fn layer(&self, n: u8) -> Option<&Layer> {
        self.layers.iter().find(|l| l.layer == n)
    }
}
