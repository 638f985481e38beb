//! Records packed for the start-up snapshot: one after another in postcard's compact
//! binary form, each its envelope (an id is 16 bytes, a write time two integers) then
//! its payload (`Body::pack_payload`). Field names, 36-character ids and RFC 3339 times
//! as JSON text were most of decoding a 2 000-family desa at start-up: a weighing is
//! 76 bytes packed, 362 as JSON, and reads four times as fast.
//!
//! Postcard writes fields and enum variants by position, so the packed form changes
//! whenever a payload type does (a field added or moved, a variant inserted). The test
//! `the_packed_shapes_are_the_ones_of_this_format` traces every type into
//! `packed_shapes.json` and fails until `FORMAT` is raised with them: a snapshot
//! of another format is never read (the store is), so a changed type is never misread.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::stored::StoredError;
use crate::domain::core::record::{Body, Record, SCHEMA_VERSION};

/// The packed form this build writes and reads: raised whenever a packed type changes
/// (the shapes test says when). `0` was a JSON array, `1` JSON payloads, `2` dates
/// as text.
pub const FORMAT: u32 = 3;

/// A record's envelope as packed; its payload follows.
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
        let packed = Packed {
            id: record.id,
            created_at: record.created_at.into(),
            updated_at: record.updated_at.into(),
            device: &record.device,
            deleted: record.deleted,
            schema: record.schema,
            area: record.area,
            kind: record.body.kind(),
        };
        bytes = postcard::to_extend(&packed, bytes).map_err(unreadable)?;
        bytes = record.body.pack_payload(bytes).map_err(unreadable)?;
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
        let (body, rest) = Body::unpack_payload(record.kind, rest)?;
        records.push(Record {
            id: record.id,
            created_at: record.created_at.read()?,
            updated_at: record.updated_at.read()?,
            device: record.device.to_owned(),
            deleted: record.deleted,
            schema: record.schema,
            area: record.area,
            body,
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
    fn a_generated_desa_reads_back_record_for_record() {
        let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let records =
            crate::sample::village::village(crate::sample::village::Size::desa(30), 7, now);
        let kinds: std::collections::BTreeSet<&str> =
            records.iter().map(|r| r.body.kind()).collect();
        assert!(kinds.len() >= 10, "{kinds:?}");
        assert_eq!(unpack(&pack(&records).unwrap()).unwrap(), records);
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

    /// Every packed type's shape as postcard sees it, with the format they belong to.
    fn traced_shapes() -> String {
        use serde_reflection::{Samples, Tracer, TracerConfig};
        // Defaults a date, a time and an id accept, so that every type can be traced.
        let config = TracerConfig::default()
            .default_borrowed_str_value("2026-12-05")
            .default_string_value("2026-12-05".into())
            .default_borrowed_bytes_value(&[1; 16])
            .default_byte_buf_value(vec![1; 16]);
        let mut tracer = Tracer::new(config);
        let samples = Samples::new();
        tracer.trace_type::<Packed>(&samples).unwrap();
        Body::trace_payloads(&mut tracer, &samples).unwrap();
        // Each enum inside a payload, for all its variants (a new one is named by
        // `registry()` as missing until it is listed here).
        use crate::domain::core::{area, family, fields, person};
        use crate::domain::{group, kb, posyandu, tpk};
        use crate::growth;
        macro_rules! every_variant {
            ($($enum:ty),+) => { $(tracer.trace_simple_type::<$enum>().unwrap();)+ };
        }
        every_variant!(
            group::activity::ActivityKind,
            area::AreaLevel,
            group::cash::CashKind,
            person::Education,
            growth::weight_gain::Gain,
            family::HouseCondition,
            family::Latrine,
            person::MaritalStatus,
            kb::status::Method,
            growth::zscore::Position,
            person::Relation,
            growth::Sex,
            kb::supply::SupplyItem,
            tpk::visit::Target,
            posyandu::immunisation::Vaccine,
            family::WaterSource,
            kb::status::Wish,
            fields::YesNo
        );
        let shapes = serde_json::json!({ "format": FORMAT, "shapes": tracer.registry().unwrap() });
        serde_json::to_string_pretty(&shapes).unwrap() + "\n"
    }

    #[test]
    fn the_packed_shapes_are_the_ones_of_this_format() {
        const FILE: &str = "src/vault/packed_shapes.json";
        let kept = include_str!("packed_shapes.json");
        let traced = traced_shapes();
        if traced == kept {
            return;
        }
        let kept_format = serde_json::from_str::<serde_json::Value>(kept).unwrap()["format"]
            .as_u64()
            .unwrap();
        if kept_format == u64::from(FORMAT) {
            panic!(
                "a packed type changed, so snapshots of format {FORMAT} would be misread: \
                 raise packed::FORMAT, then write the new shapes with \
                 BAKTI_WRITE_SHAPES=1 cargo test --lib packed"
            );
        }
        assert!(
            std::env::var_os("BAKTI_WRITE_SHAPES").is_some(),
            "{FILE} is not of format {FORMAT}: write it with \
             BAKTI_WRITE_SHAPES=1 cargo test --lib packed"
        );
        std::fs::write(FILE, traced).unwrap();
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
