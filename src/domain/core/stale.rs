//! Two tabs (or two forms) editing from different versions: a write is refused when the
//! stored record is no longer the version the edit started from, so nothing typed in
//! one tab silently replaces what another tab saved, and no deleted record comes back.

use chrono::{DateTime, Utc};

/// The stored record's envelope, as far as the check needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoredVersion {
    pub updated_at: DateTime<Utc>,
    pub deleted: bool,
}

/// Whether writing a record (a tombstone when `deleting`) that was edited from version
/// `expected` (`None`: a new record) must be refused because `stored` is there now.
pub fn is_stale(
    expected: Option<DateTime<Utc>>,
    stored: Option<StoredVersion>,
    deleting: bool,
) -> bool {
    let Some(stored) = stored else {
        return false;
    };
    if stored.deleted && !deleting {
        return true;
    }
    expected != Some(stored.updated_at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(second: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + second, 0).unwrap_or_default()
    }

    fn stored(second: i64, deleted: bool) -> Option<StoredVersion> {
        Some(StoredVersion {
            updated_at: at(second),
            deleted,
        })
    }

    #[test]
    fn an_edit_from_the_stored_version_goes_through() {
        assert!(!is_stale(Some(at(1)), stored(1, false), false));
        assert!(!is_stale(None, None, false), "a new record");
        assert!(!is_stale(Some(at(1)), stored(1, false), true), "a delete");
    }

    #[test]
    fn an_edit_from_an_older_version_is_refused() {
        assert!(is_stale(Some(at(1)), stored(2, false), false));
        assert!(is_stale(Some(at(1)), stored(2, false), true));
    }

    #[test]
    fn a_new_record_whose_id_exists_is_refused() {
        // The second tab weighing the same child on the same day.
        assert!(is_stale(None, stored(1, false), false));
    }

    #[test]
    fn a_deleted_record_is_never_revived() {
        assert!(is_stale(Some(at(1)), stored(1, true), false));
        assert!(is_stale(Some(at(1)), stored(2, true), false));
        assert!(!is_stale(Some(at(2)), stored(2, true), true));
    }
}
