//! The `khung` binary, run as a user runs it.

use std::process::Command;

fn khung(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_khung"))
        .args(args)
        .output()
        .expect("khung runs")
}

#[test]
fn version_prints_the_crate_version() {
    let out = khung(&["--version"]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        format!("khung {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn catalogue_json_has_the_documented_keys() {
    let out = khung(&["catalogue", "--format", "json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in [
        "platforms",
        "reference_architectures",
        "plan",
        "layers",
        "principles",
        "agencies",
        "glossary",
    ] {
        assert!(v.get(key).is_some(), "missing key {key}");
    }
    let platforms = v["platforms"].as_array().unwrap();
    assert_eq!(platforms.len(), 79);
    for field in [
        "id", "group", "name", "purpose", "owner", "start", "layer", "source",
    ] {
        assert!(
            platforms.iter().all(|p| p.get(field).is_some()),
            "a platform lacks {field}"
        );
    }
}

#[test]
fn national_svg_export_holds_the_four_layers() {
    let out = khung(&["export", "--national", "--format", "svg"]);
    assert!(out.status.success());
    let svg = String::from_utf8(out.stdout).unwrap();
    for title in [
        "Hạ tầng số và an ninh mạng dùng chung",
        "Dữ liệu và nền tảng lõi",
        "Ứng dụng và nghiệp vụ dùng chung",
        "Kênh tương tác và đo lường hiệu quả",
    ] {
        assert!(svg.contains(title), "{title} missing");
    }
}

#[test]
fn bad_arguments_exit_2_with_a_message() {
    let out = khung(&["export", "--national", "--format", "pdf"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("pdf"));
    assert_eq!(khung(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn catalogue_operational_follows_the_date() {
    let flag = |date: &str, id: &str| {
        let out = khung(&["catalogue", "--date", date]);
        assert!(out.status.success());
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let p = v["platforms"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .unwrap()
            .clone();
        p["operational"].as_bool().unwrap()
    };
    // B-30 starts on 01/7/2026; A-02 (VNeID) was already operating; A-14 in 2027–2028.
    assert!(!flag("2026-06-30", "B-30"));
    assert!(flag("2026-07-01", "B-30"));
    assert!(flag("2026-01-01", "A-02"));
    assert!(!flag("2028-12-31", "A-14"));
    assert!(flag("2029-01-01", "A-14"));
    assert_eq!(
        khung(&["catalogue", "--date", "2026-02-30x"]).status.code(),
        Some(2)
    );
}
