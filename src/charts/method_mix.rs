//! Rumah DataKu's method-mix chart: one bar per contraceptive method with its count
//! written on it, so a black-and-white print still reads. MKJP bars are green,
//! the others blue, as on the Peta Keluarga's starting legend.

use plotters::prelude::*;

use super::font;
use super::growth_chart::ChartError;
use super::poster::{err, poster};

/// One bar: the method's name, its users, whether it is MKJP.
pub struct MethodBar {
    pub label: String,
    pub users: u32,
    pub mkjp: bool,
}

const MKJP: RGBColor = RGBColor(60, 150, 70);
const SHORT_TERM: RGBColor = RGBColor(50, 100, 200);

pub fn method_mix_svg(
    title: &str,
    bars: &[MethodBar],
    size: (u32, u32),
) -> Result<String, ChartError> {
    let top = bars.iter().map(|b| b.users).max().unwrap_or(0).max(1) as f64 * 1.2;
    let labels: Vec<String> = bars.iter().map(|b| b.label.clone()).collect();
    poster(
        title,
        &labels,
        top,
        ("", "Peserta KB aktif"),
        size,
        |chart, sizes| {
            for (i, bar) in bars.iter().enumerate() {
                let colour = if bar.mkjp { MKJP } else { SHORT_TERM };
                let left = i as f64 + 0.15;
                let height = f64::from(bar.users);
                chart
                    .draw_series(std::iter::once(Rectangle::new(
                        [(left, 0.0), (left + 0.7, height)],
                        colour.filled(),
                    )))
                    .map_err(|e| err(&e))?;
                let at = (left + 0.25, height + top * 0.08);
                chart
                    .draw_series(std::iter::once(Text::new(
                        bar.users.to_string(),
                        at,
                        font(sizes.tag),
                    )))
                    .map_err(|e| err(&e))?;
            }
            Ok(())
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_bar_per_method_coloured_by_mkjp_with_its_count() {
        let bars = [
            ("IUD", 4, true),
            ("Suntik", 11, false),
            ("Pil <b>", 0, false),
        ]
        .map(|(label, users, mkjp)| MethodBar {
            label: label.into(),
            users,
            mkjp,
        });
        let svg = method_mix_svg("Metode KB — RT <01>", &bars, (1200, 600)).expect("draws");
        assert_eq!(svg.matches("fill=\"#3C9646\"").count(), 1, "one MKJP bar");
        assert_eq!(
            svg.matches("fill=\"#3264C8\"").count(),
            2,
            "two short-term bars"
        );
        assert!(svg.contains(">\n11\n<") && svg.contains(">\n4\n<"), "{svg}");
        assert!(svg.contains("RT &lt;01&gt;") && svg.contains("Pil &lt;b&gt;"));
        assert!(!svg.contains("<b>"));
    }
}
