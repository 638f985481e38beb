//! Pengaturan: profile and language, data security (PIN, village passphrase), the
//! working area, 4T thresholds, backup, sync with the desa's server.

pub mod areas;
pub mod backup;
pub mod four_t;
pub mod page;
pub mod security;
pub mod sync;
