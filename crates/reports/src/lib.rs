//! The teacher's reports, computed from the learner database and the pack: a class (who has
//! done what, scores and their spread, time, last activity, who needs help, the questions most
//! got wrong, what children asked that the lessons do not cover, and the figures of its charts),
//! a learner (progress over time, scores by lesson, hints) and a lesson (slow sections, hard
//! questions). The CLI prints them and writes CSV (`csv`); the app draws them.
//!
//! Every report takes "today" as a date, so that what is overdue is decided by the caller (and
//! tests can fix it).

mod class;
pub mod csv;
mod learner_report;
mod lesson;

use serde::Serialize;
use ts_rs::TS;

pub use class::{
    class_report, AssignmentLine, ClassReport, HelpReason, LearnerLine, LessonRef, MarkedAnswer, NeedsHelp, Uncovered,
    Week, LOW_SCORE, REPEATED_WRONG, WEEKS,
};
pub use learner_report::{learner_report, AttemptPoint, LearnerReport, LessonLine};
pub use lesson::{lesson_report, LessonReport};

/// Where a learner stands with one assignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    NotStarted,
    Started,
    Done,
}

/// A quiz question many got wrong, with the wrong answers they chose.
#[derive(Debug, Clone, Serialize, TS)]
pub struct HardQuestion {
    pub lesson_id: String,
    pub lesson_title: String,
    pub question_id: String,
    pub question: String,
    pub answered: u32,
    pub wrong: u32,
    /// Wrong responses (as the option's letter, `true`/`false` or the number) and how often.
    pub wrong_answers: Vec<(String, u32)>,
}

/// Milliseconds in a day and a week.
pub(crate) const DAY_MS: i64 = 86_400_000;
pub(crate) const WEEK_MS: i64 = 7 * DAY_MS;

pub(crate) use learner::clock::date_of;

/// The percentage `correct / total` (0 for no questions).
pub(crate) fn percent(correct: u32, total: u32) -> u32 {
    if total == 0 {
        0
    } else {
        (correct * 100 + total / 2) / total
    }
}

/// Lessons read from the pack once each (reading one parses its JSON).
#[derive(Default)]
pub(crate) struct Lessons(std::collections::HashMap<String, Option<curriculum::Lesson>>);

impl Lessons {
    pub(crate) fn get(&mut self, pack: &pack::Pack, id: &str) -> Option<&curriculum::Lesson> {
        self.0.entry(id.to_owned()).or_insert_with(|| pack.lesson(id).ok()).as_ref()
    }
}

/// The questions of `attempts` most often answered wrong (at least one wrong), hardest first.
pub(crate) fn hard_questions(
    pack: &pack::Pack,
    lessons: &mut Lessons,
    attempts: &[learner::AttemptRecord],
    locale: &str,
    limit: usize,
) -> anyhow::Result<Vec<HardQuestion>> {
    use std::collections::BTreeMap;
    let mut stats: BTreeMap<(String, String), (u32, u32, BTreeMap<String, u32>)> = BTreeMap::new();
    for attempt in attempts {
        for answer in &attempt.answers {
            let entry = stats.entry((attempt.lesson_id.clone(), answer.question_id.clone())).or_default();
            entry.0 += 1;
            if !answer.correct {
                entry.1 += 1;
                *entry.2.entry(answer.response.clone()).or_default() += 1;
            }
        }
    }
    let mut hard: Vec<_> = stats.into_iter().filter(|(_, (_, wrong, _))| *wrong > 0).collect();
    hard.sort_by(|a, b| {
        let share = |(answered, wrong, _): &(u32, u32, _)| f64::from(*wrong) / f64::from((*answered).max(1));
        share(&b.1).total_cmp(&share(&a.1)).then(b.1 .1.cmp(&a.1 .1))
    });
    let mut out = Vec::new();
    for ((lesson_id, question_id), (answered, wrong, responses)) in hard.into_iter().take(limit) {
        let Some(lesson) = lessons.get(pack, &lesson_id) else { continue };
        let question = lesson.quiz.iter().find(|q| q.id == question_id);
        let mut wrong_answers: Vec<(String, u32)> = responses.into_iter().collect();
        wrong_answers.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        out.push(HardQuestion {
            lesson_title: lesson.text(locale).title.clone(),
            question: question.map(|q| curriculum::pick(&q.question, locale).to_owned()).unwrap_or_default(),
            lesson_id,
            question_id,
            answered,
            wrong,
            wrong_answers,
        });
    }
    Ok(out)
}
