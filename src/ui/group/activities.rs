//! Kegiatan dan kas: the IMP's activities (meetings with minutes, KIE, counselling,
//! services), counted for the month, and the cash book with its balance.

use crate::domain::core::calendar::iso_date;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::core::calendar::Month;
use crate::domain::core::fields::Problems;
use crate::domain::core::record::Body;
use crate::domain::core::register::Register;
use crate::domain::group::activity::{activity_counts, ActivityForm, ActivityKind};
use crate::domain::group::cash::{balance, can_remove, month_totals, CashForm, CashKind};
use crate::i18n::month_label;
use crate::i18n::{format_date, rupiah, Lang, Named};
use crate::ui::app::state::{today, use_app, Notice};
use crate::ui::widgets::fields::{show_problems, ChoiceField, TextField};

fn iso_today() -> String {
    iso_date(today())
}

/// The month's activities per kind with their participants (also in Laporan KB).
pub fn activity_table(register: &Register, month: Month, lang: Lang) -> impl IntoView {
    let t = lang.texts();
    view! {
        <table class="trend compact" data-testid="activity-counts">
            <thead><tr><th scope="col">{t.group.activity_kind}</th><th scope="col">{t.group.activity_count}</th><th scope="col">{t.group.participants}</th></tr></thead>
            <tbody>
                {activity_counts(&register.activities, month).into_iter().map(|(k, n, people)| view! {
                    <tr><th scope="row">{k.name(lang)}</th><td class="num">{n}</td><td class="num">{people}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn ActivityPanel() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let date = RwSignal::new(iso_today());
    let kind = RwSignal::new(Some(ActivityKind::Meeting));
    let topic = RwSignal::new(String::new());
    let place = RwSignal::new(String::new());
    let participants = RwSignal::new(String::new());
    let notes = RwSignal::new(String::new());
    let problems = RwSignal::new(Problems::new());
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let form = ActivityForm {
            date: date.get_untracked(),
            kind: kind.get_untracked(),
            topic: topic.get_untracked(),
            place: place.get_untracked(),
            participants: participants.get_untracked(),
            notes: notes.get_untracked(),
        };
        match form.parse(today()) {
            Err(found) => show_problems(problems, found),
            Ok(activity) => {
                problems.set(Problems::new());
                let record = app.record_for(None, Body::Activity(activity));
                app.save(vec![record], move || {
                    for field in [topic, place, participants, notes] {
                        field.set(String::new());
                    }
                });
            }
        }
    };
    let month = Month::of(today());
    view! {
        <section class="card">
            <h2>{(t.common.activities_month)(&month_label(month, lang))}</h2>
            {move || app.register.with(|r| activity_table(r, month, lang))}
        </section>
        <form class="card" on:submit=submit novalidate data-testid="activity-form">
            <h2>{t.group.record_activity}</h2>
            <TextField label=t.group.activity_date field="activity_date" value=date problems=problems lang=lang kind="date"/>
            <ChoiceField label=t.group.activity_kind field="activity_kind" options=&ActivityKind::ALL value=kind lang=lang problems=problems/>
            <TextField label=t.group.topic field="topic" value=topic problems=problems lang=lang/>
            <TextField label=t.group.place field="place" value=place problems=problems lang=lang/>
            <TextField label=t.group.participants field="participants" value=participants problems=problems lang=lang inputmode="numeric"/>
            <TextField label=t.group.minutes field="minutes" value=notes problems=problems lang=lang/>
            <button type="submit" class="primary" data-testid="save-activity">{t.common.save}</button>
        </form>
        <section class="card">
            <ul class="list visits" data-testid="activities">
                {move || app.register.with(|r| {
                    if r.activities.is_empty() {
                        return view! { <li class="empty">{t.group.no_activities}</li> }.into_any();
                    }
                    r.activities.iter().take(50).map(|(id, a)| {
                        let (id, topic) = (*id, a.topic.clone());
                        let place_people = [Some(a.place.clone()), a.participants.map(|n| (t.group.people_count)(n))]
                            .into_iter()
                            .flatten()
                            .filter(|p| !p.is_empty())
                            .collect::<Vec<_>>()
                            .join(" · ");
                        view! {
                            <li>
                                <strong>{format!("{} · {}", format_date(a.date, lang), a.kind.name(lang))}</strong>
                                <span>{a.topic.clone()}</span>
                                <span class="meta">{place_people}</span>
                                {(!a.notes.is_empty()).then(|| view! { <span class="meta">{a.notes.clone()}</span> })}
                                <button type="button" class="link" data-testid="delete-activity"
                                    on:click=move |_| app.delete_confirmed(id, &topic)>{t.common.delete}</button>
                            </li>
                        }
                    }).collect_view().into_any()
                })}
            </ul>
        </section>
    }
}

#[component]
fn CashBook() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let date = RwSignal::new(iso_today());
    let kind = RwSignal::new(Some(CashKind::Dues));
    let amount = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    let problems = RwSignal::new(Problems::new());
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let form = CashForm {
            date: date.get_untracked(),
            kind: kind.get_untracked(),
            amount: amount.get_untracked(),
            description: description.get_untracked(),
        };
        match app
            .register
            .with_untracked(|r| form.parse(&r.cash, today()))
        {
            Err(found) => show_problems(problems, found),
            Ok(entry) => {
                problems.set(Problems::new());
                let record = app.record_for(None, Body::Cash(entry));
                app.save(vec![record], move || {
                    amount.set(String::new());
                    description.set(String::new());
                });
            }
        }
    };
    let remove_cash = move |id: Uuid, label: String| match app
        .register
        .with_untracked(|r| can_remove(&r.cash, id))
    {
        Ok(()) => app.delete_confirmed(id, &label),
        Err(_) => app
            .notice
            .set(Some(Notice::Error(t.group.cash_cannot_remove.to_owned()))),
    };
    let month = Month::of(today());
    let summary = Memo::new(move |_| {
        app.register.with(|r| {
            let (cash_in, cash_out, _) = month_totals(&r.cash, month);
            (
                (t.group.cash_balance)(&rupiah(balance(&r.cash, today()))),
                (t.group.cash_month)(
                    &month_label(month, lang),
                    &rupiah(cash_in),
                    &rupiah(cash_out),
                ),
            )
        })
    });
    view! {
        <section class="card" data-testid="cash">
            <h2>{t.group.cash_title}</h2>
            <p class="gain" data-testid="cash-balance">{move || summary.get().0}</p>
            <p data-testid="cash-month">{move || summary.get().1}</p>
            <ul class="list visits" data-testid="cash-entries">
                {move || app.register.with(|r| {
                    if r.cash.is_empty() {
                        return view! { <li class="empty">{t.group.no_cash}</li> }.into_any();
                    }
                    r.cash.iter().rev().take(30).map(|(id, e)| {
                        let id = *id;
                        let label = format!("{} · {}", format_date(e.date, lang), rupiah(e.signed()));
                        view! {
                            <li>
                                <strong>{label.clone()}</strong>
                                <span class="meta">{format!("{} {}", e.kind.name(lang), e.description)}</span>
                                <button type="button" class="link" data-testid="delete-cash"
                                    on:click=move |_| remove_cash(id, label.clone())>{t.common.delete}</button>
                            </li>
                        }
                    }).collect_view().into_any()
                })}
            </ul>
        </section>
        <form class="card" on:submit=submit novalidate data-testid="cash-form">
            <h2>{t.group.record_cash}</h2>
            <TextField label=t.group.cash_date field="cash_date" value=date problems=problems lang=lang kind="date"/>
            <ChoiceField label=t.group.cash_kind field="cash_kind" options=&CashKind::ALL value=kind lang=lang problems=problems/>
            <TextField label=t.group.amount field="amount" value=amount problems=problems lang=lang inputmode="numeric"/>
            <TextField label=t.group.description field="description" value=description problems=problems lang=lang/>
            <button type="submit" class="primary" data-testid="save-cash">{t.common.save}</button>
        </form>
    }
}

#[component]
pub fn Activities() -> impl IntoView {
    let t = use_app().texts();
    view! {
        <h1 class="page-title" data-testid="activities-page">{t.group.activities_title}</h1>
        <ActivityPanel/>
        <CashBook/>
    }
}
