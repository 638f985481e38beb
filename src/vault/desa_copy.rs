//! A kecamatan phone's copy of a desa, kept as one value: a first byte saying how the
//! rest is kept, then the JSON array of the desa's records in clear stored form
//! (`stored::encode_all`, or the backup file's own records text), or that array sealed
//! whole under the data key and bound to the desa. Read in one pass
//! (`stored::read_records`).

use super::stored::StoredError;

const CLEAR: u8 = 0;
const SEALED: u8 = 1;

/// A stored copy's body, as its first byte says.
#[derive(Debug, PartialEq, Eq)]
pub enum Kept<'a> {
    Clear(&'a [u8]),
    Sealed(&'a [u8]),
}

impl Kept<'_> {
    /// The value to store.
    pub fn to_stored(&self) -> Vec<u8> {
        let (tag, body) = match self {
            Kept::Clear(body) => (CLEAR, body),
            Kept::Sealed(body) => (SEALED, body),
        };
        let mut value = Vec::with_capacity(body.len() + 1);
        value.push(tag);
        value.extend_from_slice(body);
        value
    }

    pub fn from_stored(value: &[u8]) -> Result<Kept<'_>, StoredError> {
        match value.split_first() {
            Some((&CLEAR, body)) => Ok(Kept::Clear(body)),
            Some((&SEALED, body)) => Ok(Kept::Sealed(body)),
            _ => Err(StoredError::Json("not a desa copy".into())),
        }
    }
}

/// What binds a sealed copy to its desa: another desa's copy cannot stand in for it.
pub fn aad(desa: &str) -> Vec<u8> {
    format!("bakti-kecamatan/{desa}").into_bytes()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::sample::village::three_families;
    use crate::vault::stored::encode_all;
    use crate::vault::stored::read_records;
    use crate::vault::DataKey;

    #[test]
    fn a_clear_copy_reads_back_its_records() {
        let records = three_families();
        let json = encode_all(&records).unwrap();
        let value = Kept::Clear(json.as_bytes()).to_stored();
        let Kept::Clear(body) = Kept::from_stored(&value).unwrap() else {
            panic!("kept in clear");
        };
        assert_eq!(read_records(body).unwrap(), records);
    }

    #[test]
    fn a_sealed_copy_opens_only_for_its_own_desa() {
        let key = DataKey::random().unwrap();
        let json = encode_all(&three_families()).unwrap();
        let sealed = key.seal_bytes(json.as_bytes(), &aad("desa-a")).unwrap();
        let value = Kept::Sealed(&sealed).to_stored();
        assert!(!String::from_utf8_lossy(&value).contains("\"name\""));
        let Kept::Sealed(body) = Kept::from_stored(&value).unwrap() else {
            panic!("kept sealed");
        };
        assert_eq!(
            key.open_bytes(body, &aad("desa-a")).unwrap(),
            json.as_bytes()
        );
        assert!(key.open_bytes(body, &aad("desa-b")).is_err());
    }

    #[test]
    fn an_empty_or_unknown_value_is_not_a_copy() {
        assert!(Kept::from_stored(&[]).is_err());
        assert!(Kept::from_stored(b"[]").is_err());
    }
}
