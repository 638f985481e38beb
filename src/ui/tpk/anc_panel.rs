//! A pregnant woman's ANC on her TPK page: the six contacts against PMK 21/2021 with the
//! next one due, the contacts written so far, and a contact written from her Buku KIA.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::core::calendar::iso_date;
use crate::domain::core::fields::Problems;
use crate::domain::core::record::Body;
use crate::domain::tpk::anc::{anc_progress, AncForm};
use crate::domain::tpk::pregnancy::{Pregnancy, Stage};
use crate::i18n::format_date;
use crate::ui::app::state::{today, use_app};
use crate::ui::tpk::target_list::anc_text;
use crate::ui::widgets::fields::{show_problems, CheckField, TextField};

/// Her pregnancy in progress today, if any.
fn in_progress(pregnancies: &[(Uuid, Pregnancy)], mother_id: Uuid) -> Option<Pregnancy> {
    pregnancies
        .iter()
        .filter(|(_, p)| p.mother_id == mother_id)
        .map(|(_, p)| p)
        .max_by_key(|p| p.hpht)
        .filter(|p| matches!(p.stage_on(today()), Stage::Pregnant { .. }))
        .cloned()
}

#[component]
pub fn AncPanel(mother_id: Uuid) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let date = RwSignal::new(iso_date(today()));
    let by_doctor = RwSignal::new(false);
    let problems = RwSignal::new(Problems::new());
    let pregnancy = move || {
        app.register
            .with(|r| in_progress(&r.pregnancies, mother_id))
    };
    let contacts = move || {
        app.register.with(|r| {
            r.ancs
                .iter()
                .filter(|(_, a)| a.mother_id == mother_id)
                .map(|(id, a)| (*id, a.clone()))
                .collect::<Vec<_>>()
        })
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(p) = pregnancy() else { return };
        let form = AncForm {
            date: date.get_untracked(),
            by_doctor: by_doctor.get_untracked(),
        };
        match form.parse(mother_id, p.hpht, today()) {
            Err(found) => show_problems(problems, found),
            Ok(contact) => {
                problems.set(Problems::new());
                let record = app.record_for(None, Body::Anc(contact));
                app.save(vec![record], move || by_doctor.set(false));
            }
        }
    };
    move || {
        pregnancy().map(|p| {
            let progress = app.register.with(|r| anc_progress(&p, &r.ancs_of(mother_id), today()));
            view! {
                <section class="card" data-testid="anc">
                    <h2>{t.tpk.anc_title}</h2>
                    <p data-testid="anc-progress">{anc_text(&progress, lang)}</p>
                    <ul class="list">
                        {move || {
                            let all = contacts();
                            if all.is_empty() {
                                return view! { <li class="hint">{t.tpk.anc_none}</li> }.into_any();
                            }
                            all.into_iter().map(|(id, a)| {
                                let label = format_date(a.date, lang);
                                let text = if a.by_doctor { format!("{label} · {}", t.tpk.anc_doctor) } else { label.clone() };
                                view! {
                                    <li data-testid="anc-contact">
                                        <span>{text}</span>
                                        <button type="button" class="link" on:click=move |_| app.delete_confirmed(id, &label)>{t.common.delete}</button>
                                    </li>
                                }
                            }).collect_view().into_any()
                        }}
                    </ul>
                    <form on:submit=submit novalidate data-testid="anc-form">
                        <h3>{t.tpk.anc_record}</h3>
                        <TextField label=t.tpk.anc_date field="anc_date" value=date problems=problems lang=lang kind="date"/>
                        <CheckField label=t.tpk.anc_doctor field="anc_doctor" value=by_doctor/>
                        <button type="submit" class="primary" data-testid="save-anc">{t.common.save}</button>
                    </form>
                </section>
            }
        })
    }
}
