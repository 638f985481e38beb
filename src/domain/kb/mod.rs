//! Keluarga Berencana: a PUS wife's KB status history and the questions over it,
//! contraceptive supply, and Peta Keluarga.

pub mod family_map;
pub mod history;
pub mod status;
pub mod supply;
