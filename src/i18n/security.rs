//! The PIN, the lock screen, the village passphrase and encrypted files.
//!
//! Each key: its type, then the Indonesian and the English text on adjacent lines.

use super::{in_lang, texts, Lang};
use crate::vault::file::{FileError, MIN_PASSPHRASE};

texts! {
    pub struct SecurityTexts {
        title: &'static str =
            "Keamanan data",
            "Data security";
        why: &'static str =
            "Nama, NIK, berat badan, kehamilan dan cara KB adalah data pribadi yang dilindungi UU PDP. PIN mengunci data di HP ini; kata sandi desa mengunci file cadangan.",
            "Names, NIK, weights, pregnancies and contraceptive methods are personal data protected by law. The PIN locks the data on this phone; the village passphrase locks backup files.";
        pin_new: &'static str =
            "PIN baru (6 angka)",
            "New PIN (6 digits)";
        pin_confirm: &'static str =
            "Ulangi PIN baru",
            "Repeat the new PIN";
        pin_current: &'static str =
            "PIN sekarang",
            "Current PIN";
        pin_set: &'static str =
            "Pasang PIN",
            "Set PIN";
        pin_change: &'static str =
            "Ganti PIN",
            "Change PIN";
        pin_is_set: &'static str =
            "PIN sudah dipasang. Bakti terkunci sendiri 5 menit setelah ditinggal.",
            "A PIN is set. Bakti locks itself 5 minutes after you leave it.";
        pin_saved: &'static str =
            "PIN terpasang. Data di HP ini sekarang terkunci dengan PIN.",
            "PIN set. The data on this phone is now locked with the PIN.";
        pin_changed: &'static str =
            "PIN sudah diganti.",
            "The PIN was changed.";
        working: &'static str =
            "Sedang memproses… tunggu sebentar.",
            "Working… please wait.";
        sealing: fn(usize, usize) -> String =
            |done, all| format!("Mengunci data… {done} dari {all} catatan."),
            |done, all| format!("Locking data… {done} of {all} records.");
        lock_now: &'static str =
            "Kunci",
            "Lock";
        locked_title: &'static str =
            "Bakti terkunci",
            "Bakti is locked";
        pin_input: &'static str =
            "Masukkan PIN",
            "Enter the PIN";
        unlock: &'static str =
            "Buka",
            "Unlock";
        wait: fn(i64) -> String =
            |s| format!("Terlalu banyak PIN salah. Coba lagi dalam {s} detik."),
            |s| format!("Too many wrong PINs. Try again in {s} seconds.");
        forgot_title: &'static str =
            "Lupa PIN?",
            "Forgot the PIN?";
        forgot: &'static str =
            "PIN tidak bisa dibuka tanpa PIN itu sendiri. Hapus data di HP ini, lalu pulihkan file cadangan terbaru dengan kata sandi desa (tanyakan ke PPKBD).",
            "The PIN cannot be recovered. Erase the data on this phone, then restore the latest backup file with the village passphrase (ask the PPKBD).";
        reset: &'static str =
            "Hapus semua data di HP ini",
            "Erase all data on this phone";
        reset_confirm: &'static str =
            "Semua data Bakti di HP ini akan dihapus. Lanjutkan hanya jika ada file cadangan dan kata sandi desa. Hapus sekarang?",
            "All Bakti data on this phone will be erased. Continue only if you have a backup file and the village passphrase. Erase now?";
        prompt: &'static str =
            "Data di HP ini belum dikunci. Siapa pun yang memegang HP ini bisa membaca nama, NIK dan data kesehatan warga. Pasang PIN 6 angka.",
            "The data on this phone is not locked. Anyone holding this phone can read residents' names, NIK and health data. Set a 6-digit PIN.";
        skip_once: &'static str =
            "Lewati dulu",
            "Skip for now";
        skipped: &'static str =
            "Tanpa PIN, data tetap bisa dibaca orang lain. Bakti akan bertanya lagi saat dibuka berikutnya.",
            "Without a PIN, others can still read the data. Bakti will ask again next time.";
        passphrase: &'static str =
            "Kata sandi desa",
            "Village passphrase";
        passphrase_field: &'static str =
            "Ketik kata sandi desa",
            "Type the village passphrase";
        passphrase_hint: &'static str =
            "Ditentukan PPKBD dan disampaikan langsung (jangan lewat WhatsApp). Semua kader satu desa memakai kata sandi yang sama. Minimal 8 huruf.",
            "Set by the PPKBD and shared in person (not over WhatsApp). Every cadre of the village uses the same one. At least 8 characters.";
        passphrase_save: &'static str =
            "Simpan kata sandi desa",
            "Save village passphrase";
        passphrase_is_set: &'static str =
            "Kata sandi desa sudah dipasang di HP ini. File cadangan dikunci dengannya.",
            "The village passphrase is set on this phone. Backup files are locked with it.";
        passphrase_saved: &'static str =
            "Kata sandi desa tersimpan.",
            "Village passphrase saved.";
        passphrase_needed: &'static str =
            "Pasang kata sandi desa dulu (Pengaturan → Keamanan data), supaya file cadangan terkunci.",
            "Set the village passphrase first (Settings → Data security), so the backup file is locked.";
        restore_passphrase: &'static str =
            "Kata sandi desa dari file (bila file dari HP lain)",
            "The file's village passphrase (when the file is from another phone)";
        restore_needs_passphrase: &'static str =
            "File ini dikunci dengan kata sandi desa. Ketik kata sandi desa di atas, lalu pilih file lagi. Tidak ada yang diubah.",
            "This file is locked with a village passphrase. Type it above, then pick the file again. Nothing was changed.";
    }
}

/// What went wrong with an encrypted file, and that nothing was changed.
pub fn file_error(lang: Lang, error: &FileError) -> String {
    let (id, en) = match error {
        FileError::ShortPassphrase => (
            format!("Kata sandi desa minimal {MIN_PASSPHRASE} huruf."),
            format!("The village passphrase needs at least {MIN_PASSPHRASE} characters."),
        ),
        FileError::WrongPassphrase => (
            "Kata sandi desa salah, atau file ini dari desa lain atau sudah diubah. Tidak ada yang diubah.".into(),
            "Wrong village passphrase, or the file is from another village or was changed. Nothing was changed.".into(),
        ),
        FileError::OtherVillage(name) => (
            format!("File ini dari desa lain ({name}). Tidak ada yang diubah."),
            format!("This file is from another village ({name}). Nothing was changed."),
        ),
        FileError::UnsupportedVersion(v) => (
            format!("File terkunci ini memakai format lebih baru (versi {v}). Perbarui aplikasi."),
            format!("This locked file uses a newer format (version {v}). Update the app."),
        ),
        FileError::Damaged | FileError::Crypto(_) => (
            "File terkunci ini rusak. Tidak ada yang diubah.".into(),
            "This locked file is damaged. Nothing was changed.".into(),
        ),
    };
    in_lang(lang, id, en)
}
