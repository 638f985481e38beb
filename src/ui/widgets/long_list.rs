//! Long lists: a search box, and a page at a time. Drawing hundreds of rows costs a
//! cheap phone seconds (a desa of 2 000 families has 1 800 families at risk, 700 TPK
//! targets and some 400 balita per posyandu), and a cadre looks for one name.

use leptos::prelude::*;

use crate::ui::app::state::use_app;

/// The search box over a long list: filters as the cadre types.
#[component]
pub fn SearchField(
    query: RwSignal<String>,
    placeholder: &'static str,
    testid: &'static str,
) -> impl IntoView {
    view! {
        <input
            type="search"
            class="search"
            data-testid=testid
            aria-label=placeholder
            placeholder=placeholder
            prop:value=move || query.get()
            on:input=move |ev| query.set(event_target_value(&ev))
        />
    }
}

/// Rows a list shows at first and adds per tap.
pub const PAGE: usize = 30;

/// Rows each list of an overview shows at first (Pendampingan: four target groups and
/// the families at risk on one screen, 687 elements to lay out at 30 each); a tap
/// adds `PAGE`.
pub const OVERVIEW_PAGE: usize = 10;

/// How many rows a paged list draws: the rows `shown`, or every row while `whole` is
/// set (printing: paper gets the whole list).
pub fn rows_drawn(shown: RwSignal<usize>, whole: RwSignal<bool>) -> usize {
    if whole.get() {
        usize::MAX
    } else {
        shown.get()
    }
}

/// Goes back to the first page whenever what `watch` reads changes (a new search or
/// filter). `shown` is set only when it differs: setting it anew would draw the rows a
/// second time on every keystroke.
pub fn first_page_on_change(shown: RwSignal<usize>, watch: impl Fn() + Send + Sync + 'static) {
    Effect::new(move |_| {
        watch();
        if shown.get_untracked() != PAGE {
            shown.set(PAGE);
        }
    });
}

/// "Tampilkan lebih banyak (N lagi)" under a list of `total` rows of which `shown` are
/// drawn; absent once all are.
#[component]
pub fn ShowMore(
    #[prop(into)] total: Signal<usize>,
    shown: RwSignal<usize>,
    testid: &'static str,
) -> impl IntoView {
    let t = use_app().texts();
    move || {
        let left = total.get().saturating_sub(shown.get());
        (left > 0).then(|| {
            view! {
                <button type="button" class="more no-print" data-testid=testid
                    on:click=move |_| shown.update(|n| *n = n.saturating_add(PAGE))>
                    {(t.common.show_more)(left)}
                </button>
            }
        })
    }
}
