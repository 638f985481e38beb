//! Writing the start-up snapshot (`store/snapshot.rs`) once the screen has settled
//! after a load that found none to use, or a long change log since it.

use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::core::record::Record;
use crate::store::{Db, StoreError};
use crate::vault::snapshot::PART_RECORDS;

/// Long enough for the first screen to be drawn and used before the writing starts.
const AFTER: Duration = Duration::from_secs(8);

/// Writes a snapshot of `records` (which hold the change log up to `log_end`) part by
/// part from memory; gives up when the records are read whole again meanwhile
/// (`reloads` moves on), as their order may change.
pub fn write_later(
    db: Rc<Db>,
    records: RwSignal<Vec<Record>>,
    reloads: StoredValue<u32>,
    log_end: f64,
) {
    let ticket = reloads.get_value();
    let part = move |index: usize| {
        if reloads.get_value() != ticket {
            return Err(StoreError::Stale);
        }
        Ok(records.with_untracked(|all| {
            let start = index.saturating_mul(PART_RECORDS);
            let end = start.saturating_add(PART_RECORDS).min(all.len());
            all.get(start..end)
                .filter(|part| !part.is_empty())
                .map(<[Record]>::to_vec)
        }))
    };
    set_timeout(
        move || {
            spawn_local(async move {
                // A snapshot not written costs only a slower next start: the records
                // store holds everything, and the next load tries again.
                let _ = db.write_snapshot(log_end, part).await;
            })
        },
        AFTER,
    );
}
