//! The PPKBD's monthly KB report by RT and RW, and its sheet (.xlsx or CSV).

pub mod report;
pub mod sheet;
