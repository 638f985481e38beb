//! Small settings in localStorage (gloo-storage): language, profile, this device's id,
//! the date of the last backup, the wrapped data key. Checked for availability first,
//! because gloo-storage panics when a browser refuses localStorage (some private modes).
//! Settings holding personal data (the cadre's name, the village key) are sealed with
//! the data key once there is a PIN.

use chrono::{DateTime, Utc};
use gloo_storage::{LocalStorage, Storage};
use serde::{de::DeserializeOwned, Serialize};

use super::error::StoreError;
use super::keys::data_key;
use crate::domain::core::profile::Profile;
use crate::domain::kb::family_map::LegendEntry;
use crate::domain::kb::status::{FourTRules, FOUR_T};
use crate::store::kecamatan::DesaCopy;
use crate::sync::exchange::Checkpoint;
use crate::sync::settings::SyncSettings;
use crate::vault::file::{SavedVillageKey, VillageKey};
use crate::vault::lockout::Failures;
use crate::vault::wrap::KeyWrap;

const DEVICE: &str = "bakti.device";
const PROFILE: &str = "bakti.profile";
const LANGUAGE: &str = "bakti.language";
const LAST_BACKUP: &str = "bakti.last_backup";
const FOUR_T_RULES: &str = "bakti.four_t";
const MAP_LEGEND: &str = "bakti.map_legend";
const KEY_WRAP: &str = "bakti.key_wrap";
const PIN_FAILURES: &str = "bakti.pin_failures";
const VILLAGE_KEY: &str = "bakti.village_key";
const SYNC: &str = "bakti.sync";
const SYNC_CHECKPOINT: &str = "bakti.sync_checkpoint";
const SETUP_SKIPPED: &str = "bakti.setup_skipped";
const KECAMATAN: &str = "bakti.kecamatan";

fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

fn read<T: DeserializeOwned>(key: &str) -> Option<T> {
    if !available() {
        return None;
    }
    LocalStorage::get(key).ok()
}

fn write<T: Serialize>(key: &str, value: &T) -> Result<(), StoreError> {
    if !available() {
        return Err(StoreError::Unavailable("localStorage".into()));
    }
    LocalStorage::set(key, value).map_err(|e| {
        let text = e.to_string();
        if text.contains("Quota") {
            StoreError::QuotaExceeded
        } else {
            StoreError::Failed(text)
        }
    })
}

/// A personal setting sealed under the data key (the clear form is the value itself).
#[derive(serde::Deserialize, Serialize)]
struct Sealed {
    sealed: String,
}

/// Reads a personal setting; a sealed one reads as absent while the phone is locked.
/// Two plain parses instead of an untagged enum, which would buffer every value.
fn read_secret<T: DeserializeOwned>(key: &str) -> Option<T> {
    if !available() {
        return None;
    }
    let text = LocalStorage::raw().get_item(key).ok()??;
    match serde_json::from_str::<Sealed>(&text) {
        Ok(Sealed { sealed }) => {
            let plain = data_key()?.open(&sealed, key.as_bytes()).ok()?;
            serde_json::from_slice(&plain).ok()
        }
        Err(_) => serde_json::from_str(&text).ok(),
    }
}

/// Writes a personal setting, sealed when the data key is open.
fn write_secret<T: Serialize>(key: &str, value: &T) -> Result<(), StoreError> {
    let Some(data) = data_key() else {
        return write(key, value);
    };
    let plain = serde_json::to_vec(value).map_err(|e| StoreError::Codec(e.to_string()))?;
    let sealed = data
        .seal(&plain, key.as_bytes())
        .map_err(|e| StoreError::Codec(e.to_string()))?;
    write(key, &Sealed { sealed })
}

/// This phone's id, made once; without localStorage a fresh one per visit.
pub fn device_id() -> String {
    if let Some(id) = read::<String>(DEVICE) {
        return id;
    }
    let id = format!("hp-{}", &uuid::Uuid::new_v4().simple().to_string()[..8]);
    // Without localStorage the id lives for this visit only; records still carry it.
    let _ = write(DEVICE, &id);
    id
}

pub fn profile() -> Profile {
    read_secret(PROFILE).unwrap_or_default()
}

pub fn save_profile(profile: &Profile) -> Result<(), StoreError> {
    write_secret(PROFILE, profile)
}

/// The data key wrapped under the PIN; present once a PIN is set.
pub fn key_wrap() -> Option<KeyWrap> {
    read(KEY_WRAP)
}

pub fn save_key_wrap(wrap: &KeyWrap) -> Result<(), StoreError> {
    write(KEY_WRAP, wrap)
}

pub fn pin_failures() -> Failures {
    read(PIN_FAILURES).unwrap_or_default()
}

pub fn save_pin_failures(failures: &Failures) -> Result<(), StoreError> {
    write(PIN_FAILURES, failures)
}

pub fn village_key() -> Option<VillageKey> {
    read_secret::<SavedVillageKey>(VILLAGE_KEY)?.try_into().ok()
}

pub fn save_village_key(key: &VillageKey) -> Result<(), StoreError> {
    write_secret(VILLAGE_KEY, &SavedVillageKey::from(key))
}

/// The sync server and user (the password is personal: sealed with a PIN).
pub fn sync_settings() -> SyncSettings {
    read_secret(SYNC).unwrap_or_default()
}

/// Saves new sync settings; another server or database starts from the beginning.
pub fn save_sync_settings(sync: &SyncSettings) -> Result<(), StoreError> {
    let old = sync_settings();
    if old.url != sync.url || old.database != sync.database {
        save_sync_checkpoint(&Checkpoint::default())?;
    }
    write_secret(SYNC, sync)
}

pub fn sync_checkpoint() -> Checkpoint {
    read(SYNC_CHECKPOINT).unwrap_or_default()
}

pub fn save_sync_checkpoint(checkpoint: &Checkpoint) -> Result<(), StoreError> {
    write(SYNC_CHECKPOINT, checkpoint)
}

/// Seals the personal settings written before the PIN existed.
pub fn seal_personal() -> Result<(), StoreError> {
    save_profile(&profile())?;
    save_sync_settings(&sync_settings())?;
    match village_key() {
        Some(key) => save_village_key(&key),
        None => Ok(()),
    }
}

/// Forgets everything this phone keeps in localStorage (the forgotten-PIN reset).
pub fn clear_all() {
    if available() {
        LocalStorage::clear();
    }
}

/// Whether the cadre chose to skip the first-run set-up on this phone.
pub fn setup_skipped() -> bool {
    read(SETUP_SKIPPED).unwrap_or(false)
}

pub fn save_setup_skipped() -> Result<(), StoreError> {
    write(SETUP_SKIPPED, &true)
}

/// The desa a kecamatan phone holds (read-only copies of their backups).
pub fn kecamatan_desa() -> Vec<DesaCopy> {
    read(KECAMATAN).unwrap_or_default()
}

pub fn save_kecamatan_desa(list: &[DesaCopy]) -> Result<(), StoreError> {
    write(KECAMATAN, &list)
}

/// The saved language code (`id` or `en`).
pub fn language() -> Option<String> {
    read(LANGUAGE)
}

pub fn save_language(code: &str) -> Result<(), StoreError> {
    write(LANGUAGE, &code)
}

pub fn last_backup() -> Option<DateTime<Utc>> {
    read(LAST_BACKUP)
}

pub fn save_last_backup(at: DateTime<Utc>) -> Result<(), StoreError> {
    write(LAST_BACKUP, &at)
}

/// The 4T thresholds this phone uses (the defaults until the cadre changes them).
pub fn four_t_rules() -> FourTRules {
    read(FOUR_T_RULES).unwrap_or(FOUR_T)
}

pub fn save_four_t_rules(rules: &FourTRules) -> Result<(), StoreError> {
    write(FOUR_T_RULES, rules)
}

/// The legend lines the cadre changed on the Peta Keluarga.
pub fn map_legend() -> Vec<LegendEntry> {
    read(MAP_LEGEND).unwrap_or_default()
}

pub fn save_map_legend(entries: &[LegendEntry]) -> Result<(), StoreError> {
    write(MAP_LEGEND, &entries)
}
