//! The monthly SKDN table of a posyandu (docs/domain.md §3.3), by age band × sex, with its
//! ratios. K is a balita with a KMS / Buku KIA, as the cadre recorded it (unanswered:
//! weighed here at least once). A child under five
//! on any day of the month counts (one turning 60 months in it is in the 24–59 band).

use uuid::Uuid;

use crate::domain::core::fields::YesNo;
use crate::domain::core::register::Register;
use crate::domain::posyandu::review::Warning;
use crate::growth::weight_gain::Gain;
use crate::growth::Sex;
use crate::indicators::posyandu::month::{children_in_month, ChildMonth, Month};

/// Bulan vitamin A: February and August (docs/domain.md §3.5).
pub const VITAMIN_A_MONTHS: [u32; 2] = [2, 8];

/// Age bands of the monthly report rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AgeBand {
    Months0To5,
    Months6To11,
    Months12To23,
    Months24To59,
}

impl AgeBand {
    pub const ALL: [AgeBand; 4] = [
        AgeBand::Months0To5,
        AgeBand::Months6To11,
        AgeBand::Months12To23,
        AgeBand::Months24To59,
    ];

    pub fn of(completed_months: u32) -> AgeBand {
        match completed_months {
            0..=5 => AgeBand::Months0To5,
            6..=11 => AgeBand::Months6To11,
            12..=23 => AgeBand::Months12To23,
            _ => AgeBand::Months24To59,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            AgeBand::Months0To5 => "0–5 bln",
            AgeBand::Months6To11 => "6–11 bln",
            AgeBand::Months12To23 => "12–23 bln",
            AgeBand::Months24To59 => "24–59 bln",
        }
    }
}

/// The report rows for one cell (or a total).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub s: u32,
    pub k: u32,
    pub n: u32,
    pub t: u32,
    pub o: u32,
    pub b: u32,
    /// Weighed this month: N + T + O + B.
    pub d: u32,
    pub bgm: u32,
    pub twice_t: u32,
    pub vitamin_a: u32,
    pub exclusive_breastfeeding: u32,
}

impl Counts {
    /// K − D: registered children who did not come.
    pub fn not_attending(&self) -> u32 {
        self.k.saturating_sub(self.d)
    }

    fn add(&mut self, other: &Counts) {
        self.s += other.s;
        self.k += other.k;
        self.n += other.n;
        self.t += other.t;
        self.o += other.o;
        self.b += other.b;
        self.d += other.d;
        self.bgm += other.bgm;
        self.twice_t += other.twice_t;
        self.vitamin_a += other.vitamin_a;
        self.exclusive_breastfeeding += other.exclusive_breastfeeding;
    }
}

/// Reads one number (a report row, a poster bar) from a cell.
pub type CountOf = fn(&Counts) -> u32;

/// A ratio in percent, `None` when the denominator is zero.
pub fn percent(part: u32, whole: u32) -> Option<f64> {
    (whole > 0).then(|| f64::from(part) * 100.0 / f64::from(whole))
}

/// The SKDN ratios of the programme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ratios {
    /// K/S: coverage.
    pub k_s: Option<f64>,
    /// D/S: participation.
    pub d_s: Option<f64>,
    /// D/K: continuity.
    pub d_k: Option<f64>,
    /// N/D: weighing outcome.
    pub n_d: Option<f64>,
    /// N/D′, D′ being the children weighed this month and last month (N + T): the
    /// outcome among those whose gain could be judged.
    pub n_d_prime: Option<f64>,
    /// N/S: programme success.
    pub n_s: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Skdn {
    pub month: Month,
    /// [band][sex]: boys then girls.
    pub cells: [[Counts; 2]; 4],
}

impl Skdn {
    #[allow(
        clippy::indexing_slicing,
        reason = "indexed by enums the arrays are sized for"
    )]
    pub fn cell(&self, band: AgeBand, sex: Sex) -> &Counts {
        &self.cells[band as usize][sex.index()]
    }

    pub fn total(&self) -> Counts {
        let mut total = Counts::default();
        for row in &self.cells {
            for cell in row {
                total.add(cell);
            }
        }
        total
    }

    pub fn ratios(&self) -> Ratios {
        let t = self.total();
        Ratios {
            k_s: percent(t.k, t.s),
            d_s: percent(t.d, t.s),
            d_k: percent(t.d, t.k),
            n_d: percent(t.n, t.d),
            n_d_prime: percent(t.n, t.n + t.t),
            n_s: percent(t.n, t.s),
        }
    }
}

/// K: a balita with a KMS / Buku KIA. Where the cadre has not answered the question,
/// a child weighed here at least once is taken to have one (she has a page at this
/// posyandu), so older registers keep their K.
fn has_kia_book(child: &ChildMonth<'_>) -> bool {
    match child.child.kia_book {
        Some(answer) => answer == YesNo::Yes,
        None => !child.weighings.is_empty(),
    }
}

fn count(child: &ChildMonth<'_>, month: Month) -> Option<(AgeBand, Counts)> {
    let end_age = crate::growth::Age::between(child.child.birth_date, month.last_day())?;
    let mut c = Counts {
        s: 1,
        k: u32::from(has_kia_book(child)),
        ..Counts::default()
    };
    let band = AgeBand::of(end_age.completed_months());
    let in_month = || child.weighings.iter().filter(|m| month.contains(m.date));
    // Vitamin A is given to 6–59 months (blue 6–11, red 12–59) in February and August
    // only; ASI eksklusif is watched from 0 to 5 months (E0–E6).
    c.vitamin_a = u32::from(
        VITAMIN_A_MONTHS.contains(&month.month)
            && band != AgeBand::Months0To5
            && in_month().any(|m| m.vitamin_a),
    );
    c.exclusive_breastfeeding = u32::from(
        band == AgeBand::Months0To5 && in_month().any(|m| m.exclusive_breastfeeding == Some(true)),
    );
    if let Some((_, review)) = &child.review {
        if let Some(judgement) = review.gain {
            c.d = 1;
            match judgement.gain {
                Gain::Naik => c.n = 1,
                Gain::TidakNaik => c.t = 1,
                Gain::TidakDitimbangBulanLalu => c.o = 1,
                Gain::Baru => c.b = 1,
            }
            c.twice_t = u32::from(judgement.twice_not_gained);
        }
        c.bgm = u32::from(review.warnings.contains(&Warning::BelowRedLine));
    }
    Some((band, c))
}

/// SKDN of `month` for one posyandu, or for all with `None`.
pub fn skdn(register: &Register, posyandu: Option<Uuid>, month: Month) -> Skdn {
    skdn_of(&children_in_month(register, posyandu, month), month)
}

/// SKDN of the month's children as `children_in_month` gives them (a report that also
/// lists referrals reviews each child once).
#[allow(
    clippy::indexing_slicing,
    reason = "indexed by enums the arrays are sized for"
)]
pub fn skdn_of(children: &[ChildMonth<'_>], month: Month) -> Skdn {
    let mut cells = [[Counts::default(); 2]; 4];
    for child in children {
        if let Some((band, counts)) = count(child, month) {
            cells[band as usize][child.child.sex.index()].add(&counts);
        }
    }
    Skdn { month, cells }
}
