//! Imunisasi over the register: the posyandu day's due list and IDL coverage, on the
//! small posyandu of `common`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use bakti::domain::core::record::Body;
use bakti::domain::core::register::Register;
use bakti::domain::posyandu::immunisation::{DoseGiven, SCHEDULE};
use bakti::indicators::posyandu::immunisation::{doses_due, idl_coverage};
use common::{day, village_records, MAWAR, NOV};

#[test]
fn idl_counts_the_children_turning_one_and_those_with_every_basic_dose() {
    let mut records = village_records();
    let register = Register::from_records(&records);
    let id_of = |name: &str| {
        register
            .people
            .iter()
            .find(|(_, p)| p.name == name)
            .map(|(id, _)| *id)
            .unwrap()
    };
    let (budi, tono) = (id_of("Budi"), id_of("Tono"));
    // Budi and Tono were born on 1 Nov 2025: both turn one in November.
    assert_eq!(idl_coverage(&register, Some(MAWAR), NOV), (0, 2));
    for dose in SCHEDULE.iter().filter(|d| d.basic) {
        records.push(common::record(Body::Dose(DoseGiven {
            child_id: budi,
            vaccine: dose.vaccine,
            given_on: day(2025, 11, 2) + chrono::Months::new(dose.at_months),
        })));
    }
    let register = Register::from_records(&records);
    assert_eq!(idl_coverage(&register, Some(MAWAR), NOV), (1, 2));
    assert_eq!(idl_coverage(&register, None, NOV), (1, 2));
    // On the November day Budi still lacks PCV 3 (12 months) and Tono everything.
    let due = doses_due(&register, MAWAR, day(2026, 11, 5));
    let budi_due = due
        .iter()
        .find(|d| d.child_id == budi)
        .expect("Budi listed");
    let codes: Vec<&str> = budi_due.doses.iter().map(|(d, _)| d.code).collect();
    assert!(
        codes.contains(&"PCV 3") && !codes.contains(&"MR 1"),
        "{codes:?}"
    );
    assert!(due.iter().any(|d| d.child_id == tono));
}
