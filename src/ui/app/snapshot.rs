//! Writing the start-up snapshot (`store/snapshot.rs`) once the screen has settled
//! after a load that found none to use, or a long change log since it.

use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::core::record_list::RecordList;
use crate::domain::core::register::in_load_order;
use crate::store::{Db, StoreError};
use crate::vault::snapshot::PART_RECORDS;

/// Long enough for the first screen to be drawn and used before the writing starts.
const AFTER: Duration = Duration::from_secs(8);

/// Writes a snapshot of `records` (which hold the change log up to `log_end`) part by
/// part from memory; gives up when the records are read whole again meanwhile
/// (`reloads` moves on), as their order may change.
pub fn write_later(
    db: Rc<Db>,
    records: RwSignal<RecordList>,
    reloads: StoredValue<u32>,
    log_end: f64,
) {
    let ticket = reloads.get_value();
    // Written in the register's order, the next start builds its lists without sorting.
    // Positions stay valid until a reload (records are only replaced or added); those
    // added after the order was taken are in the log after `log_end`.
    let mut order: Option<Vec<usize>> = None;
    let part = move |index: usize| {
        if reloads.get_value() != ticket {
            return Err(StoreError::Stale);
        }
        Ok(records.with_untracked(|all| {
            let order = order.get_or_insert_with(|| in_load_order(all));
            let start = index.saturating_mul(PART_RECORDS);
            let end = start.saturating_add(PART_RECORDS).min(order.len());
            order
                .get(start..end)
                .filter(|part| !part.is_empty())
                .map(|part| part.iter().filter_map(|&i| all.get(i)).cloned().collect())
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
