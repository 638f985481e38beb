//! Peta Keluarga (docs/domain.md §4.8): per RT, a schematic grid where the cadre places
//! each house once; every house carries the mark of its PUS status. The symbols are
//! not fixed by a found source [U], so the legend (symbol, colour, words) is the
//! cadre's to edit; these are only its starting values.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::core::family::MapSpot;
use crate::domain::core::register::Register;
use crate::domain::kb::history::KbIndex;
use crate::domain::kb::status::{is_pus, Method, Wish};

/// Columns of the grid: eight houses fit across a small phone and an A4 page.
pub const MAP_COLUMNS: u8 = 8;
/// Rows are added as houses are placed; never fewer than this.
const MIN_ROWS: u8 = 5;
const MAX_ROWS: u8 = 60;

/// What a house shows: the PUS status of its wife (the one needing most attention
/// when a family has more than one PUS).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "mark", content = "method")]
pub enum HouseMark {
    UnmetNoMore,
    UnmetDelay,
    Pregnant,
    /// PUS using no method and not in unmet need (wants a child soon, or no wish noted).
    NoMethod,
    NotRecorded,
    Method(Method),
    NotPus,
}

impl HouseMark {
    /// Every mark, in the legend's order.
    pub fn all() -> Vec<HouseMark> {
        let mut all: Vec<HouseMark> = Method::ALL.iter().map(|m| HouseMark::Method(*m)).collect();
        all.extend([
            HouseMark::Pregnant,
            HouseMark::UnmetDelay,
            HouseMark::UnmetNoMore,
            HouseMark::NoMethod,
            HouseMark::NotRecorded,
            HouseMark::NotPus,
        ]);
        all
    }

    /// The starting symbol, short enough to read in a cell printed in black and white.
    pub fn default_symbol(self) -> &'static str {
        match self {
            HouseMark::Method(m) => match m {
                Method::Iud => "IUD",
                Method::Mow => "MOW",
                Method::Mop => "MOP",
                Method::Implan => "IMP",
                Method::Suntik => "S",
                Method::Pil => "P",
                Method::Kondom => "K",
                Method::Mal => "MAL",
                Method::Tradisional => "T",
            },
            HouseMark::Pregnant => "H",
            HouseMark::UnmetDelay => "IAT",
            HouseMark::UnmetNoMore => "TIAL",
            HouseMark::NoMethod => "0",
            HouseMark::NotRecorded => "?",
            HouseMark::NotPus => "",
        }
    }

    /// The starting colour: greens for MKJP, blues for short-term methods, teal for
    /// MAL and traditional, pink pregnant, reds unmet need, yellow no method.
    pub fn default_colour(self) -> Colour {
        let rgb = match self {
            HouseMark::Method(m) if m.is_mkjp() => [120, 200, 120],
            HouseMark::Method(Method::Mal | Method::Tradisional) => [150, 215, 210],
            HouseMark::Method(_) => [140, 180, 240],
            HouseMark::Pregnant => [245, 170, 200],
            HouseMark::UnmetDelay => [250, 160, 100],
            HouseMark::UnmetNoMore => [235, 90, 90],
            HouseMark::NoMethod => [250, 225, 110],
            HouseMark::NotRecorded => [255, 255, 255],
            HouseMark::NotPus => [215, 215, 215],
        };
        Colour(rgb)
    }
}

/// A colour as `#rrggbb`; anything else is refused, so it is safe in a style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Colour(pub [u8; 3]);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a #rrggbb colour")]
pub struct NotAColour;

impl TryFrom<String> for Colour {
    type Error = NotAColour;
    fn try_from(text: String) -> Result<Colour, NotAColour> {
        let hex = text.strip_prefix('#').ok_or(NotAColour)?;
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(NotAColour);
        }
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| NotAColour);
        Ok(Colour([byte(0)?, byte(2)?, byte(4)?]))
    }
}

impl From<Colour> for String {
    fn from(c: Colour) -> String {
        c.to_string()
    }
}

impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [r, g, b] = self.0;
        write!(f, "#{r:02x}{g:02x}{b:02x}")
    }
}

/// One line of the legend.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegendEntry {
    pub mark: HouseMark,
    pub symbol: String,
    pub colour: Colour,
    pub label: String,
}

/// The legend: one entry per mark. Saved entries win; marks missing from a saved
/// legend (an older version) take their starting values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Legend {
    pub entries: Vec<LegendEntry>,
}

/// Longest symbol the cell has room for.
pub const SYMBOL_MAX: usize = 4;

impl Legend {
    pub fn new(saved: &[LegendEntry], label: impl Fn(HouseMark) -> String) -> Legend {
        let entries = HouseMark::all()
            .into_iter()
            .map(|mark| {
                saved
                    .iter()
                    .find(|e| e.mark == mark)
                    .cloned()
                    .unwrap_or_else(|| LegendEntry {
                        mark,
                        symbol: mark.default_symbol().to_owned(),
                        colour: mark.default_colour(),
                        label: label(mark),
                    })
            })
            .collect();
        Legend { entries }
    }

    pub fn entry(&self, mark: HouseMark) -> Option<&LegendEntry> {
        self.entries.iter().find(|e| e.mark == mark)
    }
}

/// The mark of a family on `date`.
pub fn house_mark(
    register: &Register,
    index: &KbIndex<'_>,
    family_id: Uuid,
    date: NaiveDate,
) -> HouseMark {
    register
        .members(family_id)
        .filter(|(_, p)| is_pus(p, date))
        .map(|(id, _)| {
            let status = index.status_on(*id, date);
            let pregnant = index.pregnant_on(*id, date);
            match (index.unmet_need_on(*id, date), pregnant, status) {
                (Some(Wish::NoMore), _, _) => HouseMark::UnmetNoMore,
                (Some(_), _, _) => HouseMark::UnmetDelay,
                (None, true, _) => HouseMark::Pregnant,
                (None, false, None) => HouseMark::NotRecorded,
                (None, false, Some(s)) => s.method.map_or(HouseMark::NoMethod, HouseMark::Method),
            }
        })
        .min_by_key(|mark| attention(*mark))
        .unwrap_or(HouseMark::NotPus)
}

/// Lower needs the cadre's attention sooner.
fn attention(mark: HouseMark) -> u8 {
    match mark {
        HouseMark::UnmetNoMore => 0,
        HouseMark::UnmetDelay => 1,
        HouseMark::Pregnant => 2,
        HouseMark::NoMethod => 3,
        HouseMark::NotRecorded => 4,
        HouseMark::Method(_) => 5,
        HouseMark::NotPus => 6,
    }
}

/// One house on the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct House {
    pub family_id: Uuid,
    /// Its number on the map, in reading order (placed houses only).
    pub number: Option<usize>,
    pub spot: Option<MapSpot>,
    pub mark: HouseMark,
}

/// The map of one RT on a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RtMap {
    pub rt_id: Uuid,
    pub columns: u8,
    pub rows: u8,
    /// Placed houses in reading order, then the ones still to place.
    pub houses: Vec<House>,
}

impl RtMap {
    pub fn at(&self, column: u8, row: u8) -> Option<&House> {
        self.houses
            .iter()
            .find(|h| h.spot.is_some_and(|s| s.column == column && s.row == row))
    }

    pub fn unplaced(&self) -> impl Iterator<Item = &House> {
        self.houses.iter().filter(|h| h.spot.is_none())
    }

    /// How many of each mark are on the map (placed or not), in legend order.
    pub fn tally(&self) -> Vec<(HouseMark, usize)> {
        HouseMark::all()
            .into_iter()
            .map(|m| (m, self.houses.iter().filter(|h| h.mark == m).count()))
            .filter(|(_, n)| *n > 0)
            .collect()
    }

    /// The spot for `family_id` at a cell, refused when the cell is taken or outside.
    pub fn spot_for(&self, family_id: Uuid, column: u8, row: u8) -> Result<MapSpot, PlaceError> {
        if column >= self.columns || row >= self.rows {
            return Err(PlaceError::Outside);
        }
        match self.at(column, row) {
            Some(h) if h.family_id != family_id => Err(PlaceError::Taken),
            _ => Ok(MapSpot {
                rt_id: self.rt_id,
                column,
                row,
            }),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PlaceError {
    #[error("cell taken by another house")]
    Taken,
    #[error("outside the map")]
    Outside,
}

/// The map of `rt_id`: its families, placed ones numbered in reading order. Two
/// families on one cell (possible after merging two phones) keep the first; the
/// other goes back to the list to place.
pub fn rt_map(register: &Register, index: &KbIndex<'_>, rt_id: Uuid, date: NaiveDate) -> RtMap {
    let mut houses: Vec<House> = register
        .families
        .iter()
        .filter(|(_, f)| f.rt_id == Some(rt_id))
        .map(|(id, f)| House {
            family_id: *id,
            number: None,
            spot: f
                .map_spot
                .filter(|s| s.rt_id == rt_id && s.column < MAP_COLUMNS && s.row < MAX_ROWS),
            mark: house_mark(register, index, *id, date),
        })
        .collect();
    houses.sort_by_key(|h| {
        (
            h.spot.is_none(),
            h.spot.map(|s| (s.row, s.column)),
            h.family_id,
        )
    });
    let mut number = 0;
    let mut previous: Option<MapSpot> = None;
    for house in &mut houses {
        if house.spot.is_some() && house.spot == previous {
            house.spot = None;
        }
        if house.spot.is_some() {
            number += 1;
            house.number = Some(number);
            previous = house.spot;
        }
    }
    houses.sort_by_key(|h| (h.number.is_none(), h.number, h.family_id));
    // An empty row below the last house, and room for every house of the RT.
    let below_last = houses
        .iter()
        .filter_map(|h| h.spot.map(|s| s.row + 2))
        .max()
        .unwrap_or(0);
    let room = (houses.len() / usize::from(MAP_COLUMNS) + 1).min(usize::from(MAX_ROWS)) as u8;
    RtMap {
        rt_id,
        columns: MAP_COLUMNS,
        rows: below_last.max(room).clamp(MIN_ROWS, MAX_ROWS),
        houses,
    }
}
