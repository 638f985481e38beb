//! The records of one piece of input, each with the line it starts on.

use std::ops::Range;

/// True when every line break ends a record: no quotes, and a carriage return only
/// before a line feed. The reader's rules then come down to splitting lines at commas.
pub(super) fn plain_lines(body: &[u8]) -> bool {
    memchr::memchr(b'"', body).is_none()
        && memchr::memchr_iter(b'\r', body).all(|at| body.get(at + 1) == Some(&b'\n'))
}

/// Calls `each` with every record of plain text (see `plain_lines`): the line without its
/// line break, its fields and its number from 1, as the csv reader would give them (it
/// skips empty lines). One pass over the bytes for lines and fields alike. Returns the
/// count of line breaks.
pub(super) fn plain_rows<'a>(text: &'a str, mut each: impl FnMut(&'a str, &[&'a str], u64)) -> u64 {
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

pub(super) fn newlines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|b| **b == b'\n').count() as u64
}

/// The line a record starts on, for records met in order. The reader's own line is
/// where its read began, before the empty lines it skipped (and before the line feed of
/// a CRLF): the record starts after those.
#[derive(Default)]
pub(super) struct LineCounter {
    counted_to: usize,
    line_breaks: u64,
}

impl LineCounter {
    pub(super) fn of_record(&mut self, rows: &[u8], read_from: Option<&csv::Position>) -> u64 {
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
