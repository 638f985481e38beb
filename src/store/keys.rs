//! The open data key of this tab: none until the PIN unlocks it, none again after a
//! lock.

use std::cell::RefCell;

use crate::vault::DataKey;

thread_local! {
    static DATA_KEY: RefCell<Option<DataKey>> = const { RefCell::new(None) };
}

/// The data key, when the PIN has opened it in this tab.
pub fn data_key() -> Option<DataKey> {
    DATA_KEY.with(|slot| slot.borrow().clone())
}

pub fn set_data_key(key: DataKey) {
    DATA_KEY.with(|slot| *slot.borrow_mut() = Some(key));
}

/// Drops the key from this tab (locking).
pub fn forget_data_key() {
    DATA_KEY.with(|slot| *slot.borrow_mut() = None);
}
