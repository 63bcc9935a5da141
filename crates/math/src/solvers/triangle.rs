//! The third angle of a triangle: its three angles add up to 180°, as the lesson's worked
//! example shows ("Two angles of a triangle are 50° and 70°. Find the third angle": 50° + 70° =
//! 120°, 180° − 120° = 60°, and a check). In a right-angled triangle one angle is 90°, so one
//! more angle is enough ("ایک قائمۃ الزاویہ مثلث کا ایک حادہ زاویہ ۳۸° ہے").
//!
//! Every number must be a plain number of degrees ("48°", "50 darje", "50"), and the question
//! must name the third, the other or the missing angle after the numbers. Equal angles, an
//! angle outside, a shape with four sides, or a question about the kind of triangle are not
//! answered here.

use super::{answer, Outcome};
use crate::display;
use crate::exact::{self, Q};
use crate::lexicon::Cue;
use crate::problem::Problem;
use crate::tokens::{Form, Token};
use crate::{Kind, Solution, Step, Unit};

/// The angles of a triangle add up to this.
const ANGLE_SUM: i128 = 180;
/// A right angle.
const RIGHT_ANGLE: i128 = 90;

pub(crate) fn solve(problem: &Problem) -> Outcome {
    let needed = [Cue::Triangle, Cue::Angle, Cue::Question];
    if !needed.iter().all(|cue| problem.has(*cue)) || problem.has(Cue::OtherAngles) || problem.has_operators() {
        return None;
    }
    let numbers = problem.numbers();
    // The angle asked is the third, the other or the missing one, not their sum.
    let (last_at, _) = *numbers.last()?;
    if !problem.matches(Cue::ThirdAngle).iter().any(|(at, _)| *at > last_at) {
        return None;
    }
    let mut known = Vec::new();
    for (_, n) in &numbers {
        // "48°", "50 darje", or "50" with no unit ("°" and degree words are no unit).
        let plain = matches!(n.form, Form::Whole | Form::Decimal { .. }) && !n.percent && n.unit.is_none();
        if !plain {
            return None;
        }
        known.push(n.value.clone().ok()?);
    }
    let right = exact::int(RIGHT_ANGLE);
    let mut steps = Vec::new();
    match (known.as_slice(), right_angled(problem)) {
        ([_, _], false) => {}
        ([a, b], true) if *a == right || *b == right => {}
        ([_], true) => {
            steps.push(Step::new("math-step-angle-right", [("right", display::natural(&right))]));
            known.insert(0, right);
        }
        _ => return None,
    }
    let [a, b] = known.as_slice() else { return None };
    let sum = exact::add(a, b).ok()?;
    let full = exact::int(ANGLE_SUM);
    // "Two angles are 100° and 90°": no such triangle.
    if sum >= full || *a <= exact::int(0) || *b <= exact::int(0) {
        return None;
    }
    let third = exact::sub(&full, &sum).ok()?;
    let text = display::natural;
    steps.push(Step::new("math-step-angle-known", [("a", text(a)), ("b", text(b)), ("sum", text(&sum))]));
    steps.push(Step::new("math-step-angle-third", [("sum", text(&sum)), ("third", text(&third))]));
    steps.push(Step::new("math-step-angle-check", [("a", text(a)), ("b", text(b)), ("third", text(&third))]));
    Some(Ok(Solution::new(
        Kind::TriangleAngle,
        answer(third, text(&third), Some(Unit::Degrees)),
        steps,
        Some(practice(a, b)),
    )))
}

/// "right-angled", "right angle", "قائمۃ الزاویہ".
fn right_angled(problem: &Problem) -> bool {
    let hyphened = problem.tokens.windows(3).any(|w| {
        matches!(w, [Token::Word(right), Token::Symbol('-'), Token::Word(angled)] if right == "right" && angled.starts_with("angle"))
    });
    hyphened || problem.has(Cue::RightAngle)
}

/// Two other angles for the child to try, still less than 180° together.
fn practice(a: &Q, b: &Q) -> Step {
    let five = exact::int(5);
    let (a, b) = if a + b + five < exact::int(ANGLE_SUM) {
        (a + five, *b)
    } else if *a > five {
        (a - five, *b)
    } else {
        (*a, b - five)
    };
    Step::new("math-practice-triangle-angle", [("a", display::natural(&a)), ("b", display::natural(&b))])
}
