//! Inputs that would make a parser's cost grow faster than its input, found by reading
//! each stage for what could: one shared list for the pathological test suite
//! (`tests/suite/pathological.rs`) and the growth check of `scripts/bench-parser`.
//! `n` counts what each case repeats (lines, units, brackets …).

/// The cases, by name.
pub const NAMES: &[&str] = &[
    "closing_brackets_after_a_label",
    "short_lines_under_a_heading",
    "distinct_units_in_one_label",
    "names_in_one_leader_label",
    "nested_numbering_levels",
    "million_char_line",
    "one_char_lines",
    "brackets_nested_deep",
    "table_rows_with_sixty_columns",
    "every_line_a_label",
    "every_line_a_new_style",
    "same_task_repeated",
    "traditional_and_simplified",
    "carriage_returns",
    "cells_one_per_line",
    "table_with_spaces",
    "items_run_together",
    "paragraphs_with_labels",
    "verbs_chained",
    "colons_in_a_line",
    "titles_and_headers",
    "notice_and_signature_repeated",
    "short_lines_after_a_unit_label_ending_in_a_digit",
    "short_lines_after_a_unit_label_that_names_no_unit",
    "cells_opening_with_bars_broken_over_lines",
    "back_references_after_a_long_list",
    "numbers_and_bars_without_a_header",
    "labels_alone_on_their_lines",
    "heading_lines_ending_in_brackets",
    "paragraphs_under_a_heading_of_duties",
    "tab_rows_without_numbers_under_merged_cells",
    "partners_after_huitong",
    "duty_entries_run_together",
    "steps_with_brackets_run_together",
    "counted_label_lines",
    "viewer_chunks",
    "table_cells_run_together",
    "subjects_after_grounds_and_counts",
    "sibling_rows_and_heading_whos",
    "tab_rows_merged_decimal_and_categorised",
    "records_of_fields_under_headings",
    "browser_rows_short_of_cells",
    "one_line_groups_and_bodies",
    "numbers_after_titles_run_together",
    "numbers_alone_over_blank_runs",
    "preamble_names_of_documents_repeated",
    "clauses_before_a_late_partner",
    "markup_and_attachments",
    "shares_beside_a_paragraph_s_subject",
    "assignment_value_of_many_doers",
    "clauses_opening_with_numbers",
];

/// The input of case `name` at size `n`.
pub fn input(name: &str, n: usize) -> Option<String> {
    let s = match name {
        // Issue 12's four: a bracket per char, a heading over lines without final
        // punctuation, units and leaders by the ten thousand in one label.
        "closing_brackets_after_a_label" => format!("责任单位:市发改局{}", ")".repeat(n)),
        "short_lines_under_a_heading" => {
            let mut s = String::from("一、总体要求\n");
            for i in 0..n {
                s += &format!("名单{i}\n");
            }
            s
        }
        "distinct_units_in_one_label" => {
            let units: Vec<String> = (0..n).map(|i| format!("单位{i}局")).collect();
            format!("1.做好工作。\n责任单位:{}", units.join("、"))
        }
        // A 会同 list of partners read name by name (each asks only the last name).
        "partners_after_huitong" => {
            let units: Vec<String> = (0..n).map(|i| format!("单位{i}局")).collect();
            format!(
                "1.做好工作。由市发改委会同{}等部门研究提出意见。",
                units.join("、")
            )
        }
        // Units' duty entries run together on one line (each cut once).
        "duty_entries_run_together" => {
            let entries: Vec<String> = (0..n)
                .map(|i| format!("单位{i}局:负责做好本系统的安全工作。"))
                .collect();
            format!("(三)部门责任 {}", entries.join(" "))
        }
        // Arabic steps run together after a sentence's end, each closed by a bracket of
        // who does it (a page whose line breaks were lost).
        "steps_with_brackets_run_together" => {
            let steps: Vec<String> = (1..=n)
                .map(|i| format!("{i}、做好第{i}项工作。(市单位{i}局负责,市财政局配合)"))
                .collect();
            format!("一、总体要求。{}", steps.join(""))
        }
        // Items each followed by a label line that counts the items above it.
        "counted_label_lines" => {
            let mut s = String::from("一、目标\n");
            for i in 1..=n {
                s += &format!("{i}.完成第{i}项指标;\n9项目标的责任单位均为市单位{i}局。\n");
            }
            s
        }
        "names_in_one_leader_label" => {
            let names: Vec<String> = (0..n).map(|i| format!("王{i}")).collect();
            format!("1.做好工作。\n牵头领导:{}", names.join("、"))
        }
        // Levels nested as deep as the styles go, again and again.
        "nested_numbering_levels" => {
            let styles = [
                "一、",
                "(一)",
                "1.",
                "(1)",
                "①",
                "⑴",
                "⒈",
                "1)",
                "1.1",
                "第一条",
            ];
            let mut s = String::new();
            for i in 0..n {
                s += &format!("{}任务{i}\n", styles[i % styles.len()]);
            }
            s
        }
        "million_char_line" => format!("1.做好{}\n", "工作,".repeat(n * 8)),
        "one_char_lines" => "x\n".repeat(n * 2),
        "brackets_nested_deep" => {
            format!(
                "1.做好工作{}市发改局牵头{}\n",
                "(".repeat(n / 4),
                ")".repeat(n / 4)
            )
        }
        "table_rows_with_sixty_columns" => {
            let mut s = String::from("序号\t工作任务\t牵头单位\t配合单位\t完成时限");
            for c in 0..55 {
                s += &format!("\t备注{c}");
            }
            s.push('\n');
            for r in 1..=n / 8 {
                s += &format!("{r}\t任务{r}\t市发改局\t市财政局\t6月底前");
                for c in 0..55 {
                    s += &format!("\t{c}");
                }
                s.push('\n');
            }
            s
        }
        "every_line_a_label" => format!("1.做好工作。\n{}", "牵头单位:市发改局\n".repeat(n)),
        "every_line_a_new_style" => {
            let styles = [
                "一、",
                "(一)",
                "1.",
                "(1)",
                "①",
                "⑴",
                "⒈",
                "1)",
                "1、",
                "第一条",
            ];
            let mut s = String::new();
            for i in 0..n {
                s += &format!("{}做好{i}\n", styles[(i * 7) % styles.len()]);
            }
            s
        }
        "same_task_repeated" => format!(
            "一、工作\n{}",
            "1.做好工作。(市发改局牵头,市财政局配合,6月底前完成)\n".repeat(n / 2)
        ),
        "traditional_and_simplified" => {
            let mut s = String::new();
            for i in 0..n {
                s += if i % 2 == 0 {
                    "(一)牽頭單位:區發改局\n"
                } else {
                    "(一)牵头单位:区发改局\n"
                };
            }
            s
        }
        "carriage_returns" => "\r".repeat(n * 5),
        "cells_one_per_line" => {
            let mut s = String::from("序号\n工作任务\n责任单位\n完成时限\n");
            for i in 1..=n / 4 {
                s += &format!("{i}\n任务{i}。\n市发改局\n6月底前\n");
            }
            s
        }
        // Cells that open with a bar, one broken over n lines.
        "cells_opening_with_bars_broken_over_lines" => {
            let mut s = String::from("牵头单位\n| 目标任务\n| 责任单位\n|\n");
            for i in 0..n {
                s += if i % 2 == 0 { "市\n" } else { "发改局\n" };
            }
            s += "| 任务。\n| 市财政局\n|\n";
            s
        }
        "table_with_spaces" => {
            let mut s = String::from("序号 工作任务 责任单位\n");
            for i in 1..=n {
                s += &format!("{i} 任务{i}。 市发改局\n");
            }
            s
        }
        "items_run_together" => {
            let items: Vec<String> = (1..=n / 2).map(|i| format!("({i})做好工作。")).collect();
            format!("一、工作 {}\n", items.join(" "))
        }
        "paragraphs_with_labels" => {
            let mut s = String::new();
            for i in 0..n / 3 {
                s += &format!("任务{i}。\n主管领导:王明\n责任单位:市教育局\n");
            }
            s
        }
        "verbs_chained" => format!("1.做好工作。(市发改局{})\n", "负责".repeat(n)),
        "colons_in_a_line" => format!("1.任务{}\n", "牵头单位:".repeat(n)),
        "titles_and_headers" => {
            let mut s = String::new();
            for i in 0..n / 4 {
                s += &format!("分解表{i}\n序号\n工作任务\n责任单位\n");
            }
            s
        }
        "notice_and_signature_repeated" => {
            let mut s = String::new();
            for i in 0..n / 6 {
                s += &format!(
                    "一、要求{i}。\n某某市人民政府办公室\n2024年1月2日\n方案{i}\n一、任务\n1.做好工作。\n"
                );
            }
            s
        }
        // Found by the fuzzer's slow mode: a unit label whose value does not end like
        // a unit, then short lines, each of which went on with the label's list.
        "short_lines_after_a_unit_label_ending_in_a_digit" => {
            short_lines_after("配合单位：各镇5", n)
        }
        "short_lines_after_a_unit_label_that_names_no_unit" => {
            short_lines_after("责任单位:名单", n)
        }
        // A flat list, then as many sentences about the items above it: each item
        // takes such a clause once, not once per sentence.
        "back_references_after_a_long_list" => {
            let mut s = String::new();
            for i in 1..=n / 2 {
                s += &format!("{i}.推进项目{i}建设。\n");
            }
            for _ in 0..n / 2 {
                s += "以上工作由县发改局牵头,县财政局配合。\n";
            }
            s
        }
        // Every other line a 序号 that may start a table without its header, the
        // rows of no table (no second row within reach), and then rows of one.
        "numbers_and_bars_without_a_header" => {
            let mut s = String::new();
            for _ in 0..n / 2 {
                s += "1\n|\n";
            }
            for i in 1..=n / 8 {
                s += &format!("{i}\n|\n推进项目{i}建设\n|\n县发改局\n|\n");
            }
            s
        }
        // Labels without colons, each waiting for a value on the next line.
        "labels_alone_on_their_lines" => {
            let mut s = String::from("1.做好工作。\n");
            for _ in 0..n {
                s += "责任单位\n";
            }
            s
        }
        // A heading wrapped over many long lines, each ending in a closing bracket
        // that no line opens: each line's end is looked at for who does the item.
        "heading_lines_ending_in_brackets" => {
            let mut s =
                String::from("1.做好工作,全面推进重点项目建设并完成年度投资计划的各项工作任务");
            for i in 0..n {
                s += &format!("\n推进项目建设并完成年度投资计划的各项工作任务{i})");
            }
            s
        }
        // Paragraphs under a heading of duties, each a unit with its duty and a 会同
        // clause: each is a task, its partners read to their verb.
        "paragraphs_under_a_heading_of_duties" => {
            let mut s = String::from("三、职责分工\n");
            for i in 0..n {
                s += &format!(
                    "市局{i}:负责全市事务的管理,会同市发改、公安等有关部门依法查处{i}。\n"
                );
            }
            s
        }
        // A tab table without 序号 whose rows open with empty (merged) cells: each row
        // with its text and units is a task.
        "tab_rows_without_numbers_under_merged_cells" => {
            let mut s = String::from("重点任务\t主要内容\t牵头单位\t配合单位\n");
            for i in 0..n {
                s += &format!("\t推动经济平稳运行{i}\t市发改委\t市统计局\n");
            }
            s
        }
        // A document viewer's chunks, each opened by its number and cut inside a
        // word: one text, whose items run together are cut apart again (`n` items,
        // six to a chunk).
        "viewer_chunks" => {
            let mut s = String::new();
            for i in 1..=n.div_ceil(6) {
                s += &format!("{i}、");
                for j in 1..=6 {
                    s += &format!(
                        "({j})推进重点项目建设并完成年度投资计划(市发改委牵头,市财政局配合)。"
                    );
                }
                s += "推进项目建\n";
            }
            s
        }
        // A table whose cells ran together on one line: a header without separators,
        // then `n` rows, each found after the one before it; the header again every
        // hundred rows.
        "table_cells_run_together" => {
            let mut s = String::from("分工表序号工作任务责任单位");
            for i in 1..=n {
                if i % 100 == 0 {
                    s += "序号工作任务责任单位";
                }
                s += &format!("{i}新建2座托育机构,完成第{i}批。市卫健委牵头,市财政局配合");
            }
            s
        }
        // Subjects after a clause of grounds, partners after one, agents counted by
        // their people and levels alone after 由, with runs of digits: on
        // one line and on lines of their own.
        "subjects_after_grounds_and_counts" => {
            let digits = "1".repeat(12);
            let clause = |i: usize| {
                format!(
                    "根据规定,各县{digits}名遴选{i},根据条件会同单位{i}局{digits}提供,\
                     由市单位{i}局{digits}名领导带队,由镇协调单位{i}局做好"
                )
            };
            let mut s = format!("一、做好工作。{}。\n", clause(0).repeat(n / 100 + 1));
            for i in 1..=n / 4 {
                s += &format!("({i})工作{i}。{}。\n", clause(i));
            }
            s
        }
        // This session's forms: a table one cell per line whose rows are numbered
        // (1)…(n) inside one 序号 with merged cells and names' brackets on lines of their
        // own; headings of who with quoted titles and lost line breaks; first paragraphs
        // with 由 after commas and decisions in fields.
        "sibling_rows_and_heading_whos" => {
            let mut s = String::from("序号\n工作标准\n分管领导\n牵头单位\n配合单位\n1\n");
            for i in 1..=n / 8 {
                s += &format!("({i})工作{i}。\n");
                if i % 3 == 0 {
                    s += &format!("王明\n单位{i}局\n(办{i})\n高新园\n");
                }
            }
            for i in 1..=n / 8 {
                s += &format!(
                    "{i}.单位{i}局承办的“关于{i}的建议”(第{i}号) 办理情况:已办结。\n\
                     会议议定:原则同意,由单位{i}局牵头,按程序组织实施。\n\
                     在部分镇广泛发动,由村{i}委会组织征集,推选出项目。\n"
                );
            }
            s
        }
        // An Excel table with a category column: category rows alone, rows under a
        // merged 序号 (a line opening with tabs, its unit cell empty), rows numbered
        // 1.1 under the row they extend, cells of numbered lines.
        "tab_rows_merged_decimal_and_categorised" => {
            let mut s = String::from("类别\t序号\t重点任务\t责任单位\t完成时限\n");
            for i in 1..=n / 4 {
                s += &format!(
                    "{i}、类别{i}\t\t\t\t\n\
                     \t{i}\t任务{i}\t单位{i}局\t6月底前\n\
                     \t\t措施{i}\t\t9月底前\n\
                     \t{i}.1\t\"1.做好{i}\n2.做好{i}\"\t单位{i}局\t全年\n"
                );
            }
            s
        }
        // Records of fields that name their tasks, under headings each opened right
        // above a record (the look for a next record is bounded), numbered ones, and
        // ones whose number, name field and name are each on a line of their own with
        // blank lines between.
        // A browser's copy of a wide table whose rows left out cells merged with the
        // rows above, every other row short at its start or in its middle: each short
        // row is aligned to the header's columns (a small alignment per row).
        "browser_rows_short_of_cells" => {
            let mut s = String::from(
                "类别\t序号\t项目名称\t建设内容\t牵头单位\t配合单位\t完成时限\t进展情况\t年度投资金额\t备注\n",
            );
            for i in 1..=n / 4 {
                s += &match i % 3 {
                    0 => format!("民生类\t{i}\t项目{i}\t新建{i}处。\t市发改委\t市财政局\t6月底前\t已完成。\t300\t无\n"),
                    1 => format!("{i}\t项目{i}\t新建{i}处。\t市发改委\t6月底前\t已完成。\n"),
                    _ => format!("项目{i}\t市住建局\t已开工。\n"),
                };
            }
            s
        }
        "records_of_fields_under_headings" => {
            let mut s = String::from("民生实事项目清单\n");
            for i in 1..=n / 12 {
                s += &format!(
                    "{i}、类{i}\n项目名称：项目{i}\n责任单位：单位{i}局\n\
                     0{} 项目名称:工程{i}\n建设内容：新建{i}处\n完成时限：6月底前\n\
                     {}\n\n项目名称:\n\n\n实事{i}\n责任单位\n单位{i}局\n",
                    i % 10,
                    i % 100
                );
            }
            s
        }
        // A page on one line (2026-12-06 later): items closed by role brackets run into
        // the next number, groups closed by labels that point above, members' lines,
        // duties opened by lists of bodies, and names with a short name defined.
        "one_line_groups_and_bodies" => {
            let mut s = String::from("方案为推进工作,制定本方案。(责任单位:县工信局、科技局)");
            for i in 1..=n / 8 {
                s += &format!(
                    "({i})实施行动{i}。(责任单位:县工信局、发改局)1、工作{i}。2、工作。                     以上工作牵头单位:纪检组。责任单位:信息中心、各处室。"
                );
            }
            s += "
四、工作职责
牵头部门:镇乡村振兴办
成员单位:镇机关各部门;各村(社区)
";
            for i in 0..n / 8 {
                s += &format!(
                    "{}.县国动办、县文旅局、县局{i}、民政局确保工作{i};                     由事后查办转变为事先预警,各县、特区、区人民政府(以下简称区{i})落实。
",
                    i + 1
                );
            }
            s
        }
        // A page on one line (2026-12-06, sixth): numbers right after a title's char
        // that a next number later on the line follows, under a title far too long to
        // be a heading's, each one asking how long the title is; and steps after role
        // brackets whose numbers skip.
        "numbers_after_titles_run_together" => {
            let mut s = String::from("一、");
            for i in 0..n {
                s += &format!("行动{i}1.甲(一)乙方案一、丙");
            }
            s += "。2.丙。(二)丁。\n二、重点任务(一)建立体系行动1.工作,(责任单位:区局等)";
            for i in 0..n {
                s += &format!("{}.工作{i},(责任单位:区卫生健康局、区财政局等)", 2 * i + 3);
            }
            s
        }
        // Numbers alone on their lines ("1"), each a first that looks ahead for its "2"
        // past runs of blank lines, and the "2" always just out of reach.
        "numbers_alone_over_blank_runs" => {
            let mut s = String::new();
            for i in 0..n {
                s += "1\n\n\n\n\n新增公共停车位800个\n";
                if i % 50 == 49 {
                    s += "2\n新增充电桩\n";
                }
            }
            s
        }
        // A preamble line of 制定本 after 制定本, then one of 《方案》 after 《方案》, no
        // stop on either (2026-12-07, twelfth): each asks what kind of document the
        // words name, or what parts the quoted one has, in the rest of its sentence.
        "preamble_names_of_documents_repeated" => {
            format!("{}\n{}\n", "制定本".repeat(n * 5), "《方案》".repeat(n * 5))
        }
        // A task's second sentence of many clauses, its unit and 会同 at the end, and
        // dates before commas (2026-12-07, thirteenth): each clause asks whether a unit
        // and 会同 open it, and each item whether a time opens it.
        "clauses_before_a_late_partner" => {
            let clauses = "3月5日,统一思想,".repeat(n);
            format!(
                "(一)下发通知。{clauses}省粮食和储备局会同省发展改革委、妇联,在广场设立宣传点。\n"
            )
        }
        // A source's markup, a list of attachments whose titles wrap, and headings of
        // whose duties run in (2026-12-07, fourteenth): every line is asked whether
        // marks or entities open it, each wrapped title whether it ends one, each item
        // whether its heading names a holder.
        "markup_and_attachments" => {
            let mut s = String::from("附件:1.普陀区第七轮环境保护和建设\n");
            for i in 0..n {
                s += &match i % 3 {
                    0 => format!("### &emsp;{i}、政府职责:各区政府负责。\n"),
                    1 => format!("{i}.公安、司法部门:提供材料\n"),
                    _ => "行动计划任务清单\n".to_string(),
                };
            }
            s += &"&nbsp;".repeat(n);
            s
        }
        // A task's first paragraph opened by a clause of when and its subject, then
        // share-out clauses to distinct units by the thousand (2026-12-07, eighteenth):
        // each unit the paragraph shares the work out to is claimed beside the subject,
        // each looked up once among those claimed.
        "shares_beside_a_paragraph_s_subject" => {
            let mut s = String::from("一、做好防汛准备工作\n在汛期期间,乡广播站要及时播发预报");
            for i in 0..n {
                s += &format!(";第{i}村委会要做好摸底");
            }
            s += "。\n";
            s
        }
        // An assignment label's value of many sentences (nineteenth session): each
        // clause is read once for its doer, each doer's names once.
        "assignment_value_of_many_doers" => {
            let mut s = String::from("一、重点任务\n1.开展专项整治。责任分工:");
            for i in 0..n {
                s += &format!("第{i}局负责第{i}项工作,负责联系学校;");
            }
            s += "各县局自行组织。\n";
            s
        }
        // A task's text of clauses that each open with a number (twentieth session): a
        // deadline run into the names after it ("3月底前各地区…") is looked for in a
        // window at each clause, not in the whole rest (quadratic before: 2.3 s at n =
        // 20000 in the release build).
        "clauses_opening_with_numbers" => {
            let mut s = String::from("一、任务\n1.加强管理。");
            for i in 0..n {
                s += &format!("{i}号楼负责清扫,");
            }
            s += "\n";
            s
        }
        _ => return None,
    };
    Some(s)
}

/// A task, a unit label `label`, then `n` short lines without final punctuation.
fn short_lines_after(label: &str, n: usize) -> String {
    let mut s = format!("1.新建改造农贸市场10家。\n{label}\n");
    for i in 0..n {
        s += &format!("第{i}项名单\n");
    }
    s
}
