//! The learner's screens over the content pack: home (lessons by subject with progress), the
//! lesson reader and the quiz. Quiz answers stay in Rust: the UI gets questions and options,
//! and asks for the verdict of each response.

use curriculum::{option_label, pick, Lesson, Question, QuestionKind, Verdict};
use pack::{LessonFilter, Pack, PackError};
use serde::Serialize;
use ts_rs::TS;

use crate::markdown::{blocks, Block};

#[derive(Debug, Clone, Serialize, TS)]
pub struct LessonCard {
    pub id: String,
    pub title: String,
    pub subject: String,
    pub grade: u8,
    pub n_sections: u32,
    pub sections_read: u32,
    pub n_questions: u32,
    pub best_correct: Option<u32>,
    pub best_of: Option<u32>,
    /// Assigned by the learner's teacher; assigned lessons come first.
    pub assigned: bool,
    /// When the teacher wants it done (`YYYY-MM-DD`), and what the teacher wrote.
    pub due: Option<String>,
    pub note: Option<String>,
    /// What the teacher asked for: `lesson`, `quiz` or `both`.
    pub part: Option<String>,
    /// No longer in the installed lessons: kept from an older pack because it was assigned.
    pub archived: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct SubjectGroup {
    pub subject: String,
    pub lessons: Vec<LessonCard>,
}

/// The learner's lessons: first what their teacher assigned (soonest due first, as a group
/// of its own called `assigned`), then the rest by subject in the pack's order.
pub fn home(
    pack: &Pack,
    progress: &[learner::LessonProgress],
    assignments: &[learner::Assignment],
    locale: &str,
) -> Result<Vec<SubjectGroup>, PackError> {
    let mut assigned = SubjectGroup { subject: "assigned".into(), lessons: Vec::new() };
    let mut groups: Vec<SubjectGroup> = Vec::new();
    // Current lessons, then archived ones (removed by a newer pack) that are still assigned.
    let current = pack.lessons(&LessonFilter::default(), locale)?.into_iter().map(|s| (s, false));
    let archived = pack.archived_lessons(locale)?.into_iter().map(|s| (s, true));
    let archived = archived.filter(|(s, _)| assignments.iter().any(|a| a.lesson_id == s.id));
    for (summary, archived) in current.chain(archived) {
        let lesson = pack.lesson(&summary.id)?;
        let standing = progress.iter().find(|p| p.lesson_id == summary.id);
        let sections = &lesson.text(locale).sections;
        let read = standing.map_or(0, |p| sections.iter().filter(|s| p.sections_read.contains(&s.id)).count());
        // Assignments come soonest due first, so the first one of a lesson is the one to show.
        let assignment = assignments.iter().find(|a| a.lesson_id == summary.id);
        let card = LessonCard {
            id: summary.id.clone(),
            title: summary.title,
            subject: summary.subject.as_str().to_owned(),
            grade: summary.grade,
            n_sections: sections.len() as u32,
            sections_read: read as u32,
            n_questions: summary.n_questions as u32,
            best_correct: standing.and_then(|p| p.best_correct),
            best_of: standing.and_then(|p| p.best_of),
            assigned: assignment.is_some(),
            due: assignment.and_then(|a| a.due.clone()),
            note: assignment.and_then(|a| a.note.clone()),
            part: assignment.map(|a| a.part.as_str().to_owned()),
            archived,
        };
        if card.assigned {
            assigned.lessons.push(card);
            continue;
        }
        match groups.iter_mut().find(|g| g.subject == card.subject) {
            Some(group) => group.lessons.push(card),
            None => groups.push(SubjectGroup { subject: card.subject.clone(), lessons: vec![card] }),
        }
    }
    let due_order = |card: &LessonCard| assignments.iter().position(|a| a.lesson_id == card.id).unwrap_or(usize::MAX);
    assigned.lessons.sort_by_key(due_order);
    if !assigned.lessons.is_empty() {
        groups.insert(0, assigned);
    }
    Ok(groups)
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct SectionView {
    pub id: String,
    pub heading: String,
    pub blocks: Vec<Block>,
    pub is_example: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct GlossaryTerm {
    pub term: String,
    pub definition: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct LessonView {
    pub id: String,
    pub title: String,
    /// The locale of this text (English when the lesson has none in the one asked for).
    pub locale: String,
    pub dir: String,
    pub objectives: Vec<String>,
    /// The locale of `sections`: Urdu (or English) when the lesson's text in `locale` has only
    /// its title and objectives.
    pub body_locale: String,
    pub sections: Vec<SectionView>,
    pub glossary: Vec<GlossaryTerm>,
    /// Locales the lesson is written in.
    pub locales: Vec<String>,
    pub n_questions: u32,
    /// No longer in the installed lessons: read from an older pack kept in the archive.
    pub archived: bool,
}

pub fn dir(locale: &str) -> &'static str {
    if curriculum::is_rtl(locale) {
        "rtl"
    } else {
        "ltr"
    }
}

/// The lesson in `locale` (or English if it has no text there), glossary terms marked.
/// Lesson `id` of `pack` (or of its archive) in `locale`, or English when it has no such text.
pub fn lesson(pack: &Pack, id: &str, locale: &str) -> Result<LessonView, PackError> {
    let mut view = lesson_text(&pack.lesson(id)?, locale);
    view.archived = pack.is_archived(id);
    Ok(view)
}

fn lesson_text(lesson: &Lesson, locale: &str) -> LessonView {
    let locale = if lesson.texts.contains_key(locale) { locale } else { "en" };
    let text = lesson.text(locale);
    // Sections from Urdu (or English) when the lesson has only its title and objectives in
    // the reader's language.
    let body_locale = lesson.body_locale(locale);
    let glossary_in = |l: &str| -> Vec<GlossaryTerm> {
        lesson
            .glossary
            .iter()
            .map(|g| GlossaryTerm { term: pick(&g.term, l).to_owned(), definition: pick(&g.definition, l).to_owned() })
            .collect()
    };
    let glossary = glossary_in(locale);
    let terms: Vec<String> = glossary_in(&body_locale).into_iter().map(|g| g.term).collect();
    LessonView {
        id: lesson.id.clone(),
        title: text.title.clone(),
        locale: locale.to_owned(),
        dir: dir(locale).to_owned(),
        objectives: text.objectives.clone(),
        body_locale: body_locale.clone(),
        sections: lesson
            .text(&body_locale)
            .sections
            .iter()
            .map(|s| SectionView {
                id: s.id.clone(),
                heading: s.heading.clone(),
                blocks: blocks(&s.body, &terms),
                is_example: s.is_example(),
            })
            .collect(),
        glossary,
        locales: lesson.locales(),
        n_questions: lesson.quiz.len() as u32,
        archived: false,
    }
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct QuizOption {
    pub label: String,
    pub text: String,
    /// What to send back as the response when this option is chosen.
    pub value: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct QuizQuestion {
    pub id: String,
    #[ts(type = "\"choice\" | \"true-false\" | \"number\"")]
    pub kind: QuestionKind,
    pub prompt: String,
    /// The options of a choice question; `true` and `false` (text left to the UI) for a
    /// true-or-false one; none for a number.
    pub options: Vec<QuizOption>,
    pub unit: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct QuizView {
    pub lesson_id: String,
    pub title: String,
    pub questions: Vec<QuizQuestion>,
}

pub fn quiz(lesson: &Lesson, locale: &str) -> QuizView {
    let questions = lesson
        .quiz
        .iter()
        .map(|q| {
            let options = match q.kind {
                QuestionKind::Choice => q
                    .options
                    .iter()
                    .enumerate()
                    .map(|(i, o)| QuizOption {
                        label: option_label(i, locale),
                        text: pick(o, locale).to_owned(),
                        value: (i + 1).to_string(),
                    })
                    .collect(),
                QuestionKind::TrueFalse => ["true", "false"]
                    .map(|v| QuizOption { label: String::new(), text: String::new(), value: v.to_owned() })
                    .to_vec(),
                QuestionKind::Number => Vec::new(),
            };
            QuizQuestion {
                id: q.id.clone(),
                kind: q.kind,
                prompt: pick(&q.question, locale).to_owned(),
                options,
                unit: q.unit.as_ref().map(|u| pick(u, locale).to_owned()),
            }
        })
        .collect();
    QuizView { lesson_id: lesson.id.clone(), title: lesson.text(locale).title.clone(), questions }
}

/// The verdict on one response, shown at once.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Feedback {
    pub correct: bool,
    /// The response in canonical form, as stored with the attempt.
    pub response: String,
    pub answer_text: String,
    pub explanation: String,
    /// The `value` of the right option (`QuizOption::value`), so the screen can show it; none
    /// for a number question.
    pub right_value: Option<String>,
}

/// What the learner sees after answering a question (graded by `session::QuizAttempt`).
pub fn feedback(question: &Question, verdict: Verdict, locale: &str) -> Feedback {
    Feedback {
        correct: verdict.correct,
        response: verdict.response,
        answer_text: question.answer_text(locale),
        explanation: pick(&question.explanation, locale).to_owned(),
        right_value: match &question.answer {
            curriculum::Answer::Choice(idx) => Some((idx + 1).to_string()),
            curriculum::Answer::TrueFalse(value) => Some(value.to_string()),
            curriculum::Answer::Number(_) => None,
        },
    }
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct QuizResult {
    pub attempt_id: String,
    pub n_correct: u32,
    pub n_questions: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A Pashto reader of a lesson written in Pashto only as far as its title, objectives,
    /// glossary and quiz reads those in Pashto and the sections in Urdu, told so; the words to
    /// know marked in the Urdu text open their Pashto meaning.
    #[test]
    fn a_regional_reader_gets_the_urdu_text_where_the_lesson_has_none_of_theirs() {
        let (source, _) = curriculum::read_curriculum(&testkit::repo().join("curriculum")).unwrap();
        let mut lesson = source.lessons.into_iter().find(|l| l.id == "sci5-magnets").unwrap();
        let pashto = lesson.texts.get_mut("ps").unwrap();
        pashto.sections.clear();
        let view = lesson_text(&lesson, "ps");
        assert_eq!((view.locale.as_str(), view.body_locale.as_str(), view.dir.as_str()), ("ps", "ur", "rtl"));
        assert_eq!(view.title, lesson.texts["ps"].title);
        assert_eq!(view.sections.len(), lesson.texts["ur"].sections.len());
        assert_eq!(view.glossary[0].term, lesson.glossary[0].term["ps"]);
        let marked = view
            .sections
            .iter()
            .flat_map(|s| &s.blocks)
            .any(|b| matches!(b, Block::Paragraph { inlines } if inlines.iter().any(|i| i.term.is_some())));
        assert!(marked, "glossary terms are marked in the Urdu text");
        let full = lesson_text(&lesson, "ur");
        assert_eq!(full.body_locale, "ur");
    }

    /// A lesson a newer pack removed stays on the child's home while it is assigned, marked
    /// archived, and opens from the archive.
    #[test]
    fn an_assigned_lesson_a_newer_pack_removed_is_shown_archived() {
        let dir = tempfile::tempdir().unwrap();
        let (mut source, _) = curriculum::read_curriculum(&testkit::repo().join("curriculum")).unwrap();
        source.pack.version = "1.1.0".into();
        source.lessons.retain(|l| l.id != "sci5-sound" && l.id != "sci5-magnets");
        let newer = dir.path().join("newer.ustadpack");
        pack::build_pack(&source, &newer, "2026-01-01T00:00:00Z").unwrap();
        let old = Pack::open(testkit::default_pack()).unwrap();
        let archive = dir.path().join("archive");
        pack::archive_removed(&old, &Pack::open(&newer).unwrap(), &archive).unwrap();
        let pack = Pack::open(&newer).unwrap().with_archive(&archive);

        let assignment = learner::Assignment {
            id: "a1".into(),
            class_id: "c1".into(),
            group_id: None,
            learner_id: None,
            lesson_id: "sci5-sound".into(),
            part: learner::AssignPart::Both,
            assigned_by: "t1".into(),
            due: None,
            note: None,
            created_at: "2026-11-26".into(),
        };
        let groups = home(&pack, &[], &[assignment], "ur").unwrap();
        assert_eq!(groups[0].subject, "assigned");
        let ids: Vec<(&str, bool)> = groups[0].lessons.iter().map(|c| (c.id.as_str(), c.archived)).collect();
        assert_eq!(ids, [("sci5-sound", true)], "the unassigned removed lesson is not shown");
        let all: usize = groups.iter().map(|g| g.lessons.len()).sum();
        assert_eq!(all, 23);
        assert!(groups.iter().flat_map(|g| &g.lessons).filter(|c| c.id != "sci5-sound").all(|c| !c.archived));

        let view = lesson(&pack, "sci5-sound", "ur").unwrap();
        assert!(view.archived && !view.sections.is_empty());
        assert!(!lesson(&pack, "sci5-water-cycle", "ur").unwrap().archived);
    }
}
