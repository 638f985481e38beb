//! Tim Pendamping Keluarga: catin, pregnancy and nifas, visits with their risks, the
//! targets of a day, and families at risk of stunting (KRS).

pub mod anc;
pub mod catin;
pub mod pregnancy;
pub mod stunting_risk;
pub mod targets;
pub mod visit;
