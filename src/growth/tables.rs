//! WHO LMS tables, embedded in the binary (see `build.rs` for the format) and decoded
//! once, on first use, so start-up pays nothing for them.

use std::sync::OnceLock;

use super::lms::Lms;
use super::Sex;

/// One WHO table: which file it came from and what its key counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Table {
    /// Weight-for-age, by day (WHO 2006).
    WeightForAge,
    /// Length/height-for-age, by day (WHO 2006).
    LengthForAge,
    /// Weight-for-length, by 0.1 cm, 45–110 cm (WHO 2006).
    WeightForLength,
    /// Weight-for-height, by 0.1 cm, 65–120 cm (WHO 2006).
    WeightForHeight,
    /// BMI-for-age, by day (WHO 2006).
    BmiForAge,
    /// Head circumference-for-age, by day (WHO 2006).
    HeadForAge,
    /// Arm circumference-for-age, by day from day 91 (WHO 2006).
    ArmForAge,
    /// Height-for-age, by month 60–229 (WHO 2007).
    HeightForAge2007,
    /// Weight-for-age, by month 60–121 (WHO 2007).
    WeightForAge2007,
    /// BMI-for-age, by month 60–229 (WHO 2007).
    BmiForAge2007,
}

impl Table {
    /// Same order as the variants and as `TABLES` in `build.rs`.
    pub const ALL: [Table; 10] = [
        Table::WeightForAge,
        Table::LengthForAge,
        Table::WeightForLength,
        Table::WeightForHeight,
        Table::BmiForAge,
        Table::HeadForAge,
        Table::ArmForAge,
        Table::HeightForAge2007,
        Table::WeightForAge2007,
        Table::BmiForAge2007,
    ];

    /// The WHO file the table was generated from (without `.txt`).
    pub fn file_stem(self) -> &'static str {
        match self {
            Table::WeightForAge => "weianthro",
            Table::LengthForAge => "lenanthro",
            Table::WeightForLength => "wflanthro",
            Table::WeightForHeight => "wfhanthro",
            Table::BmiForAge => "bmianthro",
            Table::HeadForAge => "hcanthro",
            Table::ArmForAge => "acanthro",
            Table::HeightForAge2007 => "hfawho2007",
            Table::WeightForAge2007 => "wfawho2007",
            Table::BmiForAge2007 => "bfawho2007",
        }
    }

    /// How many keys make one unit: lengths are keyed by tenths of a centimetre.
    pub fn keys_per_unit(self) -> f64 {
        match self {
            Table::WeightForLength | Table::WeightForHeight => 10.0,
            _ => 1.0,
        }
    }

    /// The LMS row at an integer key (day, month, or tenth of a cm), if the table has it.
    #[allow(
        clippy::indexing_slicing,
        reason = "indexed by enums the arrays are sized for"
    )]
    pub fn row(self, sex: Sex, key: i64) -> Option<Lms> {
        let part = &decoded()[self as usize][sex.index()];
        let offset = usize::try_from(key - part.first_key).ok()?;
        part.rows.get(offset).copied()
    }

    /// First and last key for a sex (the table's range).
    #[allow(
        clippy::indexing_slicing,
        reason = "indexed by enums the arrays are sized for"
    )]
    pub fn key_range(self, sex: Sex) -> (i64, i64) {
        let part = &decoded()[self as usize][sex.index()];
        (part.first_key, part.first_key + part.rows.len() as i64 - 1)
    }
}

struct Part {
    first_key: i64,
    rows: Vec<Lms>,
}

static ENCODED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/who_lms.bin"));
const SCALES: [f64; 3] = [1e4, 1e4, 1e6];

fn decoded() -> &'static Vec<[Part; 2]> {
    static TABLES: OnceLock<Vec<[Part; 2]>> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut reader = Reader {
            bytes: ENCODED,
            pos: 0,
        };
        Table::ALL
            .iter()
            .map(|_| [reader.part(), reader.part()])
            .collect()
    })
}

struct Reader {
    bytes: &'static [u8],
    pos: usize,
}

impl Reader {
    fn varint(&mut self) -> u64 {
        let mut value = 0u64;
        let mut shift = 0;
        // The bytes are produced by build.rs from the same source: a short read can only
        // mean a broken build, and then the tables simply come out empty.
        while let Some(&byte) = self.bytes.get(self.pos) {
            self.pos += 1;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                break;
            }
            shift += 7;
        }
        value
    }

    fn signed(&mut self) -> i64 {
        let v = self.varint();
        ((v >> 1) as i64) ^ -((v & 1) as i64)
    }

    fn part(&mut self) -> Part {
        let count = self.varint() as usize;
        let first_key = self.signed();
        let mut columns = [vec![0.0; count], vec![0.0; count], vec![0.0; count]];
        for (column, scale) in columns.iter_mut().zip(SCALES) {
            let mut fixed = 0i64;
            for cell in column.iter_mut() {
                fixed += self.signed();
                *cell = fixed as f64 / scale;
            }
        }
        let [l, m, s] = columns;
        let rows = l
            .into_iter()
            .zip(m)
            .zip(s)
            .map(|((l, m), s)| Lms { l, m, s })
            .collect();
        Part { first_key, rows }
    }
}
