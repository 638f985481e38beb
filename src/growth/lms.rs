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
        if self.l == 1.0 {
            // Length and head circumference (every row L = 1): pow(x, 1) is x exactly,
            // so the same digits without pow (a third of `zscore`'s pow calls).
            return (y / self.m - 1.0) / self.s;
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
    let (floor, ceil) = floor_ceil(scaled);
    // Away from a half (and below 10 000), the product's rounding (< 1e-10) and the
    // division's cannot change which hundredth is nearer: one division, not two.
    let fraction = scaled - floor;
    if scaled.abs() < 1e6 && (fraction - 0.5).abs() > 1e-6 {
        let nearer = if fraction < 0.5 { floor } else { ceil };
        return nearer / 100.0;
    }
    nearer_hundredth(x, floor / 100.0, ceil / 100.0)
}

/// The nearer of `down` and `up` to `x`; a tie away from zero, as printf rounds.
fn nearer_hundredth(x: f64, down: f64, up: f64) -> f64 {
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

/// `x.floor()` and `x.ceil()`, signed zeros included. Below 2^52 by truncating to an
/// integer, exact there: on a CPU without SSE4.1 the float functions are libm calls,
/// and the batch command rounds every score.
fn floor_ceil(x: f64) -> (f64, f64) {
    if x.abs() >= 4_503_599_627_370_496.0 || x.is_nan() {
        return (x.floor(), x.ceil());
    }
    let whole = (x as i64 as f64).copysign(x);
    let floor = if whole > x { whole - 1.0 } else { whole };
    let ceil = if whole < x { whole + 1.0 } else { whole };
    (floor, ceil)
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
    fn unit_power_gives_the_pow_formulas_bits() {
        // Measurements and medians as the length and head tables hold them.
        let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
        for _ in 0..200_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let y = 20.0 + (seed % 12_000) as f64 / 100.0;
            let lms = Lms {
                l: 1.0,
                m: 30.0 + (seed >> 20) as f64 % 9_000.0 / 100.0,
                s: 0.02 + (seed >> 40) as f64 % 300.0 / 10_000.0,
            };
            let with_pow = ((y / lms.m).powf(std::hint::black_box(1.0)) - 1.0) / (lms.s * lms.l);
            assert_eq!(lms.z(y).to_bits(), with_pow.to_bits(), "{lms:?} {y}");
        }
    }

    #[test]
    fn floor_and_ceil_as_the_float_functions() {
        let mut values = vec![
            0.0,
            -0.0,
            0.5,
            -0.5,
            -1.0,
            1.0,
            -1.5,
            2.5,
            4_503_599_627_370_495.5,
            -4_503_599_627_370_495.5,
            4_503_599_627_370_496.0,
            1e300,
            -1e300,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            -f64::MIN_POSITIVE,
        ];
        values.extend((-30_000..30_000).map(|i| f64::from(i) * 0.037));
        for x in values {
            let (floor, ceil) = floor_ceil(x);
            assert_eq!(floor.to_bits(), x.floor().to_bits(), "floor {x:?}");
            assert_eq!(ceil.to_bits(), x.ceil().to_bits(), "ceil {x:?}");
        }
        assert!(floor_ceil(f64::NAN).0.is_nan());
    }

    #[test]
    fn round2_picks_the_nearer_hundredth_judged_on_the_double() {
        let mut values: Vec<f64> = (-300_000..300_000)
            .map(|i| f64::from(i) * 0.000_037_1)
            .collect();
        values.extend((0..100_000).map(|i| f64::from(i) * 0.005));
        values.extend((0..100_000).map(|i| -f64::from(i) * 0.015));
        values.extend((0..20_000).map(|i| f64::from(i) * 1.234_567 + 9_990.0));
        values.extend([0.125, 2.675, 1.005, -0.001, -0.0, 0.0, 1e5, 1e20, -1e300]);
        for x in values {
            let (floor, ceil) = floor_ceil(x * 100.0);
            let judged = nearer_hundredth(x, floor / 100.0, ceil / 100.0);
            assert_eq!(round2(x).to_bits(), judged.to_bits(), "{x:?}");
        }
    }

    #[test]
    fn rounding_rules() {
        assert_eq!(round2(1.234), 1.23);
        assert_eq!(round2(-1.236), -1.24);
        assert_eq!(round_half_up(364.5), 365.0);
        assert_eq!(round_half_up(364.49), 364.0);
    }
}
