//! Keluarga berisiko stunting (KRS, docs/domain.md §4.7): a family with a target member
//! (a PUS, a pregnant woman, a child under five) and at least one risk factor. Which
//! PK answers count is [U] until the KRS verval juknis is at hand; the choices are
//! data here, in one place.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::domain::core::family::{HouseCondition, Latrine, WaterSource};
use crate::domain::core::fields::YesNo;
use crate::domain::core::person::{Education, Relation};
use crate::domain::core::register::{is_under_five, Register};
use crate::domain::kb::history::KbIndex;
use crate::domain::kb::status::{is_pus, FourTRules};

/// A reason a family is at risk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RiskFactor {
    UnsafeWater,
    NoLatrine,
    /// A latrine that does not drain into a septic tank.
    NoSepticTank,
    UnfitHouse,
    /// A parent (head or spouse) with at most primary schooling.
    LowEducation,
    /// A PUS wife with any of the 4T.
    FourT,
    /// A poor family by its DTSEN welfare decile.
    Poor,
}

/// Which answers count as a risk.
pub struct KrsRules {
    /// Drinking water BKKBN counts as layak; any other recorded source is a risk.
    pub safe_water: &'static [WaterSource],
    pub unsafe_latrine: &'static [Latrine],
    pub low_education: &'static [Education],
    /// Families in DTSEN deciles up to this one count as poor.
    pub poor_up_to_decile: u8,
}

/// Safe (layak) drinking water is BKKBN's list: ledeng/PAM, sumur bor/pompa, sumur
/// terlindung, air kemasan/isi ulang; so a spring, rainwater, an unprotected well, a
/// river or "other" is a risk. No latrine at all, or a latrine without a septic tank,
/// is unsafe sanitation (a shared latrine alone is not counted). Parents with no
/// schooling or only SD. Poverty: DTSEN deciles 1–4, the groups the poverty
/// programmes (P3KE) target [U: the KRS verval juknis is not at hand].
pub const KRS: KrsRules = KrsRules {
    safe_water: &[
        WaterSource::Piped,
        WaterSource::Borehole,
        WaterSource::ProtectedWell,
        WaterSource::Bottled,
    ],
    unsafe_latrine: &[Latrine::None],
    low_education: &[Education::None, Education::Primary],
    poor_up_to_decile: 4,
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
                family.water.is_some_and(|w| !KRS.safe_water.contains(&w)),
                RiskFactor::UnsafeWater,
            );
            add(
                family
                    .latrine
                    .is_some_and(|l| KRS.unsafe_latrine.contains(&l)),
                RiskFactor::NoLatrine,
            );
            add(
                family
                    .latrine
                    .is_some_and(|l| !KRS.unsafe_latrine.contains(&l))
                    && family.septic_tank == Some(YesNo::No),
                RiskFactor::NoSepticTank,
            );
            add(
                family.house == Some(HouseCondition::Unfit),
                RiskFactor::UnfitHouse,
            );
            add(low_education, RiskFactor::LowEducation);
            add(four_t_seen, RiskFactor::FourT);
            add(
                family
                    .welfare_decile
                    .is_some_and(|d| d <= KRS.poor_up_to_decile),
                RiskFactor::Poor,
            );
            (!factors.is_empty()).then_some(FamilyRisk {
                family_id: *family_id,
                members,
                factors,
            })
        })
        .collect()
}
