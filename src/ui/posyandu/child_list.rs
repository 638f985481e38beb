//! Anak: the balita of a posyandu, the way into a weighing day, and quick registration
//! of a child whose family is completed later.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::core::area::AreaLevel;
use crate::domain::core::fields::{Problems, YesNo};
use crate::domain::core::forms::{FamilyForm, PersonForm};
use crate::domain::core::person::{Person, Relation};
use crate::domain::core::record::Body;
use crate::domain::core::register::can_be_mother;
use crate::growth::{Age, Sex};
use crate::i18n::{format_date, Named};
use crate::route::Route;
use crate::ui::app::state::{today, use_app};
use crate::ui::widgets::fields::{show_problems, ChoiceField, IdSelect, TextField, YES_NO};
use crate::ui::widgets::long_list::{first_page_on_change, SearchField, ShowMore, PAGE};
use crate::ui::widgets::person_picker::PersonPicker;
use crate::ui::widgets::referral_flag::ReferralFlag;

const SEXES: [Sex; 2] = [Sex::Male, Sex::Female];

/// The posyandu list of the area, by name.
pub fn posyandu_options(app: &crate::ui::app::state::AppState) -> Vec<(Uuid, String)> {
    app.register.with_untracked(|r| {
        r.areas_at(AreaLevel::Posyandu)
            .map(|(id, a)| (*id, a.name.clone()))
            .collect()
    })
}

#[component]
pub fn Children() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let options = posyandu_options(&app);
    let posyandu = RwSignal::new(options.first().map(|(id, _)| *id));
    let query = RwSignal::new(String::new());
    let shown = RwSignal::new(PAGE);
    // Read by several views: computed once per change.
    let rows = Memo::new(move |_| {
        let Some(p) = posyandu.get() else {
            return Vec::new();
        };
        let day = today();
        let wanted = query.get().trim().to_lowercase();
        app.register.with(|r| {
            r.children_at(p, day)
                .into_iter()
                .filter(|(_, child)| {
                    wanted.is_empty() || child.name.to_lowercase().contains(&wanted)
                })
                .map(|(id, child)| {
                    let months =
                        Age::between(child.birth_date, day).map_or(0, Age::completed_months);
                    let last = r
                        .measurements_of(id)
                        .last()
                        .map(|(_, m)| format_date(m.date, lang))
                        .unwrap_or_else(|| t.posyandu.no_weighings.to_owned());
                    let line = format!(
                        "{} · {} · {}",
                        child.sex.name(lang),
                        (t.posyandu.age_months)(months),
                        last
                    );
                    (id, child.name.clone(), line)
                })
                .collect::<Vec<_>>()
        })
    });
    first_page_on_change(shown, move || {
        posyandu.track();
        query.track();
    });
    view! {
        <section class="card">
            <h1>{t.posyandu.children_title}</h1>
            {if options.is_empty() {
                view! { <p class="warning">{t.posyandu.no_posyandu}</p> }.into_any()
            } else {
                view! { <IdSelect label=t.common.posyandu field="posyandu" options=options.clone() value=posyandu lang=lang/> }.into_any()
            }}
            <div class="row">
                {move || posyandu.get().map(|p| view! {
                    <a class="button primary" href=Route::Weighing(p).href() data-testid="start-weighing">{t.posyandu.start_weighing}</a>
                })}
                <a class="button" href=Route::NewChild.href() data-testid="add-child">{t.posyandu.add_child}</a>
            </div>
            <SearchField query=query placeholder=t.common.type_a_name testid="child-search"/>
        </section>
        <ul class="list" data-testid="child-list">
            {move || rows.with(|rows| rows.iter().take(shown.get()).cloned().map(|(id, name, line)| view! {
                <li><a href=Route::Child(id).href() data-testid="child-row"><strong>{name}</strong><span class="meta">{line}</span><ReferralFlag child_id=id/></a></li>
            }).collect_view())}
        </ul>
        <ShowMore total=Signal::derive(move || rows.with(Vec::len)) shown=shown testid="more-children"/>
        {move || (posyandu.get().is_some() && rows.with(Vec::is_empty)).then(|| {
            let text = if query.with(|q| q.trim().is_empty()) { t.posyandu.no_children } else { t.register.no_results };
            view! { <p class="empty">{text}</p> }
        })}
    }
}

/// Registers a child in seconds during a posyandu day: a family with just the address
/// is made on the fly and completed later in Keluarga.
#[component]
pub fn NewChild() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let options = posyandu_options(&app);
    let name = RwSignal::new(String::new());
    let sex = RwSignal::new(None::<Sex>);
    let birth_date = RwSignal::new(String::new());
    let posyandu = RwSignal::new(options.first().map(|(id, _)| *id));
    let address = RwSignal::new(String::new());
    let birth_weight = RwSignal::new(String::new());
    let kia_book = RwSignal::new(None::<YesNo>);
    let birth_length = RwSignal::new(String::new());
    let problems = RwSignal::new(Problems::new());
    // A mother already registered takes the child into her family; otherwise a family
    // is started from the address, to be completed later in Keluarga.
    let mother = RwSignal::new(None::<Uuid>);
    let women: Vec<Uuid> = app.register.with_untracked(|r| {
        r.people
            .iter()
            .filter(|(_, p)| can_be_mother(p, today()))
            .map(|(id, _)| *id)
            .collect()
    });
    let mothers_family = move || {
        let id = mother.get()?;
        app.register.with(|r| {
            let family = r.person(id)?.family_id;
            Some((
                id,
                family,
                r.family_name(family).unwrap_or_default().to_owned(),
            ))
        })
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let child_form = PersonForm {
            name: name.get_untracked(),
            sex: sex.get_untracked(),
            birth_date: birth_date.get_untracked(),
            relation: Some(Relation::Child),
            posyandu_id: posyandu.get_untracked(),
            birth_weight_kg: birth_weight.get_untracked(),
            kia_book: kia_book.get_untracked(),
            birth_length_cm: birth_length.get_untracked(),
            ..PersonForm::default()
        };
        if let Some((mother_id, family_id, _)) = mothers_family() {
            match child_form.parse(family_id, today()) {
                Ok(child) => {
                    problems.set(Problems::new());
                    let child = Person {
                        mother_id: Some(mother_id),
                        ..child
                    };
                    let record = app.record_for(None, Body::Person(child));
                    let child_id = record.id;
                    app.save(vec![record], move || app.go(Route::Child(child_id)));
                }
                Err(found) => show_problems(problems, found),
            }
            return;
        }
        let family_form = FamilyForm {
            address: address.get_untracked(),
            ..FamilyForm::default()
        };
        let family = family_form.parse();
        let family_record = family
            .as_ref()
            .ok()
            .map(|f| app.record_for(None, Body::Family(f.clone())));
        let family_id = family_record.as_ref().map_or(Uuid::nil(), |r| r.id);
        let child = child_form.parse(family_id, today());
        match (family_record, child) {
            (Some(family_record), Ok(child)) => {
                problems.set(Problems::new());
                let child_record = app.record_for(None, Body::Person(child));
                let child_id = child_record.id;
                app.save(vec![family_record, child_record], move || {
                    app.go(Route::Child(child_id))
                });
            }
            (_, child) => {
                let mut found = child.err().unwrap_or_default();
                found.extend(family.err().unwrap_or_default());
                show_problems(problems, found);
            }
        }
    };
    view! {
        <form class="card" on:submit=submit novalidate data-testid="child-form">
            <h1>{t.posyandu.add_child}</h1>
            <TextField label=t.common.full_name field="name" value=name problems=problems lang=lang/>
            <ChoiceField label=t.common.sex field="sex" options=&SEXES value=sex lang=lang problems=problems/>
            <TextField label=t.common.birth_date field="birth_date" value=birth_date problems=problems lang=lang kind="date"/>
            <IdSelect label=t.common.posyandu field="posyandu" options=options value=posyandu lang=lang/>
            <PersonPicker label=t.posyandu.child_mother field="child_mother" people=women value=mother lang=lang/>
            {move || match mothers_family() {
                Some((_, _, family)) => view! {
                    <p class="hint" data-testid="joins-family">{(t.posyandu.joins_family)(&family)}</p>
                }.into_any(),
                None => view! {
                    <TextField label=t.common.address field="address" value=address problems=problems lang=lang hint=t.posyandu.quick_family_note/>
                }.into_any(),
            }}
            <TextField label=t.common.birth_weight field="birth_weight_kg" value=birth_weight problems=problems lang=lang inputmode="decimal"/>
            <ChoiceField label=t.common.kia_book field="kia_book" options=&YES_NO value=kia_book lang=lang/>
            <TextField label=t.common.birth_length field="birth_length_cm" value=birth_length problems=problems lang=lang inputmode="decimal"/>
            <Show when=move || problems.with(|p| !p.is_empty())>
                <p class="error summary" role="alert">{t.common.check_marked_fields}</p>
            </Show>
            <div class="row">
                <button type="submit" class="primary" data-testid="save">{t.common.save}</button>
                <a class="button" href=Route::Children.href()>{t.common.cancel}</a>
            </div>
        </form>
    }
}
