//! Merging records from a backup into the ones on this phone (docs/ARCHITECTURE.md): the later
//! `updated_at` wins, ties are broken by `device`, and a tombstone wins a tie with a
//! live record so a deletion is never undone by an older copy.

use std::cmp::Ordering;
use std::collections::HashMap;

use uuid::Uuid;

use crate::domain::core::history;
use crate::domain::core::record::{Body, Record};

/// Which of two versions of the same record is newer.
pub fn newer(a: &Record, b: &Record) -> Ordering {
    a.updated_at
        .cmp(&b.updated_at)
        .then(a.deleted.cmp(&b.deleted))
        .then_with(|| a.device.cmp(&b.device))
}

/// What an import will write, counted for the message to the cadre.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MergePlan {
    /// Records to write (new, or newer than what the phone has).
    pub to_write: Vec<Record>,
    pub added: usize,
    pub updated: usize,
    /// Records in the file that the phone already has in the same or a newer version.
    pub unchanged: usize,
    /// The versions not kept that say something else than the kept ones: the phone's
    /// replaced version, or the file's older one (`history`).
    pub set_aside: Vec<Record>,
}

/// Plans the merge of `incoming` into `existing`; writes nothing.
pub fn plan(existing: &HashMap<Uuid, Record>, incoming: Vec<Record>) -> MergePlan {
    let mut latest: HashMap<Uuid, Record> = HashMap::with_capacity(incoming.len());
    for record in incoming {
        match latest.get(&record.id) {
            Some(seen) if newer(seen, &record) != Ordering::Less => {}
            _ => {
                latest.insert(record.id, record);
            }
        }
    }
    let mut plan = MergePlan::default();
    for record in latest.into_values() {
        match existing.get(&record.id) {
            None => {
                plan.added += 1;
                plan.to_write.push(record);
            }
            Some(current) if newer(&record, current) == Ordering::Greater => {
                plan.updated += 1;
                if history::differ(current, &record) {
                    plan.set_aside.push(current.clone());
                }
                plan.to_write.push(record);
            }
            Some(current) => {
                plan.unchanged += 1;
                if history::differ(current, &record) {
                    plan.set_aside.push(record);
                }
            }
        }
    }
    plan.to_write.sort_by_key(|r| r.id);
    plan.set_aside.sort_by_key(|r| r.id);
    plan
}

/// What a backup file holds and what merging it would do here, shown before the cadre
/// says "Gabungkan".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preview {
    pub families: usize,
    pub people: usize,
    pub weighings: usize,
    /// Records this phone does not have.
    pub added: usize,
    /// Records newer in the file: they would replace the phone's.
    pub newer: usize,
    /// Records the phone has in the same or a newer version: left as they are.
    pub same_or_older: usize,
}

pub fn preview(local: &[Record], incoming: &[Record]) -> Preview {
    let here: HashMap<Uuid, &Record> = local.iter().map(|r| (r.id, r)).collect();
    let mut latest: HashMap<Uuid, &Record> = HashMap::with_capacity(incoming.len());
    for record in incoming {
        match latest.get(&record.id) {
            Some(seen) if newer(seen, record) != Ordering::Less => {}
            _ => {
                latest.insert(record.id, record);
            }
        }
    }
    let mut p = Preview::default();
    for record in latest.values() {
        if !record.deleted {
            match record.body {
                Body::Family(_) => p.families += 1,
                Body::Person(_) => p.people += 1,
                Body::Measurement(_) => p.weighings += 1,
                _ => {}
            }
        }
        match here.get(&record.id) {
            None => p.added += 1,
            Some(current) if newer(record, current) == Ordering::Greater => p.newer += 1,
            Some(_) => p.same_or_older += 1,
        }
    }
    p
}

/// How to take a merge back: the versions it replaced, and the records it added.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Undo {
    pub put_back: Vec<Record>,
    pub remove: Vec<Uuid>,
}

/// The undo of writing `plan` over `existing`: written as is (not merged), since the
/// versions put back are older than the ones they replace.
pub fn undo_of(existing: &HashMap<Uuid, Record>, plan: &MergePlan) -> Undo {
    let mut undo = Undo::default();
    for record in &plan.to_write {
        match existing.get(&record.id) {
            Some(before) => undo.put_back.push(before.clone()),
            None => undo.remove.push(record.id),
        }
    }
    undo
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, TimeZone, Utc};

    use super::*;
    use crate::domain::core::area::{Area, AreaLevel};
    use crate::domain::core::record::Body;

    fn at(minute: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 22, 8, minute, 0)
            .single()
            .expect("a real date")
    }

    fn area(name: &str) -> Body {
        Body::Area(Area {
            level: AreaLevel::Rt,
            name: name.into(),
            parent_id: None,
        })
    }

    fn phone(records: &[&Record]) -> HashMap<Uuid, Record> {
        records.iter().map(|r| (r.id, (*r).clone())).collect()
    }

    #[test]
    fn the_version_not_kept_is_set_aside_when_it_says_something_else() {
        let base = Record::new(area("RT 02"), "hp-a", at(0));
        let here = base.edited(area("RT 02 di sini"), "hp-a", at(5));
        let newer_there = base.edited(area("RT 02 di sana"), "hp-b", at(7));
        // The file's newer version wins; the phone's own edit is set aside.
        let merged = plan(&phone(&[&here]), vec![newer_there.clone()]);
        assert_eq!(merged.to_write, vec![newer_there.clone()]);
        assert_eq!(merged.set_aside, vec![here.clone()]);
        // The other phone keeps its newer version and sets the older edit aside.
        let merged = plan(&phone(&[&newer_there]), vec![here.clone()]);
        assert!(merged.to_write.is_empty());
        assert_eq!(merged.set_aside, vec![here.clone()]);
        // The same words at another time, or the same version again: nothing to keep.
        let retyped = here.edited(area("RT 02 di sini"), "hp-b", at(9));
        assert!(plan(&phone(&[&here]), vec![retyped]).set_aside.is_empty());
        assert!(plan(&phone(&[&here]), vec![here.clone()])
            .set_aside
            .is_empty());
        let changes = history::changes(&newer_there, &here);
        assert_eq!(
            changes,
            vec![history::Change {
                field: "name".into(),
                aside: "RT 02 di sini".into(),
                kept: "RT 02 di sana".into(),
            }]
        );
        let deleted = here.deleted("hp-b", at(8));
        assert_eq!(
            history::changes(&deleted, &here)
                .last()
                .map(|c| c.field.as_str()),
            Some("deleted")
        );
    }

    #[test]
    fn a_merge_is_undone_by_putting_back_what_it_replaced_and_removing_what_it_added() {
        let kept = Record::new(area("RT 01"), "hp-a", at(0));
        let edited_here = Record::new(area("RT 02"), "hp-a", at(0));
        let newer_in_file = edited_here.edited(area("RT 02 baru"), "hp-b", at(7));
        let new_in_file = Record::new(area("RT 03"), "hp-b", at(7));
        let existing = phone(&[&kept, &edited_here]);
        let merged = plan(
            &existing,
            vec![newer_in_file, new_in_file.clone(), kept.clone()],
        );
        let undo = undo_of(&existing, &merged);
        assert_eq!(undo.put_back, vec![edited_here]);
        assert_eq!(undo.remove, vec![new_in_file.id]);
    }

    #[test]
    fn the_preview_counts_what_the_file_holds_and_what_it_would_change() {
        use crate::domain::core::family::Family;
        let kept = Record::new(area("RT 01"), "hp-a", at(0));
        let edited_here = Record::new(area("RT 02"), "hp-a", at(0));
        let family = Record::new(Body::Family(Family::default()), "hp-b", at(3));
        let file = vec![
            kept.clone(),
            edited_here.edited(area("RT 02 baru"), "hp-b", at(7)),
            family.clone(),
            family.deleted("hp-b", at(4)),
        ];
        let p = preview(&[kept, edited_here], &file);
        assert_eq!(
            p,
            Preview {
                families: 0,
                people: 0,
                weighings: 0,
                added: 1,
                newer: 1,
                same_or_older: 1
            },
            "the family was deleted in the file: added as a tombstone, not counted as a family"
        );
    }

    #[test]
    fn later_edit_wins_and_older_is_kept_out() {
        let original = Record::new(area("RT 01"), "hp-a", at(0));
        let newer_edit = original.edited(area("RT 001"), "hp-b", at(5));
        let result = plan(&phone(&[&original]), vec![newer_edit.clone()]);
        assert_eq!((result.updated, result.to_write.len()), (1, 1));
        let result = plan(&phone(&[&newer_edit]), vec![original]);
        assert_eq!((result.unchanged, result.to_write.len()), (1, 0));
    }

    #[test]
    fn ties_go_to_the_tombstone_then_to_the_device() {
        let original = Record::new(area("RT 01"), "hp-a", at(0));
        let edit = original.edited(area("RT 02"), "hp-a", at(5));
        let tomb = original.deleted("hp-a", at(5));
        assert_eq!(plan(&phone(&[&edit]), vec![tomb.clone()]).updated, 1);
        assert_eq!(plan(&phone(&[&tomb]), vec![edit.clone()]).unchanged, 1);
        let other_device = original.edited(area("RT 03"), "hp-b", at(5));
        assert_eq!(plan(&phone(&[&edit]), vec![other_device]).updated, 1);
    }

    #[test]
    fn new_records_are_added_and_duplicates_in_the_file_collapse() {
        let a = Record::new(area("RT 01"), "hp-a", at(0));
        let a2 = a.edited(area("RT 01 baru"), "hp-a", at(9));
        let result = plan(&HashMap::new(), vec![a.clone(), a2.clone(), a]);
        assert_eq!(result.added, 1);
        assert_eq!(result.to_write, vec![a2]);
    }

    #[test]
    fn importing_the_same_file_twice_changes_nothing_the_second_time() {
        let records = vec![
            Record::new(area("RT 01"), "hp-a", at(0)),
            Record::new(area("RT 02"), "hp-a", at(1)),
        ];
        let first = plan(&HashMap::new(), records.clone());
        let after: HashMap<Uuid, Record> = first.to_write.into_iter().map(|r| (r.id, r)).collect();
        let second = plan(&after, records);
        assert_eq!((second.unchanged, second.to_write.len()), (2, 0));
    }
}
