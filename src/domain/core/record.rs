//! The envelope every stored record carries (docs/ARCHITECTURE.md "Records"): enough to merge
//! backups and, later, to sync, without a new format.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
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

/// What a record holds; the `kind` and `payload` fields of the stored object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "payload", rename_all = "snake_case")]
pub enum Body {
    Area(Area),
    Family(Family),
    Person(Person),
    Measurement(Measurement),
    KbStatus(KbStatus),
    Supply(SupplyEntry),
    Pregnancy(Pregnancy),
    Catin(Catin),
    Visit(Visit),
    Activity(Activity),
    Cash(CashEntry),
    Dose(DoseGiven),
    ReferralBack(ReferralBack),
    Anc(AncContact),
}

impl Body {
    pub fn kind(&self) -> &'static str {
        match self {
            Body::Area(_) => "area",
            Body::Family(_) => "family",
            Body::Person(_) => "person",
            Body::Measurement(_) => "measurement",
            Body::KbStatus(_) => "kb_status",
            Body::Supply(_) => "supply",
            Body::Pregnancy(_) => "pregnancy",
            Body::Catin(_) => "catin",
            Body::Dose(_) => "dose",
            Body::ReferralBack(_) => "referral_back",
            Body::Anc(_) => "anc",
            Body::Visit(_) => "visit",
            Body::Activity(_) => "activity",
            Body::Cash(_) => "cash",
        }
    }

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
/// pass over `all` however many changed (a sync brings thousands at once).
pub fn upsert(all: &mut Vec<Record>, changed: &[Record]) {
    let mut pending: std::collections::HashMap<Uuid, &Record> =
        changed.iter().map(|r| (r.id, r)).collect();
    for slot in all.iter_mut() {
        if let Some(record) = pending.remove(&slot.id) {
            *slot = record.clone();
        }
    }
    // The rest are new: added in the order given, each once.
    for record in changed {
        if pending.remove(&record.id).is_some() {
            all.push(record.clone());
        }
    }
}

/// One stored record: the envelope and its body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub id: Uuid,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The device that last wrote it.
    pub device: String,
    /// Tombstone: a deleted record stays, so a restore cannot bring it back.
    #[serde(default)]
    pub deleted: bool,
    pub schema: u32,
    /// Indexed area key (never personal data).
    #[serde(default)]
    pub area: Option<Uuid>,
    #[serde(flatten)]
    pub body: Body,
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
