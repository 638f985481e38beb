//! Batch z-scores over CSV, with WHO anthro's column names: the logic behind the
//! `zscore` command, kept here so it is tested like the rest of the engine.

use std::io::{Read, Write};

use chrono::NaiveDate;
use thiserror::Error;

use super::{assess, Age, Assessment, Observation, Position, Score, Sex};

/// Columns appended to every row, in WHO anthro's naming.
pub const OUTPUT_COLUMNS: [&str; 14] = [
    "clenhei", "cbmi", "zlen", "flen", "zwei", "fwei", "zwfl", "fwfl", "zbmi", "fbmi", "zhc",
    "fhc", "zac", "fac",
];

/// Why the whole batch stopped.
#[derive(Debug, Error)]
pub enum BatchError {
    #[error("the header has no `{0}` column")]
    MissingColumn(&'static str),
    #[error("the header needs `age_days`, or both `dob` and `date`")]
    NoAge,
    #[error("cannot read or write the CSV: {0}")]
    Csv(#[from] csv::Error),
    #[error("cannot write the output: {0}")]
    Io(#[from] std::io::Error),
}

/// A row that could not be scored: its line in the file and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: u64,
    pub reason: String,
}

/// What a batch did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    pub rows_written: u64,
    pub rows_failed: u64,
}

/// Where each input field sits in the row.
struct Columns {
    sex: usize,
    age_days: Option<usize>,
    dob_date: Option<(usize, usize)>,
    weight: Option<usize>,
    lenhei: Option<usize>,
    measure: Option<usize>,
    headc: Option<usize>,
    armc: Option<usize>,
    oedema: Option<usize>,
}

impl Columns {
    fn from_header(header: &csv::StringRecord) -> Result<Columns, BatchError> {
        let find = |name: &str| {
            header
                .iter()
                .position(|h| h.trim().eq_ignore_ascii_case(name))
        };
        let age_days = find("age_days");
        let dob_date = find("dob").zip(find("date"));
        if age_days.is_none() && dob_date.is_none() {
            return Err(BatchError::NoAge);
        }
        Ok(Columns {
            sex: find("sex").ok_or(BatchError::MissingColumn("sex"))?,
            age_days,
            dob_date,
            weight: find("weight"),
            lenhei: find("lenhei"),
            measure: find("measure"),
            headc: find("headc"),
            armc: find("armc"),
            oedema: find("oedema"),
        })
    }

    fn observation(&self, row: &csv::StringRecord) -> Result<Observation, String> {
        let sex_text = cell(row, Some(self.sex));
        let sex = Sex::parse_who(sex_text)
            .ok_or_else(|| format!("sex `{sex_text}` is not 1, 2, m or f"))?;
        let position = match cell(row, self.measure).to_ascii_lowercase().as_str() {
            "" => None,
            "l" => Some(Position::Lying),
            "h" => Some(Position::Standing),
            other => return Err(format!("measure `{other}` is not l or h")),
        };
        let oedema = match cell(row, self.oedema).to_ascii_lowercase().as_str() {
            "" | "n" | "2" => false,
            "y" | "1" => true,
            other => return Err(format!("oedema `{other}` is not y or n")),
        };
        Ok(Observation {
            sex: Some(sex),
            age: self.age(row)?,
            weight_kg: number(row, "weight", self.weight)?,
            lenhei_cm: number(row, "lenhei", self.lenhei)?,
            position,
            head_cm: number(row, "headc", self.headc)?,
            arm_cm: number(row, "armc", self.armc)?,
            oedema,
        })
    }

    /// `age_days` when given, else the days from `dob` to `date`; empty means unknown.
    fn age(&self, row: &csv::StringRecord) -> Result<Option<Age>, String> {
        if let Some(days) = number(row, "age_days", self.age_days)? {
            return Age::from_days(days)
                .map(Some)
                .ok_or_else(|| format!("age_days `{days}` is negative"));
        }
        let Some((dob_at, date_at)) = self.dob_date else {
            return Ok(None);
        };
        let (dob, date) = (cell(row, Some(dob_at)), cell(row, Some(date_at)));
        if dob.is_empty() || date.is_empty() {
            return Ok(None);
        }
        let birth = parse_date(dob).ok_or_else(|| format!("dob `{dob}` is not a date"))?;
        let seen = parse_date(date).ok_or_else(|| format!("date `{date}` is not a date"))?;
        Age::between(birth, seen)
            .map(Some)
            .ok_or_else(|| format!("date {date} is before dob {dob}"))
    }
}

/// The trimmed text of a column, empty when the column or the cell is absent.
fn cell(row: &csv::StringRecord, at: Option<usize>) -> &str {
    at.and_then(|i| row.get(i)).map_or("", str::trim)
}

/// A number, or `None` for an empty cell.
fn number(row: &csv::StringRecord, name: &str, at: Option<usize>) -> Result<Option<f64>, String> {
    let text = cell(row, at);
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .map(Some)
        .ok_or_else(|| format!("{name} `{text}` is not a number"))
}

/// `YYYY-MM-DD` or `DD/MM/YYYY` (read by hand: chrono's strftime parser costs the
/// phone's download more than these lines).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    if let Ok(date) = text.parse::<NaiveDate>() {
        return Some(date);
    }
    let mut parts = text.split('/');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    let two_digits =
        |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !two_digits(day) || !two_digits(month) {
        return None;
    }
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

fn fixed2(value: Option<f64>) -> String {
    value.map(|v| format!("{v:.2}")).unwrap_or_default()
}

fn score_cells(score: Option<Score>) -> [String; 2] {
    match score {
        Some(s) => [format!("{:.2}", s.z), u8::from(s.flagged).to_string()],
        None => [String::new(), String::new()],
    }
}

fn output_cells(a: &Assessment) -> Vec<String> {
    let mut cells = vec![fixed2(a.clenhei), fixed2(a.cbmi)];
    for score in [
        a.length_for_age,
        a.weight_for_age,
        a.weight_for_length,
        a.bmi_for_age,
        a.head_for_age,
        a.arm_for_age,
    ] {
        cells.extend(score_cells(score));
    }
    cells
}

/// Scores every row of `input` into `output`; bad rows go to `on_row_error` and are left
/// out, the rest still come out.
pub fn run(
    input: impl Read,
    output: impl Write,
    mut on_row_error: impl FnMut(RowError),
) -> Result<Summary, BatchError> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let mut writer = csv::Writer::from_writer(output);
    let header = reader.headers()?.clone();
    let columns = Columns::from_header(&header)?;
    writer.write_record(header.iter().chain(OUTPUT_COLUMNS))?;
    let mut summary = Summary::default();
    for record in reader.records() {
        let row = record?;
        let line = row.position().map_or(0, |p| p.line());
        match columns.observation(&row) {
            Ok(obs) => {
                let cells = output_cells(&assess(&obs));
                writer.write_record(row.iter().chain(cells.iter().map(String::as_str)))?;
                summary.rows_written += 1;
            }
            Err(reason) => {
                summary.rows_failed += 1;
                on_row_error(RowError { line, reason });
            }
        }
    }
    writer.flush()?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_iso_or_as_day_month_year() {
        let nov5 = NaiveDate::from_ymd_opt(2026, 11, 5);
        assert_eq!(parse_date("2026-11-05"), nov5);
        assert_eq!(parse_date("05/11/2026"), nov5);
        assert_eq!(parse_date("5/11/2026"), nov5);
        for bad in [
            "31/02/2026",
            "05/11/26",
            "05/11/2026/1",
            "/11/2026",
            "5-11-2026",
            "x",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }
}
