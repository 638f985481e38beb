//! Cadangkan / Pulihkan: one file with every record (tombstones too), sealed with the
//! village key (`vault::file`), downloaded or shared; restoring opens it (with this
//! phone's village key, or the passphrase typed for a file from another phone), merges
//! it in one transaction, and a bad file or wrong passphrase changes nothing.

use js_sys::{Array, Function, Object, Reflect, Uint8Array};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, File, FilePropertyBag, HtmlAnchorElement, HtmlInputElement, Url,
};

use crate::domain::core::area::AreaLevel;
use crate::domain::core::backup::{self, BackupError};
use crate::domain::core::calendar::iso_date;
use crate::domain::core::merge::{preview, Undo};
use crate::domain::core::record::Record;
use crate::i18n;
use crate::store::{settings, webcrypto};
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
    save_as(&JsValue::from_str(text), name, mime)
}

/// Saves `bytes` as a file named `name` through the browser's download.
pub fn download_bytes(bytes: &[u8], name: &str, mime: &str) -> Result<(), JsValue> {
    save_as(&js_sys::Uint8Array::from(bytes).into(), name, mime)
}

fn save_as(content: &JsValue, name: &str, mime: &str) -> Result<(), JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    // A Blob takes text and bytes alike; web-sys names the constructor by one of them.
    let blob = Blob::new_with_str_sequence_and_options(&Array::of1(content), &options)?;
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

/// Notes the backup; `downloaded` names a file left in Download (not yet sent anywhere).
fn mark_backed_up(app: AppState, done: RwSignal<u32>, downloaded: Option<&str>) {
    if let Err(error) = settings::save_last_backup(now()) {
        app.store_error(&error);
    }
    done.update(|n| *n += 1);
    let t = app.texts();
    let notice = match downloaded {
        // A file left on the phone is lost with the phone: say where it is and how to
        // send it, until the cadre closes the message.
        Some(name) => Notice::Lasting((t.settings.backup_where)(name, share_target().is_some())),
        None => Notice::Info(t.settings.backup_shared.to_owned()),
    };
    app.notice.set(Some(notice));
}

/// Whole days since the last backup, if there was one.
pub fn days_since_backup() -> Option<i64> {
    settings::last_backup().map(|at| (now() - at).num_days().max(0))
}

/// Downloads the backup file now (Pengaturan, or Beranda's reminder); `done` is bumped
/// so "Cadangan terakhir" and the reminder read the new date.
pub fn backup_now(app: AppState, done: RwSignal<u32>) {
    let Some(text) = backup_text(app) else { return };
    let name = file_name(&app.device());
    match download(&text, &name, MIME) {
        Ok(()) => mark_backed_up(app, done, Some(&name)),
        Err(_) => app.notice.set(Some(Notice::Error(
            app.texts().common.store_failed.to_owned(),
        ))),
    }
}

/// The files chosen in a file input, clearing the input for the next pick.
pub fn take_chosen_files(ev: &leptos::ev::Event) -> Vec<File> {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    // The list is live: taken before the input is cleared.
    let files = input
        .files()
        .map(|files| (0..files.length()).filter_map(|i| files.get(i)).collect())
        .unwrap_or_default();
    input.set_value("");
    files
}

/// The file chosen in a file input, clearing the input for the next pick.
pub fn take_chosen_file(ev: &leptos::ev::Event) -> Option<File> {
    take_chosen_files(ev).into_iter().next()
}

pub async fn file_bytes(file: &File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}

/// A file's text (UTF-8, a leading byte-order mark dropped). Read as bytes: the
/// browser's own text would be turned into UTF-16 and back on its way into the app,
/// a tenth of a second per megabyte on a cheap phone.
pub async fn file_text(file: &File) -> Option<String> {
    let mut text = String::from_utf8(file_bytes(file).await?).ok()?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Some(text)
}

/// The text of the file chosen in a file input, clearing the input for the next pick.
pub async fn chosen_file_text(ev: &leptos::ev::Event) -> Option<String> {
    file_text(&take_chosen_file(ev)?).await
}

/// Why a sealed file was not opened.
pub enum Unopened {
    NeedsPassphrase,
    Refused(FileError),
}

/// A backup's text opened: the inner text, the desa named in its header (none for a
/// plain older backup), and the village key derived from a typed passphrase, if one was.
pub struct OpenedFile {
    pub inner: String,
    pub village: Option<Village>,
    pub derived: Option<VillageKey>,
}

/// Opens a backup file's text: itself when it is a plain (older) backup, else with this
/// phone's village key or with `typed`.
pub async fn open_backup(text: String, typed: &str) -> Result<OpenedFile, Unopened> {
    let file = match sealed_file::read(&text) {
        Ok(None) => {
            return Ok(OpenedFile {
                inner: text,
                village: None,
                derived: None,
            })
        }
        Ok(Some(file)) => file,
        Err(error) => return Err(Unopened::Refused(error)),
    };
    let own = settings::village_key().filter(|own| file.made_with(own));
    let (key, derived) = match own {
        Some(own) => (own.key, None),
        None if typed.trim().is_empty() => return Err(Unopened::NeedsPassphrase),
        None => {
            let key = webcrypto::derive(typed.trim(), &file.kdf)
                .await
                .map_err(|e| Unopened::Refused(FileError::Crypto(e)))?;
            let derived = VillageKey {
                kdf: file.kdf.clone(),
                key: key.clone(),
            };
            (key, Some(derived))
        }
    };
    let inner = file.open(&key).map_err(Unopened::Refused)?;
    Ok(OpenedFile {
        inner,
        village: Some(file.village.clone()),
        derived,
    })
}

/// The banner's words for a file not opened.
pub fn unopened_text(lang: i18n::Lang, why: &Unopened) -> String {
    match why {
        Unopened::NeedsPassphrase => lang.texts().security.restore_needs_passphrase.to_owned(),
        Unopened::Refused(error) => i18n::file_error(lang, error),
    }
}

/// A backup of this desa opened for restoring: a file of another desa is refused, and a
/// phone without a village key adopts the file's, so its next backups open on the
/// phones of the same village.
async fn open_file(app: AppState, text: String, typed: &str) -> Result<String, Unopened> {
    if let Ok(Some(file)) = sealed_file::read(&text) {
        file.check_village(village(app).id)
            .map_err(Unopened::Refused)?;
    }
    let opened = open_backup(text, typed).await?;
    if let Some(adopted) = opened.derived.filter(|_| settings::village_key().is_none()) {
        if let Err(error) = settings::save_village_key(&adopted) {
            app.store_error(&error);
        }
    }
    Ok(opened.inner)
}

/// A backup's records once checked, its checksum by the browser's own SHA-256 (a
/// 47 MB backup took a cheap phone seconds in wasm).
pub async fn check_backup(file: &backup::Unchecked<'_>) -> Result<Vec<Record>, BackupError> {
    file.check(&webcrypto::sha256_hex(file.records_text()).await, now())
}

/// Opens and checks a chosen file; any refusal is said in the banner and changes nothing.
async fn read_backup(app: AppState, text: String, passphrase: String) -> Option<Vec<Record>> {
    let lang = app.lang.get_untracked();
    // Deriving the key from a typed passphrase and parsing take a moment on a phone.
    app.notice.set(Some(Notice::Lasting(
        lang.texts().security.working.to_owned(),
    )));
    let text = match open_file(app, text, &passphrase).await {
        Ok(text) => text,
        Err(why) => {
            app.notice
                .set(Some(Notice::Error(unopened_text(lang, &why))));
            return None;
        }
    };
    let checked = match backup::read(&text) {
        Ok(file) => check_backup(&file).await,
        Err(error) => Err(error),
    };
    match checked {
        Ok(records) => {
            app.notice.set(None);
            Some(records)
        }
        Err(error) => {
            app.notice
                .set(Some(Notice::Error(i18n::backup_error(lang, &error))));
            None
        }
    }
}

/// Merges the file's records in one transaction; gives back how to undo it.
async fn merge(app: AppState, incoming: Vec<Record>) -> Option<Undo> {
    let lang = app.lang.get_untracked();
    app.notice.set(Some(Notice::Lasting(
        lang.texts().security.working.to_owned(),
    )));
    let imported = match db() {
        Ok(db) => db.import(incoming).await,
        Err(error) => Err(error),
    };
    let (plan, undo) = match imported {
        Ok(done) => done,
        Err(error) => {
            app.store_error(&error);
            return None;
        }
    };
    crate::store::tabs::announce_everything();
    if let Err(error) = app.reload().await {
        app.store_error(&error);
        return None;
    }
    let t = lang.texts();
    app.notice.set(Some(Notice::Info((t.settings.restored)(
        plan.added,
        plan.updated,
        plan.unchanged,
    ))));
    Some(undo)
}

/// Takes the last merge back.
async fn undo_merge(app: AppState, undo: Undo) {
    let t = app.texts();
    let undone = match db() {
        Ok(db) => db.undo(&undo).await,
        Err(error) => Err(error),
    };
    if let Err(error) = undone {
        app.store_error(&error);
        return;
    }
    crate::store::tabs::announce_everything();
    match app.reload().await {
        Ok(_) => app
            .notice
            .set(Some(Notice::Info(t.settings.restore_undone.to_owned()))),
        Err(error) => app.store_error(&error),
    }
}

/// What the chosen file holds, and "Gabungkan" / "Batal".
#[component]
fn RestorePreview(file: RwSignal<Option<Vec<Record>>>) -> impl IntoView {
    let app = use_app();
    let undo = app.last_merge;
    let t = app.texts();
    let summary = move || {
        file.with(|f| {
            f.as_ref().map(|incoming| {
                let p = app.records.with_untracked(|local| preview(local, incoming));
                (t.settings.restore_preview)(&p)
            })
        })
    };
    let on_merge = move |_| {
        let Some(incoming) = file.get_untracked() else {
            return;
        };
        file.set(None);
        spawn_local(async move {
            if let Some(done) = merge(app, incoming).await {
                undo.set(Some(done));
            }
        });
    };
    view! {
        {move || summary().map(|lines| view! {
            <div class="card warn" data-testid="restore-preview">
                <h3>{t.settings.restore_preview_title}</h3>
                <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                <div class="actions">
                    <button type="button" class="primary" data-testid="restore-merge" on:click=on_merge>
                        {t.settings.restore_merge}
                    </button>
                    <button type="button" data-testid="restore-cancel" on:click=move |_| file.set(None)>
                        {t.common.cancel}
                    </button>
                </div>
            </div>
        })}
        {move || undo.get().map(|_| view! {
            <div class="card" data-testid="restore-undo-card">
                <p>{t.settings.restore_undo_hint}</p>
                <button type="button" data-testid="restore-undo" on:click=move |_| {
                    if let Some(last) = undo.get_untracked() {
                        undo.set(None);
                        spawn_local(undo_merge(app, last));
                    }
                }>{t.settings.restore_undo}</button>
            </div>
        })}
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
                mark_backed_up(app, backups_made, None);
            }
        });
    };
    let passphrase = RwSignal::new(String::new());
    let chosen = RwSignal::new(None::<Vec<Record>>);
    let on_file = move |ev: leptos::ev::Event| {
        spawn_local(async move {
            let text = chosen_file_text(&ev).await.unwrap_or_default();
            chosen.set(read_backup(app, text, passphrase.get_untracked()).await);
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
                <RestorePreview file=chosen/>
            </div>
        </section>
    }
}
