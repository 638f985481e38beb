//! The monthly PPKBD report as CSV for a spreadsheet: the rows and columns of the
//! screen, methods spelled out, CPR and unmet need in percent with a decimal comma.

use crate::domain::core::register::Register;
use crate::domain::core::spreadsheet::text_cell;
use crate::domain::kb::status::Method;
use crate::indicators::kb::report::{report_rows, KbReport, COLUMNS};

#[derive(Debug, thiserror::Error)]
#[error("CSV: {0}")]
pub struct CsvError(String);

fn percent(value: Option<f64>) -> String {
    value.map_or_else(String::new, |p| format!("{p:.1}").replace('.', ","))
}

/// `method_names` gives the header of each method (in `Method::ALL` order).
pub fn kb_report_csv(
    register: &Register,
    report: &KbReport,
    method_names: impl Fn(Method) -> String,
) -> Result<String, CsvError> {
    let mut writer = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Always)
        .from_writer(Vec::new());
    let mut header = vec![
        "Bulan".to_owned(),
        "Tingkat".to_owned(),
        "Wilayah".to_owned(),
    ];
    header.extend(COLUMNS.iter().map(|(h, _)| (*h).to_owned()));
    header.extend(Method::ALL.iter().map(|m| method_names(*m)));
    header.extend(["CPR %", "mCPR %", "Unmet need %"].map(str::to_owned));
    writer
        .write_record(&header)
        .map_err(|e| CsvError(e.to_string()))?;
    let month = report.month.iso();
    for (level, label, counts) in report_rows(register, report) {
        let mut row = vec![month.clone(), level.label().to_owned(), text_cell(&label)];
        row.extend(COLUMNS.iter().map(|(_, value)| value(counts).to_string()));
        row.extend(Method::ALL.iter().map(|m| counts.users_of(*m).to_string()));
        row.extend([
            percent(counts.cpr()),
            percent(counts.mcpr()),
            percent(counts.unmet_percent()),
        ]);
        writer
            .write_record(&row)
            .map_err(|e| CsvError(e.to_string()))?;
    }
    let bytes = writer.into_inner().map_err(|e| CsvError(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| CsvError(e.to_string()))
}
