//! The national shared platforms of 1132/QĐ-TTg Phụ lục II (Group A and Group B), with the
//! Phụ lục I criteria and Article 2's rules on duplication.

use super::source::{OcrFix, Source};
use serde::{Deserialize, Serialize};

/// Group A platforms serve every sector; Group B platforms serve one sector or field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Group {
    /// Dùng chung cho các ngành, lĩnh vực.
    A,
    /// Dùng chung cho ngành, lĩnh vực.
    B,
}

/// A calendar date, kept as plain numbers so the model needs no date library.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day, 1–31.
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`.
    ///
    /// ```
    /// let d = model::catalogue::Date::parse("2026-07-01").unwrap();
    /// assert_eq!((d.year, d.month, d.day), (2026, 7, 1));
    /// assert!(model::catalogue::Date::parse("2026-13-01").is_none());
    /// ```
    pub fn parse(s: &str) -> Option<Date> {
        let mut it = s.splitn(3, '-');
        let year = it.next()?.parse().ok()?;
        let month: u8 = it.next()?.parse().ok()?;
        let day: u8 = it.next()?.parse().ok()?;
        ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(Date { year, month, day })
    }
}

impl Date {
    /// The civil date `days` days after 1970-01-01 (Howard Hinnant's algorithm), so callers
    /// with a clock can say "today" without a date library.
    ///
    /// ```
    /// use model::catalogue::Date;
    /// assert_eq!(Date::from_unix_days(0).to_string(), "1970-01-01");
    /// assert_eq!(Date::from_unix_days(20_780).to_string(), "2026-11-23");
    /// ```
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// When a platform starts operating, as the document gives it and in machine-readable form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Start {
    /// The document's own words: "Đã vận hành", "Năm 2026", "01/7/2026", …
    pub text: String,
    /// The machine-readable form.
    #[serde(flatten)]
    pub when: StartKind,
}

/// Machine-readable start of operation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StartKind {
    /// Already operating when 1132/QĐ-TTg was signed.
    Operational,
    /// Operating from a given day.
    Date {
        /// `YYYY-MM-DD`.
        date: String,
    },
    /// Operating within a span of years ("Năm 2027 - 2028").
    Year {
        /// First year of the span.
        from_year: i32,
        /// Last year of the span.
        to_year: i32,
    },
}

impl Start {
    /// The day from which the platform is certainly operating: `None` for one already
    /// operating; for a span of years, the first day after it, since the document commits only
    /// to "within" the span.
    pub fn certain_from(&self) -> Option<Date> {
        match &self.when {
            StartKind::Operational => None,
            StartKind::Date { date } => Date::parse(date),
            StartKind::Year { to_year, .. } => Some(Date {
                year: to_year + 1,
                month: 1,
                day: 1,
            }),
        }
    }

    /// Whether the platform is operating on `day`.
    ///
    /// ```
    /// use model::catalogue::{Date, Start, StartKind};
    /// let s = Start { text: "Năm 2026".into(), when: StartKind::Year { from_year: 2026, to_year: 2026 } };
    /// assert!(!s.operational_on(Date { year: 2026, month: 11, day: 23 }));
    /// assert!(s.operational_on(Date { year: 2027, month: 1, day: 1 }));
    /// ```
    pub fn operational_on(&self, day: Date) -> bool {
        self.certain_from().is_none_or(|from| day >= from)
    }
}

/// A national shared platform.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Platform {
    /// `A-01` … `A-17`, `B-01` … `B-62`: the group and the document's STT.
    pub id: String,
    /// A or B.
    pub group: Group,
    /// The document's row number within its group.
    pub stt: u32,
    /// Name, OCR slips fixed.
    pub name: String,
    /// Acronym, where the text or common use gives one (NDXP, VNeID, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
    /// Full shared purpose (mục tiêu dùng chung), HTML removed.
    pub purpose: String,
    /// For rows whose purpose cell is empty: the row whose text covers them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose_shared_with: Option<String>,
    /// Owner agency (cơ quan chủ quản).
    pub owner: String,
    /// Start of operation.
    pub start: Start,
    /// Whether the platform operates on the catalogue's reference date (see
    /// [`crate::Catalogue::as_of`]); derived from `start`, never read from the seeds.
    #[serde(default, skip_deserializing)]
    pub operational: bool,
    /// Layer 1–4 of the national model.
    pub layer: u8,
    /// Why that layer.
    #[serde(default)]
    pub layer_reason: String,
    /// What the platform does, in the words architects use; the overlap rules match on these.
    pub capabilities: Vec<String>,
    /// Where the capability terms come from.
    #[serde(default)]
    pub capabilities_reason: String,
    /// Citation.
    pub source: Source,
    /// OCR slips fixed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ocr_fixes: Vec<OcrFix>,
}

/// A clause of 1132/QĐ-TTg Article 2.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Clause {
    /// Clause number.
    pub clause: u32,
    /// Verbatim text.
    pub text: String,
    /// Citation.
    pub source: Source,
}

/// A criterion of 1132/QĐ-TTg Phụ lục I for group A or B.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Criterion {
    /// The group the criterion defines.
    pub group: Group,
    /// Its number in the text.
    pub number: u32,
    /// Verbatim text.
    pub text: String,
    /// Citation.
    pub source: Source,
}

/// The decision the catalogue transcribes, so that a picture can say which catalogue its
/// findings were checked against.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    /// Its number, `1132/QĐ-TTg`.
    pub id: String,
    /// Its title, verbatim.
    pub title: String,
    /// The day it was signed, `YYYY-MM-DD`.
    pub date: String,
}

/// The file `seeds/platforms.json`.
#[cfg(test)]
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct PlatformsFile {
    pub(crate) document: Decision,
    pub(crate) article2: Vec<Clause>,
    pub(crate) criteria: Vec<Criterion>,
    pub(crate) platforms: Vec<Platform>,
}
