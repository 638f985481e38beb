//! The family list with search by name, NIK or No. KK (in memory, as typed).

use leptos::prelude::*;

use crate::route::Route;
use crate::ui::app::state::use_app;

#[component]
pub fn Families() -> impl IntoView {
    let app = use_app();
    let t = app.texts();
    let query = RwSignal::new(String::new());
    // Read by several views: computed once per change.
    let rows = Memo::new(move |_| {
        app.register.with(|register| {
            register
                .search(&query.get())
                .into_iter()
                .map(|id| {
                    let name = register
                        .family_name(id)
                        .map_or(t.register.unnamed_family.to_owned(), str::to_owned);
                    let members = register.members(id).count();
                    let place = register
                        .family(id)
                        .map(|f| {
                            let rt = f.rt_id.and_then(|rt| register.area_label(rt));
                            [Some(f.address.clone()), rt]
                                .into_iter()
                                .flatten()
                                .collect::<Vec<_>>()
                                .join(" · ")
                        })
                        .unwrap_or_default();
                    (id, name, members, place)
                })
                .collect::<Vec<_>>()
        })
    });
    let empty = move || app.register.with(|r| r.families.is_empty());
    view! {
        <section class="card">
            <h1>{t.register.families_title}</h1>
            <input
                type="search"
                class="search"
                data-testid="family-search"
                aria-label=t.common.search_placeholder
                placeholder=t.common.search_placeholder
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
            <a class="button primary" href=Route::NewFamily.href() data-testid="add-family">
                {t.common.add_family}
            </a>
        </section>
        <ul class="list" data-testid="family-list">
            {move || {
                rows.get()
                    .into_iter()
                    .map(|(id, name, members, place)| {
                        view! {
                            <li>
                                <a href=Route::Family(id).href() data-testid="family-row">
                                    <strong>{name}</strong>
                                    <span class="meta">{(t.register.members_count)(members)}</span>
                                    <span class="meta">{place}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
        {move || {
            if empty() {
                Some(view! { <p class="empty">{t.register.no_families}</p> })
            } else if rows.get().is_empty() {
                Some(view! { <p class="empty">{t.register.no_results}</p> })
            } else {
                None
            }
        }}
    }
}
