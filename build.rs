//! Encodes WHO's LMS tables (`data/who/*.txt`, exactly as WHO ships them) into a
//! compact binary that `src/growth/tables.rs` embeds with `include_bytes!`.
//!
//! Format, per table and per sex (1 then 2): varint row count, zigzag varint first key,
//! then the L, M and S columns, each as zigzag varint deltas of fixed-point integers
//! (L and M × 10^4, S × 10^6: the most decimals WHO uses). Keys step by one (a day, a
//! month, or 0.1 cm), which the encoder checks, so they need not be stored.

// A build script stops the build on bad data, which is what a panic does here.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::{env, fs, path::Path};

/// (file stem, key scale): ages are whole days or months, lengths have one decimal.
const TABLES: [(&str, f64); 10] = [
    ("weianthro", 1.0),
    ("lenanthro", 1.0),
    ("wflanthro", 10.0),
    ("wfhanthro", 10.0),
    ("bmianthro", 1.0),
    ("hcanthro", 1.0),
    ("acanthro", 1.0),
    ("hfawho2007", 1.0),
    ("wfawho2007", 1.0),
    ("bfawho2007", 1.0),
];
const SCALES: [f64; 3] = [1e4, 1e4, 1e6];

fn main() {
    println!("cargo:rerun-if-changed=data/who");
    let mut out = Vec::new();
    for (stem, key_scale) in TABLES {
        let path = format!("data/who/{stem}.txt");
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for sex in ["1", "2"] {
            encode_sex(&mut out, &path, &text, sex, key_scale);
        }
    }
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("who_lms.bin");
    fs::write(dest, out).expect("write who_lms.bin");
}

fn encode_sex(out: &mut Vec<u8>, path: &str, text: &str, sex: &str, key_scale: f64) {
    let rows: Vec<[i64; 4]> = text
        .lines()
        .skip(1)
        .map(|line| line.split('\t').collect::<Vec<_>>())
        .filter(|cols| cols[0] == sex)
        .map(|cols| {
            let fixed = |i: usize, scale: f64| {
                let v: f64 = cols[i].parse().unwrap_or_else(|e| panic!("{path}: {e}"));
                (v * scale).round() as i64
            };
            [
                fixed(1, key_scale),
                fixed(2, SCALES[0]),
                fixed(3, SCALES[1]),
                fixed(4, SCALES[2]),
            ]
        })
        .collect();
    assert!(!rows.is_empty(), "{path}: no rows for sex {sex}");
    for pair in rows.windows(2) {
        assert_eq!(
            pair[1][0],
            pair[0][0] + 1,
            "{path}: keys must be consecutive"
        );
    }
    put_varint(out, rows.len() as u64);
    put_varint(out, zigzag(rows[0][0]));
    for col in 1..4 {
        let mut prev = 0;
        for row in &rows {
            put_varint(out, zigzag(row[col] - prev));
            prev = row[col];
        }
    }
}

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}
