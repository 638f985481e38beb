//! Reading a stored record's JSON in one pass. The payload is read straight as its
//! kind's type when `kind` comes before it, as this app writes them; borrowing it as raw
//! JSON first and reading it again took a quarter of a desa's start-up. A payload
//! before its kind (another writer's order) or of an unknown kind is kept raw and
//! read (or refused) afterwards, with the same errors.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use chrono::{DateTime, Utc};
use serde::de::{self, DeserializeSeed, Error as _, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;
use uuid::Uuid;

use crate::domain::core::record::{Body, BodyError, Record};
use crate::domain::core::timestamp;

/// A clear payload as read: already a body, or raw JSON to read once the kind is known.
pub enum Payload<'a> {
    Read(Body),
    Raw(&'a RawValue),
}

/// A stored object's fields as read, before its body is known to be readable: the
/// payload in clear (`payload`), or sealed with the data key (`sealed`, see
/// `vault::stored`).
pub struct RecordParts<'a> {
    pub id: Uuid,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub device: String,
    pub deleted: bool,
    pub schema: u32,
    pub area: Option<Uuid>,
    pub kind: Cow<'a, str>,
    pub payload: Option<Payload<'a>>,
    pub sealed: Option<Cow<'a, str>>,
}

impl RecordParts<'_> {
    /// The record these fields and `body` make.
    pub fn with_body(self, body: Body) -> Record {
        Record {
            id: self.id,
            created_at: self.created_at,
            updated_at: self.updated_at,
            device: self.device,
            deleted: self.deleted,
            schema: self.schema,
            area: self.area,
            body,
        }
    }

    /// The body of a clear payload: as read, or read now from its raw JSON.
    pub fn clear_body(payload: Payload<'_>, kind: &str) -> Result<Body, BodyError> {
        match payload {
            Payload::Read(body) => Ok(body),
            Payload::Raw(raw) => Body::from_parts(kind, raw.get()),
        }
    }
}

/// Read from JSON text (`serde_json::from_str`/`from_slice`): a raw payload is
/// borrowed, which serde_json's readers of text give and `from_reader` does not.
impl<'de> Deserialize<'de> for Record {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Record, D::Error> {
        let mut parts = RecordParts::deserialize(deserializer)?;
        let payload = parts
            .payload
            .take()
            .ok_or_else(|| D::Error::missing_field("payload"))?;
        let body = RecordParts::clear_body(payload, &parts.kind).map_err(D::Error::custom)?;
        Ok(parts.with_body(body))
    }
}

#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "snake_case")]
enum Field {
    Id,
    CreatedAt,
    UpdatedAt,
    Device,
    Deleted,
    Schema,
    Area,
    Kind,
    Payload,
    Sealed,
    #[serde(other)]
    Other,
}

/// A write time, read strictly first (`timestamp.rs`).
struct Stamp(DateTime<Utc>);

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Stamp, D::Error> {
        timestamp::deserialize(deserializer).map(Stamp)
    }
}

/// Text borrowed from the JSON when it has no escapes, owned otherwise.
struct Text<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text<'a>, D::Error> {
        struct TextVisitor<'a>(PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for TextVisitor<'a> {
            type Value = Text<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("text")
            }
            fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Text<'a>, E> {
                Ok(Text(Cow::Borrowed(text)))
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Text<'a>, E> {
                Ok(Text(Cow::Owned(text.to_owned())))
            }
        }
        deserializer.deserialize_str(TextVisitor(PhantomData))
    }
}

/// The payload read as the body of `kind`.
struct PayloadOf<'k>(&'k str);

impl<'de> DeserializeSeed<'de> for PayloadOf<'_> {
    type Value = Body;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Body, D::Error> {
        Body::read_payload(self.0, deserializer)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for RecordParts<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<RecordParts<'a>, D::Error> {
        deserializer.deserialize_map(PartsVisitor(PhantomData))
    }
}

struct PartsVisitor<'a>(PhantomData<&'a ()>);

impl<'de: 'a, 'a> Visitor<'de> for PartsVisitor<'a> {
    type Value = RecordParts<'a>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a stored record")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RecordParts<'a>, A::Error> {
        let (mut id, mut created_at, mut updated_at, mut device, mut schema) =
            (None, None, None, None, None);
        let (mut deleted, mut area, mut kind, mut payload, mut sealed) =
            (false, None, None::<Cow<'a, str>>, None, None);
        while let Some(field) = map.next_key::<Field>()? {
            match field {
                Field::Id => id = Some(map.next_value()?),
                Field::CreatedAt => created_at = Some(map.next_value::<Stamp>()?.0),
                Field::UpdatedAt => updated_at = Some(map.next_value::<Stamp>()?.0),
                Field::Device => device = Some(map.next_value()?),
                Field::Deleted => deleted = map.next_value()?,
                Field::Schema => schema = Some(map.next_value()?),
                Field::Area => area = map.next_value()?,
                Field::Kind => kind = Some(map.next_value::<Text>()?.0),
                Field::Payload => {
                    payload = match kind.as_deref() {
                        Some(known) if Body::knows(known) => {
                            Some(Payload::Read(map.next_value_seed(PayloadOf(known))?))
                        }
                        _ => map.next_value::<Option<&'de RawValue>>()?.map(Payload::Raw),
                    }
                }
                Field::Sealed => sealed = map.next_value::<Option<Text>>()?.map(|t| t.0),
                Field::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(RecordParts {
            id: id.ok_or_else(|| A::Error::missing_field("id"))?,
            created_at: created_at.ok_or_else(|| A::Error::missing_field("created_at"))?,
            updated_at: updated_at.ok_or_else(|| A::Error::missing_field("updated_at"))?,
            device: device.ok_or_else(|| A::Error::missing_field("device"))?,
            deleted,
            schema: schema.ok_or_else(|| A::Error::missing_field("schema"))?,
            area,
            kind: kind.ok_or_else(|| A::Error::missing_field("kind"))?,
            payload,
            sealed,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::domain::core::area::{Area, AreaLevel};

    fn rt() -> Record {
        let at = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        Record::new(
            Body::Area(Area {
                level: AreaLevel::Rt,
                name: "RT \"01\"".into(),
                parent_id: None,
            }),
            "hp",
            at,
        )
    }

    #[test]
    fn a_payload_before_its_kind_or_with_unknown_fields_reads_the_same() {
        let record = rt();
        let text = serde_json::to_string(&record).unwrap();
        let payload = record.body.payload_json().unwrap();
        let envelope = text
            .strip_suffix(&format!(r#","kind":"area","payload":{payload}}}"#))
            .unwrap()
            .strip_prefix('{')
            .unwrap();
        let text =
            format!(r#"{{"payload":{payload},"later":{{"x":[1,2]}},{envelope},"kind":"area"}}"#);
        assert!(text.starts_with(r#"{"payload""#), "{text}");
        assert_eq!(serde_json::from_str::<Record>(&text).unwrap(), record);
    }

    #[test]
    fn a_bad_payload_of_a_known_kind_is_refused_at_its_field() {
        let text = serde_json::to_string(&rt())
            .unwrap()
            .replace(r#""level":"rt""#, r#""level":7"#);
        assert!(serde_json::from_str::<Record>(&text).is_err());
    }
}
