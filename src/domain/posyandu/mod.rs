//! Posyandu: a child's weighing, what it means (z-scores, N/T, warnings), her
//! immunisation, the outcome of her referral, and the exchange with e-PPGBM.

pub mod eppgbm;
pub mod immunisation;
pub mod measurement;
pub mod referral_back;
pub mod review;
