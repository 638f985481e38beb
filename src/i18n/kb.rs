//! KB: the status panel, the PPKBD report, Peta Keluarga and the supply log.
//!
//! Each key: its type, then the Indonesian and the English text on adjacent lines.

use super::texts;

texts! {
    pub struct KbTexts {
        correcting: &'static str =
            "Membetulkan catatan lama: simpan untuk menggantinya.",
            "Correcting an earlier entry: saving replaces it.";
        history_title: &'static str =
            "Riwayat status KB (ubah atau hapus yang salah)",
            "KB status history (edit or delete a mistake)";
        first_use_short: &'static str =
            "baru pertama kali",
            "first-ever use";
        axis_percent_pus: &'static str =
            "% PUS",
            "% of PUS";
        too_young: &'static str =
            "terlalu muda",
            "too young";
        too_old: &'static str =
            "terlalu tua",
            "too old";
        too_close: &'static str =
            "terlalu dekat",
            "too close";
        too_many: &'static str =
            "terlalu banyak",
            "too many";
        kb_no_method: &'static str =
            "Tidak ber-KB",
            "No method";
        kb_not_recorded: &'static str =
            "Status KB belum dicatat.",
            "No KB status recorded yet.";
        kb_since: fn(&str) -> String =
            |date| format!("sejak {date}"),
            |date| format!("since {date}");
        record_kb: &'static str =
            "Catat status KB",
            "Record KB status";
        kb_method: &'static str =
            "Alat/cara KB",
            "Method";
        since_unknown: &'static str =
            "Sudah lama ber-KB, tanggal mulai tidak tahu",
            "Long-time user, start date unknown";
        since_unknown_short: &'static str =
            "sudah lama (tanggal tidak tahu)",
            "long-time (date unknown)";
        children_born: &'static str =
            "Jumlah anak lahir hidup",
            "Children born alive";
        children_born_hint: &'static str =
            "Seperti di kartu KB; termasuk anak yang sudah besar atau tidak tinggal di sini.",
            "As on the KB card; including children grown up or living elsewhere.";
        kb_start: &'static str =
            "Mulai tanggal",
            "Since";
        served_at: &'static str =
            "Tempat pelayanan",
            "Served at";
        pregnant: &'static str =
            "Sedang hamil",
            "Pregnant now";
        wish: &'static str =
            "Keinginan punya anak",
            "Wish for children";
        unmet_need: &'static str =
            "Unmet need",
            "Unmet need";
        four_t: fn(&str) -> String =
            |which| format!("4T: {which}"),
            |which| format!("4T: {which}");
        kb_report: &'static str =
            "Laporan KB bulanan (PPKBD)",
            "Monthly KB report (PPKBD)";
        cpr_title: &'static str =
            "Peserta KB aktif (% PUS), 12 bulan",
            "Contraceptive prevalence (% of PUS), 12 months";
        mcpr_title: &'static str =
            "KB modern (mCPR, % PUS), 12 bulan",
            "Modern methods (mCPR, % of PUS), 12 months";
        first_use: &'static str =
            "Baru pertama kali ber-KB (belum pernah memakai alat/cara KB)",
            "First-ever use of contraception";
        unmet_title: &'static str =
            "Unmet need (% PUS), 12 bulan",
            "Unmet need (% of PUS), 12 months";
        supply_title: &'static str =
            "Stok alat KB (pil, kondom)",
            "Contraceptive stock (pills, condoms)";
        supply_left: fn(&str, i64) -> String =
            |item, n| format!("{item}: sisa {n}"),
            |item, n| format!("{item}: {n} left");
        supply_item: &'static str =
            "Barang",
            "Item";
        quantity: &'static str =
            "Jumlah",
            "Quantity";
        given_to: &'static str =
            "Diberikan kepada (kosongkan bila menerima stok)",
            "Given to (leave empty when receiving stock)";
        family_map: &'static str =
            "Peta Keluarga",
            "Family map (Peta Keluarga)";
        method_mix_title: fn(&str) -> String =
            |month| format!("Peserta KB aktif per metode — {month}"),
            |month| format!("Active KB users by method — {month}");
        teen_by_rw: &'static str =
            "Kehamilan remaja dan perkawinan anak per RW, 12 bulan",
            "Teen pregnancy and child marriage by RW, 12 months";
        teen_cell_legend: &'static str =
            "Isi kotak: hamil < 20 th / menikah bulan itu di bawah 19 th (suami dan istri)",
            "Cells: pregnant < 20 y / married that month under 19 y (both spouses)";
        map_rt: &'static str =
            "RT",
            "RT";
        map_title: fn(&str, &str) -> String =
            |rt, date| format!("Peta Keluarga {rt} — {date}"),
            |rt, date| format!("Family map {rt} — {date}");
        map_help: &'static str =
            "Ketuk rumah di daftar, lalu ketuk kotak kosong di peta. Ketuk rumah di peta untuk memindahkannya.",
            "Tap a house in the list, then an empty cell on the map. Tap a house on the map to move it.";
        map_unplaced: &'static str =
            "Belum ada di peta",
            "Not on the map yet";
        map_chosen: fn(&str) -> String =
            |name| format!("Dipilih: {name}. Ketuk kotak kosong untuk menaruhnya."),
            |name| format!("Chosen: {name}. Tap an empty cell to place it.");
        map_remove: &'static str =
            "Lepas dari peta",
            "Take off the map";
        map_taken: &'static str =
            "Kotak itu sudah berisi rumah lain. Pilih kotak kosong.",
            "That cell already holds another house. Choose an empty one.";
        map_no_rt: &'static str =
            "Belum ada RT. Tambahkan RT di Pengaturan.",
            "No RT yet. Add RTs in Settings.";
        map_no_family: &'static str =
            "Belum ada keluarga di RT ini.",
            "No families in this RT yet.";
        map_names: &'static str =
            "Nomor rumah dan kepala keluarga",
            "House numbers and heads of family";
        map_print_names: &'static str =
            "Cetak nama kepala keluarga",
            "Print the heads' names";
        legend: &'static str =
            "Keterangan",
            "Legend";
        edit_legend: &'static str =
            "Ubah keterangan",
            "Edit legend";
        legend_symbol: &'static str =
            "Simbol",
            "Symbol";
        legend_colour: &'static str =
            "Warna",
            "Colour";
        legend_label: &'static str =
            "Arti",
            "Meaning";
        legend_saved: &'static str =
            "Keterangan peta disimpan.",
            "Map legend saved.";
        mark_pregnant: &'static str =
            "Sedang hamil",
            "Pregnant";
        mark_unmet_delay: &'static str =
            "Tidak ber-KB, ingin anak ditunda (IAT)",
            "No method, wants to delay (IAT)";
        mark_unmet_no_more: &'static str =
            "Tidak ber-KB, tidak ingin anak lagi (TIAL)",
            "No method, wants no more children (TIAL)";
        mark_no_method: &'static str =
            "Tidak ber-KB (ingin anak segera)",
            "No method (wants a child soon)";
        mark_not_recorded: &'static str =
            "PUS, status KB belum dicatat",
            "PUS, KB status not recorded";
        mark_not_pus: &'static str =
            "Bukan PUS",
            "Not a PUS";
    }
}
