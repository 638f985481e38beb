//! Laporan KB: the month's PPKBD report (RTs grouped by RW), the Rumah DataKu charts
//! (method mix, KB aktif and unmet need over 12 months), teen pregnancy and child
//! marriage per RW over 12 months, printable and as CSV; the supply log below.

use leptos::prelude::*;
use uuid::Uuid;

use crate::charts::method_mix::{method_mix_svg, MethodBar};
use crate::charts::poster::trend_svg;
use crate::domain::core::calendar::Month;
use crate::domain::core::register::Register;
use crate::domain::kb::status::Method;
use crate::i18n::month_label;
use crate::i18n::{Lang, Named};
use crate::indicators::kb::report::{kb_year, report_rows, KbCounts, KbReport, RowLevel, COLUMNS};
use crate::indicators::kb::sheet::kb_report_sheet;
use crate::route::Route;
use crate::ui::app::state::{month_or_now, this_month_text, use_app};
use crate::ui::group::activities::activity_table;
use crate::ui::kb::supply::Supply;
use crate::ui::widgets::chart::{Chart, WIDE_ON_PHONE};
use crate::ui::widgets::fields::MonthField;
use crate::ui::widgets::print::{Paper, PaperRule, PrintControls};
use crate::ui::widgets::sheet_file::SheetDownloads;
use crate::ui::widgets::table_scroll::TableScroll;

/// The paper's drawing of each Rumah DataKu chart.
const CHART_SIZE: (u32, u32) = (1200, 560);

/// The month's table: RTs, each RW's subtotal, the village.
fn report_table(register: &Register, report: &KbReport, lang: Lang) -> impl IntoView {
    let rows = report_rows(register, report)
        .into_iter()
        .map(|(level, label, c)| {
            let mix = Method::ALL
                .iter()
                .filter(|m| c.users_of(**m) > 0)
                .map(|m| format!("{} {}", m.name(lang), c.users_of(*m)))
                .collect::<Vec<_>>()
                .join(", ");
            let class = match level {
                RowLevel::Rt => "",
                RowLevel::Rw => "subtotal",
                RowLevel::Village => "total",
            };
            let cells = COLUMNS
                .iter()
                .map(|(_, value)| view! { <td class="num">{value(c)}</td> })
                .collect_view();
            view! { <tr class=class><th scope="row">{label}</th>{cells}<td>{mix}</td></tr> }
        })
        .collect_view();
    let t = lang.texts();
    view! {
        <TableScroll label={t.kb.kb_report}>
            <table class="kb-table" data-testid="kb-table">
                <thead><tr>
                    <th scope="col">"RT / RW"</th>
                    {COLUMNS.iter().map(|(h, _)| view! { <th scope="col">{*h}</th> }).collect_view()}
                    <th scope="col">{t.kb.kb_method}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </TableScroll>
    }
}

/// Rows: each RW then the village; columns: the 12 months; cells "teen / married".
fn teen_table(register: &Register, year: &[KbReport], lang: Lang) -> impl IntoView {
    let t = lang.texts();
    let mut rws: Vec<Option<Uuid>> = year
        .iter()
        .flat_map(|r| r.rws.iter().map(|rw| rw.rw))
        .collect();
    rws.sort_by_key(|rw| rw.and_then(|id| register.area_label(id)));
    rws.dedup();
    let cell = |c: &KbCounts| format!("{} / {}", c.teen_pregnant, c.married_under_19);
    let rows = rws
        .into_iter()
        .map(|rw| {
            let name = rw
                .and_then(|id| register.area_label(id))
                .unwrap_or_else(|| "—".to_owned());
            let cells: Vec<String> = year.iter().map(|r| cell(&r.rw(rw))).collect();
            (name, cells, "")
        })
        .chain(std::iter::once((
            "Jumlah".to_owned(),
            year.iter().map(|r| cell(&r.total)).collect(),
            "total",
        )))
        .map(|(name, cells, class)| {
            view! {
                <tr class=class><th scope="row">{name}</th>
                    {cells.into_iter().map(|c| view! { <td class="num">{c}</td> }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    let months = year
        .iter()
        .map(|r| view! { <th scope="col">{month_label(r.month, lang)}</th> })
        .collect_view();
    view! {
        <h3>{t.kb.teen_by_rw}</h3>
        <p class="hint">{t.kb.teen_cell_legend}</p>
        <TableScroll label={t.kb.teen_by_rw}>
            <table class="trend" data-testid="kb-teen">
                <thead><tr><th scope="col">"RW"</th>
                    {months}
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </TableScroll>
    }
}

/// The Rumah DataKu charts as (title, SVG) at `size`: method mix, KB aktif, modern
/// methods, unmet need.
fn charts(year: &[KbReport], lang: Lang, size: (u32, u32)) -> [(String, String); 4] {
    let t = lang.texts();
    let Some(last) = year.last() else {
        return Default::default();
    };
    let bars: Vec<MethodBar> = Method::ALL
        .iter()
        .map(|m| MethodBar {
            label: m.name(Lang::Id).to_owned(),
            users: last.total.users_of(*m),
            mkjp: m.is_mkjp(),
        })
        .collect();
    let line = |title: &str, value: fn(&KbCounts) -> Option<f64>| {
        let points: Vec<(Month, Option<f64>)> =
            year.iter().map(|r| (r.month, value(&r.total))).collect();
        let svg = trend_svg(title, t.kb.axis_percent_pus, &points, size, lang).unwrap_or_default();
        (title.to_owned(), svg)
    };
    let mix_title = (t.kb.method_mix_title)(&month_label(last.month, lang));
    let mix = method_mix_svg(&mix_title, &bars, size).unwrap_or_default();
    [
        (mix_title, mix),
        line(t.kb.cpr_title, KbCounts::cpr),
        line(t.kb.mcpr_title, KbCounts::mcpr),
        line(t.kb.unmet_title, KbCounts::unmet_percent),
    ]
}

#[component]
pub fn KbReportPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let month_text = this_month_text();
    let paper = RwSignal::new(Paper::A4);
    let year = Memo::new(move |_| {
        let month = month_or_now(&month_text.get());
        let rules = app.four_t.get();
        app.register.with(|r| kb_year(r, month, rules))
    });
    let table = Callback::new(move |()| {
        year.with_untracked(|year| {
            let report = year.last()?;
            let sheet = app
                .register
                .with_untracked(|r| kb_report_sheet(r, report, |m| m.name(Lang::Id).to_owned()));
            Some((sheet, format!("laporan-kb-{}", report.month.iso())))
        })
    });
    view! {
        <PaperRule paper=paper landscape=true/>
        <section class="card no-print">
            <h1>{t.kb.kb_report}</h1>
            <MonthField label=t.common.month month=month_text/>
            <div class="row">
                <PrintControls paper=paper testid="print-kb"/>
                <SheetDownloads sheet=table xlsx_testid="kb-xlsx" csv_testid="kb-csv"/>
            </div>
            <div class="row">
                <a class="button" href=Route::FamilyMap.href() data-testid="open-family-map">{t.kb.family_map}</a>
                <a class="button" href=Route::Reports.href()>{t.common.nav_reports}</a>
            </div>
        </section>
        {move || year.with(|year| app.register.with(|r| {
            let Some(report) = year.last() else {
                return ().into_any();
            };
            let screen = charts(year, lang, WIDE_ON_PHONE);
            let paper = charts(year, lang, CHART_SIZE);
            let shown = screen
                .into_iter()
                .zip(paper)
                .zip(["kb-methods", "kb-cpr", "kb-mcpr", "kb-unmet"])
                .map(|(((title, screen), (_, print)), testid)| {
                    view! { <Chart screen=screen print=print testid=testid label=title wide=true/> }
                })
                .collect_view();
            view! {
                <section class="card" data-testid="kb-report">
                    <h2>{format!("{} — {}", t.kb.kb_report, month_label(report.month, lang))}</h2>
                    {report_table(r, report, lang)}
                    <h3>{(t.common.activities_month)(&month_label(report.month, lang))}</h3>
                    {activity_table(r, report.month, lang)}
                </section>
                <section class="card page-break" data-testid="rumah-dataku">
                    <h2>"Rumah DataKu"</h2>
                    {shown}
                    {teen_table(r, year, lang)}
                </section>
            }
            .into_any()
        }))}
        <div class="no-print"><Supply/></div>
    }
}
