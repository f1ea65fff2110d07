//! Decimal numbers for the page's texts and the chart, without the standard library's
//! float formatting (`{}` and `{:.1}` of an `f64` link about 14 KB of float-printing
//! code into the page's wasm, for a handful of sizes and percentages).

/// `x` with `decimals` digits after the point, rounded half to even, as
/// `format!("{x:.decimals$}")` writes it for the sizes and shares the page shows
/// (finite, below 2^53 once scaled).
pub fn fixed(x: f64, decimals: u32) -> String {
    let scale = 10u64.pow(decimals);
    let n = (x.abs() * scale as f64).round_ties_even() as u64;
    let mut s = String::new();
    if x.is_sign_negative() && n != 0 {
        s.push('-');
    }
    s.push_str(&(n / scale).to_string());
    if decimals > 0 {
        let frac = (n % scale).to_string();
        s.push('.');
        for _ in frac.len()..decimals as usize {
            s.push('0');
        }
        s.push_str(&frac);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::fixed;

    #[test]
    fn same_as_std_formatting() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for i in 0..20_000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let x = (seed >> 11) as f64 / (1u64 << 53) as f64 * [1.0, 100.0, 5000.0][i % 3];
            for d in 0..3 {
                assert_eq!(fixed(x, d), format!("{x:.*}", d as usize), "{x} to {d}");
            }
        }
        for (x, d, want) in [
            (0.0, 1, "0.0"),
            (5.0, 0, "5"),
            (4.95, 1, "5.0"),
            (0.25, 1, "0.2"),
            (0.75, 1, "0.8"),
            (99.5, 0, "100"),
            (170.0, 1, "170.0"),
            (-2.5, 1, "-2.5"),
        ] {
            assert_eq!(fixed(x, d), want);
            assert_eq!(fixed(x, d), format!("{x:.*}", d as usize));
        }
    }
}
