//! KB status of a PUS wife on her family page (history kept: each save is a new dated
//! entry), and the monthly PPKBD report in Laporan.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use uuid::Uuid;

use super::fields::{show_problems, CheckField, ChoiceField, TextField};
use super::state::{today, use_app};
use crate::charts::poster::trend_svg;
use crate::domain::calendar::Month;
use crate::domain::family_planning::{four_t, history, status_on, KbStatus, Method, Wish, FOUR_T};
use crate::domain::record::Body;
use crate::domain::validate::{Problem, Problems};
use crate::i18n::{format_date, Lang, Named};
use crate::indicators::kb_report::{kb_report, kb_trend, method_key, KbCounts};

const WISHES: [Wish; 3] = [Wish::ChildSoon, Wish::Delay, Wish::NoMore];

/// One line on the current status: method and since when, the wish, the flags.
fn summary(status: Option<&KbStatus>, lang: Lang) -> String {
    let t = lang.texts();
    let Some(s) = status else {
        return t.kb_not_recorded.to_owned();
    };
    let method = s.method.map_or(t.kb_no_method, |m| m.name(lang));
    let mut parts = vec![format!(
        "{method} {}",
        (t.kb_since)(&format_date(s.since, lang))
    )];
    parts.extend(s.wish.map(|w| w.name(lang).to_owned()));
    if s.pregnant {
        parts.push(t.pregnant.to_owned());
    }
    if s.unmet_need().is_some() {
        parts.push(t.unmet_need.to_owned());
    }
    parts.join(" · ")
}

#[component]
pub fn KbPanel(wife_id: Uuid) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let open = RwSignal::new(false);
    let current = move || {
        app.register
            .with(|r| summary(status_on(r, wife_id, today()), lang))
    };
    let risks = move || {
        app.register.with(|r| {
            let wife = r.person(wife_id)?;
            let f = four_t(r, wife, wife_id, today(), FOUR_T);
            let names: Vec<&str> = [
                (f.too_young, "terlalu muda"),
                (f.too_old, "terlalu tua"),
                (f.too_close, "terlalu dekat"),
                (f.too_many, "terlalu banyak"),
            ]
            .into_iter()
            .filter_map(|(on, name)| on.then_some(name))
            .collect();
            (!names.is_empty()).then(|| (t.four_t)(&names.join(", ")))
        })
    };
    let last = app
        .register
        .with_untracked(|r| history(r, wife_id).last().cloned().cloned());
    let method = RwSignal::new(last.as_ref().and_then(|s| s.method));
    let since = RwSignal::new(today().format("%Y-%m-%d").to_string());
    let served_at = RwSignal::new(
        last.as_ref()
            .map(|s| s.served_at.clone())
            .unwrap_or_default(),
    );
    let pregnant = RwSignal::new(last.as_ref().is_some_and(|s| s.pregnant));
    let wish = RwSignal::new(last.as_ref().and_then(|s| s.wish));
    let problems = RwSignal::new(Problems::new());
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let date = match chrono::NaiveDate::parse_from_str(since.get_untracked().trim(), "%Y-%m-%d")
        {
            Ok(d) if d <= today() => d,
            Ok(_) => return show_problems(problems, vec![("kb_since", Problem::VisitInFuture)]),
            Err(_) => return show_problems(problems, vec![("kb_since", Problem::NotADate)]),
        };
        problems.set(Problems::new());
        let status = KbStatus {
            wife_id,
            since: date,
            method: method.get_untracked(),
            served_at: served_at.get_untracked().trim().to_owned(),
            pregnant: pregnant.get_untracked(),
            wish: wish.get_untracked(),
        };
        let record = app.record_for(None, Body::KbStatus(status));
        app.save(vec![record], move || open.set(false));
    };
    view! {
        <div class="kb" data-testid="kb-panel">
            <p class="kb-status" data-testid="kb-status">{current}</p>
            {move || risks().map(|r| view! { <p class="warning" data-testid="kb-4t">{r}</p> })}
            <Show when=move || !open.get()>
                <button type="button" on:click=move |_| open.set(true) data-testid="record-kb">{t.record_kb}</button>
            </Show>
            <Show when=move || open.get()>
                <form on:submit=submit novalidate data-testid="kb-form">
                    <ChoiceField label=t.kb_method field="kb_method" options=&Method::ALL value=method lang=lang/>
                    <TextField label=t.kb_start field="kb_since" value=since problems=problems lang=lang kind="date"/>
                    <TextField label=t.served_at field="served_at" value=served_at problems=problems lang=lang/>
                    <CheckField label=t.pregnant field="kb_pregnant" value=pregnant/>
                    <ChoiceField label=t.wish field="kb_wish" options=&WISHES value=wish lang=lang/>
                    <div class="row">
                        <button type="submit" class="primary" data-testid="save-kb">{t.save}</button>
                        <button type="button" on:click=move |_| open.set(false)>{t.cancel}</button>
                    </div>
                </form>
            </Show>
        </div>
    }
}

/// The month's PPKBD table: one row per RT, then the total.
#[component]
pub fn KbReport(month: Signal<Month>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let rows = move || {
        app.register.with(|r| {
            let (by_rt, total) = kb_report(r, month.get(), FOUR_T);
            let mut rows: Vec<(String, _)> = by_rt
                .into_iter()
                .map(|(rt, c)| {
                    (
                        rt.and_then(|id| r.area_label(id))
                            .unwrap_or_else(|| "—".into()),
                        c,
                    )
                })
                .collect();
            rows.push(("Jumlah".into(), total));
            rows
        })
    };
    view! {
        <section class="card" data-testid="kb-report">
            <h2>{t.kb_report}</h2>
            <div class="table-scroll">
                <table class="kb-table">
                    <thead><tr>
                        <th>"RT"</th><th>"PUS"</th><th>"KB aktif"</th><th>"KB baru"</th><th>"MKJP"</th>
                        <th>"IAT"</th><th>"TIAL"</th><th>{t.pregnant}</th><th>"4T"</th>
                        <th>{t.teen_pregnant}</th><th>{t.married_under_19}</th><th>{t.kb_method}</th>
                    </tr></thead>
                    <tbody>
                        {move || rows().into_iter().map(|(label, c)| {
                            let mix = Method::ALL
                                .iter()
                                .filter_map(|m| c.by_method.get(&method_key(*m)).map(|n| format!("{} {n}", m.name(lang))))
                                .collect::<Vec<_>>()
                                .join(", ");
                            view! {
                                <tr>
                                    <th scope="row">{label}</th>
                                    <td class="num">{c.pus}</td><td class="num">{c.active}</td><td class="num">{c.new_acceptors}</td>
                                    <td class="num">{c.mkjp}</td><td class="num">{c.unmet_delay}</td><td class="num">{c.unmet_no_more}</td>
                                    <td class="num">{c.pregnant}</td><td class="num">{c.four_t}</td>
                                    <td class="num">{c.teen_pregnant}</td><td class="num">{c.married_under_19}</td><td>{mix}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <h3>"Rumah DataKu"</h3>
            <div class="chart" data-testid="kb-cpr" inner_html=move || trend_chart(month.get(), t.cpr_title, |c| c.cpr())></div>
            <div class="chart" data-testid="kb-unmet" inner_html=move || trend_chart(month.get(), t.unmet_title, |c| c.unmet_percent())></div>
        </section>
    }
}

/// A 12-month line of one KB percentage for the village, as SVG.
fn trend_chart(month: Month, title: &str, value: fn(&KbCounts) -> Option<f64>) -> String {
    let app = use_app();
    let points: Vec<(Month, Option<f64>)> = app.register.with_untracked(|r| {
        kb_trend(r, month, FOUR_T)
            .iter()
            .map(|(m, c)| (*m, value(c)))
            .collect()
    });
    trend_svg(title, "% PUS", &points, (1200, 560)).unwrap_or_default()
}
