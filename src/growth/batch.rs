//! Batch z-scores over CSV, with WHO anthro's column names: the logic behind the
//! `zscore` command, kept here so it is tested like the rest of the engine.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use thiserror::Error;

use super::{assess, Age, Assessment, Observation, Position, Sex};
use text::{decimal, fixed2, push_field, trimmed};

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

/// Input bytes per piece of work: enough rows to be worth a hand-over, small enough
/// that every core has pieces to take and the output comes out while the rest is scored.
const PIECE_BYTES: usize = 1 << 18;

/// One piece's rows as CSV text, the rows that could not be scored (their lines counted
/// from the piece's start: the pieces before it add theirs when it is written) and its
/// line breaks.
struct Scored {
    text: Vec<u8>,
    written: u64,
    failed: Vec<RowError>,
    lines: u64,
}

/// True when every line break ends a record: no quotes, and a carriage return only
/// before a line feed. The reader's rules then come down to splitting lines at commas.
fn plain_lines(body: &[u8]) -> bool {
    memchr::memchr(b'"', body).is_none()
        && memchr::memchr_iter(b'\r', body).all(|at| body.get(at + 1) == Some(&b'\n'))
}

/// Cuts the records after the header (`body` bytes in) into pieces of about
/// `PIECE_BYTES`, each starting where a record starts.
fn pieces(
    data: &[u8],
    body: usize,
    plain: bool,
    reader: &mut csv::Reader<&[u8]>,
) -> Vec<Range<usize>> {
    let mut cuts = vec![body];
    if plain {
        let mut from = body + PIECE_BYTES;
        while let Some(newline) = data
            .get(from..)
            .and_then(|rest| memchr::memchr(b'\n', rest))
        {
            cuts.push(from + newline + 1);
            from += newline + 1 + PIECE_BYTES;
        }
    } else {
        // A quoted field may hold a line break: the reader finds where records end.
        let mut record = csv::ByteRecord::new();
        let mut last = body;
        while let Ok(true) = reader.read_byte_record(&mut record) {
            let end = usize::try_from(reader.position().byte()).unwrap_or(data.len());
            if end - last >= PIECE_BYTES {
                cuts.push(end);
                last = end;
            }
        }
    }
    cuts.push(data.len());
    cuts.windows(2)
        .filter_map(|cut| Some(*cut.first()?..*cut.get(1)?))
        .filter(|piece| !piece.is_empty())
        .collect()
}

/// Calls `each` with every record of plain text (see `plain_lines`): the line without its
/// line break, its fields and its number from 1, as the csv reader would give them (it
/// skips empty lines). One pass over the bytes for lines and fields alike. Returns the
/// count of line breaks.
fn plain_rows<'a>(text: &'a str, mut each: impl FnMut(&'a str, &[&'a str], u64)) -> u64 {
    let mut fields = Vec::new();
    let (mut line_start, mut field_start, mut number) = (0, 0, 1);
    for (at, byte) in text.bytes().enumerate() {
        if byte == b',' {
            // Beside an ASCII byte: a char boundary, `get` never misses.
            fields.push(text.get(field_start..at).unwrap_or_default());
            field_start = at + 1;
        } else if byte == b'\n' {
            let line = line_of(text, line_start..at);
            let last = text.get(field_start..line_start + line.len());
            end_line(line, &mut fields, last, number, &mut each);
            number += 1;
            line_start = at + 1;
            field_start = at + 1;
        }
    }
    let line = line_of(text, line_start..text.len());
    let last = text.get(field_start..line_start + line.len());
    end_line(line, &mut fields, last, number, &mut each);
    number - 1
}

/// A line without its carriage return (here one can only come before a line feed).
fn line_of(text: &str, range: Range<usize>) -> &str {
    let line = text.get(range).unwrap_or_default();
    line.strip_suffix('\r').unwrap_or(line)
}

/// Hands on a line that is not empty, with its last field; clears the fields.
fn end_line<'a>(
    line: &'a str,
    fields: &mut Vec<&'a str>,
    last: Option<&'a str>,
    number: u64,
    each: &mut impl FnMut(&'a str, &[&'a str], u64),
) {
    if !line.is_empty() {
        fields.push(last.unwrap_or_default());
        each(line, fields, number);
    }
    fields.clear();
}

fn newlines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|b| **b == b'\n').count() as u64
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
fn score_piece(columns: &Columns, rows: &[u8], plain: bool) -> Result<Scored, BatchError> {
    let mut scored = Scored {
        text: Vec::with_capacity(rows.len() * 3),
        written: 0,
        failed: Vec::new(),
        lines: 0,
    };
    if plain {
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

/// The line a record starts on, for records met in order. The reader's own line is
/// where its read began, before the empty lines it skipped (and before the line feed of
/// a CRLF): the record starts after those.
#[derive(Default)]
struct LineCounter {
    counted_to: usize,
    line_breaks: u64,
}

impl LineCounter {
    fn of_record(&mut self, rows: &[u8], read_from: Option<&csv::Position>) -> u64 {
        let from = read_from.map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
        let skipped = rows
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count();
        let start = (from + skipped).clamp(self.counted_to, rows.len());
        self.line_breaks += newlines(rows.get(self.counted_to..start).unwrap_or_default());
        self.counted_to = start;
        1 + self.line_breaks
    }
}

/// Scores every row of `input` into `output`; bad rows go to `on_row_error` and are left
/// out, the rest still come out. The input is read whole and cut into pieces of whole
/// records, which every core reads and scores; they are written in their order.
pub fn run(
    mut input: impl Read,
    mut output: impl Write,
    mut on_row_error: impl FnMut(RowError),
) -> Result<Summary, BatchError> {
    let mut data = Vec::new();
    input.read_to_end(&mut data)?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(data.as_slice());
    let header = reader.headers()?.clone();
    let columns = Columns::from_header(&header)?;
    let mut head = csv::Writer::from_writer(Vec::new());
    head.write_record(header.iter().chain(OUTPUT_COLUMNS))?;
    output.write_all(
        &head
            .into_inner()
            .map_err(|e| BatchError::Io(e.into_error()))?,
    )?;
    let body = usize::try_from(reader.position().byte()).unwrap_or(data.len());
    let plain = plain_lines(data.get(body..).unwrap_or_default());
    let pieces = pieces(&data, body, plain, &mut reader);
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let next = AtomicUsize::new(0);
    let mut summary = Summary::default();
    std::thread::scope(|scope| {
        let (send, scored) = mpsc::sync_channel(cores * 2);
        let (pieces, columns, data, next) = (&pieces, &columns, &data, &next);
        let workers: Vec<_> = (0..cores.min(pieces.len()))
            .map(|_| {
                let send = send.clone();
                scope.spawn(move || {
                    while let Some(piece) = pieces.get(next.fetch_add(1, Ordering::Relaxed)) {
                        let rows = data.get(piece.clone()).unwrap_or_default();
                        let result = score_piece(columns, rows, plain);
                        if send.send((piece.start, result)).is_err() {
                            break;
                        }
                    }
                })
            })
            .collect();
        drop(send);
        // Pieces arrive as they are done; each waits here until those before it are out.
        let mut waiting = BTreeMap::new();
        let mut due = pieces.iter().map(|piece| piece.start);
        let mut next_due = due.next();
        let mut lines_before = newlines(data.get(..body).unwrap_or_default());
        for (start, result) in scored {
            waiting.insert(start, result);
            while let Some(result) = next_due.and_then(|start| waiting.remove(&start)) {
                let done = result.map_err(|e| match e {
                    BatchError::NotUtf8 { line } => BatchError::NotUtf8 {
                        line: line + lines_before,
                    },
                    other => other,
                })?;
                output.write_all(&done.text)?;
                summary.rows_written += done.written;
                summary.rows_failed += done.failed.len() as u64;
                for mut failed in done.failed {
                    failed.line += lines_before;
                    on_row_error(failed);
                }
                lines_before += done.lines;
                next_due = due.next();
            }
        }
        let joined = workers.into_iter().all(|worker| worker.join().is_ok());
        if joined && next_due.is_none() {
            Ok(())
        } else {
            Err(BatchError::Worker)
        }
    })?;
    output.flush()?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Records as the csv crate reads them.
    fn by_csv(text: &str) -> Vec<Vec<String>> {
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(false)
            .from_reader(text.as_bytes());
        let records = reader.records().flatten();
        records
            .map(|r| r.iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn plain_rows_are_the_csv_readers_records_on_the_lines_they_start() {
        let texts = [
            "",
            "\n",
            "a",
            "a,b\n",
            "a,b\nc",
            "a,,b,\n\n\n,c\n",
            "1,2\r\n3,4\r\n\r\n5,6",
            "é,ü\r\n ,\t,\n",
            "x,\r\n,\r\n",
            "\n\na,b\n\n",
        ];
        for text in texts {
            assert!(plain_lines(text.as_bytes()), "{text:?}");
            let mut fields_read: Vec<Vec<String>> = Vec::new();
            let lines = plain_rows(text, |line, fields, number| {
                assert_eq!(line, fields.join(","));
                let start = line.as_ptr() as usize - text.as_ptr() as usize;
                let before = text.get(..start).unwrap_or_default();
                assert_eq!(number, 1 + newlines(before.as_bytes()), "{text:?}");
                fields_read.push(fields.iter().map(|f| (*f).to_owned()).collect());
            });
            assert_eq!(fields_read, by_csv(text), "{text:?}");
            assert_eq!(lines, newlines(text.as_bytes()), "{text:?}");
        }
        assert!(!plain_lines(b"a\rb"));
        assert!(!plain_lines(b"a,\"b\"\n"));
    }
}
