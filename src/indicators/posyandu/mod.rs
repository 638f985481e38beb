//! Posyandu indicators: SKDN, prevalence, and the children to refer.

pub mod immunisation;
pub mod month;
pub mod monthly;
pub mod prevalence;
pub mod referral;
pub mod skdn;
pub mod weighing_day;
