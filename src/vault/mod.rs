//! Keeping the village's health data unreadable without the PIN or the village passphrase
//! (UU 27/2022 PDP): payloads sealed with AES-GCM under a random data key, that key
//! wrapped under a key derived from the PIN, and files sealed under the village key.
//! Pure: the browser only supplies random bytes (getrandom) and, where it can, a faster
//! PBKDF2 (WebCrypto) that gives the same bits as `kdf::derive`.

pub mod desa_copy;
pub mod file;
pub mod kdf;
pub mod key;
pub mod lockout;
pub mod packed;
pub mod snapshot;
pub mod stored;
pub mod wrap;

pub use key::{CryptoError, DataKey};
