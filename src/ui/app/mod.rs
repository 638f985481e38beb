//! The app frame and its shared state: shell, state, Beranda, and the not-found screen.

pub mod home;
pub mod not_found;
pub mod shell;
pub mod state;
