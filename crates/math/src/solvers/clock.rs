//! A length of time from two times of day: "left at 9:15 am and reached at 12:15 pm" is 3 hours,
//! "صبح 8 بجے سے دوپہر 12 بجے تک" is 4. The time is handed to the speed solver, or is the answer
//! to "how long".

use super::{answer, speed, Outcome};
use crate::display;
use crate::exact::{self, Q};
use crate::lexicon::Cue;
use crate::problem::Problem;
use crate::tokens::{self, Clock, Half, Num, Token};
use crate::{Kind, Solution, Step, Unit};

const HOUR: u32 = 60;
const NOON: u32 = 12 * HOUR;
const DAY: u32 = 24 * HOUR;

/// The answer worked out with the time between the problem's two times of day, when it has two
/// and no length of time besides.
pub(crate) fn solve(problem: &Problem) -> Outcome {
    let (timed, step, span) = between(problem)?;
    let solved = speed::solve(&timed).or_else(|| how_long(&timed, span))?;
    Some(solved.map(|mut solution| {
        solution.steps.insert(0, step);
        solution
    }))
}

/// "How long did the journey take?" with nothing else to work out: the time itself.
/// "What time did it arrive?" asks for a time of day, which is given, not for a length of time.
fn how_long(timed: &Problem, (from, to): (u32, u32)) -> Outcome {
    let [(_, time)] = timed.numbers()[..] else { return None };
    if !timed.has(Cue::Time) || timed.has(Cue::ClockAsked) {
        return None;
    }
    let value = time.value.clone().ok()?;
    let practice = Step::new("math-practice-clock-interval", times(from + HOUR, to + 2 * HOUR));
    let answer = answer(value, display::natural(&value), time.unit);
    Some(Ok(Solution::new(Kind::FindTime, answer, Vec::new(), Some(practice))))
}

/// A start and an end as the steps write them.
fn times(from: u32, to: u32) -> [(&'static str, String); 4] {
    [
        ("from", written(from)),
        ("from_part", part_of_day(from).to_string()),
        ("to", written(to)),
        ("to_part", part_of_day(to).to_string()),
    ]
}

/// The problem with its first time of day left out and the second read as the time from the
/// first, and the step that works it out. `None` unless the text says which time is the start
/// ("left ... reached", "سے ... تک", "until") and no other length of time is given.
fn between(problem: &Problem) -> Option<(Problem, Step, (u32, u32))> {
    let timed = |n: &Num| matches!(n.unit, Some(Unit::Hours | Unit::Minutes | Unit::Seconds));
    if problem.numbers().iter().any(|(_, n)| timed(n)) {
        return None;
    }
    let (start_at, end_at, (from, to)) = interval(problem)?;
    let minutes = to - from;
    // Whole, half and quarter hours are said in hours ("2 1/2 hours"), others in minutes, and
    // minutes when the question asks for them.
    let named = problem.units_named_after(end_at);
    let in_minutes = named.contains(&Unit::Minutes) && !named.contains(&Unit::Hours);
    let (value, unit) = if minutes % 15 == 0 && !in_minutes {
        (Q::new(i128::from(minutes), 60), Unit::Hours)
    } else {
        (exact::int(i128::from(minutes)), Unit::Minutes)
    };
    let mut step = Step { id: "math-step-clock-interval", args: times(from, to).into() };
    step.args.push(("time", display::natural(&value)));
    step.args.push(("unit", if unit == Unit::Hours { "hours" } else { "minutes" }.to_string()));
    let mut tokens = problem.tokens.clone();
    tokens[start_at] = Token::Label;
    tokens[end_at] = Token::Number(Num { unit: Some(unit), ..Num::from_value(value) });
    Some((Problem::from_tokens(tokens), step, (from, to)))
}

/// Where the two times of day are and the start and end they settle, in minutes.
fn interval(problem: &Problem) -> Option<(usize, usize, (u32, u32))> {
    let clocks: Vec<(usize, Option<Clock>)> = problem
        .tokens
        .iter()
        .enumerate()
        .filter_map(|(at, t)| match t {
            Token::ClockTime(clock) => Some((at, *clock)),
            _ => None,
        })
        .collect();
    let [(start_at, Some(start)), (end_at, Some(end))] = clocks[..] else { return None };
    if !ordered(problem, start_at, end_at) {
        return None;
    }
    let (start, end) = (half(problem, start_at, start), half(problem, end_at, end));
    Some((start_at, end_at, span(start, end)?))
}

/// Whether a length of time told beside two times of day is not the time between them: "chali 6
/// baje, 2 ghante baad rukki, phir 11 baje pohanchi" travelled 5 hours, not 2, and is not read.
pub(crate) fn contradicted(problem: &Problem) -> bool {
    let Some((_, _, (from, to))) = interval(problem) else { return false };
    let between = Q::from(i128::from(to - from));
    problem.numbers().iter().any(|(_, n)| {
        let per_minute = match n.unit {
            Some(Unit::Hours) => Q::from(60),
            Some(Unit::Minutes) => Q::from(1),
            Some(Unit::Seconds) => Q::new(1, 60),
            _ => return false,
        };
        n.value.as_ref().map_or(true, |v| *v * per_minute != between)
    })
}

/// Whether the first time written is the start: something after it says the second is the end
/// ("reached", "تک", "until"), nothing before it does, and nothing after the second says start.
/// "It reached at 12:15 pm; it had left at 9:15 am" is not read.
fn ordered(problem: &Problem, start_at: usize, end_at: usize) -> bool {
    let ends = problem.matches(Cue::ClockEnd);
    let starts = problem.matches(Cue::ClockStart);
    ends.iter().any(|(at, _)| *at > start_at)
        && !ends.iter().any(|(at, _)| *at < start_at)
        && !starts.iter().any(|(at, _)| *at > end_at)
}

/// The half of the day a time was said in: "am" after it, or "صبح", "dopahar" right before it.
fn half(problem: &Problem, at: usize, clock: Clock) -> Clock {
    if clock.half.is_some() {
        return clock;
    }
    let lexicon = crate::lexicon::Lexicon::get();
    let before = (1..=2)
        .rev()
        .filter_map(|len| at.checked_sub(len).map(|from| (from, len)))
        .find_map(|(from, len)| tokens::half_said(&problem.tokens[..at], from, len, lexicon));
    Clock { half: before, ..clock }
}

/// The start and end in minutes from the start's midnight, the end after the start and at most
/// twelve hours later; `None` when the text does not settle them ("رات 12 بجے").
fn span(start: Clock, end: Clock) -> Option<(u32, u32)> {
    let (starts, ends) = (readings(start)?, readings(end)?);
    // The start as said, or its morning reading when only the end is settled; the end is the
    // first reading after it.
    let from = if starts.len() == 1 || ends.len() == 1 {
        let last_end = *ends.last()?;
        starts.iter().copied().filter(|s| *s < last_end).max().or(starts.first().copied())?
    } else {
        starts[0]
    };
    let to = ends.iter().flat_map(|e| [*e, e + DAY]).filter(|e| *e > from).min()?;
    (to - from <= 12 * HOUR).then_some((from, to))
}

/// The times of day a clock reading may be, in minutes after midnight, earliest first.
fn readings(clock: Clock) -> Option<Vec<u32>> {
    let (hour, minutes) = (clock.minutes / HOUR, clock.minutes);
    if hour == 0 || hour > 12 {
        // "0:30", "14:30": a 24-hour clock, and no "am" beside an afternoon hour.
        let fits = matches!((clock.half, hour > 12), (None, _) | (Some(Half::Am), false) | (Some(Half::Pm), true));
        return (fits && minutes < DAY).then(|| vec![minutes]);
    }
    let morning = if hour == 12 { minutes - NOON } else { minutes };
    match clock.half {
        Some(Half::Am) => Some(vec![morning]),
        Some(Half::Pm) => Some(vec![morning + NOON]),
        Some(Half::Night) if (6..12).contains(&hour) => Some(vec![morning + NOON]),
        Some(Half::Night) if hour < 5 => Some(vec![morning]),
        Some(Half::Night) => None,
        // "12 baje" alone is noon.
        None if hour == 12 => Some(vec![minutes]),
        None => Some(vec![morning, morning + NOON]),
    }
}

/// "9:15", "12:00": a time of day as a 12-hour clock shows it.
fn written(minutes: u32) -> String {
    let hour = (minutes / HOUR) % 12;
    format!("{}:{:02}", if hour == 0 { 12 } else { hour }, minutes % HOUR)
}

/// Which part of the day a time falls in, for the words each language says with it.
fn part_of_day(minutes: u32) -> &'static str {
    match (minutes % DAY) / HOUR {
        0..=3 => "night-am",
        4..=11 => "morning",
        12..=15 => "noon",
        16..=19 => "evening",
        _ => "night",
    }
}
