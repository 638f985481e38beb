//! Keluarga berisiko stunting (KRS, docs/domain.md §4.7): a family with a target member
//! (a PUS, a pregnant woman, a child under five) and at least one risk factor. Which
//! PK answers count is [U] until the KRS verval juknis is at hand; the choices are
//! data here, in one place.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::domain::core::family::{HouseCondition, Latrine, WaterSource};
use crate::domain::core::person::{Education, Relation};
use crate::domain::core::register::{is_under_five, Register};
use crate::domain::kb::history::KbIndex;
use crate::domain::kb::status::{is_pus, FourTRules};

/// A reason a family is at risk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RiskFactor {
    UnsafeWater,
    NoLatrine,
    UnfitHouse,
    /// A parent (head or spouse) with at most primary schooling.
    LowEducation,
    /// A PUS wife with any of the 4T.
    FourT,
}

/// Which answers count as a risk.
pub struct KrsRules {
    pub unsafe_water: &'static [WaterSource],
    pub unsafe_latrine: &'static [Latrine],
    pub low_education: &'static [Education],
}

/// Unprotected wells, rivers and "other" are not safe drinking water; a spring is
/// not counted (the register does not say whether it is protected); no latrine at
/// all is unsafe (a shared one is not counted); parents with no schooling or only SD.
pub const KRS: KrsRules = KrsRules {
    unsafe_water: &[
        WaterSource::UnprotectedWell,
        WaterSource::River,
        WaterSource::Other,
    ],
    unsafe_latrine: &[Latrine::None],
    low_education: &[Education::None, Education::Primary],
};

/// Who in the family makes it a KRS target.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Members {
    pub pus: bool,
    pub pregnant: bool,
    pub under_five: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyRisk {
    pub family_id: Uuid,
    pub members: Members,
    pub factors: Vec<RiskFactor>,
}

/// The families at risk of stunting on `date`, in register order.
pub fn families_at_risk(
    register: &Register,
    date: NaiveDate,
    four_t: FourTRules,
) -> Vec<FamilyRisk> {
    let index = KbIndex::new(register);
    register
        .families
        .iter()
        .filter_map(|(family_id, family)| {
            let mut members = Members::default();
            let mut factors = Vec::new();
            let mut four_t_seen = false;
            let mut low_education = false;
            for (id, p) in register.members(*family_id) {
                if is_pus(p, date) {
                    members.pus = true;
                    four_t_seen |= index.four_t(p, *id, date, four_t).any();
                }
                members.pregnant |= index.pregnant_on(*id, date);
                members.under_five += u32::from(is_under_five(p, date));
                low_education |= matches!(
                    p.relation,
                    Relation::Head | Relation::Wife | Relation::Husband
                ) && p.education.is_some_and(|e| KRS.low_education.contains(&e));
            }
            if !(members.pus || members.pregnant || members.under_five > 0) {
                return None;
            }
            let mut add = |on: bool, factor| {
                if on {
                    factors.push(factor);
                }
            };
            add(
                family.water.is_some_and(|w| KRS.unsafe_water.contains(&w)),
                RiskFactor::UnsafeWater,
            );
            add(
                family
                    .latrine
                    .is_some_and(|l| KRS.unsafe_latrine.contains(&l)),
                RiskFactor::NoLatrine,
            );
            add(
                family.house == Some(HouseCondition::Unfit),
                RiskFactor::UnfitHouse,
            );
            add(low_education, RiskFactor::LowEducation);
            add(four_t_seen, RiskFactor::FourT);
            (!factors.is_empty()).then_some(FamilyRisk {
                family_id: *family_id,
                members,
                factors,
            })
        })
        .collect()
}
