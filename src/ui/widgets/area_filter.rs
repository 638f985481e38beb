//! The RW / RT choice that narrows a list to the families living there (a Sub-PPKBD
//! looks after one RW, a Kelompok KB one RT).

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::core::area::AreaLevel;
use crate::domain::core::register::Register;
use crate::ui::app::state::use_app;
use crate::ui::widgets::fields::IdSelect;

/// Every RW, then every RT, with its label ("RW 02", "RT 03 / RW 02").
fn choices(register: &Register) -> Vec<(Uuid, String)> {
    register
        .areas_at(AreaLevel::Rw)
        .chain(register.areas_at(AreaLevel::Rt))
        .map(|(id, _)| (*id, register.area_label(*id).unwrap_or_default()))
        .collect()
}

/// The choice, drawn only when the desa has RWs or RTs; `field` names it for tests.
#[component]
pub fn AreaFilter(value: RwSignal<Option<Uuid>>, field: &'static str) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let areas = app.register.with_untracked(choices);
    (!areas.is_empty()).then(|| {
        view! {
            <IdSelect label=t.register.area_filter field=field options=areas value=value lang=lang none=t.register.all_areas/>
        }
    })
}
