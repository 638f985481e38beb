//! Growth charts as in Buku KIA: the −3…+3 SD curves of a WHO index, the bands between
//! them coloured, the card tinted pink for girls and blue for boys, and the child's
//! points joined. SVG from plotters (text is escaped by its SVG backend); pure Rust.

use crate::i18n::{Lang, PosyanduTexts};
use plotters::prelude::*;
use thiserror::Error;

use crate::growth::tables::Table;
use crate::growth::{Age, Sex};

use super::{font, titled, TypeSizes};

#[derive(Debug, Error)]
#[error("the chart could not be drawn: {0}")]
pub struct ChartError(String);

impl ChartError {
    pub fn new(reason: String) -> ChartError {
        ChartError(reason)
    }
}

/// Which chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// BB/U: weight (kg) by age.
    WeightForAge,
    /// PB/U – TB/U: length/height (cm) by age.
    LengthForAge,
    /// BB/PB (0–24 view) or BB/TB (0–60 view): weight by length/height (cm).
    WeightForLength,
    /// IMT/U: BMI by age.
    BmiForAge,
    /// LK/U: head circumference (cm) by age.
    HeadForAge,
}

/// The age span a chart shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Months0To24,
    Months0To60,
}

impl View {
    fn last_month(self) -> f64 {
        match self {
            View::Months0To24 => 24.0,
            View::Months0To60 => 60.0,
        }
    }
}

impl ChartKind {
    fn table(self, view: View) -> Table {
        match (self, view) {
            (ChartKind::WeightForAge, _) => Table::WeightForAge,
            (ChartKind::LengthForAge, _) => Table::LengthForAge,
            (ChartKind::WeightForLength, View::Months0To24) => Table::WeightForLength,
            (ChartKind::WeightForLength, View::Months0To60) => Table::WeightForHeight,
            (ChartKind::BmiForAge, _) => Table::BmiForAge,
            (ChartKind::HeadForAge, _) => Table::HeadForAge,
        }
    }

    /// Age on the x axis, or length/height for BB/PB – BB/TB.
    pub fn by_age(self) -> bool {
        self != ChartKind::WeightForLength
    }

    pub fn axis_labels(self, lang: Lang) -> (&'static str, &'static str) {
        let t = PosyanduTexts::of(lang);
        match self {
            ChartKind::WeightForAge => (t.axis_age, t.axis_weight),
            ChartKind::LengthForAge => (t.axis_age, t.axis_length),
            ChartKind::WeightForLength => (t.axis_length, t.axis_weight),
            ChartKind::BmiForAge => (t.axis_age, t.axis_bmi),
            ChartKind::HeadForAge => (t.axis_age, t.axis_head),
        }
    }
}

/// What to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct GrowthChart {
    pub kind: ChartKind,
    pub view: View,
    pub sex: Sex,
    /// Shown as the caption; any text, escaped in the SVG.
    pub title: String,
    /// The child's points: (age in months or length in cm, value), oldest first.
    pub points: Vec<(f64, f64)>,
    /// The language of the axes.
    pub lang: Lang,
}

/// The SD lines drawn, lowest first.
pub const SD_LINES: [f64; 7] = [-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0];

/// The child's own line and points: dark, so they stand out on paper too.
pub const CHILD_LINE: RGBColor = RGBColor(20, 30, 90);

/// Line colours; distinct widths and dashes keep them apart in black and white.
fn line_style(sd: f64) -> ShapeStyle {
    let (colour, width) = match sd.abs() as u32 {
        3 => (RGBColor(190, 30, 45), 3),
        2 => (RGBColor(230, 120, 20), 2),
        1 => (RGBColor(120, 150, 60), 1),
        _ => (RGBColor(20, 120, 60), 3),
    };
    colour.stroke_width(width)
}

/// Band fill between two SD lines (Buku KIA: green around the median, yellow, then red).
fn band_colour(lower_sd: f64) -> RGBAColor {
    match lower_sd as i32 {
        -3 | 2 => RGBColor(250, 220, 90).mix(0.55),
        -2 | 1 => RGBColor(170, 220, 140).mix(0.55),
        _ => RGBColor(120, 200, 120).mix(0.55),
    }
}

/// The card tint: pink for girls, blue for boys.
fn card_colour(sex: Sex) -> RGBColor {
    match sex {
        Sex::Female => RGBColor(252, 228, 236),
        Sex::Male => RGBColor(225, 238, 252),
    }
}

/// The SD curves as (x, value) samples: x in months, or in cm for weight-for-length.
pub fn sd_curves(kind: ChartKind, view: View, sex: Sex) -> Vec<(f64, Vec<(f64, f64)>)> {
    let table = kind.table(view);
    let (first, last) = table.key_range(sex);
    let (first, last, step) = if kind.by_age() {
        let last_day = Age::from_months(view.last_month()).map_or(last, |a| i64::from(a.in_days()));
        (first, last.min(last_day), 7)
    } else {
        (first, last, 5)
    };
    let keys: Vec<i64> = (first..=last)
        .step_by(step)
        .chain(std::iter::once(last))
        .collect();
    SD_LINES
        .iter()
        .map(|&sd| {
            let samples = keys
                .iter()
                .filter_map(|&key| {
                    let lms = table.row(sex, key)?;
                    let x = if kind.by_age() {
                        key as f64 / crate::growth::age::DAYS_PER_MONTH
                    } else {
                        key as f64 / table.keys_per_unit()
                    };
                    Some((x, lms.value_at(sd)))
                })
                .collect();
            (sd, samples)
        })
        .collect()
}

/// Draws the chart as an SVG document of `width` × `height` pixels.
pub fn render_svg(chart: &GrowthChart, width: u32, height: u32) -> Result<String, ChartError> {
    let err = |e: &dyn std::fmt::Display| ChartError::new(e.to_string());
    let curves = sd_curves(chart.kind, chart.view, chart.sex);
    let xs = curves.iter().flat_map(|(_, c)| c.iter().map(|p| p.0));
    let (x_min, x_max) = xs.fold((f64::MAX, f64::MIN), |(lo, hi), x| (lo.min(x), hi.max(x)));
    let lowest = curves
        .first()
        .map(|(_, c)| c.iter().map(|p| p.1).fold(f64::MAX, f64::min));
    let highest = curves
        .last()
        .map(|(_, c)| c.iter().map(|p| p.1).fold(f64::MIN, f64::max));
    let points_y = chart.points.iter().map(|p| p.1);
    let y_min = points_y
        .clone()
        .fold(lowest.unwrap_or(0.0), f64::min)
        .floor()
        .max(0.0);
    let y_max = points_y.fold(highest.unwrap_or(1.0), f64::max).ceil();
    let (x_label, y_label) = chart.kind.axis_labels(chart.lang);

    let sizes = TypeSizes::for_width(width);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        root.fill(&card_colour(chart.sex)).map_err(|e| err(&e))?;
        let body = titled(&root, &chart.title, sizes)?;
        let mut plot = ChartBuilder::on(&body)
            .margin(sizes.label / 2 + 4)
            // Room for the SD names written after each curve's end.
            .margin_right(sizes.tag * 2)
            .x_label_area_size(sizes.label * 3)
            .y_label_area_size(sizes.label * 3)
            .build_cartesian_2d(x_min..x_max, y_min..y_max)
            .map_err(|e| err(&e))?;
        plot.configure_mesh()
            .x_desc(x_label)
            .y_desc(y_label)
            .label_style(font(sizes.label))
            .axis_desc_style(font(sizes.label))
            .x_label_formatter(&|x| format!("{x:.0}"))
            .y_label_formatter(&|y| format!("{y:.0}"))
            .light_line_style(RGBColor(200, 200, 200).mix(0.4))
            .draw()
            .map_err(|e| err(&e))?;
        for pair in curves.windows(2) {
            let [(lower_sd, lower), (_, upper)] = pair else {
                continue;
            };
            let outline: Vec<(f64, f64)> =
                lower.iter().chain(upper.iter().rev()).copied().collect();
            plot.draw_series(std::iter::once(Polygon::new(
                outline,
                band_colour(*lower_sd),
            )))
            .map_err(|e| err(&e))?;
        }
        for (sd, samples) in &curves {
            plot.draw_series(LineSeries::new(samples.iter().copied(), line_style(*sd)))
                .map_err(|e| err(&e))?;
            if let Some(&(x, y)) = samples.last() {
                let label = if *sd > 0.0 {
                    format!("+{sd}")
                } else {
                    format!("{sd}")
                };
                plot.draw_series(std::iter::once(Text::new(label, (x, y), font(sizes.tag))))
                    .map_err(|e| err(&e))?;
            }
        }
        plot.draw_series(LineSeries::new(
            chart.points.iter().copied(),
            CHILD_LINE.stroke_width(3),
        ))
        .map_err(|e| err(&e))?;
        plot.draw_series(
            chart
                .points
                .iter()
                .map(|&p| Circle::new(p, 5, CHILD_LINE.filled())),
        )
        .map_err(|e| err(&e))?;
        root.present().map_err(|e| err(&e))?;
    }
    Ok(svg)
}
