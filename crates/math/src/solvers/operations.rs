//! One operation (+ − × ÷) on two numbers with the textbook's working: fractions over the LCM of
//! their denominators, mixed numbers as improper fractions, decimals with their points lined up,
//! division with a remainder, and answers in simplest form.

use num_integer::Integer;
use num_traits::Zero;

use crate::display;
use crate::exact::{self, Result, Q};
use crate::tokens::{Form, Op};
use crate::{MathError, Step};

/// A number in a calculation, remembering how it is written.
#[derive(Debug, Clone)]
pub(crate) struct Operand {
    pub(crate) value: Q,
    pub(crate) form: Form,
}

impl Operand {
    pub(crate) fn new(value: Q, form: Form) -> Operand {
        Operand { value, form }
    }

    pub(crate) fn is_fraction(&self) -> bool {
        matches!(self.form, Form::Fraction | Form::Mixed)
    }

    fn places(&self) -> u32 {
        match self.form {
            Form::Decimal { places } => places,
            _ => 0,
        }
    }

    /// As the textbook would write it.
    pub(crate) fn text(&self) -> String {
        match self.form {
            Form::Whole => display::whole(*self.value.numer()),
            Form::Decimal { places } => {
                display::decimal_with_places(&self.value, places).unwrap_or_else(|| display::natural(&self.value))
            }
            Form::Fraction => display::fraction(&self.value),
            Form::Mixed => display::mixed(&self.value),
        }
    }
}

pub(crate) fn raw_fraction(numerator: i128, denominator: i128) -> String {
    format!("{numerator}/{denominator}")
}

/// `a op b`, its steps pushed to `steps`.
pub(crate) fn binary(a: &Operand, op: Op, b: &Operand, steps: &mut Vec<Step>) -> Result<Operand> {
    let fractional = a.is_fraction() || b.is_fraction();
    match op {
        Op::Add | Op::Subtract if fractional => add_fractions(a, op, b, steps),
        Op::Multiply | Op::Divide if fractional => multiply_fractions(a, op, b, steps),
        Op::Add | Op::Subtract => add_decimals(a, op, b, steps),
        Op::Multiply => multiply_decimals(a, b, steps),
        Op::Divide => divide_decimals(a, b, steps),
    }
}

pub(crate) fn operation_step(a: String, op: Op, b: String, result: String) -> Step {
    Step::new("math-step-operation", [("a", a), ("op", op.symbol().to_owned()), ("b", b), ("result", result)])
}

/// The number as a fraction, with a step when that changes how it is written.
pub(crate) fn as_fraction(operand: &Operand, steps: &mut Vec<Step>) -> Q {
    let value = operand.value;
    match operand.form {
        Form::Fraction => {}
        Form::Mixed => {
            let whole = value.numer().abs() / value.denom();
            let numerator = value.numer().abs() % value.denom();
            steps.push(Step::new(
                "math-step-mixed-to-improper",
                [
                    ("mixed", display::mixed(&value)),
                    ("whole", whole.to_string()),
                    ("denominator", value.denom().to_string()),
                    ("numerator", numerator.to_string()),
                    ("improper", display::fraction(&value)),
                ],
            ));
        }
        Form::Whole | Form::Decimal { .. } => {
            steps.push(Step::new(
                "math-step-write-as-fraction",
                [("number", operand.text()), ("fraction", raw_fraction(*value.numer(), *value.denom()))],
            ));
        }
    }
    value
}

/// Adds or subtracts fractions over the LCM of their denominators.
fn add_fractions(a: &Operand, op: Op, b: &Operand, steps: &mut Vec<Step>) -> Result<Operand> {
    let x = as_fraction(a, steps);
    let y = as_fraction(b, steps);
    let parts = [x, y].map(|q| (*q.numer(), *q.denom()));
    let (denominator, numerators) = over_common_denominator(parts, "math-step-like-fractions", steps)?;
    let numerator = if op == Op::Add { numerators[0] + numerators[1] } else { numerators[0] - numerators[1] };
    steps.push(operation_step(
        raw_fraction(numerators[0], denominator),
        op,
        raw_fraction(numerators[1], denominator),
        raw_fraction(numerator, denominator),
    ));
    simplest_form(numerator, denominator, steps)
}

/// Two fractions, each a top and a bottom (as written: "6/9" is not brought to 2/3), over the LCM
/// of their denominators: (that denominator, the two numerators), with the steps: `like_step`
/// when the denominators are already the same, else the LCM and each equivalent fraction.
pub(crate) fn over_common_denominator(
    fractions: [(i128, i128); 2],
    like_step: &'static str,
    steps: &mut Vec<Step>,
) -> Result<(i128, [i128; 2])> {
    let (dx, dy) = (fractions[0].1, fractions[1].1);
    let denominator = exact::lcm(dx, dy)?;
    if dx == dy {
        steps.push(Step::new(like_step, [("denominator", dx.to_string())]));
    } else {
        steps.push(Step::new(
            "math-step-lcm-of-denominators",
            [("a", dx.to_string()), ("b", dy.to_string()), ("lcm", denominator.to_string())],
        ));
    }
    let mut numerators = [0i128; 2];
    for (slot, (top, bottom)) in numerators.iter_mut().zip(fractions) {
        let factor = denominator / bottom;
        *slot = exact::mul_int(top, factor)?;
        if factor != 1 {
            steps.push(Step::new(
                "math-step-equivalent-fraction",
                [
                    ("fraction", raw_fraction(top, bottom)),
                    ("equivalent", raw_fraction(*slot, denominator)),
                    ("factor", factor.to_string()),
                ],
            ));
        }
    }
    Ok((denominator, numerators))
}

/// Multiplies fractions (dividing is multiplying by the fraction turned upside down).
fn multiply_fractions(a: &Operand, op: Op, b: &Operand, steps: &mut Vec<Step>) -> Result<Operand> {
    let x = as_fraction(a, steps);
    let mut y = as_fraction(b, steps);
    if op == Op::Divide {
        if y.is_zero() {
            return Err(MathError::DivisionByZero);
        }
        let reciprocal = y.recip();
        steps.push(Step::new(
            "math-step-fraction-divide",
            [
                ("a", display::fraction(&x)),
                ("divisor", display::fraction(&y)),
                ("reciprocal", raw_fraction(*reciprocal.numer(), *reciprocal.denom())),
            ],
        ));
        y = reciprocal;
    }
    let numerator = exact::mul_int(*x.numer(), *y.numer())?;
    let denominator = exact::mul_int(*x.denom(), *y.denom())?;
    steps.push(Step::new(
        "math-step-fraction-multiply",
        [
            ("a", raw_fraction(*x.numer(), *x.denom())),
            ("b", raw_fraction(*y.numer(), *y.denom())),
            ("numerators", format!("{} × {}", x.numer(), y.numer())),
            ("denominators", format!("{} × {}", x.denom(), y.denom())),
            ("result", raw_fraction(numerator, denominator)),
        ],
    ));
    simplest_form(numerator, denominator, steps)
}

/// numerator/denominator in simplest form, then as a mixed number when it is more than 1.
pub(crate) fn simplest_form(numerator: i128, denominator: i128, steps: &mut Vec<Step>) -> Result<Operand> {
    let value = exact::fraction(numerator, denominator)?;
    let hcf = numerator.gcd(&denominator);
    if numerator != 0 && hcf > 1 {
        steps.push(Step::new(
            "math-step-simplify",
            [
                ("fraction", raw_fraction(numerator, denominator)),
                ("hcf", hcf.to_string()),
                ("simplest", display::fraction(&value)),
            ],
        ));
    }
    mixed_number_step(&value, steps);
    Ok(Operand::new(value, Form::Fraction))
}

/// "11/4: 11 ÷ 4 = 2 remainder 3, so 11/4 = 2 3/4", for an improper fraction.
fn mixed_number_step(value: &Q, steps: &mut Vec<Step>) {
    let numerator = value.numer().abs();
    let denominator = *value.denom();
    if value.is_integer() || numerator < denominator {
        return;
    }
    steps.push(Step::new(
        "math-step-to-mixed",
        [
            ("improper", display::fraction(value)),
            ("numerator", numerator.to_string()),
            ("denominator", denominator.to_string()),
            ("whole", (numerator / denominator).to_string()),
            ("remainder", (numerator % denominator).to_string()),
            ("mixed", display::mixed(value)),
        ],
    ));
}

/// The result of whole numbers and decimals, written with `places` digits after the point.
pub(crate) fn decimal_operand(value: Q, places: u32) -> Operand {
    if places == 0 && value.is_integer() {
        Operand::new(value, Form::Whole)
    } else {
        Operand::new(value, Form::Decimal { places })
    }
}

fn add_decimals(a: &Operand, op: Op, b: &Operand, steps: &mut Vec<Step>) -> Result<Operand> {
    let value = if op == Op::Add { exact::add(&a.value, &b.value)? } else { exact::sub(&a.value, &b.value)? };
    let places = a.places().max(b.places());
    let result = decimal_operand(value, places);
    if places == 0 {
        steps.push(operation_step(a.text(), op, b.text(), result.text()));
        return Ok(result);
    }
    let (a_lined, b_lined) = (decimal_operand(a.value, places), decimal_operand(b.value, places));
    steps.push(Step::new(
        "math-step-decimal-line-up",
        [("a", a_lined.text()), ("b", b_lined.text()), ("places", places.to_string())],
    ));
    steps.push(operation_step(a_lined.text(), op, b_lined.text(), result.text()));
    Ok(result)
}

fn multiply_decimals(a: &Operand, b: &Operand, steps: &mut Vec<Step>) -> Result<Operand> {
    let value = exact::mul(&a.value, &b.value)?;
    let places = a.places() + b.places();
    let result = decimal_operand(value, places);
    if places == 0 {
        steps.push(operation_step(a.text(), Op::Multiply, b.text(), result.text()));
        return Ok(result);
    }
    let a_whole = exact::mul(&a.value, &exact::int(exact::pow10(a.places())?))?;
    let b_whole = exact::mul(&b.value, &exact::int(exact::pow10(b.places())?))?;
    let product = exact::mul(&a_whole, &b_whole)?;
    steps.push(Step::new(
        "math-step-decimal-multiply",
        [
            ("a", a.text()),
            ("b", b.text()),
            ("whole-a", display::whole(*a_whole.numer())),
            ("whole-b", display::whole(*b_whole.numer())),
            ("product", display::whole(*product.numer())),
            ("places", places.to_string()),
            ("result", result.text()),
        ],
    ));
    Ok(result)
}

fn divide_decimals(a: &Operand, b: &Operand, steps: &mut Vec<Step>) -> Result<Operand> {
    let value = exact::div(&a.value, &b.value)?;
    let (mut dividend, mut divisor) = (a.clone(), b.clone());
    if b.places() > 0 {
        let factor = exact::pow10(b.places())?;
        dividend = decimal_operand(exact::mul(&a.value, &exact::int(factor))?, a.places().saturating_sub(b.places()));
        divisor = decimal_operand(exact::mul(&b.value, &exact::int(factor))?, 0);
        steps.push(Step::new(
            "math-step-decimal-divide-shift",
            [
                ("a", a.text()),
                ("b", b.text()),
                ("factor", display::whole(factor)),
                ("dividend", dividend.text()),
                ("divisor", divisor.text()),
            ],
        ));
    }
    if dividend.form == Form::Whole && !value.is_integer() {
        // Whole numbers that do not divide exactly: quotient and remainder first.
        let (n, d) = (*dividend.value.numer(), *divisor.value.numer());
        steps.push(Step::new(
            "math-step-division-remainder",
            [
                ("a", dividend.text()),
                ("b", divisor.text()),
                ("quotient", display::whole(Integer::div_floor(&n, &d))),
                ("remainder", display::whole(Integer::mod_floor(&n, &d))),
                ("mixed", display::mixed(&value)),
            ],
        ));
        return Ok(match exact::decimal_places(&value) {
            Some(places) => {
                let result = decimal_operand(value, places);
                steps.push(Step::new(
                    "math-step-as-decimal",
                    [("number", display::mixed(&value)), ("decimal", result.text())],
                ));
                result
            }
            None => Operand::new(value, Form::Mixed),
        });
    }
    let result = match exact::decimal_places(&value) {
        Some(places) => decimal_operand(value, places),
        None => Operand::new(value, Form::Mixed),
    };
    steps.push(operation_step(dividend.text(), Op::Divide, divisor.text(), result.text()));
    Ok(result)
}
