//! `khung`: the command line over the `model` crate, for scripts, CI pipelines and comparison
//! with Graphviz. It holds no rules of its own.
//!
//! Exit status: 0 on success, 1 when `khung check` finds a violation, 2 for unusable input or
//! arguments (message on stderr).

use lexopt::prelude::*;
use model::captions::Lang;
use model::catalogue::Date;
use model::document::{Document, Kind};
use model::export::sheet::{self, Sheet};
use model::views::{national, reference};
use model::{compose, dot::Dot, io, Catalogue};
use std::process::ExitCode;

const USAGE: &str = "\
khung – mô hình hóa Khung kiến trúc số (Khung architecture modeler)

Usage:
  khung --version
  khung catalogue [--format json] [--date YYYY-MM-DD]
        the catalogue; platforms' `operational` flags hold on --date (default: today)
  khung new --kind KIND [--agency NAME]
        a framework JSON seeded from KIND's reference architecture
        KIND: ministry, province, commune, party, assembly, front, other
  khung export FILE --format svg|dot|json|csv|archimate [--kind KIND] [--agency NAME]
        FILE: a framework JSON, a CSV inventory or an SVG exported by Khung
  khung export --national --format svg
  khung export --reference KIND --format svg
  khung sample --components N [--edges-per-node 1.5] [--seed N]
        a synthetic framework JSON, for benchmarks (e.g. against Graphviz); --seed N
        gives synthetic agency N's framework, for portfolio benchmarks
  khung check FILE [--kind KIND] [--agency NAME] [--format text|json] [--date YYYY-MM-DD]
        check a framework JSON or a CSV inventory for overlaps with the national platforms
        (1132/QĐ-TTg) and compliance with 3090/QĐ-BKHCN, as of --date (default: today);
        --kind and --agency override the file's (a CSV needs --kind);
        exit 1 when a violation is found
  khung diff A B [--format text|json]
        what changed from framework A to framework B, by component and connection id;
        exit 0 when they are the same, 1 when they differ
  khung merge BASE OURS THEIRS -o OUT
        three-way merge of framework files by component and connection id (a git merge
        driver: khung merge %O %A %B -o %A); clashes are listed on stderr, ours is kept
        in OUT, and the exit status is 1
  khung portfolio DIR [--format text|json|csv] [--date YYYY-MM-DD]
        [--platform ID] [--kind KIND] [--severity violation|warning|info]
        every framework JSON under DIR together: agencies, the agencies x platforms matrix
        (reuse, overlap, exempted), every overlap (filtered by the options) and the
        capabilities at least 3 agencies build themselves (shared-platform candidates);
        exit 1 when a file cannot be read (it is named; the others are still checked)
  khung report FILE --format docx|html [-o OUT] [--date YYYY-MM-DD] [--kind KIND] [--agency NAME]
        the framework document (title page, contents, diagram, components, connections,
        findings, exemptions, KPI scores, national platforms, cited documents), as Word or as
        a page to print; written to OUT (default: FILE with .docx or .html)
";

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("khung: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<ExitCode, String> {
    let mut parser = lexopt::Parser::from_env();
    let first = parser.next().map_err(|e| e.to_string())?;
    let done = match first {
        Some(Long("version")) | Some(Short('V')) => {
            println!("khung {}", model::VERSION);
            Ok(())
        }
        Some(Long("help")) | Some(Short('h')) | None => {
            print!("{USAGE}");
            Ok(())
        }
        Some(Value(cmd)) if cmd == "check" => return check(&mut parser),
        Some(Value(cmd)) if cmd == "diff" => return diff(&mut parser),
        Some(Value(cmd)) if cmd == "merge" => return merge(&mut parser),
        Some(Value(cmd)) if cmd == "portfolio" => return portfolio(&mut parser),
        Some(Value(cmd)) if cmd == "export" => export(&mut parser),
        Some(Value(cmd)) if cmd == "catalogue" => catalogue(&mut parser),
        Some(Value(cmd)) if cmd == "new" => new(&mut parser),
        Some(Value(cmd)) if cmd == "sample" => sample(&mut parser),
        Some(Value(cmd)) if cmd == "report" => report(&mut parser),
        Some(other) => Err(format!("{}\n\n{USAGE}", other.unexpected())),
    };
    done.map(|()| ExitCode::SUCCESS)
}

fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Date::from_unix_days((secs / 86_400) as i64)
}

fn string_arg(parser: &mut lexopt::Parser, name: &str) -> Result<String, String> {
    parser
        .value()
        .map_err(|e| e.to_string())?
        .string()
        .map_err(|_| format!("--{name}: not UTF-8"))
}

fn kind_arg(parser: &mut lexopt::Parser) -> Result<Kind, String> {
    let v = string_arg(parser, "kind")?;
    Kind::parse(&v).ok_or_else(|| {
        let ids: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
        format!("--kind: '{v}' is not one of {}", ids.join(", "))
    })
}

fn catalogue(parser: &mut lexopt::Parser) -> Result<(), String> {
    let mut format = String::from("json");
    let mut day = today();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("format") => format = string_arg(parser, "format")?,
            Long("date") => {
                let v = string_arg(parser, "date")?;
                day = Date::parse(&v).ok_or_else(|| format!("--date: '{v}' is not YYYY-MM-DD"))?;
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    match format.as_str() {
        "json" => {
            let cat = Catalogue::get().as_of(day);
            let json = serde_json::to_string_pretty(&cat).map_err(|e| e.to_string())?;
            println!("{json}");
            Ok(())
        }
        f => Err(format!(
            "catalogue: unknown --format '{f}' (expected: json)"
        )),
    }
}

fn new(parser: &mut lexopt::Parser) -> Result<(), String> {
    let mut kind = None;
    let mut agency = String::new();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("kind") => kind = Some(kind_arg(parser)?),
            Long("agency") => agency = model::text::nfc(&string_arg(parser, "agency")?),
            other => return Err(other.unexpected().to_string()),
        }
    }
    let kind = kind.ok_or("new: --kind is required")?;
    print!(
        "{}",
        io::json::write(&compose::from_reference(Catalogue::get(), kind, &agency))
    );
    Ok(())
}

fn sample(parser: &mut lexopt::Parser) -> Result<(), String> {
    let mut n = 1000usize;
    let mut per = 1.5f64;
    let mut seed = None;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("seed") => {
                let v = string_arg(parser, "seed")?;
                seed = Some(
                    v.parse::<u64>()
                        .map_err(|_| format!("--seed: '{v}' is not a whole number"))?,
                );
            }
            Long("components") => {
                let v = string_arg(parser, "components")?;
                n = v
                    .parse()
                    .ok()
                    .filter(|&n| n <= io::MAX_COMPONENTS)
                    .ok_or_else(|| {
                        format!(
                            "--components: '{v}' is not a count up to {}",
                            io::MAX_COMPONENTS
                        )
                    })?;
            }
            Long("edges-per-node") => {
                let v = string_arg(parser, "edges-per-node")?;
                per = v
                    .parse()
                    .ok()
                    .filter(|p: &f64| (0.0..=10.0).contains(p))
                    .ok_or_else(|| {
                        format!("--edges-per-node: '{v}' is not a number from 0 to 10")
                    })?;
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    let doc = match seed {
        Some(s) => model::synth::agency_framework(n, per, s),
        None => model::synth::framework(n, per),
    };
    print!("{}", io::json::write(&doc));
    Ok(())
}

/// Reads FILE: a framework JSON, a CSV inventory or an SVG exported by Khung. A CSV inventory
/// does not say the agency's kind: `kind` gives it (`None` is refused when `need_kind`, since
/// the rules depend on it, else read as `other`). `kind` and `agency` also override the file's.
/// Errors name the file, line and field.
fn load(
    path: &str,
    kind: Option<Kind>,
    agency: Option<&str>,
    need_kind: bool,
) -> Result<Document, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let first = body.iter().find(|b| !b.is_ascii_whitespace()).copied();
    let is_csv =
        path.to_lowercase().ends_with(".csv") || !matches!(first, Some(b'{') | Some(b'<') | None);
    if is_csv && kind.is_none() && need_kind {
        return Err(format!(
            "{path}: a CSV inventory does not say the agency's kind; give --kind KIND"
        ));
    }
    let mut doc = io::read_file(
        path,
        &bytes,
        kind.unwrap_or(Kind::Other),
        agency.unwrap_or(""),
    )
    .map_err(|e| e.in_file(path))?;
    if let Some(k) = kind {
        doc.kind = k;
    }
    if let Some(a) = agency {
        doc.agency = a.to_owned();
    }
    Ok(doc)
}

/// Findings as CSV cells: "violation B-28: …; warning …".
fn findings_by_component(
    findings: &[model::rules::Finding],
) -> std::collections::HashMap<String, String> {
    let mut out: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    for f in findings {
        let cell = out.entry(f.component.clone()).or_default();
        if !cell.is_empty() {
            cell.push_str("; ");
        }
        cell.push_str(f.severity.as_str());
        if let Some(p) = &f.platform {
            cell.push(' ');
            cell.push_str(p);
        }
        cell.push_str(": ");
        cell.push_str(&f.rule);
    }
    out
}

fn export(parser: &mut lexopt::Parser) -> Result<(), String> {
    let mut national_view = false;
    let mut kind = None;
    let mut agency: Option<String> = None;
    let mut reference_kind = None;
    let mut file = None;
    let mut format = String::from("svg");
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("national") => national_view = true,
            Long("reference") => reference_kind = Some(kind_arg(parser)?),
            Long("format") => format = string_arg(parser, "format")?,
            Long("kind") => kind = Some(kind_arg(parser)?),
            Long("agency") => agency = Some(model::text::nfc(&string_arg(parser, "agency")?)),
            Value(v) if file.is_none() => {
                file = Some(v.string().map_err(|_| "FILE: not UTF-8".to_owned())?)
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    let cat = Catalogue::get().as_of(today());
    let scene = match (national_view, reference_kind, &file) {
        (true, None, None) => national::scene(&cat),
        (false, Some(k), None) => {
            let r = cat
                .reference_architecture(k.as_str())
                .ok_or("no such reference architecture")?;
            reference::scene(&cat, r)
        }
        (false, None, Some(path)) => {
            let doc = load(path, kind, agency.as_deref(), false)?;
            let text = match format.as_str() {
                // Carries the framework, so the SVG imports back.
                // Ready for a document: findings marked, legend and title block.
                "svg" => model::export::svg::document(&cat, &doc, today(), Lang::Vi).svg,
                "dot" => Dot(&doc).to_string(),
                "json" => io::json::write(&doc),
                "archimate" => model::export::archimate::write(&cat, &doc),
                "csv" => {
                    let cells = findings_by_component(&model::rules::check(&doc, &cat));
                    let f = |c: &model::document::Component| {
                        cells.get(&c.id).cloned().unwrap_or_default()
                    };
                    model::export::csv::write(&doc, Some(&f))
                }
                "png" => return Err(
                    "export: PNG is made in the app (Xuất ▾ → PNG); the command line writes SVG"
                        .into(),
                ),
                f => {
                    return Err(format!(
                        "export: unknown --format '{f}' (expected: svg, dot, json, csv, archimate)"
                    ))
                }
            };
            print!("{text}");
            return Ok(());
        }
        _ => {
            return Err(
                "export: name one thing to export: FILE, --national or --reference KIND".into(),
            )
        }
    };
    match format.as_str() {
        "svg" => {
            let sheet = Sheet::new(&cat, &scene.title, "", today(), Lang::Vi);
            println!("{}", sheet::picture(&scene, None, &sheet).svg);
            Ok(())
        }
        f => Err(format!(
            "export: unknown --format '{f}' for a catalogue view (expected: svg)"
        )),
    }
}

/// `khung check`: reads a framework JSON or a CSV inventory, runs every rule with the catalogue
/// as of `--date`, prints the findings and the KPI scores, and exits with 1 when a finding is a
/// violation. Unusable input exits with 2, its message naming the file, line and field.
fn check(parser: &mut lexopt::Parser) -> Result<ExitCode, String> {
    let mut file = None;
    let mut kind = None;
    let mut agency = None;
    let mut format = String::from("text");
    let mut day = today();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("kind") => kind = Some(kind_arg(parser)?),
            Long("agency") => agency = Some(model::text::nfc(&string_arg(parser, "agency")?)),
            Long("format") => format = string_arg(parser, "format")?,
            Long("date") => {
                let v = string_arg(parser, "date")?;
                day = Date::parse(&v).ok_or_else(|| format!("--date: '{v}' is not YYYY-MM-DD"))?;
            }
            Value(v) if file.is_none() => {
                file = Some(v.string().map_err(|_| "FILE: not UTF-8".to_owned())?)
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    if !matches!(format.as_str(), "text" | "json") {
        return Err(format!(
            "check: unknown --format '{format}' (expected: text, json)"
        ));
    }
    let path = file.ok_or("check: name a FILE, a framework JSON or a CSV inventory")?;
    let doc = load(&path, kind, agency.as_deref(), true)?;
    let cat = Catalogue::get().as_of(day);
    let analysis = model::rules::Analysis::new(&doc, &cat);
    let findings = model::rules::check_with(&analysis);
    let scores = model::rules::kpi_scores_with(&analysis, &findings);
    if format == "json" {
        let scores: Vec<_> = scores
            .iter()
            .map(|(id, name, score)| serde_json::json!({ "id": id, "name": name, "score": score }))
            .collect();
        let out = serde_json::json!({
            "date": day.to_string(),
            "kind": doc.kind.as_str(),
            "agency": doc.agency,
            "findings": findings,
            "kpi_scores": scores,
        });
        println!(
            "{}",
            serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?
        );
    } else {
        print!("{}", check_text(&doc, day, &findings, &scores));
    }
    let violations = findings
        .iter()
        .any(|f| f.severity == model::rules::Severity::Violation);
    Ok(if violations {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The text report of `khung check`: a heading, one line per finding grouped by severity, then
/// the KPI scores.
fn check_text(
    doc: &Document,
    day: Date,
    findings: &[model::rules::Finding],
    scores: &[(String, String, u8)],
) -> String {
    use model::rules::Severity;
    use std::fmt::Write;
    let mut s = String::new();
    let who = if doc.agency.is_empty() {
        doc.title.as_str()
    } else {
        doc.agency.as_str()
    };
    let _ = writeln!(
        s,
        "Kiểm tra «{who}» ({}), {} thành phần, theo danh mục ngày {day}",
        doc.kind.label(),
        doc.components.len()
    );
    if findings.is_empty() {
        let _ = writeln!(s, "\nKhông có phát hiện nào.");
    }
    for severity in [Severity::Violation, Severity::Warning, Severity::Info] {
        let group: Vec<_> = findings.iter().filter(|f| f.severity == severity).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(s, "\n{} ({}):", severity.label(), group.len());
        for f in group {
            let what = if f.component_name.is_empty() {
                "(toàn khung)".to_owned()
            } else {
                format!("«{}»", f.component_name)
            };
            let platform = f
                .platform
                .as_deref()
                .map(|p| format!(" {p}"))
                .unwrap_or_default();
            let exempted = if f.exempted { " [miễn trừ]" } else { "" };
            let _ = writeln!(
                s,
                "  {} {what}{platform}{exempted} [{}]: {}",
                f.kind.as_str(),
                f.rule,
                f.explanation
            );
        }
    }
    let _ = writeln!(s, "\nĐiểm theo nhóm KPI (3090/QĐ-BKHCN, Phần III.3.4):");
    for (id, name, score) in scores {
        let _ = writeln!(s, "  {id} {name}: {score}/100");
    }
    s
}

/// `khung diff A B`: the difference between two framework files, matched by id. Exit 0 when
/// they are the same, 1 when they differ, 2 for unusable input.
fn diff(parser: &mut lexopt::Parser) -> Result<ExitCode, String> {
    let mut files = Vec::new();
    let mut format = String::from("text");
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("format") => format = string_arg(parser, "format")?,
            Value(v) if files.len() < 2 => {
                files.push(v.string().map_err(|_| "FILE: not UTF-8".to_owned())?)
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    let [a, b] = files.as_slice() else {
        return Err("diff: name two framework files, A (older) and B (newer)".into());
    };
    let d = model::diff::diff(&load(a, None, None, false)?, &load(b, None, None, false)?);
    match format.as_str() {
        "text" => print!("{}", d.to_text()),
        "json" => println!(
            "{}",
            serde_json::to_string_pretty(&d).map_err(|e| e.to_string())?
        ),
        f => {
            return Err(format!(
                "diff: unknown --format '{f}' (expected: text, json)"
            ))
        }
    }
    Ok(if d.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// `khung merge BASE OURS THEIRS -o OUT`: a three-way merge, as git's merge driver calls it.
/// OUT is written even on a clash (holding ours), the clashes go to stderr and the exit status
/// is 1, which git reports as a conflict; 2 for unusable input, OUT untouched.
fn merge(parser: &mut lexopt::Parser) -> Result<ExitCode, String> {
    let mut files = Vec::new();
    let mut out = None;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Short('o') | Long("output") => out = Some(string_arg(parser, "output")?),
            Value(v) if files.len() < 3 => {
                files.push(v.string().map_err(|_| "FILE: not UTF-8".to_owned())?)
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    let [base, ours, theirs] = files.as_slice() else {
        return Err("merge: name three framework files, BASE OURS THEIRS, and -o OUT".into());
    };
    let out = out.ok_or("merge: give -o OUT, the file to write the result to")?;
    let read = |p: &str| load(p, None, None, false);
    let m = model::merge::merge(&read(base)?, &read(ours)?, &read(theirs)?);
    std::fs::write(&out, io::json::write(&m.doc)).map_err(|e| format!("{out}: {e}"))?;
    if m.clashes.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    eprintln!(
        "khung merge: {} xung đột (conflicts); {out} giữ giá trị bên ta (ours):",
        m.clashes.len()
    );
    for c in &m.clashes {
        eprintln!("  {c}");
    }
    Ok(ExitCode::from(1))
}

/// The value of `--date`.
fn date_arg(parser: &mut lexopt::Parser) -> Result<Date, String> {
    let v = string_arg(parser, "date")?;
    Date::parse(&v).ok_or_else(|| format!("--date: '{v}' is not YYYY-MM-DD"))
}

/// Every `*.json` file under `dir`, sorted, so that a portfolio lists agencies in a stable
/// order.
fn json_files(dir: &std::path::Path, out: &mut Vec<String>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.is_dir() {
            json_files(&path, out)?;
        } else if path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("json"))
        {
            out.push(path.to_string_lossy().into_owned());
        }
    }
    Ok(())
}

/// `khung portfolio DIR`: every framework JSON under DIR, seen together. Exit 1 when a file
/// could not be read (named in the report and on stderr), 2 when DIR holds no framework JSON.
fn portfolio(parser: &mut lexopt::Parser) -> Result<ExitCode, String> {
    use model::portfolio::{report, summarise, Portfolio};
    let mut dir = None;
    let mut format = String::from("text");
    let mut day = today();
    let (mut platform, mut kind, mut severity) = (None, None, None);
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("format") => format = string_arg(parser, "format")?,
            Long("date") => day = date_arg(parser)?,
            Long("platform") => platform = Some(string_arg(parser, "platform")?),
            Long("kind") => kind = Some(kind_arg(parser)?),
            Long("severity") => {
                let v = string_arg(parser, "severity")?;
                use model::rules::Severity::*;
                severity = Some(
                    [Violation, Warning, Info]
                        .into_iter()
                        .find(|s| s.as_str() == v)
                        .ok_or_else(|| {
                            format!("--severity: '{v}' is not violation, warning or info")
                        })?,
                );
            }
            Value(v) if dir.is_none() => {
                dir = Some(v.string().map_err(|_| "DIR: not UTF-8".to_owned())?)
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    if !matches!(format.as_str(), "text" | "json" | "csv") {
        return Err(format!(
            "portfolio: unknown --format '{format}' (expected: text, json, csv)"
        ));
    }
    let dir = dir.ok_or("portfolio: name a DIR holding framework JSON files")?;
    let mut files = Vec::new();
    json_files(std::path::Path::new(&dir), &mut files)?;
    files.sort();
    if files.is_empty() {
        return Err(format!("portfolio: {dir} holds no .json file"));
    }
    let cat = Catalogue::get().as_of(day);
    let (summaries, errors) = summarise(&files, &cat, |f| load(f, None, None, false));
    let mut p = Portfolio::new(summaries, errors, &cat);
    let kept: Vec<_> = p
        .overlaps_where(platform.as_deref(), kind, severity)
        .cloned()
        .collect();
    p.overlaps = kept;
    match format.as_str() {
        "json" => println!(
            "{}",
            serde_json::to_string_pretty(&p).map_err(|e| e.to_string())?
        ),
        "csv" => print!("{}", report::csv(&p)),
        _ => print!("{}", report::text(&p)),
    }
    for e in &p.errors {
        eprintln!("khung: {}", e.message);
    }
    Ok(if p.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// `khung report`: the framework document as Word (.docx, the diagram drawn by resvg) or as a
/// print HTML page, written to `-o OUT` or next to FILE.
fn report(parser: &mut lexopt::Parser) -> Result<(), String> {
    let mut file = None;
    let mut out: Option<String> = None;
    let mut kind = None;
    let mut agency = None;
    let mut format = None;
    let mut day = today();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("format") => format = Some(string_arg(parser, "format")?),
            Short('o') | Long("output") => out = Some(string_arg(parser, "output")?),
            Long("kind") => kind = Some(kind_arg(parser)?),
            Long("agency") => agency = Some(model::text::nfc(&string_arg(parser, "agency")?)),
            Long("date") => day = report_date_arg(parser)?,
            Value(v) if file.is_none() => {
                file = Some(v.string().map_err(|_| "FILE: not UTF-8".to_owned())?)
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    let path = file.ok_or("report: name a FILE, a framework JSON, a CSV inventory or an SVG")?;
    let format = format.ok_or("report: give --format docx or --format html")?;
    if !matches!(format.as_str(), "docx" | "html") {
        return Err(format!(
            "report: unknown --format '{format}' (expected: docx, html)"
        ));
    }
    let doc = load(&path, kind, agency.as_deref(), true)?;
    let cat = Catalogue::get().as_of(day);
    let input = model::report::Input {
        doc: &doc,
        cat: &cat,
        day,
        today: today(),
    };
    let bytes = if format == "html" {
        model::report::html(&input).into_bytes()
    } else {
        let svg = model::export::svg::framework(&cat, &doc);
        let png = model::report::raster::print_png(&svg)?;
        model::report::docx(&input, Some(&png))?
    };
    let out = out.unwrap_or_else(|| {
        let stem = path.rsplit_once('.').map_or(path.as_str(), |(s, _)| s);
        format!("{stem}.{format}")
    });
    std::fs::write(&out, bytes).map_err(|e| format!("{out}: {e}"))?;
    eprintln!("khung: wrote {out}");
    Ok(())
}

/// `--date YYYY-MM-DD` for `khung report`.
fn report_date_arg(parser: &mut lexopt::Parser) -> Result<Date, String> {
    let v = string_arg(parser, "date")?;
    Date::parse(&v).ok_or_else(|| format!("--date: '{v}' is not YYYY-MM-DD"))
}
