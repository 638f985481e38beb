//! The kecamatan view: each desa's month as one column, read from that desa's register
//! by the same functions as its own reports.

#![cfg(not(target_arch = "wasm32"))] // the generated village is native only
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use bakti::domain::core::calendar::Month;
use bakti::domain::core::register::Register;
use bakti::domain::kb::status::FOUR_T;
use bakti::domain::tpk::stunting_risk::families_at_risk;
use bakti::indicators::kb::report::kb_report;
use bakti::indicators::kecamatan::desa_column;
use bakti::indicators::posyandu::prevalence::prevalence;
use bakti::indicators::posyandu::skdn::skdn;
use bakti::sample::village::{village, Size};
use chrono::{TimeZone, Utc};

#[test]
fn each_desa_column_matches_that_desa_reports() {
    let now = Utc
        .with_ymd_and_hms(2026, 11, 22, 8, 0, 0)
        .single()
        .unwrap();
    let month = Month {
        year: 2026,
        month: 11,
    };
    let size = Size {
        families: 120,
        rws: 2,
        rts_per_rw: 2,
        months: 12,
    };
    for seed in [1, 2] {
        let register = Register::from_records(&village(size, seed, now));
        let column = desa_column(&register, month, FOUR_T);
        let total = skdn(&register, None, month).total();
        assert_eq!(column.skdn, [total.s, total.k, total.d, total.n]);
        assert!(
            total.s > 0 && total.d > 0,
            "the generated desa has balita weighed"
        );
        assert_eq!(column.families, 120);
        assert!(!column.name.is_empty());
        let kb = kb_report(&register, month, FOUR_T).total;
        assert_eq!((column.pus, column.cpr), (kb.pus, kb.cpr()));
        assert_eq!(
            column.stunting,
            prevalence(&register, None, month).stunting_percent()
        );
        assert_eq!(
            column.krs,
            families_at_risk(&register, month.last_day(), FOUR_T).len()
        );
    }
}
