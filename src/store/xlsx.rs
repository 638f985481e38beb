//! The .xlsx web worker (`src/bin/xlsx_worker.rs`, built by Trunk beside the app): the
//! app asks it to read or write a workbook, so the app's own wasm carries no zip or XML
//! code and the worker is fetched only the first time a cadre uses an Excel file (the
//! service worker keeps it for offline use after that).
//!
//! The worker says `["ready"]` once it listens (a message sent before would be lost);
//! then `["read", Uint8Array]` is answered `[true, JSON of the sheets]` and
//! `["write", JSON of the sheets]` `[true, Uint8Array]`; a failure `[false, reason]`.

use crate::sheet::{xlsx, Sheet};
use js_sys::{Array, Function, Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Worker};

/// The `<meta>` of index.html naming the worker's loader (scripts/post-build.mjs writes
/// it: the file name carries a content hash).
const WORKER_META: &str = "meta[name=bakti-xlsx-worker]";
const NOT_XLSX: &str = "not-xlsx";

/// Why an Excel file could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum XlsxFailure {
    /// The worker could not start: never fetched on this phone and no connection, or
    /// the browser refused it.
    Unavailable,
    /// The file is not a workbook the reader understands.
    NotXlsx,
    /// The workbook could not be written (the reason, for the log).
    Unwritable(String),
}

/// Every sheet of the workbook in `bytes`.
pub async fn read(bytes: &[u8]) -> Result<Vec<Sheet>, XlsxFailure> {
    let answer = ask("read", &Uint8Array::from(bytes)).await?;
    let json = answer.as_string().ok_or(XlsxFailure::NotXlsx)?;
    serde_json::from_str(&json).map_err(|_| XlsxFailure::NotXlsx)
}

/// `sheets` as the bytes of an .xlsx file, every cell a text cell.
pub async fn write(sheets: &[Sheet]) -> Result<Vec<u8>, XlsxFailure> {
    let json = serde_json::to_string(sheets).map_err(|e| XlsxFailure::Unwritable(e.to_string()))?;
    let answer = ask("write", &JsValue::from_str(&json)).await?;
    Ok(Uint8Array::new(&answer).to_vec())
}

/// Starts the worker, gives it one job, waits for its answer and stops it.
async fn ask(kind: &str, payload: &JsValue) -> Result<JsValue, XlsxFailure> {
    let url = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(WORKER_META).ok().flatten())
        .and_then(|meta| meta.get_attribute("content"))
        .ok_or(XlsxFailure::Unavailable)?;
    let worker = Worker::new(&url).map_err(|_| XlsxFailure::Unavailable)?;
    let answer = converse(&worker, kind, payload).await;
    worker.terminate();
    let answer = Array::from(&answer.map_err(|_| XlsxFailure::Unavailable)?);
    if answer.get(0).as_bool() == Some(true) {
        return Ok(answer.get(1));
    }
    match answer.get(1).as_string() {
        Some(reason) if reason == NOT_XLSX => Err(XlsxFailure::NotXlsx),
        reason => Err(XlsxFailure::Unwritable(reason.unwrap_or_default())),
    }
}

async fn converse(worker: &Worker, kind: &str, payload: &JsValue) -> Result<JsValue, JsValue> {
    next_message(worker).await?;
    let answered = next_message(worker);
    worker.post_message(&Array::of2(&JsValue::from_str(kind), payload))?;
    answered.await
}

/// The worker's next message, or its error (a failed load, a crash) as a rejection.
async fn next_message(worker: &Worker) -> Result<JsValue, JsValue> {
    let mut handlers = None;
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let _ = resolve.call1(&JsValue::UNDEFINED, &event.data());
        });
        let on_error = Closure::<dyn FnMut(JsValue)>::new(move |error: JsValue| {
            let _ = reject.call1(&JsValue::UNDEFINED, &error);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        handlers = Some((on_message, on_error));
    });
    let result = JsFuture::from(promise).await;
    worker.set_onmessage(None);
    worker.set_onerror(None);
    drop(handlers);
    result
}

/// The worker's side: answers every job posted to it, after saying it is ready.
pub fn serve() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let job = Array::from(&event.data());
        let kind = job.get(0).as_string().unwrap_or_default();
        let (ok, value) = match answer(&kind, &job.get(1)) {
            Ok(value) => (true, value),
            Err(reason) => (false, JsValue::from_str(&reason)),
        };
        let _ = replies.post_message(&Array::of2(&JsValue::from_bool(ok), &value));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker does.
    on_message.forget();
    let _ = scope.post_message(&Array::of1(&JsValue::from_str("ready")));
}

fn answer(kind: &str, payload: &JsValue) -> Result<JsValue, String> {
    match kind {
        "read" => {
            let sheets =
                xlsx::read(&Uint8Array::new(payload).to_vec()).map_err(|_| NOT_XLSX.to_owned())?;
            serde_json::to_string(&sheets)
                .map(|json| JsValue::from_str(&json))
                .map_err(|e| e.to_string())
        }
        "write" => {
            let json = payload.as_string().unwrap_or_default();
            let sheets: Vec<Sheet> = serde_json::from_str(&json).map_err(|e| e.to_string())?;
            let bytes = xlsx::write(&sheets).map_err(|e| e.to_string())?;
            Ok(Uint8Array::from(bytes.as_slice()).into())
        }
        other => Err(format!("unknown job `{other}`")),
    }
}
