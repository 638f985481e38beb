//! TPK accompaniment counted by hand: pregnancy stages and HPL, nifas and KBPP, catin
//! screening risks, the target lists and the month's recap.

#![allow(clippy::restriction)] // test code may unwrap, panic and index

mod common;

use bakti::domain::core::fields::{Problem, Quantity};
use bakti::domain::core::person::{MaritalStatus, Person, Relation};
use bakti::domain::core::record::{Body, Record};
use bakti::domain::core::register::Register;
use bakti::domain::kb::status::{KbStatus, Method};
use bakti::domain::tpk::catin::{parse_catin, Catin};
use bakti::domain::tpk::pregnancy::{nifas_visit_due, Pregnancy, PregnancyForm, Stage};
use bakti::domain::tpk::targets::{agenda, recap, targets, Detail, Screening};
use bakti::domain::tpk::visit::{Risk, Target, Visit, VisitForm, RISK_LIMITS};
use bakti::growth::Sex;
use common::{day, record, NOV};
use uuid::Uuid;

fn woman(records: &mut Vec<Record>, name: &str, born: chrono::NaiveDate) -> Uuid {
    let r = record(Body::Person(Person {
        marital_status: Some(MaritalStatus::Married),
        ..Person::new(Uuid::nil(), name, Sex::Female, born, Relation::Wife)
    }));
    let id = r.id;
    records.push(r);
    id
}

fn visit(person_id: Uuid, date: chrono::NaiveDate, target: Target) -> Visit {
    Visit {
        person_id,
        date,
        target,
        weight_kg: None,
        height_cm: None,
        arm_cm: None,
        hb_g_dl: None,
        waist_cm: None,
        iron_tablets: None,
        smoke: false,
        counselled: true,
        referred: false,
        note: String::new(),
    }
}

#[test]
fn hpl_is_naegele_as_written_and_the_stage_follows_the_calendar() {
    let p = Pregnancy {
        mother_id: Uuid::nil(),
        hpht: day(2026, 3, 1),
        delivered_on: None,
    };
    assert_eq!(
        p.hpl(),
        day(2026, 12, 8),
        "Naegele: 1 Mar + 7 days − 3 months + 1 year"
    );
    assert_eq!(
        p.stage_on(day(2026, 3, 1)),
        Stage::Pregnant {
            weeks: 0,
            days: 0,
            trimester: 1
        }
    );
    // Buku KIA: trimester 1 up to 12 weeks, 2 from 13 to 24, 3 after 24.
    for (weeks, trimester) in [(12, 1), (13, 2), (24, 2), (25, 3)] {
        let on = day(2026, 3, 1) + chrono::Days::new(weeks * 7 + 6);
        assert_eq!(
            p.stage_on(on),
            Stage::Pregnant {
                weeks: weeks as i64,
                days: 6,
                trimester
            },
            "{weeks} weeks"
        );
    }
    // A day the month lacks runs on: 24 May + 7 days = 31 May → "31 Feb" = 3 Mar.
    let late_may = Pregnancy {
        hpht: day(2026, 5, 24),
        ..p.clone()
    };
    assert_eq!(late_may.hpl(), day(2027, 3, 3));
    let new_year = Pregnancy {
        hpht: day(2026, 12, 28),
        ..p.clone()
    };
    assert_eq!(
        new_year.hpl(),
        day(2027, 10, 4),
        "28 Dec + 7 = 4 Jan; −3 months, +1 year"
    );
    assert_eq!(
        p.stage_on(day(2026, 11, 22)),
        Stage::Pregnant {
            weeks: 38,
            days: 0,
            trimester: 3
        }
    );
    assert_eq!(p.stage_on(day(2026, 2, 28)), Stage::Other);
    assert_eq!(p.stage_on(day(2027, 1, 20)), Stage::Other, "past 44 weeks");
    let delivered = Pregnancy {
        delivered_on: Some(day(2026, 11, 1)),
        ..p
    };
    assert_eq!(
        delivered.stage_on(day(2026, 11, 1)),
        Stage::Postpartum { day: 0 }
    );
    assert_eq!(
        delivered.stage_on(day(2026, 12, 13)),
        Stage::Postpartum { day: 42 }
    );
    assert_eq!(delivered.stage_on(day(2026, 12, 14)), Stage::Other);
    let due: Vec<_> = [0, 2, 3, 7, 8, 28, 29, 42, 43]
        .map(nifas_visit_due)
        .to_vec();
    assert_eq!(
        due,
        [
            Some("KF1"),
            Some("KF1"),
            Some("KF2"),
            Some("KF2"),
            Some("KF3"),
            Some("KF3"),
            Some("KF4"),
            Some("KF4"),
            None
        ]
    );
}

#[test]
fn the_pregnancy_form_checks_its_dates() {
    let today = day(2026, 11, 22);
    let born = day(2000, 1, 1);
    let form = |hpht: &str, delivered: &str| PregnancyForm {
        hpht: hpht.into(),
        delivered_on: delivered.into(),
    };
    assert!(form("2026-05-01", "")
        .parse(Uuid::nil(), born, today)
        .is_ok());
    let err = |f: PregnancyForm| f.parse(Uuid::nil(), born, today).err();
    assert_eq!(err(form("", "")), Some(vec![("hpht", Problem::Required)]));
    assert_eq!(
        err(form("2026-12-01", "")),
        Some(vec![("hpht", Problem::VisitInFuture)])
    );
    assert_eq!(
        err(form("2025-11-01", "")),
        Some(vec![("hpht", Problem::HphtTooOld)])
    );
    assert!(form("2025-11-01", "2026-08-05")
        .parse(Uuid::nil(), born, today)
        .is_ok());
    assert_eq!(
        err(form("2026-05-01", "2026-04-01")),
        Some(vec![("delivered_on", Problem::DeliveryBeforeHpht)])
    );
}

fn adult(sex: Sex, born: chrono::NaiveDate) -> Person {
    Person::new(Uuid::nil(), "Catin", sex, born, Relation::Child)
}

#[test]
fn a_visit_shows_kek_anaemia_thinness_shortness_and_smoke_by_the_limits() {
    let woman = adult(Sex::Female, day(2000, 1, 1));
    let mut v = visit(Uuid::nil(), day(2026, 11, 10), Target::Catin);
    v.weight_kg = Some(40.0);
    v.height_cm = Some(150.0);
    v.arm_cm = Some(23.4);
    v.hb_g_dl = Some(11.9);
    assert_eq!(
        v.risks(&woman, RISK_LIMITS),
        [Risk::Kek, Risk::Anaemia, Risk::Thin]
    );
    v.arm_cm = Some(23.5);
    v.hb_g_dl = Some(12.0);
    v.weight_kg = Some(41.7);
    v.height_cm = Some(144.9);
    v.smoke = true;
    assert_eq!(v.risks(&woman, RISK_LIMITS), [Risk::Short, Risk::Smoke]);
    let mut pregnant = visit(Uuid::nil(), day(2026, 11, 10), Target::Pregnant);
    pregnant.hb_g_dl = Some(11.5);
    pregnant.weight_kg = Some(40.0);
    pregnant.height_cm = Some(160.0);
    assert!(
        pregnant.risks(&woman, RISK_LIMITS).is_empty(),
        "Hb 11,5 is not anaemia in pregnancy; no IMT"
    );
    pregnant.hb_g_dl = Some(10.9);
    assert_eq!(pregnant.risks(&woman, RISK_LIMITS), [Risk::Anaemia]);
}

#[test]
fn risks_by_sex_and_a_bride_under_twenty() {
    let man = adult(Sex::Male, day(2000, 1, 1));
    let mut groom = visit(Uuid::nil(), day(2026, 11, 10), Target::Catin);
    // A man: anaemia below 13 g/dL; LILA and height are not read for men.
    groom.hb_g_dl = Some(12.9);
    groom.arm_cm = Some(22.0);
    groom.height_cm = Some(144.0);
    assert_eq!(groom.risks(&man, RISK_LIMITS), [Risk::Anaemia]);
    groom.hb_g_dl = Some(13.0);
    assert!(groom.risks(&man, RISK_LIMITS).is_empty());
    // A bride of 19 at the visit is "terlalu muda"; at 20 she is not.
    let bride = visit(Uuid::nil(), day(2026, 11, 10), Target::Catin);
    let nineteen = adult(Sex::Female, day(2007, 11, 11));
    assert_eq!(bride.risks(&nineteen, RISK_LIMITS), [Risk::Young]);
    let twenty = adult(Sex::Female, day(2006, 11, 10));
    assert!(bride.risks(&twenty, RISK_LIMITS).is_empty());
}

#[test]
fn the_visit_form_refuses_typos_at_the_field() {
    let form = VisitForm {
        date: "2026-11-20".into(),
        arm_cm: "22,5".into(),
        hb_g_dl: "105".into(),
        iron_tablets: "30,5".into(),
        target: Some(Target::Pregnant),
        ..VisitForm::default()
    };
    let today = day(2026, 11, 22);
    assert_eq!(
        form.parse(Uuid::nil(), day(2000, 1, 1), today),
        Err(vec![
            ("hb", Problem::OutOfRange(Quantity::Haemoglobin)),
            ("iron_tablets", Problem::NotANumber),
        ])
    );
    let fixed = VisitForm {
        hb_g_dl: "10,5".into(),
        iron_tablets: "30".into(),
        ..form
    };
    let v = fixed
        .parse(Uuid::nil(), day(2000, 1, 1), today)
        .expect("parses");
    assert_eq!(
        (v.arm_cm, v.hb_g_dl, v.iron_tablets),
        (Some(22.5), Some(10.5), Some(30))
    );
}

#[test]
fn an_empty_visit_form_marks_every_missing_field_at_once() {
    assert_eq!(
        VisitForm::default().parse(Uuid::nil(), day(2000, 1, 1), day(2026, 11, 22)),
        Err(vec![
            ("visit_target", Problem::Required),
            ("visit_date", Problem::Required),
        ])
    );
}

#[test]
fn a_catin_needs_a_person_and_a_wedding_date_within_reach() {
    let today = day(2026, 11, 22);
    let id = Some(Uuid::from_u128(5));
    assert_eq!(
        parse_catin(id, "2027-02-14", today),
        Ok(Catin {
            person_id: Uuid::from_u128(5),
            wedding_date: day(2027, 2, 14)
        })
    );
    assert_eq!(
        parse_catin(None, "2028-02-14", today),
        Err(vec![
            ("catin_person", Problem::Required),
            ("wedding_date", Problem::WeddingDateOutOfRange)
        ])
    );
    assert_eq!(
        parse_catin(id, "2026-10-01", today),
        Err(vec![("wedding_date", Problem::WeddingDateOutOfRange)])
    );
}

#[test]
fn the_targets_of_a_day_and_the_months_recap() {
    let mut records = Vec::new();
    let today = day(2026, 11, 22);
    let bumil = woman(&mut records, "Bumil", day(1998, 4, 4));
    records.push(record(Body::Pregnancy(Pregnancy {
        mother_id: bumil,
        hpht: day(2026, 5, 3),
        delivered_on: None,
    })));
    let mut first = visit(bumil, day(2026, 9, 10), Target::Pregnant);
    first.iron_tablets = Some(30);
    let mut second = visit(bumil, day(2026, 11, 5), Target::Pregnant);
    second.iron_tablets = Some(30);
    second.arm_cm = Some(22.0);
    second.referred = true;
    records.push(record(Body::Visit(first)));
    records.push(record(Body::Visit(second)));

    let nifas = woman(&mut records, "Nifas", day(1995, 1, 1));
    records.push(record(Body::Pregnancy(Pregnancy {
        mother_id: nifas,
        hpht: day(2026, 1, 20),
        delivered_on: Some(day(2026, 11, 2)),
    })));
    records.push(record(Body::KbStatus(KbStatus {
        wife_id: nifas,
        since: day(2026, 11, 20),
        method: Some(Method::Suntik),
        served_at: "Bidan".into(),
        pregnant: false,
        wish: None,
        first_use: false,
        since_unknown: false,
        children_born: None,
    })));
    let baby = record(Body::Person(Person {
        mother_id: Some(nifas),
        ..Person::new(
            Uuid::nil(),
            "Bayi",
            Sex::Male,
            day(2026, 11, 2),
            Relation::Child,
        )
    }));
    let baby_id = baby.id;
    records.push(baby);
    records.push(record(Body::Measurement(
        bakti::domain::posyandu::measurement::Measurement::weighed(
            baby_id,
            day(2026, 11, 20),
            2.1,
            Some(47.0),
        ),
    )));

    let old_nifas = woman(&mut records, "Lama", day(1990, 1, 1));
    records.push(record(Body::Pregnancy(Pregnancy {
        mother_id: old_nifas,
        hpht: day(2025, 12, 1),
        delivered_on: Some(day(2026, 9, 1)),
    })));

    let catin = woman(&mut records, "Catin", day(2004, 6, 6));
    records.push(record(Body::Catin(Catin {
        person_id: catin,
        wedding_date: day(2027, 1, 10),
    })));
    let mut screening = visit(catin, day(2026, 11, 12), Target::Catin);
    screening.hb_g_dl = Some(11.0);
    records.push(record(Body::Visit(screening)));

    let register = Register::from_records(&records);
    let rows = targets(&register, today);
    let shape: Vec<(Target, Uuid)> = rows.iter().map(|r| (r.target, r.person_id)).collect();
    assert_eq!(
        shape,
        [
            (Target::Catin, catin),
            (Target::Pregnant, bumil),
            (Target::Postpartum, nifas),
            (Target::Baduta, baby_id),
        ]
    );
    assert_eq!(rows[0].risks, [Risk::Anaemia]);
    // Screened on 12 Nov, two months before the wedding: at risk, with the reason.
    assert_eq!(
        rows[0].detail,
        Detail::Catin {
            wedding: day(2027, 1, 10),
            screening: Screening::AtRisk(day(2026, 11, 12), vec![Risk::Anaemia]),
        }
    );
    assert_eq!(
        rows[1].detail,
        Detail::Pregnant {
            weeks: 29,
            days: 0,
            trimester: 3,
            hpl: day(2027, 2, 10), // HPHT 3 May: 10 May, month − 3, year + 1
            iron_tablets: 60,
            // No ANC contact written: K1 (a doctor, by week 12) is long overdue.
            anc: bakti::domain::tpk::anc::AncProgress {
                done: 0,
                with_doctor: 0,
                next: Some(("K1", true, day(2026, 8, 1), true)),
            },
        }
    );
    assert_eq!(
        (rows[1].risks.clone(), rows[1].referred),
        (vec![Risk::Kek], true)
    );
    assert_eq!(
        rows[2].detail,
        Detail::Postpartum {
            day: 20,
            kf_due: Some("KF3"),
            kbpp: true
        }
    );
    let Detail::Baduta {
        months,
        last_weighed,
        warnings,
        kn_due,
    } = &rows[3].detail
    else {
        panic!("baduta");
    };
    assert_eq!((*months, *last_weighed), (0, Some(day(2026, 11, 20))));
    // Born 18 days ago: KN3 (days 8-28) is due, by day 28 after birth.
    assert_eq!(kn_due.map(|(kn, _)| kn), Some("KN3"));
    assert!(
        !warnings.is_empty(),
        "2,1 kg at 18 days is below −3 SD: the TPK sees it"
    );

    let todo = agenda(&register, today);
    assert_eq!(
        (
            todo.nifas_without_kbpp,
            todo.pregnant_at_risk,
            todo.not_visited
        ),
        (0, 1, 2),
        "nifas has KBPP; the pregnant woman has KEK; nifas and baby not visited"
    );

    let month = recap(&register, NOV);
    let counts: Vec<(Target, u32, u32, u32, u32)> = month
        .iter()
        .map(|(t, r)| (*t, r.targets, r.visited, r.at_risk, r.referred))
        .collect();
    assert_eq!(
        counts,
        [
            (Target::Catin, 1, 1, 1, 0),
            (Target::Pregnant, 1, 1, 1, 1),
            (Target::Postpartum, 1, 0, 0, 0),
            (Target::Baduta, 1, 0, 0, 0),
        ]
    );
}

#[test]
fn a_family_with_a_target_and_a_risk_factor_is_at_risk_of_stunting() {
    use bakti::domain::core::family::{Family, HouseCondition, Latrine, WaterSource};
    use bakti::domain::core::fields::YesNo;
    use bakti::domain::core::person::Education;
    use bakti::domain::kb::status::FOUR_T;
    use bakti::domain::tpk::stunting_risk::{families_at_risk, Members, RiskFactor};
    let today = day(2026, 11, 22);
    let mut records = Vec::new();
    let mut family = |water, latrine, house| {
        let r = record(Body::Family(Family {
            water,
            latrine,
            house,
            ..Family::default()
        }));
        let id = r.id;
        records.push(r);
        id
    };
    let river = family(Some(WaterSource::River), Some(Latrine::Shared), None);
    let tidy = family(
        Some(WaterSource::Piped),
        Some(Latrine::Own),
        Some(HouseCondition::Fit),
    );
    let elderly = family(None, Some(Latrine::None), Some(HouseCondition::Unfit));
    let teen_wife = family(Some(WaterSource::Spring), None, None);
    // A borehole is safe water; an own latrine without a septic tank is not safe
    // sanitation; DTSEN decile 3 is poor.
    let poor = family(Some(WaterSource::Borehole), Some(Latrine::Own), None);
    for r in &mut records {
        if let (true, Body::Family(f)) = (r.id == poor, &mut r.body) {
            f.septic_tank = Some(YesNo::No);
            f.welfare_decile = Some(3);
        }
    }
    let person = |family_id, name: &str, born, relation, education| {
        record(Body::Person(Person {
            marital_status: Some(MaritalStatus::Married),
            education,
            ..Person::new(family_id, name, Sex::Female, born, relation)
        }))
    };
    records.push(person(
        river,
        "Ibu Sungai",
        day(1995, 1, 1),
        Relation::Wife,
        Some(Education::SeniorHigh),
    ));
    records.push(person(
        tidy,
        "Ibu Rapi",
        day(1995, 1, 1),
        Relation::Wife,
        Some(Education::Primary),
    ));
    records.push(person(
        elderly,
        "Nenek",
        day(1950, 1, 1),
        Relation::Head,
        None,
    ));
    records.push(person(
        teen_wife,
        "Istri Muda",
        day(2008, 1, 1),
        Relation::Wife,
        None,
    ));
    records.push(person(
        poor,
        "Ibu Desil",
        day(1996, 1, 1),
        Relation::Wife,
        Some(Education::SeniorHigh),
    ));
    records.push(record(Body::Person(Person::new(
        teen_wife,
        "Bayi",
        Sex::Male,
        day(2026, 5, 1),
        Relation::Child,
    ))));
    let register = Register::from_records(&records);
    // Families are listed in register order (by id): compare as sorted lists.
    let mut found: Vec<(Uuid, Vec<RiskFactor>)> = families_at_risk(&register, today, FOUR_T)
        .into_iter()
        .map(|f| (f.family_id, f.factors))
        .collect();
    found.sort_by_key(|(id, _)| *id);
    let mut expected = vec![
        (river, vec![RiskFactor::UnsafeWater]),
        (tidy, vec![RiskFactor::LowEducation]),
        (teen_wife, vec![RiskFactor::UnsafeWater, RiskFactor::FourT]),
        (poor, vec![RiskFactor::NoSepticTank, RiskFactor::Poor]),
    ];
    expected.sort_by_key(|(id, _)| *id);
    assert_eq!(
        found, expected,
        "the elderly family has no target member; a spring is not safe water (BKKBN)"
    );
    let teen = families_at_risk(&register, today, FOUR_T)
        .into_iter()
        .find(|f| f.family_id == teen_wife)
        .map(|f| f.members);
    assert_eq!(
        teen,
        Some(Members {
            pus: true,
            pregnant: false,
            under_five: 1
        })
    );
}

#[test]
fn the_catin_screening_is_due_three_months_before_the_wedding_and_reads_ideal_or_at_risk() {
    let mut records = Vec::new();
    let groom = record(Body::Person(Person {
        ..Person::new(
            Uuid::nil(),
            "Calon",
            Sex::Male,
            day(2000, 1, 1),
            Relation::Child,
        )
    }));
    let groom_id = groom.id;
    records.push(groom);
    let bride = woman(&mut records, "Calon Istri", day(2001, 1, 1));
    for person_id in [groom_id, bride] {
        records.push(record(Body::Catin(Catin {
            person_id,
            wedding_date: day(2027, 3, 1),
        })));
    }
    // Nothing measured, 1 Dec: due by 1 Dec (three months before), not yet late.
    let register = Register::from_records(&records);
    let detail = |r: &Register, on, who: Uuid| {
        targets(r, on)
            .into_iter()
            .find(|row| row.person_id == who)
            .map(|row| row.detail)
            .expect("listed")
    };
    let due = Screening::Due {
        by: day(2026, 12, 1),
        late: false,
    };
    assert!(
        matches!(detail(&register, day(2026, 12, 1), bride), Detail::Catin { screening, .. } if screening == due)
    );
    assert!(matches!(
        detail(&register, day(2026, 12, 2), bride),
        Detail::Catin {
            screening: Screening::Due { late: true, .. },
            ..
        }
    ));
    // His waist of 95 cm is obesitas sentral; her Hb 12.5 and LILA 25 are ideal.
    let mut his = visit(groom_id, day(2026, 11, 20), Target::Catin);
    his.waist_cm = Some(95.0);
    let mut hers = visit(bride, day(2026, 11, 20), Target::Catin);
    hers.hb_g_dl = Some(12.5);
    hers.arm_cm = Some(25.0);
    records.extend([record(Body::Visit(his)), record(Body::Visit(hers))]);
    let register = Register::from_records(&records);
    let on = day(2026, 11, 25);
    assert_eq!(
        detail(&register, on, groom_id),
        Detail::Catin {
            wedding: day(2027, 3, 1),
            screening: Screening::AtRisk(day(2026, 11, 20), vec![Risk::Waist]),
        }
    );
    assert_eq!(
        detail(&register, on, bride),
        Detail::Catin {
            wedding: day(2027, 3, 1),
            screening: Screening::Ideal(day(2026, 11, 20)),
        }
    );
}

/// Pendampingan narrowed to one RW or RT: every target of a generated desa lives in
/// exactly one RW and one RT of it, the one above or at its family's RT.
#[cfg(not(target_arch = "wasm32"))] // the generated village is native only
#[test]
fn every_target_of_a_desa_lives_in_one_rw_and_one_rt() {
    use bakti::domain::core::area::AreaLevel;
    use bakti::sample::village::{village, Size};
    let now = chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 11, 22, 9, 0, 0).unwrap();
    let register = Register::from_records(&village(Size::desa(60), 5, now));
    let rows = targets(&register, now.date_naive());
    assert!(rows.len() > 20, "{} targets", rows.len());
    for level in [AreaLevel::Rw, AreaLevel::Rt] {
        let areas: Vec<Uuid> = register.areas_at(level).map(|(id, _)| *id).collect();
        assert!(areas.len() > 1);
        for row in &rows {
            let inside: Vec<Uuid> = areas
                .iter()
                .copied()
                .filter(|a| register.person_in(row.person_id, *a))
                .collect();
            let family = register.person(row.person_id).unwrap().family_id;
            let rt = register.family(family).unwrap().rt_id.unwrap();
            let expected = match level {
                AreaLevel::Rt => rt,
                _ => register.area(rt).unwrap().parent_id.unwrap(),
            };
            assert_eq!(inside, [expected], "{level:?}");
        }
    }
    assert!(!register.person_in(
        Uuid::nil(),
        register.areas_at(AreaLevel::Rw).next().unwrap().0
    ));
}
