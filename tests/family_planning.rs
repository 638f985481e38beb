//! KB register on a small village counted by hand: PUS, methods with history, KB baru,
//! MKJP, unmet need, pregnancy and 4T.

#![allow(clippy::restriction)] // test code may unwrap, panic and index

mod common;

use bakti::domain::core::area::{Area, AreaLevel};
use bakti::domain::core::family::Family;
use bakti::domain::core::person::{MaritalStatus, Person, Relation};
use bakti::domain::core::record::{Body, Record};
use bakti::domain::core::register::Register;
use bakti::domain::kb::history::{KbIndex, Start, KBPP_DAYS};
use bakti::domain::kb::status::{is_pus, KbStatus, KbStatusForm, KbUse, Method, Wish, FOUR_T};
use bakti::growth::Sex;
use bakti::indicators::kb::report::{kb_report, kb_year};
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
            first_use: false,
            since_unknown: false,
            children_born: None,
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
fn marriages_in_the_period_count_both_spouses_and_girls_under_15() {
    let mut v = Village {
        records: Vec::new(),
    };
    let married = |v: &mut Village, name: &str, sex: Sex, born: NaiveDate, on: NaiveDate| {
        v.records.push(record(Body::Person(Person {
            marital_status: Some(MaritalStatus::Married),
            married_on: Some(on),
            ..Person::new(Uuid::nil(), name, sex, born, Relation::Wife)
        })));
    };
    // A girl of 14 and her husband of 20, married in November.
    married(
        &mut v,
        "Putri",
        Sex::Female,
        day(2012, 3, 1),
        day(2026, 11, 2),
    );
    married(&mut v, "Joko", Sex::Male, day(2006, 1, 1), day(2026, 11, 2));
    // A boy of 18 and a woman of 18 (under 19, not under 18).
    married(
        &mut v,
        "Bayu",
        Sex::Male,
        day(2008, 5, 1),
        day(2026, 11, 20),
    );
    married(
        &mut v,
        "Sri",
        Sex::Female,
        day(2008, 6, 1),
        day(2026, 11, 20),
    );
    // Married at 16, but in October: not November's.
    married(
        &mut v,
        "Tuti",
        Sex::Female,
        day(2010, 1, 1),
        day(2026, 10, 30),
    );
    let register = Register::from_records(&v.records);
    let total = kb_report(&register, NOV, FOUR_T).total;
    assert_eq!((total.married_under_19, total.married_under_18), (3, 1));
    assert_eq!(
        total.pus, 2,
        "the 14-year-old bride is counted, but she is no PUS"
    );
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
    let index = KbIndex::new(&register);
    let ani = ids[3];
    assert_eq!(index.history(ani).len(), 2);
    assert_eq!(
        index
            .status_on(ani, day(2026, 10, 31))
            .and_then(|s| s.method),
        None
    );
    assert_eq!(
        index
            .status_on(ani, day(2026, 11, 30))
            .and_then(|s| s.method),
        Some(Method::Pil)
    );
    assert!(index.status_on(ani, day(2025, 8, 1)).is_none());
}

#[test]
fn four_t_by_the_configured_rules() {
    let (register, ids) = village();
    let index = KbIndex::new(&register);
    let end = NOV.last_day();
    let of = |i: usize| {
        let wife = register.person(ids[i]).expect("wife");
        index.four_t(wife, ids[i], end, FOUR_T)
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
    let report = kb_report(&register, NOV, FOUR_T);
    assert_eq!(report.rws.len(), 1, "no RT recorded: one group");
    assert_eq!(report.rws[0].rts.len(), 1);
    let total = report.total;
    // Ani took the pill after a time without a method and no pregnancy: KB ulang.
    assert_eq!(
        (
            total.pus,
            total.active,
            total.mkjp,
            total.new_acceptors,
            total.restarts
        ),
        (6, 2, 1, 0, 1)
    );
    assert_eq!(
        (total.unmet_delay, total.unmet_no_more, total.unmet()),
        (0, 1, 1)
    );
    assert_eq!((total.pregnant, total.four_t), (2, 3));
    // Rina married at 17, but not in November: marriages are counted in their month.
    assert_eq!((total.teen_pregnant, total.married_under_19), (1, 0));
    assert_eq!(total.cpr().map(|p| p.round()), Some(33.0));
    assert_eq!(total.unmet_percent().map(|p| p.round()), Some(17.0));
    assert_eq!(total.by_method.get(&Method::Iud), Some(&1));
    assert_eq!(total.by_method.get(&Method::Pil), Some(&1));
    let october = kb_report(
        &register,
        bakti::indicators::Month {
            year: 2026,
            month: 10,
        },
        FOUR_T,
    )
    .total;
    assert_eq!(
        (october.active, october.new_acceptors, october.unmet_delay),
        (1, 0, 1)
    );
}

#[test]
fn supply_stock_and_low_warning() {
    use bakti::domain::kb::supply::{running_low, stock, SupplyEntry, SupplyItem};
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
    assert_eq!(
        stock(&register.supplies, SupplyItem::Pill, day(2026, 11, 1)),
        10
    );
    assert_eq!(
        stock(&register.supplies, SupplyItem::Pill, day(2026, 11, 30)),
        4
    );
    assert_eq!(
        stock(&register.supplies, SupplyItem::Condom, day(2026, 11, 30)),
        36
    );
    assert_eq!(
        running_low(&register.supplies, day(2026, 11, 30)),
        vec![(SupplyItem::Pill, 4)]
    );
    assert!(running_low(&register.supplies, day(2026, 11, 1)).is_empty());
    assert!(
        running_low(&[], day(2026, 11, 30)).is_empty(),
        "no supply kept, nothing to warn about"
    );
}

#[test]
fn a_married_wife_under_15_is_asked_to_confirm_an_older_one_is_not() {
    use bakti::domain::kb::status::wife_age_to_confirm;
    let today = day(2026, 11, 22);
    let married = Some(MaritalStatus::Married);
    assert_eq!(
        wife_age_to_confirm(Relation::Wife, married, day(1952, 1, 1), today),
        None,
        "a wife of 74 is not a PUS, and not a question"
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

/// Two RWs, three RTs; one family per wife.
struct Hamlets {
    records: Vec<Record>,
    rts: [Uuid; 3],
}

impl Hamlets {
    fn new() -> Hamlets {
        let mut records = Vec::new();
        let mut area = |name: &str, level, parent_id| {
            let r = record(Body::Area(Area {
                level,
                name: name.into(),
                parent_id,
            }));
            let id = r.id;
            records.push(r);
            id
        };
        let rw1 = area("RW 01", AreaLevel::Rw, None);
        let rw2 = area("RW 02", AreaLevel::Rw, None);
        let rts = [
            area("RT 01", AreaLevel::Rt, Some(rw1)),
            area("RT 02", AreaLevel::Rt, Some(rw1)),
            area("RT 01", AreaLevel::Rt, Some(rw2)),
        ];
        Hamlets { records, rts }
    }

    /// A married wife of 25 in her own family in `rt`, with her KB statuses.
    fn wife(&mut self, rt: usize, statuses: &[(NaiveDate, Option<Method>, bool)]) -> Uuid {
        self.wife_born(rt, day(2001, 1, 1), statuses)
    }

    /// As `wife`, born on `born`.
    fn wife_born(
        &mut self,
        rt: usize,
        born: NaiveDate,
        statuses: &[(NaiveDate, Option<Method>, bool)],
    ) -> Uuid {
        let family = record(Body::Family(Family {
            rt_id: Some(self.rts[rt]),
            ..Family::default()
        }));
        let wife = record(Body::Person(Person {
            marital_status: Some(MaritalStatus::Married),
            ..Person::new(family.id, "Istri", Sex::Female, born, Relation::Wife)
        }));
        let wife_id = wife.id;
        for (since, method, pregnant) in statuses {
            self.records.push(record(Body::KbStatus(KbStatus {
                wife_id,
                since: *since,
                method: *method,
                served_at: String::new(),
                pregnant: *pregnant,
                wish: Some(Wish::Delay),
                first_use: false,
                since_unknown: false,
                children_born: None,
            })));
        }
        self.records.extend([family, wife]);
        wife_id
    }

    fn birth(&mut self, mother: Uuid, born: NaiveDate) {
        self.records.push(record(Body::Person(Person {
            mother_id: Some(mother),
            ..Person::new(Uuid::nil(), "Bayi", Sex::Female, born, Relation::Child)
        })));
    }
}

#[test]
fn kb_pasca_persalinan_is_a_method_started_within_42_days_of_a_delivery() {
    let mut h = Hamlets::new();
    let on_day_42 = h.wife(0, &[(day(2026, 11, 12), Some(Method::Suntik), false)]);
    h.birth(on_day_42, day(2026, 11, 12) - chrono::Days::new(42));
    let on_day_43 = h.wife(0, &[(day(2026, 11, 12), Some(Method::Implan), false)]);
    h.birth(on_day_43, day(2026, 11, 12) - chrono::Days::new(43));
    let no_birth = h.wife(1, &[(day(2026, 11, 3), Some(Method::Pil), false)]);
    let register = Register::from_records(&h.records);
    let index = KbIndex::new(&register);
    let (from, to) = (NOV.first_day(), NOV.last_day());
    assert_eq!(KBPP_DAYS, 42);
    assert!(index.is_postpartum_acceptor(on_day_42, from, to));
    assert!(!index.is_postpartum_acceptor(on_day_43, from, to));
    assert!(!index.is_postpartum_acceptor(no_birth, from, to));
    // Only the start after a delivery is KB baru; the other two are users written
    // down for the first time.
    let total = kb_report(&register, NOV, FOUR_T).total;
    assert_eq!((total.new_acceptors, total.postpartum), (1, 1));
}

#[test]
fn kb_baru_ulang_and_ganti_cara_as_bkkbn_counts_them() {
    let mut h = Hamlets::new();
    let nov = |d| day(2026, 11, d);
    let first_ever = h.wife(0, &[(nov(3), Some(Method::Pil), false)]);
    let long_time = h.wife(0, &[(nov(3), Some(Method::Iud), false)]);
    let after_pregnancy = h.wife(
        0,
        &[
            (day(2026, 3, 1), None, true),
            (nov(3), Some(Method::Suntik), false),
        ],
    );
    let after_dropout = h.wife(
        1,
        &[
            (day(2026, 1, 1), Some(Method::Pil), false),
            (day(2026, 6, 1), None, false),
            (nov(3), Some(Method::Pil), false),
        ],
    );
    let switched = h.wife(
        1,
        &[
            (day(2026, 1, 1), Some(Method::Pil), false),
            (nov(3), Some(Method::Implan), false),
        ],
    );
    // A switch of method within 42 days of a delivery is not KBPP.
    let switched_after_birth = h.wife(
        2,
        &[
            (day(2026, 10, 20), Some(Method::Kondom), false),
            (nov(10), Some(Method::Suntik), false),
        ],
    );
    h.birth(switched_after_birth, day(2026, 10, 15));
    // "No method" written ten days after the birth, a method a month later: still the
    // start after her delivery, KB baru and KBPP.
    let no_method_first = h.wife(
        2,
        &[
            (day(2026, 10, 20), None, false),
            (nov(5), Some(Method::Suntik), false),
        ],
    );
    h.birth(no_method_first, day(2026, 10, 10));
    for r in &mut h.records {
        if let Body::KbStatus(s) = &mut r.body {
            s.first_use = s.wife_id == first_ever;
        }
    }
    let register = Register::from_records(&h.records);
    let index = KbIndex::new(&register);
    let (from, to) = (NOV.first_day(), NOV.last_day());
    let kind = |wife| {
        [Start::New, Start::Restart, Start::Switch]
            .into_iter()
            .find(|k| index.started(wife, from, to, *k))
    };
    assert_eq!(kind(first_ever), Some(Start::New));
    assert_eq!(kind(long_time), None);
    assert_eq!(kind(after_pregnancy), Some(Start::New));
    assert_eq!(kind(after_dropout), Some(Start::Restart));
    assert_eq!(kind(switched), Some(Start::Switch));
    assert_eq!(kind(switched_after_birth), Some(Start::Switch));
    assert!(!index.is_postpartum_acceptor(switched_after_birth, from, to));
    assert_eq!(kind(no_method_first), Some(Start::New));
    assert!(index.is_postpartum_acceptor(no_method_first, from, to));
    // The TPK list reads the same KBPP: her start 5 days after the birth counts, the
    // switch does not add another.
    assert!(index.has_kbpp(switched_after_birth, day(2026, 10, 15)));
    assert!(index.has_kbpp(no_method_first, day(2026, 10, 10)));
    assert!(
        !index.has_kbpp(switched, day(2026, 10, 1)),
        "a switch is not KBPP"
    );
    let total = kb_report(&register, NOV, FOUR_T).total;
    assert_eq!(
        (
            total.new_acceptors,
            total.restarts,
            total.switches,
            total.postpartum
        ),
        (3, 1, 2, 1)
    );
}

#[test]
fn mcpr_leaves_out_mal_and_traditional_methods() {
    let mut h = Hamlets::new();
    h.wife(0, &[(day(2026, 1, 5), Some(Method::Iud), false)]);
    h.wife(0, &[(day(2026, 1, 5), Some(Method::Mal), false)]);
    h.wife(1, &[(day(2026, 1, 5), Some(Method::Tradisional), false)]);
    h.wife(1, &[(day(2026, 1, 5), None, false)]);
    let total = kb_report(&Register::from_records(&h.records), NOV, FOUR_T).total;
    assert_eq!((total.active, total.modern), (3, 1));
    assert_eq!((total.cpr(), total.mcpr()), (Some(75.0), Some(25.0)));
}

#[test]
fn a_drop_out_stops_a_method_without_being_pregnant() {
    let mut h = Hamlets::new();
    let stopped = h.wife(
        0,
        &[
            (day(2026, 3, 1), Some(Method::Pil), false),
            (day(2026, 11, 10), None, false),
        ],
    );
    let pregnant = h.wife(
        1,
        &[
            (day(2026, 3, 1), Some(Method::Kondom), false),
            (day(2026, 11, 10), None, true),
        ],
    );
    let never = h.wife(2, &[(day(2026, 11, 10), None, false)]);
    let register = Register::from_records(&h.records);
    let index = KbIndex::new(&register);
    let (from, to) = (NOV.first_day(), NOV.last_day());
    assert!(index.is_dropout(stopped, from, to));
    assert!(!index.is_dropout(pregnant, from, to));
    assert!(!index.is_dropout(never, from, to));
    assert!(!index.is_dropout(stopped, day(2026, 10, 1), day(2026, 10, 31)));
    let total = kb_report(&register, NOV, FOUR_T).total;
    assert_eq!((total.dropouts, total.active, total.pregnant), (1, 0, 1));
}

#[test]
fn rts_are_grouped_under_their_rw_and_a_year_is_twelve_reports() {
    let mut h = Hamlets::new();
    h.wife(0, &[(day(2026, 1, 5), Some(Method::Iud), false)]);
    h.wife(1, &[(day(2026, 6, 5), Some(Method::Suntik), false)]);
    h.wife(1, &[(day(2026, 6, 5), None, true)]);
    h.wife(2, &[(day(2025, 6, 5), None, false)]);
    let register = Register::from_records(&h.records);
    let report = kb_report(&register, NOV, FOUR_T);
    let shape: Vec<(Option<String>, u32, usize)> = report
        .rws
        .iter()
        .map(|rw| {
            (
                rw.rw.and_then(|id| register.area_label(id)),
                rw.total.pus,
                rw.rts.len(),
            )
        })
        .collect();
    assert_eq!(
        shape,
        vec![(Some("RW 01".into()), 3, 2), (Some("RW 02".into()), 1, 1)]
    );
    assert_eq!(report.rws[0].rts[1].1.pregnant, 1);
    assert_eq!(report.total.active, 2);
    let year = kb_year(&register, NOV, FOUR_T);
    assert_eq!(year.len(), 12);
    let active: Vec<u32> = year.iter().map(|r| r.total.active).collect();
    assert_eq!(
        active,
        [0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2],
        "Dec 25 … Nov 26"
    );
    assert_eq!(year.last(), Some(&report));
}

mod peta_keluarga {
    use super::*;
    use bakti::domain::core::family::MapSpot;
    use bakti::domain::kb::family_map::{
        rt_map, Colour, HouseMark, Legend, PlaceError, MAP_COLUMNS,
    };

    fn place(records: &mut [Record], family_of: Uuid, spot: MapSpot) {
        let wife_family = records
            .iter()
            .find_map(|r| match &r.body {
                Body::Person(p) if r.id == family_of => Some(p.family_id),
                _ => None,
            })
            .expect("wife");
        for r in records.iter_mut() {
            if let (true, Body::Family(f)) = (r.id == wife_family, &mut r.body) {
                f.map_spot = Some(spot);
            }
        }
    }

    #[test]
    fn each_house_shows_the_status_that_needs_most_attention() {
        let mut h = Hamlets::new();
        let iud = h.wife(0, &[(day(2026, 1, 5), Some(Method::Iud), false)]);
        let hamil = h.wife(0, &[(day(2026, 9, 5), None, true)]);
        let unrecorded = h.wife(0, &[]);
        let register = Register::from_records(&h.records);
        let index = KbIndex::new(&register);
        let map = rt_map(&register, &index, h.rts[0], NOV.last_day());
        let mark_of = |wife: Uuid| {
            let family = register.person(wife).map(|p| p.family_id);
            map.houses
                .iter()
                .find(|house| Some(house.family_id) == family)
                .map(|house| house.mark)
        };
        assert_eq!(mark_of(iud), Some(HouseMark::Method(Method::Iud)));
        assert_eq!(mark_of(hamil), Some(HouseMark::Pregnant));
        assert_eq!(mark_of(unrecorded), Some(HouseMark::NotRecorded));
        assert_eq!(map.unplaced().count(), 3, "nothing placed yet");
        assert_eq!(map.columns, MAP_COLUMNS);
    }

    #[test]
    fn placed_houses_are_numbered_in_reading_order_and_a_taken_cell_is_refused() {
        let mut h = Hamlets::new();
        let a = h.wife(0, &[]);
        let b = h.wife(0, &[]);
        let c = h.wife(0, &[]);
        let elsewhere = h.wife(1, &[]);
        let rt = h.rts[0];
        let spot = |column, row| MapSpot {
            rt_id: rt,
            column,
            row,
        };
        place(&mut h.records, a, spot(3, 2));
        place(&mut h.records, b, spot(6, 0));
        // A spot kept from another RT does not place a house here.
        place(
            &mut h.records,
            c,
            MapSpot {
                rt_id: h.rts[1],
                column: 0,
                row: 0,
            },
        );
        let register = Register::from_records(&h.records);
        let index = KbIndex::new(&register);
        let map = rt_map(&register, &index, rt, NOV.last_day());
        let family = |wife: Uuid| register.person(wife).map(|p| p.family_id);
        assert_eq!(
            map.at(6, 0).map(|x| (Some(x.family_id), x.number)),
            Some((family(b), Some(1)))
        );
        assert_eq!(
            map.at(3, 2).map(|x| (Some(x.family_id), x.number)),
            Some((family(a), Some(2)))
        );
        assert_eq!(map.unplaced().count(), 1);
        assert!(map
            .houses
            .iter()
            .all(|x| Some(x.family_id) != family(elsewhere)));
        assert!(map.rows >= 4, "an empty row below the last house");
        let cf = family(c).expect("family");
        assert_eq!(map.spot_for(cf, 3, 2), Err(PlaceError::Taken));
        assert_eq!(map.spot_for(cf, MAP_COLUMNS, 0), Err(PlaceError::Outside));
        assert_eq!(map.spot_for(cf, 0, 0), Ok(spot(0, 0)));
    }

    #[test]
    fn two_houses_on_one_cell_after_a_merge_keep_one_there() {
        let mut h = Hamlets::new();
        let a = h.wife(0, &[]);
        let b = h.wife(0, &[]);
        let spot = MapSpot {
            rt_id: h.rts[0],
            column: 1,
            row: 1,
        };
        place(&mut h.records, a, spot);
        place(&mut h.records, b, spot);
        let register = Register::from_records(&h.records);
        let map = rt_map(
            &register,
            &KbIndex::new(&register),
            h.rts[0],
            NOV.last_day(),
        );
        assert_eq!(map.unplaced().count(), 1);
        assert!(map.at(1, 1).is_some());
    }

    #[test]
    fn colours_are_only_rrggbb_and_the_legend_keeps_what_the_cadre_wrote() {
        assert_eq!(
            Colour::try_from("#1a2B3c".to_owned()),
            Ok(Colour([0x1a, 0x2b, 0x3c]))
        );
        for bad in ["red", "#12345", "#12345g", "#123456;x:y", "1a2b3c"] {
            assert!(Colour::try_from(bad.to_owned()).is_err(), "{bad}");
        }
        assert_eq!(Colour([255, 0, 16]).to_string(), "#ff0010");
        let mut saved = Legend::new(&[], |_| "x".into()).entries;
        saved.retain(|e| e.mark == HouseMark::Pregnant);
        saved[0].label = "Ibu hamil".into();
        saved[0].symbol = "B".into();
        let legend = Legend::new(&saved, |_| "bawaan".into());
        assert_eq!(legend.entries.len(), HouseMark::all().len());
        assert_eq!(
            legend.entry(HouseMark::Pregnant).map(|e| e.symbol.as_str()),
            Some("B")
        );
        assert_eq!(
            legend.entry(HouseMark::NotPus).map(|e| e.label.as_str()),
            Some("bawaan")
        );
        let json = serde_json::to_string(&legend).expect("json");
        assert!(json.contains("\"#f5aac8\""), "{json}");
        assert_eq!(serde_json::from_str::<Legend>(&json).ok(), Some(legend));
    }
}

#[test]
fn the_report_as_csv_has_the_screen_rows_and_keeps_area_names_as_text() {
    use bakti::indicators::kb::sheet::kb_report_sheet;
    let mut h = Hamlets::new();
    h.wife(0, &[(day(2026, 1, 5), Some(Method::Iud), false)]);
    h.wife(0, &[(day(2026, 11, 5), Some(Method::Suntik), false)]);
    h.wife(2, &[(day(2026, 6, 5), None, false)]);
    for r in &mut h.records {
        if let Body::Area(a) = &mut r.body {
            if a.name == "RW 02" {
                a.name = "=HYPERLINK(\"x\")".into();
            }
        }
    }
    let register = Register::from_records(&h.records);
    let report = kb_report(&register, NOV, FOUR_T);
    let csv = bakti::sheet::csv::write(&kb_report_sheet(&register, &report, |m| format!("{m:?}")))
        .expect("csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 1 + 2 + 2 + 1, "header, RT+RW, RT+RW, village");
    assert!(lines[0].starts_with(
        "\"Bulan\",\"Tingkat\",\"Wilayah\",\"PUS\",\"KB aktif\",\"KB modern\",\"KB baru\",\"KB ulang\",\"Ganti cara\""
    ));
    assert!(lines[0].ends_with("\"Tradisional\",\"CPR %\",\"mCPR %\",\"Unmet need %\""));
    // RWs in the order of their labels: "RW 01" before "RW =…"; the level written in
    // front keeps the name from starting a formula.
    assert!(
        lines[4].contains("\"RW\",\"RW =HYPERLINK(\"\"x\"\")\""),
        "{}",
        lines[4]
    );
    // PUS 2, KB aktif 2, modern 2, KB baru 0: both are users written down for the
    // first time, not first-ever users.
    assert!(lines[1].starts_with("\"2026-11\",\"RT\",\"RT 01 / RW 01\",\"2\",\"2\",\"2\",\"0\""));
    assert!(lines[2].starts_with("\"2026-11\",\"RW\",\"RW 01\""));
    assert!(lines[5].starts_with("\"2026-11\",\"Desa\",\"Jumlah\",\"3\",\"2\""));
    assert!(
        lines[5].ends_with("\"66,7\",\"66,7\",\"33,3\""),
        "{}",
        lines[5]
    );
}

#[test]
fn the_4t_thresholds_are_whole_numbers_within_their_ranges() {
    use bakti::domain::core::fields::{Problem, Quantity};
    use bakti::domain::kb::status::FourTForm;
    let form = FourTForm::from_rules(FOUR_T);
    assert_eq!(form.parse(), Ok(FOUR_T));
    let variant = FourTForm {
        too_young_below: "21".into(),
        too_close_below_years: " 3 ".into(),
        ..form.clone()
    };
    let rules = variant.parse().expect("the TPK variant");
    assert_eq!(
        (rules.too_young_below, rules.too_close_below_years),
        (21, 3)
    );
    let bad = FourTForm {
        too_young_below: "50".into(),
        too_old_above: "".into(),
        too_old_until: "".into(),
        too_close_below_years: "2,5".into(),
        too_many_above: "banyak".into(),
    };
    assert_eq!(
        bad.parse(),
        Err(vec![
            ("too_young_below", Problem::OutOfRange(Quantity::FourTYoung)),
            ("too_old_above", Problem::Required),
            ("too_old_until", Problem::Required),
            ("too_close_below_years", Problem::NotANumber),
            ("too_many_above", Problem::NotANumber),
        ])
    );
    // The band's end must lie above its start.
    let upside_down = FourTForm {
        too_old_above: "40".into(),
        too_old_until: "38".into(),
        ..FourTForm::from_rules(FOUR_T)
    };
    assert_eq!(
        upside_down.parse(),
        Err(vec![(
            "too_old_until",
            Problem::OutOfRange(Quantity::FourTOldUntil)
        )])
    );
}

#[test]
fn terlalu_tua_is_the_band_above_35_up_to_40_and_parity_reads_the_kb_card() {
    let mut h = Hamlets::new();
    let at_38 = h.wife_born(
        0,
        day(1988, 6, 1),
        &[(day(2026, 1, 5), Some(Method::Pil), false)],
    );
    let at_45 = h.wife_born(
        0,
        day(1981, 6, 1),
        &[(day(2026, 1, 5), Some(Method::Pil), false)],
    );
    let at_30 = h.wife_born(
        0,
        day(1996, 6, 1),
        &[(day(2026, 1, 5), Some(Method::Pil), false)],
    );
    // Her card says five children born alive; none of them is in this register.
    for r in &mut h.records {
        if let Body::KbStatus(s) = &mut r.body {
            if s.wife_id == at_30 {
                s.children_born = Some(5);
            }
        }
    }
    let register = Register::from_records(&h.records);
    let index = KbIndex::new(&register);
    let on = day(2026, 11, 20);
    let four_t = |id| {
        let wife = register.person(id).expect("wife");
        index.four_t(wife, id, on, FOUR_T)
    };
    assert!(four_t(at_38).too_old);
    assert!(!four_t(at_45).too_old, "above the band's end [U]");
    assert!(!four_t(at_30).too_old);
    assert!(four_t(at_30).too_many, "five children on her KB card");
    assert!(!four_t(at_38).too_many);
}

#[test]
fn a_long_time_user_with_no_start_date_is_never_kb_baru() {
    let born = day(1990, 1, 1);
    let today = day(2026, 11, 20);
    let form = KbStatusForm {
        uses: Some(KbUse::Method(Method::Iud)),
        since_unknown: true,
        first_use: true,
        ..KbStatusForm::default()
    };
    let status = form
        .parse(Uuid::nil(), born, today)
        .expect("no date needed");
    assert!(status.since_unknown && !status.first_use);
    assert_eq!(status.since, today);
    let mut h = Hamlets::new();
    let wife = h.wife(0, &[]);
    h.records.push(record(Body::KbStatus(KbStatus {
        wife_id: wife,
        ..status
    })));
    let register = Register::from_records(&h.records);
    let index = KbIndex::new(&register);
    assert!(!index.is_new_acceptor(wife, day(2026, 11, 1), today));
    assert!(!index.started(wife, day(2026, 11, 1), today, Start::Restart));
    assert_eq!(
        index.status_on(wife, today).and_then(|s| s.method),
        Some(Method::Iud)
    );
}

#[test]
fn a_tpk_pregnancy_counts_as_pregnant_and_a_recorded_delivery_ends_it() {
    use bakti::domain::tpk::pregnancy::Pregnancy;
    let mut h = Hamlets::new();
    // IAT without a method: unmet need, until the TPK records her pregnancy.
    let expecting = h.wife(0, &[(day(2026, 3, 1), None, false)]);
    h.records.push(record(Body::Pregnancy(Pregnancy {
        mother_id: expecting,
        hpht: day(2026, 8, 1),
        delivered_on: None,
    })));
    // Said pregnant on her KB status in May; the TPK recorded the delivery in October.
    let delivered = h.wife(1, &[(day(2026, 5, 1), None, true)]);
    h.records.push(record(Body::Pregnancy(Pregnancy {
        mother_id: delivered,
        hpht: day(2026, 1, 10),
        delivered_on: Some(day(2026, 10, 15)),
    })));
    let register = Register::from_records(&h.records);
    let index = KbIndex::new(&register);
    let end = NOV.last_day();
    assert!(index.pregnant_on(expecting, end));
    assert_eq!(index.unmet_need_on(expecting, end), None);
    assert!(index.pregnant_on(delivered, day(2026, 10, 14)));
    assert!(!index.pregnant_on(delivered, end));
    assert_eq!(index.unmet_need_on(delivered, end), Some(Wish::Delay));
    let total = kb_report(&register, NOV, FOUR_T).total;
    assert_eq!((total.pregnant, total.unmet_delay), (1, 1));
}

#[test]
fn the_kb_form_needs_a_choice_and_a_date_and_corrects_an_entry() {
    use bakti::domain::core::fields::Problem;
    use bakti::domain::kb::status::{KbStatusForm, KbUse};
    let (born, today) = (day(1995, 1, 1), day(2026, 11, 22));
    let empty = KbStatusForm::default().parse(Uuid::nil(), born, today);
    assert_eq!(
        empty,
        Err(vec![
            ("kb_method", Problem::Required),
            ("kb_since", Problem::Required)
        ]),
        "an untouched form is not saved as 'Tidak ber-KB' today"
    );
    let none = KbStatusForm {
        uses: Some(KbUse::NoMethod),
        since: "2026-11-01".into(),
        first_use: true,
        ..KbStatusForm::default()
    }
    .parse(Uuid::nil(), born, today)
    .expect("valid");
    assert_eq!(
        (none.method, none.first_use),
        (None, false),
        "no method is never a first use"
    );
    let form = KbStatusForm::from_status(&KbStatus {
        method: Some(Method::Iud),
        ..none
    });
    assert_eq!(
        (form.uses, form.since.as_str()),
        (Some(KbUse::Method(Method::Iud)), "2026-11-01")
    );
}

#[test]
fn of_two_entries_with_one_start_date_the_one_written_later_is_current() {
    use chrono::{TimeZone, Utc};
    let mut h = Hamlets::new();
    let wife = h.wife(0, &[]);
    let status = |method| {
        Body::KbStatus(KbStatus {
            wife_id: wife,
            since: day(2026, 11, 1),
            method: Some(method),
            served_at: String::new(),
            pregnant: false,
            wish: None,
            first_use: false,
            since_unknown: false,
            children_born: None,
        })
    };
    let at = |minute| {
        Utc.with_ymd_and_hms(2026, 11, 20, 9, minute, 0)
            .single()
            .unwrap()
    };
    // Written at 9:05 (Pil), corrected by a second entry at 9:40 (Suntik); ids drawn
    // anew each round, so random ids would get this wrong about half the time.
    for _ in 0..20 {
        let mut records = h.records.clone();
        for (method, minute) in [(Method::Suntik, 40), (Method::Pil, 5)] {
            records.push(Record::new(status(method), "hp", at(minute)));
        }
        let register = Register::from_records(&records);
        let index = KbIndex::new(&register);
        assert_eq!(
            index
                .status_on(wife, day(2026, 11, 20))
                .and_then(|s| s.method),
            Some(Method::Suntik)
        );
    }
}

#[test]
#[cfg(not(target_arch = "wasm32"))] // the generated village is native only
fn one_wifes_index_reads_as_the_whole_desas_for_her() {
    let records = bakti::sample::village::village(
        bakti::sample::village::Size::desa(40),
        3,
        chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 11, 22, 9, 0, 0)
            .single()
            .expect("a date"),
    );
    let register = Register::from_records(&records);
    let whole = KbIndex::new(&register);
    let mut wives = 0;
    for (id, wife) in register
        .people
        .iter()
        .filter(|(_, p)| is_pus(p, NOV.last_day()))
    {
        let hers = KbIndex::of_wife(&register, *id);
        for date in [NOV.first_day(), NOV.last_day(), day(2024, 3, 1)] {
            assert_eq!(hers.history(*id), whole.history(*id));
            assert_eq!(hers.births(*id, date), whole.births(*id, date));
            assert_eq!(hers.status_on(*id, date), whole.status_on(*id, date));
            assert_eq!(hers.pregnant_on(*id, date), whole.pregnant_on(*id, date));
            assert_eq!(
                hers.unmet_need_on(*id, date),
                whole.unmet_need_on(*id, date)
            );
            assert_eq!(
                hers.four_t(wife, *id, date, FOUR_T),
                whole.four_t(wife, *id, date, FOUR_T)
            );
        }
        wives += 1;
    }
    assert!(wives > 20, "{wives} PUS wives");
}
