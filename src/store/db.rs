//! The records database (IndexedDB through `rexie`). One object store keyed by `id`,
//! indexed only by non-personal keys (kind, updated_at, area) as docs/ARCHITECTURE.md requires.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::Deserialize;

use rexie::{Index, ObjectStore, Rexie, Transaction, TransactionMode};
use serde_json::value::RawValue;
use uuid::Uuid;
use wasm_bindgen::JsValue;

use super::error::StoreError;
use super::history::history_store;
use super::keys::data_key;
use super::snapshot::{self, changes_store, log_changes, snapshot_store, CHANGES, SNAPSHOT};
use crate::domain::core::merge::{self, MergePlan, Undo};
use crate::domain::core::record::Record;
use crate::domain::core::record_list::ROOM_FOR_NEW;
use crate::domain::core::stale::{is_stale, StoredVersion};
use crate::vault::snapshot::{overlay, REWRITE_AFTER};
use crate::vault::stored;

pub const DB_NAME: &str = "bakti";
pub(super) const RECORDS: &str = "records";

/// Database versions: 1 had the `kind` index only; 2 adds `updated_at` and `area`; 3
/// adds the store of versions set aside by merges (`store/history.rs`); 4 the start-up
/// snapshot and its change log (`store/snapshot.rs`). `rexie` reconciles stores and
/// indexes on upgrade, keeping every record.
pub const DB_VERSION: u32 = 4;

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
/// still stored in clear although a key is open (to be sealed by `seal_clear`); the
/// change log's last entry they hold, and whether a new snapshot is due (none could be
/// used, or the log since it grew long).
#[derive(Debug, Default)]
pub struct Loaded {
    pub records: Vec<Record>,
    pub unreadable: usize,
    pub clear: Vec<Uuid>,
    pub log_end: f64,
    pub snapshot_due: bool,
}

/// Records per transaction when sealing a clear database: a tab closed mid-way keeps
/// every finished batch, and the next unlock seals the rest.
pub const SEAL_BATCH: usize = 500;

pub struct Db {
    rexie: Rexie,
    /// Has the change log and the snapshot (version 4 on; tests open older ones).
    logged: bool,
}

/// A record as the plain object IndexedDB stores (its JSON, parsed by the browser),
/// the payload sealed when the data key is open (`vault::stored`).
fn to_js(record: &Record) -> Result<JsValue, StoreError> {
    let text = stored::encode(record, data_key().as_ref())
        .map_err(|e| StoreError::Codec(e.to_string()))?;
    js_sys::JSON::parse(&text).map_err(|e| StoreError::Codec(format!("{e:?}")))
}

/// Stored objects as JSON text in one call: the browser writes the text natively and
/// Rust reads it once, far faster than walking them property by property.
fn to_json_text(values: &[JsValue]) -> Result<String, StoreError> {
    let array: js_sys::Array = values.iter().collect();
    js_sys::JSON::stringify(&array)
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| StoreError::Codec("records cannot be read as JSON".into()))
}

/// Records turned into text at once: opening 30 000 sealed records takes seconds on a
/// cheap phone, and the page must keep painting and answering taps meanwhile.
const SLICE: usize = 1_000;

/// Work between two pauses for the browser while a village is read: short enough for
/// the page to paint and answer a tap, long enough that the pauses (a timer and a
/// frame each, several milliseconds on a cheap phone) cost little.
const BUSY_MS: f64 = 100.0;

/// Pauses for the browser once `BUSY_MS` of work went by since the last pause.
pub(super) struct Pacer {
    since: f64,
}

impl Pacer {
    pub(super) fn new() -> Pacer {
        Pacer {
            since: js_sys::Date::now(),
        }
    }

    /// Whether the work since the last pause is due one.
    pub(super) fn due(&self) -> bool {
        js_sys::Date::now() - self.since >= BUSY_MS
    }

    pub(super) async fn pause(&mut self) {
        yield_to_browser().await;
        self.since = js_sys::Date::now();
    }
}

/// Lets the browser run its pending work (paint, input) before decoding goes on.
pub(super) async fn yield_to_browser() {
    let pause = js_sys::Promise::new(&mut |resolve, _| {
        let scheduled = web_sys::window()
            .is_some_and(|window| window.set_timeout_with_callback(&resolve).is_ok());
        if !scheduled {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(pause).await;
}

/// Stored objects as records, with the data key when it is open; counts what cannot be
/// read and notes what is still clear under an open key. Read a slice at a time, so
/// only one slice's text is ever in memory beside the records (the whole desa's text
/// at once took 48 MB of the phone's memory) and the page paints between slices;
/// `progress` hears how many of how many are read at each pause.
async fn decode_all(
    values: Vec<JsValue>,
    progress: impl Fn(usize, usize),
) -> Result<Loaded, StoreError> {
    let key = data_key();
    let total = values.len();
    let mut loaded = Loaded::default();
    loaded.records.reserve(total + ROOM_FOR_NEW);
    let mut pacer = Pacer::new();
    for (index, slice) in values.chunks(SLICE).enumerate() {
        if pacer.due() {
            progress(index * SLICE, total);
            pacer.pause().await;
        }
        let text = to_json_text(slice)?;
        let raws: Vec<&RawValue> =
            serde_json::from_str(&text).map_err(|e| StoreError::Codec(e.to_string()))?;
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
    }
    Ok(loaded)
}

/// Every stored record read in `tx` and decoded, as the log stood at `log_end`; a
/// snapshot is due.
async fn whole(
    tx: &Transaction,
    log_end: f64,
    progress: &impl Fn(usize, usize),
) -> Result<Loaded, StoreError> {
    let values = tx.store(RECORDS)?.get_all(None, None).await?;
    let loaded = decode_all(values, progress).await?;
    Ok(Loaded {
        log_end,
        snapshot_due: true,
        ..loaded
    })
}

/// The snapshot's records with those written since laid over them.
async fn from_snapshot(
    read: snapshot::Read,
    progress: &impl Fn(usize, usize),
) -> Result<Loaded, StoreError> {
    let total = read.head.records;
    let records =
        snapshot::decode_parts(&read.head, read.parts, &|done| progress(done, total)).await?;
    let since = decode_all(read.written, |_, _| {}).await?;
    Ok(Loaded {
        records: overlay(records, since.records, &read.removed),
        unreadable: since.unreadable,
        clear: since.clear,
        log_end: read.log_end,
        snapshot_due: read.logged > REWRITE_AFTER,
    })
}

/// The envelope fields of a stored object that decide whether an edit is stale.
fn stored_version(value: &JsValue) -> Option<StoredVersion> {
    #[derive(Deserialize)]
    struct Envelope {
        updated_at: DateTime<Utc>,
        #[serde(default)]
        deleted: bool,
    }
    let text = js_sys::JSON::stringify(value).ok()?.as_string()?;
    let envelope: Envelope = serde_json::from_str(&text).ok()?;
    Some(StoredVersion {
        updated_at: envelope.updated_at,
        deleted: envelope.deleted,
    })
}

/// An aborted write: IndexedDB aborts a transaction when the site's storage is full
/// (the quota error reaches `done`, not the request), so that is what it means here.
fn aborted() -> StoreError {
    StoreError::QuotaExceeded
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
        let mut builder = Rexie::builder(name)
            .version(version)
            .add_object_store(records_store(version));
        if version >= 3 {
            builder = builder.add_object_store(history_store());
        }
        if version >= 4 {
            builder = builder
                .add_object_store(snapshot_store())
                .add_object_store(changes_store());
        }
        let rexie = builder
            .build()
            .await
            .map_err(|e| match StoreError::from(e) {
                StoreError::Failed(text) if text.contains("VersionError") => StoreError::Blocked,
                StoreError::Failed(text) => StoreError::CannotOpen(text),
                other => other,
            })?;
        Ok(Db {
            rexie,
            logged: version >= 4,
        })
    }

    pub(super) fn rexie(&self) -> &Rexie {
        &self.rexie
    }

    /// A write transaction over `stores` and, when this database has it, the change log.
    pub(super) fn writing(&self, stores: &[&str]) -> Result<Transaction, StoreError> {
        let mut names = stores.to_vec();
        if self.logged {
            names.push(CHANGES);
        }
        Ok(self.rexie.transaction(&names, TransactionMode::ReadWrite)?)
    }

    /// Logs the records `ids` as written in `tx` (from `writing`).
    pub(super) async fn log(
        &self,
        tx: &Transaction,
        ids: impl IntoIterator<Item = Uuid>,
    ) -> Result<(), StoreError> {
        if self.logged {
            log_changes(tx, &ids.into_iter().collect::<Vec<_>>()).await?;
        }
        Ok(())
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
        self.load_reporting(|_, _| {}).await
    }

    /// As `load`, telling `progress` how many of how many records are read so far.
    /// Reads the snapshot and the records written since when it can, else the whole
    /// store, in one transaction either way.
    pub async fn load_reporting(
        &self,
        progress: impl Fn(usize, usize),
    ) -> Result<Loaded, StoreError> {
        if !self.logged {
            let tx = self
                .rexie
                .transaction(&[RECORDS], TransactionMode::ReadOnly)?;
            return whole(&tx, 0.0, &progress).await;
        }
        let tx = self
            .rexie
            .transaction(&[RECORDS, SNAPSHOT, CHANGES], TransactionMode::ReadOnly)?;
        let log_end = match snapshot::read(&tx).await? {
            Ok(read) => match from_snapshot(read, &progress).await {
                Ok(loaded) => return Ok(loaded),
                // A part that cannot be read: the store is the truth, read it whole.
                Err(_) => return self.load_whole(&progress).await,
            },
            Err(log_end) => log_end,
        };
        whole(&tx, log_end, &progress).await
    }

    async fn load_whole(&self, progress: &impl Fn(usize, usize)) -> Result<Loaded, StoreError> {
        let tx = self
            .rexie
            .transaction(&[RECORDS, SNAPSHOT, CHANGES], TransactionMode::ReadOnly)?;
        let log_end = snapshot::log_end(&tx).await?;
        whole(&tx, log_end, progress).await
    }

    /// Writes records in one transaction: all of them, or none.
    pub async fn put_all(&self, records: &[Record]) -> Result<(), StoreError> {
        self.write(records, None).await
    }

    /// Writes edits in one transaction, refusing all of them (`StoreError::Stale`) when
    /// any stored record is no longer the version its edit started from (`expected`,
    /// by id; absent: a new record) or was deleted: checked and written in the same
    /// transaction, so another tab cannot slip in between.
    pub async fn put_edits(
        &self,
        records: &[Record],
        expected: &HashMap<Uuid, DateTime<Utc>>,
    ) -> Result<(), StoreError> {
        self.write(records, Some(expected)).await
    }

    async fn write(
        &self,
        records: &[Record],
        expected: Option<&HashMap<Uuid, DateTime<Utc>>>,
    ) -> Result<(), StoreError> {
        let values = js_values(records)?;
        let tx = self.writing(&[RECORDS])?;
        let store = tx.store(RECORDS)?;
        if let Some(expected) = expected {
            for record in records {
                let stored = store.get(record.id.to_string().into()).await?;
                let version = stored.as_ref().and_then(stored_version);
                if is_stale(expected.get(&record.id).copied(), version, record.deleted) {
                    let _ = tx.abort().await;
                    return Err(StoreError::Stale);
                }
            }
        }
        let written = match store.put_all(values.into_iter()).await {
            Ok(()) => self.log(&tx, records.iter().map(|r| r.id)).await,
            Err(error) => Err(error.into()),
        };
        if let Err(error) = written {
            // Abort explicitly: a failed request should already have aborted it.
            let _ = tx.abort().await;
            return Err(error);
        }
        committed(tx).await
    }

    /// The records `ids` as stored now (another tab wrote them); missing ones are skipped.
    pub async fn get_many(&self, ids: &[Uuid]) -> Result<Vec<Record>, StoreError> {
        let tx = self
            .rexie
            .transaction(&[RECORDS], TransactionMode::ReadOnly)?;
        let store = tx.store(RECORDS)?;
        let mut values = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(value) = store.get(id.to_string().into()).await? {
                values.push(value);
            }
        }
        decode_all(values, |_, _| {})
            .await
            .map(|loaded| loaded.records)
    }

    /// Rewrites `records` (read while in clear) sealed, one transaction per batch,
    /// reporting the number done after each batch.
    pub async fn seal_clear(
        &self,
        records: &[Record],
        mut progress: impl FnMut(usize),
    ) -> Result<(), StoreError> {
        let mut done = 0;
        for batch in records.chunks(SEAL_BATCH) {
            self.put_all(batch).await?;
            done += batch.len();
            progress(done);
        }
        if self.logged {
            self.forget_snapshot().await?;
        }
        self.seal_history().await
    }

    /// Deletes the database `name` (the forgotten-PIN reset).
    pub async fn delete(name: &str) -> Result<(), StoreError> {
        Rexie::delete(name).await.map_err(StoreError::from)
    }

    /// Merges a backup's records by the docs/ARCHITECTURE.md rule, written in one
    /// transaction; gives back the plan and how to undo it.
    pub async fn import(&self, incoming: Vec<Record>) -> Result<(MergePlan, Undo), StoreError> {
        let existing: HashMap<Uuid, Record> = self
            .load()
            .await?
            .records
            .into_iter()
            .map(|r| (r.id, r))
            .collect();
        let plan = merge::plan(&existing, incoming);
        let undo = merge::undo_of(&existing, &plan);
        self.put_merged(&plan, Utc::now()).await?;
        Ok((plan, undo))
    }

    /// Takes a merge back in one transaction: the replaced versions are written as they
    /// were and the added records removed (not tombstoned: they never lived here).
    pub async fn undo(&self, undo: &Undo) -> Result<(), StoreError> {
        let values = js_values(&undo.put_back)?;
        let tx = self.writing(&[RECORDS])?;
        let store = tx.store(RECORDS)?;
        store.put_all(values.into_iter()).await?;
        for id in &undo.remove {
            store.delete(id.to_string().into()).await?;
        }
        let put_back = undo.put_back.iter().map(|r| r.id);
        self.log(&tx, put_back.chain(undo.remove.iter().copied()))
            .await?;
        committed(tx).await
    }
}

/// Records as the store's values (sealed under an open data key).
pub(super) fn js_values(records: &[Record]) -> Result<Vec<(JsValue, Option<JsValue>)>, StoreError> {
    records
        .iter()
        .map(|r| to_js(r).map(|v| (v, None)))
        .collect()
}

/// Waits for a write transaction to end; an aborted one is an error.
pub(super) async fn committed(tx: Transaction) -> Result<(), StoreError> {
    match tx.done().await {
        Ok(state) if state.is_aborted() => Err(aborted()),
        Ok(_) => Ok(()),
        Err(error) => Err(error.into()),
    }
}
