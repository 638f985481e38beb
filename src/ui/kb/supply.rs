//! Stok alat KB: pills and condoms received and given to couples, what is left, and a
//! warning when it runs low.

use crate::domain::core::calendar::iso_date;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::core::fields::Problems;
use crate::domain::core::record::Body;
use crate::domain::kb::status::is_pus;
use crate::domain::kb::supply::{running_low, stock, SupplyForm, SupplyItem};
use crate::i18n::Named;
use crate::ui::app::state::{today, use_app};
use crate::ui::widgets::fields::{show_problems, ChoiceField, TextField};
use crate::ui::widgets::person_picker::PersonPicker;

#[component]
pub fn Supply() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let item = RwSignal::new(Some(SupplyItem::Pill));
    let quantity = RwSignal::new(String::new());
    let date = RwSignal::new(iso_date(today()));
    let given_to = RwSignal::new(None::<Uuid>);
    let note = RwSignal::new(String::new());
    let problems = RwSignal::new(Problems::new());
    let wives: Vec<Uuid> = app.register.with_untracked(|r| {
        r.people
            .iter()
            .filter(|(_, p)| is_pus(p, today()))
            .map(|(id, _)| *id)
            .collect()
    });
    let levels = move || {
        app.register.with(|r| {
            SupplyItem::ALL
                .iter()
                .map(|&i| (t.kb.supply_left)(i.name(lang), stock(&r.supplies, i, today())))
                .collect::<Vec<_>>()
                .join(" · ")
        })
    };
    let warnings = move || {
        app.register.with(|r| {
            running_low(&r.supplies, today())
                .into_iter()
                .map(|(i, _)| (t.common.supply_low)(i.name(lang)))
                .collect::<Vec<_>>()
        })
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let form = SupplyForm {
            item: item.get_untracked(),
            quantity: quantity.get_untracked(),
            date: date.get_untracked(),
            given_to: given_to.get_untracked(),
            note: note.get_untracked(),
        };
        let entry = match form.parse(today()) {
            Ok(entry) => entry,
            Err(found) => return show_problems(problems, found),
        };
        problems.set(Problems::new());
        let record = app.record_for(None, Body::Supply(entry));
        app.save(vec![record], move || {
            quantity.set(String::new());
            note.set(String::new());
        });
    };
    view! {
        <section class="card no-print" data-testid="supply">
            <h2>{t.kb.supply_title}</h2>
            <p class="kb-status" data-testid="supply-levels">{levels}</p>
            {move || warnings().into_iter().map(|w| view! { <p class="warning" role="status" data-testid="supply-low">{w}</p> }).collect_view()}
            <form on:submit=submit novalidate data-testid="supply-form">
                <ChoiceField label=t.kb.supply_item field="supply_item" options=&SupplyItem::ALL value=item lang=lang/>
                <TextField label=t.kb.quantity field="quantity" value=quantity problems=problems lang=lang inputmode="numeric"/>
                <TextField label=t.common.date field="supply_date" value=date problems=problems lang=lang kind="date"/>
                <PersonPicker label=t.kb.given_to field="given_to" people=wives value=given_to lang=lang/>
                <TextField label=t.common.note field="supply_note" value=note problems=problems lang=lang/>
                <button type="submit" class="primary" data-testid="save-supply">{t.common.save}</button>
            </form>
        </section>
    }
}
