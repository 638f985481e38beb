//! The first run: before the home screen, three short steps — the cadre and her role,
//! the desa with each RW and its RTs, the posyandu. Skippable, and a phone that will
//! restore a backup is sent to Pengaturan instead.

use leptos::prelude::*;

use crate::domain::core::fields::{Problem, Problems};
use crate::domain::core::first_run::{RwLine, RwWithRts, SetupForm};
use crate::domain::core::profile::{Profile, Role};
use crate::domain::core::register::with_level;
use crate::route::Route;
use crate::store::settings;
use crate::ui::app::state::{now, use_app, Notice};
use crate::ui::widgets::fields::{ChoiceField, TextField};

/// "RW 01: RT 01, RT 02" for a line the cadre added.
fn rw_line_text(line: &RwWithRts) -> String {
    let rts: Vec<String> = line.rts.iter().map(|rt| with_level("RT", rt)).collect();
    format!("{}: {}", with_level("RW", &line.rw), rts.join(", "))
}

#[component]
pub fn FirstRun(skipped: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let s = t.setup;
    let step = RwSignal::new(1usize);
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(None::<Role>);
    let village = RwSignal::new(String::new());
    let rw = RwSignal::new(String::new());
    let rts = RwSignal::new(String::new());
    let lines = RwSignal::new(Vec::<RwWithRts>::new());
    let posyandu = RwSignal::new(String::new());
    let problems = RwSignal::new(Problems::new());

    // Adds the RW being typed; false (with the reasons at the fields) when it is incomplete.
    let add_typed_rw = move || {
        let line = RwLine {
            rw: rw.get_untracked(),
            rts: rts.get_untracked(),
        };
        match line.parse() {
            Ok(parsed) => {
                lines.update(|all| all.push(parsed));
                rw.set(String::new());
                rts.set(String::new());
                problems.set(Problems::new());
                true
            }
            Err(found) => {
                problems.set(found);
                false
            }
        }
    };
    let add_rw = move |_| {
        add_typed_rw();
    };
    let form = move || SetupForm {
        village: village.get_untracked(),
        rws: lines.get_untracked(),
        posyandu: posyandu.get_untracked(),
    };
    let next = move |_| {
        let current = step.get_untracked();
        if current == 1 && name.with_untracked(|n| n.trim().is_empty()) {
            problems.set(vec![("setup_name", Problem::Required)]);
            return;
        }
        if current == 2 {
            // An RW typed but not yet added is what the cadre meant to add.
            let typing = rw.with_untracked(|r| !r.trim().is_empty())
                || rts.with_untracked(|r| !r.trim().is_empty());
            if typing && !add_typed_rw() {
                return;
            }
            if let Err(found) = form().records(&app.device(), now()) {
                problems.set(found);
                return;
            }
        }
        problems.set(Problems::new());
        step.set(current + 1);
    };
    let finish = move |_| {
        let records = match form().records(&app.device(), now()) {
            Ok(records) => records,
            Err(found) => {
                problems.set(found);
                step.set(2);
                return;
            }
        };
        let profile = Profile {
            name: name.get_untracked().trim().to_owned(),
            role: role.get_untracked(),
            ..settings::profile()
        };
        if let Err(error) = settings::save_profile(&profile) {
            app.store_error(&error);
            return;
        }
        app.save(records, move || {
            app.notice.set(Some(Notice::Info(s.finished.to_owned())));
        });
    };
    let skip = move |_| {
        // Without localStorage the choice holds for this visit.
        let _ = settings::save_setup_skipped();
        skipped.set(true);
    };
    let back = move |_| step.update(|n| *n = n.saturating_sub(1).max(1));

    view! {
        <section class="card first-run" data-testid="setup">
            <h1>{s.title}</h1>
            <p>{s.intro}</p>
            <p class="hint" data-testid="setup-step">{move || (s.step)(step.get())}</p>
            <Show when=move || step.get() == 1>
                <h2>{s.you}</h2>
                <TextField label=s.your_name field="setup_name" value=name problems=problems lang=lang/>
                <ChoiceField label=t.settings.role field="setup_role" options=&Role::ALL value=role lang=lang/>
            </Show>
            <Show when=move || step.get() == 2>
                <h2>{s.area}</h2>
                <TextField label=s.village field="setup_village" value=village problems=problems lang=lang/>
                <ul class="setup-rws" data-testid="setup-rws">
                    {move || {
                        let added = lines.get();
                        if added.is_empty() {
                            return view! { <li class="hint">{s.no_rw_yet}</li> }.into_any();
                        }
                        added
                            .iter()
                            .enumerate()
                            .map(|(index, line)| {
                                let text = rw_line_text(line);
                                let remove = move |_| lines.update(|all| {
                                    if index < all.len() {
                                        all.remove(index);
                                    }
                                });
                                view! {
                                    <li>
                                        <span>{text}</span>
                                        <button type="button" class="link" aria-label=t.common.delete on:click=remove>"×"</button>
                                    </li>
                                }
                            })
                            .collect_view()
                            .into_any()
                    }}
                </ul>
                <div class="rw-line">
                    <TextField label=s.rw field="setup_rw" value=rw problems=problems lang=lang inputmode="numeric"/>
                    <TextField label=s.rts field="setup_rts" value=rts problems=problems lang=lang hint=s.rts_hint/>
                </div>
                <p class="hint">{s.rw_hint}</p>
                <button type="button" data-testid="setup-add-rw" on:click=add_rw>{s.add_rw}</button>
            </Show>
            <Show when=move || step.get() == 3>
                <h2>{s.posyandu}</h2>
                <TextField label=s.posyandu_name field="setup_posyandu" value=posyandu problems=problems lang=lang hint=s.posyandu_hint/>
            </Show>
            <div class="actions">
                <Show when=move || step.get() != 1>
                    <button type="button" data-testid="setup-back" on:click=back>{s.back}</button>
                </Show>
                <Show
                    when=move || step.get() < 3
                    fallback=move || view! {
                        <button type="button" class="primary" data-testid="setup-done" on:click=finish>{s.done}</button>
                    }
                >
                    <button type="button" class="primary" data-testid="setup-next" on:click=next>{s.next}</button>
                </Show>
            </div>
        </section>
        <section class="card">
            <a class="button" href=Route::Settings.href() data-testid="setup-restore">{s.restore}</a>
            <button type="button" class="link edit" data-testid="setup-skip" on:click=skip>{s.skip}</button>
        </section>
    }
}
