//! The family list: search by name, NIK, No. KK or address (in memory, as typed), a
//! filter by RW or RT, and the first page of matches with "Tampilkan lebih banyak", so a
//! desa of 2 000 families opens as fast as one of 20.

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::core::family_search::FamilySearch;
use crate::route::Route;
use crate::ui::app::state::use_app;
use crate::ui::widgets::area_filter::AreaFilter;
use crate::ui::widgets::long_list::{first_page_on_change, SearchField, ShowMore, PAGE};

#[component]
pub fn Families() -> impl IntoView {
    let app = use_app();
    let t = app.texts();
    let query = RwSignal::new(String::new());
    let area = RwSignal::new(None::<Uuid>);
    let shown = RwSignal::new(PAGE);
    // The text searched, prepared once per change of the register, not per keystroke.
    let search = Memo::new(move |_| app.register.with(FamilySearch::new));
    // The matching families' ids, computed once per change of the register or filters.
    let matches = Memo::new(move |_| {
        let area = area.get();
        let found = search.with(|s| s.find(&query.get()));
        app.register.with(|r| {
            found
                .into_iter()
                .filter(|id| area.is_none_or(|a| r.family_in(*id, a)))
                .collect::<Vec<Uuid>>()
        })
    });
    first_page_on_change(shown, move || {
        query.track();
        area.track();
    });
    let rows = move || {
        let count = shown.get();
        matches.with(|ids| {
            app.register.with(|r| {
                ids.iter()
                    .take(count)
                    .map(|&id| {
                        let name = r
                            .family_name(id)
                            .map_or(t.register.unnamed_family.to_owned(), str::to_owned);
                        let members = r.members(id).count();
                        let place = r
                            .family(id)
                            .map(|f| {
                                let rt = f.rt_id.and_then(|rt| r.area_label(rt));
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
        })
    };
    let empty = move || app.register.with(|r| r.families.is_empty());
    view! {
        <section class="card">
            <h1>{t.register.families_title}</h1>
            <SearchField query=query placeholder=t.common.search_placeholder testid="family-search"/>
            <AreaFilter value=area field="family_area"/>
            <div class="actions">
                <a class="button primary" href=Route::NewFamily.href() data-testid="add-family">
                    {t.common.add_family}
                </a>
                // The street map of the houses, one tap from the families.
                <a class="button" href=Route::FamilyMap.href() data-testid="families-map">{t.kb.family_map}</a>
            </div>
        </section>
        <p class="meta" data-testid="family-count">{move || (t.register.families_found)(matches.with(Vec::len))}</p>
        <ul class="list" data-testid="family-list">
            <For each=rows key=|row| row.clone() let((id, name, members, place))>
                <li>
                    <a href=Route::Family(id).href() data-testid="family-row">
                        <strong>{name}</strong>
                        <span class="meta">{(t.register.members_count)(members)}</span>
                        <span class="meta">{place}</span>
                    </a>
                </li>
            </For>
        </ul>
        <ShowMore total=Signal::derive(move || matches.with(Vec::len)) shown=shown testid="more-families"/>
        {move || {
            if empty() {
                Some(view! { <p class="empty">{t.register.no_families}</p> })
            } else if matches.with(Vec::is_empty) {
                Some(view! { <p class="empty">{t.register.no_results}</p> })
            } else {
                None
            }
        }}
    }
}
