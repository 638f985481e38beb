//! Printing through the browser: the paper the cadre picks (A4 or A3, for the notice
//! board) becomes an `@page` rule, and one button opens the print dialog.

use leptos::prelude::*;

use crate::ui::app::state::use_app;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    A4,
    A3,
}

impl Paper {
    /// The print rule; fixed text, never user input.
    fn page_rule(self, landscape: bool) -> &'static str {
        match (self, landscape) {
            (Paper::A4, true) => "@media print { @page { size: A4 landscape; margin: 10mm; } }",
            (Paper::A3, true) => "@media print { @page { size: A3 landscape; margin: 12mm; } }",
            (Paper::A4, false) => "@media print { @page { size: A4 portrait; margin: 10mm; } }",
            (Paper::A3, false) => "@media print { @page { size: A3 portrait; margin: 12mm; } }",
        }
    }
}

/// The page rule for `paper`; put it once on a printable screen.
#[component]
pub fn PaperRule(paper: RwSignal<Paper>, landscape: bool) -> impl IntoView {
    view! { <style>{move || paper.get().page_rule(landscape)}</style> }
}

/// The paper choice and the print button. `whole`, when given, is set while printing:
/// lists that show a page at a time on screen print every row.
#[component]
pub fn PrintControls(
    paper: RwSignal<Paper>,
    testid: &'static str,
    #[prop(optional)] whole: Option<RwSignal<bool>>,
) -> impl IntoView {
    let t = use_app().texts();
    // No dialog (a test browser, a locked-down phone) is not an error to report.
    let open_dialog = || drop(window().print());
    if let Some(whole) = whole {
        let after = window_event_listener(leptos::ev::afterprint, move |_| whole.set(false));
        on_cleanup(move || after.remove());
    }
    let print = move |_| match whole {
        Some(whole) => {
            whole.set(true);
            // The dialog once the whole lists are drawn (the page redraws after this
            // handler returns).
            set_timeout(open_dialog, std::time::Duration::ZERO);
        }
        None => open_dialog(),
    };
    view! {
        <div class="field">
            <label for="f-paper">{t.common.paper}</label>
            <select id="f-paper" data-testid="paper"
                on:change=move |ev| paper.set(if event_target_value(&ev) == "A3" { Paper::A3 } else { Paper::A4 })>
                <option value="A4">"A4"</option>
                <option value="A3">"A3"</option>
            </select>
        </div>
        <button type="button" class="primary" on:click=print data-testid=testid>{t.common.print}</button>
    }
}
