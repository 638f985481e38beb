//! "Versi lain yang tidak dipakai": the versions a merge set aside for the records a
//! page shows (`store/history.rs`), each with what it said differently from the kept
//! one, so a cadre can check and correct (issue 11: nothing is lost).

use chrono::{Local, Timelike};
use leptos::prelude::*;
use leptos::task::spawn_local;
use uuid::Uuid;

use crate::domain::core::history::{self, SetAside};
use crate::i18n::{field_name, format_date, in_lang, Lang};
use crate::ui::app::state::{db, use_app};

/// When a version was written, in the phone's time: "23 Nov 2026 20.15".
fn written_when(entry: &SetAside, lang: Lang) -> String {
    let local = entry.record.updated_at.with_timezone(&Local);
    let clock = in_lang(lang, '.', ':');
    format!(
        "{} {:02}{clock}{:02}",
        format_date(local.date_naive(), lang),
        local.hour(),
        local.minute()
    )
}

#[component]
pub fn OtherVersions(#[prop(into)] ids: Signal<Vec<Uuid>>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let found = RwSignal::new(Vec::<SetAside>::new());
    // Read again whenever the records change (a sync or a restore may add some).
    Effect::new(move |_| {
        let ids = ids.get();
        app.register.track();
        spawn_local(async move {
            if let Ok(list) = async { db()?.history_of(&ids).await }.await {
                found.set(list);
            }
        });
    });
    let yes_no = move |value: String| match value.as_str() {
        "true" => in_lang(lang, "ya", "yes").to_owned(),
        "false" => in_lang(lang, "tidak", "no").to_owned(),
        _ => value,
    };
    move || {
        let list = found.get();
        (!list.is_empty()).then(|| {
            let count = list.len();
            let items = list
                .into_iter()
                .map(|entry| {
                    let changes = app
                        .find(entry.record.id)
                        .map(|kept| history::changes(&kept, &entry.record))
                        .unwrap_or_default();
                    let written = (t.sync.written_on)(&written_when(&entry, lang), &entry.record.device);
                    view! {
                        <li data-testid="other-version">
                            <span class="meta">{written}</span>
                            <ul>
                                {changes.into_iter().map(|c| {
                                    let (aside, kept) = if c.field == "deleted" { (yes_no(c.aside), yes_no(c.kept)) } else { (c.aside, c.kept) };
                                    view! { <li>{(t.sync.was_now)(&field_name(lang, &c.field), &aside, &kept)}</li> }
                                }).collect_view()}
                            </ul>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <details class="card other-versions no-print" data-testid="other-versions">
                    <summary>{(t.sync.other_versions)(count)}</summary>
                    <p class="hint">{t.sync.other_versions_help}</p>
                    <ul class="versions">{items}</ul>
                </details>
            }
        })
    }
}
