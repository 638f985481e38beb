//! Versions a merge set aside (issue 11: nothing is lost). When a backup or a sync
//! brings a version of a record that differs from the one here, the merge rule keeps
//! one; the other is kept beside it for a while, viewable on the record's page.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use serde_json::value::RawValue;

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

/// The fields of `aside` that differ from `kept`, by field name; a deletion shows as
/// the field `deleted`. Payload values are compared as their JSON text (no
/// `serde_json::Value`: its reader would add to every phone's download).
pub fn changes(kept: &Record, aside: &Record) -> Vec<Change> {
    let (kept_text, aside_text) = (payload(kept), payload(aside));
    let (kept_fields, aside_fields) = (fields(&kept_text), fields(&aside_text));
    let mut names: Vec<&str> = aside_fields.keys().copied().collect();
    names.extend(
        kept_fields
            .keys()
            .filter(|k| !aside_fields.contains_key(*k)),
    );
    names.sort_unstable();
    let mut out: Vec<Change> = names
        .into_iter()
        .filter(|name| {
            aside_fields.get(name).map(|v| v.get()) != kept_fields.get(name).map(|v| v.get())
        })
        .map(|name| Change {
            field: name.to_owned(),
            aside: shown(aside_fields.get(name).copied()),
            kept: shown(kept_fields.get(name).copied()),
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

fn payload(record: &Record) -> String {
    record.body.payload_json().unwrap_or_default()
}

/// A payload's fields and their JSON text, borrowed from it.
fn fields(payload: &str) -> BTreeMap<&str, &RawValue> {
    serde_json::from_str(payload).unwrap_or_default()
}

/// A payload value as text: strings as they are, nothing as "—".
fn shown(value: Option<&RawValue>) -> String {
    match value.map(RawValue::get) {
        None | Some("null") => "—".into(),
        Some(text) => serde_json::from_str::<String>(text).unwrap_or_else(|_| text.to_owned()),
    }
}
