//! Calendar months, as posyandu reports count them.

use chrono::{Datelike, Days, NaiveDate};

/// `2026-11-23`: what a date input shows and sends, and what files hold (chrono's
/// `Display`, so no strftime code reaches the bundle).
pub fn iso_date(date: NaiveDate) -> String {
    date.to_string()
}

/// Reads `2026-11-23` (what a date input sends); `None` for anything else.
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    text.trim().parse().ok()
}

/// `date` plus `days`, held at chrono's last date rather than panicking: an absurd
/// date is refused where it enters, and arithmetic on it must still not abort the app.
pub fn days_after(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days))
        .unwrap_or(NaiveDate::MAX)
}

/// A calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    pub fn of(date: NaiveDate) -> Month {
        Month {
            year: date.year(),
            month: date.month(),
        }
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or(NaiveDate::MIN)
    }

    pub fn last_day(self) -> NaiveDate {
        self.next().first_day().pred_opt().unwrap_or(NaiveDate::MIN)
    }

    pub fn next(self) -> Month {
        if self.month == 12 {
            Month {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Month {
                year: self.year,
                month: self.month + 1,
            }
        }
    }

    pub fn previous(self) -> Month {
        if self.month == 1 {
            Month {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Month {
                year: self.year,
                month: self.month - 1,
            }
        }
    }

    /// The 12 months ending with this one, oldest first.
    pub fn last_twelve(self) -> Vec<Month> {
        let mut months: Vec<Month> = std::iter::successors(Some(self), |m| Some(m.previous()))
            .take(12)
            .collect();
        months.reverse();
        months
    }

    /// `2026-11`: what a month input shows and `parse` reads; also in file names.
    pub fn iso(self) -> String {
        format!("{}-{:02}", self.year, self.month)
    }

    /// Reads `2026-11` (what a month input sends); `None` for anything else.
    pub fn parse(text: &str) -> Option<Month> {
        let (year, month) = text.trim().split_once('-')?;
        let month: u32 = month.parse().ok()?;
        (1..=12).contains(&month).then_some(Month {
            year: year.parse().ok()?,
            month,
        })
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        Month::of(date) == self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_roll_over_years() {
        let dec = Month {
            year: 2025,
            month: 12,
        };
        assert_eq!(
            dec.next(),
            Month {
                year: 2026,
                month: 1
            }
        );
        assert_eq!(dec.next().previous(), dec);
        assert_eq!(
            dec.last_day(),
            NaiveDate::from_ymd_opt(2025, 12, 31).expect("a real date")
        );
        let feb = Month {
            year: 2028,
            month: 2,
        };
        assert_eq!(feb.last_day().format("%d").to_string(), "29");
        assert_eq!(
            Month::parse("2026-11"),
            Some(Month {
                year: 2026,
                month: 11
            })
        );
        assert_eq!(Month::parse("2026-13"), None);
        assert_eq!(Month::parse("bulan"), None);
        let twelve = feb.last_twelve();
        assert_eq!(
            (twelve[0], twelve[11]),
            (
                Month {
                    year: 2027,
                    month: 3
                },
                feb
            )
        );
    }
}
