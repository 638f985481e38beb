//! Spreadsheet files a cadre exchanges with other systems (e-PPGBM, the puskesmas, the
//! PKB): a sheet of text cells, read from and written to CSV (`csv`) and .xlsx (`xlsx`).
//! The .xlsx side runs in its own web worker (`src/bin/xlsx_worker.rs`), so the app's
//! first load does not carry a zip and XML reader.

pub mod csv;
pub mod xlsx;

use serde::{Deserialize, Serialize};

/// One sheet: its name, and its rows of cells as text (the first is usually the header).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sheet {
    pub name: String,
    /// The spreadsheet's row number of `rows[0]`: what a cadre sees beside the row.
    pub first_row: u32,
    pub rows: Vec<Vec<String>>,
}

impl Sheet {
    /// A sheet that starts at row 1.
    pub fn new(name: &str, rows: Vec<Vec<String>>) -> Self {
        Sheet {
            name: name.to_owned(),
            first_row: 1,
            rows,
        }
    }

    /// The row number a spreadsheet shows for `rows[index]`.
    pub fn row_number(&self, index: usize) -> u64 {
        u64::from(self.first_row) + index as u64
    }
}
