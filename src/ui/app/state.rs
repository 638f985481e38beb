//! App-wide state: the records in memory (the register is small), the language, the
//! banner message, and the one database handle. Saving goes through `AppState::save`,
//! so every write is reported the same way.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::{Local, NaiveDate, Utc};
use leptos::prelude::*;
use leptos::task::spawn_local;
use uuid::Uuid;

use crate::domain::core::calendar::Month;
use crate::domain::core::record::{upsert, Body, Record};
use crate::domain::core::register::Register;
use crate::domain::kb::status::FourTRules;
use crate::i18n::{Lang, Texts};
use crate::route::Route;
use crate::store::persist::Persistence;
use crate::store::{Db, StoreError};

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

/// A message in the banner at the top of the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Info(String),
    Error(String),
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub records: RwSignal<Vec<Record>>,
    /// The register the screens read: rebuilt on load, then changed by each save
    /// (`Register::apply`), never compared whole.
    pub register: RwSignal<Register>,
    pub loaded: RwSignal<bool>,
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
}

impl AppState {
    pub fn new(lang: Lang, device: String, route: Route) -> AppState {
        AppState {
            records: RwSignal::new(Vec::<Record>::new()),
            register: RwSignal::new(Register::default()),
            loaded: RwSignal::new(false),
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
        }
    }

    pub fn texts(&self) -> &'static Texts {
        self.lang.get_untracked().texts()
    }

    pub fn device(&self) -> String {
        self.device.get_value()
    }

    pub fn store_error(&self, error: &StoreError) {
        let t = self.texts();
        let text = match error {
            StoreError::Unavailable(_) => t.common.store_unavailable,
            StoreError::QuotaExceeded => t.common.store_full,
            StoreError::Blocked => t.common.store_blocked,
            StoreError::Codec(_) | StoreError::Failed(_) => t.common.store_failed,
        };
        self.notice.set(Some(Notice::Error(text.to_owned())));
    }

    /// Writes `changed` in one transaction, then updates the screen and calls `done`.
    /// On failure the form keeps what was typed and the banner says why.
    pub fn save(self, changed: Vec<Record>, done: impl FnOnce() + 'static) {
        spawn_local(async move {
            let written = match db() {
                Ok(db) => db.put_all(&changed).await,
                Err(e) => Err(e),
            };
            match written {
                Ok(()) => {
                    self.records.update(|all| upsert(all, &changed));
                    self.records.with_untracked(|all| {
                        self.register.update(|r| r.apply(&changed, all));
                    });
                    self.notice
                        .set(Some(Notice::Info(self.texts().common.saved.to_owned())));
                    done();
                }
                Err(error) => self.store_error(&error),
            }
        });
    }

    /// The stored record with this id, if any.
    pub fn find(&self, id: Uuid) -> Option<Record> {
        self.records
            .with_untracked(|all| all.iter().find(|r| r.id == id).cloned())
    }

    /// `body` as an edit of the record `id` when it exists, else as a new record.
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

    pub fn record_for(&self, id: Option<Uuid>, body: Body) -> Record {
        match id.and_then(|id| self.find(id)) {
            Some(old) => old.edited(body, &self.device(), now()),
            None => Record::new(body, &self.device(), now()),
        }
    }

    /// Reloads every record from the database (after an import); returns how many
    /// could not be read and the ids still stored in clear under an open key.
    pub async fn reload(self) -> Result<(usize, Vec<Uuid>), StoreError> {
        let loaded = db()?.load().await?;
        self.register.set(Register::from_records(&loaded.records));
        self.records.set(loaded.records);
        self.loaded.set(true);
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
