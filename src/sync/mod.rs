//! Optional sync through a CouchDB-protocol server (Apache CouchDB 3): pure parts.
//! Documents carry the record envelope in clear and the payload sealed with the village
//! key, so the server never holds names; both sides merge by the rule of
//! `domain/core/merge.rs`, so every phone ends with the same records.

pub mod doc;
pub mod exchange;
pub mod settings;
pub mod village;
