//! Exchange with e-PPGBM (Kemenkes, docs/domain.md §3.7): the month's weighings as a
//! sheet in e-PPGBM's column order (written as .xlsx or CSV), and weighings read back
//! from such a sheet. NIK is always
//! text. An import lists each bad row with its reason, takes the good ones, and never
//! duplicates a weighing (same child, same date) when a file is imported twice.

use crate::domain::core::calendar::iso_date;
use crate::i18n::{Lang, Named};
use crate::sheet::Sheet;
use std::collections::HashMap;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use uuid::Uuid;

use crate::domain::core::area::AreaLevel;
use crate::domain::core::calendar::Month;
use crate::domain::core::family::Family;
use crate::domain::core::fields::{birth_date_in_range, Problem, Problems, YesNo};
use crate::domain::core::person::{Person, Relation};
use crate::domain::core::profile::Region;
use crate::domain::core::record::{Body, Record};
use crate::domain::core::register::Register;
use crate::domain::posyandu::measurement::{Measurement, MeasurementForm};
use crate::domain::posyandu::review::{review, Index};
use crate::growth::batch::parse_date;
use crate::growth::{Position, Sex};

/// e-PPGBM's measurement columns, in its order (its own spelling, "Pukesmas" included).
pub const COLUMNS: [&str; 34] = [
    "NIK",
    "Nama",
    "JK",
    "Tgl Lahir",
    "BB Lahir",
    "TB Lahir",
    "Nama Ortu",
    "Prov",
    "Kab/Kota",
    "Kec",
    "Pukesmas",
    "Desa/Kel",
    "Posyandu",
    "RT",
    "RW",
    "Alamat",
    "Usia Saat Ukur",
    "Tanggal Pengukuran",
    "Bulan Pengukuran",
    "Berat",
    "Tinggi",
    "Cara Ukur",
    "LiLA",
    "BB/U",
    "ZS BB/U",
    "TB/U",
    "ZS TB/U",
    "BB/TB",
    "ZS BB/TB",
    "Naik Berat Badan",
    "PMT Diterima (kg)",
    "Jml Vit A",
    "KPSP",
    "KIA",
];

const MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

fn decimal(value: Option<f64>) -> String {
    value.map(|v| format!("{v}")).unwrap_or_default()
}

/// "1 Tahun - 2 Bulan - 3 Hari", as e-PPGBM writes the age at measurement.
fn age_text(birth: NaiveDate, date: NaiveDate) -> String {
    let mut months = (date.year() - birth.year()) * 12 + date.month() as i32 - birth.month() as i32;
    if date.day() < birth.day() {
        months -= 1;
    }
    let anchor = birth
        .checked_add_months(chrono::Months::new(months.max(0) as u32))
        .unwrap_or(birth);
    let days = (date - anchor).num_days();
    format!(
        "{} Tahun - {} Bulan - {} Hari",
        months / 12,
        months % 12,
        days
    )
}

/// The weighings of `month` (one posyandu, or all) as e-PPGBM's sheet; the province,
/// regency, district and puskesmas columns come from `region` (Pengaturan).
pub fn export(register: &Register, region: &Region, posyandu: Option<Uuid>, month: Month) -> Sheet {
    let mut rows = vec![COLUMNS.map(str::to_owned).to_vec()];
    let village = register
        .areas_at(AreaLevel::Village)
        .next()
        .map(|(_, a)| a.name.clone())
        .unwrap_or_default();
    for (_, m) in register
        .measurements
        .iter()
        .filter(|(_, m)| month.contains(m.date))
    {
        let Some(child) = register.person(m.child_id) else {
            continue;
        };
        if posyandu.is_some() && child.posyandu_id != posyandu {
            continue;
        }
        let history: Vec<&Measurement> = register
            .measurements_of(m.child_id)
            .map(|(_, m)| m)
            .collect();
        let Some(r) = review(child, &history, m) else {
            continue;
        };
        let family = register.family(child.family_id);
        let rt = family
            .and_then(|f| f.rt_id)
            .and_then(|id| register.area(id));
        let rw = rt
            .and_then(|a| a.parent_id)
            .and_then(|id| register.area(id));
        let parent = child
            .mother_id
            .and_then(|id| register.person(id))
            .map(|p| p.name.clone())
            .or_else(|| {
                register
                    .members(child.family_id)
                    .find(|(id, p)| p.relation == Relation::Head && *id != m.child_id)
                    .map(|(_, p)| p.name.clone())
            })
            .unwrap_or_default();
        let category = |index: Index| match r.score(index) {
            Some(s) if s.flagged => "Outlier".to_owned(),
            Some(_) => r
                .category(index)
                .map(|c| c.name(Lang::Id).to_owned())
                .unwrap_or_default(),
            None => String::new(),
        };
        let z = |index: Index| {
            r.score(index)
                .map(|s| format!("{:.2}", s.z))
                .unwrap_or_default()
        };
        let posyandu_name = child
            .posyandu_id
            .and_then(|id| register.area(id))
            .map(|a| a.name.clone())
            .unwrap_or_default();
        let row: [String; 34] = [
            child.nik.clone(),
            child.name.clone(),
            if child.sex == Sex::Male { "L" } else { "P" }.into(),
            iso_date(child.birth_date),
            decimal(child.birth_weight_kg),
            decimal(child.birth_length_cm),
            parent,
            region.province.clone(),
            region.regency.clone(),
            region.district.clone(),
            region.puskesmas.clone(),
            village.clone(),
            posyandu_name,
            rt.map(|a| a.name.clone()).unwrap_or_default(),
            rw.map(|a| a.name.clone()).unwrap_or_default(),
            family.map(|f| f.address.clone()).unwrap_or_default(),
            age_text(child.birth_date, m.date),
            iso_date(m.date),
            MONTHS
                .get(m.date.month0() as usize)
                .unwrap_or(&"")
                .to_string(),
            decimal(m.weight_kg),
            decimal(m.lenhei_cm),
            match m.position {
                Some(Position::Lying) => "Terlentang".into(),
                Some(Position::Standing) => "Berdiri".into(),
                None => String::new(),
            },
            decimal(m.arm_cm),
            category(Index::WeightForAge),
            z(Index::WeightForAge),
            category(Index::LengthForAge),
            z(Index::LengthForAge),
            category(Index::WeightForLength),
            z(Index::WeightForLength),
            r.gain.map(|j| j.gain.code().to_owned()).unwrap_or_default(),
            String::new(),
            u8::from(m.vitamin_a).to_string(),
            String::new(),
            match child.kia_book {
                Some(YesNo::Yes) => "Ya".into(),
                Some(YesNo::No) => "Tidak".into(),
                None => String::new(),
            },
        ];
        rows.push(row.to_vec());
    }
    Sheet::new(&format!("e-PPGBM {}", month.iso()), rows)
}

/// Why a row of an imported file was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowProblem {
    /// A required column is empty or a value is wrong: the field and the problem.
    Field(&'static str, Problem),
    /// `JK` is not L or P.
    Sex,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: u64,
    pub problem: RowProblem,
}

/// Why a whole file was refused: no sheet has this column in its header.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the file has no column `{0}`")]
pub struct MissingColumn(pub &'static str);

/// How far down a sheet its header may be: exports put a title and a blank row or two
/// above it.
const HEADER_SEARCH_ROWS: usize = 10;

/// What an import will write, and what it left out.
#[derive(Debug, Default)]
pub struct ImportPlan {
    pub records: Vec<Record>,
    pub new_children: usize,
    pub new_weighings: usize,
    /// Rows whose child already has a weighing on that date.
    pub already_there: usize,
    pub errors: Vec<RowError>,
}

const REQUIRED: [&str; 3] = ["Nama", "JK", "Tgl Lahir"];

/// Other spellings of the columns read, as newer exports and the 2025 "Operasi Timbang"
/// sheet (Nama Anak, Jenis Kelamin, Tanggal Lahir, Berat (kg), Tinggi (cm), LiLA (cm),
/// Nomor KK, NIK Orang Tua, Kelas Ibu Balita, MBG) write them; lower case. Columns not
/// read (status columns, Kelas Ibu Balita, MBG) are skipped.
const ALIASES: [(&str, &str); 10] = [
    ("nama anak", "nama"),
    ("jenis kelamin", "jk"),
    ("tanggal lahir", "tgl lahir"),
    ("berat (kg)", "berat"),
    ("tinggi (cm)", "tinggi"),
    ("lila (cm)", "lila"),
    ("tanggal ukur", "tanggal pengukuran"),
    ("tgl pengukuran", "tanggal pengukuran"),
    ("nomor kk", "no kk"),
    ("no. kk", "no kk"),
];

/// A header cell as the reader names it: trimmed, lower case, aliases resolved.
fn column_name(header: &str) -> String {
    let name = header.trim().trim_start_matches('\u{feff}').to_lowercase();
    ALIASES
        .iter()
        .find(|(alias, _)| *alias == name)
        .map_or(name, |(_, canonical)| (*canonical).to_owned())
}

/// The sheet and row that hold e-PPGBM's header, with the column of each name: the first
/// sheet with every required column within its first rows (a workbook's other sheets,
/// a title above the header are passed over).
fn find_header(sheets: &[Sheet]) -> Result<(&Sheet, usize, HashMap<String, usize>), MissingColumn> {
    let columns = |row: &[String]| -> HashMap<String, usize> {
        row.iter()
            .enumerate()
            .map(|(i, h)| (column_name(h), i))
            .collect()
    };
    let missing = |column: &HashMap<String, usize>| {
        REQUIRED
            .into_iter()
            .find(|name| !column.contains_key(&name.to_lowercase()))
    };
    for sheet in sheets {
        for (at, row) in sheet.rows.iter().enumerate().take(HEADER_SEARCH_ROWS) {
            let column = columns(row);
            if missing(&column).is_none() {
                return Ok((sheet, at, column));
            }
        }
    }
    let first_header = sheets
        .first()
        .and_then(|s| {
            s.rows
                .iter()
                .find(|r| r.iter().any(|c| !c.trim().is_empty()))
        })
        .map(|row| columns(row))
        .unwrap_or_default();
    Err(MissingColumn(missing(&first_header).unwrap_or(REQUIRED[0])))
}

/// Plans the import of e-PPGBM's sheet (from a CSV or a workbook's sheets) into
/// `register`; writes nothing. New children go to the posyandu named in the row, else
/// to `default_posyandu`. A sheet without a measurement date (Operasi Timbang) is read
/// as weighed on `today`, the day of import.
pub fn plan_import(
    sheets: &[Sheet],
    register: &Register,
    default_posyandu: Option<Uuid>,
    device: &str,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<ImportPlan, MissingColumn> {
    let (sheet, header_at, column) = find_header(sheets)?;
    let mut plan = ImportPlan::default();
    // Children and weighings known so far, including those this file adds.
    let mut children: Vec<(Uuid, Person)> = register.people.clone();
    let mut weighed: Vec<(Uuid, NaiveDate)> = register
        .measurements
        .iter()
        .map(|(_, m)| (m.child_id, m.date))
        .collect();
    for (at, row) in sheet.rows.iter().enumerate().skip(header_at + 1) {
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = sheet.row_number(at);
        let cell = |name: &str| {
            column
                .get(&name.to_lowercase())
                .and_then(|&i| row.get(i))
                .map_or("", |c| c.trim())
        };
        let fail = |problem| RowError { line, problem };
        let sex = match cell("JK").to_uppercase().as_str() {
            "L" | "LAKI-LAKI" => Sex::Male,
            "P" | "PEREMPUAN" => Sex::Female,
            _ => {
                plan.errors.push(fail(RowProblem::Sex));
                continue;
            }
        };
        let name = cell("Nama");
        if name.is_empty() {
            plan.errors
                .push(fail(RowProblem::Field("Nama", Problem::Required)));
            continue;
        }
        // The member form's rule: from 1900 up to today.
        let birth = match parse_date(cell("Tgl Lahir"))
            .ok_or(Problem::NotADate)
            .and_then(|b| birth_date_in_range(b, today))
        {
            Ok(birth) => birth,
            Err(problem) => {
                plan.errors
                    .push(fail(RowProblem::Field("Tgl Lahir", problem)));
                continue;
            }
        };
        // A NIK is kept as written; only a real one (16 digits) may match a child, never
        // a masked or garbled one ("3201********0001", "NIK1").
        let nik: String = cell("NIK").split_whitespace().collect();
        let real_nik = nik.len() == 16 && nik.chars().all(|c| c.is_ascii_digit());
        let existing = children.iter().find(|(_, p)| {
            (real_nik && p.nik == nik)
                || (p.name.trim().eq_ignore_ascii_case(name) && p.birth_date == birth)
        });
        let posyandu = register
            .areas_at(AreaLevel::Posyandu)
            .find(|(_, a)| a.name.eq_ignore_ascii_case(cell("Posyandu")))
            .map(|(id, _)| *id)
            .or(default_posyandu);
        let written = cell("Tanggal Pengukuran");
        let date = if written.is_empty() && !column.contains_key("tanggal pengukuran") {
            Some(iso_date(today))
        } else {
            parse_date(written).map(iso_date)
        };
        let form = MeasurementForm {
            date: date.unwrap_or_else(|| written.to_owned()),
            weight_kg: cell("Berat").to_owned(),
            lenhei_cm: cell("Tinggi").to_owned(),
            position: match cell("Cara Ukur").to_lowercase().as_str() {
                "terlentang" | "berbaring" => Some(Position::Lying),
                "berdiri" => Some(Position::Standing),
                _ => None,
            },
            arm_cm: cell("LiLA").to_owned(),
            vitamin_a: matches!(cell("Jml Vit A"), "1" | "2"),
            ..MeasurementForm::default()
        };
        let child_id = existing.map_or_else(Uuid::new_v4, |(id, _)| *id);
        let mut measurement = match form.parse(child_id, birth, posyandu, today) {
            Ok(m) => m,
            Err(problems) => {
                let (field, problem) = first_problem(problems);
                plan.errors.push(fail(RowProblem::Field(field, problem)));
                continue;
            }
        };
        // WHO-implausible values were accepted by whoever entered them in e-PPGBM.
        measurement.implausible_confirmed = true;
        if weighed.contains(&(child_id, measurement.date)) {
            plan.already_there += 1;
            continue;
        }
        if existing.is_none() {
            // A No. KK is kept only when it is one (16 digits).
            let kk: String = cell("No KK").split_whitespace().collect();
            let kk_number = if kk.len() == 16 && kk.chars().all(|c| c.is_ascii_digit()) {
                kk
            } else {
                String::new()
            };
            let family = Record::new(
                Body::Family(Family {
                    address: cell("Alamat").to_owned(),
                    kk_number,
                    ..Family::default()
                }),
                device,
                now,
            );
            let child = Person {
                nik,
                posyandu_id: posyandu,
                birth_weight_kg: cell("BB Lahir").replace(',', ".").parse().ok(),
                birth_length_cm: cell("TB Lahir").replace(',', ".").parse().ok(),
                ..Person::new(family.id, name, sex, birth, Relation::Child)
            };
            let mut child_record = Record::new(Body::Person(child.clone()), device, now);
            child_record.id = child_id;
            children.push((child_id, child));
            plan.records.push(family);
            plan.records.push(child_record);
            plan.new_children += 1;
        }
        weighed.push((child_id, measurement.date));
        plan.records
            .push(Record::new(Body::Measurement(measurement), device, now));
        plan.new_weighings += 1;
    }
    Ok(plan)
}

fn first_problem(problems: Problems) -> (&'static str, Problem) {
    let (field, problem) = problems
        .into_iter()
        .next()
        .unwrap_or(("Tanggal Pengukuran", Problem::Required));
    let column = match field {
        "date" => "Tanggal Pengukuran",
        "weight_kg" => "Berat",
        "lenhei_cm" => "Tinggi",
        "arm_cm" => "LiLA",
        other => other,
    };
    (column, problem)
}
