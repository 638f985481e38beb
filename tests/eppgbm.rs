//! e-PPGBM exchange: the export's columns and values, and imports that take good rows,
//! list bad ones, and never duplicate a weighing.

#![allow(clippy::restriction)] // test code may unwrap, panic and index

mod common;

use bakti::domain::core::fields::{Problem, Quantity};
use bakti::domain::core::profile::Region;
use bakti::domain::core::register::Register;
use bakti::domain::posyandu::eppgbm::{
    export, plan_import, ImportPlan, MissingColumn, RowProblem, COLUMNS,
};
use bakti::sheet::csv;
use chrono::{TimeZone, Utc};
use common::{day, village, village_records, MAWAR, NOV};

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0)
        .single()
        .expect("a real date")
}

fn region() -> Region {
    Region {
        province: "Jawa Barat".into(),
        regency: "Kab. Bogor".into(),
        district: "Kemang".into(),
        puskesmas: "Puskesmas Kemang".into(),
    }
}

/// The export as the CSV file a cadre downloads.
fn export_csv(
    register: &Register,
    region: &Region,
    posyandu: Option<uuid::Uuid>,
    month: bakti::domain::core::calendar::Month,
) -> Result<String, ::csv::Error> {
    csv::write(&export(register, region, posyandu, month))
}

/// The import of a CSV file's text.
fn plan_csv(
    text: &str,
    register: &Register,
    posyandu: Option<uuid::Uuid>,
    device: &str,
    now: chrono::DateTime<Utc>,
    today: chrono::NaiveDate,
) -> Result<ImportPlan, MissingColumn> {
    plan_import(
        &[csv::read(text).expect("csv")],
        register,
        posyandu,
        device,
        now,
        today,
    )
}

#[test]
fn export_has_eppgbm_columns_and_the_months_weighings() {
    let csv = export_csv(&village(), &region(), Some(MAWAR), NOV).expect("export");
    let mut lines = csv.lines();
    let header = lines.next().expect("header");
    assert_eq!(header, COLUMNS.map(|c| format!("\"{c}\"")).join(","));
    let rows: Vec<&str> = lines.collect();
    assert_eq!(
        rows.len(),
        4,
        "Budi, Sari, Joko, Tono weighed in November at Mawar"
    );
    let tono = rows
        .iter()
        .find(|r| r.contains("\"Tono\""))
        .expect("Tono's row");
    // NIK stays 16-digit text, in quotes, leading zeros intact.
    assert!(tono.starts_with("\"320100000000"), "{tono}");
    assert!(tono.contains("\"2026-11-05\",\"November\""));
    assert!(tono.contains("\"1 Tahun - 0 Bulan - 4 Hari\""));
    assert!(tono.contains("\"Terlentang\""));
    assert!(tono.contains("\"Berat badan sangat kurang\""));
    assert!(tono.contains(",\"T\","), "N/T column");
    assert!(tono.contains(",\"6.1\",\"70\","), "weight and length");
    // No mother or head recorded: the parent's name stays empty, never the child's.
    assert!(tono.contains("\"2025-11-01\",\"\",\"\",\"\","), "{tono}");
    // The area above the village comes from Pengaturan.
    assert!(
        tono.contains("\"Jawa Barat\",\"Kab. Bogor\",\"Kemang\",\"Puskesmas Kemang\""),
        "{tono}"
    );
}

#[test]
fn importing_an_export_twice_adds_once() {
    let csv = export_csv(&village(), &region(), None, NOV).expect("export");
    let empty = Register::default();
    let first = plan_csv(&csv, &empty, Some(MAWAR), "hp", now(), day(2026, 11, 22)).expect("plan");
    assert!(first.errors.is_empty(), "{:?}", first.errors);
    assert_eq!(
        (first.new_children, first.new_weighings, first.already_there),
        (5, 5, 0)
    );
    let after = Register::from_records(&first.records);
    let second = plan_csv(&csv, &after, Some(MAWAR), "hp", now(), day(2026, 11, 22)).expect("plan");
    assert_eq!(
        (
            second.new_children,
            second.new_weighings,
            second.already_there
        ),
        (0, 0, 5)
    );
    assert!(second.records.is_empty());
}

#[test]
fn known_children_are_matched_by_nik_or_name_and_birth_date() {
    let records = village_records();
    let register = Register::from_records(&records);
    let csv = export_csv(&register, &region(), None, NOV).expect("export");
    let plan = plan_csv(&csv, &register, None, "hp", now(), day(2026, 11, 22)).expect("plan");
    assert_eq!(
        (plan.new_children, plan.new_weighings, plan.already_there),
        (0, 0, 5)
    );
}

#[test]
fn bad_rows_are_listed_and_good_rows_taken() {
    let csv = "NIK;Nama;JK;Tgl Lahir;Tanggal Pengukuran;Berat;Tinggi;Cara Ukur\n\
               3201000000000001;Ani;P;2025-01-10;2026-11-02;9,1;74;Terlentang\n\
               ;Badu;X;2025-01-10;2026-11-02;9;;\n\
               ;Citra;P;2025-01-10;2026-11-02;91;;\n\
               ;Dodi;L;10/01/2025;2027-01-01;9;;\n\
               ;;L;2025-01-10;2026-11-02;9;;\n\
               ;Eka;L;10/01/2025;02/11/2026;8,8;;\n";
    let plan = plan_csv(
        csv,
        &Register::default(),
        Some(MAWAR),
        "hp",
        now(),
        day(2026, 11, 22),
    )
    .expect("plan");
    assert_eq!(plan.new_weighings, 2);
    let errors: Vec<(u64, RowProblem)> = plan
        .errors
        .into_iter()
        .map(|e| (e.line, e.problem))
        .collect();
    assert_eq!(
        errors,
        vec![
            (3, RowProblem::Sex),
            (
                4,
                RowProblem::Field("Berat", Problem::OutOfRange(Quantity::Weight))
            ),
            (
                5,
                RowProblem::Field("Tanggal Pengukuran", Problem::VisitInFuture)
            ),
            (6, RowProblem::Field("Nama", Problem::Required)),
        ]
    );
}

#[test]
fn a_file_without_the_needed_columns_is_refused() {
    let result = plan_csv(
        "a,b\n1,2\n",
        &Register::default(),
        None,
        "hp",
        now(),
        day(2026, 11, 22),
    );
    assert!(result.is_err());
}

#[test]
fn typed_text_never_runs_as_a_formula_and_comes_back_as_typed() {
    use bakti::domain::core::record::Body;
    let mut records = village_records();
    for r in &mut records {
        if let Body::Person(p) = &mut r.body {
            if p.name == "Budi" {
                p.name = "=HYPERLINK(\"http://x\",\"Budi\")".into();
            }
        }
    }
    let register = Register::from_records(&records);
    let csv = export_csv(&register, &region(), None, NOV).expect("export");
    assert!(csv.contains("\"'=HYPERLINK("), "{csv}");
    assert!(!csv.contains(",\"=HYPERLINK("), "{csv}");
    let again = plan_csv(
        &csv,
        &Register::default(),
        Some(MAWAR),
        "hp",
        now(),
        day(2026, 11, 22),
    )
    .expect("plan");
    let back = Register::from_records(&again.records);
    assert!(back
        .people
        .iter()
        .any(|(_, p)| p.name == "=HYPERLINK(\"http://x\",\"Budi\")"));
}

#[test]
fn a_masked_or_garbled_nik_never_matches_a_child() {
    let header = "Nama,JK,Tgl Lahir,NIK,Tanggal Pengukuran,Berat,Tinggi";
    let csv = format!(
        "{header}\nAyu,P,2025-01-01,NIK1,2026-11-05,9,75\nBima,L,2025-02-02,NIK1,2026-11-05,9,75\nCita,P,2025-03-03,3201********0001,2026-11-05,9,75\n"
    );
    let plan = plan_csv(
        &csv,
        &Register::default(),
        Some(MAWAR),
        "hp",
        now(),
        day(2026, 11, 22),
    )
    .expect("plan");
    assert!(plan.errors.is_empty(), "{:?}", plan.errors);
    assert_eq!((plan.new_children, plan.new_weighings), (3, 3));
}

#[test]
fn the_kia_column_says_what_the_cadre_recorded_never_a_fixed_ya() {
    use bakti::domain::core::fields::YesNo;
    use bakti::domain::core::record::Body;
    let mut records = village_records();
    for r in &mut records {
        if let Body::Person(p) = &mut r.body {
            p.kia_book = match p.name.as_str() {
                "Budi" => Some(YesNo::Yes),
                "Sari" => Some(YesNo::No),
                _ => None,
            };
        }
    }
    let csv = export_csv(
        &Register::from_records(&records),
        &region(),
        Some(MAWAR),
        NOV,
    )
    .expect("export");
    let kia = |name: &str| {
        csv.lines()
            .find(|l| l.contains(&format!("\"{name}\"")))
            .and_then(|l| l.rsplit(',').next())
            .map(str::to_owned)
    };
    assert_eq!(kia("Budi").as_deref(), Some("\"Ya\""));
    assert_eq!(kia("Sari").as_deref(), Some("\"Tidak\""));
    assert_eq!(kia("Joko").as_deref(), Some("\"\""));
}

#[test]
fn the_2025_operasi_timbang_sheet_is_read_weighed_on_the_day_of_import() {
    use bakti::domain::core::record::Body;
    // Newer column names, extra columns (Kelas Ibu Balita, MBG, a status) and no date.
    let csv = "Nama Anak,Jenis Kelamin,Tanggal Lahir,Berat (kg),Tinggi (cm),LiLA (cm),Nomor KK,NIK Orang Tua,Kelas Ibu Balita,MBG,Status BB/U\n\
               Ani,Perempuan,2025-01-10,\"9,1\",74,14,3201000000000099,3201000000000001,Ya,Ya,Normal\n\
               Badu,Laki-laki,10/01/2025,9,75,,12345,,Tidak,Tidak,Normal\n";
    let today = day(2026, 11, 22);
    let plan = plan_csv(csv, &Register::default(), Some(MAWAR), "hp", now(), today).expect("plan");
    assert!(plan.errors.is_empty(), "{:?}", plan.errors);
    assert_eq!((plan.new_children, plan.new_weighings), (2, 2));
    let dates: Vec<_> = plan
        .records
        .iter()
        .filter_map(|r| match &r.body {
            Body::Measurement(m) => Some(m.date),
            _ => None,
        })
        .collect();
    assert_eq!(dates, [today, today]);
    let kk: Vec<&str> = plan
        .records
        .iter()
        .filter_map(|r| match &r.body {
            Body::Family(f) => Some(f.kk_number.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        kk,
        ["3201000000000099", ""],
        "a No. KK is kept only when it is 16 digits"
    );
}
