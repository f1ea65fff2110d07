//! The tree of sections and tasks, numbered as in the source, with who does what.

use leptos::prelude::*;

use super::state::use_workspace;
use crate::parser::{Node, NodeKind};

#[component]
pub fn OutlineView() -> impl IntoView {
    let workspace = use_workspace();
    view! {
        <section class="outline" aria-label="任务大纲" data-testid="outline">
            {move || {
                workspace
                    .outline
                    .with(|o| {
                        o.documents
                            .iter()
                            .map(|doc| {
                                view! {
                                    <article class="document">
                                        <h2>{doc.title.clone().unwrap_or_default()}</h2>
                                        <ol class="nodes">{doc.nodes.iter().map(node_item).collect_view()}</ol>
                                    </article>
                                }
                            })
                            .collect_view()
                    })
            }}
        </section>
    }
}

fn node_item(node: &Node) -> AnyView {
    let class = match node.kind {
        NodeKind::Section => "node section",
        NodeKind::Task => "node task",
    };
    let leaders: Vec<String> = node.leaders.iter().map(|l| l.name.clone()).collect();
    let leads: Vec<String> = node.lead_units.iter().map(|u| u.name.clone()).collect();
    let coops: Vec<String> = node.coop_units.iter().map(|u| u.name.clone()).collect();
    view! {
        <li class=class data-line=node.line>
            <div class="node-head">
                <span class="number">{node.number.clone().unwrap_or_default()}</span>
                <span class="text">{node.text.clone()}</span>
            </div>
            {(node.kind == NodeKind::Task).then(|| view! {
                <div class="duties">
                    {chips("牵头领导", "leader", leaders)}
                    {chips("牵头单位", "lead", leads)}
                    {chips("配合单位", "coop", coops)}
                    {node.deadline.as_ref().map(|d| view! {
                        <span class="deadline">"完成时限：" {d.text.clone()}</span>
                    })}
                </div>
            })}
            {(!node.children.is_empty()).then(|| view! {
                <ol class="nodes">{node.children.iter().map(node_item).collect_view()}</ol>
            })}
        </li>
    }
    .into_any()
}

fn chips(role: &'static str, class: &'static str, names: Vec<String>) -> impl IntoView {
    (!names.is_empty()).then(|| {
        view! {
            <span class=format!("chips {class}")>
                <span class="role">{role} "："</span>
                {names.into_iter().map(|n| view! { <span class="chip">{n}</span> }).collect_view()}
            </span>
        }
    })
}
