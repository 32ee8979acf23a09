//! `khung diff` and `khung merge` as a user and as git run them.

mod common;

use common::{khung, temp_dir};
use std::path::Path;
use std::process::Command;

const BASE: &str = r#"{
  "schema": "khung/framework@1",
  "title": "Khung kiến trúc số tỉnh Lâm Đồng",
  "kind": "province",
  "agency": "Lâm Đồng",
  "components": [
    {"id": "c1", "name": "LGSP tỉnh", "layer": 2},
    {"id": "c2", "name": "Cổng dịch vụ công", "layer": 4, "platform": "A-01"},
    {"id": "c3", "name": "Kho dữ liệu dùng chung", "layer": 2}
  ],
  "connections": [{"id": "e1", "from": "c1", "to": "c2", "label": "tích hợp"}]
}"#;

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_owned()
}

#[test]
fn diff_of_a_file_with_itself_exits_0() {
    let dir = temp_dir("diff_same");
    let a = write(&dir, "a.json", BASE);
    let out = khung(&["diff", &a, &a]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("giống nhau"));
}

#[test]
fn diff_json_lists_added_removed_and_changed_fields_and_exits_1() {
    let dir = temp_dir("diff_json");
    let a = write(&dir, "a.json", BASE);
    let b = write(
        &dir,
        "b.json",
        &BASE
            .replace(r#""layer": 2}"#, r#""layer": 2, "status": "planned"}"#)
            .replace(
                r#"{"id": "c3", "name": "Kho dữ liệu dùng chung", "layer": 2, "status": "planned"}"#,
                r#"{"id": "c4", "name": "Trung tâm giám sát", "layer": 1}"#,
            ),
    );
    let out = khung(&["diff", &a, &b, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["added"][0]["id"], "c4");
    assert_eq!(v["added"][0]["type"], "component");
    assert_eq!(v["removed"][0]["id"], "c3");
    assert_eq!(v["changed"][0]["id"], "c1");
    assert_eq!(v["changed"][0]["field"], "status");
    assert_eq!(v["changed"][0]["old"], "existing");
    assert_eq!(v["changed"][0]["new"], "planned");
    let text = khung(&["diff", &a, &b]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("+ thành phần c4 «Trung tâm giám sát»"),
        "{text}"
    );
    assert!(
        text.contains("~ thành phần c1 «LGSP tỉnh» status"),
        "{text}"
    );
}

#[test]
fn diff_of_an_unreadable_file_names_it_and_exits_2() {
    let dir = temp_dir("diff_bad");
    let a = write(&dir, "a.json", BASE);
    let bad = write(
        &dir,
        "bad.json",
        &BASE.replace("\"layer\": 4", "\"layer\": 9"),
    );
    let out = khung(&["diff", &a, &bad]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.json") && err.contains("components[1].layer"),
        "{err}"
    );
}

/// Runs `khung merge` on BASE and the two sides' texts; returns the output and the result file.
fn run_merge(name: &str, ours: &str, theirs: &str) -> (std::process::Output, String) {
    let dir = temp_dir(name);
    let base = write(&dir, "base.json", BASE);
    let ours = write(&dir, "ours.json", ours);
    let theirs = write(&dir, "theirs.json", theirs);
    let out_path = dir.join("out.json");
    let out = khung(&[
        "merge",
        &base,
        &ours,
        &theirs,
        "-o",
        out_path.to_str().unwrap(),
    ]);
    (out, std::fs::read_to_string(&out_path).unwrap_or_default())
}

#[test]
fn merge_takes_both_sides_edits_and_exits_0() {
    let (out, merged) = run_merge(
        "merge_clean",
        &BASE.replace("LGSP tỉnh", "Nền tảng LGSP tỉnh"),
        &BASE.replace(r#""label": "tích hợp""#, r#""label": "kết nối""#),
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(merged.contains("Nền tảng LGSP tỉnh") && merged.contains("kết nối"));
}

#[test]
fn merge_lists_a_clash_keeps_ours_and_exits_1() {
    let (out, merged) = run_merge(
        "merge_clash",
        &BASE.replace("LGSP tỉnh", "LGSP A"),
        &BASE.replace("LGSP tỉnh", "LGSP B"),
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("c1 name") && err.contains("LGSP B"), "{err}");
    assert!(merged.contains("LGSP A"));
}

fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=Khung",
            "-c",
            "user.email=khung@example.invalid",
        ])
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git runs")
}

fn git_ok(dir: &Path, args: &[&str]) {
    let out = git(dir, args);
    assert!(out.status.success(), "git {args:?}: {out:?}");
}

/// A real `git merge` of two branches that edit one framework file, with khung as the merge
/// driver configured as the README says. Git's line merge would clash here, since both edits
/// touch neighbouring lines; khung's merge by id does not.
#[test]
fn git_merge_uses_khung_as_its_driver() {
    let dir = temp_dir("git_merge");
    git_ok(&dir, &["init", "-q", "-b", "main"]);
    let driver = format!("{} merge %O %A %B -o %A", env!("CARGO_BIN_EXE_khung"));
    git_ok(
        &dir,
        &["config", "merge.khung.name", "Khung framework merge"],
    );
    git_ok(&dir, &["config", "merge.khung.driver", &driver]);
    write(&dir, ".gitattributes", "*.khung.json merge=khung\n");
    write(&dir, "lam-dong.khung.json", BASE);
    git_ok(&dir, &["add", "."]);
    git_ok(&dir, &["commit", "-q", "-m", "base"]);

    git_ok(&dir, &["checkout", "-q", "-b", "theirs"]);
    write(
        &dir,
        "lam-dong.khung.json",
        &BASE.replace(
            r#""name": "LGSP tỉnh", "layer": 2"#,
            r#""name": "LGSP tỉnh", "layer": 2, "owner": "Sở KH&CN""#,
        ),
    );
    git_ok(&dir, &["commit", "-q", "-am", "owner"]);

    git_ok(&dir, &["checkout", "-q", "main"]);
    write(
        &dir,
        "lam-dong.khung.json",
        &BASE.replace(
            r#""name": "LGSP tỉnh", "layer": 2"#,
            r#""name": "LGSP tỉnh", "layer": 2, "status": "planned""#,
        ),
    );
    git_ok(&dir, &["commit", "-q", "-am", "status"]);

    let out = git(&dir, &["merge", "-q", "--no-edit", "theirs"]);
    assert!(out.status.success(), "{out:?}");
    let merged = std::fs::read_to_string(dir.join("lam-dong.khung.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&merged).unwrap();
    assert_eq!(v["components"][0]["owner"], "Sở KH&CN");
    assert_eq!(v["components"][0]["status"], "planned");

    // A clash stops the merge, as a conflict, with khung's list in git's output.
    git_ok(&dir, &["checkout", "-q", "-b", "clash"]);
    let now = merged.clone();
    write(
        &dir,
        "lam-dong.khung.json",
        &now.replace("Sở KH&CN", "Sở Nội vụ"),
    );
    git_ok(&dir, &["commit", "-q", "-am", "owner B"]);
    git_ok(&dir, &["checkout", "-q", "main"]);
    write(
        &dir,
        "lam-dong.khung.json",
        &now.replace("Sở KH&CN", "Văn phòng UBND"),
    );
    git_ok(&dir, &["commit", "-q", "-am", "owner A"]);
    let out = git(&dir, &["merge", "--no-edit", "clash"]);
    assert!(!out.status.success());
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        said.contains("c1 owner") && said.contains("Sở Nội vụ"),
        "{said}"
    );
    assert!(said.contains("CONFLICT"), "{said}");
}
