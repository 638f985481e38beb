//! Pengaturan → Sinkronisasi.
//!
//! Each key: its type, then the Indonesian and the English text on adjacent lines.

use super::texts;

texts! {
    pub struct SyncTexts {
        title: &'static str =
            "Sinkronisasi (bila desa punya server)",
            "Sync (when the village has a server)";
        why: &'static str =
            "Beberapa HP kader satu desa bisa berbagi data lewat server CouchDB milik puskesmas atau kecamatan. Tanpa server, Bakti tetap bekerja seperti biasa. Server hanya menyimpan data terkunci dengan kata sandi desa.",
            "Several cadres' phones in one village can share data through the puskesmas' or district's CouchDB server. Without a server, Bakti works as usual. The server only holds data locked with the village passphrase.";
        url: &'static str =
            "Alamat server",
            "Server address";
        database: &'static str =
            "Nama database desa",
            "Village database name";
        user: &'static str =
            "Nama pengguna",
            "User name";
        password: &'static str =
            "Kata sandi pengguna",
            "User password";
        passphrase: &'static str =
            "Kata sandi desa (hanya bila server sudah dipakai HP lain)",
            "Village passphrase (only when other phones already use the server)";
        auto: &'static str =
            "Sinkron sendiri tiap 5 menit saat ada sinyal (matikan bila kuota internet terbatas)",
            "Sync by itself every 5 minutes when online (turn off when mobile data is limited)";
        save: &'static str =
            "Simpan pengaturan sinkron",
            "Save sync settings";
        now: &'static str =
            "Sinkronkan sekarang",
            "Sync now";
        not_set: &'static str =
            "Isi alamat server dan nama database dulu, lalu simpan.",
            "Fill in the server address and database name first, then save.";
        running: fn(usize, usize) -> String =
            |sent, received| format!("Sedang sinkron… dikirim {sent}, diterima {received}"),
            |sent, received| format!("Syncing… sent {sent}, received {received}");
        done: fn(usize, usize) -> String =
            |sent, received| format!("Sinkron selesai: dikirim {sent}, diterima {received}"),
            |sent, received| format!("Sync finished: sent {sent}, received {received}");
        unreachable: &'static str =
            "Server tidak menjawab. Periksa sinyal dan alamat server, lalu coba lagi. Data di HP ini aman.",
            "The server does not answer. Check the signal and the address, then try again. The data on this phone is safe.";
        unauthorized: &'static str =
            "Nama pengguna atau kata sandi pengguna ditolak server.",
            "The server refused the user name or password.";
        no_database: &'static str =
            "Database desa tidak ada di server. Minta pengelola server membuatnya.",
            "The village database does not exist on the server. Ask the server's keeper to create it.";
        needs_passphrase: &'static str =
            "Server ini sudah dipakai HP lain: ketik kata sandi desa di kolom di atas, lalu sinkronkan lagi.",
            "Other phones already use this server: type the village passphrase above, then sync again.";
        wrong_passphrase: &'static str =
            "Kata sandi desa tidak cocok dengan yang dipakai di server. Tidak ada yang diubah.",
            "The village passphrase does not match the server's. Nothing was changed.";
        failed: &'static str =
            "Sinkron terhenti. Coba lagi; yang sudah terkirim tidak akan ganda.",
            "Sync stopped. Try again; what was already sent will not be doubled.";
    }
}
