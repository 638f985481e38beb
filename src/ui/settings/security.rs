//! Pengaturan → Keamanan data: set or change the PIN (re-wrapping the data key only),
//! and the village passphrase that locks backup files.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::core::fields::{Problem, Problems};
use crate::store::{kecamatan, keys, settings, webcrypto, StoreError};
use crate::ui::app::lock::{open_key, seal_remaining};
use crate::ui::app::state::{use_app, AppState, Notice};
use crate::ui::widgets::fields::{show_problems, TextField};
use crate::vault::file::{passphrase, VillageKey};
use crate::vault::kdf::KdfParams;
use crate::vault::wrap::{KeyWrap, Pin, PinError};
use crate::vault::{CryptoError, DataKey};

/// Why a new PIN was not saved: at a field, or the storage's own error.
enum NotSaved {
    At(Problems),
    Failed(StoreError),
}

fn crypto(error: CryptoError) -> StoreError {
    StoreError::Codec(error.to_string())
}

/// The data key the new PIN will wrap: the open one after checking the current PIN,
/// or a new random key the first time.
async fn key_to_wrap(current: &str) -> Result<DataKey, NotSaved> {
    let Some(wrap) = settings::key_wrap() else {
        return DataKey::random().map_err(|e| NotSaved::Failed(crypto(e)));
    };
    let wrong = || NotSaved::At(vec![("pin-current", Problem::PinWrong)]);
    let pin = Pin::parse(current).map_err(|_| wrong())?;
    open_key(&wrap, &pin).await.map_err(|_| wrong())
}

/// Wraps the data key under `new` and saves the wrap before anything is sealed, so a
/// tab closed half-way leaves a phone that the same PIN opens.
async fn save_pin(app: AppState, current: String, new: Pin) -> Result<bool, NotSaved> {
    let data = key_to_wrap(&current).await?;
    let failed = |e| NotSaved::Failed(crypto(e));
    let kdf = KdfParams::new().map_err(failed)?;
    let kek = webcrypto::derive(new.as_str(), &kdf)
        .await
        .map_err(failed)?;
    let wrap = KeyWrap::new(&data, &kek, kdf).map_err(failed)?;
    let first = !app.has_pin.get_untracked();
    settings::save_key_wrap(&wrap).map_err(NotSaved::Failed)?;
    keys::set_data_key(data);
    app.has_pin.set(true);
    settings::seal_personal().map_err(NotSaved::Failed)?;
    Ok(first)
}

#[component]
fn PinForm() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let problems = RwSignal::new(Problems::new());
    let busy = RwSignal::new(false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let pin = match Pin::parse_new(&new.get_untracked(), &again.get_untracked()) {
            Ok(pin) => pin,
            Err(PinError::NotSixDigits) => {
                return show_problems(problems, vec![("pin-new", Problem::PinNotSixDigits)])
            }
            Err(PinError::Mismatch) => {
                return show_problems(problems, vec![("pin-confirm", Problem::PinMismatch)])
            }
        };
        problems.set(Problems::new());
        busy.set(true);
        app.notice
            .set(Some(Notice::Lasting(t.security.working.to_owned())));
        spawn_local(async move {
            let saved = save_pin(app, current.get_untracked(), pin).await;
            busy.set(false);
            match saved {
                Ok(first) => {
                    for field in [current, new, again] {
                        field.set(String::new());
                    }
                    if first {
                        let ids = app
                            .records
                            .with_untracked(|all| all.iter().map(|r| r.id).collect());
                        seal_remaining(app, ids).await;
                        if let Err(error) = kecamatan::seal_all().await {
                            return app.store_error(&error);
                        }
                    }
                    let done = if first {
                        t.security.pin_saved
                    } else {
                        t.security.pin_changed
                    };
                    app.notice.set(Some(Notice::Info(done.to_owned())));
                }
                Err(NotSaved::At(found)) => {
                    app.notice.set(None);
                    show_problems(problems, found);
                }
                Err(NotSaved::Failed(error)) => app.store_error(&error),
            }
        });
    };
    view! {
        <form on:submit=submit data-testid="pin-form">
            <Show when=move || app.has_pin.get()>
                <p data-testid="pin-state">{t.security.pin_is_set}</p>
                <TextField label=t.security.pin_current field="pin-current" value=current
                    problems=problems lang=lang kind="password" inputmode="numeric"/>
            </Show>
            <TextField label=t.security.pin_new field="pin-new" value=new problems=problems
                lang=lang kind="password" inputmode="numeric"/>
            <TextField label=t.security.pin_confirm field="pin-confirm" value=again problems=problems
                lang=lang kind="password" inputmode="numeric"/>
            <button type="submit" class="primary" data-testid="pin-save" disabled=move || busy.get()>
                {move || if app.has_pin.get() { t.security.pin_change } else { t.security.pin_set }}
            </button>
        </form>
    }
}

#[component]
fn PassphraseForm() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let text = RwSignal::new(String::new());
    let problems = RwSignal::new(Problems::new());
    let is_set = RwSignal::new(settings::village_key().is_some());
    let busy = RwSignal::new(false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let typed = text.get_untracked();
        let Ok(phrase) = passphrase(&typed).map(str::to_owned) else {
            return show_problems(
                problems,
                vec![("village-passphrase", Problem::PassphraseTooShort)],
            );
        };
        problems.set(Problems::new());
        busy.set(true);
        spawn_local(async move {
            let saved = match KdfParams::new() {
                Ok(kdf) => match webcrypto::derive(&phrase, &kdf).await {
                    Ok(key) => settings::save_village_key(&VillageKey { kdf, key }),
                    Err(e) => Err(crypto(e)),
                },
                Err(e) => Err(crypto(e)),
            };
            busy.set(false);
            match saved {
                Ok(()) => {
                    text.set(String::new());
                    is_set.set(true);
                    app.notice
                        .set(Some(Notice::Info(t.security.passphrase_saved.to_owned())));
                }
                Err(error) => app.store_error(&error),
            }
        });
    };
    view! {
        <form on:submit=submit data-testid="passphrase-form">
            <h3>{t.security.passphrase}</h3>
            <Show when=move || is_set.get()>
                <p data-testid="passphrase-state">{t.security.passphrase_is_set}</p>
            </Show>
            <TextField label=t.security.passphrase_field field="village-passphrase" value=text
                problems=problems lang=lang kind="password" hint=t.security.passphrase_hint/>
            <button type="submit" class="primary" data-testid="village-passphrase-save" disabled=move || busy.get()>
                {t.security.passphrase_save}
            </button>
        </form>
    }
}

#[component]
pub fn Security() -> impl IntoView {
    let t = use_app().texts();
    view! {
        <section class="card" id="keamanan" data-testid="security">
            <h2>{t.security.title}</h2>
            <p class="hint">{t.security.why}</p>
            <PinForm/>
            <PassphraseForm/>
        </section>
    }
}
