//! A kecamatan phone's desa: each desa's records, read from its backup file or its
//! server, kept as one value in a database of their own (never mixed with this phone's
//! register, never synced), and their list in localStorage.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use rexie::{ObjectStore, Rexie, TransactionMode};
use serde_json::value::RawValue;
use wasm_bindgen::JsValue;

use super::db::{committed, Db};
use super::error::StoreError;
use super::keys::data_key;
use super::settings;
use crate::domain::core::record::Record;
use crate::vault::stored;

/// One desa held: its key (the desa's id, or its name for an older file), its name, how
/// many records, and when its file was read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DesaCopy {
    pub key: String,
    pub name: String,
    pub records: usize,
    pub read_at: DateTime<Utc>,
}

/// Every desa held, one value each (the records as the records store keeps them,
/// sealed under an open PIN the same way, in one JSON array): writing a desa of 2 000
/// records as 2 000 objects in a database of its own took about a second on a cheap
/// phone, one value takes one write.
const HELD_DB: &str = "bakti-kecamatan";
const DESA_STORE: &str = "desa";

async fn held() -> Result<Rexie, StoreError> {
    Ok(Rexie::builder(HELD_DB)
        .version(1)
        .add_object_store(ObjectStore::new(DESA_STORE))
        .build()
        .await?)
}

/// Where an older version kept a desa: a database of its own, record by record.
fn old_database(key: &str) -> String {
    format!("bakti-desa-{key}")
}

fn encode(records: &[Record]) -> Result<String, StoreError> {
    let key = data_key();
    let mut text = String::from("[");
    for (i, record) in records.iter().enumerate() {
        if i > 0 {
            text.push(',');
        }
        let stored =
            stored::encode(record, key.as_ref()).map_err(|e| StoreError::Codec(e.to_string()))?;
        text.push_str(&stored);
    }
    text.push(']');
    Ok(text)
}

/// The desa's records; one that cannot be read (sealed under another key) is left out,
/// as the records store's reading does.
fn decode(text: &str) -> Result<Vec<Record>, StoreError> {
    let key = data_key();
    let raws: Vec<&RawValue> =
        serde_json::from_str(text).map_err(|e| StoreError::Codec(e.to_string()))?;
    Ok(raws
        .into_iter()
        .filter_map(|raw| stored::decode(raw, key.as_ref()).ok())
        .map(|read| read.record)
        .collect())
}

async fn put(key: &str, records: &[Record]) -> Result<(), StoreError> {
    let text = encode(records)?;
    let rexie = held().await?;
    let tx = rexie.transaction(&[DESA_STORE], TransactionMode::ReadWrite)?;
    tx.store(DESA_STORE)?
        .put(&JsValue::from_str(&text), Some(&JsValue::from_str(key)))
        .await?;
    let done = committed(tx).await;
    rexie.close();
    done
}

/// Keeps `records` as the desa `key`, replacing an earlier copy of the same desa; gives
/// back how the list names it.
pub async fn keep(
    key: &str,
    name: &str,
    records: &[Record],
    now: DateTime<Utc>,
) -> Result<DesaCopy, StoreError> {
    // A new file of the same desa replaces the old copy whole.
    put(key, records).await?;
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

/// The records of a desa held; a desa an older version kept in a database of its own
/// moves into the one value first.
pub async fn records(key: &str) -> Result<Vec<Record>, StoreError> {
    let rexie = held().await?;
    let tx = rexie.transaction(&[DESA_STORE], TransactionMode::ReadOnly)?;
    let value = tx.store(DESA_STORE)?.get(JsValue::from_str(key)).await;
    rexie.close();
    if let Some(text) = value?.and_then(|v| v.as_string()) {
        return decode(&text);
    }
    let db = Db::open(&old_database(key)).await?;
    let loaded = db.load().await;
    db.close();
    let records = loaded?.records;
    if !records.is_empty() {
        put(key, &records).await?;
    }
    Db::delete(&old_database(key)).await?;
    Ok(records)
}

/// Writes every desa held again under the key now open: a copy kept before the PIN was
/// set is in clear until then.
pub async fn seal_all() -> Result<(), StoreError> {
    for desa in settings::kecamatan_desa() {
        let records = records(&desa.key).await?;
        put(&desa.key, &records).await?;
    }
    Ok(())
}

/// Forgets every desa held (a phone reset after a forgotten PIN).
pub async fn forget_all() -> Result<(), StoreError> {
    Rexie::delete(HELD_DB).await?;
    settings::save_kecamatan_desa(&[])
}

/// Forgets a desa.
pub async fn forget(key: &str) -> Result<(), StoreError> {
    let rexie = held().await?;
    let tx = rexie.transaction(&[DESA_STORE], TransactionMode::ReadWrite)?;
    tx.store(DESA_STORE)?.delete(JsValue::from_str(key)).await?;
    let done = committed(tx).await;
    rexie.close();
    done?;
    Db::delete(&old_database(key)).await?;
    let mut list = settings::kecamatan_desa();
    list.retain(|d| d.key != key);
    settings::save_kecamatan_desa(&list)
}
