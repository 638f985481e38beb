//! KB register on a small village counted by hand: PUS, methods with history, KB baru,
//! MKJP, unmet need, pregnancy and 4T.

mod common;

use bakti::domain::family_planning::{
    four_t, history, is_pus, status_on, KbStatus, Method, Wish, FOUR_T,
};
use bakti::domain::person::{MaritalStatus, Person, Relation};
use bakti::domain::record::{Body, Record};
use bakti::domain::register::Register;
use bakti::growth::Sex;
use bakti::indicators::kb_report::{kb_report, method_key};
use chrono::{Datelike, NaiveDate};
use common::{day, record, NOV};
use uuid::Uuid;

struct Village {
    records: Vec<Record>,
}

impl Village {
    fn wife(&mut self, name: &str, born: NaiveDate, married: bool) -> Uuid {
        let r = record(Body::Person(Person {
            marital_status: Some(if married {
                MaritalStatus::Married
            } else {
                MaritalStatus::Single
            }),
            // The youngest wife married at 17.
            age_first_marriage: (married && born.year() >= 2008).then_some(17),
            ..Person::new(Uuid::nil(), name, Sex::Female, born, Relation::Wife)
        }));
        let id = r.id;
        self.records.push(r);
        id
    }

    fn child(&mut self, mother: Uuid, born: NaiveDate) {
        self.records.push(record(Body::Person(Person {
            mother_id: Some(mother),
            ..Person::new(Uuid::nil(), "Anak", Sex::Male, born, Relation::Child)
        })));
    }

    fn status(
        &mut self,
        wife_id: Uuid,
        since: NaiveDate,
        method: Option<Method>,
        wish: Option<Wish>,
        pregnant: bool,
    ) {
        self.records.push(record(Body::KbStatus(KbStatus {
            wife_id,
            since,
            method,
            served_at: String::new(),
            pregnant,
            wish,
        })));
    }
}

fn village() -> (Register, [Uuid; 8]) {
    let mut v = Village {
        records: Vec::new(),
    };
    let w1 = v.wife("Wati", day(1996, 3, 1), true);
    v.status(
        w1,
        day(2025, 1, 10),
        Some(Method::Iud),
        Some(Wish::NoMore),
        false,
    );
    let w2 = v.wife("Rina", day(2008, 2, 1), true);
    v.status(w2, day(2026, 11, 1), None, Some(Wish::ChildSoon), true);
    let w3 = v.wife("Sumi", day(1986, 1, 1), true);
    v.status(w3, day(2026, 6, 1), None, Some(Wish::NoMore), false);
    let w4 = v.wife("Ani", day(1998, 5, 5), true);
    v.status(w4, day(2025, 9, 1), None, Some(Wish::Delay), false);
    v.status(
        w4,
        day(2026, 11, 5),
        Some(Method::Pil),
        Some(Wish::Delay),
        false,
    );
    let w5 = v.wife("Dewi", day(2001, 7, 7), true);
    v.status(w5, day(2026, 10, 1), None, Some(Wish::Delay), true);
    let w6 = v.wife("Mbah", day(1974, 1, 1), true);
    let w7 = v.wife("Lajang", day(1996, 1, 1), false);
    let w8 = v.wife("Ratna", day(1993, 4, 4), true);
    for born in [
        day(2014, 1, 1),
        day(2017, 1, 1),
        day(2020, 1, 1),
        day(2021, 1, 1),
    ] {
        v.child(w8, born);
    }
    (
        Register::from_records(&v.records),
        [w1, w2, w3, w4, w5, w6, w7, w8],
    )
}

#[test]
fn pus_is_a_married_woman_aged_15_to_49() {
    let (register, ids) = village();
    let end = NOV.last_day();
    let pus: Vec<bool> = ids
        .iter()
        .map(|id| register.person(*id).is_some_and(|p| is_pus(p, end)))
        .collect();
    assert_eq!(pus, [true, true, true, true, true, false, false, true]);
}

#[test]
fn a_change_of_method_is_a_new_entry_and_the_old_one_stays() {
    let (register, ids) = village();
    let ani = ids[3];
    assert_eq!(history(&register, ani).len(), 2);
    assert_eq!(
        status_on(&register, ani, day(2026, 10, 31)).and_then(|s| s.method),
        None
    );
    assert_eq!(
        status_on(&register, ani, day(2026, 11, 30)).and_then(|s| s.method),
        Some(Method::Pil)
    );
    assert!(status_on(&register, ani, day(2025, 8, 1)).is_none());
}

#[test]
fn four_t_by_the_configured_rules() {
    let (register, ids) = village();
    let end = NOV.last_day();
    let of = |i: usize| {
        let wife = register.person(ids[i]).expect("wife");
        four_t(&register, wife, ids[i], end, FOUR_T)
    };
    assert!(of(1).too_young && !of(1).too_old);
    assert!(of(2).too_old);
    let ratna = of(7);
    assert!(ratna.too_many && ratna.too_close && !ratna.too_young);
    assert!(!of(0).any());
}

#[test]
fn the_monthly_report_counts_by_hand() {
    let (register, _) = village();
    let (by_rt, total) = kb_report(&register, NOV, FOUR_T);
    assert_eq!(by_rt.len(), 1, "no RT recorded: one group");
    assert_eq!(
        (total.pus, total.active, total.mkjp, total.new_acceptors),
        (6, 2, 1, 1)
    );
    assert_eq!(
        (total.unmet_delay, total.unmet_no_more, total.unmet()),
        (0, 1, 1)
    );
    assert_eq!((total.pregnant, total.four_t), (2, 3));
    assert_eq!((total.teen_pregnant, total.married_under_19), (1, 1));
    assert_eq!(total.cpr().map(|p| p.round()), Some(33.0));
    assert_eq!(total.unmet_percent().map(|p| p.round()), Some(17.0));
    assert_eq!(total.by_method.get(&method_key(Method::Iud)), Some(&1));
    assert_eq!(total.by_method.get(&method_key(Method::Pil)), Some(&1));
    let (_, october) = kb_report(
        &register,
        bakti::indicators::Month {
            year: 2026,
            month: 10,
        },
        FOUR_T,
    );
    assert_eq!(
        (october.active, october.new_acceptors, october.unmet_delay),
        (1, 0, 1)
    );
}

#[test]
fn supply_stock_and_low_warning() {
    use bakti::domain::supply::{running_low, stock, SupplyEntry, SupplyItem};
    let (_, ids) = village();
    let entry = |date, item, quantity, given_to| {
        record(Body::Supply(SupplyEntry {
            date,
            item,
            quantity,
            given_to,
            note: String::new(),
        }))
    };
    let records = vec![
        entry(day(2026, 10, 1), SupplyItem::Pill, 10, None),
        entry(day(2026, 10, 1), SupplyItem::Condom, 48, None),
        entry(day(2026, 11, 2), SupplyItem::Pill, 3, Some(ids[3])),
        entry(day(2026, 11, 9), SupplyItem::Pill, 3, Some(ids[3])),
        entry(day(2026, 11, 9), SupplyItem::Condom, 12, Some(ids[0])),
    ];
    let register = Register::from_records(&records);
    assert_eq!(stock(&register, SupplyItem::Pill, day(2026, 11, 1)), 10);
    assert_eq!(stock(&register, SupplyItem::Pill, day(2026, 11, 30)), 4);
    assert_eq!(stock(&register, SupplyItem::Condom, day(2026, 11, 30)), 36);
    assert_eq!(
        running_low(&register, day(2026, 11, 30)),
        vec![(SupplyItem::Pill, 4)]
    );
    assert!(running_low(&register, day(2026, 11, 1)).is_empty());
}

#[test]
fn a_married_wife_outside_15_to_49_is_asked_to_confirm() {
    use bakti::domain::family_planning::wife_age_to_confirm;
    let today = day(2026, 11, 22);
    let married = Some(MaritalStatus::Married);
    assert_eq!(
        wife_age_to_confirm(Relation::Wife, married, day(1970, 1, 1), today),
        Some(56)
    );
    assert_eq!(
        wife_age_to_confirm(Relation::Wife, married, day(2012, 1, 1), today),
        Some(14)
    );
    assert_eq!(
        wife_age_to_confirm(Relation::Wife, married, day(1990, 1, 1), today),
        None
    );
    assert_eq!(
        wife_age_to_confirm(Relation::Head, married, day(1970, 1, 1), today),
        None
    );
    assert_eq!(
        wife_age_to_confirm(Relation::Wife, None, day(1970, 1, 1), today),
        None
    );
}
