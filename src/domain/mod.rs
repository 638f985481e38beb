//! The records the cadres keep, how forms become records, and how backups merge.
//! Pure Rust: no browser types, tested natively.

pub mod accompaniment;
pub mod activity;
pub mod area;
pub mod backup;
pub mod calendar;
pub mod cash;
pub mod catin;
pub mod eppgbm;
pub mod family;
pub mod family_map;
pub mod family_planning;
pub mod kb_history;
pub mod measurement;
pub mod merge;
pub mod person;
pub mod pregnancy;
pub mod profile;
pub mod record;
pub mod register;
pub mod review;
pub mod stunting_risk;
pub mod supply;
pub mod validate;
pub mod visit;
