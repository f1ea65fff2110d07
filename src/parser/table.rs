//! Tables copied from Word or Excel: cells separated by tabs, a header row such as
//! 序号 / 重点工作 / 牵头单位 / 配合单位 / 完成时限. The header gives each column a
//! role; each row becomes an item whose responsibility cells are turned into the
//! same labelled clauses a label line would give ("牵头单位:…").

/// What a table column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Number,
    Text,
    Leader,
    Lead,
    Resp,
    Coop,
    Deadline,
    Other,
}

impl Column {
    /// The label a cell of this column stands for.
    pub fn label(self) -> Option<&'static str> {
        Some(match self {
            Column::Leader => "牵头领导",
            Column::Lead => "牵头单位",
            Column::Resp => "责任单位",
            Column::Coop => "配合单位",
            Column::Deadline => "完成时限",
            _ => return None,
        })
    }
}

fn column_of(cell: &str) -> Column {
    let c: String = cell.chars().filter(|c| !c.is_whitespace()).collect();
    let has = |ws: &[&str]| ws.iter().any(|w| c.contains(w));
    if has(&["序号", "编号"]) && c.chars().count() <= 4 {
        Column::Number
    } else if has(&["领导", "责任人"]) {
        Column::Leader
    } else if has(&["配合", "协办", "参与", "协同"]) {
        Column::Coop
    } else if has(&["牵头单位", "牵头部门", "主办单位"]) {
        Column::Lead
    } else if has(&["责任单位", "责任部门", "实施单位", "承办单位"]) {
        Column::Resp
    } else if has(&["时限", "时间", "期限", "节点"]) {
        Column::Deadline
    } else if has(&[
        "工作", "任务", "内容", "项目", "事项", "举措", "措施", "目标",
    ]) {
        Column::Text
    } else {
        Column::Other
    }
}

/// Byte ranges of the tab-separated cells of a line, spaces trimmed.
pub fn cells(key: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for part in key.split('\t') {
        let lead = part.len() - part.trim_start().len();
        let t = part.trim();
        out.push((start + lead, start + lead + t.len()));
        start += part.len() + 1;
    }
    out
}

/// A header row: at least a text column and a responsibility column.
pub fn header(key: &str) -> Option<Vec<Column>> {
    if !key.contains('\t') {
        return None;
    }
    let cols: Vec<Column> = cells(key)
        .iter()
        .map(|&(a, b)| column_of(&key[a..b]))
        .collect();
    let text = cols.contains(&Column::Text);
    let who = cols.iter().any(|c| {
        matches!(
            c,
            Column::Lead | Column::Resp | Column::Coop | Column::Leader
        )
    });
    (text && who && cols.len() <= 12).then_some(cols)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_roles() {
        let h = header("序号\t重点工作\t牵头单位\t配合单位\t完成时限").unwrap();
        assert_eq!(
            h,
            [
                Column::Number,
                Column::Text,
                Column::Lead,
                Column::Coop,
                Column::Deadline
            ]
        );
        assert!(header("序号\t重点工作").is_none());
        assert!(header("1\t做好工作\t市发改局").is_none());
    }

    #[test]
    fn cell_ranges() {
        let k = "1\t 做好 \t\t市发改局";
        let c: Vec<&str> = cells(k).iter().map(|&(a, b)| &k[a..b]).collect();
        assert_eq!(c, ["1", "做好", "", "市发改局"]);
    }
}
