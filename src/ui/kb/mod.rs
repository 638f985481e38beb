//! KB: the status panel on a family page, the monthly report, Peta Keluarga and the
//! supply log.

pub mod family_map;
pub mod report;
pub mod status_panel;
pub mod supply;
