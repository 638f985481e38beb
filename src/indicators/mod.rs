//! Programme indicators computed from the register: SKDN, prevalence, referral list.
//! Pure Rust, tested natively.

pub mod kb_csv;
pub mod kb_report;
pub mod month;
pub mod prevalence;
pub mod referral;
pub mod skdn;

pub use month::Month;
