//! Pendampingan (TPK): the list of targets and one target's page.

pub mod target_list;
pub mod target_page;
