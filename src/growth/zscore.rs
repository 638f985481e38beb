//! Z-scores for one measurement, following WHO `anthro` (0–59 months) and
//! `anthroplus` (60–228 months) rule for rule; see `docs/domain.md` §2.

use serde::{Deserialize, Serialize};

use super::lms::{round2, Lms};
use super::tables::Table;
use super::{Age, Sex};

/// How length/height was measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Position {
    /// Recumbent length (diukur berbaring, PB).
    Lying,
    /// Standing height (diukur berdiri, TB).
    Standing,
}

/// What was measured, as entered (before any correction).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Observation {
    pub sex: Option<Sex>,
    pub age: Option<Age>,
    pub weight_kg: Option<f64>,
    pub lenhei_cm: Option<f64>,
    pub position: Option<Position>,
    pub head_cm: Option<f64>,
    pub arm_cm: Option<f64>,
    pub oedema: bool,
}

/// Which WHO reference the age-based scores come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reference {
    /// WHO Child Growth Standards 2006: under 60 months.
    Who2006,
    /// WHO Growth Reference 2007: 60 to 228 months.
    Who2007,
}

/// One z-score, rounded to 2 decimals, and WHO's implausibility flag.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Score {
    pub z: f64,
    pub flagged: bool,
}

/// Everything WHO derives from one observation. Age-based scores hold the WHO 2007
/// values (height-, weight-, BMI-for-age) when `reference` is `Who2007`.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Assessment {
    /// Length/height after the 0.7 cm correction.
    pub clenhei: Option<f64>,
    /// BMI from the corrected length/height.
    pub cbmi: Option<f64>,
    /// A standing measure under 9 months: WHO treats the position as unknown.
    pub standing_under_9_months: bool,
    pub reference: Option<Reference>,
    pub length_for_age: Option<Score>,
    pub weight_for_age: Option<Score>,
    pub weight_for_length: Option<Score>,
    pub bmi_for_age: Option<Score>,
    pub head_for_age: Option<Score>,
    pub arm_for_age: Option<Score>,
}

impl Assessment {
    /// True when any score carries WHO's implausibility flag.
    pub fn any_flag(&self) -> bool {
        [
            self.length_for_age,
            self.weight_for_age,
            self.weight_for_length,
            self.bmi_for_age,
            self.head_for_age,
            self.arm_for_age,
        ]
        .iter()
        .flatten()
        .any(|s| s.flagged)
    }
}

/// Length and height differ by 0.7 cm on average (WHO MGRS); the tables switch at 731 days.
const LYING_STANDING_CM: f64 = 0.7;
const HEIGHT_FROM_DAY: u32 = 731;
/// Without an age, WHO picks the length table below 87 cm.
const HEIGHT_FROM_CM: f64 = 87.0;
/// WHO 2006 tables are used up to day 1856 (the files stop at 1826).
const LAST_DAY_2006: u32 = 1856;

/// WHO's implausibility rule for one indicator.
#[derive(Clone, Copy)]
enum FlagRule {
    /// |z| above the limit.
    Beyond(f64),
    /// z below the first or above the second.
    Outside(f64, f64),
}

impl FlagRule {
    fn flags(self, z: f64) -> bool {
        match self {
            FlagRule::Beyond(limit) => z.abs() > limit,
            FlagRule::Outside(low, high) => z < low || z > high,
        }
    }
}

/// How an indicator is scored: plain LMS or restricted beyond ±3, and its flag.
#[derive(Clone, Copy)]
struct Method {
    restricted: bool,
    flag: FlagRule,
}

const LENGTH: Method = Method {
    restricted: false,
    flag: FlagRule::Beyond(6.0),
};
const WEIGHT: Method = Method {
    restricted: true,
    flag: FlagRule::Outside(-6.0, 5.0),
};
const RESTRICTED_5: Method = Method {
    restricted: true,
    flag: FlagRule::Beyond(5.0),
};
const PLAIN_5: Method = Method {
    restricted: false,
    flag: FlagRule::Beyond(5.0),
};

impl Method {
    fn score(self, lms: Lms, y: f64) -> Option<Score> {
        let raw = if self.restricted {
            lms.z_restricted(y)
        } else {
            lms.z(y)
        };
        let z = round2(raw);
        z.is_finite().then(|| Score {
            z,
            flagged: self.flag.flags(z),
        })
    }
}

/// Computes every score WHO defines for the observation.
pub fn assess(obs: &Observation) -> Assessment {
    let months = obs.age.map(Age::months);
    let standing_under_9_months =
        obs.position == Some(Position::Standing) && months.is_some_and(|m| m < 9.0);
    let position = if standing_under_9_months {
        None
    } else {
        obs.position
    };
    let clenhei = obs
        .lenhei_cm
        .map(|cm| corrected_lenhei(cm, obs.age, position));
    let cbmi = match (obs.weight_kg, clenhei) {
        (Some(w), Some(h)) => Some(w / ((h / 100.0) * (h / 100.0))).filter(|b| b.is_finite()),
        _ => None,
    };
    let weight = obs.weight_kg.filter(|_| !obs.oedema);
    let bmi = cbmi.filter(|_| !obs.oedema);
    let mut out = Assessment {
        clenhei,
        cbmi,
        standing_under_9_months,
        ..Assessment::default()
    };
    let Some(sex) = obs.sex else {
        return out;
    };
    out.weight_for_length = weight_for_lenhei(sex, obs.age, position, weight, clenhei);
    let Some(age) = obs.age else {
        return out;
    };
    if age.months() < 60.0 {
        out.reference = Some(Reference::Who2006);
        let by_day = |table, method, first_day, value| {
            score_by_day(table, method, sex, age, first_day, value)
        };
        out.length_for_age = by_day(Table::LengthForAge, LENGTH, 0, clenhei);
        out.weight_for_age = by_day(Table::WeightForAge, WEIGHT, 0, weight);
        out.bmi_for_age = by_day(Table::BmiForAge, RESTRICTED_5, 0, bmi);
        out.head_for_age = by_day(Table::HeadForAge, PLAIN_5, 0, obs.head_cm);
        out.arm_for_age = by_day(Table::ArmForAge, RESTRICTED_5, 91, obs.arm_cm);
    } else {
        out.reference = Some(Reference::Who2007);
        let by_month = |table, method, last_month, value| {
            score_by_month(table, method, sex, age.months(), last_month, value)
        };
        out.length_for_age = by_month(Table::HeightForAge2007, LENGTH, 228.0, clenhei);
        out.weight_for_age = by_month(Table::WeightForAge2007, WEIGHT, 120.0, weight);
        out.bmi_for_age = by_month(Table::BmiForAge2007, RESTRICTED_5, 228.0, bmi);
    }
    out
}

/// Adds 0.7 cm to a standing measure before 731 days, takes it off a lying one from 731.
fn corrected_lenhei(cm: f64, age: Option<Age>, position: Option<Position>) -> f64 {
    match (age.map(Age::in_days), position) {
        (Some(d), Some(Position::Standing)) if d < HEIGHT_FROM_DAY => cm + LYING_STANDING_CM,
        (Some(d), Some(Position::Lying)) if d >= HEIGHT_FROM_DAY => cm - LYING_STANDING_CM,
        _ => cm,
    }
}

/// A measurement WHO accepts: present and above zero.
fn positive(value: Option<f64>) -> Option<f64> {
    value.filter(|v| *v > 0.0 && v.is_finite())
}

fn score_by_day(
    table: Table,
    method: Method,
    sex: Sex,
    age: Age,
    first_day: u32,
    value: Option<f64>,
) -> Option<Score> {
    let y = positive(value)?;
    if age.in_days() < first_day || age.in_days() > LAST_DAY_2006 {
        return None;
    }
    method.score(table.row(sex, i64::from(age.in_days()))?, y)
}

/// WHO 2007: LMS interpolated between whole months, valid from 60 months to the last.
fn score_by_month(
    table: Table,
    method: Method,
    sex: Sex,
    months: f64,
    last_month: f64,
    value: Option<f64>,
) -> Option<Score> {
    let y = positive(value)?;
    if !(60.0..=last_month).contains(&months) {
        return None;
    }
    let lower_month = months.trunc();
    let fraction = months - lower_month;
    let lower = table.row(sex, lower_month as i64)?;
    let lms = if fraction > 0.0 {
        lower.lerp(table.row(sex, lower_month as i64 + 1)?, fraction)
    } else {
        lower
    };
    method.score(lms, y)
}

/// Weight-for-length below 731 days, weight-for-height from 731; without an age, the
/// recorded position decides, and without that the 87 cm rule.
fn weight_for_lenhei(
    sex: Sex,
    age: Option<Age>,
    position: Option<Position>,
    weight: Option<f64>,
    clenhei: Option<f64>,
) -> Option<Score> {
    let weight = positive(weight)?;
    let cm = clenhei?;
    if let Some(age) = age {
        if age.in_days() > LAST_DAY_2006 || age.months() >= 60.0 {
            return None;
        }
    }
    let use_length = match (age.map(Age::in_days), position) {
        (Some(d), _) => d < HEIGHT_FROM_DAY,
        (None, Some(p)) => p == Position::Lying,
        (None, None) => cm < HEIGHT_FROM_CM,
    };
    let (table, low_cm, high_cm) = if use_length {
        (Table::WeightForLength, 45.0, 110.0)
    } else {
        (Table::WeightForHeight, 65.0, 120.0)
    };
    if !(low_cm..=high_cm).contains(&cm) {
        return None;
    }
    // WHO's own arithmetic: lower row at trunc(x·10)/10, fraction in tenths.
    let lower_key = (cm * 10.0).trunc();
    let fraction = (cm - lower_key / 10.0) / 0.1;
    let lower = table.row(sex, lower_key as i64)?;
    let lms = if fraction > 0.0 {
        lower.lerp(table.row(sex, lower_key as i64 + 1)?, fraction)
    } else {
        lower
    };
    RESTRICTED_5.score(lms, weight)
}
