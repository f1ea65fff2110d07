//! 亮灯汇总: per unit or per leader, how many of their tasks are red, yellow, 临近,
//! 正常 and 已完成, and the 完成率; the worst first, or sorted by a column. A red count
//! is a link to that unit's (leader's) red tasks.

use leptos::prelude::*;

use super::checklist_state::use_checklist;
use super::highlight::visible;
use super::state::use_workspace;
use crate::checklist::{Colour, Light, LightCounts};
use crate::filter::{LightFilter, Role};

/// Whose tasks a summary counts.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Units,
    Leaders,
}

/// The column the rows are sorted by.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Column {
    /// Red, then yellow, then 临近 (most first), then the lowest 完成率.
    Worst,
    Colour(Colour),
    Done,
    Rate,
    Name,
}

/// One row: the unit key (or leader name), the name shown, the counts.
#[derive(Clone, PartialEq)]
struct Row {
    key: String,
    name: String,
    counts: LightCounts,
}

const COLOURS: [Colour; 4] = [Colour::Red, Colour::Yellow, Colour::Blue, Colour::Green];

fn colour_heading(c: Colour) -> &'static str {
    match c {
        Colour::Red => "红灯",
        Colour::Yellow => "黄灯",
        Colour::Blue => "临近",
        Colour::Green => "正常",
    }
}

fn colour_class(c: Colour) -> &'static str {
    match c {
        Colour::Red => "red",
        Colour::Yellow => "yellow",
        Colour::Blue => "blue",
        Colour::Green => "green",
    }
}

#[component]
pub fn LightSummary(group: Group) -> impl IntoView {
    let checklist = use_checklist();
    let workspace = use_workspace();
    let filter = workspace.filter;
    let sort = RwSignal::new(Column::Worst);
    let rows = Memo::new(move |_| {
        let p = workspace.parsed.get();
        let lights = checklist.lights.get();
        let light = |i: usize| lights.get(i).copied().flatten();
        let mut rows: Vec<Row> = Vec::new();
        match group {
            Group::Units => {
                checklist.keys.with(|k| {
                    for u in p.index.units() {
                        let mut counts = LightCounts::default();
                        for &i in k.unit_tasks.get(&u.key).map_or(&[][..], Vec::as_slice) {
                            counts.add(light(i));
                        }
                        rows.push(Row {
                            key: u.key,
                            name: u.name,
                            counts,
                        });
                    }
                });
            }
            Group::Leaders => {
                for l in p.index.leaders() {
                    rows.push(Row {
                        key: l.name.clone(),
                        name: l.name,
                        counts: LightCounts::default(),
                    });
                }
                for (i, node) in p.index.nodes().iter().enumerate() {
                    if !node.is_task() {
                        continue;
                    }
                    let mut seen: Vec<&str> = Vec::new();
                    for l in &node.leaders {
                        if seen.contains(&l.name.as_str()) {
                            continue;
                        }
                        seen.push(&l.name);
                        if let Some(row) = rows.iter_mut().find(|r| r.key == l.name) {
                            row.counts.add(light(i));
                        }
                    }
                }
            }
        }
        rows.retain(|r| r.counts.total() > 0);
        rows
    });
    // Shown once a task is lit; a Memo, so that a mark does not build the table anew.
    let lit =
        Memo::new(move |_| rows.with(|r| r.iter().any(|r| r.counts.unlit < r.counts.total())));
    let sorted = move || {
        let mut rows = rows.get();
        let by = sort.get();
        crate::sort::sort_by(&mut rows, |a, b| {
            let (x, y) = (&a.counts, &b.counts);
            match by {
                Column::Worst => x.worst_first_key().cmp(&y.worst_first_key()),
                Column::Colour(c) => y.colour(c).cmp(&x.colour(c)),
                Column::Done => y.count(Light::Done).cmp(&x.count(Light::Done)),
                Column::Rate => x.done_percent().cmp(&y.done_percent()),
                Column::Name => a.name.cmp(&b.name),
            }
        });
        rows
    };
    let heading = move |label: &'static str, column: Column, class: &'static str| {
        view! {
            <th scope="col" class=class aria-sort=move || if sort.get() == column { "descending" } else { "none" }>
                <button type="button" class="link" data-testid="light-sort" on:click=move |_| sort.set(column)>
                    {label}
                </button>
            </th>
        }
    };
    let show_red = move |key: String| {
        filter.update(|f| {
            match group {
                Group::Units => {
                    f.units = vec![key];
                    f.role = Role::Any;
                }
                Group::Leaders => f.leader = Some(key),
            }
            f.light = LightFilter::Red;
        });
    };
    let (caption, who) = match group {
        Group::Units => ("亮灯汇总（按单位，最差的在前）", "单位"),
        Group::Leaders => ("亮灯汇总（按领导，最差的在前）", "领导"),
    };
    view! {
        {move || lit.get().then(|| view! {
            <details class="light-summary" open data-testid="light-summary">
                <summary>{caption}</summary>
                <p class="panel-tools">
                    <button
                        type="button"
                        data-testid="light-sort-worst"
                        aria-pressed=move || (sort.get() == Column::Worst).to_string()
                        on:click=move |_| sort.set(Column::Worst)
                    >"最差的在前"</button>
                    <span class="hint">"点列名可按该列排序；点红灯数查看这些任务。"</span>
                </p>
                <div class="table-scroll">
                <table class="stat-table">
                    <thead>
                        <tr>
                            {heading(who, Column::Name, "")}
                            {COLOURS.map(|c| heading(colour_heading(c), Column::Colour(c), colour_class(c)))}
                            {heading("已完成", Column::Done, "")}
                            {heading("完成率", Column::Rate, "")}
                        </tr>
                    </thead>
                    <tbody>
                        {move || sorted().into_iter().map(|r| {
                            let red = r.counts.colour(Colour::Red);
                            let key = r.key.clone();
                            let name = visible(&r.name);
                            view! {
                                <tr data-testid="light-row" data-key=r.key.clone()>
                                    <th scope="row">{name.clone()}</th>
                                    <td class="red" data-testid="light-red">
                                        {if red > 0 {
                                            view! {
                                                <button
                                                    type="button"
                                                    class="link"
                                                    aria-label=format!("查看{name}的 {red} 项红灯任务")
                                                    on:click=move |_| show_red(key.clone())
                                                >{red}</button>
                                            }.into_any()
                                        } else {
                                            view! { "0" }.into_any()
                                        }}
                                    </td>
                                    <td class="yellow" data-testid="light-yellow">{r.counts.colour(Colour::Yellow)}</td>
                                    <td class="blue">{r.counts.colour(Colour::Blue)}</td>
                                    <td class="green">{r.counts.colour(Colour::Green)}</td>
                                    <td>{r.counts.count(Light::Done)}</td>
                                    <td data-testid="light-rate">{format!("{}%", r.counts.done_percent())}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                </div>
            </details>
        })}
    }
}
