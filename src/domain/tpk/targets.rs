//! Who the TPK accompanies on a date (sasaran): catin before their wedding, pregnant
//! women, mothers in their 42 days of nifas, and children under two (with what their
//! last posyandu weighing asks the cadre to act on); for each, the
//! facts a visit needs, the last visit and its risks, and what is still to do. Also
//! the month's recap per target.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::domain::core::calendar::Month;
use crate::domain::core::id_map::IdMap;
use crate::domain::core::register::Register;
use crate::domain::kb::history::KbIndex;
use crate::domain::posyandu::measurement::Measurement;
use crate::domain::posyandu::review::{review, Warning};
use crate::domain::tpk::anc::{anc_progress, AncProgress};
use crate::domain::tpk::catin::Catin;
use crate::domain::tpk::pregnancy::{neonatal_visit_due, nifas_visit_due, Pregnancy, Stage};
use crate::domain::tpk::visit::{Risk, Target, Visit, RISK_LIMITS};
use crate::growth::Age;

/// Children are baduta below this age in months.
pub const BADUTA_MONTHS: f64 = 24.0;

/// The catin screening is due at least this many months before the wedding (Elsimil,
/// BKKBN: "paling lambat 3 bulan sebelum menikah").
pub const SCREENING_MONTHS_BEFORE: u32 = 3;

/// Where a catin's screening (Elsimil) stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Screening {
    /// Nothing measured yet; due by the day, late once past.
    Due { by: NaiveDate, late: bool },
    /// Measured on the day with no risk: "ideal".
    Ideal(NaiveDate),
    /// Measured on the day: "berisiko", with the reasons.
    AtRisk(NaiveDate, Vec<Risk>),
}

/// The screening of a catin: her latest visit with a measure, read by `RISK_LIMITS`.
fn screening(register: &Register, catin: &Catin, seen: &[&Visit], date: NaiveDate) -> Screening {
    let by = catin
        .wedding_date
        .checked_sub_months(chrono::Months::new(SCREENING_MONTHS_BEFORE))
        .unwrap_or(catin.wedding_date);
    let measured = seen
        .iter()
        .rev()
        .find(|v| v.target == Target::Catin && v.measured());
    match (measured, register.person(catin.person_id)) {
        (Some(v), Some(person)) => {
            let risks = v.risks(person, RISK_LIMITS);
            if risks.is_empty() {
                Screening::Ideal(v.date)
            } else {
                Screening::AtRisk(v.date, risks)
            }
        }
        _ => Screening::Due {
            by,
            late: date > by,
        },
    }
}

/// Facts of a target on the date.
#[derive(Debug, Clone, PartialEq)]
pub enum Detail {
    Catin {
        wedding: NaiveDate,
        screening: Screening,
    },
    Pregnant {
        weeks: i64,
        days: i64,
        trimester: u8,
        hpl: NaiveDate,
        /// Tablet tambah darah given at visits of this pregnancy.
        iron_tablets: u32,
        /// Her ANC contacts against the six of PMK 21/2021.
        anc: AncProgress,
    },
    Postpartum {
        day: i64,
        kf_due: Option<&'static str>,
        /// A method started within 42 days of the delivery.
        kbpp: bool,
    },
    Baduta {
        months: u32,
        last_weighed: Option<NaiveDate>,
        /// What the last weighing asks the cadre to act on (referral reasons).
        warnings: Vec<Warning>,
        /// In the first 28 days: the newborn visit (KN) due and its last day.
        kn_due: Option<(&'static str, NaiveDate)>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct TargetRow {
    pub person_id: Uuid,
    pub target: Target,
    pub detail: Detail,
    pub last_visit: Option<NaiveDate>,
    /// Risks seen at the last visit for this target.
    pub risks: Vec<Risk>,
    pub referred: bool,
}

/// Each mother's latest pregnancy (by HPHT).
fn latest_pregnancies(register: &Register) -> Vec<&Pregnancy> {
    let mut latest: IdMap<&Pregnancy> = IdMap::default();
    for (_, p) in &register.pregnancies {
        latest
            .entry(p.mother_id)
            .and_modify(|old| {
                if p.hpht > old.hpht {
                    *old = p;
                }
            })
            .or_insert(p);
    }
    latest.into_values().collect()
}

/// The visits to one person for one target in `from..=to`, oldest first.
fn visits(
    register: &Register,
    person: Uuid,
    target: Target,
    (from, to): (NaiveDate, NaiveDate),
) -> Vec<&Visit> {
    register
        .visits
        .iter()
        .map(|(_, v)| v)
        .filter(|v| v.person_id == person && v.target == target && (from..=to).contains(&v.date))
        .collect()
}

fn row(
    register: &Register,
    person_id: Uuid,
    target: Target,
    detail: Detail,
    seen: &[&Visit],
) -> TargetRow {
    let last = seen.last();
    let person = register.person(person_id);
    TargetRow {
        person_id,
        target,
        detail,
        last_visit: last.map(|v| v.date),
        risks: last
            .zip(person)
            .map(|(v, p)| v.risks(p, RISK_LIMITS))
            .unwrap_or_default(),
        referred: last.is_some_and(|v| v.referred),
    }
}

/// Everyone the TPK accompanies on `date`, by target then name.
pub fn targets(register: &Register, date: NaiveDate) -> Vec<TargetRow> {
    let index = KbIndex::new(register);
    let mut rows = Vec::new();
    for (_, c) in register.catins.iter().filter(|(_, c)| c.followed_on(date)) {
        let seen = visits(register, c.person_id, Target::Catin, (NaiveDate::MIN, date));
        let detail = Detail::Catin {
            wedding: c.wedding_date,
            screening: screening(register, c, &seen, date),
        };
        rows.push(row(register, c.person_id, Target::Catin, detail, &seen));
    }
    for p in latest_pregnancies(register) {
        match p.stage_on(date) {
            Stage::Pregnant {
                weeks,
                days,
                trimester,
            } => {
                let seen = visits(register, p.mother_id, Target::Pregnant, (p.hpht, date));
                let iron_tablets = seen.iter().filter_map(|v| v.iron_tablets).sum();
                let detail = Detail::Pregnant {
                    weeks,
                    days,
                    trimester,
                    hpl: p.hpl(),
                    iron_tablets,
                    anc: anc_progress(p, &register.ancs_of(p.mother_id), date),
                };
                rows.push(row(register, p.mother_id, Target::Pregnant, detail, &seen));
            }
            Stage::Postpartum { day } => {
                let delivered = p.delivered_on.unwrap_or(date);
                let seen = visits(register, p.mother_id, Target::Postpartum, (delivered, date));
                let detail = Detail::Postpartum {
                    day,
                    kf_due: nifas_visit_due(day),
                    kbpp: index.has_kbpp(p.mother_id, delivered),
                };
                rows.push(row(
                    register,
                    p.mother_id,
                    Target::Postpartum,
                    detail,
                    &seen,
                ));
            }
            Stage::Other => {}
        }
    }
    for (id, child) in &register.people {
        let Some(age) = Age::between(child.birth_date, date) else {
            continue;
        };
        if age.months() >= BADUTA_MONTHS {
            continue;
        }
        let seen = visits(register, *id, Target::Baduta, (NaiveDate::MIN, date));
        let weighings: Vec<&Measurement> = register
            .measurements_of(*id)
            .map(|(_, m)| m)
            .filter(|m| m.date <= date)
            .collect();
        let last = weighings.last();
        let detail = Detail::Baduta {
            months: age.months().floor() as u32,
            last_weighed: last.map(|m| m.date),
            warnings: last
                .and_then(|m| review(child, &weighings, m))
                .map(|r| r.warnings)
                .unwrap_or_default(),
            kn_due: neonatal_visit_due(child.birth_date, (date - child.birth_date).num_days()),
        };
        rows.push(row(register, *id, Target::Baduta, detail, &seen));
    }
    let name = |id: Uuid| register.person(id).map(|p| p.name.to_lowercase());
    rows.sort_by_key(|r| {
        (
            Target::ALL.iter().position(|t| *t == r.target),
            name(r.person_id),
        )
    });
    rows
}

/// One target's month: how many, how many visited in the month, with a risk, referred.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Recap {
    pub targets: u32,
    pub visited: u32,
    pub at_risk: u32,
    pub referred: u32,
}

/// The month's recap per target, from the targets on the month's last day.
pub fn recap(register: &Register, month: Month) -> Vec<(Target, Recap)> {
    recap_of(&targets(register, month.last_day()), month)
}

/// The recap of `month` from targets already listed (the TPK screen lists today's and
/// counts this month's from the same rows instead of listing them twice).
pub fn recap_of(rows: &[TargetRow], month: Month) -> Vec<(Target, Recap)> {
    Target::ALL
        .iter()
        .map(|target| {
            let mut r = Recap::default();
            for row in rows.iter().filter(|row| row.target == *target) {
                let in_month = row.last_visit.is_some_and(|d| Month::of(d) == month);
                r.targets += 1;
                r.visited += u32::from(in_month);
                r.at_risk += u32::from(!row.risks.is_empty());
                r.referred += u32::from(row.referred);
            }
            (*target, r)
        })
        .collect()
}

/// What the TPK should do first, counted from the targets of a day (Beranda).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Agenda {
    /// Mothers in nifas with no method yet (KBPP still possible).
    pub nifas_without_kbpp: u32,
    /// Pregnant women whose last visit showed a risk.
    pub pregnant_at_risk: u32,
    /// Targets not visited in the month of `date`.
    pub not_visited: u32,
}

pub fn agenda(register: &Register, date: NaiveDate) -> Agenda {
    let mut a = Agenda::default();
    let month = Month::of(date);
    for row in targets(register, date) {
        match &row.detail {
            Detail::Postpartum { kbpp: false, .. } => a.nifas_without_kbpp += 1,
            Detail::Pregnant { .. } if !row.risks.is_empty() => a.pregnant_at_risk += 1,
            _ => {}
        }
        a.not_visited += u32::from(row.last_visit.is_none_or(|d| Month::of(d) != month));
    }
    a
}
