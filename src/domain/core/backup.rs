//! The backup file: every record in one JSON document with a format name and version,
//! the app version, the device, and a SHA-256 of the records' exact text, so that a
//! truncated, foreign, tampered or too-new file is refused before anything is written.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use sha2::{Digest, Sha256};
use thiserror::Error;

use crate::domain::core::admit::{admit, Refused};
use crate::domain::core::record::{Record, SCHEMA_VERSION};

pub const FORMAT: &str = "bakti-backup";
pub const FORMAT_VERSION: u32 = 1;

/// Why a backup file was refused. Nothing is written in any of these cases.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BackupError {
    #[error("the file is cut off")]
    Truncated,
    #[error("the file is not a Bakti backup")]
    Foreign,
    #[error("the backup is format version {0}, this app reads version {FORMAT_VERSION}")]
    UnsupportedVersion(u32),
    #[error("the records do not match the checksum")]
    ChecksumMismatch,
    #[error("record {index} cannot be read: {detail}")]
    BadRecord { index: usize, detail: String },
    #[error("record {index} was written by a newer app (schema {schema})")]
    NewerRecord { index: usize, schema: u32 },
    #[error("record {index} ({kind}) breaks a rule: {refused}")]
    Implausible {
        index: usize,
        kind: &'static str,
        refused: Refused,
    },
}

/// The facts of a backup shown before it is restored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupInfo {
    pub app_version: String,
    pub device: String,
    pub exported_at: DateTime<Utc>,
    pub record_count: usize,
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'a str,
    format_version: u32,
    #[serde(flatten)]
    info: &'a BackupInfo,
    checksum: String,
    records: &'a RawValue,
}

/// The file's outer fields, read in one pass (the records only found, not yet read):
/// every field optional so that a foreign file is told apart from a damaged one.
#[derive(Deserialize)]
struct FileIn<'a> {
    format: Option<String>,
    format_version: Option<u32>,
    app_version: Option<String>,
    device: Option<String>,
    exported_at: Option<DateTime<Utc>>,
    record_count: Option<usize>,
    checksum: Option<String>,
    #[serde(borrow)]
    records: Option<&'a RawValue>,
}

/// The SHA-256 of `text` in lowercase hex, as the file's checksum is written.
pub fn sha256_hex(text: &str) -> String {
    checksum_text(&Sha256::digest(text.as_bytes()))
}

/// A digest as the file's checksum writes it: lowercase hex.
pub fn checksum_text(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Writes the backup text for `records`.
pub fn export(
    records: &[Record],
    app_version: &str,
    device: &str,
    now: DateTime<Utc>,
) -> Result<String, serde_json::Error> {
    let records_text = serde_json::to_string(records)?;
    let raw = RawValue::from_string(records_text)?;
    let info = BackupInfo {
        app_version: app_version.to_owned(),
        device: device.to_owned(),
        exported_at: now,
        record_count: records.len(),
    };
    serde_json::to_string(&FileOut {
        format: FORMAT,
        format_version: FORMAT_VERSION,
        info: &info,
        checksum: sha256_hex(raw.get()),
        records: &raw,
    })
}

/// A backup whose outer fields are read and whose records are not yet checked.
pub struct Unchecked<'a> {
    pub info: BackupInfo,
    checksum: String,
    records: &'a RawValue,
}

/// Reads a backup's outer fields; `Unchecked::check` then reads its records. Split so
/// that the browser can compute the checksum with its own (native) SHA-256.
pub fn read(text: &str) -> Result<Unchecked<'_>, BackupError> {
    let file: FileIn = serde_json::from_str(text).map_err(|e| {
        if e.is_eof() {
            BackupError::Truncated
        } else {
            BackupError::Foreign
        }
    })?;
    if file.format.as_deref() != Some(FORMAT) {
        return Err(BackupError::Foreign);
    }
    match file.format_version {
        Some(FORMAT_VERSION) => {}
        Some(other) => return Err(BackupError::UnsupportedVersion(other)),
        None => return Err(BackupError::Foreign),
    }
    match file {
        FileIn {
            app_version: Some(app_version),
            device: Some(device),
            exported_at: Some(exported_at),
            record_count: Some(record_count),
            checksum: Some(checksum),
            records: Some(records),
            ..
        } => Ok(Unchecked {
            info: BackupInfo {
                app_version,
                device,
                exported_at,
                record_count,
            },
            checksum,
            records,
        }),
        _ => Err(BackupError::Foreign),
    }
}

/// Reads and checks a backup; every record must parse and meet the rules of
/// `core::admit` (at this phone's time `now`) before any is returned.
pub fn parse(text: &str, now: DateTime<Utc>) -> Result<(BackupInfo, Vec<Record>), BackupError> {
    let file = read(text)?;
    let records = file.check(&sha256_hex(file.records_text()), now)?;
    Ok((file.info, records))
}

impl<'a> Unchecked<'a> {
    /// The records' exact text, as the checksum covers it.
    pub fn records_text(&self) -> &'a str {
        self.records.get()
    }

    /// The records, once `records_sha256` (the SHA-256 of `records_text`, hex) matches
    /// the file's checksum and every record parses and meets the rules of `core::admit`
    /// (at this phone's time `now`).
    pub fn check(
        &self,
        records_sha256: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<Record>, BackupError> {
        if records_sha256 != self.checksum {
            return Err(BackupError::ChecksumMismatch);
        }
        // One pass over the records; the slower record-by-record reading only finds
        // which record failed.
        let records: Vec<Record> =
            serde_json::from_str(self.records_text()).map_err(|_| self.first_unreadable())?;
        if records.len() != self.info.record_count {
            return Err(BackupError::ChecksumMismatch);
        }
        for (index, record) in records.iter().enumerate() {
            not_newer(index, record)?;
            admit(record, now).map_err(|refused| BackupError::Implausible {
                index,
                kind: record.body.kind(),
                refused,
            })?;
        }
        Ok(records)
    }

    /// The error of the first record that cannot be read (or, before it, one written
    /// by a newer app, whose fields this app may not know).
    fn first_unreadable(&self) -> BackupError {
        let Ok(raws) = serde_json::from_str::<Vec<&RawValue>>(self.records_text()) else {
            return BackupError::Foreign;
        };
        for (index, raw) in raws.iter().enumerate() {
            let refused = match serde_json::from_str::<Record>(raw.get()) {
                Ok(record) => not_newer(index, &record).err(),
                Err(e) => Some(BackupError::BadRecord {
                    index,
                    detail: e.to_string(),
                }),
            };
            if let Some(refused) = refused {
                return refused;
            }
        }
        BackupError::Foreign
    }
}

fn not_newer(index: usize, record: &Record) -> Result<(), BackupError> {
    if record.schema > SCHEMA_VERSION {
        return Err(BackupError::NewerRecord {
            index,
            schema: record.schema,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::domain::core::area::{Area, AreaLevel};
    use crate::domain::core::record::Body;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0)
            .single()
            .expect("a real date")
    }

    fn sample() -> Vec<Record> {
        ["RT 01", "RT 02 <b>&</b>"]
            .iter()
            .map(|name| {
                Record::new(
                    Body::Area(Area {
                        level: AreaLevel::Rt,
                        name: (*name).into(),
                        parent_id: None,
                    }),
                    "hp-a",
                    now(),
                )
            })
            .collect()
    }

    /// A backup around `records_text` as it is, with its checksum.
    fn file_of(records_text: &str, count: usize) -> String {
        format!(
            r#"{{"format":"bakti-backup","format_version":1,"app_version":"x","device":"d","exported_at":"2026-11-22T09:00:00Z","record_count":{count},"checksum":"{}","records":{records_text}}}"#,
            sha256_hex(records_text)
        )
    }

    fn exported() -> String {
        export(&sample(), "0.1.0", "hp-a", now()).expect("export")
    }

    #[test]
    fn round_trip_keeps_every_record() {
        let records = sample();
        let (info, back) = parse(
            &export(&records, "0.1.0", "hp-a", now()).expect("export"),
            now(),
        )
        .expect("parses");
        assert_eq!(back, records);
        assert_eq!((info.record_count, info.device.as_str()), (2, "hp-a"));
    }

    #[test]
    fn truncated_file_is_refused() {
        let text = exported();
        assert_eq!(
            parse(&text[..text.len() / 2], now()),
            Err(BackupError::Truncated)
        );
    }

    #[test]
    fn foreign_files_are_refused() {
        assert_eq!(parse("not json at all", now()), Err(BackupError::Foreign));
        assert_eq!(parse(r#"{"hello": 1}"#, now()), Err(BackupError::Foreign));
        assert_eq!(parse("[1,2,3]", now()), Err(BackupError::Foreign));
        let no_records = r#"{"format":"bakti-backup","format_version":1,"app_version":"x","device":"d","exported_at":"2026-11-22T09:00:00Z","record_count":0,"checksum":"x"}"#;
        assert_eq!(parse(no_records, now()), Err(BackupError::Foreign));
    }

    #[test]
    fn other_format_versions_are_refused() {
        let text = exported().replace("\"format_version\":1", "\"format_version\":2");
        assert_eq!(parse(&text, now()), Err(BackupError::UnsupportedVersion(2)));
    }

    #[test]
    fn tampered_records_fail_the_checksum() {
        let text = exported().replace("RT 01", "RT 09");
        assert_eq!(parse(&text, now()), Err(BackupError::ChecksumMismatch));
    }

    #[test]
    fn a_record_from_a_newer_app_is_refused() {
        let mut records = sample();
        records[1].schema = SCHEMA_VERSION + 1;
        let text = export(&records, "9.0.0", "hp-a", now()).expect("export");
        assert_eq!(
            parse(&text, now()),
            Err(BackupError::NewerRecord {
                index: 1,
                schema: SCHEMA_VERSION + 1
            })
        );
    }

    #[test]
    fn a_newer_record_is_named_before_a_later_unreadable_one() {
        let mut records = sample();
        records[0].schema = SCHEMA_VERSION + 1;
        let records_text = serde_json::to_string(&records).expect("records").replace(
            r#""level":"rt","name":"RT 02"#,
            r#""level":"moon","name":"RT 02"#,
        );
        assert!(records_text.contains("moon"), "record 1 made unreadable");
        assert_eq!(
            parse(&file_of(&records_text, 2), now()),
            Err(BackupError::NewerRecord {
                index: 0,
                schema: SCHEMA_VERSION + 1
            })
        );
    }

    #[test]
    fn a_record_of_unknown_kind_is_refused_with_its_index() {
        let records_text =
            r#"[{"id":"00000000-0000-0000-0000-000000000001","kind":"alien","payload":{}}]"#;
        assert!(matches!(
            parse(&file_of(records_text, 1), now()),
            Err(BackupError::BadRecord { index: 0, .. })
        ));
    }

    #[test]
    fn a_record_from_the_far_future_or_before_1900_is_refused() {
        let mut records = sample();
        records[1].updated_at = Utc
            .with_ymd_and_hms(262_142, 1, 1, 0, 0, 0)
            .single()
            .expect("a date chrono can hold");
        let text = export(&records, "0.1.0", "hp-a", now()).expect("export");
        assert_eq!(
            parse(&text, now()),
            Err(BackupError::Implausible {
                index: 1,
                kind: "area",
                refused: Refused {
                    field: "updated_at",
                    problem: crate::domain::core::fields::Problem::DateInFuture
                }
            })
        );
    }
}
