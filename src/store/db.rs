//! The records database (IndexedDB through `rexie`). One object store keyed by `id`,
//! indexed only by non-personal keys (kind, updated_at, area) as docs/ARCHITECTURE.md requires.

use std::collections::HashMap;

use rexie::{Index, ObjectStore, Rexie, TransactionMode};
use serde_json::value::RawValue;
use uuid::Uuid;
use wasm_bindgen::JsValue;

use super::error::StoreError;
use super::keys::data_key;
use crate::domain::core::merge::{self, MergePlan};
use crate::domain::core::record::Record;
use crate::vault::stored;

pub const DB_NAME: &str = "bakti";
const RECORDS: &str = "records";

/// Database versions: 1 had the `kind` index only; 2 adds `updated_at` and `area`.
/// `rexie` reconciles stores and indexes on upgrade, keeping every record.
pub const DB_VERSION: u32 = 2;

/// The object store as a given database version declares it.
pub fn records_store(version: u32) -> ObjectStore {
    let store = ObjectStore::new(RECORDS)
        .key_path("id")
        .add_index(Index::new("kind", "kind"));
    if version >= 2 {
        store
            .add_index(Index::new("updated_at", "updated_at"))
            .add_index(Index::new("area", "area"))
    } else {
        store
    }
}

/// Records as loaded: the readable ones, how many could not be read (left untouched
/// in the database, so a newer app version can still read them), and the ids of those
/// still stored in clear although a key is open (to be sealed by `seal_clear`).
#[derive(Debug, Default)]
pub struct Loaded {
    pub records: Vec<Record>,
    pub unreadable: usize,
    pub clear: Vec<Uuid>,
}

/// Records per transaction when sealing a clear database: a tab closed mid-way keeps
/// every finished batch, and the next unlock seals the rest.
pub const SEAL_BATCH: usize = 500;

pub struct Db {
    rexie: Rexie,
}

/// A record as the plain object IndexedDB stores (its JSON, parsed by the browser),
/// the payload sealed when the data key is open (`vault::stored`).
fn to_js(record: &Record) -> Result<JsValue, StoreError> {
    let text = stored::encode(record, data_key().as_ref())
        .map_err(|e| StoreError::Codec(e.to_string()))?;
    js_sys::JSON::parse(&text).map_err(|e| StoreError::Codec(format!("{e:?}")))
}

/// Every stored object as JSON text in one call: the browser writes the text natively
/// and Rust reads it once, far faster than walking 30 000 objects property by property.
fn to_json_text(values: Vec<JsValue>) -> Result<String, StoreError> {
    let array: js_sys::Array = values.into_iter().collect();
    js_sys::JSON::stringify(&array)
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| StoreError::Codec("records cannot be read as JSON".into()))
}

impl Db {
    /// Opens (creating or upgrading) the database `name`.
    pub async fn open(name: &str) -> Result<Db, StoreError> {
        Db::open_version(name, DB_VERSION).await
    }

    /// Opens at an explicit version: the app uses `DB_VERSION`; tests build old ones.
    pub async fn open_version(name: &str, version: u32) -> Result<Db, StoreError> {
        let has_indexed_db = web_sys::window()
            .and_then(|w| w.indexed_db().ok().flatten())
            .is_some();
        if !has_indexed_db {
            return Err(StoreError::Unavailable("IndexedDB".into()));
        }
        let rexie = Rexie::builder(name)
            .version(version)
            .add_object_store(records_store(version))
            .build()
            .await
            .map_err(|e| match StoreError::from(e) {
                StoreError::Failed(text) if text.contains("VersionError") => StoreError::Blocked,
                other => other,
            })?;
        Ok(Db { rexie })
    }

    pub fn close(self) {
        self.rexie.close();
    }

    /// The index names of the records store (for migration checks).
    pub fn index_names(&self) -> Result<Vec<String>, StoreError> {
        let tx = self
            .rexie
            .transaction(&[RECORDS], TransactionMode::ReadOnly)?;
        Ok(tx.store(RECORDS)?.index_names())
    }

    /// Every record, deleted ones included (they matter for merging and backups).
    pub async fn load(&self) -> Result<Loaded, StoreError> {
        let tx = self
            .rexie
            .transaction(&[RECORDS], TransactionMode::ReadOnly)?;
        let values = tx.store(RECORDS)?.get_all(None, None).await?;
        let text = to_json_text(values)?;
        let raws: Vec<&RawValue> =
            serde_json::from_str(&text).map_err(|e| StoreError::Codec(e.to_string()))?;
        let key = data_key();
        let mut loaded = Loaded::default();
        loaded.records.reserve(raws.len());
        for raw in raws {
            match stored::decode(raw, key.as_ref()) {
                Ok(read) => {
                    if key.is_some() && !read.sealed {
                        loaded.clear.push(read.record.id);
                    }
                    loaded.records.push(read.record);
                }
                Err(_) => loaded.unreadable += 1,
            }
        }
        Ok(loaded)
    }

    /// Writes records in one transaction: all of them, or none.
    pub async fn put_all(&self, records: &[Record]) -> Result<(), StoreError> {
        let values = records
            .iter()
            .map(|r| to_js(r).map(|v| (v, None)))
            .collect::<Result<Vec<_>, _>>()?;
        let tx = self
            .rexie
            .transaction(&[RECORDS], TransactionMode::ReadWrite)?;
        let written = tx.store(RECORDS)?.put_all(values.into_iter()).await;
        if let Err(error) = written {
            // Abort explicitly: a failed request should already have aborted it.
            let _ = tx.abort().await;
            return Err(error.into());
        }
        if tx.done().await?.is_aborted() {
            return Err(StoreError::Failed("transaction aborted".into()));
        }
        Ok(())
    }

    /// Rewrites the records `ids` sealed, one transaction per batch, reporting the
    /// number done after each batch.
    pub async fn seal_clear(
        &self,
        records: &[Record],
        ids: &[Uuid],
        mut progress: impl FnMut(usize),
    ) -> Result<(), StoreError> {
        let wanted: std::collections::HashSet<&Uuid> = ids.iter().collect();
        let clear: Vec<Record> = records
            .iter()
            .filter(|r| wanted.contains(&r.id))
            .cloned()
            .collect();
        let mut done = 0;
        for batch in clear.chunks(SEAL_BATCH) {
            self.put_all(batch).await?;
            done += batch.len();
            progress(done);
        }
        Ok(())
    }

    /// Deletes the database `name` (the forgotten-PIN reset).
    pub async fn delete(name: &str) -> Result<(), StoreError> {
        Rexie::delete(name).await.map_err(StoreError::from)
    }

    /// Merges a backup's records by the docs/ARCHITECTURE.md rule, written in one transaction.
    pub async fn import(&self, incoming: Vec<Record>) -> Result<MergePlan, StoreError> {
        let existing: HashMap<Uuid, Record> = self
            .load()
            .await?
            .records
            .into_iter()
            .map(|r| (r.id, r))
            .collect();
        let plan = merge::plan(&existing, incoming);
        self.put_all(&plan.to_write).await?;
        Ok(plan)
    }
}
