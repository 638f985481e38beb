//! Programme indicators computed from the register: posyandu (SKDN, prevalence,
//! referral), KB (the PPKBD report) and the kecamatan view of several desa. Pure Rust,
//! tested natively.

pub mod kb;
pub mod kecamatan;
pub mod posyandu;

pub use crate::domain::core::calendar::Month;
