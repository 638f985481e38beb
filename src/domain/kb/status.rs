//! Keluarga Berencana: the KB status of each PUS wife as dated entries (a change of
//! method is a new entry, never an overwrite), unmet need, and the 4T risk
//! (docs/domain.md §4.2–4.4). The 4T thresholds are data with their source; the questions
//! asked over time (status on a date, KB baru, KBPP, drop-out, 4T) are in `kb_history`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::core::fields::{past_date, whole_number, Problem, Problems, Quantity};
use crate::domain::core::person::{MaritalStatus, Person, Relation};
use crate::growth::Sex;

/// Contraceptive method (alat/cara KB), ordered as the report lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    Iud,
    Mow,
    Mop,
    Implan,
    Suntik,
    Pil,
    Kondom,
    Mal,
    Tradisional,
}

impl Method {
    pub const ALL: [Method; 9] = [
        Method::Iud,
        Method::Mow,
        Method::Mop,
        Method::Implan,
        Method::Suntik,
        Method::Pil,
        Method::Kondom,
        Method::Mal,
        Method::Tradisional,
    ];

    /// Modern methods (for mCPR): all but MAL and traditional ones.
    pub fn is_modern(self) -> bool {
        !matches!(self, Method::Mal | Method::Tradisional)
    }

    /// Long-acting or permanent (MKJP): IUD, implant, MOW, MOP.
    pub fn is_mkjp(self) -> bool {
        matches!(
            self,
            Method::Iud | Method::Implan | Method::Mow | Method::Mop
        )
    }
}

/// What the couple wants (the PK / SIGA question on children).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Wish {
    /// Ingin anak segera.
    ChildSoon,
    /// Ingin anak ditunda (IAT).
    Delay,
    /// Tidak ingin anak lagi (TIAL).
    NoMore,
}

/// One dated KB status of a wife, as the cadre recorded it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KbStatus {
    pub wife_id: Uuid,
    /// Since when this status holds (start of the method, or the visit).
    #[serde(with = "crate::domain::core::stored_date")]
    pub since: NaiveDate,
    /// `None`: using no method.
    #[serde(default)]
    pub method: Option<Method>,
    /// Where the method was served (bidan, puskesmas, PMB …).
    #[serde(default)]
    pub served_at: String,
    #[serde(default)]
    pub pregnant: bool,
    #[serde(default)]
    pub wish: Option<Wish>,
    /// She uses a method for the first time in her life (the cadre asked): only then
    /// is a first recorded method KB baru; otherwise it is a long-time user newly
    /// written down.
    #[serde(default)]
    pub first_use: bool,
    /// "Sudah lama, tanggal tidak tahu": a long-time user whose start date nobody knows;
    /// `since` is then the day it was written down, and the entry never counts as a
    /// start (KB baru, ulang, ganti cara).
    #[serde(default)]
    pub since_unknown: bool,
    /// Jumlah anak lahir hidup as her KB card says, which may count children not in
    /// this register (grown up, moved, died): "terlalu banyak" reads the larger of the
    /// two.
    #[serde(default)]
    pub children_born: Option<u32>,
}

/// The 4 Terlalu thresholds; docs/domain.md §4.4 lists variants [U], so the cadre can
/// change them in Pengaturan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FourTRules {
    /// Terlalu muda: wife younger than this (years).
    pub too_young_below: u32,
    /// Terlalu tua: wife older than this (years) …
    pub too_old_above: u32,
    /// … and at most this old [U] (BKKBN's 35–40).
    #[serde(default = "too_old_until_default")]
    pub too_old_until: u32,
    /// Terlalu dekat: the last two births less than this many years apart.
    pub too_close_below_years: u32,
    /// Terlalu banyak: more children than this.
    pub too_many_above: usize,
}

/// The values the head of BKKBN uses in public remarks (docs/domain.md §4.4): < 20, > 35,
/// < 2 years, > 3 children; "terlalu tua" bounded at 40 as BKKBN's 35–40 band [U: the
/// band is BKKBN's PUS 4T reading named in the review of #13; no juknis at hand].
pub const FOUR_T: FourTRules = FourTRules {
    too_young_below: 20,
    too_old_above: 35,
    too_old_until: 40,
    too_close_below_years: 2,
    too_many_above: 3,
};

fn too_old_until_default() -> u32 {
    FOUR_T.too_old_until
}

/// Which of the 4T apply.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FourT {
    pub too_young: bool,
    pub too_old: bool,
    pub too_close: bool,
    pub too_many: bool,
}

impl FourT {
    pub fn any(&self) -> bool {
        self.too_young || self.too_old || self.too_close || self.too_many
    }
}

/// PUS: a married woman aged 15–49 on `date`.
pub fn is_pus(person: &Person, date: NaiveDate) -> bool {
    person.sex == Sex::Female
        && person.marital_status == Some(MaritalStatus::Married)
        && date
            .years_since(person.birth_date)
            .is_some_and(|age| (PUS_YOUNGEST..=PUS_OLDEST).contains(&age))
}

/// A PUS wife is 15 to 49 years old (docs/domain.md §4.2).
const PUS_YOUNGEST: u32 = 15;
const PUS_OLDEST: u32 = 49;

/// A married wife under 15 is a child marriage or a mistyped birth date: the form asks
/// the cadre to confirm it. An older wife past 49 is simply not a PUS, shown as such,
/// never a question (grandmothers are wives too). Returns her age when it asks.
pub fn wife_age_to_confirm(
    relation: Relation,
    marital: Option<MaritalStatus>,
    birth: NaiveDate,
    today: NaiveDate,
) -> Option<u32> {
    let age = today.years_since(birth)?;
    (relation == Relation::Wife && marital == Some(MaritalStatus::Married) && age < PUS_YOUNGEST)
        .then_some(age)
}

/// What the cadre answers for "Alat/cara KB": a method, or explicitly none, so an
/// untouched form is never saved as "Tidak ber-KB".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KbUse {
    Method(Method),
    NoMethod,
}

impl KbUse {
    pub const ALL: [KbUse; 10] = [
        KbUse::Method(Method::Iud),
        KbUse::Method(Method::Mow),
        KbUse::Method(Method::Mop),
        KbUse::Method(Method::Implan),
        KbUse::Method(Method::Suntik),
        KbUse::Method(Method::Pil),
        KbUse::Method(Method::Kondom),
        KbUse::Method(Method::Mal),
        KbUse::Method(Method::Tradisional),
        KbUse::NoMethod,
    ];

    pub fn of(method: Option<Method>) -> KbUse {
        method.map_or(KbUse::NoMethod, KbUse::Method)
    }

    pub fn method(self) -> Option<Method> {
        match self {
            KbUse::Method(m) => Some(m),
            KbUse::NoMethod => None,
        }
    }
}

/// The KB status form of one wife: a new entry, or a correction of an old one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KbStatusForm {
    pub uses: Option<KbUse>,
    /// Since when (the start of the method): typed, never assumed to be today, so a
    /// long-time user is not counted as starting this month.
    pub since: String,
    pub served_at: String,
    pub pregnant: bool,
    pub wish: Option<Wish>,
    pub first_use: bool,
    /// "Sudah lama, tanggal tidak tahu": no start date asked.
    pub since_unknown: bool,
    pub children_born: String,
}

impl KbStatusForm {
    pub fn from_status(status: &KbStatus) -> KbStatusForm {
        KbStatusForm {
            uses: Some(KbUse::of(status.method)),
            since: crate::domain::core::calendar::iso_date(status.since),
            served_at: status.served_at.clone(),
            pregnant: status.pregnant,
            wish: status.wish,
            first_use: status.first_use,
            since_unknown: status.since_unknown,
            children_born: status
                .children_born
                .map(|n| n.to_string())
                .unwrap_or_default(),
        }
    }

    /// The status of the wife born on `born`, or the problem at each field.
    pub fn parse(
        &self,
        wife_id: Uuid,
        born: NaiveDate,
        today: NaiveDate,
    ) -> Result<KbStatus, Problems> {
        let mut problems = Problems::new();
        if self.uses.is_none() {
            problems.push(("kb_method", Problem::Required));
        }
        // A long-time user with no known start holds from the day she is written down.
        let since_unknown = self.since_unknown && self.uses.is_some_and(|u| u.method().is_some());
        let since = if since_unknown {
            Some(today)
        } else {
            past_date(&self.since, born, today)
                .map_err(|p| problems.push(("kb_since", p)))
                .ok()
        };
        let children_born = whole_number(
            &self.children_born,
            Quantity::ChildrenBorn,
            "kb_children_born",
            &mut problems,
        );
        match (self.uses, since) {
            (Some(uses), Some(since)) if problems.is_empty() => Ok(KbStatus {
                wife_id,
                since,
                method: uses.method(),
                served_at: self.served_at.trim().to_owned(),
                pregnant: self.pregnant,
                wish: self.wish,
                first_use: self.first_use && uses.method().is_some() && !since_unknown,
                since_unknown,
                children_born,
            }),
            _ => Err(problems),
        }
    }
}

/// The 4T thresholds as typed in Pengaturan: whole numbers within their ranges.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FourTForm {
    pub too_young_below: String,
    pub too_old_above: String,
    pub too_old_until: String,
    pub too_close_below_years: String,
    pub too_many_above: String,
}

impl FourTForm {
    pub fn from_rules(rules: FourTRules) -> FourTForm {
        FourTForm {
            too_young_below: rules.too_young_below.to_string(),
            too_old_above: rules.too_old_above.to_string(),
            too_old_until: rules.too_old_until.to_string(),
            too_close_below_years: rules.too_close_below_years.to_string(),
            too_many_above: rules.too_many_above.to_string(),
        }
    }

    pub fn parse(&self) -> Result<FourTRules, Problems> {
        let mut problems = Problems::new();
        let mut whole = |text: &str, quantity, field| {
            if text.trim().is_empty() {
                problems.push((field, Problem::Required));
            }
            whole_number(text, quantity, field, &mut problems)
        };
        let young = whole(
            &self.too_young_below,
            Quantity::FourTYoung,
            "too_young_below",
        );
        let old = whole(&self.too_old_above, Quantity::FourTOld, "too_old_above");
        let until = whole(
            &self.too_old_until,
            Quantity::FourTOldUntil,
            "too_old_until",
        );
        let gap = whole(
            &self.too_close_below_years,
            Quantity::FourTGap,
            "too_close_below_years",
        );
        let many = whole(
            &self.too_many_above,
            Quantity::FourTChildren,
            "too_many_above",
        );
        if let (Some(old), Some(until)) = (old, until) {
            if until <= old {
                problems.push((
                    "too_old_until",
                    Problem::OutOfRange(Quantity::FourTOldUntil),
                ));
            }
        }
        match (young, old, until, gap, many) {
            (Some(young), Some(old), Some(until), Some(gap), Some(many)) if problems.is_empty() => {
                Ok(FourTRules {
                    too_young_below: young,
                    too_old_above: old,
                    too_old_until: until,
                    too_close_below_years: gap,
                    too_many_above: many as usize,
                })
            }
            _ => Err(problems),
        }
    }
}
