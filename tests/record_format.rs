//! The stored shape of a record: one flat object (envelope, `kind`, `payload`) for
//! every kind, read back whole; an unknown kind or a missing payload is refused.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use bakti::domain::core::record::{Body, BodyError, Record};
use bakti::sample::village::{village, Size};
use chrono::DateTime;

fn sample() -> Vec<Record> {
    let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
    village(Size::desa(3), 11, now)
}

#[test]
fn every_kind_is_written_flat_and_read_back() {
    let records = sample();
    let mut kinds: Vec<&str> = records.iter().map(|r| r.body.kind()).collect();
    kinds.sort_unstable();
    kinds.dedup();
    assert!(kinds.len() >= 10, "{kinds:?}");
    for record in records {
        let text = serde_json::to_string(&record).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["kind"], record.body.kind());
        assert!(value["payload"].is_object(), "{text}");
        assert_eq!(value["id"], record.id.to_string());
        assert_eq!(serde_json::from_str::<Record>(&text).unwrap(), record);
    }
}

#[test]
fn an_unknown_kind_or_a_missing_payload_is_refused() {
    let record = sample().remove(0);
    let text = serde_json::to_string(&record).unwrap();
    let renamed = text.replace(
        &format!(r#""kind":"{}""#, record.body.kind()),
        r#""kind":"rumah""#,
    );
    let error = serde_json::from_str::<Record>(&renamed).unwrap_err();
    assert!(
        error.to_string().contains("unknown record kind rumah"),
        "{error}"
    );
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value.as_object_mut().unwrap().remove("payload");
    let error = serde_json::from_str::<Record>(&value.to_string()).unwrap_err();
    assert!(error.to_string().contains("payload"), "{error}");
    assert_eq!(
        Body::from_parts("person", r#"{"name": 3}"#)
            .map_err(|e| matches!(e, BodyError::Payload(_))),
        Err(true)
    );
}
