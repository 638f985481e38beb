//! One sync with the desa's database: agree on the village key, push what this phone
//! wrote since the last push, pull the server's changes and merge them by the rule of
//! `domain/core/merge.rs`. Each batch is written and checkpointed before the next, so a
//! cut connection resumes where it stopped and nothing is doubled.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use uuid::Uuid;

use super::couch::{Couch, CouchError};
use super::{settings, webcrypto, Db, StoreError};
use crate::domain::core::admit::admit;
use crate::domain::core::merge;
use crate::domain::core::record::Record;
use crate::sync::doc::{from_doc, to_doc};
use crate::sync::exchange::{seq_text, to_send, uploads, Checkpoint, BATCH};
use crate::sync::settings::SyncSettings;
use crate::sync::village::{is_record_id, KeyDoc, KEY_DOC_ID};
use crate::vault::file::VillageKey;
use crate::vault::DataKey;

#[derive(Debug)]
pub enum SyncError {
    Couch(CouchError),
    Store(StoreError),
    /// This phone has no village passphrase yet.
    NoVillageKey,
    /// The server's village key was made on another phone: type the passphrase.
    NeedsPassphrase,
    WrongPassphrase,
    /// The server sent something that is not what CouchDB sends.
    Garbled,
}

impl From<CouchError> for SyncError {
    fn from(e: CouchError) -> Self {
        SyncError::Couch(e)
    }
}

impl From<StoreError> for SyncError {
    fn from(e: StoreError) -> Self {
        SyncError::Store(e)
    }
}

pub(super) fn garbled<E>(_: E) -> SyncError {
    SyncError::Garbled
}

/// Records sent and received by one sync, and what is known of what is left.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Outcome {
    pub sent: usize,
    pub received: usize,
    /// This phone's writes to send in this sync.
    pub to_send: usize,
    /// Changes the server still has after the last batch read, when it says (CouchDB's
    /// `pending`).
    pub pending: Option<usize>,
}

impl Outcome {
    /// Records done so far, and the total when known (for a progress bar).
    pub fn progress(&self) -> (usize, Option<usize>) {
        let done = self.sent + self.received;
        let total = self
            .pending
            .map(|left| self.to_send.max(self.sent) + self.received + left);
        (done, total)
    }
}

/// The village key both sides use: the server's, checked (or adopted from the
/// passphrase typed), or this phone's, published when the server has none.
async fn agree_key(couch: &Couch, typed: &str) -> Result<DataKey, SyncError> {
    let own = settings::village_key();
    let Some(text) = couch.call("GET", KEY_DOC_ID, None).await? else {
        let own = own.ok_or(SyncError::NoVillageKey)?;
        let doc = KeyDoc::new(&own).map_err(garbled)?;
        let body = serde_json::to_string(&doc).map_err(garbled)?;
        couch.call("PUT", KEY_DOC_ID, Some(&body)).await?;
        return Ok(own.key);
    };
    let doc: KeyDoc = serde_json::from_str(&text).map_err(garbled)?;
    if let Some(own) = own.filter(|own| own.kdf == doc.kdf) {
        return if doc.opens_with(&own.key) {
            Ok(own.key)
        } else {
            Err(SyncError::WrongPassphrase)
        };
    }
    let key = key_from_passphrase(&doc, typed).await?;
    settings::save_village_key(&VillageKey {
        kdf: doc.kdf,
        key: key.clone(),
    })?;
    Ok(key)
}

/// The village key the server's key document names, from the passphrase typed.
pub(super) async fn key_from_passphrase(doc: &KeyDoc, typed: &str) -> Result<DataKey, SyncError> {
    if typed.trim().is_empty() {
        return Err(SyncError::NeedsPassphrase);
    }
    let key = webcrypto::derive(typed.trim(), &doc.kdf)
        .await
        .map_err(garbled)?;
    if doc.opens_with(&key) {
        Ok(key)
    } else {
        Err(SyncError::WrongPassphrase)
    }
}

#[derive(Deserialize)]
struct Rows<'a> {
    #[serde(borrow)]
    rows: Vec<Row<'a>>,
}

#[derive(Deserialize)]
struct Row<'a> {
    #[serde(borrow, default)]
    doc: Option<&'a RawValue>,
}

#[derive(Deserialize)]
struct Rev {
    #[serde(rename = "_rev")]
    rev: String,
}

#[derive(Serialize)]
struct Keys<'a> {
    keys: &'a [String],
}

/// The server's copies of `ids`: revision and record.
async fn server_copies(
    couch: &Couch,
    key: &DataKey,
    ids: &[String],
) -> Result<HashMap<Uuid, (String, Record)>, SyncError> {
    let body = serde_json::to_string(&Keys { keys: ids }).map_err(garbled)?;
    let text = couch
        .call("POST", "_all_docs?include_docs=true", Some(&body))
        .await?
        .ok_or(SyncError::Garbled)?;
    let rows: Rows = serde_json::from_str(&text).map_err(garbled)?;
    let mut copies = HashMap::new();
    for doc in rows.rows.into_iter().filter_map(|row| row.doc) {
        let rev: Rev = serde_json::from_str(doc.get()).map_err(garbled)?;
        let record = from_doc(doc, key).map_err(|_| SyncError::WrongPassphrase)?;
        copies.insert(record.id, (rev.rev, record));
    }
    Ok(copies)
}

/// The path of the batch of the `_changes` feed (documents included) after `since`.
pub(super) fn changes_path(since: &str) -> String {
    format!(
        "_changes?include_docs=true&limit={BATCH}&since={}",
        js_sys::encode_uri_component(since)
    )
}

/// One batch of the server's `_changes` feed.
#[derive(Deserialize)]
pub(super) struct Changes<'a> {
    #[serde(borrow)]
    pub(super) results: Vec<Change<'a>>,
    #[serde(default)]
    pending: Option<usize>,
    #[serde(borrow)]
    pub(super) last_seq: &'a RawValue,
}

impl Changes<'_> {
    /// The batch's records opened with the village key; those that break
    /// `core::admit` (a date from the future, before 1900) are not taken.
    pub(super) fn records(
        &self,
        key: &DataKey,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Vec<Record>, SyncError> {
        Ok(self
            .results
            .iter()
            .filter(|c| is_record_id(&c.id))
            .filter_map(|c| c.doc)
            .map(|doc| from_doc(doc, key).map_err(|_| SyncError::WrongPassphrase))
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .filter(|record| admit(record, now).is_ok())
            .collect())
    }
}

#[derive(Deserialize)]
pub(super) struct Change<'a> {
    id: String,
    #[serde(borrow, default)]
    doc: Option<&'a RawValue>,
}

/// One sync under way: the server, the village key, how far it got, and what it did.
struct Run<'a, P: Fn(Outcome)> {
    couch: &'a Couch,
    key: &'a DataKey,
    checkpoint: Checkpoint,
    outcome: Outcome,
    /// The records the pull wrote here, for the screens.
    received: Vec<Record>,
    progress: P,
}

impl<P: Fn(Outcome)> Run<'_, P> {
    /// Saves how far the sync got and shows it.
    fn step(&self) -> Result<(), SyncError> {
        settings::save_sync_checkpoint(&self.checkpoint)?;
        (self.progress)(self.outcome);
        Ok(())
    }

    /// Sends this phone's writes since the checkpoint, batch by batch; `false` when a
    /// batch met a conflict and must be sent again.
    async fn push(&mut self, records: &[Record]) -> Result<bool, SyncError> {
        let waiting = to_send(records, self.checkpoint.sent_until);
        self.outcome.to_send = waiting.len();
        self.step()?;
        for batch in waiting.chunks(BATCH) {
            let ids: Vec<String> = batch.iter().map(|r| r.id.to_string()).collect();
            let server = server_copies(self.couch, self.key, &ids).await?;
            let docs = uploads(batch, &server)
                .into_iter()
                .map(|(record, rev)| to_doc(record, self.key, rev.as_deref()))
                .collect::<Result<Vec<_>, _>>()
                .map_err(garbled)?;
            if !docs.is_empty() {
                let body = format!(r#"{{"docs":[{}]}}"#, docs.join(","));
                let answer = self
                    .couch
                    .call("POST", "_bulk_docs", Some(&body))
                    .await?
                    .ok_or(SyncError::Garbled)?;
                if answer.contains(r#""error""#) {
                    // Someone wrote in between: send this batch again next time.
                    return Ok(false);
                }
                self.outcome.sent += docs.len();
            }
            self.checkpoint.sent_until = batch.last().map(|r| r.updated_at);
            self.step()?;
        }
        Ok(true)
    }

    /// Reads the server's changes since the checkpoint, merging each batch. Records that
    /// break `core::admit` (a date from the future, before 1900) are not taken. After a
    /// complete push, what was pulled is marked as already on the server.
    async fn pull(
        &mut self,
        db: &Db,
        held: &mut HashMap<Uuid, Record>,
        pushed_all: bool,
    ) -> Result<(), SyncError> {
        let now = chrono::Utc::now();
        loop {
            let text = self
                .couch
                .call("GET", &changes_path(self.checkpoint.since()), None)
                .await?
                .ok_or(SyncError::Garbled)?;
            let changes: Changes = serde_json::from_str(&text).map_err(garbled)?;
            let incoming = changes.records(self.key, now)?;
            if pushed_all {
                self.checkpoint
                    .caught_up(incoming.iter().map(|r| r.updated_at));
            }
            let plan = merge::plan(held, incoming);
            db.put_merged(&plan, now).await?;
            self.outcome.received += plan.to_write.len();
            for record in plan.to_write {
                held.insert(record.id, record.clone());
                self.received.push(record);
            }
            self.checkpoint.since = seq_text(changes.last_seq);
            self.outcome.pending = changes.pending;
            self.step()?;
            if changes.results.len() < BATCH {
                return Ok(());
            }
        }
    }
}

/// Keeps the checkpoint on the server too (`_local`, never replicated), for whoever
/// looks after the database.
async fn publish_checkpoint(couch: &Couch, device: &str, checkpoint: &Checkpoint) {
    let path = format!("_local/bakti-{device}");
    let rev = match couch.call("GET", &path, None).await {
        Ok(Some(text)) => serde_json::from_str::<Rev>(&text).ok().map(|r| r.rev),
        _ => None,
    };
    let mut body = serde_json::to_value(checkpoint).unwrap_or_default();
    if let (Some(rev), Some(map)) = (rev, body.as_object_mut()) {
        map.insert("_rev".into(), rev.into());
    }
    let _ = couch.call("PUT", &path, Some(&body.to_string())).await;
}

/// One full sync of `records` (this phone's, tombstones included); returns what it did
/// and the records it wrote here.
pub async fn sync(
    db: &Db,
    server: &SyncSettings,
    typed_passphrase: &str,
    records: Vec<Record>,
    device: &str,
    progress: impl Fn(Outcome),
) -> Result<(Outcome, Vec<Record>), SyncError> {
    let couch = Couch::new(server);
    couch.call("GET", "", None).await?;
    let key = agree_key(&couch, typed_passphrase).await?;
    let mut run = Run {
        couch: &couch,
        key: &key,
        checkpoint: settings::sync_checkpoint(),
        outcome: Outcome::default(),
        received: Vec::new(),
        progress,
    };
    let pushed_all = run.push(&records).await?;
    let mut held: HashMap<Uuid, Record> = records.into_iter().map(|r| (r.id, r)).collect();
    run.pull(db, &mut held, pushed_all).await?;
    publish_checkpoint(&couch, device, &run.checkpoint).await;
    Ok((run.outcome, run.received))
}
