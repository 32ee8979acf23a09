//! Duplication of a national shared platform: 1132/QĐ-TTg Điều 2, khoản 2 and 3.
//!
//! For each component the agency builds itself (no `platform`), the rule decides whether its
//! function, purpose and scope duplicate a Group A or B platform, by finding the platform's
//! name, acronym or capability terms in the component's name, description and capability terms
//! ([`super::phrase_index`]). A platform matches when the phrases found weigh at least
//! [`THRESHOLD`]: one specific two-word phrase in the name or the capability terms does, a
//! generic word alone never does, and a mention after "kết nối với", "thông qua", "tại", … does
//! not count at all. A weaker match, from [`POSSIBLE_THRESHOLD`], is a `possible_overlap` of
//! severity `info`: the user confirms it (then it is an overlap like any other) or dismisses it,
//! and the decision is kept in the framework ([`crate::document::Review`]).
//!
//! An agency's own public-service portal or own app for the public is always an overlap with
//! A-01 or A-02 (3090/QĐ-BKHCN Phần II.2.đ, Nguyên tắc 5; Phần II.3.d), even when it is also an
//! element of its reference architecture (the province's procedure system includes its portal).
//!
//! What is *not* an overlap:
//! - a reused platform (`platform` set): that is what the rule asks for;
//! - the owner's own platform, for its owner: the agency (or the component's owner) is the
//!   platform's cơ quan chủ quản, compared folded;
//! - what the agency's reference architecture (3090/QĐ-BKHCN Phụ lục I) tells it to build, or
//!   what stands for a shared or provincial component, and the national platforms whose
//!   function such an element performs ([`super::elements`]), unless it handles one ministry's
//!   sector procedures (a province's building-permit software is B-10's, 4577 mục 1); whether
//!   the element connects where it must is the [`super::connection`] rule's concern;
//! - a platform outside the agency's scope: the Party's platforms (owned by Văn
//!   phòng Trung ương Đảng) for a non-Party agency; the Government Inspectorate's (B-55 … B-59)
//!   for a Party agency. For a Party agency, a Party platform that matches supersedes the
//!   state ones matching alongside it;
//! - one of a family of platforms sharing one name (the ministries' administrative-procedure
//!   systems B-02 … B-17) other than the first, on the wording they share, unless the agency is
//!   the provincial department of its owner ("Sở Y tế" for B-14, "Bộ Y tế"); a procedure of one
//!   ministry's sector (`seeds/sector_scopes.json`: "hộ tịch" for B-06) names that member;
//! - a public-facing platform ([`PUBLIC_FACING`]) for a tool whose text names only officials
//!   as its users;
//! - a platform another one outweighs on the same evidence ("một cửa điện tử" is a capability
//!   term of both A-01 and B-02; a back office that also "giải quyết thủ tục hành chính" is
//!   B-02's kind only);
//! - a platform the component is built on ("trên nền tảng X quốc gia", "tùy biến từ Trợ lý ảo
//!   quốc gia", or on its acronym: `seeds/vocabulary.json`, `built_on`).
//!
//! A system of a defence or cipher agency, or one that calls itself military
//! (`seeds/vocabulary.json`, `special_requirements`), may have the special requirements of
//! defence, security or cipher that clause 2 exempts: its matches are possible overlaps, for a
//! person to confirm or dismiss. A procedure of one ministry's sector names that member of the
//! procedure systems alone: the family's shared wording adds no other member.

//! # Severity
//!
//! Clause 2 forbids, once a platform operates, to *invest in, build, buy, rent or extend* a
//! system of similar function, purpose and scope. Clause 3 lets an agency *keep its existing
//! system or rent a service until* the platform operates. Read together, the permission of
//! clause 3 ends at go-live, so:
//!
//! | platform | component | severity | rule |
//! | --- | --- | --- | --- |
//! | operational | planned, expanding, or existing (whether or not its text says "mở rộng"/"nâng cấp") | `violation` | `1132-art2-k2` |
//! | not yet operational | planned, expanding or existing | `warning`, with the go-live text | `1132-art2-k3` |
//! | any | retiring | `info`: retiring it is what the clauses ask | k2 or k3 as above |
//! | any | with a recorded exemption | `info`, `exempted: true` | `1132-art2-k2` |
//!
//! An existing system duplicating an operational platform is a violation and not a warning:
//! clause 3's allowance to keep it has expired, and every further contract for it (operation,
//! maintenance, hosting) is the investment or rental clause 2 forbids. Its explanation says so,
//! and whether its text speaks of expansion, which clause 2 names outright.
//!
//! An exemption is honoured only with a written justification; it is shown, never hidden.

use super::phrase_index::{Origin, PlatformIndex};
use super::reading::{Field, Text};
use super::tokenizer::Word;
use super::vocabulary::{vocabulary, Vocabulary};
use super::{padded, Analysis, Finding, FindingKind, Rule, Severity};
use crate::catalogue::{Catalogue, Platform, StartKind};
use crate::document::{Component, Decision, Document, Kind, Status};

/// The rule id of a duplication of an operational platform, or an exempted one.
pub const RULE_K2: &str = "1132-art2-k2";
/// The rule id of a duplication of a platform not yet operational.
pub const RULE_K3: &str = "1132-art2-k3";

/// The rule id of a possible duplication, which a person confirms or dismisses.
pub const RULE_POSSIBLE: &str = "1132-art2-possible";

/// The weight the phrases found for a platform must reach for an overlap: one specific
/// two-syllable phrase in the name or capability terms ("đấu thầu"), a lone acronym, or a
/// three-syllable phrase in the description. Lower, generic phrases with one specific word
/// ("dịch vụ công", 1.5) would decide alone (more false alarms); higher, a two-word name such as
/// "Phần mềm hộ tịch" would be missed.
pub const THRESHOLD: f32 = 2.0;

/// The weight from which a weaker match is shown as a possible overlap for a person to confirm
/// or dismiss: a two-syllable phrase met only in the description (2 × 0.7 = 1.4), or a phrase of
/// one specific and one generic word in the name (1.5). Possible overlaps are information and
/// never count as overlaps, so this trades only the reader's attention: lower would list every
/// passing mention.
pub const POSSIBLE_THRESHOLD: f32 = 1.4;

/// The rule as [`super::check`] runs it; it counts towards KPI-1, architecture compliance
/// (possible overlaps are information and cost nothing).
pub const RULE: Rule = Rule {
    ids: &[RULE_K2, RULE_K3, RULE_POSSIBLE],
    kpi_group: "KPI-1",
    check,
    run,
    units,
};

/// The owner of the platforms that serve the Party's agencies only.
const PARTY_OWNER: &str = "van phong trung uong dang";

/// A platform a component duplicates, with the evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct PlatformMatch {
    /// Index into `Catalogue::platforms`.
    pub platform: usize,
    /// Total weight of the phrases found.
    pub score: f32,
    /// The catalogue's wording of each phrase found, and where it was found.
    pub evidence: Vec<(String, Field)>,
    /// The folded words of each phrase found, as matched.
    pub evidence_words: Vec<String>,
    /// Some evidence is a procedure of the platform's own sector (B-02 … B-17), not the
    /// wording the family of procedure systems shares.
    pub sector: bool,
}

/// It judges the components the agency builds itself.
fn units(a: &Analysis) -> usize {
    a.own().count()
}

/// The platforms `text` duplicates, best first, before any exclusion by owner, kind or
/// reference architecture.
///
/// # Complexity
/// O(w) lookups for a text of w words (see [`PlatformIndex::find`]).
pub fn matches(index: &PlatformIndex, text: &Text) -> Vec<PlatformMatch> {
    matches_of(index, text, Status::Planned)
}

/// [`matches`] for a component of status `status`: a retiring one that names a platform is
/// moving to it, not its client.
pub fn matches_of(index: &PlatformIndex, text: &Text, status: Status) -> Vec<PlatformMatch> {
    let mut out = scored(index, text, status);
    out.retain(|m| m.score >= THRESHOLD);
    out
}

/// Every platform whose phrases `text` holds, with its score, best first, whatever the score.
fn scored(index: &PlatformIndex, text: &Text, status: Status) -> Vec<PlatformMatch> {
    let all = index.find(text);
    // A component built on a platform ("trên nền tảng X quốc gia") reuses it.
    let built_on: Vec<usize> = all
        .iter()
        .filter(|h| h.built_on)
        .flat_map(|h| {
            index.phrases[h.phrase as usize]
                .uses
                .iter()
                .map(|u| u.platform)
        })
        .collect();
    // A component that names a platform, by its name or an acronym written in capitals, as
    // what it connects to or uses ("Kết nối Trục LTVB quốc gia gửi nhận văn bản", "Tra cứu
    // thông tin tín dụng từ CIC") is that platform's client: the platform's functions it
    // mentions are the platform's. A retiring one that names it ("dừng sau khi chuyển sang …")
    // is being replaced by it, as 1132 Điều 2 khoản 3 asks: it still duplicates it.
    let mut named_in_use: Vec<usize> = all
        .iter()
        .filter(|h| h.cued && status != Status::Retiring)
        .flat_map(|h| {
            let ph = &index.phrases[h.phrase as usize];
            let acronym = ph.single && text.words[h.start].caps;
            ph.uses
                .iter()
                .filter(move |u| acronym || matches!(u.origin, Origin::Name | Origin::Acronym))
                .map(|u| u.platform)
        })
        .collect();
    // Logging in "bằng VNeID" uses the identification platform behind the app too.
    let v = vocabulary();
    for k in 0..named_in_use.len() {
        let id = index.ids[named_in_use[k]].clone();
        for other in v.named_together(&id) {
            if let Some(pi) = index.ids.iter().position(|i| i == other) {
                named_in_use.push(pi);
            }
        }
    }
    let hits: Vec<_> = all.into_iter().filter(|h| !h.cued).collect();
    let mut out: Vec<PlatformMatch> = Vec::new();
    for h in &hits {
        let ph = &index.phrases[h.phrase as usize];
        for u in &ph.uses {
            if built_on.contains(&u.platform) || named_in_use.contains(&u.platform) {
                continue;
            }
            // A phrase inside a longer one of the same platform adds nothing.
            let inside = hits.iter().any(|o| {
                o.len > h.len
                    && o.start <= h.start
                    && h.start + h.len <= o.start + o.len
                    && index.phrases[o.phrase as usize]
                        .uses
                        .iter()
                        .any(|x| x.platform == u.platform)
            });
            if inside {
                continue;
            }
            let m = match out.iter_mut().position(|m| m.platform == u.platform) {
                Some(k) => &mut out[k],
                None => {
                    out.push(PlatformMatch {
                        platform: u.platform,
                        score: 0.0,
                        evidence: Vec::new(),
                        evidence_words: Vec::new(),
                        sector: false,
                    });
                    out.last_mut().expect("just pushed")
                }
            };
            let words = ph.words.join(" ");
            if m.evidence_words.contains(&words) {
                continue;
            }
            m.score += ph.weight * h.field.factor();
            m.sector |= u.origin == Origin::Sector;
            m.evidence.push((u.shown.clone(), h.field));
            m.evidence_words.push(words);
        }
    }
    crate::sort::sort_by(&mut out, |a, b| {
        b.score
            .partial_cmp(&a.score)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.platform.cmp(&b.platform))
    });
    out
}

/// Whether platform `p` concerns an agency of `kind` at all. The Party's platforms (owned by
/// Văn phòng Trung ương Đảng) serve Party agencies only, unless 1132 says they are deployed at
/// state agencies too (`seeds/vocabulary.json`, `beyond_party`); platforms that do not concern some
/// kinds of agency are listed in `seeds/vocabulary.json` (`kind_scopes`: the Government
/// Inspectorate's serve the state administration, not the Party, which does that work through its
/// own organs and sector systems).
fn in_scope(v: &Vocabulary, p: &Platform, kind: Kind) -> bool {
    (kind == Kind::Party || !is_party(p) || v.beyond_party(&p.id, kind.as_str()))
        && v.concerns(&p.id, kind.as_str())
}

/// `found` with each platform replaced by its counterpart for agencies of `kind`
/// (`seeds/vocabulary.json`, `counterparts`: for a Party body, B-01 does what the state's
/// procedure systems do), matches of one platform merged.
fn counterparts(
    v: &Vocabulary,
    cat: &Catalogue,
    kind: Kind,
    found: Vec<PlatformMatch>,
) -> Vec<PlatformMatch> {
    let mut out: Vec<PlatformMatch> = Vec::with_capacity(found.len());
    for mut m in found {
        if let Some(pi) = v
            .counterpart(kind.as_str(), &cat.platforms[m.platform].id)
            .and_then(|id| cat.platforms.iter().position(|p| p.id == id))
        {
            m.platform = pi;
            m.sector = false;
        }
        match out.iter_mut().find(|o| o.platform == m.platform) {
            Some(o) if o.score >= m.score => {}
            Some(o) => *o = m,
            None => out.push(m),
        }
    }
    out
}

/// `found` without the platforms another one outweighs on the same evidence: if everything
/// that points to P also points to Q, and more points to Q, the component is Q's kind. ("Một
/// cửa điện tử" is a capability term of both A-01 and B-02; a one-stop back office that also
/// "giải quyết thủ tục hành chính" is B-02's kind only.)
///
/// Members of one family (the procedure systems B-02 … B-17) never outweigh each other: a
/// department's licensing system is both its ministry's kind and the shared one's.
fn undominated(index: &PlatformIndex, found: Vec<PlatformMatch>) -> Vec<PlatformMatch> {
    found
        .iter()
        .filter(|m| {
            !found.iter().any(|o| {
                index.same_name[o.platform] != index.same_name[m.platform]
                    && o.score > m.score
                    && m.evidence_words
                        .iter()
                        .all(|w| o.evidence_words.contains(w))
            })
        })
        .cloned()
        .collect()
}

/// The agencies a component's name puts in brackets, as [`Vocabulary::agency_words`] (an empty
/// word between brackets): inventories name who provides a system they use that way
/// ("Phần mềm quản lý hộ tịch (Bộ Tư pháp)", "Hệ thống điều hành tác nghiệp (VPTW triển khai)").
/// A name that says the system is the agency's own or takes the place of something ("riêng",
/// "thay …") names no provider. Read only once a platform matches and no other owner does.
fn provider_words(v: &Vocabulary, name: &str, text: &Text) -> Vec<String> {
    if !name.contains('(') {
        return Vec::new();
    }
    let ws = &text.words;
    let in_name = |j: &usize| text.field[*j] == Field::Name;
    if (0..ws.len())
        .filter(in_name)
        .any(|j| v.own_at(ws, j) || v.replacing_cue_ends_at(ws, j))
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    for seg in name.split('(').skip(1).filter_map(|s| s.split(')').next()) {
        out.extend(v.agency_words(seg));
        out.push(String::new());
    }
    out
}

/// Whether `p` serves the Party's agencies only.
fn is_party(p: &Platform) -> bool {
    padded(&p.owner).trim() == PARTY_OWNER
}

/// The platforms whose users are the public, not officials: A-01 is "giao diện một cửa duy
/// nhất của tổ chức, cá nhân", A-02 stores "dữ liệu số của công dân" and is their channel, A-03
/// identifies and authenticates them (Nghị định 69/2024/NĐ-CP), B-36 serves teaching and
/// learning "trong các cơ sở giáo dục mầm non, phổ thông". A tool whose text names only
/// officials as its users (accounts, training for "cán bộ, công chức") does not duplicate them.
pub const PUBLIC_FACING: [&str; 4] = ["A-01", "A-02", "A-03", "B-36"];

/// Whether a component's words name only officials as its users: accounts or apps for "cán
/// bộ, công chức" are internal tools, not the citizens' platforms.
fn internal_only(v: &Vocabulary, ws: &[Word]) -> bool {
    Vocabulary::mentions(&v.officials, ws) && !Vocabulary::mentions(&v.public, ws)
}

/// The channels to the public (`seeds/vocabulary.json`, `channels`) that component text `text`
/// names itself as in its name, its capability terms or the opening of its description: its own public-service portal (A-01), its
/// own app for the public (A-02), or its own way of sending documents to citizens and businesses
/// (A-04, which 1132 extends to them). 3090/QĐ-BKHCN Phần II.2.đ (Nguyên tắc 5) ends "mỗi bộ,
/// ngành, địa phương xây dựng một cổng dịch vụ công, ứng dụng riêng biệt"; whatever else the
/// component does, it is a second channel. Returns the platform ids with the phrase found and
/// the field it was found in.
fn own_channels<'v>(v: &'v Vocabulary, text: &Text) -> Vec<(&'v str, String, Field)> {
    let ws = &text.words;
    let mut out: Vec<(&str, String, Field)> = Vec::new();
    for ch in &v.channels {
        let found = (0..ws.len()).find_map(|i| {
            // Written by the agency, in its name or capability terms, or opening its
            // description: a synonym's added wording ("dịch vụ công trực tuyến" also reads "cổng
            // dịch vụ công") names no portal, and a description's later words often name the
            // channel the component feeds.
            let said_elsewhere = text.field[i] == Field::Description && !text.opens_field(i);
            let n = if said_elsewhere || ws[i].is_boundary() || ws[i].added {
                0
            } else {
                ch.phrases.at(ws, i)
            };
            (n > 0 && !text.cue_before(i)).then_some((i, n))
        });
        let Some((i, n)) = found else { continue };
        // "Ứng dụng di động cho đại biểu": whom the channel is for, said right after it.
        let serving = if i + n < ws.len() {
            v.serving.at(ws, i + n)
        } else {
            0
        };
        let for_officials =
            serving > 0 && i + n + serving < ws.len() && v.officials.at(ws, i + n + serving) > 0;
        let for_public = Vocabulary::mentions(&v.public, ws) && !internal_only(v, ws);
        if ch.needs_public && (for_officials || !for_public) {
            continue;
        }
        let phrase = ws[i..i + n]
            .iter()
            .map(|w| w.raw())
            .collect::<Vec<_>>()
            .join(" ");
        out.push((ch.platform.as_str(), phrase, text.field[i]));
    }
    out
}

/// For platforms sharing one name with others (the administrative-procedure systems
/// B-02 … B-17, one per ministry), the first of them in the catalogue, whose text describes the
/// system "sử dụng tập trung đồng bộ xuyên suốt từ trung ương đến cấp xã", stands for all; the
/// others each serve their owner's sector ("Mỗi cơ quan cấp bộ sẽ triển khai … thuộc ngành, lĩnh
/// vực mình"), so they concern only the provincial department of that ministry: "Sở Y tế" for
/// "Bộ Y tế".
fn family_applies(
    index: &PlatformIndex,
    pi: usize,
    owner: &str,
    agency: &str,
    c_owner: &str,
) -> bool {
    if index.same_name[pi] == pi {
        return true;
    }
    match owner.strip_prefix(" bo ") {
        Some(sector) => {
            let department = format!(" so {sector}");
            agency.contains(&department) || c_owner.contains(&department)
        }
        None => false,
    }
}

/// Overlap findings for every component `doc`'s agency builds itself.
///
/// ```
/// use model::{Catalogue, catalogue::Date, document::*, rules::{overlap, Severity}};
/// let cat = Catalogue::get().as_of(Date { year: 2026, month: 11, day: 23 });
/// let mut doc = Document::new("Khung", Kind::Province, "Tỉnh Lâm Đồng");
/// doc.components.push(serde_json::from_str(
///     r#"{"id":"c1","name":"Hệ thống đấu thầu qua mạng của tỉnh","layer":3,"status":"planned"}"#).unwrap());
/// let f = overlap::check(&doc, &cat);
/// assert_eq!(f[0].platform.as_deref(), Some("B-28"));
/// assert_eq!(f[0].severity, Severity::Violation);
/// ```
pub fn check(doc: &Document, cat: &Catalogue) -> Vec<Finding> {
    run(&Analysis::new(doc, cat))
}

/// [`check`] on a shared analysis.
pub fn run(a: &Analysis) -> Vec<Finding> {
    let (doc, cat) = (a.doc, a.cat);
    let clause = |n: u32| {
        cat.article2
            .iter()
            .find(|c| c.clause == n)
            .map(|c| c.source.citation())
            .unwrap_or_else(|| format!("1132/QĐ-TTg, Điều 2, khoản {n}"))
    };
    let (k2, k3) = (clause(2), clause(3));
    let elements = a.elements();
    let v = vocabulary();
    let agency = padded(&doc.agency);
    let owners: Vec<String> = cat.platforms.iter().map(|p| padded(&p.owner)).collect();
    let agency_words = v.agency_words(&doc.agency);
    let owner_words = a.owner_words();
    let mut out = Vec::new();
    for (i, c) in a.own() {
        let text = a.text(i);
        // Most components match nothing: their owner is read only when one does.
        let c_owner = std::cell::OnceCell::new();
        let c_owner_words = std::cell::OnceCell::new();
        let c_provider_words = std::cell::OnceCell::new();
        let owners_own = |pi: usize| {
            let its_owner = c_owner_words.get_or_init(|| v.agency_words(&c.owner));
            let id = &cat.platforms[pi].id;
            Vocabulary::is_owner(&agency_words, &owner_words[pi])
                || Vocabulary::is_owner(its_owner, &owner_words[pi])
                || v.runs_for_owner(id, &agency_words)
                || v.runs_for_owner(id, its_owner)
                || Vocabulary::is_owner(
                    c_provider_words.get_or_init(|| provider_words(v, &c.name, text)),
                    &owner_words[pi],
                )
        };
        // A component that stands for an element of the reference architecture duplicates
        // nothing, except one ministry's sector procedures: a province's building-permit
        // software is Bộ Xây dựng's procedure system however the province files it (4577 mục 1:
        // each ministry's system "kéo dài tới các địa phương").
        let covered = a.covering(i).is_some();
        // A commune's system that says it is the province's ("dùng chung của tỉnh") is the
        // province's shared one, which the commune uses (3090 Phụ lục I mục 7).
        let provinces_own: Vec<&str> = v.provinces_own(doc.kind.as_str(), &text.words);
        let scored: Vec<PlatformMatch> = scored(a.index(), text, c.status)
            .into_iter()
            .filter(|m| m.score >= POSSIBLE_THRESHOLD && (!covered || m.sector))
            .collect();
        let mut found = counterparts(v, cat, doc.kind, scored);
        found.retain(|m| in_scope(v, &cat.platforms[m.platform], doc.kind));
        // A Party agency's own systems are what the Party's platforms are for.
        if found
            .iter()
            .any(|m| m.score >= THRESHOLD && is_party(&cat.platforms[m.platform]))
        {
            found.retain(|m| is_party(&cat.platforms[m.platform]));
        }
        found.retain(|m| {
            let p = &cat.platforms[m.platform];
            let officials_only =
                PUBLIC_FACING.contains(&p.id.as_str()) && internal_only(v, &text.words);
            // An element that performs the procedure systems' shared function does not
            // perform one ministry's sector (a province's one-stop system is no civil
            // registration software).
            let assigned = !m.sector
                && elements
                    .is_some_and(|e| e.performs(m.platform) && e.assigns(m.platform, c).is_some());
            !owners_own(m.platform)
                && !officials_only
                && !v.serves_others(&p.id, &text.words)
                && !v.lacks_required(&p.id, &text.words)
                && !assigned
                && (m.sector || !provinces_own.contains(&p.id.as_str()))
                && (m.sector
                    || family_applies(
                        a.index(),
                        m.platform,
                        &owners[m.platform],
                        &agency,
                        c_owner.get_or_init(|| padded(&c.owner)),
                    ))
        });
        // A procedure of one ministry's sector names that member of the family of
        // procedure systems; the family's shared wording then adds no other member.
        let sector_families: Vec<usize> = found
            .iter()
            .filter(|m| m.sector && m.score >= THRESHOLD)
            .map(|m| a.index().same_name[m.platform])
            .collect();
        found.retain(|m| m.sector || !sector_families.contains(&a.index().same_name[m.platform]));
        let (s, w): (Vec<_>, Vec<_>) = found.into_iter().partition(|m| m.score >= THRESHOLD);
        let mut strong = undominated(a.index(), s);
        let mut weak = w;
        // The agency's own portal, app or document channel to the public is a second channel,
        // whatever element it is.
        for (id, phrase, field) in own_channels(v, text) {
            let id = v.counterpart(doc.kind.as_str(), id).unwrap_or(id);
            let Some(pi) = cat.platforms.iter().position(|p| p.id == id) else {
                continue;
            };
            if owners_own(pi) || strong.iter().any(|m| m.platform == pi) {
                continue;
            }
            strong.push(PlatformMatch {
                platform: pi,
                score: THRESHOLD,
                evidence: vec![(phrase.clone(), field)],
                evidence_words: vec![phrase],
                sector: false,
            });
        }
        // A device (a camera, a screen, a kiosk) is infrastructure, not a platform: what it
        // matches is for a person to confirm.
        if !strong.is_empty() {
            let name: Vec<Word> = text.field_words(Field::Name).cloned().collect();
            if v.names_equipment(&name) {
                weak.append(&mut strong);
            }
        }
        // A system of a defence or cipher agency, or one that says it is military, may have
        // the special requirements clause 2 exempts: a person decides.
        let special = !strong.is_empty()
            && exemption_of(c).is_none()
            && v.may_be_special(
                &agency_words,
                c_owner_words.get_or_init(|| v.agency_words(&c.owner)),
                &text.words,
            );
        if special {
            weak.append(&mut strong);
        }
        // A weak match of a platform (or family) already found adds nothing.
        let family = |pi: usize| a.index().same_name[pi];
        weak.retain(|m| {
            strong
                .iter()
                .all(|s| family(s.platform) != family(m.platform))
        });
        let weak = undominated(a.index(), weak);
        for m in &strong {
            out.push(finding(c, &cat.platforms[m.platform], m, &k2, &k3, None));
        }
        for m in &weak {
            let p = &cat.platforms[m.platform];
            match doc.review(&c.id, &p.id) {
                Some(Decision::Dismissed) => {}
                Some(Decision::Confirmed) => {
                    out.push(finding(c, p, m, &k2, &k3, Some(Decision::Confirmed)))
                }
                None => out.push(possible(c, p, m, &k2, special)),
            }
        }
    }
    out
}

/// The exemption recorded for `c`, if it has a justification (one without is not honoured).
fn exemption_of(c: &Component) -> Option<&crate::document::Exemption> {
    c.exemption
        .as_ref()
        .filter(|e| !e.justification.trim().is_empty())
}

/// A possible overlap: a weak match, or any match of a system that may have special
/// requirements of defence or cipher (`special`), which a person should confirm or dismiss.
fn possible(c: &Component, p: &Platform, m: &PlatformMatch, k2: &str, special: bool) -> Finding {
    let why = if special {
        format!(
            "khớp {}, nhưng hệ thống có thể có yêu cầu đặc thù về quốc phòng, an ninh, cơ yếu mà \
             {k2} loại trừ",
            evidence(m)
        )
    } else {
        format!("khớp yếu {}", evidence(m))
    };
    Finding {
        platform: Some(p.id.clone()),
        ..Finding::about(
            c,
            FindingKind::PossibleOverlap,
            Severity::Info,
            RULE_POSSIBLE,
            k2,
            format!(
                "«{}» có thể có chức năng tương tự {} của {}: {why}. Hãy xác nhận nếu thành \
                 phần lặp lại nền tảng (khi đó áp dụng {k2}), hoặc bỏ qua nếu không.",
                c.name,
                platform_label(p),
                p.owner,
            ),
        )
    }
}

/// The evidence as a reader sees it: «phrase» (field), …
fn evidence(m: &PlatformMatch) -> String {
    m.evidence
        .iter()
        .map(|(w, f)| format!("«{w}» ({})", f.label()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The platform as a reader names it: `A-06 Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)`.
pub(crate) fn platform_label(p: &Platform) -> String {
    match &p.acronym {
        Some(a) => format!("{} {} ({a})", p.id, p.name),
        None => format!("{} {}", p.id, p.name),
    }
}

fn finding(
    c: &Component,
    p: &Platform,
    m: &PlatformMatch,
    k2: &str,
    k3: &str,
    review: Option<Decision>,
) -> Finding {
    let what = format!(
        "«{}» có chức năng tương tự {} của {}: khớp {}{}.",
        c.name,
        platform_label(p),
        p.owner,
        evidence(m),
        if review == Some(Decision::Confirmed) {
            " (người dùng đã xác nhận)"
        } else {
            ""
        }
    );
    let text = padded(&format!("{} {}", c.name, c.description));
    let expanding =
        c.status == Status::Expanding || text.contains(" mo rong ") || text.contains(" nang cap ");
    let exemption = exemption_of(c);
    let (severity, rule, source, rest, go_live, exempted) = if let Some(e) = exemption {
        (
            Severity::Info,
            RULE_K2,
            k2,
            format!(
                "Được miễn trừ theo {k2} (yêu cầu đặc thù: {}), lý do ghi nhận: «{}». Hiển thị để \
                 theo dõi, không tính là vi phạm.",
                e.ground.label(),
                e.justification.trim()
            ),
            None,
            true,
        )
    } else if c.status == Status::Retiring {
        let (rule, source) = if p.operational {
            (RULE_K2, k2)
        } else {
            (RULE_K3, k3)
        };
        (
            Severity::Info,
            rule,
            source,
            format!(
                "Hệ thống đang dừng sử dụng, phù hợp {k2} và {k3}: chuyển sang dùng {}.",
                p.id
            ),
            None,
            false,
        )
    } else if p.operational {
        let why = match (c.status, expanding) {
            (Status::Planned, _) => {
                "Đầu tư, xây dựng mới hoặc mở rộng hệ thống có chức năng tương tự".to_owned()
            }
            (_, true) => "Mở rộng, nâng cấp hệ thống hiện có có chức năng tương tự".to_owned(),
            _ => format!(
                "Hệ thống hiện có chỉ được duy trì đến khi nền tảng vận hành ({k3}); tiếp tục \
                 đầu tư, thuê dịch vụ để duy trì nó"
            ),
        };
        (
            Severity::Violation,
            RULE_K2,
            k2,
            format!(
                "{} đã vận hành{}. {why} là trái {k2}: cơ quan không đầu tư, xây dựng, mua \
                 sắm, thuê dịch vụ hoặc mở rộng phạm vi triển khai hệ thống có chức năng, mục \
                 tiêu và phạm vi sử dụng tương tự. Hãy sử dụng {}.",
                p.id,
                match p.start.when {
                    StartKind::Operational => String::new(),
                    _ => format!(" (theo lộ trình: {})", p.start.text),
                },
                p.id
            ),
            None,
            false,
        )
    } else {
        let why = if c.status.is_new_work() {
            format!(
                "Không nên đầu tư mới: {k3} chỉ cho phép duy trì hệ thống hiện có hoặc thuê \
                 dịch vụ đến khi nền tảng vận hành, và sau đó {k2} cấm đầu tư hệ thống tương tự"
            )
        } else {
            format!(
                "Theo {k3}, hệ thống hiện có được tiếp tục duy trì đến khi nền tảng vận hành, \
                 sau đó phải chuyển sang dùng {}",
                p.id
            )
        };
        (
            Severity::Warning,
            RULE_K3,
            k3,
            format!("{} chưa vận hành (dự kiến: {}). {why}.", p.id, p.start.text),
            Some(p.start.text.clone()),
            false,
        )
    };
    Finding {
        platform: Some(p.id.clone()),
        go_live,
        exempted,
        ..Finding::about(
            c,
            FindingKind::Overlap,
            severity,
            rule,
            source,
            format!("{what} {rest}"),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Exemption, ExemptionGround};
    use crate::rules::test_util::*;

    fn platforms(f: &[Finding]) -> Vec<&str> {
        f.iter().filter_map(|f| f.platform.as_deref()).collect()
    }

    #[test]
    fn provincial_procurement_duplicates_the_national_network() {
        let d = doc(
            Kind::Province,
            "Tỉnh Lâm Đồng",
            vec![own(
                "c1",
                "Hệ thống đấu thầu qua mạng của tỉnh",
                "Tổ chức lựa chọn nhà thầu cho các gói thầu của tỉnh",
                Status::Planned,
            )],
        );
        let f = check(&d, &cat());
        assert_eq!(platforms(&f), ["B-28"]);
        assert_eq!(f[0].severity, Severity::Violation);
        assert_eq!(f[0].rule, RULE_K2);
        assert_eq!(f[0].source, "1132/QĐ-TTg, Điều 2, khoản 2");
        assert!(
            f[0].explanation.contains("mạng đấu thầu")
                || f[0].explanation.contains("đấu thầu qua mạng")
        );
    }

    fn kinds(f: &[Finding]) -> Vec<(&str, &str)> {
        f.iter()
            .map(|f| (f.kind.as_str(), f.platform.as_deref().unwrap_or("")))
            .collect()
    }

    #[test]
    fn a_military_system_is_only_a_possible_overlap() {
        // 1132 Điều 2 khoản 2 exempts special requirements of defence: a person decides.
        let soc = || {
            own(
                "c1",
                "Trung tâm giám sát an toàn thông tin mạng quân sự",
                "",
                Status::Planned,
            )
        };
        let by_army = doc(Kind::Ministry, "Bộ Tư lệnh 86, Bộ Quốc phòng", vec![soc()]);
        let f = check(&by_army, &cat());
        assert_eq!(kinds(&f), [("possible_overlap", "A-13")]);
        assert!(f[0].explanation.contains("quốc phòng, an ninh, cơ yếu"));
        // The written word counts, not its folded form: "cơ quan sử dụng" is not "quân sự".
        let civil = own(
            "c1",
            "Trung tâm giám sát an toàn thông tin mạng",
            "Cho các cơ quan sử dụng",
            Status::Planned,
        );
        let f = check(&doc(Kind::Ministry, "Bộ Y tế", vec![civil]), &cat());
        assert_eq!(kinds(&f), [("overlap", "A-13")]);
        // A defence agency's system is a possible overlap even when its text does not say so.
        let mut c = soc();
        c.name = "Hệ thống giám sát an toàn thông tin mạng".into();
        let f = check(&doc(Kind::Ministry, "Bộ Quốc phòng", vec![c]), &cat());
        assert_eq!(kinds(&f), [("possible_overlap", "A-13")]);
    }

    #[test]
    fn a_sector_procedure_names_its_ministrys_system_alone() {
        let c = own(
            "c1",
            "Hệ thống cấp phép xây dựng trực tuyến",
            "Tiếp nhận, thẩm định, cấp giấy phép xây dựng",
            Status::Planned,
        );
        let f = check(
            &doc(Kind::Province, "Sở Xây dựng tỉnh Lâm Đồng", vec![c]),
            &cat(),
        );
        assert_eq!(platforms(&f), ["B-10"], "{f:?}");
    }

    #[test]
    fn a_platform_customised_for_a_sector_is_reused() {
        // 1132 Phụ lục II A-10: ministries "tùy biến" the national virtual assistant.
        let c = own(
            "c1",
            "Trợ lý ảo ngành y tế (tùy biến từ Trợ lý ảo quốc gia)",
            "",
            Status::Planned,
        );
        assert!(check(&doc(Kind::Ministry, "Bộ Y tế", vec![c]), &cat()).is_empty());
    }

    #[test]
    fn a_party_body_duplicates_the_partys_counterparts() {
        // For a Party body, online procedures are B-01's, its cadres B-20's.
        let c = own(
            "c1",
            "Dịch vụ công trực tuyến của Đảng bộ tỉnh",
            "Chuyển sinh hoạt đảng trực tuyến",
            Status::Planned,
        );
        let f = check(
            &doc(Kind::Party, "Tỉnh ủy Quảng Ninh", vec![c.clone()]),
            &cat(),
        );
        assert_eq!(platforms(&f), ["B-01"]);
        let f = check(&doc(Kind::Province, "Tỉnh Quảng Ninh", vec![c]), &cat());
        assert_eq!(platforms(&f), ["A-01"]);
        let c = own("c1", "Phần mềm quản lý cán bộ", "", Status::Existing);
        let f = check(&doc(Kind::Party, "Ban Tổ chức Tỉnh ủy", vec![c]), &cat());
        assert_eq!(platforms(&f), ["B-20"]);
    }

    #[test]
    fn the_inspectorates_platforms_concern_the_state_administration() {
        let c = || {
            own(
                "c1",
                "Phần mềm tiếp công dân, xử lý đơn thư",
                "",
                Status::Existing,
            )
        };
        for (kind, agency) in [
            (Kind::Assembly, "Văn phòng Đoàn ĐBQH và HĐND tỉnh Nghệ An"),
            (Kind::Party, "Ủy ban Kiểm tra Tỉnh ủy"),
        ] {
            assert!(
                check(&doc(kind, agency, vec![c()]), &cat()).is_empty(),
                "{agency}"
            );
        }
        let f = check(&doc(Kind::Province, "Tỉnh Nghệ An", vec![c()]), &cat());
        assert_eq!(platforms(&f), ["B-55"]);
    }

    #[test]
    fn a_supplementary_access_point_is_no_second_portal() {
        // 3090 Phần II.3.d: localities develop "kênh tiếp cận bổ trợ (điểm hỗ trợ tại cộng đồng,
        // dịch vụ lưu động...)" beside the two main channels.
        let c = own(
            "c1",
            "Điểm hỗ trợ dịch vụ công tại thôn",
            "",
            Status::Planned,
        );
        assert!(check(&doc(Kind::Commune, "Xã Đạ Huoai", vec![c]), &cat()).is_empty());
    }

    #[test]
    fn what_a_component_is_for_is_not_what_it_does() {
        // "cho Cổng dịch vụ công": the portal is protected, not built again.
        let c = own(
            "c1",
            "Giải pháp chống DDoS cho Cổng dịch vụ công tỉnh",
            "",
            Status::Planned,
        );
        let f = check(&doc(Kind::Province, "Tỉnh Lâm Đồng", vec![c]), &cat());
        assert_eq!(platforms(&f), ["A-14"]);
        let c = own("c1", "Ứng dụng di động cho người dân", "", Status::Planned);
        let f = check(&doc(Kind::Province, "Tỉnh Lâm Đồng", vec![c]), &cat());
        assert_eq!(platforms(&f), ["A-02"]);
    }

    #[test]
    fn english_names_from_inventories_are_read() {
        for (name, platform) in [
            ("Tax management system", "B-27"),
            ("Job portal", "B-31"),
            ("Digital archive", "B-32"),
            ("Complaint handling system", "B-55"),
            ("Open Data Portal", "A-07"),
            ("Single Sign-On", "A-03"),
            ("Private cloud", "A-08"),
        ] {
            let c = own("c1", name, "", Status::Planned);
            let f = check(&doc(Kind::Ministry, "Bộ Ngoại giao", vec![c]), &cat());
            assert_eq!(platforms(&f), [platform], "{name}");
        }
    }

    #[test]
    fn the_schools_platform_serves_schools() {
        // B-36 serves teaching in pre-school, general and continuing education.
        let on = |name: &str| {
            let c = own("c1", name, "", Status::Planned);
            platforms(&check(
                &doc(Kind::Province, "Tỉnh Lâm Đồng", vec![c]),
                &cat(),
            ))
            .into_iter()
            .map(str::to_owned)
            .collect::<Vec<_>>()
        };
        assert_eq!(
            on("Hệ thống học trực tuyến cho học sinh phổ thông"),
            ["B-36"]
        );
        assert!(on("Hệ thống học trực tuyến cho sinh viên").is_empty());
    }

    #[test]
    fn a_platform_of_its_own_is_no_reuse() {
        let on = |name: &str| {
            let c = own("c1", name, "", Status::Planned);
            platforms(&check(&doc(Kind::Ministry, "Bộ Y tế", vec![c]), &cat()))
                .into_iter()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        assert!(on("Sổ tiêm chủng trên nền tảng blockchain quốc gia").is_empty());
        assert_eq!(on("Sổ tiêm chủng trên mạng blockchain riêng"), ["A-09"]);
    }

    #[test]
    fn a_connection_to_a_named_kind_of_system_is_use() {
        // "Cổng thông tin" between the cue and the platform only names the kind of system.
        let c = own(
            "c1",
            "Kết nối Cổng thông tin một cửa quốc gia",
            "Trao đổi dữ liệu thị thực",
            Status::Existing,
        );
        assert!(check(&doc(Kind::Ministry, "Bộ Ngoại giao", vec![c]), &cat()).is_empty());
    }

    #[test]
    fn the_owners_own_platform_is_no_overlap_for_its_owner() {
        let c = own(
            "c1",
            "Hệ thống mạng đấu thầu quốc gia",
            "Đấu thầu qua mạng, lựa chọn nhà thầu",
            Status::Existing,
        );
        let by_owner = doc(Kind::Ministry, "Bộ Tài chính", vec![c.clone()]);
        assert!(check(&by_owner, &cat()).is_empty());
        let by_other = doc(Kind::Ministry, "Bộ Y tế", vec![c]);
        assert_eq!(platforms(&check(&by_other, &cat())), ["B-28"]);
    }

    #[test]
    fn the_component_owner_counts_as_well() {
        let mut c = own("c1", "Nền tảng VNeID", "", Status::Existing);
        c.owner = "Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an".into();
        assert!(check(&doc(Kind::Ministry, "", vec![c]), &cat()).is_empty());
    }

    #[test]
    fn a_platform_not_yet_operational_gives_a_warning_with_its_go_live() {
        let d = doc(
            Kind::Province,
            "Tỉnh Lâm Đồng",
            vec![own(
                "c1",
                "Trung tâm giám sát an toàn thông tin mạng (SOC) tỉnh",
                "",
                Status::Existing,
            )],
        );
        let f = check(&d, &cat());
        assert_eq!(platforms(&f), ["A-13"]);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(f[0].rule, RULE_K3);
        assert_eq!(f[0].go_live.as_deref(), Some("Năm 2026"));
        assert!(f[0].explanation.contains("Năm 2026"));
        // After go-live the same system is a violation.
        let later = Catalogue::get().as_of(crate::catalogue::Date {
            year: 2027,
            month: 1,
            day: 1,
        });
        assert_eq!(check(&d, &later)[0].severity, Severity::Violation);
    }

    #[test]
    fn an_existing_system_duplicating_an_operational_platform_is_a_violation() {
        let d = doc(
            Kind::Province,
            "Tỉnh Lâm Đồng",
            vec![own("c1", "App công dân tỉnh", "", Status::Existing)],
        );
        let f = check(&d, &cat());
        assert_eq!(platforms(&f), ["A-02"]);
        assert_eq!(f[0].severity, Severity::Violation);
        assert!(f[0].explanation.contains("khoản 3"));
    }

    #[test]
    fn a_retiring_system_is_information() {
        let d = doc(
            Kind::Province,
            "Tỉnh Lâm Đồng",
            vec![own("c1", "App công dân tỉnh", "", Status::Retiring)],
        );
        assert_eq!(check(&d, &cat())[0].severity, Severity::Info);
    }

    #[test]
    fn provincial_lgsp_is_no_overlap() {
        let d = doc(
            Kind::Province,
            "Tỉnh Lâm Đồng",
            vec![own(
                "c1",
                "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)",
                "Trục tích hợp dữ liệu, kết nối chia sẻ dữ liệu giữa các sở",
                Status::Existing,
            )],
        );
        assert!(check(&d, &cat()).is_empty());
        // The same system in a commune's framework duplicates NDXP.
        let mut d = d;
        d.kind = Kind::Commune;
        assert!(platforms(&check(&d, &cat())).contains(&"A-06"));
    }

    #[test]
    fn an_exemption_is_shown_not_hidden() {
        let mut c = own(
            "c1",
            "Hệ thống giám sát an toàn thông tin mạng (SOC) chuyên dùng",
            "",
            Status::Planned,
        );
        c.exemption = Some(Exemption {
            ground: ExemptionGround::Cipher,
            justification: "Giám sát mạng cơ yếu, không kết nối Internet".into(),
        });
        let f = check(
            &doc(Kind::Ministry, "Ban Cơ yếu Chính phủ", vec![c]),
            &cat(),
        );
        assert_eq!(platforms(&f), ["A-13"]);
        assert!(f[0].exempted);
        assert_eq!(f[0].severity, Severity::Info);
        assert!(f[0].explanation.contains("Cơ yếu"));
        assert!(f[0].explanation.contains("không kết nối Internet"));
    }

    #[test]
    fn a_shared_generic_word_alone_is_never_enough() {
        for name in [
            "Hệ thống quản lý thông tin",
            "Nền tảng dữ liệu tỉnh",
            "Cổng thông tin điện tử tỉnh",
            "Phần mềm điều hành quốc gia",
            "Hệ thống quản lý dữ liệu chuyên ngành",
        ] {
            let d = doc(
                Kind::Commune,
                "Xã Tân Lập",
                vec![own("c1", name, "", Status::Planned)],
            );
            assert!(
                check(&d, &cat()).is_empty(),
                "{name}: {:?}",
                check(&d, &cat())
            );
        }
    }

    #[test]
    fn synonyms_bridge_the_agencys_words() {
        let cases = [
            ("Phần mềm một cửa điện tử xã", "B-02"),
            ("Cổng DVC của xã", "A-01"),
            ("Trung tâm SOC", "A-13"),
            ("App công dân", "A-02"),
            ("Hệ thống đấu thầu qua mạng", "B-28"),
            ("Hệ thống xác thực người dùng tập trung (SSO)", "A-03"),
        ];
        for (name, p) in cases {
            let d = doc(
                Kind::Commune,
                "Xã Tân Lập",
                vec![own("c1", name, "", Status::Planned)],
            );
            let f = check(&d, &cat());
            assert!(platforms(&f).contains(&p), "{name}: {:?}", platforms(&f));
        }
    }

    #[test]
    fn diacritics_and_case_do_not_matter() {
        let d = doc(
            Kind::Commune,
            "Xa Tan Lap",
            vec![own("c1", "HE THONG DAU THAU QUA MANG", "", Status::Planned)],
        );
        assert_eq!(platforms(&check(&d, &cat())), ["B-28"]);
    }

    #[test]
    fn a_mention_after_a_cue_is_use_not_duplication() {
        let d = doc(
            Kind::Province,
            "Tỉnh Lâm Đồng",
            vec![own(
                "c1",
                "Hệ thống quản lý hồ sơ đất đai",
                "Xác thực người dân qua VNeID, kết nối với NDXP để chia sẻ dữ liệu",
                Status::Planned,
            )],
        );
        assert!(check(&d, &cat()).is_empty(), "{:?}", check(&d, &cat()));
    }

    #[test]
    fn own_document_management_is_not_the_exchange_axis() {
        let d = doc(
            Kind::Province,
            "Tỉnh Lâm Đồng",
            vec![own(
                "c1",
                "Hệ thống quản lý văn bản và điều hành (eOffice)",
                "Quản lý văn bản đến, văn bản đi, hồ sơ công việc",
                Status::Existing,
            )],
        );
        assert!(!platforms(&check(&d, &cat())).contains(&"A-04"));
    }

    #[test]
    fn party_platforms_concern_party_agencies_only() {
        let c = own(
            "c1",
            "Phần mềm quản lý hồ sơ đảng viên",
            "",
            Status::Planned,
        );
        let province = doc(Kind::Province, "Tỉnh Lâm Đồng", vec![c.clone()]);
        assert!(!platforms(&check(&province, &cat())).contains(&"B-20"));
        let party = doc(Kind::Party, "Tỉnh ủy Lâm Đồng", vec![c]);
        assert!(platforms(&check(&party, &cat())).contains(&"B-20"));
    }

    #[test]
    fn the_resolution_tracker_serves_ministries_too() {
        // 1132 B-21: "triển khai tại các cơ quan Đảng, các bộ/ngành từ trung ương đến cơ sở".
        let c = own(
            "c1",
            "Phần mềm theo dõi thực hiện nghị quyết",
            "",
            Status::Planned,
        );
        for (kind, agency) in [
            (Kind::Ministry, "Bộ Y tế"),
            (Kind::Party, "Tỉnh ủy Lâm Đồng"),
        ] {
            let d = doc(kind, agency, vec![c.clone()]);
            assert!(platforms(&check(&d, &cat())).contains(&"B-21"), "{agency}");
        }
    }

    /// The findings on `name` (with `description`) built by `agency`, of `kind`, of kind
    /// `which` that name platform `id`.
    fn found(
        which: FindingKind,
        (kind, agency): (Kind, &str),
        name: &str,
        description: &str,
        id: &str,
    ) -> bool {
        let d = doc(
            kind,
            agency,
            vec![own("c1", name, description, Status::Planned)],
        );
        check(&d, &cat())
            .iter()
            .any(|f| f.kind == which && f.platform.as_deref() == Some(id))
    }

    /// Whether `name` (with `description`) built by `agency`, of `kind`, is an overlap with `id`.
    fn flags(kind: Kind, agency: &str, name: &str, description: &str, id: &str) -> bool {
        found(FindingKind::Overlap, (kind, agency), name, description, id)
    }

    #[test]
    fn documents_decide_who_runs_what_and_what_is_used() {
        // Bộ Tài chính's tax offices run its tax system (seeds' owner_units).
        let etax = "eTax Mobile – hỗ trợ người nộp thuế";
        assert!(!flags(
            Kind::Ministry,
            "Thuế tỉnh Gia Lai",
            etax,
            "",
            "B-27"
        ));
        assert!(flags(Kind::Province, "Tỉnh Gia Lai", etax, "", "B-27"));
        // Logging in by VNeID uses the identification platform behind it (named_together).
        let sso = "Tích hợp HTTT giải quyết TTHC tỉnh với Cổng DVC quốc gia";
        let how = "Đăng nhập một lần (SSO) bằng VNeID";
        assert!(!flags(Kind::Province, "Tỉnh Lào Cai", sso, how, "A-03"));
        // What a course teaches is not what it does (cues' topics).
        let course = "Trang học trực tuyến kỹ năng số";
        let about = "Khóa học mở về sử dụng điện thoại, DVC trực tuyến, thanh toán số";
        assert!(!flags(
            Kind::Commune,
            "UBND xã Nậm Pồ",
            course,
            about,
            "A-01"
        ));
        // "Ban Cơ yếu" names a supplier, not a cipher system (special_requirements).
        let party = "Hệ thống gửi nhận văn bản mật tích hợp giải pháp bảo mật Ban Cơ yếu";
        assert!(flags(Kind::Party, "Tỉnh ủy Lâm Đồng", party, "", "B-19"));
        // Documents sent between Party bodies are B-19's, not A-04's (counterparts).
        let office = "Phần mềm gửi nhận văn bản điện tử giữa các chi bộ";
        assert!(flags(Kind::Party, "Đảng ủy Khối", office, "", "B-19"));
        assert!(!flags(Kind::Party, "Đảng ủy Khối", office, "", "A-04"));
        // A province files its building-permit software as its procedure system; the
        // procedure is still Bộ Xây dựng's (sector scopes pass through the elements).
        let permits = "Phần mềm cấp giấy phép xây dựng";
        let how = "Tiếp nhận, thẩm định hồ sơ cấp phép xây dựng của tỉnh và các xã";
        assert!(flags(
            Kind::Province,
            "Sở Xây dựng tỉnh Vĩnh Long",
            permits,
            how,
            "B-10"
        ));
        // A screen that shows the reception schedule is neither B-55 nor a platform (masks,
        // equipment); VNeID built into the owner's health book is used, not copied.
        let screen = "Màn hình LED thông tin tại Trung tâm HCC";
        let shows = "Trình chiếu thông tin tuyên truyền, lịch tiếp dân, mã QR dịch vụ công";
        assert!(!flags(
            Kind::Province,
            "Tỉnh Ninh Bình",
            screen,
            shows,
            "B-55"
        ));
        // Devices with AI that warn of landslides are for a person to confirm against the AI
        // platform (equipment); without AI they are no such platform (requires).
        let sensors = "Cameras AI cảnh báo lũ quét, sạt lở";
        assert!(!flags(Kind::Commune, "Xã Na Hang", sensors, "", "B-39"));
        let possible = FindingKind::PossibleOverlap;
        assert!(found(
            possible,
            (Kind::Commune, "Xã Na Hang"),
            sensors,
            "",
            "B-39"
        ));
        let plain = "Cameras + IoT cảnh báo lũ quét, sạt lở";
        assert!(!found(
            possible,
            (Kind::Commune, "Xã Na Hang"),
            plain,
            "",
            "B-39"
        ));
        assert!(flags(
            Kind::Commune,
            "Xã Na Hang",
            "Phần mềm AI cảnh báo lũ quét",
            "",
            "B-39"
        ));
        let book = "Nền tảng Sổ sức khỏe điện tử (VNeID tích hợp)";
        assert!(!flags(Kind::Ministry, "Bộ Y tế", book, "", "A-02"));
        // A commune's one-stop software that is the province's shared one (provincial).
        let shared = "Phần mềm một cửa (dùng chung của tỉnh)";
        assert!(!flags(Kind::Commune, "Xã Mộc Châu", shared, "", "B-02"));
        let own_one = "Phần mềm một cửa điện tử của xã";
        assert!(flags(Kind::Commune, "Xã Mộc Châu", own_one, "", "B-02"));
        // B-21 serves ministries, not People's Councils (beyond_party's kinds).
        let tracker = "Phần mềm theo dõi thực hiện nghị quyết";
        assert!(!flags(
            Kind::Assembly,
            "HĐND tỉnh Lâm Đồng",
            tracker,
            "",
            "B-21"
        ));
    }

    #[test]
    fn a_verb_before_an_acronym_uses_the_platform() {
        for (name, id) in [
            (
                "Đầu đọc CCCD gắn chip, xác thực VNeID tại bộ phận một cửa",
                "A-02",
            ),
            ("Tra cứu thông tin tín dụng khách hàng vay từ CIC", "B-51"),
        ] {
            let d = doc(
                Kind::Commune,
                "UBND xã Đạ Huoai",
                vec![own("c1", name, "", Status::Existing)],
            );
            assert!(!platforms(&check(&d, &cat())).contains(&id), "{name}");
        }
        // Its own authentication is still A-03's kind.
        let d = doc(
            Kind::Province,
            "Tỉnh Vĩnh Long",
            vec![own(
                "c1",
                "Giải pháp xác thực định danh người dân riêng của tỉnh",
                "",
                Status::Planned,
            )],
        );
        assert!(platforms(&check(&d, &cat())).contains(&"A-03"));
    }

    #[test]
    fn a_client_of_a_named_platform_does_not_duplicate_it() {
        let client = own(
            "c1",
            "Kết nối Trục LTVB quốc gia gửi nhận văn bản với Chính phủ",
            "",
            Status::Existing,
        );
        let d = doc(Kind::Assembly, "Văn phòng Quốc hội", vec![client]);
        assert!(!platforms(&check(&d, &cat())).contains(&"A-04"));
        // Retiring and moving to the platform it names: still its duplicate.
        let moving = own(
            "c1",
            "Hệ thống giám sát an toàn thông tin mạng của Sở",
            "Giám sát, phát hiện tấn công mạng; sẽ dừng khi kết nối SOC quốc gia",
            Status::Retiring,
        );
        let d = doc(Kind::Province, "Tỉnh Lâm Đồng", vec![moving.clone()]);
        assert!(platforms(&check(&d, &cat())).contains(&"A-13"));
    }

    #[test]
    fn a_component_that_replaces_or_bypasses_a_platform_duplicates_it() {
        let axis = own(
            "c1",
            "Hệ thống gửi nhận văn bản riêng giữa Bộ và các tỉnh",
            "Tự vận hành, không đi qua Trục liên thông văn bản quốc gia",
            Status::Planned,
        );
        let d = doc(Kind::Ministry, "Bộ Xây dựng", vec![axis]);
        assert!(platforms(&check(&d, &cat())).contains(&"A-04"));
        // The nearest cue decides: "kết nối" after "thay" is a use.
        let client = own(
            "c1",
            "Phần mềm quản lý văn bản thay bản cũ",
            "Kết nối Trục liên thông văn bản quốc gia",
            Status::Planned,
        );
        let d = doc(Kind::Ministry, "Bộ Xây dựng", vec![client]);
        assert!(!platforms(&check(&d, &cat())).contains(&"A-04"));
    }

    #[test]
    fn an_acronym_after_a_platform_used_is_used_too() {
        for text in [
            "Đăng nhập cổng của Sở bằng tài khoản định danh điện tử VNeID",
            "Gửi tóm tắt bệnh án lên Sổ sức khỏe điện tử (VNeID)",
        ] {
            let c = own("c1", text, "", Status::Planned);
            let f = check(&doc(Kind::Province, "Tỉnh Lâm Đồng", vec![c]), &cat());
            assert!(platforms(&f).is_empty(), "{text}: {:?}", platforms(&f));
        }
    }

    #[test]
    fn a_verb_heading_the_systems_own_list_is_no_use() {
        // "Kết nối, tích hợp dữ liệu ITS" lists the system's own work; "kết nối ITS" uses it.
        let own_list = own(
            "c1",
            "Nền tảng điều hành giao thông của tỉnh",
            "Kết nối, tích hợp dữ liệu ITS đường bộ của các tuyến",
            Status::Planned,
        );
        let f = check(
            &doc(Kind::Province, "Tỉnh Lâm Đồng", vec![own_list]),
            &cat(),
        );
        assert!(platforms(&f).contains(&"B-54"));
    }

    #[test]
    fn procurement_abbreviations_are_written_out() {
        let c = own(
            "c1",
            "Phần mềm đấu thầu riêng của tỉnh: đăng tải KHLCNT, nhận HSDT",
            "",
            Status::Planned,
        );
        let f = check(&doc(Kind::Province, "Tỉnh Lâm Đồng", vec![c]), &cat());
        assert!(platforms(&f).contains(&"B-28"));
    }

    #[test]
    fn words_that_fold_alike_are_told_apart_when_written_with_diacritics() {
        let info = own(
            "c1",
            "Thuê dịch vụ cổng thông tin điện tử cho các xã",
            "",
            Status::Planned,
        );
        let f = check(&doc(Kind::Province, "Tỉnh Lâm Đồng", vec![info]), &cat());
        assert!(!platforms(&f).contains(&"A-01"), "{:?}", platforms(&f));
        // Typed without diacritics, "cong" may be either: the public-service portal still counts.
        let plain = own(
            "c1",
            "Cong dich vu cong rieng cua tinh",
            "",
            Status::Planned,
        );
        let f = check(&doc(Kind::Province, "Tỉnh Lâm Đồng", vec![plain]), &cat());
        assert!(platforms(&f).contains(&"A-01"));
    }

    #[test]
    fn a_dashboard_shows_what_follows_rather_than_doing_it() {
        let c = own(
            "c1",
            "Dashboard theo dõi thực hiện dự toán ngân sách",
            "",
            Status::Planned,
        );
        let f = check(&doc(Kind::Assembly, "Văn phòng Quốc hội", vec![c]), &cat());
        assert!(platforms(&f).is_empty(), "{:?}", platforms(&f));
        let c = own(
            "c1",
            "Hệ thống quản lý dự toán ngân sách",
            "",
            Status::Planned,
        );
        let f = check(&doc(Kind::Assembly, "Văn phòng Quốc hội", vec![c]), &cat());
        assert!(platforms(&f).contains(&"B-52"));
    }

    #[test]
    fn applying_a_shared_platform_uses_it() {
        let c = own(
            "c1",
            "Danh mục dữ liệu chủ ngành xây dựng",
            "Áp dụng Nền tảng số từ điển dữ liệu dùng chung cho các CSDL của Bộ",
            Status::Planned,
        );
        let f = check(&doc(Kind::Ministry, "Bộ Xây dựng", vec![c]), &cat());
        assert!(!platforms(&f).contains(&"A-12"));
    }

    #[test]
    fn an_own_account_system_duplicates_the_identification_platform_not_the_app() {
        let c = own(
            "c1",
            "Hệ thống cấp tài khoản định danh điện tử cho người dân của tỉnh",
            "",
            Status::Planned,
        );
        let f = check(&doc(Kind::Province, "Tỉnh Lâm Đồng", vec![c]), &cat());
        assert_eq!(platforms(&f), ["A-03"]);
    }

    #[test]
    fn reused_platforms_are_not_judged() {
        let d = doc(Kind::Province, "Tỉnh Lâm Đồng", vec![reuse("p", "B-28")]);
        assert!(check(&d, &cat()).is_empty());
    }

    #[test]
    fn an_own_portal_or_citizen_app_is_an_overlap_whatever_element_it_is() {
        // The province's existing portal belongs to the procedure system its reference
        // architecture keeps, yet it is a second web channel (3090 Phần II.2.đ, Nguyên tắc 5).
        let portal = own("c1", "Cổng DVC tỉnh", "", Status::Existing);
        let f = check(&doc(Kind::Province, "Tỉnh Lâm Đồng", vec![portal]), &cat());
        assert_eq!(platforms(&f), ["A-01"]);
        let app = own(
            "c1",
            "Mobile app của Sở Xây dựng",
            "Cho người dân tra cứu quy hoạch, gửi phản ánh",
            Status::Planned,
        );
        let f = check(
            &doc(Kind::Province, "Sở Xây dựng tỉnh Lâm Đồng", vec![app]),
            &cat(),
        );
        assert_eq!(platforms(&f), ["A-02"]);
        // An app for officials is no citizens' channel; a mention of the portal is use.
        let staff = own(
            "c1",
            "Ứng dụng di động cho cán bộ, công chức",
            "",
            Status::Planned,
        );
        let uses = own(
            "c1",
            "Phần mềm hộ tịch",
            "Kết nối với Cổng dịch vụ công quốc gia",
            Status::Existing,
        );
        let f = check(&doc(Kind::Commune, "Xã Tân Lập", vec![staff, uses]), &cat());
        assert!(!platforms(&f).contains(&"A-01") && !platforms(&f).contains(&"A-02"));
    }

    #[test]
    fn a_description_opening_with_a_citizens_app_names_the_component() {
        // The name is a brand; the description says what it is.
        let app = own(
            "c1",
            "App Lâm Đồng Số",
            "Ứng dụng di động công dân: nộp hồ sơ, thanh toán phí, nhận thông báo.",
            Status::Planned,
        );
        let f = check(&doc(Kind::Province, "Tỉnh Lâm Đồng", vec![app]), &cat());
        assert_eq!(platforms(&f), ["A-02"]);
        // Later in a description, the same words name what the component feeds.
        let feeds = own(
            "c1",
            "Phần mềm quản lý lịch tiếp công dân",
            "Đẩy lịch tiếp lên ứng dụng di động công dân của tỉnh.",
            Status::Planned,
        );
        let f = check(&doc(Kind::Province, "Tỉnh Lâm Đồng", vec![feeds]), &cat());
        assert!(!platforms(&f).contains(&"A-02"), "{f:?}");
        // An app for delegates is theirs, though it talks of voters.
        let delegates = own(
            "c1",
            "App ĐBQH",
            "Ứng dụng di động cho đại biểu nhận tài liệu họp, ý kiến cử tri.",
            Status::Existing,
        );
        let f = check(
            &doc(Kind::Assembly, "Văn phòng Quốc hội", vec![delegates]),
            &cat(),
        );
        assert!(!platforms(&f).contains(&"A-02"), "{f:?}");
    }

    #[test]
    fn an_ai_platform_of_a_field_is_duplicated_by_an_ai_system_of_that_field() {
        let ai = own(
            "c1",
            "Phần mềm AI phát hiện điểm xả thải từ ảnh vệ tinh",
            "",
            Status::Planned,
        );
        let plain = own(
            "c2",
            "Hệ thống cảnh báo thiên tai qua loa truyền thanh",
            "Phát cảnh báo bão lũ cho các thôn",
            Status::Planned,
        );
        let lower = own("c3", "Phan mem ai canh bao thien tai", "", Status::Planned);
        let f = check(
            &doc(Kind::Province, "Tỉnh Cà Mau", vec![ai, plain, lower]),
            &cat(),
        );
        let on = |id: &str| {
            f.iter()
                .filter(|f| f.component == id)
                .filter_map(|f| f.platform.as_deref())
                .collect::<Vec<_>>()
        };
        assert_eq!(on("c1"), ["B-41"]);
        // Not AI: "ai" in lower case is the Vietnamese word, not the acronym.
        assert!(on("c2").is_empty() && on("c3").is_empty(), "{f:?}");
    }

    #[test]
    fn an_integration_hub_of_the_agencys_level_is_its_own_platform() {
        // "Trục tích hợp dữ liệu" is what inventories call the integration platform each
        // reference architecture gives an agency (the province's LGSP, the Front's own).
        for (kind, agency, name) in [
            (
                Kind::Province,
                "Tỉnh Lạng Sơn",
                "Trục tích hợp dữ liệu tỉnh",
            ),
            (
                Kind::Front,
                "Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa",
                "Trục tích hợp dữ liệu Mặt trận tỉnh",
            ),
        ] {
            assert!(!flags(kind, agency, name, "", "A-06"), "{name}");
        }
        assert!(flags(
            Kind::Province,
            "Tỉnh Lạng Sơn",
            "Trục tích hợp dữ liệu quốc gia riêng của tỉnh",
            "",
            "A-06"
        ));
    }

    #[test]
    fn a_provider_named_in_brackets_runs_the_system_the_agency_uses() {
        let uses = own(
            "c1",
            "Phần mềm quản lý hộ tịch (Bộ Tư pháp)",
            "",
            Status::Existing,
        );
        let f = check(&doc(Kind::Commune, "UBND xã Đồng Văn", vec![uses]), &cat());
        assert!(!platforms(&f).contains(&"B-06"), "{f:?}");
        // A bracket that says the system takes the platform's place names no provider.
        let replaces = own(
            "c1",
            "Phần mềm quản lý hộ tịch riêng (thay hệ thống của Bộ Tư pháp)",
            "",
            Status::Planned,
        );
        let f = check(
            &doc(Kind::Commune, "UBND xã Đồng Văn", vec![replaces]),
            &cat(),
        );
        assert!(platforms(&f).contains(&"B-06"), "{f:?}");
    }

    #[test]
    fn typed_without_diacritics_tren_still_says_built_on() {
        for name in [
            "Trợ lý ảo đại biểu trên nền tảng Trợ lý ảo quốc gia",
            "Tro ly ao dai bieu tren nen tang Tro ly ao quoc gia",
        ] {
            let c = own("c1", name, "", Status::Planned);
            let f = check(&doc(Kind::Assembly, "Văn phòng Quốc hội", vec![c]), &cat());
            assert!(!platforms(&f).contains(&"A-10"), "{name}: {f:?}");
        }
    }

    #[test]
    fn a_unit_of_the_owner_runs_its_platform() {
        let store = own(
            "c1",
            "Kho dữ liệu giám sát thị trường chứng khoán",
            "",
            Status::Expanding,
        );
        let f = check(
            &doc(
                Kind::Ministry,
                "Ủy ban Chứng khoán Nhà nước",
                vec![store.clone()],
            ),
            &cat(),
        );
        assert!(!platforms(&f).contains(&"B-53"), "{f:?}");
        let f = check(&doc(Kind::Ministry, "Bộ Công Thương", vec![store]), &cat());
        assert!(platforms(&f).contains(&"B-53"), "{f:?}");
    }

    #[test]
    fn a_land_certificate_abbreviated_without_diacritics_is_a_land_procedure() {
        let d = doc(
            Kind::Commune,
            "UBND xã Đồng Văn",
            vec![own("c1", "QL cap GCN QSD dat", "", Status::Existing)],
        );
        assert_eq!(platforms(&check(&d, &cat())), ["B-09"]);
    }

    #[test]
    fn a_communes_civil_registration_software_is_the_justice_ministrys() {
        let d = doc(
            Kind::Commune,
            "UBND xã Tân Lập",
            vec![own(
                "c1",
                "Phan mem quan ly ho tich cua xa",
                "",
                Status::Existing,
            )],
        );
        assert_eq!(platforms(&check(&d, &cat())), ["B-06"]);
        // The owner's own is no overlap.
        let d = doc(
            Kind::Ministry,
            "Bộ Tư pháp",
            vec![own("c1", "Hệ thống đăng ký hộ tịch", "", Status::Existing)],
        );
        assert!(check(&d, &cat()).is_empty());
    }

    #[test]
    fn expanding_a_duplicate_is_forbidden_as_building_one() {
        let d = doc(
            Kind::Province,
            "Tỉnh Lâm Đồng",
            vec![own(
                "c1",
                "Hệ thống đấu thầu qua mạng",
                "",
                Status::Expanding,
            )],
        );
        let f = check(&d, &cat());
        assert_eq!(f[0].severity, Severity::Violation);
        assert!(f[0].explanation.contains("Mở rộng, nâng cấp"));
    }

    #[test]
    fn a_possible_overlap_is_information_until_a_person_decides() {
        let c = own(
            "c1",
            "Cổng thông tin điện tử tỉnh",
            "Đăng tin tức, văn bản và dữ liệu mở của tỉnh",
            Status::Planned,
        );
        let mut d = doc(Kind::Province, "Tỉnh Lâm Đồng", vec![c]);
        let f = check(&d, &cat());
        let possible: Vec<_> = f
            .iter()
            .filter(|f| f.kind == FindingKind::PossibleOverlap)
            .collect();
        assert!(!possible.is_empty(), "{f:?}");
        assert!(possible.iter().all(|f| f.severity == Severity::Info));
        assert!(f.iter().all(|f| f.kind != FindingKind::Overlap));
        let p = possible[0].platform.clone().unwrap();
        let review = |decision| crate::command::Command::ReviewOverlap {
            component: "c1".into(),
            platform: p.clone(),
            decision: Some(decision),
        };
        d.apply(review(Decision::Confirmed)).unwrap();
        let f = check(&d, &cat());
        let confirmed: Vec<_> = f
            .iter()
            .filter(|f| f.platform.as_ref() == Some(&p))
            .collect();
        assert_eq!(confirmed.len(), 1);
        assert_eq!(confirmed[0].kind, FindingKind::Overlap);
        assert!(confirmed[0].explanation.contains("đã xác nhận"));
        d.apply(review(Decision::Dismissed)).unwrap();
        assert!(check(&d, &cat())
            .iter()
            .all(|f| f.platform.as_ref() != Some(&p)));
    }
}
