//! One family: its facts, its members, and the way to add, edit or remove them.

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::core::record::Record;
use crate::domain::core::register::is_under_five;
use crate::domain::kb::status::is_pus;
use crate::i18n::{age, format_date, Named};
use crate::route::Route;
use crate::ui::app::state::{now, today, use_app};
use crate::ui::kb::status_panel::KbPanel;
use crate::ui::widgets::confirm::confirm;
use crate::ui::widgets::other_versions::OtherVersions;
use crate::ui::widgets::referral_flag::ReferralFlag;

#[component]
pub fn FamilyPage(family_id: Uuid) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let facts = move || {
        app.register.with(|r| {
            r.family(family_id).map(|f| {
                let rt = f
                    .rt_id
                    .and_then(|id| r.area_label(id))
                    .unwrap_or_else(|| "—".to_owned());
                let choice = |name: Option<&'static str>| name.unwrap_or("—");
                vec![
                    (
                        t.register.kk_number,
                        if f.kk_number.is_empty() {
                            "—".to_owned()
                        } else {
                            f.kk_number.clone()
                        },
                    ),
                    (t.common.address, f.address.clone()),
                    (t.register.rt, rt),
                    (
                        t.register.water,
                        choice(f.water.map(|w| w.name(lang))).to_owned(),
                    ),
                    (
                        t.register.latrine,
                        choice(f.latrine.map(|l| l.name(lang))).to_owned(),
                    ),
                    (
                        t.register.septic_tank,
                        choice(f.septic_tank.map(|s| s.name(lang))).to_owned(),
                    ),
                    (
                        t.register.house,
                        choice(f.house.map(|h| h.name(lang))).to_owned(),
                    ),
                    (
                        t.register.welfare_decile,
                        f.welfare_decile
                            .map_or_else(|| "—".to_owned(), |d| d.to_string()),
                    ),
                ]
            })
        })
    };
    let members = move || {
        app.register.with(|r| {
            r.members(family_id)
                .map(|(id, p)| {
                    let line = format!(
                        "{} · {} · {} ({})",
                        p.relation.name(lang),
                        p.sex.name(lang),
                        format_date(p.birth_date, lang),
                        age(p.birth_date, today(), lang)
                    );
                    let balita = is_under_five(p, today());
                    (
                        *id,
                        p.name.clone(),
                        line,
                        p.nik.clone(),
                        is_pus(p, today()),
                        balita,
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    let remove = move |_| {
        if !confirm(t.register.confirm_delete_family) {
            return;
        }
        let device = app.device();
        let stamp = now();
        let tombstones: Vec<Record> = app.records.with(|all| {
            all.iter()
                .filter(|r| !r.deleted)
                .filter(|r| {
                    r.id == family_id
                        || matches!(&r.body, crate::domain::core::record::Body::Person(p) if p.family_id == family_id)
                })
                .map(|r| r.deleted(&device, stamp))
                .collect()
        });
        app.save(tombstones, move || app.go(Route::Families));
    };
    move || {
        match facts() {
        None => view! { <crate::ui::app::not_found::NotFound/> }.into_any(),
        Some(rows) => view! {
            <section class="card" data-testid="family-page">
                <h1>{app.register.with(|r| r.family_name(family_id).map(str::to_owned)).unwrap_or_else(|| t.register.unnamed_family.to_owned())}</h1>
                <dl class="facts">
                    {rows.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                </dl>
                <div class="row">
                    <a class="button" href=Route::EditFamily(family_id).href() data-testid="edit-family">{t.register.edit}</a>
                    <button class="danger" on:click=remove data-testid="delete-family">{t.common.delete}</button>
                </div>
            </section>
            <section class="card">
                <h2>{t.register.members}</h2>
                <ul class="list" data-testid="member-list">
                    {members().into_iter().map(|(id, name, line, nik, pus, balita)| view! {
                        <li>
                            // A balita opens her growth page; her data is one tap further.
                            <a href=if balita { Route::Child(id).href() } else { Route::EditMember(family_id, id).href() } data-testid="member-row">
                                <strong>{name}</strong>
                                <span class="meta">{line}</span>
                                <span class="meta">{nik}</span>
                                {balita.then(|| view! { <ReferralFlag child_id=id/> })}
                            </a>
                            {balita.then(|| view! {
                                <a class="button small" href=Route::EditMember(family_id, id).href() data-testid="edit-member">{t.register.edit_child}</a>
                            })}
                            {pus.then(|| view! { <KbPanel wife_id=id/> })}
                        </li>
                    }).collect_view()}
                </ul>
                {members().is_empty().then(|| view! { <p class="empty">{t.register.no_members}</p> })}
                <a class="button primary" href=Route::NewMember(family_id).href() data-testid="add-member">{t.register.add_member}</a>
            </section>
            <OtherVersions ids=Signal::derive(move || {
                let mut ids = vec![family_id];
                ids.extend(app.register.with(|r| r.members(family_id).map(|(id, _)| *id).collect::<Vec<_>>()));
                ids
            })/>
        }
        .into_any(),
    }
    }
}
