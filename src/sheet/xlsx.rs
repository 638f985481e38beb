//! .xlsx files (e-PPGBM hands them out; a puskesmas opens them in Excel). Read with
//! calamine and written with rust_xlsxwriter, both well kept and pure Rust. Every cell
//! is written as a text cell, so a name that begins with `=`, `+`, `-` or `@` is never
//! run as a formula; read cells become the text a spreadsheet shows.

use super::Sheet;
use calamine::{Data, Reader, Xlsx};
use rust_xlsxwriter::{Format, Workbook};
use std::io::Cursor;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum XlsxError {
    /// Not a zip of worksheets (another format, damaged, or protected by a password).
    #[error("the file is not a readable .xlsx workbook")]
    NotXlsx,
    #[error("the workbook could not be written: {0}")]
    Write(String),
}

/// Every worksheet of the workbook, in its order, each from its first used row.
pub fn read(bytes: &[u8]) -> Result<Vec<Sheet>, XlsxError> {
    let mut workbook = Xlsx::new(Cursor::new(bytes)).map_err(|_| XlsxError::NotXlsx)?;
    let mut sheets = Vec::new();
    for name in workbook.sheet_names() {
        let range = workbook
            .worksheet_range(&name)
            .map_err(|_| XlsxError::NotXlsx)?;
        let first_row = range.start().map_or(0, |(row, _)| row) + 1;
        let rows = range
            .rows()
            .map(|row| row.iter().map(cell_text).collect())
            .collect();
        sheets.push(Sheet {
            name,
            first_row,
            rows,
        });
    }
    Ok(sheets)
}

/// A cell as the text a spreadsheet shows for it: dates as YYYY-MM-DD (the time of day
/// dropped), numbers as written. A number of 16 digits or more has already lost its last
/// digits in the spreadsheet (it keeps 15), so it stays in exponent form, "3.2012345E15",
/// never a NIK that could match the wrong child.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(text) => text.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) if f.abs() >= 1e15 => format!("{f:E}"),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(d) if d.is_datetime() => {
            let (year, month, day, ..) = d.to_ymd_hms_milli();
            format!("{year:04}-{month:02}-{day:02}")
        }
        Data::DateTime(d) => d.as_f64().to_string(),
        Data::DateTimeIso(text) => text.get(..10).unwrap_or(text).to_owned(),
        Data::DurationIso(text) => text.clone(),
        Data::Error(e) => e.to_string(),
    }
}

/// A workbook of `sheets`, every cell a text cell; the first row of each is its header
/// (bold, kept in view when scrolling) and columns fit their text.
pub fn write(sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let failed = |e: rust_xlsxwriter::XlsxError| XlsxError::Write(e.to_string());
    let mut workbook = Workbook::new();
    let header = Format::new().set_bold();
    for sheet in sheets {
        let worksheet = workbook.add_worksheet();
        worksheet.set_name(&sheet.name).map_err(failed)?;
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = u32::try_from(r).map_err(|_| XlsxError::Write("too many rows".into()))?;
            for (c, text) in row.iter().enumerate() {
                let c =
                    u16::try_from(c).map_err(|_| XlsxError::Write("too many columns".into()))?;
                if r == 0 {
                    worksheet.write_string_with_format(r, c, text, &header)
                } else {
                    worksheet.write_string(r, c, text)
                }
                .map_err(failed)?;
            }
        }
        worksheet.set_freeze_panes(1, 0).map_err(failed)?;
        worksheet.autofit();
    }
    workbook.save_to_buffer().map_err(failed)
}
