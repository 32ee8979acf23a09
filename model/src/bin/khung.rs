//! `khung`: the command line over the `model` crate, for scripts, CI pipelines and comparison
//! with Graphviz. It holds no rules of its own.
//!
//! Exit status: 0 on success, 2 for unusable input or arguments (message on stderr).

use lexopt::prelude::*;
use model::catalogue::Date;
use model::document::{Document, Kind};
use model::svg::Svg;
use model::views::{framework, national, reference};
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
  khung export FILE --format svg|dot|json
        render a framework JSON file
  khung export --national --format svg
  khung export --reference KIND --format svg
  khung sample --components N [--edges-per-node 1.5]
        a synthetic framework JSON, for benchmarks (e.g. against Graphviz)
";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("khung: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut parser = lexopt::Parser::from_env();
    let first = parser.next().map_err(|e| e.to_string())?;
    match first {
        Some(Long("version")) | Some(Short('V')) => {
            println!("khung {}", model::VERSION);
            Ok(())
        }
        Some(Long("help")) | Some(Short('h')) | None => {
            print!("{USAGE}");
            Ok(())
        }
        Some(Value(cmd)) if cmd == "export" => export(&mut parser),
        Some(Value(cmd)) if cmd == "catalogue" => catalogue(&mut parser),
        Some(Value(cmd)) if cmd == "new" => new(&mut parser),
        Some(Value(cmd)) if cmd == "sample" => sample(&mut parser),
        Some(other) => Err(format!("{}\n\n{USAGE}", other.unexpected())),
    }
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
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
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
    print!("{}", io::json::write(&model::synth::framework(n, per)));
    Ok(())
}

/// Reads a framework file; the error names the file, line and field.
fn read_framework(path: &str) -> Result<Document, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let upto = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = upto.iter().filter(|&&b| b == b'\n').count() + 1;
        format!("{path}:{line}: not UTF-8 text (save the file as UTF-8)")
    })?;
    io::json::read(&text).map_err(|e| e.in_file(path))
}

fn export(parser: &mut lexopt::Parser) -> Result<(), String> {
    let mut national_view = false;
    let mut reference_kind = None;
    let mut file = None;
    let mut format = String::from("svg");
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("national") => national_view = true,
            Long("reference") => reference_kind = Some(kind_arg(parser)?),
            Long("format") => format = string_arg(parser, "format")?,
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
            let doc = read_framework(path)?;
            return match format.as_str() {
                "svg" => {
                    println!("{}", Svg(&framework::scene(&cat, &doc)));
                    Ok(())
                }
                "dot" => {
                    print!("{}", Dot(&doc));
                    Ok(())
                }
                "json" => {
                    print!("{}", io::json::write(&doc));
                    Ok(())
                }
                f => Err(format!(
                    "export: unknown --format '{f}' (expected: svg, dot, json)"
                )),
            };
        }
        _ => {
            return Err(
                "export: name one thing to export: FILE, --national or --reference KIND".into(),
            )
        }
    };
    match format.as_str() {
        "svg" => {
            println!("{}", Svg(&scene));
            Ok(())
        }
        f => Err(format!(
            "export: unknown --format '{f}' for a catalogue view (expected: svg)"
        )),
    }
}
