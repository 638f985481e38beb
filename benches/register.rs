//! The register of a generated desa (2 000 families, three years: about 100 000
//! records): read from the start-up snapshot and built once at start-up, then changed
//! by each save. A save applies its one record instead of rebuilding. And a kecamatan
//! phone adding a cadre's backup file (a desa of 40 families, about 2 300 records):
//! read the file, build its register, count its column, keep its copy.

#![allow(clippy::restriction)] // test code may unwrap, panic and index

use std::hint::black_box;

use bakti::domain::core::backup;
use bakti::domain::core::calendar::Month;
use bakti::domain::core::family_search::FamilySearch;
use bakti::domain::core::record::{upsert, Record};
use bakti::domain::core::record_list::RecordList;
use bakti::domain::core::register::{load_order, Register};
use bakti::domain::kb::status::FOUR_T;
use bakti::indicators::kecamatan::desa_column;
use bakti::sample::village::{village, Size};
use bakti::vault::snapshot::{Head, PART_RECORDS};
use bakti::vault::DataKey;
use chrono::{DateTime, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};

fn benches(c: &mut Criterion) {
    let now = Utc
        .with_ymd_and_hms(2026, 11, 22, 8, 0, 0)
        .single()
        .expect("a date");
    let records = village(Size::desa(2000), 1, now);
    let register = Register::from_records(&records);
    let key = DataKey::random().expect("a key");
    for (name, sealed) in [("clear", false), ("sealed", true)] {
        let head = Head::new(0, 0.0, sealed);
        let parts: Vec<Vec<u8>> = records
            .chunks(PART_RECORDS)
            .enumerate()
            .map(|(i, part)| head.encode_part(i as u32, part, Some(&key)).unwrap())
            .collect();
        c.bench_function(&format!("snapshot: decode every part, {name}"), |b| {
            b.iter(|| {
                let mut all = Vec::with_capacity(records.len());
                for (i, part) in parts.iter().enumerate() {
                    head.decode_part_into(i as u32, part, Some(&key), &mut all)
                        .unwrap();
                }
                black_box(all);
            })
        });
    }
    c.bench_function("snapshot: encode every part, clear", |b| {
        let head = Head::new(0, 0.0, false);
        b.iter(|| {
            for (i, part) in records.chunks(PART_RECORDS).enumerate() {
                black_box(head.encode_part(i as u32, part, None).unwrap());
            }
        })
    });
    c.bench_function(
        "register: build from 100 000 records (start-up, import)",
        |b| b.iter(|| Register::from_records(black_box(&records))),
    );
    c.bench_function(
        "snapshot: put 100 000 records in the register's order",
        |b| {
            b.iter(|| {
                let mut order: Vec<&Record> = black_box(&records).iter().collect();
                order.sort_unstable_by(|a, b| load_order(a, b));
                order
            })
        },
    );
    let mut in_order: Vec<&Record> = records.iter().collect();
    in_order.sort_unstable_by(|a, b| load_order(a, b));
    c.bench_function(
        "register: build from 100 000 records in the snapshot's order (start-up)",
        |b| b.iter(|| Register::from_records(black_box(in_order.iter().copied()))),
    );
    let edited: Vec<Record> =
        vec![records[records.len() / 2].edited(records[records.len() / 2].body.clone(), "hp", now)];
    c.bench_function("register: apply one saved record (a save)", |b| {
        b.iter_batched(
            || register.clone(),
            |mut r| {
                r.apply(black_box(&edited), &records);
                r
            },
            criterion::BatchSize::LargeInput,
        )
    });
    // The records held in memory: a save finds its record and puts the new version
    // (by reading them all, as before the lookup; then the lookup's first use, which
    // builds it; then a save with it built).
    let id = edited[0].id;
    c.bench_function("records: find and put one saved record, reading all", |b| {
        b.iter_batched(
            || records.clone(),
            |mut all| {
                let wanted = id.as_u128();
                black_box(all.iter().any(|r| r.id.as_u128() == wanted));
                upsert(&mut all, black_box(&edited));
                all
            },
            criterion::BatchSize::LargeInput,
        )
    });
    let fresh = RecordList::new(records.clone());
    let looked_up = fresh.clone();
    let _ = looked_up.find(id);
    for (name, list) in [("building the lookup", &fresh), ("looked up", &looked_up)] {
        c.bench_function(
            &format!("records: find and put one saved record, {name}"),
            |b| {
                b.iter_batched(
                    || list.clone(),
                    |mut all| {
                        black_box(all.find(id).is_some());
                        all.upsert(black_box(&edited));
                        all
                    },
                    criterion::BatchSize::LargeInput,
                )
            },
        );
    }
    c.bench_function("register: prepare the family search", |b| {
        b.iter(|| FamilySearch::new(black_box(&register)))
    });
    let search = FamilySearch::new(&register);
    c.bench_function("register: search families for \"sit\"", |b| {
        b.iter(|| search.find(black_box("sit")))
    });
    kecamatan(c, now);
}

fn kecamatan(c: &mut Criterion, now: DateTime<Utc>) {
    let records = village(Size::desa(40), 1, now);
    let file = backup::export(&records, "0.1.0", "bench", now).unwrap();
    let register = Register::from_records(&records);
    c.bench_function("kecamatan: read and check a 40-family backup file", |b| {
        b.iter(|| backup::parse(black_box(&file), now).unwrap())
    });
    c.bench_function("kecamatan: build its register", |b| {
        b.iter(|| Register::from_records(black_box(&records)))
    });
    c.bench_function("kecamatan: count its column", |b| {
        b.iter(|| desa_column(black_box(&register), Month::of(now.date_naive()), FOUR_T))
    });
}

criterion_group!(register, benches);
criterion_main!(register);
