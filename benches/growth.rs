//! Hot growth logic: z-scores for a mixed batch, and the CSV batch behind `zscore`.

#![allow(clippy::restriction)] // test code may unwrap, panic and index

use std::hint::black_box;

use bakti::growth::{assess, batch, Age, Observation, Position, Sex};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// 1 000 plausible children spread over 0–19 years, both sexes, both positions.
fn mixed_batch() -> Vec<Observation> {
    (0..1000u32)
        .map(|i| {
            let days = (i * 7) % 6900;
            let months = f64::from(days) / 30.4375;
            Observation {
                sex: Some(if i % 2 == 0 { Sex::Male } else { Sex::Female }),
                age: Some(Age::days(days)),
                weight_kg: Some(3.3 + months * 0.22 + f64::from(i % 10) * 0.1),
                lenhei_cm: Some(50.0 + months * 0.55 + f64::from(i % 7) * 0.3),
                position: Some(if days < 731 {
                    Position::Lying
                } else {
                    Position::Standing
                }),
                head_cm: Some(34.0 + months.min(60.0) * 0.2),
                arm_cm: Some(13.5),
                oedema: false,
            }
        })
        .collect()
}

fn zscores(c: &mut Criterion) {
    let batch = mixed_batch();
    let mut group = c.benchmark_group("growth");
    group.throughput(Throughput::Elements(batch.len() as u64));
    group.bench_function("assess_1000_mixed", |b| {
        b.iter(|| {
            batch
                .iter()
                .map(|o| assess(black_box(o)))
                .filter(|a| a.any_flag())
                .count()
        })
    });
    let csv: String =
        std::iter::once("sex,age_days,weight,lenhei,measure,headc,armc,oedema\n".to_string())
            .chain(batch.iter().map(|o| {
                format!(
                    "{},{},{:.1},{:.1},{},{:.1},13.5,n\n",
                    if o.sex == Some(Sex::Male) { 1 } else { 2 },
                    o.age.map_or(0, Age::in_days),
                    o.weight_kg.unwrap_or_default(),
                    o.lenhei_cm.unwrap_or_default(),
                    if o.position == Some(Position::Lying) {
                        "l"
                    } else {
                        "h"
                    },
                    o.head_cm.unwrap_or_default(),
                )
            }))
            .collect();
    group.bench_function("csv_batch_1000_rows", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(csv.len() * 2);
            batch::run(black_box(csv.as_bytes()), &mut out, |_| {}).map(|s| s.rows_written)
        })
    });
    group.finish();
}

criterion_group!(benches, zscores);
criterion_main!(benches);
