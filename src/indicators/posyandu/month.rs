//! The monthly view every posyandu report shares: which children count in a month,
//! and the review of each one's last weighing of that month.

use uuid::Uuid;

use crate::domain::core::person::Person;
use crate::domain::core::register::{is_under_five, Register};
use crate::domain::posyandu::measurement::Measurement;
use crate::domain::posyandu::review::{review, Review};

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
        .filter(|(_, p)| {
            is_under_five(p, end) || (p.birth_date <= end && is_under_five(p, month.first_day()))
        })
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
