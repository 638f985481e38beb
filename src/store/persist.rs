//! Persistent storage: asks the browser not to evict the site's data under pressure.
//! Data is still lost if the user clears site data, hence backups.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// The browser's answer about persistent storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persistence {
    Granted,
    Denied,
    /// The browser has no StorageManager (old or unusual browsers).
    Unsupported,
}

async fn ask(request: bool) -> Persistence {
    let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else {
        return Persistence::Unsupported;
    };
    let promise = if request {
        manager.persist()
    } else {
        manager.persisted()
    };
    let Ok(promise) = promise else {
        return Persistence::Unsupported;
    };
    match JsFuture::from(promise).await {
        Ok(answer) if answer == JsValue::TRUE => Persistence::Granted,
        Ok(_) => Persistence::Denied,
        Err(_) => Persistence::Unsupported,
    }
}

/// Asks for persistent storage (the browser may decide silently).
pub async fn request() -> Persistence {
    ask(true).await
}

/// Whether storage is already persistent.
pub async fn current() -> Persistence {
    ask(false).await
}
