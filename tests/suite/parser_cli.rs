//! `duban-cli parse FILE|-`: the exact JSON schema, stdin, and exit code 2 for
//! non-UTF-8 input and usage errors.

use std::io::Write;
use std::process::{Command, Stdio};

const CLI: &str = env!("CARGO_BIN_EXE_duban-cli");

fn fixture_path(prefix: &str) -> std::path::PathBuf {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    std::fs::read_dir(dir)
        .expect("fixtures")
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .expect("fixture")
        .path()
}

fn run_stdin(args: &[&str], input: &[u8]) -> std::process::Output {
    let mut child = Command::new(CLI)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write");
    child.wait_with_output().expect("wait")
}

#[test]
fn prints_the_exact_schema() {
    let out = Command::new(CLI)
        .arg("parse")
        .arg(fixture_path("003_"))
        .output()
        .expect("run");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let keys = |o: &serde_json::Value| -> Vec<String> {
        let mut k: Vec<String> = o.as_object().expect("object").keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&v), ["documents", "ignored", "warnings"]);
    let d = &v["documents"][0];
    assert_eq!(keys(d), ["date", "doc_number", "issuer", "nodes", "title"]);
    assert_eq!(d["date"], "2021-03-25");
    let s = &d["nodes"][1];
    assert_eq!(s["number"], "二、");
    assert_eq!(s["kind"], "section");
    let t = &s["children"][0];
    assert_eq!(
        keys(t),
        [
            "children",
            "coop_units",
            "deadline",
            "kind",
            "lead_units",
            "leaders",
            "line",
            "number",
            "text"
        ]
    );
    assert_eq!(t["number"], "(一)");
    assert_eq!(t["kind"], "task");
    assert_eq!(t["leaders"], serde_json::json!(["胡海达"]));
    assert_eq!(t["lead_units"], serde_json::json!(["市发改局"]));
    assert_eq!(t["coop_units"][4], "市级有关部门");
    assert!(t["deadline"].is_null());
    assert_eq!(t["line"], 39);
    let i = &v["ignored"][0];
    assert_eq!(keys(i), ["line", "reason", "text"]);
    assert_eq!(i["reason"], "网页导航");
}

#[test]
fn reads_stdin_and_folds_full_width_names() {
    let out = run_stdin(
        &["parse", "-"],
        "一、综合\r\n（一）做好工作。\r\n牵头单位：市委组织部（市人才办）\r\n".as_bytes(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let t = &v["documents"][0]["nodes"][0]["children"][0];
    assert_eq!(t["number"], "（一）");
    assert_eq!(t["lead_units"][0], "市委组织部(市人才办)");
}

#[test]
fn non_utf8_is_exit_2_with_a_message() {
    let gbk = [0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdb, 0xba, 0xcf]; // "一、综合" in GBK
    let out = run_stdin(&["parse", "-"], &gbk);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("UTF-8"), "{err}");
    assert!(!err.contains("panicked"));
}

#[test]
fn usage_errors_are_exit_2() {
    for args in [
        &[][..],
        &["parse"][..],
        &["frobnicate", "x"][..],
        &["parse", "a", "b"][..],
    ] {
        let out = Command::new(CLI).args(args).output().expect("run");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("usage"));
    }
    let out = Command::new(CLI)
        .args(["parse", "/nonexistent/file.txt"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
}

/// `duban-cli parse` tells a .docx, a web page saved as .doc, an old .doc and a PDF by
/// their bytes, whatever their name.
#[test]
fn files_are_told_by_their_bytes() {
    use crate::docx_support::{abstract_num, docx, np, num, official_levels, p};
    let dir = std::env::temp_dir().join(format!("duban-cli-sniff-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).expect("write");
        path
    };
    let parse = |path: &std::path::Path| {
        Command::new(CLI)
            .arg("parse")
            .arg(path)
            .output()
            .expect("run")
    };
    // Named .txt, but a .docx whose numbers are automatic: they are in the outline.
    let file = docx(
        &[
            p("2024年工作要点"),
            np(1, 0, "总体要求"),
            np(1, 1, "推进项目建设。责任单位：市发改委"),
        ]
        .concat(),
        &[abstract_num(0, &official_levels()), num(1, 0)].concat(),
        "",
    );
    let out = parse(&write("要点.txt", &file));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let section = &v["documents"][0]["nodes"][0];
    assert_eq!(section["number"], "一、");
    assert_eq!(section["children"][0]["number"], "（一）");
    assert_eq!(
        section["children"][0]["lead_units"],
        serde_json::json!(["市发改委"])
    );
    // A web page saved as .doc: its text, without tags.
    let page = "<html><body><p>一、总体要求</p><p>（一）推进项目建设。责任单位：市发改委</p></body></html>";
    let out = parse(&write("网页.doc", page.as_bytes()));
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        v["documents"][0]["nodes"][0]["children"][0]["lead_units"],
        serde_json::json!(["市发改委"])
    );
    assert!(!String::from_utf8_lossy(&out.stdout).contains("<p>"));
    // An old .doc, a PDF and a damaged .docx: exit 2 with the page's message.
    for (name, bytes, says) in [
        (
            "旧.doc",
            [&[0xD0, 0xCF, 0x11, 0xE0][..], &[0; 60]].concat(),
            "另存为 .docx",
        ),
        ("文件.pdf", b"%PDF-1.7\n".to_vec(), "复制全文后粘贴"),
        ("坏.docx", file[..file.len() / 2].to_vec(), "已损坏"),
    ] {
        let out = parse(&write(name, &bytes));
        assert_eq!(out.status.code(), Some(2), "{name}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(says),
            "{name}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
