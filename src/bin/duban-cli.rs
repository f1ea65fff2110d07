//! `duban-cli parse FILE|-`: prints the outline of a pasted document as JSON
//! (the schema of issue 3, see `duban::parser::json`). The file is told by its bytes, as
//! the page tells it: a .docx is read by `duban::docx` (automatic numbers written out),
//! an HTML or MHTML page (often named .doc) as its text; a .doc, .wps or PDF exits 2
//! with the page's message. `duban-cli text FILE|-` prints the text the parser reads
//! (a .docx with its automatic numbers written out, a web page without its tags).
//!
//! `duban-cli units FILE…`: the merged units of the given documents as JSON,
//! `[{"name", "names", "group", "lead", "coop"}]`, by the rules of `duban::units`.
//!
//! `duban-cli eval-corpus [DIR] [-v] [--update-floor] [--paste-form tabs|lines]`: scores the
//! parser against the hand-labelled corpus (`tests/corpus` by default, see
//! `duban::corpus`); exits 1 when a target of issue 11 is not met. `--update-floor`
//! records today's figures as the floor that `cargo test` holds every document to.
//! `--paste-form tabs` scores the documents whose tables are between bars with those
//! tables between tabs, as Word, Excel or a browser copies them; `--paste-form lines`
//! with each cell marked by bars on a line of its own without them.

use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str =
    "用法 / usage: duban-cli parse FILE   (FILE 为 - 时读取标准输入 / - reads stdin)
             duban-cli text FILE    (文件的正文，即解析的输入 / the text the parser reads)
             duban-cli units FILE…
             duban-cli eval-corpus [DIR] [-v] [--update-floor] [--paste-form tabs|lines]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("eval-corpus") {
        return eval_corpus(&args[1..]);
    }
    if args.first().map(String::as_str) == Some("units") && args.len() > 1 {
        return units(&args[1..]);
    }
    let (path, text_only) = match args.as_slice() {
        [cmd, path] if cmd == "parse" => (path.as_str(), false),
        [cmd, path] if cmd == "text" => (path.as_str(), true),
        [flag] if flag == "-h" || flag == "--help" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut bytes = Vec::new();
    let read = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map(|_| ())
    };
    if let Err(e) = read {
        eprintln!("duban-cli: 无法读取 {path}: {e}");
        return ExitCode::from(2);
    }
    use duban::text_file::{document_text, sniff, Sniffed};
    let bytes = match sniff(&bytes) {
        Sniffed::Docx | Sniffed::WebPage => {
            match document_text(&bytes, duban::web_page::decode_utf8) {
                Ok(text) => text.into_bytes(),
                Err(message) => {
                    eprintln!("duban-cli: {path}: {message}");
                    return ExitCode::from(2);
                }
            }
        }
        Sniffed::Refused(message) if !bytes.is_empty() => {
            eprintln!("duban-cli: {path}: {message}");
            return ExitCode::from(2);
        }
        _ => bytes,
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            eprintln!(
                "duban-cli: {path} 不是 UTF-8 文本(第 {} 字节处无效);请先转换编码,例如 iconv -f GBK -t UTF-8 / input is not valid UTF-8",
                e.utf8_error().valid_up_to()
            );
            return ExitCode::from(2);
        }
    };
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    if text_only {
        let mut out = std::io::stdout().lock();
        return match writeln!(out, "{text}").and_then(|_| out.flush()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(_) => ExitCode::from(1),
        };
    }
    let outline = duban::parser::parse(text);
    let json = duban::parser::json::to_json(&outline);
    let mut out = std::io::stdout().lock();
    if writeln!(out, "{json}").and_then(|_| out.flush()).is_err() {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

fn eval_corpus(args: &[String]) -> ExitCode {
    let verbose = args.iter().any(|a| a == "-v");
    let update = args.iter().any(|a| a == "--update-floor");
    let dir = args
        .iter()
        .enumerate()
        .find(|&(i, a)| !a.starts_with('-') && (i == 0 || args[i - 1] != "--paste-form"))
        .map_or("tests/corpus", |(_, a)| a.as_str());
    let dir = std::path::Path::new(dir);
    // ("--paste-form tabs": the same documents with their tables between tabs.)
    let form = match args.iter().position(|a| a == "--paste-form") {
        None => duban::corpus::PasteForm::AsFound,
        Some(i) => match args
            .get(i + 1)
            .and_then(|n| duban::corpus::PasteForm::named(n))
        {
            Some(form) => form,
            None => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        },
    };
    if update && form != duban::corpus::PasteForm::AsFound {
        eprintln!("duban-cli: --update-floor records the documents as found only");
        return ExitCode::from(2);
    }
    let report = match duban::corpus::evaluate_dir_as(dir, form) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("duban-cli: {e}");
            return ExitCode::from(2);
        }
    };
    print!("{}", report.table(verbose));
    if form != duban::corpus::PasteForm::AsFound {
        // The same documents as found, to compare with.
        if let Ok(mut found) = duban::corpus::evaluate_dir(dir) {
            found
                .docs
                .retain(|d| report.docs.iter().any(|t| t.name == d.name));
            print!("\nthe same documents as found:{}", found.summary());
        }
    }
    if update {
        let floor = duban::corpus::floors(&report);
        let json = serde_json::to_string_pretty(&floor).unwrap_or_default();
        let path = dir.join("floor.json");
        if let Err(e) = std::fs::write(&path, json + "\n") {
            eprintln!("duban-cli: {}: {e}", path.display());
            return ExitCode::from(2);
        }
        println!("floor written to {}", path.display());
    }
    let unmet = report.unmet();
    if unmet.is_empty() {
        println!("all targets met");
        ExitCode::SUCCESS
    } else {
        for u in unmet {
            println!("target not met: {u}");
        }
        ExitCode::from(1)
    }
}

fn units(paths: &[String]) -> ExitCode {
    let mut outlines = Vec::new();
    for path in paths {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("duban-cli: 无法读取 {path}: {e}");
                return ExitCode::from(2);
            }
        };
        let Ok(text) = String::from_utf8(bytes) else {
            eprintln!("duban-cli: {path} 不是 UTF-8 文本 / input is not valid UTF-8");
            return ExitCode::from(2);
        };
        outlines.push(duban::parser::parse(
            text.strip_prefix('\u{FEFF}').unwrap_or(&text),
        ));
    }
    let merged = duban::units::merged_units(&outlines);
    match serde_json::to_string_pretty(&merged) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(_) => ExitCode::from(1),
    }
}
