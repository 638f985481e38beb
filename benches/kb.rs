//! The KB workbook at village scale: 1 000 PUS (with 2 000 children) and a KB status
//! change for each wife every quarter over a year: the monthly report, its 12 months
//! (Rumah DataKu charts), the method-mix and line charts, the CSV, and one RT's
//! Peta Keluarga.

#![allow(clippy::restriction)] // test code may unwrap, panic and index

use std::hint::black_box;

use bakti::charts::method_mix::{method_mix_svg, MethodBar};
use bakti::charts::poster::trend_svg;
use bakti::domain::core::area::{Area, AreaLevel};
use bakti::domain::core::calendar::Month;
use bakti::domain::core::family::Family;
use bakti::domain::core::person::{MaritalStatus, Person, Relation};
use bakti::domain::core::record::{Body, Record};
use bakti::domain::core::register::Register;
use bakti::domain::kb::family_map::rt_map;
use bakti::domain::kb::history::KbIndex;
use bakti::domain::kb::status::{KbStatus, Method, Wish, FOUR_T};
use bakti::growth::Sex;
use bakti::indicators::kb::report::{kb_report, kb_year};
use bakti::indicators::kb::sheet::kb_report_sheet;
use chrono::{NaiveDate, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use uuid::Uuid;

const NOV: Month = Month {
    year: 2026,
    month: 11,
};
const PUS: u32 = 1_000;
const RTS: u32 = 20;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

fn village() -> (Vec<Record>, Uuid) {
    let at = Utc
        .with_ymd_and_hms(2026, 11, 22, 8, 0, 0)
        .single()
        .expect("a real date");
    let mut records = Vec::new();
    let mut add = |body: Body| {
        let r = Record::new(body, "bench", at);
        let id = r.id;
        records.push(r);
        id
    };
    let rw = add(Body::Area(Area {
        level: AreaLevel::Rw,
        name: "RW 01".into(),
        parent_id: None,
    }));
    let rts: Vec<Uuid> = (0..RTS)
        .map(|i| {
            add(Body::Area(Area {
                level: AreaLevel::Rt,
                name: format!("RT {:02}", i + 1),
                parent_id: Some(rw),
            }))
        })
        .collect();
    for i in 0..PUS {
        let family = add(Body::Family(Family {
            kk_number: String::new(),
            address: format!("Jl. Mawar {i}"),
            rt_id: Some(rts[(i % RTS) as usize]),
            water: None,
            latrine: None,
            house: None,
            map_spot: None,
            ..Family::default()
        }));
        let born = day(1980 + (i % 25) as i32, 1 + i % 12, 1 + i % 28);
        add(Body::Person(Person::new(
            family,
            "Suami",
            Sex::Male,
            born,
            Relation::Head,
        )));
        let wife = add(Body::Person(Person {
            marital_status: Some(MaritalStatus::Married),
            age_first_marriage: Some(17 + (i % 6) as u8),
            ..Person::new(family, "Istri", Sex::Female, born, Relation::Wife)
        }));
        for c in 0..2 {
            add(Body::Person(Person {
                mother_id: Some(wife),
                ..Person::new(
                    family,
                    "Anak",
                    Sex::Female,
                    day(2015 + (i % 8) as i32 + c, 3, 1),
                    Relation::Child,
                )
            }));
        }
        for (q, month) in [12u32, 3, 6, 9].into_iter().enumerate() {
            let year = if month == 12 { 2025 } else { 2026 };
            let pick = (i as usize + q) % 11;
            add(Body::KbStatus(KbStatus {
                wife_id: wife,
                since: day(year, month, 1 + i % 28),
                method: Method::ALL.get(pick).copied(),
                served_at: String::new(),
                pregnant: pick == 10 && i % 3 == 0,
                wish: Some([Wish::ChildSoon, Wish::Delay, Wish::NoMore][i as usize % 3]),
                first_use: false,
                since_unknown: false,
                children_born: None,
            }));
        }
    }
    (records, rts[0])
}

fn kb(c: &mut Criterion) {
    let (records, rt) = village();
    let register = Register::from_records(&records);
    let mut group = c.benchmark_group("kb_1000_pus_12_months");
    group.sample_size(20);
    group.bench_function("register_from_records", |b| {
        b.iter(|| Register::from_records(black_box(&records)))
    });
    group.bench_function("report_one_month", |b| {
        b.iter(|| kb_report(black_box(&register), NOV, FOUR_T))
    });
    group.bench_function("report_12_months", |b| {
        b.iter(|| kb_year(black_box(&register), NOV, FOUR_T))
    });
    let year = kb_year(&register, NOV, FOUR_T);
    group.bench_function("cpr_line_chart_svg", |b| {
        b.iter(|| {
            let points: Vec<_> = year.iter().map(|r| (r.month, r.total.cpr())).collect();
            trend_svg(
                "KB aktif",
                "% PUS",
                &points,
                (1200, 560),
                bakti::i18n::Lang::Id,
            )
        })
    });
    group.bench_function("method_mix_chart_svg", |b| {
        b.iter(|| {
            let bars: Vec<MethodBar> = Method::ALL
                .iter()
                .map(|m| MethodBar {
                    label: format!("{m:?}"),
                    users: year[11].total.users_of(*m),
                    mkjp: m.is_mkjp(),
                })
                .collect();
            method_mix_svg("Metode", &bars, (1200, 560))
        })
    });
    group.bench_function("csv", |b| {
        b.iter(|| {
            bakti::sheet::csv::write(&kb_report_sheet(&register, black_box(&year[11]), |m| {
                format!("{m:?}")
            }))
        })
    });
    group.bench_function("family_map_one_rt", |b| {
        b.iter(|| rt_map(&register, &KbIndex::new(&register), rt, NOV.last_day()))
    });
    group.finish();
}

criterion_group!(benches, kb);
criterion_main!(benches);
