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
        other_versions: fn(usize) -> String =
            |n| format!("Versi lain yang tidak dipakai ({n})"),
            |n| format!("Other versions not kept ({n})");
        other_versions_help: &'static str =
            "Saat menggabung cadangan atau sinkron, data yang paling baru yang dipakai. Versi yang tidak dipakai disimpan di sini selama 90 hari untuk dicek: bila versi itu yang benar, ubah datanya.",
            "When a backup is merged or a sync runs, the latest data is used. The versions not used stay here for 90 days to check: if one of them is right, edit the data.";
        written_on: fn(&str, &str) -> String =
            |when, device| format!("Ditulis {when} di HP {device}"),
            |when, device| format!("Written {when} on phone {device}");
        was_now: fn(&str, &str, &str) -> String =
            |field, aside, kept| format!("{field}: {aside} (sekarang: {kept})"),
            |field, aside, kept| format!("{field}: {aside} (now: {kept})");
    }
}

/// The words for a payload field of a record, for the versions set aside; a field
/// without its own words shows its name with spaces.
pub fn field_name(lang: super::Lang, field: &str) -> String {
    const NAMES: [(&str, &str, &str); 16] = [
        ("name", "Nama", "Name"),
        ("nik", "NIK", "NIK"),
        ("kk_number", "No. KK", "Family card no."),
        ("address", "Alamat", "Address"),
        ("birth_date", "Tanggal lahir", "Date of birth"),
        ("sex", "Jenis kelamin", "Sex"),
        ("relation", "Hubungan", "Relation"),
        ("marital_status", "Status kawin", "Marital status"),
        ("date", "Tanggal", "Date"),
        ("weight_kg", "Berat (kg)", "Weight (kg)"),
        ("lenhei_cm", "Panjang/tinggi (cm)", "Length/height (cm)"),
        ("arm_cm", "LiLA (cm)", "MUAC (cm)"),
        ("head_cm", "Lingkar kepala (cm)", "Head (cm)"),
        ("water", "Air minum", "Drinking water"),
        ("latrine", "Jamban", "Latrine"),
        ("deleted", "Dihapus", "Deleted"),
    ];
    NAMES
        .iter()
        .find(|(key, _, _)| *key == field)
        .map(|(_, id, en)| super::in_lang(lang, *id, *en).to_owned())
        .unwrap_or_else(|| field.replace('_', " "))
}
