//! Cells of the CSV files the app writes and reads back. A spreadsheet runs a cell that
//! starts with `=`, `+`, `-` or `@` (or a tab or carriage return before one) as a
//! formula, so text a cadre typed is written with a leading quote and read back without.

const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Typed text as a cell no spreadsheet will run.
pub fn text_cell(text: &str) -> String {
    if text.starts_with(FORMULA_STARTS) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// A cell read back: the guard quote of `text_cell` taken off.
pub fn cell_text(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_stay_text_and_come_back_unchanged() {
        for typed in [
            "=HYPERLINK(\"x\")",
            "+62 812",
            "-5",
            "@SUM(A1)",
            "\t=1",
            "Siti",
        ] {
            let cell = text_cell(typed);
            assert!(!cell.starts_with(FORMULA_STARTS), "{cell}");
            assert_eq!(cell_text(&cell), typed);
        }
        assert_eq!(cell_text("'Ain"), "'Ain", "a name's own apostrophe stays");
    }
}
