//! "⚠ Perlu dirujuk" (or "Perlu ukur ulang") beside a child wherever she is listed, from
//! her latest weighing, until a later weighing clears it or the cadre writes that she was
//! seen (rujukan balik). Words and colour, never colour alone.

use leptos::prelude::*;
use uuid::Uuid;

use crate::i18n::format_date;
use crate::indicators::posyandu::referral::{latest_warnings, referral_state, ReferralState};
use crate::ui::app::state::use_app;

#[component]
pub fn ReferralFlag(child_id: Uuid) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    move || {
        let state = app.register.with(|r| referral_state(r, child_id));
        // A second read of the latest weighing only when no referral stands.
        let remeasure = || {
            app.register.with(|r| {
                latest_warnings(r, child_id)
                    .iter()
                    .any(|w| !w.is_referral())
            })
        };
        let (words, class) = match state {
            ReferralState::Open(_) => (format!("⚠ {}", t.posyandu.refer), "flag"),
            ReferralState::Seen(back) => (
                (t.posyandu.referral_seen)(&format_date(back.seen_on, lang)),
                "flag seen",
            ),
            ReferralState::None if remeasure() => {
                (format!("⚠ {}", t.posyandu.remeasure_title), "flag")
            }
            ReferralState::None => return None,
        };
        Some(view! { <span class=class data-testid="referral-flag">{words}</span> })
    }
}
