//! The text of a batch row, read and written without the general machinery where a
//! plain case allows it, giving the same bytes: the `zscore` command spends its time here.

use std::io::Write;

use chrono::NaiveDate;

/// `str::trim`, without its work for the usual cell: a visible ASCII character at
/// either end.
pub(super) fn trimmed(text: &str) -> &str {
    let visible = |byte: &u8| byte.is_ascii_graphic();
    match text.as_bytes() {
        [first, .., last] if visible(first) && visible(last) => text,
        [only] if visible(only) => text,
        _ => text.trim(),
    }
}

/// What `text.parse::<f64>()` gives. A plain decimal (a sign, at most 15 digits, one
/// point) is its digits as an integer over a power of ten: both exact in a double, and
/// one division rounds correctly, so the same double as `parse` at a fraction of the work.
pub(super) fn decimal(text: &str) -> Option<f64> {
    const POWERS: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    let (negative, rest) = match text.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        all => (false, all),
    };
    // At most 16 bytes: at most 15 digits beside a point (checked below).
    if rest.len() > 16 {
        return text.parse().ok();
    }
    let mut digits = 0u64;
    let mut point = None;
    for (i, byte) in rest.iter().enumerate() {
        let digit = byte.wrapping_sub(b'0');
        if digit < 10 {
            digits = digits * 10 + u64::from(digit);
        } else if *byte == b'.' && point.is_none() {
            point = Some(i);
        } else {
            return text.parse().ok();
        }
    }
    let count = rest.len() - usize::from(point.is_some());
    let decimals = point.map_or(0, |at| rest.len() - at - 1);
    let power = POWERS.get(decimals).filter(|_| (1..=15).contains(&count));
    let Some(power) = power else {
        return text.parse().ok();
    };
    let value = digits as f64 / power;
    Some(if negative { -value } else { value })
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
pub(super) fn fixed2(out: &mut Vec<u8>, value: Option<f64>) {
    let Some(v) = value else {
        return;
    };
    let scaled = (v * 100.0).abs();
    if scaled < 1e9 {
        // Truncated by conversion (exact below 2^53): `round` is a libm call on CPUs
        // without SSE4.1, and to i64 it is one instruction where u64 takes several.
        let whole = scaled as i64;
        let fraction = scaled - whole as f64;
        if (fraction - 0.5).abs() > 1e-6 {
            let cents = whole as u32 + u32::from(fraction > 0.5);
            push_cents(out, v.is_sign_negative(), cents);
            return;
        }
    }
    let _ = write!(out, "{v:.2}");
}

/// `cents` as `{:.2}` writes a number of hundredths (the sign as the value had it).
fn push_cents(out: &mut Vec<u8>, negative: bool, cents: u32) {
    if negative {
        out.push(b'-');
    }
    push_whole(out, cents / 100);
    out.push(b'.');
    out.extend_from_slice(two_digits(cents % 100));
}

/// A whole number in decimal, two digits at a time.
fn push_whole(out: &mut Vec<u8>, whole: u32) {
    if whole >= 100 {
        push_whole(out, whole / 100);
        out.extend_from_slice(two_digits(whole % 100));
    } else if whole >= 10 {
        out.extend_from_slice(two_digits(whole));
    } else {
        out.push(b'0' + whole as u8);
    }
}

/// The two digits of `n` below 100, from a table: "00" to "99".
fn two_digits(n: u32) -> &'static [u8] {
    const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
        2021222324252627282930313233343536373839\
        4041424344454647484950515253545556575859\
        6061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899";
    let at = n as usize * 2;
    PAIRS.get(at..at + 2).unwrap_or(b"00")
}

/// An input field as the csv crate writes it by default: in quotes (inner quotes
/// doubled) only when it holds a comma, a quote or a line break. Written by hand so a
/// row is one run of text: the csv writer's per-field state took a fifth of the run.
pub(super) fn push_field(out: &mut Vec<u8>, field: &str) {
    if field
        .bytes()
        .any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n'))
    {
        out.push(b'"');
        out.extend_from_slice(field.replace('"', "\"\"").as_bytes());
        out.push(b'"');
    } else {
        out.extend_from_slice(field.as_bytes());
    }
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
        let mut ours = Vec::new();
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                ours.push(b',');
            }
            push_field(&mut ours, field);
        }
        ours.push(b'\n');
        let mut theirs = csv::Writer::from_writer(Vec::new());
        theirs.write_record(fields).unwrap_or_default();
        assert_eq!(ours, theirs.into_inner().unwrap_or_default());
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
            let mut ours = Vec::new();
            fixed2(&mut ours, Some(v));
            assert_eq!(ours, format!("{v:.2}").as_bytes(), "{v:?}");
        }
    }

    #[test]
    fn decimals_read_as_parse_reads_them() {
        let mut texts: Vec<String> = [
            "0",
            "-0",
            "+0",
            "0.0",
            "-0.0",
            ".5",
            "-.5",
            "+.5",
            "5.",
            "-5.",
            ".",
            "-",
            "+",
            "",
            "1.2.3",
            "1e3",
            "1E-2",
            "inf",
            "-inf",
            "NaN",
            "0x10",
            "1 ",
            " 1",
            "1,5",
            "--1",
            "+-1",
            "٣",
            "007.50",
            "123456789012345",
            "1234567890123456",
            "0.000000000000001",
            "0.0000000000000001",
            "999999999999999.",
            "9007199254740993",
            "4.35",
            "0.1",
            "2.675",
            "1.005",
            "1_000",
        ]
        .iter()
        .map(|t| (*t).to_owned())
        .collect();
        for i in 0..20_000u32 {
            texts.push(format!("{}.{}", i / 7, i % 1000));
            texts.push(format!("-{}.{:03}", i, i % 997));
            texts.push(format!("{:.1}", f64::from(i) * 0.0137));
            texts.push(format!("{}", f64::from(i) / 3.0));
        }
        for text in texts {
            let ours = decimal(&text).map(f64::to_bits);
            let theirs = text.parse::<f64>().ok().map(f64::to_bits);
            assert_eq!(ours, theirs, "{text:?}");
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
