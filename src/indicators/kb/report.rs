//! The monthly report of a PPKBD / Sub-PPKBD in the spirit of SIGA's R/I (docs/domain.md
//! §4.5): per RT, the PUS, KB aktif by method, KB baru, MKJP, unmet need (IAT, TIAL),
//! pregnant, and PUS with any of the 4T, as on the last day of the month; KB baru,
//! KB pasca persalinan and drop-outs within the month. Rows are RTs grouped by RW.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use uuid::Uuid;

use crate::domain::core::calendar::Month;
use crate::domain::core::person::Person;
use crate::domain::core::register::Register;
use crate::domain::kb::history::{KbIndex, Start};
use crate::domain::kb::status::{is_pus, FourTRules, Method, Wish};
use crate::indicators::posyandu::skdn::percent;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KbCounts {
    pub pus: u32,
    pub active: u32,
    pub by_method: BTreeMap<Method, u32>,
    pub new_acceptors: u32,
    /// KB ulang: a method again after stopping (not after a pregnancy).
    pub restarts: u32,
    /// Ganti cara: another method without a pause.
    pub switches: u32,
    /// Users of a modern method (all but MAL and traditional), for mCPR.
    pub modern: u32,
    /// KB baru within 42 days of a delivery (KBPP).
    pub postpartum: u32,
    /// Stopped a method in the month, not pregnant (drop-out).
    pub dropouts: u32,
    pub mkjp: u32,
    pub unmet_delay: u32,
    pub unmet_no_more: u32,
    pub pregnant: u32,
    pub four_t: u32,
    /// Pregnant and under 20 (kehamilan remaja).
    pub teen_pregnant: u32,
    /// People (either spouse) married in the period before 19, the legal minimum of
    /// UU 16/2019; girls under 15 too, who are not PUS.
    pub married_under_19: u32,
    /// Of those, married before 18: perkawinan anak.
    pub married_under_18: u32,
}

impl KbCounts {
    pub fn unmet(&self) -> u32 {
        self.unmet_delay + self.unmet_no_more
    }

    /// Contraceptive prevalence: KB aktif per PUS, in percent.
    pub fn cpr(&self) -> Option<f64> {
        percent(self.active, self.pus)
    }

    /// Modern contraceptive prevalence: modern-method users per PUS, in percent.
    pub fn mcpr(&self) -> Option<f64> {
        percent(self.modern, self.pus)
    }

    /// Unmet need per PUS, in percent.
    pub fn unmet_percent(&self) -> Option<f64> {
        percent(self.unmet(), self.pus)
    }

    fn add(&mut self, other: &KbCounts) {
        self.pus += other.pus;
        self.active += other.active;
        for (method, n) in &other.by_method {
            *self.by_method.entry(*method).or_default() += n;
        }
        self.new_acceptors += other.new_acceptors;
        self.restarts += other.restarts;
        self.switches += other.switches;
        self.modern += other.modern;
        self.postpartum += other.postpartum;
        self.dropouts += other.dropouts;
        self.mkjp += other.mkjp;
        self.unmet_delay += other.unmet_delay;
        self.unmet_no_more += other.unmet_no_more;
        self.pregnant += other.pregnant;
        self.four_t += other.four_t;
        self.teen_pregnant += other.teen_pregnant;
        self.married_under_19 += other.married_under_19;
        self.married_under_18 += other.married_under_18;
    }
}

/// Pregnancy under this age counts as teen pregnancy (docs/domain.md §5.6, BKKBN).
pub const TEEN_BELOW: u32 = 20;
/// Marriage under this age is below the legal minimum (UU 16/2019 sets 19 for both).
pub const EARLY_MARRIAGE_BELOW: u32 = 19;
/// Marriage under this age is perkawinan anak (a child is under 18, UU 35/2014).
pub const CHILD_MARRIAGE_BELOW: u32 = 18;

/// One RW: its total and its RTs (`None`: not placed in an RT / RW yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RwRows {
    pub rw: Option<Uuid>,
    pub total: KbCounts,
    pub rts: Vec<(Option<Uuid>, KbCounts)>,
}

/// The month's report: RWs with their RTs, and the village total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KbReport {
    pub month: Month,
    pub rws: Vec<RwRows>,
    pub total: KbCounts,
}

impl KbReport {
    /// The counts of one RW (`None`: families not in an RT yet).
    pub fn rw(&self, rw: Option<Uuid>) -> KbCounts {
        self.rws
            .iter()
            .find(|r| r.rw == rw)
            .map(|r| r.total.clone())
            .unwrap_or_default()
    }
}

/// The report for the 12 months ending with `month`, oldest first (Rumah DataKu
/// charts, teen pregnancy over time).
pub fn kb_year(register: &Register, month: Month, rules: FourTRules) -> Vec<KbReport> {
    let index = KbIndex::new(register);
    month
        .last_twelve()
        .into_iter()
        .map(|m| report(register, &index, m, rules))
        .collect()
}

/// The report of one month.
pub fn kb_report(register: &Register, month: Month, rules: FourTRules) -> KbReport {
    report(register, &KbIndex::new(register), month, rules)
}

/// One PUS wife's contribution to the month.
fn counts_of(
    index: &KbIndex<'_>,
    wife_id: Uuid,
    wife: &Person,
    month: Month,
    rules: FourTRules,
) -> KbCounts {
    let (start, end) = (month.first_day(), month.last_day());
    let mut c = KbCounts {
        pus: 1,
        ..KbCounts::default()
    };
    if let Some(method) = index.status_on(wife_id, end).and_then(|s| s.method) {
        c.active = 1;
        c.by_method.insert(method, 1);
        c.mkjp = u32::from(method.is_mkjp());
        c.modern = u32::from(method.is_modern());
    }
    match index.unmet_need_on(wife_id, end) {
        Some(Wish::Delay) => c.unmet_delay = 1,
        Some(Wish::NoMore) => c.unmet_no_more = 1,
        _ => {}
    }
    let pregnant = index.pregnant_on(wife_id, end);
    let age = end.years_since(wife.birth_date).unwrap_or(0);
    c.pregnant = u32::from(pregnant);
    c.teen_pregnant = u32::from(pregnant && age < TEEN_BELOW);
    c.new_acceptors = u32::from(index.is_new_acceptor(wife_id, start, end));
    c.restarts = u32::from(index.started(wife_id, start, end, Start::Restart));
    c.switches = u32::from(index.started(wife_id, start, end, Start::Switch));
    c.postpartum = u32::from(index.is_postpartum_acceptor(wife_id, start, end));
    c.dropouts = u32::from(index.is_dropout(wife_id, start, end));
    c.four_t = u32::from(index.four_t(wife, wife_id, end, rules).any());
    c
}

fn report(register: &Register, index: &KbIndex<'_>, month: Month, rules: FourTRules) -> KbReport {
    let end = month.last_day();
    let mut by_rt: FxHashMap<Option<Uuid>, KbCounts> = FxHashMap::default();
    for (wife_id, wife) in register.people.iter().filter(|(_, p)| is_pus(p, end)) {
        let rt = register.family(wife.family_id).and_then(|f| f.rt_id);
        by_rt
            .entry(rt)
            .or_default()
            .add(&counts_of(index, *wife_id, wife, month, rules));
    }
    // Marriages in the month, counted for each spouse, whatever their age or sex.
    let start = month.first_day();
    for (_, person) in &register.people {
        let Some(day) = person.married_on.filter(|d| (start..=end).contains(d)) else {
            continue;
        };
        let age = day.years_since(person.birth_date).unwrap_or(0);
        if age < EARLY_MARRIAGE_BELOW {
            let rt = register.family(person.family_id).and_then(|f| f.rt_id);
            let counts = by_rt.entry(rt).or_default();
            counts.married_under_19 += 1;
            counts.married_under_18 += u32::from(age < CHILD_MARRIAGE_BELOW);
        }
    }
    let mut rws: Vec<RwRows> = Vec::new();
    for (rt, counts) in by_rt {
        let rw = rt
            .and_then(|id| register.area(id))
            .and_then(|a| a.parent_id);
        let at = match rws.iter().position(|r| r.rw == rw) {
            Some(at) => at,
            None => {
                rws.push(RwRows {
                    rw,
                    total: KbCounts::default(),
                    rts: Vec::new(),
                });
                rws.len() - 1
            }
        };
        if let Some(rw_rows) = rws.get_mut(at) {
            rw_rows.total.add(&counts);
            rw_rows.rts.push((rt, counts));
        }
    }
    let label = |id: Option<Uuid>| id.and_then(|id| register.area_label(id));
    for rw in &mut rws {
        rw.rts.sort_by_key(|(rt, _)| label(*rt));
    }
    rws.sort_by_key(|r| label(r.rw));
    let mut total = KbCounts::default();
    for rw in &rws {
        total.add(&rw.total);
    }
    KbReport { month, rws, total }
}

/// A count column of the report: header as on the PPKBD form, and its value.
pub type Column = (&'static str, fn(&KbCounts) -> u32);

/// The report's count columns, in order (methods follow in `Method::ALL` order).
pub const COLUMNS: [Column; 17] = [
    ("PUS", |c| c.pus),
    ("KB aktif", |c| c.active),
    ("KB modern", |c| c.modern),
    ("KB baru", |c| c.new_acceptors),
    ("KB ulang", |c| c.restarts),
    ("Ganti cara", |c| c.switches),
    ("KBPP", |c| c.postpartum),
    ("MKJP", |c| c.mkjp),
    ("DO", |c| c.dropouts),
    ("IAT", |c| c.unmet_delay),
    ("TIAL", |c| c.unmet_no_more),
    ("Unmet need", KbCounts::unmet),
    ("Hamil", |c| c.pregnant),
    ("4T", |c| c.four_t),
    ("Hamil < 20", |c| c.teen_pregnant),
    ("Kawin < 19", |c| c.married_under_19),
    ("Kawin < 18", |c| c.married_under_18),
];

impl KbCounts {
    /// Active users of one method.
    pub fn users_of(&self, method: Method) -> u32 {
        self.by_method.get(&method).copied().unwrap_or(0)
    }
}

/// Which line of the report a row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowLevel {
    Rt,
    Rw,
    Village,
}

impl RowLevel {
    pub fn label(self) -> &'static str {
        match self {
            RowLevel::Rt => "RT",
            RowLevel::Rw => "RW",
            RowLevel::Village => "Desa",
        }
    }
}

/// The report flattened for a table or a file: each RW's RTs, then the RW, then the
/// village. Labels are the area names ("—" where none is recorded).
pub fn report_rows<'a>(
    register: &Register,
    report: &'a KbReport,
) -> Vec<(RowLevel, String, &'a KbCounts)> {
    // "RT 01 / RW 03" and "RW 03", never a bare "01 / 03".
    let label = |id: Option<Uuid>| {
        id.and_then(|id| register.area_label(id))
            .unwrap_or_else(|| "—".to_owned())
    };
    let mut rows = Vec::new();
    for rw in &report.rws {
        let rw_name = label(rw.rw);
        for (rt, counts) in &rw.rts {
            rows.push((RowLevel::Rt, label(*rt), counts));
        }
        rows.push((RowLevel::Rw, rw_name, &rw.total));
    }
    rows.push((RowLevel::Village, "Jumlah".to_owned(), &report.total));
    rows
}
