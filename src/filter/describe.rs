//! The filter in words, for print headers: "单位：区发改局（牵头）；关键词：招商".

use super::index::OutlineIndex;
use super::spec::{Filter, Role, StatusFilter};

impl Filter {
    /// The filter in Chinese words; units by key and the section by its path ("章节：0.2").
    /// [`OutlineIndex::describe`] names units and sections as the document does.
    /// "全部任务" for a filter without effect.
    pub fn describe(&self) -> String {
        self.describe_with(|k| k.to_owned(), |_| None)
    }

    fn describe_with(
        &self,
        unit_name: impl Fn(&str) -> String,
        section_title: impl Fn(&Filter) -> Option<String>,
    ) -> String {
        let mut parts: Vec<String> = Vec::new();
        let units: Vec<String> = self.unit_keys().map(&unit_name).collect();
        if !units.is_empty() {
            let role = match self.role {
                Role::Any => String::new(),
                r => format!("（{}）", r.label()),
            };
            parts.push(format!("单位：{}{role}", units.join("、")));
        }
        if let Some(leader) = self.leader_name() {
            parts.push(format!("牵头领导：{leader}"));
        }
        if let Some(section) = &self.section {
            let title = section_title(self).unwrap_or_else(|| section.to_string());
            parts.push(format!("章节：{title}"));
        }
        let terms: Vec<&str> = self.keyword.split_whitespace().collect();
        if !terms.is_empty() {
            parts.push(format!("关键词：{}", terms.join(" ")));
        }
        if self.has_deadline {
            parts.push("有完成时限".to_owned());
        }
        if self.status != StatusFilter::Any {
            parts.push(format!("状态：{}", self.status.label()));
        }
        if self.corrected {
            parts.push("已手动修改".to_owned());
        }
        if self.light != super::spec::LightFilter::Any {
            parts.push(format!("亮灯：{}", self.light.label()));
        }
        if parts.is_empty() {
            return "全部任务".to_owned();
        }
        parts.join("；")
    }
}

impl OutlineIndex {
    /// [`Filter::describe`] with unit names as most often written and the section by
    /// its number and text ("章节：一、总体要求"), or the document title.
    pub fn describe(&self, filter: &Filter) -> String {
        let units = self.units();
        filter.describe_with(
            |key| {
                units
                    .iter()
                    .find(|u| u.key == key)
                    .map_or_else(|| key.to_owned(), |u| u.name.clone())
            },
            |f| {
                let path = f.section.as_ref()?;
                match self.find(path) {
                    Some(i) => Some(self.nodes[i].title()),
                    None if path.indices().is_empty() => self
                        .doc_titles
                        .get(path.doc())
                        .cloned()
                        .flatten()
                        .map(|t| format!("《{t}》")),
                    None => None,
                }
            },
        )
    }
}
