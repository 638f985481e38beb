//! The open data key of this tab (none until the PIN unlocks it, none again after a
//! lock, which reloads the page) and key derivation with the browser's WebCrypto.

use std::cell::RefCell;

use js_sys::{Array, Function, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::vault::kdf::{self, KdfParams};
use crate::vault::key::{KEY_LEN, NONCE_LEN};
use crate::vault::{CryptoError, DataKey};

thread_local! {
    static DATA_KEY: RefCell<Option<DataKey>> = const { RefCell::new(None) };
}

/// The data key, when the PIN has opened it in this tab.
pub fn data_key() -> Option<DataKey> {
    DATA_KEY.with(|slot| slot.borrow().clone())
}

pub fn set_data_key(key: DataKey) {
    DATA_KEY.with(|slot| *slot.borrow_mut() = Some(key));
}

/// Drops the key from this tab (locking).
pub fn forget_data_key() {
    DATA_KEY.with(|slot| *slot.borrow_mut() = None);
}

fn get(target: &JsValue, name: &str) -> Result<JsValue, JsValue> {
    Reflect::get(target, &name.into())
}

fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Result<js_sys::Promise, JsValue> {
    let function: Function = get(target, name)?.dyn_into()?;
    let args: Array = args.iter().collect();
    Ok(function.apply(target, &args)?.unchecked_into())
}

/// PBKDF2 by `crypto.subtle` (native code, off the main thread).
async fn derive_in_browser(secret: &str, params: &KdfParams) -> Result<DataKey, JsValue> {
    let subtle = get(&get(&js_sys::global(), "crypto")?, "subtle")?;
    if subtle.is_undefined() {
        return Err("no crypto.subtle".into());
    }
    let raw = Uint8Array::from(secret.as_bytes());
    let usages = Array::of1(&"deriveBits".into());
    let base = JsFuture::from(call(
        &subtle,
        "importKey",
        &[
            "raw".into(),
            raw.into(),
            "PBKDF2".into(),
            JsValue::FALSE,
            usages.into(),
        ],
    )?)
    .await?;
    let salt = params
        .salt_bytes()
        .map_err(|e| JsValue::from_str(&e.to_string()))?;
    let algorithm = Object::new();
    Reflect::set(&algorithm, &"name".into(), &"PBKDF2".into())?;
    Reflect::set(&algorithm, &"hash".into(), &"SHA-256".into())?;
    Reflect::set(
        &algorithm,
        &"salt".into(),
        &Uint8Array::from(salt.as_slice()),
    )?;
    Reflect::set(&algorithm, &"iterations".into(), &params.iterations.into())?;
    let bits = JsFuture::from(call(
        &subtle,
        "deriveBits",
        &[algorithm.into(), base, (KEY_LEN as u32 * 8).into()],
    )?)
    .await?;
    let bytes: [u8; KEY_LEN] = Uint8Array::new(&bits)
        .to_vec()
        .try_into()
        .map_err(|_| JsValue::from_str("short key"))?;
    Ok(DataKey::from_bytes(bytes))
}

/// The key `params` derive from `secret`: WebCrypto where the page has it, else the
/// same PBKDF2 in Rust (slower, but the page still works over plain http).
pub async fn derive(secret: &str, params: &KdfParams) -> Result<DataKey, CryptoError> {
    if params.salt_bytes().is_err() {
        return Err(CryptoError::Malformed);
    }
    match derive_in_browser(secret, params).await {
        Ok(key) => Ok(key),
        Err(_) => kdf::derive(secret, params),
    }
}

/// The data key imported into WebCrypto for AES-GCM opening: native code, many times
/// the speed of AES in wasm on a phone without it (the start-up snapshot's 47 MB).
pub struct BrowserKey {
    subtle: JsValue,
    key: JsValue,
}

impl BrowserKey {
    /// `None` where the page has no WebCrypto (plain http): open in Rust instead.
    pub async fn import(key: &DataKey) -> Option<BrowserKey> {
        let subtle = get(&get(&js_sys::global(), "crypto").ok()?, "subtle").ok()?;
        if subtle.is_undefined() {
            return None;
        }
        let raw = Uint8Array::from(key.bytes().as_slice());
        let usages = Array::of1(&"decrypt".into());
        let args = [
            "raw".into(),
            raw.into(),
            "AES-GCM".into(),
            JsValue::FALSE,
            usages.into(),
        ];
        let imported = JsFuture::from(call(&subtle, "importKey", &args).ok()?).await;
        Some(BrowserKey {
            subtle,
            key: imported.ok()?,
        })
    }

    /// Opens bytes sealed by `DataKey::seal_bytes` (nonce ‖ ciphertext ‖ tag, WebCrypto's
    /// own layout) with the same `aad`.
    pub async fn open(&self, sealed: &[u8], aad: &[u8]) -> Result<Vec<u8>, CryptoError> {
        let (nonce, body) = sealed
            .split_at_checked(NONCE_LEN)
            .ok_or(CryptoError::Malformed)?;
        let algorithm = Object::new();
        let set = |name: &str, value: &JsValue| Reflect::set(&algorithm, &name.into(), value);
        set("name", &"AES-GCM".into())
            .and_then(|_| set("iv", &Uint8Array::from(nonce)))
            .and_then(|_| set("additionalData", &Uint8Array::from(aad)))
            .map_err(|_| CryptoError::Malformed)?;
        let args = [
            algorithm.into(),
            self.key.clone(),
            Uint8Array::from(body).into(),
        ];
        let promise = call(&self.subtle, "decrypt", &args).map_err(|_| CryptoError::Malformed)?;
        let plain = JsFuture::from(promise)
            .await
            .map_err(|_| CryptoError::WrongKey)?;
        Ok(Uint8Array::new(&plain).to_vec())
    }
}
