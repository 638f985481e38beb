//! The PIN and the wrapped data key. The PIN never unlocks data directly: it derives a
//! key-encryption key that opens the random data key, so changing the PIN re-wraps 32
//! bytes and no record. The wrap holds no secret without the PIN and lives in
//! localStorage.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::kdf::KdfParams;
use super::key::{CryptoError, DataKey, KEY_LEN};

pub const PIN_LEN: usize = 6;
/// Associated data of the wrapped key: a wrap cannot be mistaken for a record payload.
const AAD: &[u8] = b"bakti-data-key";

/// A PIN as typed: exactly six digits.
#[derive(Clone, PartialEq, Eq)]
pub struct Pin(String);

impl std::fmt::Debug for Pin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pin(••••••)")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum PinError {
    #[error("a PIN is six digits")]
    NotSixDigits,
    #[error("the two PINs differ")]
    Mismatch,
}

impl Pin {
    pub fn parse(text: &str) -> Result<Pin, PinError> {
        let text = text.trim();
        if text.len() == PIN_LEN && text.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Pin(text.to_owned()))
        } else {
            Err(PinError::NotSixDigits)
        }
    }

    /// A new PIN typed twice.
    pub fn parse_new(first: &str, again: &str) -> Result<Pin, PinError> {
        let pin = Pin::parse(first)?;
        if first.trim() == again.trim() {
            Ok(pin)
        } else {
            Err(PinError::Mismatch)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The data key sealed under a key derived from the PIN, with how it was derived.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyWrap {
    pub kdf: KdfParams,
    pub sealed: String,
}

impl KeyWrap {
    /// Wraps `data` under `kek` (derived from the PIN with `kdf`).
    pub fn new(data: &DataKey, kek: &DataKey, kdf: KdfParams) -> Result<KeyWrap, CryptoError> {
        Ok(KeyWrap {
            kdf,
            sealed: kek.seal(data.bytes(), AAD)?,
        })
    }

    /// The data key, or `WrongKey` when `kek` came from another PIN.
    pub fn open(&self, kek: &DataKey) -> Result<DataKey, CryptoError> {
        let bytes = kek.open(&self.sealed, AAD)?;
        let bytes: [u8; KEY_LEN] = bytes.try_into().map_err(|_| CryptoError::Malformed)?;
        Ok(DataKey::from_bytes(bytes))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::vault::kdf::derive;

    fn quick_params() -> KdfParams {
        // Few iterations keep the test fast; the count is data in the wrap.
        KdfParams {
            iterations: 1_000,
            ..KdfParams::new().unwrap()
        }
    }

    #[test]
    fn a_pin_is_six_digits_typed_twice_alike() {
        assert!(Pin::parse("123456").is_ok());
        assert!(Pin::parse(" 123456 ").is_ok());
        for bad in ["12345", "1234567", "12345a", "", "١٢٣٤٥٦"] {
            assert_eq!(Pin::parse(bad), Err(PinError::NotSixDigits), "{bad}");
        }
        assert_eq!(Pin::parse_new("123456", "123465"), Err(PinError::Mismatch));
        assert_eq!(
            format!("{:?}", Pin::parse("123456").unwrap()),
            "Pin(••••••)"
        );
    }

    #[test]
    fn the_right_pin_unwraps_the_key_and_a_wrong_one_is_refused() {
        let data = DataKey::random().unwrap();
        let params = quick_params();
        let kek = derive("123456", &params).unwrap();
        let wrap = KeyWrap::new(&data, &kek, params.clone()).unwrap();
        assert_eq!(wrap.open(&kek).unwrap(), data);
        let wrong = derive("654321", &params).unwrap();
        assert_eq!(wrap.open(&wrong), Err(CryptoError::WrongKey));
    }

    #[test]
    fn changing_the_pin_rewraps_the_same_data_key() {
        let data = DataKey::random().unwrap();
        let old = quick_params();
        let wrap = KeyWrap::new(&data, &derive("111111", &old).unwrap(), old).unwrap();
        let opened = wrap.open(&derive("111111", &wrap.kdf).unwrap()).unwrap();
        let new = quick_params();
        let rewrapped = KeyWrap::new(&opened, &derive("222222", &new).unwrap(), new).unwrap();
        assert_eq!(
            rewrapped
                .open(&derive("222222", &rewrapped.kdf).unwrap())
                .unwrap(),
            data,
            "records sealed before the change still open"
        );
        assert!(rewrapped
            .open(&derive("111111", &rewrapped.kdf).unwrap())
            .is_err());
    }
}
