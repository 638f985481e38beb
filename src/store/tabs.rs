//! Tabs of one phone share one truth: after a write, the other open tabs of Bakti are
//! told which records changed (BroadcastChannel) and read them from IndexedDB.

use std::cell::RefCell;

use uuid::Uuid;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

const CHANNEL: &str = "bakti-records";
/// The message meaning "many records changed, read everything again" (a restore).
const ALL: &str = "*";

thread_local! {
    static OPEN: RefCell<Option<BroadcastChannel>> = const { RefCell::new(None) };
}

/// What another tab changed.
pub enum Changed {
    Records(Vec<Uuid>),
    Everything,
}

fn post(message: &str) {
    OPEN.with(|open| {
        if let Some(channel) = open.borrow().as_ref() {
            // A tab that cannot tell the others still saved: they see it on reload.
            let _ = channel.post_message(&message.into());
        }
    });
}

/// Tells the other tabs that `ids` were written.
pub fn announce(ids: &[Uuid]) {
    let text = ids
        .iter()
        .map(Uuid::to_string)
        .collect::<Vec<_>>()
        .join(",");
    post(&text);
}

/// Tells the other tabs to read everything again.
pub fn announce_everything() {
    post(ALL);
}

fn parse(text: &str) -> Changed {
    if text == ALL {
        return Changed::Everything;
    }
    Changed::Records(text.split(',').filter_map(|id| id.parse().ok()).collect())
}

/// Listens for the other tabs' writes for the life of the page (browsers without
/// BroadcastChannel simply never hear: each tab then sees the others' data on reload).
pub fn listen(on_change: impl Fn(Changed) + 'static) {
    let Ok(channel) = BroadcastChannel::new(CHANNEL) else {
        return;
    };
    let handler = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        if let Some(text) = event.data().as_string() {
            on_change(parse(&text));
        }
    });
    channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The page listens until it closes.
    handler.forget();
    OPEN.with(|open| *open.borrow_mut() = Some(channel));
}
