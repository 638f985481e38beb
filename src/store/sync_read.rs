//! A desa read once from its CouchDB database for the kecamatan view (issue 11: a PKB/
//! PLKB adds several desa read-only). Nothing is sent, the desa's key is not kept on
//! this phone, no checkpoint is saved: each read takes the whole database again.

use std::collections::HashMap;

use uuid::Uuid;

use super::couch::{Couch, CouchError};
use super::sync::{changes_path, garbled, key_from_passphrase, Changes, SyncError};
use crate::domain::core::merge;
use crate::domain::core::record::Record;
use crate::sync::exchange::{seq_text, BATCH};
use crate::sync::settings::SyncSettings;
use crate::sync::village::{KeyDoc, KEY_DOC_ID};

/// Every record of the desa's database, opened with the passphrase typed: the latest
/// version of each, tombstones included (the reports leave them out).
pub async fn read_desa(server: &SyncSettings, passphrase: &str) -> Result<Vec<Record>, SyncError> {
    let couch = Couch::new(server);
    couch.call("GET", "", None).await?;
    // A database no phone has synced yet holds no village key, and nothing to read.
    let text = couch
        .call("GET", KEY_DOC_ID, None)
        .await?
        .ok_or(SyncError::Couch(CouchError::NoDatabase))?;
    let doc: KeyDoc = serde_json::from_str(&text).map_err(garbled)?;
    let key = key_from_passphrase(&doc, passphrase).await?;
    let now = chrono::Utc::now();
    let mut since = "0".to_owned();
    let mut read: HashMap<Uuid, Record> = HashMap::new();
    loop {
        let text = couch
            .call("GET", &changes_path(&since), None)
            .await?
            .ok_or(SyncError::Garbled)?;
        let changes: Changes = serde_json::from_str(&text).map_err(garbled)?;
        for record in merge::plan(&read, changes.records(&key, now)?).to_write {
            read.insert(record.id, record);
        }
        since = seq_text(changes.last_seq);
        if changes.results.len() < BATCH {
            return Ok(read.into_values().collect());
        }
    }
}
