//! The app frame: header, banner, the current screen, and the bottom bar.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::Lang;
use crate::route::Route;
use crate::store::{keys, persist, settings as saved, Db, StoreError, DB_NAME};
use crate::ui::app::lock::{self, LockScreen};
use crate::ui::app::state::{db, set_db, AppState, Notice};
use crate::ui::app::{home, not_found};
use crate::ui::group::activities;
use crate::ui::kb::{family_map, report as kb_report};
use crate::ui::kecamatan::page as kecamatan;
use crate::ui::posyandu::{child_list, child_page, posters, report, weighing_day};
use crate::ui::register::{family_form, family_list, family_page, person_form};
use crate::ui::settings::{backup, four_t, page as settings, security, sync};
use crate::ui::tpk::{target_list, target_page};

fn current_route() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::parse(&hash)
}

/// How long opening the database may take before the cadre is told why it waits: an
/// open tab of an older version blocks the upgrade until it is closed.
const OPEN_PATIENCE: Duration = Duration::from_secs(6);

/// Opens the database, loads the records (sealing any left in clear since the PIN
/// was set) and asks for persistent storage.
fn start(app: AppState) {
    set_timeout(
        move || {
            // Still opening: another tab holds the old version. Once open, a village's
            // records may take longer than this to read, and the screen counts them.
            if !app.loaded.get_untracked() && db().is_err() {
                app.store_error(&StoreError::Blocked);
            }
        },
        OPEN_PATIENCE,
    );
    spawn_local(async move {
        let loaded = match Db::open(DB_NAME).await {
            Ok(db) => {
                set_db(db);
                app.reload().await
            }
            Err(error) => Err(error),
        };
        // The screens show even when storage failed: the banner says what to do.
        app.loaded.set(true);
        match loaded {
            Ok((0, clear)) => lock::seal_remaining(app, clear).await,
            Ok((unreadable, _)) => {
                let text = (app.texts().common.unreadable_records)(unreadable);
                app.notice.set(Some(Notice::Error(text)));
            }
            Err(error) => app.store_error(&error),
        }
        // Versions set aside by merges are kept 90 days; a failed prune tries again at
        // the next start and loses nothing.
        if let Ok(db) = db() {
            let _ = db.prune_history(chrono::Utc::now()).await;
        }
        app.persistence.set(Some(persist::request().await));
    });
}

#[component]
pub fn App() -> impl IntoView {
    let lang = saved::language().map_or(Lang::Id, |code| Lang::from_code(&code));
    let app = AppState::new(lang, saved::device_id(), current_route());
    provide_context(app);
    let on_hash = window_event_listener_untyped("hashchange", move |_| {
        app.route.set(current_route());
        app.notice.set(None);
        // A new screen opens at its top, not where the last one was scrolled to.
        window().scroll_to_with_x_and_y(0.0, 0.0);
    });
    let on_update = window_event_listener_untyped("bakti-update-ready", move |_| {
        app.update_ready.set(true);
    });
    // The worker may have announced the update before the app was listening.
    let announced = js_sys::Reflect::get(&window(), &"baktiUpdateReady".into())
        .is_ok_and(|flag| flag.is_truthy());
    app.update_ready.set(announced);
    on_cleanup(move || {
        on_hash.remove();
        on_update.remove();
    });
    app.has_pin.set(saved::key_wrap().is_some());
    app.locked
        .set(app.has_pin.get_untracked() && keys::data_key().is_none());
    if !app.locked.get_untracked() {
        start(app);
    }
    lock::watch_background(app);
    app.follow_other_tabs();
    sync::sync_automatically(app);
    let unlocked = Callback::new(move |()| {
        app.locked.set(false);
        start(app);
    });
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", app.lang.get().code());
        }
    });

    view! {
        <Show when=move || !app.locked.get() fallback=move || view! { <LockScreen on_unlock=unlocked/> }>
        <div class="app">
            <Header/>
            <UpdateBanner/>
            <NoticeBanner/>
            <main id="main">
                {move || {
                    let _ = app.lang.get();
                    let route = app.route.get();
                    if app.loaded.get() { screen(route) } else { loading() }
                }}
            </main>
            <BottomBar/>
        </div>
        </Show>
    }
}

/// "Memuat data…" and, for a village's worth of records, how far reading has come.
fn loading() -> AnyView {
    let app = expect_context::<AppState>();
    let t = app.texts();
    view! {
        <div class="loading" role="status">
            <p>{t.common.loading}</p>
            {move || app.load_progress.get().map(|(done, total)| view! {
                <progress data-testid="load-progress" max=total value=done></progress>
                <p class="meta">{(t.common.records_read)(done, total)}</p>
            })}
        </div>
    }
    .into_any()
}

fn screen(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <home::Home/> }.into_any(),
        Route::Families => view! { <family_list::Families/> }.into_any(),
        Route::NewFamily => view! { <family_form::FamilyForm family_id=None/> }.into_any(),
        Route::EditFamily(id) => view! { <family_form::FamilyForm family_id=Some(id)/> }.into_any(),
        Route::Family(id) => view! { <family_page::FamilyPage family_id=id/> }.into_any(),
        Route::NewMember(f) => {
            view! { <person_form::PersonForm family_id=f person_id=None/> }.into_any()
        }
        Route::EditMember(f, p) => {
            view! { <person_form::PersonForm family_id=f person_id=Some(p)/> }.into_any()
        }
        Route::Settings => view! {
            <settings::Settings/>
            <security::Security/>
            <backup::Backup/>
            <sync::Sync/>
            <four_t::FourTSettings/>
        }
        .into_any(),
        Route::Children => view! { <child_list::Children/> }.into_any(),
        Route::NewChild => view! { <child_list::NewChild/> }.into_any(),
        Route::Child(id) => view! { <child_page::ChildPage child_id=id/> }.into_any(),
        Route::Weighing(id) => view! { <weighing_day::WeighingDay posyandu_id=id/> }.into_any(),
        Route::Reports => view! { <report::Reports/> }.into_any(),
        Route::Posters => view! { <posters::Posters/> }.into_any(),
        Route::KbReport => view! { <kb_report::KbReportPage/> }.into_any(),
        Route::FamilyMap => view! { <family_map::FamilyMap/> }.into_any(),
        Route::Activities => view! { <activities::Activities/> }.into_any(),
        Route::Kecamatan => view! { <kecamatan::KecamatanPage/> }.into_any(),
        Route::Accompaniment => view! { <target_list::Accompaniment/> }.into_any(),
        Route::Accompany(id) => view! { <target_page::Accompany person_id=id/> }.into_any(),
        Route::NotFound => view! { <not_found::NotFound/> }.into_any(),
    }
}

#[component]
fn Header() -> impl IntoView {
    let app = expect_context::<AppState>();
    view! {
        <header class="top">
            <a class="brand" href=Route::Home.href()>{move || app.lang.get().texts().common.app_name}</a>
            <Show when=move || app.has_pin.get()>
                <button type="button" class="lock-now" data-testid="lock-now" on:click=|_| lock::lock_now()>
                    {move || app.lang.get().texts().security.lock_now}
                </button>
            </Show>
            <a
                class="settings-link"
                href=Route::Settings.href()
                data-testid="nav-settings"
                aria-label=move || app.lang.get().texts().common.settings
            >
                "⚙"
            </a>
        </header>
    }
}

#[component]
fn UpdateBanner() -> impl IntoView {
    let app = expect_context::<AppState>();
    let apply = move |_| {
        if let Ok(event) = web_sys::Event::new("bakti-update-apply") {
            let _ = window().dispatch_event(&event);
        }
    };
    view! {
        <Show when=move || app.update_ready.get()>
            <div class="banner update" role="status" data-testid="update-banner">
                <span>{move || app.lang.get().texts().common.update_ready}</span>
                <button on:click=apply>{move || app.lang.get().texts().common.reload}</button>
            </div>
        </Show>
    }
}

/// How long "Tersimpan." and other good news stay; errors stay until closed.
const INFO_SHOWN: Duration = Duration::from_secs(8);

#[component]
fn NoticeBanner() -> impl IntoView {
    let app = expect_context::<AppState>();
    // Each notice shown gets a number: a timer clears only the notice it was set for,
    // never a later one with the same words ("Tersimpan." twice in a row).
    let shown_count = StoredValue::new(0u64);
    Effect::new(move |_| {
        let notice = app.notice.get();
        shown_count.update_value(|n| *n += 1);
        let this_one = shown_count.get_value();
        if matches!(notice, Some(Notice::Info(_))) {
            set_timeout(
                move || {
                    if shown_count.get_value() == this_one {
                        app.notice.set(None);
                    }
                },
                INFO_SHOWN,
            );
        }
    });
    move || {
        app.notice.get().map(|notice| {
            let (class, text) = match notice {
                Notice::Info(text) | Notice::Lasting(text) => ("banner info", text),
                Notice::Error(text) => ("banner error", text),
            };
            view! {
                <div class=class role="status" data-testid="notice">
                    <span>{text}</span>
                    <button class="close" aria-label="×" on:click=move |_| app.notice.set(None)>
                        "×"
                    </button>
                </div>
            }
        })
    }
}

#[component]
fn BottomBar() -> impl IntoView {
    let app = expect_context::<AppState>();
    let item = move |route: Route,
                     testid: &'static str,
                     icon: &'static str,
                     label: fn(Lang) -> &'static str| {
        view! {
            <a
                href=route.href()
                class:active=move || app.route.get().section() == route
                aria-current=move || (app.route.get().section() == route).then_some("page")
                data-testid=testid
            >
                <span class="icon" aria-hidden="true">{icon}</span>
                <span>{move || label(app.lang.get())}</span>
            </a>
        }
    };
    view! {
        <nav class="bottom" aria-label="Menu">
            {item(Route::Home, "nav-home", "⌂", |l| l.texts().common.nav_home)}
            {item(Route::Children, "nav-children", "◔", |l| l.texts().common.nav_children)}
            {item(Route::Families, "nav-families", "☷", |l| l.texts().common.nav_families)}
            {item(Route::Accompaniment, "nav-accompaniment", "♡", |l| l.texts().common.nav_accompaniment)}
            {item(Route::Reports, "nav-reports", "▤", |l| l.texts().common.nav_reports)}
        </nav>
    }
}
