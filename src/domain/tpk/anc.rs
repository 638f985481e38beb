//! Pemeriksaan kehamilan (ANC) as PMK 21/2021 sets it: at least six contacts — two in
//! the first trimester, one in the second, three in the third — of which two with a
//! doctor (K1 in the first trimester, K5 in the third). The TPK writes each contact from
//! the Buku KIA and sees the next one due with its latest date ("paling lambat").

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::core::calendar::days_after;
use crate::domain::core::fields::{past_date, Problems};
use crate::domain::tpk::pregnancy::{Pregnancy, Stage};

/// One ANC contact at a health worker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AncContact {
    pub mother_id: Uuid,
    #[serde(with = "crate::domain::core::stored_date")]
    pub date: NaiveDate,
    /// Seen by a doctor (K1 and K5 must be).
    #[serde(default)]
    pub by_doctor: bool,
}

/// A contact of the schedule: its name, trimester, whether a doctor must see her, and
/// the last gestational week it may fall in.
pub struct Slot {
    pub name: &'static str,
    pub trimester: u8,
    pub doctor: bool,
    pub last_week: i64,
}

/// PMK 21/2021 Pasal 13 (docs/domain.md §5.3): 2 + 1 + 3 contacts, K1 and K5 by a
/// doctor; the third trimester's contacts before the HPL (week 40).
pub const ANC_SLOTS: [Slot; 6] = [
    Slot {
        name: "K1",
        trimester: 1,
        doctor: true,
        last_week: 12,
    },
    Slot {
        name: "K2",
        trimester: 1,
        doctor: false,
        last_week: 12,
    },
    Slot {
        name: "K3",
        trimester: 2,
        doctor: false,
        last_week: 24,
    },
    Slot {
        name: "K4",
        trimester: 3,
        doctor: false,
        last_week: 40,
    },
    Slot {
        name: "K5",
        trimester: 3,
        doctor: true,
        last_week: 40,
    },
    Slot {
        name: "K6",
        trimester: 3,
        doctor: false,
        last_week: 40,
    },
];

/// Where her ANC stands on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AncProgress {
    /// Slots filled, of `ANC_SLOTS.len()`.
    pub done: usize,
    /// Doctor slots filled, of 2.
    pub with_doctor: usize,
    /// The first slot not filled: its name, whether a doctor must see her, its latest
    /// day, and whether that day has passed.
    pub next: Option<(&'static str, bool, NaiveDate, bool)>,
}

/// Fills the slots with her contacts of this pregnancy (doctor contacts first into
/// doctor slots of their trimester), up to `day`.
pub fn anc_progress(
    pregnancy: &Pregnancy,
    contacts: &[&AncContact],
    day: NaiveDate,
) -> AncProgress {
    let mut filled = [false; 6];
    let mut seen: Vec<(u8, bool)> = contacts
        .iter()
        .filter(|c| c.date <= day && c.date >= pregnancy.hpht)
        .filter(|c| pregnancy.delivered_on.is_none_or(|d| c.date <= d))
        .filter_map(|c| match pregnancy.stage_on(c.date) {
            Stage::Pregnant { trimester, .. } => Some((trimester, c.by_doctor)),
            _ => None,
        })
        .collect();
    // Doctor contacts go to doctor slots first, so a doctor's K1 is not spent on K2.
    seen.sort_by_key(|(_, doctor)| !doctor);
    for (trimester, doctor) in seen {
        let slot = ANC_SLOTS
            .iter()
            .zip(filled.iter_mut())
            .filter(|(s, f)| s.trimester == trimester && !**f)
            .min_by_key(|(s, _)| (s.doctor != doctor, !s.doctor));
        if let Some((s, f)) = slot {
            // A doctor slot takes only a doctor's contact.
            if !s.doctor || doctor {
                *f = true;
            }
        }
    }
    let next = ANC_SLOTS
        .iter()
        .zip(filled)
        .find(|(_, f)| !f)
        .map(|(s, _)| {
            let latest = days_after(
                pregnancy.hpht,
                u64::try_from(s.last_week * 7 + 6).unwrap_or(0),
            );
            (s.name, s.doctor, latest, day > latest)
        });
    AncProgress {
        done: filled.iter().filter(|f| **f).count(),
        with_doctor: ANC_SLOTS
            .iter()
            .zip(filled)
            .filter(|(s, f)| s.doctor && *f)
            .count(),
        next,
    }
}

/// The contact form as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AncForm {
    pub date: String,
    pub by_doctor: bool,
}

impl AncForm {
    /// A day from the HPHT to today.
    pub fn parse(
        &self,
        mother_id: Uuid,
        hpht: NaiveDate,
        today: NaiveDate,
    ) -> Result<AncContact, Problems> {
        past_date(&self.date, hpht, today)
            .map(|date| AncContact {
                mother_id,
                date,
                by_doctor: self.by_doctor,
            })
            .map_err(|p| vec![("anc_date", p)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    fn contact(date: NaiveDate, by_doctor: bool) -> AncContact {
        AncContact {
            mother_id: Uuid::nil(),
            date,
            by_doctor,
        }
    }

    #[test]
    fn contacts_fill_the_schedule_and_the_next_one_has_its_latest_day() {
        let p = Pregnancy {
            mother_id: Uuid::nil(),
            hpht: day(2026, 5, 1),
            delivered_on: None,
        };
        // Week 6 by the midwife, week 10 by a doctor: K1 (doctor) and K2.
        let a = contact(day(2026, 6, 12), false);
        let b = contact(day(2026, 7, 10), true);
        let progress = anc_progress(&p, &[&a, &b], day(2026, 8, 1));
        assert_eq!((progress.done, progress.with_doctor), (2, 1));
        // K3 in the second trimester, by the end of week 24 (16 Oct + 6 days).
        assert_eq!(progress.next, Some(("K3", false, day(2026, 10, 22), false)));
        let late = anc_progress(&p, &[&a, &b], day(2026, 11, 1));
        assert_eq!(
            late.next.map(|n| n.3),
            Some(true),
            "past week 24 without K3"
        );
    }

    #[test]
    fn without_a_doctor_k1_stays_open() {
        let p = Pregnancy {
            mother_id: Uuid::nil(),
            hpht: day(2026, 5, 1),
            delivered_on: None,
        };
        let a = contact(day(2026, 6, 12), false);
        let b = contact(day(2026, 7, 10), false);
        let c = contact(day(2026, 9, 1), false);
        let progress = anc_progress(&p, &[&a, &b, &c], day(2026, 9, 2));
        assert_eq!((progress.done, progress.with_doctor), (2, 0));
        assert_eq!(progress.next.map(|n| (n.0, n.1)), Some(("K1", true)));
    }

    #[test]
    fn a_contact_before_the_hpht_or_in_the_future_is_refused() {
        let form = AncForm {
            date: "2026-04-01".into(),
            by_doctor: true,
        };
        assert!(form
            .parse(Uuid::nil(), day(2026, 5, 1), day(2026, 8, 1))
            .is_err());
        let ok = AncForm {
            date: "2026-06-01".into(),
            by_doctor: true,
        };
        assert!(ok
            .parse(Uuid::nil(), day(2026, 5, 1), day(2026, 8, 1))
            .is_ok());
    }
}
