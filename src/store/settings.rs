//! Small settings in localStorage (gloo-storage): language, profile, this device's id,
//! the date of the last backup. Checked for availability first, because gloo-storage
//! panics when a browser refuses localStorage (some private modes).

use chrono::{DateTime, Utc};
use gloo_storage::{LocalStorage, Storage};
use serde::{de::DeserializeOwned, Serialize};

use super::error::StoreError;
use crate::domain::profile::Profile;

const DEVICE: &str = "bakti.device";
const PROFILE: &str = "bakti.profile";
const LANGUAGE: &str = "bakti.language";
const LAST_BACKUP: &str = "bakti.last_backup";

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
    read(PROFILE).unwrap_or_default()
}

pub fn save_profile(profile: &Profile) -> Result<(), StoreError> {
    write(PROFILE, profile)
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
