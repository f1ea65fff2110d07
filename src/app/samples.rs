//! The five public documents offered as samples, so that something real shows with one
//! click and no paste. They are the parser's first test fixtures too.
//!
//! Only the one shown on a first visit is built into the page; the others are copied
//! next to it (`samples/…`, see index.html) and fetched, from the same server, when
//! chosen — the bundle every visitor downloads stays smaller.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub struct Sample {
    pub id: &'static str,
    /// Button label.
    pub label: &'static str,
    /// File name under `samples/` in dist/ (and under tests/fixtures/ in the source).
    pub file: &'static str,
}

pub const SAMPLES: [Sample; 5] = [
    Sample {
        id: "000",
        label: "慈溪 2023年2月工作要点",
        file: "000_eb808605bcd38298.txt",
    },
    Sample {
        id: "001",
        label: "慈溪 2024年5月工作要点",
        file: "001_96982dac108d8883.txt",
    },
    Sample {
        id: "002",
        label: "慈溪 2018政府工作报告(网页)",
        file: "002_a715559df7f320cc.txt",
    },
    Sample {
        id: "003",
        label: "慈溪 2021目标任务责任分解",
        file: "003_e3432d323480545b.txt",
    },
    Sample {
        id: "004",
        label: "海曙 2023重点工作责任分解",
        file: "004_d6df480bf758b7b9.txt",
    },
];

/// The sample shown on a first visit (003), built in.
pub const FIRST_VISIT_ID: &str = "003";
pub const FIRST_VISIT_TEXT: &str = include_str!("../../tests/fixtures/003_e3432d323480545b.txt");

/// A sample's text: the built-in one at once, the others fetched from `samples/`.
pub async fn text_of(sample: &Sample) -> Result<String, &'static str> {
    if sample.id == FIRST_VISIT_ID {
        return Ok(FIRST_VISIT_TEXT.to_owned());
    }
    let failed = "示例文档加载失败，请检查网络连接后重试。";
    let window = web_sys::window().ok_or(failed)?;
    let url = format!("samples/{}", sample.file);
    let response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(|_| failed)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| failed)?;
    if !response.ok() {
        return Err(failed);
    }
    let text = JsFuture::from(response.text().map_err(|_| failed)?)
        .await
        .map_err(|_| failed)?;
    text.as_string().ok_or(failed)
}
