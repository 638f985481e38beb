//! Laporan: the month's SKDN (by age band × sex), its ratios, prevalence, and the
//! children who need referral, per posyandu or for all together.

use chrono::Datelike;
use leptos::prelude::*;
use uuid::Uuid;

use super::children::posyandu_options;
use super::state::{today, use_app};
use crate::growth::Sex;
use crate::i18n::{self, Lang};
use crate::indicators::prevalence::prevalence;
use crate::indicators::referral::referrals;
use crate::indicators::skdn::{skdn, AgeBand, Counts, Skdn};
use crate::indicators::Month;
use crate::route::Route;

fn parse_month(text: &str) -> Month {
    let mut parts = text.split('-');
    let year = parts.next().and_then(|y| y.parse().ok());
    let month = parts
        .next()
        .and_then(|m| m.parse().ok())
        .filter(|m| (1..=12).contains(m));
    match (year, month) {
        (Some(year), Some(month)) => Month { year, month },
        _ => Month::of(today()),
    }
}

fn percent(value: Option<f64>, lang: Lang) -> String {
    value.map_or("—".into(), |p| {
        format!("{}%", i18n::number((p * 10.0).round() / 10.0, lang))
    })
}

/// Reads one report row's number from a cell.
type RowValue = fn(&Counts) -> u32;

/// SKDN rows as in the monthly report: (label, value of a cell).
const ROWS: [(&str, RowValue); 12] = [
    ("S", |c| c.s),
    ("K", |c| c.k),
    ("N", |c| c.n),
    ("T", |c| c.t),
    ("O", |c| c.o),
    ("B", |c| c.b),
    ("D = N+T+O+B", |c| c.d),
    ("K − D", |c| c.not_attending()),
    ("BGM", |c| c.bgm),
    ("2T", |c| c.twice_t),
    ("Vitamin A", |c| c.vitamin_a),
    ("ASI eksklusif", |c| c.exclusive_breastfeeding),
];

fn skdn_table(table: &Skdn) -> impl IntoView {
    let total = table.total();
    let columns: Vec<(AgeBand, Sex)> = AgeBand::ALL
        .iter()
        .flat_map(|b| [(*b, Sex::Male), (*b, Sex::Female)])
        .collect();
    let header = columns
        .iter()
        .map(|(b, s)| view! { <th scope="col">{b.label()} <br/> {if *s == Sex::Male { "L" } else { "P" }}</th> })
        .collect_view();
    let body = ROWS
        .iter()
        .map(|(label, value)| {
            let cells = columns
                .iter()
                .map(|(b, s)| view! { <td class="num">{value(table.cell(*b, *s))}</td> })
                .collect_view();
            view! { <tr><th scope="row">{*label}</th>{cells}<td class="num total">{value(&total)}</td></tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="skdn" data-testid="skdn-table">
                <thead><tr><th></th>{header}<th scope="col">"Jumlah"</th></tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

#[component]
pub fn Reports() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let now = today();
    let month_text = RwSignal::new(format!("{}-{:02}", now.year(), now.month()));
    let posyandu = RwSignal::new(None::<Uuid>);
    let options = posyandu_options(&app);
    let report = move || {
        let month = parse_month(&month_text.get());
        let p = posyandu.get();
        app.register.with(|r| {
            (
                skdn(r, p, month),
                prevalence(r, p, month),
                referrals(r, p, month),
            )
        })
    };
    view! {
        <section class="card no-print">
            <h1>{t.reports_title}</h1>
            <div class="field">
                <label for="f-month">{t.month}</label>
                <input id="f-month" type="month" data-testid="report-month" prop:value=move || month_text.get()
                    on:input=move |ev| month_text.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="f-report-posyandu">{t.posyandu}</label>
                <select id="f-report-posyandu" data-testid="report-posyandu"
                    on:change=move |ev| posyandu.set(Uuid::parse_str(&event_target_value(&ev)).ok())>
                    <option value="">{t.all_posyandu}</option>
                    {options.into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                </select>
            </div>
        </section>
        {move || {
            let (table, prev, refer) = report();
            let ratios = table.ratios();
            let ratio_rows = [
                ("K/S", ratios.k_s),
                ("D/S", ratios.d_s),
                ("D/K", ratios.d_k),
                ("N/D", ratios.n_d),
                ("N/S", ratios.n_s),
            ];
            let prev_rows = [
                (t.stunting, prev.stunted, prev.stunting_percent()),
                (t.wasting, prev.wasted, prev.wasting_percent()),
                (t.underweight, prev.underweight, prev.underweight_percent()),
                (t.overweight, prev.overweight, prev.overweight_percent()),
            ];
            view! {
                <section class="card">
                    <h2>"SKDN"</h2>
                    {skdn_table(&table)}
                    <dl class="facts ratios" data-testid="ratios">
                        {ratio_rows.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{percent(v, lang)}</dd> }).collect_view()}
                    </dl>
                </section>
                <section class="card">
                    <h2>{t.prevalence}</h2>
                    <table class="prevalence" data-testid="prevalence">
                        <tbody>
                            {prev_rows.into_iter().map(|(label, (cases, valid), p)| view! {
                                <tr><th scope="row">{label}</th><td class="num">{format!("{cases}/{valid}")}</td><td class="num">{percent(p, lang)}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </section>
                <section class="card">
                    <h2>{t.refer}</h2>
                    {if refer.is_empty() {
                        view! { <p class="empty">{t.none_to_refer}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="list" data-testid="referrals">
                                {refer.into_iter().map(|r| view! {
                                    <li><a href=Route::Child(r.child_id).href()>
                                        <strong>{r.name}</strong>
                                        <span class="meta">{r.warnings.iter().map(|w| i18n::warning(lang, *w)).collect::<Vec<_>>().join(" · ")}</span>
                                    </a></li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </section>
            }
        }}
    }
}
