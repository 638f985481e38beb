//! Nutritional-status categories of PMK 2/2020 (Tabel Kategori dan Ambang Batas Status
//! Gizi Anak) and the national adult IMT categories used for catin. The cut-offs are
//! read as PMK writes them: "−3 SD sd < −2 SD" is −3 ≤ z < −2, "−2 SD sd +1 SD" is
//! −2 ≤ z ≤ +1, "> +1 SD sd +2 SD" is +1 < z ≤ +2.

use serde::{Deserialize, Serialize};

use super::Reference;

/// How worrying a category is: drives colour and the referral list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    Normal,
    /// Watch or counsel (risiko, tinggi, berisiko gizi lebih).
    Watch,
    /// Below −2 SD or above +2 SD: counsel and report.
    Problem,
    /// Below −3 SD or obese: refer.
    Severe,
}

/// A PMK 2/2020 category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Category {
    // BB/U
    SeverelyUnderweight,
    Underweight,
    NormalWeight,
    RiskOfOverweight,
    // PB/U, TB/U
    SeverelyStunted,
    Stunted,
    NormalHeight,
    Tall,
    // BB/PB, BB/TB, IMT/U
    SeverelyWasted,
    Wasted,
    WellNourished,
    PossibleRiskOfOverweight,
    Overweight,
    Obese,
}

impl Category {
    pub fn severity(self) -> Severity {
        match self {
            Category::SeverelyUnderweight | Category::SeverelyStunted => Severity::Severe,
            Category::SeverelyWasted | Category::Obese => Severity::Severe,
            Category::Underweight | Category::Stunted | Category::Wasted => Severity::Problem,
            Category::Overweight => Severity::Problem,
            Category::RiskOfOverweight | Category::Tall => Severity::Watch,
            Category::PossibleRiskOfOverweight => Severity::Watch,
            Category::NormalWeight | Category::NormalHeight | Category::WellNourished => {
                Severity::Normal
            }
        }
    }
}

/// The lower three bands every child index shares: below −3, −3 to < −2, from −2.
fn low_bands(z: f64, severe: Category, moderate: Category) -> Option<Category> {
    if z < -3.0 {
        Some(severe)
    } else if z < -2.0 {
        Some(moderate)
    } else {
        None
    }
}

/// BB/U, 0–60 months.
pub fn weight_for_age(z: f64) -> Category {
    low_bands(z, Category::SeverelyUnderweight, Category::Underweight).unwrap_or(if z <= 1.0 {
        Category::NormalWeight
    } else {
        Category::RiskOfOverweight
    })
}

/// PB/U or TB/U, 0–60 months.
pub fn length_for_age(z: f64) -> Category {
    low_bands(z, Category::SeverelyStunted, Category::Stunted).unwrap_or(if z <= 3.0 {
        Category::NormalHeight
    } else {
        Category::Tall
    })
}

/// BB/PB or BB/TB, and IMT/U, 0–60 months.
pub fn weight_for_length(z: f64) -> Category {
    low_bands(z, Category::SeverelyWasted, Category::Wasted).unwrap_or(if z <= 1.0 {
        Category::WellNourished
    } else if z <= 2.0 {
        Category::PossibleRiskOfOverweight
    } else if z <= 3.0 {
        Category::Overweight
    } else {
        Category::Obese
    })
}

/// IMT/U for 5–18 years (WHO 2007): thinness bands, then gizi lebih above +1, obese above +2.
pub fn bmi_for_age_5_18(z: f64) -> Category {
    low_bands(z, Category::SeverelyWasted, Category::Wasted).unwrap_or(if z <= 1.0 {
        Category::WellNourished
    } else if z <= 2.0 {
        Category::Overweight
    } else {
        Category::Obese
    })
}

/// IMT/U under the reference the score came from.
pub fn bmi_for_age(z: f64, reference: Reference) -> Category {
    match reference {
        Reference::Who2006 => weight_for_length(z),
        Reference::Who2007 => bmi_for_age_5_18(z),
    }
}

/// Adult IMT categories (Depkes), used for catin and mothers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AdultBmi {
    SeverelyThin,
    MildlyThin,
    Normal,
    MildlyFat,
    SeverelyFat,
}

impl AdultBmi {
    /// < 17.0 kurus berat, 17.0–18.4 kurus ringan, 18.5–25.0 normal, 25.1–27.0 gemuk
    /// ringan, > 27.0 gemuk berat; values between the printed decimals go to the
    /// nearer band's lower edge (18.45 is kurus ringan, 25.05 gemuk ringan).
    pub fn from_bmi(bmi: f64) -> AdultBmi {
        if bmi < 17.0 {
            AdultBmi::SeverelyThin
        } else if bmi < 18.5 {
            AdultBmi::MildlyThin
        } else if bmi <= 25.0 {
            AdultBmi::Normal
        } else if bmi <= 27.0 {
            AdultBmi::MildlyFat
        } else {
            AdultBmi::SeverelyFat
        }
    }

    /// Kurus (berat or ringan): IMT below 18.5.
    pub fn is_thin(self) -> bool {
        matches!(self, AdultBmi::SeverelyThin | AdultBmi::MildlyThin)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weight_for_age_edges() {
        assert_eq!(weight_for_age(-3.01), Category::SeverelyUnderweight);
        assert_eq!(weight_for_age(-3.0), Category::Underweight);
        assert_eq!(weight_for_age(-2.01), Category::Underweight);
        assert_eq!(weight_for_age(-2.0), Category::NormalWeight);
        assert_eq!(weight_for_age(1.0), Category::NormalWeight);
        assert_eq!(weight_for_age(1.01), Category::RiskOfOverweight);
    }

    #[test]
    fn length_for_age_edges_and_stunting() {
        assert_eq!(length_for_age(-3.5), Category::SeverelyStunted);
        assert_eq!(length_for_age(-2.5), Category::Stunted);
        assert_eq!(length_for_age(3.0), Category::NormalHeight);
        assert_eq!(length_for_age(3.01), Category::Tall);
    }

    #[test]
    fn weight_for_length_edges() {
        let cases = [
            (-3.01, Category::SeverelyWasted),
            (-3.0, Category::Wasted),
            (-2.0, Category::WellNourished),
            (1.0, Category::WellNourished),
            (1.01, Category::PossibleRiskOfOverweight),
            (2.0, Category::PossibleRiskOfOverweight),
            (2.01, Category::Overweight),
            (3.0, Category::Overweight),
            (3.01, Category::Obese),
        ];
        for (z, want) in cases {
            assert_eq!(weight_for_length(z), want, "z = {z}");
        }
    }

    #[test]
    fn bmi_for_age_depends_on_reference() {
        assert_eq!(
            bmi_for_age(1.5, Reference::Who2006),
            Category::PossibleRiskOfOverweight
        );
        assert_eq!(bmi_for_age(1.5, Reference::Who2007), Category::Overweight);
        assert_eq!(bmi_for_age(2.01, Reference::Who2007), Category::Obese);
    }

    #[test]
    fn adult_bmi_bands() {
        assert_eq!(AdultBmi::from_bmi(16.99), AdultBmi::SeverelyThin);
        assert_eq!(AdultBmi::from_bmi(18.4), AdultBmi::MildlyThin);
        assert_eq!(AdultBmi::from_bmi(18.5), AdultBmi::Normal);
        assert_eq!(AdultBmi::from_bmi(25.0), AdultBmi::Normal);
        assert_eq!(AdultBmi::from_bmi(25.1), AdultBmi::MildlyFat);
        assert_eq!(AdultBmi::from_bmi(27.01), AdultBmi::SeverelyFat);
    }
}
