//! One 256-bit key and AES-GCM sealing with it. A sealed value is base64 of
//! nonce (12 bytes) ‖ ciphertext ‖ tag: plain text in JSON, WebCrypto's own layout.
//! The associated data binds a sealed payload to its place (a record's id and kind),
//! so a payload moved onto another record fails to open.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use thiserror::Error;

pub const NONCE_LEN: usize = 12;
pub const KEY_LEN: usize = 32;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CryptoError {
    /// Wrong key (wrong PIN or passphrase), or the data was changed.
    #[error("wrong key or altered data")]
    WrongKey,
    /// Not a sealed value at all (bad base64, too short).
    #[error("not a sealed value")]
    Malformed,
    /// The browser gave no random numbers.
    #[error("no random numbers: {0}")]
    NoRandom(String),
}

/// Fills `bytes` from the system's secure random source.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], CryptoError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| CryptoError::NoRandom(e.to_string()))?;
    Ok(bytes)
}

/// A secret 256-bit key. Debug never prints it.
#[derive(Clone, PartialEq, Eq)]
pub struct DataKey([u8; KEY_LEN]);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(…)")
    }
}

impl DataKey {
    pub fn from_bytes(bytes: [u8; KEY_LEN]) -> DataKey {
        DataKey(bytes)
    }

    pub fn random() -> Result<DataKey, CryptoError> {
        random_bytes().map(DataKey)
    }

    pub fn bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new(&self.0.into())
    }

    /// Seals `plain` with a fresh random nonce; `aad` must be given again to open it.
    pub fn seal(&self, plain: &[u8], aad: &[u8]) -> Result<String, CryptoError> {
        self.seal_bytes(plain, aad)
            .map(|bytes| STANDARD.encode(bytes))
    }

    /// As `seal`, the bytes themselves (nonce ‖ ciphertext ‖ tag), for a store that
    /// keeps bytes.
    pub fn seal_bytes(&self, plain: &[u8], aad: &[u8]) -> Result<Vec<u8>, CryptoError> {
        let nonce: [u8; NONCE_LEN] = random_bytes()?;
        let sealed = self
            .cipher()
            .encrypt(Nonce::from_slice(&nonce), Payload { msg: plain, aad })
            .map_err(|_| CryptoError::Malformed)?;
        let mut out = Vec::with_capacity(NONCE_LEN + sealed.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    /// Opens a value sealed by `seal` with the same key and `aad`.
    pub fn open(&self, sealed: &str, aad: &[u8]) -> Result<Vec<u8>, CryptoError> {
        let bytes = STANDARD
            .decode(sealed)
            .map_err(|_| CryptoError::Malformed)?;
        self.open_bytes(&bytes, aad)
    }

    /// Opens bytes sealed by `seal_bytes`.
    pub fn open_bytes(&self, sealed: &[u8], aad: &[u8]) -> Result<Vec<u8>, CryptoError> {
        let (nonce, body) = sealed
            .split_at_checked(NONCE_LEN)
            .ok_or(CryptoError::Malformed)?;
        self.cipher()
            .decrypt(Nonce::from_slice(nonce), Payload { msg: body, aad })
            .map_err(|_| CryptoError::WrongKey)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn round_trip_and_fresh_nonce() {
        let key = DataKey::random().unwrap();
        let a = key.seal(b"Siti Aminah", b"id-1").unwrap();
        let b = key.seal(b"Siti Aminah", b"id-1").unwrap();
        assert_ne!(a, b, "each seal uses a new nonce");
        assert!(!a.contains("Siti"));
        assert_eq!(key.open(&a, b"id-1").unwrap(), b"Siti Aminah");
    }

    #[test]
    fn wrong_key_aad_or_altered_text_is_refused() {
        let key = DataKey::random().unwrap();
        let other = DataKey::random().unwrap();
        let sealed = key.seal(b"BB 7.2 kg", b"id-1").unwrap();
        assert_eq!(other.open(&sealed, b"id-1"), Err(CryptoError::WrongKey));
        assert_eq!(key.open(&sealed, b"id-2"), Err(CryptoError::WrongKey));
        let mut altered = sealed.into_bytes();
        if let Some(c) = altered.get_mut(20) {
            *c = if *c == b'A' { b'B' } else { b'A' };
        }
        let altered = String::from_utf8(altered).unwrap();
        assert_eq!(key.open(&altered, b"id-1"), Err(CryptoError::WrongKey));
        assert_eq!(key.open("pendek", b"id-1"), Err(CryptoError::Malformed));
        assert_eq!(key.open("!!!", b"id-1"), Err(CryptoError::Malformed));
    }

    #[test]
    fn debug_hides_the_key() {
        let key = DataKey::from_bytes([7; KEY_LEN]);
        assert_eq!(format!("{key:?}"), "DataKey(…)");
    }
}
