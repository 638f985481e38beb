//! The first-run set-up: the cadre, her desa with its RWs and RTs, the posyandu.
//!
//! Each key: its type, then the Indonesian and the English text on adjacent lines.

use super::texts;

texts! {
    pub struct SetupTexts {
        title: &'static str =
            "Selamat datang di Bakti",
            "Welcome to Bakti";
        intro: &'static str =
            "Tiga langkah singkat sebelum mulai. Semua bisa diubah nanti di Pengaturan.",
            "Three short steps before you start. Everything can be changed later in Settings.";
        step: fn(usize) -> String =
            |n| format!("Langkah {n} dari 3"),
            |n| format!("Step {n} of 3");
        you: &'static str =
            "Tentang Anda",
            "About you";
        your_name: &'static str =
            "Nama Anda",
            "Your name";
        area: &'static str =
            "Desa, RW dan RT",
            "Village, RW and RT";
        village: &'static str =
            "Nama desa/kelurahan",
            "Village name";
        rw: &'static str =
            "Nomor RW",
            "RW number";
        rts: &'static str =
            "Nomor RT di RW ini",
            "RT numbers in this RW";
        rts_hint: &'static str =
            "Pisahkan dengan koma, contoh: 01, 02, 03",
            "Separate with commas, e.g. 01, 02, 03";
        add_rw: &'static str =
            "Tambah RW ini",
            "Add this RW";
        rw_hint: &'static str =
            "Tambahkan setiap RW dengan RT-nya. Bila ada RW lain, isi lagi lalu tekan \"Tambah RW ini\".",
            "Add each RW with its RTs. For another RW, fill in again and press \"Add this RW\".";
        no_rw_yet: &'static str =
            "Belum ada RW. Isi nomor RW dan RT-nya, lalu tekan \"Tambah RW ini\".",
            "No RW yet. Fill in the RW and its RTs, then press \"Add this RW\".";
        posyandu: &'static str =
            "Posyandu",
            "Posyandu";
        posyandu_name: &'static str =
            "Nama posyandu",
            "Posyandu name";
        posyandu_hint: &'static str =
            "Lebih dari satu? Pisahkan dengan koma. Bukan kader posyandu? Boleh dikosongkan.",
            "More than one? Separate with commas. Not a posyandu cadre? Leave it empty.";
        next: &'static str =
            "Lanjut",
            "Next";
        back: &'static str =
            "Kembali",
            "Back";
        done: &'static str =
            "Selesai, mulai bekerja",
            "Done, start working";
        skip: &'static str =
            "Lewati, isi nanti",
            "Skip, fill in later";
        restore: &'static str =
            "Sudah punya file cadangan dari HP lain? Pulihkan di Pengaturan",
            "Have a backup file from another phone? Restore it in Settings";
        finished: &'static str =
            "Wilayah kerja tersimpan. Mulai dengan menambah keluarga.",
            "Working area saved. Start by adding a family.";
    }
}
