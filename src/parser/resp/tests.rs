use super::*;

fn own(s: &str) -> Own {
    let mut o = Own::default();
    read_clause(Keyed::plain(s), &mut o);
    o
}

fn roles(s: &str) -> (Vec<String>, Vec<String>) {
    let (lead, coop) = own(s).resolve(false);
    let n = |v: Vec<Unit>| v.into_iter().map(|u| u.name).collect();
    (n(lead), n(coop))
}

fn leader(name: &str, post: Option<&str>) -> Leader {
    Leader {
        name: name.into(),
        post: post.map(Into::into),
    }
}

#[test]
fn leader_and_units_line() {
    let o = own("牵头领导:市长、副市长,责任单位:市发改局、市统计局、市级有关部门、各镇(街道)。");
    assert_eq!(o.leaders, [leader("市长", None), leader("副市长", None)]);
    let (lead, coop) = o.resolve(false);
    let names: Vec<&str> = lead.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(
        names,
        ["市发改局", "市统计局", "市级有关部门", "各镇(街道)"]
    );
    assert!(coop.is_empty());
    assert!(lead[3].collective && lead[2].collective && !lead[0].collective);
}

#[test]
fn lead_and_coop_with_collective_tail() {
    let (lead, coop) = roles("牵头单位:市发改局,配合单位:市经信局、市商务局、市科技局、市文广旅体局等市级有关部门,慈溪高新技术产业开发区,各镇(街道)。");
    assert_eq!(lead, ["市发改局"]);
    assert_eq!(
        coop,
        [
            "市经信局",
            "市商务局",
            "市科技局",
            "市文广旅体局",
            "市级有关部门",
            "慈溪高新技术产业开发区",
            "各镇(街道)"
        ]
    );
}

#[test]
fn names_with_brackets_and_he_stay_whole() {
    let (_, coop) =
        roles("配合单位:市委宣传部、市委组织部(市人才办)、区文化和广电旅游体育局、各镇(乡)街道");
    assert_eq!(
        coop,
        [
            "市委宣传部",
            "市委组织部(市人才办)",
            "区文化和广电旅游体育局",
            "各镇(乡)街道"
        ]
    );
}

#[test]
fn two_leads_separately() {
    let (lead, coop) = roles("责任单位:经济投资局和航空口岸局分别牵头、区发改局");
    assert_eq!(lead, ["经济投资局", "航空口岸局"]);
    assert_eq!(coop, ["区发改局"]);
    // The bodies of one place stay one entry (平顶山 2018).
    let (lead, _) = roles("责任单位:各县(市、区)党委和人民政府,高新区党工委和管委会");
    assert_eq!(lead, ["各县(市、区)党委和人民政府", "高新区党工委和管委会"]);
    // Three joined by two conjunctions (内蒙古 2013).
    let (lead, _) = roles("责任单位:环保厅和内蒙古电力监管办及相关盟市");
    assert_eq!(lead, ["环保厅", "内蒙古电力监管办", "相关盟市"]);
}

/// 责任单位 next to a 牵头 label of the same task cooperates, on another line too.
#[test]
fn responsible_units_cooperate_beside_leading_ones() {
    let mut o = Own::default();
    read_clause(Keyed::plain("牵头单位:省发展改革委"), &mut o);
    read_clause(
        Keyed::plain("责任单位:省工业和信息化厅、省农业农村厅等,各市人民政府"),
        &mut o,
    );
    let (lead, coop) = o.resolve(false);
    assert_eq!(lead.len(), 1);
    let coop: Vec<&str> = coop.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(coop, ["省工业和信息化厅", "省农业农村厅", "各市人民政府"]);
}

#[test]
fn role_marks_in_brackets_are_not_part_of_the_name() {
    let (lead, coop) = roles("责任单位:市发展改革委(牵头)、市财政局、市自然资源局");
    assert_eq!(lead, ["市发展改革委"]);
    assert_eq!(coop, ["市财政局", "市自然资源局"]);
    let (lead, coop) = roles("责任单位:市财政局、市发展改革委【牵头】、市统计局(配合)");
    assert_eq!(lead, ["市发展改革委"]);
    assert_eq!(coop, ["市财政局", "市统计局"]);
    // The body that answers for the work (责任主体) leads, and 责任单位 beside it
    // cooperates (held-out c11521).
    let (lead, coop) = roles("责任主体:各乡(镇)党委;责任单位:自治县文明办、总工会");
    assert_eq!(
        (lead, coop),
        (
            vec!["各乡(镇)党委".to_string()],
            vec!["自治县文明办".to_string(), "总工会".to_string()]
        )
    );
    // Any role words make a mark, with or without their entity (a 责任主体与协同单位
    // column: "(主体)", "(协同)").
    let (lead, coop) = roles("市工信局(主体);市发改委(协同单位)、市自然资源局(协同)");
    assert_eq!(lead, ["市工信局"]);
    assert_eq!(coop, ["市发改委", "市自然资源局"]);
    // A note that each unit does its part: dropped, the label decides.
    let (lead, coop) = roles("牵头单位:市发改局、市财政局(按职责分工负责)");
    assert_eq!(lead, ["市发改局", "市财政局"]);
    assert!(coop.is_empty());
    // A bracket that is part of the name stays.
    let (lead, _) = roles("责任单位:市委组织部(市人才办)、各镇(街道)");
    assert_eq!(lead, ["市委组织部(市人才办)", "各镇(街道)"]);
    // A name with brackets of its own and a note after it (黑龙江 2023).
    let (lead, _) = roles("省工信厅、省财政厅,各市(地)、县(市)政府(行署)");
    assert_eq!(lead, ["省工信厅", "省财政厅", "各市(地)、县(市)政府(行署)"]);
    // The same with a PDF copy's spaces around the brackets and the 、 (c614).
    let (lead, _) = roles("省工信厅、省财政厅, 各市 (地) 、县 (市) 政府 (行署) ");
    assert_eq!(
        lead,
        ["省工信厅", "省财政厅", "各市 (地) 、县 (市) 政府 (行署)"]
    );
    // A space after a bracket before another name still parts them.
    let (lead, coop) = roles("市发改委(牵头) 市财政局");
    assert_eq!(
        (lead, coop),
        (vec!["市发改委".to_string()], vec!["市财政局".to_string()])
    );
    let (lead, _) = roles("市发改局  市财政局 、 市商务局");
    assert_eq!(lead, ["市发改局", "市财政局", "市商务局"]);
}

#[test]
fn a_note_of_what_the_tasks_concern_names_no_unit() {
    // Issue 11's own example: "具体任务均涉及相关市(州)人民政府,不再做分工,下同" is a rule
    // for the reader, though it holds a body's name; the unit before it stands.
    let (lead, coop) =
        roles("责任单位:省市场监管局等,具体任务均涉及相关市(州)人民政府,不再做分工,下同。");
    assert_eq!(lead, ["省市场监管局"]);
    assert!(coop.is_empty(), "{coop:?}");
}

#[test]
fn first_listed_rule() {
    let o = own("责任单位:区发改局、海曙生态环境分局(列第一位者为牵头或汇总单位,下同)");
    let (lead, coop) = o.resolve(false);
    assert_eq!(lead[0].name, "区发改局");
    assert_eq!(coop[0].name, "海曙生态环境分局");
    assert!(o.first_leads_from_here);
    let (lead, _) = own("责任单位:区发改局、区人力社保局").resolve(true);
    assert_eq!(lead.len(), 1);
    // The note after the first name, in other words (海盐 2022).
    let o = own("责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局");
    let (lead, coop) = o.resolve(false);
    assert_eq!(
        lead.iter().map(|u| u.name.as_str()).collect::<Vec<_>>(),
        ["县发改局"]
    );
    assert_eq!(coop.len(), 2);
    assert!(o.first_leads_from_here);
    // The note after a comma in the same sentence as the names (内江).
    let o = own("市发展改革委、市财政局、市商务局等负责,列第一位者为牵头单位,下同");
    let (lead, coop) = o.resolve(false);
    assert_eq!(
        lead.iter().map(|u| u.name.as_str()).collect::<Vec<_>>(),
        ["市发展改革委"]
    );
    assert_eq!(coop.len(), 2);
    assert!(o.first_leads_from_here);
    // "排在前位为牵头部门": the front place in other words (held-out c12651).
    let o = own("责任单位:市环保局、市财政局,各镇街区。排在前位为牵头部门,下同。");
    let (lead, coop) = o.resolve(false);
    assert_eq!(lead[0].name, "市环保局");
    assert_eq!(coop.len(), 2);
    assert!(o.first_leads_from_here);
    // "以下" says the rule holds from here on, as "下同" does (海口 2019, c7904).
    let o = own("责任单位:市市场监督管理局(以下如无特别说明,排名第一的为牵头单位)、市公安局");
    assert!(o.first_leads_from_here);
}

/// An action verb after the role verb keeps the role (潮州 2019: "牵头督导").
#[test]
fn action_verb_after_role_verb() {
    let (lead, coop) = roles("市生态环境局、发展和改革局牵头督导,市公安局、水务局参与");
    assert_eq!(lead, ["市生态环境局", "发展和改革局"]);
    assert_eq!(coop, ["市公安局", "水务局"]);
    let (lead, coop) = roles("市财政局牵头,市税务局配合做好");
    assert_eq!(lead, ["市财政局"]);
    assert_eq!(coop, ["市税务局"]);
}

/// Issue 16: every unit of a list before 牵头 leads, in Traditional script too.
#[test]
fn a_list_before_qiantou_leads_whole() {
    let (lead, coop) = roles("市发改委、市财政局牵头,市住建局配合");
    assert_eq!(lead, ["市发改委", "市财政局"]);
    assert_eq!(coop, ["市住建局"]);
    // The key of a Traditional text is Simplified; the names stay as written.
    let mut o = Own::default();
    read_clause(
        Keyed::new(
            "市發改委、市財政局牽頭,市住建局配合",
            "市发改委、市财政局牵头,市住建局配合",
        ),
        &mut o,
    );
    let (lead, coop) = o.resolve(false);
    let n = |v: &[Unit]| v.iter().map(|u| u.name.clone()).collect::<Vec<_>>();
    assert_eq!(n(&lead), ["市發改委", "市財政局"]);
    assert_eq!(n(&coop), ["市住建局"]);
}

#[test]
fn bracket_forms() {
    let s = "加快推进(市发展改革委牵头,市财政局等按职责分工负责)。";
    let (open, a, b) = trailing_bracket(s).unwrap();
    assert_eq!(&s[..open], "加快推进");
    let (lead, coop) = roles(&s[a..b]);
    assert_eq!(lead, ["市发展改革委"]);
    assert_eq!(coop, ["市财政局"]);
    let s = "推进(责任领导:张三副市长;牵头单位:市发改局;责任单位:市财政局)";
    let (_, a, b) = trailing_bracket(s).unwrap();
    let o = own(&s[a..b]);
    assert_eq!(o.leaders, [leader("张三", Some("副市长"))]);
    let (lead, coop) = o.resolve(false);
    assert_eq!(
        (lead[0].name.as_str(), coop[0].name.as_str()),
        ("市发改局", "市财政局")
    );
    let s = "完成改造(2023年底前完成)";
    let (_, a, b) = trailing_bracket(s).unwrap();
    assert_eq!(own(&s[a..b]).deadline.as_deref(), Some("2023年底前完成"));
    assert!(trailing_bracket("【区财政局、区发改局】").is_none()); // nothing before it
    assert!(trailing_bracket("做好工作【区财政局、区发改局】").is_some());
    assert!(trailing_bracket("发展行动计划(2024-2026)").is_none());
    assert!(trailing_bracket("全国学前教育普及普惠县(市)").is_none());
    assert!(trailing_bracket("成立工作专班(以下简称市专班)").is_none());
    // One unit in round brackets: after a whole sentence it is who does the item (a
    // 督办 list of a meeting's instructions); inside a sentence it may be a name's note.
    let s = "在过年期间要准备寒冬送暖事宜。(民政局)";
    let (_, a, b) = trailing_bracket(s).unwrap();
    assert_eq!(&s[a..b], "民政局");
    assert!(trailing_bracket("报送市政府(市政府办公室)").is_none());
    // Units, then a labelled time: the units are read too.
    let o = own("县发改局、县财政局,完成时间:2024年9月");
    assert_eq!(o.deadline.as_deref(), Some("2024年9月"));
    assert_eq!(o.resolve(false).0.len(), 2);
    // Units, then the time they have.
    let s = "推进项目建设。(县发改局;2024年6月)";
    let (_, a, b) = trailing_bracket(s).unwrap();
    let o = own(&s[a..b]);
    assert_eq!(o.deadline.as_deref(), Some("2024年6月"));
    // After names, a year or a span of years is that time too; alone it may be part of
    // a title.
    let s = "加强社会治理。(市委政法委、市公安局;2024年全年)";
    let (_, a, b) = trailing_bracket(s).unwrap();
    let o = own(&s[a..b]);
    assert_eq!(o.deadline.as_deref(), Some("2024年全年"));
    assert_eq!(o.resolve(false).0.len(), 2);
    assert!(trailing_bracket("工作要点(2024年)").is_none());
    // The time after the last name and a space (a full-width one, as Word spaces them).
    let s = "推进水利建设。(市水利局、市财政局 2025年12月)";
    let (_, a, b) = trailing_bracket(s).unwrap();
    let o = own(&s[a..b]);
    assert_eq!(o.deadline.as_deref(), Some("2025年12月"));
    assert_eq!(o.resolve(false).0.len(), 2);
    assert!(trailing_bracket("推进水利建设(市水利局 工程)").is_none());
    // A bracket the page was cut inside: read up to its last whole name.
    let s = "深化改革。(牵头单位:区行政审批服务局、区发展改革局;责任单位:区政";
    let (open, a, b) = unclosed_bracket(s).unwrap();
    assert_eq!(
        (&s[..open], &s[a..b]),
        ("深化改革。", "牵头单位:区行政审批服务局、区发展改革局")
    );
    let s = "保持稳定(分管副省长负责,省发展改革委牵头,省工业和信息化厅、省";
    let (_, a, b) = unclosed_bracket(s).unwrap();
    let o = own(&s[a..b]);
    assert_eq!(o.leaders.len(), 1);
    assert_eq!(o.resolve(false).1[0].name, "省工业和信息化厅");
    assert!(unclosed_bracket("做好工作(详见附件").is_none());
    // Cut inside the words after the last name ("等按职责分工负责"): that name is whole.
    let s = "能耗下降。(省发改委牵头,省统计局、国家统计局湖南调查总队等按职责分";
    let (_, a, b) = unclosed_bracket(s).unwrap();
    let (_, coop) = roles(&s[a..b]);
    assert_eq!(coop, ["省统计局", "国家统计局湖南调查总队"]);
    let s = "能耗降低3.7%。(市发展改革委、市财政局、市商务局、人民";
    let (_, a, b) = unclosed_bracket(s).unwrap();
    assert_eq!(&s[a..b], "市发展改革委、市财政局、市商务局");
    assert!(unclosed_bracket("做好工作(市发改委)").is_none());
    // A name's own bracket before the cut holds no separator of the list (held-out
    // c11741): the cut name goes whole, not up to its 、.
    let s = "完善规则。〔责任单位:市防减救灾委办牵头,各县(市、区)安全";
    let (_, a, b) = unclosed_bracket(s).unwrap();
    assert_eq!(&s[a..b], "责任单位:市防减救灾委办牵头");
    // A last name that ends as a body's name ends is whole (held-out c7401).
    let s = "普及全社会安全理念意识。(市委办、市委组织部、市委宣传部";
    let (_, a, b) = unclosed_bracket(s).unwrap();
    assert_eq!(&s[a..b], "市委办、市委组织部、市委宣传部");
    let s = "普及全社会安全理念意识。(市委办、市委组织部、市委";
    let (_, a, b) = unclosed_bracket(s).unwrap();
    assert_eq!(&s[a..b], "市委办、市委组织部");
    // A note of the item's kind before the labels, and a reader's note cut at the end
    // (c2800).
    let s = "年均增长7%以上。(预期性指标,牵头单位:市发改委;责任单位:市政府有关部门,各县市区,以下均需各县市区落实,不再逐";
    let (_, a, b) = unclosed_bracket(s).unwrap();
    assert!(s[a..b].starts_with("牵头单位:市发改委;"), "{}", &s[a..b]);
    assert_eq!(
        roles(&s[a..b]),
        (
            vec!["市发改委".into()],
            vec!["市政府有关部门".into(), "各县市区".into()]
        )
    );
    // A reader's note the cut left open inside the bracket, and the debris of a cut
    // pinyin annotation after it (held-out c6704): the names before the note are whole.
    let s = "按规定执行。(市财政局、市人社局等按职责分工负责;各市、区人民政府,镇江新区、高新区管委会〔以下均需各市、区人民政府,镇(";
    let (open, a, b) = unclosed_bracket(s).unwrap();
    assert_eq!(&s[..open], "按规定执行。");
    assert_eq!(
        roles(&s[a..b]).0,
        [
            "市财政局",
            "市人社局",
            "各市、区人民政府",
            "镇江新区",
            "高新区管委会"
        ]
    );
    // A name's own bracket cut ("县〔市、区、特") is no note: the name was cut.
    let s = "督促检查。(责任单位:省发展改革委,省直其他有关部门和单位,各市〔州〕、县〔市、区、特";
    assert!(unclosed_bracket(s).is_none_or(|(_, a, b)| !s[a..b].contains('县')));
    let s = "(市商务局牵头,各开发区管委会配合)";
    assert_eq!(whole_bracket(s), Some((1, s.len() - 1)));
    assert_eq!(whole_bracket("(一)做好"), None);
}

#[test]
fn brackets_inside_a_text() {
    let s = "构建政策体系(分管副省长、协管副秘书长负责,省科技厅牵头)。在领域实施项目(省科技厅、省发改委等负责)。";
    let found: Vec<&str> = inner_brackets(s).iter().map(|&(a, b)| &s[a..b]).collect();
    assert_eq!(
        found,
        [
            "分管副省长、协管副秘书长负责,省科技厅牵头",
            "省科技厅、省发改委等负责"
        ]
    );
    assert!(inner_brackets("建设工程(2024-2026年)和示范区(含市本级)").is_empty());
}

#[test]
fn sentences_before_and_after_the_work() {
    let s = "由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成方案。";
    let end = leading_clauses(Keyed::plain(s));
    assert_eq!(&s[end..], "尽快完成方案。");
    assert_eq!(own(&s[..end]).leaders, [leader("杨志武", Some("副市长"))]);
    let s = "完善城市管理机制,市城管局牵头,市财政局配合。";
    let at = trailing_clauses(s).unwrap();
    assert_eq!(&s[at..], "市城管局牵头,市财政局配合。");
    let s = "新增托位500个。区卫健委负责,区教育局、区民政局配合,年底前完成。";
    let at = trailing_clauses(s).unwrap();
    assert_eq!(&s[at..], "区卫健委负责,区教育局、区民政局配合,年底前完成。");
    assert_eq!(trailing_clauses("加快推进工作落实,确保按期完成。"), None);
    // 为主 names the unit the work rests on (held-out c4505): it leads.
    let s = "由县建设局为主,规划、建设、整治县城市容市貌。";
    let end = leading_clauses(Keyed::plain(s));
    assert_eq!(roles(&s[..end]), (vec!["县建设局".to_string()], vec![]));
    assert_eq!(
        leading_clauses(Keyed::plain("以企业为主体,市场为导向。")),
        0
    );
}

#[test]
fn leaders_with_posts_are_one_leader_each() {
    for (value, want) in [
        ("王明(副市长)", vec![leader("王明", Some("副市长"))]),
        (
            "王五(市政府副秘书长)",
            vec![leader("王五", Some("市政府副秘书长"))],
        ),
        (
            "王明(常务副市长)、李华(副市长)",
            vec![
                leader("王明", Some("常务副市长")),
                leader("李华", Some("副市长")),
            ],
        ),
        ("王明 副市长", vec![leader("王明", Some("副市长"))]),
        ("副市长 王明", vec![leader("王明", Some("副市长"))]),
        ("副市长王明", vec![leader("王明", Some("副市长"))]),
        (
            "市委常委、常务副市长王明",
            vec![leader("王明", Some("市委常委、常务副市长"))],
        ),
        // The rank, the post, then the name after a space: one person.
        (
            "市委常委、副市长 李四",
            vec![leader("李四", Some("市委常委、副市长"))],
        ),
        ("市委常委、副市长", vec![leader("市委常委、副市长", None)]),
        (
            "胡海达常务副市长",
            vec![leader("胡海达", Some("常务副市长"))],
        ),
        (
            "市长、副市长",
            vec![leader("市长", None), leader("副市长", None)],
        ),
        (
            "市长、副市长王明",
            vec![leader("市长", None), leader("王明", Some("副市长"))],
        ),
        ("市长助理", vec![leader("市长助理", None)]),
        // A surname and a post: one person, named as written ("张副" was cut off).
        ("张副市长", vec![leader("张副市长", None)]),
        ("李常务副县长", vec![leader("李常务副县长", None)]),
        ("市委常委", vec![leader("市委常委", None)]),
        (
            "王明 李华",
            vec![leader("王明", None), leader("李华", None)],
        ),
        ("钱 宇", vec![leader("钱宇", None)]),
        // Two padded names run together where a cell wrapped (南陵 2024).
        (
            "陆 明俞 悦",
            vec![leader("陆明", None), leader("俞悦", None)],
        ),
        (
            "王 嵘、方 勇",
            vec![leader("王嵘", None), leader("方勇", None)],
        ),
        // A padded name beside one written whole, a name per line (held-out c10464).
        (
            "张炳炎\n陈  忠",
            vec![leader("张炳炎", None), leader("陈忠", None)],
        ),
        // A padded name beside one written whole in one cell (held-out c11046).
        (
            "沈 昱 祝振伟",
            vec![leader("沈昱", None), leader("祝振伟", None)],
        ),
        // Wide spaces a copy showed as question marks (held-out c11400).
        (
            "胡小波 ?杨 ?剑",
            vec![leader("胡小波", None), leader("杨剑", None)],
        ),
        ("艾 ?进", vec![leader("艾进", None)]),
    ] {
        assert_eq!(parse_leaders(Keyed::plain(value)), want, "{value}");
    }
}

#[test]
fn leaders_in_headings() {
    for (h, name, post) in [
        ("胡海达常务副市长负责主抓工作", "胡海达", Some("常务副市长")),
        ("叶枝利区长牵头重点工作", "叶枝利", Some("区长")),
        (
            "张盈军区政府党组成员牵头重点工作",
            "张盈军",
            Some("区政府党组成员"),
        ),
        ("邬旻副区长牵头重点工作", "邬旻", Some("副区长")),
        ("尹学群市长牵头的重点工作", "尹学群", Some("市长")),
        ("由王明副市长负责的工作", "王明", Some("副市长")),
        (
            "李丹常委、常务副区长牵头重点工作",
            "李丹",
            Some("常委、常务副区长"),
        ),
    ] {
        let (a, b, who) = heading_who(h).unwrap_or_else(|| panic!("{h}"));
        assert_eq!(who, HeadingWho::Leader, "{h}");
        let l = split_name_post(Keyed::plain(&h[a..b]));
        assert_eq!((l.name.as_str(), l.post.as_deref()), (name, post), "{h}");
    }
    // A unit that handles a proposal named in quotes (held-out c7100).
    for (h, unit) in [
        (
            "农业和科技委员会承办的“关于解决柔远镇夹渠村自来水并网的建议”(第1号)",
            "农业和科技委员会",
        ),
        (
            "财政局承办的《关于将工业园区基础设施建设资金纳入市财政预算的建议》",
            "财政局",
        ),
    ] {
        let (a, b, who) = heading_who(h).unwrap_or_else(|| panic!("{h}"));
        assert_eq!((&h[a..b], who), (unit, HeadingWho::Unit));
    }
    assert!(heading_who("关于“解决自来水并网”的建议").is_none());
    let h = "县示范区管委会牵头工作(8项)";
    assert_eq!(heading_who(h).map(|w| w.2), Some(HeadingWho::Unit));
    assert!(heading_who("共同落实工作").is_none());
    // Two leaders are no heading of one leader.
    assert!(heading_who("王明副市长、李华副市长牵头重点工作").is_none());
    assert!(heading_who("综合方面").is_none());
    assert!(heading_who("加强组织领导").is_none());
    // The bodies of a trade over their duties (held-out c11564); not a heading's
    // phrase that ends in a role's words (c6501), nor a collective.
    for h in ["生态环境部门", "发改部门", "公安机关"] {
        assert_eq!(heading_who(h), Some((0, h.len(), HeadingWho::Unit)), "{h}");
    }
    assert!(heading_who("重点普法内容及责任部门").is_none());
    // (A body's share of the work over its items, held-out c13454: with the duties of
    // bodies set up for the work below.) Not a part's own heading, nor a sentence that
    // ends in 任务.
    assert!(heading_who("主要工作任务").is_none());
    assert!(heading_who("承担市政府赋予的其他任务").is_none());
    assert!(heading_who("通州区政府主责任务").is_none());
    // A body every place has over its duties, alone, after its level or place, or
    // before the field of its duties (held-out c11620, c11624, c11625, c11626).
    for (h, body) in [
        ("党委主要职责", "党委"),
        ("党工委生态环境保护工作职责", "党工委"),
        ("县级以上党委生态环境保护工作职责", "县级以上党委"),
        (
            "街道办事处(乡镇政府)安全生产监管职责",
            "街道办事处(乡镇政府)",
        ),
        ("社区(村)安全生产监管职责", "社区(村)"),
        ("县应急管理局职责", "县应急管理局"),
        // A unit's own party body (held-out c11883).
        ("文化馆党支部意识形态工作主体工作职责", "文化馆党支部"),
        ("县教育局党组主要职责", "县教育局党组"),
    ] {
        let (a, b, who) = heading_who(h).unwrap_or_else(|| panic!("{h}"));
        assert_eq!((&h[a..b], who), (body, HeadingWho::Unit), "{h}");
    }
    // Not words of work before 政府, nor a name that goes on, nor members or a
    // collective's part.
    for h in [
        "依法全面履行政府职能",
        "市安委会成员单位与职责",
        "部门责任",
        "严格落实各级人民法院党组的主体责任",
    ] {
        assert!(heading_who(h).is_none(), "{h}");
    }
    assert!(heading_who("有关部门").is_none());
    // The place a problem list's heading names (held-out c10181); not a topic.
    for (h, place) in [
        ("大槐树镇路段问题", "大槐树镇"),
        ("城关街道存在的问题", "城关街道"),
    ] {
        let (a, b, who) = heading_who(h).unwrap_or_else(|| panic!("{h}"));
        assert_eq!((&h[a..b], who), (place, HeadingWho::Unit));
    }
    assert!(heading_who("环境卫生问题").is_none());
    // The duties of a body set up for the work (held-out c10225, c10224), and a body's
    // share of the work (c13454).
    for (h, body) in [
        ("乡级防汛指挥部主要职责", "乡级防汛指挥部"),
        ("镇防汛工作领导小组职责", "镇防汛工作领导小组"),
        ("县公安局主要工作任务", "县公安局"),
        ("县经济局工作任务", "县经济局"),
    ] {
        let (a, b, who) = heading_who(h).unwrap_or_else(|| panic!("{h}"));
        assert_eq!((&h[a..b], who), (body, HeadingWho::Unit));
    }
    assert!(heading_who("乡领导小组下设八个工作队").is_none());
    assert!(heading_who("存在问题").is_none());
    // A unit's name with a count of its items.
    assert_eq!(
        heading_who("鹿城镇(14个)").map(|w| (w.1, w.2)),
        Some(("鹿城镇".len(), HeadingWho::Unit))
    );
    assert!(heading_who("市第二人民医院").is_none());
}

#[test]
fn unknown_labels_are_kept_for_a_warning() {
    let o = own("督导单位:市委督查室");
    assert_eq!(o.unknown_labels, ["督导单位"]);
    assert!(o.claims.is_empty());
}
/// A sentence of work that happens to start like a name and a post is no leader.
#[test]
fn work_is_no_leader() {
    let s = "全面落实市委市政府常态化疫情防控各项要求,确保不发生聚集性疫情";
    assert_eq!(leading_clauses(Keyed::plain(s)), 0);
    assert!(!is_leader("全面落实市委市政府常态化疫情防控各项要求"));
    // Bodies and a verb of leading are no post (c3203).
    assert!(!is_leader("区政协党组和主席会议组织领导"));
    assert!(is_leader("县级领导"));
}

/// A paragraph that opens with its unit and a duty verb.
#[test]
fn duty_openings() {
    for (k, name, verb) in [
        ("区住建局负责全区村庄环境整治总协调工作", "区住建局", "负责"),
        ("区委农办要结合全区建设任务", "区委农办", "要"),
        ("规划分局负责辖区规划布点", "规划分局", "负责"),
        ("由县环卫站负责清除上述地段垃圾", "县环卫站", "负责"),
        ("此项工作由县环卫站负责", "县环卫站", "负责"),
        ("此项活动由县文化馆负责组织实施", "县文化馆", "负责"),
        // A word that joins the clause to the sentence before (held-out c5203).
        ("其中省政府办公厅负责80万元", "省政府办公厅", "负责"),
        ("上述问题由金水区人民政府负责整改", "金水区人民政府", "负责"),
        // After 由 a verb of the work itself names the agent too (held-out c1906).
        ("由县住建局督促商户更换", "县住建局", "督促"),
        // Other words that name the agent as 由 does.
        ("责成县教育局抓好落实", "县教育局", "抓好"),
        // A tail of the names before the verb is none of theirs.
        (
            "由市卫健委、市医保局共同负责推进医保改革",
            "市卫健委、市医保局",
            "负责",
        ),
        (
            "由统筹办、新农办组织对社区建设进行验收",
            "统筹办、新农办",
            "组织",
        ),
        // After 由, how it works before the verb (held-out c2100), and 所在 of a name.
        ("由所在乡镇通过招商引资全力盘活", "所在乡镇", "通过"),
        ("由县财政局按照规定拨付资金", "县财政局", "按照"),
        // An adverb of "as well" before the modal (held-out c13700).
        ("县林业局还要做好苗木调配", "县林业局", "要"),
        ("县财政局同时要做好资金保障", "县财政局", "要"),
        // A period before the names, a comma after it or not (held-out c13722).
        (
            "春节期间乡水利站、供水单位要摸清供水情况",
            "乡水利站、供水单位",
            "要",
        ),
        ("汛期期间,县水利局要加强巡查", "县水利局", "要"),
        // 人口, not 负责人 (held-out c3205).
        ("省统计局负责人口普查的日常工作", "省统计局", "负责"),
        // A duty whose object is a body's make-up, the 的 before a later clause.
        (
            "县民政局负责做好人员的培训,确保领导到位",
            "县民政局",
            "负责",
        ),
        // An entry whose name a comma closes (held-out c4201), read as after a colon.
        ("交通部门,负责通村公路和道路建设", "交通部门", ":"),
        // A name's own bracket inside an entry's name (held-out c11825).
        (
            "农业农村(农经)主管部门。负责指导宅基地分配",
            "农业农村(农经)主管部门",
            ":",
        ),
        // A work group's name as a sentence, then its duties' own label (c4506).
        (
            "综合协调组。 工作职责:负责起草街道疫情防控工作重要文件",
            "综合协调组",
            ":",
        ),
        // A verb of duty after the colon, however short the page cut the duty
        // (held-out c6103).
        ("市旅游局:负责气象灾害预", "市旅游局", ":"),
        // After 由, a level alone is its government; a count of the unit's people
        // carries out the work (held-out c6400, c6402).
        ("由镇协调陆渠局做好大渠沿线检查维修工作", "镇", "协调"),
        ("由县统一组织验收", "县", "统一"),
        (
            "由市煤炭工业局1名县级领导带队,2名专业人员参加",
            "市煤炭工业局",
            "",
        ),
        ("由市公安局两名民警组成", "市公安局", ""),
        // A count inside a name is none.
        ("由市第三人民医院负责救治", "市第三人民医院", "负责"),
        // A body's name as a sentence of its own, then a verb of the work itself
        // (held-out c7000).
        ("市住建委。协调推动何家沟综合整治", "市住建委", ":"),
        // Persons' words that close the verb's clause are its object, the unit's work
        // (held-out c13001), not persons described by their duty.
        ("县卫生局要加强对项目的领导。", "县卫生局", "要"),
        ("县卫生局负责项目的领导", "县卫生局", "负责"),
        // After 要 the words of persons are the work's, whatever follows them: 要 says
        // what the unit must do, never who a person is (held-out c13872).
        ("各街镇要落实受理窗口的人员保障。", "各街镇", "要"),
        // The names, then when the work is done, then the verb (held-out c13920): a
        // clause of 在 and a word of time, or a period alone, is no part of the name.
        (
            "市政府总值班室在节日期间要采取不同方式检查",
            "市政府总值班室",
            "要",
        ),
        ("各单位节日期间要加强检查", "各单位", "要"),
        ("县应急局在灾害发生后要及时报告", "县应急局", "要"),
        // A deadline run into the names that follow it (held-out c13924).
        ("3月底前各地区、各部门要制定方案", "各地区、各部门", "要"),
    ] {
        let (start, end, v) = duty_opening(k).unwrap_or_else(|| panic!("{k}"));
        assert_eq!((&k[start..end], v), (name, verb));
    }
    for k in [
        "市发改委负责人介绍了有关情况",
        "市住建局要求各地加快进度",
        "加快推进项目建设要抓好落实",
        "全面负责全区工作",
        // A bracket opened before the verb: the name would run into it.
        "推进项目(由县发改局负责整改",
        // Without 由, a verb of the work is no duty: the text is the plan's demand.
        "县住建局督促商户更换",
        "县财政局按照规定拨付资金",
        // 由 over what is no unit's name: a change from one state to another.
        "由传统产业通过改造转为新兴产业",
        // Persons described by their duty (held-out c3405).
        "各单位负责安全生产工作的领导为成员",
        // After a comma, a demand is no entry; nor is a body being set up (c3802).
        "各乡镇,要加快推进",
        "成立县秸秆禁烧工作领导小组,负责全县指导工作",
        "设置区级犬只收治中心,负责全区犬只的收容",
        // A salutation: a colon that ends its line, no verb of duty after it.
        "各乡镇人民政府:",
        "各乡镇人民政府:现将",
        // A title that ends like a unit's name ("布局"), then the work: no body's name.
        "优化产业布局。加快城市建成区企业搬迁",
        // A level alone before what is no verb; a count after what is no unit.
        "由镇村干部包片负责",
        "由12名专家组成",
        // A principle that ends like units before 负责 (held-out c11742).
        "坚持属地为主、分级分部门负责",
        // A handing over after a check before the body that 负责s (held-out c13702).
        "经绿化委员会办公室验收合格后移交白马关景区负责管护",
        "验收合格后移交白马关景区管委会负责管护",
        // A kind of place over a list of places (c3802).
        "禁烧重点监管乡(镇):严道镇、花滩镇、龙苍沟镇、新添镇、大田坝乡",
    ] {
        assert!(duty_opening(k).is_none(), "{k}");
    }
}

/// A duty opening's names joined by 和 are two units when each is one alone.
#[test]
fn duty_units_joined_by_and() {
    let names = |k: &str| -> Vec<String> {
        duty_units(Keyed::plain(k))
            .into_iter()
            .map(|u| u.name)
            .collect()
    };
    assert_eq!(
        names("各乡镇(街道)和职能部门"),
        ["各乡镇(街道)", "职能部门"]
    );
    // A 、 inside a name's brackets is the name's (c3908).
    assert_eq!(
        names("县(区、市)政府、各工业园区"),
        ["县(区、市)政府", "各工业园区"]
    );
    assert_eq!(
        names("县财政局、县审计局及县发改局"),
        ["县财政局", "县审计局", "县发改局"]
    );
    assert_eq!(names("住房和城乡建设局"), ["住房和城乡建设局"]);
    // Split as the list reader splits: a body of the same place is one entry, and
    // "等单位" names no unit of its own.
    assert_eq!(names("各县党委和人民政府"), ["各县党委和人民政府"]);
    assert_eq!(names("县卫生局等单位"), ["县卫生局"]);
    // "等单位以及…": the kind of body 等 ends with, then a unit joined by 以及
    // (held-out c12541).
    assert_eq!(
        names("县自然资源局、县农业农村局等单位以及相关乡镇"),
        ["县自然资源局", "县农业农村局", "相关乡镇"]
    );
    assert_eq!(names("县财政局以及县审计局"), ["县财政局", "县审计局"]);
    // 和 inside a word joins no two units (held-out c12664).
    assert_eq!(
        names("市城乡和谐社区建设领导小组"),
        ["市城乡和谐社区建设领导小组"]
    );
    // 等 inside a word is no "etc." (held-out c11380).
    assert_eq!(
        roles("责任单位:学生处,各高等学校").0,
        ["学生处", "各高等学校"]
    );
    assert_eq!(names("各中等职业学校等单位"), ["各中等职业学校"]);
    // 主管部门 is a collective, as 有关部门 is, for a label's list too.
    assert_eq!(
        roles("责任单位:县卫生局等行业主管部门").0,
        ["县卫生局", "行业主管部门"]
    );
    assert_eq!(
        names("县教育局、卫生局等行业主管部门"),
        ["县教育局", "卫生局", "行业主管部门"]
    );
    assert_eq!(names("市住房和城乡建设局"), ["市住房和城乡建设局"]);
}

/// The agent named by a 由 inside a sentence, with or without a role verb.
#[test]
fn agents_after_you() {
    let k = "对闲置养殖场,由所在乡镇通过招商引资、转型升级等方式全力盘活";
    let Some(AfterYou::Agent(a, b)) = after_you(Keyed::plain(k)) else {
        panic!("{k}");
    };
    assert_eq!(&k[a..b], "所在乡镇");
    assert!(after_you(Keyed::plain("项目由传统产业,由此带动就业")).is_none());
    // A person given a post is no agent (c11645).
    assert!(after_you(Keyed::plain("领导小组下设办公室,由吴和同志任办公室主任。")).is_none());
    // A short topic, then 由 and the agent (held-out c2604).
    // (组织实施 is a role verb: the clause is read as who does what.)
    let k = "道路交通专项督查组由县公安局组织实施";
    let Some(AfterYou::Clauses(a, b)) = after_you(Keyed::plain(k)) else {
        panic!("{k}");
    };
    assert_eq!(&k[a..b], "由县公安局组织实施");
    assert!(after_you(Keyed::plain("由于资金不足,进展缓慢")).is_none());
}

/// A duty opening's name of several units between 、 is each of them (held-out c1601:
/// "福建出入境检验检疫局、厦门出入境检验检疫局负责,…" gave the two and the pair).
#[test]
fn duty_openings_name_each_unit_of_a_list() {
    let k = "福建出入境检验检疫局、厦门出入境检验检疫局负责,省农业厅配合";
    let (start, end, _) = duty_opening(k).unwrap();
    let units: Vec<String> = duty_units(Keyed::plain(&k[start..end]))
        .into_iter()
        .map(|u| u.name)
        .collect();
    assert_eq!(units, ["福建出入境检验检疫局", "厦门出入境检验检疫局"]);
    let units = duty_units(Keyed::plain("区住建局"));
    assert_eq!(units.len(), 1);
}

/// A unit label used as a word of a sentence, its units right after it.
#[test]
fn a_label_used_as_a_word_of_a_sentence() {
    let k = "以督察通报形式通知责任单位金水区人民政府和管城回族区政府,并要求在11月15日前整改完毕";
    let (_, key) = label_in_sentence(Keyed::plain(k)).unwrap();
    assert_eq!(
        key,
        "责任单位:金水区人民政府、管城回族区政府;完成时限:11月15日前"
    );
    // Words after the label that are no unit's name: none.
    assert!(label_in_sentence(Keyed::plain("要求各责任单位认真整改")).is_none());
    assert!(label_in_sentence(Keyed::plain("通报了牵头单位的工作情况")).is_none());
}

/// Clauses of who does it that open with 由 inside a sentence (a meeting's 议定事项).
#[test]
fn clauses_that_open_with_you_inside_a_sentence() {
    let k = "关于安全生产问题。会议议定,由县应急局牵头,各乡镇配合,开展专项检查,9月底前完成。";
    let Some(AfterYou::Clauses(a, b)) = after_you(Keyed::plain(k)) else {
        panic!("{k}");
    };
    let o = own(&k[a..b]);
    let (lead, coop) = o.resolve(false);
    assert_eq!(lead[0].name, "县应急局");
    assert_eq!(coop[0].name, "各乡镇");
    assert!(after_you(Keyed::plain("加快建设,由于资金不足,进展缓慢。")).is_none());
}

/// "牵头单位及责任人:…": units of the role and the persons beside them, who are the
/// leaders, written in any of the ways a clerk sets a person beside a unit.
#[test]
fn units_and_persons_under_one_label() {
    let o = own("牵头单位及责任人:市发改委(张三)");
    assert_eq!(o.leaders, [leader("张三", None)]);
    assert_eq!(roles("牵头单位及责任人:市发改委(张三)").0, ["市发改委"]);
    let o = own("责任单位及责任人:县发改局局长张三、县财政局副局长李四");
    assert_eq!(
        o.leaders,
        [leader("张三", Some("局长")), leader("李四", Some("副局长"))]
    );
    assert_eq!(
        roles("责任单位及责任人:县发改局局长张三、县财政局副局长李四").0,
        ["县发改局", "县财政局"]
    );
    // 主办 beside 牵头 does the work the 牵头 unit leads; alone, or beside 协办, it
    // leads (held-out c4305).
    assert_eq!(
        roles("牵头领导:吴依殿;牵头单位:市农办;主办单位:市编办、市教育局"),
        (
            vec!["市农办".to_string()],
            vec!["市编办".to_string(), "市教育局".to_string()]
        )
    );
    assert_eq!(
        roles("主办单位:市编办;协办单位:市教育局"),
        (vec!["市编办".to_string()], vec!["市教育局".to_string()])
    );
    assert_eq!(roles("主办:市编办").0, ["市编办"]);
    // Joined by a slash, each value beside its label's (a table's header cell).
    let o = own("牵头单位/责任人:市住建局/李四");
    assert_eq!(o.leaders, [leader("李四", None)]);
    assert_eq!(roles("牵头单位/责任人:市住建局/李四").0, ["市住建局"]);
    let (lead, coop) = roles("牵头单位:县住建局,配合单位及责任人:县财政局 李四");
    assert_eq!(
        (lead, coop),
        (vec!["县住建局".to_string()], vec!["县财政局".to_string()])
    );
    assert_eq!(
        own("责任领导和责任单位:王五,县发改局").leaders,
        [leader("王五", None)]
    );
}

/// A leader addressed as 同志 is named without it; a unit's post ("县发改局局长") is a
/// post, not a person named 县发改局.
#[test]
fn leaders_addressed_as_tongzhi_and_a_units_post() {
    assert_eq!(own("责任领导:王五同志").leaders, [leader("王五", None)]);
    assert_eq!(
        own("责任人:县发改局局长").leaders,
        [leader("县发改局局长", None)]
    );
    assert_eq!(
        own("牵头领导:胡海达常务副市长").leaders,
        [leader("胡海达", Some("常务副市长"))]
    );
    // Units alone after a stop in a leader's value: who does the work, not leaders.
    let o = own("市领导:周八;市城管局、市公安局");
    assert_eq!(o.leaders, [leader("周八", None)]);
    assert_eq!(
        roles("市领导:周八;市城管局、市公安局").0,
        ["市城管局", "市公安局"]
    );
    assert_eq!(own("责任领导:张三;李四").leaders.len(), 2);
}

/// The head who takes a work in hand (亲自抓) leads it, beside the one who does it.
#[test]
fn a_head_who_takes_the_work_in_hand_leads_it() {
    let o = own("县长王五亲自抓,副县长刘一具体负责,县应急局牵头");
    let names: Vec<&str> = o.leaders.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["王五", "刘一"]);
    assert_eq!(
        roles("县长王五亲自抓,副县长刘一具体负责,县应急局牵头").0,
        ["县应急局"]
    );
}

/// The subject that opens a task's work after its title: a duty opening, or a body's
/// name and then a verb of obligation or a word of how the work is done.
#[test]
fn subject_openings() {
    for (k, name) in [
        ("各乡镇必须严格执行种植计划", "各乡镇"),
        // 按 and what the work goes by (held-out c13710).
        ("市直各部门按各自职责范围,对所辖单位组织灭鼠", "市直各部门"),
        ("市区各单位按辖区要求,统一组织投药", "市区各单位"),
        ("县农业农村局应当定期开展督导", "县农业农村局"),
        ("各村按照属地管理原则落实网格责任", "各村"),
        ("区住建局负责全区村庄环境整治", "区住建局"),
        // A request's word before the names is none of theirs (held-out c13976).
        (
            "请各县(区)工业和信息化主管部门、市生态环境局各分局按各自牵头的企业名单书面通知企业",
            "各县(区)工业和信息化主管部门、市生态环境局各分局",
        ),
        ("请市工信局按要求通知企业", "市工信局"),
    ] {
        let (a, b, _) = subject_opening(k).unwrap_or_else(|| panic!("{k}"));
        assert_eq!(&k[a..b], name);
    }
    // Bodies of a kind and the verb of the work itself; a time between the bodies and
    // their work; a clause of the grounds before the subject (held-out c6100).
    for (k, name) in [
        (
            "各县、区做好2022年度已建成节约型机关单位的评价复核迎检工作",
            "各县、区",
        ),
        (
            "各县、区2023年底前建设公共机构生活垃圾分类示范点不少于3个",
            "各县、区",
        ),
        ("县民政局6月30日前完成摸底", "县民政局"),
        (
            "根据全省党政机关绿色食堂评估细则,各县、区2023年底前遴选绿色食堂不少于1个",
            "各县、区",
        ),
        // (A comma inside the clause's quotes, held-out c12622.)
        (
            "按照“属地管理、分级负责,谁主管谁负责”的原则,各相关单位要抓紧落实问题线索核查",
            "各相关单位",
        ),
    ] {
        let (a, b, _) = subject_opening(k).unwrap_or_else(|| panic!("{k}"));
        assert_eq!(&k[a..b], name);
    }
    // Not a body's name; a time, not a way of the work.
    assert!(subject_opening("充分体现政府与市场在实施中的不同功能").is_none());
    assert!(subject_opening("各级政府及其工作部门在作出重大行政决策时").is_none());
    // One body's name before the work's own verb is the work's topic, not its doer; a
    // time that ends its clause is no time before work; a clause of grounds with no
    // subject after it.
    assert!(subject_opening("市场监管执法推进有力").is_none());
    // A body of a level named whole, before the work's own verb, is its doer (held-out
    // c1907).
    for (k, name) in [
        (
            "镇派出所强化执法力度,严厉查处超载、超员等违法行为",
            "镇派出所",
        ),
        ("县公安局加强道路巡查", "县公安局"),
    ] {
        let (a, b, _) = subject_opening(k).unwrap_or_else(|| panic!("{k}"));
        assert_eq!(&k[a..b], name);
    }
    assert!(subject_opening("市场监管加强执法").is_none());
    // An organisation's name ends in 组织, before a verb of obligation, not a verb of
    // work (held-out c11347).
    // A word of manner before the verb of the work (held-out c11823).
    let k = "各村(社区)认真制定本村集体经济发展规划";
    let (a, b, _) = subject_opening(k).expect("a subject");
    assert_eq!(&k[a..b], "各村(社区)");
    let k = "全镇各级群团组织要以高度的政治自觉推动学习贯彻";
    let (a, b, _) = subject_opening(k).expect("a subject");
    assert_eq!(&k[a..b], "全镇各级群团组织");
    // Nor before the trade of a name that goes on (held-out c13254): no "各级" that
    // 组织s.
    let k = "各级组织部门要给予组织处理";
    let (a, b, _) = subject_opening(k).expect("a subject");
    assert_eq!(&k[a..b], "各级组织部门");
    assert!(
        subject_opening("各级组织部门给予组织处理").is_none_or(|(a, b, _)| b - a > "各级".len())
    );
    assert!(subject_opening("各县区2023年底前,完成改造").is_none());
    assert!(subject_opening("根据工作需要,加快推进项目建设").is_none());
    // Not a subject outside that place: a duty opening does not take these verbs.
    assert!(duty_opening("各乡镇必须严格执行种植计划").is_none());
}

/// A clause that opens with 会同 inside a text whose unit is named: the names up to the
/// verb of the work cooperate (held-out c2600).
#[test]
fn partners_after_huitong() {
    let mut o = Own::default();
    read_partners(
        Keyed::plain("负责全市殡葬事务的管理,会同市发改、公安等有关部门依法查处违法行为。"),
        &mut o,
    );
    let (_, coop) = o.resolve(false);
    let names: Vec<&str> = coop.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(names, ["市发改", "公安", "有关部门"]);
    // 处 ends a name and a verb: the name ends before the verb of the work.
    let mut o = Own::default();
    read_partners(
        Keyed::plain("负责管理,会同市公安局依法查处违法行为"),
        &mut o,
    );
    assert_eq!(o.resolve(false).1[0].name, "市公安局");
    // No verb after the names: none.
    let mut o = Own::default();
    read_partners(Keyed::plain("负责管理,会同有关方面的意见"), &mut o);
    assert!(o.claims.is_empty());
    // After the unit's own 负责 or 并, and 协同 too; a body's generic ending ends the
    // last name whatever verb follows (held-out c4401, c4405).
    for (k, want) in [
        (
            "市文化执法总队:负责会同公安、城管部门查处非法销售盗版光盘的违法行为。",
            vec!["公安", "城管部门"],
        ),
        (
            "市工商局:负责协同城管执法部门查处依托门店店外经营、非法大排档、非法小广告。",
            vec!["城管执法部门"],
        ),
        (
            "市物价局:负责组织召开听证会;会同财政、环保、水利等有关部门贯彻执行国家的有关政策。",
            vec!["财政", "环保", "水利", "有关部门"],
        ),
        // After a phrase of the grounds of the work (held-out c6103).
        (
            "市国土资源局:提供地质灾害易发区分布图,根据气象条件会同气象部门提供地质灾害发生概率等级预报信息。",
            vec!["气象部门"],
        ),
    ] {
        let mut o = Own::default();
        read_partners(Keyed::plain(k), &mut o);
        let (_, coop) = o.resolve(false);
        let names: Vec<&str> = coop.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(names, want, "{k}");
    }
}

/// Minutes that approve a unit's proposal name the unit that carries it on.
#[test]
fn approved_proposers() {
    for (k, name) in [
        (
            "会议原则同意县经发局关于调整领导小组组成人员的意见,会后提交。",
            "县经发局",
        ),
        (
            "会议原则同意县住建局、经发局提交的《管理办法》,修改后印发。",
            "县住建局、经发局",
        ),
        ("会议同意县财政局提出的预算调整方案。", "县财政局"),
    ] {
        let (a, b) = approved_proposer(k).unwrap_or_else(|| panic!("{k}"));
        assert_eq!(&k[a..b], name);
    }
    // A document approved, no unit: none.
    assert!(approved_proposer("会议原则同意《临沂市扶持建筑业骨干企业发展实施方案》。").is_none());
}

/// "由X会同A、B、C等部门研究…": every partner of a 会同 list cooperates, however long
/// the list (held-out c3604: nine partners of 发展改革委).
#[test]
fn a_long_list_of_partners() {
    let k = "由发展改革委会同中央农办、农业部、财政部、粮食局等部门研究提出落实意见。";
    let mut own = Own::default();
    assert!(list::read(Keyed::plain(k), Mode::Sentence, &mut own) > 0);
    let claims: Vec<(&str, Mark)> = own
        .claims
        .iter()
        .map(|c| (c.unit.name.as_str(), c.mark))
        .collect();
    assert_eq!(
        claims,
        [
            ("发展改革委", Mark::Lead),
            ("中央农办", Mark::Coop),
            ("农业部", Mark::Coop),
            ("财政部", Mark::Coop),
            ("粮食局", Mark::Coop)
        ]
    );
}

/// The work named first, then 由 or 以 and the units that do it (held-out c5801):
/// the work is no name, nor a list of works before it; 以上, 自由 and a role's name are
/// no hand-over.
#[test]
fn work_then_the_units_that_do_it() {
    let (lead, coop) =
        roles("校内整治由学校负责,周边秩序整治以乡综治办、治安派出所为主,土地文化部门配合。");
    assert_eq!(lead, ["乡综治办", "治安派出所"]);
    assert_eq!(coop, ["学校", "土地文化部门"]);
    let (lead, _) = roles("无证经营、违章经营、流动摊贩整治以土地办负责。");
    assert_eq!(lead, ["土地办"]);
    assert_eq!(
        list::after_topic("校内整治由学校"),
        Some("校内整治由".len())
    );
    for k in [
        "各地级以上市人民政府",
        "中国(浙江)自由贸易试验区管委会",
        "稳控由各包案领导和责任单位",
        "工作要求:由市发改委",
    ] {
        assert_eq!(list::after_topic(k), None, "{k}");
    }
    // A duty opening in a paragraph: the unit after the work.
    let key = "校内整治由学校负责,确保安全。";
    let (start, end, verb) = duty_opening(key).unwrap();
    assert_eq!((&key[start..end], verb), ("学校", "负责"));
    // A system of responsibility (负责制) is no duty.
    assert_eq!(
        duty_opening("乡实行干部联村负责制,各村建立保洁员队伍。"),
        None
    );
}

/// An office of the issuer as the subject of a task's work (held-out c5604): no level
/// or 各 before it, its ending says it is a body; a phrase of the work is none.
#[test]
fn an_office_as_the_subject() {
    let key = "局综合科结合我局日常工作,及时收集、发布各类信息。";
    let (start, end, _) = subject_opening(key).unwrap();
    assert_eq!(&key[start..end], "局综合科");
    assert_eq!(subject_opening("充分体现政府与市场结合的要求。"), None);
}

/// A bracket that names who leads and then the others by name alone, no verb after
/// them (held-out c6700): it is who does the item, the others cooperating; the others
/// after "X负责" are no such bracket, nor names that are no units.
#[test]
fn a_bracket_of_who_leads_and_the_others_by_name() {
    let k = "1.促进消费。(市商务局牵头,市经济和信息化局、市市场监管局,市工商联,各区人民政府(含开发区管委会))";
    let (_, a, b) = trailing_bracket(k).unwrap();
    let (lead, coop) = roles(&k[a..b]);
    assert_eq!(lead, ["市商务局"]);
    assert_eq!(
        coop,
        [
            "市经济和信息化局",
            "市市场监管局",
            "市工商联",
            "各区人民政府(含开发区管委会)"
        ]
    );
    assert!(trailing_bracket("1.促进消费。(市商务局牵头,做好宣传)").is_none());
    assert!(trailing_bracket("1.促进消费。(市商务局负责,市工商联)").is_none());
}

/// A bare kind of body after a collective is more of it ("市直有关部门、单位",
/// "各部门、单位配合": held-out c6701), after one unit it stays apart.
#[test]
fn a_bare_kind_of_body_after_a_collective() {
    assert_eq!(
        roles("牵头单位:市大数据局;配合单位:市直有关部门、单位,各区市政府").1,
        ["市直有关部门、单位", "各区市政府"]
    );
    assert_eq!(roles("市发改委牵头,各部门、单位配合").1, ["各部门、单位"]);
    assert_eq!(roles("市委组织部、单位负责").0, ["市委组织部", "单位"]);
}

/// A line of unit names alone is a task's units; a clause that sets a body up or one of
/// purpose is not, however its last word ends (小组, 落到实处).
#[test]
fn units_lines() {
    for k in ["★市水利局、市生态环境局、各县区政府", "市大数据局。"] {
        assert!(is_units_line(k), "{k}");
    }
    for k in [
        "成立工作领导小组。",
        "为确保工作落到实处,成立工作领导小组。",
        "组建工作专班",
        "市政府成立森林防火指挥部。",
    ] {
        assert!(!is_units_line(k), "{k}");
    }
}

/// A role's name is said of whoever has the role: no unit a sentence names ("由牵头部门
/// 负责报告", "各有关责任单位要…"); a collective of members and a body are.
#[test]
fn role_names_are_no_units() {
    for k in ["牵头部门", "各有关责任单位", "承办单位", "配合单位"] {
        assert!(!names::is_name_in_sentence(k), "{k}");
    }
    for k in ["各成员单位", "县发改局", "各有关单位"] {
        assert!(names::is_name_in_sentence(k), "{k}");
    }
}

/// Partners after 连同 or 联合 at a text's start are read too ("联合工商、公安、城管等部门
/// 开展…", c8204).
#[test]
fn partners_at_the_start_of_a_text() {
    let mut o = Own::default();
    read_partners(
        Keyed::plain("联合工商、公安、城管等部门开展清理整顿。"),
        &mut o,
    );
    let (_, coop) = o.resolve(false);
    let names: Vec<String> = coop.into_iter().map(|u| u.name).collect();
    assert_eq!(names, ["工商", "公安", "城管"]);
    let mut o = Own::default();
    read_partners(
        Keyed::plain("做好整治,连同城建、综治办等部门拆除违章建筑。"),
        &mut o,
    );
    let (_, coop) = o.resolve(false);
    assert_eq!(coop.len(), 2);
}

/// One office with its other plates in a bracket is a unit's name, not a unit and
/// who does it (held-out c10020); a work's words before a bracket are not.
#[test]
fn a_unit_with_its_other_names() {
    assert!(is_unit_with_other_names(
        "综合办公室(党群工作部、监察室、督查室、财务室)"
    ));
    assert!(is_unit_with_other_names("工程建设管理局(安全生产监督局)"));
    for k in [
        "加强宣传(市委宣传部、市文明办)",
        "综合办公室",
        "市发改委(牵头)",
        "推进工作。市发改委(市财政局、市统计局)",
        "加强市委组织部(市人才办)",
    ] {
        assert!(!is_unit_with_other_names(k), "{k}");
    }
}

/// A government of no place names no one ("由政府牵头", held-out c10102; the corpus
/// rules, c3702); a place's government does.
#[test]
fn a_government_of_no_place_is_no_unit() {
    assert!(!looks_like_unit("政府"));
    assert!(!looks_like_unit("人民政府"));
    // A bare kind of body counted names no one; places counted are the place's
    // (held-out c12714, c10920).
    assert!(!looks_like_unit("一个部门"));
    assert!(!looks_like_unit("多个单位"));
    assert!(looks_like_unit("14个乡镇人民政府"));
    assert!(looks_like_unit("县政府"));
    assert!(looks_like_unit("盘龙区人民政府"));
    // A team's number alone (c10181's 一组, 二组).
    for k in ["二组", "第三组", "1组"] {
        assert!(!looks_like_unit(k), "{k}");
    }
    assert!(looks_like_unit("县创文督查组"));
    // A meeting (held-out c10263).
    assert!(!looks_like_unit("重点任务分解研判部署会"));
    assert!(!looks_like_unit("县长办公会"));
    assert!(looks_like_unit("县总工会"));
}

/// "X、Y会同Z…", "X负责并会同Z…": the names listed with the subject and the subject lead,
/// whatever role verb and 并 stand before 会同; Z cooperates (held-out c11282, a 株洲
/// 招商 plan: "市外侨办、市台办、市贸促会、市工商联负责并会同有关部门做好…").
#[test]
fn a_list_before_with_leads_with_its_subject() {
    for (k, lead, coop) in [
        (
            "市外侨办、市台办会同有关部门做好客户邀请工作。",
            &["市外侨办", "市台办"][..],
            "有关部门",
        ),
        (
            "市外侨办、市台办负责并会同有关部门做好客户邀请工作。",
            &["市外侨办", "市台办"][..],
            "有关部门",
        ),
        (
            "市外侨办牵头并会同市财政局做好客户邀请工作。",
            &["市外侨办"][..],
            "市财政局",
        ),
    ] {
        let mut own = Own::default();
        assert!(
            list::read(Keyed::plain(k), Mode::Sentence, &mut own) > 0,
            "{k}"
        );
        let (l, c) = own.resolve(false);
        fn names(v: &[Unit]) -> Vec<&str> {
            v.iter().map(|u| u.name.as_str()).collect()
        }
        assert_eq!((names(&l), names(&c)), (lead.to_vec(), vec![coop]), "{k}");
    }
}

/// A with-word and a single char after it end a name ("省供销合作社联合社", held-out
/// c4200): no partner after it.
#[test]
fn a_name_ending_in_a_with_word_stays_whole() {
    let (lead, coop) = roles("协同单位:省扶贫办、省供销合作社联合社。");
    assert_eq!(
        (lead, coop),
        (
            vec![],
            vec!["省扶贫办".to_string(), "省供销合作社联合社".to_string()]
        )
    );
}

/// A sentence's subject may be a long list of bodies and a word of manner before its
/// verb ("…、市房产局、市旅游局主要做好…", held-out c11282); a clause of manner opened by
/// 按 is no part of a name, the bodies before it the subject ("各县市区按市团统一部署", whose
/// label in c11282 names 各县市区 as the lead).
#[test]
fn subjects_listed_long_or_with_a_word_of_manner() {
    let k = "市农办、市建设局、市规划局、市环保局、市国土资源局、市交通局、市房产局、市旅游局主要做好审查工作。";
    let (a, b, _) = subject_opening(k).expect("a subject");
    assert_eq!(
        (a, &k[a..b]),
        (
            0,
            "市农办、市建设局、市规划局、市环保局、市国土资源局、市交通局、市房产局、市旅游局"
        )
    );
    let k = "各县市区按市团统一部署,主要做好本地区招商项目的策划。";
    let (a, b, _) = subject_opening(k).expect("a subject");
    assert_eq!(&k[a..b], "各县市区");
}

#[test]
fn a_youth_bodys_organisations_split_at_and_and_a_cut_list_drops_its_and() {
    // Held-out c11903: "少先队组织" is a body of the masses, as "团组织" is.
    let (_, coop) = roles("参与单位:各级团组织、各学校团组织和少先队组织。");
    assert_eq!(coop, ["各级团组织", "各学校团组织", "少先队组织"]);
    // The same list cut by the page's end after 和.
    let (_, coop) = roles("参与单位:各级团组织、各学校团组织和");
    assert_eq!(coop, ["各级团组织", "各学校团组织"]);
}

#[test]
fn a_bracket_closed_after_a_name_and_never_opened_is_no_part_of_it() {
    // Held-out c11966: "(共20分,考评责任单位为市公积金管理中心)", the label inside a bracket.
    let (lead, _) = roles("责任单位:市公积金管理中心)");
    assert_eq!(lead, ["市公积金管理中心"]);
    // A name's own bracket stays.
    let (lead, _) = roles("责任单位:市委组织部(市人才办)");
    assert_eq!(lead, ["市委组织部(市人才办)"]);
}

#[test]
fn a_duty_label_whose_value_opens_with_its_verb_names_no_unit() {
    // Held-out c12040: "职责分工:负责机关值班、信息报送…" under "(一)办公室" gives the
    // office's duties; its pieces are no units.
    let (lead, coop) = roles("职责分工:负责机关值班、信息报送及来电来访处置等。");
    assert!(lead.is_empty() && coop.is_empty(), "{lead:?} {coop:?}");
    // A value that names the units still does.
    let (lead, _) = roles("职责分工:县财政局、县发改局");
    assert_eq!(lead, ["县财政局", "县发改局"]);
}
/// What a sentence read as who does what gives: how far it was read, and each unit
/// with its mark.
fn sentence_claims(k: &str) -> (usize, Vec<(String, Mark)>) {
    let mut own = Own::default();
    let end = list::read(Keyed::plain(k), Mode::Sentence, &mut own);
    let claims = own
        .claims
        .iter()
        .map(|c| (c.unit.name.clone(), c.mark))
        .collect();
    (end, claims)
}

#[test]
fn partners_then_the_time_of_their_work() {
    // "X会同Y、Z于5月底前组织…": the time between the partners and the verb closes
    // their names as a verb does.
    let k = "县应急局会同县水利局、县气象局于5月底前组织开展应急演练。";
    let (end, claims) = sentence_claims(k);
    assert_eq!(end, k.len());
    let want = [
        ("县应急局", Mark::Lead),
        ("县水利局", Mark::Coop),
        ("县气象局", Mark::Coop),
    ];
    assert_eq!(claims, want.map(|(n, m)| (n.to_string(), m)));
}

#[test]
fn a_modal_before_a_role_verb_is_no_part_of_the_name() {
    // "X要牵头…,Y要积极配合": the modal is the sentence's, the roles the verbs'.
    for k in [
        "县水利局要牵头做好水库隐患排查,县应急局要积极配合。",
        "县水利局要牵头,县应急局要积极配合。",
    ] {
        let want = [("县水利局", Mark::Lead), ("县应急局", Mark::Coop)];
        assert_eq!(
            sentence_claims(k).1,
            want.map(|(n, m)| (n.to_string(), m)),
            "{k}"
        );
    }
}

#[test]
fn an_assignment_value_in_sentences_names_its_doers() {
    // Each clause that opens with its doers and 负责 gives them; a clause without a
    // subject ("负责联系学校…", "安排讲解员讲解") and one of other words ("各县局自行
    // 组织") name no one (held-out c13834).
    let (lead, coop) = roles("责任分工:市气象学会负责开放活动的组织协调,负责联系学校和学生参观,安排讲解员讲解;办公室、公共气象服务中心负责活动宣传,各县局自行组织。");
    assert_eq!(lead, ["市气象学会", "办公室", "公共气象服务中心"]);
    assert!(coop.is_empty());
    // Names alone after the sentences are the label's too (the page cut the value).
    let (lead, _) = roles(
        "责任分工:公共气象服务中心负责活动协调安排;办公室负责活动具体安排;市气象台、灾防中心",
    );
    assert_eq!(lead, ["公共气象服务中心", "办公室", "市气象台", "灾防中心"]);
    // A value of role verbs alone is read as a list is.
    let (lead, coop) = roles("部门分工:省发展改革委牵头,各地、各部门配合。");
    assert_eq!(lead, ["省发展改革委"]);
    assert_eq!(coop, ["各地", "各部门"]);
}
