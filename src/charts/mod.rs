//! Charts as SVG strings (plotters' SVG backend): pure, tested natively, shown on screen
//! and printed the same way.

pub mod growth_chart;
pub mod method_mix;
pub mod poster;
