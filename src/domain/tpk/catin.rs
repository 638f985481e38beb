//! Calon pengantin (catin): a person the TPK accompanies before the wedding
//! (domain.md §5.2: registered about 3 months before, screened for readiness).

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::core::validate::{Problem, Problems};

/// A catin stays on the list until this many days after the wedding, for the last
/// visit; after that she or he is followed as a PUS.
pub const FOLLOW_AFTER_WEDDING_DAYS: u64 = 30;
/// How far ahead a wedding can be planned on the form.
const PLANNED_AHEAD_DAYS: u64 = 366;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catin {
    pub person_id: Uuid,
    /// Rencana tanggal nikah.
    pub wedding_date: NaiveDate,
}

impl Catin {
    pub fn followed_on(&self, date: NaiveDate) -> bool {
        date <= self.wedding_date + Days::new(FOLLOW_AFTER_WEDDING_DAYS)
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
    let date = match NaiveDate::parse_from_str(wedding.trim(), "%Y-%m-%d") {
        Err(_) if wedding.trim().is_empty() => Err(Problem::Required),
        Err(_) => Err(Problem::NotADate),
        Ok(d)
            if d + Days::new(FOLLOW_AFTER_WEDDING_DAYS) < today
                || d > today + Days::new(PLANNED_AHEAD_DAYS) =>
        {
            Err(Problem::WeddingDateOutOfRange)
        }
        Ok(d) => Ok(d),
    }
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
