//! The start-up snapshot in a real browser (headless Chromium): a load reads it and the
//! records written since; every kind of write is seen after it; a large write, a
//! garbled part or an older snapshot never hide a record.

#![allow(clippy::restriction)] // test code may unwrap, panic and index
#![cfg(target_arch = "wasm32")]

use bakti::domain::core::area::{Area, AreaLevel};
use bakti::domain::core::merge::Undo;
use bakti::domain::core::record::{Body, Record};
use bakti::domain::core::record_list::ROOM_FOR_NEW;
use bakti::store::db::Loaded;
use bakti::store::snapshot::SNAPSHOT;
use bakti::store::Db;
use chrono::{DateTime, TimeZone, Utc};
use rexie::{Rexie, TransactionMode};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

mod browser;
use browser::{fresh, sorted};

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 5, 8, minute % 60, 0)
        .single()
        .expect("a real date")
}

fn rts(count: usize, minute: u32) -> Vec<Record> {
    (0..count)
        .map(|i| {
            Record::new(
                Body::Area(Area {
                    level: AreaLevel::Rt,
                    name: format!("RT {i:04}"),
                    parent_id: None,
                }),
                "hp-test",
                at(minute),
            )
        })
        .collect()
}

/// Writes a snapshot of `records` as a tab holding them would.
async fn snapshot(db: &Db, records: &[Record], log_end: f64) {
    snapshot_meanwhile(db, records, log_end, |_| {}).await;
}

/// As `snapshot`, calling `meanwhile` with each part's index before the part is given.
async fn snapshot_meanwhile(
    db: &Db,
    records: &[Record],
    log_end: f64,
    mut meanwhile: impl FnMut(usize),
) {
    db.write_snapshot(log_end, |index| {
        meanwhile(index);
        Ok(records
            .chunks(bakti::vault::snapshot::PART_RECORDS)
            .nth(index)
            .map(<[Record]>::to_vec))
    })
    .await
    .expect("write snapshot");
}

/// The snapshot store of the database `name` opened past the store's code, in `mode`.
async fn raw_snapshot(name: &str, mode: TransactionMode) -> (Rexie, rexie::Transaction) {
    let raw = Rexie::builder(name).build().await.expect("raw open");
    let tx = raw.transaction(&[SNAPSHOT], mode).expect("tx");
    (raw, tx)
}

async fn load(db: &Db) -> Loaded {
    let loaded = db.load().await.expect("load");
    assert_eq!(loaded.unreadable, 0);
    // Room for a session's new records, whichever way they were read: a list that
    // must grow copies them all during a save.
    let room = loaded.records.capacity() - loaded.records.len();
    assert!(room >= ROOM_FOR_NEW / 2, "room for {room} new records");
    loaded
}

#[wasm_bindgen_test]
async fn a_load_reads_the_snapshot_and_every_write_since() {
    let db = fresh("t-snapshot").await;
    let mut records = rts(2_500, 0);
    db.put_all(&records).await.expect("write");
    let first = load(&db).await;
    assert!(first.snapshot_due, "none yet: the store was read whole");
    assert_eq!(sorted(first.records.clone()), sorted(records.clone()));
    snapshot(&db, &first.records, first.log_end).await;

    let second = load(&db).await;
    assert!(!second.snapshot_due, "read from the snapshot");
    assert_eq!(sorted(second.records), sorted(records.clone()));

    // An edit, a new record, a merge undone (one put back, one removed) since.
    let edited = records[7].edited(records[8].body.clone(), "hp-2", at(5));
    let added = rts(1, 6).remove(0);
    db.put_all(&[edited.clone(), added.clone()])
        .await
        .expect("edit");
    let gone = rts(1, 7).remove(0);
    db.put_all(std::slice::from_ref(&gone))
        .await
        .expect("a merged record");
    db.undo(&Undo {
        put_back: vec![records[9].clone()],
        remove: vec![gone.id],
    })
    .await
    .expect("undo");
    records[7] = edited;
    records.push(added);
    let third = load(&db).await;
    assert!(!third.snapshot_due, "a short log is laid over the snapshot");
    assert_eq!(sorted(third.records), sorted(records.clone()));

    // A restore-sized write is not logged record by record: the store is read whole.
    let restored = rts(1_200, 9);
    db.put_all(&restored).await.expect("restore");
    records.extend(restored);
    let fourth = load(&db).await;
    assert!(fourth.snapshot_due);
    assert_eq!(sorted(fourth.records.clone()), sorted(records.clone()));

    // A new snapshot covers the log; one written from an older reading afterwards
    // (another tab) does not replace it.
    snapshot(&db, &fourth.records, fourth.log_end).await;
    snapshot(&db, &first.records, first.log_end).await;
    let fifth = load(&db).await;
    assert!(!fifth.snapshot_due);
    assert_eq!(sorted(fifth.records), sorted(records.clone()));

    // A garbled part: the store is read whole, nothing is missing.
    let (raw, tx) = raw_snapshot("t-snapshot", TransactionMode::ReadWrite).await;
    let store = tx.store(SNAPSHOT).expect("store");
    let keys = store.get_all_keys(None, None).await.expect("keys");
    assert_eq!(
        keys.len(),
        5,
        "the head and four parts of 1 000, no older part"
    );
    let part = keys
        .into_iter()
        .find(|k| k.as_string() != Some("head".into()));
    let garbled = js_sys::Uint8Array::from(&b"[{\"garbled\":1}]"[..]);
    store.put(&garbled, part.as_ref()).await.expect("garble");
    tx.done().await.expect("done");
    raw.close();
    let sixth = load(&db).await;
    assert!(sixth.snapshot_due);
    assert_eq!(sorted(sixth.records.clone()), sorted(records.clone()));

    // A part missing: the store is read whole, nothing is missing.
    snapshot(&db, &sixth.records, sixth.log_end).await;
    let (raw, tx) = raw_snapshot("t-snapshot", TransactionMode::ReadWrite).await;
    let store = tx.store(SNAPSHOT).expect("store");
    let keys = store.get_all_keys(None, None).await.expect("keys");
    let last = keys
        .into_iter()
        .filter(|k| k.as_string() != Some("head".into()))
        .last()
        .expect("a part");
    store.delete(last).await.expect("delete a part");
    tx.done().await.expect("done");
    raw.close();
    let short = load(&db).await;
    assert!(short.snapshot_due, "a snapshot missing a part is not read");
    assert_eq!(sorted(short.records.clone()), sorted(records.clone()));

    // A snapshot an older build wrote (JSON parts, a head without a format): the store
    // is read whole.
    snapshot(&db, &short.records, short.log_end).await;
    let (raw, tx) = raw_snapshot("t-snapshot", TransactionMode::ReadWrite).await;
    let store = tx.store(SNAPSHOT).expect("store");
    let head = store
        .get("head".into())
        .await
        .expect("get")
        .expect("a head");
    let head = head.as_string().expect("head text");
    let format = format!(",\"format\":{}", bakti::vault::packed::FORMAT);
    let older = head.replace(&format, "");
    assert_ne!(older, head);
    store
        .put(&older.as_str().into(), Some(&"head".into()))
        .await
        .expect("older head");
    tx.done().await.expect("done");
    raw.close();
    let older = load(&db).await;
    assert!(older.snapshot_due, "parts of another format are not read");
    assert_eq!(sorted(older.records.clone()), sorted(records.clone()));

    // A PIN set: the clear snapshot is not used, and the next one is sealed.
    snapshot(&db, &older.records, older.log_end).await;
    bakti::store::keys::set_data_key(bakti::vault::DataKey::random().expect("random"));
    let keyed = load(&db).await;
    assert!(keyed.snapshot_due, "a clear snapshot under an open key");
    snapshot(&db, &keyed.records, keyed.log_end).await;
    let sealed = load(&db).await;
    assert!(!sealed.snapshot_due);
    assert_eq!(sorted(sealed.records), sorted(records));
    let (raw, tx) = raw_snapshot("t-snapshot", TransactionMode::ReadOnly).await;
    let parts = tx.store(SNAPSHOT).expect("store").get_all(None, None).await;
    let parts = parts.expect("parts");
    let bytes: Vec<u8> = parts
        .iter()
        .filter(|part| part.as_string().is_none())
        .flat_map(|part| js_sys::Uint8Array::new(part).to_vec())
        .collect();
    raw.close();
    assert_eq!(parts.len(), 5, "the head and four parts");
    assert!(bytes.len() > 100_000, "{} bytes", bytes.len());
    assert!(
        !String::from_utf8_lossy(&bytes).contains("RT 0"),
        "no name in clear"
    );
    bakti::store::keys::forget_data_key();
    db.close();
}

#[wasm_bindgen_test]
async fn webcrypto_and_the_rust_sealing_open_each_others_bytes_and_nothing_else() {
    use bakti::store::webcrypto::BytesKey;
    use bakti::vault::DataKey;
    let key = DataKey::random().expect("random");
    let browser = BytesKey::new(key.clone()).await;
    assert!(browser.in_browser(), "WebCrypto on localhost");
    let sealed = key.seal_bytes(b"Siti Aminah", b"part-1").expect("seal");
    assert_eq!(
        browser.open(&sealed, b"part-1").await.expect("open"),
        b"Siti Aminah"
    );
    assert!(browser.open(&sealed, b"part-2").await.is_err(), "moved");
    let other = BytesKey::new(DataKey::random().expect("random")).await;
    assert!(other.open(&sealed, b"part-1").await.is_err(), "wrong key");
    let by_browser = browser.seal(b"Siti Aminah", b"desa-a").await.expect("seal");
    assert_eq!(
        key.open_bytes(&by_browser, b"desa-a")
            .expect("Rust opens it"),
        b"Siti Aminah"
    );
    assert!(key.open_bytes(&by_browser, b"desa-b").is_err(), "moved");
}

#[wasm_bindgen_test]
async fn the_browser_checksum_is_the_backup_checksum() {
    let text = "Siti Aminah, RT 01 — ü";
    assert_eq!(
        bakti::store::webcrypto::sha256_hex(text).await,
        bakti::domain::core::backup::sha256_hex(text)
    );
}

#[wasm_bindgen_test]
async fn a_snapshot_in_clear_finished_after_a_pin_was_set_is_not_kept() {
    use bakti::store::keys;
    let db = fresh("t-snapshot-pin").await;
    let records = rts(1_500, 0);
    db.put_all(&records).await.expect("write");
    let loaded = load(&db).await;
    snapshot_meanwhile(&db, &records, loaded.log_end, |index| {
        // The cadre sets her PIN while the second part is being written.
        if index == 1 {
            keys::set_data_key(bakti::vault::DataKey::random().expect("random"));
        }
    })
    .await;
    keys::forget_data_key();
    let (raw, tx) = raw_snapshot("t-snapshot-pin", TransactionMode::ReadOnly).await;
    let left = tx.store(SNAPSHOT).expect("store").count(None).await;
    raw.close();
    assert_eq!(left.expect("count"), 0, "no head, no part in clear");
    db.close();
}
