//! Pengaturan → the 4T thresholds (docs/domain.md §4.4 lists variants, so they are the
//! cadre's to set); saved on this phone and used at once by the family page and the
//! KB report.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::core::fields::Problems;
use crate::domain::kb::status::FourTForm;
use crate::domain::kb::status::{FourTRules, FOUR_T};
use crate::store::settings;
use crate::ui::app::state::{use_app, Notice};
use crate::ui::widgets::fields::{show_problems, TextField};

#[component]
pub fn FourTSettings() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let start = FourTForm::from_rules(app.four_t.get_untracked());
    let young = RwSignal::new(start.too_young_below);
    let old = RwSignal::new(start.too_old_above);
    let until = RwSignal::new(start.too_old_until);
    let gap = RwSignal::new(start.too_close_below_years);
    let many = RwSignal::new(start.too_many_above);
    let problems = RwSignal::new(Problems::new());
    let keep = move |rules: FourTRules| match settings::save_four_t_rules(&rules) {
        Ok(()) => {
            app.four_t.set(rules);
            app.notice
                .set(Some(Notice::Info(t.settings.four_t_saved.to_owned())));
        }
        Err(error) => app.store_error(&error),
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let form = FourTForm {
            too_young_below: young.get_untracked(),
            too_old_above: old.get_untracked(),
            too_old_until: until.get_untracked(),
            too_close_below_years: gap.get_untracked(),
            too_many_above: many.get_untracked(),
        };
        match form.parse() {
            Err(found) => show_problems(problems, found),
            Ok(rules) => {
                problems.set(Problems::new());
                keep(rules);
            }
        }
    };
    let restore = move |_| {
        let form = FourTForm::from_rules(FOUR_T);
        young.set(form.too_young_below);
        old.set(form.too_old_above);
        until.set(form.too_old_until);
        gap.set(form.too_close_below_years);
        many.set(form.too_many_above);
        problems.set(Problems::new());
        keep(FOUR_T);
    };
    view! {
        <form class="card" on:submit=submit novalidate data-testid="four-t-form">
            <h2>{t.settings.four_t_title}</h2>
            <p class="hint">{t.settings.four_t_help}</p>
            <TextField label=t.settings.too_young_below field="too_young_below" value=young problems=problems lang=lang inputmode="numeric"/>
            <TextField label=t.settings.too_old_above field="too_old_above" value=old problems=problems lang=lang inputmode="numeric"/>
            <TextField label=t.settings.too_old_until field="too_old_until" value=until problems=problems lang=lang inputmode="numeric"/>
            <TextField label=t.settings.too_close_below_years field="too_close_below_years" value=gap problems=problems lang=lang inputmode="numeric"/>
            <TextField label=t.settings.too_many_above field="too_many_above" value=many problems=problems lang=lang inputmode="numeric"/>
            <div class="row">
                <button type="submit" class="primary" data-testid="save-four-t">{t.common.save}</button>
                <button type="button" on:click=restore data-testid="restore-four-t">{t.settings.restore_defaults}</button>
            </div>
        </form>
    }
}
