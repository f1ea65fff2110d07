//! [`Filter`]: what the user asked to see.

use super::fold::terms;
use super::path::NodePath;
use crate::checklist::light::Light;

/// The role a unit plays in a task. As a filter: 任意 / 牵头 / 配合.
///
/// A unit listed both as lead and as cooperating unit of one task counts as lead only,
/// so that the lead and cooperating counts of a unit add up to its tasks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Role {
    #[default]
    Any,
    Lead,
    Coop,
}

impl Role {
    /// The word in the query string ("lead", "coop"); `Any` is "any".
    pub fn as_query(self) -> &'static str {
        match self {
            Role::Any => "any",
            Role::Lead => "lead",
            Role::Coop => "coop",
        }
    }

    /// The word shown to the user: 任意, 牵头, 配合.
    pub fn label(self) -> &'static str {
        match self {
            Role::Any => "任意",
            Role::Lead => "牵头",
            Role::Coop => "配合",
        }
    }
}

/// Done/open filter (once checklists exist): 全部 / 已完成 / 未完成.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum StatusFilter {
    #[default]
    Any,
    Done,
    Open,
}

impl StatusFilter {
    pub fn as_query(self) -> &'static str {
        match self {
            StatusFilter::Any => "any",
            StatusFilter::Done => "done",
            StatusFilter::Open => "open",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            StatusFilter::Any => "全部",
            StatusFilter::Done => "已完成",
            StatusFilter::Open => "未完成",
        }
    }
}

/// 亮灯 filter: 全部, or the tasks of one light (红灯: 逾期 and 严重滞后).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LightFilter {
    #[default]
    Any,
    /// 逾期 or 严重滞后.
    Red,
    /// 滞后.
    Yellow,
    /// 临近.
    Near,
    /// 正常.
    Normal,
    /// 已完成.
    Done,
}

impl LightFilter {
    /// Every choice, in the order of the menu.
    pub const ALL: [LightFilter; 6] = [
        LightFilter::Any,
        LightFilter::Red,
        LightFilter::Yellow,
        LightFilter::Near,
        LightFilter::Normal,
        LightFilter::Done,
    ];

    pub fn as_query(self) -> &'static str {
        match self {
            LightFilter::Any => "any",
            LightFilter::Red => "red",
            LightFilter::Yellow => "yellow",
            LightFilter::Near => "near",
            LightFilter::Normal => "normal",
            LightFilter::Done => "done",
        }
    }

    pub fn from_query(v: &str) -> Option<LightFilter> {
        LightFilter::ALL.into_iter().find(|l| l.as_query() == v)
    }

    /// 全部, 红灯（逾期、严重滞后）, 黄灯（滞后）, 临近, 正常, 已完成.
    pub fn label(self) -> &'static str {
        match self {
            LightFilter::Any => "全部",
            LightFilter::Red => "红灯（逾期、严重滞后）",
            LightFilter::Yellow => "黄灯（滞后）",
            LightFilter::Near => "临近",
            LightFilter::Normal => "正常",
            LightFilter::Done => "已完成",
        }
    }

    /// Whether a task of light `light` (None: unlit) passes.
    pub fn admits(self, light: Option<Light>) -> bool {
        match (self, light) {
            (LightFilter::Any, _) => true,
            (_, None) => false,
            (LightFilter::Red, Some(l)) => l.is_red(),
            (LightFilter::Yellow, Some(l)) => l == Light::Behind,
            (LightFilter::Near, Some(l)) => l == Light::Near,
            (LightFilter::Normal, Some(l)) => l == Light::Normal,
            (LightFilter::Done, Some(l)) => l == Light::Done,
        }
    }
}

/// The filters of the outline view; they combine with AND.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Space-separated terms, all of which must match (case and width do not matter).
    pub keyword: String,
    /// Unit keys ([`Unit::key`](crate::parser::Unit)); a task matches if it has any of
    /// them in the chosen role.
    pub units: Vec<String>,
    pub role: Role,
    /// A [`Leader::name`](crate::parser::Leader).
    pub leader: Option<String>,
    /// Only nodes strictly inside this node (a section at any depth, or a document).
    pub section: Option<NodePath>,
    /// Only tasks with a deadline.
    pub has_deadline: bool,
    pub status: StatusFilter,
    /// Only what the user corrected (已手动修改).
    pub corrected: bool,
    /// 亮灯.
    pub light: LightFilter,
}

impl Filter {
    /// True when the filter lets everything through. Fields without effect do not count:
    /// a keyword of spaces, empty unit keys, an empty leader name, and a role without
    /// units. (To know whether the controls are at their defaults, compare with
    /// `Filter::default()`.)
    pub fn is_empty(&self) -> bool {
        self.keyword.trim().is_empty()
            && self.unit_keys().next().is_none()
            && self.leader_name().is_none()
            && self.section.is_none()
            && !self.has_deadline
            && self.status == StatusFilter::Any
            && !self.corrected
            && self.light == LightFilter::Any
    }

    /// The folded keyword terms; empty when there is no keyword.
    pub fn terms(&self) -> Vec<String> {
        terms(&self.keyword)
    }

    /// The non-empty unit keys, in order.
    pub(crate) fn unit_keys(&self) -> impl Iterator<Item = &str> {
        self.units
            .iter()
            .map(String::as_str)
            .filter(|k| !k.is_empty())
    }

    /// The leader name when it is not empty.
    pub(crate) fn leader_name(&self) -> Option<&str> {
        self.leader.as_deref().filter(|n| !n.is_empty())
    }

    /// True when a filter is set that only tasks can satisfy (sections then only show
    /// as the context of matching tasks).
    pub(crate) fn has_task_only_filters(&self) -> bool {
        self.unit_keys().next().is_some()
            || self.leader_name().is_some()
            || self.has_deadline
            || self.status != StatusFilter::Any
            || self.corrected
            || self.light != LightFilter::Any
    }

    /// Adds the unit key unless present; removes it if it is (a chip click toggles).
    pub fn toggle_unit(&mut self, key: &str) {
        if let Some(pos) = self.units.iter().position(|k| k == key) {
            self.units.remove(pos);
        } else {
            self.units.push(key.to_owned());
        }
    }
}
