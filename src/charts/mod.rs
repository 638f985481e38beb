//! Charts as SVG strings (plotters' SVG backend): pure, tested natively, shown on screen
//! and printed the same way.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

pub mod growth_chart;
pub mod method_mix;
pub mod poster;

/// Type sizes for a drawing `width` px wide. A drawing is shown at about its own size
/// (the phone's chart, the scrollable poster preview) or scaled to paper, so a size
/// never goes below 13 px: at least 11 px once a 360 px phone fits the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypeSizes {
    pub title: u32,
    pub label: u32,
    /// The numbers and letters written on bars and points.
    pub tag: u32,
}

/// The smallest type any chart draws.
pub const MIN_TYPE_PX: u32 = 13;

impl TypeSizes {
    pub fn for_width(width: u32) -> TypeSizes {
        let label = (width / 50).max(MIN_TYPE_PX);
        TypeSizes {
            title: label * 3 / 2,
            label,
            tag: (label * 5 / 6).max(MIN_TYPE_PX),
        }
    }
}

/// plotters' SVG backend writes a font of size `s` as `font-size="s / 1.24"`, and
/// axis labels take a whole `s`.
const PLOTTERS_SHRINK: f64 = 1.24;

/// The font to hand plotters for type of at least `px` pixels in the SVG.
pub fn font(px: u32) -> (&'static str, f64) {
    ("sans-serif", (f64::from(px) * PLOTTERS_SHRINK).ceil())
}

/// `text` cut with "…" to what fits on one line of `width` px in `px` type (an average
/// sans-serif glyph of mixed text is about 0.52 em), so a long name never runs out of
/// the drawing.
pub fn fit_line(text: &str, width: u32, px: u32) -> String {
    let room = (f64::from(width) / (f64::from(px.max(1)) * 0.52)).floor() as usize;
    if text.chars().count() <= room {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(room.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// Writes `title` centred at the top of `root` (cut to fit) and gives back the area under
/// it. plotters' own caption reserves room by a text estimate that grows with the
/// title's length: a long title squeezed the plot into the lower half.
pub fn titled<'a>(
    root: &DrawingArea<SVGBackend<'a>, Shift>,
    title: &str,
    sizes: TypeSizes,
) -> Result<DrawingArea<SVGBackend<'a>, Shift>, growth_chart::ChartError> {
    let err = |e: &dyn std::fmt::Display| growth_chart::ChartError::new(e.to_string());
    let (width, _) = root.dim_in_pixel();
    let band = sizes.title * 2;
    let (head, body) = root.split_vertically(band);
    let centred = font(sizes.title)
        .into_font()
        .color(&BLACK)
        .pos(Pos::new(HPos::Center, VPos::Center));
    let middle = (
        i32::try_from(width / 2).unwrap_or(0),
        i32::try_from(band / 2).unwrap_or(0),
    );
    head.draw(&Text::new(
        fit_line(title, width, sizes.title),
        middle,
        centred,
    ))
    .map_err(|e| err(&e))?;
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_is_never_under_thirteen_px_and_grows_with_posters() {
        assert_eq!(
            TypeSizes::for_width(340),
            TypeSizes {
                title: 19,
                label: 13,
                tag: 13
            }
        );
        let poster = TypeSizes::for_width(1200);
        assert_eq!((poster.title, poster.label, poster.tag), (36, 24, 20));
    }

    #[test]
    fn a_long_title_is_cut_to_the_drawing() {
        assert_eq!(fit_line("BB/U · Ayu", 340, 19), "BB/U · Ayu");
        let long = format!("BB/U · {}", "x".repeat(5_000));
        let fitted = fit_line(&long, 340, 19);
        assert_eq!(fitted.chars().count(), 34);
        assert!(fitted.ends_with('…'));
    }
}
