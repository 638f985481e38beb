//! A record as a CouchDB document: `_id` is the record id, `_rev` the server's revision,
//! the rest is the stored form of `vault::stored` sealed with the village key.

use serde_json::value::RawValue;

use crate::domain::core::record::Record;
use crate::vault::stored::{self, StoredError};
use crate::vault::DataKey;

/// The document text for `record`, replacing revision `rev` when the server has one.
pub fn to_doc(record: &Record, key: &DataKey, rev: Option<&str>) -> Result<String, StoredError> {
    let sealed = stored::encode(record, Some(key))?;
    let body = sealed
        .strip_prefix('{')
        .ok_or_else(|| StoredError::Json("not an object".into()))?;
    let rev = match rev {
        Some(rev) => format!(
            r#""_rev":{},"#,
            serde_json::to_string(rev).map_err(|e| StoredError::Json(e.to_string()))?
        ),
        None => String::new(),
    };
    Ok(format!(r#"{{"_id":"{}",{rev}{body}"#, record.id))
}

/// The record in a document (its `_id` and `_rev` are not part of it).
pub fn from_doc(raw: &RawValue, key: &DataKey) -> Result<Record, StoredError> {
    stored::decode(raw, Some(key)).map(|read| read.record)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::sample::village::{village, Size};
    use chrono::DateTime;

    fn records() -> Vec<Record> {
        village(
            Size::desa(2),
            3,
            DateTime::from_timestamp(1_800_000_000, 0).unwrap(),
        )
    }

    #[test]
    fn a_document_round_trips_with_or_without_revision_and_hides_names() {
        let key = DataKey::random().unwrap();
        for record in records() {
            for rev in [None, Some("3-abc")] {
                let text = to_doc(&record, &key, rev).unwrap();
                let value: serde_json::Value = serde_json::from_str(&text).unwrap();
                assert_eq!(value["_id"], record.id.to_string());
                assert_eq!(value["_rev"].as_str(), rev);
                assert!(value.get("payload").is_none());
                let raw = RawValue::from_string(text).unwrap();
                assert_eq!(from_doc(&raw, &key).unwrap(), record);
            }
        }
    }

    #[test]
    fn another_village_key_cannot_read_a_document() {
        let record = records().into_iter().next().unwrap();
        let text = to_doc(&record, &DataKey::random().unwrap(), None).unwrap();
        let raw = RawValue::from_string(text).unwrap();
        assert!(from_doc(&raw, &DataKey::random().unwrap()).is_err());
    }
}
