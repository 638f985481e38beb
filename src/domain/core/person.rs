//! A member of a family.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::core::fields::YesNo;

use crate::growth::Sex;

/// Relation to the head of the family, as on the Kartu Keluarga.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Head,
    Wife,
    Husband,
    Child,
    ChildInLaw,
    Grandchild,
    Parent,
    ParentInLaw,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MaritalStatus {
    Single,
    Married,
    Divorced,
    Widowed,
}

/// Highest schooling finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Education {
    None,
    Primary,
    JuniorHigh,
    SeniorHigh,
    Diploma,
    University,
}

/// One person. NIK is text (16 digits, leading zeros matter) and optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub family_id: Uuid,
    pub name: String,
    #[serde(default)]
    pub nik: String,
    pub sex: Sex,
    #[serde(with = "crate::domain::core::stored_date")]
    pub birth_date: NaiveDate,
    pub relation: Relation,
    #[serde(default)]
    pub marital_status: Option<MaritalStatus>,
    #[serde(default)]
    pub age_first_marriage: Option<u8>,
    /// The day of the (latest) marriage, if known: the report counts marriages in a
    /// period from it, for both spouses.
    #[serde(default, with = "crate::domain::core::stored_date::optional")]
    pub married_on: Option<NaiveDate>,
    #[serde(default)]
    pub education: Option<Education>,
    #[serde(default)]
    pub job: String,
    /// For a child: the mother (a person of the same family), if known.
    #[serde(default)]
    pub mother_id: Option<Uuid>,
    /// For a child under five: the posyandu where it is weighed.
    #[serde(default)]
    pub posyandu_id: Option<Uuid>,
    #[serde(default)]
    pub birth_weight_kg: Option<f64>,
    #[serde(default)]
    pub birth_length_cm: Option<f64>,
    /// For a balita: whether she has a KMS / Buku KIA (SKDN's K), if asked.
    #[serde(default)]
    pub kia_book: Option<YesNo>,
}

impl Person {
    /// A person with what every register needs; the optional facts empty.
    pub fn new(
        family_id: Uuid,
        name: &str,
        sex: Sex,
        birth_date: NaiveDate,
        relation: Relation,
    ) -> Person {
        Person {
            family_id,
            name: name.to_owned(),
            nik: String::new(),
            sex,
            birth_date,
            relation,
            marital_status: None,
            age_first_marriage: None,
            married_on: None,
            education: None,
            job: String::new(),
            mother_id: None,
            posyandu_id: None,
            birth_weight_kg: None,
            birth_length_cm: None,
            kia_book: None,
        }
    }
}
