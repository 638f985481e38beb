//! Laporan kecamatan: several desa side by side on a PKB/PLKB's phone.
//!
//! Each key: its type, then the Indonesian and the English text on adjacent lines.

use super::texts;

texts! {
    pub struct KecamatanTexts {
        title: &'static str =
            "Laporan kecamatan (beberapa desa)",
            "Kecamatan report (several villages)";
        intro: &'static str =
            "Untuk PKB/PLKB: tambahkan file cadangan tiap desa, dengan kata sandi desa itu. Data desa hanya dibaca di sini: tidak dicampur dengan data HP ini dan tidak ikut disinkronkan. File baru dari desa yang sama menggantikan yang lama.",
            "For the PKB/PLKB: add each village's backup file, with that village's passphrase. Village data is only read here: never mixed with this phone's data nor synced. A newer file of the same village replaces the old one.";
        passphrase: &'static str =
            "Kata sandi desa dari file yang akan ditambah",
            "Passphrase of the village whose file you add";
        add: &'static str =
            "Tambah desa dari file cadangan",
            "Add a village from its backup file";
        from_server: &'static str =
            "Atau ambil dari server sinkron desa",
            "Or read it from the village's sync server";
        from_server_help: &'static str =
            "Alamat, database, nama pengguna dan kata sandi server desa (minta ke PPKBD atau pengelola server), dan kata sandi desa di atas. Data hanya dibaca: tidak ada yang dikirim ke server desa.",
            "The village server's address, database, user name and password (ask the PPKBD or the server's keeper), and the village passphrase above. Data is only read: nothing is sent to the village server.";
        add_from_server: &'static str =
            "Ambil data desa dari server",
            "Read the village from its server";
        reading_server: &'static str =
            "Membaca data desa dari server…",
            "Reading the village from its server…";
        held: fn(&str, usize, &str) -> String =
            |name, n, day| format!("{name}: {n} data, file dibaca {day}"),
            |name, n, day| format!("{name}: {n} records, file read {day}");
        added: fn(&str, usize) -> String =
            |name, n| format!("{name} ditambahkan ({n} data)."),
            |name, n| format!("{name} added ({n} records).");
        adding: fn(usize, usize) -> String =
            |i, n| format!("Menambah desa {i} dari {n}…"),
            |i, n| format!("Adding village {i} of {n}…");
        added_many: fn(usize) -> String =
            |n| format!("{n} desa ditambahkan."),
            |n| format!("{n} villages added.");
        no_desa: &'static str =
            "File ini tidak menyebut desanya (belum ada desa/kelurahan di wilayah kerjanya). Tidak ada yang ditambahkan.",
            "This file names no village (its working area has no village yet). Nothing was added.";
        table_title: fn(&str) -> String =
            |m| format!("Per desa — {m}"),
            |m| format!("By village — {m}");
        indicator: &'static str =
            "Indikator",
            "Indicator";
        families: &'static str =
            "Keluarga",
            "Families";
        krs: &'static str =
            "Keluarga berisiko stunting",
            "Families at risk of stunting";
        tpk: &'static str =
            "Sasaran TPK dikunjungi / semua",
            "TPK targets visited / all";
        open: &'static str =
            "Laporan kecamatan",
            "Kecamatan report";
    }
}
