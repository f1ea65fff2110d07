//! One unit, one name (issue 14), on the unit pages: the names a unit was merged
//! from ("也写作：…"), the pairs that may be one unit ("可能是同一单位", 合并 / 不是),
//! and 撤销合并 for a merge the user made. The rules themselves are in
//! [`crate::units`]; the answers are kept with the checklist
//! ([`crate::checklist::unit_answers`]) and apply to every document.

use leptos::prelude::*;

use super::checklist_state::use_checklist;
use super::highlight::visible;
use crate::filter::UnitStat;
use crate::units::{merge_key, suggestions};

/// "也写作：区发展和改革局、区发改委" under a unit's name, and 撤销合并 when the user
/// merged some of its names.
#[component]
pub fn MergedNames(key: String, units: Memo<Vec<UnitStat>>) -> impl IntoView {
    let checklist = use_checklist();
    let names = {
        let key = key.clone();
        Memo::new(move |_| {
            units.with(|all| {
                all.iter()
                    .find(|u| u.key == key)
                    .map(|u| u.names.clone())
                    .unwrap_or_default()
            })
        })
    };
    let stored = StoredValue::new(key);
    // Names the rules alone keep apart: the user merged them.
    let user_merged = Memo::new(move |_| {
        names.with(|n| {
            let first = n.first().map(|f| merge_key(f));
            n.iter().any(|x| Some(merge_key(x)) != first)
        })
    });
    view! {
        <Show when=move || names.with(|n| n.len() > 1)>
            <p class="unit-aliases" data-testid="unit-aliases">
                "也写作："
                {move || names.with(|n| n.iter().skip(1).map(|s| visible(s)).collect::<Vec<_>>().join("、"))}
                <Show when=move || user_merged.get()>
                    " "
                    <button type="button" class="link" data-testid="unmerge"
                        on:click=move |_| stored.with_value(|k| checklist.unmerge_unit(k))>"撤销合并"</button>
                </Show>
            </p>
        </Show>
    }
}

/// The pairs of units that look alike and that the user has not answered about, each
/// with 合并 and 不是; only those of unit `only` when given.
#[component]
pub fn UnitSuggestions(
    units: Memo<Vec<UnitStat>>,
    #[prop(optional)] only: Option<String>,
) -> impl IntoView {
    let checklist = use_checklist();
    let pairs = Memo::new(move |_| {
        let keys: Vec<String> = units.with(|all| {
            all.iter()
                .filter(|u| !u.collective)
                .map(|u| u.key.clone())
                .collect()
        });
        let name = |k: &str| {
            units.with(|all| {
                all.iter()
                    .find(|u| u.key == k)
                    .map_or_else(|| k.to_owned(), |u| u.name.clone())
            })
        };
        checklist.state.with(|s| {
            suggestions(&keys)
                .into_iter()
                .filter(|(a, b)| {
                    only.as_ref().is_none_or(|o| o == a || o == b) && !s.units.answered(a, b)
                })
                .map(|(a, b)| {
                    let (na, nb) = (name(&a), name(&b));
                    (a, na, b, nb)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || pairs.with(|p| !p.is_empty())>
            <section class="unit-suggestions" data-testid="unit-suggestions" aria-label="可能是同一单位">
                <h3>"可能是同一单位"</h3>
                <ul>
                    {move || pairs.get().into_iter().map(|(a, na, b, nb)| {
                        let (a2, b2) = (a.clone(), b.clone());
                        view! {
                            <li data-testid="unit-suggestion">
                                <span>{visible(&na)}</span>" 与 "<span>{visible(&nb)}</span>" "
                                <button type="button" on:click=move |_| checklist.merge_units(&a, &b)>"合并"</button>
                                <button type="button" on:click=move |_| checklist.keep_units_apart(&a2, &b2)>"不是"</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}
