//! Programme indicators computed from the register: posyandu (SKDN, prevalence,
//! referral) and KB (the PPKBD report). Pure Rust, tested natively.

pub mod kb;
pub mod posyandu;

pub use crate::domain::core::calendar::Month;
