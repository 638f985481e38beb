//! The IMP's cash book (kemandirian, peran bakti 6): iuran, jimpitan, UPPKA sales and
//! gifts in; spending out; the balance on any day. An expense larger than the balance
//! on its date is refused, so the book never shows money that is not there.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::core::calendar::Month;
use crate::domain::core::fields::{past_date, records_since, Problem, Problems};

/// Where money in comes from, or that it goes out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CashKind {
    Dues,
    Jimpitan,
    Uppka,
    Gift,
    OtherIn,
    Spending,
}

impl CashKind {
    pub const ALL: [CashKind; 6] = [
        CashKind::Dues,
        CashKind::Jimpitan,
        CashKind::Uppka,
        CashKind::Gift,
        CashKind::OtherIn,
        CashKind::Spending,
    ];

    pub fn is_in(self) -> bool {
        self != CashKind::Spending
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CashEntry {
    #[serde(with = "crate::domain::core::stored_date")]
    pub date: NaiveDate,
    pub kind: CashKind,
    /// Rupiah.
    pub amount: u64,
    #[serde(default)]
    pub description: String,
}

impl CashEntry {
    /// The amount as it moves the balance: positive in, negative out.
    pub fn signed(&self) -> i64 {
        let amount = i64::try_from(self.amount).unwrap_or(i64::MAX);
        if self.kind.is_in() {
            amount
        } else {
            -amount
        }
    }
}

/// The balance at the end of `date`.
pub fn balance(book: &[(Uuid, CashEntry)], date: NaiveDate) -> i64 {
    book.iter()
        .filter(|(_, e)| e.date <= date)
        .map(|(_, e)| e.signed())
        .sum()
}

/// Money in and out during the month, and the balance at its end.
pub fn month_totals(book: &[(Uuid, CashEntry)], month: Month) -> (i64, i64, i64) {
    let (mut cash_in, mut cash_out) = (0, 0);
    for (_, e) in book.iter().filter(|(_, e)| Month::of(e.date) == month) {
        match e.signed() {
            n if n >= 0 => cash_in += n,
            n => cash_out -= n,
        }
    }
    (cash_in, cash_out, balance(book, month.last_day()))
}

/// Whether the entry `id` can be deleted: taking back money already spent is refused,
/// as no later day may be left below zero.
pub fn can_remove(book: &[(Uuid, CashEntry)], id: Uuid) -> Result<(), Problem> {
    let Some((_, entry)) = book.iter().find(|(e, _)| *e == id) else {
        return Ok(());
    };
    if !entry.kind.is_in() {
        return Ok(());
    }
    let amount = entry.signed();
    let short = book
        .iter()
        .filter(|(_, e)| e.date >= entry.date)
        .any(|(_, e)| balance(book, e.date) - amount < 0);
    if short {
        Err(Problem::MoreThanBalance)
    } else {
        Ok(())
    }
}

/// Largest amount the form takes (a typo guard, Rp 100 million).
const MAX_AMOUNT: u64 = 100_000_000;

/// "25.000", "25000" or "Rp 25.000" → 25000.
fn rupiah(text: &str) -> Result<u64, Problem> {
    let trimmed = text.trim();
    let digits = trimmed.strip_prefix("Rp").unwrap_or(trimmed).trim();
    if digits.is_empty() {
        return Err(Problem::Required);
    }
    let clean: String = digits.chars().filter(|c| !matches!(c, '.' | ' ')).collect();
    clean
        .parse::<u64>()
        .map_err(|_| Problem::NotAnAmount)
        .and_then(amount_in_range)
}

/// Whole rupiah from 1 to `MAX_AMOUNT`.
pub fn amount_in_range(amount: u64) -> Result<u64, Problem> {
    if (1..=MAX_AMOUNT).contains(&amount) {
        Ok(amount)
    } else {
        Err(Problem::NotAnAmount)
    }
}

/// The cash form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CashForm {
    pub date: String,
    pub kind: Option<CashKind>,
    pub amount: String,
    pub description: String,
}

impl CashForm {
    pub fn parse(
        &self,
        book: &[(Uuid, CashEntry)],
        today: NaiveDate,
    ) -> Result<CashEntry, Problems> {
        let mut problems = Problems::new();
        let date = past_date(&self.date, records_since(), today)
            .map_err(|p| problems.push(("cash_date", p)))
            .ok();
        if self.kind.is_none() {
            problems.push(("cash_kind", Problem::Required));
        }
        let amount = rupiah(&self.amount)
            .map_err(|p| problems.push(("amount", p)))
            .ok();
        if let (Some(date), Some(CashKind::Spending), Some(amount)) = (date, self.kind, amount) {
            // Later entries must stay covered too: the lowest balance from `date` on.
            let later_low = book
                .iter()
                .filter(|(_, e)| e.date >= date)
                .map(|(_, e)| balance(book, e.date))
                .chain(std::iter::once(balance(book, date)))
                .min()
                .unwrap_or(0);
            if i64::try_from(amount).unwrap_or(i64::MAX) > later_low {
                problems.push(("amount", Problem::MoreThanBalance));
            }
        }
        match (date, self.kind, amount) {
            (Some(date), Some(kind), Some(amount)) if problems.is_empty() => Ok(CashEntry {
                date,
                kind,
                amount,
                description: self.description.trim().to_owned(),
            }),
            _ => Err(problems),
        }
    }
}
