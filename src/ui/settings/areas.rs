//! The working area: desa/kelurahan, its RWs and RTs, posyandu and Kampung KB.

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::core::area::AreaLevel;
use crate::domain::core::fields::Problems;
use crate::domain::core::forms::AreaForm;
use crate::domain::core::record::{Body, Record};
use crate::i18n::{self, Named};
use crate::ui::app::state::{now, use_app};

#[component]
pub fn Areas() -> impl IntoView {
    let t = use_app().texts();
    view! {
        <section class="card" data-testid="areas">
            <h2>{t.settings.area}</h2>
            <AreaLevelEditor level=AreaLevel::Village/>
            <AreaLevelEditor level=AreaLevel::Rw/>
            <AreaLevelEditor level=AreaLevel::Rt/>
            <AreaLevelEditor level=AreaLevel::Posyandu/>
            <AreaLevelEditor level=AreaLevel::KampungKb/>
        </section>
    }
}

/// The areas of one level, and a line to add one (an RT names its RW).
#[component]
fn AreaLevelEditor(level: AreaLevel) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let slug = format!("{level:?}").to_lowercase();
    let name = RwSignal::new(String::new());
    let parent = RwSignal::new(None::<Uuid>);
    let problems = RwSignal::new(Problems::new());
    let items = move || {
        app.register.with(|r| {
            r.areas_at(level)
                .map(|(id, _)| (*id, r.area_label(*id).unwrap_or_default()))
                .collect::<Vec<_>>()
        })
    };
    let rws = move || {
        app.register.with(|r| {
            r.areas_at(AreaLevel::Rw)
                .map(|(id, a)| (*id, a.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    // The RW picked, or the only RW there is.
    let chosen_rw = move || {
        parent.get().or_else(|| match rws().as_slice() {
            [(only, _)] => Some(*only),
            _ => None,
        })
    };
    // Only one desa/kelurahan; every other level hangs under its parent level.
    let can_add = move || level != AreaLevel::Village || items().is_empty();
    let add = move |_| {
        let parent_id = match level.parent_level() {
            Some(AreaLevel::Rw) => chosen_rw(),
            Some(parent_level) => app
                .register
                .with_untracked(|r| r.areas_at(parent_level).next().map(|(id, _)| *id)),
            None => None,
        };
        match (AreaForm {
            name: name.get_untracked(),
        })
        .parse(level, parent_id)
        {
            Err(found) => problems.set(found),
            Ok(area) => {
                problems.set(Problems::new());
                let record = Record::new(Body::Area(area), &app.device(), now());
                app.save(vec![record], move || name.set(String::new()));
            }
        }
    };
    let remove = move |id: Uuid, label: String| app.delete_confirmed(id, &label);
    let error =
        move || problems.with(|p| p.first().map(|(_, problem)| i18n::problem(lang, *problem)));
    let input_id = format!("area-{slug}");
    view! {
        <div class="area-level">
            <h3>{level.name(lang)}</h3>
            <ul class="chips" data-testid=format!("areas-{slug}")>
                {move || {
                    items()
                        .into_iter()
                        .map(|(id, label)| {
                            let for_remove = label.clone();
                            view! {
                                <li>
                                    <span>{label}</span>
                                    <button type="button" class="link" aria-label=t.common.delete on:click=move |_| remove(id, for_remove.clone())>
                                        "×"
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <Show when=can_add>
                <div class="add-line">
                    <label class="sr-only" for=input_id.clone()>{t.settings.area_name}</label>
                    <input
                        id=input_id.clone()
                        placeholder=t.settings.area_name
                        data-testid=format!("area-name-{slug}")
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                    {(level == AreaLevel::Rt).then(|| view! {
                        <select
                            aria-label=t.settings.parent_rw
                            data-testid="area-parent-rw"
                            prop:value=move || chosen_rw().map(|id| id.to_string()).unwrap_or_default()
                            on:change=move |ev| parent.set(Uuid::parse_str(&event_target_value(&ev)).ok())
                        >
                            <option value="">{t.settings.parent_rw}</option>
                            {move || rws().into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                        </select>
                    })}
                    <button type="button" on:click=add data-testid=format!("area-add-{slug}")>{t.settings.add}</button>
                </div>
                <p class="error" role="alert">{error}</p>
            </Show>
        </div>
    }
}
