//! Home, the lesson reader and the quiz.

use curriculum::pick;
use learner::ProgressEvent;
use session::QuizAttempt;
use tauri::State;
use views::{Feedback, LessonView, QuizResult, QuizView, SubjectGroup};

use crate::error::{run, CmdResult};
use crate::state::{lock, App};

/// The learner's lessons: assigned work first (with due dates), then by subject, with progress.
#[tauri::command]
pub async fn home(app: State<'_, App>) -> CmdResult<Vec<SubjectGroup>> {
    run(&app, || {
        let learner = app.learner()?;
        let (progress, assignments) = {
            let db = lock(&app.db);
            (db.progress(Some(&learner.id))?, db.assignments_for(&learner.id)?)
        };
        app.with_pack(|pack| Ok(views::lessons::home(pack, &progress, &assignments, &app.locale())?))
    })
}

/// A lesson in `locale`: the learner's language, or English for the compare switch. Opening
/// it in the learner's language has the tutor prepare it in the background.
#[tauri::command]
pub async fn lesson(app: State<'_, App>, id: String, locale: String) -> CmdResult<LessonView> {
    run(&app, || {
        let view = app.with_pack(|pack| Ok(views::lessons::lesson(pack, &id, &locale)?))?;
        if locale == app.locale() {
            *lock(&app.open_lesson) = Some(id.clone());
            app.prefill_open_lesson();
        }
        Ok(view)
    })
}

/// The learner spent `seconds` reading a section.
#[tauri::command]
pub async fn section_read(app: State<'_, App>, lesson_id: String, section: String, seconds: u32) -> CmdResult<()> {
    run(&app, || {
        let event = ProgressEvent { learner_id: app.learner()?.id, lesson_id, section, locale: app.locale(), seconds };
        lock(&app.db).record_progress(&event)?;
        Ok(())
    })
}

/// Opens the quiz of a lesson: the backend holds the attempt from here to the score.
#[tauri::command]
pub async fn quiz(app: State<'_, App>, lesson_id: String) -> CmdResult<QuizView> {
    run(&app, || {
        let learner = app.learner()?;
        let locale = app.locale();
        let (lesson, info) = app.with_pack(|pack| Ok((pack.lesson(&lesson_id)?, pack.info().clone())))?;
        let view = views::lessons::quiz(&lesson, &locale);
        *lock(&app.quiz) = Some(QuizAttempt::start(&learner.id, lesson, &info, &locale));
        Ok(view)
    })
}

/// Runs `f` on the open attempt at `lesson_id`'s quiz by the current learner.
fn with_attempt<T>(
    app: &App,
    lesson_id: &str,
    f: impl FnOnce(&mut QuizAttempt) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let learner = app.learner()?;
    let mut open = lock(&app.quiz);
    match open.as_mut() {
        Some(attempt) if attempt.lesson().id == lesson_id && attempt.learner_id() == learner.id => f(attempt),
        _ => Err(session::UserError::QuizNotStarted.into()),
    }
}

#[tauri::command]
pub async fn quiz_hint(app: State<'_, App>, lesson_id: String, question_id: String) -> CmdResult<String> {
    run(&app, || {
        let locale = app.locale();
        with_attempt(&app, &lesson_id, |attempt| Ok(pick(&attempt.hint(&question_id)?.hint, &locale).to_owned()))
    })
}

/// Grades the answer to one question; the first answer to each question is the one that counts.
#[tauri::command]
pub async fn quiz_answer(
    app: State<'_, App>,
    lesson_id: String,
    question_id: String,
    response: String,
) -> CmdResult<Feedback> {
    run(&app, || {
        let locale = app.locale();
        with_attempt(&app, &lesson_id, |attempt| {
            let (question, verdict) = attempt.answer(&question_id, &response)?;
            Ok(views::lessons::feedback(question, verdict, &locale))
        })
    })
}

/// Saves the attempt in one transaction once every question is answered.
#[tauri::command]
pub async fn quiz_finish(app: State<'_, App>, lesson_id: String) -> CmdResult<QuizResult> {
    run(&app, || {
        let attempt = with_attempt(&app, &lesson_id, |attempt| Ok(attempt.finish()?))?;
        let n_correct = attempt.answers.iter().filter(|a| a.correct).count() as u32;
        let n_questions = attempt.answers.len() as u32;
        let attempt_id = lock(&app.db).record_attempt(&attempt)?;
        *lock(&app.quiz) = None;
        Ok(QuizResult { attempt_id, n_correct, n_questions })
    })
}
