//! A pregnancy as the TPK follows it (docs/domain.md §5.3–5.4): from the HPHT (first day of
//! the last period) the gestational age and the HPL (Naegele, as the bidan writes it in
//! Buku KIA: day + 7, month − 3, year + 1); after
//! the delivery, the 42 days of nifas with its KF visits and the KBPP window.

use crate::domain::core::calendar::{days_after, iso_date};
use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::core::fields::{past_date, Problem, Problems};

/// Naegele's rule as written by hand: 7 days after the HPHT, 9 months on (month − 3,
/// year + 1).
const NAEGELE_DAYS: u64 = 7;
const NAEGELE_MONTHS: u32 = 9;
/// Trimesters as Buku KIA counts them: up to 12 weeks, 13–24 weeks, after 24 weeks.
const FIRST_TRIMESTER_LAST_WEEK: i64 = 12;
const SECOND_TRIMESTER_LAST_WEEK: i64 = 24;
/// Nifas (and the KBPP window) lasts 42 days after the delivery (Perban BKKBN 18/2020).
pub const NIFAS_DAYS: i64 = 42;
/// With no delivery recorded, an HPHT older than 44 weeks is a mistake or a birth
/// not yet recorded: the form asks to check it.
pub const LONGEST_PREGNANCY_DAYS: i64 = 44 * 7;

/// The nifas visits KF1–KF4 and the day ranges after delivery when each is due
/// (docs/domain.md §5.4, commonly given; [U]). Day 0 is the day of delivery.
pub const NIFAS_VISITS: [(&str, i64, i64); 4] = [
    ("KF1", 0, 2),
    ("KF2", 3, 7),
    ("KF3", 8, 28),
    ("KF4", 29, 42),
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pregnancy {
    pub mother_id: Uuid,
    /// Hari pertama haid terakhir.
    #[serde(with = "crate::domain::core::stored_date")]
    pub hpht: NaiveDate,
    #[serde(default, with = "crate::domain::core::stored_date::optional")]
    pub delivered_on: Option<NaiveDate>,
}

/// Where a pregnancy stands on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Pregnant: completed weeks and days since the HPHT, and the trimester.
    Pregnant {
        weeks: i64,
        days: i64,
        trimester: u8,
    },
    /// After the delivery, day 0 being the day of delivery, up to `NIFAS_DAYS`.
    Postpartum { day: i64 },
    /// Before the HPHT, past the nifas, or an HPHT too old to be a pregnancy now.
    Other,
}

impl Pregnancy {
    /// Hari perkiraan lahir by Naegele's rule as the bidan writes it: day + 7,
    /// month − 3, year + 1. A day the month lacks runs into the next month (31 Feb
    /// is 3 Mar), as counting on from the month's first day does.
    pub fn hpl(&self) -> NaiveDate {
        let plus_week = days_after(self.hpht, NAEGELE_DAYS);
        plus_week
            .with_day(1)
            .and_then(|first| first.checked_add_months(Months::new(NAEGELE_MONTHS)))
            .map_or(NaiveDate::MAX, |first| {
                days_after(first, u64::from(plus_week.day0()))
            })
    }

    pub fn stage_on(&self, date: NaiveDate) -> Stage {
        if let Some(delivered) = self.delivered_on.filter(|d| *d <= date) {
            let day = (date - delivered).num_days();
            return if day <= NIFAS_DAYS {
                Stage::Postpartum { day }
            } else {
                Stage::Other
            };
        }
        let since = (date - self.hpht).num_days();
        if !(0..=LONGEST_PREGNANCY_DAYS).contains(&since) {
            return Stage::Other;
        }
        let weeks = since / 7;
        let trimester = if weeks <= FIRST_TRIMESTER_LAST_WEEK {
            1
        } else if weeks <= SECOND_TRIMESTER_LAST_WEEK {
            2
        } else {
            3
        };
        Stage::Pregnant {
            weeks,
            days: since % 7,
            trimester,
        }
    }
}

/// The newborn's visits KN1–KN3 by a health worker and the day ranges after birth when
/// each is due (PMK 21/2021 / Buku KIA: 6–48 hours, days 3–7, days 8–28). Day 0 is the
/// day of birth.
pub const NEONATAL_VISITS: [(&str, i64, i64); 3] = [("KN1", 0, 2), ("KN2", 3, 7), ("KN3", 8, 28)];

/// The KN visit due `day` days after birth and its last day, if any.
pub fn neonatal_visit_due(born: NaiveDate, day: i64) -> Option<(&'static str, NaiveDate)> {
    NEONATAL_VISITS
        .iter()
        .find(|(_, from, to)| (*from..=*to).contains(&day))
        .map(|(name, _, to)| (*name, days_after(born, u64::try_from(*to).unwrap_or(0))))
}

/// The KF visit due on a day after delivery, if any.
pub fn nifas_visit_due(day: i64) -> Option<&'static str> {
    NIFAS_VISITS
        .iter()
        .find(|(_, from, to)| (*from..=*to).contains(&day))
        .map(|(name, _, _)| *name)
}

/// The pregnancy form: HPHT, and the delivery date once she has given birth.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PregnancyForm {
    pub hpht: String,
    pub delivered_on: String,
}

impl PregnancyForm {
    pub fn from_pregnancy(p: &Pregnancy) -> PregnancyForm {
        PregnancyForm {
            hpht: iso_date(p.hpht),
            delivered_on: p.delivered_on.map(iso_date).unwrap_or_default(),
        }
    }

    pub fn parse(
        &self,
        mother_id: Uuid,
        mother_born: NaiveDate,
        today: NaiveDate,
    ) -> Result<Pregnancy, Problems> {
        let mut problems = Problems::new();
        let hpht = past_date(&self.hpht, mother_born, today)
            .map_err(|p| problems.push(("hpht", p)))
            .ok();
        let delivered_on = if self.delivered_on.trim().is_empty() {
            None
        } else {
            past_date(&self.delivered_on, mother_born, today)
                .map_err(|p| problems.push(("delivered_on", p)))
                .ok()
        };
        if let Some(hpht) = hpht {
            match delivered_on {
                Some(d) if d < hpht => problems.push(("delivered_on", Problem::DeliveryBeforeHpht)),
                None if (today - hpht).num_days() > LONGEST_PREGNANCY_DAYS
                    && self.delivered_on.trim().is_empty() =>
                {
                    problems.push(("hpht", Problem::HphtTooOld))
                }
                _ => {}
            }
        }
        match hpht {
            Some(hpht) if problems.is_empty() => Ok(Pregnancy {
                mother_id,
                hpht,
                delivered_on,
            }),
            _ => Err(problems),
        }
    }
}
