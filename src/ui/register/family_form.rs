//! Add or edit a family.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::core::area::AreaLevel;
use crate::domain::core::family::{HouseCondition, Latrine, WaterSource};
use crate::domain::core::fields::Problems;
use crate::domain::core::forms::FamilyForm;
use crate::domain::core::record::Body;
use crate::route::Route;
use crate::ui::app::state::use_app;
use crate::ui::widgets::fields::{show_problems, ChoiceField, IdSelect, TextField, YES_NO};

const WATER: [WaterSource; 9] = [
    WaterSource::Piped,
    WaterSource::Borehole,
    WaterSource::ProtectedWell,
    WaterSource::UnprotectedWell,
    WaterSource::Spring,
    WaterSource::Rain,
    WaterSource::Bottled,
    WaterSource::River,
    WaterSource::Other,
];
const LATRINE: [Latrine; 3] = [Latrine::Own, Latrine::Shared, Latrine::None];
const HOUSE: [HouseCondition; 2] = [HouseCondition::Fit, HouseCondition::Unfit];

#[component]
pub fn FamilyForm(family_id: Option<Uuid>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let start = family_id
        .and_then(|id| {
            app.register
                .with_untracked(|r| r.family(id).map(FamilyForm::from_family))
        })
        .unwrap_or_default();
    let map_spot = start.map_spot;
    let kk_number = RwSignal::new(start.kk_number);
    let address = RwSignal::new(start.address);
    let rt_id = RwSignal::new(start.rt_id);
    let water = RwSignal::new(start.water);
    let latrine = RwSignal::new(start.latrine);
    let septic_tank = RwSignal::new(start.septic_tank);
    let house = RwSignal::new(start.house);
    let welfare_decile = RwSignal::new(start.welfare_decile);
    let problems = RwSignal::new(Problems::new());
    let opened = StoredValue::new(app.opened(family_id));
    let rts = app.register.with_untracked(|r| {
        r.areas_at(AreaLevel::Rt)
            .map(|(id, _)| (*id, r.area_label(*id).unwrap_or_default()))
            .collect::<Vec<_>>()
    });

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let form = FamilyForm {
            kk_number: kk_number.get_untracked(),
            address: address.get_untracked(),
            rt_id: rt_id.get_untracked(),
            water: water.get_untracked(),
            latrine: latrine.get_untracked(),
            septic_tank: septic_tank.get_untracked(),
            house: house.get_untracked(),
            welfare_decile: welfare_decile.get_untracked(),
            map_spot,
        };
        match form.parse() {
            Err(found) => show_problems(problems, found),
            Ok(family) => {
                problems.set(Problems::new());
                let record = app.record_for(family_id, Body::Family(family));
                let id = record.id;
                // A new family goes straight to adding its first member.
                let next = if family_id.is_some() {
                    Route::Family(id)
                } else {
                    Route::NewMember(id)
                };
                app.save_opened(opened.get_value(), vec![record], move || app.go(next));
            }
        }
    };
    let cancel_href = family_id.map_or(Route::Families, Route::Family).href();
    view! {
        <form class="card" on:submit=submit novalidate data-testid="family-form">
            <h1>{if family_id.is_some() { t.register.edit_family } else { t.common.add_family }}</h1>
            <TextField label=t.register.kk_number field="kk_number" value=kk_number problems=problems lang=lang hint=t.register.kk_hint inputmode="numeric"/>
            <TextField label=t.common.address field="address" value=address problems=problems lang=lang/>
            <IdSelect label=t.register.rt field="rt" options=rts value=rt_id lang=lang/>
            <ChoiceField label=t.register.water field="water" options=&WATER value=water lang=lang/>
            <ChoiceField label=t.register.latrine field="latrine" options=&LATRINE value=latrine lang=lang/>
            <ChoiceField label=t.register.septic_tank field="septic_tank" options=&YES_NO value=septic_tank lang=lang/>
            <ChoiceField label=t.register.house field="house" options=&HOUSE value=house lang=lang/>
            <TextField label=t.register.welfare_decile field="welfare_decile" value=welfare_decile problems=problems lang=lang hint=t.register.welfare_decile_hint inputmode="numeric"/>
            <Show when=move || problems.with(|p| !p.is_empty())>
                <p class="error summary" role="alert">{t.common.check_marked_fields}</p>
            </Show>
            <div class="row">
                <button type="submit" class="primary" data-testid="save">{t.common.save}</button>
                <a class="button" href=cancel_href>{t.common.cancel}</a>
            </div>
        </form>
    }
}
