//! Controls every screen uses: form fields with their messages, printing, confirming.

pub mod area_filter;
pub mod chart;
pub mod confirm;
pub mod fields;
pub mod long_list;
pub mod other_versions;
pub mod person_picker;
pub mod print;
pub mod referral_flag;
pub mod sheet_file;
pub mod table_scroll;
