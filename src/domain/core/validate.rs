//! Form input → domain value, or the reason at each field ("parse, don't validate").
//! Messages are chosen by the UI from the `Problem`, in the cadre's language.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::domain::core::area::{Area, AreaLevel};
use crate::domain::core::family::{Family, HouseCondition, Latrine, MapSpot, WaterSource};
use crate::domain::core::person::{Education, MaritalStatus, Person, Relation};
use crate::domain::kb::status::FourTRules;
use crate::growth::Sex;

/// What is wrong with one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Required,
    /// NIK and No. KK are exactly 16 digits.
    NotSixteenDigits,
    NotADate,
    DateInFuture,
    DateBefore1900,
    /// Age at first marriage outside 10–60 years, or after today's age.
    ImplausibleMarriageAge,
    NotANumber,
    /// A measurement outside what can be typed for a child (a typo, not a WHO flag).
    OutOfRange(Quantity),
    VisitInFuture,
    VisitBeforeBirth,
    /// A weighing needs at least a weight or a length/height.
    NothingMeasured,
    /// HPHT more than 44 weeks before today, with no delivery recorded.
    HphtTooOld,
    /// A delivery date before the HPHT.
    DeliveryBeforeHpht,
    /// A wedding date more than a month past or a year ahead.
    WeddingDateOutOfRange,
    /// Money written other than as whole rupiah from 1 to 100 million.
    NotAnAmount,
    /// An expense larger than the cash on hand.
    MoreThanBalance,
}

/// What a number field holds, with the range a cadre can plausibly type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quantity {
    BirthWeight,
    BirthLength,
    Weight,
    LengthHeight,
    Arm,
    Head,
    /// The 4T thresholds a cadre may set (domain.md §4.4 variants and a margin).
    FourTYoung,
    FourTOld,
    FourTGap,
    FourTChildren,
    /// Adults and teenagers seen by the TPK.
    AdultWeight,
    AdultHeight,
    AdultArm,
    Haemoglobin,
    IronTablets,
    Participants,
}

impl Quantity {
    /// Lowest and highest accepted value, and the unit.
    pub fn bounds(self) -> (f64, f64, &'static str) {
        match self {
            Quantity::BirthWeight => (0.5, 6.0, "kg"),
            Quantity::BirthLength => (30.0, 60.0, "cm"),
            Quantity::Weight => (0.5, 60.0, "kg"),
            Quantity::LengthHeight => (35.0, 150.0, "cm"),
            Quantity::Arm => (5.0, 35.0, "cm"),
            Quantity::Head => (25.0, 60.0, "cm"),
            Quantity::FourTYoung => (15.0, 25.0, "tahun"),
            Quantity::FourTOld => (30.0, 45.0, "tahun"),
            Quantity::FourTGap => (1.0, 5.0, "tahun"),
            Quantity::FourTChildren => (2.0, 10.0, "anak"),
            Quantity::AdultWeight => (25.0, 200.0, "kg"),
            Quantity::AdultHeight => (100.0, 200.0, "cm"),
            Quantity::AdultArm => (10.0, 50.0, "cm"),
            Quantity::Haemoglobin => (3.0, 20.0, "g/dL"),
            Quantity::IronTablets => (0.0, 200.0, "tablet"),
            Quantity::Participants => (0.0, 2000.0, "orang"),
        }
    }
}

/// A decimal as cadres type it (`7,5` or `7.5`); empty is `None`.
pub fn decimal(
    text: &str,
    quantity: Quantity,
    field: Field,
    problems: &mut Problems,
) -> Option<f64> {
    let text = text.trim().replace(',', ".");
    if text.is_empty() {
        return None;
    }
    let Some(value) = text.parse::<f64>().ok().filter(|v| v.is_finite()) else {
        problems.push((field, Problem::NotANumber));
        return None;
    };
    let (low, high, _) = quantity.bounds();
    if !(low..=high).contains(&value) {
        problems.push((field, Problem::OutOfRange(quantity)));
        return None;
    }
    Some(value)
}

/// A whole number (participants, tablets, thresholds) as typed; empty is `None`, a
/// fraction is refused like any other non-number.
pub fn whole_number(
    text: &str,
    quantity: Quantity,
    field: Field,
    problems: &mut Problems,
) -> Option<u32> {
    match decimal(text, quantity, field, problems) {
        Some(v) if v.fract() == 0.0 => Some(v as u32),
        Some(_) => {
            problems.push((field, Problem::NotANumber));
            None
        }
        None => None,
    }
}

/// Activities, cash and other registers can be written back to this date (older
/// paper books).
pub fn records_since() -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default()
}

/// The date something happened, as typed: required, not after `today`, not before
/// `not_before` (a birth date: a weighing or visit cannot precede it).
pub fn past_date(
    text: &str,
    not_before: NaiveDate,
    today: NaiveDate,
) -> Result<NaiveDate, Problem> {
    match NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d") {
        Err(_) if text.trim().is_empty() => Err(Problem::Required),
        Err(_) => Err(Problem::NotADate),
        Ok(d) if d > today => Err(Problem::VisitInFuture),
        Ok(d) if d < not_before => Err(Problem::VisitBeforeBirth),
        Ok(d) => Ok(d),
    }
}

/// A form field, named as the form names its input.
pub type Field = &'static str;

/// All problems of a form, field by field (empty when it parsed).
pub type Problems = Vec<(Field, Problem)>;

/// The first year a birth date may be in.
const EARLIEST_BIRTH_YEAR: i32 = 1900;

fn required(text: &str, field: Field, problems: &mut Problems) -> String {
    let text = text.trim();
    if text.is_empty() {
        problems.push((field, Problem::Required));
    }
    text.to_owned()
}

/// A 16-digit number kept as text; blanks and spaces inside are ignored, empty is allowed.
fn optional_16_digits(text: &str, field: Field, problems: &mut Problems) -> String {
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if !digits.is_empty() && (digits.len() != 16 || !digits.chars().all(|c| c.is_ascii_digit())) {
        problems.push((field, Problem::NotSixteenDigits));
    }
    digits
}

/// A birth date (`YYYY-MM-DD`, as a date input sends it) from 1900 up to today.
pub fn birth_date(text: &str, today: NaiveDate) -> Result<NaiveDate, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Problem::Required);
    }
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| Problem::NotADate)?;
    if date > today {
        Err(Problem::DateInFuture)
    } else if date < NaiveDate::from_ymd_opt(EARLIEST_BIRTH_YEAR, 1, 1).unwrap_or(NaiveDate::MIN) {
        Err(Problem::DateBefore1900)
    } else {
        Ok(date)
    }
}

/// The area form.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AreaForm {
    pub name: String,
}

impl AreaForm {
    pub fn parse(&self, level: AreaLevel, parent_id: Option<Uuid>) -> Result<Area, Problems> {
        let mut problems = Problems::new();
        let name = required(&self.name, "name", &mut problems);
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
    pub house: Option<HouseCondition>,
    /// Not on the form: kept as it was when the family is edited.
    pub map_spot: Option<MapSpot>,
}

impl FamilyForm {
    pub fn parse(&self) -> Result<Family, Problems> {
        let mut problems = Problems::new();
        let kk_number = optional_16_digits(&self.kk_number, "kk_number", &mut problems);
        let address = required(&self.address, "address", &mut problems);
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Family {
            kk_number,
            address,
            rt_id: self.rt_id,
            water: self.water,
            latrine: self.latrine,
            house: self.house,
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
            house: family.house,
            map_spot: family.map_spot,
        }
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
    pub education: Option<Education>,
    pub job: String,
    pub mother_id: Option<Uuid>,
    pub posyandu_id: Option<Uuid>,
    pub birth_weight_kg: String,
    pub birth_length_cm: String,
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
                education: self.education,
                job: self.job.trim().to_owned(),
                mother_id: self.mother_id,
                posyandu_id: self.posyandu_id,
                birth_weight_kg,
                birth_length_cm,
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
        let age_now = birth.and_then(|b| today.years_since(b));
        match text.parse::<u8>() {
            Ok(years)
                if (10..=60).contains(&years) && age_now.is_none_or(|a| u32::from(years) <= a) =>
            {
                Some(years)
            }
            _ => {
                problems.push(("age_first_marriage", Problem::ImplausibleMarriageAge));
                None
            }
        }
    }

    pub fn from_person(person: &Person) -> PersonForm {
        PersonForm {
            name: person.name.clone(),
            nik: person.nik.clone(),
            sex: Some(person.sex),
            birth_date: person.birth_date.format("%Y-%m-%d").to_string(),
            relation: Some(person.relation),
            marital_status: person.marital_status,
            age_first_marriage: person
                .age_first_marriage
                .map(|a| a.to_string())
                .unwrap_or_default(),
            education: person.education,
            job: person.job.clone(),
            mother_id: person.mother_id,
            posyandu_id: person.posyandu_id,
            birth_weight_kg: person.birth_weight_kg.map(decimal_text).unwrap_or_default(),
            birth_length_cm: person.birth_length_cm.map(decimal_text).unwrap_or_default(),
        }
    }
}

/// A decimal written back into a form field, the Indonesian way (`3,2`).
pub fn decimal_text(value: f64) -> String {
    format!("{value}").replace('.', ",")
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
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default()
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
    fn decimals_accept_a_comma_and_refuse_typos() {
        let mut problems = Problems::new();
        assert_eq!(
            decimal("7,5", Quantity::Weight, "w", &mut problems),
            Some(7.5)
        );
        assert_eq!(
            decimal(" 7.5 ", Quantity::Weight, "w", &mut problems),
            Some(7.5)
        );
        assert_eq!(decimal("", Quantity::Weight, "w", &mut problems), None);
        assert!(problems.is_empty());
        assert_eq!(decimal("75", Quantity::Weight, "w", &mut problems), None);
        assert_eq!(decimal("7,5kg", Quantity::Weight, "w", &mut problems), None);
        assert_eq!(
            problems,
            vec![
                ("w", Problem::OutOfRange(Quantity::Weight)),
                ("w", Problem::NotANumber)
            ]
        );
        assert_eq!(decimal_text(3.25), "3,25");
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
    fn birth_date_limits() {
        assert_eq!(
            birth_date("1899-12-31", today()),
            Err(Problem::DateBefore1900)
        );
        assert!(birth_date("1900-01-01", today()).is_ok());
        assert!(birth_date("2026-11-22", today()).is_ok());
        assert_eq!(
            birth_date("2026-11-23", today()),
            Err(Problem::DateInFuture)
        );
        assert_eq!(birth_date("22/11/2026", today()), Err(Problem::NotADate));
        assert_eq!(birth_date("", today()), Err(Problem::Required));
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

/// The 4T thresholds as typed in Pengaturan: whole numbers within their ranges.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FourTForm {
    pub too_young_below: String,
    pub too_old_above: String,
    pub too_close_below_years: String,
    pub too_many_above: String,
}

impl FourTForm {
    pub fn from_rules(rules: FourTRules) -> FourTForm {
        FourTForm {
            too_young_below: rules.too_young_below.to_string(),
            too_old_above: rules.too_old_above.to_string(),
            too_close_below_years: rules.too_close_below_years.to_string(),
            too_many_above: rules.too_many_above.to_string(),
        }
    }

    pub fn parse(&self) -> Result<FourTRules, Problems> {
        let mut problems = Problems::new();
        let mut whole = |text: &str, quantity, field| {
            if text.trim().is_empty() {
                problems.push((field, Problem::Required));
            }
            whole_number(text, quantity, field, &mut problems)
        };
        let young = whole(
            &self.too_young_below,
            Quantity::FourTYoung,
            "too_young_below",
        );
        let old = whole(&self.too_old_above, Quantity::FourTOld, "too_old_above");
        let gap = whole(
            &self.too_close_below_years,
            Quantity::FourTGap,
            "too_close_below_years",
        );
        let many = whole(
            &self.too_many_above,
            Quantity::FourTChildren,
            "too_many_above",
        );
        match (young, old, gap, many) {
            (Some(young), Some(old), Some(gap), Some(many)) if problems.is_empty() => {
                Ok(FourTRules {
                    too_young_below: young,
                    too_old_above: old,
                    too_close_below_years: gap,
                    too_many_above: many as usize,
                })
            }
            _ => Err(problems),
        }
    }
}
