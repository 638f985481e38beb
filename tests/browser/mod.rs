//! What the browser tests of the store share.

use bakti::domain::core::record::Record;
use bakti::store::Db;
use rexie::Rexie;

/// A fresh, empty database for one test.
pub async fn fresh(name: &str) -> Db {
    Rexie::delete(name).await.expect("delete old test db");
    Db::open(name).await.expect("open test db")
}

/// Records in one order, to compare sets.
pub fn sorted(mut records: Vec<Record>) -> Vec<Record> {
    records.sort_by_key(|r| r.id);
    records
}
