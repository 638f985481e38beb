//! Pendampingan (TPK): targets, pregnancy, delivery, catin, visits, KRS.
//!
//! Each key: its type, then the Indonesian and the English text on adjacent lines.

use super::texts;

texts! {
    pub struct TpkTexts {
        kn_due: fn(&str, &str) -> String =
            |kn, by| format!("kunjungan neonatal {kn} paling lambat {by}"),
            |kn, by| format!("newborn visit {kn} by {by}");
        waist: &'static str =
            "Lingkar perut (cm, catin laki-laki)",
            "Waist (cm, groom)";
        screening_due: fn(&str, bool) -> String =
            |by, late| if late {
                format!("⚠ skrining Elsimil terlambat (paling lambat {by})")
            } else {
                format!("skrining Elsimil paling lambat {by}")
            },
            |by, late| if late {
                format!("⚠ Elsimil screening overdue (due by {by})")
            } else {
                format!("Elsimil screening due by {by}")
            };
        screening_ideal: fn(&str) -> String =
            |on| format!("skrining {on}: ideal"),
            |on| format!("screened {on}: ideal");
        screening_at_risk: fn(&str, &str) -> String =
            |on, why| format!("skrining {on}: berisiko ({why})"),
            |on, why| format!("screened {on}: at risk ({why})");
        anc_done: fn(usize, usize) -> String =
            |done, doctor| format!("ANC {done} dari 6 (dokter {doctor} dari 2)"),
            |done, doctor| format!("ANC {done} of 6 (doctor {doctor} of 2)");
        anc_next: fn(&str, bool, &str, bool) -> String =
            |name, doctor, latest, late| format!(
                "{}{name}{} paling lambat {latest}",
                if late { "⚠ terlambat: " } else { "berikutnya " },
                if doctor { " (dengan dokter)" } else { "" }
            ),
            |name, doctor, latest, late| format!(
                "{}{name}{} at the latest {latest}",
                if late { "⚠ overdue: " } else { "next " },
                if doctor { " (with a doctor)" } else { "" }
            );
        anc_title: &'static str =
            "Pemeriksaan kehamilan (ANC)",
            "Antenatal care (ANC)";
        anc_record: &'static str =
            "Catat pemeriksaan (dari Buku KIA)",
            "Record a check-up (from the Buku KIA)";
        anc_date: &'static str =
            "Tanggal periksa",
            "Date of the check-up";
        anc_doctor: &'static str =
            "Diperiksa dokter",
            "Seen by a doctor";
        anc_none: &'static str =
            "Belum ada pemeriksaan yang dicatat.",
            "No check-up recorded yet.";
        tpk_title: &'static str =
            "Pendampingan keluarga (TPK)",
            "Family accompaniment (TPK)";
        tpk_recap: fn(&str) -> String =
            |month| format!("Rekap {month}"),
            |month| format!("Recap {month}");
        col_target: &'static str =
            "Sasaran",
            "Target";
        col_total: &'static str =
            "Jumlah",
            "Total";
        col_visited: &'static str =
            "Dikunjungi",
            "Visited";
        col_at_risk: &'static str =
            "Berisiko",
            "At risk";
        col_referred: &'static str =
            "Dirujuk",
            "Referred";
        add_pregnancy: &'static str =
            "Catat ibu hamil",
            "Record a pregnancy";
        add_catin: &'static str =
            "Tambah catin",
            "Add a bride/groom-to-be";
        hpht: &'static str =
            "HPHT (hari pertama haid terakhir)",
            "HPHT (first day of last period)";
        delivered_on: &'static str =
            "Tanggal persalinan (isi bila sudah melahirkan)",
            "Delivery date (once she has given birth)";
        catin_person: &'static str =
            "Calon pengantin",
            "Bride/groom-to-be";
        wedding_date: &'static str =
            "Rencana tanggal nikah",
            "Planned wedding date";
        no_targets: &'static str =
            "Belum ada sasaran.",
            "No targets yet.";
        catin_detail: fn(&str) -> String =
            |date| format!("Rencana nikah {date}"),
            |date| format!("Wedding planned {date}");
        pregnant_detail: fn(i64, i64, u8, &str, u32) -> String =
            |w, d, t, hpl, ttd| format!("Hamil {w} minggu {d} hari (trimester {t}) · HPL {hpl} · TTD {ttd}/90"),
            |w, d, t, hpl, ttd| format!("Pregnant {w} weeks {d} days (trimester {t}) · due {hpl} · iron tablets {ttd}/90");
        postpartum_detail: fn(i64) -> String =
            |day| format!("Nifas hari ke-{day}"),
            |day| format!("Postpartum day {day}");
        kf_due: fn(&str) -> String =
            |kf| format!("waktunya kunjungan {kf}"),
            |kf| format!("{kf} visit due");
        kbpp_done: &'static str =
            "sudah KBPP",
            "postpartum KB done";
        kbpp_missing: &'static str =
            "belum ber-KB (KBPP sampai hari ke-42)",
            "no KB yet (KBPP until day 42)";
        baduta_detail: fn(u32) -> String =
            |m| format!("Umur {m} bulan"),
            |m| format!("{m} months old");
        last_weighed: fn(&str) -> String =
            |date| format!("terakhir ditimbang {date}"),
            |date| format!("last weighed {date}");
        never_weighed: &'static str =
            "belum pernah ditimbang",
            "never weighed";
        last_visit: fn(&str) -> String =
            |date| format!("Kunjungan terakhir {date}"),
            |date| format!("Last visit {date}");
        not_visited: &'static str =
            "Belum dikunjungi",
            "Not visited yet";
        record_visit: &'static str =
            "Catat kunjungan",
            "Record a visit";
        visit_target: &'static str =
            "Sasaran kunjungan",
            "Visit for";
        visit_date: &'static str =
            "Tanggal kunjungan",
            "Visit date";
        adult_weight: &'static str =
            "Berat badan (kg)",
            "Weight (kg)";
        adult_height: &'static str =
            "Tinggi badan (cm)",
            "Height (cm)";
        adult_arm: &'static str =
            "LILA (cm)",
            "MUAC (cm)";
        hb: &'static str =
            "Hb (g/dL)",
            "Hb (g/dL)";
        iron_tablets: &'static str =
            "Tablet tambah darah diberikan",
            "Iron tablets given";
        smoke: &'static str =
            "Merokok / terpapar asap rokok",
            "Smokes / exposed to smoke";
        counselled: &'static str =
            "Diberi KIE / konseling",
            "Counselling given";
        referred: &'static str =
            "Dirujuk ke bidan/puskesmas",
            "Referred to midwife/puskesmas";
        visit_history: &'static str =
            "Riwayat kunjungan",
            "Visits";
        no_visits: &'static str =
            "Belum ada kunjungan.",
            "No visits yet.";
        no_risk: &'static str =
            "Tidak ada tanda risiko.",
            "No risk signs.";
        pregnancy_title: &'static str =
            "Kehamilan",
            "Pregnancy";
        bmi: fn(&str) -> String =
            |x| format!("IMT {x}"),
            |x| format!("BMI {x}");
        open_family: &'static str =
            "Buka keluarga",
            "Open family";
        not_a_target: &'static str =
            "Saat ini bukan sasaran pendampingan. Kunjungan lama tetap tercatat.",
            "Not a target now. Earlier visits stay recorded.";
        krs_title: &'static str =
            "Keluarga berisiko stunting (KRS)",
            "Families at risk of stunting (KRS)";
        krs_help: &'static str =
            "Keluarga dengan PUS, ibu hamil atau balita, dan paling sedikit satu faktor risiko dari data keluarga.",
            "Families with a PUS, a pregnant woman or a child under five, and at least one risk factor in the family data.";
        under_five_count: fn(u32) -> String =
            |n| format!("{n} balita"),
            |n| format!("{n} under five");
    }
}
