//! Files that leave the phone (backups, handover) sealed with the village key: a key
//! derived from the "kata sandi desa" the PPKBD sets and shares in person. The header
//! says which village wrote the file and how to derive the key; everything else is one
//! sealed block, bound to that header.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use thiserror::Error;
use uuid::Uuid;

use super::kdf::KdfParams;
use super::key::{CryptoError, DataKey, KEY_LEN};

pub const FORMAT: &str = "bakti-encrypted";
pub const FORMAT_VERSION: u32 = 1;
/// Shortest village passphrase: long enough that guessing it offline is not trivial.
pub const MIN_PASSPHRASE: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FileError {
    #[error("the passphrase is shorter than {MIN_PASSPHRASE} characters")]
    ShortPassphrase,
    #[error("wrong village passphrase, or the file was changed")]
    WrongPassphrase,
    #[error("the file is from another village ({0})")]
    OtherVillage(String),
    #[error("encrypted file version {0} is newer than this app")]
    UnsupportedVersion(u32),
    #[error("the encrypted file is damaged")]
    Damaged,
    #[error(transparent)]
    Crypto(CryptoError),
}

/// Which village a file belongs to: the desa's area id and name (not personal data).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Village {
    pub id: Option<Uuid>,
    pub name: String,
}

/// The village key as this phone keeps it: derived once from the passphrase, so
/// backups need no typing; the salt travels in every file it seals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VillageKey {
    pub kdf: KdfParams,
    pub key: DataKey,
}

/// The stored form of a `VillageKey` (sealed with the data key when there is a PIN).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedVillageKey {
    pub kdf: KdfParams,
    pub key: String,
}

impl From<&VillageKey> for SavedVillageKey {
    fn from(village: &VillageKey) -> Self {
        SavedVillageKey {
            kdf: village.kdf.clone(),
            key: STANDARD.encode(village.key.bytes()),
        }
    }
}

impl TryFrom<SavedVillageKey> for VillageKey {
    type Error = CryptoError;
    fn try_from(saved: SavedVillageKey) -> Result<Self, CryptoError> {
        let bytes = STANDARD
            .decode(&saved.key)
            .map_err(|_| CryptoError::Malformed)?;
        let bytes: [u8; KEY_LEN] = bytes.try_into().map_err(|_| CryptoError::Malformed)?;
        Ok(VillageKey {
            kdf: saved.kdf,
            key: DataKey::from_bytes(bytes),
        })
    }
}

/// A passphrase as typed, checked for length (spaces inside count; ends are trimmed).
pub fn passphrase(text: &str) -> Result<&str, FileError> {
    let text = text.trim();
    if text.chars().count() >= MIN_PASSPHRASE {
        Ok(text)
    } else {
        Err(FileError::ShortPassphrase)
    }
}

/// An encrypted file as read, before it is opened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sealed {
    pub format: String,
    pub format_version: u32,
    pub village: Village,
    pub kdf: KdfParams,
    pub sealed: String,
}

fn aad(village: &Village) -> Vec<u8> {
    let mut aad = format!("{FORMAT}/{FORMAT_VERSION}/").into_bytes();
    if let Some(id) = village.id {
        aad.extend_from_slice(id.as_bytes());
    }
    aad
}

/// Seals `inner` (a backup's text) for `village` under its key.
pub fn seal(inner: &str, key: &VillageKey, village: Village) -> Result<String, FileError> {
    let sealed = key
        .key
        .seal(inner.as_bytes(), &aad(&village))
        .map_err(FileError::Crypto)?;
    let file = Sealed {
        format: FORMAT.to_owned(),
        format_version: FORMAT_VERSION,
        village,
        kdf: key.kdf.clone(),
        sealed,
    };
    serde_json::to_string(&file).map_err(|_| FileError::Damaged)
}

/// The header of an encrypted file; `None` when `text` is not one (a plain backup).
pub fn read(text: &str) -> Result<Option<Sealed>, FileError> {
    /// An encrypted file's fields and no other: a plain backup's third field ends the
    /// reading there, where reading on would go through a megabyte of records per desa.
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Format {
        format: Option<String>,
        format_version: Option<u32>,
        #[serde(rename = "village")]
        _village: Option<IgnoredAny>,
        #[serde(rename = "kdf")]
        _kdf: Option<IgnoredAny>,
        #[serde(rename = "sealed")]
        _sealed: Option<IgnoredAny>,
    }
    let Ok(format) = serde_json::from_str::<Format>(text) else {
        return Ok(None);
    };
    if format.format.as_deref() != Some(FORMAT) {
        return Ok(None);
    }
    match format.format_version {
        Some(FORMAT_VERSION) => {}
        Some(other) => return Err(FileError::UnsupportedVersion(other)),
        None => return Err(FileError::Damaged),
    }
    serde_json::from_str(text)
        .map(Some)
        .map_err(|_| FileError::Damaged)
}

impl Sealed {
    /// Whether this phone's saved village key was the one used (same salt): then no
    /// passphrase needs typing.
    pub fn made_with(&self, key: &VillageKey) -> bool {
        self.kdf == key.kdf
    }

    /// Refuses a file of another village when this phone belongs to one.
    pub fn check_village(&self, here: Option<Uuid>) -> Result<(), FileError> {
        match (here, self.village.id) {
            (Some(here), Some(there)) if here != there => {
                Err(FileError::OtherVillage(self.village.name.clone()))
            }
            _ => Ok(()),
        }
    }

    /// The inner text, with the key derived from the passphrase and `self.kdf`.
    pub fn open(&self, key: &DataKey) -> Result<String, FileError> {
        let plain = key
            .open(&self.sealed, &aad(&self.village))
            .map_err(|e| match e {
                CryptoError::WrongKey => FileError::WrongPassphrase,
                CryptoError::Malformed | CryptoError::NoRandom(_) => FileError::Damaged,
            })?;
        String::from_utf8(plain).map_err(|_| FileError::Damaged)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::vault::kdf::derive;

    fn village_key(passphrase: &str) -> VillageKey {
        let kdf = KdfParams {
            iterations: 1_000,
            ..KdfParams::new().unwrap()
        };
        VillageKey {
            key: derive(passphrase, &kdf).unwrap(),
            kdf,
        }
    }

    fn sukamaju() -> Village {
        Village {
            id: Some(Uuid::from_u128(1)),
            name: "Sukamaju".into(),
        }
    }

    #[test]
    fn a_sealed_file_opens_with_the_passphrase_on_another_phone() {
        let key = village_key("pohon mangga 12");
        let text = seal(r#"{"format":"bakti-backup"}"#, &key, sukamaju()).unwrap();
        assert!(!text.contains("bakti-backup\""), "the inner file is hidden");
        let file = read(&text).unwrap().unwrap();
        assert!(file.made_with(&key));
        let typed = derive("pohon mangga 12", &file.kdf).unwrap();
        assert_eq!(file.open(&typed).unwrap(), r#"{"format":"bakti-backup"}"#);
    }

    #[test]
    fn wrong_passphrase_other_village_and_damage_are_refused() {
        let key = village_key("pohon mangga 12");
        let text = seal("isi", &key, sukamaju()).unwrap();
        let file = read(&text).unwrap().unwrap();
        let wrong = derive("pohon mangga 13", &file.kdf).unwrap();
        assert_eq!(file.open(&wrong), Err(FileError::WrongPassphrase));
        assert_eq!(
            file.check_village(Some(Uuid::from_u128(2))),
            Err(FileError::OtherVillage("Sukamaju".into()))
        );
        assert_eq!(file.check_village(Some(Uuid::from_u128(1))), Ok(()));
        assert_eq!(file.check_village(None), Ok(()));
        // A header edited to claim another village no longer opens.
        let moved = text.replace(
            &Uuid::from_u128(1).to_string(),
            &Uuid::from_u128(2).to_string(),
        );
        let moved = read(&moved).unwrap().unwrap();
        assert_eq!(moved.open(&key.key), Err(FileError::WrongPassphrase));
        let newer = text.replace(r#""format_version":1"#, r#""format_version":9"#);
        assert_eq!(read(&newer), Err(FileError::UnsupportedVersion(9)));
        assert_eq!(read(r#"{"format":"bakti-backup"}"#), Ok(None));
        let plain = r#"{"format":"bakti-backup","format_version":1,"app_version":"x","records":["#;
        assert_eq!(read(plain), Ok(None), "a plain backup, even cut off");
        assert_eq!(read("bukan json"), Ok(None));
    }

    #[test]
    fn passphrases_are_at_least_eight_characters() {
        assert_eq!(passphrase(" 1234567 "), Err(FileError::ShortPassphrase));
        assert_eq!(passphrase(" desa kita "), Ok("desa kita"));
    }

    #[test]
    fn the_saved_village_key_round_trips() {
        let key = village_key("pohon mangga 12");
        let saved = SavedVillageKey::from(&key);
        assert_eq!(VillageKey::try_from(saved).unwrap(), key);
    }
}
