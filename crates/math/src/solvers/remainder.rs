//! What is left over when an amount is put into equal groups: "Ammi made 150 gulab jamuns and
//! packed them in boxes of 12. How many were left over?", "۳۵۰ کاپیاں ۲۴ بچوں میں برابر برابر
//! بانٹیں ... کتنی کاپیاں بچ گئیں؟", "150 ko 12 se taqseem karo to baqi kya bachega". The
//! remainder of a whole-number division, with the division that gives it.
//!
//! A question that asks what is left after sharing or dividing is this problem or none: the
//! quotient ("12.5") or the amount less one group ("150 − 12") would be a wrong number, so the
//! other solvers do not answer it (`asked`).

use num_integer::Integer;

use super::{answer, Outcome};
use crate::display;
use crate::lexicon::Cue;
use crate::problem::Problem;
use crate::tokens::{Form, Op, Token};
use crate::{Kind, MathError, Solution, Step};

/// Whether the question asks what is left over after a division or an equal sharing: a word
/// for what is left ("left over", "بچ گئیں", "baqi") after the last number, and one for sharing
/// or dividing. "None left over" is not asked: it tells how the groups are made (an HCF story).
pub(crate) fn asked(problem: &Problem) -> bool {
    let told_none: Vec<(usize, usize)> = problem.matches(Cue::NoRemainder);
    let inside_none = |at: usize| told_none.iter().any(|(from, len)| (*from..from + len).contains(&at));
    // In the question: after its question word with no number between ("how many were left
    // over", "What is the remainder when 150 ..."), or right before it ("baqi kya bachega").
    // "... with no beads left over. What is the greatest number ..." tells, it does not ask.
    let questions = problem.question_starts();
    let no_number_between =
        |from: usize, to: usize| !problem.tokens[from..to].iter().any(|t| matches!(t, Token::Number(_)));
    let in_question =
        |at: usize| questions.iter().any(|q| (*q < at && no_number_between(*q, at)) || (*q > at && *q <= at + 2));
    // "with no beads left over", "koi baqi na bache": none is left, which is told.
    let none_before =
        |at: usize| (at.saturating_sub(3)..at).any(|k| problem.has_at(Cue::NoneOf, k) || problem.has_at(Cue::Not, k));
    let left_asked = problem
        .matches(Cue::Remainder)
        .iter()
        .any(|(at, _)| in_question(*at) && !inside_none(*at) && !none_before(*at));
    // Not "over" as a word for dividing: it is in "left over".
    let divided = problem.has(Cue::Share) || problem.has(Cue::Divide) || problem.operators().contains(&Op::Divide);
    left_asked && divided
}

pub(crate) fn solve(problem: &Problem) -> Outcome {
    let numbers = problem.numbers();
    let [(total_at, total), (size_at, size)] = numbers.as_slice() else { return None };
    let bare = |n: &crate::tokens::Num| n.form == Form::Whole && !n.percent && n.unit.is_none();
    if !bare(total) || !bare(size) {
        return None;
    }
    let operators = problem.operators();
    if !(operators.is_empty() || operators == [Op::Divide]) {
        return None;
    }
    // One question, about what is left: not also "how many boxes" or what each one gets.
    let [question_at] = problem.question_starts()[..] else { return None };
    let each_asked = problem.matches(Cue::Each).iter().any(|(at, _)| *at > question_at.max(*size_at));
    if each_asked {
        return None;
    }
    // Nothing between the two numbers but the words that divide or share: "150 ko 12 se
    // taqseem", "150 ÷ 12", or a story in which the amount is told first.
    if *size_at != total_at + 1 && !problem.tokens[total_at + 1..*size_at].iter().any(|t| matches!(t, Token::Word(_))) {
        return None;
    }
    // Shared, not divided: the second number counts the groups or their size ("in boxes of
    // 12", "24 بچوں میں", "among 12 children"). "9 were shared equally" is an amount shared.
    let divided = problem.has(Cue::Divide) || operators == [Op::Divide];
    let groups_of = problem.matches(Cue::Share).iter().any(|(at, len)| at + len == *size_at);
    let holders = matches!(problem.tokens.get(size_at + 1), Some(Token::Word(_)))
        && ![Cue::Auxiliary, Cue::Filler].iter().any(|cue| problem.has_at(*cue, size_at + 1));
    if !(divided || groups_of || holders) {
        return None;
    }
    let (Ok(total), Ok(size)) = (&total.value, &size.value) else { return None };
    let (n, d) = (*total.numer(), *size.numer());
    if d < 2 || n <= d {
        return None;
    }
    Some(work(n, d))
}

fn work(n: i128, d: i128) -> Result<Solution, MathError> {
    let (quotient, remainder) = n.div_mod_floor(&d);
    let product = quotient.checked_mul(d).ok_or(MathError::TooLarge)?;
    let step = Step::new(
        "math-step-remainder",
        [
            ("a", display::whole(n)),
            ("b", display::whole(d)),
            ("quotient", display::whole(quotient)),
            ("product", display::whole(product)),
            ("remainder", display::whole(remainder)),
        ],
    );
    // Another amount that does not fill its groups exactly.
    let mut other = n + 7;
    if other % d == 0 {
        other += 1;
    }
    let practice =
        Step::new("math-practice-remainder", [("total", display::whole(other)), ("size", display::whole(d))]);
    let value = crate::exact::int(remainder);
    Ok(Solution::new(
        Kind::WholeNumberArithmetic,
        answer(value, display::whole(remainder), None),
        vec![step],
        Some(practice),
    ))
}
