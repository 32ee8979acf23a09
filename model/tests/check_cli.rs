//! `khung check`, run as a user runs it: framework JSON and CSV inventories in, findings and
//! KPI scores out, exit 0 / 1 / 2.

use std::path::PathBuf;
use std::process::{Command, Output};

fn khung(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_khung"))
        .args(args)
        .output()
        .expect("khung runs")
}

/// A file in a fresh directory of the system's temporary directory, written with `content`.
fn file(test: &str, name: &str, content: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("khung-check-cli-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, content).expect("write");
    path
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8 errors")
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).expect("JSON output")
}

/// A province's framework with its own procurement system (a duplicate of B-28, operational)
/// and a SOC (A-13, operational from 2027).
const FRAMEWORK: &str = r#"{
  "schema": "khung/framework@1",
  "title": "Khung kiến trúc số tỉnh Lâm Đồng",
  "kind": "province",
  "agency": "Tỉnh Lâm Đồng",
  "components": [
    {"id": "dt", "name": "Hệ thống đấu thầu qua mạng của tỉnh", "layer": 3, "status": "planned",
     "description": "Đăng tải kế hoạch lựa chọn nhà thầu, phát hành hồ sơ mời thầu"},
    {"id": "soc", "name": "Trung tâm giám sát an toàn thông tin mạng (SOC) tỉnh", "layer": 1,
     "status": "existing"},
    {"id": "dvc", "name": "Cổng Dịch vụ công quốc gia", "layer": 4, "platform": "A-01"}
  ]
}"#;

#[test]
fn a_violation_exits_with_one_and_json_names_the_component() {
    let f = file("violation", "khung.json", FRAMEWORK);
    let o = khung(&[
        "check",
        f.to_str().unwrap(),
        "--format",
        "json",
        "--date",
        "2026-11-23",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v = json(&o);
    let findings = v["findings"].as_array().unwrap();
    let dt = findings
        .iter()
        .find(|f| f["component_id"] == "dt" && f["kind"] == "overlap")
        .expect("the procurement system is an overlap");
    assert_eq!(dt["component"], "Hệ thống đấu thầu qua mạng của tỉnh");
    assert_eq!(dt["platform"], "B-28");
    assert_eq!(dt["severity"], "violation");
    assert_eq!(dt["rule"], "1132-art2-k2");
    assert_eq!(dt["source"], "1132/QĐ-TTg, Điều 2, khoản 2");
    assert!(dt["explanation"].as_str().unwrap().contains("Điều 2"));
    for key in [
        "component",
        "kind",
        "platform",
        "severity",
        "rule",
        "source",
        "explanation",
    ] {
        assert!(
            findings.iter().all(|f| f.get(key).is_some()),
            "a finding lacks {key}"
        );
    }
    assert_eq!(v["kpi_scores"].as_array().unwrap().len(), 5);
}

#[test]
fn the_date_decides_whether_a_platform_operates() {
    let f = file("date", "khung.json", FRAMEWORK);
    let soc = |date: &str| -> serde_json::Value {
        let o = khung(&[
            "check",
            f.to_str().unwrap(),
            "--format",
            "json",
            "--date",
            date,
        ]);
        json(&o)["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["component_id"] == "soc")
            .cloned()
            .expect("the SOC is an overlap")
    };
    let before = soc("2026-11-23");
    assert_eq!(before["severity"], "warning");
    assert_eq!(before["go_live"], "Năm 2026");
    assert_eq!(before["rule"], "1132-art2-k3");
    assert_eq!(soc("2027-01-01")["severity"], "violation");
}

#[test]
fn text_groups_by_severity_then_scores() {
    let f = file("text", "khung.json", FRAMEWORK);
    let o = khung(&["check", f.to_str().unwrap(), "--date", "2026-11-23"]);
    assert_eq!(o.status.code(), Some(1));
    let t = stdout(&o);
    let v = t.find("Vi phạm").expect("violations");
    let w = t.find("Cảnh báo").expect("warnings");
    let k = t.find("KPI-1").expect("scores");
    assert!(v < w && w < k, "{t}");
    assert!(t.contains("«Hệ thống đấu thầu qua mạng của tỉnh» B-28"));
    assert_eq!(
        t.lines()
            .filter(|l| l.trim_start().starts_with("KPI-"))
            .count(),
        5
    );
}

#[test]
fn a_framework_without_violations_exits_with_zero() {
    let new = khung(&["new", "--kind", "ministry", "--agency", "Bộ Y tế"]);
    assert!(new.status.success());
    let f = file("clean", "bo-y-te.json", &stdout(&new));
    let o = khung(&["check", f.to_str().unwrap(), "--date", "2026-11-23"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn a_csv_inventory_is_read_with_its_kind_and_agency() {
    let csv = "Tên hệ thống,Mô tả,Trạng thái,Lớp\n\
               App công dân số tỉnh,Ứng dụng di động cho người dân,existing,4\n\
               Phần mềm quản lý đất đai,Hồ sơ địa chính,existing,3\n";
    let f = file("csv", "inventory.csv", csv);
    let o = khung(&[
        "check",
        f.to_str().unwrap(),
        "--kind",
        "province",
        "--agency",
        "Tỉnh Phú Thọ",
        "--format",
        "json",
        "--date",
        "2026-11-23",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["agency"], "Tỉnh Phú Thọ");
    let app = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["component"] == "App công dân số tỉnh" && f["kind"] == "overlap")
        .expect("the citizen app duplicates VNeID");
    assert_eq!(app["platform"], "A-02");
}

#[test]
fn content_not_starting_with_a_brace_is_read_as_csv() {
    let f = file(
        "sniff",
        "inventory.txt",
        "name,status\nTrung tâm SOC tỉnh,planned\n",
    );
    let o = khung(&[
        "check",
        f.to_str().unwrap(),
        "--kind",
        "province",
        "--date",
        "2026-11-23",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("A-13"));
}

#[test]
fn kind_and_agency_override_the_files() {
    // The owner's own platform is never an overlap for its owner.
    let f = file("override", "khung.json", FRAMEWORK);
    let o = khung(&[
        "check",
        f.to_str().unwrap(),
        "--kind",
        "ministry",
        "--agency",
        "Bộ Tài chính",
        "--format",
        "json",
        "--date",
        "2026-11-23",
    ]);
    let v = json(&o);
    assert_eq!(v["kind"], "ministry");
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["platform"] != "B-28"));
}

#[test]
fn unusable_input_exits_with_two_and_says_where() {
    let missing = khung(&["check", "/nonexistent/khung.json"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("/nonexistent/khung.json"));

    let broken = file(
        "broken",
        "broken.json",
        "{\n  \"schema\": \"khung/framework@1\",\n  \"title\": 3\n}",
    );
    let o = khung(&["check", broken.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("broken.json"), "{}", stderr(&o));

    let csv = file("badcsv", "bad.csv", "name,layer\nA,3\nB,3,extra\n");
    let o = khung(&["check", csv.to_str().unwrap(), "--kind", "province"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("bad.csv:3"), "{}", stderr(&o));

    let o = khung(&["check", csv.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--kind"), "{}", stderr(&o));

    for args in [
        vec!["check"],
        vec!["check", csv.to_str().unwrap(), "--kind", "tinh"],
        vec![
            "check",
            csv.to_str().unwrap(),
            "--kind",
            "province",
            "--format",
            "xml",
        ],
        vec![
            "check",
            csv.to_str().unwrap(),
            "--kind",
            "province",
            "--date",
            "23/11/2026",
        ],
    ] {
        let o = khung(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(!stderr(&o).contains("panicked"), "{args:?}");
    }
}

#[test]
fn usage_names_the_check_command() {
    let o = khung(&["--help"]);
    assert!(stdout(&o).contains("khung check FILE"));
}

#[test]
fn an_inventory_reports_national_components_and_possible_overlaps_by_kind() {
    let f = file(
        "national",
        "kiemke.csv",
        "name,description,layer,status\n\
         Hệ thống thư điện tử công vụ,,3,mở rộng\n\
         Cổng thông tin điện tử,\"Đăng tin tức, văn bản và dữ liệu mở\",4,existing\n",
    );
    let o = khung(&[
        "check",
        f.to_str().unwrap(),
        "--kind",
        "ministry",
        "--agency",
        "Bộ Y tế",
        "--format",
        "json",
        "--date",
        "2026-11-23",
    ]);
    // Neither is a violation: a national component is a warning, a possible overlap information.
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json(&o);
    let kinds: Vec<(&str, &str, &str)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["component"] != "")
        .map(|f| {
            (
                f["kind"].as_str().unwrap(),
                f["platform"].as_str().unwrap_or(""),
                f["severity"].as_str().unwrap(),
            )
        })
        .collect();
    assert!(kinds.contains(&("national_component", "QG-THU-DIEN-TU", "warning")));
    assert!(kinds.contains(&("possible_overlap", "A-07", "info")));
    let text = khung(&[
        "check",
        f.to_str().unwrap(),
        "--kind",
        "ministry",
        "--agency",
        "Bộ Y tế",
        "--date",
        "2026-11-23",
    ]);
    let out = stdout(&text);
    assert!(out.contains("national_component «Hệ thống thư điện tử công vụ» QG-THU-DIEN-TU"));
    assert!(out.contains("3090/QĐ-BKHCN, Phần II.3.c"));
}
