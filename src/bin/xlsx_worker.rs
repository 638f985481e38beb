//! The .xlsx web worker: reads and writes Excel files for the app (see
//! `bakti::store::xlsx`). Trunk builds it beside the app (index.html) and the app
//! starts it only when a cadre opens or saves an Excel file.

#[cfg(target_arch = "wasm32")]
fn main() {
    bakti::store::xlsx::serve();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("xlsx_worker runs in the browser as the app's web worker (`scripts/serve`).");
}
