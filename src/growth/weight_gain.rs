//! The posyandu weight-gain judgement of Buku KIA 2023: N (naik), T (tidak naik),
//! O (tidak ditimbang bulan lalu), B (baru), and 2T, from consecutive monthly weighings
//! and the KBM table. The cadre may still override N/T from the curve (Buku KIA allows
//! it); that choice is stored with the measurement, not made here.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::programme::{kbm_grams, BGM_WEIGHT_FOR_AGE_Z, ORANGE_LINE_WEIGHT_FOR_AGE_Z};
use super::Age;

/// One weighing on a posyandu day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weighing {
    pub date: NaiveDate,
    pub weight_kg: f64,
}

/// The letter written in the KMS column and counted in SKDN.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Gain {
    /// N: gained at least the KBM since last month.
    Naik,
    /// T: gained less than the KBM (or lost weight).
    TidakNaik,
    /// O: weighed now but not last month.
    TidakDitimbangBulanLalu,
    /// B: weighed for the first time.
    Baru,
}

impl Gain {
    pub fn code(self) -> &'static str {
        match self {
            Gain::Naik => "N",
            Gain::TidakNaik => "T",
            Gain::TidakDitimbangBulanLalu => "O",
            Gain::Baru => "B",
        }
    }
}

/// The judgement of one weighing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Judgement {
    pub gain: Gain,
    /// Grams gained since last month's weighing (negative if lost).
    pub grams: Option<i32>,
    /// The minimum gain that applied, if the child's age has one.
    pub kbm_grams: Option<u32>,
    /// T this month and T last month: a referral trigger.
    pub twice_not_gained: bool,
}

/// Months counted on the calendar, so 31 Jan and 1 Feb are consecutive months.
fn month_index(date: NaiveDate) -> i32 {
    date.year() * 12 + date.month0() as i32
}

/// Judges `current` against the weighing before it. `age` is the child's age on the
/// current weighing (its completed months choose the KBM row).
pub fn judge(age: Age, current: Weighing, previous: Option<Weighing>) -> Judgement {
    let Some(previous) = previous else {
        return Judgement {
            gain: Gain::Baru,
            grams: None,
            kbm_grams: None,
            twice_not_gained: false,
        };
    };
    if month_index(current.date) - month_index(previous.date) != 1 {
        return Judgement {
            gain: Gain::TidakDitimbangBulanLalu,
            grams: None,
            kbm_grams: None,
            twice_not_gained: false,
        };
    }
    let grams = ((current.weight_kg - previous.weight_kg) * 1000.0).round() as i32;
    let kbm = kbm_grams(age.completed_months());
    // Before one completed month Buku KIA gives no KBM: any gain counts as naik.
    let gained = match kbm {
        Some(min) => i64::from(grams) >= i64::from(min),
        None => grams > 0,
    };
    Judgement {
        gain: if gained { Gain::Naik } else { Gain::TidakNaik },
        grams: Some(grams),
        kbm_grams: kbm,
        twice_not_gained: false,
    }
}

/// Judges a child's whole history, oldest first. Only the last weighing of each calendar
/// month counts (a re-weighing corrects the first); 2T needs T in two consecutive months.
pub fn judge_history(birth: NaiveDate, weighings: &[Weighing]) -> Vec<(Weighing, Judgement)> {
    let mut monthly: Vec<Weighing> = Vec::with_capacity(weighings.len());
    let mut sorted = weighings.to_vec();
    sorted.sort_by_key(|w| w.date);
    for w in sorted {
        match monthly.last_mut() {
            Some(last) if month_index(last.date) == month_index(w.date) => *last = w,
            _ => monthly.push(w),
        }
    }
    let mut out: Vec<(Weighing, Judgement)> = Vec::with_capacity(monthly.len());
    for (i, w) in monthly.iter().enumerate() {
        let Some(age) = Age::between(birth, w.date) else {
            continue;
        };
        let previous = i.checked_sub(1).and_then(|p| monthly.get(p).copied());
        let mut judgement = judge(age, *w, previous);
        judgement.twice_not_gained = judgement.gain == Gain::TidakNaik
            && out
                .last()
                .is_some_and(|(_, before)| before.gain == Gain::TidakNaik);
        out.push((*w, judgement));
    }
    out
}

/// Below the red line of the KMS BB/U chart (BGM).
pub fn is_below_red_line(weight_for_age_z: f64) -> bool {
    weight_for_age_z < BGM_WEIGHT_FOR_AGE_Z
}

/// Above the orange line of the BB/U chart (Buku KIA: "di atas garis oranye", refer).
pub fn is_above_orange_line(weight_for_age_z: f64) -> bool {
    weight_for_age_z > ORANGE_LINE_WEIGHT_FOR_AGE_Z
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    fn w(date: NaiveDate, kg: f64) -> Weighing {
        Weighing {
            date,
            weight_kg: kg,
        }
    }

    #[test]
    fn first_weighing_is_baru() {
        let j = judge(Age::days(60), w(day(2026, 3, 1), 5.0), None);
        assert_eq!(j.gain, Gain::Baru);
    }

    #[test]
    fn a_skipped_month_is_o() {
        let j = judge(
            Age::days(120),
            w(day(2026, 3, 5), 6.0),
            Some(w(day(2026, 1, 5), 5.0)),
        );
        assert_eq!(j.gain, Gain::TidakDitimbangBulanLalu);
    }

    #[test]
    fn naik_needs_the_kbm_of_the_age() {
        // 2 completed months: KBM 900 g.
        let prev = Some(w(day(2026, 2, 10), 5.0));
        let at_900 = judge(Age::days(70), w(day(2026, 3, 10), 5.9), prev);
        assert_eq!(
            (at_900.gain, at_900.grams, at_900.kbm_grams),
            (Gain::Naik, Some(900), Some(900))
        );
        let at_899 = judge(Age::days(70), w(day(2026, 3, 10), 5.899), prev);
        assert_eq!(at_899.gain, Gain::TidakNaik);
    }

    #[test]
    fn consecutive_calendar_months_across_a_year() {
        let j = judge(
            Age::days(400),
            w(day(2026, 1, 2), 9.2),
            Some(w(day(2025, 12, 30), 9.0)),
        );
        assert_eq!(j.gain, Gain::Naik);
    }

    #[test]
    fn history_marks_2t_and_uses_the_last_weighing_of_a_month() {
        let birth = day(2025, 1, 1);
        let history = [
            w(day(2026, 1, 10), 9.0),
            w(day(2026, 2, 10), 9.1),
            w(day(2026, 3, 10), 9.0),
            w(day(2026, 3, 20), 9.15),
            w(day(2026, 4, 10), 9.2),
        ];
        let judged = judge_history(birth, &history);
        let codes: Vec<_> = judged.iter().map(|(_, j)| j.gain.code()).collect();
        assert_eq!(codes, ["B", "T", "T", "T"]);
        let twice: Vec<_> = judged.iter().map(|(_, j)| j.twice_not_gained).collect();
        assert_eq!(twice, [false, false, true, true]);
        assert_eq!(judged[2].0.weight_kg, 9.15);
    }

    #[test]
    fn red_line_is_strictly_below_minus_three() {
        assert!(is_below_red_line(-3.01));
        assert!(!is_below_red_line(-3.0));
        assert!(is_above_orange_line(1.01));
        assert!(!is_above_orange_line(1.0));
    }
}
