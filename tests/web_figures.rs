//! Store timings for the issue notes (measured, not asserted): 10 000 persons written
//! in one transaction, loaded, turned into the register, and searched. Ignored in the
//! normal run; `scripts/figures` runs it with `--include-ignored`.

#![allow(clippy::restriction)] // test code may unwrap, panic and index
#![cfg(target_arch = "wasm32")]

use bakti::domain::core::person::{Person, Relation};
use bakti::domain::core::record::{Body, Record};
use bakti::domain::core::register::Register;
use bakti::growth::Sex;
use bakti::store::Db;
use chrono::{NaiveDate, Utc};
use uuid::Uuid;
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

fn person(i: u32) -> Record {
    Record::new(
        Body::Person(Person {
            nik: format!("3201{i:012}"),
            job: "Petani".into(),
            ..Person::new(
                Uuid::from_u128(u128::from(i / 4)),
                &format!("Warga {i} Sukamaju"),
                if i.is_multiple_of(2) {
                    Sex::Male
                } else {
                    Sex::Female
                },
                NaiveDate::from_ymd_opt(1950 + (i % 70) as i32, 1 + i % 12, 1)
                    .expect("a real date"),
                Relation::Other,
            )
        }),
        "hp-figures",
        Utc::now(),
    )
}

#[wasm_bindgen_test]
#[ignore]
async fn store_figures_10000_persons() {
    rexie::Rexie::delete("t-figures").await.expect("delete");
    let db = Db::open("t-figures").await.expect("open");
    let records: Vec<Record> = (0..10_000).map(person).collect();
    let t0 = now_ms();
    db.put_all(&records).await.expect("insert");
    let t1 = now_ms();
    let loaded = db.load().await.expect("load");
    let t2 = now_ms();
    let register = Register::from_records(&loaded.records);
    let t3 = now_ms();
    let hits = register
        .people
        .iter()
        .filter(|(_, p)| p.name.to_lowercase().contains("warga 999"))
        .count();
    let found_families =
        bakti::domain::core::family_search::FamilySearch::new(&register).find("3201000000009");
    let t4 = now_ms();
    console_log!(
        "FIGURES insert_10000_ms={:.0} load_ms={:.0} register_ms={:.0} search_ms={:.1} (hits {hits}, families {})",
        t1 - t0,
        t2 - t1,
        t3 - t2,
        t4 - t3,
        found_families.len()
    );
    assert_eq!(loaded.records.len(), 10_000);
}
