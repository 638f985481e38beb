//! A family (keluarga) as on the Kartu Keluarga, with the house facts PK asks for.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::core::fields::YesNo;

/// Main source of drinking water.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WaterSource {
    Piped,
    /// Sumur bor / pompa.
    Borehole,
    ProtectedWell,
    UnprotectedWell,
    Spring,
    Rain,
    Bottled,
    River,
    Other,
}

/// Toilet (jamban) the family uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Latrine {
    Own,
    Shared,
    None,
}

/// House condition (layak huni or not), as the cadre judges it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HouseCondition {
    Fit,
    Unfit,
}

/// One family. Its members are `Person` records pointing at it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Family {
    /// No. KK, 16 digits, kept as text.
    #[serde(default)]
    pub kk_number: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub rt_id: Option<Uuid>,
    #[serde(default)]
    pub water: Option<WaterSource>,
    #[serde(default)]
    pub latrine: Option<Latrine>,
    /// Whether the latrine drains into a septic tank (PK: jamban sehat).
    #[serde(default)]
    pub septic_tank: Option<YesNo>,
    #[serde(default)]
    pub house: Option<HouseCondition>,
    /// Desil kesejahteraan (DTSEN, 1 = poorest tenth) as the cadre recorded it.
    #[serde(default)]
    pub welfare_decile: Option<u8>,
    /// Where the cadre placed the house on the Peta Keluarga.
    #[serde(default)]
    pub map_spot: Option<MapSpot>,
}

/// A house's cell on the schematic map of an RT. It names the RT it was placed in, so
/// a family that moves to another RT is simply not yet placed there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct MapSpot {
    pub rt_id: Uuid,
    pub column: u8,
    pub row: u8,
}
