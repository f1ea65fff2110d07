//! The five public documents built into the page, so that something real shows with
//! one click and no paste. They are the parser's first test fixtures too.

pub struct Sample {
    pub id: &'static str,
    /// Button label.
    pub label: &'static str,
    pub text: &'static str,
}

pub const SAMPLES: [Sample; 5] = [
    Sample {
        id: "000",
        label: "慈溪 2023年2月工作要点",
        text: include_str!("../../tests/fixtures/000_eb808605bcd38298.txt"),
    },
    Sample {
        id: "001",
        label: "慈溪 2024年5月工作要点",
        text: include_str!("../../tests/fixtures/001_96982dac108d8883.txt"),
    },
    Sample {
        id: "002",
        label: "慈溪 2018政府工作报告(网页)",
        text: include_str!("../../tests/fixtures/002_a715559df7f320cc.txt"),
    },
    Sample {
        id: "003",
        label: "慈溪 2021目标任务责任分解",
        text: include_str!("../../tests/fixtures/003_e3432d323480545b.txt"),
    },
    Sample {
        id: "004",
        label: "海曙 2023重点工作责任分解",
        text: include_str!("../../tests/fixtures/004_d6df480bf758b7b9.txt"),
    },
];

/// The sample shown on a first visit.
pub const FIRST_VISIT: &Sample = &SAMPLES[3];
