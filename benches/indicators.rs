//! Monthly reports at village scale: 500 children × 12 monthly weighings (6 000
//! measurements): SKDN, prevalence and the referral list for one month, and the
//! 12-month SKDN + prevalence a poster needs; and the whole Laporan screen of a
//! generated desa of 2 000 families with three years of records.

#![allow(clippy::restriction)] // test code may unwrap, panic and index

use std::hint::black_box;

use bakti::domain::core::calendar::Month;
use bakti::domain::core::person::{Person, Relation};
use bakti::domain::core::record::{Body, Record};
use bakti::domain::core::register::Register;
use bakti::domain::posyandu::measurement::Measurement;
use bakti::growth::{Position, Sex};
use bakti::indicators::posyandu::month::children_in_month;
use bakti::indicators::posyandu::monthly::MonthlyReport;
use bakti::indicators::posyandu::prevalence::{prevalence, trend};
use bakti::indicators::posyandu::referral::referrals;
use bakti::indicators::posyandu::skdn::skdn;
use chrono::{NaiveDate, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use uuid::Uuid;

const POSYANDU: Uuid = Uuid::from_u128(1);
const NOV: Month = Month {
    year: 2026,
    month: 11,
};

fn village() -> Register {
    let at = Utc
        .with_ymd_and_hms(2026, 11, 22, 8, 0, 0)
        .single()
        .expect("a real date");
    let mut records = Vec::new();
    for i in 0..500u32 {
        let born = NaiveDate::from_ymd_opt(2022 + (i % 4) as i32, 1 + i % 12, 1 + i % 28)
            .expect("a real date");
        let child = Record::new(
            Body::Person(Person {
                posyandu_id: Some(POSYANDU),
                birth_weight_kg: Some(3.1),
                birth_length_cm: Some(49.0),
                ..Person::new(
                    Uuid::from_u128(u128::from(i) + 10),
                    &format!("Anak {i}"),
                    if i % 2 == 0 { Sex::Male } else { Sex::Female },
                    born,
                    Relation::Child,
                )
            }),
            "bench",
            at,
        );
        for m in NOV.last_twelve() {
            let date = NaiveDate::from_ymd_opt(m.year, m.month, 10).expect("a real date");
            let Some(months) = bakti::growth::Age::between(born, date).map(|a| a.months()) else {
                continue;
            };
            let weight = 3.3 + months * 0.22 + f64::from(i % 7) * 0.1;
            let length = 50.0 + months * 0.9 + f64::from(i % 5) * 0.4;
            let measurement = Measurement {
                posyandu_id: Some(POSYANDU),
                position: Some(if months < 24.0 {
                    Position::Lying
                } else {
                    Position::Standing
                }),
                vitamin_a: m.month == 8,
                ..Measurement::weighed(child.id, date, weight, Some(length))
            };
            records.push(Record::new(Body::Measurement(measurement), "bench", at));
        }
        records.push(child);
    }
    Register::from_records(&records)
}

fn reports(c: &mut Criterion) {
    let register = village();
    let mut group = c.benchmark_group("indicators_500_children_12_months");
    group.sample_size(20);
    group.bench_function("skdn_one_month", |b| {
        b.iter(|| skdn(black_box(&register), Some(POSYANDU), NOV))
    });
    group.bench_function("prevalence_one_month", |b| {
        b.iter(|| prevalence(black_box(&register), Some(POSYANDU), NOV))
    });
    group.bench_function("referrals_one_month", |b| {
        b.iter(|| referrals(black_box(&register), Some(POSYANDU), NOV))
    });
    group.bench_function("poster_12_months_skdn_and_trend", |b| {
        b.iter(|| {
            let bars: Vec<_> = NOV
                .last_twelve()
                .into_iter()
                .map(|m| skdn(&register, Some(POSYANDU), m))
                .collect();
            (bars, trend(black_box(&register), Some(POSYANDU), NOV))
        })
    });
    group.finish();
}

fn laporan_at_real_size(c: &mut Criterion) {
    let now = Utc
        .with_ymd_and_hms(2026, 11, 22, 8, 0, 0)
        .single()
        .expect("a real date");
    let register = Register::from_records(&bakti::sample::village::village(
        bakti::sample::village::Size::desa(2000),
        1,
        now,
    ));
    let mut group = c.benchmark_group("laporan_2000_families");
    group.sample_size(10);
    group.bench_function("whole_screen_all_posyandu", |b| {
        b.iter(|| MonthlyReport::of(black_box(&register), None, NOV))
    });
    group.bench_function("trend_12_months", |b| {
        b.iter(|| trend(black_box(&register), None, NOV))
    });
    group.bench_function("children_in_month_reviewed", |b| {
        b.iter(|| children_in_month(black_box(&register), None, NOV).len())
    });
    group.finish();
}

criterion_group!(benches, reports, laporan_at_real_size);
criterion_main!(benches);
