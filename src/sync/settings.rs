//! Pengaturan → Sinkronisasi: the server, the desa's database and the cadre's CouchDB
//! user, checked like any form.

use serde::{Deserialize, Serialize};

use crate::domain::core::fields::{Field, Problem, Problems};

/// A server form's four fields (address, database, user, password): where `parse_at`
/// says each problem, and the inputs' test ids.
pub type ServerFieldNames = [Field; 4];

/// The fields of Pengaturan → Sinkronisasi.
pub const SYNC_FIELDS: ServerFieldNames = ["sync-url", "sync-db", "sync-user", "sync-password"];

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SyncSettings {
    pub url: String,
    pub database: String,
    pub user: String,
    pub password: String,
    /// Sync by itself every few minutes while online (off where data is metered).
    pub auto: bool,
}

/// CouchDB's rule for database names: a lowercase letter, then lowercase letters,
/// digits and `_ $ ( ) + - /`.
fn is_database_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_$()+-/".contains(c))
}

impl SyncSettings {
    /// The settings as typed, trimmed, or the problems at the form's `fields`.
    pub fn parse(
        fields: &ServerFieldNames,
        url: &str,
        database: &str,
        user: &str,
        password: &str,
        auto: bool,
    ) -> Result<SyncSettings, Problems> {
        let [url_field, db_field, _, _] = *fields;
        let mut problems = Problems::new();
        let url = url.trim().trim_end_matches('/');
        if url.is_empty() {
            problems.push((url_field, Problem::Required));
        } else if !(url.starts_with("https://") || url.starts_with("http://")) {
            problems.push((url_field, Problem::NotAUrl));
        }
        let database = database.trim();
        if database.is_empty() {
            problems.push((db_field, Problem::Required));
        } else if !is_database_name(database) {
            problems.push((db_field, Problem::NotADatabaseName));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(SyncSettings {
            url: url.to_owned(),
            database: database.to_owned(),
            user: user.trim().to_owned(),
            password: password.to_owned(),
            auto,
        })
    }

    pub fn is_set(&self) -> bool {
        !self.url.is_empty() && !self.database.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_server_and_a_couchdb_database_name_are_required() {
        let ok = SyncSettings::parse(
            &SYNC_FIELDS,
            " https://kb.example.id/couch/ ",
            "desa_sukamaju",
            "ani",
            "rahasia",
            true,
        );
        assert_eq!(
            ok.map(|s| (s.url, s.database, s.auto)),
            Ok((
                "https://kb.example.id/couch".into(),
                "desa_sukamaju".into(),
                true
            ))
        );
        assert_eq!(
            SyncSettings::parse(&SYNC_FIELDS, "", "", "", "", false),
            Err(vec![
                ("sync-url", Problem::Required),
                ("sync-db", Problem::Required)
            ])
        );
        // Another form with the same rule hears them at its own fields.
        assert_eq!(
            SyncSettings::parse(&["a-url", "a-db", "a-user", "a-pw"], "", "x", "", "", false),
            Err(vec![("a-url", Problem::Required)])
        );
        assert_eq!(
            SyncSettings::parse(
                &SYNC_FIELDS,
                "kb.example.id",
                "Desa Sukamaju",
                "",
                "",
                false
            ),
            Err(vec![
                ("sync-url", Problem::NotAUrl),
                ("sync-db", Problem::NotADatabaseName)
            ])
        );
    }
}
