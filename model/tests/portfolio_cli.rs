//! `khung portfolio` over a directory of frameworks, as a ministry or province runs it.

mod common;

use common::{khung, temp_dir};
use std::path::PathBuf;

/// A province's framework: one reused platform, one own component with `capability`, and
/// whatever `extra` components.
fn framework(agency: &str, capability: &str, extra: &str) -> String {
    format!(
        r#"{{
  "schema": "khung/framework@1",
  "title": "Khung kiến trúc số {agency}",
  "kind": "province",
  "agency": "{agency}",
  "components": [
    {{"id": "ndxp", "name": "Nền tảng NDXP", "layer": 2, "platform": "A-06"}},
    {{"id": "trees", "name": "Phần mềm riêng", "layer": 3, "capabilities": ["{capability}"]}}{extra}
  ]
}}"#
    )
}

const BIDDING: &str = r#",
    {"id": "bid", "name": "Hệ thống đấu thầu qua mạng của tỉnh", "layer": 3, "status": "planned"}"#;

const EXEMPT: &str = r#",
    {"id": "bid", "name": "Hệ thống đấu thầu qua mạng của tỉnh", "layer": 3, "status": "planned",
     "exemption": {"ground": "security", "justification": "Theo yêu cầu bảo mật của ngành"}}"#;

fn portfolio_dir(name: &str) -> PathBuf {
    let dir = temp_dir(name);
    let nested = dir.join("mien-nam");
    std::fs::create_dir_all(&nested).unwrap();
    let put = |p: PathBuf, text: String| std::fs::write(p, text).unwrap();
    put(
        dir.join("a-lam-dong.json"),
        framework("Tỉnh Lâm Đồng", "Quản lý cây xanh đô thị", BIDDING),
    );
    put(
        dir.join("b-hue.json"),
        framework("Thành phố Huế", "cây xanh đô thị và công viên", EXEMPT),
    );
    put(
        nested.join("c-can-tho.json"),
        framework("Thành phố Cần Thơ", "Cây xanh đô thị", ""),
    );
    put(
        dir.join("d-broken.json"),
        framework("Tỉnh Hỏng", "x", "").replace("\"layer\": 3", "\"layer\": 7"),
    );
    put(dir.join("notes.txt"), "không phải khung".into());
    dir
}

#[test]
fn portfolio_json_has_agencies_matrix_overlaps_and_a_shared_candidate() {
    let dir = portfolio_dir("portfolio_json");
    let out = khung(&[
        "portfolio",
        dir.to_str().unwrap(),
        "--format",
        "json",
        "--date",
        "2026-11-23",
    ]);
    // One file is unreadable: it is named, the others are still checked, and the exit is 1.
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("d-broken.json") && err.contains("components[1].layer"),
        "{err}"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let agencies = v["agencies"].as_array().unwrap();
    let names: Vec<&str> = agencies
        .iter()
        .map(|a| a["agency"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Tỉnh Lâm Đồng", "Thành phố Huế", "Thành phố Cần Thơ"]
    );
    assert!(v["errors"][0]["file"]
        .as_str()
        .unwrap()
        .ends_with("d-broken.json"));

    let cell = |agency: u64, platform: &str| {
        v["matrix"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["agency"] == agency && c["platform"] == platform)
            .map(|c| c["state"].as_str().unwrap().to_owned())
    };
    assert_eq!(cell(0, "A-06").as_deref(), Some("reuse"));
    assert_eq!(cell(0, "B-28").as_deref(), Some("overlap"));
    assert_eq!(cell(1, "B-28").as_deref(), Some("exempted"));
    assert_eq!(cell(2, "B-28"), None);

    let overlaps = v["overlaps"].as_array().unwrap();
    assert!(overlaps
        .iter()
        .any(|o| o["agency"] == 0 && o["platform"] == "B-28" && o["severity"] == "violation"));

    let candidates = v["shared_candidates"].as_array().unwrap();
    let trees = candidates
        .iter()
        .find(|c| c["key"] == "cay xanh do thi")
        .unwrap_or_else(|| panic!("no candidate for cây xanh đô thị: {candidates:?}"));
    assert_eq!(trees["agencies"], serde_json::json!([0, 1, 2]));
    assert_eq!(trees["components"].as_array().unwrap().len(), 3);
    assert!(trees["criteria"]
        .as_str()
        .unwrap()
        .starts_with("4577/BKHCN-CĐSQG"));
    assert!(v["criteria"].as_array().unwrap().len() >= 10);
}

#[test]
fn portfolio_filters_overlaps_and_writes_text_and_csv() {
    let dir = portfolio_dir("portfolio_text");
    let d = dir.to_str().unwrap();
    let text = khung(&["portfolio", d, "--severity", "info", "--date", "2026-11-23"]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("Thành phố Huế «Hệ thống đấu thầu qua mạng của tỉnh» (bid) B-28"),
        "{text}"
    );
    assert!(!text.contains("Tỉnh Lâm Đồng «Hệ thống đấu thầu"), "{text}");
    assert!(
        text.contains("«Quản lý cây xanh đô thị»: 3 cơ quan"),
        "{text}"
    );
    assert!(text.contains("Không đọc được"), "{text}");

    let csv = khung(&["portfolio", d, "--format", "csv", "--date", "2026-11-23"]);
    let csv = String::from_utf8(csv.stdout).unwrap();
    let mut lines = csv.trim_start_matches('\u{feff}').split("\r\n");
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(&header[..3], ["Tệp", "Cơ quan", "Loại"]);
    let a06 = header.iter().position(|h| *h == "A-06").unwrap();
    let b28 = header.iter().position(|h| *h == "B-28").unwrap();
    let first: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!((first[a06], first[b28]), ("dùng lại", "trùng lặp"));
}

#[test]
fn portfolio_of_an_empty_directory_exits_2() {
    let dir = temp_dir("portfolio_empty");
    let out = khung(&["portfolio", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("holds no .json file"));
}
