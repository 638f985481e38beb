//! The kecamatan view: a PKB/PLKB reads several desa side by side.

pub mod page;
