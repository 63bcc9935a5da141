//! So many in each, and so many of those: "Each box holds 24 mangoes. How many mangoes are there
//! in 15 boxes?", "ہر ڈبے میں 24 آم ہیں۔ 15 ڈبوں میں کتنے آم ہوں گے؟". Multiplied only when the
//! words say which is which: "each" names the holder, the other number counts holders of that
//! name, and the question asks for what each holds. "Each bus takes 40 children; how many buses
//! for 200 children?" is not this problem. So much each day ("روزانہ 1250 اینٹیں ... چھ دنوں میں")
//! is so much in each day.
//! Divided the other way round when the question asks how many holders: "1275 kg of potatoes in
//! bags of 25 kg each: how many bags?", "ہر تھیلے میں 25 کلو ... 1275 کلو ... کتنے تھیلے"; only
//! when the one amount fills the holders exactly, as in the lesson's sums (a remainder would ask
//! whether a part-filled bag counts).

use super::expression::{product, quotient};
use super::Outcome;
use crate::lexicon::Cue;
use crate::problem::Problem;
use crate::tokens::{Form, Num};

/// How far after "each" what one holds may be said: "each coach has 72 seats", "ہر سواری کا
/// کرایہ 85 روپے".
const EACH_CLAUSE: usize = 4;

/// The stem of the word at `at`, if it is a word that is no cue of `cues`.
fn noun_at(problem: &Problem, at: usize, cues: &[Cue]) -> Option<String> {
    problem.stem_at(at).filter(|_| !cues.iter().any(|cue| problem.has_at(*cue, at)))
}

pub(crate) fn solve(problem: &Problem) -> Outcome {
    let numbers = problem.numbers();
    let [(first_at, first), (second_at, second)] = numbers.as_slice() else { return None };
    let whole = |n: &Num| n.form == Form::Whole && !n.percent;
    if problem.has_operators() || !whole(first) || !whole(second) {
        return None;
    }
    let links = [Cue::Of, Cue::ObjectMarker, Cue::Filler, Cue::Question, Cue::HowMany, Cue::Each];
    // "each box", "ہر ڈبے": the holder's name right after the word for each; "روزانہ", "daily":
    // each day.
    let daily = problem.matches(Cue::Daily).first().copied();
    let (each_at, holder) = match (problem.matches(Cue::Each).first(), daily) {
        (_, Some((at, _))) => (at, None),
        (Some((at, len)), None) => {
            if let Some(holders) = holders(problem, &numbers, &links) {
                return holders;
            }
            (*at, Some(noun_at(problem, at + len, &links)?))
        }
        (None, None) => return None,
    };
    // The number said after "each" is what one holds; the other counts holders.
    // "2 eggs a day", "3 km daily": the word for each day may follow what one day holds.
    let follows = |at: usize| holder.is_none() && each_at > at && each_at <= at + 2;
    let ((per_at, per), (count_at, count)) = if each_at < *first_at || follows(*first_at) && each_at < *second_at {
        ((*first_at, *first), (*second_at, *second))
    } else if follows(*second_at) || holder.is_some() && *first_at < each_at && *second_at <= each_at + EACH_CLAUSE {
        // "9 din late ... fine 15 rupay roz", "14 coaches and each coach has 72 seats": the days
        // or the holders first.
        ((*second_at, *second), (*first_at, *first))
    } else {
        return None;
    };
    let held = noun_at(problem, per_at + 1, &links).filter(|_| per.unit.is_none());
    let counts_holders = match &holder {
        Some(holder) => noun_at(problem, count_at + 1, &links).as_ref() == Some(holder),
        None => problem.has_at(Cue::Days, count_at + 1),
    };
    if !counts_holders {
        return None;
    }
    // The question asks for what one holds: "how many mangoes", "کتنے آم".
    let asks = problem
        .matches(Cue::HowMany)
        .iter()
        .chain(problem.matches(Cue::Question).iter())
        .any(|(at, len)| held.as_ref().is_some_and(|h| noun_at(problem, at + len, &links).as_ref() == Some(h)));
    if !asks && per.unit.is_none() {
        return None;
    }
    Some(product(per, count, per.unit))
}

/// An amount shared equally, and what each holder gets: "1248 copies shared equally among 32
/// sections: how many does each section get?", "60 ٹافیاں 5 بچوں میں برابر بانٹی گئیں۔ ہر بچے کو
/// کتنی ملیں؟". The word for each names the holders the second number counts, the amount is told
/// first, and the holders get the same whole number each: "61 sweets among 5 children" is not
/// read (one more is left over, `remainder.rs`).
pub(crate) fn shared(problem: &Problem) -> Outcome {
    let numbers = problem.numbers();
    let [(_, total), (holders_at, holders)] = numbers.as_slice() else { return None };
    let whole = |n: &Num| n.form == Form::Whole && !n.percent;
    if problem.has_operators() || !whole(total) || !whole(holders) || holders.unit.is_some() {
        return None;
    }
    // "equally", "barabar": not "in boxes of", which tells the size of a share.
    let equally = problem.matches(Cue::Share).iter().any(|(_, len)| *len == 1);
    let links = [Cue::Of, Cue::ObjectMarker, Cue::Filler, Cue::Question, Cue::HowMany, Cue::Each];
    let counted = noun_at(problem, holders_at + 1, &links);
    let question_at = problem.question_after(*holders_at)?;
    let each_named = problem.matches(Cue::Each).iter().any(|(at, len)| {
        *at + 3 >= question_at
            && *at > *holders_at
            && noun_at(problem, at + len, &links).is_some_and(|n| Some(n) == counted)
    });
    let (Ok(total_value), Ok(count)) = (&total.value, &holders.value) else { return None };
    if !equally || !each_named || *count.numer() < 2 || !(total_value / count).is_integer() {
        return None;
    }
    Some(quotient(total, holders))
}

/// How many holders an amount fills: the amount in each ("bags of 25 kg each", "ہر تھیلے میں 25
/// کلو"), the whole amount in the same unit, and the question "how many bags" naming the holder.
fn holders(problem: &Problem, numbers: &[(usize, &Num)], links: &[Cue]) -> Option<Outcome> {
    let each = problem.matches(Cue::Each);
    let holder_of = |at: usize, num: &Num| -> Option<String> {
        // "ہر تھیلے میں 25 کلو": "each", the holder and "in" right before the number.
        let before = each.iter().find_map(|(each_at, len)| {
            (each_at + len + 2 == at).then(|| noun_at(problem, each_at + len, links)).flatten()
        });
        // "bags of 25 kg each": the holder, "of", the number and "each".
        let after = (at >= 2 && problem.has_at(Cue::Of, at - 1) && problem.has_at(Cue::Each, at + 1))
            .then(|| noun_at(problem, at - 2, links))
            .flatten();
        before.or(after).filter(|_| num.unit.is_some())
    };
    let [(first_at, first), (second_at, second)] = numbers else { return None };
    let (holder, per, total) = match (holder_of(*first_at, first), holder_of(*second_at, second)) {
        (Some(holder), None) => (holder, *first, *second),
        (None, Some(holder)) => (holder, *second, *first),
        _ => return None,
    };
    let asks_holders = problem
        .matches(Cue::HowMany)
        .iter()
        .any(|(at, len)| noun_at(problem, at + len, links).as_ref() == Some(&holder));
    if !asks_holders {
        return None;
    }
    if per.unit != total.unit {
        return Some(None);
    }
    let (Ok(per_value), Ok(total_value)) = (&per.value, &total.value) else { return Some(None) };
    if per_value.numer() == &0 || !(total_value / per_value).is_integer() {
        return Some(None);
    }
    Some(Some(quotient(total, per)))
}
