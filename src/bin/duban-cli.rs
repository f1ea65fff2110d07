//! `duban-cli parse FILE|-`: prints the outline of a pasted document as JSON
//! (the schema of issue 3, see `duban::parser::json`).

use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str =
    "用法 / usage: duban-cli parse FILE   (FILE 为 - 时读取标准输入 / - reads stdin)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = match args.as_slice() {
        [cmd, path] if cmd == "parse" => path.as_str(),
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
    let outline = duban::parser::parse(text);
    let json = duban::parser::json::to_json(&outline);
    let mut out = std::io::stdout().lock();
    if writeln!(out, "{json}").and_then(|_| out.flush()).is_err() {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
