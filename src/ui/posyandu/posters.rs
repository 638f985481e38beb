//! Posters for the notice board: balok SKDN and the stunting trend over 12 months, for
//! one posyandu or all, printed A4 or A3 landscape through the browser.

use leptos::prelude::*;
use uuid::Uuid;

use crate::charts::poster::{skdn_bars_svg, trend_svg};
use crate::i18n::month_label;
use crate::indicators::posyandu::prevalence::prevalence;
use crate::indicators::posyandu::skdn::skdn;
use crate::route::Route;
use crate::ui::app::state::{month_or_now, this_month_text, use_app};
use crate::ui::posyandu::child_list::posyandu_options;
use crate::ui::widgets::chart::{Chart, WIDE_ON_PHONE};
use crate::ui::widgets::fields::PeriodFields;
use crate::ui::widgets::print::{Paper, PaperRule, PrintControls};

/// The paper's drawing of a poster (A4 or A3 landscape).
const POSTER_SIZE: (u32, u32) = (1200, 760);

#[component]
pub fn Posters() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let month_text = this_month_text();
    let posyandu = RwSignal::new(None::<Uuid>);
    let paper = RwSignal::new(Paper::A4);
    let options = posyandu_options(&app);
    let names = options.clone();
    let place = move || {
        posyandu
            .get()
            .and_then(|id| names.iter().find(|(p, _)| *p == id).map(|(_, n)| n.clone()))
            .unwrap_or_else(|| t.common.all_posyandu.to_owned())
    };
    let posters = move || {
        let months = month_or_now(&month_text.get()).last_twelve();
        let p = posyandu.get();
        let period = format!(
            "{} – {}",
            months
                .first()
                .map(|m| month_label(*m, lang))
                .unwrap_or_default(),
            months
                .last()
                .map(|m| month_label(*m, lang))
                .unwrap_or_default()
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
        let skdn_title = (t.posyandu.skdn_poster_title)(&place, &period);
        let stunting_title = (t.posyandu.stunting_poster_title)(&place, &period);
        let draw = |size| {
            (
                skdn_bars_svg(&skdn_title, &bars, size, lang).unwrap_or_default(),
                trend_svg(
                    &stunting_title,
                    t.posyandu.axis_weighed_percent,
                    &trend,
                    size,
                    lang,
                )
                .unwrap_or_default(),
            )
        };
        let (screen, paper) = (draw(WIDE_ON_PHONE), draw(POSTER_SIZE));
        (skdn_title, stunting_title, screen, paper)
    };
    view! {
        <PaperRule paper=paper landscape=true/>
        <section class="card no-print">
            <h1>{t.posyandu.posters}</h1>
            <PeriodFields month_label=t.posyandu.until_month month=month_text posyandu=posyandu options=options lang=lang/>
            <div class="row">
                <PrintControls paper=paper testid="print-posters"/>
                <a class="button" href=Route::Reports.href()>{t.common.nav_reports}</a>
            </div>
        </section>
        {move || {
            let (skdn_title, stunting_title, (bars, trend), (bars_paper, trend_paper)) = posters();
            view! {
                <section class="poster" data-testid="poster-skdn">
                    <Chart screen=bars print=bars_paper testid="poster-skdn-chart" label=skdn_title wide=true/>
                    <p class="legend">{t.posyandu.skdn_legend}</p>
                </section>
                <section class="poster" data-testid="poster-stunting">
                    <Chart screen=trend print=trend_paper testid="poster-stunting-chart" label=stunting_title wide=true/>
                </section>
            }
        }}
    }
}
