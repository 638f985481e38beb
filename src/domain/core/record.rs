//! The envelope every stored record carries (docs/ARCHITECTURE.md "Records"): enough to merge
//! backups and, later, to sync, without a new format.

use chrono::{DateTime, Utc};

use serde::de::Error as _;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use uuid::{NoContext, Timestamp, Uuid};

use crate::domain::core::area::Area;
use crate::domain::core::family::Family;
use crate::domain::core::person::Person;
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

/// The shape of the payloads this build writes. Older records are upgraded on read
/// (`migrate`); newer ones are refused rather than half-understood.
pub const SCHEMA_VERSION: u32 = 1;

/// Declares `Body` with one line per kind, so the stored name, the payload type and
/// the readers and writers of a payload cannot drift apart.
macro_rules! bodies {
    ($($variant:ident($payload:ty) = $kind:literal,)+) => {
        /// What a record holds; the `kind` and `payload` fields of the stored object.
        #[derive(Debug, Clone, PartialEq)]
        pub enum Body {
            $($variant($payload),)+
        }

        impl Body {
            /// The stored name of this kind of record.
            pub fn kind(&self) -> &'static str {
                match self {
                    $(Body::$variant(_) => $kind,)+
                }
            }

            /// The body of a stored `kind` read straight from its payload's JSON.
            pub fn from_parts(kind: &str, payload: &str) -> Result<Body, BodyError> {
                match kind {
                    $($kind => serde_json::from_str(payload)
                        .map(Body::$variant)
                        .map_err(|e| BodyError::Payload(e.to_string())),)+
                    other => Err(BodyError::UnknownKind(other.to_owned())),
                }
            }

            /// Whether `kind` is a kind this build reads.
            pub fn knows(kind: &str) -> bool {
                matches!(kind, $($kind)|+)
            }

            /// The body of a stored `kind` read from the deserializer at its payload,
            /// in the same pass as the envelope (`record_read.rs`).
            pub fn read_payload<'de, D: Deserializer<'de>>(
                kind: &str,
                payload: D,
            ) -> Result<Body, D::Error> {
                match kind {
                    $($kind => <$payload>::deserialize(payload).map(Body::$variant),)+
                    other => Err(D::Error::custom(BodyError::UnknownKind(other.to_owned()))),
                }
            }

            /// The payload's JSON alone (what a sealed record encrypts).
            pub fn payload_json(&self) -> serde_json::Result<String> {
                match self {
                    $(Body::$variant(payload) => serde_json::to_string(payload),)+
                }
            }

            /// The payload in postcard's binary form, appended to `bytes` (the start-up
            /// snapshot, `vault/packed.rs`): fields by position, no names.
            pub fn pack_payload(&self, bytes: Vec<u8>) -> postcard::Result<Vec<u8>> {
                match self {
                    $(Body::$variant(payload) => postcard::to_extend(payload, bytes),)+
                }
            }

            /// A payload of `kind` that `pack_payload` wrote at the start of `bytes`, and
            /// the bytes after it.
            pub fn unpack_payload<'b>(
                kind: &str,
                bytes: &'b [u8],
            ) -> Result<(Body, &'b [u8]), BodyError> {
                let unreadable = |e: postcard::Error| BodyError::Payload(e.to_string());
                match kind {
                    $($kind => postcard::take_from_bytes::<$payload>(bytes)
                        .map(|(payload, rest)| (Body::$variant(payload), rest))
                        .map_err(unreadable),)+
                    other => Err(BodyError::UnknownKind(other.to_owned())),
                }
            }

            /// Traces every payload type's shape (the packed form depends on it).
            #[cfg(all(test, not(target_arch = "wasm32")))]
            pub fn trace_payloads(
                tracer: &mut serde_reflection::Tracer,
                samples: &serde_reflection::Samples,
            ) -> serde_reflection::Result<()> {
                $(tracer.trace_type::<$payload>(samples)?;)+
                Ok(())
            }

            fn serialize_payload<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
                match self {
                    $(Body::$variant(payload) => map.serialize_entry("payload", payload),)+
                }
            }
        }
    };
}

bodies! {
    Area(Area) = "area",
    Family(Family) = "family",
    Person(Person) = "person",
    Measurement(Measurement) = "measurement",
    KbStatus(KbStatus) = "kb_status",
    Supply(SupplyEntry) = "supply",
    Pregnancy(Pregnancy) = "pregnancy",
    Catin(Catin) = "catin",
    Visit(Visit) = "visit",
    Activity(Activity) = "activity",
    Cash(CashEntry) = "cash",
    Dose(DoseGiven) = "dose",
    ReferralBack(ReferralBack) = "referral_back",
    Anc(AncContact) = "anc",
}

/// A payload that cannot be read as its kind's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BodyError {
    #[error("unknown record kind {0}")]
    UnknownKind(String),
    #[error("payload: {0}")]
    Payload(String),
}

impl Body {
    /// The non-personal area key the store indexes (family → its RT, weighing → its
    /// posyandu, person → nothing).
    pub fn area_key(&self) -> Option<Uuid> {
        match self {
            Body::Area(area) => area.parent_id,
            Body::Family(family) => family.rt_id,
            Body::Person(_)
            | Body::KbStatus(_)
            | Body::Supply(_)
            | Body::Pregnancy(_)
            | Body::Catin(_)
            | Body::Visit(_)
            | Body::Activity(_)
            | Body::Cash(_)
            | Body::Dose(_)
            | Body::ReferralBack(_)
            | Body::Anc(_) => None,
            Body::Measurement(m) => m.posyandu_id,
        }
    }
}

/// Puts each changed record in place of its earlier version in `all`, or adds it: one
/// pass over `all` however many changed (a sync brings thousands at once). The last
/// version given of an id wins; new ones are added in the order given.
pub fn upsert(all: &mut Vec<Record>, changed: &[Record]) {
    // The changed ids sorted as numbers and searched: hashing each of a desa's 100 000
    // ids was most of putting one save in memory.
    let mut given: Vec<(u128, std::cmp::Reverse<usize>, &Record)> = changed
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.as_u128(), std::cmp::Reverse(i), r))
        .collect();
    given.sort_unstable_by_key(|(id, order, _)| (*id, *order));
    given.dedup_by_key(|(id, _, _)| *id);
    // Each id's last version, and whether it is in `all` yet.
    let mut latest: Vec<(u128, &Record, bool)> =
        given.into_iter().map(|(id, _, r)| (id, r, false)).collect();
    fn entry<'a, 'r>(
        latest: &'a mut [(u128, &'r Record, bool)],
        id: Uuid,
    ) -> Option<&'a mut (u128, &'r Record, bool)> {
        let k = latest.binary_search_by_key(&id.as_u128(), |e| e.0).ok()?;
        latest.get_mut(k)
    }
    for slot in all.iter_mut() {
        if let Some((_, record, placed)) = entry(&mut latest, slot.id) {
            *slot = (*record).clone();
            *placed = true;
        }
    }
    for record in changed {
        if let Some((_, latest, placed)) = entry(&mut latest, record.id) {
            if !*placed {
                all.push((*latest).clone());
                *placed = true;
            }
        }
    }
}

/// One stored record: the envelope and its body, written as one flat object (the
/// envelope's fields, then `kind` and `payload`).
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub id: Uuid,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The device that last wrote it.
    pub device: String,
    /// Tombstone: a deleted record stays, so a restore cannot bring it back.
    pub deleted: bool,
    pub schema: u32,
    /// Indexed area key (never personal data).
    pub area: Option<Uuid>,
    pub body: Body,
}

impl Serialize for Record {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(9))?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("updated_at", &self.updated_at)?;
        map.serialize_entry("device", &self.device)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.serialize_entry("schema", &self.schema)?;
        map.serialize_entry("area", &self.area)?;
        map.serialize_entry("kind", self.body.kind())?;
        self.body.serialize_payload(&mut map)?;
        map.end()
    }
}

impl Record {
    /// A new record written now on `device`. Its id is time-ordered (UUID v7 from
    /// `now`), so records sorted by id stand in the order they were written: of two KB
    /// entries with the same start date, the one written later is the current one.
    pub fn new(body: Body, device: &str, now: DateTime<Utc>) -> Record {
        let seconds = u64::try_from(now.timestamp()).unwrap_or(0);
        let stamp = Timestamp::from_unix(NoContext, seconds, now.timestamp_subsec_nanos());
        Record {
            id: Uuid::new_v7(stamp),
            created_at: now,
            updated_at: now,
            device: device.to_owned(),
            deleted: false,
            schema: SCHEMA_VERSION,
            area: body.area_key(),
            body,
        }
    }

    /// The same record with a new body, as written now on `device`: live again if it
    /// had been deleted (a dose or a day's weighing written anew keeps its fixed id).
    pub fn edited(&self, body: Body, device: &str, now: DateTime<Utc>) -> Record {
        Record {
            updated_at: now.max(self.updated_at),
            device: device.to_owned(),
            deleted: false,
            area: body.area_key(),
            body,
            ..self.clone()
        }
    }

    /// The tombstone that replaces it.
    pub fn deleted(&self, device: &str, now: DateTime<Utc>) -> Record {
        Record {
            updated_at: now.max(self.updated_at),
            device: device.to_owned(),
            deleted: true,
            ..self.clone()
        }
    }
}
