//! The words of the UI, Bahasa Indonesia first, English second (docs/GLOSSARY.md).
//!
//! One struct of texts per language, not a runtime key lookup: a missing translation
//! is a compile error, the UI gets plain `&'static str`, and no locale files or
//! code generation slow the build (why not leptos_i18n, for now). Pure data, no
//! browser types, so it is tested natively.

use chrono::{Datelike, NaiveDate};

use crate::domain::core::area::AreaLevel;
use crate::domain::core::backup::BackupError;
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

/// Every text the screens show.
pub struct Texts {
    pub app_name: &'static str,
    pub nav_home: &'static str,
    pub nav_children: &'static str,
    pub nav_families: &'static str,
    pub nav_accompaniment: &'static str,
    pub nav_reports: &'static str,
    pub settings: &'static str,
    pub loading: &'static str,
    pub not_found: &'static str,
    pub back_home: &'static str,
    pub update_ready: &'static str,
    pub reload: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub edit: &'static str,
    pub delete: &'static str,
    pub add: &'static str,
    pub saved: &'static str,
    pub choose: &'static str,
    pub check_marked_fields: &'static str,
    pub welcome: &'static str,
    pub hello: fn(&str) -> String,
    pub register_summary: fn(usize, usize) -> String,
    pub set_up_area_first: &'static str,
    pub backup_never: &'static str,
    pub backup_overdue: fn(i64) -> String,
    pub backup_now: &'static str,
    pub families_title: &'static str,
    pub search_placeholder: &'static str,
    pub add_family: &'static str,
    pub no_families: &'static str,
    pub no_results: &'static str,
    pub members_count: fn(usize) -> String,
    pub unnamed_family: &'static str,
    pub edit_family: &'static str,
    pub kk_number: &'static str,
    pub kk_hint: &'static str,
    pub address: &'static str,
    pub rt: &'static str,
    pub water: &'static str,
    pub latrine: &'static str,
    pub house: &'static str,
    pub members: &'static str,
    pub no_members: &'static str,
    pub add_member: &'static str,
    pub edit_member: &'static str,
    pub confirm_delete_family: &'static str,
    pub confirm_delete: fn(&str) -> String,
    pub full_name: &'static str,
    pub nik: &'static str,
    pub nik_hint: &'static str,
    pub sex: &'static str,
    pub birth_date: &'static str,
    pub age_years: fn(u32) -> String,
    pub relation: &'static str,
    pub marital_status: &'static str,
    pub age_first_marriage: &'static str,
    pub education: &'static str,
    pub job: &'static str,
    pub duplicate_nik: fn(&str) -> String,
    pub profile: &'static str,
    pub cadre_name: &'static str,
    pub role: &'static str,
    pub language: &'static str,
    pub area: &'static str,
    pub area_name: &'static str,
    pub parent_rw: &'static str,
    pub none_yet: &'static str,
    pub storage: &'static str,
    pub persist_granted: &'static str,
    pub persist_denied: &'static str,
    pub persist_unsupported: &'static str,
    pub backup: &'static str,
    pub backup_download: &'static str,
    pub backup_share: &'static str,
    pub restore: &'static str,
    pub last_backup: fn(Option<i64>) -> String,
    pub restored: fn(usize, usize, usize) -> String,
    pub unreadable_records: fn(usize) -> String,
    pub store_unavailable: &'static str,
    pub store_full: &'static str,
    pub store_blocked: &'static str,
    pub store_failed: &'static str,
    pub children_title: &'static str,
    pub posyandu: &'static str,
    pub all_posyandu: &'static str,
    pub no_posyandu: &'static str,
    pub no_children: &'static str,
    pub add_child: &'static str,
    pub start_weighing: &'static str,
    pub age_months: fn(u32) -> String,
    pub weighed_count: fn(usize, usize) -> String,
    pub not_yet: &'static str,
    pub weighing_date: &'static str,
    pub weight: &'static str,
    pub lenhei: &'static str,
    pub position: &'static str,
    pub arm: &'static str,
    pub head: &'static str,
    pub oedema: &'static str,
    pub vitamin_a: &'static str,
    pub exclusive_bf: &'static str,
    pub immunisations: &'static str,
    pub pmt: &'static str,
    pub note: &'static str,
    pub next_child: &'static str,
    pub result: &'static str,
    pub implausible: fn(&str) -> String,
    pub confirm_implausible: &'static str,
    pub refer: &'static str,
    pub child_data: &'static str,
    pub mother: &'static str,
    pub birth_weight: &'static str,
    pub birth_length: &'static str,
    pub history: &'static str,
    pub no_weighings: &'static str,
    pub print: &'static str,
    pub weigh_now: &'static str,
    pub view_24: &'static str,
    pub view_60: &'static str,
    pub date: &'static str,
    pub age: &'static str,
    pub reports_title: &'static str,
    pub month: &'static str,
    pub prevalence: &'static str,
    pub stunting: &'static str,
    pub wasting: &'static str,
    pub underweight: &'static str,
    pub overweight: &'static str,
    pub none_to_refer: &'static str,
    pub quick_family_note: &'static str,
    pub exchange: &'static str,
    pub export_eppgbm: &'static str,
    pub import_eppgbm: &'static str,
    pub imported: fn(usize, usize, usize) -> String,
    pub not_eppgbm: fn(&str) -> String,
    pub row_error: fn(u64, &str) -> String,
    pub bad_sex_code: &'static str,
    pub unreadable_row: &'static str,
    pub posters: &'static str,
    pub paper: &'static str,
    pub until_month: &'static str,
    pub skdn_poster_title: fn(&str, &str) -> String,
    pub stunting_poster_title: fn(&str, &str) -> String,
    pub skdn_legend: &'static str,
    pub trend_12: &'static str,
    pub curve_judgement: &'static str,
    pub kb_title: &'static str,
    pub kb_no_method: &'static str,
    pub kb_not_recorded: &'static str,
    pub kb_since: fn(&str) -> String,
    pub record_kb: &'static str,
    pub kb_method: &'static str,
    pub kb_start: &'static str,
    pub served_at: &'static str,
    pub pregnant: &'static str,
    pub wish: &'static str,
    pub unmet_need: &'static str,
    pub four_t: fn(&str) -> String,
    pub kb_report: &'static str,
    pub teen_pregnant: &'static str,
    pub married_under_19: &'static str,
    pub cpr_title: &'static str,
    pub unmet_title: &'static str,
    pub supply_title: &'static str,
    pub supply_left: fn(&str, i64) -> String,
    pub supply_low: fn(&str) -> String,
    pub supply_item: &'static str,
    pub quantity: &'static str,
    pub given_to: &'static str,
    pub wife_age_check: fn(u32) -> String,
    pub wife_age_confirm: &'static str,
    pub open_kb_report: &'static str,
    pub family_map: &'static str,
    pub download_csv: &'static str,
    pub method_mix_title: fn(&str) -> String,
    pub teen_by_rw: &'static str,
    pub teen_cell_legend: &'static str,
    pub four_t_title: &'static str,
    pub four_t_help: &'static str,
    pub too_young_below: &'static str,
    pub too_old_above: &'static str,
    pub too_close_below_years: &'static str,
    pub too_many_above: &'static str,
    pub four_t_saved: &'static str,
    pub restore_defaults: &'static str,
    pub map_rt: &'static str,
    pub map_title: fn(&str, &str) -> String,
    pub map_help: &'static str,
    pub map_unplaced: &'static str,
    pub map_chosen: fn(&str) -> String,
    pub map_remove: &'static str,
    pub map_taken: &'static str,
    pub map_no_rt: &'static str,
    pub map_no_family: &'static str,
    pub map_names: &'static str,
    pub map_print_names: &'static str,
    pub legend: &'static str,
    pub edit_legend: &'static str,
    pub legend_symbol: &'static str,
    pub legend_colour: &'static str,
    pub legend_label: &'static str,
    pub legend_saved: &'static str,
    pub mark_pregnant: &'static str,
    pub mark_unmet_delay: &'static str,
    pub mark_unmet_no_more: &'static str,
    pub mark_no_method: &'static str,
    pub mark_not_recorded: &'static str,
    pub mark_not_pus: &'static str,
    pub tpk_title: &'static str,
    pub tpk_recap: fn(&str) -> String,
    pub col_target: &'static str,
    pub col_total: &'static str,
    pub col_visited: &'static str,
    pub col_at_risk: &'static str,
    pub col_referred: &'static str,
    pub add_pregnancy: &'static str,
    pub add_catin: &'static str,
    pub hpht: &'static str,
    pub delivered_on: &'static str,
    pub catin_person: &'static str,
    pub wedding_date: &'static str,
    pub no_targets: &'static str,
    pub catin_detail: fn(&str) -> String,
    pub pregnant_detail: fn(i64, i64, u8, &str, u32) -> String,
    pub postpartum_detail: fn(i64) -> String,
    pub kf_due: fn(&str) -> String,
    pub kbpp_done: &'static str,
    pub kbpp_missing: &'static str,
    pub baduta_detail: fn(u32) -> String,
    pub last_weighed: fn(&str) -> String,
    pub never_weighed: &'static str,
    pub last_visit: fn(&str) -> String,
    pub not_visited: &'static str,
    pub record_visit: &'static str,
    pub visit_target: &'static str,
    pub visit_date: &'static str,
    pub adult_weight: &'static str,
    pub adult_height: &'static str,
    pub adult_arm: &'static str,
    pub hb: &'static str,
    pub iron_tablets: &'static str,
    pub smoke: &'static str,
    pub counselled: &'static str,
    pub referred: &'static str,
    pub visit_history: &'static str,
    pub no_visits: &'static str,
    pub no_risk: &'static str,
    pub pregnancy_title: &'static str,
    pub bmi: fn(&str) -> String,
    pub open_family: &'static str,
    pub not_a_target: &'static str,
    pub krs_title: &'static str,
    pub krs_help: &'static str,
    pub under_five_count: fn(u32) -> String,
    pub activities_title: &'static str,
    pub open_activities: &'static str,
    pub activities_month: fn(&str) -> String,
    pub record_activity: &'static str,
    pub activity_date: &'static str,
    pub activity_kind: &'static str,
    pub topic: &'static str,
    pub place: &'static str,
    pub participants: &'static str,
    pub minutes: &'static str,
    pub activity_count: &'static str,
    pub no_activities: &'static str,
    pub cash_title: &'static str,
    pub cash_balance: fn(&str) -> String,
    pub cash_month: fn(&str, &str, &str) -> String,
    pub record_cash: &'static str,
    pub cash_date: &'static str,
    pub cash_kind: &'static str,
    pub amount: &'static str,
    pub description: &'static str,
    pub no_cash: &'static str,
    pub people_count: fn(u32) -> String,
    pub region_title: &'static str,
    pub province: &'static str,
    pub regency: &'static str,
    pub district: &'static str,
    pub puskesmas: &'static str,
    pub cash_cannot_remove: &'static str,
    pub todo_title: &'static str,
    pub todo_nifas: fn(u32) -> String,
    pub todo_pregnant: fn(u32) -> String,
    pub todo_baduta: fn(u32) -> String,
    pub todo_visits: fn(u32) -> String,
    pub show_all: fn(usize) -> String,
}

pub static ID: Texts = Texts {
    app_name: "Bakti",
    nav_home: "Beranda",
    nav_children: "Anak",
    nav_families: "Keluarga",
    nav_accompaniment: "Pendampingan",
    nav_reports: "Laporan",
    settings: "Pengaturan",
    loading: "Memuat data…",
    not_found: "Halaman tidak ditemukan.",
    back_home: "Kembali ke Beranda",
    update_ready: "Versi baru tersedia — muat ulang",
    reload: "Muat ulang",
    save: "Simpan",
    cancel: "Batal",
    edit: "Ubah",
    delete: "Hapus",
    add: "Tambah",
    saved: "Tersimpan.",
    choose: "— pilih —",
    check_marked_fields: "Periksa isian yang ditandai merah.",
    welcome: "Selamat datang di Bakti",
    hello: |name| format!("Halo, {name}"),
    register_summary: |families, people| format!("{families} keluarga, {people} orang terdaftar"),
    set_up_area_first: "Atur dulu wilayah kerja Anda (desa, RW, RT, posyandu) di Pengaturan.",
    backup_never: "Data belum pernah dicadangkan. Cadangkan agar tidak hilang jika HP rusak.",
    backup_overdue: |days| format!("Sudah {days} hari sejak cadangan terakhir. Cadangkan sekarang."),
    backup_now: "Cadangkan sekarang",
    families_title: "Keluarga",
    search_placeholder: "Cari nama, NIK, atau No. KK",
    add_family: "Tambah keluarga",
    no_families: "Belum ada keluarga. Tekan \"Tambah keluarga\".",
    no_results: "Tidak ditemukan.",
    members_count: |n| format!("{n} anggota"),
    unnamed_family: "(belum ada anggota)",
    edit_family: "Ubah keluarga",
    kk_number: "No. KK",
    kk_hint: "16 angka. Boleh dikosongkan dulu.",
    address: "Alamat",
    rt: "RT",
    water: "Sumber air minum",
    latrine: "Jamban",
    house: "Kondisi rumah",
    members: "Anggota keluarga",
    no_members: "Belum ada anggota.",
    add_member: "Tambah anggota",
    edit_member: "Ubah anggota",
    confirm_delete_family: "Yakin hapus keluarga ini beserta semua anggotanya?",
    confirm_delete: |name| format!("Yakin hapus {name}?"),
    full_name: "Nama lengkap",
    nik: "NIK",
    nik_hint: "16 angka. Boleh dikosongkan.",
    sex: "Jenis kelamin",
    birth_date: "Tanggal lahir",
    age_years: |years| format!("{years} tahun"),
    relation: "Hubungan dengan kepala keluarga",
    marital_status: "Status kawin",
    age_first_marriage: "Umur kawin pertama (tahun)",
    education: "Pendidikan terakhir",
    job: "Pekerjaan",
    duplicate_nik: |name| format!("NIK ini sudah dipakai oleh {name}. Periksa lagi."),
    profile: "Profil kader",
    cadre_name: "Nama",
    role: "Peran",
    language: "Bahasa",
    area: "Wilayah kerja",
    area_name: "Nama atau nomor",
    parent_rw: "Termasuk RW",
    none_yet: "Belum ada.",
    storage: "Penyimpanan",
    persist_granted: "Data disimpan permanen di HP ini.",
    persist_denied: "Browser belum menjamin data tetap tersimpan. Rajin cadangkan.",
    persist_unsupported: "Browser ini tidak mendukung penyimpanan permanen. Rajin cadangkan.",
    backup: "Cadangan",
    backup_download: "Cadangkan (unduh file)",
    backup_share: "Bagikan file cadangan",
    restore: "Pulihkan dari file",
    last_backup: |days| match days {
        None => "Cadangan terakhir: belum pernah".into(),
        Some(0) => "Cadangan terakhir: hari ini".into(),
        Some(d) => format!("Cadangan terakhir: {d} hari lalu"),
    },
    restored: |added, updated, same| {
        format!("Dipulihkan: {added} baru, {updated} diperbarui, {same} sudah ada.")
    },
    unreadable_records: |n| {
        format!("{n} catatan dibuat oleh versi Bakti yang lebih baru dan dibiarkan utuh. Perbarui aplikasi.")
    },
    store_unavailable: "Penyimpanan browser tidak tersedia (mode penyamaran?). Buka Bakti di jendela biasa.",
    store_full: "Memori HP untuk Bakti penuh. Kosongkan ruang lalu coba lagi. Data yang sudah tersimpan tetap aman.",
    store_blocked: "Bakti terbuka di tab lain dengan versi lama. Tutup tab itu lalu muat ulang.",
    store_failed: "Gagal menyimpan. Coba lagi. Data yang sudah tersimpan tetap aman.",
    children_title: "Anak (balita)",
    posyandu: "Posyandu",
    all_posyandu: "Semua posyandu",
    no_posyandu: "Belum ada posyandu. Tambahkan dulu di Pengaturan.",
    no_children: "Belum ada balita di posyandu ini.",
    add_child: "Tambah anak",
    start_weighing: "Mulai penimbangan",
    age_months: |m| format!("{m} bln"),
    weighed_count: |done, all| format!("{done} dari {all} anak sudah ditimbang"),
    not_yet: "belum",
    weighing_date: "Tanggal penimbangan",
    weight: "Berat badan (kg)",
    lenhei: "Panjang/tinggi badan (cm)",
    position: "Cara ukur",
    arm: "LILA (cm)",
    head: "Lingkar kepala (cm)",
    oedema: "Ada oedema (bengkak di kedua punggung kaki)",
    vitamin_a: "Vitamin A diberikan",
    exclusive_bf: "Masih ASI eksklusif (E)",
    immunisations: "Imunisasi hari ini",
    pmt: "PMT diberikan",
    note: "Catatan",
    next_child: "Anak berikutnya",
    result: "Hasil penimbangan",
    implausible: |index| format!("Nilai {index} tidak masuk akal menurut WHO. Ukur ulang, atau centang di bawah jika sudah dicek dan benar."),
    confirm_implausible: "Sudah dicek ulang, nilainya benar",
    refer: "Perlu dirujuk",
    child_data: "Data anak",
    mother: "Ibu",
    birth_weight: "Berat lahir (kg)",
    birth_length: "Panjang lahir (cm)",
    history: "Riwayat penimbangan",
    no_weighings: "Belum pernah ditimbang.",
    print: "Cetak",
    weigh_now: "Timbang",
    view_24: "0–24 bulan",
    view_60: "0–60 bulan",
    date: "Tanggal",
    age: "Umur",
    reports_title: "Laporan bulanan posyandu",
    month: "Bulan",
    prevalence: "Prevalensi (anak yang ditimbang)",
    stunting: "Stunting (pendek + sangat pendek)",
    wasting: "Gizi kurang + gizi buruk (BB/PB)",
    underweight: "Berat badan kurang (BB/U)",
    overweight: "Gizi lebih (BB/PB > +2 SD)",
    none_to_refer: "Tidak ada anak yang perlu dirujuk bulan ini.",
    quick_family_note: "Keluarga dibuat otomatis dengan alamat ini; lengkapi nanti di menu Keluarga.",
    exchange: "Tukar data e-PPGBM",
    export_eppgbm: "Ekspor penimbangan bulan ini (CSV e-PPGBM)",
    import_eppgbm: "Impor penimbangan dari CSV e-PPGBM",
    imported: |children, weighings, same| format!("Diimpor: {children} anak baru, {weighings} penimbangan baru, {same} sudah ada."),
    not_eppgbm: |column| format!("File ini bukan CSV e-PPGBM: kolom \"{column}\" tidak ada. Tidak ada data yang diubah."),
    row_error: |line, why| format!("Baris {line}: {why}"),
    bad_sex_code: "JK harus L atau P.",
    unreadable_row: "baris tidak bisa dibaca.",
    posters: "Poster papan posyandu",
    paper: "Ukuran kertas",
    until_month: "Sampai bulan",
    skdn_poster_title: |place, period| format!("Balok SKDN — {place} — {period}"),
    stunting_poster_title: |place, period| format!("Stunting (% balita ditimbang) — {place} — {period}"),
    skdn_legend: "S = semua balita · K = punya KMS/Buku KIA · D = ditimbang · N = naik berat badannya",
    trend_12: "Tren 12 bulan",
    curve_judgement: "Menurut arah garis di grafik:",
    kb_title: "KB (PUS)",
    kb_no_method: "Tidak ber-KB",
    kb_not_recorded: "Status KB belum dicatat.",
    kb_since: |date| format!("sejak {date}"),
    record_kb: "Catat status KB",
    kb_method: "Alat/cara KB",
    kb_start: "Mulai tanggal",
    served_at: "Tempat pelayanan",
    pregnant: "Sedang hamil",
    wish: "Keinginan punya anak",
    unmet_need: "Unmet need",
    four_t: |which| format!("4T: {which}"),
    kb_report: "Laporan KB bulanan (PPKBD)",
    teen_pregnant: "Hamil < 20 th",
    married_under_19: "Kawin < 19 th",
    cpr_title: "Peserta KB aktif (% PUS), 12 bulan",
    unmet_title: "Unmet need (% PUS), 12 bulan",
    supply_title: "Stok alat KB (pil, kondom)",
    supply_left: |item, n| format!("{item}: sisa {n}"),
    supply_low: |item| format!("Stok {item} hampir habis. Minta tambahan ke PKB/puskesmas."),
    supply_item: "Barang",
    quantity: "Jumlah",
    given_to: "Diberikan kepada (kosongkan bila menerima stok)",
    wife_age_check: |age| format!("Umur istri {age} tahun, di luar 15–49 (bukan PUS). Periksa tanggal lahirnya."),
    wife_age_confirm: "Sudah dicek, tanggal lahir benar",
    open_kb_report: "Laporan KB, peta dan stok",
    family_map: "Peta Keluarga",
    download_csv: "Unduh CSV",
    method_mix_title: |month| format!("Peserta KB aktif per metode — {month}"),
    teen_by_rw: "Kehamilan remaja dan perkawinan anak per RW, 12 bulan",
    teen_cell_legend: "Isi kotak: hamil < 20 th / kawin < 19 th",
    four_t_title: "Batas 4T (4 Terlalu)",
    four_t_help: "Bawaan: di bawah 20 tahun, di atas 35 tahun, jarak kurang dari 2 tahun, lebih dari 3 anak. Ubah bila PKB/puskesmas memakai batas lain.",
    too_young_below: "Terlalu muda: umur istri di bawah (tahun)",
    too_old_above: "Terlalu tua: umur istri di atas (tahun)",
    too_close_below_years: "Terlalu dekat: jarak dua kelahiran terakhir kurang dari (tahun)",
    too_many_above: "Terlalu banyak: jumlah anak lebih dari",
    four_t_saved: "Batas 4T disimpan.",
    restore_defaults: "Kembalikan bawaan",
    map_rt: "RT",
    map_title: |rt, date| format!("Peta Keluarga {rt} — {date}"),
    map_help: "Ketuk rumah di daftar, lalu ketuk kotak kosong di peta. Ketuk rumah di peta untuk memindahkannya.",
    map_unplaced: "Belum ada di peta",
    map_chosen: |name| format!("Dipilih: {name}. Ketuk kotak kosong untuk menaruhnya."),
    map_remove: "Lepas dari peta",
    map_taken: "Kotak itu sudah berisi rumah lain. Pilih kotak kosong.",
    map_no_rt: "Belum ada RT. Tambahkan RT di Pengaturan.",
    map_no_family: "Belum ada keluarga di RT ini.",
    map_names: "Nomor rumah dan kepala keluarga",
    map_print_names: "Cetak nama kepala keluarga",
    legend: "Keterangan",
    edit_legend: "Ubah keterangan",
    legend_symbol: "Simbol",
    legend_colour: "Warna",
    legend_label: "Arti",
    legend_saved: "Keterangan peta disimpan.",
    mark_pregnant: "Sedang hamil",
    mark_unmet_delay: "Tidak ber-KB, ingin anak ditunda (IAT)",
    mark_unmet_no_more: "Tidak ber-KB, tidak ingin anak lagi (TIAL)",
    mark_no_method: "Tidak ber-KB (ingin anak segera)",
    mark_not_recorded: "PUS, status KB belum dicatat",
    mark_not_pus: "Bukan PUS",
    tpk_title: "Pendampingan keluarga (TPK)",
    tpk_recap: |month| format!("Rekap {month}"),
    col_target: "Sasaran",
    col_total: "Jumlah",
    col_visited: "Dikunjungi",
    col_at_risk: "Berisiko",
    col_referred: "Dirujuk",
    add_pregnancy: "Catat ibu hamil",
    add_catin: "Tambah catin",
    hpht: "HPHT (hari pertama haid terakhir)",
    delivered_on: "Tanggal persalinan (isi bila sudah melahirkan)",
    catin_person: "Calon pengantin",
    wedding_date: "Rencana tanggal nikah",
    no_targets: "Belum ada sasaran.",
    catin_detail: |date| format!("Rencana nikah {date}"),
    pregnant_detail: |w, d, t, hpl, ttd| format!("Hamil {w} minggu {d} hari (trimester {t}) · HPL {hpl} · TTD {ttd}/90"),
    postpartum_detail: |day| format!("Nifas hari ke-{day}"),
    kf_due: |kf| format!("waktunya kunjungan {kf}"),
    kbpp_done: "sudah KBPP",
    kbpp_missing: "belum ber-KB (KBPP sampai hari ke-42)",
    baduta_detail: |m| format!("Umur {m} bulan"),
    last_weighed: |date| format!("terakhir ditimbang {date}"),
    never_weighed: "belum pernah ditimbang",
    last_visit: |date| format!("Kunjungan terakhir {date}"),
    not_visited: "Belum dikunjungi",
    record_visit: "Catat kunjungan",
    visit_target: "Sasaran kunjungan",
    visit_date: "Tanggal kunjungan",
    adult_weight: "Berat badan (kg)",
    adult_height: "Tinggi badan (cm)",
    adult_arm: "LILA (cm)",
    hb: "Hb (g/dL)",
    iron_tablets: "Tablet tambah darah diberikan",
    smoke: "Merokok / terpapar asap rokok",
    counselled: "Diberi KIE / konseling",
    referred: "Dirujuk ke bidan/puskesmas",
    visit_history: "Riwayat kunjungan",
    no_visits: "Belum ada kunjungan.",
    no_risk: "Tidak ada tanda risiko.",
    pregnancy_title: "Kehamilan",
    bmi: |x| format!("IMT {x}"),
    open_family: "Buka keluarga",
    not_a_target: "Saat ini bukan sasaran pendampingan. Kunjungan lama tetap tercatat.",
    krs_title: "Keluarga berisiko stunting (KRS)",
    krs_help: "Keluarga dengan PUS, ibu hamil atau balita, dan paling sedikit satu faktor risiko dari data keluarga.",
    under_five_count: |n| format!("{n} balita"),
    activities_title: "Kegiatan dan kas IMP",
    open_activities: "Kegiatan dan kas",
    activities_month: |month| format!("Kegiatan {month}"),
    record_activity: "Catat kegiatan",
    activity_date: "Tanggal kegiatan",
    activity_kind: "Jenis kegiatan",
    topic: "Topik / acara",
    place: "Tempat",
    participants: "Jumlah peserta",
    minutes: "Notulen / hasil",
    activity_count: "Kali",
    no_activities: "Belum ada kegiatan tercatat.",
    cash_title: "Buku kas",
    cash_balance: |amount| format!("Saldo: {amount}"),
    cash_month: |month, cash_in, cash_out| format!("{month}: masuk {cash_in}, keluar {cash_out}"),
    record_cash: "Catat uang masuk/keluar",
    cash_date: "Tanggal",
    cash_kind: "Jenis",
    amount: "Jumlah (Rp)",
    description: "Keterangan",
    no_cash: "Belum ada catatan kas.",
    people_count: |n| format!("{n} orang"),
    region_title: "Wilayah di atas desa (dipakai untuk e-PPGBM)",
    province: "Provinsi",
    regency: "Kabupaten/Kota",
    district: "Kecamatan",
    puskesmas: "Puskesmas",
    cash_cannot_remove: "Tidak bisa dihapus: uang ini sudah terpakai untuk pengeluaran sesudahnya.",
    todo_title: "Perlu perhatian",
    todo_nifas: |n| format!("{n} ibu nifas belum ber-KB (KBPP sampai hari ke-42)"),
    todo_pregnant: |n| format!("{n} ibu hamil berisiko (KEK/anemia)"),
    todo_baduta: |n| format!("{n} baduta perlu dirujuk menurut penimbangan terakhir"),
    todo_visits: |n| format!("{n} sasaran TPK belum dikunjungi bulan ini"),
    show_all: |n| format!("Tampilkan semua ({n})"),
};

pub static EN: Texts = Texts {
    app_name: "Bakti",
    nav_home: "Home",
    nav_children: "Children",
    nav_families: "Families",
    nav_accompaniment: "Accompaniment",
    nav_reports: "Reports",
    settings: "Settings",
    loading: "Loading data…",
    not_found: "Page not found.",
    back_home: "Back to Home",
    update_ready: "A new version is available — reload",
    reload: "Reload",
    save: "Save",
    cancel: "Cancel",
    edit: "Edit",
    delete: "Delete",
    add: "Add",
    saved: "Saved.",
    choose: "— choose —",
    check_marked_fields: "Check the fields marked in red.",
    welcome: "Welcome to Bakti",
    hello: |name| format!("Hello, {name}"),
    register_summary: |families, people| format!("{families} families, {people} people registered"),
    set_up_area_first: "First set up your working area (village, RW, RT, posyandu) in Settings.",
    backup_never: "Your data has never been backed up. Back up so it is not lost if the phone breaks.",
    backup_overdue: |days| format!("{days} days since the last backup. Back up now."),
    backup_now: "Back up now",
    families_title: "Families",
    search_placeholder: "Search name, NIK or family card no.",
    add_family: "Add family",
    no_families: "No families yet. Tap \"Add family\".",
    no_results: "Nothing found.",
    members_count: |n| format!("{n} members"),
    unnamed_family: "(no members yet)",
    edit_family: "Edit family",
    kk_number: "Family card no. (KK)",
    kk_hint: "16 digits. May be left empty for now.",
    address: "Address",
    rt: "RT",
    water: "Drinking-water source",
    latrine: "Toilet",
    house: "House condition",
    members: "Family members",
    no_members: "No members yet.",
    add_member: "Add member",
    edit_member: "Edit member",
    confirm_delete_family: "Delete this family and all its members?",
    confirm_delete: |name| format!("Delete {name}?"),
    full_name: "Full name",
    nik: "NIK",
    nik_hint: "16 digits. May be left empty.",
    sex: "Sex",
    birth_date: "Date of birth",
    age_years: |years| format!("{years} years"),
    relation: "Relation to the head of family",
    marital_status: "Marital status",
    age_first_marriage: "Age at first marriage (years)",
    education: "Highest education",
    job: "Occupation",
    duplicate_nik: |name| format!("This NIK is already used by {name}. Please check."),
    profile: "Cadre profile",
    cadre_name: "Name",
    role: "Role",
    language: "Language",
    area: "Working area",
    area_name: "Name or number",
    parent_rw: "Belongs to RW",
    none_yet: "None yet.",
    storage: "Storage",
    persist_granted: "Data is stored persistently on this phone.",
    persist_denied: "The browser does not guarantee the data is kept. Back up often.",
    persist_unsupported: "This browser cannot keep data persistently. Back up often.",
    backup: "Backup",
    backup_download: "Back up (download file)",
    backup_share: "Share backup file",
    restore: "Restore from file",
    last_backup: |days| match days {
        None => "Last backup: never".into(),
        Some(0) => "Last backup: today".into(),
        Some(d) => format!("Last backup: {d} days ago"),
    },
    restored: |added, updated, same| {
        format!("Restored: {added} new, {updated} updated, {same} already here.")
    },
    unreadable_records: |n| {
        format!("{n} records were written by a newer Bakti and were left untouched. Update the app.")
    },
    store_unavailable: "Browser storage is unavailable (private window?). Open Bakti in a normal window.",
    store_full: "The phone's storage for Bakti is full. Free some space and try again. Saved data is safe.",
    store_blocked: "Bakti is open in another tab with an old version. Close that tab and reload.",
    store_failed: "Could not save. Try again. Saved data is safe.",
    children_title: "Children (under five)",
    posyandu: "Posyandu",
    all_posyandu: "All posyandu",
    no_posyandu: "No posyandu yet. Add one in Settings first.",
    no_children: "No children under five at this posyandu yet.",
    add_child: "Add child",
    start_weighing: "Start weighing day",
    age_months: |m| format!("{m} mo"),
    weighed_count: |done, all| format!("{done} of {all} children weighed"),
    not_yet: "not yet",
    weighing_date: "Weighing date",
    weight: "Weight (kg)",
    lenhei: "Length/height (cm)",
    position: "Measured",
    arm: "MUAC (cm)",
    head: "Head circumference (cm)",
    oedema: "Oedema (swelling of both feet)",
    vitamin_a: "Vitamin A given",
    exclusive_bf: "Still exclusively breastfed (E)",
    immunisations: "Vaccines given today",
    pmt: "Supplementary food (PMT) given",
    note: "Note",
    next_child: "Next child",
    result: "Result",
    implausible: |index| format!("The {index} value is implausible by WHO's rules. Measure again, or tick below if it was checked and is right."),
    confirm_implausible: "Checked again, the value is right",
    refer: "Needs referral",
    child_data: "Child details",
    mother: "Mother",
    birth_weight: "Birth weight (kg)",
    birth_length: "Birth length (cm)",
    history: "Weighing history",
    no_weighings: "Never weighed yet.",
    print: "Print",
    weigh_now: "Weigh",
    view_24: "0–24 months",
    view_60: "0–60 months",
    date: "Date",
    age: "Age",
    reports_title: "Monthly posyandu report",
    month: "Month",
    prevalence: "Prevalence (children weighed)",
    stunting: "Stunting",
    wasting: "Wasting",
    underweight: "Underweight",
    overweight: "Overweight",
    none_to_refer: "No child needs referral this month.",
    quick_family_note: "A family is created with this address; complete it later under Families.",
    exchange: "e-PPGBM exchange",
    export_eppgbm: "Export this month's weighings (e-PPGBM CSV)",
    import_eppgbm: "Import weighings from an e-PPGBM CSV",
    imported: |children, weighings, same| format!("Imported: {children} new children, {weighings} new weighings, {same} already here."),
    not_eppgbm: |column| format!("This is not an e-PPGBM CSV: column \"{column}\" is missing. Nothing was changed."),
    row_error: |line, why| format!("Row {line}: {why}"),
    bad_sex_code: "JK must be L or P.",
    unreadable_row: "the row cannot be read.",
    posters: "Notice-board posters",
    paper: "Paper size",
    until_month: "Up to month",
    skdn_poster_title: |place, period| format!("SKDN bars — {place} — {period}"),
    stunting_poster_title: |place, period| format!("Stunting (% of children weighed) — {place} — {period}"),
    skdn_legend: "S = all children · K = with KMS/Buku KIA · D = weighed · N = gained weight",
    trend_12: "12-month trend",
    curve_judgement: "By the direction of the curve:",
    kb_title: "Family planning (PUS)",
    kb_no_method: "No method",
    kb_not_recorded: "No KB status recorded yet.",
    kb_since: |date| format!("since {date}"),
    record_kb: "Record KB status",
    kb_method: "Method",
    kb_start: "Since",
    served_at: "Served at",
    pregnant: "Pregnant now",
    wish: "Wish for children",
    unmet_need: "Unmet need",
    four_t: |which| format!("4T: {which}"),
    kb_report: "Monthly KB report (PPKBD)",
    teen_pregnant: "Pregnant < 20 y",
    married_under_19: "Married < 19 y",
    cpr_title: "Contraceptive prevalence (% of PUS), 12 months",
    unmet_title: "Unmet need (% of PUS), 12 months",
    supply_title: "Contraceptive stock (pills, condoms)",
    supply_left: |item, n| format!("{item}: {n} left"),
    supply_low: |item| format!("{item} is running low. Ask the PKB or puskesmas for more."),
    supply_item: "Item",
    quantity: "Quantity",
    given_to: "Given to (leave empty when receiving stock)",
    wife_age_check: |age| format!("The wife is {age}, outside 15–49 (not a PUS). Check the birth date."),
    wife_age_confirm: "Checked, the birth date is right",
    open_kb_report: "KB report, map and supply",
    family_map: "Family map (Peta Keluarga)",
    download_csv: "Download CSV",
    method_mix_title: |month| format!("Active KB users by method — {month}"),
    teen_by_rw: "Teen pregnancy and child marriage by RW, 12 months",
    teen_cell_legend: "Cells: pregnant < 20 y / married < 19 y",
    four_t_title: "4T thresholds (4 Terlalu)",
    four_t_help: "Default: under 20, over 35, less than 2 years apart, more than 3 children. Change them if your PKB/puskesmas uses others.",
    too_young_below: "Too young: wife younger than (years)",
    too_old_above: "Too old: wife older than (years)",
    too_close_below_years: "Too close: last two births less than (years) apart",
    too_many_above: "Too many: more children than",
    four_t_saved: "4T thresholds saved.",
    restore_defaults: "Restore defaults",
    map_rt: "RT",
    map_title: |rt, date| format!("Family map {rt} — {date}"),
    map_help: "Tap a house in the list, then an empty cell on the map. Tap a house on the map to move it.",
    map_unplaced: "Not on the map yet",
    map_chosen: |name| format!("Chosen: {name}. Tap an empty cell to place it."),
    map_remove: "Take off the map",
    map_taken: "That cell already holds another house. Choose an empty one.",
    map_no_rt: "No RT yet. Add RTs in Settings.",
    map_no_family: "No families in this RT yet.",
    map_names: "House numbers and heads of family",
    map_print_names: "Print the heads' names",
    legend: "Legend",
    edit_legend: "Edit legend",
    legend_symbol: "Symbol",
    legend_colour: "Colour",
    legend_label: "Meaning",
    legend_saved: "Map legend saved.",
    mark_pregnant: "Pregnant",
    mark_unmet_delay: "No method, wants to delay (IAT)",
    mark_unmet_no_more: "No method, wants no more children (TIAL)",
    mark_no_method: "No method (wants a child soon)",
    mark_not_recorded: "PUS, KB status not recorded",
    mark_not_pus: "Not a PUS",
    tpk_title: "Family accompaniment (TPK)",
    tpk_recap: |month| format!("Recap {month}"),
    col_target: "Target",
    col_total: "Total",
    col_visited: "Visited",
    col_at_risk: "At risk",
    col_referred: "Referred",
    add_pregnancy: "Record a pregnancy",
    add_catin: "Add a bride/groom-to-be",
    hpht: "HPHT (first day of last period)",
    delivered_on: "Delivery date (once she has given birth)",
    catin_person: "Bride/groom-to-be",
    wedding_date: "Planned wedding date",
    no_targets: "No targets yet.",
    catin_detail: |date| format!("Wedding planned {date}"),
    pregnant_detail: |w, d, t, hpl, ttd| format!("Pregnant {w} weeks {d} days (trimester {t}) · due {hpl} · iron tablets {ttd}/90"),
    postpartum_detail: |day| format!("Postpartum day {day}"),
    kf_due: |kf| format!("{kf} visit due"),
    kbpp_done: "postpartum KB done",
    kbpp_missing: "no KB yet (KBPP until day 42)",
    baduta_detail: |m| format!("{m} months old"),
    last_weighed: |date| format!("last weighed {date}"),
    never_weighed: "never weighed",
    last_visit: |date| format!("Last visit {date}"),
    not_visited: "Not visited yet",
    record_visit: "Record a visit",
    visit_target: "Visit for",
    visit_date: "Visit date",
    adult_weight: "Weight (kg)",
    adult_height: "Height (cm)",
    adult_arm: "MUAC (cm)",
    hb: "Hb (g/dL)",
    iron_tablets: "Iron tablets given",
    smoke: "Smokes / exposed to smoke",
    counselled: "Counselling given",
    referred: "Referred to midwife/puskesmas",
    visit_history: "Visits",
    no_visits: "No visits yet.",
    no_risk: "No risk signs.",
    pregnancy_title: "Pregnancy",
    bmi: |x| format!("BMI {x}"),
    open_family: "Open family",
    not_a_target: "Not a target now. Earlier visits stay recorded.",
    krs_title: "Families at risk of stunting (KRS)",
    krs_help: "Families with a PUS, a pregnant woman or a child under five, and at least one risk factor in the family data.",
    under_five_count: |n| format!("{n} under five"),
    activities_title: "IMP activities and cash",
    open_activities: "Activities and cash",
    activities_month: |month| format!("Activities {month}"),
    record_activity: "Record an activity",
    activity_date: "Date",
    activity_kind: "Kind of activity",
    topic: "Topic / agenda",
    place: "Place",
    participants: "Participants",
    minutes: "Minutes / outcome",
    activity_count: "Times",
    no_activities: "No activities recorded yet.",
    cash_title: "Cash book",
    cash_balance: |amount| format!("Balance: {amount}"),
    cash_month: |month, cash_in, cash_out| format!("{month}: in {cash_in}, out {cash_out}"),
    record_cash: "Record money in/out",
    cash_date: "Date",
    cash_kind: "Kind",
    amount: "Amount (Rp)",
    description: "Description",
    no_cash: "No cash entries yet.",
    people_count: |n| format!("{n} people"),
    region_title: "Area above the village (used for e-PPGBM)",
    province: "Province",
    regency: "Regency/City",
    district: "District (kecamatan)",
    puskesmas: "Puskesmas",
    cash_cannot_remove: "Cannot delete: this money was already spent by a later expense.",
    todo_title: "Needs attention",
    todo_nifas: |n| format!("{n} postpartum mothers without KB yet (KBPP until day 42)"),
    todo_pregnant: |n| format!("{n} pregnant women at risk (KEK/anaemia)"),
    todo_baduta: |n| format!("{n} under-twos to refer after their last weighing"),
    todo_visits: |n| format!("{n} TPK targets not visited this month"),
    show_all: |n| format!("Show all ({n})"),
};

/// Rupiah as written in Indonesia: "Rp 45.000", "-Rp 5.000".
pub fn rupiah(amount: i64) -> String {
    let digits = amount.unsigned_abs().to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(c);
    }
    let sign = if amount < 0 { "-" } else { "" };
    format!("{sign}Rp {grouped}")
}

/// A TPK target in a word, for narrow tables.
pub fn target_short(lang: Lang, target: crate::domain::tpk::visit::Target) -> &'static str {
    use crate::domain::tpk::visit::Target;
    match (lang, target) {
        (_, Target::Catin) => "Catin",
        (Lang::Id, Target::Pregnant) => "Ibu hamil",
        (Lang::En, Target::Pregnant) => "Pregnant",
        (Lang::Id, Target::Postpartum) => "Nifas",
        (Lang::En, Target::Postpartum) => "Postpartum",
        (_, Target::Baduta) => "Baduta",
    }
}

/// The starting words of a Peta Keluarga legend line.
pub fn house_mark(lang: Lang, mark: crate::domain::kb::family_map::HouseMark) -> String {
    use crate::domain::kb::family_map::HouseMark;
    let t = lang.texts();
    match mark {
        HouseMark::Method(m) => m.name(lang),
        HouseMark::Pregnant => t.mark_pregnant,
        HouseMark::UnmetDelay => t.mark_unmet_delay,
        HouseMark::UnmetNoMore => t.mark_unmet_no_more,
        HouseMark::NoMethod => t.mark_no_method,
        HouseMark::NotRecorded => t.mark_not_recorded,
        HouseMark::NotPus => t.mark_not_pus,
    }
    .to_owned()
}

/// Names of the choices in the forms.
pub trait Named {
    fn name(self, lang: Lang) -> &'static str;
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
});
named!(crate::domain::tpk::stunting_risk::RiskFactor {
    UnsafeWater => "Air minum tidak layak", "Unsafe drinking water";
    NoLatrine => "Tidak punya jamban", "No latrine";
    UnfitHouse => "Rumah tidak layak huni", "House unfit to live in";
    LowEducation => "Pendidikan orang tua rendah (paling tinggi SD)", "Parents with at most primary school";
    FourT => "PUS 4T", "PUS with 4T";
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

/// A number as written in the language (Indonesian uses a decimal comma).
pub fn number(value: f64, lang: Lang) -> String {
    let text = format!("{value}");
    match lang {
        Lang::Id => text.replace('.', ","),
        Lang::En => text,
    }
}

/// The message shown under a field.
pub fn problem(lang: Lang, problem: Problem) -> String {
    if let Problem::OutOfRange(quantity) = problem {
        let (low, high, unit) = quantity.bounds();
        let (low, high) = (number(low, lang), number(high, lang));
        return match lang {
            Lang::Id => format!("Harus antara {low} dan {high} {unit}. Periksa lagi angkanya."),
            Lang::En => format!("Must be between {low} and {high} {unit}. Check the number."),
        };
    }
    let text = match (lang, problem) {
        (Lang::Id, Problem::Required) => "Wajib diisi.",
        (Lang::Id, Problem::NotSixteenDigits) => "Harus 16 angka.",
        (Lang::Id, Problem::NotADate) => "Tanggal tidak dikenali.",
        (Lang::Id, Problem::DateInFuture) => "Tanggal lahir tidak boleh di masa depan.",
        (Lang::Id, Problem::DateBefore1900) => "Tanggal lahir tidak boleh sebelum tahun 1900.",
        (Lang::Id, Problem::ImplausibleMarriageAge) => {
            "Umur kawin pertama tidak masuk akal (10–60 tahun dan tidak melebihi umur sekarang)."
        }
        (Lang::Id, Problem::NotANumber) => "Tulis angka saja, misalnya 7,5.",
        (Lang::Id, Problem::VisitInFuture) => "Tanggal tidak boleh di masa depan.",
        (Lang::Id, Problem::VisitBeforeBirth) => "Tanggal ini sebelum tanggal lahirnya.",
        (Lang::Id, Problem::NothingMeasured) => "Isi berat badan atau panjang/tinggi badan.",
        (Lang::Id, Problem::HphtTooOld) => {
            "HPHT lebih dari 44 minggu yang lalu. Periksa lagi, atau catat tanggal persalinan."
        }
        (Lang::Id, Problem::NotAnAmount) => "Tulis jumlah rupiah, misalnya 25.000.",
        (Lang::Id, Problem::MoreThanBalance) => "Pengeluaran lebih besar dari saldo kas.",
        (Lang::Id, Problem::DeliveryBeforeHpht) => "Tanggal persalinan sebelum HPHT.",
        (Lang::Id, Problem::WeddingDateOutOfRange) => {
            "Tanggal nikah paling lama sebulan yang lalu dan paling jauh setahun lagi."
        }
        (Lang::En, Problem::Required) => "Required.",
        (Lang::En, Problem::NotSixteenDigits) => "Must be 16 digits.",
        (Lang::En, Problem::NotADate) => "Not a date.",
        (Lang::En, Problem::DateInFuture) => "The birth date cannot be in the future.",
        (Lang::En, Problem::DateBefore1900) => "The birth date cannot be before 1900.",
        (Lang::En, Problem::ImplausibleMarriageAge) => {
            "Implausible age at first marriage (10–60 years and not above the current age)."
        }
        (Lang::En, Problem::NotANumber) => "Write a number only, e.g. 7.5.",
        (Lang::En, Problem::VisitInFuture) => "The date cannot be in the future.",
        (Lang::En, Problem::VisitBeforeBirth) => "This date is before the person's birth.",
        (Lang::En, Problem::NothingMeasured) => "Enter the weight or the length/height.",
        (Lang::En, Problem::HphtTooOld) => {
            "The last period (HPHT) is more than 44 weeks ago. Check it, or record the delivery."
        }
        (Lang::En, Problem::NotAnAmount) => "Write an amount in rupiah, e.g. 25.000.",
        (Lang::En, Problem::MoreThanBalance) => "The expense is larger than the cash balance.",
        (Lang::En, Problem::DeliveryBeforeHpht) => "The delivery date is before the HPHT.",
        (Lang::En, Problem::WeddingDateOutOfRange) => {
            "The wedding date must be at most a month ago and at most a year ahead."
        }
        (_, Problem::OutOfRange(_)) => "",
    };
    text.to_owned()
}

/// Why a child is on the referral list, in a cadre's words.
pub fn warning(lang: Lang, warning: Warning) -> String {
    let index = |i: Index| i.short_name(true);
    match (lang, warning) {
        (Lang::Id, Warning::Implausible(i)) => {
            format!("{} tidak masuk akal (flag WHO): ukur ulang", index(i))
        }
        (Lang::Id, Warning::Severe(i)) => format!("{} di bawah −3 SD", index(i)),
        (Lang::Id, Warning::BelowRedLine) => "Di bawah garis merah (BGM)".into(),
        (Lang::Id, Warning::NotGained) => "Berat tidak naik (T)".into(),
        (Lang::Id, Warning::TwiceNotGained) => "Dua kali tidak naik (2T)".into(),
        (Lang::En, Warning::Implausible(i)) => {
            format!("{} implausible (WHO flag): measure again", index(i))
        }
        (Lang::En, Warning::Severe(i)) => format!("{} below −3 SD", index(i)),
        (Lang::En, Warning::BelowRedLine) => "Below the red line (BGM)".into(),
        (Lang::En, Warning::NotGained) => "Weight not gained (T)".into(),
        (Lang::En, Warning::TwiceNotGained) => "Not gained twice (2T)".into(),
    }
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
    match lang {
        Lang::Id => format!("{id} Tidak ada data yang diubah."),
        Lang::En => format!("{en} Nothing was changed."),
    }
}

const MONTHS_ID: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
];
const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// "22 Nov 2026" (Indonesian month abbreviations in Indonesian: "17 Agu 2026").
pub fn format_date(date: NaiveDate, lang: Lang) -> String {
    let months = match lang {
        Lang::Id => &MONTHS_ID,
        Lang::En => &MONTHS_EN,
    };
    format!(
        "{} {} {}",
        date.day(),
        months.get(date.month0() as usize).unwrap_or(&"?"),
        date.year()
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
        ] {
            assert_ne!(problem(Lang::Id, p), problem(Lang::En, p));
        }
        let text = backup_error(Lang::Id, &BackupError::ChecksumMismatch);
        assert!(text.ends_with("Tidak ada data yang diubah."));
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
    fn language_codes() {
        assert_eq!(Lang::from_code("en"), Lang::En);
        assert_eq!(Lang::from_code("xx"), Lang::Id);
        assert_eq!(Lang::Id.texts().nav_home, "Beranda");
        assert_eq!((ID.last_backup)(Some(3)), "Cadangan terakhir: 3 hari lalu");
        assert_eq!(Relation::Wife.name(Lang::Id), "Istri");
    }
}
