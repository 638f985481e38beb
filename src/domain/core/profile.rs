//! The cadre using this phone and the area above the village: a small setting, kept
//! in localStorage.

use serde::{Deserialize, Serialize};

/// The cadre's role in the village programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Ppkbd,
    SubPpkbd,
    KelompokKb,
    PosyanduCadre,
    Tpk,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Ppkbd,
        Role::SubPpkbd,
        Role::KelompokKb,
        Role::PosyanduCadre,
        Role::Tpk,
    ];
}

/// The administrative area above the village, as e-PPGBM names it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Region {
    pub province: String,
    pub regency: String,
    pub district: String,
    pub puskesmas: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub name: String,
    pub role: Option<Role>,
    pub region: Region,
}
