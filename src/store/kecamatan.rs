//! A kecamatan phone's desa: each desa's records, read from its backup file or its
//! server, kept as one value in a database of their own (never mixed with this phone's
//! register, never synced), and their list in localStorage.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use js_sys::Uint8Array;
use rexie::{ObjectStore, Rexie, TransactionMode};
use serde_json::value::RawValue;
use wasm_bindgen::{JsCast, JsValue};

use super::db::{committed, Db, Pacer};
use super::error::StoreError;
use super::keys::data_key;
use super::settings;
use super::webcrypto::BytesKey;
use crate::domain::core::record::Record;
use crate::vault::desa_copy::{aad, Kept};
use crate::vault::stored::read_records;
use crate::vault::stored::{self, StoredError};

/// One desa held: its key (the desa's id, or its name for an older file), its name, how
/// many records, and when its file was read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DesaCopy {
    pub key: String,
    pub name: String,
    pub records: usize,
    pub read_at: DateTime<Utc>,
}

/// Every desa held, one value each (`vault::desa_copy`: the records' JSON as bytes,
/// sealed whole under an open PIN): writing a desa of 2 000 records as 2 000 objects in
/// a database of its own took about a second on a cheap phone, one value takes one
/// write, and bytes are copied into the app as they are.
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

fn codec(error: impl ToString) -> StoreError {
    StoreError::Codec(error.to_string())
}

/// The data key for whole copies, when the PIN has opened one.
async fn bytes_key() -> Option<BytesKey> {
    match data_key() {
        Some(key) => Some(BytesKey::new(key).await),
        None => None,
    }
}

/// Writes a desa's records (`json`, their clear stored form) as its copy, sealed when
/// `key` is given.
async fn put(
    rexie: &Rexie,
    desa: &str,
    json: &[u8],
    key: Option<&BytesKey>,
) -> Result<(), StoreError> {
    let value = match key {
        Some(key) => Kept::Sealed(&key.seal(json, &aad(desa)).await.map_err(codec)?).to_stored(),
        None => Kept::Clear(json).to_stored(),
    };
    let tx = rexie.transaction(&[DESA_STORE], TransactionMode::ReadWrite)?;
    tx.store(DESA_STORE)?
        .put(
            &Uint8Array::from(value.as_slice()),
            Some(&JsValue::from_str(desa)),
        )
        .await?;
    committed(tx).await
}

/// The clear JSON of a desa's copy. A copy an older version kept (text of stored
/// records, or a database of its own) is rewritten as bytes on the way.
async fn clear_json(
    rexie: &Rexie,
    desa: &str,
    key: Option<&BytesKey>,
) -> Result<Vec<u8>, StoreError> {
    let tx = rexie.transaction(&[DESA_STORE], TransactionMode::ReadOnly)?;
    let value = tx.store(DESA_STORE)?.get(JsValue::from_str(desa)).await?;
    if let Some(bytes) = value.as_ref().and_then(|v| v.dyn_ref::<Uint8Array>()) {
        let mut bytes = bytes.to_vec();
        if let Kept::Sealed(sealed) = Kept::from_stored(&bytes).map_err(codec)? {
            let key = key.ok_or_else(|| codec(StoredError::Locked))?;
            return key.open(sealed, &aad(desa)).await.map_err(codec);
        }
        // Clear: the JSON is the value past its tag, kept without another copy.
        bytes.remove(0);
        return Ok(bytes);
    }
    let records = match value.and_then(|v| v.as_string()) {
        Some(text) => older_text(&text)?,
        None => older_database(desa).await?,
    };
    let json = stored::encode_all(&records).map_err(codec)?.into_bytes();
    put(rexie, desa, &json, key).await?;
    Ok(json)
}

/// The records of a copy an older version kept as text; one that cannot be read
/// (sealed under another key) is left out, as the records store's reading does.
fn older_text(text: &str) -> Result<Vec<Record>, StoreError> {
    let key = data_key();
    let raws: Vec<&RawValue> = serde_json::from_str(text).map_err(codec)?;
    Ok(raws
        .into_iter()
        .filter_map(|raw| stored::decode(raw, key.as_ref()).ok())
        .map(|read| read.record)
        .collect())
}

/// The records of a desa an older version kept in a database of its own, which goes.
async fn older_database(desa: &str) -> Result<Vec<Record>, StoreError> {
    let db = Db::open(&old_database(desa)).await?;
    let loaded = db.load().await;
    db.close();
    let records = loaded?.records;
    Db::delete(&old_database(desa)).await?;
    Ok(records)
}

/// Keeps `json` (a desa's records in clear stored form: a backup file's records text,
/// or `stored::encode_all`) as the desa `key`, replacing an earlier copy of the same
/// desa; gives back how the list names it.
pub async fn keep(
    key: &str,
    name: &str,
    json: &[u8],
    records: usize,
    now: DateTime<Utc>,
) -> Result<DesaCopy, StoreError> {
    let rexie = held().await?;
    // A new file of the same desa replaces the old copy whole.
    let written = put(&rexie, key, json, bytes_key().await.as_ref()).await;
    rexie.close();
    written?;
    let mut list = settings::kecamatan_desa();
    list.retain(|d| d.key != key);
    let copy = DesaCopy {
        key: key.to_owned(),
        name: name.to_owned(),
        records,
        read_at: now,
    };
    list.push(copy.clone());
    list.sort_by_key(|d| d.name.to_lowercase());
    settings::save_kecamatan_desa(&list)?;
    Ok(copy)
}

/// Each desa held with `read` of its records (a copy that cannot be read gives its
/// error), one desa at a time, so that only one desa's records are decoded at once,
/// pausing for the page now and then.
pub async fn read_each<T>(
    read: impl Fn(Vec<Record>) -> T,
) -> Result<Vec<(DesaCopy, Result<T, StoreError>)>, StoreError> {
    let rexie = held().await?;
    let key = bytes_key().await;
    let mut all = Vec::new();
    let mut pacer = Pacer::new();
    for desa in settings::kecamatan_desa() {
        if pacer.due() {
            pacer.pause().await;
        }
        let records = clear_json(&rexie, &desa.key, key.as_ref())
            .await
            .and_then(|json| read_records(&json).map_err(codec));
        all.push((desa, records.map(&read)));
    }
    rexie.close();
    Ok(all)
}

/// Writes every desa held again under the key now open: a copy kept before the PIN was
/// set is in clear until then.
pub async fn seal_all() -> Result<(), StoreError> {
    let rexie = held().await?;
    let sealed = seal_each(&rexie).await;
    rexie.close();
    sealed
}

async fn seal_each(rexie: &Rexie) -> Result<(), StoreError> {
    let key = bytes_key().await;
    for desa in settings::kecamatan_desa() {
        let json = clear_json(rexie, &desa.key, key.as_ref()).await?;
        put(rexie, &desa.key, &json, key.as_ref()).await?;
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
