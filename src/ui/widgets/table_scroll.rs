//! A table wider than the phone: it scrolls sideways inside its box (reachable by
//! keyboard), its first column stays in place, and a cue says there is more.

use leptos::prelude::*;

use crate::ui::app::state::use_app;

#[component]
pub fn TableScroll(
    /// What the table is, for a screen reader; unique on its screen.
    #[prop(into)]
    label: String,
    children: Children,
) -> impl IntoView {
    let t = use_app().texts();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=label>{children()}</div>
        <p class="scroll-cue table-cue no-print" aria-hidden="true">{t.common.scroll_sideways}</p>
    }
}
