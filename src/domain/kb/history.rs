//! Questions over a wife's KB history: the status on a date, pregnant or in unmet
//! need (the TPK's pregnancy records count too), KB baru, KB pasca persalinan,
//! drop-out and the 4T. `KbIndex` groups statuses and births by wife once,
//! so a village report over 12 months does not rescan the register per wife.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::domain::core::calendar::days_after;
use crate::domain::core::id_map::IdMap;
use crate::domain::core::person::Person;
use crate::domain::core::register::Register;
use crate::domain::kb::status::{FourT, FourTRules, KbStatus, Wish};
use crate::domain::tpk::pregnancy::{Pregnancy, Stage};
use crate::growth::Age;

/// KB pasca persalinan: a method started up to this many days after a delivery
/// (Perban BKKBN 18/2020, Pasal 16; docs/domain.md §4.2).
pub const KBPP_DAYS: i64 = 42;

/// A method started 0–`KBPP_DAYS` days after a delivery.
fn is_kbpp(status: &KbStatus, delivered: NaiveDate) -> bool {
    status.method.is_some() && (0..=KBPP_DAYS).contains(&(status.since - delivered).num_days())
}

/// How a status that began in a period starts a method, as BKKBN counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// KB baru: a first-ever user, or a method again after a delivery or miscarriage.
    New,
    /// KB ulang: a method again after stopping, not because of a pregnancy.
    Restart,
    /// Ganti cara: another method without a pause.
    Switch,
}

/// Each wife's KB statuses and her children's birth dates, oldest first.
pub struct KbIndex<'a> {
    statuses: IdMap<Vec<&'a KbStatus>>,
    births: IdMap<Vec<NaiveDate>>,
    pregnancies: IdMap<Vec<&'a Pregnancy>>,
}

impl<'a> KbIndex<'a> {
    pub fn new(register: &'a Register) -> KbIndex<'a> {
        Self::of(register, |_| true)
    }

    /// Only this wife's entries: her panel on a family page, without indexing the
    /// whole desa (thousands of wives) on every save.
    pub fn of_wife(register: &'a Register, wife_id: Uuid) -> KbIndex<'a> {
        let wanted = wife_id.as_u128();
        Self::of(register, move |id| id.as_u128() == wanted)
    }

    /// The entries of the women `keep` takes.
    fn of(register: &'a Register, keep: impl Fn(Uuid) -> bool) -> KbIndex<'a> {
        let mut statuses: IdMap<Vec<&KbStatus>> = IdMap::default();
        for (_, s) in register.kb_statuses.iter().filter(|(_, s)| keep(s.wife_id)) {
            statuses.entry(s.wife_id).or_default().push(s);
        }
        for entries in statuses.values_mut() {
            entries.sort_by_key(|s| s.since);
        }
        let mut births: IdMap<Vec<NaiveDate>> = IdMap::default();
        for (_, p) in &register.people {
            if let Some(mother) = p.mother_id.filter(|m| keep(*m)) {
                births.entry(mother).or_default().push(p.birth_date);
            }
        }
        for dates in births.values_mut() {
            dates.sort();
        }
        let mut pregnancies: IdMap<Vec<&Pregnancy>> = IdMap::default();
        for (_, p) in register
            .pregnancies
            .iter()
            .filter(|(_, p)| keep(p.mother_id))
        {
            pregnancies.entry(p.mother_id).or_default().push(p);
        }
        KbIndex {
            statuses,
            births,
            pregnancies,
        }
    }

    /// The wife's KB statuses, oldest first.
    pub fn history(&self, wife_id: Uuid) -> &[&'a KbStatus] {
        self.statuses.get(&wife_id).map_or(&[], Vec::as_slice)
    }

    /// Birth dates of the wife's children born by `date`, oldest first.
    pub fn births(&self, wife_id: Uuid, date: NaiveDate) -> &[NaiveDate] {
        let all = self.births.get(&wife_id).map_or(&[][..], Vec::as_slice);
        all.split_at(all.partition_point(|d| *d <= date)).0
    }

    /// The status holding on `date` (the last one since on or before it).
    pub fn status_on(&self, wife_id: Uuid, date: NaiveDate) -> Option<&'a KbStatus> {
        let entries = self.history(wife_id);
        entries
            .split_at(entries.partition_point(|s| s.since <= date))
            .0
            .last()
            .copied()
    }

    /// Pregnant on `date`: a pregnancy (from the TPK's HPHT) in progress, or a KB
    /// status saying so with no delivery recorded since.
    pub fn pregnant_on(&self, wife_id: Uuid, date: NaiveDate) -> bool {
        let of_hers = self
            .pregnancies
            .get(&wife_id)
            .map_or(&[][..], Vec::as_slice);
        let in_progress = of_hers
            .iter()
            .any(|p| matches!(p.stage_on(date), Stage::Pregnant { .. }));
        let said = self.status_on(wife_id, date).is_some_and(|s| {
            s.pregnant
                && !of_hers
                    .iter()
                    .any(|p| p.delivered_on.is_some_and(|d| d >= s.since && d <= date))
        });
        in_progress || said
    }

    /// Unmet need on `date`: wants to delay or stop, uses no method, not pregnant.
    pub fn unmet_need_on(&self, wife_id: Uuid, date: NaiveDate) -> Option<Wish> {
        if self.pregnant_on(wife_id, date) {
            return None;
        }
        // A status taken while pregnant still holds after a recorded delivery: then
        // her wish with no method is unmet need.
        let status = self.status_on(wife_id, date)?;
        match status.wish {
            Some(w @ (Wish::Delay | Wish::NoMore)) if status.method.is_none() => Some(w),
            _ => None,
        }
    }

    /// Entries that began in `from..=to`, each with the entries before it.
    fn changes(
        &self,
        wife_id: Uuid,
        from: NaiveDate,
        to: NaiveDate,
    ) -> impl Iterator<Item = (&[&'a KbStatus], &'a KbStatus)> + '_ {
        let entries = self.history(wife_id);
        entries.iter().enumerate().filter_map(move |(i, s)| {
            let earlier = entries.split_at(i).0;
            (from..=to).contains(&s.since).then_some((earlier, *s))
        })
    }

    /// Her deliveries (or ended pregnancies) by `date`: her children's birth dates and
    /// the deliveries the TPK recorded.
    fn deliveries(&self, wife_id: Uuid, date: NaiveDate) -> Vec<NaiveDate> {
        let mut all: Vec<NaiveDate> = self.births(wife_id, date).to_vec();
        all.extend(
            self.pregnancies
                .get(&wife_id)
                .into_iter()
                .flatten()
                .filter_map(|p| p.delivered_on)
                .filter(|d| *d <= date),
        );
        all
    }

    /// What the status `s` (after the `earlier` ones) starts, if it starts a method,
    /// and whether it is KB pasca persalinan (KB baru within `KBPP_DAYS` of a delivery).
    /// A start is "after a delivery" when she gave birth (or was pregnant) since she
    /// last used a method, even if a "no method" entry was written in between.
    fn start(&self, wife_id: Uuid, earlier: &[&KbStatus], s: &KbStatus) -> Option<(Start, bool)> {
        let method = s.method?;
        // "Sudah lama, tanggal tidak tahu" starts nothing.
        if s.since_unknown {
            return None;
        }
        let deliveries = self.deliveries(wife_id, s.since);
        let postpartum = deliveries.iter().any(|d| is_kbpp(s, *d));
        let last_use = earlier.iter().rposition(|e| e.method.is_some());
        let since_use = earlier.split_at(last_use.map_or(0, |i| i + 1)).1;
        let delivered_since_use =
            deliveries
                .iter()
                .any(|d| match last_use.and_then(|i| earlier.get(i)) {
                    Some(used) => *d > used.since,
                    // Never seen using: a birth after her first entry, or just before this start.
                    None => is_kbpp(s, *d) || earlier.first().is_some_and(|f| *d > f.since),
                });
        let after_delivery = delivered_since_use || since_use.iter().any(|e| e.pregnant);
        let before = earlier.last();
        if after_delivery || s.first_use {
            return Some((Start::New, postpartum));
        }
        match before.map(|b| b.method) {
            Some(None) => Some((Start::Restart, false)),
            Some(Some(old)) if old != method => Some((Start::Switch, false)),
            // The same method written again, or a long-time user recorded for the
            // first time: no start.
            _ => None,
        }
    }

    /// Whether a status began in the period that starts a method the way `kind` says.
    pub fn started(&self, wife_id: Uuid, from: NaiveDate, to: NaiveDate, kind: Start) -> bool {
        self.changes(wife_id, from, to).any(|(earlier, s)| {
            self.start(wife_id, earlier, s)
                .is_some_and(|(k, _)| k == kind)
        })
    }

    /// KB baru in the period.
    pub fn is_new_acceptor(&self, wife_id: Uuid, from: NaiveDate, to: NaiveDate) -> bool {
        self.started(wife_id, from, to, Start::New)
    }

    /// KB pasca persalinan in the period: KB baru within `KBPP_DAYS` after one of her
    /// deliveries (a switch of method in those days is not KBPP).
    pub fn is_postpartum_acceptor(&self, wife_id: Uuid, from: NaiveDate, to: NaiveDate) -> bool {
        self.changes(wife_id, from, to).any(|(earlier, s)| {
            self.start(wife_id, earlier, s)
                .is_some_and(|(_, kbpp)| kbpp)
        })
    }

    /// Whether she became KB baru within `KBPP_DAYS` of the delivery on `delivered`: the
    /// report's KBPP rule, so the TPK list and the report agree (a switch or the same
    /// method written again is not KBPP).
    pub fn has_kbpp(&self, wife_id: Uuid, delivered: NaiveDate) -> bool {
        let last_day = days_after(delivered, KBPP_DAYS.unsigned_abs());
        self.changes(wife_id, delivered, last_day)
            .any(|(earlier, s)| matches!(self.start(wife_id, earlier, s), Some((Start::New, _))))
    }

    /// Drop-out (putus pakai) in the period: she used a method and now uses none while
    /// not pregnant. Stopping because of a pregnancy is counted as pregnant instead.
    pub fn is_dropout(&self, wife_id: Uuid, from: NaiveDate, to: NaiveDate) -> bool {
        self.changes(wife_id, from, to).any(|(earlier, s)| {
            s.method.is_none() && !s.pregnant && earlier.last().is_some_and(|b| b.method.is_some())
        })
    }

    /// The 4T of a wife on `date` by `rules`.
    pub fn four_t(
        &self,
        wife: &Person,
        wife_id: Uuid,
        date: NaiveDate,
        rules: FourTRules,
    ) -> FourT {
        let age = date.years_since(wife.birth_date).unwrap_or(0);
        let births = self.births(wife_id, date);
        let too_close = births.windows(2).last().is_some_and(|pair| {
            let [older, younger] = pair else {
                return false;
            };
            Age::between(*older, *younger)
                .is_some_and(|gap| gap.months() < f64::from(rules.too_close_below_years) * 12.0)
        });
        // Her KB card may count children this register does not hold.
        let recorded = self
            .status_on(wife_id, date)
            .and_then(|s| s.children_born)
            .map_or(0, |n| n as usize);
        FourT {
            too_young: age < rules.too_young_below,
            too_old: age > rules.too_old_above && age <= rules.too_old_until,
            too_close,
            too_many: births.len().max(recorded) > rules.too_many_above,
        }
    }
}
