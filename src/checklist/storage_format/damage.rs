//! What could not be read from storage, and how to tell the user (in Chinese).

use crate::checklist::identity::DocKey;
use crate::checklist::model::State;

/// What a stored value holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Prefs,
    Library,
    Marks(DocKey),
    Source(DocKey),
    /// The user's corrections of a document's outline.
    Fixes(DocKey),
    /// The user's answers about units (merged, or not the same).
    Units,
    /// The progress of a document's tasks: completion, start of period, monthly reports.
    Progress(DocKey),
    /// The single key of version 1.
    V1,
}

/// How a stored value was damaged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DamageKind {
    /// Not JSON at all: nothing could be read.
    NotJson,
    /// JSON, but not the expected shape (e.g. a number, or another app's data).
    WrongShape,
    /// Cut short: the complete entries before the cut were read.
    Truncated,
    /// Followed by extra characters, which were ignored.
    TrailingGarbage,
    /// Some entries or fields had the wrong type; the rest was read.
    Entries,
    /// This many numbers too large for a double (`1e400`): each read as missing, so
    /// only its own field is lost; the rest was read.
    OutOfRange(usize),
    /// Written by a newer version of the app; what this version knows was read.
    NewerVersion(u64),
    /// A source text shared with another document of the same paste, whose stored
    /// copy of it is gone.
    SharedTextMissing,
}

/// A stored value that did not read completely. The web layer should keep `raw`
/// aside (under [`super::damaged_copy_key`]) before writing over `key`.
#[derive(Debug, Clone, PartialEq)]
pub struct Damage {
    pub key: String,
    pub raw: String,
    pub part: Part,
    pub kind: DamageKind,
    /// Paths of the entries and fields that could not be read, e.g. `tasks.t12ab.note`.
    pub lost: Vec<String>,
}

impl Part {
    /// What the part holds, for the user: "文档《…》的完成标记和备注".
    pub fn describe(&self, state: &State) -> String {
        match self {
            Part::Prefs => "“我的单位”等设置".to_owned(),
            Part::Library => "文档库列表".to_owned(),
            Part::Marks(k) => format!("文档《{}》的完成标记和备注", doc_name(state, k)),
            Part::Source(k) => format!("文档《{}》的原文", doc_name(state, k)),
            Part::Fixes(k) => format!("文档《{}》的手动修正", doc_name(state, k)),
            Part::Units => "单位合并设置".to_owned(),
            Part::Progress(k) => format!("文档《{}》的推进情况", doc_name(state, k)),
            Part::V1 => "旧版本保存的数据".to_owned(),
        }
    }
}

impl Damage {
    /// One sentence for the user, e.g. "文档《…》的标记已损坏（3 项无法读取），其余已恢复。".
    pub fn message(&self, state: &State) -> String {
        let what = self.part.describe(state);
        let n = self.lost.len();
        let detail = match self.kind {
            DamageKind::NotJson => "无法读取，已原样另存".to_owned(),
            DamageKind::WrongShape => "格式不符，无法读取，已原样另存".to_owned(),
            // A text is one value: cut short, none of it reads (its stamp is at the end).
            DamageKind::Truncated if matches!(self.part, Part::Source(_)) => {
                "不完整（可能写入时被中断），无法恢复，原始内容已另存".to_owned()
            }
            DamageKind::Truncated => {
                "不完整（可能写入时被中断），已恢复可读的部分，原始内容已另存".to_owned()
            }
            DamageKind::TrailingGarbage => "末尾有多余内容，已忽略，原始内容已另存".to_owned(),
            DamageKind::Entries => format!(
                "有 {n} 项无法读取（{}），其余已恢复，原始内容已另存",
                lost_in_words(&self.part, &self.lost, state)
            ),
            DamageKind::OutOfRange(k) => format!(
                "有 {k} 个数值过大、超出范围，{}，其余已恢复，原始内容已另存",
                if n == 0 {
                    "已按缺失读取".to_owned()
                } else {
                    format!("{n} 项因此无法读取（{}）", lost_in_words(&self.part, &self.lost, state))
                }
            ),
            DamageKind::NewerVersion(v) => {
                format!("由更新版本（格式 {v}）保存，已读取本版本能识别的部分，原始内容已另存")
            }
            DamageKind::SharedTextMissing => {
                "与同一次粘贴的其他文档共用保存，但那份原文已不在浏览器存储中；完成标记和备注不受影响".to_owned()
            }
        };
        format!("{what}{detail}。")
    }
}

/// The fields lost (`lost`, paths in `part`'s stored value) as the user knows them:
/// "我的单位“市财政局”、《…》的标题", a count for those that are many or unnamed.
fn lost_in_words(part: &Part, lost: &[String], state: &State) -> String {
    const NAMED: usize = 5;
    let field = |f: &str| match f {
        "title" => "标题",
        "doc_number" => "文号",
        "info_at" => "标题的更新时间",
        "added_at" => "加入日期",
        "name" => "自定的名称",
        "deleted" => "删除状态",
        "done" => "完成标记",
        "note" => "备注",
        "due" => "我的期限",
        "completion" => "完成比例",
        "start" => "序时起算日期",
        "light" => "亮灯设置",
        "text" | "text_of" => "原文",
        _ => "一项内容",
    };
    let word = |path: &str| -> String {
        let parts: Vec<&str> = path.split('.').collect();
        match (part, parts.as_slice()) {
            (Part::Prefs, ["my_units", unit]) => format!("我的单位“{unit}”"),
            (Part::Prefs, ["my_leaders", name]) => format!("我的领导“{name}”"),
            (Part::Prefs, ["current"]) => "上次打开的文档".to_owned(),
            (Part::Prefs, ["light", ..]) => "亮灯设置".to_owned(),
            (Part::Units, [_, pair]) => format!("单位合并“{}”", pair.replace('\t', "／")),
            (Part::Library, ["docs", doc]) => {
                format!("《{}》的记录", doc_name(state, &DocKey((*doc).to_owned())))
            }
            (Part::Library, ["docs", doc, f]) => {
                format!(
                    "《{}》的{}",
                    doc_name(state, &DocKey((*doc).to_owned())),
                    field(f)
                )
            }
            (Part::Marks(_), ["tasks", _, f]) => format!("一项任务的{}", field(f)),
            (Part::Marks(_), ["tasks", _]) => "一项任务的全部标记".to_owned(),
            (Part::Progress(_), ["tasks", _]) => "一项任务的全部推进情况".to_owned(),
            (Part::Progress(_), ["tasks", _, "months", month, ..]) => {
                format!("一项任务{month}的月度进展")
            }
            (Part::Progress(_), ["tasks", _, f]) => format!("一项任务的{}", field(f)),
            (Part::Fixes(_), ["nodes", _]) => "一项任务的全部修正".to_owned(),
            (Part::Fixes(_), ["nodes", _, what, ..]) => format!(
                "一项任务的{}修正",
                match *what {
                    "units" => "单位",
                    "leaders" => "领导",
                    "deadline" => "时限",
                    "kind" => "类型",
                    "joined" => "并入",
                    _ => "",
                }
            ),
            (Part::Source(_), [f]) => field(f).to_owned(),
            _ => path.to_owned(),
        }
    };
    let mut words: Vec<String> = Vec::new();
    for w in lost.iter().map(|p| word(p)) {
        if !words.contains(&w) {
            words.push(w);
        }
    }
    if words.len() > NAMED {
        let more = words.len() - NAMED;
        words.truncate(NAMED);
        format!("{} 等，另有 {more} 项", words.join("、"))
    } else {
        words.join("、")
    }
}

fn doc_name(state: &State, key: &DocKey) -> String {
    state
        .library
        .get(key)
        .map(|e| e.display_name().to_owned())
        .unwrap_or_else(|| key.to_string())
}

/// The notice for the user after loading, or None when nothing was damaged.
pub fn damage_notice(damaged: &[Damage], state: &State) -> Option<String> {
    if damaged.is_empty() {
        return None;
    }
    let mut s = String::from("部分已保存的数据无法完整读取：");
    for d in damaged {
        s.push_str(&d.message(state));
    }
    s.push_str("建议现在导出一份备份。");
    Some(s)
}

/// Storage that could not be read (a read threw: a browser policy, an extension, a
/// damaged profile). What it holds is then unknown, and writing would replace data
/// this page never saw: the page writes nothing until a read succeeds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadFailure {
    /// The key whose value could not be read; None when the keys could not be listed.
    pub key: Option<String>,
    /// The browser's error, as it gives it ("SecurityError: …").
    pub error: String,
}

impl ReadFailure {
    /// The message for the user: the cause, that nothing is saved for now, what to do.
    pub fn message(&self, state: &State) -> String {
        let at = match self.key.as_deref().map(|k| (k, Part::from_storage_key(k))) {
            None => "列出已保存的数据时".to_owned(),
            Some((_, Some(part))) => format!("读取{}时", part.describe(state)),
            Some((key, None)) => format!("读取“{key}”时"),
        };
        format!(
            "浏览器无法读取本页已保存的数据（{at}出错：{}），可能是浏览器的安全设置、扩展程序或损坏的浏览器配置所致。\
             为免覆盖已保存的内容，本页暂时不保存任何修改；浏览器能再次读取时，页面上的修改会与已保存的数据合并后保存。\
             在此之前请先“导出备份”，保留页面上现有的内容。",
            self.error
        )
    }
}

/// When reads work again after a [`ReadFailure`]: what is stored and what the page
/// holds were merged, and saved.
pub const READ_RECOVERED_MESSAGE: &str =
    "浏览器又能读取已保存的数据了：已把本页的修改与已保存的数据合并，并已保存。";

/// When localStorage cannot be used at all (disabled, or a private window).
pub const STORAGE_UNAVAILABLE_MESSAGE: &str =
    "浏览器不允许本页面保存数据，关闭页面后标记和备注会丢失。请导出备份，或更换浏览器设置后重试。";
