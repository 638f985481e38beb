//! The village key agreed on the server: one document with the PBKDF2 parameters and a
//! check value, so every phone of the desa derives the same key from the passphrase
//! and a wrong passphrase is told at once instead of filling the phone with noise.

use serde::{Deserialize, Serialize};

use crate::vault::file::VillageKey;
use crate::vault::kdf::KdfParams;
use crate::vault::{CryptoError, DataKey};

/// The document's id; it is no record and is skipped when pulling.
pub const KEY_DOC_ID: &str = "bakti-kunci-desa";
const CHECK: &[u8] = b"bakti-village-key";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyDoc {
    pub kdf: KdfParams,
    pub check: String,
}

impl KeyDoc {
    pub fn new(key: &VillageKey) -> Result<KeyDoc, CryptoError> {
        Ok(KeyDoc {
            kdf: key.kdf.clone(),
            check: key.key.seal(CHECK, CHECK)?,
        })
    }

    /// Whether `key` is the village key this document was made with.
    pub fn opens_with(&self, key: &DataKey) -> bool {
        key.open(&self.check, CHECK)
            .is_ok_and(|plain| plain == CHECK)
    }
}

/// Whether a document id from `_changes` is a record (not the key or a design doc).
pub fn is_record_id(id: &str) -> bool {
    id != KEY_DOC_ID && !id.starts_with('_')
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::vault::kdf::derive;

    #[test]
    fn the_key_document_tells_the_right_passphrase_from_a_wrong_one() {
        let kdf = KdfParams {
            iterations: 1_000,
            ..KdfParams::new().unwrap()
        };
        let key = VillageKey {
            key: derive("pohon mangga 12", &kdf).unwrap(),
            kdf: kdf.clone(),
        };
        let doc = KeyDoc::new(&key).unwrap();
        assert!(doc.opens_with(&derive("pohon mangga 12", &doc.kdf).unwrap()));
        assert!(!doc.opens_with(&derive("pohon mangga 13", &doc.kdf).unwrap()));
        assert!(is_record_id("0b7e9a52-0000-4000-8000-000000000000"));
        assert!(!is_record_id(KEY_DOC_ID));
        assert!(!is_record_id("_design/x"));
    }
}
