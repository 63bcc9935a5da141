//! `ustad ask`: the tutor from the terminal, and `ustad conversations`: what the teacher reads.
//! Every exchange is stored with its mode, model, citations and safety flags.

use anyhow::Result;
use catalog::{Catalog, Role};
use clap::Args;
use tutor::{CurriculumReason, Question, Tutor};

use crate::context::Context;

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

/// Why the tutor answers from the curriculum on this laptop, for this locale.
fn curriculum_reason(ctx: &Context) -> Result<(CurriculumReason, Option<catalog::ModelEntry>)> {
    let catalog = Catalog::load(&ctx.models_dir)?;
    let installed = catalog.status().into_iter().find(|s| {
        s.installed && s.entry.role == Role::Llm && catalog.default_for(Role::Llm).is_some_and(|d| d.id == s.entry.id)
    });
    Ok(match installed {
        None => (CurriculumReason::NoModel, None),
        Some(status) if !status.entry.languages.contains(&ctx.locale) => {
            (CurriculumReason::Language, Some(status.entry))
        }
        // The model could answer this language, but no engine runs it yet in this build.
        Some(status) => (CurriculumReason::NoEngine, Some(status.entry)),
    })
}

pub fn ask(ctx: &Context, args: &AskArgs) -> Result<()> {
    let pack = ctx.open_pack()?;
    let text = args.question.join(" ");
    if let Some(lesson_id) = &args.lesson {
        pack.lesson(lesson_id)?;
    }
    let (reason, _model) = curriculum_reason(ctx)?;
    let tutor = Tutor::new(&pack);
    let question = Question { text: &text, lesson_id: args.lesson.as_deref(), locale: &ctx.locale };
    let reply = tutor.answer_from_curriculum(&question, reason)?;

    let mut db = ctx.open_db()?;
    let learner_id = match ctx.learner(&db, args.learner.as_deref()) {
        Ok(profile) => Some(profile.id),
        Err(_) if args.learner.is_none() => None,
        Err(err) => return Err(err),
    };
    db.record_exchange(&learner::Exchange {
        id: String::new(),
        device_id: String::new(),
        learner_id,
        lesson_id: args.lesson.clone(),
        locale: ctx.locale.clone(),
        question: safety::redact(&text),
        answer: reply.answer.clone(),
        mode: reply.mode.as_str().to_owned(),
        model_id: reply.model.as_ref().map(|m| m.id.clone()),
        model_sha256: reply.model.as_ref().map(|m| m.sha256.clone()),
        citations: serde_json::to_value(&reply.citations)?,
        flags: serde_json::to_value(&reply.flags)?,
        at: String::new(),
    })?;

    if ctx.json {
        return ctx.print_json(&reply);
    }
    println!("{}", reply.answer);
    for citation in &reply.citations {
        println!(
            "\n📖 {} › {}  [{} #{}]",
            citation.lesson_title, citation.section_title, citation.lesson_id, citation.section
        );
    }
    if let Some(note) = &reply.note {
        println!("({note})");
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
