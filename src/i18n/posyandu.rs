//! Posyandu: children, a weighing day and its results, the growth charts, the month's report, posters, e-PPGBM.
//!
//! Each key: its type, then the Indonesian and the English text on adjacent lines.

use super::texts;

texts! {
    pub struct PosyanduTexts {
        referral_seen: fn(&str) -> String =
            |d| format!("Dirujuk · sudah diperiksa {d}"),
            |d| format!("Referred · seen on {d}");
        referral_back_title: &'static str =
            "Rujukan balik",
            "Referral outcome";
        referral_back_hint: fn(&str) -> String =
            |d| format!("Dirujuk pada penimbangan {d}. Bila anak sudah diperiksa puskesmas/bidan, tulis di sini (dari surat rujukan balik atau cerita ibunya). Sampai itu, anak tetap di daftar perlu dirujuk."),
            |d| format!("Referred at the weighing of {d}. Once the child was seen by the puskesmas or bidan, write it here (from the referral slip or her mother). Until then she stays on the list to refer.");
        seen_on: &'static str =
            "Tanggal diperiksa",
            "Day seen";
        seen_place: &'static str =
            "Di mana (puskesmas, bidan, dokter)",
            "Where (puskesmas, bidan, doctor)";
        referral_result: &'static str =
            "Hasil / saran petugas",
            "Finding / advice";
        referral_outcome: fn(&str, &str, &str, &str) -> String =
            |referred, seen, place, result| format!("Dirujuk {referred}; diperiksa {seen}{}{}: {result}", if place.is_empty() { "" } else { " di " }, place),
            |referred, seen, place, result| format!("Referred {referred}; seen {seen}{}{}: {result}", if place.is_empty() { "" } else { " at " }, place);
        referral_waiting: &'static str =
            "belum ada kabar rujukan balik",
            "no referral outcome yet";
        immunisation_title: &'static str =
            "Imunisasi (jadwal Buku KIA)",
            "Immunisation (Buku KIA schedule)";
        dose_due: &'static str =
            "waktunya",
            "due";
        dose_overdue: &'static str =
            "terlambat",
            "overdue";
        dose_later: &'static str =
            "nanti",
            "later";
        dose_age: fn(u32) -> String =
            |m| if m == 0 { "lahir".to_owned() } else { format!("{m} bln") },
            |m| if m == 0 { "birth".to_owned() } else { format!("{m} m") };
        dose_record: &'static str =
            "Catat imunisasi yang sudah diberikan",
            "Record a dose given";
        dose_vaccine: &'static str =
            "Imunisasi",
            "Vaccine";
        dose_date: &'static str =
            "Tanggal diberikan",
            "Date given";
        doses_due_title: &'static str =
            "Imunisasi hari ini (waktunya atau terlambat)",
            "Immunisation today (due or overdue)";
        give_today: &'static str =
            "Diberikan hari ini:",
            "Given today:";
        idl: fn(u32, u32) -> String =
            |done, all| format!("Imunisasi dasar lengkap (IDL): {done} dari {all} anak yang berumur 1 tahun bulan ini"),
            |done, all| format!("Complete basic immunisation (IDL): {done} of {all} children turning one this month");
        child_mother: &'static str =
            "Ibu (bila sudah terdaftar)",
            "Mother (if already registered)";
        joins_family: fn(&str) -> String =
            |f| format!("Anak ini masuk ke keluarga {f}."),
            |f| format!("This child joins the family of {f}.");
        day_fine: &'static str =
            "baik",
            "fine";
        finish_day: &'static str =
            "Selesai penimbangan",
            "Finish the weighing day";
        day_summary: &'static str =
            "Ringkasan hari ini",
            "Today's summary";
        summary_weighed: fn(usize, usize) -> String =
            |d, s| format!("Ditimbang (D): {d} dari {s} anak"),
            |d, s| format!("Weighed (D): {d} of {s} children");
        summary_gained: &'static str =
            "Naik (N)",
            "Gained (N)";
        summary_not_gained: &'static str =
            "Tidak naik (T)",
            "Not gained (T)";
        summary_bgm: &'static str =
            "Di bawah garis merah (BGM)",
            "Below the red line (BGM)";
        summary_not_weighed: &'static str =
            "Belum ditimbang",
            "Not weighed yet";
        back_to_day: &'static str =
            "Kembali ke daftar",
            "Back to the list";
        day_to_refer: &'static str =
            "perlu dirujuk",
            "to refer";
        day_to_remeasure: &'static str =
            "perlu ukur ulang",
            "to measure again";
        remeasure_title: &'static str =
            "Perlu ukur ulang",
            "Measure again";
        remeasure_help: &'static str =
            "Angka ini tidak masuk akal menurut WHO: ukur dan timbang ulang anak ini sebelum dirujuk.",
            "WHO flags these values as implausible: measure and weigh the child again before any referral.";
        axis_age: &'static str =
            "Umur (bulan)",
            "Age (months)";
        axis_weight: &'static str =
            "Berat badan (kg)",
            "Weight (kg)";
        axis_length: &'static str =
            "Panjang/tinggi badan (cm)",
            "Length/height (cm)";
        axis_bmi: &'static str =
            "IMT (kg/m²)",
            "BMI (kg/m²)";
        axis_head: &'static str =
            "Lingkar kepala (cm)",
            "Head circumference (cm)";
        axis_children: &'static str =
            "Jumlah balita",
            "Children under five";
        axis_weighed_percent: &'static str =
            "% balita ditimbang",
            "% of children weighed";
        total: &'static str =
            "Jumlah",
            "Total";
        skdn_vitamin_a: &'static str =
            "Vitamin A",
            "Vitamin A";
        skdn_exclusive_bf: &'static str =
            "ASI eksklusif",
            "Exclusive breastfeeding";
        children_title: &'static str =
            "Anak (balita)",
            "Children (under five)";
        no_posyandu: &'static str =
            "Belum ada posyandu. Tambahkan dulu di Pengaturan.",
            "No posyandu yet. Add one in Settings first.";
        no_children: &'static str =
            "Belum ada balita di posyandu ini. Anak yang didaftar di Keluarga muncul di sini bila posyandunya dipilih di \"Data anak\".",
            "No children under five at this posyandu yet. A child registered under Families appears here once her posyandu is chosen in \"Child details\".";
        add_child: &'static str =
            "Tambah anak",
            "Add child";
        start_weighing: &'static str =
            "Mulai penimbangan",
            "Start weighing day";
        age_months: fn(u32) -> String =
            |m| format!("{m} bln"),
            |m| format!("{m} mo");
        weighed_count: fn(usize, usize) -> String =
            |done, all| format!("{done} dari {all} anak sudah ditimbang"),
            |done, all| format!("{done} of {all} children weighed");
        not_yet: &'static str =
            "belum",
            "not yet";
        weighing_date: &'static str =
            "Tanggal penimbangan",
            "Weighing date";
        weight: &'static str =
            "Berat badan (kg)",
            "Weight (kg)";
        lenhei: &'static str =
            "Panjang/tinggi badan (cm)",
            "Length/height (cm)";
        position: &'static str =
            "Cara ukur",
            "Measured";
        arm: &'static str =
            "LILA (cm)",
            "MUAC (cm)";
        head: &'static str =
            "Lingkar kepala (cm)",
            "Head circumference (cm)";
        oedema: &'static str =
            "Ada oedema (bengkak di kedua punggung kaki)",
            "Oedema (swelling of both feet)";
        vitamin_a: &'static str =
            "Vitamin A diberikan",
            "Vitamin A given";
        exclusive_bf: &'static str =
            "Masih ASI eksklusif (E)",
            "Still exclusively breastfed (E)";
        immunisations: &'static str =
            "Imunisasi hari ini",
            "Vaccines given today";
        pmt: &'static str =
            "PMT diberikan",
            "Supplementary food (PMT) given";
        next_child: &'static str =
            "Anak berikutnya",
            "Next child";
        result: &'static str =
            "Hasil penimbangan",
            "Result";
        implausible: fn(&str) -> String =
            |index| format!("Nilai {index} tidak masuk akal menurut WHO. Ukur ulang, atau centang di bawah jika sudah dicek dan benar."),
            |index| format!("The {index} value is implausible by WHO's rules. Measure again, or tick below if it was checked and is right.");
        confirm_implausible: &'static str =
            "Sudah dicek ulang, nilainya benar",
            "Checked again, the value is right";
        refer: &'static str =
            "Perlu dirujuk",
            "Needs referral";
        history: &'static str =
            "Riwayat penimbangan",
            "Weighing history";
        no_weighings: &'static str =
            "Belum pernah ditimbang.",
            "Never weighed yet.";
        weigh_now: &'static str =
            "Timbang",
            "Weigh";
        view_24: &'static str =
            "0–24 bulan",
            "0–24 months";
        view_60: &'static str =
            "0–60 bulan",
            "0–60 months";
        age: &'static str =
            "Umur",
            "Age";
        reports_title: &'static str =
            "Laporan bulanan posyandu",
            "Monthly posyandu report";
        prevalence: &'static str =
            "Prevalensi (anak yang ditimbang)",
            "Prevalence (children weighed)";
        stunting: &'static str =
            "Stunting (pendek + sangat pendek)",
            "Stunting";
        wasting: &'static str =
            "Gizi kurang + gizi buruk (BB/PB)",
            "Wasting";
        underweight: &'static str =
            "Berat badan kurang (BB/U)",
            "Underweight";
        overweight: &'static str =
            "Gizi lebih (BB/PB > +2 SD)",
            "Overweight";
        none_to_refer: &'static str =
            "Tidak ada anak yang perlu dirujuk bulan ini.",
            "No child needs referral this month.";
        quick_family_note: &'static str =
            "Keluarga dibuat otomatis dengan alamat ini; lengkapi nanti di menu Keluarga.",
            "A family is created with this address; complete it later under Families.";
        exchange: &'static str =
            "Tukar data e-PPGBM",
            "e-PPGBM exchange";
        import_hint: &'static str =
            "Bisa membaca file Excel (.xlsx) dan CSV e-PPGBM, lama dan baru, juga lembar Operasi Timbang 2025. Lembar tanpa tanggal ukur dicatat sebagai ditimbang hari ini.",
            "Reads e-PPGBM Excel (.xlsx) and CSV files, old and new, and the 2025 Operasi Timbang sheet. A sheet without a measurement date is recorded as weighed today.";
        export_eppgbm: &'static str =
            "Ekspor penimbangan bulan ini untuk e-PPGBM",
            "Export this month's weighings for e-PPGBM";
        import_eppgbm: &'static str =
            "Impor penimbangan dari file e-PPGBM (.xlsx / CSV)",
            "Import weighings from an e-PPGBM file (.xlsx / CSV)";
        imported: fn(usize, usize, usize) -> String =
            |children, weighings, same| format!("Diimpor: {children} anak baru, {weighings} penimbangan baru, {same} sudah ada."),
            |children, weighings, same| format!("Imported: {children} new children, {weighings} new weighings, {same} already here.");
        not_eppgbm: fn(&str) -> String =
            |column| format!("File ini bukan file e-PPGBM: kolom \"{column}\" tidak ada. Tidak ada data yang diubah."),
            |column| format!("This is not an e-PPGBM file: column \"{column}\" is missing. Nothing was changed.");
        row_error: fn(u64, &str) -> String =
            |line, why| format!("Baris {line}: {why}"),
            |line, why| format!("Row {line}: {why}");
        bad_sex_code: &'static str =
            "JK harus L atau P.",
            "JK must be L or P.";
        posters: &'static str =
            "Poster papan posyandu",
            "Notice-board posters";
        until_month: &'static str =
            "Sampai bulan",
            "Up to month";
        skdn_poster_title: fn(&str, &str) -> String =
            |place, period| format!("Balok SKDN — {place} — {period}"),
            |place, period| format!("SKDN bars — {place} — {period}");
        stunting_poster_title: fn(&str, &str) -> String =
            |place, period| format!("Stunting (% balita ditimbang) — {place} — {period}"),
            |place, period| format!("Stunting (% of children weighed) — {place} — {period}");
        skdn_legend: &'static str =
            "S = semua balita · K = punya KMS/Buku KIA · D = ditimbang · N = naik berat badannya",
            "S = all children · K = with KMS/Buku KIA · D = weighed · N = gained weight";
        trend_12: &'static str =
            "Tren 12 bulan",
            "12-month trend";
        curve_judgement: &'static str =
            "Menurut arah garis di grafik:",
            "By the direction of the curve:";
        open_kb_report: &'static str =
            "Laporan KB, peta dan stok",
            "KB report, map and supply";
    }
}
