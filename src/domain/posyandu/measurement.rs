//! One weighing of a child on a posyandu day: what was measured and given (raw, as
//! entered), and the form that produces it. What is computed from it (z-scores, N/T)
//! is never stored, so a corrected WHO table or KBM row applies to old data too.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::core::fields::{decimal, past_date, Problem, Problems, Quantity};
use crate::domain::core::ids::derived_id;
use crate::growth::weight_gain::Gain;
use crate::growth::Position;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measurement {
    pub child_id: Uuid,
    #[serde(default)]
    pub posyandu_id: Option<Uuid>,
    #[serde(with = "crate::domain::core::stored_date")]
    pub date: NaiveDate,
    #[serde(default)]
    pub weight_kg: Option<f64>,
    #[serde(default)]
    pub lenhei_cm: Option<f64>,
    #[serde(default)]
    pub position: Option<Position>,
    #[serde(default)]
    pub arm_cm: Option<f64>,
    #[serde(default)]
    pub head_cm: Option<f64>,
    #[serde(default)]
    pub oedema: bool,
    /// Vitamin A capsule given today (February / August).
    #[serde(default)]
    pub vitamin_a: bool,
    /// Under 6 months: still exclusively breastfed (the E0–E6 tick).
    #[serde(default)]
    pub exclusive_breastfeeding: Option<bool>,
    /// Vaccines given today, as written in Buku KIA.
    #[serde(default)]
    pub immunisations: String,
    /// Supplementary food (PMT) given.
    #[serde(default)]
    pub pmt: bool,
    #[serde(default)]
    pub note: String,
    /// The cadre re-checked a value WHO flags as implausible and it is right.
    #[serde(default)]
    pub implausible_confirmed: bool,
    /// N or T judged from the curve, where Buku KIA lets the cadre overrule KBM.
    #[serde(default)]
    pub gain_override: Option<Gain>,
}

impl Measurement {
    /// The record id of a child's weighing on a day: the same on every tab and phone,
    /// so one child weighed twice on one day is one record (a second write is an edit
    /// or is refused as stale), never two weighings.
    pub fn day_id(child_id: Uuid, date: NaiveDate) -> Uuid {
        derived_id(
            "measurement",
            &[child_id.as_bytes(), date.to_string().as_bytes()],
        )
    }

    /// A weighing of weight and, when given, a lying length; nothing else recorded.
    pub fn weighed(
        child_id: Uuid,
        date: NaiveDate,
        weight_kg: f64,
        length_cm: Option<f64>,
    ) -> Measurement {
        Measurement {
            child_id,
            posyandu_id: None,
            date,
            weight_kg: Some(weight_kg),
            lenhei_cm: length_cm,
            position: length_cm.map(|_| Position::Lying),
            arm_cm: None,
            head_cm: None,
            oedema: false,
            vitamin_a: false,
            exclusive_breastfeeding: None,
            immunisations: String::new(),
            pmt: false,
            note: String::new(),
            implausible_confirmed: false,
            gain_override: None,
        }
    }
}

/// The weighing form, as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MeasurementForm {
    pub date: String,
    pub weight_kg: String,
    pub lenhei_cm: String,
    pub position: Option<Position>,
    pub arm_cm: String,
    pub head_cm: String,
    pub oedema: bool,
    pub vitamin_a: bool,
    pub exclusive_breastfeeding: Option<bool>,
    pub immunisations: String,
    pub pmt: bool,
    pub note: String,
    pub implausible_confirmed: bool,
}

impl MeasurementForm {
    /// Parses the form for a child born on `birth`, weighed at `posyandu_id`.
    pub fn parse(
        &self,
        child_id: Uuid,
        birth: NaiveDate,
        posyandu_id: Option<Uuid>,
        today: NaiveDate,
    ) -> Result<Measurement, Problems> {
        let mut problems = Problems::new();
        let date = past_date(&self.date, birth, today)
            .map_err(|p| problems.push(("date", p)))
            .ok();
        let weight_kg = decimal(
            &self.weight_kg,
            Quantity::Weight,
            "weight_kg",
            &mut problems,
        );
        let lenhei_cm = decimal(
            &self.lenhei_cm,
            Quantity::LengthHeight,
            "lenhei_cm",
            &mut problems,
        );
        let arm_cm = decimal(&self.arm_cm, Quantity::Arm, "arm_cm", &mut problems);
        let head_cm = decimal(&self.head_cm, Quantity::Head, "head_cm", &mut problems);
        let blank = |text: &str| text.trim().is_empty();
        if blank(&self.weight_kg) && blank(&self.lenhei_cm) {
            problems.push(("weight_kg", Problem::NothingMeasured));
        }
        match date {
            Some(date) if problems.is_empty() => Ok(Measurement {
                child_id,
                posyandu_id,
                date,
                weight_kg,
                lenhei_cm,
                position: lenhei_cm.and(self.position),
                arm_cm,
                head_cm,
                oedema: self.oedema,
                vitamin_a: self.vitamin_a,
                exclusive_breastfeeding: self.exclusive_breastfeeding,
                immunisations: self.immunisations.trim().to_owned(),
                pmt: self.pmt,
                note: self.note.trim().to_owned(),
                implausible_confirmed: self.implausible_confirmed,
                gain_override: None,
            }),
            _ => Err(problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_child_and_day_is_one_id() {
        let child = Uuid::from_u128(7);
        let day = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap_or_default();
        let next = NaiveDate::from_ymd_opt(2026, 11, 3).unwrap_or_default();
        assert_eq!(
            Measurement::day_id(child, day),
            Measurement::day_id(child, day)
        );
        assert_ne!(
            Measurement::day_id(child, day),
            Measurement::day_id(child, next)
        );
        assert_ne!(
            Measurement::day_id(child, day),
            Measurement::day_id(Uuid::from_u128(8), day)
        );
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    #[test]
    fn a_weighing_parses_with_decimal_commas() {
        let form = MeasurementForm {
            date: "2026-11-20".into(),
            weight_kg: "8,4".into(),
            lenhei_cm: "72,5".into(),
            position: Some(Position::Lying),
            ..MeasurementForm::default()
        };
        let m = form
            .parse(Uuid::nil(), day(2025, 11, 1), None, day(2026, 11, 22))
            .expect("valid");
        assert_eq!((m.weight_kg, m.lenhei_cm), (Some(8.4), Some(72.5)));
        assert_eq!(m.position, Some(Position::Lying));
    }

    #[test]
    fn typos_and_impossible_dates_are_refused_at_their_field() {
        let form = MeasurementForm {
            date: "2026-11-23".into(),
            weight_kg: "84".into(),
            head_cm: "4x".into(),
            ..MeasurementForm::default()
        };
        assert_eq!(
            form.parse(Uuid::nil(), day(2025, 11, 1), None, day(2026, 11, 22)),
            Err(vec![
                ("date", Problem::VisitInFuture),
                ("weight_kg", Problem::OutOfRange(Quantity::Weight)),
                ("head_cm", Problem::NotANumber),
            ])
        );
        let before_birth = MeasurementForm {
            date: "2025-10-01".into(),
            ..MeasurementForm::default()
        };
        assert_eq!(
            before_birth.parse(Uuid::nil(), day(2025, 11, 1), None, day(2026, 11, 22)),
            Err(vec![
                ("date", Problem::VisitBeforeBirth),
                ("weight_kg", Problem::NothingMeasured)
            ])
        );
    }
}
