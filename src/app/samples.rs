//! The five public documents offered as samples, so that something real shows with one
//! click and no paste. They are the parser's first test fixtures too.
//!
//! None is built into the page: they are copied next to it (`samples/…`, see
//! index.html) and fetched, from the same server, when chosen, and the one shown on a
//! first visit as soon as the page is up — the bundle every visitor downloads stays
//! smaller (the single file, scripts/build-single, carries them inline).

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

/// The sample shown on a first visit (003).
pub const FIRST_VISIT_ID: &str = "003";

/// The text of the sample shown on a first visit.
pub async fn first_visit_text() -> Result<String, &'static str> {
    match SAMPLES.iter().find(|s| s.id == FIRST_VISIT_ID) {
        Some(sample) => text_of(sample).await,
        None => Err("示例文档加载失败。"),
    }
}

/// A sample's text, fetched from `samples/`.
pub async fn text_of(sample: &Sample) -> Result<String, &'static str> {
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
