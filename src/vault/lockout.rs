//! Wrong PINs: four are free (a cadre mistypes), from the fifth the phone waits 30 s,
//! doubling with each further miss up to an hour. The count survives a reload.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

const FREE_TRIES: u32 = 4;
const FIRST_WAIT_SECS: i64 = 30;
const MAX_WAIT_SECS: i64 = 3_600;

/// Wrong PINs in a row and when the last one was typed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failures {
    pub count: u32,
    pub last: Option<DateTime<Utc>>,
}

impl Failures {
    pub fn failed(self, now: DateTime<Utc>) -> Failures {
        Failures {
            count: self.count.saturating_add(1),
            last: Some(now),
        }
    }

    /// How long to wait after `count` wrong PINs before the next try.
    pub fn wait(&self) -> Duration {
        let over = self.count.saturating_sub(FREE_TRIES);
        if over == 0 {
            return Duration::zero();
        }
        let doublings = (over - 1).min(16);
        Duration::seconds((FIRST_WAIT_SECS << doublings).min(MAX_WAIT_SECS))
    }

    /// Whole seconds left before a PIN may be tried at `now` (0: now), rounded up so
    /// the screen never says 29 right after a 30 s wait began.
    pub fn seconds_left(&self, now: DateTime<Utc>) -> i64 {
        let Some(last) = self.last else { return 0 };
        let millis = (last + self.wait() - now).num_milliseconds().max(0);
        (millis + 999) / 1000
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_misses_are_free_then_the_wait_grows_to_an_hour() {
        let waits: Vec<i64> = (0..=12)
            .map(|count| Failures { count, last: None }.wait().num_seconds())
            .collect();
        assert_eq!(
            waits,
            [0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 960, 1920, 3600]
        );
        let many = Failures {
            count: u32::MAX,
            last: None,
        };
        assert_eq!(many.wait().num_seconds(), 3600);
    }

    #[test]
    fn the_wait_counts_from_the_last_miss() {
        let t0 = DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
        let mut failures = Failures::default();
        for _ in 0..5 {
            failures = failures.failed(t0);
        }
        assert_eq!(failures.seconds_left(t0), 30);
        assert_eq!(failures.seconds_left(t0 + Duration::seconds(29)), 1);
        assert_eq!(
            failures.seconds_left(t0 + Duration::milliseconds(29_001)),
            1
        );
        assert_eq!(failures.seconds_left(t0 + Duration::milliseconds(100)), 30);
        assert_eq!(failures.seconds_left(t0 + Duration::seconds(31)), 0);
        assert_eq!(Failures::default().seconds_left(t0), 0);
    }
}
