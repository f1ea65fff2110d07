//! 修正: the user corrects what the parser got wrong in one item (a task or a section):
//! a unit's role, a unit or a leader added or taken off, the deadline, whether the item
//! is a heading or a task, a paragraph that belongs to the item above. Every correction
//! in force is listed with 撤销; a unit correction can be applied to every task of the
//! document with the same units ("将此处修正应用到全文"). The corrections are kept with
//! the checklist ([`crate::checklist::corrections`]); the outline, the counts and the
//! exports follow them at once.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::checklist_state::use_checklist;
use super::highlight::visible;
use super::state::use_workspace;
use crate::checklist::corrections::{
    Correction, DeadlineFix, KindFix, LeaderFix, NodeFix, UnitFix, UnitRole,
};
use crate::checklist::date::read_user_date;
use crate::checklist::TaskKey;
use crate::parser::resp::{split_name_post, unit_key, MAX_UNIT_CHARS};
use crate::parser::text::Keyed;
use crate::parser::{Node, NodeKind, Unit};

/// The ids of the page's lists of suggestions.
const UNIT_LIST: &str = "fix-unit-suggestions";
const LEADER_LIST: &str = "fix-leader-suggestions";

/// The units and leaders of the document on screen, suggested when a unit or a leader
/// is added. Once on the page.
#[component]
pub fn FixSuggestions() -> impl IntoView {
    let workspace = use_workspace();
    // Closures, not memos: each memo type is code in the page's bundle, and these
    // lists are drawn again only when the document changes.
    let units = move || {
        workspace.parsed.with(|p| {
            p.index
                .units()
                .into_iter()
                .map(|u| u.name)
                .collect::<Vec<_>>()
        })
    };
    let leaders = move || {
        workspace.parsed.with(|p| {
            p.index
                .leaders()
                .into_iter()
                .map(|l| l.name)
                .collect::<Vec<_>>()
        })
    };
    view! {
        <datalist id=UNIT_LIST>
            {move || units().into_iter().map(|n| view! { <option value=n></option> }).collect_view()}
        </datalist>
        <datalist id=LEADER_LIST>
            {move || leaders().into_iter().map(|n| view! { <option value=n></option> }).collect_view()}
        </datalist>
    }
}

/// The 修正 button of a row, which opens its editor.
#[component]
pub fn FixToggle(open: RwSignal<bool>, #[prop(optional)] tab_stop: bool) -> impl IntoView {
    view! {
        <button
            type="button"
            class="link fix-toggle rove"
            data-testid="fix-toggle"
            tabindex=if tab_stop { "0" } else { "-1" }
            aria-expanded=move || open.get().to_string()
            title="修正解析结果：单位、领导、时限、是否任务"
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {move || if open.get() { "收起修正" } else { "修正" }}
        </button>
    }
}

/// The "已修正" mark of row `i`.
#[component]
pub fn CorrectedMark(i: usize) -> impl IntoView {
    let workspace = use_workspace();
    let corrected = Memo::new(move |_| {
        workspace
            .parsed
            .with(|p| p.index.nodes().get(i).is_some_and(|n| n.corrected))
    });
    move || {
        corrected.get().then(|| {
            view! {
                <span class="badge corrected" data-testid="corrected-mark" title="这一项经过手动修正">"已修正"</span>
            }
        })
    }
}

/// What the editor shows of node `i`, read again as corrections are made.
#[derive(Clone, PartialEq)]
struct Shown {
    kind: NodeKind,
    lead: Vec<Unit>,
    coop: Vec<Unit>,
    leaders: Vec<(String, String)>,
    deadline: String,
    /// No children, and an item above it in its document: it can be joined to that.
    joinable: bool,
    /// The nodes joined to it: key and text.
    joined: Vec<(TaskKey, String)>,
    /// Marked corrected (with no correction or join of its own, a heading's).
    inherited: bool,
}

#[component]
pub fn FixEditor(i: usize, open: RwSignal<bool>) -> impl IntoView {
    let workspace = use_workspace();
    let checklist = use_checklist();
    let Some((d, doc, key)) = checklist.node_keys(i) else {
        return ().into_any();
    };
    let node_key = StoredValue::new(key.clone());
    let message = RwSignal::new(None::<String>);
    let doc = StoredValue::new(doc);
    let fix = move || {
        doc.with_value(|doc| {
            node_key.with_value(|key| {
                checklist
                    .state
                    .with(|s| s.node_fix(doc, key).cloned().unwrap_or_default())
            })
        })
    };
    let shown = move || {
        workspace.parsed.with(|p| {
            let node = p.index.nodes().get(i)?;
            let joined = p
                .fixed
                .get(i)
                .map(|f| {
                    f.joined
                        .iter()
                        .map(|k| {
                            let text = p
                                .raw
                                .nodes_of(d)
                                .find(|(nk, _)| *nk == k)
                                .map(|(_, n)| title(n))
                                .unwrap_or_default();
                            (k.clone(), text)
                        })
                        .collect()
                })
                .unwrap_or_default();
            Some(Shown {
                kind: node.kind,
                lead: node.lead_units.clone(),
                coop: node.coop_units.clone(),
                leaders: node
                    .leaders
                    .iter()
                    .map(|l| {
                        let label = match &l.post {
                            Some(post) => format!("{}（{post}）", l.name),
                            None => l.name.clone(),
                        };
                        (l.name.clone(), label)
                    })
                    .collect(),
                deadline: node
                    .deadline
                    .as_ref()
                    .map(|d| d.text.clone())
                    .unwrap_or_default(),
                joinable: node.children.is_empty()
                    && i > 0
                    && p.index
                        .nodes()
                        .get(i - 1)
                        .is_some_and(|n| n.doc == node.doc),
                joined,
                inherited: node.corrected,
            })
        })
    };
    let correct = move |c: Correction| {
        message.set(None);
        checklist.correct(d, &[node_key.get_value()], &[c]);
    };
    // A correction that changes the rows (a join, a kind) draws the rows again: the
    // focus goes back to this item's row (or the one it was joined to).
    let refocus = move || {
        let key = node_key.get_value();
        request_animation_frame(move || focus_row_of(&key));
    };
    let new_unit = RwSignal::new(String::new());
    let new_role = RwSignal::new(UnitRole::Lead);
    let new_leader = RwSignal::new(String::new());
    let deadline = RwSignal::new(String::new());
    let add_unit = {
        move || {
            let name = new_unit.get_untracked().trim().to_owned();
            if name.is_empty() {
                message.set(Some("请先填写单位名称。".to_owned()));
                return;
            }
            if name.chars().count() > MAX_UNIT_CHARS {
                message.set(Some(format!(
                    "单位名称太长（超过 {MAX_UNIT_CHARS} 个字），请只填写单位名称。"
                )));
                return;
            }
            let key = unit_key(&name);
            // Spelled as the document spells it, where it names the unit.
            let name = workspace
                .parsed
                .with_untracked(|p| {
                    // Units are listed by the key of their merged unit.
                    let merged = p.index.unit_key(&key);
                    p.index
                        .units()
                        .into_iter()
                        .find(|u| u.key == merged)
                        .map(|u| u.name)
                })
                .unwrap_or(name);
            correct(Correction::Unit(
                key,
                Some(UnitFix {
                    role: new_role.get_untracked(),
                    name,
                }),
            ));
            new_unit.set(String::new());
        }
    };
    let add_leader = {
        move || {
            let typed = new_leader.get_untracked().trim().to_owned();
            if typed.is_empty() {
                message.set(Some(
                    "请先填写领导姓名（可带职务，如“王明副市长”）。".to_owned(),
                ));
                return;
            }
            let known = workspace
                .parsed
                .with_untracked(|p| p.index.leaders().into_iter().find(|l| l.name == typed));
            let (name, post) = match known {
                Some(l) => (l.name, l.post),
                None => {
                    let l = split_name_post(Keyed::plain(&typed));
                    (l.name, l.post)
                }
            };
            correct(Correction::Leader(
                name,
                Some(LeaderFix {
                    removed: false,
                    post,
                }),
            ));
            new_leader.set(String::new());
        }
    };
    let save_deadline = {
        move || {
            let text = deadline.get_untracked().trim().to_owned();
            if text.is_empty() {
                message.set(Some(
                    "请填写完成时限（如“6月底前”或“2026-6-30”），或点“清除时限”。".to_owned(),
                ));
                return;
            }
            let today = checklist.today.get_untracked();
            let looks_like_date = text.chars().next().is_some_and(|c| c.is_ascii_digit())
                && !text.contains('前')
                && !text.contains('底');
            let date = match read_user_date(&text, &today) {
                Ok(date) => date,
                Err(e) if looks_like_date && !text.contains('季') => {
                    message.set(Some(e.to_string()));
                    return;
                }
                // A deadline in words: its date as the parser reads one.
                Err(_) => workspace.raw.with_untracked(|r| {
                    let doc = r.outline.documents.get(d);
                    let year = doc
                        .and_then(|doc| doc.date.as_deref().or(doc.period.as_deref()))
                        .and_then(|s| s.get(..4)?.parse().ok())
                        .or_else(|| today.get(..4)?.parse().ok());
                    crate::parser::deadline::resolve(&text, year, None)
                }),
            };
            correct(Correction::Deadline(Some(DeadlineFix { text, date })));
        }
    };
    let list = move |fix: &NodeFix| corrections_in_force(fix);
    let body = move || {
        let Some(s) = shown() else {
            return ().into_any();
        };
        let is_task = s.kind == NodeKind::Task;
        let unit_row = |u: Unit, role: UnitRole| {
            let other = if role == UnitRole::Lead {
                UnitRole::Coop
            } else {
                UnitRole::Lead
            };
            let (c1, c2) = (correct, correct);
            let (k1, k2) = (u.key.clone(), u.key.clone());
            let (n1, n2) = (u.name.clone(), u.name.clone());
            view! {
                <li class="fix-unit" data-testid="fix-unit" data-role=if role == UnitRole::Lead { "lead" } else { "coop" }>
                    <span class="name">{visible(&u.name)}</span>
                    <button type="button" on:click=move |_| c1(Correction::Unit(k1.clone(), Some(UnitFix { role: other, name: n1.clone() })))>
                        {format!("改为{}", other.label())}
                    </button>
                    <button type="button" on:click=move |_| c2(Correction::Unit(k2.clone(), Some(UnitFix { role: UnitRole::Removed, name: n2.clone() })))>
                        "移除"
                    </button>
                </li>
            }
        };
        let units_view = s
            .lead
            .iter()
            .cloned()
            .map(|u| unit_row(u, UnitRole::Lead))
            .chain(s.coop.iter().cloned().map(|u| unit_row(u, UnitRole::Coop)))
            .collect_view();
        let leaders_view = s
            .leaders
            .iter()
            .cloned()
            .map(|(name, label)| {
                let c = correct;
                view! {
                    <li class="fix-leader" data-testid="fix-leader">
                        <span class="name">{visible(&label)}</span>
                        <button type="button" on:click=move |_| c(Correction::Leader(name.clone(), Some(LeaderFix { removed: true, post: None })))>"移除"</button>
                    </li>
                }
            })
            .collect_view();
        let joined_view = s
            .joined
            .iter()
            .cloned()
            .map(|(k, text)| {
                view! {
                    <li class="fix-joined" data-testid="fix-joined">
                        {format!("并入了：“{}”", visible(&text))}
                        <button type="button" on:click=move |_| {
                            checklist.correct(d, std::slice::from_ref(&k), &[Correction::Joined(false)]);
                            refocus();
                        }>"撤销并入"</button>
                    </li>
                }
            })
            .collect_view();
        let (kind_to, kind_label) = if is_task {
            (KindFix::Section, "这是章节标题，不是任务")
        } else {
            (KindFix::Task, "这是一项任务")
        };
        let set_kind = {
            move |_| {
                // Back to what the parser read: the correction undone, not a second one.
                let key = node_key.get_value();
                let parsed_kind = workspace.raw.with_untracked(|r| {
                    r.nodes_of(d).find(|(k, _)| **k == key).map(|(_, n)| n.kind)
                });
                let wanted = match kind_to {
                    KindFix::Section => NodeKind::Section,
                    KindFix::Task => NodeKind::Task,
                };
                correct(Correction::Kind(
                    (parsed_kind != Some(wanted)).then_some(kind_to),
                ));
                refocus();
            }
        };
        let join = {
            move |_| {
                // The focus goes to the row this one joins.
                let above = workspace
                    .parsed
                    .with_untracked(|p| i.checked_sub(1).and_then(|a| p.node_key(a).cloned()));
                correct(Correction::Joined(true));
                if let Some(above) = above {
                    request_animation_frame(move || focus_row_of(&above));
                }
            }
        };
        view! {
            <div class="fix-section">
                <span class="fix-label">"单位："</span>
                <ul class="fix-list">{units_view}</ul>
                <span class="fix-add">
                    <input type="text" list=UNIT_LIST data-testid="fix-add-unit" aria-label="添加单位" placeholder="单位名称"
                        prop:value=move || new_unit.get()
                        on:input=move |ev| new_unit.set(event_target_value(&ev))/>
                    <select data-testid="fix-add-role" aria-label="添加为"
                        on:change=move |ev| new_role.set(if event_target_value(&ev) == "coop" { UnitRole::Coop } else { UnitRole::Lead })>
                        <option value="lead" selected=move || new_role.get() == UnitRole::Lead>"牵头"</option>
                        <option value="coop" selected=move || new_role.get() == UnitRole::Coop>"配合"</option>
                    </select>
                    <button type="button" data-testid="fix-add-unit-button" on:click=move |_| add_unit()>"添加单位"</button>
                </span>
            </div>
            <div class="fix-section">
                <span class="fix-label">"牵头领导："</span>
                <ul class="fix-list">{leaders_view}</ul>
                <span class="fix-add">
                    <input type="text" list=LEADER_LIST data-testid="fix-add-leader" aria-label="添加领导" placeholder="领导姓名"
                        prop:value=move || new_leader.get()
                        on:input=move |ev| new_leader.set(event_target_value(&ev))/>
                    <button type="button" data-testid="fix-add-leader-button" on:click=move |_| add_leader()>"添加领导"</button>
                </span>
            </div>
            <div class="fix-section">
                <span class="fix-label">"完成时限："</span>
                <input type="text" data-testid="fix-deadline" aria-label="完成时限" placeholder="如 6月底前、2026-6-30"
                    prop:value={
                        let current = s.deadline.clone();
                        deadline.set(current.clone());
                        current
                    }
                    on:input=move |ev| deadline.set(event_target_value(&ev))
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Enter" { save_deadline() }/>
                <button type="button" data-testid="fix-deadline-save" on:click=move |_| save_deadline()>"保存时限"</button>
                <button type="button" data-testid="fix-deadline-clear" on:click=move |_| {
                    correct(Correction::Deadline(Some(DeadlineFix { text: String::new(), date: None })))
                }>"清除时限"</button>
            </div>
            <div class="fix-section">
                <button type="button" data-testid="fix-kind" on:click=set_kind>{kind_label}</button>
                {s.joinable.then(|| view! {
                    <button type="button" data-testid="fix-join" title="这一项其实是上一项的一段文字" on:click=join>"并入上一项"</button>
                })}
            </div>
            {(!s.joined.is_empty()).then(|| view! { <ul class="fix-list">{joined_view}</ul> })}
            {(s.inherited && s.joined.is_empty() && !fix().is_active()).then(|| view! {
                <p class="hint">"这一项随上级章节的修正而变化；要撤销，请在那个章节上撤销。"</p>
            })}
        }
        .into_any()
    };
    let in_force = move || {
        let items = list(&fix());
        (!items.is_empty()).then(|| {
            let rows = items
                .into_iter()
                .map(|(label, undo)| {
                    view! {
                        <li data-testid="fix-in-force">
                            {label}
                            <button type="button" data-testid="fix-undo" on:click=move |_| {
                                correct(undo.clone());
                                refocus();
                            }>"撤销"</button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="fix-section">
                    <span class="fix-label">"已做的修正："</span>
                    <ul class="fix-list">{rows}</ul>
                </div>
            }
        })
    };
    let apply_all = {
        move || {
            let ops: Vec<Correction> = fix()
                .units
                .iter()
                .filter_map(|(k, s)| Some(Correction::Unit(k.clone(), Some(s.value.clone()?))))
                .collect();
            if ops.is_empty() {
                return None;
            }
            let others = same_units(workspace, d, &node_key.get_value(), &ops, checklist);
            let n = others.len();
            (n > 0).then(|| {
                view! {
                    <p class="fix-apply">
                        <button type="button" data-testid="fix-apply-all" on:click=move |_| {
                            checklist.correct(d, &others, &ops);
                            workspace.tell(format!("已把这项单位修正应用到另外 {n} 项单位相同的任务。"), false);
                        }>{format!("将此处修正应用到全文（另有 {n} 项任务的单位与本项相同）")}</button>
                    </p>
                }
            })
        }
    };
    view! {
        <Show when=move || open.get()>
            <div class="fix-editor" role="group" aria-label="修正这一项" data-testid="fix-editor">
                <p class="hint">"修正只改本机的督办清单，不改原文件；每项修正都可以撤销。"</p>
                {body}
                {in_force}
                {apply_all}
                {move || message.get().map(|m| view! { <p class="notice error" role="alert" data-testid="fix-message">{m}</p> })}
                <button type="button" class="fix-close" on:click=move |_| open.set(false)>"完成"</button>
            </div>
        </Show>
    }
    .into_any()
}

/// "number + text" of a node.
fn title(n: &Node) -> String {
    format!("{}{}", n.number.as_deref().unwrap_or(""), n.text)
}

/// The corrections in force on a node, in words, each with the correction that undoes it.
fn corrections_in_force(fix: &NodeFix) -> Vec<(String, Correction)> {
    let mut out = Vec::new();
    for (key, s) in &fix.units {
        if let Some(f) = &s.value {
            let what = match f.role {
                UnitRole::Removed => "移除".to_owned(),
                role => format!("改为{}", role.label()),
            };
            out.push((
                format!("单位“{}”：{what}", f.name),
                Correction::Unit(key.clone(), None),
            ));
        }
    }
    for (name, s) in &fix.leaders {
        if let Some(f) = &s.value {
            let what = if f.removed { "移除" } else { "添加" };
            out.push((
                format!("领导“{name}”：{what}"),
                Correction::Leader(name.clone(), None),
            ));
        }
    }
    if let Some(d) = &fix.deadline.value {
        let what = if d.is_none() {
            "完成时限：清除".to_owned()
        } else {
            format!("完成时限：改为“{}”", d.text)
        };
        out.push((what, Correction::Deadline(None)));
    }
    if let Some(k) = fix.kind.value {
        let what = match k {
            KindFix::Section => "改为章节标题",
            KindFix::Task => "改为任务",
        };
        out.push((what.to_owned(), Correction::Kind(None)));
    }
    out
}

/// The other tasks of document `d` whose units, as parsed, are those of node `key`
/// (lead and cooperating, in order), and which the corrections `ops` would change.
fn same_units(
    workspace: super::state::Workspace,
    d: usize,
    key: &TaskKey,
    ops: &[Correction],
    checklist: super::checklist_state::Checklist,
) -> Vec<TaskKey> {
    let units = |n: &Node| {
        let keys = |us: &[Unit]| us.iter().map(|u| u.key.clone()).collect::<Vec<_>>();
        (keys(&n.lead_units), keys(&n.coop_units))
    };
    let doc = checklist.keys.with_untracked(|k| k.docs.get(d).cloned());
    workspace.raw.with_untracked(|r| {
        let Some(mine) = r
            .nodes_of(d)
            .find(|(k, _)| *k == key)
            .map(|(_, n)| units(n))
        else {
            return Vec::new();
        };
        r.nodes_of(d)
            .filter(|(k, n)| *k != key && n.kind == NodeKind::Task && units(n) == mine)
            .filter(|(k, _)| {
                // Not those that already have these corrections.
                checklist.state.with_untracked(|s| {
                    let fix = doc.as_ref().and_then(|doc| s.node_fix(doc, k));
                    ops.iter().any(|op| match op {
                        Correction::Unit(u, v) => {
                            fix.and_then(|f| f.units.get(u)).map(|s| &s.value) != Some(v)
                        }
                        _ => false,
                    })
                })
            })
            .map(|(k, _)| k.clone())
            .collect()
    })
}

/// Focuses the row of the node with key `key`, if it is on the page.
fn focus_row_of(key: &TaskKey) {
    let row = window()
        .document()
        .and_then(|d| {
            d.query_selector(&format!("[data-row][data-key=\"{key}\"]"))
                .ok()
        })
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(row) = row {
        let _ = row.focus();
    }
}
