//! The monthly view every posyandu report shares: which children count in a month,
//! and the review of each one's last weighing of that month.

use uuid::Uuid;

use crate::domain::core::person::Person;
use crate::domain::core::register::{is_under_five, Register};
use crate::domain::posyandu::measurement::Measurement;
use crate::domain::posyandu::review::{assessment, review, Review};
use crate::growth::Assessment;

pub use crate::domain::core::calendar::Month;

/// One child in a month: the child, and the review of the last weighing that month.
pub struct ChildMonth<'a> {
    pub child_id: Uuid,
    pub child: &'a Person,
    pub weighings: Vec<&'a Measurement>,
    /// The review of the month's last weighing, if the child was weighed.
    pub review: Option<(&'a Measurement, Review)>,
}

/// The balita of a posyandu (or of all, with `None`) in `month`: under five on some day
/// of it (born by its end, not yet 60 months at its start).
fn balita_in_month(
    register: &Register,
    posyandu: Option<Uuid>,
    month: Month,
) -> impl Iterator<Item = (Uuid, &Person)> {
    let end = month.last_day();
    register
        .people
        .iter()
        .filter(move |(_, p)| p.posyandu_id.is_some())
        .filter(move |(_, p)| posyandu.is_none() || p.posyandu_id == posyandu)
        .filter(move |(_, p)| {
            is_under_five(p, end) || (p.birth_date <= end && is_under_five(p, month.first_day()))
        })
        .map(|(id, p)| (*id, p))
}

/// The balita of `month` with the review of each one's last weighing of it.
pub fn children_in_month(
    register: &Register,
    posyandu: Option<Uuid>,
    month: Month,
) -> Vec<ChildMonth<'_>> {
    let end = month.last_day();
    balita_in_month(register, posyandu, month)
        .map(|(id, child)| {
            let weighings: Vec<&Measurement> = register
                .measurements_of(id)
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
                child_id: id,
                child,
                weighings,
                review,
            }
        })
        .collect()
}

/// A balita weighed in a month: the month's last weighing and its WHO z-scores.
pub struct Assessed<'a> {
    pub child: &'a Person,
    pub measurement: &'a Measurement,
    pub assessment: Assessment,
}

/// The balita weighed in `month`, each with the z-scores of the month's last weighing
/// only: prevalence needs no judgement of the weight gain over the child's history,
/// which is most of what a review costs.
pub fn assessed_in_month(
    register: &Register,
    posyandu: Option<Uuid>,
    month: Month,
) -> impl Iterator<Item = Assessed<'_>> {
    balita_in_month(register, posyandu, month).filter_map(move |(id, child)| {
        let measurement = register
            .measurements_of(id)
            .map(|(_, m)| m)
            .filter(|m| month.contains(m.date))
            .last()?;
        let (_, assessment) = assessment(child, measurement)?;
        Some(Assessed {
            child,
            measurement,
            assessment,
        })
    })
}
