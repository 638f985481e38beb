//! Laporan kecamatan: each desa's backup file (opened with that desa's passphrase) kept
//! as a read-only copy, and the month's figures of every desa side by side, printable.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos::task::spawn_local;
use uuid::Uuid;
use web_sys::File;

use crate::domain::core::area::AreaLevel;
use crate::domain::core::backup::{self, BackupError};
use crate::domain::core::calendar::Month;
use crate::domain::core::fields::Problems;
use crate::domain::core::record::Record;
use crate::domain::core::register::Register;
use crate::domain::kb::status::FourTRules;
use crate::i18n::{format_date, month_label, percent, Lang};
use crate::indicators::kecamatan::{desa_column, DesaColumn};
use crate::route::Route;
use crate::store::kecamatan::{self, DesaCopy};
use crate::store::sync_read::read_desa;
use crate::store::StoreError;
use crate::sync::settings::{ServerFieldNames, SyncSettings};
use crate::ui::app::state::{month_or_now, now, this_month_text, use_app, AppState, Notice};
use crate::ui::settings::backup::{
    check_backup, file_text, open_backup, take_chosen_files, unopened_text,
};
use crate::ui::settings::sync::{failure, ServerFields};
use crate::ui::widgets::fields::{show_problems, MonthField};
use crate::ui::widgets::print::{Paper, PaperRule, PrintControls};
use crate::ui::widgets::table_scroll::TableScroll;
use crate::vault::stored;

/// Reads every desa held into its register; a copy that cannot be read is left out.
async fn load_all(app: AppState) -> Vec<Added> {
    match kecamatan::read_each(|records| Register::from_records(&records)).await {
        Ok(all) => all
            .into_iter()
            .filter_map(|(desa, register)| Some((desa, register.ok()?)))
            .collect(),
        Err(error) => {
            app.store_error(&error);
            Vec::new()
        }
    }
}

/// The server fields of "read a desa from its server".
const KEC_FIELDS: ServerFieldNames = ["kec-url", "kec-db", "kec-user", "kec-password"];

/// Each desa's column counted, by desa, the time its copy was read, and month.
type Counted = HashMap<(String, DateTime<Utc>, Month), (FourTRules, DesaColumn)>;

/// The table's rows: a label and each desa's cell.
fn rows(columns: &[DesaColumn], lang: Lang) -> Vec<(&'static str, Vec<String>)> {
    let t = lang.texts();
    let cell = |f: &dyn Fn(&DesaColumn) -> String| columns.iter().map(f).collect::<Vec<_>>();
    vec![
        (t.kecamatan.families, cell(&|c| c.families.to_string())),
        ("S", cell(&|c| c.skdn[0].to_string())),
        ("K", cell(&|c| c.skdn[1].to_string())),
        ("D", cell(&|c| c.skdn[2].to_string())),
        ("N", cell(&|c| c.skdn[3].to_string())),
        ("D/S", cell(&|c| percent(c.d_s, lang))),
        ("N/D", cell(&|c| percent(c.n_d, lang))),
        (t.posyandu.stunting, cell(&|c| percent(c.stunting, lang))),
        (t.posyandu.wasting, cell(&|c| percent(c.wasting, lang))),
        (
            t.posyandu.underweight,
            cell(&|c| percent(c.underweight, lang)),
        ),
        ("PUS", cell(&|c| c.pus.to_string())),
        ("KB baru", cell(&|c| c.new_acceptors.to_string())),
        ("CPR", cell(&|c| percent(c.cpr, lang))),
        ("mCPR", cell(&|c| percent(c.mcpr, lang))),
        ("Unmet need", cell(&|c| percent(c.unmet, lang))),
        (t.kecamatan.krs, cell(&|c| c.krs.to_string())),
        (
            t.kecamatan.tpk,
            cell(&|c| format!("{} / {}", c.tpk_visited, c.tpk_targets)),
        ),
    ]
}

/// A desa kept, with its register for the table.
type Added = (DesaCopy, Register);

/// Desa per printed table: ten columns of figures fit a landscape A4 sheet in readable
/// type (twenty were cut off at its edge).
const PRINTED_DESA: usize = 10;

/// The indicators of `columns`' desa side by side.
fn desa_table(columns: &[DesaColumn], lang: Lang, testid: &'static str) -> impl IntoView {
    let t = lang.texts();
    let header = columns
        .iter()
        .map(|c| view! { <th scope="col">{c.name.clone()}</th> })
        .collect_view();
    let body = rows(columns, lang)
        .into_iter()
        .map(|(label, cells)| view! {
            <tr><th scope="row">{label}</th>{cells.into_iter().map(|c| view! { <td class="num">{c}</td> }).collect_view()}</tr>
        })
        .collect_view();
    view! {
        <table class="trend kec-table" data-testid=testid>
            <thead><tr><th scope="col">{t.kecamatan.indicator}</th>{header}</tr></thead>
            <tbody>{body}</tbody>
        </table>
    }
}

/// Keeps a desa's records (from a file or its server, `json` their clear stored form)
/// as a desa of this view, named by the file's header when it says, else by the desa's
/// own village area; else gives what the banner says.
async fn keep_desa(
    app: AppState,
    records: Vec<Record>,
    json: &[u8],
    named: Option<Uuid>,
) -> Result<Added, String> {
    let register = Register::from_records(&records);
    let area = register
        .areas_at(AreaLevel::Village)
        .next()
        .map(|(id, a)| (*id, a.name.clone()));
    let key = named
        .or(area.as_ref().map(|(id, _)| *id))
        .map(|id| id.to_string());
    let name = area.map(|(_, n)| n).unwrap_or_default();
    let Some(key) = key else {
        return Err(app.texts().kecamatan.no_desa.to_owned());
    };
    match kecamatan::keep(&key, &name, json, records.len(), now()).await {
        Ok(copy) => Ok((copy, register)),
        Err(error) => Err(app.store_error_text(&error)),
    }
}

/// Shows the desa just kept; the others held are as they were (a newer copy of the
/// same desa replaces its older one).
fn show_added(held: RwSignal<Vec<Added>>, added: Vec<Added>) {
    held.update(|all| {
        for (copy, register) in added {
            all.retain(|(desa, _)| desa.key != copy.key);
            all.push((copy, register));
        }
        all.sort_by_key(|(desa, _)| desa.name.to_lowercase());
    });
}

/// The banner once desa were added.
fn added_notice(app: AppState, added: &[Added]) {
    let t = app.texts();
    let text = match added {
        [(desa, _)] => (t.kecamatan.added)(&desa.name, desa.records),
        many => (t.kecamatan.added_many)(many.len()),
    };
    app.notice.set(Some(Notice::Info(text)));
}

/// Reads a chosen backup file and keeps it as a desa; else gives what the banner says,
/// naming the file.
async fn add_file(app: AppState, file: &File, passphrase: &str) -> Result<Added, String> {
    read_and_keep(app, file, passphrase)
        .await
        .map_err(|why| format!("{}: {why}", file.name()))
}

async fn read_and_keep(app: AppState, file: &File, passphrase: &str) -> Result<Added, String> {
    let lang = app.lang.get_untracked();
    let refused = |error: BackupError| crate::i18n::backup_error(lang, &error);
    let text = file_text(file).await.unwrap_or_default();
    let opened = open_backup(text, passphrase)
        .await
        .map_err(|why| unopened_text(lang, &why))?;
    let unchecked = backup::read(&opened.inner).map_err(refused)?;
    let records = check_backup(&unchecked).await.map_err(refused)?;
    let named = opened.village.as_ref().and_then(|v| v.id);
    keep_desa(app, records, unchecked.records_text().as_bytes(), named).await
}

#[component]
pub fn KecamatanPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = app.texts();
    let month_text = this_month_text();
    let paper = RwSignal::new(Paper::A4);
    let passphrase = RwSignal::new(String::new());
    let held = RwSignal::new(Vec::<Added>::new());
    spawn_local(async move { held.set(load_all(app).await) });
    // Several files may be chosen at once (a PKB receives one per desa); they are
    // added in turn, up to the first that is refused, and shown together.
    let on_file = move |ev: leptos::ev::Event| {
        let files = take_chosen_files(&ev);
        spawn_local(async move {
            let passphrase = passphrase.get_untracked();
            let mut added = Vec::new();
            let mut refused = None;
            for (i, file) in files.iter().enumerate() {
                let progress = (t.kecamatan.adding)(i + 1, files.len());
                app.notice.set(Some(Notice::Lasting(progress)));
                match add_file(app, file, &passphrase).await {
                    Ok(desa) => added.push(desa),
                    Err(why) => {
                        refused = Some(why);
                        break;
                    }
                }
            }
            match refused {
                Some(why) => app.notice.set(Some(Notice::Error(why))),
                None => added_notice(app, &added),
            }
            show_added(held, added);
        });
    };
    let server_url = RwSignal::new(String::new());
    let server_db = RwSignal::new(String::new());
    let server_user = RwSignal::new(String::new());
    let server_password = RwSignal::new(String::new());
    let problems = RwSignal::new(Problems::new());
    let on_server = move |_| {
        let parsed = SyncSettings::parse(
            &KEC_FIELDS,
            &server_url.get_untracked(),
            &server_db.get_untracked(),
            &server_user.get_untracked(),
            &server_password.get_untracked(),
            false,
        );
        let server = match parsed {
            Ok(server) => server,
            Err(found) => return show_problems(problems, found),
        };
        problems.set(Problems::new());
        spawn_local(async move {
            app.notice
                .set(Some(Notice::Lasting(t.kecamatan.reading_server.to_owned())));
            match read_desa(&server, &passphrase.get_untracked()).await {
                Ok(records) => match stored::encode_all(&records) {
                    Ok(json) => match keep_desa(app, records, json.as_bytes(), None).await {
                        Ok(desa) => {
                            added_notice(app, std::slice::from_ref(&desa));
                            show_added(held, vec![desa]);
                        }
                        Err(why) => app.notice.set(Some(Notice::Error(why))),
                    },
                    Err(error) => app.store_error(&StoreError::Codec(error.to_string())),
                },
                Err(error) => app.notice.set(Some(Notice::Error(failure(app, &error)))),
            }
        });
    };
    let forget = move |key: String| {
        spawn_local(async move {
            match kecamatan::forget(&key).await {
                Ok(()) => held.update(|all| all.retain(|(desa, _)| desa.key != key)),
                Err(error) => app.store_error(&error),
            }
        });
    };
    // Each desa's column for a month and 4T rules is counted once: adding the 50th desa
    // must not count the 49 before it again (a replaced copy has a new read time).
    let counted = StoredValue::new(Counted::new());
    let columns = Memo::new(move |_| {
        let month = month_or_now(&month_text.get());
        let rules = app.four_t.get();
        held.with(|all| {
            all.iter()
                .map(|(desa, register)| {
                    let at = (desa.key.clone(), desa.read_at, month);
                    let known = counted.with_value(|c| {
                        c.get(&at)
                            .filter(|(r, _)| *r == rules)
                            .map(|(_, column)| column.clone())
                    });
                    known.unwrap_or_else(|| {
                        let column = desa_column(register, month, rules);
                        counted.update_value(|c| {
                            c.insert(at, (rules, column.clone()));
                        });
                        column
                    })
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <PaperRule paper=paper landscape=true/>
        <section class="card no-print" data-testid="kecamatan">
            <h1>{t.kecamatan.title}</h1>
            <p class="hint">{t.kecamatan.intro}</p>
            <div class="field">
                <label for="f-kec-passphrase">{t.kecamatan.passphrase}</label>
                <input id="f-kec-passphrase" type="password" autocomplete="off" data-testid="kec-passphrase"
                    prop:value=move || passphrase.get() on:input=move |ev| passphrase.set(event_target_value(&ev))/>
            </div>
            <label class="button file">
                {t.kecamatan.add}
                <input type="file" multiple accept=".json,application/json" on:change=on_file data-testid="kec-file"/>
            </label>
            <details class="kec-server" data-testid="kec-server">
                <summary>{t.kecamatan.from_server}</summary>
                <p class="hint">{t.kecamatan.from_server_help}</p>
                <ServerFields server=(server_url, server_db, server_user, server_password) fields=KEC_FIELDS problems=problems/>
                <button type="button" data-testid="kec-server-add" on:click=on_server>{t.kecamatan.add_from_server}</button>
            </details>
            <ul class="list" data-testid="kec-desa">
                {move || held.with(|all| all.iter().map(|(desa, _)| desa.clone()).collect::<Vec<_>>()).into_iter().map(|desa| {
                    let key = desa.key.clone();
                    view! {
                        <li>
                            <span>{(t.kecamatan.held)(&desa.name, desa.records, &format_date(desa.read_at.date_naive(), lang))}</span>
                            <button type="button" class="link" on:click=move |_| forget(key.clone())>{t.common.delete}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <MonthField label=t.common.month month=month_text/>
            <div class="row">
                <PrintControls paper=paper testid="print-kecamatan"/>
                <a class="button" href=Route::Reports.href()>{t.common.nav_reports}</a>
            </div>
        </section>
        {move || {
            let columns = columns.get();
            (!columns.is_empty()).then(|| {
                let month = month_label(month_or_now(&month_text.get()), lang);
                // On paper the desa come in blocks that fit the sheet's width, each
                // with the indicators again; on screen one table scrolls sideways.
                let printed = columns
                    .chunks(PRINTED_DESA)
                    .map(|block| desa_table(block, lang, "kec-print-table"))
                    .collect_view();
                view! {
                    <section class="card">
                        <h2>{(t.kecamatan.table_title)(&month)}</h2>
                        <div class="no-print">
                            <TableScroll label=t.kecamatan.title>
                                {desa_table(&columns, lang, "kec-table")}
                            </TableScroll>
                        </div>
                        <div class="print-only">{printed}</div>
                    </section>
                }
            })
        }}
    }
}
