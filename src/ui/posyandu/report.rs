//! Laporan: the month's SKDN (by age band × sex), its ratios, prevalence, and the
//! children who need referral, per posyandu or for all together.

use leptos::prelude::*;
use leptos::task::spawn_local;
use uuid::Uuid;

use crate::domain::posyandu::eppgbm::{self, MissingColumn, RowError, RowProblem};
use crate::growth::Sex;
use crate::i18n::percent;
use crate::i18n::{self, month_label, Lang, Texts};
use crate::indicators::posyandu::monthly::MonthlyReport;
use crate::indicators::posyandu::prevalence::Prevalence;
use crate::indicators::posyandu::referral::Referral;
use crate::indicators::posyandu::skdn::{AgeBand, CountOf, Skdn};
use crate::route::Route;
use crate::ui::app::state::{month_or_now, now, this_month_text, today, use_app, Notice};
use crate::ui::posyandu::child_list::posyandu_options;
use crate::ui::widgets::fields::PeriodFields;
use crate::ui::widgets::long_list::{ShowMore, PAGE};
use crate::ui::widgets::sheet_file::{chosen_sheets, SheetDownloads};
use crate::ui::widgets::table_scroll::TableScroll;

/// SKDN rows as in the monthly report: (label, value of a cell).
/// The rows named by their programme codes, the same in both languages.
const CODE_ROWS: [(&str, CountOf); 10] = [
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
];

/// Children with the reasons they are listed, each a link to the child's page.
/// The month's children to refer (or to measure again), a page at a time: a desa of
/// 2 000 families can have several hundred in one month.
#[component]
fn ChildList(
    children: Vec<Referral>,
    lang: Lang,
    testid: &'static str,
    more_testid: &'static str,
) -> impl IntoView {
    let total = children.len();
    let children = StoredValue::new(children);
    let shown = RwSignal::new(PAGE);
    let page =
        move || children.with_value(|c| c.iter().take(shown.get()).cloned().collect::<Vec<_>>());
    view! {
        <ul class="list" data-testid=testid>
            <For each=page key=|r| r.child_id let(r)>
                <li><a href=Route::Child(r.child_id).href()>
                    <strong>{r.name.clone()}</strong>
                    <span class="meta">{r.warnings.iter().map(|w| i18n::warning(lang, *w)).collect::<Vec<_>>().join(" · ")}</span>
                    // Whether the referral came back: the list is worked until every child was seen.
                    {r.warnings.iter().any(|w| w.is_referral()).then(|| {
                        let t = lang.texts();
                        let outcome = r.seen.as_ref().map_or_else(
                            || t.posyandu.referral_waiting.to_owned(),
                            |b| (t.posyandu.referral_outcome)(&i18n::format_date(b.referred_on, lang), &i18n::format_date(b.seen_on, lang), &b.place, &b.result),
                        );
                        view! { <span class="meta" data-testid="referral-status">{outcome}</span> }
                    })}
                </a></li>
            </For>
        </ul>
        <ShowMore total=Signal::derive(move || total) shown=shown testid=more_testid/>
    }
}

fn skdn_table(table: &Skdn, t: &'static Texts) -> impl IntoView {
    let total = table.total();
    let columns: Vec<(AgeBand, Sex)> = AgeBand::ALL
        .iter()
        .flat_map(|b| [(*b, Sex::Male), (*b, Sex::Female)])
        .collect();
    let header = columns
        .iter()
        .map(|(b, s)| view! { <th scope="col">{b.label()} <br/> {if *s == Sex::Male { "L" } else { "P" }}</th> })
        .collect_view();
    let named: [(&str, CountOf); 2] = [
        (t.posyandu.skdn_vitamin_a, |c| c.vitamin_a),
        (t.posyandu.skdn_exclusive_bf, |c| c.exclusive_breastfeeding),
    ];
    let body = CODE_ROWS
        .iter()
        .chain(named.iter())
        .map(|(label, value)| {
            let cells = columns
                .iter()
                .map(|(b, s)| view! { <td class="num">{value(table.cell(*b, *s))}</td> })
                .collect_view();
            view! { <tr><th scope="row">{*label}</th>{cells}<td class="num total">{value(&total)}</td></tr> }
        })
        .collect_view();
    view! {
        <TableScroll label="SKDN">
            <table class="skdn" data-testid="skdn-table">
                <thead><tr><th scope="col">"SKDN"</th>{header}<th scope="col">{t.posyandu.total}</th></tr></thead>
                <tbody>{body}</tbody>
            </table>
        </TableScroll>
    }
}

/// "2/30 (6,7%)" for each condition, in the order of the headers.
fn prevalence_cells(p: &Prevalence, lang: Lang) -> [String; 4] {
    let cell = |(cases, valid): (u32, u32), pct: Option<f64>| {
        format!("{cases}/{valid} ({})", percent(pct, lang))
    };
    [
        cell(p.stunted, p.stunting_percent()),
        cell(p.wasted, p.wasting_percent()),
        cell(p.underweight, p.underweight_percent()),
        cell(p.overweight, p.overweight_percent()),
    ]
}

/// A table of prevalence rows under the four condition headers.
fn prevalence_table(
    first: &'static str,
    rows: Vec<(String, Prevalence)>,
    lang: Lang,
    testid: &'static str,
) -> impl IntoView {
    let t = lang.texts();
    view! {
        <TableScroll label=format!("{} — {first}", t.posyandu.prevalence)>
            <table class="trend" data-testid=testid>
                <thead><tr>
                    <th scope="col">{first}</th><th scope="col">"Stunting"</th><th scope="col">"Wasting"</th>
                    <th scope="col">{t.posyandu.underweight}</th><th scope="col">{t.posyandu.overweight}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|(label, p)| view! {
                        <tr><th scope="row">{label}</th>
                            {prevalence_cells(&p, lang).into_iter().map(|c| view! { <td class="num">{c}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </TableScroll>
    }
}

fn row_error_text(lang: Lang, error: &RowError) -> String {
    let t = lang.texts();
    let why = match &error.problem {
        RowProblem::Field(column, problem) => {
            format!("{column} — {}", i18n::problem(lang, *problem))
        }
        RowProblem::Sex => t.posyandu.bad_sex_code.to_owned(),
    };
    (t.posyandu.row_error)(error.line, &why)
}

/// Export of the month to e-PPGBM, and import from it.
#[component]
fn Exchange(month_text: RwSignal<String>, posyandu: RwSignal<Option<Uuid>>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let row_errors = RwSignal::new(Vec::<String>::new());
    let export = Callback::new(move |()| {
        let month = month_or_now(&month_text.get_untracked());
        let sheet = app.register.with_untracked(|r| {
            let region = crate::store::settings::profile().region;
            eppgbm::export(r, &region, posyandu.get_untracked(), month)
        });
        Some((sheet, format!("e-ppgbm-{}", month.iso())))
    });
    let on_import = move |ev: leptos::ev::Event| {
        spawn_local(async move {
            let sheets = match chosen_sheets(&ev, t.common).await {
                Ok(sheets) => sheets,
                Err(message) => {
                    row_errors.set(Vec::new());
                    app.notice.set(Some(Notice::Error(message)));
                    return;
                }
            };
            let planned = app.register.with_untracked(|r| {
                eppgbm::plan_import(
                    &sheets,
                    r,
                    posyandu.get_untracked(),
                    &app.device(),
                    now(),
                    today(),
                )
            });
            match planned {
                Err(MissingColumn(column)) => {
                    row_errors.set(Vec::new());
                    app.notice
                        .set(Some(Notice::Error((t.posyandu.not_eppgbm)(column))));
                }
                Ok(plan) => {
                    let summary = (t.posyandu.imported)(
                        plan.new_children,
                        plan.new_weighings,
                        plan.already_there,
                    );
                    row_errors.set(
                        plan.errors
                            .iter()
                            .map(|e| row_error_text(lang, e))
                            .collect(),
                    );
                    app.save(plan.records, move || {
                        app.notice.set(Some(Notice::Info(summary)))
                    });
                }
            }
        });
    };
    view! {
        <section class="card no-print" data-testid="exchange">
            <h2>{t.posyandu.exchange}</h2>
            <div class="stack">
                <p>{t.posyandu.export_eppgbm}</p>
                <div class="row">
                    <SheetDownloads sheet=export xlsx_testid="export-eppgbm-xlsx" csv_testid="export-eppgbm"/>
                </div>
                <label class="button file">
                    {t.posyandu.import_eppgbm}
                    <input type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" on:change=on_import data-testid="import-eppgbm"/>
                </label>
            </div>
            <p class="hint">{t.posyandu.import_hint}</p>
            <ul class="errors" data-testid="import-errors">
                {move || row_errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
pub fn Reports() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let month_text = this_month_text();
    let posyandu = RwSignal::new(None::<Uuid>);
    let options = posyandu_options(&app);
    let report = move || {
        let month = month_or_now(&month_text.get());
        let p = posyandu.get();
        app.register.with(|r| {
            let report = MonthlyReport::of(r, p, month);
            let by_rw: Vec<(String, Prevalence)> = report
                .by_rw
                .iter()
                .map(|(rw, prev)| {
                    let name = rw
                        .and_then(|id| r.area_label(id))
                        .unwrap_or_else(|| "—".to_owned());
                    (name, *prev)
                })
                .collect();
            (report, by_rw)
        })
    };
    view! {
        <section class="card no-print">
            <h1>{t.posyandu.reports_title}</h1>
            <div class="row">
                <a class="button" href=Route::Posters.href() data-testid="open-posters">{t.posyandu.posters}</a>
                <a class="button" href=Route::KbReport.href() data-testid="open-kb-report">{t.posyandu.open_kb_report}</a>
                <a class="button" href=Route::Activities.href() data-testid="open-activities">{t.common.open_activities}</a>
                <a class="button" href=Route::Kecamatan.href() data-testid="open-kecamatan">{t.kecamatan.open}</a>
            </div>
            <PeriodFields month_label=t.common.month month=month_text posyandu=posyandu options=options lang=lang/>
        </section>
        {move || {
            let (report, by_rw) = report();
            let MonthlyReport { skdn: table, prevalence: prev, referrals: refer, remeasures: remeasure, trend, idl: (with_idl, turning_one), .. } = report;
            let months: Vec<(String, Prevalence)> = trend
                .into_iter()
                .map(|(m, prev)| (month_label(m, lang), prev))
                .collect();
            let ratios = table.ratios();
            let ratio_rows = [
                ("K/S", ratios.k_s),
                ("D/S", ratios.d_s),
                ("D/K", ratios.d_k),
                ("N/D", ratios.n_d),
                ("N/D′", ratios.n_d_prime),
                ("N/S", ratios.n_s),
            ];
            let prev_rows = [
                (t.posyandu.stunting, prev.stunted, prev.stunting_percent()),
                (t.posyandu.wasting, prev.wasted, prev.wasting_percent()),
                (t.posyandu.underweight, prev.underweight, prev.underweight_percent()),
                (t.posyandu.overweight, prev.overweight, prev.overweight_percent()),
            ];
            view! {
                <section class="card">
                    <h2>"SKDN"</h2>
                    {skdn_table(&table, t)}
                    <dl class="facts ratios" data-testid="ratios">
                        {ratio_rows.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{percent(v, lang)}</dd> }).collect_view()}
                    </dl>
                    <p data-testid="idl">{(t.posyandu.idl)(with_idl, turning_one)}</p>
                </section>
                <section class="card">
                    <h2>{t.posyandu.prevalence}</h2>
                    <table class="prevalence" data-testid="prevalence">
                        <tbody>
                            {prev_rows.into_iter().map(|(label, (cases, valid), p)| view! {
                                <tr><th scope="row">{label}</th><td class="num">{format!("{cases}/{valid}")}</td><td class="num">{percent(p, lang)}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </section>
                <section class="card">
                    <h2>"RW"</h2>
                    {prevalence_table("RW", by_rw, lang, "prevalence-rw")}
                    <h2>{t.posyandu.trend_12}</h2>
                    {prevalence_table(t.common.month, months, lang, "prevalence-trend")}
                </section>
                <section class="card">
                    <h2>{t.posyandu.refer}</h2>
                    {if refer.is_empty() {
                        view! { <p class="empty">{t.posyandu.none_to_refer}</p> }.into_any()
                    } else {
                        view! { <ChildList children=refer lang=lang testid="referrals" more_testid="more-referrals"/> }.into_any()
                    }}
                </section>
                {(!remeasure.is_empty()).then(|| view! {
                    <section class="card">
                        <h2>{t.posyandu.remeasure_title}</h2>
                        <p class="hint">{t.posyandu.remeasure_help}</p>
                        <ChildList children=remeasure lang=lang testid="remeasures" more_testid="more-remeasures"/>
                    </section>
                })}
            }
        }}
        <Exchange month_text=month_text posyandu=posyandu/>
    }
}
