//! Programme tables that are policy, not WHO mathematics: kept here as data, each with
//! its source and date, so a correction is a one-line change reviewed in one place.
//! `docs/domain.md` marks the month boundaries of KBM and the KMS red line uncertain [U];
//! the choices below follow the most official text we have.

/// Where a programme table comes from, shown in the UI beside the numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    pub title: &'static str,
    pub date: &'static str,
}

/// One row of the KBM table: from this many completed months up to and including
/// `to_month`, the minimum gain in grams since last month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KbmRow {
    pub from_month: u32,
    pub to_month: u32,
    pub grams: u32,
}

/// Kenaikan Berat badan Minimal. Buku KIA 2023 (page "Grafik BB/U") prints the row
/// 800, 900, 800, 600, 500, 400, 300, 200 g in merged cells whose month boundaries do
/// not read clearly [U, docs/domain.md §3.2]; two independent KBM tables in the KMS
/// material (Depkes standard of growth monitoring, and its replicas) give 400 g for
/// months 6–7, 300 g for 8–10 and 200 g from 11 months, which is the reading used here.
#[rustfmt::skip]
pub const KBM: [KbmRow; 8] = [
    KbmRow { from_month: 1, to_month: 1, grams: 800 },
    KbmRow { from_month: 2, to_month: 2, grams: 900 },
    KbmRow { from_month: 3, to_month: 3, grams: 800 },
    KbmRow { from_month: 4, to_month: 4, grams: 600 },
    KbmRow { from_month: 5, to_month: 5, grams: 500 },
    KbmRow { from_month: 6, to_month: 7, grams: 400 },
    KbmRow { from_month: 8, to_month: 10, grams: 300 },
    KbmRow { from_month: 11, to_month: 60, grams: 200 },
];

pub const KBM_SOURCE: Source = Source {
    title: "Buku KIA (Kesehatan Ibu dan Anak), Kemenkes, halaman Grafik BB/U",
    date: "2023 (month boundaries from the KMS KBM tables)",
};

/// The red line of the KMS / Buku KIA BB/U chart (Bawah Garis Merah), as a BB/U z-score.
/// Buku KIA draws it at −3 SD; `docs/domain.md` §3.1 [U] asks to verify on the printed chart.
pub const BGM_WEIGHT_FOR_AGE_Z: f64 = -3.0;

/// The orange line (above it: refer for risk of overweight), as a BB/U z-score.
pub const ORANGE_LINE_WEIGHT_FOR_AGE_Z: f64 = 1.0;

pub const KMS_LINES_SOURCE: Source = Source {
    title: "Buku KIA, Kemenkes: garis merah dan garis oranye grafik BB/U",
    date: "2023",
};

/// Minimum gain in grams for a child of this many completed months, if the table has one.
pub fn kbm_grams(completed_months: u32) -> Option<u32> {
    KBM.iter()
        .find(|row| (row.from_month..=row.to_month).contains(&completed_months))
        .map(|row| row.grams)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kbm_covers_months_1_to_60_once() {
        for month in 1..=60 {
            let rows = KBM
                .iter()
                .filter(|r| (r.from_month..=r.to_month).contains(&month))
                .count();
            assert_eq!(rows, 1, "month {month}");
        }
        assert_eq!(kbm_grams(0), None);
        assert_eq!(kbm_grams(2), Some(900));
        assert_eq!(kbm_grams(6), Some(400));
        assert_eq!(kbm_grams(7), Some(400));
        assert_eq!(kbm_grams(8), Some(300));
        assert_eq!(kbm_grams(10), Some(300));
        assert_eq!(kbm_grams(11), Some(200));
        assert_eq!(kbm_grams(12), Some(200));
        assert_eq!(kbm_grams(61), None);
    }
}
