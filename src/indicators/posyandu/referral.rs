//! "Perlu dirujuk": children whose last weighing of the month has a warning (T, 2T,
//! BGM, an index below −3 SD, or a WHO flag).

use uuid::Uuid;

use crate::domain::core::register::Register;
use crate::domain::posyandu::review::Warning;
use crate::indicators::posyandu::month::{children_in_month, Month};

#[derive(Debug, Clone, PartialEq)]
pub struct Referral {
    pub child_id: Uuid,
    pub name: String,
    pub warnings: Vec<Warning>,
}

pub fn referrals(register: &Register, posyandu: Option<Uuid>, month: Month) -> Vec<Referral> {
    let mut list: Vec<Referral> = children_in_month(register, posyandu, month)
        .into_iter()
        .filter_map(|child| {
            let (_, review) = child.review.as_ref()?;
            review.needs_referral().then(|| Referral {
                child_id: child.child_id,
                name: child.child.name.clone(),
                warnings: review.warnings.clone(),
            })
        })
        .collect();
    list.sort_by_key(|r| r.name.to_lowercase());
    list
}
