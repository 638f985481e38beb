//! A plausible desa: RWs with RTs and a posyandu each, families with a head, a wife and
//! children, monthly weighings of the under-fives over three years, KB statuses,
//! pregnancies, catin, TPK visits, the IMP's meetings and cash. Deterministic for a
//! seed, so a figure measured on it can be measured again.

use chrono::{DateTime, Days, Months, NaiveDate, Utc};
use uuid::Uuid;

use crate::domain::core::area::{Area, AreaLevel};
use crate::domain::core::calendar::Month;
use crate::domain::core::family::{Family, HouseCondition, Latrine, WaterSource};
use crate::domain::core::person::{Education, MaritalStatus, Person, Relation};
use crate::domain::core::record::{Body, Record};
use crate::domain::group::activity::{Activity, ActivityKind};
use crate::domain::group::cash::{CashEntry, CashKind};
use crate::domain::kb::status::{KbStatus, Method, Wish};
use crate::domain::kb::supply::{SupplyEntry, SupplyItem};
use crate::domain::posyandu::immunisation::{DoseGiven, SCHEDULE};
use crate::domain::posyandu::measurement::Measurement;
use crate::domain::tpk::catin::Catin;
use crate::domain::tpk::pregnancy::Pregnancy;
use crate::domain::tpk::visit::{Target, Visit};
use crate::growth::Sex;

/// SplitMix64: a few lines of well-known arithmetic, enough for fixtures (no crate
/// needed, and the same numbers on every machine).
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A whole number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: u64) -> u64 {
        self.next().checked_rem(n).unwrap_or(0)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> Option<T> {
        let i = usize::try_from(self.below(items.len() as u64)).ok()?;
        items.get(i).copied()
    }

    fn uuid(&mut self) -> Uuid {
        Uuid::from_u64_pair(self.next(), self.next())
    }
}

const WOMEN: [&str; 10] = [
    "Siti", "Dewi", "Sri", "Nur", "Ani", "Rina", "Wati", "Yuni", "Lestari", "Ratna",
];
const MEN: [&str; 8] = [
    "Budi", "Agus", "Joko", "Dedi", "Rudi", "Eko", "Asep", "Hendra",
];
const FAMILY: [&str; 12] = [
    "Aminah",
    "Rahayu",
    "Lestari",
    "Hidayat",
    "Saputra",
    "Susanti",
    "Wahyuni",
    "Pratama",
    "Kurniawan",
    "Setiawan",
    "Handayani",
    "Permata",
];

const EDUCATION: [Education; 4] = [
    Education::Primary,
    Education::JuniorHigh,
    Education::SeniorHigh,
    Education::SeniorHigh,
];

/// How big a village to make.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub families: usize,
    pub rws: usize,
    pub rts_per_rw: usize,
    /// Months of records, ending with the month of `today`.
    pub months: u32,
}

impl Size {
    /// A desa of `families` families and three years of records.
    pub fn desa(families: usize) -> Size {
        Size {
            families,
            rws: 6,
            rts_per_rw: 4,
            months: 36,
        }
    }
}

struct Maker {
    dice: Dice,
    now: DateTime<Utc>,
    today: NaiveDate,
    records: Vec<Record>,
}

impl Maker {
    fn add(&mut self, body: Body) -> Uuid {
        let mut record = Record::new(body, "desa-contoh", self.now);
        record.id = self.dice.uuid();
        let id = record.id;
        self.records.push(record);
        id
    }

    fn name(&mut self, sex: Sex, surname: &str) -> String {
        let names: &[&str] = if sex == Sex::Female { &WOMEN } else { &MEN };
        let given = self.dice.pick(names).unwrap_or("Siti");
        format!("{given} {surname}")
    }

    fn days_ago(&mut self, most: u64) -> NaiveDate {
        let back = self.dice.below(most);
        self.today
            .checked_sub_days(Days::new(back))
            .unwrap_or(self.today)
    }

    fn born_years_ago(&mut self, youngest: u64, oldest: u64) -> NaiveDate {
        let days = (youngest * 365) + self.dice.below((oldest - youngest) * 365 + 1);
        self.today
            .checked_sub_days(Days::new(days))
            .unwrap_or(self.today)
    }
}

/// A child's weight and length at `months`, near the WHO median, with some children
/// small for their age (so lists of stunted and underweight children are not empty).
fn growth_at(months: f64, small: f64) -> (f64, f64) {
    let weight = (3.3 + 0.75 * months.min(12.0) + 0.2 * (months - 12.0).max(0.0)) * small;
    let length = (50.0 + 2.6 * months.min(12.0) + 0.9 * (months - 12.0).max(0.0)) * small.sqrt();
    (
        (weight * 10.0).round() / 10.0,
        (length * 10.0).round() / 10.0,
    )
}

/// Three families with a few records of every kind, for tests of the stored forms.
pub fn three_families() -> Vec<Record> {
    let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
    village(Size::desa(3), 7, now)
}

/// The records of a generated village, as a backup would hold them.
pub fn village(size: Size, seed: u64, now: DateTime<Utc>) -> Vec<Record> {
    let mut m = Maker {
        dice: Dice(seed),
        now,
        today: now.date_naive(),
        records: Vec::new(),
    };
    let area = |level, name: String, parent_id| {
        Body::Area(Area {
            level,
            name,
            parent_id,
        })
    };
    let desa = m.add(area(AreaLevel::Village, "Desa Contoh".into(), None));
    let mut rts = Vec::new();
    let mut posyandus = Vec::new();
    for rw in 1..=size.rws {
        let rw_id = m.add(area(AreaLevel::Rw, format!("{rw:02}"), Some(desa)));
        posyandus.push(m.add(area(
            AreaLevel::Posyandu,
            format!(
                "Posyandu {}",
                WOMEN.get(rw % WOMEN.len()).unwrap_or(&"Mawar")
            ),
            Some(desa),
        )));
        for rt in 1..=size.rts_per_rw {
            rts.push((
                m.add(area(AreaLevel::Rt, format!("{rt:02}"), Some(rw_id))),
                rw - 1,
            ));
        }
    }
    let first_month = size.months.saturating_sub(1);
    let mut wives = Vec::new();
    for f in 0..size.families {
        let (rt_id, rw) = rts.get(f % rts.len().max(1)).copied().unwrap_or((desa, 0));
        let posyandu = posyandus.get(rw).copied();
        let body = Body::Family(Family {
            kk_number: format!("3201{:012}", f),
            address: format!("Jl. Contoh No. {}", f + 1),
            rt_id: Some(rt_id),
            water: m.dice.pick(&[
                WaterSource::Piped,
                WaterSource::ProtectedWell,
                WaterSource::ProtectedWell,
                WaterSource::UnprotectedWell,
                WaterSource::Spring,
                WaterSource::River,
            ]),
            latrine: m
                .dice
                .pick(&[Latrine::Own, Latrine::Own, Latrine::Shared, Latrine::None]),
            house: m.dice.pick(&[
                HouseCondition::Fit,
                HouseCondition::Fit,
                HouseCondition::Unfit,
            ]),
            map_spot: None,
            ..Family::default()
        });
        let family_id = m.add(body);
        let surname = m.dice.pick(&FAMILY).unwrap_or("Aminah");
        let head_born = m.born_years_ago(22, 60);
        let head_name = m.name(Sex::Male, surname);
        let body = Body::Person(Person {
            nik: format!("3201{:06}{:06}", f, 1),
            marital_status: Some(MaritalStatus::Married),
            education: m.dice.pick(&EDUCATION),
            job: "Petani".into(),
            ..Person::new(family_id, &head_name, Sex::Male, head_born, Relation::Head)
        });
        m.add(body);
        let wife_born = m.born_years_ago(17, 52);
        let wife_age = m.today.years_since(wife_born).unwrap_or(17);
        let age_at_marriage = (16 + m.dice.below(9) as u32).min(wife_age) as u8;
        let wife_name = m.name(Sex::Female, surname);
        let body = Body::Person(Person {
            nik: format!("3201{:06}{:06}", f, 2),
            age_first_marriage: Some(age_at_marriage),
            marital_status: Some(MaritalStatus::Married),
            education: m.dice.pick(&EDUCATION),
            ..Person::new(
                family_id,
                &wife_name,
                Sex::Female,
                wife_born,
                Relation::Wife,
            )
        });
        let wife_id = m.add(body);
        wives.push(wife_id);
        // KB: most PUS wives use a method, some changed once, some want no more children.
        if m.dice.chance(85) {
            let method = m.dice.pick(&Method::ALL);
            let since = m.days_ago(u64::from(size.months) * 30);
            let body = Body::KbStatus(KbStatus {
                wife_id,
                since,
                method,
                served_at: "Puskesmas".into(),
                pregnant: false,
                wish: m.dice.pick(&[Wish::ChildSoon, Wish::Delay, Wish::NoMore]),
                first_use: false,
                since_unknown: false,
                children_born: None,
            });
            m.add(body);
            if m.dice.chance(20) {
                let later = m.days_ago(200).max(since);
                let body = Body::KbStatus(KbStatus {
                    wife_id,
                    since: later,
                    method: m.dice.pick(&Method::ALL),
                    served_at: "Bidan".into(),
                    pregnant: false,
                    wish: Some(Wish::NoMore),
                    first_use: false,
                    since_unknown: false,
                    children_born: None,
                });
                m.add(body);
            }
        }
        if m.dice.chance(5) {
            let hpht = m.days_ago(250);
            let mother_id = wife_id;
            let body = Body::Pregnancy(Pregnancy {
                mother_id,
                hpht,
                delivered_on: None,
            });
            m.add(body);
            for _ in 0..2 {
                let date = m.days_ago(60).max(hpht);
                let body = Body::Visit(Visit {
                    person_id: mother_id,
                    date,
                    target: Target::Pregnant,
                    weight_kg: Some(50.0 + m.dice.below(20) as f64),
                    height_cm: Some(145.0 + m.dice.below(20) as f64),
                    arm_cm: Some(21.0 + m.dice.below(8) as f64),
                    hb_g_dl: Some(9.5 + m.dice.below(4) as f64),
                    waist_cm: None,
                    iron_tablets: Some(30),
                    smoke: false,
                    counselled: true,
                    referred: false,
                    note: String::new(),
                });
                m.add(body);
            }
        }
        // Children: the under-fives are weighed at their RW's posyandu most months; the
        // oldest is born when the mother was at least 17.
        let oldest_child = u64::from(wife_age.saturating_sub(17)).min(17);
        for c in 0..m.dice.below(4) {
            let born = if c == 0 && m.dice.chance(45) {
                m.born_years_ago(0, oldest_child.min(4))
            } else {
                m.born_years_ago(oldest_child.min(2), oldest_child)
            };
            let sex = if m.dice.chance(50) {
                Sex::Male
            } else {
                Sex::Female
            };
            let child_name = m.name(sex, surname);
            let body = Body::Person(Person {
                mother_id: Some(wife_id),
                posyandu_id: posyandu,
                birth_weight_kg: Some(2.4 + m.dice.below(15) as f64 / 10.0),
                ..Person::new(family_id, &child_name, sex, born, Relation::Child)
            });
            let child_id = m.add(body);
            // Most doses of the schedule given at their age, a few missed.
            for dose in &SCHEDULE {
                let Some(on) = born.checked_add_months(Months::new(dose.at_months)) else {
                    continue;
                };
                if on <= m.today && m.dice.chance(88) {
                    let given = DoseGiven {
                        child_id,
                        vaccine: dose.vaccine,
                        given_on: on,
                    };
                    let mut record = Record::new(Body::Dose(given), "desa-contoh", m.now);
                    record.id = DoseGiven::id_of(child_id, dose.vaccine);
                    m.records.push(record);
                }
            }
            let small = 0.82 + m.dice.below(24) as f64 / 100.0;
            for back in (0..=first_month).rev() {
                let Some(day) = m
                    .today
                    .checked_sub_months(Months::new(back))
                    .and_then(|d| Month::of(d).first_day().checked_add_days(Days::new(9)))
                else {
                    continue;
                };
                let months = (day - born).num_days() as f64 / 30.4375;
                if !(0.0..60.0).contains(&months) || day > m.today || m.dice.chance(15) {
                    continue;
                }
                let (kg, cm) = growth_at(months, small);
                let mut weighing = Measurement::weighed(child_id, day, kg, Some(cm));
                weighing.posyandu_id = posyandu;
                weighing.vitamin_a = matches!(Month::of(day).month, 2 | 8);
                let body = Body::Measurement(weighing);
                m.add(body);
            }
        }
        if m.dice.chance(1) {
            let catin_name = m.name(Sex::Female, surname);
            let born = m.born_years_ago(18, 24);
            let body = Body::Person(Person::new(
                family_id,
                &catin_name,
                Sex::Female,
                born,
                Relation::Child,
            ));
            let person_id = m.add(body);
            let wedding_date = m
                .today
                .checked_add_days(Days::new(20 + m.dice.below(60)))
                .unwrap_or(m.today);
            let body = Body::Catin(Catin {
                person_id,
                wedding_date,
            });
            m.add(body);
        }
    }
    // The IMP's month: a meeting and dues, and now and then spending.
    for back in (0..=first_month).rev() {
        let Some(day) = m
            .today
            .checked_sub_months(Months::new(back))
            .and_then(|d| Month::of(d).first_day().checked_add_days(Days::new(4)))
        else {
            continue;
        };
        if day > m.today {
            continue;
        }
        let body = Body::Activity(Activity {
            date: day,
            kind: ActivityKind::Meeting,
            topic: "Pertemuan rutin Kelompok KB".into(),
            place: "Balai desa".into(),
            participants: Some(12 + m.dice.below(20) as u32),
            notes: String::new(),
        });
        m.add(body);
        // KB supply: pills received from the PKB, some given to couples.
        let body = Body::Supply(SupplyEntry {
            date: day,
            item: SupplyItem::Pill,
            quantity: 20,
            given_to: None,
            note: "Dari PKB".into(),
        });
        m.add(body);
        let wife = m.dice.pick(&wives);
        let body = Body::Supply(SupplyEntry {
            date: day,
            item: SupplyItem::Pill,
            quantity: 1 + m.dice.below(15) as u32,
            given_to: wife,
            note: String::new(),
        });
        m.add(body);
        let body = Body::Cash(CashEntry {
            date: day,
            kind: CashKind::Dues,
            amount: 50_000 + 1_000 * m.dice.below(50),
            description: "Iuran bulanan".into(),
        });
        m.add(body);
        if m.dice.chance(40) {
            let body = Body::Cash(CashEntry {
                date: day,
                kind: CashKind::Spending,
                amount: 20_000,
                description: "Konsumsi pertemuan".into(),
            });
            m.add(body);
        }
    }
    m.records
}
