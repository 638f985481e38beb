//! How a date field of a record is written: "2026-12-05" in JSON (backups, the records
//! store, sync), the day's number in the packed snapshot parts, where reading the text
//! of 100 000 dates was a twentieth of a start. Chosen by the format itself
//! (`is_human_readable`), so the JSON never changes. Use as `#[serde(with = "…")]`;
//! `optional` for an `Option<NaiveDate>`.

use chrono::{Datelike, NaiveDate};
use serde::de::Error;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    if serializer.is_human_readable() {
        date.serialize(serializer)
    } else {
        serializer.serialize_i32(date.num_days_from_ce())
    }
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    if deserializer.is_human_readable() {
        NaiveDate::deserialize(deserializer)
    } else {
        let day = i32::deserialize(deserializer)?;
        NaiveDate::from_num_days_from_ce_opt(day)
            .ok_or_else(|| D::Error::custom(format!("day {day} is out of range")))
    }
}

/// A date written as above, inside an `Option`.
#[derive(Serialize, Deserialize)]
struct Day(#[serde(with = "self")] NaiveDate);

pub mod optional {
    use super::*;

    pub fn serialize<S: Serializer>(
        date: &Option<NaiveDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        date.map(Day).serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        Ok(Option::<Day>::deserialize(deserializer)?.map(|Day(date)| date))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Dated {
        #[serde(with = "super")]
        on: NaiveDate,
        #[serde(with = "super::optional", default)]
        until: Option<NaiveDate>,
    }

    #[test]
    fn text_in_json_a_number_when_packed_and_read_back_as_written() {
        let dated = Dated {
            on: NaiveDate::from_ymd_opt(2026, 12, 5).unwrap(),
            until: NaiveDate::from_ymd_opt(1970, 1, 1),
        };
        let json = serde_json::to_string(&dated).unwrap();
        assert_eq!(json, r#"{"on":"2026-12-05","until":"1970-01-01"}"#);
        assert_eq!(serde_json::from_str::<Dated>(&json).unwrap(), dated);
        let none: Dated = serde_json::from_str(r#"{"on":"2026-12-05"}"#).unwrap();
        assert_eq!(none.until, None);
        for value in [dated, none] {
            let packed = postcard::to_allocvec(&value).unwrap();
            assert!(packed.len() <= 8, "{} bytes", packed.len());
            assert_eq!(postcard::from_bytes::<Dated>(&packed).unwrap(), value);
        }
        let far = postcard::to_allocvec(&(i32::MAX, None::<i32>)).unwrap();
        assert!(postcard::from_bytes::<Dated>(&far).is_err());
    }
}
