//! Growth standards: WHO 2006 (0–59 months) and WHO 2007 (5–19 years) z-scores computed
//! exactly as WHO's `anthro` and `anthroplus`, the PMK 2/2020 categories, and the
//! Buku KIA weight-gain judgement. Pure Rust: no browser, tested natively.

pub mod age;
pub mod batch;
pub mod category;
pub mod lms;
pub mod programme;
pub mod tables;
pub mod weight_gain;
pub mod zscore;

pub use age::Age;
pub use zscore::{assess, Assessment, Observation, Position, Reference, Score};

use serde::{Deserialize, Serialize};

/// Sex as WHO codes it (1 = boy, 2 = girl).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sex {
    #[serde(rename = "L")]
    Male,
    #[serde(rename = "P")]
    Female,
}

impl Sex {
    /// 0 for boys, 1 for girls: the order of the tables.
    pub fn index(self) -> usize {
        match self {
            Sex::Male => 0,
            Sex::Female => 1,
        }
    }

    /// WHO's codes `1`/`2`, or `m`/`f`, any case, surrounding blanks ignored.
    pub fn parse_who(text: &str) -> Option<Sex> {
        match text.trim().as_bytes() {
            [b'1' | b'm' | b'M'] => Some(Sex::Male),
            [b'2' | b'f' | b'F'] => Some(Sex::Female),
            _ => None,
        }
    }
}
