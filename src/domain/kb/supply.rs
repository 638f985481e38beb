//! Kemandirian: the pills and condoms a PPKBD receives and gives to couples, the stock
//! on hand, and a warning when it runs low. Each movement is its own record.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::core::fields::{
    past_date, records_since, whole_number, Problem, Problems, Quantity,
};

/// What is handed out, counted in the unit it comes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupplyItem {
    /// Pil KB, per strip (cycle).
    Pill,
    /// Kondom, per piece.
    Condom,
}

impl SupplyItem {
    pub const ALL: [SupplyItem; 2] = [SupplyItem::Pill, SupplyItem::Condom];

    /// Stock at or below this warns: about a month for a handful of couples.
    pub fn low_stock(self) -> i64 {
        match self {
            SupplyItem::Pill => 5,
            SupplyItem::Condom => 24,
        }
    }
}

/// One movement of stock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupplyEntry {
    #[serde(with = "crate::domain::core::stored_date")]
    pub date: NaiveDate,
    pub item: SupplyItem,
    pub quantity: u32,
    /// `None`: received (from PKB / puskesmas); `Some(wife)`: given to that PUS.
    #[serde(default)]
    pub given_to: Option<Uuid>,
    #[serde(default)]
    pub note: String,
}

/// Stock on hand of `item` on `date`.
pub fn stock(supplies: &[(Uuid, SupplyEntry)], item: SupplyItem, date: NaiveDate) -> i64 {
    supplies
        .iter()
        .map(|(_, e)| e)
        .filter(|e| e.item == item && e.date <= date)
        .map(|e| {
            let q = i64::from(e.quantity);
            if e.given_to.is_some() {
                -q
            } else {
                q
            }
        })
        .sum()
}

/// Items the cadre keeps (any entry by `date`) whose stock is at or below their
/// warning level; an item never recorded is not hers to resupply.
pub fn running_low(supplies: &[(Uuid, SupplyEntry)], date: NaiveDate) -> Vec<(SupplyItem, i64)> {
    SupplyItem::ALL
        .iter()
        .filter(|&&item| {
            supplies
                .iter()
                .any(|(_, e)| e.item == item && e.date <= date)
        })
        .map(|&item| (item, stock(supplies, item, date)))
        .filter(|(item, left)| *left <= item.low_stock())
        .collect()
}

/// The supply form: what, how many, when, and to whom (nobody: received).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SupplyForm {
    pub item: Option<SupplyItem>,
    pub quantity: String,
    pub date: String,
    pub given_to: Option<Uuid>,
    pub note: String,
}

impl SupplyForm {
    pub fn parse(&self, today: NaiveDate) -> Result<SupplyEntry, Problems> {
        let mut problems = Problems::new();
        if self.item.is_none() {
            problems.push(("supply_item", Problem::Required));
        }
        if self.quantity.trim().is_empty() {
            problems.push(("quantity", Problem::Required));
        }
        let quantity = whole_number(
            &self.quantity,
            Quantity::SupplyUnits,
            "quantity",
            &mut problems,
        );
        let date = past_date(&self.date, records_since(), today)
            .map_err(|p| problems.push(("supply_date", p)))
            .ok();
        match (self.item, quantity, date) {
            (Some(item), Some(quantity), Some(date)) if problems.is_empty() => Ok(SupplyEntry {
                date,
                item,
                quantity,
                given_to: self.given_to,
                note: self.note.trim().to_owned(),
            }),
            _ => Err(problems),
        }
    }
}
