//! WHO's published checks (reference/who-growth/README.md, docs/domain.md §2.8) and every
//! rule of the engine at its boundary.

#![allow(clippy::restriction)] // test code may unwrap, panic and index

use bakti::growth::{assess, Age, Assessment, Observation, Position, Reference, Score, Sex};

fn obs(sex: Sex, days: u32) -> Observation {
    Observation {
        sex: Some(sex),
        age: Some(Age::days(days)),
        ..Observation::default()
    }
}

fn z(score: Option<Score>) -> Option<f64> {
    score.map(|s| s.z)
}

fn flagged(score: Option<Score>) -> bool {
    score.is_some_and(|s| s.flagged)
}

fn full(sex: Sex, days: u32, weight: f64, lenhei: f64) -> Assessment {
    assess(&Observation {
        weight_kg: Some(weight),
        lenhei_cm: Some(lenhei),
        ..obs(sex, days)
    })
}

#[test]
fn who_anthro_documentation_examples() {
    // sex, days, weight, lenhei -> zlen, zwei, zwfl, zbmi (no measure, no oedema)
    let cases = [
        (Sex::Male, 1001, 18.0, 120.0, 7.31, 2.20, -2.39, -3.01),
        (Sex::Female, 1000, 15.0, 80.0, -3.50, 0.95, 4.13, 4.66),
        (Sex::Male, 1010, 10.0, 100.0, 1.62, -2.76, -5.19, -5.61),
        (Sex::Male, 1000, 15.0, 100.0, 1.70, 0.69, -0.29, -0.58),
    ];
    for (sex, days, weight, lenhei, zlen, zwei, zwfl, zbmi) in cases {
        let a = full(sex, days, weight, lenhei);
        let got = (
            z(a.length_for_age),
            z(a.weight_for_age),
            z(a.weight_for_length),
            z(a.bmi_for_age),
        );
        assert_eq!(
            got,
            (Some(zlen), Some(zwei), Some(zwfl), Some(zbmi)),
            "{days} d"
        );
    }
}

#[test]
fn who_unit_test_weight_for_age() {
    let a = assess(&Observation {
        weight_kg: Some(17.0),
        ..obs(Sex::Female, 1522)
    });
    assert_eq!(z(a.weight_for_age), Some(0.24));
}

#[test]
fn who_flag_example_lying_after_two_years() {
    let a = assess(&Observation {
        lenhei_cm: Some(72.86),
        position: Some(Position::Lying),
        ..obs(Sex::Male, 987)
    });
    assert_eq!(z(a.length_for_age), Some(-6.09));
    assert!(flagged(a.length_for_age));
}

#[test]
fn weight_for_age_plain_and_restricted() {
    let seven = assess(&Observation {
        weight_kg: Some(7.0),
        ..obs(Sex::Male, 365)
    });
    assert_eq!(z(seven.weight_for_age), Some(-2.90));
    let six = assess(&Observation {
        weight_kg: Some(6.0),
        ..obs(Sex::Male, 365)
    });
    assert_eq!(z(six.weight_for_age), Some(-4.14));
}

#[test]
fn lying_standing_correction_switches_at_731_days() {
    let lying = |days| Observation {
        lenhei_cm: Some(80.0),
        position: Some(Position::Lying),
        ..obs(Sex::Male, days)
    };
    let before = assess(&lying(730));
    assert_eq!(before.clenhei, Some(80.0));
    assert_eq!(z(before.length_for_age), Some(-2.55));
    let after = assess(&lying(731));
    assert!((after.clenhei.unwrap_or_default() - 79.3).abs() < 1e-9);
    assert_eq!(z(after.length_for_age), Some(-2.56));

    let standing = assess(&Observation {
        lenhei_cm: Some(72.0),
        position: Some(Position::Standing),
        ..obs(Sex::Female, 400)
    });
    assert!((standing.clenhei.unwrap_or_default() - 72.7).abs() < 1e-9);
    assert_eq!(z(standing.length_for_age), Some(-1.02));
}

#[test]
fn standing_under_nine_months_counts_as_position_unknown() {
    let at = |days| {
        assess(&Observation {
            lenhei_cm: Some(68.0),
            position: Some(Position::Standing),
            ..obs(Sex::Male, days)
        })
    };
    let young = at(273); // 8.97 months
    assert!(young.standing_under_9_months);
    assert_eq!(young.clenhei, Some(68.0));
    let older = at(274); // 9.00 months
    assert!(!older.standing_under_9_months);
    assert!((older.clenhei.unwrap_or_default() - 68.7).abs() < 1e-9);
}

#[test]
fn weight_for_length_and_height_interpolate() {
    let height = assess(&Observation {
        weight_kg: Some(15.2),
        lenhei_cm: Some(101.4),
        position: Some(Position::Standing),
        ..obs(Sex::Male, 1644)
    });
    assert_eq!(z(height.weight_for_length), Some(-0.44));
    let length = assess(&Observation {
        weight_kg: Some(6.1),
        lenhei_cm: Some(65.3),
        position: Some(Position::Lying),
        ..obs(Sex::Female, 300)
    });
    assert_eq!(z(length.weight_for_length), Some(-1.80));
}

#[test]
fn weight_for_length_table_ranges() {
    let wfl = |days, cm| z(full(Sex::Female, days, 8.0, cm).weight_for_length);
    // Length table under 731 days: 45 to 110 cm.
    assert!(wfl(300, 45.0).is_some());
    assert!(wfl(300, 44.9).is_none());
    assert!(wfl(300, 110.0).is_some());
    assert!(wfl(300, 110.1).is_none());
    // Height table from 731 days: 65 to 120 cm (a lying 65.7 becomes 65.0).
    assert!(wfl(800, 64.9).is_none());
    assert!(wfl(800, 65.0).is_some());
    assert!(wfl(800, 120.0).is_some());
    assert!(wfl(800, 120.1).is_none());
}

#[test]
fn weight_for_length_without_age_uses_position_or_87_cm() {
    let no_age = |cm, position| {
        assess(&Observation {
            sex: Some(Sex::Male),
            weight_kg: Some(11.0),
            lenhei_cm: Some(cm),
            position,
            ..Observation::default()
        })
    };
    let a = no_age(86.9, None);
    assert!(a.weight_for_length.is_some());
    assert!(a.length_for_age.is_none() && a.reference.is_none());
    // 86.9 on the length table and on the height table give different scores.
    let by_length = z(no_age(86.9, Some(Position::Lying)).weight_for_length);
    let by_height = z(no_age(86.9, Some(Position::Standing)).weight_for_length);
    assert_eq!(z(a.weight_for_length), by_length);
    assert_ne!(by_length, by_height);
    assert_eq!(
        z(no_age(87.0, None).weight_for_length),
        z(no_age(87.0, Some(Position::Standing)).weight_for_length)
    );
}

#[test]
fn who_2006_until_60_months_then_who_2007() {
    let at = |days| full(Sex::Female, days, 18.0, 108.0);
    let last_2006 = at(1826);
    assert_eq!(last_2006.reference, Some(Reference::Who2006));
    assert!(last_2006.weight_for_length.is_some());
    let first_2007 = at(1827);
    assert_eq!(first_2007.reference, Some(Reference::Who2007));
    assert!(first_2007.weight_for_length.is_none());
    assert!(first_2007.head_for_age.is_none());
    assert!(first_2007.length_for_age.is_some());
    assert!(first_2007.weight_for_age.is_some());
    assert!(first_2007.bmi_for_age.is_some());
}

#[test]
fn who_2007_checks() {
    let girl = full(Sex::Female, 3653, 25.0, 130.0); // 120.02 months
    let girl_months = assess(&Observation {
        age: Age::from_months(120.0),
        ..Observation {
            weight_kg: Some(25.0),
            lenhei_cm: Some(130.0),
            ..obs(Sex::Female, 0)
        }
    });
    assert_eq!(girl_months.reference, Some(Reference::Who2007));
    assert_eq!(z(girl_months.bmi_for_age), Some(-1.03));
    assert_eq!(z(girl_months.length_for_age), Some(-1.35));
    // Weight-for-age 2007 stops at 120 months.
    assert!(girl_months.weight_for_age.is_some());
    assert!(girl.weight_for_age.is_none());
    let boy = assess(&Observation {
        age: Age::from_months(150.5),
        ..Observation {
            weight_kg: Some(30.0),
            lenhei_cm: Some(140.0),
            ..obs(Sex::Male, 0)
        }
    });
    assert_eq!(z(boy.bmi_for_age), Some(-1.53));
    assert_eq!(z(boy.length_for_age), Some(-1.75));
}

#[test]
fn who_2007_ends_at_228_months() {
    let at = |months| {
        assess(&Observation {
            age: Age::from_months(months),
            weight_kg: Some(55.0),
            lenhei_cm: Some(165.0),
            ..obs(Sex::Male, 0)
        })
    };
    assert!(at(228.0).length_for_age.is_some());
    assert!(at(228.0).bmi_for_age.is_some());
    assert!(at(229.0).length_for_age.is_none());
    assert!(at(229.0).bmi_for_age.is_none());
}

#[test]
fn flags_follow_who_rules() {
    let newborn = assess(&Observation {
        weight_kg: Some(10.37),
        ..obs(Sex::Female, 1)
    });
    assert_eq!(z(newborn.weight_for_age), Some(12.46));
    assert!(flagged(newborn.weight_for_age));
    // Weight-for-age: flagged below -6 or above +5, so -5.5 is not flagged.
    let weighing = |kg| {
        assess(&Observation {
            weight_kg: Some(kg),
            ..obs(Sex::Male, 365)
        })
        .weight_for_age
    };
    assert_eq!(z(weighing(5.1)), Some(-5.24));
    assert!(!flagged(weighing(5.1)));
    let tiny = weighing(3.0);
    assert!(z(tiny).is_some_and(|v| v < -6.0) && flagged(tiny));
    // Weight-for-length: flagged beyond |5|.
    let wasted = full(Sex::Male, 365, 5.1, 75.0).weight_for_length;
    assert!(z(wasted).is_some_and(|v| v < -5.0) && flagged(wasted));
}

#[test]
fn restricted_sd_never_applies_to_length_or_head() {
    // A very tall child: plain LMS for length (7.31 in WHO's example is beyond +3).
    let a = full(Sex::Male, 1001, 18.0, 120.0);
    assert_eq!(z(a.length_for_age), Some(7.31));
    let head = assess(&Observation {
        head_cm: Some(30.0),
        ..obs(Sex::Male, 365)
    });
    let lms = bakti::growth::tables::Table::HeadForAge
        .row(Sex::Male, 365)
        .expect("day 365 in table");
    assert_eq!(
        z(head.head_for_age),
        Some(bakti::growth::lms::round2(lms.z(30.0)))
    );
}

#[test]
fn oedema_voids_weight_based_scores_only() {
    let a = assess(&Observation {
        weight_kg: Some(9.0),
        lenhei_cm: Some(75.0),
        oedema: true,
        ..obs(Sex::Female, 400)
    });
    assert!(a.weight_for_age.is_none());
    assert!(a.weight_for_length.is_none());
    assert!(a.bmi_for_age.is_none());
    assert!(a.length_for_age.is_some());
    assert!(a.cbmi.is_some());
}

#[test]
fn measures_at_or_below_zero_give_no_score() {
    let a = assess(&Observation {
        weight_kg: Some(0.0),
        lenhei_cm: Some(-1.0),
        head_cm: Some(0.0),
        ..obs(Sex::Female, 400)
    });
    assert_eq!(
        (
            a.weight_for_age,
            a.length_for_age,
            a.head_for_age,
            a.weight_for_length
        ),
        (None, None, None, None)
    );
}

#[test]
fn arm_circumference_from_day_91() {
    let at = |days| {
        assess(&Observation {
            arm_cm: Some(13.0),
            ..obs(Sex::Male, days)
        })
        .arm_for_age
    };
    assert!(at(90).is_none());
    assert!(at(91).is_some());
}

#[test]
fn missing_sex_gives_nothing_but_corrections() {
    let a = assess(&Observation {
        sex: None,
        weight_kg: Some(9.0),
        lenhei_cm: Some(75.0),
        ..obs(Sex::Male, 400)
    });
    assert!(a.weight_for_age.is_none() && a.weight_for_length.is_none());
    assert!(a.cbmi.is_some());
}
