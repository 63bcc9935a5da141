//! `ustad eval tutor`: the tutor evaluation over the question sets in `tests/tutor-eval/`, with
//! the installed default model (or none), printed as rates against their targets.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, Subcommand};
use session::conversation::installed_model;
use session::{UserError, WorkerGenerator};
use tutor::Generator;

use crate::context::Context;

#[derive(Subcommand)]
pub enum EvalCommand {
    /// Run the tutor evaluation: right lesson, supported sentences, out-of-scope declines,
    /// exact arithmetic, quiz-answer leaks, safety, time to first text
    Tutor(TutorArgs),
}

#[derive(Args)]
pub struct TutorArgs {
    /// Folder of the question sets [default: tests/tutor-eval of this checkout]
    #[arg(long, value_name = "DIR")]
    pub sets: Option<PathBuf>,
    /// Only N questions of each set, evenly spread (a quick run)
    #[arg(long, value_name = "N")]
    pub sample: Option<usize>,
    /// Answer without the model (curriculum mode), even when one is installed
    #[arg(long)]
    pub no_model: bool,
    /// Exit with an error when a target is missed
    #[arg(long)]
    pub check: bool,
}

/// `tests/tutor-eval` of the repository: in the current folder or one above it, or above the
/// package when run by cargo (at run time: checkouts that share a target folder share binaries).
fn default_sets() -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_default();
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from).unwrap_or_default();
    let found =
        cwd.ancestors().chain(manifest.ancestors()).map(|dir| dir.join("tests/tutor-eval")).find(|d| d.is_dir());
    found.unwrap_or_else(|| PathBuf::from("tests/tutor-eval"))
}

pub fn run(ctx: &Context, command: EvalCommand) -> Result<()> {
    let EvalCommand::Tutor(args) = command;
    let pack = ctx.open_pack()?;
    let sets = eval::Sets::read(&args.sets.clone().unwrap_or_else(default_sets), args.sample).map_err(plain)?;
    let mut generator = match installed_model(&ctx.paths.models_dir)? {
        Some((entry, path)) if !args.no_model => {
            Some(WorkerGenerator::start(entry, &path).map_err(tutor::TutorError::from)?)
        }
        _ => None,
    };
    let report = eval::run(&pack, &sets, generator.as_mut().map(|g| g as &mut dyn Generator)).map_err(plain)?;
    if ctx.json {
        ctx.print_json(&report)?;
    } else {
        print!("{}", eval::render(&report));
    }
    if args.check && !report.all_met() {
        return Err(UserError::EvalTargetMissed.into());
    }
    Ok(())
}

/// An evaluation error as the error it wraps, so that it is described like any other.
fn plain(err: eval::EvalError) -> anyhow::Error {
    match err {
        eval::EvalError::Tutor(e) => e.into(),
        eval::EvalError::Pack(e) => e.into(),
        other => UserError::EvalSetInvalid(other.to_string()).into(),
    }
}
