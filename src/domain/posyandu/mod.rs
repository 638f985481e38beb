//! Posyandu: a child's weighing, what it means (z-scores, N/T, warnings), her
//! immunisation, and the exchange with e-PPGBM.

pub mod eppgbm;
pub mod immunisation;
pub mod measurement;
pub mod review;
