//! Sections whose work lands in later issues, clearly marked "Segera", and not-found.

use leptos::prelude::*;

use super::state::use_app;
use crate::route::Route;

#[component]
pub fn Soon(route: Route) -> impl IntoView {
    let t = use_app().texts();
    let (title, text) = match route {
        Route::Children => (t.nav_children, t.soon_children),
        Route::Accompaniment => (t.nav_accompaniment, t.soon_accompaniment),
        _ => (t.nav_reports, t.soon_reports),
    };
    view! {
        <section class="card soon" data-testid="soon">
            <h1>{title} " " <span class="badge">{t.soon}</span></h1>
            <p>{text}</p>
        </section>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    let t = use_app().texts();
    view! {
        <section class="card">
            <h1>{t.not_found}</h1>
            <a class="button" href=Route::Home.href()>{t.back_home}</a>
        </section>
    }
}
