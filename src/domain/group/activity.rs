//! The IMP's own activities (6 Peran Bakti, docs/domain.md §4.1): organising, routine
//! meetings with their minutes, KIE and counselling sessions, services; counted per
//! month for the R/I report.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::core::calendar::Month;
use crate::domain::core::fields::{
    past_date, records_since, whole_number, Problem, Problems, Quantity,
};

/// Which peran bakti an activity serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    /// Pengorganisasian: forming and guiding groups (poktan, Kelompok KB).
    Organising,
    /// Pertemuan rutin, with minutes.
    Meeting,
    /// KIE / penyuluhan to a group.
    Kie,
    /// Konseling to a couple or a person.
    Counselling,
    /// Pelayanan: KB service, resupply, referral days.
    Service,
    Other,
}

impl ActivityKind {
    pub const ALL: [ActivityKind; 6] = [
        ActivityKind::Organising,
        ActivityKind::Meeting,
        ActivityKind::Kie,
        ActivityKind::Counselling,
        ActivityKind::Service,
        ActivityKind::Other,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    #[serde(with = "crate::domain::core::stored_date")]
    pub date: NaiveDate,
    pub kind: ActivityKind,
    /// Topic or agenda.
    pub topic: String,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub participants: Option<u32>,
    /// Notulen: what was discussed and decided.
    #[serde(default)]
    pub notes: String,
}

/// The activity form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActivityForm {
    pub date: String,
    pub kind: Option<ActivityKind>,
    pub topic: String,
    pub place: String,
    pub participants: String,
    pub notes: String,
}

impl ActivityForm {
    pub fn parse(&self, today: NaiveDate) -> Result<Activity, Problems> {
        let mut problems = Problems::new();
        let date = past_date(&self.date, records_since(), today)
            .map_err(|p| problems.push(("activity_date", p)))
            .ok();
        if self.kind.is_none() {
            problems.push(("activity_kind", Problem::Required));
        }
        if self.topic.trim().is_empty() {
            problems.push(("topic", Problem::Required));
        }
        let participants = whole_number(
            &self.participants,
            Quantity::Participants,
            "participants",
            &mut problems,
        );
        match (date, self.kind) {
            (Some(date), Some(kind)) if problems.is_empty() => Ok(Activity {
                date,
                kind,
                topic: self.topic.trim().to_owned(),
                place: self.place.trim().to_owned(),
                participants,
                notes: self.notes.trim().to_owned(),
            }),
            _ => Err(problems),
        }
    }
}

/// The month's activities per kind: how many, and how many took part in all.
pub fn activity_counts(
    activities: &[(Uuid, Activity)],
    month: Month,
) -> Vec<(ActivityKind, u32, u32)> {
    ActivityKind::ALL
        .iter()
        .map(|kind| {
            let of_kind = activities
                .iter()
                .filter(|(_, a)| a.kind == *kind && Month::of(a.date) == month);
            of_kind.fold((*kind, 0, 0), |(k, n, people), (_, a)| {
                (k, n + 1, people + a.participants.unwrap_or(0))
            })
        })
        .collect()
}
