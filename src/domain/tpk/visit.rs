//! A TPK visit (kunjungan pendampingan) to one of the four targets, what was measured
//! and done, and the risks it shows (docs/domain.md §5.2–5.5). The limits are data, with
//! their sources, in one place.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::core::fields::{decimal, past_date, whole_number, Problem, Problems, Quantity};
use crate::domain::core::person::Person;
use crate::growth::category::AdultBmi;
use crate::growth::Sex;

/// The four TPK targets (sasaran).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    Catin,
    Pregnant,
    Postpartum,
    Baduta,
}

impl Target {
    pub const ALL: [Target; 4] = [
        Target::Catin,
        Target::Pregnant,
        Target::Postpartum,
        Target::Baduta,
    ];
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Visit {
    pub person_id: Uuid,
    #[serde(with = "crate::domain::core::stored_date")]
    pub date: NaiveDate,
    pub target: Target,
    #[serde(default)]
    pub weight_kg: Option<f64>,
    #[serde(default)]
    pub height_cm: Option<f64>,
    /// LILA.
    #[serde(default)]
    pub arm_cm: Option<f64>,
    #[serde(default)]
    pub hb_g_dl: Option<f64>,
    /// Lingkar perut: the catin screening measures it for men.
    #[serde(default)]
    pub waist_cm: Option<f64>,
    /// Tablet tambah darah given at this visit.
    #[serde(default)]
    pub iron_tablets: Option<u32>,
    /// Smokes or is exposed to cigarette smoke (catin screening).
    #[serde(default)]
    pub smoke: bool,
    /// KIE / counselling given at this visit.
    #[serde(default)]
    pub counselled: bool,
    #[serde(default)]
    pub referred: bool,
    #[serde(default)]
    pub note: String,
}

/// What a visit shows a TPK should act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Risk {
    /// LILA below the KEK limit.
    Kek,
    Anaemia,
    /// IMT below the limit (catin, adult).
    Thin,
    /// Height below the limit.
    Short,
    Smoke,
    /// A catin (bride) younger than the limit: "terlalu muda" to become pregnant.
    Young,
    /// A man's waist above the limit (obesitas sentral).
    Waist,
}

/// The limits a visit is read against.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RiskLimits {
    pub arm_kek_below_cm: f64,
    pub hb_pregnant_below: f64,
    pub hb_other_below: f64,
    pub hb_men_below: f64,
    pub height_short_below_cm: f64,
    /// A bride younger than this many years is at risk (4T "terlalu muda").
    pub catin_young_below_years: u32,
    /// A man's waist above this is obesitas sentral.
    pub waist_men_above_cm: f64,
    /// Tablet tambah darah a pregnancy should reach.
    pub iron_tablets_in_pregnancy: u32,
}

/// LILA < 23.5 cm = KEK risk, for women (Kemenkes); anaemia (WHO) is Hb < 11 g/dL in
/// pregnancy, < 12 g/dL for other women and < 13 g/dL for men; IMT kurus (< 18.5,
/// `AdultBmi`, Kemenkes); height < 145 cm is a TPK risk flag for women [U, docs/domain.md
/// §5.3]; a bride under 20 is "terlalu muda" (4T, BKKBN) [U: Elsimil's own age rule is
/// not published]; a man's waist above 90 cm is obesitas sentral (Kemenkes, P2PTM; the
/// catin screening's waist is for men [U: Elsimil's own cut-off not published]); at
/// least 90 TTD tablets in pregnancy (Kemenkes).
pub const RISK_LIMITS: RiskLimits = RiskLimits {
    arm_kek_below_cm: 23.5,
    hb_pregnant_below: 11.0,
    hb_other_below: 12.0,
    hb_men_below: 13.0,
    height_short_below_cm: 145.0,
    catin_young_below_years: 20,
    waist_men_above_cm: 90.0,
    iron_tablets_in_pregnancy: 90,
};

impl Visit {
    /// The risks of this visit to `person` (the baduta's own growth is read at the
    /// posyandu). LILA and height are read for women only, Hb by sex and pregnancy.
    pub fn risks(&self, person: &Person, limits: RiskLimits) -> Vec<Risk> {
        if self.target == Target::Baduta {
            return Vec::new();
        }
        let woman = person.sex == Sex::Female;
        let hb_below = match (self.target, woman) {
            (Target::Pregnant, _) => limits.hb_pregnant_below,
            (_, true) => limits.hb_other_below,
            (_, false) => limits.hb_men_below,
        };
        let age = self.date.years_since(person.birth_date).unwrap_or(0);
        let young = woman && self.target == Target::Catin && age < limits.catin_young_below_years;
        let bmi = self.bmi();
        // IMT is not read in pregnancy: the weight includes the pregnancy.
        let thin =
            self.target != Target::Pregnant && bmi.is_some_and(|b| AdultBmi::from_bmi(b).is_thin());
        [
            (
                Risk::Kek,
                woman && self.arm_cm.is_some_and(|a| a < limits.arm_kek_below_cm),
            ),
            (Risk::Anaemia, self.hb_g_dl.is_some_and(|hb| hb < hb_below)),
            (Risk::Thin, thin),
            (
                Risk::Short,
                woman
                    && self
                        .height_cm
                        .is_some_and(|h| h < limits.height_short_below_cm),
            ),
            (Risk::Smoke, self.smoke),
            (Risk::Young, young),
            (
                Risk::Waist,
                !woman && self.waist_cm.is_some_and(|w| w > limits.waist_men_above_cm),
            ),
        ]
        .into_iter()
        .filter_map(|(risk, on)| on.then_some(risk))
        .collect()
    }

    /// Whether anything of the catin screening was measured at this visit.
    pub fn measured(&self) -> bool {
        self.hb_g_dl.is_some()
            || self.arm_cm.is_some()
            || self.waist_cm.is_some()
            || self.bmi().is_some()
    }

    /// IMT from this visit's weight and height, when both were measured.
    pub fn bmi(&self) -> Option<f64> {
        match (self.weight_kg, self.height_cm) {
            (Some(w), Some(h)) if h > 0.0 => Some(w / (h / 100.0).powi(2)),
            _ => None,
        }
    }
}

/// The visit form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VisitForm {
    pub target: Option<Target>,
    pub date: String,
    pub weight_kg: String,
    pub height_cm: String,
    pub arm_cm: String,
    pub hb_g_dl: String,
    pub waist_cm: String,
    pub iron_tablets: String,
    pub smoke: bool,
    pub counselled: bool,
    pub referred: bool,
    pub note: String,
}

impl VisitForm {
    pub fn parse(
        &self,
        person_id: Uuid,
        born: NaiveDate,
        today: NaiveDate,
    ) -> Result<Visit, Problems> {
        let mut problems = Problems::new();
        if self.target.is_none() {
            problems.push(("visit_target", Problem::Required));
        }
        let date = past_date(&self.date, born, today)
            .map_err(|p| problems.push(("visit_date", p)))
            .ok();
        let weight_kg = decimal(
            &self.weight_kg,
            Quantity::AdultWeight,
            "adult_weight",
            &mut problems,
        );
        let height_cm = decimal(
            &self.height_cm,
            Quantity::AdultHeight,
            "adult_height",
            &mut problems,
        );
        let arm_cm = decimal(&self.arm_cm, Quantity::AdultArm, "adult_arm", &mut problems);
        let hb_g_dl = decimal(&self.hb_g_dl, Quantity::Haemoglobin, "hb", &mut problems);
        let waist_cm = decimal(&self.waist_cm, Quantity::Waist, "waist", &mut problems);
        let iron_tablets = whole_number(
            &self.iron_tablets,
            Quantity::IronTablets,
            "iron_tablets",
            &mut problems,
        );
        match (date, self.target) {
            (Some(date), Some(target)) if problems.is_empty() => Ok(Visit {
                person_id,
                date,
                target,
                weight_kg,
                height_cm,
                arm_cm,
                hb_g_dl,
                waist_cm,
                iron_tablets,
                smoke: self.smoke,
                counselled: self.counselled,
                referred: self.referred,
                note: self.note.trim().to_owned(),
            }),
            _ => Err(problems),
        }
    }
}
