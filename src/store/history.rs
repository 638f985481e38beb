//! Versions a merge set aside (`domain/core/history.rs`) in an object store of their
//! own: each entry holds the record's stored form (sealed under a PIN like the records),
//! when it was set aside, and a key that keeps one entry per version. Indexed by the
//! record's id and by the time set aside (neither is personal).

use chrono::{DateTime, Utc};
use rexie::{Index, KeyRange, ObjectStore, TransactionMode};
use serde::Deserialize;
use serde_json::value::RawValue;
use uuid::Uuid;
use wasm_bindgen::JsValue;

use super::db::{committed, js_values, Db, RECORDS};
use super::error::StoreError;
use super::keys::data_key;
use crate::domain::core::history::{self, SetAside};
use crate::domain::core::merge::MergePlan;
use crate::vault::stored;

pub const HISTORY: &str = "history";

/// The history store, from database version 3.
pub fn history_store() -> ObjectStore {
    ObjectStore::new(HISTORY)
        .key_path("key")
        .add_index(Index::new("id", "record.id"))
        .add_index(Index::new("set_aside_at", "set_aside_at"))
}

fn codec(error: impl std::fmt::Display) -> StoreError {
    StoreError::Codec(error.to_string())
}

fn to_js(entry: &SetAside) -> Result<JsValue, StoreError> {
    let record = stored::encode(&entry.record, data_key().as_ref()).map_err(codec)?;
    let key = serde_json::to_string(&history::key(&entry.record)).map_err(codec)?;
    let at = history::time_key(entry.set_aside_at);
    let text = format!(r#"{{"key":{key},"set_aside_at":"{at}","record":{record}}}"#);
    js_sys::JSON::parse(&text).map_err(|e| codec(format!("{e:?}")))
}

/// An entry read back; `None` when it cannot be read (sealed and no key, or garbled).
fn from_js(value: &JsValue) -> Option<(SetAside, bool)> {
    #[derive(Deserialize)]
    struct Entry<'a> {
        set_aside_at: DateTime<Utc>,
        #[serde(borrow)]
        record: &'a RawValue,
    }
    let text = js_sys::JSON::stringify(value).ok()?.as_string()?;
    let entry: Entry = serde_json::from_str(&text).ok()?;
    let read = stored::decode(entry.record, data_key().as_ref()).ok()?;
    Some((
        SetAside {
            record: read.record,
            set_aside_at: entry.set_aside_at,
        },
        read.sealed,
    ))
}

impl Db {
    /// Writes a merge in one transaction: the kept versions as the records, the
    /// versions set aside in the history.
    pub async fn put_merged(&self, plan: &MergePlan, now: DateTime<Utc>) -> Result<(), StoreError> {
        let records = js_values(&plan.to_write)?;
        let aside = plan
            .set_aside
            .iter()
            .map(|record| {
                to_js(&SetAside {
                    record: record.clone(),
                    set_aside_at: now,
                })
                .map(|value| (value, None))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let tx = self.writing(&[RECORDS, HISTORY])?;
        tx.store(RECORDS)?.put_all(records.into_iter()).await?;
        tx.store(HISTORY)?.put_all(aside.into_iter()).await?;
        self.log(&tx, plan.to_write.iter().map(|r| r.id)).await?;
        committed(tx).await
    }

    /// The versions set aside of the records `ids`, latest first.
    pub async fn history_of(&self, ids: &[Uuid]) -> Result<Vec<SetAside>, StoreError> {
        let tx = self
            .rexie()
            .transaction(&[HISTORY], TransactionMode::ReadOnly)?;
        let index = tx.store(HISTORY)?.index("id")?;
        let mut found = Vec::new();
        for id in ids {
            let only = KeyRange::only(&id.to_string().into()).map_err(codec)?;
            let values = index.get_all(Some(only), None).await?;
            found.extend(values.iter().filter_map(from_js).map(|(entry, _)| entry));
        }
        found.sort_by_key(|entry| std::cmp::Reverse(entry.record.updated_at));
        Ok(found)
    }

    /// Drops the versions set aside more than `history::KEEP_DAYS` ago.
    pub async fn prune_history(&self, now: DateTime<Utc>) -> Result<(), StoreError> {
        let tx = self
            .rexie()
            .transaction(&[HISTORY], TransactionMode::ReadWrite)?;
        let store = tx.store(HISTORY)?;
        let cutoff = history::time_key(history::cutoff(now));
        let before = KeyRange::upper_bound(&cutoff.into(), Some(true)).map_err(codec)?;
        for key in store
            .index("set_aside_at")?
            .get_all_keys(Some(before), None)
            .await?
        {
            store.delete(key).await?;
        }
        committed(tx).await
    }

    /// Rewrites sealed every entry still in clear (the PIN was set after it was kept).
    pub(super) async fn seal_history(&self) -> Result<(), StoreError> {
        let tx = self
            .rexie()
            .transaction(&[HISTORY], TransactionMode::ReadOnly)?;
        let clear: Vec<SetAside> = tx
            .store(HISTORY)?
            .get_all(None, None)
            .await?
            .iter()
            .filter_map(from_js)
            .filter(|(_, sealed)| !sealed)
            .map(|(entry, _)| entry)
            .collect();
        if clear.is_empty() || data_key().is_none() {
            return Ok(());
        }
        let values = clear
            .iter()
            .map(|entry| to_js(entry).map(|value| (value, None)))
            .collect::<Result<Vec<_>, _>>()?;
        let tx = self
            .rexie()
            .transaction(&[HISTORY], TransactionMode::ReadWrite)?;
        tx.store(HISTORY)?.put_all(values.into_iter()).await?;
        committed(tx).await
    }
}
