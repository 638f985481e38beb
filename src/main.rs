//! The app's entry point in the browser; natively there is nothing to run.

#[cfg(target_arch = "wasm32")]
fn main() {
    bakti::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Bakti runs in the browser: `scripts/serve` builds and serves it.");
}
