//! Posters for the notice board: balok SKDN and the stunting trend over 12 months, for
//! one posyandu or all, printed A4 or A3 landscape through the browser.

use leptos::prelude::*;
use uuid::Uuid;

use super::children::posyandu_options;
use super::fields::PeriodFields;
use super::state::{month_or_now, today, use_app};
use crate::charts::poster::{month_label, skdn_bars_svg, trend_svg};
use crate::domain::calendar::Month;
use crate::indicators::prevalence::prevalence;
use crate::indicators::skdn::skdn;
use crate::route::Route;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Paper {
    A4,
    A3,
}

impl Paper {
    /// The print rule; fixed text, never user input.
    fn page_rule(self) -> &'static str {
        match self {
            Paper::A4 => "@media print { @page { size: A4 landscape; margin: 10mm; } }",
            Paper::A3 => "@media print { @page { size: A3 landscape; margin: 12mm; } }",
        }
    }
}

#[component]
pub fn Posters() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let this_month = Month::of(today());
    let month_text = RwSignal::new(format!("{}-{:02}", this_month.year, this_month.month));
    let posyandu = RwSignal::new(None::<Uuid>);
    let paper = RwSignal::new(Paper::A4);
    let options = posyandu_options(&app);
    let names = options.clone();
    let place = move || {
        posyandu
            .get()
            .and_then(|id| names.iter().find(|(p, _)| *p == id).map(|(_, n)| n.clone()))
            .unwrap_or_else(|| t.all_posyandu.to_owned())
    };
    let posters = move || {
        let months = month_or_now(&month_text.get()).last_twelve();
        let p = posyandu.get();
        let period = format!(
            "{} – {}",
            months.first().map(|m| month_label(*m)).unwrap_or_default(),
            months.last().map(|m| month_label(*m)).unwrap_or_default()
        );
        let (bars, trend) = app.register.with(|r| {
            let bars: Vec<_> = months
                .iter()
                .map(|m| (*m, skdn(r, p, *m).total()))
                .collect();
            let trend: Vec<_> = months
                .iter()
                .map(|m| (*m, prevalence(r, p, *m).stunting_percent()))
                .collect();
            (bars, trend)
        });
        let place = place();
        let size = (1200, 760);
        (
            skdn_bars_svg(&(t.skdn_poster_title)(&place, &period), &bars, size).unwrap_or_default(),
            trend_svg(
                &(t.stunting_poster_title)(&place, &period),
                "% balita ditimbang",
                &trend,
                size,
            )
            .unwrap_or_default(),
        )
    };
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <style>{move || paper.get().page_rule()}</style>
        <section class="card no-print">
            <h1>{t.posters}</h1>
            <PeriodFields month_label=t.until_month month=month_text posyandu=posyandu options=options lang=lang/>
            <div class="field">
                <label for="f-paper">{t.paper}</label>
                <select id="f-paper" data-testid="poster-paper"
                    on:change=move |ev| paper.set(if event_target_value(&ev) == "A3" { Paper::A3 } else { Paper::A4 })>
                    <option value="A4">"A4"</option>
                    <option value="A3">"A3"</option>
                </select>
            </div>
            <div class="row">
                <button type="button" class="primary" on:click=print data-testid="print-posters">{t.print}</button>
                <a class="button" href=Route::Reports.href()>{t.nav_reports}</a>
            </div>
        </section>
        {move || {
            let (bars, trend) = posters();
            view! {
                <section class="poster" data-testid="poster-skdn">
                    <div class="chart" inner_html=bars></div>
                    <p class="legend">{t.skdn_legend}</p>
                </section>
                <section class="poster" data-testid="poster-stunting">
                    <div class="chart" inner_html=trend></div>
                </section>
            }
        }}
    }
}
