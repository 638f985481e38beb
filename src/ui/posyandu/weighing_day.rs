//! Hari penimbangan: the posyandu's children for a date, who is done, and for each child
//! the weighing form, the result at once, and "Anak berikutnya" without going back.

use crate::domain::core::calendar::{iso_date, parse_iso_date};
use chrono::{Datelike, NaiveDate};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use uuid::Uuid;
use wasm_bindgen::JsCast;

use crate::domain::core::fields::{decimal_text, Problems};
use crate::domain::core::record::Body;
use crate::domain::posyandu::immunisation::{to_give, DoseGiven, Vaccine};
use crate::domain::posyandu::measurement::{Measurement, MeasurementForm};
use crate::domain::posyandu::review::review;
use crate::growth::{Age, Position};
use crate::indicators::posyandu::immunisation::doses_due;
use crate::indicators::posyandu::weighing_day::{
    day_children, summarise, DayChild, DayStatus, DaySummary,
};
use crate::route::Route;
use crate::ui::app::state::{today, use_app};
use crate::ui::posyandu::immunisation_card::state_words;
use crate::ui::posyandu::weighing_result::ReviewPanel;
use crate::ui::widgets::fields::{show_problems, CheckField, ChoiceField, TextField};

const POSITIONS: [Position; 2] = [Position::Lying, Position::Standing];

fn parse_day(text: &str) -> NaiveDate {
    parse_iso_date(text).unwrap_or_else(today)
}

/// Brings an element to the top of the screen once it has rendered.
fn scroll_to(selector: &'static str) {
    set_timeout(
        move || {
            if let Ok(Some(element)) = document().query_selector(selector) {
                element.scroll_into_view();
            }
        },
        std::time::Duration::ZERO,
    );
}

/// Brings the weighing form to the top and puts the cursor in BB, the first thing
/// measured, so the number pad opens at once.
fn scroll_to_panel() {
    scroll_to("[data-testid=measurement-panel]");
    set_timeout(
        || {
            let weight = document()
                .query_selector("[data-testid=weight_kg]")
                .ok()
                .flatten();
            if let Some(input) = weight.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = input.focus();
            }
        },
        std::time::Duration::ZERO,
    );
}

#[component]
pub fn WeighingDay(posyandu_id: Uuid) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let date = RwSignal::new(iso_date(today()));
    let search = RwSignal::new(String::new());
    let selected = RwSignal::new(None::<Uuid>);
    let name = app
        .register
        .with_untracked(|r| r.area(posyandu_id).map(|a| a.name.clone()))
        .unwrap_or_default();
    // Read by several views: computed once per change.
    let children = Memo::new(move |_| {
        let day = parse_day(&date.get());
        app.register.with(|r| day_children(r, posyandu_id, day))
    });
    let finished = RwSignal::new(false);
    let shown = move || {
        let needle = search.get().trim().to_lowercase();
        children
            .get()
            .into_iter()
            .filter(|c| needle.is_empty() || c.name.to_lowercase().contains(&needle))
            .collect::<Vec<_>>()
    };
    // The day so far: how many weighed, and how many to refer or measure again.
    let progress = move || {
        let all = children.get();
        let count = |s: DayStatus| all.iter().filter(|c| c.status == s).count();
        let done = all.len() - count(DayStatus::NotYet);
        let mut text = (t.posyandu.weighed_count)(done, all.len());
        for (n, words) in [
            (count(DayStatus::Refer), t.posyandu.day_to_refer),
            (count(DayStatus::Remeasure), t.posyandu.day_to_remeasure),
        ] {
            if n > 0 {
                text.push_str(&format!(" · {n} {words}"));
            }
        }
        text
    };
    let next_child = move || {
        let all = children.get();
        let after = selected
            .get_untracked()
            .and_then(|s| all.iter().position(|c| c.id == s))
            .map_or(0, |i| i + 1);
        let pending =
            |c: &&DayChild| c.status == DayStatus::NotYet && Some(c.id) != selected.get_untracked();
        let next = all
            .get(after..)
            .unwrap_or_default()
            .iter()
            .find(pending)
            .or_else(|| all.iter().find(pending))
            .map(|c| c.id);
        selected.set(next);
        search.set(String::new());
        scroll_to_panel();
    };
    view! {
        <section class="card">
            <h1>{t.posyandu.start_weighing} " · " {name}</h1>
            <div class="field">
                <label for="f-day">{t.posyandu.weighing_date}</label>
                <input id="f-day" type="date" data-testid="weighing-date" prop:value=move || date.get()
                    on:input=move |ev| { date.set(event_target_value(&ev)); selected.set(None); }/>
            </div>
            <p data-testid="progress">{progress}</p>
            <input type="search" class="search" data-testid="child-search" aria-label=t.common.search_placeholder
                placeholder=t.common.full_name prop:value=move || search.get() on:input=move |ev| search.set(event_target_value(&ev))/>
        </section>
        <DosesDueCard posyandu_id=posyandu_id date=date/>
        {move || selected.get().map(|child_id| view! {
            <MeasurementPanel child_id=child_id posyandu_id=posyandu_id day=parse_day(&date.get_untracked()) on_next=next_child/>
        })}
        <ul class="list" data-testid="weighing-list">
            // Keyed by what a row shows: a save redraws the one row it changed, not the
            // posyandu's hundreds.
            <For each=shown key=|c| (c.id, c.name.clone(), c.months, c.status) let(DayChild { id, name, months, status, .. })>
                {
                    let (mark, class) = match status {
                        DayStatus::NotYet => (t.posyandu.not_yet.to_owned(), "status"),
                        DayStatus::Fine => (format!("✓ {}", t.posyandu.day_fine), "status"),
                        DayStatus::Refer => (format!("⚠ {}", t.posyandu.refer), "status warn"),
                        DayStatus::Remeasure => (format!("⚠ {}", t.posyandu.remeasure_title), "status warn"),
                    };
                    view! {
                        <li>
                            <button type="button" class="row-button" class:done=status != DayStatus::NotYet class:current=move || selected.get() == Some(id)
                                data-testid="weighing-row" on:click=move |_| { selected.set(Some(id)); scroll_to_panel(); }>
                                <strong>{name}</strong>
                                <span class="meta">{(t.posyandu.age_months)(months)}</span>
                                <span class=class data-testid="weighing-status">{mark}</span>
                            </button>
                        </li>
                    }
                }
            </For>
        </ul>
        <div class="actions">
            <button type="button" class="primary" data-testid="finish-day"
                on:click=move |_| { finished.set(true); selected.set(None); scroll_to("[data-testid=day-summary]"); }>
                {t.posyandu.finish_day}
            </button>
            <a class="button" href=Route::Children.href()>{lang.texts().common.nav_children}</a>
        </div>
        <Show when=move || finished.get()>
            <DaySummaryCard summary=Signal::derive(move || summarise(&children.get()))/>
        </Show>
    }
}

/// The children with a dose due or overdue on the day, and which.
#[component]
fn DosesDueCard(posyandu_id: Uuid, date: RwSignal<String>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    // A memo: a save that changes no dose due leaves the card as it is.
    let due = Memo::new(move |_| {
        let day = parse_day(&date.get());
        app.register.with(|r| {
            doses_due(r, posyandu_id, day)
                .into_iter()
                .map(|d| {
                    let doses: Vec<String> = d
                        .doses
                        .iter()
                        .map(|(dose, state)| {
                            format!("{} ({})", dose.code, state_words(*state, lang).0)
                        })
                        .collect();
                    (d.name, doses.join(", "))
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        {move || {
            let list = due.get();
            (!list.is_empty()).then(|| view! {
                <details class="card" data-testid="doses-due">
                    <summary>{t.posyandu.doses_due_title} " (" {list.len()} ")"</summary>
                    <ul>
                        {list.into_iter().map(|(name, doses)| view! { <li><strong>{name}</strong> ": " {doses}</li> }).collect_view()}
                    </ul>
                </details>
            })
        }}
    }
}

/// The day's summary with the names to act on, read out before packing up.
#[component]
fn DaySummaryCard(summary: Signal<DaySummary>) -> impl IntoView {
    let t = use_app().texts();
    let names = |title: &'static str, testid: &'static str, list: Vec<String>| {
        (!list.is_empty()).then(|| view! {
            <h3>{title} " (" {list.len()} ")"</h3>
            <ul data-testid=testid>{list.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
        })
    };
    view! {
        <section class="card summary" data-testid="day-summary">
            <h2>{t.posyandu.day_summary}</h2>
            {move || {
                let s = summary.get();
                view! {
                    <p><strong>{(t.posyandu.summary_weighed)(s.weighed, s.children)}</strong></p>
                    <dl class="facts">
                        <dt>{t.posyandu.summary_gained}</dt><dd>{s.gained}</dd>
                        <dt>{t.posyandu.summary_not_gained}</dt><dd>{s.not_gained}</dd>
                        <dt>{t.posyandu.summary_bgm}</dt><dd>{s.below_red_line}</dd>
                    </dl>
                    {names(t.posyandu.refer, "summary-refer", s.to_refer)}
                    {names(t.posyandu.remeasure_title, "summary-remeasure", s.to_remeasure)}
                    // Often most of the posyandu's children: behind a tap, the count in sight.
                    {(!s.not_weighed.is_empty()).then(|| view! {
                        <details>
                            <summary>{t.posyandu.summary_not_weighed} " (" {s.not_weighed.len()} ")"</summary>
                            <ul data-testid="summary-not-weighed">
                                {s.not_weighed.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}
                            </ul>
                        </details>
                    })}
                }
            }}
        </section>
    }
}

/// The weighing form of one child for one date; after saving, the result and the way on.
#[component]
fn MeasurementPanel(
    child_id: Uuid,
    posyandu_id: Uuid,
    day: NaiveDate,
    on_next: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let Some(child) = app.register.with_untracked(|r| r.person(child_id).cloned()) else {
        return view! { <p class="empty">{t.common.not_found}</p> }.into_any();
    };
    let existing = app.register.with_untracked(|r| {
        r.measurements_of(child_id)
            .find(|(_, m)| m.date == day)
            .map(|(id, m)| (*id, m.clone()))
    });
    let age = Age::between(child.birth_date, day);
    let under_six_months = age.is_some_and(|a| a.months() < 6.0);
    let vitamin_a_month = matches!(day.month(), 2 | 8);
    let default_position = if age.is_some_and(|a| a.in_days() < 731) {
        Position::Lying
    } else {
        Position::Standing
    };
    let text = |v: Option<f64>| v.map(decimal_text).unwrap_or_default();
    let old = existing.as_ref().map(|(_, m)| m.clone());
    let weight = RwSignal::new(text(old.as_ref().and_then(|m| m.weight_kg)));
    let lenhei = RwSignal::new(text(old.as_ref().and_then(|m| m.lenhei_cm)));
    let position = RwSignal::new(
        old.as_ref()
            .and_then(|m| m.position)
            .or(Some(default_position)),
    );
    let arm = RwSignal::new(text(old.as_ref().and_then(|m| m.arm_cm)));
    let head = RwSignal::new(text(old.as_ref().and_then(|m| m.head_cm)));
    let oedema = RwSignal::new(old.as_ref().is_some_and(|m| m.oedema));
    let vitamin_a = RwSignal::new(old.as_ref().is_some_and(|m| m.vitamin_a));
    let exclusive = RwSignal::new(
        old.as_ref()
            .and_then(|m| m.exclusive_breastfeeding)
            .unwrap_or(false),
    );
    let immunisations = RwSignal::new(
        old.as_ref()
            .map(|m| m.immunisations.clone())
            .unwrap_or_default(),
    );
    let pmt = RwSignal::new(old.as_ref().is_some_and(|m| m.pmt));
    // The doses due or overdue on this day, offered as ticks; the ticked ones are
    // written with the weighing.
    let due_now: Vec<Vaccine> = app.register.with_untracked(|r| {
        to_give(child.birth_date, &r.doses_of(child_id), day)
            .into_iter()
            .map(|(d, _)| d.vaccine)
            .collect()
    });
    let given_now = RwSignal::new(Vec::<Vaccine>::new());
    let note = RwSignal::new(old.as_ref().map(|m| m.note.clone()).unwrap_or_default());
    let confirmed = RwSignal::new(old.as_ref().is_some_and(|m| m.implausible_confirmed));
    let problems = RwSignal::new(Problems::new());
    let implausible = RwSignal::new(Vec::<String>::new());
    let saved = RwSignal::new(None::<(Uuid, Measurement)>);
    // The child's weighing of this day: the one shown, or the id a new one will have
    // on every tab, recorded as absent so a weighing saved meanwhile elsewhere is not
    // silently replaced.
    let record_id = existing.map_or_else(|| Measurement::day_id(child_id, day), |(id, _)| id);
    let opened = StoredValue::new(app.opened([record_id]));
    let child_stored = StoredValue::new(child.clone());

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let form = MeasurementForm {
            date: iso_date(day),
            weight_kg: weight.get_untracked(),
            lenhei_cm: lenhei.get_untracked(),
            position: position.get_untracked(),
            arm_cm: arm.get_untracked(),
            head_cm: head.get_untracked(),
            oedema: oedema.get_untracked(),
            vitamin_a: vitamin_a.get_untracked(),
            exclusive_breastfeeding: under_six_months.then(|| exclusive.get_untracked()),
            immunisations: immunisations.get_untracked(),
            pmt: pmt.get_untracked(),
            note: note.get_untracked(),
            implausible_confirmed: confirmed.get_untracked(),
        };
        let child = child_stored.get_value();
        let measurement = match form.parse(child_id, child.birth_date, Some(posyandu_id), today()) {
            Err(found) => {
                show_problems(problems, found);
                return;
            }
            Ok(m) => m,
        };
        problems.set(Problems::new());
        let history: Vec<Measurement> = app.register.with_untracked(|r| {
            r.measurements_of(child_id)
                .map(|(_, m)| m.clone())
                .collect()
        });
        let refs: Vec<&Measurement> = history.iter().collect();
        let flagged = review(&child, &refs, &measurement)
            .map(|r| r.implausible())
            .unwrap_or_default();
        if !flagged.is_empty() && !measurement.implausible_confirmed {
            implausible.set(
                flagged
                    .iter()
                    .map(|i| i.short_name(true).to_owned())
                    .collect(),
            );
            return;
        }
        implausible.set(Vec::new());
        let record = app.record_for(Some(record_id), Body::Measurement(measurement.clone()));
        let record_id = record.id;
        let mut records = vec![record];
        records.extend(given_now.get_untracked().into_iter().map(|vaccine| {
            let dose = DoseGiven {
                child_id,
                vaccine,
                given_on: day,
            };
            app.record_for(Some(DoseGiven::id_of(child_id, vaccine)), Body::Dose(dose))
        }));
        app.save_opened(opened.get_value(), records, move || {
            saved.set(Some((record_id, measurement)))
        });
    };
    let child_name = child.name.clone();
    view! {
        <section class="card weighing" data-testid="measurement-panel">
            <h2><a href=Route::Child(child_id).href()>{child_name}</a></h2>
            <Show when=move || saved.get().is_none()>
                <form on:submit=submit novalidate data-testid="measurement-form">
                    <TextField label=t.posyandu.weight field="weight_kg" value=weight problems=problems lang=lang inputmode="decimal"/>
                    <TextField label=t.posyandu.lenhei field="lenhei_cm" value=lenhei problems=problems lang=lang inputmode="decimal"/>
                    <ChoiceField label=t.posyandu.position field="position" options=&POSITIONS value=position lang=lang/>
                    <TextField label=t.posyandu.arm field="arm_cm" value=arm problems=problems lang=lang inputmode="decimal"/>
                    <TextField label=t.posyandu.head field="head_cm" value=head problems=problems lang=lang inputmode="decimal"/>
                    <CheckField label=t.posyandu.oedema field="oedema" value=oedema/>
                    {vitamin_a_month.then(|| view! { <CheckField label=t.posyandu.vitamin_a field="vitamin_a" value=vitamin_a/> })}
                    {under_six_months.then(|| view! { <CheckField label=t.posyandu.exclusive_bf field="exclusive_bf" value=exclusive/> })}
                    {(!due_now.is_empty()).then(|| view! {
                        <fieldset class="doses-today" data-testid="give-doses">
                            <legend>{t.posyandu.give_today}</legend>
                            {due_now.iter().map(|&vaccine| view! {
                                <label class="check">
                                    <input type="checkbox" data-testid=format!("give-{vaccine:?}").to_lowercase()
                                        prop:checked=move || given_now.with(|g| g.contains(&vaccine))
                                        on:change=move |ev| given_now.update(|g| {
                                            g.retain(|v| *v != vaccine);
                                            if event_target_checked(&ev) {
                                                g.push(vaccine);
                                            }
                                        })/>
                                    <span>{vaccine.code()}</span>
                                </label>
                            }).collect_view()}
                        </fieldset>
                    })}
                    <TextField label=t.posyandu.immunisations field="immunisations" value=immunisations problems=problems lang=lang/>
                    <CheckField label=t.posyandu.pmt field="pmt" value=pmt/>
                    <TextField label=t.common.note field="note" value=note problems=problems lang=lang/>
                    {move || (!implausible.get().is_empty()).then(|| view! {
                        <div class="warning" role="alert" data-testid="implausible">
                            <p>{(t.posyandu.implausible)(&implausible.get().join(", "))}</p>
                            <CheckField label=t.posyandu.confirm_implausible field="confirm_implausible" value=confirmed/>
                        </div>
                    })}
                    <div class="row">
                        <button type="submit" class="primary" data-testid="save-measurement">{t.common.save}</button>
                    </div>
                </form>
            </Show>
            {move || saved.get().map(|(record_id, m)| view! {
                <ReviewPanel child_id=child_id measurement=m record_id=record_id
                    on_change=Callback::new(move |updated| saved.set(Some((record_id, updated))))/>
                <button type="button" class="primary next" data-testid="next-child" on:click=move |_| on_next()>
                    {t.posyandu.next_child} " →"
                </button>
            })}
        </section>
    }
    .into_any()
}
