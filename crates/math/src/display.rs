//! How numbers are written in answers and steps: whole numbers with Pakistani or international
//! commas, fractions in simplest form, mixed numbers ("1 3/8"), exact decimals ("0.25").

use crate::exact::{decimal_places, pow10, Q};

/// Where commas go in a whole number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Grouping {
    /// No commas: "1200".
    None,
    /// After 3 digits from the right, then after every 2: "3,47,582".
    Pakistani,
    /// After every 3 digits: "347,582".
    International,
}

/// Whole numbers of five digits or more get Pakistani commas, as the textbook writes them.
pub(crate) fn whole(n: i128) -> String {
    if n.unsigned_abs() >= 10_000 {
        grouped(n, Grouping::Pakistani)
    } else {
        n.to_string()
    }
}

/// `n` with commas placed by `grouping`.
pub(crate) fn grouped(n: i128, grouping: Grouping) -> String {
    let digits = n.unsigned_abs().to_string();
    let sign = if n < 0 { "-" } else { "" };
    if grouping == Grouping::None || digits.len() <= 3 {
        return format!("{sign}{digits}");
    }
    let (head, last3) = digits.split_at(digits.len() - 3);
    let size = if grouping == Grouping::Pakistani { 2 } else { 3 };
    let mut groups: Vec<&str> = Vec::new();
    let mut end = head.len();
    while end > 0 {
        let start = end.saturating_sub(size);
        groups.push(&head[start..end]);
        end = start;
    }
    groups.reverse();
    groups.push(last3);
    format!("{sign}{}", groups.join(","))
}

/// "7/8", "7/4", "3", "-1/2": the simplest form, improper fractions kept.
pub(crate) fn fraction(value: &Q) -> String {
    if value.is_integer() {
        whole(*value.numer())
    } else {
        format!("{}/{}", value.numer(), value.denom())
    }
}

/// "1 3/8", "3/8", "3", "-1 3/8": improper fractions as mixed numbers.
pub(crate) fn mixed(value: &Q) -> String {
    let numerator = value.numer().unsigned_abs();
    let denominator = value.denom().unsigned_abs();
    let sign = if *value.numer() < 0 { "-" } else { "" };
    let (whole_part, rest) = (numerator / denominator, numerator % denominator);
    match (whole_part, rest) {
        (w, 0) => format!("{sign}{}", whole(w as i128)),
        (0, r) => format!("{sign}{r}/{denominator}"),
        (w, r) => format!("{sign}{} {r}/{denominator}", whole(w as i128)),
    }
}

/// The exact decimal, when the value has one that ends: "0.25", "2.5", "12".
pub(crate) fn decimal(value: &Q) -> Option<String> {
    let places = decimal_places(value)?;
    decimal_with_places(value, places)
}

/// The decimal with exactly `places` digits after the point (padding with zeros), when the value
/// is exact at that many places: 2.5 with 2 places is "2.50".
pub(crate) fn decimal_with_places(value: &Q, places: u32) -> Option<String> {
    let scale = pow10(places).ok()?;
    let scaled = value.numer().checked_mul(scale)?;
    if scaled % value.denom() != 0 {
        return None;
    }
    let scaled = (scaled / value.denom()).unsigned_abs();
    let sign = if *value.numer() < 0 { "-" } else { "" };
    let scale = scale.unsigned_abs();
    let (whole_part, rest) = (scaled / scale, scaled % scale);
    if places == 0 {
        return Some(format!("{sign}{}", whole(whole_part as i128)));
    }
    Some(format!("{sign}{}.{rest:0width$}", whole(whole_part as i128), width = places as usize))
}

/// The first `places` digits of a decimal that never ends, then "…": 1/3 → "0.333…".
pub(crate) fn decimal_cut(value: &Q, places: u32) -> String {
    let numerator = value.numer().unsigned_abs();
    let denominator = value.denom().unsigned_abs();
    let sign = if *value.numer() < 0 { "-" } else { "" };
    let mut out = format!("{sign}{}.", whole((numerator / denominator) as i128));
    let mut remainder = numerator % denominator;
    for _ in 0..places {
        remainder *= 10;
        out.push(char::from(b'0' + (remainder / denominator) as u8));
        remainder %= denominator;
    }
    out.push('…');
    out
}

/// A decimal when it ends, else a mixed number: how whole-number and decimal answers are shown.
pub(crate) fn natural(value: &Q) -> String {
    decimal(value).unwrap_or_else(|| mixed(value))
}
