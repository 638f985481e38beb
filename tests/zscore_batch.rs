//! The `zscore` command: CSV in, WHO anthro's columns out, bad rows on stderr.

#![allow(clippy::restriction)] // test code may unwrap, panic and index

use std::io::Write;
use std::process::{Command, Stdio};

use bakti::growth::batch;

fn run(input: &str) -> (String, Vec<batch::RowError>, batch::Summary) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let summary = batch::run(input.as_bytes(), &mut out, |e| errors.push(e)).expect("batch runs");
    (
        String::from_utf8(out).expect("utf-8 output"),
        errors,
        summary,
    )
}

#[test]
fn who_examples_through_csv_with_extra_columns_kept() {
    let input = "id,sex,age_days,weight,lenhei,measure,headc,armc,oedema\n\
                 a,1,1001,18,120,,,,\n\
                 b,f,1000,15,80,,,,n\n";
    let (out, errors, summary) = run(input);
    assert!(errors.is_empty());
    assert_eq!(summary.rows_written, 2);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "id,sex,age_days,weight,lenhei,measure,headc,armc,oedema,\
         clenhei,cbmi,zlen,flen,zwei,fwei,zwfl,fwfl,zbmi,fbmi,zhc,fhc,zac,fac"
    );
    assert_eq!(
        lines[1],
        "a,1,1001,18,120,,,,,120.00,12.50,7.31,1,2.20,0,-2.39,0,-3.01,0,,,,"
    );
    assert_eq!(
        lines[2],
        "b,f,1000,15,80,,,,n,80.00,23.44,-3.50,0,0.95,0,4.13,0,4.66,0,,,,"
    );
}

#[test]
fn dates_replace_age_and_both_formats_work() {
    let input = "sex,dob,date,weight\n2,2022-01-01,2026-03-01,17\n2,01/01/2022,01/03/2026,17\n";
    let (out, errors, _) = run(input);
    assert!(errors.is_empty(), "{errors:?}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[1].split(',').nth(8), lines[2].split(',').nth(8));
    assert!(lines[1].split(',').nth(8).is_some_and(|z| !z.is_empty()));
}

#[test]
fn bad_rows_are_reported_with_line_and_left_out() {
    let input = "sex,age_days,weight,measure,oedema\n\
                 1,365,7,,\n\
                 3,365,7,,\n\
                 1,-4,7,,\n\
                 1,365,7,x,\n\
                 1,365,7,,maybe\n\
                 2,400,abc,,\n\
                 1,365,6,,\n";
    let (out, errors, summary) = run(input);
    assert_eq!(
        summary,
        batch::Summary {
            rows_written: 2,
            rows_failed: 5
        }
    );
    let lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [3, 4, 5, 6, 7]);
    assert!(errors[0].reason.contains("sex"));
    assert!(errors[4].reason.contains("weight"));
    assert_eq!(out.lines().count(), 3);
}

#[test]
fn header_without_sex_or_age_stops_the_batch() {
    let mut sink = Vec::new();
    let missing_sex = batch::run("age_days,weight\n1,2\n".as_bytes(), &mut sink, |_| {});
    assert!(matches!(
        missing_sex,
        Err(batch::BatchError::MissingColumn("sex"))
    ));
    let missing_age = batch::run("sex,weight\n1,2\n".as_bytes(), &mut sink, |_| {});
    assert!(matches!(missing_age, Err(batch::BatchError::NoAge)));
}

#[test]
fn command_reads_stdin_and_exits_nonzero_on_bad_rows() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_zscore"))
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("zscore starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(b"sex,age_days,weight\n2,1522,17\nq,1,1\n")
        .expect("write input");
    let output = child.wait_with_output().expect("zscore ends");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout.contains("2,1522,17,,,,,0.24,0"), "{stdout}");
    assert!(stderr.contains("line 3"), "{stderr}");
}

#[test]
fn a_long_file_scored_in_chunks_keeps_its_order_and_the_lines_of_bad_rows() {
    let mut input = String::from("id,sex,age_days,weight,lenhei\n");
    for i in 0..40_000 {
        let sex = if i == 25_000 { "x" } else { "2" };
        input.push_str(&format!(
            "{i},{sex},{},{:.1},80\n",
            i % 1800,
            8.0 + (i % 50) as f64 / 10.0
        ));
    }
    let (out, errors, summary) = run(&input);
    assert_eq!(summary.rows_written, 39_999);
    assert_eq!(summary.rows_failed, 1);
    assert_eq!(errors[0].line, 25_002);
    let ids: Vec<u32> = out
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap().parse().unwrap())
        .collect();
    let expected: Vec<u32> = (0..40_000).filter(|i| *i != 25_000).collect();
    assert_eq!(ids, expected);
    // The same rows one by one give the same text.
    let line = out.lines().nth(30_000).unwrap();
    let alone = run(&format!(
        "id,sex,age_days,weight,lenhei\n{}\n",
        line.split(',').take(5).collect::<Vec<_>>().join(",")
    ));
    assert_eq!(alone.0.lines().nth(1).unwrap(), line);
}

/// 30 000 rows (over 1 MB: several pieces) with a bad row now and then.
fn long_input(line_break: &str, name: impl Fn(u32) -> String) -> String {
    let mut input = format!("id,nama,sex,age_days,weight,lenhei{line_break}");
    for i in 0..30_000u32 {
        let sex = if i % 4_999 == 7 { "x" } else { "1" };
        input.push_str(&format!(
            "{i},{},{sex},{},{:.1},{:.1}{line_break}",
            name(i),
            i % 1800,
            6.0 + f64::from(i % 70) / 10.0,
            60.0 + f64::from(i % 300) / 10.0
        ));
    }
    input
}

#[test]
fn crlf_lines_are_numbered_as_lf_lines_and_score_the_same() {
    let name = |i| format!("Anak {i}");
    let (lf_out, lf_errors, _) = run(&long_input("\n", name));
    let (crlf_out, crlf_errors, _) = run(&long_input("\r\n", name));
    assert_eq!(lf_out, crlf_out);
    assert_eq!(lf_errors, crlf_errors);
    let lines: Vec<u64> = lf_errors.iter().map(|e| e.line).collect();
    // Header on line 1, row i on line i + 2.
    assert_eq!(lines, [9, 5_008, 10_007, 15_006, 20_005, 25_004]);
}

#[test]
fn quoted_names_with_commas_and_line_breaks_keep_rows_and_lines() {
    let name = |i: u32| match i % 3 {
        0 => format!("\"Siti, {i}\""),
        1 => format!("\"Ani\n{i}\""),
        _ => format!("Budi {i}"),
    };
    let (out, errors, summary) = run(&long_input("\n", name));
    assert_eq!(summary.rows_written, 29_994);
    // Rows 1, 4, 7… hold a line break: row i starts on line 2 + i + ⌊(i + 1) / 3⌋.
    let lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
    let expected: Vec<u64> = [7u64, 5_006, 10_005, 15_004, 20_003, 25_002]
        .iter()
        .map(|i| 2 + i + (i + 1) / 3)
        .collect();
    assert_eq!(lines, expected);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let ids: Vec<u32> = reader
        .records()
        .map(|r| r.unwrap()[0].parse().unwrap())
        .collect();
    let kept: Vec<u32> = (0..30_000).filter(|i| i % 4_999 != 7).collect();
    assert_eq!(ids, kept);
    assert!(out.contains("\"Ani\n1\",1,1,6.1,60.1,"));
    assert!(out.contains("\"Siti, 3\",1,3,6.3,60.3,"));
}

#[test]
fn text_that_is_not_utf8_stops_the_batch_at_its_line() {
    let mut input = long_input("\n", |i| format!("Anak {i}")).into_bytes();
    let at = input.len() / 2;
    let line = 1 + input[..at].iter().filter(|b| **b == b'\n').count() as u64;
    input.insert(at, 0xff);
    let mut sink = Vec::new();
    let result = batch::run(input.as_slice(), &mut sink, |_| {});
    assert!(
        matches!(result, Err(batch::BatchError::NotUtf8 { line: l }) if l == line),
        "{result:?}"
    );
}

#[test]
fn bad_rows_are_numbered_by_the_line_they_start_on_after_empty_lines() {
    for quote in ["", "\""] {
        for line_break in ["\n", "\r\n"] {
            let input = format!(
                "id,sex,age_days,weight\n{quote}a{quote},1,100,5\n\n\n{quote}b{quote},x,100,5\n\
                 {quote}c{quote},1,100,5\n\n{quote}d{quote},q,1,1\n"
            )
            .replace('\n', line_break);
            let (_, errors, _) = run(&input);
            let lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
            assert_eq!(lines, [5, 8], "{input:?}");
        }
    }
}

/// Hands out at most 1 000 bytes per read, as a pipe may.
struct Trickle<'a>(&'a [u8]);

impl std::io::Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = buf.len().min(1_000).min(self.0.len());
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

#[test]
fn a_quote_met_after_many_plain_pieces_read_in_small_reads() {
    // Plain rows for the first megabyte or so, then long names in quotes with a line
    // break early in each: most line breaks there sit inside a field.
    let name = |i: u32| {
        if i >= 20_000 {
            format!("\"Ani\n{i} {}\"", "binti Ahmad ".repeat(8))
        } else {
            format!("Anak {i}")
        }
    };
    let input = long_input("\n", name);
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let summary =
        batch::run(Trickle(input.as_bytes()), &mut out, |e| errors.push(e)).expect("batch runs");
    assert_eq!(summary.rows_written, 29_994);
    // Row i starts on line 2 + i, plus one for each quoted row before it.
    let lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
    let expected: Vec<u64> = [7u64, 5_006, 10_005, 15_004, 20_003, 25_002]
        .iter()
        .map(|i| 2 + i + i.saturating_sub(20_000))
        .collect();
    assert_eq!(lines, expected);
    let out = String::from_utf8(out).unwrap();
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let names: Vec<String> = reader.records().map(|r| r.unwrap()[1].to_owned()).collect();
    let kept: Vec<String> = (0..30_000)
        .filter(|i| i % 4_999 != 7)
        .map(|i| name(i).trim_matches('"').to_owned())
        .collect();
    assert_eq!(names, kept);
}

#[test]
fn a_quoted_header_longer_than_a_piece_is_read_whole() {
    // A column name in quotes with a line break early in it and 300 KB of text after:
    // the header's first line break is inside the quotes, its end beyond one read.
    let long_name = format!("\"catatan\n{}\"", "x".repeat(300_000));
    let input = format!("id,{long_name},sex,age_days,weight\na,,1,365,7\nb,,x,365,7\n");
    let (out, errors, summary) = run(&input);
    assert_eq!(summary.rows_written, 1);
    let lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [4], "the header spans lines 1 and 2");
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(header.get(1).map(str::len), Some(8 + 300_000));
    assert_eq!(header.get(2), Some("sex"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][0], "a");
    assert_eq!(&rows[0][9], "-2.90", "zwei of a boy of 365 days and 7 kg");
}
