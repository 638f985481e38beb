//! The start-up snapshot: every record of the phone in a few large parts, so opening a
//! village reads about fifty values instead of 100 000 objects (the browser spent
//! three seconds of a cheap phone's start-up turning those objects into JavaScript and
//! one more turning them into text). The records store stays the truth: the snapshot
//! says up to which entry of the change log it holds (`upto`), and the records written
//! after that are read from the store and laid over it (`overlay`).
//!
//! A part is the JSON array of its records in clear stored form, as bytes, sealed whole under
//! the data key when one is open, bound to its generation and place so a part of an
//! older snapshot or another position cannot stand in for it.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::de::{SeqAccess, Visitor};
use serde::{Deserialize, Deserializer as _, Serialize};
use uuid::Uuid;

use super::key::DataKey;
use super::stored::{self, StoredError};
use crate::domain::core::record::{Record, SCHEMA_VERSION};

/// Records per part: a part is about half a megabyte of text, small enough to decode
/// between two paints of a cheap phone.
pub const PART_RECORDS: usize = 1_000;

/// Change-log entries worth a new snapshot: laying them over costs one read each.
pub const REWRITE_AFTER: usize = 200;

/// The head of a snapshot: which generation, how many parts and records, the
/// change-log position it holds, and whether its parts are sealed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Head {
    pub generation: Uuid,
    pub parts: u32,
    pub records: usize,
    pub upto: f64,
    pub sealed: bool,
}

/// The key of the head among the parts.
pub const HEAD_KEY: &str = "head";

impl Head {
    pub fn new(parts: u32, upto: f64, sealed: bool) -> Head {
        Head {
            generation: Uuid::new_v4(),
            parts,
            records: 0,
            upto,
            sealed,
        }
    }

    /// The store key of part `index`; zero-padded so keys sort in part order.
    pub fn part_key(&self, index: u32) -> String {
        format!("{}/{index:06}", self.generation)
    }

    /// The first and last key of this generation's parts (a key range).
    pub fn part_range(&self) -> (String, String) {
        (
            self.part_key(0),
            self.part_key(self.parts.saturating_sub(1)),
        )
    }

    /// Whether `key` names a part of this generation (others are left from an
    /// earlier snapshot or one never finished).
    pub fn owns(&self, key: &str) -> bool {
        key == HEAD_KEY || key.starts_with(&format!("{}/", self.generation))
    }

    /// What binds part `index` to its place when sealed.
    pub fn aad(&self, index: u32) -> Vec<u8> {
        self.part_key(index).into_bytes()
    }

    /// The stored bytes of part `index`: its records in clear stored form (JSON), sealed
    /// whole when the head says so (then `key` is needed). Bytes, not text: the browser
    /// copies them into the app as they are, where 47 MB of text took a cheap phone a
    /// third of a second to convert.
    pub fn encode_part(
        &self,
        index: u32,
        records: &[Record],
        key: Option<&DataKey>,
    ) -> Result<Vec<u8>, StoredError> {
        let text = stored::encode_all(records)?;
        match (self.sealed, key) {
            (false, _) => Ok(text.into_bytes()),
            (true, Some(key)) => Ok(key.seal_bytes(text.as_bytes(), &self.aad(index))?),
            (true, None) => Err(StoredError::Locked),
        }
    }

    /// Part `index` read back. Any record that cannot be read makes the whole part
    /// unreadable: the snapshot is then not used and the store is read instead.
    pub fn decode_part(
        &self,
        index: u32,
        bytes: &[u8],
        key: Option<&DataKey>,
    ) -> Result<Vec<Record>, StoredError> {
        if !self.sealed {
            return read_records(bytes);
        }
        let key = key.ok_or(StoredError::Locked)?;
        read_records(&key.open_bytes(bytes, &self.aad(index))?)
    }
}

/// The records of a part's JSON once opened: in one pass, as they are in clear inside.
pub fn read_records(json: &[u8]) -> Result<Vec<Record>, StoredError> {
    let mut records = Vec::new();
    read_records_into(json, &mut records)?;
    Ok(records)
}

/// As `read_records`, added to the end of `records`: the parts of a snapshot go
/// straight into one vector, not through a vector per part (26 MB moved again for a
/// 2 000-family desa). On an error `records` may hold some of the part.
pub fn read_records_into(json: &[u8], records: &mut Vec<Record>) -> Result<(), StoredError> {
    let json_error = |e: serde_json::Error| StoredError::Json(e.to_string());
    // Read as text like every other record: one copy of the readers in the app.
    let text = std::str::from_utf8(json).map_err(|e| StoredError::Json(e.to_string()))?;
    let start = records.len();
    let mut reader = serde_json::Deserializer::from_str(text);
    reader
        .deserialize_seq(Append(records))
        .and_then(|()| reader.end())
        .map_err(json_error)?;
    match records
        .get(start..)
        .unwrap_or_default()
        .iter()
        .map(|r| r.schema)
        .find(|s| *s > SCHEMA_VERSION)
    {
        Some(newer) => Err(StoredError::Newer(newer)),
        None => Ok(()),
    }
}

/// Reads a JSON array of records onto the end of a vector.
struct Append<'v>(&'v mut Vec<Record>);

impl<'de> Visitor<'de> for Append<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of records")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(record) = seq.next_element::<Record>()? {
            self.0.push(record);
        }
        Ok(())
    }
}

/// The records as they are now: the snapshot's, with each record written since
/// replaced by its stored version (`written`) and each one gone from the store since
/// (`removed`: an undone merge takes records away) left out.
pub fn overlay(
    snapshot: Vec<Record>,
    written: Vec<Record>,
    removed: &HashSet<Uuid>,
) -> Vec<Record> {
    if written.is_empty() && removed.is_empty() {
        // Nothing written since the snapshot: most starts.
        return snapshot;
    }
    let mut newer: HashMap<Uuid, Record> = written.into_iter().map(|r| (r.id, r)).collect();
    let mut records: Vec<Record> = snapshot
        .into_iter()
        .filter(|r| !removed.contains(&r.id))
        .map(|r| newer.remove(&r.id).unwrap_or(r))
        .collect();
    records.extend(newer.into_values());
    records
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::sample::village::three_families as sample;
    use chrono::DateTime;

    fn names_in(text: &str) -> bool {
        text.contains("\"name\"")
    }

    #[test]
    fn clear_and_sealed_parts_read_back_the_same_records() {
        let records = sample();
        let key = DataKey::random().unwrap();
        for (head, key) in [
            (Head::new(1, 7.0, false), None),
            (Head::new(1, 7.0, true), Some(&key)),
        ] {
            let text = head.encode_part(0, &records, key).unwrap();
            assert_eq!(
                names_in(&String::from_utf8_lossy(&text)),
                !head.sealed,
                "sealed parts hold no name"
            );
            assert_eq!(head.decode_part(0, &text, key).unwrap(), records);
        }
    }

    #[test]
    fn parts_read_onto_one_vector_in_order() {
        let records = sample();
        let (first, second) = records.split_at(1);
        let head = Head::new(2, 0.0, false);
        let mut all = Vec::new();
        for (i, part) in [first, second].into_iter().enumerate() {
            let bytes = head.encode_part(i as u32, part, None).unwrap();
            read_records_into(&bytes, &mut all).unwrap();
        }
        assert_eq!(all, records);
        assert!(read_records_into(b"[{", &mut all).is_err());
        assert!(
            read_records_into(b"{}", &mut all).is_err(),
            "an array or nothing"
        );
    }

    #[test]
    fn a_sealed_part_opens_only_with_its_key_in_its_own_place() {
        let records = sample();
        let key = DataKey::random().unwrap();
        let head = Head::new(2, 0.0, true);
        let text = head.encode_part(0, &records, Some(&key)).unwrap();
        assert!(
            head.decode_part(1, &text, Some(&key)).is_err(),
            "moved part"
        );
        let other = Head {
            generation: Uuid::new_v4(),
            ..head.clone()
        };
        assert!(
            other.decode_part(0, &text, Some(&key)).is_err(),
            "older snapshot"
        );
        let wrong = DataKey::random().unwrap();
        assert!(head.decode_part(0, &text, Some(&wrong)).is_err());
        assert_eq!(head.decode_part(0, &text, None), Err(StoredError::Locked));
        assert_eq!(
            head.encode_part(0, &records, None),
            Err(StoredError::Locked)
        );
    }

    #[test]
    fn a_garbled_part_is_refused_whole() {
        let head = Head::new(1, 0.0, false);
        let text = String::from_utf8(head.encode_part(0, &sample(), None).unwrap()).unwrap();
        let garbled = text.replacen("\"kind\":\"", "\"kind\":\"x", 1);
        assert!(head.decode_part(0, garbled.as_bytes(), None).is_err());
        assert!(head.decode_part(0, b"[{", None).is_err());
        let newer = text.replacen("\"schema\":1", "\"schema\":99", 1);
        assert_ne!(newer, text);
        assert_eq!(
            head.decode_part(0, newer.as_bytes(), None),
            Err(StoredError::Newer(99))
        );
    }

    #[test]
    fn part_keys_sort_in_part_order_and_name_their_generation() {
        let head = Head::new(12, 0.0, false);
        let mut keys: Vec<String> = (0..12).map(|i| head.part_key(i)).collect();
        let in_order = keys.clone();
        keys.sort();
        assert_eq!(keys, in_order);
        assert_eq!(head.part_range(), (head.part_key(0), head.part_key(11)));
        assert!(head.owns(&head.part_key(3)) && head.owns(HEAD_KEY));
        assert!(!Head::new(12, 0.0, false).owns(&head.part_key(3)));
    }

    #[test]
    fn overlay_takes_the_written_version_adds_new_ones_and_drops_removed() {
        let records = sample();
        let now = DateTime::from_timestamp(1_800_000_100, 0).unwrap();
        let edited = records[0].edited(records[0].body.clone(), "hp-2", now);
        let added = Record::new(records[1].body.clone(), "hp-2", now);
        let removed: HashSet<Uuid> = [records[2].id].into();
        let result = overlay(
            records.clone(),
            vec![edited.clone(), added.clone()],
            &removed,
        );
        assert_eq!(result.len(), records.len());
        assert!(result.contains(&edited) && result.contains(&added));
        assert!(!result.contains(&records[0]));
        assert!(result.iter().all(|r| r.id != records[2].id));
    }
}
