//! Record ids derived from what a record is, for records that must be one on every
//! phone.

use sha2::{Digest, Sha256};
use uuid::Uuid;

/// A record id derived from what the record is (`kind` and its identifying `parts`), the
/// same on every tab and phone, so two phones writing the same thing (one weighing per
/// child and day, one dose per child and vaccine) merge instead of doubling.
pub fn derived_id(kind: &str, parts: &[&[u8]]) -> Uuid {
    let mut hash = Sha256::new();
    hash.update(b"bakti/");
    hash.update(kind.as_bytes());
    hash.update(b"/");
    for part in parts {
        hash.update(part);
    }
    let digest = hash.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(digest.get(..16).unwrap_or(&[0; 16]));
    Uuid::new_v8(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_thing_has_the_same_id_and_another_thing_another() {
        let child = Uuid::from_u128(7);
        let a = derived_id("dose", &[child.as_bytes(), b"BCG"]);
        assert_eq!(a, derived_id("dose", &[child.as_bytes(), b"BCG"]));
        assert_ne!(a, derived_id("dose", &[child.as_bytes(), b"MR 1"]));
        assert_ne!(a, derived_id("measurement", &[child.as_bytes(), b"BCG"]));
        assert_eq!(a.get_version_num(), 8);
    }
}
