//! "Perlu dirujuk": children whose last weighing of the month gives a reason Buku KIA
//! refers for (T, 2T, BGM, above the orange line, an index below −3 SD); and "Perlu
//! ukur ulang": children with a value WHO flags as implausible, measured again rather
//! than referred.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::domain::core::register::{is_under_five, Register};
use crate::domain::posyandu::measurement::Measurement;
use crate::domain::posyandu::referral_back::ReferralBack;
use crate::domain::posyandu::review::{review, Warning};
use crate::indicators::posyandu::month::{children_in_month, ChildMonth, Month};

#[derive(Debug, Clone, PartialEq)]
pub struct Referral {
    pub child_id: Uuid,
    pub name: String,
    /// The reasons that put the child on this list.
    pub warnings: Vec<Warning>,
    /// What came of the referral, once the cadre wrote it (rujukan balik).
    pub seen: Option<ReferralBack>,
}

/// Children with a warning that `keeps`, by name.
fn children_with(
    register: &Register,
    children: &[ChildMonth<'_>],
    keeps: fn(&Warning) -> bool,
) -> Vec<Referral> {
    let mut list: Vec<Referral> = children
        .iter()
        .filter_map(|child| {
            let (weighing, review) = child.review.as_ref()?;
            let warnings: Vec<Warning> = review.warnings.iter().copied().filter(keeps).collect();
            (!warnings.is_empty()).then(|| Referral {
                child_id: child.child_id,
                name: child.child.name.clone(),
                warnings,
                seen: register
                    .referral_back(child.child_id, weighing.date)
                    .cloned(),
            })
        })
        .collect();
    list.sort_by_key(|r| r.name.to_lowercase());
    list
}

pub fn referrals(register: &Register, posyandu: Option<Uuid>, month: Month) -> Vec<Referral> {
    referrals_among(register, &children_in_month(register, posyandu, month))
}

pub fn remeasures(register: &Register, posyandu: Option<Uuid>, month: Month) -> Vec<Referral> {
    remeasures_among(register, &children_in_month(register, posyandu, month))
}

/// "Perlu dirujuk" among the month's children as `children_in_month` gives them.
pub fn referrals_among(register: &Register, children: &[ChildMonth<'_>]) -> Vec<Referral> {
    children_with(register, children, |w| w.is_referral())
}

/// "Perlu ukur ulang" among the month's children as `children_in_month` gives them.
pub fn remeasures_among(register: &Register, children: &[ChildMonth<'_>]) -> Vec<Referral> {
    children_with(register, children, |w| !w.is_referral())
}

/// The warnings of a child's latest weighing: she stays marked wherever she appears until
/// a later weighing clears them.
pub fn latest_warnings(register: &Register, child_id: Uuid) -> Vec<Warning> {
    latest_review(register, child_id).map_or_else(Vec::new, |(_, w)| w)
}

/// The date and warnings of the child's latest weighing.
fn latest_review(register: &Register, child_id: Uuid) -> Option<(NaiveDate, Vec<Warning>)> {
    let child = register.person(child_id)?;
    let history: Vec<&Measurement> = register.measurements_of(child_id).map(|(_, m)| m).collect();
    let last = history.last()?;
    review(child, &history, last).map(|r| (last.date, r.warnings))
}

/// Where a child's referral stands.
#[derive(Debug, Clone, PartialEq)]
pub enum ReferralState {
    /// Her latest weighing asks for no referral.
    None,
    /// Referred at the weighing of that day; nobody has written that she was seen.
    Open(NaiveDate),
    /// Referred, and seen by the health worker: the outcome.
    Seen(ReferralBack),
}

pub fn referral_state(register: &Register, child_id: Uuid) -> ReferralState {
    match latest_review(register, child_id) {
        Some((date, warnings)) if warnings.iter().any(|w| w.is_referral()) => {
            match register.referral_back(child_id, date) {
                Some(back) => ReferralState::Seen(back.clone()),
                None => ReferralState::Open(date),
            }
        }
        _ => ReferralState::None,
    }
}

/// Balita (under five on `day`, of any posyandu) whose latest weighing asks for a
/// referral and who were not seen yet, by name.
pub fn still_to_refer(register: &Register, day: NaiveDate) -> Vec<Referral> {
    let mut list: Vec<Referral> = register
        .people
        .iter()
        .filter(|(_, p)| p.posyandu_id.is_some() && is_under_five(p, day))
        .filter_map(|(id, p)| {
            // One read of the latest weighing: its reasons, and whether she was seen.
            let (date, warnings) = latest_review(register, *id)?;
            let warnings: Vec<Warning> = warnings.into_iter().filter(|w| w.is_referral()).collect();
            let open = !warnings.is_empty() && register.referral_back(*id, date).is_none();
            open.then(|| Referral {
                child_id: *id,
                name: p.name.clone(),
                warnings,
                seen: None,
            })
        })
        .collect();
    list.sort_by_key(|r| r.name.to_lowercase());
    list
}
