//! The monthly PPKBD report as a sheet for a spreadsheet (.xlsx or CSV): the rows and
//! columns of the screen, methods spelled out, CPR and unmet need in percent with a
//! decimal comma.

use crate::domain::core::register::Register;
use crate::domain::kb::status::Method;
use crate::indicators::kb::report::{report_rows, KbReport, COLUMNS};
use crate::sheet::Sheet;

fn percent(value: Option<f64>) -> String {
    value.map_or_else(String::new, |p| format!("{p:.1}").replace('.', ","))
}

/// `method_names` gives the header of each method (in `Method::ALL` order).
pub fn kb_report_sheet(
    register: &Register,
    report: &KbReport,
    method_names: impl Fn(Method) -> String,
) -> Sheet {
    let mut header = vec![
        "Bulan".to_owned(),
        "Tingkat".to_owned(),
        "Wilayah".to_owned(),
    ];
    header.extend(COLUMNS.iter().map(|(h, _)| (*h).to_owned()));
    header.extend(Method::ALL.iter().map(|m| method_names(*m)));
    header.extend(["CPR %", "mCPR %", "Unmet need %"].map(str::to_owned));
    let mut rows = vec![header];
    let month = report.month.iso();
    for (level, label, counts) in report_rows(register, report) {
        let mut row = vec![month.clone(), level.label().to_owned(), label];
        row.extend(COLUMNS.iter().map(|(_, value)| value(counts).to_string()));
        row.extend(Method::ALL.iter().map(|m| counts.users_of(*m).to_string()));
        row.extend([
            percent(counts.cpr()),
            percent(counts.mcpr()),
            percent(counts.unmet_percent()),
        ]);
        rows.push(row);
    }
    Sheet::new(&format!("Laporan KB {month}"), rows)
}
