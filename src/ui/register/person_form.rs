//! Add or edit a family member, with the duplicate-NIK warning.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::core::area::AreaLevel;
use crate::domain::core::calendar::parse_iso_date;
use crate::domain::core::fields::Problems;
use crate::domain::core::forms::{duplicate_nik, PersonForm as Form};
use crate::domain::core::person::{Education, MaritalStatus, Relation};
use crate::domain::core::record::Body;
use crate::domain::core::register::can_be_mother;
use crate::domain::kb::status::wife_age_to_confirm;
use crate::growth::Sex;
use crate::route::Route;
use crate::ui::app::state::{now, today, use_app};
use crate::ui::widgets::confirm::confirm;
use crate::ui::widgets::fields::{
    show_problems, CheckField, ChoiceField, IdSelect, TextField, YES_NO,
};

const SEXES: [Sex; 2] = [Sex::Male, Sex::Female];
const RELATIONS: [Relation; 9] = [
    Relation::Head,
    Relation::Wife,
    Relation::Husband,
    Relation::Child,
    Relation::ChildInLaw,
    Relation::Grandchild,
    Relation::Parent,
    Relation::ParentInLaw,
    Relation::Other,
];
const MARITAL: [MaritalStatus; 4] = [
    MaritalStatus::Single,
    MaritalStatus::Married,
    MaritalStatus::Divorced,
    MaritalStatus::Widowed,
];
const EDUCATION: [Education; 6] = [
    Education::None,
    Education::Primary,
    Education::JuniorHigh,
    Education::SeniorHigh,
    Education::Diploma,
    Education::University,
];

/// From this age a child is asked marriage, schooling and job like an adult.
const ADULT_FIELDS_FROM_YEARS: u32 = 10;

#[component]
pub fn PersonForm(family_id: Uuid, person_id: Option<Uuid>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let opened = StoredValue::new(app.opened(person_id));
    let first_member = app
        .register
        .with_untracked(|r| r.members(family_id).next().is_none());
    let start = person_id
        .and_then(|id| {
            app.register
                .with_untracked(|r| r.person(id).map(Form::from_person))
        })
        .unwrap_or_else(|| Form {
            relation: Some(if first_member {
                Relation::Head
            } else {
                Relation::Child
            }),
            ..Form::default()
        });
    let name = RwSignal::new(start.name);
    let nik = RwSignal::new(start.nik);
    let sex = RwSignal::new(start.sex);
    let birth_date = RwSignal::new(start.birth_date);
    let relation = RwSignal::new(start.relation);
    let marital = RwSignal::new(start.marital_status);
    let marriage_age = RwSignal::new(start.age_first_marriage);
    let married_on = RwSignal::new(start.married_on);
    let education = RwSignal::new(start.education);
    let job = RwSignal::new(start.job);
    let mother_id = RwSignal::new(start.mother_id);
    // A new child goes to the village's posyandu when it has only one.
    let only_posyandu = app.register.with_untracked(|r| {
        let mut all = r.areas_at(AreaLevel::Posyandu);
        match (all.next(), all.next()) {
            (Some((id, _)), None) => Some(*id),
            _ => None,
        }
    });
    let posyandu_id = RwSignal::new(start.posyandu_id.or(if person_id.is_none() {
        only_posyandu
    } else {
        None
    }));
    let birth_weight = RwSignal::new(start.birth_weight_kg);
    let birth_length = RwSignal::new(start.birth_length_cm);
    let kia_book = RwSignal::new(start.kia_book);
    let (posyandus, mothers) = app.register.with_untracked(|r| {
        let posyandus: Vec<(Uuid, String)> = r
            .areas_at(AreaLevel::Posyandu)
            .map(|(id, a)| (*id, a.name.clone()))
            .collect();
        let mothers: Vec<(Uuid, String)> = r
            .members(family_id)
            .filter(|(id, p)| Some(*id) != person_id && can_be_mother(p, today()))
            .map(|(id, p)| (*id, p.name.clone()))
            .collect();
        (posyandus, mothers)
    });
    let is_child = move || matches!(relation.get(), Some(Relation::Child | Relation::Grandchild));
    // A young child is not asked marriage, schooling and job; her child data comes first.
    let young_child = move || {
        is_child()
            && parse_iso_date(&birth_date.get()).is_none_or(|born| {
                today()
                    .years_since(born)
                    .is_none_or(|a| a < ADULT_FIELDS_FROM_YEARS)
            })
    };
    let problems = RwSignal::new(Problems::new());
    // A wife outside 15–49 must be confirmed once the form is otherwise valid.
    let age_to_confirm = RwSignal::new(None::<u32>);
    let age_confirmed = RwSignal::new(false);

    let duplicate = move || {
        let typed: String = nik.get().chars().filter(|c| !c.is_whitespace()).collect();
        app.register.with(|r| {
            duplicate_nik(&typed, person_id, r.people.iter().map(|(id, p)| (*id, p)))
                .and_then(|other| r.person(other).map(|p| (t.register.duplicate_nik)(&p.name)))
        })
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let form = Form {
            name: name.get_untracked(),
            nik: nik.get_untracked(),
            sex: sex.get_untracked(),
            birth_date: birth_date.get_untracked(),
            relation: relation.get_untracked(),
            marital_status: marital.get_untracked(),
            age_first_marriage: marriage_age.get_untracked(),
            married_on: married_on.get_untracked(),
            education: education.get_untracked(),
            job: job.get_untracked(),
            mother_id: mother_id.get_untracked(),
            posyandu_id: posyandu_id.get_untracked(),
            birth_weight_kg: birth_weight.get_untracked(),
            birth_length_cm: birth_length.get_untracked(),
            kia_book: kia_book.get_untracked(),
        };
        match form.parse(family_id, today()) {
            Err(found) => show_problems(problems, found),
            Ok(person) => {
                problems.set(Problems::new());
                let unusual = wife_age_to_confirm(
                    person.relation,
                    person.marital_status,
                    person.birth_date,
                    today(),
                );
                age_to_confirm.set(unusual);
                if unusual.is_some() && !age_confirmed.get_untracked() {
                    return;
                }
                let record = app.record_for(person_id, Body::Person(person));
                app.save_opened(opened.get_value(), vec![record], move || {
                    app.go(Route::Family(family_id))
                });
            }
        }
    };
    let remove = move |_| {
        let Some(id) = person_id else { return };
        let Some(record) = app.find(id) else {
            return;
        };
        if confirm(&(t.common.confirm_delete)(&name.get_untracked())) {
            let tombstone = record.deleted(&app.device(), now());
            app.save_opened(opened.get_value(), vec![tombstone], move || {
                app.go(Route::Family(family_id))
            });
        }
    };
    view! {
        <form class="card" on:submit=submit novalidate data-testid="person-form">
            <h1>{if person_id.is_some() { t.register.edit_member } else { t.register.add_member }}</h1>
            <TextField label=t.common.full_name field="name" value=name problems=problems lang=lang/>
            <TextField label=t.register.nik field="nik" value=nik problems=problems lang=lang hint=t.register.nik_hint inputmode="numeric"/>
            {move || duplicate().map(|text| view! { <p class="warning" role="status" data-testid="duplicate-nik">{text}</p> })}
            <ChoiceField label=t.common.sex field="sex" options=&SEXES value=sex lang=lang problems=problems/>
            <TextField label=t.common.birth_date field="birth_date" value=birth_date problems=problems lang=lang kind="date"/>
            <ChoiceField label=t.register.relation field="relation" options=&RELATIONS value=relation lang=lang problems=problems/>
            <Show when=is_child>
                <fieldset class="child-data">
                    <legend>{t.register.child_data}</legend>
                    <IdSelect label=t.common.posyandu field="posyandu" options=posyandus.clone() value=posyandu_id lang=lang/>
                    <IdSelect label=t.common.mother field="mother" options=mothers.clone() value=mother_id lang=lang/>
                    <TextField label=t.common.birth_weight field="birth_weight_kg" value=birth_weight problems=problems lang=lang inputmode="decimal"/>
                    <TextField label=t.common.birth_length field="birth_length_cm" value=birth_length problems=problems lang=lang inputmode="decimal"/>
                    <ChoiceField label=t.common.kia_book field="kia_book" options=&YES_NO value=kia_book lang=lang/>
                </fieldset>
            </Show>
            <Show when=move || !young_child()>
                <ChoiceField label=t.register.marital_status field="marital_status" options=&MARITAL value=marital lang=lang/>
                <TextField label=t.register.age_first_marriage field="age_first_marriage" value=marriage_age problems=problems lang=lang inputmode="numeric"/>
                <TextField label=t.register.married_on field="married_on" value=married_on problems=problems lang=lang kind="date" hint=t.register.married_on_hint/>
                <ChoiceField label=t.register.education field="education" options=&EDUCATION value=education lang=lang/>
                <TextField label=t.register.job field="job" value=job problems=problems lang=lang/>
            </Show>
            <Show when=move || problems.with(|p| !p.is_empty())>
                <p class="error summary" role="alert">{t.common.check_marked_fields}</p>
            </Show>
            {move || age_to_confirm.get().map(|age| view! {
                <div class="warning" role="alert" data-testid="wife-age">
                    <p>{(t.register.wife_age_check)(age)}</p>
                    <CheckField label=t.register.wife_age_confirm field="confirm_wife_age" value=age_confirmed/>
                </div>
            })}
            <div class="row">
                <button type="submit" class="primary" data-testid="save">{t.common.save}</button>
                <a class="button" href=Route::Family(family_id).href()>{t.common.cancel}</a>
                {person_id.map(|_| view! { <button type="button" class="danger" on:click=remove data-testid="delete-person">{t.common.delete}</button> })}
            </div>
        </form>
    }
}
