//! Form controls with their label, hint and the Indonesian message of the field's
//! problem right under the input. Every control has a `data-testid` for the e2e tests.

use leptos::prelude::*;
use uuid::Uuid;
use wasm_bindgen::JsCast;

use crate::domain::core::fields::{Problems, YesNo};
use crate::i18n::{self, Lang, Named};

/// Shows a form's problems and puts the cursor in the first field that has one, so on
/// a phone the cadre sees what to correct without scrolling to find it.
pub fn show_problems(problems: RwSignal<Problems>, found: Problems) {
    problems.set(found);
    // After the re-render has marked the fields.
    set_timeout(
        || {
            let first = document()
                .query_selector(".invalid input, .invalid select")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(field) = first {
                let _ = field.focus();
            }
        },
        std::time::Duration::ZERO,
    );
}

/// The message for `field`, if the last parse found a problem there.
pub fn field_error(
    problems: RwSignal<Problems>,
    field: &'static str,
    lang: Lang,
) -> Option<String> {
    problems.with(|all| {
        all.iter()
            .find(|(f, _)| *f == field)
            .map(|(_, p)| i18n::problem(lang, *p))
    })
}

#[component]
pub fn TextField(
    label: &'static str,
    field: &'static str,
    value: RwSignal<String>,
    problems: RwSignal<Problems>,
    lang: Lang,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
) -> impl IntoView {
    let input_id = format!("f-{field}");
    let error_id = format!("e-{field}");
    let error = move || field_error(problems, field, lang);
    view! {
        <div class="field" class:invalid=move || error().is_some()>
            <label for=input_id.clone()>{label}</label>
            <input
                id=input_id
                type=kind
                inputmode=inputmode
                data-testid=field
                aria-invalid=move || if error().is_some() { "true" } else { "false" }
                aria-describedby=error_id.clone()
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
            {hint.map(|h| view! { <p class="hint">{h}</p> })}
            <p class="error" id=error_id role="alert">{error}</p>
        </div>
    }
}

/// A select with an empty first choice and its message under it; `options` are
/// (value, text), `selected` the value shown, `pick` gets the value chosen.
/// `none` names the empty choice ("— pilih —", or "Semua" in a filter).
fn select_field(
    (label, field, lang): (&'static str, &'static str, Lang),
    none: &'static str,
    options: Vec<(String, String)>,
    selected: impl Fn() -> String + Send + Sync + 'static,
    pick: impl Fn(String) + 'static,
    problems: Option<RwSignal<Problems>>,
) -> impl IntoView {
    let input_id = format!("f-{field}");
    let error_id = format!("e-{field}");
    let error = move || problems.and_then(|p| field_error(p, field, lang));
    view! {
        <div class="field" class:invalid=move || error().is_some()>
            <label for=input_id.clone()>{label}</label>
            <select
                id=input_id
                data-testid=field
                aria-describedby=error_id.clone()
                prop:value=selected
                on:change=move |ev| pick(event_target_value(&ev))
            >
                <option value="">{none}</option>
                {options
                    .into_iter()
                    .map(|(value, text)| view! { <option value=value>{text}</option> })
                    .collect_view()}
            </select>
            <p class="error" id=error_id role="alert">{error}</p>
        </div>
    }
}

/// A choice from a fixed list, shown in the cadre's language; empty allowed.
#[component]
pub fn ChoiceField<T>(
    label: &'static str,
    field: &'static str,
    options: &'static [T],
    value: RwSignal<Option<T>>,
    lang: Lang,
    #[prop(optional)] problems: Option<RwSignal<Problems>>,
) -> impl IntoView
where
    T: Named + Copy + PartialEq + Send + Sync + 'static,
{
    let selected = move || {
        value
            .get()
            .and_then(|v| options.iter().position(|o| *o == v))
            .map_or(String::new(), |i| i.to_string())
    };
    let pick = move |text: String| {
        let index = text.parse::<usize>().ok();
        value.set(index.and_then(|i| options.get(i).copied()));
    };
    let choices = options
        .iter()
        .enumerate()
        .map(|(i, o)| (i.to_string(), o.name(lang).to_owned()))
        .collect();
    select_field(
        (label, field, lang),
        lang.texts().common.choose,
        choices,
        selected,
        pick,
        problems,
    )
}

/// A choice among records (an RT, a posyandu, a mother), by id; empty allowed.
#[component]
pub fn IdSelect(
    label: &'static str,
    field: &'static str,
    options: Vec<(Uuid, String)>,
    value: RwSignal<Option<Uuid>>,
    lang: Lang,
    #[prop(optional)] problems: Option<RwSignal<Problems>>,
    /// The empty choice's words, when not "— pilih —".
    #[prop(optional)]
    none: Option<&'static str>,
) -> impl IntoView {
    let selected = move || value.get().map(|id| id.to_string()).unwrap_or_default();
    let pick = move |text: String| value.set(Uuid::parse_str(&text).ok());
    let choices = options
        .into_iter()
        .map(|(id, name)| (id.to_string(), name))
        .collect();
    let none = none.unwrap_or(lang.texts().common.choose);
    select_field(
        (label, field, lang),
        none,
        choices,
        selected,
        pick,
        problems,
    )
}

/// The answers of a yes-or-no question, for `ChoiceField`.
pub const YES_NO: [YesNo; 2] = [YesNo::Yes, YesNo::No];

/// A yes/no tick.
#[component]
pub fn CheckField(
    label: &'static str,
    field: &'static str,
    value: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <label class="check">
            <input
                type="checkbox"
                data-testid=field
                prop:checked=move || value.get()
                on:change=move |ev| value.set(event_target_checked(&ev))
            />
            <span>{label}</span>
        </label>
    }
}

/// A month picker (`YYYY-MM`).
#[component]
pub fn MonthField(label: &'static str, month: RwSignal<String>) -> impl IntoView {
    view! {
        <div class="field">
            <label for="f-period-month">{label}</label>
            <input id="f-period-month" type="month" data-testid="period-month" prop:value=move || month.get()
                on:input=move |ev| month.set(event_target_value(&ev))/>
        </div>
    }
}

/// The month and posyandu a report or poster is for (posyandu empty = all of them).
#[component]
pub fn PeriodFields(
    month_label: &'static str,
    month: RwSignal<String>,
    posyandu: RwSignal<Option<Uuid>>,
    options: Vec<(Uuid, String)>,
    lang: Lang,
) -> impl IntoView {
    let t = lang.texts();
    view! {
        <MonthField label=month_label month=month/>
        <div class="field">
            <label for="f-period-posyandu">{t.common.posyandu}</label>
            <select id="f-period-posyandu" data-testid="period-posyandu"
                on:change=move |ev| posyandu.set(Uuid::parse_str(&event_target_value(&ev)).ok())>
                <option value="">{t.common.all_posyandu}</option>
                {options.into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
            </select>
        </div>
    }
}
