//! What every programme shares: places and people, the record envelope, the register
//! built from the records, form parsing, merge and backup.

pub mod admit;
pub mod area;
pub mod backup;
pub mod calendar;
pub mod family;
pub mod family_search;
pub mod fields;
pub mod first_run;
pub mod forms;
pub mod history;
pub mod id_map;
pub mod ids;
pub mod merge;
pub mod person;
pub mod profile;
pub mod record;
pub mod record_list;
pub mod record_read;
pub mod register;
pub mod stale;
pub mod stored_date;
pub mod timestamp;
