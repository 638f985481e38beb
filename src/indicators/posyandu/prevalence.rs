//! Prevalence of stunting, wasting, underweight and overweight among the children
//! weighed in a month, as WHO computes it: flagged values are left out of numerator and
//! denominator; with oedema the weight-based indices count as below −3 SD.

use uuid::Uuid;

use crate::domain::core::register::Register;
use crate::growth::Score;
use crate::indicators::posyandu::month::{assessed_in_month, Assessed, Month};
use crate::indicators::posyandu::skdn::percent;

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

impl Prevalence {
    fn add(&mut self, child: &Assessed<'_>) {
        let a = &child.assessment;
        let oedema = child.measurement.oedema;
        tally(&mut self.stunted, a.length_for_age, |z| z < -2.0, false);
        tally(&mut self.wasted, a.weight_for_length, |z| z < -2.0, oedema);
        tally(
            &mut self.underweight,
            a.weight_for_age,
            |z| z < -2.0,
            oedema,
        );
        tally(
            &mut self.overweight,
            a.weight_for_length,
            |z| z > 2.0,
            false,
        );
    }
}

/// Prevalence in `month` for one posyandu, or all with `None`.
pub fn prevalence(register: &Register, posyandu: Option<Uuid>, month: Month) -> Prevalence {
    let mut p = Prevalence::default();
    for child in assessed_in_month(register, posyandu, month) {
        p.add(&child);
    }
    p
}

/// The RW a child lives in: its family's RT's parent area.
fn rw_of(register: &Register, child: &Assessed<'_>) -> Option<Uuid> {
    let rt = register.family(child.child.family_id)?.rt_id?;
    register.area(rt)?.parent_id
}

/// Prevalence in `month` per RW (`None`: families without an RT yet), RW names sorted.
pub fn prevalence_by_rw(
    register: &Register,
    posyandu: Option<Uuid>,
    month: Month,
) -> Vec<(Option<Uuid>, Prevalence)> {
    let mut groups: Vec<(Option<Uuid>, Prevalence)> = Vec::new();
    for child in assessed_in_month(register, posyandu, month) {
        let rw = rw_of(register, &child);
        match groups.iter_mut().find(|(g, _)| *g == rw) {
            Some((_, p)) => p.add(&child),
            None => {
                let mut p = Prevalence::default();
                p.add(&child);
                groups.push((rw, p));
            }
        }
    }
    groups.sort_by_key(|(rw, _)| rw.and_then(|id| register.area(id)).map(|a| a.name.clone()));
    groups
}

/// The 12 months ending with `month`, oldest first.
pub fn trend(
    register: &Register,
    posyandu: Option<Uuid>,
    month: Month,
) -> Vec<(Month, Prevalence)> {
    month
        .last_twelve()
        .into_iter()
        .map(|m| (m, prevalence(register, posyandu, m)))
        .collect()
}
