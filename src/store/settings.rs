//! Small settings in localStorage (gloo-storage): language, profile, this device's id,
//! the date of the last backup. Checked for availability first, because gloo-storage
//! panics when a browser refuses localStorage (some private modes).

use chrono::{DateTime, Utc};
use gloo_storage::{LocalStorage, Storage};
use serde::{de::DeserializeOwned, Serialize};

use super::error::StoreError;
use crate::domain::core::profile::Profile;
use crate::domain::kb::family_map::LegendEntry;
use crate::domain::kb::status::{FourTRules, FOUR_T};

const DEVICE: &str = "bakti.device";
const PROFILE: &str = "bakti.profile";
const LANGUAGE: &str = "bakti.language";
const LAST_BACKUP: &str = "bakti.last_backup";
const FOUR_T_RULES: &str = "bakti.four_t";
const MAP_LEGEND: &str = "bakti.map_legend";

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
