//! A chart on the phone and on paper, drawn twice at the size each is shown, so its type
//! reads at 11 px or more in both. A wide chart (12 months, every method) keeps its size
//! on the phone and scrolls sideways, with a cue saying so.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use leptos::prelude::*;

use crate::ui::app::state::use_app;

/// The phone's drawing of a wide chart (posters, Rumah DataKu), scrolled sideways.
pub const WIDE_ON_PHONE: (u32, u32) = (720, 420);

#[component]
pub fn Chart(
    /// The SVG for the screen.
    screen: String,
    /// The SVG for the paper.
    print: String,
    testid: &'static str,
    /// Name of the chart for a screen reader (the scroll region is focusable).
    label: String,
    #[prop(optional)] wide: bool,
) -> impl IntoView {
    let t = use_app().texts();
    let label_for_paper = label.clone();
    view! {
        <div class="chart no-print" class:wide=wide data-testid=testid inner_html=screen
            tabindex=wide.then_some("0") role=wide.then_some("region") aria-label=wide.then_some(label)></div>
        {wide.then(|| view! { <p class="scroll-cue no-print" aria-hidden="true">{t.common.scroll_sideways}</p> })}
        <img class="chart print-only" src=image_url(&print) alt=label_for_paper/>
    }
}

/// The paper's drawing as an image: one element, where its SVG put in the page made
/// hundreds (Rumah DataKu: 625 of the screen's 2 110) for a copy shown only on paper.
/// Chromium prints an SVG image as vectors, its text as text.
fn image_url(svg: &str) -> String {
    format!("data:image/svg+xml;base64,{}", STANDARD.encode(svg))
}
