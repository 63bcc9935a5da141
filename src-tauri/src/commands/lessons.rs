//! Home, the lesson reader and the quiz.

use curriculum::pick;
use learner::{Answer, NewAttempt, ProgressEvent};
use tauri::State;
use views::{Feedback, GivenAnswer, LessonView, QuizResult, QuizView, SubjectGroup};

use crate::error::{run, CmdResult};
use crate::state::{lock, App};

/// The learner's lessons by subject with their progress.
#[tauri::command]
pub async fn home(app: State<'_, App>) -> CmdResult<Vec<SubjectGroup>> {
    run(&app, || {
        let learner = app.learner()?;
        let progress = lock(&app.db).progress(Some(&learner.id))?;
        // Teachers' assignments arrive with the classroom issue; until then nothing is assigned.
        app.with_pack(|pack| Ok(views::lessons::home(pack, &progress, &[], &app.locale())?))
    })
}

/// A lesson in `locale`: the learner's language, or English for the compare switch. Opening
/// it in the learner's language has the tutor prepare it in the background.
#[tauri::command]
pub async fn lesson(app: State<'_, App>, id: String, locale: String) -> CmdResult<LessonView> {
    run(&app, || {
        let view = app.with_pack(|pack| Ok(views::lessons::lesson(&pack.lesson(&id)?, &locale)))?;
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

#[tauri::command]
pub async fn quiz(app: State<'_, App>, lesson_id: String) -> CmdResult<QuizView> {
    run(&app, || app.with_pack(|pack| Ok(views::lessons::quiz(&pack.lesson(&lesson_id)?, &app.locale()))))
}

fn question_missing(id: &str) -> anyhow::Error {
    learner::LearnerDbError::Invalid(format!("no question {id}")).into()
}

/// The verdict on `response` to question `question_id` of `lesson`, or why there is none.
fn grade(lesson: &curriculum::Lesson, question_id: &str, response: &str, locale: &str) -> anyhow::Result<Feedback> {
    let verdict =
        views::lessons::feedback(lesson, question_id, response, locale).ok_or_else(|| question_missing(question_id))?;
    Ok(verdict.map_err(|_| session::UserError::ResponseNotUnderstood)?)
}

#[tauri::command]
pub async fn quiz_hint(app: State<'_, App>, lesson_id: String, question_id: String) -> CmdResult<String> {
    run(&app, || {
        let lesson = app.with_pack(|pack| Ok(pack.lesson(&lesson_id)?))?;
        let question =
            lesson.quiz.iter().find(|q| q.id == question_id).ok_or_else(|| question_missing(&question_id))?;
        Ok(pick(&question.hint, &app.locale()).to_owned())
    })
}

#[tauri::command]
pub async fn quiz_answer(
    app: State<'_, App>,
    lesson_id: String,
    question_id: String,
    response: String,
) -> CmdResult<Feedback> {
    run(&app, || {
        let lesson = app.with_pack(|pack| Ok(pack.lesson(&lesson_id)?))?;
        grade(&lesson, &question_id, &response, &app.locale())
    })
}

/// Saves the attempt in one transaction; every answer is graded again here.
#[tauri::command]
pub async fn quiz_finish(
    app: State<'_, App>,
    lesson_id: String,
    started_at: String,
    answers: Vec<GivenAnswer>,
) -> CmdResult<QuizResult> {
    run(&app, || {
        let learner = app.learner()?;
        let locale = app.locale();
        let (lesson, info) = app.with_pack(|pack| Ok((pack.lesson(&lesson_id)?, pack.info().clone())))?;
        let mut graded = Vec::with_capacity(answers.len());
        for given in &answers {
            let verdict = grade(&lesson, &given.question_id, &given.response, &locale)?;
            graded.push(Answer {
                question_id: given.question_id.clone(),
                response: verdict.response,
                correct: verdict.correct,
                hint_used: given.hint_used,
                answered_at: learner::now(),
            });
        }
        let n_correct = graded.iter().filter(|a| a.correct).count() as u32;
        let attempt_id = lock(&app.db).record_attempt(&NewAttempt {
            learner_id: learner.id,
            lesson_id,
            pack_id: info.pack_id,
            pack_version: info.version,
            locale,
            started_at,
            answers: graded,
        })?;
        Ok(QuizResult { attempt_id, n_correct, n_questions: lesson.quiz.len() as u32 })
    })
}
