//! Age as WHO counts it: whole days; months are days / 30.4375, never rounded for
//! the choice of standard, shown to cadres as completed months (bulan penuh).

use chrono::NaiveDate;

use super::lms::round_half_up;

/// Days in WHO's average month (365.25 / 12).
pub const DAYS_PER_MONTH: f64 = 30.4375;

/// A child's age as WHO carries it: whole days for the daily tables, and months
/// (unrounded) for the choice of standard and the monthly WHO 2007 tables. From a day
/// count the months are days / 30.4375; from months the days are rounded half up.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Age {
    days: u32,
    months: f64,
}

impl Age {
    /// From a whole number of days.
    pub fn days(days: u32) -> Age {
        Age {
            days,
            months: f64::from(days) / DAYS_PER_MONTH,
        }
    }

    /// Age on `date` of a child born on `birth`; `None` when the date is before birth.
    pub fn between(birth: NaiveDate, date: NaiveDate) -> Option<Age> {
        u32::try_from((date - birth).num_days()).ok().map(Age::days)
    }

    /// From a possibly fractional day count, rounded half up as WHO does.
    pub fn from_days(days: f64) -> Option<Age> {
        (days.is_finite() && days >= 0.0 && days < f64::from(u32::MAX))
            .then(|| Age::days(round_half_up(days) as u32))
    }

    /// From an age in months, kept exact; the days are months × 30.4375, rounded half up.
    pub fn from_months(months: f64) -> Option<Age> {
        let days = Age::from_days(months * DAYS_PER_MONTH)?;
        Some(Age {
            days: days.days,
            months,
        })
    }

    /// Whole days: the row of the WHO 2006 tables.
    pub fn in_days(self) -> u32 {
        self.days
    }

    /// Unrounded months: what decides WHO 2006 (< 60) or WHO 2007.
    pub fn months(self) -> f64 {
        self.months
    }

    /// Completed months (bulan penuh), as written in Buku KIA and the PMK tables.
    pub fn completed_months(self) -> u32 {
        self.months.floor() as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn age_from_dates() {
        let age = Age::between(date(2024, 2, 29), date(2025, 2, 28));
        assert_eq!(age.map(Age::in_days), Some(365));
        assert_eq!(Age::between(date(2025, 1, 2), date(2025, 1, 1)), None);
    }

    #[test]
    fn months_are_unrounded_and_completed_months_floor() {
        assert!(Age::days(1826).months() < 60.0);
        assert!(Age::days(1827).months() > 60.0);
        // 2 months 29 days is still 2 completed months.
        assert_eq!(Age::days(89).completed_months(), 2);
        let twelve = Age::from_months(12.0);
        assert_eq!(twelve.map(|a| (a.in_days(), a.months())), Some((365, 12.0)));
        assert_eq!(Age::from_days(-1.0), None);
        assert_eq!(Age::from_days(364.5).map(Age::in_days), Some(365));
    }
}
