//! The growth chart's SVG: its structure, a point where it belongs, escaped text.

#![allow(clippy::restriction)] // test code may unwrap, panic and index

use bakti::charts::growth_chart::{render_svg, sd_curves, ChartKind, GrowthChart, View};
use bakti::growth::tables::Table;
use bakti::growth::{Age, Sex};

/// The median weight of a girl at `months`, from the WHO table.
fn median_weight(months: f64) -> f64 {
    let day = Age::from_months(months).map_or(0, Age::in_days);
    Table::WeightForAge
        .row(Sex::Female, i64::from(day))
        .map_or(0.0, |lms| lms.m)
}

fn chart() -> GrowthChart {
    GrowthChart {
        kind: ChartKind::WeightForAge,
        view: View::Months0To24,
        sex: Sex::Female,
        title: "BB/U — Ayu <b>&</b> <script>x</script>".into(),
        points: vec![(6.0, median_weight(6.0)), (12.0, median_weight(12.0))],
        lang: bakti::i18n::Lang::Id,
    }
}

/// (x, y) attribute pairs of the elements with this tag.
fn coordinates(svg: &str, tag: &str, x: &str, y: &str) -> Vec<(f64, f64)> {
    let attr = |element: &str, name: &str| -> Option<f64> {
        let start = element.find(&format!(" {name}=\""))? + name.len() + 3;
        element[start..].split('"').next()?.parse().ok()
    };
    svg.split(&format!("<{tag} "))
        .skip(1)
        .map(|element| format!(" {element}"))
        .filter_map(|element| Some((attr(&element, x)?, attr(&element, y)?)))
        .collect()
}

/// Points of the polylines with this stroke colour.
fn polylines(svg: &str, stroke: &str) -> Vec<Vec<(f64, f64)>> {
    svg.split("<polyline ")
        .skip(1)
        .filter(|element| element.contains(&format!("stroke=\"{stroke}\"")))
        .filter_map(|element| {
            let start = element.find("points=\"")? + 8;
            let points = element[start..].split('"').next()?;
            Some(
                points
                    .split_whitespace()
                    .filter_map(|pair| {
                        let (x, y) = pair.split_once(',')?;
                        Some((x.parse().ok()?, y.parse().ok()?))
                    })
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn seven_sd_curves_six_bands_and_the_childs_line() {
    let svg = render_svg(&chart(), 800, 560).expect("renders");
    assert!(svg.starts_with("<svg"));
    // Seven SD lines in four colours (±3, ±2, ±1, median), and the child's line.
    let sd_lines: usize = ["#BE1E2D", "#E67814", "#78963C", "#14783C"]
        .iter()
        .map(|stroke| polylines(&svg, stroke).len())
        .sum();
    assert_eq!(sd_lines, 7);
    assert_eq!(polylines(&svg, "#141E5A").len(), 1);
    assert_eq!(svg.matches("<polygon").count(), 6);
    assert_eq!(coordinates(&svg, "circle", "cx", "cy").len(), 2);
    // The card is pink for a girl.
    assert!(svg.contains("fill=\"#FCE4EC\""));
}

#[test]
fn a_child_on_the_median_sits_on_the_median_line() {
    let svg = render_svg(&chart(), 800, 560).expect("renders");
    let medians = polylines(&svg, "#14783C");
    assert_eq!(medians.len(), 1, "one median line");
    let median = &medians[0];
    for (cx, cy) in coordinates(&svg, "circle", "cx", "cy") {
        let on_line = median
            .windows(2)
            .find(|w| w[0].0 <= cx && cx <= w[1].0)
            .map(|w| {
                let t = if w[1].0 > w[0].0 {
                    (cx - w[0].0) / (w[1].0 - w[0].0)
                } else {
                    0.0
                };
                w[0].1 + t * (w[1].1 - w[0].1)
            })
            .expect("point within the curve's span");
        assert!(
            (on_line - cy).abs() <= 2.0,
            "circle at {cy}, median at {on_line}"
        );
    }
}

#[test]
fn user_text_is_escaped() {
    let svg = render_svg(&chart(), 800, 560).expect("renders");
    assert!(svg.contains("Ayu &lt;b&gt;&amp;&lt;/b&gt; &lt;script&gt;x&lt;/script&gt;"));
    assert!(!svg.contains("<script"));
    assert!(!svg.contains("<b>"));
}

#[test]
fn curves_cover_the_view() {
    let curves = sd_curves(ChartKind::LengthForAge, View::Months0To60, Sex::Male);
    assert_eq!(curves.len(), 7);
    let last_x = curves[3].1.last().map_or(0.0, |p| p.0);
    assert!((59.9..=60.1).contains(&last_x), "{last_x}");
    let wfh = sd_curves(ChartKind::WeightForLength, View::Months0To60, Sex::Male);
    let span = (wfh[0].1[0].0, wfh[0].1.last().map_or(0.0, |p| p.0));
    assert_eq!(span, (65.0, 120.0));
    // Each curve lies above the one below it.
    for pair in curves.windows(2) {
        assert!(pair[0].1.iter().zip(&pair[1].1).all(|(a, b)| a.1 < b.1));
    }
}

/// Every font size an SVG declares.
fn font_sizes(svg: &str) -> Vec<f64> {
    svg.split("font-size=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next()?.parse().ok())
        .collect()
}

#[test]
fn no_chart_type_is_drawn_under_thirteen_px() {
    use bakti::charts::growth_chart::{render_svg, ChartKind, GrowthChart, View};
    use bakti::charts::poster::trend_svg;
    use bakti::charts::MIN_TYPE_PX;
    use bakti::domain::core::calendar::Month;
    use bakti::growth::Sex;
    use bakti::i18n::Lang;

    let chart = GrowthChart {
        kind: ChartKind::WeightForAge,
        view: View::Months0To24,
        sex: Sex::Female,
        title: "BB/U · Ayu".into(),
        points: vec![(3.0, 5.5)],
        lang: Lang::Id,
    };
    let months: Vec<(Month, Option<f64>)> = Month {
        year: 2026,
        month: 11,
    }
    .last_twelve()
    .into_iter()
    .map(|m| (m, Some(12.5)))
    .collect();
    for svg in [
        render_svg(&chart, 340, 300).unwrap(),
        render_svg(&chart, 800, 560).unwrap(),
        trend_svg("Stunting", "%", &months, (720, 420), Lang::Id).unwrap(),
    ] {
        let sizes = font_sizes(&svg);
        assert!(!sizes.is_empty());
        let smallest = sizes.iter().copied().fold(f64::MAX, f64::min);
        assert!(
            smallest >= f64::from(MIN_TYPE_PX) - 0.01,
            "type of {smallest} px"
        );
    }
}
