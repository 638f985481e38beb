//! The cadre's working area: desa/kelurahan → RW → RT, posyandu and Kampung KB.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Which level of the area tree a record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AreaLevel {
    /// Desa or kelurahan.
    Village,
    Rw,
    Rt,
    Posyandu,
    KampungKb,
}

impl AreaLevel {
    /// The level a new child area of this one has, if any.
    pub fn parent_level(self) -> Option<AreaLevel> {
        match self {
            AreaLevel::Village => None,
            AreaLevel::Rw | AreaLevel::Posyandu | AreaLevel::KampungKb => Some(AreaLevel::Village),
            AreaLevel::Rt => Some(AreaLevel::Rw),
        }
    }
}

/// One area: its level, its name or number as people write it, and where it sits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Area {
    pub level: AreaLevel,
    pub name: String,
    #[serde(default)]
    pub parent_id: Option<Uuid>,
}
