//! Helpers the command-line tests share: running `khung` and a fresh directory per test.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs the `khung` binary with `args`.
pub(crate) fn khung(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_khung"))
        .args(args)
        .output()
        .expect("khung runs")
}

/// A fresh, empty directory under the target dir, named after the test.
pub(crate) fn temp_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
