//! Pengaturan: the cadre's profile, the language, and the state of storage.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::core::fields::Problems;
use crate::domain::core::profile::{Profile, Region, Role};
use crate::i18n::Lang;
use crate::store::persist::Persistence;
use crate::store::settings;
use crate::ui::app::state::{use_app, Notice};
use crate::ui::settings::areas::Areas;
use crate::ui::widgets::fields::{ChoiceField, TextField};

#[component]
pub fn Settings() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let saved = settings::profile();
    let name = RwSignal::new(saved.name);
    let role = RwSignal::new(saved.role);
    let province = RwSignal::new(saved.region.province);
    let regency = RwSignal::new(saved.region.regency);
    let district = RwSignal::new(saved.region.district);
    let puskesmas = RwSignal::new(saved.region.puskesmas);
    let no_problems = RwSignal::new(Problems::new());
    let save_profile = move |ev: SubmitEvent| {
        ev.prevent_default();
        let text = |value: RwSignal<String>| value.get_untracked().trim().to_owned();
        let profile = Profile {
            name: text(name),
            role: role.get_untracked(),
            region: Region {
                province: text(province),
                regency: text(regency),
                district: text(district),
                puskesmas: text(puskesmas),
            },
        };
        match settings::save_profile(&profile) {
            Ok(()) => app
                .notice
                .set(Some(Notice::Info(t.common.saved.to_owned()))),
            Err(error) => app.store_error(&error),
        }
    };
    let pick_language = move |ev: leptos::ev::Event| {
        let chosen = Lang::from_code(&event_target_value(&ev));
        if let Err(error) = settings::save_language(chosen.code()) {
            app.store_error(&error);
        }
        app.lang.set(chosen);
    };
    let storage_state = move || match app.persistence.get() {
        Some(Persistence::Granted) => t.settings.persist_granted,
        Some(Persistence::Denied) => t.settings.persist_denied,
        Some(Persistence::Unsupported) => t.settings.persist_unsupported,
        None => t.common.loading,
    };
    view! {
        <h1 class="page-title">{t.common.settings}</h1>
        <form class="card" on:submit=save_profile data-testid="profile-form">
            <h2>{t.settings.profile}</h2>
            <TextField label=t.settings.cadre_name field="cadre_name" value=name problems=no_problems lang=lang/>
            <ChoiceField label=t.settings.role field="role" options=&Role::ALL value=role lang=lang/>
            <h3>{t.settings.region_title}</h3>
            <TextField label=t.settings.province field="province" value=province problems=no_problems lang=lang/>
            <TextField label=t.settings.regency field="regency" value=regency problems=no_problems lang=lang/>
            <TextField label=t.settings.district field="district" value=district problems=no_problems lang=lang/>
            <TextField label=t.settings.puskesmas field="puskesmas" value=puskesmas problems=no_problems lang=lang/>
            <button type="submit" class="primary" data-testid="save-profile">{t.common.save}</button>
        </form>
        // The working area comes right after the cadre: everything else hangs on it.
        <Areas/>
        <section class="card">
            <h2>{t.settings.language}</h2>
            <select data-testid="language" aria-label=t.settings.language on:change=pick_language prop:value=lang.code()>
                <option value="id">"Bahasa Indonesia"</option>
                <option value="en">"English"</option>
            </select>
        </section>
        <section class="card">
            <h2>{t.settings.storage}</h2>
            <p data-testid="persistence">{storage_state}</p>
        </section>
    }
}
