//! Everything the Laporan screen shows for a month and a posyandu (or all), computed in
//! one place: SKDN, prevalence (the month, per RW and the 12-month trend), the children
//! to refer or measure again, and imunisasi dasar lengkap. The month's children are
//! reviewed once for all of them.

use uuid::Uuid;

use crate::domain::core::register::Register;
use crate::indicators::posyandu::immunisation::idl_coverage;
use crate::indicators::posyandu::month::{children_in_month, Month};
use crate::indicators::posyandu::prevalence::{prevalence_by_rw, trend, Prevalence};
use crate::indicators::posyandu::referral::{referrals_among, remeasures_among, Referral};
use crate::indicators::posyandu::skdn::{skdn_of, Skdn};

#[derive(Debug)]
pub struct MonthlyReport {
    pub skdn: Skdn,
    pub prevalence: Prevalence,
    pub referrals: Vec<Referral>,
    pub remeasures: Vec<Referral>,
    /// Per RW (`None`: families without an RT yet), RW names sorted.
    pub by_rw: Vec<(Option<Uuid>, Prevalence)>,
    /// The 12 months ending with the report's, oldest first.
    pub trend: Vec<(Month, Prevalence)>,
    /// Children with imunisasi dasar lengkap, and those who turned one, in the month.
    pub idl: (u32, u32),
}

impl MonthlyReport {
    pub fn of(register: &Register, posyandu: Option<Uuid>, month: Month) -> Self {
        let trend = trend(register, posyandu, month);
        // The trend's last month is the report's own.
        let prevalence = trend.last().map(|(_, p)| *p).unwrap_or_default();
        let children = children_in_month(register, posyandu, month);
        MonthlyReport {
            skdn: skdn_of(&children, month),
            prevalence,
            referrals: referrals_among(register, &children),
            remeasures: remeasures_among(register, &children),
            by_rw: prevalence_by_rw(register, posyandu, month),
            trend,
            idl: idl_coverage(register, posyandu, month),
        }
    }
}
