//! Beranda: who is working, how big the register is, and what needs doing first.

use leptos::prelude::*;

use crate::domain::core::area::AreaLevel;
use crate::domain::kb::supply::running_low;
use crate::domain::tpk::targets::agenda;
use crate::i18n::Named;
use crate::indicators::posyandu::referral::still_to_refer;
use crate::route::Route;
use crate::store::settings;
use crate::ui::app::first_run::FirstRun;
use crate::ui::app::state::{today, use_app, Notice};
use crate::ui::settings::backup::{backup_now, days_since_backup};

/// Days after which the home screen reminds the cadre to back up.
const BACKUP_REMINDER_DAYS: i64 = 7;

/// A phone with no cadre name, no area and no family opens on the set-up first.
#[component]
pub fn Home() -> impl IntoView {
    let app = use_app();
    let skipped = RwSignal::new(settings::setup_skipped());
    let unnamed = settings::profile().name.trim().is_empty();
    let fresh = move || {
        unnamed
            && !skipped.get()
            && app
                .register
                .with(|r| r.areas.is_empty() && r.families.is_empty())
    };
    view! {
        <Show when=fresh fallback=|| view! { <Workbench/> }>
            <FirstRun skipped=skipped/>
        </Show>
    }
}

#[component]
fn Workbench() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let profile = settings::profile();
    let greeting = if profile.name.trim().is_empty() {
        t.common.welcome.to_owned()
    } else {
        (t.common.hello)(profile.name.trim())
    };
    let summary = move || {
        app.register
            .with(|r| (t.common.register_summary)(r.families.len(), r.people.len()))
    };
    let needs_area = move || {
        app.register
            .with(|r| r.areas_at(AreaLevel::Village).next().is_none())
    };
    // Bumped by a backup made here, so the reminder reads the setting again.
    let backups_made = RwSignal::new(0u32);
    let backup_warning = move || {
        backups_made.track();
        let has_data = app.records.with(|all| !all.is_empty());
        match days_since_backup() {
            _ if !has_data => None,
            None => Some(t.common.backup_never.to_owned()),
            Some(days) if days >= BACKUP_REMINDER_DAYS => Some((t.common.backup_overdue)(days)),
            Some(_) => None,
        }
    };
    view! {
        <section class="card">
            <h1 data-testid="greeting">{greeting}</h1>
            <p data-testid="summary">{summary}</p>
        </section>
        <PinPrompt/>
        <Show when=needs_area>
            <section class="card warn" data-testid="setup-prompt">
                <p>{t.common.set_up_area_first}</p>
                <a class="button" href=Route::Settings.href()>{t.common.settings}</a>
            </section>
        </Show>
        {move || {
            backup_warning()
                .map(|text| {
                    view! {
                        <section class="card warn" data-testid="backup-reminder">
                            <p>{text}</p>
                            // The backup is made here, where the cadre was asked.
                            <button type="button" class="primary" data-testid="home-backup"
                                on:click=move |_| backup_now(app, backups_made)>
                                {t.common.backup_now}
                            </button>
                        </section>
                    }
                })
        }}
        {move || {
            let todo = app.register.with(|r| agenda(r, today()));
            let low = app.register.with(|r| running_low(&r.supplies, today()));
            // Every balita, not only the TPK's baduta: the posyandu refers up to five.
            let to_refer = app.register.with(|r| still_to_refer(r, today()).len());
            let mut lines: Vec<String> = [
                (todo.nifas_without_kbpp, t.common.todo_nifas),
                (todo.pregnant_at_risk, t.common.todo_pregnant),
                (u32::try_from(to_refer).unwrap_or(u32::MAX), t.common.todo_balita),
                (todo.not_visited, t.common.todo_visits),
            ]
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, text)| text(n))
            .collect();
            lines.extend(low.into_iter().map(|(item, _)| (t.common.supply_low)(item.name(lang))));
            (!lines.is_empty()).then(|| view! {
                <section class="card warn" data-testid="todo">
                    <h2>{t.common.todo_title}</h2>
                    <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    <a class="button" href=Route::Accompaniment.href()>{t.common.nav_accompaniment}</a>
                </section>
            })
        }}
        <section class="actions">
            <a class="button primary" href=Route::NewFamily.href() data-testid="home-add-family">
                {t.common.add_family}
            </a>
            <a class="button" href=Route::Families.href()>{t.common.nav_families}</a>
            <a class="button" href=Route::Activities.href() data-testid="home-activities">{t.common.open_activities}</a>
        </section>
    }
}

/// Until a PIN is set, Beranda asks for one; "Lewati dulu" hides the card for this
/// visit only, saying what is at risk.
#[component]
fn PinPrompt() -> impl IntoView {
    let app = use_app();
    let t = app.texts();
    let skip = move |_| {
        app.pin_skipped.set(true);
        app.notice
            .set(Some(Notice::Error(t.security.skipped.to_owned())));
    };
    view! {
        <Show when=move || !app.has_pin.get() && !app.pin_skipped.get()>
            <section class="card warn" data-testid="pin-prompt">
                <p>{t.security.prompt}</p>
                <div class="actions">
                    <a class="button primary" href=Route::Settings.href() data-testid="pin-prompt-set">
                        {t.security.pin_set}
                    </a>
                    <button type="button" data-testid="pin-prompt-skip" on:click=skip>
                        {t.security.skip_once}
                    </button>
                </div>
            </section>
        </Show>
    }
}
