//! A person chosen by typing part of a name: the matches show name, age and RT, so two
//! women called Siti are told apart, and a village of 8 000 people never fills a long
//! dropdown on a cheap phone.

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::core::fields::Problems;
use crate::i18n::{age, Lang};
use crate::ui::app::state::{today, use_app};
use crate::ui::widgets::fields::field_error;

/// Matches shown at once; typing more narrows them.
const SHOWN: usize = 8;

/// One choice: the id, the name to match (lower case) and the words shown.
type Choice = (Uuid, String, String);

#[component]
pub fn PersonPicker(
    label: &'static str,
    field: &'static str,
    /// The people that may be chosen.
    people: Vec<Uuid>,
    value: RwSignal<Option<Uuid>>,
    lang: Lang,
    #[prop(optional)] problems: Option<RwSignal<Problems>>,
) -> impl IntoView {
    let app = use_app();
    let t = app.texts();
    let day = today();
    let choices: Vec<Choice> = app.register.with_untracked(|r| {
        people
            .iter()
            .filter_map(|id| {
                let p = r.person(*id)?;
                let age = age(p.birth_date, day, lang);
                let place = r
                    .family(p.family_id)
                    .and_then(|f| f.rt_id)
                    .and_then(|rt| r.area_label(rt))
                    .unwrap_or_else(|| "—".to_owned());
                Some((
                    *id,
                    p.name.to_lowercase(),
                    format!("{} · {age} · {place}", p.name),
                ))
            })
            .collect()
    });
    let choices = StoredValue::new(choices);
    let query = RwSignal::new(String::new());
    let matches = move || {
        let needle = query.get().trim().to_lowercase();
        if needle.is_empty() {
            return Vec::new();
        }
        choices.with_value(|all| {
            all.iter()
                .filter(|(_, name, _)| name.contains(&needle))
                .take(SHOWN)
                .map(|(id, _, text)| (*id, text.clone()))
                .collect::<Vec<_>>()
        })
    };
    let chosen = move || {
        let id = value.get()?;
        choices.with_value(|all| {
            all.iter()
                .find(|(i, ..)| *i == id)
                .map(|(.., text)| text.clone())
        })
    };
    let input_id = format!("f-{field}");
    let error_id = format!("e-{field}");
    let error = move || problems.and_then(|p| field_error(p, field, lang));
    view! {
        <div class="field person-picker" class:invalid=move || error().is_some()>
            <label for=input_id.clone()>{label}</label>
            <input
                id=input_id
                type="search"
                autocomplete="off"
                data-testid=field
                aria-describedby=error_id.clone()
                placeholder=t.common.type_a_name
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
            {move || chosen().map(|text| view! {
                <p class="chosen" data-testid=format!("{field}-chosen")>{t.common.chosen} ": " {text}</p>
            })}
            <ul class="picker">
                {move || matches().into_iter().map(|(id, text)| view! {
                    <li>
                        <button type="button" data-testid=format!("{field}-option")
                            on:click=move |_| { value.set(Some(id)); query.set(String::new()); }>
                            {text}
                        </button>
                    </li>
                }).collect_view()}
            </ul>
            <p class="error" id=error_id role="alert">{error}</p>
        </div>
    }
}
