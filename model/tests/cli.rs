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

fn temp(name: &str, contents: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("khung-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, contents).unwrap();
    p
}

#[test]
fn json_export_of_an_export_is_the_same_bytes() {
    let new = khung(&["new", "--kind", "province", "--agency", "Lâm Đồng"]);
    assert!(new.status.success());
    let p = temp("new.json", &new.stdout);
    let once = khung(&["export", p.to_str().unwrap(), "--format", "json"]);
    assert!(once.status.success());
    let q = temp("once.json", &once.stdout);
    let twice = khung(&["export", q.to_str().unwrap(), "--format", "json"]);
    assert_eq!(once.stdout, twice.stdout);
    assert_eq!(once.stdout, new.stdout);
}

#[test]
fn a_csv_inventory_exports_to_every_format() {
    let csv = "\u{feff}name,layer,status,connects_to\r\nHệ thống một cửa điện tử tỉnh,3,planned,LGSP tỉnh\r\nLGSP tỉnh,2,existing,\r\n";
    let p = temp("kiemke.csv", csv.as_bytes());
    for format in ["svg", "dot", "json", "csv", "archimate"] {
        let out = khung(&[
            "export",
            p.to_str().unwrap(),
            "--format",
            format,
            "--kind",
            "province",
        ]);
        assert!(
            out.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("LGSP tỉnh"), "{format} lacks a component");
    }
    let csv_out = khung(&[
        "export",
        p.to_str().unwrap(),
        "--format",
        "csv",
        "--kind",
        "province",
    ]);
    assert!(
        csv_out.stdout.starts_with(b"\xEF\xBB\xBF"),
        "CSV export has no BOM"
    );
    let svg = khung(&["export", p.to_str().unwrap(), "--format", "svg"]);
    let s = temp("roundtrip.svg", &svg.stdout);
    let back = khung(&["export", s.to_str().unwrap(), "--format", "json"]);
    assert!(
        back.status.success(),
        "{}",
        String::from_utf8_lossy(&back.stderr)
    );
    assert!(String::from_utf8(back.stdout)
        .unwrap()
        .contains("Hệ thống một cửa điện tử tỉnh"));
}

#[test]
fn unusable_input_exits_2_naming_file_line_and_field() {
    let p = temp("bad.csv", "name,layer\nA,2\nB,7\n".as_bytes());
    let out = khung(&["export", p.to_str().unwrap(), "--format", "svg"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("bad.csv:3") && err.contains("layer") && err.contains('7'),
        "{err}"
    );

    let p = temp("bad.json", b"{\"schema\": \"khung/framework@1\", \"title\": \"t\", \"kind\": \"province\",\n \"components\": [\xff]}");
    let out = khung(&["export", p.to_str().unwrap(), "--format", "json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("bad.json:2"));

    let deep = format!(
        "{{\"schema\": \"khung/framework@1\", \"x\": {}}}",
        "[".repeat(50_000)
    );
    let p = temp("deep.json", deep.as_bytes());
    let out = khung(&["check", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
}
