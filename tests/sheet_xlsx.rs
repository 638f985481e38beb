//! .xlsx files: what the app writes is text in every cell (no formula ever runs), what
//! a spreadsheet saved is read as the text it shows, and e-PPGBM's workbook imports
//! like its CSV.

#![allow(clippy::restriction)] // test code may unwrap, panic and index

mod common;

use bakti::domain::core::register::Register;
use bakti::domain::posyandu::eppgbm::{export, plan_import, RowProblem};
use bakti::sheet::{xlsx, Sheet};
use calamine::{Data, Reader, Xlsx};
use chrono::{TimeZone, Utc};
use common::{day, village, MAWAR, NOV};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use std::io::Cursor;

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0)
        .single()
        .unwrap()
}

fn rows(cells: &[&[&str]]) -> Vec<Vec<String>> {
    cells
        .iter()
        .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
        .collect()
}

#[test]
fn every_written_cell_is_text_and_comes_back_as_typed() {
    let typed = rows(&[
        &["Nama", "Berat", "Catatan"],
        &["=HYPERLINK(\"http://x\",\"klik\")", "8.5", "+62 812"],
        &["@SUM(A1)", "-1.25", "\t=1"],
    ]);
    let bytes = xlsx::write(&[Sheet::new("e-PPGBM 2026-11", typed.clone())]).unwrap();
    let mut book = Xlsx::new(Cursor::new(bytes.clone())).unwrap();
    let range = book.worksheet_range("e-PPGBM 2026-11").unwrap();
    for cell in range.used_cells() {
        assert!(
            matches!(cell.2, Data::String(_)),
            "{cell:?} is not a text cell"
        );
    }
    let formulas = book.worksheet_formula("e-PPGBM 2026-11").unwrap();
    assert!(
        formulas.used_cells().all(|(.., f)| f.is_empty()),
        "no formula"
    );
    let read = xlsx::read(&bytes).unwrap();
    assert_eq!(read.len(), 1);
    assert_eq!(read[0].rows, typed);
    assert_eq!(read[0].row_number(2), 3);
}

#[test]
fn numbers_and_dates_a_spreadsheet_saved_are_read_as_it_shows_them() {
    let mut book = Workbook::new();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Berat").unwrap();
    sheet.write_number(1, 0, 8.5).unwrap();
    sheet.write_number(2, 0, 12.0).unwrap();
    sheet
        .write_datetime_with_format(1, 1, ExcelDateTime::from_ymd(2025, 1, 10).unwrap(), &date)
        .unwrap();
    // A NIK typed as a number: the spreadsheet keeps 15 digits, so the last is gone.
    sheet.write_number(1, 2, 3_201_234_567_890_123.0).unwrap();
    sheet.write_boolean(2, 2, true).unwrap();
    let read = xlsx::read(&book.save_to_buffer().unwrap()).unwrap();
    assert_eq!(read[0].rows[1][0], "8.5");
    assert_eq!(read[0].rows[2][0], "12");
    assert_eq!(read[0].rows[1][1], "2025-01-10");
    let nik = &read[0].rows[1][2];
    assert!(
        !nik.chars().all(|c| c.is_ascii_digit()),
        "{nik} must not look like a NIK"
    );
    assert_eq!(read[0].rows[2][2], "TRUE");
}

#[test]
fn a_file_that_is_not_a_workbook_is_refused() {
    assert_eq!(
        xlsx::read(b"Nama,JK\nAni,P\n"),
        Err(xlsx::XlsxError::NotXlsx)
    );
    assert_eq!(
        xlsx::read(b"PK\x03\x04broken"),
        Err(xlsx::XlsxError::NotXlsx)
    );
}

#[test]
fn an_export_written_as_xlsx_imports_on_another_phone_once() {
    let register = village();
    let bytes = xlsx::write(&[export(&register, &Default::default(), Some(MAWAR), NOV)]).unwrap();
    let sheets = xlsx::read(&bytes).unwrap();
    let today = day(2026, 11, 22);
    let plan = plan_import(
        &sheets,
        &Register::default(),
        Some(MAWAR),
        "hp2",
        now(),
        today,
    )
    .unwrap();
    assert!(plan.errors.is_empty(), "{:?}", plan.errors);
    assert_eq!((plan.new_children, plan.new_weighings), (4, 4));
    let after = Register::from_records(&plan.records);
    let again = plan_import(&sheets, &after, Some(MAWAR), "hp2", now(), today).unwrap();
    assert_eq!(
        (again.new_children, again.new_weighings, again.already_there),
        (0, 0, 4)
    );
}

#[test]
fn the_operasi_timbang_sheet_is_found_below_its_title_on_any_sheet() {
    let mut book = Workbook::new();
    book.add_worksheet()
        .set_name("Petunjuk")
        .unwrap()
        .write_string(0, 0, "Isi tabel di lembar berikut")
        .unwrap();
    let sheet = book.add_worksheet().set_name("Operasi Timbang").unwrap();
    sheet
        .write_string(0, 0, "OPERASI TIMBANG 2025 — DESA SUKAMAJU")
        .unwrap();
    let header = [
        "Nama Anak",
        "Jenis Kelamin",
        "Tanggal Lahir",
        "Berat (kg)",
        "Tinggi (cm)",
        "NIK",
    ];
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(2, c as u16, *h).unwrap();
    }
    let date = Format::new().set_num_format("dd/mm/yyyy");
    sheet.write_string(3, 0, "Ani").unwrap();
    sheet.write_string(3, 1, "P").unwrap();
    sheet
        .write_datetime_with_format(3, 2, ExcelDateTime::from_ymd(2025, 1, 10).unwrap(), &date)
        .unwrap();
    sheet.write_number(3, 3, 9.1).unwrap();
    sheet.write_number(3, 4, 74).unwrap();
    sheet.write_number(3, 5, 3_201_000_000_000_099.0).unwrap();
    sheet.write_string(4, 0, "Badu").unwrap();
    sheet.write_string(4, 1, "X").unwrap();
    let sheets = xlsx::read(&book.save_to_buffer().unwrap()).unwrap();
    let today = day(2026, 11, 22);
    let plan = plan_import(
        &sheets,
        &Register::default(),
        Some(MAWAR),
        "hp",
        now(),
        today,
    )
    .unwrap();
    assert_eq!((plan.new_children, plan.new_weighings), (1, 1));
    assert_eq!(plan.errors.len(), 1);
    assert_eq!(
        plan.errors[0].line, 5,
        "Badu is on row 5 of the spreadsheet"
    );
    assert_eq!(plan.errors[0].problem, RowProblem::Sex);
    let nik = plan
        .records
        .iter()
        .find_map(|r| match &r.body {
            bakti::domain::core::record::Body::Person(p) => Some(p.nik.clone()),
            _ => None,
        })
        .unwrap();
    assert!(
        !(nik.len() == 16 && nik.chars().all(|c| c.is_ascii_digit())),
        "a NIK the spreadsheet cut to 15 digits is kept as text, never matched: {nik}"
    );
}

#[test]
fn a_workbook_without_the_columns_names_the_first_missing_one() {
    let bytes = xlsx::write(&[Sheet::new("x", rows(&[&["Nama", "Umur"], &["Ani", "2"]]))]).unwrap();
    let sheets = xlsx::read(&bytes).unwrap();
    let refused = plan_import(
        &sheets,
        &Register::default(),
        None,
        "hp",
        now(),
        day(2026, 11, 22),
    );
    assert_eq!(refused.err().map(|e| e.0), Some("JK"));
}
