//! Pengaturan → Sinkronisasi: the desa's CouchDB server, and "Sinkronkan sekarang" with
//! a progress bar and a running count of records sent and received.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::core::fields::Problems;
use crate::store::couch::CouchError;
use crate::store::settings;
use crate::store::sync::{sync, Outcome, SyncError};
use crate::store::tabs;
use crate::sync::settings::{ServerFieldNames, SyncSettings, SYNC_FIELDS};
use crate::ui::app::state::{db, use_app, AppState, Notice};
use crate::ui::widgets::fields::{show_problems, CheckField, TextField};

/// A CouchDB server's address, database, user and password, as the sync form and the
/// kecamatan's "read a desa from its server" ask them; `fields` names the four inputs.
#[component]
pub fn ServerFields(
    server: (
        RwSignal<String>,
        RwSignal<String>,
        RwSignal<String>,
        RwSignal<String>,
    ),
    fields: ServerFieldNames,
    problems: RwSignal<Problems>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let (url, database, user, password) = server;
    let [url_field, db_field, user_field, password_field] = fields;
    view! {
        <TextField label=t.sync.url field=url_field value=url problems=problems lang=lang kind="url"/>
        <TextField label=t.sync.database field=db_field value=database problems=problems lang=lang/>
        <TextField label=t.sync.user field=user_field value=user problems=problems lang=lang/>
        <TextField label=t.sync.password field=password_field value=password problems=problems lang=lang kind="password"/>
    }
}

/// What a failed sync (or a kecamatan's read of a desa's server) tells the cadre.
pub fn failure(app: AppState, error: &SyncError) -> String {
    let t = app.texts();
    match error {
        SyncError::Couch(CouchError::Unreachable) => t.sync.unreachable.to_owned(),
        SyncError::Couch(CouchError::Unauthorized) => t.sync.unauthorized.to_owned(),
        SyncError::Couch(CouchError::NoDatabase) => t.sync.no_database.to_owned(),
        SyncError::NoVillageKey => t.security.passphrase_needed.to_owned(),
        SyncError::NeedsPassphrase => t.sync.needs_passphrase.to_owned(),
        SyncError::WrongPassphrase => t.sync.wrong_passphrase.to_owned(),
        SyncError::Store(error) => {
            app.store_error(error);
            t.sync.failed.to_owned()
        }
        SyncError::Couch(CouchError::Status(_)) | SyncError::Garbled => t.sync.failed.to_owned(),
    }
}

/// What the sync shows: its words, and how far it got (for the progress bar).
#[derive(Clone, Copy)]
struct Shown {
    text: RwSignal<String>,
    live: RwSignal<Option<Outcome>>,
}

impl Shown {
    fn new() -> Shown {
        Shown {
            text: RwSignal::new(String::new()),
            live: RwSignal::new(None),
        }
    }
}

thread_local! {
    // One sync at a time: the button and the timer share it.
    static RUNNING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// How often the automatic sync runs while the app is open and online.
const AUTO_EVERY: std::time::Duration = std::time::Duration::from_secs(5 * 60);

/// Syncs every `AUTO_EVERY` when the cadre turned it on and the phone is online and
/// unlocked; quietly (a failure waits for the next turn or the button).
pub fn sync_automatically(app: AppState) {
    let status = Shown::new();
    let tick = move || {
        let wanted = settings::sync_settings().auto;
        let ready = app.loaded.get_untracked() && !app.locked.get_untracked();
        if wanted && ready && window().navigator().on_line() {
            spawn_local(run(app, String::new(), status));
        }
    };
    if let Ok(handle) = set_interval_with_handle(tick, AUTO_EVERY) {
        on_cleanup(move || handle.clear());
    }
}

/// Runs one sync unless one is under way.
async fn run(app: AppState, passphrase: String, status: Shown) {
    if RUNNING.with(|running| running.replace(true)) {
        return;
    }
    sync_once(app, passphrase, status).await;
    RUNNING.with(|running| running.set(false));
}

/// Runs one sync and shows its progress in `status`; the screens read the merged data.
async fn sync_once(app: AppState, passphrase: String, status: Shown) {
    let t = app.texts();
    let server = settings::sync_settings();
    if !server.is_set() {
        status.text.set(t.sync.not_set.to_owned());
        return;
    }
    let db = match db() {
        Ok(db) => db,
        Err(error) => return app.store_error(&error),
    };
    status.text.set((t.sync.running)(0, 0));
    status.live.set(Some(Outcome::default()));
    let records = app.records.with_untracked(|all| all.to_vec());
    let progress = move |o: Outcome| {
        status.text.set((t.sync.running)(o.sent, o.received));
        status.live.set(Some(o));
    };
    match sync(&db, &server, &passphrase, records, &app.device(), progress).await {
        Ok((outcome, received)) => {
            // Into memory as written: no second read of the whole database.
            if !received.is_empty() {
                app.apply(&received);
                tabs::announce_everything();
            }
            status
                .text
                .set((t.sync.done)(outcome.sent, outcome.received));
            // Done: the bar stands full.
            status.live.set(Some(Outcome {
                to_send: outcome.sent,
                pending: Some(0),
                ..outcome
            }));
        }
        Err(error) => {
            status.text.set(failure(app, &error));
            status.live.set(None);
        }
    }
}

#[component]
pub fn Sync() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let saved = settings::sync_settings();
    let url = RwSignal::new(saved.url);
    let database = RwSignal::new(saved.database);
    let user = RwSignal::new(saved.user);
    let password = RwSignal::new(saved.password);
    let auto = RwSignal::new(saved.auto);
    let passphrase = RwSignal::new(String::new());
    let problems = RwSignal::new(Problems::new());
    let status = Shown::new();
    let busy = RwSignal::new(false);
    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let parsed = SyncSettings::parse(
            &SYNC_FIELDS,
            &url.get_untracked(),
            &database.get_untracked(),
            &user.get_untracked(),
            &password.get_untracked(),
            auto.get_untracked(),
        );
        match parsed {
            Err(found) => show_problems(problems, found),
            Ok(server) => {
                problems.set(Problems::new());
                match settings::save_sync_settings(&server) {
                    Ok(()) => app
                        .notice
                        .set(Some(Notice::Info(t.common.saved.to_owned()))),
                    Err(error) => app.store_error(&error),
                }
            }
        }
    };
    let sync_now = move |_| {
        busy.set(true);
        spawn_local(async move {
            run(app, passphrase.get_untracked(), status).await;
            busy.set(false);
        });
    };
    view! {
        <form class="card" on:submit=save data-testid="sync">
            <h2>{t.sync.title}</h2>
            <p class="hint">{t.sync.why}</p>
            <ServerFields server=(url, database, user, password) fields=SYNC_FIELDS problems=problems/>
            <CheckField label=t.sync.auto field="sync-auto" value=auto/>
            <button type="submit" data-testid="sync-save">{t.sync.save}</button>
            <TextField label=t.sync.passphrase field="sync-passphrase" value=passphrase problems=problems lang=lang kind="password"/>
            <button type="button" class="primary" data-testid="sync-now" on:click=sync_now disabled=move || busy.get()>
                {t.sync.now}
            </button>
            {move || status.live.get().map(|o| {
                let (done, total) = o.progress();
                // Without a total the bar moves without a value (indeterminate).
                view! {
                    <progress data-testid="sync-progress" aria-label=t.sync.now
                        max=total.map(|n| n.max(1).to_string()) value=total.map(|_| done.to_string())></progress>
                }
            })}
            <p role="status" data-testid="sync-status">{move || status.text.get()}</p>
        </form>
    }
}
