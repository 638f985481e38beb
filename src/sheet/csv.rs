//! CSV files the app writes and reads back. A spreadsheet runs a cell that starts with
//! `=`, `+`, `-` or `@` (or a tab or carriage return before one) as a formula, so text
//! is written with a leading quote and read back without; a plain number is harmless
//! and stays a number.

use super::Sheet;

const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Typed text as a cell no spreadsheet will run.
pub fn text_cell(text: &str) -> String {
    if text.starts_with(FORMULA_STARTS) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// A cell read back: the guard quote of `text_cell` taken off.
pub fn cell_text(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => cell,
    }
}

/// A cell as written to a CSV: numbers as they are, any other text guarded.
fn csv_cell(text: &str) -> String {
    if text.parse::<f64>().is_ok_and(f64::is_finite) {
        text.to_owned()
    } else {
        text_cell(text)
    }
}

/// Why a file could not be read as CSV.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the file is not a CSV")]
pub struct NotCsv;

/// A CSV file as one sheet, separated by commas or, as Excel writes it in Indonesia, by
/// semicolons (whichever the first line has more of); guard quotes taken off.
pub fn read(text: &str) -> Result<Sheet, NotCsv> {
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let rows = reader
        .records()
        .map(|row| row.map(|r| r.iter().map(|c| cell_text(c).to_owned()).collect()))
        .collect::<Result<Vec<Vec<String>>, _>>()
        .map_err(|_| NotCsv)?;
    Ok(Sheet::new("CSV", rows))
}

/// The sheet as CSV text, every cell quoted and every non-number guarded.
pub fn write(sheet: &Sheet) -> Result<String, ::csv::Error> {
    let mut writer = ::csv::WriterBuilder::new()
        .quote_style(::csv::QuoteStyle::Always)
        .flexible(true)
        .from_writer(Vec::new());
    for row in &sheet.rows {
        writer.write_record(row.iter().map(|c| csv_cell(c)))?;
    }
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_stay_text_and_come_back_unchanged() {
        for typed in [
            "=HYPERLINK(\"x\")",
            "+62 812",
            "-5",
            "@SUM(A1)",
            "\t=1",
            "Siti",
        ] {
            let cell = text_cell(typed);
            assert!(!cell.starts_with(FORMULA_STARTS), "{cell}");
            assert_eq!(cell_text(&cell), typed);
        }
        assert_eq!(cell_text("'Ain"), "'Ain", "a name's own apostrophe stays");
    }

    #[test]
    fn numbers_stay_numbers_and_text_is_guarded_in_a_written_file() {
        let sheet = Sheet::new(
            "x",
            vec![
                vec!["Nama".into(), "ZS".into()],
                vec!["=1+1".into(), "-1.25".into()],
                vec!["-inf".into(), "+62 812".into()],
            ],
        );
        let text = write(&sheet).unwrap();
        assert_eq!(
            text,
            "\"Nama\",\"ZS\"\n\"'=1+1\",\"-1.25\"\n\"'-inf\",\"'+62 812\"\n"
        );
        assert_eq!(read(&text).unwrap().rows, sheet.rows, "read back unchanged");
    }

    #[test]
    fn semicolons_are_read_when_the_header_has_more_of_them() {
        let sheet = read("Nama;Berat\nAni;8,5\n").unwrap();
        assert_eq!(sheet.rows[1], ["Ani", "8,5"]);
        assert_eq!(sheet.row_number(1), 2);
    }
}
