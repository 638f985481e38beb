//! Generated villages for trying every screen, benchmark and test at real size (a desa
//! of 1 000–3 000 families and three years of records). Native only: never in the app.

pub mod village;
