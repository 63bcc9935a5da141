//! `ustad quiz take`: one question at a time, the hint on request, immediate feedback with the
//! explanation, the score at the end; the finished attempt is saved in one transaction.

use std::io::BufRead;

use anyhow::Result;
use clap::Subcommand;
use curriculum::{option_label, pick, Lesson, QuestionKind};
use i18n::arg;
use learner::{LearnerDb, Profile};

use crate::context::Context;
use session::{QuizAttempt, UserError};

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
            let stdin = std::io::stdin();
            let mut input = stdin.lock();
            let profile = ctx.signed_in_learner(&mut db, learner.as_deref(), &mut input)?;
            take(ctx, &pack, &lesson, &mut db, &profile, &mut input)
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
    let total = lesson.quiz.len();
    let mut attempt = QuizAttempt::start(&profile.id, lesson.clone(), pack.info(), locale);
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
        let verdict = loop {
            println!("{}", ctx.t(prompt, &[]));
            let mut line = String::new();
            if input.read_line(&mut line)? == 0 || line.trim().eq_ignore_ascii_case("q") {
                return Err(UserError::QuizAbandoned.into());
            }
            let line = line.trim();
            if line == "?" || line == "؟" || line.eq_ignore_ascii_case("hint") {
                let hint = pick(&attempt.hint(&question.id)?.hint, locale).to_owned();
                println!("{}", ctx.t("quiz-hint", &[("hint", arg(hint))]));
                continue;
            }
            match attempt.answer(&question.id, line) {
                Ok((_, verdict)) => break verdict,
                Err(UserError::ResponseNotUnderstood) => println!("{}", ctx.t("quiz-not-understood", &[])),
                Err(err) => return Err(err.into()),
            }
        };
        match (&question.answer, verdict.correct) {
            (_, true) => println!("{}", ctx.t("quiz-correct", &[])),
            // "The right answer is false" confuses a child: say what the statement is.
            (curriculum::Answer::TrueFalse(true), false) => println!("{}", ctx.t("quiz-statement-true", &[])),
            (curriculum::Answer::TrueFalse(false), false) => println!("{}", ctx.t("quiz-statement-false", &[])),
            (_, false) => println!("{}", ctx.t("quiz-wrong", &[("answer", arg(question.answer_text(locale)))])),
        }
        println!("{}", ctx.t("quiz-explanation", &[("text", arg(pick(&question.explanation, locale)))]));
    }
    let finished = attempt.finish()?;
    for answer in &finished.answers {
        summary.push(serde_json::json!({ "question_id": answer.question_id, "response": answer.response, "correct": answer.correct, "hint_used": answer.hint_used }));
    }
    let n_correct = finished.answers.iter().filter(|a| a.correct).count();
    let attempt_id = db.record_attempt(&finished)?;
    println!("\n{}", ctx.t("quiz-score", &[("correct", arg(n_correct)), ("total", arg(total))]));
    println!("{}", ctx.t("quiz-saved", &[]));
    if ctx.json {
        ctx.print_json(&serde_json::json!({
            "attempt_id": attempt_id, "lesson_id": lesson.id, "learner": profile.name, "learner_id": profile.id,
            "n_correct": n_correct, "n_questions": total, "answers": summary,
        }))?;
    }
    Ok(())
}
