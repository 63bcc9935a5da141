//! Numbers said in words and place names: "six crore, four lakh and five thousand", "چار کروڑ،
//! بیس لاکھ، پانچ سو", "25 lakh", "four matches". The words are in `data/number-words.txt`; the
//! place names are the place-* cues.

use crate::lexicon::{Cue, Lexicon};
use crate::problem::Problem;
use crate::solvers::place_value::scale_at;
use crate::tokens::{Form, Token};

/// A number written with words or place names, over tokens `start..end`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Spoken {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) value: i128,
    /// What it is made of: (count, place value), largest place first; "پانچ سو" is (5, 100).
    pub(crate) parts: Vec<(i128, i128)>,
    /// Whether a number word (not only digits) was used.
    pub(crate) has_words: bool,
    /// Whether a place name was used.
    pub(crate) has_place: bool,
}

/// The value of the number word at `at` and whether it is also an everyday word.
fn word_at(problem: &Problem, at: usize) -> Option<(i128, bool)> {
    match problem.tokens.get(at) {
        Some(Token::Word(word)) => Lexicon::get().number_word(word).map(|w| (w.value, w.ambiguous)),
        _ => None,
    }
}

/// The value of a plain whole number written in digits at `at`.
fn digits_at(problem: &Problem, at: usize) -> Option<i128> {
    match problem.tokens.get(at) {
        Some(Token::Number(num)) if num.form == Form::Whole && !num.percent && num.unit.is_none() => {
            num.value.as_ref().ok().filter(|v| v.is_integer()).map(|v| *v.numer())
        }
        _ => None,
    }
}

/// Words that join the groups of a number: "and", "اور", "،", "-".
fn connector_len(problem: &Problem, at: usize) -> Option<usize> {
    if matches!(problem.tokens.get(at), Some(Token::Symbol('-' | '،'))) {
        return Some(1);
    }
    problem.matches(Cue::ListAnd).iter().find(|(start, _)| *start == at).map(|(_, len)| *len)
}

/// The longest number starting at token `at`, in words, digits and place names.
pub(crate) fn spoken_at(problem: &Problem, at: usize) -> Option<Spoken> {
    let mut parts: Vec<(i128, i128)> = Vec::new();
    // The group being read: its hundreds and what comes after them.
    let (mut hundreds, mut small): (Option<i128>, Option<i128>) = (None, None);
    let (mut has_words, mut ambiguous_only, mut words) = (false, true, 0usize);
    let mut last_place = i128::MAX;
    let mut pos = at;
    let mut end = at;
    // Where the number ended before the group being read, to leave the group out when a place
    // name cannot follow it ("five lakh two crore" is two numbers).
    let mut group_end = at;
    loop {
        if small.is_none() && hundreds.is_none() {
            group_end = end;
        }
        if let Some((value, ambiguous)) = word_at(problem, pos) {
            small = match small {
                None => Some(value),
                // "twenty five".
                Some(tens) if tens >= 20 && tens % 10 == 0 && value < 10 => Some(tens + value),
                Some(_) => break,
            };
            has_words = true;
            ambiguous_only &= ambiguous;
            words += 1;
            pos += 1;
            end = pos;
        } else if let Some(value) = digits_at(problem, pos).filter(|_| small.is_none() && hundreds.is_none()) {
            small = Some(value);
            pos += 1;
            end = pos;
        } else if let Some(place) = scale_at(problem, pos) {
            let fits = if place == 100 {
                small.is_some_and(|c| c < 100) && hundreds.is_none()
            } else {
                (small.is_some() || hundreds.is_some()) && place < last_place
            };
            if !fits {
                if small.is_some() || hundreds.is_some() {
                    (small, hundreds, end) = (None, None, group_end);
                }
                break;
            }
            if place == 100 {
                hundreds = small;
            } else {
                // "three hundred thousand" is 300 thousands.
                let group = hundreds.map_or(0, |h| h * 100) + small.unwrap_or(0);
                if group == 0 {
                    break;
                }
                hundreds = None;
                parts.push((group, place));
                last_place = place;
            }
            small = None;
            // Place names are one word each (data/cues.txt).
            words += 1;
            pos += 1;
            end = pos;
        } else if let Some(len) = connector_len(problem, pos) {
            // Only between groups: "six crore, four lakh and five thousand".
            if small.is_some() {
                break;
            }
            pos += len;
        } else {
            break;
        }
    }
    if let Some(h) = hundreds {
        parts.push((h, 100));
    }
    if let Some(s) = small {
        parts.push((s, 1));
    }
    if parts.is_empty() || ambiguous_only && words == 1 && has_words {
        return None;
    }
    let mut value: i128 = 0;
    for (count, place) in &parts {
        value = value.checked_add(count.checked_mul(*place)?)?;
    }
    let has_place = parts.iter().any(|(_, place)| *place > 1);
    Some(Spoken { start: at, end, value, parts, has_words, has_place })
}

/// Every number written with words in the text ("four", "پانچ", "six crore ..."), but not the
/// everyday words alone ("one", "ایک", "دو").
pub(crate) fn number_word_spans(problem: &Problem) -> Vec<Spoken> {
    let mut spans = Vec::new();
    let mut at = 0;
    while at < problem.tokens.len() {
        match word_at(problem, at).and_then(|_| spoken_at(problem, at)) {
            Some(spoken) => {
                at = spoken.end;
                spans.push(spoken);
            }
            None => at += 1,
        }
    }
    spans
}
