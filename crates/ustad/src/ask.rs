//! `ustad ask`: the tutor from the terminal, and `ustad conversations`: what the teacher reads.
//! Every exchange is stored with its mode, model, citations and safety flags.

use anyhow::Result;
use catalog::{Catalog, Role};
use clap::Args;
use std::io::Write;

use tutor::{CurriculumReason, Generator, Question, Turn, Tutor};

use crate::context::Context;
use crate::llm::WorkerGenerator;

#[derive(Args)]
pub struct AskArgs {
    /// The question, in any words
    #[arg(required = true, num_args = 1..)]
    pub question: Vec<String>,
    /// The lesson the child has open
    #[arg(long)]
    pub lesson: Option<String>,
    /// Who is asking [default: the only learner, if there is one]
    #[arg(long)]
    pub learner: Option<String>,
}

#[derive(Args)]
pub struct ConversationsArgs {
    #[arg(long)]
    pub learner: Option<String>,
    /// Only exchanges the safety filter flagged
    #[arg(long)]
    pub flagged: bool,
}

/// The installed default tutor model, if any.
fn installed_model(ctx: &Context) -> Result<Option<(catalog::ModelEntry, std::path::PathBuf)>> {
    let catalog = Catalog::load(&ctx.models_dir)?;
    let Some(default) = catalog.default_for(Role::Llm) else { return Ok(None) };
    let status = catalog.status().into_iter().find(|s| s.entry.id == default.id && s.installed);
    Ok(status.map(|s| (s.entry, s.path)))
}

/// A conversation with the tutor: the model worker, started on the first question that needs
/// it, and the turns so far (the tutor keeps as many as fit its budget).
#[derive(Default)]
pub struct Conversation {
    generator: Option<WorkerGenerator>,
    history: Vec<Turn>,
}

impl Conversation {
    /// Answers `text` (streaming it unless --json), stores the exchange, prints citations.
    pub fn ask(
        &mut self,
        ctx: &Context,
        pack: &pack::Pack,
        db: &mut learner::LearnerDb,
        text: &str,
        lesson_id: Option<&str>,
        learner_id: Option<String>,
    ) -> Result<tutor::Reply> {
        if let Some(lesson_id) = lesson_id {
            pack.lesson(lesson_id)?;
        }
        let tutor = Tutor::new(pack);
        let question = Question { text, lesson_id, locale: &ctx.locale };
        let model = installed_model(ctx)?;
        let can_write = model.as_ref().is_some_and(|(entry, _)| entry.languages.contains(&ctx.locale));
        let mut streamed = false;
        let reply = match (model, can_write) {
            (None, _) => tutor.answer_from_curriculum(&question, CurriculumReason::NoModel)?,
            (Some(_), false) => tutor.answer_from_curriculum(&question, CurriculumReason::Language)?,
            (Some((entry, path)), true) => {
                if self.generator.is_none() {
                    match WorkerGenerator::start(entry, &path) {
                        Ok(generator) => self.generator = Some(generator),
                        // Lessons and quizzes keep working: say why, answer from the lesson.
                        Err(err) => eprintln!("{}: {}", err.code, err.message),
                    }
                }
                match self.generator.as_mut() {
                    Some(generator) => {
                        let json = ctx.json;
                        tutor.ask(&question, &self.history, Some(generator as &mut dyn Generator), &mut |piece| {
                            if !json {
                                streamed = true;
                                print!("{piece}");
                                let _ = std::io::stdout().flush();
                            }
                        })?
                    }
                    None => tutor.answer_from_curriculum(&question, CurriculumReason::NoEngine)?,
                }
            }
        };
        db.record_exchange(&learner::Exchange {
            id: String::new(),
            device_id: String::new(),
            learner_id,
            lesson_id: lesson_id.map(str::to_owned),
            locale: ctx.locale.clone(),
            question: safety::redact(text),
            answer: reply.answer.clone(),
            mode: reply.mode.as_str().to_owned(),
            model_id: reply.model.as_ref().map(|m| m.id.clone()),
            model_sha256: reply.model.as_ref().map(|m| m.sha256.clone()),
            citations: serde_json::to_value(&reply.citations)?,
            flags: serde_json::to_value(&reply.flags)?,
            at: String::new(),
        })?;
        if reply.flags.is_empty() {
            self.history.push(Turn { question: text.to_owned(), answer: reply.answer.clone() });
        }
        if !ctx.json {
            if streamed && reply.mode != tutor::Mode::Blocked {
                println!();
            } else {
                // A model answer stopped by the safety filter is replaced by the kind reply.
                println!("{}{}", if streamed { "\n\n" } else { "" }, reply.answer);
            }
            for citation in &reply.citations {
                println!(
                    "\n📖 {} › {}  [{} #{}]",
                    citation.lesson_title, citation.section_title, citation.lesson_id, citation.section
                );
            }
            if let Some(note) = &reply.note {
                println!("({note})");
            }
        }
        Ok(reply)
    }
}

pub fn ask(ctx: &Context, args: &AskArgs) -> Result<()> {
    let pack = ctx.open_pack()?;
    let mut db = ctx.open_db()?;
    let learner_id = match ctx.learner(&db, args.learner.as_deref()) {
        Ok(profile) => Some(profile.id),
        Err(_) if args.learner.is_none() => None,
        Err(err) => return Err(err),
    };
    let text = args.question.join(" ");
    let reply = Conversation::default().ask(ctx, &pack, &mut db, &text, args.lesson.as_deref(), learner_id)?;
    if ctx.json {
        ctx.print_json(&reply)?;
    }
    Ok(())
}

pub fn conversations(ctx: &Context, args: &ConversationsArgs) -> Result<()> {
    let db = ctx.open_db()?;
    let learner_id = match &args.learner {
        Some(name) => Some(ctx.learner(&db, Some(name))?.id),
        None => None,
    };
    let exchanges = db.exchanges(learner_id.as_deref(), args.flagged)?;
    if ctx.json {
        return ctx.print_json(&exchanges);
    }
    for exchange in exchanges {
        let flagged = if exchange.flags.as_array().is_some_and(|f| !f.is_empty()) { " ⚑" } else { "" };
        println!("{} [{}]{flagged}\nQ: {}\nA: {}\n", exchange.at, exchange.mode, exchange.question, exchange.answer);
    }
    Ok(())
}
