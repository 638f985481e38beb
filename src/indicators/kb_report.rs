//! The monthly report of a PPKBD / Sub-PPKBD in the spirit of SIGA's R/I (domain.md
//! §4.5): per RT, the PUS, KB aktif by method, KB baru, MKJP, unmet need (IAT, TIAL),
//! pregnant, and PUS with any of the 4T, as on the last day of the month.

use std::collections::BTreeMap;

use uuid::Uuid;

use crate::domain::calendar::Month;
use crate::domain::family_planning::{
    four_t, is_new_acceptor, is_pus, status_on, FourTRules, Method, Wish,
};
use crate::domain::register::Register;
use crate::indicators::skdn::percent;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KbCounts {
    pub pus: u32,
    pub active: u32,
    pub by_method: BTreeMap<String, u32>,
    pub new_acceptors: u32,
    pub mkjp: u32,
    pub unmet_delay: u32,
    pub unmet_no_more: u32,
    pub pregnant: u32,
    pub four_t: u32,
    /// Pregnant and under 20 (kehamilan remaja).
    pub teen_pregnant: u32,
    /// First married under 19 (perkawinan anak).
    pub married_under_19: u32,
}

impl KbCounts {
    pub fn unmet(&self) -> u32 {
        self.unmet_delay + self.unmet_no_more
    }

    /// Contraceptive prevalence: KB aktif per PUS, in percent.
    pub fn cpr(&self) -> Option<f64> {
        percent(self.active, self.pus)
    }

    /// Unmet need per PUS, in percent.
    pub fn unmet_percent(&self) -> Option<f64> {
        percent(self.unmet(), self.pus)
    }

    fn add(&mut self, other: &KbCounts) {
        self.pus += other.pus;
        self.active += other.active;
        for (method, n) in &other.by_method {
            *self.by_method.entry(method.clone()).or_default() += n;
        }
        self.new_acceptors += other.new_acceptors;
        self.mkjp += other.mkjp;
        self.unmet_delay += other.unmet_delay;
        self.unmet_no_more += other.unmet_no_more;
        self.pregnant += other.pregnant;
        self.four_t += other.four_t;
        self.teen_pregnant += other.teen_pregnant;
        self.married_under_19 += other.married_under_19;
    }
}

/// Pregnancy under this age counts as teen pregnancy (domain.md §5.6, BKKBN).
pub const TEEN_BELOW: u32 = 20;
/// First marriage under this age is early marriage (UU 16/2019 sets 19 for both).
pub const CHILD_MARRIAGE_BELOW: u8 = 19;

/// The method's key in `by_method` (stable, as serialised).
pub fn method_key(method: Method) -> String {
    serde_json::to_value(method)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The village totals for the 12 months ending with `month` (Rumah DataKu charts).
pub fn kb_trend(register: &Register, month: Month, rules: FourTRules) -> Vec<(Month, KbCounts)> {
    month
        .last_twelve()
        .into_iter()
        .map(|m| (m, kb_report(register, m, rules).1))
        .collect()
}

/// Counts per RT (`None`: families without an RT yet), and the total.
pub fn kb_report(
    register: &Register,
    month: Month,
    rules: FourTRules,
) -> (Vec<(Option<Uuid>, KbCounts)>, KbCounts) {
    let end = month.last_day();
    let mut by_rt: Vec<(Option<Uuid>, KbCounts)> = Vec::new();
    for (wife_id, wife) in register.people.iter().filter(|(_, p)| is_pus(p, end)) {
        let mut c = KbCounts {
            pus: 1,
            ..KbCounts::default()
        };
        if let Some(status) = status_on(register, *wife_id, end) {
            if let Some(method) = status.method {
                c.active = 1;
                c.by_method.insert(method_key(method), 1);
                c.mkjp = u32::from(method.is_mkjp());
            }
            match status.unmet_need() {
                Some(Wish::Delay) => c.unmet_delay = 1,
                Some(Wish::NoMore) => c.unmet_no_more = 1,
                _ => {}
            }
            c.pregnant = u32::from(status.pregnant);
            let age = end.years_since(wife.birth_date).unwrap_or(0);
            c.teen_pregnant = u32::from(status.pregnant && age < TEEN_BELOW);
        }
        c.married_under_19 = u32::from(
            wife.age_first_marriage
                .is_some_and(|a| a < CHILD_MARRIAGE_BELOW),
        );
        c.new_acceptors = u32::from(is_new_acceptor(register, *wife_id, month.first_day(), end));
        c.four_t = u32::from(four_t(register, wife, *wife_id, end, rules).any());
        let rt = register.family(wife.family_id).and_then(|f| f.rt_id);
        match by_rt.iter_mut().find(|(r, _)| *r == rt) {
            Some((_, counts)) => counts.add(&c),
            None => by_rt.push((rt, c)),
        }
    }
    by_rt.sort_by_key(|(rt, _)| rt.and_then(|id| register.area_label(id)));
    let mut total = KbCounts::default();
    for (_, c) in &by_rt {
        total.add(c);
    }
    (by_rt, total)
}
