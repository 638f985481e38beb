//! The screen for an address that leads nowhere (an old link, a deleted record).

use leptos::prelude::*;

use crate::route::Route;
use crate::ui::app::state::use_app;

#[component]
pub fn NotFound() -> impl IntoView {
    let t = use_app().texts();
    view! {
        <section class="card" data-testid="not-found">
            <h1>{t.common.not_found}</h1>
            <a class="button" href=Route::Home.href()>{t.common.back_home}</a>
        </section>
    }
}
