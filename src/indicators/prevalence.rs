//! Prevalence of stunting, wasting, underweight and overweight among the children
//! weighed in a month, as WHO computes it: flagged values are left out of numerator and
//! denominator; with oedema the weight-based indices count as below −3 SD.

use uuid::Uuid;

use super::month::{children_in_month, Month};
use super::skdn::percent;
use crate::domain::register::Register;
use crate::growth::Score;

/// Cases and the children with a valid score, per condition.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prevalence {
    pub stunted: (u32, u32),
    pub wasted: (u32, u32),
    pub underweight: (u32, u32),
    pub overweight: (u32, u32),
}

impl Prevalence {
    pub fn stunting_percent(&self) -> Option<f64> {
        percent(self.stunted.0, self.stunted.1)
    }
    pub fn wasting_percent(&self) -> Option<f64> {
        percent(self.wasted.0, self.wasted.1)
    }
    pub fn underweight_percent(&self) -> Option<f64> {
        percent(self.underweight.0, self.underweight.1)
    }
    pub fn overweight_percent(&self) -> Option<f64> {
        percent(self.overweight.0, self.overweight.1)
    }
}

/// Adds one child to a (cases, valid) pair; `oedema_case` counts oedema as a case.
fn tally(pair: &mut (u32, u32), score: Option<Score>, is_case: fn(f64) -> bool, oedema_case: bool) {
    if oedema_case {
        pair.0 += 1;
        pair.1 += 1;
    } else if let Some(s) = score.filter(|s| !s.flagged) {
        pair.1 += 1;
        pair.0 += u32::from(is_case(s.z));
    }
}

/// Prevalence in `month` for one posyandu, or all with `None`.
pub fn prevalence(register: &Register, posyandu: Option<Uuid>, month: Month) -> Prevalence {
    let mut p = Prevalence::default();
    for child in children_in_month(register, posyandu, month) {
        let Some((measurement, review)) = &child.review else {
            continue;
        };
        let a = &review.assessment;
        let oedema = measurement.oedema;
        tally(&mut p.stunted, a.length_for_age, |z| z < -2.0, false);
        tally(&mut p.wasted, a.weight_for_length, |z| z < -2.0, oedema);
        tally(&mut p.underweight, a.weight_for_age, |z| z < -2.0, oedema);
        tally(&mut p.overweight, a.weight_for_length, |z| z > 2.0, false);
    }
    p
}
