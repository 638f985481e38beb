//! Spreadsheet files in and out: a sheet saved as Excel (.xlsx, made by the xlsx worker)
//! or CSV, and a chosen file (either kind) opened as sheets.

use crate::i18n::CommonTexts;
use crate::sheet::{csv, Sheet};
use crate::store::xlsx::{self, XlsxFailure};
use crate::ui::app::state::{use_app, Notice};
use crate::ui::settings::backup::{download, download_bytes, file_bytes, take_chosen_file};
use leptos::prelude::*;
use leptos::task::spawn_local;

const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/// Every .xlsx (a zip) starts with these bytes; anything else is read as CSV text.
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";

/// "Unduh Excel (.xlsx)" and "Unduh CSV" of the sheet `sheet` gives with its file name
/// (no extension); `None` when there is nothing to save.
#[component]
pub fn SheetDownloads(
    sheet: Callback<(), Option<(Sheet, String)>>,
    xlsx_testid: &'static str,
    csv_testid: &'static str,
) -> impl IntoView {
    let app = use_app();
    let t = app.texts();
    let failed = move || {
        app.notice
            .set(Some(Notice::Error(t.common.store_failed.to_owned())))
    };
    let on_xlsx = move |_| {
        let Some((sheet, name)) = sheet.run(()) else {
            return failed();
        };
        app.notice
            .set(Some(Notice::Lasting(t.common.preparing_xlsx.to_owned())));
        spawn_local(async move {
            let saved = xlsx::write(&[sheet])
                .await
                .map(|bytes| download_bytes(&bytes, &format!("{name}.xlsx"), XLSX_MIME));
            match saved {
                Ok(Ok(())) => app.notice.set(None),
                Err(XlsxFailure::Unavailable) => app
                    .notice
                    .set(Some(Notice::Error(t.common.xlsx_unavailable.to_owned()))),
                _ => failed(),
            }
        });
    };
    let on_csv = move |_| {
        let done = sheet.run(()).and_then(|(sheet, name)| {
            let text = csv::write(&sheet).ok()?;
            download(&text, &format!("{name}.csv"), "text/csv").ok()
        });
        if done.is_none() {
            failed();
        }
    };
    view! {
        <button type="button" on:click=on_xlsx data-testid=xlsx_testid>{t.common.download_xlsx}</button>
        <button type="button" class="secondary" on:click=on_csv data-testid=csv_testid>{t.common.download_sheet_csv}</button>
    }
}

/// The sheets of the file chosen in a file input (an .xlsx workbook or a CSV), clearing
/// the input for the next pick; the error is the cadre's message.
pub async fn chosen_sheets(ev: &leptos::ev::Event, t: &CommonTexts) -> Result<Vec<Sheet>, String> {
    let bytes = chosen_file_bytes(ev)
        .await
        .ok_or_else(|| t.not_csv.to_owned())?;
    if bytes.starts_with(ZIP_MAGIC) {
        return xlsx::read(&bytes).await.map_err(|failure| match failure {
            XlsxFailure::Unavailable => t.xlsx_unavailable.to_owned(),
            XlsxFailure::NotXlsx | XlsxFailure::Unwritable(_) => t.not_xlsx.to_owned(),
        });
    }
    csv::read(&String::from_utf8_lossy(&bytes))
        .map(|sheet| vec![sheet])
        .map_err(|_| t.not_csv.to_owned())
}

async fn chosen_file_bytes(ev: &leptos::ev::Event) -> Option<Vec<u8>> {
    file_bytes(&take_chosen_file(ev)?).await
}
