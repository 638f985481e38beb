//! Peta Keluarga: per RT, the cadre places each house once on a grid (tap a house,
//! then an empty cell); every house shows its number, the symbol and colour of its
//! PUS status; the legend is the cadre's to edit; printed A4 or A3.

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::core::area::AreaLevel;
use crate::domain::core::fields::Problem;
use crate::domain::core::record::Body;
use crate::domain::kb::family_map::{
    rt_map, Colour, House, HouseMark, Legend, LegendEntry, RtMap, SYMBOL_MAX,
};
use crate::domain::kb::history::KbIndex;
use crate::i18n::{self, format_date, Lang};
use crate::route::Route;
use crate::store::settings;
use crate::ui::app::state::{today, use_app, Notice};
use crate::ui::widgets::print::{Paper, PaperRule, PrintControls};
use crate::ui::widgets::table_scroll::TableScroll;

fn legend_for(lang: Lang) -> Legend {
    Legend::new(&settings::map_legend(), |mark| i18n::house_mark(lang, mark))
}

/// Background and text colour of a house: dark text on light colours.
/// A house's background and a text colour readable on it (`style:` in the view sets
/// the two properties, never a style text built from data).
fn house_colours(colour: Colour) -> (String, &'static str) {
    let [r, g, b] = colour.0;
    let light = u32::from(r) * 299 + u32::from(g) * 587 + u32::from(b) * 114 > 128_000;
    (colour.to_string(), if light { "#111" } else { "#fff" })
}

/// Puts the chosen family at a cell (or off the map with `None`), as an edit of its
/// family record.
fn place(map: &RtMap, family_id: Uuid, cell: Option<(u8, u8)>) -> Result<(), &'static str> {
    let app = use_app();
    let t = app.texts();
    let spot = match cell {
        Some((column, row)) => Some(
            map.spot_for(family_id, column, row)
                .map_err(|_| t.kb.map_taken)?,
        ),
        None => None,
    };
    let Some(mut family) = app
        .register
        .with_untracked(|r| r.family(family_id).cloned())
    else {
        return Ok(());
    };
    family.map_spot = spot;
    let record = app.record_for(Some(family_id), Body::Family(family));
    app.save(vec![record], || {});
    Ok(())
}

/// One legend line being edited: its mark and what the cadre types.
#[derive(Clone, Copy)]
struct LineDraft {
    mark: HouseMark,
    symbol: RwSignal<String>,
    colour: RwSignal<String>,
    label: RwSignal<String>,
}

impl LineDraft {
    fn new(e: &LegendEntry) -> LineDraft {
        LineDraft {
            mark: e.mark,
            symbol: RwSignal::new(e.symbol.clone()),
            colour: RwSignal::new(e.colour.to_string()),
            label: RwSignal::new(e.label.clone()),
        }
    }

    /// The line as typed; a colour the picker could not give keeps the old one.
    fn entry(&self, old: Colour) -> LegendEntry {
        LegendEntry {
            mark: self.mark,
            symbol: self
                .symbol
                .get_untracked()
                .trim()
                .chars()
                .take(SYMBOL_MAX)
                .collect(),
            colour: Colour::try_from(self.colour.get_untracked()).unwrap_or(old),
            label: self.label.get_untracked().trim().to_owned(),
        }
    }
}

/// A text input bound to a signal.
fn bound(value: RwSignal<String>) -> impl Fn(leptos::ev::Event) {
    move |ev| value.set(event_target_value(&ev))
}

/// The legend lines as inputs; its signals live as long as the editor is open.
#[component]
fn LegendTable(legend: RwSignal<Legend>, open: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let lines: Vec<LineDraft> = legend
        .get_untracked()
        .entries
        .iter()
        .map(LineDraft::new)
        .collect();
    let blank = RwSignal::new(Vec::<usize>::new());
    let drafts = lines.clone();
    let save = move |_| {
        let old = legend.get_untracked();
        let entries: Vec<LegendEntry> = drafts
            .iter()
            .map(|l| {
                l.entry(
                    old.entry(l.mark)
                        .map_or(l.mark.default_colour(), |e| e.colour),
                )
            })
            .collect();
        let empty: Vec<usize> = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.label.is_empty())
            .map(|(i, _)| i)
            .collect();
        if !empty.is_empty() {
            blank.set(empty);
            return;
        }
        match settings::save_map_legend(&entries) {
            Ok(()) => {
                legend.set(Legend { entries });
                open.set(false);
                app.notice
                    .set(Some(Notice::Info(t.kb.legend_saved.to_owned())));
            }
            Err(error) => app.store_error(&error),
        }
    };
    view! {
        <div class="no-print"><TableScroll label={t.kb.edit_legend}>
            <table class="legend-editor" data-testid="legend-editor">
                <thead><tr><th>{t.kb.legend_symbol}</th><th>{t.kb.legend_colour}</th><th>{t.kb.legend_label}</th></tr></thead>
                <tbody>
                    {lines.into_iter().enumerate().map(|(i, l)| {
                        let missing = move || blank.get().contains(&i);
                        view! {
                            <tr class:invalid=missing>
                                <td><input class="symbol" maxlength=SYMBOL_MAX.to_string() aria-label=t.kb.legend_symbol
                                    data-testid=format!("legend-symbol-{i}") prop:value=l.symbol on:input=bound(l.symbol)/></td>
                                <td><input type="color" aria-label=t.kb.legend_colour data-testid=format!("legend-colour-{i}")
                                    prop:value=l.colour on:input=bound(l.colour)/></td>
                                <td><input aria-label=t.kb.legend_label data-testid=format!("legend-label-{i}")
                                    prop:value=l.label on:input=bound(l.label)/>
                                    <p class="error" role="alert">{move || missing().then(|| i18n::problem(lang, Problem::Required))}</p>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </TableScroll></div>
        <div class="row no-print">
            <button type="button" class="primary" on:click=save data-testid="save-legend">{t.common.save}</button>
            <button type="button" on:click=move |_| open.set(false)>{t.common.cancel}</button>
        </div>
    }
}

#[component]
fn LegendEditor(legend: RwSignal<Legend>) -> impl IntoView {
    let t = use_app().texts();
    let open = RwSignal::new(false);
    view! {
        <Show
            when=move || open.get()
            fallback=move || view! {
                <button type="button" class="no-print" on:click=move |_| open.set(true) data-testid="edit-legend">{t.kb.edit_legend}</button>
            }
        >
            <LegendTable legend=legend open=open/>
        </Show>
    }
}

/// One cell of the grid: a house (its number and symbol) or an empty plot.
fn cell_view(
    house: Option<&House>,
    legend: &Legend,
    (column, row): (u8, u8),
    chosen: RwSignal<Option<Uuid>>,
    on_empty: impl Fn((u8, u8)) + 'static,
) -> AnyView {
    let testid = format!("cell-{column}-{row}");
    match house {
        Some(h) => {
            let entry = legend.entry(h.mark);
            let (background, text) = entry.map(|e| house_colours(e.colour)).unwrap_or_default();
            let symbol = entry.map(|e| e.symbol.clone()).unwrap_or_default();
            let id = h.family_id;
            let number = h.number.map(|n| n.to_string()).unwrap_or_default();
            view! {
                <button type="button" class="house" class:chosen=move || chosen.get() == Some(id)
                    style:background=background style:color=text data-testid=testid on:click=move |_| chosen.set(Some(id))>
                    <span class="no">{number}</span>
                    <span class="symbol">{symbol}</span>
                </button>
            }
            .into_any()
        }
        None => view! {
            <button type="button" class="plot" data-testid=testid aria-label=format!("{} {}", column + 1, row + 1)
                on:click=move |_| on_empty((column, row))></button>
        }
        .into_any(),
    }
}

#[component]
pub fn FamilyMap() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let rts: Vec<(Uuid, String)> = app.register.with_untracked(|r| {
        let mut rts: Vec<(Uuid, String)> = r
            .areas_at(AreaLevel::Rt)
            .map(|(id, _)| (*id, r.area_label(*id).unwrap_or_default()))
            .collect();
        rts.sort_by(|a, b| a.1.cmp(&b.1));
        rts
    });
    let rt = RwSignal::new(rts.first().map(|(id, _)| *id));
    let chosen = RwSignal::new(None::<Uuid>);
    let paper = RwSignal::new(Paper::A4);
    let print_names = RwSignal::new(true);
    let legend = RwSignal::new(legend_for(lang));
    let map = Memo::new(move |_| {
        let rt = rt.get()?;
        Some(
            app.register
                .with(|r| rt_map(r, &KbIndex::new(r), rt, today())),
        )
    });
    let name_of = move |id: Uuid| {
        app.register.with_untracked(|r| {
            let head = r.family_name(id).unwrap_or("—").to_owned();
            let address = r.family(id).map(|f| f.address.clone()).unwrap_or_default();
            format!("{head} ({address})")
        })
    };
    let put = move |cell: Option<(u8, u8)>| {
        let (Some(id), Some(map)) = (chosen.get_untracked(), map.get_untracked()) else {
            return;
        };
        match place(&map, id, cell) {
            Ok(()) => chosen.set(None),
            Err(message) => app.notice.set(Some(Notice::Error(message.to_owned()))),
        }
    };
    let rt_name = {
        let rts = rts.clone();
        move || {
            rt.get()
                .and_then(|id| rts.iter().find(|(r, _)| *r == id).map(|(_, n)| n.clone()))
                .unwrap_or_default()
        }
    };
    let has_rts = !rts.is_empty();
    view! {
        <PaperRule paper=paper landscape=false/>
        <section class="card no-print">
            <h1>{t.kb.family_map}</h1>
            {(!has_rts).then(|| view! { <p class="empty" data-testid="map-no-rt">{t.kb.map_no_rt}</p> })}
            <div class="field">
                <label for="f-map-rt">{t.kb.map_rt}</label>
                <select id="f-map-rt" data-testid="map-rt"
                    on:change=move |ev| { chosen.set(None); rt.set(Uuid::parse_str(&event_target_value(&ev)).ok()); }>
                    {rts.into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                </select>
            </div>
            <p class="hint">{t.kb.map_help}</p>
            <label class="check">
                <input type="checkbox" data-testid="print-names" prop:checked=move || print_names.get()
                    on:change=move |ev| print_names.set(event_target_checked(&ev))/>
                <span>{t.kb.map_print_names}</span>
            </label>
            <div class="row">
                <PrintControls paper=paper testid="print-map"/>
                <a class="button" href=Route::KbReport.href()>{t.kb.kb_report}</a>
            </div>
        </section>
        {move || map.get().map(|map| {
            let legend_now = legend.get();
            let grid = (0..map.rows).flat_map(|row| (0..map.columns).map(move |column| (column, row)))
                .map(|cell| cell_view(map.at(cell.0, cell.1), &legend_now, cell, chosen, move |c| put(Some(c))))
                .collect_view();
            let unplaced: Vec<(Uuid, String)> = map.unplaced().map(|h| (h.family_id, name_of(h.family_id))).collect();
            let numbered: Vec<(usize, String)> = map.houses.iter()
                .filter_map(|h| h.number.map(|n| (n, name_of(h.family_id))))
                .collect();
            let tally = map.tally();
            let legend_lines = legend_now.entries.iter().map(|e| {
                let count = tally.iter().find(|(m, _)| *m == e.mark).map_or(0, |(_, n)| *n);
                let (background, text) = house_colours(e.colour);
                view! {
                    <li class:unused=count == 0>
                        <span class="swatch" style:background=background style:color=text>{e.symbol.clone()}</span>
                        <span>{format!("{} ({count})", e.label)}</span>
                    </li>
                }
            }).collect_view();
            let empty = map.houses.is_empty();
            let all_placed = unplaced.is_empty();
            view! {
                <section class="card family-map" data-testid="family-map">
                    <h2 data-testid="map-title">{(t.kb.map_title)(&rt_name(), &format_date(today(), lang))}</h2>
                    {empty.then(|| view! { <p class="empty">{t.kb.map_no_family}</p> })}
                    // Squares of at least 44 px: on a narrow phone the street scrolls sideways.
                    <div class="map-scroll" tabindex="0" role="region" aria-label=t.kb.family_map>
                        <div class="map-grid" style:grid-template-columns=format!("repeat({}, minmax(44px, 1fr))", map.columns) data-testid="map-grid">
                            {grid}
                        </div>
                    </div>
                    {move || chosen.get().map(|id| view! {
                        <div class="chosen no-print" data-testid="map-chosen">
                            <p>{(t.kb.map_chosen)(&name_of(id))}</p>
                            <button type="button" on:click=move |_| put(None) data-testid="map-remove">{t.kb.map_remove}</button>
                        </div>
                    })}
                    <div class="no-print" class:hidden=all_placed>
                        <h3>{t.kb.map_unplaced}</h3>
                        <ul class="list" data-testid="map-unplaced">
                            {unplaced.into_iter().map(|(id, name)| view! {
                                <li><button type="button" class:chosen=move || chosen.get() == Some(id)
                                    on:click=move |_| chosen.set(Some(id))>{name}</button></li>
                            }).collect_view()}
                        </ul>
                    </div>
                    <h3>{t.kb.legend}</h3>
                    <ul class="map-legend" data-testid="map-legend">{legend_lines}</ul>
                    <LegendEditor legend=legend/>
                    <div class:no-print=move || !print_names.get()>
                        <h3>{t.kb.map_names}</h3>
                        <ol class="house-names" data-testid="map-names">
                            {numbered.into_iter().map(|(n, name)| view! { <li value=n.to_string()>{name}</li> }).collect_view()}
                        </ol>
                    </div>
                </section>
            }
        })}
    }
}
