//! Versions a merge set aside (issue 11: nothing is lost). When a backup or a sync
//! brings a version of a record that differs from the one here, the merge rule keeps
//! one; the other is kept beside it for a while, viewable on the record's page.

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use serde_json::Value;

use crate::domain::core::record::Record;

/// How long a set-aside version stays [U: no programme rule; a quarter covers the
/// monthly rounds in which a cadre would notice a wrong value].
pub const KEEP_DAYS: i64 = 90;

/// A version not kept by a merge, and when it was set aside.
#[derive(Debug, Clone, PartialEq)]
pub struct SetAside {
    pub record: Record,
    pub set_aside_at: DateTime<Utc>,
}

/// The store key of a set-aside version: one entry per version, however often the same
/// file is merged again.
pub fn key(record: &Record) -> String {
    format!(
        "{}/{}/{}",
        record.id,
        time_key(record.updated_at),
        record.device
    )
}

/// A time as fixed-width text, so the store's index orders it as time.
pub fn time_key(time: DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Versions set aside before this are dropped.
pub fn cutoff(now: DateTime<Utc>) -> DateTime<Utc> {
    now - Duration::days(KEEP_DAYS)
}

/// Whether two versions of a record say different things (not only different times).
pub fn differ(a: &Record, b: &Record) -> bool {
    a.body != b.body || a.deleted != b.deleted
}

/// One field that differs: its name in the payload, the set-aside and the kept value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub field: String,
    pub aside: String,
    pub kept: String,
}

/// The fields of `aside` that differ from `kept`, in the payload's order; a deletion
/// shows as the field `deleted`.
pub fn changes(kept: &Record, aside: &Record) -> Vec<Change> {
    let fields = |record: &Record| match record
        .body
        .payload_json()
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
    {
        Some(Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    let (kept_fields, aside_fields) = (fields(kept), fields(aside));
    let mut names: Vec<&String> = aside_fields.keys().collect();
    names.extend(
        kept_fields
            .keys()
            .filter(|k| !aside_fields.contains_key(*k)),
    );
    let mut out: Vec<Change> = names
        .into_iter()
        .filter(|name| aside_fields.get(*name) != kept_fields.get(*name))
        .map(|name| Change {
            field: name.clone(),
            aside: shown(aside_fields.get(name)),
            kept: shown(kept_fields.get(name)),
        })
        .collect();
    if kept.deleted != aside.deleted {
        out.push(Change {
            field: "deleted".into(),
            aside: aside.deleted.to_string(),
            kept: kept.deleted.to_string(),
        });
    }
    out
}

/// A payload value as text: strings as they are, nothing as "—".
fn shown(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => "—".into(),
        Some(Value::String(text)) => text.clone(),
        Some(other) => other.to_string(),
    }
}
