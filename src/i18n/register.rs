//! Keluarga: the family list, a family, and the family and member forms.
//!
//! Each key: its type, then the Indonesian and the English text on adjacent lines.

use super::texts;

texts! {
    pub struct RegisterTexts {
        all_areas: &'static str =
            "Semua RW dan RT",
            "All RWs and RTs";
        area_filter: &'static str =
            "RW / RT",
            "RW / RT";
        families_found: fn(usize) -> String =
            |n| format!("{n} keluarga"),
            |n| format!("{n} families");
        septic_tank: &'static str =
            "Tangki septik jamban",
            "Latrine septic tank";
        welfare_decile: &'static str =
            "Desil kesejahteraan (DTSEN)",
            "Welfare decile (DTSEN)";
        welfare_decile_hint: &'static str =
            "1 = paling miskin, 10 = paling mampu. Kosongkan bila tidak tahu.",
            "1 = poorest, 10 = best off. Leave empty if unknown.";
        edit: &'static str =
            "Ubah",
            "Edit";
        families_title: &'static str =
            "Keluarga",
            "Families";
        no_families: &'static str =
            "Belum ada keluarga. Tekan \"Tambah keluarga\".",
            "No families yet. Tap \"Add family\".";
        no_results: &'static str =
            "Tidak ditemukan.",
            "Nothing found.";
        members_count: fn(usize) -> String =
            |n| format!("{n} anggota"),
            |n| format!("{n} members");
        unnamed_family: &'static str =
            "(belum ada anggota)",
            "(no members yet)";
        edit_family: &'static str =
            "Ubah keluarga",
            "Edit family";
        kk_number: &'static str =
            "No. KK",
            "Family card no. (KK)";
        kk_hint: &'static str =
            "16 angka. Boleh dikosongkan dulu.",
            "16 digits. May be left empty for now.";
        rt: &'static str =
            "RT",
            "RT";
        water: &'static str =
            "Sumber air minum",
            "Drinking-water source";
        latrine: &'static str =
            "Jamban",
            "Toilet";
        house: &'static str =
            "Kondisi rumah",
            "House condition";
        members: &'static str =
            "Anggota keluarga",
            "Family members";
        no_members: &'static str =
            "Belum ada anggota.",
            "No members yet.";
        add_member: &'static str =
            "Tambah anggota",
            "Add member";
        edit_member: &'static str =
            "Ubah anggota",
            "Edit member";
        confirm_delete_family: &'static str =
            "Yakin hapus keluarga ini beserta semua anggotanya?",
            "Delete this family and all its members?";
        nik: &'static str =
            "NIK",
            "NIK";
        nik_hint: &'static str =
            "16 angka. Boleh dikosongkan.",
            "16 digits. May be left empty.";
        edit_child: &'static str =
            "Ubah data anak",
            "Edit the child's details";
        age_years_months: fn(u32, u32) -> String =
            |years, months| format!("{years} th {months} bln"),
            |years, months| format!("{years} y {months} m");
        age_years: fn(u32) -> String =
            |years| format!("{years} tahun"),
            |years| format!("{years} years");
        relation: &'static str =
            "Hubungan dengan kepala keluarga",
            "Relation to the head of family";
        marital_status: &'static str =
            "Status kawin",
            "Marital status";
        married_on: &'static str =
            "Tanggal nikah (bila tahu)",
            "Wedding date (if known)";
        married_on_hint: &'static str =
            "Untuk laporan perkawinan di bawah 19 tahun bulan itu.",
            "For the month's count of marriages under 19.";
        age_first_marriage: &'static str =
            "Umur kawin pertama (tahun)",
            "Age at first marriage (years)";
        education: &'static str =
            "Pendidikan terakhir",
            "Highest education";
        job: &'static str =
            "Pekerjaan",
            "Occupation";
        duplicate_nik: fn(&str) -> String =
            |name| format!("NIK ini sudah dipakai oleh {name}. Periksa lagi."),
            |name| format!("This NIK is already used by {name}. Please check.");
        child_data: &'static str =
            "Data anak",
            "Child details";
        wife_age_check: fn(u32) -> String =
            |age| format!("Umur istri {age} tahun, di bawah 15 tahun (perkawinan anak?). Periksa tanggal lahirnya."),
            |age| format!("The wife is {age}, under 15 (a child marriage?). Check the birth date.");
        wife_age_confirm: &'static str =
            "Sudah dicek, tanggal lahir benar",
            "Checked, the birth date is right";
    }
}
