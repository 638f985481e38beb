//! A kecamatan phone's desa: each desa's records, read from its backup file, kept in a
//! database of its own (never mixed with this phone's register, never synced), and
//! their list in localStorage.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::db::Db;
use super::error::StoreError;
use super::settings;
use crate::domain::core::record::Record;

/// One desa held: its key (the desa's id, or its name for an older file), its name, how
/// many records, and when its file was read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DesaCopy {
    pub key: String,
    pub name: String,
    pub records: usize,
    pub read_at: DateTime<Utc>,
}

fn database(key: &str) -> String {
    format!("bakti-desa-{key}")
}

/// Keeps `records` as the desa `key`, replacing an earlier copy of the same desa; gives
/// back how the list names it.
pub async fn keep(
    key: &str,
    name: &str,
    records: &[Record],
    now: DateTime<Utc>,
) -> Result<DesaCopy, StoreError> {
    let name_of_db = database(key);
    // A new file of the same desa replaces the old copy whole.
    Db::delete(&name_of_db).await?;
    let db = Db::open(&name_of_db).await?;
    let written = db.put_all(records).await;
    db.close();
    written?;
    let mut list = settings::kecamatan_desa();
    list.retain(|d| d.key != key);
    let copy = DesaCopy {
        key: key.to_owned(),
        name: name.to_owned(),
        records: records.len(),
        read_at: now,
    };
    list.push(copy.clone());
    list.sort_by_key(|d| d.name.to_lowercase());
    settings::save_kecamatan_desa(&list)?;
    Ok(copy)
}

/// The records of a desa held.
pub async fn records(key: &str) -> Result<Vec<Record>, StoreError> {
    let db = Db::open(&database(key)).await?;
    let loaded = db.load().await;
    db.close();
    Ok(loaded?.records)
}

/// Forgets a desa.
pub async fn forget(key: &str) -> Result<(), StoreError> {
    Db::delete(&database(key)).await?;
    let mut list = settings::kecamatan_desa();
    list.retain(|d| d.key != key);
    settings::save_kecamatan_desa(&list)
}
