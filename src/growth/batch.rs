//! Batch z-scores over CSV, with WHO anthro's column names: the logic behind the
//! `zscore` command, kept here so it is tested like the rest of the engine.

use std::fmt::Write as _;
use std::io::{Read, Write};

use chrono::NaiveDate;
use thiserror::Error;

use super::{assess, Age, Assessment, Observation, Position, Sex};

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
    #[error("a worker thread stopped")]
    Worker,
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
        let position = match cell(row, self.measure).as_bytes() {
            [] => None,
            [b'l' | b'L'] => Some(Position::Lying),
            [b'h' | b'H'] => Some(Position::Standing),
            _ => {
                let other = cell(row, self.measure).to_ascii_lowercase();
                return Err(format!("measure `{other}` is not l or h"));
            }
        };
        let oedema = match cell(row, self.oedema).as_bytes() {
            [] | [b'n' | b'N' | b'2'] => false,
            [b'y' | b'Y' | b'1'] => true,
            _ => {
                let other = cell(row, self.oedema).to_ascii_lowercase();
                return Err(format!("oedema `{other}` is not y or n"));
            }
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

/// A value written as `{:.2}` writes it, nothing when there is none. By integer
/// arithmetic when `v·100` lies far enough from a half that rounding the float product
/// rounds the exact value the same way (below 1e9 the product is off by less than
/// 1e-7); the formatter otherwise. Float formatting took a fifth of the run.
fn fixed2(out: &mut String, value: Option<f64>) {
    let Some(v) = value else {
        return;
    };
    let scaled = (v * 100.0).abs();
    if scaled < 1e9 && (scaled.fract() - 0.5).abs() > 1e-6 {
        push_cents(out, v.is_sign_negative(), scaled.round() as u64);
    } else {
        let _ = write!(out, "{v:.2}");
    }
}

/// `cents` as `{:.2}` writes a number of hundredths (the sign as the value had it).
fn push_cents(out: &mut String, negative: bool, cents: u64) {
    if negative {
        out.push('-');
    }
    let whole = cents / 100;
    let mut place = 1;
    while place <= whole / 10 {
        place *= 10;
    }
    while place > 0 {
        out.push(char::from(b'0' + (whole / place % 10) as u8));
        place /= 10;
    }
    out.push('.');
    for digit in [cents % 100 / 10, cents % 10] {
        out.push(char::from(b'0' + digit as u8));
    }
}

/// The 14 appended cells of one row, each after a comma (numbers: never quoted).
fn push_cells(out: &mut String, a: &Assessment) {
    out.push(',');
    fixed2(out, a.clenhei);
    out.push(',');
    fixed2(out, a.cbmi);
    for score in [
        a.length_for_age,
        a.weight_for_age,
        a.weight_for_length,
        a.bmi_for_age,
        a.head_for_age,
        a.arm_for_age,
    ] {
        out.push(',');
        if let Some(s) = score {
            fixed2(out, Some(s.z));
            out.push_str(if s.flagged { ",1" } else { ",0" });
        } else {
            out.push(',');
        }
    }
}

/// An input field as the csv crate writes it by default: in quotes (inner quotes
/// doubled) only when it holds a comma, a quote or a line break. Written by hand so a
/// row is one run of text: the csv writer's per-field state took a fifth of the run.
fn push_field(out: &mut String, field: &str) {
    if field
        .bytes()
        .any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n'))
    {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// Rows scored per piece of work: large enough to keep every core busy, small enough
/// that the output comes out while the rest is scored.
const CHUNK: usize = 8_192;

/// One chunk's rows as CSV text, and the rows that could not be scored.
#[derive(Default)]
struct Scored {
    text: String,
    written: u64,
    failed: Vec<RowError>,
}

fn score_chunk(columns: &Columns, rows: &[csv::StringRecord]) -> Scored {
    let mut scored = Scored {
        text: String::with_capacity(rows.len() * 160),
        ..Scored::default()
    };
    for row in rows {
        match columns.observation(row) {
            Ok(obs) => {
                let assessment = assess(&obs);
                for (i, field) in row.iter().enumerate() {
                    if i > 0 {
                        scored.text.push(',');
                    }
                    push_field(&mut scored.text, field);
                }
                push_cells(&mut scored.text, &assessment);
                scored.text.push('\n');
                scored.written += 1;
            }
            Err(reason) => scored.failed.push(RowError {
                line: row.position().map_or(0, |p| p.line()),
                reason,
            }),
        }
    }
    scored
}

/// Scores every row of `input` into `output`; bad rows go to `on_row_error` and are left
/// out, the rest still come out. Chunks of rows are scored on every core the machine
/// has and written in their order.
pub fn run(
    input: impl Read,
    mut output: impl Write,
    mut on_row_error: impl FnMut(RowError),
) -> Result<Summary, BatchError> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let header = reader.headers()?.clone();
    let columns = Columns::from_header(&header)?;
    let mut head = csv::Writer::from_writer(Vec::new());
    head.write_record(header.iter().chain(OUTPUT_COLUMNS))?;
    output.write_all(
        &head
            .into_inner()
            .map_err(|e| BatchError::Io(e.into_error()))?,
    )?;
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    // One chunk of records per core, read into again and again (no record per row).
    let mut chunks: Vec<Vec<csv::StringRecord>> =
        vec![vec![csv::StringRecord::new(); CHUNK]; threads];
    let mut summary = Summary::default();
    loop {
        let mut filled: Vec<&[csv::StringRecord]> = Vec::with_capacity(threads);
        for chunk in &mut chunks {
            let mut count = 0;
            for row in chunk.iter_mut() {
                if !reader.read_record(row)? {
                    break;
                }
                count += 1;
            }
            if count == 0 {
                break;
            }
            filled.push(chunk.get(..count).unwrap_or_default());
        }
        if filled.is_empty() {
            break;
        }
        let results: Vec<Option<Scored>> = if filled.len() == 1 {
            filled
                .iter()
                .map(|rows| Some(score_chunk(&columns, rows)))
                .collect()
        } else {
            std::thread::scope(|scope| {
                let handles: Vec<_> = filled
                    .iter()
                    .map(|rows| scope.spawn(|| score_chunk(&columns, rows)))
                    .collect();
                handles.into_iter().map(|h| h.join().ok()).collect()
            })
        };
        for scored in results {
            let scored = scored.ok_or(BatchError::Worker)?;
            output.write_all(scored.text.as_bytes())?;
            summary.rows_written += scored.written;
            summary.rows_failed += scored.failed.len() as u64;
            scored.failed.into_iter().for_each(&mut on_row_error);
        }
    }
    output.flush()?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::growth::lms::round2;

    #[test]
    fn fields_are_quoted_as_the_csv_crate_quotes_them() {
        let fields = [
            "",
            "a b",
            "Siti, Ani",
            "kata \"ibu\"",
            "dua\nbaris",
            "cr\r",
            " spasi ",
            "#1",
            "'=1+1",
        ];
        let mut ours = String::new();
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                ours.push(',');
            }
            push_field(&mut ours, field);
        }
        ours.push('\n');
        let mut theirs = csv::Writer::from_writer(Vec::new());
        theirs.write_record(fields).unwrap_or_default();
        assert_eq!(ours.as_bytes(), theirs.into_inner().unwrap_or_default());
    }

    #[test]
    fn numbers_are_written_as_the_formatter_writes_them() {
        let mut values: Vec<f64> = (-100_000..=100_000)
            .map(|i| round2(f64::from(i) * 0.000_37))
            .collect();
        // Measurements as read (one decimal), converted (± 0.7 cm) and divided (BMI).
        values.extend((0..200_000).map(|i| f64::from(i) * 0.1));
        values.extend((0..200_000).map(|i| f64::from(i) * 0.1 + 0.7));
        values.extend(
            (1..20_000).map(|i| f64::from(i) * 0.37 / (f64::from(i % 97 + 45) / 100.0).powi(2)),
        );
        values.extend([
            0.0,
            -0.0,
            -0.001,
            0.005,
            0.015,
            0.125,
            2.675,
            1.005,
            -7.125,
            12.345,
            9_999_999.995,
            1e7,
            1e13,
            f64::MAX,
            f64::MIN_POSITIVE,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ]);
        for v in values {
            let mut ours = String::new();
            fixed2(&mut ours, Some(v));
            assert_eq!(ours, format!("{v:.2}"), "{v:?}");
        }
    }

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
