//! KB status of a PUS wife on her family page (history kept: each save is a new dated
//! entry), with her 4T by the thresholds set in Pengaturan.

use crate::domain::core::calendar::iso_date;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::core::fields::{past_date, Problems};
use crate::domain::core::record::Body;
use crate::domain::kb::history::KbIndex;
use crate::domain::kb::status::{KbStatus, Method, Wish};
use crate::i18n::{format_date, Lang, Named};
use crate::ui::app::state::{today, use_app};
use crate::ui::widgets::fields::{show_problems, CheckField, ChoiceField, TextField};

const WISHES: [Wish; 3] = [Wish::ChildSoon, Wish::Delay, Wish::NoMore];

/// One line on her status today: method and since when, the wish, pregnant (a TPK
/// pregnancy record counts) and unmet need.
fn summary(index: &KbIndex<'_>, wife_id: Uuid, lang: Lang) -> String {
    let t = lang.texts();
    let day = today();
    let Some(s) = index.status_on(wife_id, day) else {
        return t.kb.kb_not_recorded.to_owned();
    };
    let method = s.method.map_or(t.kb.kb_no_method, |m| m.name(lang));
    let mut parts = vec![format!(
        "{method} {}",
        (t.kb.kb_since)(&format_date(s.since, lang))
    )];
    parts.extend(s.wish.map(|w| w.name(lang).to_owned()));
    if index.pregnant_on(wife_id, day) {
        parts.push(t.kb.pregnant.to_owned());
    }
    if index.unmet_need_on(wife_id, day).is_some() {
        parts.push(t.kb.unmet_need.to_owned());
    }
    parts.join(" · ")
}

#[component]
pub fn KbPanel(wife_id: Uuid) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let open = RwSignal::new(false);
    let current = move || {
        app.register
            .with(|r| summary(&KbIndex::new(r), wife_id, lang))
    };
    let risks = move || {
        app.register.with(|r| {
            let wife = r.person(wife_id)?;
            let f = KbIndex::new(r).four_t(wife, wife_id, today(), app.four_t.get());
            let names: Vec<&str> = [
                (f.too_young, t.kb.too_young),
                (f.too_old, t.kb.too_old),
                (f.too_close, t.kb.too_close),
                (f.too_many, t.kb.too_many),
            ]
            .into_iter()
            .filter_map(|(on, name)| on.then_some(name))
            .collect();
            (!names.is_empty()).then(|| (t.kb.four_t)(&names.join(", ")))
        })
    };
    let last = app
        .register
        .with_untracked(|r| KbIndex::new(r).history(wife_id).last().copied().cloned());
    let method = RwSignal::new(last.as_ref().and_then(|s| s.method));
    let since = RwSignal::new(iso_date(today()));
    let served_at = RwSignal::new(
        last.as_ref()
            .map(|s| s.served_at.clone())
            .unwrap_or_default(),
    );
    let pregnant = RwSignal::new(last.as_ref().is_some_and(|s| s.pregnant));
    let first_use = RwSignal::new(false);
    let wish = RwSignal::new(last.as_ref().and_then(|s| s.wish));
    let problems = RwSignal::new(Problems::new());
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let date = match past_date(&since.get_untracked(), app.birth_date(wife_id), today()) {
            Ok(d) => d,
            Err(problem) => return show_problems(problems, vec![("kb_since", problem)]),
        };
        problems.set(Problems::new());
        let status = KbStatus {
            wife_id,
            since: date,
            method: method.get_untracked(),
            served_at: served_at.get_untracked().trim().to_owned(),
            pregnant: pregnant.get_untracked(),
            wish: wish.get_untracked(),
            first_use: first_use.get_untracked(),
        };
        let record = app.record_for(None, Body::KbStatus(status));
        app.save(vec![record], move || open.set(false));
    };
    view! {
        <div class="kb" data-testid="kb-panel">
            <p class="kb-status" data-testid="kb-status">{current}</p>
            {move || risks().map(|r| view! { <p class="warning" data-testid="kb-4t">{r}</p> })}
            <Show when=move || !open.get()>
                <button type="button" on:click=move |_| open.set(true) data-testid="record-kb">{t.kb.record_kb}</button>
            </Show>
            <Show when=move || open.get()>
                <form on:submit=submit novalidate data-testid="kb-form">
                    <ChoiceField label=t.kb.kb_method field="kb_method" options=&Method::ALL value=method lang=lang/>
                    <TextField label=t.kb.kb_start field="kb_since" value=since problems=problems lang=lang kind="date"/>
                    <TextField label=t.kb.served_at field="served_at" value=served_at problems=problems lang=lang/>
                    <CheckField label=t.kb.first_use field="kb_first_use" value=first_use/>
                    <CheckField label=t.kb.pregnant field="kb_pregnant" value=pregnant/>
                    <ChoiceField label=t.kb.wish field="kb_wish" options=&WISHES value=wish lang=lang/>
                    <div class="row">
                        <button type="submit" class="primary" data-testid="save-kb">{t.common.save}</button>
                        <button type="button" on:click=move |_| open.set(false)>{t.common.cancel}</button>
                    </div>
                </form>
            </Show>
        </div>
    }
}
