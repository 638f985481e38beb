//! The family register as the screens read it: live records by kind, members of a
//! family, and search by name, NIK or No. KK. Built in memory from the store's records
//! (a village's few thousand people fit easily, and names never reach an index).

use std::cmp::Ordering;

use chrono::NaiveDate;
use uuid::Uuid;

use crate::domain::core::area::{Area, AreaLevel};
use crate::domain::core::family::Family;
use crate::domain::core::id_map::IdMap;
use crate::domain::core::person::{Person, Relation};
use crate::domain::core::record::{Body, Record};
use crate::domain::group::activity::Activity;
use crate::domain::group::cash::CashEntry;
use crate::domain::kb::status::KbStatus;
use crate::domain::kb::supply::SupplyEntry;
use crate::domain::posyandu::immunisation::DoseGiven;
use crate::domain::posyandu::measurement::Measurement;
use crate::domain::posyandu::referral_back::ReferralBack;
use crate::domain::tpk::anc::AncContact;
use crate::domain::tpk::catin::Catin;
use crate::domain::tpk::pregnancy::Pregnancy;
use crate::domain::tpk::visit::Visit;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Register {
    pub areas: Vec<(Uuid, Area)>,
    pub families: Vec<(Uuid, Family)>,
    pub people: Vec<(Uuid, Person)>,
    /// Weighings, oldest first.
    pub measurements: Vec<(Uuid, Measurement)>,
    /// KB status entries of PUS wives, in any order.
    pub kb_statuses: Vec<(Uuid, KbStatus)>,
    /// Contraceptive supply received and given, in any order.
    pub supplies: Vec<(Uuid, SupplyEntry)>,
    pub pregnancies: Vec<(Uuid, Pregnancy)>,
    pub catins: Vec<(Uuid, Catin)>,
    /// TPK visits, oldest first.
    pub visits: Vec<(Uuid, Visit)>,
    /// The IMP's activities, newest first.
    pub activities: Vec<(Uuid, Activity)>,
    /// The cash book, oldest first.
    pub cash: Vec<(Uuid, CashEntry)>,
    /// Immunisation doses given, by child then date.
    pub doses: Vec<(Uuid, DoseGiven)>,
    /// Outcomes of referrals (rujukan balik), by child then referral date.
    pub referrals_back: Vec<(Uuid, ReferralBack)>,
    /// ANC contacts, oldest first.
    pub ancs: Vec<(Uuid, AncContact)>,
    /// Positions by id (and a child's weighings), built once so lookups in report
    /// loops are not scans.
    index: Lookup,
}

#[derive(Debug, Clone, Default, PartialEq)]
struct Lookup {
    areas: IdMap<usize>,
    families: IdMap<usize>,
    people: IdMap<usize>,
    members: IdMap<Vec<usize>>,
    measurements_of: IdMap<Vec<usize>>,
    doses_of: IdMap<Vec<usize>>,
}

/// Positions of the items sharing a key (a family's members, a child's weighings), in
/// the items' order.
fn grouped<T>(items: &[(Uuid, T)], key: impl Fn(&T) -> Uuid) -> IdMap<Vec<usize>> {
    let mut groups: IdMap<Vec<usize>> = IdMap::default();
    for (i, (_, item)) in items.iter().enumerate() {
        groups.entry(key(item)).or_default().push(i);
    }
    groups
}

fn positions<T>(items: &[(Uuid, T)]) -> IdMap<usize> {
    items
        .iter()
        .enumerate()
        .map(|(i, (id, _))| (*id, i))
        .collect()
}

/// The order members are listed in: head, spouse, children, others; then by age.
fn relation_rank(relation: Relation) -> u8 {
    match relation {
        Relation::Head => 0,
        Relation::Wife | Relation::Husband => 1,
        Relation::Child => 2,
        Relation::ChildInLaw => 3,
        Relation::Grandchild => 4,
        Relation::Parent | Relation::ParentInLaw => 5,
        Relation::Other => 6,
    }
}

/// The register's lists, so that a save sorts and indexes again only the one it changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum List {
    Areas,
    Families,
    People,
    Measurements,
    KbStatuses,
    Supplies,
    Pregnancies,
    Catins,
    Visits,
    Activities,
    Cash,
    Doses,
    ReferralsBack,
    Ancs,
}

impl List {
    const ALL: [List; 14] = [
        List::Areas,
        List::Families,
        List::People,
        List::Measurements,
        List::KbStatuses,
        List::Supplies,
        List::Pregnancies,
        List::Catins,
        List::Visits,
        List::Activities,
        List::Cash,
        List::Doses,
        List::ReferralsBack,
        List::Ancs,
    ];

    fn of(body: &Body) -> List {
        match body {
            Body::Area(_) => List::Areas,
            Body::Family(_) => List::Families,
            Body::Person(_) => List::People,
            Body::Measurement(_) => List::Measurements,
            Body::KbStatus(_) => List::KbStatuses,
            Body::Supply(_) => List::Supplies,
            Body::Pregnancy(_) => List::Pregnancies,
            Body::Catin(_) => List::Catins,
            Body::Visit(_) => List::Visits,
            Body::Activity(_) => List::Activities,
            Body::Cash(_) => List::Cash,
            Body::Dose(_) => List::Doses,
            Body::ReferralBack(_) => List::ReferralsBack,
            Body::Anc(_) => List::Ancs,
        }
    }
}

/// Up to this many changed records are applied one by one; more (an import) rebuild.
const APPLY_ONE_BY_ONE: usize = 200;

/// Up to this many changed records of one list are each put in their place; more are
/// added and the list sorted and indexed again once (placing one moves the others).
const PLACE_ONE_BY_ONE: usize = 16;

/// The order a list is shown in. Every order ends with the id, so applying changes
/// gives exactly the order a rebuild from the store gives, and an unstable sort (half
/// the time of a stable one here) gives that one order.
trait Ordered: Clone {
    fn order(a: (Uuid, &Self), b: (Uuid, &Self)) -> Ordering;
}

/// Lists shown by id: the order only makes the register the same on every phone.
macro_rules! ordered_by_id {
    ($($kind:ty),*) => {$(
        impl Ordered for $kind {
            fn order(a: (Uuid, &Self), b: (Uuid, &Self)) -> Ordering {
                a.0.cmp(&b.0)
            }
        }
    )*};
}

ordered_by_id!(Family, KbStatus, SupplyEntry, Pregnancy, Catin);

/// Lists ordered by a key of the item, then the id.
macro_rules! ordered_by_key {
    ($($kind:ty => |$item:ident| $key:expr),* $(,)?) => {$(
        impl Ordered for $kind {
            fn order(a: (Uuid, &Self), b: (Uuid, &Self)) -> Ordering {
                let first = {
                    let $item = a.1;
                    $key
                };
                let second = {
                    let $item = b.1;
                    $key
                };
                first.cmp(&second).then(a.0.cmp(&b.0))
            }
        }
    )*};
}

ordered_by_key!(
    Area => |a| &a.name,
    Person => |p| (relation_rank(p.relation), p.birth_date),
    Measurement => |m| m.date,
    DoseGiven => |d| (d.child_id, d.given_on),
    Visit => |v| v.date,
    Activity => |a| std::cmp::Reverse(a.date),
    CashEntry => |c| c.date,
    ReferralBack => |b| (b.child_id, b.referred_on),
    AncContact => |a| a.date,
);

/// Where one record left its list (and what it was there) and where it went in.
struct Moved<T> {
    from: Option<(usize, T)>,
    to: Option<usize>,
}

impl<T> Moved<T> {
    /// The new position of an item of the list that was at `i` and stayed.
    fn shift(&self, i: usize) -> usize {
        let i = match self.from {
            Some((p, _)) if i > p => i - 1,
            _ => i,
        };
        match self.to {
            Some(q) if i >= q => i + 1,
            _ => i,
        }
    }

    /// A lookup by id follows the list.
    fn follow_positions(&self, positions: &mut IdMap<usize>, id: Uuid) {
        positions.remove(&id);
        for i in positions.values_mut() {
            *i = self.shift(*i);
        }
        if let Some(q) = self.to {
            positions.insert(id, q);
        }
    }

    /// A lookup of the items sharing a key follows the list: the item leaves its old
    /// group (`was`) and joins its new one (`now`) in the list's order.
    fn follow_groups(&self, groups: &mut IdMap<Vec<usize>>, was: Option<Uuid>, now: Option<Uuid>) {
        if let (Some((p, _)), Some(key)) = (&self.from, was) {
            if let Some(group) = groups.get_mut(&key) {
                group.retain(|i| i != p);
                if group.is_empty() {
                    groups.remove(&key);
                }
            }
        }
        for group in groups.values_mut() {
            for i in group.iter_mut() {
                *i = self.shift(*i);
            }
        }
        if let (Some(q), Some(key)) = (self.to, now) {
            let group = groups.entry(key).or_default();
            let at = group.partition_point(|&i| i < q);
            group.insert(at, q);
        }
    }
}

/// Takes out the item `id` and puts `now` (if live) at its place in the list's order.
fn place<T: Ordered>(items: &mut Vec<(Uuid, T)>, id: Uuid, now: Option<&T>) -> Moved<T> {
    let from = items
        .iter()
        .position(|(other, _)| *other == id)
        .map(|p| (p, items.remove(p).1));
    let to = now.map(|item| {
        let q = items.partition_point(|(other, o)| T::order((*other, o), (id, item)).is_lt());
        items.insert(q, (id, item.clone()));
        q
    });
    Moved { from, to }
}

/// The order the register keeps records in: by list, then each list's own order. A
/// snapshot written in it is read back into lists already sorted, which a sort only
/// checks (sorting was most of building a desa's register at start-up).
pub fn load_order(a: &Record, b: &Record) -> Ordering {
    let (i, j) = (a.id, b.id);
    match (&a.body, &b.body) {
        (Body::Area(x), Body::Area(y)) => Ordered::order((i, x), (j, y)),
        (Body::Family(x), Body::Family(y)) => Ordered::order((i, x), (j, y)),
        (Body::Person(x), Body::Person(y)) => Ordered::order((i, x), (j, y)),
        (Body::Measurement(x), Body::Measurement(y)) => Ordered::order((i, x), (j, y)),
        (Body::KbStatus(x), Body::KbStatus(y)) => Ordered::order((i, x), (j, y)),
        (Body::Supply(x), Body::Supply(y)) => Ordered::order((i, x), (j, y)),
        (Body::Pregnancy(x), Body::Pregnancy(y)) => Ordered::order((i, x), (j, y)),
        (Body::Catin(x), Body::Catin(y)) => Ordered::order((i, x), (j, y)),
        (Body::Visit(x), Body::Visit(y)) => Ordered::order((i, x), (j, y)),
        (Body::Activity(x), Body::Activity(y)) => Ordered::order((i, x), (j, y)),
        (Body::Cash(x), Body::Cash(y)) => Ordered::order((i, x), (j, y)),
        (Body::Dose(x), Body::Dose(y)) => Ordered::order((i, x), (j, y)),
        (Body::ReferralBack(x), Body::ReferralBack(y)) => Ordered::order((i, x), (j, y)),
        (Body::Anc(x), Body::Anc(y)) => Ordered::order((i, x), (j, y)),
        (x, y) => List::of(x).cmp(&List::of(y)),
    }
}

/// Positions of `all` in `load_order`. A stable sort: records read from a snapshot are
/// already in order and those added since are few, and it merges the two in one pass.
pub fn in_load_order(all: &[Record]) -> Vec<usize> {
    let mut order: Vec<(usize, &Record)> = all.iter().enumerate().collect();
    order.sort_by(|(_, a), (_, b)| load_order(a, b));
    order.into_iter().map(|(i, _)| i).collect()
}

impl Register {
    /// The live (not deleted) records, sorted for display.
    pub fn from_records<'a, I>(records: I) -> Register
    where
        I: IntoIterator<Item = &'a Record>,
        I::IntoIter: Clone,
    {
        let live = records.into_iter().filter(|r| !r.deleted);
        let mut register = Register::default();
        register.reserve(live.clone());
        for record in live {
            register.insert(record);
        }
        for list in List::ALL {
            register.settle(list);
        }
        register
    }

    /// The register after `changed` records were written (new, edited or deleted),
    /// without reading every record again: a save touches a few records, and
    /// rebuilding from 30 000 would make every save slow on a cheap phone.
    pub fn apply(&mut self, changed: &[Record], all: &[Record]) {
        if changed.len() > APPLY_ONE_BY_ONE {
            *self = Register::from_records(all);
            return;
        }
        let lists: Vec<List> = changed.iter().map(|r| List::of(&r.body)).collect();
        let busy: Vec<List> = List::ALL
            .into_iter()
            .filter(|list| lists.iter().filter(|l| *l == list).count() > PLACE_ONE_BY_ONE)
            .collect();
        let mut touched = Vec::new();
        for (record, list) in changed.iter().zip(lists) {
            if busy.contains(&list) || !self.place(record) {
                self.remove(record);
                if !record.deleted {
                    self.insert(record);
                }
                if !touched.contains(&list) {
                    touched.push(list);
                }
            }
        }
        for list in touched {
            self.settle(list);
        }
    }

    /// Puts one changed record in its place, its lookups following: sorting and
    /// indexing 42 000 weighings again was most of saving one. Only the lists that
    /// grow into thousands; the others (a few hundred records) are sorted again whole,
    /// as fast and with less code in the download. Whether it placed the record.
    fn place(&mut self, record: &Record) -> bool {
        let id = record.id;
        let live = !record.deleted;
        let index = &mut self.index;
        match &record.body {
            Body::Family(f) => place(&mut self.families, id, live.then_some(f))
                .follow_positions(&mut index.families, id),
            Body::Person(p) => {
                let moved = place(&mut self.people, id, live.then_some(p));
                moved.follow_positions(&mut index.people, id);
                let was = moved.from.as_ref().map(|(_, old)| old.family_id);
                moved.follow_groups(&mut index.members, was, live.then_some(p.family_id));
            }
            Body::Measurement(m) => {
                let moved = place(&mut self.measurements, id, live.then_some(m));
                let was = moved.from.as_ref().map(|(_, old)| old.child_id);
                moved.follow_groups(&mut index.measurements_of, was, live.then_some(m.child_id));
            }
            Body::Dose(d) => {
                let moved = place(&mut self.doses, id, live.then_some(d));
                let was = moved.from.as_ref().map(|(_, old)| old.child_id);
                moved.follow_groups(&mut index.doses_of, was, live.then_some(d.child_id));
            }
            Body::KbStatus(k) => drop(place(&mut self.kb_statuses, id, live.then_some(k))),
            Body::Visit(v) => drop(place(&mut self.visits, id, live.then_some(v))),
            Body::Area(_)
            | Body::Supply(_)
            | Body::Pregnancy(_)
            | Body::Catin(_)
            | Body::Activity(_)
            | Body::Cash(_)
            | Body::ReferralBack(_)
            | Body::Anc(_) => return false,
        }
        true
    }

    /// Room in each list for its records at once: grown a push at a time, a desa's
    /// lists were copied over and over (a twentieth of a start at 2 000 families).
    /// And a little more, for what a session adds: a full list copies every entry on
    /// the next save (the first weighing after a start took 20 ms more at 4x).
    fn reserve<'a>(&mut self, records: impl Iterator<Item = &'a Record>) {
        let mut counts = [0usize; List::ALL.len()];
        for record in records {
            if let Some(count) = counts.get_mut(List::of(&record.body) as usize) {
                *count += 1;
            }
        }
        let count = |list: List| {
            let held = counts.get(list as usize).copied().unwrap_or(0);
            held + held / 32 + 16
        };
        self.areas.reserve(count(List::Areas));
        self.families.reserve(count(List::Families));
        self.people.reserve(count(List::People));
        self.measurements.reserve(count(List::Measurements));
        self.kb_statuses.reserve(count(List::KbStatuses));
        self.supplies.reserve(count(List::Supplies));
        self.pregnancies.reserve(count(List::Pregnancies));
        self.catins.reserve(count(List::Catins));
        self.visits.reserve(count(List::Visits));
        self.activities.reserve(count(List::Activities));
        self.cash.reserve(count(List::Cash));
        self.doses.reserve(count(List::Doses));
        self.referrals_back.reserve(count(List::ReferralsBack));
        self.ancs.reserve(count(List::Ancs));
    }

    fn insert(&mut self, record: &Record) {
        let id = record.id;
        match &record.body {
            Body::Area(a) => self.areas.push((id, a.clone())),
            Body::Family(f) => self.families.push((id, f.clone())),
            Body::Person(p) => self.people.push((id, p.clone())),
            Body::Measurement(m) => self.measurements.push((id, m.clone())),
            Body::KbStatus(k) => self.kb_statuses.push((id, k.clone())),
            Body::Supply(e) => self.supplies.push((id, e.clone())),
            Body::Pregnancy(p) => self.pregnancies.push((id, p.clone())),
            Body::Catin(c) => self.catins.push((id, c.clone())),
            Body::Visit(v) => self.visits.push((id, v.clone())),
            Body::Activity(a) => self.activities.push((id, a.clone())),
            Body::Cash(c) => self.cash.push((id, c.clone())),
            Body::Dose(d) => self.doses.push((id, d.clone())),
            Body::ReferralBack(b) => self.referrals_back.push((id, b.clone())),
            Body::Anc(a) => self.ancs.push((id, a.clone())),
        }
    }

    /// Takes out the earlier version of `record` (its kind never changes).
    fn remove(&mut self, record: &Record) {
        fn drop_id<T>(items: &mut Vec<(Uuid, T)>, id: Uuid) {
            items.retain(|(other, _)| *other != id);
        }
        let id = record.id;
        match &record.body {
            Body::Area(_) => drop_id(&mut self.areas, id),
            Body::Family(_) => drop_id(&mut self.families, id),
            Body::Person(_) => drop_id(&mut self.people, id),
            Body::Measurement(_) => drop_id(&mut self.measurements, id),
            Body::KbStatus(_) => drop_id(&mut self.kb_statuses, id),
            Body::Supply(_) => drop_id(&mut self.supplies, id),
            Body::Pregnancy(_) => drop_id(&mut self.pregnancies, id),
            Body::Catin(_) => drop_id(&mut self.catins, id),
            Body::Visit(_) => drop_id(&mut self.visits, id),
            Body::Activity(_) => drop_id(&mut self.activities, id),
            Body::Cash(_) => drop_id(&mut self.cash, id),
            Body::Dose(_) => drop_id(&mut self.doses, id),
            Body::ReferralBack(_) => drop_id(&mut self.referrals_back, id),
            Body::Anc(_) => drop_id(&mut self.ancs, id),
        }
    }

    /// Display order and the lookups by id of one list, after it changed (or was
    /// built).
    fn settle(&mut self, list: List) {
        fn sort<T: Ordered>(items: &mut [(Uuid, T)]) {
            // Already in order when read from a snapshot (`load_order`): checked in
            // one pass.
            items.sort_unstable_by(|(i, a), (j, b)| T::order((*i, a), (*j, b)));
        }
        match list {
            List::Areas => {
                sort(&mut self.areas);
                self.index.areas = positions(&self.areas);
            }
            List::Families => {
                sort(&mut self.families);
                self.index.families = positions(&self.families);
            }
            List::People => {
                sort(&mut self.people);
                self.index.people = positions(&self.people);
                self.index.members = grouped(&self.people, |p| p.family_id);
            }
            List::Measurements => {
                sort(&mut self.measurements);
                self.index.measurements_of = grouped(&self.measurements, |m| m.child_id);
            }
            List::Doses => {
                sort(&mut self.doses);
                self.index.doses_of = grouped(&self.doses, |d| d.child_id);
            }
            List::KbStatuses => sort(&mut self.kb_statuses),
            List::Supplies => sort(&mut self.supplies),
            List::Pregnancies => sort(&mut self.pregnancies),
            List::Catins => sort(&mut self.catins),
            List::Visits => sort(&mut self.visits),
            List::Activities => sort(&mut self.activities),
            List::Cash => sort(&mut self.cash),
            List::ReferralsBack => sort(&mut self.referrals_back),
            List::Ancs => sort(&mut self.ancs),
        }
    }

    pub fn area(&self, id: Uuid) -> Option<&Area> {
        let i = *self.index.areas.get(&id)?;
        self.areas.get(i).map(|(_, a)| a)
    }

    pub fn areas_at(&self, level: AreaLevel) -> impl Iterator<Item = &(Uuid, Area)> {
        self.areas.iter().filter(move |(_, a)| a.level == level)
    }

    /// "RT 01 / RW 03" for an RT, its own name otherwise.
    /// "RT 01 / RW 03" for an RT, "RW 03" for an RW, its own name otherwise: the
    /// level is written even when the cadre typed only the number.
    pub fn area_label(&self, id: Uuid) -> Option<String> {
        let area = self.area(id)?;
        let parent = area.parent_id.and_then(|p| self.area(p));
        Some(match (area.level, parent) {
            (AreaLevel::Rt, Some(rw)) if rw.level == AreaLevel::Rw => {
                format!(
                    "{} / {}",
                    with_level("RT", &area.name),
                    with_level("RW", &rw.name)
                )
            }
            (AreaLevel::Rt, _) => with_level("RT", &area.name),
            (AreaLevel::Rw, _) => with_level("RW", &area.name),
            _ => area.name.clone(),
        })
    }

    pub fn family(&self, id: Uuid) -> Option<&Family> {
        let i = *self.index.families.get(&id)?;
        self.families.get(i).map(|(_, f)| f)
    }

    pub fn person(&self, id: Uuid) -> Option<&Person> {
        let i = *self.index.people.get(&id)?;
        self.people.get(i).map(|(_, p)| p)
    }

    pub fn members(&self, family_id: Uuid) -> impl Iterator<Item = &(Uuid, Person)> {
        self.index
            .members
            .get(&family_id)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.people.get(i))
    }

    /// A child's weighings, oldest first.
    pub fn measurements_of(&self, child_id: Uuid) -> impl Iterator<Item = &(Uuid, Measurement)> {
        self.index
            .measurements_of
            .get(&child_id)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.measurements.get(i))
    }

    /// A child's immunisation doses, oldest first.
    pub fn doses_of(&self, child_id: Uuid) -> Vec<&DoseGiven> {
        self.index
            .doses_of
            .get(&child_id)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.doses.get(i).map(|(_, d)| d))
            .collect()
    }

    /// A mother's ANC contacts, oldest first.
    pub fn ancs_of(&self, mother_id: Uuid) -> Vec<&AncContact> {
        self.ancs
            .iter()
            .map(|(_, a)| a)
            .filter(|a| a.mother_id == mother_id)
            .collect()
    }

    /// The outcome recorded for the child's referral at the weighing of `referred_on`.
    pub fn referral_back(&self, child_id: Uuid, referred_on: NaiveDate) -> Option<&ReferralBack> {
        self.referrals_back
            .iter()
            .map(|(_, b)| b)
            .find(|b| b.child_id == child_id && b.referred_on == referred_on)
    }

    /// Children under five (on `date`) weighed at `posyandu_id`, by name.
    pub fn children_at(&self, posyandu_id: Uuid, date: NaiveDate) -> Vec<(Uuid, &Person)> {
        let mut children: Vec<(Uuid, &Person)> = self
            .people
            .iter()
            .filter(|(_, p)| p.posyandu_id == Some(posyandu_id) && is_under_five(p, date))
            .map(|(id, p)| (*id, p))
            .collect();
        children.sort_by_key(|(_, p)| p.name.to_lowercase());
        children
    }

    /// Whether the family lives in `area`: its RT, or the RW above its RT.
    pub fn family_in(&self, family_id: Uuid, area: Uuid) -> bool {
        self.family(family_id)
            .and_then(|f| f.rt_id)
            .is_some_and(|rt| rt == area || self.area(rt).and_then(|a| a.parent_id) == Some(area))
    }

    /// Whether the person's family lives in `area` (see `family_in`).
    pub fn person_in(&self, person_id: Uuid, area: Uuid) -> bool {
        self.person(person_id)
            .is_some_and(|p| self.family_in(p.family_id, area))
    }

    /// The head's name, else the first member's: how cadres call a family.
    pub fn family_name(&self, family_id: Uuid) -> Option<&str> {
        self.members(family_id).next().map(|(_, p)| p.name.as_str())
    }
}

/// `name` with its level in front unless the cadre already wrote it ("01" → "RT 01").
pub fn with_level(level: &str, name: &str) -> String {
    let written = name
        .get(..level.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(level));
    if written {
        name.to_owned()
    } else {
        format!("{level} {name}")
    }
}

/// The youngest a woman offered as a child's mother may be.
pub const MOTHER_MIN_YEARS: u32 = 15;

/// A woman of at least 15 on `date`: who may be picked as a child's mother (never a
/// little sister).
pub fn can_be_mother(person: &Person, date: NaiveDate) -> bool {
    person.sex == crate::growth::Sex::Female
        && date
            .years_since(person.birth_date)
            .is_some_and(|a| a >= MOTHER_MIN_YEARS)
}

/// Born on or before `date` and not yet 60 months old then (a balita).
pub fn is_under_five(person: &Person, date: NaiveDate) -> bool {
    crate::growth::Age::between(person.birth_date, date).is_some_and(|age| age.months() < 60.0)
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone, Utc};

    use super::*;
    use crate::growth::Sex;

    fn record(body: Body) -> Record {
        let now = Utc
            .with_ymd_and_hms(2026, 11, 22, 9, 0, 0)
            .single()
            .expect("a real date");
        Record::new(body, "hp", now)
    }

    fn person(family_id: Uuid, name: &str, nik: &str, relation: Relation, year: i32) -> Body {
        let born = NaiveDate::from_ymd_opt(year, 1, 1).expect("a real date");
        Body::Person(Person {
            nik: nik.into(),
            ..Person::new(family_id, name, Sex::Female, born, relation)
        })
    }

    #[test]
    fn a_family_is_named_by_its_head_and_lists_members_alive() {
        let family = record(Body::Family(Family::default()));
        let child = record(person(family.id, "Ayu", "", Relation::Child, 2022));
        let head = record(person(family.id, "Budi  Santoso", "", Relation::Head, 1990));
        let gone = record(person(family.id, "Hilang", "", Relation::Other, 1950))
            .deleted("hp", child.updated_at);
        let register = Register::from_records([&family, &child, &head, &gone]);
        assert_eq!(register.family_name(family.id), Some("Budi  Santoso"));
        let names: Vec<_> = register
            .members(family.id)
            .map(|(_, p)| p.name.as_str())
            .collect();
        assert_eq!(names, ["Budi  Santoso", "Ayu"]);
    }

    #[test]
    fn rt_label_names_its_rw() {
        let rw = record(Body::Area(Area {
            level: AreaLevel::Rw,
            name: "RW 03".into(),
            parent_id: None,
        }));
        let rt = record(Body::Area(Area {
            level: AreaLevel::Rt,
            name: "RT 01".into(),
            parent_id: Some(rw.id),
        }));
        let register = Register::from_records([&rw, &rt]);
        assert_eq!(register.area_label(rt.id).as_deref(), Some("RT 01 / RW 03"));
        assert_eq!(register.areas_at(AreaLevel::Rt).count(), 1);
    }
}
