//! One person the TPK accompanies: what she or he is a target for today, the
//! pregnancy (HPHT, delivery), the visit form with its risks at once, and the visits.

use crate::domain::core::calendar::iso_date;
use crate::domain::core::person::Person;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::core::fields::{decimal_text, Problems};
use crate::domain::core::record::Body;
use crate::domain::kb::status::is_pus;
use crate::domain::tpk::pregnancy::PregnancyForm;
use crate::domain::tpk::targets::targets;
use crate::domain::tpk::visit::{Target, Visit, VisitForm, RISK_LIMITS};
use crate::growth::Sex;
use crate::i18n::{format_date, Lang, Named};
use crate::route::Route;
use crate::ui::app::state::{today, use_app};
use crate::ui::tpk::anc_panel::AncPanel;
use crate::ui::tpk::target_list::detail_text;
use crate::ui::widgets::fields::{show_problems, CheckField, ChoiceField, TextField};

/// "BB 45 kg · TB 150 cm · IMT 20 · LILA 24 cm · Hb 11,5 · TTD 30".
fn measures_text(v: &Visit, lang: Lang) -> String {
    let t = lang.texts();
    let mut parts = Vec::new();
    let mut add = |label: &str, value: Option<f64>, unit: &str| {
        if let Some(x) = value {
            parts.push(format!("{label} {}{unit}", decimal_text(x)));
        }
    };
    add("BB", v.weight_kg, " kg");
    add("TB", v.height_cm, " cm");
    add("LILA", v.arm_cm, " cm");
    add("Hb", v.hb_g_dl, "");
    if let Some(bmi) = v.bmi() {
        parts.push((t.tpk.bmi)(&decimal_text((bmi * 10.0).round() / 10.0)));
    }
    if let Some(n) = v.iron_tablets {
        parts.push(format!("TTD {n}"));
    }
    if v.counselled {
        parts.push(t.tpk.counselled.to_owned());
    }
    parts.join(" · ")
}

fn risks_text(v: &Visit, person: &Person, lang: Lang) -> Option<String> {
    let risks: Vec<&str> = v
        .risks(person, RISK_LIMITS)
        .iter()
        .map(|r| r.name(lang))
        .collect();
    (!risks.is_empty()).then(|| risks.join(" · "))
}

#[component]
fn PregnancyPanel(mother_id: Uuid) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let existing = app.register.with_untracked(|r| {
        r.pregnancies
            .iter()
            .filter(|(_, p)| p.mother_id == mother_id)
            .max_by_key(|(_, p)| p.hpht)
            .map(|(id, p)| (*id, PregnancyForm::from_pregnancy(p)))
    });
    let record_id = existing.as_ref().map(|(id, _)| *id);
    let opened = StoredValue::new(app.opened(record_id));
    let start = existing.map(|(_, f)| f).unwrap_or_default();
    let hpht = RwSignal::new(start.hpht);
    let delivered = RwSignal::new(start.delivered_on);
    let problems = RwSignal::new(Problems::new());
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let born = app.birth_date(mother_id);
        let form = PregnancyForm {
            hpht: hpht.get_untracked(),
            delivered_on: delivered.get_untracked(),
        };
        match form.parse(mother_id, born, today()) {
            Err(found) => show_problems(problems, found),
            Ok(pregnancy) => {
                problems.set(Problems::new());
                let record = app.record_for(record_id, Body::Pregnancy(pregnancy));
                app.save_opened(opened.get_value(), vec![record], || {});
            }
        }
    };
    view! {
        <form class="card" on:submit=submit novalidate data-testid="pregnancy-panel">
            <h2>{t.tpk.pregnancy_title}</h2>
            <TextField label=t.tpk.hpht field="hpht" value=hpht problems=problems lang=lang kind="date"/>
            <TextField label=t.tpk.delivered_on field="delivered_on" value=delivered problems=problems lang=lang kind="date"/>
            <button type="submit" class="primary" data-testid="save-pregnancy">{t.common.save}</button>
        </form>
    }
}

#[component]
fn VisitPanel(person_id: Uuid, target: Option<Target>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let chosen = RwSignal::new(target);
    let date = RwSignal::new(iso_date(today()));
    let weight = RwSignal::new(String::new());
    let height = RwSignal::new(String::new());
    let arm = RwSignal::new(String::new());
    let hb = RwSignal::new(String::new());
    let waist = RwSignal::new(String::new());
    let tablets = RwSignal::new(String::new());
    let smoke = RwSignal::new(false);
    let counselled = RwSignal::new(true);
    let referred = RwSignal::new(false);
    let note = RwSignal::new(String::new());
    let problems = RwSignal::new(Problems::new());
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let born = app.birth_date(person_id);
        let form = VisitForm {
            target: chosen.get_untracked(),
            date: date.get_untracked(),
            weight_kg: weight.get_untracked(),
            height_cm: height.get_untracked(),
            arm_cm: arm.get_untracked(),
            hb_g_dl: hb.get_untracked(),
            waist_cm: waist.get_untracked(),
            iron_tablets: tablets.get_untracked(),
            smoke: smoke.get_untracked(),
            counselled: counselled.get_untracked(),
            referred: referred.get_untracked(),
            note: note.get_untracked(),
        };
        match form.parse(person_id, born, today()) {
            Err(found) => show_problems(problems, found),
            Ok(visit) => {
                problems.set(Problems::new());
                let record = app.record_for(None, Body::Visit(visit));
                app.save(vec![record], move || {
                    for field in [weight, height, arm, hb, waist, tablets, note] {
                        field.set(String::new());
                    }
                    referred.set(false);
                });
            }
        }
    };
    let is = move |wanted: Target| move || chosen.get() == Some(wanted);
    let adult = move || chosen.get().is_some_and(|c| c != Target::Baduta);
    view! {
        <form class="card" on:submit=submit novalidate data-testid="visit-form">
            <h2>{t.tpk.record_visit}</h2>
            <ChoiceField label=t.tpk.visit_target field="visit_target" options=&Target::ALL value=chosen lang=lang problems=problems/>
            <TextField label=t.tpk.visit_date field="visit_date" value=date problems=problems lang=lang kind="date"/>
            <Show when=adult>
                <TextField label=t.tpk.adult_weight field="adult_weight" value=weight problems=problems lang=lang inputmode="decimal"/>
                <TextField label=t.tpk.adult_height field="adult_height" value=height problems=problems lang=lang inputmode="decimal"/>
                <TextField label=t.tpk.adult_arm field="adult_arm" value=arm problems=problems lang=lang inputmode="decimal"/>
                <TextField label=t.tpk.hb field="hb" value=hb problems=problems lang=lang inputmode="decimal"/>
            </Show>
            <Show when=is(Target::Pregnant)>
                <TextField label=t.tpk.iron_tablets field="iron_tablets" value=tablets problems=problems lang=lang inputmode="numeric"/>
            </Show>
            <Show when=is(Target::Catin)>
                <TextField label=t.tpk.waist field="waist" value=waist problems=problems lang=lang inputmode="decimal"/>
                <CheckField label=t.tpk.smoke field="smoke" value=smoke/>
            </Show>
            <CheckField label=t.tpk.counselled field="counselled" value=counselled/>
            <CheckField label=t.tpk.referred field="referred" value=referred/>
            <TextField label=t.common.note field="visit_note" value=note problems=problems lang=lang/>
            <button type="submit" class="primary" data-testid="save-visit">{t.common.save}</button>
        </form>
    }
}

#[component]
pub fn Accompany(person_id: Uuid) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let Some(person) = app
        .register
        .with_untracked(|r| r.person(person_id).cloned())
    else {
        return view! { <crate::ui::app::not_found::NotFound/> }.into_any();
    };
    let rows = move || {
        app.register.with(|r| {
            targets(r, today())
                .into_iter()
                .filter(|row| row.person_id == person_id)
                .collect::<Vec<_>>()
        })
    };
    let current = rows().first().map(|r| r.target);
    let may_be_pregnant = person.sex == Sex::Female
        && (is_pus(&person, today())
            || app
                .register
                .with_untracked(|r| r.pregnancies.iter().any(|(_, p)| p.mother_id == person_id)));
    let visits = move || {
        app.register.with(|r| {
            let mut mine: Vec<(Uuid, Visit)> = r
                .visits
                .iter()
                .filter(|(_, v)| v.person_id == person_id)
                .cloned()
                .collect();
            mine.reverse();
            mine
        })
    };
    let age = today().years_since(person.birth_date).unwrap_or(0);
    view! {
        <section class="card" data-testid="accompany">
            <h1>{person.name.clone()}</h1>
            <p class="meta">{format!("{} · {age} th · {}", person.sex.name(lang), format_date(person.birth_date, lang))}</p>
            <a class="button" href=Route::Family(person.family_id).href()>{t.tpk.open_family}</a>
            <ul class="facts" data-testid="accompany-targets">
                {move || {
                    let now = rows();
                    if now.is_empty() {
                        view! { <li>{t.tpk.not_a_target}</li> }.into_any()
                    } else {
                        now.into_iter().map(|row| view! {
                            <li><strong>{row.target.name(lang)}</strong>": "{detail_text(&row.detail, lang)}</li>
                        }).collect_view().into_any()
                    }
                }}
            </ul>
        </section>
        {may_be_pregnant.then(|| view! { <PregnancyPanel mother_id=person_id/> <AncPanel mother_id=person_id/> })}
        <VisitPanel person_id=person_id target=current/>
        <section class="card">
            <h2>{t.tpk.visit_history}</h2>
            {move || {
                let all = visits();
                if all.is_empty() {
                    return view! { <p class="empty">{t.tpk.no_visits}</p> }.into_any();
                }
                view! {
                    <ul class="list visits" data-testid="visits">
                        {all.into_iter().map(|(id, v)| {
                            let label = format!("{} {}", format_date(v.date, lang), v.target.name(lang));
                            let risks = risks_text(&v, &person, lang);
                            let class = if risks.is_some() { "warning" } else { "meta" };
                            view! {
                                <li>
                                    <strong>{format!("{} · {}", format_date(v.date, lang), v.target.name(lang))}</strong>
                                    <span class="meta">{measures_text(&v, lang)}</span>
                                    <span class=class data-testid="visit-risks">{risks.unwrap_or_else(|| t.tpk.no_risk.to_owned())}</span>
                                    {v.referred.then(|| view! { <span class="badge">{t.tpk.referred}</span> })}
                                    {(!v.note.is_empty()).then(|| view! { <span class="meta">{v.note.clone()}</span> })}
                                    <button type="button" class="link" data-testid="delete-visit"
                                        on:click=move |_| app.delete_confirmed(id, &label)>{t.common.delete}</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
    .into_any()
}
