//! Everything that can go wrong with storage in a browser, as one typed error that
//! the UI turns into an Indonesian sentence. Raised where it happens, shown once.

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StoreError {
    /// No IndexedDB (some private modes, or storage blocked in the browser settings).
    #[error("storage unavailable: {0}")]
    Unavailable(String),
    /// The phone's storage for this site is full.
    #[error("storage full")]
    QuotaExceeded,
    /// Another open tab keeps the old database version open.
    #[error("upgrade blocked by another tab")]
    Blocked,
    /// The record changed (or was deleted) in another tab since this edit started.
    #[error("changed in another tab")]
    Stale,
    /// A record that cannot be turned into or out of its stored form.
    #[error("record cannot be encoded or decoded: {0}")]
    Codec(String),
    /// The database could not be opened (at start-up, before anything was saved).
    #[error("cannot open storage: {0}")]
    CannotOpen(String),
    /// Any other IndexedDB failure.
    #[error("storage failed: {0}")]
    Failed(String),
}

impl From<rexie::Error> for StoreError {
    fn from(error: rexie::Error) -> Self {
        let text = match &error {
            rexie::Error::IdbError(inner) => format!("{inner}"),
            other => format!("{other}"),
        };
        if text.contains("QuotaExceeded") {
            StoreError::QuotaExceeded
        } else {
            StoreError::Failed(text)
        }
    }
}
