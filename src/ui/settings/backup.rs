//! Cadangkan / Pulihkan: one file with every record (tombstones too), sealed with the
//! village key (`vault::file`), downloaded or shared; restoring opens it (with this
//! phone's village key, or the passphrase typed for a file from another phone), merges
//! it in one transaction, and a bad file or wrong passphrase changes nothing.

use js_sys::{Array, Function, Object, Reflect};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, File, FilePropertyBag, HtmlAnchorElement, HtmlInputElement, Url,
};

use crate::domain::core::area::AreaLevel;
use crate::domain::core::backup;
use crate::domain::core::calendar::iso_date;
use crate::i18n;
use crate::store::{keys, settings};
use crate::ui::app::state::{db, now, use_app, AppState, Notice};
use crate::vault::file::{self as sealed_file, FileError, Village, VillageKey};

const MIME: &str = "application/json";

fn file_name(device: &str) -> String {
    format!(
        "bakti-cadangan-{device}-{}.json",
        iso_date(now().date_naive())
    )
}

/// The desa this phone works in (its area id and name), as files name it.
fn village(app: AppState) -> Village {
    app.register.with_untracked(|r| {
        r.areas_at(AreaLevel::Village)
            .next()
            .map(|(id, area)| Village {
                id: Some(*id),
                name: area.name.clone(),
            })
            .unwrap_or_default()
    })
}

/// The backup file's text, sealed with the village key; without one the banner asks
/// for the passphrase and no file is made.
fn backup_text(app: AppState) -> Option<String> {
    let Some(key) = settings::village_key() else {
        app.notice.set(Some(Notice::Error(
            app.texts().security.passphrase_needed.to_owned(),
        )));
        return None;
    };
    let inner = app
        .records
        .with_untracked(|all| backup::export(all, env!("CARGO_PKG_VERSION"), &app.device(), now()))
        .ok()?;
    match sealed_file::seal(&inner, &key, village(app)) {
        Ok(text) => Some(text),
        Err(error) => {
            let text = i18n::file_error(app.lang.get_untracked(), &error);
            app.notice.set(Some(Notice::Error(text)));
            None
        }
    }
}

/// Saves `text` as a file named `name` through the browser's download.
pub fn download(text: &str, name: &str, mime: &str) -> Result<(), JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        Blob::new_with_str_sequence_and_options(&Array::of1(&JsValue::from_str(text)), &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let anchor: HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    Url::revoke_object_url(&url)
}

/// `navigator.share({files})` where the phone offers it (Android Chrome does).
fn share_target() -> Option<(JsValue, Function)> {
    let navigator: JsValue = window().navigator().into();
    let share = Reflect::get(&navigator, &"share".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    Some((navigator, share))
}

async fn share(text: &str, name: &str) -> Result<(), JsValue> {
    let Some((navigator, share)) = share_target() else {
        return Err(JsValue::from_str("no Web Share"));
    };
    let options = FilePropertyBag::new();
    options.set_type(MIME);
    let file = File::new_with_str_sequence_and_options(
        &Array::of1(&JsValue::from_str(text)),
        name,
        &options,
    )?;
    let data = Object::new();
    Reflect::set(&data, &"files".into(), &Array::of1(&file))?;
    Reflect::set(&data, &"title".into(), &JsValue::from_str(name))?;
    let promise = share.call1(&navigator, &data)?;
    JsFuture::from(js_sys::Promise::from(promise))
        .await
        .map(|_| ())
}

fn mark_backed_up(app: AppState, done: RwSignal<u32>) {
    if let Err(error) = settings::save_last_backup(now()) {
        app.store_error(&error);
    }
    done.update(|n| *n += 1);
    // A file left on the phone is lost with the phone: say where it should go.
    app.notice.set(Some(Notice::Info(
        app.texts().settings.backup_where.to_owned(),
    )));
}

/// Whole days since the last backup, if there was one.
pub fn days_since_backup() -> Option<i64> {
    settings::last_backup().map(|at| (now() - at).num_days().max(0))
}

/// Downloads the backup file now (Pengaturan, or Beranda's reminder); `done` is bumped
/// so "Cadangan terakhir" and the reminder read the new date.
pub fn backup_now(app: AppState, done: RwSignal<u32>) {
    let Some(text) = backup_text(app) else { return };
    match download(&text, &file_name(&app.device()), MIME) {
        Ok(()) => mark_backed_up(app, done),
        Err(_) => app.notice.set(Some(Notice::Error(
            app.texts().common.store_failed.to_owned(),
        ))),
    }
}

/// The text of the file chosen in a file input, clearing the input for the next pick.
pub async fn chosen_file_text(ev: &leptos::ev::Event) -> Option<String> {
    let input: HtmlInputElement = ev.target()?.dyn_into().ok()?;
    let file = input.files().and_then(|files| files.get(0));
    input.set_value("");
    JsFuture::from(file?.text()).await.ok()?.as_string()
}

/// Why a sealed file was not opened.
enum Unopened {
    NeedsPassphrase,
    Refused(FileError),
}

/// The backup text inside `text`: itself when it is a plain (older) backup, else opened
/// with this phone's village key or with `typed`. A phone without a village key adopts
/// the file's, so its next backups open on the phones of the same village.
async fn open_file(app: AppState, text: String, typed: &str) -> Result<String, Unopened> {
    let file = match sealed_file::read(&text) {
        Ok(None) => return Ok(text),
        Ok(Some(file)) => file,
        Err(error) => return Err(Unopened::Refused(error)),
    };
    file.check_village(village(app).id)
        .map_err(Unopened::Refused)?;
    let own = settings::village_key().filter(|own| file.made_with(own));
    let key = match own {
        Some(own) => own.key,
        None if typed.trim().is_empty() => return Err(Unopened::NeedsPassphrase),
        None => keys::derive(typed.trim(), &file.kdf)
            .await
            .map_err(|e| Unopened::Refused(FileError::Crypto(e)))?,
    };
    let inner = file.open(&key).map_err(Unopened::Refused)?;
    if settings::village_key().is_none() {
        let adopted = VillageKey {
            kdf: file.kdf.clone(),
            key,
        };
        if let Err(error) = settings::save_village_key(&adopted) {
            app.store_error(&error);
        }
    }
    Ok(inner)
}

/// Reads a chosen file, checks it, and merges it; any refusal leaves the data as it was.
async fn restore(app: AppState, text: String, passphrase: String) {
    let lang = app.lang.get_untracked();
    // Deriving the key from a typed passphrase and merging take a moment on a phone.
    app.notice
        .set(Some(Notice::Info(lang.texts().security.working.to_owned())));
    let text = match open_file(app, text, &passphrase).await {
        Ok(text) => text,
        Err(Unopened::NeedsPassphrase) => {
            let t = lang.texts();
            app.notice.set(Some(Notice::Error(
                t.security.restore_needs_passphrase.to_owned(),
            )));
            return;
        }
        Err(Unopened::Refused(error)) => {
            app.notice
                .set(Some(Notice::Error(i18n::file_error(lang, &error))));
            return;
        }
    };
    let incoming = match backup::parse(&text, now()) {
        Ok((_, records)) => records,
        Err(error) => {
            app.notice
                .set(Some(Notice::Error(i18n::backup_error(lang, &error))));
            return;
        }
    };
    let imported = match db() {
        Ok(db) => db.import(incoming).await,
        Err(error) => Err(error),
    };
    match imported {
        Ok(plan) => {
            crate::store::tabs::announce_everything();
            if let Err(error) = app.reload().await {
                app.store_error(&error);
                return;
            }
            let t = lang.texts();
            app.notice.set(Some(Notice::Info((t.settings.restored)(
                plan.added,
                plan.updated,
                plan.unchanged,
            ))));
        }
        Err(error) => app.store_error(&error),
    }
}

#[component]
pub fn Backup() -> impl IntoView {
    let app = use_app();
    let t = app.texts();
    // Bumped after each backup so "Cadangan terakhir" re-reads the setting.
    let backups_made = RwSignal::new(0u32);
    let last = move || {
        backups_made.track();
        (t.settings.last_backup)(days_since_backup())
    };
    let on_download = move |_| backup_now(app, backups_made);
    let on_share = move |_| {
        let Some(text) = backup_text(app) else { return };
        spawn_local(async move {
            // A cancelled share sheet is not an error worth a banner.
            if share(&text, &file_name(&app.device())).await.is_ok() {
                mark_backed_up(app, backups_made);
            }
        });
    };
    let passphrase = RwSignal::new(String::new());
    let on_file = move |ev: leptos::ev::Event| {
        spawn_local(async move {
            let text = chosen_file_text(&ev).await.unwrap_or_default();
            restore(app, text, passphrase.get_untracked()).await;
        });
    };
    view! {
        <section class="card" data-testid="backup">
            <h2>{t.settings.backup}</h2>
            <p data-testid="last-backup">{last}</p>
            <div class="stack">
                <button type="button" class="primary" on:click=on_download data-testid="backup-download">
                    {t.settings.backup_download}
                </button>
                {share_target().map(|_| view! {
                    <button type="button" on:click=on_share data-testid="backup-share">{t.settings.backup_share}</button>
                })}
                <div class="field">
                    <label for="f-restore-passphrase">{t.security.restore_passphrase}</label>
                    <input id="f-restore-passphrase" type="password" data-testid="restore-passphrase"
                        autocomplete="off" prop:value=move || passphrase.get()
                        on:input=move |ev| passphrase.set(event_target_value(&ev))/>
                </div>
                <label class="button file">
                    {t.settings.restore}
                    <input type="file" accept=".json,application/json" on:change=on_file data-testid="restore-file"/>
                </label>
            </div>
        </section>
    }
}
