//! Random and hostile records fed to restore: the answer is an error or records that
//! every screen's computation can read, never a panic (the release build aborts on
//! panic, which would close the app in the cadre's hand).

#![cfg(not(target_arch = "wasm32"))] // the generated village is native only
#![allow(clippy::restriction)] // test code may unwrap, panic and index

use std::collections::BTreeSet;
use std::panic::{catch_unwind, AssertUnwindSafe};

use bakti::domain::core::backup::{self, BackupError};
use bakti::domain::core::record::Record;
use bakti::domain::core::register::Register;
use bakti::domain::kb::family_map::rt_map;
use bakti::domain::kb::history::KbIndex;
use bakti::domain::kb::status::FOUR_T;
use bakti::domain::tpk::stunting_risk::families_at_risk;
use bakti::domain::tpk::targets::{agenda, recap, targets};
use bakti::indicators::kb::report::kb_year;
use bakti::indicators::posyandu::prevalence::prevalence;
use bakti::indicators::posyandu::referral::referrals;
use bakti::indicators::posyandu::skdn::skdn;
use bakti::indicators::Month;
use bakti::sample::village::{village, Size};
use chrono::{DateTime, TimeZone, Utc};
use serde_json::Value;
use sha2::{Digest, Sha256};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0)
        .single()
        .expect("a date")
}

fn base() -> Vec<Value> {
    let size = Size {
        families: 40,
        rws: 2,
        rts_per_rw: 2,
        months: 4,
    };
    village(size, 7, now())
        .iter()
        .map(|r| serde_json::to_value(r).expect("serialises"))
        .collect()
}

/// A backup file around `records` with a correct checksum, as a hostile sender would
/// write it.
fn file(records: &[Value]) -> String {
    let text = serde_json::to_string(records).expect("serialises");
    let checksum: String = Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!(
        r#"{{"format":"bakti-backup","format_version":1,"app_version":"x","device":"d","exported_at":"2026-11-22T09:00:00Z","record_count":{},"checksum":"{checksum}","records":{text}}}"#,
        records.len()
    )
}

/// Every computation a screen runs over the register.
fn read_everything(records: &[Record]) {
    let register = Register::from_records(records);
    let today = now().date_naive();
    let month = Month::of(today);
    let _ = skdn(&register, None, month);
    let _ = prevalence(&register, None, month);
    let _ = referrals(&register, None, month);
    let _ = kb_year(&register, month, FOUR_T);
    let _ = targets(&register, today);
    let _ = recap(&register, month);
    let _ = agenda(&register, today);
    let _ = families_at_risk(&register, today, FOUR_T);
    let index = KbIndex::new(&register);
    for (rt, _) in &register.areas {
        let _ = rt_map(&register, &index, *rt, today);
    }
    let _ = bakti::domain::core::family_search::FamilySearch::new(&register).find("siti");
}

/// Paths to every date, timestamp and number inside a record.
fn leaves(value: &Value, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, Value)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                path.push(k.clone());
                leaves(v, path, out);
                path.pop();
            }
        }
        Value::Number(_) => out.push((path.clone(), value.clone())),
        Value::String(s) if looks_like_a_date(s) => out.push((path.clone(), value.clone())),
        _ => {}
    }
}

fn looks_like_a_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 10 && b[4] == b'-' && b[7] == b'-' && b[..4].iter().all(u8::is_ascii_digit)
}

fn set(value: &mut Value, path: &[String], new: Value) {
    let mut at = value;
    for key in path {
        at = &mut at[key.as_str()];
    }
    *at = new;
}

/// Values no field may hold: far future, before 1900, out of every range.
fn hostile_for(original: &Value) -> Vec<Value> {
    match original {
        Value::String(s) if s.contains('T') => vec![
            "+262142-01-01T00:00:00Z".into(),
            "1000-01-01T00:00:00Z".into(),
            "2099-01-01T00:00:00Z".into(),
        ],
        Value::String(_) => vec![
            "+262142-01-01".into(),
            "0001-01-01".into(),
            "1899-12-31".into(),
            "2026-02-30".into(),
        ],
        _ => vec![
            Value::from(1e9),
            Value::from(-1),
            Value::from(1e308),
            Value::from(u64::MAX),
        ],
    }
}

#[test]
fn the_base_village_restores_and_reads() {
    let records = base();
    let kinds: BTreeSet<&str> = records.iter().filter_map(|r| r["kind"].as_str()).collect();
    assert!(kinds.len() >= 10, "the base covers the kinds: {kinds:?}");
    let (_, back) = backup::parse(&file(&records), now()).expect("a valid village");
    read_everything(&back);
}

#[test]
fn every_hostile_date_or_number_is_refused() {
    let records = base();
    // One record of each kind, each of its dates and numbers made hostile in turn.
    let mut seen = BTreeSet::new();
    let mut tried = 0;
    for (i, record) in records.iter().enumerate() {
        let kind = record["kind"].as_str().unwrap_or("").to_owned();
        if !seen.insert(kind.clone()) {
            continue;
        }
        let mut found = Vec::new();
        leaves(record, &mut Vec::new(), &mut found);
        for (path, original) in found {
            if path
                .last()
                .is_some_and(|k| k == "schema" || k == "column" || k == "row")
            {
                continue; // schema has its own rule; map cells are clamped where drawn
            }
            for bad in hostile_for(&original) {
                let mut copy = records.clone();
                set(&mut copy[i], &path, bad.clone());
                let text = file(&copy);
                let answer = catch_unwind(AssertUnwindSafe(|| backup::parse(&text, now())));
                let answer = answer.unwrap_or_else(|_| panic!("panic on {kind} {path:?} = {bad}"));
                assert!(
                    matches!(
                        answer,
                        Err(BackupError::Implausible { .. } | BackupError::BadRecord { .. })
                    ),
                    "{kind} {path:?} = {bad} was let in: {:?}",
                    answer.map(|(_, records)| records.len())
                );
                tried += 1;
            }
        }
    }
    assert!(tried > 100, "only {tried} hostile values tried");
}

/// SplitMix64, as in the generator: the same cases on every run.
fn dice(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[test]
fn random_mutations_never_panic() {
    let records = base();
    let mut all = Vec::new();
    for (i, r) in records.iter().enumerate() {
        let mut found = Vec::new();
        leaves(r, &mut Vec::new(), &mut found);
        all.extend(found.into_iter().map(|(p, v)| (i, p, v)));
    }
    let pool = |original: &Value, roll: u64| -> Value {
        let mut options = hostile_for(original);
        options.extend([
            Value::from(0),
            Value::from(0.5),
            Value::from(255),
            "2026-11-22".into(),
            "2026-11-23T08:00:00Z".into(),
            "1900-01-01".into(),
            Value::Null,
            "<svg onload=alert(1)>".into(),
            original.clone(),
        ]);
        options[(roll % options.len() as u64) as usize].clone()
    };
    let mut state = 42;
    let (mut refused, mut admitted) = (0, 0);
    for _ in 0..300 {
        let mut copy = records.clone();
        for _ in 0..(1 + dice(&mut state) % 4) {
            let (i, path, original) = &all[(dice(&mut state) % all.len() as u64) as usize];
            set(&mut copy[*i], path, pool(original, dice(&mut state)));
        }
        let text = file(&copy);
        let outcome = catch_unwind(AssertUnwindSafe(|| match backup::parse(&text, now()) {
            Ok((_, back)) => {
                read_everything(&back);
                true
            }
            Err(_) => false,
        }));
        match outcome {
            Ok(true) => admitted += 1,
            Ok(false) => refused += 1,
            Err(_) => panic!("a mutated backup panicked: {:.2000}", text),
        }
    }
    assert!(
        refused > 0 && admitted > 0,
        "refused {refused}, admitted {admitted}"
    );
}
