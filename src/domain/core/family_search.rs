//! Finding a family as the cadre types: by a member's name or NIK, the No. KK or the
//! address. The text searched is prepared once per register (names and addresses in
//! lower case with single spaces), so a keystroke is one pass of `contains` over one
//! short text per family instead of re-reading every person.

use uuid::Uuid;

use super::id_map::IdMap;
use super::register::Register;

/// Each family's searchable text, in the register's order of families.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FamilySearch {
    texts: Vec<(Uuid, String)>,
}

/// Between two fields of a family's text: a query (normalised) never holds it, so a
/// match never runs from one field into the next.
const FIELD_END: char = '\n';

impl FamilySearch {
    pub fn new(register: &Register) -> Self {
        let mut texts: Vec<(Uuid, String)> = register
            .families
            .iter()
            .map(|(id, f)| {
                let mut text = normalise(&f.address);
                text.push(FIELD_END);
                text.push_str(&f.kk_number);
                (*id, text)
            })
            .collect();
        let at: IdMap<usize> = texts
            .iter()
            .enumerate()
            .map(|(i, (id, _))| (*id, i))
            .collect();
        for (_, p) in &register.people {
            if let Some(text) = at.get(&p.family_id).and_then(|&i| texts.get_mut(i)) {
                text.1.push(FIELD_END);
                text.1.push_str(&normalise(&p.name));
                text.1.push(FIELD_END);
                text.1.push_str(&p.nik);
            }
        }
        FamilySearch { texts }
    }

    /// The families matching `query` (every family for an empty one), in register order.
    pub fn find(&self, query: &str) -> Vec<Uuid> {
        let needle = normalise(query);
        self.texts
            .iter()
            .filter(|(_, text)| needle.is_empty() || text.contains(&needle))
            .map(|(id, _)| *id)
            .collect()
    }
}

/// Lower case, runs of white space as one space, none at the ends.
fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone, Utc};

    use super::*;
    use crate::domain::core::family::Family;
    use crate::domain::core::person::{Person, Relation};
    use crate::domain::core::record::{Body, Record};
    use crate::growth::Sex;

    fn record(body: Body) -> Record {
        let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).single();
        Record::new(body, "hp", now.unwrap_or_default())
    }

    fn person(family_id: Uuid, name: &str, nik: &str, relation: Relation) -> Body {
        let born = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap_or_default();
        Body::Person(Person {
            nik: nik.into(),
            ..Person::new(family_id, name, Sex::Female, born, relation)
        })
    }

    #[test]
    fn by_name_nik_kk_and_address_never_across_fields_nor_the_deleted() {
        let family = record(Body::Family(Family {
            kk_number: "3201000000000077".into(),
            address: "Jl.  Mawar 5".into(),
            ..Family::default()
        }));
        let other = record(Body::Family(Family::default()));
        let head = record(person(
            family.id,
            "Budi  Santoso",
            "3201000000000001",
            Relation::Head,
        ));
        let child = record(person(family.id, "Ayu", "", Relation::Child));
        let gone = record(person(family.id, "Hilang", "", Relation::Other))
            .deleted("hp", child.updated_at);
        let register = Register::from_records([&family, &other, &head, &child, &gone]);
        let search = FamilySearch::new(&register);
        assert_eq!(search.find("BUDI santoso "), vec![family.id]);
        assert_eq!(search.find("0000000001"), vec![family.id]);
        assert_eq!(search.find("0077"), vec![family.id]);
        assert_eq!(search.find("jl. mawar"), vec![family.id]);
        assert!(search.find("hilang").is_empty());
        assert!(
            search.find("5 3201").is_empty(),
            "address and No. KK are two fields"
        );
        assert_eq!(search.find("").len(), 2);
    }
}
