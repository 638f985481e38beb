//! The embedded, compact WHO tables hold exactly the values of WHO's files in data/who.

#![allow(clippy::restriction)] // test code may unwrap, panic and index

use bakti::growth::tables::Table;
use bakti::growth::Sex;

#[test]
fn embedded_tables_equal_who_files() {
    let mut rows_checked = 0;
    for table in Table::ALL {
        let path = format!(
            "{}/data/who/{}.txt",
            env!("CARGO_MANIFEST_DIR"),
            table.file_stem()
        );
        let text = std::fs::read_to_string(&path).expect("WHO table file is in the repo");
        for line in text.lines().skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            let sex = Sex::parse_who(cols[0]).expect("sex column is 1 or 2");
            let key_value: f64 = cols[1].parse().expect("numeric key");
            let key = (key_value * table.keys_per_unit()).round() as i64;
            let lms = table
                .row(sex, key)
                .unwrap_or_else(|| panic!("{path}: no row {key}"));
            let want: Vec<f64> = cols[2..5]
                .iter()
                .map(|c| c.parse().expect("numeric LMS"))
                .collect();
            assert_eq!(
                [lms.l, lms.m, lms.s],
                [want[0], want[1], want[2]],
                "{path} {line}"
            );
            rows_checked += 1;
        }
    }
    // Every data line of the ten files (21 306 lines less ten headers).
    assert_eq!(rows_checked, 21_296);
}

#[test]
fn table_ranges_are_whos() {
    assert_eq!(Table::WeightForAge.key_range(Sex::Male), (0, 1826));
    assert_eq!(Table::ArmForAge.key_range(Sex::Female), (91, 1826));
    assert_eq!(Table::WeightForLength.key_range(Sex::Male), (450, 1100));
    assert_eq!(Table::WeightForHeight.key_range(Sex::Female), (650, 1200));
    assert_eq!(Table::HeightForAge2007.key_range(Sex::Male), (60, 229));
    assert_eq!(Table::WeightForAge2007.key_range(Sex::Female), (60, 121));
    assert!(Table::WeightForAge.row(Sex::Male, 1827).is_none());
    assert!(Table::WeightForAge.row(Sex::Male, -1).is_none());
}
