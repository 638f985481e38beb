//! A child's imunisasi on her page: every dose of the Buku KIA schedule with where it
//! stands (given on, due, overdue, later), and a dose written with its date.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::core::calendar::iso_date;
use crate::domain::core::fields::{past_date, Problem, Problems};
use crate::domain::core::record::Body;
use crate::domain::posyandu::immunisation::{doses_on, DoseGiven, DoseState, Vaccine, SCHEDULE};
use crate::i18n::format_date;
use crate::ui::app::state::{today, use_app};
use crate::ui::widgets::fields::{field_error, show_problems, TextField};

/// The words and class of a dose's state (words and colour, never colour alone).
pub fn state_words(state: DoseState, lang: crate::i18n::Lang) -> (String, &'static str) {
    let t = lang.texts();
    match state {
        DoseState::Given(on) => (format!("✓ {}", format_date(on, lang)), "given"),
        DoseState::Due => (format!("● {}", t.posyandu.dose_due), "due"),
        DoseState::Overdue => (format!("⚠ {}", t.posyandu.dose_overdue), "overdue"),
        DoseState::Later => (t.posyandu.dose_later.to_owned(), "later"),
    }
}

#[component]
pub fn ImmunisationCard(child_id: Uuid) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let born = app.birth_date(child_id);
    let doses = move || {
        app.register
            .with(|r| doses_on(born, &r.doses_of(child_id), today()))
    };
    let vaccine = RwSignal::new(String::new());
    let given_on = RwSignal::new(iso_date(today()));
    let problems = RwSignal::new(Problems::new());
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let chosen = SCHEDULE
            .iter()
            .find(|d| d.code == vaccine.get_untracked())
            .map(|d| d.vaccine);
        let date = past_date(&given_on.get_untracked(), born, today());
        match (chosen, date) {
            (Some(vaccine), Ok(given_on)) => {
                problems.set(Problems::new());
                let id = DoseGiven::id_of(child_id, vaccine);
                let dose = DoseGiven {
                    child_id,
                    vaccine,
                    given_on,
                };
                let record = app.record_for(Some(id), Body::Dose(dose));
                app.save_opened(app.opened([id]), vec![record], || {});
            }
            (chosen, date) => {
                let mut found = Problems::new();
                if chosen.is_none() {
                    found.push(("dose_vaccine", Problem::Required));
                }
                if let Err(p) = date {
                    found.push(("dose_date", p));
                }
                show_problems(problems, found);
            }
        }
    };
    let remove = move |vaccine: Vaccine| {
        let id = DoseGiven::id_of(child_id, vaccine);
        app.delete_confirmed(id, vaccine.code());
    };
    view! {
        <section class="card" data-testid="immunisation">
            <h2>{t.posyandu.immunisation_title}</h2>
            <ul class="doses">
                {move || doses().into_iter().map(|(dose, state)| {
                    let (words, class) = state_words(state, lang);
                    let vaccine = dose.vaccine;
                    view! {
                        <li class=class data-testid="dose">
                            <span class="code">{dose.code}</span>
                            <span class="when">{(t.posyandu.dose_age)(dose.at_months)}</span>
                            <span class="state">{words}</span>
                            {matches!(state, DoseState::Given(_)).then(|| view! {
                                <button type="button" class="link" aria-label=t.common.delete on:click=move |_| remove(vaccine)>"×"</button>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <form on:submit=submit novalidate data-testid="dose-form">
                <h3>{t.posyandu.dose_record}</h3>
                <div class="field">
                    <label for="f-dose_vaccine">{t.posyandu.dose_vaccine}</label>
                    <select id="f-dose_vaccine" data-testid="dose_vaccine" aria-describedby="e-dose_vaccine"
                        on:change=move |ev| vaccine.set(event_target_value(&ev)) prop:value=move || vaccine.get()>
                        <option value="">{t.common.choose}</option>
                        {move || doses().into_iter().filter(|(_, s)| !matches!(s, DoseState::Given(_))).map(|(d, _)| {
                            view! { <option value=d.code>{d.code}</option> }
                        }).collect_view()}
                    </select>
                    <p class="error" id="e-dose_vaccine" role="alert">{move || field_error(problems, "dose_vaccine", lang)}</p>
                </div>
                <TextField label=t.posyandu.dose_date field="dose_date" value=given_on problems=problems lang=lang kind="date"/>
                <button type="submit" class="primary" data-testid="save-dose">{t.common.save}</button>
            </form>
        </section>
    }
}
