//! Saving applies the changed records to the register instead of rebuilding it; the
//! result must be exactly the register rebuilt from every record.

#![cfg(not(target_arch = "wasm32"))] // the generated village is native only
#![allow(clippy::restriction)] // test code may unwrap, panic and index

use bakti::domain::core::record::{upsert, Body, Record};
use bakti::domain::core::record_list::RecordList;
use bakti::domain::core::register::{in_load_order, Register};
use bakti::sample::village::{village, Size};
use chrono::{DateTime, TimeZone, Utc};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0)
        .single()
        .expect("a date")
}

#[test]
fn applying_edits_deletions_and_new_records_equals_a_rebuild() {
    let mut all = village(Size::desa(60), 3, now());
    let mut register = Register::from_records(&all);
    // The records held in memory, their lookup built, put in the same way.
    let mut held = RecordList::new(all.clone());
    assert!(held.find(all[0].id).is_some());
    let later = now() + chrono::Days::new(1);
    for step in 0..40usize {
        let pick = |k: usize| (step * 7919 + k * 104_729) % all.len();
        let mut changed = Vec::new();
        // An edit of some record (a person's name, a weighing's date, any kind's body).
        let edited = all[pick(1)].clone();
        // Edits that move it in its list and between groups (another family, child).
        let other = all[pick(4)].clone();
        let body = match (edited.body.clone(), other.body) {
            (Body::Person(mut p), Body::Person(q)) => {
                p.name = format!("{} {step}", p.name);
                p.birth_date = q.birth_date;
                p.family_id = q.family_id;
                Body::Person(p)
            }
            (Body::Person(mut p), _) => {
                p.name = format!("{} {step}", p.name);
                Body::Person(p)
            }
            (Body::Measurement(mut m), Body::Measurement(n)) => {
                m.child_id = n.child_id;
                Body::Measurement(m)
            }
            (Body::Measurement(mut m), _) => {
                m.date = m.date - chrono::Days::new(3);
                Body::Measurement(m)
            }
            (body, _) => body,
        };
        changed.push(edited.edited(body, "hp-b", later));
        // A deletion.
        changed.push(all[pick(2)].deleted("hp-b", later));
        // A new record copying another's body (a new id).
        changed.push(Record::new(all[pick(3)].body.clone(), "hp-b", later));
        upsert(&mut all, &changed);
        held.upsert(&changed);
        assert_eq!(&held[..], &all[..], "after step {step}");
        assert!(changed.iter().all(|r| held.find(r.id) == Some(r)));
        register.apply(&changed, &all);
        assert_eq!(register, Register::from_records(&all), "after step {step}");
    }
}

#[test]
fn many_changes_to_one_list_in_one_save_equal_a_rebuild() {
    let mut all = village(Size::desa(30), 3, now());
    let mut register = Register::from_records(&all);
    let later = now() + chrono::Days::new(1);
    // More weighings than are placed one by one (a synced batch), and a few people.
    let changed: Vec<Record> = all
        .iter()
        .filter(|r| matches!(r.body, Body::Measurement(_)))
        .step_by(7)
        .take(40)
        .chain(
            all.iter()
                .filter(|r| matches!(r.body, Body::Person(_)))
                .take(3),
        )
        .enumerate()
        .map(|(i, r)| match (&r.body, i % 3) {
            (_, 0) => r.deleted("hp-b", later),
            (Body::Measurement(m), _) => {
                let mut m = m.clone();
                m.date = m.date + chrono::Days::new(i as u64);
                r.edited(Body::Measurement(m), "hp-b", later)
            }
            (body, _) => Record::new(body.clone(), "hp-b", later),
        })
        .collect();
    upsert(&mut all, &changed);
    register.apply(&changed, &all);
    assert_eq!(register, Register::from_records(&all));
}

#[test]
fn upsert_replaces_in_place_keeps_the_last_version_and_adds_new_ones_in_order() {
    let all = village(Size::desa(2), 1, now());
    let later = now() + chrono::Days::new(1);
    let (first, second) = (all[3].clone(), all[5].clone());
    let older = first.edited(first.body.clone(), "hp-a", later);
    let newer = first.edited(first.body.clone(), "hp-b", later);
    let (a, b) = (
        Record::new(second.body.clone(), "hp-a", later),
        Record::new(second.body.clone(), "hp-b", later),
    );
    let count = all.len();
    let given = [b.clone(), older, a.clone(), newer.clone(), b.clone()];
    // Without a lookup (one pass over the list), and with one (built by a first find).
    for looked_up in [false, true] {
        let mut list = RecordList::new(all.clone());
        if looked_up {
            assert_eq!(list.find(first.id), Some(&first));
        }
        list.upsert(&given);
        assert_eq!(list.len(), count + 2);
        assert_eq!(list[3], newer, "the last version given, in its place");
        assert_eq!(
            &list[count..],
            &[b.clone(), a.clone()],
            "new ones in the order given"
        );
        assert_eq!(list.find(b.id), Some(&b));
        assert_eq!(list.find(second.id), Some(&second));
        assert_eq!(list.find(uuid::Uuid::new_v4()), None);
    }
}

#[test]
fn ids_sharing_a_lookup_key_are_both_found_and_replaced() {
    let all = village(Size::desa(2), 1, now());
    let mut list = RecordList::new(all.clone());
    let (high, low) = all[7].id.as_u64_pair();
    // The same high ^ low: the lookup's key.
    let twin = Record {
        id: uuid::Uuid::from_u64_pair(high ^ 0xff, low ^ 0xff),
        ..Record::new(all[7].body.clone(), "hp-b", now())
    };
    assert_eq!(list.find(twin.id), None);
    list.upsert(std::slice::from_ref(&twin));
    assert_eq!(list.find(twin.id), Some(&twin));
    assert_eq!(list.find(all[7].id), Some(&all[7]));
    let edited = twin.edited(twin.body.clone(), "hp-c", now() + chrono::Days::new(1));
    list.upsert(std::slice::from_ref(&edited));
    assert_eq!(list.len(), all.len() + 1);
    assert_eq!(list.find(twin.id), Some(&edited));
    assert_eq!(list.find(all[7].id), Some(&all[7]));
}

#[test]
fn records_in_load_order_come_in_each_lists_order() {
    let mut all = village(Size::desa(30), 3, now());
    // A snapshot's records, then some added since (new, edited, deleted).
    let later = now() + chrono::Days::new(1);
    let added: Vec<Record> = all
        .iter()
        .step_by(97)
        .map(|r| Record::new(r.body.clone(), "hp-b", later))
        .collect();
    let ordered: Vec<Record> = in_load_order(&all)
        .into_iter()
        .map(|i| all[i].clone())
        .collect();
    all = ordered;
    let deleted = all[10].deleted("hp-b", later);
    upsert(&mut all, &added);
    upsert(&mut all, &[deleted]);
    let order = in_load_order(&all);
    let mut sorted = order.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        (0..all.len()).collect::<Vec<_>>(),
        "each record once"
    );
    let register = Register::from_records(&all);
    let live = |keep: fn(&Body) -> bool| -> Vec<uuid::Uuid> {
        order
            .iter()
            .map(|&i| &all[i])
            .filter(|r| !r.deleted && keep(&r.body))
            .map(|r| r.id)
            .collect()
    };
    fn ids<T>(list: &[(uuid::Uuid, T)]) -> Vec<uuid::Uuid> {
        list.iter().map(|(id, _)| *id).collect()
    }
    assert_eq!(
        live(|b| matches!(b, Body::Measurement(_))),
        ids(&register.measurements)
    );
    assert_eq!(
        live(|b| matches!(b, Body::Person(_))),
        ids(&register.people)
    );
    assert_eq!(live(|b| matches!(b, Body::Area(_))), ids(&register.areas));
    // Built from them, the register is the same as from any order.
    let in_order: Vec<&Record> = order.iter().map(|&i| &all[i]).collect();
    assert_eq!(Register::from_records(in_order), register);
}

#[test]
fn a_register_built_at_start_has_room_for_a_sessions_new_records() {
    let register = Register::from_records(&village(Size::desa(60), 3, now()));
    // A full list copies every entry when the next save adds one.
    let room = |len: usize, capacity: usize| {
        assert!(
            capacity - len > len / 32,
            "room for {} beside {len}",
            capacity - len
        );
    };
    room(
        register.measurements.len(),
        register.measurements.capacity(),
    );
    room(register.doses.len(), register.doses.capacity());
    room(register.people.len(), register.people.capacity());
    room(register.kb_statuses.len(), register.kb_statuses.capacity());
}
