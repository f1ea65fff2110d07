//! A bar chart (SVG) of tasks per unit, lead and cooperating stacked. Hovering or focusing
//! a bar shows its numbers; clicking it (or Enter) chooses the unit.

use leptos::prelude::*;

use super::highlight::visible;

use super::state::use_workspace;
use crate::filter::{Role, UnitStat};

/// Units charted at most (the busiest), so that the chart stays readable.
const MAX_BARS: usize = 20;
const BAR: f64 = 18.0;
const GAP: f64 = 6.0;
const LABEL_W: f64 = 170.0;
const PLOT_W: f64 = 380.0;

/// An SVG coordinate, to a tenth of a pixel (see [`crate::decimal`]).
fn n(x: f64) -> String {
    crate::decimal::fixed(x, 1)
}

#[component]
pub fn UnitChart(units: Memo<Vec<UnitStat>>) -> impl IntoView {
    let filter = use_workspace().filter;
    let focused = RwSignal::new(None::<usize>);
    let bars = Memo::new(move |_| {
        units.with(|all| {
            let mut bars: Vec<UnitStat> = all.iter().filter(|u| !u.collective).cloned().collect();
            crate::sort::sort_by(&mut bars, |a, b| {
                (b.lead + b.coop)
                    .cmp(&(a.lead + a.coop))
                    .then_with(|| a.name.cmp(&b.name))
            });
            bars.truncate(MAX_BARS);
            bars
        })
    });
    let readout = move || {
        focused
            .get()
            .and_then(|i| bars.with(|b| b.get(i).cloned()))
            .map_or_else(
                || "把鼠标移到条形上（或用 Tab 键选中）查看数字，点击只看该单位。".to_owned(),
                |u| {
                    format!(
                        "{}：牵头 {} 项，配合 {} 项，合计 {} 项",
                        u.name,
                        u.lead,
                        u.coop,
                        u.lead + u.coop
                    )
                },
            )
    };
    view! {
        <figure class="unit-chart" data-testid="unit-chart">
            <figcaption>
                {move || format!("任务最多的 {} 个单位", bars.with(Vec::len))}
                <span class="legend"><span class="swatch lead"></span>"牵头"<span class="swatch coop"></span>"配合"</span>
            </figcaption>
            {move || {
                let bars = bars.get();
                let max = bars.iter().map(|u| u.lead + u.coop).max().unwrap_or(1).max(1) as f64;
                let height = bars.len() as f64 * (BAR + GAP);
                let scale = PLOT_W / max;
                view! {
                    <svg
                        viewBox=format!("0 0 {} {}", n(LABEL_W + PLOT_W + 40.0), n(height.max(1.0)))
                        role="list"
                        aria-label="各单位任务数"
                    >
                        {bars.into_iter().enumerate().map(|(i, u)| {
                            let y = i as f64 * (BAR + GAP);
                            let lead_w = u.lead as f64 * scale;
                            let coop_w = u.coop as f64 * scale;
                            let label = format!("{}：牵头 {} 项，配合 {} 项", visible(&u.name), u.lead, u.coop);
                            let title = label.clone();
                            let key = u.key.clone();
                            let choose = move || filter.update(|f| {
                                f.units = vec![key.clone()];
                                f.role = Role::Any;
                            });
                            let choose_key = choose.clone();
                            view! {
                                <g
                                    class="bar"
                                    role="listitem"
                                    tabindex="0"
                                    aria-label=label
                                    data-testid="unit-bar"
                                    on:mouseenter=move |_| focused.set(Some(i))
                                    on:focus=move |_| focused.set(Some(i))
                                    on:click=move |_| choose()
                                    on:keydown=move |ev| if ev.key() == "Enter" || ev.key() == " " {
                                        ev.prevent_default();
                                        choose_key();
                                    }
                                >
                                    <title>{title}</title>
                                    <text x=n(LABEL_W - 6.0) y=n(y + BAR * 0.75) text-anchor="end">{visible(&u.name)}</text>
                                    <rect class="lead" x=n(LABEL_W) y=n(y) width=n(lead_w) height=n(BAR)></rect>
                                    <rect class="coop" x=n(LABEL_W + lead_w) y=n(y) width=n(coop_w) height=n(BAR)></rect>
                                    <text class="total" x=n(LABEL_W + lead_w + coop_w + 4.0) y=n(y + BAR * 0.75)>
                                        {u.lead + u.coop}
                                    </text>
                                </g>
                            }
                        }).collect_view()}
                    </svg>
                }
            }}
            <p class="readout" aria-live="polite" data-testid="chart-readout">{readout}</p>
        </figure>
    }
}
