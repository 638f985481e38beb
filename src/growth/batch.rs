//! Batch z-scores over CSV, with WHO anthro's column names: the logic behind the
//! `zscore` command, kept here so it is tested like the rest of the engine.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::sync::{mpsc, Mutex};

use thiserror::Error;

use super::{assess, Age, Assessment, Observation, Position, Sex};
use pieces::Pieces;
use records::{newlines, plain_lines, plain_rows, LineCounter};
use text::{decimal, fixed2, push_field, trimmed};

mod pieces;
mod records;
mod text;

pub use text::parse_date;

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
    #[error("line {line} is not UTF-8 text")]
    NotUtf8 { line: u64 },
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

    fn observation(&self, row: &[&str]) -> Result<Observation, String> {
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
    fn age(&self, row: &[&str]) -> Result<Option<Age>, String> {
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
fn cell<'a>(row: &[&'a str], at: Option<usize>) -> &'a str {
    at.and_then(|i| row.get(i)).map_or("", |text| trimmed(text))
}

/// A number, or `None` for an empty cell.
fn number(row: &[&str], name: &str, at: Option<usize>) -> Result<Option<f64>, String> {
    let text = cell(row, at);
    if text.is_empty() {
        return Ok(None);
    }
    decimal(text)
        .filter(|v| v.is_finite())
        .map(Some)
        .ok_or_else(|| format!("{name} `{text}` is not a number"))
}

/// The 14 appended cells of one row, each after a comma (numbers: never quoted).
fn push_cells(out: &mut Vec<u8>, a: &Assessment) {
    out.push(b',');
    fixed2(out, a.clenhei);
    out.push(b',');
    fixed2(out, a.cbmi);
    for score in [
        a.length_for_age,
        a.weight_for_age,
        a.weight_for_length,
        a.bmi_for_age,
        a.head_for_age,
        a.arm_for_age,
    ] {
        out.push(b',');
        if let Some(s) = score {
            fixed2(out, Some(s.z));
            out.extend_from_slice(if s.flagged { b",1" } else { b",0" });
        } else {
            out.push(b',');
        }
    }
}

/// One piece's rows as CSV text, the rows that could not be scored (their lines counted
/// from the piece's start: the pieces before it add theirs when it is written) and its
/// line breaks.
struct Scored {
    text: Vec<u8>,
    written: u64,
    failed: Vec<RowError>,
    lines: u64,
}

impl Scored {
    /// Scores one row: its fields as they are written out, then the 14 cells.
    fn add(
        &mut self,
        columns: &Columns,
        fields: &[&str],
        line: u64,
        write_fields: impl FnOnce(&mut Vec<u8>),
    ) {
        match columns.observation(fields) {
            Ok(obs) => {
                write_fields(&mut self.text);
                push_cells(&mut self.text, &assess(&obs));
                self.text.push(b'\n');
                self.written += 1;
            }
            Err(reason) => self.failed.push(RowError { line, reason }),
        }
    }
}

/// Scores one piece; lines are numbered from 1 at its start (the reader counts lines
/// as line breaks).
fn score_piece(columns: &Columns, rows: &[u8]) -> Result<Scored, BatchError> {
    let mut scored = Scored {
        text: Vec::with_capacity(rows.len() * 3),
        written: 0,
        failed: Vec::new(),
        lines: 0,
    };
    if plain_lines(rows) {
        let text = std::str::from_utf8(rows).map_err(|e| BatchError::NotUtf8 {
            line: 1 + newlines(rows.get(..e.valid_up_to()).unwrap_or(rows)),
        })?;
        scored.lines = plain_rows(text, |line, fields, number| {
            // No field can hold a comma, quote or line break: the line is its own CSV.
            scored.add(columns, fields, number, |out| {
                out.extend_from_slice(line.as_bytes());
            });
        });
        return Ok(scored);
    }
    scored.lines = newlines(rows);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .from_reader(rows);
    let mut row = csv::StringRecord::new();
    let mut lines = LineCounter::default();
    loop {
        match reader.read_record(&mut row) {
            Ok(true) => {}
            Ok(false) => return Ok(scored),
            Err(e) => {
                let line = lines.of_record(rows, e.position());
                return Err(match e.kind() {
                    csv::ErrorKind::Utf8 { .. } => BatchError::NotUtf8 { line },
                    _ => BatchError::Csv(e),
                });
            }
        }
        let fields: Vec<&str> = row.iter().collect();
        let line = lines.of_record(rows, row.position());
        scored.add(columns, &fields, line, |out| {
            for (i, field) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                push_field(out, field);
            }
        });
    }
}

/// Scores every row of `input` into `output`; bad rows go to `on_row_error` and are left
/// out, the rest still come out. The input is cut into pieces of whole records as it is
/// read; every core takes pieces and scores them; they are written in their order.
pub fn run(
    input: impl Read,
    mut output: impl Write,
    mut on_row_error: impl FnMut(RowError),
) -> Result<Summary, BatchError> {
    let (header, header_lines, mut pieces) = Pieces::after_header(input)?;
    let columns = Columns::from_header(&header)?;
    let mut head = csv::Writer::from_writer(Vec::new());
    head.write_record(header.iter().chain(OUTPUT_COLUMNS))?;
    output.write_all(
        &head
            .into_inner()
            .map_err(|e| BatchError::Io(e.into_error()))?,
    )?;
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let mut in_order = InOrder {
        output: &mut output,
        on_row_error: &mut on_row_error,
        waiting: BTreeMap::new(),
        next: 0,
        lines_before: header_lines,
        summary: Summary::default(),
    };
    let (give, to_score) = mpsc::sync_channel::<(usize, Vec<u8>)>(cores);
    let to_score = Mutex::new(to_score);
    std::thread::scope(|scope| {
        let (send_scored, scored) = mpsc::channel();
        let workers: Vec<_> = (0..cores)
            .map(|_| {
                let (to_score, columns, send_scored) = (&to_score, &columns, send_scored.clone());
                scope.spawn(move || {
                    // The lock is held while waiting: one worker at a time takes a piece.
                    while let Some((index, rows)) =
                        to_score.lock().ok().and_then(|pieces| pieces.recv().ok())
                    {
                        if send_scored
                            .send((index, score_piece(columns, &rows)))
                            .is_err()
                        {
                            break;
                        }
                    }
                })
            })
            .collect();
        drop(send_scored);
        let mut count = 0;
        while let Some(piece) = pieces.next_piece()? {
            if give.send((count, piece)).is_err() {
                break;
            }
            count += 1;
            while let Ok((index, result)) = scored.try_recv() {
                in_order.put(index, result)?;
            }
        }
        drop(give);
        for (index, result) in scored {
            in_order.put(index, result)?;
        }
        let joined = workers.into_iter().all(|worker| worker.join().is_ok());
        if joined && in_order.next == count {
            Ok(())
        } else {
            Err(BatchError::Worker)
        }
    })?;
    in_order.output.flush()?;
    Ok(in_order.summary)
}

/// Writes scored pieces in their order, whichever core finishes first.
struct InOrder<'a, W, F> {
    output: &'a mut W,
    on_row_error: &'a mut F,
    waiting: BTreeMap<usize, Result<Scored, BatchError>>,
    next: usize,
    /// Line breaks in the pieces written so far: their lines count from each piece's start.
    lines_before: u64,
    summary: Summary,
}

impl<W: Write, F: FnMut(RowError)> InOrder<'_, W, F> {
    fn put(&mut self, index: usize, result: Result<Scored, BatchError>) -> Result<(), BatchError> {
        self.waiting.insert(index, result);
        while let Some(result) = self.waiting.remove(&self.next) {
            let done = result.map_err(|e| match e {
                BatchError::NotUtf8 { line } => BatchError::NotUtf8 {
                    line: line + self.lines_before,
                },
                other => other,
            })?;
            self.output.write_all(&done.text)?;
            self.summary.rows_written += done.written;
            self.summary.rows_failed += done.failed.len() as u64;
            for mut failed in done.failed {
                failed.line += self.lines_before;
                (self.on_row_error)(failed);
            }
            self.lines_before += done.lines;
            self.next += 1;
        }
        Ok(())
    }
}
