//! Calon pengantin (catin): a person the TPK accompanies before the wedding
//! (docs/domain.md §5.2: registered about 3 months before, screened for readiness).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::core::calendar::days_after;
use crate::domain::core::fields::{date, Problem, Problems};

/// A catin stays on the list until this many days after the wedding, for the last
/// visit; after that she or he is followed as a PUS.
pub const FOLLOW_AFTER_WEDDING_DAYS: u64 = 30;
/// How far ahead a wedding can be planned on the form.
pub const PLANNED_AHEAD_DAYS: u64 = 366;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catin {
    pub person_id: Uuid,
    /// Rencana tanggal nikah.
    #[serde(with = "crate::domain::core::stored_date")]
    pub wedding_date: NaiveDate,
}

impl Catin {
    pub fn followed_on(&self, date: NaiveDate) -> bool {
        date <= days_after(self.wedding_date, FOLLOW_AFTER_WEDDING_DAYS)
    }
}

/// A wedding planned up to a year ahead, or held within the weeks the TPK still follows.
pub fn wedding_date_in_range(date: NaiveDate, today: NaiveDate) -> Result<NaiveDate, Problem> {
    if days_after(date, FOLLOW_AFTER_WEDDING_DAYS) < today
        || date > days_after(today, PLANNED_AHEAD_DAYS)
    {
        Err(Problem::WeddingDateOutOfRange)
    } else {
        Ok(date)
    }
}

/// The catin form: who, and the planned wedding date.
pub fn parse_catin(
    person_id: Option<Uuid>,
    wedding: &str,
    today: NaiveDate,
) -> Result<Catin, Problems> {
    let mut problems = Problems::new();
    if person_id.is_none() {
        problems.push(("catin_person", Problem::Required));
    }
    let date = date(wedding)
        .and_then(|d| wedding_date_in_range(d, today))
        .map_err(|p| problems.push(("wedding_date", p)))
        .ok();
    match (person_id, date) {
        (Some(person_id), Some(wedding_date)) if problems.is_empty() => Ok(Catin {
            person_id,
            wedding_date,
        }),
        _ => Err(problems),
    }
}
