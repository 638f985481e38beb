//! What a weighing means, computed on the spot from the raw record: WHO z-scores with
//! their PMK 2/2020 categories, N/T/O/B against last month with KBM, and the warnings
//! that put a child on the referral list ("perlu dirujuk").

use serde::{Deserialize, Serialize};

use crate::domain::core::person::Person;
use crate::domain::posyandu::measurement::Measurement;
use crate::growth::category::{self, Category};
use crate::growth::weight_gain::{
    is_above_orange_line, is_below_red_line, judge_history, Gain, Judgement, Weighing,
};
use crate::growth::{assess, Age, Assessment, Observation, Reference, Score};

/// The indices shown to cadres, in Buku KIA order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Index {
    WeightForAge,
    LengthForAge,
    WeightForLength,
    BmiForAge,
    HeadForAge,
    ArmForAge,
}

impl Index {
    pub const ALL: [Index; 6] = [
        Index::WeightForAge,
        Index::LengthForAge,
        Index::WeightForLength,
        Index::BmiForAge,
        Index::HeadForAge,
        Index::ArmForAge,
    ];

    /// The short name cadres use (BB/U, PB/U …).
    pub fn short_name(self, length_measured_lying: bool) -> &'static str {
        match (self, length_measured_lying) {
            (Index::WeightForAge, _) => "BB/U",
            (Index::LengthForAge, true) => "PB/U",
            (Index::LengthForAge, false) => "TB/U",
            (Index::WeightForLength, true) => "BB/PB",
            (Index::WeightForLength, false) => "BB/TB",
            (Index::BmiForAge, _) => "IMT/U",
            (Index::HeadForAge, _) => "LK/U",
            (Index::ArmForAge, _) => "LILA/U",
        }
    }
}

/// Something the cadre must act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Warning {
    /// WHO flags the value as implausible: measure again (its own list, not a referral).
    Implausible(Index),
    /// Below −3 SD on an index.
    Severe(Index),
    /// Below the red line of the KMS (BGM).
    BelowRedLine,
    /// Above the orange line of the BB/U chart: Buku KIA refers for risk of overweight.
    AboveOrangeLine,
    /// T this month.
    NotGained,
    /// T this month and last month.
    TwiceNotGained,
}

impl Warning {
    /// Buku KIA's reasons to refer the child; an implausible value is measured again
    /// instead ("ukur ulang").
    pub fn is_referral(self) -> bool {
        !matches!(self, Warning::Implausible(_))
    }
}

/// A weighing read through the standards.
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    pub age: Age,
    pub assessment: Assessment,
    /// N / T / O / B, if a weight was taken.
    pub gain: Option<Judgement>,
    pub warnings: Vec<Warning>,
}

impl Review {
    pub fn score(&self, index: Index) -> Option<Score> {
        let a = &self.assessment;
        match index {
            Index::WeightForAge => a.weight_for_age,
            Index::LengthForAge => a.length_for_age,
            Index::WeightForLength => a.weight_for_length,
            Index::BmiForAge => a.bmi_for_age,
            Index::HeadForAge => a.head_for_age,
            Index::ArmForAge => a.arm_for_age,
        }
    }

    /// The PMK 2/2020 category of an index, where PMK defines one for the child's age.
    pub fn category(&self, index: Index) -> Option<Category> {
        let z = self.score(index)?.z;
        let under_five = self.assessment.reference == Some(Reference::Who2006);
        match index {
            Index::WeightForAge if under_five => Some(category::weight_for_age(z)),
            Index::LengthForAge if under_five => Some(category::length_for_age(z)),
            Index::WeightForLength => Some(category::weight_for_length(z)),
            Index::BmiForAge => self
                .assessment
                .reference
                .map(|r| category::bmi_for_age(z, r)),
            _ => None,
        }
    }

    /// A reason of Buku KIA puts the child on the referral list.
    pub fn needs_referral(&self) -> bool {
        self.warnings.iter().any(|w| w.is_referral())
    }

    /// Implausible values not yet confirmed by the cadre block saving.
    pub fn implausible(&self) -> Vec<Index> {
        self.warnings
            .iter()
            .filter_map(|w| match w {
                Warning::Implausible(index) => Some(*index),
                _ => None,
            })
            .collect()
    }
}

/// The child's age at a weighing and its WHO z-scores alone (what prevalence needs),
/// `None` for a weighing dated before the birth.
pub fn assessment(child: &Person, current: &Measurement) -> Option<(Age, Assessment)> {
    let age = Age::between(child.birth_date, current.date)?;
    let assessment = assess(&Observation {
        sex: Some(child.sex),
        age: Some(age),
        weight_kg: current.weight_kg,
        lenhei_cm: current.lenhei_cm,
        position: current.position,
        head_cm: current.head_cm,
        arm_cm: current.arm_cm,
        oedema: current.oedema,
    });
    Some((age, assessment))
}

/// Reviews `current` for `child`, given all the child's weighings (any order; `current`
/// may be among them or new).
pub fn review(child: &Person, history: &[&Measurement], current: &Measurement) -> Option<Review> {
    let (age, assessment) = assessment(child, current)?;
    let gain = current.weight_kg.and_then(|weight_kg| {
        let mut weighings: Vec<Weighing> = history
            .iter()
            .filter(|m| m.date != current.date)
            .filter_map(|m| {
                m.weight_kg.map(|w| Weighing {
                    date: m.date,
                    weight_kg: w,
                })
            })
            .collect();
        weighings.push(Weighing {
            date: current.date,
            weight_kg,
        });
        let judged = judge_history(child.birth_date, &weighings);
        let mut judgement = judged
            .into_iter()
            .find(|(w, _)| w.date == current.date)
            .map(|(_, j)| j)?;
        if let Some(chosen) = current.gain_override {
            judgement.gain = chosen;
        }
        Some(judgement)
    });
    let mut review = Review {
        age,
        assessment,
        gain,
        warnings: Vec::new(),
    };
    review.warnings = warnings(&review);
    Some(review)
}

fn warnings(review: &Review) -> Vec<Warning> {
    let mut found = Vec::new();
    for index in Index::ALL {
        if let Some(score) = review.score(index) {
            if score.flagged {
                found.push(Warning::Implausible(index));
            } else if score.z < -3.0 {
                found.push(Warning::Severe(index));
            }
        }
    }
    let weight_for_age = review.assessment.weight_for_age.filter(|s| !s.flagged);
    if weight_for_age.is_some_and(|s| is_below_red_line(s.z)) {
        found.push(Warning::BelowRedLine);
    }
    if weight_for_age.is_some_and(|s| is_above_orange_line(s.z)) {
        found.push(Warning::AboveOrangeLine);
    }
    match review.gain {
        Some(j) if j.twice_not_gained => found.push(Warning::TwiceNotGained),
        Some(j) if j.gain == Gain::TidakNaik => found.push(Warning::NotGained),
        _ => {}
    }
    found
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use uuid::Uuid;

    use super::*;
    use crate::domain::core::person::Relation;
    use crate::growth::Sex;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    fn child() -> Person {
        Person {
            birth_weight_kg: Some(3.2),
            birth_length_cm: Some(49.0),
            ..Person::new(
                Uuid::nil(),
                "Ayu",
                Sex::Male,
                day(2025, 11, 1),
                Relation::Child,
            )
        }
    }

    fn weighing(date: NaiveDate, kg: f64, cm: Option<f64>) -> Measurement {
        Measurement::weighed(Uuid::nil(), date, kg, cm)
    }

    #[test]
    fn a_healthy_gain_is_n_with_normal_categories() {
        let before = weighing(day(2026, 10, 1), 8.7, None);
        let now = weighing(day(2026, 11, 1), 9.0, Some(75.0));
        let r = review(&child(), &[&before], &now).expect("born before");
        assert_eq!(r.gain.map(|j| j.gain), Some(Gain::Naik));
        assert_eq!(
            r.category(Index::WeightForAge),
            Some(Category::NormalWeight)
        );
        assert_eq!(
            r.category(Index::LengthForAge),
            Some(Category::NormalHeight)
        );
        assert!(!r.needs_referral());
    }

    #[test]
    fn two_months_without_gain_below_the_red_line_is_referred() {
        let m1 = weighing(day(2026, 9, 1), 6.2, None);
        let m2 = weighing(day(2026, 10, 1), 6.2, None);
        let now = weighing(day(2026, 11, 1), 6.1, None);
        let r = review(&child(), &[&m1, &m2, &now], &now).expect("born before");
        assert_eq!(r.gain.map(|j| j.gain.code()), Some("T"));
        assert!(r.warnings.contains(&Warning::TwiceNotGained));
        assert!(r.warnings.contains(&Warning::BelowRedLine));
        assert!(r.warnings.contains(&Warning::Severe(Index::WeightForAge)));
        assert!(r.needs_referral());
    }

    #[test]
    fn an_implausible_value_is_flagged_not_called_severe() {
        let now = weighing(day(2026, 11, 1), 2.0, None);
        let r = review(&child(), &[], &now).expect("born before");
        assert_eq!(r.implausible(), vec![Index::WeightForAge]);
        assert!(!r.warnings.contains(&Warning::BelowRedLine));
        assert_eq!(r.gain.map(|j| j.gain), Some(Gain::Baru));
        // Buku KIA refers for what the chart shows; a flag means "ukur ulang" instead.
        assert!(!r.needs_referral());
    }

    #[test]
    fn above_the_orange_line_is_referred_even_when_gaining() {
        // A boy of 12 months at 11.5 kg: BB/U about +1.6 SD, above the orange line (+1 SD).
        let before = weighing(day(2026, 10, 1), 11.0, None);
        let now = weighing(day(2026, 11, 1), 11.5, None);
        let r = review(&child(), &[&before], &now).expect("born before");
        assert_eq!(r.gain.map(|j| j.gain), Some(Gain::Naik));
        assert_eq!(r.warnings, vec![Warning::AboveOrangeLine]);
        assert!(r.needs_referral());
    }

    #[test]
    fn the_cadres_curve_judgement_overrules_kbm() {
        let before = weighing(day(2026, 10, 1), 8.9, None);
        let mut now = weighing(day(2026, 11, 1), 9.0, None);
        now.gain_override = Some(Gain::Naik);
        let r = review(&child(), &[&before], &now).expect("born before");
        assert_eq!(r.gain.map(|j| j.gain), Some(Gain::Naik));
    }
}
