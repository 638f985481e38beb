//! A CouchDB-protocol server over HTTP (`fetch`): the database of one desa, with the
//! cadre's CouchDB user. Only the calls sync needs; every answer is JSON text.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Request, RequestInit, Response};

use crate::sync::settings::SyncSettings;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CouchError {
    /// No answer: offline, wrong address, or the server refused the page's origin.
    #[error("no answer from the server")]
    Unreachable,
    #[error("user or password refused")]
    Unauthorized,
    #[error("no such database")]
    NoDatabase,
    #[error("server answered {0}")]
    Status(u16),
}

pub struct Couch {
    base: String,
    auth: Option<String>,
}

impl Couch {
    pub fn new(settings: &SyncSettings) -> Couch {
        let auth = (!settings.user.is_empty()).then(|| {
            let pair = format!("{}:{}", settings.user, settings.password);
            format!("Basic {}", STANDARD.encode(pair))
        });
        Couch {
            base: format!(
                "{}/{}",
                settings.url.trim_end_matches('/'),
                settings.database.trim_matches('/')
            ),
            auth,
        }
    }

    /// `method` on `path` below the database; `Ok(None)` for a 404 on a document.
    pub async fn call(
        &self,
        method: &str,
        path: &str,
        body: Option<&str>,
    ) -> Result<Option<String>, CouchError> {
        let url = if path.is_empty() {
            self.base.clone()
        } else {
            format!("{}/{path}", self.base)
        };
        let init = RequestInit::new();
        init.set_method(method);
        if let Some(body) = body {
            init.set_body(&JsValue::from_str(body));
        }
        let request =
            Request::new_with_str_and_init(&url, &init).map_err(|_| CouchError::Unreachable)?;
        let headers = request.headers();
        let _ = headers.set("Content-Type", "application/json");
        let _ = headers.set("Accept", "application/json");
        if let Some(auth) = &self.auth {
            let _ = headers.set("Authorization", auth);
        }
        let window = web_sys::window().ok_or(CouchError::Unreachable)?;
        let response: Response = JsFuture::from(window.fetch_with_request(&request))
            .await
            .ok()
            .and_then(|r| r.dyn_into().ok())
            .ok_or(CouchError::Unreachable)?;
        let text = match response.text() {
            Ok(promise) => JsFuture::from(promise)
                .await
                .ok()
                .and_then(|t| t.as_string())
                .unwrap_or_default(),
            Err(_) => String::new(),
        };
        match response.status() {
            200..=299 => Ok(Some(text)),
            401 | 403 => Err(CouchError::Unauthorized),
            404 if path.is_empty() => Err(CouchError::NoDatabase),
            404 if text.contains("no_db_file") || text.contains("Database does not exist") => {
                Err(CouchError::NoDatabase)
            }
            404 => Ok(None),
            409 => Err(CouchError::Status(409)),
            other => Err(CouchError::Status(other)),
        }
    }
}
