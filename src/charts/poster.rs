//! Posters for the posyandu notice board: the balok SKDN over 12 months (S red,
//! K yellow, D green, N blue) and the stunting trend. Large type, and every bar and
//! point carries its letter or number, so a black-and-white print still reads.

use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::growth_chart::ChartError;
use super::{font, titled, TypeSizes};
use crate::domain::core::calendar::Month;
use crate::i18n::{month_label, Lang, PosyanduTexts};
use crate::indicators::posyandu::skdn::{CountOf, Counts};

/// The four SKDN bars: letter, colour, value.
pub const BARS: [(&str, RGBColor, CountOf); 4] = [
    ("S", RGBColor(200, 40, 40), |c| c.s),
    ("K", RGBColor(235, 190, 30), |c| c.k),
    ("D", RGBColor(40, 150, 70), |c| c.d),
    ("N", RGBColor(40, 90, 200), |c| c.n),
];

pub(super) fn err(e: &dyn std::fmt::Display) -> ChartError {
    ChartError::new(e.to_string())
}

/// Share of the y range kept below zero for the month names.
const LABEL_STRIP: f64 = 0.08;

pub(super) type Chart<'a, 'b> =
    ChartContext<'a, SVGBackend<'b>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// Writes each group's name (a month, a method) under it, in the strip below zero.
fn draw_group_labels(
    chart: &mut Chart<'_, '_>,
    labels: &[String],
    top: f64,
    px: u32,
) -> Result<(), ChartError> {
    let labels = labels
        .iter()
        .enumerate()
        .map(|(i, label)| Text::new(label.clone(), (i as f64 + 0.15, -top * 0.025), font(px)));
    chart.draw_series(labels).map_err(|e| err(&e))?;
    Ok(())
}

fn month_labels<T>(months: &[(Month, T)], lang: Lang) -> Vec<String> {
    months.iter().map(|(m, _)| month_label(*m, lang)).collect()
}

/// A tick of the value axis: whole ticks only (with a top of 2 plotters ticks every 0.5,
/// and rounding wrote "0, 0, 1, 1, 2, 2" up the axis); none in the strip of group labels
/// below zero.
fn axis_label(y: f64, unit: &str) -> String {
    if y < 0.0 || y.fract() != 0.0 {
        String::new()
    } else {
        format!("{y:.0}{unit}")
    }
}

/// The frame the posters share: white page, large title, the y axis with `unit`,
/// a name under each group; `draw` adds the data with the type sizes given.
pub(super) fn poster(
    title: &str,
    groups: &[String],
    top: f64,
    (unit, axis): (&str, &str),
    size: (u32, u32),
    draw: impl FnOnce(&mut Chart<'_, '_>, TypeSizes) -> Result<(), ChartError>,
) -> Result<String, ChartError> {
    let sizes = TypeSizes::for_width(size.0);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        root.fill(&WHITE).map_err(|e| err(&e))?;
        let body = titled(&root, title, sizes)?;
        let mut chart = ChartBuilder::on(&body)
            .margin(sizes.label)
            .x_label_area_size(sizes.label * 2)
            // Room for "100%" and the axis name beside it (three labels' width wrote
            // the name over the numbers).
            .y_label_area_size(sizes.label * 4)
            .build_cartesian_2d(0.0..groups.len().max(1) as f64, -top * LABEL_STRIP..top)
            .map_err(|e| err(&e))?;
        let y_label = |y: &f64| axis_label(*y, unit);
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(0)
            .y_label_formatter(&y_label)
            .label_style(font(sizes.label))
            .axis_desc_style(font(sizes.label))
            .y_desc(axis)
            .draw()
            .map_err(|e| err(&e))?;
        draw_group_labels(&mut chart, groups, top, sizes.label)?;
        draw(&mut chart, sizes)?;
        root.present().map_err(|e| err(&e))?;
    }
    Ok(svg)
}

/// Balok SKDN: one group of four bars per month, oldest first.
pub fn skdn_bars_svg(
    title: &str,
    months: &[(Month, Counts)],
    size: (u32, u32),
    lang: Lang,
) -> Result<String, ChartError> {
    let top = months
        .iter()
        .map(|(_, c)| c.s.max(c.k).max(c.d).max(c.n))
        .max()
        .unwrap_or(0)
        .max(1) as f64
        // Room above the tallest bar for its upright tag.
        * 1.25;
    poster(
        title,
        &month_labels(months, lang),
        top,
        ("", PosyanduTexts::of(lang).axis_children),
        size,
        |chart, sizes| {
            // Upright tags over a bar a fifth of a month wide ran into each other once a
            // desa counts in thousands ("S1460K1445"): each tag stands up its bar's middle.
            let tag_style = font(sizes.tag)
                .into_font()
                .transform(FontTransform::Rotate270)
                .into_text_style(chart.plotting_area())
                .pos(Pos::new(HPos::Left, VPos::Center));
            for (i, (_, counts)) in months.iter().enumerate() {
                for (j, (letter, colour, value)) in BARS.iter().enumerate() {
                    let left = i as f64 + 0.1 + j as f64 * 0.2;
                    let height = f64::from(value(counts));
                    let bar = Rectangle::new([(left, 0.0), (left + 0.18, height)], colour.filled());
                    chart
                        .draw_series(std::iter::once(bar))
                        .map_err(|e| err(&e))?;
                    if value(counts) == 0 {
                        continue;
                    }
                    let tag = format!("{letter}{}", value(counts));
                    let at = (left + 0.09, height + top * 0.01);
                    chart
                        .draw_series(std::iter::once(Text::new(tag, at, tag_style.clone())))
                        .map_err(|e| err(&e))?;
                }
            }
            Ok(())
        },
    )
}

/// A percentage over 12 months as a line with its value at every point; `axis` names
/// what the percentage is of.
pub fn trend_svg(
    title: &str,
    axis: &str,
    months: &[(Month, Option<f64>)],
    size: (u32, u32),
    lang: Lang,
) -> Result<String, ChartError> {
    let highest = months.iter().filter_map(|(_, p)| *p).fold(0.0, f64::max);
    let top = (highest * 1.25).clamp(10.0, 100.0);
    poster(
        title,
        &month_labels(months, lang),
        top,
        ("%", axis),
        size,
        |chart, sizes| {
            let points: Vec<(f64, f64)> = months
                .iter()
                .enumerate()
                .filter_map(|(i, (_, p))| p.map(|p| (i as f64 + 0.5, p)))
                .collect();
            let line = RGBColor(150, 30, 30);
            chart
                .draw_series(LineSeries::new(
                    points.iter().copied(),
                    line.stroke_width(4),
                ))
                .map_err(|e| err(&e))?;
            chart
                .draw_series(points.iter().map(|&p| Circle::new(p, 7, line.filled())))
                .map_err(|e| err(&e))?;
            chart
                .draw_series(points.iter().map(|&(x, y)| {
                    let text = format!("{y:.1}%").replace('.', ",");
                    Text::new(text, (x - 0.3, y + top * 0.06), font(sizes.tag))
                }))
                .map_err(|e| err(&e))?;
            Ok(())
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn months() -> Vec<(Month, Counts)> {
        Month {
            year: 2026,
            month: 11,
        }
        .last_twelve()
        .into_iter()
        .enumerate()
        .map(|(i, m)| {
            let i = i as u32;
            (
                m,
                Counts {
                    s: 30,
                    k: 28,
                    d: 20 + i / 2,
                    n: 15 + i / 3,
                    ..Counts::default()
                },
            )
        })
        .collect()
    }

    #[test]
    fn the_value_axis_names_whole_ticks_only() {
        let ticks: Vec<String> = [-0.5, 0.0, 0.5, 1.0, 1.5, 2.0]
            .into_iter()
            .map(|y| axis_label(y, "%"))
            .collect();
        assert_eq!(ticks, ["", "0%", "", "1%", "", "2%"]);
    }

    #[test]
    fn twelve_groups_of_four_bars_with_their_letters() {
        let svg = skdn_bars_svg(
            "Balok SKDN — Posyandu <Mawar>",
            &months(),
            (1400, 900),
            Lang::Id,
        )
        .expect("draws");
        for (_, colour, _) in BARS {
            let fill = format!("fill=\"#{:02X}{:02X}{:02X}\"", colour.0, colour.1, colour.2);
            assert_eq!(svg.matches(&fill).count(), 12, "{fill}");
        }
        assert!(svg.contains("S30") && svg.contains("N18"));
        // Each of the 48 tags stands up its bar, as does the axis name.
        assert_eq!(svg.matches("rotate(270,").count(), 48 + 1);
        assert!(svg.contains("Nov 26") && svg.contains("Des 25"));
        assert!(svg.contains("Posyandu &lt;Mawar&gt;"));
    }

    #[test]
    fn the_trend_skips_months_without_data() {
        let months: Vec<(Month, Option<f64>)> = Month {
            year: 2026,
            month: 11,
        }
        .last_twelve()
        .into_iter()
        .enumerate()
        .map(|(i, m)| (m, (i != 3).then_some(20.0 - i as f64)))
        .collect();
        let svg = trend_svg(
            "Stunting",
            "% balita ditimbang",
            &months,
            (1400, 900),
            Lang::Id,
        )
        .expect("draws");
        assert_eq!(svg.matches("<circle").count(), 11);
        assert!(svg.contains("20,0%") && svg.contains("9,0%"));
    }
}
