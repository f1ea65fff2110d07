//! The .docx reader, one rule per test, on .docx files built for the purpose
//! (tests/suite/docx_support.rs): numbering (ECMA-376 §17.9), tables, tracked changes,
//! text boxes, content controls, and the files it must refuse.

use crate::docx_support::*;
use duban::docx::numbering::format_number;
use duban::docx::{docx_text, DocxError};

fn lines(text: &str) -> Vec<&str> {
    text.lines().collect()
}

#[test]
fn paragraphs_runs_tabs_and_breaks() {
    let body = format!(
        r#"{}<w:p><w:r><w:t>责任单位</w:t></w:r><w:r><w:tab/><w:t>市发改委</w:t><w:br/><w:t>完成时限：</w:t></w:r><w:r><w:t xml:space="preserve">6月底 &amp; 年底</w:t></w:r></w:p>{}"#,
        p("一、总体要求"),
        p("")
    );
    assert_eq!(
        read(&body, "", ""),
        "一、总体要求\n责任单位\t市发改委\n完成时限：6月底 & 年底\n"
    );
}

#[test]
fn stored_and_deflated_archives_read_alike() {
    let parts = docx_parts(&p("第一条 总则"), "", "");
    assert_eq!(
        docx_text(&zip(&parts, false)),
        docx_text(&zip(&parts, true))
    );
    assert_eq!(docx_text(&zip(&parts, false)).unwrap(), "第一条 总则");
}

fn numbered(levels: &str, body: &str) -> String {
    read(
        body,
        &format!("{}{}", abstract_num(0, levels), num(1, 0)),
        "",
    )
}

#[test]
fn number_formats_of_chinese_documents() {
    let cases: &[(&str, &[&str])] = &[
        (
            "chineseCounting",
            &[
                "一",
                "二",
                "十",
                "十一",
                "二十",
                "九十九",
                "一百",
                "一百零一",
                "一百一十",
                "一千零一十",
            ],
        ),
        (
            "chineseCountingThousand",
            &[
                "一",
                "二",
                "十",
                "十一",
                "二十",
                "九十九",
                "一百",
                "一百零一",
                "一百一十",
                "一千零一十",
            ],
        ),
        (
            "ideographDigital",
            &[
                "一",
                "二",
                "一〇",
                "一一",
                "二〇",
                "九九",
                "一〇〇",
                "一〇一",
                "一一〇",
                "一〇一〇",
            ],
        ),
        (
            "chineseLegalSimplified",
            &[
                "壹",
                "贰",
                "壹拾",
                "壹拾壹",
                "贰拾",
                "玖拾玖",
                "壹佰",
                "壹佰零壹",
                "壹佰壹拾",
                "壹仟零壹拾",
            ],
        ),
        (
            "decimal",
            &[
                "1", "2", "10", "11", "20", "99", "100", "101", "110", "1010",
            ],
        ),
        (
            "decimalFullWidth",
            &[
                "１",
                "２",
                "１０",
                "１１",
                "２０",
                "９９",
                "１００",
                "１０１",
                "１１０",
                "１０１０",
            ],
        ),
        (
            "decimalEnclosedCircle",
            &["①", "②", "⑩", "⑪", "⑳", "99", "100", "101", "110", "1010"],
        ),
        (
            "decimalEnclosedParen",
            &[
                "⑴", "⑵", "⑽", "⑾", "⒇", "(99)", "(100)", "(101)", "(110)", "(1010)",
            ],
        ),
        (
            "decimalZero",
            &[
                "01", "02", "10", "11", "20", "99", "100", "101", "110", "1010",
            ],
        ),
        (
            "upperRoman",
            &["I", "II", "X", "XI", "XX", "XCIX", "C", "CI", "CX", "MX"],
        ),
    ];
    let numbers = [1, 2, 10, 11, 20, 99, 100, 101, 110, 1010];
    for (format, expected) in cases {
        let shown: Vec<String> = numbers.iter().map(|&n| format_number(n, format)).collect();
        assert_eq!(&shown, expected, "{format}");
    }
    assert_eq!(format_number(10_010, "chineseCounting"), "一万零一十");
    // Letters repeat past Z: 27 → aa, 110 → fffff.
    assert_eq!(format_number(26, "lowerLetter"), "z");
    assert_eq!(format_number(27, "lowerLetter"), "aa");
    assert_eq!(format_number(110, "upperLetter"), "FFFFF");
    assert_eq!(format_number(3, "ideographTraditional"), "丙");
}

#[test]
fn each_format_in_a_real_list() {
    for (format, text, third) in [
        ("chineseCounting", "%1、", "三、"),
        ("chineseCountingThousand", "%1、", "三、"),
        ("ideographDigital", "%1、", "三、"),
        ("chineseLegalSimplified", "%1、", "叁、"),
        ("decimal", "%1.", "3."),
        ("decimalEnclosedCircle", "%1", "③"),
        ("decimalEnclosedParen", "%1", "⑶"),
        ("decimalFullWidth", "%1．", "３．"),
        ("chineseCounting", "第%1条", "第三条 "),
    ] {
        let body = [np(1, 0, "甲"), np(1, 0, "乙"), np(1, 0, "丙")].concat();
        let out = numbered(&lvl(0, format, text), &body);
        assert_eq!(lines(&out)[2], format!("{third}丙"), "{format} {text}");
    }
}

#[test]
fn lower_levels_restart_after_a_higher_one() {
    let body = [
        np(1, 0, "总体要求"),
        np(1, 1, "指导思想"),
        np(1, 1, "主要目标"),
        np(1, 2, "到2025年"),
        np(1, 0, "重点任务"),
        np(1, 1, "推进改革"),
        np(1, 2, "深化审批"),
        np(1, 3, "一网通办"),
        np(1, 4, "市政务办"),
    ]
    .concat();
    assert_eq!(
        lines(&numbered(&official_levels(), &body)),
        [
            "一、总体要求",
            "（一）指导思想",
            "（二）主要目标",
            "1.到2025年",
            "二、重点任务",
            "（一）推进改革",
            "1.深化审批",
            "（1）一网通办",
            "①市政务办",
        ]
    );
}

#[test]
fn lvl_restart_zero_never_restarts_and_n_restarts_after_level_n() {
    let levels = [
        lvl(0, "chineseCounting", "%1、"),
        // Never restarts: 1. 2. | 3.
        lvl_with(1, "decimal", "%2.", r#"<w:lvlRestart w:val="0"/>"#),
        // Restarts only after level 1 (ilvl 0), not after ilvl 1.
        lvl_with(2, "decimal", "（%3）", r#"<w:lvlRestart w:val="1"/>"#),
    ]
    .concat();
    let body = [
        np(1, 0, "甲"),
        np(1, 1, "a"),
        np(1, 2, "x"),
        np(1, 1, "b"),
        np(1, 2, "y"),
        np(1, 0, "乙"),
        np(1, 1, "c"),
        np(1, 2, "z"),
    ]
    .concat();
    assert_eq!(
        lines(&numbered(&levels, &body)),
        [
            "一、甲",
            "1.a",
            "（1）x",
            "2.b",
            "（2）y",
            "二、乙",
            "3.c",
            "（1）z"
        ]
    );
}

#[test]
fn level_text_refers_to_higher_levels_and_legal_numbering() {
    let levels = [
        lvl(0, "chineseCounting", "第%1章"),
        lvl(1, "decimal", "%1.%2"),
        lvl_with(2, "decimal", "%1.%2.%3", "<w:isLgl/>"),
    ]
    .concat();
    let body = [
        np(1, 0, "总则"),
        np(1, 1, "目的"),
        np(1, 2, "依据"),
        np(1, 0, "分则"),
        np(1, 1, "范围"),
    ]
    .concat();
    assert_eq!(
        lines(&numbered(&levels, &body)),
        [
            "第一章 总则",
            "一.1 目的",
            "1.1.1 依据",
            "第二章 分则",
            "二.1 范围"
        ]
    );
}

#[test]
fn counters_belong_to_the_abstract_definition() {
    // Two instances of one definition continue one list; a third with a start override
    // is a list of its own.
    let numbering = [
        abstract_num(0, &lvl(0, "decimal", "%1.")),
        num(1, 0),
        num(2, 0),
        r#"<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#.to_owned(),
    ]
    .concat();
    let body = [
        np(1, 0, "a"),
        np(2, 0, "b"),
        np(3, 0, "c"),
        np(3, 0, "d"),
        np(1, 0, "e"),
    ]
    .concat();
    assert_eq!(
        lines(&read(&body, &numbering, "")),
        ["1.a", "2.b", "1.c", "2.d", "3.e"]
    );
}

#[test]
fn a_level_redefined_in_an_override_and_start_values() {
    let numbering = [
        abstract_num(0, &lvl(0, "decimal", "%1.")),
        r#"<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/></w:lvl></w:lvlOverride></w:num>"#.to_owned(),
    ]
    .concat();
    assert_eq!(
        lines(&read(
            &[np(1, 0, "a"), np(1, 0, "b")].concat(),
            &numbering,
            ""
        )),
        ["（五）a", "（六）b"]
    );
}

#[test]
fn num_id_zero_and_unknown_lists_switch_numbering_off() {
    let styles = r#"<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>"#;
    let numbering = [abstract_num(0, &official_levels()), num(1, 0)].concat();
    let body = [
        sp("1", "总体要求"),
        r#"<w:p><w:pPr><w:pStyle w:val="1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>不编号的标题</w:t></w:r></w:p>"#.to_owned(),
        np(9, 0, "未定义的列表"),
        sp("1", "重点任务"),
    ]
    .concat();
    assert_eq!(
        lines(&read(&body, &numbering, styles)),
        [
            "一、总体要求",
            "不编号的标题",
            "未定义的列表",
            "二、重点任务"
        ]
    );
}

#[test]
fn numbering_inherited_from_paragraph_styles_through_based_on() {
    // Heading 2 is based on Heading 1's list with its own level; a custom style is based
    // on Heading 2 and says nothing itself; the list's levels name their styles.
    let styles = r#"
        <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="task"><w:name w:val="任务"/><w:basedOn w:val="2"/><w:rPr><w:b/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 3"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>"#;
    let levels = [
        lvl(0, "chineseCounting", "%1、"),
        lvl(1, "chineseCounting", "（%2）"),
        lvl(2, "decimal", "%3."),
    ]
    .concat()
    .replace(
        r#"<w:lvl w:ilvl="2"><w:start w:val="1"/>"#,
        r#"<w:lvl w:ilvl="2"><w:start w:val="1"/><w:pStyle w:val="3"/>"#,
    );
    let numbering = [abstract_num(0, &levels), num(1, 0)].concat();
    let body = [
        sp("1", "总体要求"),
        sp("2", "指导思想"),
        sp("task", "主要目标"),
        sp("3", "到2025年"),
        p("正文段落"),
        sp("1", "重点任务"),
    ]
    .concat();
    assert_eq!(
        lines(&read(&body, &numbering, styles)),
        [
            "一、总体要求",
            "（一）指导思想",
            "（二）主要目标",
            "1.到2025年",
            "正文段落",
            "二、重点任务"
        ]
    );
}

#[test]
fn a_definition_linked_to_a_numbering_style() {
    let styles = r#"<w:style w:type="numbering" w:styleId="list"><w:name w:val="公文编号"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>"#;
    let numbering = [
        r#"<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="list"/>"#.to_owned(),
        official_levels(),
        "</w:abstractNum>".into(),
        r#"<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="list"/></w:abstractNum>"#
            .into(),
        num(1, 1),
        num(2, 0),
    ]
    .concat();
    let body = [np(1, 0, "甲"), np(2, 0, "乙"), np(1, 1, "丙")].concat();
    assert_eq!(
        lines(&read(&body, &numbering, styles)),
        ["一、甲", "二、乙", "（一）丙"]
    );
}

#[test]
fn suffixes_bullets_and_hidden_levels() {
    let levels = [
        lvl_with(0, "decimal", "%1", r#"<w:suff w:val="space"/>"#),
        lvl_with(1, "decimal", "%2", r#"<w:suff w:val="nothing"/>"#),
        lvl(2, "bullet", "\u{F06C}"),
        lvl(3, "decimal", "%4、").replace("<w:lvlJc", r#"<w:rPr><w:vanish/></w:rPr><w:lvlJc"#),
    ]
    .concat();
    let body = [
        np(1, 0, "实施"),
        np(1, 1, "分项"),
        np(1, 2, "要点"),
        np(1, 3, "隐藏编号"),
    ]
    .concat();
    assert_eq!(
        lines(&numbered(&levels, &body)),
        ["1 实施", "1分项", "要点", "隐藏编号"]
    );
}

#[test]
fn word_2010_custom_formats_read_their_fallback() {
    let level = r#"<w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="一, 二, 三, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="chineseCounting"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1、"/></w:lvl>"#;
    assert_eq!(
        lines(&numbered(level, &[np(1, 0, "甲"), np(1, 0, "乙")].concat())),
        ["一、甲", "二、乙"]
    );
}

#[test]
fn numbered_paragraphs_inside_table_cells_share_the_list() {
    let cell = format!(
        r#"<w:tc><w:tcPr/>{}{}</w:tc>"#,
        np(1, 1, "完善机制"),
        np(1, 1, "加强监管")
    );
    let body = [
        np(1, 0, "重点任务"),
        table(&format!("<w:tr>{cell}{}</w:tr>", tc("", "市发改委"))),
    ]
    .concat();
    assert_eq!(
        lines(&numbered(&official_levels(), &body)),
        ["一、重点任务", "（一）完善机制 （二）加强监管\t市发改委"]
    );
}

#[test]
fn tables_as_tab_separated_rows_with_merges() {
    let rows = [
        tr(&["序号", "工作任务", "牵头单位", "配合单位"]),
        // A category row merged across the table.
        format!(
            "<w:tr>{}</w:tr>",
            tc(r#"<w:gridSpan w:val="4"/>"#, "一、经济发展")
        ),
        format!(
            "<w:tr>{}{}{}{}</w:tr>",
            tc("", "1"),
            tc("", "推进项目建设"),
            tc(r#"<w:vMerge w:val="restart"/>"#, "市发改委"),
            tc("", "市财政局")
        ),
        format!(
            "<w:tr>{}{}{}{}</w:tr>",
            tc("", "2"),
            tc("", "扩大有效投资"),
            tc("<w:vMerge/>", ""),
            tc("", "")
        ),
        // A row that starts one column in (gridBefore).
        r#"<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>"#.to_owned()
            + &tc("", "优化营商环境")
            + &tc("", "市政务办")
            + &tc("", "各区")
            + "</w:tr>",
    ]
    .concat();
    assert_eq!(
        lines(&read(&table(&rows), "", "")),
        [
            "序号\t工作任务\t牵头单位\t配合单位",
            "一、经济发展\t\t\t",
            "1\t推进项目建设\t市发改委\t市财政局",
            "2\t扩大有效投资\t市发改委\t",
            "\t优化营商环境\t市政务办\t各区",
        ]
    );
}

/// A 序号 merged down over the rows of one task's measures: the reader repeats it in
/// each row, and the parser keeps both rows as the source numbers them, without
/// calling the repeat an error of the document (编号重复).
#[test]
fn a_number_merged_down_is_no_repeated_number() {
    let rows = [
        tr(&["序号", "重点任务", "具体措施", "牵头单位"]),
        format!(
            "<w:tr>{}{}{}{}</w:tr>",
            tc(r#"<w:vMerge w:val="restart"/>"#, "1"),
            tc(r#"<w:vMerge w:val="restart"/>"#, "推进产业升级"),
            tc("", "加快园区建设"),
            tc("", "市发改委")
        ),
        format!(
            "<w:tr>{}{}{}{}</w:tr>",
            tc("<w:vMerge/>", ""),
            tc("<w:vMerge/>", ""),
            tc("", "引进龙头企业"),
            tc("", "市商务局")
        ),
    ]
    .concat();
    let text = read(&table(&rows), "", "");
    let o = duban::parser::parse(&text);
    let tasks: Vec<(Option<&str>, &str)> = o.documents[0]
        .tasks()
        .map(|t| (t.number.as_deref(), t.text.as_str()))
        .collect();
    assert_eq!(
        tasks,
        [
            (Some("1"), "推进产业升级 加快园区建设"),
            (Some("1"), "推进产业升级 引进龙头企业")
        ]
    );
    assert!(o.warnings.is_empty(), "{:?}", o.warnings);
}

#[test]
fn a_cell_of_several_paragraphs_and_breaks_stays_one_cell() {
    let cell = format!(
        r#"<w:tc>{}<w:p><w:r><w:t>市财政局</w:t><w:br/><w:t>市审计局</w:t></w:r></w:p></w:tc>"#,
        p("市发改委")
    );
    let body = table(&format!("<w:tr>{}{cell}</w:tr>", tc("", "任务")));
    assert_eq!(read(&body, "", ""), "任务\t市发改委 市财政局 市审计局");
}

#[test]
fn tracked_deletions_dropped_insertions_kept() {
    let body = r#"<w:p>
        <w:r><w:t>由市发改委</w:t></w:r>
        <w:del w:id="1" w:author="张三"><w:r><w:delText>、市财政局</w:delText></w:r></w:del>
        <w:ins w:id="2" w:author="张三"><w:r><w:t>会同市统计局</w:t></w:r></w:ins>
        <w:moveFrom w:id="3"><w:r><w:t>（移走的文字）</w:t></w:r></w:moveFrom>
        <w:moveTo w:id="4"><w:r><w:t>负责</w:t></w:r></w:moveTo>
        <w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏文字</w:t></w:r>
        <w:r><w:rPr><w:rPrChange w:id="5"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>。</w:t></w:r>
    </w:p>"#;
    let deleted_row = format!(
        r#"<w:tr><w:trPr><w:del w:id="6" w:author="张三"/></w:trPr>{}</w:tr>{}"#,
        tc("", "删除的行"),
        tr(&["保留的行"])
    );
    assert_eq!(
        lines(&read(&format!("{body}{}", table(&deleted_row)), "", "")),
        ["由市发改委会同市统计局负责。", "保留的行"]
    );
}

#[test]
fn text_boxes_once_after_their_paragraph() {
    let txbx = format!("<w:txbxContent>{}</w:txbxContent>", p("（此件公开发布）"));
    let body = format!(
        r#"<w:p><w:r><w:t>慈溪市人民政府办公室</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>{txbx}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{txbx}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>{}"#,
        p("2024年5月13日")
    );
    assert_eq!(
        lines(&read(&body, "", "")),
        ["慈溪市人民政府办公室", "（此件公开发布）", "2024年5月13日"]
    );
}

#[test]
fn content_controls_fields_and_ruby() {
    let body = r#"
        <w:sdt><w:sdtPr><w:alias w:val="标题"/><w:placeholder><w:docPart w:val="X"/></w:placeholder></w:sdtPr>
          <w:sdtContent><w:p><w:r><w:t>2024年工作要点</w:t></w:r></w:p></w:sdtContent></w:sdt>
        <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \@ "yyyy年M月d日" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2024年3月1日</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
        <w:p><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>xué</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>学</w:t></w:r></w:rubyBase></w:ruby></w:r><w:r><w:t>习</w:t></w:r></w:p>"#;
    assert_eq!(
        lines(&read(body, "", "")),
        ["2024年工作要点", "2024年3月1日", "学习"]
    );
}

#[test]
fn files_that_are_not_readable_word_documents() {
    let good = docx(&p("一、总体要求"), "", "");
    // Cut short: the central directory is gone.
    assert_eq!(docx_text(&good[..good.len() / 2]), Err(DocxError::Damaged));
    // A flipped byte inside the deflated document: inflate or the CRC-32 catches it.
    let parts = docx_parts(&p("一、总体要求，二、重点任务，三、保障措施"), "", "");
    let mut bad = zip(&parts, false);
    let at = bad.windows(6).position(|w| w == "总体".as_bytes()).unwrap();
    bad[at] ^= 0x01;
    assert_eq!(docx_text(&bad), Err(DocxError::Damaged));
    // An encrypted part (flag bit 0).
    let mut locked = zip(&parts, true);
    let dir = locked
        .windows(4)
        .rposition(|w| w == [0x50, 0x4b, 0x01, 0x02])
        .unwrap();
    locked[dir + 8] |= 1;
    assert_eq!(docx_text(&locked), Err(DocxError::Encrypted));
    // A ZIP without a Word document, a workbook, an empty document.
    assert_eq!(
        docx_text(&zip(&[("a.txt", b"x".to_vec())], false)),
        Err(DocxError::Damaged)
    );
    let xlsx = zip(&[("xl/workbook.xml", b"<workbook/>".to_vec())], true);
    assert_eq!(
        docx_text(&xlsx),
        Err(DocxError::NotWord(duban::text_file::MSG_EXCEL))
    );
    assert_eq!(docx_text(&docx(&p("  "), "", "")), Err(DocxError::Empty));
    // XML that does not read.
    let broken = zip(
        &[("word/document.xml", b"<w:document><w:body><w:p>".to_vec())],
        true,
    );
    assert!(docx_text(&broken).is_err());
    for e in [DocxError::Damaged, DocxError::Encrypted, DocxError::Empty] {
        assert!(e.message().contains("Word"), "{e:?}");
    }
}

#[test]
fn nothing_panics_on_truncations_of_a_real_file() {
    let file = docx(
        &[np(1, 0, "甲"), table(&tr(&["a", "b"]))].concat(),
        &[abstract_num(0, &official_levels()), num(1, 0)].concat(),
        "",
    );
    for cut in (0..file.len()).step_by(7) {
        let _ = docx_text(&file[..cut]);
    }
}
