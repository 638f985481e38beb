//! The register's forms: an area, a family, a member, and the duplicate-NIK warning.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::domain::core::area::{Area, AreaLevel};
use crate::domain::core::calendar::iso_date;
use crate::domain::core::family::{Family, HouseCondition, Latrine, MapSpot, WaterSource};
use crate::domain::core::fields::{
    birth_date, decimal, decimal_text, optional_16_digits, past_date, required, whole_number,
    Problem, Problems, Quantity, YesNo,
};
use crate::domain::core::person::{Education, MaritalStatus, Person, Relation};
use crate::growth::Sex;

/// The area form.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AreaForm {
    pub name: String,
}

impl AreaForm {
    pub fn parse(&self, level: AreaLevel, parent_id: Option<Uuid>) -> Result<Area, Problems> {
        let mut problems = Problems::new();
        let name = required(&self.name, "name", &mut problems);
        // An RT read without its RW ("RT 03" of which RW?) is no address.
        if level == AreaLevel::Rt && parent_id.is_none() {
            problems.push(("parent_rw", Problem::RtWithoutRw));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Area {
            level,
            name,
            parent_id,
        })
    }
}

/// The family form: texts as typed, choices as picked.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FamilyForm {
    pub kk_number: String,
    pub address: String,
    pub rt_id: Option<Uuid>,
    pub water: Option<WaterSource>,
    pub latrine: Option<Latrine>,
    pub septic_tank: Option<YesNo>,
    pub house: Option<HouseCondition>,
    /// Desil DTSEN as typed (empty: not known).
    pub welfare_decile: String,
    /// Not on the form: kept as it was when the family is edited.
    pub map_spot: Option<MapSpot>,
}

impl FamilyForm {
    pub fn parse(&self) -> Result<Family, Problems> {
        let mut problems = Problems::new();
        let kk_number = optional_16_digits(&self.kk_number, "kk_number", &mut problems);
        let address = required(&self.address, "address", &mut problems);
        let welfare_decile = whole_number(
            &self.welfare_decile,
            Quantity::WelfareDecile,
            "welfare_decile",
            &mut problems,
        );
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Family {
            kk_number,
            address,
            rt_id: self.rt_id,
            water: self.water,
            latrine: self.latrine,
            septic_tank: self.septic_tank,
            house: self.house,
            welfare_decile: welfare_decile.and_then(|d| u8::try_from(d).ok()),
            map_spot: self.map_spot,
        })
    }

    pub fn from_family(family: &Family) -> FamilyForm {
        FamilyForm {
            kk_number: family.kk_number.clone(),
            address: family.address.clone(),
            rt_id: family.rt_id,
            water: family.water,
            latrine: family.latrine,
            septic_tank: family.septic_tank,
            house: family.house,
            welfare_decile: family
                .welfare_decile
                .map(|d| d.to_string())
                .unwrap_or_default(),
            map_spot: family.map_spot,
        }
    }
}

/// Age at first marriage: 10–60 years, and not more than her age today.
pub fn marriage_age_in_range(
    years: u8,
    birth: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<u8, Problem> {
    let age_now = birth.and_then(|b| today.years_since(b));
    if (10..=60).contains(&years) && age_now.is_none_or(|a| u32::from(years) <= a) {
        Ok(years)
    } else {
        Err(Problem::ImplausibleMarriageAge)
    }
}

/// The member form.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PersonForm {
    pub name: String,
    pub nik: String,
    pub sex: Option<Sex>,
    pub birth_date: String,
    pub relation: Option<Relation>,
    pub marital_status: Option<MaritalStatus>,
    pub age_first_marriage: String,
    pub married_on: String,
    pub education: Option<Education>,
    pub job: String,
    pub mother_id: Option<Uuid>,
    pub posyandu_id: Option<Uuid>,
    pub birth_weight_kg: String,
    pub birth_length_cm: String,
    pub kia_book: Option<YesNo>,
}

impl PersonForm {
    pub fn parse(&self, family_id: Uuid, today: NaiveDate) -> Result<Person, Problems> {
        let mut problems = Problems::new();
        let name = required(&self.name, "name", &mut problems);
        let nik = optional_16_digits(&self.nik, "nik", &mut problems);
        if self.sex.is_none() {
            problems.push(("sex", Problem::Required));
        }
        let birth = birth_date(&self.birth_date, today)
            .map_err(|p| problems.push(("birth_date", p)))
            .ok();
        if self.relation.is_none() {
            problems.push(("relation", Problem::Required));
        }
        let age_first_marriage = self.marriage_age(birth, today, &mut problems);
        // Optional: a wedding date on or after birth and not in the future.
        let married_on = match (self.married_on.trim(), birth) {
            ("", _) | (_, None) => None,
            (text, Some(born)) => past_date(text, born, today)
                .map_err(|p| problems.push(("married_on", p)))
                .ok(),
        };
        let birth_weight_kg = decimal(
            &self.birth_weight_kg,
            Quantity::BirthWeight,
            "birth_weight_kg",
            &mut problems,
        );
        let birth_length_cm = decimal(
            &self.birth_length_cm,
            Quantity::BirthLength,
            "birth_length_cm",
            &mut problems,
        );
        match (self.sex, birth, self.relation) {
            (Some(sex), Some(birth_date), Some(relation)) if problems.is_empty() => Ok(Person {
                family_id,
                name,
                nik,
                sex,
                birth_date,
                relation,
                marital_status: self.marital_status,
                age_first_marriage,
                married_on,
                education: self.education,
                job: self.job.trim().to_owned(),
                mother_id: self.mother_id,
                posyandu_id: self.posyandu_id,
                birth_weight_kg,
                birth_length_cm,
                kia_book: self.kia_book,
            }),
            _ => Err(problems),
        }
    }

    /// Empty, or whole years from 10 to 60 and not above today's age.
    fn marriage_age(
        &self,
        birth: Option<NaiveDate>,
        today: NaiveDate,
        problems: &mut Problems,
    ) -> Option<u8> {
        let text = self.age_first_marriage.trim();
        if text.is_empty() {
            return None;
        }
        text.parse::<u8>()
            .map_err(|_| Problem::ImplausibleMarriageAge)
            .and_then(|years| marriage_age_in_range(years, birth, today))
            .map_err(|p| problems.push(("age_first_marriage", p)))
            .ok()
    }

    pub fn from_person(person: &Person) -> PersonForm {
        PersonForm {
            name: person.name.clone(),
            nik: person.nik.clone(),
            sex: Some(person.sex),
            birth_date: iso_date(person.birth_date),
            relation: Some(person.relation),
            marital_status: person.marital_status,
            age_first_marriage: person
                .age_first_marriage
                .map(|a| a.to_string())
                .unwrap_or_default(),
            married_on: person.married_on.map(iso_date).unwrap_or_default(),
            education: person.education,
            job: person.job.clone(),
            mother_id: person.mother_id,
            posyandu_id: person.posyandu_id,
            birth_weight_kg: person.birth_weight_kg.map(decimal_text).unwrap_or_default(),
            birth_length_cm: person.birth_length_cm.map(decimal_text).unwrap_or_default(),
            kia_book: person.kia_book,
        }
    }
}

/// Another person (not `except`) who already has this NIK: a warning, not a refusal,
/// since the cadre may be correcting the other record next.
pub fn duplicate_nik<'a>(
    nik: &str,
    except: Option<Uuid>,
    people: impl IntoIterator<Item = (Uuid, &'a Person)>,
) -> Option<Uuid> {
    if nik.is_empty() {
        return None;
    }
    people
        .into_iter()
        .find(|(id, p)| Some(*id) != except && p.nik == nik)
        .map(|(id, _)| id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).expect("a real date")
    }

    #[test]
    fn an_rt_needs_its_rw() {
        let form = AreaForm { name: "03".into() };
        assert_eq!(
            form.parse(AreaLevel::Rt, None),
            Err(vec![("parent_rw", Problem::RtWithoutRw)])
        );
        let rw = Some(Uuid::new_v4());
        assert_eq!(form.parse(AreaLevel::Rt, rw).map(|a| a.parent_id), Ok(rw));
        assert!(form.parse(AreaLevel::Posyandu, None).is_ok());
    }

    fn good_person() -> PersonForm {
        PersonForm {
            name: "  Siti Aminah ".into(),
            nik: "3201 0123 4567 0001".into(),
            sex: Some(Sex::Female),
            birth_date: "1995-04-01".into(),
            relation: Some(Relation::Wife),
            age_first_marriage: "21".into(),
            ..PersonForm::default()
        }
    }

    #[test]
    fn a_good_member_parses_with_trimmed_name_and_nik_as_text() {
        let person = good_person().parse(Uuid::nil(), today()).expect("valid");
        assert_eq!(person.name, "Siti Aminah");
        assert_eq!(person.nik, "3201012345670001");
        assert_eq!(person.age_first_marriage, Some(21));
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let form = PersonForm {
            name: " ".into(),
            nik: "12345".into(),
            sex: None,
            birth_date: "2027-01-01".into(),
            ..PersonForm::default()
        };
        let problems = form.parse(Uuid::nil(), today()).expect_err("invalid");
        assert_eq!(
            problems,
            vec![
                ("name", Problem::Required),
                ("nik", Problem::NotSixteenDigits),
                ("sex", Problem::Required),
                ("birth_date", Problem::DateInFuture),
                ("relation", Problem::Required),
            ]
        );
    }

    #[test]
    fn child_birth_measures_are_checked() {
        let form = PersonForm {
            birth_weight_kg: "32".into(),
            birth_length_cm: "49,5".into(),
            ..good_person()
        };
        assert_eq!(
            form.parse(Uuid::nil(), today()),
            Err(vec![(
                "birth_weight_kg",
                Problem::OutOfRange(Quantity::BirthWeight)
            )])
        );
        let ok = PersonForm {
            birth_weight_kg: "3,2".into(),
            ..form
        };
        let child = ok.parse(Uuid::nil(), today()).expect("valid");
        assert_eq!(
            (child.birth_weight_kg, child.birth_length_cm),
            (Some(3.2), Some(49.5))
        );
    }

    #[test]
    fn nik_with_letters_is_refused_and_marriage_age_checked() {
        let form = PersonForm {
            nik: "320101234567000A".into(),
            age_first_marriage: "40".into(),
            ..good_person()
        };
        let problems = form.parse(Uuid::nil(), today()).expect_err("invalid");
        assert_eq!(
            problems,
            vec![
                ("nik", Problem::NotSixteenDigits),
                ("age_first_marriage", Problem::ImplausibleMarriageAge),
            ]
        );
    }

    #[test]
    fn family_needs_address_and_a_16_digit_kk_if_given() {
        let form = FamilyForm {
            kk_number: "320101".into(),
            ..FamilyForm::default()
        };
        assert_eq!(
            form.parse(),
            Err(vec![
                ("kk_number", Problem::NotSixteenDigits),
                ("address", Problem::Required)
            ])
        );
        let ok = FamilyForm {
            address: "Jl. Melati 3".into(),
            ..FamilyForm::default()
        };
        assert!(ok.parse().is_ok());
    }

    #[test]
    fn duplicate_nik_warns_about_someone_else_only() {
        let person = good_person().parse(Uuid::nil(), today()).expect("valid");
        let a = Uuid::from_u128(1);
        let b = Uuid::from_u128(2);
        let people = [(a, &person)];
        assert_eq!(duplicate_nik("3201012345670001", Some(b), people), Some(a));
        assert_eq!(duplicate_nik("3201012345670001", Some(a), people), None);
        assert_eq!(duplicate_nik("", None, people), None);
    }
}
