//! The store in a real browser (headless Chromium): round trip, migration from a
//! version-1 database, import merge, bad backups leaving the data untouched, and a
//! kecamatan phone's desa kept as one value.

#![allow(clippy::restriction)] // test code may unwrap, panic and index
#![cfg(target_arch = "wasm32")]

use bakti::domain::core::area::{Area, AreaLevel};
use bakti::domain::core::backup;
use bakti::domain::core::history;
use bakti::domain::core::record::{Body, Record, SCHEMA_VERSION};
use bakti::store::db::{records_store, DB_VERSION};
use bakti::store::Db;
use chrono::{DateTime, TimeZone, Utc};
use js_sys::Uint8Array;
use rexie::{Rexie, TransactionMode};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

mod browser;
use browser::{fresh, sorted};

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 8, minute, 0)
        .single()
        .expect("a real date")
}

fn rt(name: &str, minute: u32) -> Record {
    Record::new(
        Body::Area(Area {
            level: AreaLevel::Rt,
            name: name.into(),
            parent_id: None,
        }),
        "hp-test",
        at(minute),
    )
}

/// The test database opened directly, past the store's codec.
async fn raw_open(name: &str) -> Rexie {
    Rexie::builder(name)
        .version(DB_VERSION)
        .add_object_store(records_store(DB_VERSION))
        .build()
        .await
        .expect("raw open")
}

#[wasm_bindgen_test]
async fn records_round_trip() {
    let db = fresh("t-round-trip").await;
    let records = vec![rt("RT 01", 0), rt("RT <02> & \"x\"", 1)];
    db.put_all(&records).await.expect("write");
    let loaded = db.load().await.expect("read");
    assert_eq!(loaded.unreadable, 0);
    assert_eq!(sorted(loaded.records), sorted(records));
}

#[wasm_bindgen_test]
async fn version_1_database_upgrades_keeping_records() {
    let name = "t-migrate";
    Rexie::delete(name).await.expect("delete old test db");
    let v1 = Db::open_version(name, 1).await.expect("open v1");
    assert_eq!(v1.index_names().expect("indexes"), vec!["kind".to_string()]);
    let records = vec![rt("RT 01", 0), rt("RT 02", 1)];
    v1.put_all(&records).await.expect("write v1");
    v1.close();
    let current = Db::open(name).await.expect("upgrade");
    let mut indexes = current.index_names().expect("indexes");
    indexes.sort();
    assert_eq!(indexes, ["area", "kind", "updated_at"]);
    assert_eq!(
        sorted(current.load().await.expect("read").records),
        sorted(records)
    );
}

#[wasm_bindgen_test]
async fn unreadable_records_are_counted_and_kept() {
    let name = "t-unreadable";
    let db = fresh(name).await;
    db.put_all(&[rt("RT 01", 0)]).await.expect("write");
    let mut future = rt("RT from the future", 1);
    future.schema = SCHEMA_VERSION + 1;
    let rexie = raw_open(name).await;
    let tx = rexie
        .transaction(&["records"], TransactionMode::ReadWrite)
        .expect("tx");
    let value = js_sys::JSON::parse(&serde_json::to_string(&future).expect("json")).expect("to js");
    tx.store("records")
        .expect("store")
        .put(&value, None)
        .await
        .expect("put");
    tx.done().await.expect("commit");
    let loaded = db.load().await.expect("read");
    assert_eq!((loaded.records.len(), loaded.unreadable), (1, 1));
}

#[wasm_bindgen_test]
async fn import_merges_by_the_design_rule() {
    let db = fresh("t-import").await;
    let kept = rt("RT 01", 0);
    let edited_here = rt("RT 02", 0).edited(
        Body::Area(Area {
            level: AreaLevel::Rt,
            name: "RT 02 (ubah di HP ini)".into(),
            parent_id: None,
        }),
        "hp-test",
        at(30),
    );
    db.put_all(&[kept.clone(), edited_here.clone()])
        .await
        .expect("write");
    let older_copy = Record {
        updated_at: at(10),
        ..edited_here.clone()
    };
    let deleted_elsewhere = kept.deleted("hp-lain", at(20));
    let new_one = rt("RT 03", 5);
    let file = backup::export(
        &[older_copy, deleted_elsewhere.clone(), new_one.clone()],
        "0.1.0",
        "hp-lain",
        at(40),
    )
    .expect("export");
    let (_, incoming) = backup::parse(&file, chrono::Utc::now()).expect("valid backup");
    let (plan, undo) = db.import(incoming.clone()).await.expect("import");
    assert_eq!((plan.added, plan.updated, plan.unchanged), (1, 1, 1));
    let after = sorted(db.load().await.expect("read").records);
    assert_eq!(
        after,
        sorted(vec![
            deleted_elsewhere,
            edited_here.clone(),
            new_one.clone()
        ])
    );
    // Undone, the phone holds exactly what it held before the merge.
    db.undo(&undo).await.expect("undo");
    let before = sorted(db.load().await.expect("read").records);
    assert_eq!(before, sorted(vec![kept.clone(), edited_here.clone()]));
    db.import(incoming.clone())
        .await
        .expect("import again after undo");
    let (again, _) = db.import(incoming).await.expect("import again");
    assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 3));
    // The live version the deletion replaced is kept aside, once however often merged;
    // the older copy that says the same as the kept one is not.
    let aside = db
        .history_of(&[kept.id, edited_here.id])
        .await
        .expect("history");
    assert_eq!(aside.len(), 1);
    assert_eq!(aside[0].record, kept);
    // Kept for a while: pruned once older than KEEP_DAYS.
    db.prune_history(Utc::now()).await.expect("prune now");
    assert_eq!(db.history_of(&[kept.id]).await.expect("history").len(), 1);
    let later = Utc::now() + chrono::Duration::days(history::KEEP_DAYS + 1);
    db.prune_history(later).await.expect("prune later");
    assert!(db.history_of(&[kept.id]).await.expect("history").is_empty());
}

#[wasm_bindgen_test]
async fn version_2_database_upgrades_keeping_records_and_gains_the_history() {
    let name = "t-migrate-2";
    Rexie::delete(name).await.expect("delete old test db");
    let v2 = Db::open_version(name, 2).await.expect("open v2");
    let records = vec![rt("RT 01", 0), rt("RT 02", 1)];
    v2.put_all(&records).await.expect("write v2");
    v2.close();
    let current = Db::open(name).await.expect("upgrade");
    assert_eq!(
        sorted(current.load().await.expect("read").records),
        sorted(records.clone())
    );
    assert!(current
        .history_of(&[records[0].id])
        .await
        .expect("history")
        .is_empty());
}

#[wasm_bindgen_test]
async fn bad_backups_change_nothing() {
    let db = fresh("t-bad-files").await;
    let records = vec![rt("RT 01", 0), rt("RT 02", 1)];
    db.put_all(&records).await.expect("write");
    let good = backup::export(&[rt("RT 09", 2)], "0.1.0", "hp-lain", at(3)).expect("export");
    let bad_files = [
        good[..good.len() - 20].to_string(),
        good.replace("RT 09", "RT 99"),
        good.replace("\"format_version\":1", "\"format_version\":7"),
        "{\"format\":\"lain\"}".to_string(),
        "bukan json".to_string(),
    ];
    for text in bad_files {
        assert!(backup::parse(&text, chrono::Utc::now()).is_err(), "{text}");
    }
    assert_eq!(
        sorted(db.load().await.expect("read").records),
        sorted(records)
    );
}

#[wasm_bindgen_test]
fn four_t_thresholds_and_map_legend_are_kept_in_local_storage() {
    use bakti::domain::kb::family_map::{Colour, HouseMark, Legend};
    use bakti::domain::kb::status::{FourTRules, FOUR_T};
    use bakti::store::settings;
    let storage = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage in the test browser");
    // Something unreadable under the key (an older or broken value) gives the defaults.
    storage
        .set_item("bakti.four_t", "{\"too_young_below\":\"dua puluh\"}")
        .expect("set");
    assert_eq!(settings::four_t_rules(), FOUR_T);
    let tpk = FourTRules {
        too_young_below: 21,
        too_close_below_years: 3,
        ..FOUR_T
    };
    settings::save_four_t_rules(&tpk).expect("saved");
    assert_eq!(settings::four_t_rules(), tpk);

    storage
        .set_item("bakti.map_legend", "[{\"mark\":")
        .expect("set");
    assert!(settings::map_legend().is_empty());
    let mut legend = Legend::new(&[], |_| "bawaan".into());
    legend.entries[0].colour = Colour([1, 2, 3]);
    legend.entries[0].label = "Spiral".into();
    settings::save_map_legend(&legend.entries).expect("saved");
    let again = Legend::new(&settings::map_legend(), |_| "lain".into());
    assert_eq!(again, legend);
    assert_eq!(
        again.entry(HouseMark::NotPus).map(|e| e.label.as_str()),
        Some("bawaan")
    );
}

/// Every stored object of database `name`, as JSON text the browser holds.
async fn raw_text(name: &str) -> String {
    let rexie = raw_open(name).await;
    let tx = rexie
        .transaction(&["records"], TransactionMode::ReadOnly)
        .expect("tx");
    let values = tx
        .store("records")
        .expect("store")
        .get_all(None, None)
        .await
        .expect("get all");
    let array: js_sys::Array = values.into_iter().collect();
    let text = js_sys::JSON::stringify(&array)
        .expect("json")
        .as_string()
        .expect("text");
    rexie.close();
    text
}

#[wasm_bindgen_test]
async fn a_clear_database_is_sealed_batch_by_batch_and_reads_back_the_same() {
    use bakti::store::keys;
    use bakti::vault::DataKey;
    let name = "t-sealed";
    let db = fresh(name).await;
    let records = vec![
        rt("Siti Rahasia", 0),
        rt("Budi Rahasia", 1),
        rt("Ani Rahasia", 2),
    ];
    db.put_all(&records).await.expect("write clear");
    assert!(raw_text(name).await.contains("Siti Rahasia"));

    keys::set_data_key(DataKey::random().expect("random"));
    let loaded = db.load().await.expect("read");
    assert_eq!(
        loaded.clear.len(),
        3,
        "a key is open: all three still wait to be sealed"
    );
    // A tab that dies after the first batch: the rest stay readable and are found again.
    let first = records.first().expect("one").id;
    let only_first: Vec<Record> = loaded
        .records
        .iter()
        .filter(|r| r.id == first)
        .cloned()
        .collect();
    db.seal_clear(&only_first, |_| {}).await.expect("seal one");
    let again = db.load().await.expect("read again");
    assert_eq!(again.clear.len(), 2);
    assert!(!again.clear.contains(&first));
    let rest: Vec<Record> = again
        .records
        .iter()
        .filter(|r| again.clear.contains(&r.id))
        .cloned()
        .collect();
    db.seal_clear(&rest, |_| {}).await.expect("seal rest");

    let raw = raw_text(name).await;
    assert!(!raw.contains("Rahasia"), "no name in clear: {raw}");
    assert!(!raw.contains("payload"));
    assert_eq!(raw.matches("\"sealed\"").count(), 3);
    let sealed = db.load().await.expect("read sealed");
    assert!(sealed.clear.is_empty());
    assert_eq!(sorted(sealed.records), sorted(records));
}

#[wasm_bindgen_test]
async fn webcrypto_derives_the_same_key_as_the_rust_fallback() {
    use bakti::store::webcrypto;
    use bakti::vault::kdf::{self, KdfParams};
    let params = KdfParams {
        iterations: 2_000,
        ..KdfParams::new().expect("params")
    };
    let browser = webcrypto::derive("246810", &params)
        .await
        .expect("webcrypto");
    let rust = kdf::derive("246810", &params).expect("rust");
    assert_eq!(browser, rust);
    assert_ne!(browser, kdf::derive("246811", &params).expect("rust"));
}

/// The kecamatan phone's database of desa copies, opened past the store.
async fn held_kecamatan() -> Rexie {
    Rexie::builder("bakti-kecamatan")
        .version(1)
        .add_object_store(rexie::ObjectStore::new("desa"))
        .build()
        .await
        .unwrap()
}

/// The records of the desa `key` as the kecamatan view reads them; `None` when not held.
async fn held_records(key: &str) -> Option<Vec<Record>> {
    let all = bakti::store::kecamatan::read_each(|records| records)
        .await
        .unwrap();
    all.into_iter()
        .find(|(desa, _)| desa.key == key)
        .map(|(_, records)| records.unwrap())
}

/// The stored value of the desa `key`, past the store.
async fn stored_copy(key: &str) -> JsValue {
    let held = held_kecamatan().await;
    let tx = held
        .transaction(&["desa"], TransactionMode::ReadOnly)
        .unwrap();
    let value = tx.store("desa").unwrap().get(key.into()).await.unwrap();
    held.close();
    value.unwrap()
}

#[wasm_bindgen_test]
async fn a_kecamatan_desa_is_one_value_and_an_older_copy_moves_into_it() {
    use bakti::store::{kecamatan, settings};
    use bakti::vault::stored::encode_all;
    let records = vec![rt("RT 01", 1), rt("RT 02", 2)];
    let json = encode_all(&records).unwrap();
    let copy = kecamatan::keep("desa-a", "Sukamaju", json.as_bytes(), 2, at(3))
        .await
        .unwrap();
    assert_eq!(copy.records, 2);
    assert_eq!(held_records("desa-a").await.unwrap(), records);
    assert!(
        stored_copy("desa-a").await.is_instance_of::<Uint8Array>(),
        "bytes"
    );
    // An older version kept a desa in a database of its own, record by record.
    let old = Db::open("bakti-desa-desa-b").await.unwrap();
    old.put_all(&[rt("RT 03", 4)]).await.unwrap();
    old.close();
    let mut list = settings::kecamatan_desa();
    list.push(kecamatan::DesaCopy {
        key: "desa-b".into(),
        ..copy.clone()
    });
    settings::save_kecamatan_desa(&list).unwrap();
    let moved = held_records("desa-b").await.unwrap();
    assert_eq!(moved.len(), 1);
    let emptied = Db::open("bakti-desa-desa-b").await.unwrap();
    assert!(
        emptied.load().await.unwrap().records.is_empty(),
        "the old database is gone"
    );
    emptied.close();
    Db::delete("bakti-desa-desa-b").await.unwrap();
    assert_eq!(
        held_records("desa-b").await.unwrap(),
        moved,
        "read from the one value now"
    );
    // A copy an older version kept as text, in clear before the PIN was set, is
    // sealed with the rest.
    let had_key = bakti::store::keys::data_key().is_some();
    if !had_key {
        bakti::store::keys::set_data_key(bakti::vault::DataKey::random().unwrap());
    }
    let held = held_kecamatan().await;
    let tx = held
        .transaction(&["desa"], TransactionMode::ReadWrite)
        .unwrap();
    tx.store("desa")
        .unwrap()
        .put(&json.as_str().into(), Some(&"desa-a".into()))
        .await
        .unwrap();
    tx.done().await.unwrap();
    held.close();
    kecamatan::seal_all().await.unwrap();
    let sealed = Uint8Array::new(&stored_copy("desa-a").await).to_vec();
    assert_eq!(sealed.first(), Some(&1), "kept sealed");
    assert!(!String::from_utf8_lossy(&sealed).contains("RT 01"));
    assert_eq!(held_records("desa-a").await.unwrap(), records);
    // Sealing again (a run cut short, then repeated) opens what is already sealed.
    kecamatan::seal_all().await.unwrap();
    assert_eq!(held_records("desa-a").await.unwrap(), records);
    if !had_key {
        bakti::store::keys::forget_data_key();
    }
    kecamatan::forget("desa-a").await.unwrap();
    assert!(held_records("desa-a").await.is_none());
    // A phone reset forgets every desa held.
    kecamatan::forget_all().await.unwrap();
    assert!(held_records("desa-b").await.is_none());
}
