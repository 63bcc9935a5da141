//! Speed, distance and time: given two, find the third. Distance = speed × time,
//! speed = distance ÷ time, time = distance ÷ speed; minutes become hours for km/h and seconds
//! for m/s.

use super::{answer, Outcome};
use crate::display;
use crate::exact::{self, Q};
use crate::lexicon::Cue;
use crate::problem::Problem;
use crate::tokens::Num;
use crate::{Kind, MathError, Solution, Step, Unit};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Measure {
    Distance,
    Time,
    Speed,
}

fn measure(unit: Unit) -> Option<Measure> {
    match unit {
        Unit::Kilometres | Unit::Metres => Some(Measure::Distance),
        Unit::Hours | Unit::Minutes | Unit::Seconds => Some(Measure::Time),
        Unit::KilometresPerHour | Unit::MetresPerSecond | Unit::MetresPerMinute => Some(Measure::Speed),
        _ => None,
    }
}

/// The distance and time units of a speed unit.
fn parts(speed: Unit) -> (Unit, Unit) {
    match speed {
        Unit::MetresPerSecond => (Unit::Metres, Unit::Seconds),
        Unit::MetresPerMinute => (Unit::Metres, Unit::Minutes),
        _ => (Unit::Kilometres, Unit::Hours),
    }
}

fn speed_unit(distance: Unit, time: Unit) -> Option<Unit> {
    match (distance, time) {
        (Unit::Kilometres, Unit::Hours | Unit::Minutes) => Some(Unit::KilometresPerHour),
        (Unit::Metres, Unit::Seconds) => Some(Unit::MetresPerSecond),
        (Unit::Metres, Unit::Minutes) => Some(Unit::MetresPerMinute),
        _ => None,
    }
}

/// A measured number: its value, unit and what it measures.
type Measured = (Q, Unit, Measure);

fn measured(num: &Num) -> Option<Result<Measured, MathError>> {
    let unit = num.unit?;
    let measure = measure(unit)?;
    Some(num.value.clone().map(|value| (value, unit, measure)))
}

pub(crate) fn solve(problem: &Problem) -> Outcome {
    let numbers = problem.numbers();
    let [(_, first), (last_at, second)] = numbers.as_slice() else { return None };
    if problem.has_operators() || first.percent || second.percent {
        return None;
    }
    let cued = [Cue::Speed, Cue::Distance, Cue::Time, Cue::Question].iter().any(|cue| problem.has(*cue));
    let (first, second) = (measured(first)?, measured(second)?);
    if !cued {
        return None;
    }
    if let (Ok(a), Ok(b)) = (&first, &second) {
        if a.2 == b.2 {
            return None;
        }
        // What the question names after the numbers is what is worked out: "... 2 1/2 hours,
        // how far" with the speed read as a distance would find a speed.
        let found = [Measure::Distance, Measure::Time, Measure::Speed].into_iter().find(|m| *m != a.2 && *m != b.2);
        let named: Vec<Measure> =
            [(Cue::Distance, Measure::Distance), (Cue::Time, Measure::Time), (Cue::Speed, Measure::Speed)]
                .into_iter()
                .filter(|(cue, _)| problem.matches(*cue).iter().any(|(at, _)| at > last_at))
                .map(|(_, measure)| measure)
                .collect();
        if !named.is_empty() && !found.is_some_and(|f| named.contains(&f)) {
            return None;
        }
    }
    // "kitne minute lagen ge": a time asked in minutes; "کتنے میٹر فی سیکنڈ": a speed asked in
    // metres per second, with its time in seconds.
    // Asked first: "kitne minute lagen ge? ghar se mela 6 km door hai ...".
    let mut named = problem.units_named_after(*last_at);
    let first_at = numbers[0].0;
    let asked_first = problem.question_starts().first().copied();
    if let Some(question_at) = asked_first.filter(|at| *at < first_at) {
        named.extend(problem.units_named_in(question_at..first_at));
    }
    let in_minutes = named.contains(&Unit::Minutes);
    let speeds = [Unit::KilometresPerHour, Unit::MetresPerSecond, Unit::MetresPerMinute];
    let asked_speed = match speeds.iter().filter(|unit| named.contains(unit)).collect::<Vec<_>>()[..] {
        [] => None,
        [unit] => Some(*unit),
        _ => return None,
    };
    Some(first.and_then(|first| second.and_then(|second| work(first, second, in_minutes, asked_speed))))
}

/// Time in the unit a speed needs: minutes become hours for km/h, seconds for m/s.
fn time_in(time: Q, time_unit: Unit, wanted: Unit, steps: &mut Vec<Step>) -> Result<Q, MathError> {
    if time_unit == wanted {
        return Ok(time);
    }
    let sixty = exact::int(60);
    let (id, name, converted) = match (time_unit, wanted) {
        (Unit::Minutes, Unit::Hours) => ("math-step-minutes-to-hours", "hours", exact::div(&time, &sixty)?),
        (Unit::Minutes, Unit::Seconds) => ("math-step-minutes-to-seconds", "seconds", exact::mul(&time, &sixty)?),
        _ => return Err(MathError::UnitsMismatch),
    };
    steps.push(Step::new(id, [("minutes", display::natural(&time)), (name, display::natural(&converted))]));
    Ok(converted)
}

fn work(first: Measured, second: Measured, in_minutes: bool, asked_speed: Option<Unit>) -> Result<Solution, MathError> {
    let mut given = [first, second];
    given.sort_by_key(|(_, _, measure)| *measure as u8);
    let mut steps = Vec::new();
    let text = display::natural;
    let (kind, value, unit, practice) = match given {
        [(distance, distance_unit, Measure::Distance), (time, time_unit, Measure::Time)] => {
            let unit = match asked_speed {
                Some(asked) if parts(asked).0 == distance_unit => asked,
                Some(_) => return Err(MathError::UnitsMismatch),
                None => speed_unit(distance_unit, time_unit).ok_or(MathError::UnitsMismatch)?,
            };
            let time = time_in(time, time_unit, parts(unit).1, &mut steps)?;
            let speed = exact::div(&distance, &time)?;
            steps.push(Step::new(
                "math-step-speed-formula",
                [("distance", text(&distance)), ("time", text(&time)), ("speed", text(&speed))],
            ));
            let (practice_speed, practice_time) = (nice(&speed, 10), nice(&time, 1));
            let practice = Step::new(
                "math-practice-speed",
                [("distance", (practice_speed * practice_time).to_string()), ("time", practice_time.to_string())],
            );
            (Kind::FindSpeed, speed, unit, practice)
        }
        [(time, time_unit, Measure::Time), (speed, speed_unit, Measure::Speed)] => {
            let (distance_unit, wanted_time_unit) = parts(speed_unit);
            let time = time_in(time, time_unit, wanted_time_unit, &mut steps)?;
            let distance = exact::mul(&speed, &time)?;
            steps.push(Step::new(
                "math-step-distance-formula",
                [("speed", text(&speed)), ("time", text(&time)), ("distance", text(&distance))],
            ));
            let practice = Step::new(
                "math-practice-distance",
                [("speed", nice(&speed, 10).to_string()), ("time", nice(&time, 1).to_string())],
            );
            (Kind::FindDistance, distance, distance_unit, practice)
        }
        [(distance, distance_unit, Measure::Distance), (speed, speed_unit, Measure::Speed)] => {
            let (wanted_distance_unit, time_unit) = parts(speed_unit);
            if distance_unit != wanted_distance_unit {
                return Err(MathError::UnitsMismatch);
            }
            let mut time = exact::div(&distance, &speed)?;
            steps.push(Step::new(
                "math-step-time-formula",
                [("distance", text(&distance)), ("speed", text(&speed)), ("time", text(&time))],
            ));
            let mut time_unit = time_unit;
            if in_minutes && time_unit == Unit::Hours {
                let minutes = exact::mul(&time, &exact::int(60))?;
                steps.push(Step::new(
                    "math-step-hours-to-minutes",
                    [("hours", text(&time)), ("minutes", text(&minutes))],
                ));
                (time, time_unit) = (minutes, Unit::Minutes);
            }
            let (practice_speed, practice_time) = (nice(&speed, 10), nice(&exact::div(&distance, &speed)?, 1));
            let practice = Step::new(
                "math-practice-time",
                [("distance", (practice_speed * practice_time).to_string()), ("speed", practice_speed.to_string())],
            );
            (Kind::FindTime, time, time_unit, practice)
        }
        _ => unreachable!("two different measures, sorted"),
    };
    Ok(Solution::new(kind, answer(value, display::natural(&value), Some(unit)), steps, Some(practice)))
}

/// A whole number near `value` plus `more`, kept small, for practice problems.
fn nice(value: &Q, more: i128) -> i128 {
    value.to_integer().clamp(0, 1_000_000) + more
}
