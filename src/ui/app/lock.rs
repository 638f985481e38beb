//! The PIN lock: the locked screen (nothing personal on it), locking on demand and
//! after five minutes in the background, sealing records that are still in clear, and
//! the forgotten-PIN reset.

use std::collections::HashSet;
use std::time::Duration;

use chrono::Utc;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use uuid::Uuid;

use crate::domain::core::fields::{Problem, Problems};
use crate::domain::core::record::Record;
use crate::store::{kecamatan, keys, settings, webcrypto, Db, DB_NAME};
use crate::ui::app::state::{db, AppState, Notice};
use crate::ui::widgets::confirm::confirm;
use crate::ui::widgets::fields::{show_problems, TextField};
use crate::vault::wrap::{KeyWrap, Pin};
use crate::vault::CryptoError;

/// How long Bakti may stay in the background before it locks itself.
const BACKGROUND_LOCK: Duration = Duration::from_secs(5 * 60);

/// Locks now: the key lives only in this page's memory, so a reload forgets it and
/// every record on screen, and opens on the PIN screen.
pub fn lock_now() {
    // Dropped now, not only when the reload ends the page.
    keys::forget_data_key();
    let _ = window().location().reload();
}

/// Locks when the app comes back after `BACKGROUND_LOCK` in the background.
pub fn watch_background(app: AppState) {
    let hidden_at = StoredValue::new(None::<f64>);
    let handle = window_event_listener_untyped("visibilitychange", move |_| {
        let now = js_sys::Date::now();
        if document().hidden() {
            hidden_at.set_value(Some(now));
        } else if let Some(at) = hidden_at.get_value() {
            hidden_at.set_value(None);
            if app.has_pin.get_untracked() && now - at >= BACKGROUND_LOCK.as_millis() as f64 {
                lock_now();
            }
        }
    });
    on_cleanup(move || handle.remove());
}

/// Opens the data key with `pin`, or says the PIN is wrong.
pub async fn open_key(wrap: &KeyWrap, pin: &Pin) -> Result<crate::vault::DataKey, CryptoError> {
    let kek = webcrypto::derive(pin.as_str(), &wrap.kdf).await?;
    wrap.open(&kek)
}

/// Rewrites the records `ids` sealed, in batches, the banner counting; a tab closed
/// mid-way leaves the rest to the next unlock.
pub async fn seal_remaining(app: AppState, ids: Vec<Uuid>) {
    if ids.is_empty() {
        return;
    }
    let t = app.texts();
    let total = ids.len();
    let db = match db() {
        Ok(db) => db,
        Err(error) => return app.store_error(&error),
    };
    let wanted: HashSet<Uuid> = ids.into_iter().collect();
    let clear: Vec<Record> = app.records.with_untracked(|all| {
        all.iter()
            .filter(|r| wanted.contains(&r.id))
            .cloned()
            .collect()
    });
    let sealed = db
        .seal_clear(&clear, |done| {
            app.notice
                .set(Some(Notice::Info((t.security.sealing)(done, total))));
        })
        .await;
    if let Err(error) = sealed {
        app.store_error(&error);
    }
}

/// Forgets everything on this phone after the cadre confirms: the way back from a
/// forgotten PIN is a restore of the latest backup with the village passphrase.
async fn reset_phone(app: AppState) {
    if !confirm(app.texts().security.reset_confirm) {
        return;
    }
    if let Err(error) = Db::delete(DB_NAME).await {
        return app.store_error(&error);
    }
    // A kecamatan phone's desa copies go too: sealed under the forgotten PIN.
    if let Err(error) = kecamatan::forget_all().await {
        return app.store_error(&error);
    }
    settings::clear_all();
    lock_now();
}

#[component]
pub fn LockScreen(on_unlock: Callback<()>) -> impl IntoView {
    let app = expect_context::<AppState>();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let pin = RwSignal::new(String::new());
    let problems = RwSignal::new(Problems::new());
    let waiting = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let unlock = move |ev: SubmitEvent| {
        ev.prevent_default();
        let failures = settings::pin_failures();
        let left = failures.seconds_left(Utc::now());
        if left > 0 {
            waiting.set(Some((t.security.wait)(left)));
            return;
        }
        waiting.set(None);
        let Ok(typed) = Pin::parse(&pin.get_untracked()) else {
            return show_problems(problems, vec![("pin-input", Problem::PinNotSixDigits)]);
        };
        let Some(wrap) = settings::key_wrap() else {
            return on_unlock.run(());
        };
        busy.set(true);
        spawn_local(async move {
            let opened = open_key(&wrap, &typed).await;
            busy.set(false);
            match opened {
                Ok(key) => {
                    let _ = settings::save_pin_failures(&Default::default());
                    keys::set_data_key(key);
                    on_unlock.run(());
                }
                Err(_) => {
                    let failed = failures.failed(Utc::now());
                    let _ = settings::save_pin_failures(&failed);
                    pin.set(String::new());
                    show_problems(problems, vec![("pin-input", Problem::PinWrong)]);
                    let left = failed.seconds_left(Utc::now());
                    waiting.set((left > 0).then(|| (t.security.wait)(left)));
                }
            }
        });
    };
    view! {
        <main class="lock" data-testid="lock-screen">
            <h1>{t.common.app_name}</h1>
            <form class="card" on:submit=unlock>
                <h2>{t.security.locked_title}</h2>
                <TextField label=t.security.pin_input field="pin-input" value=pin problems=problems
                    lang=lang kind="password" inputmode="numeric"/>
                <p class="error" role="alert" data-testid="pin-wait">{move || waiting.get()}</p>
                <button type="submit" class="primary" data-testid="pin-unlock" disabled=move || busy.get()>
                    {move || if busy.get() { t.security.working } else { t.security.unlock }}
                </button>
            </form>
            <details class="card">
                <summary>{t.security.forgot_title}</summary>
                <p>{t.security.forgot}</p>
                <button type="button" class="danger" data-testid="pin-reset"
                    on:click=move |_| spawn_local(reset_phone(app))>
                    {t.security.reset}
                </button>
            </details>
        </main>
    }
}
