//! `ustad ask`: the tutor from the terminal, and `ustad conversations`: what the teacher reads.
//! Every exchange is stored with its mode, model, citations and safety flags.

use anyhow::Result;
use clap::Args;
use session::{Asking, Conversation};
use std::io::Write;

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
    #[command(flatten)]
    pub teacher: crate::classroom::TeacherArgs,
}

/// Asks `text` in `conversation`, streaming the answer unless --json, then prints citations.
pub fn ask_and_print(
    conversation: &mut Conversation,
    ctx: &Context,
    pack: &pack::Pack,
    db: &mut learner::LearnerDb,
    text: &str,
    lesson_id: Option<&str>,
    learner_id: Option<String>,
) -> Result<tutor::Reply> {
    let json = ctx.json;
    let mut streamed = false;
    let asking = Asking { text, lesson_id, locale: &ctx.locale, learner_id };
    let reply = conversation.ask(&ctx.paths.models_dir, pack, db, &asking, &mut |piece| {
        if !json {
            streamed = true;
            print!("{piece}");
            let _ = std::io::stdout().flush();
        }
    })?;
    if let Some((code, message)) = conversation.engine_error() {
        eprintln!("{code}: {message}");
    }
    if !json {
        if streamed && reply.mode == tutor::Mode::Llm {
            println!();
        } else {
            // What was streamed is not the answer (a model answer the safety filter stopped,
            // replaced by the lesson's own words): the answer follows it.
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

pub fn ask(ctx: &Context, args: &AskArgs) -> Result<()> {
    let pack = ctx.open_pack()?;
    let mut db = ctx.open_db()?;
    // The only learner, or the one named; their PIN (if they have one) from standard input.
    let learner_id = match ctx.learner(&db, args.learner.as_deref()) {
        Ok(profile) => {
            ctx.check_own_pin(&mut db, &profile, &mut std::io::stdin().lock())?;
            Some(profile.id)
        }
        Err(_) if args.learner.is_none() => None,
        Err(err) => return Err(err),
    };
    let text = args.question.join(" ");
    let mut conversation = Conversation::default();
    if let Some(lesson_id) = args.lesson.as_deref() {
        // No prefill here: the question follows at once and would cancel it, and a hint or a
        // sum needs no model at all. The shell's `read` and the app prefill an opened lesson.
        pack.lesson(lesson_id)?;
    }
    let reply = ask_and_print(&mut conversation, ctx, &pack, &mut db, &text, args.lesson.as_deref(), learner_id)?;
    if ctx.json {
        ctx.print_json(&reply)?;
    }
    Ok(())
}

/// `ustad conversations`: a teacher reads their learners' tutor conversations.
pub fn conversations(ctx: &Context, args: &ConversationsArgs) -> Result<()> {
    let mut db = ctx.open_db()?;
    let by = crate::classroom::sign_in(ctx, &mut db, &args.teacher)?;
    let visible: Vec<String> = db.learners_for(&by)?.into_iter().map(|p| p.id).collect();
    let learner_id = match &args.learner {
        Some(name) => Some(db.learner_for(&by, &ctx.learner(&db, Some(name))?.id)?.id),
        None => None,
    };
    let exchanges: Vec<_> = db
        .exchanges(learner_id.as_deref(), args.flagged)?
        .into_iter()
        .filter(|e| e.learner_id.as_ref().is_some_and(|id| visible.contains(id)))
        .collect();
    if ctx.json {
        return ctx.print_json(&exchanges);
    }
    for exchange in exchanges {
        let flagged = if exchange.flags.as_array().is_some_and(|f| !f.is_empty()) { " ⚑" } else { "" };
        println!("{} [{}]{flagged}\nQ: {}\nA: {}\n", exchange.at, exchange.mode, exchange.question, exchange.answer);
    }
    Ok(())
}
