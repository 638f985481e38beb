//! The records held in memory, found by id through a lookup built on first use: a
//! desa holds some 100 000, and a save looked each changed record up by reading them
//! all, three times over.

use std::ops::Deref;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use uuid::Uuid;

use super::record::{upsert, Record};

/// Each record's position by a 64-bit key of its id (half the memory of the full
/// id). Two ids may share a key: a position is only believed when the record there
/// has the id asked for; otherwise the list is read through, as before.
type Positions = FxHashMap<u64, u32>;

fn key(id: Uuid) -> u64 {
    let (high, low) = id.as_u64_pair();
    high ^ low
}

/// Room to leave when the records are read, for those a session adds: a list that
/// must grow copies every record (a desa's 100 000, ~80 ms of a save at 4x), and a
/// posyandu day adds a few hundred.
pub const ROOM_FOR_NEW: usize = 2_048;

/// The records, in the order they were read and added.
#[derive(Debug, Default, Clone)]
pub struct RecordList {
    records: Vec<Record>,
    positions: OnceLock<Positions>,
}

impl RecordList {
    pub fn new(records: Vec<Record>) -> RecordList {
        RecordList {
            records,
            positions: OnceLock::new(),
        }
    }

    /// The record with this id, if held.
    pub fn find(&self, id: Uuid) -> Option<&Record> {
        let positions = self.positions.get_or_init(|| {
            let mut positions = Positions::default();
            positions.reserve(self.records.len());
            for (at, record) in self.records.iter().enumerate() {
                positions.entry(key(record.id)).or_insert(at as u32);
            }
            positions
        });
        self.at(positions, id).and_then(|at| self.records.get(at))
    }

    fn at(&self, positions: &Positions, id: Uuid) -> Option<usize> {
        // Ids compared as numbers: comparing bytes is a function call in wasm.
        let wanted = id.as_u128();
        let believed = positions.get(&key(id)).map(|at| *at as usize);
        match believed {
            Some(at)
                if self
                    .records
                    .get(at)
                    .is_some_and(|r| r.id.as_u128() == wanted) =>
            {
                Some(at)
            }
            // A key shared with another id: read through.
            Some(_) => self.records.iter().position(|r| r.id.as_u128() == wanted),
            None => None,
        }
    }

    /// Puts each record in place of the one with its id, or adds it at the end; of
    /// several versions of one id, the last given stays.
    pub fn upsert(&mut self, changed: &[Record]) {
        let Some(mut positions) = self.positions.take() else {
            // No lookup yet: one pass over the list, without building one.
            upsert(&mut self.records, changed);
            return;
        };
        for record in changed {
            match self.at(&positions, record.id) {
                Some(at) => {
                    if let Some(slot) = self.records.get_mut(at) {
                        slot.clone_from(record);
                    }
                }
                None => {
                    positions
                        .entry(key(record.id))
                        .or_insert(self.records.len() as u32);
                    self.records.push(record.clone());
                }
            }
        }
        let _ = self.positions.set(positions);
    }
}

impl Deref for RecordList {
    type Target = [Record];

    fn deref(&self) -> &[Record] {
        &self.records
    }
}
