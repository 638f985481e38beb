//! The IMP's activities and cash book counted by hand.

#![allow(clippy::restriction)] // test code may unwrap, panic and index

mod common;

use bakti::domain::core::fields::{Problem, Quantity};
use bakti::domain::core::record::Body;
use bakti::domain::core::register::Register;
use bakti::domain::group::activity::{activity_counts, ActivityForm, ActivityKind};
use bakti::domain::group::cash::{balance, month_totals, CashForm, CashKind};
use common::{day, record, NOV};

fn activity(date: &str, kind: ActivityKind, topic: &str, participants: &str) -> ActivityForm {
    ActivityForm {
        date: date.into(),
        kind: Some(kind),
        topic: topic.into(),
        place: "Balai desa".into(),
        participants: participants.into(),
        notes: "Sepakat jadwal pelayanan KB tanggal 10.".into(),
    }
}

#[test]
fn activities_are_counted_per_kind_in_their_month() {
    let today = day(2026, 11, 22);
    let records: Vec<_> = [
        activity(
            "2026-11-03",
            ActivityKind::Meeting,
            "Pertemuan rutin PPKBD",
            "12",
        ),
        activity(
            "2026-11-10",
            ActivityKind::Kie,
            "KIE KB pasca persalinan",
            "25",
        ),
        activity("2026-11-17", ActivityKind::Kie, "KIE stunting", ""),
        activity(
            "2026-10-20",
            ActivityKind::Meeting,
            "Pertemuan Oktober",
            "10",
        ),
    ]
    .iter()
    .map(|form| record(Body::Activity(form.parse(today).expect("parses"))))
    .collect();
    let register = Register::from_records(&records);
    assert_eq!(
        register.activities[0].1.topic, "KIE stunting",
        "newest first"
    );
    let counts = activity_counts(&register.activities, NOV);
    let of = |kind| {
        counts
            .iter()
            .find(|(k, _, _)| *k == kind)
            .map(|(_, n, p)| (*n, *p))
    };
    assert_eq!(of(ActivityKind::Meeting), Some((1, 12)));
    assert_eq!(of(ActivityKind::Kie), Some((2, 25)));
    assert_eq!(of(ActivityKind::Service), Some((0, 0)));
}

#[test]
fn the_activity_form_says_what_is_missing() {
    let today = day(2026, 11, 22);
    let form = ActivityForm {
        date: "2026-12-01".into(),
        participants: "dua belas".into(),
        ..ActivityForm::default()
    };
    assert_eq!(
        form.parse(today),
        Err(vec![
            ("activity_date", Problem::VisitInFuture),
            ("activity_kind", Problem::Required),
            ("topic", Problem::Required),
            ("participants", Problem::NotANumber),
        ])
    );
    let many = activity("2026-11-01", ActivityKind::Kie, "KIE", "5000");
    assert_eq!(
        many.parse(today),
        Err(vec![(
            "participants",
            Problem::OutOfRange(Quantity::Participants)
        )])
    );
}

#[test]
fn the_cash_book_balances_and_refuses_spending_money_that_is_not_there() {
    let today = day(2026, 11, 22);
    let form = |date: &str, kind, amount: &str| CashForm {
        date: date.into(),
        kind: Some(kind),
        amount: amount.into(),
        description: String::new(),
    };
    let mut records = Vec::new();
    for f in [
        form("2026-10-05", CashKind::Dues, "Rp 50.000"),
        form("2026-11-02", CashKind::Jimpitan, "25000"),
        form("2026-11-09", CashKind::Spending, "30.000"),
    ] {
        let register = Register::from_records(&records);
        records.push(record(Body::Cash(
            f.parse(&register.cash, today).expect("parses"),
        )));
    }
    let register = Register::from_records(&records);
    assert_eq!(balance(&register.cash, day(2026, 10, 31)), 50_000);
    assert_eq!(balance(&register.cash, today), 45_000);
    assert_eq!(month_totals(&register.cash, NOV), (25_000, 30_000, 45_000));
    assert_eq!(
        form("2026-11-20", CashKind::Spending, "45.001").parse(&register.cash, today),
        Err(vec![("amount", Problem::MoreThanBalance)])
    );
    assert!(form("2026-11-20", CashKind::Spending, "45.000")
        .parse(&register.cash, today)
        .is_ok());
    // Back-dated spending must not leave a later day short: on 3 Nov there was 75 000,
    // but after the 30 000 spent on 9 Nov only 45 000 remains.
    assert_eq!(
        form("2026-11-03", CashKind::Spending, "50.000").parse(&register.cash, today),
        Err(vec![("amount", Problem::MoreThanBalance)])
    );
    for bad in ["", "dua puluh ribu", "0", "25,5", "-5000", "200.000.000"] {
        let expected = if bad.is_empty() {
            Problem::Required
        } else {
            Problem::NotAnAmount
        };
        assert_eq!(
            form("2026-11-20", CashKind::Dues, bad).parse(&register.cash, today),
            Err(vec![("amount", expected)]),
            "{bad:?}"
        );
    }
}

#[test]
fn money_already_spent_cannot_be_deleted_from_the_book() {
    use bakti::domain::group::cash::{can_remove, CashEntry};
    let entry = |date, kind, amount| {
        record(Body::Cash(CashEntry {
            date,
            kind,
            amount,
            description: String::new(),
        }))
    };
    let dues = entry(day(2026, 11, 1), CashKind::Dues, 50_000);
    let gift = entry(day(2026, 11, 2), CashKind::Gift, 10_000);
    let spent = entry(day(2026, 11, 5), CashKind::Spending, 45_000);
    let ids = (dues.id, gift.id, spent.id);
    let register = Register::from_records(&[dues, gift, spent]);
    assert_eq!(
        can_remove(&register.cash, ids.0),
        Err(Problem::MoreThanBalance)
    );
    assert_eq!(
        can_remove(&register.cash, ids.1),
        Ok(()),
        "5 000 would still be left on 5 Nov"
    );
    assert_eq!(
        can_remove(&register.cash, ids.2),
        Ok(()),
        "a spending can always go"
    );
}
