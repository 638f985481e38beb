//! The start-up snapshot in IndexedDB (`vault/snapshot.rs` says what it holds): a store
//! of parts under a head, and the change log that every write to the records adds to
//! in its own transaction, so the snapshot plus the log is always the records store.

use std::collections::HashSet;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use js_sys::Uint8Array;
use rexie::{KeyRange, ObjectStore, Transaction, TransactionMode};
use uuid::Uuid;
use wasm_bindgen::{JsCast, JsValue};

use super::db::{committed, yield_to_browser, Db, Pacer, RECORDS};
use super::error::StoreError;
use super::keys::data_key;
use super::webcrypto::BytesKey;
use crate::domain::core::record::Record;
use crate::domain::core::record_list::ROOM_FOR_NEW;
use crate::vault::packed::unpack_into;
use crate::vault::snapshot::{Head, HEAD_KEY};
use crate::vault::stored::StoredError;

pub const SNAPSHOT: &str = "snapshot";
pub const CHANGES: &str = "changes";

/// The log entry of a write too large to log record by record (a restore, a merge):
/// a snapshot older than it is not used.
const EVERYTHING: &str = "*";

/// Writes of more records than this log `EVERYTHING` instead of each id.
const LOG_AT_MOST: usize = 1_000;

/// A longer log than this since the snapshot is read as the whole store instead.
const READ_LOG_AT_MOST: u32 = 5_000;

/// The parts and the head, keyed by text (from database version 4).
pub fn snapshot_store() -> ObjectStore {
    ObjectStore::new(SNAPSHOT)
}

/// The change log: record ids under increasing numbers (from database version 4).
pub fn changes_store() -> ObjectStore {
    ObjectStore::new(CHANGES).auto_increment(true)
}

fn codec(error: impl std::fmt::Display) -> StoreError {
    StoreError::Codec(error.to_string())
}

/// Notes in a write's own transaction (which must include `CHANGES`) that `ids` were
/// written or removed.
pub(super) async fn log_changes(tx: &Transaction, ids: &[Uuid]) -> Result<(), StoreError> {
    let log = tx.store(CHANGES)?;
    if ids.len() > LOG_AT_MOST {
        log.add(&JsValue::from_str(EVERYTHING), None).await?;
        return Ok(());
    }
    let entries = ids
        .iter()
        .map(|id| (JsValue::from_str(&id.to_string()), None));
    Ok(log.add_all(entries).await?)
}

/// The head stored, usable or not.
async fn stored_head(tx: &Transaction) -> Result<Option<Head>, StoreError> {
    let value = tx.store(SNAPSHOT)?.get(HEAD_KEY.into()).await?;
    Ok(value
        .and_then(|v| v.as_string())
        .and_then(|text| serde_json::from_str::<Head>(&text).ok()))
}

/// How far the change log goes, in `tx` (over the snapshot and the log): its last
/// entry, or when a snapshot dropped the entries it covers, that snapshot's position.
pub(super) async fn log_end(tx: &Transaction) -> Result<f64, StoreError> {
    // The log is short (a snapshot drops what it covers): its keys in one request.
    let keys = tx.store(CHANGES)?.get_all_keys(None, None).await?;
    let last = keys.last().and_then(JsValue::as_f64).unwrap_or(0.0);
    let covered = stored_head(tx).await?.map_or(0.0, |head| head.upto);
    Ok(last.max(covered))
}

/// Parts read per request: the later requests load while the first are decoded (one
/// request for all left the page idle for the whole read, a tenth of a start).
const PARTS_PER_REQUEST: u32 = 8;

type Answer = Result<Vec<JsValue>, StoreError>;

/// A request sent to IndexedDB at once, its answer awaited later.
pub(super) enum Sent {
    Answered(Answer),
    Waiting(Pin<Box<dyn Future<Output = Answer>>>),
}

impl Sent {
    /// Sends `request`: its first poll hands it to IndexedDB, which answers into the
    /// request's channel whether or not anyone waits yet.
    fn now(request: impl Future<Output = Answer> + 'static) -> Sent {
        let mut request = Box::pin(request);
        match request
            .as_mut()
            .poll(&mut Context::from_waker(Waker::noop()))
        {
            Poll::Ready(answer) => Sent::Answered(answer),
            Poll::Pending => Sent::Waiting(request),
        }
    }

    async fn answer(self) -> Answer {
        match self {
            Sent::Answered(answer) => answer,
            Sent::Waiting(request) => request.await,
        }
    }
}

/// A snapshot as read in the start-up transaction, before decoding.
pub(super) struct Read {
    pub head: Head,
    /// The requests for the parts, in order, sent.
    pub parts: Vec<Sent>,
    /// Records written since, as stored.
    pub written: Vec<JsValue>,
    /// Ids logged since that the store no longer holds.
    pub removed: HashSet<Uuid>,
    /// How many log entries it took.
    pub logged: usize,
    pub log_end: f64,
}

/// The head, when this tab can use it (`Head::readable`).
async fn usable_head(tx: &Transaction) -> Result<Option<Head>, StoreError> {
    let head = stored_head(tx).await?;
    Ok(head.filter(|head| head.readable(data_key().is_some())))
}

/// Reads the snapshot and what was written since, in the transaction `tx` (over the
/// records, the snapshot and the log); `Err(log_end)` when there is none this tab can
/// use, for a load of the whole store in the same transaction.
pub(super) async fn read(tx: &Transaction) -> Result<Result<Read, f64>, StoreError> {
    let Some(head) = usable_head(tx).await? else {
        return Ok(Err(log_end(tx).await?));
    };
    let log = tx.store(CHANGES)?;
    let since = || KeyRange::lower_bound(&head.upto.into(), Some(true)).map_err(codec);
    // One more than allowed tells a log too long to lay over.
    let keys = log
        .get_all_keys(Some(since()?), Some(READ_LOG_AT_MOST + 1))
        .await?;
    if keys.len() > READ_LOG_AT_MOST as usize {
        return Ok(Err(log_end(tx).await?));
    }
    let entries = log.get_all(Some(since()?), None).await?;
    let mut ids = Vec::new();
    for id in &entries {
        match id.as_string().as_deref() {
            Some(EVERYTHING) | None => return Ok(Err(log_end(tx).await?)),
            Some(id) => ids.extend(Uuid::parse_str(id).ok()),
        }
    }
    let log_end = keys.last().and_then(JsValue::as_f64).unwrap_or(head.upto);
    let mut parts = Vec::new();
    for (first, last) in head.part_ranges(PARTS_PER_REQUEST) {
        let range = KeyRange::bound(&first.into(), &last.into(), None, None).map_err(codec)?;
        let store = tx.store(SNAPSHOT)?;
        parts.push(Sent::now(async move {
            Ok(store.get_all(Some(range), None).await?)
        }));
    }
    let records = tx.store(RECORDS)?;
    let mut written = Vec::new();
    let mut removed = HashSet::new();
    ids.sort();
    ids.dedup();
    for id in ids {
        match records.get(id.to_string().into()).await? {
            Some(value) => written.push(value),
            None => {
                removed.insert(id);
            }
        }
    }
    Ok(Ok(Read {
        head,
        parts,
        written,
        removed,
        logged: entries.len(),
        log_end,
    }))
}

/// The records of the snapshot's parts, decoded a part at a time as their requests
/// answer, pausing for the page to paint (`Pacer`); `progress` hears how many records
/// are read. A part missing refuses the whole.
pub(super) async fn decode_parts(
    head: &Head,
    requests: Vec<Sent>,
    progress: &impl Fn(usize),
) -> Result<Vec<Record>, StoreError> {
    let key = match (data_key(), head.sealed) {
        (Some(key), true) => Some(BytesKey::new(key).await),
        (None, true) => return Err(codec(StoredError::Locked)),
        (_, false) => None,
    };
    let mut records = Vec::with_capacity(head.records + ROOM_FOR_NEW);
    let mut pacer = Pacer::new();
    let mut index = 0u32;
    for request in requests {
        for part in request.answer().await? {
            if pacer.due() {
                progress(records.len());
                pacer.pause().await;
            }
            let bytes = part
                .dyn_into::<Uint8Array>()
                .map_err(|_| codec("snapshot part is not bytes"))?
                .to_vec();
            let read = match &key {
                Some(key) => {
                    let opened = key.open(&bytes, &head.aad(index)).await.map_err(codec)?;
                    unpack_into(&opened, &mut records)
                }
                None => unpack_into(&bytes, &mut records),
            };
            read.map_err(codec)?;
            index += 1;
        }
    }
    if index != head.parts {
        return Err(codec("snapshot parts missing"));
    }
    Ok(records)
}

impl Db {
    /// Writes a new snapshot of the records as this tab holds them, which hold every
    /// change up to the log entry `log_end`; `part(i)` gives the records of part `i`
    /// (`None` past the last; `Err` gives up). Each part is written in a transaction of
    /// its own with a pause between; the head switches last, in one transaction that
    /// also drops the log it covers and the parts of older snapshots, and gives up when
    /// another tab switched to a newer one meanwhile.
    pub async fn write_snapshot(
        &self,
        log_end: f64,
        mut part: impl FnMut(usize) -> Result<Option<Vec<Record>>, StoreError>,
    ) -> Result<(), StoreError> {
        let key = data_key();
        let mut head = Head::new(0, log_end, key.is_some());
        while let Some(records) = part(head.parts as usize)? {
            let bytes = head
                .encode_part(head.parts, &records, key.as_ref())
                .map_err(codec)?;
            let tx = self
                .rexie()
                .transaction(&[SNAPSHOT], TransactionMode::ReadWrite)?;
            let part_key = JsValue::from_str(&head.part_key(head.parts));
            tx.store(SNAPSHOT)?
                .put(&Uint8Array::from(bytes.as_slice()), Some(&part_key))
                .await?;
            committed(tx).await?;
            head.parts += 1;
            head.records += records.len();
            yield_to_browser().await;
        }
        if head.parts == 0 {
            // Nothing held yet (a new phone): a load reads the empty store as fast.
            return Ok(());
        }
        let tx = self
            .rexie()
            .transaction(&[SNAPSHOT, CHANGES], TransactionMode::ReadWrite)?;
        let store = tx.store(SNAPSHOT)?;
        // A PIN set meanwhile: these parts are in clear and must not stay.
        let key_changed = head.sealed != data_key().is_some();
        let keep = match stored_head(&tx).await? {
            Some(current) if current.upto > head.upto || key_changed => Some(current),
            _ if key_changed => None,
            _ => {
                let text = serde_json::to_string(&head).map_err(codec)?;
                store
                    .put(&JsValue::from_str(&text), Some(&HEAD_KEY.into()))
                    .await?;
                let covered =
                    KeyRange::upper_bound(&head.upto.into(), Some(false)).map_err(codec)?;
                tx.store(CHANGES)?.delete(covered.into()).await?;
                Some(head)
            }
        };
        drop_parts_but(&store, keep.as_ref()).await?;
        committed(tx).await
    }

    /// Forgets the snapshot (its parts may hold names in clear once a PIN is set).
    pub async fn forget_snapshot(&self) -> Result<(), StoreError> {
        let tx = self
            .rexie()
            .transaction(&[SNAPSHOT], TransactionMode::ReadWrite)?;
        tx.store(SNAPSHOT)?.clear().await?;
        committed(tx).await
    }
}

/// Deletes every part but those of `keep` (left by older snapshots, or by one a
/// closed tab never finished).
async fn drop_parts_but(store: &rexie::Store, keep: Option<&Head>) -> Result<(), StoreError> {
    for key in store.get_all_keys(None, None).await? {
        let owned = key
            .as_string()
            .is_some_and(|key| keep.is_some_and(|head| head.owns(&key)));
        if !owned {
            store.delete(key).await?;
        }
    }
    Ok(())
}
