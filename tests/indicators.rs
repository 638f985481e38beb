//! SKDN, prevalence and the referral list on a small posyandu whose every number can
//! be counted by hand.

use bakti::domain::measurement::Measurement;
use bakti::domain::person::{Person, Relation};
use bakti::domain::record::{Body, Record};
use bakti::domain::register::Register;
use bakti::domain::review::Warning;
use bakti::growth::{Position, Sex};
use bakti::indicators::prevalence::prevalence;
use bakti::indicators::referral::referrals;
use bakti::indicators::skdn::{skdn, AgeBand};
use bakti::indicators::Month;
use chrono::{NaiveDate, TimeZone, Utc};
use uuid::Uuid;

const MAWAR: Uuid = Uuid::from_u128(100);
const MELATI: Uuid = Uuid::from_u128(200);
const NOV: Month = Month {
    year: 2026,
    month: 11,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn record(body: Body) -> Record {
    let at = Utc
        .with_ymd_and_hms(2026, 11, 22, 8, 0, 0)
        .single()
        .unwrap_or_default();
    Record::new(body, "hp", at)
}

struct Village {
    records: Vec<Record>,
}

impl Village {
    fn child(&mut self, name: &str, sex: Sex, born: NaiveDate, posyandu: Uuid) -> Uuid {
        let r = record(Body::Person(Person {
            family_id: Uuid::nil(),
            name: name.into(),
            nik: String::new(),
            sex,
            birth_date: born,
            relation: Relation::Child,
            marital_status: None,
            age_first_marriage: None,
            education: None,
            job: String::new(),
            mother_id: None,
            posyandu_id: Some(posyandu),
            birth_weight_kg: None,
            birth_length_cm: None,
        }));
        let id = r.id;
        self.records.push(r);
        id
    }

    fn weigh(
        &mut self,
        child: Uuid,
        date: NaiveDate,
        kg: f64,
        cm: Option<f64>,
    ) -> &mut Measurement {
        self.records.push(record(Body::Measurement(Measurement {
            child_id: child,
            posyandu_id: None,
            date,
            weight_kg: Some(kg),
            lenhei_cm: cm,
            position: cm.map(|_| Position::Lying),
            arm_cm: None,
            head_cm: None,
            oedema: false,
            vitamin_a: false,
            exclusive_breastfeeding: None,
            immunisations: String::new(),
            pmt: false,
            note: String::new(),
            implausible_confirmed: false,
            gain_override: None,
        })));
        match self.records.last_mut().map(|r| &mut r.body) {
            Some(Body::Measurement(m)) => m,
            _ => unreachable!("just pushed a measurement"),
        }
    }
}

fn village() -> Register {
    let mut v = Village {
        records: Vec::new(),
    };
    let budi = v.child("Budi", Sex::Male, day(2025, 11, 1), MAWAR);
    v.weigh(budi, day(2026, 10, 5), 8.7, Some(74.0));
    v.weigh(budi, day(2026, 11, 5), 9.0, Some(75.0)).vitamin_a = true;
    let sari = v.child("Sari", Sex::Female, day(2026, 8, 10), MAWAR);
    v.weigh(sari, day(2026, 11, 5), 5.6, Some(58.0))
        .exclusive_breastfeeding = Some(true);
    let joko = v.child("Joko", Sex::Male, day(2023, 5, 1), MAWAR);
    v.weigh(joko, day(2026, 9, 5), 14.0, None);
    v.weigh(joko, day(2026, 11, 5), 14.3, Some(88.0)); // short: stunted
    let tono = v.child("Tono", Sex::Male, day(2025, 11, 1), MAWAR);
    v.weigh(tono, day(2026, 9, 5), 6.2, None);
    v.weigh(tono, day(2026, 10, 5), 6.2, None);
    v.weigh(tono, day(2026, 11, 5), 6.1, Some(70.0));
    let wati = v.child("Wati", Sex::Female, day(2024, 6, 1), MAWAR);
    v.weigh(wati, day(2026, 9, 5), 11.0, None);
    v.child("Nia", Sex::Female, day(2026, 10, 1), MAWAR);
    let other = v.child("Lain", Sex::Female, day(2025, 1, 1), MELATI);
    v.weigh(other, day(2026, 11, 6), 9.5, Some(78.0));
    v.child("Sudah Besar", Sex::Male, day(2020, 1, 1), MAWAR);
    Register::from_records(&v.records)
}

#[test]
fn skdn_counts_by_hand() {
    let register = village();
    let table = skdn(&register, Some(MAWAR), NOV);
    let t = table.total();
    assert_eq!((t.s, t.k, t.d), (6, 5, 4));
    assert_eq!((t.n, t.t, t.o, t.b), (1, 1, 1, 1));
    assert_eq!(t.d, t.n + t.t + t.o + t.b);
    assert_eq!((t.bgm, t.twice_t, t.not_attending()), (1, 1, 1));
    assert_eq!((t.vitamin_a, t.exclusive_breastfeeding), (1, 1));
    let budi_cell = table.cell(AgeBand::Months12To23, Sex::Male);
    assert_eq!(
        (budi_cell.s, budi_cell.d, budi_cell.n, budi_cell.t),
        (2, 2, 1, 1)
    );
    let girls_0_5 = table.cell(AgeBand::Months0To5, Sex::Female);
    assert_eq!((girls_0_5.s, girls_0_5.k, girls_0_5.b), (2, 1, 1));
    let r = table.ratios();
    assert_eq!(r.k_s.map(|p| p.round()), Some(83.0));
    assert_eq!(r.d_k, Some(80.0));
    assert_eq!(r.n_d, Some(25.0));
    let all = skdn(&register, None, NOV).total();
    assert_eq!((all.s, all.d, all.b), (7, 5, 2));
}

#[test]
fn prevalence_among_weighed_children() {
    let register = village();
    let p = prevalence(&register, Some(MAWAR), NOV);
    // Length measured for all four weighed children; Joko (88 cm at 42 months) and
    // Tono (70 cm at 12 months) are stunted.
    assert_eq!(p.stunted, (2, 4));
    assert_eq!(p.stunting_percent(), Some(50.0));
    assert_eq!(p.underweight.1, 4);
    assert!(p.underweight.0 >= 1);
    let october = prevalence(
        &register,
        Some(MAWAR),
        Month {
            year: 2026,
            month: 10,
        },
    );
    assert_eq!(october.stunted, (0, 1));
}

#[test]
fn referral_list_names_the_children_and_why() {
    let register = village();
    let list = referrals(&register, Some(MAWAR), NOV);
    let names: Vec<&str> = list.iter().map(|r| r.name.as_str()).collect();
    assert!(names.contains(&"Tono"));
    let tono = list.iter().find(|r| r.name == "Tono").expect("Tono listed");
    assert!(tono.warnings.contains(&Warning::TwiceNotGained));
    assert!(tono.warnings.contains(&Warning::BelowRedLine));
    assert!(!names.contains(&"Budi"));
}
