//! Numbers that are not amounts, and amounts written in two units: a date ("14 August") or a
//! label ("page 64", "class 5", "سوال 2", "5th period") becomes [`Token::Label`]; "1 hour 30
//! minutes" and "1 m 10 cm" become one number in the smaller unit, which remembers how it was
//! written so that a step can say so.

use crate::exact;
use crate::lexicon::{Cue, Lexicon};
use crate::tokens::{match_phrase, Form, Num, Token};
use crate::Unit;

/// A quantity written in two units: so many of the bigger and so many of the smaller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TwoUnits {
    pub(crate) bigger: Unit,
    pub(crate) big: i128,
    pub(crate) small: i128,
}

/// The smaller unit of a bigger one, and how many make one of it.
pub(crate) fn smaller_unit(unit: Unit) -> Option<(Unit, i128)> {
    Some(match unit {
        Unit::Hours => (Unit::Minutes, 60),
        Unit::Minutes => (Unit::Seconds, 60),
        Unit::Kilometres => (Unit::Metres, 1000),
        Unit::Metres => (Unit::Centimetres, 100),
        Unit::Centimetres => (Unit::Millimetres, 10),
        Unit::Kilograms => (Unit::Grams, 1000),
        _ => return None,
    })
}

/// Whether one of `phrases` ends right before `at`.
fn ends_before(tokens: &[Token], at: usize, phrases: &[Vec<String>]) -> bool {
    phrases.iter().any(|p| at >= p.len() && match_phrase(tokens, at - p.len(), std::slice::from_ref(p)).is_some())
}

/// Numbers that are no amount become [`Token::Label`]: a date ("14 August", "August 14") and a
/// label ("page 64", "class 5", "سوال 2"). A quantity in two units ("1 hour 30 minutes", "1 m
/// and 10 cm") becomes one number in the smaller unit.
pub(crate) fn labels_and_two_units(tokens: Vec<Token>, lexicon: &Lexicon) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    for (at, token) in tokens.iter().enumerate() {
        let Token::Number(num) = token else {
            out.push(token.clone());
            continue;
        };
        let whole = num.form == Form::Whole && !num.percent && num.value.is_ok();
        let day = whole && num.value.as_ref().is_ok_and(|v| *v >= exact::int(1) && *v <= exact::int(31));
        let months = lexicon.phrases(Cue::Month);
        let date = day && (match_phrase(&tokens, at + 1, months).is_some() || ends_before(&tokens, at, months));
        let ordinal = match_phrase(&tokens, at + 1, lexicon.phrases(Cue::Ordinal)).is_some();
        let label = whole && (ends_before(&tokens, at, lexicon.phrases(Cue::Label)) || ordinal);
        if num.unit.is_none() && (date || label) {
            out.push(Token::Label);
            continue;
        }
        // "1 hour 30 minutes", "1 m and 10 cm": the bigger part right before, "and" between.
        let and = matches!(out.last(), Some(Token::Word(w)) if lexicon.phrases(Cue::ListAnd).iter().any(|p| p.len() == 1 && &p[0] == w));
        let before = out.len().checked_sub(1 + usize::from(and));
        let merged = before.and_then(|b| match &out[b] {
            Token::Number(big) => two_units(big, num),
            _ => None,
        });
        match (merged, before) {
            (Some(merged), Some(b)) => {
                out.truncate(b);
                out.push(Token::Number(merged));
            }
            _ => out.push(token.clone()),
        }
    }
    out
}

/// `big` and `small` as one number in the smaller unit, when `small`'s unit is the one below
/// `big`'s and less than one of it.
fn two_units(big: &Num, small: &Num) -> Option<Num> {
    let (bigger, unit) = (big.unit?, small.unit?);
    let (below, per) = smaller_unit(bigger)?;
    let whole = |n: &Num| n.form == Form::Whole && !n.percent && n.two_units.is_none();
    let (Ok(b), Ok(s)) = (&big.value, &small.value) else { return None };
    if below != unit || !whole(big) || !whole(small) || *s >= exact::int(per) {
        return None;
    }
    let (b, s) = (*b.numer(), *s.numer());
    let value = b.checked_mul(per)?.checked_add(s)?;
    let mut num = Num::from_value(exact::int(value));
    num.unit = Some(unit);
    num.two_units = Some(TwoUnits { bigger, big: b, small: s });
    Some(num)
}
