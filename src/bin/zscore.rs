//! `zscore FILE.csv` (or `-` for stdin): WHO z-scores for every row, CSV to stdout.
//! Bad rows are reported on stderr with their line and left out; exit code 1 then.

use std::io::{self, Read};
use std::process::ExitCode;

use bakti::growth::batch;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: zscore FILE.csv   (or - to read standard input)");
        return ExitCode::from(2);
    };
    let input: Box<dyn Read> = if path == "-" {
        Box::new(io::stdin().lock())
    } else {
        match std::fs::File::open(&path) {
            Ok(file) => Box::new(io::BufReader::new(file)),
            Err(e) => {
                eprintln!("zscore: cannot open {path}: {e}");
                return ExitCode::from(2);
            }
        }
    };
    let stdout = io::BufWriter::new(io::stdout().lock());
    let result = batch::run(input, stdout, |bad| {
        eprintln!("zscore: line {}: {}", bad.line, bad.reason);
    });
    match result {
        Ok(summary) if summary.rows_failed == 0 => ExitCode::SUCCESS,
        Ok(summary) => {
            eprintln!("zscore: {} rows failed", summary.rows_failed);
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("zscore: {e}");
            ExitCode::from(2)
        }
    }
}
