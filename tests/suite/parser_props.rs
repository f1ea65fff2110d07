//! Properties of the parser on arbitrary input: it never panics, every non-blank
//! line is accounted for, and parsing the normalised text gives the same outline.

use crate::parser_support;

use duban::parser::{check_accounting, normalise, parse};
use proptest::prelude::*;

/// Fragments that exercise every stage: numbers of all styles, labels, brackets,
/// furniture, odd spaces and line breaks, Traditional forms, width variants.
const PIECES: &[&str] = &[
    "一、",
    "（一）",
    "(二)",
    "十一、",
    "1.",
    "1．",
    "２、",
    "(3)",
    "①",
    "⑴",
    "⒈",
    "第一条",
    "1.1",
    "2.3.4",
    "牵头领导：",
    "责任单位:",
    "牵头单位:",
    "配合单位：",
    "牽頭單位：",
    "完成时限:",
    "市发改局",
    "、",
    "，",
    ",",
    "。",
    "；",
    "(",
    ")",
    "（",
    "）",
    "〔",
    "〕",
    "【",
    "】",
    "[",
    "]",
    "各镇(街道)",
    "市级有关部门",
    "等",
    "和",
    "分别牵头",
    "(列第一位者为牵头或汇总单位,下同)",
    "胡海达常务副市长负责主抓工作",
    "年底前",
    "6月底前",
    "本月底",
    "2023年",
    "2月10日",
    "〔2023〕9号",
    "抄送:",
    "印发",
    "责任编辑",
    "首页 | 新闻 |",
    "当前位置:",
    "@",
    // The markup of a source kept as it is (see normalise::strip_markup).
    "## ",
    "#",
    "&emsp;",
    "&nbsp;",
    "\n",
    "\n",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "\u{3000}",
    "\u{a0}",
    " ",
    "关于印发",
    "的通知",
    "工作要点",
    "《",
    "》",
    "•",
    "-",
    "的",
    "x",
    "é",
    "😀",
    "\u{200b}",
    "\u{feff}",
];

fn chinese_doc() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| v.concat())
}

fn mixed() -> impl Strategy<Value = String> {
    prop_oneof![
        chinese_doc(),
        any::<String>(),
        "[一二三十(（)）.、1-9 \n牵头单位:责任市局各镇]{0,200}"
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_accounts_for_every_line(s in mixed()) {
        let o = parse(&s);
        prop_assert!(check_accounting(&s, &o).is_ok(), "{:?}", check_accounting(&s, &o));
    }

    #[test]
    fn idempotent_on_normalised_text(s in mixed()) {
        let n = normalise(&s);
        prop_assert_eq!(normalise(&n), n.clone());
        prop_assert_eq!(parse(&n), parse(&s));
    }

    #[test]
    fn seeds_with_random_edits_still_account(seed in 0usize..5, cut in 0usize..40_000, insert in chinese_doc()) {
        let text = parser_support::fixture(&format!("00{seed}_"));
        let mut at = cut.min(text.len());
        while !text.is_char_boundary(at) { at -= 1; }
        let s = format!("{}{}{}", &text[..at], insert, &text[at..]);
        let o = parse(&s);
        prop_assert!(check_accounting(&s, &o).is_ok(), "{:?}", check_accounting(&s, &o));
    }
}

#[test]
fn seeds_are_idempotent() {
    for p in ["000_", "001_", "002_", "003_", "004_"] {
        let s = parser_support::fixture(p);
        assert_eq!(parse(&normalise(&s)), parse(&s), "{p}");
    }
}

#[test]
fn adversarial_inputs_do_not_overflow_or_hang() {
    let deep: String = (1..=6)
        .map(|d| format!("{}推进\n", vec!["1"; d].join(".")))
        .collect::<String>()
        .repeat(2000);
    let wide = "(".repeat(100_000) + &")".repeat(100_000);
    let long_line = "市发改局、".repeat(50_000);
    let many_tasks: String = (1..=999)
        .map(|i| format!("{i}.任务\n责任单位:区财政局\n"))
        .collect::<String>()
        .repeat(5);
    for s in [deep, wide, long_line, many_tasks] {
        let start = std::time::Instant::now();
        let o = parse(&s);
        assert!(check_accounting(&s, &o).is_ok());
        assert!(start.elapsed().as_secs() < 5, "too slow");
    }
}

/// Found by `scripts/fuzz-parser` (minimised): a cover notice's item repeated after
/// its signature was ignored twice, once as a line and once with the notice set apart.
#[test]
fn a_notice_set_apart_ignores_each_line_once() {
    let s = "\u{6500}\u{fffd}\u{3000}１．深\u{fffd}化营商环境改革，推进“一件事”集成改革。〔责任领导：王\u{fffd}厉\u{fffd}市长；牵头单位：市政务办；配合单位：市\u{fffd}\n\
             \u{3000}\u{3000}经市政府同意，现将《2023年重点工作任务分工方案》印发给你们\u{fffd}  \u{fffd}\u{fffd}认真贯彻落实。\n\
             ２０２３年３月１日\n\
             \u{6500}\u{fffd}\u{3000}１．深\u{fffd}化营商环境改革，推进“一件事”集成改革。〔责任领导：王\u{fffd}厉\u{fffd}市长；牵头单位：市政务办；配合单位：市\u{fffd}\n\
             ２０２３年３月１日\n\
             \u{3000}\u{3000}一、扎实推动经济稳进提质";
    let o = parse(s);
    assert_eq!(check_accounting(s, &o), Ok(()));
}

/// Found by `scripts/fuzz-parser` (minimised): a date line cut into items run together
/// ("2023年2月10日\u{7}一、…一、") after a numbered item.
#[test]
fn a_date_line_with_items_run_together_ignores_each_line_once() {
    let s = "\n2.\n2023年2月10日\u{7}一、\u{fffd}\0\0\u{7}\u{7}\u{7}\u{7}\u{7}\0\0\0\0\0\0\0\0\u{7}\u{7}\u{7}\u{7}一、\u{7}\u{7}\u{7}\u{7}\0\u{fffd} |";
    let o = parse(s);
    assert_eq!(check_accounting(s, &o), Ok(()));
}

/// Found by `scripts/fuzz-parser` (minimised): a label cut from the middle of a line
/// ("1.\t责任单位:。\t责任单位:…") looked back past its line's earlier parts to the line
/// above, and made that line an item out of order.
#[test]
fn a_label_cut_from_a_line_looks_back_within_its_line() {
    let s = "1.\u{fffd}\t责任单位:\n\u{fffd}\n1.\t责任单位:。\t责任单位:\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}";
    let o = parse(s);
    assert_eq!(check_accounting(s, &o), Ok(()));
}
