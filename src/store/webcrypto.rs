//! The browser's WebCrypto: native code, many times the speed of the same
//! algorithms in wasm on a cheap phone. Each use falls back to Rust where the page has
//! no WebCrypto (served over plain http), so the app still works there, slower.

use js_sys::{Array, Function, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::core::backup;
use crate::vault::kdf::{self, KdfParams};
use crate::vault::key::{random_bytes, KEY_LEN, NONCE_LEN};
use crate::vault::{CryptoError, DataKey};

/// `crypto.subtle`, where the page has it.
fn subtle() -> Option<JsValue> {
    let subtle = get(&get(&js_sys::global(), "crypto").ok()?, "subtle").ok()?;
    (!subtle.is_undefined()).then_some(subtle)
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
    let subtle = subtle().ok_or("no crypto.subtle")?;
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

/// The data key for sealing and opening large values (start-up snapshot parts, the
/// kecamatan's desa copies) with AES-GCM: imported into WebCrypto once, Rust's AES
/// where there is none. Both write nonce ‖ ciphertext ‖ tag, so either opens what the
/// other sealed (`DataKey::seal_bytes`, `DataKey::open_bytes`).
pub struct BytesKey {
    key: DataKey,
    browser: Option<(JsValue, JsValue)>,
}

impl BytesKey {
    pub async fn new(key: DataKey) -> BytesKey {
        let browser = match subtle() {
            Some(subtle) => import_aes(&subtle, &key).await.map(|k| (subtle, k)),
            None => None,
        };
        BytesKey { key, browser }
    }

    /// Whether WebCrypto does the work (tests check both ways meet).
    pub fn in_browser(&self) -> bool {
        self.browser.is_some()
    }

    pub async fn seal(&self, plain: &[u8], aad: &[u8]) -> Result<Vec<u8>, CryptoError> {
        let Some((subtle, key)) = &self.browser else {
            return self.key.seal_bytes(plain, aad);
        };
        let nonce: [u8; NONCE_LEN] = random_bytes()?;
        let sealed = aes(subtle, key, "encrypt", &nonce, aad, plain)
            .await
            .map_err(|_| CryptoError::Malformed)?;
        let mut out = Vec::with_capacity(NONCE_LEN + sealed.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    pub async fn open(&self, sealed: &[u8], aad: &[u8]) -> Result<Vec<u8>, CryptoError> {
        let Some((subtle, key)) = &self.browser else {
            return self.key.open_bytes(sealed, aad);
        };
        let (nonce, body) = sealed
            .split_at_checked(NONCE_LEN)
            .ok_or(CryptoError::Malformed)?;
        aes(subtle, key, "decrypt", nonce, aad, body)
            .await
            .map_err(|_| CryptoError::WrongKey)
    }
}

async fn import_aes(subtle: &JsValue, key: &DataKey) -> Option<JsValue> {
    let raw = Uint8Array::from(key.bytes().as_slice());
    let usages: Array = ["encrypt", "decrypt"]
        .iter()
        .map(|u| JsValue::from(*u))
        .collect();
    let args = [
        "raw".into(),
        raw.into(),
        "AES-GCM".into(),
        JsValue::FALSE,
        usages.into(),
    ];
    JsFuture::from(call(subtle, "importKey", &args).ok()?)
        .await
        .ok()
}

/// AES-GCM `operation` ("encrypt" or "decrypt") of `data` by WebCrypto.
async fn aes(
    subtle: &JsValue,
    key: &JsValue,
    operation: &str,
    nonce: &[u8],
    aad: &[u8],
    data: &[u8],
) -> Result<Vec<u8>, JsValue> {
    let algorithm = Object::new();
    Reflect::set(&algorithm, &"name".into(), &"AES-GCM".into())?;
    Reflect::set(&algorithm, &"iv".into(), &Uint8Array::from(nonce))?;
    Reflect::set(&algorithm, &"additionalData".into(), &Uint8Array::from(aad))?;
    let args = [algorithm.into(), key.clone(), Uint8Array::from(data).into()];
    let out = JsFuture::from(call(subtle, operation, &args)?).await?;
    Ok(Uint8Array::new(&out).to_vec())
}

/// The SHA-256 of `text` in lowercase hex (a backup's checksum over megabytes).
pub async fn sha256_hex(text: &str) -> String {
    match digest_in_browser(text).await {
        Ok(hex) => hex,
        Err(_) => backup::sha256_hex(text),
    }
}

async fn digest_in_browser(text: &str) -> Result<String, JsValue> {
    let subtle = subtle().ok_or("no crypto.subtle")?;
    let args = ["SHA-256".into(), Uint8Array::from(text.as_bytes()).into()];
    let digest = JsFuture::from(call(&subtle, "digest", &args)?).await?;
    Ok(backup::checksum_text(&Uint8Array::new(&digest).to_vec()))
}
