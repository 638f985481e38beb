//! The posyandu day's list and summary, and a referral that stays until a later weighing
//! clears it — on the small posyandu of `common`, counted by hand.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use bakti::domain::core::record::Body;
use bakti::domain::core::register::Register;
use bakti::domain::posyandu::measurement::Measurement;
use bakti::indicators::posyandu::referral::{latest_warnings, still_to_refer};
use bakti::indicators::posyandu::weighing_day::{day_children, summarise, DayStatus};
use common::{day, village, village_records, MAWAR};

#[test]
fn the_day_reads_each_child_and_sums_up_with_names() {
    let register = village();
    let children = day_children(&register, MAWAR, day(2026, 11, 5));
    let status = |name: &str| {
        children
            .iter()
            .find(|c| c.name == name)
            .map(|c| c.status)
            .expect("listed")
    };
    // Budi N, Sari B, Joko O, Tono T twice and BGM; Wati and Nia not weighed; Sudah
    // Besar is over five and not on the list.
    assert_eq!(children.len(), 6);
    assert_eq!(status("Tono"), DayStatus::Refer);
    assert_eq!(status("Budi"), DayStatus::Fine);
    assert_eq!(status("Wati"), DayStatus::NotYet);
    let summary = summarise(&children);
    assert_eq!(summary.children, 6);
    assert_eq!(summary.weighed, 4);
    assert_eq!(summary.gained, 1);
    assert_eq!(summary.not_gained, 1);
    assert_eq!(summary.below_red_line, 1);
    // Joko's 88 cm at 42 months is below −3 SD (severely stunted): referred too.
    assert_eq!(summary.to_refer, ["Joko", "Tono"]);
    assert!(summary.to_remeasure.is_empty());
    assert_eq!(summary.not_weighed, ["Nia", "Wati"]);
}

#[test]
fn a_referral_stays_until_a_later_weighing_clears_it() {
    let mut records = village_records();
    let register = Register::from_records(&records);
    let tono = |r: &Register| {
        r.people
            .iter()
            .find(|(_, p)| p.name == "Tono")
            .map(|(id, _)| *id)
            .expect("Tono")
    };
    let id = tono(&register);
    assert!(latest_warnings(&register, id)
        .iter()
        .any(|w| w.is_referral()));
    // In December, before anyone weighs them again, both are still to refer.
    let names = |r: &Register| -> Vec<String> {
        still_to_refer(r, day(2026, 12, 20))
            .into_iter()
            .map(|r| r.name)
            .collect()
    };
    assert_eq!(names(&register), ["Joko", "Tono"]);

    // A good weighing in December clears him.
    records.push(common::record(Body::Measurement(Measurement::weighed(
        id,
        day(2026, 12, 5),
        7.4,
        Some(72.0),
    ))));
    let later = Register::from_records(&records);
    assert!(
        latest_warnings(&later, id).is_empty(),
        "{:?}",
        latest_warnings(&later, id)
    );
    assert_eq!(names(&later), ["Joko"]);
}

#[test]
fn a_referral_leaves_the_list_once_the_child_was_seen() {
    use bakti::domain::posyandu::referral_back::ReferralBack;
    use bakti::indicators::posyandu::referral::{referral_state, referrals, ReferralState};
    let mut records = village_records();
    let register = Register::from_records(&records);
    let tono = register
        .people
        .iter()
        .find(|(_, p)| p.name == "Tono")
        .map(|(id, _)| *id)
        .expect("Tono");
    assert_eq!(
        referral_state(&register, tono),
        ReferralState::Open(day(2026, 11, 5))
    );
    let back = ReferralBack {
        child_id: tono,
        referred_on: day(2026, 11, 5),
        seen_on: day(2026, 11, 9),
        place: "Puskesmas".into(),
        result: "Gizi kurang: PMT pemulihan".into(),
    };
    records.push(common::record(Body::ReferralBack(back.clone())));
    let seen = Register::from_records(&records);
    assert_eq!(
        referral_state(&seen, tono),
        ReferralState::Seen(back.clone())
    );
    let names: Vec<String> = still_to_refer(&seen, day(2026, 11, 20))
        .into_iter()
        .map(|r| r.name)
        .collect();
    assert_eq!(names, ["Joko"], "Tono was seen; Joko not yet");
    // The month's list keeps him, with the outcome beside his name.
    let month = referrals(&seen, Some(MAWAR), common::NOV);
    let tono_row = month.iter().find(|r| r.name == "Tono").expect("listed");
    assert_eq!(tono_row.seen.as_ref(), Some(&back));
}
