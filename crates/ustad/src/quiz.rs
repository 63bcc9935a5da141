//! `ustad quiz take`: one question at a time, the hint on request, immediate feedback with the
//! explanation, the score at the end; the finished attempt is saved in one transaction.

use std::io::BufRead;

use anyhow::Result;
use clap::Subcommand;
use curriculum::{option_label, pick, Lesson, QuestionKind};
use i18n::arg;
use learner::{Answer, LearnerDb, NewAttempt, Profile};

use crate::context::Context;
use session::UserError;

#[derive(Subcommand)]
pub enum QuizCommand {
    /// Take the quiz of a lesson; answers come from standard input
    Take {
        lesson_id: String,
        #[arg(long)]
        learner: Option<String>,
    },
}

pub fn run(ctx: &Context, cmd: QuizCommand) -> Result<()> {
    match cmd {
        QuizCommand::Take { lesson_id, learner } => {
            let pack = ctx.open_pack()?;
            let lesson = pack.lesson(&lesson_id)?;
            let mut db = ctx.open_db()?;
            let profile = ctx.learner(&db, learner.as_deref())?;
            let stdin = std::io::stdin();
            take(ctx, &pack, &lesson, &mut db, &profile, &mut stdin.lock())
        }
    }
}

/// Runs the quiz of `lesson` reading answers from `input`; saves the attempt when finished.
pub fn take(
    ctx: &Context,
    pack: &pack::Pack,
    lesson: &Lesson,
    db: &mut LearnerDb,
    profile: &Profile,
    input: &mut dyn BufRead,
) -> Result<()> {
    let locale = ctx.locale.as_str();
    if lesson.quiz.is_empty() {
        println!("{}", ctx.t("quiz-no-questions", &[]));
        return Ok(());
    }
    let started_at = learner::now();
    let total = lesson.quiz.len();
    let mut answers = Vec::with_capacity(total);
    let mut summary = Vec::with_capacity(total);
    println!("{}", ctx.t("quiz-title", &[("title", arg(lesson.text(locale).title.as_str()))]));
    for (idx, question) in lesson.quiz.iter().enumerate() {
        println!("\n{}", ctx.t("quiz-question-number", &[("number", arg(idx + 1)), ("total", arg(total))]));
        println!("{}", pick(&question.question, locale));
        for (option_idx, option) in question.options.iter().enumerate() {
            println!("  {}) {}", option_label(option_idx, locale), pick(option, locale));
        }
        let prompt = match question.kind {
            QuestionKind::Choice => "quiz-prompt-choice",
            QuestionKind::TrueFalse => "quiz-prompt-true-false",
            QuestionKind::Number => "quiz-prompt-number",
        };
        let mut hint_used = false;
        let verdict = loop {
            println!("{}", ctx.t(prompt, &[]));
            let mut line = String::new();
            if input.read_line(&mut line)? == 0 || line.trim().eq_ignore_ascii_case("q") {
                return Err(UserError::QuizAbandoned.into());
            }
            let line = line.trim();
            if line == "?" || line == "؟" || line.eq_ignore_ascii_case("hint") {
                hint_used = true;
                println!("{}", ctx.t("quiz-hint", &[("hint", arg(pick(&question.hint, locale)))]));
                continue;
            }
            match question.check(line) {
                Ok(verdict) => break verdict,
                Err(_) => println!("{}", ctx.t("quiz-not-understood", &[])),
            }
        };
        if verdict.correct {
            println!("{}", ctx.t("quiz-correct", &[]));
        } else {
            println!("{}", ctx.t("quiz-wrong", &[("answer", arg(question.answer_text(locale)))]));
        }
        println!("{}", ctx.t("quiz-explanation", &[("text", arg(pick(&question.explanation, locale)))]));
        summary.push(serde_json::json!({ "question_id": question.id, "response": verdict.response, "correct": verdict.correct, "hint_used": hint_used }));
        answers.push(Answer {
            question_id: question.id.clone(),
            response: verdict.response,
            correct: verdict.correct,
            hint_used,
            answered_at: learner::now(),
        });
    }
    let n_correct = answers.iter().filter(|a| a.correct).count();
    let info = pack.info();
    let attempt_id = db.record_attempt(&NewAttempt {
        learner_id: profile.id.clone(),
        lesson_id: lesson.id.clone(),
        pack_id: info.pack_id.clone(),
        pack_version: info.version.clone(),
        locale: locale.to_owned(),
        started_at,
        answers,
    })?;
    println!("\n{}", ctx.t("quiz-score", &[("correct", arg(n_correct)), ("total", arg(total))]));
    println!("{}", ctx.t("quiz-saved", &[]));
    if ctx.json {
        ctx.print_json(&serde_json::json!({
            "attempt_id": attempt_id, "lesson_id": lesson.id, "learner": profile.name,
            "n_correct": n_correct, "n_questions": total, "answers": summary,
        }))?;
    }
    Ok(())
}
