//! App-wide state: the records in memory (the register is small), the language, the
//! banner message, and the one database handle. Saving goes through `AppState::save`,
//! so every write is reported the same way.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use chrono::{Local, NaiveDate, Utc};
use leptos::prelude::*;
use leptos::task::spawn_local;
use uuid::Uuid;

use crate::domain::core::calendar::Month;
use crate::domain::core::merge::Undo;
use crate::domain::core::record::{Body, Record};
use crate::domain::core::record_list::RecordList;
use crate::domain::core::register::Register;
use crate::domain::kb::status::FourTRules;
use crate::i18n::{Lang, Texts};
use crate::route::Route;
use crate::store::persist::Persistence;
use crate::store::tabs::{self, Changed};
use crate::store::{Db, StoreError};
use crate::ui::app::snapshot;

thread_local! {
    // The database handle is a browser object (not Send): kept here, not in a signal.
    static DB: RefCell<Option<Rc<Db>>> = const { RefCell::new(None) };
}

pub fn set_db(db: Db) {
    DB.with(|slot| *slot.borrow_mut() = Some(Rc::new(db)));
}

pub fn db() -> Result<Rc<Db>, StoreError> {
    DB.with(|slot| slot.borrow().clone())
        .ok_or_else(|| StoreError::Unavailable("IndexedDB".into()))
}

/// A message shown as a toast over the top of the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Good news; fades after a few seconds.
    Info(String),
    /// Work under way, or steps to follow: stays until replaced or closed.
    Lasting(String),
    Error(String),
}

/// The versions of the records a form showed when it opened (`None`: the record did not
/// exist yet): its save is refused when another tab has changed, created or deleted one
/// of them since (`domain/core/stale.rs`).
#[derive(Debug, Clone, Default)]
pub struct Opened(HashMap<Uuid, Option<chrono::DateTime<Utc>>>);

#[derive(Clone, Copy)]
pub struct AppState {
    pub records: RwSignal<RecordList>,
    /// The register the screens read: rebuilt on load, then changed by each save
    /// (`Register::apply`), never compared whole.
    pub register: RwSignal<Register>,
    pub loaded: RwSignal<bool>,
    /// How many times the records were read whole (a snapshot being written from an
    /// earlier reading gives up).
    pub reloads: StoredValue<u32>,
    /// Records read of all stored, while a village's records load.
    pub load_progress: RwSignal<Option<(usize, usize)>>,
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    pub notice: RwSignal<Option<Notice>>,
    pub persistence: RwSignal<Option<Persistence>>,
    pub update_ready: RwSignal<bool>,
    pub device: StoredValue<String>,
    /// The 4T thresholds in use (Pengaturan).
    pub four_t: RwSignal<FourTRules>,
    /// A PIN is set on this phone (its data is sealed).
    pub has_pin: RwSignal<bool>,
    /// The PIN screen shows instead of the app until the PIN opens the data key.
    pub locked: RwSignal<bool>,
    /// Beranda's "set a PIN" card was skipped for this visit (it asks again next time).
    pub pin_skipped: RwSignal<bool>,
    /// How to take back the last backup merge, while the app stays open.
    pub last_merge: RwSignal<Option<Undo>>,
}

impl AppState {
    pub fn new(lang: Lang, device: String, route: Route) -> AppState {
        AppState {
            records: RwSignal::new(RecordList::default()),
            register: RwSignal::new(Register::default()),
            loaded: RwSignal::new(false),
            reloads: StoredValue::new(0),
            load_progress: RwSignal::new(None),
            lang: RwSignal::new(lang),
            route: RwSignal::new(route),
            notice: RwSignal::new(None),
            persistence: RwSignal::new(None),
            update_ready: RwSignal::new(false),
            device: StoredValue::new(device),
            four_t: RwSignal::new(crate::store::settings::four_t_rules()),
            has_pin: RwSignal::new(false),
            locked: RwSignal::new(false),
            pin_skipped: RwSignal::new(false),
            last_merge: RwSignal::new(None),
        }
    }

    pub fn texts(&self) -> &'static Texts {
        self.lang.get_untracked().texts()
    }

    pub fn device(&self) -> String {
        self.device.get_value()
    }

    pub fn store_error(&self, error: &StoreError) {
        self.notice
            .set(Some(Notice::Error(self.store_error_text(error))));
    }

    /// What the banner says of a storage error.
    pub fn store_error_text(&self, error: &StoreError) -> String {
        let t = self.texts();
        let text = match error {
            StoreError::Unavailable(_) => t.common.store_unavailable,
            StoreError::QuotaExceeded => t.common.store_full,
            StoreError::Blocked => t.common.store_blocked,
            StoreError::Stale => t.common.store_stale,
            StoreError::CannotOpen(_) => t.common.store_cannot_open,
            StoreError::Codec(_) | StoreError::Failed(_) => t.common.store_failed,
        };
        text.to_owned()
    }

    /// Writes `changed` in one transaction, then updates the screen and calls `done`.
    /// Each record must still be stored as this tab holds it (or be new): a change made
    /// meanwhile in another tab refuses the write. On failure the form keeps what was
    /// typed and the banner says why.
    pub fn save(self, changed: Vec<Record>, done: impl FnOnce() + 'static) {
        self.save_opened(Opened::default(), changed, done);
    }

    /// As `save`, checking the records `opened` against the versions the form showed.
    pub fn save_opened(self, opened: Opened, changed: Vec<Record>, done: impl FnOnce() + 'static) {
        let expected: HashMap<Uuid, chrono::DateTime<Utc>> = self.records.with_untracked(|all| {
            changed
                .iter()
                .filter_map(|record| match opened.0.get(&record.id) {
                    Some(shown) => shown.map(|at| (record.id, at)),
                    None => all.find(record.id).map(|held| (record.id, held.updated_at)),
                })
                .collect()
        });
        spawn_local(async move {
            let written = match db() {
                Ok(db) => db.put_edits(&changed, &expected).await,
                Err(e) => Err(e),
            };
            match written {
                Ok(()) => {
                    self.apply(&changed);
                    tabs::announce(&changed.iter().map(|r| r.id).collect::<Vec<_>>());
                    self.notice
                        .set(Some(Notice::Info(self.texts().common.saved.to_owned())));
                    done();
                }
                Err(error) => self.store_error(&error),
            }
        });
    }

    /// Puts written records in memory and in the register the screens read.
    pub fn apply(&self, changed: &[Record]) {
        self.records.update(|all| all.upsert(changed));
        self.records.with_untracked(|all| {
            self.register.update(|r| r.apply(changed, all));
        });
    }

    /// The versions of `ids` as this tab holds them now (or their absence), for a form
    /// that opens them.
    pub fn opened(&self, ids: impl IntoIterator<Item = Uuid>) -> Opened {
        self.records.with_untracked(|all| {
            Opened(
                ids.into_iter()
                    .map(|id| (id, all.find(id).map(|r| r.updated_at)))
                    .collect(),
            )
        })
    }

    /// Reads what another tab wrote, so every open tab shows the same data.
    pub fn follow_other_tabs(self) {
        tabs::listen(move |changed| {
            if !self.loaded.get_untracked() || self.locked.get_untracked() {
                return;
            }
            spawn_local(async move {
                let read = match changed {
                    Changed::Everything => self.reload().await.map(|_| ()),
                    Changed::Records(ids) => match db() {
                        Ok(db) => db.get_many(&ids).await.map(|records| self.apply(&records)),
                        Err(error) => Err(error),
                    },
                };
                if let Err(error) = read {
                    self.store_error(&error);
                }
            });
        });
    }

    /// The stored record with this id, if any.
    pub fn find(&self, id: Uuid) -> Option<Record> {
        self.records.with_untracked(|all| all.find(id).cloned())
    }

    /// Deletes a record (a tombstone, so a restore cannot bring it back) once the
    /// cadre confirms "Yakin hapus `label`?".
    pub fn delete_confirmed(self, id: Uuid, label: &str) {
        if !crate::ui::widgets::confirm::confirm(&(self.texts().common.confirm_delete)(label)) {
            return;
        }
        if let Some(tombstone) = self.find(id).map(|r| r.deleted(&self.device(), now())) {
            self.save(vec![tombstone], || {});
        }
    }

    /// A person's birth date (the earliest date a form may give for them).
    pub fn birth_date(&self, person: Uuid) -> NaiveDate {
        self.register
            .with_untracked(|r| r.person(person).map(|p| p.birth_date))
            .unwrap_or_default()
    }

    /// `body` as an edit of the record `id` when it exists, else as a new record; a
    /// given id not held here makes a new record with that id (a weighing's day id).
    pub fn record_for(&self, id: Option<Uuid>, body: Body) -> Record {
        match id.map(|id| (id, self.find(id))) {
            Some((_, Some(old))) => old.edited(body, &self.device(), now()),
            Some((id, None)) => Record {
                id,
                ..Record::new(body, &self.device(), now())
            },
            None => Record::new(body, &self.device(), now()),
        }
    }

    /// Reloads every record from the database (after an import); returns how many
    /// could not be read and the ids still stored in clear under an open key.
    pub async fn reload(self) -> Result<(usize, Vec<Uuid>), StoreError> {
        let loaded = db()?
            .load_reporting(|done, total| self.load_progress.set(Some((done, total))))
            .await?;
        self.load_progress.set(None);
        self.register.set(Register::from_records(&loaded.records));
        self.reloads.update_value(|n| *n += 1);
        if loaded.snapshot_due && loaded.unreadable == 0 && loaded.clear.is_empty() {
            snapshot::write_later(db()?, self.records, self.reloads, loaded.log_end);
        }
        self.records.set(RecordList::new(loaded.records));
        // Setting it again would rebuild the open screen and lose what it shows.
        if !self.loaded.get_untracked() {
            self.loaded.set(true);
        }
        Ok((loaded.unreadable, loaded.clear))
    }

    pub fn go(&self, route: Route) {
        if let Some(window) = web_sys::window() {
            // Setting the hash fires `hashchange`, which updates `route`.
            let _ = window.location().set_hash(&route.href());
        }
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// The month of a month input (`2026-11`), this month when empty or unreadable.
/// A month input's text, starting at this month.
pub fn this_month_text() -> RwSignal<String> {
    RwSignal::new(Month::of(today()).iso())
}

pub fn month_or_now(text: &str) -> Month {
    Month::parse(text).unwrap_or_else(|| Month::of(today()))
}

pub fn today() -> NaiveDate {
    Local::now().date_naive()
}

pub fn now() -> chrono::DateTime<Utc> {
    Utc::now()
}
