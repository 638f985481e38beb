//! A small posyandu whose every number can be counted by hand, shared by the
//! indicator and exchange tests.
#![allow(dead_code)]

use bakti::domain::core::person::{Person, Relation};
use bakti::domain::core::record::{Body, Record};
use bakti::domain::core::register::Register;
use bakti::domain::posyandu::measurement::Measurement;
use bakti::growth::Sex;
use bakti::indicators::Month;
use chrono::{NaiveDate, TimeZone, Utc};
use uuid::Uuid;

pub const MAWAR: Uuid = Uuid::from_u128(100);
pub const MELATI: Uuid = Uuid::from_u128(200);
pub const NOV: Month = Month {
    year: 2026,
    month: 11,
};

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

pub fn record(body: Body) -> Record {
    let at = Utc
        .with_ymd_and_hms(2026, 11, 22, 8, 0, 0)
        .single()
        .expect("a real date");
    Record::new(body, "hp", at)
}

pub struct Village {
    pub records: Vec<Record>,
}

impl Village {
    fn child(&mut self, name: &str, sex: Sex, born: NaiveDate, posyandu: Uuid) -> Uuid {
        let r = record(Body::Person(Person {
            nik: format!("32010000000{:05}", self.records.len()),
            posyandu_id: Some(posyandu),
            ..Person::new(Uuid::nil(), name, sex, born, Relation::Child)
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
        self.records
            .push(record(Body::Measurement(Measurement::weighed(
                child, date, kg, cm,
            ))));
        match self.records.last_mut().map(|r| &mut r.body) {
            Some(Body::Measurement(m)) => m,
            _ => unreachable!("just pushed a measurement"),
        }
    }
}

pub fn village() -> Register {
    Register::from_records(&village_records())
}

pub fn village_records() -> Vec<Record> {
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
    v.records
}
