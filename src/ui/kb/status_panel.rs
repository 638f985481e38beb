//! KB status of a PUS wife on her family page: each change is a new dated entry, and
//! her history shows every entry so a mistaken one is corrected or deleted; with her 4T
//! by the thresholds set in Pengaturan.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::core::fields::Problems;
use crate::domain::core::record::Body;
use crate::domain::kb::history::KbIndex;
use crate::domain::kb::status::{KbStatus, KbStatusForm, KbUse, Wish};
use crate::i18n::{format_date, Lang, Named};
use crate::ui::app::state::{today, use_app, Opened};
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
            .with(|r| summary(&KbIndex::of_wife(r, wife_id), wife_id, lang))
    };
    let risks = move || {
        app.register.with(|r| {
            let wife = r.person(wife_id)?;
            let f = KbIndex::of_wife(r, wife_id).four_t(wife, wife_id, today(), app.four_t.get());
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
    let last = app.register.with_untracked(|r| {
        KbIndex::of_wife(r, wife_id)
            .history(wife_id)
            .last()
            .copied()
            .cloned()
    });
    // The entry being corrected, or `None` for a new one.
    let editing = RwSignal::new(None::<Uuid>);
    // The version of the entry being corrected, as shown when "Ubah" was tapped.
    let opened = StoredValue::new(Opened::default());
    let uses = RwSignal::new(last.as_ref().map(|s| KbUse::of(s.method)));
    let since = RwSignal::new(String::new());
    let served_at = RwSignal::new(
        last.as_ref()
            .map(|s| s.served_at.clone())
            .unwrap_or_default(),
    );
    let pregnant = RwSignal::new(last.as_ref().is_some_and(|s| s.pregnant));
    let first_use = RwSignal::new(false);
    let since_unknown = RwSignal::new(false);
    let children_born = RwSignal::new(
        last.as_ref()
            .and_then(|s| s.children_born)
            .map(|n| n.to_string())
            .unwrap_or_default(),
    );
    let wish = RwSignal::new(last.as_ref().and_then(|s| s.wish));
    let problems = RwSignal::new(Problems::new());
    let fill = move |form: KbStatusForm| {
        uses.set(form.uses);
        since.set(form.since);
        served_at.set(form.served_at);
        pregnant.set(form.pregnant);
        wish.set(form.wish);
        first_use.set(form.first_use);
        since_unknown.set(form.since_unknown);
        children_born.set(form.children_born);
        problems.set(Problems::new());
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let form = KbStatusForm {
            uses: uses.get_untracked(),
            since: since.get_untracked(),
            served_at: served_at.get_untracked(),
            pregnant: pregnant.get_untracked(),
            wish: wish.get_untracked(),
            first_use: first_use.get_untracked(),
            since_unknown: since_unknown.get_untracked(),
            children_born: children_born.get_untracked(),
        };
        match form.parse(wife_id, app.birth_date(wife_id), today()) {
            Err(found) => show_problems(problems, found),
            Ok(status) => {
                problems.set(Problems::new());
                let record = app.record_for(editing.get_untracked(), Body::KbStatus(status));
                app.save_opened(opened.get_value(), vec![record], move || {
                    open.set(false);
                    editing.set(None);
                });
            }
        }
    };
    // Her entries, newest first, each with its record id for a correction.
    let history = move || {
        app.register.with(|r| {
            let mut entries: Vec<(Uuid, KbStatus)> = r
                .kb_statuses
                .iter()
                .filter(|(_, s)| s.wife_id == wife_id)
                .cloned()
                .collect();
            entries.sort_by_key(|(_, s)| std::cmp::Reverse(s.since));
            entries
        })
    };
    let entry_text = move |s: &KbStatus| {
        let method = s.method.map_or(t.kb.kb_no_method, |m| m.name(lang));
        let mut parts = vec![format_date(s.since, lang), method.to_owned()];
        parts.extend(s.wish.map(|w| w.name(lang).to_owned()));
        if s.pregnant {
            parts.push(t.kb.pregnant.to_owned());
        }
        if s.first_use {
            parts.push(t.kb.first_use_short.to_owned());
        }
        if s.since_unknown {
            parts.push(t.kb.since_unknown_short.to_owned());
        }
        parts.join(" · ")
    };
    view! {
        <div class="kb" data-testid="kb-panel">
            <p class="kb-status" data-testid="kb-status">{current}</p>
            {move || risks().map(|r| view! { <p class="warning" data-testid="kb-4t">{r}</p> })}
            <Show when=move || !open.get()>
                <button type="button" on:click=move |_| { editing.set(None); since.set(String::new()); open.set(true); } data-testid="record-kb">{t.kb.record_kb}</button>
            </Show>
            <Show when=move || open.get()>
                <form on:submit=submit novalidate data-testid="kb-form">
                    {move || editing.get().is_some().then(|| view! { <p class="hint" data-testid="kb-correcting">{t.kb.correcting}</p> })}
                    <ChoiceField label=t.kb.kb_method field="kb_method" options=&KbUse::ALL value=uses lang=lang problems=problems/>
                    <CheckField label=t.kb.since_unknown field="kb_since_unknown" value=since_unknown/>
                    <Show when=move || !since_unknown.get()>
                        <TextField label=t.kb.kb_start field="kb_since" value=since problems=problems lang=lang kind="date"/>
                    </Show>
                    <TextField label=t.kb.served_at field="served_at" value=served_at problems=problems lang=lang/>
                    <CheckField label=t.kb.first_use field="kb_first_use" value=first_use/>
                    <CheckField label=t.kb.pregnant field="kb_pregnant" value=pregnant/>
                    <TextField label=t.kb.children_born field="kb_children_born" value=children_born problems=problems lang=lang inputmode="numeric" hint=t.kb.children_born_hint/>
                    <ChoiceField label=t.kb.wish field="kb_wish" options=&WISHES value=wish lang=lang/>
                    <div class="row">
                        <button type="submit" class="primary" data-testid="save-kb">{t.common.save}</button>
                        <button type="button" on:click=move |_| { open.set(false); editing.set(None); }>{t.common.cancel}</button>
                    </div>
                </form>
            </Show>
            <details class="kb-history" data-testid="kb-history">
                <summary>{t.kb.history_title}</summary>
                <ul class="list">
                    {move || history().into_iter().map(|(id, s)| {
                        let text = entry_text(&s);
                        let label = text.clone();
                        view! {
                            <li data-testid="kb-entry">
                                <span>{text}</span>
                                <button type="button" class="link edit" data-testid="edit-kb"
                                    on:click=move |_| { fill(KbStatusForm::from_status(&s)); editing.set(Some(id)); opened.set_value(app.opened(Some(id))); open.set(true); }>
                                    {t.register.edit}
                                </button>
                                <button type="button" class="link" data-testid="delete-kb"
                                    on:click=move |_| app.delete_confirmed(id, &label)>
                                    {t.common.delete}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </details>
        </div>
    }
}
