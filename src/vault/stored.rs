//! A record as IndexedDB holds it: the envelope (id, kind, times, device, deleted,
//! schema, area) always in clear so merging and indexes need no key, and the payload
//! either in clear (no PIN yet) or sealed with the data key, bound to the record's id
//! and kind.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use thiserror::Error;
use uuid::Uuid;

use super::key::{CryptoError, DataKey};
use crate::domain::core::record::{Body, Record, SCHEMA_VERSION};

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StoredError {
    #[error("record text: {0}")]
    Json(String),
    #[error(transparent)]
    Crypto(#[from] CryptoError),
    /// Sealed, and this phone has no key open.
    #[error("sealed record and no key")]
    Locked,
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

#[derive(Deserialize)]
struct StoredIn<'a> {
    id: Uuid,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    device: String,
    #[serde(default)]
    deleted: bool,
    schema: u32,
    #[serde(default)]
    area: Option<Uuid>,
    kind: String,
    #[serde(borrow, default)]
    payload: Option<&'a RawValue>,
    #[serde(default)]
    sealed: Option<String>,
}

/// The stored JSON text of `record`: payload sealed when a key is given.
pub fn encode(record: &Record, key: Option<&DataKey>) -> Result<String, StoredError> {
    let Some(key) = key else {
        return serde_json::to_string(record).map_err(json);
    };
    let kind = record.body.kind();
    let payload = body_payload(&record.body)?;
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

/// The JSON of a body's payload alone (the `payload` field of its tagged form).
fn body_payload(body: &Body) -> Result<String, StoredError> {
    #[derive(Deserialize)]
    struct Tagged<'a> {
        #[serde(borrow)]
        payload: &'a RawValue,
    }
    let tagged = serde_json::to_string(body).map_err(json)?;
    let Tagged { payload } = serde_json::from_str(&tagged).map_err(json)?;
    Ok(payload.get().to_owned())
}

/// A record read back, and whether it was stored sealed.
pub struct Decoded {
    pub record: Record,
    pub sealed: bool,
}

/// Reads one stored record; sealed payloads need `key`.
pub fn decode(raw: &RawValue, key: Option<&DataKey>) -> Result<Decoded, StoredError> {
    let stored: StoredIn = serde_json::from_str(raw.get()).map_err(json)?;
    if stored.schema > SCHEMA_VERSION {
        return Err(StoredError::Newer(stored.schema));
    }
    let opened;
    let (payload, sealed) = match (&stored.sealed, stored.payload) {
        (Some(sealed), _) => {
            let key = key.ok_or(StoredError::Locked)?;
            opened = String::from_utf8(key.open(sealed, &aad(&stored.id, &stored.kind))?)
                .map_err(|_| StoredError::Crypto(CryptoError::Malformed))?;
            (opened.as_str(), true)
        }
        (None, Some(payload)) => (payload.get(), false),
        (None, None) => return Err(StoredError::Json("no payload".into())),
    };
    let kind = serde_json::to_string(&stored.kind).map_err(json)?;
    let body: Body =
        serde_json::from_str(&format!(r#"{{"kind":{kind},"payload":{payload}}}"#)).map_err(json)?;
    Ok(Decoded {
        record: Record {
            id: stored.id,
            created_at: stored.created_at,
            updated_at: stored.updated_at,
            device: stored.device,
            deleted: stored.deleted,
            schema: stored.schema,
            area: stored.area,
            body,
        },
        sealed,
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::sample::village::{village, Size};

    fn sample() -> Vec<Record> {
        let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        village(Size::desa(3), 7, now)
    }

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
