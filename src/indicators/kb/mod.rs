//! The PPKBD's monthly KB report by RT and RW, and its CSV.

pub mod csv;
pub mod report;
