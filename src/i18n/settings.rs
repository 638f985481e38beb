//! Pengaturan: profile, language, storage, working area, 4T thresholds, backup.
//!
//! Each key: its type, then the Indonesian and the English text on adjacent lines.

use super::texts;
use crate::domain::core::merge::Preview;

texts! {
    pub struct SettingsTexts {
        backup_where: fn(&str, bool) -> String =
            |file, can_share| format!(
                "Cadangan tersimpan di folder Download HP ini: {file}. Kirim file itu ke HP lain atau ke grup WhatsApp kader, supaya data tidak hilang bila HP rusak atau hilang: {}",
                if can_share {
                    "tekan \"Bagikan file cadangan\" di Pengaturan lalu pilih WhatsApp."
                } else {
                    "buka WhatsApp → lampiran (📎) → Dokumen → pilih file itu."
                }
            ),
            |file, can_share| format!(
                "The backup is in this phone's Download folder: {file}. Send it to another phone or to the cadres' WhatsApp group, so the data survives a lost or broken phone: {}",
                if can_share {
                    "press \"Share backup file\" in Settings and choose WhatsApp."
                } else {
                    "open WhatsApp → attach (📎) → Document → choose that file."
                }
            );
        backup_shared: &'static str =
            "Cadangan dibagikan.",
            "Backup shared.";
        add: &'static str =
            "Tambah",
            "Add";
        profile: &'static str =
            "Profil kader",
            "Cadre profile";
        cadre_name: &'static str =
            "Nama",
            "Name";
        role: &'static str =
            "Peran",
            "Role";
        language: &'static str =
            "Bahasa",
            "Language";
        area: &'static str =
            "Wilayah kerja",
            "Working area";
        area_name: &'static str =
            "Nama atau nomor",
            "Name or number";
        parent_rw: &'static str =
            "Termasuk RW",
            "Belongs to RW";
        storage: &'static str =
            "Penyimpanan",
            "Storage";
        persist_granted: &'static str =
            "Data disimpan permanen di HP ini.",
            "Data is stored persistently on this phone.";
        persist_denied: &'static str =
            "Browser belum menjamin data tetap tersimpan. Rajin cadangkan.",
            "The browser does not guarantee the data is kept. Back up often.";
        persist_unsupported: &'static str =
            "Browser ini tidak mendukung penyimpanan permanen. Rajin cadangkan.",
            "This browser cannot keep data persistently. Back up often.";
        backup: &'static str =
            "Cadangan",
            "Backup";
        backup_download: &'static str =
            "Cadangkan (unduh file)",
            "Back up (download file)";
        backup_share: &'static str =
            "Bagikan file cadangan",
            "Share backup file";
        restore: &'static str =
            "Pulihkan dari file",
            "Restore from file";
        last_backup: fn(Option<i64>) -> String =
            |days| match days {
            None => "Cadangan terakhir: belum pernah".into(),
            Some(0) => "Cadangan terakhir: hari ini".into(),
            Some(d) => format!("Cadangan terakhir: {d} hari lalu"),
            },
            |days| match days {
            None => "Last backup: never".into(),
            Some(0) => "Last backup: today".into(),
            Some(d) => format!("Last backup: {d} days ago"),
            };
        restore_preview_title: &'static str =
            "Isi file cadangan ini",
            "What this backup file holds";
        restore_preview: fn(&Preview) -> Vec<String> =
            |p| vec![
                format!("{} keluarga, {} orang, {} penimbangan", p.families, p.people, p.weighings),
                format!("{} data belum ada di HP ini (akan ditambah)", p.added),
                format!("{} data lebih baru dari di HP ini (akan mengganti)", p.newer),
                format!("{} data sama atau lebih lama (dibiarkan)", p.same_or_older),
            ],
            |p| vec![
                format!("{} families, {} people, {} weighings", p.families, p.people, p.weighings),
                format!("{} records not on this phone (will be added)", p.added),
                format!("{} records newer than this phone's (will replace them)", p.newer),
                format!("{} records the same or older (left as they are)", p.same_or_older),
            ];
        restore_merge: &'static str =
            "Gabungkan",
            "Merge";
        restore_undo_hint: &'static str =
            "Salah file? Penggabungan terakhir bisa dibatalkan sekali, selama aplikasi belum ditutup.",
            "Wrong file? The last merge can be undone once, while the app stays open.";
        restore_undo: &'static str =
            "Batalkan penggabungan",
            "Undo the merge";
        restore_undone: &'static str =
            "Penggabungan dibatalkan. Data kembali seperti sebelumnya.",
            "Merge undone. The data is as it was before.";
        restored: fn(usize, usize, usize) -> String =
            |added, updated, same| {
            format!("Dipulihkan: {added} baru, {updated} diperbarui, {same} sudah ada.")
            },
            |added, updated, same| {
            format!("Restored: {added} new, {updated} updated, {same} already here.")
            };
        four_t_title: &'static str =
            "Batas 4T (4 Terlalu)",
            "4T thresholds (4 Terlalu)";
        four_t_help: &'static str =
            "Bawaan: di bawah 20 tahun, di atas 35 sampai 40 tahun, jarak kurang dari 2 tahun, lebih dari 3 anak (menurut kartu KB atau anak yang terdaftar). Ubah bila PKB/puskesmas memakai batas lain.",
            "Default: under 20, over 35 up to 40, less than 2 years apart, more than 3 children (by the KB card or the registered children). Change them if your PKB/puskesmas uses others.";
        too_young_below: &'static str =
            "Terlalu muda: umur istri di bawah (tahun)",
            "Too young: wife younger than (years)";
        too_old_until: &'static str =
            "Terlalu tua: sampai umur istri (tahun)",
            "Too old: up to the wife's age (years)";
        too_old_above: &'static str =
            "Terlalu tua: umur istri di atas (tahun)",
            "Too old: wife older than (years)";
        too_close_below_years: &'static str =
            "Terlalu dekat: jarak dua kelahiran terakhir kurang dari (tahun)",
            "Too close: last two births less than (years) apart";
        too_many_above: &'static str =
            "Terlalu banyak: jumlah anak lebih dari",
            "Too many: more children than";
        four_t_saved: &'static str =
            "Batas 4T disimpan.",
            "4T thresholds saved.";
        restore_defaults: &'static str =
            "Kembalikan bawaan",
            "Restore defaults";
        region_title: &'static str =
            "Wilayah di atas desa (dipakai untuk e-PPGBM)",
            "Area above the village (used for e-PPGBM)";
        province: &'static str =
            "Provinsi",
            "Province";
        regency: &'static str =
            "Kabupaten/Kota",
            "Regency/City";
        district: &'static str =
            "Kecamatan",
            "District (kecamatan)";
        puskesmas: &'static str =
            "Puskesmas",
            "Puskesmas";
    }
}
