//! Exact Grade 5 arithmetic with worked steps, for the tutor: a child's question in English, Urdu
//! or Roman Urdu ("3/4 + 1/8", "12 اور 18 کا عاد اعظم", "25% of 800 rupees") → the answer as an
//! exact rational, each step as a Fluent message (`locales/*/math.ftl`) with its numbers, and a
//! similar problem to practise. Knows nothing of screens or language models.
//!
//! It is conservative: a text is a problem only when it has explicit cues (an operator or a
//! keyword, and the right count of numbers); anything else is `None`, left to the lesson search.

mod display;
mod exact;
mod labels;
mod lexicon;
mod problem;
mod solvers;
mod tokens;
mod words;

use error_codes::ErrorCode;
use num_rational::Ratio;

use crate::lexicon::Cue;
use crate::problem::Problem;
use crate::tokens::Token;

/// What kind of problem was solved; each is taught by one lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// "3/4 + 1/8", "2 1/2 − 3/4".
    FractionAddSubtract,
    /// "2/3 × 3/4", "3/4 ÷ 1/2".
    FractionMultiplyDivide,
    /// "12 × 7", "144 ÷ 12".
    WholeNumberArithmetic,
    /// "2.5 + 1.25", "0.4 × 3".
    DecimalArithmetic,
    /// "HCF of 12 and 18".
    Hcf,
    /// "LCM of 4, 6 and 8".
    Lcm,
    /// "3/4 as a decimal".
    ConvertToDecimal,
    /// "0.25 as a fraction", "40% as a fraction".
    ConvertToFraction,
    /// "3/5 as a percentage".
    ConvertToPercentage,
    /// "25% of 800 rupees".
    PercentageOfQuantity,
    /// "5 pencils cost Rs 60, what do 8 pencils cost?"
    UnitaryMethod,
    /// Distance and time given.
    FindSpeed,
    /// Speed and time given.
    FindDistance,
    /// Distance and speed given.
    FindTime,
    /// Perimeter of a rectangle or square.
    Perimeter,
    /// Area of a rectangle or square.
    Area,
    /// "place value of 7 in 3,47,582".
    PlaceValue,
    /// "how many thousands in 1 lakh".
    PlaceUnits,
    /// "write 2,50,000 in the international system".
    NumberSystems,
    /// "average of 12, 15 and 18".
    Average,
    /// "which is bigger, 3/4 or 2/3".
    CompareFractions,
    /// "0.5 bara hai ya 0.25".
    CompareDecimals,
    /// "Two angles of a triangle are 50° and 70°. Find the third angle."
    TriangleAngle,
}

impl Kind {
    pub const ALL: [Kind; 23] = [
        Kind::FractionAddSubtract,
        Kind::FractionMultiplyDivide,
        Kind::WholeNumberArithmetic,
        Kind::DecimalArithmetic,
        Kind::Hcf,
        Kind::Lcm,
        Kind::ConvertToDecimal,
        Kind::ConvertToFraction,
        Kind::ConvertToPercentage,
        Kind::PercentageOfQuantity,
        Kind::UnitaryMethod,
        Kind::FindSpeed,
        Kind::FindDistance,
        Kind::FindTime,
        Kind::Perimeter,
        Kind::Area,
        Kind::PlaceValue,
        Kind::PlaceUnits,
        Kind::NumberSystems,
        Kind::Average,
        Kind::CompareFractions,
        Kind::CompareDecimals,
        Kind::TriangleAngle,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Kind::FractionAddSubtract => "fraction-add-subtract",
            Kind::FractionMultiplyDivide => "fraction-multiply-divide",
            Kind::WholeNumberArithmetic => "whole-number-arithmetic",
            Kind::DecimalArithmetic => "decimal-arithmetic",
            Kind::Hcf => "hcf",
            Kind::Lcm => "lcm",
            Kind::ConvertToDecimal => "convert-to-decimal",
            Kind::ConvertToFraction => "convert-to-fraction",
            Kind::ConvertToPercentage => "convert-to-percentage",
            Kind::PercentageOfQuantity => "percentage-of-quantity",
            Kind::UnitaryMethod => "unitary-method",
            Kind::FindSpeed => "find-speed",
            Kind::FindDistance => "find-distance",
            Kind::FindTime => "find-time",
            Kind::Perimeter => "perimeter",
            Kind::Area => "area",
            Kind::PlaceValue => "place-value",
            Kind::PlaceUnits => "place-units",
            Kind::NumberSystems => "number-systems",
            Kind::Average => "average",
            Kind::CompareFractions => "compare-fractions",
            Kind::CompareDecimals => "compare-decimals",
            Kind::TriangleAngle => "triangle-angle",
        }
    }

    /// The curriculum lesson that teaches the method.
    pub fn lesson_id(&self) -> &'static str {
        match self {
            Kind::FractionAddSubtract | Kind::FractionMultiplyDivide | Kind::CompareFractions => "math5-fractions",
            Kind::Hcf | Kind::Lcm => "math5-hcf-lcm",
            Kind::DecimalArithmetic
            | Kind::CompareDecimals
            | Kind::ConvertToDecimal
            | Kind::ConvertToFraction
            | Kind::ConvertToPercentage
            | Kind::PercentageOfQuantity => "math5-decimals-percentages",
            Kind::UnitaryMethod => "math5-unitary-method",
            Kind::FindSpeed | Kind::FindDistance | Kind::FindTime => "math5-speed-time-distance",
            Kind::Perimeter | Kind::Area => "math5-perimeter-area",
            Kind::WholeNumberArithmetic | Kind::PlaceValue | Kind::PlaceUnits | Kind::NumberSystems => {
                "math5-place-value"
            }
            Kind::Average => "math5-data-handling",
            Kind::TriangleAngle => "math5-angles-triangles",
        }
    }
}

/// The unit of an answer. Its code ([`Unit::as_str`]) is the `$unit` of `math-answer-with-unit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    Rupees,
    Kilometres,
    Metres,
    Centimetres,
    Millimetres,
    Hours,
    Minutes,
    Seconds,
    KilometresPerHour,
    MetresPerSecond,
    MetresPerMinute,
    SquareKilometres,
    SquareMetres,
    SquareCentimetres,
    Kilograms,
    Grams,
    Litres,
    /// An angle: never read from a child's text, only an answer's unit.
    Degrees,
}

impl Unit {
    pub const ALL: [Unit; 18] = [
        Unit::Rupees,
        Unit::Kilometres,
        Unit::Metres,
        Unit::Centimetres,
        Unit::Millimetres,
        Unit::Hours,
        Unit::Minutes,
        Unit::Seconds,
        Unit::KilometresPerHour,
        Unit::MetresPerSecond,
        Unit::MetresPerMinute,
        Unit::SquareKilometres,
        Unit::SquareMetres,
        Unit::SquareCentimetres,
        Unit::Kilograms,
        Unit::Grams,
        Unit::Litres,
        Unit::Degrees,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Unit::Rupees => "rupees",
            Unit::Kilometres => "km",
            Unit::Metres => "m",
            Unit::Centimetres => "cm",
            Unit::Millimetres => "mm",
            Unit::Hours => "hours",
            Unit::Minutes => "minutes",
            Unit::Seconds => "seconds",
            Unit::KilometresPerHour => "km-per-hour",
            Unit::MetresPerSecond => "m-per-second",
            Unit::MetresPerMinute => "m-per-minute",
            Unit::SquareKilometres => "sq-km",
            Unit::SquareMetres => "sq-m",
            Unit::SquareCentimetres => "sq-cm",
            Unit::Kilograms => "kg",
            Unit::Grams => "g",
            Unit::Litres => "litres",
            Unit::Degrees => "degrees",
        }
    }
}

/// Why a recognised problem has no answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MathError {
    #[error("a fraction has 0 as its denominator")]
    ZeroDenominator,
    #[error("a number is divided by zero")]
    DivisionByZero,
    #[error("a number is too large for this tutor")]
    TooLarge,
    #[error("this problem needs whole numbers greater than 0")]
    NotWholeNumbers,
    #[error("the numbers are in units that do not match")]
    UnitsMismatch,
    #[error("the digit is not in the number")]
    DigitNotInNumber,
}

impl MathError {
    pub const ALL: [MathError; 6] = [
        MathError::ZeroDenominator,
        MathError::DivisionByZero,
        MathError::TooLarge,
        MathError::NotWholeNumbers,
        MathError::UnitsMismatch,
        MathError::DigitNotInNumber,
    ];

    pub fn code(&self) -> ErrorCode {
        match self {
            MathError::ZeroDenominator => ErrorCode::MathZeroDenominator,
            MathError::DivisionByZero => ErrorCode::MathDivisionByZero,
            MathError::TooLarge => ErrorCode::MathTooLarge,
            MathError::NotWholeNumbers => ErrorCode::MathNotWholeNumbers,
            MathError::UnitsMismatch => ErrorCode::MathUnitsMismatch,
            MathError::DigitNotInNumber => ErrorCode::MathDigitNotInNumber,
        }
    }

    /// The child-friendly message in `locales/*/math.ftl` (no arguments).
    pub fn message_id(&self) -> &'static str {
        self.code().message_id()
    }
}

/// One line of working: a Fluent message id in `locales/*/math.ftl` with its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Step {
    pub(crate) fn new<const N: usize>(id: &'static str, args: [(&'static str, String); N]) -> Step {
        Step { id, args: args.into() }
    }

    /// The argument called `name`.
    pub fn arg(&self, name: &str) -> Option<&str> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
    }
}

/// The answer: the exact value and how to write it ("7/8", "1 3/8", "0.25", "75%", "240").
/// For a percentage, `value` is the number before the % sign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub value: Ratio<i128>,
    pub display: String,
    pub unit: Option<Unit>,
}

/// A solved problem: the answer, the working (the last step states the answer) and a similar
/// problem to try, itself solvable by [`solve`] once rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Solution {
    pub kind: Kind,
    pub answer: Answer,
    pub steps: Vec<Step>,
    pub practice: Option<Step>,
}

impl Solution {
    /// A solution whose steps end with the answer stated.
    pub(crate) fn new(kind: Kind, answer: Answer, mut steps: Vec<Step>, practice: Option<Step>) -> Solution {
        steps.push(match answer.unit {
            None => Step::new("math-answer", [("value", answer.display.clone())]),
            Some(unit) => Step::new(
                "math-answer-with-unit",
                [("value", answer.display.clone()), ("unit", unit.as_str().to_owned())],
            ),
        });
        Solution { kind, answer, steps, practice }
    }
}

/// Solves a Grade 5 problem written in `text`. `None`: not a problem this engine knows (a
/// question for the lessons); `Some(Err(_))`: a problem that cannot be answered as written.
pub fn solve(text: &str) -> Option<Result<Solution, MathError>> {
    solved(text).map(|(solved, _)| solved)
}

/// The problem solved as written or, failing that, its last sentences alone when they say all its
/// numbers again: "Ali ate 5/12 of a pizza and Sara 3/8. Which is bigger, 5/12 or 3/8?", or
/// without the numbers its question does not need.
fn solved(text: &str) -> Option<(Result<Solution, MathError>, Problem)> {
    // Sharing in a ratio is no Grade 5 problem: its numbers would be read as something else
    // ("share Rs 1500 in the ratio 2 to 3" is no price of 2 things).
    let problem = Problem::read(text)?;
    if problem.has(Cue::Ratio) {
        return None;
    }
    let as_written = solvers::solve(problem).or_else(|| solvers::solve(Problem::read(restated(text)?)?));
    if as_written.is_some() {
        return as_written;
    }
    // Only for what is not solved as written: most questions never get here.
    let asked_last = asked_last(text);
    asked_last
        .as_deref()
        .and_then(|asked_last| solvers::solve(Problem::read(asked_last)?))
        .or_else(|| solvers::solve_without_unneeded(asked_last.as_deref().unwrap_or(text)))
}

/// A problem asked first told the usual way, its question last: "How much longer is the red
/// ribbon? The red ribbon is 3 2/9 m long and the green one 1 5/6 m." The question must hold no
/// number.
fn asked_last(text: &str) -> Option<String> {
    let end = text.char_indices().find(|(_, c)| matches!(c, '?' | '؟'))?.0;
    let (question, story) = text.split_at(end);
    let story = story.get(story.chars().next()?.len_utf8()..)?.trim();
    let numbers = |part: &str| Problem::read(part).map_or(0, |p| p.numbers().len());
    let is_question = !Problem::read(question)?.question_starts().is_empty();
    (is_question && numbers(question) == 0 && numbers(story) > 0).then(|| format!("{story} {question}?"))
}

/// The last sentences of `text` when they hold the same numbers as the sentences before them.
fn restated(text: &str) -> Option<&str> {
    let values = |part: &str| -> Option<Vec<Ratio<i128>>> {
        let problem = Problem::read(part)?;
        let mut values: Vec<Ratio<i128>> =
            problem.numbers().iter().map(|(_, n)| n.value.clone().ok()).collect::<Option<_>>()?;
        values.sort();
        Some(values)
    };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let ends = chars.iter().enumerate().filter(|(i, (_, c))| {
        let digit_at = |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(|(_, c)| c.is_ascii_digit());
        matches!(c, '?' | '!' | '۔' | '؟') || *c == '.' && !(digit_at(i.checked_sub(1)) && digit_at(Some(i + 1)))
    });
    for (_, (at, c)) in ends {
        let (before, after) = (&text[..*at], &text[at + c.len_utf8()..]);
        match (values(before), values(after)) {
            (Some(a), Some(b)) if !a.is_empty() && a == b => return Some(after),
            _ => {}
        }
    }
    None
}

/// The problem `text` poses, to tell whether two wordings pose the same one ("is 0.5 bigger than
/// 0.25" and "True or false: 0.5 is smaller than 0.25"): its kind and the values of its numbers
/// in digits, smallest first. `None` when it is not a problem this engine solves.
pub fn problem_key(text: &str) -> Option<(Kind, Vec<Ratio<i128>>)> {
    let (solution, problem) = solved(text)?;
    let solution = solution.ok()?;
    let mut values: Vec<Ratio<i128>> = problem.numbers().iter().filter_map(|(_, n)| n.value.clone().ok()).collect();
    values.sort();
    Some((solution.kind, values))
}

/// Whether two wordings of a problem hold the same numbers in the same order, as written (value,
/// form and percentage sign): a Roman Urdu question and its transliteration, which must not
/// pose another problem ("1/4" read as "1 4").
pub fn same_numbers(a: &str, b: &str) -> bool {
    let numbers = |text: &str| {
        Problem::read(text).map(|problem| {
            problem.numbers().iter().map(|(_, n)| (n.value.clone().ok(), n.form, n.percent)).collect::<Vec<_>>()
        })
    };
    matches!((numbers(a), numbers(b)), (Some(a), Some(b)) if a == b)
}

/// The number written in `text`, units dropped: "7/8", "3 1/2", "0.75", "75%" (= 75),
/// "Rs 240" (= 240), "3,47,582", "1 lakh" (= 100000). `None` unless the text holds exactly one
/// number.
pub fn parse_value(text: &str) -> Option<Ratio<i128>> {
    let problem = Problem::read(text)?;
    let numbers = problem.numbers();
    let [(at, num)] = numbers.as_slice() else { return None };
    let mut value = num.value.clone().ok()?;
    if let Some(scale) = solvers::place_value::scale_at(&problem, at + 1) {
        value = exact::mul(&value, &exact::int(scale)).ok()?;
    }
    if *at > 0 && matches!(problem.tokens[at - 1], Token::Symbol('-')) {
        value = -value;
    }
    Some(value)
}

#[cfg(test)]
mod tests;
