//! The app frame and its shared state: shell, state, the PIN lock, Beranda, the
//! not-found screen, and writing the start-up snapshot.

pub mod first_run;
pub mod home;
pub mod lock;
pub mod not_found;
pub mod shell;
pub mod snapshot;
pub mod state;
