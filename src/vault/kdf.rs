//! Key derivation from a PIN or a passphrase: PBKDF2-HMAC-SHA-256 with a random salt and
//! OWASP's 2023 count of 600 000 iterations. The browser derives with WebCrypto where it
//! exists (native speed); `derive` is the same function in Rust, used where it does not
//! (plain http on a LAN address has no `crypto.subtle`) and by the tests.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use super::key::{random_bytes, CryptoError, DataKey, KEY_LEN};

/// OWASP Password Storage Cheat Sheet (2023): PBKDF2-HMAC-SHA256, 600 000 iterations.
pub const ITERATIONS: u32 = 600_000;
pub const ALGORITHM: &str = "PBKDF2-SHA-256";
const SALT_LEN: usize = 16;

/// How a key was derived: enough to derive it again from the same secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    pub algorithm: String,
    pub iterations: u32,
    /// Base64 of the random salt.
    pub salt: String,
}

impl KdfParams {
    /// Fresh parameters with a new random salt.
    pub fn new() -> Result<KdfParams, CryptoError> {
        let salt: [u8; SALT_LEN] = random_bytes()?;
        Ok(KdfParams {
            algorithm: ALGORITHM.to_owned(),
            iterations: ITERATIONS,
            salt: STANDARD.encode(salt),
        })
    }

    pub fn salt_bytes(&self) -> Result<Vec<u8>, CryptoError> {
        if self.algorithm != ALGORITHM || self.iterations == 0 {
            return Err(CryptoError::Malformed);
        }
        STANDARD
            .decode(&self.salt)
            .map_err(|_| CryptoError::Malformed)
    }
}

/// PBKDF2-HMAC-SHA-256 of `secret` in Rust.
pub fn derive(secret: &str, params: &KdfParams) -> Result<DataKey, CryptoError> {
    let salt = params.salt_bytes()?;
    let mut out = [0u8; KEY_LEN];
    pbkdf2::pbkdf2_hmac::<Sha256>(secret.as_bytes(), &salt, params.iterations, &mut out);
    Ok(DataKey::from_bytes(out))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// RFC 7914 §11 test vector for PBKDF2-HMAC-SHA-256 ("passwd", "salt", c = 1),
    /// first 32 bytes: the same vector the browser test checks WebCrypto against.
    #[test]
    fn matches_the_rfc_vector() {
        let params = KdfParams {
            algorithm: ALGORITHM.into(),
            iterations: 1,
            salt: STANDARD.encode("salt"),
        };
        let key = derive("passwd", &params).unwrap();
        let hex: String = key.bytes().iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            hex,
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
        );
    }

    #[test]
    fn fresh_params_have_new_salts_and_foreign_ones_are_refused() {
        let a = KdfParams::new().unwrap();
        let b = KdfParams::new().unwrap();
        assert_ne!(a.salt, b.salt);
        assert_eq!(a.iterations, ITERATIONS);
        let foreign = KdfParams {
            algorithm: "md5".into(),
            ..a
        };
        assert_eq!(derive("123456", &foreign), Err(CryptoError::Malformed));
    }
}
