//! Saving applies the changed records to the register instead of rebuilding it; the
//! result must be exactly the register rebuilt from every record.

#![cfg(not(target_arch = "wasm32"))] // the generated village is native only
#![allow(clippy::restriction)] // test code may unwrap, panic and index

use bakti::domain::core::record::{upsert, Body, Record};
use bakti::domain::core::register::Register;
use bakti::sample::village::{village, Size};
use chrono::{DateTime, TimeZone, Utc};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0)
        .single()
        .expect("a date")
}

#[test]
fn applying_edits_deletions_and_new_records_equals_a_rebuild() {
    let mut all = village(Size::desa(60), 3, now());
    let mut register = Register::from_records(&all);
    let later = now() + chrono::Days::new(1);
    for step in 0..40usize {
        let pick = |k: usize| (step * 7919 + k * 104_729) % all.len();
        let mut changed = Vec::new();
        // An edit of some record (a person's name, a weighing's date, any kind's body).
        let edited = all[pick(1)].clone();
        let body = match edited.body.clone() {
            Body::Person(mut p) => {
                p.name = format!("{} {step}", p.name);
                Body::Person(p)
            }
            Body::Measurement(mut m) => {
                m.date = m.date - chrono::Days::new(3);
                Body::Measurement(m)
            }
            other => other,
        };
        changed.push(edited.edited(body, "hp-b", later));
        // A deletion.
        changed.push(all[pick(2)].deleted("hp-b", later));
        // A new record copying another's body (a new id).
        changed.push(Record::new(all[pick(3)].body.clone(), "hp-b", later));
        upsert(&mut all, &changed);
        register.apply(&changed, &all);
        assert_eq!(register, Register::from_records(&all), "after step {step}");
    }
}
