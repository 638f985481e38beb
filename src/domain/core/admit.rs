//! What a record must meet to enter this phone from outside (a backup, an e-PPGBM
//! import, later a sync): the range rules of the forms, so a file can hold nothing a
//! cadre could not have typed, and no date that would break arithmetic downstream.
//! Rules that only make sense while typing ("a wedding no more than a month ago") are
//! not applied: a file may rightly hold last year's records.

use chrono::{DateTime, Days, NaiveDate, Utc};
use thiserror::Error;

use crate::domain::core::calendar::days_after;
use crate::domain::core::fields::{
    birth_date_in_range, earliest_date, past_date_in_range, records_since, Field, Problem, Quantity,
};
use crate::domain::core::forms::marriage_age_in_range;
use crate::domain::core::record::{Body, Record};
use crate::domain::group::cash::amount_in_range;
use crate::domain::tpk::catin::PLANNED_AHEAD_DAYS;

/// The first field of a record that breaks a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("field {field}: {problem:?}")]
pub struct Refused {
    pub field: Field,
    pub problem: Problem,
}

/// How far ahead of this phone's clock a timestamp may be: other phones' clocks and
/// time zones (WIB to WIT) differ by hours, not days.
const CLOCK_SLACK_DAYS: u64 = 1;

/// Checks one record against the rules, at the time `now` of this phone.
pub fn admit(record: &Record, now: DateTime<Utc>) -> Result<(), Refused> {
    let latest = now
        .checked_add_days(Days::new(CLOCK_SLACK_DAYS))
        .unwrap_or(now);
    let first = earliest_date();
    for (field, at) in [
        ("created_at", record.created_at),
        ("updated_at", record.updated_at),
    ] {
        if at > latest {
            return refuse(field, Problem::DateInFuture);
        }
        if at.date_naive() < first {
            return refuse(field, Problem::DateBefore1900);
        }
    }
    body(&record.body, latest.date_naive())
}

fn refuse(field: Field, problem: Problem) -> Result<(), Refused> {
    Err(Refused { field, problem })
}

/// `Ok` or the field's problem, as `?` wants it.
fn at<T>(field: Field, result: Result<T, Problem>) -> Result<T, Refused> {
    result.map_err(|problem| Refused { field, problem })
}

fn event(field: Field, date: NaiveDate, since: NaiveDate, today: NaiveDate) -> Result<(), Refused> {
    at(field, past_date_in_range(date, since, today)).map(drop)
}

fn quantity(field: Field, value: Option<f64>, quantity: Quantity) -> Result<(), Refused> {
    match value {
        Some(v) if !v.is_finite() => refuse(field, Problem::NotANumber),
        Some(v) => at(field, quantity.check(v)).map(drop),
        None => Ok(()),
    }
}

fn count(field: Field, value: Option<u32>, kind: Quantity) -> Result<(), Refused> {
    quantity(field, value.map(f64::from), kind)
}

fn body(body: &Body, today: NaiveDate) -> Result<(), Refused> {
    let first = earliest_date();
    match body {
        Body::Area(_) => Ok(()),
        Body::Family(f) => count(
            "welfare_decile",
            f.welfare_decile.map(u32::from),
            Quantity::WelfareDecile,
        ),
        Body::Person(p) => {
            at("birth_date", birth_date_in_range(p.birth_date, today))?;
            if let Some(years) = p.age_first_marriage {
                at(
                    "age_first_marriage",
                    marriage_age_in_range(years, Some(p.birth_date), today),
                )?;
            }
            if let Some(day) = p.married_on {
                event("married_on", day, p.birth_date, today)?;
            }
            quantity("birth_weight_kg", p.birth_weight_kg, Quantity::BirthWeight)?;
            quantity("birth_length_cm", p.birth_length_cm, Quantity::BirthLength)
        }
        Body::Measurement(m) => {
            event("date", m.date, first, today)?;
            quantity("weight_kg", m.weight_kg, Quantity::Weight)?;
            quantity("lenhei_cm", m.lenhei_cm, Quantity::LengthHeight)?;
            quantity("arm_cm", m.arm_cm, Quantity::Arm)?;
            quantity("head_cm", m.head_cm, Quantity::Head)
        }
        Body::KbStatus(k) => {
            event("since", k.since, first, today)?;
            count("children_born", k.children_born, Quantity::ChildrenBorn)
        }
        Body::Supply(s) => {
            event("supply_date", s.date, records_since(), today)?;
            count("quantity", Some(s.quantity), Quantity::SupplyUnits)
        }
        Body::Pregnancy(p) => {
            event("hpht", p.hpht, first, today)?;
            match p.delivered_on {
                Some(d) => event("delivered_on", d, p.hpht, today),
                None => Ok(()),
            }
        }
        Body::Dose(d) => event("given_on", d.given_on, first, today),
        Body::Anc(a) => event("anc_date", a.date, first, today),
        Body::ReferralBack(b) => {
            event("referred_on", b.referred_on, first, today)?;
            event("seen_on", b.seen_on, b.referred_on, today)
        }
        Body::Catin(c) => event(
            "wedding_date",
            c.wedding_date,
            first,
            days_after(today, PLANNED_AHEAD_DAYS),
        ),
        Body::Visit(v) => {
            event("date", v.date, first, today)?;
            quantity("adult_weight", v.weight_kg, Quantity::AdultWeight)?;
            quantity("adult_height", v.height_cm, Quantity::AdultHeight)?;
            quantity("adult_arm", v.arm_cm, Quantity::AdultArm)?;
            quantity("hb", v.hb_g_dl, Quantity::Haemoglobin)?;
            count("iron_tablets", v.iron_tablets, Quantity::IronTablets)
        }
        Body::Activity(a) => {
            event("activity_date", a.date, records_since(), today)?;
            count("participants", a.participants, Quantity::Participants)
        }
        Body::Cash(c) => {
            event("cash_date", c.date, records_since(), today)?;
            at("amount", amount_in_range(c.amount)).map(drop)
        }
    }
}
