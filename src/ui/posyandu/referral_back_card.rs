//! Rujukan balik on a child's page: once a weighing asked for a referral, the cadre
//! writes when the child was seen, where, and what the health worker found.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::core::calendar::iso_date;
use crate::domain::core::fields::Problems;
use crate::domain::core::record::Body;
use crate::domain::posyandu::referral_back::{ReferralBack, ReferralBackForm};
use crate::i18n::format_date;
use crate::indicators::posyandu::referral::{referral_state, ReferralState};
use crate::ui::app::state::{today, use_app};
use crate::ui::widgets::fields::{show_problems, TextField};

#[component]
pub fn ReferralBackCard(child_id: Uuid) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let state = move || app.register.with(|r| referral_state(r, child_id));
    let seen_on = RwSignal::new(String::new());
    let place = RwSignal::new(String::new());
    let result = RwSignal::new(String::new());
    let problems = RwSignal::new(Problems::new());
    let save = move |referred_on| {
        let form = ReferralBackForm {
            seen_on: seen_on.get_untracked(),
            place: place.get_untracked(),
            result: result.get_untracked(),
        };
        match form.parse(child_id, referred_on, today()) {
            Err(found) => show_problems(problems, found),
            Ok(back) => {
                problems.set(Problems::new());
                let id = ReferralBack::id_of(child_id, referred_on);
                let record = app.record_for(Some(id), Body::ReferralBack(back));
                app.save_opened(app.opened([id]), vec![record], || {});
            }
        }
    };
    move || {
        match state() {
        ReferralState::None => ().into_any(),
        ReferralState::Seen(back) => view! {
            <section class="card" data-testid="referral-back">
                <h2>{t.posyandu.referral_back_title}</h2>
                <p data-testid="referral-outcome">
                    {(t.posyandu.referral_outcome)(&format_date(back.referred_on, lang), &format_date(back.seen_on, lang), &back.place, &back.result)}
                </p>
            </section>
        }
        .into_any(),
        ReferralState::Open(referred_on) => {
            if seen_on.get_untracked().is_empty() {
                seen_on.set(iso_date(today()));
            }
            let submit = move |ev: SubmitEvent| {
                ev.prevent_default();
                save(referred_on);
            };
            view! {
                <form class="card" on:submit=submit novalidate data-testid="referral-back">
                    <h2>{t.posyandu.referral_back_title}</h2>
                    <p class="hint">{(t.posyandu.referral_back_hint)(&format_date(referred_on, lang))}</p>
                    <TextField label=t.posyandu.seen_on field="seen_on" value=seen_on problems=problems lang=lang kind="date"/>
                    <TextField label=t.posyandu.seen_place field="seen_place" value=place problems=problems lang=lang/>
                    <TextField label=t.posyandu.referral_result field="referral_result" value=result problems=problems lang=lang/>
                    <button type="submit" class="primary" data-testid="save-referral-back">{t.common.save}</button>
                </form>
            }
            .into_any()
        }
    }
    }
}
