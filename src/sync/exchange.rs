//! What one sync sends and keeps: records written since the last push, only where the
//! server's copy is older (merge rule), and a checkpoint of how far each way got, saved
//! after every batch so a cut connection resumes without doubles.

use std::cmp::Ordering;
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use uuid::Uuid;

use crate::domain::core::merge::newer;
use crate::domain::core::record::Record;

/// Records per request each way.
pub const BATCH: usize = 500;

/// How far this phone has synced with one database.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    /// The server's change sequence read up to (CouchDB's `last_seq`, as text).
    pub since: String,
    /// The newest local write already sent.
    pub sent_until: Option<DateTime<Utc>>,
}

impl Checkpoint {
    /// After a complete push, what was just pulled is on the server already: the next
    /// push starts after it instead of offering the whole desa back.
    pub fn caught_up(&mut self, pulled: impl Iterator<Item = DateTime<Utc>>) {
        self.sent_until = self.sent_until.into_iter().chain(pulled).max();
    }

    /// The `since` of a `_changes` request ("0" at first).
    pub fn since(&self) -> &str {
        if self.since.is_empty() {
            "0"
        } else {
            &self.since
        }
    }
}

/// A change sequence as the server wrote it: CouchDB 3 gives a string, PouchDB a number.
pub fn seq_text(raw: &RawValue) -> String {
    serde_json::from_str::<String>(raw.get()).unwrap_or_else(|_| raw.get().to_owned())
}

/// Records written since `sent_until`, oldest first: the push, in batches of `BATCH`.
pub fn to_send(records: &[Record], sent_until: Option<DateTime<Utc>>) -> Vec<&Record> {
    let mut out: Vec<&Record> = records
        .iter()
        .filter(|r| sent_until.is_none_or(|until| r.updated_at > until))
        .collect();
    out.sort_by_key(|r| r.updated_at);
    out
}

/// Of `batch`, what to upload given the server's copies (`revision`, record): a record
/// the server lacks, or one newer than the server's (replacing that revision).
pub fn uploads<'a>(
    batch: &[&'a Record],
    server: &HashMap<Uuid, (String, Record)>,
) -> Vec<(&'a Record, Option<String>)> {
    batch
        .iter()
        .filter_map(|record| match server.get(&record.id) {
            None => Some((*record, None)),
            Some((rev, theirs)) if newer(record, theirs) == Ordering::Greater => {
                Some((*record, Some(rev.clone())))
            }
            Some(_) => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::domain::core::area::{Area, AreaLevel};
    use crate::domain::core::record::Body;

    fn at(second: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + second, 0).unwrap()
    }

    fn rt(name: &str, second: i64) -> Record {
        Record::new(
            Body::Area(Area {
                level: AreaLevel::Rt,
                name: name.into(),
                parent_id: None,
            }),
            "hp-a",
            at(second),
        )
    }

    #[test]
    fn only_what_was_written_since_the_last_push_is_sent_oldest_first() {
        let records = vec![rt("RT 03", 30), rt("RT 01", 10), rt("RT 02", 20)];
        let names = |sent: Vec<&Record>| -> Vec<i64> {
            sent.iter()
                .map(|r| r.updated_at.timestamp() - 1_800_000_000)
                .collect()
        };
        assert_eq!(names(to_send(&records, None)), [10, 20, 30]);
        assert_eq!(names(to_send(&records, Some(at(10)))), [20, 30]);
        assert!(to_send(&records, Some(at(30))).is_empty());
    }

    #[test]
    fn the_server_copy_is_replaced_only_by_a_newer_one() {
        let mine = rt("RT 01", 20);
        let fresh = rt("RT 02", 20);
        let mut older = mine.clone();
        older.updated_at = at(10);
        let mut newer_there = fresh.clone();
        newer_there.updated_at = at(30);
        let server = HashMap::from([
            (mine.id, ("1-a".to_owned(), older)),
            (fresh.id, ("4-b".to_owned(), newer_there)),
        ]);
        let brand_new = rt("RT 03", 5);
        let sent = uploads(&[&mine, &fresh, &brand_new], &server);
        let sent: Vec<(Uuid, Option<String>)> =
            sent.into_iter().map(|(r, rev)| (r.id, rev)).collect();
        assert_eq!(
            sent,
            [(mine.id, Some("1-a".to_owned())), (brand_new.id, None)],
            "the server's newer copy stays; the pull brings it here"
        );
    }

    #[test]
    fn what_was_pulled_is_not_pushed_back() {
        let mut checkpoint = Checkpoint {
            since: "9".into(),
            sent_until: Some(at(10)),
        };
        checkpoint.caught_up([at(5), at(30), at(20)].into_iter());
        assert_eq!(checkpoint.sent_until, Some(at(30)));
        checkpoint.caught_up(std::iter::empty());
        assert_eq!(checkpoint.sent_until, Some(at(30)));
        let mut fresh = Checkpoint::default();
        fresh.caught_up([at(7)].into_iter());
        assert_eq!(fresh.sent_until, Some(at(7)));
    }

    #[test]
    fn sequences_of_couchdb_and_pouchdb_read_as_text() {
        let couch = RawValue::from_string(r#""12-g1AAAA""#.into()).unwrap();
        let pouch = RawValue::from_string("12".into()).unwrap();
        assert_eq!(seq_text(&couch), "12-g1AAAA");
        assert_eq!(seq_text(&pouch), "12");
        assert_eq!(Checkpoint::default().since(), "0");
    }
}
