//! The Leptos screens: a thin layer that reads and writes through `store` and
//! computes through `domain`. Only built for wasm32.

mod accompaniment;
mod accompany;
mod activities;
mod areas;
mod backup;
mod child_page;
mod children;
mod families;
mod family;
mod family_form;
mod family_map;
mod fields;
mod four_t;
mod home;
mod kb;
mod kb_report;
mod not_found;
mod person_form;
mod posters;
mod print;
mod reports;
mod result;
mod settings;
mod shell;
mod state;
mod supply;
mod weighing;

/// Starts the app in the page's body.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(shell::App);
}
