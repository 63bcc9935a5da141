//! Exact arithmetic on rationals of `i128` that never panics: every operand is checked against a
//! bound before it is used, so no product or sum can overflow, and a number past the bound is
//! [`MathError::TooLarge`].

use num_integer::Integer;
use num_rational::Ratio;
use num_traits::{CheckedAdd, CheckedDiv, CheckedMul, CheckedSub, Zero};

use crate::MathError;

pub(crate) type Q = Ratio<i128>;
pub(crate) type Result<T> = std::result::Result<T, MathError>;

/// Numerators and denominators must stay below 2^62, so that a product of two fits in i128.
const LIMIT: u128 = 1 << 62;

fn bounded(r: &Q) -> Result<()> {
    if r.numer().unsigned_abs() >= LIMIT || r.denom().unsigned_abs() >= LIMIT {
        return Err(MathError::TooLarge);
    }
    Ok(())
}

fn bounded_int(n: i128) -> Result<i128> {
    if n.unsigned_abs() >= LIMIT {
        return Err(MathError::TooLarge);
    }
    Ok(n)
}

pub(crate) fn int(n: i128) -> Q {
    Q::from_integer(n)
}

/// `numerator/denominator`, reduced.
pub(crate) fn fraction(numerator: i128, denominator: i128) -> Result<Q> {
    if denominator == 0 {
        return Err(MathError::ZeroDenominator);
    }
    Ok(Q::new(bounded_int(numerator)?, bounded_int(denominator)?))
}

pub(crate) fn add(a: &Q, b: &Q) -> Result<Q> {
    bounded(a)?;
    bounded(b)?;
    a.checked_add(b).ok_or(MathError::TooLarge)
}

pub(crate) fn sub(a: &Q, b: &Q) -> Result<Q> {
    bounded(a)?;
    bounded(b)?;
    a.checked_sub(b).ok_or(MathError::TooLarge)
}

pub(crate) fn mul(a: &Q, b: &Q) -> Result<Q> {
    bounded(a)?;
    bounded(b)?;
    a.checked_mul(b).ok_or(MathError::TooLarge)
}

pub(crate) fn div(a: &Q, b: &Q) -> Result<Q> {
    if b.is_zero() {
        return Err(MathError::DivisionByZero);
    }
    bounded(a)?;
    bounded(b)?;
    a.checked_div(b).ok_or(MathError::TooLarge)
}

/// Integer product, bounded like the rationals.
pub(crate) fn mul_int(a: i128, b: i128) -> Result<i128> {
    bounded_int(bounded_int(a)?.checked_mul(bounded_int(b)?).ok_or(MathError::TooLarge)?)
}

/// Lowest common multiple of positive integers.
pub(crate) fn lcm(a: i128, b: i128) -> Result<i128> {
    mul_int(a / a.gcd(&b), b)
}

/// 10^exponent, if it fits.
pub(crate) fn pow10(exponent: u32) -> Result<i128> {
    10i128.checked_pow(exponent).filter(|p| p.unsigned_abs() < LIMIT).ok_or(MathError::TooLarge)
}

/// How many digits after the point `value` needs as a decimal, or `None` when its decimal never
/// ends (its simplest denominator has a prime factor other than 2 and 5).
pub(crate) fn decimal_places(value: &Q) -> Option<u32> {
    let mut denominator = *value.denom();
    let (mut twos, mut fives) = (0u32, 0u32);
    while denominator % 2 == 0 {
        denominator /= 2;
        twos += 1;
    }
    while denominator % 5 == 0 {
        denominator /= 5;
        fives += 1;
    }
    (denominator == 1).then_some(twos.max(fives))
}

/// The prime factors of `n` (n ≥ 1), smallest first, with repeats: 12 → [2, 2, 3].
pub(crate) fn prime_factors(mut n: u64) -> Vec<u64> {
    let mut factors = Vec::new();
    let mut divisor = 2u64;
    while divisor.saturating_mul(divisor) <= n {
        while n.is_multiple_of(divisor) {
            factors.push(divisor);
            n /= divisor;
        }
        divisor += if divisor == 2 { 1 } else { 2 };
    }
    if n > 1 {
        factors.push(n);
    }
    factors
}
