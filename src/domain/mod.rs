//! The records the cadres keep, how forms become records, and how backups merge.
//! Pure Rust: no browser types, tested natively. One folder per programme; `core`
//! holds what they share (docs/ARCHITECTURE.md).

pub mod core;
pub mod group;
pub mod kb;
pub mod posyandu;
pub mod tpk;
