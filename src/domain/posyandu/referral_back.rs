//! Rujukan balik: what came of a child's referral — whether she was seen at the
//! puskesmas or bidan, when, and what they found — so "perlu dirujuk" empties only once
//! she was seen, not when the cadre forgets.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::core::fields::{past_date, required, Problem, Problems};
use crate::domain::core::ids::derived_id;

/// The outcome of the referral made at the weighing of `referred_on`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralBack {
    pub child_id: Uuid,
    /// The weighing that asked for the referral.
    #[serde(with = "crate::domain::core::stored_date")]
    pub referred_on: NaiveDate,
    /// The day she was seen by the health worker.
    #[serde(with = "crate::domain::core::stored_date")]
    pub seen_on: NaiveDate,
    /// Where (puskesmas, bidan, dokter).
    #[serde(default)]
    pub place: String,
    /// What they found or advised, as the referral slip says.
    pub result: String,
}

impl ReferralBack {
    /// One outcome per referral: the same id on every phone.
    pub fn id_of(child_id: Uuid, referred_on: NaiveDate) -> Uuid {
        derived_id(
            "referral-back",
            &[child_id.as_bytes(), referred_on.to_string().as_bytes()],
        )
    }
}

/// The outcome form as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReferralBackForm {
    pub seen_on: String,
    pub place: String,
    pub result: String,
}

impl ReferralBackForm {
    /// Seen on or after the referral and not in the future; the result is required.
    pub fn parse(
        &self,
        child_id: Uuid,
        referred_on: NaiveDate,
        today: NaiveDate,
    ) -> Result<ReferralBack, Problems> {
        let mut problems = Problems::new();
        let seen_on = past_date(&self.seen_on, referred_on, today)
            .map_err(|p| {
                let p = if p == Problem::VisitBeforeBirth {
                    Problem::SeenBeforeReferral
                } else {
                    p
                };
                problems.push(("seen_on", p));
            })
            .ok();
        let result = required(&self.result, "referral_result", &mut problems);
        match seen_on {
            Some(seen_on) if problems.is_empty() => Ok(ReferralBack {
                child_id,
                referred_on,
                seen_on,
                place: self.place.trim().to_owned(),
                result,
            }),
            _ => Err(problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).expect("a real date")
    }

    #[test]
    fn the_outcome_is_seen_after_the_referral_with_a_result() {
        let form = ReferralBackForm {
            seen_on: "2026-11-12".into(),
            place: " Puskesmas ".into(),
            result: "Gizi kurang, PMT 90 hari".into(),
        };
        let back = form.parse(Uuid::nil(), day(5), day(20)).expect("valid");
        assert_eq!((back.seen_on, back.place.as_str()), (day(12), "Puskesmas"));
        let early = ReferralBackForm {
            seen_on: "2026-11-01".into(),
            ..form.clone()
        };
        assert_eq!(
            early.parse(Uuid::nil(), day(5), day(20)),
            Err(vec![("seen_on", Problem::SeenBeforeReferral)])
        );
        let empty = ReferralBackForm::default().parse(Uuid::nil(), day(5), day(20));
        assert_eq!(
            empty,
            Err(vec![
                ("seen_on", Problem::Required),
                ("referral_result", Problem::Required)
            ])
        );
    }
}
