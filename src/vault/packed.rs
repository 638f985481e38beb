//! Records packed for the start-up snapshot: one after another in postcard's compact
//! binary form, the envelope as numbers and bytes (an id is 16 bytes, a write time two
//! integers) and the payload as its JSON text. Reading the envelope as JSON text — field
//! names, 36-character ids, RFC 3339 times — was half of decoding a 2 000-family desa
//! at start-up; the payloads keep the one reader every stored record goes through.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::stored::StoredError;
use crate::domain::core::record::{Body, Record, SCHEMA_VERSION};

/// A record as packed; the payload is its kind's JSON.
#[derive(Serialize, Deserialize)]
struct Packed<'a> {
    id: Uuid,
    created_at: Time,
    updated_at: Time,
    device: &'a str,
    deleted: bool,
    schema: u32,
    area: Option<Uuid>,
    kind: &'a str,
    payload: &'a str,
}

/// A write time to the nanosecond, as `DateTime` holds it.
#[derive(Serialize, Deserialize)]
struct Time {
    seconds: i64,
    nanos: u32,
}

impl From<DateTime<Utc>> for Time {
    fn from(time: DateTime<Utc>) -> Time {
        Time {
            seconds: time.timestamp(),
            nanos: time.timestamp_subsec_nanos(),
        }
    }
}

impl Time {
    fn read(&self) -> Result<DateTime<Utc>, StoredError> {
        DateTime::from_timestamp(self.seconds, self.nanos)
            .ok_or_else(|| StoredError::Packed("write time out of range".into()))
    }
}

fn unreadable(error: postcard::Error) -> StoredError {
    StoredError::Packed(error.to_string())
}

/// `records` packed one after another.
pub fn pack(records: &[Record]) -> Result<Vec<u8>, StoredError> {
    let mut bytes = Vec::new();
    for record in records {
        let payload = record
            .body
            .payload_json()
            .map_err(|e| StoredError::Json(e.to_string()))?;
        let packed = Packed {
            id: record.id,
            created_at: record.created_at.into(),
            updated_at: record.updated_at.into(),
            device: &record.device,
            deleted: record.deleted,
            schema: record.schema,
            area: record.area,
            kind: record.body.kind(),
            payload: &payload,
        };
        bytes = postcard::to_extend(&packed, bytes).map_err(unreadable)?;
    }
    Ok(bytes)
}

/// The records `pack` wrote, added to the end of `records` (the parts of a snapshot go
/// onto one vector). Any record that cannot be read refuses the whole; on an error
/// `records` may hold some of them.
pub fn unpack_into(mut bytes: &[u8], records: &mut Vec<Record>) -> Result<(), StoredError> {
    while !bytes.is_empty() {
        let (record, rest) = postcard::take_from_bytes::<Packed>(bytes).map_err(unreadable)?;
        if record.schema > SCHEMA_VERSION {
            return Err(StoredError::Newer(record.schema));
        }
        records.push(Record {
            id: record.id,
            created_at: record.created_at.read()?,
            updated_at: record.updated_at.read()?,
            device: record.device.to_owned(),
            deleted: record.deleted,
            schema: record.schema,
            area: record.area,
            body: Body::from_parts(record.kind, record.payload)?,
        });
        bytes = rest;
    }
    Ok(())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::sample::village::three_families as sample;

    fn unpack(bytes: &[u8]) -> Result<Vec<Record>, StoredError> {
        let mut records = Vec::new();
        unpack_into(bytes, &mut records).map(|()| records)
    }

    #[test]
    fn records_read_back_as_they_were_to_the_nanosecond() {
        let mut records = sample();
        records[0].updated_at = DateTime::from_timestamp(1_800_000_000, 123_456_789).unwrap();
        assert_eq!(unpack(&pack(&records).unwrap()).unwrap(), records);
        assert_eq!(unpack(&[]).unwrap(), []);
    }

    #[test]
    fn packed_is_smaller_than_the_stored_json() {
        let records = sample();
        let json = super::super::stored::encode_all(&records).unwrap();
        let packed = pack(&records).unwrap();
        assert!(
            packed.len() * 10 < json.len() * 7,
            "{} vs {}",
            packed.len(),
            json.len()
        );
    }

    #[test]
    fn a_cut_or_garbled_part_is_refused() {
        let records = sample();
        let bytes = pack(&records).unwrap();
        assert!(unpack(&bytes[..bytes.len() - 1]).is_err(), "cut short");
        let mut garbled = bytes.clone();
        let kind = bytes.windows(6).position(|w| w == b"person").unwrap();
        garbled[kind] = b'q';
        assert!(matches!(unpack(&garbled), Err(StoredError::Body(_))));
    }

    #[test]
    fn a_newer_schema_is_not_half_read() {
        let mut records = sample();
        records[1].schema = SCHEMA_VERSION + 1;
        assert_eq!(
            unpack(&pack(&records).unwrap()),
            Err(StoredError::Newer(SCHEMA_VERSION + 1))
        );
    }
}
