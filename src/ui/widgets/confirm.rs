//! "Yakin hapus …?" before anything is deleted (GLOSSARY: Hapus always asks).

use leptos::prelude::window;

/// Asks the question; a browser without dialogs counts as "no".
pub fn confirm(question: &str) -> bool {
    window().confirm_with_message(question).unwrap_or(false)
}
