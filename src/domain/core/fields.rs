//! Field parsers: form input → domain value, or the reason at the field ("parse,
//! don't validate"). The range checks also take values that arrive from outside (a
//! backup, an import), so a file meets the same rules as a form (`core::admit`).
//! Messages are chosen by the UI from the `Problem`, in the cadre's language.

use chrono::NaiveDate;

use crate::domain::core::calendar::parse_iso_date;

/// A yes-or-no question the cadre may leave unanswered (`Option<YesNo>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum YesNo {
    Yes,
    No,
}

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
    /// A PIN is exactly six digits.
    PinNotSixDigits,
    /// The new PIN typed twice differently.
    PinMismatch,
    /// The PIN does not open the data key.
    PinWrong,
    /// The village passphrase is shorter than `vault::file::MIN_PASSPHRASE`.
    PassphraseTooShort,
    /// A server address that does not start with http:// or https://.
    NotAUrl,
    /// Not a CouchDB database name (lowercase letter first).
    NotADatabaseName,
    /// An RT added without the RW it belongs to.
    RtWithoutRw,
    /// A referral's outcome dated before the referral.
    SeenBeforeReferral,
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
    /// The 4T thresholds a cadre may set (docs/domain.md §4.4 variants and a margin).
    FourTYoung,
    FourTOld,
    FourTGap,
    FourTChildren,
    /// The upper age of "terlalu tua".
    FourTOldUntil,
    /// Children born alive, as a wife's KB card records them.
    ChildrenBorn,
    /// An adult's waist (lingkar perut).
    Waist,
    /// Adults and teenagers seen by the TPK.
    AdultWeight,
    AdultHeight,
    AdultArm,
    Haemoglobin,
    IronTablets,
    Participants,
    /// Pills (strips) or condoms received or given at once.
    SupplyUnits,
    /// DTSEN welfare decile.
    WelfareDecile,
}

impl Quantity {
    /// The value if it lies in the range, for a value typed or read from a file.
    pub fn check(self, value: f64) -> Result<f64, Problem> {
        let (low, high, _) = self.bounds();
        if (low..=high).contains(&value) {
            Ok(value)
        } else {
            Err(Problem::OutOfRange(self))
        }
    }

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
            Quantity::FourTOldUntil => (35.0, 49.0, "tahun"),
            Quantity::ChildrenBorn => (0.0, 20.0, "anak"),
            Quantity::Waist => (40.0, 200.0, "cm"),
            Quantity::AdultWeight => (25.0, 200.0, "kg"),
            Quantity::AdultHeight => (100.0, 200.0, "cm"),
            Quantity::AdultArm => (10.0, 50.0, "cm"),
            Quantity::Haemoglobin => (3.0, 20.0, "g/dL"),
            Quantity::IronTablets => (0.0, 200.0, "tablet"),
            Quantity::Participants => (0.0, 2000.0, "orang"),
            Quantity::SupplyUnits => (1.0, 10_000.0, "buah"),
            Quantity::WelfareDecile => (1.0, 10.0, ""),
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
    match quantity.check(value) {
        Ok(value) => Some(value),
        Err(problem) => {
            problems.push((field, problem));
            None
        }
    }
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
    past_date_in_range(date(text)?, not_before, today)
}

/// The range rule of `past_date`, for a date that is already a date.
pub fn past_date_in_range(
    date: NaiveDate,
    not_before: NaiveDate,
    today: NaiveDate,
) -> Result<NaiveDate, Problem> {
    if date > today {
        Err(Problem::VisitInFuture)
    } else if date < not_before {
        Err(Problem::VisitBeforeBirth)
    } else {
        Ok(date)
    }
}

/// A required date as a date input sends it (`YYYY-MM-DD`).
pub fn date(text: &str) -> Result<NaiveDate, Problem> {
    if text.trim().is_empty() {
        return Err(Problem::Required);
    }
    parse_iso_date(text).ok_or(Problem::NotADate)
}

/// A form field, named as the form names its input.
pub type Field = &'static str;

/// All problems of a form, field by field (empty when it parsed).
pub type Problems = Vec<(Field, Problem)>;

/// The first day a birth date (and so anything about a person) may be on.
pub fn earliest_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or(NaiveDate::MIN)
}

pub fn required(text: &str, field: Field, problems: &mut Problems) -> String {
    let text = text.trim();
    if text.is_empty() {
        problems.push((field, Problem::Required));
    }
    text.to_owned()
}

/// A 16-digit number kept as text; blanks and spaces inside are ignored, empty is allowed.
pub fn optional_16_digits(text: &str, field: Field, problems: &mut Problems) -> String {
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if !digits.is_empty() && (digits.len() != 16 || !digits.chars().all(|c| c.is_ascii_digit())) {
        problems.push((field, Problem::NotSixteenDigits));
    }
    digits
}

/// A birth date (`YYYY-MM-DD`, as a date input sends it) from 1900 up to today.
pub fn birth_date(text: &str, today: NaiveDate) -> Result<NaiveDate, Problem> {
    birth_date_in_range(date(text)?, today)
}

/// The range rule of `birth_date`, for a date that is already a date.
pub fn birth_date_in_range(date: NaiveDate, today: NaiveDate) -> Result<NaiveDate, Problem> {
    if date > today {
        Err(Problem::DateInFuture)
    } else if date < earliest_date() {
        Err(Problem::DateBefore1900)
    } else {
        Ok(date)
    }
}

/// A decimal written back into a form field, the Indonesian way (`3,2`).
pub fn decimal_text(value: f64) -> String {
    format!("{value}").replace('.', ",")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).expect("a real date")
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
}
