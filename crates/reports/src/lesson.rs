//! The lesson report for a class: which sections took longest, which quiz questions were hard.

use learner::{Class, LearnerDb};
use serde::Serialize;
use ts_rs::TS;

use crate::{hard_questions, HardQuestion, Lessons};

#[derive(Debug, Clone, Serialize, TS)]
pub struct LessonReport {
    pub lesson_id: String,
    pub title: String,
    pub class_name: String,
    /// In the lesson's order.
    pub sections: Vec<SectionLine>,
    pub attempts: u32,
    /// Every question answered wrong at least once, hardest first.
    pub hard_questions: Vec<HardQuestion>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct SectionLine {
    pub section: String,
    pub heading: String,
    pub readers: u32,
    pub minutes: u32,
    /// Mean minutes per reader.
    pub minutes_per_reader: f64,
}

pub fn lesson_report(
    db: &LearnerDb,
    pack: &pack::Pack,
    class: &Class,
    lesson_id: &str,
    locale: &str,
) -> anyhow::Result<LessonReport> {
    let lesson = pack.lesson(lesson_id)?;
    let ids: Vec<String> = db.class_learners(&class.id)?.into_iter().map(|l| l.id).collect();
    let reading: Vec<_> = db.reading_of(&ids)?.into_iter().filter(|r| r.lesson_id == lesson_id).collect();
    let attempts: Vec<_> = db.attempts_of(&ids)?.into_iter().filter(|a| a.lesson_id == lesson_id).collect();
    let text = lesson.text(locale);
    let sections = text
        .sections
        .iter()
        .map(|section| {
            let mine: Vec<_> = reading.iter().filter(|r| r.section == section.id).collect();
            let mut readers: Vec<&str> = mine.iter().map(|r| r.learner_id.as_str()).collect();
            readers.sort_unstable();
            readers.dedup();
            let seconds: u64 = mine.iter().map(|r| u64::from(r.seconds)).sum();
            SectionLine {
                section: section.id.clone(),
                heading: section.heading.clone(),
                readers: readers.len() as u32,
                minutes: seconds.div_ceil(60) as u32,
                minutes_per_reader: if readers.is_empty() { 0.0 } else { seconds as f64 / 60.0 / readers.len() as f64 },
            }
        })
        .collect();
    Ok(LessonReport {
        lesson_id: lesson_id.to_owned(),
        title: text.title.clone(),
        class_name: class.name.clone(),
        sections,
        attempts: attempts.len() as u32,
        hard_questions: hard_questions(pack, &mut Lessons::default(), &attempts, locale, usize::MAX)?,
    })
}
