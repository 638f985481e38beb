//! Pendampingan: the TPK's targets today (catin, ibu hamil, nifas, baduta) with what
//! each needs, the month's recap, and the forms that add a pregnancy or a catin.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::core::calendar::Month;
use crate::domain::core::fields::{records_since, Problem, Problems};
use crate::domain::core::record::Body;
use crate::domain::core::register::Register;
use crate::domain::kb::status::is_pus;
use crate::domain::tpk::anc::AncProgress;
use crate::domain::tpk::catin::parse_catin;
use crate::domain::tpk::pregnancy::PregnancyForm;
use crate::domain::tpk::stunting_risk::{families_at_risk, FamilyRisk};
use crate::domain::tpk::targets::Screening;
use crate::domain::tpk::targets::{recap_of, targets, Detail, TargetRow};
use crate::domain::tpk::visit::Target;
use crate::i18n::month_label;
use crate::i18n::{self, format_date, Lang, Named};
use crate::route::Route;
use crate::ui::app::state::{today, use_app};
use crate::ui::widgets::area_filter::AreaFilter;
use crate::ui::widgets::fields::{show_problems, TextField};
use crate::ui::widgets::long_list::{rows_drawn, ShowMore, OVERVIEW_PAGE};
use crate::ui::widgets::person_picker::PersonPicker;
use crate::ui::widgets::print::{Paper, PaperRule, PrintControls};
use crate::ui::widgets::table_scroll::TableScroll;

/// "ANC 2 dari 6 (dokter 1 dari 2) · K3 paling lambat 22 Okt 2026", "terlambat" when past.
pub fn anc_text(anc: &AncProgress, lang: Lang) -> String {
    let t = lang.texts();
    let mut text = (t.tpk.anc_done)(anc.done, anc.with_doctor);
    if let Some((name, doctor, latest, late)) = anc.next {
        text.push_str(" · ");
        text.push_str(&(t.tpk.anc_next)(
            name,
            doctor,
            &format_date(latest, lang),
            late,
        ));
    }
    text
}

/// The facts line of a target, in the cadre's words.
pub fn detail_text(detail: &Detail, lang: Lang) -> String {
    let t = lang.texts();
    match detail {
        Detail::Catin { wedding, screening } => {
            let screened = match screening {
                Screening::Due { by, late } => {
                    (t.tpk.screening_due)(&format_date(*by, lang), *late)
                }
                Screening::Ideal(on) => (t.tpk.screening_ideal)(&format_date(*on, lang)),
                Screening::AtRisk(on, risks) => {
                    let reasons: Vec<&str> = risks.iter().map(|r| r.name(lang)).collect();
                    (t.tpk.screening_at_risk)(&format_date(*on, lang), &reasons.join(", "))
                }
            };
            format!(
                "{} · {screened}",
                (t.tpk.catin_detail)(&format_date(*wedding, lang))
            )
        }
        Detail::Pregnant {
            weeks,
            days,
            trimester,
            hpl,
            iron_tablets,
            anc,
        } => {
            let mut line = (t.tpk.pregnant_detail)(
                *weeks,
                *days,
                *trimester,
                &format_date(*hpl, lang),
                *iron_tablets,
            );
            line.push_str(" · ");
            line.push_str(&anc_text(anc, lang));
            line
        }
        Detail::Postpartum { day, kf_due, kbpp } => {
            let mut parts = vec![(t.tpk.postpartum_detail)(*day)];
            parts.extend(kf_due.map(|kf| (t.tpk.kf_due)(kf)));
            parts.push(
                if *kbpp {
                    t.tpk.kbpp_done
                } else {
                    t.tpk.kbpp_missing
                }
                .to_owned(),
            );
            parts.join(" · ")
        }
        Detail::Baduta {
            months,
            last_weighed,
            warnings,
            kn_due,
        } => {
            let weighed = last_weighed.map_or(t.tpk.never_weighed.to_owned(), |d| {
                (t.tpk.last_weighed)(&format_date(d, lang))
            });
            let mut parts = vec![(t.tpk.baduta_detail)(*months), weighed];
            parts.extend(kn_due.map(|(kn, by)| (t.tpk.kn_due)(kn, &format_date(by, lang))));
            parts.extend(warnings.iter().map(|w| i18n::warning(lang, *w)));
            parts.join(" · ")
        }
    }
}

fn target_item(row: TargetRow, register: &Register, lang: Lang) -> impl IntoView {
    let t = lang.texts();
    let name = register
        .person(row.person_id)
        .map(|p| p.name.clone())
        .unwrap_or_default();
    let visit = row.last_visit.map_or(t.tpk.not_visited.to_owned(), |d| {
        (t.tpk.last_visit)(&format_date(d, lang))
    });
    let risks: Vec<&str> = row.risks.iter().map(|r| r.name(lang)).collect();
    view! {
        <li><a href=Route::Accompany(row.person_id).href() data-testid="target-row">
            <strong>{name}</strong>
            <span class="meta">{detail_text(&row.detail, lang)}</span>
            <span class="meta">{visit}</span>
            {(!risks.is_empty()).then(|| view! { <span class="warning">{risks.join(" · ")}</span> })}
            {row.referred.then(|| view! { <span class="badge">{t.tpk.referred}</span> })}
        </a></li>
    }
}

/// Married women aged 15–49 (PUS) for the pregnancy form.
fn mothers(register: &Register) -> Vec<Uuid> {
    let day = today();
    register
        .people
        .iter()
        .filter(|(_, p)| is_pus(p, day))
        .map(|(id, _)| *id)
        .collect()
}

/// Unmarried people aged 15 and over for the catin form.
fn catin_candidates(register: &Register) -> Vec<Uuid> {
    let day = today();
    register
        .people
        .iter()
        .filter(|(_, p)| {
            p.marital_status != Some(crate::domain::core::person::MaritalStatus::Married)
                && day.years_since(p.birth_date).is_some_and(|a| a >= 15)
        })
        .map(|(id, _)| *id)
        .collect()
}

#[component]
fn AddPregnancy(open: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let mother = RwSignal::new(None::<Uuid>);
    let hpht = RwSignal::new(String::new());
    let problems = RwSignal::new(Problems::new());
    let options = app.register.with_untracked(mothers);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let form = PregnancyForm {
            hpht: hpht.get_untracked(),
            delivered_on: String::new(),
        };
        // Both fields are checked at once, the mother's only when one is chosen.
        let chosen = mother.get_untracked();
        let born = chosen.map_or(records_since(), |id| app.birth_date(id));
        let parsed = form.parse(chosen.unwrap_or_default(), born, today());
        let missing = chosen.is_none().then_some(("mother", Problem::Required));
        match (parsed, missing) {
            (Err(found), _) => show_problems(problems, missing.into_iter().chain(found).collect()),
            (Ok(_), Some(missing)) => show_problems(problems, vec![missing]),
            (Ok(pregnancy), None) => {
                problems.set(Problems::new());
                let record = app.record_for(None, Body::Pregnancy(pregnancy));
                app.save(vec![record], move || open.set(false));
            }
        }
    };
    view! {
        <form class="card" on:submit=submit novalidate data-testid="pregnancy-form">
            <h2>{t.tpk.add_pregnancy}</h2>
            <PersonPicker label=t.common.mother field="mother" people=options value=mother lang=lang problems=problems/>
            <TextField label=t.tpk.hpht field="hpht" value=hpht problems=problems lang=lang kind="date"/>
            <div class="row">
                <button type="submit" class="primary" data-testid="save-pregnancy">{t.common.save}</button>
                <button type="button" on:click=move |_| open.set(false)>{t.common.cancel}</button>
            </div>
        </form>
    }
}

#[component]
fn AddCatin(open: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let person = RwSignal::new(None::<Uuid>);
    let wedding = RwSignal::new(String::new());
    let problems = RwSignal::new(Problems::new());
    let options = app.register.with_untracked(catin_candidates);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        match parse_catin(person.get_untracked(), &wedding.get_untracked(), today()) {
            Err(found) => show_problems(problems, found),
            Ok(catin) => {
                problems.set(Problems::new());
                let record = app.record_for(None, Body::Catin(catin));
                app.save(vec![record], move || open.set(false));
            }
        }
    };
    view! {
        <form class="card" on:submit=submit novalidate data-testid="catin-form">
            <h2>{t.tpk.add_catin}</h2>
            <PersonPicker label=t.tpk.catin_person field="catin_person" people=options value=person lang=lang problems=problems/>
            <TextField label=t.tpk.wedding_date field="wedding_date" value=wedding problems=problems lang=lang kind="date"/>
            <div class="row">
                <button type="submit" class="primary" data-testid="save-catin">{t.common.save}</button>
                <button type="button" on:click=move |_| open.set(false)>{t.common.cancel}</button>
            </div>
        </form>
    }
}

/// One target's people, a page at a time (all of them while `whole` is set, on paper).
#[component]
fn TargetSection(target: Target, rows: Vec<TargetRow>, whole: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let total = rows.len();
    let shown = RwSignal::new(OVERVIEW_PAGE);
    let rows = StoredValue::new(rows);
    view! {
        <section class="card" data-testid=format!("targets-{target:?}").to_lowercase()>
            <h2>{format!("{} ({total})", target.name(lang))}</h2>
            {(total == 0).then(|| view! { <p class="empty">{t.tpk.no_targets}</p> })}
            <ul class="list">
                {move || {
                    let count = rows_drawn(shown, whole);
                    let first: Vec<TargetRow> = rows.with_value(|all| all.iter().take(count).cloned().collect());
                    app.register.with_untracked(|r| first.into_iter().map(|row| target_item(row, r, lang)).collect_view())
                }}
            </ul>
            <ShowMore total=total shown=shown testid="more-targets"/>
        </section>
    }
}

/// Keluarga berisiko stunting: each family with its target members and risk factors (all
/// of them while `whole` is set, on paper).
#[component]
fn FamiliesAtRisk(whole: RwSignal<bool>, area: RwSignal<Option<Uuid>>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let shown = RwSignal::new(OVERVIEW_PAGE);
    let families = Memo::new(move |_| {
        let area = area.get();
        app.register.with(|r| {
            let mut all = families_at_risk(r, today(), app.four_t.get());
            all.retain(|f| area.is_none_or(|a| r.family_in(f.family_id, a)));
            all
        })
    });
    // Only the rows drawn are put into words (a desa has some 1 800 such families);
    // they follow the register, so a renamed family shows its new name.
    let row = move |r: &Register, f: &FamilyRisk| {
        let name = r.family_name(f.family_id).unwrap_or("—");
        let address = r.family(f.family_id).map_or("", |x| x.address.as_str());
        // The address on the second line: a long name is cut at the row's end, and the
        // address is what tells two households of similar names apart.
        let mut who: Vec<String> = (!address.is_empty())
            .then(|| address.to_owned())
            .into_iter()
            .collect();
        if f.members.pus {
            who.push("PUS".to_owned());
        }
        if f.members.pregnant {
            who.push(Target::Pregnant.name(lang).to_owned());
        }
        if f.members.under_five > 0 {
            who.push((t.tpk.under_five_count)(f.members.under_five));
        }
        let factors: Vec<&str> = f.factors.iter().map(|x| x.name(lang)).collect();
        view! {
            <li><a href=Route::Family(f.family_id).href()>
                <strong>{name.to_owned()}</strong>
                <span class="meta">{who.join(" · ")}</span>
                <span class="warning">{factors.join(" · ")}</span>
            </a></li>
        }
    };
    let total = move || families.with(Vec::len);
    view! {
        <section class="card" data-testid="krs">
            <h2>{move || format!("{} ({})", t.tpk.krs_title, total())}</h2>
            <p class="hint">{t.tpk.krs_help}</p>
            <ul class="list">
                {move || families.with(|all| app.register.with(|r| {
                    all.iter().take(rows_drawn(shown, whole)).map(|f| row(r, f)).collect_view()
                }))}
            </ul>
            <ShowMore total=Signal::derive(total) shown=shown testid="more-krs"/>
        </section>
    }
}

#[component]
pub fn Accompaniment() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let adding_pregnancy = RwSignal::new(false);
    let adding_catin = RwSignal::new(false);
    let paper = RwSignal::new(Paper::A4);
    // Set while printing: a round of visits needs every target on paper, not the page
    // the screen shows.
    let whole = RwSignal::new(false);
    // One RW or RT: the round of the Sub-PPKBD or Kelompok KB, on a few sheets.
    let area = RwSignal::new(None::<Uuid>);
    let month = Month::of(today());
    // Today's targets, listed below and counted in this month's recap (as of today).
    let rows = Memo::new(move |_| {
        let area = area.get();
        app.register.with(|r| {
            let mut all = targets(r, today());
            all.retain(|row| area.is_none_or(|a| r.person_in(row.person_id, a)));
            all
        })
    });
    // On paper the sheet says whose round it is.
    let area_label = move || {
        area.get()
            .and_then(|a| app.register.with(|r| r.area_label(a)))
            .map(|label| format!(" · {label}"))
    };
    let recap_rows = move || rows.with(|rows| recap_of(rows, month));
    view! {
        <PaperRule paper=paper landscape=false/>
        <section class="card" data-testid="tpk">
            <h1 data-testid="tpk-title">{t.tpk.tpk_title}{area_label}</h1>
            <div class="no-print"><AreaFilter value=area field="tpk_area"/></div>
            <h2>{(t.tpk.tpk_recap)(&month_label(month, lang))}</h2>
            <TableScroll label={t.tpk.tpk_title}>
                <table class="trend compact" data-testid="tpk-recap">
                    <thead><tr>
                        <th scope="col">{t.tpk.col_target}</th><th scope="col">{t.tpk.col_total}</th>
                        <th scope="col">{t.tpk.col_visited}</th><th scope="col">{t.tpk.col_at_risk}</th>
                        <th scope="col">{t.tpk.col_referred}</th>
                    </tr></thead>
                    <tbody>
                        {move || recap_rows().into_iter().map(|(target, r)| view! {
                            <tr><th scope="row">{i18n::target_short(lang, target)}</th>
                                <td class="num">{r.targets}</td><td class="num">{r.visited}</td>
                                <td class="num">{r.at_risk}</td><td class="num">{r.referred}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </TableScroll>
            <div class="row">
                <button type="button" on:click=move |_| adding_pregnancy.set(true) data-testid="add-pregnancy">{t.tpk.add_pregnancy}</button>
                <button type="button" on:click=move |_| adding_catin.set(true) data-testid="add-catin">{t.tpk.add_catin}</button>
            </div>
            <div class="row no-print">
                <PrintControls paper=paper testid="print-tpk" whole=whole/>
            </div>
        </section>
        <div class="no-print">
            <Show when=move || adding_pregnancy.get()><AddPregnancy open=adding_pregnancy/></Show>
            <Show when=move || adding_catin.get()><AddCatin open=adding_catin/></Show>
        </div>
        {move || rows.with(|rows| {
            Target::ALL
                .iter()
                .map(|target| {
                    let mine: Vec<TargetRow> = rows.iter().filter(|row| row.target == *target).cloned().collect();
                    view! { <TargetSection target=*target rows=mine whole=whole/> }
                })
                .collect_view()
        })}
        <FamiliesAtRisk whole=whole area=area/>
    }
}
