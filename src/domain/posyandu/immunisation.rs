//! Imunisasi: the Buku KIA schedule as data, a dose given to a child as a record, what is
//! due or overdue for a child on a day, and whether she completed the basic series (IDL)
//! before her first birthday.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::core::ids::derived_id;
use crate::growth::Age;

/// One dose of the programme's schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Vaccine {
    Hb0,
    Bcg,
    Opv1,
    Opv2,
    Opv3,
    Opv4,
    DptHbHib1,
    DptHbHib2,
    DptHbHib3,
    Pcv1,
    Pcv2,
    Rv1,
    Rv2,
    Rv3,
    Ipv1,
    Mr1,
    Ipv2,
    Pcv3,
    DptHbHib4,
    Mr2,
}

/// A dose in the schedule: its vaccine, the age it is given at (completed months; HB0 at
/// birth), its name as the Buku KIA writes it, and whether it belongs to IDL.
pub struct Dose {
    pub vaccine: Vaccine,
    pub at_months: u32,
    pub code: &'static str,
    pub basic: bool,
}

const fn dose(vaccine: Vaccine, at_months: u32, code: &'static str, basic: bool) -> Dose {
    Dose {
        vaccine,
        at_months,
        code,
        basic,
    }
}

/// The routine schedule for babies and baduta, docs/domain.md §3.6 (Buku KIA 2023 and
/// Kemenkes' 14 routine vaccines) [U: sources differ on polio numbering, IPV timing and
/// the rotavirus doses; JE (endemic areas only) and school doses (BIAS) left out].
/// `basic`: Imunisasi Dasar Lengkap as Kemenkes has counted it — HB0, BCG, polio 4×,
/// DPT-HB-Hib 3×, IPV, MR — before the first birthday [U: newer Renstra targets also
/// name PCV and RV; kept out until a juknis says so].
pub const SCHEDULE: [Dose; 20] = [
    dose(Vaccine::Hb0, 0, "HB0", true),
    dose(Vaccine::Bcg, 1, "BCG", true),
    dose(Vaccine::Opv1, 1, "Polio 1", true),
    dose(Vaccine::DptHbHib1, 2, "DPT-HB-Hib 1", true),
    dose(Vaccine::Opv2, 2, "Polio 2", true),
    dose(Vaccine::Pcv1, 2, "PCV 1", false),
    dose(Vaccine::Rv1, 2, "RV 1", false),
    dose(Vaccine::DptHbHib2, 3, "DPT-HB-Hib 2", true),
    dose(Vaccine::Opv3, 3, "Polio 3", true),
    dose(Vaccine::Pcv2, 3, "PCV 2", false),
    dose(Vaccine::Rv2, 3, "RV 2", false),
    dose(Vaccine::DptHbHib3, 4, "DPT-HB-Hib 3", true),
    dose(Vaccine::Opv4, 4, "Polio 4", true),
    dose(Vaccine::Ipv1, 4, "IPV 1", true),
    dose(Vaccine::Rv3, 4, "RV 3", false),
    dose(Vaccine::Mr1, 9, "MR 1", true),
    dose(Vaccine::Ipv2, 9, "IPV 2", false),
    dose(Vaccine::Pcv3, 12, "PCV 3", false),
    dose(Vaccine::DptHbHib4, 18, "DPT-HB-Hib 4 (lanjutan)", false),
    dose(Vaccine::Mr2, 18, "MR 2 (lanjutan)", false),
];

/// A dose past its age by more than this many months is overdue ("terlambat") [U: the
/// Buku KIA gives the recommended age; a month's grace is this app's reading].
pub const OVERDUE_AFTER_MONTHS: u32 = 1;

/// Age (completed months) by which the basic series counts as IDL.
pub const IDL_BY_MONTHS: u32 = 12;

impl Vaccine {
    pub fn dose(self) -> Option<&'static Dose> {
        SCHEDULE.iter().find(|d| d.vaccine == self)
    }

    pub fn code(self) -> &'static str {
        self.dose().map_or("", |d| d.code)
    }
}

/// A dose given to a child on a day (written by the cadre from the Buku KIA or at the
/// posyandu).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DoseGiven {
    pub child_id: Uuid,
    pub vaccine: Vaccine,
    #[serde(with = "crate::domain::core::stored_date")]
    pub given_on: NaiveDate,
}

impl DoseGiven {
    /// The record id of a child's dose: the same on every phone, so a dose written on two
    /// phones is one record (the later date wins), never two.
    pub fn id_of(child_id: Uuid, vaccine: Vaccine) -> Uuid {
        derived_id("dose", &[child_id.as_bytes(), vaccine.code().as_bytes()])
    }
}

/// Where a dose stands for a child on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DoseState {
    Given(NaiveDate),
    /// Not given, not yet of age.
    Later,
    /// Of age: give it at this posyandu day.
    Due,
    /// Past its age by more than `OVERDUE_AFTER_MONTHS`.
    Overdue,
}

/// Every dose of the schedule for a child born on `born`, on `day`, given the doses she
/// had.
pub fn doses_on(
    born: NaiveDate,
    given: &[&DoseGiven],
    day: NaiveDate,
) -> Vec<(&'static Dose, DoseState)> {
    let months = Age::between(born, day).map_or(0, Age::completed_months);
    SCHEDULE
        .iter()
        .map(|d| {
            let state = match given.iter().find(|g| g.vaccine == d.vaccine) {
                Some(g) => DoseState::Given(g.given_on),
                None if months < d.at_months => DoseState::Later,
                None if months > d.at_months + OVERDUE_AFTER_MONTHS => DoseState::Overdue,
                None => DoseState::Due,
            };
            (d, state)
        })
        .collect()
}

/// The doses to give now (due or overdue), in schedule order.
pub fn to_give(
    born: NaiveDate,
    given: &[&DoseGiven],
    day: NaiveDate,
) -> Vec<(&'static Dose, DoseState)> {
    doses_on(born, given, day)
        .into_iter()
        .filter(|(_, s)| matches!(s, DoseState::Due | DoseState::Overdue))
        .collect()
}

/// Imunisasi Dasar Lengkap: every basic dose given before the first birthday.
pub fn completed_basic(born: NaiveDate, given: &[&DoseGiven]) -> bool {
    SCHEDULE.iter().filter(|d| d.basic).all(|d| {
        given.iter().any(|g| {
            g.vaccine == d.vaccine
                && Age::between(born, g.given_on)
                    .is_some_and(|a| a.completed_months() < IDL_BY_MONTHS)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    fn given(vaccine: Vaccine, on: NaiveDate) -> DoseGiven {
        DoseGiven {
            child_id: Uuid::nil(),
            vaccine,
            given_on: on,
        }
    }

    #[test]
    fn a_baby_of_two_months_is_due_the_two_month_doses_and_overdue_none_given_at_birth() {
        let born = day(2026, 9, 1);
        let hb0 = given(Vaccine::Hb0, born);
        let bcg = given(Vaccine::Bcg, day(2026, 10, 5));
        let states = doses_on(born, &[&hb0, &bcg], day(2026, 11, 10));
        let state = |v: Vaccine| {
            states
                .iter()
                .find(|(d, _)| d.vaccine == v)
                .map(|(_, s)| *s)
                .expect("in the schedule")
        };
        assert_eq!(state(Vaccine::Hb0), DoseState::Given(born));
        assert_eq!(
            state(Vaccine::Opv1),
            DoseState::Due,
            "1 month, within the grace"
        );
        assert_eq!(state(Vaccine::DptHbHib1), DoseState::Due);
        assert_eq!(state(Vaccine::Mr1), DoseState::Later);
        let late = doses_on(born, &[&hb0, &bcg], day(2027, 1, 10));
        assert!(late
            .iter()
            .any(|(d, s)| d.vaccine == Vaccine::Opv1 && *s == DoseState::Overdue));
        let now: Vec<&str> = to_give(born, &[&hb0, &bcg], day(2026, 11, 10))
            .iter()
            .map(|(d, _)| d.code)
            .collect();
        assert_eq!(now, ["Polio 1", "DPT-HB-Hib 1", "Polio 2", "PCV 1", "RV 1"]);
    }

    #[test]
    fn idl_needs_every_basic_dose_before_the_first_birthday() {
        let born = day(2025, 1, 10);
        let basic: Vec<DoseGiven> = SCHEDULE
            .iter()
            .filter(|d| d.basic)
            .map(|d| given(d.vaccine, day(2025, 1 + d.at_months.min(11), 12)))
            .collect();
        let all: Vec<&DoseGiven> = basic.iter().collect();
        assert!(completed_basic(born, &all));
        // MR 1 given after the first birthday: not IDL.
        let late_mr: Vec<DoseGiven> = basic
            .iter()
            .map(|g| match g.vaccine {
                Vaccine::Mr1 => given(Vaccine::Mr1, day(2026, 2, 1)),
                _ => g.clone(),
            })
            .collect();
        assert!(!completed_basic(born, &late_mr.iter().collect::<Vec<_>>()));
        assert!(!completed_basic(born, &all[1..]), "HB0 missing");
    }

    #[test]
    fn a_dose_has_one_id_on_every_phone() {
        let child = Uuid::from_u128(7);
        assert_eq!(
            DoseGiven::id_of(child, Vaccine::Bcg),
            DoseGiven::id_of(child, Vaccine::Bcg)
        );
        assert_ne!(
            DoseGiven::id_of(child, Vaccine::Bcg),
            DoseGiven::id_of(child, Vaccine::Mr1)
        );
    }
}
