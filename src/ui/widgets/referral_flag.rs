//! "⚠ Perlu dirujuk" (or "Perlu ukur ulang") beside a child wherever she is listed, from
//! her latest weighing, until a later weighing clears it. Words and colour, never colour
//! alone.

use leptos::prelude::*;
use uuid::Uuid;

use crate::indicators::posyandu::referral::latest_warnings;
use crate::ui::app::state::use_app;

#[component]
pub fn ReferralFlag(child_id: Uuid) -> impl IntoView {
    let app = use_app();
    let t = app.texts();
    move || {
        let warnings = app.register.with(|r| latest_warnings(r, child_id));
        let words = if warnings.iter().any(|w| w.is_referral()) {
            Some(t.posyandu.refer)
        } else if !warnings.is_empty() {
            Some(t.posyandu.remeasure_title)
        } else {
            None
        };
        words.map(|w| view! { <span class="flag" data-testid="referral-flag">"⚠ " {w}</span> })
    }
}
