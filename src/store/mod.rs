//! Browser storage: records in IndexedDB, small settings in localStorage, and the
//! browser's persistent-storage grant. Only built for wasm32.

pub mod couch;
pub mod db;
pub mod error;
pub mod history;
pub mod kecamatan;
pub mod keys;
pub mod persist;
pub mod settings;
pub mod snapshot;
pub mod sync;
pub mod sync_read;
pub mod tabs;
pub mod webcrypto;
pub mod xlsx;

pub use db::{Db, Loaded, DB_NAME};
pub use error::StoreError;
