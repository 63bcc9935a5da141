//! The learner report: progress over time, scores by lesson, hints and tutor questions.

use learner::{LearnerDb, Profile};
use serde::Serialize;
use ts_rs::TS;

use crate::{date_of, percent};

#[derive(Debug, Clone, Serialize, TS)]
pub struct LearnerReport {
    pub learner_id: String,
    pub name: String,
    pub lessons: Vec<LessonLine>,
    /// Every quiz attempt, oldest first: progress over time.
    pub attempts: Vec<AttemptPoint>,
    pub quiz_hints: u32,
    pub tutor_questions: u32,
    /// Tutor questions answered with a quiz hint (the question was a quiz question).
    pub tutor_hints: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct LessonLine {
    pub lesson_id: String,
    pub title: String,
    pub sections_read: u32,
    pub sections: u32,
    pub minutes: u32,
    pub attempts: u32,
    pub best: Option<u32>,
    pub last: Option<String>,
    /// No longer in the installed pack (kept in its archive).
    pub archived: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct AttemptPoint {
    pub date: String,
    pub lesson_id: String,
    pub percent: u32,
}

pub fn learner_report(
    db: &LearnerDb,
    pack: &pack::Pack,
    learner: &Profile,
    locale: &str,
) -> anyhow::Result<LearnerReport> {
    let ids = [learner.id.clone()];
    let mut attempts = db.attempts_of(&ids)?;
    attempts.reverse();
    let reading = db.reading_of(&ids)?;
    let exchanges = db.exchanges(Some(&learner.id), false)?;
    let mut lessons = Vec::new();
    // The current lessons, then the archived ones (removed by a newer pack) the learner worked on.
    let current = pack.lessons(&pack::LessonFilter::default(), locale)?.into_iter().map(|s| (s, false));
    let archived = pack.archived_lessons(locale)?.into_iter().map(|s| (s, true));
    for (summary, archived) in current.chain(archived) {
        let mine_read: Vec<_> = reading.iter().filter(|r| r.lesson_id == summary.id).collect();
        let mine_attempts: Vec<_> = attempts.iter().filter(|a| a.lesson_id == summary.id).collect();
        if mine_read.is_empty() && mine_attempts.is_empty() {
            continue;
        }
        let lesson = pack.lesson(&summary.id)?;
        let sections = &lesson.text(locale).sections;
        let read = sections.iter().filter(|s| mine_read.iter().any(|r| r.section == s.id)).count();
        let seconds: u64 = mine_read.iter().map(|r| u64::from(r.seconds)).sum();
        let last = mine_read.iter().map(|r| r.hlc).chain(mine_attempts.iter().map(|a| a.hlc)).max();
        lessons.push(LessonLine {
            lesson_id: summary.id.clone(),
            title: summary.title.clone(),
            sections_read: read as u32,
            sections: sections.len() as u32,
            minutes: seconds.div_ceil(60) as u32,
            attempts: mine_attempts.len() as u32,
            best: mine_attempts.iter().map(|a| percent(a.n_correct, a.n_questions)).max(),
            last: last.map(date_of),
            archived,
        });
    }
    Ok(LearnerReport {
        learner_id: learner.id.clone(),
        name: learner.name.clone(),
        lessons,
        attempts: attempts
            .iter()
            .map(|a| AttemptPoint {
                date: date_of(a.hlc),
                lesson_id: a.lesson_id.clone(),
                percent: percent(a.n_correct, a.n_questions),
            })
            .collect(),
        quiz_hints: attempts.iter().flat_map(|a| &a.answers).filter(|a| a.hint_used).count() as u32,
        tutor_questions: exchanges.len() as u32,
        tutor_hints: exchanges.iter().filter(|e| e.mode == "hint").count() as u32,
    })
}
