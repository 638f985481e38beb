//! "Perlu dirujuk": children whose last weighing of the month gives a reason Buku KIA
//! refers for (T, 2T, BGM, above the orange line, an index below −3 SD); and "Perlu
//! ukur ulang": children with a value WHO flags as implausible, measured again rather
//! than referred.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::domain::core::register::{is_under_five, Register};
use crate::domain::posyandu::measurement::Measurement;
use crate::domain::posyandu::review::{review, Warning};
use crate::indicators::posyandu::month::{children_in_month, Month};

#[derive(Debug, Clone, PartialEq)]
pub struct Referral {
    pub child_id: Uuid,
    pub name: String,
    /// The reasons that put the child on this list.
    pub warnings: Vec<Warning>,
}

/// Children with a warning that `keeps`, by name.
fn children_with(
    register: &Register,
    posyandu: Option<Uuid>,
    month: Month,
    keeps: fn(&Warning) -> bool,
) -> Vec<Referral> {
    let mut list: Vec<Referral> = children_in_month(register, posyandu, month)
        .into_iter()
        .filter_map(|child| {
            let (_, review) = child.review.as_ref()?;
            let warnings: Vec<Warning> = review.warnings.iter().copied().filter(keeps).collect();
            (!warnings.is_empty()).then(|| Referral {
                child_id: child.child_id,
                name: child.child.name.clone(),
                warnings,
            })
        })
        .collect();
    list.sort_by_key(|r| r.name.to_lowercase());
    list
}

pub fn referrals(register: &Register, posyandu: Option<Uuid>, month: Month) -> Vec<Referral> {
    children_with(register, posyandu, month, |w| w.is_referral())
}

pub fn remeasures(register: &Register, posyandu: Option<Uuid>, month: Month) -> Vec<Referral> {
    children_with(register, posyandu, month, |w| !w.is_referral())
}

/// The warnings of a child's latest weighing: she stays marked wherever she appears until
/// a later weighing clears them.
pub fn latest_warnings(register: &Register, child_id: Uuid) -> Vec<Warning> {
    let Some(child) = register.person(child_id) else {
        return Vec::new();
    };
    let history: Vec<&Measurement> = register.measurements_of(child_id).map(|(_, m)| m).collect();
    history
        .last()
        .and_then(|last| review(child, &history, last))
        .map(|r| r.warnings)
        .unwrap_or_default()
}

/// Balita (under five on `day`, of any posyandu) whose latest weighing asks for a
/// referral, by name.
pub fn still_to_refer(register: &Register, day: NaiveDate) -> Vec<Referral> {
    let mut list: Vec<Referral> = register
        .people
        .iter()
        .filter(|(_, p)| p.posyandu_id.is_some() && is_under_five(p, day))
        .filter_map(|(id, p)| {
            let warnings: Vec<Warning> = latest_warnings(register, *id)
                .into_iter()
                .filter(|w| w.is_referral())
                .collect();
            (!warnings.is_empty()).then(|| Referral {
                child_id: *id,
                name: p.name.clone(),
                warnings,
            })
        })
        .collect();
    list.sort_by_key(|r| r.name.to_lowercase());
    list
}
