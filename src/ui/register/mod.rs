//! Keluarga: the family list, one family, and the family and member forms.

pub mod family_form;
pub mod family_list;
pub mod family_page;
pub mod person_form;
