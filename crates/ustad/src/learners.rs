//! `ustad learner add | list | reset-pin | erase` and `ustad progress` (a teacher command: it
//! shows children's data).

use anyhow::Result;
use clap::{Args, Subcommand};
use i18n::arg;
use learner::{LearnerDb, NewProfile, ProfileKind};

use crate::classroom::{read_secret, sign_in, TeacherArgs};
use crate::context::Context;

#[derive(Subcommand)]
pub enum LearnerCommand {
    /// Add a learner (teachers: `ustad teacher add`)
    Add {
        name: String,
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
    /// A teacher sets a learner's new PIN (read from standard input after the teacher's
    /// password; an empty line removes the PIN)
    ResetPin {
        learner: String,
        #[command(flatten)]
        teacher: TeacherArgs,
    },
    /// A teacher erases everything stored about a learner, on request; a tombstone remains so
    /// that laptops that sync later erase it too
    Erase {
        learner: String,
        /// Confirm: this cannot be undone
        #[arg(long)]
        yes: bool,
        #[command(flatten)]
        teacher: TeacherArgs,
    },
}

#[derive(Args)]
pub struct ProgressArgs {
    /// Only this learner
    #[arg(long)]
    pub learner: Option<String>,
    #[command(flatten)]
    pub teacher: TeacherArgs,
}

pub fn run(ctx: &Context, cmd: LearnerCommand) -> Result<()> {
    let mut db = ctx.open_db()?;
    match cmd {
        LearnerCommand::Add { name, pin_stdin, avatar } => {
            let prompt = ctx.t("error-pin-required", &[]);
            let pin = if pin_stdin {
                Some(read_secret(Some(&prompt), &mut std::io::stdin().lock())?.trim().to_owned())
            } else {
                None
            };
            let avatar = avatar.and_then(|name| {
                learner::AVATARS.iter().find(|(n, _)| *n == name).map(|(_, picture)| (*picture).to_owned())
            });
            let new = NewProfile { kind: ProfileKind::Learner, name, locale: ctx.locale.clone(), avatar, pin };
            let profile = db.add_profile(&new)?;
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
        LearnerCommand::ResetPin { learner, teacher } => {
            let by = sign_in(ctx, &mut db, &teacher)?;
            let profile = ctx.learner(&db, Some(&learner))?;
            let prompt = ctx.t("learner-new-pin-prompt", &[]);
            let pin = read_secret((!teacher.password_stdin).then_some(prompt.as_str()), &mut std::io::stdin().lock())?;
            let pin = pin.trim();
            db.reset_learner_pin(&by, &profile.id, (!pin.is_empty()).then_some(pin))?;
            println!("{}", ctx.t("learner-pin-reset", &[("name", arg(profile.name.as_str()))]));
            Ok(())
        }
        LearnerCommand::Erase { learner, yes, teacher } => {
            let by = sign_in(ctx, &mut db, &teacher)?;
            let profile = ctx.learner(&db, Some(&learner))?;
            if !yes {
                return Err(session::UserError::ConfirmNeeded.into());
            }
            db.erase_learner_for(&by, &profile.id)?;
            println!("{}", ctx.t("learner-erased", &[("name", arg(profile.name.as_str()))]));
            Ok(())
        }
    }
}

/// `ustad progress`: a teacher reads the progress of their learners.
pub fn progress(ctx: &Context, args: &ProgressArgs) -> Result<()> {
    let mut db = ctx.open_db()?;
    let by = sign_in(ctx, &mut db, &args.teacher)?;
    let visible: Vec<String> = db.learners_for(&by)?.into_iter().map(|p| p.id).collect();
    let learner_id = match &args.learner {
        Some(name) => Some(db.learner_for(&by, &ctx.learner(&db, Some(name))?.id)?.id),
        None => None,
    };
    print_progress(ctx, &db, learner_id.as_deref(), &visible)
}

/// Progress of one learner (or all of `visible`), as a table or JSON.
pub fn print_progress(ctx: &Context, db: &LearnerDb, learner_id: Option<&str>, visible: &[String]) -> Result<()> {
    let rows: Vec<_> = db.progress(learner_id)?.into_iter().filter(|r| visible.contains(&r.learner_id)).collect();
    if ctx.json {
        let attempts: Vec<_> =
            db.attempts(learner_id, None)?.into_iter().filter(|a| visible.contains(&a.learner_id)).collect();
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
