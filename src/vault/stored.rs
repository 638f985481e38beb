//! A record as IndexedDB holds it: the envelope (id, kind, times, device, deleted,
//! schema, area) always in clear so merging and indexes need no key, and the payload
//! either in clear (no PIN yet) or sealed with the data key, bound to the record's id
//! and kind.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::value::RawValue;
use thiserror::Error;
use uuid::Uuid;

use super::key::{CryptoError, DataKey};
use crate::domain::core::record::{Body, BodyError, Record, SCHEMA_VERSION};
use crate::domain::core::record_read::RecordParts;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StoredError {
    #[error("record text: {0}")]
    Json(String),
    /// A snapshot part's bytes (`packed.rs`) that cannot be read.
    #[error("packed records: {0}")]
    Packed(String),
    #[error(transparent)]
    Crypto(#[from] CryptoError),
    /// Sealed, and this phone has no key open.
    #[error("sealed record and no key")]
    Locked,
    #[error(transparent)]
    Body(#[from] BodyError),
    /// Written by a newer app.
    #[error("schema {0} is newer than this app")]
    Newer(u32),
}

fn json(error: serde_json::Error) -> StoredError {
    StoredError::Json(error.to_string())
}

fn aad(id: &Uuid, kind: &str) -> Vec<u8> {
    let mut aad = id.as_bytes().to_vec();
    aad.extend_from_slice(kind.as_bytes());
    aad
}

#[derive(Serialize)]
struct SealedOut<'a> {
    id: Uuid,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    device: &'a str,
    deleted: bool,
    schema: u32,
    area: Option<Uuid>,
    kind: &'static str,
    sealed: String,
}

/// The stored JSON text of `record`: payload sealed when a key is given.
pub fn encode(record: &Record, key: Option<&DataKey>) -> Result<String, StoredError> {
    let Some(key) = key else {
        return serde_json::to_string(record).map_err(json);
    };
    let kind = record.body.kind();
    let payload = record.body.payload_json().map_err(json)?;
    let out = SealedOut {
        id: record.id,
        created_at: record.created_at,
        updated_at: record.updated_at,
        device: &record.device,
        deleted: record.deleted,
        schema: record.schema,
        area: record.area,
        kind,
        sealed: key.seal(payload.as_bytes(), &aad(&record.id, kind))?,
    };
    serde_json::to_string(&out).map_err(json)
}

/// The JSON array of `records` in clear stored form: how a kecamatan's desa copy holds
/// a desa's records in one value (the start-up snapshot packs them: `packed.rs`).
pub fn encode_all(records: &[Record]) -> Result<String, StoredError> {
    let mut text = String::from("[");
    for (i, record) in records.iter().enumerate() {
        if i > 0 {
            text.push(',');
        }
        text.push_str(&encode(record, None)?);
    }
    text.push(']');
    Ok(text)
}

/// The records of such a JSON array (a kecamatan's desa copy), in one pass.
pub fn read_records(bytes: &[u8]) -> Result<Vec<Record>, StoredError> {
    // Read as text like every other record: one copy of the readers in the app.
    let text = std::str::from_utf8(bytes).map_err(|e| StoredError::Json(e.to_string()))?;
    let records: Vec<Record> = serde_json::from_str(text).map_err(json)?;
    match records
        .iter()
        .map(|r| r.schema)
        .find(|s| *s > SCHEMA_VERSION)
    {
        Some(newer) => Err(StoredError::Newer(newer)),
        None => Ok(records),
    }
}

/// A record read back, and whether it was stored sealed.
pub struct Decoded {
    pub record: Record,
    pub sealed: bool,
}

/// Reads one stored record in one pass (`record_read.rs`); sealed payloads need `key`.
pub fn decode(raw: &RawValue, key: Option<&DataKey>) -> Result<Decoded, StoredError> {
    let mut parts: RecordParts = serde_json::from_str(raw.get()).map_err(json)?;
    if parts.schema > SCHEMA_VERSION {
        return Err(StoredError::Newer(parts.schema));
    }
    let (body, sealed) = match (&parts.sealed, parts.payload.take()) {
        (Some(sealed), _) => {
            let key = key.ok_or(StoredError::Locked)?;
            let payload = String::from_utf8(key.open(sealed, &aad(&parts.id, &parts.kind))?)
                .map_err(|_| StoredError::Crypto(CryptoError::Malformed))?;
            (Body::from_parts(&parts.kind, &payload)?, true)
        }
        (None, Some(payload)) => (RecordParts::clear_body(payload, &parts.kind)?, false),
        (None, None) => return Err(StoredError::Json("no payload".into())),
    };
    Ok(Decoded {
        record: parts.with_body(body),
        sealed,
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::sample::village::three_families as sample;

    fn raw(text: &str) -> Box<RawValue> {
        RawValue::from_string(text.to_owned()).unwrap()
    }

    #[test]
    fn clear_and_sealed_forms_read_back_the_same_records() {
        let key = DataKey::random().unwrap();
        for record in sample() {
            let clear = encode(&record, None).unwrap();
            let read = decode(&raw(&clear), Some(&key)).unwrap();
            assert_eq!((read.record, read.sealed), (record.clone(), false));
            let sealed = encode(&record, Some(&key)).unwrap();
            let read = decode(&raw(&sealed), Some(&key)).unwrap();
            assert_eq!((read.record, read.sealed), (record, true));
        }
    }

    #[test]
    fn a_sealed_record_shows_its_envelope_and_no_personal_text() {
        let key = DataKey::random().unwrap();
        let records = sample();
        let person = records
            .iter()
            .find_map(|r| match &r.body {
                Body::Person(p) => Some((r, p.name.clone())),
                _ => None,
            })
            .unwrap();
        let sealed = encode(person.0, Some(&key)).unwrap();
        assert!(!sealed.contains(&person.1), "{sealed}");
        assert!(!sealed.contains("payload"));
        let value: serde_json::Value = serde_json::from_str(&sealed).unwrap();
        assert_eq!(value["kind"], "person");
        assert_eq!(value["id"], person.0.id.to_string());
        assert!(value["updated_at"].is_string());
    }

    #[test]
    fn sealed_records_need_the_right_key_and_stay_on_their_own_id() {
        let key = DataKey::random().unwrap();
        let records = sample();
        let first = records.first().unwrap();
        let sealed = encode(first, Some(&key)).unwrap();
        assert_eq!(decode(&raw(&sealed), None).err(), Some(StoredError::Locked));
        let other = DataKey::random().unwrap();
        assert_eq!(
            decode(&raw(&sealed), Some(&other)).err(),
            Some(StoredError::Crypto(CryptoError::WrongKey))
        );
        let moved = sealed.replace(&first.id.to_string(), &Uuid::new_v4().to_string());
        assert_eq!(
            decode(&raw(&moved), Some(&key)).err(),
            Some(StoredError::Crypto(CryptoError::WrongKey))
        );
    }

    #[test]
    fn a_newer_schema_is_not_half_read() {
        let record = sample().into_iter().next().unwrap();
        let text = encode(&record, None)
            .unwrap()
            .replace(r#""schema":1"#, r#""schema":99"#);
        assert_eq!(
            decode(&raw(&text), None).err(),
            Some(StoredError::Newer(99))
        );
    }
}
