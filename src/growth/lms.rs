//! The LMS method (WHO Child Growth Standards, chapter 7) and WHO's rounding.

/// Box-Cox power (L), median (M) and coefficient of variation (S) at one table row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Lms {
    pub l: f64,
    pub m: f64,
    pub s: f64,
}

impl Lms {
    /// Linear interpolation between two rows, `fraction` in [0, 1).
    pub fn lerp(self, upper: Lms, fraction: f64) -> Lms {
        Lms {
            l: self.l + fraction * (upper.l - self.l),
            m: self.m + fraction * (upper.m - self.m),
            s: self.s + fraction * (upper.s - self.s),
        }
    }

    /// Plain LMS z-score, unrounded.
    pub fn z(self, y: f64) -> f64 {
        if self.l == 0.0 {
            // No WHO table has L = 0, but the limit of the formula is well defined.
            return (y / self.m).ln() / self.s;
        }
        ((y / self.m).powf(self.l) - 1.0) / (self.s * self.l)
    }

    /// The measurement at `k` standard deviations (the SD curves of the charts).
    pub fn value_at(self, k: f64) -> f64 {
        if self.l == 0.0 {
            return self.m * (self.s * k).exp();
        }
        self.m * (1.0 + self.l * self.s * k).powf(1.0 / self.l)
    }

    /// WHO's restricted application beyond ±3 SD: the distance past SD3 is measured
    /// in units of the SD2–SD3 gap, so long skewed tails do not inflate the score.
    pub fn z_restricted(self, y: f64) -> f64 {
        let z = self.z(y);
        if z > 3.0 {
            let sd3 = self.value_at(3.0);
            3.0 + (y - sd3) / (sd3 - self.value_at(2.0))
        } else if z < -3.0 {
            let sd3 = self.value_at(-3.0);
            -3.0 + (y - sd3) / (self.value_at(-2.0) - sd3)
        } else {
            z
        }
    }
}

/// Rounds to 2 decimals as R's `round(x, 2)`: the nearer of the two neighbouring
/// hundredths, judged on the double itself (so 0.125 stored as 0.12499… goes down).
pub fn round2(x: f64) -> f64 {
    let scaled = x * 100.0;
    let down = scaled.floor() / 100.0;
    let up = scaled.ceil() / 100.0;
    if (x - down).abs() < (up - x).abs() {
        down
    } else if (x - down).abs() > (up - x).abs() {
        up
    } else {
        // An exact tie: away from zero, as printf does for the decimal text.
        if x >= 0.0 {
            up
        } else {
            down
        }
    }
}

/// Rounds half up to a whole number (WHO's `round_up` for ages in days).
pub fn round_half_up(x: f64) -> f64 {
    let floor = x.floor();
    if x - floor >= 0.5 {
        floor + 1.0
    } else {
        floor
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOY_365: Lms = Lms {
        l: 0.0645,
        m: 9.646,
        s: 0.10925,
    };

    #[test]
    fn plain_z_matches_who_example() {
        assert_eq!(round2(BOY_365.z(7.0)), -2.90);
    }

    #[test]
    fn restricted_z_only_beyond_three() {
        assert_eq!(round2(BOY_365.z(6.0)), -4.28);
        assert_eq!(round2(BOY_365.z_restricted(6.0)), -4.14);
        assert_eq!(BOY_365.z_restricted(7.0), BOY_365.z(7.0));
    }

    #[test]
    fn value_at_inverts_z() {
        for k in [-3.0, -2.0, 0.0, 1.5, 3.0] {
            let y = BOY_365.value_at(k);
            assert!((BOY_365.z(y) - k).abs() < 1e-9, "k = {k}");
        }
    }

    #[test]
    fn zero_power_uses_log_form() {
        let lms = Lms {
            l: 0.0,
            m: 10.0,
            s: 0.1,
        };
        assert!((lms.z(10.0 * (0.2f64).exp()) - 2.0).abs() < 1e-12);
        assert!((lms.value_at(2.0) - 10.0 * (0.2f64).exp()).abs() < 1e-12);
    }

    #[test]
    fn rounding_rules() {
        assert_eq!(round2(1.234), 1.23);
        assert_eq!(round2(-1.236), -1.24);
        assert_eq!(round_half_up(364.5), 365.0);
        assert_eq!(round_half_up(364.49), 364.0);
    }
}
