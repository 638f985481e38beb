//! The start-up snapshot: every record of the phone in a few large parts, so opening a
//! village reads about fifty values instead of 100 000 objects (the browser spent
//! three seconds of a cheap phone's start-up turning those objects into JavaScript and
//! one more turning them into text). The records store stays the truth: the snapshot
//! says up to which entry of the change log it holds (`upto`), and the records written
//! after that are read from the store and laid over it (`overlay`).
//!
//! A part is its records packed (`packed.rs`), sealed whole under the data key when one
//! is open, bound to its generation and place so a part of an older snapshot or another
//! position cannot stand in for it.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::key::DataKey;
use super::packed;
use super::stored::StoredError;
use crate::domain::core::record::Record;

/// Records per part: a part is about a third of a megabyte, small enough to decode
/// between two paints of a cheap phone.
pub const PART_RECORDS: usize = 1_000;

/// Change-log entries worth a new snapshot: laying them over costs one read each.
pub const REWRITE_AFTER: usize = 200;

/// The head of a snapshot: which generation, how many parts and records, the
/// change-log position it holds, whether its parts are sealed and how they are written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Head {
    pub generation: Uuid,
    pub parts: u32,
    pub records: usize,
    pub upto: f64,
    pub sealed: bool,
    #[serde(default)]
    pub format: u32,
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
            format: packed::FORMAT,
        }
    }

    /// Whether this build reads the parts, with a data key open (`keyed`) or not: parts
    /// packed in this build's `packed::FORMAT` (others are not read: the store is, and
    /// a new snapshot is written after), sealed exactly when a key is open (a tab never
    /// reads parts in clear once a PIN is set).
    pub fn readable(&self, keyed: bool) -> bool {
        self.format == packed::FORMAT && self.sealed == keyed && self.parts > 0
    }

    /// The store key of part `index`; zero-padded so keys sort in part order.
    pub fn part_key(&self, index: u32) -> String {
        format!("{}/{index:06}", self.generation)
    }

    /// The parts in key ranges of `per` parts each (the last may hold fewer), in order:
    /// read as several requests, the later ones load while the first are decoded.
    pub fn part_ranges(&self, per: u32) -> Vec<(String, String)> {
        let per = per.max(1);
        (0..self.parts)
            .step_by(per as usize)
            .map(|first| {
                let last = first.saturating_add(per - 1).min(self.parts - 1);
                (self.part_key(first), self.part_key(last))
            })
            .collect()
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

    /// The stored bytes of part `index`: its records packed, sealed whole when the head
    /// says so (then `key` is needed). Bytes: the browser hands them to the app as they
    /// are.
    pub fn encode_part(
        &self,
        index: u32,
        records: &[Record],
        key: Option<&DataKey>,
    ) -> Result<Vec<u8>, StoredError> {
        let bytes = packed::pack(records)?;
        match (self.sealed, key) {
            (false, _) => Ok(bytes),
            (true, Some(key)) => Ok(key.seal_bytes(&bytes, &self.aad(index))?),
            (true, None) => Err(StoredError::Locked),
        }
    }

    /// Part `index` read back onto the end of `records` (the parts go straight into one
    /// vector: 26 MB of records were moved again part by part). Any record that cannot
    /// be read makes the whole part unreadable: the snapshot is then not used and the
    /// store is read instead.
    pub fn decode_part_into(
        &self,
        index: u32,
        bytes: &[u8],
        key: Option<&DataKey>,
        records: &mut Vec<Record>,
    ) -> Result<(), StoredError> {
        if !self.sealed {
            return packed::unpack_into(bytes, records);
        }
        let key = key.ok_or(StoredError::Locked)?;
        packed::unpack_into(&key.open_bytes(bytes, &self.aad(index))?, records)
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

    fn decode(
        head: &Head,
        index: u32,
        bytes: &[u8],
        key: Option<&DataKey>,
    ) -> Result<Vec<Record>, StoredError> {
        let mut records = Vec::new();
        head.decode_part_into(index, bytes, key, &mut records)
            .map(|()| records)
    }

    /// Whether `bytes` hold a name of `records` in clear.
    fn names_in(bytes: &[u8], records: &[Record]) -> bool {
        let name = records
            .iter()
            .find_map(|r| match &r.body {
                crate::domain::core::record::Body::Person(p) => Some(p.name.clone()),
                _ => None,
            })
            .unwrap();
        String::from_utf8_lossy(bytes).contains(&name)
    }

    #[test]
    fn clear_and_sealed_parts_read_back_the_same_records() {
        let records = sample();
        let key = DataKey::random().unwrap();
        for (head, key) in [
            (Head::new(1, 7.0, false), None),
            (Head::new(1, 7.0, true), Some(&key)),
        ] {
            let bytes = head.encode_part(0, &records, key).unwrap();
            assert_eq!(
                names_in(&bytes, &records),
                !head.sealed,
                "sealed parts hold no name"
            );
            assert_eq!(decode(&head, 0, &bytes, key).unwrap(), records);
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
            head.decode_part_into(i as u32, &bytes, None, &mut all)
                .unwrap();
        }
        assert_eq!(all, records);
    }

    #[test]
    fn a_sealed_part_opens_only_with_its_key_in_its_own_place() {
        let records = sample();
        let key = DataKey::random().unwrap();
        let head = Head::new(2, 0.0, true);
        let bytes = head.encode_part(0, &records, Some(&key)).unwrap();
        assert!(decode(&head, 1, &bytes, Some(&key)).is_err(), "moved part");
        let other = Head {
            generation: Uuid::new_v4(),
            ..head.clone()
        };
        assert!(
            decode(&other, 0, &bytes, Some(&key)).is_err(),
            "older snapshot"
        );
        let wrong = DataKey::random().unwrap();
        assert!(decode(&head, 0, &bytes, Some(&wrong)).is_err());
        assert_eq!(decode(&head, 0, &bytes, None), Err(StoredError::Locked));
        assert_eq!(
            head.encode_part(0, &records, None),
            Err(StoredError::Locked)
        );
    }

    #[test]
    fn a_head_is_read_only_with_parts_of_this_format_and_the_right_sealing() {
        let head = Head::new(3, 0.0, false);
        assert!(head.readable(false));
        assert!(
            !head.readable(true),
            "a PIN set since: clear parts are not read"
        );
        assert!(Head::new(3, 0.0, true).readable(true));
        assert!(!Head::new(0, 0.0, false).readable(false), "no parts");
        let mut text = serde_json::to_string(&head).unwrap();
        text = text.replace(&format!(",\"format\":{}", packed::FORMAT), "");
        let older: Head = serde_json::from_str(&text).unwrap();
        assert_eq!(older.format, 0);
        assert!(!older.readable(false), "JSON parts of an older build");
    }

    #[test]
    fn part_keys_sort_in_part_order_and_name_their_generation() {
        let head = Head::new(12, 0.0, false);
        let mut keys: Vec<String> = (0..12).map(|i| head.part_key(i)).collect();
        let in_order = keys.clone();
        keys.sort();
        assert_eq!(keys, in_order);
        assert_eq!(
            head.part_ranges(5),
            [(0, 4), (5, 9), (10, 11)].map(|(a, b)| (head.part_key(a), head.part_key(b)))
        );
        assert_eq!(
            head.part_ranges(12),
            [(head.part_key(0), head.part_key(11))]
        );
        assert!(Head::new(0, 0.0, false).part_ranges(5).is_empty());
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
