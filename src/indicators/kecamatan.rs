//! The kecamatan view: one column of the month's programme figures per desa, so a
//! PKB/PLKB reads her villages side by side (SKDN, prevalence, KB, unmet need, KRS, TPK).

use crate::domain::core::area::AreaLevel;
use crate::domain::core::calendar::Month;
use crate::domain::core::register::Register;
use crate::domain::kb::status::FourTRules;
use crate::domain::tpk::stunting_risk::families_at_risk;
use crate::domain::tpk::targets::recap;
use crate::indicators::kb::report::kb_report;
use crate::indicators::posyandu::prevalence::prevalence;
use crate::indicators::posyandu::skdn::skdn;

/// One desa's month.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DesaColumn {
    pub name: String,
    pub families: usize,
    /// S, K, D, N of all its posyandu.
    pub skdn: [u32; 4],
    pub d_s: Option<f64>,
    pub n_d: Option<f64>,
    pub stunting: Option<f64>,
    pub wasting: Option<f64>,
    pub underweight: Option<f64>,
    pub pus: u32,
    pub cpr: Option<f64>,
    pub mcpr: Option<f64>,
    pub unmet: Option<f64>,
    pub new_acceptors: u32,
    /// Families at risk of stunting.
    pub krs: usize,
    /// TPK targets of the month and those visited in it.
    pub tpk_targets: u32,
    pub tpk_visited: u32,
}

/// The column of one desa's register for `month`.
pub fn desa_column(register: &Register, month: Month, rules: FourTRules) -> DesaColumn {
    let name = register
        .areas_at(AreaLevel::Village)
        .next()
        .map(|(_, a)| a.name.clone())
        .unwrap_or_default();
    let table = skdn(register, None, month);
    let total = table.total();
    let ratios = table.ratios();
    let prev = prevalence(register, None, month);
    let kb = kb_report(register, month, rules).total;
    let tpk = recap(register, month);
    DesaColumn {
        name,
        families: register.families.len(),
        skdn: [total.s, total.k, total.d, total.n],
        d_s: ratios.d_s,
        n_d: ratios.n_d,
        stunting: prev.stunting_percent(),
        wasting: prev.wasting_percent(),
        underweight: prev.underweight_percent(),
        pus: kb.pus,
        cpr: kb.cpr(),
        mcpr: kb.mcpr(),
        unmet: kb.unmet_percent(),
        new_acceptors: kb.new_acceptors,
        krs: families_at_risk(register, month.last_day(), rules).len(),
        tpk_targets: tpk.iter().map(|(_, r)| r.targets).sum(),
        tpk_visited: tpk.iter().map(|(_, r)| r.visited).sum(),
    }
}
