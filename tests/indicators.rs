//! SKDN, prevalence and the referral list on a small posyandu whose every number can
//! be counted by hand.

#![allow(clippy::restriction)] // test code may unwrap, panic and index

mod common;

use bakti::domain::posyandu::review::Warning;
use bakti::growth::Sex;
use bakti::indicators::posyandu::prevalence::prevalence;
use bakti::indicators::posyandu::referral::{referrals, remeasures};
use bakti::indicators::posyandu::skdn::{skdn, AgeBand};
use bakti::indicators::Month;
use common::{village, MAWAR, NOV};

#[test]
fn skdn_counts_by_hand() {
    let register = village();
    let table = skdn(&register, Some(MAWAR), NOV);
    let t = table.total();
    assert_eq!((t.s, t.k, t.d), (6, 5, 4));
    assert_eq!((t.n, t.t, t.o, t.b), (1, 1, 1, 1));
    assert_eq!(t.d, t.n + t.t + t.o + t.b);
    assert_eq!((t.bgm, t.twice_t, t.not_attending()), (1, 1, 1));
    // Budi's capsule in November is not a vitamin A month's (February, August).
    assert_eq!((t.vitamin_a, t.exclusive_breastfeeding), (0, 1));
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
    assert_eq!(
        r.n_d_prime,
        Some(50.0),
        "D′ = N + T: weighed last month too"
    );
    let all = skdn(&register, None, NOV).total();
    assert_eq!((all.s, all.d, all.b), (7, 5, 2));
}

#[test]
fn vitamin_a_in_its_months_and_bands_asi_to_five_months_and_the_sixtieth_month() {
    use bakti::domain::core::person::{Person, Relation};
    use bakti::domain::core::record::Body;
    use bakti::domain::core::register::Register;
    use bakti::domain::posyandu::measurement::Measurement;

    let aug = Month {
        year: 2026,
        month: 8,
    };
    let mut records = Vec::new();
    let mut child = |name: &str, born, vitamin_a, asi| {
        let person = common::record(Body::Person(Person {
            posyandu_id: Some(MAWAR),
            ..Person::new(uuid::Uuid::nil(), name, Sex::Female, born, Relation::Child)
        }));
        let mut weighing = Measurement::weighed(person.id, common::day(2026, 8, 10), 8.0, None);
        weighing.vitamin_a = vitamin_a;
        weighing.exclusive_breastfeeding = Some(asi);
        records.push(person);
        records.push(common::record(Body::Measurement(weighing)));
    };
    child("Bayi 3 bln", common::day(2026, 5, 1), true, true); // 0–5: no capsule, ASI counts
    child("Bayi 8 bln", common::day(2025, 12, 1), true, true); // 6–11: blue capsule, no ASI row
    child("Anak 30 bln", common::day(2024, 2, 1), true, false); // 24–59: red capsule
    child("Genap 60 bln", common::day(2021, 8, 20), false, false); // 60 months on 20 Aug
    let register = Register::from_records(&records);
    let table = skdn(&register, Some(MAWAR), aug);
    let cell = |band| table.cell(band, Sex::Female);
    assert_eq!(
        (
            cell(AgeBand::Months0To5).vitamin_a,
            cell(AgeBand::Months6To11).vitamin_a,
            cell(AgeBand::Months24To59).vitamin_a
        ),
        (0, 1, 1)
    );
    assert_eq!(
        (
            cell(AgeBand::Months0To5).exclusive_breastfeeding,
            cell(AgeBand::Months6To11).exclusive_breastfeeding
        ),
        (1, 0)
    );
    assert_eq!(
        (table.total().s, cell(AgeBand::Months24To59).s),
        (4, 2),
        "a child turning 60 months in August still counts in August"
    );
    let september = skdn(
        &register,
        Some(MAWAR),
        Month {
            year: 2026,
            month: 9,
        },
    );
    assert_eq!(september.total().s, 3);
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

#[test]
fn an_implausible_weighing_is_measured_again_not_referred() {
    use bakti::domain::core::person::{Person, Relation};
    use bakti::domain::core::record::Body;
    use bakti::domain::core::register::Register;
    use bakti::domain::posyandu::measurement::Measurement;
    use bakti::growth::Sex;

    let mut records = common::village_records();
    let child = common::record(Body::Person(Person {
        posyandu_id: Some(MAWAR),
        ..Person::new(
            uuid::Uuid::nil(),
            "Dewi",
            Sex::Female,
            common::day(2025, 11, 1),
            Relation::Child,
        )
    }));
    // 40 kg at one year: WHO flags BB/U; confirmed by the cadre, still not a referral.
    let mut weighing = Measurement::weighed(child.id, common::day(2026, 11, 5), 40.0, None);
    weighing.posyandu_id = Some(MAWAR);
    weighing.implausible_confirmed = true;
    records.push(child);
    records.push(common::record(Body::Measurement(weighing)));
    let register = Register::from_records(&records);
    let again: Vec<String> = remeasures(&register, Some(MAWAR), NOV)
        .into_iter()
        .map(|r| r.name)
        .collect();
    assert_eq!(again, vec!["Dewi".to_owned()]);
    assert!(referrals(&register, Some(MAWAR), NOV)
        .iter()
        .all(|r| r.name != "Dewi"));
}

#[test]
fn prevalence_by_rw_and_over_twelve_months() {
    use bakti::domain::core::area::{Area, AreaLevel};
    use bakti::domain::core::family::Family;
    use bakti::domain::core::record::Body;
    use bakti::domain::core::register::Register;
    use bakti::indicators::posyandu::prevalence::{prevalence_by_rw, trend};

    // Put Joko's family in RT 01 of RW 02; the others have no RT yet.
    let mut records = common::village_records();
    let rw = common::record(Body::Area(Area {
        level: AreaLevel::Rw,
        name: "RW 02".into(),
        parent_id: None,
    }));
    let rt = common::record(Body::Area(Area {
        level: AreaLevel::Rt,
        name: "RT 01".into(),
        parent_id: Some(rw.id),
    }));
    let family = common::record(Body::Family(Family {
        address: "Jl. Mawar".into(),
        rt_id: Some(rt.id),
        ..Family::default()
    }));
    for record in &mut records {
        if let Body::Person(p) = &mut record.body {
            if p.name == "Joko" {
                p.family_id = family.id;
            }
        }
    }
    records.extend([rw.clone(), rt, family]);
    let register = Register::from_records(&records);
    let groups = prevalence_by_rw(&register, Some(MAWAR), NOV);
    assert_eq!(groups.len(), 2);
    let rw02 = groups
        .iter()
        .find(|(g, _)| *g == Some(rw.id))
        .expect("RW 02");
    assert_eq!(rw02.1.stunted, (1, 1));
    let none = groups.iter().find(|(g, _)| g.is_none()).expect("no RT");
    assert_eq!(none.1.stunted, (1, 3));
    let twelve = trend(&register, Some(MAWAR), NOV);
    assert_eq!(twelve.len(), 12);
    assert_eq!(twelve[11].1.stunted, (2, 4));
    assert_eq!(twelve[10].1.stunted, (0, 1));
    assert_eq!(twelve[0].1.stunted, (0, 0));
}

#[test]
fn k_counts_children_with_a_kia_book_as_recorded() {
    use bakti::domain::core::fields::YesNo;
    use bakti::domain::core::record::Body;
    use bakti::domain::core::register::Register;

    let mut records = common::village_records();
    for r in &mut records {
        if let Body::Person(p) = &mut r.body {
            match p.name.as_str() {
                "Budi" => p.kia_book = Some(YesNo::No), // weighed, but no book
                "Nia" => p.kia_book = Some(YesNo::Yes), // a book, not yet weighed
                _ => {}
            }
        }
    }
    let before = skdn(&village(), Some(MAWAR), NOV).total();
    let after = skdn(&Register::from_records(&records), Some(MAWAR), NOV).total();
    assert_eq!((before.k, after.k), (5, 5), "Budi out, Nia in");
    assert_eq!(
        (before.d, after.d),
        (4, 4),
        "weighing does not depend on the book"
    );
}
