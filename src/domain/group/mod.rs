//! The IMP group itself (Pos KB, Sub-PPKBD, Kelompok KB): its activities and its
//! cash book.

pub mod activity;
pub mod cash;
