//! One child: facts, weighing history, and the Buku KIA growth charts (0–24 / 0–60
//! months), with an A4 print view of the card.

use std::time::Duration;

use leptos::prelude::*;
use uuid::Uuid;

use crate::charts::growth_chart::{render_svg, ChartKind, GrowthChart, View};
use crate::domain::posyandu::review::Index;
use crate::growth::{Age, Sex};
use crate::i18n::{self, format_date, Named};
use crate::route::Route;
use crate::ui::app::state::{today, use_app};
use crate::ui::posyandu::immunisation_card::ImmunisationCard;
use crate::ui::posyandu::referral_back_card::ReferralBackCard;
use crate::ui::posyandu::weighing_result::review_of;
use crate::ui::widgets::other_versions::OtherVersions;
use crate::ui::widgets::referral_flag::ReferralFlag;
use crate::ui::widgets::table_scroll::TableScroll;

const KINDS: [(ChartKind, &str); 5] = [
    (ChartKind::WeightForAge, "BB/U"),
    (ChartKind::LengthForAge, "PB/U – TB/U"),
    (ChartKind::WeightForLength, "BB/PB – BB/TB"),
    (ChartKind::BmiForAge, "IMT/U"),
    (ChartKind::HeadForAge, "LK/U"),
];

/// The child's points for a chart: (months or cm, value), oldest first.
fn points(child_id: Uuid, kind: ChartKind) -> Vec<(f64, f64)> {
    let app = use_app();
    let weighings = app.register.with_untracked(|r| {
        r.measurements_of(child_id)
            .map(|(_, m)| m.clone())
            .collect::<Vec<_>>()
    });
    weighings
        .iter()
        .filter_map(|m| {
            let review = review_of(child_id, m)?;
            let a = review.assessment;
            let months = review.age.months();
            match kind {
                ChartKind::WeightForAge => m.weight_kg.map(|w| (months, w)),
                ChartKind::LengthForAge => a.clenhei.map(|h| (months, h)),
                ChartKind::WeightForLength => a.clenhei.zip(m.weight_kg),
                ChartKind::BmiForAge => a.cbmi.map(|b| (months, b)),
                ChartKind::HeadForAge => m.head_cm.map(|h| (months, h)),
            }
        })
        .collect()
}

/// The growth chart of one index, its axes in `lang`.
fn chart_svg(
    child_id: Uuid,
    sex: Sex,
    name: &str,
    kind: ChartKind,
    view: View,
    lang: i18n::Lang,
    (width, height): (u32, u32),
) -> String {
    let label = KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or("", |(_, l)| l);
    let chart = GrowthChart {
        kind,
        view,
        sex,
        title: format!("{label} · {name}"),
        points: points(child_id, kind),
        lang,
    };
    render_svg(&chart, width, height).unwrap_or_default()
}

/// The growth chart as drawn for the phone (shown at about this size, so its type
/// reads) and for A4.
const ON_PHONE: (u32, u32) = (340, 300);
const ON_PAPER: (u32, u32) = (800, 560);

#[component]
pub fn ChildPage(child_id: Uuid) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let Some(child) = app.register.with_untracked(|r| r.person(child_id).cloned()) else {
        return view! { <crate::ui::app::not_found::NotFound/> }.into_any();
    };
    let age_now = Age::between(child.birth_date, today());
    let first_view = if age_now.is_some_and(|a| a.months() < 24.0) {
        View::Months0To24
    } else {
        View::Months0To60
    };
    let kind = RwSignal::new(ChartKind::WeightForAge);
    let view_span = RwSignal::new(first_view);
    let printing = RwSignal::new(false);
    let (mother, posyandu) = app.register.with_untracked(|r| {
        (
            child
                .mother_id
                .and_then(|m| r.person(m))
                .map(|p| p.name.clone()),
            child
                .posyandu_id
                .and_then(|p| r.area(p))
                .map(|a| a.name.clone()),
        )
    });
    let facts = vec![
        (t.common.sex, child.sex.name(lang).to_owned()),
        (t.common.birth_date, format_date(child.birth_date, lang)),
        (
            t.posyandu.age,
            age_now
                .map(|a| (t.posyandu.age_months)(a.completed_months()))
                .unwrap_or_default(),
        ),
        (t.common.mother, mother.unwrap_or_else(|| "—".into())),
        (t.common.posyandu, posyandu.unwrap_or_else(|| "—".into())),
        (
            t.common.birth_weight,
            child
                .birth_weight_kg
                .map(|w| i18n::number(w, lang))
                .unwrap_or_else(|| "—".into()),
        ),
        (
            t.common.birth_length,
            child
                .birth_length_cm
                .map(|l| i18n::number(l, lang))
                .unwrap_or_else(|| "—".into()),
        ),
    ];
    let history = app.register.with_untracked(|r| {
        r.measurements_of(child_id)
            .map(|(_, m)| m.clone())
            .collect::<Vec<_>>()
    });
    let rows = history
        .iter()
        .rev()
        .filter_map(|m| {
            let review = review_of(child_id, m)?;
            let cat = |i: Index| review.category(i).map_or("—", |c| c.name(lang));
            let z = |i: Index| {
                review
                    .score(i)
                    .map(|s| i18n::number(s.z, lang))
                    .unwrap_or_default()
            };
            Some(view! {
                <tr>
                    <td>{format_date(m.date, lang)}</td>
                    <td>{(t.posyandu.age_months)(review.age.completed_months())}</td>
                    <td class="num">{m.weight_kg.map(|w| i18n::number(w, lang))}</td>
                    <td class="num">{m.lenhei_cm.map(|l| i18n::number(l, lang))}</td>
                    <td>{review.gain.map(|g| g.gain.code())}</td>
                    <td>{z(Index::WeightForAge)} " " {cat(Index::WeightForAge)}</td>
                    <td>{z(Index::LengthForAge)} " " {cat(Index::LengthForAge)}</td>
                    <td>{z(Index::WeightForLength)} " " {cat(Index::WeightForLength)}</td>
                </tr>
            })
        })
        .collect_view();
    let empty_history = history.is_empty();
    let (sex, name) = (child.sex, child.name.clone());
    let name_for_print = name.clone();
    let print = move |_| {
        printing.set(true);
        // Let the print charts render before the print dialog takes the page.
        set_timeout(
            move || {
                let _ = window().print();
            },
            Duration::from_millis(100),
        );
    };
    view! {
        <section class="card child-card" data-testid="child-page">
            <h1>{name.clone()}</h1>
            <ReferralFlag child_id=child_id/>
            <dl class="facts">
                {facts.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
            </dl>
            <div class="row no-print">
                {child.posyandu_id.map(|p| view! { <a class="button primary" href=Route::Weighing(p).href()>{t.posyandu.weigh_now}</a> })}
                <button type="button" on:click=print data-testid="print-child">{t.common.print}</button>
            </div>
        </section>
        <section class="card">
            <h2>{t.posyandu.history}</h2>
            {if empty_history {
                view! { <p class="empty">{t.posyandu.no_weighings}</p> }.into_any()
            } else {
                view! {
                    <TableScroll label={t.posyandu.history}>
                        <table class="history" data-testid="history">
                            <thead><tr>
                                <th>{t.common.date}</th><th>{t.posyandu.age}</th><th>"BB"</th><th>"PB/TB"</th><th>"N/T"</th>
                                <th>"BB/U"</th><th>"PB/U"</th><th>"BB/PB"</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </TableScroll>
                }.into_any()
            }}
        </section>
        <div class="no-print"><ReferralBackCard child_id=child_id/></div>
        <div class="no-print"><ImmunisationCard child_id=child_id/></div>
        <section class="card no-print">
            <div class="tabs" role="tablist">
                {KINDS.iter().map(|&(k, label)| view! {
                    <button type="button" role="tab" class:active=move || kind.get() == k
                        aria-selected=move || if kind.get() == k { "true" } else { "false" }
                        on:click=move |_| kind.set(k)>{label}</button>
                }).collect_view()}
            </div>
            <div class="tabs">
                <button type="button" class:active=move || view_span.get() == View::Months0To24 on:click=move |_| view_span.set(View::Months0To24)>{t.posyandu.view_24}</button>
                <button type="button" class:active=move || view_span.get() == View::Months0To60 on:click=move |_| view_span.set(View::Months0To60)>{t.posyandu.view_60}</button>
            </div>
            <div class="chart" data-testid="growth-chart"
                inner_html=move || chart_svg(child_id, sex, &name, kind.get(), view_span.get(), lang, ON_PHONE)></div>
        </section>
        {move || printing.get().then(|| {
            let span = view_span.get_untracked();
            view! {
                <section class="print-only print-charts">
                    {[ChartKind::WeightForAge, ChartKind::LengthForAge, ChartKind::WeightForLength]
                        .into_iter()
                        .map(|k| view! { <div class="chart" inner_html=chart_svg(child_id, sex, &name_for_print, k, span, lang, ON_PAPER)></div> })
                        .collect_view()}
                </section>
            }
        })}
        <OtherVersions ids=Signal::derive(move || {
            let mut ids = vec![child_id];
            ids.extend(app.register.with(|r| r.measurements_of(child_id).map(|(id, _)| *id).collect::<Vec<_>>()));
            ids
        })/>
    }
    .into_any()
}
