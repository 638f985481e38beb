//! Kegiatan dan kas: the IMP group's activities and cash book.

pub mod activities;
