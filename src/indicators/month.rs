//! The monthly view every posyandu report shares: which children count in a month,
//! and the review of each one's last weighing of that month.

use chrono::{Datelike, NaiveDate};
use uuid::Uuid;

use crate::domain::measurement::Measurement;
use crate::domain::person::Person;
use crate::domain::register::{is_under_five, Register};
use crate::domain::review::{review, Review};

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

    pub fn contains(self, date: NaiveDate) -> bool {
        Month::of(date) == self
    }
}

/// One child in a month: the child, and the review of the last weighing that month.
pub struct ChildMonth<'a> {
    pub child_id: Uuid,
    pub child: &'a Person,
    pub weighings: Vec<&'a Measurement>,
    /// The review of the month's last weighing, if the child was weighed.
    pub review: Option<(&'a Measurement, Review)>,
}

/// The balita of a posyandu (or of all, with `None`) in `month`, under five at its end.
pub fn children_in_month(
    register: &Register,
    posyandu: Option<Uuid>,
    month: Month,
) -> Vec<ChildMonth<'_>> {
    let end = month.last_day();
    register
        .people
        .iter()
        .filter(|(_, p)| p.posyandu_id.is_some())
        .filter(|(_, p)| posyandu.is_none() || p.posyandu_id == posyandu)
        .filter(|(_, p)| is_under_five(p, end))
        .map(|(id, child)| {
            let weighings: Vec<&Measurement> = register
                .measurements_of(*id)
                .map(|(_, m)| m)
                .filter(|m| m.date <= end)
                .collect();
            let last = weighings
                .iter()
                .rev()
                .find(|m| month.contains(m.date))
                .copied();
            let review = last.and_then(|m| review(child, &weighings, m).map(|r| (m, r)));
            ChildMonth {
                child_id: *id,
                child,
                weighings,
                review,
            }
        })
        .collect()
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
            NaiveDate::from_ymd_opt(2025, 12, 31).unwrap_or_default()
        );
        let feb = Month {
            year: 2028,
            month: 2,
        };
        assert_eq!(feb.last_day().format("%d").to_string(), "29");
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
