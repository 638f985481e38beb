//! Bakti: the digital workbook of village family-planning and stunting cadres.
//!
//! Layers (calls go downwards only): `ui` → `store` → `domain` → `growth`.
//! `domain` and `growth` are pure Rust, tested natively; `store` and `ui` exist only in
//! the browser build.

pub mod charts;
pub mod domain;
pub mod growth;
pub mod i18n;
pub mod indicators;
pub mod route;
pub mod sheet;
pub mod sync;
pub mod vault;

#[cfg(not(target_arch = "wasm32"))]
pub mod sample;
#[cfg(target_arch = "wasm32")]
pub mod store;
#[cfg(target_arch = "wasm32")]
pub mod ui;
