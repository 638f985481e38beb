//! One posyandu day: each child of the posyandu and how her weighing of that date reads,
//! and the day's summary the cadres read out before packing up (ditimbang, N, T, BGM,
//! the names to refer and to measure again).

use chrono::NaiveDate;
use uuid::Uuid;

use crate::domain::core::register::Register;
use crate::domain::posyandu::measurement::Measurement;
use crate::domain::posyandu::review::{review, Review, Warning};
use crate::growth::weight_gain::Gain;
use crate::growth::Age;

/// How a child's weighing of the day reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DayStatus {
    NotYet,
    Fine,
    /// A reason of Buku KIA to refer (T, 2T, BGM, orange line, < −3 SD).
    Refer,
    /// A value WHO flags: measure again.
    Remeasure,
}

impl DayStatus {
    fn of(review: &Review) -> DayStatus {
        if review.warnings.iter().any(|w| !w.is_referral()) {
            DayStatus::Remeasure
        } else if review.needs_referral() {
            DayStatus::Refer
        } else {
            DayStatus::Fine
        }
    }
}

/// A child of the day, as the list and the summary read her.
#[derive(Debug, Clone, PartialEq)]
pub struct DayChild {
    pub id: Uuid,
    pub name: String,
    pub months: u32,
    pub status: DayStatus,
    /// N / T / O / B of the day's weighing.
    pub gain: Option<Gain>,
    pub below_red_line: bool,
}

/// The balita of `posyandu_id` on `day`, by name, with the day's weighing read.
pub fn day_children(register: &Register, posyandu_id: Uuid, day: NaiveDate) -> Vec<DayChild> {
    register
        .children_at(posyandu_id, day)
        .into_iter()
        .map(|(id, child)| {
            let history: Vec<&Measurement> = register.measurements_of(id).map(|(_, m)| m).collect();
            let read = history
                .iter()
                .find(|m| m.date == day)
                .and_then(|m| review(child, &history, m));
            DayChild {
                id,
                name: child.name.clone(),
                months: Age::between(child.birth_date, day).map_or(0, Age::completed_months),
                status: read.as_ref().map_or(DayStatus::NotYet, DayStatus::of),
                gain: read.as_ref().and_then(|r| r.gain.map(|j| j.gain)),
                below_red_line: read
                    .as_ref()
                    .is_some_and(|r| r.warnings.contains(&Warning::BelowRedLine)),
            }
        })
        .collect()
}

/// The day's summary.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DaySummary {
    pub children: usize,
    pub weighed: usize,
    /// N: gained at least the KBM.
    pub gained: usize,
    /// T: gained less than the KBM.
    pub not_gained: usize,
    /// BGM: below the red line.
    pub below_red_line: usize,
    pub to_refer: Vec<String>,
    pub to_remeasure: Vec<String>,
    pub not_weighed: Vec<String>,
}

pub fn summarise(children: &[DayChild]) -> DaySummary {
    let names = |status: DayStatus| {
        children
            .iter()
            .filter(|c| c.status == status)
            .map(|c| c.name.clone())
            .collect::<Vec<_>>()
    };
    let count = |keep: fn(&DayChild) -> bool| children.iter().filter(|c| keep(c)).count();
    DaySummary {
        children: children.len(),
        weighed: count(|c| c.status != DayStatus::NotYet),
        gained: count(|c| c.gain == Some(Gain::Naik)),
        not_gained: count(|c| c.gain == Some(Gain::TidakNaik)),
        below_red_line: count(|c| c.below_red_line),
        to_refer: names(DayStatus::Refer),
        to_remeasure: names(DayStatus::Remeasure),
        not_weighed: names(DayStatus::NotYet),
    }
}
