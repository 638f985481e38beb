//! The Leptos screens: a thin layer that reads and writes through `store` and
//! computes through `domain`. Only built for wasm32. One folder per programme, as in
//! `domain`; `app` is the frame, `widgets` the controls every screen uses.

mod app;
mod group;
mod kb;
mod kecamatan;
mod posyandu;
mod register;
mod settings;
mod tpk;
mod widgets;

/// Starts the app in the page's body.
pub fn mount() {
    // Panic messages on the console while developing; the release build aborts on a
    // panic (Clippy denies the ways to cause one) and does not carry the hook.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::shell::App);
}
