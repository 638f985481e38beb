//! The app frame and its shared state: shell, state, the PIN lock, Beranda, and the
//! not-found screen.

pub mod first_run;
pub mod home;
pub mod lock;
pub mod not_found;
pub mod shell;
pub mod state;
