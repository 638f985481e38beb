//! The app frame and the words every screen shares: navigation, actions, banners, Beranda.
//!
//! Each key: its type, then the Indonesian and the English text on adjacent lines.

use super::texts;

texts! {
    pub struct CommonTexts {
        kia_book: &'static str =
            "Punya KMS / Buku KIA",
            "Has a KMS / Buku KIA";
        type_a_name: &'static str =
            "Ketik sebagian nama…",
            "Type part of the name…";
        show_more: fn(usize) -> String =
            |n| format!("Tampilkan lebih banyak ({n} lagi)"),
            |n| format!("Show more ({n} more)");
        chosen: &'static str =
            "Terpilih",
            "Chosen";
        app_name: &'static str =
            "Bakti",
            "Bakti";
        nav_home: &'static str =
            "Beranda",
            "Home";
        nav_children: &'static str =
            "Anak",
            "Children";
        nav_families: &'static str =
            "Keluarga",
            "Families";
        nav_accompaniment: &'static str =
            "Pendampingan",
            "Accompaniment";
        nav_reports: &'static str =
            "Laporan",
            "Reports";
        settings: &'static str =
            "Pengaturan",
            "Settings";
        loading: &'static str =
            "Memuat data…",
            "Loading data…";
        records_read: fn(usize, usize) -> String =
            |done, total| format!("{} dari {} catatan dibaca", super::count(done, super::Lang::Id), super::count(total, super::Lang::Id)),
            |done, total| format!("{} of {} records read", super::count(done, super::Lang::En), super::count(total, super::Lang::En));
        not_found: &'static str =
            "Halaman tidak ditemukan.",
            "Page not found.";
        back_home: &'static str =
            "Kembali ke Beranda",
            "Back to Home";
        update_ready: &'static str =
            "Versi baru tersedia — muat ulang",
            "A new version is available — reload";
        reload: &'static str =
            "Muat ulang",
            "Reload";
        save: &'static str =
            "Simpan",
            "Save";
        cancel: &'static str =
            "Batal",
            "Cancel";
        delete: &'static str =
            "Hapus",
            "Delete";
        saved: &'static str =
            "Tersimpan.",
            "Saved.";
        choose: &'static str =
            "— pilih —",
            "— choose —";
        check_marked_fields: &'static str =
            "Periksa isian yang ditandai merah.",
            "Check the fields marked in red.";
        welcome: &'static str =
            "Selamat datang di Bakti",
            "Welcome to Bakti";
        hello: fn(&str) -> String =
            |name| format!("Halo, {name}"),
            |name| format!("Hello, {name}");
        register_summary: fn(usize, usize) -> String =
            |families, people| format!("{families} keluarga, {people} orang terdaftar"),
            |families, people| format!("{families} families, {people} people registered");
        set_up_area_first: &'static str =
            "Atur dulu wilayah kerja Anda (desa, RW, RT, posyandu) di Pengaturan.",
            "First set up your working area (village, RW, RT, posyandu) in Settings.";
        backup_never: &'static str =
            "Data belum pernah dicadangkan. Cadangkan agar tidak hilang jika HP rusak.",
            "Your data has never been backed up. Back up so it is not lost if the phone breaks.";
        backup_overdue: fn(i64) -> String =
            |days| format!("Sudah {days} hari sejak cadangan terakhir. Cadangkan sekarang."),
            |days| format!("{days} days since the last backup. Back up now.");
        backup_now: &'static str =
            "Cadangkan sekarang",
            "Back up now";
        search_placeholder: &'static str =
            "Cari nama, NIK, atau No. KK",
            "Search name, NIK or family card no.";
        add_family: &'static str =
            "Tambah keluarga",
            "Add family";
        address: &'static str =
            "Alamat",
            "Address";
        confirm_delete: fn(&str) -> String =
            |name| format!("Yakin hapus {name}?"),
            |name| format!("Delete {name}?");
        full_name: &'static str =
            "Nama lengkap",
            "Full name";
        sex: &'static str =
            "Jenis kelamin",
            "Sex";
        birth_date: &'static str =
            "Tanggal lahir",
            "Date of birth";
        unreadable_records: fn(usize) -> String =
            |n| {
            format!("{n} catatan dibuat oleh versi Bakti yang lebih baru dan dibiarkan utuh. Perbarui aplikasi.")
            },
            |n| {
            format!("{n} records were written by a newer Bakti and were left untouched. Update the app.")
            };
        store_unavailable: &'static str =
            "Penyimpanan browser tidak tersedia (mode penyamaran?). Buka Bakti di jendela biasa.",
            "Browser storage is unavailable (private window?). Open Bakti in a normal window.";
        store_full: &'static str =
            "Memori HP untuk Bakti penuh. Kosongkan ruang lalu coba lagi. Data yang sudah tersimpan tetap aman.",
            "The phone's storage for Bakti is full. Free some space and try again. Saved data is safe.";
        store_blocked: &'static str =
            "Bakti terbuka di tab lain dengan versi lama. Tutup tab itu lalu muat ulang.",
            "Bakti is open in another tab with an old version. Close that tab and reload.";
        store_stale: &'static str =
            "Data ini baru diubah di tab lain. Isian Anda belum disimpan: muat ulang halaman, lalu isi lagi.",
            "This data was just changed in another tab. Your entry was not saved: reload the page, then enter it again.";
        store_cannot_open: &'static str =
            "Penyimpanan Bakti tidak bisa dibuka. Tutup tab Bakti lain, lalu muat ulang. Bila tetap gagal, mulai ulang HP.",
            "Bakti's storage cannot be opened. Close other Bakti tabs, then reload. If it still fails, restart the phone.";
        download_xlsx: &'static str =
            "Unduh Excel (.xlsx)",
            "Download Excel (.xlsx)";
        download_sheet_csv: &'static str =
            "Unduh CSV",
            "Download CSV";
        preparing_xlsx: &'static str =
            "Menyiapkan file Excel…",
            "Preparing the Excel file…";
        xlsx_unavailable: &'static str =
            "File Excel belum bisa dibuka di HP ini: pembacanya diunduh sekali, saat pertama dipakai. Sambungkan internet lalu coba lagi, atau simpan file sebagai CSV. Tidak ada data yang diubah.",
            "Excel files cannot be opened on this phone yet: their reader is downloaded once, the first time. Connect to the internet and try again, or save the file as CSV. Nothing was changed.";
        not_xlsx: &'static str =
            "File ini tidak bisa dibaca sebagai Excel (.xlsx): mungkin rusak, dilindungi kata sandi, atau format lain (.xls). Simpan ulang sebagai .xlsx atau CSV lalu coba lagi. Tidak ada data yang diubah.",
            "This file cannot be read as Excel (.xlsx): it may be damaged, password-protected or another format (.xls). Save it again as .xlsx or CSV and try again. Nothing was changed.";
        not_csv: &'static str =
            "File ini tidak bisa dibaca sebagai tabel CSV. Tidak ada data yang diubah.",
            "This file cannot be read as a CSV table. Nothing was changed.";
        store_failed: &'static str =
            "Gagal menyimpan. Coba lagi. Data yang sudah tersimpan tetap aman.",
            "Could not save. Try again. Saved data is safe.";
        posyandu: &'static str =
            "Posyandu",
            "Posyandu";
        all_posyandu: &'static str =
            "Semua posyandu",
            "All posyandu";
        note: &'static str =
            "Catatan",
            "Note";
        mother: &'static str =
            "Ibu",
            "Mother";
        birth_weight: &'static str =
            "Berat lahir (kg)",
            "Birth weight (kg)";
        birth_length: &'static str =
            "Panjang lahir (cm)",
            "Birth length (cm)";
        print: &'static str =
            "Cetak",
            "Print";
        date: &'static str =
            "Tanggal",
            "Date";
        month: &'static str =
            "Bulan",
            "Month";
        paper: &'static str =
            "Ukuran kertas",
            "Paper size";
        supply_low: fn(&str) -> String =
            |item| format!("Stok {item} hampir habis. Minta tambahan ke PKB/puskesmas."),
            |item| format!("{item} is running low. Ask the PKB or puskesmas for more.");
        open_activities: &'static str =
            "Kegiatan dan kas",
            "Activities and cash";
        activities_month: fn(&str) -> String =
            |month| format!("Kegiatan {month}"),
            |month| format!("Activities {month}");
        todo_title: &'static str =
            "Perlu perhatian",
            "Needs attention";
        todo_nifas: fn(u32) -> String =
            |n| format!("{n} ibu nifas belum ber-KB (KBPP sampai hari ke-42)"),
            |n| format!("{n} postpartum mothers without KB yet (KBPP until day 42)");
        todo_pregnant: fn(u32) -> String =
            |n| format!("{n} ibu hamil berisiko (KEK/anemia)"),
            |n| format!("{n} pregnant women at risk (KEK/anaemia)");
        scroll_sideways: &'static str =
            "Geser ke samping untuk melihat semua →",
            "Swipe sideways to see it all →";
        todo_balita: fn(u32) -> String =
            |n| format!("{n} balita perlu dirujuk menurut penimbangan terakhir"),
            |n| format!("{n} under-fives to refer after their last weighing");
        todo_visits: fn(u32) -> String =
            |n| format!("{n} sasaran TPK belum dikunjungi bulan ini"),
            |n| format!("{n} TPK targets not visited this month");
    }
}
