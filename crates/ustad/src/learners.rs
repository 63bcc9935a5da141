//! `ustad learner add | list` and `ustad progress`.

use anyhow::Result;
use clap::{Args, Subcommand};
use i18n::arg;
use learner::{NewProfile, ProfileKind};

use crate::context::Context;

#[derive(Subcommand)]
pub enum LearnerCommand {
    /// Add a learner (or, with --teacher, a teacher)
    Add {
        name: String,
        #[arg(long)]
        teacher: bool,
        /// Read a 4-8 digit PIN from standard input (one line), so that it never shows in the
        /// list of running programs as a command-line argument would
        #[arg(long)]
        pin_stdin: bool,
        /// The profile picture
        #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(learner::AVATARS.map(|(name, _)| name)))]
        avatar: Option<String>,
    },
    /// List the people who use this laptop
    List,
}

#[derive(Args)]
pub struct ProgressArgs {
    /// Only this learner
    #[arg(long)]
    pub learner: Option<String>,
}

/// One line of standard input, asked for when a person types it.
fn read_pin(ctx: &Context) -> Result<String> {
    use std::io::{BufRead, IsTerminal, Write};
    if std::io::stdin().is_terminal() {
        eprint!("{} ", ctx.t("error-pin-required", &[]));
        std::io::stderr().flush()?;
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim().to_owned())
}

pub fn run(ctx: &Context, cmd: LearnerCommand) -> Result<()> {
    let mut db = ctx.open_db()?;
    match cmd {
        LearnerCommand::Add { name, teacher, pin_stdin, avatar } => {
            let pin = if pin_stdin { Some(read_pin(ctx)?) } else { None };
            let avatar = avatar.and_then(|name| {
                learner::AVATARS.iter().find(|(n, _)| *n == name).map(|(_, picture)| (*picture).to_owned())
            });
            let kind = if teacher { ProfileKind::Teacher } else { ProfileKind::Learner };
            let profile = db.add_profile(&NewProfile { kind, name, locale: ctx.locale.clone(), avatar, pin })?;
            if ctx.json {
                return ctx.print_json(&profile);
            }
            println!("{}", ctx.t("learner-added", &[("name", arg(profile.name.as_str()))]));
            Ok(())
        }
        LearnerCommand::List => {
            let profiles = db.profiles(None)?;
            if ctx.json {
                return ctx.print_json(&profiles);
            }
            if profiles.is_empty() {
                println!("{}", ctx.t("learner-none", &[]));
            }
            for profile in profiles {
                println!("{:<24} {:<8} {:<8} {}", profile.name, profile.kind.as_str(), profile.locale, profile.id);
            }
            Ok(())
        }
    }
}

pub fn progress(ctx: &Context, args: &ProgressArgs) -> Result<()> {
    let db = ctx.open_db()?;
    let learner_id = match &args.learner {
        Some(name) => Some(ctx.learner(&db, Some(name))?.id),
        None => None,
    };
    let rows = db.progress(learner_id.as_deref())?;
    if ctx.json {
        let attempts = db.attempts(learner_id.as_deref(), None)?;
        return ctx.print_json(&serde_json::json!({ "lessons": rows, "attempts": attempts }));
    }
    if rows.is_empty() {
        println!("{}", ctx.t("progress-empty", &[]));
    }
    let mut current = String::new();
    for row in rows {
        if row.learner != current {
            current = row.learner.clone();
            println!("\n{current}");
        }
        let mut line = ctx.t(
            "progress-line",
            &[
                ("sections", arg(row.sections_read.len())),
                ("minutes", arg(row.seconds_spent.div_ceil(60))),
                ("attempts", arg(row.attempts)),
            ],
        );
        if let (Some(correct), Some(total)) = (row.best_correct, row.best_of) {
            line = format!("{line}, {}", ctx.t("progress-best", &[("correct", arg(correct)), ("total", arg(total))]));
        }
        println!("  {:<28} {line}", row.lesson_id);
    }
    Ok(())
}
