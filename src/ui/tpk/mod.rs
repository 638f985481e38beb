//! Pendampingan (TPK): the list of targets, one target's page, a pregnancy's ANC.

pub mod anc_panel;
pub mod target_list;
pub mod target_page;
