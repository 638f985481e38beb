//! The words of the UI, Bahasa Indonesia first, English second (docs/GLOSSARY.md).
//!
//! One struct of texts per language, not a runtime key lookup: a missing translation
//! is a compile error, the UI gets plain `&'static str`, and no locale files or
//! code generation slow the build (why not leptos_i18n, for now). Pure data, no
//! browser types, so it is tested natively.

use chrono::{Datelike, NaiveDate};

use crate::domain::core::area::AreaLevel;
use crate::domain::core::backup::BackupError;
use crate::domain::core::calendar::Month;
use crate::domain::core::family::{HouseCondition, Latrine, WaterSource};
use crate::domain::core::fields::Problem;
use crate::domain::core::person::{Education, MaritalStatus, Relation};
use crate::domain::core::profile::Role;
use crate::domain::posyandu::review::{Index, Warning};
use crate::growth::Sex;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Lang {
        if code == "en" {
            Lang::En
        } else {
            Lang::Id
        }
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Id => &ID,
            Lang::En => &EN,
        }
    }
}

mod common;
mod group;
mod kb;
mod kecamatan;
mod posyandu;
mod register;
mod security;
mod settings;
mod setup;
mod sync;
mod tpk;

pub use common::CommonTexts;
pub use group::GroupTexts;
pub use kb::KbTexts;
pub use kecamatan::KecamatanTexts;
pub use posyandu::PosyanduTexts;
pub use register::RegisterTexts;
pub use security::{file_error, SecurityTexts};
pub use settings::SettingsTexts;
pub use setup::SetupTexts;
pub use sync::field_name;
pub use sync::SyncTexts;
pub use tpk::TpkTexts;

/// Declares one feature's table: a struct of texts and its Indonesian and English
/// instances, each key's two texts on adjacent lines (a missing one does not compile).
macro_rules! texts {
    (pub struct $name:ident { $($field:ident: $ty:ty = $id:expr, $en:expr;)* }) => {
        pub struct $name {
            $(pub $field: $ty,)*
        }

        impl $name {
            const ID: $name = $name { $($field: $id,)* };
            const EN: $name = $name { $($field: $en,)* };

            /// The table in `lang`.
            pub const fn of(lang: super::Lang) -> &'static $name {
                match lang {
                    super::Lang::Id => &Self::ID,
                    super::Lang::En => &Self::EN,
                }
            }
        }
    };
}
use texts;

/// Every text the screens show, one table per feature.
pub struct Texts {
    pub common: &'static CommonTexts,
    pub register: &'static RegisterTexts,
    pub posyandu: &'static PosyanduTexts,
    pub kb: &'static KbTexts,
    pub kecamatan: &'static KecamatanTexts,
    pub tpk: &'static TpkTexts,
    pub group: &'static GroupTexts,
    pub settings: &'static SettingsTexts,
    pub setup: &'static SetupTexts,
    pub security: &'static SecurityTexts,
    pub sync: &'static SyncTexts,
}

const fn texts_in(lang: Lang) -> Texts {
    Texts {
        common: CommonTexts::of(lang),
        register: RegisterTexts::of(lang),
        posyandu: PosyanduTexts::of(lang),
        kb: KbTexts::of(lang),
        kecamatan: KecamatanTexts::of(lang),
        tpk: TpkTexts::of(lang),
        group: GroupTexts::of(lang),
        settings: SettingsTexts::of(lang),
        setup: SetupTexts::of(lang),
        security: SecurityTexts::of(lang),
        sync: SyncTexts::of(lang),
    }
}

static ID: Texts = texts_in(Lang::Id);
static EN: Texts = texts_in(Lang::En);

/// Rupiah as written in Indonesia: "Rp 45.000", "-Rp 5.000".
pub fn rupiah(amount: i64) -> String {
    let sign = if amount < 0 { "-" } else { "" };
    format!("{sign}Rp {}", grouped(amount.unsigned_abs(), '.'))
}

/// A whole count grouped by thousands: "102.868" in Indonesian, "102,868" in English.
pub fn count(n: usize, lang: Lang) -> String {
    grouped(n as u64, in_lang(lang, '.', ','))
}

fn grouped(n: u64, separator: char) -> String {
    let digits = n.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(c);
    }
    grouped
}

/// A TPK target in a word, for narrow tables.
pub fn target_short(lang: Lang, target: crate::domain::tpk::visit::Target) -> &'static str {
    use crate::domain::tpk::visit::Target;
    let (id, en) = match target {
        Target::Catin => ("Catin", "Catin"),
        Target::Pregnant => ("Ibu hamil", "Pregnant"),
        Target::Postpartum => ("Nifas", "Postpartum"),
        Target::Baduta => ("Baduta", "Baduta"),
    };
    in_lang(lang, id, en)
}

/// The starting words of a Peta Keluarga legend line.
pub fn house_mark(lang: Lang, mark: crate::domain::kb::family_map::HouseMark) -> String {
    use crate::domain::kb::family_map::HouseMark;
    let t = lang.texts();
    match mark {
        HouseMark::Method(m) => m.name(lang),
        HouseMark::Pregnant => t.kb.mark_pregnant,
        HouseMark::UnmetDelay => t.kb.mark_unmet_delay,
        HouseMark::UnmetNoMore => t.kb.mark_unmet_no_more,
        HouseMark::NoMethod => t.kb.mark_no_method,
        HouseMark::NotRecorded => t.kb.mark_not_recorded,
        HouseMark::NotPus => t.kb.mark_not_pus,
    }
    .to_owned()
}

/// Names of the choices in the forms.
pub trait Named {
    fn name(self, lang: Lang) -> &'static str;
}

impl Named for crate::domain::kb::status::KbUse {
    fn name(self, lang: Lang) -> &'static str {
        use crate::domain::kb::status::KbUse;
        match self {
            KbUse::Method(method) => method.name(lang),
            KbUse::NoMethod => lang.texts().kb.kb_no_method,
        }
    }
}

macro_rules! named {
    ($ty:ty { $($variant:ident => $id:literal, $en:literal;)* }) => {
        impl Named for $ty {
            fn name(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((<$ty>::$variant, Lang::Id) => $id, (<$ty>::$variant, Lang::En) => $en,)*
                }
            }
        }
    };
}

named!(crate::growth::Position { Lying => "Berbaring (PB)", "Lying (length)"; Standing => "Berdiri (TB)", "Standing (height)"; });
named!(crate::growth::weight_gain::Gain {
    Naik => "N — naik", "N — gained";
    TidakNaik => "T — tidak naik", "T — not gained";
    TidakDitimbangBulanLalu => "O — tidak ditimbang bulan lalu", "O — not weighed last month";
    Baru => "B — baru pertama ditimbang", "B — weighed for the first time";
});
named!(crate::domain::kb::status::Method {
    Iud => "IUD", "IUD";
    Mow => "MOW", "MOW (tubectomy)";
    Mop => "MOP", "MOP (vasectomy)";
    Implan => "Implan", "Implant";
    Suntik => "Suntik", "Injectable";
    Pil => "Pil", "Pill";
    Kondom => "Kondom", "Condom";
    Mal => "MAL", "LAM";
    Tradisional => "Tradisional", "Traditional";
});
named!(crate::domain::kb::status::Wish {
    ChildSoon => "Ingin anak segera", "Wants a child soon";
    Delay => "Ingin anak ditunda (IAT)", "Wants to delay (IAT)";
    NoMore => "Tidak ingin anak lagi (TIAL)", "Wants no more (TIAL)";
});
named!(crate::domain::tpk::visit::Target {
    Catin => "Calon pengantin (catin)", "Bride/groom-to-be";
    Pregnant => "Ibu hamil", "Pregnant woman";
    Postpartum => "Ibu pasca persalinan (nifas)", "Postpartum mother";
    Baduta => "Baduta (anak di bawah 2 tahun)", "Child under 2";
});
named!(crate::domain::tpk::visit::Risk {
    Kek => "Risiko KEK (LILA < 23,5 cm)", "Risk of chronic energy deficiency (MUAC < 23.5 cm)";
    Anaemia => "Anemia (Hb rendah)", "Anaemia (low Hb)";
    Thin => "Kurus (IMT < 18,5)", "Thin (BMI < 18.5)";
    Short => "Tinggi badan < 145 cm", "Height < 145 cm";
    Smoke => "Merokok / terpapar asap rokok", "Smokes / exposed to smoke";
    Young => "Usia catin < 20 tahun (terlalu muda untuk hamil)", "Bride under 20 (too young to be pregnant)";
    Waist => "Lingkar perut > 90 cm (obesitas sentral)", "Waist > 90 cm (central obesity)";
});
named!(crate::domain::tpk::stunting_risk::RiskFactor {
    UnsafeWater => "Air minum tidak layak", "Unsafe drinking water";
    NoLatrine => "Tidak punya jamban", "No latrine";
    NoSepticTank => "Jamban tanpa tangki septik", "Latrine without a septic tank";
    UnfitHouse => "Rumah tidak layak huni", "House unfit to live in";
    LowEducation => "Pendidikan orang tua rendah (paling tinggi SD)", "Parents with at most primary school";
    FourT => "PUS 4T", "PUS with 4T";
    Poor => "Keluarga miskin (desil 1–4)", "Poor family (decile 1–4)";
});
named!(crate::domain::group::activity::ActivityKind {
    Organising => "Pengorganisasian / pembinaan kelompok", "Organising groups";
    Meeting => "Pertemuan rutin", "Routine meeting";
    Kie => "KIE / penyuluhan", "Information session (KIE)";
    Counselling => "Konseling", "Counselling";
    Service => "Pelayanan KB", "KB service";
    Other => "Lainnya", "Other";
});
named!(crate::domain::group::cash::CashKind {
    Dues => "Masuk: iuran", "In: dues";
    Jimpitan => "Masuk: jimpitan", "In: jimpitan";
    Uppka => "Masuk: usaha UPPKA", "In: UPPKA business";
    Gift => "Masuk: bantuan/sumbangan", "In: gift/donation";
    OtherIn => "Masuk: lainnya", "In: other";
    Spending => "Keluar: belanja/biaya", "Out: spending";
});
named!(crate::domain::kb::supply::SupplyItem { Pill => "Pil KB (strip)", "Pills (strips)"; Condom => "Kondom (buah)", "Condoms (pieces)"; });
// PMK 2/2020 names each category in Indonesian and English.
named!(crate::growth::category::Category {
    SeverelyUnderweight => "Berat badan sangat kurang", "Severely underweight";
    Underweight => "Berat badan kurang", "Underweight";
    NormalWeight => "Berat badan normal", "Normal weight";
    RiskOfOverweight => "Risiko berat badan lebih", "Risk of overweight";
    SeverelyStunted => "Sangat pendek", "Severely stunted";
    Stunted => "Pendek", "Stunted";
    NormalHeight => "Normal", "Normal";
    Tall => "Tinggi", "Tall";
    SeverelyWasted => "Gizi buruk", "Severely wasted";
    Wasted => "Gizi kurang", "Wasted";
    WellNourished => "Gizi baik", "Normal";
    PossibleRiskOfOverweight => "Berisiko gizi lebih", "Possible risk of overweight";
    Overweight => "Gizi lebih", "Overweight";
    Obese => "Obesitas", "Obese";
});
named!(Sex { Male => "Laki-laki", "Male"; Female => "Perempuan", "Female"; });
named!(Relation {
    Head => "Kepala keluarga", "Head of family";
    Wife => "Istri", "Wife";
    Husband => "Suami", "Husband";
    Child => "Anak", "Child";
    ChildInLaw => "Menantu", "Child-in-law";
    Grandchild => "Cucu", "Grandchild";
    Parent => "Orang tua", "Parent";
    ParentInLaw => "Mertua", "Parent-in-law";
    Other => "Lainnya", "Other";
});
named!(MaritalStatus {
    Single => "Belum kawin", "Single";
    Married => "Kawin", "Married";
    Divorced => "Cerai hidup", "Divorced";
    Widowed => "Cerai mati", "Widowed";
});
named!(Education {
    None => "Tidak/belum sekolah", "No schooling";
    Primary => "SD/sederajat", "Primary";
    JuniorHigh => "SMP/sederajat", "Junior high";
    SeniorHigh => "SMA/sederajat", "Senior high";
    Diploma => "Diploma", "Diploma";
    University => "Sarjana", "University";
});
named!(WaterSource {
    Borehole => "Sumur bor / pompa", "Borehole / pump";
    Piped => "Ledeng/PDAM", "Piped";
    ProtectedWell => "Sumur terlindung", "Protected well";
    UnprotectedWell => "Sumur tidak terlindung", "Unprotected well";
    Spring => "Mata air", "Spring";
    Rain => "Air hujan", "Rainwater";
    Bottled => "Air kemasan/isi ulang", "Bottled/refill";
    River => "Sungai/danau", "River/lake";
    Other => "Lainnya", "Other";
});
named!(Latrine { Own => "Milik sendiri", "Own"; Shared => "Bersama/umum", "Shared/public"; None => "Tidak ada", "None"; });
named!(crate::domain::core::fields::YesNo { Yes => "Ya", "Yes"; No => "Tidak", "No"; });
named!(HouseCondition { Fit => "Layak huni", "Fit to live in"; Unfit => "Tidak layak huni", "Unfit to live in"; });
named!(Role {
    Ppkbd => "PPKBD", "PPKBD";
    SubPpkbd => "Sub-PPKBD", "Sub-PPKBD";
    KelompokKb => "Kelompok KB", "Kelompok KB";
    PosyanduCadre => "Kader posyandu", "Posyandu cadre";
    Tpk => "TPK (Tim Pendamping Keluarga)", "TPK (family assistance team)";
});
named!(AreaLevel {
    Village => "Desa/Kelurahan", "Village";
    Rw => "RW", "RW";
    Rt => "RT", "RT";
    Posyandu => "Posyandu", "Posyandu";
    KampungKb => "Kampung KB", "Kampung KB";
});

/// A percentage to one decimal as "12,5%", or "—" when there is none.
pub fn percent(value: Option<f64>, lang: Lang) -> String {
    value.map_or("—".into(), |p| {
        format!("{}%", number((p * 10.0).round() / 10.0, lang))
    })
}

/// A number as written in the language (Indonesian uses a decimal comma).
pub fn number(value: f64, lang: Lang) -> String {
    let text = format!("{value}");
    match lang {
        Lang::Id => text.replace('.', ","),
        Lang::En => text,
    }
}

/// The Indonesian or the English of a pair: messages built from values are written as
/// `(id, en)` pairs, side by side like the tables' keys.
pub fn in_lang<T>(lang: Lang, id: T, en: T) -> T {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// The message shown under a field.
pub fn problem(lang: Lang, problem: Problem) -> String {
    if let Problem::OutOfRange(quantity) = problem {
        let (low, high, unit) = quantity.bounds();
        // "1 dan 10" for a quantity without a unit (a decile), "0,5 dan 60 kg" with one.
        let high = format!("{} {unit}", number(high, lang))
            .trim_end()
            .to_owned();
        let low = number(low, lang);
        return in_lang(
            lang,
            format!("Harus antara {low} dan {high}. Periksa lagi angkanya."),
            format!("Must be between {low} and {high}. Check the number."),
        );
    }
    let (id, en) = match problem {
        Problem::Required => ("Wajib diisi.", "Required."),
        Problem::NotSixteenDigits => ("Harus 16 angka.", "Must be 16 digits."),
        Problem::NotADate => ("Tanggal tidak dikenali.", "Not a date."),
        Problem::DateInFuture => (
            "Tanggal lahir tidak boleh di masa depan.",
            "The birth date cannot be in the future.",
        ),
        Problem::DateBefore1900 => (
            "Tanggal lahir tidak boleh sebelum tahun 1900.",
            "The birth date cannot be before 1900.",
        ),
        Problem::ImplausibleMarriageAge => (
            "Umur kawin pertama tidak masuk akal (10–60 tahun dan tidak melebihi umur sekarang).",
            "Implausible age at first marriage (10–60 years and not above the current age).",
        ),
        Problem::NotANumber => (
            "Tulis angka saja, misalnya 7,5.",
            "Write a number only, e.g. 7.5.",
        ),
        Problem::VisitInFuture => (
            "Tanggal tidak boleh di masa depan.",
            "The date cannot be in the future.",
        ),
        Problem::VisitBeforeBirth => (
            "Tanggal ini sebelum tanggal lahirnya.",
            "This date is before the person's birth.",
        ),
        Problem::NothingMeasured => (
            "Isi berat badan atau panjang/tinggi badan.",
            "Enter the weight or the length/height.",
        ),
        Problem::HphtTooOld => (
            "HPHT lebih dari 44 minggu yang lalu. Periksa lagi, atau catat tanggal persalinan.",
            "The last period (HPHT) is more than 44 weeks ago. Check it, or record the delivery.",
        ),
        Problem::NotAnAmount => (
            "Tulis jumlah rupiah, misalnya 25.000.",
            "Write an amount in rupiah, e.g. 25.000.",
        ),
        Problem::MoreThanBalance => (
            "Pengeluaran lebih besar dari saldo kas.",
            "The expense is larger than the cash balance.",
        ),
        Problem::PinNotSixDigits => ("PIN harus 6 angka.", "A PIN is 6 digits."),
        Problem::PinMismatch => (
            "Kedua PIN tidak sama. Ketik ulang.",
            "The two PINs differ. Type them again.",
        ),
        Problem::PinWrong => ("PIN salah.", "Wrong PIN."),
        Problem::PassphraseTooShort => (
            "Kata sandi desa minimal 8 huruf.",
            "The village passphrase needs at least 8 characters.",
        ),
        Problem::NotAUrl => (
            "Alamat server diawali https:// (contoh: https://kb.kabupaten.go.id/couch).",
            "A server address starts with https:// (e.g. https://kb.kabupaten.go.id/couch).",
        ),
        Problem::SeenBeforeReferral => (
            "Tanggal diperiksa tidak boleh sebelum tanggal dirujuk.",
            "The day seen cannot be before the referral.",
        ),
        Problem::RtWithoutRw => (
            "Pilih dulu RW tempat RT ini. Belum ada RW? Tambahkan RW-nya di atas.",
            "Choose the RW this RT belongs to first. No RW yet? Add it above.",
        ),
        Problem::NotADatabaseName => (
            "Nama database: huruf kecil dan angka tanpa spasi, diawali huruf (contoh: desa_sukamaju).",
            "Database name: lowercase letters and digits without spaces, starting with a letter (e.g. desa_sukamaju).",
        ),
        Problem::DeliveryBeforeHpht => (
            "Tanggal persalinan sebelum HPHT.",
            "The delivery date is before the HPHT.",
        ),
        Problem::WeddingDateOutOfRange => (
            "Tanggal nikah paling lama sebulan yang lalu dan paling jauh setahun lagi.",
            "The wedding date must be at most a month ago and at most a year ahead.",
        ),
        Problem::OutOfRange(_) => ("", ""),
    };
    in_lang(lang, id, en).to_owned()
}

/// Why a child is on the referral list, in a cadre's words.
pub fn warning(lang: Lang, warning: Warning) -> String {
    let index = |i: Index| i.short_name(true);
    let (id, en): (String, String) = match warning {
        Warning::Implausible(i) => (
            format!("{} tidak masuk akal (flag WHO): ukur ulang", index(i)),
            format!("{} implausible (WHO flag): measure again", index(i)),
        ),
        Warning::Severe(i) => (
            format!("{} di bawah −3 SD", index(i)),
            format!("{} below −3 SD", index(i)),
        ),
        Warning::BelowRedLine => (
            "Di bawah garis merah (BGM)".to_owned(),
            "Below the red line (BGM)".to_owned(),
        ),
        Warning::AboveOrangeLine => (
            "Di atas garis oranye (risiko BB lebih)".to_owned(),
            "Above the orange line (risk of overweight)".to_owned(),
        ),
        Warning::NotGained => (
            "Berat tidak naik (T)".to_owned(),
            "Weight not gained (T)".to_owned(),
        ),
        Warning::TwiceNotGained => (
            "Dua kali tidak naik (2T)".to_owned(),
            "Not gained twice (2T)".to_owned(),
        ),
    };
    in_lang(lang, id, en)
}

/// Why a backup file was refused; always ends by saying nothing changed.
pub fn backup_error(lang: Lang, error: &BackupError) -> String {
    let (id, en) = match error {
        BackupError::Truncated => (
            "File cadangan terpotong atau rusak.".to_string(),
            "The backup file is cut off or damaged.".to_string(),
        ),
        BackupError::Foreign => (
            "File ini bukan file cadangan Bakti.".to_string(),
            "This is not a Bakti backup file.".to_string(),
        ),
        BackupError::UnsupportedVersion(v) => (
            format!("File cadangan memakai format lain (versi {v}). Perbarui aplikasi."),
            format!("The backup uses another format (version {v}). Update the app."),
        ),
        BackupError::ChecksumMismatch => (
            "Isi file cadangan tidak cocok dengan tanda pengamannya (file diubah atau rusak)."
                .to_string(),
            "The backup's contents do not match its checksum (changed or damaged).".to_string(),
        ),
        BackupError::BadRecord { index, .. } => (
            format!("Catatan ke-{} di file cadangan rusak.", index + 1),
            format!("Record {} in the backup is damaged.", index + 1),
        ),
        BackupError::Implausible { index, refused, .. } => (
            format!(
                "Catatan ke-{} di file cadangan tidak masuk akal ({}): {}",
                index + 1,
                refused.field,
                problem(Lang::Id, refused.problem)
            ),
            format!(
                "Record {} in the backup is implausible ({}): {}",
                index + 1,
                refused.field,
                problem(Lang::En, refused.problem)
            ),
        ),
        BackupError::NewerRecord { .. } => (
            "File cadangan berisi data dari versi Bakti yang lebih baru. Perbarui aplikasi."
                .to_string(),
            "The backup holds data from a newer Bakti. Update the app.".to_string(),
        ),
    };
    in_lang(
        lang,
        format!("{id} Tidak ada data yang diubah."),
        format!("{en} Nothing was changed."),
    )
}

const MONTHS_ID: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
];
const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn month_short(month: u32, lang: Lang) -> &'static str {
    let months = in_lang(lang, &MONTHS_ID, &MONTHS_EN);
    months
        .get(month.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("?")
}

/// "22 Nov 2026" (Indonesian month abbreviations in Indonesian: "17 Agu 2026").
pub fn format_date(date: NaiveDate, lang: Lang) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_short(date.month(), lang),
        date.year()
    )
}

/// An age as cadres say it: completed months under two years ("8 bulan"), then years.
pub fn age(birth: NaiveDate, on: NaiveDate, lang: Lang) -> String {
    let t = lang.texts();
    let months = crate::growth::Age::between(birth, on).map_or(0, |a| a.completed_months());
    match months {
        // A baduta's age is counted in months, as on her KMS.
        0..24 => (t.posyandu.age_months)(months),
        // Under five: years and months ("3 th 4 bln"), as the posyandu asks.
        24..60 => (t.register.age_years_months)(months / 12, months % 12),
        _ => (t.register.age_years)(months / 12),
    }
}

/// "Nov 26": a month under a chart's bars and in a report's heading.
pub fn month_label(month: Month, lang: Lang) -> String {
    format!(
        "{} {:02}",
        month_short(month.month, lang),
        month.year.rem_euclid(100)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_cadres_write_them() {
        let date = NaiveDate::from_ymd_opt(2026, 8, 17).expect("a real date");
        assert_eq!(format_date(date, Lang::Id), "17 Agu 2026");
        assert_eq!(format_date(date, Lang::En), "17 Aug 2026");
    }

    #[test]
    fn every_problem_and_backup_error_has_words_in_both_languages() {
        for p in [
            Problem::Required,
            Problem::NotSixteenDigits,
            Problem::NotADate,
            Problem::DateInFuture,
            Problem::DateBefore1900,
            Problem::ImplausibleMarriageAge,
            Problem::NotANumber,
            Problem::OutOfRange(crate::domain::core::fields::Quantity::Weight),
            Problem::VisitInFuture,
            Problem::VisitBeforeBirth,
            Problem::NothingMeasured,
            Problem::HphtTooOld,
            Problem::DeliveryBeforeHpht,
            Problem::WeddingDateOutOfRange,
            Problem::NotAnAmount,
            Problem::MoreThanBalance,
            Problem::PinNotSixDigits,
            Problem::PinMismatch,
            Problem::PinWrong,
            Problem::PassphraseTooShort,
            Problem::NotAUrl,
            Problem::NotADatabaseName,
            Problem::RtWithoutRw,
            Problem::SeenBeforeReferral,
        ] {
            assert_ne!(problem(Lang::Id, p), problem(Lang::En, p));
        }
        let text = backup_error(Lang::Id, &BackupError::ChecksumMismatch);
        assert!(text.ends_with("Tidak ada data yang diubah."));
    }

    #[test]
    fn counts_are_grouped_by_thousands_as_each_language_writes_them() {
        assert_eq!(count(102_868, Lang::Id), "102.868");
        assert_eq!(count(102_868, Lang::En), "102,868");
        assert_eq!(count(999, Lang::Id), "999");
        assert_eq!(count(1_000, Lang::Id), "1.000");
    }

    #[test]
    fn rupiah_is_grouped_by_thousands_with_dots() {
        assert_eq!(rupiah(0), "Rp 0");
        assert_eq!(rupiah(999), "Rp 999");
        assert_eq!(rupiah(45_000), "Rp 45.000");
        assert_eq!(rupiah(1_250_000), "Rp 1.250.000");
        assert_eq!(rupiah(-5_000), "-Rp 5.000");
    }

    #[test]
    fn ages_read_in_months_then_years_and_months_then_years() {
        let born = NaiveDate::from_ymd_opt(2022, 3, 10).expect("a real date");
        let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a real date");
        assert_eq!(age(born, on(2022, 11, 10), Lang::Id), "8 bln");
        assert_eq!(age(born, on(2025, 7, 9), Lang::Id), "3 th 3 bln");
        assert_eq!(age(born, on(2027, 4, 10), Lang::Id), "5 tahun");
    }

    #[test]
    fn language_codes() {
        assert_eq!(Lang::from_code("en"), Lang::En);
        assert_eq!(Lang::from_code("xx"), Lang::Id);
        assert_eq!(Lang::Id.texts().common.nav_home, "Beranda");
        assert_eq!(
            (ID.settings.last_backup)(Some(3)),
            "Cadangan terakhir: 3 hari lalu"
        );
        assert_eq!(Relation::Wife.name(Lang::Id), "Istri");
    }

    #[test]
    fn a_range_without_a_unit_reads_cleanly() {
        use crate::domain::core::fields::Quantity;
        assert_eq!(
            problem(Lang::Id, Problem::OutOfRange(Quantity::WelfareDecile)),
            "Harus antara 1 dan 10. Periksa lagi angkanya."
        );
        assert_eq!(
            problem(Lang::Id, Problem::OutOfRange(Quantity::Weight)),
            "Harus antara 0,5 dan 60 kg. Periksa lagi angkanya."
        );
    }
}
